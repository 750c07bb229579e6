"""Exact write counts under concurrency, and a catalogue change feed ordered by a store sequence."""

import threading
from concurrent.futures import ThreadPoolExecutor

import store.db as db_module
import store.tables as tables_module
from store.schema import Event, ItemPatch


def test_twenty_concurrent_writers_of_one_event_id_count_one_acceptance(store):
    row = {"event_id": "same", "user_id": "u", "item_id": "a", "type": "view", "timestamp": "2026-01-01T00:00:00Z"}
    barrier = threading.Barrier(20)

    def post(_):
        barrier.wait()
        return store.add_events([Event.from_row(row)])

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(post, range(20)))
    assert sum(r.stored for r in results) == 1
    assert sum(r.duplicates for r in results) == 19
    assert store.count_events() == 1


def test_the_write_count_is_rows_inserted(store):
    rows = [Event.from_row({"event_id": f"e{i % 3}", "user_id": "u", "item_id": "a", "type": "view"}) for i in range(5)]
    first = store.add_events(rows[:2])
    second = store.add_events(rows)
    assert (first.stored, first.duplicates) == (2, 0)
    assert (second.stored, second.duplicates) == (1, 4)


def test_a_catalogue_write_that_commits_late_is_still_seen(store, monkeypatch):
    """The feed follows a sequence given inside the write transaction: a reader that saw a later
    write never skips an earlier one that committed after it looked."""
    gate, entered = threading.Event(), threading.Event()
    original = tables_module.item_to_row

    def slow(item, *args, **kwargs):
        if item["item_id"] == "late":
            entered.set()
            gate.wait(10)
        return original(item, *args, **kwargs)

    monkeypatch.setattr(db_module, "item_to_row", slow, raising=False)  # where the store called it before
    monkeypatch.setattr(tables_module, "item_to_row", slow)
    errors = []

    def write(row):
        try:
            store.upsert_items([ItemPatch.model_validate(row)])
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    late = threading.Thread(target=write, args=({"item_id": "late", "title": "Late"},))
    late.start()
    assert entered.wait(10)
    early = threading.Thread(target=write, args=({"item_id": "early", "title": "Early"},))
    early.start()
    early.join(timeout=1.0)
    first, seen = store.items_changed_since(0)
    gate.set()
    late.join(10)
    early.join(10)
    assert not errors
    second, newest = store.items_changed_since(seen)
    assert {r["item_id"] for r in first + second} == {"late", "early"}
    assert store.items_changed_since(newest) == ([], newest)


def test_the_change_sequence_only_grows(store):
    store.upsert_items([ItemPatch.model_validate({"item_id": "a", "title": "A"})])
    one = store.catalog_sequence()
    store.upsert_items([ItemPatch.model_validate({"item_id": "a", "price": 3})])
    two = store.catalog_sequence()
    assert isinstance(one, int) and two > one
    rows, newest = store.items_changed_since(one)
    assert [r["item_id"] for r in rows] == ["a"] and newest == two
