"""Auto-tuning: choose the model mix and hyper-parameters for this store from its own data.

The newest part of the training window is held out (a temporal split, scored on two windows:
the newest and the one before it, so a choice must hold twice; a per-user random split of
purchases when the events carry no usable times) and candidate configurations are scored on it
coordinate by coordinate, defaults first, until the time budget is spent (a candidate whose fit
would not finish in the time left is skipped):

1. event weights (only when the store has several event types): the configured weights against
   the other types down-weighted, up-weighted, or ignored;
2. the discovery model: the decay half-life of its input, item momentum (strength and window),
   then EASE at several L2 strengths (catalogues up to 6k items: its fit is cubic), BM25
   item-kNN and ALS; scored on the `new` view (items the user has not bought before);
3. for the two best discovery models: the repurchase mix (buy-again weight, half-life, momentum,
   repurchase-rate and cycle terms), scored on the `all` view (repurchases count); the finalist
   with the best mean of both views wins.

The result is a `TunedConfig` (plain JSON) that `RecommendationService.train` fits on all data.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from recsys.evaluation import RankingEvaluator, temporal_split, truth_from_events, user_random_split, without_seen
from recsys.interactions import event_weights
from store.db import EventArrays
from recsys.models import (ALSRecommender, BuyAgainRecommender, EASERecommender, HybridRecommender,
                           ItemKNNRecommender, PopularityRecommender, Recommender)
from recsys.signals import PURCHASE_TYPES, SECONDS_PER_DAY, item_momentum, purchase_occasions

EASE_MAX_ITEMS = 20_000
# above this the O(n^3) EASE fit (about a minute at 9k items on 2 cores) is not chosen automatically
EASE_AUTO_MAX_ITEMS = 6_000


@dataclass
class TunedConfig:
    """Everything the service needs to fit its "for you" model."""

    event_weights: dict[str, float] = field(default_factory=dict)
    discovery: str = "ease"  # ease | bm25 | als
    discovery_params: dict[str, Any] = field(default_factory=dict)
    discovery_half_life_days: float | None = 45.0
    discovery_momentum: float = 0.5
    buy_again_weight: float = 3.0
    buy_again_half_life_days: float = 240.0
    buy_again_params: dict[str, Any] = field(default_factory=dict)
    repurchase_momentum: float = 0.5
    momentum_half_life_days: float = 7.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_config(settings, n_items: int) -> TunedConfig:
    """The configuration used without tuning (and the tuner's first candidate)."""
    discovery = "ease" if n_items <= EASE_AUTO_MAX_ITEMS else "bm25"
    return TunedConfig(event_weights=dict(settings.event_weights), discovery=discovery,
                       discovery_params={"l2": 250.0} if discovery == "ease" else {},
                       discovery_half_life_days=getattr(settings, "half_life_days", 45.0))


#: discovery models the tuner and the configuration may name, with their fixed arguments
DISCOVERY_MODELS: dict[str, tuple[type[Recommender], dict[str, Any]]] = {
    "ease": (EASERecommender, {"l2": 250.0}),
    "bm25": (ItemKNNRecommender, {"similarity": "bm25"}),
    "cosine": (ItemKNNRecommender, {"similarity": "cosine"}),
    "als": (ALSRecommender, {"factors": 64}),
    "popularity": (PopularityRecommender, {}),  # never chosen by the tuner: a baseline to pin
}


def make_discovery(config: TunedConfig, n_items: int) -> Recommender:
    """The (unfitted) discovery model `config` names, from `DISCOVERY_MODELS`."""
    if config.discovery not in DISCOVERY_MODELS:
        raise ValueError(f"unknown discovery model {config.discovery!r}; known: {', '.join(DISCOVERY_MODELS)}")
    cls, fixed = DISCOVERY_MODELS[config.discovery]
    params = {**fixed, **config.discovery_params}
    if cls is EASERecommender:
        # values are event weights: a purchase (the heaviest type) counts as 1
        params.setdefault("scale", max([w for w in config.event_weights.values() if w > 0] or [1.0]))
    return cls(**params)


@dataclass
class FitData:
    """The arrays a configuration is fitted from: events coded against fixed user/item axes."""

    user_codes: np.ndarray
    item_codes: np.ndarray
    types: np.ndarray
    ts: np.ndarray
    quantity: np.ndarray
    user_ids: np.ndarray
    item_ids: np.ndarray
    now: float

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.user_ids), len(self.item_ids)

    def subset(self, mask: np.ndarray, now: float | None = None) -> "FitData":
        return FitData(self.user_codes[mask], self.item_codes[mask], self.types[mask], self.ts[mask],
                       self.quantity[mask], self.user_ids, self.item_ids,
                       self.now if now is None else now)

    def matrix(self, weights: dict[str, float], half_life_days: float | None,
               quantity_scaling: str = "log") -> sp.csr_matrix:
        events = EventArrays(self.user_codes, self.item_codes, self.types, self.ts, self.quantity)
        w = event_weights(events, weights, half_life_days=half_life_days,
                          now=datetime.fromtimestamp(self.now, tz=timezone.utc),
                          quantity_scaling=quantity_scaling)
        m = sp.csr_matrix((w, (self.user_codes, self.item_codes)), shape=self.shape)
        m.sum_duplicates()
        np.maximum(m.data, 0.0, out=m.data)
        m.eliminate_zeros()
        return m.astype(np.float32)

    def purchase_mask(self) -> np.ndarray:
        return np.isin(self.types, PURCHASE_TYPES)


def fit_hybrid(data: FitData, config: TunedConfig, *, discovery: Recommender | None = None,
               buy_again: BuyAgainRecommender | None = None,
               momentum: np.ndarray | None = None) -> tuple[HybridRecommender, sp.csr_matrix]:
    """Fit the "for you" model of `config` on `data`; returns it and its input matrix. Already
    fitted parts can be passed in (the tuner reuses them across candidates)."""
    x = data.matrix(config.event_weights, config.discovery_half_life_days)
    if discovery is None:
        discovery = make_discovery(config, x.shape[1]).fit(x)
    purchases = data.purchase_mask()
    if buy_again is None:
        occ = purchase_occasions(data.user_codes[purchases], data.item_codes[purchases], data.ts[purchases],
                                 data.shape)
        buy_again = BuyAgainRecommender(half_life_days=config.buy_again_half_life_days,
                                        **config.buy_again_params).fit(
            occ.counts, first_ts=occ.first_ts, last_ts=occ.last_ts, now=data.now)
    if momentum is None:
        positive = purchases if purchases.any() else np.ones(len(data.ts), bool)
        momentum = item_momentum(data.item_codes[positive], data.ts[positive], data.shape[1], now=data.now,
                                 half_life_days=config.momentum_half_life_days)
    model = HybridRecommender(buy_again_weight=config.buy_again_weight,
                              discovery_momentum=config.discovery_momentum,
                              repurchase_momentum=config.repurchase_momentum)
    model.fit(x, discovery=discovery, buy_again=buy_again, momentum=momentum)
    return model, x


@dataclass
class TuningResult:
    config: TunedConfig
    validation: dict[str, Any]
    trials: list[dict[str, Any]]
    seconds: float
    split: str
    stopped_early: bool = False


def _evaluate(model: Recommender, x: sp.csr_matrix, truth: dict, *, exclude_seen: bool, seen: sp.csr_matrix,
              k: int = 10) -> dict:
    def recommend(users, depth):
        scores = np.array(model.score(users, x[users]), dtype=np.float32, copy=True)
        if exclude_seen:
            r, c = seen[users].nonzero()
            scores[r, c] = -np.inf
        part = np.argpartition(-scores, depth, axis=1)[:, :depth]
        order = np.argsort(-np.take_along_axis(scores, part, 1), axis=1, kind="stable")
        return np.take_along_axis(part, order, 1)

    return RankingEvaluator(truth, k=k, recall_k=20)(recommend)


def validation_split(data: FitData, *, valid_fraction: float = 0.1, min_days: float = 7.0,
                     max_days: float = 42.0, random_state: int = 0, fold: int = 0) -> tuple[FitData, dict, str]:
    """(train part, truth {user: items}, split name). Temporal when the events span time: the
    last window of the span (`fold=1`: the window before it, training on what precedes it);
    else per-user random over purchases (`fold` changes the seed)."""
    purchases = data.purchase_mask()
    target = purchases if purchases.any() else np.ones(len(data.ts), bool)
    span_days = (float(data.ts.max()) - float(data.ts.min())) / SECONDS_PER_DAY if len(data.ts) else 0.0
    if span_days >= 2 * min_days:
        days = float(np.clip(span_days * valid_fraction, min_days, max_days))
        end = float(data.ts.max()) - fold * days * SECONDS_PER_DAY
        cutoff = end - days * SECONDS_PER_DAY
        name = f"temporal (last {days:.0f} days" + (f", {fold} window(s) back)" if fold else ")")
        target_ts = np.sort(data.ts[target])
        in_window = int(((target_ts >= cutoff) & (target_ts < end)).sum())
        if in_window < valid_fraction * len(target_ts) / 4:
            # a quiet spell (a gap in the log, a few fresh events after it) leaves the window
            # nearly empty: take the newest `valid_fraction` of the target events instead
            n = max(int(len(target_ts) * valid_fraction), 1)
            hi = len(target_ts) - fold * n
            if hi - n > 0:
                end = float(target_ts[hi - 1]) + 1e-6
                cutoff = float(target_ts[hi - n])
                name = (f"temporal (newest {valid_fraction:.0%} of events" +
                        (f", {fold} window(s) back)" if fold else ")"))
        split = temporal_split(data.ts, cutoff=cutoff)
        train = data.subset(split.train, now=cutoff)
        trained_users = np.unique(train.user_codes)
        test = split.test & (data.ts < end) & target & np.isin(data.user_codes, trained_users)
    else:
        split = user_random_split(data.user_codes, test_fraction=0.2, min_events=2, mask=target,
                                  random_state=random_state + fold)
        train = data.subset(split.train)
        test = split.test
        name = "per-user random (20% of purchases)"
    truth = truth_from_events(data.user_codes[test], data.item_codes[test])
    return train, truth, name


class _Fold:
    """One validation split with everything trials share: caches of fitted parts."""

    def __init__(self, train: FitData, truth: dict, users: np.ndarray, base: TunedConfig, split: str = ""):
        self.train = train
        self.split = split  # the split's name (`validation_split`)
        self.truth_all = {int(u): truth[u] for u in users}
        seen = train.matrix({t: 1.0 for t in PURCHASE_TYPES}, None)
        if seen.nnz == 0:
            seen = train.matrix(train_weights_positive(base.event_weights), None)
        self.seen = seen
        self.truth_new = without_seen(self.truth_all, seen)
        purchases = train.purchase_mask()
        self.positive = purchases if purchases.any() else np.ones(len(train.ts), bool)
        self.occ = purchase_occasions(train.user_codes[purchases], train.item_codes[purchases],
                                      train.ts[purchases], train.shape)
        self.momentum_cache: dict[float, np.ndarray] = {}
        self.buy_again_cache: dict[str, BuyAgainRecommender] = {}
        self.discovery_cache: dict[str, tuple[Recommender, sp.csr_matrix]] = {}

    def momentum(self, hl: float) -> np.ndarray:
        if hl not in self.momentum_cache:
            t = self.train
            self.momentum_cache[hl] = item_momentum(t.item_codes[self.positive], t.ts[self.positive], t.shape[1],
                                                    now=t.now, half_life_days=hl)
        return self.momentum_cache[hl]

    def buy_again(self, cfg: TunedConfig) -> BuyAgainRecommender:
        key = repr((cfg.buy_again_half_life_days, sorted(cfg.buy_again_params.items())))
        if key not in self.buy_again_cache:
            self.buy_again_cache[key] = BuyAgainRecommender(
                half_life_days=cfg.buy_again_half_life_days, **cfg.buy_again_params).fit(
                self.occ.counts, first_ts=self.occ.first_ts, last_ts=self.occ.last_ts, now=self.train.now)
        return self.buy_again_cache[key]

    def discovery(self, cfg: TunedConfig) -> tuple[Recommender, sp.csr_matrix]:
        key = _discovery_key(cfg)
        if key not in self.discovery_cache:
            x = self.train.matrix(cfg.event_weights, cfg.discovery_half_life_days)
            self.discovery_cache[key] = (make_discovery(cfg, x.shape[1]).fit(x), x)
        return self.discovery_cache[key]

    def use_discovery(self, cfg: TunedConfig, model: Recommender, x: sp.csr_matrix) -> None:
        """Evaluate `cfg` with `model` (fitted elsewhere, e.g. by Spark on `x`) as its discovery part."""
        self.discovery_cache[_discovery_key(cfg)] = (model, x)

    def evaluate(self, cfg: TunedConfig, view: str) -> dict:
        disc, x = self.discovery(cfg)
        model = HybridRecommender(buy_again_weight=cfg.buy_again_weight if view == "all" else 0.0,
                                  discovery_momentum=cfg.discovery_momentum,
                                  repurchase_momentum=cfg.repurchase_momentum)
        model.fit(x, discovery=disc, buy_again=self.buy_again(cfg), momentum=self.momentum(cfg.momentum_half_life_days))
        truth = self.truth_all if view == "all" else self.truth_new
        return _evaluate(model, x, truth, exclude_seen=view == "new", seen=self.seen)


def validation_folds(data: FitData, base: TunedConfig, *, folds: int = 2, max_users: int = 3000,
                     random_state: int = 0) -> list[_Fold]:
    """Up to `folds` validation splits (`validation_split`: the newest window, then the one
    before it), each scoring at most `max_users` sampled users; stops at a split with fewer than
    20 users to score. Shared by the tuner and by engines that fit their models elsewhere."""
    rng = np.random.default_rng(random_state)
    out: list[_Fold] = []
    for f in range(max(1, folds)):
        train, truth, name = validation_split(data, random_state=random_state, fold=f)
        if len(truth) < 20:
            break
        users = np.array(sorted(truth))
        if len(users) > max_users:
            users = np.sort(rng.choice(users, max_users, replace=False))
        out.append(_Fold(train, truth, users, base, split=name))
    return out


def _score_on_folds(fold_list: list[_Fold], cfg: TunedConfig, view: str) -> float:
    """Mean NDCG@10 of `cfg` over the folds, outside any time budget."""
    return float(np.mean([fold.evaluate(cfg, view)["ndcg@10"] for fold in fold_list]))


def _discovery_key(cfg: TunedConfig) -> str:
    return repr((cfg.discovery, sorted(cfg.discovery_params.items()), cfg.discovery_half_life_days,
                 sorted(cfg.event_weights.items())))


def _estimated_fit_seconds(cfg: TunedConfig, n_items: int, observed: dict[str, float]) -> float:
    """What fitting this discovery model will cost, from what fits of its kind cost so far
    (EASE scales with the cube of the catalogue)."""
    if cfg.discovery in observed:
        return observed[cfg.discovery]
    if cfg.discovery == "ease":
        return 0.1 * (n_items / 1000.0) ** 3
    return 1.0


def config_from_dict(values: dict[str, Any] | None) -> TunedConfig | None:
    """A `TunedConfig` from its `as_dict()` form (a bundle's report), ignoring unknown keys;
    None when `values` cannot make one."""
    if not values:
        return None
    known = {f.name for f in fields(TunedConfig)}
    try:
        cfg = TunedConfig(**{k: v for k, v in values.items() if k in known})
    except TypeError:
        return None
    return cfg if cfg.discovery in DISCOVERY_MODELS else None


def apply_overrides(config: TunedConfig, overrides: dict[str, Any] | None) -> TunedConfig:
    """`config` with the operator's pinned values (settings `recommendation_overrides`)."""
    if not overrides:
        return config
    known = {f.name for f in fields(TunedConfig)}
    unknown = set(overrides) - known
    if unknown:
        raise ValueError(f"unknown recommendation_overrides {sorted(unknown)}; known: {sorted(known)}")
    values = dict(overrides)
    if "discovery" in values and values["discovery"] != config.discovery:
        values.setdefault("discovery_params", {})  # the tuned model's parameters do not carry over
    cfg = replace(config, **values)
    make_discovery(cfg, 1)  # an unknown discovery model fails here, before any fitting
    return cfg


def tune(data: FitData, settings, *, time_budget_s: float = 300.0, max_users: int = 3000, folds: int = 2,
         log: Callable[[str], None] | None = None, random_state: int = 0,
         incumbent: TunedConfig | None = None) -> TuningResult:
    """Choose a `TunedConfig` for `data` within `time_budget_s` seconds (see the module doc).

    Every candidate is scored on `folds` validation splits (the newest window and the one
    before it: a choice must hold twice) and the mean counts. A candidate whose model would
    not fit in the time left is skipped. Values pinned in `settings.recommendation_overrides`
    replace the tuned ones, and the validation metrics are those of the final configuration.

    `incumbent` (the serving bundle's configuration) is fitted on the same training windows and
    scored on the same held-out users, so that the quality gate compares like with like; its
    scores are `validation["incumbent"]`. (The serving bundle's own arrays were trained on
    events that fall inside tonight's holdout, so they cannot be scored on it fairly.)"""
    started = time.perf_counter()
    log = log or (lambda _msg: None)
    n_items = data.shape[1]
    base = default_config(settings, n_items)
    fold_list = validation_folds(data, base, folds=folds, max_users=max_users, random_state=random_state)
    split_name = fold_list[0].split if fold_list else ""
    trials: list[dict[str, Any]] = []
    if not fold_list:
        log("tuning skipped: fewer than 20 validation users")
        return TuningResult(apply_overrides(base, getattr(settings, "recommendation_overrides", None)),
                            {"skipped": True}, trials, time.perf_counter() - started, split_name or "none")
    deadline = started + time_budget_s
    stopped = False
    fit_cost: dict[str, float] = {}
    cache: dict[str, float] = {}

    def trial(cfg: TunedConfig, view: str) -> float:
        nonlocal stopped
        key = view + repr(cfg.as_dict())
        if key in cache:
            return cache[key]
        left = deadline - time.perf_counter()
        new_fit = _discovery_key(cfg) not in fold_list[0].discovery_cache
        if left <= 0 or (new_fit and _estimated_fit_seconds(cfg, n_items, fit_cost) * len(fold_list) > left):
            stopped = True
            return -np.inf
        t0 = time.perf_counter()
        results = []
        for fold in fold_list:
            f0 = time.perf_counter()
            if new_fit:
                fold.discovery(cfg)
                fit_cost[cfg.discovery] = max(fit_cost.get(cfg.discovery, 0.0), time.perf_counter() - f0)
            results.append(fold.evaluate(cfg, view))
        value = float(np.mean([r["ndcg@10"] for r in results]))
        cache[key] = value
        trials.append({"view": view, "ndcg@10": round(value, 5),
                       "recall@20": round(float(np.mean([r["recall@20"] for r in results])), 5),
                       "seconds": round(time.perf_counter() - t0, 2), "config": cfg.as_dict()})
        log(f"  {view:3s} ndcg@10={value:.4f} {cfg.discovery} {cfg.discovery_params} "
            f"hl={cfg.discovery_half_life_days} mom={cfg.discovery_momentum} "
            f"ba={cfg.buy_again_weight}/{cfg.buy_again_half_life_days}/{cfg.repurchase_momentum}/{cfg.buy_again_params}")
        return value

    def best_of(candidates: list[TunedConfig], view: str, current: TunedConfig, current_score: float):
        for cfg in candidates:
            score = trial(cfg, view)
            if score > current_score:
                current, current_score = cfg, score
        return current, current_score

    train0 = fold_list[0].train
    purchases = train0.purchase_mask()
    # stage 1: event weights (several behaviour types only)
    best = base
    best_score = trial(best, "new")
    types_present = set(np.unique(train0.types).tolist()) & {t for t, w in base.event_weights.items() if w > 0}
    if types_present - {"purchase"} and purchases.any():
        variants = []
        for factor in (0.3, 3.0):
            w = dict(best.event_weights)
            for t in types_present - {"purchase", "remove_from_cart"}:
                w[t] = w[t] * factor
            variants.append(replace(best, event_weights=w))
        variants.append(replace(best, event_weights={**best.event_weights,
                                                     **{t: 0.0 for t in types_present - {"purchase"}}}))
        best, best_score = best_of(variants, "new", best, best_score)
    # stage 2: discovery model, decay, momentum
    best, best_score = best_of([replace(best, discovery_half_life_days=h) for h in (45.0, 90.0, 20.0, None)],
                               "new", best, best_score)
    best, best_score = best_of([replace(best, discovery_momentum=m) for m in (0.0, 0.5, 1.0)], "new",
                               best, best_score)
    if best.discovery_momentum:
        best, best_score = best_of([replace(best, momentum_half_life_days=h) for h in (7.0, 15.0, 30.0)], "new",
                                   best, best_score)
    models = []
    if n_items <= EASE_AUTO_MAX_ITEMS:
        models += [replace(best, discovery="ease", discovery_params={"l2": l2}) for l2 in (250.0, 100.0, 500.0)]
    models += [replace(best, discovery="bm25", discovery_params={"neighbours": 100}),
               replace(best, discovery="als", discovery_params={"factors": 64, "iterations": 15})]
    scored = [(best_score, best)]
    for cfg in models:
        scored.append((trial(cfg, "new"), cfg))
    scored.sort(key=lambda t: -t[0])
    # the best two discovery models of different kinds go on to the repurchase mix
    finalists, kinds = [], set()
    for score, cfg in scored:
        if np.isfinite(score) and cfg.discovery not in kinds:
            finalists.append((score, cfg))
            kinds.add(cfg.discovery)
        if len(finalists) == 2:
            break
    if not finalists:  # out of time before anything was scored: the defaults stand
        finalists = [(best_score, best)]
    repeat_share = float(np.mean([(f.occ.counts.data >= 2).mean() if f.occ.counts.nnz else 0.0 for f in fold_list]))
    # stage 3: repurchase mix on the all view, for each finalist; keep the best mean of both views
    chosen, chosen_all, chosen_new, chosen_objective = finalists[0][1], -np.inf, finalists[0][0], -np.inf
    for new_score, cfg in finalists:
        if repeat_share > 0:
            all_score = trial(cfg, "all")
            cfg, all_score = best_of([replace(cfg, buy_again_weight=w) for w in (1.0, 3.0, 10.0, 30.0, 0.0)],
                                     "all", cfg, all_score)
            if cfg.buy_again_weight > 0:
                for field_name, values in (("repurchase_momentum", (0.0, 0.5, 1.0)),
                                           ("buy_again_half_life_days", (60.0, 120.0, 240.0))):
                    cfg, all_score = best_of([replace(cfg, **{field_name: v}) for v in values], "all", cfg, all_score)
                for param, values in (("item_rate_weight", (0.0, 0.5, 1.0)), ("cycle_boost", (0.0, 0.5)),
                                      ("count_power", (0.5, 1.0))):
                    cfg, all_score = best_of([replace(cfg, buy_again_params={**cfg.buy_again_params, param: v})
                                              for v in values], "all", cfg, all_score)
        else:
            cfg = replace(cfg, buy_again_weight=0.0)
            all_score = trial(cfg, "all")
        objective = (all_score + new_score) / 2
        if objective > chosen_objective:
            chosen, chosen_all, chosen_new, chosen_objective = cfg, all_score, new_score, objective
    overrides = getattr(settings, "recommendation_overrides", None)
    if overrides:
        chosen = apply_overrides(chosen, overrides)
        chosen_all, chosen_new = (_score_on_folds(fold_list, chosen, view) for view in ("all", "new"))
        log(f"  pinned by recommendation_overrides {overrides}: all {chosen_all:.4f}, new {chosen_new:.4f}")
    seconds = time.perf_counter() - started
    validation = {"split": split_name, "folds": len(fold_list), "users": len(fold_list[0].truth_all),
                  "users_new": len(fold_list[0].truth_new),
                  "all": {"ndcg@10": chosen_all}, "new": {"ndcg@10": chosen_new},
                  "primary_metric": "ndcg@10", "greater_is_better": True, "repeat_share": repeat_share}
    if incumbent is not None:
        try:
            validation["incumbent"] = {view: {"ndcg@10": _score_on_folds(fold_list, incumbent, view)}
                                       for view in ("all", "new")}
        except Exception as exc:  # a configuration this version cannot fit: say so, do not fail
            validation["incumbent"] = {"error": f"{type(exc).__name__}: {exc}"}
        log(f"  serving configuration on the same holdout: {validation['incumbent']}")
    return TuningResult(chosen, validation, trials, seconds, split_name, stopped)


def train_weights_positive(weights: dict[str, float]) -> dict[str, float]:
    return {t: 1.0 for t, w in weights.items() if w > 0}


def fit_data_from_events(events, item_ids: np.ndarray | None = None) -> FitData:
    """Code `store.db.EventArrays` against user and item axes (items: `item_ids`, the
    catalogue order, plus event items outside it appended; users: sorted)."""
    users, user_codes = (np.unique(events.user_ids.astype(str), return_inverse=True) if len(events)
                         else (np.array([], dtype=object), np.array([], dtype=np.int64)))
    event_items = events.item_ids.astype(str) if len(events) else np.array([], dtype=str)
    if item_ids is None or not len(item_ids):
        item_ids = np.unique(event_items)
    else:
        item_ids = np.asarray(item_ids).astype(str)
        extra = np.setdiff1d(np.unique(event_items), item_ids)
        item_ids = np.concatenate([item_ids, extra])
    index = pd.Index(item_ids)
    item_codes = index.get_indexer(event_items)
    now = float(events.ts.max()) if len(events) else time.time()
    return FitData(user_codes.astype(np.int64), item_codes.astype(np.int64),
                   np.asarray(events.types, dtype=object), np.asarray(events.ts, dtype=np.float64),
                   np.asarray(events.quantity, dtype=np.float64), np.asarray(users, dtype=object),
                   np.asarray(item_ids, dtype=object), now)
