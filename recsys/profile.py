"""One shopper at request time: their interaction row with events newer than the fit folded in,
what they bought and touched, their current session, and the journey step it shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import scipy.sparse as sp

from recsys.catalog import ServingCatalog

#: one session event: (item index, event type, epoch seconds or None), newest first
Recent = tuple[int, str, float | None]


@dataclass
class Profile:
    """user: row index of a known shopper, or -1; row: 1 x n_items interactions (history folded
    in); purchased / interacted: item indices; recent: the session, newest first; fresh: events
    newer than the fit were folded into a known shopper's row."""

    user: int
    row: sp.csr_matrix
    purchased: set[int]
    interacted: set[int]
    recent: list[Recent]
    fresh: bool = False

    @property
    def cold(self) -> bool:
        """Nothing is known about this shopper."""
        return self.user < 0 and not self.row.nnz


def timestamp(value) -> float | None:
    """Epoch seconds of an event's timestamp as sent (number, datetime, ISO text); None if unreadable."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        return value.timestamp()
    try:
        return pd.Timestamp(value).timestamp()
    except (ValueError, TypeError):
        return None


def journey(profile: Profile, catalog: ServingCatalog) -> str:
    """The scenario the session asks for: something in the cart or just bought ->
    bought-together; comparing several items of one category -> similar; else for-you
    (trending for a shopper nothing is known about)."""
    recent = profile.recent
    if not recent:
        return "for-you" if not profile.cold else "trending"
    if recent[0][1] in ("purchase", "add_to_cart"):
        return "bought-together"
    views = [r for r in recent if r[1] in ("view", "click")][:6]
    distinct = list(dict.fromkeys(r[0] for r in views))
    if len(distinct) >= 2:
        cats = [catalog.category_path(i) for i in distinct]
        if cats[0] and sum(c == cats[0] for c in cats) >= 2:
            return "similar"
    return "for-you"
