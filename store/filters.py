"""Request filters, parsed once at the edge and matched against `store.columns.ItemColumns` by one
piece of code, for search and for recommendations alike.

    filters = Filters.parse({"category": "Clothing > Women", "in_stock": "true"})
    rows = filters.mask(columns)          # bool per item position

Any attribute is a filter too: `{"attributes": {"size": "M"}}` (JSON), or `attr.size=M` (one
key per attribute, as a query string spells it); both parse to the same Filters. An item
passes when one of its values (a multi-valued attribute holds several) is one of those asked,
for every attribute asked; keys and values compare folded (case, width, spacing).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

import numpy as np

from store.columns import ItemColumns, blank, category_key, fold

_FLAGS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False,
          "": False}


class FilterError(ValueError):
    """A filter the caller got wrong (the API answers 400 with this message)."""


@dataclass(frozen=True)
class Filters:
    """category: path prefixes (an item under any of them passes); brand, color: values (any of
    them); min_price / max_price: bounds (an item of unknown price fails a bound); in_stock: True
    drops out-of-stock items."""

    category: tuple[tuple[str, ...], ...] = ()
    brand: tuple[str, ...] = ()
    color: tuple[str, ...] = ()
    min_price: float | None = None
    max_price: float | None = None
    in_stock: bool = False
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def of(cls, value: "Filters | Mapping[str, Any] | None") -> "Filters":
        """`value` as Filters: itself, or parsed from a mapping of names to values."""
        return value if isinstance(value, Filters) else cls.parse(value)

    @classmethod
    def parse(cls, values: Mapping[str, Any] | None) -> "Filters":
        """Filters from raw values (query-string text, JSON values, lists); FilterError names the
        filter that is wrong and lists the known ones."""
        values = {k: v for k, v in (values or {}).items() if v is not None}
        attributes = _attribute_filters(values)
        unknown = sorted(k for k in set(values) - set(cls.names()) if not str(k).startswith(ATTRIBUTE_PREFIX))
        if unknown:
            raise FilterError(f"unknown filter {unknown[0]!r}: use one of {', '.join(cls.names())}")
        out: dict[str, Any] = {}
        if "category" in values:
            out["category"] = tuple(p for p in (category_key(v) for v in _listed(values["category"])) if p)
        for name in ("brand", "color"):
            if name in values:
                out[name] = tuple(fold(v) for v in _listed(values[name]) if not blank(v))
        for name in ("min_price", "max_price"):
            if name in values:
                out[name] = _number(name, values[name])
        if out.get("min_price") is not None and out.get("max_price") is not None and out["min_price"] > out["max_price"]:
            raise FilterError("min_price must not exceed max_price")
        if "in_stock" in values:
            out["in_stock"] = _flag(values["in_stock"])
        if attributes:
            out["attributes"] = attributes
        return cls(**out)

    def __bool__(self) -> bool:
        return self != Filters()

    def as_dict(self) -> dict[str, Any]:
        """The filters that are set, as plain JSON values (logs, echoes)."""
        out: dict[str, Any] = {}
        if self.category:
            out["category"] = [" > ".join(p) for p in self.category]
        for name in ("brand", "color"):
            if getattr(self, name):
                out[name] = list(getattr(self, name))
        for name in ("min_price", "max_price"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.in_stock:
            out["in_stock"] = True
        if self.attributes:
            out["attributes"] = {key: list(wanted) for key, wanted in self.attributes}
        return out

    def mask(self, columns: ItemColumns, n: int | None = None) -> np.ndarray:
        """Which of the first `n` item positions (default all) pass."""
        n = len(columns) if n is None else n
        keep = np.ones(n, dtype=bool)
        if self.category:
            keep &= np.isin(columns.category.codes[:n], columns.category_codes_under(self.category))
        if self.brand:
            keep &= np.isin(columns.brand.codes[:n], columns.brand.codes_of(self.brand))
        if self.color:
            keep &= np.isin(columns.color.codes[:n], columns.color.codes_of(self.color))
        prices = columns.prices[:n]
        if self.min_price is not None:
            keep &= prices >= self.min_price
        if self.max_price is not None:
            keep &= prices <= self.max_price
        if self.in_stock:
            keep &= columns.in_stock[:n]
        for key, wanted in self.attributes:
            column = columns.attribute(key)
            keep &= False if column is None else column.rows_with(wanted, n)
        return keep


ATTRIBUTE_PREFIX = "attr."
"""`attr.size=M`: the query-string spelling of `{"attributes": {"size": "M"}}`."""


def _attribute_filters(values: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    given = values.get("attributes", {})
    if not isinstance(given, Mapping):
        raise FilterError("attributes must be an object of attribute names to values")
    pairs = [*given.items(), *((str(k)[len(ATTRIBUTE_PREFIX):], v) for k, v in values.items()
                               if str(k).startswith(ATTRIBUTE_PREFIX))]
    out: dict[str, tuple[str, ...]] = {}
    for key, value in pairs:
        name = fold(key)
        if not name:
            raise FilterError("an attribute filter needs an attribute name (attr.size=M)")
        wanted = tuple(fold(v) for v in _listed(value) if not blank(v))
        if wanted:
            out[name] = tuple(dict.fromkeys(out.get(name, ()) + wanted))
    return tuple(sorted(out.items()))


def _listed(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


def _number(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FilterError(f"{name} must be a number, not {value!r}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise FilterError(f"{name} must be a finite number")
    return number


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    key = str(value).strip().lower()
    if key not in _FLAGS:
        raise FilterError(f"in_stock must be true or false, not {value!r}")
    return _FLAGS[key]
