"""Blind held-out cases of the four query kinds, written by an outside reviewer from what a shop
assistant would show, without reading the engine, in vocabularies neither `test_query_kinds` nor
`test_query_kinds_heldout` uses (garden, grocery, shoes, bedding, pets, stationery, sports,
electronics, kitchen, baby, beauty, toys, bags; English and Japanese):

1. two product types "X Y", both orders sold: the last word is the head ("plant pot" is a pot,
   "pot plant" a plant; "チョコミルク" a milk, "ミルクチョコ" a chocolate);
2. a leading word that is a product type elsewhere in the shop but here qualifies the head
   ("pillow case", "fish tank", "枕カバー", "傘立て"); alone, the word still names its own type;
3. Japanese accessories ("X用 Y", "Y X用", "X専用 Y", "X対応 Y") rank below every real X for a
   search of X; a price word + colour + type puts the cheapest real item of that colour first, with
   no accessory in the top two;
4. Japanese queries in a shop that also sells English-titled products of unrelated kinds: the top
   three are of the query's kind, with or without an English-only dense model.

Expectations are about what must come first and what must come below, never a full ordering.

Written blind on 2026-11-30 (282 cases, 65 queries); the engine passed 227 as it stood. The kinds
fixed after that, by rules and not by examples, are listed in `benchmarks/README.md`; the cases
left are known limits, each a strict xfail (`LIMITS`) that fails the suite once it passes: all
of them in catalogues of titles alone, where a title's head is no evidence of its type (on Home
Depot, titles only, trusting it cost 0.04 NDCG@10), and where no dense model knows better.
"""

from __future__ import annotations

import pytest
from shops import each, group, items, rows_of, shown
from test_query_kinds import SETUPS, LatinOnlyEncoder, build, catalogue, ranked

from search.engine import SearchEngine


# (test, case id, setup id) -> why the engine still fails it
TITLES_ONLY = "titles alone: no category confirms a title's head"
LIMITS = {
    **{("two_types", f"{case}", setup): TITLES_ONLY + f"; {why}"
       for case, why in (("grocery-chocolate_milk", "no chocolate is a type, so no title reads as its opposite"),
                         ("shoes-sock_boot", "boots are read by their last words (Black, Platform, Heel)"))
       for setup in ("titles-lexical", "titles-dense")},
    **{("lead_alone", case, setup): TITLES_ONLY + "; the accessory names the word as often as the item does"
       for case in ("shoe-polish:shoe", "pencil-sharpener:pencil", "ball-pump:ball", "phone-stand:phone",
                    "ja-pillow-cover:枕") for setup in ("titles-lexical", "titles-dense")},
    ("lead_alone", "pillow-case:pillow", "titles-dense"): TITLES_ONLY + "; the bag-of-words vectors tie them",
    **{("mixed", "黒_リュック", setup): TITLES_ONLY + "; a black pen has the colour and a beige backpack the type"
       for setup in ("titles-lexical", "titles-dense", "titles-latin-only")},
}


# ---------------------------------------------------------------------------------------------
# 1. Two product types, the last is the head.
# Groups: "x" (plain X type), "y" (plain Y type), "xy" ("X Y" items: Ys that name X),
# "yx" ("Y X" items: Xs that name Y), "noise" (other kinds, some sharing a word).

TWO_TYPES = {
    "garden": ("plant", "pot", {
        "x": items("Garden > Plants", ("Monstera Deliciosa Indoor Plant 60cm", 34.99), ("Snake Plant Sansevieria", 19.99),
                   ("Lavender Plant Hardy Perennial", 6.49)),
        "y": items("Garden > Pots & Planters", ("Terracotta Pot 25cm", 12.99), ("Glazed Ceramic Pot Blue 30cm", 29.99),
                   ("Fibreclay Pot Large Grey", 39.99)),
        "xy": items("Garden > Pots & Planters", ("Self Watering Plant Pot White 20cm", 14.99),
                    ("Ceramic Plant Pot with Saucer", 17.49), ("Hanging Plant Pot with Chain", 9.99)),
        "yx": items("Garden > Plants", ("Peace Lily Pot Plant 12cm", 11.99), ("Orchid Pot Plant Pink Phalaenopsis", 16.99),
                    ("Boston Fern Pot Plant", 8.99)),
        "noise": each(("Potting Compost 40L Peat Free", "Garden > Compost & Soil", 8.49),
                      ("Garden Hose 30m Green", "Garden > Watering", 24.99),
                      ("Watering Can 10L", "Garden > Watering", 9.99),
                      ("Pruning Shears Bypass", "Garden > Tools", 14.99),
                      ("Plant Food Liquid 1L", "Garden > Plant Care", 5.99),
                      ("Pot Saucer 20cm Terracotta", "Garden > Pots & Planters", 3.49),
                      ("Hanging Bird Feeder", "Garden > Wildlife", 12.99)),
    }),
    "grocery": ("chocolate", "milk", {
        "x": items("Food > Chocolate", ("Dark Chocolate Bar 70% Cocoa 100g", 2.29), ("Hazelnut Chocolate Bar 150g", 2.49),
                   ("White Chocolate Buttons 90g", 1.49)),
        "y": items("Food > Milk & Dairy", ("Semi Skimmed Milk 2L", 1.65), ("Oat Milk Barista 1L", 2.10),
                   ("Organic Whole Milk 1L", 1.45)),
        "xy": items("Food > Milk & Dairy", ("Chocolate Milk 330ml Bottle", 1.20),
                    ("Low Fat Chocolate Milk Drink 6 x 200ml", 3.50), ("Chocolate Milk 1L Carton", 1.95)),
        "yx": items("Food > Chocolate", ("Milk Chocolate Bar 200g", 2.75), ("Swiss Milk Chocolate Truffles", 6.99),
                    ("Milk Chocolate Buttons Sharing Bag", 2.00)),
        "noise": each(("Cocoa Powder 250g", "Food > Baking", 3.10),
                      ("Chocolate Chip Cookies 200g", "Food > Biscuits", 1.79),
                      ("Electric Milk Frother", "Kitchen > Appliances", 24.99),
                      ("Honey Breakfast Cereal 500g", "Food > Breakfast", 2.99),
                      ("Unsalted Butter 250g", "Food > Butter & Spreads", 2.30),
                      ("Greek Yogurt 500g", "Food > Yogurts", 1.90)),
    }),
    "shoes": ("boot", "sock", {
        "x": items("Shoes > Boots", ("Leather Chelsea Boot Brown", 89.0), ("Waterproof Hiking Boot Men's", 119.0),
                   ("Suede Ankle Boot Women's Black", 79.0)),
        "y": items("Clothing > Socks", ("Cotton Ankle Socks 5 Pack White", 9.99), ("Merino Wool Hiking Sock", 14.99),
                   ("Bamboo Trainer Socks Black 3 Pairs", 11.99)),
        "xy": items("Clothing > Socks", ("Wool Boot Socks 2 Pairs", 12.99), ("Thermal Welly Boot Sock", 8.99),
                    ("Cushioned Boot Sock Grey", 7.99)),
        "yx": items("Shoes > Boots", ("Knit Sock Boot Black", 59.0), ("Stretch Sock Boot with Block Heel", 65.0),
                    ("Chunky Sock Boot Platform", 72.0)),
        "noise": each(("Flat Sneaker Laces 120cm", "Shoes > Shoe Care", 3.99),
                      ("Shoe Horn Long Handle", "Shoes > Shoe Care", 6.99),
                      ("Tan Leather Loafer", "Shoes > Loafers", 69.0),
                      ("Canvas Sneaker White", "Shoes > Trainers", 39.0),
                      ("Memory Foam Insoles", "Shoes > Shoe Care", 12.0),
                      ("Boot Shaper Inserts 2 Pairs", "Shoes > Shoe Care", 9.0),
                      ("Sock Organiser Drawer Divider", "Home > Storage", 11.0)),
    }),
    "ja-grocery": ("チョコ", "ミルク", {
        "x": items("食品 > チョコレート", ("ダークチョコ カカオ70% 50g", 298), ("アーモンドチョコ 大袋 個包装", 498),
                   ("チョコ 詰め合わせ ギフト 12個", 1980)),
        "y": items("食品 > 牛乳・乳飲料", ("オーツミルク 1000ml バリスタ", 398), ("アーモンドミルク 砂糖不使用 1L", 348),
                   ("ロングライフ ミルク 1L 12本", 2980)),
        "xy": items("食品 > 牛乳・乳飲料", ("チョコミルク 200ml 24本 紙パック", 2480), ("チョコミルク 500ml ペットボトル", 168),
                    ("北海道 チョコミルク 1000ml", 328)),
        "yx": items("食品 > チョコレート", ("ミルクチョコ 板チョコ 10枚", 1080), ("ミルクチョコ アソート 大袋", 598),
                    ("生ミルクチョコ ギフト 20粒", 1680)),
        "noise": each(("ココア パウダー 400g", "食品 > ココア・飲料", 698), ("チョコチップ クッキー 12枚", "食品 > お菓子", 258),
                      ("ミルクティー 500ml 24本", "食品 > 飲料", 2380), ("食パン 6枚切り", "食品 > パン", 178),
                      ("ヨーグルト 400g", "食品 > 乳製品", 198)),
    }),
    "ja-shoes": ("ブーツ", "ソックス", {
        "x": items("シューズ > ブーツ", ("ショートブーツ 本革 ブラウン 24cm", 12800), ("レインブーツ 黒 防水 ロング", 3980),
                   ("ムートンブーツ ベージュ", 5980)),
        "y": items("ファッション > 靴下", ("スニーカーソックス 白 5足組", 980), ("五本指ソックス 綿 黒", 580),
                   ("ビジネス ソックス 紺 3足セット", 1280)),
        "xy": items("ファッション > 靴下", ("ブーツソックス 厚手 ウール 2足", 1480), ("ブーツソックス 防寒 ハイソックス グレー", 980),
                    ("レディース ブーツソックス 裏起毛 黒", 1180)),
        "yx": items("シューズ > ブーツ", ("ソックスブーツ ニット 黒 ヒール", 6980), ("ソックスブーツ ストレッチ 厚底 ベージュ", 7980),
                    ("ソックスブーツ レディース ショート 白", 5480)),
        "noise": each(("靴べら 木製 ロング", "シューズ > シューケア", 1280), ("インソール 低反発 衝撃吸収", "シューズ > シューケア", 1480),
                      ("防水スプレー 靴用 420ml", "シューズ > シューケア", 1080), ("スニーカー 白 メンズ", "シューズ > スニーカー", 4980),
                      ("ローファー 本革 黒", "シューズ > ローファー", 8800),
                      ("ブーツキーパー 2足", "シューズ > シューケア", 980)),
    }),
}


def two_type_queries():
    for name, (x, y, _) in TWO_TYPES.items():
        forms = [(f"{x} {y}", "xy", ("y", "xy"), "yx"), (f"{y} {x}", "yx", ("x", "yx"), "xy")]
        if name.startswith("ja"):  # shoppers type Japanese compounds unspaced; spaced is tried too
            forms = [(q.replace(" ", ""), *rest) for q, *rest in forms] + forms
        for query, exact, head_groups, wrong in forms:
            yield pytest.param(name, query, exact, head_groups, wrong, id=f"{name}-{query.replace(' ', '_')}")


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("name, query, exact, head_groups, wrong", list(two_type_queries()))
def test_blind_of_two_types_the_last_is_the_head(name, query, exact, head_groups, wrong, categorized, dense, known_limit):
    known_limit("two_types")
    rows = rows_of(TWO_TYPES[name][2])
    engine = build(rows, categorized, dense)
    top = ranked(engine, query, 30)
    n_exact = len(TWO_TYPES[name][2][exact])
    # the items that are exactly the compound asked for come first
    assert {group(i) for i in top[:n_exact]} == {exact}, (query, shown(top, rows, 8))
    # every item of the head's type ranks above every item of the other type that names the head
    heads = [k for k, i in enumerate(top) if group(i) in head_groups]
    wrongs = [k for k, i in enumerate(top) if group(i) == wrong]
    if heads and wrongs:
        assert max(heads) < min(wrongs), (query, shown(top, rows, 12))


# ---------------------------------------------------------------------------------------------
# 2. A leading type word qualifying the head. Groups: "lead" (items of the leading word's own
# type), "want" (the compound the query names), "noise".

ADJECTIVES = {
    "pillow-case": ("pillow", "pillow case", {
        "lead": items("Bedding > Pillows", ("Memory Foam Pillow Standard", 24.99), ("Hollowfibre Pillow 2 Pack", 14.99),
                      ("Goose Down Pillow King Size", 49.99)),
        "want": items("Bedding > Bed Linen", ("Cotton Pillow Case Pair White 50x75cm", 9.99),
                      ("Satin Pillow Case for Hair Silver", 12.99), ("Linen Pillow Case Housewife Grey", 15.99)),
        "noise": each(("Duvet Cover Set Double Navy", "Bedding > Bed Linen", 29.99),
                      ("Fitted Sheet King Cotton", "Bedding > Bed Linen", 19.99),
                      ("Waterproof Mattress Protector", "Bedding > Mattress Protectors", 17.99),
                      ("Weighted Blanket 7kg", "Bedding > Blankets", 59.99),
                      ("Fleece Throw Blanket", "Bedding > Blankets", 14.99),
                      ("Pillow Spray Lavender 100ml", "Home > Fragrance", 7.99)),
    }),
    "fish-tank": ("fish", "fish tank", {
        "lead": items("Pets > Live Fish", ("Fancy Goldfish Live Fish", 4.99), ("Neon Tetra Fish 10 Pack", 12.99),
                      ("Betta Fish Male Halfmoon", 14.99)),
        "want": items("Pets > Aquariums", ("Glass Fish Tank 60L with Lid", 89.0), ("Fish Tank Starter Kit 20L LED", 49.0),
                      ("Curved Fish Tank 30L Black", 64.0)),
        "noise": each(("Fish Food Flakes 200g", "Pets > Fish Food", 6.49),
                      ("Aquarium Gravel Natural 5kg", "Pets > Aquarium Decor", 8.99),
                      ("Water Conditioner 250ml", "Pets > Water Care", 5.99),
                      ("Nylon Dog Lead Red", "Pets > Dog", 9.99), ("Cat Scratching Post", "Pets > Cat", 24.99),
                      ("Large Hamster Cage", "Pets > Small Animal", 44.99),
                      ("Internal Aquarium Filter", "Pets > Aquarium Filters", 19.99)),
    }),
    "shoe-polish": ("shoe", "shoe polish", {
        "lead": items("Shoes > Men", ("Leather Derby Shoe Black", 79.0), ("Canvas Shoe Slip On Navy", 29.0),
                      ("Running Shoe Men's Lightweight", 65.0)),
        "want": items("Shoes > Shoe Care", ("Shoe Polish Black 50ml Tin", 3.49), ("Neutral Shoe Polish Cream", 4.99),
                      ("Brown Shoe Polish Liquid", 3.99)),
        "noise": each(("Horsehair Shoe Brush", "Shoes > Shoe Care", 8.99),
                      ("Suede Protector Spray", "Shoes > Shoe Care", 6.99),
                      ("Nail Polish Red 10ml", "Beauty > Nails", 5.49), ("Floor Polish 1L", "Home > Cleaning", 7.49),
                      ("Shoe Rack 3 Tier", "Home > Storage", 24.99)),
    }),
    "pencil-sharpener": ("pencil", "pencil sharpener", {
        "lead": items("Stationery > Pencils", ("HB Pencil 12 Pack", 2.99), ("Colouring Pencil Set 24 Colours", 7.99),
                      ("Mechanical Pencil 0.5mm", 3.49)),
        "want": items("Stationery > Desk", ("Pencil Sharpener Double Hole", 1.49), ("Electric Pencil Sharpener USB", 14.99),
                      ("Metal Pencil Sharpener Silver", 2.49)),
        "noise": each(("Knife Sharpener 3 Stage", "Kitchen > Knives", 12.99),
                      ("Pencil Case Zip Blue", "Stationery > Pencil Cases", 4.99),
                      ("Eraser Pack of 4", "Stationery > Desk", 1.99),
                      ("A4 Lined Notebook", "Stationery > Paper", 3.49),
                      ("Heavy Duty Stapler", "Stationery > Desk", 11.99),
                      ("Ballpoint Pen Blue 10 Pack", "Stationery > Pens", 2.49),
                      ("Highlighter Set 6 Colours", "Stationery > Pens", 3.99)),
    }),
    "ball-pump": ("ball", "ball pump", {
        "lead": items("Sports > Balls", ("Soccer Ball Size 5", 19.99), ("Rugby Ball Training", 14.99),
                      ("Netball Match Ball", 17.99)),
        "want": items("Sports > Accessories", ("Ball Pump with Needles", 6.99), ("Dual Action Ball Pump", 9.99),
                      ("Mini Ball Pump Hand", 4.99)),
        "noise": each(("Electric Air Mattress Pump", "Camping > Airbeds", 19.99),
                      ("Inflation Needles 10 Pack", "Sports > Accessories", 2.99),
                      ("Tennis Racket Graphite", "Sports > Tennis", 49.99), ("Yoga Mat 6mm", "Sports > Yoga", 19.99),
                      ("Skipping Rope Speed", "Sports > Fitness", 7.99),
                      ("Sports Water Bottle 750ml", "Sports > Bottles", 8.99),
                      ("Training Cone Set 20", "Sports > Training", 12.99)),
    }),
    "phone-stand": ("phone", "phone stand", {
        "lead": items("Electronics > Phones", ("Cordless Phone DECT Single", 29.99), ("Big Button Landline Phone", 24.99),
                      ("Android Phone 128GB Blue", 199.0)),
        "want": items("Electronics > Accessories", ("Phone Stand Adjustable Aluminium", 12.99),
                      ("Foldable Phone Stand Black", 7.99), ("Wooden Phone Stand Desk", 9.99)),
        "noise": each(("Tablet Stand Aluminium", "Electronics > Accessories", 19.99),
                      ("USB-C Phone Charger 20W", "Electronics > Accessories", 14.99),
                      ("Portable Bluetooth Speaker", "Electronics > Audio", 29.99),
                      ("HDMI Cable 2m", "Electronics > Cables", 6.99),
                      ("Power Bank 10000mAh", "Electronics > Accessories", 19.99),
                      ("Boom Microphone Stand", "Music > Microphone Accessories", 24.99)),
    }),
    "ja-pillow-cover": ("枕", "枕カバー", {
        "lead": items("寝具 > 枕", ("低反発 枕 43x63 肩こり", 3980), ("そば殻 枕 日本製", 2980), ("抱き枕 ロング 120cm", 2480)),
        "want": items("寝具 > 寝具カバー", ("枕カバー 綿100% 43x63 白 2枚組", 1280), ("枕カバー シルク ピンク", 2980),
                      ("枕カバー ガーゼ 無地 グレー", 980)),
        "noise": each(("掛け布団カバー シングル 綿", "寝具 > 寝具カバー", 2480), ("敷きパッド 冷感 シングル", "寝具 > 敷きパッド", 1980),
                      ("毛布 ダブル 洗える", "寝具 > 毛布", 3980), ("羽毛布団 シングル", "寝具 > 布団", 12800),
                      ("ソファカバー 3人掛け", "インテリア > ソファカバー", 2980)),
    }),
    "ja-umbrella-stand": ("傘", "傘立て", {
        "lead": items("ファッション > 傘", ("折りたたみ傘 軽量 黒 自動開閉", 2480), ("長傘 ジャンプ 65cm 紺", 1980),
                      ("日傘 晴雨兼用 UVカット 白", 2980)),
        "want": items("インテリア > 玄関収納", ("傘立て スリム スチール 白", 2980), ("傘立て 陶器 おしゃれ 玄関", 4980),
                      ("傘立て 4本 コンパクト 黒", 1980)),
        "noise": each(("レインコート レディース 透明", "ファッション > レイングッズ", 1980), ("長靴 キッズ 青", "シューズ > 長靴", 1780),
                      ("玄関マット 60x90", "インテリア > マット", 2480), ("スリッパラック 木製", "インテリア > 玄関収納", 2980),
                      ("ペン立て 木製", "文具 > デスク用品", 980),
                      ("傘袋 100枚", "日用品 > 雑貨", 580)),
    }),
    "ja-pen-case": ("ペン", "ペンケース", {
        "lead": items("文具 > ペン", ("ボールペン 0.5mm 黒 10本", 880), ("蛍光ペン 5色 セット", 550), ("サインペン 水性 黒", 110)),
        "want": items("文具 > ペンケース", ("ペンケース 革 ブラウン", 2980), ("ペンケース 大容量 ネイビー", 1480),
                      ("ペンケース 筒型 シリコン 白", 980)),
        "noise": each(("ノート A5 横罫 5冊", "文具 > ノート", 480), ("消しゴム 3個パック", "文具 > 消しゴム", 220),
                      ("名刺ケース アルミ", "文具 > 名刺用品", 780),
                      ("替芯 ボールペン用 0.5mm 黒", "文具 > 替芯", 165), ("ホッチキス 針 No.10", "文具 > 事務用品", 110)),
    }),
    "ja-toothbrush-stand": ("歯ブラシ", "歯ブラシスタンド", {
        "lead": items("日用品 > 歯ブラシ", ("電動歯ブラシ 音波 白", 5980), ("歯ブラシ やわらかめ 10本", 698),
                      ("歯ブラシ 子供 ふつう 3本", 298)),
        "want": items("日用品 > 洗面用品", ("歯ブラシスタンド 珪藻土 白", 980), ("歯ブラシスタンド ステンレス 5本", 1480),
                      ("歯ブラシスタンド 吸盤 壁掛け", 780)),
        "noise": each(("歯磨き粉 ホワイトニング 100g", "日用品 > オーラルケア", 398), ("コップ 洗面所 プラスチック", "日用品 > 洗面用品", 298),
                      ("ソープディスペンサー 泡 白", "日用品 > 洗面用品", 1980), ("ドライヤースタンド 壁掛け", "日用品 > 洗面用品", 1280),
                      ("替えブラシ 電動歯ブラシ用 4本", "日用品 > オーラルケア", 1280)),
    }),
    "ja-bottle-cover": ("水筒", "水筒カバー", {
        "lead": items("キッチン > 水筒", ("ステンレス 水筒 500ml 保温 黒", 1980), ("水筒 1L 直飲み 2WAY", 2480),
                      ("キッズ 水筒 600ml ピンク", 2180), ("マグボトル 350ml 白", 1980)),
        "want": items("キッチン > 水筒カバー", ("水筒カバー 500ml ネオプレン 黒", 980), ("水筒カバー ショルダー 子供 青", 1280),
                      ("水筒カバー 1L 撥水 グレー", 1180)),
        "noise": each(("弁当箱 2段 600ml", "キッチン > 弁当箱", 1480), ("タンブラー 真空断熱 400ml", "キッチン > タンブラー", 1680),
                      ("保冷バッグ ランチ", "キッチン > 保冷バッグ", 880), ("ボトルカバー 350ml 花柄", "キッチン > 水筒カバー", 780)),
    }),
}

ADJECTIVE_QUERIES = [(name, case[1]) for name, case in ADJECTIVES.items()] + [
    ("ja-pillow-cover", "枕 カバー"), ("ja-bottle-cover", "水筒 カバー")]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("name, query", [pytest.param(n, q, id=f"{n}:{q.replace(' ', '_')}") for n, q in ADJECTIVE_QUERIES])
def test_blind_a_leading_type_word_qualifies_the_head(name, query, categorized, dense):
    rows = rows_of(ADJECTIVES[name][2])
    top = ranked(build(rows, categorized, dense), query, 20)
    assert {group(i) for i in top[:3]} == {"want"}, (query, shown(top, rows, 8))


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("name", [pytest.param(n, id=f"{n}:{c[0]}") for n, c in ADJECTIVES.items()])
def test_blind_the_leading_word_alone_still_names_its_type(name, categorized, dense, known_limit):
    known_limit("lead_alone")
    lead, _, groups = ADJECTIVES[name]
    rows = rows_of(groups)
    top = ranked(build(rows, categorized, dense), lead, 20)
    assert {group(i) for i in top[:3]} == {"lead"}, (lead, shown(top, rows, 8))


# ---------------------------------------------------------------------------------------------
# 3. Japanese accessories. Each type: (real items, accessories, price query, the expected first id).
# Accessory titles use "X用 Y", "Y X用", "X専用 Y" and "X対応 Y" (and one compound, テレビ台).

ACCESSORY_SHOPS = {
    "appliances": {
        "掃除機": ([("コードレス 掃除機 サイクロン 軽量 白", 19800), ("ロボット掃除機 黒 自動充電", 29800),
                  ("ハンディ 掃除機 黒 充電式", 5980), ("紙パック式 掃除機 キャニスター 黒", 12800)],
                 [("掃除機用 紙パック 10枚入", 780), ("ノズル 掃除機用 隙間 ブラシ 黒", 580),
                  ("掃除機専用 スタンド 黒 コードレス対応", 2980), ("コードレス掃除機対応 交換バッテリー 黒", 3980)],
                 "安い 黒 掃除機", "掃除機-item-2"),
        "炊飯器": ([("パナソニック 炊飯器 5.5合 IH 黒", 24800), ("炊飯器 3合 マイコン 白 一人暮らし", 6980),
                  ("圧力IH 炊飯器 5.5合 白 銘柄炊き", 32800), ("炊飯器 一升 IH ホワイト", 18800)],
                 [("炊飯器用 内釜 5.5合 交換用", 4980), ("しゃもじ 炊飯器用 立つ 白", 380),
                  ("炊飯器専用 蒸気キャップ パッキン 白", 680), ("炊飯器対応 スライド棚 白", 3980)],
                 "格安 白 炊飯器", "炊飯器-item-1"),
        "テレビ": ([("液晶テレビ 43インチ 4K ブラック", 49800), ("テレビ 32型 ハイビジョン ブラック", 26800),
                  ("有機EL テレビ 55インチ ブラック", 139800), ("テレビ 24型 ホワイト 録画対応", 19800)],
                 [("テレビ用 リモコン 汎用 ブラック", 980), ("壁掛け金具 テレビ用 32-65インチ ブラック", 2980),
                  ("テレビ専用 保護パネル 43インチ", 6980), ("テレビ対応 HDMIケーブル 2m ブラック", 780),
                  ("テレビ台 ローボード 120cm ブラック", 9800)],
                 "お手頃 ブラック テレビ", "テレビ-item-1"),
        "プリンター": ([("インクジェット プリンター A4 複合機 白", 12800), ("レーザー プリンター モノクロ 黒", 19800),
                    ("プリンター 複合機 無線LAN 黒 自動両面", 24800), ("コンパクト フォトプリンター 白", 9800)],
                   [("プリンター用 インク 黒 大容量", 1980), ("写真用紙 光沢 A4 100枚 プリンター用 白", 1280),
                    ("プリンター専用 カバー 防塵 白", 1480), ("プリンター対応 USBケーブル 2m 黒", 580)],
                   "お手頃 白 プリンター", "プリンター-item-3"),
    },
    "baby-fashion-pets": {
        "ベビーカー": ([("ベビーカー A型 軽量 両対面式 赤", 39800), ("ベビーカー B型 コンパクト 赤", 12800),
                    ("三輪 ベビーカー 黒 大型タイヤ", 54800), ("ベビーカー AB型 ネイビー", 24800)],
                   [("ベビーカー用 レインカバー 透明", 1980), ("フック ベビーカー用 赤 2個セット", 680),
                    ("ベビーカー専用 ドリンクホルダー 赤", 980), ("ベビーカー対応 フットマフ 防寒 ピンク", 3980)],
                   "安い 赤 ベビーカー", "ベビーカー-item-1"),
        # the cheapest white pair is titled 白; the query says ホワイト (the same colour to a shopper)
        "スニーカー": ([("スニーカー メンズ ホワイト 軽量 通気", 6980), ("キャンバス スニーカー 白 ローカット", 3980),
                    ("スニーカー レディース 黒 厚底", 2980), ("ランニング スニーカー 青 クッション", 8980)],
                   [("スニーカー用 防水スプレー 300ml", 980), ("靴紐 スニーカー用 白 120cm 2足", 380),
                    ("スニーカー専用 洗剤 ブラシ付き 白", 1280), ("スニーカー対応 インソール 白 衝撃吸収", 1480)],
                   "格安 ホワイト スニーカー", "スニーカー-item-1"),
        "腕時計": ([("セイコー 腕時計 メンズ 黒 ソーラー", 29800), ("カシオ 腕時計 デジタル 黒 防水", 4980),
                  ("腕時計 レディース 白 革ベルト", 8980), ("腕時計 クオーツ 黒 ステンレス", 12800)],
                 [("腕時計用 ベルト 黒 革 20mm", 1980), ("電池 腕時計用 SR626SW 5個", 380),
                  ("腕時計専用 収納ケース 6本 黒", 2480), ("腕時計対応 ベルト調整 工具 黒", 980)],
                 "安い 黒 腕時計", "腕時計-item-1"),
        "水槽": ([("ガラス 水槽 60cm 蓋付き", 8980), ("水槽 30cm フレームレス 白", 3980),
                 ("水槽 セット 45cm LED付き 黒", 12800), ("アクリル 水槽 小型 20cm 白", 2480)],
                [("水槽用 ヒーター 100W", 1980), ("ライト 水槽用 LED 白", 1480), ("水槽専用 マット 60cm 黒", 980),
                 ("水槽対応 外部フィルター 黒", 6980)],
                "お手頃 白 水槽", "水槽-item-3"),
    },
}

SHOP_CATEGORIES = {"appliances": "家電", "baby-fashion-pets": "暮らし"}


def accessory_rows(shop: str):
    rows = []
    for t, (real, accs, _, _) in ACCESSORY_SHOPS[shop].items():
        root = SHOP_CATEGORIES[shop]
        rows += [(f"{t}-item-{k}", title, f"{root} > {t}", float(p)) for k, (title, p) in enumerate(real)]
        rows += [(f"{t}-acc-{k}", title, f"{root} > {t}パーツ・アクセサリー", float(p)) for k, (title, p) in enumerate(accs)]
    return rows


ACCESSORY_CASES = [(shop, t) for shop, types in ACCESSORY_SHOPS.items() for t in types]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, t", [pytest.param(s, t, id=f"{s}:{t}") for s, t in ACCESSORY_CASES])
def test_blind_a_search_of_x_puts_every_x_above_its_accessories(shop, t, categorized, dense):
    rows = accessory_rows(shop)
    real = ACCESSORY_SHOPS[shop][t][0]
    top = ranked(build(rows, categorized, dense), t, 30)
    assert {group(i) for i in top[:len(real)]} == {f"{t}-item"}, (t, shown(top, rows, 8))


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, t", [pytest.param(s, t, id=f"{s}:{ACCESSORY_SHOPS[s][t][2].replace(' ', '_')}")
                                     for s, t in ACCESSORY_CASES])
def test_blind_price_colour_type_puts_the_cheapest_real_match_first(shop, t, categorized, dense):
    rows = accessory_rows(shop)
    _, _, query, first = ACCESSORY_SHOPS[shop][t]
    top = ranked(build(rows, categorized, dense), query, 20)
    assert top[:1] == [first], (query, shown(top, rows, 6))
    assert not any("-acc-" in i for i in top[:2]), (query, shown(top, rows, 6))


# ---------------------------------------------------------------------------------------------
# 4. Japanese queries in a shop that also sells English-titled products of unrelated kinds.

MIXED_SHOP = {
    "フライパン": items("キッチン > フライパン", ("フライパン 26cm IH対応 ガス火 ふっ素加工", 2980), ("鉄 フライパン 28cm 深型", 4980),
                   ("玉子焼き フライパン 角型 IH対応", 1980)),
    "包丁": items("キッチン > 包丁", ("三徳包丁 ステンレス 17cm", 3980), ("牛刀 包丁 21cm 日本製", 6980),
                ("ペティナイフ 包丁 小型 12cm", 2480)),
    "爪切り": items("ビューティー > ネイルケア", ("爪切り ステンレス 日本製", 1280), ("ベビー 爪切り はさみ型 赤ちゃん用", 680),
                 ("爪切り 大型 飛び散り防止", 980)),
    "化粧水": items("ビューティー > スキンケア", ("化粧水 しっとり 200ml 敏感肌", 1580), ("ハトムギ 化粧水 500ml", 698),
                 ("化粧水 メンズ オールインワン 150ml", 1980)),
    "ボールペン": items("文具 > ペン", ("ボールペン 0.5mm 黒 10本", 880), ("多機能 ボールペン 4色 シャープ付き", 1100),
                   ("ゲル ボールペン 0.38 青", 165)),
    "ぬいぐるみ": items("おもちゃ > ぬいぐるみ", ("くま ぬいぐるみ 30cm 茶", 1980), ("うさぎ ぬいぐるみ 白 ふわふわ", 2480),
                   ("恐竜 ぬいぐるみ 大きい 緑", 3980)),
    "イヤホン": items("家電 > オーディオ", ("ワイヤレス イヤホン Bluetooth ノイズキャンセリング 黒", 8980),
                  ("有線 イヤホン マイク付き 白", 980), ("ワイヤレス イヤホン 防水 スポーツ 白", 3980)),
    "リュック": items("バッグ > リュック", ("リュック メンズ 大容量 黒 30L", 4980), ("リュック レディース 軽量 ベージュ", 3980),
                  ("キッズ リュック 遠足 青", 2480)),
    "ja-other": each(("フライパン用 ガラス蓋 26cm", "キッチン > 鍋蓋", 1280), ("イヤホンケース シリコン 黒", "家電 > オーディオアクセサリー", 680),
                     ("包丁研ぎ器 ダイヤモンド", "キッチン > 包丁研ぎ", 1480)),
    "en": [("Stainless Steel Water Bottle 750ml", "Sports > Bottles", 19.99),
           ("Non Slip Yoga Mat 6mm Purple", "Sports > Yoga", 24.99),
           ("Wireless Gaming Mouse RGB", "Electronics > Computer", 39.99),
           ("Rubber Dog Chew Toy", "Pets > Dog Toys", 7.99),
           ("Building Blocks Set 500 Pieces", "Toys > Construction", 29.99),
           ("Leather Bifold Wallet Brown", "Bags > Wallets", 34.99),
           ("Lavender Scented Candle 200g", "Home > Candles", 12.99),
           ("Garden Hose Reel 30m", "Garden > Watering", 44.99),
           ("Baby Wipes 12 Pack", "Baby > Changing", 9.99),
           ("Ionic Hair Dryer 2200W", "Beauty > Hair", 39.99),
           ("USB-C Charging Cable 2m", "Electronics > Cables", 8.99),
           ("Stainless Steel Lunch Box", "Kitchen > Food Storage", 17.99)],
}

MIXED_QUERIES = [("フライパン", "フライパン"), ("包丁", "包丁"), ("爪切り", "爪切り"), ("化粧水", "化粧水"),
                 ("ボールペン", "ボールペン"), ("ぬいぐるみ", "ぬいぐるみ"), ("くま ぬいぐるみ", "ぬいぐるみ"),
                 ("イヤホン", "イヤホン"), ("ワイヤレス イヤホン", "イヤホン"), ("リュック", "リュック"), ("黒 リュック", "リュック")]

MIXED_SETUPS = SETUPS + [pytest.param(c, "latin-only", id=f"{'categories' if c else 'titles'}-latin-only")
                         for c in (False, True)]


@pytest.mark.parametrize("categorized, dense", MIXED_SETUPS)
@pytest.mark.parametrize("query, kind", [pytest.param(q, k, id=q.replace(" ", "_")) for q, k in MIXED_QUERIES])
def test_blind_japanese_queries_among_english_titles(query, kind, categorized, dense, known_limit):
    known_limit("mixed")
    rows = rows_of(MIXED_SHOP)
    if dense == "latin-only":
        engine = SearchEngine.build(catalogue(rows, categorized), encoder=LatinOnlyEncoder())
    else:
        engine = build(rows, categorized, dense)
    top = ranked(engine, query, 20)
    assert [group(i) for i in top[:3]] == [kind] * 3, (query, shown(top, rows, 6))
