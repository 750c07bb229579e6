"""A/B experiments through the HTTP API (admin scope): create, refuse bad ones, read results with
known answers (exposures from the impression log, clicks as attributed events), stop, promote; the
assignment a worker's hook gives (stable across workers, close to the shares); suggestions mined
from the log through /v1/autocomplete's source, with the distinct-shopper threshold and the
blocklist; search analytics."""

import time

import numpy as np
import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app
from api.measurement import Measurement
from store.experiments import Experiment

ADMIN, WRITE, READ = "sk_x_admin", "sk_x_write", "pk_x_read"
AB = {"id": "ranking-b", "metric": "click_through", "min_exposures": 100,
      "variants": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.5, "payload": {"search": {"search_min_should_match": 1.0}}}]}


@pytest.fixture
def client(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=f"{ADMIN}:read+write+admin {WRITE}:read+write {READ}:read")
    with TestClient(create_app(settings)) as c:
        c.headers["Authorization"] = f"Bearer {ADMIN}"
        yield c


def exposures_and_clicks(client, label_of, rates, n, *, query="sofa", seed=0):
    """n search impressions per variant, each clicked with its variant's rate (drawn, fixed seed),
    the impressions written where the API's log writes them and the clicks sent as events."""
    rng = np.random.default_rng(seed)
    store, impressions, events = client.app.state.store, [], []
    for name, rate in rates.items():
        for k in range(n):
            sid = f"{query}{name}{k:05d}".ljust(32, "0")
            impressions.append({"id": sid, "kind": "search", "ts": time.time(), "user_id": f"u-{name}-{k}",
                                "query": query, "items": ["i1", "i2", "i3"], "offset": 0, "variant": label_of(name)})
            if rng.random() < rate:
                events.append({"user_id": f"u-{name}-{k}", "item_id": "i2", "type": "click", "search_id": sid,
                               "position": 2, "event_id": f"e-{sid}"})
    assert store.add_impressions(impressions) == len(impressions)
    for start in range(0, len(events), 500):
        assert client.post("/v1/events", json=events[start:start + 500]).json()["rejected"] == []
    return tuple(sum(1 for e in events if e["search_id"].startswith(query + name)) for name in rates)


def test_an_experiment_is_created_measured_and_promoted(client):
    created = client.post("/v1/admin/experiments", json=AB)
    assert created.status_code == 201 and created.json()["status"] == "running"
    assert client.post("/v1/admin/experiments", json=AB).status_code == 409
    early = client.get("/v1/admin/experiments/ranking-b").json()
    assert early["verdict"] == "not enough data yet" and early["comparisons"][0]["p_value"] is None
    clicks_a, clicks_b = exposures_and_clicks(client, lambda v: f"ranking-b:{v}", {"A": 0.10, "B": 0.25}, 600)
    result = client.get("/v1/admin/experiments/ranking-b").json()
    a, b = result["variants"]
    assert (a["exposures"], a["successes"], b["exposures"], b["successes"]) == (600, clicks_a, 600, clicks_b)
    assert a["value"] == pytest.approx(clicks_a / 600) and a["ci_low"] < a["value"] < a["ci_high"]
    comparison, = result["comparisons"]
    assert comparison["verdict"] == "better" and comparison["p_value"] < 1e-6
    assert result["verdict"] == "B beats A" and result["leader"] == "B"
    assert client.app.state.measurement.assign("search", "anyone") is not None
    promoted = client.post("/v1/admin/experiments/ranking-b/promote", json={"variant": "B"}).json()
    assert promoted["status"] == "stopped" and promoted["winner"] == "B"
    assert promoted["changes"]["search"] == {"search_min_should_match": 1.0}
    assert client.app.state.measurement.assign("search", "anyone") is None  # no longer assigning
    listed = client.get("/v1/admin/experiments").json()["experiments"]
    assert [(e["id"], e["winner"]) for e in listed] == [("ranking-b", "B")]


def test_no_difference_and_other_experiments_impressions_are_not_counted(client):
    client.post("/v1/admin/experiments", json={**AB, "id": "same"})
    exposures_and_clicks(client, lambda v: f"same:{v}", {"A": 0.2, "B": 0.2}, 400, seed=6)  # 81 vs 82 clicks (seed 3 draws 73 vs 98: one of the 5%)
    exposures_and_clicks(client, lambda v: f"other:{v}", {"A": 0.0, "B": 0.9}, 300, seed=4, query="lamp")
    result = client.get("/v1/admin/experiments/same").json()
    assert [v["exposures"] for v in result["variants"]] == [400, 400]
    assert result["comparisons"][0]["verdict"] == "no_difference" and result["verdict"] == "no variant beats A"


@pytest.mark.parametrize("bad", [
    {**AB, "variants": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.6}]},
    {**AB, "variants": [{"name": "A", "share": 1.0}]},
    {**AB, "metric": "happiness"},
    {**AB, "id": "../etc"},
    {**AB, "variants": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.5, "payload": {"search": {"rm -rf": 1}}}]},
    {**AB, "variants": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.5, "payload": {"sql": "drop"}}]},
])
def test_bad_experiments_are_refused_with_422(client, bad):
    assert client.post("/v1/admin/experiments", json=bad).status_code == 422


def test_experiments_need_the_admin_scope(client):
    for key in (WRITE, READ):
        headers = {"Authorization": f"Bearer {key}"}
        assert client.get("/v1/admin/experiments", headers=headers).status_code == 403
        assert client.post("/v1/admin/experiments", json=AB, headers=headers).status_code == 403
    assert client.get("/v1/admin/experiments/missing").status_code == 404
    assert client.post("/v1/admin/experiments/missing/stop", json={}).status_code == 404
    client.post("/v1/admin/experiments", json=AB)
    assert client.post("/v1/admin/experiments/ranking-b/promote", json={"variant": "C"}).status_code == 422


def test_assignment_is_stable_across_workers_and_close_to_the_shares(client):
    client.post("/v1/admin/experiments", json={**AB, "variants": [{"name": "A", "share": 0.7}, {"name": "B", "share": 0.3}]})
    here = client.app.state.measurement
    other = Measurement(client.app.state.store)  # another worker: its own snapshot from the store
    other.refresh_experiments()
    labels = [here.assign("search", f"user-{i}")[0] for i in range(10_000)]
    assert labels == [other.assign("search", f"user-{i}")[0] for i in range(10_000)]
    share_b = labels.count("ranking-b:B") / 10_000
    assert abs(share_b - 0.3) < 4 * (0.3 * 0.7 / 10_000) ** 0.5  # within four binomial sd
    assert here.assign("recs", "user-1") is None and here.assign("search", None) is None


def test_suggestions_need_three_distinct_shoppers_and_respect_the_blocklist(client):
    store, impressions, events = client.app.state.store, [], []
    runs = [("sofa bed", "loner", 50)] + [("sofa cover", f"s{k}", 1) for k in range(3)] + \
           [("sofa junk", f"s{k}", 2) for k in range(3)]
    for n, (query, shopper, times) in enumerate((q, s, t) for q, s, t in runs for _ in range(1)):
        for k in range(times):
            sid = f"{n:03d}{k:03d}".ljust(32, "a")
            impressions.append({"id": sid, "kind": "search", "ts": time.time(), "user_id": shopper, "query": query,
                                "items": ["i1"], "offset": 0})
            events.append({"user_id": shopper, "item_id": "i1", "type": "click", "search_id": sid, "position": 1,
                           "event_id": f"e{sid}"})
    store.add_impressions(impressions)
    assert client.post("/v1/events", json=events).json()["rejected"] == []
    assert client.post("/v1/admin/suggestions/refresh", json={}).json() == {"suggestions": 2}
    mined = client.get("/v1/admin/suggestions").json()["suggestions"]
    assert [s["text"] for s in mined] == ["sofa junk", "sofa cover"] and mined[1]["shoppers"] == 3
    measurement = client.app.state.measurement
    assert measurement.complete("sof", 5, ["sofa table"]) == ["sofa junk", "sofa cover", "sofa table"]
    assert client.post("/v1/admin/suggestions/blocklist", json={"terms": ["JUNK"]}).json() == {"blocklist": ["junk"]}
    assert measurement.complete("sof", 5, ["sofa junk drawer", "sofa table"]) == ["sofa cover", "sofa table"]
    assert client.post("/v1/admin/suggestions/unblock", json={"terms": ["junk"]}).json() == {"blocklist": []}
    assert client.post("/v1/admin/suggestions/blocklist", json={"terms": []}).status_code == 422


def test_search_analytics_lists_mostly_out_of_stock_queries(client):
    client.put("/v1/items", json=[{"item_id": f"i{k}", "title": f"thing {k}", "in_stock": k > 3} for k in range(1, 7)])
    store = client.app.state.store
    store.add_impressions([
        {"id": "b" * 32, "kind": "search", "ts": time.time(), "user_id": "u1", "query": "Boots", "items": ["i1", "i2", "i5"], "offset": 0},
        {"id": "c" * 32, "kind": "search", "ts": time.time(), "user_id": "u2", "query": "lamp", "items": ["i4", "i5"], "offset": 0},
    ])
    client.post("/v1/events", json=[{"user_id": "u2", "item_id": "i5", "type": "click", "search_id": "c" * 32, "position": 2}])
    report = client.get("/v1/admin/search-analytics").json()
    assert report["mostly_out_of_stock"] == [{"query": "boots", "searches": 1, "shown": 3, "out_of_stock": 2,
                                              "out_of_stock_share": 0.6667}]
    lamp = next(r for r in report["queries"] if r["query"] == "lamp")
    assert lamp["ctr"] == 1.0 and lamp["mean_click_position"] == 2.0
    assert [r["query"] for r in report["no_click"]] == ["boots"]


def test_a_search_carries_its_variant_and_its_impression_records_it(demo_copy):
    settings = ApiSettings(**{**demo_copy.model_dump(), "api_keys": f"{ADMIN}:read+write+admin"})
    with TestClient(create_app(settings)) as client:
        client.headers["Authorization"] = f"Bearer {ADMIN}"
        assert client.get("/v1/search", params={"q": "dress", "user_id": "u1"}).json()["variant"] is None
        client.post("/v1/admin/experiments", json=AB)
        labels = {}
        for user in ("u1", "u2", "u3", "u4", "u5", "u6"):
            body = client.get("/v1/search", params={"q": "dress", "user_id": user}).json()
            labels[body["search_id"]] = body["variant"]
            assert body["variant"] == "ranking-b:" + Experiment.model_validate(AB).assign(user).name
        assert set(labels.values()) == {"ranking-b:A", "ranking-b:B"}
        anonymous = client.get("/v1/search", params={"q": "dress"}).json()  # no shopper named: not in the test
        assert anonymous["variant"] is None
        by_session = client.get("/v1/search", params={"q": "dress", "session_id": "s-9"}).json()
        assert by_session["variant"] == "ranking-b:" + Experiment.model_validate(AB).assign("s-9").name
        deadline = time.monotonic() + 10
        while len(recorded := {i["id"]: i["variant"] for i in client.app.state.store.impressions()
                               if i["id"] in labels}) < len(labels):
            assert time.monotonic() < deadline, "impressions not written"
            time.sleep(0.2)
        assert recorded == labels


def test_a_click_whose_client_clock_runs_behind_is_still_counted(client):
    """A tracker stamps events with the browser's clock, rounded to the second: a click sent a
    moment after the experiment started may carry an earlier time, and still belongs to it."""
    client.post("/v1/admin/experiments", json=AB)
    sid = "late".ljust(32, "0")
    client.app.state.store.add_impressions([{"id": sid, "kind": "search", "ts": time.time(), "user_id": "u1",
                                             "query": "sofa", "items": ["i1"], "offset": 0, "variant": "ranking-b:A"}])
    behind = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 120))
    client.post("/v1/events", json=[{"user_id": "u1", "item_id": "i1", "type": "click", "search_id": sid,
                                     "position": 1, "timestamp": behind}])
    a = client.get("/v1/admin/experiments/ranking-b").json()["variants"][0]
    assert (a["exposures"], a["successes"]) == (1, 1)
