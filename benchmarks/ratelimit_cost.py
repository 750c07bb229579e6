"""What counting rate limits adds to a request's p99: a 1 ms request loop (numpy work) with no
limiter, with limits' MovingWindowRateLimiter on its in-memory storage, and with Kaiyu's
`api.ratelimit.RateLimits`, each for a few seconds, in one run.

    python -m benchmarks.ratelimit_cost [--seconds 4]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from api.ratelimit import RateLimits


def loop(hit, seconds: float) -> tuple[int, float, float]:
    a = np.random.default_rng(0).random((200, 200))
    times = []
    end = time.time() + seconds
    while time.time() < end:
        t = time.perf_counter()
        hit()
        for _ in range(3):
            a @ a
        times.append(time.perf_counter() - t)
    ms = np.array(times) * 1e3
    return len(ms), float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    item = parse("2000/second")
    moving = MovingWindowRateLimiter(MemoryStorage())
    ours = RateLimits("2000/second", "2000/second")
    rows = {"no limiter": lambda: None,
            "limits MovingWindow + MemoryStorage": lambda: moving.hit(item, "k"),
            "Kaiyu RateLimits (sliding-window counter)": lambda: ours.hit("k", keyed=True)}
    print(f"{'counter':<44}{'requests':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for name, hit in rows.items():
        n, p50, p99 = loop(hit, args.seconds)
        print(f"{name:<44}{n:>10}{p50:>9.3f}{p99:>9.3f}")


if __name__ == "__main__":
    main()
