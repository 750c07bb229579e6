"""Impressions: what each search and recommendation response showed, so events sent back with its
`search_id` / `rec_id` and `position` can be attributed to it (`store.impressions`).

A response gets a fresh id (`new_id`: 32 hex characters, time-ordered); what it showed is cleaned into the table's row at once
(`store.impressions.impression_row`, a few microseconds) and appended to a buffer
(`ImpressionLog`, batched and bounded like the search log), so the background writer does little
but the database call, which runs without the interpreter lock. Cleaning 2,000 rows in the writer
held the lock for about 15 ms a second per worker at 2,000 req/s, in stretches the event loop
waited out whole (the interpreter's switch interval, 5 ms, at each turn): the recommendation
tail. The A/B variant is read from `request.state.kaiyu_variant` where the experiments code set one.

Exploration (`search_explore_share`, default 0): that share of first-page relevance searches,
drawn per request, show their top `EXPLORE_TOP_K` results in a uniformly random order
("RandTop-k", Wang et al. 2018) and are marked `explore=True`. RandTop-k rather than RandPair
(swapping one random pair): under a uniform shuffle every shown item is equally likely at every
position, so the click rate at position i over the explore impressions is proportional to how
often position i is looked at, read straight from the impressions as stored (items in the order
shown) without knowing the order the ranker wanted; a pair swap needs that original order and
the swapped pair, which an impression does not record. The price is a larger disruption of the
page, which the share (at most 0.5, off by default) bounds.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import random
import time
from typing import Annotated, Any

from fastapi import Depends, Request

import orjson

from api.searchlog import BufferedLog
from store.filters import Filters
from store.impressions import impression_row

log = logging.getLogger("kaiyu.api")

EXPLORE_TOP_K = 10
_draw = random.Random()


def new_id() -> str:
    """A response id: 32 hex characters, a UUID version 7 (RFC 9562: the Unix time in milliseconds,
    then 74 random bits; `uuid.uuid7` from Python 3.14). Ids made later sort later, so the store's
    unique index on impression ids grows at its right edge: uuid4 ids landed each on a random page
    of an index of millions, and writing 2,000 of them cost 77 ms of CPU on the 1.9M-row load
    store against 17 ms for these (`Impressions.insert`, measured idle on a copy)."""
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits, 74 used
    value = ((time.time_ns() // 1_000_000) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64
             | 0b10 << 62 | rand & (1 << 62) - 1)
    return f"{value:032x}"


def explore_order(items: list, rng: random.Random = _draw, k: int = EXPLORE_TOP_K) -> list:
    """`items` with its first `k` in a uniformly random order (RandTop-k), the rest as they were."""
    top = list(items[:k])
    rng.shuffle(top)
    return top + list(items[k:])


def filters_json(filters: Any) -> dict[str, Any]:
    """The filters a request asked for (only those set), as JSON values."""
    if isinstance(filters, Filters):
        default = Filters()
        return {f.name: getattr(filters, f.name) for f in dataclasses.fields(Filters)
                if getattr(filters, f.name) != getattr(default, f.name)}
    return dict(filters or {})


@functools.lru_cache(maxsize=1024)
def _filters_text(filters: Filters) -> str:
    return orjson.dumps(filters_json(filters)).decode()


def filters_text(filters: Any) -> str:
    """`filters_json` as JSON text; a request's `Filters` (most often none set) from a small cache."""
    if isinstance(filters, Filters):
        try:
            return _filters_text(filters)
        except TypeError:  # a value that cannot be hashed: computed each time
            pass
    return orjson.dumps(filters_json(filters)).decode()


class ImpressionLog(BufferedLog):
    """Impressions seen by this worker, buffered in memory and written to the store in batches."""

    what = "impressions"

    def search(self, request: Request | None, result: dict[str, Any], *, query: str, user_id: str | None,
               session_id: str | None, filters: Any, offset: int, explore_share: float = 0.0) -> dict[str, Any]:
        """The search response `result` with its `search_id` (and, on an exploring draw, its top
        results shuffled), its impression noted. `explore_share` is 0 for a search that may not
        explore (a sort other than relevance, a later page)."""
        items = result["items"]
        explore = explore_share > 0 and len(items) > 1 and _draw.random() < explore_share
        if explore:
            items = explore_order(items)
        result = {**result, "items": items, "search_id": new_id()}
        self._note(request, result["search_id"], "search", items, user_id=user_id, session_id=session_id,
                   filters=filters, offset=offset, explore=explore, query=query)
        return result

    def recs(self, request: Request | None, result: dict[str, Any], *, scenario: str | None,
             user_id: str | None = None, session_id: str | None = None, filters: Any = None) -> dict[str, Any]:
        """The recommendation response `result` with its `rec_id`, its impression noted."""
        result = {**result, "rec_id": new_id()}
        self._note(request, result["rec_id"], "recs", result["items"], user_id=user_id, session_id=session_id,
                   filters=filters, offset=0, explore=False, scenario=scenario or result.get("scenario"))
        return result

    def _note(self, request, rid: str, kind: str, items: list, *, filters: Any, **row) -> None:
        """Buffer the impression as the table's row, cleaned here (`impression_row`). A row that
        cannot be cleaned is counted in `dropped`: the log never fails a response."""
        state = getattr(request, "state", None)
        try:
            clean = impression_row({"id": rid, "kind": kind, "items": [i["item_id"] for i in items],
                                    "variant": getattr(state, "kaiyu_variant", None),
                                    "filters": filters_text(filters), **row}, time.time())
        except (TypeError, ValueError, KeyError):  # orjson.JSONEncodeError is a TypeError
            clean = None
        if clean is None:
            self.dropped += 1
            log.warning("an impression could not be cleaned for the store; dropped")
            return
        self.append(clean)

    def write(self, rows: list) -> None:
        self.store.impression_log.insert(rows)  # cleaned already: the database call and little else


async def get_impression_log(request: Request) -> ImpressionLog:
    return request.app.state.impressions


ImpressionLogDep = Annotated[ImpressionLog, Depends(get_impression_log)]
