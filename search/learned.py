"""Learned parts as served: the query adapter, the query-side encoder, the learned ranker, the click memory and shoppers'
words (`LearnedParts`), how the engine scores with a ranker, and their pickle-free files. Serving
code reads them from here; how they are learnt is `search.learning`, which this never imports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from search.clicks import ClickMemory
from search.config import SearchConfig
from search.expansion import ShopperWords
from search.ranking import Features, adjustments, feature_matrix, in_language, relevance
from store.files import json_default

LEARNED_FORMAT = 1


class QueryAdapter:
    """q' = normalize(q + q W): a residual linear map on query vectors; W starts at zero."""

    def __init__(self, weight: np.ndarray):
        self.weight = np.ascontiguousarray(weight, dtype=np.float32)

    @property
    def dim(self) -> int:
        return int(self.weight.shape[0])

    def apply(self, q: np.ndarray) -> np.ndarray:
        q = np.asarray(q, dtype=np.float32)
        out = q + q @ self.weight
        norm = np.linalg.norm(out, axis=-1, keepdims=True)
        return (out / np.maximum(norm, 1e-12)).astype(np.float32)

    def save(self, directory: Path) -> None:
        np.save(Path(directory) / "query_adapter.npy", self.weight, allow_pickle=False)

    @classmethod
    def load(cls, directory: Path) -> "QueryAdapter":
        return cls(np.load(Path(directory) / "query_adapter.npy", allow_pickle=False))


class QueryTunedEncoder:
    """Queries by a model fine-tuned on the query side only (`search.finetune.fine_tune_queries`),
    products by the encoder the catalogue's vectors were made with: its name is theirs, so the
    index, the embedding cache and live updates go on with the same product vectors."""

    QUERY_DIR = "query_encoder"  # where the query model lives in a learned directory

    def __init__(self, products, queries):
        self.products, self.queries = products, queries

    name = property(lambda self: self.products.name)
    dim = property(lambda self: self.products.dim)
    model_path = property(lambda self: self.products.model_path)
    batch_size = property(lambda self: self.products.batch_size)
    query_threads = property(lambda self: self.products.query_threads)
    query_model_path = property(lambda self: self.queries.model_path)
    fine_tuned = False  # the product side is the packaged model

    def encode_queries(self, texts) -> np.ndarray:
        return self.queries.encode_queries(texts)

    def encode_products(self, texts, **kw) -> np.ndarray:
        return self.products.encode_products(texts, **kw)


class LearnedRanker:
    """LightGBM lambdarank trees over `features` (names from `search.ranking.FEATURE_NAMES`),
    boosted from the hand-weighted score: score = base * hand + trees(features). Starting from
    the hand ranking, the trees learn corrections to it, and break no ties it already breaks."""

    def __init__(self, booster, features: tuple[str, ...], base: float = 5.0):
        self.booster = booster
        self.features = tuple(features)
        self.base = float(base)
        self._hand = self.features.index("hand") if "hand" in self.features else None

    def predict(self, X: np.ndarray) -> np.ndarray:
        out = np.asarray(self.booster.predict(X, num_threads=1), dtype=np.float64)
        if self._hand is not None and self.base:
            out = out + self.base * X[:, self._hand]
        return out

    def save(self, directory: Path) -> None:
        directory = Path(directory)
        (directory / "ranker.txt").write_text(self.booster.model_to_string())
        (directory / "ranker.json").write_text(json.dumps({"features": list(self.features), "base": self.base}))

    @classmethod
    def load(cls, directory: Path) -> "LearnedRanker":
        import lightgbm as lgb

        directory = Path(directory)
        booster = lgb.Booster(model_str=(directory / "ranker.txt").read_text())
        meta = json.loads((directory / "ranker.json").read_text())
        return cls(booster, tuple(meta["features"]), meta.get("base", 0.0))


@dataclass(frozen=True)
class LearnedParts:
    """What learning kept for an engine (None: not used) and `info`, what it measured."""

    adapter: QueryAdapter | None = None
    ranker: LearnedRanker | None = None
    clicks: ClickMemory | None = None
    words: ShopperWords | None = None
    info: dict[str, Any] = field(default_factory=dict)

    def without_vectors(self) -> "LearnedParts":
        """These parts less the ones that read product vectors (for an engine without any)."""
        return replace(self, adapter=None, clicks=None)

    def __bool__(self) -> bool:
        return any(p is not None for p in (self.adapter, self.ranker, self.clicks, self.words)) or bool(self.info)


def learned_score(f: Features, cfg: SearchConfig, ranker: LearnedRanker) -> np.ndarray:
    """The learned relevance plus the business adjustments and the shopper's language, converted
    from hand-weighted units to the model's by the ratio of the two scores' spreads over the
    candidates."""
    learned = ranker.predict(feature_matrix(f, cfg, ranker.features))
    adjust = adjustments(f, cfg)
    units = 1.0
    if adjust.any() or (f.other_language is not None and f.other_language.any()):
        hand = relevance(f, cfg)
        spread = float(hand.max() - hand.min())
        units = float(learned.max() - learned.min()) / spread if spread > 0 else 1.0
    return in_language(learned + adjust * units, f, cfg, units)


def save_learned(parts: LearnedParts, directory: Path, *, encoder: str | None = None) -> None:
    """Write `parts` (`encoder`: the name of the fine-tuned embedding model served, if any)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    meta = {"format": LEARNED_FORMAT, "adapter": parts.adapter is not None, "ranker": parts.ranker is not None,
            "clicks": parts.clicks is not None, "words": parts.words is not None, "encoder": encoder,
            "info": parts.info}
    for part in (parts.adapter, parts.ranker, parts.clicks, parts.words):
        if part is not None:
            part.save(directory)
    (directory / "learned.json").write_text(json.dumps(meta, indent=1, default=json_default))


def load_learned(directory: Path) -> LearnedParts:
    """Read what `save_learned` wrote (parts of another format: none, and `info` says so)."""
    directory = Path(directory)
    meta = json.loads((directory / "learned.json").read_text())
    if meta.get("format") != LEARNED_FORMAT:
        return LearnedParts(info={"ignored": f"learned format {meta.get('format')} is not {LEARNED_FORMAT}"})
    return LearnedParts(adapter=QueryAdapter.load(directory) if meta.get("adapter") else None,
                        ranker=LearnedRanker.load(directory) if meta.get("ranker") else None,
                        clicks=ClickMemory.load(directory) if meta.get("clicks") else None,
                        words=ShopperWords.load(directory) if meta.get("words") else None,
                        info=meta.get("info") or {})
