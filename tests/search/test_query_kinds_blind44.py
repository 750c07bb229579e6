"""A forty-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses in these
combinations: a swimming and beach store (English), a home office furniture store (English), a
Japanese kitchen appliance shop キッチン家電 (part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords or plain Japanese words:
Microwave Oven 電子レンジ, Rice Cooker 炊飯器, Electric Kettle 電気ケトル, Blender ミキサー,
Coffee Maker コーヒーメーカー) and a Japanese gardening tools and plants shop 園芸・植物 (with
English-titled imports too: Pruning Shears, Watering Can, Plant Stakes, Insect Netting, Potting
Mix, Plant Pot, Plant Saucers). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (chair umbrella / umbrella chair, ladder bookcase /
   bookcase ladder, ボトル ミキサー / ミキサー用 ボトル, 苗ポット / ポット苗);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese titles where the shop has no English title for that product ("hot plate" over
   ホットプレート, "fertilizer" over 肥料): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-fourth suite), as a measurement only (nothing changed for it):
87 of 92 cases pass, 35 of 37 queries in every setup (two_types 7/7 queries, 17/17 cases;
qualifies 8/8, 18/18; accessories 8/8, 20/20; price 6/6, 15/15; mixed 6/8, 17/22); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "hot plate" (English over Japanese-only ホットプレート titles) puts the
ホットプレート用 accessory plate first, and 培養土 returns only the one title that spells 培養土
(not Potting Mix nor the other soils).

After (an item made for the Japanese word an English pair means is not what it wants: the
"ホットプレート用 たこ焼きプレート" for "hot plate"; the fifteenth session): hot plate passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

SW, BE = "Swim", "Beach"
GOG, SHADE, SNORK = f"{SW} > Goggles", f"{BE} > Shade", "Snorkeling"

SWIM = {
    "goggles": items(GOG, ("Aqualine Swim Goggles, Anti-Fog, UV Protection, Black", 19),
                     ("Speedfin Racing Swim Goggles, Mirrored, Black", 29), ("Kids Swim Goggles, Leak-Proof, Blue", 12),
                     ("Swim Goggles 2 Pack, Adult, Wide View, Black", 16),
                     ("Tidewell Prescription Swim Goggles, -3.0, Black", 34)),
    "goggle_acc": items(f"{GOG} > Goggle Accessories",
                        ("Replacement Straps for Swim Goggles, Silicone, Black, 2 Pack", 6),
                        ("Anti-Fog Spray for Swim Goggles, 30ml", 8),
                        ("Swim Goggle Replacement Nose Bridges, 5 Sizes", 5)),
    "case": items(f"{GOG} > Goggle Cases", ("Aqualine Goggle Case, Hard Shell, Zip, Black", 9),
                  ("Goggle Case with Carabiner, Vented, Blue", 7), ("Protective Goggle Case, 2 Pack, Black", 11)),
    "cap": items(f"{SW} > Swim Caps", ("Silicone Swim Cap, Long Hair, Pink", 12),
                 ("Aqualine Swim Cap, Lycra, Black", 9)),
    "swimsuit": items(f"{SW} > Swimwear", ("Tidewell Women's One-Piece Swimsuit, Racerback, Navy", 39),
                      ("Men's Swim Trunks, Quick Dry, 7 Inch Inseam, Red", 24)),
    "towel": items(f"{BE} > Towels", ("Sunbay Beach Towel, Oversized, 100x180cm, Striped Blue", 24),
                   ("Quick-Dry Microfiber Beach Towels, 2 Pack, Sand-Free", 29),
                   ("Turkish Beach Towel, Cotton, Tassels, Beige", 19)),
    "clip": items(f"{BE} > Towels > Towel Clips", ("Sunbay Towel Clips for Beach Chairs, 4 Pack, Blue", 9),
                  ("Beach Towel Clips, Jumbo, Windproof, 6 Pack", 12),
                  ("Towel Clips, Stainless Steel, Non-Slip, 2 Pack", 11)),
    "umbrella": items(f"{SHADE} > Beach Umbrellas", ("Sunbay Beach Umbrella, 7ft, UPF 50+, Tilt, Blue", 49),
                      ("Beach Umbrella, 6.5ft, Push Button Tilt, Striped Yellow", 39),
                      ("Windproof Beach Umbrella, Vented Canopy, 8ft, Blue", 59),
                      ("Portable Beach Umbrella, 5ft, Carry Bag, Blue", 29), ("Kids Beach Umbrella, 4ft, Pink", 19)),
    "umbrella_acc": items(f"{SHADE} > Umbrella Accessories", ("Replacement Canopy for Beach Umbrellas, 7ft, Blue", 19),
                          ("Beach Umbrella Replacement Pole, Aluminium, 2 Piece", 15),
                          ("Carry Bag for Beach Umbrellas, Shoulder Strap, Blue", 12)),
    "anchor": items(f"{SHADE} > Umbrella Anchors", ("Sunbay Umbrella Anchor, Screw-In Sand Auger, Blue", 12),
                    ("Beach Umbrella Anchor, 5 Spiral, Heavy Duty", 15),
                    ("Umbrella Sand Anchor, Universal Fit, Black", 10)),
    "chairumbrella": items(f"{SHADE} > Chair Umbrellas", ("Clamp-On Chair Umbrella, Universal, UPF 50+, Teal", 32),
                           ("Sunbay Chair Umbrella with Flexible Clamp, Blue", 35)),
    "umbrellachair": items(f"{BE} > Beach Chairs", ("Beachside Umbrella Chair, Folding Beach Chair with Canopy, Blue", 69),
                           ("Umbrella Chair, Backpack Style, Adjustable Shade, Striped", 79)),
    "chair": items(f"{BE} > Beach Chairs", ("Sunbay Low Beach Chair, Folding, Cup Holder, Blue", 45),
                   ("Backpack Beach Chair, 5 Position, Aluminium", 59), ("Reclining Beach Chair, Lay-Flat, Towel Bar", 69)),
    "snorkel": items(f"{SNORK} > Snorkels", ("Dry Top Snorkel, Purge Valve, Blue", 24),
                     ("Reefline Snorkel, Flexible Mouthpiece, Black", 19), ("Kids Snorkel, Splash Guard, Yellow", 14)),
    "snorkelmask": items(f"{SNORK} > Masks", ("Reefline Full Face Snorkel Mask, 180 Degree View, Blue, L/XL", 39),
                         ("Snorkel Mask, Tempered Glass, Anti-Fog, Black", 29),
                         ("Kids Full Face Snorkel Mask, Pink, S", 32)),
    "noise": each(("Inflatable Pool Float, Lounger, Pink Flamingo", "Pool > Floats", 19),
                  ("Pool Float Ring, 2 Pack, Tropical", "Pool > Floats", 15)),
}

OF = "Office Furniture"
CHAIRS, MOUNTS, STORE = f"{OF} > Chairs", f"{OF} > Monitor Mounts", f"{OF} > Storage"

OFFICE = {
    "chair": items(f"{CHAIRS} > Office Chairs", ("Ergodesk Mesh Office Chair, Lumbar Support, Black", 149),
                   ("Executive Office Chair, Bonded Leather, High Back, Black", 199),
                   ("Task Office Chair, Armless, Swivel, Grey", 59), ("Basic Office Chair, Mid Back, Mesh, Black", 69),
                   ("Ergodesk Office Chair, Big & Tall, 400lb, Black", 229)),
    "chair_acc": items(f"{CHAIRS} > Chair Parts",
                       ("Replacement Casters for Office Chairs, Rollerblade Style, Black, 5 Pack", 24),
                       ("Office Chair Replacement Gas Cylinder, Heavy Duty", 29),
                       ("Armrest Pads for Office Chairs, Memory Foam, Black", 19)),
    "mat": items(f"{OF} > Chair Mats", ("Chair Mat for Hard Floors, Clear, 120x90cm", 39),
                 ("Ergodesk Chair Mat for Carpet, Studded, 90x120cm", 45),
                 ("Office Chair Mat, Tempered Glass, 100x130cm", 129)),
    "desk": items(f"{OF} > Desks", ("Ergodesk Standing Desk, Electric, 140x70cm, Walnut", 329),
                  ("Writing Desk, 100cm, Metal Legs, White", 89), ("L-Shaped Corner Desk, Black", 159),
                  ("Computer Desk with Drawers, Oak", 129)),
    "organizer": items(f"{OF} > Desk Accessories", ("Mesh Desk Organizer, 5 Compartments, Black", 19),
                       ("Bamboo Desk Organizer with Drawer", 29), ("Desk Organizer, Rotating Pen Holder, White", 15)),
    "arm": items(f"{MOUNTS} > Monitor Arms", ("Ergodesk Single Monitor Arm, Gas Spring, VESA 75/100, Black", 79),
                 ("Dual Monitor Arm, Clamp Mount, up to 32 Inch, Black", 99),
                 ("Monitor Arm, Heavy Duty, Ultrawide 49 Inch, Silver", 149),
                 ("Wall Mount Monitor Arm, Articulating, Black", 59)),
    "arm_acc": items(f"{MOUNTS} > Mount Parts", ("Monitor Arm Replacement VESA Plate, Quick Release", 14),
                     ("Grommet Mount for Monitor Arms, Steel, Black", 19),
                     ("Cable Management Clips for Monitor Arms, 6 Pack", 9),
                     ("VESA Adapter Bracket for Monitor Arms, Steel", 24)),
    "stand": items(f"{MOUNTS} > Monitor Stands", ("Monitor Stand Riser with Drawer, Bamboo", 29),
                   ("Metal Monitor Stand, 2 Tier, Black", 35)),
    "cabinet": items(f"{STORE} > Filing Cabinets", ("Ergodesk 3-Drawer Filing Cabinet, Lockable, White", 149),
                     ("Vertical Filing Cabinet, 4 Drawer, Steel, Grey", 189),
                     ("Small Filing Cabinet, Under Desk, 3 Drawer, Black", 89),
                     ("Mobile Filing Cabinet, 2 Drawers, on Wheels, White", 99),
                     ("Lateral Filing Cabinet, 2 Drawer, Black", 219)),
    "cabinet_acc": items(f"{STORE} > Filing Cabinets", ("Hanging File Rails for Filing Cabinets, 2 Pack", 9),
                         ("Replacement Drawer Handles for Filing Cabinets, White, 2 Pack", 8),
                         ("Filing Cabinet Replacement Key Set, 2 Keys", 6)),
    "lock": items(f"{STORE} > Cabinet Locks", ("Cabinet Lock, Cam Lock, Keyed Alike, 2 Pack", 12),
                  ("Ergodesk Cabinet Locks, Push Button, 4 Pack", 18), ("Combination Cabinet Lock, 4-Digit, Zinc", 15)),
    "bookcase": items(f"{STORE} > Bookcases", ("Ergodesk 5-Shelf Bookcase, Oak", 119), ("Cube Bookcase, 3x3, White", 89),
                      ("Narrow Bookcase, 4 Tier, Black", 69)),
    "ladderbookcase": items(f"{STORE} > Bookcases", ("Ladder Bookcase, 5 Tier, Leaning, Walnut", 99),
                            ("Ladder Bookcase, Wall Leaning, Black Metal", 79)),
    "bookcaseladder": items(f"{OF} > Ladders & Step Stools", ("Bookcase Ladder, 3 Step, Hook-On, Oak", 149),
                            ("Rolling Bookcase Ladder, 7ft, with Rail Kit", 349)),
    "ladder": items(f"{OF} > Ladders & Step Stools", ("Folding Step Ladder, 2 Step, Steel", 39),
                    ("Step Ladder, 3 Step, Wide Platform, Anti-Slip", 59)),
}

KD, KA = "キッチン家電", "Kitchen Appliances"
RICE, MIX = f"{KD} > 炊飯器", f"{KD} > ミキサー"

KITCHEN = {
    "microwave": items(f"{KA} > Microwaves", ("電子レンジ 単機能 17L フラット 白", 12800),
                       ("オーブンレンジ 電子レンジ 26L 過熱水蒸気 黒", 39800),
                       ("Microwave Oven, 20L, Flatbed, 700W, White", 14800), ("電子レンジ 縦開き 18L ヘルツフリー 白", 15800)),
    "microwave_acc": items(f"{KA} > Microwaves", ("電子レンジ用 ターンテーブル 交換用 丸皿 25cm", 1980)),
    "ricecooker": items(RICE, ("炊飯器 5.5合 IH 圧力 黒", 29800), ("炊飯器 3合 マイコン 一人暮らし 白", 6980),
                        ("Kazeya 炊飯器 1升 IH 土鍋コーティング ブラウン", 24800), ("Rice Cooker, 3 Cup, Keep Warm, White", 7980)),
    "naikama": items(f"{RICE} > 内釜・部品", ("炊飯器用 内釜 5.5合 交換用", 4980), ("内釜 炊飯器専用 3合 フッ素加工 黒", 3980),
                     ("交換用 内釜 炊飯器 1升用 IH", 5980)),
    "rice_acc": items(f"{RICE} > 内釜・部品", ("炊飯器用 しゃもじ 立つ 抗菌 白", 480),
                      ("炊飯器専用 蒸気キャップ パッキン 交換用", 680)),
    "kettle": items(f"{KD} > 電気ケトル", ("電気ケトル 温度調節 1.0L ステンレス 黒", 6980), ("電気ケトル 0.8L コンパクト 白", 2980),
                    ("Electric Kettle, 1.7L, Glass, LED, White", 3980), ("電気ケトル 1.2L 転倒湯もれ防止 白", 4980),
                    ("電気ケトル 0.5L 一人用 黒", 2480)),
    "kettle_acc": items(f"{KD} > 電気ケトル", ("電気ケトル用 替えフタ 0.8L用 白", 880), ("電気ケトル対応 パッキン 交換用 白 2個", 380)),
    "toaster": items(f"{KD} > トースター", ("オーブントースター 4枚焼き 1300W 黒", 6980), ("トースター 2枚焼き ポップアップ 白", 2980),
                     ("ミナト オーブントースター 2枚 温度調節 黒", 4980), ("ポップアップトースター 2枚 黒 コンパクト", 3480)),
    "toaster_acc": items(f"{KD} > トースター", ("オーブントースター用 トレー 黒 フッ素加工", 980),
                         ("トースター専用 パンくずトレー 交換用 黒", 680)),
    "mixer": items(MIX, ("ミキサー 大容量 1.5L ガラス 氷も砕ける", 6980), ("ミキサー ジューサー 600ml スムージー 白", 3980),
                   ("Blender, 1000W, 1.5L Glass Jar, Black", 7980), ("ミナト ミキサー 真空 ブレンダー 1.0L", 12800)),
    "bottlemixer": items(MIX, ("ボトルミキサー 400ml 持ち運び USB充電 ピンク", 2980),
                         ("ボトルミキサー コンパクト 600ml 白", 3480)),
    "mixerbottle": items(f"{MIX} > 交換パーツ", ("ミキサー用 ボトル 交換用 1.0L 目盛り付き", 1480),
                         ("替えボトル ミキサー用 600ml 2本", 1280), ("ミキサー専用 ボトル 蓋付き 400ml", 980)),
    "mixer_acc": items(f"{MIX} > 交換パーツ", ("ミキサー専用 替え刃 4枚刃 交換用", 980)),
    "coffeemaker": items(f"{KA} > Coffee Makers", ("コーヒーメーカー 全自動 ミル付き 4杯 黒", 12800),
                         ("コーヒーメーカー ドリップ 5杯 ガラスサーバー", 3980),
                         ("Drip Coffee Maker, 10 Cup, Programmable, Black", 5980),
                         ("Single Serve Coffee Maker, 14oz, Travel Mug", 4480)),
    "filter": items(f"{KA} > Coffee Makers > Coffee Filters", ("コーヒーフィルター 1〜4杯用 無漂白 100枚", 298),
                    ("Coffee Filters, #4 Cone, Unbleached, 100 Count", 498),
                    ("コーヒーメーカー用 ペーパーフィルター 102 100枚", 348)),
    "hotplate": items(f"{KD} > ホットプレート", ("ホットプレート 大型 焼肉 3枚プレート 黒", 9800),
                      ("ホットプレート たこ焼き 平面 2枚 白", 5980), ("ホットプレート コンパクト 一人用 焼肉 赤", 3980)),
    "hotplate_acc": items(f"{KD} > ホットプレート", ("ホットプレート用 たこ焼きプレート 交換用", 1980)),
}

GP, GT = "園芸・植物", "Garden Tools"
POTS, GROW = f"{GP} > 鉢・プランター", f"{GP} > 苗・育苗"

GARDEN = {
    "plant": items(f"{GP} > 観葉植物", ("観葉植物 モンステラ 6号鉢 本物", 3980), ("観葉植物 パキラ 7号 受け皿付き", 4980)),
    "pot": items(f"{POTS} > 植木鉢", ("植木鉢 陶器 8号 白 おしゃれ 室内", 2980), ("植木鉢 プラスチック 6号 白 軽量", 680),
                 ("植木鉢 テラコッタ 素焼き 5号 3個セット", 1480), ("Ceramic Plant Pot, 6 inch, Drainage Hole, White", 1280),
                 ("植木鉢 スリット鉢 5号 黒 10個", 880), ("植木鉢 プラスチック 4号 茶色 5個", 480)),
    "saucer": items(f"{POTS} > 鉢皿", ("鉢皿 プラスチック 6号 白", 280), ("受け皿 植木鉢用 8号 テラコッタ", 480),
                    ("植木鉢 受け皿 10号 白 2枚組", 580), ("Plant Saucers, 8 inch, Clear, 10 Pack", 980)),
    "planterpot": items(f"{POTS} > プランター", ("プランターポット 丸型 30cm テラコッタ風", 1980),
                        ("ハンギングポット 吊り下げ 15cm 白", 980)),
    "soil": items(f"{GP} > 用土・肥料 > 土", ("培養土 花と野菜の土 14L", 880), ("観葉植物の土 5L 室内 虫がわきにくい", 780),
                  ("赤玉土 小粒 14L", 680), ("Potting Mix, All Purpose, 8 qt", 1280)),
    "fert": items(f"{GP} > 用土・肥料 > 肥料", ("化成肥料 8-8-8 5kg 野菜 花 元肥", 980), ("液体肥料 観葉植物用 500ml", 680),
                  ("有機肥料 油かす 2kg 発酵済み", 780), ("緩効性肥料 粒状 600g 草花用", 580)),
    "shears": items(f"{GT} > Pruning Shears", ("剪定ばさみ 200mm 万能 左右兼用", 2480), ("剪定ばさみ 刃物鋼 日本製 赤", 4980),
                    ("Bypass Pruning Shears, Titanium Blade, Green", 1980), ("剪定ばさみ ラチェット式 軽い力 女性", 2980)),
    "shears_acc": items(f"{GT} > Pruning Shears > Blades & Cases", ("剪定ばさみ用 替え刃 200mm対応", 980),
                        ("剪定ばさみ専用 ホルスター 革 ケース", 1480), ("砥石 剪定ばさみ対応 シャープナー", 880)),
    "can": items(f"{GT} > Watering Cans", ("じょうろ 4L ハス口付き 緑", 1280), ("Watering Can, 2 Gallon, Long Spout, Green", 1980),
                 ("じょうろ 室内用 1L 細口 白", 880), ("ミニじょうろ 500ml 観葉植物 水やり", 580)),
    "can_acc": items(f"{GT} > Watering Cans > Parts", ("じょうろ用 ハス口 交換用 シャワー", 380), ("じょうろ専用 替えノズル 緑", 280)),
    "stake": items(f"{GP} > 支柱・ネット > 支柱", ("支柱 150cm 緑 10本 園芸用", 980), ("Bamboo Plant Stakes, 4 ft, 25 Pack", 1280),
                   ("トマト支柱 らせん 180cm 3本", 1480)),
    "net": items(f"{GP} > 支柱・ネット > 防虫ネット", ("防虫ネット 1mm目 1.8×5m 白", 980),
                 ("Insect Barrier Netting, Fine Mesh, 10x20 ft, White", 1480), ("防虫ネット トンネル用 0.6mm 2.1×10m", 1980)),
    "seedpot": items(f"{GROW} > 育苗ポット", ("苗ポット 9cm 黒 50個 育苗", 480), ("ポリポット 10.5cm 苗ポット 100枚", 680),
                     ("育苗ポット 苗ポット 連結 7.5cm 30穴", 580)),
    "pottedseedling": items(f"{GROW} > 苗", ("ポット苗 トマト 桃太郎 9cm 2個", 680), ("ポット苗 ラベンダー 3号 1株", 480),
                            ("ハーブ ポット苗 バジル 3株セット", 880)),
    "seedling": items(f"{GROW} > 苗", ("野菜苗 キュウリ 接ぎ木苗 2株", 780), ("花苗 ペチュニア 6株セット", 1280)),
}

SHOPS = {"swim": SWIM, "office": OFFICE, "kitchen": KITCHEN, "garden": GARDEN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("swim", "chair umbrella", "chairumbrella", ["umbrella"], ["umbrellachair"]),
    two_types("swim", "umbrella chair", "umbrellachair", ["chair"], ["chairumbrella"]),
    two_types("office", "ladder bookcase", "ladderbookcase", ["bookcase"], ["bookcaseladder"]),
    two_types("office", "bookcase ladder", "bookcaseladder", ["ladder"], ["ladderbookcase"]),
    two_types("kitchen", "ボトル ミキサー", "bottlemixer", ["mixer"], ["mixerbottle"]),
    two_types("garden", "苗ポット", "seedpot", ["planterpot"], ["pottedseedling"]),
    two_types("garden", "ポット苗", "pottedseedling", ["seedling"], ["seedpot"]),
    # --- 2. a leading product word that modifies the head
    qualifies("swim", "goggle case", ["case"], ["goggles"]),
    qualifies("swim", "umbrella anchor", ["anchor"], ["umbrella"]),
    qualifies("swim", "towel clips", ["clip"], ["towel"]),
    qualifies("swim", "snorkel mask", ["snorkelmask"], ["snorkel"]),
    qualifies("office", "chair mat", ["mat"], ["chair"]),
    qualifies("office", "cabinet lock", ["lock"], ["cabinet"]),
    qualifies("kitchen", "炊飯器 内釜", ["naikama"], ["ricecooker"]),
    qualifies("garden", "植木鉢 受け皿", ["saucer"], ["pot"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("swim", "swim goggles", ["goggles"], ["goggle_acc", "case"]),
    accessories("swim", "beach umbrella", ["umbrella"], ["umbrella_acc", "anchor"]),
    accessories("office", "office chair", ["chair"], ["chair_acc", "mat"]),
    accessories("office", "monitor arm", ["arm"], ["arm_acc"]),
    accessories("kitchen", "炊飯器", ["ricecooker"], ["naikama", "rice_acc"]),
    accessories("kitchen", "ミキサー", ["mixer", "bottlemixer"], ["mixerbottle", "mixer_acc"]),
    accessories("garden", "じょうろ", ["can"], ["can_acc"]),
    accessories("garden", "剪定ばさみ", ["shears"], ["shears_acc"]),
    # blue beach umbrellas: Sunbay 49, windproof 59, portable 29 (a pink kids' one 19; blue canopy 19, blue carry
    # bag 12, blue anchor 12; blue chair umbrella 35)
    price("swim", "cheap blue beach umbrella", "umbrella-3", ["umbrella_acc", "anchor"]),
    # black office chairs: mesh 149, executive 199, basic 69, big & tall 229 (a grey task chair 59; black casters 24,
    # black armrest pads 19)
    price("office", "cheap black office chair", "chair-3", ["chair_acc", "mat"]),
    # white filing cabinets: 3-drawer 149, mobile 99 (a black under-desk one 89; white handles 8, rails 9, keys 6,
    # locks 12-18)
    price("office", "budget white filing cabinet", "cabinet-3", ["cabinet_acc", "lock"]),
    # white kettles: 0.8L 2980, English 3980, 1.2L 4980 (a black 0.5L one 2480; white lid 880, white packing 380)
    price("kitchen", "安い 白 電気ケトル", "kettle-1", ["kettle_acc"]),
    # black toasters: oven 4-slice 6980, Minato 4980, pop-up 3480 (a white pop-up 2980; black tray 980, crumb tray 680)
    price("kitchen", "格安 黒 トースター", "toaster-3", ["toaster_acc"]),
    # white pots: ceramic 2980, plastic 6号 680, English 1280 (a brown 4号 set 480; white saucers 280, 580)
    price("garden", "お手頃 白 植木鉢", "pot-1", ["saucer"]),
    # --- 4. Japanese queries among English-titled items; English queries over Japanese-only titles
    mixed("kitchen", "電子レンジ", "microwave"),
    mixed("kitchen", "コーヒーメーカー", "coffeemaker"),
    mixed("kitchen", "電気ケトル", "kettle"),
    mixed("kitchen", "hot plate", "hotplate"),
    mixed("garden", "支柱", "stake"),
    mixed("garden", "防虫ネット", "net"),
    mixed("garden", "培養土", "soil"),
    mixed("garden", "fertilizer", "fert"),
]

_SOIL = "only the one title spelling 培養土 is returned; Potting Mix and the other soils are not shown"
LIMITS: dict = {
    ("blind44", "mixed:garden:培養土", "categories-lexical"): _SOIL,
    ("blind44", "mixed:garden:培養土", "categories-dense"): _SOIL,
    ("blind44", "mixed:garden:培養土", "categories-latin-only"): _SOIL,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind44(q: Q, setup: str, known_limit):
    known_limit("blind44")
    check(q, setup, ENGINES)


def test_blind44_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "blue": "Blue", "black": "Black", "white": "White"})
