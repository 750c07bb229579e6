"""Per-key and per-address request rates: the `limits` library's notation, counted here.

`limits` parses the settings ("2000/second;100000/hour") and gives each item its window. The
counting is a sliding-window counter written here (the same estimate as limits'
SlidingWindowCounterRateLimiter: this window's count plus the previous window's, weighed by the
share of it still inside the sliding window) because limits' in-memory storage starts a
`threading.Timer` every 10 ms under traffic to expire entries: a new thread contending for the GIL
on every tenth of a request stream, which showed as up to several milliseconds on the serving
p99 (measured in-process on the recommendation route: p99 6.4-11.6 ms with limits on, 2.7-2.9 ms
off). Here a hit is two dict reads and no thread; stale identities are swept when the table grows
past `max_identities`, so a client rotating addresses cannot grow it without bound.

The counts live in each worker process: with N workers a client may make up to N times a limit
in the worst case (the kernel spreads connections over workers). That keeps the hot path free of
a network round trip; a deployment needing one shared count puts a gateway in front.
"""

from __future__ import annotations

import math
import threading
import time

from limits import RateLimitItem, parse_many


def parse_limits(spec: str) -> list[RateLimitItem]:
    """`"2000/second;100000/hour"` -> the items; empty -> no limit. A bad spec is a ValueError."""
    return parse_many(spec) if spec and spec.strip() else []


class SlidingWindow:
    """One limit (`amount` per `seconds`) counted per identity: {identity: [window, count, previous]}."""

    def __init__(self, item: RateLimitItem, *, max_identities: int = 100_000):
        self.amount = int(item.amount)
        self.seconds = float(item.get_expiry())
        self.max_identities = max_identities
        self.counts: dict[str, list[int]] = {}
        self.lock = threading.Lock()

    def hit(self, identity: str, now: float) -> float | None:
        """Count one request at `now`; None if allowed, else the seconds until one more is."""
        window = int(now // self.seconds)
        with self.lock:
            entry = self.counts.get(identity)
            if entry is None:
                if len(self.counts) >= self.max_identities:
                    self._sweep(window)
                entry = self.counts[identity] = [window, 0, 0]
            elif entry[0] != window:
                entry[2] = entry[1] if entry[0] == window - 1 else 0
                entry[0], entry[1] = window, 0
            elapsed = now / self.seconds - window  # share of this window gone by
            estimate = entry[1] + entry[2] * (1.0 - elapsed)
            if estimate + 1 > self.amount:
                return self._wait(entry, elapsed)
            entry[1] += 1
            return None

    def _wait(self, entry: list[int], elapsed: float) -> float:
        """Seconds until the previous window's weighed count has fallen enough to admit one more."""
        if entry[2] == 0 or entry[1] + 1 > self.amount:
            return (1.0 - elapsed) * self.seconds  # this window alone is full: wait for the next
        needed = 1.0 - (self.amount - 1 - entry[1]) / entry[2]  # share of the window that must pass
        return max(0.0, needed - elapsed) * self.seconds

    def _sweep(self, window: int) -> None:
        """Forget identities not seen in this window or the previous one (their counts weigh nothing)."""
        self.counts = {k: v for k, v in self.counts.items() if v[0] >= window - 1}


class RateLimits:
    """Counts requests per identity; `hit` answers None (go on) or the whole seconds to wait."""

    def __init__(self, per_key: str, per_ip: str):
        self.per_key = [SlidingWindow(item) for item in parse_limits(per_key)]
        self.per_ip = [SlidingWindow(item) for item in parse_limits(per_ip)]

    def hit(self, identity: str, *, keyed: bool) -> int | None:
        now = time.time()
        for window in self.per_key if keyed else self.per_ip:
            wait = window.hit(identity, now)
            if wait is not None:
                return max(1, min(int(window.seconds), math.ceil(wait)))
        return None
