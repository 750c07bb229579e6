"""A sixty-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops and queries no earlier suite uses: swimming and
beach gear (English), home heating and cooling (English), Japanese coffee and tea goods
お茶・コーヒー用品 (part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords, and canned and bottled coffee beside the gear) and Japanese shoes and
shoe care 靴・シューケア (with English-titled imports too). Shops of 30-50 items, category paths 2-3
levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a clamp umbrella and an umbrella clamp; コーヒー缶, a can
   for coffee, and 缶コーヒー, canned coffee; コーヒーボトル and ボトルコーヒー);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "Y X専用", "X対応 Y" and English
   "... for X", "X Replacement ..." are accessories of X: a search of X ranks every real X above
   every accessory; a price word, a colour and a type put the cheapest real item of that colour
   first, no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese-only titles, "tea strainer" under an
   English category, "shoe trees" under a Japanese one) in shops with titles in both languages: the
   top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-sixth suite), as a measurement only (nothing changed for it):
83 of 92 cases pass, 33 of 36 queries in every setup (two_types 3/5 queries, 8/14 cases;
qualifies 7/8, 17/20; accessories 9/9, 22/22; price 6/6, 14/14; mixed 8/8, 22/22); the 9 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 缶コーヒー and ボトルコーヒー (the coffee beans, a コーヒー, rank below the
コーヒー缶 canisters and the コーヒーボトル bottles) and ミル ブラシ (only the one-word ミルブラシ
is returned; コーヒーミル専用 ブラシ and ミル 掃除 ブラシ are not).
One test bug was fixed before the run: the coffee shop held 51 items, so one of its two 茶筒 (noise)
was dropped.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S, B = "Swim", "Beach"
GOG, SUIT, SNORK, UMB = f"{S} > Goggles", f"{S} > Swimwear", f"{S} > Snorkelling", f"{B} > Beach Umbrellas"

BEACH = {
    "goggles": items(GOG, ("Aquaflow Swim Goggles, Anti-Fog, UV Protection, Blue", 18),
                     ("Speedline Racing Swim Goggles, Mirrored Lens, Blue", 29),
                     ("Kids Swim Goggles, Soft Silicone Strap, Pink", 9),
                     ("Swim Goggles, No-Leak, Adjustable, 2 Pack, Blue", 14),
                     ("Aquaflow Wide View Swim Goggles, Clear/Blue", 22)),
    "gstrap": items(f"{GOG} > Goggle Parts", ("Replacement Goggle Straps, Silicone, 2 Pack, Blue", 5),
                    ("Aquaflow Goggle Straps, Split Bungee, Blue", 7), ("Bungee Goggle Straps with Toggle, 3 Pack", 8)),
    "gcase": items(f"{GOG} > Goggle Parts", ("Hard Case for Swim Goggles, Zip, Blue", 7),
                   ("Swim Goggle Case with Carabiner, Black", 6)),
    "swimsuit": items(f"{SUIT} > Swimsuits", ("Aquaflow Women's Swimsuit, One Piece, Open Back, Navy", 39),
                      ("Chlorine-Resistant Training Swimsuit, Navy", 29),
                      ("Tankini Swimsuit Set, Tummy Control, Navy/White", 45),
                      ("Girls' Swimsuit, Ruffle Straps, Pink", 19), ("High-Neck Swimsuit, Floral Print", 35)),
    "suit_acc": items(f"{SUIT} > Swimwear Accessories", ("Wet Bag for Swimsuits, Waterproof, Navy", 12),
                      ("Swimsuit Replacement Straps, Adjustable, Navy, 2 Pack", 7),
                      ("Removable Cup Inserts for Swimsuits, 3 Pairs", 6)),
    "snorkel": items(f"{SNORK} > Snorkels", ("Aquaflow Dry Snorkel, Top Valve, Adult, Black", 19),
                     ("Semi-Dry Snorkel, Flexible Tube, Blue", 15), ("Kids Snorkel, Splash Guard, Yellow", 12),
                     ("Mask and Snorkel Set, Tempered Glass, Adult", 35),
                     ("Full Face Snorkel Mask, 180 Degree View, M", 39)),
    "snorkel_acc": items(f"{SNORK} > Snorkel Parts", ("Replacement Mouthpiece for Snorkels, Silicone, 2 Pack", 6),
                         ("Snorkel Keeper Clip, Universal, 2 Pack", 4), ("Snorkel Replacement Purge Valve", 5)),
    "umbrella": items(UMB, ("Sunbay Beach Umbrella, 2m, UPF 50+, Tilt, White", 49),
                      ("Windproof Beach Umbrella, Vented, 2.2m, Blue", 59), ("Portable Beach Umbrella, 1.6m, Striped", 29)),
    "umbrella.clamp": items(UMB, ("Clamp Umbrella, UPF 50+, Fits Chairs & Strollers, Silver", 25),
                            ("Clamp Umbrella for Beach Chairs, Universal, 360 Swivel, Navy", 29),
                            ("Sunbay Clamp Umbrella, Compact, UV Block, Teal", 22)),
    "umbclamp": items(f"{UMB} > Umbrella Accessories", ("Umbrella Clamp for Beach Chairs, Adjustable, Black", 12),
                      ("Universal Umbrella Clamp, Stroller & Wheelchair", 14)),
    "umbbag": items(f"{UMB} > Umbrella Accessories", ("Beach Umbrella Bag, Padded, Shoulder Strap", 19),
                    ("Sunbay Umbrella Bag, Fits 2m Umbrellas, Navy", 15),
                    ("Umbrella Carry Bag, Water-Resistant, 130cm", 12)),
    "umb_acc": items(f"{UMB} > Umbrella Accessories", ("Umbrella Sand Anchor, Screw-In, White", 12)),
    "noise": each(("Sunbay Oversized Beach Towel, 100x180cm, Striped Navy", f"{B} > Beach Towels", 29),
                  ("Microfibre Beach Towel, Sand-Free, Turquoise", f"{B} > Beach Towels", 19),
                  ("Silicone Swim Cap, Long Hair, Black", f"{S} > Swim Caps", 12),
                  ("Aquaflow Latex Swim Caps, 2 Pack", f"{S} > Swim Caps", 9),
                  ("Mesh Beach Bag, Extra Large, Navy", f"{B} > Beach Bags", 25)),
}

H, CO, AIR = "Heating", "Cooling", "Air Treatment"
BLANKET, HWB, DEHUM, FANS = f"{H} > Electric Blankets", f"{H} > Hot Water Bottles", f"{AIR} > Dehumidifiers", f"{CO} > Fans"

CLIMATE = {
    "heater": items(f"{H} > Space Heaters", ("Warmhaus Ceramic Space Heater, 2000W, Oscillating, Black", 49),
                    ("Oil-Filled Radiator, 7 Fins, 1500W, White", 69),
                    ("Compact Space Heater, Tip-Over Switch, Grey", 29)),
    "blanket": items(BLANKET, ("Warmhaus Electric Blanket, Double, 3 Heat Settings", 59),
                     ("Electric Heated Throw Blanket, Fleece, 130x160cm, Grey", 45),
                     ("Electric Under Blanket, Single, Auto Off, Washable", 35),
                     ("Electric Blanket, King Size, Dual Controls", 89)),
    "controller": items(f"{BLANKET} > Controllers & Parts",
                        ("Replacement Controller for Warmhaus Electric Blankets, 3 Settings", 19),
                        ("Electric Blanket Controller, Universal, 2-Pin", 15),
                        ("Dual Controller for King Size Electric Blankets", 25)),
    "blanket_acc": items(f"{BLANKET} > Controllers & Parts", ("Storage Bag for Electric Blankets, Zip", 9)),
    "hwb": items(HWB, ("Classic Hot Water Bottle, 2L, Rubber, Ribbed", 9), ("Transparent Hot Water Bottle, 1L, Flat", 8),
                 ("Long Hot Water Bottle, 2L, Back & Shoulders", 19), ("Mini Hot Water Bottle, 0.5L, Pink", 6)),
    "hwbcover": items(f"{HWB} > Covers", ("Knitted Cover for Hot Water Bottles, 2L, Cream", 10),
                      ("Faux Fur Hot Water Bottle Cover, Grey", 12), ("Hot Water Bottle Cover, Fleece, Teddy Design", 8)),
    "hwb_acc": items(f"{HWB} > Covers", ("Replacement Stopper for Hot Water Bottles, 2 Pack", 4)),
    "dehum": items(DEHUM, ("Drymate Dehumidifier, 12L/Day, Laundry Mode, White", 149),
                   ("Compact Dehumidifier, 1L Tank, Quiet, White", 49),
                   ("Desiccant Dehumidifier, 8L/Day, Low Temperature, Grey", 179),
                   ("Mini Dehumidifier, 500ml, USB, Grey", 35)),
    "dfilter": items(f"{DEHUM} > Filters & Parts", ("Replacement Filter for Drymate Dehumidifiers, 2 Pack", 12),
                     ("Dehumidifier Filter, Washable Mesh, Universal, White", 9),
                     ("Carbon Dehumidifier Filter, Odour Control, 3 Pack", 15)),
    "dacc": items(f"{DEHUM} > Filters & Parts", ("Dehumidifier Drain Hose, 2m, White", 8),
                  ("Replacement Water Tank for Compact Dehumidifier, White", 19)),
    "towerfan": items(f"{FANS} > Tower Fans", ("Breezo Tower Fan, 42 Inch, Oscillating, Remote, White", 59),
                      ("Slim Tower Fan, 8 Hour Timer, Black", 45), ("Bladeless Tower Fan, Quiet, White", 89),
                      ("Tower Fan with Ionizer, 36 Inch, White", 49), ("Compact Desk Tower Fan, 24 Inch, Black", 29)),
    "fanremote": items(f"{FANS} > Fan Accessories", ("Replacement Remote for Breezo Tower Fans, White", 12),
                       ("Universal Fan Remote, Tower & Pedestal Fans, White", 15)),
    "fan_acc": items(f"{FANS} > Fan Accessories", ("Dust Cover for Tower Fans, 110cm, White", 11),
                     ("Tower Fan Replacement Air Filter, 2 Pack", 10)),
    "fan": items(f"{FANS} > Pedestal Fans", ("Pedestal Fan, 16 Inch, Adjustable Height, White", 39)),
}

CF, TEA, CT, DRINK = "コーヒー用品", "Tea Supplies", "Coffee & Tea", "飲料 > コーヒー"

CAFE = {
    "dripper": items(f"{CF} > ドリッパー", ("ドリッパー 円錐 1〜4杯用 陶器 白", 1980),
                     ("カフェモア コーヒードリッパー 台形 3つ穴 樹脂 クリア", 680), ("ドリッパー 有田焼 1〜2杯用 黒", 2480),
                     ("Pour Over Coffee Dripper, Stainless Steel, Paperless", 2680)),
    "dripper_acc": items(f"{CF} > ドリッパー > ドリッパー小物", ("ドリッパー専用 スタンド 木製 ウォールナット", 1480),
                         ("計量スプーン ドリッパー用 10g ステンレス", 380)),
    "filter": items(f"{CF} > ペーパーフィルター", ("ペーパーフィルター 円錐 ドリッパー用 1〜4杯 100枚 無漂白", 330),
                    ("ドリッパー対応 ペーパーフィルター 台形 1〜2杯用 100枚", 280),
                    ("Paper Coffee Filters, Cone, Size 02, 200 Count", 680)),
    "filtercase": items(f"{CF} > ペーパーフィルター > フィルターケース", ("フィルターケース 木製 ペーパーフィルター 収納", 1280),
                        ("ペーパーフィルターケース マグネット 白", 980), ("コーヒーフィルター ケース ステンレス 蓋付き", 1480)),
    "mill": items(f"{CF} > コーヒーミル", ("カフェモア コーヒーミル 手挽き セラミック刃 ステンレス", 2980),
                  ("Manual Coffee Mill, Ceramic Burr, Adjustable", 3280)),
    "millbrush": items(f"{CF} > お手入れ", ("ミルブラシ 豚毛 コーヒー粉 掃除用", 580), ("コーヒーミル専用 ブラシ 木製ハンドル", 680),
                       ("ミル 掃除 ブラシ 2本セット", 480)),
    "kettle": items(f"{CT} > Kettles", ("ドリップケトル 細口 0.8L ステンレス 黒", 3980), ("ドリップケトル 1.0L 銅 ガス火 IH対応", 5980),
                    ("Pour Over Drip Kettle, Gooseneck, 1L, Matte Black", 4980),
                    ("電気 ドリップケトル 温度調節 0.8L 黒", 6980), ("ドリップケトル 0.6L ホーロー 白", 2980)),
    "kettle_acc": items(f"{CT} > Kettles > Kettle Parts", ("ドリップケトル用 替えフタ 0.8L 黒", 980),
                        ("ドリップケトル専用 温度計 クリップ 黒", 1280), ("ドリップケトル対応 ノズル アタッチメント 黒", 680)),
    "can.coffee": items(f"{CF} > 保存容器", ("コーヒー缶 密閉 200g ステンレス", 1980), ("コーヒー缶 ブリキ 豆 保存 レトロ", 1480),
                        ("コーヒー缶 真空 バルブ付き 500g 黒", 2480)),
    "can": items("お茶用品 > 茶筒・茶缶", ("保存缶 ブリキ 茶葉用 150g", 980), ("茶缶 ブリキ 100g 内蓋付き 緑", 1280)),
    "coffee": items(DRINK, ("コーヒー豆 中深煎り 200g ブラジル", 1280), ("ドリップバッグ コーヒー 10g×30袋", 1580)),
    "coffee.can": items(DRINK, ("缶コーヒー 微糖 185g×30本", 2480), ("缶コーヒー 無糖 190g×24本", 2280)),
    "coffee.bottle": items(DRINK, ("ボトルコーヒー 無糖 930ml×12本", 2680), ("ボトルコーヒー 甘さ控えめ 900ml×6本", 1480)),
    "bottle.coffee": items(f"{CT} > Bottles", ("コーヒーボトル 真空断熱 350ml ステンレス", 2480),
                           ("コーヒーボトル 直飲み 400ml 白", 2280)),
    "bottle": items(f"{CT} > Bottles", ("マグボトル 350ml 真空断熱", 1980), ("ガラスボトル 1L 冷水筒", 980)),
    "server": items(f"{CT} > Servers", ("Glass Coffee Server, 600ml, Heat Resistant", 1980),
                    ("コーヒーサーバー 耐熱ガラス 400ml 目盛り付き", 1480), ("Glass Coffee Carafe, 800ml, Pour Over", 2480)),
    "scale": items(f"{CT} > Scales", ("Coffee Scale with Timer, 0.1g, Rechargeable", 2980),
                   ("Digital Pour Over Scale, 2kg/0.1g, Black", 2480), ("コーヒースケール タイマー付き 0.1g単位 2kg", 2680)),
    "strainer": items(f"{TEA} > Tea Strainers", ("茶こし ステンレス 極細目 持ち手付き", 680),
                      ("茶こし 深型 マグカップ用 ステンレス", 780), ("竹 茶こし 天然素材 手編み", 480)),
    "noise": each(("茶筒 ブリキ 200g 桜柄", "お茶用品 > 茶筒・茶缶", 1480)),
}

SH, CARE = "シューズ", "シューケア"

SHOES = {
    "leather": items(f"{SH} > 革靴", ("革靴 メンズ ビジネス ストレートチップ 黒 本革", 8980), ("革靴 ローファー 黒 レディース 本革", 4980),
                     ("Leather Oxford Shoes, Men's, Black, Goodyear Welt", 12800), ("革靴 プレーントゥ 茶 26cm", 3980)),
    "cream": items(f"{CARE} > 靴クリーム", ("靴クリーム 乳化性 無色 60g", 880),
                   ("Shoe Cream, Leather Conditioner, Neutral, 50ml", 1280)),
    "cream.leather": items(f"{CARE} > 靴クリーム", ("革靴用 靴クリーム 黒 60g", 780)),
    "lace": items(f"{CARE} > 靴ひも", ("靴ひも 丸紐 白 90cm 2足分", 380), ("結ばない靴ひも ゴム シリコン 12本", 780),
                  ("Waxed Shoelaces, Round, 75cm, Brown", 580), ("Flat Shoelaces, 120cm, 3 Pairs, White", 680)),
    "lace.leather": items(f"{CARE} > 靴ひも", ("革靴対応 靴ひも 黒 丸紐 75cm", 330)),
    "lace.running": items(f"{CARE} > 靴ひも", ("ランニングシューズ専用 靴ひも 伸縮 ロック付き", 680)),
    "keeper": items(f"{CARE} > シューキーパー", ("シューキーパー 木製 レッドシダー メンズ", 2480),
                    ("シューキーパー プラスチック 3足セット", 980), ("シューツリー 天然木 バネ式 レディース", 1980)),
    "keeper.leather": items(f"{CARE} > シューキーパー", ("シューキーパー 革靴専用 木製", 1480)),
    "brush": items(f"{CARE} > ブラシ", ("革靴用 ブラシ 馬毛 ホコリ落とし", 1280), ("靴ブラシ 豚毛 革靴 クリーム塗布", 980),
                   ("Horsehair Shoe Brush, Leather Shoes, Beech Wood", 1480), ("ブラシ 革靴 手入れ 山羊毛", 1980)),
    "kit": items(f"{CARE} > 靴磨きセット", ("靴磨きセット 10点 ケース付き", 2980), ("Shoe Shine Kit, 8 Piece, Leather Case", 3480),
                 ("Deluxe Shoe Care Kit, Brushes, Polish & Cloth", 3980)),
    "insole": items("Shoe Care > Insoles", ("中敷き 低反発 レディース 22-25cm", 880),
                    ("Memory Foam Insoles, Men's, Trim to Fit", 1480),
                    ("Arch Support Insoles, Unisex, Heel Cushion", 1980), ("インソール 衝撃吸収 メンズ 25-28cm", 1280)),
    "insole.running": items("Shoe Care > Insoles", ("ランニングシューズ用 インソール 衝撃吸収", 1680)),
    "running": items(f"{SH} > スニーカー > ランニングシューズ", ("ランニングシューズ メンズ 厚底 軽量 26cm", 5980),
                     ("ランニングシューズ レディース 通気性 メッシュ 白", 4980),
                     ("Running Shoes, Men's, Lightweight Mesh, Black", 6980), ("ランニングシューズ ジュニア 幅広 3E", 3980)),
    "running_acc": items(f"{SH} > スニーカー > ランニングシューズ", ("ランニングシューズ対応 防水カバー 撥水", 1280)),
    "sneaker": items(f"{SH} > スニーカー", ("スニーカー メンズ ローカット 白 レザー", 5980), ("キャンバス スニーカー ハイカット 黒", 2980),
                     ("Canvas Sneakers, Low Top, White, Unisex", 3480)),
    "cleaner": items(f"{CARE} > クリーナー", ("スニーカークリーナー 泡タイプ 150ml", 980),
                     ("スニーカー クリーナー キット ブラシ付き", 1480),
                     ("Sneaker Cleaner Kit, Foam, Brush & Towel", 1980), ("スニーカー用 クリーナー シート 30枚", 680)),
}

SHOPS = {"beach": BEACH, "climate": CLIMATE, "cafe": CAFE, "shoes": SHOES}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("beach", "clamp umbrella", "umbrella.clamp", ["umbrella"], ["umbclamp"]),
    two_types("cafe", "コーヒー缶", "can.coffee", ["can"], ["coffee.can"]),
    two_types("cafe", "缶コーヒー", "coffee.can", ["coffee"], ["can.coffee"]),
    two_types("cafe", "コーヒーボトル", "bottle.coffee", ["bottle"], ["coffee.bottle"]),
    two_types("cafe", "ボトルコーヒー", "coffee.bottle", ["coffee"], ["bottle.coffee"]),
    # --- 2. a leading product word that modifies the head
    qualifies("beach", "goggle straps", ["gstrap"], ["goggles"]),
    qualifies("beach", "umbrella bag", ["umbbag"], ["umbrella"]),
    qualifies("climate", "hot water bottle cover", ["hwbcover"], ["hwb"]),
    qualifies("climate", "dehumidifier filter", ["dfilter"], ["dehum"]),
    qualifies("cafe", "ミル ブラシ", ["millbrush"], ["mill"]),
    qualifies("cafe", "フィルター ケース", ["filtercase"], ["filter"]),
    qualifies("shoes", "スニーカー クリーナー", ["cleaner"], ["sneaker"]),
    qualifies("shoes", "革靴 ブラシ", ["brush"], ["leather"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("beach", "snorkel", ["snorkel"], ["snorkel_acc"]),
    accessories("beach", "swimsuit", ["swimsuit"], ["suit_acc"]),
    accessories("climate", "electric blanket", ["blanket"], ["controller", "blanket_acc"]),
    accessories("climate", "tower fan", ["towerfan"], ["fanremote", "fan_acc"]),
    accessories("climate", "hot water bottle", ["hwb"], ["hwbcover", "hwb_acc"]),
    accessories("cafe", "ドリッパー", ["dripper"], ["filter", "dripper_acc"]),
    accessories("cafe", "ドリップケトル", ["kettle"], ["kettle_acc"]),
    accessories("shoes", "革靴", ["leather"], ["cream.leather", "lace.leather", "keeper.leather", "brush"]),
    accessories("shoes", "ランニングシューズ", ["running"], ["lace.running", "insole.running", "running_acc"]),
    # blue goggles: Aquaflow 18, Speedline 29, 2 pack 14, wide view (clear/blue) 22 (a pink kids pair 9; blue
    # straps 5-7, a blue case 7)
    price("beach", "cheap blue swim goggles", "goggles-3", ["gstrap", "gcase"]),
    # navy swimsuits: Aquaflow 39, training 29, tankini (navy/white) 45 (a pink girls' one 19; navy wet bag 12,
    # navy straps 7)
    price("beach", "budget navy swimsuit", "swimsuit-1", ["suit_acc"]),
    # white tower fans: Breezo 59, bladeless 89, ionizer 49 (black ones 45 and 29, a white pedestal fan 39; white
    # remotes 12-15, a white dust cover 11)
    price("climate", "cheap white tower fan", "towerfan-3", ["fanremote", "fan_acc"]),
    # white dehumidifiers: Drymate 149, compact 49 (a grey mini one 35; a white filter 9, a white hose 8, a white
    # tank 19)
    price("climate", "budget white dehumidifier", "dehum-1", ["dfilter", "dacc"]),
    # black drip kettles: 細口 3980, English matte black 4980, 電気 6980 (a white enamel one 2980; black parts
    # 680-1280)
    price("cafe", "安い 黒 ドリップケトル", "kettle-0", ["kettle_acc"]),
    # black leather shoes: straight tip 8980, loafer 4980, English oxford 12800 (a brown plain toe 3980; black
    # cream 780, black laces 330, a keeper 1480, brushes 980-1980)
    price("shoes", "格安 黒 革靴", "leather-1", ["cream.leather", "lace.leather", "keeper.leather", "brush"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("cafe", "コーヒーサーバー", "server"),
    mixed("cafe", "コーヒースケール", "scale"),
    mixed("cafe", "ペーパーフィルター", "filter"),
    mixed("cafe", "tea strainer", "strainer"),
    mixed("shoes", "シューレース", "lace"),
    mixed("shoes", "中敷き", "insole"),
    mixed("shoes", "靴磨きセット", "kit"),
    mixed("shoes", "shoe trees", "keeper"),
]

_SETUPS = ("categories-lexical", "categories-dense", "categories-latin-only")
_FAILING = {
    "two_types:cafe:缶コーヒー": "the canned coffees, the drip bags and the bottled coffees come first, but the coffee "
                             "beans (コーヒー豆) rank below every コーヒー缶 canister, and below the storage cans and a 茶筒",
    "two_types:cafe:ボトルコーヒー": "the bottled coffees, the drip bags and the canned coffees come first, but the coffee "
                               "beans (コーヒー豆) rank below both コーヒーボトル bottles (and the plain bottles)",
    "qualifies:cafe:ミル_ブラシ": "only the one-word ミルブラシ is returned; コーヒーミル専用 ブラシ and "
                             "ミル 掃除 ブラシ are not returned at all",
}
LIMITS: dict = {("blind66", case, setup): why for case, why in _FAILING.items() for setup in _SETUPS}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind66(q: Q, setup: str, known_limit):
    known_limit("blind66")
    check(q, setup, ENGINES)


def test_blind66_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"blue": "Blue", "navy": "Navy", "white": "White", "黒": "Black"})
