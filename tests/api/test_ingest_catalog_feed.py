"""The serving engine follows the store's catalogue change sequence (issue 18), from where its
bundle's training read the catalogue; bundles from before the sequence (a float time) still load."""

import time

from api.engine import Engine, EngineHolder, catalog_start
from store.db import Store
from store.schema import ItemPatch


class Recorder:
    def __init__(self):
        self.rows = []

    def update_items(self, rows):
        self.rows.extend(r["item_id"] for r in rows)


def put(store, *rows):
    store.upsert_items([ItemPatch.model_validate(r) for r in rows])


def test_a_bundle_starts_following_at_its_snapshot_sequence_or_its_old_snapshot_time(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    assert catalog_start({}, store) == 0
    put(store, {"item_id": "a", "title": "A"}, {"item_id": "b", "title": "B"})
    assert catalog_start({"catalog_snapshot_seq": 2}, store) == 2
    assert catalog_start({"catalog_snapshot_at": time.time() + 120}, store) == store.catalog_sequence()
    assert catalog_start({"catalog_snapshot_at": time.time() - 3600}, store) == 0
    assert catalog_start({"catalog_snapshot_at": "garbage"}, store) == 0


def test_the_holder_feeds_each_change_once_in_sequence_order(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    holder = EngineHolder(tmp_path, store)
    put(store, {"item_id": "a", "title": "A"})
    holder.engine = Engine(version="v1", search=Recorder(), recsys=Recorder(), catalog_seen=store.catalog_sequence())
    put(store, {"item_id": "b", "title": "B"}, {"item_id": "a", "price": 3})
    holder.apply_catalog_changes()
    holder.apply_catalog_changes()
    assert holder.engine.search.rows == ["b", "a"] and holder.engine.recsys.rows == ["b", "a"]
    assert holder.catalog_seen == store.catalog_sequence()
