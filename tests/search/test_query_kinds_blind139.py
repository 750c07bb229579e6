"""A hundred-and-thirty-ninth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: baby
safety and bath (English: baby gates, gate extensions and gate parts, baby bathtubs and bathtub
parts, changing pads and pad covers), toddler potty training, pacifiers and bottle care (English:
shoe socks and sock shoes, potty chairs, potty liners and potty parts, pacifier clips, bottle
sterilizers and sterilizer parts), a Japanese baby care shop ベビーケア (鼻水吸引器 and its parts,
おしりふき and おしりふき ふた, おしりふきウォーマー and its parts, 体温計 and 体温計 ケース, ベビーソープ,
ベビーローション, ベビーオイル; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and a Japanese baby bedding and nursing shop ベビー寝具・授乳
(ベビーベッド and its parts, ベビー布団 and its covers, 授乳クッション and its covers, おしゃぶり and
おしゃぶりホルダー; a Nursery tree in English: モビール, スワドル, スリーパー, プレイヤード, with English-titled
imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (hundred-and-thirty-ninth suite), as a measurement only (nothing
changed for it): 81 of 81 cases pass, 32 of 32 queries in every setup (two_types 2/2 queries,
4/4 cases; qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); no case
fails, so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B, BB, N = "Baby Safety", "Baby Bath", "Nursery"
GATES = f"{B} > Baby Gates"

SAFETY = {
    "gate": items(GATES, ("Safehaven Pressure Mount Baby Gate, Walk-Through, 29-38in, White", 39),
                  ("Safehaven Hardware Mount Baby Gate, Top of Stairs, White", 59),
                  ("Extra Wide Baby Gate, 5 Panels, Metal, Black", 89),
                  ("Auto-Close Baby Gate with Pet Door, White", 49),
                  ("Retractable Baby Gate, Mesh, Indoor/Outdoor, Grey", 64),
                  ("Wooden Baby Gate, Pine, Swing Door, Natural", 79)),
    "gate_acc": items(f"{GATES} > Gate Parts", ("Wall Cups for Baby Gates, 4 Pack, White", 8),
                      ("Baby Gate Replacement Pressure Spindles, Set of 4, White", 12),
                      ("Stair Banister Adapter Kit for Baby Gates, White", 19),
                      ("Baby Gate Replacement Latch, Auto-Close, White", 14)),
    "gateext": items(f"{GATES} > Extensions", ("Gate Extension, 7in, for Safehaven Baby Gates, White", 15),
                     ("Baby Gate Extension Kit, 14in, Metal, White", 22),
                     ("Gate Extension 2 Pack, 3.5in, Black", 18)),
    "tub": items(f"{BB} > Baby Bathtubs", ("Splashy Baby Bathtub, Newborn to Toddler, with Sling, Grey", 29),
                 ("Foldable Baby Bathtub with Temperature Plug, Grey", 24),
                 ("Inflatable Baby Bathtub, Travel, Blue", 19),
                 ("Splashy 3-in-1 Baby Bathtub, Grows with Baby, White", 34),
                 ("Collapsible Baby Bath Tub with Cushion, Grey/White", 44)),
    "tub_acc": items(f"{BB} > Bath Accessories", ("Replacement Sling for Splashy Baby Bathtub, Grey", 12),
                     ("Baby Bathtub Drain Plug Replacement, Grey", 6),
                     ("Non-Slip Mat for Baby Bathtubs, Grey", 9),
                     ("Bathtub Insert Cushion for Baby Bath Tubs, Grey", 15)),
    "pad": items(f"{N} > Changing Pads", ("Contoured Changing Pad, Waterproof, 32in", 29),
                 ("Portable Changing Pad, Foldable, Diaper Clutch", 19),
                 ("Safehaven Changing Pad with Safety Strap, White", 34)),
    "padcover": items(f"{N} > Changing Pads > Pad Covers", ("Changing Pad Cover, Jersey Knit, 2 Pack, Grey", 18),
                      ("Minky Changing Pad Cover, Ultra Soft, Pink", 14),
                      ("Waterproof Changing Pad Cover Liners, 3 Pack", 16)),
    "noise": each(("Outlet Covers, 36 Pack, Child Proof Plugs", f"{B} > Outlet Covers", 7),
                  ("Corner Guards, Clear, 12 Pack", f"{B} > Edge & Corner Guards", 9),
                  ("Cabinet Locks, Magnetic, 8 Pack", f"{B} > Cabinet Locks", 19),
                  ("Baby Bath Thermometer, Duck, Yellow", f"{BB} > Bath Accessories", 8),
                  ("Hooded Towel, Bamboo, Bear Ears", f"{BB} > Towels", 16)),
}

T, F, CL = "Toddler", "Feeding", "Baby Clothing"
POTTY = f"{T} > Potty Training"

TODDLER = {
    "shoesock": items(f"{CL} > Socks > Shoe Socks", ("Tiny Toes Shoe Socks, Non-Skid, Sneaker Print, 3 Pairs", 14),
                      ("Shoe Socks, Mary Jane Look, Pink, 12-24M", 9),
                      ("Boys Shoe Socks with Grippers, Loafer Design, 2 Pairs", 11)),
    "sock": items(f"{CL} > Socks", ("Tiny Toes Ankle Socks, 6 Pairs, 0-6M", 10),
                  ("Knee High Socks, Cable Knit, Cream, 2 Pairs", 8), ("Grip Socks, Non-Slip, Toddler, 4 Pairs", 12)),
    "sockshoe": items(f"{CL} > Shoes > Sock Shoes", ("Tiny Toes Sock Shoes, Rubber Sole, First Walker, Navy", 24),
                      ("Knit Sock Shoes, Slip-On, Toddler, Grey", 19),
                      ("Toddler Sock Shoes, Breathable Mesh, Red", 21)),
    "shoe": items(f"{CL} > Shoes", ("First Walker Shoes, Leather, Velcro, Brown", 29),
                  ("Toddler Sneakers, Light-Up, White", 32), ("Soft Sole Baby Shoes, Moccasins, Tan", 16)),
    "potty": items(f"{POTTY} > Potty Chairs", ("Littlestep Potty Chair, Removable Bowl, Blue", 24),
                   ("Realistic Potty Chair with Flush Sound, White", 39),
                   ("Littlestep 3-in-1 Potty Chair, Step Stool & Seat, Blue", 34),
                   ("Travel Potty Chair, Foldable, Pink", 19), ("Wooden Potty Chair, Lid, Natural", 49),
                   ("Contoured Potty Chair, Non-Slip Base, Blue", 29)),
    "potty_acc": items(f"{POTTY} > Potty Accessories", ("Replacement Bowl for Littlestep Potty Chair, Blue", 9),
                       ("Potty Chair Replacement Splash Guard, Blue", 5),
                       ("Potty Chair Cleaning Brush, Blue", 6)),
    "pottyliner": items(f"{POTTY} > Potty Accessories", ("Disposable Potty Liners, 100 Count, Fits Most Potty Chairs", 12),
                        ("Travel Potty Liners with Absorbent Pad, 30 Pack", 9),
                        ("Littlestep Potty Liners, Drawstring, Blue, 60 Count", 8)),
    "pacifier": items(f"{T} > Pacifiers", ("Calmbee Orthodontic Pacifiers, 0-6M, 2 Pack", 8),
                      ("Silicone Pacifier, One-Piece, 6-18M, Sage", 6), ("Night Glow Pacifiers, 4 Pack", 11)),
    "pacclip": items(f"{T} > Pacifiers > Pacifier Clips", ("Calmbee Pacifier Clip, Beaded, Wood, 2 Pack", 12),
                     ("Pacifier Clip Holder, Silicone Strap, Universal", 9),
                     ("Personalized Pacifier Clip with Name", 15)),
    "steril": items(f"{F} > Bottle Care > Sterilizers", ("Purewave Electric Bottle Sterilizer and Dryer, 6 Bottles", 89),
                    ("Microwave Bottle Sterilizer, 4 Bottles", 24), ("UV Bottle Sterilizer, Countertop, White", 129)),
    "steril_acc": items(f"{F} > Bottle Care > Sterilizer Parts",
                        ("Replacement Heating Plate for Purewave Bottle Sterilizer", 19),
                        ("Bottle Sterilizer Replacement Rack, 6 Slots", 14),
                        ("Descaling Tablets for Bottle Sterilizers, 12 Pack", 9)),
    "noise": each(("Glass Baby Bottles, 4oz, 3 Pack", f"{F} > Bottles", 22),
                  ("Bottle Brush Set with Nipple Brush", f"{F} > Bottle Care", 9),
                  ("Toddler Step Stool, Two-Step, Grey", POTTY, 19)),
}

K, C = "ベビーケア", "Baby Care"
NASAL = f"{C} > Nasal Aspirators"

CARE = {
    "aspirator": items(NASAL, ("鼻水吸引器 電動 据え置き 吸引力調整 白", 14800), ("電動鼻水吸引器 ハンディ 充電式 白", 4980),
                       ("鼻水吸引器 口吸いタイプ 新生児 ブルー", 880),
                       ("Electric Nasal Aspirator for Babies, Rechargeable, White", 3980),
                       ("鼻水吸引器 手動 ポンプ式 白", 1480)),
    "aspirator_acc": items(f"{NASAL} > 交換パーツ", ("鼻水吸引器用 ノズル 交換用 2個 白", 680),
                           ("鼻水吸引器専用 シリコンチューブ 白", 480), ("鼻水吸引器対応 フィルター 10枚", 380),
                           ("ノズル 鼻水吸引器用 ロング 白", 580)),
    "wipes": items(f"{K} > おしりふき", ("おしりふき 純水99% 80枚×12個", 1980), ("おしりふき 厚手 60枚×8個 無香料", 1580),
                   ("Baby Wipes, Unscented, 72 Count, 6 Pack", 1780)),
    "wipeslid": items(f"{K} > おしりふき > おしりふきケース・ふた", ("おしりふき ふた 繰り返し貼れる 2個 白", 480),
                      ("ふた おしりふき用 ワンタッチ 3個", 580), ("おしりふき用 ふた シリコン くま型", 520)),
    "warmer": items(f"{K} > おしりふきウォーマー", ("おしりふきウォーマー 上から加温 保湿 白", 3980),
                    ("おしりふきウォーマー コンパクト 持ち運び", 2980), ("Baby Wipe Warmer, Top Heating, White", 3480)),
    "warmer_acc": items(f"{K} > おしりふきウォーマー > 交換パーツ", ("おしりふきウォーマー用 加湿スポンジ 交換用 3枚", 580),
                        ("おしりふきウォーマー専用 ACアダプター", 1280), ("おしりふきウォーマー対応 収納ポーチ", 880)),
    "thermo": items(f"{K} > 体温計", ("ベビー体温計 耳式 1秒測定", 2980), ("体温計 非接触 おでこ 赤ちゃん 白", 3480),
                    ("Baby Thermometer, Digital, Flexible Tip", 1280)),
    "thermocase": items(f"{K} > 体温計 > ケース", ("体温計ケース 抗菌 ハード 白", 380), ("体温計 ケース 収納 スリム 2個", 450),
                        ("体温計用 ケース クリア 3個", 330)),
    "soap": items(f"{C} > Bath & Skin > ベビーソープ", ("ベビーソープ 泡タイプ 本体 400ml 無添加", 980),
                  ("Baby Wash & Shampoo, Tear-Free, 16oz", 1280), ("ベビー 全身ソープ 詰め替え 350ml", 680),
                  ("Gentle Baby Soap Bar, Oatmeal, 3 Pack", 880)),
    "lotion": items(f"{C} > Bath & Skin > ベビーローション", ("ベビーローション 保湿 ポンプ 300ml", 1280),
                    ("Baby Lotion, Fragrance Free, 13oz", 1480), ("ベビーミルクローション 無香料 150ml", 980)),
    "oil": items(f"{C} > Bath & Skin > ベビーオイル", ("ベビーオイル 無香料 100ml", 780), ("Baby Oil, Pure Mineral, 20oz", 980),
                 ("ベビーマッサージオイル ホホバ 50ml", 1680)),
    "noise": each(("沐浴布 ガーゼ 新生児 2枚", f"{K} > 沐浴", 780), ("ベビー爪切り はさみ 先丸", f"{K} > 爪切り", 580)),
}

FURN, BED, NURSE = "ベビー家具", "ベビー寝具", "授乳用品"

SLEEP = {
    "crib": items(f"{FURN} > ベビーベッド", ("ベビーベッド 木製 120×70 高さ調整 白", 19800),
                  ("ベビーベッド ミニ 90×60 折りたたみ 白", 12800), ("ベビーベッド ハイタイプ 収納付き ナチュラル", 24800),
                  ("Convertible Baby Crib, 3-in-1, Solid Wood, White", 21800),
                  ("ベビーベッド 添い寝 ベッドサイド グレー", 9800)),
    "crib_acc": items(f"{FURN} > ベビーベッド > ベビーベッド用品", ("ベビーベッド用 ガード 360度 白", 3980),
                      ("ベビーベッド専用 キャスター 4個 白", 1980), ("ベビーベッド対応 収納ラック 吊り下げ 白", 1480),
                      ("マットレス ベビーベッド用 60×90 白", 4980)),
    "futon": items(f"{BED} > ベビー布団", ("ベビー布団 7点セット 洗える グレー", 8980), ("ベビー布団 組布団 ミニ 日本製 白", 12800),
                   ("ベビー布団 セット 綿100% グレー ドット", 6980),
                   ("Baby Futon Set, Organic Cotton, 5 Piece, Grey", 9980), ("ベビー布団 敷き布団 単品 白", 3980)),
    "futon_acc": items(f"{BED} > ベビー布団 > カバー・シーツ", ("ベビー布団用 カバー 掛け布団 グレー", 1980),
                       ("防水シーツ ベビー布団対応 70×120 グレー", 1480), ("ベビー布団専用 収納袋 グレー", 980)),
    "nursing": items(f"{NURSE} > 授乳クッション", ("授乳クッション 抱き枕 2way 日本製 グレー", 3980),
                     ("授乳クッション 厚手 へたりにくい ネイビー", 2980), ("Nursing Pillow, Adjustable, Removable Cover", 4480)),
    "nursecover": items(f"{NURSE} > 授乳クッション > カバー", ("授乳クッション カバー 綿100% 花柄", 1480),
                        ("授乳クッションカバー 替えカバー ガーゼ", 1780), ("カバー 授乳クッション専用 防水 グレー", 1280)),
    "pacifier": items(f"{NURSE} > おしゃぶり", ("おしゃぶり 新生児 0-3ヶ月 2個", 980), ("おしゃぶり シリコン 6ヶ月~ キャップ付", 780),
                      ("Orthodontic Pacifier, 0-6 Months, 2 Pack", 880)),
    "pacholder": items(f"{NURSE} > おしゃぶり > おしゃぶりホルダー", ("おしゃぶりホルダー ビーズ 木製", 1280),
                       ("おしゃぶり ホルダー クリップ 名入れ", 1680), ("ホルダー おしゃぶり用 シリコン 2本", 980)),
    "mobile": items("Nursery > Mobiles", ("Crib Mobile, Felt Clouds, Wooden Hanger", 4980), ("モビール 北欧 木製 ベビー 星", 2980),
                    ("Musical Baby Mobile, Rotating, Projector", 5980)),
    "swaddle": items("Nursery > Swaddles", ("おくるみ ガーゼ 4重 120cm 新生児", 1980), ("おくるみ スワドル 0-3ヶ月 マジックテープ", 2480),
                     ("おくるみ 綿 夏用 2枚セット", 1680)),
    "sleeper": items("Nursery > Sleep Sacks", ("Baby Sleep Sack, Wearable Blanket, 0.5 TOG, 6-12M", 3480),
                     ("Sleep Sack, Cotton, Zip, 1.0 TOG", 2980), ("スリーパー ガーゼ 6重 ベスト型", 2480)),
    "playyard": items("Nursery > Play Yards", ("Portable Play Yard with Bassinet, Grey", 14800),
                      ("Play Yard, Foldable, Travel Bag, Navy", 9980), ("プレイヤード 折りたたみ ベビーサークル 2WAY", 12800)),
}

SHOPS = {"safety": SAFETY, "toddler": TODDLER, "care": CARE, "sleep": SLEEP}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("toddler", "shoe socks", "shoesock", ["sock"], ["sockshoe"]),
    two_types("toddler", "sock shoes", "sockshoe", ["shoe"], ["shoesock"]),
    # --- 2. a leading product word that modifies the head
    qualifies("safety", "gate extension", ["gateext"], ["gate"]),
    qualifies("safety", "changing pad cover", ["padcover"], ["pad"]),
    qualifies("toddler", "pacifier clip", ["pacclip"], ["pacifier"]),
    qualifies("toddler", "potty liners", ["pottyliner"], ["potty"]),
    qualifies("care", "おしりふき ふた", ["wipeslid"], ["wipes"]),
    qualifies("care", "体温計 ケース", ["thermocase"], ["thermo"]),
    qualifies("sleep", "おしゃぶり ホルダー", ["pacholder"], ["pacifier"]),
    qualifies("sleep", "授乳クッション カバー", ["nursecover"], ["nursing"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("safety", "baby gate", ["gate"], ["gate_acc", "gateext"]),
    accessories("safety", "baby bathtub", ["tub"], ["tub_acc"]),
    accessories("toddler", "potty chair", ["potty"], ["potty_acc", "pottyliner"]),
    accessories("toddler", "bottle sterilizer", ["steril"], ["steril_acc"]),
    accessories("care", "鼻水吸引器", ["aspirator"], ["aspirator_acc"]),
    accessories("care", "おしりふきウォーマー", ["warmer"], ["warmer_acc"]),
    accessories("sleep", "ベビーベッド", ["crib"], ["crib_acc"]),
    accessories("sleep", "ベビー布団", ["futon"], ["futon_acc"]),
    # white baby gates: pressure mount 39, hardware mount 59, auto-close 49 (black 89, grey 64, natural 79;
    # white parts and extensions 8-22)
    price("safety", "cheap white baby gate", "gate-0", ["gate_acc", "gateext"]),
    # grey bathtubs: Splashy 29, foldable 24, collapsible grey/white 44 (a blue inflatable 19; grey parts 6-15)
    price("safety", "budget grey baby bathtub", "tub-1", ["tub_acc"]),
    # blue potty chairs: Littlestep 24, 3-in-1 34, contoured 29 (a pink travel one 19; blue parts 5-9, blue liners 8)
    price("toddler", "cheap blue potty chair", "potty-0", ["potty_acc", "pottyliner"]),
    # white aspirators: stationary 14800, handheld 4980, English 3980, manual pump 1480 (a blue mouth one 880;
    # white parts 480-680)
    price("care", "格安 白 鼻水吸引器", "aspirator-4", ["aspirator_acc"]),
    # white cribs: wooden 19800, mini 12800, English 21800 (a grey bedside one 9800; white parts 1480-4980)
    price("sleep", "激安 白 ベビーベッド", "crib-1", ["crib_acc"]),
    # grey futon sets: 7-piece 8980, cotton dot 6980, English 9980 (a white mattress 3980; grey covers 980-1980)
    price("sleep", "お手頃 グレー ベビー布団", "futon-2", ["futon_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("care", "ベビーソープ", "soap"),
    mixed("care", "ベビーローション", "lotion"),
    mixed("care", "ベビーオイル", "oil"),
    mixed("care", "nasal aspirator", "aspirator"),
    mixed("sleep", "モビール", "mobile"),
    mixed("sleep", "スリーパー", "sleeper"),
    mixed("sleep", "プレイヤード", "playyard"),
    mixed("sleep", "swaddle", "swaddle"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind139(q: Q, setup: str, known_limit):
    known_limit("blind139")
    check(q, setup, ENGINES)


def test_blind139_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "grey": "Grey", "blue": "Blue", "白": "White", "グレー": "Grey"})
