"""An eighty-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: office supplies
and binding (English: binders and rings, stamps and ink, staples and punches, binding machines),
school and classroom supplies (English: map pins and pin maps, chalk, paint palettes, student
microscopes, 3D pens), Japanese office supplies オフィス用品・事務用品 (magnet boards, tape
cutters, seal cases, business card holders, mesh chairs; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords or Japanese words) and Japanese
school and art supplies 学用品・画材 (kraft paper, clay spatulas, electric erasers, recorders; with
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

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

Written blind on 2026-12-01 (86th suite), as a measurement only (nothing changed for it):
85 of 92 cases pass, 34 of 37 queries in every setup (two_types 6/8 queries, 14/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22); the 7 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "binder rings" with the fake
encoder (a ring binder above the key rings), マグネットボード in all its setups (a whiteboard magnet,
ホワイトボード マグネット, above a whiteboard) and デッサン人形 in all its setups (only the Japanese-titled
mannequin found; electric erasers of the same デッサン用品 category fill the top three, not the English
Art Mannequin / Drawing Manikin).

After (a word the analyser keeps whole ending in 製 says what the item is made of, and a material
standing alone describes; the sixteenth session): デッサン人形 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

OS, OF = "Office Supplies", "Office Furniture"
FILING, STAMPS, PUNCH, BIND = f"{OS} > Binders & Filing", f"{OS} > Stamps & Ink", f"{OS} > Staplers & Punches", \
    f"{OS} > Binding & Laminating"

OFFICE = {
    "binder.ring": items(f"{FILING} > Binders", ("Deskwell Ring Binder, 1 Inch, 3 O-Rings, Black", 4.99),
                         ("Heavy Duty D-Ring Binder, 3 Inch, View Cover, Blue", 12.99),
                         ("Ring Binder A4, 2 Rings, 25mm, Red, 10 Pack", 19.99)),
    "binder": items(f"{FILING} > Binders", ("Deskwell Zipper Binder, 2 Inch, Padded, with Handle, Navy", 24.99),
                    ("Slide Bar Report Binder, A4, Clear Front, 10 Pack", 7.99)),
    "binderring": items(f"{FILING} > Binder Accessories", ("Binder Rings, 1 Inch, Nickel Plated, 100 Pack", 9.99),
                        ("Loose Leaf Binder Rings, 2 Inch, Hinged, 12 Pack", 5.49),
                        ("Deskwell Binder Rings, Assorted Sizes, Silver, 50 Pack", 7.99)),
    "ring": items(f"{OS} > Desk Accessories > Key Tags & Rings", ("Split Key Rings, 25mm, Steel, 50 Pack", 6.99),
                  ("Key Rings with ID Tags, Assorted Colours, 20 Pack", 8.49)),
    "binderclip": items(f"{OS} > Clips & Fasteners", ("Binder Clips, Medium, 1.25 Inch, Black, 24 Pack", 4.99),
                        ("Deskwell Binder Clips, Assorted Sizes, 60 Pack", 7.49),
                        ("Jumbo Binder Clips, 2 Inch, Colourful, 12 Pack", 6.29)),
    "stampink": items(f"{STAMPS} > Refill Ink", ("Stamp Ink Refill for Self-Inking Stamps, Black, 25ml", 5.99),
                      ("Stamp Ink, Red, 28ml Bottle, Water-Based", 4.49), ("Ardent Stamp Ink, Blue, 50ml", 6.99)),
    "ink": items(f"{STAMPS} > Bottled Ink", ("Fountain Pen Ink, 50ml Bottle, Blue-Black", 8.99),
                 ("Permanent Marker Refill Ink, 30ml, Black", 5.49)),
    "inkstamp": items(f"{STAMPS} > Stamps", ("Self-Inking Stamp, 'PAID', Red Ink", 9.99),
                      ("Pre-Inked Address Stamp, Custom, Black Ink", 19.99),
                      ("Ardent Ink Stamp, 'RECEIVED', Self-Inking, Blue", 11.99)),
    "stamp": items(f"{STAMPS} > Stamps", ("Rubber Stamp, Wood Handle, 'APPROVED'", 7.99),
                   ("Date Stamp, Adjustable Rubber Dater, 12 Years", 8.49)),
    "remover": items(f"{PUNCH} > Staple Removers", ("Staple Remover, Jaw Style, Black", 2.49),
                     ("Deskwell Staple Remover, Push Style, Magnetic", 3.99),
                     ("Heavy Duty Staple Remover, Lever Action, Chrome", 6.99)),
    "staples": items(f"{PUNCH} > Staples", ("Standard Staples, 26/6, 5000 Count", 2.99),
                     ("Heavy Duty Staples, 23/13, 1000 Count", 4.99),
                     ("Deskwell Premium Staples, Chisel Point, 5000 Count", 3.49)),
    "punch": items(f"{PUNCH} > Hole Punches", ("Deskwell 3-Hole Punch, Heavy Duty, 30 Sheets, Black", 34.99),
                   ("2-Hole Punch, 12 Sheets, Black", 11.99), ("Adjustable 3-Hole Punch, 20 Sheets, Black", 18.99),
                   ("Single Hole Punch, Handheld, Silver", 3.99)),
    "punch_acc": items(f"{PUNCH} > Punch Accessories",
                       ("Replacement Punch Heads for 3-Hole Punch, Black, 3 Pack", 5.99),
                       ("Chip Tray for Hole Punch, Black", 3.49), ("Hole Punch Replacement Pins, 3 Pack", 4.49)),
    "binding": items(f"{BIND} > Binding Machines", ("Comb Binding Machine, 21 Holes, 450 Sheets, Grey", 89.99),
                     ("Deskwell Wire Binding Machine, 34 Holes, 3:1 Pitch", 129.99),
                     ("Thermal Binding Machine, A4, 300 Sheets", 149.99)),
    "binding_acc": items(f"{BIND} > Binding Supplies",
                         ("Plastic Binding Combs for Binding Machines, 1/2 Inch, Black, 100 Pack", 12.99),
                         ("Clear Binding Covers for Binding Machines, A4, 100 Sheets", 14.99),
                         ("Thermal Binding Machine Replacement Covers, 6mm, 20 Pack", 17.99)),
    "noise": each(("Ergonomic Mesh Office Chair, Lumbar Support, Black", f"{OF} > Chairs", 189),
                  ("Deskwell Writing Desk, 48 Inch, Walnut", f"{OF} > Desks", 159)),
}

SS, CL, SC = "School Supplies", "Classroom", "Science"
PINS, MAPS, CHALK, ART, MICRO, PEN3D = f"{CL} > Bulletin Boards > Pins & Tacks", f"{CL} > Maps & Globes", \
    f"{CL} > Chalkboards", f"{SS} > Art Supplies", f"{SC} > Microscopes", f"{SS} > STEM > 3D Pens"

SCHOOL = {
    "mappin": items(PINS, ("Map Pins, 3mm Round Heads, Assorted Colours, 200 Pack", 5.99),
                    ("Brightway Map Pins, Red, 100 Pack", 3.99), ("Flag Map Pins, Plastic, 50 Country Flags", 8.99)),
    "pin": items(PINS, ("Clear Push Pins, 200 Pack", 3.49), ("Decorative Push Pins, Wooden Heads, 30 Pack", 4.99)),
    "pinmap": items(f"{MAPS} > Maps", ("Push Pin World Map, Cork Backed, Framed, 36 x 24", 59.99),
                    ("Pin Map of the United States, Canvas on Foam Board", 39.99),
                    ("Brightway Travel Pin Map, World, Black Frame, 24 x 16", 44.99)),
    "map": items(f"{MAPS} > Maps", ("Classroom World Map, Laminated, 52 x 34", 19.99),
                 ("USA Wall Map, Laminated Poster, 40 x 28", 14.99)),
    "chalkholder": items(f"{CHALK} > Chalk Accessories", ("Chalk Holder, Metal, Adjustable, 2 Pack", 6.99),
                         ("Brightway Chalk Holders, Colourful Plastic, 5 Pack", 5.49),
                         ("Magnetic Chalk Holder, Clip-On, Red", 3.99)),
    "chalk": items(f"{CHALK} > Chalk", ("White Chalk, Dustless, 12 Sticks", 2.49),
                   ("Coloured Chalk, Dustless, 24 Sticks", 3.99), ("Jumbo Sidewalk Chalk, 20 Pieces", 6.99)),
    "palette": items(f"{ART} > Palettes", ("Paint Palette, 10 Wells, Plastic, White", 2.99),
                     ("Brightway Paint Palettes with Lids, 6 Pack", 7.99),
                     ("Folding Watercolour Paint Palette, 33 Wells", 9.99)),
    "paint": items(f"{ART} > Paints", ("Washable Tempera Paint, 6 Colours, 8 oz", 12.99),
                   ("Brightway Watercolour Paint Set, 24 Colours", 8.99), ("Acrylic Paint Set, 12 x 12ml Tubes", 9.49)),
    "microscope": items(MICRO, ("Student Compound Microscope, 40X-1000X, White", 89.99),
                        ("Kids Microscope Kit, 100X-1200X, LED, White", 34.99),
                        ("Digital USB Microscope, 1000X, Black", 29.99), ("Beginner Microscope, 300X, Blue", 24.99),
                        ("Brightway Dual LED Microscope, 40X-400X, White", 59.99)),
    "microscope_acc": items(f"{MICRO} > Microscope Accessories", ("Dust Cover for Student Microscopes, White", 7.99),
                            ("Blank Slides and Cover Slips for Microscopes, 72 Pack", 9.99),
                            ("Microscope Replacement LED Bulb, White, 2 Pack", 6.49),
                            ("Prepared Slides Set for Kids Microscopes, 25 Slides", 14.99)),
    "pen3d": items(PEN3D, ("3D Pen for Kids, Low Temperature, Blue", 29.99),
                   ("Brightway 3D Printing Pen, OLED Display, Blue", 44.99),
                   ("3D Pen Starter Kit with 12 Colours, Pink", 24.99),
                   ("Professional 3D Pen, Adjustable Speed, Black", 39.99),
                   ("Wireless 3D Pen, Rechargeable, Blue", 34.99)),
    "pen3d_acc": items(f"{SS} > STEM > 3D Pen Refills", ("PLA Filament for 3D Pens, Blue, 1.75mm, 10m", 5.99),
                       ("3D Pen Refill Filament, 20 Colours, 200 ft", 14.99),
                       ("Silicone Drawing Mat for 3D Pens, Blue", 7.99), ("3D Pen Replacement Nozzles, 3 Pack", 6.99)),
    "noise": each(("Desk Globe, 12 Inch, Political, Metal Stand", f"{MAPS} > Globes", 29.99),
                  ("Spiral Notebooks, College Ruled, 5 Pack", f"{SS} > Paper > Notebooks", 6.99),
                  ("Glue Sticks, Washable, 12 Pack", f"{SS} > Glue & Tape", 4.99)),
}

JO, JJ, EO = "オフィス用品", "事務用品", "Office Supplies"
BOARDS, TAPES, SEALS, CARDS = f"{JO} > ボード・掲示用品", f"{JJ} > テープ用品", f"{JJ} > 印鑑・スタンプ", f"{JJ} > 名刺整理"

JIMU = {
    "magboard": items(f"{BOARDS} > マグネットボード", ("マグネットボード 壁掛け 60×45cm 白 スチール", 2980),
                      ("マグネットボード A3 冷蔵庫 横 ホワイト", 1480), ("マグネットボード 布張り 90×60cm グレー 掲示板", 4980)),
    "board": items(f"{BOARDS} > ホワイトボード", ("ホワイトボード 脚付き 両面 120×90cm キャスター付き", 19800),
                   ("ホワイトボード 壁掛け 45×30cm 小型 マーカー付き", 980)),
    "boardmag": items(f"{BOARDS} > マグネット", ("ホワイトボード マグネット 丸型 20mm 10色 20個", 480),
                      ("ボードマグネット 強力 バー型 5本 黒", 580)),
    "corkboard": items(f"{EO} > Cork Boards", ("Cork Board, 24 x 36 Inch, Wood Frame", 2480),
                       ("Cork Bulletin Board, Framed, 45 x 60 cm", 1980), ("コルクボード 30×45cm 木枠 画鋲付き", 980)),
    "tapecutter": items(f"{TAPES} > テープカッター", ("テープカッター 大巻・小巻兼用 重量タイプ 黒", 1280),
                        ("テープカッター コンパクト 小巻 白", 480), ("テープカッター 木製 ナチュラル 小巻", 1580)),
    "tape": items(f"{TAPES} > テープ", ("セロハンテープ 大巻 18mm×35m 10巻", 980), ("両面テープ 強力 15mm×10m", 380),
                  ("マスキングテープ 15mm 10巻 パステル", 680)),
    "inkancase": items(f"{SEALS} > 印鑑ケース", ("印鑑ケース 朱肉付き 本革 黒", 1980), ("印鑑ケース 2本用 スリム 赤", 980),
                       ("印鑑ケース ファスナー付き 小物入れ ネイビー", 1480)),
    "inkan": items(f"{SEALS} > 印鑑", ("印鑑 実印 黒水牛 15mm 手彫り仕上げ", 4980), ("印鑑 認印 10.5mm 柘 個人名", 1280),
                   ("印鑑 銀行印 チタン 13.5mm", 6980)),
    "cardholder": items(f"{CARDS} > 名刺ホルダー", ("名刺ホルダー 400枚収納 リング式 黒", 1280),
                        ("名刺ホルダー A4 2穴 120枚 ブルー", 780), ("名刺ホルダー 卓上 回転式 1000枚", 2980)),
    "cardholder_acc": items(f"{CARDS} > リフィル", ("名刺ホルダー用 リフィル 20枚入 A4 2穴", 480),
                            ("名刺ホルダー専用 インデックス あいうえお 黒", 380), ("名刺ホルダー対応 替えポケット 10枚", 330)),
    "chair": items(f"{JO} > オフィス家具 > オフィスチェア", ("メッシュチェア ハイバック ヘッドレスト付き 黒", 19800),
                   ("メッシュチェア ロッキング 肘付き 黒", 12800), ("メッシュチェア コンパクト 肘なし 黒", 8980),
                   ("メッシュチェア ランバーサポート グレー", 6980),
                   ("Ergonomic Mesh Office Chair, Adjustable Arms, Black", 15800)),
    "chair_acc": items(f"{JO} > オフィス家具 > チェア用品", ("メッシュチェア用 ヘッドレスト 後付け 黒", 2980),
                       ("メッシュチェア専用 アームパッド 交換用 黒 2個", 1480),
                       ("メッシュチェア対応 キャスター ウレタン 黒 5個", 1980)),
    "organizer": items(f"{EO} > Desk Organizers", ("Desk Organizer, Mesh, 5 Compartments, Black", 1980),
                       ("Bamboo Desk Organizer with Drawer", 2980), ("デスクオーガナイザー 卓上収納 引き出し付き 白", 2480)),
    "tray": items(f"{EO} > Letter Trays", ("書類トレー A4 3段 クリア 積み重ね", 980), ("レタートレー 2段 横置き 黒", 1280),
                  ("書類トレー 木製 A4 ナチュラル", 1980)),
    "bookstand": items(f"{EO} > Book Stands", ("Book Stand, Adjustable, Bamboo, Reading Holder", 1980),
                       ("Metal Book Stand, Foldable, Black", 1480), ("ブックスタンド 角度調整 読書台 木製", 2480)),
}

GZ, GY, EA = "画材", "学用品", "Art Supplies"
PAPER, CLAY, DRAW, MUSIC = f"{GZ} > 紙・ペーパー", f"{GY} > 粘土用品", f"{GZ} > デッサン用品", f"{GY} > 楽器"

GAKUYO = {
    "kraft": items(f"{PAPER} > クラフトペーパー", ("クラフトペーパー ロール 幅50cm×10m 茶 ラッピング 工作", 980),
                   ("クラフトペーパー A4 100枚 厚口 ブラウン", 680), ("クラフトペーパー 四六判 10枚 未晒", 1180)),
    "paper": items(f"{PAPER} > トレース・転写", ("トレーシングペーパー A4 50枚 厚口", 580),
                   ("カーボンペーパー 転写紙 A4 10枚 グレー", 480)),
    "papercraft": items(f"{GY} > 工作キット", ("ペーパークラフト キット 恐竜 立体 小学生 工作", 1280),
                        ("ペーパークラフト 日本の名城 姫路城 1/300", 1980)),
    "hera": items(f"{CLAY} > ヘラ", ("粘土ヘラ 6本セット ステンレス 両頭", 680), ("粘土ヘラ 木製 10本組 造形 彫塑", 880),
                  ("粘土ヘラ プラスチック 3本 小学生 学童用", 220)),
    "clay": items(f"{CLAY} > 粘土", ("紙粘土 軽量 200g 白", 198), ("油粘土 学童用 1kg 灰色", 480),
                  ("樹脂粘土 カラー 12色セット", 1280)),
    "eraser": items(f"{DRAW} > 電動消しゴム", ("電動消しゴム 充電式 USB 白", 1980), ("電動消しゴム 乾電池式 コンパクト 白", 880),
                    ("電動消しゴム ペン型 細字 黒", 1280), ("電動消しゴム 2段階速度 ピンク", 780),
                    ("Electric Eraser, Cordless, Rechargeable, White", 1480)),
    "eraser_acc": items(f"{DRAW} > 替え消しゴム", ("電動消しゴム用 替え消しゴム 白 100本", 480),
                        ("電動消しゴム専用 替えゴム 砂消し 20本", 380), ("電動消しゴム対応 字消し板 ステンレス", 220)),
    "recorder": items(f"{MUSIC} > リコーダー", ("ソプラノリコーダー バロック式 ピンク クリア", 1980),
                      ("リコーダー ソプラノ ジャーマン式 ピンク 小学生", 1180),
                      ("アルトリコーダー バロック式 ブラウン 中学校", 3980),
                      ("ソプラノリコーダー ジャーマン式 アイボリー", 980), ("Soprano Recorder, 3-Piece, Baroque, Pink", 1580)),
    "recorder_acc": items(f"{MUSIC} > リコーダー用品", ("リコーダー用 ケース 布製 ピンク", 480),
                          ("リコーダー専用 掃除棒 ガーゼ付き", 220), ("リコーダー対応 サムレスト シリコン ピンク", 280)),
    "mannequin": items(f"{EA} > Drawing Mannequins", ("Wooden Art Mannequin, 12 Inch, Flexible Joints", 1280),
                       ("Artist Drawing Manikin, 30cm, with Stand", 980), ("デッサン人形 木製 30cm 男性", 1480)),
    "calligraphy": items(f"{EA} > Calligraphy Pens", ("Calligraphy Pen Set, 6 Nib Sizes, Black", 1580),
                         ("Brush Calligraphy Pens, 12 Colours", 1280), ("カリグラフィーペン 3.5mm 黒 水性", 330)),
    "pastel": items(f"{EA} > Oil Pastels", ("Oil Pastels, 24 Colours, Non-Toxic", 980),
                    ("Professional Oil Pastels, 48 Colours, Wooden Box", 3980), ("オイルパステル 16色 ソフトタイプ", 660)),
    "origami": items(f"{EA} > Origami Paper", ("折り紙 15cm 単色 100枚 50色", 330), ("おりがみ 両面カラー 7.5cm 200枚", 220),
                     ("折り紙 和柄 千代紙 15cm 60枚", 550)),
    "noise": each(("画用紙 八つ切り 50枚 白", f"{PAPER} > 画用紙", 480),
                  ("書道セット 男の子 青 バッグ付き", f"{GY} > 書道用品", 3980)),
}

SHOPS = {"office": OFFICE, "school": SCHOOL, "jimu": JIMU, "gakuyo": GAKUYO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("office", "stamp ink", "stampink", ["ink"], ["inkstamp"]),
    two_types("office", "ink stamp", "inkstamp", ["stamp"], ["stampink"]),
    two_types("office", "ring binder", "binder.ring", ["binder"], ["binderring"]),
    two_types("office", "binder rings", "binderring", ["ring"], ["binder.ring"]),
    two_types("school", "map pins", "mappin", ["pin"], ["pinmap"]),
    two_types("school", "pin map", "pinmap", ["map"], ["mappin"]),
    two_types("jimu", "マグネットボード", "magboard", ["board"], ["boardmag"]),
    two_types("gakuyo", "クラフトペーパー", "kraft", ["paper"], ["papercraft"]),
    # --- 2. a leading product word that modifies the head
    qualifies("office", "staple remover", ["remover"], ["staples"]),
    qualifies("office", "binder clips", ["binderclip"], ["binder"]),
    qualifies("school", "chalk holder", ["chalkholder"], ["chalk"]),
    qualifies("school", "paint palette", ["palette"], ["paint"]),
    qualifies("jimu", "テープカッター", ["tapecutter"], ["tape"]),
    qualifies("jimu", "印鑑ケース", ["inkancase"], ["inkan"]),
    qualifies("gakuyo", "粘土 ヘラ", ["hera"], ["clay"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("office", "hole punch", ["punch"], ["punch_acc"]),
    accessories("office", "binding machine", ["binding"], ["binding_acc"]),
    accessories("school", "microscope", ["microscope"], ["microscope_acc"]),
    accessories("school", "3d pen", ["pen3d"], ["pen3d_acc"]),
    accessories("jimu", "名刺ホルダー", ["cardholder"], ["cardholder_acc"]),
    accessories("jimu", "メッシュチェア", ["chair"], ["chair_acc"]),
    accessories("gakuyo", "電動消しゴム", ["eraser"], ["eraser_acc"]),
    accessories("gakuyo", "リコーダー", ["recorder"], ["recorder_acc"]),
    # black hole punches: 3-hole heavy duty 34.99, 2-hole 11.99, adjustable 18.99 (a silver single punch 3.99;
    # black accessories 3.49-5.99)
    price("office", "affordable black hole punch", "punch-1", ["punch_acc"]),
    # white microscopes: compound 89.99, kids kit 34.99, dual LED 59.99 (a black USB one 29.99, a blue one 24.99;
    # white accessories 6.49-7.99)
    price("school", "budget white microscope", "microscope-1", ["microscope_acc"]),
    # blue 3D pens: kids 29.99, OLED 44.99, wireless 34.99 (a pink starter kit 24.99; blue filament 5.99, blue mat
    # 7.99)
    price("school", "cheap blue 3d pen", "pen3d-0", ["pen3d_acc"]),
    # black mesh chairs: high back 19800, rocking 12800, compact 8980, English 15800 (a grey one 6980; black
    # accessories 1480-2980)
    price("jimu", "安い 黒 メッシュチェア", "chair-2", ["chair_acc"]),
    # white electric erasers: rechargeable 1980, battery 880, English 1480 (a pink one 780; white refills 480,
    # accessories 220-380)
    price("gakuyo", "格安 白 電動消しゴム", "eraser-1", ["eraser_acc"]),
    # pink recorders: baroque clear 1980, German 1180, English 1580 (an ivory one 980; pink case 480, thumb rest 280)
    price("gakuyo", "激安 ピンク リコーダー", "recorder-1", ["recorder_acc"]),
    # --- 4. Japanese queries among English-titled items (loanwords and Japanese names), English over an English tree
    mixed("jimu", "デスクオーガナイザー", "organizer"),
    mixed("jimu", "コルクボード", "corkboard"),
    mixed("jimu", "ブックスタンド", "bookstand"),
    mixed("jimu", "letter tray", "tray"),
    mixed("gakuyo", "デッサン人形", "mannequin"),
    mixed("gakuyo", "カリグラフィーペン", "calligraphy"),
    mixed("gakuyo", "オイルパステル", "pastel"),
    mixed("gakuyo", "origami paper", "origami"),
]

LIMITS: dict = {
    ("blind86", "two_types:office:binder_rings", "categories-dense"):
        "the ring binder 'Deskwell Ring Binder, 1 Inch, 3 O-Rings' ranks above the key rings 'Key Rings with ID Tags'",
    **{("blind86", "two_types:jimu:マグネットボード", s): "a whiteboard magnet 'ホワイトボード マグネット 丸型' ranks above the "
       "whiteboard 'ホワイトボード 脚付き 両面' (the three マグネットボード come first)"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind86(q: Q, setup: str, known_limit):
    known_limit("blind86")
    check(q, setup, ENGINES)


def test_blind86_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "白": "White", "ピンク": "Pink", "black": "Black", "white": "White",
                                 "blue": "Blue"})
