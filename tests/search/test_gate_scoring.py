"""The gate's held-back score with and without impressions, on a tiny log with known answers.

One query, "kettle", five kettles. The logging ranking showed a, b, c (in that order); a shopper
clicked b; d and e were never shown. With impressions the gate scores NDCG@10 condensed to the
items the log knows about (a, b, c), so a ranking that brings the unshown d and e up is not
taken for worse; the old score (every candidate, unacted = 0) is kept for a log without them.
"""

from __future__ import annotations

import numpy as np
import pytest
from catalogs import titles_catalog

from search.engine import SearchEngine
from search.learning import Candidate, SearchEvents, compare, condensed, extract_groups, impression_labels, judge, ndcg
from search.learning.propensity import Propensity

ITEMS = ["a", "b", "c", "d", "e"]
LOGGED = ["a", "b", "c", "d", "e"]     # the ranking that wrote the log (d, e below the fold)
NEW_ON_TOP = ["d", "e", "b", "a", "c"]  # unshown items first, then the clicked one above the others shown
DEMOTED = ["a", "c", "b", "d", "e"]     # the clicked item pushed below an unclicked shown one

D2, D3 = 1 / np.log2(3), 1 / np.log2(4)  # the discounts of ranks 2 and 3


def test_condensed_drops_unjudged_entries_before_ndcg():
    # ranked gains 0 (unjudged), 2, 0 (judged 0), 1: condensed to 2, 0, 1
    got = condensed([0, 2, 0, 1], [False, True, True, True], [2, 1], k=10)
    assert got == pytest.approx((2 + 1 * D3) / (2 + 1 * D2))
    assert ndcg([0, 2, 0, 1], [2, 1]) < got  # the unjudged entry at the top costs the plain NDCG


@pytest.fixture(scope="module")
def engine(encoder):
    titles = [f"Steel Kettle {x.upper()}" for x in ITEMS]
    return SearchEngine.build(titles_catalog(ITEMS, titles, [10.0, 11.0, 12.0, 13.0, 14.0]), encoder=encoder)


def impression_log() -> dict:
    impressions = [{"id": "s1", "query": "kettle", "items": ["a", "b", "c"], "offset": 0, "explore": False}]
    events = [{"search_id": "s1", "item_id": "b", "position": 2, "type": "click"}]
    return impression_labels(impressions, events, Propensity((1.0, 0.5, 0.25), eta=2.0, source="test"))


def event_log() -> dict:
    return SearchEvents.from_records([{"query": "kettle", "item_id": "b", "type": "click"}]).labels()


def scores(engine, queries, order: list[str]) -> dict[str, float]:
    groups = extract_groups(engine, queries, ["kettle"])
    assert sorted(engine.item_ids[r] for r in groups[0].rows) == ITEMS  # every kettle is a candidate
    rank = {item: len(order) - i for i, item in enumerate(order)}
    return compare(groups, lambda g: np.array([rank[engine.item_ids[r]] for r in g.rows], dtype=np.float64))


def kept(candidate: dict[str, float], best: dict[str, float]) -> bool:
    return judge(Candidate("ranker", None, candidate), best).accepted


def old_scoring(s: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in s.items() if k != "known_ndcg@10"}


def test_unshown_items_brought_up_are_not_penalised_with_impressions(engine):
    queries = impression_log()
    base, new = scores(engine, queries, LOGGED), scores(engine, queries, NEW_ON_TOP)
    # old score: b at rank 2, then rank 3 under d and e
    assert base["ndcg@10"] == pytest.approx(D2, abs=1e-4) and new["ndcg@10"] == pytest.approx(D3, abs=1e-4)
    # condensed to a, b, c: b at rank 2 (under the unclicked a), then rank 1 (d, e are unknown)
    assert base["known_ndcg@10"] == pytest.approx(D2, abs=1e-4) and new["known_ndcg@10"] == 1.0
    assert base["acted_on_ndcg@10"] == new["acted_on_ndcg@10"] == 1.0
    assert kept(new, base)                                     # the gate, with impressions
    assert not kept(old_scoring(new), old_scoring(base))       # the old score refused it
    assert "known-items NDCG@10 1.0000 with" in judge(Candidate("ranker", None, new), base).why


def test_demoting_the_clicked_item_loses_under_both_scores(engine):
    queries = impression_log()
    base, worse = scores(engine, queries, LOGGED), scores(engine, queries, DEMOTED)
    assert worse["ndcg@10"] == pytest.approx(D3, abs=1e-4) and base["ndcg@10"] == pytest.approx(D2, abs=1e-4)
    assert worse["known_ndcg@10"] == pytest.approx(D3, abs=1e-4) and base["known_ndcg@10"] == pytest.approx(D2, abs=1e-4)
    assert not kept(worse, base) and not kept(old_scoring(worse), old_scoring(base))
    assert kept(base, worse)  # and the other way round it wins


def test_without_impressions_the_gate_scores_every_candidate(engine):
    queries = event_log()
    base, new = scores(engine, queries, LOGGED), scores(engine, queries, NEW_ON_TOP)
    assert "known_ndcg@10" not in base and "known_ndcg@10" not in new
    # b unclicked-around: first the logged order (b second), then under d and e
    assert base["ndcg@10"] == pytest.approx(D2, abs=1e-4) and new["ndcg@10"] == pytest.approx(D3, abs=1e-4)
    assert not kept(new, base) and kept(base, new)
    assert judge(Candidate("ranker", None, new), base).why.startswith("refused: not better on the held-back queries: NDCG@10")


def test_outside_judgements_are_scored_beside_the_log_and_never_judged_by(engine):
    """A benchmark's true judgements on the labels (`QueryLabels.audit`: d best, b fair, a and c
    judged irrelevant, e unjudged) give "audit_ndcg@10", the protocol's condensed NDCG; the
    gate's verdict is the same with or without them."""
    queries = impression_log()
    plain = {order: scores(engine, queries, list(order)) for order in (tuple(LOGGED), tuple(NEW_ON_TOP))}
    queries["kettle"].audit = {"d": 2.0, "b": 1.0, "a": 0.0, "c": 0.0}
    base, new = scores(engine, queries, LOGGED), scores(engine, queries, NEW_ON_TOP)
    ideal = 2 + 1 * D2
    # logged order condensed to a, b, c, d: d fourth, b second; NEW_ON_TOP: d, b, a, c (e dropped)
    assert base["audit_ndcg@10"] == pytest.approx((1 * D2 + 2 / np.log2(5)) / ideal, abs=1e-4)
    assert new["audit_ndcg@10"] == 1.0
    for order, s in ((LOGGED, base), (NEW_ON_TOP, new)):
        assert {k: v for k, v in s.items() if k != "audit_ndcg@10"} == plain[tuple(order)]
    assert kept(new, base) == kept(plain[tuple(NEW_ON_TOP)], plain[tuple(LOGGED)])
    assert "audit_ndcg@10" not in scores(engine, impression_log(), LOGGED)  # a store's log has none
