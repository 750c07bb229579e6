"""The one small contract every recommendation model follows, and the result it returns.

A model is fitted on a users x items CSR matrix of (weighted) interactions and then answers three
questions: what to recommend to a user (or a batch of users), which items are similar to an item,
and how to write itself to a directory and read itself back (arrays as `.npy`, parameters as
`params.json` with library versions: no pickle, so a bundle can be loaded from an untrusted disk
and memory-mapped).
"""

from __future__ import annotations

import inspect
import json
import platform
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import numpy as np
import scipy.sparse as sp

from store.files import json_default, load_csr, save_csr

FORMAT_VERSION = 1


class NotFittedError(RuntimeError):
    """A model was asked to recommend (or be saved) before `fit`."""


class Ranked(NamedTuple):
    """Ranked item indices and their scores, best first.

    For one query `ids` and `scores` are 1-D arrays of length <= k; for a batch they are 2-D
    (n_queries x k) and rows with fewer than k results are padded with id -1 and score -inf.
    Unpacks like a tuple: `ids, scores = model.recommend(...)`.
    """

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def merge(cls, parts: list["Ranked"]) -> "Ranked":
        """Stack 1-D results of equal length into one 2-D batch result."""
        return cls(np.vstack([p.ids for p in parts]), np.vstack([p.scores for p in parts]))


def library_versions() -> dict[str, str]:
    """Versions recorded in every saved model, so a bundle says what wrote it."""
    import scipy
    import sklearn

    versions = {"python": platform.python_version(), "numpy": np.__version__,
                "scipy": scipy.__version__, "scikit-learn": sklearn.__version__}
    try:
        import implicit

        versions["implicit"] = implicit.__version__
    except ImportError:  # pragma: no cover - implicit is a dependency
        pass
    return versions


def top_k(scores: np.ndarray, k: int) -> Ranked:
    """The k best columns of each row of a dense score matrix (-inf entries never returned:
    they are padded as id -1). 1-D in, 1-D out; 2-D in, 2-D out."""
    single = scores.ndim == 1
    s = np.atleast_2d(scores)
    n = s.shape[1]
    k_eff = min(k, n)
    if k_eff <= 0:
        empty = np.empty((s.shape[0], 0))
        ranked = Ranked(empty.astype(np.int64), empty.astype(np.float32))
        return Ranked(ranked.ids[0], ranked.scores[0]) if single else ranked
    if k_eff < n:
        part = np.argpartition(-s, k_eff - 1, axis=1)[:, :k_eff]
    else:
        part = np.tile(np.arange(n), (s.shape[0], 1))
    part_scores = np.take_along_axis(s, part, axis=1)
    order = np.argsort(-part_scores, axis=1, kind="stable")
    ids = np.take_along_axis(part, order, axis=1).astype(np.int64)
    sc = np.take_along_axis(part_scores, order, axis=1).astype(np.float32)
    invalid = ~np.isfinite(sc) & (sc < 0)
    ids[invalid] = -1
    if k_eff < k:
        pad = k - k_eff
        ids = np.hstack([ids, np.full((ids.shape[0], pad), -1, dtype=np.int64)])
        sc = np.hstack([sc, np.full((sc.shape[0], pad), -np.inf, dtype=np.float32)])
    if single:
        keep = ids[0] >= 0
        return Ranked(ids[0][keep], sc[0][keep])
    return Ranked(ids, sc)


def _as_csr(user_items) -> sp.csr_matrix:
    if not sp.issparse(user_items):
        user_items = sp.csr_matrix(np.atleast_2d(np.asarray(user_items, dtype=np.float32)))
    return sp.csr_matrix(user_items, dtype=np.float32)


class Recommender(ABC):
    """Base class of every Kaiyu recommendation model.

    Estimator rules (scikit-learn's): `__init__` only stores its keyword arguments under the same
    names; validation and learning happen in `fit`, which returns `self`; learned state lives in
    attributes ending in `_`; `random_state` seeds anything random.

    Items and users are integer indices: columns and rows of the interaction matrix. Mapping
    string ids to indices is the caller's job (see `recsys.interactions.Interactions`).

    Subclasses implement `_fit`, `_scores` and `item_scores`, and list their learned arrays in
    `_state`; recommending, filtering, top-k, saving and loading are shared.
    """

    #: names of learned attributes written by `save` (np.ndarray, scipy.sparse or JSON scalars)
    _state: ClassVar[tuple[str, ...]] = ()
    registry: ClassVar[dict[str, type["Recommender"]]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not inspect.isabstract(cls):
            Recommender.registry[cls.__name__] = cls

    # -- parameters ------------------------------------------------------------------------

    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return [p.name for p in sig.parameters.values()
                if p.name != "self" and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]

    def get_params(self) -> dict[str, Any]:
        """The constructor arguments, as given."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params) -> "Recommender":
        for name, value in params.items():
            if name not in self._param_names():
                raise ValueError(f"{type(self).__name__} has no parameter {name!r}; "
                                 f"valid: {', '.join(self._param_names())}")
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"

    # -- learning --------------------------------------------------------------------------

    def fit(self, user_items: sp.csr_matrix, **fit_params) -> "Recommender":
        """Learn from a users x items matrix of non-negative interaction strengths (CSR,
        float32: event weights x recency decay x quantity, see `recsys.interactions`).

        Returns `self`, so `model = EASERecommender().fit(X)` reads naturally. Some models take
        extra keyword data (times for buy-again, categories for popularity).
        """
        user_items = _as_csr(user_items)
        if user_items.nnz and user_items.data.min() < 0:
            raise ValueError("user_items must be non-negative")
        self.n_users_, self.n_items_ = user_items.shape
        self._fit(user_items, **fit_params)
        self.fitted_ = True
        return self

    @abstractmethod
    def _fit(self, user_items: sp.csr_matrix, **fit_params) -> None: ...

    def check_is_fitted(self) -> None:
        if not getattr(self, "fitted_", False):
            raise NotFittedError(f"{type(self).__name__} is not fitted yet: call fit first")

    # -- scoring ---------------------------------------------------------------------------

    @abstractmethod
    def _scores(self, user_ids: np.ndarray, user_items: sp.csr_matrix) -> np.ndarray:
        """Dense float32 scores (len(user_ids) x n_items). `user_items` holds the rows of these
        users (their current interactions, possibly newer than the fit); a user id of -1 or one
        beyond the fitted users is a new user known only by that row."""

    def score(self, user_ids, user_items) -> np.ndarray:
        """Dense scores of every item for each user (1-D for one user, 2-D for a batch)."""
        self.check_is_fitted()
        single = np.ndim(user_ids) == 0
        ids = np.atleast_1d(np.asarray(user_ids, dtype=np.int64))
        rows = _as_csr(user_items)
        if rows.shape[0] != len(ids):
            raise ValueError(f"user_items has {rows.shape[0]} rows for {len(ids)} users: pass the rows "
                             "of these users (user_items[user_ids])")
        out = np.asarray(self._scores(ids, rows), dtype=np.float32)
        return out[0] if single else out

    def recommend(self, user_ids, user_items, k: int = 10, *, filter_seen: bool = True,
                  exclude=None, candidates=None) -> Ranked:
        """The k best items for one user or a batch of users.

        user_ids: one index (returns 1-D `Ranked`) or an array of indices (returns 2-D, padded
            with id -1 / score -inf where fewer than k items qualify).
        user_items: the interaction rows of exactly these users, len(user_ids) x n_items, as
            `X[user_ids]` gives them. They may be newer than the fit: models that can fold a user
            in (all here) use the row, so a user's latest events count without retraining.
        filter_seen: drop items already in the user's row.
        exclude: item indices never to return (for everyone).
        candidates: if given, only these item indices may be returned.
        """
        scores = np.array(self.score(user_ids, user_items), dtype=np.float32, copy=True)
        single = scores.ndim == 1
        s = np.atleast_2d(scores)
        rows = _as_csr(user_items)
        if filter_seen:
            r, c = rows.nonzero()
            s[r, c] = -np.inf
        if exclude is not None:
            s[:, np.asarray(exclude, dtype=np.int64)] = -np.inf
        if candidates is not None:
            mask = np.ones(s.shape[1], dtype=bool)
            mask[np.asarray(candidates, dtype=np.int64)] = False
            s[:, mask] = -np.inf
        ranked = top_k(s, k)
        if single:
            keep = ranked.ids[0] >= 0
            return Ranked(ranked.ids[0][keep], ranked.scores[0][keep])
        return ranked

    @abstractmethod
    def item_scores(self, item_ids: np.ndarray) -> np.ndarray:
        """Dense similarity of each given item to every item (len(item_ids) x n_items, float32).

        The public item-to-item question every model answers, and what `similar_items`,
        `pair_scores`, the blends and the serving service's "similar" and "bought together"
        answers are built on. `item_ids` are valid item indices (no range check here:
        `similar_items` checks). Values are the model's own scale (a cosine, a co-occurrence
        weight, an EASE coefficient), comparable within one model only; a model may answer
        -inf for "never an answer" (co-purchase: never bought together). The item itself is
        not left out: callers that want that set its column to -inf."""

    def pair_scores(self, sources: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """Similarity of each source item to each target item (len(sources) x len(targets)):
        what explains a recommendation ("because you viewed X"). Subclasses with an item-item
        matrix answer without building full rows."""
        return np.asarray(self.item_scores(np.asarray(sources, dtype=np.int64)))[:, np.asarray(targets, dtype=np.int64)]

    def similar_items(self, item_ids, k: int = 10, *, filter_self: bool = True) -> Ranked:
        """The k items most similar to each given item (1-D result for one item, 2-D for a batch),
        the item itself left out unless `filter_self=False`."""
        self.check_is_fitted()
        single = np.ndim(item_ids) == 0
        ids = np.atleast_1d(np.asarray(item_ids, dtype=np.int64))
        if len(ids) and (ids.min() < 0 or ids.max() >= self.n_items_):
            raise IndexError(f"item index out of range 0..{self.n_items_ - 1}")
        s = np.array(self.item_scores(ids), dtype=np.float32, copy=True)
        if filter_self:
            s[np.arange(len(ids)), ids] = -np.inf
        ranked = top_k(s, k)
        if single:
            keep = ranked.ids[0] >= 0
            return Ranked(ranked.ids[0][keep], ranked.scores[0][keep])
        return ranked

    # -- persistence -----------------------------------------------------------------------

    def save(self, path) -> Path:
        """Write the model to directory `path`: one `.npy` per learned array (sparse matrices
        as their CSR parts) and `params.json` with the class, parameters, scalar state and the
        library versions. Nothing is pickled."""
        self.check_is_fitted()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        scalars: dict[str, Any] = {"n_users_": int(self.n_users_), "n_items_": int(self.n_items_)}
        arrays: dict[str, str] = {}
        sparse: list[str] = []
        for name in self._state:
            value = getattr(self, name)
            if sp.issparse(value):
                save_csr(path, name, value)
                sparse.append(name)
            elif isinstance(value, np.ndarray):
                if value.dtype == object:
                    value = value.astype(str)
                np.save(path / f"{name}.npy", value, allow_pickle=False)
                arrays[name] = f"{name}.npy"
            else:
                scalars[name] = value
        meta = {"format_version": FORMAT_VERSION, "class": type(self).__name__,
                "params": self.get_params(), "state": scalars, "arrays": arrays, "sparse": sparse,
                "versions": library_versions()}
        (path / "params.json").write_text(json.dumps(meta, indent=2, default=json_default))
        return path

    @classmethod
    def load(cls, path, *, mmap: bool = False) -> "Recommender":
        """Read a model written by `save`. Called on the base class it builds whichever model
        the directory holds; called on a subclass it checks the directory holds that class.
        `mmap=True` memory-maps the arrays (read-only)."""
        path = Path(path)
        meta = json.loads((path / "params.json").read_text())
        name = meta["class"]
        target = Recommender.registry.get(name)
        if target is None:
            raise ValueError(f"unknown model class {name!r}; known: {', '.join(sorted(Recommender.registry))}")
        if cls is not Recommender and not issubclass(target, cls):
            raise TypeError(f"{path} holds a {name}, not a {cls.__name__}")
        if cls is Recommender and getattr(target.load, "__func__", None) is not Recommender.load.__func__:
            return target.load(path, mmap=mmap)  # a composite model reads its members itself
        model = target(**meta["params"])
        mode = "r" if mmap else None
        for attr, value in meta["state"].items():
            setattr(model, attr, value)
        for attr, fname in meta["arrays"].items():
            setattr(model, attr, np.load(path / fname, mmap_mode=mode, allow_pickle=False))
        for attr in meta["sparse"]:
            setattr(model, attr, load_csr(path, attr, mmap=mmap))
        model.fitted_ = True
        model._after_load()
        return model

    def _after_load(self) -> None:
        """Hook: rebuild derived (unsaved) state after `load`."""
