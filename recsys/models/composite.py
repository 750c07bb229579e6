"""Models made of fitted models: a weighted blend, and the default "for you" hybrid."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from recsys.base import Recommender


class BlendRecommender(Recommender):
    """A weighted sum of the per-user max-normalised scores of fitted models.

    `BlendRecommender(weights={"ease": 1.0, "buy_again": 0.5}).fit(X, models={...})` takes
    already fitted members (fitting each is the caller's choice of data); `save` writes each
    member in a sub-directory.
    """

    def __init__(self, *, weights: dict[str, float] | None = None):
        self.weights = weights

    def _fit(self, user_items, *, models=None, **_):
        if not models:
            raise ValueError("BlendRecommender.fit needs models={name: fitted Recommender}")
        weights = self.weights or {name: 1.0 for name in models}
        missing = set(weights) - set(models)
        if missing:
            raise ValueError(f"weights name models not given: {', '.join(sorted(missing))}")
        self.models_ = {name: models[name] for name in weights}

    def _scores(self, user_ids, user_items):
        weights = self.weights or {name: 1.0 for name in self.models_}
        total = np.zeros((len(user_ids), self.n_items_), dtype=np.float32)
        for name, w in weights.items():
            if w == 0:
                continue
            s = np.atleast_2d(self.models_[name].score(user_ids, user_items))
            top = np.abs(s).max(axis=1, keepdims=True)
            top[top == 0] = 1.0
            total += w * (s / top)
        return total

    def item_scores(self, item_ids):
        weights = self.weights or {name: 1.0 for name in self.models_}
        total = np.zeros((len(item_ids), self.n_items_), dtype=np.float32)
        for name, w in weights.items():
            s = np.array(self.models_[name].item_scores(item_ids), dtype=np.float32)
            top = np.abs(s).max(axis=1, keepdims=True)
            top[top == 0] = 1.0
            total += w * s / top
        return total

    def save(self, path):
        path = super().save(path)
        for name, model in self.models_.items():
            model.save(path / "members" / name)
        return path

    @classmethod
    def load(cls, path, *, mmap=False):
        path = Path(path)
        meta = json.loads((path / "params.json").read_text())
        model = cls(**meta["params"])
        for attr, value in meta["state"].items():
            setattr(model, attr, value)
        names = (meta["params"]["weights"] or {}).keys() or [p.name for p in (path / "members").iterdir()]
        model.models_ = {name: Recommender.load(path / "members" / name, mmap=mmap) for name in names}
        model.fitted_ = True
        return model


class HybridRecommender(Recommender):
    """Kaiyu's default "for you" model: discovery plus repurchase, steered by item momentum.

    score = discovery * momentum^discovery_momentum
            + buy_again_weight * buy_again * momentum^repurchase_momentum

    `discovery` is any fitted item-similarity or factor model (EASE, item-kNN, ALS), `buy_again`
    a fitted `BuyAgainRecommender` (scores only items the user bought before) and `momentum_`
    the per-item ratio of current to usual demand (`recsys.signals.item_momentum`): what is
    selling faster now (a season, a new hit) rises. Each part is divided by the median best
    score of the fitted users, so the weight reads the same on every store while a user's
    absolute strength (an item bought ten times) is kept. The tuner
    (`recsys.tuning`) picks the three numbers on a time split of the store's own data.
    """

    _state = ("momentum_", "discovery_scale_", "buy_again_scale_")

    def __init__(self, *, buy_again_weight: float = 0.3, discovery_momentum: float = 0.5,
                 repurchase_momentum: float = 0.5, random_state: int = 0):
        self.buy_again_weight = buy_again_weight
        self.discovery_momentum = discovery_momentum
        self.repurchase_momentum = repurchase_momentum
        self.random_state = random_state  # the users sampled for each part's scale

    def _fit(self, user_items, *, discovery=None, buy_again=None, momentum=None, **_):
        if discovery is None:
            raise ValueError("HybridRecommender.fit needs discovery= (a fitted Recommender)")
        self.discovery_ = discovery
        self.buy_again_ = buy_again
        n = user_items.shape[1]
        self.momentum_ = (np.ones(n, dtype=np.float32) if momentum is None
                          else np.asarray(momentum, dtype=np.float32))
        self.discovery_scale_ = self._scale(discovery, user_items)
        self.buy_again_scale_ = self._scale(buy_again, user_items) if buy_again is not None else 1.0

    def _scale(self, model, user_items) -> float:
        """The median over (a sample of) fitted users of their best score: one constant per
        part, so parts are comparable and a user's absolute strength is kept."""
        n = user_items.shape[0]
        if n == 0:
            return 1.0
        rng = np.random.default_rng(self.random_state)
        users = np.sort(rng.choice(n, size=min(n, 500), replace=False))
        s = np.atleast_2d(model.score(users, user_items[users]))
        top = s.max(axis=1)
        top = top[top > 0]
        return float(np.median(top)) if len(top) else 1.0

    def parts(self, user_ids, user_items, *, refold: bool = False):
        """(discovery, buy-again) score matrices, scaled and momentum-weighted. `refold=True`
        scores discovery from the rows alone (a known user with events newer than the fit)."""
        user_ids = np.atleast_1d(np.asarray(user_ids, dtype=np.int64))
        disc_ids = np.full_like(user_ids, -1) if refold else user_ids
        d = np.atleast_2d(self.discovery_.score(disc_ids, user_items)).astype(np.float32) / self.discovery_scale_
        if self.discovery_momentum:
            d = np.where(d > 0, d * np.power(self.momentum_, self.discovery_momentum), d)
        if self.buy_again_ is None or not self.buy_again_weight:
            return d, np.zeros_like(d)
        b = np.atleast_2d(self.buy_again_.score(user_ids, user_items)).astype(np.float32) / self.buy_again_scale_
        if self.repurchase_momentum:
            b = b * np.power(self.momentum_, self.repurchase_momentum)
        return d, self.buy_again_weight * b

    def _scores(self, user_ids, user_items):
        d, b = self.parts(user_ids, user_items)
        return d + b

    def item_scores(self, item_ids):
        return self.discovery_.item_scores(item_ids)

    def pair_scores(self, sources, targets):
        return self.discovery_.pair_scores(sources, targets)

    def save(self, path):
        path = super().save(path)
        self.discovery_.save(path / "discovery")
        if self.buy_again_ is not None:
            self.buy_again_.save(path / "buy_again")
        return path

    def _after_load(self):
        pass

    @classmethod
    def load(cls, path, *, mmap=False):
        path = Path(path)
        model = super().load(path, mmap=mmap)
        model.discovery_ = Recommender.load(path / "discovery", mmap=mmap)
        model.buy_again_ = (Recommender.load(path / "buy_again", mmap=mmap)
                            if (path / "buy_again").exists() else None)
        return model
