"""Item-item models: item-kNN (BM25 and cosine), EASE and co-purchase (bought together)."""

from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp

from recsys.base import Recommender
from recsys.models.arrays import dense, dense_rows


class _ItemSimilarityRecommender(Recommender):
    """Scores are `user_row @ similarity_`: any row (a new user, a session) is scored as is."""

    _state = ("similarity_",)

    def _scores(self, user_ids, user_items):
        return dense(user_items @ self.similarity_)

    def item_scores(self, item_ids):
        return dense_rows(self.similarity_, item_ids)

    def pair_scores(self, sources, targets):
        sim = self.similarity_
        if sp.issparse(sim):
            return dense(sim[sources][:, targets])
        return np.asarray(sim[np.ix_(np.asarray(sources), np.asarray(targets))], dtype=np.float32)


class ItemKNNRecommender(_ItemSimilarityRecommender):
    """Item-based nearest neighbours from `implicit.nearest_neighbours`: `similarity="bm25"`
    (BM25-weighted co-occurrence, `K1`, `B`) or `"cosine"`, keeping `neighbours` per item."""

    def __init__(self, *, similarity: str = "bm25", neighbours: int = 100, K1: float = 1.2, B: float = 0.75,
                 num_threads: int = 0):
        self.similarity = similarity
        self.neighbours = neighbours
        self.K1 = K1
        self.B = B
        self.num_threads = num_threads

    def _fit(self, user_items, **_):
        from implicit.nearest_neighbours import BM25Recommender, CosineRecommender

        if self.similarity == "bm25":
            model = BM25Recommender(K=self.neighbours, K1=self.K1, B=self.B, num_threads=self.num_threads)
        elif self.similarity == "cosine":
            model = CosineRecommender(K=self.neighbours, num_threads=self.num_threads)
        else:
            raise ValueError(f"similarity must be 'bm25' or 'cosine', not {self.similarity!r}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # implicit converts its own intermediate COO matrices
            model.fit(user_items, show_progress=False)
        self.similarity_ = sp.csr_matrix(model.similarity, dtype=np.float32)


class EASERecommender(_ItemSimilarityRecommender):
    """EASE (Steck 2019): a closed-form item-item linear model, B = I - P diag(1/diag(P)) with
    P = (XᵀX + λI)⁻¹. Strong on small catalogues; costs O(n_items³) time and n_items² memory,
    so `fit` refuses more than `max_items` items.

    `binarize` fits and scores on presence, values divided by `scale` and capped at 1 (with
    recency-decayed input an old purchase counts less than a recent one): robust to heavy buyers.
    """

    def __init__(self, *, l2: float = 250.0, binarize: bool = True, scale: float = 1.0,
                 max_items: int = 20_000):
        self.l2 = l2
        self.binarize = binarize
        self.scale = scale
        self.max_items = max_items

    def _fit(self, user_items, **_):
        n = user_items.shape[1]
        if n > self.max_items:
            raise ValueError(f"EASE needs a dense {n}x{n} matrix: more than max_items={self.max_items}")
        x = self._prepare(user_items)
        g = (x.T @ x).toarray().astype(np.float64)
        g[np.diag_indices_from(g)] += self.l2
        p = np.linalg.inv(g)
        b = p / (-np.diag(p))
        b[np.diag_indices_from(b)] = 0.0
        self.similarity_ = b.astype(np.float32)

    def _prepare(self, user_items):
        x = sp.csr_matrix(user_items, dtype=np.float32, copy=True)
        if self.binarize:
            x.data = np.minimum(x.data / self.scale, 1.0)
        return x

    def _scores(self, user_ids, user_items):
        return np.asarray(self._prepare(user_items) @ self.similarity_, dtype=np.float32)


class CoPurchaseRecommender(Recommender):
    """Bought together: items that share baskets (rows of the fitted matrix are baskets, e.g.
    one session, or one user's purchases on one day). Similarity is the co-occurrence count
    normalised by `count(i,j) / (count(i)^a * count(j)^(1-a))` (`alpha`, asymmetric cosine),
    after dropping pairs seen together fewer than `min_count` times, keeping `neighbours`."""

    _state = ("similarity_", "item_counts_")

    def __init__(self, *, alpha: float = 0.5, min_count: int = 1, neighbours: int = 100):
        self.alpha = alpha
        self.min_count = min_count
        self.neighbours = neighbours

    def _fit(self, user_items, **_):
        x = user_items.copy()
        x.data[:] = 1.0
        counts = np.asarray(x.sum(axis=0), dtype=np.float64).ravel()
        co = sp.csr_matrix(x.T @ x, dtype=np.float64)
        co.setdiag(0)
        co.eliminate_zeros()
        co.data[co.data < self.min_count] = 0
        co.eliminate_zeros()
        co = co.tocoo()
        denom = np.power(np.maximum(counts[co.row], 1), self.alpha) * np.power(np.maximum(counts[co.col], 1), 1 - self.alpha)
        sim = sp.csr_matrix((co.data / denom, (co.row, co.col)), shape=co.shape)
        self.similarity_ = _keep_top(sim, self.neighbours).astype(np.float32)
        self.item_counts_ = counts.astype(np.float32)

    def _scores(self, user_ids, user_items):
        return dense(user_items @ self.similarity_)

    def item_scores(self, item_ids):
        s = dense_rows(self.similarity_, item_ids)
        return np.where(s > 0, s, -np.inf).astype(np.float32)  # never bought together: not an answer


def _keep_top(m: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Keep the k largest entries of each row."""
    m = sp.csr_matrix(m)
    rows, cols, vals = [], [], []
    for r in range(m.shape[0]):
        s, e = m.indptr[r], m.indptr[r + 1]
        if e - s > k:
            keep = np.argpartition(-m.data[s:e], k - 1)[:k] + s
        else:
            keep = np.arange(s, e)
        rows.append(np.full(len(keep), r))
        cols.append(m.indices[keep])
        vals.append(m.data[keep])
    if not rows:
        return sp.csr_matrix(m.shape, dtype=m.dtype)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=m.shape)
