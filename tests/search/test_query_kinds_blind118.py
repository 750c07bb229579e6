"""A hundred-and-eighteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
bedroom, vanity and entryway furniture (English: table mirrors and mirror tables, accent tables,
benches and bench cushions, coat racks and their parts, garment racks and their accessories, wall
shelves and shelf brackets), living and dining room furnishing (English: tray tables and table
trays, crystal chandeliers and chandelier crystals, suncatcher crystals, chandelier bulbs and parts,
plant stands and faux plants, dining chairs and their slipcovers and pads), a Japanese shop of
和室インテリア (のれん and のれん用品, 掛け軸 and 掛け軸用品, 花器 and 剣山, 風鈴 and 風鈴スタンド, 座布団
and 座布団カバー; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords: Room Divider パーテーション, Incense Holder インセンスホルダー) and a
Japanese shop of ランプ・キャンドル (オイルランプ and ランプオイル, パラフィンオイル, ランプ芯 and ホヤ,
キャンドルランタン and its parts, 提灯; with English-titled imports too: Oil Lamp, Lamp Oil, Wall
Lamp ウォールランプ, Edison Bulb エジソン電球, LED Candles LEDキャンドル, Paper Lanterns
ペーパーランタン, and an English branch of its tree). Shops of 39-46 items, category paths 2-3
levels deep, marketplace titles.

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

Written blind on 2026-12-01 (A hundred-and-eighteenth suite), as a measurement only (nothing
changed for it): 82 of 92 cases pass, 33 of 37 queries in every setup (two_types 6/8 queries, 14/18
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 6/8, 16/22); the 10
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): 'chandelier crystals'
with the bag-of-words encoder (a crystal chandelier above a suncatcher crystal; lexical passes),
'ランプオイル' in its three setups (paraffin oils between the lamp oils), 'パーテーション' in its
three setups (only the one title saying パーテーション comes back) and 'エジソン電球' in its three
setups (a plain LED bulb among the first three).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F, M, EN, ST = "Furniture", "Mirrors", "Entryway", "Storage"

BEDROOM = {
    "tablemirror": items(f"{M} > Table Mirrors",
                         ("Norwell Table Mirror, 8 inch Round, Double Sided 1x/5x, Gold", 34),
                         ("Lighted Table Mirror with LED Lights, Touch Dimmer, 360 Rotation, White", 39),
                         ("Hallbrook Table Mirror, Rectangular Wood Frame, Tilting, Walnut", 45)),
    "mirror": items(f"{M} > Wall Mirrors", ("Norwell Round Wall Mirror, 30 inch, Metal Frame, Black", 89),
                    ("Arched Wall Mirror, 24 x 36 inch, Brass Frame", 119))
    + items(f"{M} > Floor Mirrors", ("Full Length Mirror, Floor Standing, 65 x 22 inch, Gold", 139)),
    "mirrortable": items(f"{F} > Accent Tables > Mirrored Tables",
                         ("Mirror Table, Round Accent Side Table, Silver Glass", 129),
                         ("Hallbrook Mirror End Table with Drawer, Crushed Diamond, Silver", 159),
                         ("Mirror Coffee Table, Rectangular, Silver Glass, 42 inch", 249)),
    "table": items(f"{F} > Accent Tables", ("Round End Table, Metal Base, Black", 59),
                   ("Hallbrook C-Shaped Side Table, Walnut", 69), ("Narrow Console Table, 47 inch, Black", 99))
    + items(f"{F} > Bedroom > Nightstands", ("Bedside Table, Nightstand with 2 Drawers, White Oak", 89)),
    "bench": items(f"{EN} > Benches", ("Hallbrook Entryway Bench, Shoe Storage, 40 inch, Walnut", 119),
                   ("Upholstered End of Bed Bench, Linen, Grey", 139), ("Rustic Wood Bench, Solid Pine, 48 inch", 99)),
    "benchcushion": items(f"{EN} > Bench Cushions", ("Bench Cushion, 40 x 15 inch, Non-Slip, Grey", 29),
                          ("Norwell Bench Cushion, Memory Foam, 48 inch, Linen, Beige", 39),
                          ("Tufted Bench Cushion, Indoor, 36 inch, Navy", 25)),
    "coatrack": items(f"{EN} > Coat Racks", ("Hallbrook Industrial Coat Rack, Freestanding, 8 Hooks, Black", 49),
                      ("Wall Coat Rack, 5 Hooks, Metal, Black", 24),
                      ("Bamboo Coat Rack, Standing, 3 Tier, Natural", 39),
                      ("Coat Rack Stand, Tree Style, 11 Hooks, Black", 35),
                      ("Wall Mounted Coat Rack, 4 Hooks, White", 19)),
    "coatrack_acc": items(f"{EN} > Coat Racks > Parts", ("Replacement Hooks for Coat Racks, Black, 6 Pack", 9),
                          ("Coat Rack Replacement Screw-In Hooks, Black, 4 Pack", 7),
                          ("Base Weight Plate for Standing Coat Rack, Black", 15)),
    "garmentrack": items(f"{ST} > Garment Racks", ("Norwell Garment Rack, Double Rail, Rolling, Chrome", 59),
                         ("Industrial Pipe Garment Rack, Freestanding, Black", 79),
                         ("Wooden Garment Rack with Top Shelf, Natural", 69)),
    "garment_acc": items(f"{ST} > Garment Racks > Accessories", ("Garment Rack Cover, Dustproof, Clear, 47 inch", 19),
                         ("Replacement Casters for Garment Rack, 4 Pack", 12),
                         ("Hanging Bar Extension for Garment Racks, Chrome", 15)),
    "shelf": items(f"{ST} > Wall Shelves", ("Floating Shelves, Set of 3, Rustic Wood", 35),
                   ("Corner Wall Shelf, 5 Tier, Black", 45), ("Norwell Wall Shelf, 24 inch, White Oak", 29)),
    "shelfbracket": items(f"{ST} > Wall Shelves > Brackets", ("Shelf Brackets, Heavy Duty, 8 inch, Black, 4 Pack", 15),
                          ("Hidden Floating Shelf Brackets, 6 inch, 2 Pack", 12),
                          ("Industrial Pipe Shelf Brackets, 10 inch, 2 Pack", 18)),
    "noise": each(("Jewelry Armoire, Standing, 6 Drawers, White", f"{F} > Bedroom > Jewelry Armoires", 169),
                  ("Over the Door Organizer, 24 Pockets, Clear", f"{ST} > Door Organizers", 14)),
}

L, LT, D, DIN = "Living Room", "Lighting", "Decor", "Dining Room"

LIVING = {
    "traytable": items(f"{L} > Tables > Tray Tables", ("Oakhaven TV Tray Table, Folding, Solid Wood, Walnut", 39),
                       ("C-Shaped Tray Table, Sofa Side, Metal, Black", 49),
                       ("Snack Tray Tables, Set of 4 with Stand, Espresso", 89)),
    "table": items(f"{L} > Tables > Side Tables", ("Round Side Table, Marble Top, Gold Base", 119),
                   ("Oakhaven End Table with Drawer, White", 79))
    + items(f"{L} > Tables > Coffee Tables", ("Nesting Coffee Tables, Set of 2, Walnut", 149),
            ("Lift Top Coffee Table, Storage, Grey Oak", 179)),
    "tabletray": items(f"{D} > Decorative Trays", ("Coffee Table Tray, Rectangle, Mango Wood", 34),
                       ("Oakhaven Table Tray, Round, White Marble", 45),
                       ("Ottoman Table Tray, Large, Faux Leather, Black", 39)),
    "tray": items(f"{D} > Decorative Trays", ("Serving Tray with Handles, Acacia Wood", 29),
                  ("Mirrored Vanity Tray, Gold", 24), ("Leather Valet Tray, Brown", 19)),
    "crystalchand": items(f"{LT} > Chandeliers", ("Lumora Crystal Chandelier, 6-Light, Chrome, Dining Room", 189),
                          ("Raindrop Crystal Chandelier, 24 inch, Gold", 169),
                          ("Mini Crystal Chandelier, 3-Light, Flush Mount, Chrome", 79)),
    "chandelier": items(f"{LT} > Chandeliers", ("Farmhouse Chandelier, 5-Light, Wood Beads, Black", 129),
                        ("Sputnik Chandelier, 12-Light, Brass", 159),
                        ("Lumora Wagon Wheel Chandelier, 6-Light, Rustic, Black", 99),
                        ("Modern Linear Chandelier, 5-Light, Black", 149), ("Mini Drum Chandelier, 3-Light, Gold", 69)),
    "chandcrystal": items(f"{LT} > Chandelier Parts", ("Chandelier Crystals, Replacement Prisms, 30 Pack, Clear", 19),
                          ("Teardrop Chandelier Crystals, 38mm, 20 Pack", 15),
                          ("Octagon Bead Chandelier Crystals, Chains, 10 Strands", 22)),
    "crystal": items(f"{D} > Suncatchers", ("Hanging Crystal Suncatcher, Rainbow Maker, 2 Pack", 16),
                     ("Crystal Prism Balls, 40mm, Clear, 6 Pack", 14)),
    "chandbulb": items(f"{LT} > Light Bulbs", ("Chandelier Bulbs, LED Candelabra E12, Warm White, 6 Pack", 17),
                       ("Lumora Chandelier Bulbs, Flame Tip, Dimmable, 4 Pack", 14),
                       ("Chandelier Light Bulbs, 40W Equivalent, Clear, 8 Pack", 19)),
    "chand_acc": items(f"{LT} > Chandelier Parts", ("Chandelier Chain Extension, 3 ft, Black", 12),
                       ("Replacement Canopy Kit for Chandeliers, Black", 15),
                       ("Clip-On Lamp Shades for Chandelier, Set of 6, Black", 29)),
    "plantstand": items(f"{D} > Plant Stands", ("Plant Stand, 3 Tier, Metal, Black", 29),
                        ("Oakhaven Mid Century Plant Stand, Wood, 2 Pack", 39),
                        ("Corner Plant Stand, Bamboo, 5 Tier", 45)),
    "plant": items(f"{D} > Artificial Plants", ("Artificial Fiddle Leaf Fig Plant, 5 ft, in Pot", 69),
                   ("Faux Snake Plant, 30 inch, Ceramic Pot", 39), ("Artificial Monstera Plant, 3 ft", 49)),
    "diningchair": items(f"{DIN} > Dining Chairs", ("Upholstered Dining Chairs, Set of 2, Linen, Grey", 149),
                         ("Windsor Dining Chairs, Set of 2, Solid Wood, Black", 179),
                         ("Oakhaven Velvet Dining Chairs, Set of 2, Grey, Gold Legs", 199),
                         ("Mid Century Dining Chairs, Set of 2, Fabric, Grey", 129),
                         ("Folding Dining Chairs, Set of 2, White", 99)),
    "chair_acc": items(f"{DIN} > Chair Accessories", ("Dining Chair Slipcovers, Stretch, Set of 4, Grey", 25),
                       ("Seat Cushions for Dining Chairs, Set of 4, Grey", 35),
                       ("Felt Pads for Dining Chair Legs, 48 Pack", 9)),
}

W, JI, SU = "和室インテリア", "Japanese Interior", "Summer Decor"

WASHITSU = {
    "noren": items(f"{W} > のれん", ("のれん 麻 無地 85×150cm 生成り", 2980), ("のれん 綿 和柄 富士山 85×90cm 紺", 1980),
                   ("和楽 のれん ロング 150cm 藍染め風 無地 紺", 2480), ("のれん 短め 45cm カフェカーテン 白", 980),
                   ("Japanese Noren Door Curtain, Cotton, Wave Pattern, Navy, 85 x 150 cm", 2280)),
    "noren_acc": items(f"{W} > のれん > のれん小物", ("のれん用 突っ張り棒 伸縮 70-120cm 白", 880),
                       ("のれん専用 棒 木製 95cm ナチュラル", 1280), ("のれん対応 クリップ ステンレス 10個", 480)),
    "kakejiku": items(f"{JI} > Hanging Scrolls", ("掛け軸 山水画 尺五 床の間 モダン", 6980), ("掛け軸 富士に桜 印刷 尺三", 3980),
                      ("和楽 掛け軸 書 一期一会 尺五 茶掛け", 4980), ("掛け軸 鶴 松竹梅 慶事 尺五", 5480)),
    "kakejiku_acc": items(f"{JI} > Hanging Scrolls > 掛け軸用品", ("掛け軸用 矢筈 掛け棒 90cm", 980),
                          ("掛け軸専用 風鎮 陶器 2個組", 1480), ("掛け軸対応 桐箱 尺五", 2480)),
    "partition": items(f"{JI} > Room Dividers", ("Folding Room Divider, 4 Panel, Shoji Style, White", 8980),
                       ("Room Divider, 3 Panel, Bamboo, Natural", 6980), ("パーテーション 衝立 3連 木製 和風 ナチュラル", 7980),
                       ("衝立 障子風 2曲 白 高さ150cm", 5980)),
    "incense": items(f"{W} > お香・香立て", ("Incense Holder, Ceramic, Lotus Leaf, White", 1280),
                     ("Incense Stick Holder, Brass, Minimal", 1680), ("お香立て 陶器 一輪 白", 980),
                     ("インセンスホルダー 真鍮 スティック用", 1480)),
    "kou": items(f"{W} > お香・香立て", ("お香 白檀 スティック 100本", 880), ("Incense Sticks, Sandalwood, 120 Pack", 980)),
    "kaki": items(f"{W} > 花器", ("花器 信楽焼 一輪挿し 茶", 2480), ("花器 水盤 陶器 生け花 黒 30cm", 3980),
                  ("和楽 花器 竹 花入れ 壁掛け", 1980)),
    "kaki_acc": items(f"{W} > 花器 > 花器用品", ("花器用 剣山 丸型 7.5cm", 1480), ("花器専用 敷板 黒 30cm", 1280),
                      ("花器対応 落とし 筒 ガラス", 680)),
    "fuurin": items(f"{SU} > Wind Chimes", ("風鈴 南部鉄器 鈴虫 短冊付き", 2480), ("江戸風鈴 ガラス 金魚 手描き", 1980),
                    ("風鈴 有田焼 白磁 短冊付き", 2980)),
    "fuurinstand": items(f"{SU} > Wind Chimes > Stands", ("風鈴スタンド 鉄 黒 高さ40cm", 1480),
                         ("風鈴 スタンド 木製 卓上 吊り下げ", 1280), ("風鈴用 スタンド 真鍮 卓上", 1980)),
    "zabuton": items(f"{W} > 座布団", ("座布団 55×59 銘仙判 綿 紺", 2480), ("座布団 八端判 59×63 無地 茶", 3480),
                     ("座布団 5枚セット 来客用 えんじ", 6980)),
    "zabutoncover": items(f"{W} > 座布団 > 座布団カバー", ("座布団カバー 55×59 銘仙判 綿 紺", 980),
                          ("座布団カバー 八端判 麻 生成り 2枚", 1680), ("座布団カバー 5枚セット 無地 茶", 2980)),
    "noise": each(("座卓 折りたたみ 120×75 ナチュラル", f"{W} > 座卓", 12800),
                  ("Bonsai Pot, Glazed Ceramic, Blue, 15 cm", f"{JI} > Pots", 1980)),
}

LA, CA, LE, CE = "ランプ・照明", "キャンドル", "Lighting", "Candles"

AKARI = {
    "oillamp": items(f"{LA} > オイルランプ", ("オイルランプ ガラス アンティーク調 卓上 クリア", 1980),
                     ("灯り屋 オイルランプ 真鍮 ハリケーン型 ゴールド", 3980),
                     ("Oil Lamp, Glass Chimney, Brass Base, Gold, 12 inch", 2980),
                     ("オイルランプ ミニ 卓上 ゴールド 高さ15cm", 2480)),
    "lamp": items(f"{LA} > テーブルランプ", ("テーブルランプ 北欧 ファブリックシェード 白", 3980),
                  ("Table Lamp, Ceramic Base, Linen Shade, White", 4980))
    + items(f"{LA} > 和紙ランプ", ("和紙ランプ 行灯 卓上 LED", 3480)),
    "lamp.wall": items(f"{LE} > Wall Lamps", ("Wall Lamp, Plug-In, Swing Arm, Brass", 5980),
                       ("Wall Lamps, Set of 2, Rattan Shade, Plug In", 6980),
                       ("ウォールランプ ブラケットライト 真鍮 E17 1灯", 4980)),
    "lampoil": items(f"{LA} > オイルランプ > 燃料", ("ランプオイル パラフィン 1L 無煙 無臭", 1280),
                     ("灯り屋 ランプオイル 詰め替え 500ml 2本", 1480), ("Lamp Oil, Clean Burning Paraffin, 1 Quart", 1680)),
    "oil": items(f"{LA} > オイルランプ > 燃料", ("パラフィンオイル 1L 高純度 燃料", 1180), ("パラフィンオイル 4L 業務用", 3480)),
    "wick": items(f"{LA} > オイルランプ > 替え芯", ("オイルランプ用 替え芯 平芯 10本", 480), ("ランプ芯 丸芯 替え 3m", 580),
                  ("オイルランプ対応 芯 平芯 幅12mm 5本", 380)),
    "oillamp_acc": items(f"{LA} > オイルランプ > 交換パーツ", ("オイルランプ専用 ホヤ ガラス 交換用", 980),
                         ("オイルランプ対応 バーナー 口金 ゴールド", 1480)),
    "candlelantern": items(f"{CA} > キャンドルランタン", ("キャンドルランタン アンティーク調 アイアン 黒 Mサイズ", 2480),
                           ("Candle Lantern, Metal & Glass, Black, 12 inch", 2980),
                           ("キャンドルランタン 吊り下げ 真鍮 ゴールド", 1980), ("キャンドルランタン 木製 北欧 2個セット 黒", 3480)),
    "lantern_acc": items(f"{CA} > キャンドルランタン > ランタン小物", ("キャンドルランタン用 替えガラス 円筒 1個", 680),
                         ("キャンドルランタン専用 吊り下げフック 黒", 880), ("キャンドルランタン対応 スタンド アイアン 黒", 1280)),
    "ledcandle": items(f"{CE} > LED Candles", ("LED Candles, Flameless Pillar, Ivory, 3 Pack", 2480),
                       ("Flameless LED Tea Lights, Warm White, 24 Pack", 1480), ("LEDキャンドル ゆらぎ 電池式 3個セット", 1980)),
    "candle": items(f"{CA} > アロマキャンドル", ("アロマキャンドル 大豆ワックス ラベンダー", 1680),
                    ("Scented Candle, Soy Wax, Vanilla, 8 oz", 1980)),
    "edison": items(f"{LE} > Light Bulbs", ("Edison Bulb, ST64, E26, 4W LED, Amber, 4 Pack", 1980),
                    ("Edison Light Bulbs, G80 Globe, Dimmable, 6 Pack", 2980),
                    ("エジソン電球 LED E26 フィラメント レトロ 2個", 1280)),
    "bulb": items(f"{LE} > Light Bulbs", ("LED電球 E26 60W相当 昼白色 2個", 880)),
    "paperlantern": items(f"{LA} > 提灯・ペーパーランタン", ("Paper Lanterns, Round, White, 12 inch, 10 Pack", 1980),
                          ("提灯 和紙 祭り 赤 2個", 2480), ("ペーパーランタン 和紙 LED付き 3個", 2980)),
}

SHOPS = {"bedroom": BEDROOM, "living": LIVING, "washitsu": WASHITSU, "akari": AKARI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bedroom", "table mirror", "tablemirror", ["mirror"], ["mirrortable"]),
    two_types("bedroom", "mirror table", "mirrortable", ["table"], ["tablemirror"]),
    two_types("living", "tray table", "traytable", ["table"], ["tabletray"]),
    two_types("living", "table tray", "tabletray", ["tray"], ["traytable"]),
    two_types("living", "crystal chandelier", "crystalchand", ["chandelier"], ["chandcrystal"]),
    two_types("living", "chandelier crystals", "chandcrystal", ["crystal"], ["crystalchand"]),
    two_types("akari", "オイルランプ", "oillamp", ["lamp"], ["lampoil"]),
    two_types("akari", "ランプオイル", "lampoil", ["oil"], ["oillamp"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bedroom", "bench cushion", ["benchcushion"], ["bench"]),
    qualifies("bedroom", "shelf brackets", ["shelfbracket"], ["shelf"]),
    qualifies("living", "plant stand", ["plantstand"], ["plant"]),
    qualifies("living", "chandelier bulbs", ["chandbulb"], ["chandelier", "crystalchand"]),
    qualifies("washitsu", "座布団カバー", ["zabutoncover"], ["zabuton"]),
    qualifies("washitsu", "風鈴スタンド", ["fuurinstand"], ["fuurin"]),
    qualifies("akari", "ランプ 芯", ["wick"], ["lamp", "oillamp"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bedroom", "coat rack", ["coatrack"], ["coatrack_acc"]),
    accessories("bedroom", "garment rack", ["garmentrack"], ["garment_acc"]),
    accessories("living", "chandelier", ["chandelier", "crystalchand"], ["chand_acc", "chandcrystal", "chandbulb"]),
    accessories("living", "dining chair", ["diningchair"], ["chair_acc"]),
    accessories("washitsu", "のれん", ["noren"], ["noren_acc"]),
    accessories("washitsu", "掛け軸", ["kakejiku"], ["kakejiku_acc"]),
    accessories("washitsu", "花器", ["kaki"], ["kaki_acc"]),
    accessories("akari", "キャンドルランタン", ["candlelantern"], ["lantern_acc"]),
    # black coat racks: industrial 49, wall 24, tree 35 (a white one 19; black parts 7-15)
    price("bedroom", "cheap black coat rack", "coatrack-1", ["coatrack_acc"]),
    # black chandeliers: farmhouse 129, wagon wheel 99, linear 149 (a gold mini drum 69, the crystal ones chrome or
    # gold 79-189; black chain, canopy kit and clip-on shades 12-29, bulbs 14-19, crystals 15-22)
    price("living", "cheap black chandelier", "chandelier-2", ["chand_acc", "chandcrystal", "chandbulb"]),
    # grey dining chairs, all sets of 2: upholstered 149, velvet 199, mid century 129 (a white folding set 99, a
    # black windsor set 179; grey slipcovers 25 and seat cushions 35, felt pads 9)
    price("living", "budget grey dining chairs", "diningchair-3", ["chair_acc"]),
    # navy noren: 富士山 1980, 藍染め風 2480, English 2280 (a white short one 980; accessories 480-1280)
    price("washitsu", "安い 紺 のれん", "noren-1", ["noren_acc"]),
    # black candle lanterns: アイアン 2480, English 2980, 北欧 2個 3480 (a gold one 1980; black hook and stand 880-1280,
    # glass 680)
    price("akari", "格安 黒 キャンドルランタン", "candlelantern-0", ["lantern_acc"]),
    # gold oil lamps: ハリケーン型 3980, English 2980, ミニ 2480 (a clear one 1980; a gold burner 1480, wicks 380-580,
    # chimney 980, lamp oil 1180-1680)
    price("akari", "激安 ゴールド オイルランプ", "oillamp-3", ["wick", "oillamp_acc", "lampoil", "oil"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("washitsu", "パーテーション", "partition"),
    mixed("washitsu", "インセンスホルダー", "incense"),
    mixed("washitsu", "hanging scroll", "kakejiku"),
    mixed("washitsu", "wind chime", "fuurin"),
    mixed("akari", "エジソン電球", "edison"),
    mixed("akari", "LEDキャンドル", "ledcandle"),
    mixed("akari", "ウォールランプ", "lamp.wall"),
    mixed("akari", "ペーパーランタン", "paperlantern"),
]

_LEX, _DENSE, _LATIN = "categories-lexical", "categories-dense", "categories-latin-only"
LIMITS: dict = {
    ("blind118", "two_types:living:chandelier_crystals", _DENSE):
        "'Raindrop Crystal Chandelier' ranks above the suncatcher 'Crystal Prism Balls' (the three chandelier "
        "crystals do come first)",
    **{("blind118", "two_types:akari:ランプオイル", s):
       "the paraffin oils (パラフィンオイル 4L, 1L) come 2nd and 3rd, between ランプオイル 1L and the other lamp oils"
       for s in (_LEX, _DENSE, _LATIN)},
    **{("blind118", "mixed:washitsu:パーテーション", s):
       "only 'パーテーション 衝立 3連' comes back; the English Room Dividers and the 衝立 are not returned"
       for s in (_LEX, _DENSE, _LATIN)},
    **{("blind118", "mixed:akari:エジソン電球", s):
       "a plain 'LED電球 E26 60W相当 昼白色' comes 3rd, above 'Edison Bulb, ST64'"
       for s in (_LEX, _DENSE, _LATIN)},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind118(q: Q, setup: str, known_limit):
    known_limit("blind118")
    check(q, setup, ENGINES)


def test_blind118_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "grey": "Grey", "紺": "Navy", "黒": "Black", "ゴールド": "Gold"})
