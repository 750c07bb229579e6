"""Property-based fuzzing of the item and event schemas against the store (issue 18): any JSON
row is either stored or rejected with a reason, never an exception of another kind; what a
write acknowledges is in the store. A bounded number of examples keeps it in the default run."""

import os
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from store.db import Store
from store.schema import EVENT_FIELDS, ITEM_FIELDS, Event, ItemPatch, describe_error

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

text = st.text(st.characters(codec=None), max_size=12) | st.sampled_from(
    ["", " ", "a\x00b", "\ud800", "e\u0301", "9999-12-31T23:00:00-05:00", "2099-01-01", "1e20", "NaN", "S|M"])
scalar = st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats() | text
json_value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                          max_leaves=12)
now = datetime.now(timezone.utc)
timestamps = (st.datetimes(timezones=st.just(timezone.utc)).map(datetime.isoformat)
              | st.floats(-1e12, 1e12) | st.just((now - timedelta(days=3)).isoformat()))


def rows(fields, plausible):
    known = st.fixed_dictionaries({}, optional={f: plausible.get(f, json_value) | json_value for f in fields})
    return st.builds(lambda a, b: {**b, **a}, known, st.dictionaries(text, json_value, max_size=3))


EVENT_ROWS = rows(EVENT_FIELDS, {
    "user_id": st.sampled_from(["u1", "u2", " u3 ", "u\x00"]), "item_id": st.sampled_from(["a", "b", 7, 7.0]),
    "type": st.sampled_from(["view", "purchase", "search", "nope"]), "timestamp": timestamps,
    "event_id": text})
ITEM_ROWS = rows(ITEM_FIELDS, {
    "item_id": st.sampled_from(["a", "b", " c", 12]), "title": text, "price": st.floats() | st.integers(),
    "attributes": st.dictionaries(text, json_value, max_size=5), "created_at": timestamps})


def parse(make, row):
    """The validated row, or None when it is rejected with a readable reason."""
    try:
        return make(row)
    except ValidationError as exc:
        kind, message = describe_error(exc)
        assert kind and message
        return None


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fuzz_store(request, tmp_path_factory):
    """One store per database for the module (counts are checked as differences)."""
    if request.param == "postgresql":
        url = os.environ.get("KAIYU_TEST_POSTGRES_URL")
        if not url:
            pytest.skip("no PostgreSQL server: set KAIYU_TEST_POSTGRES_URL")
        store = Store(url)
    else:
        store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'kaiyu.db'}")
    yield store
    store.close()


@FUZZ
@given(st.lists(EVENT_ROWS, max_size=6))
def test_any_event_rows_are_stored_or_rejected_and_counts_are_exact(fuzz_store, batch):
    events = [e for e in (parse(Event.from_row, r) for r in batch) if e is not None]
    before = fuzz_store.count_events()
    result = fuzz_store.add_events(events)
    assert result.stored + result.duplicates == len(events)
    assert fuzz_store.count_events() == before + result.stored


@FUZZ
@given(st.lists(ITEM_ROWS, max_size=6))
def test_any_item_rows_are_stored_or_rejected_and_what_is_acknowledged_is_stored(fuzz_store, batch):
    patches = [p for p in (parse(ItemPatch.model_validate, r) for r in batch) if p is not None]
    result = fuzz_store.upsert_items(patches)
    assert result.stored + len(result.rejected) == len(patches)
    refused = {i for i, _, _ in result.rejected}
    for index, patch in enumerate(patches):
        if index not in refused:
            stored = fuzz_store.get_item(patch.item_id)
            assert stored is not None
            for key, value in (patch.attributes or {}).items():
                assert stored["attributes"][key] == value or any(
                    later.item_id == patch.item_id and key in (later.attributes or {}) for later in patches[index + 1:])
