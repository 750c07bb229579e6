"""Click memory: what shoppers acted on after queries like this one.

Search learning (`search.learning.learn`) keeps, for every query of the log, its raw query
vector and the items acted on after it (graded). At serving time the query's nearest logged
queries (cosine of the raw vectors, at least `min_similarity`, the `neighbors` closest) vote
for their items:

    clicks(item) = weight * sum over neighbours n of  sim(q, n) * grade(n, item) / max grade(n)

The items voted for join the candidates even when they share no word with the query (a shop's
"hood fan" shoppers bought range hoods), and the vote is added to their score
(`search.ranking.adjustments`). A query asked before is its own nearest neighbour (cosine 1),
so head queries get their history back; a new query borrows from queries close in meaning.
`weight` is chosen by learning on held-back queries; 0 turns the memory off.

The memory names items by id, so catalogue changes need no rebuild: an item removed from the
catalogue is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class ClickMemory:
    FILES = ("clicks.npz", "clicks.json")

    def __init__(self, keys: list[str], vectors: np.ndarray, items: list[dict[str, float]], *,
                 weight: float = 0.2, neighbors: int = 10, min_similarity: float = 0.6):
        if len(keys) != len(vectors) or len(keys) != len(items):
            raise ValueError("click memory: keys, vectors and items differ in length")
        self.keys = list(keys)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.items = [dict(i) for i in items]
        self.weight = float(weight)
        self.neighbors = int(neighbors)
        self.min_similarity = float(min_similarity)

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1]) if self.vectors.ndim == 2 else 0

    @classmethod
    def build(cls, labels: dict, keys: list[str], raw: dict[str, np.ndarray], **kw) -> ClickMemory | None:
        """From `search.learning.QueryLabels` per key and the raw query vectors; None when no
        key has a vector."""
        keys = [k for k in keys if k in raw and labels[k].labels]
        if not keys:
            return None
        vectors = np.stack([raw[k] for k in keys]).astype(np.float32)
        items = [{i: float(v) for i, v in labels[k].labels.items()} for k in keys]
        return cls(keys, vectors, items, **kw)

    def with_weight(self, weight: float) -> ClickMemory:
        return ClickMemory(self.keys, self.vectors, self.items, weight=weight, neighbors=self.neighbors,
                           min_similarity=self.min_similarity)

    def votes(self, qraw: np.ndarray) -> dict[str, float]:
        """item id -> weighted vote for a raw query vector (empty when no logged query is close)."""
        w = self.weight
        if not len(self.keys) or w <= 0:
            return {}
        sims = self.vectors @ np.asarray(qraw, dtype=np.float32)
        k = min(self.neighbors, len(sims))
        near = np.argpartition(-sims, k - 1)[:k]
        out: dict[str, float] = {}
        for j in near[sims[near] >= self.min_similarity].tolist():
            grades = self.items[j]
            top = max(grades.values())
            s = float(sims[j])
            for item, g in grades.items():
                out[item] = out.get(item, 0.0) + w * s * g / top
        return out

    def save(self, directory: Path) -> None:
        directory = Path(directory)
        np.savez(directory / "clicks.npz", vectors=self.vectors)
        (directory / "clicks.json").write_text(json.dumps({
            "keys": self.keys, "items": self.items, "weight": self.weight, "neighbors": self.neighbors,
            "min_similarity": self.min_similarity}))

    @classmethod
    def load(cls, directory: Path) -> ClickMemory:
        directory = Path(directory)
        meta = json.loads((directory / "clicks.json").read_text())
        with np.load(directory / "clicks.npz") as z:
            vectors = z["vectors"]
        return cls(meta["keys"], vectors, meta["items"], weight=meta["weight"], neighbors=meta["neighbors"],
                   min_similarity=meta["min_similarity"])
