"""Dense retrieval: a faiss index over unit vectors (inner product = cosine), built from a
factory string. The default follows the data size: exact `IDMap,Flat` below a threshold, else
`IVF{min(4*sqrt(n), n/39)},Flat` searched with `nprobe` lists."""

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


def default_factory(n: int, exact_below: int = 5000) -> str:
    if n < exact_below:
        return "IDMap,Flat"
    return f"IVF{max(1, int(min(4 * math.sqrt(n), n / 39)))},Flat"


class VectorIndex:
    """>>> index = VectorIndex().build(vectors); index.search(queries, k=10).ids"""

    def __init__(self, factory: str | None = None, *, nprobe: int = 64, exact_below: int = 5000):
        self.factory = factory
        self.nprobe = nprobe
        self.exact_below = exact_below
        self.index_ = None
        self.factory_ = None

    def build(self, vectors: np.ndarray, ids: np.ndarray | None = None) -> "VectorIndex":
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        ids = np.arange(n, dtype=np.int64) if ids is None else np.asarray(ids, dtype=np.int64)
        self.factory_ = self.factory or default_factory(n, self.exact_below)
        index = faiss.index_factory(dim, self.factory_, faiss.METRIC_INNER_PRODUCT)
        if not index.is_trained:
            index.train(vectors)
        index.add_with_ids(vectors, ids)
        self.index_ = index
        self._set_nprobe()
        return self

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
