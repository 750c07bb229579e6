"""The arrays a configuration is fitted from: a store's events coded against fixed user and item
axes, and the weighted interaction matrices built from them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
import pandas as pd
import scipy.sparse as sp

from recsys.interactions import event_weights
from recsys.signals import PURCHASE_TYPES
from store.db import EventArrays


@dataclass
class FitData:
    """The arrays a configuration is fitted from: events coded against fixed user/item axes."""

    user_codes: np.ndarray
    item_codes: np.ndarray
    types: np.ndarray
    ts: np.ndarray
    quantity: np.ndarray
    user_ids: np.ndarray
    item_ids: np.ndarray
    now: float

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.user_ids), len(self.item_ids)

    def subset(self, mask: np.ndarray, now: float | None = None) -> "FitData":
        return FitData(self.user_codes[mask], self.item_codes[mask], self.types[mask], self.ts[mask],
                       self.quantity[mask], self.user_ids, self.item_ids,
                       self.now if now is None else now)

    def matrix(self, weights: dict[str, float], half_life_days: float | None,
               quantity_scaling: str = "log") -> sp.csr_matrix:
        events = EventArrays(self.user_codes, self.item_codes, self.types, self.ts, self.quantity)
        w = event_weights(events, weights, half_life_days=half_life_days,
                          now=datetime.fromtimestamp(self.now, tz=timezone.utc),
                          quantity_scaling=quantity_scaling)
        m = sp.csr_matrix((w, (self.user_codes, self.item_codes)), shape=self.shape)
        m.sum_duplicates()
        np.maximum(m.data, 0.0, out=m.data)
        m.eliminate_zeros()
        return m.astype(np.float32)

    def purchase_mask(self) -> np.ndarray:
        return np.isin(self.types, PURCHASE_TYPES)


def train_weights_positive(weights: dict[str, float]) -> dict[str, float]:
    return {t: 1.0 for t, w in weights.items() if w > 0}


def fit_data_from_events(events, item_ids: np.ndarray | None = None) -> FitData:
    """Code `store.db.EventArrays` against user and item axes (items: `item_ids`, the
    catalogue order, plus event items outside it appended; users: sorted)."""
    users, user_codes = (np.unique(events.user_ids.astype(str), return_inverse=True) if len(events)
                         else (np.array([], dtype=object), np.array([], dtype=np.int64)))
    event_items = events.item_ids.astype(str) if len(events) else np.array([], dtype=str)
    if item_ids is None or not len(item_ids):
        item_ids = np.unique(event_items)
    else:
        item_ids = np.asarray(item_ids).astype(str)
        extra = np.setdiff1d(np.unique(event_items), item_ids)
        item_ids = np.concatenate([item_ids, extra])
    index = pd.Index(item_ids)
    item_codes = index.get_indexer(event_items)
    now = float(events.ts.max()) if len(events) else time.time()
    return FitData(user_codes.astype(np.int64), item_codes.astype(np.int64),
                   np.asarray(events.types, dtype=object), np.asarray(events.ts, dtype=np.float64),
                   np.asarray(events.quantity, dtype=np.float64), np.asarray(users, dtype=object),
                   np.asarray(item_ids, dtype=object), now)
