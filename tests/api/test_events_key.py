"""The `events` key scope (a storefront tracker's key, shipped to browsers): it may POST
/v1/events and nothing else; and cross-origin POST /v1/events from the configured storefront
origins (preflight answered), while every other write stays same-origin."""

import json

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.keys import create_key, list_keys, load_keyring, parse_key_spec
from api.main import create_app
from cli.main import main as kaiyu

READ, WRITE, ADMIN, EVENTS = "pk_t_read", "sk_t_write", "sk_t_admin", "ek_t_events"
SHOP = "https://shop.example"
EVENT = [{"user_id": "u1", "item_id": "a", "type": "click", "search_id": "s" * 32, "position": 3}]


@pytest.fixture
def client(tmp_path):
    settings = ApiSettings(home=tmp_path, cors_origins=SHOP,
                           api_keys=f"{READ}:read {WRITE}:read+write {ADMIN}:admin {EVENTS}:events")
    with TestClient(create_app(settings)) as c:
        yield c


def auth(key, **extra):
    return {"Authorization": f"Bearer {key}", **extra}


def test_an_events_key_posts_events(client):
    response = client.post("/v1/events", json=EVENT, headers=auth(EVENTS))
    assert response.status_code == 200 and response.json()["accepted"] == 1
    assert client.post("/v1/events", json=[{**EVENT[0], "user_id": "u2"}], headers=auth(WRITE)).json()["accepted"] == 1


@pytest.mark.parametrize("method,path", [
    ("GET", "/v1/search?q=lamp"), ("GET", "/v1/users/u1/recommendations"), ("GET", "/v1/items?ids=a"),
    ("PUT", "/v1/items"), ("GET", "/v1/admin/overview"), ("POST", "/v1/admin/experiments"),
    ("GET", "/healthz"), ("GET", "/v1/events"), ("POST", "/v1/events/"), ("DELETE", "/v1/events"),
])
def test_an_events_key_is_refused_everywhere_else(client, method, path):
    response = client.request(method, path, headers=auth(EVENTS), json=[] if method != "GET" else None)
    assert response.status_code == 403, (method, path, response.text)
    assert response.json()["error"]["message"] == "an events key may only POST /v1/events"


def test_a_read_key_still_cannot_post_events(client):
    response = client.post("/v1/events", json=EVENT, headers=auth(READ))
    assert response.status_code == 403
    assert response.json()["error"]["message"] == "this key lacks the 'write' scope (or 'events')"
    assert client.post("/v1/events", json=EVENT, headers=auth("nope")).status_code == 401


def test_a_key_in_the_query_string_is_never_accepted(client):
    assert client.post(f"/v1/events?key={EVENTS}", json=EVENT).status_code == 401
    assert client.post(f"/v1/events?api_key={EVENTS}&authorization=Bearer+{EVENTS}", json=EVENT).status_code == 401


def test_the_storefront_origin_may_post_events_cross_site(client):
    preflight = client.options("/v1/events", headers={
        "Origin": SHOP, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == SHOP
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    posted = client.post("/v1/events", json=EVENT, headers=auth(EVENTS, Origin=SHOP))
    assert posted.status_code == 200 and posted.headers["access-control-allow-origin"] == SHOP
    refused = client.post("/v1/events", json=EVENT, headers=auth("bad", Origin=SHOP))  # readable by the tracker
    assert refused.status_code == 401 and refused.headers["access-control-allow-origin"] == SHOP


def test_no_other_write_and_no_other_origin_is_allowed_cross_site(client):
    for path, method in (("/v1/items", "PUT"), ("/v1/admin/experiments", "POST")):
        preflight = client.options(path, headers={"Origin": SHOP, "Access-Control-Request-Method": method})
        assert preflight.status_code == 400 and method not in preflight.headers.get("access-control-allow-methods", "")
    evil = client.options("/v1/events", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "POST"})
    assert evil.status_code == 400 and "access-control-allow-origin" not in evil.headers
    read = client.get("/v1/search?q=x", headers=auth(READ, Origin=SHOP))  # reads: as before
    assert read.headers["access-control-allow-origin"] == SHOP


def test_events_keys_parse_and_are_made_by_the_cli(tmp_path, capsys):
    assert list(parse_key_spec("ek_x:events").values()) == [frozenset({"events"})]
    with pytest.raises(ValueError):
        parse_key_spec("ek_x:event")
    assert kaiyu(["keys", "create", "--home", str(tmp_path), "--scope", "events", "--name", "storefront"]) == 0
    key = capsys.readouterr().out.strip().splitlines()[-1]
    assert key.startswith("ek_") and load_keyring("", tmp_path).scopes(key) == {"events"}
    assert kaiyu(["keys", "list", "--home", str(tmp_path)]) == 0
    listed = capsys.readouterr().out
    assert "storefront" in listed and "events" in listed and key not in listed
    assert list_keys(tmp_path) == [{"name": "storefront", "scopes": ["events"]}]
    assert kaiyu(["keys", "create", "--home", str(tmp_path), "--scope", "root"]) == 2
    assert json.loads((tmp_path / "keys.json").read_text())[0]["sha256"] != key
