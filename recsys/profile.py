"""One shopper at request time: their interaction row with events newer than the fit folded in,
what they bought and touched, and their current session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import scipy.sparse as sp


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
