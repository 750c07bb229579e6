"""Per-key and per-address request rates, on the `limits` library (moving windows, in memory).

The counts live in each worker process: with N workers a client may make up to N times a limit
in the worst case (the kernel spreads connections over workers). That keeps the hot path free of
a network round trip; a deployment needing one shared count puts a gateway in front.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


def parse_limits(spec: str) -> list[RateLimitItem]:
    """`"2000/second;100000/hour"` -> the items; empty -> no limit. A bad spec is a ValueError."""
    return parse_many(spec) if spec and spec.strip() else []


class RateLimits:
    """Counts requests per identity; `hit` answers None (go on) or the seconds to wait."""

    def __init__(self, per_key: str, per_ip: str):
        self.per_key = parse_limits(per_key)
        self.per_ip = parse_limits(per_ip)
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, identity: str, *, keyed: bool) -> int | None:
        for item in self.per_key if keyed else self.per_ip:
            if not self.limiter.hit(item, identity):
                reset = self.limiter.get_window_stats(item, identity).reset_time
                return max(1, min(item.get_expiry(), math.ceil(reset - time.time())))
        return None
