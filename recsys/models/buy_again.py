"""Buy it again: repurchase propensity from purchase counts, recency and each item's cycle."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recsys.base import Recommender
from recsys.models.arrays import dense
from recsys.signals import SECONDS_PER_DAY


class BuyAgainRecommender(Recommender):
    """Buy it again: scores the items a user has already bought by repurchase propensity.

    `fit(baskets, first_ts=..., last_ts=..., now=...)` takes a users x items matrix of repeat
    counts (distinct purchase occasions) and, on the same sparsity, the first and last purchase
    time (epoch seconds). For each user-item the typical interval is (last - first) / (n - 1);
    the propensity is `count^count_power * 2^(-days_since_last / half_life_days)`, times
    `1 + cycle_boost` when the item is due again (elapsed time within ±50% of its interval).
    The item's own repurchase rate across users (share of its buyers who bought it twice or
    more) multiplies in by `item_rate_weight`. Without times it ranks by counts alone.

    `interval_days(user, item)` tells a shopper "you buy this every ~N days".
    """

    _state = ("counts_", "first_ts_", "last_ts_", "item_repeat_rate_", "now_")

    def __init__(self, *, half_life_days: float = 120.0, count_power: float = 1.0, cycle_boost: float = 0.5,
                 item_rate_weight: float = 0.5):
        self.half_life_days = half_life_days
        self.count_power = count_power
        self.cycle_boost = cycle_boost
        self.item_rate_weight = item_rate_weight

    def _fit(self, user_items, *, first_ts=None, last_ts=None, now=None, **_):
        counts = sp.csr_matrix(user_items, dtype=np.float32)
        counts.sort_indices()
        self.counts_ = counts
        if last_ts is None:
            last_ts = counts.copy()
            last_ts.data[:] = 0.0
            first_ts = last_ts
            now = 0.0
        self.first_ts_ = _aligned(first_ts if first_ts is not None else last_ts, counts)
        self.last_ts_ = _aligned(last_ts, counts)
        self.now_ = float(now if now is not None else (self.last_ts_.data.max() if self.last_ts_.nnz else 0.0))
        buyers = np.asarray((counts > 0).sum(axis=0)).ravel()
        repeaters = np.asarray((counts >= 2).sum(axis=0)).ravel()
        self.item_repeat_rate_ = ((repeaters + 0.5) / (buyers + 1.0)).astype(np.float32)

    def _user_state(self, user_ids, user_items):
        """Per row: (item indices, counts, days since last, interval days or nan)."""
        out = []
        for r, u in enumerate(user_ids):
            if 0 <= u < self.counts_.shape[0]:
                s, e = self.counts_.indptr[u], self.counts_.indptr[u + 1]
                items = self.counts_.indices[s:e]
                n = self.counts_.data[s:e].astype(np.float64)
                last = self.last_ts_.data[s:e].astype(np.float64)
                first = self.first_ts_.data[s:e].astype(np.float64)
            else:
                s, e = user_items.indptr[r], user_items.indptr[r + 1]
                items = user_items.indices[s:e]
                n = np.ones(len(items))
                last = first = np.full(len(items), self.now_)
            since = np.maximum(self.now_ - last, 0.0) / SECONDS_PER_DAY
            with np.errstate(invalid="ignore", divide="ignore"):
                interval = np.where(n > 1, (last - first) / SECONDS_PER_DAY / np.maximum(n - 1, 1), np.nan)
            out.append((items, n, since, interval))
        return out

    def _scores(self, user_ids, user_items):
        scores = np.zeros((len(user_ids), self.n_items_), dtype=np.float32)
        for r, (items, n, since, interval) in enumerate(self._user_state(user_ids, user_items)):
            if not len(items):
                continue
            s = np.power(n, self.count_power) * np.exp2(-since / self.half_life_days)
            with np.errstate(invalid="ignore"):
                due = np.abs(since / np.where(interval > 0, interval, np.nan) - 1.0) <= 0.5
            s = s * (1.0 + self.cycle_boost * np.nan_to_num(due.astype(np.float64)))
            s = s * np.power(self.item_repeat_rate_[items], self.item_rate_weight)
            scores[r, items] = s
        return scores

    def recommend(self, user_ids, user_items, k=10, *, filter_seen=False, exclude=None, candidates=None):
        """As `Recommender.recommend`, but seen items are the point: `filter_seen` defaults to
        False, and only items with a positive score (bought before) are returned."""
        ranked = super().recommend(user_ids, user_items, k, filter_seen=filter_seen, exclude=exclude,
                                   candidates=candidates)
        keep = ranked.scores > 0
        if ranked.ids.ndim == 1:
            return type(ranked)(ranked.ids[keep], ranked.scores[keep])
        ids = np.where(keep, ranked.ids, -1)
        return type(ranked)(ids, np.where(keep, ranked.scores, -np.inf).astype(np.float32))

    def interval_days(self, user_id: int, item_id: int) -> float | None:
        """The user's typical days between purchases of the item, if bought at least twice."""
        if not 0 <= user_id < self.counts_.shape[0]:
            return None
        s, e = self.counts_.indptr[user_id], self.counts_.indptr[user_id + 1]
        pos = np.searchsorted(self.counts_.indices[s:e], item_id)
        if pos >= e - s or self.counts_.indices[s + pos] != item_id or self.counts_.data[s + pos] < 2:
            return None
        span = (self.last_ts_.data[s + pos] - self.first_ts_.data[s + pos]) / SECONDS_PER_DAY
        value = span / (self.counts_.data[s + pos] - 1)
        return float(value) if value > 0 else None

    def item_scores(self, item_ids):
        # items bought by the same repeat buyers: co-occurrence of repeat purchases
        rep = self.counts_.copy()
        rep.data = (rep.data >= 2).astype(np.float32)
        return dense((rep.T[item_ids] @ rep))

    def _after_load(self):
        self.counts_ = sp.csr_matrix(self.counts_)


def _aligned(values, pattern: sp.csr_matrix) -> sp.csr_matrix:
    """`values` on exactly the sparsity pattern of `pattern` (sorted indices; 0 where absent)."""
    v = sp.csr_matrix(values, dtype=np.float64)
    v.sort_indices()
    if v.nnz == pattern.nnz and np.array_equal(v.indices, pattern.indices) and np.array_equal(v.indptr, pattern.indptr):
        return v
    rows = np.repeat(np.arange(pattern.shape[0]), np.diff(pattern.indptr))
    data = np.asarray(v[rows, pattern.indices]).ravel()
    return sp.csr_matrix((data, pattern.indices.copy(), pattern.indptr.copy()), shape=pattern.shape)
