"""Array helpers the models share: unit rows, dense rows of a CSR matrix, dense copies."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def normalize_rows(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def dense_rows(m, item_ids) -> np.ndarray:
    """Rows `item_ids` of a CSR (or dense) matrix as a dense float32 array. Reads the CSR arrays
    directly: scipy's fancy indexing costs ~50 us a call, far more than the copy, and the
    serving path asks for one or two rows per request."""
    if not sp.issparse(m):
        return np.asarray(m[np.asarray(item_ids)], dtype=np.float32)
    ids = np.asarray(item_ids, dtype=np.int64).ravel()
    out = np.zeros((len(ids), m.shape[1]), dtype=np.float32)
    indptr, indices, data = m.indptr, m.indices, m.data
    for k, i in enumerate(ids):
        s, e = indptr[i], indptr[i + 1]
        out[k, indices[s:e]] = data[s:e]
    return out


def dense(m) -> np.ndarray:
    return np.asarray(m.toarray() if sp.issparse(m) else m, dtype=np.float32)
