"""A forty-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies (earlier suites used some of the same
trades, never these shops or queries): cameras and drone accessories (English: tripods, tripod
bags and tripod parts, camera bags, lens filters and filter cases, memory cards and card cases,
action and gimbal cameras, camera gimbals and phone gimbals, drone batteries, propellers and
propeller guards), yoga and pilates (English: yoga mats, towel mats and mat towels, mat bags, mat
straps, blocks, straps, bolsters and bolster covers, pilates rings, foam rollers), a Japanese tea
utensils and tableware shop 茶道具・和食器 (急須, 湯呑み, 茶碗, 抹茶碗, 茶筅, 抹茶, 箸置き, 箸; part
of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: ティーポット, ティーカップ, ティーインフューザー) and a Japanese handicrafts shop
手芸・ハンドメイド (ミシン, カバーミシン, ミシンカバー, ミシン糸, 手縫い糸, 刺繍枠, ビーズ, ビーズケース,
レジン, 毛糸, 編み針, 裁ちばさみ; part of its category tree in English, with English-titled imports:
ロータリーカッター, カッターマット). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (camera gimbal / gimbal camera, mat towel / towel mat,
   ミシンカバー / カバーミシン both ways);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese katakana queries in shops with titles in both languages, and three English
   queries over Japanese-only titles under a Japanese category tree (a shopper typing English in
   the Japanese shop: chopstick rest, embroidery hoop, fabric scissors): the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-eighth suite), as a measurement only (nothing changed for it):
84 of 89 cases pass, 34 of 36 queries in every setup (two_types 4/4 queries, 10/10 cases;
qualifies 8/9, 18/21; accessories 9/9, 22/22; price 6/6, 15/15; mixed 7/8, 19/21); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 抹茶 茶碗 (a rice bowl, 夫婦茶碗, third, above a matcha bowl) and fabric
scissors (the English "Embroidery Scissors" first, above the Japanese 裁ちばさみ).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CP, DR = "Camera & Photo", "Drones"
SUP, BAGS, STAB = f"{CP} > Tripods & Supports", f"{CP} > Bags & Cases", f"{CP} > Stabilizers"

CAMERA = {
    "tripod": items(f"{SUP} > Tripods", ("Kestrel Aluminium Travel Tripod, 160cm, Ball Head, Black", 89),
                    ("Lumacraft Carbon Fibre Tripod, 4 Sections, Arca Ball Head, Black", 249),
                    ("Compact Tripod for DSLR Cameras, 130cm, 3-Way Pan Head, Black", 39),
                    ("Orbix Flexible Tripod, Bendable Legs, Grey", 29)),
    "tripod_acc": items(f"{SUP} > Tripod Parts", ("Quick Release Plate for Tripods, Arca Swiss, Black", 12),
                        ("Kestrel Replacement Rubber Feet for Tripod Legs, 3 Pack, Black", 9),
                        ("Tripod Leg Wraps, Foam Padding, 3 Pack, Black", 15)),
    "tripodbag": items(f"{BAGS} > Tripod Bags", ("Tripod Bag, Padded, 80cm, Shoulder Strap, Black", 29),
                       ("Lumacraft Tripod Bag, Water Resistant, 100cm, Grey", 39),
                       ("Kestrel Tripod Bag, 65cm, Carry Handle, Black", 22)),
    "bag": items(f"{BAGS} > Camera Bags", ("Lumacraft Camera Shoulder Bag, 2 Lenses, Black", 49),
                 ("Camera Backpack, 25L, Side Access, Tripod Holder, Grey", 89),
                 ("Kestrel Sling Camera Bag, 6L, Navy", 39)),
    "filter": items(f"{CP} > Lens Filters", ("Orbix UV Filter, 67mm, Multi-Coated", 25),
                    ("Circular Polarizer Filter, 77mm, Slim Frame", 45), ("ND Filter Set, 58mm, ND2 ND4 ND8, 3 Pack", 29),
                    ("Variable ND Filter, 82mm, ND2-ND400", 59)),
    "filtercase": items(f"{CP} > Lens Filters > Filter Cases", ("Filter Case, 6 Pockets, Up to 82mm, Black", 15),
                        ("Lumacraft Filter Case, Hard Shell, Holds 4 Filters", 19),
                        ("Lens Filter Case Wallet, 8 Slots, Grey", 12)),
    "card": items(f"{CP} > Memory Cards", ("Flashbit SD Card 128GB, UHS-I, V30, 170MB/s", 22),
                  ("Flashbit microSD Card 256GB with Adapter, A2, V30", 29), ("CFexpress Type B Card, 512GB, 1700MB/s", 149)),
    "cardcase": items(f"{CP} > Memory Cards > Card Cases", ("Memory Card Case, 24 Slots, SD & microSD, Black", 12),
                      ("Flashbit Card Case, Water Resistant, Holds 8 SD", 9), ("SD Card Case Wallet, 12 Slots, Grey", 10)),
    "camera": items(f"{CP} > Cameras > Action Cameras", ("Orbix Action Camera, 4K60, Waterproof 10m, Black", 199),
                    ("Action Camera, 1080p, Wide Angle, Helmet Mount", 59)),
    "camera.gimbal": items(f"{CP} > Cameras > Gimbal Cameras", ("Orbix Pocket Gimbal Camera, 4K, 3-Axis Stabilized, Grey", 329),
                           ("Handheld Gimbal Camera, 1-Inch Sensor, Vlogging Kit", 449)),
    "gimbal.camera": items(f"{STAB} > Camera Gimbals", ("Steadio Pro Camera Gimbal, 3kg Payload, Mirrorless & DSLR, Black", 349),
                           ("Camera Gimbal Stabilizer, Foldable, 1.8kg Payload, Grey", 199)),
    "gimbal": items(f"{STAB} > Phone Gimbals", ("Steadio Phone Gimbal, 3-Axis, Foldable, Black", 99),
                    ("Mini Phone Gimbal with Selfie Stick, White", 59),
                    ("Smartphone Gimbal, 3-Axis, Face Tracking, Black", 79)),
    "gimbal_acc": items(f"{STAB} > Gimbal Accessories", ("Counterweight Kit for Gimbal Stabilizers, 100g, Black", 19),
                        ("Gimbal Phone Clamp, Replacement, Black", 12), ("Gimbal Carrying Case, Hard Shell, Black", 25)),
    "battery": items(f"{DR} > Drone Batteries", ("Skyfin Mini 3 Intelligent Flight Battery, 2453mAh", 59),
                     ("Skyfin Air 2 Intelligent Flight Battery, 3500mAh", 89),
                     ("FPV Drone Battery, 4S LiPo, 1500mAh, 2 Pack", 45)),
    "battery_acc": items(f"{DR} > Drone Batteries > Charging & Storage",
                         ("Battery Charging Hub for Skyfin Mini 3, 3 Batteries", 39),
                         ("LiPo Safe Bag for Drone Batteries, Fireproof", 12),
                         ("Battery Protectors for Skyfin Air 2, Contact Covers, 4 Pack", 8)),
    "propeller": items(f"{DR} > Propellers & Guards", ("Skyfin Mini 3 Propellers, Low Noise, 8 Pack", 12),
                       ("Replacement Propellers for Skyfin Air 2, 4 Pairs", 15),
                       ("FPV Propellers, 5 Inch, Tri-Blade, 16 Pack", 9)),
    "propguard": items(f"{DR} > Propellers & Guards", ("Propeller Guard for Skyfin Mini 3, Quick Release, Grey", 15),
                       ("Skyfin Air 2 Propeller Guard, 360 Full Cage", 22),
                       ("Propeller Guards for FPV Drones, 5 Inch, 4 Pack", 11)),
}

Y = "Yoga & Pilates"
MATACC, PROPS = f"{Y} > Mat Accessories", f"{Y} > Props"

YOGA = {
    "mat": items(f"{Y} > Yoga Mats", ("Lotusa Pro Yoga Mat, 4mm, Natural Rubber, Black", 89),
                 ("Extra Thick Yoga Mat, 10mm, NBR, Purple, with Carry Strap", 35),
                 ("Zenvia Yoga Mat, 6mm, TPE, Non-Slip, Purple", 29), ("Cork Yoga Mat, 5mm, Eco, Natural", 59),
                 ("Travel Yoga Mat, 1.5mm, Foldable, Purple", 39), ("Basic Yoga Mat, 4mm, PVC, Grey", 15)),
    "mat.towel": items(f"{Y} > Yoga Mats", ("Hot Yoga Towel Mat, Microfiber Top, Rubber Base, 3mm", 69),
                       ("Zenvia Towel Mat, 2-in-1, Quick Dry, Teal", 55)),
    "mattowel": items(f"{MATACC} > Mat Towels", ("Yoga Mat Towel, Non-Slip Silicone Dots, 183x61cm, Purple", 25),
                      ("Lotusa Mat Towel, Microfiber, Sweat Absorbent, Grey", 19),
                      ("Hot Yoga Mat Towel with Corner Pockets, Blue", 22)),
    "towel": items(f"{Y} > Towels", ("Yoga Hand Towel, Microfiber, 40x60cm, 2 Pack", 12),
                   ("Quick Dry Gym Towel, Cooling, Blue", 14), ("Lotusa Sweat Towel, Cotton, Grey", 10)),
    "matbag": items(f"{MATACC} > Mat Bags", ("Yoga Mat Bag, Full Zip, Canvas, Black", 29),
                    ("Lotusa Mat Bag with Shoe Pocket, Purple", 34), ("Zenvia Mat Bag, Drawstring, Mesh, Grey", 15)),
    "matstrap": items(f"{MATACC} > Mat Straps", ("Yoga Mat Strap, Adjustable Carry Sling, Purple", 9),
                      ("Mat Carrying Strap, Cotton, 2 Pack", 11)),
    "mat_acc": items(f"{MATACC} > Mat Care", ("Mat Cleaner Spray for Yoga Mats, Lavender, 250ml", 12),
                     ("Anti-Slip Grip Spray for Yoga Mats, 100ml", 9)),
    "block": items(f"{PROPS} > Blocks", ("Lotusa Yoga Block, EVA Foam, Purple", 9), ("Cork Yoga Blocks, 2 Pack", 24),
                   ("Bamboo Yoga Block, Lightweight", 19)),
    "strap": items(f"{PROPS} > Straps", ("Yoga Strap, 2.5m, D-Ring, Cotton, Black", 8),
                   ("Stretching Strap with 12 Loops, Blue", 12)),
    "bolster": items(f"{PROPS} > Bolsters", ("Lotusa Yoga Bolster, Rectangular, Buckwheat Fill, Grey", 49),
                     ("Round Yoga Bolster, Cotton, Purple", 45), ("Pranayama Bolster, Slim, Navy", 39)),
    "bolstercover": items(f"{PROPS} > Bolsters", ("Bolster Cover, Rectangular, Washable Cotton, Grey", 19),
                          ("Replacement Cover for Round Bolsters, Purple", 17)),
    "ring": items("Pilates > Pilates Rings", ("Pilates Ring, 38cm, Dual Grip, Purple", 19),
                  ("Coreflex Pilates Ring, Fibreglass, Black", 29), ("Magic Circle Pilates Ring, Foam Padded, Blue", 15)),
    "ring_acc": items("Pilates > Pilates Rings > Ring Parts", ("Replacement Foam Pads for Pilates Rings, 2 Pack", 8),
                      ("Pilates Ring Replacement Handles, Black", 6), ("Wall Storage Hook for Pilates Rings", 7)),
    "roller": items("Recovery > Foam Rollers", ("Coreflex Grid Foam Roller, 33cm, Orange", 34),
                    ("Foam Roller, 45cm, High Density, Black", 19), ("Vibrating Foam Roller, 4 Speeds, Rechargeable", 89),
                    ("Soft Foam Roller, 90cm, Blue", 24)),
    "roller_acc": items("Recovery > Foam Rollers > Roller Accessories",
                        ("Replacement Cover for 90cm Foam Rollers, Blue", 12), ("Foam Roller Carry Bag, Mesh, Black", 10),
                        ("Charging Cable for Coreflex Vibrating Foam Roller", 9)),
    "noise": each(("Exercise Ball, 65cm, Anti-Burst, Pump Included", f"{Y} > Balls", 19)),
}

SD, WS = "茶道具", "和食器"

TEA = {
    "kyusu": items(f"{SD} > 急須", ("急須 常滑焼 朱泥 300ml 茶こし付き", 3980), ("急須 萬古焼 黒 360ml 深蒸し茶用", 2480),
                   ("急須 南部鉄器 黒 0.4L 茶こし付", 4980), ("急須 白磁 280ml 平型 波佐見焼", 1980),
                   ("急須 黒 陶器 横手 250ml 日本製", 1680), ("急須 耐熱ガラス 350ml 茶こし付き 透明", 1280)),
    "kyusu_acc": items(f"{SD} > 急須 > 急須小物", ("急須用 茶こし 交換用 ステンレス 黒", 480), ("急須専用 替え蓋 萬古焼 黒", 980),
                       ("急須対応 使い捨て 茶こしネット 100枚", 380), ("茶こし網 急須用 交換 2枚 黒", 280)),
    "yunomi": items(f"{WS} > 湯呑み", ("湯呑み 有田焼 白磁 200ml 2客セット", 2980), ("湯呑み 萩焼 粉引 180ml", 1980),
                    ("湯呑み 美濃焼 白 マット 250ml", 1280), ("湯呑み 蓋付き 九谷焼 白 花柄", 3480),
                    ("湯呑み 大 黒 380ml 美濃焼", 980)),
    "yunomi_acc": items(f"{WS} > 湯呑み > 湯呑み小物", ("湯呑み用 蓋 磁器 白 直径8cm", 480), ("湯呑み対応 シリコン蓋 白 2枚", 680),
                        ("湯呑み専用 コースター 白 珪藻土 2枚", 780)),
    "chawan": items(f"{WS} > 茶碗", ("茶碗 ご飯 有田焼 白 11.5cm", 1480), ("飯碗 美濃焼 藍 12cm 2個", 1980),
                    ("夫婦茶碗 波佐見焼 ペア 大小", 2980)),
    "matchabowl": items(f"{SD} > 抹茶碗", ("抹茶碗 楽焼 黒 茶道 桐箱入", 5800), ("抹茶茶碗 京焼 桜 箱入", 4800),
                        ("茶碗 抹茶用 美濃焼 青磁 平茶碗", 3280), ("Matcha Bowl, Handmade Ceramic, 400ml, Green", 3280)),
    "matcha": items("Tea > Matcha", ("抹茶 宇治 濃茶用 30g 缶", 2480), ("抹茶 粉末 薄茶 40g 西尾産", 1680),
                    ("Organic Matcha Powder, Ceremonial Grade, 30g", 2980)),
    "chasen": items(f"{SD} > 茶筅・茶杓", ("茶筅 百本立 高山 白竹", 3980), ("茶筅 80本立 初心者向け", 980),
                    ("茶筅 数穂 黒竹 国産", 4480)),
    "chasen_acc": items(f"{SD} > 茶筅・茶杓 > 茶筅小物", ("茶筅用 くせ直し 磁器 白", 1280), ("茶筅専用 収納ケース 竹筒", 880),
                        ("くせ直し 茶筅用 陶器 緑", 980)),
    "hashioki": items(f"{WS} > 箸置き", ("箸置き 陶器 5個セット 季節の花", 1280), ("箸置き 有田焼 猫 5個", 1680),
                      ("箸置き ガラス 透明 2個", 880), ("箸置き 木製 ナチュラル 10個", 980)),
    "hashi": items(f"{WS} > 箸", ("箸 若狭塗 23cm 夫婦箸 ペア", 2480), ("箸 天然木 食洗機対応 5膳セット", 1480)),
    "teapot": items("Tea > Teapots", ("Glass Teapot with Infuser, 1000ml", 2480),
                    ("Porcelain Teapot, White, 800ml, Removable Strainer", 2980),
                    ("Cast Iron Teapot, Black, 600ml, Tetsubin Style", 4480), ("ティーポット ガラス 耐熱 700ml", 1980)),
    "teacup": items("Tea > Teacups", ("Tea Cups, Porcelain, Set of 4, 180ml", 2680),
                    ("Double Wall Glass Tea Cup, 250ml, 2 Pack", 1980), ("ティーカップ ソーサー付き 白 200ml", 2480)),
    "infuser": items("Tea > Infusers", ("Tea Infuser, Stainless Steel Ball, Fine Mesh, 2 Pack", 980),
                     ("Silicone Tea Infuser, Leaf Shape, Green", 680), ("ティーインフューザー ステンレス 吊り下げ式", 780)),
}

S = "手芸"
MS, SEW = f"{S} > ミシン", f"{S} > 洋裁用品"

CRAFT = {
    "machine": items(f"{MS} > 家庭用ミシン", ("ミシン コンピューター 100種模様 自動糸切り 白", 39800),
                     ("ミシン 電動 フットコントローラー付き 白", 12800), ("ミシン コンパクト 軽量 初心者 ハンドル付き 白", 9800),
                     ("ハンディミシン 電池式 軽量 ピンク", 2980),
                     ("Sewing Machine, 60 Stitches, Automatic Threader, White", 24800)),
    "machine.coverstitch": items(f"{MS} > ロックミシン・カバーミシン", ("カバーミシン 3本針 2本針 家庭用 白", 69800),
                                 ("カバーミシン 2本針 チェーンステッチ 初心者", 59800)),
    "machinecover": items(f"{MS} > ミシン用品", ("ミシンカバー キルティング 花柄 ポケット付き", 1980),
                          ("ミシンカバー 防塵 撥水 白", 1280), ("ミシン カバー 帆布 ネイビー 大きめ", 2480)),
    "cover": items(SEW, ("アイロン台カバー 替えカバー 綿100% 120×40cm", 980), ("トルソー カバー ニット 白 9号", 1480)),
    "machine_acc": items(f"{MS} > ミシン用品", ("ミシン用 ボビン 10個 プラスチック 透明", 380),
                         ("ミシン専用 ファスナー押さえ 家庭用", 880), ("ミシン対応 防振マット 白 45×30cm", 1280)),
    "machinethread": items(f"{S} > 糸 > ミシン糸", ("ミシン糸 60番 1000m 白", 330), ("ミシン糸 ニット用 レジロン 黒 300m", 380),
                           ("ミシン糸 20色セット 500m", 1980)),
    "thread": items(f"{S} > 糸 > 手縫い糸", ("手縫い糸 ポリエステル 100m 白", 220), ("手縫い糸 綿 24色セット", 880)),
    "hoop": items(f"{S} > 刺繍 > 刺繍枠", ("刺繍枠 木製 15cm ブナ", 480), ("刺繍枠 プラスチック 10cm 3個セット", 680),
                  ("刺繍枠 竹 20cm 丸型", 580)),
    "beads": items("Beads & Resin > Beads", ("ビーズ ガラス 丸 4mm 500粒 ミックス", 480), ("ビーズ パール 6mm 100個 白", 380),
                   ("Seed Beads, Glass, 24 Colours, 12000 pcs", 1480)),
    "beadcase": items("Beads & Resin > Storage", ("ビーズケース 仕切り 24マス 透明", 580),
                      ("ビーズ 収納ケース 小分け 36個 蓋付き", 980),
                      ("Bead Storage Case, 28 Grids, Adjustable Dividers", 880)),
    "resin": items("Beads & Resin > UV Resin", ("UVレジン液 ハード 65g 透明", 980), ("レジン液 クリア 25g 日本製 UV-LED対応", 680),
                   ("UV Resin, Hard Type, Crystal Clear, 200g", 1980)),
    "resin_acc": items("Beads & Resin > Resin Tools", ("レジン用 シリコンモールド 球体 5個", 480),
                       ("UVライト レジン用 36W 折りたたみ", 1980), ("レジン専用 着色剤 12色", 880)),
    "yarn": items("Knitting > Yarn", ("毛糸 並太 アクリル 40g 10玉 白", 880), ("毛糸 メリノウール 極太 50g 5玉 グレー", 1980)),
    "needle": items("Knitting > Needles", ("編み針 竹 4本針 6号 25cm", 580), ("輪針 40cm 8号 竹", 780)),
    "scissors": items(f"{S} > はさみ", ("裁ちばさみ 24cm 布用 日本製", 2480), ("裁ちばさみ 左利き用 21cm", 2980),
                      ("布切りばさみ 21cm 軽量 ステンレス", 1680)),
    "snips": items(f"{S} > はさみ", ("糸切りばさみ 10.5cm 握りばさみ", 680), ("Embroidery Scissors, Stork, Gold, 9cm", 980)),
    "rotary": items(f"{SEW} > カッター", ("Rotary Cutter, 45mm, Safety Lock", 1680),
                    ("Rotary Cutter, 28mm, Ergonomic Handle, Spare Blade", 1480), ("ロータリーカッター 60mm 替刃付き", 2280)),
    "cuttingmat": items(f"{SEW} > カッターマット", ("Self-Healing Cutting Mat, A2, Green, Grid", 2480),
                        ("Cutting Mat, A3, Double-Sided, Grey", 1280), ("カッターマット A1 方眼 両面 緑", 4980)),
}

SHOPS = {"camera": CAMERA, "yoga": YOGA, "tea": TEA, "craft": CRAFT}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("camera", "camera gimbal", "gimbal.camera", ["gimbal"], ["camera.gimbal"]),
    two_types("yoga", "mat towel", "mattowel", ["towel"], ["mat.towel"]),
    two_types("craft", "ミシンカバー", "machinecover", ["cover"], ["machine.coverstitch"]),
    two_types("craft", "カバー ミシン", "machine.coverstitch", ["machine"], ["machinecover"]),
    # --- 2. a leading product word that modifies the head
    qualifies("camera", "tripod bag", ["tripodbag"], ["tripod"]),
    qualifies("camera", "filter case", ["filtercase"], ["filter"]),
    qualifies("camera", "card case", ["cardcase"], ["card"]),
    qualifies("camera", "propeller guard", ["propguard"], ["propeller"]),
    qualifies("yoga", "mat bag", ["matbag"], ["mat"]),
    qualifies("yoga", "bolster cover", ["bolstercover"], ["bolster"], n=2),
    qualifies("tea", "抹茶 茶碗", ["matchabowl"], ["matcha"]),
    qualifies("craft", "ミシン 糸", ["machinethread"], ["machine"]),
    qualifies("craft", "ビーズ ケース", ["beadcase"], ["beads"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("camera", "tripod", ["tripod"], ["tripod_acc", "tripodbag"]),
    accessories("camera", "drone battery", ["battery"], ["battery_acc"]),
    accessories("yoga", "yoga mat", ["mat"], ["mat_acc", "matbag", "matstrap", "mattowel"]),
    accessories("yoga", "pilates ring", ["ring"], ["ring_acc"]),
    accessories("yoga", "foam roller", ["roller"], ["roller_acc"]),
    accessories("tea", "急須", ["kyusu"], ["kyusu_acc"]),
    accessories("tea", "茶筅", ["chasen"], ["chasen_acc"]),
    accessories("craft", "ミシン", ["machine"], ["machine_acc", "machinecover", "machinethread"]),
    accessories("craft", "レジン", ["resin"], ["resin_acc"]),
    # black tripods: Kestrel 89, Lumacraft 249, Compact 39 (a grey flexible one 29; black parts 9-15, black tripod
    # bags 22-29)
    price("camera", "cheap black tripod", "tripod-2", ["tripod_acc", "tripodbag"]),
    # black gimbals: Steadio phone 99, Smartphone 79, Steadio Pro camera gimbal 349 (a white phone gimbal 59;
    # black accessories 12-25)
    price("camera", "budget black gimbal", "gimbal-2", ["gimbal_acc"]),
    # purple yoga mats: Extra Thick 35, Zenvia 29, Travel 39 (a grey basic mat 15; a purple mat towel 25, mat bag
    # 34, mat strap 9)
    price("yoga", "cheap purple yoga mat", "mat-2", ["mattowel", "matbag", "matstrap", "mat_acc"]),
    # black 急須: 萬古焼 2480, 南部鉄器 4980, 陶器 横手 1680 (a clear glass one 1280; black accessories 280-980)
    price("tea", "安い 黒 急須", "kyusu-4", ["kyusu_acc"]),
    # white 湯呑み: 有田焼 白磁 2980, 美濃焼 白 1280, 九谷焼 白 3480 (a black one 980; white accessories 480-780)
    price("tea", "お手頃 白 湯呑み", "yunomi-2", ["yunomi_acc"]),
    # white ミシン: computer 39800, foot-pedal 12800, compact 9800, English 24800 (a pink handheld 2980; a white
    # ミシンカバー 1280, 防振マット 1280, ミシン糸 330)
    price("craft", "激安 白 ミシン", "machine-2", ["machine_acc", "machinecover", "machinethread"]),
    # --- 4. katakana queries among English-titled items; English queries over Japanese-only titles
    mixed("tea", "ティーポット", "teapot"),
    mixed("tea", "ティーカップ", "teacup"),
    mixed("tea", "ティーインフューザー", "infuser"),
    mixed("tea", "chopstick rest", "hashioki"),
    mixed("craft", "ロータリーカッター", "rotary"),
    mixed("craft", "カッターマット", "cuttingmat"),
    mixed("craft", "embroidery hoop", "hoop"),
    mixed("craft", "fabric scissors", "scissors"),
]

_BOWL = "a rice bowl (夫婦茶碗 波佐見焼) third, above the 抹茶碗 楽焼 matcha bowl"
_SCISSORS = "the English 'Embroidery Scissors, Stork' first, above the 裁ちばさみ"
LIMITS: dict = {
    **{("blind48", "qualifies:tea:抹茶_茶碗", s): _BOWL
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind48", "mixed:craft:fabric_scissors", s): _SCISSORS for s in ("categories-lexical", "categories-dense")},
}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind48(q: Q, setup: str, known_limit):
    known_limit("blind48")
    check(q, setup, ENGINES)


def test_blind48_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "白": "White", "black": "Black", "purple": "Purple"})
