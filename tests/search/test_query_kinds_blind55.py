"""A fifty-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: camping and hiking gear
(English: tents, tarps, tent stakes and footprints, sleeping bags and liners, camp stoves and stove
fuel, headlamps, backpacks and rain covers), home appliances (English: cordless vacuums and their
parts, air purifiers and purifier filters, humidifiers and humidifier filters, fans and fan stands,
fan and space heaters), Japanese care and health goods 介護用品・健康器具 (杖 and 杖ホルダー, 車椅子 and
車椅子クッション, 血圧計, 補聴器 and 補聴器電池, マッサージガン, シャワーチェア, 体重計; part of its category tree
in English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese
stationery 文房具 (ボールペン and 替芯, 万年筆 and インク, ボックスファイル and ファイルボックス, ホッチキス and 針,
ペンケース, ノート, マスキングテープ; English-titled imports too). Shops of 30-50 items, category paths 2-3
levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords for
   English-titled imports, kanji over a group with imports), and two English queries ("cane",
   "stapler") over Japanese-only titles under an English category tree: the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-fifth suite), as a measurement only (nothing changed for it):
93 of 95 cases pass, 37 of 38 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 5/6, 13/15; mixed 8/8, 22/22). The 2 failing
cases (1 query, in both its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
"cheap green tent" puts a green "Tent Tarp, Waterproof Rain Fly" (39) first, above the cheapest
green tent (Ridgecrest Dome Tent, 129), so an accessory is in the top two.

After (an item of the type by its category alone, titled as the type its own leaf is named for,
is never the cheapest of the type: the tarps under "Tents > Tarps"): cheap green tent passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

CA, HI = "Camping", "Hiking"
TENTS, KITCHEN, SLEEP = f"{CA} > Tents", f"{CA} > Camp Kitchen", f"{CA} > Sleeping"
LIGHT, PACKS = f"{HI} > Lighting", f"{HI} > Backpacks"

CAMP = {
    "tent": items(f"{TENTS} > Camping Tents", ("Summitline 2-Person Backpacking Tent, Freestanding, Green", 189),
                  ("Ridgecrest Dome Tent, 4 Person, Waterproof, Green", 129),
                  ("Family Cabin Tent, 6 Person, Blackout Bedrooms, Grey", 249),
                  ("Ultralight 1-Person Tent, Silnylon, Green", 159),
                  ("Instant Pop-Up Tent, 2 Person, Blue", 49)),
    "tarptent": items(f"{TENTS} > Ultralight Shelters", ("Trailfly Tarp Tent, 1-Person, Single Wall, Grey", 219),
                      ("Tarp Tent, 2 Person, Silnylon, Sand", 179)),
    "footprint": items(f"{TENTS} > Footprints", ("Summitline Tent Footprint, 2-Person, Green", 35),
                       ("Universal Tent Footprint, Ground Sheet, 210x150cm", 22),
                       ("Ultralight Tent Footprint, Tyvek, Green", 19)),
    "tent_acc": items(f"{TENTS} > Tent Accessories", ("Aluminium Tent Stakes, 10 Pack, Green", 12),
                      ("Tent Repair Kit, Patches & Seam Sealer", 9),
                      ("Replacement Guy Lines for Tents, Reflective, 4 Pack", 8)),
    "tenttarp": items(f"{TENTS} > Tarps", ("Tent Tarp, Waterproof Rain Fly, 3x3m, Green", 39),
                      ("Summitline Tent Tarp, Ripstop, 4x3m, Grey", 49)),
    "tarp": items(f"{TENTS} > Tarps", ("Ultralight Camping Tarp, Silnylon, 3x2.5m", 69),
                  ("Hammock Rain Tarp, Hex, 3.5m, Black", 45)),
    "stove": items(f"{KITCHEN} > Stoves", ("Trailforge Canister Stove, Piezo Ignition, 3000W", 45),
                   ("Two-Burner Camp Stove, Propane, Wind Guards", 99),
                   ("Ultralight Backpacking Stove, Titanium, 25g", 35)),
    "fuelstove": items(f"{KITCHEN} > Stoves", ("Trailforge Multi-Fuel Stove, Gas & Petrol, Expedition", 149),
                       ("Liquid Fuel Stove, White Gas, Pump & Bottle Included", 119)),
    "stovefuel": items(f"{KITCHEN} > Fuel", ("Isobutane Stove Fuel Canister, 230g", 7), ("Stove Fuel, White Gas, 1L Can", 12),
                       ("Trailforge Stove Fuel Blend, 450g, 2 Pack", 15)),
    "fuel": items(f"{CA} > Lanterns & Fuel", ("Lantern Fuel, Paraffin Oil, 1L", 9),
                  ("Fire Starter Fuel Cubes, Odourless, 24 Pack", 6)),
    "sleepingbag": items(f"{SLEEP} > Sleeping Bags", ("Summitline Down Sleeping Bag, -5C, Mummy, Red", 229),
                         ("Ridgecrest Synthetic Sleeping Bag, 3 Season, Red", 79),
                         ("Rectangular Sleeping Bag, Cotton Flannel, Navy", 49),
                         ("Ultralight Quilt Sleeping Bag, 0C, Red", 149)),
    "liner": items(f"{SLEEP} > Sleeping Bag Liners", ("Silk Sleeping Bag Liner, Mummy, Red", 45),
                   ("Thermal Sleeping Bag Liner, Adds 8C, Red", 35),
                   ("Cotton Sleeping Bag Liner, Rectangular, Travel Sheet", 25)),
    "sleep_acc": items(f"{SLEEP} > Sleeping Bag Accessories", ("Compression Sack for Sleeping Bags, 20L, Red", 19)),
    "headlamp": items(LIGHT, ("Luminex Headlamp, 400 Lumens, Rechargeable, Black", 39),
                      ("Trailbeam LED Headlamp, 250 Lumens, AAA Batteries", 19),
                      ("Running Headlamp, Ultralight, 150 Lumens, Reflective Strap", 29)),
    "headlamp_acc": items(f"{LIGHT} > Headlamp Accessories", ("Replacement Headband for Headlamps, Elastic, Black", 8),
                          ("Headlamp Battery Pack, Rechargeable, 1800mAh", 15),
                          ("Helmet Mount Clips for Headlamps, 4 Pack", 7)),
    "backpack": items(PACKS, ("Summitpack 45L Hiking Backpack, Integrated Rain Cover, Green", 119),
                      ("Daypack 25L, Hydration Sleeve, Blue", 59),
                      ("Ultralight Backpack 60L, Roll-Top, Frameless, Grey", 149)),
    "raincover": items(f"{PACKS} > Rain Covers", ("Backpack Rain Cover, 30-40L, Waterproof, Orange", 15),
                       ("Rain Cover for Backpacks, 50-70L, Reflective Strip, Black", 19),
                       ("Summitpack Pack Rain Cover, 20-35L, Green", 22)),
}

HA = "Home Appliances"
VAC, AIR, FAN, HEAT = f"{HA} > Vacuums", f"{HA} > Air Treatment", f"{HA} > Fans", f"{HA} > Heating"

APPLIANCE = {
    "cordless": items(f"{VAC} > Cordless Vacuums", ("Vortexa V8 Cordless Vacuum, Stick, 40 Min Runtime, Grey", 249),
                      ("Cordless Vacuum Cleaner, Lightweight Stick, LED Brush, White", 129),
                      ("Brisa Cordless Vacuum, Pet Hair, 2-in-1 Handheld, Purple", 179)),
    "vacuum": items(f"{VAC} > Corded Vacuums", ("Bagless Upright Vacuum, Pet Turbo, 2L", 149),
                    ("Canister Vacuum, Bagged, HEPA, 1200W", 169)),
    "cordless_acc": items(f"{VAC} > Vacuum Parts", ("Replacement Battery for Cordless Vacuums, 2500mAh", 39),
                          ("Cordless Vacuum Replacement Filter, HEPA, 2 Pack", 15),
                          ("Wall Mount for Cordless Vacuum, Charging Dock", 25),
                          ("Vortexa V8 Replacement Brush Roll", 29)),
    "purifier": items(f"{AIR} > Air Purifiers", ("Clearbreeze Air Purifier, True HEPA, 40m², White", 149),
                      ("Compact Air Purifier for Bedroom, Quiet, White", 79),
                      ("Smart Air Purifier, Wi-Fi, PM2.5 Sensor, Black", 229),
                      ("Air Purifier, 3-Stage Filtration, 60m², White", 119),
                      ("Desktop Air Purifier, USB, Mini, Grey", 39)),
    "purifier_acc": items(f"{AIR} > Air Purifier Filters", ("Replacement Filter for Clearbreeze Air Purifier, HEPA, White", 29),
                          ("Air Purifier Replacement Filter, Activated Carbon, 2 Pack", 25),
                          ("Pre-Filter Sheets for Air Purifiers, 6 Pack, White", 12)),
    "stand": items(f"{AIR} > Stands", ("Humidifier Stand, Bamboo, 2 Tier", 29), ("Air Purifier Stand, Floor Riser, Wheels", 35)),
    "humidifier": items(f"{AIR} > Humidifiers", ("Mistral Ultrasonic Humidifier, 4L, Cool Mist, White", 49),
                        ("Warm Mist Humidifier, 6L, Auto Shut-Off", 69),
                        ("Top-Fill Humidifier, Aroma Tray, 5L, Black", 59)),
    "humidfilter": items(f"{AIR} > Humidifier Filters", ("Humidifier Filter, Wick Type, Replacement, 2 Pack", 15),
                         ("Mistral Humidifier Filter Cartridge, Demineralizing", 12),
                         ("Replacement Wick Filters for Evaporative Humidifiers, 4 Pack", 19)),
    "fan": items(f"{FAN} > Fans", ("Breezeline Tower Fan, 42 Inch, Remote, Oscillating, Black", 69),
                 ("Desk Fan, USB, 6 Inch, Quiet, White", 19), ("Box Fan, 20 Inch, 3 Speeds", 35),
                 ("Bladeless Fan, Remote Control, 9 Speeds", 129)),
    "standfan": items(f"{FAN} > Pedestal Fans", ("Breezeline Stand Fan, 16 Inch, Adjustable Height, White", 49),
                      ("Stand Fan with Remote, DC Motor, 12 Speeds", 89),
                      ("Pedestal Stand Fan, 18 Inch, Oscillating, Black", 59)),
    "fanstand": items(f"{FAN} > Fan Accessories", ("Fan Stand for Bladeless Fans, Floor Height, White", 39),
                      ("Adjustable Fan Stand, Desk Fan Riser, Metal", 25)),
    "fanheater": items(f"{HEAT} > Fan Heaters", ("Warmwave Fan Heater, 2000W, Thermostat, White", 29),
                       ("Ceramic Fan Heater, Oscillating, 1500W, Tip-Over Switch", 45),
                       ("Compact Fan Heater, 2 Heat Settings, Black", 19)),
    "heater": items(f"{HEAT} > Space Heaters", ("Oil Filled Radiator Heater, 2500W, 11 Fins", 79),
                    ("Infrared Space Heater, Remote, 1500W", 99), ("Convector Heater, Wall Mountable, 2000W", 55)),
}

KA, KE, MOB = "介護用品", "健康器具", "Mobility Aids"
WC = f"{KA} > 車椅子"

CARE = {
    "cane": items(f"{MOB} > Canes", ("杖 折りたたみ 軽量 アルミ 5段階調節 黒", 2980), ("ステッキ 杖 木製 T字 天然木 ブラウン", 3980),
                  ("杖 伸縮 LEDライト付き 4点杖 自立 黒", 4580), ("折りたたみ杖 花柄 レディース 軽量 赤", 2480),
                  ("杖 T字 カーボン 超軽量 160g 黒", 6980)),
    "caneholder": items(f"{MOB} > Cane Accessories", ("杖ホルダー テーブル 引っ掛け 滑り止め 黒", 980),
                        ("杖ホルダー 杖用 クリップ式 車椅子 歩行器 取付", 1280), ("ステッキホルダー 杖立て 玄関 置き型", 1980)),
    "cane_acc": items(f"{MOB} > Cane Accessories", ("杖先ゴム 交換用 杖用 黒 2個", 480), ("杖用 ストラップ 手首 反射材 黒", 580),
                      ("杖専用 ケース 収納 折りたたみ杖対応 黒", 1280)),
    "wheelchair": items(WC, ("車椅子 自走式 折りたたみ 軽量 アルミ 黒", 29800), ("車いす 介助式 コンパクト ノーパンクタイヤ 青", 24800),
                        ("車椅子 自走用 背折れ 座幅40cm 黒", 34800),
                        ("Lightweight Folding Wheelchair, Self-Propelled, Black", 27800)),
    "wcushion": items(f"{WC} > 車椅子用品", ("車椅子クッション 低反発 床ずれ防止 黒", 3980),
                      ("車椅子用 クッション ゲル 座布団 40×40cm 黒", 4980), ("車椅子 クッション 体圧分散 洗えるカバー グレー", 2980)),
    "wheelchair_acc": items(f"{WC} > 車椅子用品", ("車椅子用 テーブル 取付簡単 黒", 2480), ("車椅子専用 バッグ 背もたれ 収納 黒", 1980),
                            ("車椅子対応 レインカバー 撥水 黒", 2980)),
    "bp": items(f"{KE} > 血圧計", ("血圧計 上腕式 自動 大画面 60回メモリ 白", 4980), ("血圧計 手首式 コンパクト 携帯 白", 2980),
                ("Upper Arm Blood Pressure Monitor, Large Cuff, Backlit", 3980),
                ("血圧計 上腕式 Bluetooth スマホ連動 2人分記録", 7980)),
    "bp_acc": items(f"{KE} > 血圧計 > 血圧計用品", ("血圧計用 腕帯 交換用 22-42cm", 1980), ("血圧計専用 ACアダプター 6V", 1280),
                    ("血圧計対応 収納ケース 上腕式 白", 980), ("腕帯 血圧計用 大きめ 32-45cm", 2480)),
    "hearing": items(f"{KE} > 補聴器", ("補聴器 充電式 耳かけ型 左右兼用 ベージュ", 19800), ("補聴器 耳あな型 デジタル 小型 電池式", 14800),
                     ("Rechargeable Hearing Aids, Behind The Ear, Pair, Beige", 24800),
                     ("デジタル補聴器 耳かけ式 ノイズキャンセリング 両耳用", 29800)),
    "hearing_acc": items(f"{KE} > 補聴器 > 補聴器用品", ("補聴器用 空気電池 PR41 312 60粒", 1980),
                         ("補聴器専用 乾燥ケース 除湿 UV", 2980), ("空気亜鉛電池 補聴器用 PR48 13 6粒", 480)),
    "massagegun": items(f"{KE} > マッサージ器", ("マッサージガン 筋膜リリース 6種アタッチメント 静音", 5980),
                        ("Massage Gun, Deep Tissue Percussion, 30 Speeds", 7980), ("マッサージガン ミニ 軽量 USB充電 ブラック", 3980)),
    "massager": items(f"{KE} > マッサージ器", ("ネックマッサージャー 温熱 EMS 軽量", 6980), ("フットマッサージャー エアー 足もみ 温感", 12800)),
    "showerchair": items(f"{KA} > 入浴用品", ("シャワーチェア 背もたれ付き 高さ調節 滑り止め", 5980),
                         ("Shower Chair with Back, Adjustable Height, Non-Slip", 4980),
                         ("シャワーチェア 折りたたみ コンパクト 介護 入浴", 3980)),
    "scale": items(f"{KE} > 体重計", ("体重計 体組成計 スマホ連動 Bluetooth 白", 2980),
                   ("Digital Bathroom Scale, 180kg, Tempered Glass, Black", 1980), ("体重計 デジタル 薄型 コンパクト 黒", 1480),
                   ("ヘルスメーター アナログ 体重計 120kg", 1980)),
}

B, S = "文房具", "Stationery"
PEN = f"{B} > 筆記具"

STATIONERY = {
    "ballpen": items(f"{PEN} > ボールペン", ("ボールペン 油性 0.7mm ノック式 黒", 120), ("なめらかボールペン 低粘度 0.5mm 黒", 165),
                     ("ゲルインクボールペン 0.38mm ノック式 青", 100), ("Gel Ink Ballpoint Pen, 0.5mm, Retractable, Black", 220),
                     ("高級ボールペン 真鍮 回転式 ギフト箱入り 黒", 3300)),
    "refill": items(f"{PEN} > 替芯", ("ボールペン用 替芯 0.7mm 黒 1本", 80), ("替芯 ボールペン用 低粘度 0.5mm 黒 2本", 150),
                    ("ボールペン専用 リフィル 油性 黒", 200)),
    "fountain": items(f"{PEN} > 万年筆", ("万年筆 細字 F 透明軸 カートリッジ式", 1650), ("万年筆 中字 M 14K金ペン 黒", 16500),
                      ("Fountain Pen, Medium Nib, Brass Body, Gift Box", 3980), ("万年筆 入門用 極細 EF 軽量 ブルー", 1100)),
    "ink": items(f"{B} > インク", ("万年筆インク ボトル 50ml ブルーブラック", 1320), ("万年筆用 インク カートリッジ 黒 6本入", 330),
                 ("ボトルインク 万年筆用 染料 30ml 紺", 1100), ("Fountain Pen Ink, Bottled, 50ml, Black", 1500)),
    "fpacc": items(f"{PEN} > 万年筆用品", ("万年筆用 コンバーター 吸入式", 550), ("万年筆専用 クリーニングキット 洗浄液付き", 1280),
                   ("万年筆対応 インク吸入器 シリンジ 2本", 380)),
    "stapler": items("Office Supplies > Staplers", ("ホッチキス 中型 50枚綴じ フラットクリンチ", 1480),
                     ("ホッチキス 小型 携帯 10号針使用 ピンク", 330), ("針なしホッチキス 5枚綴じ エコ", 550),
                     ("電動ホッチキス 自動 USB充電 20枚", 3980)),
    "staples": items(f"{B} > ホッチキス針", ("ホッチキス針 10号 1000本入 5箱", 220), ("ホッチキス用 針 3号 中型用 1000本", 280),
                     ("ホッチキス専用 針 電動ホッチキス対応 5000本", 880)),
    "boxfile": items(f"{B} > ファイル", ("ボックスファイル A4 縦型 紙製 5冊 青", 1280), ("ボックスファイル A4 フタ付き 背幅10cm 黒", 480),
                     ("ボックスファイル PP製 A4-S 白", 380)),
    "file": items(f"{B} > ファイル", ("クリアファイル A4 20枚 透明", 220), ("リングファイル A4 2穴 背幅40mm 青", 330),
                  ("フラットファイル A4 10冊 グレー", 650)),
    "filebox": items(f"{B} > 収納 > ファイルボックス", ("ファイルボックス A4 スチール 幅10cm 白", 1480),
                     ("ファイルボックス 2個セット A4 スタンド 黒", 980), ("ファイルボックス 木製 卓上 書類収納 ナチュラル", 2480)),
    "box": items(f"{B} > 収納", ("収納ボックス 引き出し 卓上 A4 3段", 1980), ("小物ボックス 文具 仕切り付き クリア", 550)),
    "pencase": items(f"{S} > Pen Cases", ("ペンケース 大容量 ファスナー 帆布 黒", 1280), ("Pen Case, Leather, Zip Pouch, Brown", 1980),
                     ("ペンケース スタンド型 シリコン 自立", 990), ("Pencil Case, Large Capacity, 3 Compartments, Grey", 1480)),
    "notebook": items(f"{B} > ノート", ("ノート A5 方眼 5冊パック", 580), ("Spiral Notebook, A5, Dotted, 120 Pages", 880),
                      ("リングノート A4 無地 80枚", 350), ("Hardcover Notebook, A5, Lined, Black", 1280)),
    "maskingtape": items(f"{S} > Tapes", ("マスキングテープ 15mm 10巻セット 和柄", 880), ("Washi Masking Tape Set, 24 Rolls, Pastel", 1280),
                         ("マスキングテープ 幅広 50mm 無地 白", 330)),
}

SHOPS = {"camp": CAMP, "appliance": APPLIANCE, "care": CARE, "stationery": STATIONERY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("camp", "stove fuel", "stovefuel", ["fuel"], ["fuelstove"]),
    two_types("camp", "fuel stove", "fuelstove", ["stove"], ["stovefuel"]),
    two_types("camp", "tent tarp", "tenttarp", ["tarp"], ["tarptent"]),
    two_types("camp", "tarp tent", "tarptent", ["tent"], ["tenttarp"]),
    two_types("appliance", "fan stand", "fanstand", ["stand"], ["standfan"]),
    two_types("appliance", "stand fan", "standfan", ["fan"], ["fanstand"]),
    two_types("stationery", "ボックスファイル", "boxfile", ["file"], ["filebox"]),
    two_types("stationery", "ファイルボックス", "filebox", ["box"], ["boxfile"]),
    # --- 2. a leading product word that modifies the head
    qualifies("camp", "tent footprint", ["footprint"], ["tent", "tarptent"]),
    qualifies("camp", "backpack rain cover", ["raincover"], ["backpack"]),
    qualifies("appliance", "fan heater", ["fanheater"], ["fan"]),
    qualifies("appliance", "humidifier filter", ["humidfilter"], ["humidifier"]),
    qualifies("care", "杖 ホルダー", ["caneholder"], ["cane"]),
    qualifies("care", "車椅子 クッション", ["wcushion"], ["wheelchair"]),
    qualifies("stationery", "万年筆 インク", ["ink"], ["fountain"]),
    qualifies("stationery", "ホッチキス 針", ["staples"], ["stapler"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("camp", "tents", ["tent", "tarptent"], ["footprint", "tent_acc", "tenttarp"]),
    accessories("camp", "headlamp", ["headlamp"], ["headlamp_acc"]),
    accessories("appliance", "air purifier", ["purifier"], ["purifier_acc", "stand"]),
    accessories("appliance", "cordless vacuum", ["cordless"], ["cordless_acc"]),
    accessories("care", "補聴器", ["hearing"], ["hearing_acc"]),
    accessories("care", "血圧計", ["bp"], ["bp_acc"]),
    accessories("stationery", "ボールペン", ["ballpen"], ["refill"]),
    accessories("stationery", "万年筆", ["fountain"], ["ink", "fpacc"]),
    # green tents: Summitline 189, Ridgecrest 129, Ultralight 159 (a blue pop-up 49; green footprints 19-35,
    # green stakes 12, a green tent tarp 39)
    price("camp", "cheap green tent", "tent-1", ["footprint", "tent_acc", "tenttarp"]),
    # red sleeping bags: down 229, Ridgecrest 79, quilt 149 (a navy rectangular one 49; red liners 35-45,
    # a red compression sack 19)
    price("camp", "budget red sleeping bag", "sleepingbag-1", ["liner", "sleep_acc"]),
    # white air purifiers: Clearbreeze 149, compact bedroom 79, 3-stage 119 (a grey desktop one 39; white filters
    # 12-29)
    price("appliance", "cheap white air purifier", "purifier-1", ["purifier_acc", "stand"]),
    # black canes: folding aluminium 2980, LED quad 4580, carbon 6980 (a red folding one 2480; black holders and
    # accessories 480-1280)
    price("care", "安い 黒 杖", "cane-0", ["caneholder", "cane_acc"]),
    # black wheelchairs: self-propelled 29800, back-folding 34800, English import 27800 (a blue one 24800; black
    # cushions 3980-4980, black accessories 1980-2980)
    price("care", "格安 黒 車椅子", "wheelchair-3", ["wcushion", "wheelchair_acc"]),
    # black ballpoint pens: oil-based 120, low-viscosity 165, English gel 220, brass 3300 (a blue gel pen 100;
    # black refills 80-200)
    price("stationery", "激安 黒 ボールペン", "ballpen-0", ["refill"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("care", "マッサージガン", "massagegun"),
    mixed("care", "シャワーチェア", "showerchair"),
    mixed("care", "体重計", "scale"),
    mixed("care", "cane", "cane"),
    mixed("stationery", "ペンケース", "pencase"),
    mixed("stationery", "ノート", "notebook"),
    mixed("stationery", "マスキングテープ", "maskingtape"),
    mixed("stationery", "stapler", "stapler"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind55(q: Q, setup: str, known_limit):
    known_limit("blind55")
    check(q, setup, ENGINES)


def test_blind55_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"green": "Green", "red": "Red", "white": "White", "黒": "Black"})
