"""Items added through PUT /v1/items after training are recommended at once (issue 18): in the
shopper's categories, beside items like theirs, and items like a new item are answered; live
stock and request filters apply to them (the rule: `recsys.fresh`)."""

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app

READ, WRITE = "pk_test_read", "sk_test_write"
H_READ = {"Authorization": f"Bearer {READ}"}
H_WRITE = {"Authorization": f"Bearer {WRITE}"}


@pytest.fixture
def client(demo_copy):
    api = ApiSettings(**{**demo_copy.model_dump(), "api_keys": f"{READ}:read {WRITE}:read+write",
                         "reload_interval_s": 0.1})
    with TestClient(create_app(api)) as c:
        yield c


def _shopper(client):
    """A shopper with events, and the catalogue row of the item of their newest event."""
    store = client.app.state.store
    for user in store.event_arrays().user_ids[:50]:
        recent = store.recent_interactions(str(user), limit=1)
        item = store.get_item(recent[0]["item_id"]) if recent else None
        if item and item.get("category"):
            return str(user), item
    pytest.skip("no shopper with a categorised item in the demo shop")


def _ids(response):
    assert response.status_code == 200, response.json()
    return [hit["item_id"] for hit in response.json()["items"]]


def test_a_new_item_in_the_shoppers_category_is_recommended_at_once(client):
    user, item = _shopper(client)
    url = f"/v1/users/{user}/recommendations"
    assert "FRESH-1" not in _ids(client.get(url, params={"limit": 12}, headers=H_READ))
    new = {"item_id": "FRESH-1", "title": f"Brand new {item['title']}", "category": item["category"],
           "brand": item.get("brand"), "price": 10.0, "in_stock": True}
    assert client.put("/v1/items", json=[new], headers=H_WRITE).json()["accepted"] == 1
    answer = client.get(url, params={"limit": 12}, headers=H_READ).json()
    fresh = [hit for hit in answer["items"] if hit["item_id"] == "FRESH-1"]
    assert fresh and fresh[0]["reason"].startswith("new in"), answer
    assert [hit["item_id"] for hit in answer["items"]].index("FRESH-1") >= 2  # the model's best two lead
    assert len(answer["items"]) == 12
    # beside the item it resembles, and a new item has similar items of its own
    assert "FRESH-1" in _ids(client.get(f"/v1/items/{item['item_id']}/similar", params={"limit": 12}, headers=H_READ))
    own = _ids(client.get("/v1/items/FRESH-1/similar", params={"limit": 5}, headers=H_READ))
    assert own and "FRESH-1" not in own
    assert all(client.app.state.store.get_item(i)["category"] == item["category"] for i in own)
    # live stock and request filters apply to it like any other item
    client.put("/v1/items", json=[{**new, "in_stock": False}], headers=H_WRITE)
    assert "FRESH-1" not in _ids(client.get(url, params={"limit": 12, "in_stock": "true"}, headers=H_READ))
    client.put("/v1/items", json=[{**new, "in_stock": True}], headers=H_WRITE)
    assert "FRESH-1" not in _ids(client.get(url, params={"limit": 12, "max_price": 5}, headers=H_READ))
    assert "FRESH-1" in _ids(client.get(url, params={"limit": 12, "max_price": 50}, headers=H_READ))


def test_a_new_item_of_another_category_is_not_pushed_on_the_shopper(client):
    user, item = _shopper(client)
    other = {"item_id": "FRESH-2", "title": "Quantum Zorblax", "category": "Nowhere > Nothing", "price": 1.0}
    assert client.put("/v1/items", json=[other], headers=H_WRITE).json()["accepted"] == 1
    assert "FRESH-2" not in _ids(client.get(f"/v1/users/{user}/recommendations", params={"limit": 20},
                                            headers=H_READ))
    assert "FRESH-2" not in _ids(client.get(f"/v1/items/{item['item_id']}/similar", params={"limit": 20},
                                            headers=H_READ))
