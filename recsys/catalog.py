"""Catalogue facts the recommendation service needs, aligned on the models' item positions:
titles (for reasons), `store.columns.ItemColumns` (request filters, attributes among them, and
business rules) and top-level categories (diversity, "trending in ..."); live price, stock,
category and attribute changes apply here."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from recsys.fresh import title_words
from store.columns import ItemColumns, MultiCodes, blank, category_key, color_of, fold


def top_category(value: Any) -> str:
    """The first part of a category path as written ("Grocery" of "Grocery > Tea"), "" for none."""
    if blank(value):
        return ""
    parts = [p.strip() for p in str(value).split(">") if p.strip()]
    return parts[0] if parts else ""


class ServingCatalog:
    """Titles, columns and top-level categories of the item positions `item_ids`; an item the
    catalogue lacks keeps its id as title, no category, no price, in stock."""

    def __init__(self, item_ids: np.ndarray, catalog=None):
        self.item_ids = np.asarray(item_ids, dtype=object)
        self.index = {str(i): n for n, i in enumerate(self.item_ids)}
        n = len(self.item_ids)
        self.titles = np.array([str(i) for i in self.item_ids], dtype=object)
        categories = np.full(n, None, dtype=object)
        brands = np.full(n, None, dtype=object)
        colors = np.full(n, None, dtype=object)
        prices = np.full(n, np.nan)
        in_stock = np.ones(n, dtype=bool)
        attributes: list = [None] * n
        self.known = np.zeros(n, dtype=bool)
        if catalog is not None and len(catalog):
            pos = pd.Index(np.asarray(catalog.item_ids).astype(str)).get_indexer(self.item_ids.astype(str))
            ok = pos >= 0
            src = pos[ok]
            self.known[ok] = True
            self.titles[ok] = [t if t else i for t, i in zip(np.asarray(catalog.titles)[src], self.item_ids[ok])]
            categories[ok] = np.asarray(catalog.categories, dtype=object)[src]
            brands[ok] = np.asarray(catalog.brands, dtype=object)[src]
            if len(catalog.attributes):
                for row, p in zip(np.flatnonzero(ok).tolist(), src.tolist()):
                    attributes[row] = catalog.attributes[p]
                    colors[row] = color_of(attributes[row])
            prices[ok] = np.asarray(catalog.prices, dtype=np.float64)[src]
            in_stock[ok] = np.asarray(catalog.in_stock, dtype=bool)[src]
        self.columns = ItemColumns(categories=categories, brands=brands, colors=colors, prices=prices,
                                   in_stock=in_stock, attributes=attributes)
        self.top_categories = np.array([top_category(c) for c in categories], dtype=object)

    def __len__(self) -> int:
        return len(self.item_ids)

    def category_path(self, idx: int) -> tuple[str, ...]:
        """The item's category as folded path parts (() for none)."""
        code = int(self.columns.category.codes[idx])
        return category_key(self.columns.category.values[code]) if code >= 0 else ()

    def brand(self, idx: int) -> str:
        code = int(self.columns.brand.codes[idx])
        return str(self.columns.brand.values[code]) if code >= 0 else ""

    def words(self, idx: int) -> frozenset[str]:
        """The title's words, folded (what fresh items are matched on, `recsys.fresh`)."""
        return title_words(self.titles[idx])

    def under(self, path: tuple[str, ...]) -> np.ndarray:
        """Items at or below the category `path` (all False for an empty path)."""
        if not path:
            return np.zeros(len(self), dtype=bool)
        return np.isin(self.columns.category.codes, self.columns.category_codes_under([path]))

    def update_items(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Apply changed item rows (as the store returns them) to the positions of known items:
        price and stock, and the title, category, brand and attributes (colour, and every
        attribute filters match) a row carries. Items the
        models do not know are skipped (they need a fit). Returns how many rows applied."""
        applied = 0
        attributes: dict[int, Mapping[str, Any] | None] = {}
        for row in rows:
            idx = self.index.get(str(row.get("item_id")))
            if idx is None:
                continue
            self.columns.set_offer(idx, row)
            if "title" in row:
                self.titles[idx] = row["title"] or self.item_ids[idx]
            if "category" in row:
                self.columns.category.set(idx, row["category"])
                self.top_categories[idx] = top_category(row["category"])
            if "brand" in row:
                self.columns.brand.set(idx, row["brand"])
            if "attributes" in row:  # a store row carries all of an item's attributes
                self.columns.color.set(idx, color_of(row["attributes"]))
                attributes[idx] = row["attributes"]
            self.known[idx] = True
            applied += 1
        if attributes:
            self._replace_attributes(attributes)
        return applied

    def _replace_attributes(self, changed: Mapping[int, Mapping[str, Any] | None]) -> None:
        """Give positions their new attributes, copy on write: each attribute column is rebuilt
        aside and swapped in with one assignment, so a request filtering meanwhile reads the old
        column or the new one, never one half changed (a column's positions and codes are two
        arrays)."""
        columns = self.columns.attributes
        rows = np.fromiter(changed, dtype=np.int64, count=len(changed))
        given: dict[str, list[tuple[int, Any]]] = {}
        for idx, attributes in changed.items():
            for key, value in (attributes or {}).items():
                given.setdefault(fold(key), []).append((idx, value))
        for key in set(columns) | set(given):
            old, new = columns.get(key), MultiCodes()
            if old is not None:
                keep = ~np.isin(old.rows, rows)
                new.vocab, new.rows, new.codes = old.vocab, old.rows[keep], old.codes[keep]
            new.add(given.get(key, []))
            columns[key] = new
