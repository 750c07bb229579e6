"""Fine-tuning the engine's embedding model inside search learning: the training pairs, the
model trained with torch from the encoder's source model (`search.finetune`), the catalogue
re-embedded and served through `search.encoder.Encoder`, and the dense cut recalibrated."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from search.learning.groups import served_text
from search.learning.labels import QueryLabels


@runtime_checkable
class SourceModelEncoder(Protocol):
    """An encoder built from a sentence-transformers model on disk (`search.encoder.Encoder`,
    whatever backend runs it): fine-tuning trains that model with torch."""

    name: str
    model_path: str
    batch_size: int
    query_threads: int | None

    def encode_products(self, texts) -> np.ndarray: ...


def fine_tunable(engine) -> bool:
    """A dense part whose encoder names its source model on disk."""
    enc = engine.encoder
    return engine.dense is not None and isinstance(enc, SourceModelEncoder) and bool(enc.model_path)


def training_pairs(engine, queries: dict[str, QueryLabels], keys: list[str]) -> list[tuple[str, str, float]]:
    """(the text serving embeds for the query, the product text as indexed, grade) per acted-on
    item: what the embedding model is fine-tuned on."""
    out = []
    for key in keys:
        ql = queries[key]
        text = served_text(engine, ql.query)
        for item, grade in ql.labels.items():
            row = engine.row_of.get(item)
            if row is not None and grade > 0:
                out.append((text, engine.product_text(row), float(grade)))
    return out



def reembed_estimate(engine, sample_size: int = 200) -> float:
    """Seconds to re-embed the whole catalogue with the engine's encoder, timed on a sample."""
    texts = engine.product_texts()
    sample = texts[::max(1, len(texts) // sample_size)][:sample_size]
    t = time.perf_counter()
    engine.encoder.encode_products(sample)
    return (time.perf_counter() - t) / max(1, len(sample)) * len(texts)


def train_encoder(engine, base: SourceModelEncoder, pairs, info: dict, *, deadline: float, epochs: int,
                  min_steps: int, seed: int, threads: int, workdir, say) -> Path | None:
    """Fine-tune `base` (an `search.encoder.Encoder`) on `pairs`, save the model in a new
    directory under `workdir`, re-embed the catalogue with it and serve with it; returns the
    directory (None, the engine untouched, when there was nothing to train). `info` gets the
    training report and the re-embedding time."""
    from search.encoder import Encoder
    from search.finetune import fine_tune, save_model

    model, ft = fine_tune(base.model_path, pairs, deadline=deadline, epochs=epochs, min_steps=min_steps, seed=seed,
                          threads=threads, log=say)
    info.update(ft)
    if model is None:
        return None
    if workdir is not None:
        Path(workdir).mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="encoder-", dir=workdir))
    save_model(model, directory, base_name=base.name)
    del model
    candidate = Encoder(directory, batch_size=base.batch_size, query_threads=base.query_threads)
    t = time.perf_counter()
    vectors = candidate.encode_products(engine.product_texts())
    info["reembed_s"] = round(time.perf_counter() - t, 2)
    say(f"re-embedded {len(vectors):,} products with the fine-tuned model: {info['reembed_s']} s")
    engine.use_encoder(candidate, vectors)
    return directory


def calibrate(engine, queries, keys: list[str], raw, shop_cut: float, info: dict, *, seed: int) -> None:
    """The cosine a dense-only candidate needs was set for the packaged model's scale: a new
    model's is read off the training pairs (never stricter than the shop's setting)."""
    cut = calibrated_min_similarity(engine, queries, keys, raw, seed=seed)
    engine.set_min_similarity(shop_cut)
    if cut is not None and cut < shop_cut:
        info["dense_min_similarity"] = round(cut, 4)
        engine.set_min_similarity(info["dense_min_similarity"])


def calibrated_min_similarity(engine, queries, keys: list[str], raw: dict[str, np.ndarray], *, sample: int = 500,
                              negatives: int = 20, seed: int = 0) -> float | None:
    """The cosine that best tells a query's acted-on products from random ones under the
    engine's model (the largest true-positive minus false-positive rate, Youden's J), over a
    sample of the queries in `keys` (`raw`: their vectors under that model)."""
    rng = np.random.default_rng(seed)
    keys = [keys[i] for i in rng.permutation(len(keys))[:sample]]
    live = np.flatnonzero(engine.alive)
    pos, neg = [], []
    for k in keys:
        rows = [engine.row_of[i] for i in queries[k].labels if i in engine.row_of]
        if not rows or k not in raw:
            continue
        q = raw[k]
        pos.append(engine.vectors[rows] @ q)
        neg.append(engine.vectors[rng.choice(live, min(negatives, len(live)), replace=False)] @ q)
    if not pos:
        return None
    pos, neg = np.concatenate(pos), np.concatenate(neg)
    cuts = np.unique(np.quantile(np.concatenate([pos, neg]), np.linspace(0, 1, 201)))
    j = [(pos >= c).mean() - (neg >= c).mean() for c in cuts]
    return float(cuts[int(np.argmax(j))])


