"""A hundred-and-twenty-ninth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: sports
nutrition and hydration (English: protein powders and protein bars, creatine and creatine gummies,
electrolyte mixes and tablets, shaker and squeeze bottles with their parts, energy gels), swimming,
snorkeling and surf (English: board shorts and short boards, fin straps and strap fins, fin socks,
snorkels and snorkel bags, kickboards, surfboards and their accessories), a Japanese yoga and pilates
shop ヨガ・ピラティス (ストレッチポール, 瞑想クッション, ボルスター and its covers, バランスボール and
its pumps; part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords: Yoga Wheel ヨガホイール, Pilates Ring ピラティスリング, Stretch Pole, and Yoga Strap
for ヨガベルト) and a Japanese tennis shop テニス用品 (テニスラケット, テニスネット, ボールホルダー,
ボールカゴ; English-titled imports too: Overgrip オーバーグリップ, Tennis Bag テニスバッグ, Headband
ヘッドバンド, and an English branch of its tree). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (only four: the reversible pairs of these trades are few);
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

Written blind on 2026-12-01 (a hundred-and-twenty-ninth suite), as a measurement only (nothing
changed for it): 86 of 89 cases pass, 35 of 36 queries in every setup (two_types 4/4 queries, 8/8
cases; qualifies 9/9, 22/22; accessories 9/9, 22/22; price 6/6, 15/15; mixed 7/8, 19/22); the 3
failing cases (one query, 'ヘッドバンド' in the tennis shop, in all its setups: a リストバンド and a
リストバンド型 ball holder ranked 2nd and 3rd, above the English-titled Headbands) are strict xfails
(`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

Y, H = "Sports Nutrition", "Hydration"

NUTRITION = {
    "powder": items(f"{Y} > Protein > Protein Powder",
                    ("Ironline Whey Protein Powder, Double Chocolate, 2 lb", 39),
                    ("Plant Protein Powder, Pea & Rice, Vanilla, 1 kg", 34),
                    ("Whey Isolate Protein Powder, Unflavored, 5 lb", 79),
                    ("Casein Protein Powder, Slow Release, Vanilla, 2 lb", 44)),
    "proteinbar": items(f"{Y} > Protein > Protein Bars",
                        ("Ironline Protein Bars, Peanut Butter, 20g Protein, 12 Pack", 26),
                        ("Crunchy Protein Bar, Salted Caramel, Box of 12", 24),
                        ("Vegan Protein Bars, Chocolate Chip, 15 Count", 29)),
    "bar": items(f"{Y} > Energy Bars", ("Oat Energy Bars, Honey & Almond, 24 Pack", 22),
                 ("Fruit & Nut Energy Bar, Date, 12 Count", 18)),
    "creatine": items(f"{Y} > Creatine", ("Creatine Monohydrate Powder, Unflavored, 500g", 25),
                      ("Ironline Micronized Creatine, 300g, 60 Servings", 19),
                      ("Creatine HCl Capsules, 750mg, 120 Count", 24)),
    "creatinegum": items(f"{Y} > Creatine", ("Creatine Gummies, 5g per Serving, Sour Apple, 90 Count", 29),
                         ("Ironline Creatine Monohydrate Gummies, Mixed Berry, 60 Count", 27),
                         ("Sugar-Free Creatine Gummies, Orange, 120 Count", 36)),
    "electrolyte": items(f"{H} > Electrolytes", ("Electrolyte Drink Mix Powder, Lemon Lime, 30 Servings", 24),
                         ("Ironline Electrolyte Powder Sticks, Watermelon, 20 Pack", 19),
                         ("Zero Sugar Electrolyte Drink Mix, Orange, 40 Servings Tub", 29)),
    "electab": items(f"{H} > Electrolytes", ("Electrolyte Tablets, Effervescent, Berry, Tube of 10", 7),
                     ("Ironline Electrolyte Tablets, 4 Tubes, Mixed Flavors", 24),
                     ("Caffeine-Free Electrolyte Tablets, Citrus, 3 Tubes", 19)),
    "shaker": items(f"{H} > Shaker Bottles", ("Ironline Shaker Bottle, 700ml, Whisk Ball, Black", 12),
                    ("Shaker Bottle with Storage Compartment, 600ml, Black", 15),
                    ("Stainless Steel Shaker Bottle, Insulated, 750ml, Black", 29),
                    ("Electric Shaker Bottle, USB Rechargeable, 650ml, Grey", 24),
                    ("Shaker Bottle, 800ml, Leakproof, Blue", 8)),
    "shaker_acc": items(f"{H} > Shaker Bottles > Parts", ("Replacement Lids for Shaker Bottles, 2 Pack, Black", 6),
                        ("Shaker Bottle Replacement Whisk Balls, 3 Pack, Black", 4),
                        ("Pill Organizer Attachment for Shaker Bottles, Black", 7)),
    "squeeze": items(f"{H} > Water Bottles", ("Squeeze Bottle, 750ml, BPA Free, Clear", 6),
                     ("Ironline Squeeze Water Bottle, 1L, Blue", 9),
                     ("Insulated Squeeze Bottle, 600ml, Double Wall, Red", 14)),
    "squeeze_acc": items(f"{H} > Water Bottles > Bottle Parts", ("Replacement Valve Caps for Squeeze Bottles, 3 Pack", 5),
                         ("Squeeze Bottle Replacement Lids, Blue, 2 Pack", 6),
                         ("Neoprene Carrier Sling for Squeeze Bottles", 8)),
    "gel": items(f"{Y} > Energy Gels", ("Energy Gel, Caffeinated, Espresso, 24 Pack", 34),
                 ("Ironline Energy Gels, Citrus, 6 Pack", 9), ("Isotonic Energy Gels, Orange, 60ml, 12 Pack", 19)),
    "gel_acc": items(f"{Y} > Energy Gels > Gel Accessories", ("Soft Flask for Energy Gels, 150ml, Refillable", 12),
                     ("Race Belt with 6 Gel Loops for Energy Gels", 14)),
    "noise": each(("Multivitamin Gummies, Adults, 90 Count", "Supplements > Vitamins", 14),
                  ("Weekly Pill Organizer, 7 Day, AM/PM", "Supplements > Accessories", 8)),
}

S, SN, SF = "Swimming", "Snorkeling", "Surf"

SWIM = {
    "boardshorts": items(f"{SF} > Board Shorts", ("Tidewell Board Shorts, Men's, Quick Dry, 19in, Navy", 39),
                         ("Board Shorts with Mesh Liner, Stretch, Black", 29),
                         ("Kids' Board Shorts, Tropical Print, Blue", 19)),
    "shorts": items(f"{S} > Swimwear > Swim Shorts", ("Tidewell Swim Shorts, Men's, 5in, Red", 24),
                    ("Volley Swim Shorts, 6in, Quick Dry, Green", 22)),
    "shortboard": items(f"{SF} > Surfboards", ("Tidewell Short Board Surfboard, 6'0\", Thruster, White", 449),
                        ("Epoxy Short Board Surfboard, 5'10\", Performance, Blue", 519),
                        ("Short Board Surfboard, 6'2\", Round Tail, PU, Yellow", 399)),
    "board.surf": items(f"{SF} > Surfboards", ("Soft Top Surf Board, 8ft, Beginner Surfboard, Green", 279),
                        ("Long Board Surfboard, 9'0\", Classic Noserider, White", 649)),
    "board.body": items(f"{SF} > Bodyboards", ("Body Board, 42in, Slick Bottom, Crescent Tail, Red", 89)),
    "surf_acc": items(f"{SF} > Surf Accessories", ("Surfboard Leash, 7ft, Double Swivel, Black", 29),
                      ("Surfboard Traction Pad, 3 Piece, Black", 35), ("Surfboard Travel Bag, 6'6\", Padded", 89)),
    "finstrap": items(f"{SN} > Fins > Fin Parts", ("Spring Fin Straps, Stainless Steel, Pair, Black", 29),
                      ("Tidewell Replacement Fin Straps, Rubber, Size L, Pair", 14),
                      ("Bungee Fin Straps, Adjustable, Pair, Blue", 19)),
    "strap": each(("Neoprene Mask Strap, Hair-Friendly, Black", f"{SN} > Masks > Mask Parts", 12),
                  ("Silicone Goggle Straps, Replacement, 3 Pack", f"{S} > Goggles > Goggle Parts", 8)),
    "strapfin": items(f"{SN} > Fins", ("Tidewell Open Heel Strap Fins, Diving, Black", 79),
                      ("Travel Strap Fins, Short Blade, Adjustable, Yellow", 59),
                      ("Strap Fins with Spring Heel, Scuba, Blue", 99)),
    "fin": items(f"{SN} > Fins", ("Full Foot Fins, Snorkeling, Short Blade, Blue", 39),
                 ("Swim Training Fins, Silicone, Short Blade, Pink", 34)),
    "finsocks": items(f"{SN} > Fins > Fin Socks", ("Neoprene Fin Socks, 3mm, Black", 19),
                      ("Fin Socks, Low Cut, Anti-Blister, Blue", 15), ("Tidewell Fin Socks, 2mm, Pair, Grey", 17)),
    "snorkel": items(f"{SN} > Snorkels", ("Tidewell Dry Top Snorkel, Purge Valve, Black", 29),
                     ("Flexible Snorkel, Silicone Mouthpiece, Blue", 14),
                     ("Frontal Swim Snorkel, Center Mount, Lap Training, Black", 22)),
    "snorkel_acc": items(f"{SN} > Snorkels > Snorkel Parts", ("Snorkel Keeper Clip, Black, 2 Pack", 5),
                         ("Replacement Mouthpieces for Snorkels, Silicone, 3 Pack", 7),
                         ("Snorkel Replacement Purge Valve, Black", 6)),
    "snorkelbag": items(f"{SN} > Bags", ("Mesh Snorkel Bag, Drawstring, Black", 19),
                        ("Tidewell Snorkel Bag, Dry Backpack, 20L", 39), ("Snorkel Gear Bag, Mesh Duffel, Blue", 29)),
    "kickboard": items(f"{S} > Training > Kickboards", ("Kickboard, Swim Training, EVA Foam, Blue", 15),
                       ("Tidewell Kickboard, Junior, Blue", 12), ("Kickboard & Pull Buoy 2-in-1, Blue", 18),
                       ("Kickboard, Large, Yellow", 9)),
    "kick_acc": items(f"{S} > Training > Kickboards", ("Mesh Carry Bag for Kickboards, Blue", 7),
                      ("Wall Rack for Kickboards, Holds 10, Blue", 25)),
}

YG, YE = "ヨガ・ピラティス", "Yoga & Pilates"
PROPS = f"{YE} > Props"

YOGA = {
    "stretchpole": items(f"{YG} > ストレッチポール", ("ストレッチポール 98cm EVA 初心者 黒", 3980),
                         ("ストレッチポール 90cm 軽量 EVA 黒", 2280), ("ストレッチポール ハーフカット 2本組 黒", 2680),
                         ("ストレッチポール 90cm ピンク", 1980), ("Stretch Pole, 98cm, Full Round, Black", 3480)),
    "pole_acc": items(f"{YG} > ストレッチポール > ポール小物", ("ストレッチポール用 カバー 洗える 黒", 980),
                      ("ストレッチポール専用 収納バッグ 黒", 1280), ("ストレッチポール対応 スタンド 縦置き 2本用", 1580)),
    "cushion": items(f"{YG} > 瞑想クッション", ("瞑想クッション 丸型 そば殻 ネイビー", 3980),
                     ("瞑想クッション 三日月型 坐禅 ネイビー", 3480),
                     ("Meditation Cushion, Buckwheat Hulls, Round, Navy", 4580), ("瞑想クッション 丸型 ブラウン", 2980)),
    "cushion_acc": items(f"{YG} > 瞑想クッション > クッション小物", ("瞑想クッション用 カバー 替えカバー ネイビー", 1480),
                         ("瞑想クッション専用 そば殻 詰め替え 1kg", 980), ("座布団 瞑想クッション対応 ネイビー", 1980)),
    "bolster": items(f"{YG} > ボルスター", ("ボルスター 長方形 ヨガ 綿 ネイビー", 4980),
                     ("Yoga Bolster, Round, Buckwheat, Grey", 5480)),
    "bolstercover": items(f"{YG} > ボルスター", ("ボルスターカバー 長方形 綿100% ネイビー", 1980),
                          ("ボルスター用 カバー 丸型 替えカバー グレー", 1780), ("ボルスターカバー 洗える リネン ベージュ", 2280)),
    "ball": items(f"{YG} > バランスボール", ("バランスボール 65cm アンチバースト グレー", 1980),
                  ("バランスボール 55cm 厚手 ブルー", 1680), ("Exercise Ball, 75cm, Anti-Burst, Black", 2480)),
    "pump": items(f"{YG} > バランスボール", ("ハンドポンプ バランスボール用 ダブルアクション", 780),
                  ("電動ポンプ バランスボール ヨガボール対応 USB", 1980), ("フットポンプ バランスボール用 空気入れ", 980)),
    "wheel": items(f"{PROPS} > Yoga Wheels", ("Yoga Wheel, 13 inch, Back Stretcher, Purple", 3280),
                   ("Yoga Wheel Set, 3 Sizes, Cork", 5980), ("ヨガホイール 直径33cm 背中 ストレッチ", 2980)),
    "ring": items(f"{PROPS} > Pilates Rings", ("Pilates Ring, 14 inch, Dual Grip, Purple", 1980),
                  ("Pilates Ring, Magic Circle, Foam Pads", 2480), ("ピラティスリング 38cm ダブルハンドル", 1780)),
    "belt": items(f"{PROPS} > Yoga Straps", ("Yoga Strap, 8ft, D-Ring, Cotton, Grey", 980),
                  ("Yoga Strap with 10 Loops, Stretching", 1280), ("ヨガベルト コットン Dリング 250cm", 880)),
    "block": items(f"{PROPS} > Yoga Blocks", ("ヨガブロック EVA 高密度 2個セット", 1480), ("ヨガブロック コルク 天然素材", 2480),
                   ("ヨガブロック 軽量 フォーム パープル", 980)),
    "mat": items(f"{YG} > ヨガマット", ("ヨガマット 6mm TPE 滑り止め ネイビー", 2480), ("ヨガマット 天然ゴム 4mm 黒", 5980)),
}

T, TE = "テニス", "Tennis"

TENNIS = {
    "racket": items(f"{T} > ラケット", ("テニスラケット 硬式 ガット張り上げ済み 270g ブルー", 8980),
                    ("軟式テニスラケット ソフトテニス 前衛用 ブルー", 6980),
                    ("Tennis Racket, Graphite, 100 sq in, Blue", 12800), ("硬式テニスラケット 初心者 ブラック", 4980)),
    "racket_acc": items(f"{T} > ラケット > ラケット小物", ("テニスラケット用 振動止め ブルー 2個", 580),
                        ("テニスラケット専用 エッジガード テープ ブルー", 880),
                        ("ガット テニスラケット対応 ナイロン 12m ブルー", 1280)),
    "net": items(f"{T} > コート用品 > ネット", ("テニスネット 硬式 公式サイズ 12.8m", 15800),
                 ("ソフトテニス ネット 公式 ポリエチレン", 12800), ("テニスネット 練習用 ポータブル 6m 支柱付き", 8980)),
    "net_acc": items(f"{T} > コート用品 > ネット", ("テニスネット用 センターベルト 調整金具付き", 2480),
                     ("テニスネット専用 ワイヤーロープ 交換用 13m", 3980), ("テニスネット対応 ネット巻き器 ハンドル", 5980)),
    "ball": items(f"{T} > ボール", ("テニスボール 硬式 プレッシャー 4球 缶", 980), ("ソフトテニスボール 公認球 1ダース 白", 3480),
                  ("Tennis Balls, Pressurized, Extra Duty, Can of 3", 780)),
    "ballholder": items(f"{T} > ボール > ボール用品", ("テニス ボールホルダー 腰 クリップ式 2個入", 980),
                        ("ボールホルダー リストバンド型 1球 黒", 780), ("Tennis Ball Holder, Waist Clip, Holds 2 Balls", 1280)),
    "basket": items(f"{T} > コート用品 > ボールカゴ", ("テニス ボールカゴ キャスター付き 80球", 6980),
                    ("ボールカゴ 折りたたみ 60球 ボール拾い", 4980), ("ボールカゴ 自立式 ハンドル付き 72球", 5480)),
    "grip": items(f"{TE} > Grips", ("Overgrip, Tacky, 3 Pack, White", 780), ("Ultra Thin Overgrip, 30 Pack, Black", 3980),
                  ("オーバーグリップ ドライタイプ 3本入 ホワイト", 880)),
    "bag": items(f"{TE} > Bags", ("Tennis Bag, 6 Racket, Thermal Lined, Black", 8980),
                 ("Tennis Backpack, Shoe Compartment, Navy", 6980), ("テニスバッグ ラケット2本収納 リュック 黒", 5980)),
    "headband": items(f"{TE} > Apparel > Headbands", ("Headband, Terry Cotton, Sweat Absorbing, White", 680),
                      ("Sports Headband, Non-Slip, 3 Pack", 1280), ("ヘッドバンド テニス 吸汗速乾 パイル 黒", 780)),
    "shoes": items(f"{TE} > Shoes", ("テニスシューズ オールコート メンズ 白 26.5cm", 7980),
                   ("テニスシューズ オムニ・クレーコート用 レディース ネイビー", 8980), ("ジュニア テニスシューズ 軽量 ホワイト", 4980)),
    "noise": each(("リストバンド 2個組 パイル 白", f"{TE} > Apparel > Wristbands", 580),
                  ("サンバイザー テニス 吸汗速乾 白", f"{T} > ウェア", 1980)),
}

SHOPS = {"nutrition": NUTRITION, "swim": SWIM, "yoga": YOGA, "tennis": TENNIS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("swim", "board shorts", "boardshorts", ["shorts"], ["shortboard"]),
    two_types("swim", "short board", "shortboard", ["board"], ["boardshorts"]),
    two_types("swim", "fin straps", "finstrap", ["strap"], ["strapfin"]),
    two_types("swim", "strap fins", "strapfin", ["fin"], ["finstrap"]),
    # --- 2. a leading product word that modifies the head
    qualifies("nutrition", "protein bar", ["proteinbar"], ["powder"]),
    qualifies("nutrition", "creatine gummies", ["creatinegum"], ["creatine"]),
    qualifies("nutrition", "electrolyte tablets", ["electab"], ["electrolyte"]),
    qualifies("swim", "fin socks", ["finsocks"], ["fin", "strapfin"]),
    qualifies("swim", "snorkel bag", ["snorkelbag"], ["snorkel"]),
    qualifies("yoga", "ボルスター カバー", ["bolstercover"], ["bolster"]),
    qualifies("yoga", "バランスボール ポンプ", ["pump"], ["ball"]),
    qualifies("tennis", "ボールホルダー", ["ballholder"], ["ball"]),
    qualifies("tennis", "ボールカゴ", ["basket"], ["ball"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("nutrition", "shaker bottle", ["shaker"], ["shaker_acc"]),
    accessories("nutrition", "squeeze bottle", ["squeeze"], ["squeeze_acc"]),
    accessories("nutrition", "energy gels", ["gel"], ["gel_acc"]),
    accessories("swim", "kickboard", ["kickboard"], ["kick_acc"]),
    accessories("swim", "surfboard", ["shortboard", "board.surf"], ["surf_acc"]),
    accessories("yoga", "ストレッチポール", ["stretchpole"], ["pole_acc"]),
    accessories("yoga", "瞑想クッション", ["cushion"], ["cushion_acc"]),
    accessories("tennis", "テニスラケット", ["racket"], ["racket_acc"]),
    accessories("tennis", "テニスネット", ["net"], ["net_acc"]),
    # black shaker bottles: Ironline 12, compartment 15, stainless 29 (a blue one 8, a grey electric 24;
    # black parts 4-7)
    price("nutrition", "cheap black shaker bottle", "shaker-0", ["shaker_acc"]),
    # blue kickboards: EVA 15, Tidewell junior 12, 2-in-1 18 (a yellow one 9; blue bag 7, blue rack 25)
    price("swim", "budget blue kickboard", "kickboard-1", ["kick_acc"]),
    # black snorkels: dry top 29, frontal 22 (a blue flexible one 14; black keeper clips 5, purge valve 6)
    price("swim", "cheap black snorkel", "snorkel-2", ["snorkel_acc"]),
    # black stretch poles: 98cm 3980, 90cm 2280, half cut pair 2680, English 3480 (a pink one 1980;
    # black cover 980, black bag 1280)
    price("yoga", "激安 黒 ストレッチポール", "stretchpole-1", ["pole_acc"]),
    # navy meditation cushions: round 3980, crescent 3480, English 4580 (a brown one 2980; navy cover 1480,
    # navy zabuton 1980, refill 980)
    price("yoga", "格安 ネイビー 瞑想クッション", "cushion-1", ["cushion_acc"]),
    # blue rackets: hard-ball 8980, soft-tennis 前衛用 6980, English 12800 (a black one 4980; blue accessories
    # 580-1280)
    price("tennis", "お手頃 ブルー テニスラケット", "racket-1", ["racket_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("yoga", "ヨガホイール", "wheel"),
    mixed("yoga", "ピラティスリング", "ring"),
    mixed("yoga", "ヨガベルト", "belt"),
    mixed("yoga", "yoga blocks", "block"),
    mixed("tennis", "オーバーグリップ", "grip"),
    mixed("tennis", "テニスバッグ", "bag"),
    mixed("tennis", "ヘッドバンド", "headband"),
    mixed("tennis", "tennis shoes", "shoes"),
]

_HEADBAND = ("a リストバンド and a リストバンド型 ball holder 2nd and 3rd, the English 'Headband' imports only 4th-5th")
LIMITS: dict = {
    ("blind129", "mixed:tennis:ヘッドバンド", setup): _HEADBAND
    for setup in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind129(q: Q, setup: str, known_limit):
    known_limit("blind129")
    check(q, setup, ENGINES)


def test_blind129_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "blue": "Blue", "黒": "Black", "ネイビー": "Navy",
                                 "ブルー": "Blue"})
