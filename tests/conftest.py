"""Shared fixtures: a store on every database the run has (SQLite always, PostgreSQL when
`KAIYU_TEST_POSTGRES_URL` names a server), and small files with known contents."""

from __future__ import annotations

import os

import pytest

from store.db import Store, metadata

POSTGRES_URL = os.environ.get("KAIYU_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("KAIYU_REQUIRE_POSTGRES") == "1"


def _postgres_store() -> Store:
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("KAIYU_REQUIRE_POSTGRES=1 but KAIYU_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server: set KAIYU_TEST_POSTGRES_URL (scripts/postgres-test-server.sh starts one)")
    store = Store(POSTGRES_URL, create=False)
    try:
        metadata.drop_all(store.engine)
        metadata.create_all(store.engine)
    except Exception as exc:  # connection refused and friends
        if REQUIRE_POSTGRES:
            raise
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} not reachable: {exc}")
    return store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """An empty store, once on SQLite and once on PostgreSQL."""
    s = Store(f"sqlite:///{tmp_path / 'kaiyu.db'}") if request.param == "sqlite" else _postgres_store()
    yield s
    s.close()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'kaiyu.db'}"


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory):
    """A home holding a small synthetic shop, imported through the importers and trained once
    (lexical search only, a short tuning budget), shared read-only by the tests that serve it."""
    from store.settings import load_settings
    from demo.shop import build_demo_store
    from training.train import train

    home = tmp_path_factory.mktemp("demo-home")
    settings = load_settings(home, search_dense=False, train_time_budget_s=20)
    build_demo_store(settings, users=300)
    train(settings, show_progress=False)
    return settings


@pytest.fixture
def demo_copy(demo_home, tmp_path):
    """A private copy of the trained demo home, for tests that write or retrain."""
    import shutil

    from store.settings import load_settings

    target = tmp_path / "home"
    shutil.copytree(demo_home.home, target)
    return load_settings(target, search_dense=False, train_time_budget_s=20)
