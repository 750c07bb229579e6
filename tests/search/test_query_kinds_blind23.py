"""A twenty-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: skiing and
snowboarding (English), garage and workshop storage (tool chests, pegboards, shelving, hooks;
English), Japanese nail care and hair accessories ネイル・ヘアアクセサリー (part of its category tree
in English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese
calligraphy and art supplies 書道・画材 (brushes, ink, paper, easels, palettes; with English-titled
imports and part of its tree in English). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twenty-third suite), as a measurement only (nothing changed for it):
90 of 95 cases pass, 36 of 38 queries in every setup (two_types 5/6 queries, 11/13 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 14/14; mixed 9/10, 25/28); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "drawer organizer" (the "Organizer Drawers" parts cabinets rank above a
plain organizer) and 水彩紙 (a ペーパーパレット third, above the third watercolour paper).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

SK = "Ski & Snowboard"
GOG, HEL, SB = f"{SK} > Goggles", f"{SK} > Helmets", f"{SK} > Snowboard"

SKI = {
    "goggle": items(GOG, ("Frostline Ski Goggles, OTG, Mirrored Lens, Black", 89),
                    ("Alpcrest Ski Goggles, Frameless, Magnetic Lens, Black", 129),
                    ("Ski Goggles, Anti-Fog, Double Lens, Black", 59), ("Kids Ski Goggles, Anti-Fog, White", 39),
                    ("Snowboard Goggles, Cylindrical Lens, White", 49)),
    "goggle_acc": items(f"{GOG} > Goggle Accessories", ("Replacement Lens for Frostline Ski Goggles, Black", 25),
                        ("Ski Goggles Replacement Lens, Low Light, Yellow", 29),
                        ("Microfiber Bag for Ski Goggles, Black", 9)),
    "helmet": items(HEL, ("Alpcrest Ski Helmet, MIPS, White, M", 149), ("Ski Helmet, Adjustable Dial, White", 79),
                    ("Frostline Snowboard Helmet, Audio Ready, White", 99), ("Ski Helmet, Lightweight, Black", 59),
                    ("Kids Ski Helmet, Red", 45)),
    "helmet_acc": items(f"{HEL} > Helmet Accessories", ("Replacement Ear Pads for Ski Helmets, White", 19),
                        ("Ski Helmet Replacement Liner, White, M", 29), ("Goggle Clip for Ski Helmets, White", 9)),
    "binding": items(f"{SB} > Bindings", ("Ridgeway Snowboard Bindings, Medium Flex, Black, M", 199),
                     ("Snowboard Bindings, Rear Entry, L", 249),
                     ("Freestyle Snowboard Bindings, Soft Flex, White", 149)),
    "binding_acc": items(f"{SB} > Binding Parts", ("Replacement Ankle Straps for Snowboard Bindings, Pair", 39),
                         ("Snowboard Binding Replacement Ratchets, 2 Pack", 25),
                         ("Mounting Screws for Snowboard Bindings, M6, 8 Pack", 9)),
    "waxiron": items(f"{SK} > Tuning > Wax Irons", ("Ridgeway Wax Iron, Ski & Snowboard, 1000W", 69),
                     ("Digital Wax Iron, Thick Base Plate", 109), ("Travel Wax Iron, Dual Voltage", 55)),
    "wax": items(f"{SK} > Tuning > Wax", ("Ridgeway All-Temp Ski Wax, 100g", 15),
                 ("Fluoro-Free Hot Wax, Cold, 180g", 22),
                 ("Rub-On Snowboard Wax, Universal", 9)),
    "bootbag": items(f"{SK} > Bags > Boot Bags", ("Alpcrest Ski Boot Bag, Backpack Straps, Black", 59),
                     ("Boot Bag, Ventilated, Helmet Compartment, 65L", 79), ("Snowboard Boot Bag, Padded, Grey", 39)),
    "boot": items(f"{SK} > Boots", ("Alpcrest Ski Boots, Flex 100, Men's", 399),
                  ("Ski Boots, Women's, Flex 80, White", 299),
                  ("Ridgeway Snowboard Boots, BOA, Black", 279)),
    "noise": each(("Ski Poles, Aluminium, Pair, 120cm", f"{SK} > Poles", 49),
                  ("Hand Warmers, Air Activated, 10 Pairs", f"{SK} > Accessories", 12),
                  ("Ski Gloves, Waterproof, Insulated, Black", f"{SK} > Gloves", 45),
                  ("Neck Gaiter, Fleece, Black", f"{SK} > Accessories", 15)),
}

G, W = "Garage Storage", "Workshop"
WALL, ORG, SHELF = f"{G} > Wall Storage", f"{G} > Organizers", f"{G} > Shelving"

GARAGE = {
    "hookrail": items(f"{WALL} > Hook Rails", ("Steelgrip Wall Hook Rail, 48 in, 6 Hooks, Black", 39),
                      ("Wooden Hook Rail, 5 Hooks, Entryway & Garage", 29),
                      ("Heavy Duty Hook Rail, 36 in, 4 Double Hooks", 34)),
    "rail": items(f"{WALL} > Rails", ("Steelgrip Wall Storage Rail, 48 in, Black", 24),
                  ("Garage Track Rail System, 2 x 48 in", 45)),
    "railhook": items(f"{WALL} > Rail Hooks", ("Steelgrip Rail Hooks, Double Utility, 4 Pack", 19),
                      ("Track Rail Hooks, Bike & Ladder, Set of 6", 35), ("Rail Hooks, J-Hook, Black, 2 Pack", 12)),
    "hook": items(f"{G} > Hooks", ("Heavy Duty Utility Hooks, Screw-In, 8 Pack", 16),
                  ("Bike Hooks, Vinyl Coated, 4 Pack", 11), ("Ceiling Hooks for Ladders & Hoses, 2 Pack", 18)),
    "draworg": items(f"{ORG} > Drawer Organizers", ("Drawer Organizer Trays, Set of 16, Clear", 22),
                     ("Foam Drawer Organizer, Custom Cut, 2 Layer, Black", 28),
                     ("Magnetic Drawer Organizer, Hardware Trays, 4 Pack", 19)),
    "organizer": items(ORG, ("Hardware Organizer, 18 Compartments, Clear Lids", 15),
                       ("Wall Mount Tool Organizer, Rake & Shovel, 6 Slots", 32)),
    "orgdrawer": items(f"{ORG} > Small Parts Drawers", ("Organizer Drawers, 39 Small Parts Drawers, Wall Mount", 36),
                       ("Steelgrip Stackable Organizer Drawers, 3 Drawers, Clear", 29),
                       ("Parts Organizer Drawers, 64 Drawer Cabinet", 59)),
    "drawer": items(f"{G} > Drawer Units", ("Under-Bench Drawers, Steel, 2 Drawer, Grey", 89),
                    ("Stackable Plastic Storage Drawers, 3 Tier, White", 35)),
    "shelfbin": items(f"{G} > Bins > Shelf Bins", ("Shelf Bins, Stackable, Yellow, 12 Pack", 42),
                      ("Steelgrip Shelf Bins, Open Front, 4 x 11 in, Blue", 26),
                      ("Plastic Shelf Bins, Divided, 6 Pack", 31)),
    "bin": items(f"{G} > Bins", ("Heavy Duty Storage Bins with Lids, 27 Gal, Black, 4 Pack", 69),
                 ("Clear Storage Bins, Latching Lid, 64 Qt, 6 Pack", 79)),
    "binshelf": items(f"{SHELF} > Bin Shelving", ("Bin Shelving Unit, 36 Bins, 5 Shelves", 189),
                      ("Steelgrip Bin Shelf, Wall Mount, with 24 Bins", 119)),
    "shelf": items(SHELF, ("Steelgrip Garage Shelving Unit, 5 Tier, 72 in, Black", 129),
                   ("Wall Shelf, Heavy Duty, 48 in, Steel", 59)),
    "shelfliner": items(f"{SHELF} > Shelf Liners", ("Shelf Liner, Non-Slip, 20 in x 10 ft, Black", 14),
                        ("Steelgrip Shelf Liner for Wire Shelving, Clear", 19),
                        ("Ribbed Rubber Shelf Liner, 24 in x 20 ft", 29)),
    "pegboard": items(f"{W} > Pegboards", ("Steelgrip Metal Pegboard, 2 Panels, 24 x 48 in, Black", 59),
                      ("Pegboard Panel, Hardboard, 4 x 2 ft, White", 19), ("Pegboard Wall Kit, 3 Panels, Red", 49),
                      ("Plastic Pegboard, 4 Panels, Black", 39)),
    "peghook": items(f"{W} > Pegboards > Pegboard Hooks", ("Pegboard Hook Kit, L-Hooks & J-Hooks, 100 Piece", 17),
                     ("Steelgrip Pegboard Hooks, Locking, 50 Pack, Black", 12),
                     ("Pegboard Hooks, Double Prong, 25 Pack", 9)),
    "pegacc": items(f"{W} > Pegboards > Pegboard Accessories",
                    ("Tool Holders for Pegboard, Screwdriver Rack, Black", 14)),
    "toolchest": items(f"{W} > Tool Storage > Tool Chests", ("Steelgrip Tool Chest, 5 Drawer, Ball Bearing, Red", 249),
                       ("Rolling Tool Chest, 8 Drawer, Black", 399), ("Portable Tool Chest, 3 Drawer, Red", 89),
                       ("Top Tool Chest, 6 Drawer, Red", 179), ("Mini Tool Chest, 3 Drawer, Blue", 59)),
    "toolchest_acc": items(f"{W} > Tool Storage > Tool Chest Parts",
                           ("Drawer Liners for Tool Chests, Non-Slip, Red", 19),
                           ("Tool Chest Replacement Casters, 5 in, Red, 4 Pack", 29)),
}

N, NE, HA = "ネイル", "Nail Care", "Hair Accessories"

NAIL = {
    "light": items(f"{N} > ネイルライト", ("ネイルライト UV LED 48W 自動センサー 白", 2980), ("ネイルライト 折りたたみ 36W 白", 1980),
                   ("UV LED Nail Lamp, 54W, Timer, White", 2480), ("ネイルライト ミニ USB ピンク", 980),
                   ("ネイルライト 充電式 コードレス ピンク", 3980)),
    "light_acc": items(f"{N} > ネイルライト > ライト小物", ("ネイルライト用 交換電球 UV 4本 白", 680),
                       ("ネイルライト専用 ハンドレスト 白", 880), ("ネイルライト対応 USB 電源アダプター 白", 780)),
    "tip": items(f"{N} > ネイルチップ", ("ネイルチップ ショート オーバル 24枚 クリア", 880), ("ネイルチップ 付け爪 ロング ピンク 30枚", 1280),
                 ("ネイルチップ ワンホン ジェル 10本 ミルクティー", 1980), ("Press On Nails, Short Square, 24 Pcs, Nude", 1080)),
    "tip_acc": items(f"{N} > ネイルチップ > チップ小物", ("ネイルチップ用 グルー 両面テープ 240枚", 380),
                     ("ネイルチップ専用 リムーバー 10ml", 480), ("ネイルチップ対応 ウッドスティック 20本", 280)),
    "tipcase": items(f"{N} > ネイルチップ > チップケース", ("ネイルチップ ケース 収納 24枠 クリア", 680),
                     ("ネイルチップ 収納ケース 10段 ボックス", 1480), ("ネイルチップ用 ディスプレイケース 透明", 880)),
    "file": items(f"{NE} > Nail Files", ("Glass Nail File, Double Sided, with Case", 980),
                  ("Nail File, 100/180 Grit, 10 Pack", 580),
                  ("爪やすり ガラス製 ケース付き", 880), ("ネイルファイル スポンジバッファー 5個", 480)),
    "cuticle": items(f"{NE} > Cuticle Care", ("Cuticle Oil Pen, Vitamin E, 3 Pack", 880),
                     ("Cuticle Oil, Almond, 15ml", 1080),
                     ("ネイルオイル ペンタイプ 無香料", 680), ("キューティクルオイル 爪 保湿 10ml", 980)),
    "brushcleaner": items(f"{N} > ネイル用品 > ブラシクリーナー", ("ブラシクリーナー ジェルネイル用 120ml", 880),
                          ("ブラシクリーナー 筆 洗浄液 60ml", 680), ("Brush Cleaner for Gel Nail Brushes, 100ml", 980)),
    "brush": items(f"{N} > ネイル用品 > ネイルブラシ", ("ネイルブラシ ジェル 平筆 #8", 580), ("ネイルブラシ アート 細筆 5本セット", 980),
                   ("ダストブラシ ネイル 粉払い", 380)),
    "hairclip": items(f"{HA} > Hair Clips", ("Claw Hair Clips, Large, Matte, 4 Pack", 980),
                      ("Hair Claw Clip, Tortoise, 11cm", 780),
                      ("バンスクリップ 大きめ べっ甲 11cm", 880), ("ヘアクリップ 大 マット くすみカラー 4個", 1080)),
    "scrunchie": items(f"{HA} > Scrunchies", ("Satin Scrunchies, 6 Pack, Pastel", 780),
                       ("Silk Scrunchie, Large, Black", 1280),
                       ("シュシュ サテン 大きめ 3個セット", 680)),
    "hairtie": items(f"{HA} > Hair Ties", ("ヘアゴム 太め 20本 黒", 380), ("ヘアゴム 細 シンプル 50本 ブラウン", 480),
                     ("ヘアゴム スパイラル コイル 6個 クリア", 580)),
    "standmirror": items("美容小物 > ミラー", ("スタンドミラー LEDライト付き 卓上 白", 2980), ("スタンドミラー 折りたたみ 拡大鏡付き", 1980),
                         ("卓上 スタンドミラー 角度調整 ゴールド", 1480)),
    "mirror": items("美容小物 > ミラー", ("ハンドミラー 手鏡 コンパクト", 680), ("コンパクトミラー 拡大鏡 2面", 880)),
    "mirrorstand": items("美容小物 > ミラースタンド", ("ミラースタンド 手鏡用 木製", 780), ("ミラースタンド アクリル 卓上 手鏡立て", 580)),
}

S, A, AE = "書道用品", "画材", "Art Supplies"

SHODO = {
    "fudeoki": items(f"{S} > 筆置き", ("筆置き 陶器 5山 白", 880), ("筆置き 木製 書道 3本用", 680), ("筆置き 真鍮 文人 2個", 1280)),
    "fude": items(f"{S} > 筆", ("書道 筆 太筆 兼毫 3号", 1280), ("小筆 細字用 書道 イタチ毛", 880), ("書道筆 半紙用 羊毛 2号", 1580),
                  ("Calligraphy Brush Set, 4 Pieces, Wolf Hair", 1980)),
    "brushpen": items("Calligraphy > Brush Pens", ("筆ペン 慶弔 2本セット 薄墨", 550), ("筆ペン カートリッジ式 中字", 380),
                      ("ぺんてる 筆ペン 極細 黒", 330)),
    "ink": items(f"{S} > 墨汁", ("墨汁 書道用 濃墨 500ml", 680), ("Sumi Ink, Liquid, 180ml, Black", 880), ("墨液 普及用 1L", 980)),
    "sumi": items(f"{S} > 固形墨", ("固形墨 油煙 3丁型 書道", 1280), ("墨 松煙墨 2丁", 980)),
    "suzuri": items(f"{S} > 硯", ("硯 天然石 端渓 4.5寸", 6800), ("硯 書道用 陶製 5寸 黒", 1280), ("硯 プラスチック 学童 軽量", 480),
                    ("Chinese Inkstone with Lid, Stone, 5 inch", 2480)),
    "suzuri_acc": items(f"{S} > 硯 > 硯小物", ("硯用 蓋 5寸 プラスチック", 380), ("硯専用 ケース 桐箱 4.5寸", 1980),
                        ("硯対応 硯洗い ブラシ", 480)),
    "knife": items(f"{A} > 油絵 > パレットナイフ", ("パレットナイフ ステンレス 5本セット", 980), ("パレットナイフ 油絵 No.3 木柄", 480),
                   ("Palette Knife Set, Stainless Steel, 5 Pieces", 880)),
    "palette": items(f"{A} > パレット", ("パレット 水彩 アルミ 折りたたみ 白", 1280), ("絵の具 パレット プラスチック 大 白", 380),
                     ("Watercolor Palette, Porcelain, 10 Wells, White", 1480), ("ペーパーパレット 使い捨て 40枚", 680)),
    "easel": items(f"{AE} > Easels", ("イーゼル 木製 卓上 A3 ナチュラル", 1980), ("イーゼル スタンド アルミ 伸縮 黒", 2480),
                   ("Tabletop Easel, Beech Wood, Adjustable", 2980), ("イーゼル 三脚 スチール 160cm 黒", 3480),
                   ("Display Easel, Metal, 63 inch, Black", 2980)),
    "easel_acc": items(f"{AE} > Easels > Easel Accessories", ("イーゼル用 キャンバスホルダー 黒", 580),
                       ("イーゼル専用 収納バッグ 黒", 1280), ("キャンバス クランプ イーゼル対応 黒 2個", 480)),
    "sketchbook": items(f"{AE} > Paper > Sketchbooks", ("Sketchbook, A4, 100 Sheets, Spiral", 980),
                        ("Hardcover Sketch Book, 120gsm, A5", 1280), ("スケッチブック F4 画用紙 24枚", 480)),
    "wcpaper": items(f"{A} > 紙 > 水彩紙", ("Watercolor Paper Pad, Cold Press, 300gsm, A4", 1480), ("水彩紙 ブロック 中目 F4", 1980),
                     ("水彩画用紙 300g 20枚", 1280)),
    "canvas": items(f"{A} > キャンバス", ("Stretched Canvas, 30x40cm, 5 Pack", 1980),
                    ("Canvas Panels, 8x10 inch, 12 Pack", 1480),
                    ("キャンバス F6 張りキャンバス 綿", 980)),
}

SHOPS = {"ski": SKI, "garage": GARAGE, "nail": NAIL, "shodo": SHODO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("garage", "hook rail", "hookrail", ["rail"], ["railhook"]),
    two_types("garage", "rail hooks", "railhook", ["hook"], ["hookrail"]),
    two_types("garage", "drawer organizer", "draworg", ["organizer"], ["orgdrawer"]),
    two_types("garage", "organizer drawers", "orgdrawer", ["drawer"], ["draworg"]),
    two_types("garage", "shelf bins", "shelfbin", ["bin"], ["binshelf"]),
    two_types("nail", "スタンドミラー", "standmirror", ["mirror"], ["mirrorstand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("ski", "wax iron", ["waxiron"], ["wax"]),
    qualifies("ski", "boot bag", ["bootbag"], ["boot"]),
    qualifies("garage", "shelf liner", ["shelfliner"], ["shelf"]),
    qualifies("garage", "pegboard hooks", ["peghook"], ["pegboard"]),
    qualifies("nail", "ネイルチップ ケース", ["tipcase"], ["tip"]),
    qualifies("nail", "ブラシ クリーナー", ["brushcleaner"], ["brush"]),
    qualifies("shodo", "筆置き", ["fudeoki"], ["fude"]),
    qualifies("shodo", "パレットナイフ", ["knife"], ["palette"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("ski", "ski goggles", ["goggle"], ["goggle_acc"]),
    accessories("ski", "snowboard bindings", ["binding"], ["binding_acc"]),
    accessories("garage", "tool chest", ["toolchest"], ["toolchest_acc"]),
    accessories("garage", "pegboard", ["pegboard"], ["peghook", "pegacc"]),
    accessories("nail", "ネイルライト", ["light"], ["light_acc"]),
    accessories("nail", "ネイルチップ", ["tip"], ["tip_acc", "tipcase"]),
    accessories("shodo", "イーゼル", ["easel"], ["easel_acc"]),
    accessories("shodo", "硯", ["suzuri"], ["suzuri_acc"]),
    # black ski goggles: Frostline 89, Alpcrest 129, anti-fog 59 (white ones 39 and 49; black accessories 9-25)
    price("ski", "cheap black ski goggles", "goggle-2", ["goggle_acc"]),
    # white ski helmets: Alpcrest 149, dial 79, Frostline snowboard 99 (a black one 59, a red one 45; white
    # accessories 9-29)
    price("ski", "budget white ski helmet", "helmet-1", ["helmet_acc"]),
    # red tool chests: Steelgrip 249, portable 89, top chest 179 (a black one 399, a blue mini 59; red parts 19-29)
    price("garage", "budget red tool chest", "toolchest-2", ["toolchest_acc"]),
    # black pegboards: Steelgrip metal 59, plastic 39 (a white panel 19, a red kit 49; black hooks 12-14)
    price("garage", "cheap black pegboard", "pegboard-3", ["peghook", "pegacc"]),
    # white nail lights: 48W 2980, folding 1980, English lamp 2480 (pink ones 980 and 3980; white accessories 680-880)
    price("nail", "格安 白 ネイルライト", "light-1", ["light_acc"]),
    # black easels: aluminium 2480, steel tripod 3480, English display easel 2980 (a natural one 1980, an English
    # beech one 2980; black accessories 480-1280)
    price("shodo", "お手頃 黒 イーゼル", "easel-1", ["easel_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("nail", "キューティクルオイル", "cuticle"),
    mixed("nail", "ヘアクリップ", "hairclip"),
    mixed("nail", "シュシュ", "scrunchie"),
    mixed("nail", "爪やすり", "file"),
    mixed("nail", "hair ties", "hairtie"),
    mixed("shodo", "スケッチブック", "sketchbook"),
    mixed("shodo", "キャンバス", "canvas"),
    mixed("shodo", "墨汁", "ink"),
    mixed("shodo", "水彩紙", "wcpaper"),
    mixed("shodo", "brush pen", "brushpen"),
]

_SUISAI = "a disposable ペーパーパレット third, above 水彩画用紙 (the third watercolour paper)"

LIMITS = {
    **{("blind23", "mixed:shodo:水彩紙", s): _SUISAI
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind23(q: Q, setup: str, known_limit):
    known_limit("blind23")
    check(q, setup, ENGINES)


def test_blind23_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White", "red": "Red"})
