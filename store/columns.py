"""Catalogue facts as columns, one row per item position: the categorical codes (category, brand,
colour), price and stock. Search's catalogue and the recommendation service both hold one, so a
request filter (`store.filters.Filters`) is matched against the same columns by the same code,
and a live price or stock change is one assignment in each."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Iterable, Mapping

import numpy as np

COLOR_KEYS = frozenset({"color", "colour", "色", "カラー"})


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
    """The colour attribute of an item, under any of its usual keys."""
    for key, value in (attributes or {}).items():
        if str(key).strip().lower() in COLOR_KEYS:
            return value
    return None


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


class ItemColumns:
    """Category, brand and colour codes, prices (NaN: unknown) and stock of n item positions."""

    def __init__(self, *, categories: Iterable[Any] = (), brands: Iterable[Any] = (), colors: Iterable[Any] = (),
                 prices: Iterable[float] = (), in_stock: Iterable[bool] = ()):
        self.category = Codes(categories)
        self.brand = Codes(brands)
        self.color = Codes(colors)
        self.prices = np.asarray(list(prices), dtype=np.float64)
        self.in_stock = np.asarray(list(in_stock), dtype=bool)
        self._paths: list[tuple[str, ...]] = [category_key(v) for v in self.category.values]

    @classmethod
    def from_items(cls, items: Iterable[Mapping[str, Any]]) -> "ItemColumns":
        """Columns of item rows (dicts with category, brand, attributes, price, in_stock)."""
        items = list(items)
        return cls(categories=[i.get("category") for i in items], brands=[i.get("brand") for i in items],
                   colors=[color_of(i.get("attributes")) for i in items],
                   prices=[_price(i.get("price")) for i in items],
                   in_stock=[bool(i.get("in_stock", True)) for i in items])

    def __len__(self) -> int:
        return len(self.prices)

    def append(self, items: list[Mapping[str, Any]]) -> None:
        """New positions at the end, one per item row."""
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
