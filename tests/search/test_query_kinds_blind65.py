"""A sixty-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in four shops no earlier suite uses: bedding (English:
pillows and pillow sprays, beds and storage beds, weighted blankets, duvets, blanket ladders), garage
and car tools (English: floor jacks and jack oil, creepers and creeper seats, tire gauges, work
lights and tripods, socket sets, battery chargers), Japanese interior goods インテリア雑貨 (花瓶,
造花 and フェイクグリーン, 写真立て, クッション and ボックスクッション, ラグ; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese art
supplies 画材 (色鉛筆, 絵の具, 筆, パレット, 鉛筆削り, カッター; English imports and an English branch
of the tree too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y", "Y X用" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese-only titles under an English branch of the tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-fifth suite, the fifteenth session), as a measurement only
(nothing changed for it): 84 of 91 cases pass, 33 of 36 queries in every setup (two_types 5/6
queries, 14/15 cases; qualifies 6/7, 14/17; accessories 8/8, 20/20; price 7/7, 17/17; mixed 7/8,
19/22). The 7 failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "storage
bed" with the bag-of-words encoder (an under-bed storage drawer above a bed frame; lexical passes),
"ラグ 滑り止め" in all three setups (the rugs themselves first, the rug pads sixth to eighth) and "絵筆"
in all three setups (nothing returned). No test bug was found or fixed.

After (a word of two kanji no title says reads as its last, which titles say alone, where the
dictionary makes it a kind of it: 絵筆, a paintbrush, is a 筆; the fifteenth session): 絵筆 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B, F = "Bedding", "Furniture"
PIL, BLK, DUV = f"{B} > Pillows", f"{B} > Blankets", f"{B} > Duvets"

BEDDING = {
    "bedpillow": items(PIL, ("Dreamloft Bed Pillows, Queen, 2 Pack, Down Alternative", 49),
                       ("Hotel Collection Bed Pillow, King, Gusseted, Firm", 39),
                       ("Cooling Gel Bed Pillows for Side Sleepers, Standard, Set of 2", 59)),
    "pillow": items(PIL, ("Memory Foam Contour Pillow, Cervical Neck Support", 45),
                    ("Body Pillow, 20x54, Removable Cover, White", 35),
                    ("Shredded Memory Foam Pillow, Adjustable Loft, Queen", 42)),
    "pillowbed": items(f"{F} > Floor Loungers", ("Giant Floor Pillow Bed, Foldable Lounger, Grey", 129),
                       ("Kids Pillow Bed, Plush Floor Lounger, Pink", 89)),
    "pillowspray": items(f"{B} > Sleep Aids", ("Lavender Pillow Spray, 100ml, Sleep Mist", 12),
                         ("Dreamloft Deep Sleep Pillow Spray, Chamomile, 75ml", 15),
                         ("Pillow Spray, Eucalyptus & Mint, 200ml", 18)),
    "storagebed": items(f"{F} > Beds > Storage Beds", ("Platform Storage Bed with 4 Drawers, Queen, Grey", 499),
                        ("Lift-Up Ottoman Storage Bed, Double, Velvet, Navy", 649),
                        ("Captain's Storage Bed, Twin, 3 Drawers, White", 399)),
    "bed": items(f"{F} > Beds", ("Upholstered Platform Bed, Queen, Linen, Grey", 349),
                 ("Metal Platform Bed Frame, 14 Inch, Full, Black", 119),
                 ("Solid Wood Bed Frame with Headboard, King", 459)),
    "bedstorage": items("Home > Storage > Under Bed Storage", ("Under Bed Storage Bags, 2 Pack, Zippered, Clear Window", 25),
                        ("Rolling Under Bed Storage Drawer, Wheels, Grey", 39)),
    "weighted": items(f"{BLK} > Weighted Blankets", ("Cozyweigh Weighted Blanket, 15 lbs, 60x80, Grey", 89),
                      ("Cooling Weighted Blanket, Bamboo, 20 lbs, Grey", 69),
                      ("Kids Weighted Blanket, 5 lbs, 36x48, Blue", 39),
                      ("Chunky Knit Weighted Blanket, 10 lbs, Grey", 119),
                      ("Weighted Blanket, Minky Dot, 12 lbs, Navy", 59)),
    "weighted_acc": items(f"{BLK} > Blanket Accessories",
                          ("Removable Cover for Weighted Blankets, 60x80, Minky, Grey", 25),
                          ("Weighted Blanket Replacement Glass Beads, 5 lbs", 19),
                          ("Cooling Cover for Weighted Blanket, 48x72, Grey", 29)),
    "blanketladder": items(f"{F} > Blanket Ladders", ("Blanket Ladder, 5 ft, Rustic Wood", 59),
                           ("Wall Leaning Blanket Ladder, Bamboo, 4 Tier", 45),
                           ("Metal Blanket Ladder, Black, 6 Rungs", 49)),
    "blanket": items(f"{BLK} > Throws", ("Sherpa Fleece Throw Blanket, 50x60, Cream", 29),
                     ("Cotton Waffle Weave Blanket, Queen, White", 49)),
    "duvet": items(DUV, ("Cloudrest Down Alternative Duvet, Queen, All Season, White", 69),
                   ("Goose Down Duvet, King, 10.5 Tog, White", 189),
                   ("Lightweight Summer Duvet, Double, 4.5 Tog, White", 45),
                   ("Silk Filled Duvet, Queen, Ivory", 159),
                   ("Kids Duvet, Single, 7.5 Tog, Blue", 29)),
    "duvet_acc": items(f"{DUV} > Duvet Accessories", ("Duvet Clips for Duvet Inserts, 8 Pack, White", 9),
                       ("Vacuum Storage Bags for Duvets, 3 Pack", 19),
                       ("Duvet Replacement Corner Ties, 8 Pack, White", 7)),
    "duvetcover": items(f"{B} > Duvet Covers", ("Washed Cotton Duvet Cover Set, Queen, White", 49),
                        ("Linen Duvet Cover, King, Sage Green", 89)),
}

G = "Garage"
LIFT, CRP, TIRE, LIGHT = f"{G} > Lifting", f"{G} > Creepers & Seats", f"{G} > Tire Tools", f"{G} > Work Lights"

GARAGE = {
    "floorjack": items(f"{LIFT} > Floor Jacks", ("Torqlift 3 Ton Low Profile Floor Jack, Dual Pump, Red", 189),
                       ("Aluminum Racing Floor Jack, 1.5 Ton, Red", 149),
                       ("2 Ton Steel Trolley Floor Jack, Red", 79),
                       ("Heavy Duty Floor Jack, 4 Ton, Long Reach, Black", 229),
                       ("Compact Floor Jack, 2 Ton, Black, with Carry Case", 59)),
    "floorjack_acc": items(f"{LIFT} > Jack Parts", ("Rubber Jack Pad for Floor Jacks, Slotted, Red", 12),
                           ("Floor Jack Replacement Saddle, 3 Ton, Red", 19),
                           ("Seal Repair Kit for 3 Ton Floor Jacks", 15),
                           ("Floor Jack Replacement Rear Casters, 2 Pack", 14)),
    "jack": items(f"{LIFT} > Bottle & Scissor Jacks", ("Hydraulic Bottle Jack, 12 Ton, Welded", 39),
                  ("Scissor Jack, 2 Ton, Hand Crank", 29)),
    "jackoil": items(f"{G} > Fluids", ("Hydraulic Jack Oil, 32 oz, Anti-Wear", 12), ("Jack Oil, 16 oz Bottle, ISO 32", 8),
                     ("Torqlift Premium Jack Oil, 1 Quart", 14)),
    "jackstand": items(f"{LIFT} > Jack Stands", ("Jack Stands, 3 Ton, Pair, Ratchet Lock", 49),
                       ("Torqlift 6 Ton Jack Stands, Double Pin, Pair", 89)),
    "creeperseat": items(f"{CRP} > Creeper Seats", ("Rolling Creeper Seat, Mechanic Stool, Tool Tray, Red", 49),
                         ("Creeper Seat with 3 Drawers, Padded, Black", 79),
                         ("Pneumatic Creeper Seat, Adjustable Height, Grey", 99)),
    "creeper": items(f"{CRP} > Creepers", ("Heavy Duty Creeper, 48 in, Steel Frame, Black", 89),
                     ("Low Profile Mechanic Creeper, 40 in, Padded, Black", 59),
                     ("Plastic Creeper, Blow Molded, 6 Casters, Red", 39),
                     ("Topside Creeper, Adjustable Height, Black", 179)),
    "creeper_acc": items(f"{CRP} > Creeper Parts", ("Replacement Casters for Creepers, 2.5 in, 6 Pack, Black", 15),
                         ("Creeper Replacement Headrest Pad, Black", 12)),
    "tiregauge": items(f"{TIRE} > Tire Gauges", ("Digital Tire Gauge, 150 PSI, Backlit LCD", 15),
                       ("Dial Tire Pressure Gauge, 60 PSI, Braided Hose", 22),
                       ("Pencil Tire Gauge, 10-50 PSI, 2 Pack", 7),
                       ("Torqlift Tire Gauge with Inflator Chuck, 0-100 PSI", 29)),
    "tiregauge_acc": items(f"{TIRE} > Gauge Parts", ("Tire Gauge Replacement Air Chuck, Dual Head", 9),
                           ("Protective Case for Digital Tire Gauges", 8),
                           ("Replacement Hose for Dial Tire Gauge, 12 in", 11)),
    "tripodlight": items(f"{LIGHT} > Tripod Lights", ("Tripod Work Light, LED, 10000 Lumens, Dual Head", 89),
                         ("Torqlift Tripod Light, Rechargeable, Telescoping 6 ft", 69),
                         ("Compact Tripod Work Light, 5000 Lumens", 45)),
    "light": items(LIGHT, ("Magnetic LED Work Light, Rechargeable, Hook", 25), ("LED Shop Light, 4 ft, Linkable", 35),
                   ("Inspection Light, Pen Style, UV", 15)),
    "lighttripod": items(f"{LIGHT} > Stands", ("Light Tripod Stand, Telescoping, 7 ft, Fits Most Work Lights", 35),
                         ("Heavy Duty Light Tripod, Steel, Adjustable", 29)),
    "socketset": items(f"{G} > Hand Tools > Sockets", ("Socket Set, 1/2 in Drive, 40 Piece, Metric", 69),
                       ("Torqlift 3/8 in Drive Socket Set, 72T Ratchet, 48 Piece", 89),
                       ("Impact Socket Set, 1/2 in, Deep, 19 Piece", 59)),
    "charger": items(f"{G} > Battery Chargers", ("Smart Battery Charger, 10A, 12V/6V, Maintainer", 59),
                     ("Trickle Battery Charger, 2A, Motorcycle", 25)),
}

I, HD = "インテリア雑貨", "Home Decor"
VASE, FRAME = f"{I} > 花瓶・フラワーベース", f"{I} > 写真立て"

INTERIOR = {
    "boxcushion": items(f"{I} > クッション", ("ボックスクッション 45×45 厚さ8cm ベージュ", 2480),
                        ("ボックスクッション 四角 チェアパッド 2個セット グレー", 2980),
                        ("ボックスクッション 低反発 60×60 座布団 ネイビー", 3480)),
    "cushion": items(f"{I} > クッション", ("クッション 丸型 40cm 低反発 グレー", 1980), ("ヌードクッション 45×45 中材 2個セット", 1480),
                     ("Velvet Throw Cushion, 45x45cm, Mustard", 2280)),
    "cushionbox": items(f"{I} > 収納 > 収納スツール", ("クッションボックス 収納スツール 折りたたみ 38cm グレー", 2980),
                        ("クッションボックス 蓋付き 座れる 収納 ベージュ 2個", 4980)),
    "box": items(f"{I} > 収納 > 収納ボックス", ("収納ボックス 布製 折りたたみ 3個セット", 1980),
                 ("収納ボックス 蓋付き 木製 S ナチュラル", 2480)),
    "vase": items(VASE, ("花瓶 陶器 一輪挿し 白 15cm", 880), ("花瓶 ガラス 円柱 30cm クリア", 780),
                  ("フラワーベース 陶器 マット 白 北欧", 1280), ("Ceramic Flower Vase, Ribbed, White, 20cm", 1980),
                  ("花瓶 大きい 信楽焼 黒 25cm", 2480)),
    "vase_acc": items(f"{VASE} > 花瓶小物", ("花瓶用 滑り止めマット 白 2枚", 380), ("切り花延命剤 花瓶用 10回分", 480),
                      ("花瓶専用 洗浄ブラシ 細口 白", 330)),
    "fake.flower": items(f"{HD} > Artificial Flowers", ("造花 バラ 10本 ピンク 枝付き", 1480),
                         ("造花 チューリップ 6本セット 本物みたい", 1280), ("アーティフィシャルフラワー 紫陽花 ブーケ 白", 1980),
                         ("造花 桜 枝 2本 90cm", 2280)),
    "fake.green": items(f"{I} > フェイクグリーン", ("フェイクグリーン 鉢植え モンステラ 60cm", 3980),
                        ("フェイクグリーン 吊り下げ アイビー 2本セット", 1280), ("Faux Eucalyptus Stems, 6 Pack, Greenery", 1680),
                        ("Faux Potted Olive Tree, 90cm", 5980)),
    "photoframe": items(FRAME, ("写真立て 木製 L判 ナチュラル", 1280), ("写真立て アンティーク 2L判 ゴールド", 1980),
                        ("フォトフレーム 壁掛け 6窓 白", 2480), ("Wooden Photo Frame, 4x6, Walnut", 1480),
                        ("Floating Glass Photo Frame, 5x7", 1680)),
    "photoframe_acc": items(f"{FRAME} > 写真立て小物", ("写真立て用 マット 台紙 L判 白 5枚", 380),
                            ("写真立て専用 スタンド脚 交換用 2本", 280), ("写真立て対応 壁掛けフック 10個", 330)),
    "rug": items(f"{HD} > Rugs", ("ラグ 洗える 130×190 シャギー グレー", 3980), ("ラグマット 200×250 防ダニ グレー", 5980),
                 ("ラグ 夏用 い草 180×180 ベージュ", 1980), ("ラグ 円形 直径100 北欧 グレー", 2480),
                 ("Washable Area Rug, Geometric, 160x230, Grey", 6980)),
    "rug_acc": items(f"{HD} > Rugs > Rug Pads", ("ラグ用 滑り止めシート 180×180 グレー", 980),
                     ("ラグ専用 滑り止めテープ 8枚 グレー", 580), ("滑り止めマット ラグ用 カット可 200×250", 1480)),
}

A, AS = "画材", "Art Supplies"
PAL, BR, CUT = f"{A} > パレット", f"{A} > 筆", f"{A} > カッター"

ART = {
    "colorpencil": items(f"{A} > 色鉛筆", ("色鉛筆 72色セット 油性 缶入り", 3980), ("水彩色鉛筆 36色 水筆付き", 2980),
                         ("色鉛筆 24色 紙箱 塗り絵 子供", 880), ("Colored Pencils, 120 Set, Soft Core, Artist Grade", 4480)),
    "pencilcase": items(f"{A} > 収納 > ペンケース", ("色鉛筆 ケース 72本収納 ロールタイプ 帆布", 1680),
                        ("色鉛筆ケース 3段 大容量 ジッパー 黒", 1980), ("ペンケース 色鉛筆 48本収納 レザー", 2480)),
    "pencil": items(f"{A} > 鉛筆", ("鉛筆 デッサン 6B-2H 12本セット", 1280), ("鉛筆 HB 1ダース 六角", 580)),
    "sharpener": items(f"{A} > 鉛筆 > 鉛筆削り", ("鉛筆削り 手動 ハンドル式 卓上", 1480), ("鉛筆削り 電動 USB充電 自動停止", 2980),
                       ("鉛筆削り 2穴 小型 色鉛筆対応", 380)),
    "paint.water": items(f"{AS} > Paint > Watercolor", ("透明水彩絵の具 24色 チューブ 5ml", 3480),
                         ("固形水彩絵の具 36色 ハーフパン 携帯用", 4980), ("水彩絵の具 12色 ポリチューブ 学童用", 680),
                         ("水彩絵の具 単色 15ml ウルトラマリン", 480)),
    "paint.acrylic": items(f"{AS} > Paint > Acrylic", ("アクリル絵の具 24色セット 20ml", 2480), ("アクリルガッシュ 12色 11ml", 1680),
                           ("Acrylic Paint Set, 24 Colors, 2oz Bottles", 2980),
                           ("Heavy Body Acrylic Paint, 12 x 75ml Tubes", 5480)),
    "palette": items(PAL, ("パレット 陶器 丸型 7穴 白", 1280), ("パレット アルミ 折りたたみ 水彩用 白", 1980),
                     ("パレット プラスチック 24室 大 白", 580), ("Wooden Painting Palette, Oval, Thumb Hole", 1480),
                     ("パレット ミニ 携帯 10穴 黒", 380), ("ペーパーパレット 40枚 F6", 680)),
    "palette_acc": items(f"{PAL} > パレット小物", ("パレット用 保湿スポンジ 白 3枚", 280), ("パレット専用 カバー 蓋 白", 480),
                         ("パレット対応 筆洗カップ クリップ式 白", 380)),
    "brush": items(BR, ("筆 水彩用 丸筆 5本セット ナイロン", 1280), ("筆 油彩用 平筆 豚毛 6本", 1680),
                   ("Paint Brush Set, 15 Pcs, Synthetic, Wooden Handles", 1480), ("面相筆 細筆 3本 日本画", 880)),
    "brush_acc": items(f"{BR} > 筆小物", ("筆用 保護キャップ 10本", 280), ("筆専用 クリーナー リンス 100ml", 680),
                       ("筆巻き 竹すだれ 筆用 収納", 880)),
    "mattecutter": items(f"{CUT} > マットカッター", ("マットカッター 額装用 45度 斜め切り", 3980),
                         ("マットカッター 定規付き 額装 プロ用", 8980)),
    "cutter": items(CUT, ("カッターナイフ 大型 L型 替刃10枚付き", 580), ("カッター デザインナイフ 精密 替刃30枚", 780)),
    "cuttermat": items(f"{CUT} > カッターマット", ("カッターマット A3 両面 グリーン", 980), ("カッターマット A2 厚手 5mm", 1980),
                       ("カッターマット A4 透明", 680)),
    "noise": each(("スケッチブック A4 画用紙 50枚", f"{A} > スケッチブック", 480),
                  ("Sketchbook, 9x12 in, 100 Sheets, Spiral", f"{A} > スケッチブック", 1280),
                  ("イーゼル 木製 卓上 A3", f"{AS} > Easels", 1980)),
}

SHOPS = {"bedding": BEDDING, "garage": GARAGE, "interior": INTERIOR, "art": ART}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bedding", "bed pillow", "bedpillow", ["pillow"], ["pillowbed"]),
    two_types("bedding", "storage bed", "storagebed", ["bed"], ["bedstorage"]),
    two_types("garage", "tripod light", "tripodlight", ["light"], ["lighttripod"]),
    two_types("interior", "ボックスクッション", "boxcushion", ["cushion"], ["cushionbox"]),
    two_types("interior", "クッションボックス", "cushionbox", ["box"], ["boxcushion"]),
    two_types("art", "マットカッター", "mattecutter", ["cutter"], ["cuttermat"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bedding", "blanket ladder", ["blanketladder"], ["blanket", "weighted"]),
    qualifies("bedding", "pillow spray", ["pillowspray"], ["bedpillow", "pillow"]),
    qualifies("garage", "creeper seat", ["creeperseat"], ["creeper"]),
    qualifies("garage", "jack oil", ["jackoil"], ["jack", "floorjack"]),
    qualifies("interior", "ラグ 滑り止め", ["rug_acc"], ["rug"]),
    qualifies("art", "鉛筆削り", ["sharpener"], ["pencil", "colorpencil"]),
    qualifies("art", "色鉛筆 ケース", ["pencilcase"], ["colorpencil"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bedding", "weighted blanket", ["weighted"], ["weighted_acc"]),
    accessories("bedding", "duvet", ["duvet"], ["duvet_acc"]),
    accessories("garage", "floor jack", ["floorjack"], ["floorjack_acc"]),
    accessories("garage", "tire gauge", ["tiregauge"], ["tiregauge_acc"]),
    accessories("interior", "花瓶", ["vase"], ["vase_acc"]),
    accessories("interior", "写真立て", ["photoframe"], ["photoframe_acc"]),
    accessories("art", "パレット", ["palette"], ["palette_acc"]),
    accessories("art", "筆", ["brush"], ["brush_acc"]),
    # grey weighted blankets: Cozyweigh 89, cooling 69, chunky knit 119 (a blue kids' one 39, a navy one 59;
    # grey accessories 25-29)
    price("bedding", "cheap grey weighted blanket", "weighted-1", ["weighted_acc"]),
    # white duvets: Cloudrest 69, goose down 189, summer 45 (an ivory silk one 159, a blue kids' one 29;
    # white accessories 7-9; a white duvet cover 49)
    price("bedding", "budget white duvet", "duvet-2", ["duvet_acc"]),
    # red floor jacks: low profile 189, racing 149, steel trolley 79 (a black compact one 59; red parts 12-19)
    price("garage", "cheap red floor jack", "floorjack-2", ["floorjack_acc"]),
    # black creepers: heavy duty 89, low profile 59, topside 179 (a red plastic one 39; black parts 12-15;
    # a black creeper seat 79)
    price("garage", "budget black creeper", "creeper-1", ["creeper_acc"]),
    # white vases: 一輪挿し 880, フラワーベース 1280, English 1980 (a clear glass one 780; white accessories 330-380)
    price("interior", "激安 白 花瓶", "vase-0", ["vase_acc"]),
    # grey rugs: shaggy 3980, ラグマット 5980, round 2480, English 6980 (a beige い草 one 1980; grey pads 580-980)
    price("interior", "格安 グレー ラグ", "rug-3", ["rug_acc"]),
    # white palettes: ceramic 1280, aluminium 1980, plastic 580 (a black mini 380, paper 680, wooden 1480;
    # white accessories 280-480)
    price("art", "安い 白 パレット", "palette-2", ["palette_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("interior", "フラワーベース", "vase"),
    mixed("interior", "フェイクグリーン", "fake.green"),
    mixed("interior", "フォトフレーム", "photoframe"),
    mixed("interior", "artificial flowers", "fake.flower"),
    mixed("art", "色鉛筆", "colorpencil"),
    mixed("art", "アクリル絵の具", "paint.acrylic"),
    mixed("art", "絵筆", "brush"),
    mixed("art", "watercolor paint", "paint.water"),
]

_RUG = "a query of a rug's anti-slip pads shows the rugs first (4 rugs, then a 花瓶用 滑り止めマット, then the 3 rug pads)"

LIMITS = {
    ("blind65", "two_types:bedding:storage_bed", "categories-dense"):
        "an under-bed storage drawer (Under Bed Storage) ranks above a metal platform bed frame",
    **{("blind65", "qualifies:interior:ラグ_滑り止め", s): _RUG
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind65(q: Q, setup: str, known_limit):
    known_limit("blind65")
    check(q, setup, ENGINES)


def test_blind65_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"grey": "Grey", "white": "White", "red": "Red", "black": "Black",
                                 "白": "White", "グレー": "Grey"})
