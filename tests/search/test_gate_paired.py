"""The gate keeps a part only when its per-query gain over the held-back queries is larger than
their noise (`store.metrics.beats_paired`, a one-sided paired test), not when one lucky query
lifts the mean."""

from __future__ import annotations

import json

import numpy as np

from search.learning import Candidate, judge
from search.learning.gate import CONFIDENCE_Z
from search.learning.groups import Scores
from store.metrics import beats_paired


def scores(known: list[float], acted: float = 0.9) -> Scores:
    return Scores.of({"ndcg@10": np.asarray(known), "known_ndcg@10": np.asarray(known),
                      "acted_on_ndcg@10": np.full(len(known), acted)})


def test_paired_test_known_answers():
    old = np.zeros(4)
    # gains 1, 1, 1, 1: no spread, a sure gain
    assert beats_paired(old + 1.0, old, z=1.645) is True  # a plain bool: verdicts go into JSON reports
    # gains 0.3, -0.1, 0.3, -0.1: mean 0.1, sd 0.2309, standard error 0.1155: t = 0.866
    mixed = np.array([0.3, -0.1, 0.3, -0.1])
    assert beats_paired(mixed, old, z=0.8) and not beats_paired(mixed, old, z=0.9)
    # the same mean must also clear min_gain, and a loss never beats however sure
    assert not beats_paired(old + 1.0, old, z=0.0, min_gain=1.0)
    assert not beats_paired(old - 1.0, old, z=0.0)
    assert not beats_paired([1.0], [0.0], z=0.0)  # one case: no spread to judge by


def test_one_lucky_query_is_not_a_gain():
    hand = scores([0.5] * 20)
    # nineteen queries a little worse, one much better: the mean rises (+0.0105) on one query
    lucky = scores([0.49] * 19 + [0.9])
    assert lucky["known_ndcg@10"] > hand["known_ndcg@10"]
    verdict = judge(Candidate("clicks", None, lucky), hand)
    assert not verdict.accepted
    assert verdict.why.startswith("refused: not better on the held-back queries")
    assert "per-query gain +0.0105" in verdict.why


def test_a_small_gain_on_most_queries_is_kept():
    hand = scores([0.5] * 20)
    steady = scores([0.52] * 15 + [0.5] * 5)  # +0.015 mean, most queries up, none down
    verdict = judge(Candidate("clicks", None, steady), hand)
    assert verdict.accepted is True
    json.dumps({"accepted": verdict.accepted})


def test_the_acted_on_items_still_must_not_fall():
    hand = scores([0.5] * 20, acted=0.9)
    assert not judge(Candidate("clicks", None, scores([0.6] * 20, acted=0.8)), hand).accepted


def test_a_removal_keeps_a_part_only_while_it_earns_its_place_beyond_noise():
    # the best setup holds the part; without it the held-back queries score nearly the same
    with_part = scores([0.5] * 19 + [0.9])
    without = scores([0.51] * 20)
    verdict = judge(Candidate("clicks", None, without, removes=True), with_part)
    assert verdict.accepted and verdict.why.startswith("dropped")
    assert CONFIDENCE_Z > 1.0  # the gate's bar is a one-sided test, not a coin flip
