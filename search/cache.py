"""Embedding cache keyed by a hash of (model name, text): a rebuild re-embeds only new texts.

Stored pickle-free as two arrays per model in the cache directory: `<model>.keys.npy`
(fixed-width hex digests) and `<model>.vectors.npy` (float32 rows).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np


def text_key(model_name: str, text: str) -> bytes:
    return hashlib.blake2b(f"{model_name}\0{text}".encode(), digest_size=16).hexdigest().encode()


class EmbeddingCache:
    def __init__(self, directory: str | Path, model_name: str):
        self.directory = Path(directory)
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", model_name)
        self.keys_path = self.directory / f"{safe}.keys.npy"
        self.vectors_path = self.directory / f"{safe}.vectors.npy"
        self.model_name = model_name

    def _read(self) -> tuple[np.ndarray, np.ndarray | None]:
        if self.keys_path.exists() and self.vectors_path.exists():
            keys = np.load(self.keys_path, allow_pickle=False)
            vectors = np.load(self.vectors_path, allow_pickle=False)
            if len(keys) == len(vectors):
                return keys, vectors
        return np.zeros(0, dtype="S32"), None

    def encode(self, texts: list[str], encode_fn, *, show_progress: bool = False) -> tuple[np.ndarray, int]:
        """Vectors for `texts` (cached ones read, the others computed with `encode_fn` and added);
        returns (vectors, number of texts that had to be embedded)."""
        keys = np.array([text_key(self.model_name, t) for t in texts], dtype="S32")
        old_keys, old_vectors = self._read()
        position = {k: i for i, k in enumerate(old_keys.tolist())}
        found = np.array([position.get(k, -1) for k in keys.tolist()], dtype=np.int64)
        missing = np.flatnonzero(found < 0)
        # embed each distinct missing text once
        uniq: dict[bytes, int] = {}
        for i in missing.tolist():
            uniq.setdefault(keys[i], i)
        new_vectors = None
        if uniq:
            first = list(uniq.values())
            try:
                new_vectors = encode_fn([texts[i] for i in first], show_progress=show_progress)
            except TypeError:  # an encoder without a progress bar
                new_vectors = encode_fn([texts[i] for i in first])
            new_vectors = np.asarray(new_vectors, dtype=np.float32)
        dim = (old_vectors.shape[1] if old_vectors is not None and len(old_vectors)
               else new_vectors.shape[1] if new_vectors is not None else 0)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        hit = found >= 0
        if hit.any():
            out[hit] = old_vectors[found[hit]]
        if new_vectors is not None:
            new_pos = {k: j for j, k in enumerate(uniq)}
            out[missing] = new_vectors[[new_pos[keys[i]] for i in missing.tolist()]]
            self.directory.mkdir(parents=True, exist_ok=True)
            all_keys = np.concatenate([old_keys, np.array(list(uniq), dtype="S32")])
            all_vectors = new_vectors if old_vectors is None else np.concatenate([old_vectors, new_vectors])
            tmp_k, tmp_v = self.keys_path.with_suffix(".tmp.npy"), self.vectors_path.with_suffix(".tmp.npy")
            np.save(tmp_v, all_vectors, allow_pickle=False)
            np.save(tmp_k, all_keys, allow_pickle=False)
            tmp_v.replace(self.vectors_path)
            tmp_k.replace(self.keys_path)
        return out, len(uniq)


def _vector_key(qvec: np.ndarray, k: int) -> bytes:
    """A 128-bit digest of the exact float32 bytes of a query vector and the depth."""
    digest = hashlib.blake2b(np.ascontiguousarray(qvec, dtype=np.float32).tobytes(), digest_size=16)
    digest.update(int(k).to_bytes(4, "little"))
    return digest.digest()


class DenseHits:
    """A bounded LRU of the dense index's hits (int32 rows, cosines) by query vector and depth:
    a repeated query skips the index search. Its owner clears it whenever the index changes.
    `size` 0 keeps nothing; 10,000 queries of 200 hits take about 20 MB. Thread-safe."""

    def __init__(self, size: int):
        self.size = max(0, int(size))
        self._hits: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._hits)

    def get(self, qvec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray] | None:
        if not self.size:
            return None
        key = _vector_key(qvec, k)
        with self._lock:
            found = self._hits.get(key)
            if found is not None:
                self._hits.move_to_end(key)
            return found

    def put(self, qvec: np.ndarray, k: int, ids: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Keep (ids as int32 rows, cosines) read-only, and return them."""
        ids, scores = ids.astype(np.int32), scores.astype(np.float32, copy=True)
        ids.setflags(write=False)
        scores.setflags(write=False)
        if self.size:
            key = _vector_key(qvec, k)
            with self._lock:
                self._hits[key] = (ids, scores)
                self._hits.move_to_end(key)
                while len(self._hits) > self.size:
                    self._hits.popitem(last=False)
        return ids, scores

    def search(self, index, qvec: np.ndarray, k: int, lock) -> tuple[np.ndarray, np.ndarray]:
        """`index`'s `k` nearest (ids, cosines) of one query vector, searched under `lock`
        unless this query was searched since the last `clear`."""
        found = self.get(qvec, k)
        if found is None:
            with lock:
                res = index.search(qvec[None, :], k)
            found = self.put(qvec, k, res.ids[0], res.scores[0])
        return found

    def clear(self) -> None:
        with self._lock:
            self._hits.clear()
