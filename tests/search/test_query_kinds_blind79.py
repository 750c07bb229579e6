"""A seventy-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: baby gear on
the go and in the nursery (English: umbrella strollers and stroller umbrellas, stroller fans,
diaper pails, baby bouncers and bouncer parts, balance bikes and their parts), outdoor and pretend
play toys (English: ball pits and pit balls, trampolines and trampoline parts, sandboxes, sand
tables and play sand, puppet theaters and hand puppets), a Japanese baby goods and educational toy
shop ベビー用品・知育玩具 (絵本ラック, ぬいぐるみハンモック, ベビーバス, 三輪車, ガラガラ, ベビージム, 型はめ,
ベッドメリー; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords or plain Japanese words: Baby Bath Tub ベビーバス, Baby Play Gym
ベビージム, Baby Rattle ガラガラ, Shape Sorter 型はめ, Tricycle 三輪車) and a Japanese games and hobby
shop ゲーム・ホビー (テーブルゲーム and ゲームテーブル, フィギュアケース, 麻雀マット, ラジコン and its parts,
プラモデル and modelling tools, エアブラシ, ダイスタワー, ニッパー, スピードキューブ; part of its tree in
English, with English-titled imports: Airbrush エアブラシ, Dice Tower ダイスタワー, Hobby Nippers
ニッパー, RC Car ラジコン). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (umbrella stroller / stroller umbrella, ball pit / pit balls,
   テーブルゲーム / ゲームテーブル);
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

Written blind on 2026-12-01 (seventy-ninth suite), as a measurement only (nothing changed for it):
88 of 91 cases pass, 35 of 36 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22). The 3 failing
cases (one query, in all its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
ガラガラ returns only the two Japanese-titled rattles, none of the English-titled Baby Rattle imports.

After (a word whose first sense is no noun also means what its first noun sense says: ガラガラ, "with
a rattle", is the toy, "rattle"; the sixteenth session): ガラガラ passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

BG, NU, KB = "Baby Gear", "Nursery", "Kids Bikes"
STR, STRACC, DIAPER = f"{BG} > Strollers", f"{BG} > Stroller Accessories", f"{NU} > Diapering"

NURSERY = {
    "umbrellastroller": items(f"{STR} > Umbrella Strollers",
                              ("Breezy Umbrella Stroller, Lightweight, Compact Fold, Black", 89),
                              ("Umbrella Stroller with Canopy, Reclining Seat, Navy", 119),
                              ("Travel Umbrella Stroller, 5kg, Carry Strap, Grey", 69)),
    "stroller": items(f"{STR} > Full-Size Strollers", ("Breezy Full-Size Stroller, Reversible Seat, Black", 349),
                      ("Compact Travel Stroller, One-Hand Fold, Beige", 199))
    + items(f"{STR} > Jogging Strollers", ("Jogging Stroller, Air Tyres, Hand Brake, Grey", 299)),
    "strollerumbrella": items(f"{STRACC} > Parasols", ("Stroller Umbrella, UV 50+, Flexible Clamp, Black", 25),
                              ("Breezy Stroller Umbrella, Universal Clip, Grey", 19),
                              ("Clip-On Stroller Umbrella, Adjustable Arm, Stars", 22)),
    "umbrella": items("Kids > Rain Gear", ("Kids Umbrella, Clear Dome, Dinosaur Print", 15),
                      ("Toddler Umbrella, Auto Open, Yellow Duck", 12)),
    "strollerfan": items(f"{STRACC} > Stroller Fans", ("Stroller Fan, Flexible Tripod, USB Rechargeable, White", 19),
                         ("Breezy Clip-On Stroller Fan, Bladeless, 3 Speeds", 24),
                         ("Stroller Fan with Clip, Handheld, 2 Pack, Grey", 29)),
    "diaperpail": items(f"{DIAPER} > Diaper Pails", ("Odour-Lock Diaper Pail, Foot Pedal, White", 49),
                        ("Steel Diaper Pail, Slim, Grey", 69),
                        ("Diaper Pail, Uses Regular Bin Bags, Hands-Free Lid", 39)),
    "diaper": items(f"{DIAPER} > Diapers", ("Diapers, Size 3, 124 Count, Hypoallergenic", 34),
                    ("Overnight Diapers, Size 4, 60 Count", 24), ("Swim Diapers, Reusable, Size M, 2 Pack", 18)),
    "bouncer": items(f"{BG} > Bouncers", ("Calmnest Baby Bouncer, Vibration, Grey", 79),
                     ("Ergonomic Bouncer Seat, Mesh, Grey", 119), ("Portable Baby Bouncer, Foldable, Grey", 59),
                     ("Baby Bouncer with Music, Removable Toy Bar, White", 45)),
    "bouncer_acc": items(f"{BG} > Bouncers > Bouncer Accessories",
                         ("Replacement Seat Cover for Calmnest Bouncers, Grey", 25),
                         ("Bouncer Replacement Pad, Cotton, Grey", 19),
                         ("Toy Bar for Baby Bouncers, Detachable, 3 Toys", 15)),
    "balancebike": items(f"{KB} > Balance Bikes", ("Balance Bike, 12 inch, Adjustable Seat, Pink", 59),
                         ("Lightweight Balance Bike, Aluminium, Pink", 89),
                         ("Mini Balance Bike for Toddlers, 10 inch, Pink", 49),
                         ("Wooden Balance Bike, Natural, Blue Seat", 39)),
    "balancebike_acc": items(f"{KB} > Bike Accessories", ("Balance Bike Replacement Seat, Pink", 15),
                             ("Pedal Conversion Kit for Balance Bikes", 25),
                             ("Balance Bike Carry Strap, Pink", 9)),
    "noise": each(("Video Baby Monitor, 5 inch Screen, Night Vision", f"{NU} > Monitors", 89),
                  ("Kids Bike Helmet, Adjustable, Pink", f"{KB} > Helmets", 29),
                  ("Contoured Changing Pad, Waterproof", f"{DIAPER} > Changing", 35)),
}

IP, OP, PP = "Indoor Play", "Outdoor Play", "Pretend Play"
SW, TR = f"{OP} > Sand & Water", f"{OP} > Trampolines"

TOYS = {
    "ballpit": items(f"{IP} > Ball Pits", ("Foldable Ball Pit, 120cm, Grey", 49),
                     ("Ball Pit Tent with Basketball Hoop, Pop-Up", 35), ("Foam Ball Pit, Round, 90x30cm, Pink", 89)),
    "pitballs": items(f"{IP} > Play Balls", ("Pit Balls, 200 Pack, Crush-Proof, 6 Colours", 29),
                      ("Pastel Pit Balls, 100 Pack, BPA-Free", 19),
                      ("Pit Balls with Mesh Storage Bag, 400 Pack", 45)),
    "ball": items(f"{IP} > Play Balls", ("Sensory Balls, Textured, 6 Pack", 12), ("Soft Foam Balls, 7cm, 12 Pack", 15),
                  ("Glitter Bouncy Balls, 20 Pack", 8)),
    "trampoline": items(TR, ("Skyhop Trampoline 10ft with Safety Enclosure, Blue", 249),
                        ("Kids Trampoline, 36 inch, Handle Bar, Blue", 69), ("Toddler Trampoline, Foldable, Blue", 59),
                        ("Skyhop Trampoline 8ft, Enclosure Net, Green", 199), ("Mini Trampoline with Handle, Red", 49)),
    "trampoline_acc": items(f"{TR} > Trampoline Parts", ("Replacement Safety Net for 10ft Trampolines, Blue", 35),
                            ("Trampoline Spring Cover Pad, 10ft, Blue", 39), ("Trampoline Anchor Kit, 4 Pack", 25),
                            ("Ladder for Trampolines, 2 Steps", 29)),
    "sandbox": items(f"{SW} > Sandboxes", ("Wooden Sandbox with Lid and Bench Seats, 120cm", 129),
                     ("Turtle Sandbox, Plastic, with Cover, Green", 59), ("Cedar Sandbox with Canopy, 150cm", 159)),
    "sandbox_acc": items(f"{SW} > Sandbox Accessories", ("Sandbox Cover, Waterproof, 150cm, Green", 19),
                         ("Sandbox Liner, Ground Sheet, 120x120cm", 12)),
    "sand": items(f"{SW} > Play Sand", ("Play Sand for Sandboxes, 20kg, Washed", 15),
                  ("Natural Play Sand, 10kg, Silica-Free", 9)),
    "sandtable": items(f"{SW} > Sand & Water Tables", ("Sand Table with Lid, Wooden, Two Bins", 89),
                       ("Sand and Water Table, 2-in-1, with Umbrella", 69),
                       ("Kids Sand Table, Plastic, with Tools, Blue", 49)),
    "puppettheater": items(f"{PP} > Puppets > Puppet Theaters", ("Tabletop Puppet Theater, Wooden, Curtain", 45),
                           ("Doorway Puppet Theater, Hanging, Fabric", 29),
                           ("Folding Puppet Theater with Chalkboard", 59)),
    "puppet": items(f"{PP} > Puppets > Hand Puppets", ("Hand Puppets, Animal Set of 6", 25),
                    ("Dragon Hand Puppet, Plush, Green", 15), ("Finger Puppets, Farm Animals, 10 Pack", 9)),
    "noise": each(("Kids Scooter, 3 Wheels, Light-Up", f"{OP} > Ride-Ons", 39),
                  ("Bubble Machine, Automatic, 2 Speeds", f"{OP} > Bubbles", 25),
                  ("Kids Play Tent, Castle, Pink", f"{IP} > Play Tents", 39)),
}

BY, CT, KF, NR = "ベビー用品", "知育玩具", "キッズ家具", "Nursery"

BABY_JA = {
    "ehonrack": items(f"{KF} > 絵本ラック", ("絵本ラック 木製 4段 ディスプレイ ナチュラル", 4980),
                      ("絵本ラック 布製 マガジンラック 子供部屋", 2480), ("絵本ラック キャスター付き 回転式 白", 5980)),
    "ehon": items(f"{CT} > 絵本", ("しかけ絵本 0歳から どうぶつ", 990), ("絵本 3冊セット 1歳 あかちゃん 読み聞かせ", 2970),
                  ("布絵本 音が鳴る 赤ちゃん 洗える", 1680)),
    "plushhammock": items(f"{KF} > おもちゃ収納", ("ぬいぐるみ ハンモック 壁掛け 収納 2個セット", 1280),
                          ("ぬいぐるみハンモック コーナー 吊り下げ 大容量 白", 980),
                          ("ぬいぐるみ 収納 ハンモック メッシュ ネット", 1480)),
    "plush": items(f"{CT} > ぬいぐるみ", ("ぬいぐるみ くま 30cm ふわふわ ベージュ", 2480),
                   ("ぬいぐるみ うさぎ 抱き枕 50cm", 2980), ("Soft Plush Elephant, 25cm, Grey", 1980)),
    "babybath": items(f"{BY} > お風呂 > ベビーバス", ("ベビーバス エアータイプ 空気入れ 新生児 白", 1980),
                      ("ベビーバス 折りたたみ 沐浴 新生児 白", 2480),
                      ("Baby Bath Tub, Foldable, Newborn to Toddler, White", 2980),
                      ("ベビーバス 折りたたみ コンパクト ブルー", 1480)),
    "babybath_acc": items(f"{BY} > お風呂 > お風呂グッズ", ("ベビーバス用 マット 滑り止め 白", 880),
                          ("ベビーバス専用 排水栓 交換用 白", 480), ("沐浴ネット ベビーバス対応 新生児", 980)),
    "tricycle": items("乗り物 > 三輪車", ("三輪車 かじとり 手押し棒付き 1歳 赤", 8980), ("三輪車 折りたたみ 軽量 2歳 赤", 6980),
                      ("Kids Tricycle, Steel Frame, Bell, Red", 7980), ("三輪車 シンプル 青", 5980)),
    "tricycle_acc": items("乗り物 > 三輪車パーツ", ("三輪車用 手押し棒 交換用 赤", 1980),
                          ("三輪車専用 サンシェード 日よけ", 1580), ("三輪車対応 収納カバー 防水 赤", 1480)),
    "rattle": items("Baby Toys > Rattles", ("ガラガラ 木製 ラトル 新生児 ナチュラル", 1280),
                    ("ガラガラ 布製 手首 ラトル 2個", 980), ("Wooden Baby Rattle, Set of 3, Natural", 1980),
                    ("Rattle Toy, Soft Plush, Bunny", 880)),
    "playgym": items(f"{CT} > ベビージム", ("Baby Play Gym, Wooden, 6 Hanging Toys", 4980),
                     ("Activity Play Gym and Mat, Piano Kick", 3980), ("ベビージム 木製 モビール付き ナチュラル", 5480),
                     ("ベビージム プレイマット付き 音楽 アーチ", 4480)),
    "shapesorter": items(f"{CT} > 型はめ", ("型はめ パズル 木製 ボックス 1歳", 1980), ("型はめ おもちゃ ポストボックス 12ピース", 1480),
                         ("Shape Sorter Box, Wooden, 6 Shapes", 2280), ("Shape Sorting Cube, Activity Toy", 2680)),
    "cribmobile": items(f"{NR} > Crib Mobiles", ("ベッドメリー オルゴール 回転 リモコン付き", 4980),
                        ("ベッドメリー 手作り フェルト 星 雲", 2980), ("メリー 天井吊り 木製 モビール 北欧", 3480)),
}

GM, HB, HT = "ゲーム", "ホビー", "Hobby Tools"

HOBBY_JA = {
    "tablegame": items(f"{GM} > ボードゲーム", ("テーブルゲーム 家族 パーティー 2-6人 8歳から", 2980),
                       ("テーブルゲーム 協力型 謎解き 1-4人", 3480), ("木製 テーブルゲーム 4目並べ 2人用", 1980)),
    "game": items(f"{GM} > ボードゲーム", ("ボードゲーム すごろく 日本一周 2-4人", 2480),
                  ("ボードゲーム 陣取り 戦略 2-4人 10歳から", 4480))
    + items(f"{GM} > カードゲーム", ("カードゲーム 数字 パーティー 2-10人", 1280)),
    "gametable": items(f"{GM} > プレイ用品", ("ゲームテーブル 折りたたみ 布張り 80cm 緑", 8980),
                       ("ゲームテーブル 天板 ボードゲーム用 ラシャ 6人", 12800), ("ゲームテーブル 木製 引き出し付き 4人用", 15800)),
    "table": items(f"{HB} > 作業用品", ("作業テーブル 模型用 カッティングマット付き A3", 3980),
                   ("作業テーブル 折りたたみ 高さ調整 ホビー", 5980)),
    "figurecase": items(f"{HB} > フィギュア > ディスプレイケース", ("フィギュアケース アクリル 1段 LED付き 黒", 3980),
                        ("フィギュアケース コレクションケース 5段 ガラス扉", 12800),
                        ("フィギュアケース 積み重ね 3個セット クリア", 2480),
                        ("Acrylic Figure Display Case, Dustproof, 30cm", 2980)),
    "figure": items(f"{HB} > フィギュア > 完成品フィギュア", ("フィギュア 1/7スケール 完成品 魔法少女", 14800),
                    ("フィギュア デフォルメ ミニ 6種セット", 3980), ("可動フィギュア ロボット 15cm", 6980)),
    "mahjongmat": items(f"{GM} > 麻雀 > 麻雀マット", ("麻雀マット 静音 ラシャ 80cm 緑", 1980),
                        ("麻雀マット 折りたたみ 収納袋付き", 2480), ("麻雀マット 点数表示 ゴム 滑り止め", 2980)),
    "mahjong": items(f"{GM} > 麻雀 > 麻雀牌", ("麻雀牌 28mm 家庭用 ケース付き", 4980), ("麻雀 セット 旅行用 ミニ牌 20mm", 2980)),
    "rc": items(f"{HB} > ラジコン", ("ラジコンカー 1/16 オフロード 4WD 黒", 3980), ("ラジコン ドリフトカー 1/24 黒", 2980),
                ("RC Car, 1/18 Scale, High Speed, Black", 4480), ("ラジコン ヘリコプター 室内用 青", 1980)),
    "rc_acc": items(f"{HB} > ラジコン > ラジコンパーツ", ("ラジコン用 バッテリー 7.4V 1500mAh", 1480),
                    ("ラジコン専用 USB充電器 2本同時", 980), ("交換用 タイヤ ラジコンカー用 4本 黒", 880)),
    "plamo": items(f"{HB} > プラモデル", ("プラモデル 1/700 戦艦 大和 艦船", 2980), ("プラモデル 1/24 スポーツカー 塗装済み", 3980),
                   ("プラモデル 城 姫路城 組立キット", 4480)),
    "plamo_acc": items(f"{HB} > 模型工具", ("プラモデル用 塗料 アクリル 12色セット", 1980),
                       ("プラモデル専用 接着剤 流し込みタイプ", 380), ("デカール軟化剤 プラモデル対応 40ml", 480)),
    "nipper": items(f"{HT} > Nippers", ("ニッパー プラモデル用 片刃 薄刃", 2980), ("Precision Hobby Nippers, Single Blade", 3480),
                    ("ニッパー 精密 模型用 ゲート処理", 1980)),
    "airbrush": items(f"{HT} > Airbrushes", ("Dual Action Airbrush, 0.3mm, Gravity Feed", 3980),
                      ("Airbrush Kit with Mini Compressor", 8980), ("エアブラシ ハンドピース 0.2mm ダブルアクション", 4980),
                      ("エアブラシ コンプレッサー セット 静音 模型", 12800)),
    "dicetower": items("Tabletop > Dice Towers", ("Dice Tower, Wooden, Foldable, with Tray", 2480),
                       ("Dice Tower with Rolling Tray, Leather", 3480), ("ダイスタワー アクリル TRPG 組立式", 1980),
                       ("ダイスタワー 木製 折りたたみ 収納", 2280)),
    "speedcube": items("Puzzles > Speed Cubes", ("スピードキューブ 3x3 磁石内蔵 ステッカーレス", 1480),
                       ("スピードキューブ 2x2 競技用 ミニ", 980), ("スピードキューブ 4x4 立体パズル なめらか", 1980)),
}

SHOPS = {"nursery": NURSERY, "toys": TOYS, "baby_ja": BABY_JA, "hobby_ja": HOBBY_JA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("nursery", "umbrella stroller", "umbrellastroller", ["stroller"], ["strollerumbrella"]),
    two_types("nursery", "stroller umbrella", "strollerumbrella", ["umbrella"], ["umbrellastroller"]),
    two_types("toys", "ball pit", "ballpit", [], ["pitballs"]),
    two_types("toys", "pit balls", "pitballs", ["ball"], ["ballpit"]),
    two_types("hobby_ja", "テーブルゲーム", "tablegame", ["game"], ["gametable"]),
    two_types("hobby_ja", "ゲームテーブル", "gametable", ["table"], ["tablegame"]),
    # --- 2. a leading product word that modifies the head
    qualifies("nursery", "stroller fan", ["strollerfan"], ["stroller", "umbrellastroller"]),
    qualifies("nursery", "diaper pail", ["diaperpail"], ["diaper"]),
    qualifies("toys", "puppet theater", ["puppettheater"], ["puppet"]),
    qualifies("toys", "sand table", ["sandtable"], ["sand"]),
    qualifies("baby_ja", "絵本ラック", ["ehonrack"], ["ehon"]),
    qualifies("baby_ja", "ぬいぐるみ ハンモック", ["plushhammock"], ["plush"]),
    qualifies("hobby_ja", "フィギュアケース", ["figurecase"], ["figure"]),
    qualifies("hobby_ja", "麻雀マット", ["mahjongmat"], ["mahjong"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("nursery", "baby bouncer", ["bouncer"], ["bouncer_acc"]),
    accessories("nursery", "balance bike", ["balancebike"], ["balancebike_acc"]),
    accessories("toys", "trampoline", ["trampoline"], ["trampoline_acc"]),
    accessories("toys", "sandbox", ["sandbox"], ["sandbox_acc", "sand"]),
    accessories("baby_ja", "ベビーバス", ["babybath"], ["babybath_acc"]),
    accessories("baby_ja", "三輪車", ["tricycle"], ["tricycle_acc"]),
    accessories("hobby_ja", "ラジコン", ["rc"], ["rc_acc"]),
    accessories("hobby_ja", "プラモデル", ["plamo"], ["plamo_acc", "nipper"]),
    # grey bouncers: Calmnest 79, ergonomic 119, portable 59 (a white one 45; grey cover 25, grey pad 19)
    price("nursery", "cheap grey bouncer", "bouncer-2", ["bouncer_acc"]),
    # pink balance bikes: 12 inch 59, aluminium 89, mini 49 (a wooden one with a blue seat 39; pink seat 15,
    # pink carry strap 9)
    price("nursery", "budget pink balance bike", "balancebike-2", ["balancebike_acc"]),
    # blue trampolines: 10ft 249, kids 36 inch 69, toddler 59 (a red mini 49, a green 8ft 199; blue net 35, blue pad 39)
    price("toys", "cheap blue trampoline", "trampoline-2", ["trampoline_acc"]),
    # white baby baths: air 1980, folding 2480, English 2980 (a blue folding one 1480; white mat 880, white plug 480)
    price("baby_ja", "お手頃 白 ベビーバス", "babybath-0", ["babybath_acc"]),
    # red tricycles: steering 8980, folding 6980, English 7980 (a blue one 5980; red push bar 1980, red cover 1480)
    price("baby_ja", "格安 赤 三輪車", "tricycle-1", ["tricycle_acc"]),
    # black RC: off-road 3980, drift 2980, English 4480 (a blue helicopter 1980; black tyres 880)
    price("hobby_ja", "激安 黒 ラジコン", "rc-1", ["rc_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("baby_ja", "ガラガラ", "rattle"),
    mixed("baby_ja", "ベビージム", "playgym"),
    mixed("baby_ja", "型はめ", "shapesorter"),
    mixed("baby_ja", "crib mobile", "cribmobile"),
    mixed("hobby_ja", "エアブラシ", "airbrush"),
    mixed("hobby_ja", "ダイスタワー", "dicetower"),
    mixed("hobby_ja", "ニッパー", "nipper"),
    mixed("hobby_ja", "speed cube", "speedcube"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind79(q: Q, setup: str, known_limit):
    known_limit("blind79")
    check(q, setup, ENGINES)


def test_blind79_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"grey": "Grey", "pink": "Pink", "blue": "Blue", "白": "White", "赤": "Red",
                                 "黒": "Black"})
