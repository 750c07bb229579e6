"""Sentence embeddings served by ONNX Runtime from a model exported by `search.onnx_export`:
tokenised by `tokenizers` (Rust, no torch), length-bucketed batches for catalogues.

Length buckets: texts are sorted by token count and batched, so a batch pads to its own longest
text rather than to the longest in the catalogue, then rows go back to the input order.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class Exported:
    """One export on disk: the graph, the tokenizer that feeds it, and what it was checked to."""

    graph: Path
    tokenizer: Path
    variant: str          # "int8" or "fp32"
    dim: int
    probe_min_cosine: float
    key: str

    @classmethod
    def read(cls, directory: str | Path, key: str) -> "Exported | None":
        """The export `key` in `directory`, or None while any of its files is missing (the
        `.json` is written last)."""
        directory = Path(directory)
        meta, graph, tokenizer = (directory / f"{key}.json", directory / f"{key}.onnx",
                                  directory / f"{key}.tokenizer.json")
        if not (meta.exists() and graph.exists() and tokenizer.exists()):
            return None
        info = json.loads(meta.read_text())
        return cls(graph=graph, tokenizer=tokenizer, variant=info["variant"], dim=int(info["dim"]),
                   probe_min_cosine=float(info["probe_min_cosine"]), key=key)


def length_buckets(lengths, batch_size: int) -> list[np.ndarray]:
    """Positions grouped into batches of at most `batch_size` texts of similar length (shortest
    first; equal lengths keep their input order)."""
    order = np.argsort(np.asarray(lengths, dtype=np.int64), kind="stable")
    step = max(1, int(batch_size))
    return [order[i:i + step] for i in range(0, len(order), step)]


class OnnxSession:
    """An ONNX Runtime session of a pooled sentence-embedding graph: token encodings in, unit
    float32 rows out. `run` is thread-safe (ONNX Runtime's sessions are)."""

    def __init__(self, graph: str | Path, *, threads: int | None = None):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = int(threads or 0)  # 0: ONNX Runtime's default, one per core
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def embed(self, encodings) -> np.ndarray:
        """Unit vectors of `tokenizers` encodings, padded together to the longest of them."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = e.ids, 1, e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        out = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        out = np.asarray(out, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.ascontiguousarray(out / np.maximum(norms, 1e-12), dtype=np.float32)


class OnnxEncoder:
    """Encode queries and product texts with an exported model (see `search.encoder.Encoder`,
    which finds or makes the export and names the model).

    `query_threads` serve one short query (one thread is fastest and keeps the tail short on
    shared cores); `threads` embed catalogues (None: one per core)."""

    def __init__(self, exported: Exported, *, model_path: str, base_name: str, fine_tuned: bool = False,
                 batch_size: int = 64, threads: int | None = None, query_threads: int | None = 1):
        from tokenizers import Tokenizer

        self.exported = exported
        self.model_path = str(model_path)
        self.fine_tuned = fine_tuned
        self.dim = exported.dim
        # vectors differ slightly from the torch model's: the embedding cache and an index keep them apart
        self.name = f"{base_name}+onnx-{exported.variant}"
        self.batch_size = batch_size
        self.threads, self.query_threads = threads, query_threads
        self.tokenizer = Tokenizer.from_file(str(exported.tokenizer))
        self._sessions: dict[int | None, OnnxSession] = {}
        self._lock = threading.Lock()

    def session(self, threads: int | None) -> OnnxSession:
        """The session running on `threads` intra-op threads, opened on first use."""
        with self._lock:
            if threads not in self._sessions:
                self._sessions[threads] = OnnxSession(self.exported.graph, threads=threads)
            return self._sessions[threads]

    def encode_queries(self, texts) -> np.ndarray:
        texts = [str(t) for t in texts]
        if len(texts) <= 1:
            if not texts:
                return np.zeros((0, self.dim), dtype=np.float32)
            return self.session(self.query_threads).embed([self.tokenizer.encode(texts[0])])
        return self._encode(texts, self.query_threads)

    def encode_products(self, texts, *, show_progress: bool = False) -> np.ndarray:
        return self._encode([str(t) for t in texts], self.threads, show_progress)

    def _encode(self, texts: list[str], threads: int | None, show_progress: bool = False) -> np.ndarray:
        """Length-bucketed batches, run by `threads` workers (None: one per core) at once, each
        batch on one thread of one single-threaded session: on 2 busy cores about 30 % more
        titles per second than one session running each batch on 2 threads."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(texts)
        batches = length_buckets([len(e.ids) for e in encodings], self.batch_size)
        workers = min(len(batches), _cores() if threads is None else max(1, int(threads)))
        session = self.session(1 if workers > 1 else threads)

        def run(rows: np.ndarray) -> None:
            out[rows] = session.embed([encodings[i] for i in rows])

        progress = None
        if show_progress:
            from tqdm.auto import tqdm

            progress = tqdm(total=len(batches), desc="embedding", unit="batch")
        if workers > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(workers, thread_name_prefix="kaiyu-embed") as pool:
                for _ in pool.map(run, batches):  # ONNX Runtime runs sessions concurrently, without the GIL
                    if progress is not None:
                        progress.update()
        else:
            for rows in batches:
                run(rows)
                if progress is not None:
                    progress.update()
        if progress is not None:
            progress.close()
        return out


def _cores() -> int:
    """The cores this process may run on."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
