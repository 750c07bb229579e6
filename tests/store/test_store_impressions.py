"""Impressions and attribution in the store, on SQLite and PostgreSQL (the `store` fixture): known
answers for what was shown, what events carry, and the per-query read-outs."""

import sqlite3
from datetime import datetime, timezone

import pytest

from store.db import Store
from store.schema import Event

T0 = 1_760_000_000.0


def event(**row):
    return Event.from_row({"user_id": "u1", "item_id": "a", "type": "click", "timestamp": T0 + 60, **row})


def search(sid, query="drill", items=("a", "b", "c"), offset=0, user="u1", ts=T0, **more):
    return {"id": sid, "kind": "search", "ts": ts, "user_id": user, "query": query, "items": list(items),
            "offset": offset, "filters": {"brand": ["Bosch"]}, **more}


def test_an_impression_is_read_back_as_shown(store):
    assert store.add_impressions([search("s1", offset=10, session_id="sess", variant="B", explore=True),
                                  {"id": "r1", "kind": "recs", "ts": T0, "scenario": "for-you", "items": ["x"]},
                                  {"id": "", "kind": "search"}, {"id": "z", "kind": "other"}]) == 2
    assert store.add_impressions([search("s1")]) == 0  # a retried flush stores nothing twice
    [row] = store.impressions("search")
    assert row == {"id": "s1", "kind": "search", "ts": T0, "user_id": "u1", "session_id": "sess", "query": "drill",
                   "scenario": None, "filters": {"brand": ["Bosch"]}, "items": ["a", "b", "c"], "offset": 10,
                   "explore": True, "variant": "B"}
    assert [r["scenario"] for r in store.impressions(kind="recs")] == ["for-you"]
    assert store.impressions("search", since=datetime.fromtimestamp(T0 + 1, tz=timezone.utc)) == []
    with pytest.raises(ValueError):
        store.impressions("ads")


def test_events_carry_search_id_rec_id_and_position(store):
    store.add_impressions([search("s1")])
    result = store.add_events([event(search_id="s1", position=2), event(item_id="x", rec_id="r9", position=1),
                               event(item_id="b")])
    assert result.stored == 3
    rows = store.attributed_events()
    assert [(r["item_id"], r["search_id"], r["rec_id"], r["position"], r["impression_query"]) for r in rows] == [
        ("a", "s1", None, 2, "drill"), ("x", None, "r9", 1, None)]
    assert rows[0]["impression_kind"] == "search" and rows[0]["explore"] is False
    assert store.user_history("u1")[0].keys() >= {"search_id", "rec_id", "position"}


def test_per_query_click_through(store):
    store.add_impressions([search(f"d{n}", user=f"u{n % 3}") for n in range(4)]
                          + [search("h1", query="Hammer"), search("h2", query="hammer ", user="u9")])
    store.add_events([event(search_id="d1", item_id="b", position=2),
                      event(search_id="d1", item_id="b", type="add_to_cart"),
                      event(search_id="d2", item_id="c", type="purchase"),
                      event(item_id="c")])  # not attributed: counts nowhere
    drill, hammer = store.query_attribution()
    assert drill == {"query": "drill", "searches": 4, "shoppers": 3, "clicks": 1, "clicked_searches": 1, "ctr": 0.25,
                     "mean_click_position": 2.0, "add_to_cart": 1, "purchases": 1}
    assert hammer["searches"] == 2 and hammer["clicks"] == 0 and hammer["mean_click_position"] is None
    assert [q["query"] for q in store.no_click_queries()] == ["hammer"]
    late = datetime.fromtimestamp(T0 + 1, tz=timezone.utc)
    assert store.query_attribution(since=late) == [] and store.query_attribution(until=late)[0]["searches"] == 4


def test_bad_position_or_overlong_ids_are_rejected_per_row(store):
    from pydantic import ValidationError

    for bad in ({"position": 0}, {"position": 10_001}, {"position": 1.5}, {"position": True},
                {"search_id": "x" * 65}, {"rec_id": "r\x00"}):
        with pytest.raises(ValidationError):
            event(**bad)
    assert event(position="3", search_id=" s1 ").position == 3
    assert event(search_id="s1").event_id != event().event_id  # the id is part of the event's content
    assert event().event_id == Event.from_row(
        {"user_id": "u1", "item_id": "a", "type": "click", "timestamp": T0 + 60}).event_id


OLD_EVENTS = """CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id VARCHAR(256),
user_id VARCHAR(256) NOT NULL, item_id VARCHAR(256), type VARCHAR(64) NOT NULL, ts FLOAT NOT NULL,
quantity FLOAT NOT NULL, price FLOAT, session_id VARCHAR(256), query TEXT, channel VARCHAR(64),
ingested_at FLOAT NOT NULL)"""


def test_an_old_store_gains_the_attribution_columns(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute(OLD_EVENTS)
        conn.execute("CREATE UNIQUE INDEX ix_events_event_id ON events (event_id)")
        conn.execute("INSERT INTO events VALUES (1, 'e1', 'u1', 'a', 'view', 1700000000.0, 1, NULL, NULL, NULL, "
                     "NULL, 1700000000.0)")
    store = Store(f"sqlite:///{path}")
    assert store.user_history("u1")[0]["position"] is None
    store.add_events([event(search_id="s1", position=4)])
    assert [r["position"] for r in store.attributed_events()] == [4]
    store.close()
    with sqlite3.connect(path) as conn:
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(events)")}
    assert {"ix_events_search_id", "ix_events_rec_id"} <= indexes
    Store(f"sqlite:///{path}").close()  # opening again changes nothing


ATTRIBUTED = [
    {"event_id": "e1", "user_id": "u1", "item_id": "a", "type": "click", "timestamp": "2026-10-01T10:00:00Z",
     "search_id": "s1", "position": 2},
    {"event_id": "e2", "user_id": "u1", "item_id": "a", "type": "purchase", "timestamp": "2026-10-01T10:05:00Z",
     "rec_id": "r1", "position": 11},
    {"event_id": "e3", "user_id": "u1", "item_id": "a", "type": "click", "timestamp": "2026-10-01T10:06:00Z",
     "search_id": "s1", "position": 0},
    {"event_id": "e4", "user_id": "u2", "item_id": "b", "type": "view", "timestamp": "2026-10-01T10:07:00Z"},
]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_importers_and_the_export_carry_the_attribution(store, tmp_path, suffix):
    from store.export import export_events, part_files
    from store.importing import import_file
    from tests.store.test_importing import write

    summary = import_file(store, "events", write(tmp_path / f"events{suffix}", ATTRIBUTED))
    assert (summary.stored, summary.rejected_total) == (3, 1) and "position" in next(iter(summary.rejected))
    expected = [("e1", "s1", None, 2), ("e2", None, "r1", 11)]
    assert [(e["event_id"], e["search_id"], e["rec_id"], e["position"]) for e in store.attributed_events()] == expected
    export_events(store, tmp_path / "out")
    again = Store(f"sqlite:///{tmp_path / 'again.db'}")
    assert import_file(again, "events", part_files(tmp_path / "out")[0]).stored == 3
    assert [(e["event_id"], e["search_id"], e["rec_id"], e["position"]) for e in again.attributed_events()] == expected
    again.close()


def test_shown_ids_and_text_are_scrubbed_beside_the_fast_path(store):
    long_id = "x" * 300
    assert store.add_impressions([{"id": "s9", "kind": "search", "ts": T0, "query": "a\x00 drill",
                                   "user_id": "u\x01", "items": [7, "a\x00b", long_id, "ok"]},
                                  {"id": "s10", "kind": "search", "ts": T0, "items": ["plain", "ids"]}]) == 2
    rows = {r["id"]: r for r in store.impressions("search")}
    assert rows["s9"]["items"] == ["7", "ab", "x" * 256, "ok"]
    assert rows["s9"]["user_id"] == "u" and rows["s9"]["query"] == "a drill"
    assert rows["s10"]["items"] == ["plain", "ids"] and rows["s10"]["user_id"] is None


def test_a_locked_sqlite_store_is_an_operational_error_for_the_writer_to_retry(tmp_path):
    import sqlalchemy as sa

    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    store.impression_log.engine = sa.create_engine(f"sqlite:///{tmp_path / 'k.db'}", connect_args={"timeout": 0})
    locker = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sa.exc.OperationalError):
            store.add_impressions([search("s1")])
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.add_impressions([search("s1")]) == 1 and [r["id"] for r in store.impressions()] == ["s1"]


def test_rows_cleaned_where_they_are_made_are_stored_as_they_are(store):
    from store.impressions import INSERT_COLUMNS, impression_row

    clean = impression_row(search("s1", query=" Drill\x00  bits ", offset=-3, user="u\x01"), T0 + 5)
    assert dict(zip(INSERT_COLUMNS, clean)) == {
        "id": "s1", "kind": "search", "ts": T0, "user_id": "u", "session_id": None, "query": "Drill bits",
        "query_key": "drill bits", "scenario": None, "filters": '{"brand":["Bosch"]}', "items": '["a","b","c"]',
        "offset": 0, "explore": False, "variant": None}
    assert impression_row({"id": "", "kind": "search"}, T0) is None and impression_row({"id": "x"}, T0) is None
    later = impression_row(search("s1", query="hammer"), T0)
    other = impression_row({"id": "r1", "kind": "recs", "scenario": "for-you", "items": ["x"]}, T0 + 7)
    assert store.impression_log.insert([clean, later, other]) == 2  # the first of each id
    assert store.impression_log.insert([later]) == 0 and store.impression_log.insert([]) == 0
    [row] = store.impressions("search")
    assert (row["query"], row["user_id"], row["offset"], row["items"]) == ("Drill bits", "u", 0, ["a", "b", "c"])
    assert [(r["id"], r["ts"], r["scenario"]) for r in store.impressions("recs")] == [("r1", T0 + 7, "for-you")]
