"""Property-based fuzzing of `POST /v1/events` and `PUT /v1/items` through the app (issue 18):
any JSON body gets a 2xx with per-row rejections or a 4xx, never a 5xx, and what a reply
acknowledges is what the store gained."""

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.config import ApiSettings
from api.main import create_app
from tests.store.test_fuzz_rows import EVENT_ROWS, ITEM_ROWS, json_value

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
AUTH = {"Authorization": "Bearer sk_fuzz", "Content-Type": "application/json"}


def send(client, method, path, body):
    """`body` as Python's JSON writes it: ASCII escapes carry lone surrogates, NaN and Infinity go
    as the literals many JSON parsers accept (the server's among them)."""
    return client.request(method, path, content=json.dumps(body), headers=AUTH)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings = ApiSettings(home=tmp_path_factory.mktemp("fuzz-api"), api_keys="sk_fuzz:read+write")
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


@FUZZ
@given(st.lists(EVENT_ROWS | json_value, max_size=6) | json_value)
def test_any_events_body_is_answered_without_a_5xx_and_counted_exactly(client, body):
    store = client.app.state.store
    before = store.count_events()
    response = send(client, "POST", "/v1/events", body)
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        reply = response.json()
        assert reply["accepted"] + reply["duplicates"] + len(reply["rejected"]) == len(body)
        assert store.count_events() == before + reply["accepted"]


@FUZZ
@given(st.lists(ITEM_ROWS | json_value, max_size=6) | json_value)
def test_any_items_body_is_answered_without_a_5xx(client, body):
    response = send(client, "PUT", "/v1/items", body)
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        reply = response.json()
        assert reply["accepted"] + len(reply["rejected"]) == len(body)
