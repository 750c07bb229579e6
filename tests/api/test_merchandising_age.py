"""A rule whose condition reads an item's age (`new_since`) compiles in a served worker: the
creation times are read from the store (a dict built from the result rows, not the result, which
dict() reads as a mapping and failed with a 500 on the write)."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app

READ, ADMIN = "pk_age_read", "sk_age_admin"
H_READ = {"Authorization": f"Bearer {READ}"}
H_ADMIN = {"Authorization": f"Bearer {ADMIN}", "X-Kaiyu-Request": "1"}


@pytest.fixture(scope="module")
def client(demo_home, tmp_path_factory):
    from store.settings import load_settings

    target = tmp_path_factory.mktemp("merch-age") / "home"
    shutil.copytree(demo_home.home, target)
    home = load_settings(target, search_dense=False)
    settings = ApiSettings(**{**home.model_dump(), "api_keys": f"{READ}:read {ADMIN}:read+admin"})
    with TestClient(create_app(settings)) as c:
        yield c


def test_an_age_condition_compiles_and_hides_by_creation_time(client):
    plain = client.get("/v1/search", params={"q": "laptop"}, headers=H_READ).json()
    assert plain["total"] > 0
    future = {"trigger": {"query": "laptop"}, "hide_when": {"new_since": "2999-01-01T00:00:00Z"}}
    assert client.put("/v1/admin/rules/young", json=future, headers=H_ADMIN).status_code == 200
    assert client.get("/v1/search", params={"q": "laptop"}, headers=H_READ).json()["total"] == plain["total"]
    every = {"trigger": {"query": "laptop"}, "hide_when": {"new_since": "1970-01-02T00:00:00Z"}}
    assert client.put("/v1/admin/rules/young", json=every, headers=H_ADMIN).status_code == 200
    out = client.get("/v1/search", params={"q": "laptop"}, headers=H_READ).json()
    assert out["total"] == 0 and out["applied_rules"][0]["rule_id"] == "young"  # every demo item has an age
