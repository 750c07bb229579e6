"""An eighteenth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: outdoor cooking
and BBQ (English), craft beer and wine accessories (English), Japanese office supplies
オフィス用品 (part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords) and Japanese laundry and drying goods 物干し・ランドリー (with
English-titled imports). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in a shop where some items have English titles (katakana loanwords
   among them) or an English category tree over Japanese titles: the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (eighteenth suite), as a measurement only (nothing changed for it):
94 of 97 cases pass, 35 of 36 queries in every setup (two_types 16/16 cases, qualifies
20/20, accessories 18/21, price 16/16, mixed 24/24); the 3 failing cases (one query, アイロン,
in all three setups) were strict xfails (`LIMITS`, through `conftest.known_limit`). Then a
Japanese category leaf whose word begins with the type ("アイロン > アイロン台") was read as naming
it as a modifier, not as the type's own aisle: アイロン passes, 97 of 97, 36 of 36.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

C = "Outdoor Cooking"
GRILLS, FURN, GACC, FUEL = f"{C} > Grills", f"{C} > Outdoor Furniture", f"{C} > Grill Accessories", f"{C} > Fuel"

BBQ = {
    "grill.charcoal": items(f"{GRILLS} > Charcoal Grills", ("Emberco Kettle Charcoal Grill, 57cm, Black", 169),
                            ("Emberco Kettle Charcoal Grill, 47cm, Red", 129),
                            ("Portable Charcoal Grill, Folding, Red", 49),
                            ("Kamado Charcoal Grill, Ceramic, 18 inch, Green", 699),
                            ("Bucket Charcoal Grill, Black, 30cm", 39)),
    "grill.gas": items(f"{GRILLS} > Gas Grills", ("Emberco 3-Burner Gas Grill, Stainless, with Side Burner", 449),
                       ("Compact 2-Burner Gas Grill, Red", 299)),
    "tablegrill": items(f"{GRILLS} > Table Grills", ("Emberco Electric Table Grill, 2000W, Non-Stick Plate", 59),
                        ("Gas Table Grill, Portable, Piezo Ignition", 89),
                        ("Table Grill, Electric, Indoor/Outdoor, Removable Plate", 45)),
    "grilltable": items(f"{FURN} > Grill Tables", ("Grill Table, Stainless Steel Prep Station with Shelf", 189),
                        ("Emberco Grill Table, Folding, Side Shelves", 129),
                        ("Grill Table with Storage Cabinet, Wood Top", 249)),
    "table": items(f"{FURN} > Tables", ("Folding Camping Table, Aluminium, 120cm", 69),
                   ("Picnic Table with Benches, Pine", 199)),
    "grillcover": items(f"{GACC} > Grill Covers", ("Grill Cover for 57cm Kettle Grills, Waterproof, Black", 29),
                        ("Gas Grill Cover, 3-Burner, Heavy Duty, 147cm", 39),
                        ("Grill Cover for Kettle Grills, Red", 19)),
    "grillbrush": items(f"{GACC} > Cleaning", ("Emberco Grill Brush, Bristle Free, 45cm", 19),
                        ("Grill Brush and Scraper, Stainless Steel", 14)),
    "grill_acc": items(f"{GACC} > Parts", ("Replacement Grill Grate for 47cm Kettle Grill", 25),
                       ("Grill Thermometer for Lid, Stainless", 12)),
    "charcoal": items(f"{FUEL} > Charcoal", ("Lumpwood Charcoal, Restaurant Grade, 10kg", 24),
                      ("Charcoal Briquettes, Long Burning, 5kg", 12),
                      ("Binchotan Charcoal, Japanese White Charcoal, 3kg", 45)),
    "smoker": items(f"{C} > Smokers", ("Emberco Vertical Charcoal Smoker, 2 Racks", 189),
                    ("Electric Smoker, 30 inch, Digital Controls", 279), ("Offset Smoker, Heavy Gauge Steel", 449)),
    "smoker_acc": items(f"{C} > Smokers > Smoker Accessories", ("Smoker Cover for 30 inch Electric Smokers", 35),
                        ("Replacement Door Gasket for Smokers, Self-Adhesive", 15),
                        ("Smoker Replacement Water Pan, Porcelain", 22),
                        ("Wood Chip Tray for Electric Smoker", 18)),
    "woodchips": items(f"{FUEL} > Wood Chips", ("Hickory Wood Chips for Smoking, 2kg", 12), ("Apple Wood Chunks, 4kg", 16)),
    "tools": each(("Chimney Starter, Large, Quick Release", f"{FUEL} > Fire Starters", 25),
                  ("Natural Firelighters, 100 Pack", f"{FUEL} > Fire Starters", 6),
                  ("BBQ Tongs, 40cm, Locking, Stainless", f"{C} > BBQ Tools > Tongs", 12),
                  ("Metal Skewers, Flat, 35cm, 12 Pack", f"{C} > BBQ Tools > Skewers", 14)),
}

W = "Bar & Wine"
GLASS, STORE, TOOLS = f"{W} > Glassware", f"{W} > Storage", f"{W} > Bar Tools"

WINE = {
    "glass": items(f"{GLASS} > Wine Glasses", ("Vinora Crystal Red Wine Glasses, 600ml, Set of 4", 39),
                   ("Stemless Wine Glasses, 450ml, 6 Pack", 24), ("Vinora White Wine Glasses, 350ml, Set of 2", 19))
    + items(f"{GLASS} > Beer Glasses", ("Pint Glasses, 568ml, 4 Pack", 16),
            ("Craft Beer Tasting Glasses, Teku Style, 4 Pack", 29), ("IPA Beer Glass, 540ml, Set of 2", 22)),
    "glassrack": items(f"{STORE} > Glass Racks", ("Stemware Glass Rack, Under Cabinet, 4 Rows, Black", 25),
                       ("Hanging Wine Glass Rack, Wall Mounted, Holds 12", 32),
                       ("Glass Drying Rack, Collapsible, Silicone", 18)),
    "winerack": items(f"{STORE} > Wine Racks", ("Vinora Wooden Wine Rack, 24 Bottles", 59),
                      ("Metal Wine Rack, Countertop, 6 Bottles, Black", 22)),
    "bottle": items(f"{W} > Home Brewing > Bottles", ("Swing Top Glass Bottles, 500ml, 6 Pack", 19),
                    ("Amber Beer Bottles, 330ml, 24 Pack", 28), ("Glass Bottle with Cork, 1L, Clear", 7)),
    "stopper": items(f"{TOOLS} > Stoppers", ("Wine Bottle Stopper, Stainless Steel, 4 Pack", 12),
                     ("Champagne Bottle Stopper, Sealer, Gold", 9), ("Silicone Bottle Stoppers, 6 Pack, Assorted", 8)),
    "decanter": items(f"{W} > Decanters", ("Vinora Crystal Wine Decanter, 1.5L, Hand Blown", 49),
                      ("Aerating Decanter, 750ml, Lead-Free Glass", 35), ("Swan Decanter, 1.2L, Crystal", 69),
                      ("Whiskey Decanter Set with 4 Glasses, 800ml", 45)),
    "decanter_acc": items(f"{W} > Decanters > Decanter Accessories",
                          ("Cleaning Beads for Decanters, Stainless Steel, 1000 Pieces", 12),
                          ("Decanter Replacement Stopper, Glass Ball", 14), ("Drying Stand for Decanter, Wooden Base", 19),
                          ("Decanter Cleaning Brush for Narrow Necks", 8)),
    "corkscrew": items(f"{TOOLS} > Corkscrews", ("Vinora Waiter's Corkscrew, Double Hinged, Black", 12),
                       ("Vinora Lever Corkscrew, Rabbit Style, Black", 39), ("Electric Corkscrew, Rechargeable, Black", 29),
                       ("Waiter's Corkscrew, Stainless Steel, Silver", 8), ("Wing Corkscrew, Chrome", 10)),
    "corkscrew_acc": items(f"{TOOLS} > Corkscrew Parts", ("Corkscrew Replacement Spiral, Non-Stick, Black", 9),
                           ("Holster for Waiter's Corkscrew, Black Leather", 15),
                           ("Foil Cutter for Corkscrews, 4-Wheel, Black", 6)),
    "noise": each(("Growler, 64oz, Stainless Steel, Insulated", f"{W} > Beer > Growlers", 34),
                  ("Bottle Opener, Wall Mounted, Cast Iron", f"{TOOLS} > Openers", 14),
                  ("Dual Zone Wine Cooler, 18 Bottles", f"{W} > Wine Coolers", 299),
                  ("Ice Bucket, Double Wall, 3L", TOOLS, 29)),
}

O, OS = "オフィス用品", "Office Supplies"
FILING, DESK = f"{O} > ファイル", f"{OS} > Desk Supplies"

OFFICE = {
    "filebox": items(f"{O} > 収納用品 > ファイルボックス", ("ファイルボックス A4 縦型 5冊パック 白", 1280),
                     ("ファイルボックス スタンド 幅10cm グレー", 480), ("ファイルボックス 組立式 ダンボール 10個", 980)),
    "box": items(f"{O} > 収納用品 > 収納ボックス", ("収納ボックス 引き出し式 A4 3段 白", 1980),
                 ("書類ボックス フタ付き A4 クリア", 780)),
    "boxfile": items(f"{FILING} > ボックスファイル", ("ボックスファイル A4 背幅7cm 青", 580),
                     ("ボックスファイル B4 フタ付き 黒", 680), ("ボックスファイル 紙製 A4 5冊", 1480)),
    "file": items(f"{FILING} > クリアファイル", ("クリアファイル A4 20枚 透明", 380), ("クリアファイル 10ポケット A4", 220))
    + items(f"{FILING} > フラットファイル", ("フラットファイル A4 10冊 青", 680)),
    "stapler": items(f"{O} > 事務用品 > ホッチキス", ("ホッチキス 針なし 10枚 黒", 880), ("ホッチキス フラットクリンチ 32枚 黒", 1280),
                     ("ホッチキス 中型 50枚 白", 580), ("Stapler, Full Strip, 25 Sheets, Black", 980)),
    "staples": items(f"{O} > 事務用品 > ホッチキス針", ("ホッチキス針 No.10 1000本×10箱", 480), ("ホッチキス用 針 No.3 大型 5箱", 680),
                     ("ホッチキス専用 替え針 黒 カラー針 No.10", 330), ("替え針 ホッチキス対応 フラットクリンチ 5000本", 560)),
    "pen": items(f"{O} > 筆記具 > ボールペン", ("ボールペン 0.5mm 黒 10本 油性", 880), ("ゲルインクボールペン 0.38mm 3色セット", 480),
                 ("多機能ボールペン 4色+シャープ 0.7mm", 1280)),
    "refill": items(f"{O} > 筆記具 > 替芯", ("ボールペン替芯 0.5mm 黒 10本", 550), ("ボールペン 替芯 ゲルインク 0.38mm 青 5本", 450),
                    ("替芯 多機能ボールペン用 0.7mm 赤 3本", 300)),
    "shredder": items(f"{O} > オフィス家電 > シュレッダー", ("シュレッダー 電動 A4 クロスカット 6枚 白", 5980),
                      ("シュレッダー 手動 ハンドル式 白", 1980), ("シュレッダー 家庭用 コンパクト 黒", 1480),
                      ("Paper Shredder, Micro Cut, 8 Sheets, White", 7980)),
    "shredder_acc": items(f"{O} > オフィス家電 > シュレッダー用品", ("シュレッダー用 ゴミ袋 50枚 白", 480),
                          ("オイルシート シュレッダー用 12枚", 980), ("シュレッダー専用 替え刃 ユニット 白", 1480),
                          ("シュレッダー対応 キャスター台 白", 1980)),
    "binder": items(f"{OS} > Filing > Binders", ("Ring Binder, A4, 2-Ring, 25mm, Black", 380),
                    ("Lever Arch Binder, A4, 75mm, Blue", 580), ("Presentation Binder, Clear View, A4, White", 450),
                    ("バインダー A4 30穴 ネイビー", 680)),
    "clip": items(f"{DESK} > Clips", ("Binder Clips, 25mm, 24 Pack, Black", 280)),
    "laminator": items(f"{OS} > Office Machines > Laminators", ("Laminator, A4, 2 Rollers, 3 Min Warm-Up", 3980),
                       ("Laminator, A3, 4 Rollers, Jam Release", 8980), ("Compact Laminator, A4, with 20 Pouches", 2980)),
    "pouch": items(f"{OS} > Office Machines > Laminator Pouches", ("Laminating Pouches, A4, 100 Micron, 100 Pack", 1280)),
    "calc": items(f"{DESK} > Calculators", ("電卓 12桁 卓上 ソーラー", 1280), ("電卓 税計算 10桁 ミニ 黒", 980),
                  ("Desktop Calculator, 12 Digit, Solar, Grey", 1480)),
    "fusen": items(f"{DESK} > Sticky Notes", ("付箋 75×75mm 強粘着 10冊", 680), ("Sticky Notes, 76x76mm, 12 Pads, Yellow", 880),
                   ("Sticky Notes, Neon Colours, 5 Pads", 450), ("Page Markers, Film Flags, 200 Pieces", 380)),
}

L = "ランドリー用品"
DRY, IRON, WASH = f"{L} > 物干し", f"{L} > アイロン", f"{L} > 洗濯用品"

LAUNDRY = {
    "polehanger": items(f"{L} > ハンガーラック > ポールハンガー", ("ポールハンガー 木製 コートハンガー 高さ170cm", 3980),
                        ("ポールハンガー スチール 回転式 白", 2980), ("ポールハンガー 北欧 ナチュラル 8フック", 4580)),
    "hanger": items(f"{L} > ハンガー", ("ハンガー すべらない 20本セット 白", 1280), ("木製ハンガー 10本 ジャケット 肩幅広", 1980),
                    ("Velvet Hangers, Non Slip, 50 Pack, Black", 2980)),
    "hangerpole": items(f"{DRY} > ハンガーポール", ("ハンガーポール 突っ張り 窓枠 伸縮 白", 1980),
                        ("ハンガーポール 室内物干し 天井付け", 2480), ("ハンガーポール 自立式 ダブル キャスター付き", 3980)),
    "pole": items(f"{DRY} > 突っ張りポール", ("突っ張りポール 伸縮 70-120cm 白", 980), ("ポール 突っ張り 強力 150-280cm", 1980)),
    "sao": items(f"{DRY} > 物干し竿", ("物干し竿 ステンレス 伸縮 2.3-4m シルバー", 2980), ("物干し竿 アルミ 3m 軽量 シルバー", 1980),
                 ("物干し竿 伸縮 1.6-3m ホワイト", 1480), ("Clothes Drying Pole, Stainless, Extendable, Silver", 3480)),
    "sao_acc": items(f"{DRY} > 物干し竿アクセサリー", ("物干し竿用 カバー 伸縮 シルバー", 680),
                     ("竿止め 物干し竿用 ストッパー 2個 シルバー", 480), ("物干し竿専用 フック シルバー 10個", 580),
                     ("物干し竿対応 竿受け 金具 ベランダ", 1980)),
    "pinchhanger": items(f"{DRY} > ピンチハンガー", ("ピンチハンガー ステンレス 42ピンチ 角型", 2980),
                         ("ピンチハンガー 折りたたみ 24ピンチ 白", 980), ("ピンチハンガー アルミ 32ピンチ 絡まない", 1980)),
    "pinch": items(f"{DRY} > 洗濯ばさみ", ("ピンチ 洗濯ばさみ 強力 20個 白", 480), ("Clothes Pegs, Plastic, 48 Pack, Assorted", 580)),
    "iron": items(f"{IRON} > アイロン本体", ("スチームアイロン 白 コード付き 1200W", 3980), ("コードレスアイロン 白 スチーム", 2980),
                  ("アイロン ハンディ 軽量 ブルー", 1980), ("Steam Iron, 2400W, Ceramic Soleplate, White", 3480)),
    "iron_acc": items(f"{IRON} > アイロン用品", ("アイロン用 当て布 白 2枚", 480), ("当て布 アイロン用 メッシュ 白", 380),
                      ("アイロン専用 耐熱ミトン 白", 680)),
    "ironboard": items(f"{IRON} > アイロン台", ("アイロン台 スタンド式 高さ調節 ストライプ", 3980),
                       ("アイロン台 卓上 軽量 ネイビー", 1480)),
    "steamer": items(f"{IRON} > 衣類スチーマー", ("Garment Steamer, Handheld, 1000W, 15s Heat-Up", 4980),
                     ("Garment Steamer, Standing, 1.8L Tank", 9980), ("衣類スチーマー ハンディ 軽量 シワ取り", 3980)),
    "dryer": items(f"{L} > 衣類乾燥機", ("衣類乾燥機 6kg ステンレスドラム 白", 49800), ("衣類乾燥機 小型 2.5kg 一人暮らし", 19800),
                   ("衣類乾燥機 ヒーター式 4kg 自動停止", 39800), ("Tumble Dryer, 3kg, Compact, White", 29800)),
    "dryer_acc": items(f"{L} > 衣類乾燥機 > 衣類乾燥機用品", ("衣類乾燥機用 ダクトホース 1.5m", 2480),
                       ("衣類乾燥機専用 スタンド 洗濯機上", 6980), ("衣類乾燥機対応 糸くずフィルター 2枚", 980)),
    "net": items(f"{WASH} > 洗濯ネット", ("洗濯ネット 細かめ 角型 3枚セット", 680), ("Mesh Laundry Bags, Set of 5, Zip", 880),
                 ("Laundry Wash Bag, Honeycomb Mesh, 3 Sizes", 780)),
    "basket": items(f"{WASH} > ランドリーバスケット", ("Laundry Basket, Collapsible, 45L, Grey", 1980),
                    ("Laundry Hamper with Lid, Bamboo, 60L", 3980), ("洗濯かご 2段 キャスター付き 白", 2480)),
}

SHOPS = {"bbq": BBQ, "wine": WINE, "office": OFFICE, "laundry": LAUNDRY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bbq", "table grill", "tablegrill", ["grill"], ["grilltable"]),
    two_types("bbq", "grill table", "grilltable", ["table"], ["tablegrill"]),
    two_types("office", "ファイルボックス", "filebox", ["box"], ["boxfile"]),
    two_types("office", "ボックス ファイル", "boxfile", ["file"], ["filebox"]),
    two_types("laundry", "ポールハンガー", "polehanger", ["hanger"], ["hangerpole"]),
    two_types("laundry", "ハンガー ポール", "hangerpole", ["pole"], ["polehanger"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bbq", "grill cover", ["grillcover"], ["grill"]),
    qualifies("bbq", "charcoal grill", ["grill.charcoal"], ["charcoal"]),
    qualifies("wine", "glass rack", ["glassrack"], ["glass"]),
    qualifies("wine", "bottle stopper", ["stopper"], ["bottle"]),
    qualifies("office", "ホッチキス 針", ["staples"], ["stapler"]),
    qualifies("office", "ボールペン 替芯", ["refill"], ["pen"]),
    qualifies("laundry", "ピンチ ハンガー", ["pinchhanger"], ["pinch"]),
    qualifies("laundry", "アイロン 台", ["ironboard"], ["iron"], n=2),
    # --- 3. accessories of X; price word + colour + type
    accessories("bbq", "smoker", ["smoker"], ["smoker_acc"]),
    accessories("wine", "decanter", ["decanter"], ["decanter_acc"]),
    accessories("wine", "corkscrew", ["corkscrew"], ["corkscrew_acc"]),
    accessories("office", "ホッチキス", ["stapler"], ["staples"]),
    accessories("office", "シュレッダー", ["shredder"], ["shredder_acc"]),
    accessories("laundry", "アイロン", ["iron"], ["iron_acc", "ironboard"]),
    accessories("laundry", "衣類乾燥機", ["dryer"], ["dryer_acc"]),
    accessories("laundry", "物干し竿", ["sao"], ["sao_acc"]),
    # red grills: kettle 47cm 129, portable folding 49, gas 2-burner 299 (a black bucket grill 39;
    # a red grill cover 19)
    price("bbq", "cheap red grill", "grill.charcoal-2", ["grill_acc", "grillcover", "grillbrush"]),
    # black corkscrews: waiter's 12, lever 39, electric 29 (a silver one 8; black parts 6-15)
    price("wine", "cheap black corkscrew", "corkscrew-0", ["corkscrew_acc"]),
    # black staplers: 針なし 880, フラットクリンチ 1280, English 980 (a white one 580; black staples 330)
    price("office", "格安 黒 ホッチキス", "stapler-0", ["staples"]),
    # white shredders: 電動 5980, 手動 1980, English 7980 (a black one 1480; white accessories 480-1980)
    price("office", "激安 白 シュレッダー", "shredder-1", ["shredder_acc"]),
    # white irons: スチーム 3980, コードレス 2980, English 3480 (a blue one 1980; white accessories 380-680)
    price("laundry", "安い 白 アイロン", "iron-1", ["iron_acc", "ironboard"]),
    # silver poles: ステンレス 2980, アルミ 1980, English 3480 (a white one 1480; silver accessories 480-680)
    price("laundry", "お手頃 シルバー 物干し竿", "sao-1", ["sao_acc"]),
    # --- 4. Japanese queries among English-titled items and an English category tree
    mixed("office", "バインダー", "binder"),
    mixed("office", "ラミネーター", "laminator"),
    mixed("office", "電卓", "calc"),
    mixed("office", "付箋", "fusen"),
    mixed("laundry", "洗濯ネット", "net"),
    mixed("laundry", "ランドリーバスケット", "basket"),
    mixed("laundry", "洗濯かご", "basket"),
    mixed("laundry", "衣類スチーマー", "steamer"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind18(q: Q, setup: str, known_limit):
    known_limit("blind18")
    check(q, setup, ENGINES)


def test_blind18_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "black": "Black", "黒": "Black", "白": "White", "シルバー": "Silver"})
