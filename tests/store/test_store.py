"""The store on SQLite and PostgreSQL alike (the `store` fixture runs each test on both)."""

from datetime import datetime, timezone

import numpy as np

from store.schema import Event, ItemPatch
from store.db import Store


def ev(user, item, type_="view", day=1, **kw):
    return Event.from_row({"user_id": user, "item_id": item, "type": type_,
                           "timestamp": f"2026-10-{day:02d}T12:00:00Z", **kw})


def items(*rows):
    return [ItemPatch.model_validate(r) for r in rows]


def test_events_are_deduplicated_by_event_id_across_and_within_batches(store):
    first = store.add_events([ev("u1", "a", event_id="e1"), ev("u1", "b", event_id="e2"), ev("u1", "b", event_id="e2")])
    assert (first.stored, first.duplicates) == (2, 1)
    second = store.add_events([ev("u1", "a", event_id="e1"), ev("u2", "c", event_id="e3")])
    assert (second.stored, second.duplicates) == (1, 1)
    assert store.count_events() == 3


def test_events_without_ids_are_all_kept(store):
    untimed = [Event.from_row({"user_id": "u", "item_id": "a", "type": "view"}) for _ in range(2)]
    assert store.add_events(untimed).stored == 2
    assert store.count_events() == 2


def test_partial_item_update_changes_only_what_it_carries(store):
    store.upsert_items(items({"item_id": "l1", "title": "Black Laptop 14", "price": 999.0, "brand": "Voltra",
                              "attributes": {"color": "black", "ram": "16GB"}}))
    result = store.upsert_items(items({"item_id": "l1", "price": 899.0, "in_stock": False, "attributes": {"ram": "32GB"}}))
    assert result.stored == 1 and not result.rejected
    item = store.get_item("l1")
    assert item["title"] == "Black Laptop 14" and item["brand"] == "Voltra"
    assert item["price"] == 899.0 and item["in_stock"] is False
    assert item["attributes"] == {"color": "black", "ram": "32GB"}


def test_a_new_item_without_title_is_rejected_and_the_rest_stored(store):
    result = store.upsert_items(items({"item_id": "x1", "price": 5.0}, {"item_id": "x2", "title": "Green Tea"},
                                      {"item_id": "x2", "price": 3.5}))
    assert result.stored == 2
    assert result.rejected == [(0, "title: missing", "title is required for a new item")]
    assert store.get_item("x1") is None
    assert store.get_item("x2")["price"] == 3.5  # the later row in a batch applies on top
    assert store.count_items() == 1


def test_catalog_arrays_are_sorted_and_aligned(store):
    store.upsert_items(items({"item_id": "b", "title": "B", "price": 2.0},
                             {"item_id": "a", "title": "A", "in_stock": False, "category": "Home > Lighting"}))
    cat = store.catalog()
    assert list(cat.item_ids) == ["a", "b"]
    assert list(cat.titles) == ["A", "B"]
    assert np.isnan(cat.prices[0]) and cat.prices[1] == 2.0
    assert list(cat.in_stock) == [False, True]
    assert cat.categories[0] == "Home > Lighting"


def test_event_arrays_window_and_order(store):
    store.add_events([ev("u1", "a", day=3), ev("u1", "b", day=1), ev("u2", "a", "purchase", day=2, quantity=2, session_id="s9"),
                      Event.from_row({"user_id": "u3", "type": "search", "query": "lamp", "timestamp": "2026-10-02T00:00:00Z"})])
    arrays = store.event_arrays()
    assert list(arrays.item_ids) == ["b", "a", "a"]  # by time; the search (no item) left out
    assert list(arrays.quantity) == [1.0, 2.0, 1.0]
    assert list(store.event_arrays(types=["purchase"]).session_ids) == ["s9"]
    assert list(arrays.session_ids) == [None, "s9", None]
    window = store.event_arrays(since=datetime(2026, 10, 2, tzinfo=timezone.utc),
                                until=datetime(2026, 10, 3, tzinfo=timezone.utc))
    assert list(window.user_ids) == ["u2"]
    assert list(store.event_arrays(types=["purchase"]).user_ids) == ["u2"]
    assert store.count_events(by_type=True) == {"view": 2, "purchase": 1, "search": 1}


def test_user_history_is_newest_first_and_events_since_oldest_first(store):
    store.add_events([ev("u1", "a", day=1), ev("u1", "b", day=5), ev("u2", "c", day=3)])
    assert [e["item_id"] for e in store.user_history("u1")] == ["b", "a"]
    assert store.user_history("u1")[0]["timestamp"] == "2026-10-05T12:00:00Z"
    assert store.user_history("nobody") == []
    recent = store.recent_interactions("u1", limit=1)
    assert recent == [{"item_id": "b", "type": "view",
                       "timestamp": datetime(2026, 10, 5, 12, tzinfo=timezone.utc).timestamp()}]
    assert store.recent_interactions("nobody") == []
    since = list(store.iter_events_since(datetime(2026, 10, 2, tzinfo=timezone.utc)))
    assert [e["item_id"] for e in since] == ["c", "b"]


def test_committed_writes_survive_reopening(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    s = Store(url)
    s.add_events([ev("u1", "a", event_id="e1")])
    s.upsert_items(items({"item_id": "a", "title": "A"}))
    s.close()
    again = Store(url)
    assert again.count_events() == 1 and again.get_item("a")["title"] == "A"
    assert again.add_events([ev("u1", "a", event_id="e1")]).duplicates == 1
