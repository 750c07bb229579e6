"""Auto-tuning: choose the model mix and hyper-parameters for this store from its own data.

The newest part of the training window is held out (a temporal split, scored on two windows:
the newest and the one before it, so a choice must hold twice; a per-user random split of
purchases when the events carry no usable times) and candidate configurations are scored on it
coordinate by coordinate, defaults first, until the time budget is spent (a candidate whose fit
would not finish in the time left is skipped):

1. event weights (only when the store has several event types): the configured weights against
   the other types down-weighted, up-weighted, or ignored;
2. the discovery model: item momentum (strength; its window and the decay half-life of the
   model's input only where the events carry times), then EASE at several L2 strengths
   (catalogues up to 6k items: its fit is cubic), BM25 item-kNN and ALS (its factors,
   regularisation and confidence scale refined when it leads); scored on the `new` view (items
   the user has not bought before);
3. for the two best discovery models: the repurchase mix (buy-again weight, half-life, momentum,
   repurchase-rate and cycle terms), scored on the `all` view (repurchases count); the finalist
   with the best mean of both views wins.

The result is a `TunedConfig` (plain JSON, `recsys.config`) that `recsys.fitting.train` fits on
all data. The folds and their caches are `recsys.folds`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from recsys.config import EASE_AUTO_MAX_ITEMS, TunedConfig, apply_overrides, default_config
from recsys.fitdata import FitData
from recsys.folds import Fold, score_on_folds, validation_folds


@dataclass
class TuningResult:
    config: TunedConfig
    validation: dict[str, Any]
    trials: list[dict[str, Any]]
    seconds: float
    split: str
    stopped_early: bool = False


def _estimated_fit_seconds(cfg: TunedConfig, n_items: int, observed: dict[str, float]) -> float:
    """What fitting this discovery model will cost, from what fits of its kind cost so far
    (EASE scales with the cube of the catalogue)."""
    if cfg.discovery in observed:
        return observed[cfg.discovery]
    if cfg.discovery == "ease":
        return 0.1 * (n_items / 1000.0) ** 3
    return 1.0


class _Trials:
    """Scores candidates on the folds within the deadline, each once, and records them."""

    def __init__(self, fold_list: list[Fold], n_items: int, deadline: float, log: Callable[[str], None]):
        self.folds = fold_list
        self.n_items = n_items
        self.deadline = deadline
        self.log = log
        self.stopped = False
        self.fit_cost: dict[str, float] = {}
        self.cache: dict[str, float] = {}
        self.trials: list[dict[str, Any]] = []

    def __call__(self, cfg: TunedConfig, view: str) -> float:
        key = view + repr(cfg.as_dict())
        if key in self.cache:
            return self.cache[key]
        left = self.deadline - time.perf_counter()
        new_fit = not self.folds[0].has_discovery(cfg)
        if left <= 0 or (new_fit and _estimated_fit_seconds(cfg, self.n_items, self.fit_cost) * len(self.folds) > left):
            self.stopped = True
            return -np.inf
        t0 = time.perf_counter()
        results = []
        for fold in self.folds:
            f0 = time.perf_counter()
            if new_fit:
                fold.discovery(cfg)
                self.fit_cost[cfg.discovery] = max(self.fit_cost.get(cfg.discovery, 0.0), time.perf_counter() - f0)
            results.append(fold.evaluate(cfg, view))
        value = float(np.mean([r["ndcg@10"] for r in results]))
        self.cache[key] = value
        self.trials.append({"view": view, "ndcg@10": round(value, 5),
                            "recall@20": round(float(np.mean([r["recall@20"] for r in results])), 5),
                            "seconds": round(time.perf_counter() - t0, 2), "config": cfg.as_dict()})
        self.log(f"  {view:3s} ndcg@10={value:.4f} {cfg.discovery} {cfg.discovery_params} "
                 f"hl={cfg.discovery_half_life_days} mom={cfg.discovery_momentum} "
                 f"ba={cfg.buy_again_weight}/{cfg.buy_again_half_life_days}/{cfg.repurchase_momentum}/{cfg.buy_again_params}")
        return value

    def best_of(self, candidates: list[TunedConfig], view: str, current: TunedConfig, current_score: float):
        for cfg in candidates:
            score = self(cfg, view)
            if score > current_score:
                current, current_score = cfg, score
        return current, current_score


def _event_weights_stage(trial: _Trials, best: TunedConfig) -> tuple[TunedConfig, float]:
    """Stage 1: the configured weights against the other types down-, up-weighted or ignored."""
    train0 = trial.folds[0].train
    best_score = trial(best, "new")
    types_present = set(np.unique(train0.types).tolist()) & {t for t, w in best.event_weights.items() if w > 0}
    if types_present - {"purchase"} and train0.purchase_mask().any():
        variants = []
        for factor in (0.3, 3.0):
            w = dict(best.event_weights)
            for t in types_present - {"purchase", "remove_from_cart"}:
                w[t] = w[t] * factor
            variants.append(replace(best, event_weights=w))
        variants.append(replace(best, event_weights={**best.event_weights,
                                                     **{t: 0.0 for t in types_present - {"purchase"}}}))
        best, best_score = trial.best_of(variants, "new", best, best_score)
    return best, best_score


def _discovery_stage(trial: _Trials, best: TunedConfig, best_score: float) -> list[tuple[float, TunedConfig]]:
    """Stage 2: momentum (no refit), decay (only where events carry times), then the discovery
    models; ALS refined when it leads; the best two of different kinds."""
    best, best_score = trial.best_of([replace(best, discovery_momentum=m) for m in (0.0, 0.5, 1.0)], "new",
                                     best, best_score)
    if trial.folds[0].temporal:  # without times every half-life weighs the events alike
        if best.discovery_momentum:
            best, best_score = trial.best_of([replace(best, momentum_half_life_days=h) for h in (7.0, 15.0, 30.0)],
                                             "new", best, best_score)
        best, best_score = trial.best_of([replace(best, discovery_half_life_days=h) for h in (45.0, 90.0, 20.0, None)],
                                         "new", best, best_score)
    models = []
    if trial.n_items <= EASE_AUTO_MAX_ITEMS:
        models += [replace(best, discovery="ease", discovery_params={"l2": l2}) for l2 in (250.0, 100.0, 500.0, 50.0)]
    models += [replace(best, discovery="bm25", discovery_params={"neighbours": 100}),
               replace(best, discovery="als", discovery_params=dict(ALS_START))]
    scored = [(best_score, best)]
    for cfg in models:
        scored.append((trial(cfg, "new"), cfg))
    scored.sort(key=lambda t: -t[0])
    if scored[0][1].discovery == "als":  # ALS leads: its size and regularisation, by validation
        scored += _refine_als(trial, scored[0][1], scored[0][0])
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
    return finalists


ALS_START = {"factors": 64, "iterations": 15}


def _refine_als(trial: _Trials, cfg: TunedConfig, score: float) -> list[tuple[float, TunedConfig]]:
    """ALS factors, then regularisation and confidence scale, one coordinate at a time."""
    tried = []
    for key, values in (("factors", (32, 128)), ("regularization", (0.01, 0.5)), ("alpha", (5.0, 20.0))):
        for value in values:
            candidate = replace(cfg, discovery_params={**cfg.discovery_params, key: value})
            tried.append((trial(candidate, "new"), candidate))
        best = max(tried + [(score, cfg)], key=lambda t: t[0])
        score, cfg = best
    return tried


def _repurchase_mix(trial: _Trials, cfg: TunedConfig) -> tuple[TunedConfig, float]:
    """Stage 3 for one finalist: buy-again weight, momentum, half-life and model terms."""
    all_score = trial(cfg, "all")
    cfg, all_score = trial.best_of([replace(cfg, buy_again_weight=w) for w in (1.0, 3.0, 10.0, 30.0, 0.0)],
                                   "all", cfg, all_score)
    if cfg.buy_again_weight > 0:
        for field_name, values in (("repurchase_momentum", (0.0, 0.5, 1.0)),
                                   ("buy_again_half_life_days", (60.0, 120.0, 240.0))):
            cfg, all_score = trial.best_of([replace(cfg, **{field_name: v}) for v in values], "all", cfg, all_score)
        for param, values in (("item_rate_weight", (0.0, 0.5, 1.0)), ("cycle_boost", (0.0, 0.5)),
                              ("count_power", (0.5, 1.0))):
            cfg, all_score = trial.best_of([replace(cfg, buy_again_params={**cfg.buy_again_params, param: v})
                                            for v in values], "all", cfg, all_score)
    return cfg, all_score


def _choose(trial: _Trials, finalists: list[tuple[float, TunedConfig]],
            repeat_share: float) -> tuple[TunedConfig, float, float]:
    """Stage 3: the repurchase mix of each finalist on the all view; the best mean of both views
    wins. Returns (config, all score, new score)."""
    chosen, chosen_all, chosen_new, chosen_objective = None, -np.inf, finalists[0][0], -np.inf
    for new_score, cfg in finalists:
        if repeat_share > 0:
            cfg, all_score = _repurchase_mix(trial, cfg)
        else:
            cfg = replace(cfg, buy_again_weight=0.0)
            all_score = trial(cfg, "all")
        objective = (all_score + new_score) / 2
        if chosen is None or objective > chosen_objective:
            chosen, chosen_all, chosen_new, chosen_objective = cfg, all_score, new_score, objective
    # out of time before the all view was scored: score the choice anyway (its parts are fitted)
    if not np.isfinite(chosen_all):
        chosen_all = score_on_folds(trial.folds, chosen, "all")
    if not np.isfinite(chosen_new):
        chosen_new = score_on_folds(trial.folds, chosen, "new")
    return chosen, chosen_all, chosen_new


def _incumbent_scores(fold_list: list[Fold], incumbent: TunedConfig) -> dict[str, Any]:
    try:
        return {view: {"ndcg@10": score_on_folds(fold_list, incumbent, view)} for view in ("all", "new")}
    except Exception as exc:  # a configuration this version cannot fit: say so, do not fail
        return {"error": f"{type(exc).__name__}: {exc}"}


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
    overrides = getattr(settings, "recommendation_overrides", None)
    if not fold_list:
        log("tuning skipped: fewer than 20 validation users")
        return TuningResult(apply_overrides(base, overrides), {"skipped": True}, [],
                            time.perf_counter() - started, split_name or "none")
    trial = _Trials(fold_list, n_items, started + time_budget_s, log)
    best, best_score = _event_weights_stage(trial, base)
    finalists = _discovery_stage(trial, best, best_score)
    repeat_share = float(np.mean([(f.occ.counts.data >= 2).mean() if f.occ.counts.nnz else 0.0 for f in fold_list]))
    chosen, chosen_all, chosen_new = _choose(trial, finalists, repeat_share)
    if overrides:
        chosen = apply_overrides(chosen, overrides)
        chosen_all, chosen_new = (score_on_folds(fold_list, chosen, view) for view in ("all", "new"))
        log(f"  pinned by recommendation_overrides {overrides}: all {chosen_all:.4f}, new {chosen_new:.4f}")
    seconds = time.perf_counter() - started
    validation = {"split": split_name, "folds": len(fold_list), "users": len(fold_list[0].truth_all),
                  "users_new": len(fold_list[0].truth_new),
                  "all": {"ndcg@10": chosen_all}, "new": {"ndcg@10": chosen_new},
                  "primary_metric": "ndcg@10", "greater_is_better": True, "repeat_share": repeat_share}
    if incumbent is not None:
        validation["incumbent"] = _incumbent_scores(fold_list, incumbent)
        log(f"  serving configuration on the same holdout: {validation['incumbent']}")
    return TuningResult(chosen, validation, trial.trials, seconds, split_name, trial.stopped)
