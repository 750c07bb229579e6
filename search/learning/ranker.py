"""Training the learned ranker (`search.learned.LearnedRanker`): LightGBM lambdarank trees over the
engine's candidates and hand-weighted features, boosted from the hand-weighted score."""

from __future__ import annotations

import time

import numpy as np

from search.learned import LearnedRanker
from search.learning.groups import Group
from search.learning.labels import MAX_LABEL, held_back
from search.ranking import FEATURE_NAMES, Features, feature_matrix


def ranker_params(seed: int = 0, threads: int = 2, max_label: int = MAX_LABEL) -> dict:
    return {"objective": "lambdarank", "metric": "ndcg", "eval_at": [10],
            "label_gain": list(range(max_label + 1)), "lambdarank_truncation_level": 100,
            "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 50,
            "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
            "lambda_l2": 1.0, "num_threads": max(1, threads), "seed": seed, "deterministic": True,
            "force_row_wise": True, "verbosity": -1}


def train_ranker(cfg, groups: list[Group], valid: list[Group] | None = None, *, rounds: int = 1000,
                 deadline: float | None = None, seed: int = 0, threads: int = 2, base: float = 5.0,
                 features: tuple[str, ...] = FEATURE_NAMES, early_stopping: int = 50,
                 top: int = 50, sample: int = 50, shown_only: bool = False) -> LearnedRanker:
    """Each query contributes its acted-on candidates, the hand ranking's `top` and `sample`
    others at random (the rows that matter for the top of the list, at a fraction of the
    cost of all of them). `shown_only`: where the log says what was shown, only the candidates
    shown or acted on (a candidate nobody saw is no negative)."""
    import lightgbm as lgb

    rng = np.random.default_rng(seed)
    hand = features.index("hand")

    def dataset(gs, reference=None):
        Xs, ys, sizes = [], [], []
        for g in gs:
            if g.features is None:
                continue
            X = feature_matrix(g.features, cfg, features)
            order_ = np.argsort(-X[:, hand], kind="stable")
            keep = np.zeros(len(X), dtype=bool)
            keep[g.labels > 0] = True
            if shown_only and g.shown is not None:
                keep |= g.shown
            else:
                keep[order_[:top]] = True
                others = order_[top:]
                if sample and len(others):
                    keep[rng.choice(others, min(sample, len(others)), replace=False)] = True
            if keep.sum() < 2:
                continue
            Xs.append(X[keep])
            ys.append(g.labels[keep])
            sizes.append(int(keep.sum()))
        X = np.vstack(Xs)
        return lgb.Dataset(X, np.concatenate(ys), group=sizes, feature_name=list(features),
                           init_score=base * X[:, hand], reference=reference, free_raw_data=True,
                           params=params)

    params = ranker_params(seed, threads)
    # small logs (a new shop, the tests) still get trees: leaves of 5% of the rows at most
    params["min_data_in_leaf"] = int(max(2, min(params["min_data_in_leaf"],
                                                sum(len(g.rows) for g in groups) // 40)))
    train_set = dataset(groups)
    callbacks = []
    valid_sets = []
    if valid:
        valid_sets = [dataset(valid, train_set)]
        callbacks.append(lgb.early_stopping(early_stopping, verbose=False))
    if deadline is not None:
        def out_of_time(env):
            if time.perf_counter() > deadline:
                raise lgb.callback.EarlyStopException(env.iteration, env.evaluation_result_list or [])
        callbacks.append(out_of_time)
    booster = lgb.train(params, train_set, num_boost_round=rounds,
                        valid_sets=valid_sets, callbacks=callbacks)
    if valid and booster.best_iteration > 0:
        booster = lgb.Booster(model_str=booster.model_to_string(num_iteration=booster.best_iteration))
    return LearnedRanker(booster, features, base)


def learned_scores(engine, ranker: LearnedRanker, f: Features) -> np.ndarray:
    """What serving ranks by with `ranker` (`SearchEngine.learned_score`)."""
    return engine.learned_score(f, ranker)



def inner_split(groups: list[Group], seed: int, share: float = 0.15) -> tuple[list[Group], list[Group]]:
    """Queries for early stopping, apart from the ones the trees are fitted on."""
    valid = [g for g in groups if held_back(g.key, share, seed + 1)]
    fit = [g for g in groups if not held_back(g.key, share, seed + 1)]
    return (fit, valid) if len(valid) >= 5 and len(fit) >= 10 else (groups, [])


