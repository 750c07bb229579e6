"""The search engine on the small catalogue (tests/data/search_catalog.jsonl) with known answers."""

from __future__ import annotations

import numpy as np
import pytest

from search.config import SearchConfig
from search.engine import SearchEngine


def types_of(engine, result, n=None):
    rows = [engine.row_of[i["item_id"]] for i in result["items"][:n]]
    return [engine.categories[r].split(" > ")[-1] for r in rows]


# ---------------------------------------------------------------- the hard pairs
def test_shirt_dress_finds_dresses(engine, ids):
    r = engine.search("shirt dress", limit=5)
    assert r["understood"]["product_type"] == "dress"
    assert set(ids(r)[:3]) == {"dr-1", "dr-2", "dr-3"}
    shirts = [k for k, c in enumerate(types_of(engine, engine.search("shirt dress", limit=20))) if c == "Shirts"]
    assert shirts and min(shirts) >= 3                   # dress shirts match the words, but come later


def test_dress_shirt_finds_shirts(engine, ids):
    r = engine.search("dress shirt", limit=5)
    assert r["understood"]["product_type"] == "shirt"
    assert set(ids(r)[:3]) == {"sh-1", "sh-2", "sh-3"}
    dresses = [k for k, c in enumerate(types_of(engine, engine.search("dress shirt", limit=20))) if c == "Dresses"]
    assert dresses and min(dresses) >= 3


def test_cheap_black_laptop_is_black_laptops_cheapest_first(engine):
    r = engine.search("cheap black laptop", limit=10)
    u = r["understood"]
    assert u["product_type"] == "laptop" and u["attributes"] == {"color": "black"} and u["price"]["intent"] == "low"
    black_laptops = {"lt-1", "lt-2", "lt-3", "lt-4", "lt-8", "lt-9"}
    top = r["items"][:len(black_laptops)]
    assert {i["item_id"] for i in top} == black_laptops          # no sleeves, bags or chargers
    prices = [i["price"] for i in top]
    assert prices == sorted(prices)                               # cheapest first


def test_laptop_sleeve_finds_sleeves_and_laptop_demotes_accessories(engine, ids):
    r = engine.search("laptop sleeve", limit=3)
    assert r["understood"]["product_type"] == "sleeve" and r["understood"]["accessory_of"] == "laptop"
    assert set(ids(r)) == {"ac-1", "ac-2", "ac-3"}
    r = engine.search("laptop", limit=20)
    laptops = [i for i in ids(r) if i.startswith("lt-")]
    first_accessory = min(k for k, i in enumerate(ids(r)) if i.startswith("ac-"))
    assert len(laptops) == 9 and first_accessory >= 9


@pytest.mark.parametrize("query, want, other", [
    ("table lamp", {"lp-1", "lp-2", "lp-3"}, "Tables"),
    ("lamp table", {"tb-1", "tb-2"}, "Lamps"),
])
def test_table_lamp_versus_lamp_table(engine, ids, query, want, other):
    r = engine.search(query, limit=len(want))
    assert set(ids(r)) == want
    assert other not in types_of(engine, r)


def test_phone_versus_phone_case(engine, ids):
    r = engine.search("phone case", limit=3)
    assert set(ids(r)) == {"pc-1", "pc-2", "pc-3"}
    assert r["understood"]["accessory_of"] == "phone"
    r = engine.search("phone", limit=4)
    assert set(ids(r)) == {"ph-1", "ph-2", "ph-3", "ph-4"}


def test_a_case_sold_for_another_device_is_not_the_case_a_query_names(engine, ids):
    """'laptop case': the phone cases of 'Phone Accessories' are cases for phones; what is sold
    as 'Laptop Accessories' (the sleeves, and with words alone the stand and the chargers too)
    comes first."""
    top = ids(engine.search("laptop case", limit=8))
    assert len(top) == 8 and all(i.startswith("ac-") for i in top) and "ac-1" in top[:3]


def test_typo_finds_laptops_and_says_did_you_mean(engine, ids):
    r = engine.search("labtop", limit=5)
    assert r["did_you_mean"] == "laptop"
    assert r["understood"]["corrections"] == {"labtop": "laptop"}
    assert all(i.startswith("lt-") for i in ids(r))


def test_japanese_black_laptop(engine, ids):
    r = engine.search("黒 ノートパソコン", limit=2)
    assert r["understood"]["attributes"] == {"color": "black"}
    assert r["understood"]["product_type"] == "ノートパソコン"
    assert set(ids(r)) == {"jp-1", "jp-3"}


def test_japanese_cheap_laptop_cheapest_first(engine, ids):
    r = engine.search("安い ノートパソコン", limit=4)
    assert r["understood"]["price"]["intent"] == "low"
    assert ids(r) == ["jp-4", "jp-1", "jp-2", "jp-3"]             # the ケース (case) is not in the tier
    # then the English-titled laptops, which are laptops, and the Japanese case after them: the
    # shopper's language comes first only among equals (`ranking.in_language`)
    top = ids(engine.search("安い ノートパソコン", limit=20))
    laptops = [k for k, i in enumerate(top) if i.startswith("lt-")]
    assert len(laptops) == 9 and "jp-5" in top and top.index("jp-5") > max(laptops)


def test_japanese_shirt_dress_and_dress_shirt(engine, ids):
    assert ids(engine.search("シャツワンピース", limit=2)) == ["jp-6", "jp-7"] or \
        set(ids(engine.search("シャツワンピース", limit=2))) == {"jp-6", "jp-7"}
    r = engine.search("ワイシャツ 白", limit=1)
    assert ids(r) == ["jp-8"] and r["understood"]["attributes"] == {"color": "white"}


def test_price_limit_in_the_query(engine):
    r = engine.search("laptop under 500", limit=20)
    assert r["understood"]["price"]["max"] == 500
    assert all(i["price"] <= 500 for i in r["items"])
    assert {i["item_id"] for i in r["items"][:3]} == {"lt-1", "lt-2", "lt-8"}


# ---------------------------------------------------------------- the rest of a search box
def test_filters(engine):
    r = engine.search("laptop", limit=50, filters={"brand": "Lenovo", "in_stock": True})
    assert {i["item_id"] for i in r["items"]} == {"lt-2", "lt-6", "lt-9"}
    r = engine.search("laptop", limit=50, filters={"category": "Electronics > Computers > Laptop Accessories"})
    assert r["items"] and all(i["category"].endswith("Laptop Accessories") for i in r["items"])
    r = engine.search("laptop", limit=50, filters={"min_price": 500, "max_price": 1000, "color": "white"})
    assert {i["item_id"] for i in r["items"]} == {"lt-5", "lt-6"}
    r = engine.search("laptop", limit=50, filters={"in_stock": True})
    assert "lt-8" not in {i["item_id"] for i in r["items"]}
    with pytest.raises(ValueError, match="unknown filter"):
        engine.search("laptop", filters={"colour_of_sky": "blue"})


def test_category_filter_is_a_path_prefix(engine):
    r = engine.search("black", limit=100, filters={"category": "electronics"})
    assert r["total"] > 0
    assert all(i["category"].startswith("Electronics") for i in r["items"])


def test_facets_count_the_matches(engine):
    r = engine.search("laptop", limit=3)
    f = r["facets"]
    assert r["total"] == sum(f["category"].values())
    assert f["category"]["Electronics > Computers > Laptops"] == 13     # 9 English + 4 Japanese laptops
    assert f["brand"]["Lenovo"] == 3
    assert f["in_stock"] == {"true": r["total"] - 1, "false": 1}
    assert sum(b["count"] for b in f["price"]) == r["total"]
    assert f["color"]["black"] >= 6


def test_pagination_and_total(engine):
    full = engine.search("laptop", limit=100)
    pages = [engine.search("laptop", limit=4, offset=o)["items"] for o in range(0, full["total"], 4)]
    assert [i["item_id"] for p in pages for i in p] == [i["item_id"] for i in full["items"]]
    assert len(full["items"]) == full["total"]


@pytest.mark.parametrize("sort", ["price_asc", "price_desc"])
def test_sort_by_price(engine, sort):
    r = engine.search("laptop", limit=100, sort=sort)
    prices = [i["price"] for i in r["items"]]
    assert prices == sorted(prices, reverse=(sort == "price_desc"))
    with pytest.raises(ValueError):
        engine.search("laptop", sort="newest")


def test_zero_results_are_relaxed(catalog, ids):
    engine = SearchEngine.build(catalog)  # lexical only: nothing semantic rescues the query
    r = engine.search("purple waterproof laptop", limit=5)
    assert r["relaxed"] is True
    assert set(r["understood"]["dropped_terms"]) == {"purple", "waterproof"}
    assert all(i.startswith("lt-") for i in ids(r))
    r = engine.search("laptop", limit=5)
    assert r["relaxed"] is False and "dropped_terms" not in r["understood"]


def test_nothing_at_all(catalog):
    engine = SearchEngine.build(catalog)
    r = engine.search("zzzzqqq", limit=5)
    assert r["total"] == 0 and r["items"] == [] and r["relaxed"] is True


def test_empty_query_browses_with_filters(engine):
    r = engine.search("", limit=100, filters={"category": "Home > Lighting"})
    assert r["total"] == 4 and all(i["category"] == "Home > Lighting > Lamps" for i in r["items"])


def test_user_affinity_and_popularity(engine, ids):
    plain = ids(engine.search("laptop", limit=9))
    liked = ids(engine.search("laptop", limit=9, user_profile={"brands": {"HP": 5.0}}))
    assert liked[0] in {"lt-3", "lt-5"} and plain[0] not in {"lt-3", "lt-5"}
    assert all(liked.index(i) < plain.index(i) for i in ("lt-3", "lt-5"))
    r = engine.search("lamp", limit=4, user_profile={"categories": {"Home > Lighting": 1.0}})
    assert all(c == "Lamps" for c in types_of(engine, r))


def test_popularity_breaks_near_ties(catalog, ids):
    base = SearchEngine.build(catalog)
    popular = SearchEngine.build(catalog, popularity={"lp-3": 1000.0})
    assert ids(base.search("table lamp", limit=1)) != ["lp-3"]
    assert ids(popular.search("table lamp", limit=1)) == ["lp-3"]
    assert base.search("table lamp", limit=3)["total"] == popular.search("table lamp", limit=3)["total"]


def test_autocomplete(engine):
    assert engine.autocomplete("lap")[0] == "laptop"
    assert "laptop sleeve" in engine.autocomplete("lap")
    assert "laptop sleeve" in engine.autocomplete("sleeve")
    assert engine.autocomplete("ノート")[0] == "ノートパソコン"
    assert engine.autocomplete("") == []
    assert len(engine.autocomplete("l", limit=3)) == 3


# ---------------------------------------------------------------- live catalogue
def test_upsert_makes_a_new_item_searchable(engine, ids):
    assert engine.search("kayak")["total"] == 0
    engine.update_items([{"item_id": "new-1", "title": "Inflatable Kayak for Two", "category": "Sports > Water",
                          "brand": "Intex", "price": 199.0, "attributes": {"color": "green"}}])
    r = engine.search("kayak", limit=3)
    assert ids(r) == ["new-1"] and r["items"][0]["price"] == 199.0
    assert r["understood"]["product_type"] == "kayak"
    assert ids(engine.search("green kayak", filters={"brand": "intex"})) == ["new-1"]
    assert "kayak" in engine.autocomplete("kay")


def test_upsert_price_and_stock_apply_at_once(engine, ids):
    engine.update_items([{"item_id": "lt-4", "price": 99.0}, {"item_id": "lt-2", "in_stock": False}])
    r = engine.search("cheap black laptop", limit=3)
    assert r["items"][0]["item_id"] == "lt-4" and r["items"][0]["price"] == 99.0
    assert "lt-2" not in ids(engine.search("laptop", limit=50, filters={"in_stock": True}))


def test_upsert_changed_title_reindexes(engine, ids):
    engine.update_items([{"item_id": "tb-3", "title": "Walnut Standing Desk"}])
    assert "tb-3" in ids(engine.search("desk"))
    assert "tb-3" not in ids(engine.search("side", limit=50))      # the old title is gone
    assert len(engine) == 53
    assert engine.search("desk")["items"][0]["category"] == "Home > Furniture > Tables"   # kept field


def test_upsert_needs_a_title_for_a_new_item(engine):
    with pytest.raises(ValueError, match="title"):
        engine.update_items([{"item_id": "nope", "price": 3.0}])


# ---------------------------------------------------------------- persistence
QUERIES = ["shirt dress", "cheap black laptop", "labtop", "黒 ノートパソコン", "table lamp", "purple waterproof laptop"]


def test_save_load_round_trip(engine, encoder, tmp_path):
    engine.update_items([{"item_id": "new-1", "title": "Inflatable Kayak", "price": 199.0},
                         {"item_id": "lt-1", "price": 10.0}])
    engine.save(tmp_path / "idx")
    assert not list((tmp_path / "idx").rglob("*.pkl")) and not list((tmp_path / "idx").rglob("*.pickle"))
    loaded = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    for q in QUERIES + ["kayak"]:
        for kw in ({}, {"filters": {"in_stock": True}}, {"sort": "price_asc"}):
            assert loaded.search(q, limit=20, **kw) == engine.search(q, limit=20, **kw)
    assert loaded.autocomplete("lap") == engine.autocomplete("lap")
    loaded.update_items([{"item_id": "new-2", "title": "Sea Kayak Paddle"}])
    assert "new-2" in [i["item_id"] for i in loaded.search("kayak paddle")["items"]]


def test_load_refuses_a_different_encoder(engine, tmp_path):
    engine.save(tmp_path / "idx")

    class Other:
        name = "another-model"

    with pytest.raises(ValueError, match="encoder"):
        SearchEngine.load(tmp_path / "idx", encoder=Other())


def test_lexical_only_engine_round_trip(catalog, tmp_path):
    engine = SearchEngine.build(catalog, config=SearchConfig(synonyms={"notebook": ["laptop"]}))
    assert engine.dense is None
    engine.save(tmp_path / "lex")
    loaded = SearchEngine.load(tmp_path / "lex")
    assert loaded.search("notebook", limit=5) == engine.search("notebook", limit=5)
    assert loaded.search("notebook", limit=5)["total"] >= 9


def test_synonyms_are_configurable(catalog, ids):
    plain = SearchEngine.build(catalog)
    assert plain.search("notebook")["total"] == 1          # only lt-9 says "notebook" (in its description)
    syn = SearchEngine.build(catalog, config=SearchConfig(synonyms={"notebook": ["laptop"]}))
    assert all(i.startswith("lt-") for i in ids(syn.search("notebook", limit=9)))


def test_embedding_cache_reembeds_only_changed_texts(catalog, encoder, tmp_path):
    SearchEngine.build(catalog, encoder=encoder, cache_dir=tmp_path)
    again = SearchEngine.build(catalog, encoder=encoder, cache_dir=tmp_path)
    assert again.build_info["embedded"] == 0
    changed = catalog.__class__(**{**catalog.__dict__, "titles": np.array(
        ["Brand New Title"] + list(catalog.titles[1:]), dtype=object)})
    third = SearchEngine.build(changed, encoder=encoder, cache_dir=tmp_path)
    assert third.build_info["embedded"] == 1
    fresh = SearchEngine.build(changed, encoder=encoder)
    assert np.allclose(third.vectors, fresh.vectors)


def test_searches_run_safely_beside_live_updates(engine):
    import threading

    errors, stop = [], threading.Event()

    def searching():
        while not stop.is_set():
            try:
                engine.search("kayak laptop", limit=5, filters={"in_stock": True, "category": "Sports"})
                engine.search("laptop", limit=5)
            except Exception as exc:  # pragma: no cover - what the test looks for
                errors.append(exc)

    threads = [threading.Thread(target=searching) for _ in range(2)]
    for t in threads:
        t.start()
    for k in range(60):
        engine.update_items([{"item_id": f"k-{k}", "title": f"Kayak Model {k}", "category": "Sports", "price": k},
                             {"item_id": "lt-1", "price": 400.0 + k}])
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert engine.search("kayak", limit=100)["total"] == 60


def test_upsert_takes_rows_as_the_store_returns_them(engine, ids):
    """`Store.items_changed_since` rows carry every field (currency, image_url, created_at...):
    an unchanged text only updates price and stock, a new row is indexed."""
    from datetime import datetime, timezone

    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    same = {**engine.item(engine.row_of["lt-2"]), "price": 111.0, "currency": "USD", "image_url": None,
            "created_at": stamp}
    new = {"item_id": "tv-1", "title": "55 inch 4K Television", "description": None, "category": "Electronics > TV",
           "brand": "Sony", "price": 499.0, "currency": "USD", "in_stock": True, "attributes": {"color": "black"},
           "image_url": None, "created_at": stamp}
    rows_before = len(engine.item_ids)
    engine.update_items([same, new])
    assert len(engine.item_ids) == rows_before + 1                 # lt-2 kept its row
    assert engine.search("lenovo ideapad")["items"][0]["price"] == 111.0
    assert ids(engine.search("television", limit=1)) == ["tv-1"]


# ---------------------------------------------------------------- multi-valued attributes
def test_a_batch_with_a_wrong_row_changes_nothing(engine):
    with pytest.raises(ValueError, match="title"):
        engine.update_items([{"item_id": "lt-4", "price": 1.0}, {"item_id": "nope", "price": 2.0}])
    assert engine.item(engine.row_of["lt-4"])["price"] != 1.0


def test_list_attributes_filter_facet_and_index_each_value(engine, ids, tmp_path):
    engine.update_items([
        {"item_id": "tee-1", "title": "Quillon Crew Tee", "category": "Clothing > Men > Tees", "price": 15.0,
         "attributes": {"size": ["S", "M", "L"], "material": ["cotton", "zephyrweave"]}},
        {"item_id": "tee-2", "title": "Quillon Vneck Tee", "category": "Clothing > Men > Tees", "price": 18.0,
         "attributes": {"size": ["M", "XXL"], "color": ["navy", "white"]}}])
    assert ids(engine.search("zephyrweave")) == ["tee-1"]                       # list values are indexed
    assert set(ids(engine.search("quillon", filters={"attr.size": "m"}))) == {"tee-1", "tee-2"}
    assert ids(engine.search("quillon", filters={"attributes": {"size": "S"}})) == ["tee-1"]
    assert ids(engine.search("quillon", filters={"attributes": {"size": "XL"}})) == []
    assert ids(engine.search("quillon", filters={"attributes": {"color": "white"}})) == ["tee-2"]  # not only the first
    f = engine.search("quillon")["facets"]
    assert f["size"] == {"M": 2, "S": 1, "L": 1, "XXL": 1}
    assert f["material"] == {"cotton": 1, "zephyrweave": 1}
    assert f["color"] == {"navy": 1}                                            # today's colour facet: the first
    engine.update_items([{"item_id": "tee-1", "attributes": {"size": ["XL"]}}])  # a change re-indexes the item
    assert ids(engine.search("quillon", filters={"attributes": {"size": "XL"}})) == ["tee-1"]
    assert ids(engine.search("quillon", filters={"attributes": {"size": "S"}})) == []
    engine.save(tmp_path / "idx")
    loaded = SearchEngine.load(tmp_path / "idx", encoder=engine.encoder)
    assert ids(loaded.search("quillon", filters={"attributes": {"size": "XL"}})) == ["tee-1"]
    assert loaded.search("quillon")["facets"]["size"] == {"M": 1, "XXL": 1, "XL": 1}


def test_facets_of_existing_catalogues_gain_only_the_attribute_keys(engine):
    f = engine.search("shirt")["facets"]
    assert set(f) <= {"category", "brand", "color", "price", "in_stock", "size", "material"}
