"""A sixth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: pet supplies (English),
small kitchen appliances and their parts (English), Japanese baby goods ベビー用品 and Japanese
bicycle goods 自転車用品, the Japanese shops with English-titled imports (some whose Japanese name
is a katakana loanword) and the bicycle shop with a category tree partly in English.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in a shop with English-titled items and English category names: the
   top three are of the query's kind, whatever the language of their titles.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (ninth session, after the katakana loanwords), as a measurement: 85 of
89 cases passed, 32 of 34 queries in all their setups. Then suite 7 led to reading a Japanese
title that says the wanted type only with a purpose marker or as a compound's first part as
another thing even in the type's own category, which fixed `おしゃぶり` (its holder): 88 of 89,
33 of 34. What is left is a strict xfail (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

P = "Pet Supplies"
DOG, CAT, FEED = f"{P} > Dogs", f"{P} > Cats", f"{P} > Feeding"

PETS = {
    "littermat": items(f"{CAT} > Litter Mats", ("Pawsley Litter Mat, Honeycomb Double Layer, 75x55cm, Grey", 19),
                       ("Litter Trapping Mat, Waterproof, XL 90x60cm, Black", 24),
                       ("Silicone Litter Mat, Easy Clean, 60x45cm, Beige", 15)),
    "litter": items(f"{CAT} > Cat Litter", ("Pawsley Clumping Cat Litter, Unscented, 10L", 12),
                    ("Tofu Cat Litter, Flushable, Green Tea, 6L", 14), ("Silica Crystal Cat Litter, 3.8kg", 17),
                    ("Pine Wood Pellet Litter, 15kg", 19)),
    "litterbox": items(f"{CAT} > Litter Boxes", ("Hooded Cat Litter Box with Swing Door, Grey", 29),
                       ("Self Cleaning Litter Box, App Control, 65L", 349), ("Open Litter Tray, Large, High Sides", 11)),
    "treatpouch": items(f"{DOG} > Training", ("Pawsley Treat Pouch, Clip-On, Magnetic Closure, Black", 13),
                        ("Dog Treat Pouch with Poop Bag Dispenser, Waist Belt", 16),
                        ("Silicone Treat Pouch, Hinge Clip, Red", 9)),
    "treats": items(f"{DOG} > Dog Treats", ("Pawsley Chicken Jerky Dog Treats, 500g", 11),
                    ("Dental Chews for Medium Dogs, 28 Sticks", 15), ("Freeze Dried Liver Treats, 250g", 13),
                    ("Training Treats, Salmon, Soft Bites, 400g", 8)),
    "fountain": items(f"{FEED} > Water Fountains", ("Petlane Cat Water Fountain, 2.5L, Ultra Quiet Pump, White", 35),
                      ("Stainless Steel Pet Water Fountain, 3.2L, Silver", 45),
                      ("Ceramic Water Fountain for Cats, 2.1L, White", 49),
                      ("Petlane Mini Water Fountain, 1.5L, USB, White", 25),
                      ("Pet Water Fountain, 2L, LED Light, Blue", 19)),
    "fountain_acc": items(f"{FEED} > Fountain Accessories", ("Replacement Filters for Petlane Water Fountain, 8 Pack", 12),
                          ("Water Fountain Replacement Pump, USB, White", 14),
                          ("Stainless Steel Mat for Water Fountain, White", 10),
                          ("Petlane Fountain Replacement Sponge Pre-Filter, 6 Pack", 8)),
    "bowl": items(f"{FEED} > Bowls", ("Stainless Steel Dog Bowl, 2 Pack, 900ml", 12),
                  ("Slow Feeder Bowl, Anti-Gulp, Blue", 11), ("Elevated Cat Bowl, Ceramic, Tilted", 16)),
    "food": items(f"{DOG} > Dog Food", ("Pawsley Adult Dry Dog Food, Chicken & Rice, 12kg", 49),
                  ("Grain Free Puppy Food, Salmon, 2kg", 19))
    + items(f"{CAT} > Cat Food", ("Wet Cat Food Pouches, Fish Selection, 12 x 85g", 9), ("Indoor Dry Cat Food, 4kg", 24)),
    "noise": each(("Retractable Dog Leash, 5m, Black", f"{DOG} > Leashes", 18),
                  ("Nylon Dog Leash, 1.8m, Reflective, Red", f"{DOG} > Leashes", 10),
                  ("Orthopedic Dog Bed, Memory Foam, Large, Grey", f"{DOG} > Beds", 69),
                  ("Cat Cave Bed, Felt, Grey", f"{CAT} > Beds", 29),
                  ("Rope Toy, 3 Knots, 45cm", f"{DOG} > Dog Toys", 7),
                  ("Squeaky Plush Toy, Fox", f"{DOG} > Dog Toys", 9),
                  ("Feather Wand Cat Toy, 5 Refills", f"{CAT} > Cat Toys", 8)),
}

H = "Small Kitchen Appliances"
WF = "Water Filtration"

KITCHEN = {
    "jugblender": items(f"{H} > Blenders", ("Blendor Jug Blender, 1200W, 1.75L Glass Jug, Black", 79),
                        ("Kitchra Jug Blender, 800W, 1.5L, 6 Speeds, White", 45),
                        ("Jug Blender with Grinder Attachment, 1000W, Silver", 59)),
    "blender": items(f"{H} > Blenders", ("Blendor Personal Blender, 600W, 2 To-Go Bottles", 39),
                     ("Kitchra Hand Blender, 800W, Stainless Steel Wand", 29),
                     ("High Speed Blender, 2000W, Vacuum, Black", 149)),
    "blenderjug": items(f"{H} > Blender Parts", ("Blender Jug Replacement, 1.5L, for Kitchra 800W Blenders", 19),
                        ("Blendor Replacement Blender Jug, Glass, 1.75L, with Lid", 25),
                        ("Spare Blender Jug, Tritan, 2L, BPA Free", 22)),
    "jug": items(f"{WF} > Filter Jugs", ("Aquaclear Water Filter Jug, 2.4L, White", 22))
    + items("Kitchen > Jugs & Carafes", ("Milk Frothing Jug, Stainless Steel, 350ml", 12),
            ("Glass Serving Jug with Lid, 1.5L", 15)),
    "filterkettle": items(f"{H} > Kettles", ("Aquaclear Filter Kettle, 1.7L, 3000W, White", 49),
                          ("Filter Kettle with Built-in Water Filter, 1.5L, Grey", 45),
                          ("Kitchra Filter Kettle, Rapid Boil, 1.2L", 39)),
    "kettle": items(f"{H} > Kettles", ("Kitchra Electric Kettle, 1.7L, Stainless Steel", 29),
                    ("Gooseneck Kettle, Temperature Control, 0.9L, Black", 59),
                    ("Glass Kettle, LED, 1.7L, Cordless", 25), ("Travel Kettle, Foldable Silicone, 0.6L", 22)),
    "kettlefilter": items(f"{H} > Kettle Parts", ("Kettle Filter, Replacement Limescale Filter, Universal, 2 Pack", 7),
                          ("Kitchra Replacement Kettle Filter, Mesh", 5),
                          ("Anti-Scale Kettle Filter Cartridge, 3 Pack", 9)),
    "filter": items(f"{WF} > Filter Cartridges", ("Aquaclear Filter Cartridges, 6 Pack", 25),
                    ("Water Filter Cartridge, Universal, 3 Pack", 15))
    + items(f"{H} > Coffee Accessories", ("Permanent Coffee Filter, Reusable, Size 4", 9)),
    "descaler": items("Cleaning > Descalers", ("Kettle Descaler, Citric Acid, 4 Sachets", 6),
                      ("Kitchra Kettle & Coffee Machine Descaler, 500ml", 9), ("Fast Kettle Descaler Tablets, 12 Pack", 7)),
    "airfryer": items(f"{H} > Air Fryers", ("Crispo Air Fryer, 5.5L, Digital, Black", 89),
                      ("Dual Basket Air Fryer, 9L, 2400W", 129), ("Compact Air Fryer, 2L, Manual Dial, White", 45)),
    "airfryerliner": items(f"{H} > Air Fryer Accessories", ("Air Fryer Liners, Disposable Parchment, 100 Pack", 7),
                           ("Silicone Air Fryer Liner, Reusable, 2 Pack, 20cm", 11),
                           ("Crispo Air Fryer Paper Liners, Square, 50 Pack", 6)),
    "grinder": items(f"{H} > Coffee Grinders", ("Grindwell Electric Coffee Grinder, Blade, 200W, Black", 19),
                     ("Burr Coffee Grinder, 35 Settings, Stainless Steel", 69),
                     ("Grindwell Conical Burr Coffee Grinder, Black", 49),
                     ("Manual Coffee Grinder, Ceramic Burr, Silver", 25), ("Compact Coffee Grinder, 150W, White", 15)),
    "grinder_acc": items(f"{H} > Coffee Grinders > Grinder Parts", ("Cleaning Brush for Coffee Grinder, Black", 6),
                         ("Grindwell Replacement Burr Set, for Conical Coffee Grinder", 15),
                         ("Coffee Grinder Cleaning Tablets, 3 x 35g", 9),
                         ("Replacement Lid for Electric Coffee Grinder, Black", 8)),
    "toaster": items(f"{H} > Toasters", ("Kitchra 2-Slice Toaster, Wide Slot, Black", 29), ("4-Slice Toaster, Stainless Steel", 45)),
}

BB = "ベビー用品"
STROLLER, CARRY, FEEDING = f"{BB} > ベビーカー", f"{BB} > 抱っこ紐・スリング", f"{BB} > 授乳用品"
DIAPER, SAFETY, FURNITURE = f"{BB} > おむつ・トイレ", f"{BB} > 見守り・安全", f"{BB} > ベビー家具"

BABY = {
    "stroller": items(STROLLER, ("ミラベビー ベビーカー A型 両対面 軽量 4.9kg 黒", 39800),
                      ("ベビーカー B型 コンパクト 折りたたみ 7ヶ月から ネイビー", 12800),
                      ("ミラベビー ベビーカー B型 リクライニング 黒", 16800),
                      ("Kidora Travel Stroller, Cabin Size, 6.2kg, Black", 29800),
                      ("ベビーカー AB型 ハイシート 1ヶ月から ベージュ", 24800)),
    "stroller_acc": items(f"{STROLLER} > ベビーカーアクセサリー", ("ベビーカー用 フック 2個 黒", 980),
                          ("レインカバー ベビーカー用 フルカバー 黒", 2480), ("ベビーカー専用 ドリンクホルダー 黒", 1280),
                          ("ベビーカー対応 ブランケットクリップ 4個 黒", 680),
                          ("Cup Holder for Stroller, Universal, Black", 1580)),
    "carrier": items(f"{CARRY} > 抱っこ紐", ("ミラベビー 抱っこ紐 新生児 4WAY メッシュ ネイビー", 12800),
                     ("抱っこ紐 ヒップシート 腰ベルト付き ネイビー", 6980), ("抱っこ紐 コンパクト 収納ポーチ付き グレー", 4980),
                     ("Kidora Baby Carrier, Ergonomic, 4 Positions, Navy", 9800)),
    "carrier_acc": items(f"{CARRY} > 抱っこ紐アクセサリー", ("抱っこ紐用 よだれパッド 2枚 ネイビー", 1280),
                         ("収納カバー 抱っこ紐用 ネイビー", 1980), ("抱っこ紐専用 防寒ケープ ネイビー", 3480),
                         ("抱っこ紐対応 新生児インサート", 2980)),
    "bottle": items(f"{FEEDING} > 哺乳瓶", ("哺乳瓶 ガラス 240ml 新生児", 1980), ("哺乳瓶 プラスチック 160ml 2本セット", 2480),
                    ("Anti-Colic Baby Bottle, 260ml, 3 Pack", 3280)),
    "bottlebrush": items(f"{FEEDING} > 洗浄・消毒", ("哺乳瓶ブラシ スポンジ 回転式 乳首ブラシ付き", 880),
                         ("哺乳瓶 ブラシ シリコン 2本セット", 1080), ("哺乳瓶洗いブラシ 360度 ロング", 680)),
    "diaper": items(f"{DIAPER} > 紙おむつ", ("おむつ テープ 新生児 90枚", 1680), ("おむつ パンツ Mサイズ 58枚×3", 4980),
                    ("Diapers, Size 3, 120 Count", 3480)),
    "diaperpouch": items(f"{DIAPER} > おむつポーチ", ("おむつポーチ 撥水 大容量 グレー", 1280),
                         ("おむつ ポーチ 持ち運び おしりふき収納", 980), ("おむつポーチ 手提げ マザーズ 北欧柄", 1580)),
    "monitor": items(SAFETY, ("Baby Monitor, 5 inch, 1080p, Night Vision, Two-Way Talk", 12800),
                     ("Kidora Video Baby Monitor with Camera, Pan Tilt", 9800),
                     ("ベビーモニター カメラ 見守り Wi-Fi スマホ対応", 6980)),
    "gate": items(SAFETY, ("ベビーゲート 突っ張り 75-82cm 白", 5980), ("Baby Gate, Pressure Fit, Extra Wide, White", 6480),
                  ("Kidora Safety Gate, Auto Close, 76-96cm", 7980)),
    "bouncer": items(FURNITURE, ("Baby Bouncer, Portable, Vibration, Grey", 7980),
                     ("Kidora Bouncer Seat with Toy Bar, 0-9 Months", 11800), ("バウンサー 新生児 リクライニング 折りたたみ", 8980)),
    "pacifier": items(f"{FEEDING} > おしゃぶり", ("おしゃぶり 新生児 0-3ヶ月 2個入 ケース付き", 880),
                      ("Orthodontic Pacifier, 0-6 Months, 2 Pack", 1280),
                      ("Silicone Pacifier with Clip, 6-18 Months", 1480)),
    "noise": each(("おしゃぶりホルダー クリップ付き 2本 北欧", f"{FEEDING} > おしゃぶり", 980),
                  ("ハイチェア 木製 ベルト付き", FURNITURE, 12800),
                  ("ベビーベッド ミニ 折りたたみ 70×50cm", FURNITURE, 15800)),
}

J = "自転車用品"
BK = "Bicycle"
LIGHT = f"{J} > ライト"

BIKE = {
    "light": items(LIGHT, ("自転車用 ライト LED USB充電 800ルーメン 防水", 2980),
                   ("Lumora 自転車 ライト フロント 明るい 1200lm", 4980), ("テールライト 自転車 リア 赤 点滅", 1280),
                   ("Bike Light Set, USB Rechargeable, Front and Rear", 2480),
                   ("ライト ベビーカー用 自転車用 クリップ式 LED", 980)),
    "batterylight": items(LIGHT, ("バッテリーライト 自転車 乾電池式 LED 3モード", 1480),
                          ("Lumora バッテリーライト 単三電池 フロント", 1980),
                          ("自転車 バッテリーライト 大容量 モバイルバッテリー機能付き", 3980)),
    "lightbattery": items(f"{LIGHT} > ライトパーツ", ("ライトバッテリー 交換用 18650 3400mAh Lumora用", 1680),
                          ("ライト用 バッテリー 充電池 2本 互換品", 1280), ("Lumora 交換 ライトバッテリー 2600mAh", 1980)),
    "light_acc": items(f"{LIGHT} > ライトパーツ", ("ホルダー ライト用 ハンドル取付 ブラケット", 680),
                       ("Lumora ライト専用 ヘルメットマウント", 1280), ("ライト対応 USB充電ケーブル 1m", 580)),
    "battery": items(f"{BK} > E-Bike Parts", ("電動アシスト自転車 バッテリー 8.7Ah 互換", 32800),
                     ("電動自転車用 バッテリー 16Ah 純正", 42800), ("E-Bike Battery, 36V 10Ah, Frame Mount", 29800)),
    "helmet": items(f"{BK} > Helmets", ("自転車 ヘルメット 大人用 CE認証 軽量 白", 4980),
                    ("Cyclo ヘルメット 子供用 46-52cm 白", 2980), ("Urban Bike Helmet, MIPS, Matte White", 8980),
                    ("ヘルメット 子供用 キッズ ブルー", 1980)),
    "helmet_acc": items(f"{BK} > Helmets > Helmet Parts", ("ヘルメット用 インナーパッド 交換 白", 980),
                        ("あご紐 ヘルメット用 バックル付き 白", 680), ("ヘルメット専用 シールド バイザー", 1480),
                        ("ヘルメット対応 ミラー 自転車 白", 1280)),
    "lock": items(f"{BK} > Locks", ("ワイヤーロック 自転車 ダイヤル式 4桁 1.8m", 1280), ("U字ロック 自転車 頑丈 鍵3本", 2980),
                  ("チェーンロック 極太 1.2m 鍵式", 3480)),
    "lockholder": items(f"{BK} > Locks", ("ロックホルダー U字ロック用 フレーム取付", 880),
                        ("ロック ホルダー ワイヤーロック用 ブラケット", 680), ("Cyclo ロックホルダー 汎用 シートポスト", 980)),
    "saddle": items(f"{J} > サドル", ("サドル 自転車 低反発 穴あき 黒", 1980), ("Cyclo サドル ロードバイク 軽量", 3980),
                    ("サドル ママチャリ 大型 クッション", 2480)),
    "saddlecover": items(f"{J} > サドル", ("サドルカバー 防水 撥水 黒", 580), ("サドルカバー ジェル 低反発 厚手", 1280),
                         ("サドル カバー 子供乗せ 自転車用 2枚", 780)),
    "pump": items(f"{BK} > Pumps", ("空気入れ 自転車 仏式 米式 英式 対応 ゲージ付き", 2480),
                  ("フロアポンプ 160psi 全バルブ対応 黒", 3980), ("携帯ポンプ ミニ 自転車用 フレーム取付", 1680),
                  ("Mini Bike Pump, 120psi, Presta & Schrader", 1980)),
    "fender": items(f"{BK} > Parts > Fenders", ("泥除け 自転車 前後セット 26インチ 黒", 1980),
                    ("フェンダー ロードバイク 取り外し簡単 クイックリリース", 2480), ("マッドガード MTB 泥よけ 後輪用", 1280)),
    "computer": items(f"{BK} > Electronics", ("Bike Computer, GPS, Wireless, 2.4 inch Screen", 8980),
                      ("Cyclo Wireless Cycle Computer, Speedometer, Waterproof", 3480),
                      ("サイクルコンピューター 無線 防水 日本語表示", 2980)),
    "bell": items(f"{BK} > Accessories > Bells", ("自転車 ベル 真鍮 大音量", 980), ("ベル 自転車用 ベビーカー用 兼用 小型 黒", 680),
                  ("Bike Bell, Aluminium, Loud Ring, Silver", 880)),
}

SHOPS = {"pets": PETS, "kitchen": KITCHEN, "baby": BABY, "bike": BIKE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("kitchen", "jug blender", "jugblender", ["blender"], ["blenderjug"]),
    two_types("kitchen", "blender jug", "blenderjug", ["jug"], ["jugblender"]),
    two_types("kitchen", "filter kettle", "filterkettle", ["kettle"], ["kettlefilter"]),
    two_types("kitchen", "kettle filter", "kettlefilter", ["filter"], ["filterkettle"]),
    two_types("bike", "バッテリーライト", "batterylight", ["light"], ["lightbattery"]),
    two_types("bike", "ライト バッテリー", "lightbattery", ["battery"], ["batterylight"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pets", "litter mat", ["littermat"], ["litter"]),
    qualifies("pets", "litter box", ["litterbox"], ["litter"]),
    qualifies("pets", "treat pouch", ["treatpouch"], ["treats"]),
    qualifies("kitchen", "air fryer liner", ["airfryerliner"], ["airfryer"]),
    qualifies("kitchen", "kettle descaler", ["descaler"], ["kettle"]),
    qualifies("baby", "哺乳瓶 ブラシ", ["bottlebrush"], ["bottle"]),
    qualifies("baby", "おむつ ポーチ", ["diaperpouch"], ["diaper"]),
    qualifies("bike", "サドル カバー", ["saddlecover"], ["saddle"]),
    qualifies("bike", "ロック ホルダー", ["lockholder"], ["lock"]),
    # --- 3. accessories ("for X", "X Replacement", X用 Y, Y X用, X専用 Y, X対応 Y); price word + colour + type
    accessories("pets", "water fountain", ["fountain"], ["fountain_acc"]),
    accessories("kitchen", "coffee grinder", ["grinder"], ["grinder_acc"]),
    accessories("baby", "ベビーカー", ["stroller"], ["stroller_acc"]),
    accessories("baby", "抱っこ紐", ["carrier"], ["carrier_acc"]),
    accessories("bike", "ライト", ["light", "batterylight"], ["light_acc", "lightbattery"]),
    accessories("bike", "ヘルメット", ["helmet"], ["helmet_acc"]),
    # white fountains: Petlane 2.5L 35, ceramic "for Cats" 49, Petlane Mini 25 (a blue one 19; white accessories 10-14)
    price("pets", "cheap white water fountain", "fountain-3", ["fountain_acc"]),
    # black grinders: Grindwell blade 19, Grindwell conical 49 (a white one 15; black accessories 6 and 8)
    price("kitchen", "cheap black coffee grinder", "grinder-0", ["grinder_acc"]),
    # black strollers: A型 39800, B型 16800, English Black 29800 (a navy one 12800; black accessories 680-2480)
    price("baby", "安い 黒 ベビーカー", "stroller-2", ["stroller_acc"]),
    # navy carriers: 4WAY 12800, ヒップシート 6980, English Navy 9800 (a grey one 4980; navy accessories 1280-3480)
    price("baby", "お手頃 ネイビー 抱っこ紐", "carrier-1", ["carrier_acc"]),
    # white helmets: 大人用 4980, 子供用 2980, English Matte White 8980 (a blue one 1980; white accessories 680-1280)
    price("bike", "格安 白 ヘルメット", "helmet-1", ["helmet_acc"]),
    # --- 4. Japanese queries among English titles (katakana loanwords) and English category names
    mixed("baby", "ベビーモニター", "monitor"),
    mixed("baby", "ベビーゲート", "gate"),
    mixed("baby", "バウンサー", "bouncer"),
    mixed("baby", "おしゃぶり", "pacifier"),
    mixed("bike", "サイクルコンピューター", "computer"),
    mixed("bike", "空気入れ", "pump"),
    mixed("bike", "泥除け", "fender"),
    mixed("bike", "ベル", "bell"),
]

LIMITS = {
    ("blind6", "two_types:kitchen:kettle_filter", "categories-dense"): "the three kettle filters come first, "
    "but 'Filter Kettle with Built-in Water Filter' ranks above the 'Aquaclear Filter Cartridges' with the dense side",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind6(q: Q, setup: str, known_limit):
    known_limit("blind6")
    check(q, setup, ENGINES)


def test_blind6_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "ネイビー": "Navy", "white": "White", "black": "Black"})
