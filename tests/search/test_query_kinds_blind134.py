"""A hundred-and-thirty-fourth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: goat,
sheep and dairy farm supplies (English: bucket brushes and brush buckets, bottle nipples and
nipple bottles, milking machines, milk filters, fence testers, hoof trimmers), a saltwater reef aquarium
shop (English: protein skimmers and skimmer cups, wavemakers, frag racks, coral glue,
refractometers), Japanese horse riding goods 乗馬用品 (part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords) and Japanese beetle and
stag-beetle keeping goods 昆虫飼育用品 (カブトムシ・クワガタ, with English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (a hundred-and-thirty-fourth suite), as a measurement only (nothing
changed for it): 86 of 89 cases pass, 35 of 36 queries in every setup (two_types 4/4 queries, 8/8
cases; qualifies 8/8, 19/19; accessories 9/9, 22/22; price 6/6, 15/15; mixed 8/9, 22/25); the 3
failing cases (one query, ハーフチャップス, in all its setups: only the Japanese-titled half chaps
come back, the two English "Half Chaps" imports are not shown) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
After (an l English leaves unsaid, "half", "palm", "folk", is read so, and the ph, gh, ck and qu
rules a comment had swallowed since the sixteenth session are back; the seventeenth session):
ハーフチャップス passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F = "Farm & Ranch"
CLEAN, GROOM, FEED, FENCE = f"{F} > Barn Cleaning", f"{F} > Grooming", f"{F} > Feeding", f"{F} > Electric Fencing"
DAIRY, HOOF, ID = f"{F} > Dairy", f"{F} > Hoof Care", f"{F} > Identification"

FARM = {
    "bucketbrush": items(f"{CLEAN} > Brushes", ("Stiff Bucket Brush, Long Handle, Nylon Bristles", 9),
                         ("Trough & Bucket Brush, Poly Bristles, Yellow", 12),
                         ("Heavy-Duty Bucket Brush, Hand-Held, Blue", 7)),
    "brush": items(f"{GROOM} > Brushes", ("Stiff Dandy Brush for Cattle & Goats, Wood Back", 11),
                   ("Show Cattle Body Brush, Soft Bristles", 14), ("Rubber Curry Brush, Livestock, Oval", 6)),
    "brushbucket": items(f"{GROOM} > Grooming Totes", ("Brush Bucket, Grooming Tote with Handle, 12 qt, Green", 24),
                         ("Show Brush Bucket with Divider, Cattle & Goats, Purple", 29)),
    "bucket": items(f"{FEED} > Buckets", ("Flat Back Bucket, 20 qt, Blue", 14), ("Feed Bucket, 8 qt, Hook-Over, Blue", 9),
                    ("Rubber Water Bucket, 5 Gallon, Black", 16), ("Heated Water Bucket, 5 Gallon, Blue", 39),
                    ("Feed Bucket, 4 qt, Red", 6)),
    "bucket_acc": items(f"{FEED} > Bucket Hooks & Parts", ("Double Bucket Hook, Snap, Blue", 5),
                        ("Replacement Handle for Buckets, Metal", 3),
                        ("Bucket Lid, Snap-On, for 20 qt Buckets, Blue", 6)),
    "bottlenipple": items(f"{FEED} > Bottle Feeding", ("Bottle Nipples, Screw-On, Lamb & Kid, 3 Pack", 6),
                          ("Calf Bottle Nipple, Replacement, Red", 4)),
    "nipple": items(f"{FEED} > Bottle Feeding", ("Pritchard Teat Nipple, Lamb, Red, 5 Pack", 8),
                    ("Soft Rubber Nipple, Kid Goat, Black", 3)),
    "nipplebottle": items(f"{FEED} > Bottle Feeding", ("Nipple Bottle, Lamb & Kid, 16 oz, with Nipple", 7),
                          ("Calf Nipple Bottle, 2 Quart, Screw Cap", 12)),
    "bottle": items(f"{FEED} > Bottle Feeding", ("Calf Nursing Bottle, 2 Quart, Graduated", 9),
                    ("Lamb Feeding Bottle, 500ml, Squeeze", 6)),
    "milker": items(f"{DAIRY} > Milking Machines", ("Goat Milking Machine, Portable, Electric, 1 Bucket", 299),
                    ("Hand Pump Milking Machine for Goats & Cows", 49),
                    ("Cow Milking Machine, 25L Bucket, Pulsator", 549)),
    "milker_acc": items(f"{DAIRY} > Milking Machine Parts",
                        ("Replacement Teat Cups for Milking Machines, 2 Pack", 39),
                        ("Milking Machine Replacement Tubing, Silicone, 10ft", 19),
                        ("Pulsator for Milking Machines, 60 PPM", 69)),
    "milkfilter": items(f"{DAIRY} > Milk Handling", ("Milk Filter Discs, 6.5in, 100 Pack", 12),
                        ("Milk Filters, Sock Type, 22in, 100 Count", 18), ("Milk Filter Funnel Discs, 4in, 300 Count", 15)),
    "milk": items(f"{FEED} > Milk Replacer", ("Lamb Milk Replacer, 25 lb", 69), ("Kid Goat Milk Replacer, 8 lb", 39)),
    "fence": items(f"{FENCE} > Electric Netting", ("Electric Goat Fence Netting, 164ft, 42in", 189),
                   ("Sheep & Goat Electric Netting Fence, 100ft", 149)),
    "fencetester": items(f"{FENCE} > Testers", ("Digital Fence Tester, 10,000V", 29),
                         ("Fence Tester, 5-Light Neon, Pocket Size", 12),
                         ("Fence Tester & Fault Finder, Digital Display", 79)),
    "hooftrim": items(f"{HOOF} > Hoof Trimmers", ("Hoof Trimmers, Straight Blade, Orange Handles", 19),
                      ("Bypass Hoof Trimmers for Goats & Sheep, Orange", 24),
                      ("Heavy-Duty Hoof Trimmers, Curved Blade, Red", 29),
                      ("Hoof Trimmers, Serrated Blade, Orange Grip", 16), ("Hoof Trimmers, Compact, Red", 14)),
    "hoof_acc": items(f"{HOOF} > Trimmer Accessories",
                      ("Replacement Blades for Hoof Trimmers, Orange, 2 Pack", 9),
                      ("Hoof Trimmer Sharpening Stone", 8), ("Holster for Hoof Trimmers, Leather, Orange", 11)),
}

R = "Saltwater Aquarium"
FILT, FLOW, SCAPE, TEST = f"{R} > Filtration", f"{R} > Water Flow", f"{R} > Aquascaping", f"{R} > Testing"

REEF = {
    "skimmer": items(f"{FILT} > Protein Skimmers", ("Reefline Protein Skimmer, In-Sump, 150 Gallon, DC Pump", 299),
                     ("Nano Hang-On Protein Skimmer, 40 Gallon", 89), ("Cone Protein Skimmer, In-Sump, 300 Gallon", 459)),
    "skimmercup": items(f"{FILT} > Skimmer Parts", ("Skimmer Cup, Replacement Collection Cup, 150 Gallon", 39),
                        ("Skimmer Cup with Drain Fitting, Cone Skimmers", 45), ("Nano Skimmer Cup & Lid, Clear", 19)),
    "skimmer_acc": items(f"{FILT} > Skimmer Parts", ("Replacement Pump for Protein Skimmers, 1200 GPH", 119),
                         ("Protein Skimmer Silencer, Air Intake", 9), ("Skimmer Cup Cleaning Brush, Flexible", 7)),
    "wavemaker": items(f"{FLOW} > Wavemakers", ("Reefline Wavemaker, 4000 GPH, WiFi Controller, Black", 149),
                       ("Nano Wavemaker, 1050 GPH, Magnetic Mount, Black", 39),
                       ("Gyre Wavemaker, Cross Flow, 3000 GPH, White", 189), ("Wavemaker Pump, 2100 GPH, Black", 59),
                       ("Mini Wavemaker, 800 GPH, White", 29)),
    "wave_acc": items(f"{FLOW} > Wavemaker Parts", ("Magnet Mount for Wavemakers, Black", 15),
                      ("Wavemaker Replacement Impeller, 4000 GPH", 22),
                      ("Intake Guard Foam for Wavemaker, Black, 3 Pack", 8)),
    "coral": items(f"{R} > Live Corals", ("Green Star Polyp Coral Frag", 29), ("Zoanthid Coral Frag, Rainbow", 39),
                   ("Hammer Coral, Gold Tip, Medium", 89)),
    "coralglue": items(f"{SCAPE} > Glue & Putty", ("Coral Glue Gel, Cyanoacrylate, 20g", 9),
                       ("Coral Glue, Thick Gel, 4 Pack", 24), ("Reef Coral Glue, Fast Setting, 2oz", 14)),
    "fragrack": items(f"{SCAPE} > Frag Racks", ("Magnetic Frag Rack, 15 Holes, Acrylic", 24),
                      ("Frag Rack, Two-Tier, Suction Cups", 19), ("Floating Frag Rack, Adjustable Height", 29)),
    "refract": items(f"{TEST} > Refractometers", ("Salinity Refractometer, ATC, Seawater", 29),
                     ("Digital Salinity Refractometer, Waterproof", 119), ("Reefline Refractometer, Dual Scale, ATC", 45)),
    "refract_acc": items(f"{TEST} > Calibration", ("Calibration Fluid for Refractometers, 35ppt, 30ml", 12),
                         ("Refractometer Replacement Cover Plate & Pipettes", 8)),
    "salt": items(f"{R} > Water Care > Salt Mix", ("Reef Salt Mix, 200 Gallon Bucket", 79), ("Sea Salt Mix, 50 Gallon Bag", 24)),
    "noise": each(("Ceramic Frag Plugs, 50 Pack", f"{SCAPE} > Frag Plugs", 15),
                  ("Aquarium Heater, 200W, Titanium", f"{R} > Heating", 39),
                  ("RO/DI System, 4-Stage, 75 GPD", f"{R} > Water Care > RO/DI", 149)),
}

J, E = "乗馬用品", "Horse Care"

HORSE = {
    "helmet": items(f"{J} > ヘルメット", ("乗馬 ヘルメット 軽量 通気 サイズ調整 黒 M", 12800),
                    ("乗馬用ヘルメット ベルベット 黒 L", 15800), ("Riding Helmet, Adjustable, Ventilated, Black", 9800),
                    ("ヘルメット 乗馬 キッズ サイズ調整 ネイビー", 7800), ("乗馬 ヘルメット MIPS 艶消し 黒 S", 19800)),
    "helmet_acc": items(f"{J} > ヘルメット > ヘルメット小物", ("ヘルメット用 インナーパッド 交換用 黒", 1980),
                        ("ヘルメット専用 あご紐 ハーネス 黒", 2480), ("乗馬ヘルメット対応 収納バッグ 黒", 3280)),
    "helmetcover": items(f"{J} > ヘルメット > ヘルメット小物", ("ヘルメットカバー 乗馬 ベルベット 黒", 2980),
                         ("ヘルメット カバー 防水 レインカバー クリア", 1480), ("ヘルメットカバー グリッター ピンク", 2480)),
    "boots": items(f"{J} > 乗馬ブーツ", ("乗馬ブーツ ロング 本革 黒 24.5cm", 39800), ("乗馬ブーツ ショート ジョッパー 合皮 黒", 9800),
                   ("Long Riding Boots, Synthetic Leather, Brown, 25cm", 14800), ("乗馬ブーツ ジョッパー サイドジップ 茶", 12800),
                   ("乗馬ブーツ 長靴 ゴム 黒", 4980), ("乗馬ブーツ ロング 本革 茶 25cm", 42800)),
    "boot_acc": items(f"{J} > 乗馬ブーツ > ブーツ小物", ("乗馬ブーツ用 ブーツキーパー 茶", 1980),
                      ("乗馬ブーツ専用 交換ジッパー 茶", 1200), ("ブーツ用 防水スプレー 乗馬 革", 1480)),
    "bootbag": items(f"{J} > バッグ", ("ブーツバッグ 乗馬ブーツ用 ロング 黒", 3980), ("ブーツバッグ 撥水 ショートブーツ対応 ネイビー", 2980),
                     ("Boot Bag, Tall Riding Boots, Padded, Black", 4480)),
    "saddle": items(f"{J} > 鞍・サドル", ("サドル 総合鞍 17インチ 本革 茶", 128000),
                    ("Synthetic All Purpose Saddle, 17in, Black", 59800), ("障害 鞍 ジャンプサドル 17.5インチ", 158000)),
    "saddlerack": items(f"{J} > 鞍・サドル > サドルラック", ("サドルラック 壁掛け スチール 黒", 4980),
                        ("サドルラック 折りたたみ 自立式 2段", 12800), ("Saddle Rack, Wall Mount, Powder Coated", 5480)),
    "glove": items(f"{J} > グローブ", ("乗馬 グローブ 合皮 滑り止め 黒 M", 2480), ("Riding Gloves, Leather, Touchscreen, Brown", 3980),
                   ("Riding Gloves, Kids, Pink, S", 1980), ("乗馬用グローブ メッシュ 夏用 白", 1980)),
    "flymask": items(f"{E} > Fly Protection", ("フライマスク 耳付き 馬用 UVカット", 3480), ("Fly Mask with Ears, Horse Size, Grey", 2980),
                     ("Fly Mask, Long Nose, Cob", 3280), ("フライマスク ロングノーズ ポニー", 2980)),
    "chaps": items(f"{J} > チャップス", ("ハーフチャップス 合皮 黒 M", 5980), ("Half Chaps, Suede, Brown, M", 7800),
                   ("Half Chaps, Synthetic, Black, Kids", 4980)),
    "leadrope": items(f"{E} > Lead Ropes", ("引き手 ロープ 綿 2.4m ナスカン付 紺", 2480), ("引き手 リードロープ 編み込み 3m 黒", 2980),
                      ("引き手 チェーン付 ロープ 赤", 3480)),
    "hoofpick": items(f"{E} > Grooming", ("鉄爪 フーフピック ブラシ付き 赤", 580), ("Hoof Pick with Brush, Rubber Grip, Blue", 680),
                      ("フーフピック 折りたたみ ステンレス", 980)),
    "noise": each(("無口 ホルター 馬用 ナイロン 紺", f"{E} > Halters", 2980), ("ゼッケン 総合 キルティング 白", f"{J} > ゼッケン", 4980)),
}

K, B = "昆虫用品", "Beetle Supplies"

INSECT = {
    "case": items(f"{K} > 飼育ケース", ("飼育ケース M 幅28cm 黒", 780), ("飼育ケース L 幅38cm 黒", 1280),
                  ("飼育ケース コバエ防止 S 黒", 580), ("飼育ケース ミニ 緑", 380),
                  ("Insect Breeding Case, Large, Clear, Black Lid", 980)),
    "case_acc": items(f"{K} > 飼育ケース > ケース小物", ("飼育ケース用 フタ 交換用 M 黒", 280), ("飼育ケース専用 仕切り板 M", 220),
                      ("飼育ケース対応 コバエ防止シート 黒 10枚", 330), ("フタ 飼育ケース用 L 黒", 380)),
    "jelly": items(f"{B} > Beetle Jelly", ("昆虫ゼリー 16g 50個 黒糖", 580), ("昆虫ゼリー ワイドカップ 18g 100個 高タンパク", 1280),
                   ("Beetle Jelly, 16g, 60 Cups, Banana", 880), ("昆虫ゼリー 乳酸菌 60個", 780)),
    "jelly_acc": items(f"{B} > Feeding Dishes", ("昆虫ゼリー用 エサ皿 16g 2穴 5個", 380), ("昆虫ゼリー専用 ゼリーカッター", 480),
                       ("エサ皿 昆虫ゼリー対応 18g 木製 3個", 450)),
    "spray": items(f"{K} > 霧吹き", ("霧吹き 細霧 500ml 昆虫 加湿", 480), ("Spray Bottle, Fine Mist, 300ml", 580),
                   ("霧吹き 蓄圧式 連続噴射 1L", 980)),
    "net": items(f"{K} > 採集用品", ("虫取り網 伸縮 1.8m 子供用", 980), ("Insect Net, Telescopic, 40in Handle", 1180),
                 ("虫取り網 ロング 3段 伸縮 網目細かい", 1480)),
    "hygro": items(f"{K} > 保温", ("温湿度計 デジタル 小型 2個", 980), ("Digital Thermo Hygrometer, Mini, 3 Pack", 1080),
                   ("温湿度計 アナログ 丸型", 680)),
    "mat": items(f"{K} > 昆虫マット", ("昆虫マット 10L クヌギ 幼虫用", 880), ("昆虫マット 発酵 カブトムシ 幼虫 40L", 2480),
                 ("Beetle Substrate, Fermented Oak, 10L", 980)),
    "bottle": items(f"{K} > 菌糸ビン", ("菌糸ビン 800cc オオヒラタケ 3本", 1680), ("菌糸ビン 1400cc クワガタ 幼虫用 2本", 1980)),
    "wood": items(f"{K} > 産卵木", ("産卵木 クヌギ Mサイズ 2本", 680), ("産卵木 コナラ Lサイズ 1本", 480)),
    "noise": each(("幼虫飼育カップ 860cc 10個 プリンカップ", f"{K} > 菌糸ビン", 880),
                  ("止まり木 天然木 転倒防止 3本", f"{K} > 小物", 380)),
}

SHOPS = {"farm": FARM, "reef": REEF, "horse": HORSE, "insect": INSECT}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("farm", "bucket brush", "bucketbrush", ["brush"], ["brushbucket"]),
    two_types("farm", "brush bucket", "brushbucket", ["bucket"], ["bucketbrush"]),
    two_types("farm", "bottle nipple", "bottlenipple", ["nipple"], ["nipplebottle"]),
    two_types("farm", "nipple bottle", "nipplebottle", ["bottle"], ["bottlenipple"]),
    # --- 2. a leading product word that modifies the head
    qualifies("farm", "milk filter", ["milkfilter"], ["milk"]),
    qualifies("farm", "fence tester", ["fencetester"], ["fence"]),
    qualifies("reef", "skimmer cup", ["skimmercup"], ["skimmer"]),
    qualifies("reef", "frag rack", ["fragrack"], ["coral"]),
    qualifies("reef", "coral glue", ["coralglue"], ["coral"]),
    qualifies("horse", "ヘルメット カバー", ["helmetcover"], ["helmet"]),
    qualifies("horse", "ブーツ バッグ", ["bootbag"], ["boots"]),
    qualifies("horse", "サドルラック", ["saddlerack"], ["saddle"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("farm", "milking machine", ["milker"], ["milker_acc"]),
    accessories("farm", "hoof trimmers", ["hooftrim"], ["hoof_acc"]),
    accessories("reef", "protein skimmer", ["skimmer"], ["skimmercup", "skimmer_acc"]),
    accessories("reef", "wavemaker", ["wavemaker"], ["wave_acc"]),
    accessories("reef", "refractometer", ["refract"], ["refract_acc"]),
    accessories("horse", "乗馬ヘルメット", ["helmet"], ["helmet_acc", "helmetcover"]),
    accessories("horse", "乗馬ブーツ", ["boots"], ["boot_acc", "bootbag"]),
    accessories("insect", "飼育ケース", ["case"], ["case_acc"]),
    accessories("insect", "昆虫ゼリー", ["jelly"], ["jelly_acc"]),
    # blue buckets: flat back 14, feed 9, heated 39 (a red feed bucket 6; a blue hook 5, a blue lid 6, a blue
    # bucket brush 7)
    price("farm", "cheap blue bucket", "bucket-1", ["bucket_acc", "bucketbrush"]),
    # orange hoof trimmers: straight 19, bypass 24, serrated 16 (a red compact pair 14; orange blades 9, holster 11)
    price("farm", "budget orange hoof trimmers", "hooftrim-3", ["hoof_acc"]),
    # black wavemakers: Reefline 149, nano 39, pump 59 (a white mini 29; black mount 15, black intake foam 8)
    price("reef", "cheap black wavemaker", "wavemaker-1", ["wave_acc"]),
    # black riding helmets: 12800, velvet 15800, English 9800, MIPS 19800 (a navy kids' one 7800; black pads,
    # straps, bags 1980-3280, a black helmet cover 2980)
    price("horse", "格安 黒 乗馬ヘルメット", "helmet-2", ["helmet_acc", "helmetcover"]),
    # brown riding boots: English 14800, jodhpur 茶 12800, long 茶 42800 (a black rubber pair 4980; brown keepers
    # 1980, a brown zip 1200)
    price("horse", "お手頃 茶 乗馬ブーツ", "boots-3", ["boot_acc", "bootbag"]),
    # black cases: M 780, L 1280, S 580, English 980 (a green mini 380; black lids 280-380, black sheets 330)
    price("insect", "激安 黒 飼育ケース", "case-2", ["case_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over a Japanese title
    mixed("horse", "乗馬グローブ", "glove"),
    mixed("horse", "フライマスク", "flymask"),
    mixed("horse", "ハーフチャップス", "chaps"),
    mixed("horse", "フーフピック", "hoofpick"),
    mixed("horse", "lead rope", "leadrope"),
    mixed("insect", "霧吹き", "spray"),
    mixed("insect", "虫取り網", "net"),
    mixed("insect", "温湿度計", "hygro"),
    mixed("insect", "beetle jelly", "jelly"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind134(q: Q, setup: str, known_limit):
    known_limit("blind134")
    check(q, setup, ENGINES)


def test_blind134_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"blue": "Blue", "orange": "Orange", "black": "Black", "黒": "Black", "茶": "Brown"})
