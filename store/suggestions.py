"""Query suggestions mined from the search log: the queries shoppers ran that led somewhere.

A search "led somewhere" when an event attributed to it (its `search_id`) is a click, an
add-to-cart or a purchase. A query's popularity is the sum over such searches of
`0.5 ** (age / half_life)` (exponential decay: last month's fashion fades). A query is offered only
when at least `min_shoppers` DISTINCT shoppers (user id, else session id) ran it successfully, so
one person searching fifty times cannot put words in everybody's search box; never when its
newest search found nothing (the catalogue moved on); never when it holds a blocked term.

Pure functions over the impression and attributed-event rows (`Store.impressions`,
`Store.attributed_events`); the API recomputes them on a timer, never per request.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from store.tables import search_query_key

HALF_LIFE_DAYS = 14.0
MIN_SHOPPERS = 3
WINDOW_DAYS = 90
LED_SOMEWHERE = frozenset({"click", "add_to_cart", "purchase"})


@dataclass(frozen=True)
class Suggestion:
    text: str  # the form shoppers typed most often
    key: str  # folded (`search_query_key`)
    score: float
    shoppers: int


def blocked_by(key: str, blocked: Iterable[str]) -> bool:
    """A folded text holds a blocked (folded) term as whole words."""
    padded = f" {key} "
    return any(f" {term} " in padded for term in blocked if term)


def mine(impressions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]], *, now: float,
         half_life_days: float = HALF_LIFE_DAYS, min_shoppers: int = MIN_SHOPPERS,
         blocked: Iterable[str] = ()) -> list[Suggestion]:
    """The suggestions, best first. `impressions`: search impressions (`id`, `ts` (epoch seconds
    or a datetime), `query`, `items`, `user_id`, `session_id`); `events`: attributed events."""
    led = {e["search_id"] for e in events if e.get("search_id") and e.get("type") in LED_SOMEWHERE}
    blocked = [search_query_key(t) for t in blocked]
    score: Counter[str] = Counter()
    shoppers: dict[str, set[str]] = {}
    texts: dict[str, Counter[str]] = {}
    newest: dict[str, tuple[float, bool]] = {}
    for impression in impressions:
        text = " ".join(str(impression.get("query") or "").split()).lower()
        key = search_query_key(text)
        if not key:
            continue
        ts = epoch_seconds(impression.get("ts"))
        found = bool(impression.get("items"))
        if key not in newest or ts >= newest[key][0]:
            newest[key] = (ts, found)
        shopper = impression.get("user_id") or impression.get("session_id")
        if impression.get("id") not in led or not found or not shopper:
            continue
        age_days = max(0.0, now - ts) / 86400
        score[key] += math.pow(0.5, age_days / half_life_days)
        shoppers.setdefault(key, set()).add(str(shopper))
        texts.setdefault(key, Counter())[text] += 1
    out = [Suggestion(texts[key].most_common(1)[0][0], key, round(value, 6), len(shoppers[key]))
           for key, value in score.items()
           if len(shoppers[key]) >= min_shoppers and newest[key][1] and not blocked_by(key, blocked)]
    out.sort(key=lambda s: (-s.score, s.key))
    return out


class SuggestionIndex:
    """Mined suggestions by prefix: the whole query starting with it first, then queries with a
    later word starting with it; each group by popularity."""

    def __init__(self, suggestions: list[Suggestion]):
        self.suggestions = suggestions

    def complete(self, prefix: str, limit: int) -> list[str]:
        key = search_query_key(prefix)
        if not key:
            return []
        starts = [s.text for s in self.suggestions if s.key.startswith(key)]
        inner = [s.text for s in self.suggestions if not s.key.startswith(key) and f" {key}" in f" {s.key}"]
        return (starts + inner)[:limit]


def mix(mined: list[str], catalogue: list[str], limit: int, *, blocked: Iterable[str] = ()) -> list[str]:
    """Mined queries first (up to 60% of the slots while the catalogue has more to offer), the
    catalogue's completions after them, without repeats (folded) or blocked terms."""
    blocked = [search_query_key(t) for t in blocked]
    seen: set[str] = set()
    out: list[str] = []

    def take(texts: list[str], room: int) -> None:
        for text in texts:
            key = search_query_key(text)
            if len(out) >= room:
                return
            if key and key not in seen and not blocked_by(key, blocked):
                seen.add(key)
                out.append(text)

    take(mined, math.ceil(limit * 0.6) if catalogue else limit)
    take(catalogue, limit)
    take(mined, limit)
    return out


def epoch_seconds(value: Any) -> float:
    """Epoch seconds of a float, a datetime or ISO text (None: 0)."""
    if value is None:
        return 0.0
    if hasattr(value, "timestamp"):
        return float(value.timestamp())
    if isinstance(value, str):
        from datetime import datetime

        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return float(value)
