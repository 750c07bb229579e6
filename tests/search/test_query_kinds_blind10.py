"""A tenth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: car care and car
electronics (English), jewellery and watches (English), Japanese cosmetics and skincare
コスメ・スキンケア and Japanese cleaning and laundry 掃除・洗濯用品, the Japanese shops with
English-titled imports (some whose Japanese names are katakana loanwords: Cleansing Oil for
クレンジングオイル, Mop for モップ, Sponge for スポンジ) and a part of each Japanese shop under an
English category tree with Japanese titles. Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in a shop where some items have English titles: the top three are of
   the query's kind, whatever the language of their titles.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (tenth suite), as a measurement only (nothing changed for it):
75 of 91 cases pass, 29 of 35 queries in every setup (two_types 19/20 cases, 7/8 queries;
qualifies 19/19, 8/8; accessories 9/12, 4/5; price 10/10, 4/4; mixed 18/30, 6/10); the 16
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`). Then the loanword
reading learned English spelling as said ("-ation": ファンデーション, a soft g after n: スポンジ, a
voiced s written ジ: クレンジング): 84 of 91, 32 of 35; left are two Japanese words that are no
loanwords (日焼け止め, 化粧水: English "Sunscreen", "Toner") and the watch bracelet.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

A = "Automotive"
ELEC, CARE = f"{A} > Car Electronics", f"{A} > Car Care"

CAR = {
    "dashcam": items(f"{ELEC} > Dash Cams", ("Vigilo Dual Dash Cam, Front and Rear, 1080p, Black", 129),
                     ("Roadeye 4K Dash Cam with GPS and Wi-Fi, Black", 89),
                     ("Roadeye Mini Dash Cam, 1080p, Night Vision, Black", 39),
                     ("Trakcam Dash Cam, 2K, 3 inch Screen, Silver", 79), ("Compact Dash Cam, 720p, White", 29)),
    "dashcam_acc.mount": items(f"{ELEC} > Dash Cam Accessories",
                               ("Dash Cam Mount, Suction Cup, for Roadeye 4K, Black", 12),
                               ("Replacement Adhesive Mount for Vigilo Dash Cams, 2 Pack, Black", 9),
                               ("Roadeye Dash Cam Mirror Mount, Black", 15)),
    "dashcam_acc": items(f"{ELEC} > Dash Cam Accessories",
                         ("Hardwire Kit for Dash Cam, USB-C, Low Voltage Protection, Black", 19),
                         ("Dash Cam Replacement Power Cable, 3.5m, Black", 8),
                         ("64GB microSD Card for Dash Cam, High Endurance", 14)),
    "vacuum": items(f"{ELEC} > Car Vacuums", ("Cleanride Handheld Car Vacuum, 12V, 120W, 5m Cable", 35),
                    ("Cordless Car Vacuum Cleaner, 8000Pa, USB-C Rechargeable", 45),
                    ("Cleanride Wet and Dry Car Vacuum, 12V, with HEPA Filter", 29)),
    "vacuumfilter": items(f"{ELEC} > Vacuum Parts", ("Vacuum Filter for Cleanride Handheld Car Vacuum, 2 Pack", 9),
                          ("Replacement HEPA Filter for Car Vacuum, Washable, 3 Pack", 12),
                          ("Cleanride Vacuum Filter Set with Cleaning Brush", 11)),
    "charger": items(f"{ELEC} > Car Chargers", ("Voltix Car Charger, 48W, USB-C PD and USB-A, Black", 19),
                     ("Voltix Dual USB Car Charger, 24W, Mini, Silver", 12),
                     ("Car Charger with Coiled USB-C Cable, 30W, Black", 16)),
    "mount": items(f"{ELEC} > Phone Mounts", ("Gripline Phone Mount for Car Vent, Magnetic", 15),
                   ("Dashboard Phone Mount, Suction Cup, 360 Rotation", 18),
                   ("Gripline Wireless Charger Phone Mount, 15W, Auto Clamping", 39)),
    "wax": items(f"{CARE} > Wax & Polish", ("Shinemaster Carnauba Car Wax, Paste, 300g", 22),
                 ("Shinemaster Spray Wax, Quick Detailer, 500ml", 14), ("Ceramic Car Wax, Liquid, 473ml", 25)),
    "waxpad": items(f"{CARE} > Applicators", ("Wax Applicator Pads, Foam, 6 Pack", 6),
                    ("Microfibre Wax Applicator, 5 Pack, Blue", 7), ("Shinemaster Wax Applicator Pad with Handle", 8)),
    "cloth": items(f"{CARE} > Microfibre Cloths", ("Microfibre Cloths, 40x40cm, 12 Pack, Blue", 12),
                   ("Plush Microfibre Drying Towel, 60x90cm, Grey", 15), ("Glass Microfibre Cloth, Lint Free, 5 Pack", 9)),
    "seatcover": items(f"{A} > Interior > Seat Covers", ("Universal Car Seat Covers, Full Set, Black Leatherette", 69),
                       ("Front Seat Covers, 2 Pack, Waterproof, Grey", 29), ("Dog Seat Cover for Back Seat, Hammock", 35)),
    "noise": each(("Cordless Tyre Inflator, 150 PSI, Digital Gauge", f"{A} > Tools > Tyre Inflators", 39),
                  ("Jump Starter, 1000A, Portable, with Torch", f"{ELEC} > Jump Starters", 59),
                  ("Car Air Freshener, Vent Clip, 4 Pack, Ocean", f"{A} > Interior > Air Fresheners", 8),
                  ("Windscreen Sunshade, Foldable, 140x70cm", f"{A} > Interior > Sunshades", 12)),
}

J = "Jewellery & Watches"
WATCHES, WACC, JEW = f"{J} > Watches", f"{J} > Watch Accessories", f"{J} > Jewellery"

JEWELLERY = {
    "watch": items(f"{WATCHES} > Men's Watches", ("Aurelle Men's Automatic Watch, 41mm, Stainless Steel, Black Dial", 189),
                   ("Tempora Digital Sports Watch, 100m Water Resistant, Black", 29),
                   ("Tempora Men's Chronograph Watch, Silver, Blue Dial", 99))
    + items(f"{WATCHES} > Women's Watches", ("Aurelle Women's Quartz Watch, 32mm, Rose Gold, Leather Strap", 129),
            ("Minimalist Women's Watch, 28mm, Silver Mesh Strap", 45)),
    "watch.chain": items(f"{WATCHES} > Women's Watches", ("Aurelle Women's Chain Watch, Gold Tone, 26mm", 79),
                         ("Tempora Chain Watch, Silver, Oval Dial", 59)),
    "watch.bracelet": items(f"{WATCHES} > Women's Watches", ("Aurelle Bracelet Watch, Crystal Bangle, Gold", 89),
                            ("Tempora Ladies Bracelet Watch, Silver, Mother of Pearl Dial", 65)),
    "watchchain": items(f"{WACC} > Pocket Watch Chains", ("Pocket Watch Chain, Albert T-Bar, Silver Tone, 38cm", 19),
                        ("Antique Brass Watch Chain with Fob Clip", 15), ("Gold Plated Watch Chain, Double Albert", 29)),
    "watchbracelet": items(f"{WACC} > Watch Bands", ("Stainless Steel Watch Bracelet, 20mm, Silver, Butterfly Clasp", 25),
                           ("Milanese Mesh Watch Bracelet, 22mm, Black", 22),
                           ("Titanium Watch Bracelet for Galaxy Watch 5, 20mm", 39)),
    "watch_acc": items(f"{WACC} > Watch Bands", ("Replacement Leather Watch Strap, 20mm, Brown, Quick Release", 15),
                       ("Silicone Watch Band for Apple Watch 41mm, Silver Grey", 9))
    + each(("Watch Winder for Automatic Watches, Single, Black", f"{WACC} > Watch Winders", 59),
           ("Watch Battery SR626SW, 10 Pack", f"{WACC} > Watch Batteries", 6)),
    "watch_acc.box": items(f"{J} > Storage > Watch Boxes", ("Watch Box, 10 Slots, PU Leather, Glass Lid, Black", 29),
                           ("Wooden Watch Box, 6 Slots, Walnut", 45), ("Travel Watch Box, Zip Case, 3 Slots", 19)),
    "chain": items(f"{JEW} > Necklaces", ("Sterling Silver Curb Chain Necklace, 50cm", 39),
                   ("18ct Gold Plated Rope Chain, 45cm", 29), ("Box Chain Necklace, Stainless Steel, 2mm, 55cm", 15)),
    "bracelet": items(f"{JEW} > Bracelets", ("Sterling Silver Charm Bracelet, 19cm", 45),
                      ("Beaded Bracelet, Tiger Eye, Elastic", 12), ("Gold Plated Tennis Bracelet, Cubic Zirconia", 55)),
    "earring": items(f"{JEW} > Earrings", ("Sterling Silver Hoop Earrings, 20mm", 29),
                     ("Freshwater Pearl Stud Earrings, 7mm", 35), ("Gold Plated Drop Earrings, Crystal", 25)),
    "earringback": items(f"{JEW} > Jewellery Findings", ("Earring Backs, Silicone, 200 Pieces, Clear", 4),
                         ("Sterling Silver Earring Backs, Butterfly, 10 Pairs", 8),
                         ("Locking Earring Backs, Gold Plated, 6 Pairs", 9)),
    "noise": each(("Sterling Silver Heart Pendant Necklace, 45cm", f"{JEW} > Necklaces", 39),
                  ("Men's Signet Ring, Stainless Steel, Black", f"{JEW} > Rings", 25),
                  ("Jewellery Box, 3 Tier, Velvet, Grey", f"{J} > Storage > Jewellery Boxes", 35)),
}

C = "コスメ・スキンケア"
SKIN, MAKE, TOOLS = f"{C} > スキンケア", f"{C} > メイクアップ", f"{C} > メイク道具"
BEAUTY = "Beauty > Skincare"  # the imports' and the serums' part of the shop: an English tree

COSME = {
    "lotion": items(f"{SKIN} > 化粧水", ("ハトムギ 化粧水 500ml 大容量 保湿", 715), ("薬用 化粧水 しっとり 200ml 敏感肌", 1650))
    + items(f"{BEAUTY} > Toners", ("Hydrating Toner, Hyaluronic Acid, 200ml", 1800)),
    "sunscreen": items(f"{SKIN} > 日焼け止め", ("日焼け止め ジェル SPF50+ PA++++ 90g", 980),
                       ("日焼け止め ミルク ウォータープルーフ 60ml", 1480))
    + items("Beauty > Sun Care", ("Sunscreen SPF50+, Invisible Gel, 50ml", 1800),
            ("Mineral Sunscreen Stick SPF50, 15g", 1500)),
    "foundation": items(f"{MAKE} > ファンデーション", ("ファンデーション リキッド 30ml ベージュ SPF30", 1650),
                        ("クッションファンデーション SPF50 ライトベージュ 本体", 2200),
                        ("パウダーファンデーション ピンク系 11g", 1100))
    + items("Beauty > Makeup > Foundation", ("Liquid Foundation, Matte Finish, 30ml, Natural Beige", 1900)),
    "foundation_acc": items(f"{TOOLS} > パフ・スポンジ", ("ファンデーション用 パフ 6個 ベージュ", 480),
                            ("パフ クッションファンデーション用 替え 4個 ベージュ", 550),
                            ("ファンデーション専用 ケース 詰め替え ベージュ", 880),
                            ("ファンデーション対応 ブラシ 平筆 ベージュ", 1200)),
    "brush": items(f"{TOOLS} > メイクブラシ", ("メイクブラシ 8本セット 収納ケース付き", 1980), ("熊野筆 チークブラシ 山羊毛", 3300))
    + items("Beauty > Makeup Tools", ("Makeup Brush Set, 12 Pieces, Vegan, Rose Gold", 2480),
            ("Kabuki Brush, Dense Synthetic, Black", 1280)),
    "brushcleaner": items(f"{TOOLS} > ブラシクリーナー", ("メイクブラシクリーナー 150ml 速乾 スプレー", 880),
                          ("ブラシクリーナー シリコン 洗浄マット", 580), ("ブラシクリーナー 電動 洗浄乾燥機", 1980))
    + items("Beauty > Makeup Tools", ("Makeup Brush Cleaner, Quick Dry, 100ml", 1280)),
    "cleansingoil": items(f"{BEAUTY} > Cleansers", ("Cleansing Oil, Deep Cleanse, 200ml", 1980),
                          ("Rice Bran Cleansing Oil, Fragrance Free, 150ml", 1650),
                          ("Cleansing Oil Makeup Remover, Green Tea, 180ml", 2200))
    + items(f"{SKIN} > クレンジング", ("クレンジングオイル 毛穴 W洗顔不要 230ml", 1320)),
    "serum": items(f"{BEAUTY} > Serums", ("美容液 ビタミンC誘導体 30ml", 1980), ("レチノール 美容液 20ml 夜用", 2480),
                   ("ナイアシンアミド セラム 30ml 毛穴", 1650), ("ヒアルロン酸 原液 20ml 保湿", 990)),
    "standmirror": items(f"{TOOLS} > ミラー", ("スタンドミラー 卓上 LEDライト付き 白", 1980),
                         ("スタンドミラー 拡大鏡付き 両面 360度回転", 1480), ("スタンドミラー 木製フレーム A4サイズ", 2280)),
    "mirror": items(f"{TOOLS} > ミラー", ("ハンドミラー 折りたたみ 2倍拡大", 680), ("コンパクトミラー 丸型 ゴールド", 880),
                    ("三面鏡 メイクミラー LEDライト付き", 2980)),
    "mirrorstand": items(f"{C} > 収納 > スタンド", ("ミラースタンド 手鏡用 アクリル クリア", 580),
                         ("ミラースタンド 折りたたみ 卓上 ホルダー 白", 780), ("ミラー スタンド 真鍮 アンティーク調 小物置き", 1280)),
    "stand": items(f"{C} > 収納 > スタンド", ("コスメスタンド アクリル 回転式 大容量", 1980), ("リップスタンド 12本収納 クリア", 680),
                   ("コスメスタンド 引き出し付き 3段 白", 1480)),
}

K = "掃除・洗濯用品"
CLEAN, WASH, IMPORT = f"{K} > 掃除用品", f"{K} > 洗濯用品", f"{K} > 輸入雑貨"
LAUNDRY = "Home > Laundry"  # the laundry liquids' part of the shop: an English tree, Japanese titles

CLEANING = {
    "vacuum": items(f"{K} > 掃除機", ("紙パック式 掃除機 キャニスター 軽量 白", 12800),
                    ("コードレス 掃除機 サイクロン スティック 白", 9800), ("ハンディ 掃除機 充電式 小型 黒", 3980),
                    ("Cordless Stick Vacuum Cleaner, 25kPa, White", 14800)),
    "vacuum_acc.bag": items(f"{K} > 掃除機 > 紙パック", ("掃除機用 紙パック 20枚入 汎用", 980),
                            ("紙パック 掃除機用 抗菌 10枚 白", 780), ("掃除機専用 紙パック 防臭 15枚", 1080)),
    "vacuum_acc": items(f"{K} > 掃除機 > 部品", ("フィルター 掃除機用 HEPA 2個 白", 1280),
                        ("掃除機対応 隙間ノズル 3本 白", 680), ("Replacement Filter for Stick Vacuum, 2 Pack, White", 1180)),
    "detergent": items(f"{LAUNDRY} > Detergent", ("洗濯洗剤 液体 詰め替え 超特大 1.6kg", 698),
                       ("粉末洗剤 0.9kg 部屋干し 抗菌", 498), ("ジェルボール 洗濯用 46個", 1280),
                       ("Laundry Detergent, Free & Clear, 2.2L", 1580)),
    "softener": items(f"{LAUNDRY} > Fabric Softener", ("柔軟剤 詰め替え 大容量 ローズの香り 1.2L", 598),
                      ("柔軟仕上げ剤 無香料 1.2L", 498), ("ソフター 柔軟剤 部屋干し 抗菌", 698),
                      ("Fabric Softener, Lavender, 1.5L", 1280)),
    "mop": items(f"{CLEAN} > モップ", ("回転モップ バケツセット 替えヘッド2枚", 3980))
    + items(IMPORT, ("Spray Mop, Microfibre, 360 Rotating, 3 Pads", 2980),
            ("Flat Mop with Stainless Handle, 2 Washable Pads", 2480), ("Dust Mop, Extendable, Grey", 1980)),
    "sponge": items(f"{CLEAN} > スポンジ", ("キッチンスポンジ 抗菌 10個", 398), ("バススポンジ 浴槽 柄付き", 598))
    + items(IMPORT, ("Scrub Sponge, Non-Scratch, 6 Pack", 680), ("Cellulose Sponge, Pop Up, 12 Pack", 780)),
    "broom": items(f"{CLEAN} > ほうき", ("ほうき ちりとり セット 自立式", 1980), ("ほうき 室内用 しゅろ 天然素材", 2480),
                   ("ほうき 屋外用 竹 大", 1280))
    + items(IMPORT, ("Broom and Dustpan Set, Long Handle", 1980)),
    "spongeholder": items(f"{CLEAN} > キッチン小物", ("スポンジホルダー 吸盤 ステンレス", 580),
                          ("スポンジホルダー マグネット 水切り", 780), ("スポンジ ホルダー シンク 2個", 480)),
    "pinchhanger": items(f"{WASH} > ハンガー", ("ピンチハンガー 40ピンチ ステンレス", 2980),
                         ("ピンチハンガー 角ハンガー 24ピンチ 折りたたみ", 1580), ("ピンチハンガー アルミ 32ピンチ 絡まない", 2480)),
    "hanger": items(f"{WASH} > ハンガー", ("洗濯ハンガー 20本組 すべらない", 980), ("木製ハンガー 10本セット", 1480),
                    ("Clothes Hangers, Velvet, Non Slip, 30 Pack", 1980)),
    "hangerpinch": items(f"{WASH} > ピンチ", ("ハンガーピンチ 交換用 20個 白", 380), ("ハンガー ピンチ 替え 10個", 280),
                         ("ハンガーピンチ 丈夫 30個入", 480)),
    "pinch": items(f"{WASH} > ピンチ", ("洗濯ピンチ 40個 パステル", 398), ("ステンレス ピンチ 強力 20個", 880),
                   ("Clothes Pegs, Plastic, 48 Pack", 498)),
}

SHOPS = {"car": CAR, "jewellery": JEWELLERY, "cosme": COSME, "cleaning": CLEANING}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("jewellery", "chain watch", "watch.chain", ["watch"], ["watchchain"]),
    two_types("jewellery", "watch chain", "watchchain", ["chain"], ["watch.chain"]),
    two_types("jewellery", "bracelet watch", "watch.bracelet", ["watch"], ["watchbracelet"]),
    two_types("jewellery", "watch bracelet", "watchbracelet", ["bracelet"], ["watch.bracelet"]),
    two_types("cosme", "スタンドミラー", "standmirror", ["mirror"], ["mirrorstand"]),
    two_types("cosme", "ミラー スタンド", "mirrorstand", ["stand"], ["standmirror"]),
    two_types("cleaning", "ピンチハンガー", "pinchhanger", ["hanger"], ["hangerpinch"]),
    two_types("cleaning", "ハンガー ピンチ", "hangerpinch", ["pinch"], ["pinchhanger"]),
    # --- 2. a leading product word that modifies the head
    qualifies("car", "wax applicator", ["waxpad"], ["wax"]),
    qualifies("car", "vacuum filter", ["vacuumfilter"], ["vacuum"]),
    qualifies("car", "dash cam mount", ["dashcam_acc.mount"], ["dashcam"]),
    qualifies("jewellery", "watch box", ["watch_acc.box"], ["watch"]),
    qualifies("jewellery", "earring backs", ["earringback"], ["earring"]),
    qualifies("cosme", "メイクブラシ クリーナー", ["brushcleaner"], ["brush"]),
    qualifies("cleaning", "掃除機 紙パック", ["vacuum_acc.bag"], ["vacuum"]),
    qualifies("cleaning", "スポンジ ホルダー", ["spongeholder"], ["sponge"]),
    # --- 3. accessories ("... for X", X用 Y); price word + colour + type
    accessories("car", "dash cam", ["dashcam"], ["dashcam_acc"]),
    accessories("car", "car vacuum", ["vacuum"], ["vacuumfilter"]),
    accessories("jewellery", "watch", ["watch"], ["watch_acc", "watchchain", "watchbracelet"]),
    accessories("cosme", "ファンデーション", ["foundation"], ["foundation_acc"]),
    accessories("cleaning", "掃除機", ["vacuum"], ["vacuum_acc"]),
    # black dash cams: dual 129, 4K 89, Mini 39 (a white one 29, a silver one 79; black accessories 8-19)
    price("car", "cheap black dash cam", "dashcam-2", ["dashcam_acc"]),
    # silver watches: chronograph 99, minimalist 45 (chain watch 59, bracelet watch 65 in sub-groups; a black
    # digital one 29; silver accessories: watch bracelet 25, pocket watch chain 19, Apple Watch band 9)
    price("jewellery", "cheap silver watch", "watch-4", ["watch_acc", "watchchain", "watchbracelet"]),
    # beige foundations: liquid 1650, cushion (ライトベージュ) 2200, English Natural Beige 1900 (a pink powder
    # one 1100; beige accessories 480-1200)
    price("cosme", "お手頃 ベージュ ファンデーション", "foundation-0", ["foundation_acc"]),
    # white vacuums: 紙パック式 12800, コードレス 9800, English 14800 (a black handy one 3980; white parts 680-1280)
    price("cleaning", "安い 白 掃除機", "vacuum-1", ["vacuum_acc"]),
    # --- 4. Japanese queries among English-titled items (loanwords) and English category trees
    mixed("cosme", "クレンジングオイル", "cleansingoil"),
    mixed("cosme", "日焼け止め", "sunscreen"),
    mixed("cosme", "美容液", "serum"),
    mixed("cosme", "メイクブラシ", "brush"),
    mixed("cosme", "化粧水", "lotion"),
    mixed("cleaning", "モップ", "mop"),
    mixed("cleaning", "スポンジ", "sponge"),
    mixed("cleaning", "ほうき", "broom"),
    mixed("cleaning", "柔軟剤", "softener"),
    mixed("cleaning", "洗濯洗剤", "detergent"),
]

LEX, ALL3 = "categories-lexical", ("categories-lexical", "categories-dense", "categories-latin-only")

LIMITS = {
    ("blind10", "two_types:jewellery:watch_bracelet", LEX): "only one of the three watch bracelets (Milanese "
    "Mesh) comes first; the three plain bracelets come before the other two",
    **{("blind10", "mixed:cosme:化粧水", s): "only the two Japanese-titled 化粧水 are returned; not the English "
       "'Hydrating Toner' (under 'Beauty > Skincare > Toners')" for s in ALL3},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind10(q: Q, setup: str, known_limit):
    known_limit("blind10")
    check(q, setup, ENGINES)


def test_blind10_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "silver": "Silver", "ベージュ": "Beige", "白": "White"})
