"""Keys, validation and ingestion through the HTTP API (in process; no bundle needed)."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import errors
from api.config import ApiSettings
from api.deps import FiltersDep
from api.keys import create_key, load_keyring, parse_key_spec
from api.main import create_app
from store.filters import FilterError, Filters

READ, WRITE = "pk_test_read", "sk_test_write"


@pytest.fixture
def client(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=f"{READ}:read {WRITE}:read+write", max_batch=50)
    with TestClient(create_app(settings)) as c:
        yield c


def auth(key):
    return {"Authorization": f"Bearer {key}"}


def test_writes_need_a_write_key(client):
    body = [{"user_id": "u1", "item_id": "a", "type": "view"}]
    assert client.post("/v1/events", json=body).status_code == 401
    assert client.post("/v1/events", json=body, headers=auth("wrong")).status_code == 401
    forbidden = client.post("/v1/events", json=body, headers=auth(READ))
    assert forbidden.status_code == 403
    assert forbidden.json() == {"error": {"code": "forbidden", "message": "this key lacks the 'write' scope (or 'events')"}}
    assert client.post("/v1/events", json=body, headers=auth(WRITE)).status_code == 200


def test_reads_need_a_key_too(client):
    assert client.get("/v1/search?q=lamp").status_code == 401
    assert client.get("/v1/search?q=lamp", headers=auth(READ)).status_code == 503  # no bundle yet, but authorised


@pytest.mark.parametrize("content, headers", [
    (b"{not json", {"Content-Type": "application/json"}),
    (b'{"user_id": "u1"}', {"Content-Type": "application/json"}),
    (b"", {"Content-Type": "application/json"}),
])
def test_malformed_bodies_are_4xx_json_errors(client, content, headers):
    response = client.post("/v1/events", content=content, headers={**headers, **auth(WRITE)})
    assert 400 <= response.status_code < 500
    assert set(response.json()["error"]) == {"code", "message"}


def test_events_report_rejections_per_row_and_deduplicate(client):
    body = [{"event_id": "e1", "user_id": "u1", "item_id": "a", "type": "view"},
            {"user_id": "u1", "item_id": "a", "type": "teleport"},
            "not an object",
            {"event_id": "e2", "user_id": "u1", "type": "search", "query": "lamp"}]
    first = client.post("/v1/events", json=body, headers=auth(WRITE)).json()
    assert first["accepted"] == 2
    assert [r["index"] for r in first["rejected"]] == [1, 2]
    assert "must be one of" in first["rejected"][0]["error"]
    again = client.post("/v1/events", json=body, headers=auth(WRITE)).json()
    assert again["accepted"] == 0 and again["duplicates"] == 2
    # committed before the response: another connection to the store sees it
    from store.db import Store
    store = Store(client.app.state.settings.db_url)
    assert store.count_events() == 2


def test_batches_over_the_limit_are_refused(client):
    body = [{"user_id": "u", "item_id": "a", "type": "view"}] * 51
    response = client.post("/v1/events", json=body, headers=auth(WRITE))
    assert response.status_code == 413 and "at most 50" in response.json()["error"]["message"]


def test_items_accept_partial_updates(client):
    new = client.put("/v1/items", json=[{"item_id": "l1", "title": "Brass Table Lamp", "price": 80},
                                        {"item_id": "l2", "price": 5}], headers=auth(WRITE)).json()
    assert new["accepted"] == 1 and new["rejected"] == [{"index": 1, "error": "title is required for a new item"}]
    update = client.put("/v1/items", json=[{"item_id": "l1", "in_stock": False}], headers=auth(WRITE)).json()
    assert update["accepted"] == 1
    item = client.app.state.store.get_item("l1")
    assert item["title"] == "Brass Table Lamp" and item["in_stock"] is False and item["price"] == 80


def test_bad_query_parameters_are_422(client):
    for url in ("/v1/search?q=x&limit=0", "/v1/search?q=x&limit=101", "/v1/search?q=x&offset=-1",
                "/v1/search?q=" + "x" * 201, "/v1/search?q=x&min_price=10&max_price=5",
                "/v1/users/u1/recommendations?scenario=nope"):
        response = client.get(url, headers=auth(READ))
        assert response.status_code == 422, url
        assert response.json()["error"]["code"] == "invalid_request"


def test_filters_are_parsed_once_at_the_edge():
    app = FastAPI()
    seen = []

    @app.get("/filtered")
    async def filtered(filters: FiltersDep):
        seen.append(filters)
        return {}

    client = TestClient(app)
    client.get("/filtered", params={"category": "Clothing > Women", "brand": "Maren", "color": "Black",
                                    "min_price": 10, "in_stock": "true", "attr.size": "M"})
    client.get("/filtered")
    assert seen == [Filters.parse({"category": "Clothing > Women", "brand": "Maren", "color": "Black",
                                   "min_price": 10.0, "in_stock": True, "attributes": {"size": "M"}}),
                    Filters()]


def test_a_filter_error_is_a_400_with_the_json_error_body():
    app = FastAPI()
    errors.install(app)

    @app.get("/filtered")
    def filtered():
        raise FilterError("unknown filter 'size'")

    response = TestClient(app).get("/filtered")
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "bad_request", "message": "unknown filter 'size'"}}


def test_health_ready_and_metrics(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 503
    client.post("/v1/events", json=[{"user_id": "u", "item_id": "a", "type": "view"}], headers=auth(WRITE))
    text = client.get("/metrics").text
    assert 'kaiyu_requests_total{method="POST",route="/v1/events",status="200"} 1.0' in text
    assert "kaiyu_events_ingested_total 1.0" in text
    assert "kaiyu_request_seconds_bucket" in text


def test_keys_are_stored_hashed(tmp_path):
    key = create_key(tmp_path, ("read",))
    assert key not in (tmp_path / "keys.json").read_text()
    ring = load_keyring("", tmp_path)
    assert ring.scopes(key) == {"read"} and ring.scopes(key + "x") is None
    with pytest.raises(ValueError, match="unknown scopes"):
        parse_key_spec("k:root")
    with pytest.raises(ValueError, match="KEY:SCOPES"):
        parse_key_spec("justakey")


def test_a_body_over_the_size_limit_is_refused_unread(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=f"{WRITE}:read+write", max_body_bytes=1000)
    with TestClient(create_app(settings)) as c:
        body = [{"user_id": "u", "item_id": "a" * 50, "type": "view"}] * 30
        response = c.post("/v1/events", json=body, headers=auth(WRITE))
        assert response.status_code == 413 and "over 1000 bytes" in response.json()["error"]["message"]
        assert c.post("/v1/events", json=body[:2], headers=auth(WRITE)).status_code == 200
