"""Event weighting: turn the event log into the user x item matrix that models learn from.

Each event adds `weight(type) * decay(age) * scale(quantity)` to its (user, item) cell; a
`remove_from_cart` has a negative weight that takes back part of the cart's signal, and cells
are clipped at zero. Weights, half-life and quantity scaling come from configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd
import scipy.sparse as sp

from store.db import EventArrays

SECONDS_PER_DAY = 86_400.0


@dataclass(frozen=True)
class Interactions:
    """A CSR matrix of users x items with the ids of its rows and columns."""

    matrix: sp.csr_matrix
    user_ids: np.ndarray
    item_ids: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.matrix.shape

    def user_index(self) -> dict[str, int]:
        return {u: i for i, u in enumerate(self.user_ids)}

    def item_index(self) -> dict[str, int]:
        return {it: i for i, it in enumerate(self.item_ids)}


def event_weights(events: EventArrays, weights: Mapping[str, float], *, half_life_days: float | None = None,
                  now: datetime | None = None, quantity_scaling: str = "log") -> np.ndarray:
    """The weight of every event: type weight x recency decay x quantity scaling.

    Decay halves an event's weight every `half_life_days` before `now` (default: the newest
    event, so a store's own clock, not the wall clock, sets the age). Unknown types weigh 0.
    """
    types = pd.Series(events.types, dtype=object)
    w = types.map(dict(weights)).fillna(0.0).to_numpy(dtype=np.float64)
    if half_life_days is not None and len(events):
        reference = now.timestamp() if now is not None else float(events.ts.max())
        age_days = np.maximum(reference - events.ts, 0.0) / SECONDS_PER_DAY
        w = w * np.exp2(-age_days / half_life_days)
    if quantity_scaling == "log":
        w = w * (1.0 + np.log(np.maximum(events.quantity, 1.0)))
    elif quantity_scaling == "linear":
        w = w * np.maximum(events.quantity, 0.0)
    elif quantity_scaling != "none":
        raise ValueError(f"quantity_scaling must be log, linear or none, not {quantity_scaling!r}")
    return w


def build_interactions(events: EventArrays, weights: Mapping[str, float], *, half_life_days: float | None = None,
                       now: datetime | None = None, quantity_scaling: str = "log",
                       item_ids: np.ndarray | None = None) -> Interactions:
    """The weighted user x item matrix. Columns follow `item_ids` when given (the catalogue
    order; events on items outside it are dropped), else the items seen in events, sorted.
    Users are the users with at least one event, sorted."""
    w = event_weights(events, weights, half_life_days=half_life_days, now=now,
                      quantity_scaling=quantity_scaling)
    users, user_codes = np.unique(events.user_ids.astype(str), return_inverse=True) if len(events) else (
        np.array([], dtype=object), np.array([], dtype=np.int64))
    if item_ids is None:
        item_ids, item_codes = np.unique(events.item_ids.astype(str), return_inverse=True) if len(events) else (
            np.array([], dtype=object), np.array([], dtype=np.int64))
    else:
        item_ids = np.asarray(item_ids, dtype=object)
        index = pd.Index(item_ids)
        item_codes = index.get_indexer(events.item_ids)
        keep = item_codes >= 0
        item_codes, user_codes, w = item_codes[keep], user_codes[keep], w[keep]
    matrix = sp.coo_matrix((w, (user_codes, item_codes)), shape=(len(users), len(item_ids))).tocsr()
    matrix.sum_duplicates()
    np.maximum(matrix.data, 0.0, out=matrix.data)
    matrix.eliminate_zeros()
    return Interactions(matrix=matrix.astype(np.float32), user_ids=np.asarray(users, dtype=object),
                        item_ids=np.asarray(item_ids, dtype=object))


def interactions_from_store(store, settings, *, until: datetime | None = None,
                            item_ids: np.ndarray | None = None) -> Interactions:
    """The matrix of a store's events before `until`, weighted as `settings` say."""
    events = store.event_arrays(until=until)
    return build_interactions(events, settings.event_weights, half_life_days=settings.half_life_days,
                              now=until, quantity_scaling=settings.quantity_scaling, item_ids=item_ids)
