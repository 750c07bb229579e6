"""A thirty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine: home appliances and electronics (English: vacuums, kitchen
appliances, audio, phone accessories), sporting goods (English: fitness, cycling, camping), Japanese
cosmetics and skincare コスメ・スキンケア (part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords) and Japanese interior and storage 収納・家具
(with English-titled imports and part of its tree in English too). Shops of 30-50 items, category
paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (clock radio / radio clock, bag chair / chair bag,
   テーブルランプ / ランプテーブル, クッションフロア / フロアクッション);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles) in shops with titles in
   both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirty-second suite), as a measurement only (nothing changed for it):
91 of 94 cases pass, 36 of 37 queries in every setup (two_types 7/7 queries, 18/18 cases;
qualifies 8/8, 19/19; accessories 8/8, 20/20; price 5/6, 12/15; mixed 8/8, 22/22); the 3 failing
cases (one query, 格安 白 カラーボックス, in all its setups: a white カラーボックス用 inner box, 980, first
above the cheapest white colour box) are strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

HA, KA, AU, PA = "Home Appliances", "Kitchen Appliances", "Audio", "Phone Accessories"
VAC, PRESERVE, PHONES = f"{HA} > Vacuums", f"{KA} > Food Preservation", f"{AU} > Headphones"

HOME = {
    "robovac": items(f"{VAC} > Robot Vacuums", ("Cleanbot R5 Robot Vacuum, Self-Emptying, LiDAR Mapping, Black", 399),
                     ("Cleanbot R2 Robot Vacuum and Mop, Wi-Fi, 2700Pa, White", 139),
                     ("Slim Robot Vacuum, 1800Pa, Quiet, Auto Recharge, Black", 149),
                     ("Vortek V9 Robot Vacuum, App Control, Pet Hair, Grey", 279)),
    "robovac_acc": items(f"{VAC} > Vacuum Parts", ("Replacement Side Brushes for Robot Vacuum, 6 Pack, Black", 12),
                         ("Robot Vacuum Replacement Filters, HEPA, 4 Pack", 15),
                         ("Cleanbot R5 Replacement Dust Bags, 3 Pack", 18),
                         ("Boundary Strip for Robot Vacuums, Magnetic, 4m, Black", 22)),
    "vacuum": items(f"{VAC} > Stick & Upright", ("Cordless Stick Vacuum, 25kPa, 40 Min Runtime, Grey", 159),
                    ("Vortek Upright Vacuum Cleaner, Bagless, HEPA", 189), ("Handheld Vacuum, Cordless, Car & Sofa, Red", 49)),
    "sealer": items(f"{PRESERVE} > Vacuum Sealers", ("Vacuum Sealer Machine, Automatic, Dry & Moist Modes, Silver", 69),
                    ("FreshLock Vacuum Sealer with Roll Cutter, Black", 89),
                    ("Handheld Vacuum Sealer, Rechargeable, Zipper Bags Included", 29)),
    "sealer_acc": items(PRESERVE, ("Vacuum Sealer Bags, 2 Rolls, 20cm x 6m, BPA-Free", 15)),
    "blender": items(f"{KA} > Blenders", ("PowerMix Countertop Blender, 1200W, 2L Glass Jar, Black", 89),
                     ("Personal Blender, Portable, USB Rechargeable, Pink", 29)),
    "mixer": items(f"{KA} > Mixers", ("Hand Mixer, 5-Speed, Turbo, Beaters & Dough Hooks, White", 29),
                   ("Bakewell Stand Mixer, 5.5L Bowl, Tilt-Head, Cream", 199)),
    "clockradio": items(f"{AU} > Radios > Clock Radios", ("Dreamtone Clock Radio, FM/AM, Dual Alarm, USB Charging, Black", 34),
                        ("Sunrise Clock Radio with Wake-Up Light, FM, White", 49),
                        ("Compact Clock Radio, Jumbo Display, Battery Backup", 24)),
    "radio": items(f"{AU} > Radios", ("Portable AM/FM Radio, Battery Powered, Silver", 19),
                   ("Sonora DAB+ Digital Radio, Bluetooth, Walnut", 69)),
    "radioclock": items(f"{HA} > Clocks", ("Atomic Radio Clock, Self-Setting, Wall Mount, 30cm", 39),
                        ("Radio Clock, Radio Controlled, Silent Wall Clock, Oak", 29)),
    "clock": items(f"{HA} > Clocks", ("Twin Bell Alarm Clock, Analog, Silent Sweep, Red", 15),
                   ("Digital Alarm Clock, LED, Dimmable, Mirror Finish", 18)),
    "earbuds": items(f"{PHONES} > Earbuds", ("Sonix Air Wireless Earbuds, Noise Cancelling, White", 129),
                     ("Wireless Earbuds, Bluetooth 5.3, 30H Playtime, Black", 29),
                     ("Sport Wireless Earbuds, Ear Hooks, IPX7, White", 49),
                     ("Sonix Buds Lite Wireless Earbuds, Compact, White", 59)),
    "earbuds_acc": items(f"{PHONES} > Ear Tips & Cases", ("Memory Foam Ear Tips for Wireless Earbuds, S/M/L, White", 12),
                         ("Silicone Case for Sonix Air Earbuds, Keychain, White", 9),
                         ("Wireless Earbuds Replacement Charging Case, White", 39),
                         ("Ear Hooks for Wireless Earbuds, 3 Pairs, Black", 8)),
    "headphones": items(f"{PHONES} > Over-Ear", ("Sonix Studio Over-Ear Headphones, Wireless, ANC, Black", 199)),
    "speaker": items(f"{AU} > Speakers", ("Portable Bluetooth Speaker, Waterproof, 20W, Blue", 49),
                     ("Bookshelf Speakers, Pair, Passive, 50W, Walnut", 129),
                     ("Smart Speaker with Voice Assistant, Charcoal", 59)),
    "speakercable": items(f"{AU} > Cables & Connectors", ("Speaker Cable, 16 AWG, Oxygen-Free Copper, 30m", 22),
                          ("Banana Plug Speaker Cable, 2 x 3m, Braided", 18), ("Speaker Wire Cable, 14 Gauge, 15m Spool", 25)),
    "charger": items(f"{PA} > Chargers", ("USB-C Wall Charger, 30W, GaN, White", 19), ("Wireless Charger Pad, 15W, Qi, Black", 25),
                     ("3-in-1 Wireless Charging Stand, Phone, Watch & Earbuds", 45)),
    "cable": items(f"{PA} > Cables", ("USB-C to USB-C Cable, 2m, Braided, 100W", 12),
                   ("Lightning Cable, 1m, MFi Certified, 2 Pack", 15)),
    "phonecase": items(f"{PA} > Cases", ("Clear Phone Case, Shockproof, MagSafe Compatible", 15)),
}

CAMP, CYC, FIT = "Camping", "Cycling", "Fitness"
FURN, HELM, COOK = f"{CAMP} > Camp Furniture", f"{CYC} > Helmets", f"{CAMP} > Cooking"

SPORT = {
    "bagchair": items(f"{FURN} > Chairs", ("Trailside Quad Bag Chair, Folding, Cup Holder, Blue", 29),
                      ("Oversized Bag Chair, Padded Arms, Heavy Duty, Green", 45),
                      ("Kids Bag Chair, Folding, Cup Holder, Red", 15)),
    "chair": items(f"{FURN} > Chairs", ("Ultralight Camp Chair, Aluminium Frame, 900g, Black", 79),
                   ("Low Beach Chair, Reclining, Striped", 39), ("Director's Camp Chair with Side Table, Grey", 59)),
    "chairbag": items(f"{FURN} > Chair Accessories", ("Replacement Chair Bag for Quad Chairs, Drawstring, Black", 9),
                      ("Camp Chair Bag, Carry Sling, Water-Resistant, Green", 12)),
    "bag": items(f"{CAMP} > Bags & Sacks", ("Roll-Top Dry Bag, 20L, Waterproof, Yellow", 19),
                 ("Compression Stuff Bag, 15L, Ripstop", 14), ("Camping Duffel Bag, 60L, Wheeled, Black", 69)),
    "helmet": items(HELM, ("Veloce Road Bike Helmet, MIPS, Black", 129), ("Urban Bike Helmet, Rear Light, Matte Black", 59),
                    ("Mountain Bike Helmet, Visor, Black/Orange", 79), ("Kids Bike Helmet, Adjustable, Blue", 29),
                    ("Commuter Bike Helmet, Lightweight, White", 45)),
    "helmet_acc": items(f"{HELM} > Helmet Parts", ("Replacement Pads for Bike Helmet, Foam, 9 Pieces, Black", 10),
                        ("Bike Helmet Visor, Clip-On, Black", 14), ("Rear Light for Bike Helmets, USB Rechargeable", 19),
                        ("Helmet Mirror for Bike Helmet, Adjustable, Black", 15)),
    "bottle": items(f"{FIT} > Hydration", ("Insulated Water Bottle, 750ml, Stainless, Black", 25),
                    ("Squeeze Bike Bottle, 620ml, BPA-Free, Clear", 8), ("Gym Water Bottle with Time Marker, 1L", 15)),
    "cage": items(f"{CYC} > Bottle Cages", ("Carbon Bottle Cage, 18g, Matte Black", 29),
                  ("Aluminium Bottle Cage, Side Entry, Red", 12), ("Bottle Cage, Alloy, Lightweight, Silver", 9)),
    "tent": items(f"{CAMP} > Tents", ("Summit 2-Person Backpacking Tent, 3-Season, Green", 189),
                  ("Family Dome Tent, 6 Person, Blackout", 249), ("Pop-Up Beach Tent, UV50, Blue", 59)),
    "stake": items(f"{CAMP} > Tents > Stakes & Guylines", ("Aluminium Tent Stakes, 12 Pack, Y-Beam", 15),
                   ("Heavy Duty Steel Tent Stakes, 10 Pack, 30cm", 19), ("Titanium Tent Stakes, Ultralight, 6 Pack", 29)),
    "stove": items(f"{COOK} > Stoves", ("Alpine Camping Stove, Single Burner, Piezo Ignition", 49),
                   ("Two-Burner Camping Stove, Propane, Wind Shields", 119),
                   ("Ultralight Backpacking Stove, Titanium, 45g", 35)),
    "stove_acc": items(f"{COOK} > Stove Accessories", ("Windscreen for Camping Stove, Foldable, Aluminium", 12),
                       ("Camping Stove Replacement Burner Head", 18), ("Carry Case for Two-Burner Camping Stove", 22),
                       ("Stove Stand for Gas Canisters, Tripod Legs", 6)),
    "bike": items(f"{CYC} > Bikes", ("Strada Road Bike, Aluminium, 105 Groupset, 56cm", 1299),
                  ("Hardtail Mountain Bike, 29er, 12-Speed", 899)),
    "pump": items(f"{CYC} > Pumps", ("Floor Bike Pump with Gauge, Presta & Schrader", 39),
                  ("Mini Bike Pump, Frame Mount, 100psi", 19), ("Electric Bike Pump, Cordless, Digital Display", 49)),
    "yogamat": items(f"{FIT} > Yoga", ("Non-Slip Yoga Mat, 6mm, TPE, Purple", 29), ("Cork Yoga Mat, Natural Rubber Base", 59)),
    "dumbbell": items(f"{FIT} > Weights", ("Adjustable Dumbbells, 2 x 24kg", 299), ("Neoprene Dumbbells, Pair, 3kg, Pink", 19)),
    "band": items(f"{FIT} > Resistance Bands", ("Resistance Bands Set, 5 Levels, with Handles", 25)),
}

SK, MK, BT, BD = "スキンケア", "メイクアップ", "Beauty Tools", "美容家電"
EYE, CURL, FACIAL, SKE = f"{MK} > アイメイク", f"{BT} > ビューラー", f"{BD} > 美顔器", "Skincare"

COSME = {
    "facewash": items(f"{SK} > 洗顔", ("洗顔フォーム 泡立て 毛穴 120g", 880), ("洗顔料 酵素 パウダー 30包", 1480),
                      ("アミノ酸 洗顔フォーム 敏感肌 150g", 1100)),
    "washbrush": items(f"{BT} > 洗顔ブラシ", ("洗顔ブラシ シリコン 毛穴ケア ピンク", 780),
                       ("洗顔ブラシ 極細毛 泡立ち 毛穴 ホワイト", 550),
                       ("Facial Cleansing Brush, Silicone, Rechargeable, White", 2980)),
    "makeupbrush": items(f"{BT} > メイクブラシ", ("メイクブラシ 8本セット 収納ケース付き", 1980),
                         ("パウダーブラシ 熊野筆 山羊毛", 3480)),
    "mascara": items(f"{EYE} > マスカラ", ("マスカラ ロング カールキープ ウォータープルーフ ブラック", 1320),
                     ("マスカラ ボリューム お湯でオフ ブラウン", 1650), ("Lengthening Mascara, Waterproof, Black", 1980)),
    "mascarabase": items(f"{EYE} > マスカラ下地", ("マスカラ下地 カールキープ 透明", 1100),
                         ("マスカラ下地 繊維入り ロング ホワイト", 990), ("Mascara Primer, Lash Base, Clear", 1320)),
    "makeupbase": items(f"{MK} > ベースメイク", ("化粧下地 UVカット SPF50 ラベンダー", 1650),
                        ("化粧下地 毛穴カバー 皮脂崩れ防止 30ml", 1980)),
    "curler": items(CURL, ("ビューラー ワイドカール 日本製 ピンク", 1100), ("ビューラー 部分用 ミニ シルバー", 770),
                    ("ホットビューラー USB充電 ピンク", 1980), ("Eyelash Curler, Wide Angle, Pink", 880)),
    "curler_acc": items(f"{CURL} > 替えゴム", ("ビューラー用 替えゴム 10個入り", 220), ("ビューラー専用 替えゴム ピンク 5個", 330),
                        ("交換用 替えゴム ビューラー対応 シリコン ピンク 8個", 280), ("ミニビューラー用 替えゴム 6個", 198)),
    "facial": items(FACIAL, ("美顔器 EMS RF 温冷 リフトケア ホワイト", 12800), ("美顔器 イオン導入 超音波 コードレス", 8980),
                    ("Facial Massager, Microcurrent, Face Lift Device", 6980), ("美顔器 ローラー ゲルマニウム 防水", 2980)),
    "facial_acc": items(f"{FACIAL} > ジェル・パーツ", ("美顔器用 ジェル 300g 保湿", 1980),
                        ("美顔器専用 導入ジェル EMS対応 200ml", 2480), ("美顔器対応 コットン 大判 80枚", 580),
                        ("充電スタンド 美顔器用 ホワイト", 1280)),
    "handcream": items(f"{SKE} > Hand & Body", ("ハンドクリーム 無香料 高保湿 50g", 660),
                       ("Shea Butter Hand Cream, Intensive Repair, 75ml", 1480),
                       ("Hand Cream Gift Set, 3 Scents, 30ml x 3", 1980)),
    "cream": items(f"{SKE} > Moisturizers", ("保湿クリーム セラミド 顔用 50g", 1980)),
    "cleansingoil": items(f"{SKE} > Cleansing", ("クレンジングオイル 毛穴 W洗顔不要 200ml", 1650),
                          ("Cleansing Oil, Deep Clean, Makeup Remover, 150ml", 1980),
                          ("Camellia Cleansing Oil, Fragrance Free, 200ml", 2200)),
    "cleanse": items(f"{SKE} > Cleansing", ("クレンジングバーム 毛穴 90g", 1980), ("クレンジングミルク 敏感肌 150ml", 1320)),
    "sheetmask": items(f"{SKE} > Face Masks", ("シートマスク 30枚入り ヒアルロン酸 大容量", 1480),
                       ("Hydrating Sheet Masks, 10 Pack, Hyaluronic Acid", 1280),
                       ("Vitamin C Sheet Mask, Brightening, 5 Pack", 980)),
    "claymask": items(f"{SKE} > Face Masks", ("クレイマスク 洗い流す 毛穴 100g", 1320)),
    "lipbalm": items(f"{SKE} > Lip Care", ("リップバーム 保湿 無香料 スティック", 550), ("薬用リップクリーム UVカット SPF20", 440),
                     ("リップバーム ハニー 夜用 15g", 1320)),
    "lipstick": items(f"{MK} > リップ", ("口紅 マット 落ちにくい レッド", 1980), ("リップグロス ツヤ ピンクベージュ", 1320)),
}

LIGHT, FURNI, FLOOR, CUSH = "インテリア照明", "家具", "床材", "インテリア雑貨 > クッション"
CBOX, RACK, ST = "収納家具 > カラーボックス", "Storage > Clothes Racks", "Storage"

INTERIOR = {
    "tablelamp": items(f"{LIGHT} > テーブルランプ", ("テーブルランプ 北欧 木製 E26 ホワイト", 3980),
                       ("テーブルランプ ガラス アンティーク 調光 LED", 5980),
                       ("Table Lamp, Linen Shade, Ceramic Base, Beige", 4480)),
    "lamp": items(f"{LIGHT} > フロアランプ", ("フロアランプ 北欧 3灯 スタンドライト", 6980))
    + items(f"{LIGHT} > ランタン", ("ランタン型 ランプ LED 充電式 吊り下げ", 2480)),
    "lamptable": items(f"{FURNI} > テーブル > サイドテーブル", ("ランプテーブル サイドテーブル 木製 丸型 ナチュラル", 4980),
                       ("ランプテーブル 大理石調 スリム 幅40cm", 6480)),
    "table": items(f"{FURNI} > テーブル", ("サイドテーブル スチール 棚付き 黒", 2980), ("ローテーブル 折りたたみ 幅80cm ウォールナット", 5980),
                   ("Coffee Table, Oak Veneer, 100cm", 12800)),
    "cushionfloor": items(f"{FLOOR} > クッションフロア", ("クッションフロア 木目 182cm×1m 防水", 1980),
                          ("クッションフロア 大理石柄 土足OK 厚手", 2980), ("クッションフロア 賃貸 貼ってはがせる タイル柄", 2480)),
    "flooring": items(f"{FLOOR} > フロアタイル", ("フロアタイル 置くだけ 木目 24枚", 3980),
                      ("フロアシート 防水 キッチン 透明 90×180cm", 1980)),
    "floorcushion": items(f"{CUSH} > フロアクッション", ("フロアクッション 大判 70×70cm 厚手 グレー", 3980),
                          ("フロアクッション 丸型 い草 60cm", 2480)),
    "cushion": items(CUSH, ("クッション 45×45cm カバー付き ベージュ", 1480), ("ビーズクッション 特大 洗えるカバー", 6980)),
    "colorbox": items(CBOX, ("カラーボックス 3段 白 A4対応", 1990), ("カラーボックス 2段 ナチュラル", 1290),
                      ("カラーボックス 2段 白 スリム", 1490), ("カラーボックス 3段 ブラウン 扉付き", 2990)),
    "colorbox_acc": items(f"{CBOX} > 収納ケース", ("カラーボックス用 インナーボックス 白 2個組", 980),
                          ("カラーボックス専用 扉 白 1枚", 1290), ("カラーボックス対応 引き出し 白 2段", 1980),
                          ("インナーケース カラーボックス用 布製 グレー 3個", 1490)),
    "hangerrack": items(RACK, ("ハンガーラック キャスター付き 幅100cm 黒", 3980), ("ハンガーラック 伸縮 頑丈 耐荷重80kg 黒", 2980),
                        ("Clothes Rack, Rolling Garment Rack, Double Rail, Black", 4480), ("ハンガーラック 折りたたみ 白", 2480)),
    "hangerrack_acc": items(f"{RACK} > Parts", ("ハンガーラック用 カバー 不織布 黒", 1280), ("ハンガーラック専用 棚板 追加 黒", 980),
                            ("ハンガーラック対応 キャスター 交換用 黒 4個", 780), ("延長パイプ ハンガーラック用 黒", 680)),
    "sofa": items(f"{FURNI} > ソファ", ("ソファ 2人掛け ファブリック グレー", 29800), ("1人掛けソファ リクライニング 本革 ブラウン", 39800)),
    "sofacover": items(f"{FURNI} > ソファ > ソファカバー", ("ソファカバー 2人掛け 伸縮 ストレッチ グレー", 2480),
                       ("ソファカバー 3人掛け 防水 ペット 引っかき防止", 3480), ("ソファカバー 肘掛け付き 1人掛け ベージュ", 1980)),
    "desklamp": items("Lighting > Desk Lamps", ("デスクライト LED 調光 調色 クランプ式 白", 3980),
                      ("LED Desk Lamp, Dimmable, USB Charging Port, White", 2980), ("Swing Arm Desk Lamp, Metal, Black", 4480)),
    "shoerack": items(f"{ST} > Shoe Racks", ("シューズラック 5段 スリム 白", 2980), ("Shoe Rack, 4 Tier, Bamboo, Natural", 3480),
                      ("Stackable Shoe Rack, Metal, 3 Tier, Black", 2480)),
    "laundry": items(f"{ST} > Laundry", ("ランドリーバスケット 2段 キャスター付き 白", 3480),
                     ("Laundry Basket, Collapsible, 60L, Grey", 1980), ("Woven Laundry Basket with Lid, Cotton Rope", 2980)),
}

SHOPS = {"home": HOME, "sport": SPORT, "cosme": COSME, "interior": INTERIOR}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("home", "clock radio", "clockradio", ["radio"], ["radioclock"]),
    two_types("sport", "bag chair", "bagchair", ["chair"], ["chairbag"]),
    two_types("sport", "chair bag", "chairbag", ["bag"], ["bagchair"]),
    two_types("interior", "テーブルランプ", "tablelamp", ["lamp"], ["lamptable"]),
    two_types("interior", "ランプテーブル", "lamptable", ["table"], ["tablelamp"]),
    two_types("interior", "クッションフロア", "cushionfloor", ["flooring"], ["floorcushion"]),
    two_types("interior", "フロアクッション", "floorcushion", ["cushion"], ["cushionfloor"]),
    # --- 2. a leading product word that modifies the head
    qualifies("home", "vacuum sealer", ["sealer"], ["vacuum", "robovac"]),
    qualifies("home", "speaker cable", ["speakercable"], ["speaker"]),
    qualifies("sport", "bottle cage", ["cage"], ["bottle"]),
    qualifies("sport", "tent stakes", ["stake"], ["tent"]),
    qualifies("sport", "bike pump", ["pump"], ["bike"]),
    qualifies("cosme", "洗顔ブラシ", ["washbrush"], ["facewash"]),
    qualifies("cosme", "マスカラ下地", ["mascarabase"], ["mascara"]),
    qualifies("interior", "ソファカバー", ["sofacover"], ["sofa"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("home", "robot vacuum", ["robovac"], ["robovac_acc"]),
    accessories("home", "wireless earbuds", ["earbuds"], ["earbuds_acc"]),
    accessories("sport", "bike helmet", ["helmet"], ["helmet_acc"]),
    accessories("sport", "camping stove", ["stove"], ["stove_acc"]),
    accessories("cosme", "ビューラー", ["curler"], ["curler_acc"]),
    accessories("cosme", "美顔器", ["facial"], ["facial_acc"]),
    accessories("interior", "カラーボックス", ["colorbox"], ["colorbox_acc"]),
    accessories("interior", "ハンガーラック", ["hangerrack"], ["hangerrack_acc"]),
    # black robot vacuums: R5 399, Slim 149 (a white R2 139, a grey V9 279; black side brushes 12, black strip 22)
    price("home", "budget black robot vacuum", "robovac-2", ["robovac_acc"]),
    # white earbuds: Air 129, Sport 49, Buds Lite 59 (a black pair 29; white ear tips 12, case 9, charging case 39)
    price("home", "cheap white wireless earbuds", "earbuds-2", ["earbuds_acc"]),
    # black helmets: Veloce 129, Urban 59, Mountain (black/orange) 79 (a blue kids one 29, a white one 45; black
    # pads 10, visor 14, mirror 15)
    price("sport", "cheap black bike helmet", "helmet-1", ["helmet_acc"]),
    # pink curlers: wide 1100, heated 1980, English 880 (a silver mini 770; pink rubbers 280-330)
    price("cosme", "安い ピンク ビューラー", "curler-3", ["curler_acc"]),
    # white colour boxes: 3段 1990, 2段 1490 (a natural 2段 1290, a brown 3段 2990; white inner box 980, door 1290,
    # drawers 1980)
    price("interior", "格安 白 カラーボックス", "colorbox-2", ["colorbox_acc"]),
    # black clothes racks: casters 3980, extendable 2980, English 4480 (a white folding one 2480; black cover 1280,
    # shelf 980, casters 780, pipe 680)
    price("interior", "激安 黒 ハンガーラック", "hangerrack-1", ["hangerrack_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("cosme", "ハンドクリーム", "handcream"),
    mixed("cosme", "クレンジングオイル", "cleansingoil"),
    mixed("cosme", "シートマスク", "sheetmask"),
    mixed("cosme", "lip balm", "lipbalm"),
    mixed("interior", "デスクライト", "desklamp"),
    mixed("interior", "シューズラック", "shoerack"),
    mixed("interior", "ランドリーバスケット", "laundry"),
    mixed("interior", "clothes rack", "hangerrack"),
]

# 格安 白 カラーボックス failed in all three setups when written (a カラーボックス用 inner box, white,
# 980, first): fixed after, the query's whole written word read for what a title is made for
LIMITS: dict = {}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind32(q: Q, setup: str, known_limit):
    known_limit("blind32")
    check(q, setup, ENGINES)


def test_blind32_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "ピンク": "Pink", "白": "White", "黒": "Black"})
