"""Business rules applied to every recommendation answer: boost and bury (a score factor per
matching item) and diversity (at most so many items per top-level category)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from recsys.catalog import ServingCatalog
from store.columns import category_key


@dataclass
class Rules:
    """Business rules applied to every answer. `boost` and `bury` are lists of
    `{"field": "category" | "brand" | "item_id", "value": str, "factor": float}`: a matching
    item's score is multiplied by the factor (category matches by path prefix)."""

    max_per_category: int | None = None
    boost: list[dict[str, Any]] = field(default_factory=list)
    bury: list[dict[str, Any]] = field(default_factory=list)
    session_gap_minutes: float = 120.0
    similar_content_weight: float = 0.2

    @classmethod
    def from_settings(cls, settings) -> "Rules":
        """Rules from `settings.recommendations` (a dict) when the settings carry one."""
        raw = getattr(settings, "recommendations", None) or {}
        if not isinstance(raw, dict):
            raw = dict(raw)
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _matches(rule: dict[str, Any], catalog: ServingCatalog) -> np.ndarray:
    fld, value = rule.get("field", "category"), str(rule.get("value", ""))
    columns = catalog.columns
    if fld == "category":
        return np.isin(columns.category.codes, columns.category_codes_under([category_key(value)]))
    if fld == "brand":
        return np.isin(columns.brand.codes, columns.brand.codes_of([value]))
    if fld == "item_id":
        return catalog.item_ids.astype(str) == value
    raise ValueError(f"rule field must be category, brand or item_id, not {fld!r}")


def rule_factors(rules: Rules, catalog: ServingCatalog) -> np.ndarray:
    """The score factor of every item position under the boost and bury rules."""
    factors = np.ones(len(catalog), dtype=np.float64)
    for rule in rules.boost:
        factors[_matches(rule, catalog)] *= float(rule.get("factor", 1.5))
    for rule in rules.bury:
        factors[_matches(rule, catalog)] *= float(rule.get("factor", 0.5))
    return factors


def select(scores: np.ndarray, mask: np.ndarray, k: int, *, factors: np.ndarray, top_categories: np.ndarray,
           max_per_category: int | None) -> list[tuple[int, float]]:
    """The k best (item, adjusted score) pairs: masked and non-finite items out, the best
    `max(5k, 50)` rescaled to 0.01..1 and multiplied by the rule factors, then at most
    `max_per_category` per top-level category."""
    s = np.where(mask & np.isfinite(scores), scores, -np.inf).astype(np.float64)
    valid = np.flatnonzero(s > -np.inf)
    if not len(valid):
        return []
    pool_n = min(len(valid), max(k * 5, 50))
    pool = valid[np.argpartition(-s[valid], pool_n - 1)[:pool_n]] if pool_n < len(valid) else valid
    ps = s[pool]
    lo, hi = ps.min(), ps.max()
    adj = ((ps - lo) / (hi - lo) if hi > lo else np.ones_like(ps)) * 0.99 + 0.01
    adj = adj * factors[pool]
    order = pool[np.argsort(-adj, kind="stable")]
    adj_by_item = dict(zip(pool.tolist(), adj.tolist()))
    chosen: list[tuple[int, float]] = []
    per_cat: dict[str, int] = {}
    for idx in order:
        if max_per_category:
            cat = top_categories[idx] or f"_{idx}"
            if per_cat.get(cat, 0) >= max_per_category:
                continue
            per_cat[cat] = per_cat.get(cat, 0) + 1
        chosen.append((int(idx), adj_by_item[idx]))
        if len(chosen) == k:
            break
    return chosen
