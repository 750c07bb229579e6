"""Holdout folds: the time split (newest window, the one before it; a per-user random split of
purchases when the events carry no usable times), each with the fitted parts its trials share,
and the holdout report of one configuration scored on them."""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from recsys.als import ALSFitter, Window
from recsys.base import Recommender
from recsys.config import TunedConfig, make_discovery
from recsys.evaluation import RankingEvaluator, temporal_split, truth_from_events, user_random_split, without_seen
from recsys.fitdata import FitData, train_weights_positive
from recsys.models import BuyAgainRecommender, HybridRecommender
from recsys.signals import PURCHASE_TYPES, SECONDS_PER_DAY, item_momentum, purchase_occasions


def evaluate_model(model: Recommender, x: sp.csr_matrix, truth: dict, *, exclude_seen: bool, seen: sp.csr_matrix,
                   k: int = 10) -> dict:
    """NDCG@k and Recall@20 of `model`'s top lists for the users of `truth`."""
    def recommend(users, depth):
        scores = np.array(model.score(users, x[users]), dtype=np.float32, copy=True)
        if exclude_seen:
            r, c = seen[users].nonzero()
            scores[r, c] = -np.inf
        part = np.argpartition(-scores, depth, axis=1)[:, :depth]
        order = np.argsort(-np.take_along_axis(scores, part, 1), axis=1, kind="stable")
        return np.take_along_axis(part, order, 1)

    return RankingEvaluator(truth, k=k, recall_k=20)(recommend)


def _temporal_bounds(data: FitData, target: np.ndarray, span_days: float, valid_fraction: float,
                     min_days: float, max_days: float, fold: int) -> tuple[float, float, str]:
    """(cutoff, end, name) of the temporal holdout window `fold` windows back."""
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
    return cutoff, end, name


def validation_split(data: FitData, *, valid_fraction: float = 0.1, min_days: float = 7.0,
                     max_days: float = 42.0, random_state: int = 0, fold: int = 0) -> tuple[FitData, dict, str]:
    """(train part, truth {user: items}, split name). Temporal when the events span time: the
    last window of the span (`fold=1`: the window before it, training on what precedes it);
    else per-user random over purchases, each held-out (user, item) pair's other events left out
    of training too (`fold` changes the seed)."""
    purchases = data.purchase_mask()
    target = purchases if purchases.any() else np.ones(len(data.ts), bool)
    span_days = (float(data.ts.max()) - float(data.ts.min())) / SECONDS_PER_DAY if len(data.ts) else 0.0
    if span_days >= 2 * min_days:
        cutoff, end, name = _temporal_bounds(data, target, span_days, valid_fraction, min_days, max_days, fold)
        split = temporal_split(data.ts, cutoff=cutoff)
        train = data.subset(split.train, now=cutoff)
        trained_users = np.unique(train.user_codes)
        test = split.test & (data.ts < end) & target & np.isin(data.user_codes, trained_users)
    else:
        split = user_random_split(data.user_codes, test_fraction=0.2, min_events=2, mask=target,
                                  random_state=random_state + fold)
        test = split.test
        # a held-out (user, item) pair leaves training with all its events: without times nothing
        # says the view came before the purchase, and a view kept would give the answer away
        key = data.user_codes.astype(np.int64) * data.shape[1] + data.item_codes
        train = data.subset(split.train & ~np.isin(key, key[test]))
        name = "per-user random (20% of purchases, their (user, item) pairs held out whole)"
    truth = truth_from_events(data.user_codes[test], data.item_codes[test])
    return train, truth, name


def discovery_key(cfg: TunedConfig) -> str:
    """What decides a fitted discovery model: configurations with one key share the fit."""
    return repr((cfg.discovery, sorted(cfg.discovery_params.items()), cfg.discovery_half_life_days,
                 sorted(cfg.event_weights.items())))


class Fold:
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

    @property
    def temporal(self) -> bool:
        return self.split.startswith("temporal")

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

    def has_discovery(self, cfg: TunedConfig) -> bool:
        return discovery_key(cfg) in self.discovery_cache

    def discovery(self, cfg: TunedConfig) -> tuple[Recommender, sp.csr_matrix]:
        key = discovery_key(cfg)
        if key not in self.discovery_cache:
            x = self.train.matrix(cfg.event_weights, cfg.discovery_half_life_days)
            self.discovery_cache[key] = (make_discovery(cfg, x.shape[1], np.unique(self.train.types)).fit(x), x)
        return self.discovery_cache[key]

    def use_discovery(self, cfg: TunedConfig, model: Recommender, x: sp.csr_matrix) -> None:
        """Evaluate `cfg` with `model` (fitted elsewhere, e.g. by Spark on `x`) as its discovery part."""
        self.discovery_cache[discovery_key(cfg)] = (model, x)

    def evaluate(self, cfg: TunedConfig, view: str) -> dict:
        disc, x = self.discovery(cfg)
        model = HybridRecommender(buy_again_weight=cfg.buy_again_weight if view == "all" else 0.0,
                                  discovery_momentum=cfg.discovery_momentum,
                                  repurchase_momentum=cfg.repurchase_momentum, random_state=cfg.random_state)
        model.fit(x, discovery=disc, buy_again=self.buy_again(cfg), momentum=self.momentum(cfg.momentum_half_life_days))
        truth = self.truth_all if view == "all" else self.truth_new
        return evaluate_model(model, x, truth, exclude_seen=view == "new", seen=self.seen)


def validation_folds(data: FitData, base: TunedConfig, *, folds: int = 2, max_users: int = 3000,
                     random_state: int = 0) -> list[Fold]:
    """Up to `folds` validation splits (`validation_split`: the newest window, then the one
    before it), each scoring at most `max_users` sampled users; stops at a split with fewer than
    20 users to score. Shared by the tuner and by engines that fit their models elsewhere."""
    rng = np.random.default_rng(random_state)
    out: list[Fold] = []
    for f in range(max(1, folds)):
        train, truth, name = validation_split(data, random_state=random_state, fold=f)
        if len(truth) < 20:
            break
        users = np.array(sorted(truth))
        if len(users) > max_users:
            users = np.sort(rng.choice(users, max_users, replace=False))
        out.append(Fold(train, truth, users, base, split=name))
    return out


def score_on_folds(fold_list: list[Fold], cfg: TunedConfig, view: str) -> float:
    """Mean NDCG@10 of `cfg` over the folds, outside any time budget."""
    return float(np.mean([fold.evaluate(cfg, view)["ndcg@10"] for fold in fold_list]))


def holdout(data: FitData, config: TunedConfig, als: ALSFitter, *, folds: int = 2, max_users: int = 3000,
            random_state: int = 0, incumbent: TunedConfig | None = None) -> dict[str, Any]:
    """Score `config` with its discovery model fitted by `als` on each validation window (the
    tuner's windows, the same users sampled the same way, the same evaluator): the mean NDCG@10
    and Recall@20 of the `all` and `new` views, in the shape of the tuner's `holdout` report.
    `incumbent` (the serving bundle's configuration) is fitted locally on the same windows and
    scored on the same users: `holdout["incumbent"]`, what the quality gate compares against."""
    scores: dict[str, list[dict[str, float]]] = {"all": [], "new": []}
    serving: dict[str, list[float]] = {"all": [], "new": []}
    first: dict[str, Any] = {}
    for f, fold in enumerate(validation_folds(data, config, folds=folds, max_users=max_users,
                                              random_state=random_state)):
        train = fold.train
        x = train.matrix(config.event_weights, config.discovery_half_life_days)
        window = Window(f"fold{f}", until=train.now if fold.temporal else None, by_time=fold.temporal)
        fold.use_discovery(config, als.fit(train, x, config, window), x)
        for view in ("all", "new"):
            scores[view].append(fold.evaluate(config, view))
            if incumbent is not None:
                serving[view].append(fold.evaluate(incumbent, view)["ndcg@10"])
        if not first:
            first = {"split": fold.split, "users": len(fold.truth_all), "users_new": len(fold.truth_new)}
    if not scores["all"]:
        return {"skipped": True, "reason": "fewer than 20 validation users"}
    out: dict[str, Any] = {**first, "folds": len(scores["all"])}
    for view, results in scores.items():
        out[view] = {m: float(np.mean([r[m] for r in results])) for m in ("ndcg@10", "recall@20")}
    out.update({"primary_metric": "ndcg@10", "greater_is_better": True})
    if incumbent is not None and serving["all"]:
        out["incumbent"] = {view: {"ndcg@10": float(np.mean(v))} for view, v in serving.items()}
    return out
