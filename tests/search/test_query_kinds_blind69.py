"""A sixty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: electric bikes and
scooters (English: e-bikes, e-bike batteries and battery chargers, scooters and scooter grips,
bike locks, panniers), home cleaning machines (English: robot vacuums and side brushes, steam
mops and mop pads, carpet cleaners, window vacuums), Japanese cookware 調理器具 (フライパン and
フライパン蓋, 鍋, 菜箸, お玉, ピーラー, 計量カップ, with English-titled imports whose Japanese names are
katakana loanwords, and part of the category tree in English) and Japanese hair care ヘアケア
(ドライヤー, ヘアアイロン, ブラシ, ヘアゴム, シャンプー and 詰め替え, with English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, above every
   "Y X" item (only two here: the reversible pairs of these trades that read one way only, such as
   pump bottle / bottle pump, helmet light, cable lock or モップ シート, are queries of earlier suites);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (the top three are of the
   query's kind), and two English queries over Japanese-only titles: "ladle" (お玉, under an
   English category "Kitchen Tools > Ladles") and "shampoo refill" (シャンプー 詰め替え, under the
   Japanese category "ヘアケア > 詰め替え").

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-ninth suite), as a measurement only (nothing changed for it):
86 of 88 cases pass, 35 of 36 queries in every setup (two_types 2/2 queries, 4/4 cases;
qualifies 11/11, 27/27; accessories 9/9, 21/21; price 6/6, 14/14; mixed 7/8, 20/22); the 2 failing
cases (one query, in both its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
"shampoo refill" over Japanese titles shows two シャンプー 詰め替え refills, then a トリートメント
詰め替え refill third, above the third shampoo refill ("シャンプー 詰め替え用 大容量 1000ml").

After (a purpose phrase naming a use, a verb's noun form, is no thing the title is made for:
"詰め替え用" is for refilling; the fifteenth session): shampoo refill passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

EB, SC, BA = "E-Bikes", "Scooters", "Bike Accessories"

EBIKE = {
    "ebike": items(f"{EB} > City E-Bikes", ("Voltra City E-Bike, 250W, 36V 13Ah, 28 inch, Step-Through, Grey", 1299),
                   ("Kessel Folding E-Bike, 20 inch, 48V, 7 Speed, Black", 899))
    + items(f"{EB} > Cargo E-Bikes", ("Longtail Cargo E-Bike, 2 Child Seats, 80Nm, Blue", 3299)),
    "battery": items(f"{EB} > E-Bike Batteries", ("Voltra E-Bike Battery, 36V 13Ah, Rear Rack Mount", 449),
                     ("Kessel E-Bike Battery, 48V 17.5Ah, Downtube, Black", 529),
                     ("E-Bike Battery 36V 10Ah, Frame Mount, with 2 Keys", 329),
                     ("Spare E-Bike Battery Pack, 52V 14Ah, Silverfish Case", 489)),
    "battery_acc.charger": items(f"{EB} > Chargers & Battery Parts", ("E-Bike Battery Charger, 42V 2A, DC Plug", 35),
                                 ("Charger for 48V E-Bike Batteries, 54.6V 3A, Fast Charge", 49),
                                 ("Voltra E-Bike Battery Charger, 36V, XLR Plug", 45)),
    "battery_acc": items(f"{EB} > Chargers & Battery Parts", ("Replacement Keys for E-Bike Battery Lock, 2 Pack", 12),
                         ("Fireproof Charging Bag for E-Bike Batteries, Large", 25),
                         ("E-Bike Battery Mounting Plate, Downtube, Black", 22)),
    "scooter": items(f"{SC} > Electric Scooters", ("Zipra Electric Scooter, 350W, 25 km/h, 10 inch Tyres, Black", 399),
                     ("Zipra Pro Electric Scooter, 500W, Dual Brakes, Grey", 649),
                     ("Foldable Electric Scooter for Adults, 30 km Range, Black", 299),
                     ("Commuter Electric Scooter, 8.5 inch, App Control, White", 279),
                     ("Off-Road Electric Scooter, 1000W Dual Motor, Black", 899)),
    "scootergrip": items(f"{SC} > Scooter Parts", ("Replacement Grips for Electric Scooters, Rubber, Black, Pair", 12),
                         ("Zipra Scooter Grips, Ergonomic, Anti-Slip, Black", 15),
                         ("Silicone Scooter Grips, Lock-On, Red", 11),
                         ("Handlebar Grips for Scooters, Foam, 2 Pack", 9)),
    "scooter_acc": items(f"{SC} > Scooter Parts", ("Inner Tubes for Electric Scooters, 10 inch, 2 Pack", 14),
                         ("Scooter Phone Holder, Handlebar Mount, Black", 18),
                         ("Zipra Replacement Tyre, 10 inch, Solid, Black", 29)),
    "pannier": items(f"{BA} > Bags > Panniers", ("Ortel Waterproof Pannier, 20L, Roll-Top, Black", 69),
                     ("Double Panniers, 2 x 15L, Reflective, Grey", 59),
                     ("Commuter Pannier, Laptop Sleeve, 18L, Black", 79),
                     ("Panniers, Pair, 40L, Quick Clip, Black", 49), ("Basic Pannier, 12L, Red", 29)),
    "pannier_acc": items(f"{BA} > Bags > Bag Accessories", ("Pannier Replacement Hooks, 2 Pack, Black", 14),
                         ("Rain Cover for Panniers, Hi-Vis Yellow", 12),
                         ("Shoulder Strap for Panniers, Padded, Black", 9)),
    "pannierrack": items(f"{BA} > Racks", ("Aluminium Pannier Rack, Rear, 25kg, Disc Brake Compatible", 39),
                         ("Voltra Pannier Rack, 26-28 inch, Black", 45),
                         ("Quick Release Pannier Rack, Seatpost Mount, 10kg", 29)),
    "ulock": items(f"{BA} > Locks", ("Voltra U-Lock with Cable, 16mm, Black", 45),
                   ("Heavy Duty U-Lock, 14mm, 2 Keys", 39),
                   ("Mini U-Lock, 18mm Shackle, Yellow", 49)),
    "ulock_acc": items(f"{BA} > Locks > Lock Accessories", ("Frame Mount Bracket for U-Locks", 9),
                       ("U-Lock Replacement Keys, 2 Pack", 15), ("Silicone Cover for U-Lock Shackle, Black", 7)),
    "biketrailer": items(f"{BA} > Trailers", ("Child Bike Trailer, 2 Seater, Foldable, Red", 249),
                         ("Cargo Bike Trailer, Flatbed, 60kg Load", 189), ("Dog Bike Trailer, Suspension, Large", 219)),
    "trailerbike": items("Kids Bikes > Tag-Alongs", ("Trailer Bike, Tag-Along, 20 inch, Ages 4-9, Blue", 149),
                         ("Folding Trailer Bike, Seatpost Hitch, 6 Speed", 199)),
    "noise": each(("Folding Bike Lock, 6 Links, 90cm, Black", f"{BA} > Locks", 55),
                  ("Urban E-Bike Helmet, LED Rear Light, M, Black", f"{BA} > Helmets", 59)),
}

FL, WN, CS = "Floor Care", "Window Cleaning", "Cleaning Supplies"

CLEAN = {
    "robot": items(f"{FL} > Robot Vacuums", ("Dustra R5 Robot Vacuum, LiDAR Navigation, 3000Pa, White", 299),
                   ("Dustra R7 Robot Vacuum and Mop, Self-Empty Station, Black", 549),
                   ("Slim Robot Vacuum, 2000Pa, Quiet, Black", 149)),
    "sidebrush": items(f"{FL} > Robot Vacuum Parts", ("Side Brushes for Dustra Robot Vacuums, 6 Pack", 12),
                       ("Robot Vacuum Side Brush Replacement, 5-Arm, 4 Pack", 11),
                       ("Replacement Side Brushes for Robot Vacuums, Universal, 8 Pack", 14)),
    "robot_acc": items(f"{FL} > Robot Vacuum Parts", ("HEPA Filters for Dustra Robot Vacuums, 3 Pack", 13),
                       ("Dust Bags for Dustra Self-Empty Station, 3 Pack", 16)),
    "steammop": items(f"{FL} > Steam Mops", ("Vapora Steam Mop, 1300W, 2 Microfibre Pads, White", 79),
                      ("Vapora 10-in-1 Steam Mop, Handheld Steamer, White", 119),
                      ("Lightweight Steam Mop, 25s Heat-Up, Blue", 59),
                      ("Steam Mop with Carpet Glider, 1500W, White", 69),
                      ("Compact Steam Mop, Tile & Hardwood, Grey", 49)),
    "steammop_acc.pads": items(f"{FL} > Steam Mops > Pads & Parts",
                               ("Replacement Pads for Vapora Steam Mop, Microfibre, White, 4 Pack", 15),
                               ("Steam Mop Pads, Chenille, 3 Pack, White", 12),
                               ("Microfibre Steam Mop Pads, Triangle, 2 Pack, Grey", 10)),
    "steammop_acc": items(f"{FL} > Steam Mops > Pads & Parts", ("Carpet Glider for Steam Mops, Universal", 9),
                          ("Descaling Filter Cartridges for Steam Mops, 2 Pack", 14)),
    "carpetcleaner": items(f"{FL} > Carpet Cleaners", ("Fibrex Carpet Cleaner, Upright, Pet Edition, Grey", 249),
                           ("Fibrex Compact Carpet Cleaner, Portable Spot Cleaner, Grey", 119),
                           ("Deep Clean Carpet Cleaner, Dual Tank, 800W, Blue", 179),
                           ("Lightweight Carpet Cleaner, Heated Cleaning, Grey", 159),
                           ("Carpet Cleaner Machine, Rotating Brushes, Black", 99)),
    "carpet_acc.solution": items(f"{FL} > Carpet Cleaners > Solutions & Parts",
                                 ("Carpet Cleaner Solution, Pet Stain & Odour, 2L", 19),
                                 ("Fibrex Deep Clean Solution, Concentrated, 1L", 14),
                                 ("Oxy Carpet Cleaning Solution for Carpet Cleaners, 1.5L", 16)),
    "carpet_acc": items(f"{FL} > Carpet Cleaners > Solutions & Parts",
                        ("Replacement Brush Roll for Fibrex Carpet Cleaner, Grey", 19),
                        ("Upholstery Tool for Carpet Cleaners, Hose Attachment", 24)),
    "windowvac": items(f"{WN} > Window Vacuums", ("Klarvis Window Vacuum, Cordless, 35 min, White", 69),
                       ("Klarvis Window Vacuum with Spray Bottle and Microfibre Pad", 79),
                       ("Window Vacuum Cleaner, Rechargeable, 2 Blades, Grey", 49),
                       ("Compact Window Vacuum, Streak-Free, Black", 59)),
    "windowvac_acc": items(f"{WN} > Window Vacuums > Parts",
                           ("Replacement Blades for Klarvis Window Vacuum, 2 Pack", 12),
                           ("Window Vacuum Microfibre Pads, 4 Pack", 9), ("Charger for Window Vacuums, 5V USB", 8)),
    "noise": each(("Microfibre Cleaning Cloths, 12 Pack, Assorted", f"{CS} > Cloths", 9),
                  ("Glass Cleaner Spray, Streak-Free, 750ml", f"{CS} > Sprays", 5)),
}

CW, TL, KT, CK = "調理器具", "キッチンツール", "Kitchen Tools", "Cookware"

COOK = {
    "pan": items(f"{CW} > フライパン", ("フライパン 26cm IH対応 ガス火 ふっ素コート 赤", 2480),
                 ("フライパン 28cm 深型 マーブルコート 赤", 1980), ("鉄フライパン 26cm 窒化加工 黒", 3480),
                 ("フライパン 20cm 軽量 セラミック 白", 1480), ("Nonstick Frying Pan, 28cm, Granite Coating, Red", 2680)),
    "panlid": items(f"{CW} > フライパン > フライパン蓋", ("フライパン蓋 26cm ガラス 蒸気穴付き", 980),
                    ("フライパン用 蓋 24-28cm 兼用 シリコン 赤", 780), ("フライパン 蓋 自立式 28cm ステンレス", 1280),
                    ("フライパン専用 蓋 20cm 強化ガラス", 880)),
    "pan_acc": items(f"{CW} > フライパン > フライパン小物", ("フライパン専用 取っ手 着脱式 赤", 680),
                     ("フライパン用 ホイル シート 30枚", 380)),
    "pot": items(f"{CW} > 鍋", ("両手鍋 20cm IH対応 ステンレス 蓋付き", 2980), ("片手鍋 18cm 雪平鍋 アルミ 日本製", 1980),
                 ("ホーロー鍋 22cm 両手 白", 3980), ("Stainless Steel Stock Pot, 24cm, 7L, with Lid", 4280)),
    "pot_acc": items(f"{CW} > 鍋 > 鍋小物", ("鍋用 蓋 20cm ガラス 両手鍋対応", 980), ("鍋専用 取っ手 着脱 2個セット", 780),
                     ("鍋敷き シリコン 鍋用 耐熱 2枚", 580)),
    "milkpan": items(f"{CK} > Milk Pans", ("ミルクパン 14cm ホーロー 注ぎ口付き 白", 1980), ("ミルクパン 16cm IH対応 ステンレス", 2280),
                     ("Milk Pan, 16cm, Stainless Steel, Pour Spout", 1680),
                     ("Enamel Milk Pan, 12cm, Wooden Handle, Blue", 2480)),
    "tongs": items(f"{KT} > Tongs", ("トング ステンレス 24cm 先端シリコン", 680),
                   ("Kitchen Tongs, Stainless Steel, 3 Pack, 23/30/35cm", 1580),
                   ("Silicone Tongs, Locking, 30cm, Black", 980)),
    "turner": items(f"{KT} > Turners", ("ターナー シリコン 耐熱 黒", 680), ("Slotted Turner, Stainless Steel, Wooden Handle", 980),
                    ("Fish Turner, Thin Flexible, 30cm", 1180)),
    "ladle": items(f"{KT} > Ladles", ("お玉 ステンレス 日本製 食洗機対応", 880), ("お玉 シリコン 耐熱 黒", 680),
                   ("穴あきお玉 ステンレス 小", 780), ("お玉 木製 天然木 取り分け", 980)),
    "ladlestand": items(f"{TL} > ツールスタンド", ("お玉スタンド ステンレス 菜箸 立て", 1280),
                        ("お玉スタンド 蓋置き 2way マグネット", 1480), ("お玉スタンド 陶器 白", 980)),
    "chopsticks": items(f"{TL} > 菜箸", ("菜箸 竹 33cm 2膳", 380), ("菜箸 シリコン 耐熱 先端 30cm", 580)),
    "cup": items(f"{TL} > 計量カップ", ("計量カップ 500ml 耐熱ガラス", 980), ("計量カップ 200ml ステンレス 目盛り付き", 680)),
    "peeler": items(f"{TL} > ピーラー", ("ピーラー T型 ステンレス 皮むき", 580), ("ピーラー I型 セラミック刃", 780),
                    ("Swivel Vegetable Peeler, Stainless Steel, 2 Pack", 980), ("ピーラー 3種セット 千切り 波刃", 1280)),
    "peeler_acc.blade": items(f"{TL} > ピーラー > 替刃", ("ピーラー用 替刃 T型 2枚", 380), ("ピーラー専用 替え刃 セラミック", 480),
                              ("ピーラー 替刃 波刃 交換用 1枚", 330)),
    "peeler_acc": items(f"{TL} > ピーラー > 替刃", ("ピーラー対応 刃カバー 安全", 280)),
}

HA, HC, HB, AC = "ヘアケア家電", "ヘアケア", "Hair Brushes", "Hair Accessories"

HAIR = {
    "dryer": items(f"{HA} > ドライヤー", ("ドライヤー 大風量 速乾 マイナスイオン 白", 3980), ("ドライヤー 折りたたみ 軽量 1200W ピンク", 2480),
                   ("ヘアドライヤー 高速 ブラシレスモーター 黒", 8980),
                   ("Hair Dryer, Ionic, 1800W, Diffuser & Concentrator, Black", 4480)),
    "dryer_acc": items(f"{HA} > ドライヤー > ドライヤー小物", ("ドライヤー用 ディフューザー 汎用 黒", 980),
                       ("ドライヤー専用 ノズル 交換用 白", 680), ("ドライヤー対応 ホルダー 壁掛け", 1280)),
    "iron": items(f"{HA} > ヘアアイロン", ("ヘアアイロン ストレート 2way 32mm ピンク", 3480), ("ヘアアイロン カール 26mm 220℃ 黒", 2980),
                  ("ミニ ヘアアイロン 持ち運び USB ピンク", 1980), ("ヘアアイロン ストレート 15mm 前髪 白", 1780),
                  ("Ceramic Flat Iron, 1 inch, Dual Voltage, Pink", 3980)),
    "ironpouch": items(f"{HA} > ヘアアイロン小物", ("ヘアアイロン ポーチ 耐熱 ピンク", 980), ("ヘアアイロン用 耐熱ポーチ 収納 黒", 880),
                       ("耐熱ポーチ ヘアアイロン対応 コテ 収納 グレー", 1280)),
    "iron_acc": items(f"{HA} > ヘアアイロン小物", ("ヘアアイロン専用 耐熱ミトン ピンク", 580)),
    "brush": items(f"{HB} > Detangling & Cushion", ("ヘアブラシ 豚毛 クッションブラシ", 2980),
                   ("ヘアブラシ 絡まない ウェットブラシ ピンク", 1280)),
    "paddle": items(f"{HB} > Paddle Brushes", ("パドルブラシ 大きめ 頭皮ケア 黒", 1680),
                    ("Paddle Brush, Detangling, Bamboo Bristles", 1980),
                    ("Large Paddle Brush, Cushion Base, Black", 2280)),
    "comb": items(f"{HB} > Combs", ("コーム 粗目 細目 両用 黒", 380), ("Wide Tooth Comb, Detangling, Cellulose Acetate", 980),
                  ("Carbon Fiber Comb Set, 10 Pieces, Heat Resistant", 780), ("テールコーム 2本 ブロッキング", 480)),
    "tie": items(f"{AC} > Hair Ties", ("ヘアゴム 100本 黒 細め 絡まない", 380), ("ヘアゴム シンプル 太め 10本 ブラウン", 480),
                 ("ヘアゴム スパイラル 跡がつかない 6個 クリア", 580)),
    "shampoo": items(f"{HC} > シャンプー", ("シャンプー アミノ酸 ノンシリコン 480ml", 1480),
                     ("Argan Oil Shampoo, Sulfate-Free, 500ml", 1980)),
    "refill.shampoo": items(f"{HC} > 詰め替え", ("シャンプー 詰め替え 400ml アミノ酸", 980), ("シャンプー 詰め替え用 大容量 1000ml", 1680),
                            ("スカルプシャンプー 詰め替え 350ml メンズ", 1280)),
    "refill": items(f"{HC} > 詰め替え", ("トリートメント 詰め替え 400g 補修", 1180)),
    "conditioner": items("Hair Care > Conditioners", ("コンディショナー ダメージケア 480ml", 1480),
                         ("Moisture Conditioner, Coconut, 400ml", 1680),
                         ("Argan Oil Conditioner, Sulfate-Free, 500ml", 1980)),
    "bottle": items("バス用品 > 詰め替えボトル", ("ポンプボトル 詰め替え用 500ml 白 2本", 880),
                    ("詰め替えボトル ワンタッチキャップ 500ml 白", 580), ("ポンプボトル 泡タイプ 400ml", 780)),
}

SHOPS = {"ebike": EBIKE, "clean": CLEAN, "cook": COOK, "hair": HAIR}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("ebike", "bike trailer", "biketrailer", [], ["trailerbike"]),
    two_types("ebike", "trailer bike", "trailerbike", [], ["biketrailer"]),
    # --- 2. a leading product word that modifies the head
    qualifies("ebike", "scooter grips", ["scootergrip"], ["scooter"]),
    qualifies("ebike", "pannier rack", ["pannierrack"], ["pannier"]),
    qualifies("ebike", "e-bike battery charger", ["battery_acc.charger"], ["battery"]),
    qualifies("clean", "carpet cleaner solution", ["carpet_acc.solution"], ["carpetcleaner"]),
    qualifies("clean", "robot vacuum side brush", ["sidebrush"], ["robot"]),
    qualifies("clean", "steam mop pads", ["steammop_acc.pads"], ["steammop"]),
    qualifies("cook", "フライパン 蓋", ["panlid"], ["pan"]),
    qualifies("cook", "お玉 スタンド", ["ladlestand"], ["ladle"]),
    qualifies("cook", "ピーラー 替刃", ["peeler_acc.blade"], ["peeler"]),
    qualifies("hair", "詰め替え ボトル", ["bottle"], ["refill"]),
    qualifies("hair", "ヘアアイロン ポーチ", ["ironpouch"], ["iron"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("ebike", "e-bike battery", ["battery"], ["battery_acc"]),
    accessories("ebike", "panniers", ["pannier"], ["pannier_acc"]),
    accessories("ebike", "u-lock", ["ulock"], ["ulock_acc"]),
    accessories("clean", "steam mop", ["steammop"], ["steammop_acc"]),
    accessories("clean", "carpet cleaner", ["carpetcleaner"], ["carpet_acc"]),
    accessories("clean", "window vacuum", ["windowvac"], ["windowvac_acc"]),
    accessories("cook", "鍋", ["pot"], ["pot_acc"]),
    accessories("cook", "ピーラー", ["peeler"], ["peeler_acc"]),
    accessories("hair", "ドライヤー", ["dryer"], ["dryer_acc"]),
    # black scooters: Zipra 399, foldable 299, off-road 899 (a white one 279; black grips and parts 12-29)
    price("ebike", "cheap black scooter", "scooter-2", ["scootergrip", "scooter_acc"]),
    # black panniers: Ortel 69, commuter 79, pair 49 (a red one 29, a grey one 59; black accessories 9-14)
    price("ebike", "budget black panniers", "pannier-3", ["pannier_acc"]),
    # white steam mops: Vapora 79, 10-in-1 119, with carpet glider 69 (a grey one 49, a blue one 59; white pads 12-15)
    price("clean", "cheap white steam mop", "steammop-3", ["steammop_acc"]),
    # grey carpet cleaners: upright 249, compact 119, lightweight 159 (a black one 99; a grey brush roll 19)
    price("clean", "budget grey carpet cleaner", "carpetcleaner-1", ["carpet_acc"]),
    # red frying pans: 26cm 2480, 28cm deep 1980, English 2680 (a white one 1480; a red lid 780, a red handle 680)
    price("cook", "安い 赤 フライパン", "pan-1", ["panlid", "pan_acc"]),
    # pink hair irons: 2way 3480, mini 1980, English 3980 (a white one 1780; a pink pouch 980, a pink mitten 580)
    price("hair", "激安 ピンク ヘアアイロン", "iron-2", ["ironpouch", "iron_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("cook", "トング", "tongs"),
    mixed("cook", "ミルクパン", "milkpan"),
    mixed("cook", "ターナー", "turner"),
    mixed("cook", "ladle", "ladle"),
    mixed("hair", "パドルブラシ", "paddle"),
    mixed("hair", "コンディショナー", "conditioner"),
    mixed("hair", "コーム", "comb"),
    mixed("hair", "shampoo refill", "refill.shampoo"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind69(q: Q, setup: str, known_limit):
    known_limit("blind69")
    check(q, setup, ENGINES)


def test_blind69_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "grey": "Grey", "赤": "Red", "ピンク": "Pink"})
