"""A twenty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: pool and spa care
(English: covers, cover reels and pumps, skimmers, chlorine), drones and RC cars (English), Japanese
futon and sleep goods 布団・寝具 (掛け布団, 敷き布団, 枕, カバー, シーツ; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese
dried foods and snacks 乾物・お菓子 (海苔, 昆布, 煎餅, ナッツ; with English-titled imports and an
English "Snacks" tree too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (cover reel / reel cover, cover pump / pump cover,
   枕タオル / タオル枕, ピーナッツバター / バターピーナッツ);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones, "comforter" and "rice crackers", over Japanese
   titles under an English category tree) in shops with titles in both languages: the top three
   are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twenty-ninth suite), as a measurement only (nothing changed for it):
93 of 94 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 20/20 cases;
qualifies 7/7, 18/18; accessories 7/8, 19/20; price 6/6, 14/14; mixed 8/8, 22/22); the one
failing case is a strict xfail (`LIMITS`): "pool cover" with the bag-of-words encoder puts
"Pool Pump Cover" third, among the pool covers (it passes lexical only)."""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

PS = "Pool & Spa"
COVERS, PUMPS, CLEAN, CHEM = f"{PS} > Covers", f"{PS} > Pumps", f"{PS} > Cleaning", f"{PS} > Chemicals"

POOL = {
    "cover": items(f"{COVERS} > Pool Covers", ("Solar Pool Cover, 16ft Round, Blue", 59),
                   ("Solar Cover Blanket, Rectangle 12x24ft, Blue", 79), ("Winter Pool Cover, 24ft Round, Blue", 89),
                   ("Above Ground Pool Cover, 12ft Round, Black", 39), ("Safety Pool Cover, Mesh, 16x32ft, Green", 899)),
    "cover_acc": items(f"{COVERS} > Cover Accessories", ("Cover Clips for Pool Covers, 20 Pack, Blue", 9),
                       ("Pool Cover Replacement Straps, Blue, 4 Pack", 14),
                       ("Water Bags for Winter Pool Covers, 10 Pack", 29),
                       ("Pool Cover Replacement Grommets, 12 Pack", 8)),
    "coverreel": items(f"{COVERS} > Cover Reels", ("Solar Cover Reel, Aluminium Tube, up to 18ft Wide", 149),
                       ("Cover Reel with Wheels, Stainless Steel, 21ft", 229),
                       ("Cover Reel, Mobile Stand, In-Ground Pools, 20ft", 189)),
    "reelcover": items(f"{COVERS} > Cover Reels", ("Reel Cover, Winter Storage, Waterproof, 18ft", 35),
                       ("Reel Cover, Solar Blanket Protector, UV Resistant, Grey", 45),
                       ("Heavy Duty Reel Cover with Drawstring, 21ft", 39)),
    "reel": items(f"{CLEAN} > Hoses & Reels", ("Vacuum Hose Reel Cart, 50ft", 79),
                  ("Hose Reel, Wall Mount, Backwash Hose, 30m", 49)),
    "coverpump": items(f"{COVERS} > Cover Pumps", ("Pool Cover Pump, 350 GPH, Auto On/Off", 59),
                       ("Submersible Cover Pump, 1800 GPH, 25ft Hose", 89),
                       ("Cover Pump, Manual Switch, Winter Water Removal", 45)),
    "pump": items(PUMPS, ("Pool Pump, 1.5HP, Variable Speed, In-Ground", 499),
                  ("Above Ground Pool Pump, 1HP, Self-Priming", 229), ("Spa Circulation Pump, 0.25HP, Quiet", 189)),
    "pumpcover": items(f"{PUMPS} > Pump Covers", ("Pool Pump Cover, Weatherproof, Grey", 29),
                       ("Pump Cover, Motor Protector, Waterproof, Black", 25),
                       ("Pool Pump Cover, Enclosure Box, Rattan Look", 119)),
    "spacover": items(f"{PS} > Hot Tubs > Hot Tub Covers", ("Hot Tub Cover, Square 2.1m, Tapered, Grey", 399),
                      ("Hot Tub Cover, Round 2m, Brown", 349)),
    "skimmer": items(f"{CLEAN} > Skimmers", ("In-Wall Pool Skimmer, Wide Mouth, White", 89),
                     ("Thru-Wall Skimmer, Above Ground Pools, White", 59),
                     ("Concrete Pool Skimmer, Wide Throat, White", 119),
                     ("Surface Skimmer, Clip-On, Above Ground, Grey", 39),
                     ("Automatic Floating Skimmer, Solar Powered, Black", 199)),
    "skimmerbasket": items(f"{CLEAN} > Skimmer Parts", ("Skimmer Basket, Round, with Handle, White", 12),
                           ("Skimmer Basket, Square, Heavy Duty, Grey", 18),
                           ("Skimmer Baskets, Above Ground, 2 Pack, White", 19)),
    "skimmer_acc": items(f"{CLEAN} > Skimmer Parts", ("Skimmer Lid Replacement, Round, White", 15),
                         ("Replacement Weir Door for Skimmers, White", 22)),
    "chlorine": items(f"{CHEM} > Chlorine", ("Chlorine Tablets, 3 Inch, Stabilised, 5kg", 59),
                      ("Chlorine Granules, Fast Dissolving, 2kg", 29), ("Liquid Chlorine, 10L", 25)),
    "dispenser": items(f"{CHEM} > Dispensers", ("Floating Chlorine Dispenser, Adjustable Vents, 3 Inch Tablets", 15),
                       ("Chlorine Dispenser, Collapsible, with Thermometer", 19),
                       ("Inline Chlorine Dispenser, Automatic Feeder", 89)),
    "noise": each(("pH Test Strips, 6-in-1, 100 Count", f"{CHEM} > Testing", 12),
                  ("Cartridge Filter, 75 sq ft, Above Ground Pools", f"{PS} > Filters", 149),
                  ("Pool Ladder, Above Ground, 4 Step", f"{PS} > Ladders", 129)),
}

R = "RC & Drones"
DRONES, DACC, RCCARS = f"{R} > Drones", f"{R} > Drones > Drone Accessories", f"{R} > RC Cars"

RC = {
    "cameradrone": items(DRONES, ("SkyFox Camera Drone, 4K, Foldable, GPS, Black", 299),
                         ("Beginner Camera Drone, 1080p, Altitude Hold, White", 89),
                         ("Mini Camera Drone, 249g, 2.7K, Grey", 159)),
    "drone": items(DRONES, ("Racing Drone, FPV, 5 Inch, Carbon Frame, Black", 199),
                   ("Toy Drone, Headless Mode, One-Key Return, Black", 39),
                   ("Mini Drone, Indoor, Altitude Hold, Blue", 25)),
    "dronebattery": items(DACC, ("Drone Battery, 7.4V 2500mAh, Intelligent Flight, Grey", 49),
                          ("Drone Batteries, 3.7V 1200mAh, 3 Pack, Black", 29),
                          ("Drone Replacement Battery, 11.1V, Long Flight", 59)),
    "drone_acc": items(DACC, ("Replacement Propellers for Mini Drones, 8 Pack, Black", 9),
                       ("Propeller Guards for Drones, Black, 4 Pack", 12), ("Landing Pad for Drones, 75cm, Foldable", 19)),
    "dronebag": items(DACC, ("Drone Bag, Hard Shell, Waterproof, Black", 49),
                      ("Drone Carrying Bag, Shoulder Strap, Grey", 35),
                      ("Drone Bag, Backpack Style, Fits Foldable Drones", 59)),
    "battery": items(f"{R} > Batteries & Chargers", ("LiPo Battery, 2S 7.4V 5000mAh, Hard Case", 39),
                     ("NiMH Battery Pack, 7.2V 3000mAh, Tamiya Plug", 25),
                     ("LiPo Battery 3S 11.1V 2200mAh, XT60, 2 Pack", 49)),
    "charger": items(f"{R} > Batteries & Chargers", ("LiPo Battery Charger, Balance, 2-6S, 80W", 59),
                     ("Battery Charger, NiMH/LiPo, USB, 2A", 19),
                     ("Smart Battery Charger, Dual Port, AC/DC, 100W", 89)),
    "rccar": items(RCCARS, ("RC Car 1:16, 4WD Off-Road, 40km/h, Red", 45), ("RC Drift Car 1:24, LED Lights, Red", 29),
                   ("RC Rock Crawler Car 1:10, Waterproof, Red", 89),
                   ("RC Stunt Car, 360 Rotation, Rechargeable, Black", 19)),
    "rccar_acc": items(f"{RCCARS} > Parts", ("RC Car Replacement Tires, 1:10, 4 Pack, Red Rims", 9),
                       ("Body Shell for 1:16 RC Cars, Red", 12), ("Spare Parts Kit for RC Cars, Gears & Screws", 15),
                       ("RC Car Replacement Battery, 7.4V 1500mAh", 14)),
    "noise": each(("Action Camera 4K, Waterproof, 170 Degree Wide Angle", f"{R} > Cameras", 69),
                  ("RC Boat, Brushless, 45km/h, Self-Righting", f"{R} > RC Boats", 129)),
}

B, J = "Bedding", "寝具"

FUTON = {
    "kakebuton": items(f"{B} > Comforters", ("掛け布団 シングル 羽毛 ダウン90% 白", 12800),
                       ("掛け布団 洗える 抗菌 シングル グレー", 3980), ("掛け布団 セミダブル 日本製 綿100% 白", 9800),
                       ("掛け布団 夏用 肌掛け 洗える ネイビー", 2980),
                       ("Down Alternative Comforter, Twin, All Season, White", 4980)),
    "kakebuton_acc": items(f"{J} > 布団小物", ("掛け布団用 カバー シングル 綿 白", 1980),
                           ("掛け布団専用 ずれ防止 クリップ 8個", 780), ("掛け布団対応 収納袋 シングル 不織布", 980)),
    "shikibuton": items(f"{J} > 敷き布団", ("敷き布団 シングル 三層 固綿 グレー", 5980), ("敷き布団 洗える 薄型 グレー", 4980),
                        ("Japanese Shikibuton Floor Futon, Twin, Foldable, Grey", 7980),
                        ("敷き布団 日本製 綿100% 白", 8980), ("敷き布団 ボリューム 抗菌防臭 ネイビー", 3480)),
    "shikibuton_acc": items(f"{J} > 布団小物", ("敷き布団用 カバー シングル グレー", 1480),
                            ("敷き布団専用 除湿シート グレー", 1980)),
    "mattress": items(f"{J} > マットレス", ("マットレス シングル 高反発 三つ折り 10cm", 7980),
                      ("マットレス ポケットコイル セミダブル", 19800),
                      ("Memory Foam Mattress, Single, 20cm, Medium Firm", 15800),
                      ("マットレス 折りたたみ 低反発 ウレタン", 5980)),
    "pillow": items(f"{B} > Pillows", ("枕 低反発 肩こり 安眠 白", 3980), ("枕 そば殻 日本製 白 43×63cm", 2480),
                    ("Memory Foam Pillow, Contour, Neck Support, White", 3480), ("枕 ホテル仕様 羽毛 白 2個セット", 4980),
                    ("枕 高さ調整 洗える パイプ グレー", 1980)),
    "pillowcase": items(f"{J} > カバー", ("枕カバー 43×63 綿100% 白 2枚", 980), ("枕カバー ピローケース ガーゼ ネイビー", 1280),
                        ("Pillowcases, Cotton Sateen, Standard, 2 Pack, White", 1480)),
    "pillow_acc": items(f"{J} > 枕小物", ("枕用 高さ調整シート 白 3枚", 680), ("枕専用 補充パイプ 500g", 780)),
    "makuratowel": items(f"{J} > カバー", ("枕タオル 綿100% パイル 2枚組 ブルー", 1280), ("枕タオル ガーゼ 今治 ベージュ", 1680),
                         ("枕タオル 抗菌 防臭 グレー", 980)),
    "towelpillow": items(f"{B} > Pillows", ("タオル枕 首こり ストレートネック 高さ調整 ブルー", 2980),
                         ("タオル枕 洗える 綿 ベージュ", 3480), ("タオル枕 ロール型 首枕 グレー", 1980)),
    "towel": items(f"{J} > タオル", ("タオル フェイスタオル 今治 5枚セット 白", 2480), ("バスタオル 綿100% 大判 グレー", 1480),
                   ("タオル ハンドタオル ガーゼ 10枚 ベージュ", 1280)),
    "futondryer": items("家電 > 布団乾燥機", ("布団乾燥機 マット不要 ダニ対策 白", 7980),
                        ("布団乾燥機 コンパクト 靴乾燥 アタッチメント付き", 5980),
                        ("Futon Dryer, Mat-Free, Quick Dry, Compact", 6980)),
    "sheet": items(f"{B} > Sheets", ("ボックスシーツ シングル 綿100% 白", 1980), ("フラットシーツ ダブル 防水 グレー", 2480),
                   ("Fitted Sheet, Cotton, Queen, Deep Pocket, White", 2980), ("シーツ 防水 おねしょ シングル 白", 1780)),
    "blanket": items(f"{B} > Blankets", ("ブランケット フランネル シングル ネイビー", 1980),
                     ("Fleece Throw Blanket, 130x160cm, Grey", 1580), ("ブランケット ニット 綿 ひざ掛け ベージュ", 2480),
                     ("毛布 シングル マイクロファイバー 洗える ブラウン", 2980)),
}

NUTS, DRIED = "Snacks > Nuts", "乾物"

SNACK = {
    "nori": items(f"{DRIED} > 海苔", ("焼き海苔 有明産 全形 10枚", 980), ("海苔 おにぎり用 3切 100枚", 1480),
                  ("味付け海苔 8切 48枚 ×5袋", 780), ("Roasted Seaweed Sheets, Sushi Nori, 50 Sheets", 1280)),
    "nori_acc": items(f"{DRIED} > 海苔 > 保存・小物", ("海苔用 乾燥剤 シリカゲル 10個", 380), ("海苔専用 保存缶 全形サイズ", 1980),
                      ("海苔対応 あぶり器 卓上 網付き", 1280)),
    "noritsukudani": items("ご飯のお供 > 佃煮", ("海苔 佃煮 瓶 180g 国産", 480), ("海苔佃煮 わさび入り 100g 3個", 980),
                           ("海苔の佃煮 減塩 140g", 420)),
    "kombu": items(f"{DRIED} > 昆布", ("昆布 利尻産 天然 100g", 1480), ("昆布 刻み 北海道産 50g", 380),
                   ("昆布 煮物用 早煮 100g", 580)),
    "kombucha": items("飲料 > お茶", ("昆布茶 顆粒 缶 80g", 580), ("昆布茶 スティック 2g×30本", 680),
                      ("昆布茶 業務用 1kg 料理用", 1980)),
    "senbei": items("Snacks > Rice Crackers", ("煎餅 草加 醤油 手焼き 20枚", 980), ("ぬれ煎餅 銚子 10枚", 780),
                    ("Japanese Rice Crackers, Soy Sauce, Assorted, 300g", 1280), ("煎餅 詰め合わせ 個包装 50枚", 1980)),
    "nuts": items(NUTS, ("ナッツ ミックス 4種 無塩 素焼き 1kg", 2480), ("ミックスナッツ 小分け 25g×30袋", 2980),
                  ("Mixed Nuts, Roasted, Unsalted, 1kg", 2680), ("ナッツ 素焼き 7種 850g", 2280)),
    "nut_acc": items("キッチン用品 > ナッツ小物", ("ナッツ用 クラッカー 殻割り器 くるみ", 980), ("ナッツ専用 保存容器 密閉 1L", 780),
                     ("ナッツ対応 ロースター 手網", 1280)),
    "almond": items(NUTS, ("Roasted Almonds, Unsalted, 1kg", 1980), ("California Almonds, Whole, Raw, 500g", 1280),
                    ("アーモンド 素焼き 無塩 850g", 1580)),
    "pistachio": items(NUTS, ("Pistachios, Roasted & Salted, In Shell, 500g", 1680),
                       ("California Pistachios, Shelled, Unsalted, 400g", 2280), ("ピスタチオ 殻付き 塩味 300g", 1280)),
    "peanut": items(NUTS, ("ピーナッツ 千葉県産 殻付き 500g", 1280), ("ピーナッツ 素煎り 薄皮付き 300g", 680),
                    ("Roasted Peanuts, Salted, 1kg", 980)),
    "butterpeanut": items(NUTS, ("バターピーナッツ 500g 徳用", 780), ("バターピーナッツ 小袋 10g×30", 980),
                          ("バターピーナッツ 有塩 1kg 業務用", 1480)),
    "peanutbutter": items("スプレッド > ナッツバター", ("ピーナッツバター クリーミー 無糖 340g", 880),
                          ("ピーナッツバター 粒入り チャンク 1kg", 1980), ("Peanut Butter, Creamy, No Sugar, 1kg", 1680)),
    "nutbutter": items("スプレッド > ナッツバター", ("カシューナッツバター 無糖 200g", 1280),
                       ("Cashew Butter, Smooth, Unsalted, 340g", 1480)),
    "driedfruit": items("Snacks > Dried Fruit", ("Dried Mango Slices, No Sugar Added, 500g", 1480),
                        ("Dried Fruit Mix, Apricot, Fig, Raisin, 1kg", 2280), ("ドライフルーツ ミックス 5種 500g", 1580),
                        ("Dried Cranberries, Sweetened, 400g", 980)),
}

SHOPS = {"pool": POOL, "rc": RC, "futon": FUTON, "snack": SNACK}


# =============================================================================================
# Queries

ALL_NUTS = ["nuts", "almond", "pistachio", "peanut", "butterpeanut"]

QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pool", "cover reel", "coverreel", ["reel"], ["reelcover"]),
    two_types("pool", "reel cover", "reelcover", ["cover", "spacover", "pumpcover"], ["coverreel"]),
    two_types("pool", "cover pump", "coverpump", ["pump"], ["pumpcover"]),
    two_types("pool", "pump cover", "pumpcover", ["cover", "spacover", "reelcover"], ["coverpump"]),
    two_types("futon", "枕タオル", "makuratowel", ["towel"], ["towelpillow"]),
    two_types("futon", "タオル枕", "towelpillow", ["pillow"], ["makuratowel"]),
    two_types("snack", "ピーナッツバター", "peanutbutter", ["nutbutter"], ["butterpeanut"]),
    two_types("snack", "バターピーナッツ", "butterpeanut", ["peanut"], ["peanutbutter"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pool", "chlorine dispenser", ["dispenser"], ["chlorine"]),
    qualifies("rc", "drone bag", ["dronebag"], ["drone", "cameradrone"]),
    qualifies("rc", "battery charger", ["charger"], ["battery"]),
    qualifies("futon", "枕カバー", ["pillowcase"], ["pillow"]),
    qualifies("futon", "布団乾燥機", ["futondryer"], ["kakebuton", "shikibuton"]),
    qualifies("snack", "昆布茶", ["kombucha"], ["kombu"]),
    qualifies("snack", "海苔 佃煮", ["noritsukudani"], ["nori"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("pool", "pool cover", ["cover"], ["cover_acc"]),
    accessories("pool", "skimmer", ["skimmer"], ["skimmerbasket", "skimmer_acc"]),
    accessories("rc", "drone", ["cameradrone", "drone"], ["drone_acc", "dronebag", "dronebattery"]),
    accessories("rc", "rc car", ["rccar"], ["rccar_acc"]),
    accessories("futon", "掛け布団", ["kakebuton"], ["kakebuton_acc"]),
    accessories("futon", "枕", ["pillow", "towelpillow"], ["pillowcase", "pillow_acc", "makuratowel"]),
    accessories("snack", "海苔", ["nori"], ["nori_acc"]),
    accessories("snack", "ナッツ", ALL_NUTS, ["nut_acc"]),
    # blue pool covers: solar round 59, solar blanket 79, winter 89 (a black one 39; blue clips 9, blue straps 14)
    price("pool", "cheap blue pool cover", "cover-0", ["cover_acc"]),
    # white skimmers: in-wall 89, thru-wall 59, concrete 119 (a grey one 39; white baskets 12-19, white lid 15,
    # white weir door 22)
    price("pool", "cheap white skimmer", "skimmer-1", ["skimmerbasket", "skimmer_acc"]),
    # black drones: SkyFox camera drone 299, racing 199, toy 39 (a blue mini one 25; black propellers 9, guards 12,
    # black batteries 29, black bag 49)
    price("rc", "cheap black drone", "drone-1", ["drone_acc", "dronebag", "dronebattery"]),
    # red RC cars: 1:16 off-road 45, drift 29, crawler 89 (a black stunt car 19; red tires 9, red body shell 12)
    price("rc", "budget red rc car", "rccar-1", ["rccar_acc"]),
    # white pillows: memory foam 3980, buckwheat 2480, English memory foam 3480, hotel 4980 (a grey one 1980; white
    # pillowcases 980 and 1480, a white height sheet 680)
    price("futon", "安い 白 枕", "pillow-1", ["pillowcase", "pillow_acc", "makuratowel"]),
    # grey shikibuton: three-layer 5980, thin washable 4980, English floor futon 7980 (a navy one 3480; grey cover
    # 1480, grey dehumidifying sheet 1980)
    price("futon", "激安 グレー 敷き布団", "shikibuton-1", ["shikibuton_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("futon", "マットレス", "mattress"),
    mixed("futon", "ブランケット", "blanket"),
    mixed("futon", "シーツ", "sheet"),
    mixed("futon", "comforter", "kakebuton"),
    mixed("snack", "アーモンド", "almond"),
    mixed("snack", "ピスタチオ", "pistachio"),
    mixed("snack", "ドライフルーツ", "driedfruit"),
    mixed("snack", "rice crackers", "senbei"),
]

LIMITS = {
    ("blind29", "accessories:pool:pool_cover", "categories-dense"):
        "a pump cover (Pool Pump Cover, Weatherproof) third, ahead of three of the five pool covers",
}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind29(q: Q, setup: str, known_limit):
    known_limit("blind29")
    check(q, setup, ENGINES)


def test_blind29_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "グレー": "Grey", "blue": "Blue", "white": "White", "black": "Black",
                                 "red": "Red"})
