"""An eighty-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: home medical
and daily-living aids (English: rollators and walkers, walker bags, nebulizers, TENS units and
their electrode pads, knee braces, wheelchair ramps, chair risers and riser chairs), a home gym
(English: bag gloves and glove bags, treadmills and treadmill mats, rowing machines, weight
benches, barbells and barbell pads), a Japanese shop of 介護用品・健康器具 (歩行器, 低周波治療器 and
their pads, 介護シューズ, 介護ベッド and their mattresses, with English-titled imports whose
Japanese names are katakana loanwords: Stepper ステッパー, Hand Grip ハンドグリップ, Pill Case
ピルケース; part of its category tree in English) and a Japanese shop of 寝具・インテリア (座椅子 and
クッション座椅子 and 座椅子クッション, チェストベッド, ドレッサー and their chairs, ロールスクリーン,
ペンダントライト, with English-titled Ottoman, Side Table and Magazine Rack imports; part of its tree
in English). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ...", "Replacement ... for X" are accessories of X: a search of X ranks every
   real X above every accessory; a price word, a colour and a type put the cheapest real item of
   that colour first, no accessory in the top two;
4. mixed: Japanese queries over English-titled imports (katakana loanwords) in shops with titles in
   both languages, and two English queries over mostly Japanese titles under an English category
   tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (eighty-first suite), as a measurement only (nothing changed for it):
88 of 91 cases pass, 35 of 36 queries in every setup (two_types 5/6 queries, 11/14 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 3 failing
cases (one query, '座椅子 クッション', in all its setups: after the three 座椅子 cushions, plain 座椅子
and the spaced 'クッション 座椅子 ハイバック' rank above the plain クッション items) are strict xfails
(`LIMITS`, through `conftest.known_limit`).

After (an item of the wanted type sold away from the query's modifier is set aside, not read as
saying the type only as a modifier: the plain クッション; the sixteenth session): it passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

HM = "Home Medical"
MOB, RESP, PAIN, BRACE = f"{HM} > Mobility", f"{HM} > Respiratory", f"{HM} > Pain Relief", f"{HM} > Braces & Supports"
RISERS, SEATING = f"{HM} > Daily Living > Furniture Risers", f"{HM} > Seating"

CARE = {
    "rollator": items(f"{MOB} > Rollators", ("Strideway Rollator Walker with Seat, Foldable, 8in Wheels, Red", 89),
                      ("Lightweight Rollator, 4 Wheels, Padded Seat, Backrest, Blue", 69),
                      ("Strideway Upright Rollator, Forearm Supports, Black", 189),
                      ("Three-Wheel Rollator, Compact Fold, Hand Brakes, Red", 79),
                      ("Heavy Duty Bariatric Rollator, 500lb Capacity, Red", 159)),
    "rollator_acc": items(f"{MOB} > Rollator Accessories", ("Replacement Wheels for Rollator, 8 Inch, Red, 2 Pack", 25),
                          ("Strideway Rollator Basket, Replacement, Wire", 19),
                          ("Rollator Cup Holder, Clamp-On, Red", 12)),
    "walker": items(f"{MOB} > Walkers", ("Folding Walker with Front Wheels, Adjustable Height", 49),
                    ("Strideway Standard Walker, Aluminium, Lightweight", 39),
                    ("Hemi Walker, One-Handed, Side Step", 59)),
    "walkerbag": items(f"{MOB} > Walker Accessories", ("Walker Bag with Zip Pouch and Cup Holder Pockets, Navy", 18),
                       ("Strideway Walker Bag, Fold-Over, Water Resistant, Grey", 22),
                       ("Walker Bag, Insulated Cooler Pocket, Black", 16)),
    "nebulizer": items(f"{RESP} > Nebulizers", ("Breathewell Compressor Nebulizer, Home Use, Adult & Child", 49),
                       ("Portable Mesh Nebulizer, Handheld, Rechargeable, White", 39),
                       ("Breathewell Nebulizer System, Quiet Piston, Carry Case", 69)),
    "nebulizer_acc": items(f"{RESP} > Nebulizer Parts", ("Nebulizer Replacement Kit, Tubing, Cup & Mask, Adult", 12),
                           ("Pediatric Masks for Nebulizer, 3 Pack", 9),
                           ("Breathewell Replacement Filters for Nebulizer, 10 Pack", 6)),
    "tens": items(f"{PAIN} > TENS Units", ("Relievo TENS Unit, Dual Channel, 24 Modes", 39),
                  ("TENS Unit Muscle Stimulator, Rechargeable", 49),
                  ("Wireless TENS Unit, Palm Size, App Control", 59)),
    "tens_acc": items(f"{PAIN} > TENS Accessories", ("Replacement Electrode Pads for TENS Unit, 2x2in, 20 Pack", 12),
                      ("Relievo TENS Unit Lead Wires, Replacement, 2 Pack", 8),
                      ("Electrode Gel Pads for TENS Units, Large, 8 Pack", 10)),
    "kneebrace": items(f"{BRACE} > Knee Braces", ("Fitcare Knee Brace, Hinged, Open Patella, Black", 34),
                       ("Knee Brace with Side Stabilizers, Compression, Black", 22),
                       ("Knee Brace, Adjustable Wraparound, Blue", 15),
                       ("Fitcare Knee Brace, Slip-On Compression, Black", 19),
                       ("Knee Brace for Arthritis, Unloader, Black", 89)),
    "kneebrace_acc": items(f"{BRACE} > Brace Parts", ("Replacement Straps for Knee Brace, Black, 2 Pack", 7),
                           ("Knee Brace Extension Strap, Velcro, Black", 6)),
    "wheelchair": items(f"{MOB} > Wheelchairs", ("Lightweight Folding Wheelchair, Self-Propelled, 18in Seat", 179),
                        ("Transport Wheelchair, Companion Brakes, Red", 149)),
    "ramp": items(f"{MOB} > Ramps", ("Wheelchair Ramp, Folding Aluminium, 6ft", 129),
                  ("Threshold Ramp for Wheelchairs, Rubber, 2in Rise", 39),
                  ("Portable Wheelchair Ramp, Suitcase Style, 4ft", 99)),
    "chairriser": items(RISERS, ("Chair Risers, Set of 4, Raises 3in, Brown", 29),
                        ("Heavy Duty Chair Risers, Stackable, Black, 4 Pack", 35),
                        ("Adjustable Chair Risers with Clamp, Set of 4", 39)),
    "riser": items(RISERS, ("Bed Risers, 6 Inch, Set of 4, Black", 25),
                   ("Furniture Risers, Sofa & Table, 2in, 8 Pack", 32)),
    "riserchair": items(f"{SEATING} > Riser Recliners", ("Dual Motor Riser Chair, Recliner, Fabric, Beige", 699),
                        ("Riser Recliner Chair, Single Motor, Faux Leather, Brown", 549),
                        ("Compact Riser Chair, Tilt-in-Space, Grey", 799)),
    "chair": items(f"{SEATING} > High Seat Chairs", ("Orthopedic High Seat Chair, Wipe-Clean, Blue", 249),
                   ("High Back Fireside Chair, Wingback, Green", 299)),
}

F = "Fitness"
BOX, CARDIO, STRENGTH = f"{F} > Boxing", f"{F} > Cardio", f"{F} > Strength"

GYM = {
    "baggloves": items(f"{BOX} > Gloves", ("Punchline Bag Gloves, Gel Padded, Black/Red", 34),
                       ("Leather Bag Gloves, Open Thumb, Black", 45),
                       ("Bag Gloves for Heavy Bag Training, 12oz, Blue", 29)),
    "gloves": items(f"{BOX} > Gloves", ("Punchline Boxing Gloves, 14oz, Red", 49),
                    ("Sparring Gloves, 16oz, Hook & Loop, Black", 59), ("Kids Boxing Gloves, 6oz, Pink", 22))
    + items(f"{STRENGTH} > Lifting Gloves", ("Weight Lifting Gloves with Wrist Wraps, Black", 19)),
    "glovebag": items(f"{BOX} > Glove Care", ("Boxing Glove Bag, Ventilated Mesh, Holds 2 Pairs", 25),
                      ("Punchline Glove Bag, Deodorizing Lining, Black", 29)),
    "bag": items(f"{F} > Gym Bags", ("Punchline Gym Duffel Bag, 40L, Shoe Compartment, Black", 39),
                 ("Gym Backpack with Wet Pocket, Grey", 45)),
    "heavybag": items(f"{BOX} > Punching Bags", ("Heavy Bag, 100lb, Unfilled, Black", 89),
                      ("Freestanding Punching Bag, 70in, Suction Base", 129)),
    "treadmill": items(f"{CARDIO} > Treadmills", ("Stridemax Folding Treadmill, 2.5HP, 12 Programs", 499),
                       ("Under Desk Treadmill, Walking Pad, Remote Control", 299),
                       ("Incline Treadmill, 15% Incline, Bluetooth, 3.0HP", 899)),
    "treadmillmat": items(f"{CARDIO} > Equipment Mats", ("Treadmill Mat, Heavy Duty PVC, 6.5ft x 3ft, Black", 39),
                          ("Stridemax Treadmill Mat, Noise Reducing, 7ft", 49),
                          ("Exercise Equipment Mat for Treadmills & Bikes, Black", 35)),
    "treadmill_acc": items(f"{CARDIO} > Treadmill Parts", ("Treadmill Belt Lubricant, Silicone, 4oz", 12),
                           ("Replacement Safety Key for Treadmills, Magnetic", 8),
                           ("Stridemax Treadmill Replacement Running Belt", 89)),
    "rower": items(f"{CARDIO} > Rowing Machines", ("Aquastroke Water Rowing Machine, Oak Frame", 699),
                   ("Magnetic Rowing Machine, Foldable, 16 Levels", 299),
                   ("Air Rowing Machine with Performance Monitor, Black", 899)),
    "rower_acc": items(f"{CARDIO} > Rowing Machine Parts", ("Seat Cushion for Rowing Machine, Memory Foam", 19),
                       ("Aquastroke Rowing Machine Replacement Foot Strap", 15),
                       ("Rowing Machine Cover, Dustproof, Black", 25)),
    "bench": items(f"{STRENGTH} > Weight Benches", ("Ironrest Adjustable Weight Bench, Incline/Decline, Black", 129),
                   ("Flat Weight Bench, 600lb Capacity, Black", 69), ("Foldable Weight Bench, Compact, Red", 59),
                   ("Ironrest Weight Bench with Leg Developer, Black", 179),
                   ("Utility Weight Bench, Adjustable, Black/Red", 99)),
    "bench_acc": items(f"{STRENGTH} > Bench Accessories", ("Weight Bench Replacement Pad, Vinyl, Black", 29),
                       ("Dust Cover for Weight Benches, Black", 15)),
    "barpad": items(f"{STRENGTH} > Barbell Accessories", ("Barbell Pad, Squat Sponge, Thick Foam, Black", 15),
                    ("Ironrest Barbell Pad for Hip Thrusts, Non-Slip", 19),
                    ("Barbell Pad with Safety Straps, Red", 12)),
    "barbell": items(f"{STRENGTH} > Barbells", ("Olympic Barbell, 7ft, 20kg, Chrome", 199),
                     ("EZ Curl Barbell, 1.2m, Threaded", 59), ("Ironrest Barbell Set with Plates, 50kg", 149)),
}

KG, KK, CG, HD = "介護用品", "健康器具", "Care Goods", "Health Devices"

KAIGO = {
    "walker": items(f"{KG} > 歩行補助 > 歩行器", ("歩行器 折りたたみ 4輪 室内 高さ調節", 12800), ("歩行器 固定型 軽量 アルミ 介護", 8980),
                    ("歩行器 キャスター付き 前腕支持 ブレーキ", 24800), ("歩行器 交互型 折りたたみ 屋内用", 10800)),
    "walker_acc": items(f"{KG} > 歩行補助 > 歩行器パーツ", ("歩行器用 バッグ 取り付け簡単 ネイビー", 1980),
                        ("歩行器専用 替えゴム 脚キャップ 4個", 880), ("歩行器対応 杖ホルダー クリップ式", 1280),
                        ("交換用 キャスター 歩行器用 2個", 1980)),
    "tens": items(f"{KK} > 低周波治療器", ("低周波治療器 コードレス 肩 腰 15段階", 6980),
                  ("低周波治療器 家庭用 2チャンネル 医療機器認証", 9800), ("低周波治療器 ワイヤレス 小型 充電式 白", 4980)),
    "tenspad": items(f"{KK} > 低周波治療器 > 交換パッド", ("低周波治療器用 粘着パッド 交換用 4枚", 980),
                     ("低周波治療器専用 ロングライフパッド 2組", 1580), ("粘着パッド 低周波治療器対応 大判 6枚", 1280)),
    "careshoes": items(f"{CG} > Care Shoes", ("介護シューズ マジックテープ 軽量 ネイビー 23cm", 3980),
                       ("介護シューズ 室内用 かかと踏める ネイビー", 2480), ("介護シューズ 幅広 4E 面ファスナー ピンク", 2980),
                       ("リハビリシューズ 介護 両足 ネイビー 外履き", 3480),
                       ("Care Shoes, Velcro Closure, Wide Fit, Navy", 2980), ("介護シューズ 室内 軽量 グレー", 1980)),
    "careshoes_acc": items(f"{CG} > Care Shoes > Accessories", ("介護シューズ用 中敷き 消臭 ネイビー", 680),
                           ("介護シューズ専用 替えベルト ネイビー 2本", 880)),
    "stepper": items(f"{HD} > Steppers", ("Mini Stepper with Resistance Bands, Quiet", 5980),
                     ("Twist Stepper, LCD Display, Black", 6980), ("ステッパー 静音 ツイスト 健康器具", 4980)),
    "handgrip": items(f"{HD} > Hand Grips", ("Hand Grip Strengthener, Adjustable 10-60kg", 980),
                      ("Hand Grip Trainer, Finger Exerciser, 5 Pack", 1480), ("ハンドグリップ 握力 調節可能 リハビリ", 1180)),
    "pillcase": items(f"{CG} > Medication > Pill Cases", ("Pill Case, 7 Day, AM/PM, Travel", 780),
                      ("Weekly Pill Case, Large Compartments, Pill Organizer", 1280), ("ピルケース 携帯用 1週間 薄型", 580)),
    "balanceboard": items(f"{HD} > Balance Boards", ("Wooden Balance Board, Wobble, 40cm", 2980),
                          ("バランスボード 体幹 リハビリ 滑り止め", 2480)),
    "carebed": items(f"{KG} > 介護ベッド", ("介護ベッド 電動 2モーター 手すり付き", 89800), ("介護ベッド 電動 3モーター 高さ調節 木目", 129800),
                     ("介護ベッド 手動 ギャッジベッド 折りたたみ", 49800)),
    "carebedmattress": items(f"{KG} > 介護ベッド > マットレス", ("介護ベッド用 マットレス 体圧分散 幅83cm", 19800),
                             ("介護ベッド専用 マットレス 床ずれ予防 幅91cm", 29800),
                             ("マットレス 介護ベッド対応 高反発 三つ折り", 14800)),
}

IN, IE = "インテリア", "Interior"
ZAISU, LIGHT = f"{IN} > 座椅子", f"{IN} > 照明"

ROOM = {
    "zaisu": items(ZAISU, ("座椅子 リクライニング 14段階 グレー", 4980), ("座椅子 コンパクト 折りたたみ グレー", 3480),
                   ("座椅子 回転式 肘掛け付き ブラウン", 6980), ("Floor Chair, Foldable, 5 Position, Grey", 3980),
                   ("座椅子 低反発 ベージュ 3段階", 2980)),
    "cushionzaisu": items(ZAISU, ("クッション座椅子 ふかふか リクライニング グレー", 5980),
                          ("クッション 座椅子 ハイバック 厚み15cm ネイビー", 6480), ("ごろ寝 クッション座椅子 ロング グレー", 7980)),
    "zaisucushion": items(f"{ZAISU} > 座椅子用品", ("座椅子クッション 低反発 グレー 厚手", 1980),
                          ("座椅子用 クッション 腰当て グレー", 1480), ("座椅子専用 クッション 座面 取り替え グレー", 1280)),
    "cushion": items(f"{IN} > クッション", ("クッション 45×45 ふわふわ グレー", 1480), ("フロアクッション 大判 ベージュ", 2480),
                     ("クッション 低反発 長方形 ネイビー", 1980)),
    "chestbed": items("寝具 > ベッド > 収納ベッド", ("チェストベッド シングル 引き出し4杯 白", 39800),
                      ("チェストベッド セミダブル 大容量 ナチュラル", 49800), ("チェストベッド 宮付き コンセント シングル ブラウン", 44800)),
    "chest": items(f"{IN} > 収納家具 > チェスト", ("チェスト 5段 木製 白 幅60", 12800), ("ローチェスト 3段 ナチュラル", 9800),
                   ("Chest of Drawers, 4 Drawer, Oak", 14800)),
    "dresser": items(f"{IE} > Dressers", ("ドレッサー 三面鏡 収納 白", 19800), ("ドレッサー コンパクト 一面鏡 ナチュラル", 12800),
                     ("Vanity Dresser with Mirror, LED Lights, White", 24800)),
    "dresserchair": items(f"{IE} > Chairs > Stools", ("ドレッサー 椅子 スツール 収納付き 白", 3980),
                          ("ドレッサー用 椅子 背もたれ付き ピンク", 4980), ("ドレッサー 椅子 丸型 スツール ベルベット グレー", 3480)),
    "rollscreen": items(f"{IN} > ロールスクリーン", ("ロールスクリーン 遮光 白 90×180cm", 3980), ("ロールスクリーン 調光 木目 60×135cm", 4980),
                        ("Roller Blind, Blackout, 120 x 180cm, White", 5480),
                        ("ロールスクリーン 断熱 白 幅60 丈180 つっぱり式", 2980), ("ロールスクリーン 無地 ベージュ 45×135cm", 1980)),
    "rollscreen_acc": items(f"{IN} > ロールスクリーン > 取付部品", ("ロールスクリーン用 取付ブラケット 白 2個", 880),
                            ("ロールスクリーン専用 チェーン 交換用 白", 580), ("ロールスクリーン対応 つっぱり 取付金具", 1480)),
    "pendant": items(f"{LIGHT} > ペンダントライト", ("ペンダントライト 北欧 木製 1灯 E26", 5980), ("ペンダントライト ガラス シェード 真鍮", 7980),
                     ("Pendant Light, Rattan Shade, 40cm, E26", 6480), ("ペンダントライト LED 調光 ダイニング 3灯", 12800)),
    "pendant_acc": items(f"{LIGHT} > 照明パーツ", ("ペンダントライト用 コードリール 長さ調節 白", 680),
                         ("引掛シーリング 変換 ペンダントライト専用 ダクトレール用", 980),
                         ("ペンダントライト対応 LED電球 E26 電球色 2個", 1280)),
    "ottoman": items(f"{IE} > Ottomans", ("Storage Ottoman, Linen, Foldable, Grey", 4980),
                     ("Round Ottoman Pouf, Velvet, Pink", 3980),
                     ("オットマン 足置き スツール レザー ブラウン", 5980)),
    "sidetable": items(f"{IE} > Side Tables", ("Side Table, Round, Metal, Black", 3980),
                       ("C-Shaped Side Table, Oak, Sofa Height", 4980),
                       ("サイドテーブル 木製 キャスター付き ナチュラル", 3480)),
    "magazinerack": items(f"{IE} > Magazine Racks", ("Magazine Rack, Metal Wire, Gold", 2980),
                          ("Wooden Magazine Rack, Floor Standing, Walnut", 4480), ("マガジンラック 壁掛け 布製 3ポケット", 1980)),
}

SHOPS = {"care": CARE, "gym": GYM, "kaigo": KAIGO, "room": ROOM}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("care", "chair risers", "chairriser", ["riser"], ["riserchair"]),
    two_types("care", "riser chair", "riserchair", ["chair"], ["chairriser"]),
    two_types("gym", "bag gloves", "baggloves", ["gloves"], ["glovebag"]),
    two_types("gym", "glove bag", "glovebag", ["bag"], ["baggloves"]),
    two_types("room", "座椅子 クッション", "zaisucushion", ["cushion"], ["cushionzaisu"]),
    two_types("room", "クッション 座椅子", "cushionzaisu", ["zaisu"], ["zaisucushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("care", "walker bag", ["walkerbag"], ["walker"]),
    qualifies("care", "wheelchair ramp", ["ramp"], ["wheelchair"]),
    qualifies("gym", "treadmill mat", ["treadmillmat"], ["treadmill"]),
    qualifies("gym", "barbell pad", ["barpad"], ["barbell"]),
    qualifies("kaigo", "低周波治療器 パッド", ["tenspad"], ["tens"]),
    qualifies("kaigo", "介護ベッド マットレス", ["carebedmattress"], ["carebed"]),
    qualifies("room", "チェストベッド", ["chestbed"], ["chest"]),
    qualifies("room", "ドレッサー 椅子", ["dresserchair"], ["dresser"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("care", "nebulizer", ["nebulizer"], ["nebulizer_acc"]),
    accessories("care", "tens unit", ["tens"], ["tens_acc"]),
    accessories("gym", "treadmill", ["treadmill"], ["treadmillmat", "treadmill_acc"]),
    accessories("gym", "rowing machine", ["rower"], ["rower_acc"]),
    accessories("kaigo", "歩行器", ["walker"], ["walker_acc"]),
    accessories("kaigo", "低周波治療器", ["tens"], ["tenspad"]),
    accessories("room", "ロールスクリーン", ["rollscreen"], ["rollscreen_acc"]),
    accessories("room", "ペンダントライト", ["pendant"], ["pendant_acc"]),
    # black knee braces: hinged 34, stabilizers 22, slip-on 19, unloader 89 (a blue wraparound 15; black parts 6-7)
    price("care", "affordable black knee brace", "kneebrace-3", ["kneebrace_acc"]),
    # red rollators: Strideway 89, three-wheel 79, bariatric 159 (a blue one 69; red wheels 25, red cup holder 12)
    price("care", "budget red rollator", "rollator-3", ["rollator_acc"]),
    # black weight benches: adjustable 129, flat 69, leg developer 179, utility black/red 99 (a red foldable 59;
    # black pad 29, black cover 15)
    price("gym", "cheap black weight bench", "bench-1", ["bench_acc"]),
    # navy care shoes: velcro 3980, indoor 2480, rehab 3480, English Navy 2980 (a grey pair 1980; navy insoles 680,
    # navy straps 880)
    price("kaigo", "お手頃 ネイビー 介護シューズ", "careshoes-1", ["careshoes_acc"]),
    # grey floor chairs: reclining 4980, compact 3480, English Grey 3980, クッション座椅子 5980/7980 (a beige one
    # 2980; grey 座椅子 cushions 1280-1980)
    price("room", "安い グレー 座椅子", "zaisu-1", ["zaisucushion"]),
    # white roller blinds: blackout 3980, English White 5480, insulating 2980 (a beige one 1980; white brackets 880,
    # white chain 580)
    price("room", "激安 白 ロールスクリーン", "rollscreen-3", ["rollscreen_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("kaigo", "ステッパー", "stepper"),
    mixed("kaigo", "ハンドグリップ", "handgrip"),
    mixed("kaigo", "ピルケース", "pillcase"),
    mixed("kaigo", "care shoes", "careshoes"),
    mixed("room", "オットマン", "ottoman"),
    mixed("room", "サイドテーブル", "sidetable"),
    mixed("room", "マガジンラック", "magazinerack"),
    mixed("room", "dresser", "dresser"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind81(q: Q, setup: str, known_limit):
    known_limit("blind81")
    check(q, setup, ENGINES)


def test_blind81_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "ネイビー": "Navy", "グレー": "Grey", "白": "White"})
