"""Offline evaluation: ranking metrics as pure functions, data splits, and an evaluator.

Metrics take one ranked list (item ids, best first) and the set of relevant items, and return a
float; averaging over users is the evaluator's job. Conventions (those of the data README's
benchmark protocol):

- `recall_at_k` = hits in the top k / min(k, |relevant|), so a perfect list scores 1.0;
- `ndcg_at_k` with binary gains, DCG = Σ 1/log2(rank + 1), ideal from min(k, |relevant|) hits;
- `map_at_k` = Σ precision@i at each hit i <= k / min(k, |relevant|).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from store.metrics import ndcg
import scipy.sparse as sp


def _hits(ranked: Sequence, relevant: Iterable, k: int) -> np.ndarray:
    rel = relevant if isinstance(relevant, (set, frozenset)) else set(relevant)
    return np.array([item in rel for item in list(ranked)[:k]], dtype=bool)


def recall_at_k(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Hits in the first k / min(k, number relevant); 0.0 when nothing is relevant."""
    rel = set(relevant)
    if not rel or k <= 0:
        return 0.0
    return float(_hits(ranked, rel, k).sum() / min(k, len(rel)))


def precision_at_k(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Hits in the first k / k."""
    if k <= 0:
        return 0.0
    return float(_hits(ranked, set(relevant), k).sum() / k)


def ndcg_at_k(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Binary-gain NDCG: DCG of the first k over the DCG of min(k, |relevant|) hits."""
    rel = set(relevant)
    if not rel or k <= 0:
        return 0.0
    return ndcg(_hits(ranked, rel, k), np.ones(len(rel)), k)


def map_at_k(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Average precision at k: mean over hits of precision at each hit's rank, normalised by
    min(k, |relevant|)."""
    rel = set(relevant)
    if not rel or k <= 0:
        return 0.0
    hits = _hits(ranked, rel, k)
    if not hits.any():
        return 0.0
    precisions = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precisions * hits).sum() / min(k, len(rel)))


def coverage(ranked_lists: Iterable[Sequence], n_items: int) -> float:
    """Catalogue coverage: the share of the n_items catalogue appearing in any list."""
    if n_items <= 0:
        return 0.0
    shown = set()
    for ranked in ranked_lists:
        shown.update(int(i) for i in ranked if int(i) >= 0)
    return len(shown) / n_items


def novelty(ranked_lists: Iterable[Sequence], item_popularity: np.ndarray, n_users: int) -> float:
    """Mean self-information -log2(p(i)) of recommended items, p(i) = users who interacted with
    i / n_users (items nobody touched count as p = 1/n_users). Higher: less obvious items."""
    pop = np.asarray(item_popularity, dtype=np.float64)
    values = []
    for ranked in ranked_lists:
        ids = np.asarray([i for i in ranked if i >= 0], dtype=np.int64)
        if len(ids):
            p = np.maximum(pop[ids], 1.0) / max(n_users, 1)
            values.append(-np.log2(p))
    return float(np.concatenate(values).mean()) if values else 0.0


# -- splits --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Split:
    """Boolean masks over an event array: which events train, which test."""

    train: np.ndarray
    test: np.ndarray


def temporal_split(ts: np.ndarray, *, cutoff: float | None = None, test_fraction: float = 0.1) -> Split:
    """Events before `cutoff` (epoch seconds) train, the rest test; without a cutoff, the
    newest `test_fraction` of the time span is the test period."""
    ts = np.asarray(ts, dtype=np.float64)
    if cutoff is None:
        if not len(ts):
            return Split(np.zeros(0, bool), np.zeros(0, bool))
        lo, hi = float(ts.min()), float(ts.max())
        cutoff = hi - (hi - lo) * test_fraction
    train = ts < cutoff
    return Split(train=train, test=~train)


def user_random_split(user_ids: np.ndarray, *, test_fraction: float = 0.2, min_events: int = 2,
                      random_state: int | None = 0, mask: np.ndarray | None = None) -> Split:
    """For each user with at least `min_events` eligible events (`mask`, default all), a random
    `test_fraction` of them (at least one) is held out; everything else trains."""
    rng = np.random.default_rng(random_state)
    user_ids = np.asarray(user_ids)
    eligible = np.ones(len(user_ids), bool) if mask is None else np.asarray(mask, bool)
    test = np.zeros(len(user_ids), bool)
    idx = np.flatnonzero(eligible)
    if len(idx):
        _, codes = np.unique(user_ids[idx].astype(str), return_inverse=True)
        order = np.argsort(codes, kind="stable")
        bounds = np.flatnonzero(np.diff(codes[order])) + 1
        for group in np.split(idx[order], bounds):
            if len(group) >= min_events:
                n = max(1, int(round(len(group) * test_fraction)))
                test[rng.choice(group, size=n, replace=False)] = True
    return Split(train=~test, test=test)


# -- evaluator -----------------------------------------------------------------------------

@dataclass
class RankingEvaluator:
    """Evaluates a recommendation function on held-out truth.

    `truth` maps user row index -> set of relevant item indices. `recommend(user_rows, k)`
    returns a 2-D array of item indices (padding -1). `__call__` returns a dict of metric
    values with `primary_metric` (the name of the one to optimise) and `greater_is_better`.
    """

    truth: Mapping[int, set]
    k: int = 10
    recall_k: int = 20
    n_items: int | None = None
    item_popularity: np.ndarray | None = None
    n_users: int | None = None
    primary: str | None = None  # default: ndcg@k
    batch_size: int = 1024

    def __call__(self, recommend: Callable[[np.ndarray, int], np.ndarray]) -> dict:
        users = np.array(sorted(self.truth), dtype=np.int64)
        depth = max(self.k, self.recall_k)
        lists: list[np.ndarray] = []
        for start in range(0, len(users), self.batch_size):
            block = np.asarray(recommend(users[start:start + self.batch_size], depth))
            lists.extend(block)
        nd = [ndcg_at_k(r, self.truth[u], self.k) for u, r in zip(users, lists)]
        rc = [recall_at_k(r, self.truth[u], self.recall_k) for u, r in zip(users, lists)]
        mp = [map_at_k(r, self.truth[u], self.k) for u, r in zip(users, lists)]
        out = {f"ndcg@{self.k}": float(np.mean(nd)) if nd else 0.0,
               f"recall@{self.recall_k}": float(np.mean(rc)) if rc else 0.0,
               f"map@{self.k}": float(np.mean(mp)) if mp else 0.0,
               "users": int(len(users))}
        if self.n_items:
            out[f"coverage@{self.k}"] = coverage([r[:self.k] for r in lists], self.n_items)
        if self.item_popularity is not None and self.n_users:
            out[f"novelty@{self.k}"] = novelty([r[:self.k] for r in lists], self.item_popularity, self.n_users)
        out["primary_metric"] = self.primary or f"ndcg@{self.k}"
        out["greater_is_better"] = True
        return out


def truth_from_events(user_rows: np.ndarray, item_cols: np.ndarray) -> dict[int, set]:
    """user row -> set of item columns (negative indices: unknown, dropped)."""
    truth: dict[int, set] = {}
    for u, i in zip(np.asarray(user_rows), np.asarray(item_cols)):
        if u >= 0 and i >= 0:
            truth.setdefault(int(u), set()).add(int(i))
    return truth


def without_seen(truth: Mapping[int, set], seen: sp.csr_matrix) -> dict[int, set]:
    """The `new` view: drop from each user's truth the items in their training row."""
    out = {}
    for u, items in truth.items():
        fresh = set(items) - set(seen.indices[seen.indptr[u]:seen.indptr[u + 1]].tolist())
        if fresh:
            out[u] = fresh
    return out
