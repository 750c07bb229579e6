"""Impressions: what each search and recommendation response showed, so events sent back with its
`search_id` / `rec_id` and `position` can be attributed to it (`store.impressions`).

A response gets a fresh id (`uuid4().hex`); noting what it showed costs one dict and one deque
append on the request path (`ImpressionLog`, batched and bounded like the search log: the filters
are turned into JSON by the background writer, not by the request). The A/B variant is read from
`request.state.kaiyu_variant` where the experiments code set one.

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
import random
import time
import uuid
from typing import Annotated, Any

from fastapi import Depends, Request

from api.searchlog import BufferedLog
from store.filters import Filters

EXPLORE_TOP_K = 10
_draw = random.Random()


def new_id() -> str:
    """A response id: 32 hex characters (a uuid4)."""
    return uuid.uuid4().hex


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

    def _note(self, request, rid: str, kind: str, items: list, **row) -> None:
        state = getattr(request, "state", None)
        self.append({"id": rid, "kind": kind, "ts": time.time(), "items": [i["item_id"] for i in items],
                     "variant": getattr(state, "kaiyu_variant", None), **row})

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            row["filters"] = filters_json(row.get("filters"))
        self.store.add_impressions(rows)


async def get_impression_log(request: Request) -> ImpressionLog:
    return request.app.state.impressions


ImpressionLogDep = Annotated[ImpressionLog, Depends(get_impression_log)]
