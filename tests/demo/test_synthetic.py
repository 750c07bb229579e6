"""The SYNTHETIC demo shop (demo.synthetic): deterministic, in Kaiyu's row formats, and with the
behaviour the demos and benchmarks rely on (hard search cases, Japanese, repurchases, tastes)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

import pytest

from demo.synthetic import SyntheticStore, _shoppers, generate_store, write_store

SMALL = {"n_users": 200, "days": 60, "seed": 7}
END = datetime(2026, 11, 1, tzinfo=timezone.utc)
START = END - timedelta(days=SMALL["days"])
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
EVENT_TYPES = {"view", "add_to_cart", "remove_from_cart", "purchase", "search", "click"}
DEPARTMENTS = {"Clothing", "Electronics", "Home", "Grocery"}


@pytest.fixture(scope="module")
def store() -> SyntheticStore:
    return generate_store(**SMALL)


@pytest.fixture(scope="module")
def items(store) -> dict[str, dict]:
    return {item["item_id"]: item for item in store.items}


def _dump(store: SyntheticStore) -> str:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in store.items + store.events)


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _department(item: dict) -> str:
    return item["category"].split(" > ")[0]


def _english(rows, **attributes) -> list[dict]:
    return [r for r in rows if r["currency"] == "USD"
            and all(r["attributes"].get(k) == v for k, v in attributes.items())]


# ---- determinism ----

def test_same_arguments_give_identical_rows_and_another_seed_does_not(store):
    assert _dump(generate_store(**SMALL)) == _dump(store)
    other = generate_store(**{**SMALL, "seed": 8})
    assert [i["title"] for i in other.items] != [i["title"] for i in store.items]
    assert [(e["user_id"], e.get("item_id")) for e in other.events] != [(e["user_id"], e.get("item_id")) for e in store.events]


def test_output_does_not_depend_on_the_process_or_its_hash_seed(store):
    code = ("import hashlib, json; from demo.synthetic import generate_store; s = generate_store(**%r); "
            "print(hashlib.sha256('\\n'.join(json.dumps(r, ensure_ascii=False) for r in s.items + s.events)"
            ".encode()).hexdigest())" % SMALL)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert out.stdout.strip() == hashlib.sha256(_dump(store).encode()).hexdigest()


def test_default_size_is_as_advertised():
    started = time.perf_counter()
    default = generate_store()
    elapsed = time.perf_counter() - started
    assert 800 <= len(default.items) <= 1500
    assert 60_000 <= len(default.events) <= 200_000
    assert len({e["user_id"] for e in default.events}) > 1900
    assert elapsed < 15, f"default generation took {elapsed:.1f}s (meant to be ~2s)"


# ---- row formats ----

def test_catalogue_rows_follow_the_item_contract(store):
    rows = store.items
    assert 800 <= len(rows) <= 1500
    assert len({r["item_id"] for r in rows}) == len(rows)
    for r in rows:
        assert re.fullmatch(r"SKU-\d{5}", r["item_id"])
        assert isinstance(r["title"], str) and r["title"].strip()
        assert isinstance(r["description"], str) and r["title"] in r["description"]
        assert r["category"].isascii() and len(r["category"].split(" > ")) >= 2
        assert isinstance(r["brand"], str) and r["brand"]
        assert isinstance(r["price"], (int, float)) and not isinstance(r["price"], bool) and r["price"] > 0
        assert isinstance(r["in_stock"], bool)
        attrs = r["attributes"]
        assert isinstance(attrs, dict) and all(isinstance(v, str) for v in attrs.values())
        assert attrs["dataset"] == "synthetic" and attrs["product_type"]
        assert all(v.isascii() for v in attrs.values()), "attribute values stay English for facets"
        japanese = attrs["language"] == "ja"
        assert r["currency"] == ("JPY" if japanese else "USD")
        assert bool(JAPANESE.search(r["title"])) == japanese
        if japanese:
            assert isinstance(r["price"], int) and r["price"] >= 100
        assert "image_url" not in r or r["image_url"].startswith("https://")
        assert ISO_Z.match(r["created_at"]) and _ts(r["created_at"]) < START
    assert {_department(r) for r in rows} == DEPARTMENTS
    out_of_stock = sum(not r["in_stock"] for r in rows) / len(rows)
    assert 0.04 < out_of_stock < 0.13
    brands_per_category = defaultdict(set)
    for r in rows:
        brands_per_category[r["category"]].add(r["brand"])
    assert min(len(b) for b in brands_per_category.values()) >= 3


def test_event_rows_follow_the_event_contract(store, items):
    events = store.events
    assert 3_000 <= len(events) <= 20_000
    assert len({e["event_id"] for e in events}) == len(events)
    assert {e["type"] for e in events} == EVENT_TYPES
    times = [e["timestamp"] for e in events]
    assert times == sorted(times)
    last_query: dict[str, str] = {}
    channel: dict[str, str] = {}
    for e in events:
        assert re.fullmatch(r"E\d{7}", e["event_id"]) and re.fullmatch(r"U\d{4}", e["user_id"])
        assert ISO_Z.match(e["timestamp"]) and START <= _ts(e["timestamp"]) < END
        assert e["channel"] in {"web", "app", "store"}
        assert isinstance(e["session_id"], str) and e["session_id"].startswith(e["user_id"])
        assert channel.setdefault(e["session_id"], e["channel"]) == e["channel"]
        if e["type"] == "search":
            assert "item_id" not in e and isinstance(e["query"], str) and e["query"].strip()
            last_query[e["session_id"]] = e["query"]
            continue
        assert e["item_id"] in items
        if e["type"] in {"add_to_cart", "purchase"}:
            assert type(e["quantity"]) is int and e["quantity"] >= 1
        if e["type"] == "purchase":
            assert e["price"] == items[e["item_id"]]["price"]
        if e["type"] != "remove_from_cart":  # events after a search carry its query, others none
            assert e.get("query") == last_query.get(e["session_id"])


def test_carts_come_before_orders_outside_the_physical_store(store):
    carted, bought = set(), set()
    for e in store.events:
        if e["type"] == "add_to_cart":
            carted.add((e["session_id"], e["item_id"]))
        elif e["type"] == "purchase" and e["channel"] != "store":
            assert (e["session_id"], e["item_id"]) in carted
            bought.add((e["session_id"], e["item_id"]))
    assert 0.3 < len(bought) / len(carted) < 0.95  # some carts are abandoned


# ---- what the shop contains ----

def test_the_hard_search_cases_are_there(store):
    rows = store.items
    shirt_dresses = [r for r in _english(rows, product_type="dress") if "Shirt Dress" in r["title"]]
    dress_shirts = [r for r in _english(rows, product_type="shirt") if "Dress Shirt" in r["title"]]
    assert len(shirt_dresses) >= 3 and all(r["category"].endswith("> Dresses") for r in shirt_dresses)
    assert len(dress_shirts) >= 3 and all(r["category"].endswith("> Shirts") for r in dress_shirts)

    laptops = [r for r in rows if r["attributes"]["product_type"] == "laptop"]
    sleeves = [r for r in rows if r["attributes"]["product_type"] == "laptop sleeve"]
    accessories = [r for r in rows if r["attributes"]["product_type"] in {"laptop sleeve", "laptop bag", "laptop stand", "laptop charger"}]
    assert len(laptops) >= 10 and len(sleeves) >= 3
    assert {r["category"] for r in laptops} == {"Electronics > Computers > Laptops"}
    assert {r["category"] for r in accessories} == {"Electronics > Computers > Laptop Accessories"}
    assert all(15 <= r["price"] <= 60 for r in _english(sleeves))
    black_laptop_prices = [r["price"] for r in _english(laptops, color="black")]
    assert min(black_laptop_prices) < 800 and max(black_laptop_prices) > 1500

    table_lamps = [r for r in rows if r["attributes"]["product_type"] == "table lamp"]
    lamp_tables = [r for r in _english(rows, product_type="side table") if "Lamp Table" in r["title"]]
    assert len(table_lamps) >= 3 and {r["category"] for r in table_lamps} == {"Home > Lighting > Table Lamps"}
    assert len(lamp_tables) >= 3 and {r["category"] for r in lamp_tables} == {"Home > Furniture > Side Tables"}

    phones = [r for r in rows if r["attributes"]["product_type"] == "phone"]
    cases = [r for r in rows if r["attributes"]["product_type"] == "phone case"]
    assert len(phones) >= 3 and len(cases) >= 3
    assert not {r["category"] for r in phones} & {r["category"] for r in cases}
    phone_models = {r["attributes"]["model"] for r in phones}
    assert sum(r["attributes"]["model"] in phone_models for r in cases) >= 0.8 * len(cases)  # cases fit real phones


def test_japanese_items_and_japanese_queries(store, items):
    japanese = [r for r in store.items if r["currency"] == "JPY"]
    assert 0.10 <= len(japanese) / len(store.items) <= 0.20
    titles = " ".join(r["title"] for r in japanese)
    for word in ("ノートパソコン", "シャツワンピース", "ワイシャツ"):
        assert word in titles
    assert all(JAPANESE.search(r["description"]) and r["category"].isascii() for r in japanese)
    assert {r["attributes"].get("color") for r in japanese} >= {"black", "white"}

    queries = [e for e in store.events if e["type"] == "search"]
    japanese_queries = [e for e in queries if JAPANESE.search(e["query"])]
    assert 0.04 < len(japanese_queries) / len(queries) < 0.3
    # Shoppers who search in Japanese mostly look at Japanese items; the others hardly ever do.
    ja_users = {e["user_id"] for e in japanese_queries}
    en_users = {e["user_id"] for e in queries} - ja_users
    def japanese_share(users):
        views = [items[e["item_id"]]["currency"] == "JPY" for e in store.events if e["type"] == "view" and e["user_id"] in users]
        return sum(views) / len(views)
    assert japanese_share(ja_users) > 0.4 and japanese_share(en_users) < 0.1


def test_queries_read_like_shoppers_typing(store):
    queries = Counter(e["query"] for e in store.events if e["type"] == "search")
    assert len(queries) > 100
    english = [q for q in queries if q.isascii()]
    assert all(q == q.lower() and 1 <= len(q.split()) <= 9 for q in english)
    assert any("laptop" in q for q in english) and any(q.startswith("cheap ") for q in english)


def test_consumables_are_bought_again_by_the_same_shopper(store, items):
    bought = defaultdict(list)
    for e in store.events:
        if e["type"] == "purchase" and _department(items[e["item_id"]]) == "Grocery":
            bought[(e["user_id"], e["item_id"])].append(_ts(e["timestamp"]))
    again = {k: v for k, v in bought.items() if len({t.date() for t in v}) >= 2}
    assert len({user for user, _ in again}) >= 10
    gaps = [(b - a).days for v in again.values() for a, b in zip(v, v[1:]) if b - a > timedelta(hours=1)]
    assert 10 <= statistics.median(gaps) <= 35


def test_purchases_follow_each_shoppers_latent_tastes(store, items):
    tastes = {s.user_id: s for s in _shoppers(n_users=SMALL["n_users"], seed=SMALL["seed"])}
    bought = defaultdict(list)
    for e in store.events:
        if e["type"] == "purchase":
            bought[e["user_id"]].append(_department(items[e["item_id"]]))
    assert len(bought) > 0.5 * SMALL["n_users"]
    shares = [sum(d in tastes[u].departments for d in depts) / len(depts) for u, depts in bought.items()]
    assert statistics.mean(shares) > 0.75
    assert statistics.median(shares) == 1.0


def test_complements_are_bought_in_the_same_order(store, items):
    orders = defaultdict(set)
    for e in store.events:
        if e["type"] == "purchase":
            orders[e["session_id"]].add(items[e["item_id"]]["attributes"]["product_type"])
    laptop_gear = {"laptop sleeve", "laptop bag", "laptop stand", "laptop charger", "mouse"}
    together = Counter()
    for kinds in orders.values():
        together["laptop"] += "laptop" in kinds and bool(kinds & laptop_gear)
        together["phone"] += {"phone", "phone case"} <= kinds or {"phone", "phone charger"} <= kinds
        together["lamp"] += bool(kinds & {"table lamp", "floor lamp"}) and "light bulb" in kinds
        together["coffee"] += {"coffee", "coffee filter"} <= kinds
    assert sum(together.values()) >= 10 and sum(v > 0 for v in together.values()) >= 3


def test_popularity_has_a_long_tail(store):
    views = Counter(e["item_id"] for e in store.events if e["type"] == "view")
    counts = sorted(views.values(), reverse=True)
    top_tenth = sum(counts[: len(store.items) // 10]) / sum(counts)
    assert top_tenth > 0.35  # a flat catalogue would give 0.1


# ---- files ----

def test_write_store_writes_the_three_files_and_they_read_back(tmp_path, store):
    catalog_path, events_path = write_store(tmp_path / "shop", **SMALL)
    assert (catalog_path.name, events_path.name) == ("catalog.jsonl", "events.jsonl")
    readme = (tmp_path / "shop" / "README.txt").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme and "Kaiyu" in readme
    assert "seed=7" in readme and "n_users=200" in readme and "days=60" in readme and "2026-11-01T00:00:00Z" in readme
    catalog_text = catalog_path.read_text(encoding="utf-8")
    assert JAPANESE.search(catalog_text), "Japanese is written as text, not \\u escapes"
    assert [json.loads(line) for line in catalog_text.splitlines()] == store.items
    assert [json.loads(line) for line in events_path.read_text(encoding="utf-8").splitlines()] == store.events
    again = write_store(tmp_path / "again", **SMALL)
    assert again[0].read_bytes() == catalog_path.read_bytes() and again[1].read_bytes() == events_path.read_bytes()


def test_every_row_passes_kaiyus_schema(store):
    try:
        from store.schema import Event, Item
    except ImportError as exc:
        pytest.skip(f"store.schema with Item and Event is not available yet: {exc}")
    for row in store.items:
        item = Item.model_validate(row)
        assert item.item_id == row["item_id"] and item.attributes == row["attributes"]
    for row in store.events:
        event = Event.model_validate(row)
        assert (event.item_id is None) == (row["type"] == "search")
