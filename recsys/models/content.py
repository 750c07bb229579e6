"""The content model: items by the similarity of their text embeddings."""

from __future__ import annotations

import numpy as np

from recsys.base import Recommender
from recsys.models.arrays import dense, normalize_rows


class ContentRecommender(Recommender):
    """Items by the similarity of their text embeddings (`fit(X, embeddings=...)`, one row per
    item): the model for items nobody has touched yet. A user is the interaction-weighted mean
    of the embeddings of the items in their row."""

    _state = ("embeddings_",)

    def __init__(self, *, neighbours: int = 100):
        self.neighbours = neighbours

    def _fit(self, user_items, *, embeddings=None, **_):
        if embeddings is None:
            raise ValueError("ContentRecommender.fit needs embeddings= (n_items x dim)")
        emb = np.asarray(embeddings, dtype=np.float32)
        if emb.shape[0] != user_items.shape[1]:
            raise ValueError(f"embeddings has {emb.shape[0]} rows for {user_items.shape[1]} items")
        self.embeddings_ = normalize_rows(emb)

    def _scores(self, user_ids, user_items):
        profile = dense(user_items @ self.embeddings_)
        return normalize_rows(profile) @ self.embeddings_.T

    def item_scores(self, item_ids):
        return self.embeddings_[item_ids] @ self.embeddings_.T
