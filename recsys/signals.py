"""Training signals derived from the event log, beyond the weighted interaction matrix:
purchase occasions (for buy-again), baskets (for bought-together) and item momentum (trending).

All functions take `store.db.EventArrays`-like arrays and integer codes for users and items,
so they serve training, tuning (on a time split) and tests alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

SECONDS_PER_DAY = 86_400.0
PURCHASE_TYPES = ("purchase",)


@dataclass(frozen=True)
class Occasions:
    """Per user-item: distinct purchase days (`counts`), first and last purchase time (same
    sparsity pattern, sorted indices)."""

    counts: sp.csr_matrix
    first_ts: sp.csr_matrix
    last_ts: sp.csr_matrix


def purchase_occasions(user_codes: np.ndarray, item_codes: np.ndarray, ts: np.ndarray,
                       shape: tuple[int, int]) -> Occasions:
    """Count each user-item once per calendar day (UTC): a day's order lines are one occasion."""
    if not len(ts):
        empty = sp.csr_matrix(shape, dtype=np.float64)
        return Occasions(empty.astype(np.float32), empty, empty)
    frame = pd.DataFrame({"u": user_codes, "i": item_codes, "d": np.floor(ts / SECONDS_PER_DAY), "ts": ts})
    per_day = frame.groupby(["u", "i", "d"], sort=False).ts.min().reset_index()
    g = per_day.groupby(["u", "i"], sort=False).ts.agg(["min", "max", "count"]).reset_index()
    rows, cols = g.u.to_numpy(), g.i.to_numpy()

    def mat(values, dtype):
        m = sp.csr_matrix((values.astype(dtype), (rows, cols)), shape=shape)
        m.sort_indices()
        return m

    counts = mat(g["count"].to_numpy(), np.float32)
    # timestamps may be 0 at the epoch; add nothing: the pattern of counts is the reference
    first = mat(g["min"].to_numpy(), np.float64)
    last = mat(g["max"].to_numpy(), np.float64)
    return Occasions(counts, first, last)


def baskets(user_codes: np.ndarray, item_codes: np.ndarray, ts: np.ndarray, n_items: int,
            session_ids: np.ndarray | None = None) -> sp.csr_matrix:
    """A baskets x items 0/1 matrix: one basket per session id, or per user and day where the
    session id is missing. Baskets of one item are dropped (they pair nothing)."""
    if not len(ts):
        return sp.csr_matrix((0, n_items), dtype=np.float32)
    day_key = pd.Series(user_codes).astype(str) + "|" + pd.Series(np.floor(ts / SECONDS_PER_DAY).astype(np.int64)).astype(str)
    if session_ids is not None:
        sess = pd.Series(session_ids, dtype=object)
        key = np.where(sess.isna(), "d:" + day_key, "s:" + sess.astype(str))
    else:
        key = day_key.to_numpy()
    codes, _ = pd.factorize(pd.Series(key))
    m = sp.csr_matrix((np.ones(len(codes), dtype=np.float32), (codes, item_codes)),
                      shape=(codes.max() + 1, n_items))
    m.data[:] = 1.0
    m.sum_duplicates()
    m.data[:] = 1.0
    sizes = np.diff(m.indptr)
    return sp.csr_matrix(m[sizes >= 2])


def item_momentum(item_codes: np.ndarray, ts: np.ndarray, n_items: int, *, now: float,
                  half_life_days: float = 15.0, weights: np.ndarray | None = None) -> np.ndarray:
    """How much faster each item sells now than usual: the recency-decayed count over the
    count expected at the item's long-run rate in the same effective window, smoothed by +1.
    1.0 is steady; > 1 trending up (a season starting, a new hit); < 1 fading."""
    w = np.ones(len(ts)) if weights is None else np.asarray(weights, dtype=np.float64)
    if not len(ts):
        return np.ones(n_items, dtype=np.float32)
    age = np.maximum(now - ts, 0.0) / SECONDS_PER_DAY
    recent = np.bincount(item_codes, weights=w * np.exp2(-age / half_life_days), minlength=n_items)
    total = np.bincount(item_codes, weights=w, minlength=n_items)
    span_days = max((now - float(ts.min())) / SECONDS_PER_DAY, 1.0)
    window = half_life_days / np.log(2.0)  # the integral of the decay
    expected = total / span_days * min(window, span_days)
    return ((recent + 1.0) / (expected + 1.0)).astype(np.float32)
