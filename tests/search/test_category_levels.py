"""A category level named for a type holds that type (`CatalogKnowledge.categories_under`): a 牛刀
sold under "キッチン用品 > 包丁" is a 包丁 though its title never says so, while a leaf that names the
type only as a modifier ("Fans > Fan Controls") or an accessory level sells what is made for it.
Known answers on small shops."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from catalogs import titles_catalog
from test_bilingual_reading import ranked, sudachi

from search.engine import SearchEngine


def build(rows) -> SearchEngine:
    """rows: (item id, title, category, price)."""
    cat = titles_catalog([r[0] for r in rows], [r[1] for r in rows], [r[3] for r in rows])
    return SearchEngine.build(replace(cat, categories=np.array([r[2] for r in rows], dtype=object)))


KNIVES = [
    ("santoku-1", "匠刃 三徳包丁 165mm ステンレス", "キッチン用品 > 包丁 > 三徳包丁", 3980),
    ("santoku-2", "三徳包丁 180mm ダマスカス", "キッチン用品 > 包丁 > 三徳包丁", 6980),
    ("gyuto", "牛刀 210mm モリブデン鋼", "キッチン用品 > 包丁 > 牛刀", 5480),
    ("petty", "ペティナイフ 120mm 果物", "キッチン用品 > 包丁 > ペティナイフ", 1980),
    ("stand-1", "包丁 スタンド 木製 ナイフブロック", "キッチン用品 > キッチン収納 > 包丁スタンド", 2980),
    ("stand-2", "マグネット 包丁スタンド 壁掛け", "キッチン用品 > キッチン収納 > 包丁スタンド", 1580),
    ("stone", "包丁用 砥石 #1000", "キッチン用品 > 包丁研ぎ", 2480),
    ("board", "まな板 抗菌 42cm", "キッチン用品 > キッチンツール > まな板", 1280),
    ("grip", "包丁 柄 交換 木製", "キッチン用品 > 包丁 > 部品", 980),  # a leaf named for parts: no knife
]


@sudachi
def test_items_below_a_level_named_for_the_type_are_of_the_type():
    engine = build(KNIVES)
    assert engine.indexes.knowledge.categories_under("包丁") == [
        "キッチン用品 > 包丁 > ペティナイフ", "キッチン用品 > 包丁 > 三徳包丁", "キッチン用品 > 包丁 > 牛刀"]
    top = ranked(engine, "包丁")
    # every knife above the stands (whose titles say 包丁 as a word of its own) and the whetstone
    assert set(top[:4]) == {"santoku-1", "santoku-2", "gyuto", "petty"}
    assert {"stand-1", "stand-2", "stone", "grip"} <= set(top[4:])


FANS = [
    ("fan-1", "Airlume Ceiling Fan with Light, White", "Lighting > Fans > Ceiling Fans", 189),
    ("fan-2", "Low Profile Ceiling Fan, Flush Mount, White", "Lighting > Fans > Ceiling Fans", 99),
    ("fan-3", "Pedestal Fan, Oscillating, White", "Lighting > Fans > Pedestal Fans", 49),
    ("fan-4", "Airlume DC Ceiling Fan with Remote Control, Black", "Lighting > Fans > Ceiling Fans", 249),
    ("remote-1", "Universal Ceiling Fan Remote Control Kit, White", "Lighting > Fans > Fan Controls", 25),
    ("remote-2", "Wall Control for Ceiling Fan, White", "Lighting > Fans > Fan Controls", 19),
    ("blades", "Ceiling Fan Replacement Blades, 5 Pack, White", "Lighting > Fans > Fan Accessories", 29),
    ("bulb", "LED Bulb, E26, Warm White", "Lighting > Bulbs", 6),
]


def test_a_leaf_naming_the_type_as_a_modifier_sells_what_is_made_for_it():
    engine = build(FANS)
    # the controls and the accessories are sold under Fans, but are no fans
    assert engine.indexes.knowledge.categories_under("fan") == ["Lighting > Fans > Ceiling Fans",
                                                                "Lighting > Fans > Pedestal Fans"]
    # the cheapest white ceiling fan first; no remote (cheaper, sold under Fans) in the top two
    top = ranked(engine, "cheap white ceiling fan")
    assert top[0] == "fan-2" and not {"remote-1", "remote-2", "blades"} & set(top[:2])


PAINT_AND_TILE = [
    ("tray-1", "ProCoat Paint Tray, 9 in, Plastic, White", "Paint > Trays & Liners", 6),
    ("tray-2", "Paint Tray, 11 in, Heavy Duty, White", "Paint > Trays & Liners", 9),
    ("tray-3", "Mini Paint Tray, 4 in, Black", "Paint > Trays & Liners", 3),
    ("liner-1", "ProCoat Tray Liners, Disposable, 9 in, White, 5 Pack", "Paint > Trays & Liners", 3),
    ("liner-2", "Paint Tray Liners, 10 Pack, White", "Paint > Trays & Liners", 4),
    ("tile-1", "Ceramic Floor Tile, 12x12 in, Slate Look, Grey", "Flooring > Tile > Floor Tiles", 29),
    ("tile-2", "Porcelain Floor Tile, 12x24 in, Matte, Grey", "Flooring > Tile > Floor Tiles", 42),
    ("grout", "Sanded Grout, 10 lb, Grey", "Flooring > Tile > Grout & Sealers", 18),
    ("sealer", "Grout Sealer, Penetrating, 16 oz", "Flooring > Tile > Grout & Sealers", 12),
]


def test_an_item_under_a_leaf_naming_two_types_is_the_one_its_title_names():
    # "Trays & Liners" sells both; a tray liner is no tray, the cheaper liner not the cheap tray
    engine = build(PAINT_AND_TILE)
    top = ranked(engine, "cheap white paint tray")
    assert top[0] == "tray-1" and not {"liner-1", "liner-2"} & set(top[:2])
    # the grout sold under "Tile > Grout & Sealers" is a grout, not a tile, though a level says Tile
    assert ranked(engine, "budget grey floor tiles")[:2] == ["tile-1", "tile-2"]


LOCKS = [
    ("u-lock-1", "Steelguard U-Lock with Cable, 16mm Shackle, Black", "Cycling > Locks > U-Locks", 49),
    ("u-lock-2", "Steelguard Mini U-Lock, 13mm, Yellow", "Cycling > Locks > U-Locks", 39),
    ("cable", "Coiled Cable Bike Lock, 120cm, Black", "Cycling > Locks > Cable Locks", 19),
    ("mount", "U-Lock Mount Bracket, Frame Clamp, Black", "Cycling > Locks > Lock Mounts", 12),
    ("keys", "Replacement Keys for Steelguard Bike Locks, 2 Pack", "Cycling > Locks > Lock Accessories", 8),
    ("sleeve", "Lock Cover Sleeve for U-Locks, Black", "Cycling > Locks > Lock Accessories", 6),
]


def test_a_leaf_named_for_the_type_with_a_letter_holds_a_kind_of_it():
    # "U-Locks" under "Locks": a U-lock is a lock, though its leaf names the "ulock" (as "T-Shirts" a
    # "tshirt", no shirt: there no level above says "Shirts")
    top = ranked(build(LOCKS), "bike lock")
    assert set(top[:3]) == {"u-lock-1", "u-lock-2", "cable"}


def test_a_leaf_listing_two_types_names_both():
    from search.category_names import leaf_names
    from search.text import stem
    assert leaf_names("防災用品 > ライト > スタンド・三脚") == {"スタンド", "三脚"}
    assert leaf_names("Electronics > Mice & Keyboards") == {stem("mouse"), "keyboard"}  # mice: one mouse
    assert leaf_names("Electronics > Laptops") == {"laptop"} and leaf_names(None) == frozenset()


@sudachi
def test_a_keyword_list_title_reads_as_the_type_its_leaf_lists_not_as_a_descriptor():
    engine = build([
        ("stand-1", "ライト スタンド 伸縮 作業灯 取付", "防災用品 > ライト > スタンド・三脚", 1980),
        ("stand-2", "ライトスタンド 折りたたみ 2段 アルミ", "防災用品 > ライト > スタンド・三脚", 2480),
        ("tripod", "三脚 アルミ 1.6m", "防災用品 > ライト > スタンド・三脚", 2980),
        ("phone", "スマホスタンド 卓上 折りたたみ アルミ", "スマホアクセサリー > スタンド", 980),
        ("lantern", "ランタンスタンド 2段 フック付き", "アウトドア > ランタン用品", 1580),
        ("light-1", "LED ライト 充電式 白", "防災用品 > ライト > 懐中電灯", 1280),
        ("light-2", "ヘッドライト 防水 単3", "防災用品 > ライト > 懐中電灯", 980),
    ])
    assert engine.catalogue.heads[engine.row_of["stand-1"]] == "スタンド"
    assert set(ranked(engine, "ライト スタンド")[:2]) == {"stand-1", "stand-2"}


IRONS = [
    ("iron-1", "コードレスアイロン 白 スチーム", "ランドリー用品 > アイロン > アイロン本体", 4980),
    ("iron-2", "スチームアイロン 白 1200W", "ランドリー用品 > アイロン > アイロン本体", 3980),
    ("iron-en", "Steam Iron, 2400W, Ceramic Soleplate, White", "ランドリー用品 > アイロン > アイロン本体", 5980),
    ("board-1", "アイロン台 卓上 軽量 ネイビー", "ランドリー用品 > アイロン > アイロン台", 1980),
    ("board-2", "アイロン台 スタンド式 ストライプ", "ランドリー用品 > アイロン > アイロン台", 3980),
    ("net", "洗濯ネット 3枚組", "ランドリー用品 > 洗濯ネット", 580),
]


@sudachi
def test_a_japanese_leaf_word_that_begins_with_the_type_names_it_as_a_modifier():
    from search.category_names import leaf_says
    assert leaf_says("ランドリー用品 > アイロン > アイロン台", "アイロン") and not leaf_says("キッチン用品 > 包丁 > 牛刀", "包丁")
    engine = build(IRONS)
    assert "ランドリー用品 > アイロン > アイロン台" not in engine.indexes.knowledge.categories_under("アイロン")
    # the ironing boards are no irons: every iron first, the English one too
    assert set(ranked(engine, "アイロン")[:3]) == {"iron-1", "iron-2", "iron-en"}


GARAGE = [
    ("tray-1", "Drawer Organizer Trays, Set of 16, Clear", "Garage > Organizers > Drawer Organizers", 22),
    ("tray-2", "Magnetic Drawer Organizer, 4 Pack", "Garage > Organizers > Drawer Organizers", 19),
    ("cabinet-1", "Parts Organizer Drawers, 64 Drawer Cabinet", "Garage > Organizers > Small Parts Drawers", 59),
    ("cabinet-2", "Stackable Organizer Drawers, 3 Drawers", "Garage > Organizers > Small Parts Drawers", 29),
    ("organizer", "Wall Mount Tool Organizer, 6 Slots", "Garage > Organizers", 32),
    ("unit", "Under-Bench Drawers, Steel, Grey", "Garage > Drawer Units", 89),
]


def test_a_title_saying_the_two_types_the_other_way_round_is_not_held_by_the_level():
    # "Organizer Drawers" sit under a level named for organizers, but their titles say they are
    # drawers: for "drawer organizer", every organizer comes before them
    top = ranked(build(GARAGE), "drawer organizer", 10)
    assert set(top[:2]) == {"tray-1", "tray-2"}
    assert top.index("organizer") < min(top.index("cabinet-1"), top.index("cabinet-2"))


UMBRELLAS = [
    ("long-1", "傘 長傘 ジャンプ式 65cm 黒", "傘 > 長傘", 1780),
    ("long-2", "ビニール傘 透明 60cm", "傘 > 長傘", 550),
    ("parasol-1", "日傘 完全遮光 UVカット 黒", "傘 > 日傘", 2980),
    ("parasol-2", "日傘 メンズ 大きい 黒", "傘 > 日傘", 2480),
    ("cover-1", "傘カバー 吸水 マイクロファイバー 黒", "傘 > 傘小物 > 傘カバー", 1280),
    ("cover-2", "傘カバー 携帯 防水 透明", "傘 > 傘小物 > 傘カバー", 480),
    ("spray", "傘専用 撥水スプレー 300ml", "傘 > 傘小物", 980),
    ("stand", "傘立て スリム 4本 スチール 白", "傘 > 傘立て", 1980),
    ("wrist-1", "腕時計 メンズ クロノグラフ シルバー", "時計 > 腕時計", 5980),
    ("wrist-2", "Minimalist Quartz Watch, Mesh Strap, Silver", "時計 > 腕時計", 4480),
    ("pocket-1", "懐中時計 アンティーク 手巻き ゴールド", "時計 > 懐中時計", 3980),
    ("pocket-2", "懐中時計 クォーツ シルバー", "時計 > 懐中時計", 2480),
]


@sudachi
def test_a_leaf_word_ending_in_the_type_under_a_level_named_for_it_is_a_kind_of_it():
    # 日傘 is one word to Sudachi, so no 日傘 title says 傘: the category path "傘 > 日傘" does
    engine = build(UMBRELLAS)
    assert engine.indexes.knowledge.kinds_by_ending("傘") == ["傘 > 日傘"]  # not 傘立て, not the cover
    top = ranked(engine, "傘")
    assert set(top[:4]) == {"long-1", "long-2", "parasol-1", "parasol-2"}
    assert {"cover-1", "cover-2", "spray", "stand"} <= set(top[4:])
    # a kind the query names by another word is not wanted: "pocket watch" is no wristwatch
    assert set(ranked(engine, "懐中時計")[:2]) == {"pocket-1", "pocket-2"}
    assert set(ranked(engine, "pocket watch")[:2]) == {"pocket-1", "pocket-2"}


CYCLING = [
    ("road", "Road Cycling Shoes, Nylon Sole, 3 Straps, Black", "Cycling > Shoes > Road Shoes", 79),
    ("mtb", "Pedalform MTB Cycling Shoes, SPD, Lace-Up, Black", "Cycling > Shoes > MTB Shoes", 109),
    ("flat", "Flat Pedal MTB Shoes, Sticky Rubber, Black", "Cycling > Shoes > MTB Shoes", 89),
    ("pink", "Women's Road Cycling Shoes, Mesh, Pink", "Cycling > Shoes > Road Shoes", 59),
    ("indoor", "Indoor Cycling Shoes, Spin, Delta Cleat Compatible, Black", "Cycling > Shoes > Indoor Shoes", 119),
    ("cleat-1", "SPD-SL Cleats, Yellow, 6 Degree Float", "Cycling > Shoes > Cleats", 22),
    ("cleat-2", "SPD Cleats for MTB Shoes, Black, Pair", "Cycling > Shoes > Cleats", 15),
    ("cleat-cover", "Cleat Covers for Road Cleats, Walking, Black", "Cycling > Shoes > Cleats", 14),
    ("cover-1", "Veloce Shoe Covers, Thermal Neoprene, Black", "Cycling > Clothing > Shoe Covers", 39),
    ("cover-2", "Waterproof Shoe Covers, Reflective, Black", "Cycling > Clothing > Shoe Covers", 34),
]


def test_the_cheapest_of_a_type_is_no_accessory_sold_under_its_level():
    # the cleat covers are sold under "Shoes" (of the type by their category: a shoe title says "Cleat",
    # so cleats are no accessory of shoes) but are covers, which the catalogue learns as an accessory
    # of shoes ("Shoe Covers"): never the cheapest black shoe
    engine = build(CYCLING)
    assert engine.indexes.knowledge.is_accessory("cover", "shoe")
    top = ranked(engine, "cheap black cycling shoes")
    assert top[0] == "road" and "cleat-cover" not in top[:2]


CAMPING = [
    ("dome", "Ridgecrest Dome Tent, 4 Person, Green", "Camping > Tents > Camping Tents", 129),
    ("solo", "Ultralight 1-Person Tent, Green", "Camping > Tents > Camping Tents", 159),
    ("popup", "Instant Pop-Up Tent, 2 Person, Blue", "Camping > Tents > Camping Tents", 49),
    ("tarp-1", "Tent Tarp, Waterproof Rain Fly, Green", "Camping > Tents > Tarps", 39),
    ("tarp-2", "Ripstop Tarp, 4x3m, Grey", "Camping > Tents > Tarps", 29),
    ("tarp-3", "Hex Tarp, 3.5m, Olive", "Camping > Tents > Tarps", 35),
    ("tarp-4", "Silnylon Tarp, 2x3m, Green", "Camping > Tents > Tarps", 45),
    ("stakes", "Aluminium Tent Stakes, 10 Pack, Green", "Camping > Tent Accessories", 12),
]


def test_the_cheapest_of_a_type_is_none_of_another_type_its_own_leaf_names_under_the_types_level():
    # the tarps are sold under "Tents" (of the type by their category), but their own leaf names
    # what their titles are: tarps, never the cheapest green tent; a kind of it by its ending is one
    engine = build(CAMPING)
    top = ranked(engine, "cheap green tent")
    assert "Camping > Tents > Tarps" in engine.search("cheap green tent")["understood"]["categories"]
    assert top[0] == "dome" and not {"tarp-1", "tarp-4"} & set(top[:2])


SPICE = [
    ("rack-1", "Wall Mounted Spice Rack, 4 Tier, White", "Pantry > Spice Racks", 29),
    ("rack-2", "Cabinet Spice Rack, 3 Tier, White", "Pantry > Spice Racks", 16),
    ("rack-3", "Bamboo Spice Rack, Expandable, Natural", "Pantry > Spice Racks", 14),
    ("rack-labels", "Spice Rack Labels, 120 Stickers, White", "Pantry > Spice Racks", 6),
    ("label-1", "Food Container Labels, 200 Count, White", "Pantry > Labels", 8),
    ("label-2", "Chalkboard Labels, 36 Pack", "Pantry > Labels", 5),
]


def test_the_cheapest_of_a_type_is_none_of_a_type_a_category_of_its_own_sells():
    # the labels sold beside the racks are racks by their category alone; "Labels" sells labels
    engine = build(SPICE)
    assert ranked(engine, "cheap white spice rack")[0] == "rack-2"


INSTRUMENTS = [
    ("guitar-1", "アコースティックギター 初心者 セット ナチュラル", "楽器 > ギター > ギター本体", 12800),
    ("guitar-2", "Acoustic Guitar, Dreadnought, Natural", "楽器 > ギター > ギター本体", 15800),
    ("keyboard", "電子キーボード 61鍵盤 黒", "楽器 > キーボード > 電子キーボード", 12800),
    ("kb-stand-1", "キーボードスタンド X型 高さ調節 黒", "楽器 > キーボード > キーボードスタンド", 2980),
    ("kb-stand-2", "Keyboard Stand, Double-X, Adjustable, Black", "楽器 > キーボード > キーボードスタンド", 3480),
    ("guitar-stand-1", "ギタースタンド 折りたたみ 黒", "Musical Instruments > Guitar Stands", 1480),
    ("guitar-stand-2", "ギタースタンド 3本立て 木製", "Musical Instruments > Guitar Stands", 3980),
]


def test_an_item_whose_leaf_is_named_for_the_modifier_and_type_is_near_the_modifier_wherever_it_is_sold():
    # the stands sold nearest the guitars are the keyboard stands (both under 楽器); the guitar
    # stands sit under another tree, but their leaf, "Guitar Stands", is named for what is wanted
    engine = build(INSTRUMENTS)
    assert set(ranked(engine, "guitar stand")[:2]) == {"guitar-stand-1", "guitar-stand-2"}



def test_the_cheapest_of_a_type_may_be_titled_by_the_word_the_type_is_a_kind_of():
    # titles of ヨガマット sold by their category and headed マット, a type a category of its own
    # ("バス用品 > マット") sells: a ヨガマット is a マット, so they stay in the cheap tier; the
    # strap (a type of its own leaf) does not
    from types import SimpleNamespace

    import numpy as np

    from search.ordering import sold_beside
    from search.understood import Understood
    f = SimpleNamespace(type_match=np.array([0.8, 0.8, 0.8]), type_raw=None)
    u = Understood(query="格安 ピンク ヨガマット", words=[], product_type="ヨガマット")
    heads = np.array(["マット", "ストラップ", "ヨガマット"], dtype=object)
    assert sold_beside(heads, {"マット", "ストラップ", "ヨガマット"}, f, u).tolist() == [False, True, False]


ZAISU = [
    ("zaisu-1", "座椅子 リクライニング 14段階 グレー", "インテリア > 座椅子", 4980),
    ("zaisu-2", "座椅子 コンパクト 折りたたみ グレー", "インテリア > 座椅子", 3480),
    ("zc-1", "座椅子クッション 低反発 グレー 厚手", "インテリア > 座椅子 > 座椅子用品", 1980),
    ("zc-2", "座椅子用 クッション 腰当て グレー", "インテリア > 座椅子 > 座椅子用品", 1480),
    ("cushion-1", "クッション 45×45 ふわふわ グレー", "インテリア > クッション", 1480),
    ("cushion-2", "クッション 低反発 長方形 ネイビー", "インテリア > クッション", 1980),
]


@sudachi
def test_an_item_of_the_type_sold_away_from_the_modifier_is_set_aside_not_read_as_a_modifier():
    # for 座椅子 クッション the cushions sold beside the 座椅子 come first; the plain cushions lost
    # their type there, and then, saying クッション, were read as saying it only as a modifier (-1):
    # below every 座椅子, though they are cushions and a 座椅子 is not
    order = ranked(build(ZAISU), "座椅子 クッション")
    assert set(order[:2]) == {"zc-1", "zc-2"}
    assert max(order.index("cushion-1"), order.index("cushion-2")) < min(order.index("zaisu-1"), order.index("zaisu-2"))


COOLERS = [
    ("aio-1", "簡易水冷 CPUクーラー 360mm ARGB 白", "PCパーツ > CPUクーラー > 簡易水冷", 15980),
    ("aio-2", "簡易水冷クーラー 280mm ARGB 白", "PCパーツ > CPUクーラー > 簡易水冷", 12980),
    ("aio-3", "簡易水冷 240mm 黒", "PCパーツ > CPUクーラー > 簡易水冷", 18980),
    ("air", "空冷 CPUクーラー 白 120mm", "PCパーツ > CPUクーラー > 空冷", 4980),
    ("bracket", "簡易水冷専用 ブラケット 白", "PCパーツ > CPUクーラー > 簡易水冷", 980),
    ("pacifier", "おしゃぶり 新生児 2個入", "ベビー > おしゃぶり", 880),
    ("holder", "おしゃぶりホルダー クリップ付き 白", "ベビー > おしゃぶり", 680),
]


@sudachi
def test_a_compound_of_the_type_and_the_level_above_its_leaf_is_of_the_type():
    # "簡易水冷クーラー" says 簡易水冷 only as a longer word's first part, so it read as made for one;
    # under "CPUクーラー > 簡易水冷" the word is the leaf's type and the level's (a 簡易水冷 is a cooler)
    engine = build(COOLERS)
    assert ranked(engine, "激安 白 簡易水冷")[0] == "aio-2"
    # a holder sold under the pacifiers, no level above naming a holder, is still made for one
    assert ranked(engine, "おしゃぶり") == ["pacifier", "holder"]
    assert set(ranked(engine, "簡易水冷")[:3]) == {"aio-1", "aio-2", "aio-3"}


NOODLES = [  # a two-level English tree over Japanese titles: no title says "noodles" but one ramen
    ("udon-1", "讃岐うどん 乾麺 300g×5袋", "Noodles > Udon", 1280),
    ("udon-2", "冷凍うどん 5食入", "Noodles > Udon", 498),
    ("udon-3", "稲庭うどん 200g×4 化粧箱", "Noodles > Udon", 2480),
    ("soba-1", "十割そば 乾麺 200g", "Noodles > Soba", 680),
    ("ramen-1", "Instant Ramen Noodles, Spicy Chicken, 5 Pack", "麺類 > ラーメン", 698),
    ("ramen-2", "札幌 味噌ラーメン 乾麺 5食", "麺類 > ラーメン", 880),
    ("die-1", "製麺機専用 ダイス 太麺 うどん", "製麺機 > 部品", 1480),
    ("candle-1", "Soy Wax Candle, Vanilla, 400g", "Candles > Scented Candles", 2600),
    ("candle-2", "Taper Candles, 12 Pack, Ivory", "Candles > Pillar & Taper", 1300),
    ("wax-1", "Candle Wax Pellets, Paraffin, 1kg", "Candles > Candle Making > Wax", 1200),
]


@sudachi
def test_a_query_naming_a_leaf_and_the_level_above_it_says_that_category():
    engine = build(NOODLES)
    knowledge = engine.indexes.knowledge
    assert knowledge.categories_said("noodl", ["udon"]) == ["Noodles > Udon"]
    assert knowledge.categories_said("noodl", ["ramen"]) == []  # no leaf of that name under Noodles
    assert knowledge.categories_said("candl", ["wax"]) == []  # "Candle Making" sells wax, not candles
    assert set(ranked(engine, "udon noodles")[:3]) <= {"udon-1", "udon-2", "udon-3"}


DISH_BRUSHES = [  # one Japanese dish brush sold among the sponges; the English ones under their own leaf
    ("brush-ja", "食器ブラシ 柄付き 抗菌 白", "キッチン用品 > スポンジ・たわし", 398),
    ("sponge-1", "食器用スポンジ 抗菌 ソフト 5個入", "キッチン用品 > スポンジ・たわし", 398),
    ("sponge-2", "ラクリア スポンジ 食器洗い 3個", "キッチン用品 > スポンジ・たわし", 328),
    ("tawashi", "亀の子たわし 天然 パーム 1個", "キッチン用品 > スポンジ・たわし", 298),
    ("brush-en-1", "Dish Brush, Long Handle, Soap Dispensing, Grey", "Kitchen Sink > Brushes", 880),
    ("brush-en-2", "Bamboo Dish Brush, Replaceable Head, Natural", "Kitchen Sink > Brushes", 680),
    ("rack", "スポンジラック 吸盤 ステンレス", "キッチン用品 > シンク収納", 880),
]


@sudachi
def test_an_item_headed_by_a_type_its_leaf_names_is_no_item_of_another_sold_there():
    engine = build(DISH_BRUSHES)
    assert set(ranked(engine, "食器ブラシ")[:3]) == {"brush-ja", "brush-en-1", "brush-en-2"}


HEATERS = [  # the shop writes ヒーターカバー as one word once, and apart once, both sold beside the heaters
    ("heater-ja-1", "ヒーター 熱帯魚 150W 温度調節 水槽", "Aquarium > Heaters", 3480),
    ("heater-ja-2", "水槽用 ヒーター 100W オートヒーター", "Aquarium > Heaters", 2480),
    ("heater-en-1", "Titanium Aquarium Heater, 300W", "Aquarium > Heaters", 4980),
    ("heater-en-2", "Aquarium Heater, 50W, Adjustable, Submersible", "Aquarium > Heaters", 1980),
    ("cover-joined", "ヒーターカバー 100W用 稚魚 保護", "Aquarium > Heaters", 480),
    ("cover-apart", "ヒーター カバー 樹脂製 150W対応", "Aquarium > Heaters", 580),
    ("lid", "水槽 フタ 60cm用 ガラス", "Aquarium > Tanks", 1280),
]


@sudachi
def test_a_compound_the_shop_writes_whole_is_read_so_where_a_title_writes_it_apart():
    engine = build(HEATERS)
    heaters = {"heater-ja-1", "heater-ja-2", "heater-en-1", "heater-en-2"}
    for query in ("ヒーター", "水槽 ヒーター"):
        assert set(ranked(engine, query)[:4]) == heaters, query
    assert engine.catalogue.writes("ヒーターカバー") and not engine.catalogue.writes("カバーヒーター")
