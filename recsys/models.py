"""The recommendation models: matrix factorisation (implicit ALS and BPR), item-kNN (BM25 and
cosine), EASE, time-decayed popularity, co-purchase, buy-again, a content model and a blend.

Every model is a `recsys.base.Recommender`: fit on a users x items CSR matrix, recommend for one
user or a batch, list similar items, save to and load from a directory without pickle. Scoring is
plain numpy on learned arrays, so a user's newest interactions (the row passed to `recommend`)
count without retraining.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from recsys.base import Recommender, _as_csr

SECONDS_PER_DAY = 86_400.0


def _normalize_rows(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def _rows(m, item_ids) -> np.ndarray:
    """Rows `item_ids` of a CSR (or dense) matrix as a dense float32 array. Reads the CSR arrays
    directly: scipy's fancy indexing costs ~50 us a call, far more than the copy, and the
    serving path asks for one or two rows per request."""
    if not sp.issparse(m):
        return np.asarray(m[np.asarray(item_ids)], dtype=np.float32)
    ids = np.asarray(item_ids, dtype=np.int64).ravel()
    out = np.zeros((len(ids), m.shape[1]), dtype=np.float32)
    indptr, indices, data = m.indptr, m.indices, m.data
    for k, i in enumerate(ids):
        s, e = indptr[i], indptr[i + 1]
        out[k, indices[s:e]] = data[s:e]
    return out


def _dense(m) -> np.ndarray:
    return np.asarray(m.toarray() if sp.issparse(m) else m, dtype=np.float32)


# -- matrix factorisation -----------------------------------------------------------------------

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

    def _item_scores(self, item_ids):
        f = _normalize_rows(np.asarray(self.item_factors_))
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

    def _item_scores(self, item_ids):
        f = _normalize_rows(np.asarray(self.item_factors_))
        return f[item_ids] @ f.T


# -- neighbourhood models ---------------------------------------------------------------------

class _ItemSimilarityRecommender(Recommender):
    """Scores are `user_row @ similarity_`: any row (a new user, a session) is scored as is."""

    _state = ("similarity_",)

    def _scores(self, user_ids, user_items):
        return _dense(user_items @ self.similarity_)

    def _item_scores(self, item_ids):
        return _rows(self.similarity_, item_ids)

    def pair_scores(self, sources, targets):
        sim = self.similarity_
        if sp.issparse(sim):
            return _dense(sim[sources][:, targets])
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


# -- popularity ------------------------------------------------------------------------------

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
            affinity = _dense(user_items @ onehot)
            affinity /= np.maximum(affinity.sum(axis=1, keepdims=True), 1e-9)
            base = base + self.category_weight * affinity[:, self.category_codes_] * self.category_popularity_
        return base

    def _item_scores(self, item_ids):
        same = self.category_codes_[item_ids][:, None] == self.category_codes_[None, :]
        return np.where(same, self.category_popularity_[None, :], 0.0).astype(np.float32)


# -- co-purchase -----------------------------------------------------------------------------

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
        return _dense(user_items @ self.similarity_)

    def _item_scores(self, item_ids):
        s = _rows(self.similarity_, item_ids)
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


# -- buy-again -------------------------------------------------------------------------------

class BuyAgainRecommender(Recommender):
    """Buy it again: scores the items a user has already bought by repurchase propensity.

    `fit(baskets, first_ts=..., last_ts=..., now=...)` takes a users x items matrix of repeat
    counts (distinct purchase occasions) and, on the same sparsity, the first and last purchase
    time (epoch seconds). For each user-item the typical interval is (last - first) / (n - 1);
    the propensity is `count^count_power * 2^(-days_since_last / half_life_days)`, times
    `1 + cycle_boost` when the item is due again (elapsed time within ±50% of its interval).
    The item's own repurchase rate across users (share of its buyers who bought it twice or
    more) multiplies in by `item_rate_weight`. Without times it ranks by counts alone.

    `interval_days(user, item)` tells a shopper "you buy this every ~N days".
    """

    _state = ("counts_", "first_ts_", "last_ts_", "item_repeat_rate_", "now_")

    def __init__(self, *, half_life_days: float = 120.0, count_power: float = 1.0, cycle_boost: float = 0.5,
                 item_rate_weight: float = 0.5):
        self.half_life_days = half_life_days
        self.count_power = count_power
        self.cycle_boost = cycle_boost
        self.item_rate_weight = item_rate_weight

    def _fit(self, user_items, *, first_ts=None, last_ts=None, now=None, **_):
        counts = sp.csr_matrix(user_items, dtype=np.float32)
        counts.sort_indices()
        self.counts_ = counts
        if last_ts is None:
            last_ts = counts.copy()
            last_ts.data[:] = 0.0
            first_ts = last_ts
            now = 0.0
        self.first_ts_ = _aligned(first_ts if first_ts is not None else last_ts, counts)
        self.last_ts_ = _aligned(last_ts, counts)
        self.now_ = float(now if now is not None else (self.last_ts_.data.max() if self.last_ts_.nnz else 0.0))
        buyers = np.asarray((counts > 0).sum(axis=0)).ravel()
        repeaters = np.asarray((counts >= 2).sum(axis=0)).ravel()
        self.item_repeat_rate_ = ((repeaters + 0.5) / (buyers + 1.0)).astype(np.float32)

    def _user_state(self, user_ids, user_items):
        """Per row: (item indices, counts, days since last, interval days or nan)."""
        out = []
        for r, u in enumerate(user_ids):
            if 0 <= u < self.counts_.shape[0]:
                s, e = self.counts_.indptr[u], self.counts_.indptr[u + 1]
                items = self.counts_.indices[s:e]
                n = self.counts_.data[s:e].astype(np.float64)
                last = self.last_ts_.data[s:e].astype(np.float64)
                first = self.first_ts_.data[s:e].astype(np.float64)
            else:
                s, e = user_items.indptr[r], user_items.indptr[r + 1]
                items = user_items.indices[s:e]
                n = np.ones(len(items))
                last = first = np.full(len(items), self.now_)
            since = np.maximum(self.now_ - last, 0.0) / SECONDS_PER_DAY
            with np.errstate(invalid="ignore", divide="ignore"):
                interval = np.where(n > 1, (last - first) / SECONDS_PER_DAY / np.maximum(n - 1, 1), np.nan)
            out.append((items, n, since, interval))
        return out

    def _scores(self, user_ids, user_items):
        scores = np.zeros((len(user_ids), self.n_items_), dtype=np.float32)
        for r, (items, n, since, interval) in enumerate(self._user_state(user_ids, user_items)):
            if not len(items):
                continue
            s = np.power(n, self.count_power) * np.exp2(-since / self.half_life_days)
            with np.errstate(invalid="ignore"):
                due = np.abs(since / np.where(interval > 0, interval, np.nan) - 1.0) <= 0.5
            s = s * (1.0 + self.cycle_boost * np.nan_to_num(due.astype(np.float64)))
            s = s * np.power(self.item_repeat_rate_[items], self.item_rate_weight)
            scores[r, items] = s
        return scores

    def recommend(self, user_ids, user_items, k=10, *, filter_seen=False, exclude=None, candidates=None):
        """As `Recommender.recommend`, but seen items are the point: `filter_seen` defaults to
        False, and only items with a positive score (bought before) are returned."""
        ranked = super().recommend(user_ids, user_items, k, filter_seen=filter_seen, exclude=exclude,
                                   candidates=candidates)
        keep = ranked.scores > 0
        if ranked.ids.ndim == 1:
            return type(ranked)(ranked.ids[keep], ranked.scores[keep])
        ids = np.where(keep, ranked.ids, -1)
        return type(ranked)(ids, np.where(keep, ranked.scores, -np.inf).astype(np.float32))

    def interval_days(self, user_id: int, item_id: int) -> float | None:
        """The user's typical days between purchases of the item, if bought at least twice."""
        if not 0 <= user_id < self.counts_.shape[0]:
            return None
        s, e = self.counts_.indptr[user_id], self.counts_.indptr[user_id + 1]
        pos = np.searchsorted(self.counts_.indices[s:e], item_id)
        if pos >= e - s or self.counts_.indices[s + pos] != item_id or self.counts_.data[s + pos] < 2:
            return None
        span = (self.last_ts_.data[s + pos] - self.first_ts_.data[s + pos]) / SECONDS_PER_DAY
        value = span / (self.counts_.data[s + pos] - 1)
        return float(value) if value > 0 else None

    def _item_scores(self, item_ids):
        # items bought by the same repeat buyers: co-occurrence of repeat purchases
        rep = self.counts_.copy()
        rep.data = (rep.data >= 2).astype(np.float32)
        return _dense((rep.T[item_ids] @ rep))

    def _after_load(self):
        self.counts_ = sp.csr_matrix(self.counts_)


def _aligned(values, pattern: sp.csr_matrix) -> sp.csr_matrix:
    """`values` on exactly the sparsity pattern of `pattern` (sorted indices; 0 where absent)."""
    v = sp.csr_matrix(values, dtype=np.float64)
    v.sort_indices()
    if v.nnz == pattern.nnz and np.array_equal(v.indices, pattern.indices) and np.array_equal(v.indptr, pattern.indptr):
        return v
    rows = np.repeat(np.arange(pattern.shape[0]), np.diff(pattern.indptr))
    data = np.asarray(v[rows, pattern.indices]).ravel()
    return sp.csr_matrix((data, pattern.indices.copy(), pattern.indptr.copy()), shape=pattern.shape)


# -- content ---------------------------------------------------------------------------------

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
        self.embeddings_ = _normalize_rows(emb)

    def _scores(self, user_ids, user_items):
        profile = _dense(user_items @ self.embeddings_)
        return _normalize_rows(profile) @ self.embeddings_.T

    def _item_scores(self, item_ids):
        return self.embeddings_[item_ids] @ self.embeddings_.T


# -- blend -----------------------------------------------------------------------------------

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

    def _item_scores(self, item_ids):
        weights = self.weights or {name: 1.0 for name in self.models_}
        total = np.zeros((len(item_ids), self.n_items_), dtype=np.float32)
        for name, w in weights.items():
            s = np.array(self.models_[name]._item_scores(item_ids), dtype=np.float32)
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
        from pathlib import Path
        import json

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
                 repurchase_momentum: float = 0.5):
        self.buy_again_weight = buy_again_weight
        self.discovery_momentum = discovery_momentum
        self.repurchase_momentum = repurchase_momentum

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
        rng = np.random.default_rng(0)
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

    def _item_scores(self, item_ids):
        return self.discovery_._item_scores(item_ids)

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
        from pathlib import Path

        path = Path(path)
        model = super().load(path, mmap=mmap)
        model.discovery_ = Recommender.load(path / "discovery", mmap=mmap)
        model.buy_again_ = (Recommender.load(path / "buy_again", mmap=mmap)
                            if (path / "buy_again").exists() else None)
        return model
