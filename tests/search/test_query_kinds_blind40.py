"""A fortieth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite combines: electronics
accessories (English: phone chargers, charging cables, cable organizers, power banks and their
cases, earbuds and their cases, laptop bags), kitchen storage and cleaning (English: food
containers and lids, dish racks, sponges and sponge holders, dish soap and soap dishes, trash
cans and trash bags), a Japanese outdoor and camping shop アウトドア用品 (テント, テントマット,
寝袋, ランタン, ランタンスタンド, クーラーボックス, 保冷剤, チェア, テーブル; part of its category
tree in English, with English-titled imports whose Japanese names are katakana loanwords or plain
Japanese words) and a Japanese health and beauty appliance shop 美容家電 (ドライヤー, ヘアアイロン,
電気シェーバー, 替刃, 脱毛器, 美顔器, 体重計, 体組成計, 電動歯ブラシ; English-titled imports too).
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
4. mixed: Japanese queries in shops with titles in both languages, and two English queries
   ('sleeping bag', 'bathroom scale') over Japanese shops whose titles name that type only in
   Japanese (寝袋 / シュラフ, 体重計 / ヘルスメーター / 体組成計): the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fortieth suite), as a measurement only (nothing changed for it):
89 of 95 cases pass (88 of the 94 query cases, and the well-formed check), 35 of 37 queries in
every setup (two_types 6/7 queries, 15/18 cases; qualifies 8/8, 19/19; accessories 7/8, 17/20;
price 6/6, 15/15; mixed 8/8, 22/22). The 6 failing cases (2 queries, each in all its setups) are
strict xfails (`LIMITS`, through `conftest.known_limit`):

- ポールテント: the exact ポールテント item first, but then two plain テント above the
  ワンポールテント (its title writes the compound inside ワンポールテント);
- 電動歯ブラシ: the three Japanese toothbrushes first, then the accessory 電動歯ブラシ 替えブラシ
  互換品 (a keyword list ending in 替えブラシ) above the English Sonic Electric Toothbrush.

After (a Japanese pair said apart also matches the katakana words ending with it:
`SynonymReading.written_whole`), ポールテント passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CH, BC, AU = "Charging", "Bags & Cases", "Audio > Earbuds"

TECH = {
    "charger": items(f"{CH} > Phone Chargers", ("Voltro 20W USB-C Phone Charger, Fast Charging Wall Plug, White", 15),
                     ("Dual Port Phone Charger, 35W, USB-C + USB-A, Black", 22),
                     ("Voltro GaN Charger, 65W, 3 Ports, Foldable Plug, White", 39)),
    "cable": items(f"{CH} > Charging Cables", ("Voltro USB-C to USB-C Charging Cable, 2m, Braided, Black", 12),
                   ("Lightning Charging Cable, 1m, MFi Certified, White", 14),
                   ("3-in-1 Charging Cable, USB-C / Lightning / Micro USB, 1.2m", 11),
                   ("Right Angle USB-C Cable, 3m, 60W, 2 Pack", 16)),
    "powerbank": items(f"{CH} > Power Banks", ("Voltro Power Bank 10000mAh, USB-C PD 20W, Black", 25),
                       ("Slim Magnetic Power Bank 5000mAh, Wireless, White", 15),
                       ("Power Bank 20000mAh, 22.5W Fast Charging, LED Display, Black", 32),
                       ("Voltro Mini Power Bank 5000mAh, Built-in Cable, Black", 18),
                       ("Laptop Power Bank 25000mAh, 100W, Grey", 79)),
    "pbcase": items(f"{CH} > Power Banks > Power Bank Cases", ("Hard Case for Voltro Power Bank 10000mAh, Black", 9),
                    ("Power Bank Case, EVA Carrying Pouch, Mesh Pocket, Black", 8),
                    ("Silicone Power Bank Case for 20000mAh Power Banks, Black", 7),
                    ("Travel Case for Power Banks and Cables, Grey", 12)),
    "cableorg": items("Cable Management > Cable Organizers",
                      ("Cordex Cable Organizer Clips, Self-Adhesive, 6 Pack, Black", 9),
                      ("Silicone Cable Organizer Straps, Reusable, 10 Pack", 7),
                      ("Under Desk Cable Organizer Tray, Steel, White", 29),
                      ("Cable Organizer Box for Power Strips, Large, White", 24)),
    "orgbag": items(f"{BC} > Organizer Bags", ("Cordex Organizer Bag for Cables and Chargers, Double Layer, Grey", 19),
                    ("Travel Tech Organizer Bag, Water Resistant, Black", 16),
                    ("Small Organizer Bag, Electronics Pouch, Zip, Navy", 12)),
    "bag": items(f"{BC} > Laptop Bags", ("Northdesk Laptop Bag 15.6 Inch, Shoulder Strap, Black", 39),
                 ("Slim Laptop Bag, 14 Inch, Water Resistant, Grey", 29), ("Rolling Laptop Bag, 17 Inch, Wheeled, Black", 69)),
    "bagorg": items(f"{BC} > Bag Organizers", ("Bag Organizer Insert for Totes and Laptop Bags, Felt, Grey", 15),
                    ("Backpack Bag Organizer, Zip Pockets, Black", 13)),
    "earbuds": items(AU, ("Sonvo Wireless Earbuds, Bluetooth 5.3, Noise Cancelling, Black", 49),
                     ("Sonvo Lite Earbuds, True Wireless, White", 29), ("Sport Earbuds with Ear Hooks, IPX7, White", 35),
                     ("Wired Earbuds, USB-C, In-Line Mic, White", 12), ("Open-Ear Earbuds, Air Conduction, Grey", 59),
                     ("Wired Earbuds, 3.5mm, Black", 9)),
    "earbudcase": items(f"{AU} > Earbud Cases", ("Silicone Earbud Case for Sonvo Earbuds, White", 8),
                        ("Earbud Case, Hard Shell, Keychain, White", 6), ("Leather Earbud Case with Carabiner, Brown", 14)),
    "earbud_acc": items(f"{AU} > Ear Tips", ("Replacement Ear Tips for Earbuds, Silicone, 3 Sizes, White", 5),
                        ("Memory Foam Ear Tips for Sonvo Earbuds, Black", 11)),
    "noise": each(("Tempered Glass Screen Protector, iPhone 15, 3 Pack", "Phone Accessories > Screen Protectors", 9),
                  ("Privacy Screen Protector for Galaxy S24, 2 Pack", "Phone Accessories > Screen Protectors", 12),
                  ("Northdesk Aluminium Laptop Stand, Adjustable, Silver", "Laptop Accessories > Laptop Stands", 35),
                  ("Foldable Laptop Stand, Portable, Black", "Laptop Accessories > Laptop Stands", 19)),
}

KS, KC, TR = "Kitchen Storage", "Kitchen Cleaning", "Trash & Recycling"

KITCHEN = {
    "container": items(f"{KS} > Food Containers", ("Freshlock Glass Food Containers with Lids, 5 Pack, Clear", 34),
                       ("Plastic Food Containers, Meal Prep, 20 Pack, 750ml", 19),
                       ("Stackable Food Storage Containers, BPA Free, 10 Piece", 24)),
    "lid": items(f"{KS} > Food Containers > Container Lids",
                 ("Freshlock Replacement Container Lids for Glass Containers, 5 Pack, Blue", 12),
                 ("Silicone Stretch Container Lids, 6 Sizes", 9), ("Universal Container Lids, Round, 4 Pack", 11)),
    "spice": items(f"{KS} > Spice Storage", ("Tiered Spice Rack, 3 Shelf, Expandable, Bamboo", 22),
                   ("Wall Mounted Spice Rack, 4 Tier, Black", 27), ("Glass Spice Jars with Shaker Lids, 24 Pack", 25),
                   ("Square Spice Jars, Bamboo Lids, 12 Pack", 18)),
    "dishrack": items(f"{KC} > Dish Drying > Dish Racks", ("Draino Dish Rack, 2 Tier, Stainless Steel, Black", 45),
                      ("Compact Dish Rack with Drainboard, White", 25), ("Over the Sink Dish Rack, Adjustable, Black", 59),
                      ("Roll-Up Dish Drying Rack, Silicone Coated, Grey", 19)),
    "dishrack_acc": items(f"{KC} > Dish Drying > Dish Rack Parts", ("Replacement Drainboard for Dish Rack, White", 12),
                          ("Utensil Holder for Dish Racks, Plastic, Grey", 8),
                          ("Dish Rack Replacement Drip Tray, Black", 10)),
    "brush": items(f"{KC} > Sponges & Brushes", ("Scrubly Dish Brush with Bamboo Handle", 7),
                   ("Soap Dispensing Dish Brush, Refillable, Grey", 9)),
    "sponge": items(f"{KC} > Sponges & Brushes > Sponges", ("Scrubly Non-Scratch Sponges, 6 Pack, Yellow", 5),
                    ("Heavy Duty Scrub Sponges, 12 Pack", 8), ("Cellulose Sponges, Biodegradable, 4 Pack", 6)),
    "spongeholder": items(f"{KC} > Sink Organizers > Sponge Holders",
                          ("Scrubly Sponge Holder, Suction Cup, Stainless Steel", 9),
                          ("Silicone Sponge Holder, Sink Caddy, Grey", 11),
                          ("Sponge Holder with Drain Tray, Ceramic, White", 14)),
    "soapdish": items(f"{KC} > Sink Organizers > Soap Dishes", ("Ceramic Soap Dish, Self-Draining, White", 9),
                      ("Bamboo Soap Dish, 2 Pack", 7), ("Stainless Steel Soap Dish with Drain", 12)),
    "dishsoap": items(f"{KC} > Detergents > Dish Soap", ("Brightwash Dish Soap, Lemon, 750ml", 4),
                      ("Eco Dish Soap, Unscented, 2L Refill", 12), ("Dish Soap Concentrate, Grease Cutting, 3 Pack", 10)),
    "soap": items(f"{KC} > Detergents", ("Dishwasher Soap Pods, Fresh Scent, 60 Count", 14),
                  ("Castile Liquid Soap, Unscented, All-Purpose, 1L", 11)),
    "trashcan": items(f"{TR} > Trash Cans", ("Binwell Step Trash Can, 13 Gallon, Stainless, Black", 69),
                      ("Slim Trash Can, 10 Gallon, Plastic, Black", 29), ("Motion Sensor Trash Can, 13 Gallon, Silver", 89),
                      ("Under Sink Trash Can with Lid, 2.5 Gallon, Black", 15), ("Round Trash Can, 4 Gallon, White", 12)),
    "trashbag": items(f"{TR} > Trash Bags", ("Binwell Trash Bags for 13 Gallon Trash Cans, Drawstring, Black, 90 Count", 16),
                      ("Small Trash Bags, 4 Gallon, Black, 120 Count", 9), ("Compostable Trash Bags, 3 Gallon, Green", 11)),
    "trashcan_acc": items(f"{TR} > Trash Can Parts", ("Trash Can Replacement Lid, 13 Gallon, Black", 19),
                          ("Odor Filters for Trash Cans, Carbon, 6 Pack", 8)),
}

O, CF = "アウトドア用品", "Camping > Furniture"

OUTDOOR = {
    "tent": items(f"{O} > テント", ("テント 2人用 ドーム型 ダブルウォール 耐水圧3000mm", 12800),
                  ("テント ソロ 1人用 軽量 コンパクト 自立式", 7980), ("Camping Tent, 4 Person, Waterproof, Easy Setup", 14800)),
    "tent.pole": items(f"{O} > テント > ワンポールテント", ("ワンポールテント 4人用 ティピー型 TC素材 ベージュ", 16800),
                       ("ポールテント ソロ ワンポール 軽量 スカート付き", 8980)),
    "tentpole": items(f"{O} > テント用品 > ポール", ("テントポール アルミ 2本セット 直径19mm 高さ調整", 2980),
                      ("テントポール 交換用 グラスファイバー ドームテント用", 1980), ("テントポール スチール 180cm 連結式", 2480)),
    "pole": items(f"{O} > タープ > タープポール", ("タープポール 240cm 4段 連結式 アルミ", 3480),
                  ("タープポール 2本セット スチール 180cm", 2980)),
    "tent_acc": items(f"{O} > テント用品", ("テント専用 ペグ 鍛造 20cm 8本", 2480), ("テント用 ハンマー 真鍮 ペグ抜き付き", 1980)),
    "tentmat": items(f"{O} > テント用品 > テントマット", ("テントマット 厚手 4人用 折りたたみ 200×200cm", 3980),
                     ("テントマット 銀マット 2人用 防水", 1980), ("テントマット インナーマット クッション 3人用", 2980)),
    "sleepingbag": items(f"{O} > 寝袋", ("寝袋 封筒型 洗える 最低使用温度5℃", 3980), ("寝袋 マミー型 ダウン -10℃ コンパクト", 15800),
                         ("シュラフ 冬用 -15℃ マミー型", 8980), ("寝袋 子供用 封筒型 丸洗い", 2480)),
    "bagcover": items(f"{O} > 寝袋 > 寝袋カバー", ("寝袋カバー シュラフカバー 防水 透湿 オリーブ", 4980)),
    "lantern": items(f"{O} > ランタン", ("LEDランタン 充電式 1000ルーメン 暖色 調光", 3980), ("オイルランタン ハリケーン 真鍮", 2980),
                     ("Rechargeable LED Camping Lantern, 500 Lumens, Black", 2480),
                     ("ランタン 電池式 吊り下げ 小型 3個セット", 1980)),
    "lanternstand": items(f"{O} > ランタン > ランタンスタンド", ("ランタンスタンド 3本脚 アルミ 高さ調整", 3480),
                          ("ランタンスタンド テーブル クランプ式", 1980), ("ランタンスタンド 2灯 スチール 収納袋付き", 2980)),
    "cooler": items(f"{O} > クーラーボックス", ("クーラーボックス 50L ハード 大型 キャスター付き", 12800),
                    ("クーラーボックス 25L 真空断熱 釣り", 19800), ("ソフトクーラーボックス 15L 折りたたみ", 2980),
                    ("Hard Cooler, 45 Quart, Rotomolded, White", 24800)),
    "coolerpack": items(f"{O} > クーラーボックス > 保冷剤", ("保冷剤 クーラーボックス用 ハード -16℃ 1200g", 1480),
                        ("保冷剤 ソフト 500g 4個セット", 980), ("Reusable Ice Packs for Coolers, Long Lasting, 4 Pack", 1680),
                        ("Slim Ice Packs for Lunch Boxes, 6 Pack", 880)),
    "cooler_acc": items(f"{O} > クーラーボックス > クーラーボックス用品", ("クーラーボックス専用 ショルダーベルト", 1280),
                        ("クーラーボックス対応 スタンド 折りたたみ", 2480)),
    "chair": items(f"{CF} > Chairs", ("アウトドアチェア 折りたたみ 軽量 黒", 2980), ("ローチェア ハイバック 黒 収納袋付き", 4980),
                   ("Folding Camp Chair with Cup Holder, Black", 2480), ("チェア キャンプ コンパクト 耐荷重120kg 黒", 1980),
                   ("チェア 折りたたみ 子供用 カーキ", 1480)),
    "chair_acc": items(f"{CF} > Chair Accessories", ("チェア用 カップホルダー 黒 2個", 680), ("チェア専用 カバー 撥水 黒", 1480)),
    "table": items(f"{CF} > Tables", ("アウトドアテーブル 折りたたみ アルミ 90cm", 4980), ("ロールテーブル 木製 ロータイプ", 6980),
                   ("Folding Camp Table, Aluminum, Roll-Up Top, 70cm", 3980), ("ミニテーブル ソロ コンパクト", 1480)),
    "noise": each(("Self-Inflating Sleeping Pad, 5cm, Green", "Camping > Sleeping Pads", 4980)),
}

B, HC, BE = "美容家電", "ヘルスケア", "Beauty Appliances > Shavers"

BEAUTY = {
    "dryer": items(f"{B} > ヘアケア > ドライヤー", ("ドライヤー 大風量 マイナスイオン 速乾 白", 3980),
                   ("ヘアドライヤー 折りたたみ 軽量 コンパクト 白", 2480), ("Hair Dryer, Ionic, 1800W, Diffuser, White", 4980),
                   ("ドライヤー トラベル 海外対応 ピンク", 1980)),
    "dryer.stand": items(f"{B} > ヘアケア > ドライヤー", ("スタンドドライヤー ハンズフリー 卓上 角度調整", 8980),
                         ("スタンドドライヤー 据え置き 大風量 白", 6980)),
    "dryerstand": items(f"{B} > ヘアケア > ドライヤー用品", ("ドライヤースタンド ホルダー 卓上 白", 1980),
                        ("ドライヤースタンド 壁掛け ステンレス", 1480), ("ドライヤースタンド 木製 コード収納", 2480)),
    "stand": items(f"{B} > ヘアケア > ヘアアイロン用品", ("ヘアアイロンスタンド 耐熱 シリコン", 980)),
    "iron": items(f"{B} > ヘアケア > ヘアアイロン", ("ヘアアイロン ストレート 2way 海外対応 230℃", 3980),
                  ("ヘアアイロン カール 32mm マイナスイオン", 2980),
                  ("Flat Iron Hair Straightener, Titanium Plates, 1 Inch", 4480),
                  ("Curling Iron, 25mm, Ceramic Barrel", 2780)),
    "shaver": items(f"{BE} > 電気シェーバー", ("電気シェーバー 5枚刃 お風呂剃り 黒", 12800),
                    ("Electric Shaver for Men, Foil, Rechargeable, Black", 5980),
                    ("電気シェーバー 3枚刃 コンパクト 充電式 黒", 3980), ("電気シェーバー 3枚刃 シルバー", 2980)),
    "blade": items(f"{BE} > 替刃", ("替刃 電気シェーバー用 5枚刃 交換", 3480), ("電気シェーバー 替刃 3枚刃用 網刃 内刃 セット", 2480),
                   ("シェーバー 替刃 回転式 3ヘッド用", 2980)),
    "shaver_acc": items(f"{BE} > シェーバー用品", ("電気シェーバー専用 トラベルケース 黒", 1280),
                        ("電気シェーバー対応 充電スタンド 黒", 1980)),
    "toothbrush": items(f"{HC} > オーラルケア > 電動歯ブラシ", ("電動歯ブラシ 音波式 充電式 替えブラシ4本付き 白", 4980),
                        ("電動歯ブラシ 回転式 タイマー付き 黒", 6980),
                        ("Sonic Electric Toothbrush, 5 Modes, Travel Case, White", 3980), ("電動歯ブラシ 子供用 乾電池式", 1480)),
    "brushhead": items(f"{HC} > オーラルケア > 替えブラシ", ("替えブラシ 電動歯ブラシ用 4本入 白", 1280),
                       ("電動歯ブラシ 替えブラシ 互換品 8本", 980),
                       ("Replacement Brush Heads for Electric Toothbrush, 8 Pack", 1480)),
    "brushstand": items(f"{HC} > オーラルケア > 替えブラシ", ("歯ブラシスタンド 電動歯ブラシ対応 2本立て", 1280)),
    "epil": items(f"{B} > 脱毛器", ("脱毛器 IPL 光美容器 家庭用 全身 白", 19800), ("脱毛器 冷却機能付き VIO対応 無痛", 24800),
                  ("IPL Hair Removal Device, At-Home, Ice Cooling", 15800), ("メンズ 脱毛器 ヒゲ 顔 光脱毛", 29800)),
    "epil_acc": items(f"{B} > 脱毛器 > 脱毛器用品", ("脱毛器専用 交換カートリッジ 30万発", 4980),
                      ("脱毛器用 保護メガネ サングラス", 980)),
    "facial": items(f"{B} > フェイスケア > 美顔器", ("美顔器 EMS リフトアップ 温冷 イオン導入", 9800),
                    ("美顔器 スチーマー ナノスチーム 保湿", 12800), ("Facial Steamer, Nano Ionic, Warm Mist", 5980),
                    ("Microcurrent Facial Toning Device, Rechargeable", 14800)),
    "scale": items(f"{HC} > 体重計", ("体重計 デジタル 薄型 乗るだけ 白", 1980), ("体重計 コンパクト 50g単位 黒", 2480),
                   ("ヘルスメーター デジタル 大画面 電池付き", 2980)),
    "scale.comp": items(f"{HC} > 体重計 > 体組成計", ("体組成計 スマホ連動 Bluetooth 体脂肪率 白", 3980),
                        ("体組成計 体重計 体脂肪計 13項目 黒", 2980),
                        ("Smart Body Composition Scale, Bluetooth, 13 Metrics, Black", 3480)),
}

SHOPS = {"tech": TECH, "kitchen": KITCHEN, "outdoor": OUTDOOR, "beauty": BEAUTY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("tech", "organizer bag", "orgbag", ["bag"], ["bagorg"]),
    two_types("kitchen", "dish soap", "dishsoap", ["soap"], ["soapdish"]),
    two_types("kitchen", "soap dish", "soapdish", [], ["dishsoap"]),
    two_types("outdoor", "テントポール", "tentpole", ["pole"], ["tent.pole"]),
    two_types("outdoor", "ポールテント", "tent.pole", ["tent"], ["tentpole"]),
    two_types("beauty", "ドライヤースタンド", "dryerstand", ["stand"], ["dryer.stand"]),
    two_types("beauty", "スタンドドライヤー", "dryer.stand", ["dryer"], ["dryerstand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("tech", "cable organizer", ["cableorg"], ["cable"]),
    qualifies("tech", "power bank case", ["pbcase"], ["powerbank"]),
    qualifies("tech", "earbud case", ["earbudcase"], ["earbuds"]),
    qualifies("kitchen", "sponge holder", ["spongeholder"], ["sponge"]),
    qualifies("kitchen", "container lids", ["lid"], ["container"]),
    qualifies("outdoor", "テントマット", ["tentmat"], ["tent"]),
    qualifies("outdoor", "ランタンスタンド", ["lanternstand"], ["lantern"]),
    qualifies("beauty", "シェーバー 替刃", ["blade"], ["shaver"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("tech", "power bank", ["powerbank"], ["pbcase"]),
    accessories("tech", "earbuds", ["earbuds"], ["earbudcase", "earbud_acc"]),
    accessories("kitchen", "trash can", ["trashcan"], ["trashbag", "trashcan_acc"]),
    accessories("kitchen", "dish rack", ["dishrack"], ["dishrack_acc"]),
    accessories("outdoor", "テント", ["tent"], ["tentpole", "tent_acc", "tentmat"]),
    accessories("outdoor", "クーラーボックス", ["cooler"], ["coolerpack", "cooler_acc"]),
    accessories("beauty", "電動歯ブラシ", ["toothbrush"], ["brushhead", "brushstand"]),
    accessories("beauty", "脱毛器", ["epil"], ["epil_acc"]),
    # black power banks: Voltro 10000mAh 25, 20000mAh 32, Voltro Mini 18 (a white slim one 15; black cases 7-9)
    price("tech", "budget black power bank", "powerbank-3", ["pbcase"]),
    # white earbuds: Sonvo Lite 29, sport 35, wired USB-C 12 (black wired ones 9; white cases 6-8, white ear tips 5)
    price("tech", "cheap white earbuds", "earbuds-3", ["earbudcase", "earbud_acc"]),
    # black trash cans: step 69, slim 29, under sink 15 (a white round one 12; black bags 9-16, a black lid 19)
    price("kitchen", "cheap black trash can", "trashcan-3", ["trashbag", "trashcan_acc"]),
    # black chairs: アウトドアチェア 2980, ローチェア 4980, English 2480, コンパクト 1980 (a khaki kids' one 1480;
    # black accessories 680-1480)
    price("outdoor", "格安 黒 チェア", "chair-3", ["chair_acc"]),
    # white dryers: 大風量 3980, ヘアドライヤー 2480, English 4980 (a pink travel one 1980; white dryer stand 1980;
    # a white スタンドドライヤー 6980 is a dryer of its own group)
    price("beauty", "安い 白 ドライヤー", "dryer-1", ["dryerstand"]),
    # black shavers: 5枚刃 12800, English 5980, 3枚刃 コンパクト 3980 (a silver one 2980; black accessories 1280-1980,
    # blades 2480-3480)
    price("beauty", "激安 黒 電気シェーバー", "shaver-2", ["blade", "shaver_acc"]),
    # --- 4. Japanese queries among English-titled items; English queries over types titled only in Japanese
    mixed("outdoor", "テーブル", "table"),
    mixed("outdoor", "保冷剤", "coolerpack"),
    mixed("outdoor", "ランタン", "lantern"),
    mixed("outdoor", "sleeping bag", "sleepingbag"),
    mixed("beauty", "ヘアアイロン", "iron"),
    mixed("beauty", "美顔器", "facial"),
    mixed("beauty", "体組成計", "scale.comp"),
    mixed("beauty", "bathroom scale", "scale"),
]

_TOOTHBRUSH = "the accessory '電動歯ブラシ 替えブラシ 互換品 8本' above the English Sonic Electric Toothbrush"
_ALL = ("categories-lexical", "categories-dense", "categories-latin-only")

LIMITS: dict = {
    **{("blind40", "accessories:beauty:電動歯ブラシ", s): _TOOTHBRUSH for s in _ALL},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind40(q: Q, setup: str, known_limit):
    known_limit("blind40")
    check(q, setup, ENGINES)


def test_blind40_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White"})
