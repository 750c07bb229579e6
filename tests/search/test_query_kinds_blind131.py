"""A hundred-and-thirty-first blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
shipping and packaging supplies (English: box dividers and divider boxes, shipping and mailer
boxes, poly and bubble mailers, packing tape and tape guns, box cutters and their blades, postal
scales and their parts), office storage and shelving (English: drawer cabinets and cabinet
drawers, storage cabinets, under-desk drawers, lockers, locker shelves and locker parts, storage
totes and tote racks, wire shelving and shelving parts), a Japanese packaging and shipping shop
梱包資材・発送用品 (台車 and コンテナ台車 with their parts, コンテナ, ダンボール and ダンボールカッター,
ストレッチフィルム, コーナーガード, クッション封筒, プチプチ; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: Stretch Wrap Film, Edge
Protectors, Bubble Mailers) and a Japanese office furniture and storage shop オフィス家具・収納
(スチールラック with its parts and ラックカバー, ロッカー with ロッカー名札 and parts, キャビネット,
コートハンガー, スタンディングデスク, 書類トレー; part of its category tree in English, with
English-titled imports: Steel Shelving Unit, Steel Employee Locker, Coat Rack, Standing Desk).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
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

Written blind on 2026-12-01 (a hundred-and-thirty-first suite), as a measurement only (nothing
changed for it): 80 of 84 cases pass, 34 of 36 queries in every setup (two_types 3/4 queries,
7/8 cases; qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 14/14; mixed 7/8, 19/22); the 4
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "cabinet drawer" with
the bag-of-words encoder (a 24-drawer parts cabinet above the plain under-desk drawers) and
クッション封筒 in all three setups (a plain 角形2号 封筒 third, above the English padded envelopes).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S = "Shipping Supplies"
BOXES, INSERTS, MAILERS, TAPE = f"{S} > Boxes", f"{S} > Box Inserts", f"{S} > Mailers", f"{S} > Tape"
CUT, SCALES = f"{S} > Cutters", f"{S} > Scales"

SHIP = {
    "boxdiv": items(f"{INSERTS} > Box Dividers", ("Corrugated Box Dividers, 12 Cell, for Wine Bottles, 25 Sets", 19),
                    ("Kraftline Box Dividers, 24 Cell, Glass Jar Shipping, 10 Sets", 24),
                    ("Box Dividers for Glassware, 6 Cell, Moving Kit, 10 Sets", 14)),
    "divider": items(f"{INSERTS} > Dividers", ("Cardboard Dividers, Adjustable Partition Sheets, 20 Pack", 12),
                     ("Corrugated Layer Pads and Dividers, 25 Pack", 16)),
    "divbox": items(f"{BOXES} > Divider Boxes", ("Kraftline Divider Boxes, 6 Bottle, Corrugated, 10 Pack", 36),
                    ("Divider Box, 12 Cell, Wine Shipper, Kraft", 18),
                    ("Glassware Divider Box, 24 Cell, Double Wall", 29)),
    "box": items(f"{BOXES} > Shipping Boxes", ("Kraftline Shipping Boxes, 12x9x6, 25 Pack, Brown", 29),
                 ("Corrugated Shipping Boxes, Small, 8x6x4, 50 Pack", 24),
                 ("Double Wall Moving Boxes, Large, 10 Pack", 39)),
    "mailerbox": items(f"{BOXES} > Mailer Boxes", ("Kraftline Mailer Boxes, 9x6x3, White, 25 Pack", 28),
                       ("Corrugated Mailer Box, Tuck Top, Kraft, 50 Pack", 34),
                       ("Mailer Boxes for Subscription Packaging, Black, 20 Pack", 32)),
    "mailer": items(MAILERS, ("Kraftline Poly Mailers, 10x13, White, 100 Pack", 15),
                    ("Bubble Mailers, Padded Envelopes, 6x10, 50 Pack", 19),
                    ("Poly Mailers, Self Seal, Pink, 14.5x19, 50 Pack", 16), ("Kraft Bubble Mailers, #2, 25 Pack", 14)),
    "tapegun": items(f"{TAPE} > Tape Guns", ("Kraftline Tape Gun, 2 Inch, Pistol Grip Dispenser", 16),
                     ("Heavy Duty Tape Gun, Side Loading, Black", 22),
                     ("Lightweight Tape Gun with Safety Blade, 3 Inch", 14)),
    "tape": items(f"{TAPE} > Packing Tape", ("Kraftline Packing Tape, Clear, 6 Rolls, 2 Inch x 110 Yards", 18),
                  ("Brown Packing Tape, 6 Rolls", 17), ("Heavy Duty Shipping Tape, Clear, 3 Inch, 4 Rolls", 21),
                  ("Paper Packing Tape, Water Activated, Kraft", 25)),
    "boxcutter": items(f"{CUT} > Box Cutters", ("Slice Pro Box Cutter, Retractable, Black", 12),
                       ("Heavy Duty Box Cutter, Aluminium, Black", 9), ("Box Cutter, Auto-Retract, Yellow", 6),
                       ("Ceramic Blade Box Cutter, Black, 2 Pack", 15)),
    "boxcutter_acc": items(f"{CUT} > Blades & Holsters", ("Replacement Blades for Box Cutters, 100 Pack", 8),
                           ("Box Cutter Replacement Blades, Black Coated, 10 Pack", 4),
                           ("Blade Refill for Slice Pro Box Cutter, Ceramic", 7),
                           ("Belt Holster for Box Cutters, Black", 6)),
    "scale": items(f"{SCALES} > Postal Scales", ("Postmate Digital Postal Scale, 50 lb, White", 29),
                   ("Postal Scale, 110 lb, Stainless Platform, Black", 39), ("USB Postal Scale, 10 lb, White", 24),
                   ("Compact Postal Scale, 25 lb, Silver", 19),
                   ("Heavy Duty Postal Scale, 400 lb, Folding Display, White", 69)),
    "scale_acc": items(f"{SCALES} > Scale Accessories", ("AC Adapter for Postal Scales, 9V, White", 9),
                       ("Postal Scale Replacement Platform, Stainless", 15),
                       ("Calibration Weight for Postal Scales, 5 lb", 12),
                       ("Postmate Postal Scale Replacement Display Cable, White", 11)),
    "bubblewrap": items(f"{S} > Cushioning > Bubble Wrap",
                        ("Kraftline Bubble Wrap Roll, 12 Inch x 100 ft, Perforated", 19),
                        ("Large Bubble Wrap, 24 Inch x 50 ft", 24)),
    "noise": each(("Packing Peanuts, 3.5 cu ft, Anti-Static", f"{S} > Cushioning > Void Fill", 22),
                  ("Shipping Labels, 4x6, Direct Thermal, 500 Labels", f"{S} > Labels", 18),
                  ("Stretch Wrap Film, 18 Inch x 1500 ft, Clear", f"{S} > Pallet Wrap", 29)),
}

OF, ST = "Office Furniture", "Storage & Shelving"
LOCK, WIRE = f"{OF} > Lockers", f"{ST} > Wire Shelving"

OFFICE = {
    "drawercab": items(f"{OF} > Cabinets > Drawer Cabinets", ("Ledgerline Drawer Cabinet, 5 Drawers, Steel, Grey", 149),
                       ("Rolling Drawer Cabinet, 3 Drawers, Lockable, White", 119),
                       ("Small Parts Drawer Cabinet, 24 Drawers, Clear", 39)),
    "cabinet": items(f"{OF} > Cabinets > Storage Cabinets",
                     ("Ledgerline Storage Cabinet, 2 Doors, 4 Shelves, Grey", 229),
                     ("Metal Storage Cabinet, Lockable, 72 Inch, Black", 269),
                     ("Wood Office Cabinet with Doors, White", 179)),
    "cabdrawer": items(f"{ST} > Cabinet Organizers", ("Pull-Out Cabinet Drawer, Under Sink, 2 Tier, White", 39),
                       ("Cabinet Drawer Slide-Out Organizer, Bamboo, 14 Inch", 45),
                       ("Ledgerline Cabinet Drawers, Sliding, Soft Close, 2 Pack", 59)),
    "drawer": items(f"{OF} > Desk Accessories > Drawers", ("Under-Desk Drawer, Slide-Out, Adhesive Mount, Black", 19),
                    ("Pencil Drawer, Center Mount, Attachable, Grey", 24), ("Clip-On Desk Drawer, Hidden, Wood", 29)),
    "locker": items(LOCK, ("Ledgerline Steel Locker, 6 Doors, Grey", 189),
                    ("Employee Locker, 2 Tier, 12 Inch, Grey", 149),
                    ("Single Tier Locker, Ventilated, Grey", 229), ("Steel Locker, 4 Doors, Blue", 129),
                    ("Wood Locker, 9 Cubbies, White", 199)),
    "lockershelf": items(f"{LOCK} > Locker Accessories", ("Locker Shelf, Steel, Fits 12 Inch Lockers, Grey", 19),
                         ("Adjustable Locker Shelf, Hanging, Magnetic", 24),
                         ("Ledgerline Locker Shelf Insert, Stackable", 15)),
    "locker_acc": items(f"{LOCK} > Locker Accessories", ("Replacement Keys for Lockers, 2 Pack, Grey", 9),
                        ("Number Plates for Lockers, 1-50, Grey", 14), ("Locker Replacement Hasp, Padlock Ready", 8)),
    "tote": items(f"{ST} > Storage Totes", ("Ledgerline Storage Tote, 27 Gallon, Black/Yellow Lid", 19),
                  ("Clear Storage Totes with Latching Lids, 4 Pack", 39), ("Heavy Duty Tote, 18 Gallon, Grey", 16)),
    "toterack": items(f"{ST} > Tote Racks", ("Tote Rack, Holds 8 Totes, Steel, 27 Gallon", 139),
                      ("Ledgerline Tote Rack, Rolling, 6 Bins", 119),
                      ("Wall-Mounted Tote Rack, Overhead, 4 Totes", 89)),
    "shelving": items(WIRE, ("Ledgerline Wire Shelving Unit, 5 Tier, 36x14x72, Chrome", 99),
                      ("Wire Shelving, 4 Shelves, NSF, Black", 89),
                      ("Heavy Duty Wire Shelving, 6 Tier, Black, with Wheels", 129),
                      ("Wire Shelving Unit, 3 Tier, Black, Compact", 59), ("Small Wire Shelving, 3 Tier, Chrome", 45)),
    "shelving_acc": items(f"{WIRE} > Shelving Parts", ("Replacement Shelf for Wire Shelving, 36x14, Black", 29),
                          ("Casters for Wire Shelving, 4 Pack, Black", 19),
                          ("Wire Shelving Replacement Posts, 72 Inch, Black, 4 Pack", 35),
                          ("Shelf Liners for Wire Shelving, 4 Pack, Clear", 14)),
    "noise": each(("Ergonomic Office Chair, Mesh, Black", f"{OF} > Chairs", 199),
                  ("Electric Standing Desk, 48 Inch, Walnut", f"{OF} > Desks", 299)),
}

K, SE = "梱包資材", "Shipping Supplies"
DOLLY = f"{K} > 台車"

KONPO = {
    "dolly": items(DOLLY, ("台車 折りたたみ 平台車 150kg 静音 ブルー", 4980), ("台車 スチール 大型 300kg 黒", 7980),
                   ("Folding Platform Truck, 330 lb, Blue", 5480), ("台車 ミニ 樹脂 軽量 ブルー 耐荷重60kg", 2980),
                   ("台車 木製 平台 キャスター4輪 30kg", 1980)),
    "dolly_acc": items(f"{DOLLY} > 台車パーツ", ("台車用 キャスター 交換用 100mm 4個 ブルー", 1980),
                       ("台車専用 ストッパー 後付け", 980), ("台車対応 荷締めベルト 2本 ブルー", 780),
                       ("キャスター 台車用 自在 ゴム 2個", 1280)),
    "contdolly": items(f"{DOLLY} > コンテナ台車", ("コンテナ台車 樹脂 4輪 グレー", 3480), ("コンテナ台車 連結式 ブルー 2台", 3980),
                       ("コンテナ台車 スチール ハンドル付き 黒", 4980)),
    "container": items(f"{K} > コンテナ", ("折りたたみコンテナ 50L 蓋付き グレー", 1980),
                       ("コンテナボックス 40L 積み重ね 業務用 ブルー", 1480),
                       ("Heavy Duty Storage Container, 50L, Stackable, Grey", 2280)),
    "box": items(f"{SE} > Cardboard Boxes", ("ダンボール 60サイズ 20枚 宅配 クラフト", 1480),
                 ("ダンボール 100サイズ 10枚 引越し 無地", 1680), ("ダンボール 80サイズ 取っ手付き 10枚", 1580),
                 ("Corrugated Shipping Boxes, 12x9x6, 25 Pack", 2480)),
    "box_acc": items(f"{SE} > Cardboard Boxes > Box Accessories", ("ダンボール用 取っ手 プラスチック 20個", 580),
                     ("ダンボール専用 仕切り 12マス", 780), ("ダンボール対応 ラベルシール 取扱注意 100枚", 480),
                     ("ワレモノ シール ダンボール用 50枚", 380)),
    "boxcutter": items(f"{K} > カッター", ("ダンボールカッター 安全 刃先丸型 オレンジ", 680),
                       ("ダンボールカッター 替刃式 ステンレス", 980), ("ダンボール カッター セラミック刃 開封用", 580)),
    "stretch": items(f"{SE} > Stretch Film", ("ストレッチフィルム 500mm×300m 15μ 6巻 手巻き", 5980),
                     ("ストレッチフィルム 300mm 幅狭 透明 4巻", 2980),
                     ("Stretch Wrap Film, 18 Inch x 1000 ft, Clear, 4 Rolls", 4480),
                     ("Hand Stretch Film, 15 Inch, Blue Tint", 2480)),
    "cornerguard": items(f"{SE} > Edge Protection", ("コーナーガード 梱包用 L字 紙製 50本", 1980),
                         ("Cardboard Edge Protectors, 2x2 Inch, 50 Pack", 2280),
                         ("Corner Protectors for Shipping, Foam, 24 Pack", 1280)),
    "envelope": items(f"{SE} > Mailers", ("クッション封筒 A4 20枚 白 プチプチ付き", 1280),
                      ("クッション封筒 CD・DVDサイズ 50枚 クラフト", 1480),
                      ("Bubble Mailers, Padded Envelopes, 6x10, 25 Pack", 1680),
                      ("Kraft Padded Envelopes, #0, 50 Pack", 1980)),
    "bubblewrap": items(f"{SE} > Bubble Wrap", ("プチプチ ロール 幅600mm×42m 緩衝材", 1980),
                        ("エアキャップ 幅1200mm 巻 d37 梱包", 2980), ("気泡緩衝材 シート 300×400mm 100枚", 1480)),
    "noise": each(("角形2号 封筒 クラフト 100枚", "文具 > 封筒", 880),
                  ("紙 緩衝材 クラフト ロール 幅500mm", f"{SE} > Void Fill", 1480),
                  ("クラフトテープ 50mm×50m 茶 5巻", f"{K} > テープ", 980),
                  ("OPPテープ 透明 48mm 50巻", f"{K} > テープ", 2980)),
}

O, OE, OS = "オフィス家具", "Office Furniture", "Office Storage"
RACK, LOCKER = f"{O} > スチールラック", f"{O} > ロッカー"

JIMU = {
    "rack": items(RACK, ("スチールラック 5段 幅90 奥行45 耐荷重250kg 白", 8980), ("スチールラック 4段 幅60 スリム 黒", 5980),
                  ("スチールラック 3段 幅120 業務用 白", 9980), ("スチールラック ミニ 2段 白 キャスター付き", 3980),
                  ("Steel Shelving Unit, 5 Tier, 48x18x72, White", 10980),
                  ("スチールラック 2段 ミニ ブラック 幅45", 2980)),
    "rack_acc": items(f"{RACK} > ラック用パーツ", ("スチールラック用 棚板 幅90 白 2枚", 1980),
                      ("スチールラック専用 キャスター 4個 白", 1480), ("スチールラック対応 サイドバー 白", 980),
                      ("棚板 スチールラック用 追加 幅60 白", 1280)),
    "rackcover": items(f"{RACK} > ラックカバー", ("ラックカバー 幅90×高さ180 防塵 ファスナー付き ベージュ", 1980),
                       ("ラックカバー 幅60 透明 PVC", 1480), ("スチールラック カバー 不織布 グレー 幅120", 1680)),
    "locker": items(LOCKER, ("ロッカー 6人用 スチール 鍵付き グレー", 29800), ("ロッカー 1人用 縦型 鍵付き ホワイト", 14800),
                    ("ロッカー 3列 9人用 ダイヤル錠", 39800), ("Steel Employee Locker, 3 Door, Grey", 24800)),
    "locker_acc": items(f"{LOCKER} > ロッカー用品", ("ロッカー専用 合鍵 交換用 2本", 980),
                        ("ロッカー対応 ミラー マグネット式", 1280), ("ハンガー ロッカー用 ステンレス", 380)),
    "lockertag": items(f"{LOCKER} > ロッカー用品", ("ロッカー 名札 マグネット 10枚 白", 680),
                       ("ロッカー名札 差し込み式 アルミ 5枚", 880), ("ロッカー用 名札 カード 20枚", 480)),
    "cabinet": items(f"{O} > キャビネット", ("キャビネット 両開き 書庫 スチール 白 鍵付き", 19800),
                     ("キャビネット 引き違い 3段 A4 グレー", 15800),
                     ("Steel Storage Cabinet, Lockable, 2 Doors, Grey", 22800),
                     ("Office Filing Cabinet, 4 Drawer, Black", 17800)),
    "coathanger": items(f"{OE} > Coat Racks", ("Coat Rack, Freestanding, Metal, 8 Hooks, Black", 3980),
                        ("Wooden Coat Rack Stand, Natural", 4980), ("コートハンガー スリム 木製 オフィス", 3480)),
    "standdesk": items(f"{OE} > Desks > Standing Desks", ("Electric Standing Desk, 140x70cm, Dual Motor, White", 39800),
                       ("Height Adjustable Standing Desk, Manual Crank, Oak", 24800),
                       ("スタンディングデスク 電動 昇降 120cm 黒", 29800), ("Standing Desk, Single Motor, 120cm, Black", 27800)),
    "doctray": items(f"{OS} > Document Trays", ("書類トレー A4 3段 クリア", 980), ("書類トレー 横型 スチール 黒", 1480),
                     ("書類トレー A4 縦型 2段 スタッキング 白", 780)),
    "noise": each(("デスク 120cm 木製 オフィス", f"{OE} > Desks > Office Desks", 12800),
                  ("オフィスチェア メッシュ ハイバック 黒", f"{O} > チェア", 12800)),
}

SHOPS = {"ship": SHIP, "office": OFFICE, "konpo": KONPO, "jimu": JIMU}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("ship", "box dividers", "boxdiv", ["divider"], ["divbox"]),
    two_types("ship", "divider box", "divbox", ["box"], ["boxdiv"]),
    two_types("office", "drawer cabinet", "drawercab", ["cabinet"], ["cabdrawer"]),
    two_types("office", "cabinet drawer", "cabdrawer", ["drawer"], ["drawercab"]),
    # --- 2. a leading product word that modifies the head
    qualifies("ship", "tape gun", ["tapegun"], ["tape"]),
    qualifies("ship", "mailer box", ["mailerbox"], ["mailer"]),
    qualifies("office", "locker shelf", ["lockershelf"], ["locker"]),
    qualifies("office", "tote rack", ["toterack"], ["tote"]),
    qualifies("konpo", "コンテナ台車", ["contdolly"], ["container"]),
    qualifies("konpo", "ダンボール カッター", ["boxcutter"], ["box"]),
    qualifies("jimu", "ラック カバー", ["rackcover"], ["rack"]),
    qualifies("jimu", "ロッカー 名札", ["lockertag"], ["locker"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("ship", "box cutter", ["boxcutter"], ["boxcutter_acc"]),
    accessories("ship", "postal scale", ["scale"], ["scale_acc"]),
    accessories("office", "lockers", ["locker"], ["locker_acc", "lockershelf"]),
    accessories("office", "wire shelving", ["shelving"], ["shelving_acc"]),
    accessories("konpo", "台車", ["dolly", "contdolly"], ["dolly_acc"]),
    accessories("konpo", "ダンボール", ["box"], ["box_acc"]),
    accessories("jimu", "スチールラック", ["rack"], ["rack_acc", "rackcover"]),
    accessories("jimu", "ロッカー", ["locker"], ["locker_acc", "lockertag"]),
    # black box cutters: Slice Pro 12, heavy duty 9, ceramic 15 (a yellow one 6; black accessories 4-6)
    price("ship", "cheap black box cutter", "boxcutter-1", ["boxcutter_acc"]),
    # white postal scales: Postmate 29, USB 24, heavy duty 69 (a silver one 19; white accessories 9-11)
    price("ship", "budget white postal scale", "scale-2", ["scale_acc"]),
    # grey lockers: 6-door 189, 2-tier 149, single tier 229 (a blue one 129; grey parts 9-14, a grey locker shelf 19)
    price("office", "cheap grey locker", "locker-1", ["locker_acc", "lockershelf"]),
    # black wire shelving: 4-shelf 89, heavy duty 129, 3-tier 59 (chrome ones 45 and 99; black parts 19-35)
    price("office", "budget black wire shelving", "shelving-3", ["shelving_acc"]),
    # blue dollies: folding 4980, English 5480, mini 2980, blue container dolly 3980 (a wooden one with no colour
    # 1980; blue parts 780-1980)
    price("konpo", "格安 ブルー 台車", "dolly-3", ["dolly_acc"]),
    # white steel racks: 5-tier 8980, 3-tier 9980, mini 3980, English 10980 (a black mini 2980; white parts 980-1980)
    price("jimu", "お手頃 白 スチールラック", "rack-3", ["rack_acc", "rackcover"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("konpo", "ストレッチフィルム", "stretch"),
    mixed("konpo", "コーナーガード", "cornerguard"),
    mixed("konpo", "クッション封筒", "envelope"),
    mixed("konpo", "bubble wrap", "bubblewrap"),
    mixed("jimu", "キャビネット", "cabinet"),
    mixed("jimu", "コートハンガー", "coathanger"),
    mixed("jimu", "スタンディングデスク", "standdesk"),
    mixed("jimu", "document tray", "doctray"),
]

_ENVELOPE = "a plain 角形2号 封筒 (no cushioning) third, above the English-titled padded envelopes and bubble mailers"
LIMITS: dict = {
    ("blind131", "two_types:office:cabinet_drawer", "categories-dense"):
        "'Small Parts Drawer Cabinet, 24 Drawers' ranks above the plain under-desk drawer",
    ("blind131", "mixed:konpo:クッション封筒", "categories-lexical"): _ENVELOPE,
    ("blind131", "mixed:konpo:クッション封筒", "categories-dense"): _ENVELOPE,
    ("blind131", "mixed:konpo:クッション封筒", "categories-latin-only"): _ENVELOPE,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind131(q: Q, setup: str, known_limit):
    known_limit("blind131")
    check(q, setup, ENGINES)


def test_blind131_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "grey": "Grey", "ブルー": "Blue", "白": "White"})
