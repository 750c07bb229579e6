"""Time-decayed popularity, overall and within the categories a user favours."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recsys.base import Recommender
from recsys.models.arrays import dense


class PopularityRecommender(Recommender):
    """Items by their summed (already recency-weighted) interaction strength.

    With `categories` (one label per item) given to `fit`, `recommend` for a user favours the
    categories the user interacts with (per-category popularity mixed with global by
    `category_weight`); `popularity_in(category)` ranks one category.
    """

    _state = ("popularity_", "category_codes_", "category_popularity_")

    def __init__(self, *, category_weight: float = 0.0):
        self.category_weight = category_weight

    def _fit(self, user_items, *, categories=None, **_):
        pop = np.asarray(user_items.sum(axis=0), dtype=np.float64).ravel()
        top = pop.max() if pop.size and pop.max() > 0 else 1.0
        self.popularity_ = (pop / top).astype(np.float32)
        if categories is None:
            categories = np.zeros(user_items.shape[1], dtype=np.int64)
        else:
            _, categories = np.unique(np.asarray(categories).astype(str), return_inverse=True)
        self.category_codes_ = categories.astype(np.int64)
        cat_top = np.zeros(self.category_codes_.max() + 1 if len(categories) else 1)
        np.maximum.at(cat_top, self.category_codes_, pop)
        cat_top[cat_top == 0] = 1.0
        self.category_popularity_ = (pop / cat_top[self.category_codes_]).astype(np.float32)

    def _scores(self, user_ids, user_items):
        base = np.tile(self.popularity_, (len(user_ids), 1))
        if self.category_weight > 0 and user_items.nnz:
            n_cat = int(self.category_codes_.max()) + 1
            onehot = sp.csr_matrix((np.ones(len(self.category_codes_), dtype=np.float32),
                                    (np.arange(len(self.category_codes_)), self.category_codes_)),
                                   shape=(len(self.category_codes_), n_cat))
            affinity = dense(user_items @ onehot)
            affinity /= np.maximum(affinity.sum(axis=1, keepdims=True), 1e-9)
            base = base + self.category_weight * affinity[:, self.category_codes_] * self.category_popularity_
        return base

    def item_scores(self, item_ids):
        same = self.category_codes_[item_ids][:, None] == self.category_codes_[None, :]
        return np.where(same, self.category_popularity_[None, :], 0.0).astype(np.float32)
