"""Serving-time recommendations: every storefront scenario, business rules and reasons.

`RecommendationService.train(store, settings)` tunes and fits the models from a store;
`save`/`load` move the fitted service through a bundle directory; `recommend`, `similar` and
`bought_together` answer requests in-process in well under a few milliseconds.

Scenarios (`scenario=`): `for-you` (discovery plus reorders), `similar`, `bought-together`,
`buy-again`, `trending`, `session` (anonymous: the item ids in the request). With no scenario the
shopper's journey is read from their latest events (`history`, newest first): browsing ->
`for-you`; comparing several items of one category -> `similar`; something in the cart ->
`bought-together`; just bought -> `bought-together` with reorders mixed in. Events in `history`
newer than the training run are folded into the user's profile at request time, so a click
changes the next answer without retraining. An unknown user gets trending items (or, given
`session_items`, items like those), never an error.
"""

from __future__ import annotations

import gc
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from recsys.base import Recommender
from store.files import load_csr, save_csr
from recsys.models import (ContentRecommender, CoPurchaseRecommender, HybridRecommender,
                           ItemKNNRecommender, PopularityRecommender)
from recsys.signals import baskets
from recsys.tuning import (FitData, TunedConfig, apply_overrides, config_from_dict, default_config,
                           fit_data_from_events, fit_hybrid, tune)

SCENARIOS = ("for-you", "similar", "bought-together", "buy-again", "trending", "session")
EXCLUDE_MODES = ("purchased", "interacted", "none")
BUNDLE_FORMAT = 1
BASKET_TYPES = ("purchase", "add_to_cart")


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


def _norm_category(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return " > ".join(part.strip().lower() for part in str(value).split(">") if part.strip())


def _top_category(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    parts = [p.strip() for p in str(value).split(">") if p.strip()]
    return parts[0] if parts else ""


def _truthy(value) -> bool:
    """A filter flag as sent: True, "true", "1", "yes" (query strings arrive as text)."""
    if isinstance(value, str):
        value = value.strip().lower()
        if value in ("", "0", "false", "no", "off"):
            return False
        if value in ("1", "true", "yes", "on"):
            return True
        raise ValueError(f"in_stock must be true or false, not {value!r}")
    return bool(value)


def _ts(value) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime):
        return value.timestamp()
    try:
        return pd.Timestamp(value).timestamp()
    except (ValueError, TypeError):
        return None


class RecommendationService:
    """A fitted set of models plus the catalogue facts that rules need; see the module doc."""

    def __init__(self, *, item_ids: np.ndarray, user_ids: np.ndarray, user_items: sp.csr_matrix,
                 purchased: sp.csr_matrix, hybrid: HybridRecommender, similar_model: Recommender,
                 copurchase: CoPurchaseRecommender, trending: PopularityRecommender,
                 content: ContentRecommender | None, config: TunedConfig, event_weights: dict[str, float],
                 trained_until: float, model_version: str, rules: Rules | None = None, catalog=None):
        self.item_ids = np.asarray(item_ids, dtype=object)
        self.user_ids = np.asarray(user_ids, dtype=object)
        self.item_index = {str(i): n for n, i in enumerate(self.item_ids)}
        self.user_index = {str(u): n for n, u in enumerate(self.user_ids)}
        self.user_items = sp.csr_matrix(user_items, dtype=np.float32)
        self.purchased = sp.csr_matrix(purchased, dtype=np.float32)
        self.hybrid = hybrid
        self.similar_model = similar_model
        self.copurchase = copurchase
        self.trending = trending
        self.content = content
        self.config = config
        self.event_weights = dict(event_weights)
        self.trained_until = float(trained_until)
        self.model_version = model_version
        self.rules = rules or Rules()
        self.set_catalog(catalog)

    # -- catalogue --------------------------------------------------------------------------

    def set_catalog(self, catalog) -> None:
        """Align catalogue facts (titles, categories, brands, prices, stock) on the model's items;
        call again when the catalogue changes (a price or stock update needs no retraining)."""
        n = len(self.item_ids)
        self.titles = np.array([str(i) for i in self.item_ids], dtype=object)
        self.categories = np.full(n, "", dtype=object)
        self.brands = np.full(n, "", dtype=object)
        self.prices = np.full(n, np.nan)
        self.in_stock = np.ones(n, dtype=bool)
        self.known_in_catalog = np.zeros(n, dtype=bool)
        if catalog is not None and len(catalog):
            pos = pd.Index(np.asarray(catalog.item_ids).astype(str)).get_indexer(self.item_ids.astype(str))
            ok = pos >= 0
            src = pos[ok]
            self.known_in_catalog[ok] = True
            self.titles[ok] = [t if t else i for t, i in zip(np.asarray(catalog.titles)[src], self.item_ids[ok])]
            self.categories[ok] = np.asarray(catalog.categories, dtype=object)[src]
            self.brands[ok] = np.asarray(catalog.brands, dtype=object)[src]
            self.prices[ok] = np.asarray(catalog.prices, dtype=np.float64)[src]
            self.in_stock[ok] = np.asarray(catalog.in_stock, dtype=bool)[src]
        self.categories_norm = np.array([_norm_category(c) for c in self.categories], dtype=object)
        self.top_categories = np.array([_top_category(c) for c in self.categories], dtype=object)
        self.brands_norm = np.array(["" if b is None or b != b else str(b).strip().lower() for b in self.brands],
                                    dtype=object)
        self._rule_factors = self._compute_rule_factors()

    def set_rules(self, rules: Rules) -> None:
        """Replace the business rules (diversity, boost, bury) without retraining."""
        self.rules = rules
        self._rule_factors = self._compute_rule_factors()

    def _match(self, rule: dict[str, Any]) -> np.ndarray:
        fld, value = rule.get("field", "category"), str(rule.get("value", ""))
        if fld == "category":
            prefix = _norm_category(value)
            return np.array([c == prefix or c.startswith(prefix + " > ") for c in self.categories_norm])
        if fld == "brand":
            return self.brands_norm == value.strip().lower()
        if fld == "item_id":
            return self.item_ids.astype(str) == value
        raise ValueError(f"rule field must be category, brand or item_id, not {fld!r}")

    def _compute_rule_factors(self) -> np.ndarray:
        factors = np.ones(len(self.item_ids), dtype=np.float64)
        for rule in self.rules.boost:
            factors[self._match(rule)] *= float(rule.get("factor", 1.5))
        for rule in self.rules.bury:
            factors[self._match(rule)] *= float(rule.get("factor", 0.5))
        return factors

    def filter_mask(self, filters: dict | None) -> np.ndarray:
        """Items passing request filters: category (path prefix), brand, min_price, max_price,
        in_stock. An unknown filter name is a ValueError (the API answers 400)."""
        mask = np.ones(len(self.item_ids), dtype=bool)
        if not filters:
            return mask
        unknown = set(filters) - {"category", "brand", "min_price", "max_price", "in_stock"}
        if unknown:
            raise ValueError(f"unknown filter {sorted(unknown)[0]!r}: use category, brand, min_price, max_price, in_stock")
        if filters.get("category"):
            prefix = _norm_category(filters["category"])
            mask &= np.array([c == prefix or c.startswith(prefix + " > ") for c in self.categories_norm])
        if filters.get("brand"):
            mask &= self.brands_norm == str(filters["brand"]).strip().lower()
        if filters.get("min_price") is not None:
            mask &= self.prices >= float(filters["min_price"])
        if filters.get("max_price") is not None:
            mask &= self.prices <= float(filters["max_price"])
        if _truthy(filters.get("in_stock")):
            mask &= self.in_stock
        return mask

    # -- training ---------------------------------------------------------------------------

    @classmethod
    def train(cls, store, settings, *, time_budget_s: float = 300, show_progress: bool = False,
              rules: Rules | None = None, incumbent: dict | None = None) -> tuple["RecommendationService", dict]:
        """Tune (within `time_budget_s`), fit every model on all events, and report.

        Returns the fitted service and a report: the chosen configuration, validation metrics
        of the time split the tuner used (`holdout`; with `incumbent`, the serving bundle's
        configuration as a dict, also its scores on that same split), data sizes and timings.
        """
        started = time.perf_counter()
        log = print if show_progress else (lambda _m: None)
        events = store.event_arrays()
        catalog = store.catalog()
        data = fit_data_from_events(events, catalog.item_ids if len(catalog) else None)
        t_load = time.perf_counter() - started
        log(f"loaded {len(events)} events, {data.shape[0]} users, {data.shape[1]} items in {t_load:.1f}s")
        remaining = time_budget_s - (time.perf_counter() - started)
        if remaining > 5 and len(events):
            tuning = tune(data, settings, time_budget_s=remaining * 0.8, log=log,
                          incumbent=config_from_dict(incumbent))
            config, holdout, trials = tuning.config, tuning.validation, tuning.trials
            stopped = tuning.stopped_early
        else:
            config = apply_overrides(default_config(settings, data.shape[1]), settings.recommendation_overrides)
            holdout, trials, stopped = {"skipped": True}, [], False
        t_tune = time.perf_counter() - started - t_load
        gc.collect()  # the tuner's caches: collect them now, not during the first requests
        service = cls.fit(data, config, catalog=catalog, session_rows=events.session_ids,
                          rules=rules or Rules.from_settings(settings))
        t_total = time.perf_counter() - started
        report = {"config": config.as_dict(), "holdout": holdout, "tuning_trials": len(trials),
                  "tuning_stopped_early": stopped, "users": int(data.shape[0]), "items": int(data.shape[1]),
                  "events": int(len(events)), "model_version": service.model_version,
                  "timings": {"load_s": round(t_load, 2), "tuning_s": round(t_tune, 2),
                              "fit_s": round(t_total - t_load - t_tune, 2), "total_s": round(t_total, 2)},
                  "primary_metric": "ndcg@10", "greater_is_better": True}
        log(f"trained in {t_total:.1f}s: {config.discovery} {config.discovery_params}")
        return service, report

    @classmethod
    def fit(cls, data: FitData, config: TunedConfig, *, catalog=None, session_rows=None,
            rules: Rules | None = None, embeddings: np.ndarray | None = None,
            discovery=None) -> "RecommendationService":
        """Fit every model of `config` on `data` (no tuning). `discovery`: an already fitted
        discovery model to use instead of fitting the one `config` names (the Spark engine's)."""
        n_users, n_items = data.shape
        hybrid, x = fit_hybrid(data, config, discovery=discovery)
        x_all = data.matrix(config.event_weights, None)
        similar_model = ItemKNNRecommender(similarity="cosine", neighbours=100).fit(x_all)
        # baskets: sessions where the events carry them, else one user's day
        basket_mask = np.isin(data.types, BASKET_TYPES)
        session = None
        if session_rows is not None and len(session_rows) == len(data.ts):
            session = np.asarray(session_rows, dtype=object)[basket_mask]
        b = baskets(data.user_codes[basket_mask], data.item_codes[basket_mask], data.ts[basket_mask], n_items,
                    session_ids=session)
        if b.shape[0] == 0:  # no purchases or carts: sessions of views stand in
            b = baskets(data.user_codes, data.item_codes, data.ts, n_items)
        copurchase = CoPurchaseRecommender(alpha=0.5, neighbours=100).fit(b)
        trend_x = data.matrix({t: max(w, 0.0) for t, w in config.event_weights.items()}, 7.0)
        categories = None
        if catalog is not None and len(catalog):
            pos = pd.Index(np.asarray(catalog.item_ids).astype(str)).get_indexer(data.item_ids.astype(str))
            cats = np.asarray(catalog.categories, dtype=object)
            categories = np.array([_top_category(cats[p]) if p >= 0 else "" for p in pos], dtype=object)
        trending = PopularityRecommender(category_weight=1.0).fit(trend_x, categories=categories)
        content = None
        if embeddings is None and catalog is not None and len(catalog) >= 3:
            embeddings = text_embeddings(catalog, data.item_ids)
        if embeddings is not None:
            content = ContentRecommender().fit(x, embeddings=embeddings)
        purchases = np.isin(data.types, ("purchase",))
        purchased = sp.csr_matrix((np.ones(int(purchases.sum()), dtype=np.float32),
                                   (data.user_codes[purchases], data.item_codes[purchases])), shape=data.shape)
        purchased.sum_duplicates()
        purchased.data[:] = 1.0
        version = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return cls(item_ids=data.item_ids, user_ids=data.user_ids, user_items=x, purchased=purchased,
                   hybrid=hybrid, similar_model=similar_model, copurchase=copurchase, trending=trending,
                   content=content, config=config, event_weights=config.event_weights,
                   trained_until=data.now, model_version=version, rules=rules, catalog=catalog)

    # -- persistence ------------------------------------------------------------------------

    def save(self, directory) -> None:
        """Write the service to `directory`: models as `.npy` + `params.json` sub-directories,
        id arrays and user matrices as `.npy`, the rest in `service.json`. No pickle."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "item_ids.npy", self.item_ids.astype(str), allow_pickle=False)
        np.save(path / "user_ids.npy", self.user_ids.astype(str), allow_pickle=False)
        save_csr(path, "user_items", self.user_items)
        save_csr(path, "purchased", self.purchased)
        self.hybrid.save(path / "models" / "hybrid")
        self.similar_model.save(path / "models" / "similar")
        self.copurchase.save(path / "models" / "copurchase")
        self.trending.save(path / "models" / "trending")
        if self.content is not None:
            self.content.save(path / "models" / "content")
        meta = {"format": BUNDLE_FORMAT, "model_version": self.model_version, "config": self.config.as_dict(),
                "event_weights": self.event_weights, "trained_until": self.trained_until,
                "rules": self.rules.as_dict()}
        (path / "service.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, directory, catalog) -> "RecommendationService":
        """Read a service written by `save`; `catalog` (a `store.db.Catalog`, or None)
        supplies the current titles, categories, prices and stock."""
        path = Path(directory)
        meta = json.loads((path / "service.json").read_text())
        models = path / "models"
        content = Recommender.load(models / "content") if (models / "content").exists() else None
        return cls(item_ids=np.load(path / "item_ids.npy").astype(object),
                   user_ids=np.load(path / "user_ids.npy").astype(object),
                   user_items=load_csr(path, "user_items"), purchased=load_csr(path, "purchased"),
                   hybrid=HybridRecommender.load(models / "hybrid"),
                   similar_model=Recommender.load(models / "similar"),
                   copurchase=Recommender.load(models / "copurchase"),
                   trending=Recommender.load(models / "trending"), content=content,
                   config=TunedConfig(**meta["config"]), event_weights=meta["event_weights"],
                   trained_until=meta["trained_until"], model_version=meta["model_version"],
                   rules=Rules(**meta["rules"]), catalog=catalog)

    # -- request-time state -----------------------------------------------------------------

    def _profile(self, user_id: str, history: list[dict] | None, session_items: list[str] | None):
        """(user row index or -1, interaction row 1 x n, purchased item set, interacted set,
        recent session events newest first as (item index, type, ts), whether events newer than
        the fit were folded into a known user's row)."""
        u = self.user_index.get(str(user_id), -1)
        n = len(self.item_ids)
        if u >= 0:
            row = self.user_items[u].toarray().ravel()
            purchased = set(self.purchased.indices[self.purchased.indptr[u]:self.purchased.indptr[u + 1]].tolist())
        else:
            row = np.zeros(n, dtype=np.float32)
            purchased = set()
        interacted = set(np.flatnonzero(row).tolist())
        fresh_known = False
        recent: list[tuple[int, str, float | None]] = []
        for event in history or []:
            idx = self.item_index.get(str(event.get("item_id")))
            if idx is None:
                continue
            kind = str(event.get("type") or "view")
            ts = _ts(event.get("timestamp"))
            recent.append((idx, kind, ts))
            fresh = u < 0 or ts is None or ts > self.trained_until
            if fresh:
                w = self.event_weights.get(kind, 0.0)
                row[idx] = max(row[idx] + w, 0.0)
                fresh_known = fresh_known or (u >= 0 and w != 0)
            if kind == "purchase":
                purchased.add(idx)
            if self.event_weights.get(kind, 0.0) > 0:
                interacted.add(idx)
        view_w = self.event_weights.get("view", 1.0) or 1.0
        for item in session_items or []:
            idx = self.item_index.get(str(item))
            if idx is None:
                continue
            row[idx] += view_w
            interacted.add(idx)
            recent.append((idx, "view", None))
        # the session: events within the gap of the newest one
        if recent and recent[0][2] is not None:
            newest = recent[0][2]
            gap = self.rules.session_gap_minutes * 60
            recent = [r for r in recent if r[2] is None or newest - r[2] <= gap]
        fresh = fresh_known
        return u, sp.csr_matrix(row.reshape(1, -1)), purchased, interacted, recent, fresh

    def _journey(self, u: int, recent, row) -> str:
        if not recent:
            return "for-you" if (u >= 0 or row.nnz) else "trending"
        newest_kind = recent[0][1]
        if newest_kind in ("purchase", "add_to_cart"):
            return "bought-together"
        views = [r for r in recent if r[1] in ("view", "click")][:6]
        distinct = list(dict.fromkeys(r[0] for r in views))
        if len(distinct) >= 2:
            cats = [self.categories_norm[i] for i in distinct]
            if cats[0] and sum(c == cats[0] for c in cats) >= 2:
                return "similar"
        return "for-you"

    # -- scoring helpers --------------------------------------------------------------------

    def _similar_scores(self, anchors: list[int], weights: list[float] | None = None) -> np.ndarray:
        ids = np.asarray(anchors, dtype=np.int64)
        w = np.asarray(weights or [1.0] * len(anchors), dtype=np.float32)
        s = np.asarray(self.similar_model._item_scores(ids), dtype=np.float32)
        top = s.max(axis=1, keepdims=True)
        s = np.where(top > 0, s / np.where(top > 0, top, 1.0), s)
        if self.content is not None:
            c = np.maximum(np.asarray(self.content._item_scores(ids), dtype=np.float32), 0)
            s = s + np.where(top > 0, self.rules.similar_content_weight, 1.0) * c
        return (w[:, None] * s).sum(axis=0)

    def _copurchase_scores(self, anchors: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Summed per-anchor-normalised co-purchase scores, and for each item the anchor it
        goes with best (index into `anchors`; meaningful where the item scores above 0)."""
        per_anchor = np.asarray(self.copurchase._item_scores(np.asarray(anchors, dtype=np.int64)), dtype=np.float32)
        per_anchor = np.where(np.isfinite(per_anchor), per_anchor, 0.0)
        top = per_anchor.max(axis=1, keepdims=True)
        total = (per_anchor / np.where(top > 0, top, 1.0)).sum(axis=0)
        return total, per_anchor.argmax(axis=0)

    def _label(self, idx: int) -> str:
        return str(self.titles[idx])

    def _verb(self, u: int, idx: int, recent) -> str:
        for r in recent:
            if r[0] == idx:
                return {"purchase": "bought", "add_to_cart": "added to your cart"}.get(r[1], "viewed")
        if u >= 0:
            s, e = self.purchased.indptr[u], self.purchased.indptr[u + 1]
            if idx in self.purchased.indices[s:e]:
                return "bought"
        return "viewed"

    def _because(self, u: int, row: sp.csr_matrix, items: np.ndarray, recent) -> list[str]:
        """For each item, the history item that contributes most through item similarity."""
        hist = row.indices
        if not len(hist):
            return [self._trending_reason(int(i)) for i in items]
        weights = row.data
        if len(hist) > 50:
            keep = np.argsort(-weights)[:50]
            hist, weights = hist[keep], weights[keep]
        sims = np.asarray(self.hybrid.pair_scores(hist, items), dtype=np.float32)
        contrib = sims * weights[:, None]
        best = np.argmax(contrib, axis=0)
        out = []
        for col, item in enumerate(items):
            source = int(hist[best[col]])
            if contrib[best[col], col] <= 0 or source == item:
                out.append(self._trending_reason(int(item)))
            else:
                out.append(f"because you {self._verb(u, source, recent)} {self._label(source)}")
        return out

    def _buy_again_reason(self, u: int, idx: int) -> str:
        ba = self.hybrid.buy_again_
        days = ba.interval_days(u, idx) if (ba is not None and u >= 0) else None
        if days is not None:
            return f"you buy this every ~{max(1, round(days))} days"
        return "you bought this before"

    def _trending_reason(self, idx: int) -> str:
        cat = self.top_categories[idx]
        return f"trending in {cat}" if cat else "trending now"

    # -- answers ----------------------------------------------------------------------------

    def _finish(self, scores: np.ndarray, reasons_fn, k: int, mask: np.ndarray) -> list[dict]:
        """Apply the mask, boost/bury, diversity; top k with reasons."""
        s = np.where(mask & np.isfinite(scores), scores, -np.inf).astype(np.float64)
        valid = np.flatnonzero(s > -np.inf)
        if not len(valid):
            return []
        pool_n = min(len(valid), max(k * 5, 50))
        pool = valid[np.argpartition(-s[valid], pool_n - 1)[:pool_n]] if pool_n < len(valid) else valid
        ps = s[pool]
        lo, hi = ps.min(), ps.max()
        adj = ((ps - lo) / (hi - lo) if hi > lo else np.ones_like(ps)) * 0.99 + 0.01
        adj = adj * self._rule_factors[pool]
        order = pool[np.argsort(-adj, kind="stable")]
        adj_by_item = dict(zip(pool.tolist(), adj.tolist()))
        chosen: list[int] = []
        per_cat: dict[str, int] = {}
        cap = self.rules.max_per_category
        for idx in order:
            if cap:
                cat = self.top_categories[idx] or f"_{idx}"
                if per_cat.get(cat, 0) >= cap:
                    continue
                per_cat[cat] = per_cat.get(cat, 0) + 1
            chosen.append(int(idx))
            if len(chosen) == k:
                break
        reasons = reasons_fn(np.array(chosen, dtype=np.int64))
        return [{"item_id": str(self.item_ids[i]), "score": round(float(adj_by_item[i]), 6), "reason": r}
                for i, r in zip(chosen, reasons)]

    def recommend(self, user_id: str, *, k: int = 10, scenario: str | None = None,
                  history: list[dict] | None = None, session_items: list[str] | None = None,
                  filters: dict | None = None, exclude: str = "purchased") -> dict:
        """Recommendations for one shopper; see the module doc for scenarios and rules.

        `exclude`: `purchased` (items the shopper bought; ignored by `buy-again`, whose point
        they are), `interacted` (anything with a positive event) or `none`. Returns
        `{"user_id", "scenario", "items": [{"item_id", "score", "reason"}], "model_version"}`.
        """
        if scenario is not None and scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}: use one of {', '.join(SCENARIOS)}")
        if exclude not in EXCLUDE_MODES:
            raise ValueError(f"exclude must be one of {', '.join(EXCLUDE_MODES)}, not {exclude!r}")
        if k <= 0:
            return {"user_id": user_id, "scenario": scenario or "for-you", "items": [],
                    "model_version": self.model_version}
        u, row, purchased, interacted, recent, fresh = self._profile(user_id, history, session_items)
        used = scenario or self._journey(u, recent, row)
        if used in ("for-you", "session", "buy-again") and u < 0 and not row.nnz:
            used = "trending"  # cold start: nothing known about this shopper
        base_mask = self.filter_mask(filters)
        mask = base_mask.copy()
        if exclude == "purchased" and used != "buy-again":
            mask[list(purchased)] = False
        elif exclude == "interacted":
            mask[list(interacted | purchased)] = False
        # after a purchase, reorders are the point: they pass `exclude=purchased` (not `interacted`)
        reorder_mask = base_mask if exclude in ("purchased", "none") else mask
        items = self._answer(used, u, row, recent, k, mask, reorder_mask, fresh=fresh)
        if not items and used != "trending":
            # nothing qualifies for the scenario (no anchor, no co-purchases): trending instead
            fallback = self._answer("trending", u, row, recent, k, mask)
            if fallback:
                items, used = fallback, "trending"
        return {"user_id": user_id, "scenario": used, "items": items, "model_version": self.model_version}

    def _answer(self, used: str, u: int, row, recent, k: int, mask: np.ndarray,
                reorder_mask: np.ndarray | None = None, *, fresh: bool = False) -> list[dict]:
        if used == "trending":
            scores = np.atleast_2d(self.trending.score(np.array([u]), row))[0]
            return self._finish(scores, lambda items: [self._trending_reason(i) for i in items], k, mask)
        if used in ("for-you", "session"):
            uid = np.array([u if used == "for-you" else -1])
            d, b = self.hybrid.parts(uid, row, refold=fresh)
            d, b = d[0], b[0]
            if used == "session":
                b = np.zeros_like(b)
            # what sells now breaks ties (and ranks what nothing in the profile speaks for)
            scores = d + b + 1e-3 * np.asarray(self.trending.popularity_, dtype=np.float32)

            def reasons(items):
                because = self._because(u, row, items, recent)
                return [self._buy_again_reason(u, i) if b[i] > max(d[i], 0) else r
                        for i, r in zip(items, because)]
            return self._finish(scores, reasons, k, mask)
        if used == "buy-again":
            ba = self.hybrid.buy_again_
            if ba is None:
                return []
            scores = np.atleast_2d(ba.score(np.array([u]), row))[0].astype(np.float64)
            scores[scores <= 0] = -np.inf
            return self._finish(scores, lambda items: [self._buy_again_reason(u, i) for i in items], k, mask)
        if used == "similar":
            anchors = [r[0] for r in recent if r[1] in ("view", "click", "add_to_cart")][:3] or \
                list(row.indices[np.argsort(-row.data)][:3])
            if not anchors:
                return []
            scores = self._similar_scores(anchors, [1.0, 0.5, 0.25][:len(anchors)])
            mask = mask.copy()
            mask[anchors[0]] = False
            return self._finish(np.where(scores > 0, scores, -np.inf), lambda items: [
                f"similar to {self._label(anchors[0])}" for _ in items], k, mask)
        if used == "bought-together":
            cart = [r[0] for r in recent if r[1] in ("add_to_cart", "purchase")]
            anchors = list(dict.fromkeys(cart))[:5]
            if not anchors and u >= 0:
                s, e = self.purchased.indptr[u], self.purchased.indptr[u + 1]
                anchors = self.purchased.indices[s:e][:5].tolist()
            if not anchors:
                anchors = [r[0] for r in recent][:3]
            if not anchors:
                return []
            scores, best = self._copurchase_scores(anchors)
            mask = mask.copy()
            mask[anchors] = False
            scores = np.where(scores > 0, scores, -np.inf)
            reorder = {}
            if recent and recent[0][1] == "purchase" and self.hybrid.buy_again_ is not None and u >= 0:
                ba = np.atleast_2d(self.hybrid.buy_again_.score(np.array([u]), row))[0]
                # reorders: take half the slots from the items the shopper buys again
                top_ba = [i for i in np.argsort(-ba)[:k] if ba[i] > 0 and i not in anchors]
                base = np.nanmax(np.where(np.isfinite(scores), scores, np.nan)) if np.isfinite(scores).any() else 1.0
                allowed = reorder_mask if reorder_mask is not None else mask
                top_ba = [i for i in top_ba if allowed[i]]
                for rank, i in enumerate(top_ba[: max(1, k // 2)]):
                    scores[i] = max(scores[i], base * (1.0 - 0.01 * (2 * rank + 1)))
                    reorder[int(i)] = True
                    mask[i] = True

            def reasons(items):
                out = []
                for i in items:
                    if int(i) in reorder:
                        out.append(self._buy_again_reason(u, int(i)))
                    elif scores[i] > 0:
                        out.append(f"often bought with {self._label(anchors[best[i]])}")
                    else:
                        out.append("often bought together")
                return out
            return self._finish(scores, reasons, k, mask)
        raise ValueError(f"unknown scenario {used!r}")  # pragma: no cover

    def similar(self, item_id: str, *, k: int = 10, filters: dict | None = None) -> list[dict]:
        """Items like `item_id` (behaviour, and text for items nobody has touched yet).
        KeyError for an item the model does not know."""
        idx = self.item_index.get(str(item_id))
        if idx is None:
            raise KeyError(item_id)
        mask = self.filter_mask(filters)
        mask[idx] = False
        scores = self._similar_scores([idx])
        label = self._label(idx)
        return self._finish(np.where(scores > 0, scores, -np.inf), lambda items: [f"similar to {label}"] * len(items),
                            k, mask)

    def bought_together(self, item_id: str, *, k: int = 10, filters: dict | None = None) -> list[dict]:
        """Items often in the same basket as `item_id`; KeyError for an unknown item. Items
        never bought with anything get similar items instead (reason says so)."""
        idx = self.item_index.get(str(item_id))
        if idx is None:
            raise KeyError(item_id)
        mask = self.filter_mask(filters)
        mask[idx] = False
        scores, _ = self._copurchase_scores([idx])
        label = self._label(idx)
        out = self._finish(np.where(scores > 0, scores, -np.inf),
                           lambda items: [f"often bought with {label}"] * len(items), k, mask)
        if len(out) < k:
            seen = {o["item_id"] for o in out} | {str(item_id)}
            extra = self.similar(item_id, k=k, filters=filters)
            out += [e for e in extra if e["item_id"] not in seen][: k - len(out)]
        return out


def text_embeddings(catalog, item_ids: np.ndarray, *, dim: int = 64, random_state: int = 0) -> np.ndarray | None:
    """TF-IDF (words and character n-grams) of title, category, brand and description, reduced
    by truncated SVD: a dependency-free embedding for the content model. Rows follow `item_ids`;
    items missing from the catalogue get zero vectors."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    def clean(v):
        return "" if v is None or (isinstance(v, float) and v != v) or str(v) == "nan" else str(v)

    pos = pd.Index(np.asarray(catalog.item_ids).astype(str)).get_indexer(np.asarray(item_ids).astype(str))
    texts = []
    for p in pos:
        if p < 0:
            texts.append("")
            continue
        texts.append(" ".join([clean(catalog.titles[p]), clean(catalog.categories[p]), clean(catalog.brands[p]),
                               clean(catalog.descriptions[p])[:500]]))
    if sum(bool(t.strip()) for t in texts) < 3:
        return None
    tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), min_df=1, max_features=50_000,
                            sublinear_tf=True).fit_transform(texts)
    n_comp = min(dim, tfidf.shape[0] - 1, tfidf.shape[1] - 1)
    if n_comp < 2:
        return tfidf.toarray().astype(np.float32)
    return TruncatedSVD(n_components=n_comp, random_state=random_state).fit_transform(tfidf).astype(np.float32)
