"""The dense index's hits kept for repeated queries (`search.cache.DenseHits`): a repeat skips
the index search and returns what the search returned; any change of the index forgets them."""

from __future__ import annotations

import threading

import numpy as np

from search.cache import DenseHits
from search.encoder import CachedEncoder
from search.engine import SearchEngine


class Found:
    def __init__(self, ids, scores):
        self.ids, self.scores = ids, scores


class CountingIndex:
    """Nearest rows by inner product over fixed vectors; counts its searches."""

    def __init__(self, vectors):
        self.vectors, self.searches = vectors, 0

    def search(self, q, k):
        self.searches += 1
        sims = q @ self.vectors.T
        order = np.argsort(-sims, axis=1)[:, :k]
        return Found(order, np.take_along_axis(sims, order, axis=1))


def test_a_repeated_query_reads_the_hits_its_search_returned():
    vectors = np.eye(4, dtype=np.float32)
    index, hits, lock = CountingIndex(vectors), DenseHits(2), threading.Lock()
    q = np.array([0.1, 0.9, 0.3, 0.0], dtype=np.float32)
    ids, sims = hits.search(index, q, 2, lock)
    assert ids.tolist() == [1, 2] and np.allclose(sims, [0.9, 0.3]) and index.searches == 1
    again = hits.search(index, q.copy(), 2, lock)
    assert index.searches == 1 and again[0].tolist() == [1, 2] and np.array_equal(again[1], sims)
    hits.search(index, q, 3, lock)  # another depth is another search
    assert index.searches == 2
    hits.search(index, np.array([1, 0, 0, 0], dtype=np.float32), 2, lock)  # the bound: q at depth 2 is evicted
    assert len(hits) == 2
    hits.search(index, q, 2, lock)
    assert index.searches == 4
    hits.clear()
    hits.search(index, q, 3, lock)
    assert index.searches == 5 and len(hits) == 1


def test_size_zero_keeps_nothing():
    index, hits = CountingIndex(np.eye(3, dtype=np.float32)), DenseHits(0)
    q = np.array([1, 0, 0], dtype=np.float32)
    hits.search(index, q, 2, threading.Lock())
    hits.search(index, q, 2, threading.Lock())
    assert index.searches == 2 and len(hits) == 0


def test_the_engine_searches_the_index_once_per_query_until_the_index_changes(catalog, encoder):
    engine = SearchEngine.build(catalog, encoder=CachedEncoder(encoder, size=100))
    calls = []
    search = engine.dense.search
    engine.dense.search = lambda q, k: calls.append(k) or search(q, k)
    first = engine.search("black laptop", limit=5)
    assert engine.search("black laptop", limit=5) == first and len(calls) == 1
    # a new item changes the index: the query is searched again
    engine.update_items([{"item_id": "new-1", "title": "Black Laptop Notebook", "price": 10.0}])
    after = engine.search("black laptop", limit=60)
    assert len(calls) == 2 and "new-1" in [item["item_id"] for item in after["items"]]
    # no query vectors kept: no hits kept either
    plain = SearchEngine.build(catalog, encoder=CachedEncoder(encoder, size=0))
    plain_search, plain_calls = plain.dense.search, []
    plain.dense.search = lambda q, k: plain_calls.append(k) or plain_search(q, k)
    plain.search("black laptop")
    plain.search("black laptop")
    assert len(plain_calls) == 2
