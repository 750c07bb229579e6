"""What the store hands back: the outcome of a write, and events and the catalogue as arrays."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class WriteResult:
    """What one write did: rows stored, rows already there (same `event_id`), rows rejected as
    `(index, reason kind, message)` with `index` the row's position in the batch."""

    stored: int
    duplicates: int
    rejected: list[tuple[int, str, str]]


@dataclass(frozen=True)
class EventArrays:
    """Events as parallel arrays, the shape training consumes."""

    user_ids: np.ndarray  # object array of str
    item_ids: np.ndarray  # object array of str
    types: np.ndarray  # object array of str
    ts: np.ndarray  # float64 epoch seconds
    quantity: np.ndarray  # float64
    session_ids: np.ndarray | None = None  # object array of str or None (baskets)

    def __len__(self) -> int:
        return len(self.ts)


@dataclass(frozen=True)
class Catalog:
    """The catalogue as arrays aligned on `item_ids` (sorted)."""

    item_ids: np.ndarray
    titles: np.ndarray
    descriptions: np.ndarray
    categories: np.ndarray
    brands: np.ndarray
    prices: np.ndarray  # float64, NaN where unknown
    in_stock: np.ndarray  # bool
    attributes: list[dict[str, str | list[str]]]  # a multi-valued attribute holds a list

    def __len__(self) -> int:
        return len(self.item_ids)
