"""A hundred-and-eighth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: dental
and oral care (English), men's shaving, grooming and hair removal (English), Japanese oral care
オーラルケア (floss, mouthpieces, oral irrigators; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords) and Japanese men's beauty
メンズ美容 (body trimmers, shaver care, pomade, aftershave, deodorant; with English-titled imports
too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (for フロス ホルダー only the exact items above the
   ホルダーフロス ones: whether a toothbrush holder beats holder floss there is debatable);
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

Written blind on 2026-12-01 (108th suite), as a measurement only (nothing changed for it):
87 of 90 cases pass, 35 of 36 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 8/8, 19/19; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22); the 3 failing
cases (ウォーターフロッサー over the oral irrigators, in all its setups: nothing returned) are
strict xfails (`LIMITS`, through `conftest.known_limit`).

After (an English wa is also said wo, as loanwords write it: ウォーター is "water", so the katakana
compound reads as the "water flosser" the titles say; the sixteenth session): ウォーターフロッサー
passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

OC = "Oral Care"
FLOSS, GUARD = f"{OC} > Floss", f"{OC} > Mouth Guards"

DENTAL = {
    "toothbrush": items(f"{OC} > Toothbrushes", ("Brightleaf Bamboo Toothbrushes, Soft Bristles, 4 Pack", 9),
                        ("Dentra Compact Head Toothbrush, Medium, 6 Pack, Assorted", 7),
                        ("Brightleaf Sonic Electric Toothbrush, 5 Modes, White", 49)),
    "sanitizer": items(f"{OC} > Toothbrush Care", ("Brightleaf UV Toothbrush Sanitizer, Wall Mount, 4 Slots, White", 34),
                       ("Portable Toothbrush Sanitizer, USB Rechargeable, Travel Size, Grey", 19),
                       ("UV-C Toothbrush Sanitizer and Holder, 5 Slots, Black", 29)),
    "floss": items(f"{FLOSS} > Dental Floss", ("Dentra Waxed Dental Floss, Mint, 50m, 3 Pack", 6),
                   ("Expanding Floss, Unwaxed, 200m", 5), ("Brightleaf Silk Floss, Refillable Glass Vial, 30m", 12)),
    "flosspick": items(f"{FLOSS} > Floss Picks", ("Dentra Floss Picks, Mint, 150 Count", 5),
                       ("Kids Floss Picks, Fruit Flavour, 90 Count", 4),
                       ("Brightleaf Compostable Floss Picks, 100 Pack", 8)),
    "flosser": items(f"{OC} > Water Flossers", ("Aquaflo Cordless Water Flosser, 300ml, 5 Modes, White", 49),
                     ("Aquaflo Countertop Water Flosser, 600ml, 10 Pressure Settings, White", 69),
                     ("Portable Water Flosser, IPX7, Travel, Grey", 29),
                     ("Dentra Water Flosser, Rechargeable, 240ml, White", 39),
                     ("Compact Water Flosser, Collapsible Tank, Black", 34)),
    "flosser_acc": items(f"{OC} > Water Flossers > Flosser Accessories",
                         ("Replacement Tips for Water Flossers, 8 Pack, White", 12),
                         ("Aquaflo Water Flosser Replacement Reservoir, 300ml", 15),
                         ("Orthodontic Tips for Aquaflo Water Flossers, 4 Pack", 11),
                         ("Wall Holder for Cordless Water Flosser, White", 9)),
    "nightguard": items(f"{GUARD} > Night Guards", ("Dentra Night Guard for Teeth Grinding, Mouldable, 4 Pack", 19),
                        ("Custom-Fit Night Guard, Dual Layer, Clear", 29), ("Slim Night Guard, Upper Teeth, BPA-Free", 24)),
    "guardcase": items(f"{GUARD} > Guard Care", ("Night Guard Case, Vented, Blue", 6),
                       ("Dentra Night Guard Case, Slim, 2 Pack, Clear", 8),
                       ("Hard Shell Case for Night Guards and Retainers, Black", 9)),
    "guard_acc": items(f"{GUARD} > Guard Care", ("Cleaning Tablets for Night Guards and Retainers, 120 Count", 14),
                       ("Night Guard Cleaning Brush, Travel", 5)),
    "noise": each(("Brightleaf Whitening Toothpaste, Fluoride, 2 x 100ml", f"{OC} > Toothpaste", 7),
                  ("Alcohol-Free Mouthwash, Cool Mint, 500ml", f"{OC} > Mouthwash", 6),
                  ("Stainless Steel Tongue Scraper, 2 Pack", f"{OC} > Tongue Care", 8)),
}

MG = "Men's Grooming"
BATH, WAX, SHAVE = f"{MG} > Bath & Body", f"{MG} > Hair Removal", f"{MG} > Shaving"

GROOM = {
    "soappump": items(f"{BATH} > Dispensers", ("Oakmoss Soap Pump Dispenser, Brushed Steel, 350ml", 24),
                      ("Glass Soap Pump, Amber, 500ml, Refillable", 14), ("Wall-Mounted Soap Pump, Matte Black", 29)),
    "pump": items(f"{BATH} > Dispensers", ("Lotion Pump Dispenser, Ceramic, Grey, 400ml", 19),
                  ("Foam Pump Dispenser, 250ml, Clear", 9)),
    "pumpsoap": items(f"{BATH} > Soap", ("Oakmoss Pump Soap, Cedar & Vetiver, 500ml", 12),
                      ("Charcoal Pump Soap, Hand & Body, 300ml", 8), ("Sport Pump Soap, Menthol, 1L", 15)),
    "soap": items(f"{BATH} > Soap", ("Oakmoss Bar Soap, Sandalwood, 3 x 100g", 11),
                  ("Charcoal Soap Bar, Exfoliating, 120g", 6), ("Liquid Hand Soap Refill, Unscented, 1L", 9)),
    "soapsaver": items(f"{BATH} > Soap Savers", ("Sisal Soap Saver Bag, 2 Pack", 6),
                       ("Silicone Soap Saver Pad, Draining, Black", 5), ("Cedar Soap Saver Deck, Self-Draining", 9)),
    "stripwax": items(f"{WAX} > Wax", ("Smoothline Strip Wax, Microwaveable, 400g", 14),
                      ("Soft Strip Wax, Honey, 800ml Tin", 19), ("Roll-On Strip Wax Cartridges, 100ml, 2 Pack", 11)),
    "wax": items(f"{WAX} > Wax", ("Warm Hair Removal Wax, Azulene, 800ml Tin", 13),
                 ("Smoothline Sugar Wax, Hair Removal Paste, 350g", 16)),
    "waxstrip": items(f"{WAX} > Strips", ("Smoothline Men's Body Wax Strips, 20 Strips", 12),
                      ("Cold Wax Strips, Legs & Chest, 40 Pack", 15), ("Facial Wax Strips, Sensitive, 24 Count", 9)),
    "strip": items(f"{WAX} > Strips", ("Non-Woven Epilating Strips, 100 Pack", 7),
                   ("Muslin Cloth Strips, 7.5 x 22cm, 250 Pack", 9)),
    "shavingbrush": items(f"{SHAVE} > Shaving Brushes", ("Oakmoss Badger Shaving Brush, 22mm Knot, Black Handle", 34),
                          ("Synthetic Shaving Brush, Vegan, Black", 18), ("Boar Bristle Shaving Brush, Beech Handle", 12),
                          ("Silvertip Shaving Brush, Resin Handle, Black", 49)),
    "brush_acc": items(f"{SHAVE} > Brush Accessories", ("Shaving Brush Stand, Drip Dry, Black", 9),
                       ("Replacement Knot for Shaving Brushes, 24mm, Synthetic", 11),
                       ("Travel Tube for Shaving Brush, Black", 7), ("Stand for Shaving Brush and Razor, Chrome", 14)),
    "nosetrimmer": items(f"{MG} > Trimmers > Nose Trimmers", ("Trimwell Nose Hair Trimmer, Battery, Washable, Silver", 15),
                         ("Nose & Ear Hair Trimmer, USB Rechargeable, Black", 22),
                         ("Manual Nose Hair Trimmer, Stainless Steel, Silver", 11),
                         ("Trimwell Pro Nose Hair Trimmer, Dual Edge, Black", 27),
                         ("Mini Nose Hair Trimmer, AA Battery, Black", 9)),
    "nose_acc": items(f"{MG} > Trimmers > Trimmer Parts", ("Replacement Blade Head for Trimwell Nose Hair Trimmer", 8),
                      ("Cleaning Brush for Nose Hair Trimmers, 2 Pack", 4),
                      ("Nose Hair Trimmer Replacement Cap, Silver", 3)),
    "towelwarmer": items(f"{SHAVE} > Hot Towels", ("Barberline Towel Warmer, 23L, UV Sterilizer, Black", 89),
                         ("Mini Towel Warmer, 5L, Hot Towel Cabinet, White", 49), ("Towel Warmer Cabinet, 16L, Stainless", 69)),
    "towel": items(f"{SHAVE} > Hot Towels", ("Barberline Hot Towels, Cotton, 12 Pack, White", 19),
                   ("Black Barber Towels, Bleach-Proof, 6 Pack", 24), ("Bamboo Face Towels, 4 Pack, Grey", 14)),
}

J = "オーラルケア"

ORAL = {
    "flossholder": items(f"{J} > デンタルフロス > フロスホルダー", ("フロスホルダー 本体 付け替え式 糸巻き 白", 880),
                         ("フロスホルダー Y字 ロングハンドル 替え糸付き", 780), ("フロス ホルダー 携帯 折りたたみ ブルー", 680)),
    "holderfloss": items(f"{J} > デンタルフロス > 糸ようじ", ("ホルダーフロス Y字型 奥歯 50本入", 398),
                         ("ホルダーフロス F字型 前歯 60本 ミント", 358), ("ホルダー フロス 糸ようじタイプ 100本 大容量", 598)),
    "floss": items(f"{J} > デンタルフロス", ("デンタルフロス ワックス付き ミント 50m", 298),
                   ("デンタルフロス ノンワックス 膨らむ 40m 2個", 498)),
    "mouthpiece": items(f"{J} > マウスピース", ("マウスピース 歯ぎしり 防止 就寝用 成型タイプ 2個 透明", 1480),
                        ("マウスピース 食いしばり 上下セット 透明", 1980), ("マウスピース スポーツ 1.5mm 透明", 980),
                        ("マウスピース スポーツ 2.0mm 黒", 780)),
    "mpcase": items(f"{J} > マウスピース > ケース・洗浄", ("マウスピース ケース 通気孔付き 携帯 ブルー", 380),
                    ("マウスピース用 ケース 抗菌 2個セット 透明", 480), ("マウスピースケース 大容量 リテーナー対応 白", 550)),
    "mp_acc": items(f"{J} > マウスピース > ケース・洗浄", ("マウスピース用 洗浄剤 発泡タイプ 108錠", 880),
                    ("マウスピース専用 ブラシ 洗浄 透明 2本", 380)),
    "irrigator": items(f"{J} > 口腔洗浄器", ("口腔洗浄器 コードレス 300ml 5モード 白", 4980),
                       ("口腔洗浄器 据え置き 600ml 10段階 白", 6980), ("ジェットウォッシャー 口腔洗浄器 携帯 防水 グレー", 2980),
                       ("口腔洗浄器 ウォーターフロス 充電式 240ml IPX7 白", 3980),
                       ("Aquaflo Water Flosser, Cordless, 300ml, White", 4480)),
    "irrigator_acc": items(f"{J} > 口腔洗浄器 > 交換パーツ", ("口腔洗浄器用 替えノズル 4本 白", 680),
                           ("口腔洗浄器専用 タンク 300ml 交換用", 980), ("口腔洗浄器対応 矯正用ノズル 2本 白", 580),
                           ("Replacement Tips for Water Flossers, 6 Pack, White", 780)),
    "tongue": items(f"{OC} > Tongue Cleaners", ("舌ブラシ やわらか 口臭ケア 2本", 398), ("舌クリーナー ステンレス U字型", 680),
                    ("Tongue Scraper, Stainless Steel, 2 Pack", 780), ("舌みがき 舌ブラシ 極細毛 ブルー", 350)),
    "mouthwash": items(f"{OC} > Mouthwash", ("マウスウォッシュ ノンアルコール 低刺激 1000ml", 698),
                       ("Alcohol-Free Mouthwash, Cool Mint, 500ml", 880), ("洗口液 薬用 殺菌 口臭予防 500ml", 598),
                       ("Fluoride Mouthwash, Enamel Care, 473ml", 980)),
    "whitening": items(f"{OC} > Whitening", ("Teeth Whitening Strips, 14 Treatments, Enamel Safe", 2980),
                       ("ホワイトニング シート 歯 14日分", 2480), ("Teeth Whitening Pen, Peroxide-Free, 2 Pack", 1980),
                       ("歯 ホワイトニング ジェル LEDライト付き", 3480)),
    "noise": each(("歯ブラシホルダー 壁掛け 吸盤 5本掛け 白", f"{J} > 洗面小物", 980),
                  ("コップホルダー マグネット 洗面所 白", f"{J} > 洗面小物", 1280),
                  ("歯磨き粉 フッ素 1450ppm ミント 90g", f"{J} > 歯磨き粉", 398)),
}

MB, ME = "メンズ美容", "Men's Grooming"

MENS = {
    "bodytrimmer": items(f"{MB} > ボディトリマー", ("ボディトリマー メンズ 全身 防水 充電式 黒", 3980),
                         ("ボディトリマー 水洗い可 セラミック刃 アタッチメント3種付き シルバー", 2980),
                         ("ボディトリマー 乾電池式 コンパクト 黒", 1980), ("ボディトリマー 乾電池式 ミニ 白", 1480),
                         ("Men's Body Trimmer, Cordless, Waterproof, Black", 4480)),
    "bodytrimmer_acc": items(f"{MB} > ボディトリマー > 替刃・パーツ", ("ボディトリマー用 替刃 セラミック 黒", 980),
                             ("ボディトリマー専用 アタッチメント 3mm 6mm 黒", 680), ("ボディトリマー対応 充電スタンド 黒", 1280),
                             ("替刃 ボディトリマー用 2個入", 1580)),
    "shaver": items(f"{MB} > シェーバー", ("電気シェーバー メンズ 3枚刃 回転式 防水 黒", 5980),
                    ("シェーバー 5枚刃 往復式 充電式 シルバー", 12800), ("シェーバー 3枚刃 USB充電 コンパクト 黒", 3980)),
    "cleaningfluid": items(f"{MB} > シェーバー > お手入れ", ("シェーバー 洗浄液 カートリッジ 3個入", 2480),
                           ("シェーバー 洗浄液 スプレー 刃 除菌 100ml", 980), ("シェーバー用 洗浄液 詰め替え 500ml", 1280)),
    "facialdevice": items(f"{MB} > 美顔器", ("美顔器 メンズ EMS 温冷 RF 黒", 9800), ("美顔器 超音波 イオン導入 ヒゲ剃り後ケア", 6980),
                          ("美顔器 リフトアップ ローラー 防水 シルバー", 4980)),
    "facial_acc": items(f"{MB} > 美顔器 > 美顔器用品", ("美顔器用 ジェル 300g 保湿", 1980), ("美顔器専用 替えヘッド 2個", 1480),
                        ("充電ケーブル 美顔器対応 USB 1m", 680)),
    "pomade": items(f"{ME} > Hair Styling > Pomade", ("ポマード 水性 ハード 130g 無香料", 1280),
                    ("Water-Based Pomade, Strong Hold, Matte, 113g", 1980), ("ポマード 油性 クラシック ツヤ 100g", 980),
                    ("Oil-Based Pomade, High Shine, 4oz", 1680)),
    "pomadecomb": items(f"{MB} > ヘアブラシ・コーム", ("ポマードコーム 細歯 セルロース 黒", 880),
                        ("ポマード コーム 粗歯 オールバック べっ甲", 1280), ("ポマード用 コーム 折りたたみ ステンレス", 1480)),
    "aftershave": items(f"{ME} > Shaving > Aftershave", ("アフターシェーブローション 敏感肌 120ml", 1480),
                        ("Aftershave Balm, Sensitive Skin, Alcohol-Free, 100ml", 1880),
                        ("Cooling Aftershave Splash, Menthol, 125ml", 1580), ("アフターシェーブ バーム 保湿 メンズ 80g", 1280)),
    "beardoil": items(f"{ME} > Beard Care > Beard Oil", ("ビアードオイル 無香料 30ml ヒゲ 保湿", 1680),
                      ("ヒゲ オイル シダーウッド 30ml スポイト付き", 1480), ("ビアードオイル ベルガモット 50ml", 1980)),
    "deodorant": items(f"{MB} > 制汗・デオドラント", ("制汗スプレー メンズ 無香料 150g", 698),
                       ("Antiperspirant Deodorant Stick, 48h, Fresh, 75ml", 980), ("制汗 ロールオン ワキ 50ml", 598),
                       ("Aluminium-Free Deodorant, Cedar & Sage, 85g", 1280)),
}

SHOPS = {"dental": DENTAL, "groom": GROOM, "oral": ORAL, "mens": MENS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("groom", "soap pump", "soappump", ["pump"], ["pumpsoap"]),
    two_types("groom", "pump soap", "pumpsoap", ["soap"], ["soappump"]),
    two_types("groom", "strip wax", "stripwax", ["wax"], ["waxstrip"]),
    two_types("groom", "wax strips", "waxstrip", ["strip"], ["stripwax"]),
    two_types("oral", "フロス ホルダー", "flossholder", [], ["holderfloss"]),
    two_types("oral", "ホルダー フロス", "holderfloss", ["floss"], ["flossholder"]),
    # --- 2. a leading product word that modifies the head
    qualifies("dental", "floss picks", ["flosspick"], ["floss"]),
    qualifies("dental", "toothbrush sanitizer", ["sanitizer"], ["toothbrush"]),
    qualifies("dental", "night guard case", ["guardcase"], ["nightguard"]),
    qualifies("groom", "towel warmer", ["towelwarmer"], ["towel"]),
    qualifies("groom", "soap saver", ["soapsaver"], ["soap"]),
    qualifies("oral", "マウスピース ケース", ["mpcase"], ["mouthpiece"]),
    qualifies("mens", "シェーバー 洗浄液", ["cleaningfluid"], ["shaver"]),
    qualifies("mens", "ポマード コーム", ["pomadecomb"], ["pomade"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("dental", "water flosser", ["flosser"], ["flosser_acc"]),
    accessories("dental", "night guard", ["nightguard"], ["guardcase", "guard_acc"]),
    accessories("groom", "shaving brush", ["shavingbrush"], ["brush_acc"]),
    accessories("groom", "nose hair trimmer", ["nosetrimmer"], ["nose_acc"]),
    accessories("oral", "マウスピース", ["mouthpiece"], ["mpcase", "mp_acc"]),
    accessories("oral", "口腔洗浄器", ["irrigator"], ["irrigator_acc"]),
    accessories("mens", "ボディトリマー", ["bodytrimmer"], ["bodytrimmer_acc"]),
    accessories("mens", "美顔器", ["facialdevice"], ["facial_acc"]),
    # white water flossers: cordless 49, countertop 69, Dentra 39 (a grey one 29, a black one 34; white
    # accessories 9-12)
    price("dental", "budget white water flosser", "flosser-3", ["flosser_acc"]),
    # black shaving brushes: badger 34, synthetic 18, silvertip 49 (a beech-handled boar one 12; black
    # accessories 7-9)
    price("groom", "cheap black shaving brush", "shavingbrush-1", ["brush_acc"]),
    # silver nose hair trimmers: Trimwell 15, manual 11 (black ones 9-27; a silver cap 3)
    price("groom", "cheap silver nose hair trimmer", "nosetrimmer-2", ["nose_acc"]),
    # white irrigators: cordless 4980, countertop 6980, ウォーターフロス 3980, English 4480 (a grey one 2980;
    # white parts 580-780)
    price("oral", "格安 白 口腔洗浄器", "irrigator-3", ["irrigator_acc"]),
    # clear mouthpieces: night 1480, clench 1980, sports 1.5mm 980 (a black sports one 780; clear case 480,
    # clear brush 380)
    price("oral", "安い 透明 マウスピース", "mouthpiece-2", ["mpcase", "mp_acc"]),
    # black body trimmers: 3980, battery compact 1980, English 4480 (a white mini 1480; black parts 680-1280)
    price("mens", "激安 黒 ボディトリマー", "bodytrimmer-2", ["bodytrimmer_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("oral", "マウスウォッシュ", "mouthwash"),
    mixed("oral", "ホワイトニング", "whitening"),
    mixed("oral", "ウォーターフロッサー", "irrigator"),
    mixed("oral", "tongue scraper", "tongue"),
    mixed("mens", "ポマード", "pomade"),
    mixed("mens", "アフターシェーブ", "aftershave"),
    mixed("mens", "デオドラント", "deodorant"),
    mixed("mens", "beard oil", "beardoil"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind108(q: Q, setup: str, known_limit):
    known_limit("blind108")
    check(q, setup, ENGINES)


def test_blind108_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "透明": "Clear", "white": "White", "black": "Black",
                                 "silver": "Silver"})
