"""A twenty-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: hunting gear and
binoculars / optics (English), sewing patterns and quilting fabric (English), a Japanese tea
ceremony and home fragrance shop ルームフレグランス・アロマ (diffusers, oils, candles, refills; part of
its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords) and Japanese school and office furniture 学習机・デスク周り (desks, chairs, desk mats,
cushions, desk accessories; with English-titled imports and an English part of the tree). Shops of
30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (katakana loanwords) in shops with titles in both languages, and two
   English queries over Japanese titles under an English category tree: the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twenty-eighth suite), as a measurement only (nothing changed for it):
93 of 94 cases pass, 36 of 37 queries in every setup (two_types 7/8 queries, 19/20 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the one failing
case, "pattern paper" with the bag-of-words encoder (a plain Carbon Tracing Paper third, above the
exact Dot & Cross Pattern Paper; it passes lexical only), is a strict xfail (`LIMITS`, through
`conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

HU, OP = "Hunting", "Optics"
SEATS, BLINDS, DECOYS, CAMS = f"{HU} > Seats & Chairs", f"{HU} > Blinds", f"{HU} > Decoys", f"{HU} > Trail Cameras"
BINO_ACC = f"{OP} > Binocular Accessories"

HUNT = {
    "blindchair": items(f"{SEATS} > Blind Chairs",
                        ("Deerfield Swivel Blind Chair, 360 Silent, Adjustable Legs, Camo", 89),
                        ("Blind Chair, Folding, Padded Armrests, Brown", 69),
                        ("Timberhawk Low-Profile Blind Chair, Steel Frame", 59)),
    "chair": items(SEATS, ("Folding Hunting Chair, 3-Leg, Camo", 35),
                   ("Timberhawk Hunting Chair with Backrest & Pockets, Green", 45),
                   ("Ultralight Packable Chair, 1.1kg, Black", 39)),
    "chairblind": items(f"{BLINDS} > Chair Blinds", ("Deerfield Chair Blind, 1-Person Pop-Up, Camo", 119),
                        ("Chair Blind with Shoot-Through Mesh, Mossy Camo", 99),
                        ("Timberhawk Chair Blind, Camo, Carry Bag", 139)),
    "blind": items(f"{BLINDS} > Ground Blinds", ("Deerfield Ground Blind, 2-Person Hub, 5-Sided, Camo", 159),
                   ("Pop-Up Hunting Blind, 3-Person, Blackout Interior", 189),
                   ("Layout Blind, Low Profile, Waterfowl", 149)),
    "decoybag": items(f"{DECOYS} > Decoy Bags", ("Marshline Decoy Bag, 12 Slot, Backpack Straps, Mesh", 39),
                      ("Mesh Decoy Bag, 24 Decoys, Drawstring", 29),
                      ("Decoy Bag, Roll-Top, Waterproof, Camo", 45)),
    "decoy": items(DECOYS, ("Marshline Mallard Decoys, 6 Pack, Floating", 59), ("Goose Full-Body Decoys, 4 Pack", 119),
                   ("Motion Duck Decoy, Spinning Wings, Remote", 79)),
    "binocular": items(f"{OP} > Binoculars", ("Vantis Ridge HD Binoculars, 10x42, Waterproof, Black", 189),
                       ("Vantis Scout Binoculars, 8x32, Roof Prism, Black", 129),
                       ("Compact Binoculars, 10x25, Folding, Black", 49),
                       ("Hunting Binoculars, 8x42, Rubber Armour, Green", 39),
                       ("Eagleview Binoculars, 12x50, Porro Prism, Black, with Case", 79)),
    "binoharness": items(f"{BINO_ACC} > Harnesses", ("Vantis Binocular Harness, Chest Pack, Black", 29),
                         ("Binocular Harness, Elastic Straps, Camo, Universal Fit", 19),
                         ("Binocular Harness with Rain Guard, Quick Release", 35)),
    "bino_acc": items(BINO_ACC, ("Rain Guard for Binoculars, Black", 9),
                      ("Binocular Replacement Eyecups, 2 Pack, Black", 12),
                      ("Lens Cleaning Kit for Binoculars & Scopes", 14), ("Tripod Adapter for Binoculars, Black", 19)),
    "trailcam": items(CAMS, ("Timberhawk Trail Camera, 24MP, No-Glow IR, Camo", 89),
                      ("Trail Camera, 4K, Cellular, Solar Panel, Camo", 199), ("Mini Trail Camera, 16MP, Brown", 49),
                      ("Deerfield Trail Camera 2 Pack, 20MP, Camo", 119)),
    "trailcam_acc": items(f"{CAMS} > Trail Camera Accessories", ("SD Cards for Trail Cameras, 32GB, 2 Pack", 15),
                          ("Trail Camera Replacement Strap, 1.5m, Camo", 7),
                          ("Security Lock Box for Trail Cameras, Steel, Camo", 29),
                          ("Solar Panel for Trail Cameras, 12V", 35)),
    "noise": each(("Timberhawk Folding Hunting Knife, Drop Point, Orange", f"{HU} > Knives", 39),
                  ("Laser Rangefinder, 800 Yards, 6x, Black", f"{OP} > Rangefinders", 149),
                  ("Rifle Scope, 3-9x40, Duplex Reticle", f"{OP} > Rifle Scopes", 119)),
}

SW, QU = "Sewing", "Quilting"
PATTERNS, MAKING, MACHINES = f"{SW} > Patterns", f"{SW} > Pattern Making", f"{SW} > Sewing Machines"

SEW = {
    "paperpattern": items(f"{PATTERNS} > Paper Patterns",
                          ("Maple & Thread Paper Pattern, Wrap Dress, Sizes 6-20", 18),
                          ("Printed Paper Pattern, Men's Shirt, Sizes S-XXL", 16),
                          ("Tote Bag Paper Pattern, 3 Sizes, Beginner", 12)),
    "pattern": items(f"{PATTERNS} > PDF Patterns",
                     ("Maple & Thread PDF Sewing Pattern, A-Line Skirt, Instant Download", 9),
                     ("Kids' Pyjama Sewing Pattern, PDF, Sizes 2-10", 8),
                     ("Quilt Pattern, Log Cabin Throw, PDF Download", 10)),
    "patternpaper": items(f"{MAKING} > Pattern Paper", ("Swedish Tracing Pattern Paper, 10 Yards x 29in", 19),
                          ("Dot & Cross Pattern Paper, 5 Sheets, 1m x 1.5m", 12),
                          ("Kraft Pattern Paper Roll, 48in x 50 Yards", 29)),
    "paper": items(MAKING, ("Freezer Paper for Quilting, 50 Sheets, 8.5x11in", 9),
                   ("Carbon Tracing Paper, 5 Colours, Dressmaker", 8), ("Foundation Piecing Paper, 100 Sheets", 11)),
    "patternweight": items(f"{MAKING} > Pattern Weights",
                           ("Pattern Weights, Washer Style, 12 Pack, Assorted Colours", 14),
                           ("Maple & Thread Fabric-Covered Pattern Weights, 6 Pack", 16),
                           ("Brass Pattern Weights, 4 Pack, Felt Base", 24)),
    "fabricscissors": items(f"{SW} > Cutting > Scissors", ("Maple & Thread Fabric Scissors, 9.5in, Forged Steel", 29),
                            ("Fabric Scissors, 8in, Soft Grip, Left-Handed", 15),
                            ("Tailor's Fabric Scissors, 10in, Stainless", 35)),
    "fabric": items(f"{QU} > Fabric", ("Cotton Quilting Fabric Fat Quarters, 10 Pack, Floral", 24),
                    ("Quilting Fabric by the Yard, 100% Cotton, Navy Dots", 12),
                    ("Precut Fabric Charm Pack, 42 Squares, 5in", 14), ("Jelly Roll Fabric Strips, 40 Pack, 2.5in", 39),
                    ("Solid Cotton Fabric, Half Yard, White", 6)),
    "machine": items(MACHINES, ("Stitchwell 2200 Sewing Machine, 32 Stitches, White", 149),
                     ("Stitchwell Computerised Sewing Machine, 200 Stitches, LCD, White", 449),
                     ("Heavy Duty Sewing Machine, Metal Frame, White", 299),
                     ("Mini Sewing Machine, Portable, Pink", 89),
                     ("Quilting Sewing Machine, Extension Table, Grey", 399)),
    "machine_acc": items(f"{MACHINES} > Machine Accessories", ("Dust Cover for Sewing Machines, Quilted, White", 12),
                         ("Sewing Machine Replacement Bobbins, 25 Pack, White Plastic", 6),
                         ("Presser Foot Set for Sewing Machines, 32 Pieces", 19),
                         ("Replacement Needles for Sewing Machines, Universal, 50 Pack", 9),
                         ("Foot Pedal for Sewing Machines, Replacement, White", 15)),
    "rotarycutter": items(f"{QU} > Cutting > Rotary Cutters", ("Maple & Thread Rotary Cutter, 45mm, Ergonomic", 19),
                          ("Rotary Cutter, 60mm, Safety Lock, Blue", 24), ("Rotary Cutter, 28mm, Comfort Grip", 15)),
    "rotary_acc": items(f"{QU} > Cutting > Blades", ("Replacement Blades for Rotary Cutters, 45mm, 10 Pack", 18),
                        ("Rotary Cutter Replacement Blade, 60mm, 5 Pack", 15),
                        ("Blade Sharpener for Rotary Cutters, 45mm", 22)),
    "noise": each(("Self-Healing Cutting Mat, 24x36in, Green", f"{QU} > Cutting > Cutting Mats", 35),
                  ("Quilt Batting, Cotton, Queen, 90x108in", f"{QU} > Batting", 39),
                  ("Embroidery Scissors, 4in, Stork, Gold", f"{SW} > Cutting > Scissors", 9)),
}

RF, HF, TC = "ルームフレグランス", "Home Fragrance", "Tea Ceremony"
DIFF, CANDLE = f"{HF} > Diffusers", f"{RF} > キャンドル"

AROMA = {
    "oildiffuser": items(DIFF, ("オイルディフューザー 超音波式 300ml タイマー付き 白", 3480),
                         ("オイルディフューザー ネブライザー式 水を使わない ウッド", 6980),
                         ("アロマ オイルディフューザー 充電式 コードレス 黒", 2480)),
    "diffuser": items(DIFF, ("リードディフューザー 200ml ボトル 白 サボンの香り", 1980),
                      ("Reed Diffuser Set, Lavender & Cedar, 100ml, White", 2280),
                      ("アロマディフューザー 加湿器 卓上 LED 白", 2980),
                      ("リードディフューザー 500ml 大容量 黒 ムスク", 1480),
                      ("Ultrasonic Aroma Diffuser, 400ml, Wood Grain, Remote", 3980)),
    "diffuser_acc": items(f"{DIFF} > Refills & Parts", ("リードディフューザー用 交換スティック ラタン 白 10本", 480),
                          ("ディフューザー専用 詰め替えボトル ガラス 白", 680),
                          ("Replacement Reed Sticks for Diffusers, Black, 20 Pack", 580),
                          ("アロマディフューザー対応 交換用 超音波プレート", 980)),
    "diffuseroil": items(f"{RF} > ディフューザーオイル", ("ディフューザーオイル 詰め替え 500ml ラベンダー", 1980),
                         ("ディフューザーオイル 100ml 3本セット シトラス ウッディ", 1480),
                         ("Diffuser Oil Refill, Eucalyptus, 250ml", 1280)),
    "oil": items(f"{RF} > アロマオイル", ("アロマオイル ラベンダー 精油 10ml", 980), ("エッセンシャルオイル ユーカリ 100%天然 10ml", 1080),
                 ("Essential Oil Set, 6 x 10ml, Lavender, Peppermint, Tea Tree", 1980),
                 ("アロマオイル 3本セット ギフト 柑橘", 2480)),
    "candle": items(CANDLE, ("アロマキャンドル ソイワックス ラベンダー 白", 1680), ("ピラーキャンドル 無香料 直径7cm 白", 980),
                    ("Soy Wax Scented Candle, Vanilla, Glass Jar, White", 2480), ("ピラーキャンドル 無香料 黒", 680)),
    "candle_acc": items(f"{CANDLE} > キャンドル用品", ("キャンドル用 替え芯 木製 白 20本", 380),
                        ("キャンドル専用 スナッファー 火消し 真鍮", 1280),
                        ("キャンドル対応 芯切りハサミ ウィックトリマー 黒", 1480)),
    "candleholder": items(f"{CANDLE} > キャンドルホルダー", ("キャンドルホルダー ガラス ティーライト用 白 3個", 880),
                          ("キャンドルホルダー 真鍮 アンティーク", 1980), ("Candle Holder, Ceramic, Pillar, White", 1480)),
    "warmer": items(f"{RF} > キャンドルウォーマー", ("Candle Warmer Lamp, Dimmable, Timer, Brass", 4980),
                    ("Electric Candle Warmer Plate, Auto Shut-Off", 2480),
                    ("キャンドルウォーマー ランプ アンティーク 調光", 3980)),
    "spray": items(f"{HF} > Room Sprays", ("Linen & Room Spray, Lavender, 100ml", 1680),
                   ("Room Spray, Citrus & Bergamot, 250ml", 1980), ("ルームスプレー 消臭 サボン 200ml", 1280)),
    "stone": items(f"{HF} > Aroma Stones", ("Aroma Stone, Ceramic, Leaf Shape, 3 Pack", 980),
                   ("Aroma Stone Set with Tray, Unglazed", 1480), ("アロマストーン 素焼き 花型 トレー付き", 880)),
    "chasen": items(f"{TC} > Tea Whisks", ("茶筅 百本立 国産 高山 白竹", 4980), ("茶筅 八十本立 煤竹", 3980),
                    ("茶筅 数穂 72本立 入門", 1980), ("Matcha Whisk, Bamboo, 100 Prongs", 2480)),
    "chasennaoshi": items(f"{TC} > Tea Whisks > Whisk Holders", ("茶筅直し 白磁 くせ直し", 1480), ("茶筅直し 青磁 陶器", 1680),
                          ("茶筅直し 黒釉 手作り", 1980)),
    "chawan": items(f"{TC} > Tea Bowls", ("抹茶碗 楽焼 黒楽 桐箱入", 12800), ("茶碗 抹茶 萩焼 紅萩", 6800),
                    ("Matcha Bowl, Handmade Ceramic, Green", 3980)),
}

GD, DA = "学習机・デスク周り", "Desk Accessories"

DESK = {
    "desk": items(f"{GD} > 学習机", ("学習机 シンプル 幅100cm 木製 白", 19800), ("学習机 ワゴン 本棚付き 3点セット ナチュラル", 39800),
                  ("学習机 コンパクト 幅90cm 高さ調節 白", 14800),
                  ("Kids Study Desk, Height Adjustable, Tilting Top, White", 24800),
                  ("学習机 ロータイプ 幅120cm ブラウン", 12800)),
    "desk_acc": items(f"{GD} > 学習机 > 学習机オプション", ("学習机用 上置き棚 幅100cm 白", 4980),
                      ("学習机専用 引き出し 鍵付き 交換用", 1980), ("学習机対応 キャスター 交換用 4個", 1280),
                      ("配線トレー 学習机用 白", 1480)),
    "deskmat": items(f"{DA} > Desk Mats", ("デスクマット 透明 学習机用 90×60cm", 1980), ("デスクマット PVC 120×60 黒", 2480),
                     ("Desk Mat, Felt, 90x40cm, Grey", 1680), ("デスクマット レザー 大判 両面 ブラウン", 2980)),
    "chair": items(f"{GD} > 学習椅子", ("学習椅子 回転式 キャスター付き 高さ調節 ネイビー", 9800),
                   ("学習椅子 木製 足置き付き 成長する椅子 ナチュラル", 14800),
                   ("学習椅子 ランドセル置き付き キャスター ピンク", 11800), ("学習チェア 回転 背もたれ 昇降 ブラック", 8800)),
    "chair_acc": items(f"{GD} > 学習椅子 > 学習椅子パーツ", ("学習椅子用 キャスター 交換用 5個 ロック付き", 1480),
                       ("学習椅子専用 座面カバー 洗える ネイビー", 1980), ("学習椅子対応 足置き 後付け 高さ調節", 2480)),
    "chaircushion": items(f"{GD} > チェア用品", ("チェアクッション 低反発 40×40cm 洗えるカバー グレー", 1980),
                          ("チェアクッション 学習椅子用 滑り止め 子供", 1480),
                          ("Chair Cushion, Memory Foam, Non-Slip, Grey", 2480)),
    "cushion": items("インテリア > クッション", ("背もたれクッション 腰当て 低反発 メッシュ", 2480),
                     ("クッション 45×45cm 北欧 ベージュ", 1280), ("フロアクッション 大判 厚手 ごろ寝", 2980)),
    "cushionchair": items(f"{GD} > キッズチェア", ("クッションチェア 子供 ローチェア 背もたれ付き 洗える", 3980),
                          ("クッションチェア 1人掛け ソファチェア グレー", 6980),
                          ("Kids Foam Cushion Chair, Washable Cover, Blue", 4980)),
    "deskchair": items(f"{GD} > デスクチェア", ("デスクチェア メッシュ ハイバック 黒", 9980),
                       ("オフィスチェア 肘掛け付き リクライニング グレー", 12800),
                       ("Ergonomic Desk Chair, Mesh Back, Black", 15800)),
    "monitor": items(f"{DA} > Monitor Stands", ("Monitor Stand Riser, Bamboo, with Drawer", 2980),
                     ("Dual Monitor Stand, Metal, Black, 100cm", 4980), ("モニタースタンド 木製 幅60cm 机上台", 1980)),
    "footrest": items(f"{DA} > Footrests", ("Ergonomic Footrest Under Desk, Adjustable Height", 3480),
                      ("Footrest, Rocking, Non-Slip Surface, Black", 2980), ("フットレスト 足置き デスク下 高さ調節", 2480)),
    "bookend": items(f"{DA} > Bookends", ("Metal Bookends, Heavy Duty, Black, 2 Pairs", 980),
                     ("Wooden Bookends, Walnut, Adjustable", 1980), ("ブックエンド L型 スチール 白 4個", 680)),
    "penholder": items(f"{DA} > Pen Holders", ("ペン立て 木製 多機能 スマホスタンド付き", 1480), ("ペン立て 回転式 大容量 白", 1280),
                       ("ペンスタンド アクリル 3段 クリア", 980)),
}

SHOPS = {"hunt": HUNT, "sew": SEW, "aroma": AROMA, "desk": DESK}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hunt", "blind chair", "blindchair", ["chair"], ["chairblind"]),
    two_types("hunt", "chair blind", "chairblind", ["blind"], ["blindchair"]),
    two_types("sew", "paper pattern", "paperpattern", ["pattern"], ["patternpaper"]),
    two_types("sew", "pattern paper", "patternpaper", ["paper"], ["paperpattern"]),
    two_types("aroma", "オイルディフューザー", "oildiffuser", ["diffuser"], ["diffuseroil"]),
    two_types("aroma", "ディフューザーオイル", "diffuseroil", ["oil"], ["oildiffuser"]),
    two_types("desk", "チェアクッション", "chaircushion", ["cushion"], ["cushionchair"]),
    two_types("desk", "クッションチェア", "cushionchair", ["deskchair"], ["chaircushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hunt", "decoy bag", ["decoybag"], ["decoy"]),
    qualifies("hunt", "binocular harness", ["binoharness"], ["binocular"]),
    qualifies("sew", "pattern weights", ["patternweight"], ["pattern", "paperpattern"]),
    qualifies("sew", "fabric scissors", ["fabricscissors"], ["fabric"]),
    qualifies("aroma", "キャンドルホルダー", ["candleholder"], ["candle"]),
    qualifies("aroma", "茶筅直し", ["chasennaoshi"], ["chasen"]),
    qualifies("desk", "デスクマット", ["deskmat"], ["desk"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("hunt", "binoculars", ["binocular"], ["binoharness", "bino_acc"]),
    accessories("hunt", "trail camera", ["trailcam"], ["trailcam_acc"]),
    accessories("sew", "sewing machine", ["machine"], ["machine_acc"]),
    accessories("sew", "rotary cutter", ["rotarycutter"], ["rotary_acc"]),
    accessories("aroma", "ディフューザー", ["diffuser", "oildiffuser"], ["diffuser_acc", "diffuseroil"]),
    accessories("aroma", "キャンドル", ["candle"], ["candle_acc", "candleholder"]),
    accessories("desk", "学習机", ["desk"], ["desk_acc", "deskmat"]),
    accessories("desk", "学習椅子", ["chair"], ["chair_acc", "chaircushion"]),
    # black binoculars: Ridge 189, Scout 129, compact 49, Eagleview 79 (a green pair 39; black accessories 9-29)
    price("hunt", "cheap black binoculars", "binocular-2", ["binoharness", "bino_acc"]),
    # camo trail cameras: Timberhawk 89, 4K cellular 199, 2 pack 119 (a brown mini 49; camo strap 7, lock box 29)
    price("hunt", "cheap camo trail camera", "trailcam-0", ["trailcam_acc"]),
    # white sewing machines: 2200 149, computerised 449, heavy duty 299 (a pink mini 89, a grey one 399;
    # white accessories 6-15)
    price("sew", "cheap white sewing machine", "machine-0", ["machine_acc"]),
    # white diffusers: reed 1980, English reed set 2280, ultrasonic 2980, oil diffuser 3480 (a black reed 1480;
    # white sticks 480, refill bottle 680)
    price("aroma", "安い 白 ディフューザー", "diffuser-0", ["diffuser_acc", "diffuseroil"]),
    # white candles: aroma 1680, pillar 980, English jar 2480 (a black pillar 680; white wicks 380, white holders
    # 880-1480)
    price("aroma", "格安 白 キャンドル", "candle-1", ["candle_acc", "candleholder"]),
    # white study desks: simple 19800, compact 14800, English 24800 (a brown low one 12800; white shelf 4980,
    # white cable tray 1480)
    price("desk", "お手頃 白 学習机", "desk-2", ["desk_acc", "deskmat"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("aroma", "キャンドルウォーマー", "warmer"),
    mixed("aroma", "ルームスプレー", "spray"),
    mixed("aroma", "アロマストーン", "stone"),
    mixed("aroma", "tea whisk", "chasen"),
    mixed("desk", "モニタースタンド", "monitor"),
    mixed("desk", "フットレスト", "footrest"),
    mixed("desk", "ブックエンド", "bookend"),
    mixed("desk", "pen holder", "penholder"),
]

LIMITS: dict = {
    ("blind28", "two_types:sew:pattern_paper", "categories-dense"):
        "a plain paper (Carbon Tracing Paper) third, above an exact pattern paper (Dot & Cross Pattern Paper)",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind28(q: Q, setup: str, known_limit):
    known_limit("blind28")
    check(q, setup, ENGINES)


def test_blind28_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "camo": "Camo", "white": "White", "白": "White"})
