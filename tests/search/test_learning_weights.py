"""The ranking-weights stage (search/learning/weights.py) on made-up candidates with known answers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from search.config import SearchConfig
from search.learning import Candidate, judge
from search.learning.groups import Group
from search.learning.groups import mean_ndcg
from search.learning.run import LearnOptions
from search.learning.weights import ascend, free_levers
from search.ranking import score
from search.ranking import Features


def group(key: str) -> Group:
    """X: the best words (BM25 10), cosine 0.38; Y: BM25 8, cosine 0.49; Z: nothing. Shoppers
    liked Y best (grade 4) and X a little (1). Shipped weights: X 0.6 + 0.38 = 0.98 over Y
    0.48 + 0.49 = 0.97 (their fusion ranks tie); w_lexical 0.4 puts Y first (0.81 over 0.78)."""
    n = 3
    f = Features(lexical=np.array([10.0, 8.0, 0.0]), dense=np.array([0.38, 0.49, 0.0]), type_match=np.zeros(n),
                 attributes=np.zeros(n), coverage=np.zeros(n), popularity=np.zeros(n),
                 in_stock=np.ones(n, dtype=bool), affinity=np.zeros(n))
    return Group(key, np.arange(n), f, np.array([1.0, 4.0, 0.0], dtype=np.float32), [1, 4],
                 shown=np.array([True, True, True]))


def test_coordinate_ascent_finds_the_weight_that_puts_the_liked_item_first():
    cfg = replace(SearchConfig(), dense_min_similarity=0.5)
    groups = [group("a"), group("b")]
    chosen, value = ascend(groups, cfg, free_levers(cfg))
    assert value == 1.0
    assert chosen.w_lexical == 0.4 and chosen.w_rrf == cfg.w_rrf  # the first lever that helps; the others as shipped


def test_a_lever_the_store_set_is_left_alone():
    assert free_levers(SearchConfig()) == ["w_rrf", "w_lexical", "w_dense"]
    mine = SearchConfig(w_lexical=0.7)
    assert free_levers(mine) == ["w_rrf", "w_dense"]
    chosen, _ = ascend([group("a")], mine, free_levers(mine))
    assert chosen.w_lexical == 0.7 and chosen.w_dense == 1.5  # the wider cosine does it instead


def test_the_weights_candidate_is_judged_by_the_gates_one_rule():
    """Night 1 of the 2026-11-29 click run: the reweighting won on the acted-on items alone and
    lost on the known items; judged by the gate's rule like every stage it is refused, and the
    stage is off unless asked for."""
    best = {"ndcg@10": 0.6848, "acted_on_ndcg@10": 0.9287, "known_ndcg@10": 0.6869}
    reweighted = {"ndcg@10": 0.6658, "acted_on_ndcg@10": 0.9320, "known_ndcg@10": 0.6772}
    verdict = judge(Candidate("weights", {}, reweighted), best)
    assert not verdict.accepted and "known-items NDCG@10 0.6772 with, 0.6869 without" in verdict.why
    assert judge(Candidate("weights", {}, {**reweighted, "known_ndcg@10": 0.69}), best).accepted
    assert LearnOptions().weights is False


def test_the_ascent_climbs_the_known_items_score():
    """Y (grade 4) over X (grade 1), both shown: the known-items view counts them as the acted-on
    view does; a shown, unacted Z ranked first would cost the known-items score only."""
    cfg = replace(SearchConfig(), dense_min_similarity=0.5)
    g = group("a")
    hand = mean_ndcg([g], lambda x: score(x.features, cfg), known_only=True)
    chosen, value = ascend([g], cfg, free_levers(cfg))
    assert value == 1.0 > hand
