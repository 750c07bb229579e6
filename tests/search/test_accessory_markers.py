"""Accessory markers are learned from a categorised catalogue (`search.accessories`), not read off
a word list: catalogues with invented vocabularies (a German-like "für X" in Latin script, a
Japanese "X適合" that no constant names, and made-up product words) must teach them, and a
catalogue without category paths falls back on the constants (用, 向け, 専用, 対応)."""

from __future__ import annotations

import json

import pytest
from test_bilingual_reading import sudachi
from test_category_levels import build
from test_query_kinds import catalogue, ranked

from search.accessories import FALLBACK, learn_markers
from search.engine import SearchEngine
from search.heads import is_content
from search.understanding import CatalogKnowledge

# (type word as shoppers type it, its category, its items, accessories made for it)
LATIN = {
    "fur": [
        ("laptop", "Technik > Laptops", ["Leichter Laptop, Schwarz", "Gaming Laptop 16GB", "Flacher Laptop Pro"],
         ["Hülle für Laptop, Schwarz", "Ständer für Laptop", "Tasche für Laptop, Grau"]),
        ("kamera", "Technik > Kameras", ["Spiegelreflex Kamera", "Kompakte Kamera, Silber", "Robuste Kamera"],
         ["Riemen für Kamera", "Tasche für Kamera, Schwarz"]),
        ("telefon", "Technik > Telefone", ["Klapp Telefon", "Telefon Lite 128GB", "Robustes Telefon"],
         ["Hülle für Telefon", "Ladegerät für Telefon"]),
    ],
    "zum": [  # made-up words throughout: a rule tuned to one word list cannot know any of them
        ("blorp", "Shop > Blorps", ["Grand Blorp", "Tiny Blorp Deluxe", "Blorp Classic"],
         ["Quibble zum Blorp", "Snorkel zum Blorp", "Wimble zum Blorp"]),
        ("zint", "Shop > Zints", ["Zint Max", "Folding Zint", "Zint Mini Pro"],
         ["Quibble zum Zint", "Snorkel zum Zint"]),
    ],
}
JAPANESE = [  # 適合 (compatible with) is no constant
    ("スマホ", "家電 > スマホ", ["スマホ 128GB 白", "防水 スマホ 64GB", "スマホ 256GB 青"],
     ["スマホ適合 フィルム", "スマホ適合 ケース 手帳", "スマホ適合 充電器"]),
    ("カメラ", "家電 > カメラ", ["ミラーレス カメラ 白", "コンパクト カメラ 青", "カメラ 防水 24MP"],
     ["カメラ適合 バッグ", "カメラ適合 ストラップ"]),
    ("タブレット", "家電 > タブレット", ["タブレット 10インチ 白", "タブレット 64GB 青", "軽量 タブレット"],
     ["タブレット適合 ペン", "タブレット適合 スタンド"]),
]


def rows_of(groups, accessory_category: str) -> list[tuple[str, str, str, float]]:
    rows = []
    for word, category, items, accessories in groups:
        rows += [(f"{word}-item-{k}", t, category, 100.0 + k) for k, t in enumerate(items)]
        rows += [(f"{word}-acc-{k}", t, accessory_category, 5.0 + k) for k, t in enumerate(accessories)]
    return rows


def kinds(ids: list[str]) -> list[str]:
    return [i.rsplit("-", 1)[0] for i in ids]


@pytest.mark.parametrize("marker", sorted(LATIN))
def test_a_latin_marker_is_learned_and_read(marker):
    groups = LATIN[marker]
    engine = SearchEngine.build(catalogue(rows_of(groups, "Technik > Zubehör"), True), encoder=None)
    markers = engine.indexes.knowledge.markers
    assert markers.learned and marker in markers.before and FALLBACK.before == frozenset()
    saved = json.loads(json.dumps(engine.indexes.knowledge.to_dict()))
    assert CatalogKnowledge.from_dict(saved).markers == markers  # kept with the index
    for word, _, items, accessories in groups:
        top = ranked(engine, word)
        assert set(kinds(top[:len(items)])) == {f"{word}-item"}, (word, top)  # the accessories come after
        assert engine.understand(f"{accessories[0]}").head != word


@pytest.mark.parametrize("marker", sorted(LATIN))
def test_without_categories_no_latin_marker_is_learned(marker):
    engine = SearchEngine.build(catalogue(rows_of(LATIN[marker], "Technik > Zubehör"), False), encoder=None)
    assert engine.indexes.knowledge.markers == FALLBACK


def test_a_japanese_marker_no_constant_names_is_learned():
    engine = SearchEngine.build(catalogue(rows_of(JAPANESE, "家電 > 周辺機器"), True), encoder=None)
    markers = engine.indexes.knowledge.markers
    # learned, beside the constants (grammar: a catalogue adds a marker, never takes one away)
    assert markers.learned and "適合" in markers.after and {"用", "専用", "向け", "対応"} <= markers.after
    for word, _, items, accessories in JAPANESE:
        top = ranked(engine, word)
        assert set(kinds(top[:len(items)])) == {f"{word}-item"}, (word, top)
        assert engine.understand(f"{word}適合 ケース").head == "ケース"
    # a price word, a colour and a type: the cheapest real match first, no accessory in the top 2
    top = ranked(engine, "安い 白 スマホ")
    assert top[0] == "スマホ-item-0", top
    assert not any("acc" in i for i in top[:2]), top


def test_titles_only_japanese_falls_back_on_the_constants():
    rows = [("a", "カメラ 黒", None, 100.0), ("b", "カメラ用 バッグ 黒", None, 5.0), ("c", "カメラ専用 ストラップ", None, 3.0)]
    engine = SearchEngine.build(catalogue(rows, False), encoder=None)
    assert engine.indexes.knowledge.markers == FALLBACK
    assert engine.understand("カメラ用 バッグ").head == "バッグ" and engine.understand("カメラ専用 ストラップ").head == "ストラップ"


def test_a_word_beside_types_inside_their_own_categories_is_no_marker():
    """Words beside a type in titles of its own category ("Felt", a colour) mark nothing, and a
    word seen with one type only is no grammar."""
    titles = [["grey", "felt", "laptop", "sleeve"], ["felt", "laptop", "sleeve"], ["slim", "felt", "laptop", "sleeve"],
              ["hulle", "fur", "laptop"], ["case", "fur", "laptop"], ["bag", "fur", "laptop"]]
    heads = ["sleev", "sleev", "sleev", "laptop", "laptop", "laptop"]
    cats = ["Acc"] * 6
    markers = learn_markers(titles, heads, cats, lambda t: {"Laptops"} if t == "laptop" else set(),
                            lambda t: t in {"laptop", "sleev"}, is_content, {"grey"})
    assert markers == FALLBACK  # "fur" stands before one type only: not enough to call it grammar


def test_accessory_nouns_are_learned_from_categories():
    """A noun sold in a category named for another type is its accessory even where few of its
    titles name that type; two types sold side by side, or naming each other, are not."""
    rows = [(f"b{k}", t, "Shop > Blorps", 50.0) for k, t in enumerate(["Grand Blorp", "Tiny Blorp", "Blorp Classic"])]
    rows += [(f"q{k}", t, "Shop > Blorp Gear", 5.0) for k, t in enumerate(["Velvet Quibble", "Quibble Deluxe Quibble",
                                                                             "Blorp Quibble", "Steel Quibble"])]
    rows += [(f"z{k}", t, "Shop > Blorps", 40.0) for k, t in enumerate(["Zint Blorp Zint", "Big Zint"])]
    rows += [(f"j{k}", t, "家電 > カメラ周辺機器", 5.0) for k, t in enumerate(["三脚 軽量", "三脚 黒", "カメラ 三脚"])]
    rows += [(f"c{k}", t, "家電 > カメラ", 50.0) for k, t in enumerate(["カメラ 白", "ミラーレス カメラ"])]
    kb = SearchEngine.build(catalogue(rows, True), encoder=None).indexes.knowledge
    assert kb.mention_share("quibbl", "blorp") < 0.3  # too few titles say it: the category does
    assert kb.is_accessory("quibbl", "blorp") and not kb.is_accessory("blorp", "quibbl")
    assert not kb.is_accessory("zint", "blorp")  # sold beside blorps
    assert kb.is_accessory("三脚", "カメラ") and not kb.is_accessory("カメラ", "三脚")
    titles_only = SearchEngine.build(catalogue(rows, False), encoder=None).indexes.knowledge
    assert not titles_only.is_accessory("quibbl", "blorp")  # without categories, titles alone decide


KETTLES = [  # accessories sold in the kettles' own category, as many shops list them
    ("kettle-1", "電気ケトル 1.0L 温度調整 白", "キッチン > ケトル", 4980.0),
    ("kettle-2", "電気ケトル 0.8L 軽量 白", "キッチン > ケトル", 2480.0),
    ("kettle-3", "やかん ステンレス 2.5L 笛吹き", "キッチン > ケトル", 1980.0),
    ("acc-1", "電気ケトル用 替えパッキン 白", "キッチン > ケトル", 480.0),
    ("acc-2", "ケトルホルダー 壁掛け 白", "キッチン > ケトル", 980.0),
    ("pot", "両手鍋 20cm IH対応", "キッチン > 鍋", 2980.0),
]


def test_a_title_made_for_the_type_is_no_type_even_in_its_category():
    engine = SearchEngine.build(catalogue(KETTLES, True), encoder=None)
    top = ranked(engine, "ケトル", 10)
    assert set(top[:3]) == {"kettle-1", "kettle-2", "kettle-3"}  # the やかん too, by its category
    assert {"acc-1", "acc-2"} <= set(top[3:])  # made for a kettle; a kettle's holder
    assert ranked(engine, "安い 白 ケトル", 10)[0] == "kettle-2"  # the cheapest white kettle, not the 480 packing


@sudachi
def test_a_purpose_word_stays_grammar_where_the_accessories_sit_under_the_types_own_tree():
    # the X用 accessories sit under the machines' own category, so the catalogue cannot teach 用;
    # it teaches 対応 (beside several types, outside their homes) and keeps the constants
    rows = [("m-0", "ジャノメ 電動ミシン コンパクト 白", "手芸 > ミシン > 家庭用ミシン", 19800.0),
            ("m-1", "ブラザー コンピューターミシン 白", "手芸 > ミシン > 家庭用ミシン", 29800.0),
            ("m-2", "シンガー 電子ミシン 白", "手芸 > ミシン > 家庭用ミシン", 24800.0),
            ("acc-0", "ミシン用 押さえ 7種セット", "手芸 > ミシン > ミシン用品", 1280.0),
            ("acc-1", "ミシン用 針 10本", "手芸 > ミシン > ミシン用品", 480.0),
            ("acc-2", "ミシン用 ボビン 10個", "手芸 > ミシン > ミシン用品", 380.0),
            ("t-0", "アイロン対応 接着芯", "手芸 > 生地", 580.0), ("t-1", "はさみ対応 ケース", "手芸 > 収納", 880.0),
            ("t-2", "ミシン対応 カバー", "手芸 > 収納", 1480.0), ("i-0", "アイロン 白", "家電 > アイロン", 3980.0),
            ("s-0", "はさみ 布用", "手芸 > はさみ", 980.0)]
    engine = SearchEngine.build(catalogue(rows, True), encoder=None)
    assert "用" in engine.indexes.knowledge.markers.after
    assert set(ranked(engine, "ミシン")[:3]) == {"m-0", "m-1", "m-2"}


SPICE_RACKS = [
    ("rack-1", "スパイスラック 3段 白", "キッチン収納 > スパイスラック"),
    ("rack-2", "スパイスラック 2段 木製", "キッチン収納 > スパイスラック"),
    ("rack-3", "スパイスラック 伸縮 白 スリム", "キッチン収納 > スパイスラック"),
    ("shelf-1", "スパイスラック用 追加ラック 白 1段", "キッチン収納 > スパイスラック > パーツ"),
    ("shelf-2", "仕切り板 スパイスラック対応 白 2枚", "キッチン収納 > スパイスラック > パーツ"),
    ("dish-1", "水切りラック ステンレス 白", "キッチン収納 > 水切り"),
]
PRICES = {"rack-1": 1980, "rack-2": 1480, "rack-3": 1680, "shelf-1": 780, "shelf-2": 580, "dish-1": 2480}


@sudachi
def test_a_title_made_for_the_querys_whole_word_is_not_of_it():
    # スパイスラック is read as スパイス + ラック, and "スパイスラック用 追加ラック" is a ラック by its last
    # part too: made for the word the shopper wrote, it is no spice rack
    from search.made_for import made_for_written, written_word

    assert written_word("安い 白 スパイスラック", "ラック") == "スパイスラック"
    assert written_word("black box", "box") == "box"  # Latin text: the word itself
    assert made_for_written("スパイスラック用 追加ラック 白 1段", "スパイスラック", FALLBACK)
    assert made_for_written("仕切り板 スパイスラック対応 白 2枚", "スパイスラック", FALLBACK)
    assert not made_for_written("スパイスラック 3段 白", "スパイスラック", FALLBACK)
    shop = build([(r[0], r[1], r[2], float(PRICES[r[0]])) for r in SPICE_RACKS])
    assert set(ranked(shop, "スパイスラック")[:3]) == {"rack-1", "rack-2", "rack-3"}
    # the cheapest white spice rack (1,680), not the white extra shelf made for one (780)
    assert ranked(shop, "安い 白 スパイスラック")[0] == "rack-3"


GIFT_BAGS = [  # (id, title, category, price): the accessories sold beside the bags, cheaper
    ("bag-1", "Kraft Gift Bags with Handles, White, 24 Pack", "Gift Wrap > Gift Bags", 11.0),
    ("bag-2", "Glossy Gift Bags, Small, White, 10 Pack", "Gift Wrap > Gift Bags", 12.0),
    ("bag-3", "Gift Bags, Medium, Red, 12 Pack", "Gift Wrap > Gift Bags", 9.0),
    ("ties-1", "Ribbon Ties for Gift Bags, White, 50 Pack", "Gift Wrap > Gift Bags", 3.0),
    ("tissue-1", "Tissue Paper for Gift Bags, White, 30 Sheets", "Gift Wrap > Gift Bags", 4.0),
    ("roll-1", "Wrapping Paper Roll, White", "Gift Wrap > Wrapping Paper", 6.0),
]


def test_an_english_title_saying_what_it_is_for_is_not_of_that_type_where_it_is_sold_beside_it():
    from search.made_for import said_for

    assert said_for("Ribbon Ties for Gift Bags, White", "bag", FALLBACK)
    assert not said_for("Gift Bags with Handles, White", "bag", FALLBACK)
    assert not said_for("Ribbon Ties, White, for Gift Bags", "ribbon", FALLBACK)  # only what follows the marker
    shop = build(GIFT_BAGS)
    # sold under "Gift Bags" they read as bags by their category; their titles say they are for one
    assert set(ranked(shop, "gift bags")[:3]) == {"bag-1", "bag-2", "bag-3"}
    assert ranked(shop, "cheap white gift bags")[0] == "bag-1"  # the cheapest white bag, not the ties at 3


MISTERS = [  # (id, title, category, price): the trigger, the cheapest, is sold beside the misters
    ("mister-1", "Glass Plant Mister, 300ml, White", "Plant Care > Misters", 15.0),
    ("mister-2", "Plant Mister Spray Bottle, White, 500ml", "Plant Care > Misters", 12.0),
    ("mister-3", "Brass Plant Mister, 250ml", "Plant Care > Misters", 19.0),
    ("trigger-1", "Plant Mister Replacement Trigger, White", "Plant Care > Misters", 5.0),
    ("can-1", "Watering Can, 2L, White", "Plant Care > Watering Cans", 9.0),
]


def test_an_english_x_replacement_y_title_is_a_y_made_for_x():
    from search.made_for import said_for

    assert said_for("Plant Mister Replacement Trigger, White", "mister", FALLBACK)
    assert not said_for("Plant Mister Replacement Trigger, White", "trigger", FALLBACK)  # its own type
    assert not said_for("Water Filter Replacement, 3 Pack", "filter", FALLBACK)  # nothing after it: a filter
    assert not said_for("Plant Mister, White | Replacement Trigger", "mister", FALLBACK)  # another word group
    shop = build(MISTERS)
    assert set(ranked(shop, "plant mister")[:3]) == {"mister-1", "mister-2", "mister-3"}
    assert ranked(shop, "cheap white plant mister")[0] == "mister-2"  # not the trigger at 5


WHEELS = [  # (id, title, category, price): a replaced part under a category serving the wheels, and
    # a bag chain strap, replacing one, under a category serving bags (a bag chain all the same)
    ("wheel-1", "Studio Pottery Wheel, 1/2 HP, Foot Pedal, Splash Pan, Grey", "Pottery > Pottery Wheels", 689.0),
    ("wheel-2", "Kilnworks Pottery Wheel, 350W, 25cm Wheel Head, Reversible", "Pottery > Pottery Wheels", 399.0),
    ("pedal-1", "Pottery Wheel Foot Pedal, Replacement, Variable Speed", "Pottery > Pottery Wheels > Wheel Accessories", 45.0),
    ("pan-1", "Splash Pan for Pottery Wheels, White", "Pottery > Pottery Wheels > Wheel Accessories", 29.0),
    ("chain-1", "Bag Chain Strap, Replacement, Gold", "Bags > Bag Parts", 15.0),
    ("chain-2", "Bag Chain, Curb Link, Silver", "Bags > Bag Parts", 12.0),
    ("strap-1", "Leather Bag Strap, Brown", "Bags > Bag Parts", 19.0),
    ("bag-1", "Leather Tote Bag, Tan", "Bags > Totes", 89.0),
]


def test_a_title_replacing_a_part_of_the_type_under_a_category_serving_it_is_no_item_of_it():
    from search.made_for import replaced_part

    assert replaced_part("Pottery Wheel Foot Pedal, Replacement, Variable Speed", "wheel")
    assert not replaced_part("Pottery Wheel Foot Pedal, Replacement", "pedal")  # its own type
    assert not replaced_part("Pottery Wheel, Replacement", "wheel")  # a replacement wheel
    assert not replaced_part("Pottery Wheel Foot Pedal, Grey", "wheel")  # nothing said replaced
    shop = build(WHEELS)
    assert set(ranked(shop, "pottery wheel")[:2]) == {"wheel-1", "wheel-2"}
    assert ranked(shop, "pottery wheel").index("pedal-1") > 1
    assert set(ranked(shop, "bag chain")[:2]) == {"chain-1", "chain-2"}  # "Bags > Bag Parts" serves bags, not chains


RESIN = [  # (id, title, category, price): the shop names a leaf for its レジン液, liquid resin
    ("resin-1", "UVレジン 大容量 200g 透明", "レジン用品 > UVレジン液", 1980.0),
    ("resin-2", "UVレジン液 ハードタイプ 65g", "レジン用品 > UVレジン液", 980.0),
    ("resin-3", "UV-LEDレジン液 クリア 25g", "レジン用品 > UVレジン液", 780.0),
    ("palette-1", "UVレジン対応 調色パレット シリコン", "レジン用品 > レジン小物", 380.0),
    ("pin-1", "レジン用 気泡取り ピン 2本", "レジン用品 > レジン小物", 250.0),
    ("light-1", "UVライト レジン用 36W", "レジン用品 > UVライト", 1980.0),
]


def test_a_longer_word_its_leaf_is_named_for_is_of_the_type_it_begins_with():
    from search.made_for import leaf_compound

    assert leaf_compound("UVレジン液 ハードタイプ 65g", "レジン", "レジン用品 > UVレジン液")
    assert not leaf_compound("UVレジン液 ハードタイプ 65g", "レジン", "レジン用品 > レジン小物")  # no leaf names it
    assert not leaf_compound("バッテリー液 補充用 1L", "バッテリー", "カー用品 > メンテナンス用品")  # a fluid for one
    shop = build(RESIN)
    assert set(ranked(shop, "UVレジン")[:3]) == {"resin-1", "resin-2", "resin-3"}


SEAT_COVERS = [  # (id, title, category, price)
    ("seat-1", "Leatherette Car Seat Covers, Full Set, Grey", "Car Accessories > Seat Covers", 89.0),
    ("seat-2", "Neoprene Front Seat Covers, Waterproof, Grey", "Car Accessories > Seat Covers", 49.0),
    ("seat-3", "Mesh Seat Covers, Breathable, Black", "Car Accessories > Seat Covers", 32.0),
    ("headrest", "Matching Headrest Covers for Seat Covers, Grey", "Car Accessories > Seat Covers > Seat Cover Parts", 14.0),
    ("hooks", "Replacement Hooks for Seat Covers, Grey", "Car Accessories > Seat Covers > Seat Cover Parts", 8.0),
]


def test_a_title_of_the_type_sold_as_its_part_and_saying_it_after_for_is_made_for_it():
    shop = build(SEAT_COVERS)
    # the headrest covers are covers, but sold among the seat covers' parts and "for Seat Covers"
    assert set(ranked(shop, "seat covers")[:3]) == {"seat-1", "seat-2", "seat-3"}
    assert ranked(shop, "budget grey seat covers")[0] == "seat-2"  # not the headrest covers at 14
