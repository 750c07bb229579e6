"""A hundred-and-thirty-second blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
bathroom and household essentials (English: tissue boxes and box tissues, towel rings, toothbrush
holders, toilet brushes and their heads and trays, soap dispensers and their pumps), drinkware, tea
and water (English: filter jugs and jug filters, travel mugs and their lids, seals and sleeves, mug
warmers, tea towels, tumblers and their straws, lids and boots), a Japanese 100-yen-style daily
goods shop 生活雑貨 (ケーキカップ and カップケーキ, ふきん and ふきんハンガー, ウェットティッシュ with
their cases and lids, スライサー and their parts; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: Hair Band ヘアバンド, Dish
Cloth ディッシュクロス, Bath Sponge バススポンジ) and a Japanese bento and bottle shop お弁当グッズ
(水筒 and 水筒ポーチ, マグボトル and their parts, ランチジャー and their parts, スプーン and
スプーンケース, おにぎりケース under an English category; English-titled imports too: Sandwich
Case サンドイッチケース, Food Picks フードピック, Lunch Tote ランチトート). Shops of 38-47 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ...", "Replacement ... for X" are accessories of X: a search of X ranks every
   real X above every accessory; a price word, a colour and a type put the cheapest real item of
   that colour first, no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-thirty-second suite), as a measurement only (nothing
changed for it): 89 of 91 cases pass, 35 of 36 queries in every setup (two_types 5/6 queries, 12/14
cases; qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 2
failing cases (1 query, "tissue box", in both its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`).

Test bugs mended before the run (the well-formed check, no engine result seen): five category paths
were four levels deep ("Bathroom > Cleaning > Toilet Brushes > Parts" and the like) and were cut to
three.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

BA, HM = "Bathroom", "Home"
TP, ACC, CLN = f"{BA} > Tissues & Paper", f"{BA} > Accessories", f"{BA} > Cleaning"

HOME = {
    "tissuebox": items(f"{ACC} > Tissue Box Covers", ("Bamboo Tissue Box Cover, Square, Natural", 18),
                       ("Tissue Box Holder, Wall Mounted, Stainless Steel", 22),
                       ("Leather Tissue Box Cover, Rectangular, Tan", 26)),
    "box": each(("Fabric Storage Box with Lid, Foldable, Grey", f"{HM} > Storage > Storage Boxes", 14),
                ("Acrylic Cotton Pad Box with Lid, Clear, 2 Pack", f"{ACC} > Vanity Storage", 12)),
    "boxtissue": items(f"{TP} > Facial Tissues", ("Softleaf Box Tissues, 3-Ply, 6 Boxes", 11),
                       ("Cube Box Tissues, Balsam, 4 Pack", 9), ("Everyday Box Tissues, 2-Ply, 12 x 80 Sheets", 15)),
    "tissue": items(f"{TP} > Facial Tissues", ("Pocket Tissues, 3-Ply, 15 Packs", 5),
                    ("Travel Tissues, Unscented, 8 Packs", 4), ("Lotion Facial Tissues, Soft Pack, 180 Sheets", 6)),
    "towelring": items(f"{BA} > Hardware > Towel Rings", ("Towel Ring, Brushed Nickel, Wall Mount", 19),
                       ("Matte Black Towel Ring, Round", 24), ("Square Towel Ring, Chrome", 16)),
    "towel": items(f"{BA} > Towels", ("Cotton Bath Towel, 600gsm, White", 15), ("Hand Towels, 2 Pack, Grey", 12),
                   ("Quick-Dry Waffle Towel, Navy", 18)),
    "tbholder": items(f"{ACC} > Toothbrush Holders", ("Ceramic Toothbrush Holder, 3 Slots, White", 12),
                      ("Wall Mounted Toothbrush Holder with Cup, Adhesive", 15),
                      ("Bamboo Toothbrush Holder, Drainage Base", 13)),
    "toothbrush": items(f"{BA} > Oral Care > Toothbrushes", ("Bamboo Toothbrushes, Soft, 4 Pack", 7),
                        ("Electric Toothbrush, Rechargeable, 2 Heads", 39),
                        ("Kids Toothbrushes, Extra Soft, 6 Pack", 6)),
    "toiletbrush": items(f"{CLN} > Toilet Brushes", ("Toilet Brush and Holder Set, Stainless Steel, Black", 19),
                         ("Silicone Toilet Brush with Quick-Dry Holder, White", 16),
                         ("Compact Toilet Brush, Slim Holder, Black", 11), ("Toilet Brush, Plastic, Grey", 6),
                         ("Flex Silicone Toilet Brush, Wall Mount, Black", 21)),
    "toiletbrush_acc": items(f"{CLN} > Toilet Brush Parts",
                             ("Replacement Brush Heads for Silicone Toilet Brush, Black, 2 Pack", 7),
                             ("Toilet Brush Replacement Head, White, 3 Pack", 8),
                             ("Drip Tray Insert for Toilet Brush Holder, Black", 5)),
    "dispenser": items(f"{ACC} > Soap Dispensers", ("Glass Soap Dispenser with Pump, 400ml, Amber", 14),
                       ("Ceramic Soap Dispenser, Matte White, 350ml", 16),
                       ("Touchless Soap Dispenser, Automatic, White", 29),
                       ("Stainless Steel Soap Dispenser, Brushed, 500ml", 19)),
    "dispenser_acc": items(f"{ACC} > Dispenser Pumps",
                           ("Replacement Pump for Soap Dispenser, Brushed Nickel, 2 Pack", 6),
                           ("Soap Dispenser Replacement Pumps, White, 3 Pack", 5),
                           ("Foaming Pump Head for Soap Dispensers, Black", 4)),
    "soap": items(f"{BA} > Soap", ("Liquid Hand Soap Refill, Lavender, 1L", 7), ("Olive Oil Bar Soap, 4 Pack", 9)),
    "noise": each(("Corner Shower Caddy, Rustproof, 2 Tier", f"{BA} > Shower > Caddies", 24),
                  ("Memory Foam Bath Mat, Grey", f"{BA} > Bath Mats", 17)),
}

DK, TEA = "Drinkware", "Tea & Kitchen"
WATER = f"{DK} > Water Filtration"

DRINK = {
    "filterjug": items(f"{WATER} > Filter Jugs", ("Filter Jug, 2.4L, with 1 Cartridge, White", 22),
                       ("Aquaclear Water Filter Jug, 3.5L, Graphite", 29),
                       ("Glass Filter Jug, 2.5L, Slim Fridge Fit", 34)),
    "jug": items(f"{DK} > Jugs & Carafes", ("Glass Water Jug with Lid, 1.5L", 15),
                 ("Stoneware Milk Jug, 500ml, Cream", 12),
                 ("Acrylic Jug, 2L, Clear", 9)),
    "jugfilter": items(f"{WATER} > Cartridges", ("Aquaclear Jug Filters, 3 Pack, 150L Each", 18),
                       ("Replacement Jug Filter Cartridges, 6 Pack, Universal", 21),
                       ("Jug Filter Cartridge, Single, 1 Month", 7)),
    "filter": each(("Tap Water Filter, Faucet Mount, 3 Stage", f"{WATER} > Tap Filters", 32),
                   ("Reusable Coffee Filter, Stainless Mesh, Size 4", f"{TEA} > Coffee", 9)),
    "travelmug": items(f"{DK} > Travel Mugs", ("Insulated Travel Mug, Leakproof Lid, 450ml, Black", 19),
                       ("Ceramic Travel Mug with Silicone Sleeve, 350ml, Black", 14),
                       ("Stainless Travel Mug, Flip Lid, 500ml, Sage", 17),
                       ("Bamboo Fibre Travel Mug, 400ml, Black", 11),
                       ("Double Wall Travel Mug, 380ml, Blue", 9)),
    "travelmug_acc": items(f"{DK} > Travel Mugs > Lids & Parts", ("Replacement Lid for Insulated Travel Mug, Black", 6),
                           ("Travel Mug Replacement Seals, Silicone, 4 Pack", 4),
                           ("Silicone Sleeve for Travel Mugs, 350ml, Black", 5)),
    "mug": items(f"{DK} > Mugs", ("Stoneware Coffee Mug, 350ml, Speckled White", 8), ("Large Tea Mug, 500ml, Navy", 10),
                 ("Enamel Camping Mug, 300ml, White", 7)),
    "mugwarmer": items(f"{DK} > Mugs > Mug Warmers", ("Mug Warmer, Electric Coaster, Auto Shut-Off", 24),
                       ("Smart Mug Warmer Plate, 3 Temperatures, Black", 29), ("USB Mug Warmer, Wood Grain", 16)),
    "tea": items(f"{TEA} > Tea", ("English Breakfast Tea, 80 Bags", 4), ("Loose Leaf Earl Grey Tea, 250g Tin", 9),
                 ("Peppermint Herbal Tea, 40 Bags", 3)),
    "teatowel": items(f"{TEA} > Kitchen Textiles", ("Cotton Tea Towels, 3 Pack, Striped", 9),
                      ("Linen Tea Towel, Natural, 50x70cm", 8), ("Waffle Tea Towels, 4 Pack, Sage", 12)),
    "tumbler": items(f"{DK} > Tumblers", ("Insulated Tumbler with Straw, 600ml, Blue", 16),
                     ("Stainless Steel Tumbler, 20oz, Blue", 18), ("Acrylic Tumbler, 500ml, Blue", 9),
                     ("Stainless Tumbler, 12oz, Pink", 7)),
    "tumbler_acc": items(f"{DK} > Tumblers > Lids & Straws", ("Replacement Straws for Tumblers, 4 Pack, Blue", 4),
                         ("Tumbler Slide Lid Replacement, 20oz", 5), ("Silicone Tumbler Boot, Non-Slip, Blue", 6)),
}

Z, BL = "生活雑貨", "Bath & Laundry"
KZ = f"{Z} > キッチン雑貨"

ZAKKA = {
    "cakecup": items(f"{Z} > 製菓用品 > ケーキカップ", ("ケーキカップ 紙製 マフィン型 直径7cm 30枚", 110),
                     ("ケーキカップ シリコン 繰り返し使える 6個 ピンク", 330), ("耐熱 ケーキカップ アルミ 8号 20枚", 110)),
    "cup": each(("計量カップ 500ml 目盛付き", f"{KZ} > 計量用品", 110),
                ("紙カップ 205ml 50個入 白", f"{KZ} > 使い捨て食器", 110)),
    "cupcake": items(f"{Z} > お菓子 > 焼き菓子", ("カップケーキ チョコ 個包装 6個入", 216),
                     ("カップケーキ プレーン 北海道バター使用 4個", 216), ("ミニ カップケーキ いちご 8個入", 216)),
    "cake": items(f"{Z} > お菓子 > 焼き菓子", ("パウンドケーキ 個包装 8個入", 216), ("ロールケーキ ミニ 抹茶 5個", 216)),
    "dishcloth": items(f"{KZ} > ふきん・クロス", ("Swedish Dish Cloth, Cellulose, 3 Pack", 330),
                       ("Dish Cloth, Waffle Cotton, 2 Pack", 220), ("ディッシュクロス 吸水 速乾 北欧柄", 110),
                       ("ディッシュクロス リネン 45×65cm", 440)),
    "dishcloth.fukin": items(f"{KZ} > ふきん・クロス", ("ふきん 蚊帳生地 5枚重ね 白", 110), ("ふきん 綿100% 3枚組", 110),
                             ("マイクロファイバー ふきん 吸水 5枚", 110)),
    "fukinhanger": items(f"{KZ} > ふきん掛け", ("ふきんハンガー ステンレス 3連 吸盤式", 330),
                         ("ふきんハンガー 折りたたみ 自立式 白", 220), ("ふきん掛け ハンガー タオル掛け 扉用", 110)),
    "wet": items(f"{Z} > 日用品 > ウェットティッシュ", ("ウェットティッシュ ノンアルコール 80枚 3個パック", 110),
                 ("ウェットティッシュ アルコール除菌 100枚", 110), ("おしりふき ウェットティッシュ 厚手 60枚×3", 110)),
    "wetcase": items(f"{Z} > 日用品 > ウェットティッシュケース", ("ウェットティッシュケース シンプル 白", 330),
                     ("ウェットティッシュ ケース 詰め替え ポップアップ式", 220), ("ウェットティッシュケース 木目調 蓋付き", 440)),
    "wetlid": items(f"{Z} > 日用品 > ウェットティッシュケース", ("ウェットティッシュ用 ふた 貼ってはがせる 2個", 110),
                    ("ウェットティッシュ専用 フタ 繰り返し使える 白", 110)),
    "slicer": items(f"{KZ} > スライサー", ("スライサー 千切り 厚さ調節 白", 330), ("スライサー ステンレス刃 薄切り 緑", 220),
                    ("スライサー 3種セット 受け皿付き 白", 550), ("Mandoline Slicer, Adjustable, White", 880)),
    "slicer_acc": items(f"{KZ} > スライサー替え刃・部品", ("スライサー用 安全ホルダー 白", 110),
                        ("スライサー専用 替え刃 千切り用", 110), ("千切り刃 スライサー対応 交換用 白", 110)),
    "hairband": items(f"{BL} > Hair Care > Hair Bands", ("Spa Hair Band, Coral Fleece, Pink", 330),
                      ("Hair Band for Face Washing, 2 Pack", 220), ("ヘアバンド 洗顔用 ふわふわ ベージュ", 110),
                      ("ヘアバンド タオル地 吸水 2本組", 110)),
    "laundrynet": items(f"{BL} > Laundry > Laundry Nets", ("洗濯ネット 角型 細かい目 40×50cm", 110),
                        ("洗濯ネット セーター 大判 60×60cm", 110), ("洗濯ネット 大物 丸型 直径50cm 2枚", 220),
                        ("ランドリーネット 3枚セット S M L", 330)),
    "bathsponge": items(f"{BL} > Bath Cleaning > Sponges", ("Bath Sponge, Non-Scratch, Blue", 220),
                        ("Bathtub Cleaning Sponge with Handle", 330), ("バススポンジ 浴槽洗い 抗菌 2個", 110),
                        ("バススポンジ 泡立ち 洗剤いらず", 110)),
}

B, L = "お弁当グッズ", "Lunch"

BENTO = {
    "suito": items(f"{B} > 水筒 > 水筒", ("水筒 直飲み 800ml ワンタッチ 保冷 子供", 2480), ("水筒 2way コップ付き 1L", 2980),
                   ("水筒 スポーツ 1.5L ハンドル付き", 3280)),
    "suitopouch": items(f"{B} > 水筒 > 水筒ポーチ", ("水筒ポーチ ショルダー付き 保冷 ネイビー", 1280),
                        ("水筒ポーチ キルティング 撥水 1L", 980), ("水筒ポーチ 肩掛け 500ml〜800ml", 880)),
    "magbottle": items(f"{B} > 水筒 > マグボトル", ("マグボトル 350ml 真空断熱 ネイビー", 1980),
                       ("マグボトル 480ml 軽量 ネイビー", 2480), ("マグボトル 500ml スクリュー ネイビー", 1680),
                       ("マグボトル 300ml ワンタッチ 白", 1480), ("Vacuum Insulated Bottle, 450ml, Navy", 2780)),
    "magbottle_acc": items(f"{B} > 水筒 > パーツ", ("マグボトル用 パッキンセット 350ml〜500ml", 440),
                           ("マグボトル専用 せんユニット 交換用 ネイビー", 880), ("マグボトル対応 ボトルカバー ネイビー", 680)),
    "lunchjar": items(f"{B} > 弁当箱 > 保温弁当箱", ("ランチジャー 保温 0.8合 黒", 4980),
                      ("ランチジャー ステンレス 2段 1.0合 黒", 3980), ("ランチジャー 保温弁当箱 ネイビー", 3480),
                      ("ランチジャー 丼タイプ 0.9合 黒", 4480)),
    "lunchjar_acc": items(f"{B} > 弁当箱 > 保温弁当箱 部品", ("ランチジャー用 パッキン 交換用 3個", 330),
                          ("ランチジャー専用 おかず容器 黒", 880), ("保温ケース ランチジャー対応 黒", 1280)),
    "spoon": items(f"{B} > カトラリー > スプーン", ("スプーン ステンレス 携帯 16cm", 330), ("子供 スプーン 先割れ 2本組", 440),
                   ("木製 スプーン 天然木 2本", 550)),
    "spooncase": items(f"{B} > カトラリー > スプーンケース", ("スプーンケース スライド式 抗菌 青", 330),
                       ("スプーンケース 音が鳴らない 日本製", 440), ("スプーン ケース 携帯 シリコン", 550)),
    "sandwich": items(f"{L} > Food Containers > Sandwich Cases", ("Sandwich Case, Reusable, Triangle, Blue", 880),
                      ("Sandwich Container, Leakproof, 2 Pack", 1280), ("サンドイッチケース 2個入 食洗機対応", 550),
                      ("サンドイッチケース 保冷剤付き", 880)),
    "foodpick": items(f"{B} > 弁当小物 > ピック", ("Food Picks, Animal Shapes, 24 Pieces", 330),
                      ("Bento Food Picks, Flowers, 30 Pack", 440), ("フードピック 動物 お弁当 20本", 110),
                      ("フードピック ハート カラフル 30本", 110)),
    "lunchtote": items(f"{L} > Bags > Lunch Totes", ("Insulated Lunch Tote, Canvas, Beige", 1480),
                       ("Lunch Tote Bag, Water-Resistant, Grey", 1280), ("ランチトート 保冷 ミニ 帆布", 1280),
                       ("ランチトート 撥水 マチ広 グレー", 980)),
    "onigiri": items(f"{L} > Food Containers > Onigiri Cases", ("おにぎりケース 2個入れ 抗菌", 440),
                     ("おにぎりケース つぶれない 1個", 330), ("おにぎり ケース 三角 ふた付き 3個セット", 550),
                     ("おむすびケース 保冷剤付き", 660)),
}

SHOPS = {"home": HOME, "drink": DRINK, "zakka": ZAKKA, "bento": BENTO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("home", "tissue box", "tissuebox", ["box"], ["boxtissue"]),
    two_types("home", "box tissues", "boxtissue", ["tissue"], ["tissuebox"]),
    two_types("drink", "filter jug", "filterjug", ["jug"], ["jugfilter"]),
    two_types("drink", "jug filters", "jugfilter", ["filter"], ["filterjug"]),
    two_types("zakka", "ケーキ カップ", "cakecup", ["cup"], ["cupcake"]),
    two_types("zakka", "カップケーキ", "cupcake", ["cake"], ["cakecup"]),
    # --- 2. a leading product word that modifies the head
    qualifies("home", "towel ring", ["towelring"], ["towel"]),
    qualifies("home", "toothbrush holder", ["tbholder"], ["toothbrush"]),
    qualifies("drink", "mug warmer", ["mugwarmer"], ["mug"]),
    qualifies("drink", "tea towels", ["teatowel"], ["tea"]),
    qualifies("zakka", "ふきん ハンガー", ["fukinhanger"], ["dishcloth"]),
    qualifies("zakka", "ウェットティッシュ ケース", ["wetcase"], ["wet"]),
    qualifies("bento", "水筒 ポーチ", ["suitopouch"], ["suito", "magbottle"]),
    qualifies("bento", "スプーン ケース", ["spooncase"], ["spoon"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("home", "toilet brush", ["toiletbrush"], ["toiletbrush_acc"]),
    accessories("home", "soap dispenser", ["dispenser"], ["dispenser_acc"]),
    accessories("drink", "travel mug", ["travelmug"], ["travelmug_acc"]),
    accessories("drink", "tumbler", ["tumbler"], ["tumbler_acc"]),
    accessories("zakka", "ウェットティッシュ", ["wet"], ["wetcase", "wetlid"]),
    accessories("zakka", "スライサー", ["slicer"], ["slicer_acc"]),
    accessories("bento", "マグボトル", ["magbottle"], ["magbottle_acc"]),
    accessories("bento", "ランチジャー", ["lunchjar"], ["lunchjar_acc"]),
    # black toilet brushes: stainless set 19, compact 11, flex 21 (a grey one 6, a white one 16; black heads 7,
    # a black drip tray 5)
    price("home", "budget black toilet brush", "toiletbrush-2", ["toiletbrush_acc"]),
    # black travel mugs: insulated 19, ceramic 14, bamboo 11 (a blue one 9, a sage one 17; a black lid 6, a black
    # sleeve 5, seals 4)
    price("drink", "cheap black travel mug", "travelmug-3", ["travelmug_acc"]),
    # blue tumblers: insulated 16, stainless 20oz 18, acrylic 9 (a pink one 7; blue straws 4, a blue boot 6, a lid 5)
    price("drink", "budget blue tumbler", "tumbler-2", ["tumbler_acc"]),
    # white slicers: 千切り 330, 3種セット 550, English Mandoline 880 (a green one 220; white holder and blade 110)
    price("zakka", "激安 白 スライサー", "slicer-0", ["slicer_acc"]),
    # navy mug bottles: 350ml 1980, 480ml 2480, 500ml 1680, English 2780 (a white one 1480; navy cover 680, navy
    # stopper unit 880)
    price("bento", "お手頃 ネイビー マグボトル", "magbottle-2", ["magbottle_acc"]),
    # black lunch jars: 0.8合 4980, 2段 3980, 丼 4480 (a navy one 3480; black container 880, black case 1280)
    price("bento", "格安 黒 ランチジャー", "lunchjar-1", ["lunchjar_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("zakka", "ヘアバンド", "hairband"),
    mixed("zakka", "ディッシュクロス", "dishcloth"),
    mixed("zakka", "バススポンジ", "bathsponge"),
    mixed("zakka", "laundry net", "laundrynet"),
    mixed("bento", "サンドイッチケース", "sandwich"),
    mixed("bento", "フードピック", "foodpick"),
    mixed("bento", "ランチトート", "lunchtote"),
    mixed("bento", "onigiri case", "onigiri"),
]

_TISSUE_BOX = "two_types:home:tissue_box"
LIMITS: dict = {
    ("blind132", _TISSUE_BOX, "categories-lexical"):
        "plain storage and cotton-pad boxes first, then pocket tissues; no tissue box cover in the top five",
    ("blind132", _TISSUE_BOX, "categories-dense"):
        "a fabric storage box and a cotton-pad box ranked above the three tissue box covers",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind132(q: Q, setup: str, known_limit):
    known_limit("blind132")
    check(q, setup, ENGINES)


def test_blind132_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "blue": "Blue", "白": "White", "黒": "Black", "ネイビー": "Navy"})
