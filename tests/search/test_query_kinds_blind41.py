"""A forty-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses together: garage and
tool storage (English: tool boxes, tool chests, socket sets and organizers, wrench sets and racks,
work lights and light stands, extension reels, pegboards and their hooks), home decor (English:
wall mirrors and mirror hooks, throw pillows and pillow inserts, vases and vase fillers, candles and
candle holders, curtains and tiebacks), Japanese stationery and desk goods 文具・デスク用品 (ノート,
ノートカバー, ボールペン, 替芯, 付箋, ファイル, クリップ, 卓上ライト, デスクマット, ペン立て; part of its
category tree in English, with English-titled imports whose Japanese names are katakana loanwords)
and a Japanese baby and kids shop ベビー・キッズ (ベビーカー and its レインカバー, チャイルドシート, 抱っこ紐,
哺乳瓶 and 乳首, おむつ, おしりふき, ベビーモニター; English-titled imports whose Japanese names are katakana
loanwords or plain Japanese words). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("light stand" / "stand light", "jar candle" / "candle jar",
   ファイルボックス / ボックス ファイル);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages: the top three are of the
   query's kind; two of them are English queries over Japanese titles where the shop has few or
   no English titles for that product ("sticky notes" over 付箋 only, "stroller" over ベビーカー with a
   single English-titled stroller).

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-first suite), as a measurement only (nothing changed for it):
88 of 96 cases pass, 35 of 38 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 7/8, 17/20; accessories 9/9, 22/22; price 6/6, 15/15; mixed 7/9, 20/25); the 8 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 哺乳瓶 乳首 (two nipples first, then the bottles above the third nipple,
広口 哺乳瓶対応 乳首), sticky notes (nothing shown over the 付箋 titles) and おむつ (the two おむつ
titles, then おしりふき wipes above the English "Diapers"). After (広口, "wide-mouth", never a
title's type): 哺乳瓶 乳首 passes; and (a dictionary word less a last kanji the titles leave off:
付箋紙, the 付箋 of the titles) sticky notes passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

GS, HT, LI = "Garage Storage", "Hand Tools", "Lighting"
BOXES, ORG = f"{GS} > Tool Boxes", f"{GS} > Tool Organizers"

GARAGE = {
    "toolbox": items(BOXES, ("Ironside Steel Tool Box, 20 in, Red", 39),
                     ("Portable Plastic Tool Box with Tray, 16 in, Red", 24),
                     ("Cantilever Tool Box, 3 Tier, Red", 54),
                     ("Ironside Tool Box, 14 in, Plastic, Black", 19),
                     ("Rolling Tool Box, Telescoping Handle, Black", 69)),
    "toolbox_acc": items(f"{BOXES} > Tool Box Accessories", ("Replacement Latches for Tool Boxes, Red, 2 Pack", 8),
                         ("Lift-Out Tray for Tool Boxes, 20 in, Red", 12)),
    "toolchest": items(f"{GS} > Tool Chests", ("Ironside 5-Drawer Tool Chest, Ball-Bearing Slides, Red", 199),
                       ("Top Tool Chest, 9 Drawers, Black", 249),
                       ("Rolling Tool Chest with Cabinet, 26 in, Red", 449)),
    "toolchest_acc": items(f"{GS} > Tool Chests > Tool Chest Accessories",
                           ("Replacement Casters for Tool Chests, 5 in, 4 Pack", 39),
                           ("Drawer Liners for Tool Chests, Cut-to-Fit, Red", 14),
                           ("Tool Chest Replacement Lock and Keys", 12)),
    "socketset": items(f"{HT} > Sockets > Socket Sets", ("Torqline 1/2 in Drive Socket Set, Metric, 24 Piece", 59),
                       ("3/8 in Drive Socket Set, SAE & Metric, 40 Piece", 45),
                       ("Impact Socket Set, 1/2 in Drive, Deep, 15 Piece", 79)),
    "socketorg": items(f"{ORG} > Socket Organizers", ("Torqline Socket Organizer, Magnetic Rails, 3 Pack", 24),
                       ("Socket Organizer Tray, 1/2 in Drive, 26 Slots, Red", 14),
                       ("Aluminium Socket Organizer Rail with Clips", 19)),
    "wrenchset": items(f"{HT} > Wrenches > Wrench Sets", ("Torqline Combination Wrench Set, Metric, 12 Piece", 39),
                       ("Ratcheting Wrench Set, SAE, 10 Piece", 59), ("Stubby Wrench Set, 8-19mm, Roll Pouch", 29)),
    "wrenchrack": items(f"{ORG} > Wrench Racks", ("Wrench Rack, Holds 16 Wrenches, Black", 14),
                        ("Torqline Wall-Mount Wrench Rack, Magnetic", 22),
                        ("Wrench Rack Organizer, Drawer, 2 Pack", 17)),
    "worklight": items(f"{LI} > Work Lights", ("Brightcraft LED Work Light, Rechargeable, 2000 Lumens", 49),
                       ("Magnetic Work Light, Folding, Hook, USB-C", 29),
                       ("Corded LED Work Light, 5000 Lumens, Black", 59), ("Clamp Work Light, 20W, Swivel Head", 34)),
    "standlight": items(f"{LI} > Work Lights", ("Brightcraft Tripod Stand Light, Twin Head, 10000 Lumens", 119),
                        ("LED Stand Light, Telescoping Tripod, 6000 Lumens", 89),
                        ("Portable Stand Light, Rechargeable, 4000 Lumens", 79)),
    "lightstand": items(f"{LI} > Light Stands", ("Tripod Light Stand for Work Lights, 6.5 ft", 39),
                        ("Brightcraft Light Stand, Telescoping, Dual Bracket", 49),
                        ("Heavy-Duty Light Stand, 8 ft, Steel", 59)),
    "stand": items(f"{GS} > Shop Stands", ("Roller Stand, Adjustable Height, Ball Bearing", 45),
                   ("Bench Grinder Pedestal Stand, Steel", 69)),
    "worklight_acc": items(f"{LI} > Work Light Accessories",
                           ("Replacement Battery for Brightcraft Work Lights, 4Ah", 29),
                           ("Work Light Replacement Lens Cover, 2 Pack", 9),
                           ("Magnetic Mount for Work Lights, Swivel", 12)),
    "reel": items("Electrical > Extension Reels", ("Powerline Extension Reel, 25m, 4 Outlets, Thermal Cut-Out", 49),
                  ("Retractable Extension Reel, Wall Mount, 15m", 89),
                  ("Heavy-Duty Extension Reel, 50m, 3 Outlets", 69)),
    "pegboard": items(f"{GS} > Pegboards", ("Steel Pegboard Panel, 24 x 48 in, Black", 39),
                      ("Pegboard Panels, Wall Organizer Kit, 3 Pack, White", 29),
                      ("Hardboard Pegboard, 2 x 4 ft, Brown", 15)),
    "pegboardhook": items(f"{GS} > Pegboards > Pegboard Hooks", ("Pegboard Hooks Assortment, 50 Piece, Locking", 12),
                          ("Steel Pegboard Hooks, 4 in, 20 Pack", 9), ("Double Prong Hooks for Pegboard, 10 Pack", 7)),
}

WD, HA, TX = "Wall Decor", "Home Accents", "Home Textiles"

DECOR = {
    "mirror": items(f"{WD} > Mirrors", ("Oakhaven Round Wall Mirror, 24 in, Gold Frame", 79),
                    ("Rectangular Wall Mirror, Beveled, 30 x 40 in, Black", 99),
                    ("Arched Wall Mirror, Full Length, White", 129), ("Sunburst Wall Mirror, Rattan, 20 in", 59)),
    "mirrorhook": items(f"{WD} > Mirrors > Mirror Hardware", ("Mirror Hooks for Wall Mirrors, Heavy Duty, 4 Pack", 8),
                        ("Hanging Kit for Wall Mirrors, D-Rings and Hooks, 100 lb", 12),
                        ("Wall Mirror Replacement Hanging Wire, 2 Pack", 6)),
    "pillow": items(f"{TX} > Throw Pillows", ("Linenry Throw Pillow, Velvet, 18 x 18 in, Sage", 24),
                    ("Boho Throw Pillows, Set of 2, Tassels, Cream", 34),
                    ("Outdoor Throw Pillow, Water-Resistant, 20 in, Navy", 29)),
    "insert": items(f"{TX} > Throw Pillows > Pillow Inserts",
                    ("Pillow Inserts, 18 x 18 in, Set of 4, Down Alternative", 29),
                    ("Linenry Feather Pillow Insert, 20 x 20 in", 19),
                    ("Lumbar Pillow Insert, 12 x 20 in, 2 Pack", 18)),
    "vase": items(f"{HA} > Vases", ("Stoneware Vase, Matte White, 10 in", 24),
                  ("Ceramic Bud Vases, Set of 3, White", 18),
                  ("Glass Cylinder Vase, 12 in, Clear", 15), ("Ribbed Ceramic Vase, Large, White", 35),
                  ("Terracotta Vase, Rustic, Blue Glaze", 12)),
    "vasefiller": items(f"{HA} > Vases > Vase Fillers", ("Vase Fillers, White Pebbles, 2 lb", 8),
                        ("Decorative Vase Filler Beads, White, 1 lb", 6), ("Floating Pearls Vase Filler, 150 Pack", 9)),
    "candle": items(f"{HA} > Candles", ("Emberly Pillar Candles, Unscented, 3 x 6 in, Set of 3, Ivory", 19),
                    ("Taper Candles, 10 in, 12 Pack, White", 14), ("Tealight Candles, 50 Pack, 4 Hour", 9)),
    "jarcandle": items(f"{HA} > Candles", ("Emberly Jar Candle, Vanilla Bean, 3-Wick, 16 oz", 29),
                       ("Scented Jar Candle, Cedar & Sage, Amber Glass, 14 oz", 24),
                       ("Soy Jar Candle, Lavender, 8 oz", 16)),
    "candlejar": items("Crafts > Candle Making > Candle Jars",
                       ("Candle Jars with Lids, Empty, 8 oz, 12 Pack, Amber", 29),
                       ("Glass Candle Jars, Bulk, 10 oz, Clear, 6 Pack", 19),
                       ("Ceramic Candle Jar with Wooden Lid, Empty, 12 oz", 12)),
    "jar": items(f"{HA} > Decorative Jars", ("Apothecary Jars with Lids, Glass, Set of 3", 34),
                 ("Ceramic Ginger Jar, Blue & White, 12 in", 45)),
    "candleholder": items(f"{HA} > Candles > Candle Holders", ("Brass Taper Candle Holders, Set of 2", 19),
                          ("Glass Hurricane Candle Holder for Pillar Candles", 24),
                          ("Tealight Candle Holders, Mercury Glass, 6 Pack", 16)),
    "curtain": items(f"{TX} > Curtains", ("Linenry Blackout Curtains, 52 x 84 in, 2 Panels, Grey", 39),
                     ("Sheer Curtains, Voile, 2 Panels, White", 19),
                     ("Linen Blend Curtains, Rod Pocket, 50 x 96 in, Grey", 49),
                     ("Thermal Insulated Curtains, Grommet, Grey, 2 Panels", 29),
                     ("Velvet Curtains, 52 x 84 in, Emerald", 59)),
    "tieback": items(f"{TX} > Curtains > Curtain Accessories", ("Curtain Tiebacks, Magnetic, 2 Pack, Grey", 9),
                     ("Rope Tiebacks for Curtains, Tassel, Grey, 2 Pack", 12),
                     ("Curtain Tiebacks, Woven Jute, 4 Pack", 11)),
    "noise": each(("Oakhaven Picture Frame, 8x10, Black, Wood", f"{WD} > Picture Frames", 14),
                  ("Picture Frame Hangers, Sawtooth, 50 Pack", f"{WD} > Picture Frames > Hanging Hardware", 6)),
}

BU, DA = "文具", "Desk Accessories"
PENS = f"{BU} > 筆記具"

STATIONERY = {
    "note": items(f"{BU} > ノート", ("ノート A5 方眼 5mm 80枚 5冊パック", 680), ("ハナダ ノート B5 ドット罫 30枚 10冊", 980),
                  ("リングノート A5 無地 100枚 クラフト表紙", 480),
                  ("Hardcover Notebook, A5, Dot Grid, 192 Pages, Black", 1980)),
    "notecover": items(f"{BU} > ノート > ノートカバー", ("ノートカバー A5 本革 ブラウン", 3980), ("ノートカバー B5 透明 PVC 2枚入", 380),
                       ("Notebook Cover, A5, Canvas, Navy", 1680)),
    "pen": items(f"{PENS} > ボールペン", ("ジェットライン ボールペン 0.5mm 黒", 150), ("ボールペン 油性 0.7mm 黒 10本セット", 550),
                 ("ゲルインク ボールペン ノック式 0.38mm 黒", 120), ("多機能ボールペン 4色+シャープ ネイビー軸", 1100),
                 ("ボールペン 0.5mm 赤", 100), ("Metal Ballpoint Pen, Brass, Black Ink", 2200)),
    "refill": items(f"{PENS} > 替芯", ("ボールペン用 替芯 0.5mm 黒", 66), ("替芯 ゲルインク ボールペン専用 0.38mm 黒 2本", 110),
                    ("多色ボールペン対応 替え芯 4C 0.7mm 黒", 88), ("Ballpoint Pen Refills for Metal Pens, Black, 2 Pack", 880)),
    "sticky": items(f"{BU} > 付箋", ("付箋 75×75mm 100枚×5冊 パステル", 480), ("ふせん 透明 フィルム 見出し 4色", 330),
                    ("強粘着 付箋 50×15mm 10パッド", 380), ("付箋 メモ 罫線入り 75×50mm 90枚", 280)),
    "file": items(f"{BU} > ファイル", ("クリアファイル A4 20枚 透明", 330), ("フラットファイル A4 タテ 10冊 青", 780),
                  ("2穴 ファイル A4 背幅30mm 青", 420)),
    "boxfile": items(f"{BU} > ファイル", ("ボックスファイル A4 タテ 5冊 青", 1580), ("ボックスファイル A4 ヨコ 背幅100mm 黒", 420),
                     ("ボックスファイル 紙製 A4 10冊 グレー", 2480)),
    "filebox": items(f"{DA} > File Boxes", ("ファイルボックス A4 5個組 ホワイト", 1980), ("ファイルボックス スチール 書類収納 ブラック", 1480),
                     ("File Box, A4, Plastic, Set of 3, White", 1280)),
    "box": items(f"{DA} > Storage", ("小物ボックス 引き出し 卓上 3段 白", 1280), ("収納ボックス 卓上 木製 ナチュラル", 980)),
    "desklight": items(f"{DA} > Desk Lamps", ("卓上ライト LED 調光 調色 USB 白", 2980), ("卓上ライト クランプ式 アーム 黒", 3480),
                       ("デスクライト LED 折りたたみ 充電式 ブラック", 2480),
                       ("LED Desk Lamp, Dimmable, USB Charging Port, White", 3980)),
    "desklight_acc": items(f"{DA} > Desk Lamps > 交換パーツ", ("卓上ライト用 クランプ 交換用 黒", 880),
                           ("卓上ライト専用 交換 LED電球 E17", 780), ("Replacement Clamp for Desk Lamps, Black", 680)),
    "deskmat": items(f"{DA} > Desk Mats", ("デスクマット 90×45cm PUレザー 黒", 1980), ("デスクマット 透明 非光沢 A3", 1280),
                     ("デスクマット フェルト 80×30cm グレー", 1580)),
    "penstand": items(f"{DA} > Pen Stands", ("ペン立て 木製 4分割 ナチュラル", 1280), ("ペン立て 回転式 大容量 黒", 980),
                      ("Pen Stand, Walnut, 3 Compartments", 2480), ("Pencil Holder, Mesh Metal, Black", 680)),
    "clip": items("Office Supplies > Clips", ("ダブルクリップ 中 10個入 黒", 220), ("ゼムクリップ 大 100本", 150),
                  ("Binder Clips, Assorted Sizes, 48 Pack, Black", 880)),
}

BB, BE = "ベビー用品", "Baby"

BABY = {
    "stroller": items(f"{BB} > ベビーカー", ("ベビーカー A型 両対面 新生児 軽量 黒", 29800), ("ベビーカー B型 コンパクト 自立 黒", 16800),
                      ("ベビーカー 3輪 オールテレーン 黒", 39800), ("ベビーカー B型 軽量 ベージュ", 12800),
                      ("Lightweight Travel Stroller, One-Hand Fold, Black", 19800)),
    "raincover": items(f"{BB} > ベビーカー > ベビーカー小物", ("ベビーカー用 レインカバー 撥水 黒", 1980),
                       ("レインカバー ベビーカー用 A型B型対応 フルカバー", 2480), ("ベビーカー専用 レインカバー 通気窓付き", 2980)),
    "stroller_acc": items(f"{BB} > ベビーカー > ベビーカー小物", ("ベビーカー専用 フック 2個 黒", 780),
                          ("ベビーカー対応 フットマフ 防寒 黒", 2980), ("ドリンクホルダー ベビーカー用 黒", 980)),
    "carseat": items(f"{BB} > チャイルドシート", ("チャイルドシート 新生児 ISOFIX 360度回転 グレー", 39800),
                     ("チャイルドシート 1歳から ジュニアシート兼用 黒", 14800),
                     ("Convertible Car Seat, Rear and Forward Facing, Grey", 29800)),
    "carrier": items(f"{BB} > 抱っこ紐", ("抱っこ紐 新生児 4way メッシュ グレー", 5980), ("抱っこ紐 腰ベルト付き ヒップシート グレー", 4980),
                     ("抱っこ紐 コンパクト 収納 ネイビー", 2980), ("Baby Carrier, Ergonomic, All Positions, Grey", 6980),
                     ("スリング 抱っこ紐 新生児 ベージュ", 3980)),
    "carrier_acc": items(f"{BB} > 抱っこ紐 > 抱っこ紐カバー", ("抱っこ紐用 よだれカバー グレー 2枚", 980),
                         ("抱っこ紐専用 収納カバー グレー", 1480), ("抱っこ紐対応 防寒ケープ グレー", 2480)),
    "bottle": items(f"{BB} > 授乳 > 哺乳瓶", ("哺乳瓶 ガラス 240ml 新生児", 1980), ("哺乳瓶 プラスチック 160ml 2本セット", 1680),
                    ("Anti-Colic Baby Bottles, 260ml, 3 Pack", 2980), ("哺乳瓶 広口 耐熱 ガラス 200ml", 2480)),
    "nipple": items(f"{BB} > 授乳 > 乳首・パーツ", ("哺乳瓶用 乳首 Mサイズ 2個", 880), ("乳首 哺乳瓶専用 新生児 SS 2個入", 780),
                    ("広口 哺乳瓶対応 乳首 Lサイズ", 980)),
    "bottle_acc": items(f"{BB} > 授乳 > 乳首・パーツ", ("哺乳瓶用 ブラシ スポンジ", 580), ("電子レンジ 消毒ケース 哺乳瓶用", 1980)),
    "diaper": items(f"{BE} > Diapering", ("おむつ テープ 新生児 90枚", 1580), ("おむつ パンツ Mサイズ 58枚×3", 4280),
                    ("Diapers, Size 3, 120 Count", 3280)),
    "wipes": items(f"{BE} > Diapering", ("おしりふき 純水99% 80枚×12個", 1280), ("おしりふき 厚手 60枚×8個 水分たっぷり", 1080),
                   ("Baby Wipes, Unscented, 72 Count, 6 Packs", 1980), ("おしりふき 手口ふき 流せる 70枚×4", 698)),
    "monitor": items(f"{BE} > Monitors", ("ベビーモニター カメラ付き 5インチ 暗視", 9800),
                     ("Baby Monitor with Camera and Audio, 5 Inch, Night Vision", 12800),
                     ("Video Baby Monitor, Split Screen, 2 Cameras", 18800),
                     ("ベビーモニター Wi-Fi スマホ対応 見守りカメラ", 4980)),
    "noise": each(("おむつ用 ゴミ箱 防臭 20L", f"{BB} > おむつ用品", 4980),
                  ("おしりふき用 ふた 2個 くり返し使える", f"{BB} > おむつ用品", 398)),
}

SHOPS = {"garage": GARAGE, "decor": DECOR, "stationery": STATIONERY, "baby": BABY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("garage", "light stand", "lightstand", ["stand"], ["standlight"]),
    two_types("garage", "stand light", "standlight", ["worklight"], ["lightstand"]),
    two_types("decor", "jar candle", "jarcandle", ["candle"], ["candlejar"]),
    two_types("decor", "candle jar", "candlejar", ["jar"], ["jarcandle"]),
    two_types("stationery", "ファイルボックス", "filebox", ["box"], ["boxfile"]),
    two_types("stationery", "ボックス ファイル", "boxfile", ["file"], ["filebox"]),
    # --- 2. a leading product word that modifies the head
    qualifies("garage", "socket organizer", ["socketorg"], ["socketset"]),
    qualifies("garage", "wrench rack", ["wrenchrack"], ["wrenchset"]),
    qualifies("decor", "pillow inserts", ["insert"], ["pillow"]),
    qualifies("decor", "vase filler", ["vasefiller"], ["vase"]),
    qualifies("stationery", "ノート カバー", ["notecover"], ["note"]),
    qualifies("stationery", "ボールペン 替芯", ["refill"], ["pen"]),
    qualifies("baby", "ベビーカー レインカバー", ["raincover"], ["stroller"]),
    qualifies("baby", "哺乳瓶 乳首", ["nipple"], ["bottle"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("garage", "tool chest", ["toolchest"], ["toolchest_acc"]),
    accessories("garage", "work lights", ["worklight"], ["worklight_acc", "lightstand"]),
    accessories("garage", "pegboard", ["pegboard"], ["pegboardhook"]),
    accessories("decor", "wall mirror", ["mirror"], ["mirrorhook"]),
    accessories("decor", "curtains", ["curtain"], ["tieback"]),
    accessories("stationery", "ボールペン", ["pen"], ["refill"]),
    accessories("stationery", "卓上ライト", ["desklight"], ["desklight_acc"]),
    accessories("baby", "ベビーカー", ["stroller"], ["raincover", "stroller_acc"]),
    accessories("baby", "哺乳瓶", ["bottle"], ["nipple", "bottle_acc"]),
    # red tool boxes: steel 39, plastic 24, cantilever 54 (black ones 19 and 69; red latches 8, red tray 12;
    # red tool chests 199-449)
    price("garage", "cheap red tool box", "toolbox-1", ["toolbox_acc"]),
    # white vases: stoneware 24, bud vases 18, ribbed 35 (a blue one 12, a clear one 15; white fillers 6-8)
    price("decor", "cheap white vase", "vase-1", ["vasefiller"]),
    # grey curtains: blackout 39, linen 49, thermal 29 (a white sheer pair 19; grey tiebacks 9 and 12)
    price("decor", "budget grey curtains", "curtain-3", ["tieback"]),
    # black pens: ジェットライン 150, 10本セット 550, ゲルインク 120, English 2200 (a red one 100; black refills 66-880)
    price("stationery", "安い 黒 ボールペン", "pen-2", ["refill"]),
    # black strollers: A型 29800, B型 16800, 3輪 39800, English 19800 (a beige one 12800; black rain cover 1980,
    # hook 780, foot muff 2980, drink holder 980)
    price("baby", "お手頃 黒 ベビーカー", "stroller-1", ["raincover", "stroller_acc"]),
    # grey carriers: 4way 5980, hip seat 4980, English 6980 (a navy one 2980, a beige sling 3980; grey covers
    # 980-2480)
    price("baby", "格安 グレー 抱っこ紐", "carrier-1", ["carrier_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords, plain words); English
    # queries over Japanese titles with few or no English ones
    mixed("stationery", "デスクライト", "desklight"),
    mixed("stationery", "ペンスタンド", "penstand"),
    mixed("stationery", "クリップ", "clip"),
    mixed("stationery", "sticky notes", "sticky"),
    mixed("baby", "ベビーモニター", "monitor"),
    mixed("baby", "おしりふき", "wipes"),
    mixed("baby", "おむつ", "diaper"),
    mixed("baby", "チャイルドシート", "carseat"),
    mixed("baby", "stroller", "stroller"),
]

LIMITS: dict = {
    **{("blind41", "mixed:baby:おむつ", s): "the two おむつ titles, then おしりふき wipes; the English 'Diapers' "
       "title outside the top five"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind41(q: Q, setup: str, known_limit):
    known_limit("blind41")
    check(q, setup, ENGINES)


def test_blind41_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "white": "White", "grey": "Grey", "黒": "Black", "グレー": "Grey"})
