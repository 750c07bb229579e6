"""Search's catalogue as a column store: one row per item position (a changed item gets a new row,
its old one is retired), the text fields, what analysis read off the titles, and the categorical
codes, prices and stock as a `store.columns.ItemColumns` that request filters and facets read."""

from __future__ import annotations

import math
from typing import Any, Mapping

import numpy as np

from search.category_names import leaf_type
from search.text import has_japanese, normalize, product_text
from store.columns import ATTRIBUTE_KEY_ALIASES, Codes, ItemColumns, color_of, fold
from store.filters import Filters

TEXT_FIELDS = ("title", "description", "category", "brand", "attributes")


def clean(value) -> str | None:
    """A text field as str, None for a missing value (None or NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


class Catalogue:
    """Rows (positions) of items. `item_ids` grows last on an append, so `len(item_ids)` is the
    number of rows published to searches; `alive` is False for retired rows; `row_of` maps a
    live item id to its row."""

    def __init__(self, *, item_ids: list[str], titles: list[str], descriptions: list[str | None],
                 categories: list[str | None], brands: list[str | None], attributes: list[dict],
                 prices: np.ndarray, in_stock: np.ndarray, popularity: np.ndarray, alive: np.ndarray,
                 heads=(), leaves=(), lengths=()):
        self.item_ids, self.titles, self.descriptions = item_ids, titles, descriptions
        self.categories, self.brands, self.attributes = categories, brands, attributes
        self.popularity = np.asarray(popularity, dtype=np.float32)
        self.alive = np.asarray(alive, dtype=bool)
        self.heads = np.array(list(heads), dtype=object)
        self.leaves = np.array(list(leaves), dtype=object)
        self.lengths = np.asarray(lengths, dtype=np.float32)
        self.row_of = {i: r for r, i in enumerate(item_ids) if self.alive[r]}
        self._japanese = np.array([has_japanese(t) for t in titles], dtype=bool)  # `japanese_titles`
        self._leaf_types: tuple[int, frozenset] = (-1, frozenset())  # `leaf_types`
        self._written: tuple[int, str, dict] = (0, "", {})  # `writes`
        self.columns = ItemColumns(categories=categories, brands=brands, prices=prices, in_stock=in_stock,
                                   colors=[color_of(a) for a in attributes], attributes=attributes)

    @classmethod
    def from_catalog(cls, catalog, popularity: Mapping[str, float] | None = None) -> "Catalogue":
        """The rows of a `store.db.Catalog`; `popularity` maps item ids to non-negative scores."""
        n = len(catalog.item_ids)
        item_ids = [str(x) for x in catalog.item_ids]
        pop = popularity or {}
        return cls(item_ids=item_ids, titles=[clean(x) or "" for x in catalog.titles],
                   descriptions=[clean(x) for x in catalog.descriptions],
                   categories=[clean(x) for x in catalog.categories], brands=[clean(x) for x in catalog.brands],
                   attributes=[dict(a or {}) for a in catalog.attributes] if len(catalog.attributes) else [{}] * n,
                   prices=np.asarray(catalog.prices, dtype=np.float64), in_stock=np.asarray(catalog.in_stock, dtype=bool),
                   popularity=np.array([max(0.0, float(pop.get(i, 0.0))) for i in item_ids], dtype=np.float32),
                   alive=np.ones(n, dtype=bool))

    def set_analysis(self, heads: list[str], leaves: list[str | None], lengths) -> None:
        """What analysis read off every row: title head word, category leaf type, title length."""
        self.heads = np.array(heads, dtype=object)
        self.leaves = np.array(leaves, dtype=object)
        self.lengths = np.asarray(lengths, dtype=np.float32)

    # ------------------------------------------------------------------ reading
    @property
    def prices(self) -> np.ndarray:
        return self.columns.prices

    @property
    def in_stock(self) -> np.ndarray:
        return self.columns.in_stock

    @property
    def n_rows(self) -> int:
        """Rows written, published or not."""
        return len(self.titles)

    def __len__(self) -> int:
        """Live items."""
        return int(self.alive.sum())

    def item(self, r: int) -> dict:
        """Row `r` as an item row (the fields an update carries)."""
        price = self.prices[r]
        return {"item_id": self.item_ids[r], "title": self.titles[r], "description": self.descriptions[r],
                "category": self.categories[r], "brand": self.brands[r],
                "price": None if np.isnan(price) else float(price),
                "in_stock": bool(self.in_stock[r]), "attributes": dict(self.attributes[r] or {})}

    def japanese_titles(self, rows: np.ndarray) -> np.ndarray:
        """Whether each of `rows`' titles has Japanese in it (a row's title never changes: a
        changed item gets a new row, so each title is read once: at load, or when an appended
        row is first asked about)."""
        known = self._japanese
        if len(known) < len(self.titles):
            fresh = np.array([has_japanese(t) for t in self.titles[len(known):]], dtype=bool)
            known = self._japanese = np.concatenate([known, fresh])
        return known[rows]

    def writes(self, word: str) -> bool:
        """Whether some title writes `word` (normalised, as part of any longer text): the
        Japanese titles' text is joined once and again when an append brings rows, each word's
        answer remembered."""
        seen, text, answers = self._written
        if seen < len(self.titles):
            text += "".join("\n" + normalize(t) for t in self.titles[seen:] if has_japanese(t))
            seen, answers = len(self.titles), {}
            self._written = (seen, text, answers)
        if word not in answers:
            answers[word] = word in text
        return answers[word]

    def leaf_types(self) -> frozenset:
        """The types the catalogue's category leaves name, read once, and again when an append
        brings new categories (a cheap query asks for them on every search)."""
        index = self.columns.category.index
        if self._leaf_types[0] != len(index):
            self._leaf_types = (len(index), frozenset(leaf_type(c) for c in index))
        return self._leaf_types[1]

    def product_text(self, r: int) -> str:
        """The text row `r` is embedded with."""
        return product_text(self.titles[r], self.brands[r], self.categories[r])

    @staticmethod
    def text_of(item: Mapping[str, Any]) -> str:
        """The text an item row will be embedded with once appended (what `product_text` gives)."""
        return product_text(clean(item.get("title")) or "", clean(item.get("brand")), clean(item.get("category")))

    def attribute(self, r: int, key: str):
        """Row `r`'s attribute `key` under any of its aliases (None: none; a list for a
        multi-valued one)."""
        for k, v in (self.attributes[r] or {}).items():
            if ATTRIBUTE_KEY_ALIASES.get(k.lower(), k.lower()) == key:
                return v
        return None

    def visible(self, filters, n: int, *, min_price: float | None = None,
                max_price: float | None = None) -> np.ndarray:
        """Which of the first `n` rows (the ones published when a search began) may be shown:
        live, passing the request `filters` (`store.filters.Filters` or a mapping; FilterError,
        a ValueError, for a wrong one) and the price bounds the query said (unknown prices stay)."""
        wanted = Filters.of(filters)
        mask = self.alive[:n].copy()
        p = self.prices[:n]
        if max_price is not None:
            mask &= ~(p > max_price)
        if min_price is not None:
            mask &= ~(p < min_price)
        return mask & wanted.mask(self.columns, n)

    def facets(self, rows: np.ndarray, *, size: int, price_ranges, attribute_keys=()) -> dict:
        """Counts over `rows`: categories, brands and colours (the `size` most common, as first
        written), price ranges between `price_ranges`, in stock or not, and each of
        `attribute_keys` the catalogue has (colour aside, counted above) under its own name: an
        item counts once for every value it holds (sizes S, M, L: one each), the `size` most
        common values; a key no row in `rows` has is left out."""
        out = self._base_facets(rows, size=size, price_ranges=price_ranges)
        inside = np.zeros(len(self.columns), dtype=bool)
        inside[rows] = True
        for key in attribute_keys:
            name = fold(key)
            name = ATTRIBUTE_KEY_ALIASES.get(name, name)
            if name in out:
                continue
            counts = self.columns.attribute_counts(name, inside)
            if counts:
                out[name] = dict(list(counts.items())[:size])
        return out

    def _base_facets(self, rows: np.ndarray, *, size: int, price_ranges) -> dict:
        cols = self.columns
        prices = self.prices[rows]
        known = prices[~np.isnan(prices)]
        ranges = []
        if len(known):
            edges = [0.0, *price_ranges, math.inf]
            for lo, hi in zip(edges[:-1], edges[1:]):
                c = int(((known >= lo) & (known < hi)).sum())
                if c:
                    ranges.append({"min": lo, "max": None if math.isinf(hi) else hi, "count": c})
        stock = self.in_stock[rows]
        return {"category": _counts(cols.category, rows, size), "brand": _counts(cols.brand, rows, size),
                "color": _counts(cols.color, rows, size), "price": ranges,
                "in_stock": {"true": int(stock.sum()), "false": int((~stock).sum())}}

    # ------------------------------------------------------------------ live changes
    def plan_changes(self, rows: list[dict]) -> tuple[list[tuple[int, dict]], list[dict]]:
        """What item rows change: (offer changes, (row, item row) to apply in place with
        `set_offer`; items to write as new rows, each merged with what it was). A row for a known
        item changes only the fields it carries (attributes key by key); one changing no text
        field is an offer change. A new item without a title raises ValueError; nothing changes
        here."""
        offers: list[tuple[int, dict]] = []
        pending: dict[str, dict] = {}
        state: dict[str, dict] = {}  # each touched item as the rows so far leave it
        for row in rows:
            item_id = str(row["item_id"])
            old = self.row_of.get(item_id)
            current = state.get(item_id) or (self.item(old) if old is not None else None)
            if current is None:
                if not row.get("title"):
                    raise ValueError(f"item {item_id!r}: a new item needs a title")
                pending[item_id] = state[item_id] = {**row, "item_id": item_id}
                continue
            merged = {**current, **{k: v for k, v in row.items() if k != "attributes"}}
            merged["attributes"] = {**(current.get("attributes") or {}), **(row.get("attributes") or {})}
            state[item_id] = merged
            if item_id not in pending and all(merged.get(f) == current.get(f) for f in TEXT_FIELDS):
                offers.append((old, row))
                continue
            pending[item_id] = merged
        return offers, list(pending.values())

    def set_offer(self, r: int, row: Mapping[str, Any]) -> None:
        """A price or stock change, in place."""
        self.columns.set_offer(r, row)

    def append_text(self, items: list[dict]) -> int:
        """Text fields of new rows (not yet published); returns the first new row."""
        first = len(self.item_ids)
        for item in items:
            self.titles.append(clean(item.get("title")) or "")
            self.descriptions.append(clean(item.get("description")))
            self.categories.append(clean(item.get("category")))
            self.brands.append(clean(item.get("brand")))
            self.attributes.append(dict(item.get("attributes") or {}))
        return first

    def append_facts(self, items: list[dict], heads: list[str], leaves: list, lengths: list[int],
                     old_rows: list[int | None]) -> None:
        """Columns of the rows `append_text` wrote: analysis, codes, offer; a changed item keeps
        its old row's popularity."""
        self.columns.append(items)
        self.popularity = np.append(self.popularity, [self.popularity[o] if o is not None else 0.0 for o in old_rows])
        self.heads = np.append(self.heads, np.array(heads, dtype=object))
        self.lengths = np.append(self.lengths, np.array(lengths, dtype=np.float32))
        self.leaves = np.append(self.leaves, np.array(leaves, dtype=object))

    def publish(self, items: list[dict], old_rows: list[int | None]) -> None:
        """Retire the old rows, then make the new ones visible (their ids last)."""
        first = len(self.item_ids)
        self.alive = np.append(self.alive, np.ones(len(items), dtype=bool))
        for o in old_rows:
            if o is not None:
                self.alive[o] = False
        for k, item in enumerate(items):
            self.item_ids.append(str(item["item_id"]))
            self.row_of[str(item["item_id"])] = first + k


def _counts(col: Codes, rows: np.ndarray, size: int) -> dict:
    codes = col.codes[rows]
    codes = codes[codes >= 0]
    if not len(codes):
        return {}
    bc = np.bincount(codes)
    nz = np.flatnonzero(bc)
    nz = nz[np.argsort(-bc[nz], kind="stable")][:size]
    return {col.display[c]: int(bc[c]) for c in nz.tolist()}
