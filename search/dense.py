"""Dense retrieval: a faiss index over unit vectors (inner product = cosine), built from a
factory string. The default follows the data size (`default_factory`):

- below `exact_below` (5,000): exact `IDMap,Flat`;
- up to `compact_from` (200,000; Home Depot's 54,667 products are here): `IVF{nlist},Flat`,
  `nlist = min(4 sqrt(n), n / 39)`, searched with `nprobe` lists;
- from `compact_from`: `IVF{nlist},SQ8`, one byte per dimension (384 bytes a MiniLM product
  instead of 1,536), trained on at most `TRAIN_PER_LIST` vectors per list (the k-means was the
  build's superlinear cost). The ranking copy of the vectors is then kept in float16
  (`ranking_dtype`): together 1.15 GB less than float32 twice at 1M products.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import NamedTuple

import faiss
import numpy as np


class Ranked(NamedTuple):
    """Row ids and scores, best first, one row per query; -1 pads missing hits."""

    ids: np.ndarray
    scores: np.ndarray


EXACT_BELOW = 5000
COMPACT_FROM = 200_000
TRAIN_PER_LIST = 64  # k-means points per IVF list in the compact tier (faiss warns under 39)


def default_factory(n: int, exact_below: int = EXACT_BELOW, compact_from: int = COMPACT_FROM) -> str:
    """The index a catalogue of `n` products gets (module docstring)."""
    if n < exact_below:
        return "IDMap,Flat"
    nlist = max(1, int(min(4 * math.sqrt(n), n / 39)))
    return f"IVF{nlist},{'SQ8' if n >= compact_from else 'Flat'}"


def is_compact(factory: str | None) -> bool:
    """Whether a factory string stores quantised codes (SQ or PQ), not the float32 vectors."""
    return factory is not None and any(part.startswith(("SQ", "PQ")) for part in factory.split(","))


def ranking_dtype(factory: str | None) -> type:
    """The dtype the engine's ranking copy of the product vectors is saved (and served) in:
    float16 beside a compact index, float32 (exact, as before) beside a flat one."""
    return np.float16 if is_compact(factory) else np.float32


class VectorIndex:
    """>>> index = VectorIndex().build(vectors); index.search(queries, k=10).ids"""

    def __init__(self, factory: str | None = None, *, nprobe: int = 64, exact_below: int = EXACT_BELOW,
                 compact_from: int = COMPACT_FROM):
        self.factory = factory
        self.nprobe = nprobe
        self.exact_below = exact_below
        self.compact_from = compact_from
        self.index_ = None
        self.factory_ = None

    def build(self, vectors: np.ndarray, ids: np.ndarray | None = None) -> "VectorIndex":
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        ids = np.arange(n, dtype=np.int64) if ids is None else np.asarray(ids, dtype=np.int64)
        self.factory_ = self.factory or default_factory(n, self.exact_below, self.compact_from)
        index = faiss.index_factory(dim, self.factory_, faiss.METRIC_INNER_PRODUCT)
        if not index.is_trained:
            index.train(self._training_set(index, vectors))
        for lo in range(0, n, 65_536):  # in slices: faiss's temporaries (assignments, codes) stay small
            index.add_with_ids(vectors[lo:lo + 65_536], ids[lo:lo + 65_536])
        self.index_ = index
        self._set_nprobe()
        return self

    def _training_set(self, index, vectors: np.ndarray) -> np.ndarray:
        """All vectors, or for a compact IVF index a seeded sample of `TRAIN_PER_LIST` per list."""
        if not self.compact:
            return vectors
        try:
            cap = TRAIN_PER_LIST * faiss.extract_index_ivf(index).nlist
        except RuntimeError:  # not an IVF index
            return vectors
        if len(vectors) <= cap:
            return vectors
        rows = np.sort(np.random.default_rng(0).choice(len(vectors), size=cap, replace=False))
        return np.ascontiguousarray(vectors[rows])

    @property
    def compact(self) -> bool:
        return is_compact(self.factory_)

    def _set_nprobe(self) -> None:
        try:
            faiss.extract_index_ivf(self.index_).nprobe = self.nprobe
        except RuntimeError:  # not an IVF index
            pass

    def _check(self) -> None:
        if self.index_ is None:
            raise RuntimeError("VectorIndex is not built: call build() or load() first")

    def __len__(self) -> int:
        return 0 if self.index_ is None else int(self.index_.ntotal)

    @property
    def dim(self) -> int:
        self._check()
        return int(self.index_.d)

    def search(self, queries: np.ndarray, k: int) -> Ranked:
        self._check()
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        k = max(1, min(k, len(self)))
        scores, ids = self.index_.search(queries, k)
        return Ranked(ids, scores)

    def add(self, vectors: np.ndarray, ids: np.ndarray) -> None:
        self._check()
        self.index_.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))

    def remove(self, ids) -> None:
        self._check()
        self.index_.remove_ids(np.asarray(list(ids), dtype=np.int64))

    def save(self, directory: str | Path) -> None:
        self._check()
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.index_, str(directory / "dense.faiss"))
        (directory / "dense.json").write_text(json.dumps(
            {"factory": self.factory_, "nprobe": self.nprobe, "faiss_version": faiss.__version__,
             "ntotal": len(self), "dim": self.dim}))

    @classmethod
    def load(cls, directory: str | Path) -> "VectorIndex":
        directory = Path(directory)
        meta = json.loads((directory / "dense.json").read_text())
        self = cls(meta["factory"], nprobe=meta["nprobe"])
        self.index_ = faiss.read_index(str(directory / "dense.faiss"))
        self.factory_ = meta["factory"]
        self._set_nprobe()
        return self
