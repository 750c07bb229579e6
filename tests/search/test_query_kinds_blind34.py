"""A thirty-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine: an auto parts and car care store (English: wipers,
filters, fluids, lifting, car electronics, cleaning), a party and crafts store (English: balloons,
gift bags and wrap, stickers, paper, painting, glue, sewing), a Japanese fishing tackle shop 釣具
(part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords: タックルボックス, フィッシュグリップ, ランディングネット) and a Japanese women's fashion
accessories shop バッグ・財布・アクセサリー (English-titled imports too: スカーフ, ヘアクリップ, カードケース).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (oil filter / filter oil, sticker paper / paper stickers,
   チェーンウォレット / ウォレットチェーン, チャームブレスレット);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese titles under an English category tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirty-fourth suite), as a measurement only (nothing changed for it):
84 of 93 cases pass, 33 of 37 queries in every setup (two_types 5/7 queries, 11/17 cases;
qualifies 8/8, 19/19; accessories 7/8, 19/20; price 5/6, 13/15; mixed 8/8, 22/22); the 9 failing
cases (4 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): チェーンウォレット in all
three setups (the 財布-titled wallets are not returned while a ウォレットチェーン is), ウォレットチェーン in
all three (a チェーンウォレット ranks above the チェーンストラップ), gift bags with the fake encoder (a
"Tissue Paper for Gift Bags" second) and budget white gift bags in both setups (both "... for Gift
Bags" accessories first and second).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

AP, CC, CE = "Auto Parts", "Car Care", "Car Electronics"
FILT, LIFT, WIPE, DASH = f"{AP} > Filters", f"{AP} > Lifting", f"{CC} > Wipers", f"{CE} > Dash Cams"

AUTO = {
    "oilfilter": items(f"{FILT} > Oil Filters", ("Fleetmax Oil Filter, Spin-On, PH3614", 8),
                       ("Oil Filter, Cartridge Type, Fits Toyota 2.5L", 11),
                       ("Premium Synthetic Oil Filter, Extended Life, 2 Pack", 19)),
    "filter": items(f"{FILT} > Air Filters", ("Fleetmax Engine Air Filter, Panel, CA10467", 16),
                    ("Cabin Air Filter with Activated Carbon, 2 Pack", 21),
                    ("Reusable High-Flow Air Filter, Washable, Cone", 49))
    + items(f"{FILT} > Fuel Filters", ("Fuel Filter, Inline, Universal, 8mm", 9)),
    "filteroil": items(f"{FILT} > Filter Care", ("Fleetmax Air Filter Oil, Squeeze Bottle, 8 oz", 12),
                       ("Filter Oil, Aerosol Spray, 13 oz, Red", 14),
                       ("Filter Oil and Cleaner Kit, Recharger, 2 Bottles", 22)),
    "oil": items(f"{CC} > Fluids > Motor Oil", ("Fleetmax Full Synthetic Motor Oil 5W-30, 5 Quart", 29),
                 ("High Mileage Motor Oil 10W-30, 1 Quart", 8), ("Synthetic Blend Motor Oil 5W-20, 5 Quart", 24)),
    "jackstand": items(f"{LIFT} > Jack Stands", ("Torqline Jack Stands, 3 Ton, Pair", 45),
                       ("Jack Stands, 6 Ton, Ratchet Style, Pair, Red", 79),
                       ("Low Profile Jack Stands, 2 Ton, Pair", 39)),
    "jack": items(f"{LIFT} > Jacks", ("Torqline Floor Jack, 3 Ton, Low Profile, Red", 149),
                  ("Bottle Jack, 12 Ton, Hydraulic", 35), ("Scissor Jack, 2 Ton, with Crank Handle", 29)),
    "charger": items(f"{CE} > Battery Chargers", ("Voltcore Battery Charger, 10A Smart, 12V/24V", 69),
                     ("Battery Charger and Maintainer, 2A, Trickle", 35),
                     ("Solar Battery Charger, 10W, 12V, Panel", 42)),
    "battery": items(f"{AP} > Batteries", ("Voltcore AGM Car Battery, Group 48, 760 CCA", 199),
                     ("Lead-Acid Car Battery, Group 35, 640 CCA", 139), ("Lithium Motorcycle Battery, 12V, 4Ah", 89)),
    "wiper": items(f"{WIPE} > Wiper Blades", ("Clearview Beam Wiper Blades, 24in + 18in, Pair", 29),
                   ("Hybrid Wiper Blade, 22 Inch, All-Season", 18), ("Rear Wiper Blade, 12 Inch, Black", 11),
                   ("Winter Wiper Blades, Snow & Ice, 26 Inch", 24)),
    "wiper_acc": items(f"{WIPE} > Refills & Parts", ("Wiper Blade Replacement Refills, 24 Inch, 2 Pack", 9),
                       ("Replacement Rubber Inserts for Wiper Blades, 6mm", 7),
                       ("Adapter Clips for Wiper Blades, J-Hook, 10 Pack", 6)),
    "dashcam": items(DASH, ("Roadeye 4K Dash Cam, Front and Rear, Wi-Fi, Black", 129),
                     ("Mini Dash Cam, 1080p, Night Vision, Black", 39),
                     ("Roadeye Mirror Dash Cam, 10in Touchscreen, Rear Camera", 89),
                     ("Dash Cam 2K, Parking Mode, G-Sensor, Silver", 35),
                     ("Dual Dash Cam with GPS, 1440p, Black", 69)),
    "dashcam_acc": items(f"{DASH} > Dash Cam Accessories", ("Hardwire Kit for Dash Cams, Mini USB, Black", 15),
                         ("Dash Cam Replacement Adhesive Mount, Black, 2 Pack", 9),
                         ("Suction Cup Mount for Dash Cam, Black", 12),
                         ("128GB microSD Card for Dash Cams, High Endurance", 19)),
    "noise": each(("Wash Mitt, Chenille Microfiber, Blue", f"{CC} > Washing", 9),
                  ("pH Neutral Car Wash Soap, 64 oz", f"{CC} > Washing", 14),
                  ("Microfiber Drying Towel, 30x40in, Grey", f"{CC} > Drying", 17)),
}

PA, CR, GW = "Party Supplies", "Crafts", "Gift Wrap"
BAL, PAINT, GLUE, SEW = f"{PA} > Balloons", f"{CR} > Painting", f"{CR} > Glue & Adhesives", f"{CR} > Sewing"

PARTY = {
    "stickerpaper": items(f"{CR} > Paper > Sticker Paper",
                          ("Inkbloom Printable Sticker Paper, Glossy, A4, 25 Sheets", 12),
                          ("Sticker Paper, Matte White, Letter Size, 50 Sheets", 15),
                          ("Clear Sticker Paper, Waterproof Vinyl, 20 Sheets", 14)),
    "paper": items(f"{CR} > Paper", ("Cardstock Paper, Assorted Colours, A4, 100 Sheets", 11),
                   ("Crepe Paper Rolls, Pastel, 6 Pack", 9), ("Origami Paper, 15cm, 200 Sheets", 7)),
    "paperstickers": items(f"{CR} > Stickers", ("Paper Stickers, Vintage Floral, 120 Pieces", 6),
                           ("Inkbloom Washi Paper Stickers, Journal Deco, 200 Pcs", 8),
                           ("Kraft Paper Stickers, Round, Thank You, 500 Pcs", 7)),
    "sticker": items(f"{CR} > Stickers", ("Puffy Stickers, Animals, 12 Sheets", 5),
                     ("Glitter Star Stickers, Gold, 300 Pcs", 6), ("Vinyl Waterproof Stickers, 50 Pack", 8)),
    "balloonpump": items(f"{BAL} > Balloon Pumps", ("Popfest Electric Balloon Pump, Dual Nozzle", 24),
                         ("Hand Balloon Pump, Double Action, Blue", 8), ("Foot Balloon Pump, Compact", 11)),
    "balloon": items(BAL, ("Popfest Latex Balloons, 12 Inch, Gold, 50 Pack", 12),
                     ("Metallic Chrome Balloons, Gold, 30 Pack", 9),
                     ("Foil Star Balloons, 18 Inch, Gold, 6 Pack", 8),
                     ("Pastel Latex Balloons, 10 Inch, Assorted, 100 Pack", 7)),
    "balloon_acc": items(f"{BAL} > Balloon Accessories", ("Balloon Weights for Helium Balloons, Gold, 6 Pack", 5),
                         ("Curling Ribbon for Balloons, Gold, 500 Yards", 4),
                         ("Balloon Arch Decorating Strip for Balloons, 5m", 3)),
    "brush": items(f"{PAINT} > Paint Brushes", ("Artline Paint Brushes Set, 12 Pieces, Nylon", 10),
                   ("Round Paint Brushes, Taklon, 10 Pack", 8), ("Foam Paint Brushes, 1 Inch, 20 Pack", 6)),
    "paint": items(f"{PAINT} > Paints", ("Acrylic Paint Set, 24 Colours, 12ml Tubes", 14),
                   ("Artline Watercolour Paint, 36 Pans", 18), ("Fabric Paint, 6 Colours, Permanent", 11)),
    "gluegun": items(f"{GLUE} > Glue Guns", ("Hot Glue Gun, Mini, 20W, with 30 Sticks", 12),
                     ("Cordless Glue Gun, Rechargeable, USB", 25), ("Dual Temp Glue Gun, Full Size, 60W", 19)),
    "glue": items(GLUE, ("Tacky Craft Glue, 8 oz", 5), ("Glitter Glue Pens, 12 Colours", 7),
                  ("Fabric Glue, Permanent, 2 oz", 6)),
    "gluegun_acc": items(GLUE, ("Glue Sticks for Glue Guns, Mini, 100 Pack", 9)),
    "sewing": items(f"{SEW} > Sewing Machines", ("Stitchly Sewing Machine, 60 Stitches, LCD", 189),
                    ("Mini Sewing Machine, Portable, Beginner", 45), ("Heavy Duty Sewing Machine, Metal Frame", 229)),
    "sewing_acc": items(f"{SEW} > Sewing Machine Parts", ("Sewing Machine Needles, Universal, 50 Pack", 8),
                        ("Bobbins for Sewing Machines, Clear, 25 Pack", 6),
                        ("Sewing Machine Replacement Foot Pedal", 19)),
    "giftbag": items(f"{GW} > Gift Bags", ("Wrapwell Gift Bags, Medium, White, 12 Pack", 14),
                     ("Kraft Paper Gift Bags with Handles, White, 24 Pack", 11),
                     ("Large Gift Bags with Tissue, Christmas, Red, 6 Pack", 9),
                     ("Glossy Gift Bags, Small, White & Gold, 10 Pack", 12)),
    "giftbag_acc": items(f"{GW} > Gift Bags", ("Tissue Paper for Gift Bags, White, 30 Sheets", 4),
                         ("Ribbon Ties for Gift Bags, White, 50 Pack", 3)),
    "noise": each(("Wrapwell Wrapping Paper Roll, Kraft, 30in x 10ft", f"{GW} > Wrapping Paper", 6),
                  ("Curling Ribbon, Assorted, 6 Rolls", f"{GW} > Ribbons & Bows", 5)),
}

T, F = "釣具", "Fishing"

FISH = {
    "rodcase": items(f"{T} > 収納 > ロッドケース", ("ロッドケース ハード 2本収納 135cm 黒", 4980),
                     ("ロッドケース セミハード 120cm ショルダーベルト付き", 3280), ("ロッドケース 筒型 伸縮 PVC", 1980)),
    "rod": items(f"{T} > ロッド", ("シーバスロッド 9ft ML 2ピース", 12800), ("磯竿 1.5号 5.3m 振出", 8980),
                 ("Telescopic Spinning Rod, 7ft, Carbon", 4580)),
    "linecutter": items(f"{T} > 小物 > ラインカッター", ("ラインカッター ピンオンリール付き ステンレス", 1280),
                        ("ラインカッター 爪切り型 錆びにくい", 680), ("ラインカッター コンパクト 携帯 黒", 880)),
    "line": items(f"{T} > ライン", ("PEライン 1.5号 150m 4本編み グリーン", 1980), ("ナイロンライン 道糸 3号 100m", 780),
                  ("Braided Fishing Line, 20lb, 300yd, Moss Green", 2280)),
    "cooler": items(f"{T} > クーラーボックス", ("クーラーボックス 20L 釣り 白 真空パネル", 19800),
                    ("クーラーボックス 12L 小型 白", 6980), ("クーラーボックス 35L キャスター付き 青", 12800),
                    ("Fishing Cooler Box, 25L, Hard, White", 8980), ("クーラーボックス 8L 釣り 黒", 4980)),
    "cooler_acc": items(f"{T} > クーラーボックス > クーラー小物", ("クーラーボックス用 ロッドホルダー 白 2個", 1280),
                        ("クーラーボックス専用 ショルダーベルト", 1580),
                        ("クーラーボックス対応 座布団 クッション 白", 980), ("保冷剤 クーラーボックス用 500g 2個", 580)),
    "reel": items(f"{T} > リール > スピニングリール", ("スピニングリール 2500番 ハイギア 糸付き", 5980),
                  ("スピニングリール 4000番 ソルトウォーター 遠投", 9800),
                  ("Spinning Reel, 3000 Size, 6+1 Bearings, Carbon Drag", 4480),
                  ("ナミカゼ スピニングリール 1000番 ライトゲーム", 7980)),
    "reel_acc": items(f"{T} > リール > リールパーツ", ("スピニングリール用 替えスプール 2500番", 2480),
                      ("スピニングリール専用 リールスタンド アルミ", 980), ("ハンドルノブ スピニングリール対応 交換用", 1280),
                      ("リールカバー スピニングリール用 ネオプレン", 880)),
    "hook": items(f"{F} > Terminal Tackle > Hooks", ("グレ針 5号 徳用 50本入", 480), ("丸セイゴ針 12号 30本", 380),
                  ("ワームフック オフセット #1 10本入", 420), ("トレブルフック #6 ルアー用 20本", 580)),
    "tacklebox": items(f"{F} > Storage > Tackle Boxes", ("Tackle Box, 3 Trays, Waterproof, Green", 3480),
                       ("Double-Sided Tackle Box, 27 Compartments", 1980), ("タックルボックス 2段 大容量 仕切り調整", 2980)),
    "fishgrip": items(f"{T} > 小物 > フィッシュグリップ", ("Fish Grip, Aluminium, Lip Gripper, 6.5in", 1980),
                      ("Floating Fish Grip, Lanyard, Orange", 1280), ("フィッシュグリップ 軽量 ワンタッチ ロック", 1580)),
    "net": items(f"{F} > Landing Nets", ("Landing Net, Telescopic Handle, Rubber Mesh, 2m", 4980),
                 ("Folding Landing Net, Aluminium Frame, 50cm", 3980), ("ランディングネット ラバーコーティング 折りたたみ", 5480),
                 ("タモ網 玉網 45cm 磯 5m", 6980)),
}

WL, BG, AC = "財布・小物", "バッグ", "アクセサリー"

FASHION = {
    "chainwallet": items(f"{WL} > 財布 > お財布ショルダー", ("チェーンウォレット ミニ財布 ショルダー 本革 黒", 6980),
                         ("チェーンウォレット 長財布 スマホ入る ベージュ", 5480),
                         ("お財布ショルダー チェーンウォレット 斜めがけ キルティング", 4980)),
    "wallet": items(f"{WL} > 財布", ("長財布 レディース 本革 ラウンドファスナー 黒", 8980),
                    ("ミニ財布 三つ折り コンパクト ウォレット ピンク", 3980), ("二つ折り財布 レザー ボックス型 キャメル", 5980)),
    "walletchain": items(f"{WL} > 財布小物", ("ウォレットチェーン シルバー 50cm", 1980), ("ウォレットチェーン レザー ゴールド金具", 2480),
                         ("ウォレットチェーン 2連 キーリング付き", 1680)),
    "chain": items(f"{BG} > バッグ小物 > チェーン", ("ショルダーチェーン 単品 120cm ゴールド", 1480),
                   ("チェーンストラップ 付け替え 60cm シルバー", 1280)),
    "charmbracelet": items(f"{AC} > ブレスレット", ("チャームブレスレット ハート シルバー925", 4980),
                           ("チャームブレスレット パール 華奢 ゴールド", 3980)),
    "bracelet": items(f"{AC} > ブレスレット", ("バングル ブレスレット シルバー 幅広", 2980),
                      ("テニスブレスレット ジルコニア 華奢", 3480), ("ブレスレット 天然石 ローズクォーツ", 1980)),
    "braceletcharm": items(f"{AC} > パーツ", ("ブレスレットチャーム 単品 ハート シルバー", 980),
                           ("ブレスレット用 チャーム 星 3個セット", 780)),
    "pierce": items(f"{AC} > ピアス", ("ピアス フープ 18K ゴールド 20mm", 5980), ("ピアス パール 一粒 ゴールド 華奢", 1980),
                    ("ピアス スタッド サージカルステンレス シルバー", 990), ("ピアス ドロップ ジルコニア ゴールド", 2980)),
    "pierce_acc": items(f"{AC} > ピアス > ピアス小物", ("ピアス用 キャッチ シリコン 20個 ゴールド", 380),
                        ("ピアス専用 ケース 収納 ボックス", 1280), ("樹脂ピアス対応 キャッチ ゴールド 10ペア", 480)),
    "tote": items(f"{BG} > トートバッグ", ("トートバッグ レディース 大容量 A4 黒 撥水", 3980),
                  ("トートバッグ キャンバス 肩掛け 黒", 1980), ("トートバッグ 本革 通勤 ベージュ", 12800),
                  ("Canvas Tote Bag, Large, Zip Top, Black", 2480), ("トートバッグ ミニ ランチバッグ 白", 1280)),
    "tote_acc": items(f"{BG} > バッグ小物", ("トートバッグ用 底板 黒 A4", 680), ("トートバッグ専用 インナーバッグ 黒", 1480),
                      ("バッグインバッグ トートバッグ対応 黒 自立", 1280)),
    "baghanger": items(f"{BG} > バッグ小物 > バッグハンガー", ("バッグハンガー テーブル 折りたたみ ゴールド", 1280),
                       ("バッグハンガー 机 フック 落ちない", 980), ("バッグハンガー 携帯 マグネット式 シルバー", 1480)),
    "hairclip": items("Hair Accessories > Hair Clips", ("Hair Claw Clip, Matte, Large, 4 Pack", 1280),
                      ("Pearl Hair Clips, Gold, 6 Pieces", 980), ("ヘアクリップ バンスクリップ 大きめ べっ甲", 1480)),
    "scarf": items(f"{AC} > スカーフ", ("Silk Scarf, 90x90cm, Floral Print", 4980),
                   ("Satin Square Scarf, Polka Dot, Navy", 1980), ("スカーフ シルク 大判 ベージュ", 3980)),
    "cardcase": items("Wallets & Cases > Card Cases", ("Card Case, Slim Leather, 6 Slots, Black", 2480),
                      ("Metal Card Case, RFID Blocking, Silver", 1480), ("カードケース 本革 じゃばら 大容量 ピンク", 2980)),
    "coinpurse": items("Wallets & Cases > Coin Purses", ("小銭入れ 本革 がま口 ピンク", 2980),
                       ("コインケース ボックス型 レザー 黒", 2480), ("がま口 小銭入れ 花柄 キャンバス", 1280)),
}

SHOPS = {"auto": AUTO, "party": PARTY, "fish": FISH, "fashion": FASHION}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("auto", "oil filter", "oilfilter", ["filter"], ["filteroil"]),
    two_types("auto", "filter oil", "filteroil", ["oil"], ["oilfilter"]),
    two_types("party", "sticker paper", "stickerpaper", ["paper"], ["paperstickers"]),
    two_types("party", "paper stickers", "paperstickers", ["sticker"], ["stickerpaper"]),
    two_types("fashion", "チェーンウォレット", "chainwallet", ["wallet"], ["walletchain"]),
    two_types("fashion", "ウォレットチェーン", "walletchain", ["chain"], ["chainwallet"]),
    two_types("fashion", "チャームブレスレット", "charmbracelet", ["bracelet"], ["braceletcharm"]),
    # --- 2. a leading product word that modifies the head
    qualifies("auto", "jack stands", ["jackstand"], ["jack"]),
    qualifies("auto", "battery charger", ["charger"], ["battery"]),
    qualifies("party", "balloon pump", ["balloonpump"], ["balloon"]),
    qualifies("party", "paint brushes", ["brush"], ["paint"]),
    qualifies("party", "glue gun", ["gluegun"], ["glue", "gluegun_acc"]),
    qualifies("fish", "ロッドケース", ["rodcase"], ["rod"]),
    qualifies("fish", "ラインカッター", ["linecutter"], ["line"]),
    qualifies("fashion", "バッグハンガー", ["baghanger"], ["tote"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("auto", "dash cam", ["dashcam"], ["dashcam_acc"]),
    accessories("auto", "wiper blades", ["wiper"], ["wiper_acc"]),
    accessories("party", "sewing machine", ["sewing"], ["sewing_acc"]),
    accessories("party", "gift bags", ["giftbag"], ["giftbag_acc"]),
    accessories("fish", "クーラーボックス", ["cooler"], ["cooler_acc"]),
    accessories("fish", "スピニングリール", ["reel"], ["reel_acc"]),
    accessories("fashion", "ピアス", ["pierce"], ["pierce_acc"]),
    accessories("fashion", "トートバッグ", ["tote"], ["tote_acc"]),
    # black dash cams: 4K 129, mini 39, dual GPS 69 (a silver 2K one 35, a colourless mirror one 89;
    # black accessories 9-15)
    price("auto", "budget black dash cam", "dashcam-1", ["dashcam_acc"]),
    # gold balloons: latex 12, chrome 9, foil stars 8 (pastel assorted 7; gold weights 5, gold ribbon 4)
    price("party", "cheap gold balloons", "balloon-2", ["balloon_acc"]),
    # white gift bags: medium 14, kraft 11, white & gold 12 (a red set 9; white tissue 4, white ties 3)
    price("party", "budget white gift bags", "giftbag-1", ["giftbag_acc"]),
    # white coolers: 20L 19800, 12L 6980, English 25L 8980 (a black 8L 4980; white accessories 980-1280)
    price("fish", "格安 白 クーラーボックス", "cooler-1", ["cooler_acc"]),
    # black totes: A4 3980, canvas 1980, English 2480 (a white mini 1280; black accessories 680-1480)
    price("fashion", "安い 黒 トートバッグ", "tote-1", ["tote_acc"]),
    # gold earrings: hoop 5980, pearl 1980, drop 2980 (a silver stud 990; gold catches 380-480)
    price("fashion", "お手頃 ゴールド ピアス", "pierce-1", ["pierce_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("fish", "タックルボックス", "tacklebox"),
    mixed("fish", "フィッシュグリップ", "fishgrip"),
    mixed("fish", "ランディングネット", "net"),
    mixed("fish", "fishing hooks", "hook"),
    mixed("fashion", "ヘアクリップ", "hairclip"),
    mixed("fashion", "スカーフ", "scarf"),
    mixed("fashion", "カードケース", "cardcase"),
    mixed("fashion", "coin purse", "coinpurse"),
]

LIMITS: dict = {
    **{("blind34", "two_types:fashion:チェーンウォレット", s): "the 財布-titled wallets (長財布, 二つ折り財布) are not "
       "returned while a ウォレットチェーン is" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    # "ウォレットチェーン" passes since the fifteenth session: a title's groups the catalogue also
    # writes as one word are that compound (`heads.written_apart`)
    # "gift bags" (dense) and "budget white gift bags" (both setups) failed when written: the "... for
    # Gift Bags" accessories sold beside the bags ranked first; fixed after (`features.said_for`)
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind34(q: Q, setup: str, known_limit):
    known_limit("blind34")
    check(q, setup, ENGINES)


def test_blind34_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "gold": "Gold", "white": "White", "白": "White", "黒": "Black",
                                 "ゴールド": "Gold"})
