"""A fifty-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies: pet grooming and aquarium (English:
dog brushes and shampoo brushes, nail clippers and clipper parts, pet shampoo, grooming tables and
table arms, aquarium filters, sponge filters and filter sponges, cartridge filters and filter
cartridges, fish food, aquarium heaters and heater guards), personal audio (English: headphones and
headband headphones, headphone headbands and ear pads, earbuds, earbud cases, ear tips, portable
speakers, headphone stands, audio cables), a Japanese cooking appliance shop 調理家電 (炊飯器 and
内釜, 替えパッキン, 電気ケトル, トースター, ミキサー・ブレンダー, ボトルブレンダー and ブレンダーボトル,
ホームベーカリー and パンケース; part of its category tree in English, with English-titled imports
whose Japanese names are katakana loanwords or plain Japanese words: Toaster, Hand Blender, Coffee
Maker, Electric Kettle, Bread Maker) and a Japanese stationery shop 文房具 (ボールペン and 替え芯,
シャープペンシル, 消しゴム, ペンケース, 手帳 and 手帳カバー, 万年筆 and 万年筆 インク, ボードマーカー and
マーカーボード; part of its category tree in English, with English-titled imports: Pen Case, Fountain
Pen, Fountain Pen Ink, Ballpoint Pen, Planner). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y", "X Y" with Y a part and
   English "... for X", "X Replacement ..." are accessories of X: a search of X ranks every real X
   above every accessory; a price word, a colour and a type put the cheapest real item of that
   colour first, no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and three English queries over
   Japanese-only titles (a shopper typing English in the Japanese shop: rice cooker, eraser,
   mechanical pencil): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-first suite), as a measurement only (nothing changed for it):
84 of 94 cases pass, 33 of 37 queries in every setup (two_types 8/8 queries, 20/20 cases;
qualifies 6/7, 14/17; accessories 7/8, 17/20; price 6/6, 16/16; mixed 6/8, 17/21); the 10 failing
cases (4 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`):

- 炊飯器 内釜 (qualifies, kitchen): 炊飯器用 内ぶた パッキン items and a rice cooker (ヒナタ 炊飯器 5.5合)
  rank above the inner pot titled "内釜 炊飯器 3合用 フッ素加工", which is not in the top three;
- 炊飯器 (accessories, kitchen): that same inner pot, "内釜 炊飯器 3合用 フッ素加工", comes first, above
  every rice cooker;
- rice cooker (mixed, English over Japanese-only titles, kitchen): the same "内釜 炊飯器 3合用" inner pot
  first, the rice cookers after it;
- eraser (mixed, English over Japanese-only titles, stationery): nothing is shown.

Every other case passes, the third English query over Japanese-only titles included (mechanical
pencil shows the three シャープペンシル items first).

After (the dictionary's words written in all three scripts, 消しゴム): eraser passes. After (a
keyword group naming what the item's category sells parts of is not its type: "内釜 炊飯器 3合用" in
"炊飯器 > 炊飯器部品" is an inner pot): 炊飯器 内釜, 炊飯器 and rice cooker pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

G, A = "Pet Grooming", "Aquarium"
NAILS, TABLES, FILTERS, HEATERS = f"{G} > Nail Care", f"{G} > Grooming Tables", f"{A} > Filters", f"{A} > Heaters"

PETS = {
    "clipper": items(f"{NAILS} > Nail Clippers", ("Pawsome Dog Nail Clippers, Safety Guard, Large Breed, Black", 14),
                     ("Guillotine Nail Clippers for Dogs & Cats, Stainless, Red", 9),
                     ("Groomly Nail Clippers, LED Light, Small Dogs, Blue", 12)),
    "clipper_acc": items(f"{NAILS} > Clipper Parts", ("Replacement Blades for Guillotine Nail Clippers, 2 Pack", 6),
                         ("Nail Clipper Replacement Springs, Stainless, 4 Pack", 4),
                         ("Safety Guard for Nail Clippers, Universal, Black", 3)),
    "noise": each(("Electric Nail Grinder for Dogs, Quiet, 2 Speeds", NAILS, 24),
                  ("High Velocity Pet Dryer, 2 Speeds, Blue", f"{G} > Dryers", 89)),
    "brush": items(f"{G} > Brushes", ("Pawsome Slicker Dog Brush, Self-Cleaning, Blue", 15),
                   ("Deshedding Brush for Dogs, Short Hair", 19), ("Bristle & Pin Dog Brush, 2-in-1, Bamboo", 12)),
    "shampoobrush": items(f"{G} > Brushes", ("Groomly Shampoo Brush, Silicone Bath Brush with Dispenser, Grey", 11),
                          ("Dog Shampoo Brush, Rubber Massage Bristles, Green", 8),
                          ("Shampoo Brush for Bathing Dogs, Refillable, Blue", 10)),
    "shampoo": items(f"{G} > Shampoo & Conditioner", ("Oatmeal Dog Shampoo, Sensitive Skin, 500ml", 13),
                     ("Groomly Whitening Pet Shampoo, 1L", 18), ("Flea & Tick Dog Shampoo, 350ml", 11),
                     ("Puppy Shampoo, Tearless, Lavender, 250ml", 9)),
    "table": items(TABLES, ("Pawsome Foldable Grooming Table, 36 inch, Black", 119),
                   ("Heavy Duty Grooming Table with Arm, 42 inch, Black", 149),
                   ("Compact Grooming Table, Tabletop, Non-Slip, Black", 59),
                   ("Hydraulic Grooming Table, Adjustable Height, Grey", 399),
                   ("Portable Grooming Table, 30 inch, Blue", 49)),
    "table_acc": items(f"{TABLES} > Table Accessories", ("Grooming Arm for Grooming Tables, Clamp-On, Black", 25),
                       ("Grooming Table Replacement Mat, Rubber, 36 inch, Black", 19),
                       ("Grooming Loops for Grooming Table Arms, 3 Pack, Black", 8)),
    "filter": items(f"{FILTERS} > Power Filters", ("Reefwave Hang-On-Back Aquarium Filter, 30 Gallon", 34),
                    ("Canister Filter for Aquariums up to 75 Gallon, 4 Stage", 89),
                    ("Internal Aquarium Filter, Submersible, 10 Gallon", 19)),
    "filter.sponge": items(f"{FILTERS} > Sponge Filters", ("Reefwave Sponge Filter, Double, Medium, Black", 9),
                           ("Sponge Filter for Shrimp & Fry Tanks, Small", 6), ("Bio Sponge Filter, Large, 60 Gallon", 14)),
    "filter.cartridge": items(f"{FILTERS} > Cartridge Filters", ("Reefwave Cartridge Filter, Hang-On, 20 Gallon", 24),
                              ("Quiet Cartridge Filter, Internal, 15 Gallon", 21)),
    "filtersponge": items(f"{FILTERS} > Filter Media", ("Coarse Filter Sponge, Cut-to-Size, 50x50cm, Blue", 7),
                          ("Reefwave Filter Sponge Pads, 3 Pack", 9),
                          ("Replacement Filter Sponges for Hang-On-Back Filters, 6 Pack", 8)),
    "filtercartridge": items(f"{FILTERS} > Filter Media", ("Reefwave Filter Cartridges, Carbon, Medium, 3 Pack", 11),
                             ("Filter Cartridge Refill, Activated Carbon, 12 Pack", 19),
                             ("Replacement Filter Cartridges for Hang-On-Back Filters, 6 Pack", 14)),
    "heater": items(HEATERS, ("Reefwave Submersible Aquarium Heater, 100W", 24),
                    ("Adjustable Aquarium Heater, 50W, Glass, Auto Shut-Off", 18),
                    ("Titanium Aquarium Heater with Controller, 300W", 49)),
    "heaterguard": items(f"{HEATERS} > Heater Parts", ("Heater Guard for Aquarium Heaters, Plastic, 2 Pack", 6),
                         ("Reefwave Heater Guard, Large, Fits 200-300W", 8), ("Shrimp-Safe Heater Guard, Mesh", 5)),
    "food": items(f"{A} > Fish Food", ("Tropical Fish Food Flakes, 200g", 9), ("Betta Fish Food Pellets, 50g", 5)),
}

AU = "Audio"
PHONES, HP_ACC, BUDS_ACC = f"{AU} > Headphones", f"{AU} > Headphone Accessories", f"{AU} > Earbud Accessories"

AUDIO = {
    "headphones": items(f"{PHONES} > Over-Ear", ("Sonvera Wireless Over-Ear Headphones, Noise Cancelling, Black", 149),
                        ("Studio Monitor Headphones, Wired, Closed-Back, Black", 89),
                        ("Kids Headphones, Volume Limited, Foldable, Pink", 19))
    + items(f"{PHONES} > On-Ear", ("Sonvera On-Ear Headphones, Bluetooth, 40h, White", 59)),
    "headbandphones": items(f"{PHONES} > Sleep & Sport", ("Sleep Headband Headphones, Bluetooth, Soft Knit, Grey", 25),
                            ("Sports Headband Headphones, Wireless, Sweat-Wicking, Black", 22)),
    "headband": items(f"{HP_ACC} > Headbands & Pads", ("Headphone Headband Cover, Zip-On, Neoprene, Black", 9),
                      ("Headphone Headband Replacement Cushion, Black", 12),
                      ("Headphone Headband Pad, Hook & Loop, Grey", 8)),
    "earpad": items(f"{HP_ACC} > Headbands & Pads",
                    ("Replacement Ear Pads for Over-Ear Headphones, Protein Leather, Black", 15),
                    ("Headphones Replacement Ear Cushions, Velour", 13)),
    "hpcable": items(f"{AU} > Cables", ("Replacement Cable for Headphones, 3.5mm to 2.5mm, 1.5m", 11),
                     ("Headphone Extension Cable, 3m", 7)),
    "audiocable": items(f"{AU} > Cables", ("AUX Audio Cable, 3.5mm, Braided, 1m", 6), ("Audio Cable, RCA to 3.5mm, 2m", 8)),
    "stand": items(f"{HP_ACC} > Stands", ("Headphone Stand, Aluminium, Black", 19), ("Walnut Headphone Stand, Desk Hanger", 29),
                   ("Dual Headphone Stand with USB Hub, RGB", 35)),
    "earbuds": items(f"{AU} > Earbuds", ("Sonvera True Wireless Earbuds, ANC, White", 79),
                     ("Sport Earbuds with Ear Hooks, Black", 39), ("Pulse Wireless Earbuds, 30h Battery, White", 29),
                     ("Wired Earbuds, USB-C, Mic, White", 12), ("Open-Ear Earbuds, Air Conduction, Blue", 59),
                     ("Kids Wired Earbuds, Volume Limit, Pink", 9)),
    "earbudcase": items(BUDS_ACC, ("Silicone Earbud Case, Keychain, White", 7),
                        ("Earbud Case for Sonvera True Wireless, Shockproof, White", 9),
                        ("Leather Earbud Case, Zip, Brown", 14), ("Earbud Charging Case Replacement, White", 29)),
    "eartip": items(BUDS_ACC, ("Memory Foam Ear Tips for Earbuds, 3 Pairs, S/M/L", 12),
                    ("Silicone Ear Tips, Replacement, 6 Pairs, White", 6),
                    ("Earbuds Replacement Ear Tips, Double Flange, Clear", 8)),
    "speaker": items(f"{AU} > Portable Speakers", ("Sonvera Portable Bluetooth Speaker, Waterproof, Blue", 49),
                     ("Mini Portable Speaker, Clip-On, Black", 19), ("Party Speaker, 60W, Lights, Black", 129)),
}

CK, KA = "調理家電", "Kitchen Appliances"
RICE, BAKERY, BLEND = f"{CK} > 炊飯器", f"{CK} > ホームベーカリー", f"{CK} > ミキサー・ブレンダー"
KETTLES, TOASTERS, COFFEE = f"{KA} > Electric Kettles", f"{KA} > Toasters", f"{KA} > Coffee Makers"

KITCHEN = {
    "ricecooker": items(RICE, ("ヒナタ 炊飯器 5.5合 IH 圧力 ブラック", 24800), ("炊飯器 3合 マイコン 一人暮らし ホワイト", 6980),
                        ("炊飯器 1升 IH 大容量 保温 シルバー", 19800), ("土鍋釜 炊飯器 5.5合 IH 白", 39800)),
    "innerpot": items(f"{RICE} > 炊飯器部品", ("炊飯器用 内釜 5.5合 交換用", 4980), ("内釜 炊飯器 3合用 フッ素加工", 3480),
                      ("ヒナタ 炊飯器専用 内釜 1升", 5980)),
    "ricepacking": items(f"{RICE} > 炊飯器部品", ("炊飯器用 内ぶた パッキン 5.5合", 980), ("炊飯器対応 替えパッキン 蒸気口 2個", 680)),
    "kettle": items(KETTLES, ("電気ケトル 1.0L 温度調節 ホワイト", 5980), ("電気ケトル 0.8L 軽量 白", 2980),
                    ("電気ケトル ステンレス 1.2L ブラック", 3980), ("電気ケトル 0.6L コンパクト ブラック", 1980),
                    ("Electric Kettle, 1.7L, Stainless Steel, White", 4480),
                    ("Gooseneck Electric Kettle, Temperature Control, 0.9L, Black", 7980)),
    "kettle_acc": items(f"{KETTLES} > Parts", ("電気ケトル用 交換フィルター 白 2個", 480), ("電気ケトル専用 替えパッキン 蓋用 白", 380)),
    "toaster": items(TOASTERS, ("オーブントースター 4枚焼き 1300W 黒", 6980), ("トースター 2枚焼き 温度調節 ブラック", 3980),
                     ("Pop-Up Toaster, 2 Slice, Wide Slot, Black", 2980), ("Retro Toaster, 2 Slice, Cream", 4480),
                     ("オーブントースター コンパクト 2枚 黒", 2480), ("ポップアップトースター 2枚 白", 1980)),
    "toaster_acc": items(f"{TOASTERS} > Parts", ("トースター用 焼き網 黒", 580), ("オーブントースター専用 トレー 黒 2枚", 880),
                         ("トースター対応 パンくずトレー 交換用", 680)),
    "bottleblender": items(BLEND, ("ボトルブレンダー 600ml 持ち運び USB充電 ホワイト", 3980),
                           ("ボトルブレンダー 氷対応 ボトル2本付き", 5980)),
    "blender": items(BLEND, ("ブレンダー ミキサー 1.0L ガラス 氷も砕ける", 5980), ("ミキサー ブレンダー 大容量 1.5L スムージー", 7980)),
    "shaker": items("キッチン用品 > プロテインシェイカー", ("ブレンダーボトル 600ml プロテインシェイカー ブラック", 1980),
                    ("ブレンダーボトル 820ml ワイヤーボール付き クリア", 2480)),
    "handblender": items(f"{KA} > Hand Blenders", ("Immersion Hand Blender, 800W, Stainless Steel", 4980),
                         ("Hand Blender Set with Whisk & Chopper, 4-in-1", 6480), ("ハンドブレンダー 600W 泡立て器付き ホワイト", 3980)),
    "coffeemaker": items(COFFEE, ("Drip Coffee Maker, 10 Cup, Programmable, Black", 5980),
                         ("Coffee Maker with Burr Grinder, 4 Cup, Silver", 12800), ("コーヒーメーカー 全自動 ミル付き 5杯", 9800),
                         ("コーヒーメーカー 1杯用 コンパクト ブラック", 2980)),
    "coffee_acc": items(f"{COFFEE} > Parts", ("コーヒーメーカー用 ペーパーフィルター 1〜4杯用 100枚", 298),
                        ("コーヒーメーカー専用 ガラスジャグ 交換用 5杯", 1980)),
    "homebakery": items(BAKERY, ("ホームベーカリー 1斤 全自動 米粉対応 ホワイト", 14800), ("ホームベーカリー 1.5斤 餅つき機能 ブラウン", 19800),
                        ("ホームベーカリー コンパクト 0.5斤 ホワイト", 9800), ("Bread Maker Machine, 2LB, 15 Programs, Stainless", 12800)),
    "breadcase": items(f"{BAKERY} > 部品", ("ホームベーカリー用 パンケース 1斤 交換用", 3980), ("パンケース ホームベーカリー専用 羽根付き", 4480),
                       ("ホームベーカリー対応 パン羽根 2個", 980)),
}

BB, ST = "文房具", "Stationery"
WRITE, TECHO, BOARDS, PENS = f"{BB} > 筆記具", f"{BB} > 手帳・ノート", f"{BB} > 事務用品 > ボード", f"{ST} > Pens"

STATIONERY = {
    "ballpoint": items(f"{WRITE} > ボールペン", ("ボールペン 0.5mm 油性 黒 10本", 550), ("ボールペン ジェル 0.38mm 青", 150),
                       ("ノック式 ボールペン 0.7mm 青 5本", 400), ("ボールペン 0.5mm 赤", 100),
                       ("Ballpoint Pen, Metal Body, Blue Ink, 2 Pack", 980), ("高級 ボールペン 回転式 ネイビー ギフト", 3980)),
    "ballpoint_acc": items(f"{WRITE} > 替え芯", ("ボールペン用 替え芯 0.5mm 青 3本", 180), ("ボールペン 替え芯 0.7mm 黒 10本", 330),
                           ("ジェルボールペン専用 替え芯 0.38mm 青", 120)),
    "mechpencil": items(f"{WRITE} > シャープペンシル", ("シャープペンシル 0.5mm 製図用 シルバー", 1100),
                        ("シャープペンシル 0.3mm 芯が折れない 黒", 770), ("シャーペン 0.5mm 自動芯回転 ブルー", 550)),
    "lead": items(f"{WRITE} > 替え芯", ("シャープペンシル用 替え芯 0.5mm HB 40本", 110), ("シャープペンシル 替え芯 0.3mm 2B", 150)),
    "eraser": items(f"{BB} > 消しゴム", ("消しゴム 字消し 大 白 3個", 300), ("消しゴム よく消える 小 5個パック", 250),
                    ("消しゴム まとまるタイプ 黒", 120)),
    "pencase": items(f"{ST} > Pen Cases", ("ペンケース 大容量 筆箱 ブラック", 1280), ("ペンケース スリム 黒", 880),
                     ("Leather Pen Case, Zip, 3 Pens, Brown", 3280), ("Pencil Case, Large Capacity, Canvas, Grey", 1480)),
    "fountainpen": items(f"{PENS} > Fountain Pens", ("万年筆 細字 F 14金 ブラック", 15000), ("万年筆 入門用 中字 M 透明", 1650),
                         ("Fountain Pen, Fine Nib, Converter Included, Navy", 2980),
                         ("Fountain Pen Gift Set, Medium Nib, Burgundy", 4980)),
    "ink": items(f"{PENS} > Fountain Pen Ink", ("万年筆 インク ボトル 50ml ブルーブラック", 1320), ("万年筆用 ボトルインク 30ml 青", 880),
                 ("万年筆 インク カートリッジ 黒 6本入", 330), ("Fountain Pen Ink, Bottled, 50ml, Blue", 1680)),
    "fpen_acc": items(f"{PENS} > Accessories", ("万年筆 コンバーター 交換用 吸入式", 550)),
    "techo": items(f"{TECHO} > 手帳", ("手帳 2026年 A5 マンスリー 黒", 1100), ("手帳 2026 B6 ウィークリー ネイビー", 1320),
                   ("システム手帳 バイブルサイズ 本革 黒", 6800), ("手帳 2026 ポケットサイズ 薄型 黒", 880),
                   ("手帳 2026 B6 スケジュール帳 ピンク", 660), ("Planner 2026, A5, Weekly, Hardcover, Black", 1980)),
    "techocover": items(f"{TECHO} > 手帳カバー", ("手帳カバー A5 合皮 黒", 980), ("手帳カバー B6 ペンホルダー付き ネイビー", 1480),
                        ("A6 手帳用 カバー クリア", 330), ("手帳カバー A6 ビニール 黒", 220), ("手帳カバー 本革 A5 ブラウン", 3980)),
    "techorefill": items(f"{TECHO} > リフィル", ("手帳 リフィル 2026年 A5 マンスリー", 440),
                         ("システム手帳対応 リフィル バイブル 方眼", 330)),
    "boardmarker": items(f"{WRITE} > マーカー", ("ボードマーカー 細字 黒 10本", 880), ("ボードマーカー 4色セット 中字", 480)),
    "marker": items(f"{WRITE} > マーカー", ("蛍光マーカー 5色セット", 550), ("油性マーカー 極太 黒", 150)),
    "markerboard": items(BOARDS, ("マーカーボード A3 スチール 白", 1980), ("マーカーボード 壁掛け 45×60cm", 2980)),
    "board": items(BOARDS, ("コルクボード A3 木枠", 880)),
}

SHOPS = {"pets": PETS, "audio": AUDIO, "kitchen": KITCHEN, "stationery": STATIONERY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pets", "sponge filter", "filter.sponge", ["filter"], ["filtersponge"]),
    two_types("pets", "filter sponge", "filtersponge", [], ["filter.sponge"]),
    two_types("pets", "filter cartridge", "filtercartridge", [], ["filter.cartridge"]),
    two_types("audio", "headband headphones", "headbandphones", ["headphones"], ["headband"]),
    two_types("kitchen", "ボトルブレンダー", "bottleblender", ["blender", "handblender"], ["shaker"]),
    two_types("kitchen", "ブレンダー ボトル", "shaker", [], ["bottleblender"]),
    two_types("stationery", "ボード マーカー", "boardmarker", ["marker"], ["markerboard"]),
    two_types("stationery", "マーカー ボード", "markerboard", ["board"], ["boardmarker"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pets", "heater guard", ["heaterguard"], ["heater"]),
    qualifies("pets", "shampoo brush", ["shampoobrush"], ["shampoo"]),
    qualifies("audio", "headphone stand", ["stand"], ["headphones", "headbandphones"]),
    qualifies("audio", "earbud case", ["earbudcase"], ["earbuds"]),
    qualifies("kitchen", "炊飯器 内釜", ["innerpot"], ["ricecooker"]),
    qualifies("stationery", "手帳 カバー", ["techocover"], ["techo"]),
    qualifies("stationery", "万年筆 インク", ["ink"], ["fountainpen"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("pets", "nail clippers", ["clipper"], ["clipper_acc"]),
    accessories("pets", "aquarium filter", ["filter"], ["filtersponge", "filtercartridge"]),
    accessories("audio", "earbuds", ["earbuds"], ["earbudcase", "eartip"]),
    accessories("audio", "headphones", ["headphones", "headbandphones"], ["headband", "earpad", "hpcable", "stand"]),
    accessories("kitchen", "炊飯器", ["ricecooker"], ["innerpot", "ricepacking"]),
    accessories("kitchen", "ホームベーカリー", ["homebakery"], ["breadcase"]),
    accessories("stationery", "ボールペン", ["ballpoint"], ["ballpoint_acc"]),
    accessories("stationery", "手帳", ["techo"], ["techocover", "techorefill"]),
    # black grooming tables: foldable 119, heavy duty 149, compact 59 (a blue one 49, a grey one 399; black
    # accessories 8-25)
    price("pets", "budget black grooming table", "table-2", ["table_acc"]),
    # white earbuds: true wireless 79, Pulse 29, wired 12 (pink kids' wired ones 9; a white case 7, white ear tips 6,
    # a white case for earbuds 9, a white charging case 29)
    price("audio", "cheap white earbuds", "earbuds-3", ["earbudcase", "eartip"]),
    # white kettles: 0.8L 白 2980, English White 4480, (ホワイト 5980) (black ones 1980, 3980, 7980; white parts 380-480)
    price("kitchen", "安い 白 電気ケトル", "kettle-1", ["kettle_acc"]),
    # black toasters: 4枚焼き 黒 6980, English Black 2980, compact 黒 2480, (ブラック 3980) (a white one 1980, a cream
    # one 4480; black parts 580-880)
    price("kitchen", "激安 黒 トースター", "toaster-4", ["toaster_acc"]),
    # blue ballpoints: gel 青 150, knock 青 5本 400, English Blue Ink 980 (a red one 100, black 550, navy 3980; blue
    # refills 120-180)
    price("stationery", "お手頃 青 ボールペン", "ballpoint-1", ["ballpoint_acc"]),
    # black planners: A5 黒 1100, システム手帳 黒 6800, pocket 黒 880, English Black 1980 (a pink one 660, navy 1320;
    # black covers 220, 980; refills 330-440)
    price("stationery", "格安 黒 手帳", "techo-3", ["techocover", "techorefill"]),
    # --- 4. Japanese queries among English-titled imports; English queries over Japanese-only titles
    mixed("kitchen", "トースター", "toaster"),
    mixed("kitchen", "ハンドブレンダー", "handblender"),
    mixed("kitchen", "コーヒーメーカー", "coffeemaker"),
    mixed("kitchen", "rice cooker", "ricecooker"),
    mixed("stationery", "ペンケース", "pencase"),
    mixed("stationery", "万年筆", "fountainpen"),
    mixed("stationery", "eraser", "eraser"),
    mixed("stationery", "mechanical pencil", "mechpencil"),
]

LIMITS: dict = {}  # every failing case of the untouched run passes since (docstring)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind51(q: Q, setup: str, known_limit):
    known_limit("blind51")
    check(q, setup, ENGINES)


def test_blind51_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "青": "Blue", "black": "Black", "white": "White"})
