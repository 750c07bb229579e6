"""Metrics checked by hand, splits, and the evaluator's report shape."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp

from recsys.evaluation import (RankingEvaluator, coverage, map_at_k, ndcg_at_k, novelty, precision_at_k,
                               recall_at_k, temporal_split, truth_from_events, user_random_split, without_seen)


def test_recall_divides_by_min_k_and_truth():
    assert recall_at_k([1, 2, 3, 4], {2, 5}, 3) == 0.5  # one hit of min(3, 2)
    assert recall_at_k([1, 2], {1, 2, 3, 4, 5}, 2) == 1.0  # a perfect top 2 is 1.0, not 2/5
    assert recall_at_k([1, 2], set(), 2) == 0.0


def test_precision():
    assert precision_at_k([1, 2, 3, 4], {2, 4}, 4) == 0.5


def test_ndcg_by_hand():
    # hit at rank 2 only; ideal: 2 hits at ranks 1 and 2
    expected = (1 / math.log2(3)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k([1, 2, 3], {2, 5}, 3) == pytest.approx(expected)
    assert ndcg_at_k([2, 5, 9], {2, 5}, 3) == pytest.approx(1.0)
    assert ndcg_at_k([9, 8], {2}, 2) == 0.0
    # only the first k count
    assert ndcg_at_k([9, 2], {2}, 1) == 0.0


def test_map_by_hand():
    # hits at ranks 1 and 3: (1/1 + 2/3) / min(3, 2)
    assert map_at_k([2, 1, 5], {2, 5}, 3) == pytest.approx((1 + 2 / 3) / 2)
    assert map_at_k([1, 3], {2}, 2) == 0.0


def test_coverage_and_novelty():
    assert coverage([[0, 1], [1, 2], [-1]], 10) == pytest.approx(0.3)
    # p(0) = 10/10 -> 0 bits, p(1) = 5/10 -> 1 bit
    assert novelty([[0, 1]], np.array([10, 5]), 10) == pytest.approx(0.5)


def test_temporal_split():
    ts = np.array([1.0, 2.0, 3.0, 10.0])
    split = temporal_split(ts, cutoff=3.0)
    assert split.train.tolist() == [True, True, False, False]
    default = temporal_split(ts, test_fraction=0.1)  # cutoff 10 - 0.9 = 9.1
    assert default.test.tolist() == [False, False, False, True]


def test_user_random_split_holds_out_per_user():
    users = np.array(["a"] * 10 + ["b"] * 5 + ["c"])
    split = user_random_split(users, test_fraction=0.2, random_state=1)
    assert split.test[:10].sum() == 2 and split.test[10:15].sum() == 1
    assert not split.test[15], "a user with one event keeps it for training"
    assert (split.train == ~split.test).all()
    again = user_random_split(users, test_fraction=0.2, random_state=1)
    assert (again.test == split.test).all(), "seeded: reproducible"


def test_truth_views():
    truth = truth_from_events(np.array([0, 0, 1, -1]), np.array([3, 4, 3, 1]))
    assert truth == {0: {3, 4}, 1: {3}}
    seen = sp.csr_matrix(np.array([[0, 0, 0, 1, 0], [0, 0, 0, 1, 0]], dtype=np.float32))
    assert without_seen(truth, seen) == {0: {4}}


def test_evaluator_reports_primary_metric():
    truth = {0: {1}, 1: {2, 3}}
    lists = {0: [1, 5, 6], 1: [4, 2, 3]}

    def recommend(users, depth):
        return np.array([lists[int(u)][:depth] + [-1] * (depth - 3) for u in users])

    result = RankingEvaluator(truth, k=2, recall_k=3, n_items=10)(recommend)
    assert result["primary_metric"] == "ndcg@2" and result["ndcg@2"] == pytest.approx((1.0 + 1 / math.log2(3) / (1 + 1 / math.log2(3))) / 2)
    assert result["greater_is_better"] is True
    assert result["recall@3"] == pytest.approx((1.0 + 1.0) / 2)
    assert result["users"] == 2
    assert result["coverage@2"] == pytest.approx(4 / 10)
