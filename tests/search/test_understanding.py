"""Query understanding learned from the catalogue: types from title heads and category leaves,
accessories, attributes, price intent."""

from __future__ import annotations

import pytest

from search.understanding import CatalogKnowledge, understand


@pytest.mark.parametrize("title, head", [
    ("Slim Fit Dress Shirt - White", "shirt"),
    ("Cotton Shirt Dress with Belt - Blue", "dress"),
    ("Laptop Sleeve 13 inch - Black", "sleev"),
    ("Oak Lamp Table with Drawer", "tabl"),
    ("Brass Table Lamp with Linen Shade", "lamp"),
    ("Dell Inspiron 15 Laptop, 8GB RAM, 256GB SSD - Black", "laptop"),
    ("Whirlpool 1.9 cu. ft. Over the Range Microwave in Stainless Steel", "microwav"),
    ("黒 ノートパソコン 14インチ", "パソコン"),   # a compound's type is its last part: a laptop is a パソコン
    ("エレキギター 黒", "ギター"),
    ("シャツワンピース 白", "ワンピース"),
    ("ワイシャツ 青 スリム", "ワイシャツ"),
    ("ノートパソコン ケース 13インチ 黒", "ケース"),
    ("ノートパソコン用 ケース 黒 13インチ", "ケース"),   # "X用 Y": a Y made for X
    ("スマホ用 充電器 白", "充電器"),
    ("カメラ用 三脚 軽量", "三脚"),
    ("ゲーミング ノートパソコン 黒 16GB", "パソコン"),  # nouns said apart: the run's last
    ("ワイヤレス マウス 黒 静音", "マウス"),                  # the run ends at an attribute
    ("Foldable Phone Stand Grey", "stand"),               # a colour or a size after the name is no head,
    ("Fibreclay Pot Large Navy", "pot"),                  # whether or not the catalogue has colours
    ("Grey", "gray"),                                     # unless nothing else can be (one spelling)
    ("ワイヤレス イヤホン 防水 スポーツ 白", "イヤホン"),    # ワイヤレス describes
    ("Game Dice Set, D6, 12mm", "dice"),                  # a set (a pack, a pair) of the noun before it
    ("PMI Aspen Pad Set", "pad"),
    ("Socks 3 Pack", "sock"),
    ("Faucet Repair Kit", "kit"),                         # a kit is no repair
    ("Set", "set"),                                       # unless nothing else can be
    ("Plug-In Chime, Compatible with Doorbells", "chime"),  # "in" written onto a word: no preposition
    ("Built-In Oven in Stainless Steel", "oven"),
])
def test_title_heads(title, head):
    k = CatalogKnowledge()
    k.learn_attributes([{"color": "black"}, {"color": "white"}, {"color": "blue"}], [], ("color",))
    assert k.title_head(title, k.attribute_words()) == head


def test_a_name_titles_say_again_and_again_ends_where_the_one_off_words_begin():
    """ "Shoe Polish" is said by three titles and ends one (a colour after it), so the words no
    other title ends with (Tin, Liquid) describe a polish; a pair said once ("Horsehair Shoe
    Brush"), or never ending a title's name ("Stainless Steel Water Bottle"), moves nothing."""
    titles = ["Shoe Polish Black 50ml Tin", "Brown Shoe Polish Liquid", "Neutral Shoe Polish Black",
              "Horsehair Shoe Brush", "Floor Polish 1L", "Stainless Steel Water Bottle 750ml",
              "Stainless Steel Lunch Box", "Red Bike Light", "Red Bike Pump", "Mountain Bike, Red",
              "Kindle Paperwhite 16GB", "Kindle Paperwhite Screen Protector"]
    from search.text import terms, words
    k = CatalogKnowledge()
    tw = [words(t) for t in titles]
    heads = [k.title_head(t, set()) for t in tw]
    assert heads[:2] == ["tin", "liquid"]  # read alone, the last word
    k.learn_types(heads, [""] * len(titles), [None] * len(titles), [set(terms(t)) for t in tw])
    heads = k.learn_reading(tw, heads, [""] * len(titles), [None] * len(titles), [set(terms(t)) for t in tw], set())
    assert "shoe polish" in k.names and "stainless steel" not in k.names and "red bike" not in k.names
    assert heads == ["polish", "polish", "polish", "brush", "polish", "bottl", "box", "light", "pump", "bike",
                     "paperwhit", "protector"]  # two words after a name are a product of their own
    assert CatalogKnowledge.from_dict(k.to_dict()).names == k.names
    assert k.title_head("Shoe Polish Cream", set()) == "polish"  # a row added later reads the same
    # a title saying the name's last word after a purpose marker is made for it: a sponge
    assert k.title_head("Shoe Polish Sponge for Polish Tins", set()) == "spong"


def test_types_are_learned_from_the_catalogue(engine):
    k = engine.knowledge
    for t in ("dress", "shirt", "laptop", "sleev", "lamp", "tabl", "phone", "case", "パソコン"):
        assert k.is_type(t), t
    assert not k.is_type("black") and not k.is_type("cotton")
    assert k.is_accessory("sleev", "laptop") and k.is_accessory("case", "phone")
    assert not k.is_accessory("laptop", "sleev") and not k.is_accessory("dress", "shirt")
    assert k.categories_of("laptop") == ["Electronics > Computers > Laptops"]
    assert "Electronics > Phones > Smartphones" in k.categories_of("phone")


@pytest.mark.parametrize("query, head, modifiers", [
    ("shirt dress", "dress", ["shirt"]), ("dress shirt", "shirt", ["dress"]),
    ("laptop sleeve", "sleeve", ["laptop"]), ("lamp table", "table", ["lamp"]), ("table lamp", "lamp", ["table"]),
    ("sleeve for laptop", "sleeve", ["laptop"]), ("black laptop 15 inch", "laptop", []),
    ("plug-in lamp", "lamp", ["plug"]),  # "in" written onto a word is no preposition in a query either
])
def test_query_head(engine, query, head, modifiers):
    u = engine.understand(query)
    assert u.head == head and u.modifiers == modifiers


def test_attributes_and_brand(engine):
    u = engine.understand("white lenovo laptop")
    assert u.attributes == {"color": "white", "brand": "lenovo"} and u.head == "laptop"
    assert engine.understand("leather bag").attributes == {"material": "leather"}
    assert engine.understand("白 ワイシャツ").attributes == {"color": "white"}


@pytest.mark.parametrize("query, intent, lo, hi", [
    ("cheap laptop", "low", None, None), ("budget laptop", "low", None, None),
    ("affordable laptop", "low", None, None), ("laptop under 500", None, None, 500),
    ("laptop less than $100", None, None, 100), ("laptop below 1.5k", None, None, 1500),
    ("laptops between $300 and $600", None, 300, 600), ("laptop over $200", None, 200, None),
    ("安い ノートパソコン", "low", None, None), ("激安 ノートパソコン", "low", None, None),
    ("お手頃 白 水槽", "low", None, None), ("お手頃価格 テレビ", "low", None, None),  # Sudachi reads お + 手頃
    ("ノートパソコン 5万円以下", None, None, 50000), ("microwave over stove", None, None, None),
])
def test_price_intent(query, intent, lo, hi):
    u = understand(query, CatalogKnowledge())
    assert (u.price_intent, u.min_price, u.max_price) == (intent, lo, hi)
    assert not {"cheap", "budget", "affordable", "安い", "激安", "お", "手頃", "under", "500"} & set(u.words)


def test_public_view_is_json_ready(engine):
    import json
    u = engine.understand("cheap black labtop")
    out = json.loads(json.dumps(u.public()))
    assert out["product_type"] == "laptop" and out["corrections"] == {"labtop": "laptop"}
    assert out["price"] == {"intent": "low", "max": None, "min": None}
