"""The recommendation route's answer cache (`api.recs_cache`) and its self-built response
(`api.responses`): the same answers as without the cache, and no stale answer after an event or
a catalogue change made through another worker (another app on the same store)."""

import time

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app
from api.recs_cache import RecsCache, history_key
from api.schemas import RecommendationsPublic

READ, WRITE = "pk_cache_read", "sk_cache_write"
H_READ = {"Authorization": f"Bearer {READ}"}
H_WRITE = {"Authorization": f"Bearer {WRITE}"}


def app_for(settings, **overrides):
    api = ApiSettings(**{**settings.model_dump(), "api_keys": f"{READ}:read {WRITE}:read+write",
                         "reload_interval_s": 0.1, **overrides})
    return TestClient(create_app(api))


def shoppers(client, n=8):
    from sqlalchemy import text

    with client.app.state.store.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT DISTINCT user_id FROM events ORDER BY user_id LIMIT :n"),
                                           {"n": n})]


def recs(client, user, **params):
    r = client.get(f"/v1/users/{user}/recommendations", params={"limit": 5, **params}, headers=H_READ)
    assert r.status_code == 200, r.text
    return r.json()


def shown(body):
    return [(i["item_id"], i["score"], i["reason"]) for i in body["items"]], body["scenario"]


@pytest.fixture
def two_workers(demo_copy):
    """Two apps on one store, as `kaiyu serve --workers 2` runs them."""
    with app_for(demo_copy) as first, app_for(demo_copy) as second:
        yield first, second


def test_cached_answers_are_the_uncached_answers(demo_copy):
    with app_for(demo_copy) as cached, app_for(demo_copy, recs_cache_entries=0) as plain:
        users = [*shoppers(cached), "never-seen"]
        asks = [{}, {"scenario": "trending"}, {"exclude": "none"}, {"in_stock": "true"}, {"limit": 3}]
        for _ in range(2):
            for user in users:
                for ask in asks:
                    assert shown(recs(cached, user, **ask)) == shown(recs(plain, user, **ask)), (user, ask)
        cache = cached.app.state.recs_cache
        assert cache.hits == cache.misses == len(users) * len(asks)
        assert len(plain.app.state.recs_cache) == 0
        first, again = recs(cached, users[0]), recs(cached, users[0])
        assert first["rec_id"] != again["rec_id"]  # every response its own impression id


def test_an_event_through_one_worker_changes_the_next_answer_of_the_other(two_workers):
    first, second = two_workers
    catalog = first.app.state.store.catalog()
    shopper = "cache-shopper"
    before = recs(first, shopper)
    assert shown(recs(first, shopper)) == shown(before) and first.app.state.recs_cache.hits == 1
    laptop = next(i for i, c in zip(catalog.item_ids, catalog.categories) if c and c.endswith("Laptops"))
    posted = second.post("/v1/events", json=[{"user_id": shopper, "item_id": laptop, "type": "view"},
                                             {"user_id": shopper, "item_id": laptop, "type": "add_to_cart"}],
                         headers=H_WRITE)
    assert posted.json()["accepted"] == 2
    after = recs(first, shopper)  # at once: no poll in between
    assert shown(after) != shown(before)
    assert shown(after) == shown(recs(second, shopper))


def test_a_catalogue_change_through_another_worker_reaches_cached_answers(two_workers):
    first, second = two_workers
    user = shoppers(first, 1)[0]
    before = recs(first, user, in_stock="true")
    top = before["items"][0]["item_id"]
    assert recs(first, user, in_stock="true")["items"][0]["item_id"] == top  # from the cache
    seen = first.app.state.holder.engine.catalog_seen
    assert second.put("/v1/items", json=[{"item_id": top, "in_stock": False}], headers=H_WRITE).json()["accepted"] == 1
    deadline = time.monotonic() + 5  # the first worker applies the change on its next catalogue poll
    while first.app.state.holder.engine.catalog_seen == seen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert top not in [i["item_id"] for i in recs(first, user, in_stock="true")["items"]]


def test_the_body_is_what_the_public_model_says(demo_copy):
    with app_for(demo_copy) as client:
        for user in [*shoppers(client, 3), "never-seen"]:
            body = recs(client, user)
            assert list(body) == list(RecommendationsPublic.model_fields)
            assert body == RecommendationsPublic.model_validate(body).model_dump(mode="json")
            assert len(body["rec_id"]) == 32 and body["variant"] is None and body["applied_rules"] == []
        schema = client.get("/openapi.json").json()
        ok = schema["paths"]["/v1/users/{user_id}/recommendations"]["get"]["responses"]["200"]
        assert ok["content"]["application/json"]["schema"]["$ref"].endswith("/RecommendationsPublic")
        params = {p["name"] for p in schema["paths"]["/v1/users/{user_id}/recommendations"]["get"]["parameters"]}
        assert {"user_id", "limit", "scenario", "exclude", "items", "session_id", "category", "in_stock"} <= params
        assert client.get("/v1/users/x/recommendations", params={"limit": 0}, headers=H_READ).status_code == 422
        assert client.get("/v1/users/x/recommendations", params={"limit": 10**6}, headers=H_READ).status_code == 422
        assert client.get("/v1/users/x/recommendations", params={"scenario": "nope"}, headers=H_READ).status_code == 422
        assert client.get("/v1/users/x/recommendations").status_code == 401


class FakeEngine:
    def __init__(self):
        self.catalog_seen = 0
        self.calls = 0

    def require(self, part):
        return self

    def recommend(self, user_id, **kwargs):
        self.calls += 1
        return {"user_id": user_id, "calls": self.calls}


def test_the_cache_is_bounded_and_follows_the_serving_state():
    cache, engine = RecsCache(max_entries=2), FakeEngine()
    ask = dict(k=10, scenario=None, session_items=None, filters=None, exclude="purchased")
    history = [{"item_id": "a", "type": "view", "timestamp": 1.0}]
    assert cache.recommend(engine, "u1", history=history, **ask)["calls"] == 1
    assert cache.recommend(engine, "u1", history=history, **ask)["calls"] == 1
    assert cache.recommend(engine, "u1", history=[{"item_id": "b", "type": "view", "timestamp": 2.0}, *history],
                           **ask)["calls"] == 2
    cache.recommend(engine, "u2", history=[], **ask)
    assert len(cache) == 2  # the oldest went
    engine.catalog_seen = 1  # a catalogue change applied: everything recomputed
    assert cache.recommend(engine, "u2", history=[], **ask)["calls"] == 4
    other = FakeEngine()  # a promoted bundle
    assert cache.recommend(other, "u2", history=[], **ask)["calls"] == 1
    assert history_key([]) != history_key(history)
    off = RecsCache(max_entries=0)
    off.recommend(engine, "u1", history=history, **ask)
    assert off.recommend(engine, "u1", history=history, **ask)["calls"] == 6 and len(off) == 0
