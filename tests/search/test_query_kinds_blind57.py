"""A fifty-seventh blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: car care and car
accessories (English: waxes and wax applicators, polishers and their pads, seat covers, floor mats
and mat cleaners, phone mounts, jump starters, tire inflators and their hoses), printers and office
supplies (English: printers and ink, label makers and label tape, printer labels, paper trays, ink
pads, paper shredders and shredder bags), Japanese garden supplies 園芸用品 (植木鉢 and 鉢皿,
苗ポット and ポット苗, プランター, スタンドプランター and プランタースタンド, ホースリール, じょうろ, 剪定ばさみ,
肥料, with English-titled imports and part of the category tree in English) and Japanese bedding
寝具 (枕 and 枕カバー, 布団 and 布団カバー, マットレス, シーツ, 毛布 and ブランケット, アイマスク, with
English-titled imports and part of the category tree in English). Shops of 30-50 items, category
paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ...", "Replacement ... for X" are accessories of X: a search of X ranks every real
   X above every accessory; a price word, a colour and a type put the cheapest real item of that
   colour first, no accessory in the top two;
4. mixed: Japanese queries (katakana loanwords and Japanese names) in shops with titles in both
   languages, and two English queries ("fertilizer", "bed sheets") over Japanese-only titles under
   an English category tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-seventh suite), as a measurement only (nothing changed for it):
89 of 93 cases pass, 35 of 37 queries in every setup (two_types 6/6 queries, 16/16 cases;
qualifies 8/8, 19/19; accessories 9/9, 22/22; price 4/6, 10/14; mixed 8/8, 22/22); the 4 failing
cases (2 queries, each in both its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "budget grey seat covers" puts a grey headrest cover "for Seat Covers"
first, and "cheap white printer" puts a white Dymo label maker ("Portable Label Printer", 39.99)
above the cheapest white printer (the Canon PIXMA, 59.99). The second is the one expectation here
that could be argued (a label printer is a printer of a sort); it is kept as written. Test bugs
fixed before the run: two category paths of four levels (the jump starter and shears accessories)
cut to three.

After (an item of the type by its category alone, titled as the type its own leaf is named for,
is never the cheapest of the type: the label makers under "Labels > Label Makers", a category of
printers too for its one "Thermal Label Printer"): cheap white printer passes. After (of the
wanted type by its title, an item sold in a category named for the type's parts and saying the type
after "for" is made for it: the headrest covers "for Seat Covers" under "Seat Cover Parts"): budget
grey seat covers passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CC, CA = "Car Care", "Car Accessories"
POLISH, EMERG = f"{CC} > Polishing", "Roadside Emergency"

CAR = {
    "wax": items(f"{POLISH} > Waxes", ("Meguiar's Ultimate Liquid Wax, 16oz", 24.99),
                 ("Carnauba Paste Wax with Applicator Pad, 11oz", 19.99),
                 ("Ceramic Spray Wax, Hydrophobic, 24oz", 16.99)),
    "waxapplicator": items(f"{POLISH} > Applicators", ("Foam Wax Applicator Pads, 6 Pack, Yellow", 7.99),
                           ("Microfiber Wax Applicator, Hand Pad, 5 Pack", 9.99),
                           ("Wax Applicator Pad with Grip Handle, 2 Pack", 8.49)),
    "polisher": items(f"{POLISH} > Polishers", ("Dual Action Polisher, 6 inch, Variable Speed, 900W", 119.99),
                      ("Cordless Car Polisher, 2 Batteries, 5 inch", 89.99),
                      ("Rotary Polisher, 7 inch, 1200W, Soft Start", 139.99)),
    "polisher_acc": items(f"{POLISH} > Polisher Accessories", ("Backing Plate for Dual Action Polishers, 5 inch", 14.99),
                          ("Polisher Replacement Carbon Brushes, 2 Pack", 9.99),
                          ("Foam Polishing Pads for DA Polishers, 6 Pack, 6 inch", 21.99)),
    "towel": items(f"{CC} > Towels", ("Microfiber Drying Towel, 60x90cm, Twisted Loop", 14.99),
                   ("Microfiber Towels, 12 Pack, 40x40cm, Blue", 12.99)),
    "seatcover": items(f"{CA} > Seat Covers", ("Leatherette Car Seat Covers, Full Set, Grey", 89.99),
                       ("Neoprene Front Seat Covers, Waterproof, Grey, 2 Pack", 49.99),
                       ("Universal Mesh Seat Covers, Breathable, Black", 32.99),
                       ("Pet Seat Cover for Back Seat, Hammock, Waterproof, Grey", 59.99)),
    "seatcover_acc": items(f"{CA} > Seat Covers > Seat Cover Parts",
                           ("Replacement Hooks and Straps for Seat Covers, Grey, 10 Pack", 8.99),
                           ("Matching Headrest Covers for Seat Covers, Grey, 2 Pack", 14.99)),
    "floormat": items(f"{CA} > Floor Mats", ("All-Weather Floor Mats, Rubber, 4 Piece, Black", 39.99),
                      ("Carpet Floor Mats, Universal, Grey, 4 Piece", 29.99),
                      ("Trunk Cargo Mat, TPE, Waterproof", 34.99)),
    "matcleaner": items(f"{CC} > Interior Cleaning", ("Rubber Floor Mat Cleaner, Non-Slip Finish, 16oz", 11.99),
                        ("Carpet & Mat Cleaner Spray, Stain Remover, 500ml", 9.99),
                        ("Floor Mat Cleaner and Protectant, 24oz", 13.99)),
    "phonemount": items(f"{CA} > Phone Mounts", ("Dashboard Phone Mount, Suction Cup, 360 Rotation, Black", 19.99),
                        ("Vent Phone Mount, Hook Clip, Black", 15.99),
                        ("Magnetic Phone Mount, MagSafe Compatible, Silver", 12.99),
                        ("Wireless Charging Phone Mount, Auto-Clamp, 15W, Black", 39.99)),
    "phonemount_acc": items(f"{CA} > Phone Mounts > Mount Parts",
                            ("Replacement Vent Clips for Phone Mounts, Black, 2 Pack", 6.99),
                            ("Extension Arm for Phone Mounts, 20cm, Black", 9.99)),
    "jumpstarter": items(f"{EMERG} > Jump Starters", ("NOCO Boost GB40 Jump Starter, 1000A, 12V Lithium", 99.95),
                         ("Portable Car Jump Starter, 2000A, Power Bank, LED Light", 69.99),
                         ("Heavy Duty Jump Starter, 3000A, 12V, USB-C", 119.99)),
    "jumpstarter_acc": items(f"{EMERG} > Jump Starters > Jump Starter Accessories",
                             ("Replacement Jumper Clamps for Jump Starters, EC5", 19.99),
                             ("Carrying Case for NOCO GB40 Jump Starter", 15.99),
                             ("Jump Starter Replacement Charger, USB-C, 12V", 12.99)),
    "inflator": items(f"{EMERG} > Tire Inflators", ("Portable Tire Inflator, Cordless, 150 PSI, Digital Gauge, LED", 49.99),
                      ("12V Tire Inflator, Air Compressor for Car Tires, Auto Shut-Off", 34.99),
                      ("Ryobi 18V Cordless Tire Inflator, Tool Only", 59.99)),
    "inflator_acc": items(f"{EMERG} > Tire Inflators > Inflator Hoses & Parts",
                          ("Tire Inflator Replacement Hose, Lock-On Chuck, 45cm", 12.99),
                          ("Replacement Inflator Hose for Tire Inflators, 60cm", 10.99),
                          ("Carry Case for Portable Tire Inflators", 13.99)),
}

O, PI, LB = "Office Supplies", "Printers & Ink", "Office Supplies > Labels"

OFFICE = {
    "printer": items(f"{PI} > Printers", ("HP DeskJet 4155e Wireless All-in-One Color Inkjet Printer, White", 79.99),
                     ("Canon PIXMA TS3520 Wireless Inkjet Printer, Copy & Scan, White", 59.99),
                     ("Brother HL-L2405W Monochrome Laser Printer, Wireless, Grey", 49.99),
                     ("Epson EcoTank ET-2850 Cartridge-Free Printer, Supertank, White", 229.99),
                     ("Canon SELPHY CP1500 Compact Photo Printer, Wireless, Black", 99.99)),
    "printer_acc": items(f"{PI} > Printer Accessories", ("Dust Cover for Inkjet Printers, Nylon, White", 12.99),
                         ("Printer Stand with Storage Shelf, for Desktop Printers, White", 34.99),
                         ("USB Printer Cable, A to B, 3m, White", 7.99)),
    "ink": items(f"{PI} > Ink & Toner", ("HP 67XL Black Ink Cartridge, High Yield", 29.99),
                 ("Canon PG-275 Black Ink Cartridge, Standard Yield", 19.99),
                 ("Epson 502 EcoTank Ink Bottles, 4 Colour Pack", 49.99),
                 ("Brother TN-2420 Black Toner Cartridge", 59.99)),
    "inkpad": items(f"{O} > Stamps & Ink Pads", ("Ink Pad for Rubber Stamps, Black, Large", 6.99),
                    ("Archival Ink Pad, Jet Black, Waterproof", 8.99),
                    ("Washable Ink Pads for Kids, 12 Colours", 11.99)),
    "papertray": items(f"{O} > Desk Organisers", ("Desk Paper Tray, Stackable, A4, Black Mesh", 12.99),
                       ("Letter Tray, 3 Tier Paper Tray, Clear Acrylic", 24.99),
                       ("Bamboo Paper Tray Organizer, 2 Tier", 19.99)),
    "paper": items(f"{O} > Paper", ("Copy Paper, A4, 80gsm, 500 Sheets, White", 6.99),
                   ("Printer Paper, Letter Size, 5 Reams, 2500 Sheets", 39.99),
                   ("Glossy Photo Paper, 4x6, 100 Sheets", 11.99)),
    "labelmaker": items(f"{LB} > Label Makers",
                        ("Brother P-touch PT-H110 Label Maker, Handheld Label Printer, Black", 34.99),
                        ("Dymo LabelManager 160 Label Maker, Portable Label Printer, White", 39.99),
                        ("Phomemo M110 Label Maker, Bluetooth Label Printer, with 1 Tape, Pink", 18.99),
                        ("Niimbot D11 Label Maker, Mini Inkless Label Printer, Black", 22.99),
                        ("Thermal Label Printer, 4x6 Shipping Label Maker, USB, Black", 89.99)),
    "labeltape": items(f"{LB} > Label Tape",
                       ("Label Tape for Brother P-touch Label Makers, 12mm, Black on White, 2 Pack", 11.99),
                       ("Label Maker Replacement Tape for Niimbot D11, White on Black, 3 Rolls", 9.99),
                       ("Dymo D1 Label Tape for Dymo Label Makers, 12mm, Black on Clear", 14.99)),
    "printerlabels": items(f"{LB} > Sheet Labels",
                           ("Avery Easy Peel Printer Labels, Address, 30 per Sheet, 750 Labels", 17.99),
                           ("Printer Labels, Shipping, 2 per Sheet, 200 Labels, Laser & Inkjet", 14.99),
                           ("Clear Printer Labels, Return Address, 1500 Labels", 12.99)),
    "labels": items(f"{LB} > Other Labels", ("Colour Coding Dot Labels, 19mm, 1000 Stickers", 5.99),
                    ("File Folder Labels, Assorted Colours, 252 Labels", 7.99),
                    ("Thermal Shipping Labels, 4x6, Fanfold, 500 Labels", 19.99)),
    "shredder": items(f"{O} > Shredders", ("Bonsaii 8-Sheet Cross-Cut Paper Shredder, Black", 49.99),
                      ("Fellowes Powershred 12C Micro-Cut Shredder, 18L", 109.99),
                      ("AmazonBasics 6-Sheet Strip-Cut Paper and Credit Card Shredder", 29.99),
                      ("Heavy Duty 20-Sheet Office Paper Shredder, 60 Min, 30L", 229.99)),
    "shredder_acc": items(f"{O} > Shredders > Shredder Supplies",
                          ("Shredder Bags for Paper Shredders, 30L, 100 Pack", 15.99),
                          ("Shredder Oil for Paper Shredders, 350ml", 8.99),
                          ("Paper Shredder Replacement Lubricant Sheets, 12 Pack", 7.99)),
    "noise": each(("Desktop Stapler, 25 Sheet, Black", f"{O} > Desk Accessories", 9.99),
                  ("Tape Dispenser, Weighted, Non-Skid Base", f"{O} > Desk Accessories", 8.99)),
}

G, GE = "園芸用品", "Garden"
POTS, WATER = f"{G} > 鉢・プランター", f"{G} > 散水用品"

GARDEN = {
    "pot": items(f"{POTS} > 植木鉢", ("植木鉢 プラスチック 5号 白 3個セット", 680), ("植木鉢 陶器 6号 白 受け皿付き おしゃれ", 1480),
                 ("植木鉢 テラコッタ 7号 素焼き 鉢底穴あり", 980), ("植木鉢 スリット鉢 4号 黒 10個", 480),
                 ("Ceramic Plant Pot with Drainage Hole, 15cm, White", 1280)),
    "saucer": items(f"{POTS} > 鉢皿・鉢台", ("植木鉢用 受け皿 5号 白", 180), ("鉢皿 白 プラスチック 6号 3枚 植木鉢用", 330),
                    ("植木鉢対応 キャスター付き 台 丸型 白", 780)),
    "naepot": items(f"{G} > 育苗用品 > 苗ポット", ("苗ポット 9cm 黒 ポリ 100枚入", 580), ("苗ポット 丸型 10.5cm 50個 黒", 450),
                    ("苗ポット 角型 7.5cm 連結 育苗トレー付き", 780)),
    "potto": items(f"{POTS} > ポット", ("ポット 素焼き 3号 ミニ 多肉植物 5個", 880), ("ハンギング ポット 吊り下げ 麻ひも付き 白", 1280)),
    "potnae": items("植物 > 野菜・ハーブ苗", ("ポット苗 ミニトマト 9cmポット 3株セット", 1180), ("ポット苗 ラベンダー 3号 2株", 980),
                    ("ハーブ ポット苗 バジル 6株", 1280)),
    "nae": items("植物 > 野菜・ハーブ苗", ("野菜苗 ナス 接ぎ木苗 1株", 398), ("いちご 苗 大苗 章姫 3株", 1480)),
    "planter": items(f"{GE} > Planters", ("プランター 長方形 65cm 深型 グリーン", 1280), ("プランター 丸型 30cm 白 鉢底ネット付き", 980),
                     ("Rectangular Planter Box, 60cm, Self-Watering, Grey", 2480)),
    "planter.stand": items(f"{GE} > Planters > Raised Planters", ("スタンドプランター 木製 幅90cm 脚付き", 4980),
                           ("スタンドプランター 高さ80cm 野菜 ベランダ 菜園", 6980), ("スタンドプランター 2段 スチール ブラウン", 3980)),
    "planterstand": items(f"{GE} > Plant Stands", ("プランタースタンド キャスター付き 耐荷重50kg 丸型", 1280),
                          ("プランタースタンド 3段 アイアン 室内 屋外", 3480), ("プランタースタンド 伸縮 65cmプランター対応", 1980)),
    "stand": items(f"{GE} > Plant Stands", ("フラワースタンド 木製 3段 ラダー", 2980),
                   ("Metal Plant Stand, 3 Tier, Indoor Outdoor, Black", 2680)),
    "hosereel": items(f"{WATER} > ホースリール", ("ホースリール 20m 防藻 ホース付き コンパクト", 3980),
                      ("ホースリール 30m 収納 巻取り式 グリーン", 4980), ("Hose Reel Cart, Wall Mount, Holds 45m", 5480)),
    "hose": items(f"{WATER} > ホース", ("散水ホース 15m 耐圧 ブルー", 1480), ("ホース 伸縮 30m 軽量 ノズル付き", 2480),
                  ("ホース 耐圧 10m 透明 内径15mm", 980)),
    "wateringcan": items(f"{WATER} > じょうろ", ("じょうろ 2L ステンレス ハス口付き", 1980), ("じょうろ 4.5L プラスチック グリーン 細口", 880),
                         ("Metal Watering Can, 1.5 Gallon, Galvanized", 2980),
                         ("Indoor Watering Can, Long Spout, 1L, White", 1480)),
    "shears": items(f"{G} > 剪定ばさみ", ("岡恒 剪定ばさみ 200mm 高級", 2980), ("剪定ばさみ ステンレス 園芸 バネ付き 赤", 980),
                    ("Bypass Pruning Shears, SK5 Blade, Ergonomic Grip", 1980)),
    "shears_acc": items(f"{G} > 剪定ばさみ > 替刃・ケース", ("剪定ばさみ用 替刃 岡恒 200mm対応", 980),
                        ("剪定ばさみ専用 ホルスター 革 ケース", 1480), ("剪定ばさみ対応 研ぎ器 ダイヤモンド", 1280)),
    "fertilizer": items(f"{GE} > Soil & Fertilizer > Fertilizer", ("肥料 化成肥料 8-8-8 5kg 野菜 花", 980),
                        ("液体肥料 ハイポネックス原液 800ml", 1080), ("有機肥料 油かす 固形 2kg", 780)),
    "soil": items(f"{GE} > Soil & Fertilizer > Soil", ("培養土 野菜用 25L", 980)),
}

B, BE = "寝具", "Bedding"

BEDDING = {
    "pillow": items(f"{B} > 枕", ("枕 低反発 まくら 高さ調整 肩こり 白", 2980), ("枕 そば殻 日本製 35×50cm", 1980),
                    ("ホテル仕様 枕 ふわふわ 2個セット 洗える", 3480), ("Memory Foam Pillow, Contour, Queen Size, White", 3980)),
    "pillowcover": items(f"{B} > 枕 > 枕カバー", ("枕カバー 43×63cm 綿100% 2枚組 グレー", 1280), ("枕カバー ファスナー式 ガーゼ 白", 980),
                         ("枕カバー 冷感 接触冷感 ネイビー 2枚", 1480),
                         ("Cotton Pillowcases, Set of 2, Envelope Closure, Grey", 1680)),
    "pillow_acc": items(f"{B} > 枕 > 枕小物", ("枕用 高さ調整シート 3枚", 880), ("枕専用 除湿シート 洗える", 780)),
    "futon": items(f"{B} > 布団", ("掛け布団 シングル 洗える 抗菌 ふんわり", 4980), ("敷き布団 シングル 三つ折り 固綿入り", 5980),
                   ("羽毛布団 シングル ダウン90% 1.2kg", 12800)),
    "futoncover": items(f"{B} > 布団 > 布団カバー", ("掛け布団カバー シングル 綿100% グレー", 2480),
                        ("敷き布団カバー シングル ファスナー 白", 1980), ("布団カバー 3点セット シングル 洗える ネイビー", 3980),
                        ("Duvet Cover Set, Twin, Microfiber, Grey", 2980)),
    "mattress": items(f"{BE} > Mattresses", ("マットレス シングル 高反発 10cm 三つ折り", 6980),
                      ("ポケットコイル マットレス セミダブル 厚さ20cm", 19800), ("マットレス 低反発 ウレタン 5cm 折りたたみ", 3980),
                      ("Memory Foam Mattress, Queen, 25cm, Medium Firm", 29800)),
    "mattress_acc": items(f"{BE} > Mattresses > Mattress Accessories", ("マットレス用 ずれ防止 シート 滑り止め", 980),
                          ("マットレス専用 防水カバー シングル", 1980), ("マットレス対応 除湿シート シングル", 1480)),
    "sheets": items(f"{BE} > Sheets", ("ボックスシーツ シングル 綿100% グレー", 1680), ("フラットシーツ ダブル 綿 白", 1480),
                    ("敷き布団用 シーツ シングル グレー 防ダニ", 2280), ("ボックスシーツ セミダブル 冷感 グレー", 1980)),
    "sheets_acc": items(f"{BE} > Sheets > Sheet Accessories", ("シーツ用 クリップ ずれ防止 4個 グレー", 680),
                        ("シーツ専用 ゴムバンド 留め具 グレー 4本", 780)),
    "blanket": items(f"{BE} > Blankets", ("毛布 シングル 2枚合わせ マイクロファイバー グレー", 2980), ("毛布 シングル 綿毛布 日本製", 4980),
                     ("ブランケット ひざ掛け フランネル 100×70cm", 980),
                     ("Sherpa Fleece Throw Blanket, 130x150cm, Beige", 2480),
                     ("Weighted Blanket, 7kg, 120x180cm, Grey", 6980)),
    "eyemask": items(f"{B} > 快眠グッズ", ("アイマスク シルク 遮光 安眠 ネイビー", 1280),
                     ("Silk Eye Mask, Blackout, Adjustable Strap, Sleep Mask", 1480),
                     ("3D Contoured Eye Mask, Zero Eye Pressure, Black", 1180)),
    "noise": each(("布団乾燥機 ダニ対策 コンパクト", f"{B} > 寝具家電", 7980), ("湯たんぽ 充電式 カバー付き", f"{B} > 快眠グッズ", 2480)),
}

SHOPS = {"car": CAR, "office": OFFICE, "garden": GARDEN, "bedding": BEDDING}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("office", "label printer", "labelmaker", ["printer"], ["printerlabels"]),
    two_types("office", "printer labels", "printerlabels", ["labels"], ["labelmaker"]),
    two_types("garden", "苗 ポット", "naepot", ["potto"], ["potnae"]),
    two_types("garden", "ポット苗", "potnae", ["nae"], ["naepot"]),
    two_types("garden", "プランタースタンド", "planterstand", ["stand"], ["planter.stand"]),
    two_types("garden", "スタンドプランター", "planter.stand", ["planter"], ["planterstand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("car", "wax applicator", ["waxapplicator"], ["wax"]),
    qualifies("car", "mat cleaner", ["matcleaner"], ["floormat"]),
    qualifies("office", "paper tray", ["papertray"], ["paper"]),
    qualifies("office", "ink pad", ["inkpad"], ["ink"]),
    qualifies("office", "label tape", ["labeltape"], ["labels", "printerlabels"]),
    qualifies("garden", "ホースリール", ["hosereel"], ["hose"]),
    qualifies("bedding", "枕 カバー", ["pillowcover"], ["pillow"]),
    qualifies("bedding", "布団カバー", ["futoncover"], ["futon"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("car", "tire inflator", ["inflator"], ["inflator_acc"]),
    accessories("car", "jump starter", ["jumpstarter"], ["jumpstarter_acc"]),
    accessories("car", "polisher", ["polisher"], ["polisher_acc"]),
    accessories("office", "label maker", ["labelmaker"], ["labeltape"]),
    accessories("office", "paper shredder", ["shredder"], ["shredder_acc"]),
    accessories("garden", "剪定ばさみ", ["shears"], ["shears_acc"]),
    accessories("garden", "植木鉢", ["pot"], ["saucer"]),
    accessories("bedding", "枕", ["pillow"], ["pillowcover", "pillow_acc"]),
    accessories("bedding", "マットレス", ["mattress"], ["mattress_acc"]),
    # grey seat covers: leatherette 89.99, neoprene 49.99, pet 59.99 (a black mesh set 32.99; grey accessories
    # 8.99-14.99)
    price("car", "budget grey seat covers", "seatcover-1", ["seatcover_acc"]),
    # black phone mounts: dashboard 19.99, vent 15.99, wireless 39.99 (a silver one 12.99; black accessories 6.99-9.99)
    price("car", "cheap black phone mount", "phonemount-1", ["phonemount_acc"]),
    # white printers: HP 79.99, Canon PIXMA 59.99, Epson 229.99 (a grey laser 49.99; white accessories 7.99-34.99,
    # ink 19.99-59.99)
    price("office", "cheap white printer", "printer-1", ["printer_acc", "ink"]),
    # black label makers: Brother 34.99, Niimbot 22.99, thermal 89.99 (a pink one 18.99; tapes naming black
    # 9.99-14.99)
    price("office", "budget black label maker", "labelmaker-3", ["labeltape"]),
    # white pots: plastic 680, ceramic 1480, English 1280 (a black slit pot 480; white saucers and stand 180-780)
    price("garden", "安い 白 植木鉢", "pot-0", ["saucer"]),
    # grey sheets: box 1680, futon sheet 2280, semi-double box 1980 (a white flat sheet 1480; grey accessories 680-780)
    price("bedding", "格安 グレー シーツ", "sheets-0", ["sheets_acc"]),
    # --- 4. Japanese queries among English-titled items (loanwords), English over Japanese titles
    mixed("garden", "じょうろ", "wateringcan"),
    mixed("garden", "プランター", "planter"),
    mixed("garden", "fertilizer", "fertilizer"),
    mixed("bedding", "毛布", "blanket"),
    mixed("bedding", "ブランケット", "blanket"),
    mixed("bedding", "アイマスク", "eyemask"),
    mixed("bedding", "ピローケース", "pillowcover"),
    mixed("bedding", "bed sheets", "sheets"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind57(q: Q, setup: str, known_limit):
    known_limit("blind57")
    check(q, setup, ENGINES)


def test_blind57_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "グレー": "Grey", "white": "White", "black": "Black", "grey": "Grey"})
