"""The store's search log as learning reads it: what each search showed (impressions, with
positions) and what shoppers did after it (events attributed by `search_id` and `position`),
turned into graded labels corrected for position bias.

A click at position 1 is cheap evidence (everyone looks there), a miss at position 9 says little
(few look there). Per (query, item), learning reads

    rate = sum of the item's attributed action weights / (prior + sum over the impressions that
           showed it of the propensity of the position it was shown at, floored at 1 / clip)

the ratio form of inverse propensity weighting (actions over expected examinations; the floor is
the clip of the inverse weights, `prior` a pseudo-examination that shrinks an item seen by few).
Propensities come from the log's randomised impressions (`search.learning.propensity`). An item
shown and not acted on is a known negative (`QueryLabels.shown`); one never shown is unknown.
A query nobody acted after is left out (it has nothing to rank by). Items acted on are graded
1..MAX_LABEL: `round(MAX_LABEL * rate / scale)`, `scale` the larger of the click weight and the
query's best rate (a query whose best item was clicked by chance gets
low grades, a query with sure favourites gets its top grade).

    log = SearchLog.from_store(store)       # empty where the store keeps no impressions
    queries = log.labels(event_weights)     # what `search.learning.learn` trains on
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from search.learning.labels import MAX_LABEL, QueryLabels, query_key
from search.learning.propensity import Propensity, estimate, shown_positions
from store.settings import DEFAULT_EVENT_WEIGHTS

CLIP = 10.0   # inverse propensity weights at most this (propensities floored at 1 / CLIP)
PRIOR = 1.0   # pseudo-examinations of every shown item


@dataclass
class SearchLog:
    """Search impressions and the events attributed to them (the interface's dicts)."""

    impressions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    propensity: Propensity | None = field(default=None)

    def __len__(self) -> int:
        return len(self.events)

    def __bool__(self) -> bool:
        return bool(self.impressions) and any(e.get("search_id") for e in self.events)

    @classmethod
    def from_store(cls, store) -> "SearchLog":
        """Every search impression of a `store.db.Store` and the events attributed to one (an
        empty log from a store without impressions)."""
        if not hasattr(store, "impressions"):
            return cls([], [])
        impressions = store.impressions(kind="search")
        ids = {imp["id"] for imp in impressions}
        events = [e for e in store.attributed_events() if e.get("search_id") in ids]
        return cls(impressions, events)

    def labels(self, event_weights: dict[str, float] | None = None) -> dict[str, QueryLabels]:
        if self.propensity is None:
            self.propensity = estimate(self.impressions, self.events)
        return impression_labels(self.impressions, self.events, self.propensity, event_weights)

    def describe(self) -> dict:
        prop = self.propensity.as_dict() if self.propensity is not None else None
        return {"source": "search impressions and attributed events (inverse propensity weighted)",
                "impressions": len(self.impressions),
                "explore_impressions": sum(1 for i in self.impressions if i.get("explore")),
                "attributed_events": len(self.events), "propensity": prop}


def impression_labels(impressions, events, propensity: Propensity, event_weights: Mapping[str, float] | None = None,
                      *, clip: float = CLIP, prior: float = PRIOR, max_label: int = MAX_LABEL) -> dict[str, QueryLabels]:
    """Per normalised query: items acted on graded by their position-corrected rate, items shown
    and not acted on as `shown` (see the module docstring)."""
    weights = {k: float(v) for k, v in (event_weights or DEFAULT_EVENT_WEIGHTS).items() if k != "search" and v > 0}
    key_of: dict[str, str] = {}
    exams: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spellings: dict[str, Counter] = defaultdict(Counter)
    count: Counter = Counter()
    for imp in impressions:
        key = query_key(str(imp.get("query") or ""))
        shown = shown_positions(imp)
        if not key or not shown:
            continue
        key_of[str(imp["id"])] = key
        spellings[key][str(imp["query"])] += 1
        count[key] += 1
        items = [item for item, _ in shown]
        p = np.maximum(propensity([pos for _, pos in shown]), 1.0 / clip)
        for item, pk in zip(items, p.tolist()):
            exams[key][item] += pk
    acted: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for ev in events:
        key, item, w = key_of.get(str(ev.get("search_id"))), ev.get("item_id"), weights.get(ev.get("type"), 0.0)
        if key is None or item is None or w <= 0 or str(item) not in exams[key]:
            continue
        acted[key][str(item)] += w
    unit = weights.get("click", 1.0)
    out = {}
    for key, shown_items in exams.items():
        if key not in acted:  # nobody acted after it: nothing to rank by, no query to judge on
            continue
        rates = {item: v / (prior + shown_items[item]) for item, v in acted[key].items()}
        scale = max([unit, *rates.values()])
        labels = {item: int(min(max_label, max(1, round(max_label * r / scale)))) for item, r in rates.items()}
        query = max(spellings[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        out[key] = QueryLabels(query, labels, float(count[key]), frozenset(shown_items))
    return out
