"""Serving-time recommendations: every storefront scenario, business rules and reasons.

`recsys.fitting.train_service(store, settings)` tunes and fits the models from a store;
`save`/`load` move the fitted service through a bundle directory; `recommend`, `similar` and
`bought_together` answer requests in-process in well under a few milliseconds.

Scenarios (`scenario=`, `recsys.scenarios.SCENARIOS`): `for-you` (discovery plus reorders),
`similar`, `bought-together`, `buy-again`, `trending`, `session` (anonymous: the item ids in the
request). With no scenario the shopper's journey state is read from their latest events
(`history`, newest first: `recsys.journey.read_state`) and the answer the nightly job chose for
that state on its validation windows is given (`recsys.journey.JourneyPolicy`, fitted by
`recsys.policy_fit`); a service without a fitted policy answers `for-you`. Events in `history` newer than the training run are folded into the user's profile at
request time, so a click changes the next answer without retraining. An unknown user gets
trending items (or, given `session_items`, items like those), never an error. Live catalogue
changes (price, stock, category) arrive through `update_items` (`store.feed.CatalogFollower`);
items new since the fit are shown at once by the rule of `recsys.fresh`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

from recsys.catalog import ServingCatalog
from recsys.fresh import FreshItems, category_label, mix, title_words
from recsys.journey import JourneyPolicy, compose, read_state
from recsys.persistence import FittedModels
from recsys.profile import Profile, timestamp
from recsys.reasons import Reasons
from recsys.rules import Rules, rule_factors, select
from recsys.scenarios import SCENARIOS, Ask
from store.columns import category_key
from store.filters import Filters

EXCLUDE_MODES = ("purchased", "interacted", "none")


class RecommendationService:
    """Fitted models plus the catalogue facts that rules and filters need; see the module doc."""

    def __init__(self, models: FittedModels, *, rules: Rules | None = None, catalog=None,
                 policy: JourneyPolicy | None = None):
        self.models = models
        self.policy = policy
        self.explain = True  # False: answers without reasons (validation scoring only)
        self.item_ids = models.item_ids
        self.item_index = {str(i): n for n, i in enumerate(self.item_ids)}
        self.user_index = {str(u): n for n, u in enumerate(models.user_ids)}
        # a store whose events carry no purchases (views, ratings used as views): `exclude=purchased`
        # leaves out what the shopper interacted with, as the validation's `new` view does
        self.sells = bool(models.purchased.nnz)
        self.rules = rules or Rules()
        self.fresh = FreshItems()  # catalogue items added after the fit (`recsys.fresh`)
        self.set_catalog(catalog)

    @property
    def model_version(self) -> str:
        return self.models.model_version

    @property
    def config(self):
        return self.models.config

    # -- catalogue and rules ----------------------------------------------------------------

    def set_catalog(self, catalog) -> None:
        """Align catalogue facts (titles, categories, brands, prices, stock) on the model's items;
        call again when the whole catalogue changes (`update_items` for a few rows)."""
        self.catalog = ServingCatalog(self.item_ids, catalog)
        self.reasons = Reasons(self.catalog, self.models.hybrid, self.models.purchased)
        self._factors = rule_factors(self.rules, self.catalog)

    def update_items(self, rows: list[dict]) -> None:
        """Apply changed catalogue rows (the store's `items_changed_since`): price, stock, title,
        category, brand and attributes of items the models know; items new since the fit join
        the fresh items (`recsys.fresh`), shown at once."""
        rows = list(rows)
        if self.catalog.update_items(rows):
            self._factors = rule_factors(self.rules, self.catalog)
        self.fresh.update(r for r in rows if str(r.get("item_id")) not in self.item_index)

    def set_rules(self, rules: Rules) -> None:
        """Replace the business rules (diversity, boost, bury) without retraining."""
        self.rules = rules
        self._factors = rule_factors(rules, self.catalog)

    def filter_mask(self, filters) -> np.ndarray:
        """Items passing request filters (`store.filters.Filters`, or a mapping of them); an
        unknown filter is a ValueError (`FilterError`: the API answers 400)."""
        return Filters.of(filters).mask(self.catalog.columns)

    # -- persistence ------------------------------------------------------------------------

    def save(self, directory) -> None:
        """Write the service to `directory` (`recsys.persistence`; no pickle)."""
        self.models.save(directory, self.rules)
        if self.policy is not None:
            self.policy.save(directory)

    @classmethod
    def load(cls, directory, catalog) -> "RecommendationService":
        """Read a service written by `save`; `catalog` (a `store.db.Catalog`, or None)
        supplies the current titles, categories, prices and stock."""
        models, rules = FittedModels.load(directory)
        return cls(models, rules=rules, catalog=catalog, policy=JourneyPolicy.load(directory))

    # -- request-time state -----------------------------------------------------------------

    def profile(self, user_id: str, history: list[dict] | None = None,
                session_items: list[str] | None = None) -> Profile:
        """The shopper as this request sees them: the fitted row with `history` events newer
        than the fit folded in, `session_items` as views, the session within the rules' gap."""
        m = self.models
        u = self.user_index.get(str(user_id), -1)
        if u >= 0:  # the fitted row, read from the CSR arrays (scipy's row indexing costs more)
            start, end = m.user_items.indptr[u], m.user_items.indptr[u + 1]
            row = np.zeros(len(self.item_ids), dtype=np.float32)
            np.add.at(row, m.user_items.indices[start:end], m.user_items.data[start:end])
            purchased = set(m.purchased.indices[m.purchased.indptr[u]:m.purchased.indptr[u + 1]].tolist())
        else:
            row = np.zeros(len(self.item_ids), dtype=np.float32)
            purchased = set()
        interacted = set(np.flatnonzero(row).tolist())
        fresh_known = False
        recent: list[tuple[int, str, float | None]] = []
        for event in history or []:
            idx = self.item_index.get(str(event.get("item_id")))
            if idx is None:
                continue
            kind = str(event.get("type") or "view")
            ts = timestamp(event.get("timestamp"))
            recent.append((idx, kind, ts))
            if u < 0 or ts is None or ts > m.trained_until:
                w = m.event_weights.get(kind, 0.0)
                row[idx] = max(row[idx] + w, 0.0)
                fresh_known = fresh_known or (u >= 0 and w != 0)
            if kind == "purchase":
                purchased.add(idx)
            if m.event_weights.get(kind, 0.0) > 0:
                interacted.add(idx)
        view_w = m.event_weights.get("view", 1.0) or 1.0
        for item in session_items or []:
            idx = self.item_index.get(str(item))
            if idx is None:
                continue
            row[idx] += view_w
            interacted.add(idx)
            recent.append((idx, "view", None))
        # the session: events within the gap of the newest one
        if recent and recent[0][2] is not None:
            newest, gap = recent[0][2], self.rules.session_gap_minutes * 60
            recent = [r for r in recent if r[2] is None or newest - r[2] <= gap]
        nz = np.flatnonzero(row)
        csr = sp.csr_matrix((row[nz], nz, np.array([0, len(nz)])), shape=(1, len(row)))
        return Profile(u, csr, purchased, interacted, recent, fresh_known)

    # -- scoring helpers (what scenarios use) -----------------------------------------------

    def similar_scores(self, anchors: list[int], weights: list[float] | None = None) -> np.ndarray:
        """Weighted sum over `anchors` of behaviour similarity (each anchor's best = 1) plus text
        similarity (in full where behaviour knows nothing of the anchor)."""
        ids = np.asarray(anchors, dtype=np.int64)
        w = np.asarray(weights or [1.0] * len(anchors), dtype=np.float32)
        s = np.asarray(self.models.similar_model.item_scores(ids), dtype=np.float32)
        top = s.max(axis=1, keepdims=True)
        s = np.where(top > 0, s / np.where(top > 0, top, 1.0), s)
        if self.models.content is not None:
            c = np.maximum(np.asarray(self.models.content.item_scores(ids), dtype=np.float32), 0)
            s = s + np.where(top > 0, self.rules.similar_content_weight, 1.0) * c
        return (w[:, None] * s).sum(axis=0)

    def copurchase_scores(self, anchors: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Summed per-anchor-normalised co-purchase scores, and for each item the anchor it
        goes with best (index into `anchors`; meaningful where the item scores above 0)."""
        per_anchor = np.asarray(self.models.copurchase.item_scores(np.asarray(anchors, dtype=np.int64)),
                                dtype=np.float32)
        per_anchor = np.where(np.isfinite(per_anchor), per_anchor, 0.0)
        top = per_anchor.max(axis=1, keepdims=True)
        total = (per_anchor / np.where(top > 0, top, 1.0)).sum(axis=0)
        return total, per_anchor.argmax(axis=0)

    def finish(self, scores: np.ndarray, reasons_fn: Callable[[np.ndarray], list[str]], k: int,
               mask: np.ndarray) -> list[dict]:
        """Apply the mask, boost/bury, diversity; top k with reasons."""
        chosen = select(scores, mask, k, factors=self._factors, top_categories=self.catalog.top_categories,
                        max_per_category=self.rules.max_per_category)
        ranked = np.array([i for i, _ in chosen], dtype=np.int64)
        reasons = reasons_fn(ranked) if self.explain else [""] * len(chosen)
        return [{"item_id": str(self.item_ids[i]), "score": round(float(score), 6), "reason": r}
                for (i, score), r in zip(chosen, reasons)]

    # -- answers ----------------------------------------------------------------------------

    def masks(self, used: str, profile: Profile, filters, exclude: str) -> tuple[np.ndarray, np.ndarray]:
        """(what may be answered, what reorders may be): filters, then `exclude`."""
        base_mask = self.filter_mask(filters)
        mask = base_mask.copy()
        if exclude == "purchased" and not self.sells:
            exclude = "interacted"  # a log with no purchases: what the shopper had is what they touched
        if exclude == "purchased" and used != "buy-again":
            mask[list(profile.purchased)] = False
        elif exclude == "interacted":
            mask[list(profile.interacted | profile.purchased)] = False
        # after a purchase, reorders are the point: they pass `exclude=purchased` (not `interacted`)
        return mask, (base_mask if exclude in ("purchased", "none") else mask)

    def recommend(self, user_id: str, *, k: int = 10, scenario: str | None = None,
                  history: list[dict] | None = None, session_items: list[str] | None = None,
                  filters: dict | None = None, exclude: str = "purchased") -> dict:
        """Recommendations for one shopper; see the module doc for scenarios and rules.

        `exclude`: `purchased` (items the shopper bought; ignored by `buy-again`, whose point
        they are; on a store whose events carry no purchases, what they interacted with),
        `interacted` (anything with a positive event) or `none`. Returns
        `{"user_id", "scenario", "items": [{"item_id", "score", "reason"}], "model_version"}`.
        """
        if scenario is not None and scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}: use one of {', '.join(SCENARIOS)}")
        if exclude not in EXCLUDE_MODES:
            raise ValueError(f"exclude must be one of {', '.join(EXCLUDE_MODES)}, not {exclude!r}")
        if k <= 0:
            return {"user_id": user_id, "scenario": scenario or "for-you", "items": [],
                    "model_version": self.model_version}
        profile = self.profile(user_id, history, session_items)
        if scenario is None:
            return self._with_fresh(self._default(user_id, profile, k, filters, exclude), profile, k, filters,
                                    history, exclude)
        used = scenario
        if used in ("for-you", "session", "buy-again") and profile.cold:
            used = "trending"  # cold start: nothing known about this shopper
        mask, reorder_mask = self.masks(used, profile, filters, exclude)
        items = SCENARIOS[used](self, Ask(profile, k, mask, reorder_mask))
        if not items and used != "trending":
            # nothing qualifies for the scenario (no anchor, no co-purchases): trending instead
            fallback = SCENARIOS["trending"](self, Ask(profile, k, mask))
            if fallback:
                items, used = fallback, "trending"
        return self._with_fresh({"user_id": user_id, "scenario": used, "items": items,
                                 "model_version": self.model_version}, profile, k, filters, history, exclude)

    def _with_fresh(self, result: dict, profile: Profile, k: int, filters, history, exclude: str) -> dict:
        """Fresh items in the shopper's categories mixed into a personal answer (`recsys.fresh`)."""
        if not len(self.fresh) or result["scenario"] in ("trending", "buy-again", "bought-together"):
            return result
        anchors = [r[0] for r in profile.recent][:5] or list(profile.row.indices[np.argsort(-profile.row.data)][:3])
        skip = set() if exclude == "none" else {str(e.get("item_id")) for e in history or []}
        fresh = self.fresh.like(list(dict.fromkeys(self.catalog.category_path(int(a)) for a in anchors)),
                                filters=filters, skip=skip, limit=k)
        return {**result, "items": mix(result["items"], fresh, k)} if fresh else result

    def state(self, profile: Profile) -> str:
        """The shopper's journey state (`recsys.journey.read_state`) on the model's clock."""
        gap = self.policy.gap_days if self.policy is not None else JourneyPolicy().gap_days
        return read_state(profile, self.catalog, self.models.trained_until, gap)

    def answers(self, names: list[str], profile: Profile, k: int, mask: np.ndarray) -> dict[str, list[dict]]:
        """The policy answers `names` (`recsys.journey.ANSWERS`), each scenario's list computed
        once under one strict `mask` (reorders only where the mask lets them), composed."""
        lists: dict[str, list[dict]] = {}

        def part(scenario: str) -> list[dict]:
            if scenario not in lists:
                if profile.user < 0 and scenario == "buy-again":
                    lists[scenario] = []
                else:
                    lists[scenario] = SCENARIOS[scenario](self, Ask(profile, k, mask, mask))
            return lists[scenario]
        return {name: compose(name, part, k) for name in names}

    def _default(self, user_id: str, profile: Profile, k: int, filters, exclude: str) -> dict:
        """No scenario asked: the fitted policy's answer for the shopper's journey state."""
        policy = self.policy or JourneyPolicy()
        used = policy.choose(self.state(profile), exclude)
        mask, _ = self.masks("for-you", profile, filters, exclude)
        items = self.answers([used], profile, k, mask)[used]
        if not items and used != "trending":
            items, used = SCENARIOS["trending"](self, Ask(profile, k, mask)), "trending"
        return {"user_id": user_id, "scenario": used, "items": items, "model_version": self.model_version}

    def _item(self, item_id: str) -> int:
        idx = self.item_index.get(str(item_id))
        if idx is None:
            raise KeyError(item_id)
        return idx

    def similar(self, item_id: str, *, k: int = 10, filters: dict | None = None) -> list[dict]:
        """Items like `item_id` (behaviour, and text for items nobody has touched yet), fresh
        items of its category mixed in (`recsys.fresh`). KeyError for an unknown item."""
        if str(item_id) in self.fresh and str(item_id) not in self.item_index:
            return self._similar_to_fresh(str(item_id), k, filters)
        idx = self._item(item_id)
        mask = self.filter_mask(filters)
        mask[idx] = False
        scores = self.similar_scores([idx])
        label = self.reasons.label(idx)
        out = self.finish(np.where(scores > 0, scores, -np.inf), lambda items: [f"similar to {label}"] * len(items),
                          k, mask)
        if not len(self.fresh):
            return out
        fresh = self.fresh.like([self.catalog.category_path(idx)], brand=self.catalog.brand(idx),
                                words=self.catalog.words(idx), filters=filters, limit=k)
        return mix(out, fresh, k)

    def _similar_to_fresh(self, item_id: str, k: int, filters) -> list[dict]:
        """A fresh item's similar items: known items of its category by what sells now, the
        other fresh items of it mixed in."""
        row = self.fresh.row(item_id)
        path = category_key(row.get("category"))
        mask = self.filter_mask(filters) & self.catalog.under(path)
        scores = np.asarray(self.models.trending.popularity_, dtype=np.float64) + 1e-9
        label = category_label(row.get("category")) or "its category"
        out = self.finish(scores, lambda items: [f"also in {label}"] * len(items), k, mask) if path else []
        fresh = self.fresh.like([path], brand=row.get("brand") or "", words=title_words(row.get("title")),
                                filters=filters, skip={item_id}, limit=k)
        return mix(out, fresh, k)

    def bought_together(self, item_id: str, *, k: int = 10, filters: dict | None = None) -> list[dict]:
        """Items often in the same basket as `item_id`; KeyError for an unknown item. Items
        never bought with anything get similar items instead (reason says so)."""
        if str(item_id) in self.fresh and str(item_id) not in self.item_index:
            return self.similar(item_id, k=k, filters=filters)  # nobody has bought it yet
        idx = self._item(item_id)
        mask = self.filter_mask(filters)
        mask[idx] = False
        scores, _ = self.copurchase_scores([idx])
        label = self.reasons.label(idx)
        out = self.finish(np.where(scores > 0, scores, -np.inf),
                          lambda items: [f"often bought with {label}"] * len(items), k, mask)
        if len(out) < k:
            seen = {o["item_id"] for o in out} | {str(item_id)}
            extra = self.similar(item_id, k=k, filters=filters)
            out += [e for e in extra if e["item_id"] not in seen][: k - len(out)]
        return out

