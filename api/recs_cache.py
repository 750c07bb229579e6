"""A per-worker cache of the recommendation service's answers, so a shopper asking again gets
the computed list without scoring the catalogue again (the service's `recommend` was half of a
recommendation request's time: `benchmarks/request_path.py --profile`).

Exact, not time-bounded: an answer is reused only for the same inputs and the same serving
state, so a cached answer is always the one `recommend` would compute now.
- Inputs, in the key: the shopper, the depth asked, scenario, exclude, filters, session items,
  and the shopper's recent events as the store returns them on this request
  (`Store.recent_interactions`, read on every request as before, cheap and indexed). An event
  stored through any worker changes that list, so the next request from any worker misses.
- Serving state, the generation: the engine object (a promoted bundle is a new one) and the
  catalogue change sequence it has applied (`Engine.catalog_seen`, set after the feed applied
  the rows: price, stock, fresh items). When either moves the whole cache is dropped.
Merchandising rules, the A/B variant and the impression (`rec_id`) are applied per request,
after the cache. The service's answer depends on nothing else (no clock: journey states read
the model's clock), which `tests/api/test_recs_cache.py` checks against an uncached service.

Bounded LRU of `max_entries` (a 10-item answer is about 4 KB); the route runs on the event loop,
so no lock is needed. `max_entries=0` turns it off (`KAIYU_RECS_CACHE_ENTRIES=0`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

DEFAULT_ENTRIES = 4096


def history_key(history: list[dict]) -> tuple[int, int, tuple | None]:
    """What identifies a shopper's recent events: their count, a 64-bit hash of all of them
    and the newest one in full (a collision needs all three to agree)."""
    events = tuple((e.get("item_id"), e.get("type"), e.get("timestamp")) for e in history)
    return len(events), hash(events), events[0] if events else None


class RecsCache:
    def __init__(self, max_entries: int = DEFAULT_ENTRIES):
        self.max_entries = max(0, int(max_entries))
        self.entries: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
        self.generation: tuple[Any, int] | None = None
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self.entries)

    def recommend(self, engine, user_id: str, *, k: int, scenario: str | None, history: list[dict],
                  session_items: list[str] | None, filters, exclude: str) -> dict[str, Any]:
        """`engine.recsys.recommend(...)` for these inputs, computed or reused. The answer is
        shared: callers copy before changing it (the route builds a new dict and new lists)."""
        service = engine.require("recsys")

        def compute() -> dict[str, Any]:
            return service.recommend(user_id, k=k, scenario=scenario, history=history, session_items=session_items,
                                     filters=filters, exclude=exclude)

        if not self.max_entries:
            return compute()
        seen = engine.catalog_seen  # read before computing: a feed applied mid-way moves it after
        if self.generation is None or self.generation[0] is not engine or self.generation[1] != seen:
            self.entries.clear()
            self.generation = (engine, seen)
        key = (user_id, k, scenario, exclude, filters, tuple(session_items or ()), history_key(history))
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            return found
        self.misses += 1
        result = compute()  # a ValueError (a scenario it cannot serve) is not cached
        self.entries[key] = result  # under the generation read before computing (the loop runs one request)
        if len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)
        return result
