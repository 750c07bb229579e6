"""The serving-time service on a tiny shop with known answers: every scenario, filters, exclude
rules, business rules, reasons, cold start, real-time history and the bundle round trip.

The shop: tea drinkers buy tea with a teapot and cups, coffee drinkers buy beans with a grinder
and a frother; one regular buys green tea every 7 days; "Lemon Tea" is new and nobody touched it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from store.settings import Settings
from store.schema import Event, ItemPatch
from recsys.fitting import train_service
from recsys.journey import JourneyPolicy
from recsys.rules import Rules
from recsys.service import RecommendationService
from store.db import Store
from store.feed import CatalogFollower

CATALOG = [
    {"item_id": "i1", "title": "Green Tea", "category": "Grocery > Tea", "brand": "Leaf", "price": 4.0},
    {"item_id": "i2", "title": "Black Tea", "category": "Grocery > Tea", "brand": "Leaf", "price": 5.0},
    {"item_id": "i3", "title": "Teapot", "category": "Kitchen > Teaware", "brand": "Potter", "price": 30.0},
    {"item_id": "i4", "title": "Tea Cups", "category": "Kitchen > Teaware", "brand": "Potter", "price": 12.0},
    {"item_id": "i5", "title": "Coffee Beans", "category": "Grocery > Coffee", "brand": "Bean Co", "price": 9.0},
    {"item_id": "i6", "title": "Coffee Grinder", "category": "Kitchen > Coffee", "brand": "Bean Co", "price": 45.0,
     "in_stock": False},
    {"item_id": "i7", "title": "Milk Frother", "category": "Kitchen > Coffee", "brand": "Bean Co", "price": 25.0},
    {"item_id": "i8", "title": "Honey", "category": "Grocery > Sweeteners", "brand": "Bee", "price": 6.0},
    {"item_id": "i9", "title": "Sugar", "category": "Grocery > Sweeteners", "brand": "Sweet", "price": 2.0},
    {"item_id": "i10", "title": "Lemon Tea", "category": "Grocery > Tea", "brand": "Leaf", "price": 4.5},
]
START = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _events() -> list[dict]:
    rows = []

    def add(user, item, kind, day, session=None):
        rows.append({"user_id": user, "item_id": item, "type": kind,
                     "timestamp": (START + timedelta(days=day, minutes=len(rows))).isoformat(),
                     "session_id": session})

    for n in range(8):
        day = n * 3
        add(f"tea{n}", "i1", "view", day)
        for item in ("i1", "i3", "i4"):
            add(f"tea{n}", item, "purchase", day, session=f"t{n}")
        if n % 2:
            add(f"tea{n}", "i2", "purchase", day + 1, session=f"t{n}b")
            add(f"tea{n}", "i8", "purchase", day + 1, session=f"t{n}b")
    for n in range(8):
        day = n * 3 + 1
        add(f"coffee{n}", "i5", "view", day)
        for item in ("i5", "i6", "i7"):
            add(f"coffee{n}", item, "purchase", day, session=f"c{n}")
        if n % 2:
            add(f"coffee{n}", "i9", "purchase", day + 1, session=f"c{n}b")
    for week in range(5):
        add("regular", "i1", "purchase", 7 * week, session=f"r{week}")
    add("regular", "i8", "purchase", 1, session="r-once")
    # a new shopper who viewed tea things only (for exclude=interacted)
    add("newbie", "i3", "view", 30)
    add("newbie", "i4", "view", 30)
    return rows


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = tmp_path_factory.mktemp("shop")
    store = Store(f"sqlite:///{path / 'kaiyu.db'}")
    store.upsert_items([ItemPatch(**row) for row in CATALOG])
    store.add_events([Event.from_row(row) for row in _events()])
    settings = Settings(home=path)
    service, report = train_service(store, settings, time_budget_s=0)
    yield store, settings, service, report
    store.close()


def ids(items: list[dict]) -> list[str]:
    return [i["item_id"] for i in items]


def test_train_reports(shop):
    _, _, service, report = shop
    assert report["items"] == 10 and report["users"] == 18
    assert {"config", "holdout", "timings", "model_version", "primary_metric", "greater_is_better"} <= set(report)
    assert report["timings"]["total_s"] >= 0


def test_train_with_tuning_budget_runs(shop):
    store, settings, _, _ = shop
    service, report = train_service(store, settings, time_budget_s=20)
    assert report["config"]["discovery"] in ("ease", "bm25", "als", "cosine")
    assert service.recommend("tea1")["items"]


def test_for_you_known_answer_with_reasons(shop):
    _, _, service, _ = shop
    out = service.recommend("tea0", k=3, scenario="for-you")
    assert out["scenario"] == "for-you" and out["user_id"] == "tea0" and out["model_version"]
    assert ids(out["items"])[0] in ("i2", "i8"), "what other tea drinkers also bought"
    assert not {"i1", "i3", "i4"} & set(ids(out["items"])), "purchased items are excluded by default"
    assert all(item["reason"] for item in out["items"])
    assert out["items"][0]["reason"].startswith("because you")


def test_unknown_user_gets_cold_start(shop):
    _, _, service, _ = shop
    out = service.recommend("somebody-new", k=4)
    assert out["scenario"] == "trending" and len(out["items"]) == 4
    assert all(item["reason"].startswith("trending") for item in out["items"])


def test_session_items_for_an_anonymous_shopper(shop):
    _, _, service, _ = shop
    out = service.recommend("anon-1", k=2, scenario="session", session_items=["i5"])
    assert out["scenario"] == "session"
    assert set(ids(out["items"])) == {"i6", "i7"}
    assert "Coffee Beans" in out["items"][0]["reason"]


def test_similar_and_unknown_item(shop):
    _, _, service, _ = shop
    assert ids(service.similar("i3", k=1)) == ["i4"]
    assert service.similar("i3", k=1)[0]["reason"] == "similar to Teapot"
    with pytest.raises(KeyError):
        service.similar("nope")


def test_similar_for_an_item_nobody_touched_uses_text(shop):
    _, _, service, _ = shop
    top = ids(service.similar("i10", k=2))
    assert set(top) <= {"i1", "i2"}, top


def test_bought_together_on_baskets(shop):
    _, _, service, _ = shop
    out = service.bought_together("i5", k=2)
    assert set(ids(out)) == {"i6", "i7"}
    assert all(i["reason"] == "often bought with Coffee Beans" for i in out)
    with pytest.raises(KeyError):
        service.bought_together("nope")


def test_buy_again_on_a_cycle(shop):
    _, _, service, _ = shop
    out = service.recommend("regular", k=3, scenario="buy-again")
    assert ids(out["items"])[0] == "i1"
    assert out["items"][0]["reason"] == "you buy this every ~7 days"
    assert set(ids(out["items"])) <= {"i1", "i8"}, "buy-again only offers what was bought"


def test_filters(shop):
    _, _, service, _ = shop
    kitchen = service.recommend("somebody", k=10, scenario="trending", filters={"category": "Kitchen"})
    assert kitchen["items"] and all(i in {"i3", "i4", "i6", "i7"} for i in ids(kitchen["items"]))
    brand = service.recommend("somebody", k=10, scenario="trending", filters={"brand": "bean co"})
    assert set(ids(brand["items"])) <= {"i5", "i6", "i7"}
    cheap = service.recommend("somebody", k=10, scenario="trending", filters={"min_price": 5, "max_price": 10})
    assert set(ids(cheap["items"])) <= {"i2", "i5", "i8"} and cheap["items"]
    stock = service.recommend("somebody", k=10, scenario="trending", filters={"in_stock": True})
    assert "i6" not in ids(stock["items"])
    as_text = service.recommend("somebody", k=10, scenario="trending", filters={"in_stock": "false"})
    assert "i6" in ids(as_text["items"]), "in_stock=false (as a query string sends it) filters nothing"
    with pytest.raises(ValueError, match="unknown filter"):
        service.recommend("somebody", filters={"colour": "red"})


def test_a_live_catalogue_change_reaches_recommendations_without_retraining(shop):
    """Rows changed in the store after training (what api/engine.py feeds every worker) apply
    through the typed catalogue-follower interface: out of stock, a new price, a new category."""
    _, _, service, _ = shop
    assert isinstance(service, CatalogFollower)
    in_stock = {"in_stock": True}
    assert "i5" in ids(service.recommend("somebody", k=10, scenario="trending", filters=in_stock)["items"])
    service.update_items([{"item_id": "i5", "in_stock": False},
                          {"item_id": "i2", "price": 50.0, "category": "Kitchen > Teaware"},
                          {"item_id": "brand-new", "price": 1.0, "in_stock": True}])  # unknown to the models: ignored
    try:
        out = ids(service.recommend("somebody", k=10, scenario="trending", filters=in_stock)["items"])
        assert out and "i5" not in out
        assert "i5" in ids(service.recommend("somebody", k=10, scenario="trending")["items"]), "no filter, no drop"
        cheap = ids(service.recommend("somebody", k=10, scenario="trending", filters={"max_price": 10})["items"])
        assert "i2" not in cheap and "i5" in cheap
        kitchen = ids(service.recommend("somebody", k=10, scenario="trending", filters={"category": "Kitchen"})["items"])
        assert "i2" in kitchen
        assert "brand-new" not in service.item_index
    finally:
        service.update_items([{"item_id": "i5", "in_stock": True},
                              {"item_id": "i2", "price": 5.0, "category": "Grocery > Tea"}])
    assert "i5" in ids(service.recommend("somebody", k=10, scenario="trending", filters=in_stock)["items"])


def test_exclude_rules(shop):
    _, _, service, _ = shop
    default = ids(service.recommend("newbie", k=10, scenario="for-you")["items"])
    assert {"i3", "i4"} & set(default), "viewed, not purchased: allowed by default"
    interacted = ids(service.recommend("newbie", k=10, scenario="for-you", exclude="interacted")["items"])
    assert not {"i3", "i4"} & set(interacted)
    keep_all = ids(service.recommend("tea0", k=10, scenario="for-you", exclude="none")["items"])
    assert {"i1", "i3", "i4"} & set(keep_all)
    with pytest.raises(ValueError):
        service.recommend("tea0", exclude="everything")


def test_history_event_changes_recommendations_without_retraining(shop):
    _, _, service, _ = shop
    before = ids(service.recommend("tea2", k=3, scenario="for-you")["items"])
    now = datetime.now(timezone.utc).isoformat()
    history = [{"item_id": "i5", "type": "add_to_cart", "timestamp": now},
               {"item_id": "i5", "type": "view", "timestamp": now}]
    after = ids(service.recommend("tea2", k=3, scenario="for-you", history=history)["items"])
    assert before != after
    assert {"i6", "i7"} & set(after)


def test_journey_states_route_through_the_policy(shop):
    _, _, service, _ = shop
    t = datetime.now(timezone.utc)
    cart = [{"item_id": "i5", "type": "add_to_cart", "timestamp": t.isoformat()}]
    comparing = [{"item_id": "i7", "type": "view", "timestamp": t.isoformat()},
                 {"item_id": "i6", "type": "view", "timestamp": (t - timedelta(minutes=2)).isoformat()}]
    bought = [{"item_id": "i1", "type": "purchase", "timestamp": t.isoformat()}]
    browsing = [{"item_id": "i1", "type": "view", "timestamp": t.isoformat()}]
    old = [{"item_id": "i1", "type": "purchase", "timestamp": (START - timedelta(days=60)).isoformat()}]
    states = {name: service.state(service.profile(user, history)) for name, user, history in (
        ("cart", "tea1", cart), ("comparing", "anon-2", comparing), ("just-bought", "regular", bought),
        ("browsing", "tea3", browsing), ("returning", "tea3", old), ("cold", "nobody", []))}
    assert states == {name: name for name in states}
    fitted = service.policy
    try:
        service.policy = None  # a bundle without a policy: for-you for every state
        assert service.recommend("tea1", history=cart)["scenario"] == "for-you"
        service.policy = JourneyPolicy(tables={"all": {"just-bought": "buy-again+for-you"},
                                               "new": {"cart": "bought-together", "comparing": "similar"}})
        out = service.recommend("tea1", history=cart)
        assert out["scenario"] == "bought-together" and {"i6", "i7"} & set(ids(out["items"]))
        out = service.recommend("anon-2", history=comparing, k=3)
        assert out["scenario"] == "similar" and "Milk Frother" in out["items"][0]["reason"]
        out = service.recommend("regular", history=bought, k=4, exclude="none")
        assert out["scenario"] == "buy-again+for-you" and ids(out["items"])[0] == "i1"
        assert out["items"][0]["reason"].startswith("you buy this every")
        out = service.recommend("regular", history=bought, k=4)
        assert out["scenario"] == "for-you" and "i1" not in ids(out["items"]), "exclude=purchased is kept"
        assert all(item["reason"] for item in out["items"])
        assert service.recommend("nobody", k=3)["scenario"] == "trending"
    finally:
        service.policy = fitted


def test_policy_answers_are_filled_from_for_you(shop):
    _, _, service, _ = shop
    profile = service.profile("tea0")
    mask, _ = service.masks("for-you", profile, None, "purchased")
    lists = service.answers(["similar", "for-you", "for-you+similar"], profile, 6, mask)
    assert len(lists["similar"]) == len(lists["for-you"]) == 6
    assert len(set(ids(lists["for-you+similar"]))) == len(lists["for-you+similar"])
    assert ids(lists["for-you+similar"])[0] == ids(lists["for-you"])[0]


def test_diversity_and_boost_bury(shop):
    _, _, service, _ = shop
    service.set_rules(Rules(max_per_category=1))
    out = service.recommend("somebody", k=5, scenario="trending")
    tops = [service.catalog.top_categories[service.item_index[i]] for i in ids(out["items"])]
    assert len(tops) == len(set(tops)) == 2, "one per top-level category: Grocery and Kitchen"
    service.set_rules(Rules(bury=[{"field": "category", "value": "Kitchen", "factor": 0.01}]))
    out = ids(service.recommend("somebody", k=10, scenario="trending")["items"])
    kitchen = [n for n, i in enumerate(out) if i in {"i3", "i4", "i6", "i7"}]
    assert kitchen and min(kitchen) > max(n for n, i in enumerate(out) if i not in {"i3", "i4", "i6", "i7"})
    service.set_rules(Rules(boost=[{"field": "item_id", "value": "i9", "factor": 100}]))
    assert ids(service.recommend("somebody", k=3, scenario="trending")["items"])[0] == "i9"
    service.set_rules(Rules())


def test_every_scenario_carries_reasons(shop):
    _, _, service, _ = shop
    for scenario in ("for-you", "similar", "bought-together", "buy-again", "trending", "session"):
        out = service.recommend("regular", k=3, scenario=scenario, session_items=["i1"])
        assert out["items"], scenario
        assert all(isinstance(i["reason"], str) and i["reason"] for i in out["items"]), scenario
    with pytest.raises(ValueError, match="unknown scenario"):
        service.recommend("regular", scenario="nope")


def test_save_load_round_trip(shop, tmp_path):
    store, _, service, _ = shop
    service.save(tmp_path / "bundle")
    assert not list((tmp_path / "bundle").rglob("*.pkl"))
    loaded = RecommendationService.load(tmp_path / "bundle", store.catalog())
    assert loaded.policy == service.policy and service.policy is not None
    for user, scenario in (("tea0", "for-you"), ("regular", "buy-again"), ("x", None)):
        assert loaded.recommend(user, scenario=scenario) == service.recommend(user, scenario=scenario)
    assert loaded.similar("i3") == service.similar("i3")
    assert loaded.bought_together("i5") == service.bought_together("i5")
