"""An eighty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: bicycle parts,
locks, lights, tools, car racks and indoor trainers (English), travel wallets, luggage tags and
scales, duffel bags and luggage carts (English), Japanese cycling and outdoor goods
自転車用品・アウトドア (前かご, キャリーワゴン, ライトホルダー, ペグハンマー; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese
travel goods and bags 旅行用品・バッグ (スーツケース, スーツケースベルト, ボストンバッグ, キャリーカート; with
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (ring lock / lock ring, strap light / light strap, card
   wallet / wallet card);
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

Written blind on 2026-12-01 (eighty-second suite) at 68bb187, as a measurement only (nothing
changed for it): 85 of 90 cases pass, 34 of 36 queries in every setup (two_types 5/6 queries, 10/12
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/9, 22/25); the 5
failing cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 'wallet card' (the third wallet card, 'Wallet Card Multi-Tool', ranks
eighth, below the SIM cards, the playing cards and the travel wallets; its title's last noun is
"Multi-Tool", so a reader may count this one item a multi-tool rather than a wallet card) and
シェラカップ (a Japanese titanium mug third, above the English 'Sierra Cup, Titanium').

After (an English doubled r is said before its vowel, not as the silent r after one: "sierra" is
シェラ, "mirror" ミラー; the sixteenth session): シェラカップ passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

C = "Cycling"
LOCKS, LIGHTS, PARTS, TRAIN, RACKS = f"{C} > Locks", f"{C} > Lights", f"{C} > Parts", f"{C} > Indoor Training", \
    f"{C} > Car Racks"

CYCLE = {
    "ringlock": items(f"{LOCKS} > Frame Locks", ("Keywell Ring Lock, Frame Mounted, Keyed, Black", 34),
                      ("Ring Lock with Plug-In Cable, Rear Wheel, Silver", 42),
                      ("Keywell Ring Lock for City Bikes, 2 Keys, Matte Grey", 29)),
    "lock": items(f"{LOCKS} > U-Locks", ("Keywell U-Lock, 16mm Shackle, Mounting Bracket, Black", 49))
    + items(f"{LOCKS} > Chain Locks", ("Heavy Chain Lock, 10mm Links, 110cm, Nylon Sleeve", 59))
    + items(f"{LOCKS} > Folding Locks", ("Folding Lock, 6 Steel Links, 85cm, Holster", 69))
    + items(f"{LOCKS} > Cable Locks", ("Coiled Cable Lock, 4-Digit Combination, 180cm", 15)),
    "lockring": each(("Cassette Lock Ring, HG Spline, Alloy, Black", f"{PARTS} > Drivetrain", 9),
                     ("Centerlock Rotor Lock Ring, External Splines, 2 Pack", f"{PARTS} > Brakes", 12),
                     ("Bottom Bracket Lock Ring, Steel, Silver", f"{PARTS} > Drivetrain", 7)),
    "ring": items(f"{PARTS} > Headsets", ("Headset Spacer Rings, 1-1/8in, Alloy, 4 Pack, Black", 8),
                  ("Carbon Spacer Rings, 5mm & 10mm, 6 Pack", 11)),
    "straplight": items(f"{LIGHTS} > Strap Lights",
                        ("Glowloop Strap Light, Silicone, USB Rechargeable, Front, White", 16),
                        ("Strap Light Set, Front & Rear, Stretch Silicone, 2 Pack", 22),
                        ("Mini Strap Light, Rear, Red LED, 5 Modes", 9)),
    "light": items(f"{LIGHTS} > Front Lights", ("Beamline Front Light, 800 Lumens, USB-C, Handlebar Mount", 45),
                   ("Dynamo Front Light, 60 Lux, Reflector", 39))
    + items(f"{LIGHTS} > Rear Lights", ("Beamline Rear Light, Brake Sensing, 100 Lumens", 29)),
    "lightstrap": items(f"{LIGHTS} > Mounts & Straps", ("Replacement Light Strap, Silicone, Fits Beamline, 2 Pack", 6),
                        ("Rubber Light Straps for Handlebar Mounts, 4 Pack, Black", 5),
                        ("Glowloop Light Strap, Long, Fits Aero Bars", 4)),
    "strap": items(f"{C} > Accessories > Straps", ("Reflective Trouser Straps, Hook & Loop, 2 Pack, Yellow", 7),
                   ("Nylon Toe Straps, Pair, Black", 12), ("Elastic Rack Straps, 3 Hooks, 2 Pack", 9)),
    "chaincleaner": items(f"{C} > Maintenance > Cleaning",
                          ("Gritline Chain Cleaner, Scrubber Box, 3 Rotating Brushes", 19),
                          ("Chain Cleaner Tool with Handle and Refill Sponge", 14),
                          ("Chain Cleaner Kit with Degreaser, 250ml", 24)),
    "chain": items(f"{PARTS} > Chains", ("11-Speed Chain, 116 Links, Quick Link, Silver", 29),
                   ("Single Speed Chain, 1/2 x 1/8, Black", 15), ("Gritline 12-Speed Chain, Hollow Pin", 45)),
    "pedalwrench": items(f"{C} > Tools > Wrenches", ("Pedal Wrench, 15mm, Long Handle, Steel", 18),
                         ("Gritline Pedal Wrench, 15mm & 6mm Hex Combo", 24),
                         ("Folding Pedal Wrench, Double-Ended, Compact", 15)),
    "pedal": items(f"{PARTS} > Pedals", ("Flat Pedals, Alloy Platform, Sealed Bearings, Black", 39),
                   ("Clipless Pedals, SPD Compatible, Cleats Included", 55), ("Folding Pedals, Non-Slip, Grey", 25)),
    "trainer": items(f"{TRAIN} > Trainers", ("Spinline Bike Trainer, Magnetic Resistance, Quick Release", 149),
                     ("Smart Bike Trainer, Direct Drive, Wi-Fi, 2000W", 599),
                     ("Fluid Bike Trainer, Foldable, Quiet", 229)),
    "trainer_acc": items(f"{TRAIN} > Trainer Accessories", ("Front Wheel Riser Block for Bike Trainers", 19),
                         ("Trainer Tire for Bike Trainers, 700x23c", 35),
                         ("Bike Trainer Replacement Skewer, Steel", 12)),
    "rack": items(RACKS, ("Hitch Bike Rack, 2 Bikes, Tilting, Black", 189),
                  ("Trunk Bike Rack, 3 Bikes, Foam Cradles, Black", 79), ("Roof Bike Rack, Fork Mount, Black", 119),
                  ("Trunk Bike Rack, 2 Bikes, Silver", 59)),
    "rack_acc": items(f"{RACKS} > Rack Accessories", ("Replacement Straps for Bike Rack, Black, 6 Pack", 15),
                      ("Bike Rack Replacement Cradles, Rubber, Black, 4 Pack", 19),
                      ("Frame Adapter Bar for Bike Racks, Black", 29)),
    "noise": each(("Bike Cleaner Spray, Biodegradable, 1L", f"{C} > Maintenance > Cleaning", 11)),
}

L, T = "Luggage", "Travel Accessories"

TRAVEL = {
    "cardwallet": items(f"{T} > Wallets > Card Wallets", ("Slimfold Card Wallet, RFID Blocking, 8 Slots, Black", 25),
                        ("Pop-Up Card Wallet, Aluminium, Grey", 29),
                        ("Leather Card Wallet with Coin Pocket, Tan", 35)),
    "wallet": items(f"{T} > Wallets > Travel Wallets", ("Family Travel Wallet, 6 Passports, Zip, Navy", 32),
                    ("Neck Wallet, Hidden Pouch, RFID, Beige", 14),
                    ("Slimfold Passport Wallet, Zip Around, Black", 27)),
    "walletcard": items(f"{T} > Travel Tech > Trackers",
                        ("Tagfinder Wallet Card, Bluetooth Tracker, Rechargeable, 1.6mm", 29),
                        ("Wallet Card Tracker, Works with Find My, 2 Pack", 45))
    + items(f"{T} > Travel Tools", ("Wallet Card Multi-Tool, 18 Functions, Stainless Steel", 12)),
    "card": items(f"{T} > Travel Tech > SIM Cards", ("International SIM Card, 60 Countries, 15GB, 30 Days", 39),
                  ("Europe Prepaid SIM Card, 20GB, 14 Days", 25))
    + items(f"{T} > Games", ("Waterproof Playing Cards, Plastic, Travel Size", 9)),
    "luggagescale": items(f"{T} > Travel Tools > Scales", ("Weighmate Luggage Scale, 50kg, Backlit Display, Hook", 14),
                          ("Digital Luggage Scale with Strap, Silver", 11),
                          ("Luggage Scale, Tare Function, Temperature Sensor", 16)),
    "luggagetag": items(f"{T} > Luggage Tags", ("Leather Luggage Tag, Privacy Flap, Tan", 12),
                        ("Aluminium Luggage Tags, 4 Pack, Assorted", 15),
                        ("Silicone Luggage Tag, Bright Yellow, 2 Pack", 9)),
    "luggage": items(f"{L} > Hardside", ("Hardside Luggage, 24in Spinner, Polycarbonate, Navy", 139),
                     ("Carry-On Luggage, 20in, Expandable, Black", 119))
    + items(f"{L} > Softside", ("Softside Luggage Set, 3 Piece, Grey", 229)),
    "duffel": items(f"{L} > Duffel Bags", ("Packmore Duffel Bag, 60L, Shoe Compartment, Grey", 59),
                    ("Foldable Duffel Bag, 40L, Ripstop, Grey", 29), ("Leather Weekender Duffel Bag, 45L, Brown", 149),
                    ("Wheeled Duffel Bag, 90L, Grey", 99), ("Packmore Duffel Bag, 35L, Black", 25)),
    "duffel_acc": items(f"{L} > Duffel Bags > Duffel Accessories",
                        ("Replacement Shoulder Strap for Duffel Bags, Padded, Grey", 14),
                        ("Duffel Bag Rain Cover, 60L, Grey", 12),
                        ("Base Shaper for Duffel Bag, Removable Insert, Grey", 16)),
    "cart": items(f"{L} > Luggage Carts", ("Folding Luggage Cart, 80kg, Telescopic Handle", 45),
                  ("Luggage Cart, Stair Climbing, 6 Wheels", 69), ("Compact Luggage Cart, Aluminium, 40kg", 35)),
    "cart_acc": items(f"{L} > Luggage Carts > Cart Accessories", ("Bungee Cords for Luggage Cart, 2 Pack", 8),
                      ("Luggage Cart Replacement Wheels, Pair", 14), ("Luggage Cart Replacement Handle Grip", 7)),
    "noise": each(("Packing Cubes, 6 Piece Set, Navy", f"{T} > Packing", 24),
                  ("Universal Travel Adapter, 3 USB-C Ports", f"{T} > Travel Tech > Adapters", 29)),
}

J, O = "自転車用品", "アウトドア"
KAGO, WAGON = f"{J} > かご・バスケット", f"{O} > キャリーワゴン"

BIKE_JA = {
    "maekago": items(KAGO, ("前かご 自転車 ワイヤー 大容量 黒", 1980), ("自転車 前かご ステンレス 取付金具付き シルバー", 2980),
                     ("前かご 樹脂 籐風 ブラウン", 1480), ("サイクルベース 前かご 折りたたみ 脱着式 黒", 3480),
                     ("Front Bike Basket, Wire Mesh, Quick Release, Black", 2780)),
    "maekago_acc": items(f"{KAGO} > かご用品", ("前かご用 カバー 防水 2段式 黒", 980), ("前かご専用 ひったくり防止ネット 黒", 680),
                         ("前かご対応 取付ステー 交換用 黒", 780), ("カバー 前かご用 撥水 大型 黒", 1280)),
    "wagon": items(WAGON, ("キャリーワゴン 折りたたみ 大型タイヤ 100L ベージュ", 9800), ("キャリーワゴン 4輪 耐荷重100kg カーキ", 6980),
                   ("キャリーワゴン コンパクト 80L ベージュ", 7480),
                   ("Folding Wagon Cart, All-Terrain Wheels, 150L, Beige", 11800)),
    "wagon_acc": items(f"{WAGON} > ワゴン用品", ("キャリーワゴン用 テーブル 天板 木製 ベージュ", 2980),
                       ("キャリーワゴン専用 レインカバー ベージュ", 1980), ("キャリーワゴン対応 インナーボックス 仕切り ベージュ", 2480)),
    "lightholder": items(f"{J} > ライト > ライトホルダー", ("ライトホルダー 自転車 ハンドル 取付 ブラケット", 880),
                         ("ライト ホルダー 360度回転 アルミ 31.8mm対応", 1280), ("ライトホルダー ヘルメット用 ゴム止め", 680)),
    "light": items(f"{J} > ライト", ("自転車 ライト LED 800ルーメン USB充電 防水", 2980), ("テールライト 自動点灯 ブレーキ感知 赤", 1980),
                   ("Bike Light Set, USB Rechargeable, Front and Rear", 2480)),
    "peghammer": items(f"{O} > テント用品 > ペグ・ハンマー", ("NORDEN ペグハンマー 真鍮ヘッド 鍛造 ペグ抜き付き", 3980),
                       ("ペグ ハンマー アルミ 軽量 ストラップ付き", 1980), ("ペグハンマー スチール ゴムグリップ", 1480)),
    "peg": items(f"{O} > テント用品 > ペグ・ハンマー", ("鍛造ペグ 20cm 8本セット 黒", 2480), ("アルミペグ V字 16cm 10本", 980),
                 ("ペグ ジュラルミン Y字 10本 収納袋付き", 1680)),
    "framebag": items("Cycling > Bags > Frame Bags", ("フレームバッグ 自転車 三角 防水 1.5L", 1980),
                      ("Frame Bag, Triangle, Waterproof, 3L, Black", 2980),
                      ("Bikepacking Frame Bag, Full Size, Velcro Straps", 4480)),
    "bag": each(("サドルバッグ 大容量 防水 10L 黒", "Cycling > Bags > Saddle Bags", 3480),
                ("Handlebar Bag, Roll-Top, 9L, Waterproof", "Cycling > Bags > Handlebar Bags", 3980)),
    "hotsand": items("Outdoor > Camp Kitchen > Hot Sandwich Makers", ("ホットサンドメーカー 直火 IH対応 耳まで焼ける", 3480),
                     ("Hot Sandwich Maker, Double Pan, Direct Flame, Aluminium", 2980),
                     ("Camp Hot Sandwich Maker, Detachable Handles", 3980)),
    "cook": items("Outdoor > Camp Kitchen > Cookware", ("メスティン アルミ 飯盒 1.5合", 1680),
                  ("Camp Skillet, Cast Iron, 8in", 2980)),
    "sierra": items("Outdoor > Camp Kitchen > Cups", ("シェラカップ ステンレス 目盛り付き 300ml", 980),
                    ("Sierra Cup, Titanium, 300ml, Folding Handle", 1980), ("NORDEN シェラカップ 深型 480ml 2個セット", 1480)),
    "mug": items("Outdoor > Camp Kitchen > Cups", ("チタンマグ 450ml シングルウォール", 2480),
                 ("Camp Mug, Double Wall, 350ml, Green", 1980)),
    "multitool": items("Cycling > Tools > Multi Tools", ("マルチツール 自転車 16機能 チェーンカッター付き", 2480),
                       ("携帯工具 マルチツール 六角レンチ 10in1 コンパクト", 1480),
                       ("ミニツール 折りたたみ 自転車 修理 アーレンキー 8機能", 1280)),
    "tool": each(("タイヤレバー 3本セット 樹脂", "Cycling > Tools > Tire Levers", 380),
                 ("携帯ポンプ 自転車 仏式 米式 対応", "Cycling > Pumps", 1980)),
}

R, B = "旅行用品", "バッグ"
SUIT = f"{B} > スーツケース"

TRAVEL_JA = {
    "suitcase": items(SUIT, ("トラベルライン スーツケース Mサイズ 60L TSAロック 軽量 ネイビー", 12800),
                      ("スーツケース 機内持ち込み Sサイズ フロントオープン 黒", 9800), ("スーツケース Lサイズ 100L 拡張 白", 15800),
                      ("Hardside Suitcase, 28in, Spinner Wheels, TSA Lock, Silver", 13800)),
    "suitcase_acc": items(f"{SUIT} > スーツケース用品", ("スーツケース用 キャスターカバー 8個入り 黒", 980),
                          ("スーツケース専用 交換キャスター 2個 静音", 1980), ("スーツケース対応 カバー 伸縮 Mサイズ 花柄", 1480),
                          ("ネームタグ スーツケース用 レザー ネイビー", 880)),
    "belt": items(f"{R} > 旅行小物 > スーツケースベルト", ("スーツケースベルト ワンタッチ 長さ調節 ネイビー", 980),
                  ("スーツケース ベルト TSAロック付き 十字 黒", 1680), ("スーツケースベルト 名前タグ付き 2本 赤", 1280)),
    "boston": items(f"{B} > ボストンバッグ", ("ボストンバッグ 大容量 50L 2way 撥水 ネイビー", 4980),
                    ("ボストンバッグ 修学旅行 40L 折りたたみ ネイビー", 2980), ("ボストンバッグ 合皮 1泊2日 ブラウン", 3980),
                    ("ボストンバッグ キャリーオン 35L 黒", 2480), ("Weekender Boston Bag, Canvas, 45L, Navy", 5980)),
    "boston_acc": items(f"{B} > ボストンバッグ > バッグ用品", ("ボストンバッグ用 ショルダーストラップ 幅広 ネイビー", 1280),
                        ("ボストンバッグ専用 底板 中敷き ネイビー", 780), ("ボストンバッグ対応 レインカバー ネイビー", 980)),
    "cart": items(f"{R} > キャリーカート", ("キャリーカート 折りたたみ 耐荷重40kg 黒", 2980), ("キャリーカート 階段 6輪 大型 黒", 4980),
                  ("キャリーカート 軽量 アルミ シルバー", 1980), ("Folding Carry Cart, 40kg, Telescopic Handle, Black", 3980)),
    "cart_acc": items(f"{R} > キャリーカート > カート用品", ("キャリーカート用 ゴムロープ フック付き 黒 2本", 580),
                      ("キャリーカート専用 交換タイヤ 2個 黒", 1280), ("キャリーカート対応 荷台 拡張プレート 黒", 1480)),
    "duffel": items("Bags > Duffel Bags", ("ダッフルバッグ 大容量 60L 防水 ジム 旅行", 3980),
                    ("Duffel Bag, 40L, Packable, Ripstop, Olive", 2980),
                    ("Travel Duffel Bag with Shoe Compartment, 55L", 4480)),
    "cube": items("Travel > Packing", ("パッキングキューブ 6点セット 衣類 圧縮 グレー", 2480),
                  ("Packing Cubes, Set of 4, Compression Zip, Navy", 2980),
                  ("Packing Cubes, Lightweight, 3 Sizes, Grey", 1980)),
    "bottle": items("Travel > Toiletries", ("トラベルボトル シリコン 詰め替え 4本セット 100ml", 1280),
                    ("Travel Bottles, Leakproof Silicone, 3oz, 4 Pack", 1480),
                    ("Travel Bottle Set, TSA Approved, 8 Pieces", 1680)),
    "earplug": items("Travel > Sleep > Ear Plugs", ("耳栓 シリコン 遮音 飛行機 6ペア", 680), ("耳栓 フォーム 睡眠用 20ペア ケース付き", 880),
                     ("イヤープラグ 遮音 繰り返し使える 2ペア", 1280)),
    "neckwallet": items("Travel > Security", ("ネックウォレット スキミング防止 パスポート 首下げ 黒", 1480),
                        ("Neck Wallet, RFID Blocking, Passport Holder, Grey", 1680),
                        ("Neck Wallet, Waterproof, Adjustable Strap, Black", 1280)),
    "noise": each(("圧縮袋 旅行 手巻き 10枚", "Travel > Packing", 980),
                  ("Toiletry Bag, Hanging, Waterproof, Grey", "Travel > Toiletries", 1980),
                  ("アイマスク 3D 立体 遮光", "Travel > Sleep > Eye Masks", 780),
                  ("ネックピロー 低反発 U字", "Travel > Sleep > Neck Pillows", 1980),
                  ("パスポートケース 手帳型 レザー", "Travel > Security", 1480)),
}

SHOPS = {"cycle": CYCLE, "travel": TRAVEL, "bike_ja": BIKE_JA, "travel_ja": TRAVEL_JA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("cycle", "ring lock", "ringlock", ["lock"], ["lockring"]),
    two_types("cycle", "lock ring", "lockring", ["ring"], ["ringlock"]),
    two_types("cycle", "strap light", "straplight", ["light"], ["lightstrap"]),
    two_types("cycle", "light strap", "lightstrap", ["strap"], ["straplight"]),
    two_types("travel", "card wallet", "cardwallet", ["wallet"], ["walletcard"]),
    two_types("travel", "wallet card", "walletcard", ["card"], ["cardwallet"]),
    # --- 2. a leading product word that modifies the head
    qualifies("cycle", "chain cleaner", ["chaincleaner"], ["chain"]),
    qualifies("cycle", "pedal wrench", ["pedalwrench"], ["pedal"]),
    qualifies("travel", "luggage scale", ["luggagescale"], ["luggage"]),
    qualifies("travel", "luggage tag", ["luggagetag"], ["luggage"]),
    qualifies("bike_ja", "ライト ホルダー", ["lightholder"], ["light"]),
    qualifies("bike_ja", "ペグ ハンマー", ["peghammer"], ["peg"]),
    qualifies("travel_ja", "スーツケース ベルト", ["belt"], ["suitcase"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("cycle", "bike trainer", ["trainer"], ["trainer_acc"]),
    accessories("cycle", "bike rack", ["rack"], ["rack_acc"]),
    accessories("travel", "duffel bag", ["duffel"], ["duffel_acc"]),
    accessories("travel", "luggage cart", ["cart"], ["cart_acc"]),
    accessories("bike_ja", "前かご", ["maekago"], ["maekago_acc"]),
    accessories("bike_ja", "キャリーワゴン", ["wagon"], ["wagon_acc"]),
    accessories("travel_ja", "スーツケース", ["suitcase"], ["suitcase_acc", "belt"]),
    accessories("travel_ja", "キャリーカート", ["cart"], ["cart_acc"]),
    # black bike racks: hitch 189, trunk 3-bike 79, roof 119 (a silver trunk rack 59; black accessories 15-29)
    price("cycle", "cheap black bike rack", "rack-1", ["rack_acc"]),
    # grey duffel bags: Packmore 60L 59, foldable 29, wheeled 99 (a black Packmore 25, a brown leather 149; grey
    # accessories 12-16)
    price("travel", "budget grey duffel bag", "duffel-1", ["duffel_acc"]),
    # black front baskets: wire 1980, folding 3480, English 2780 (a brown one 1480, a silver one 2980; black
    # accessories 680-1280)
    price("bike_ja", "激安 黒 前かご", "maekago-0", ["maekago_acc"]),
    # beige wagons: 100L 9800, compact 7480, English 11800 (a khaki one 6980; beige accessories 1980-2980)
    price("bike_ja", "お手頃 ベージュ キャリーワゴン", "wagon-2", ["wagon_acc"]),
    # navy Boston bags: 50L 4980, 40L 2980, English 5980 (a black one 2480, a brown one 3980; navy accessories
    # 780-1280)
    price("travel_ja", "格安 ネイビー ボストンバッグ", "boston-1", ["boston_acc"]),
    # black carry carts: folding 2980, stairs 4980, English 3980 (a silver one 1980; black accessories 580-1480)
    price("travel_ja", "安い 黒 キャリーカート", "cart-0", ["cart_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("bike_ja", "フレームバッグ", "framebag"),
    mixed("bike_ja", "ホットサンドメーカー", "hotsand"),
    mixed("bike_ja", "シェラカップ", "sierra"),
    mixed("bike_ja", "multi tool", "multitool"),
    mixed("travel_ja", "ダッフルバッグ", "duffel"),
    mixed("travel_ja", "パッキングキューブ", "cube"),
    mixed("travel_ja", "トラベルボトル", "bottle"),
    mixed("travel_ja", "ネックウォレット", "neckwallet"),
    mixed("travel_ja", "ear plugs", "earplug"),
]

_WALLET = ("the 'Wallet Card Multi-Tool' ranks 8th (7th with the encoder), below the SIM cards, the playing cards "
           "and the travel wallets")
LIMITS: dict = {
    ("blind82", "two_types:travel:wallet_card", "categories-lexical"): _WALLET,
    ("blind82", "two_types:travel:wallet_card", "categories-dense"): _WALLET,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind82(q: Q, setup: str, known_limit):
    known_limit("blind82")
    check(q, setup, ENGINES)


def test_blind82_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "ベージュ": "Beige", "ネイビー": "Navy", "black": "Black", "grey": "Grey"})
