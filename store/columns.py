"""Catalogue facts as columns, one row per item position: the categorical codes (category, brand,
colour), price and stock, and each attribute as a multi-valued code column (an item's sizes
S, M, L). Search's catalogue and the recommendation service both hold one, so a request filter
(`store.filters.Filters`) is matched against the same columns by the same code, and a live
price or stock change is one assignment in each."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Iterable, Mapping

import numpy as np

# other names shops give an attribute key, and the key they mean (search's query understanding
# reads them too)
ATTRIBUTE_KEY_ALIASES = {"colour": "color", "色": "color", "カラー": "color"}
COLOR_KEYS = frozenset({"color", *(k for k, v in ATTRIBUTE_KEY_ALIASES.items() if v == "color")})


def fold(value: Any) -> str:
    """The key two spellings of one value share: NFKC, lower case, trimmed ("Black " = "black")."""
    return unicodedata.normalize("NFKC", str(value)).lower().strip()


def blank(value: Any) -> bool:
    """None, NaN or whitespace: no value."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def category_key(value: Any) -> tuple[str, ...]:
    """A category path as folded parts: "Clothing > Women" and "clothing/women" are one path."""
    if blank(value):
        return ()
    return tuple(p for p in (fold(x) for x in re.split(r">|/", str(value))) if p)


def color_of(attributes: Mapping[str, Any] | None) -> Any:
    """The colour attribute of an item, under any of its usual keys (the first colour of a
    multi-valued one; filters on every colour go through the attribute columns)."""
    for key, value in (attributes or {}).items():
        if str(key).strip().lower() in COLOR_KEYS:
            if isinstance(value, (list, tuple)):
                return value[0] if value else None
            return value
    return None


def values_of(value: Any) -> list[Any]:
    """An attribute value as a list of values: a list as it is, one value as a list of one."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


class Codes:
    """Integer codes of a categorical column (folded text), -1 for none. `values[c]` is what
    filters compare, `display[c]` the value as first written (what facets show)."""

    def __init__(self, values: Iterable[Any] = ()):
        self.values: list[str] = []
        self.display: list[str] = []
        self.index: dict[str, int] = {}
        self.codes = np.array([self.code(v) for v in values], dtype=np.int32)

    def code(self, value: Any) -> int:
        if blank(value):
            return -1
        key = fold(value)
        if key not in self.index:
            self.index[key] = len(self.values)
            self.values.append(key)
            self.display.append(str(value).strip())
        return self.index[key]

    def codes_of(self, values: Iterable[Any]) -> list[int]:
        """The codes of those values the column has (unknown values match nothing)."""
        return [self.index[k] for k in (fold(v) for v in values) if k in self.index]

    def append(self, values: Iterable[Any]) -> None:
        self.codes = np.append(self.codes, np.array([self.code(v) for v in values], dtype=np.int32))

    def set(self, row: int, value: Any) -> None:
        self.codes[row] = self.code(value)


class MultiCodes:
    """A multi-valued categorical column: each item position holds a set of values, kept as
    (position, code) pairs (a sparse position x value incidence, COO). Pairs rather than CSR
    offsets because a live catalogue change replaces one position's values and appends new
    positions, both a concatenation here; filters and facets read the pairs with numpy.
    `vocab` gives codes their folded value (what filters compare) and display text (facets)."""

    def __init__(self) -> None:
        self.vocab = Codes()
        self.rows = np.zeros(0, dtype=np.int64)
        self.codes = np.zeros(0, dtype=np.int32)

    def _pairs(self, items: Iterable[tuple[int, Any]]) -> tuple[np.ndarray, np.ndarray]:
        rows: list[int] = []
        codes: list[int] = []
        for row, value in items:
            for code in dict.fromkeys(c for c in (self.vocab.code(v) for v in values_of(value)) if c >= 0):
                rows.append(row)
                codes.append(code)
        return np.asarray(rows, dtype=np.int64), np.asarray(codes, dtype=np.int32)

    def add(self, items: Iterable[tuple[int, Any]]) -> None:
        """Values for positions that hold none yet: `(position, value or list of values)`."""
        rows, codes = self._pairs(items)
        self.rows, self.codes = np.append(self.rows, rows), np.append(self.codes, codes)

    def set(self, row: int, value: Any) -> None:
        """Replace the values of one position (None or [] clears them)."""
        keep = self.rows != row
        self.rows, self.codes = self.rows[keep], self.codes[keep]
        if value is not None:
            self.add([(row, value)])

    def rows_with(self, values: Iterable[Any], n: int) -> np.ndarray:
        """Which of `n` positions hold any of `values` (folded)."""
        out = np.zeros(n, dtype=bool)
        hit = np.isin(self.codes, self.vocab.codes_of(values)) & (self.rows < n)
        out[self.rows[hit]] = True
        return out

    def counts(self, rows: np.ndarray | None = None) -> dict[str, int]:
        """Facet counts: items per value (an item counts once per value it holds), of the
        positions where `rows` (a bool mask) is true, or of all; most items first."""
        codes = self.codes
        if rows is not None:
            inside = self.rows < len(rows)
            codes = codes[inside][rows[self.rows[inside]]]
        counts = np.bincount(codes, minlength=len(self.vocab.values))
        order = sorted(np.flatnonzero(counts), key=lambda c: (-counts[c], c))
        return {self.vocab.display[c]: int(counts[c]) for c in order}


class ItemColumns:
    """Category, brand and colour codes, prices (NaN: unknown) and stock of n item positions."""

    def __init__(self, *, categories: Iterable[Any] = (), brands: Iterable[Any] = (), colors: Iterable[Any] = (),
                 prices: Iterable[float] = (), in_stock: Iterable[bool] = (),
                 attributes: Iterable[Mapping[str, Any] | None] = ()):
        self.category = Codes(categories)
        self.brand = Codes(brands)
        self.color = Codes(colors)
        self.prices = np.asarray(list(prices), dtype=np.float64)
        self.in_stock = np.asarray(list(in_stock), dtype=bool)
        self._paths: list[tuple[str, ...]] = [category_key(v) for v in self.category.values]
        self.attributes: dict[str, MultiCodes] = {}  # by folded key
        self._add_attributes(enumerate(attributes))

    @classmethod
    def from_items(cls, items: Iterable[Mapping[str, Any]]) -> "ItemColumns":
        """Columns of item rows (dicts with category, brand, attributes, price, in_stock)."""
        items = list(items)
        return cls(categories=[i.get("category") for i in items], brands=[i.get("brand") for i in items],
                   colors=[color_of(i.get("attributes")) for i in items],
                   prices=[_price(i.get("price")) for i in items],
                   in_stock=[bool(i.get("in_stock", True)) for i in items],
                   attributes=[i.get("attributes") for i in items])

    def __len__(self) -> int:
        return len(self.prices)

    def _add_attributes(self, rows: Iterable[tuple[int, Mapping[str, Any] | None]]) -> None:
        by_key: dict[str, list[tuple[int, Any]]] = {}
        for row, attributes in rows:
            for key, value in (attributes or {}).items():
                by_key.setdefault(fold(key), []).append((row, value))
        for key, pairs in by_key.items():
            self.attributes.setdefault(key, MultiCodes()).add(pairs)

    def attribute(self, key: str) -> MultiCodes | None:
        """The column of attribute `key` (any case or width), None if no item has it."""
        return self.attributes.get(fold(key))

    def attribute_counts(self, key: str, rows: np.ndarray | None = None) -> dict[str, int]:
        """Facet counts of attribute `key` (each value an item holds counts it once)."""
        column = self.attribute(key)
        return {} if column is None else column.counts(rows)

    def set_attributes(self, row: int, attributes: Mapping[str, Any] | None) -> None:
        """Replace the attributes of position `row` (keys it no longer has are cleared)."""
        given = {fold(k): v for k, v in (attributes or {}).items()}
        for key in set(self.attributes) | set(given):
            self.attributes.setdefault(key, MultiCodes()).set(row, given.get(key))

    def append(self, items: list[Mapping[str, Any]]) -> None:
        """New positions at the end, one per item row."""
        self._add_attributes(enumerate((i.get("attributes") for i in items), start=len(self)))
        self.category.append(i.get("category") for i in items)
        self.brand.append(i.get("brand") for i in items)
        self.color.append(color_of(i.get("attributes")) for i in items)
        self.prices = np.append(self.prices, [_price(i.get("price")) for i in items])
        self.in_stock = np.append(self.in_stock, [bool(i.get("in_stock", True)) for i in items])

    def set_offer(self, row: int, item: Mapping[str, Any]) -> None:
        """Apply the price and stock an item row carries (fields it lacks stay as they are)."""
        if "price" in item:
            self.prices[row] = _price(item["price"])
        if "in_stock" in item:
            self.in_stock[row] = bool(item["in_stock"])

    def category_codes_under(self, paths: Iterable[tuple[str, ...]]) -> list[int]:
        """Codes of every category at or below one of `paths` (folded path prefixes)."""
        paths = list(paths)
        while len(self._paths) < len(self.category.values):
            self._paths.append(category_key(self.category.values[len(self._paths)]))
        return [c for c, have in enumerate(self._paths) if any(have[:len(p)] == p for p in paths)]


def _price(value: Any) -> float:
    try:
        return float("nan") if value is None else float(value)
    except (TypeError, ValueError):
        return float("nan")
