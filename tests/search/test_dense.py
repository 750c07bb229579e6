"""VectorIndex: factory strings from the data size, the approximate index against exact numpy
search (the oracle), live add/remove, and a save/load round trip."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from search.dense import VectorIndex, default_factory


def unit_vectors(n: int, dim: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def exact_top_k(data: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    sims = queries @ data.T
    top = np.argpartition(-sims, k, axis=1)[:, :k]
    return np.take_along_axis(top, np.argsort(-np.take_along_axis(sims, top, axis=1), axis=1), axis=1)


@pytest.mark.parametrize("n, factory", [
    (100, "IDMap,Flat"), (4999, "IDMap,Flat"), (5000, "IVF128,Flat"), (54667, "IVF935,Flat"), (199_999, "IVF1788,Flat"),
    (200_000, "IVF1788,SQ8"), (1_000_000, "IVF4000,SQ8"),
])
def test_default_factory_follows_size(n, factory):
    assert default_factory(n) == factory


def test_factory_string_builds_the_named_index():
    small = VectorIndex().build(unit_vectors(50, 16, 0))
    assert small.factory_ == "IDMap,Flat" and isinstance(small.index_, faiss.IndexIDMap)
    big = VectorIndex(exact_below=100, nprobe=7).build(unit_vectors(400, 16, 1))
    assert big.factory_.startswith("IVF") and faiss.extract_index_ivf(big.index_).nprobe == 7
    assert big.index_.metric_type == faiss.METRIC_INNER_PRODUCT


def test_exact_index_equals_numpy():
    data, queries = unit_vectors(1000, 32, 2), unit_vectors(20, 32, 3)
    res = VectorIndex().build(data).search(queries, 10)
    assert (res.ids == exact_top_k(data, queries, 10)).all()
    assert np.allclose(res.scores, np.take_along_axis(queries @ data.T, res.ids, axis=1), atol=1e-5)


def test_ivf_agrees_with_exact_search():
    """Above the size threshold the index is approximate: recall@10 against the numpy oracle."""
    data, queries = unit_vectors(12_000, 16, 4), unit_vectors(200, 16, 5)
    index = VectorIndex().build(data)                 # default nprobe
    assert index.factory_.startswith("IVF")
    got = index.search(queries, 10).ids
    truth = exact_top_k(data, queries, 10)
    recall = np.mean([len(set(g) & set(t)) / 10 for g, t in zip(got, truth)])
    assert recall >= 0.95, recall


def test_add_remove_save_load(tmp_path):
    data = unit_vectors(300, 16, 6)
    index = VectorIndex().build(data[:200])
    index.add(data[200:], np.arange(200, 300))
    index.remove([5])
    res = index.search(data[[5, 250]], 1)
    assert res.ids[0, 0] != 5 and res.ids[1, 0] == 250
    index.save(tmp_path)
    loaded = VectorIndex.load(tmp_path)
    assert len(loaded) == 299 and loaded.factory_ == "IDMap,Flat"
    again = loaded.search(data[:20], 5)
    first = index.search(data[:20], 5)
    assert (again.ids == first.ids).all()


def test_unbuilt_index_says_so():
    with pytest.raises(RuntimeError, match="not built"):
        VectorIndex().search(unit_vectors(1, 4, 0), 1)
