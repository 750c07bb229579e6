"""Labels from the search log (impressions + attributed events), corrected for position bias."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.clicksim import ClickModel
from search.learning import SearchEvents, SearchLog, impression_labels, search_labels
from search.learning.propensity import Propensity

HALVES = Propensity((1.0, 0.5, 0.25), eta=2.0, source="test")


def imp(sid, query, items, explore=False, offset=0):
    return {"id": sid, "query": query, "items": items, "offset": offset, "explore": explore}


def test_actions_are_weighed_against_expected_examinations():
    impressions = [imp("s1", "Red Kettle", ["a", "b", "c"]), imp("s2", "red kettle", ["a", "b", "c"]),
                   imp("s3", "blue pan", ["a"])]  # nobody acted: no labels for it
    events = [{"search_id": "s1", "item_id": "a", "position": 1, "type": "click"},
              {"search_id": "s2", "item_id": "c", "position": 3, "type": "click"},
              {"search_id": "s2", "item_id": "zz", "position": 3, "type": "click"},   # never shown: ignored
              {"search_id": "other", "item_id": "a", "position": 1, "type": "click"}]  # no impression: ignored
    labels = impression_labels(impressions, events, HALVES)
    assert list(labels) == ["red kettle"]
    ql = labels["red kettle"]
    # a: 1 click over 1 + 2 x 1.0 examinations = 0.33 -> grade 1; c: 1 over 1 + 2 x 0.25 = 0.67 -> 3
    assert ql.labels == {"a": 1, "c": 3}
    assert ql.shown == {"a", "b", "c"} and ql.weight == 2.0


def test_offset_and_clip_set_the_position_weight():
    # shown at position 3 (offset 2): propensity 0.25, floored at 1/clip = 0.5 with clip 2
    labels = impression_labels([imp("s", "q", ["x"], offset=2)], [{"search_id": "s", "item_id": "x", "type": "click"}],
                               HALVES, clip=2.0, prior=0.0)
    assert labels["q"].labels == {"x": 4}  # rate 1 / 0.5 = 2 = the query's best: the top grade


def test_position_bias_corrected_where_raw_counts_are_fooled():
    """A fair item always shown first and an excellent one always shown tenth: raw counts prefer
    the first, the propensity-weighted rate the tenth."""
    model, rng = ClickModel(eta=1.0, noise=0.05, cart=0.0), np.random.default_rng(0)
    items = ["fair"] + [f"filler{k}" for k in range(8)] + ["best"]
    grades = {"fair": 0.35, "best": 1.0}
    impressions, events = [], []
    for s in range(3000):
        impressions.append(imp(f"s{s}", "drill", items))
        events += [{"search_id": f"s{s}", "item_id": a.item_id, "position": a.position, "type": a.type, "query": "drill"}
                   for a in model.session(items, grades, rng)]
    raw = search_labels(SearchEvents.from_records(events))["drill"].labels
    assert raw["fair"] > raw["best"]
    log = SearchLog(impressions, events, propensity=Propensity.prior())
    fixed = log.labels()["drill"].labels
    assert fixed["best"] == 4 and fixed["best"] > fixed["fair"]
    assert log.describe()["propensity"]["source"].startswith("prior")


def test_a_log_without_impressions_is_empty_and_falls_back():
    assert not SearchLog([], [{"search_id": "s", "item_id": "a", "type": "click"}])
    assert not SearchLog([imp("s", "q", ["a"])], [])
    assert SearchLog([imp("s", "q", ["a"])], [{"search_id": "s", "item_id": "a", "type": "click"}])


def test_from_store_reads_impressions_and_attributed_events(tmp_path):
    from store.db import Store

    if not hasattr(Store, "impressions"):
        pytest.skip("this store keeps no impressions")
    from datetime import datetime, timezone

    from store.schema import Event

    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    try:
        store.add_impressions([imp("a" * 32, "Drill", ["i1", "i2"], explore=True) | {"kind": "search", "user_id": "u"}])
        now = datetime.now(timezone.utc)
        store.add_events([Event(user_id="u", item_id="i2", type="click", timestamp=now, search_id="a" * 32, position=2),
                          Event(user_id="u", item_id="i1", type="click", timestamp=now, query="drill")])
        log = SearchLog.from_store(store)
        assert [i["items"] for i in log.impressions] == [["i1", "i2"]]
        assert [(e["item_id"], e["position"]) for e in log.events] == [("i2", 2)]
        assert log.labels()["drill"].labels == {"i2": 3}  # 1 click over 1 + 0.5 (prior (1/k), position 2)
    finally:
        store.close()


def test_learning_from_a_biased_log_with_randomised_traffic(encoder, ids):
    """Shoppers of a position-based model on what the hand ranking shows (the plain title
    first); they want the deluxe one. From impressions, attributed clicks and a randomised
    tenth of the searches, learning estimates the propensities and learns the pattern for
    query words it never saw clicks for."""
    pytest.importorskip("lightgbm")
    from test_learning import UNSEEN, WORDS, family_catalog

    from search.engine import SearchEngine
    from search.learning import LearnOptions, learn

    engine = SearchEngine.build(family_catalog(), encoder=encoder)
    model, rng = ClickModel(eta=1.0, noise=0.05), np.random.default_rng(0)
    impressions, events = [], []
    for i, w in enumerate(WORDS[:100]):
        shown = ids(engine.search(w, limit=10))
        for s in range(8):
            sid, order, explore = f"{i}-{s}", list(shown), s % 4 == 0
            if explore:
                order = [order[k] for k in rng.permutation(len(order))]
            impressions.append(imp(sid, w, order, explore=explore))
            events += [{"search_id": sid, "item_id": a.item_id, "position": a.position, "type": a.type}
                       for a in model.session(order, {f"deluxe-{i}": 1.0}, rng)]
    log = SearchLog(impressions, events)
    report = learn(engine, log, LearnOptions(time_budget_s=60, adapter=False, min_queries=20)).report
    assert report["log"]["propensity"]["source"].startswith("estimated")
    assert report["log"]["impressions"] == 800 and report["log"]["explore_impressions"] == 200
    assert report["ranker"] and report["held_back"][report["chosen"]]["ndcg@10"] > report["held_back"]["hand"]["ndcg@10"]
    right = sum(ids(engine.search(w, limit=1)) == [f"deluxe-{100 + k}"] for k, w in enumerate(UNSEEN))
    assert right >= 0.9 * len(UNSEEN)
