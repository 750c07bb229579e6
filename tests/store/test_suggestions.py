"""Query suggestions mined from the log and the search analytics, with known answers: the
distinct-shopper threshold, decay, zero-result and blocked queries; mostly-out-of-stock queries. And the experiment table's life cycle."""

import pytest

from store.experiment_tables import ExperimentError, ExperimentStore
from store.experiments import Experiment
from store.search_analytics import out_of_stock_queries
from store.suggestions import SuggestionIndex, mine, mix

NOW = 1_800_000_000.0
DAY = 86400.0


def searches(query, shoppers, *, times=1, led=True, items=("a",), age_days=0.0, start=0):
    """Impressions of `query` by each shopper `times` times, each followed by a click when `led`."""
    impressions, events, n = [], [], start
    for shopper in shoppers:
        for _ in range(times):
            n += 1
            sid = f"{query}-{n}"
            impressions.append({"id": sid, "ts": NOW - age_days * DAY, "query": query, "items": list(items),
                                "user_id": shopper, "session_id": None, "offset": 0})
            if led:
                events.append({"type": "click", "search_id": sid, "item_id": items[0] if items else None, "position": 1})
    return impressions, events


def test_one_shopper_fifty_times_is_not_suggested_three_shoppers_are():
    one_i, one_e = searches("sofa bed", ["u1"], times=50)
    three_i, three_e = searches("sofa cover", ["u1", "u2", "u3"])
    two_i, two_e = searches("sofa table", ["u1", "u2"], times=10)
    found = mine(one_i + three_i + two_i, one_e + three_e + two_e, now=NOW)
    assert [s.text for s in found] == ["sofa cover"]
    assert found[0].shoppers == 3 and found[0].score == pytest.approx(3.0)


def test_only_searches_that_led_somewhere_count():
    viewed_i, viewed_e = searches("lamp", ["u1", "u2", "u3"], led=False)
    bought_i, bought_e = searches("desk", ["u1", "u2", "u3"])
    bought_e = [{**e, "type": "purchase"} for e in bought_e]
    assert [s.text for s in mine(viewed_i + bought_i, viewed_e + bought_e, now=NOW)] == ["desk"]


def test_popularity_decays_with_a_half_life():
    old_i, old_e = searches("rug", ["u1", "u2", "u3", "u4"], age_days=28)  # two half-lives: 4 x 0.25 = 1
    new_i, new_e = searches("mat", ["u1", "u2", "u3"])  # 3
    found = mine(old_i + new_i, old_e + new_e, now=NOW, half_life_days=14)
    assert [(s.text, s.score) for s in found] == [("mat", 3.0), ("rug", 1.0)]


def test_a_query_whose_newest_search_found_nothing_is_not_suggested():
    good_i, good_e = searches("chair", ["u1", "u2", "u3"], age_days=1)
    empty_i, _ = searches("chair", ["u4"], items=(), led=False, start=100)
    assert mine(good_i + empty_i, good_e, now=NOW) == []
    assert [s.text for s in mine(good_i, good_e, now=NOW)] == ["chair"]


def test_blocked_terms_are_never_suggested_nor_completed():
    a_i, a_e = searches("cheap junk", ["u1", "u2", "u3"])
    b_i, b_e = searches("cheap chair", ["u1", "u2", "u3"], start=10)
    found = mine(a_i + b_i, a_e + b_e, now=NOW, blocked=["JUNK"])
    assert [s.text for s in found] == ["cheap chair"]
    assert mix(["cheap chair"], ["cheap junk lamp", "cheap table"], 5, blocked=["junk"]) == ["cheap chair", "cheap table"]


def test_completion_by_prefix_and_mixing_with_the_catalogue():
    i1, e1 = searches("red dress", ["u1", "u2", "u3"], times=2)
    i2, e2 = searches("summer red dress", ["u1", "u2", "u3"], start=50)
    index = SuggestionIndex(mine(i1 + i2, e1 + e2, now=NOW))
    assert index.complete("RED d", 5) == ["red dress", "summer red dress"]  # whole-query prefix first
    assert index.complete("summer", 5) == ["summer red dress"]
    assert index.complete("ress", 5) == []  # words start with the prefix, or nothing
    assert index.complete("", 5) == []
    # mined first (60% of the slots while the catalogue offers more), no repeats
    assert mix(["a1", "a2", "a3", "a4"], ["c1", "A1", "c2"], 5) == ["a1", "a2", "a3", "c1", "c2"]
    assert mix(["a1"], [], 3) == ["a1"]


def test_mostly_out_of_stock_queries_known_answers():
    imps = [
        {"id": "s1", "ts": NOW - 10, "query": "Boots", "items": ["a", "b"], "offset": 0},  # older: not what shows now
        {"id": "s2", "ts": NOW, "query": "boots", "items": ["x", "y", "z", "gone"], "offset": 0},
        {"id": "s3", "ts": NOW + 5, "query": "boots", "items": ["a"], "offset": 10},  # page two: not the first results
        {"id": "s4", "ts": NOW, "query": "lamp", "items": ["a", "x"], "offset": 0},  # half out: not mostly
        {"id": "s5", "ts": NOW, "query": "unicorn", "items": [], "offset": 0},
    ]
    stock = {"a": True, "b": True, "x": False, "y": False, "z": True}
    rows = out_of_stock_queries(imps, lambda ids: {i: stock[i] for i in ids if i in stock})
    assert rows == [{"query": "boots", "searches": 3, "shown": 3, "out_of_stock": 2, "out_of_stock_share": 0.6667}]


def test_experiment_life_cycle_in_the_store(store):
    tables = ExperimentStore(store.engine)
    for name in list(r["experiment"].id for r in tables.list()):  # PostgreSQL: a server shared across tests
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM experiments WHERE id = '{name}'")
    exp = Experiment(id="e1", metric="conversion", variants=[
        {"name": "A", "share": 0.5}, {"name": "B", "share": 0.5, "payload": {"search": {"search_dense": False}}}])
    assert tables.create(exp)["status"] == "running"
    with pytest.raises(ExperimentError, match="exists already"):
        tables.create(exp)
    with pytest.raises(ExperimentError, match="running on search"):
        tables.create(exp.model_copy(update={"id": "e2"}))
    assert [r["experiment"] for r in tables.running()] == [exp]
    with pytest.raises(ExperimentError, match="not a variant"):
        tables.stop("e1", winner="C")
    stopped = tables.stop("e1", winner="B")
    assert stopped["status"] == "stopped" and stopped["winner"] == "B" and stopped["stopped_at"] is not None
    assert tables.running() == []
    with pytest.raises(ExperimentError) as missing:
        tables.get("nope")
    assert missing.value.status == 404
    assert tables.block(["Cheap  JUNK", "spam"]) == ["cheap junk", "spam"]
    assert tables.unblock(["SPAM"]) == ["cheap junk"]
