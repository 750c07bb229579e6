"""Rules and synonyms in the store (issue 19): every change is a new version, old versions are kept
and listable, a deletion is a version too, and the change sequence grows by one per change (on
SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from store.merch_store import MerchStore, metadata


@pytest.fixture
def entries(store):
    metadata.drop_all(store.engine)  # a PostgreSQL server keeps tables between tests
    return MerchStore(store)


RULE = {"trigger": {"query": "sofa"}, "hide": ["A"]}


def test_versions_are_kept_and_the_latest_is_current(entries):
    assert entries.sequence() == 0 and entries.current("rule") == []
    assert entries.put("rule", "r1", RULE) == 1
    assert entries.put("rule", "r1", {**RULE, "hide": ["B"]}) == 2
    assert entries.put("rule", "r2", RULE) == 1
    assert entries.sequence() == 3
    current = entries.current("rule")
    assert [(r["id"], r["version"], r["hide"]) for r in current] == [("r1", 2, ["B"]), ("r2", 1, ["A"])]
    assert [v["hide"] for v in entries.versions("rule", "r1")] == [["A"], ["B"]]
    assert entries.get("rule", "r1", version=1)["hide"] == ["A"]
    assert entries.get("rule", "r1")["updated_at"].endswith("Z")


def test_delete_is_a_version_and_the_id_can_come_back(entries):
    entries.put("rule", "r1", RULE)
    assert entries.delete("rule", "r1") == 2
    assert entries.current("rule") == [] and entries.get("rule", "r1") is None
    assert entries.versions("rule", "r1")[-1]["deleted"] is True
    assert entries.delete("rule", "r1") is None and entries.delete("rule", "never") is None
    assert entries.put("rule", "r1", RULE, expect_new=True) == 3
    with pytest.raises(KeyError):
        entries.put("rule", "r1", RULE, expect_new=True)
    assert entries.sequence() == 3


def test_kinds_are_separate(entries):
    entries.put("rule", "x", RULE)
    entries.put("synonym", "x", {"terms": ["sofa", "couch"]})
    assert [s["terms"] for s in entries.current("synonym")] == [["sofa", "couch"]]
    assert [r["hide"] for r in entries.current("rule")] == [["A"]]
