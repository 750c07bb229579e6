from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

from store.schema import Event, Item, ItemPatch, describe_error, parse_timestamp


def test_timestamps_are_utc_and_naive_means_utc():
    assert parse_timestamp("2026-11-01T09:00:00+09:00") == datetime(2026, 11, 1, 0, 0, tzinfo=timezone.utc)
    assert parse_timestamp("2026-11-01T00:00:00") == datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert parse_timestamp("2026-11-01T00:00:00Z").tzinfo == timezone.utc
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_timestamp("yesterday")


@pytest.mark.parametrize("row, field, fragment", [
    ({"item_id": "a", "type": "view"}, "user_id", "required"),
    ({"user_id": "u", "type": "view"}, "item_id", "required"),
    ({"user_id": "u", "item_id": "a", "type": "wishlist"}, "type", "must be one of"),
    ({"user_id": "u", "item_id": "a", "type": "purchase", "price": "abc"}, "price", "valid number"),
    ({"user_id": "u", "item_id": "a", "type": "purchase", "quantity": 0}, "quantity", "greater than 0"),
    ({"user_id": "u", "item_id": "a", "type": "view", "timestamp": "nope"}, "timestamp", "ISO 8601"),
    ({"user_id": "", "item_id": "a", "type": "view"}, "user_id", "empty"),
    ({"user_id": "u", "item_id": "a", "type": "purchase", "price": float("nan")}, "price", "finite"),
])
def test_bad_events_are_rejected_with_the_field_named(row, field, fragment):
    with pytest.raises(ValidationError) as info:
        Event.from_row(row)
    kind, message = describe_error(info.value)
    assert kind.startswith(field)
    assert fragment in message


def test_search_events_need_no_item_and_custom_types_come_from_configuration():
    assert Event.from_row({"user_id": "u", "type": "search", "query": "black laptop"}).item_id is None
    with pytest.raises(ValidationError):
        Event.from_row({"user_id": "u", "item_id": "a", "type": "wishlist"})
    ev = Event.from_row({"user_id": "u", "item_id": "a", "type": "Wishlist"},
                        event_types=("view", "purchase", "search", "wishlist"))
    assert ev.type == "wishlist"


def test_numeric_ids_from_csv_or_pandas_become_clean_strings():
    ev = Event.from_row({"user_id": 17850.0, "item_id": 85123, "type": "purchase", "timestamp": "2011-01-01T00:00:00"})
    assert (ev.user_id, ev.item_id) == ("17850", "85123")


def test_event_ids_derived_from_content_are_stable_and_distinguish_events():
    row = {"user_id": "u", "item_id": "a", "type": "view", "timestamp": "2026-01-01T00:00:00Z"}
    first, again = Event.from_row(row), Event.from_row(dict(row))
    other = Event.from_row({**row, "item_id": "b"})
    assert first.event_id == again.event_id != other.event_id
    assert Event.from_row({**row, "event_id": "e1"}).event_id == "e1"
    # without a timestamp the event happened now: only its place in a file identifies it
    untimed = {"user_id": "u", "item_id": "a", "type": "view"}
    assert Event.from_row(untimed).event_id is None
    assert Event.from_row(untimed, origin="f.jsonl:3").event_id == Event.from_row(untimed, origin="f.jsonl:3").event_id
    assert Event.from_row(untimed, origin="f.jsonl:3").event_id != Event.from_row(untimed, origin="f.jsonl:4").event_id


def test_items_keep_unknown_fields_as_attributes_and_normalise_categories():
    patch = ItemPatch.model_validate({"item_id": "d1", "title": "Linen Shirt Dress", "category": ["Clothing", " Women", "Dresses"],
                                      "attributes": {"color": "black", "sale": True}, "season": "summer", "price": "19.5"})
    given = patch.given()
    assert given["category"] == "Clothing > Women > Dresses"
    assert given["attributes"] == {"color": "black", "sale": "true", "season": "summer"}
    assert given["price"] == 19.5
    assert set(ItemPatch.model_validate({"item_id": "d1", "price": 5}).given()) == {"item_id", "price"}


@pytest.mark.parametrize("row, fragment", [
    ({"item_id": "a", "title": "x", "price": -1}, "greater than or equal to 0"),
    ({"item_id": "a", "title": "x", "price": "cheap"}, "valid number"),
    ({"item_id": "a", "title": "x", "in_stock": "maybe"}, "valid boolean"),
    ({"item_id": "a", "title": "x", "attributes": "{not json"}, "JSON object"),
    ({"item_id": "a", "title": "   "}, "must not be empty"),
    ({"title": "x"}, "item_id is required"),
])
def test_bad_items_are_rejected(row, fragment):
    with pytest.raises(ValidationError) as info:
        Item.model_validate(row)
    assert fragment in describe_error(info.value)[1]
