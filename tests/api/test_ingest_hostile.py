"""Hostile and careless writes through the HTTP API (issue 18): per-row rejections, never a 500;
real catalogue shapes; exact accepted/duplicate counts; retries of untimed events."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app

WRITE = "sk_test_write"
AUTH = {"Authorization": f"Bearer {WRITE}"}


@pytest.fixture
def client(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=f"{WRITE}:read+write")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def test_items_with_list_and_object_fields_are_stored(client):
    body = [{"item_id": "s1", "title": "Shirt", "sizes": ["S", "M", "L"], "dims": {"w": 3},
             "attributes": {"tags": ["a", "b"]}}]
    response = client.put("/v1/items", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json() == {"accepted": 1, "duplicates": 0, "rejected": []}
    attributes = client.app.state.store.get_item("s1")["attributes"]
    assert attributes == {"sizes": ["S", "M", "L"], "dims.w": "3", "tags": ["a", "b"]}


def test_bad_timestamps_are_rejected_per_row_and_the_good_row_stored(client):
    body = [{"user_id": "u", "item_id": "a", "type": "view", "timestamp": 1e20},
            {"user_id": "u", "item_id": "a", "type": "view", "timestamp": "9999-12-31T23:00:00-05:00"},
            {"user_id": "u", "item_id": "a", "type": "view", "timestamp": "2099-01-01T00:00:00Z"},
            {"user_id": "u", "item_id": "b", "type": "view", "timestamp": "2026-01-01T00:00:00Z"}]
    response = client.post("/v1/events", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply["accepted"] == 1 and [r["index"] for r in reply["rejected"]] == [0, 1, 2]
    assert all("timestamp" in r["error"] for r in reply["rejected"])
    assert client.app.state.store.count_events() == 1


def test_invalid_unicode_and_nul_bytes_are_rejected_or_stripped_per_row(client):
    events = client.post("/v1/events", content=b'[{"user_id": "u\\ud800", "item_id": "a", "type": "view"},'
                                               b'{"user_id": "u", "item_id": "a\\u0000", "type": "view"},'
                                               b'{"user_id": "u", "item_id": "a", "type": "view"}]',
                         headers={**AUTH, "Content-Type": "application/json"})
    assert events.status_code == 200, events.text
    assert events.json()["accepted"] == 1 and [r["index"] for r in events.json()["rejected"]] == [0, 1]
    items = client.put("/v1/items", content=b'[{"item_id": "x\\udfff", "title": "T"},'
                                            b'{"item_id": "ok", "title": "Mu\\u0000g\\u0007", "note": "a\\u0000b"}]',
                       headers={**AUTH, "Content-Type": "application/json"})
    assert items.status_code == 200, items.text
    assert items.json()["accepted"] == 1 and [r["index"] for r in items.json()["rejected"]] == [0]
    item = client.app.state.store.get_item("ok")
    assert item["title"] == "Mug" and item["attributes"] == {"note": "ab"}


def test_twenty_concurrent_posts_of_one_event_id_accept_it_once(client):
    body = [{"event_id": "dup", "user_id": "u", "item_id": "a", "type": "view"}]
    barrier = threading.Barrier(20)

    def post(_):
        barrier.wait()
        return client.post("/v1/events", json=body, headers=AUTH).json()

    with ThreadPoolExecutor(20) as pool:
        replies = list(pool.map(post, range(20)))
    assert sum(r["accepted"] for r in replies) == 1
    assert sum(r["duplicates"] for r in replies) == 19
    assert client.app.state.store.count_events() == 1


def test_a_retried_body_of_untimed_events_without_ids_is_stored_once(client):
    body = [{"user_id": "u", "item_id": "a", "type": "view"}, {"user_id": "u", "item_id": "a", "type": "view"}]
    first = client.post("/v1/events", json=body, headers=AUTH).json()
    retry = client.post("/v1/events", json=body, headers=AUTH).json()
    assert (first["accepted"], first["duplicates"]) == (2, 0)  # two rows of one body: two events
    assert (retry["accepted"], retry["duplicates"]) == (0, 2)
    other = client.post("/v1/events", json=body[:1] + [{"user_id": "u", "item_id": "b", "type": "view"}],
                        headers=AUTH).json()
    assert other["accepted"] == 2  # another body is another batch of events
    assert client.app.state.store.count_events() == 4


def test_write_bodies_are_typed_in_the_openapi_document(client):
    doc = client.get("/openapi.json").json()
    for path, method, field in (("/v1/events", "post", "user_id"), ("/v1/items", "put", "item_id")):
        schema = doc["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
        variants = schema["items"].get("oneOf", [schema["items"]])  # events: item events or searches
        assert schema["type"] == "array" and all(field in v["properties"] for v in variants), schema


def test_rows_generated_from_the_openapi_document_are_valid(client):
    """What schemathesis builds from the typed bodies are rows the store takes (untyped, it
    rarely built one), so its runs exercise storing, not only rejecting."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    from store.schema import Event, ItemPatch

    schema = schemathesis.openapi.from_dict(client.get("/openapi.json").json())
    for path, method, parse in (("/v1/events", "POST", Event.from_row), ("/v1/items", "PUT", ItemPatch.model_validate)):
        operation = schema[path][method]
        seen = []

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def check(case):
            for row in case.body if isinstance(case.body, list) else []:
                parse(row)  # raises on a row the store would reject
                seen.append(row)

        check()
        assert seen, path


def test_deeply_nested_values_are_rejected_per_row_not_a_5xx(client):
    deep = 1
    for _ in range(900):
        deep = [deep]
    events = client.post("/v1/events", json=[{"user_id": "u", "item_id": "a", "type": "view", "x": deep},
                                             {"user_id": "u", "item_id": "b", "type": "view"}], headers=AUTH)
    assert events.status_code < 500 and (events.status_code >= 400 or events.json()["accepted"] == 2)
    items = client.put("/v1/items", json=[{"item_id": "a", "title": "A", "x": deep}, {"item_id": "b", "title": "B"}],
                       headers=AUTH)
    assert items.status_code < 500, items.text
    if items.status_code == 200:
        assert items.json()["accepted"] == 1 and "nested" in items.json()["rejected"][0]["error"]
