"""A sixty-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: power tools (English:
sanders and sander discs, drills, drill and driver bits, circular saws and saw blades, batteries and
chargers, tool boxes, workbenches), party supplies (English: balloons and balloon pumps, confetti,
candles and candle holders, gift wrap, banners, paper plates), Japanese laundry goods 洗濯用品
(ピンチハンガー, ハンガー, 洗濯ばさみ, 物干しスタンド, アイロン and アイロン台, ランドリーバスケット;
part of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords) and Japanese pet supplies ペット用品 (猫トイレ, 猫砂, キャットタワー, 爪とぎ, 首輪,
ペットベッド; English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese-only titles under an English
   category tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-first suite), as a measurement only (nothing changed for it):
92 of 92 cases pass, 37 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); no case fails,
so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

PT, TA, TS = "Power Tools", "Tool Accessories", "Tool Storage"
ABR, BITS, BC = f"{TA} > Abrasives", f"{TA} > Bits", "Batteries & Chargers"

TOOLS = {
    "sander.disc": items(f"{PT} > Sanders", ("Bench Disc Sander, 150mm, 375W, Tilting Table", 129),
                         ("Disc Sander, 12 Inch, Cast Iron Base, 750W", 249),
                         ("Voltek Disc Sander, 230mm, Dust Port, Mitre Gauge", 179)),
    "sander.orbital": items(f"{PT} > Sanders", ("Random Orbital Sander, 125mm, 300W, Dust Bag", 59),
                            ("Voltek Cordless Orbital Sander, 18V, Bare Tool", 79),
                            ("Palm Sander, 1/4 Sheet, 200W", 39)),
    "sander.belt": items(f"{PT} > Sanders", ("Belt Sander, 75 x 533mm, 900W, Variable Speed", 99)),
    "sanderdisc": items(f"{ABR} > Sanding Discs", ("Sander Discs, 125mm, 80/120/240 Grit, 60 Pack", 14),
                        ("Voltek Sander Discs, Hook and Loop, 150mm, 120 Grit, 50 Pack", 17),
                        ("Sanding Discs for Orbital Sanders, 125mm, 8 Hole, 100 Pack", 19)),
    "disc": items(f"{ABR} > Grinding & Cutting", ("Cutting Discs, 115mm, Metal, 10 Pack", 9),
                  ("Flap Discs, 125mm, 60 Grit, 10 Pack", 15)),
    "driverbit": items(f"{BITS} > Driver Bits", ("Impact Driver Bits, 50 Piece, S2 Steel, Case", 24),
                       ("Driver Bits, PH2, 50mm, 10 Pack", 8), ("Voltek Magnetic Driver Bit Set, 33 Piece", 19)),
    "drillbit": items(f"{BITS} > Drill Bits", ("HSS Drill Bits, 13 Piece, 1.5-6.5mm, Metal", 14),
                      ("Masonry Drill Bits, 5 Piece, Carbide Tipped", 9), ("Wood Drill Bit Set, Brad Point, 8 Piece", 12)),
    "bitdriver": items("Hand Tools > Screwdrivers", ("Ratcheting Bit Driver, 12-in-1, Magnetic", 19),
                       ("Precision Bit Driver, Aluminium Handle", 14)),
    "impactdriver": items(f"{PT} > Impact Drivers", ("Cordless Impact Driver, 18V, 1/4 Inch Hex, 180Nm", 89),
                          ("Voltek Compact Impact Driver, 12V, Brushless", 109)),
    "drill": items(f"{PT} > Drills", ("Cordless Drill Driver, 18V, 2 Speed, 13mm Chuck, Blue", 69),
                   ("Voltek Cordless Hammer Drill, 18V, Brushless", 119), ("Compact Cordless Drill, 12V, LED Light", 49)),
    "drill_acc": items(f"{TA} > Drill Accessories", ("Replacement Keyless Chuck for Cordless Drills, 13mm", 15),
                       ("Belt Holster for Cordless Drills, Leather", 12)),
    "circsaw": items(f"{PT} > Saws > Circular Saws", ("Cordless Circular Saw, 18V, 165mm, 50 Degree Bevel", 99),
                     ("Voltek Circular Saw, 1400W, 185mm, Laser Guide", 79), ("Mini Circular Saw, 85mm, Compact, Plunge", 59)),
    "circsaw_acc": items(f"{TA} > Saw Accessories", ("Guide Rail for Circular Saws, 1.4m, Aluminium", 39),
                         ("Circular Saw Replacement Carbon Brushes, 2 Pack", 7), ("Dust Bag for Circular Saws, Universal", 9)),
    "sawblade": items(f"{TA} > Saw Blades", ("Circular Saw Blade, 165mm, 24T, Wood", 19),
                      ("Circular Saw Blades, 185mm, 40T, 2 Pack, Fine Cut", 29)),
    "battery": items(f"{BC} > Batteries", ("18V Lithium-Ion Battery, 4.0Ah, Fuel Gauge", 59),
                     ("Voltek 18V Battery, 2 Pack, 2.0Ah", 69)),
    "charger": items(f"{BC} > Chargers", ("18V Battery Charger, Rapid 4A, Fan Cooled", 35),
                     ("Dual Port Battery Charger, 12V-18V", 49), ("Voltek Charger for 18V Batteries, USB Port", 29)),
    "toolbox": items(f"{TS} > Tool Boxes", ("Steel Tool Box, 3 Drawer, Ball Bearing, Red", 59),
                     ("Plastic Tool Box, 19 Inch, Removable Tray, Red", 24),
                     ("Cantilever Tool Box, 5 Tray, Metal, Red", 39),
                     ("Voltek Tool Box, 22 Inch, Metal Latches, Black", 19),
                     ("Rolling Tool Box, Telescopic Handle, Red", 69)),
    "toolbox_acc": items(f"{TS} > Tool Box Accessories", ("Organiser Trays for Tool Boxes, 6 Pack, Red", 9),
                         ("Tool Box Replacement Latches, Red, 2 Pack", 6),
                         ("Drawer Liner for Tool Boxes, Non-Slip, Red", 12)),
    "workbench": items(f"{TS} > Workbenches", ("Folding Workbench, Portable, 150kg Load", 59),
                       ("Steel Workbench with Pegboard, 120cm", 189)),
}

PS = "Party Supplies"
BAL, CAN, GW = f"{PS} > Balloons", f"{PS} > Candles", "Gift Wrap"

PARTY = {
    "balloon": items(BAL, ("Partyloft Latex Balloons, 12 Inch, 100 Pack, Gold", 14),
                     ("Metallic Balloons, 12 Inch, 50 Pack, Gold", 9),
                     ("Foil Number Balloons, 40 Inch, Gold", 11),
                     ("Pastel Balloons, 10 Inch, 100 Pack, Assorted", 7),
                     ("Heart Foil Balloons, 18 Inch, 10 Pack, Red", 10)),
    "confettiballoon": items(BAL, ("Confetti Balloons, 12 Inch, Gold Foil Confetti, 20 Pack", 12),
                             ("Clear Confetti Balloons, Pre-Filled, 15 Pack, Pink", 10),
                             ("Partyloft Confetti Balloons, Rainbow, 30 Pack", 15)),
    "balloonconfetti": items(f"{BAL} > Balloon Accessories",
                             ("Balloon Confetti, Gold Foil Flakes, for Clear Balloons, 50g", 6),
                             ("Balloon Confetti, Tissue Paper Circles, Pastel, 30g", 5),
                             ("Partyloft Balloon Confetti Dots, 1cm, Rainbow", 4)),
    "confetti": items(f"{PS} > Confetti", ("Table Confetti, Happy Birthday, Gold Foil, 30g", 4),
                      ("Metallic Confetti, Star Shaped, Silver, 50g", 5),
                      ("Biodegradable Confetti, Rose Petals, White", 6)),
    "balloonpump": items(f"{BAL} > Balloon Accessories", ("Electric Balloon Pump, Dual Nozzle, 600W", 25),
                         ("Hand Balloon Pump, Two-Way, Blue", 6), ("Foot Balloon Pump, Portable", 8)),
    "balloon_acc": items(f"{BAL} > Balloon Accessories", ("Balloon Weights, Star Shaped, Gold, 6 Pack", 5),
                         ("Curling Ribbon for Balloons, Gold, 100m", 4), ("Balloon Glue Dots, 200 Pack", 3)),
    "candle": items(CAN, ("Glowhaus Unscented Pillar Candles, 3x6 Inch, 3 Pack, White", 18),
                    ("Tea Light Candles, 50 Pack, White, 4 Hour", 8),
                    ("Taper Candles, 10 Inch, 12 Pack, White", 14),
                    ("Scented Jar Candle, Vanilla, 400g, Cream", 12),
                    ("Birthday Candles, 24 Pack, Assorted", 3)),
    "candleholder": items(f"{CAN} > Candle Holders", ("Glass Candle Holders, Tea Light, 12 Pack, Clear", 15),
                          ("Taper Candle Holders, Brass, Set of 3, Gold", 19),
                          ("Glowhaus Candle Holders, Ceramic, 2 Pack, White", 6),
                          ("Pillar Candle Holder, Wood, White", 7)),
    "candle_acc": items(f"{CAN} > Candle Accessories", ("Candle Wick Trimmer for Jar Candles, Black", 9),
                        ("Replacement Wicks for Candles, 100 Pack", 5), ("Candle Snuffer, Long Handle, White", 7)),
    "giftwrap": items(f"{GW} > Wrapping Paper", ("Christmas Gift Wrap, 4 Rolls, 3m, Red & Green", 12),
                      ("Kraft Gift Wrap, Brown, 30m Roll", 9), ("Birthday Gift Wrap, Dots, 5 Sheets, Pink", 5),
                      ("Metallic Gift Wrap, Gold, 2 Rolls", 10)),
    "giftwrap_acc": items(f"{GW} > Wrapping Accessories", ("Gift Wrap Storage Bag, for 24 Rolls", 14),
                          ("Sliding Cutter for Gift Wrap Rolls", 6), ("Gift Wrap Organizer, Under Bed, Clear", 18)),
    "banner": items(f"{PS} > Banners", ("Happy Birthday Banner, Gold Glitter", 6), ("Custom Name Banner, Vinyl, 2m", 20)),
    "plate": items(f"{PS} > Tableware > Paper Plates", ("Paper Plates, 9 Inch, 100 Pack, White", 8),
                   ("Paper Plates, Gold Rim, 50 Pack", 10), ("Compostable Paper Plates, 7 Inch, 150 Pack", 12)),
}

LU, HOSHI = "洗濯用品", "洗濯用品 > 物干し"
IRN, LAU = "Ironing", "Laundry"

LAUNDRY = {
    "pinchhanger": items(f"{HOSHI} > ピンチハンガー", ("ピンチハンガー ステンレス 角ハンガー 40ピンチ", 2980),
                         ("ピンチハンガー アルミ 折りたたみ 24ピンチ 白", 1480),
                         ("ピンチハンガー 絡まない 32ピンチ 物干しハンガー グレー", 1980)),
    "hanger": items(f"{LU} > ハンガー", ("ハンガー すべらない 20本組 ブラック", 980), ("ハンガー 木製 10本組 ナチュラル 肩幅42cm", 1280),
                    ("Non-Slip Velvet Hangers, 50 Pack, Grey", 2480)),
    "hangerpinch": items(f"{HOSHI} > 交換パーツ", ("ハンガー ピンチ 交換用 20個 白", 480),
                         ("ハンガーピンチ 替え 洗濯ばさみ 10個 グレー", 380), ("ピンチハンガー用 交換ピンチ 24個", 580)),
    "pinch": items(f"{LU} > 洗濯ばさみ", ("洗濯ばさみ ステンレス 20個入 強力", 880), ("洗濯ピンチ 30個 白 プラスチック", 380),
                   ("ピンチ 洗濯バサミ 布団用 大型 4個", 580)),
    "stand": items(f"{HOSHI} > 物干しスタンド", ("物干しスタンド 室内 折りたたみ X型 白", 3980),
                   ("物干しスタンド 布団干し 兼用 ステンレス 伸縮", 5980), ("物干しスタンド 省スペース 2段 キャスター付き", 4480)),
    "stand_acc": items(f"{HOSHI} > 交換パーツ", ("物干しスタンド用 ジョイント 交換パーツ 4個", 580),
                       ("物干しスタンド専用 カバー 防水 ブラック", 1280), ("物干しスタンド対応 キャスター 4個セット", 880)),
    "iron": items(f"{IRN} > Irons", ("スチームアイロン コードレス 軽量 ホワイト", 4980), ("アイロン ドライ 自動オフ 軽量 ブルー", 2480),
                  ("Steam Iron, 2400W, Ceramic Soleplate, Blue", 3980), ("Cordless Steam Iron, Self-Cleaning, White", 5480)),
    "iron_acc": items(f"{IRN} > Iron Accessories", ("アイロン用 当て布 メッシュ 2枚", 480),
                      ("スチームアイロン専用 給水カップ 交換用", 380), ("アイロン専用 収納ケース 耐熱", 1280)),
    "ironboard": items(f"{IRN} > Ironing Boards", ("アイロン台 スタンド式 高さ6段階 調節", 4980), ("アイロン台 舟型 軽量 スチール", 2980),
                       ("アイロン台 卓上 座り式 折りたたみ", 1980)),
    "ironboardcover": items(f"{IRN} > Ironing Board Covers", ("アイロン台カバー 舟型 綿100% 替えカバー", 1280),
                            ("アイロン台 カバー 交換用 耐熱 シルバー", 980), ("アイロン台用 カバー 120×38cm 厚手", 1480)),
    "ironmat": items(f"{IRN} > Ironing Mats", ("アイロンマット 大判 耐熱 折りたたみ", 1280), ("アイロンマット 収納袋付き 60×90cm", 1580),
                     ("アイロン マット アルミ 撥水 ミニ", 880)),
    "steamer": items(f"{IRN} > Garment Steamers", ("衣類スチーマー ハンディ 立ち上がり30秒", 5980),
                     ("Handheld Garment Steamer, 1500W, 250ml", 4980), ("Clothes Steamer, Travel Size, Dual Voltage", 3480)),
    "laundrybasket": items(f"{LAU} > Laundry Baskets", ("ランドリーバスケット 大容量 50L 白", 1980),
                           ("ランドリーバスケット スリム キャスター付き 白", 1280),
                           ("Laundry Basket, Plastic, 60L, White", 1580), ("ランドリーバスケット 折りたたみ 2段 グレー", 980)),
    "laundrybasket_acc": items(f"{LAU} > Basket Accessories", ("ランドリーバスケット用 キャスター 4個 白", 480),
                               ("ランドリーバスケット専用 中袋 洗える 白", 780), ("ランドリーバスケット対応 フタ 白", 680)),
    "laundrybag": items(f"{LAU} > Laundry Bags", ("Laundry Bag, Extra Large, Drawstring, Grey", 1280),
                        ("Foldable Laundry Bag with Handles, 80L", 1580), ("ランドリーバッグ 自立 大容量 撥水", 1980)),
    "net": items(f"{LU} > 洗濯ネット", ("洗濯ネット 細かい目 3枚セット", 680), ("洗濯ネット 大型 毛布用 60×60cm", 880)),
}

CAT, COL, PSU = "ペット用品 > 猫用品", "ペット用品 > 首輪・リード", "Pet Supplies"

PETS = {
    "cattoilet": items(f"{CAT} > 猫トイレ", ("猫トイレ システムトイレ 本体 ハーフカバー", 3980),
                       ("猫トイレ 大型 フルカバー 砂飛び散り防止 グレー", 4980), ("猫トイレ 上から入る 深型 ホワイト", 3480),
                       ("Cat Litter Box, Hooded, Odour Filter, Grey", 2980)),
    "cattoilet_acc": items(f"{CAT} > 猫トイレ用品", ("猫トイレ用 シート 消臭 20枚", 580), ("猫トイレ専用 スコップ 大きめ", 480),
                           ("猫トイレ対応 消臭フィルター 交換用 3枚", 680)),
    "litter": items(f"{CAT} > 猫砂", ("猫砂 紙 固まる 7L×4袋", 1980), ("猫砂 ベントナイト 無香料 10L", 1280),
                    ("猫砂 おから 流せる 6L×3袋", 1680)),
    "littermat": items(f"{CAT} > 猫砂マット", ("猫砂マット 飛び散り防止 二重構造 グレー", 1480), ("猫砂 マット 大判 60×90cm 防水", 1980),
                       ("猫砂キャッチャー マット 折りたたみ ベージュ", 1280)),
    "cattower": items(f"{CAT} > キャットタワー", ("キャットタワー 据え置き 150cm 爪とぎ ハンモック付き", 7980),
                      ("キャットタワー 突っ張り 木製 240-260cm", 12800), ("キャットタワー ミニ 多頭飼い ベージュ", 4980),
                      ("Cat Tree Tower, 5 Tier, Sisal Posts, Grey", 8980)),
    "cattower_acc": items(f"{CAT} > キャットタワー用品", ("キャットタワー用 交換 爪とぎポール 2本", 1480),
                          ("キャットタワー専用 ハンモック 交換用", 980), ("キャットタワー対応 突っ張り 補強パーツ", 780)),
    "scratcher": items(f"{PSU} > Cat > Scratchers", ("爪とぎ 段ボール 高密度 3個セット", 980), ("爪とぎ ポール 麻 60cm", 1980),
                       ("爪とぎ ベッド型 段ボール ソファ", 1480)),
    "collar": items(f"{COL} > 首輪", ("首輪 猫 安全バックル 鈴付き 赤", 580), ("首輪 犬 本革 赤 Mサイズ", 1980),
                    ("首輪 ナイロン 反射 赤 小型犬", 880), ("首輪 猫 鈴付き ブルー", 480),
                    ("Leather Dog Collar, Red, Brass Buckle, M", 1480)),
    "collar_acc": items(f"{COL} > 首輪用品", ("首輪用 鈴 交換用 赤 5個", 280), ("首輪専用 迷子札 名入れ 赤", 480),
                        ("首輪対応 LEDライト 赤 防水", 380)),
    "petbed": items(f"{PSU} > Beds", ("ペットベッド 丸型 ふわふわ 洗える グレー", 2480), ("Pet Bed, Donut, Calming, Grey, 60cm", 1980),
                    ("ペットベッド スクエア 洗える グレー S", 1480), ("ペットベッド ドーム型 猫 ベージュ", 2980),
                    ("ペットベッド クッション ブラウン", 1280)),
    "petbed_acc": items(f"{PSU} > Beds > Bed Accessories", ("ペットベッド用 替えカバー グレー", 780),
                        ("ペットベッド専用 防水シーツ グレー", 980), ("ペットベッド対応 ヒーター マット", 1980)),
    "carrier": items(f"{PSU} > Carriers", ("Pet Carrier Bag, Soft Sided, Airline Approved", 3980),
                     ("Cat Carrier Backpack, Bubble Window", 4480), ("キャリーバッグ 猫 小型犬 ショルダー 折りたたみ", 2980)),
    "harness": items(f"{PSU} > Harnesses", ("Cat Harness and Leash Set, Escape Proof, Blue", 1980),
                     ("Dog Harness, No Pull, Reflective, M", 2480), ("ハーネス 猫 ベスト型 抜けない", 1680)),
    "bowl": items(f"{PSU} > Bowls", ("Stainless Steel Dog Food Bowl, Non-Slip, 2 Pack", 1280),
                  ("Raised Cat Food Bowl, Ceramic, Tilted", 1980), ("フードボウル 猫 陶器 脚付き", 1480)),
    "noise": each(("リード 犬 ナイロン 1.5m 赤", f"{COL} > リード", 980)),
}

SHOPS = {"tools": TOOLS, "party": PARTY, "laundry": LAUNDRY, "pets": PETS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("tools", "disc sander", "sander.disc", ["sander"], ["sanderdisc"]),
    two_types("tools", "sander discs", "sanderdisc", ["disc"], ["sander.disc"]),
    two_types("tools", "driver bits", "driverbit", ["drillbit"], ["bitdriver"]),
    two_types("tools", "bit driver", "bitdriver", ["impactdriver"], ["driverbit"]),
    two_types("party", "confetti balloons", "confettiballoon", ["balloon"], ["balloonconfetti"]),
    two_types("party", "balloon confetti", "balloonconfetti", ["confetti"], ["confettiballoon"]),
    two_types("laundry", "ピンチハンガー", "pinchhanger", ["hanger"], ["hangerpinch"]),
    two_types("laundry", "ハンガー ピンチ", "hangerpinch", ["pinch"], ["pinchhanger"]),
    # --- 2. a leading product word that modifies the head
    qualifies("tools", "drill bits", ["drillbit"], ["drill"]),
    qualifies("tools", "battery charger", ["charger"], ["battery"]),
    qualifies("party", "candle holder", ["candleholder"], ["candle"]),
    qualifies("party", "balloon pump", ["balloonpump"], ["balloon", "confettiballoon"]),
    qualifies("laundry", "アイロン台 カバー", ["ironboardcover"], ["ironboard"]),
    qualifies("laundry", "アイロンマット", ["ironmat"], ["iron"]),
    qualifies("pets", "猫砂 マット", ["littermat"], ["litter"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("tools", "circular saw", ["circsaw"], ["circsaw_acc", "sawblade"]),
    accessories("tools", "cordless drill", ["drill"], ["drill_acc", "drillbit"]),
    accessories("party", "candles", ["candle"], ["candleholder", "candle_acc"]),
    accessories("party", "gift wrap", ["giftwrap"], ["giftwrap_acc"]),
    accessories("laundry", "アイロン", ["iron"], ["iron_acc"]),
    accessories("laundry", "物干しスタンド", ["stand"], ["stand_acc"]),
    accessories("pets", "猫トイレ", ["cattoilet"], ["cattoilet_acc"]),
    accessories("pets", "キャットタワー", ["cattower"], ["cattower_acc"]),
    # red tool boxes: steel 59, plastic 24, cantilever 39, rolling 69 (a black one 19; red accessories 6-12)
    price("tools", "budget red tool box", "toolbox-1", ["toolbox_acc"]),
    # gold balloons: latex 14, metallic 9, foil number 11 (pastel assorted 7; gold confetti balloons 12; gold
    # weights 5, gold ribbon 4, gold balloon confetti 6)
    price("party", "cheap gold balloons", "balloon-1", ["balloon_acc", "balloonpump", "balloonconfetti"]),
    # white candles: pillar 18, tea lights 8, taper 14 (assorted birthday candles 3; white holders 6-7, white
    # snuffer 7)
    price("party", "cheap white candles", "candle-1", ["candleholder", "candle_acc"]),
    # white laundry baskets: 50L 1980, slim 1280, English 1580 (a grey one 980; white accessories 480-780)
    price("laundry", "安い 白 ランドリーバスケット", "laundrybasket-1", ["laundrybasket_acc"]),
    # red collars: cat 580, leather 1980, nylon 880, English 1480 (a blue one 480; red accessories 280-480)
    price("pets", "安い 赤 首輪", "collar-0", ["collar_acc"]),
    # grey pet beds: round 2480, English 1980, square 1480 (a brown one 1280; grey accessories 780-980)
    price("pets", "格安 グレー ペットベッド", "petbed-2", ["petbed_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("laundry", "スチームアイロン", "iron"),
    mixed("laundry", "衣類スチーマー", "steamer"),
    mixed("laundry", "ランドリーバッグ", "laundrybag"),
    mixed("laundry", "ironing board", "ironboard"),
    mixed("pets", "キャリーバッグ", "carrier"),
    mixed("pets", "ハーネス", "harness"),
    mixed("pets", "フードボウル", "bowl"),
    mixed("pets", "cat scratcher", "scratcher"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind61(q: Q, setup: str, known_limit):
    known_limit("blind61")
    check(q, setup, ENGINES)


def test_blind61_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "gold": "Gold", "white": "White", "白": "White", "赤": "Red",
                                 "グレー": "Grey"})
