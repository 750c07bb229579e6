"""A store written by an older Kaiyu (items without the change sequence) opens and follows changes."""

import sqlite3

from store.db import Store
from store.schema import ItemPatch

OLD_ITEMS = """CREATE TABLE items (item_id VARCHAR(256) PRIMARY KEY, title TEXT NOT NULL, description TEXT,
category TEXT, brand TEXT, price FLOAT, currency VARCHAR(8), in_stock BOOLEAN NOT NULL, attributes TEXT NOT NULL,
image_url TEXT, created_at FLOAT, updated_at FLOAT NOT NULL)"""


def test_an_old_store_gains_the_change_sequence(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute(OLD_ITEMS)
        conn.execute("INSERT INTO items VALUES ('old', 'Old lamp', NULL, NULL, NULL, 5.0, NULL, 1, "
                     "'{\"color\": \"red\"}', NULL, NULL, 1700000000.0)")
    store = Store(f"sqlite:///{path}")
    assert store.catalog_sequence() == 0 and store.get_item("old")["attributes"] == {"color": "red"}
    store.upsert_items([ItemPatch.model_validate({"item_id": "old", "price": 4.0, "sizes": ["S"]})])
    rows, seq = store.items_changed_since(0)
    assert [r["item_id"] for r in rows] == ["old"] and seq == 1
    assert rows[0]["attributes"] == {"color": "red", "sizes": ["S"]}
    assert store.catalog_sequence_at(1700000000.0 + 3600) == 0
