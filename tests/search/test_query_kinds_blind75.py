"""A seventy-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: small home
appliances and food storage (English: bag sealers, vacuum sealers and their sealer bags, freezer
bags, freezers and mini fridges, fridge thermometers, slow cookers, food dehydrators), outdoor
power equipment (English: chain saws and saw chains, chain oil, log and tow chains, pole saws,
pump sprayers and sprayer pumps, water pumps, generators, log splitters), Japanese household
appliances 生活家電 (part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords or native words: 空気清浄機, ハンディクリーナー, こたつ and
こたつ布団, ホットカーペット, 足温器, 製氷機 / Ice Maker, ミルクフォーマー / Milk Frother,
ウォーターサーバー / Water Dispenser) and Japanese laundry and bath goods 洗濯用品・バス用品
(with English-titled imports and an English laundry tree: 洗濯機, 洗濯機ラック, 風呂水ポンプ,
毛玉取り / Fabric Shaver, 物干し / Drying Racks, タオルウォーマー, バスソルト / Bath Salts,
ボディタオル / Body Washcloth). Shops of 41-46 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (bag sealer / sealer bags, saw chain / chain saw,
   pump sprayer / sprayer pump);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y", "Y X用" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (seventy-fifth suite), as a measurement only (nothing changed for it):
80 of 88 cases pass, 33 of 36 queries in every setup (two_types 5/6 queries, 10/12 cases;
qualifies 8/8, 20/20; accessories 7/8, 17/20; price 6/6, 14/14; mixed 7/8, 19/22); the 8 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "sealer bags" (the third sealer bag, "Vacuum Sealer Bag Rolls", ranks
below freezer and storage bags), 洗濯機 (the English washing-machine dust cover ranks above the
English washing machine) and 毛玉取り (nothing is returned, not even a 毛玉取り器 title).

After (a verb stem naming a tool is written onto its noun, 毛玉取り器 one word; a query pair no
title says reads as the word beginning with it; 電動 alone describes; the sixteenth session):
毛玉取り passes. After (an English title made for a Japanese type's English words is no item of it,
"Dust Cover for Washing Machine" for 洗濯機): 洗濯機 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

FS, AP = "Food Storage", "Appliances"
FRIDGE, SMALL = f"{AP} > Refrigeration", f"{AP} > Small Kitchen"

APPL = {
    "bagsealer": items(f"{FS} > Bag Sealers",
                       ("Kitchora Mini Bag Sealer, Handheld Heat Sealer, Rechargeable, White", 15),
                       ("Bag Sealer with Cutter, 2-in-1, Magnetic Back, Black", 12),
                       ("Impulse Bag Sealer, 12 Inch, Manual Heat Seal Strip", 39)),
    "sealer": items(f"{FS} > Vacuum Sealers", ("Kitchora Vacuum Sealer Machine, Dry & Moist Modes, Silver", 59),
                    ("Compact Vacuum Sealer, One-Touch, Built-In Cutter, Black", 39),
                    ("Handheld Vacuum Sealer, Cordless, USB-C Charging", 29)),
    "sealerbag": items(f"{FS} > Vacuum Sealers > Bags & Rolls", ("Vacuum Sealer Bags, Pint Size, 100 Count, BPA Free", 18),
                       ("Kitchora Sealer Bags, Quart, 50 Count, Embossed", 14),
                       ("Vacuum Sealer Bag Rolls, 11 in x 50 ft, 2 Pack", 22)),
    "bag": items(f"{FS} > Storage Bags", ("Reusable Silicone Food Bags, 6 Pack, Leakproof", 19),
                 ("Zipper Storage Bags, Gallon, 60 Count", 7)),
    "freezerbag": items(f"{FS} > Storage Bags > Freezer Bags",
                        ("Kitchora Freezer Bags, Gallon, Double Zipper, 40 Count", 8),
                        ("Freezer Bags, Quart, Slider Zip, 50 Count", 9),
                        ("Reusable Freezer Bags, Silicone, Stand-Up, 4 Pack", 17)),
    "freezer": items(f"{FRIDGE} > Freezers", ("Chest Freezer, 5.0 Cu Ft, Adjustable Thermostat, White", 199),
                     ("Kitchora Upright Freezer, 3.0 Cu Ft, Reversible Door, Black", 179),
                     ("Compact Freezer, 1.1 Cu Ft, Stainless", 149)),
    "fridgethermo": items(f"{FRIDGE} > Thermometers", ("Fridge Thermometer, Digital, Large Display, 2 Pack", 9),
                          ("Kitchora Wireless Fridge Thermometer, Freezer Alarm, 2 Sensors", 19),
                          ("Analog Fridge Thermometer, Hanging Hook, Stainless", 5)),
    "fridge": items(f"{FRIDGE} > Mini Fridges", ("Kitchora Compact Fridge, 1.7 Cu Ft, Reversible Door, Silver", 139),
                    ("Retro Mini Fridge, 4.4 Cu Ft, Freezer Compartment, Red", 229),
                    ("Beverage Fridge, 120 Can, Glass Door, Black", 259)),
    "slowcooker": items(f"{SMALL} > Slow Cookers", ("Kitchora Slow Cooker, 6 Quart, Programmable, Stainless", 49),
                        ("Slow Cooker, 8 Quart, Locking Lid, Red", 59),
                        ("Slow Cooker, 4 Quart, Ceramic Pot, Manual, Red", 39),
                        ("Slow Cooker, 3 Quart, Oval, Manual, Black", 24)),
    "slowcooker_acc": items(f"{SMALL} > Parts & Accessories", ("Slow Cooker Liners, 4 Packs, 24 Count", 8),
                            ("Replacement Glass Lid for Slow Cooker, 6 Quart", 14),
                            ("Slow Cooker Replacement Crock, 6 Quart, Stoneware", 25),
                            ("Lid Strap for Slow Cookers, Silicone, Red, 2 Pack", 9),
                            ("Insulated Carrier for Slow Cookers, Red", 22)),
    "dehydrator": items(f"{SMALL} > Food Dehydrators", ("Kitchora Food Dehydrator, 5 Trays, Adjustable Temp, Black", 29),
                        ("Food Dehydrator, 6 Trays, Digital Timer, White", 69),
                        ("Compact Food Dehydrator, 4 Trays, White", 45),
                        ("Food Dehydrator, 10 Stainless Shelves, Glass Door, Silver", 149)),
    "dehydrator_acc": items(f"{SMALL} > Parts & Accessories",
                            ("Mesh Sheets for Food Dehydrator, Silicone, 6 Pack, White", 14),
                            ("Fruit Roll Sheets for Food Dehydrators, 4 Pack, White", 12),
                            ("Food Dehydrator Replacement Trays, 2 Pack, BPA Free", 19)),
    "noise": each(("Kitchora Milk Frother, Handheld, Rechargeable, Black", f"{SMALL} > Coffee & Tea", 15),
                  ("Electric Egg Cooker, 7 Egg Capacity, Auto Shut-Off", f"{SMALL} > Egg Cookers", 19)),
}

O = "Outdoor Power"
SAWS, SPRAY, GEN, SPLIT = f"{O} > Chainsaws", f"{O} > Sprayers", f"{O} > Generators", f"{O} > Log Splitters"

YARD = {
    "sawchain": items(f"{SAWS} > Saw Chains", ("Timberline Saw Chain, 16 Inch, 3/8 LP, 56 Drive Links", 19),
                      ("Saw Chain, 18 Inch, Full Chisel, 2 Pack", 32),
                      ("Low-Kickback Saw Chain, 14 Inch, 52 Links", 15)),
    "chain": items(f"{O} > Towing & Rigging", ("Log Chain, 3/8 Inch x 14 ft, Grab Hooks", 49),
                   ("Tow Chain, 5/16 Inch x 20 ft, Clevis Hooks", 39)),
    "chainsaw": items(SAWS, ("Timberline Gas Chain Saw, 18 Inch Bar, 45cc, 2-Stroke", 219),
                      ("Cordless Chain Saw, 40V, 14 Inch, Battery and Charger Included", 179),
                      ("Mini Chain Saw, 6 Inch, One-Hand, Rechargeable", 59)),
    "chainoil": items(f"{SAWS} > Oil & Lubricants", ("Bar and Chain Oil, 1 Gallon, All Season", 14),
                      ("Timberline Chain Oil, Bio-Based, 1 Quart", 11), ("Chain Oil, Winter Grade, 32 oz", 9)),
    "polesaw": items(f"{O} > Pole Saws", ("Timberline Cordless Pole Saw, 10 Inch Bar, Reaches 14 ft", 149),
                     ("Electric Pole Saw, 8 Inch, Telescoping Shaft", 99),
                     ("Gas Pole Saw, 25cc, 12 Inch Bar, Detachable Shaft", 199)),
    "pole": items(f"{O} > Accessories > Extension Poles", ("Telescoping Extension Pole, 6-24 ft, Aluminium", 39),
                  ("Fiberglass Extension Pole, 8 ft, Threaded Tip", 29)),
    "pumpsprayer": items(f"{SPRAY} > Pump Sprayers", ("Timberline Pump Sprayer, 2 Gallon, Adjustable Nozzle", 29),
                         ("Pump Sprayer, 1 Gallon, Handheld, Translucent Tank", 15),
                         ("Backpack Pump Sprayer, 4 Gallon, Piston Pump", 69)),
    "sprayer": items(f"{SPRAY} > Battery Sprayers", ("Cordless Sprayer, 20V, 2 Gallon, Battery Powered", 89),
                     ("Battery Backpack Sprayer, 4 Gallon, 2 Speeds", 129)),
    "sprayerpump": items(f"{SPRAY} > Sprayer Parts",
                         ("Sprayer Pump Assembly, Replacement, Fits 1-3 Gallon Sprayers", 19),
                         ("Backpack Sprayer Pump Kit, Piston and Cylinder", 24),
                         ("12V Sprayer Pump, Diaphragm, 1.0 GPM", 39)),
    "pump": items(f"{O} > Water Pumps", ("Utility Pump, 1/4 HP, Submersible, 1800 GPH", 89),
                  ("Gas Transfer Pump, 2 Inch, 212cc", 249),
                  ("Timberline Water Transfer Pump, Battery Powered, 360 GPH", 39)),
    "generator": items(GEN, ("Timberline Inverter Generator, 2200W, Quiet, Orange", 499),
                       ("Portable Generator, 4500W, Electric Start, Orange", 549),
                       ("Dual Fuel Generator, 3600W, Blue", 349),
                       ("Inverter Generator, 1200W, Lightweight, Orange", 379),
                       ("Open Frame Generator, 8000W, Wheel Kit Included, Red", 899)),
    "generator_acc": items(f"{GEN} > Accessories", ("Generator Cover, Weatherproof, Fits 2000-2200W, Orange", 39),
                           ("Wheel Kit for Portable Generators, Never-Flat", 59),
                           ("Parallel Kit for Inverter Generators, 2 Cables", 45),
                           ("Generator Replacement Pull Cord, Orange Handle", 12)),
    "splitter": items(SPLIT, ("Timberline Electric Log Splitter, 7 Ton, Red", 399),
                      ("Gas Log Splitter, 25 Ton, Vertical and Horizontal, Red", 1499),
                      ("Electric Log Splitter, 10 Ton, Stand Included, Red", 549),
                      ("Manual Hydraulic Log Splitter, 5 Ton, Green", 249)),
    "splitter_acc": items(f"{SPLIT} > Accessories", ("4-Way Wedge for Log Splitters, Red", 89),
                          ("Log Splitter Cover, Weatherproof, Red", 35),
                          ("Hydraulic Oil for Log Splitters, 1 Gallon", 29),
                          ("Log Splitter Replacement Wedge, Hardened Steel", 49)),
    "noise": each(("Timberline Cordless Leaf Blower, 40V, 480 CFM", f"{O} > Blowers", 129),
                  ("Earth Auger, 52cc, 8 Inch Bit", f"{O} > Augers", 189)),
}

HA, SK, KK = "Home Appliances", "季節家電", "キッチン家電"

KADEN = {
    "purifier": items(f"{HA} > Air Purifiers", ("空気清浄機 加湿 20畳 花粉 ホワイト", 29800),
                      ("空気清浄機 コンパクト 8畳 HEPA 卓上 白", 6980),
                      ("Air Purifier, True HEPA, Quiet, 25 sq m, White", 12800),
                      ("空気清浄機 大型 40畳 PM2.5 黒", 39800), ("空気清浄機 ミニ USB 卓上 ピンク", 2980)),
    "purifier_acc": items(f"{HA} > Air Purifiers > Filters", ("空気清浄機用 交換フィルター HEPA 白 2枚", 2480),
                          ("空気清浄機専用 脱臭フィルター 活性炭", 1980), ("空気清浄機対応 プレフィルター 白 10枚", 980),
                          ("Replacement HEPA Filter for Air Purifier, White, 2 Pack", 2980)),
    "handvac": items(f"{HA} > Vacuums > Handheld Vacuums", ("ハンディクリーナー コードレス 強力吸引 車 布団 白", 5980),
                     ("ハンディクリーナー 充電式 軽量 600g ブラック", 3980),
                     ("Handheld Vacuum, Cordless, 12kPa, Washable Filter, Grey", 4980),
                     ("ハンディクリーナー 2way スティック 紙パック不要", 7980)),
    "handvac_acc": items(f"{HA} > Vacuums > Parts", ("ハンディクリーナー用 交換フィルター 2個", 980),
                         ("ハンディクリーナー専用 すき間ノズル ブラシ付き", 780), ("ハンディクリーナー対応 充電スタンド 壁掛け", 1480),
                         ("Replacement Filter for Handheld Vacuum, 3 Pack", 1280)),
    "kotatsu": items(f"{SK} > こたつ", ("こたつ テーブル 長方形 105×75 ナチュラル", 12800),
                     ("こたつ 正方形 75cm 家具調 ブラウン", 9800), ("一人用 こたつ デスク 60×45 300W", 8980)),
    "kotatsufuton": items(f"{SK} > こたつ > こたつ布団", ("こたつ布団 長方形 厚掛け 205×245 ベージュ", 6980),
                          ("こたつ布団 正方形 薄掛け 洗える グレー", 3980), ("こたつ布団 一人用 省スペース ネイビー", 2980)),
    "hotcarpet": items(f"{SK} > ホットカーペット", ("ホットカーペット 2畳 本体 ダニ退治 切タイマー", 6980),
                       ("ホットカーペット 3畳 本体のみ 温度調節", 8980), ("ホットカーペット 1畳 ミニ 足元 省エネ", 3480)),
    "hccover": items(f"{SK} > ホットカーペット > カバー・ラグ", ("ホットカーペット カバー 2畳 洗える フランネル ベージュ", 2980),
                     ("ホットカーペットカバー 3畳 撥水 グレー", 3980), ("ホットカーペット対応 ラグ カバー 1.5畳 ふわふわ", 2480)),
    "footwarmer": items(f"{HA} > Foot Warmers", ("足温器 電気 ブーツ型 丸洗い あったか", 3980),
                        ("フットウォーマー 足元ヒーター 洗えるカバー", 2980), ("足元ヒーター 足入れ ホットマット タイマー付き", 4480)),
    "icemaker": items("Kitchen Appliances > Ice Makers", ("Countertop Ice Maker, 9 Cubes in 6 Minutes, Silver", 16800),
                      ("Portable Ice Maker, 12kg per Day, Self-Cleaning, Black", 13800), ("製氷機 家庭用 卓上 高速 透明氷", 19800)),
    "frother": items(f"{KK} > コーヒー関連", ("Milk Frother, Handheld, Rechargeable, Black", 1980),
                     ("Electric Milk Frother and Steamer, 350ml, Silver", 5980), ("ミルクフォーマー 電動 ハンディ 泡立て", 1280)),
    "waterserver": items("Kitchen Appliances > Water Dispensers",
                         ("Water Dispenser, Hot and Cold, Top Loading, White", 19800),
                         ("Countertop Water Dispenser, Bottom Load, Child Lock", 24800),
                         ("ウォーターサーバー 卓上 ボトル式 温水 冷水", 16800)),
    "noise": each(("電気ケトル 1.0L 温度調節 保温 白", f"{KK} > 電気ケトル", 4980),
                  ("ミキサー 700ml ガラス容器 ブラック", f"{KK} > ミキサー", 3980)),
}

W, B, L = "洗濯用品", "バス用品", "Laundry"

LAUNDRY = {
    "washer": items(f"{W} > 洗濯機", ("ミニ洗濯機 二槽式 3.6kg 脱水機能 白", 15800),
                    ("小型洗濯機 バケツ型 折りたたみ 靴洗い グレー", 4980),
                    ("Portable Washing Machine, 10 lbs, Twin Tub, White", 16800), ("洗濯機 全自動 5kg 一人暮らし 白", 29800)),
    "washer_acc": items(f"{W} > 洗濯機 > 洗濯機まわり", ("洗濯機用 糸くずフィルター 白 3個", 480),
                        ("洗濯機専用 かさ上げ台 防振 白 4個", 1980), ("洗濯機対応 防水パン 64×64 白", 5980),
                        ("Dust Cover for Washing Machine, Waterproof, Zip, White", 1980)),
    "washerrack": items(f"{W} > ランドリー収納", ("洗濯機ラック 3段 伸縮 ステンレス", 4980),
                        ("洗濯機 ラック 突っ張り 棚2段 省スペース", 3980), ("ランドリーラック 洗濯機ラック 幅調節 木目", 5980)),
    "pump": items(f"{W} > 風呂水ポンプ", ("風呂水ポンプ 電動 ホース4m 残り湯 再利用", 2480),
                  ("風呂水ポンプ 乾電池式 コードレス", 1980), ("風呂水ポンプ 自動停止 ホース5m 節水", 3480)),
    "pump_acc": items(f"{W} > 風呂水ポンプ > 交換部品", ("風呂水ポンプ用 交換ホース 4m", 980),
                      ("風呂水ポンプ専用 吸水フィルター 2個", 580), ("風呂水ポンプ対応 ホースホルダー 浴槽 クリップ", 480),
                      ("ホース 交換用 風呂水ポンプ用 6m", 1280)),
    "fabricshaver": items(f"{L} > Fabric Care", ("Fabric Shaver, Rechargeable, 6 Blades, Grey", 2480),
                          ("Electric Lint Remover, Sweaters and Clothes, USB", 1980), ("毛玉取り器 電動 充電式 大口径", 2980)),
    "dryrack": items(f"{L} > Drying Racks", ("物干しスタンド 室内 折りたたみ X型 シルバー", 3980),
                     ("室内物干し 伸縮 ステンレス 3段", 5980), ("物干しラック 省スペース 布団干し兼用 白", 4480)),
    "towel": items(f"{B} > タオル", ("バスタオル 綿100% 今治 2枚 白", 2980), ("フェイスタオル 5枚セット 速乾 グレー", 1480),
                   ("バスタオル マイクロファイバー 吸水 ネイビー", 1280)),
    "towelwarmer": items(f"{B} > タオルウォーマー", ("タオルウォーマー おしぼり 業務用 18L", 9800),
                         ("タオルウォーマー 電気 壁掛け 速暖 ステンレス", 12800), ("タオルウォーマー 4段 ラダー型 浴室 脱衣所", 14800),
                         ("Towel Warmer, Freestanding, 8 Bars, Chrome", 15800)),
    "bathsalt": items(f"{B} > 入浴剤", ("Epsom Bath Salts, Lavender, 2 lb", 1980), ("Dead Sea Bath Salt, Unscented, 1kg", 2480),
                      ("バスソルト 国産 ローズの香り 500g", 1580)),
    "bodytowel": items(f"{B} > ボディケア", ("ボディタオル ナイロン 泡立ち ロング 白", 480),
                       ("ボディタオル 綿 やわらか 敏感肌 ベージュ", 680),
                       ("Exfoliating Body Washcloth, Nylon, Extra Long, Blue", 980),
                       ("Body Scrub Towel, Stretchable, Long, Pink", 780)),
    "noise": each(("ピンチハンガー 角型 ステンレス 40ピンチ", f"{L} > Hangers", 2480),
                  ("Lint Roller, Extra Sticky, 3 Rollers and 2 Refills", f"{L} > Fabric Care", 980),
                  ("入浴剤 炭酸 薬用 詰め合わせ 30錠", f"{B} > 入浴剤", 1280),
                  ("Bath Bombs, Gift Set, 12 Pack", f"{B} > 入浴剤", 1980)),
}

SHOPS = {"appl": APPL, "yard": YARD, "kaden": KADEN, "laundry": LAUNDRY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("appl", "bag sealer", "bagsealer", ["sealer"], ["sealerbag"]),
    two_types("appl", "sealer bags", "sealerbag", ["bag", "freezerbag"], ["bagsealer"]),
    two_types("yard", "saw chain", "sawchain", ["chain"], ["chainsaw"]),
    two_types("yard", "chain saw", "chainsaw", ["polesaw"], ["sawchain"]),
    two_types("yard", "pump sprayer", "pumpsprayer", ["sprayer"], ["sprayerpump"]),
    two_types("yard", "sprayer pump", "sprayerpump", ["pump"], ["pumpsprayer"]),
    # --- 2. a leading product word that modifies the head
    qualifies("appl", "freezer bags", ["freezerbag"], ["freezer"]),
    qualifies("appl", "fridge thermometer", ["fridgethermo"], ["fridge"]),
    qualifies("yard", "chain oil", ["chainoil"], ["sawchain", "chain"]),
    qualifies("yard", "pole saw", ["polesaw"], ["pole"]),
    qualifies("kaden", "こたつ布団", ["kotatsufuton"], ["kotatsu"]),
    qualifies("kaden", "ホットカーペット カバー", ["hccover"], ["hotcarpet"]),
    qualifies("laundry", "洗濯機 ラック", ["washerrack"], ["washer"]),
    qualifies("laundry", "タオルウォーマー", ["towelwarmer"], ["towel"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("appl", "slow cooker", ["slowcooker"], ["slowcooker_acc"]),
    accessories("appl", "food dehydrator", ["dehydrator"], ["dehydrator_acc"]),
    accessories("yard", "generator", ["generator"], ["generator_acc"]),
    accessories("yard", "log splitter", ["splitter"], ["splitter_acc"]),
    accessories("kaden", "空気清浄機", ["purifier"], ["purifier_acc"]),
    accessories("kaden", "ハンディクリーナー", ["handvac"], ["handvac_acc"]),
    accessories("laundry", "洗濯機", ["washer"], ["washer_acc"]),
    accessories("laundry", "風呂水ポンプ", ["pump"], ["pump_acc"]),
    # red slow cookers: 8 qt 59, 4 qt 39 (a black 3 qt one 24, a stainless one 49; red accessories: lid strap 9,
    # carrier 22)
    price("appl", "cheap red slow cooker", "slowcooker-2", ["slowcooker_acc"]),
    # white food dehydrators: 6 trays 69, compact 45 (a black one 29, a silver one 149; white sheets 12-14)
    price("appl", "budget white food dehydrator", "dehydrator-2", ["dehydrator_acc"]),
    # orange generators: Timberline 2200W 499, 4500W 549, 1200W 379 (a blue one 349, a red one 899; orange
    # accessories: cover 39, pull cord 12)
    price("yard", "cheap orange generator", "generator-3", ["generator_acc"]),
    # red log splitters: Timberline 7 ton 399, gas 25 ton 1499, 10 ton 549 (a green manual one 249; red
    # accessories: wedge 89, cover 35)
    price("yard", "budget red log splitter", "splitter-0", ["splitter_acc"]),
    # white air purifiers: 8畳 白 6980, English White 12800, 20畳 ホワイト 29800 (a pink mini one 2980, a black
    # 40畳 one 39800; white filters 980-2980)
    price("kaden", "格安 白 空気清浄機", "purifier-1", ["purifier_acc"]),
    # white washing machines: 二槽式 15800, English White 16800, 全自動 29800 (a grey bucket one 4980; white
    # accessories 480-5980)
    price("laundry", "お手頃 白 洗濯機", "washer-0", ["washer_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords or native words), English over
    # Japanese titles under an English tree
    mixed("kaden", "製氷機", "icemaker"),
    mixed("kaden", "ミルクフォーマー", "frother"),
    mixed("kaden", "ウォーターサーバー", "waterserver"),
    mixed("kaden", "foot warmer", "footwarmer"),
    mixed("laundry", "毛玉取り", "fabricshaver"),
    mixed("laundry", "バスソルト", "bathsalt"),
    mixed("laundry", "ボディタオル", "bodytowel"),
    mixed("laundry", "drying rack", "dryrack"),
]

LIMITS = {
    **{("blind75", "two_types:appl:sealer_bags", s): "the third sealer bag ('Vacuum Sealer Bag Rolls') ranks below "
       "freezer bags or plain storage bags" for s in ("categories-lexical", "categories-dense")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind75(q: Q, setup: str, known_limit):
    known_limit("blind75")
    check(q, setup, ENGINES)


def test_blind75_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "red": "Red", "white": "White", "orange": "Orange"})
