"""The operator endpoints (/v1/admin), the search log behind top and zero-result queries, the
pages and their catalogue lookup: known answers on SQLite and PostgreSQL where the store is
involved, scopes, and 4xx JSON errors for bad input."""

import json
import shutil
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app
from api.routes.admin import latency_table, quantile
from api.searchlog import SearchLog
from store.schema import Event
from store.db import Store, search_query_key
from bundle.directory import BundleStore

READ, WRITE, ADMIN = "pk_test_read", "sk_test_write", "sk_test_admin"
H_READ = {"Authorization": f"Bearer {READ}"}
H_WRITE = {"Authorization": f"Bearer {WRITE}"}
# the operator's key; X-Kaiyu-Request makes an admin action a request browsers preflight
H_ADMIN = {"Authorization": f"Bearer {ADMIN}", "X-Kaiyu-Request": "1"}
KEYS = f"{READ}:read {WRITE}:read+write {ADMIN}:read+write+admin"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def event(user, item, kind, ts: datetime):
    return Event.from_row({"user_id": user, "item_id": item, "type": kind, "timestamp": ts.isoformat()})


# -- the store: search log and daily counts, on every database -------------------------------

def test_top_and_zero_result_queries(store):
    store.add_searches([
        {"query": "lamp", "total": 30, "user_id": "u1", "ts": 100.0},
        {"query": "Lamp ", "total": 30, "user_id": "u2", "ts": 200.0},
        {"query": "  LAMP", "total": 27, "ts": 300.0},  # case, width and spacing fold together
        {"query": "qzxwv plugh", "total": 0, "user_id": "u1", "ts": 250.0},
        {"query": "sofa", "total": 12, "ts": 150.0},
        {"query": "   ", "total": 5},  # blank: not logged
    ])
    top = store.top_queries(10)
    assert [(q["query"], q["searches"]) for q in top] == [("lamp", 3), ("qzxwv plugh", 1), ("sofa", 1)]
    assert top[0]["zero_result_searches"] == 0 and top[0]["avg_results"] == 29.0
    assert top[0]["last_at"] == "1970-01-01T00:05:00Z"
    assert store.zero_result_queries(10) == [{"query": "qzxwv plugh", "searches": 1, "last_at": "1970-01-01T00:04:10Z"}]
    assert store.search_stats() == {"searches": 5, "distinct_queries": 3, "zero_result_searches": 1}
    since = [(q["query"], q["searches"]) for q in store.top_queries(10, since=utc(1970, 1, 1, 0, 3, 20))]
    assert since == [("lamp", 2), ("qzxwv plugh", 1)]
    assert store.top_queries(1) == top[:1]


def test_query_keys_fold_case_width_and_spacing():
    assert search_query_key("  Shirt   DRESS ") == "shirt dress"
    assert search_query_key("ＬＡＭＰ") == "lamp"
    assert search_query_key("ワンピース　白") == "ワンピース 白"


def test_event_counts_by_day(store):
    assert store.event_counts_by_day(7) == {}
    store.add_events([
        event("u1", "a", "view", utc(2026, 10, 30, 12)),
        event("u1", "a", "view", utc(2026, 10, 30, 23, 59, 59, 900000)),  # still the 30th
        event("u2", "b", "purchase", utc(2026, 10, 31, 0, 0, 0)),
        event("u2", "b", "view", utc(2026, 10, 31, 8)),
        event("u3", "c", "add_to_cart", utc(2026, 11, 2, 1)),
        event("u3", "c", "view", utc(2026, 10, 20, 1)),  # outside a 4-day window
    ])
    assert store.event_counts_by_day(4) == {
        "2026-10-30": {"view": 2},
        "2026-10-31": {"purchase": 1, "view": 1},
        "2026-11-01": {},
        "2026-11-02": {"add_to_cart": 1},
    }
    assert store.event_counts_by_day(2, until=utc(2026, 10, 31, 15)) == {
        "2026-10-30": {"view": 2}, "2026-10-31": {"purchase": 1, "view": 1}}
    assert sum(sum(d.values()) for d in store.event_counts_by_day(30).values()) == 6
    with pytest.raises(ValueError):
        store.event_counts_by_day(0)


def test_active_users(store):
    assert store.active_users(5) == []
    store.add_events([event("u1", "a", "view", utc(2026, 1, 1)), event("u2", "a", "view", utc(2026, 1, 2)),
                      event("u2", "b", "purchase", utc(2026, 1, 3)), event("u3", "a", "view", utc(2025, 6, 1))])
    assert store.active_users(5) == [
        {"user_id": "u2", "events": 2, "purchases": 1, "last_at": "2026-01-03T00:00:00Z"},
        {"user_id": "u1", "events": 1, "purchases": 0, "last_at": "2026-01-01T00:00:00Z"}]  # u3: before the window
    assert [u["user_id"] for u in store.active_users(5, days=365)] == ["u2", "u1", "u3"]


def test_search_log_buffers_and_flushes(store):
    log = SearchLog(store)
    log.record("lamp", 4, user_id="u1")
    log.record("lamp", 4, refined=True)  # a later page or a filtered view of the same search
    log.record(" ", 0)
    assert len(log) == 1 and store.search_stats()["searches"] == 0
    assert log.flush() == 1 and len(log) == 0
    assert store.top_queries(5)[0]["query"] == "lamp"


def test_search_log_keeps_rows_when_the_store_fails(store):
    class Broken:
        def add_searches(self, rows):
            raise ConnectionError("down")

    log = SearchLog(Broken(), max_buffered=3)
    for q in ("a", "b", "c", "d"):
        log.record(q, 1)
    assert log.dropped == 1 and log.flush() == 0 and len(log) == 3
    log.store = store
    assert log.flush() == 3 and [q["query"] for q in store.top_queries(5)] == ["a", "b", "c"]


# -- latency percentiles from the histogram ------------------------------------------------

def test_quantiles_interpolate_within_buckets():
    buckets = [(0.01, 50.0), (0.02, 90.0), (0.05, 100.0), (float("inf"), 100.0)]
    assert quantile(buckets, 0.5) == pytest.approx(0.01)
    assert quantile(buckets, 0.7) == pytest.approx(0.015)
    assert quantile(buckets, 0.95) == pytest.approx(0.035)
    assert quantile([(0.1, 0.0), (float("inf"), 4.0)], 0.99) == 0.1  # beyond the last bound: that bound
    assert quantile([(0.1, 0.0), (float("inf"), 0.0)], 0.5) == 0.0


def test_latency_table_reads_the_app_histogram():
    from api.metrics import Metrics

    metrics = Metrics()
    for seconds in (0.0015,) * 90 + (0.04,) * 10:
        metrics.latency.labels("/v1/search").observe(seconds)
    (row,) = latency_table(metrics.registry)
    assert row["route"] == "/v1/search" and row["requests"] == 100
    assert 1.0 <= row["p50_ms"] <= 2.0 and 30.0 <= row["p95_ms"] <= 50.0 and row["p95_ms"] <= row["p99_ms"] <= 50.0


# -- the HTTP API --------------------------------------------------------------------------

@pytest.fixture
def client(store, tmp_path):
    """The API on an empty store (no bundle), once per database."""
    settings = ApiSettings(home=tmp_path / "home", database_url=store.url, api_keys=KEYS)
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def demo_client(demo_copy):
    settings = ApiSettings(**{**demo_copy.model_dump(), "api_keys": KEYS, "reload_interval_s": 0.1})
    with TestClient(create_app(settings)) as c:
        yield c


ADMIN_GETS = ["/v1/admin/overview", "/v1/admin/bundles", "/v1/admin/events/daily", "/v1/admin/queries",
              "/v1/admin/latency", "/v1/admin/shoppers"]


def test_operator_data_and_actions_need_an_admin_key(client):
    for path in ADMIN_GETS:
        assert client.get(path).status_code == 401, path
        for headers in (H_READ, H_WRITE):  # write keys ingest only
            forbidden = client.get(path, headers=headers)
            assert forbidden.status_code == 403, path
            assert forbidden.json() == {"error": {"code": "forbidden", "message": "this key lacks the 'admin' scope"}}
        assert client.get(path, headers=H_ADMIN).status_code == 200, path
    for path in ("/v1/admin/bundles/20260101T000000Z/promote", "/v1/admin/rollback"):
        assert client.post(path).status_code == 401
        assert client.post(path, headers=H_READ).status_code == 403
        assert client.post(path, headers=H_WRITE).status_code == 403


def test_events_by_day_over_http(client):
    rows = [{"user_id": "u1", "item_id": "a", "type": "view", "timestamp": "2026-10-30T10:00:00Z"},
            {"user_id": "u1", "item_id": "a", "type": "add_to_cart", "timestamp": "2026-10-30T11:00:00Z"},
            {"user_id": "u2", "item_id": "b", "type": "view", "timestamp": "2026-11-01T09:00:00Z"},
            {"user_id": "u2", "item_id": "b", "type": "view", "timestamp": "2026-11-01T09:30:00Z"}]
    assert client.post("/v1/events", json=rows, headers=H_WRITE).json()["accepted"] == 4
    body = client.get("/v1/admin/events/daily", params={"days": 3}, headers=H_ADMIN).json()
    assert body == {"days": ["2026-10-30", "2026-10-31", "2026-11-01"], "types": ["view", "add_to_cart"],
                    "counts": {"view": [1, 0, 2], "add_to_cart": [1, 0, 0]}, "totals": [2, 0, 2]}
    until = client.get("/v1/admin/events/daily", params={"days": 1, "until": "2026-10-30"}, headers=H_ADMIN).json()
    assert until["totals"] == [2]
    overview = client.get("/v1/admin/overview", headers=H_ADMIN).json()
    assert overview["events"] == 4 and overview["events_by_type"] == {"view": 3, "add_to_cart": 1}
    assert overview["serving"] is None and overview["report"] is None
    shoppers = client.get("/v1/admin/shoppers", headers=H_ADMIN).json()["shoppers"]
    assert [(s["user_id"], s["events"], s["purchases"]) for s in shoppers] == [("u1", 2, 0), ("u2", 2, 0)]


@pytest.mark.parametrize("path", [
    "/v1/admin/events/daily?days=0", "/v1/admin/events/daily?days=367", "/v1/admin/events/daily?days=abc",
    "/v1/admin/events/daily?until=yesterday", "/v1/admin/events/daily?until=0001-01-01",
    "/v1/admin/queries?limit=0", "/v1/admin/queries?limit=101", "/v1/admin/queries?since_days=-1",
    "/v1/admin/shoppers?limit=0", "/v1/admin/bundles/..%2F..", "/v1/admin/bundles/bad%20version",
])
def test_bad_input_is_a_4xx_json_error(client, path):
    response = client.get(path, headers=H_ADMIN)
    assert 400 <= response.status_code < 500, (path, response.status_code, response.text)
    assert set(response.json()["error"]) == {"code", "message"}


def test_latency_counts_real_requests(client):
    for _ in range(5):
        client.get("/healthz")
    routes = {r["route"]: r for r in client.get("/v1/admin/latency", headers=H_ADMIN).json()["routes"]}
    assert routes["/healthz"]["requests"] == 5
    assert 0 < routes["/healthz"]["p50_ms"] <= routes["/healthz"]["p95_ms"] <= routes["/healthz"]["p99_ms"]


def test_searches_through_the_api_feed_top_and_zero_result_queries(demo_client):
    for q in ("lamp", "Lamp", "lamp ", "qzxwv"):
        assert demo_client.get("/v1/search", params={"q": q}, headers=H_READ).status_code == 200
    # a second page, a filtered or a sorted view of a search are not new searches
    demo_client.get("/v1/search", params={"q": "lamp", "offset": 10}, headers=H_READ)
    demo_client.get("/v1/search", params={"q": "lamp", "brand": "Lumen"}, headers=H_READ)
    demo_client.get("/v1/search", params={"q": "lamp", "sort": "price_asc"}, headers=H_READ)
    demo_client.get("/v1/autocomplete", params={"q": "la"}, headers=H_READ)
    demo_client.app.state.searchlog.flush()  # what the background task does every second
    body = demo_client.get("/v1/admin/queries", headers=H_ADMIN).json()
    assert [(q["query"], q["searches"]) for q in body["top"]] == [("lamp", 3), ("qzxwv", 1)]
    assert body["top"][0]["avg_results"] > 0
    assert [(q["query"], q["searches"]) for q in body["zero_results"]] == [("qzxwv", 1)]
    assert body["searches"] == 4 and body["zero_result_searches"] == 1


def test_the_search_log_is_flushed_at_shutdown(demo_copy):
    settings = ApiSettings(**{**demo_copy.model_dump(), "api_keys": KEYS})
    with TestClient(create_app(settings)) as c:
        assert c.get("/v1/search", params={"q": "sofa"}, headers=H_READ).status_code == 200
    store = Store(settings.db_url)
    try:
        assert [q["query"] for q in store.top_queries(5)] == ["sofa"]
    finally:
        store.close()


def test_bundles_overview_promote_and_rollback(demo_client, demo_copy):
    bundles = BundleStore(demo_copy.home)
    first = bundles.current()
    # a second bundle, as a retrain would leave it (a copy: training again is slower and adds nothing here)
    second = "20990101T000000Z"
    shutil.copytree(bundles.path(first), bundles.root / second)
    listing = demo_client.get("/v1/admin/bundles", headers=H_ADMIN).json()
    assert [b["version"] for b in listing["bundles"]] == [first, second]
    assert listing["current"] == first and listing["serving"] == first
    row = listing["bundles"][0]
    assert row["current"] and row["primary_metric"] == "all.ndcg@10" and 0 < row["metrics"]["all.ndcg@10"] <= 1
    assert row["promoted_by_training"] is True and row["data"]["items"] > 0

    overview = demo_client.get("/v1/admin/overview", headers=H_ADMIN).json()
    assert overview["serving"] == first and overview["items"] > 0 and overview["index_items"] == overview["items"]
    assert overview["report"]["version"] == first and "all.ndcg@10" in overview["report"]["metrics"]
    assert "popularity" not in json.dumps(overview["report"])
    detail = demo_client.get(f"/v1/admin/bundles/{first}", headers=H_ADMIN).json()
    assert detail["manifest"]["version"] == first and detail["report"]["promoted"] is True

    assert demo_client.post("/v1/admin/bundles/20000101T000000Z/promote", headers=H_ADMIN).status_code == 404
    assert demo_client.get("/v1/admin/bundles/20000101T000000Z", headers=H_ADMIN).status_code == 404
    again = demo_client.post(f"/v1/admin/bundles/{first}/promote", headers=H_ADMIN)
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"

    promoted = demo_client.post(f"/v1/admin/bundles/{second}/promote", headers=H_ADMIN)
    assert promoted.status_code == 200, promoted.text
    assert promoted.json()["current"] == second and promoted.json()["previous"] == first
    assert bundles.current() == second and bundles.history()[-1]["reason"] == "promoted from the dashboard"

    rolled = demo_client.post("/v1/admin/rollback", headers=H_ADMIN).json()
    assert rolled == {**rolled, "current": first, "previous": second}
    assert bundles.current() == first


def test_rollback_with_nothing_to_go_back_to_is_a_conflict(demo_client):
    response = demo_client.post("/v1/admin/rollback", headers=H_ADMIN)
    assert response.status_code == 409 and "nothing to roll back to" in response.json()["error"]["message"]


# -- the pages and their catalogue lookup ------------------------------------------------------

def test_pages_and_assets_are_served_without_a_key(client):
    for path, kind, text in (("/", "text/html", "Kaiyu demo shop"), ("/dashboard", "text/html", "operator dashboard"),
                             ("/static/kaiyu-search.js", "javascript", "KaiyuSearch"),
                             ("/static/css/kaiyu.css", "text/css", "--accent")):
        response = client.get(path)
        assert response.status_code == 200 and kind in response.headers["content-type"], path
        assert text in response.text, path
    assert client.get("/static/nope.js").status_code == 404
    assert client.get("/static/../api/main.py").status_code == 404


def test_items_lookup_keeps_the_order_asked(client):
    client.put("/v1/items", json=[{"item_id": "a", "title": "Brass Lamp", "price": 80, "currency": "USD"},
                                  {"item_id": "b", "title": "白 シャツワンピース", "price": 14880, "currency": "JPY"}],
               headers=H_WRITE)
    assert client.get("/v1/items", params={"ids": "a"}).status_code == 401
    body = client.get("/v1/items", params={"ids": "b,zz,a,b"}, headers=H_READ).json()
    assert [i["item_id"] for i in body["items"]] == ["b", "a"] and body["missing"] == ["zz"]
    assert body["items"][0]["title"] == "白 シャツワンピース" and body["items"][0]["currency"] == "JPY"
    for bad in ("", ",,", ",".join(f"i{n}" for n in range(101)), "x" * 300):
        response = client.get("/v1/items", params={"ids": bad}, headers=H_READ)
        assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request", bad
