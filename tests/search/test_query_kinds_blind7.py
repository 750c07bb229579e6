"""A seventh blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: camera and photo gear
(English), home lighting and electrical (English), Japanese DIY tools 工具 and Japanese
kitchenware 台所用品, the Japanese shops with English-titled imports (some whose Japanese name is a
katakana loanword: ヒートガン, メジャー, ダッチオーブン, スキレット, フレンチプレス), the kitchen's
category tree partly in English over Japanese titles. Shops of 30-50 items, category paths 2-3
levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (camera battery / battery camera, lamp post / post lamp,
   ドライバービット / ビットドライバー);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory (real items carry traps such as "IH対応", "ガス火専用", "with Phone Mount"); a price
   word, a colour and a type put the cheapest real item of that colour first, no accessory in the
   top two;
4. mixed: Japanese queries in a shop where some items have English titles: the top three are of
   the query's kind, whatever the language of their titles.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (ninth session, after the katakana loanwords), as a measurement: 71 of
95 cases passed, 29 of 37 queries in every setup (each failing query failing in all three of its
setups). The kinds it showed were then fixed by rule: a katakana compound reads as the two English
words titles say side by side (ヒートガン: "heat gun"), and a Japanese title that says the wanted type
only with a purpose marker or as a compound's first part is another thing even in the type's own
category (電気ケトル用 替えパッキン): 83 of 95, 33 of 37. The tenth session's shopper's language
among equals (an exact English title is not put below a Japanese one that says less of the query:
`ranking.in_language`) passes ドライバービット, and a category level named for a type holding that
type ("キッチン用品 > 包丁 > 牛刀": a 牛刀 is a 包丁) passes 包丁, and "-sure" read as said passes
メジャー (measure): 92 of 95, 36 of 37. What is left is strict xfails
(`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

C = "Camera & Photo"
POWER, LENS_ACC, SUPPORT = f"{C} > Batteries & Power", f"{C} > Lens Accessories", f"{C} > Tripods & Supports"

CAMERA = {
    "camerabattery": items(f"{POWER} > Camera Batteries",
                           ("Voltix LP-E6NH Camera Battery, 2130mAh, Canon Compatible", 35),
                           ("Voltix NP-W235 Camera Battery, 2 Pack", 59),
                           ("Rechargeable Camera Battery EN-EL15c, 2280mAh", 42)),
    "battery": items(f"{POWER} > Batteries", ("Duracore AA Lithium Batteries, 8 Pack", 14),
                     ("CR2 Lithium Battery, 3V, 4 Pack", 12),
                     ("Rechargeable AA Batteries, 2500mAh, 4 Pack, Low Self-Discharge", 24)),
    "charger": items(f"{POWER} > Chargers", ("Voltix Dual Battery Charger, LP-E6NH, USB-C", 29),
                     ("Voltix Battery Charger for NP-FZ100, LCD Display", 25),
                     ("AA AAA Battery Charger, 8 Bay, Smart", 19)),
    "batterycamera": items(f"{C} > Security Cameras", ("Vistar Wire-Free Battery Camera, 2K, Outdoor, 2 Pack", 129),
                           ("Homeguard Indoor Battery Camera, 1080p, Magnetic Mount", 49),
                           ("Vistar Solar Battery Camera, 4MP, Colour Night Vision", 89)),
    "camera": items(f"{C} > Cameras > Mirrorless Cameras", ("Orion Z50 Mirrorless Camera Body, 24MP, 4K Video", 899),
                    ("Orion Z30 Mirrorless Camera with 16-50mm Lens Kit", 749))
    + items(f"{C} > Cameras > Compact Cameras", ("Lumo Pocket Compact Camera, 20MP, 10x Zoom, Black", 299))
    + items(f"{C} > Cameras > Instant Cameras", ("Snapline Instant Camera, Mini Film, Pastel Blue", 79)),
    "lens": items(f"{C} > Lenses", ("Orion 50mm f/1.8 Prime Lens, Z Mount", 219),
                  ("Orion 70-300mm Telephoto Zoom Lens", 549), ("Sigmar 35mm f/1.4 Wide Angle Lens, E Mount", 649),
                  ("Sigmar 18-50mm f/2.8 Zoom Lens, Black", 449)),
    "lenscap": items(f"{LENS_ACC} > Lens Caps", ("Lens Cap 52mm, Centre Pinch, 2 Pack", 7),
                     ("Front Lens Cap 67mm with Cap Keeper Leash", 8), ("Rear Lens Cap and Body Cap Set, Z Mount", 9)),
    "lens_acc": items(LENS_ACC, ("Lens Hood for Orion 50mm f/1.8, Bayonet", 19), ("Lens Cleaning Pen, Dual Ended", 8),
                      ("Neoprene Lens Pouch for 70-300mm Lens", 12)),
    "filter": items(f"{LENS_ACC} > Filters", ("UV Filter 67mm, Multi-Coated, Slim", 19),
                    ("Circular Polarizer Filter 77mm, CPL", 39), ("ND Filter Kit, ND8/ND64/ND1000, 82mm", 59)),
    "tripod": items(f"{SUPPORT} > Tripods", ("Vantek Aluminium Tripod, 165cm, 3-Way Head, Black", 89),
                    ("Travel Tripod, Carbon Fibre, 150cm, Ball Head, Black", 179),
                    ("Lightweight Tripod, 130cm, with Phone Mount, Black", 29),
                    ("Compact Tripod, 140cm, Aluminium, Silver", 24),
                    ("Video Tripod with Fluid Head, 180cm, Black", 149)),
    "tripod_acc": items(f"{SUPPORT} > Tripod Accessories",
                        ("Tripod Replacement Quick Release Plate, Arca Swiss, Black", 12),
                        ("Phone Holder for Tripod, 1/4 inch Thread, Black", 9),
                        ("Padded Carry Bag for Tripod, 80cm, Black", 19),
                        ("Spiked Feet for Tripod Legs, Set of 3, Black", 15)),
    "camerabag": items(f"{C} > Bags & Cases > Camera Bags", ("Lowpak Camera Shoulder Bag, 10L, Grey", 59),
                       ("Camera Sling Bag, 6L, Waterproof, Black", 39),
                       ("Canvas Camera Messenger Bag, Vintage Brown", 45),
                       ("Lowpak Camera Backpack, 20L, Side Access", 89)),
    "memorycard": items(f"{C} > Memory & Storage > Memory Cards", ("Sandisc Extreme SD Card, 128GB, V30, 4K", 29),
                        ("Sandisc microSD Memory Card, 256GB, A2", 35), ("CFexpress Type B Memory Card, 256GB", 189)),
    "noise": each(("Camera Strap, Leather, Brown, Quick Release", f"{C} > Bags & Cases > Straps", 25),
                  ("Godex Speedlite Flash, TTL, for Canon", f"{C} > Lighting & Studio > Flashes", 119)),
}

L = "Lighting & Electrical"
OUTDOOR, LAMPS, ELEC, FANS = f"{L} > Outdoor Lighting", f"{L} > Lamps", f"{L} > Electrical", f"{L} > Fans"

LIGHTING = {
    "lamppost": items(f"{OUTDOOR} > Lamp Posts",
                      ("Brightway Outdoor Lamp Post, 2.1m, Black Aluminium, 3in Fitter", 149),
                      ("Victorian Lamp Post, Cast Aluminium, 2.4m, Green", 229),
                      ("Solar Lamp Post with Planter Base, 1.8m, Black", 119)),
    "postlamp": items(f"{OUTDOOR} > Post Lights", ("Brightway Post Lamp, Lantern Head, 3in Post Fitter, Black", 59),
                      ("Globe Post Lamp, Frosted Glass, E27, White", 45),
                      ("Solar Post Lamp, Square Lantern, Warm White, 2 Pack", 39)),
    "lamp": items(f"{LAMPS} > Table Lamps", ("Lumora Ceramic Table Lamp, Linen Shade, 55cm, White", 49),
                  ("Bedside Table Lamp, Touch Dimmable, USB Port, Black", 29))
    + items(f"{LAMPS} > Floor Lamps", ("Arc Floor Lamp, Marble Base, Brass", 139),
            ("Tripod Floor Lamp, Wood, Grey Shade", 79))
    + items(f"{LAMPS} > Desk Lamps", ("LED Desk Lamp, Adjustable Arm, 5 Colour Modes, White", 35)),
    "lampshade": items(f"{LAMPS} > Lamp Shades", ("Linen Lamp Shade, Drum, 30cm, White", 19),
                       ("Pleated Lamp Shade, 25cm, E27 Ring, Sage", 24), ("Rattan Lamp Shade for Pendant, 40cm", 35)),
    "bulb": items(f"{L} > Light Bulbs", ("Lumora LED Bulb, E27, 9W, Warm White, 6 Pack", 14),
                  ("Smart LED Bulb, E27, Colour Changing, Wi-Fi", 12),
                  ("LED Filament Bulb, G95 Globe, E27, Dimmable", 9),
                  ("LED Candle Bulb, E14, 4.5W, 10 Pack", 15)),
    "extension": items(f"{ELEC} > Extension Cords", ("Powerlink Extension Cord, 5m, 3 Outlets, White", 15),
                       ("Outdoor Extension Cord, 15m, IP44, Orange", 29), ("Extension Cord Reel, 25m, 4 Sockets", 39)),
    "ext_acc": items(f"{ELEC} > Cord Accessories", ("Cord Cover for Extension Cords, 1.5m, White", 9),
                     ("Extension Cord Replacement Plug, 13A, 2 Pack", 5),
                     ("Weatherproof Safety Box for Extension Cord Connections", 8)),
    "switch": items(f"{ELEC} > Light Switches", ("Light Switch, 1 Gang 2 Way, White Plastic", 4),
                    ("Dimmer Light Switch, LED Compatible, White", 18),
                    ("Smart Light Switch, Wi-Fi, No Neutral, Black Glass", 29)),
    "switchplate": items(f"{ELEC} > Wall Plates", ("Switch Plate Cover, 1 Gang, Brushed Steel", 6),
                         ("Decorator Switch Plate, 2 Gang, White, 5 Pack", 12),
                         ("Switch Plate, Toggle, Oil Rubbed Bronze", 8)),
    "fan": items(f"{FANS} > Ceiling Fans", ("Airlume Ceiling Fan with Light, 132cm, 3 Blades, White", 189),
                 ("Airlume DC Ceiling Fan, 52in, Remote Control, Black", 249),
                 ("Breezio Ceiling Fan, 107cm, Wood Blades, White", 129),
                 ("Low Profile Ceiling Fan, 42in, Flush Mount, White", 99)),
    "standfan": items(f"{FANS} > Pedestal & Tower Fans", ("Pedestal Fan, 40cm, Remote Control, Oscillating, White", 49),
                      ("Tower Fan, 80cm, Remote, Black", 69)),
    "fanremote": items(f"{FANS} > Fan Controls", ("Universal Ceiling Fan Remote Control Kit, Light Dimmer, White", 25),
                       ("Fan Remote for Airlume DC Fans, Replacement", 19),
                       ("Wall Mounted Fan Remote, 3 Speed, Light Button", 22)),
    "fan_acc": items(f"{FANS} > Fan Parts", ("Ceiling Fan Replacement Blades, 52in, 5 Pack, White", 29),
                     ("Light Kit for Ceiling Fan, LED, 3 Globes, White", 39),
                     ("Downrod Extension for Ceiling Fan, 30cm, White", 12),
                     ("Ceiling Fan Pull Chain, 30cm, Brass, 2 Pack", 6)),
    "misc": each(("Plug-in Timer, 24 Hour Mechanical, 2 Pack", f"{ELEC} > Timers", 12),
                 ("Motion Sensor Night Light, Plug-in, 3 Pack", f"{L} > Indoor Lighting > Night Lights", 18),
                 ("LED Strip Lights, 5m, RGB, App Control", f"{L} > Indoor Lighting > Strip Lights", 25)),
}

T = "DIY・工具"
TIPS, HAND, POWERED, MEASURE = f"{T} > 先端工具", f"{T} > 作業工具", f"{T} > 電動工具", f"{T} > 測定工具"

TOOLS = {
    "driverbit": items(f"{TIPS} > ドライバービット", ("タフツール ドライバービット +2×65mm 10本組 両頭", 980),
                       ("ドライバー ビット 六角軸 ショート 25mm 20本", 680),
                       ("Driver Bit Set, 32 Pieces, S2 Steel, Magnetic Holder", 1280)),
    "bit": items(f"{TIPS} > ドリルビット", ("鉄工用 ドリルビット 13本セット 1.5〜6.5mm", 1580),
                 ("木工用 ビット 6mm 六角軸 ショート", 380), ("コンクリート用 ドリルビット 5本組 振動ドリル用", 1280)),
    "bitdriver": items(f"{HAND} > ドライバー", ("タフツール ビットドライバー 差替式 12本ビット付", 1280),
                       ("ラチェット ビット ドライバー 10in1 マグネット", 1680),
                       ("ビットドライバー ストレート 6本ビット付 ケース入り", 980)),
    "driver": items(f"{HAND} > ドライバー", ("プラスドライバー #2×100mm 貫通 グリップ", 580),
                    ("精密ドライバー セット 6本組 時計 眼鏡", 880), ("マイナスドライバー 6×150mm 絶縁", 680)),
    "impact": items(f"{POWERED} > インパクトドライバー", ("ハヤテ 充電式 インパクトドライバー 18V 青 バッテリー2個付", 24800),
                    ("ハヤテ インパクトドライバー 18V 本体のみ 黒", 12800),
                    ("コードレス インパクトドライバー 10.8V 青 コンパクト", 7980),
                    ("Cordless Impact Driver, 20V, Brushless, Blue", 9980)),
    "impact_acc": items(f"{POWERED} > 電動工具アクセサリー", ("インパクトドライバー用 ベルトフック 青", 780),
                        ("収納ケース インパクトドライバー用 青", 1980),
                        ("インパクトドライバー専用 バッテリー 18V 6.0Ah 青", 8980),
                        ("インパクトドライバー対応 ソケットアダプター 3本 青", 680)),
    "drill": items(f"{POWERED} > ドリル", ("ハヤテ 振動ドリル 100V 13mm コード式", 6980),
                   ("充電式 ドリルドライバー 18V 緑 バッテリー付", 11800), ("Cordless Drill Driver, 12V, 2 Batteries", 6480)),
    "drillstand": items(f"{POWERED} > ドリルスタンド", ("ドリルスタンド 電動ドリル用 卓上 ボール盤化", 4980),
                        ("ドリル スタンド 垂直穴あけ ガイド 軽量", 2480), ("ドリルスタンド 万力付き 高さ400mm", 5980)),
    "saw": items(f"{HAND} > のこぎり", ("タフツール のこぎり 替刃式 265mm 木工用", 1980),
                 ("折りたたみ のこぎり 剪定 210mm", 1280), ("両刃 のこぎり 240mm 日本製", 2480)),
    "sawblade": items(f"{HAND} > のこぎり替刃", ("のこぎり 替刃 265mm 木工用 2枚", 980),
                      ("替刃式のこぎり用 替刃 ハイス 210mm", 780), ("のこぎり替刃 竹挽き 細目 240mm", 880)),
    "heatgun": items(f"{POWERED} > ホットツール", ("Heat Gun, 2000W, Dual Temperature, 4 Nozzles", 2980),
                     ("Mini Heat Gun for Shrink Wrap and Embossing, 300W", 1680),
                     ("ヒートガン 1800W 温度調整 ノズル付き", 2480)),
    "gluegun": items(f"{POWERED} > ホットツール", ("Hot Glue Gun, 60W, with 20 Glue Sticks", 1280),
                     ("グルーガン 高温 100W スティック付", 980), ("Cordless Glue Gun, USB Rechargeable, Mini", 1980)),
    "measure": items(f"{MEASURE} > 巻尺", ("Tape Measure, 8m, Magnetic Hook, Metric", 1280),
                     ("Stanlee Tape Measure 5m, Auto Lock", 980), ("コンベックス メジャー 5.5m 25mm幅", 880)),
    "toolbox": items(f"{T} > 工具収納 > ツールボックス", ("Tool Box, 19 inch, Plastic, Removable Tray", 2480),
                     ("Metal Tool Box, 3 Drawers, Red", 4980), ("工具箱 両開き スチール 470mm 赤", 3980)),
    "noise": each(("Digital Caliper, 150mm, LCD, Stainless Steel", f"{MEASURE} > ノギス", 1980),
                  ("水平器 マグネット付き 300mm", f"{MEASURE} > 水平器", 1280),
                  ("工具バッグ 帆布 ポケット多数 40cm", f"{T} > 工具収納 > 工具バッグ", 2480)),
}

K = "Kitchen & Dining"
COOK, KNIVES = f"{K} > Cookware", "キッチン用品 > 包丁"

KITCHEN = {
    "pan": items(f"{COOK} > Frying Pans", ("ルミエ フライパン 26cm IH対応 ガス火対応 ブラック", 2980),
                 ("フライパン 28cm 深型 マーブルコート IH対応 ブラック", 1980),
                 ("鉄フライパン 24cm 日本製 ガス火専用 ブラック", 3480), ("フライパン 20cm 軽量 セラミック ホワイト", 1680),
                 ("Nonstick Frying Pan, 28cm, Induction Ready, Black", 2480)),
    "pan_acc": items(f"{COOK} > Cookware Accessories", ("フライパン用 ガラス蓋 26cm ブラック", 980),
                     ("取っ手 フライパン用 着脱式 ブラック", 780), ("フライパン専用 収納ラック 5段 ブラック", 1580),
                     ("フライパン対応 油はね防止ネット 28cm ブラック", 680)),
    "skillet": items(f"{COOK} > Skillets & Grill Pans", ("Cast Iron Skillet, 26cm, Pre-Seasoned", 3480),
                     ("Mini Cast Iron Skillet, 16cm, 2 Pack", 2980), ("スキレット 6.5インチ 鋳鉄 木台付き", 2480)),
    "dutch": items(f"{COOK} > Casseroles & Dutch Ovens", ("Cast Iron Dutch Oven, 4.7L, Enamelled, Red", 7980),
                   ("Dutch Oven 26cm, Pre-Seasoned Cast Iron", 5980), ("ダッチオーブン 10インチ 鋳鉄 アウトドア", 4980)),
    "pot": items(f"{COOK} > Pots & Saucepans", ("両手鍋 20cm IH対応 ステンレス", 2980), ("雪平鍋 18cm 日本製 アルミ", 1980),
                 ("土鍋 9号 4〜5人用", 2480), ("片手鍋 16cm ガラス蓋付き IH対応", 1680)),
    "potlid": items(f"{COOK} > Lids", ("鍋蓋 ガラス 20cm 蒸気穴付き", 980), ("鍋 蓋 ステンレス 18cm 日本製", 780),
                    ("マルチ 鍋蓋 16〜24cm 兼用 シリコン", 1280)),
    "knife": items(f"{KNIVES} > 三徳包丁", ("匠刃 三徳包丁 165mm ステンレス 日本製", 3980), ("三徳包丁 180mm ダマスカス 黒柄", 6980))
    + items(f"{KNIVES} > 牛刀", ("牛刀 210mm モリブデン鋼 プロ仕様", 5480),
            ("Chef's Knife, 20cm, German Stainless Steel", 4480))
    + items(f"{KNIVES} > ペティナイフ", ("ペティナイフ 120mm 果物 ステンレス", 1980)),
    "knife_acc": items("キッチン用品 > 包丁研ぎ・ケース", ("包丁用 砥石 #1000/#3000 両面 台付き", 2480),
                       ("刃先カバー 包丁用 3枚 シリコン", 680), ("包丁専用 シャープナー 3段階 研ぎ器", 1280),
                       ("包丁対応 収納ケース 布製 5本", 1980)),
    "knifestand": items("キッチン用品 > キッチン収納 > 包丁スタンド", ("包丁スタンド 抗菌 5本収納 ステンレス", 1980),
                        ("包丁 スタンド 木製 ナイフブロック", 2980), ("マグネット 包丁スタンド 壁掛け 40cm", 1580)),
    "board": items(f"{K} > Kitchen Tools > Cutting Boards", ("まな板 抗菌 日本製 42×24cm 白", 1280),
                   ("ひのき まな板 45cm 天然木", 2980), ("カッティングボード オリーブ 木製 35cm", 3480),
                   ("Bamboo Cutting Board, Large, with Juice Groove", 1980)),
    "board_acc": items(f"{K} > Kitchen Tools > Cleaning", ("まな板用 漂白 除菌スプレー 400ml", 580)),
    "kettle": items(f"{K} > Kettles & Teapots", ("電気ケトル 1.0L 温度調整 白", 4980), ("電気ケトル 0.8L 軽量 白", 2480),
                    ("Electric Kettle, 1.7L, White, Auto Shut-off", 3480), ("やかん ステンレス 2.5L IH対応 笛吹き", 1980),
                    ("Gooseneck Pour Over Kettle, 1L, Matte Black", 3980)),
    "kettle_acc": items(f"{K} > Kettles & Teapots", ("電気ケトル用 替えパッキン 白", 480),
                        ("電気ケトル対応 収納トレー 白", 980)),
    "teapot": items(f"{K} > Kettles & Teapots", ("ティーポット 耐熱ガラス 700ml 茶こし付き", 1480)),
    "frenchpress": items(f"{K} > Coffee & Tea > Coffee Makers",
                         ("French Press Coffee Maker, 1L, Borosilicate Glass", 2980),
                         ("フレンチプレス 350ml 耐熱ガラス", 1480),
                         ("Double Wall French Press, 800ml, Stainless Steel", 3980)),
}

SHOPS = {"camera": CAMERA, "lighting": LIGHTING, "tools": TOOLS, "kitchen": KITCHEN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("camera", "camera battery", "camerabattery", ["battery"], ["batterycamera"]),
    two_types("camera", "battery camera", "batterycamera", ["camera"], ["camerabattery"]),
    two_types("lighting", "lamp post", "lamppost", [], ["postlamp"]),
    two_types("lighting", "post lamp", "postlamp", ["lamp"], ["lamppost"]),
    two_types("tools", "ドライバービット", "driverbit", ["bit"], ["bitdriver"]),
    two_types("tools", "ビット ドライバー", "bitdriver", ["driver", "impact"], ["driverbit"]),
    # --- 2. a leading product word that modifies the head
    qualifies("camera", "lens cap", ["lenscap"], ["lens"]),
    qualifies("camera", "camera bag", ["camerabag"], ["camera"]),
    qualifies("camera", "battery charger", ["charger"], ["battery", "camerabattery"]),
    qualifies("lighting", "fan remote", ["fanremote"], ["fan", "standfan"]),
    qualifies("lighting", "lamp shade", ["lampshade"], ["lamp"]),
    qualifies("lighting", "switch plate", ["switchplate"], ["switch"]),
    qualifies("tools", "のこぎり 替刃", ["sawblade"], ["saw"]),
    qualifies("tools", "ドリル スタンド", ["drillstand"], ["drill"]),
    qualifies("kitchen", "包丁 スタンド", ["knifestand"], ["knife"]),
    qualifies("kitchen", "鍋 蓋", ["potlid"], ["pot"]),
    # --- 3. accessories of X ("for X", "X Replacement", X用 Y, Y X用, X専用 Y, X対応 Y); price word + colour + type
    accessories("camera", "tripod", ["tripod"], ["tripod_acc"]),
    accessories("camera", "lens", ["lens"], ["lenscap", "lens_acc"]),
    accessories("lighting", "ceiling fan", ["fan"], ["fan_acc", "fanremote"]),
    accessories("lighting", "extension cord", ["extension"], ["ext_acc"]),
    accessories("tools", "インパクトドライバー", ["impact"], ["impact_acc", "driverbit"]),
    accessories("kitchen", "フライパン", ["pan", "skillet"], ["pan_acc"]),
    accessories("kitchen", "包丁", ["knife"], ["knife_acc", "knifestand"]),
    # black tripods: Vantek 89, carbon 179, lightweight 29, video 149 (a silver one 24; black accessories 9-19)
    price("camera", "cheap black tripod", "tripod-2", ["tripod_acc"]),
    # white ceiling fans: with light 189, Breezio 129, low profile 99 (a black DC one 249, a white pedestal fan 49;
    # white fan parts 12-39, fan remotes 19-25)
    price("lighting", "cheap white ceiling fan", "fan-3", ["fan_acc", "fanremote"]),
    # blue impact drivers: 18V kit 24800, 10.8V 7980, English 9980 (a black body-only 12800; blue accessories 680-8980,
    # driver bits 680-1280)
    price("tools", "格安 青 インパクトドライバー", "impact-2", ["impact_acc", "driverbit"]),
    # black frying pans: ルミエ 2980, 深型 1980, 鉄 3480, English 2480 (a white one 1680, skillets 2480-3480 with no
    # colour; black accessories 680-1580)
    price("kitchen", "激安 ブラック フライパン", "pan-1", ["pan_acc"]),
    # white kettles: 1.0L 4980, 0.8L 2480, English 3480 (a stainless やかん 1980, a black gooseneck 3980; white
    # accessories 480-980)
    price("kitchen", "お手頃 白 ケトル", "kettle-1", ["kettle_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords, English category paths)
    mixed("tools", "ヒートガン", "heatgun"),
    mixed("tools", "グルーガン", "gluegun"),
    mixed("tools", "メジャー", "measure"),
    mixed("tools", "工具箱", "toolbox"),
    mixed("kitchen", "ダッチオーブン", "dutch"),
    mixed("kitchen", "スキレット", "skillet"),
    mixed("kitchen", "フレンチプレス", "frenchpress"),
    mixed("kitchen", "ケトル", "kettle"),
    mixed("kitchen", "まな板", "board"),
]

# each failing query fails alike in all three setups: what the engine showed, from the failure messages
FAILING = {
    "accessories:kitchen:フライパン":
        "the three skillets (Cast Iron Skillet, スキレット) are not returned at all, and '取っ手 フライパン用' ranks above "
        "the English 'Nonstick Frying Pan'",
}
LIMITS = {("blind7", case, setup): why for case, why in FAILING.items()
          for setup in ("categories-lexical", "categories-dense", "categories-latin-only")}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind7(q: Q, setup: str, known_limit):
    known_limit("blind7")
    check(q, setup, ENGINES)


def test_blind7_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "青": "Blue", "ブラック": "Black", "白": "White"})
