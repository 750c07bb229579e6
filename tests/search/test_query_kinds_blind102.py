"""A hundred-and-second blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
first aid, TENS and mobility supplies with stethoscopes (English), low-vision magnifiers, contact
lens care and hearing amplifiers and protection (English), Japanese medical and hygiene supplies
医療用品・衛生用品 (眼帯, 氷のう, 鼻吸い器, 消毒液, 絆創膏; part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords: Face Shield, Surgical
Tape, Kinesiology Tape) and a Japanese eyewear and contact lens shop メガネ・コンタクト用品 (ルーペ,
コンタクトケース, 集音器; with English-titled imports too: Nose Pads, Swimming Goggles, Sports
Band). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (102nd suite), as a measurement only (nothing changed for it):
86 of 92 cases pass, 35 of 37 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 9/9, 22/22; accessories 7/8, 17/20; price 6/6, 14/14; mixed 7/8, 19/22); the 6 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 鼻吸い器 (the English-titled Nasal Aspirator ranks below the 鼻吸い器専用
and 鼻吸い器用 spare parts) and サージカルテープ (the Japanese キネシオロジーテープ second, above two of
the three English Surgical Tapes). One test bug was fixed before the run: the 氷のう category path
had four levels, now three.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

FA, MS, PR, DX, MOB = "First Aid", "Medical Supplies", "Pain Relief", "Diagnostics", "Mobility"
TENS, STETH = f"{PR} > TENS", f"{DX} > Stethoscopes"

FIRSTAID = {
    "gelelec": items(f"{TENS} > Electrodes", ("Voltacare Gel Electrodes, Self-Adhesive, 2x2 in, 20 Pack", 12),
                     ("Premium Gel Electrodes, 2x4 in Rectangle, 8 Pack", 14),
                     ("Hypoallergenic Gel Electrodes, Round, 16 Pack", 11)),
    "elec": items(f"{TENS} > Electrodes", ("Carbon Rubber Electrodes, Reusable, 4 Pack", 9),
                  ("Voltacare Cloth Electrodes, Snap Connector, 10 Pack", 10)),
    "elecgel": items(f"{TENS} > Conductive Gel", ("Voltacare Electrode Gel, Conductive, 250g Tube", 8),
                     ("Electrode Gel, Salt-Free, 1L Pump Bottle", 16)),
    "gel": items(f"{MS} > Gels & Lotions", ("Ultrasound Gel, Clear, 250ml Bottle", 6),
                 ("Ultrasound Transmission Gel, 5L Refill", 24)),
    "steth": items(STETH, ("Auscora Dual Head Stethoscope, Stainless Chestpiece, Black", 39),
                   ("Classic Stethoscope, Lightweight, Navy", 29), ("Auscora Cardiology Stethoscope, Black Edition", 129),
                   ("Basic Stethoscope, Single Head, Black", 24), ("Sprague Stethoscope, Burgundy", 19)),
    "stethacc": items(f"{STETH} > Parts", ("Replacement Ear Tips for Stethoscopes, Soft Silicone, Black, 4 Pairs", 6),
                      ("Stethoscope Diaphragm Replacement Kit, Black", 9), ("Stethoscope ID Name Tag, Black", 8)),
    "stethcase": items(f"{STETH} > Cases", ("Stethoscope Case, Hard Shell, Black", 15),
                       ("Stethoscope Case, Zippered, Mesh Pocket, Navy", 12),
                       ("Stethoscope Carrying Case, Large, Grey", 18)),
    "kit": items(f"{FA} > First Aid Kits", ("Rescuro First Aid Kit, 120 Pieces, Red", 24),
                 ("Compact First Aid Kit, 42 Pieces, Red", 12), ("Car First Aid Kit, Hard Case, Red", 19),
                 ("Mini First Aid Kit, 30 Pieces, Orange", 9)),
    "kit_acc": items(f"{FA} > First Aid Kits > Refills & Mounts", ("First Aid Kit Refill, 80 Bandages, Assorted", 8),
                     ("Empty First Aid Kit Bag, Red, Molle", 10), ("Wall Bracket for First Aid Kits, Red", 6)),
    "bandage": items(f"{FA} > Bandages", ("Elastic Bandage Wrap, 3 in x 5 yd, 2 Pack", 7),
                     ("Cohesive Bandage, Self-Adherent, 2 in, 12 Rolls", 11)),
    "bscissors": items(f"{FA} > Instruments", ("Bandage Scissors, Stainless, 5.5 in, Angled", 6),
                       ("Lister Bandage Scissors, 7 in, Blunt Tip", 9), ("Disposable Bandage Scissors, 10 Pack", 14)),
    "glovedisp": items(f"{MS} > Gloves > Dispensers", ("Glove Dispenser, Wall Mount, Triple Box, Stainless", 34),
                       ("Single Glove Dispenser, Acrylic, Clear", 15), ("Glove Dispenser Rack, Wire, Holds 2 Boxes", 19)),
    "glove": items(f"{MS} > Gloves", ("Nitrile Exam Gloves, Powder-Free, Blue, 100 Count", 11),
                   ("Vinyl Gloves, Clear, 100 Count, Large", 8), ("Latex Exam Gloves, 100 Count, Small", 9)),
    "crutch": items(f"{MOB} > Crutches", ("Aluminum Crutches, Adjustable, Adult, Pair", 39),
                    ("Forearm Crutches, Ergonomic Grip, Black, Pair", 59), ("Folding Crutches, Lightweight, Black", 69),
                    ("Youth Crutches, Underarm, Pair", 35)),
    "crutch_acc": items(f"{MOB} > Crutches > Crutch Accessories", ("Crutch Pads, Underarm Cushions, Memory Foam", 14),
                        ("Replacement Rubber Tips for Crutches, 2 Pack", 9), ("Crutch Bag, Side Pouch, Black", 12),
                        ("Crutch Holder Clip for Tables and Counters", 8)),
    "noise": each(("Voltacare TENS Unit, Dual Channel, 24 Modes", f"{TENS} > TENS Units", 39),
                  ("Burn Gel Dressing, 4x4 in, Sterile", f"{FA} > Burns", 5)),
}

LV, CL, HR = "Low Vision", "Contact Lenses", "Hearing"
MAGS, AMPS, MUFFS = f"{LV} > Magnifiers", f"{HR} > Hearing Amplifiers", f"{HR} > Hearing Protection"

EYEHEAR = {
    "hbmag": items(f"{MAGS} > Head-Worn", ("Headband Magnifier with LED Light, 4 Lenses, 1.5x-3.5x", 19),
                   ("Lumiview Headband Magnifier, Flip-Up Lens, 2.5x", 29),
                   ("Rechargeable Headband Magnifier, 5 Lenses, Black", 24)),
    "mag": items(f"{MAGS} > Handheld", ("Lumiview Handheld Magnifier, 3x, 100mm Glass Lens, Black", 14),
                 ("LED Pocket Magnifier, 10x, White", 11), ("Page Magnifier, Full Sheet, 3x Fresnel", 7),
                 ("Round Reading Magnifier, 2x, 130mm Lens", 9)),
    "standmag": items(f"{MAGS} > Stand", ("Lumiview Stand Magnifier, 5x, Illuminated, Fixed Focus", 34),
                      ("Dome Stand Magnifier, 4x, Paperweight Style", 12),
                      ("Stand Magnifier with Light, 3x, Adjustable Height", 27)),
    "maghb": items(f"{LV} > Magnifier Parts", ("Magnifier Headband, Replacement, Adjustable Ratchet", 8),
                   ("Magnifier Headband Strap, Elastic, 2 Pack", 6)),
    "magstand": items(f"{LV} > Magnifier Parts", ("Magnifier Stand, Gooseneck, Holds Handheld Magnifiers", 16),
                      ("Magnifier Stand, Weighted Base with Clamp", 19)),
    "headband": items(f"{HR} > Swim & Ear Protection", ("Swimmer's Ear Headband, Neoprene, Holds Earplugs, Blue", 12),
                      ("Hearing Aid Headband for Kids, Soft Fabric, Pink", 14)),
    "maglamp": items(f"{LV} > Lighting", ("Magnifier Lamp, 5x, LED, Clamp Mount, White", 39),
                     ("Floor Magnifier Lamp, 3x, Dimmable, Rolling Base", 69),
                     ("Lumiview Magnifier Lamp, Desk, 2x, Black", 45)),
    "solution": items(f"{CL} > Lens Care", ("Multipurpose Lens Solution, 360ml, 2 Pack", 14),
                      ("Clearsite Lens Solution, Hydrogen Peroxide, 300ml", 12),
                      ("Saline Lens Solution, Sensitive Eyes, 355ml", 6)),
    "lens": items(f"{CL} > Lenses", ("Clearsite Daily Contact Lenses, 30 Pack, -2.00", 29),
                  ("Monthly Contact Lenses, Silicone Hydrogel, 6 Pack", 39),
                  ("Toric Contact Lenses for Astigmatism, 6 Pack", 45),
                  ("Colored Contact Lenses, Hazel, Monthly, 2 Pack", 25)),
    "amp": items(AMPS, ("Audiva Hearing Amplifier, Behind-the-Ear, Rechargeable, Beige", 49),
                 ("In-Ear Hearing Amplifier, Noise Reduction, Pair, Beige", 69),
                 ("Digital Hearing Amplifier, Ear Hook, Silver", 29), ("Audiva Mini Hearing Amplifier, Beige", 39)),
    "amp_acc": items(f"{AMPS} > Parts", ("Replacement Ear Tips for Hearing Amplifiers, Beige, 12 Pack", 6),
                     ("Charging Cable for Hearing Amplifiers, USB-C", 5),
                     ("Hearing Amplifier Replacement Domes, Beige, 20 Pack", 7),
                     ("Cleaning Brush for Hearing Amplifiers, 3 Pack", 4)),
    "earmuff": items(MUFFS, ("Quietguard Earmuffs, NRR 28dB, Foldable, Black", 22),
                     ("Compact Earmuffs, NRR 22dB, Black", 15), ("Bluetooth Earmuffs, Hearing Protection, Black", 49),
                     ("Slim Earmuffs, NRR 25dB, Orange", 12)),
    "earmuff_acc": items(f"{MUFFS} > Replacement Parts", ("Replacement Ear Cushions for Earmuffs, Black, 2 Pairs", 9),
                         ("Hygiene Kit for Earmuffs, Foam Inserts, Black", 11),
                         ("Earmuff Replacement Headband Cover, Black", 7)),
    "noise": each(("Contact Lens Case, Travel, 3 Pack", f"{CL} > Lens Care", 3)),
}

IR, EI, FAE = "医療用品", "衛生用品", "First Aid"
PATCH, ICE, NASAL = f"{IR} > 眼帯", f"{IR} > 氷のう", f"{IR} > 鼻吸い器"

IRYO = {
    "gauzepatch": items(PATCH, ("ガーゼ眼帯 白 立体型 大人用 5枚入", 480), ("ガーゼ眼帯 子供用 耳かけ 3枚", 380),
                        ("ガーゼ眼帯 耳かけタイプ 個包装 10枚", 680)),
    "eyepatch": items(PATCH, ("眼帯 アイパッチ 子供 弱視訓練 シール 30枚", 980), ("眼帯 プラスチック 保護 通気穴 術後", 350),
                      ("Eye Patch, Adhesive, Kids, Breathable, 50 Pack", 1280)),
    "patchgauze": items(f"{PATCH} > 替えガーゼ", ("眼帯ガーゼ 交換用 滅菌 20枚", 330), ("眼帯ガーゼ パッド 楕円 10枚入", 280)),
    "gauze": items(f"{IR} > ガーゼ", ("滅菌ガーゼ 7.5cm×7.5cm 30枚 個包装", 480)),
    "disinfectant": items(f"{EI} > 消毒液", ("消毒液 アルコール 手指 500ml", 598), ("消毒液 ノンアルコール 詰め替え 1L", 880),
                          ("消毒液 手指用 エタノール 業務用 5L", 2980)),
    "dispbottle": items(f"{EI} > 消毒液 > 詰め替えボトル", ("消毒液用 スプレーボトル 500ml 遮光 2本", 480),
                        ("消毒液 ボトル 詰め替え用 ポンプ式 300ml", 380), ("アルコール対応 携帯ボトル 消毒液 50ml 3本", 420)),
    "bandaid": items(f"{IR} > 絆創膏", ("絆創膏 防水 Mサイズ 100枚", 398), ("絆創膏 ハイドロコロイド 靴擦れ 10枚", 598),
                     ("絆創膏 子供 キャラクター 40枚", 298)),
    "bandaidcase": items(f"{EI} > 携帯ケース", ("絆創膏ケース 携帯 スライド式 クリア", 380),
                         ("絆創膏 ケース 持ち運び 刺繍 ミニポーチ", 680), ("絆創膏ケース 缶 レトロ 2個セット", 550)),
    "icebag": items(ICE, ("氷のう 青 L 口径8cm 繰り返し使える", 780), ("氷のう ピンク M 子供 発熱", 680),
                    ("氷のう 青 S 布製 結露しにくい", 650), ("氷のう 白 ミニ 携帯", 550),
                    ("氷のう 青 クリップ付き 吊り下げ 大", 1280)),
    "icebag_acc": items(f"{ICE} > 氷のう小物", ("氷のう用 カバー 青 タオル地", 380), ("氷のう専用 キャップ 交換用 青", 280),
                        ("氷のう対応 吊り下げ スタンド", 1480)),
    "nasal": items(NASAL, ("鼻吸い器 電動 据え置き 赤ちゃん 医療機器", 9800), ("鼻吸い器 ハンディ 電動 コードレス", 4980),
                   ("鼻吸い器 手動 口で吸う シリコン", 880), ("Nasal Aspirator, Electric, Baby, 3 Suction Levels", 3980)),
    "nasal_acc": items(f"{NASAL} > 交換部品", ("鼻吸い器用 ノズル 交換用 シリコン 2個", 480), ("鼻吸い器専用 チューブ 1m 交換", 680),
                       ("鼻吸い器対応 逆流防止フィルター 5個", 580)),
    "faceshield": items("PPE > Face Shields", ("Face Shield, Anti-Fog, Reusable, 10 Pack", 980),
                        ("Face Shield with Glasses Frame, Clear, 5 Pack", 780), ("フェイスシールド 使い捨て 10枚 軽量 クリア", 680)),
    "surgicaltape": items(f"{FAE} > Medical Tape", ("Surgical Tape, Paper, 1in x 10yd, 12 Rolls", 1280),
                          ("Transparent Surgical Tape, Waterproof, 2 Rolls", 680),
                          ("サージカルテープ 不織布 12mm×9m 肌に優しい", 298), ("Silk Surgical Tape, 2in, 6 Rolls", 880)),
    "kinesio": items(f"{FAE} > Sports Tape", ("Kinesiology Tape, 5cm x 5m, Black, 2 Rolls", 980),
                     ("Pre-Cut Kinesiology Tape, 20 Strips, Beige", 1280), ("キネシオロジーテープ 5cm 撥水 ベージュ 6巻", 1980)),
    "armsling": items(f"{FAE} > Arm Slings", ("アームホルダー 腕吊り 骨折 固定 フリーサイズ 紺", 1480),
                      ("アームスリング 子供用 腕吊り 調整ベルト", 1280), ("アームスリング 肩 固定 メッシュ 通気性 左右兼用", 1980)),
}

LP, CLJ = "ルーペ・拡大鏡", "コンタクト用品"

MEGANE = {
    "standloupe": items(f"{LP} > スタンドルーペ", ("スタンドルーペ 5倍 LEDライト付き 読書 新聞", 2480),
                        ("スタンドルーペ ドーム型 3倍 アクリル", 1280), ("スタンドルーペ 10倍 高倍率 精密作業", 1980)),
    "loupe": items(f"{LP} > 手持ちルーペ", ("ルーペ 手持ち 3倍 LEDライト付き 黒", 1280),
                   ("ルーペ ペンダント 2倍 ゴールド チェーン付き", 1980), ("ルーペ カード型 3倍 薄型 2枚", 480)),
    "glassloupe": items(f"{LP} > メガネ型ルーペ", ("メガネ型ルーペ 1.6倍 ブルーライトカット 黒", 3980),
                        ("メガネルーペ 双眼 2倍 両手が使える", 2980), ("ルーペ メガネタイプ 跳ね上げ式 1.8倍", 3480)),
    "loupestand": items(f"{LP} > ルーペ小物", ("ルーペスタンド アーム式 手持ちルーペ用 クランプ", 1480),
                        ("ルーペスタンド 卓上 フレキシブル ホルダー", 980)),
    "loupe_acc": items(f"{LP} > ルーペ小物", ("ルーペ用 ケース 合皮 黒", 480), ("ルーペ専用 ストラップ 首掛け", 380),
                       ("交換用 電池 LR44 6個 ルーペ用", 280)),
    "megane": items("メガネ > フレーム", ("メガネ 度なし 丸型 べっ甲 伊達メガネ", 1980), ("メガネ フレーム スクエア 黒 軽量", 2980),
                    ("花粉 メガネ 防塵 曇り止め 大人用", 1480)),
    "contactcase": items(f"{CLJ} > ケース", ("コンタクトケース 携帯 ミラー付き ピンク", 480),
                         ("コンタクトケース 2個セット 抗菌 ブルー", 298), ("コンタクトケース トラベルセット ピンセット付き", 580)),
    "contact": items(f"{CLJ} > コンタクトレンズ", ("コンタクトレンズ 1day 30枚 度あり -3.00", 1980),
                     ("コンタクトレンズ 2week 6枚 乱視用", 2480), ("コンタクトレンズ マンスリー 3枚 -2.50", 1680)),
    "nosepad": items("Eyewear Care > Nose Pads", ("Silicone Nose Pads for Eyeglasses, Screw-In, 10 Pairs", 680),
                     ("Adhesive Nose Pads, Anti-Slip, Foam, 6 Pairs", 480), ("ノーズパッド シリコン 交換用 メガネ 5ペア", 380)),
    "sportband": items("Eyewear Care > Retainers", ("Sports Band for Glasses, Adjustable, Black", 580),
                       ("Eyewear Sports Band, Neoprene, Floating", 780), ("スポーツバンド メガネ用 ずれ落ち防止 シリコン", 480)),
    "goggles": items("Swimming > Goggles", ("Swimming Goggles, Anti-Fog, UV Protection, Adult, Black", 1480),
                     ("Kids Swim Goggles, Mirrored, 2 Pack", 1280), ("スイミングゴーグル 度付き 近視用 -4.0", 1980)),
    "eyedrops": items("Eye Care > Eye Drops", ("目薬 コンタクト対応 ソフト ハード 12ml", 498),
                      ("目薬 疲れ目 充血 かすみ 15ml", 698), ("目薬 ドライアイ 人工涙液 5ml×4本", 880)),
    "shuon": items("集音器 > 本体", ("集音器 イヤホン型 充電式 両耳 黒", 4980), ("集音器 ポケット型 有線 黒 電池式", 2980),
                   ("集音器 耳かけ 片耳 ベージュ", 1980), ("集音器 首掛け テレビ 黒", 6980)),
    "shuon_acc": items("集音器 > 集音器用品", ("集音器用 イヤーピース 黒 S/M/L 6個", 480), ("集音器専用 充電器 USB 黒", 980),
                       ("集音器対応 交換用 イヤホン 黒", 780)),
}

SHOPS = {"firstaid": FIRSTAID, "eyehear": EYEHEAR, "iryo": IRYO, "megane": MEGANE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("firstaid", "gel electrodes", "gelelec", ["elec"], ["elecgel"]),
    two_types("firstaid", "electrode gel", "elecgel", ["gel"], ["gelelec"]),
    two_types("eyehear", "headband magnifier", "hbmag", ["mag"], ["maghb"]),
    two_types("eyehear", "stand magnifier", "standmag", ["mag"], ["magstand"]),
    two_types("iryo", "ガーゼ 眼帯", "gauzepatch", ["eyepatch"], ["patchgauze"]),
    two_types("megane", "スタンドルーペ", "standloupe", ["loupe"], ["loupestand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("firstaid", "bandage scissors", ["bscissors"], ["bandage"]),
    qualifies("firstaid", "glove dispenser", ["glovedisp"], ["glove"]),
    qualifies("firstaid", "stethoscope case", ["stethcase"], ["steth"]),
    qualifies("eyehear", "lens solution", ["solution"], ["lens"]),
    qualifies("eyehear", "magnifier lamp", ["maglamp"], ["mag"]),
    qualifies("iryo", "消毒液 ボトル", ["dispbottle"], ["disinfectant"]),
    qualifies("iryo", "絆創膏 ケース", ["bandaidcase"], ["bandaid"]),
    qualifies("megane", "メガネ ルーペ", ["glassloupe"], ["megane"]),
    qualifies("megane", "コンタクトケース", ["contactcase"], ["contact"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("firstaid", "stethoscope", ["steth"], ["stethacc", "stethcase"]),
    accessories("firstaid", "crutches", ["crutch"], ["crutch_acc"]),
    accessories("eyehear", "hearing amplifier", ["amp"], ["amp_acc"]),
    accessories("eyehear", "earmuffs", ["earmuff"], ["earmuff_acc"]),
    accessories("iryo", "氷のう", ["icebag"], ["icebag_acc"]),
    accessories("iryo", "鼻吸い器", ["nasal"], ["nasal_acc"]),
    accessories("megane", "集音器", ["shuon"], ["shuon_acc"]),
    accessories("megane", "ルーペ", ["loupe", "standloupe", "glassloupe"], ["loupe_acc", "loupestand"]),
    # black stethoscopes: dual head 39, cardiology 129, basic 24 (a burgundy one 19, a navy one 29; black parts
    # 6-9, a black case 15)
    price("firstaid", "cheap black stethoscope", "steth-3", ["stethacc", "stethcase"]),
    # red first aid kits: 120 pieces 24, compact 12, car 19 (an orange mini kit 9; red bag 10 and bracket 6)
    price("firstaid", "budget red first aid kit", "kit-1", ["kit_acc"]),
    # black earmuffs: Quietguard 22, compact 15, bluetooth 49 (an orange slim pair 12; black parts 7-11)
    price("eyehear", "cheap black earmuffs", "earmuff-1", ["earmuff_acc"]),
    # beige hearing amplifiers: behind-the-ear 49, in-ear 69, mini 39 (a silver one 29; beige tips 6, domes 7)
    price("eyehear", "budget beige hearing amplifier", "amp-3", ["amp_acc"]),
    # blue ice bags: L 780, S 650, clip 1280 (a pink one 680, a white mini 550; blue cover 380, cap 280)
    price("iryo", "激安 青 氷のう", "icebag-2", ["icebag_acc"]),
    # black 集音器: earphone 4980, pocket 2980, neck 6980 (a beige one 1980; black ear pieces 480, charger 980,
    # earphone 780)
    price("megane", "安い 黒 集音器", "shuon-1", ["shuon_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("iryo", "フェイスシールド", "faceshield"),
    mixed("iryo", "サージカルテープ", "surgicaltape"),
    mixed("iryo", "キネシオロジーテープ", "kinesio"),
    mixed("iryo", "arm sling", "armsling"),
    mixed("megane", "ノーズパッド", "nosepad"),
    mixed("megane", "スイミングゴーグル", "goggles"),
    mixed("megane", "スポーツバンド", "sportband"),
    mixed("megane", "eye drops", "eyedrops"),
]

_SETUPS = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS: dict = {
    **{("blind102", "accessories:iryo:鼻吸い器", s): "the English Nasal Aspirator ranks below the 鼻吸い器専用 tube "
       "and the 鼻吸い器用 nozzles (the three Japanese 鼻吸い器 first)" for s in _SETUPS},
    **{("blind102", "mixed:iryo:サージカルテープ", s): "the Japanese キネシオロジーテープ second, above two of the three "
       "English Surgical Tapes" for s in _SETUPS},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind102(q: Q, setup: str, known_limit):
    known_limit("blind102")
    check(q, setup, ENGINES)


def test_blind102_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "beige": "Beige", "青": "Blue", "黒": "Black"})
