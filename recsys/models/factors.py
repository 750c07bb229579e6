"""Matrix factorisation: implicit ALS and BPR, both trained by the `implicit` library."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from recsys.base import Recommender, _as_csr
from recsys.models.arrays import normalize_rows


class ALSRecommender(Recommender):
    """Implicit-feedback ALS (Hu, Koren & Volinsky 2008) trained by `implicit`.

    Confidence is `alpha * value`. Known users use their learned factors unless
    `recalculate_user=True`; new rows (user id -1) are folded in exactly with one least-squares
    step against the item factors, so new events count at once.
    """

    _state = ("user_factors_", "item_factors_", "yty_")

    def __init__(self, *, factors: int = 64, regularization: float = 0.05, alpha: float = 1.0,
                 iterations: int = 15, recalculate_user: bool = False, num_threads: int = 0,
                 random_state: int | None = 0):
        self.factors = factors
        self.regularization = regularization
        self.alpha = alpha
        self.iterations = iterations
        self.recalculate_user = recalculate_user
        self.num_threads = num_threads
        self.random_state = random_state

    def _fit(self, user_items, **_):
        from implicit.cpu.als import AlternatingLeastSquares

        with threadpool_limits(1, "blas"):
            model = AlternatingLeastSquares(factors=self.factors, regularization=self.regularization,
                                            alpha=self.alpha, iterations=self.iterations,
                                            num_threads=self.num_threads, random_state=self.random_state)
            model.fit(user_items, show_progress=False)
        self.user_factors_ = np.asarray(model.user_factors, dtype=np.float32)
        self.item_factors_ = np.asarray(model.item_factors, dtype=np.float32)
        self._after_load()

    def set_factors(self, user_factors: np.ndarray, item_factors: np.ndarray) -> "ALSRecommender":
        """Become fitted with factors learned elsewhere (Spark MLlib ALS, say): what `fit` and
        `load` set, the learned arrays, shapes and fitted flag. Returns `self`."""
        self.user_factors_ = np.ascontiguousarray(user_factors, dtype=np.float32)
        self.item_factors_ = np.ascontiguousarray(item_factors, dtype=np.float32)
        self.n_users_, self.n_items_ = len(self.user_factors_), len(self.item_factors_)
        self.fitted_ = True
        self._after_load()
        return self

    def _after_load(self):
        y = np.asarray(self.item_factors_, dtype=np.float64)
        self.yty_ = y.T @ y

    def fold_in(self, user_items: sp.csr_matrix) -> np.ndarray:
        """User factors computed from interaction rows alone (one ALS half-step)."""
        rows = _as_csr(user_items)
        y = np.asarray(self.item_factors_, dtype=np.float64)
        out = np.zeros((rows.shape[0], y.shape[1]), dtype=np.float32)
        for r in range(rows.shape[0]):
            idx = rows.indices[rows.indptr[r]:rows.indptr[r + 1]]
            if not len(idx):
                continue
            conf = self.alpha * rows.data[rows.indptr[r]:rows.indptr[r + 1]].astype(np.float64)
            yi = y[idx]
            a = self.yty_ + self.regularization * np.eye(y.shape[1]) + (yi.T * (conf - 1.0)) @ yi
            b = (yi * conf[:, None]).sum(axis=0)
            out[r] = np.linalg.solve(a, b)
        return out

    def user_vectors(self, user_ids, user_items):
        known = (user_ids >= 0) & (user_ids < self.user_factors_.shape[0])
        vecs = np.zeros((len(user_ids), self.item_factors_.shape[1]), dtype=np.float32)
        if self.recalculate_user:
            known[:] = False
        vecs[known] = self.user_factors_[user_ids[known]]
        if (~known).any():
            vecs[~known] = self.fold_in(user_items[np.flatnonzero(~known)])
        return vecs

    def _scores(self, user_ids, user_items):
        return self.user_vectors(user_ids, user_items) @ self.item_factors_.T

    def item_scores(self, item_ids):
        f = normalize_rows(np.asarray(self.item_factors_))
        return f[item_ids] @ f.T


class BPRRecommender(Recommender):
    """Bayesian personalised ranking (Rendle et al. 2009) trained by `implicit`. New rows are
    represented by the mean factors of the items in them."""

    _state = ("user_factors_", "item_factors_")

    def __init__(self, *, factors: int = 64, learning_rate: float = 0.01, regularization: float = 0.01,
                 iterations: int = 100, num_threads: int = 0, random_state: int | None = 0):
        self.factors = factors
        self.learning_rate = learning_rate
        self.regularization = regularization
        self.iterations = iterations
        self.num_threads = num_threads
        self.random_state = random_state

    def _fit(self, user_items, **_):
        from implicit.cpu.bpr import BayesianPersonalizedRanking

        model = BayesianPersonalizedRanking(factors=self.factors, learning_rate=self.learning_rate,
                                            regularization=self.regularization, iterations=self.iterations,
                                            num_threads=self.num_threads, random_state=self.random_state)
        model.fit(user_items, show_progress=False)
        self.user_factors_ = np.asarray(model.user_factors, dtype=np.float32)
        self.item_factors_ = np.asarray(model.item_factors, dtype=np.float32)

    def _scores(self, user_ids, user_items):
        known = (user_ids >= 0) & (user_ids < self.user_factors_.shape[0])
        vecs = np.zeros((len(user_ids), self.item_factors_.shape[1]), dtype=np.float32)
        vecs[known] = self.user_factors_[user_ids[known]]
        for r in np.flatnonzero(~known):
            idx = user_items.indices[user_items.indptr[r]:user_items.indptr[r + 1]]
            if len(idx):
                vecs[r] = self.item_factors_[idx].mean(axis=0)
        return vecs @ self.item_factors_.T

    def item_scores(self, item_ids):
        f = normalize_rows(np.asarray(self.item_factors_))
        return f[item_ids] @ f.T
