"""A hundred-and-forty-ninth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: bonsai
and ikebana tools (English), Japanese-style clothing, tabi and zori (English), Japanese cloth and
paper goods 和雑貨 (手ぬぐい, 風呂敷, 和紙; part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords) and Japanese bonsai supplies 盆栽用品 (with
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (149th suite), as a measurement only (nothing changed for it):
87 of 90 cases pass, 35 of 36 queries in every setup (two_types 6/6 queries, 12/12 cases;
qualifies 8/8, 20/20; accessories 7/8, 17/20; price 6/6, 16/16; mixed 8/8, 22/22); the 3 failing
cases (one query, 手ぬぐい, in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
After (a Japanese title that writes apart a compound the shop also writes whole, the type right before its
head, "手ぬぐい 額", is read as that compound, not the type; the eighteenth session): 手ぬぐい passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B, I = "Bonsai", "Ikebana"

BONSAI = {
    "rockgarden": items(f"{B} > Zen Gardens", ("Zen Rock Garden Kit, Desktop, Sand, Rake & 5 Stones", 29),
                        ("Mini Rock Garden, Bamboo Tray, 8 Inch", 24),
                        ("Rock Garden Set with Bonsai Tree and Pebbles", 39)),
    "garden": items(f"{B} > Zen Gardens", ("Miniature Zen Garden, White Sand, Wooden Tray", 22),
                    ("Japanese Sand Garden with Lotus Candle Holder", 27)),
    "gardenrock": items(f"{B} > Soil & Stones > Decorative Stones", ("Garden Rocks, Black River Pebbles, 2kg", 15),
                        ("Garden Rocks for Bonsai Display, White Marble, 1kg", 12),
                        ("Mixed Garden Rocks, Natural Colours, 3kg", 18)),
    "rock": items(f"{B} > Soil & Stones > Decorative Stones", ("Ibigawa Rock for Bonsai Planting, Medium", 34),
                  ("Lava Rock Top Dressing, 1kg, Red", 9)),
    "soil": items(f"{B} > Soil & Stones > Bonsai Soil", ("Akadama Bonsai Soil, 2L, Hard Fired", 14),
                  ("Bonsai Soil Mix, Universal, 5L", 16), ("Kanuma Bonsai Soil for Azaleas, 2L", 15)),
    "tree": items(f"{B} > Trees", ("Juniper Bonsai Tree, 5 Years, Ceramic Pot", 45), ("Ficus Bonsai, Indoor, 8 Years", 39),
                  ("Japanese Maple Bonsai Tree, Outdoor", 59)),
    "scissors": items(f"{B} > Tools > Scissors", ("Bonsai Scissors, Carbon Steel, 180mm, Black", 29),
                      ("Butterfly Bonsai Scissors, Stainless, 200mm", 35),
                      ("Bud Trimming Bonsai Scissors, Long Handle", 24)),
    "cutter": items(f"{B} > Tools > Cutters", ("Concave Cutter, Carbon Steel, 205mm, Black", 39),
                    ("Concave Cutter, Stainless Steel, 180mm", 49), ("Concave Branch Cutter, Beginner, 170mm, Black", 29)),
    "cutter_acc": items(f"{B} > Tools > Tool Care", ("Replacement Spring for Concave Cutter, 2 Pack", 6),
                        ("Leather Sheath for Concave Cutters, Brown", 14),
                        ("Concave Cutter Replacement Blade Cover, Rubber, Black", 5)),
    "kenzan": items(f"{I} > Kenzan", ("Kenzan Flower Frog, Round, 6cm, Black", 12), ("Kenzan, Brass Pins, Round, 9cm, Black", 22),
                    ("Kenzan Flower Frog, Crescent, Silver", 10), ("Kenzan, Large, 12cm, Black", 28)),
    "kenzan_acc": items(f"{I} > Kenzan > Kenzan Care", ("Pin Straightener for Kenzan, Black", 7),
                        ("Rubber Mat for Kenzan, Non-Slip, Black", 5),
                        ("Kenzan Cleaning Brush, Replacement Bristles", 6)),
    "vase": items(f"{I} > Vases", ("Ikebana Vase, Suiban, Ceramic, Black, 25cm", 45),
                  ("Tall Ikebana Vase, Bamboo Style, Green", 39)),
    "noise": each(("Bonsai Training Wire, Aluminium, 3 Sizes", f"{B} > Tools > Wire", 12),
                  ("Mister Spray Bottle, 500ml", f"{B} > Watering", 9)),
}

W, A = "Japanese Clothing", "Japanese Accessories"

KIMONO = {
    "dressshirt": items(f"{W} > Tops > Shirts", ("Linen Dress Shirt, Mandarin Collar, White", 59),
                        ("Cotton Dress Shirt, Slim Fit, Indigo", 49), ("Dress Shirt, Kimono Sleeve, Black", 55)),
    "shirt": items(f"{W} > Tops > Shirts", ("Samue Work Shirt, Cotton, Navy", 39), ("Jinbei Shirt, Short Sleeve, Grey", 29)),
    "shirtdress": items(f"{W} > Dresses", ("Shirt Dress, Linen, Midi, Beige", 69), ("Indigo Shirt Dress with Obi Belt", 79),
                        ("Oversized Shirt Dress, Cotton, Stripe", 59)),
    "dress": items(f"{W} > Dresses", ("Kimono Wrap Dress, Floral, Navy", 65), ("Yukata Style Dress, Cotton, Red", 55)),
    "bootsocks": items(f"{A} > Socks", ("Boot Socks, Merino Wool, Thick, Grey", 19),
                       ("Cushioned Boot Socks, 3 Pairs, Black", 24), ("Knee-High Boot Socks, Cable Knit, Cream", 16)),
    "socks": items(f"{A} > Socks", ("Crew Socks, Cotton, 5 Pairs, Navy", 15), ("Ankle Socks, Bamboo, 3 Pairs", 12)),
    "sockboots": items(f"{A} > Footwear > Boots", ("Sock Boots, Stretch Knit, Block Heel, Black", 79),
                       ("Ankle Sock Boots, Flat, Grey", 59)),
    "boot": items(f"{A} > Footwear > Boots", ("Chelsea Boots, Leather, Brown", 99), ("Rain Boots, Rubber, Black", 39)),
    "tabisocks": items(f"{A} > Socks", ("Tabi Socks, Cotton, 5 Pairs, Assorted", 19), ("Split Toe Tabi Socks, White, 25cm", 8),
                       ("Tabi Socks, Wool, Winter, Grey", 14)),
    "tabi": items(f"{A} > Footwear > Tabi Boots", ("Jika Tabi Boots, Rubber Sole, Black, 26cm", 49),
                  ("Tabi Boots, Split Toe, Canvas, Navy", 59), ("High Top Tabi Boots, 12 Kohaze, Black", 69)),
    "tabi_acc": items(f"{A} > Footwear > Care & Parts", ("Replacement Insoles for Tabi Boots, 2 Pairs", 9),
                      ("Tabi Boot Replacement Kohaze Clasps, Brass, 10 Pack", 7), ("Waterproof Spray for Tabi Boots", 12)),
    "zori": items(f"{A} > Footwear > Zori", ("Zori Sandals, Red Thong, Women's, M", 39), ("Zori Sandals, Tatami, Red, L", 49),
                  ("Men's Zori Sandals, Black Leather", 45), ("Zori Sandals, Vinyl, Red, Rain Cover", 29),
                  ("Zori Sandals, Cork, Navy", 19)),
    "zori_acc": items(f"{A} > Footwear > Care & Parts", ("Replacement Thongs for Zori Sandals, Red", 9),
                      ("Heel Caps for Zori, Rubber, 2 Pairs", 6), ("Zori Sandals Storage Bag, Red", 12)),
    "hanger": items(f"{A} > Storage > Hangers", ("Kimono Hanger, Extendable, 130cm", 15), ("Kimono Hanger, Wooden, Folding", 24),
                    ("Kimono Hanger with Obi Bar, 3 Pack", 29)),
    "kimono": items(f"{W} > Kimono", ("Women's Kimono, Polyester, Washable, Navy Floral", 129),
                    ("Men's Kimono, Cotton, Charcoal", 149), ("Kimono Robe, Silk Touch, Red", 59)),
}

T, E = "和雑貨", "Japanese Textiles"

WAZAKKA = {
    "furoshiki": items(f"{E} > Wrapping Cloths", ("風呂敷 綿 90cm 紺 唐草", 1980), ("風呂敷 ちりめん 70cm 赤 桜", 1680),
                       ("風呂敷 撥水 105cm 赤 無地", 2480), ("風呂敷 二四巾 90cm 赤 麻の葉", 1280),
                       ("Furoshiki Wrapping Cloth, Cotton, 50cm, Navy", 980)),
    "furoshiki_acc": items(f"{E} > Wrapping Cloths > 風呂敷小物", ("風呂敷用 持ち手 木製 リング 赤 2個", 780),
                           ("風呂敷専用 バッグハンドル 竹 赤", 980), ("風呂敷対応 結び方ガイド ブック", 550)),
    "tenugui": items(f"{T} > 手ぬぐい", ("手ぬぐい 綿 33×90cm 紺 麻の葉", 880), ("手ぬぐい 注染 紺 青海波", 1320),
                     ("手ぬぐい 3枚セット 紺 白 藍", 1980), ("手ぬぐい 猫柄 赤 綿100%", 770),
                     ("Tenugui Towel, Cotton, Wave Pattern, Navy", 990)),
    "tenugui_acc": items(f"{T} > 手ぬぐい > 手ぬぐい小物", ("手ぬぐい専用 ハンガー 竹 紺", 660), ("手ぬぐい用 クリップ 2個 紺", 440),
                         ("手ぬぐい対応 収納ケース 桐", 1650)),
    "frame": items(f"{T} > 手ぬぐい > 額・タペストリー", ("手ぬぐい 額 桐 90cm 横型", 3980), ("手ぬぐい額 木製 ナチュラル 縦横兼用", 3280),
                   ("タペストリー棒 手ぬぐい 額 竹 2本", 1280)),
    "washi": items(f"{T} > 和紙", ("和紙 美濃和紙 A4 50枚 白", 1280), ("友禅和紙 15cm 色柄 40枚", 880), ("和紙 大判 楮 60×90cm 5枚", 1980)),
    "lamp": items(f"{T} > 照明", ("和紙 ランプ テーブル 行灯 LED", 4980), ("和紙ランプ ペンダント 提灯型 38cm", 6980),
                  ("ランプ 和紙シェード 卓上 丸型", 3980)),
    "ecobag": items(f"{T} > バッグ", ("Foldable Eco Bag, Ripstop, 20L, Navy", 1280), ("Eco Bag, Canvas, Large, Natural", 1680),
                    ("エコバッグ 折りたたみ 和柄 コンパクト", 1480)),
    "bookcover": items(f"{T} > 文庫・小物", ("Book Cover, Linen, Paperback Size", 1980), ("Leather Book Cover, A6, Brown", 2980),
                       ("ブックカバー 文庫 帆布 和柄", 1320)),
    "tissuecase": items(f"{T} > 文庫・小物", ("Tissue Case, Pocket Size, Cotton, Floral", 880),
                        ("Tissue Case, Leather, Car & Home", 2480), ("ティッシュケース ポケット ちりめん 金魚", 990)),
    "noise": each(("がま口 財布 帆布 紺", f"{T} > 財布", 2480), ("巾着 袋 ちりめん 桜 中", f"{T} > 巾着", 1100)),
}

J, S = "盆栽", "Bonsai Supplies"

BONSAI_JP = {
    "pot": items(f"{S} > Pots", ("盆栽鉢 常滑焼 長方形 15cm 黒", 2480), ("盆栽鉢 丸 釉薬 10cm 青", 1280),
                 ("盆栽鉢 楕円 20cm 黒 泥物", 3480), ("盆栽鉢 小品 5cm 黒 3個セット", 1980), ("盆栽鉢 信楽焼 12cm 白", 980)),
    "pot_acc": items(f"{S} > Pots > Pot Accessories", ("盆栽鉢用 鉢底ネット 黒 100枚", 380), ("盆栽鉢専用 受け皿 黒 15cm", 680),
                     ("盆栽鉢対応 飾り台 木製 黒", 1980)),
    "shears": items(f"{J} > 道具 > はさみ", ("盆栽ばさみ 200mm 鍛造 黒", 3980), ("盆栽ばさみ 小型 ステンレス 170mm", 2480),
                    ("盆栽ばさみ 芽切り 刃長40mm", 1980)),
    "shears_acc": items(f"{J} > 道具 > 手入れ用品", ("盆栽ばさみ用 替えバネ 2個", 380), ("盆栽ばさみ専用 革ケース 茶", 1680),
                        ("盆栽ばさみ対応 研ぎ器 ダイヤモンド", 980)),
    "cutter": items(f"{J} > 道具 > カッター", ("針金 カッター 盆栽用 180mm", 2980), ("針金カッター ステンレス 小型", 2480),
                    ("針金 切り カッター 強力 200mm", 3480)),
    "wire": items(f"{J} > 道具 > 針金", ("針金 アルミ 盆栽 1.5mm 100g 茶", 580), ("針金 銅線 焼き鈍し 2mm 200g", 980),
                  ("針金 アルミ 3サイズセット", 1280)),
    "shelf": items(f"{J} > 棚", ("盆栽 棚 木製 3段 屋外", 8980), ("盆栽棚 スチール 2段 幅90cm", 6980),
                   ("盆栽 棚 ひな壇 フラワースタンド", 5480)),
    "tree": items(f"{J} > 盆栽", ("黒松 盆栽 樹齢10年 鉢付き", 7980), ("もみじ 盆栽 ミニ 陶器鉢", 3980), ("真柏 盆栽 小品", 5980)),
    "jouro": items(f"{J} > 水やり", ("ジョウロ 盆栽用 銅 1.2L 緑 ハス口付き", 6980), ("ジョウロ ステンレス 2L 緑", 3480),
                   ("Watering Can, Long Spout, 1L, Green", 2980), ("ジョウロ プラスチック 4L 白", 880)),
    "jouro_acc": items(f"{J} > 水やり > 交換パーツ", ("ジョウロ用 ハス口 交換 緑", 480), ("ジョウロ専用 シャワーヘッド 真鍮", 1280)),
    "label": items(f"{S} > Accessories > Labels", ("Plant Labels, Plastic, 100 Pack, White", 580),
                   ("Bamboo Plant Labels, 50 Pack", 680), ("プラントラベル 名札 差し込み式 ステンレス 10枚", 980)),
    "light": items(f"{J} > 育成ライト", ("LED Grow Light, Full Spectrum, Clip-On", 2980), ("Grow Light Bar, 60cm, Timer", 4980),
                   ("育成ライト LED 盆栽 苔 スタンド型", 3480)),
    "scoop": items(f"{S} > Tools > Scoops", ("Soil Scoop Set, Stainless Steel, 3 Sizes", 1480),
                   ("Bonsai Soil Scoop, Small, Brass", 980), ("スコップ ミニ 盆栽用 ステンレス 3本組", 1280)),
}

SHOPS = {"bonsai": BONSAI, "kimono": KIMONO, "wazakka": WAZAKKA, "bonsai_jp": BONSAI_JP}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bonsai", "rock garden", "rockgarden", ["garden"], ["gardenrock"]),
    two_types("bonsai", "garden rocks", "gardenrock", ["rock"], ["rockgarden"]),
    two_types("kimono", "dress shirt", "dressshirt", ["shirt"], ["shirtdress"]),
    two_types("kimono", "shirt dress", "shirtdress", ["dress"], ["dressshirt"]),
    two_types("kimono", "boot socks", "bootsocks", ["socks", "tabisocks"], ["sockboots"]),
    two_types("kimono", "sock boots", "sockboots", ["boot", "tabi"], ["bootsocks"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bonsai", "bonsai soil", ["soil"], ["tree"]),
    qualifies("bonsai", "bonsai scissors", ["scissors"], ["tree"]),
    qualifies("kimono", "tabi socks", ["tabisocks"], ["tabi"]),
    qualifies("kimono", "kimono hanger", ["hanger"], ["kimono"]),
    qualifies("wazakka", "手ぬぐい 額", ["frame"], ["tenugui"]),
    qualifies("wazakka", "和紙 ランプ", ["lamp"], ["washi"]),
    qualifies("bonsai_jp", "盆栽 棚", ["shelf"], ["tree"]),
    qualifies("bonsai_jp", "針金 カッター", ["cutter"], ["wire"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bonsai", "concave cutter", ["cutter"], ["cutter_acc"]),
    accessories("bonsai", "kenzan", ["kenzan"], ["kenzan_acc"]),
    accessories("kimono", "tabi boots", ["tabi"], ["tabi_acc"]),
    accessories("kimono", "zori sandals", ["zori"], ["zori_acc"]),
    accessories("wazakka", "風呂敷", ["furoshiki"], ["furoshiki_acc"]),
    accessories("wazakka", "手ぬぐい", ["tenugui"], ["tenugui_acc", "frame"]),
    accessories("bonsai_jp", "盆栽鉢", ["pot"], ["pot_acc"]),
    accessories("bonsai_jp", "盆栽ばさみ", ["shears"], ["shears_acc"]),
    # black kenzans: round 6cm 12, brass 9cm 22, large 28 (a silver crescent 10; black accessories 5-7)
    price("bonsai", "cheap black kenzan", "kenzan-0", ["kenzan_acc"]),
    # red zori: red thong 39, tatami 49, vinyl 29 (a navy cork pair 19, a black leather pair 45; red accessories 9-12)
    price("kimono", "budget red zori sandals", "zori-3", ["zori_acc"]),
    # red furoshiki: chirimen 1680, water-repellent 2480, 二四巾 1280 (a navy English one 980; red accessories 780-980)
    price("wazakka", "激安 赤 風呂敷", "furoshiki-3", ["furoshiki_acc"]),
    # navy tenugui: cotton 880, 注染 1320, 3-piece 1980, English 990 (a red one 770; navy accessories 440-660)
    price("wazakka", "お手頃 紺 手ぬぐい", "tenugui-0", ["tenugui_acc", "frame"]),
    # black bonsai pots: 常滑 2480, oval 3480, 小品 set 1980 (a white one 980, a blue one 1280; black accessories 380-1980)
    price("bonsai_jp", "安い 黒 盆栽鉢", "pot-3", ["pot_acc"]),
    # green watering cans: copper 6980, stainless 3480, English 2980 (a white one 880; a green spout 480)
    price("bonsai_jp", "格安 緑 ジョウロ", "jouro-2", ["jouro_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("wazakka", "エコバッグ", "ecobag"),
    mixed("wazakka", "ブックカバー", "bookcover"),
    mixed("wazakka", "ティッシュケース", "tissuecase"),
    mixed("wazakka", "wrapping cloth", "furoshiki"),
    mixed("bonsai_jp", "スコップ", "scoop"),
    mixed("bonsai_jp", "プラントラベル", "label"),
    mixed("bonsai_jp", "育成ライト", "light"),
    mixed("bonsai_jp", "bonsai pot", "pot"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind149(q: Q, setup: str, known_limit):
    known_limit("blind149")
    check(q, setup, ENGINES)


def test_blind149_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "赤": "Red", "紺": "Navy", "黒": "Black",
                                 "緑": "Green"})
