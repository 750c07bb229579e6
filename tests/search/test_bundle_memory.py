"""What a serving worker holds of a saved engine: memory-mapped ranking vectors and bm25s columns
(float32 beside a flat faiss index, float16 beside a compact one), files replaced without
truncation, and the compact index tier (trained on a capped sample) against exact search."""

from __future__ import annotations

import mmap

import numpy as np

from search.config import SearchConfig
from search.dense import TRAIN_PER_LIST, VectorIndex, default_factory, ranking_dtype
from search.engine import SearchEngine

QUERIES = ["shirt dress", "cheap black laptop", "table lamp", "purple waterproof laptop"]


def unit_vectors(n: int, dim: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def file_mapped(array) -> bool:
    """Whether `array`'s memory is a mapped file (np.load(mmap_mode=...)), through any views."""
    while array is not None and not isinstance(array, mmap.mmap):
        array = getattr(array, "base", None)
    return array is not None


def test_flat_tier_loads_mapped_float32_vectors_and_answers_the_same(engine, encoder, tmp_path):
    engine.save(tmp_path / "idx")
    loaded = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    assert file_mapped(loaded.vectors) and loaded.vectors.dtype == np.float32
    assert np.array_equal(np.asarray(loaded.vectors), engine.vectors)  # the exact values
    assert file_mapped(loaded.indexes.lexical.bm25_.scores["data"])
    assert file_mapped(loaded.indexes.phrases.bm25_.scores["indices"])
    assert not file_mapped(engine.vectors)
    cats = loaded.catalogue.categories
    same = [r for r in range(len(cats)) if cats[r] == cats[0]]
    assert len(same) > 1 and all(cats[r] is cats[0] for r in same)    # one string object, not one a row
    for q in QUERIES:
        assert loaded.search(q, limit=20) == engine.search(q, limit=20)


def test_compact_tier_serves_float16_vectors(catalog, encoder, tmp_path):
    engine = SearchEngine.build(catalog, encoder=encoder, config=SearchConfig(dense_factory="IVF2,SQ8"))
    assert engine.dense.compact and ranking_dtype(engine.dense.factory_) is np.float16
    engine.save(tmp_path / "idx")
    loaded = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    assert loaded.vectors.dtype == np.float16 and file_mapped(loaded.vectors)
    assert np.abs(loaded.vectors.astype(np.float32) - engine.vectors).max() < 1e-3
    assert [i["item_id"] for i in loaded.search("cheap black laptop", limit=6)["items"]] == \
        [i["item_id"] for i in engine.search("cheap black laptop", limit=6)["items"]]
    loaded.update_items([{"item_id": "new-1", "title": "Inflatable Kayak", "price": 199.0}])
    assert loaded.vectors.dtype == np.float16 and len(loaded.vectors) == len(engine.vectors) + 1
    assert "new-1" in [i["item_id"] for i in loaded.search("inflatable kayak")["items"]]


def test_saving_over_the_directory_a_worker_mapped_keeps_its_files(engine, encoder, tmp_path):
    engine.save(tmp_path / "idx")
    worker = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    before = {q: worker.search(q, limit=10) for q in QUERIES}
    engine.update_items([{"item_id": "new-1", "title": "Inflatable Kayak", "price": 199.0}])
    engine.save(tmp_path / "idx")                       # the next version, written over the same path
    assert {q: worker.search(q, limit=10) for q in QUERIES} == before   # the mapped files were not torn
    again = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    assert "new-1" in [i["item_id"] for i in again.search("inflatable kayak")["items"]]
    assert not [p for p in (tmp_path / "idx").iterdir() if p.name.startswith(".")]   # no temporaries left


def test_compact_index_trains_on_a_capped_sample():
    data = unit_vectors(100_000, 8, 0)
    index = VectorIndex(compact_from=50_000)
    index.factory_ = default_factory(len(data), compact_from=50_000)
    assert index.factory_ == "IVF1264,SQ8" and index.compact
    import faiss

    raw = faiss.index_factory(8, index.factory_, faiss.METRIC_INNER_PRODUCT)
    sample = index._training_set(raw, data)
    assert len(sample) == TRAIN_PER_LIST * 1264 < len(data)
    assert len(np.unique(sample, axis=0)) == len(sample)       # distinct rows of the data
    assert VectorIndex(compact_from=10**9)._training_set(raw, data) is data  # not compact: everything


def test_compact_index_finds_what_the_flat_one_finds():
    """SQ8 loses almost nothing against IVF-Flat with the same lists (recall@10 against numpy)."""
    data, queries = unit_vectors(20_000, 16, 1), unit_vectors(200, 16, 2)
    sims = queries @ data.T
    truth = np.argsort(-sims, axis=1)[:, :10]

    def recall(index):
        return np.mean([len(set(g) & set(t)) / 10 for g, t in zip(index.search(queries, 10).ids, truth)])

    flat, compact = VectorIndex(compact_from=10**9).build(data), VectorIndex(compact_from=10_000).build(data)
    assert flat.factory_ == "IVF512,Flat" and compact.factory_ == "IVF512,SQ8"
    assert recall(compact) >= 0.93 and recall(compact) >= recall(flat) - 0.03, (recall(compact), recall(flat))
    got = compact.search(queries, 10)
    assert np.abs(got.scores - np.take_along_axis(sims, got.ids, axis=1)).max() < 0.01  # near the cosines
