"""Search ids, rec ids and impressions through the API (issues 16, 19): every response carries its
id, the store records exactly what it showed at which position, events sent back with the id and
position are attributed to it, and exploration reorders the top 10 without changing it."""

import re
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.impressions import ImpressionLog, explore_order
from api.main import create_app
from store.db import Store

READ, WRITE = "pk_test_read", "sk_test_write"
H_READ = {"Authorization": f"Bearer {READ}"}
H_WRITE = {"Authorization": f"Bearer {WRITE}"}
HEX32 = re.compile(r"^[0-9a-f]{32}$")


def client_for(settings, **overrides):
    api = ApiSettings(**{**settings.model_dump(), "api_keys": f"{READ}:read {WRITE}:read+write",
                         "reload_interval_s": 0.1, **overrides})
    return TestClient(create_app(api))


@pytest.fixture
def client(demo_copy):
    with client_for(demo_copy) as c:
        yield c


def _search(client, **params) -> dict:
    response = client.get("/v1/search", params=params, headers=H_READ)
    assert response.status_code == 200, response.json()
    return response.json()


def _shown(client, kind="search") -> dict[str, dict]:
    client.app.state.impressions.flush()  # what the background task does every second
    return {row["id"]: row for row in client.app.state.store.impressions(kind)}


def test_every_response_has_its_own_id_and_its_impression(client):
    first, second = _search(client, q="dress", limit=5), _search(client, q="dress", limit=5)
    assert HEX32.match(first["search_id"]) and first["search_id"] != second["search_id"]
    page = _search(client, q="dress", limit=5, offset=10, user_id="u7", session_id="s7", brand=first["items"][0]["brand"])
    row = _shown(client)[page["search_id"]]
    assert row["items"] == [hit["item_id"] for hit in page["items"]] and row["offset"] == 10
    assert (row["query"], row["user_id"], row["session_id"], row["explore"]) == ("dress", "u7", "s7", False)
    assert list(row["filters"]) == ["brand"] and len(row["filters"]["brand"]) == 1

    user = client.app.state.store.event_arrays().user_ids[0]
    recs = client.get(f"/v1/users/{user}/recommendations", params={"limit": 4}, headers=H_READ).json()
    similar = client.get(f"/v1/items/{recs['items'][0]['item_id']}/similar", headers=H_READ).json()
    assert HEX32.match(recs["rec_id"]) and HEX32.match(similar["rec_id"]) and recs["rec_id"] != similar["rec_id"]
    shown = _shown(client, "recs")
    assert shown[recs["rec_id"]]["items"] == [i["item_id"] for i in recs["items"]]
    assert shown[recs["rec_id"]]["scenario"] == recs["scenario"] and shown[similar["rec_id"]]["scenario"] == "similar"


def test_events_sent_back_are_attributed_and_counted(client):
    searches = [_search(client, q="Linen  Dress", limit=10, user_id=f"shopper{n}") for n in range(4)]
    clicked = searches[1]["items"][1]["item_id"]
    rows = [{"user_id": "shopper1", "item_id": clicked, "type": "click", "search_id": searches[1]["search_id"],
             "position": 2},
            {"user_id": "shopper1", "item_id": clicked, "type": "click", "search_id": "s", "position": 0},
            {"user_id": "shopper1", "item_id": clicked, "type": "click", "search_id": "x" * 65, "position": 1},
            {"user_id": "shopper1", "item_id": clicked, "type": "purchase", "search_id": searches[1]["search_id"]}]
    body = client.post("/v1/events", json=rows, headers=H_WRITE).json()
    assert body["accepted"] == 2 and [r["index"] for r in body["rejected"]] == [1, 2]
    assert "position" in body["rejected"][0]["error"] and "search_id" in body["rejected"][1]["error"]
    _shown(client)
    store = client.app.state.store
    [click, purchase] = store.attributed_events()
    assert (click["item_id"], click["position"], click["impression_query"]) == (clicked, 2, "Linen Dress")
    assert purchase["type"] == "purchase" and purchase["position"] is None
    [row] = store.query_attribution()
    assert row == {"query": "linen dress", "searches": 4, "shoppers": 4, "clicks": 1, "clicked_searches": 1,
                   "ctr": 0.25, "mean_click_position": 2.0, "add_to_cart": 0, "purchases": 1}
    assert store.no_click_queries() == []


def test_exploration_reorders_the_top_ten_and_nothing_else(demo_copy):
    with client_for(demo_copy) as plain:
        baseline = [hit["item_id"] for hit in _search(plain, q="dress", limit=20)["items"]]
        assert len(baseline) == 20
        assert all([h["item_id"] for h in _search(plain, q="dress", limit=20)["items"]] == baseline for _ in range(5))
        assert not any(row["explore"] for row in _shown(plain).values())
    with client_for(demo_copy, search_explore_share=0.5) as exploring:
        answers = [_search(exploring, q="dress", limit=20) for _ in range(30)]
        sorted_page = _search(exploring, q="dress", limit=20, sort="price_asc")
        later_page = _search(exploring, q="dress", limit=10, offset=10)
        shown = _shown(exploring)
    orders = [[hit["item_id"] for hit in a["items"]] for a in answers]
    explored = [shown[a["search_id"]]["explore"] for a in answers]
    assert 0 < sum(explored) < 30  # a draw per request
    for order, explore in zip(orders, explored):
        assert set(order[:10]) == set(baseline[:10]) and order[10:] == baseline[10:]
        if not explore:
            assert order == baseline  # not exploring: the ranker's order, exactly
    assert any(order[:10] != baseline[:10] for order, explore in zip(orders, explored) if explore)
    assert shown[sorted_page["search_id"]]["explore"] is False and shown[later_page["search_id"]]["explore"] is False
    with pytest.raises(ValueError):
        ApiSettings(search_explore_share=0.6)


def test_explore_order_shuffles_only_the_top_k():
    import random

    items = list(range(15))
    seen = Counter(tuple(explore_order(items, random.Random(seed))[:10]) for seed in range(50))
    assert all(sorted(order) == list(range(10)) for order in seen) and len(seen) > 40
    assert all(explore_order(items, random.Random(seed))[10:] == items[10:] for seed in range(5))


def test_response_ids_are_uuid7_and_sort_by_time():
    import time
    import uuid

    from api.impressions import new_id

    first = [new_id() for _ in range(1000)]
    time.sleep(0.002)
    later = new_id()
    assert len(set(first)) == 1000 and all(HEX32.match(i) for i in first + [later])
    parsed = uuid.UUID(later)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert abs(int(later[:12], 16) / 1000 - time.time()) < 5  # its first 48 bits: the time in ms
    assert max(first) < later  # the store's id index grows at its right edge


def test_a_full_buffer_counts_what_it_drops_and_a_down_store_keeps_rows(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    log = ImpressionLog(store, max_buffered=2)
    result = {"items": [{"item_id": "a"}, {"item_id": "b"}]}
    ids = [log.search(None, result, query="lamp", user_id=None, session_id=None, filters=None,
                      offset=0, explore_share=1.0)["search_id"] for _ in range(3)]
    assert len(log) == 2 and log.dropped == 1
    assert log.flush() == 2 and [r["id"] for r in store.impressions()] == ids[:2]
    assert all(r["explore"] for r in store.impressions())

    class Down:
        class impression_log:
            calls = 0

            @classmethod
            def insert(cls, rows):
                import sqlalchemy as sa
                cls.calls += 1
                raise sa.exc.OperationalError("INSERT", {}, ConnectionError("refused"))

    down = ImpressionLog(Down(), max_buffered=5)
    down.recs(None, {"items": [{"item_id": "a"}], "scenario": "trending"}, scenario=None)
    assert down.flush() == 0 and len(down) == 1 and down.dropped == 0 and Down.impression_log.calls == 1


def test_the_request_path_buffers_rows_clean_so_the_writer_only_stores_them(tmp_path):
    from store.filters import Filters
    from store.impressions import INSERT_COLUMNS

    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    log = ImpressionLog(store)
    rid = log.recs(None, {"items": [{"item_id": "a\x00b"}, {"item_id": "c"}], "scenario": "for-you"}, scenario=None,
                   user_id="u\x01", session_id="s1", filters=Filters(brand=("Acme",), in_stock=True))["rec_id"]
    log.recs(None, {"items": [], "scenario": "trending"}, scenario=None, filters=Filters())
    first, second = (dict(zip(INSERT_COLUMNS, row)) for row in log._buffer)  # the buffer holds the table's rows
    assert (first["id"], first["user_id"], first["items"], first["scenario"]) == (rid, "u", '["ab","c"]', "for-you")
    assert first["filters"] == '{"brand":["Acme"],"in_stock":true}' and second["filters"] == "{}"
    assert log.recs(None, {"items": [{"item_id": "a"}]}, scenario="x", filters={"bad": object()})["rec_id"]
    assert len(log) == 2 and log.dropped == 1  # a row that cannot be cleaned costs the log, never the response
    assert log.flush() == 2
    assert [(r["id"], r["items"], r["filters"]) for r in store.impressions("recs")][0] == (
        rid, ["ab", "c"], {"brand": ["Acme"], "in_stock": True})
    store.close()


def test_each_worker_runs_its_threads_at_the_configured_switch_interval(demo_copy):
    import sys

    before = sys.getswitchinterval()
    with client_for(demo_copy, switch_interval_ms=0.5) as client:
        assert sys.getswitchinterval() == pytest.approx(0.0005)
        assert client.get("/readyz").status_code == 200
    assert sys.getswitchinterval() == before  # given back when the app stops
