"""Learned search (search/learning.py) on small known data, and price-only queries.

The learning catalogue has, per product family, a plain short title that BM25 and the (fake)
embedding rank first, and a long "deluxe" title: shoppers click the deluxe one. Learning to rank
must find that pattern and carry it to families (query words) it never saw clicks for.
"""

from __future__ import annotations

import numpy as np
import pytest
from catalogs import titles_catalog

from store.db import Catalog
from search.engine import SearchEngine
from search.learned import LearnedRanker, QueryAdapter
from search.learning import (
    LearnOptions,
    SearchEvents,
    held_back,
    learn,
    ndcg,
    search_labels,
)

pytest.importorskip("lightgbm")

FAMILIES = 120
WORDS = [f"gizmo{i:03d}" for i in range(FAMILIES)]


def family_catalog() -> Catalog:
    ids, titles = [], []
    for i, w in enumerate(WORDS):
        ids += [f"plain-{i}", f"deluxe-{i}"]
        titles += [f"{w} Basic", f"{w} Deluxe Edition Heavy Duty Steel Frame With Carry Case And Spare Parts Kit"]
    return titles_catalog(ids, titles, np.arange(len(ids), dtype=np.float64) + 10.0)


def clicks(pairs) -> SearchEvents:
    records = [{"query": q, "item_id": item, "type": kind} for q, item, kind in pairs]
    return SearchEvents.from_records(records)


# every family is queried; only the first 100 have clicks (learned from, part held back), the
# last 20 are new query strings the learned ranker must get right
TRAINED = WORDS[:100]
UNSEEN = WORDS[100:]


@pytest.fixture(scope="module")
def learned_engine(encoder):
    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    events = clicks([(w.upper() if k % 2 else w, f"deluxe-{i}", "click") for i, w in enumerate(TRAINED) for k in range(3)]
                    + [(w, f"deluxe-{i}", "purchase") for i, w in enumerate(TRAINED[:30])])
    report = learn(engine, events, LearnOptions(time_budget_s=60, adapter=False, min_queries=20)).report
    return engine, report


def test_labels_from_events_are_graded_by_type_and_normalised_queries():
    events = clicks([("Red Kettle", "k1", "click"), ("red  kettle", "k1", "click"), ("red kettle", "k2", "purchase"),
                     ("red kettle", "k3", "search"), ("red kettle", "k4", "remove_from_cart"), ("", "k5", "click")])
    labels = search_labels(events)
    assert list(labels) == ["red kettle"]
    assert labels["red kettle"].labels == {"k1": 2, "k2": 4}          # 5 (purchase) scaled to the top grade
    assert labels["red kettle"].query in ("Red Kettle", "red  kettle", "red kettle")


def test_held_back_split_is_deterministic():
    keys = [f"q{i}" for i in range(2000)]
    first = [k for k in keys if held_back(k, 0.2)]
    assert first == [k for k in keys if held_back(k, 0.2)]
    assert 300 < len(first) < 500
    assert ndcg(np.array([0, 2]), [2]) == pytest.approx(1 / np.log2(3))


def test_hand_ranking_prefers_the_plain_title(encoder, ids):
    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    assert ids(engine.search(UNSEEN[0], limit=2)) == ["plain-100", "deluxe-100"]


def test_learned_ranker_beats_the_hand_ranking_on_held_back_queries(learned_engine, ids):
    engine, report = learned_engine
    held = report["held_back"]
    assert report["held_back_queries"] >= 10 and report["train_queries"] >= 60
    assert held["learned"]["ndcg@10"] > held["hand"]["ndcg@10"] + 0.2
    assert report["used"] and report["ranker"] and engine.ranker is not None
    # new query strings, never clicked: the learned pattern carries over (the trees correct the
    # hand-weighted score, so a family whose deluxe title is far behind may stay second)
    right = sum(ids(engine.search(w, limit=1)) == [f"deluxe-{100 + k}"] for k, w in enumerate(UNSEEN))
    assert right >= 0.9 * len(UNSEEN)


def test_learned_model_survives_save_and_load_without_pickle(learned_engine, encoder, tmp_path):
    engine, report = learned_engine
    engine.save(tmp_path / "idx")
    files = {p.name for p in (tmp_path / "idx" / "learned").iterdir()}
    assert {"ranker.txt", "ranker.json", "learned.json"} <= files
    assert not list((tmp_path / "idx").rglob("*.pkl")) and not list((tmp_path / "idx").rglob("*.pickle"))
    loaded = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    assert loaded.ranker is not None and loaded.learned_info["chosen"] == report["chosen"]
    for w in UNSEEN[:5] + TRAINED[:5] + ["gizmo", "basic"]:
        assert loaded.search(w, limit=5) == engine.search(w, limit=5)
    # saving again without learned parts removes them
    loaded.set_learned()
    loaded.save(tmp_path / "idx")
    assert not (tmp_path / "idx" / "learned").exists()
    assert SearchEngine.load(tmp_path / "idx", encoder=encoder).ranker is None


def test_noise_is_not_learned(encoder):
    """Clicks that say nothing about the query (items of other families, at random) must not
    replace the hand ranking: the learned ranker is no better on the held-back queries."""
    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    rng = np.random.default_rng(7)
    pairs = []
    for i, w in enumerate(TRAINED):
        for _ in range(3):
            other = int(rng.choice([j for j in range(FAMILIES) if j != i]))
            pairs.append((w, f"{rng.choice(['plain', 'deluxe'])}-{other}", "click"))
    report = learn(engine, clicks(pairs), LearnOptions(time_budget_s=60, adapter=False, min_queries=20)).report
    assert "learned" in report["held_back"] and "hand" in report["held_back"]     # both numbers recorded
    assert not report["used"] and engine.ranker is None
    assert [i["item_id"] for i in engine.search(UNSEEN[0], limit=2)["items"]] == ["plain-100", "deluxe-100"]


def test_too_few_search_events_leave_the_engine_as_it_is(encoder):
    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    report = learn(engine, clicks([(WORDS[0], "deluxe-0", "click")]), LearnOptions(time_budget_s=10)).report
    assert not report["used"] and "too few" in report["reason"] and engine.ranker is None


def test_query_adapter_round_trip_and_identity_start(tmp_path, encoder):
    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    q = engine.encode_queries(["gizmo001 basic"])[0]
    zero = QueryAdapter(np.zeros((encoder.dim, encoder.dim), dtype=np.float32))
    assert np.allclose(zero.apply(q), q, atol=1e-6)
    rng = np.random.default_rng(0)
    adapter = QueryAdapter(0.01 * rng.standard_normal((encoder.dim, encoder.dim)).astype(np.float32))
    engine.set_learned(adapter=adapter)
    before = engine.search("gizmo001", limit=3)
    engine.save(tmp_path / "a")
    loaded = SearchEngine.load(tmp_path / "a", encoder=encoder)
    assert np.array_equal(loaded.adapter.weight, adapter.weight)
    assert loaded.search("gizmo001", limit=3) == before
    with pytest.raises(ValueError, match="adapter"):
        engine.set_learned(adapter=QueryAdapter(np.zeros((3, 3), dtype=np.float32)))


def test_ranker_text_model_loads_back(learned_engine, tmp_path):
    engine, _ = learned_engine
    engine.ranker.save(tmp_path)
    again = LearnedRanker.load(tmp_path)
    X = np.random.default_rng(1).random((7, len(again.features))).astype(np.float32)
    assert np.allclose(again.predict(X), engine.ranker.predict(X))


# ---------------------------------------------------------------- price words alone
@pytest.mark.parametrize("query", ["cheap", "budget", "安い", "cheapest"])
def test_a_price_word_alone_browses_cheapest_first_in_stock_first(engine, query):
    r = engine.search(query, limit=100)
    assert r["total"] == len(engine) and r["understood"]["price"]["intent"] == "low"
    stock = [i["in_stock"] for i in r["items"]]
    assert stock == sorted(stock, reverse=True)                       # in stock first
    in_stock = [i["price"] for i in r["items"] if i["in_stock"] and i["price"] is not None]
    assert in_stock == sorted(in_stock) and len(in_stock) > 10        # then cheapest first


def test_under_a_price_alone_browses_below_it_cheapest_first(engine):
    r = engine.search("under 50", limit=100)
    prices = [i["price"] for i in r["items"]]
    assert r["understood"]["price"]["max"] == 50 and r["total"] > 0
    assert all(p <= 50 for p in prices) and prices == sorted(prices)
    assert engine.search("cheap", limit=5, sort="price_desc")["items"][0]["price"] == max(
        i["price"] for i in engine.search("cheap", limit=100)["items"] if i["price"] is not None)
