"""A hundred-and-twenty-fourth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: video
game consoles, console games, arcade sticks and gaming furniture (English: game consoles and
console games, console stands, desk mats, gaming chairs and their parts), radio-controlled models
(English: remote cars and car remotes, car bodies, RC boats and boat propellers, RC planes), a
Japanese electronics-workbench shop 電子工作・測定器 (ケーブルテスター and テスターケーブル, はんだごて
スタンド, 電池ボックス, はんだ吸取器, 圧着ペンチ; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: Breadboard, Oscilloscope, Logic
Analyzer, Desoldering Pump) and a Japanese lighting and smart-home shop 照明・スマートホーム (テーブルライト and
ライトテーブル, ペンダントライト コード, スマートロック, ソーラーライト; Smart Remote, Smart Light Bulb,
Smart Curtain imports, part of its tree in English). Shops of 30-50 items, category paths 2-3
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
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-twenty-fourth suite), as a measurement only (nothing
changed for it): 91 of 94 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 20/20
cases; qualifies 6/7, 14/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 3
failing cases (one query, in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 'ペンダントライト コード' puts a pendant light (ペンダントライト 1灯 ガラス 北欧)
third, above the ペンダントライト用 コードアジャスター, in all three setups.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

VG, GF = "Video Games", "Gaming Furniture"

PLAY = {
    "gameconsole": items(f"{VG} > Consoles", ("Retro Game Console, HDMI, 10000 Built-in Games, 2 Controllers", 59.99),
                         ("Pixelbox Handheld Game Console, 3.5 Inch IPS, Rechargeable", 79.99),
                         ("Arcade Game Console, Plug and Play, Wireless Joysticks", 49.99)),
    "console": items(f"{VG} > Consoles", ("Nova X Console, 1TB, Digital Edition, White", 449),
                     ("Nova X Console Bundle, 2TB, with Extra Controller", 549),
                     ("Handheld PC Console, 7 Inch, 512GB", 649)),
    "consolegame": items(f"{VG} > Console Games", ("Skyforge Legends Console Game, Nova X Edition", 59.99),
                         ("Kart Rally Console Game, Family Party, Nova X", 49.99),
                         ("Retro Classics Console Games Collection, 30 Titles, Nova X", 39.99)),
    "game": each(("Dungeon Crawl Board Game, 2-5 Players", "Tabletop > Board Games", 44.99),
                 ("Starship Tactics PC Game, Digital Download Code", f"{VG} > PC Games", 29.99),
                 ("Family Trivia Card Game, 400 Cards", "Tabletop > Card Games", 19.99)),
    "consolestand": items(f"{VG} > Console Accessories > Stands",
                          ("Vertical Console Stand for Nova X, Cooling Fan, Charging Dock", 29.99),
                          ("Console Stand, Vertical, with Dual Controller Charger", 34.99),
                          ("Universal Console Stand, Adjustable Width, Black", 19.99)),
    "desk": items(f"{GF} > Gaming Desks", ("Gaming Desk, 120cm, Carbon Fibre Top, RGB, Black", 149),
                  ("L-Shaped Gaming Desk, Monitor Shelf, 160cm", 199), ("Standing Gaming Desk, Electric, 140cm", 299)),
    "deskmat": items(f"{GF} > Desk Mats", ("Desk Mat, XXL 90x40cm, Stitched Edges, Black", 19.99),
                     ("Gaming Desk Mat, RGB, 80x30cm", 24.99), ("Leather Desk Mat, 100x50cm, Waterproof, Grey", 22.99)),
    "chair": items(f"{GF} > Gaming Chairs", ("Apex Gaming Chair, Reclining, Footrest, Black", 229),
                   ("Gaming Chair, Ergonomic, Lumbar Pillow, Red", 159), ("Fabric Gaming Chair, Breathable, Black", 179),
                   ("Gaming Chair, Pink, Cat Ears, Reclining", 139), ("Big and Tall Gaming Chair, 180kg, Black", 269)),
    "chair_acc": items(f"{GF} > Chair Parts", ("Replacement Casters for Gaming Chair, 5 Pack, Black", 24.99),
                       ("Lumbar Pillow for Gaming Chair, Memory Foam, Black", 19.99),
                       ("Gaming Chair Armrest Pads, Replacement, Black, 2 Pack", 16.99),
                       ("Gaming Chair Gas Lift Cylinder, Replacement, Class 4", 29.99)),
    "stick": items(f"{VG} > Arcade Sticks", ("Arcade Stick, Nova X and PC, Sanwa-Style Buttons", 129),
                   ("Hitbox Arcade Stick, All Button, Slim", 149), ("Retro Arcade Stick, USB, 2 Player", 89)),
    "stick_acc": items(f"{VG} > Arcade Sticks > Parts", ("Replacement Joystick for Arcade Stick, 5 Pin, Ball Top", 19.99),
                       ("Arcade Stick Buttons, 30mm, Screw-In, 10 Pack", 14.99),
                       ("Carry Bag for Arcade Stick, Padded", 24.99)),
}

R = "RC & Hobby"

RC = {
    "remotecar": items(f"{R} > RC Cars", ("Remote Control Car, 1:16 Off-Road, 2.4GHz, 40 km/h", 49.99),
                       ("Stunt Remote Car, 360 Flip, Rechargeable, Kids", 32.99),
                       ("Remote Car for Kids, Monster Truck, LED Lights", 29.99),
                       ("Drift Remote Control Car, 1:24, 4WD", 39.99)),
    "car": each(("Slot Car Set, 2 Cars, 6m Track, Lap Counter", f"{R} > Slot Cars", 69.99),
                ("Die-Cast Rally Car, 1:24 Scale Model", f"{R} > Model Cars", 24.99),
                ("Pull Back Racing Car, 4 Pack", f"{R} > Model Cars", 12.99)),
    "carremote": items(f"{R} > Transmitters", ("Car Remote Transmitter, 2.4GHz, 3 Channel, Pistol Grip", 39.99),
                       ("4 Channel Car Remote with Receiver, Gyro", 54.99),
                       ("Replacement Car Remote, 2.4GHz, Fits Most 1:16 Trucks", 19.99)),
    "remote": items(f"{R} > Transmitters", ("Boat Remote Controller, 2.4GHz, 2 Channel", 24.99),
                    ("Drone Remote Controller, Replacement, Foldable", 29.99),
                    ("Plane Remote Controller, 6 Channel, with Receiver", 69.99)),
    "body": items(f"{R} > RC Car Parts > Bodies", ("Car Body Shell, 1:10 Drift, Clear Polycarbonate, 190mm", 24.99),
                  ("Painted Car Body, 1:16 Monster Truck, Red", 19.99), ("Rally Car Body with Wing, 1:10, Lexan", 29.99)),
    "boat": items(f"{R} > RC Boats", ("RC Boat, 2.4GHz, 30 km/h, Self-Righting, Red", 59.99),
                  ("RC Speed Boat, Pools and Lakes, Blue", 39.99), ("RC Jet Boat, Brushless, 50 km/h, Red", 119),
                  ("Mini RC Boat, Kids, Rechargeable, Yellow", 24.99), ("RC Fishing Bait Boat, GPS, 500m, White", 149)),
    "prop": items(f"{R} > RC Boat Parts", ("Boat Propeller, 3 Blade, 40mm, Brass", 9.99),
                  ("Replacement Boat Propellers for RC Boat, 2 Pack, Red", 7.99),
                  ("Boat Propeller and Shaft Set, 4mm", 14.99)),
    "boat_acc": items(f"{R} > RC Boat Parts", ("RC Boat Stand, Foam, Universal", 12.99),
                      ("Spare Battery for RC Boat, 7.4V 1500mAh, Red", 14.99),
                      ("Replacement Rudder for RC Jet Boat", 6.99)),
    "plane": items(f"{R} > RC Planes", ("RC Plane, 3 Channel, Glider, EPP Foam, White", 69.99),
                   ("RC Plane, 4 Channel, Stunt, Gyro, Blue", 89.99), ("RC Cessna Plane, Ready to Fly, White", 119),
                   ("RC Warbird Plane, 4 Channel, Grey", 99.99), ("Mini RC Plane, Beginner, 2 Channel, Yellow", 39.99)),
    "plane_acc": items(f"{R} > RC Plane Parts", ("Replacement Wing for RC Plane, White", 19.99),
                       ("RC Plane Propellers, 5 Pack, Spare", 8.99), ("Landing Gear Set for RC Plane, White", 12.99)),
}

D, EL = "電子工作", "Electronics"
METER, SOLDER, POWER, TOOL = f"{D} > 測定器", f"{D} > はんだ付け", f"{D} > 電源", f"{D} > 工具"

KOUSAKU = {
    "cabletester": items(f"{METER} > ケーブルテスター", ("ケーブルテスター LAN RJ45 RJ11 導通チェック", 1280),
                         ("ケーブルテスター 多機能 LAN 電話線 同軸 液晶", 3980), ("LANケーブルテスター リモートユニット付き", 1980)),
    "tester": items(f"{METER} > テスター", ("デジタルテスター オートレンジ 黒", 2480),
                    ("Digital Multimeter, True RMS, 6000 Counts", 3980), ("アナログテスター 小型 黄", 1680)),
    "testercable": items(f"{METER} > テスター小物", ("テスターケーブル 先端交換式 シリコン 1m", 980),
                         ("テスターケーブル ワニ口 2本セット 赤 黒", 680), ("テスターケーブル 4mmバナナプラグ 耐熱", 1180)),
    "cable": items(f"{D} > ケーブル", ("USBケーブル Type-C 1m 急速充電", 680), ("同軸ケーブル 5m F型 テレビ", 980),
                   ("シリコンケーブル 22AWG 5色セット", 1280)),
    "iron": items(f"{SOLDER} > はんだごて", ("はんだごて 60W 温度調節 セラミックヒーター", 1980),
                  ("はんだごて USB充電式 コードレス", 2980), ("Soldering Iron Station, 80W, Digital Display", 5980)),
    "ironstand": items(f"{SOLDER} > こて台", ("はんだごて スタンド こて先クリーナー付き", 980), ("はんだごて台 スポンジ付き 鋳物", 1280),
                       ("はんだごて スタンド スプリング式 ルーペ付き", 1680)),
    "battery": items(f"{POWER} > 電池", ("単3 電池 アルカリ 20本", 880), ("リチウムイオン電池 18650 2本", 1980)),
    "batterybox": items(f"{POWER} > 電池ボックス", ("電池ボックス 単3×4本 スイッチ付き", 280),
                        ("電池ボックス 18650 2本用 リード線付き", 380), ("電池ボックス 単4×2 フタ付き 3個", 350)),
    "sucker": items(f"{SOLDER} > はんだ吸取器", ("はんだ吸取器 ポンプ式 アルミ 黒", 980), ("はんだ吸取器 静電気対策 青", 580),
                    ("Desoldering Pump, Anti-Static, Black", 1280), ("はんだ吸取器 電動 吸引 黒", 3980),
                    ("はんだ吸取器 ミニ 黒", 780)),
    "sucker_acc": items(f"{SOLDER} > 吸取器パーツ", ("はんだ吸取器用 交換ノズル 黒 3個", 380),
                        ("はんだ吸取器専用 シリコンチップ 5個", 480), ("交換用 パッキン はんだ吸取器対応", 280)),
    "crimper": items(f"{TOOL} > 圧着ペンチ", ("圧着ペンチ ラチェット式 赤", 2980),
                     ("Ratchet Crimping Tool, Insulated Terminals, Red", 2480), ("圧着ペンチ 小型 コネクタ 赤", 1680),
                     ("圧着ペンチ 精密 青", 1480)),
    "crimper_acc": items(f"{TOOL} > 替刃・パーツ", ("圧着ペンチ用 交換ダイス 赤", 980), ("圧着ペンチ対応 圧着端子セット 300個", 880),
                         ("圧着ペンチ専用 ケース", 580)),
    "breadboard": items(f"{EL} > Breadboards", ("Breadboard, 830 Points, Solderless, 3 Pack", 980),
                        ("Mini Breadboard, 170 Points, 6 Colors", 680), ("ブレッドボード 830穴 電源ライン付き", 580)),
    "scope": items(f"{METER} > オシロスコープ", ("Digital Oscilloscope, 2 Channel, 100MHz, 1GSa/s", 39800),
                   ("Handheld Oscilloscope, Portable, 1 Channel", 8980), ("オシロスコープ ポータブル 2ch 液晶", 12800)),
    "logic": items(f"{METER} > ロジックアナライザー", ("Logic Analyzer, 8 Channel, 24MHz, USB", 1280),
                   ("USB Logic Analyzer, 16 Channel, 100MHz", 6980), ("ロジックアナライザー 8ch 小型", 980)),
    "jumper": items(f"{EL} > Jumper Wires", ("ジャンパーワイヤー オス-オス 120本 20cm", 480),
                    ("ジャンパーワイヤー オス-メス 40本 カラフル", 380), ("ジャンパーワイヤー キット ブレッドボード用 140本", 580)),
}

L, SH = "照明", "Smart Home"

AKARI = {
    "tablelight": items(f"{L} > テーブルライト", ("テーブルライト LED 充電式 コードレス 調光", 3980),
                        ("テーブルライト 北欧 ガラスシェード 電球付き", 4980), ("テーブルライト タッチ式 アンティーク 真鍮", 2980)),
    "light": each(("フロアライト 間接照明 スリム 150cm", f"{L} > フロアライト", 5980),
                  ("LEDテープライト 5m 電球色 リモコン付き", f"{L} > テープライト", 1980)),
    "pendant": items(f"{L} > ペンダントライト", ("ペンダントライト 1灯 ガラス 北欧", 4480), ("Pendant Light, Rattan Shade, E26", 5480)),
    "pendcord": items(f"{L} > ペンダントライト > コード・パーツ", ("ペンダントライト コード 延長 2m ソケット付き 黒", 1280),
                      ("ペンダントライト用 コードアジャスター 白 2個", 480), ("ペンダントライト コード 引掛シーリング E26 1.5m", 1480)),
    "lighttable": items("画材・トレース > ライトテーブル", ("ライトテーブル A4 LED トレース台 薄型 3段調光", 2480),
                        ("ライトテーブル A3 USB給電 イラスト 写経", 3980), ("ライトテーブル A5 ネガ フィルム ビューアー", 1980)),
    "table": items("家具 > テーブル", ("サイドテーブル 北欧 丸型 木製", 3980), ("撮影テーブル 商品撮影 背景シート付き", 6980),
                   ("ナイトテーブル 引き出し付き 白", 4980)),
    "lock": items(f"{SH} > Smart Locks", ("スマートロック 後付け 工事不要 黒", 9980), ("Smart Lock, Fingerprint, Wi-Fi, Black", 12800),
                  ("スマートロック 指紋認証 ICカード 黒", 14800), ("スマートロック オートロック シルバー", 7980),
                  ("スマートロック 暗証番号 テンキー付き 黒", 11800)),
    "lock_acc": items(f"{SH} > Smart Locks > Parts", ("スマートロック用 電池 CR123A 4本", 1280), ("スマートロック専用 テンキー 黒", 3980),
                      ("スマートロック対応 ドアセンサー 黒", 1980), ("交換用 両面テープ スマートロック用", 480)),
    "solar": items(f"{L} > ソーラーライト", ("ソーラーライト 屋外 人感センサー 100LED", 2980), ("ソーラーライト ガーデン 埋め込み 8個", 3480),
                   ("Solar Pathway Lights, 10 Pack, Warm White", 3980), ("ソーラーライト ストリング 電球 10m", 2480)),
    "solar_acc": items(f"{L} > ソーラーライト > パーツ", ("ソーラーライト用 交換バッテリー 3.7V", 880),
                       ("ソーラーライト専用 ソーラーパネル 交換", 1280), ("ソーラーライト対応 取付ポール 4本", 980)),
    "remote": items(f"{SH} > Smart Remotes", ("Smart IR Remote Hub, Wi-Fi, Works with Alexa", 3980),
                    ("Universal Smart Remote, App Control, Temperature Sensor", 4980), ("スマートリモコン 赤外線 家電操作 温湿度計", 3480)),
    "bulb": items(f"{SH} > Smart Bulbs", ("Smart Light Bulb, E26, Wi-Fi, Colour Changing", 1980),
                  ("Smart LED Bulb, E17, Dimmable, 2 Pack", 2480), ("スマート電球 E26 調光調色 アプリ", 1680)),
    "curtain": items(f"{SH} > Smart Curtains", ("Smart Curtain Robot, Rod Type, Solar Charging", 8980),
                     ("Smart Curtain Motor, Rail, Wi-Fi", 12800), ("スマートカーテン 自動開閉 レール取付", 9980)),
    "plug": items(f"{SH} > Smart Plugs", ("スマートプラグ Wi-Fi 遠隔操作 タイマー 2個", 2480), ("スマートプラグ 電力モニター 音声操作", 1980),
                  ("スマートプラグ ミニ 4個セット", 4480)),
}

SHOPS = {"play": PLAY, "rc": RC, "kousaku": KOUSAKU, "akari": AKARI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("play", "game console", "gameconsole", ["console"], ["consolegame"]),
    two_types("play", "console games", "consolegame", ["game"], ["gameconsole"]),
    two_types("rc", "remote car", "remotecar", ["car"], ["carremote"]),
    two_types("rc", "car remote", "carremote", ["remote"], ["remotecar"]),
    two_types("kousaku", "ケーブルテスター", "cabletester", ["tester"], ["testercable"]),
    two_types("kousaku", "テスターケーブル", "testercable", ["cable"], ["cabletester"]),
    two_types("akari", "テーブルライト", "tablelight", ["light", "pendant"], ["lighttable"]),
    two_types("akari", "ライトテーブル", "lighttable", ["table"], ["tablelight"]),
    # --- 2. a leading product word that modifies the head
    qualifies("play", "console stand", ["consolestand"], ["console", "gameconsole"]),
    qualifies("play", "desk mat", ["deskmat"], ["desk"]),
    qualifies("rc", "car body", ["body"], ["remotecar", "car"]),
    qualifies("rc", "boat propeller", ["prop"], ["boat"]),
    qualifies("kousaku", "はんだごて スタンド", ["ironstand"], ["iron"]),
    qualifies("kousaku", "電池ボックス", ["batterybox"], ["battery"]),
    qualifies("akari", "ペンダントライト コード", ["pendcord"], ["pendant"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("play", "gaming chair", ["chair"], ["chair_acc"]),
    accessories("play", "arcade stick", ["stick"], ["stick_acc"]),
    accessories("rc", "rc boat", ["boat"], ["boat_acc", "prop"]),
    accessories("rc", "rc plane", ["plane"], ["plane_acc"]),
    accessories("kousaku", "はんだ吸取器", ["sucker"], ["sucker_acc"]),
    accessories("kousaku", "圧着ペンチ", ["crimper"], ["crimper_acc"]),
    accessories("akari", "スマートロック", ["lock"], ["lock_acc"]),
    accessories("akari", "ソーラーライト", ["solar"], ["solar_acc"]),
    # black gaming chairs: Apex 229, fabric 179, big and tall 269 (a red one 159, a pink one 139; black parts
    # 16.99-24.99)
    price("play", "cheap black gaming chair", "chair-2", ["chair_acc"]),
    # red RC boats: 2.4GHz 59.99, jet 119 (a blue one 39.99, a yellow mini 24.99; red propellers 7.99, a red
    # spare battery 14.99)
    price("rc", "cheap red rc boat", "boat-0", ["boat_acc", "prop"]),
    # white RC planes: glider 69.99, Cessna 119 (a yellow mini 39.99; white wing 19.99, white landing gear 12.99)
    price("rc", "budget white rc plane", "plane-0", ["plane_acc"]),
    # black desoldering pumps: aluminium 980, English 1280, electric 3980, mini 780 (a blue one 580; black nozzles
    # 380)
    price("kousaku", "安い 黒 はんだ吸取器", "sucker-4", ["sucker_acc"]),
    # red crimpers: ratchet 2980, English 2480, small 1680 (a blue one 1480; red dies 980)
    price("kousaku", "格安 赤 圧着ペンチ", "crimper-2", ["crimper_acc"]),
    # black smart locks: retrofit 9980, English 12800, fingerprint 14800, keypad 11800 (a silver one 7980; black
    # keypad 3980, black door sensor 1980)
    price("akari", "激安 黒 スマートロック", "lock-0", ["lock_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("kousaku", "ブレッドボード", "breadboard"),
    mixed("kousaku", "オシロスコープ", "scope"),
    mixed("kousaku", "ロジックアナライザー", "logic"),
    mixed("kousaku", "jumper wires", "jumper"),
    mixed("akari", "スマートリモコン", "remote"),
    mixed("akari", "スマート電球", "bulb"),
    mixed("akari", "スマートカーテン", "curtain"),
    mixed("akari", "smart plug", "plug"),
]

LIMITS: dict = {
    ("blind124", "qualifies:akari:ペンダントライト_コード", "categories-lexical"):
        "a pendant light (ペンダントライト 1灯 ガラス 北欧) third, above the ペンダントライト用 コードアジャスター",
    ("blind124", "qualifies:akari:ペンダントライト_コード", "categories-dense"):
        "a pendant light (ペンダントライト 1灯 ガラス 北欧) third, above the ペンダントライト用 コードアジャスター",
    ("blind124", "qualifies:akari:ペンダントライト_コード", "categories-latin-only"):
        "a pendant light (ペンダントライト 1灯 ガラス 北欧) third, above the ペンダントライト用 コードアジャスター",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind124(q: Q, setup: str, known_limit):
    known_limit("blind124")
    check(q, setup, ENGINES)


def test_blind124_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "white": "White", "黒": "Black", "赤": "Red"})
