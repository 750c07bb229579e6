"""Fitting: a configuration fitted into a serving `RecommendationService` (`fit_service`), and the
nightly job's recommendation stage from a store (`train_service`: events -> `FitData` -> tuned
or ALS-engine configuration -> holdout -> fit -> journey policy -> report), for every engine alike."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from recsys.als import ALSFitter, Window
from recsys.base import Recommender
from recsys.catalog import top_category
from recsys.config import TunedConfig, apply_overrides, check_overrides, config_from_dict, default_config, make_discovery
from recsys.fitdata import FitData, fit_data_from_events
from recsys.folds import holdout
from recsys.models import (BuyAgainRecommender, ContentRecommender, CoPurchaseRecommender, HybridRecommender,
                           ItemKNNRecommender, PopularityRecommender)
from recsys.persistence import FittedModels
from recsys.policy_fit import fit_policy, table_lines
from recsys.rules import Rules
from recsys.service import RecommendationService
from recsys.signals import baskets, item_momentum, purchase_occasions
from recsys.tuning import tune

BASKET_TYPES = ("purchase", "add_to_cart")
#: overrides an ALS engine cannot honour: its discovery model is the ALS it fits
ALS_IGNORED_OVERRIDES = ("discovery", "discovery_params")


# -- one configuration ----------------------------------------------------------------------

def fit_hybrid(data: FitData, config: TunedConfig, *, discovery: Recommender | None = None,
               buy_again: BuyAgainRecommender | None = None,
               momentum: np.ndarray | None = None) -> tuple[HybridRecommender, sp.csr_matrix]:
    """Fit the "for you" model of `config` on `data`; returns it and its input matrix. Already
    fitted parts can be passed in (the tuner reuses them across candidates)."""
    x = data.matrix(config.event_weights, config.discovery_half_life_days)
    if discovery is None:
        discovery = make_discovery(config, x.shape[1], np.unique(data.types)).fit(x)
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
                              repurchase_momentum=config.repurchase_momentum, random_state=config.random_state)
    model.fit(x, discovery=discovery, buy_again=buy_again, momentum=momentum)
    return model, x


def _copurchase(data: FitData, session_rows) -> CoPurchaseRecommender:
    """Bought together, on baskets: sessions where the events carry them, else one user's day."""
    basket_mask = np.isin(data.types, BASKET_TYPES)
    session = None
    if session_rows is not None and len(session_rows) == len(data.ts):
        session = np.asarray(session_rows, dtype=object)[basket_mask]
    b = baskets(data.user_codes[basket_mask], data.item_codes[basket_mask], data.ts[basket_mask], data.shape[1],
                session_ids=session)
    if b.shape[0] == 0:  # no purchases or carts: sessions of views stand in
        b = baskets(data.user_codes, data.item_codes, data.ts, data.shape[1])
    return CoPurchaseRecommender(alpha=0.5, neighbours=100).fit(b)


def _trending(data: FitData, config: TunedConfig, catalog) -> PopularityRecommender:
    """Popularity of the last week or so, within the top-level categories a shopper favours."""
    trend_x = data.matrix({t: max(w, 0.0) for t, w in config.event_weights.items()}, 7.0)
    categories = None
    if catalog is not None and len(catalog):
        pos = pd.Index(np.asarray(catalog.item_ids).astype(str)).get_indexer(data.item_ids.astype(str))
        cats = np.asarray(catalog.categories, dtype=object)
        categories = np.array([top_category(cats[p]) if p >= 0 else "" for p in pos], dtype=object)
    return PopularityRecommender(category_weight=1.0).fit(trend_x, categories=categories)


def _purchased(data: FitData) -> sp.csr_matrix:
    purchases = np.isin(data.types, ("purchase",))
    purchased = sp.csr_matrix((np.ones(int(purchases.sum()), dtype=np.float32),
                               (data.user_codes[purchases], data.item_codes[purchases])), shape=data.shape)
    purchased.sum_duplicates()
    purchased.data[:] = 1.0
    return purchased


def fit_service(data: FitData, config: TunedConfig, *, catalog=None, session_rows=None,
                rules: Rules | None = None, embeddings: np.ndarray | None = None,
                discovery: Recommender | None = None) -> RecommendationService:
    """Fit every model of `config` on `data` (no tuning). `discovery`: an already fitted
    discovery model to use instead of fitting the one `config` names (an ALS engine's)."""
    hybrid, x = fit_hybrid(data, config, discovery=discovery)
    similar_model = ItemKNNRecommender(similarity="cosine", neighbours=100).fit(data.matrix(config.event_weights, None))
    copurchase = _copurchase(data, session_rows)
    trending = _trending(data, config, catalog)
    content = None
    if embeddings is None and catalog is not None and len(catalog) >= 3:
        embeddings = text_embeddings(catalog, data.item_ids)
    if embeddings is not None:
        content = ContentRecommender().fit(x, embeddings=embeddings)
    version = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    models = FittedModels(item_ids=data.item_ids, user_ids=data.user_ids, user_items=x, purchased=_purchased(data),
                          hybrid=hybrid, similar_model=similar_model, copurchase=copurchase, trending=trending,
                          content=content, config=config, event_weights=config.event_weights,
                          trained_until=data.now, model_version=version)
    return RecommendationService(models, rules=rules, catalog=catalog)


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


# -- the nightly job's recommendation stage -------------------------------------------------

@dataclass
class _Choice:
    """A configuration chosen for the store, its holdout scores and what choosing cost."""

    config: TunedConfig
    holdout: dict[str, Any]
    timings: dict[str, float]
    trials: int = 0
    stopped: bool = False
    discovery: Recommender | None = None  # fitted by an ALS engine on all the data
    head: dict[str, Any] = field(default_factory=dict)  # report keys before the config


def split_overrides(overrides: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(applied, ignored) parts of `recommendation_overrides` under an ALS engine, checked."""
    overrides = dict(overrides or {})
    check_overrides(overrides)
    ignored = {k: overrides.pop(k) for k in ALS_IGNORED_OVERRIDES if k in overrides}
    return overrides, ignored


def _tuned(data: FitData, settings, *, budget_s: float, n_events: int, log, incumbent,
           random_state: int = 0) -> _Choice:
    """The local engine: tune the model mix within the budget (or, without one, the defaults)."""
    t0 = time.perf_counter()
    if budget_s > 5 and n_events:
        tuning = tune(data, settings, time_budget_s=budget_s * 0.8, log=log, incumbent=config_from_dict(incumbent),
                      random_state=random_state)
        choice = _Choice(tuning.config, tuning.validation, {}, len(tuning.trials), tuning.stopped_early)
        choice = _champion(choice, incumbent, settings.recommendation_overrides, log)
    else:
        config = apply_overrides(default_config(settings, data.shape[1]), settings.recommendation_overrides)
        choice = _Choice(config, {"skipped": True}, {})
    choice.timings["tuning_s"] = round(time.perf_counter() - t0, 2)
    return choice


def _champion(choice: _Choice, incumbent: dict | None, overrides, log) -> _Choice:
    """The serving configuration, refitted on tonight's data, instead of tonight's tuned one when
    it scores better on the same holdout (the gate's primary metric, all.ndcg@10): the tuner's
    pick lost to the champion, so the bundle carries the champion rather than being refused
    whole (with the search index learnt tonight). Not where the operator's pins would change
    the champion (it was scored without them): the gate then judges the tuned one as before."""
    scored = (choice.holdout.get("incumbent") or {}).get("all") or {}
    champion = config_from_dict(incumbent)
    ours = (choice.holdout.get("all") or {}).get("ndcg@10")
    if champion is None or ours is None or "ndcg@10" not in scored or scored["ndcg@10"] <= ours:
        return choice
    if apply_overrides(champion, overrides) != champion:
        return choice
    log(f"  the serving configuration beats tonight's tuned one on the same holdout "
        f"(all ndcg@10 {scored['ndcg@10']:.4f} vs {ours:.4f}): it is kept, refitted on tonight's data")
    tuned = {view: choice.holdout.get(view) for view in ("all", "new")}
    holdout = {**choice.holdout, "all": dict(scored), "new": dict(choice.holdout["incumbent"].get("new") or {}),
               "tuned": tuned, "champion_kept": True}
    return replace(choice, config=champion, holdout=holdout)


def _with_als(data: FitData, settings, als: ALSFitter, *, folds: int, log, incumbent) -> _Choice:
    """An ALS engine: Kaiyu's default mix with the operator's pinned values, discovery by `als`;
    the holdout windows fitted by it too, then the model served on all the data."""
    applied, _ = split_overrides(getattr(settings, "recommendation_overrides", None))
    config = als.configure(apply_overrides(default_config(settings, data.shape[1]), applied), data)
    with als.session():
        t0 = time.perf_counter()
        log(f"holdout ({folds} window(s)), ALS {config.discovery_params}")
        if folds > 0:
            report = holdout(data, config, als, folds=folds, incumbent=config_from_dict(incumbent),
                             random_state=config.random_state)
        else:
            report = {"skipped": True, "reason": "no holdout windows asked for"}
        t_holdout = time.perf_counter() - t0
        if not report.get("skipped"):
            log(f"holdout all ndcg@10 {report['all']['ndcg@10']:.4f}, "
                f"new ndcg@10 {report['new']['ndcg@10']:.4f} in {t_holdout:.1f} s")
        t0 = time.perf_counter()
        x = data.matrix(config.event_weights, config.discovery_half_life_days)
        discovery = als.fit(data, x, config, Window("final"))
        t_fit = time.perf_counter() - t0
    return _Choice(config, report, {"holdout_s": round(t_holdout, 2), f"{als.name}_fit_s": round(t_fit, 2)},
                   discovery=discovery, head={"engine": als.name})


def _journey_policy(data: FitData, config: TunedConfig, catalog, rules: Rules, embeddings, seed: int, log):
    """The journey policy for `config` (`recsys.policy_fit`), each fold's service fitted like the
    served one (same catalogue, rules and text embeddings)."""
    def fit(train: FitData) -> RecommendationService:
        return fit_service(train, config, catalog=catalog, rules=rules, embeddings=embeddings)

    policy, report = fit_policy(data, config, fit, random_state=seed, log=log)
    for line in table_lines(report):
        log(line)
    return policy, report


def train_service(store, settings, *, time_budget_s: float = 300, show_progress: bool = False,
                  rules: Rules | None = None, incumbent: dict | None = None, als: ALSFitter | None = None,
                  events=None, holdout_folds: int = 2,
                  log: Callable[[str], None] | None = None) -> tuple[RecommendationService, dict]:
    """Choose a configuration for the store, fit every model on all events, and report.

    `als=None` (the local engine): tune the model mix within `time_budget_s`, ALS among the
    candidates fitted by `implicit` here. An `ALSFitter` (the Spark engine's): no tuning; the
    default mix with the pinned `recommendation_overrides` (but the discovery model, which is
    that fitter's ALS) is scored on `holdout_folds` windows and served. `events`: the event
    arrays to learn from (default: the store's).

    Returns the fitted service and a report: the chosen configuration, validation metrics of the
    time split (`holdout`; with `incumbent`, the serving bundle's configuration as a dict, also
    its scores on that same split), the journey policy's tables (`journey`: the answer the
    endpoint gives each journey state when no scenario is asked, `recsys.policy_fit`), data
    sizes and timings. `settings.random_state` (default 0) seeds the splits, the user samples of the
    tuner and the journey policy, the text embeddings and the discovery model (`TunedConfig.random_state`).
    """
    started = time.perf_counter()
    seed = int(getattr(settings, "random_state", 0) or 0)
    log = log or (print if show_progress else (lambda _m: None))
    events = store.event_arrays() if events is None else events
    catalog = store.catalog()
    data = fit_data_from_events(events, catalog.item_ids if len(catalog) else None)
    t_load = time.perf_counter() - started
    log(f"loaded {len(events)} events, {data.shape[0]} users, {data.shape[1]} items in {t_load:.1f}s")
    if als is None:
        choice = _tuned(data, settings, budget_s=time_budget_s - (time.perf_counter() - started),
                        n_events=len(events), log=log, incumbent=incumbent, random_state=seed)
    else:
        choice = _with_als(data, settings, als, folds=holdout_folds, log=log, incumbent=incumbent)
    gc.collect()  # the tuner's caches: collect them now, not during the first requests
    t0 = time.perf_counter()
    rules = rules or Rules.from_settings(settings)
    embeddings = text_embeddings(catalog, data.item_ids, random_state=seed) if len(catalog) >= 3 else None
    service = fit_service(data, choice.config, catalog=catalog, session_rows=events.session_ids,
                          rules=rules, discovery=choice.discovery, embeddings=embeddings)
    t_fit = time.perf_counter() - t0
    service.policy, journey = _journey_policy(data, choice.config, catalog, rules, embeddings, seed, log)
    t_total = time.perf_counter() - started
    report = {**choice.head, "config": choice.config.as_dict(), "holdout": choice.holdout,
              "tuning_trials": choice.trials, "tuning_stopped_early": choice.stopped,
              "users": int(data.shape[0]), "items": int(data.shape[1]), "events": int(len(events)),
              "model_version": service.model_version,
              "journey": journey,
              "timings": {"load_s": round(t_load, 2), **choice.timings, "fit_s": round(t_fit, 2),
                          "journey_s": journey.get("seconds", 0.0), "total_s": round(t_total, 2)},
              "primary_metric": "ndcg@10", "greater_is_better": True}
    log(f"trained in {t_total:.1f}s: {choice.config.discovery} {choice.config.discovery_params}")
    return service, report
