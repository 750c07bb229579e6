"""A seventieth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: photography
lighting and studio gear (English: softboxes, light stands and stand bags, backdrops and backdrop
stands, reflectors, ring lights and phone holders), outdoor cooking (English: kettle and pellet
grills, smokers, pellets and wood chips, grill brushes and covers, skewers, pizza ovens and pizza
peels), Japanese clothing storage 衣類収納 (ハンガー, ハンガーラック and ハンガーラックカバー, 圧縮袋,
収納ケース / 衣装ケース, 靴箱, part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and Japanese cleaning tools 掃除道具 (雑巾, たわし, ブラシ,
洗剤, スプレーボトル, クロス, with English-titled imports too). Shops of 30-50 items, category paths
2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese-only titles under an English
   category tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (seventieth suite), as a measurement only (nothing changed for it):
90 of 93 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 7/8, 19/22); the 3 failing
cases (1 query, in all its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
スラックスハンガー shows the two Japanese slacks hangers, then plain ハンガー items, with the English
"Pants Hangers" ninth.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S = "Photo Studio"
LIGHTING, SUPPORT, BACK, GRIP = f"{S} > Lighting", f"{S} > Stands & Support", f"{S} > Backdrops", f"{S} > Grip"

STUDIO = {
    "softbox": items(f"{LIGHTING} > Softboxes", ("Lumora Octagon Softbox, 90cm, Bowens Mount, Quick Setup", 69),
                     ("Softbox Lighting Kit, 2 x 50x70cm, E27 Sockets, 85W Bulbs", 59),
                     ("Strip Softbox, 30x120cm, Bowens Mount, with Grid", 49),
                     ("Parabolic Softbox, 120cm, Deep, Silver Interior", 109)),
    "softbox_acc": items(f"{LIGHTING} > Softbox Accessories", ("Honeycomb Grid for 90cm Octagon Softbox", 25),
                         ("Replacement Inner Diffuser for Softbox, 50x70cm, 2 Pack", 15),
                         ("Softbox Replacement Outer Diffuser, 60x90cm", 18),
                         ("Speed Ring Adapter for Softboxes, Bowens Mount", 22)),
    "ringlight": items(f"{LIGHTING} > Ring Lights", ("Lumora LED Ring Light, 18in, Bi-Color, with Stand and Phone Holder", 79),
                       ("Ring Light 10in with Tripod Stand, Dimmable, USB", 29),
                       ("Clip-On Selfie Ring Light, Rechargeable, 3 Modes, White", 15),
                       ("Ring Light 14in, Desk Mount, 3 Color Modes, Black", 45)),
    "ringlight_acc": items(f"{LIGHTING} > Ring Light Accessories", ("Phone Holder for Ring Light, Ball Head, 1/4in Screw", 8),
                           ("Ring Light Replacement Diffuser Cover, 18in", 12),
                           ("Carrying Bag for 18in Ring Lights, Padded", 19), ("Bluetooth Remote for Ring Lights", 9)),
    "light": items(f"{LIGHTING} > LED Lights", ("Lumora LED Video Light, 60W, Bi-Color, Bowens Mount", 89),
                   ("LED Panel Light, 600 Beads, Dimmable, with Barn Doors", 69),
                   ("Compact LED Light, RGB, Magnetic, Rechargeable", 35)),
    "clamplight": items(f"{LIGHTING} > Clamp Lights", ("Clamp Light, 8.5in Aluminium Reflector, E27, Heavy Duty Clamp", 14),
                        ("LED Clamp Light, Bi-Color, Gooseneck, USB-C", 24),
                        ("Photo Clamp Light Kit, 2 Pack, Daylight Bulbs", 32)),
    "lightclamp": items(f"{GRIP} > Clamps", ("Light Clamp, Spring Clamp with 5/8in Stud, 2 Pack", 12),
                        ("Lumora Super Light Clamp, Aluminium, Holds 15kg", 16),
                        ("Light Clamp with Cold Shoe, Crossbar Mount", 11)),
    "clamp": items(f"{GRIP} > Clamps", ("Super Clamp, Crab Jaw, 1/4in and 3/8in Threads", 15),
                   ("Spring Clamps, Heavy Duty, 6 Pack, Black", 10), ("Backdrop Clamps, 6 Pack, Muslin Clips", 9)),
    "lightstand": items(f"{SUPPORT} > Light Stands", ("Lumora Light Stand, 2.8m, Air Cushioned, Aluminium, Black", 39),
                        ("Heavy Duty Light Stand, 3.9m, Steel, Black", 59),
                        ("Compact Light Stand, 1.9m, Reverse Folding, Black", 35),
                        ("Light Stands, 2 Pack, 2m, Silver", 29)),
    "lightstand_acc": items(f"{SUPPORT} > Stand Accessories", ("Sandbags for Light Stands, 4 Pack, Black", 19),
                            ("Light Stand Bag, 100cm, Padded, Black", 25),
                            ("Replacement Leg Locks for Light Stands, 3 Pack, Black", 8),
                            ("Casters for Light Stands, Set of 3, Black", 22)),
    "backdrop": items(f"{BACK} > Backdrops", ("Seamless Paper Backdrop, 2.72 x 11m, Super White", 89),
                      ("Muslin Backdrop, 3 x 6m, Black", 39), ("Vinyl Backdrop, 1.5 x 2.1m, Grey, Wrinkle Free", 29),
                      ("Collapsible Backdrop, 1.5 x 2m, Reversible Black/White", 79)),
    "backdropstand": items(f"{BACK} > Backdrop Stands", ("Lumora Backdrop Stand, 2.6 x 3m, Adjustable, with Carry Bag", 49),
                           ("Backdrop Stand Kit, 3 x 3m, Heavy Duty, 2 Crossbars", 69),
                           ("T-Shape Backdrop Stand, 1.5m Wide, Portable", 25)),
    "reflector": items(f"{S} > Reflectors", ("5-in-1 Reflector, 110cm, Round, Gold/Silver/White/Black", 25),
                       ("Oval Reflector, 60x90cm, Silver/White", 19), ("Reflector with Handle, 80cm, Collapsible", 29)),
    "reflectorholder": items(f"{S} > Reflectors > Reflector Holders",
                             ("Reflector Holder Arm, Swivel, Telescopic, 5/8in Spigot", 19),
                             ("Lumora Reflector Holder, Clamp Mount, 360 Degree", 15),
                             ("Reflector Holder with Boom Arm, Counterweight", 29)),
}

O = "Outdoor Cooking"
GR, SM, FUEL, PZ, ACC = f"{O} > Grills", f"{O} > Smokers", f"{O} > Fuel", f"{O} > Pizza Ovens", f"{O} > Grill Accessories"

GRILL = {
    "grill.kettle": items(f"{GR} > Kettle Grills", ("Emberline Kettle Grill, 57cm, Charcoal, Black", 189),
                          ("Kettle Grill, 47cm, Charcoal, Red", 139),
                          ("Compact Kettle Grill, 37cm, Porcelain Enamel, Black", 79), ("Mini Kettle Grill, 30cm, Blue", 59)),
    "kettle_acc": items(f"{ACC} > Kettle Parts", ("Cover for Kettle Grills, 57cm, Waterproof, Black", 25),
                        ("Kettle Grill Replacement Cooking Grate, 54cm", 29),
                        ("Hinged Cooking Grate for 57cm Kettle Grills", 35),
                        ("Kettle Grill Replacement Ash Catcher, Black", 19)),
    "grill_acc": each(("Heavy Duty Grill Cover, 147cm, Waterproof, Black", f"{ACC} > Covers", 35),
                      ("Grill Brush, Bristle Free, Stainless, 45cm", f"{ACC} > Brushes", 19)),
    "grill.pellet": items(f"{GR} > Pellet Grills", ("Emberline Pellet Grill, WiFi, 700 sq in, Black", 699),
                          ("Compact Pellet Grill, Portable, Digital Controller", 399),
                          ("Pellet Grill, Wood Fired, 1000 sq in, Meat Probe", 899)),
    "grill.skewer": items(f"{GR} > Skewer Grills", ("Yakitori Skewer Grill, Charcoal, 60cm", 89),
                          ("Rotating Skewer Grill, Electric, 6 Skewers", 119)),
    "smoker": items(SM, ("Emberline Offset Smoker, Charcoal, Black", 349), ("Vertical Electric Smoker, 4 Racks, Digital", 229),
                    ("Bullet Smoker, 47cm, Charcoal, Black", 299)),
    "smoker.pellet": items(f"{SM} > Pellet Smokers", ("Pellet Smoker, Vertical, 4 Racks, WiFi", 599),
                           ("Emberline Pellet Smoker, 1100 sq in, Digital Controller", 799),
                           ("Compact Pellet Smoker, Portable, 2 Racks", 449)),
    "smokerbox": items(f"{ACC} > Smoker Boxes", ("Smoker Box, Stainless Steel, Hinged Lid", 15),
                       ("Emberline Smoker Box, Cast Iron, Wood Chip Holder", 19), ("V-Shaped Smoker Box, Heavy Duty, 30cm", 22)),
    "pellets.grill": items(f"{FUEL} > Pellets", ("Emberline Grill Pellets, Hickory, 9kg", 29),
                           ("Grill Pellets, Competition Blend, 13.6kg", 39), ("Grill Pellets, Apple, 9kg", 27)),
    "pellets.smoker": items(f"{FUEL} > Pellets", ("Smoker Pellets, Cherry, 9kg", 28), ("Smoker Pellets, Mesquite, 9kg", 28)),
    "pellets.oak": items(f"{FUEL} > Pellets", ("Hardwood Pellets, Oak, 10kg", 25)),
    "charcoal": items(f"{FUEL} > Charcoal", ("Lumpwood Charcoal, Restaurant Grade, 10kg", 24),
                      ("Charcoal Briquettes, Long Burning, 8kg", 16), ("Binchotan Charcoal, Japanese White Charcoal, 3kg", 45)),
    "starter": items(f"{ACC} > Charcoal Starters", ("Chimney Charcoal Starter, Quick Release, 30cm", 29),
                     ("Electric Charcoal Starter, 600W, Heat Gun", 39), ("Emberline Charcoal Starter, Chimney, Compact", 22)),
    "pizzaoven": items(PZ, ("Emberline Pizza Oven, Wood Pellet, 12in, Portable", 299), ("Gas Pizza Oven, 16in, Rotating Stone", 549),
                       ("Multi-Fuel Pizza Oven, 12in, Wood and Charcoal", 399)),
    "pizzaoven_acc": items(f"{PZ} > Pizza Oven Accessories", ("Pizza Peel for 12in Pizza Ovens, Aluminium", 29),
                           ("Pizza Oven Cover, 12in, Waterproof", 35),
                           ("Replacement Pizza Stone for Pizza Oven, 16in", 45), ("Infrared Thermometer for Pizza Ovens", 24)),
    "skewer.grill": items(f"{ACC} > Skewers", ("Grill Skewers, Stainless Steel, 12 Pack, 38cm", 12),
                          ("Emberline Grill Skewers, Flat, 6 Pack", 15), ("Grill Skewers with Wooden Handles, 8 Pack", 14)),
    "skewer": items(f"{ACC} > Skewers", ("Bamboo Skewers, 100 Pack, 30cm", 5), ("Kebab Skewers, Double Prong, 6 Pack", 11)),
}

CS, CE = "衣類収納", "Closet Storage"
HANG, VAC = f"{CE} > Hangers", f"{CE} > Space Saver Bags"

CLOSET = {
    "hanger": items(HANG, ("すべらないハンガー 20本セット 黒 型崩れ防止", 1480), ("ハンガー スリム 30本 黒", 980),
                    ("Velvet Hangers, Non-Slip, 50 Pack, Black", 2480), ("ハンガー アルミ 10本 シルバー", 880)),
    "hanger.clip": items(HANG, ("クリップハンガー 5本組 滑り止め ステンレス", 1280), ("クリップハンガー スカート 10本 白", 1180)),
    "hanger.slacks": items(HANG, ("スラックスハンガー 5連 省スペース 黒", 1580),
                           ("スラックスハンガー 4段 回転フック 2本 シルバー", 1380),
                           ("Pants Hangers, Multi-Layer, 2 Pack, Black", 1280)),
    "hangerclip": items(f"{HANG} > ハンガー小物", ("ハンガークリップ 洗濯ばさみ型 20個 ステンレス", 780),
                        ("ハンガークリップ 後付け 滑り止め 12個 黒", 580)),
    "hanger_acc": items(f"{HANG} > ハンガー小物", ("ハンガー用 滑り止め カバー 黒 20個", 480), ("ハンガー専用 連結フック 黒 30個", 380)),
    "hangerrack": items(f"{CS} > ハンガーラック", ("ハンガーラック キャスター付き 幅80cm 白", 2980), ("ハンガーラック 伸縮 スリム 黒", 2480),
                        ("ハンガーラック 2段 棚付き 幅120cm 白", 4980), ("Garment Rack, Rolling, Heavy Duty, White", 3480)),
    "rack_acc": items(f"{CS} > ハンガーラック > ラック小物", ("ハンガーラックカバー 幅80cm 不織布 白", 1280),
                      ("ハンガーラック用 追加棚 白", 880), ("ハンガーラック対応 キャスター 交換用 4個 白", 680)),
    "compress": items(VAC, ("衣類 圧縮袋 Mサイズ 10枚 スライダー付き", 980), ("布団圧縮袋 掃除機対応 2枚 Lサイズ", 1480),
                      ("圧縮袋 旅行 6枚セット 手巻き", 780), ("衣類圧縮袋 Lサイズ 5枚 逆止弁", 880)),
    "compress_acc.pump": items(f"{VAC} > Pumps & Parts", ("圧縮袋用 電動ポンプ USB充電", 1980),
                               ("圧縮袋専用 ハンディポンプ 手動", 780), ("電動ポンプ 圧縮袋対応 コードレス 小型", 2480)),
    "compress_acc": items(f"{VAC} > Pumps & Parts", ("圧縮袋用 バルブキャップ 交換用 5個", 380),
                          ("圧縮袋対応 スライダー 交換用 3個", 330)),
    "case": items(f"{CS} > 収納ケース", ("衣装ケース 収納ケース 引き出し 3段 クリア 幅44cm", 2980), ("収納ケース フタ付き 45L 白", 1280),
                  ("収納ケース 深型 幅39cm 3個組 ホワイト", 3480)),
    "case_acc": items(f"{CS} > 収納ケース > ケース小物", ("収納ケース用 キャスター 4個 交換用", 480), ("収納ケース専用 仕切り板 2枚", 380),
                      ("収納ケース対応 防虫剤 引き出し用 4個", 580)),
    "shoerack": items(f"{CE} > Shoe Storage", ("Shoe Rack, 4 Tier, Metal, Black", 2480), ("Bamboo Shoe Rack, 3 Tier, Stackable", 2980),
                      ("シューズラック 5段 スリム 白", 1980), ("シューズラック 伸縮 2段 玄関 黒", 1580)),
    "shoebox": items(f"{CS} > 靴箱", ("靴箱 下駄箱 スリム 幅60cm 白", 8980), ("靴箱 扉付き 3段 木製 ナチュラル", 6980)),
    "storebag": items(f"{CS} > 収納バッグ", ("収納バッグ 布団 大容量 不織布 2個", 1280), ("収納バッグ 衣類 取っ手付き 66L 3個セット", 1580),
                      ("収納バッグ 折りたたみ 窓付き 90L グレー", 980)),
    "bag.garment": items(f"{CE} > Garment Bags", ("ガーメントバッグ 不織布 透明窓 5枚", 980),
                         ("ガーメントバッグ スーツ コート ロング 3枚", 1280), ("Garment Bags, Breathable, 110cm, 5 Pack", 1680)),
    "bag.laundry": items(f"{CS} > ランドリー", ("ランドリーバッグ 大容量 持ち手付き 2個", 880)),
    "bagstore": items(f"{CS} > バッグ収納", ("バッグ収納 吊り下げ 6ポケット クローゼット", 1180),
                      ("バッグ収納 ラック 仕切り 3段 スチール", 1980)),
}

CL, CLE = "掃除道具", "Cleaning Supplies"
TOILET = f"{CL} > トイレ掃除"

CLEAN = {
    "zokin": items(f"{CL} > 雑巾", ("雑巾 10枚組 綿100% 白", 680), ("使い捨て雑巾 50枚 厚手", 780)),
    "tawashi": items(f"{CL} > たわし・スポンジ", ("亀の子たわし 1号 天然パーム", 380), ("たわし シュロ 国産 小", 550)),
    "sponge": items(f"{CL} > たわし・スポンジ", ("キッチンスポンジ 抗菌 10個入", 398), ("バススポンジ 持ち手付き 2個", 480)),
    "sponge.melamine": items(f"{CL} > たわし・スポンジ > メラミンスポンジ", ("メラミンスポンジ 20個 カット済み", 498),
                             ("メラミンスポンジ 特大 10個", 598), ("Melamine Foam Cleaning Sponges, 30 Pack", 898)),
    "toiletbrush": items(f"{TOILET} > トイレブラシ", ("トイレブラシ 抗菌 ロング 白", 1280), ("トイレブラシ シリコン 壁掛け 黒", 1480),
                         ("トイレブラシ 縁裏 スリム 黒", 680), ("Toilet Brush, Silicone, Flexible Head, White", 1680),
                         ("トイレブラシ コンパクト 抗菌 白", 780)),
    "tb_acc.case": items(f"{TOILET} > トイレブラシ小物", ("トイレブラシ ケース 交換用 白", 580),
                         ("トイレブラシ専用 ケース 抗菌 スリム 白", 680), ("トイレブラシケース 単品 黒", 480)),
    "tb_acc": items(f"{TOILET} > トイレブラシ小物", ("トイレブラシ用 替えブラシ 白 2個", 480), ("トイレブラシ対応 壁掛けホルダー 白", 380)),
    "detergent": items(f"{CL} > 洗剤", ("食器用洗剤 詰め替え 大容量 1.5L", 498), ("トイレ用洗剤 除菌 泡 500ml", 398),
                       ("マルチクリーナー 洗剤 スプレー 500ml", 450)),
    "dispenser": items(f"{CL} > 洗剤 > ディスペンサー", ("洗剤ディスペンサー 泡タイプ 300ml 白", 980),
                       ("洗剤ディスペンサー 自動 センサー 充電式", 2480), ("洗剤ディスペンサー 詰め替えボトル ガラス 2本", 1280),
                       ("Soap Dispenser, Dish Detergent, Pump, 500ml", 1180)),
    "spray": items(f"{CLE} > Spray Bottles", ("スプレーボトル 500ml 霧吹き 白 2本", 480), ("スプレーボトル 遮光 アルコール対応 300ml", 580),
                   ("スプレーボトル ガラス 250ml 2本 白", 880), ("スプレーボトル 詰め替え 400ml 透明 5本", 380)),
    "spray_acc": items(f"{CLE} > Spray Bottles > Parts", ("スプレーボトル用 ノズル 交換用 白 3個", 280),
                       ("スプレーボトル専用 トリガー 替え 白", 380), ("スプレーボトル対応 ラベルシール 耐水 20枚", 250)),
    "cloth": items(f"{CLE} > Cleaning Cloths", ("マイクロファイバークロス 10枚 30x30cm 吸水", 780),
                   ("Microfiber Cleaning Cloths, 12 Pack, Lint Free, Blue", 1280),
                   ("マイクロファイバー クロス 厚手 洗車 5枚 グレー", 680), ("Microfiber Cloth, Glass & Mirror, 6 Pack", 980)),
    "fwiper": items(f"{CL} > フロア掃除 > フロアワイパー", ("フロアワイパー 伸縮 ハンドル 立体吸着", 1280),
                    ("フロアワイパー 木製 ハンドル 北欧", 1680), ("フロアワイパー 軽量 アルミ 回転ヘッド", 980)),
    "fwiper_acc": items(f"{CL} > フロア掃除 > 替えシート", ("フロアワイパー用 ドライシート 40枚", 398),
                        ("フロアワイパー専用 ウェットシート 32枚", 450), ("フロアワイパー対応 替えパッド 洗える 2枚", 680)),
    "ebrush": items(f"{CL} > ブラシ > 電動ブラシ", ("電動ブラシ 掃除 コードレス 回転 ヘッド4種", 2980),
                    ("電動ブラシ 充電式 防水 ロングハンドル", 3980), ("電動ブラシ ハンディ 小型 USB", 1980),
                    ("Electric Spin Scrubber, Cordless, 6 Brush Heads", 4480)),
    "ebrush_acc": items(f"{CL} > ブラシ > 替えブラシ", ("電動ブラシ用 替えブラシ 3個セット", 780),
                        ("電動ブラシ専用 交換ヘッド スポンジ", 580), ("Replacement Brush Heads for Spin Scrubber, 4 Pack", 980)),
}

SHOPS = {"studio": STUDIO, "grill": GRILL, "closet": CLOSET, "clean": CLEAN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("studio", "clamp light", "clamplight", ["light"], ["lightclamp"]),
    two_types("studio", "light clamp", "lightclamp", ["clamp"], ["clamplight"]),
    two_types("grill", "pellet grill", "grill.pellet", ["grill"], ["pellets.grill"]),
    two_types("grill", "grill pellets", "pellets.grill", ["pellets"], ["grill.pellet"]),
    two_types("grill", "pellet smoker", "smoker.pellet", ["smoker"], ["pellets.smoker"]),
    two_types("grill", "grill skewers", "skewer.grill", ["skewer"], ["grill.skewer"]),
    two_types("closet", "クリップハンガー", "hanger.clip", ["hanger"], ["hangerclip"]),
    two_types("closet", "収納バッグ", "storebag", ["bag"], ["bagstore"]),
    # --- 2. a leading product word that modifies the head
    qualifies("studio", "backdrop stand", ["backdropstand"], ["backdrop"]),
    qualifies("studio", "reflector holder", ["reflectorholder"], ["reflector"]),
    qualifies("grill", "smoker box", ["smokerbox"], ["smoker"]),
    qualifies("grill", "charcoal starter", ["starter"], ["charcoal"]),
    qualifies("closet", "圧縮袋 ポンプ", ["compress_acc.pump"], ["compress"]),
    qualifies("clean", "洗剤 ディスペンサー", ["dispenser"], ["detergent"]),
    qualifies("clean", "トイレブラシ ケース", ["tb_acc.case"], ["toiletbrush"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("studio", "softbox", ["softbox"], ["softbox_acc"]),
    accessories("studio", "ring light", ["ringlight"], ["ringlight_acc"]),
    accessories("grill", "pizza oven", ["pizzaoven"], ["pizzaoven_acc"]),
    accessories("grill", "kettle grill", ["grill.kettle"], ["kettle_acc"]),
    accessories("closet", "圧縮袋", ["compress"], ["compress_acc"]),
    accessories("closet", "収納ケース", ["case"], ["case_acc"]),
    accessories("clean", "フロアワイパー", ["fwiper"], ["fwiper_acc"]),
    accessories("clean", "電動ブラシ", ["ebrush"], ["ebrush_acc"]),
    # black light stands: Lumora 39, heavy duty 59, compact 35 (a silver pair 29; black accessories 8-25)
    price("studio", "budget black light stand", "lightstand-2", ["lightstand_acc"]),
    # black kettle grills: Emberline 189, compact 79 (a red one 139, a blue mini 59; black cover, ash catcher and
    # grill cover 19-35)
    price("grill", "cheap black kettle grill", "grill.kettle-2", ["kettle_acc", "grill_acc"]),
    # white hanger racks: casters 2980, two-tier 4980, English 3480 (a black one 2480; white accessories 680-1280)
    price("closet", "安い 白 ハンガーラック", "hangerrack-0", ["rack_acc"]),
    # black hangers: non-slip 1480, slim 980, English velvet 2480 (a silver set 880; black slacks hangers 1280-1580;
    # black hanger clips, covers and hooks 380-580)
    price("closet", "激安 黒 ハンガー", "hanger-1", ["hanger_acc", "hangerclip"]),
    # white toilet brushes: long 1280, English 1680, compact 780 (a black slim one 680; white cases, refills and
    # holders 380-680)
    price("clean", "格安 白 トイレブラシ", "toiletbrush-4", ["tb_acc"]),
    # white spray bottles: 500ml 480, glass 880 (a clear set 380, an unmarked one 580; white nozzles, triggers 280-380)
    price("clean", "お手頃 白 スプレーボトル", "spray-0", ["spray_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese-only titles
    mixed("closet", "ガーメントバッグ", "bag.garment"),
    mixed("closet", "スラックスハンガー", "hanger.slacks"),
    mixed("closet", "靴ラック", "shoerack"),
    mixed("closet", "compression bags", "compress"),
    mixed("clean", "マイクロファイバークロス", "cloth"),
    mixed("clean", "メラミンスポンジ", "sponge.melamine"),
    mixed("clean", "スピンスクラバー", "ebrush"),
    mixed("clean", "spray bottle", "spray"),
]

_SLACKS = "the two Japanese slacks hangers, then plain ハンガー (slim, aluminium); English Pants Hangers 9th"
LIMITS: dict = {
    ("blind70", "mixed:closet:スラックスハンガー", setup): _SLACKS
    for setup in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind70(q: Q, setup: str, known_limit):
    known_limit("blind70")
    check(q, setup, ENGINES)


def test_blind70_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black"})
