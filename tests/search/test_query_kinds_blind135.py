"""A hundred-and-thirty-fifth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites used little:
diabetes care and orthopedic supports (English: glucose meters and meter cases, lancing devices and
lancets, arm slings, crutches and crutch pads), mobility and daily living aids (English: walkers and
walker trays, walker boots, bedside commodes and commode liners, reacher grabbers, sock aids), a
Japanese care shop of 介護用品・寝具 (パイプ枕 and 枕パイプ, ポータブルトイレ and 処理袋, 食事エプロン,
吸い飲み, とろみ剤, 移乗ボード; part of its category tree in English, with English-titled imports
whose Japanese names are katakana loanwords, e.g. "Sliding Sheet" for スライディングシート) and a
Japanese first-aid shop 救急・衛生用品 (包帯 and 包帯クリップ, テーピング and テーピングはさみ, 松葉杖,
アイスパック and their holders, 冷却シート, 三角巾, ガーゼ, 眼帯; with English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (or, where no "Y X" product exists, above every X);
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

Written blind on 2026-12-01 (a hundred-and-thirty-fifth suite), as a measurement only (nothing
changed for it): 86 of 92 cases pass, 34 of 36 queries in every setup (two_types 5/5 queries, 13/13
cases; qualifies 7/7, 17/17; accessories 7/8, 16/19; price 6/6, 15/15; mixed 9/10, 25/28); the 6
failing cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): テーピング (a テーピングはさみ ranks above a real テーピングテープ) and
アイスパック (two アイスパック ホルダー items in the top three, above the English-titled ice packs).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

DC, WC, OR = "Diabetes Care", "Wound Care", "Orthopedic Supports"

DIABETES = {
    "meter": items(f"{DC} > Glucose Meters", ("Glucoline Blood Glucose Meter, No Coding, Bluetooth", 24),
                   ("Talking Glucose Meter, Large Display, 500 Memory", 29),
                   ("Glucose Meter Kit with Lancing Device and 10 Strips", 19)),
    "metercase": items(f"{DC} > Cases & Coolers", ("Glucose Meter Case, Zippered, Black", 9),
                       ("Hard Case for Glucose Meters, EVA Shell, Grey", 11),
                       ("Glucoline Meter Case with Mesh Pockets, Navy", 13)),
    "case": items(f"{DC} > Cases & Coolers", ("Insulin Pen Case, Hard Shell, Holds 2 Pens, Black", 14),
                  ("Diabetic Supply Case, Large Organizer, Grey", 19),
                  ("Insulin Cooler Case, Travel, 2 Ice Packs Included", 24)),
    "meter_acc": items(f"{DC} > Test Strips & Solutions", ("Test Strips for Glucoline Glucose Meters, 50 Count", 22),
                       ("Control Solution for Glucose Meters, Normal Level", 8),
                       ("Glucose Meter Replacement Battery, CR2032, 2 Pack", 4)),
    "lancing": items(f"{DC} > Lancing Devices", ("Glucoline Lancing Device, 5 Depth Settings, Grey", 9),
                     ("Lancing Device, Comfort Tip, Adjustable, Blue", 7),
                     ("Pen-Style Lancing Device with Lancet Ejector", 12)),
    "lancing_acc": items(f"{DC} > Lancets", ("Lancets for Glucoline Lancing Devices, 30G, 200 Count", 10),
                         ("Universal Lancets for Lancing Device, 28G, 100 Count", 6),
                         ("Lancing Device Replacement Caps, Clear, 3 Pack", 5)),
    "sling": items(f"{OR} > Arm Slings", ("Curemed Arm Sling, Breathable Mesh, Black, M", 19),
                   ("Arm Sling with Shoulder Pad, Navy, L", 15), ("Padded Arm Sling, Adjustable Strap, Black, L", 24),
                   ("Pediatric Arm Sling, Blue, S", 12), ("Shoulder Immobilizer Arm Sling, Black, Universal", 29)),
    "sling_acc": items(f"{OR} > Arm Slings > Sling Accessories", ("Replacement Strap for Arm Slings, Padded, Black", 9),
                       ("Shoulder Pad for Arm Sling Straps, Black", 7),
                       ("Arm Sling Replacement Pillow Insert, Black", 11)),
    "crutch": items(f"{OR} > Crutches", ("Curemed Aluminium Crutches, Adjustable, Adult, Pair", 45),
                    ("Forearm Crutches, Ergonomic Grip, Pair, Black", 69), ("Youth Crutches, Lightweight, Pair", 39)),
    "crutchpad": items(f"{OR} > Crutch Accessories", ("Crutch Pads, Memory Foam, Underarm and Hand Grip Set", 19),
                       ("Crutch Pads with Fleece Covers, Grey, 2 Pack", 14), ("Gel Crutch Pads, Underarm, Pair", 22)),
    "crutch_acc": items(f"{OR} > Crutch Accessories", ("Replacement Crutch Tips, Non-Slip, Large, 2 Pack", 9),
                        ("Crutch Bag with Zipper, Fits Most Crutches, Black", 12),
                        ("Ice Grips for Crutches, Retractable Spikes", 16)),
    "noise": each(("Glucose Tablets, Orange, 50 Count", f"{DC} > Low Glucose", 6),
                  ("Foam Wound Dressing, Adhesive Border, 4 x 4 in, 10 Pack", f"{WC} > Dressings", 14),
                  ("Sterile Gauze Pads, 4 x 4 in, 100 Count", f"{WC} > Gauze", 9)),
}

MB, BS, DL, FA = "Mobility", "Bathroom Safety", "Daily Living Aids", "Foot & Ankle"

MOBILITY = {
    "walker": items(f"{MB} > Walkers", ("Stridewell Folding Walker, 2 Button, Adjustable Height, Silver", 59),
                    ("Walker with 5 in Front Wheels, Folding, Blue", 45),
                    ("Lightweight Folding Walker, Aluminium, Silver", 49),
                    ("Stridewell Rollator Walker with Seat and Brakes, Red", 119)),
    "walkertray": items(f"{MB} > Walker Accessories", ("Walker Tray with Cup Holders, Universal Fit, Grey", 24),
                        ("Folding Walker Tray, Clip-On, Black", 29), ("Stridewell Walker Tray Table, Non-Slip Mat", 34)),
    "walker_acc": items(f"{MB} > Walker Accessories", ("Walker Glides, Ski Style, Silver, 1 Pair", 12),
                        ("Replacement Wheels for Folding Walkers, 5 in, 2 Pack", 19),
                        ("Walker Basket, Wire, Clip-On, Silver", 22)),
    "walkerboot": items(f"{FA} > Walking Boots", ("Air Walker Boot, Tall, Fracture Support, M", 69),
                        ("Short Walker Boot, Ankle Sprain, L", 49), ("Pneumatic Walker Boot, Low Top, S", 59)),
    "boot": items(f"{FA} > Boots & Splints", ("Plantar Fasciitis Night Splint Boot, Adjustable", 29),
                  ("Heel Protector Boot, Pressure Relief, Foam", 34),
                  ("Diabetic Boot, Wide Fit, Hook and Loop, Black", 39)),
    "commode": items(f"{BS} > Commodes", ("Stridewell Bedside Commode, 3-in-1, Steel Frame, Grey", 79),
                     ("Folding Commode Chair, Padded Seat, White", 69),
                     ("Drop-Arm Bedside Commode, Bariatric, 400 lb", 129)),
    "commodeliner": items(f"{BS} > Commode Supplies", ("Commode Liners with Absorbent Pads, 24 Pack", 14),
                          ("Commode Liners, Disposable, Drawstring, 30 Count", 12),
                          ("Commode Liners, Odor Control, 48 Pack", 19)),
    "commode_acc": items(f"{BS} > Commode Supplies", ("Replacement Bucket for Bedside Commodes, with Lid", 24),
                         ("Commode Splash Guard, Universal Fit", 11)),
    "reacher": items(f"{DL} > Reachers", ("Reacher Grabber, 32 in, Foldable, Black", 14),
                     ("Reacher Grabber with Magnetic Tip, 26 in, Blue", 11),
                     ("Heavy Duty Reacher Grabber, 36 in, Black", 22),
                     ("Reacher Grabber, Rotating Jaw, 32 in, Grey", 17)),
    "reacher_acc": items(f"{DL} > Reachers", ("Replacement Jaw Covers for Reacher Grabbers, Black, 4 Pack", 6),
                         ("Reacher Holder Clip for Walkers and Wheelchairs, Black", 8)),
    "sockaid": items(f"{DL} > Dressing Aids", ("Sock Aid with Foam Handles, Flexible Cradle", 15),
                     ("Sock Aid, Rigid, Terry Cloth Cover", 19), ("Compression Sock Aid, Metal Frame", 29)),
    "socks": items(f"{DL} > Socks", ("Non-Slip Grip Socks, 3 Pairs, Grey", 14),
                   ("Diabetic Socks, Non-Binding, 6 Pairs, White", 19), ("Compression Socks, 15-20 mmHg, Black", 22)),
}

N, K, C = "寝具", "介護用品", "Care Supplies"

KAIGO = {
    "pipepillow": items(f"{N} > 枕", ("パイプ枕 高さ調節 洗える 43×63cm", 2980), ("パイプ枕 介護 低め 抗菌 白", 2480),
                        ("パイプ枕 硬め 通気性 ネイビー", 1980)),
    "pillow": items(f"{N} > 枕", ("低反発枕 いびき防止 ネイビー", 3980), ("介護枕 ウレタン 仰向け 横向き", 4480),
                    ("Memory Foam Pillow, Cervical Contour, White", 3480)),
    "pillowpipe": items(f"{N} > 枕 > 補充パイプ", ("枕パイプ 補充用 1L ソフト", 680), ("枕パイプ 詰め替え 2L 硬め 洗える", 1080),
                        ("補充用 枕パイプ 抗菌 500g", 780)),
    "portabletoilet": items(f"{K} > 排泄ケア > ポータブルトイレ", ("ポータブルトイレ 木製 肘掛け 暖房便座 ベージュ", 29800),
                            ("ポータブルトイレ 樹脂製 軽量 ベージュ", 9800), ("ポータブルトイレ 折りたたみ 簡易 白", 4980),
                            ("Portable Toilet for Adults, Removable Bucket, Lightweight, Beige", 8980)),
    "ptbag": items(f"{K} > 排泄ケア > 消耗品", ("ポータブルトイレ用 処理袋 凝固剤付き 30回分", 1480),
                   ("処理袋 ポータブルトイレ 消臭 50枚", 1280), ("ポータブルトイレ専用 処理袋 使い捨て 20枚 ベージュ", 980)),
    "pt_acc": items(f"{K} > 排泄ケア > 消耗品", ("ポータブルトイレ専用 消臭剤 400ml", 980),
                    ("交換用 バケツ ポータブルトイレ対応 フタ付き ベージュ", 1980),
                    ("防水マット ポータブルトイレ用 90×60cm ベージュ", 2480)),
    "transferboard": items(f"{C} > Transfer Boards", ("移乗ボード 木製 70cm 車椅子 ベッド間", 8980),
                           ("移乗ボード スライド式 樹脂 軽量", 6980), ("移乗用 ボード 滑り止め付き 介助 60cm", 7480)),
    "slidesheet": items(f"{C} > Sliding Sheets", ("スライディングシート 介護 体位変換 移乗", 3980),
                        ("Sliding Sheet for Patient Repositioning, Reusable, 70 x 100 cm", 3480),
                        ("スライディングシート 筒状 ロング 120cm", 4980)),
    "apron": items(f"{K} > 食事ケア > エプロン", ("食事エプロン 介護 防水 ポケット付き", 1280),
                   ("Adult Bib, Waterproof, Crumb Catcher, Navy", 1480), ("食事用エプロン 大人用 撥水 3枚組", 1980)),
    "cup": items(f"{K} > 食事ケア > 吸い飲み", ("吸い飲み 介護 目盛り付き 200ml", 880),
                 ("Spouted Feeding Cup for Adults, 250ml, with Lid", 1280), ("吸い飲み 陶器 寝たまま 150ml", 1080)),
    "thickener": items(f"{K} > 食事ケア > とろみ剤", ("とろみ剤 介護食 嚥下 スティック 2.5g×50本", 1480),
                       ("Instant Food and Drink Thickener, 227g", 1980), ("とろみ剤 顆粒 無味無臭 500g", 2980)),
}

QQ, H = "救急・衛生用品", "Health Care"

KYUKYU = {
    "houtai": items(f"{QQ} > 包帯", ("伸縮包帯 5cm×4.5m 2巻 白", 398), ("包帯 自着性 7.5cm 6巻 青", 980),
                    ("ネット包帯 頭部用 伸縮 白", 480), ("Elastic Bandage Wrap, 3 in x 5 yd, White, 2 Pack", 880),
                    ("包帯 綿100% 3巻 ベージュ", 298)),
    "houtaiclip": items(f"{QQ} > 包帯 > 包帯止め", ("包帯クリップ 金属 10個入", 280), ("包帯クリップ 樹脂製 肌にやさしい 12個", 330),
                        ("包帯クリップ ゴム付き 伸縮 20個", 380), ("Elastic Bandage Clips, 20 Pack", 350)),
    "taping": items(f"{QQ} > テーピング", ("テーピング 伸縮 50mm×4.5m 6巻 ベージュ", 1680),
                    ("テーピングテープ 非伸縮 38mm 12巻 白", 1480), ("テーピング キネシオ 5cm 黒", 980),
                    ("テーピング 伸縮 75mm 4巻 ベージュ", 1280),
                    ("Athletic Tape, Rigid, 1.5 in x 15 yd, White, 6 Rolls", 1380)),
    "tapingscissors": items(f"{QQ} > テーピング > 用品", ("テーピング はさみ 先丸 テープカット", 880),
                            ("テーピング用 はさみ 刃長5cm フッ素加工", 1280), ("テーピングはさみ 左右兼用", 980)),
    "taping_acc": items(f"{QQ} > テーピング > 用品", ("テーピング専用 アンダーラップ 7cm ベージュ 6巻", 1280),
                        ("テーピング対応 剥がし液 スプレー 100ml", 980), ("テーピング用 カッター 交換刃", 480)),
    "scissors": items(f"{QQ} > 医療用はさみ", ("医療用 はさみ ステンレス 14cm", 1480), ("包帯はさみ 先曲がり 安全", 980),
                      ("はさみ 万能 小型 携帯用", 680)),
    "matsuba": items(f"{QQ} > 松葉杖", ("松葉杖 アルミ 高さ調節 2本組 大人用", 6980),
                     ("Aluminium Crutches, Adjustable, Adult, Pair", 5980), ("松葉杖 軽量 子供用 2本", 5480)),
    "matsuba_acc": items(f"{QQ} > 松葉杖 > 松葉杖用品", ("松葉杖用 脇パッド 2個", 1280), ("松葉杖専用 先ゴム 交換用 2個", 680),
                         ("グリップカバー 松葉杖対応 2個", 880)),
    "icepack": items(f"{H} > Hot & Cold", ("Ice Pack, Reusable Gel, Flexible, 2 Pack", 1280),
                     ("アイスパック 保冷剤 ケガ 冷却 3個", 980), ("Ice Pack for Injuries, Soft Cloth Back, Large", 1480)),
    "icepackholder": items(f"{H} > Hot & Cold", ("アイスパック ホルダー 膝用 固定ベルト", 1480),
                           ("アイスパック ホルダー 肩 ラップ 面ファスナー", 1980),
                           ("Ice Pack Holder Wrap, Universal, Adjustable Strap", 1680)),
    "coolsheet": items(f"{QQ} > 冷却用品", ("冷却シート 子供用 16枚 8時間", 480),
                       ("Cooling Gel Sheets for Fever, Adults, 12 Sheets", 680), ("冷却シート 大人用 メントール 12枚", 580)),
    "sankaku": items(f"{QQ} > 三角巾", ("三角巾 綿100% 大判 白", 380), ("Triangular Bandage, Cotton, with 2 Safety Pins", 480),
                     ("三角巾 不織布 5枚入 救急用", 580)),
    "gauze": items(f"{H} > Gauze", ("滅菌ガーゼ 10cm×10cm 30枚", 580), ("Sterile Gauze Pads, 4 x 4 in, 50 Count", 880),
                   ("ガーゼ 医療用 ロール 5m", 480)),
    "eyepatch": items(f"{H} > Eye Patches", ("眼帯 大人用 立体型 白", 380), ("眼帯 布製 洗える 黒", 580),
                      ("眼帯 子供用 かわいい 柄", 480)),
}

SHOPS = {"diabetes": DIABETES, "mobility": MOBILITY, "kaigo": KAIGO, "kyukyu": KYUKYU}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("diabetes", "meter case", "metercase", ["case"], ["meter"]),
    two_types("mobility", "walker boot", "walkerboot", ["boot"], ["walker"]),
    two_types("kaigo", "パイプ枕", "pipepillow", ["pillow"], ["pillowpipe"]),
    two_types("kaigo", "枕パイプ", "pillowpipe", [], ["pipepillow"]),
    two_types("kyukyu", "テーピング はさみ", "tapingscissors", ["scissors"], ["taping"]),
    # --- 2. a leading product word that modifies the head
    qualifies("diabetes", "crutch pads", ["crutchpad"], ["crutch"]),
    qualifies("mobility", "walker tray", ["walkertray"], ["walker"]),
    qualifies("mobility", "commode liners", ["commodeliner"], ["commode"]),
    qualifies("mobility", "sock aid", ["sockaid"], ["socks"]),
    qualifies("kaigo", "ポータブルトイレ 処理袋", ["ptbag"], ["portabletoilet"]),
    qualifies("kyukyu", "包帯 クリップ", ["houtaiclip"], ["houtai"]),
    qualifies("kyukyu", "アイスパック ホルダー", ["icepackholder"], ["icepack"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("diabetes", "glucose meter", ["meter"], ["meter_acc", "metercase"]),
    accessories("diabetes", "lancing device", ["lancing"], ["lancing_acc"]),
    accessories("mobility", "walker", ["walker"], ["walkertray", "walker_acc"]),
    accessories("mobility", "commode", ["commode"], ["commodeliner", "commode_acc"]),
    accessories("mobility", "reacher grabber", ["reacher"], ["reacher_acc"]),
    accessories("kaigo", "ポータブルトイレ", ["portabletoilet"], ["ptbag", "pt_acc"]),
    accessories("kyukyu", "テーピング", ["taping"], ["taping_acc", "tapingscissors"]),
    accessories("kyukyu", "松葉杖", ["matsuba"], ["matsuba_acc"]),
    # black arm slings: Curemed 19, padded 24, immobilizer 29 (a navy one 15, a blue one 12; black
    # accessories 7-11)
    price("diabetes", "cheap black arm sling", "sling-0", ["sling_acc"]),
    # silver walkers: Stridewell 59, lightweight 49 (a blue one 45; silver glides 12, basket 22)
    price("mobility", "budget silver walker", "walker-2", ["walkertray", "walker_acc"]),
    # black reacher grabbers: foldable 14, heavy duty 22 (a blue one 11; black accessories 6-8)
    price("mobility", "cheap black reacher grabber", "reacher-0", ["reacher_acc"]),
    # beige portable toilets: wooden 29800, resin 9800, English 8980 (a white one 4980; beige bags 980,
    # beige bucket 1980 and mat 2480)
    price("kaigo", "お手頃 ベージュ ポータブルトイレ", "portabletoilet-3", ["ptbag", "pt_acc"]),
    # white bandages: stretch 398, net 480, English 880 (a beige one 298; clips 280-380)
    price("kyukyu", "安い 白 包帯", "houtai-0", ["houtaiclip"]),
    # beige taping: 50mm 1680, 75mm 1280 (a black one 980; beige underwrap 1280, scissors 880-1280)
    price("kyukyu", "激安 ベージュ テーピング", "taping-3", ["taping_acc", "tapingscissors"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("kaigo", "食事エプロン", "apron"),
    mixed("kaigo", "吸い飲み", "cup"),
    mixed("kaigo", "とろみ剤", "thickener"),
    mixed("kaigo", "スライディングシート", "slidesheet"),
    mixed("kaigo", "transfer board", "transferboard"),
    mixed("kyukyu", "アイスパック", "icepack"),
    mixed("kyukyu", "冷却シート", "coolsheet"),
    mixed("kyukyu", "三角巾", "sankaku"),
    mixed("kyukyu", "ガーゼ", "gauze"),
    mixed("kyukyu", "eye patch", "eyepatch"),
]

_TAPING = "a テーピングはさみ (scissors) ranks above the real テーピングテープ 非伸縮"
_ICEPACK = "two アイスパック ホルダー items are 2nd and 3rd, above both English-titled Ice Packs"

LIMITS: dict = {
    **{("blind135", "accessories:kyukyu:テーピング", s): _TAPING
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind135", "mixed:kyukyu:アイスパック", s): _ICEPACK
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind135(q: Q, setup: str, known_limit):
    known_limit("blind135")
    check(q, setup, ENGINES)


def test_blind135_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "silver": "Silver", "白": "White", "ベージュ": "Beige"})
