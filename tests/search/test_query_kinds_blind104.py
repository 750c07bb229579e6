"""A hundred-and-fourth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites used little:
children's school, art and lunch goods (English: sticker books and book stickers, paint smocks,
sticker charts, nap mats and their parts, lunch bags and their parts), outdoor play (English: rope
swings and swing ropes, skate shoes and shoe skates, roller skates and their parts, swing sets and
their parts, goal nets), a Japanese shop of 入園入学・通園グッズ (ゴムボール and ボールゴム, 上履き and
上履き袋, コップ袋, 防災頭巾 and its covers, with English-titled imports whose Japanese names are
katakana loanwords: スモック, ネームタグ, ハンカチ; part of its category tree in English) and a Japanese
shop of 外遊び・水遊び (ビニールプール and プールマット, キックボード and its parts, シャボン玉液, 水鉄砲
under an English category, with English-titled スイムゴーグル, フラフープ, バブルマシン). Shops of 30-50
items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category)
   in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (104th suite), as a measurement only (nothing changed for it):
94 of 94 cases pass, 37 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 18/18; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22); no case fails,
so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S, L, D = "School Supplies", "Lunch & Drink", "Daycare"
ART, STICK, BOOKS = f"{S} > Art", f"{S} > Stickers", f"{S} > Books"

SCHOOL = {
    "stickerbook": items(f"{BOOKS} > Sticker Books", ("Doodlebug Reusable Sticker Book, Farm Animals, Ages 3+", 9),
                         ("Puffy Sticker Book, Dinosaurs, 8 Scenes", 12),
                         ("Sticker Book for Toddlers, Vehicles, Big Stickers", 7)),
    "bookstickers": items(f"{STICK} > Book Labels",
                          ("Book Stickers, This Book Belongs To, Animal Designs, 48 Labels", 6),
                          ("Reading Book Stickers, I Read This, Gold Stars, 200 Count", 5),
                          ("Library Book Stickers, Spine Labels, Colour Coded, 500 Pack", 8)),
    "sticker": items(STICK, ("Doodlebug Reward Stickers, Smiley Faces, 1000 Count", 6),
                     ("Waterproof Name Stickers for Kids, Personalised, 120 Pack", 14),
                     ("Foam Stickers, Shapes and Letters, 500 Pieces", 9)),
    "book": items(f"{BOOKS} > Activity Books", ("Activity Book for Kids Ages 4-6, Mazes, Dot-to-Dot, 96 Pages", 6),
                  ("Handwriting Practice Book, Letter Tracing, Ages 3-5", 7),
                  ("Colouring Book, Ocean Animals, 64 Pages", 5)),
    "smock": items(f"{ART} > Smocks", ("Kids' Paint Smock, Waterproof, Long Sleeves, Ages 3-6, Blue", 11),
                   ("Paint Smock for Toddlers, Elastic Cuffs, Rainbow Print", 9),
                   ("Art Smock with Pocket, School Paint Smock, Navy, Ages 6-9", 12)),
    "paint": items(f"{ART} > Paint", ("Washable Tempera Paint, 6 Colours, 237ml Bottles", 14),
                   ("Finger Paint for Toddlers, Non-Toxic, 4 x 120ml", 8),
                   ("Doodlebug Watercolour Paint Set, 24 Colours, Brush Included", 9)),
    "chart": items(f"{S} > Classroom > Charts", ("Reward Sticker Chart, Magnetic, Dry Erase, for Fridge", 12),
                   ("Classroom Sticker Chart, 30 Students, Laminated Poster", 9),
                   ("Sticker Chart Pad, Good Behaviour, 25 Sheets", 5)),
    "napmat": items(f"{D} > Nap Mats", ("Snugnap Toddler Nap Mat with Removable Pillow, Roll-Up, Dinosaurs", 35),
                    ("Foldable Nap Mat, 4 Sections, Vinyl, Blue", 29),
                    ("Kids' Nap Mat, Plush Blanket Attached, Unicorn, Pink", 39)),
    "napmat_acc": items(f"{D} > Nap Mat Accessories", ("Replacement Cover for Nap Mats, Fitted, Grey", 12),
                        ("Snugnap Nap Mat Carry Strap, Adjustable, Black", 7),
                        ("Waterproof Liner for Toddler Nap Mats", 10)),
    "lunchbag": items(f"{L} > Lunch Bags", ("Packwell Insulated Lunch Bag, Zip Top, Navy", 14),
                      ("Kids' Lunch Bag, Dinosaur Print, Insulated, Navy", 11),
                      ("Leakproof Lunch Bag, Expandable, Grey", 9),
                      ("Packwell Lunch Bag with Shoulder Strap, Cooler, Navy", 17)),
    "lunchbag_acc": items(f"{L} > Lunch Bag Accessories", ("Replacement Shoulder Strap for Lunch Bags, Navy", 6),
                          ("Lunch Bag Name Tag, Clip-On, Navy, 2 Pack", 4),
                          ("Reusable Ice Packs for Lunch Bags, Slim, 4 Pack", 8)),
    "noise": each(("Doodlebug Jumbo Crayons, 16 Colours", f"{ART} > Crayons", 4),
                  ("Safety Scissors for Kids, Blunt Tip, 2 Pack", f"{S} > Classroom", 3)),
}

O = "Outdoor Play"
SW, SK, SP = f"{O} > Swings", f"{O} > Skates", f"{O} > Sports"

PLAY = {
    "ropeswing": items(f"{SW} > Rope Swings", ("Larkspur Rope Swing, Disc Seat, Adjustable Height, Green", 25),
                       ("Rope Swing with Wooden Seat, for Kids, 2.5m", 29),
                       ("Rope Swing Seat, Round Plastic Disc, 1.8m Rope, Red", 18)),
    "swing": items(SW, ("Toddler Bucket Swing, High Back, Safety Harness, Blue", 35),
                   ("Larkspur Saucer Swing, 100cm Nest Seat, Grey", 49),
                   ("Heavy Duty Belt Swing, Anti-Slip Seat, Black", 19)),
    "swingrope": items(f"{SW} > Swing Parts", ("Swing Rope, 2.5m, Polyester, Pair, with Carabiners", 15),
                       ("Adjustable Swing Ropes, 2 Pack, Tree Straps Included, Black", 19),
                       ("Swing Rope Extension, 1m, Heavy Duty, Pair", 12)),
    "rope": items(f"{SP} > Ropes", ("Jump Rope for Kids, Wooden Handles, 2.4m", 7),
                  ("Playground Climbing Rope with Foot Loops, 2m", 24),
                  ("Tug of War Rope, 10m, Cotton", 18)),
    "skateshoe": items(f"{SK} > Skate Shoes", ("Kids' Skate Shoes, Low Top, Canvas, Black", 35),
                       ("Slip-On Skate Shoes, Checkerboard, Youth", 29),
                       ("Suede Skate Shoes, Padded Collar, Grey, Junior", 45)),
    "shoe": items(f"{O} > Footwear", ("Water Shoes for Kids, Quick Dry, Blue", 15),
                  ("Kids' Trail Running Shoes, Hook and Loop, Navy", 39),
                  ("Beach Shoes, Toddler, Anti-Slip Sole, Pink", 12)),
    "shoeskate": items(SK, ("Strap-On Shoe Skates, Adjustable, Fits Kids' Sneakers, Blue", 29),
                       ("Shoe Skates, 2-in-1, Light-Up Wheels, Black", 35),
                       ("Adjustable Shoe Skates for Beginners, Purple", 25)),
    "rollerskate": items(f"{SK} > Roller Skates", ("Kids' Roller Skates, Adjustable, Light-Up Wheels, Pink", 45),
                         ("Glidewell Quad Roller Skates, High Top, White", 59),
                         ("Roller Skates for Girls, Adjustable, 4 Sizes, Pink", 39),
                         ("Glidewell Retro Roller Skates, Leather Look, Pink", 69),
                         ("Roller Skates, Adjustable, Beginner, Blue", 29)),
    "rollerskate_acc": items(f"{SK} > Skate Parts", ("Replacement Wheels for Roller Skates, 54mm, 8 Pack, Pink", 19),
                             ("Roller Skate Toe Stops, Replacement, Pair, Pink", 8),
                             ("Roller Skate Laces, 2 Pairs, 200cm, Pink", 6)),
    "inline": items(SK, ("Inline Skates for Kids, Adjustable, 4 Sizes, Blue", 55)),
    "swingset": items(f"{O} > Swing Sets", ("Backyard Swing Set, 2 Swings and Slide, Metal Frame", 199),
                      ("Larkspur Wooden Swing Set with Climbing Wall, A-Frame", 399),
                      ("Compact Toddler Swing Set, Foldable, Indoor/Outdoor", 89)),
    "swingset_acc": items(f"{O} > Swing Sets > Swing Set Parts", ("Swing Set Anchor Kit, Heavy Duty, 4 Pack", 19),
                          ("Replacement Chains for Swing Sets, Plastic Coated, Pair", 24),
                          ("Swing Set Replacement Canopy, Waterproof, Green", 29)),
    "goalnet": items(f"{SP} > Goal Nets", ("Replacement Goal Net, 6 x 4 ft, Polyethylene, White", 15),
                     ("Soccer Goal Net for Kids' Goals, 5 x 3 ft", 12),
                     ("Goal Net, Heavy Duty, Full Size, 24 x 8 ft", 59)),
    "goal": items(f"{SP} > Goals", ("Pop-Up Soccer Goals for Kids, Set of 2, with Carry Bag", 39),
                  ("Backyard Soccer Goal, Steel Frame, 6 x 4 ft", 89)),
    "noise": each(("Bubble Wand Set, Giant Bubbles, 3 Wands", f"{O} > Bubbles", 9)),
}

N, KG = "入園入学", "Kids Goods"

NYUEN = {
    "gomuball": items("外遊び > ボール", ("ゴムボール 21cm 子供 園庭 外遊び 赤", 680), ("ゴムボール 2号 3個セット 赤 青 黄", 1280),
                      ("やわらか ゴムボール 15cm 幼児 キャラクター", 580)),
    "ball": items("外遊び > ボール", ("ドッジボール 2号 小学生 低学年 青", 1480), ("ビーチボール 40cm 2個セット 水遊び", 480),
                  ("サッカーボール 3号 幼児 キッズ 白黒", 1980)),
    "ballgomu": items(f"{N} > ヘアアクセ", ("ボールゴム ヘアゴム キッズ 10本セット パステル", 580),
                      ("ボールゴム ウッドビーズ 2個 女の子 入園", 480), ("ボールゴム 20本 ラメ カラフル 保育園", 780)),
    "gomu": items(f"{N} > ゴム", ("ヘアゴム 子供 キッズ 30本 カラフル 絡まない", 398), ("帽子ゴム 通園帽 付け替え 白 3本", 298),
                  ("平ゴム 6コール 10m 白 入園準備", 220)),
    "uwabaki": items(f"{N} > 上履き", ("上履き 14cm 白 バレーシューズ 幼稚園 保育園", 980), ("上履き キッズ 白 15cm 甲ゴム 洗える", 1280),
                     ("上履き 青 16cm 男の子 日本製", 880), ("上履き 白 18cm 抗菌 防臭 小学校", 1080)),
    "uwabaki_acc": items(f"{N} > 上履き > 上履き小物", ("上履き用 中敷き 白 14-19cm 2足", 380), ("上履き専用 洗い ブラシ 白 2本", 330),
                         ("上履き対応 お名前シール 布用 60枚", 480)),
    "uwabakibag": items(f"{N} > 通園バッグ", ("上履き袋 キルティング 恐竜柄 男の子 入園", 880),
                        ("上履き入れ 上履き袋 撥水 ナイロン 紺", 980), ("シューズバッグ 上履き袋 マチ付き 星柄 白", 780)),
    "cupbag": items(f"{N} > 通園バッグ", ("コップ袋 巾着 入園 男の子 電車柄", 480), ("コップ袋 給食 キルティング 女の子 花柄", 580),
                    ("巾着 コップ袋 マチ付き 無地 紺 20×16cm", 380)),
    "cup": items(f"{N} > 食器", ("コップ 子供 プラスチック 200ml 歯みがき 幼稚園", 380), ("キッズ コップ 割れない 持ち手付き 250ml", 480),
                 ("ステンレス コップ 子供用 180ml 名入れ", 880)),
    "zukin": items(f"{N} > 防災頭巾", ("防災頭巾 幼児用 紺 座布団型 難燃", 2480), ("防災頭巾 小学生 背もたれ式 紺 防炎", 2980),
                   ("防災頭巾 キッズ ピンク 洗える", 1980), ("防災頭巾 園児用 紺 コンパクト 収納袋付き", 2280)),
    "zukin_acc": items(f"{N} > 防災頭巾 > 防災頭巾カバー", ("防災頭巾用 カバー 紺 座布団型 40×30cm", 1280),
                       ("防災頭巾専用 背もたれカバー 紺 椅子用", 1480), ("防災頭巾対応 収納袋 紺 キルティング", 980)),
    "smock": items(f"{KG} > Smocks", ("Toddler Art Smock, Long Sleeve, Waterproof, Yellow", 1480),
                   ("Kids Smock with Pocket, Preschool, Navy", 1680), ("スモック 園児 長袖 男女兼用 110cm 水色", 1980)),
    "nametag": items(f"{KG} > Name Tags", ("Name Tags for Backpacks, Silicone, 4 Pack", 680),
                     ("Kids Name Tag, Acrylic, Keyring, Star", 580), ("ネームタグ キッズ 名入れ アクリル 星", 880)),
    "hanky": items(f"{KG} > Handkerchiefs", ("Kids Handkerchiefs, Cotton, 6 Pack, Animals", 880),
                   ("Handkerchief Set, Gauze, 3 Pieces, Pastel", 780), ("ハンカチ 子供 ガーゼ 3枚組 入園", 680)),
    "namestamp": items(f"{KG} > Name Stamps", ("お名前スタンプ セット 布用 ひらがな ローマ字 入園", 3980),
                       ("お名前スタンプ 浸透印 ミニ 入学準備", 2480), ("おなまえスタンプ 布にも押せる 30本 マルチセット", 4980)),
}

W, A, OT = "水遊び", "外遊び", "Outdoor Toys"

SOTO = {
    "pool": items(f"{W} > ビニールプール", ("ビニールプール 150cm 家庭用 2気室 青", 2480), ("ビニールプール 大型 200cm 長方形 ファミリー 青", 4980),
                  ("ビニールプール 100cm 丸型 ベビー 黄色", 1480), ("ビニールプール 滑り台付き 日よけ 青 180cm", 3980)),
    "pool_acc": items(f"{W} > ビニールプール > プール用品", ("ビニールプール用 補修シール 透明 10枚", 380),
                      ("ビニールプール専用 カバー 150cm 青", 980), ("ビニールプール対応 電動空気入れ 青 USB充電", 1980)),
    "poolmat": items(f"{W} > プールマット", ("プールマット 200×150cm 厚手 下敷き クッション", 1980),
                     ("プールマット 防水 ビニールプール用 グリーン", 1280), ("プールマット 折りたたみ 芝生保護 2m", 1680)),
    "kickboard": items(f"{A} > キックボード", ("キックボード 子供 3輪 光るタイヤ 高さ調整 ピンク", 3980),
                       ("キックボード キッズ 折りたたみ 2輪 赤", 2980), ("キックボード 子供用 ブレーキ付き 3輪 青", 3480),
                       ("キックボード 大人 子供兼用 2輪 大径タイヤ 赤", 4480), ("キックボード 幼児 3輪 軽量 黄色", 1980)),
    "kickboard_acc": items(f"{A} > キックボード > パーツ", ("キックボード用 替えウィール 光る 赤 2個", 980),
                           ("キックボード専用 収納バッグ 肩掛け 赤", 1280), ("キックボード対応 グリップ 交換用 2個 青", 580)),
    "bubblesol": items(f"{A} > シャボン玉", ("シャボン玉液 補充用 1L 大容量", 680), ("シャボン玉液 500ml×2本 割れにくい", 780),
                       ("シャボン玉液 詰め替え 2L 日本製", 980)),
    "bubble": items(f"{A} > シャボン玉", ("シャボン玉 ピストル 電動 自動 光る", 1280), ("シャボン玉 おもちゃ 吹き具 10本セット", 480),
                    ("巨大シャボン玉 セット 輪っか ロープ", 980)),
    "watergun": items(f"{OT} > Water Guns", ("水鉄砲 大容量 ポンプ式 1200ml 子供", 1280), ("水鉄砲 2個セット 小型 プール お風呂", 680),
                      ("水鉄砲 電動 連射 タンク付き 青", 2480)),
    "goggles": items("Swim > Goggles", ("Kids Swim Goggles, Anti-Fog, 2 Pack", 1280),
                     ("Swim Goggles for Toddlers, Soft Strap, Pink", 980), ("スイムゴーグル キッズ 曇り止め UVカット", 880)),
    "hoop": items(f"{OT} > Hula Hoops", ("Hula Hoops for Kids, 60cm, 6 Pack, Rainbow", 1980),
                  ("Detachable Hula Hoop, 8 Sections, Adjustable Size", 1480), ("フラフープ 子供 組み立て式 70cm", 980)),
    "bubblemachine": items(f"{OT} > Bubble Machines", ("Bubble Machine for Kids, Rechargeable, Two Fans", 2980),
                           ("Dinosaur Bubble Machine, Automatic Bubble Blower", 2480),
                           ("バブルマシン 電動 自動 子供 シャボン玉", 1980)),
}

SHOPS = {"school": SCHOOL, "play": PLAY, "nyuen": NYUEN, "soto": SOTO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("school", "sticker book", "stickerbook", ["book"], ["bookstickers"]),
    two_types("school", "book stickers", "bookstickers", ["sticker"], ["stickerbook"]),
    two_types("play", "rope swing", "ropeswing", ["swing"], ["swingrope"]),
    two_types("play", "swing rope", "swingrope", ["rope"], ["ropeswing"]),
    two_types("play", "skate shoes", "skateshoe", ["shoe"], ["shoeskate"]),
    two_types("play", "shoe skates", "shoeskate", ["rollerskate", "inline"], ["skateshoe"]),
    two_types("nyuen", "ゴムボール", "gomuball", ["ball"], ["ballgomu"]),
    two_types("nyuen", "ボールゴム", "ballgomu", ["gomu"], ["gomuball"]),
    # --- 2. a leading product word that modifies the head
    qualifies("school", "paint smock", ["smock"], ["paint"]),
    qualifies("school", "sticker chart", ["chart"], ["sticker", "bookstickers"]),
    qualifies("play", "goal net", ["goalnet"], ["goal"]),
    qualifies("nyuen", "上履き袋", ["uwabakibag"], ["uwabaki"]),
    qualifies("nyuen", "コップ袋", ["cupbag"], ["cup"]),
    qualifies("soto", "プールマット", ["poolmat"], ["pool"]),
    qualifies("soto", "シャボン玉液", ["bubblesol"], ["bubble"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("school", "nap mat", ["napmat"], ["napmat_acc"]),
    accessories("school", "lunch bag", ["lunchbag"], ["lunchbag_acc"]),
    accessories("play", "roller skates", ["rollerskate"], ["rollerskate_acc"]),
    accessories("play", "swing set", ["swingset"], ["swingset_acc"]),
    accessories("nyuen", "上履き", ["uwabaki"], ["uwabaki_acc", "uwabakibag"]),
    accessories("nyuen", "防災頭巾", ["zukin"], ["zukin_acc"]),
    accessories("soto", "ビニールプール", ["pool"], ["pool_acc", "poolmat"]),
    accessories("soto", "キックボード", ["kickboard"], ["kickboard_acc"]),
    # navy lunch bags: Packwell insulated 14, dinosaur 11, Packwell shoulder strap 17 (a grey one 9; navy strap 6,
    # navy name tag 4)
    price("school", "cheap navy lunch bag", "lunchbag-1", ["lunchbag_acc"]),
    # pink roller skates: light-up 45, for girls 39, Glidewell retro 69 (a white pair 59, a blue one 29; pink wheels
    # 19, toe stops 8, laces 6)
    price("play", "cheap pink roller skates", "rollerskate-2", ["rollerskate_acc"]),
    # white 上履き: 14cm 980, 15cm 1280, 18cm 1080 (a blue pair 880; white insoles 380, brushes 330, a white
    # 上履き袋 780)
    price("nyuen", "格安 白 上履き", "uwabaki-0", ["uwabaki_acc", "uwabakibag"]),
    # navy 防災頭巾: 幼児用 2480, 小学生 2980, 園児用 2280 (a pink one 1980; navy covers 1280 and 1480, a navy bag 980)
    price("nyuen", "お手頃 紺 防災頭巾", "zukin-3", ["zukin_acc"]),
    # blue ビニールプール: 150cm 2480, 200cm 4980, with slide 3980 (a yellow 100cm one 1480; a blue cover 980,
    # a blue pump 1980)
    price("soto", "安い 青 ビニールプール", "pool-0", ["pool_acc", "poolmat"]),
    # red キックボード: folding 2980, adult/child 4480 (pink 3980, blue 3480, yellow 1980; red wheels 980, a red bag 1280)
    price("soto", "激安 赤 キックボード", "kickboard-1", ["kickboard_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("nyuen", "スモック", "smock"),
    mixed("nyuen", "ネームタグ", "nametag"),
    mixed("nyuen", "ハンカチ", "hanky"),
    mixed("nyuen", "name stamp", "namestamp"),
    mixed("soto", "スイムゴーグル", "goggles"),
    mixed("soto", "フラフープ", "hoop"),
    mixed("soto", "バブルマシン", "bubblemachine"),
    mixed("soto", "water gun", "watergun"),
]

LIMITS: dict = {}  # nothing failed on the snapshot (a1d1850)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind104(q: Q, setup: str, known_limit):
    known_limit("blind104")
    check(q, setup, ENGINES)


def test_blind104_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"navy": "Navy", "pink": "Pink", "白": "White", "紺": "Navy", "青": "Blue",
                                 "赤": "Red"})
