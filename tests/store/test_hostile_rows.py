"""Malformed rows are rejected one by one with a reason, never crash a batch (issue 18):
timestamps out of range or far in the future, invalid Unicode, control characters, caps."""

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from store import schema
from store.importing import import_file
from store.schema import Event, ItemPatch, describe_error


def event(**kw):
    return {"user_id": "u", "item_id": "a", "type": "view", **kw}


def rejected_reason(parse, row) -> str:
    with pytest.raises(ValidationError) as info:
        parse(row)
    return describe_error(info.value)[1]


@pytest.mark.parametrize("ts", [1e20, -1e20, 1.7e12, "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+01:00",
                                "2099-01-01T00:00:00Z", 10**400])
def test_out_of_range_and_far_future_timestamps_are_rejected_with_a_reason(ts):
    assert "timestamp" in rejected_reason(Event.from_row, event(timestamp=ts))


def test_a_timestamp_up_to_a_day_ahead_is_accepted_and_more_is_not():
    now = datetime.now(timezone.utc)
    assert Event.from_row(event(timestamp=(now + timedelta(hours=23)).isoformat()))
    message = rejected_reason(Event.from_row, event(timestamp=(now + timedelta(hours=25)).isoformat()))
    assert "future" in message


def test_item_created_at_out_of_range_is_rejected():
    assert "created_at" in rejected_reason(ItemPatch.model_validate, {"item_id": "a", "created_at": 1e20})


@pytest.mark.parametrize("field", ["user_id", "item_id", "event_id", "session_id"])
def test_ids_with_a_lone_surrogate_or_a_control_character_are_rejected(field):
    for bad in ("a\ud800b", "a\x00b", "a\nb"):
        assert field in rejected_reason(Event.from_row, event(**{field: bad}))
    assert "item_id" in rejected_reason(ItemPatch.model_validate, {"item_id": "x\udfff", "title": "T"})


def test_text_is_nfc_without_control_characters_and_surrogates_are_rejected():
    item = ItemPatch.model_validate({"item_id": "a", "title": "Cafe\u0301 \x00mug\x07", "brand": "B\x1b",
                                     "description": "line one\nline\x00 two\ttab", "color": "re\x00d"}).given()
    assert item["title"] == "Caf\u00e9 mug"
    assert item["brand"] == "B"
    assert item["description"] == "line one\nline two\ttab"
    assert item["attributes"] == {"color": "red"}
    assert "title" in rejected_reason(ItemPatch.model_validate, {"item_id": "a", "title": "bad \ud83d"})
    ev = Event.from_row(event(type="search", query="caf\u0065\u0301\x00"))
    assert ev.query == "caf\u00e9"


@pytest.mark.parametrize("row, fragment", [
    ({"item_id": "i" * (schema.MAX_ID_LENGTH + 1), "title": "T"}, "item_id"),
    ({"item_id": "a", "title": "t" * (schema.MAX_TITLE_LENGTH + 1)}, "title"),
    ({"item_id": "a", "title": "T", "attributes": {"k" * (schema.MAX_ATTRIBUTE_KEY_LENGTH + 1): "v"}}, "attributes"),
    ({"item_id": "a", "title": "T", "attributes": {"k": "v" * (schema.MAX_ATTRIBUTE_VALUE_LENGTH + 1)}}, "attributes"),
    ({"item_id": "a", "title": "T", "attributes": {f"k{i}": "v" for i in range(schema.MAX_ATTRIBUTES + 1)}},
     "attributes"),
    ({"item_id": "a", "title": "T", "sizes": [str(i) for i in range(schema.MAX_ATTRIBUTE_VALUES + 1)]}, "attributes"),
    ({"item_id": "a", "title": "T", "brand": "b" * (schema.MAX_NAME_LENGTH + 1)}, "brand"),
])
def test_every_length_is_capped(row, fragment):
    assert fragment in rejected_reason(ItemPatch.model_validate, row)


def test_a_bad_row_is_rejected_and_the_rest_of_the_import_stored(store, tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join([
        '{"user_id": "u", "item_id": "a", "type": "view", "timestamp": 1e20}',
        '{"user_id": "u", "item_id": "a", "type": "view", "timestamp": "9999-12-31T23:00:00-05:00"}',
        '{"user_id": "u", "item_id": "a", "type": "view", "timestamp": "2099-01-01T00:00:00Z"}',
        '{"user_id": "u\\u0000x", "item_id": "a", "type": "view", "timestamp": "2026-01-01T00:00:00Z"}',
        '{"user_id": "u", "item_id": "a", "type": "view", "timestamp": "2026-01-02T00:00:00Z"}',
    ]) + "\n")
    summary = import_file(store, "events", path, show_progress=False)
    assert (summary.read, summary.stored, summary.rejected_total) == (5, 1, 4)
    assert store.count_events() == 1


def test_nul_bytes_in_text_are_stored_stripped_on_every_database(store):
    result = store.upsert_items([ItemPatch.model_validate({"item_id": "a", "title": "Mu\x00g", "tags": ["x\x00y"]})])
    assert result.stored == 1
    assert store.get_item("a")["title"] == "Mug" and store.get_item("a")["attributes"] == {"tags": ["xy"]}
    assert store.add_searches([{"query": "lamp\x00 \ud800x", "total": 1, "user_id": "u\x00"}]) == 1


def test_store_reads_for_training_ignore_events_stored_far_in_the_future(store):
    """Events stored before the door checked timestamps (2099) must not become training's "now"."""
    good = Event.from_row(event(timestamp="2026-01-01T00:00:00Z"))
    future = Event.from_row(event(timestamp="2026-01-01T00:00:00Z", event_id="f"))
    future.timestamp = datetime(2099, 1, 1, tzinfo=timezone.utc)  # as an old store may hold it
    store.add_events([good, future])
    arrays = store.event_arrays()
    assert len(arrays) == 1 and arrays.ts.max() == good.timestamp.timestamp()
