"""The query-vector cache's size setting and the hit-rate benchmark's stream."""

import pytest

from benchmarks.query_cache import CountingModel, hit_rate, zipf_stream
from search.encoder import DEFAULT_QUERY_CACHE, CachedEncoder, default_query_cache


def test_cache_size_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("KAIYU_QUERY_CACHE", raising=False)
    assert default_query_cache() == DEFAULT_QUERY_CACHE
    monkeypatch.setenv("KAIYU_QUERY_CACHE", "0")
    assert default_query_cache() == 0
    monkeypatch.setenv("KAIYU_QUERY_CACHE", "lots")
    with pytest.raises(ValueError, match="KAIYU_QUERY_CACHE"):
        default_query_cache()


def test_a_size_zero_cache_embeds_every_query():
    model = CountingModel()
    cache = CachedEncoder(model, size=0)
    for _ in range(3):
        cache.encode_queries(["drill"])
    assert model.calls == 3 and cache.hits == 0


def test_hit_rate_counts_first_sightings_and_evictions():
    assert hit_rate(["a", "b", "a", " a ", "b"], size=2)["hits"] == 3  # whitespace collapsed: " a " is "a"
    assert hit_rate(["a", "b", "c", "a"], size=2)["hits"] == 0  # "a" was evicted by "c"


def test_zipf_stream_is_seeded_and_head_heavy():
    queries = [f"q{i}" for i in range(1000)]
    one, two = zipf_stream(queries, 5000, exponent=1.0, seed=3), zipf_stream(queries, 5000, exponent=1.0, seed=3)
    assert one == two
    top = max(set(one), key=one.count)
    assert one.count(top) / len(one) > 0.1  # rank 1 of 1,000 under Zipf(1): about 13 %
