"""Items added to the catalogue after the models were fitted ("fresh" items): kept aside with
their facts, so that recommendations show them at once instead of after the next nightly job.

Where a fresh item appears (the rule, in this one place):

- similar items of an item (`/v1/items/{id}/similar`, and the `similar` scenario): fresh items
  sharing the anchor's category (the longest shared category path first; the top-level category
  at least), the same brand and shared title words breaking ties;
- `for-you`, `session`, `similar` and the endpoint's default answer (unless it is trending,
  buy-again or bought-together alone): fresh items in the shopper's categories (those of the
  items of their session, else of their strongest items);
- either way they take at most one slot in `SHARE` (places 3, 7, 11, ...: the model's best two
  lead), with the reason "new in <category>";
- similar items of a fresh item itself: the known items of its category, what sells now first,
  with the other fresh items of it mixed in as above (bought-together answers the same).

Request filters (price, stock, category, attributes) apply to fresh items as to any other, and
live changes to a fresh item (stock, price) apply at once. An item the request's history shows
the shopper already had is left out unless `exclude=none`. The next training learns them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from store.columns import ItemColumns, category_key, fold
from store.filters import Filters

SHARE = 4  # fresh items take at most one slot in SHARE
CANDIDATES = 200  # fresh items of one category level scored per request (the newest)
MAX_FRESH = 10_000  # fresh items kept (the newest); a store adding more a day is retrained sooner


def title_words(text: Any) -> frozenset[str]:
    return frozenset(w for w in "".join(c if c.isalnum() else " " for c in fold(text or "")).split() if len(w) > 1)


def category_label(value: Any) -> str:
    """The last part of a category path as written ("Tea" of "Grocery > Tea")."""
    parts = [p.strip() for p in str(value or "").split(">") if p.strip()]
    return parts[-1] if parts else ""


@dataclass(frozen=True)
class _Snapshot:
    """The fresh items as one immutable set of arrays: a request reads one snapshot whole."""

    ids: np.ndarray
    columns: ItemColumns
    paths: list[tuple[str, ...]]
    brands: list[str]
    words: list[frozenset[str]]
    labels: list[str]
    by_prefix: dict[tuple[str, ...], np.ndarray]  # category path prefix -> positions, newest first


def _snapshot(rows: Mapping[str, Mapping[str, Any]]) -> _Snapshot:
    items = list(rows.values())
    paths = [category_key(i.get("category")) for i in items]
    by_prefix: dict[tuple[str, ...], list[int]] = {}
    for n, path in enumerate(paths):
        for depth in range(1, len(path) + 1):
            by_prefix.setdefault(path[:depth], []).append(n)
    return _Snapshot(ids=np.array(list(rows), dtype=object), columns=ItemColumns.from_items(items), paths=paths,
                     brands=[fold(i.get("brand") or "") for i in items],
                     words=[title_words(i.get("title")) for i in items],
                     labels=[category_label(i.get("category")) for i in items],
                     by_prefix={k: np.array(v[::-1], dtype=np.int64) for k, v in by_prefix.items()})


class FreshItems:
    """The fresh items a service knows (`update` with store rows of items the models lack)."""

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}
        self.snap = _snapshot({})

    def __len__(self) -> int:
        return len(self.snap.ids)

    def __contains__(self, item_id: object) -> bool:
        return str(item_id) in self._rows

    def row(self, item_id: str) -> dict[str, Any]:
        return self._rows[str(item_id)]

    def update(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Add or change fresh items (a row carries all of an item's fields, as the store
        returns them; missing fields keep their value). Returns how many rows applied."""
        applied = 0
        merged = dict(self._rows)
        for row in rows:
            item_id = str(row.get("item_id"))
            merged[item_id] = {**merged.pop(item_id, {}), **row}  # re-added: newest last
            applied += 1
        while len(merged) > MAX_FRESH:
            merged.pop(next(iter(merged)))
        if applied:
            self._rows, self.snap = merged, _snapshot(merged)  # readers see the old or the new set
        return applied

    def like(self, paths: list[tuple[str, ...]], *, brand: str = "", words: frozenset[str] = frozenset(),
             filters=None, skip: set[str] | frozenset[str] = frozenset(), limit: int = 10) -> list[dict]:
        """Fresh items sharing a category with one of `paths` (best first: the longest shared
        path, then `brand`, then shared title `words`), passing `filters`, none of `skip`."""
        snap = self.snap
        paths = [p for p in paths if p]
        if not len(snap.ids) or not paths or limit <= 0:
            return []
        allowed = Filters.of(filters).mask(snap.columns)
        depths: dict[int, int] = {}  # candidate -> the longest category path it shares
        for path in paths:
            for depth in range(len(path), 0, -1):
                found = snap.by_prefix.get(path[:depth])
                if found is not None:
                    for n in found[allowed[found]][:CANDIDATES].tolist():
                        depths[n] = max(depths.get(n, 0), depth)
        brand = fold(brand or "")
        scored = []
        for n, depth in depths.items():
            if snap.ids[n] in skip:
                continue
            overlap = len(words & snap.words[n]) / max(len(words | snap.words[n]), 1)
            scored.append((depth + 0.5 * bool(brand and brand == snap.brands[n]) + 0.25 * overlap, -n, n))
        scored.sort(reverse=True)
        return [{"item_id": str(snap.ids[n]), "reason": f"new in {snap.labels[n] or 'the catalogue'}"}
                for _, _, n in scored[:limit]]


def slots(k: int) -> int:
    """How many of k places fresh items may take."""
    return k // SHARE if k >= SHARE else (1 if k >= 3 else 0)


def mix(items: list[dict], fresh: list[dict], k: int) -> list[dict]:
    """`items` with `fresh` ones at places 3, 7, 11, ... (at most `slots(k)`), k in all; a fresh
    item's score is its predecessor's, so scores stay in order."""
    fresh = [f for f in fresh if f["item_id"] not in {i["item_id"] for i in items}][:slots(k)]
    if not fresh:
        return items[:k]
    out: list[dict] = []
    rest = list(items)
    while len(out) < k and (rest or fresh):
        if fresh and (len(out) % SHARE == 2 or not rest):
            score = out[-1]["score"] if out else 1.0
            out.append({**fresh.pop(0), "score": score})
        elif rest:
            out.append(rest.pop(0))
    return out
