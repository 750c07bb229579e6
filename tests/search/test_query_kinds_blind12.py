"""A twelfth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: office supplies and
printing (English), hair care and grooming (English), Japanese sewing and crafts 手芸・裁縫 and
Japanese fishing tackle 釣具, the Japanese shops with English-titled imports whose Japanese names
are katakana loanwords, and part of the sewing and fishing shops under an English category tree
with Japanese titles. Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in a shop where some items have English titles, or sit under an
   English category tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twelfth suite), as a measurement only (nothing changed for it):
66 of 94 cases pass, 26 of 36 queries in every setup (27 of 36 lexical, 26 of 36 with the fake
encoder, 13 of the 22 Japanese queries with the English-only encoder). Per kind, cases and queries:
two_types 16/20 and 6/8, qualifies 17/20 and 7/8, accessories 11/20 and 5/8, price 7/10 and 3/4,
mixed 15/24 and 5/8; English queries 27 of 28 cases, Japanese 39 of 66. The 28 failing cases
are strict xfails (`LIMITS`, through `conftest.known_limit`). The engine had read "ミシン用 押さえ"
as a sewing machine: this shop sells its X用 accessories under X's own tree, so it taught the
purpose word 対応 alone, which then replaced the grammar's 用, 専用, 向け. A catalogue now adds to
the Japanese purpose words and never takes one away: ミシン, 裁ちばさみ and ロータリーカッター pass,
75 of 94, 29 of 36; a leaf named for upkeep or parts under the type's level ("リール > メンテナンス")
holds no reels: リール passes, 78 of 94, 30 of 36; a cheap query's price tier orders the items of
the type with the wanted attributes by price whatever their language (the English "Igloo Marine
Cooler, White" is the cheapest white cooler): 81 of 94, 31 of 36.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

P, O, E = "Printers & Ink", "Office Supplies", "Office Electronics"

OFFICE = {
    "labelprinter": items(f"{E} > Label Printers",
                          ("Brother P-touch PT-D210 Label Printer, 12mm TZe Tape, QWERTY Keyboard", 34.99),
                          ("DYMO LabelWriter 550 Label Printer, Direct Thermal, USB", 119.99),
                          ("Zebra ZD421d Thermal Label Printer, 4 inch, USB and Bluetooth", 389.00)),
    "printerlabel": items(f"{O} > Labels > Printer Labels",
                          ("Avery Printer Labels, A4, 21 per Sheet, 100 Sheets, Laser and Inkjet", 18.99),
                          ("Printer Labels, Matt White, 99.1x38.1mm, 14 per Sheet, 50 Sheets", 9.49),
                          ("Clear Printer Labels, Laser Only, 65 per Sheet, 25 Sheets", 12.99)),
    "label": items(f"{O} > Labels", ("Avery Removable Round Labels, 19mm, Assorted Colours, 1000 Pack", 6.49),
                   ("Freezer Labels, Self Adhesive, 500 Pack", 5.99),
                   ("Kraft Gift Labels with String, 100 Pack", 4.99)),
    "printer": items(f"{P} > Printers", ("HP DeskJet 2810e All-in-One Inkjet Printer, Wi-Fi, White", 59.99),
                     ("Canon PIXMA TS5150 All-in-One Inkjet Printer, Wi-Fi, Black", 79.99),
                     ("Epson EcoTank ET-2850 Ink Tank Printer, Duplex, Black", 229.99),
                     ("Brother HL-L2350DW Mono Laser Printer, Duplex, Wi-Fi, Grey", 139.99),
                     ("Kyocera ECOSYS P2040dn Laser Printer, Black", 199.00)),
    "printer_acc": items(f"{P} > Printer Accessories", ("Printer Stand, 2 Tier, Black", 39.99),
                         ("USB Printer Cable, 3m, A to B, Black", 6.99),
                         ("Replacement Printhead for Epson EcoTank Printer, Black", 24.99)),
    "inkcartridge": items(f"{P} > Ink Cartridges", ("HP 305 Black Ink Cartridge for DeskJet 2710 Printer", 12.99),
                          ("Canon PG-545 Black Ink Cartridge, 8ml", 15.99),
                          ("Epson 502 Multipack Ink Cartridges, 4 Colours", 39.99),
                          ("Compatible Ink Cartridge for Brother LC3211, Black, 2 Pack", 9.99)),
    "ink": items(f"{P} > Ink Bottles", ("Epson 104 EcoTank Ink Bottle, Black, 65ml", 9.99),
                 ("Canon GI-51 Ink Bottle, Cyan, 70ml", 8.99), ("Universal Refill Ink, 4 x 100ml, Dye Based", 14.99)),
    "toner": items(f"{P} > Toner", ("Brother TN-2420 Black Toner Cartridge, 3000 Pages", 59.99),
                   ("HP 59A Black Original LaserJet Toner Cartridge", 89.99)),
    "paper": items(f"{O} > Paper > Printer Paper", ("HP Printer Paper, A4, 80gsm, 500 Sheets", 5.99),
                   ("Navigator Universal Copy Paper, A4, 80gsm, 5 Reams", 27.99),
                   ("Glossy Photo Paper, A4, 180gsm, 100 Sheets", 11.99)),
    "papertray": items(f"{O} > Desk Organisers > Letter Trays", ("Paper Tray, A4, Stackable, Black Mesh", 8.99),
                       ("Deflecto Paper Tray, 3 Tier, Clear", 19.99), ("Bamboo Paper Tray with Drawer, A4", 24.99)),
    "shredder": items(f"{E} > Shredders", ("Fellowes Powershred 8Cd Cross Cut Shredder, 8 Sheets, 14L", 79.99),
                      ("Rexel Momentum X406 Paper Shredder, P4, 6 Sheets", 99.99),
                      ("Micro Cut Paper Shredder, 12 Sheets, 22L, Black", 119.99)),
    "shredder_acc": items(f"{E} > Shredder Accessories", ("Shredder Oil Sheets for Cross Cut Shredders, 12 Pack", 9.99),
                          ("Replacement Waste Bags for Fellowes 14L Shredder, 50 Pack", 12.99),
                          ("Shredder Replacement Bags, 30L, 100 Pack", 15.99)),
    "stapler": items(f"{O} > Staplers", ("Rapid Heavy Duty Stapler, 60 Sheets, Metal", 29.99),
                     ("Swingline Desktop Stapler, 20 Sheets, Black", 9.99),
                     ("Novus B8 Electric Stapler, 30 Sheets", 89.99),
                     ("Rexel Long Reach Stapler, 300mm", 24.99)),
    "stapler_acc": items(f"{O} > Staplers > Staples", ("Staples 26/6 for Desktop Stapler, 5000 Pack", 2.99),
                         ("Replacement Staple Cartridge for Novus Electric Stapler, 5000", 14.99),
                         ("Stapler Replacement Spring, 2 Pack", 3.49)),
    "misc": each(("DYMO LetraTag 200B Label Maker, Bluetooth", f"{E} > Label Makers", 29.99),
                 ("Laminator, A4, 2 Rollers, Hot and Cold", f"{E} > Laminators", 34.99),
                 ("Staple Remover, Claw Type, Black", f"{O} > Staplers", 2.49),
                 ("Desk Organiser, Mesh, 6 Compartments, Black", f"{O} > Desk Organisers", 14.99)),
}

HS, SG = "Beauty > Hair Styling", "Beauty > Shaving & Grooming"

HAIR = {
    "headshaver": items(f"{SG} > Electric Shavers", ("Pitbull Gold PRO Head Shaver, Rotary, Cordless", 79.99),
                        ("Remington Balder Head Shaver, Wet and Dry", 49.99),
                        ("Freebird FlexSeries Head Shaver, 5 Blades, USB-C", 59.99)),
    "shaver": items(f"{SG} > Electric Shavers",
                    ("Philips Series 5000 Electric Shaver, Wet and Dry, Pop-up Trimmer", 99.99),
                    ("Braun Series 7 Electric Shaver with Cleaning Station", 179.99),
                    ("Panasonic Arc5 Electric Shaver, 5 Blade, Black", 149.99),
                    ("Remington Foil Shaver, Cordless, Black", 39.99)),
    "shaverhead": items(f"{SG} > Shaver Parts", ("Philips SH50 Shaver Heads, 3 Pack, for Series 5000", 34.99),
                        ("Braun 70S Shaver Head, Foil and Cutter Cassette", 42.99),
                        ("Panasonic WES9036 Shaver Head, Outer Foil", 29.99)),
    "head": items(f"{SG} > Trimmer Parts", ("Braun Series 3 Replacement Trimmer Head, Precision", 14.99),
                  ("Philips OneBlade Replacement Blade Head, 2 Pack", 24.99),
                  ("Wahl Detailer Replacement Head, T-Blade", 19.99)),
    "dryer": items(f"{HS} > Hair Dryers", ("Dyson Supersonic Hair Dryer, Nickel and Copper", 399.00),
                   ("Remington Ionic Hair Dryer, 2200W, Black", 34.99),
                   ("Philips 3000 Series Hair Dryer, 1600W, Black", 21.99),
                   ("BaByliss Travel Hair Dryer, 1200W, Foldable, Pink", 14.99),
                   ("ghd Helios Professional Hair Dryer, Black", 179.00)),
    "dryer_acc": items(f"{HS} > Hair Dryer Accessories",
                       ("Universal Diffuser for Hair Dryer, Collapsible, Black", 11.99),
                       ("Concentrator Nozzle for Dyson Supersonic Hair Dryer, Black", 17.99),
                       ("Hair Dryer Replacement Filter, 2 Pack", 8.99)),
    "dryerholder": items(f"{HS} > Hair Dryer Accessories", ("Hair Dryer Holder, Wall Mounted, Stainless Steel", 12.99),
                         ("Dryer Holder for Bathroom, Adhesive, Black", 9.99),
                         ("Hair Dryer Holder and Straightener Organiser, Countertop", 19.99)),
    "straightener": items(f"{HS} > Straighteners", ("ghd Platinum+ Hair Straightener, Black", 229.00),
                          ("Remington Ceramic Straightener, 230C, Slim Plates", 29.99),
                          ("BaByliss Steam Straightener, 235C", 79.99)),
    "curler": items(f"{HS} > Curling Irons", ("BaByliss Curling Iron, 25mm, Ceramic", 34.99),
                    ("Remington Curling Wand, 13-25mm Tapered", 27.99),
                    ("Conair Double Ceramic Curling Iron, 32mm", 24.99)),
    "clipper": items(f"{SG} > Hair Clippers", ("Wahl Color Pro Cordless Hair Clipper, 10 Guide Combs", 39.99),
                     ("Andis Master Hair Clipper, Corded, Adjustable Blade", 119.99),
                     ("Remington HC5000 Hair Clipper, Cordless", 44.99),
                     ("Philips Series 3000 Hair Clipper, 13 Lengths", 34.99)),
    "clippercomb": items(f"{SG} > Clipper Accessories", ("Clipper Guide Comb Set, 8 Pieces, 3-25mm", 9.99),
                         ("Wahl Clipper Comb Attachments, Stainless Steel, 8 Pack", 14.99),
                         ("Magnetic Clipper Combs for Andis Master, 6 Pack", 12.99)),
    "clipper_acc": items(f"{SG} > Clipper Accessories", ("Replacement Blade for Wahl Hair Clipper, Standard", 19.99),
                         ("Clipper Oil for Hair Clipper Blades, 120ml", 5.99),
                         ("Hair Clipper Replacement Charging Cable, USB", 7.99)),
    "comb": items(f"{HS} > Brushes & Combs", ("Kent Handmade Comb, Fine and Wide Tooth", 9.99),
                  ("Carbon Fibre Styling Comb Set, 10 Pieces", 6.99)),
    "brush": items(f"{HS} > Brushes & Combs", ("Tangle Teezer Detangling Hair Brush, Black", 12.99),
                   ("Mason Pearson Boar Bristle Hair Brush", 159.00), ("Paddle Hair Brush, Bamboo", 8.99)),
    "trimmer": items(f"{SG} > Beard Trimmers", ("Philips Series 7000 Beard Trimmer, 0.5-20mm", 59.99),
                     ("Braun Series 3 Beard Trimmer, 20 Length Settings", 34.99)),
}

H = "手芸・裁縫"
MISHIN, SCISSORS = f"{H} > ミシン", f"{H} > はさみ"

SEWING = {
    "covermachine": items(f"{MISHIN} > カバーミシン", ("ジューキ カバーミシン 3本針 白", 89800),
                          ("ベビーロック カバーミシン 差動送り付き 白", 128000),
                          ("ブラザー カバーミシン 2340CV 3本針4本糸", 69800)),
    "machine": items(f"{MISHIN} > 家庭用ミシン", ("ブラザー コンピューターミシン 自動糸調子 白", 29800),
                     ("ジャノメ 電動ミシン コンパクト 白", 12800), ("シンガー 電子ミシン フットコントローラー付 白", 19800),
                     ("子供用 ミニミシン 電池式 ピンク", 4980), ("Singer Heavy Duty 4423 Sewing Machine, White", 24800)),
    "mishincover": items(f"{MISHIN} > ミシン用品", ("ミシンカバー キルティング 白 家庭用", 1980),
                         ("ミシンカバー 防塵 撥水 ナイロン グレー", 1480), ("ミシン カバー 花柄 コットン 手作り", 2280)),
    "cover": items(f"{H} > アイロン用品", ("アイロン台カバー 120×40cm 耐熱 シルバー", 1280),
                   ("アイロン台 カバー 交換用 綿 ストライプ", 980)),
    "machine_acc": items(f"{MISHIN} > ミシン用品", ("ミシン用 押さえ 7種セット 家庭用", 1980),
                         ("ミシン専用 針 #11 #14 10本", 580), ("ミシン対応 フットコントローラー 白", 2480),
                         ("ボタンホール押さえ ミシン用", 1180)),
    "bobbin": items(f"{MISHIN} > ボビン", ("ボビン 家庭用ミシン用 プラスチック 10個", 480),
                    ("金属ボビン 職業用ミシン対応 5個", 680)),
    "bobbincase": items(f"{MISHIN} > ボビン", ("ボビンケース 水平釜用 家庭用ミシン", 1480),
                        ("ボビンケース 収納 25個入り クリア", 580), ("ボビン ケース 垂直釜 職業用", 1680)),
    "thread": items(f"{H} > 糸 > ミシン糸", ("ミシン糸 ポリエステル 60番 500m 白", 380))
    + items(f"{H} > 糸 > 手縫い糸", ("手縫い糸 綿 40番 10色", 780)),
    "buttonthread": items(f"{H} > 糸 > ボタン付け糸", ("ボタン付け糸 太口 #20 黒 30m", 280),
                          ("ボタン糸 ポリエステル 10色セット", 680), ("ボタンつけ糸 綿 30番 白 3個", 450)),
    "button": items("Sewing > Notions > Buttons", ("くるみボタン 24mm 10個 アルミ", 580),
                    ("ボタン 貝 11.5mm 20個 白蝶貝", 1480), ("ウッド ボタン 15mm 2つ穴 30個", 480),
                    ("Assorted Resin Buttons, 100 Pieces, Mixed Colours", 680)),
    "fabric": items("Sewing > Fabric > Cotton", ("綿 ブロード 生地 110cm幅 1m 白", 680),
                    ("ダブルガーゼ 生地 無地 1m ピンク", 880), ("カットクロス 布 はぎれ 綿 10枚セット", 980)),
    "glue": items(f"{H} > 接着・補修", ("布用 ボンド 速乾 50ml", 580)),
    "scissors": items(f"{SCISSORS} > 裁ちばさみ", ("裁ちばさみ 24cm 布用 ステンレス", 2480),
                      ("庄三郎 裁ちばさみ 26cm 本職用", 8800), ("裁ちばさみ 左手用 22cm", 2980),
                      ("Fiskars Fabric Shears, 25cm", 3280)),
    "scissors_acc": items(f"{SCISSORS} > はさみ用品", ("裁ちばさみ用 キャップ 刃先カバー 2個", 380),
                          ("裁ちばさみ専用 シャープナー 研ぎ器", 1480), ("裁ちばさみ対応 砥石 #1000", 1280)),
    "pincushion": items(f"{H} > ソーイング小物 > 針山", ("針山 ピンクッション ちりめん 和柄", 880),
                        ("Tomato Pin Cushion with Strawberry Emery, Red", 780),
                        ("Magnetic Pin Cushion, Round, Stainless Steel", 1180)),
    "pins": items(f"{H} > ソーイング小物 > 針", ("Glass Head Sewing Pins, 250 Pack", 680)),
    "rotary": items(f"{SCISSORS} > カッター", ("Olfa Rotary Cutter, 45mm, Ergonomic Handle", 1980),
                    ("Fiskars Rotary Cutter, 60mm", 2680), ("ロータリーカッター 28mm 替刃2枚付き", 1280)),
    "cutter_acc": items(f"{SCISSORS} > カッター", ("ロータリーカッター用 替刃 45mm 5枚", 980)),
}

F = "釣具"
ROD, LIGHT, REEL, COOLER = f"{F} > ロッド", f"{F} > ライト", f"{F} > リール", f"{F} > クーラーボックス"

FISHING = {
    "lightrod": items(f"{ROD} > ライトゲームロッド", ("ライトロッド アジング メバリング 6.8ft UL 2ピース", 8980),
                      ("ダイワ ライトロッド ライトゲーム 7.4ft 穂先ソリッド", 18800),
                      ("ライトロッド 船 ライトゲーム 1.8m 30号", 12800)),
    "rod": items(f"{ROD} > 釣り竿", ("シマノ シーバス ロッド 9.6ft ML", 15800), ("磯竿 1.5号 5.3m 振出", 9800),
                 ("ダイワ エギングロッド 8.3ft M", 13800), ("Ugly Stik GX2 Spinning Rod, 7ft, Medium", 9480)),
    "rodlight": items(f"{LIGHT} > 竿先ライト", ("ロッドライト 竿先 LED 夜釣り 2個", 980),
                      ("ロッドライト 穂先 クリップ式 グリーン", 680), ("LED ロッドライト 電池式 防水", 1280)),
    "light": items(f"{LIGHT} > ヘッドライト", ("ヘッドライト LED 充電式 釣り 防水 500ルーメン", 2480),
                   ("ジェントス ヘッドライト 明るさ調整 赤色灯", 3280)),
    "reel": items(f"{REEL} > スピニングリール", ("シマノ スピニングリール 2500S 黒", 12800),
                  ("ダイワ スピニング リール 3000 ギア比5.2 赤", 8980), ("スピニングリール 2000番 糸付き 黒", 2980),
                  ("Penn Battle III Spinning Reel, 4000, Black", 14800)),
    "reel_acc": items(f"{REEL} > リールパーツ", ("リール用 替えスプール 2500番 シマノ互換", 2480),
                      ("リール専用 ケース ネオプレン M", 980), ("リール対応 ラインストッパー シリコン 5個", 480)),
    "reeloil": items(f"{REEL} > メンテナンス", ("リールオイル スプレー 70ml", 980), ("リール オイル 精密 ニードルタイプ", 780),
                     ("ダイワ リールオイル グリス セット", 1580)),
    "lure": items(f"{F} > ルアー > ミノー", ("ミノー ルアー 9cm フローティング イワシ", 1280),
                  ("ルアー セット 30個 スプーン スピナー", 1980))
    + items(f"{F} > ルアー > スピナー", ("Mepps Aglia Spinner Lure, Size 3, Silver", 780),
            ("Rapala Original Floating Minnow Lure, 9cm", 1480)),
    "lurecase": items(f"{F} > タックルボックス > ルアーケース", ("ルアーケース 両面 仕切り 防水 クリア", 980),
                      ("ルアー ケース ミノー用 14枠", 1280), ("明邦 ルアーケース VS-3010", 1480)),
    "line": items(f"{F} > ライン", ("PEライン 1号 150m 4本編み 5色", 1980), ("釣り糸 ナイロン 道糸 3号 100m", 580),
                  ("フロロカーボン ハリス 2.5号 50m", 980),
                  ("Berkley Trilene Monofilament Fishing Line, 10lb, 300yd", 1280)),
    "hook": items("Fishing > Terminal Tackle > Hooks", ("がまかつ チヌ針 2号 徳用 50本", 680),
                  ("伊勢尼 針 10号 真鯛 20本", 480), ("オフセットフック ワーム用 #1 10本", 580),
                  ("Mustad Ultra Point Hooks, Size 4, 25 Pack", 780)),
    "cooler": items(COOLER, ("シマノ クーラーボックス 20L 白 真空パネル", 15800), ("クーラーボックス 35L キャスター付き 白", 8980),
                    ("ダイワ クーラーボックス 12L 白", 11800), ("クーラーボックス 6L 小型 青", 2980),
                    ("Igloo Marine Cooler, 25 Qt, White", 6980)),
    "cooler_acc": items(f"{COOLER} > クーラー用品", ("クーラーボックス用 保冷剤 白 2個", 880),
                        ("クーラーボックス専用 ショルダーベルト 白", 1280), ("仕切り板 クーラーボックス対応 20L", 980)),
    "net": items(f"{F} > タモ網", ("Landing Net, Telescopic Aluminium Handle, 2m", 2980),
                 ("Rubber Mesh Landing Net, Foldable, 60cm", 3480), ("玉網 ランディングネット 折りたたみ 5m", 4980)),
    "misc": each(("ラインカッター ピンオンリール付き", f"{F} > 釣り小物", 880),
                 ("タモホルダー ランディングネット用 ベルト", f"{F} > 釣り小物", 1480)),
}

SHOPS = {"office": OFFICE, "hair": HAIR, "sewing": SEWING, "fishing": FISHING}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("office", "label printer", "labelprinter", ["printer"], ["printerlabel"]),
    two_types("office", "printer label", "printerlabel", ["label"], ["labelprinter"]),
    two_types("hair", "head shaver", "headshaver", ["shaver"], ["shaverhead"]),
    two_types("hair", "shaver head", "shaverhead", ["head"], ["headshaver"]),
    two_types("sewing", "ミシン カバー", "mishincover", ["cover"], ["covermachine"]),
    two_types("sewing", "カバーミシン", "covermachine", ["machine"], ["mishincover"]),
    two_types("fishing", "ライトロッド", "lightrod", ["rod"], ["rodlight"]),
    two_types("fishing", "ロッド ライト", "rodlight", ["light"], ["lightrod"]),
    # --- 2. a leading product word that modifies the head
    qualifies("office", "paper tray", ["papertray"], ["paper"]),
    qualifies("office", "ink cartridge", ["inkcartridge"], ["ink"]),
    qualifies("hair", "dryer holder", ["dryerholder"], ["dryer"]),
    qualifies("hair", "clipper comb", ["clippercomb"], ["clipper"]),
    qualifies("sewing", "ボビン ケース", ["bobbincase"], ["bobbin"]),
    qualifies("sewing", "ボタン 糸", ["buttonthread"], ["button"]),
    qualifies("fishing", "リール オイル", ["reeloil"], ["reel"]),
    qualifies("fishing", "ルアー ケース", ["lurecase"], ["lure"]),
    # --- 3. accessories ("... for X", "X Replacement ...", X用 Y); price word + colour + type
    accessories("office", "shredder", ["shredder"], ["shredder_acc"]),
    accessories("office", "stapler", ["stapler"], ["stapler_acc"]),
    accessories("hair", "hair dryer", ["dryer"], ["dryer_acc", "dryerholder"]),
    accessories("hair", "hair clipper", ["clipper"], ["clipper_acc", "clippercomb"]),
    accessories("sewing", "ミシン", ["machine", "covermachine"],
                ["machine_acc", "mishincover", "bobbin", "bobbincase", "thread"]),
    accessories("sewing", "裁ちばさみ", ["scissors"], ["scissors_acc"]),
    accessories("fishing", "リール", ["reel"], ["reel_acc", "reeloil"]),
    accessories("fishing", "クーラーボックス", ["cooler"], ["cooler_acc"]),
    # black printers: Canon 79.99, Epson 229.99, Kyocera 199.00 (a white HP 59.99; black printer
    # accessories 6.99-39.99, black ink cartridges 9.99-15.99, a black ink bottle 9.99, toners 59.99-89.99)
    price("office", "cheap black printer", "printer-1", ["printer_acc", "inkcartridge", "ink", "toner"]),
    # black hair dryers: Remington 34.99, Philips 21.99, ghd 179.00 (a pink travel one 14.99; black
    # accessories: diffuser 11.99, nozzle 17.99, holder 9.99)
    price("hair", "cheap black hair dryer", "dryer-2", ["dryer_acc", "dryerholder"]),
    # white sewing machines: ブラザー 29800, ジャノメ 12800, シンガー 19800, English Singer 24800 (a pink
    # children's one 4980; white accessories: ミシンカバー 1980, フットコントローラー 2480, ミシン糸 380)
    price("sewing", "格安 白 ミシン", "machine-1", ["machine_acc", "mishincover", "bobbin", "bobbincase", "thread"]),
    # white cooler boxes: シマノ 15800, 35L 8980, ダイワ 11800, English Igloo 6980 (a blue 6L one 2980;
    # white accessories: 保冷剤 880, ベルト 1280)
    price("fishing", "安い 白 クーラーボックス", "cooler-4", ["cooler_acc"]),
    # --- 4. Japanese queries among English titles (katakana loanwords) and an English category tree
    mixed("sewing", "ピンクッション", "pincushion"),
    mixed("sewing", "ロータリーカッター", "rotary"),
    mixed("sewing", "ボタン", "button"),
    mixed("sewing", "布", "fabric"),
    mixed("fishing", "ルアー", "lure"),
    mixed("fishing", "ランディングネット", "net"),
    mixed("fishing", "釣り糸", "line"),
    mixed("fishing", "釣り針", "hook"),
]

ALL = ("categories-lexical", "categories-dense", "categories-latin-only")
_FAILING = {  # case id -> (setups, what the engine showed)
    "two_types:hair:shaver_head": (("categories-dense",), "the three shaver heads come first, but then "
                                   "plain shavers and the Remington head shaver rank above the Philips OneBlade "
                                   "replacement head"),
    "mixed:sewing:布": (ALL, "the glue '布用 ボンド' comes first, above the fabrics (生地) under the English "
                       "'Sewing > Fabric' tree"),
    # "mixed:fishing:釣り針" (nothing returned) passes since the twelfth session: 釣り針 reads as a 針
}
LIMITS = {("blind12", case, setup): why for case, (setups, why) in _FAILING.items() for setup in setups}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind12(q: Q, setup: str, known_limit):
    known_limit("blind12")
    check(q, setup, ENGINES)


def test_blind12_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "白": "White"})
