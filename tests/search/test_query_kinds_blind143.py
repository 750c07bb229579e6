"""A hundred-and-forty-third blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in pet vocabularies earlier suites use little:
cat furniture, litter and water fountains (English: cat trees and their parts, fountains with their
filters and pumps, bag dispensers and dispenser bags), small animals (English: rabbit hutches and
their covers, trays and latches, cages and cage liners, hay and hay racks, exercise wheels and their
parts), a Japanese tropical fish and aquarium shop 熱帯魚・水槽用品 (スポンジフィルター and
フィルタースポンジ, 外部フィルター and its ろ材/ホース, ヒーター and ヒーターカバー, 水槽 and 水槽 フタ; part of
its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: Protein Skimmer, Auto Feeder, LED Light) and a Japanese dog grooming shop トリミング・お手入れ
用品 (ペットドライヤー, スタンドドライヤー and ドライヤースタンド, バリカン with its 替刃 and オイル, ラバー
ブラシ, ネイルグラインダー, シャンプー; part of its category tree in English, with English-titled imports).
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
4. mixed: Japanese queries (and English ones over Japanese titles under an English category tree)
   in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Only four two_types queries: the pairs first chosen for the small-animal and grooming shops were
already queries of earlier suites, and no other pair both of whose orders are real products was
beyond debate.

Written blind on 2026-12-01 (143rd suite), as a measurement only (nothing changed for it):
81 of 84 cases pass, 32 of 33 queries in every setup (two_types 4/4 queries, 10/10 cases;
qualifies 7/7, 17/17; accessories 7/8, 17/20; price 6/6, 15/15; mixed 8/8, 22/22); the 3 failing
cases (one query, 水槽 ヒーター, in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
After (a Japanese title that writes apart a compound the shop also writes whole, the type right before its
head, "ヒーター カバー", is read as that compound, not the type; the eighteenth session): 水槽 ヒーター passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

F, L, W = "Cats > Furniture", "Cats > Litter", "Cats > Feeding & Water"

CAT = {
    "tree": items(f"{F} > Cat Trees", ("Whiskerly 5-Level Cat Tree with Condo, Sisal Posts, Grey", 89),
                  ("Compact Cat Tree Tower, 34 inch, Beige", 39),
                  ("Purrch Modern Cat Tree, Wood & Sisal, Grey", 129),
                  ("Large Cat Tree for Big Cats, 72 inch, Grey", 69),
                  ("Whiskerly Cat Tree with Hammock, Cream", 59)),
    "tree_acc": items(f"{F} > Cat Tree Parts", ("Replacement Sisal Scratching Post for Cat Tree, 16 inch, Grey", 14),
                      ("Cat Tree Replacement Hammock, Plush, Grey", 12),
                      ("Replacement Perch Cushions for Cat Trees, 3 Pack, Grey", 18)),
    "scratcher": items(f"{F} > Scratchers", ("Cardboard Cat Scratcher, Wave Lounge", 19),
                       ("Sisal Scratching Post, 32 inch, Tall", 29)),
    "bed": items(f"{F} > Cat Beds", ("Self-Warming Cat Bed, Round, Grey", 25), ("Window Perch Cat Bed, Suction Cups", 29)),
    "litterbox": items(f"{L} > Litter Boxes", ("Hooded Litter Box with Door Flap, Large, Grey", 35),
                       ("Top-Entry Litter Box, Scoop Included", 42), ("Self-Cleaning Litter Box, Automatic", 299)),
    "litter": items(f"{L} > Cat Litter", ("Clumping Clay Cat Litter, Unscented, 20 lb", 15),
                    ("Tofu Cat Litter, Flushable, 6L", 12), ("Pine Pellet Litter, Natural, 40 lb", 19),
                    ("Silica Crystal Cat Litter, Low Dust, 8 lb", 17)),
    "bagdispenser": items(f"{L} > Waste Disposal", ("Litter Bag Dispenser, Wall Mount, White", 14),
                          ("Whiskerly Bag Dispenser with Roll Holder, Grey", 11)),
    "dispbags": items(f"{L} > Waste Disposal", ("Dispenser Bags, Refill Rolls, 12 Pack, Unscented", 9),
                      ("Scented Dispenser Bags, Lavender, 8 Rolls", 8)),
    "bags": items(f"{L} > Litter Bags", ("Cat Litter Bags, Drawstring, 50 Count", 10),
                  ("Litter Box Liner Bags, Jumbo, 15 Pack", 8)),
    "dispenser": items(f"{W} > Feeders", ("Automatic Food Dispenser, 4L, Timed Meals", 59),
                       ("Interactive Treat Dispenser Ball", 9)),
    "fountain": items(f"{W} > Water Fountains", ("Ceramic Cat Fountain, 2.1L, White", 45),
                      ("Whiskerly Cat Water Fountain, Flower Top, 2.5L, White", 29),
                      ("Stainless Steel Cat Fountain, 3L, Silver", 49),
                      ("Cat Fountain with LED, Quiet Pump, 1.8L, Blue", 22),
                      ("Purrch Glass Cat Fountain, 2L, White", 39)),
    "fountainfilter": items(f"{W} > Fountain Parts", ("Replacement Filters for Cat Fountain, 8 Pack, White", 12),
                            ("Cat Fountain Replacement Filters, Carbon & Resin, 6 Pack", 10),
                            ("Whiskerly Fountain Filters, 4 Pack", 8)),
    "fountainpump": items(f"{W} > Fountain Parts", ("Cat Fountain Replacement Pump, Quiet, White", 15),
                          ("Replacement Pump for Cat Water Fountain, USB", 13),
                          ("Fountain Pump, 1.5W, Submersible, for Pet Fountains", 11)),
    "fountain_acc": items(f"{W} > Fountain Parts", ("Intake Foam Sponges for Cat Water Fountain, 10 Pack", 7)),
    "bowl": items(f"{W} > Bowls", ("Raised Ceramic Cat Bowl, Whisker Friendly, White", 16),
                  ("Stainless Steel Cat Bowls, 2 Pack", 12)),
    "carrier": items("Cats > Carriers", ("Soft-Sided Cat Carrier, Airline Approved, Grey", 39),
                     ("Hard Cat Carrier, Top Load, Blue", 35)),
}

S = "Small Pets"

SMALL = {
    "hutch": items(f"{S} > Hutches & Cages > Hutches", ("Two-Story Wooden Rabbit Hutch, Outdoor, Grey", 159),
                   ("Bunnyville Rabbit Hutch with Run, Natural Wood", 189),
                   ("Indoor Rabbit Hutch, Pull-Out Tray, Grey", 119),
                   ("Compact Rabbit Hutch, Weatherproof Roof, Brown", 99)),
    "hutch_acc": items(f"{S} > Hutches & Cages > Hutch Parts", ("Waterproof Cover for Rabbit Hutch, 48 inch, Grey", 29),
                       ("Replacement Tray for Rabbit Hutch, Plastic", 24),
                       ("Rabbit Hutch Replacement Latches, 4 Pack", 9)),
    "cage": items(f"{S} > Hutches & Cages > Cages", ("Hamster Cage, Two Levels, Tubes, 24 inch", 49),
                  ("Guinea Pig Cage with Plastic Base, 47 inch", 69), ("Bunnyville Wire Cage for Rabbits, Large", 79)),
    "cageliner": items(f"{S} > Bedding > Cage Liners", ("Fleece Cage Liner for Guinea Pigs, Washable, 2 Pack", 26),
                       ("Absorbent Cage Liners, Bamboo, Midwest Size", 32), ("Cage Liner Pads, Waterproof, 4 Pack", 19)),
    "bedding": items(f"{S} > Bedding > Loose Bedding", ("Paper Bedding, Unscented, 60L", 22), ("Aspen Shavings, 4 cu ft", 18)),
    "hay": items(f"{S} > Food > Hay", ("Timothy Hay, Second Cut, 5 lb", 19), ("Orchard Grass Hay, 2 lb", 12),
                 ("Bunnyville Meadow Hay, 3 lb", 14)),
    "hayrack": items(f"{S} > Food > Feeders", ("Wooden Hay Rack, Wall Mount, for Rabbits", 15),
                     ("Metal Hay Rack with Lid, Cage Hanging", 12), ("Hay Rack & Feeder Box, 2-in-1", 18)),
    "bottle": items(f"{S} > Food > Water Bottles", ("No-Drip Water Bottle, 32 oz", 11),
                    ("Glass Water Bottle for Hamsters, 250ml", 9)),
    "wheel": items(f"{S} > Toys & Exercise > Wheels", ("Bunnyville Exercise Wheel, 12 inch, Blue", 24),
                   ("Wooden Exercise Wheel, 11 inch, Natural", 29), ("Silent Spinner Exercise Wheel, 8 inch, Blue", 19),
                   ("Exercise Wheel with Stand, 6.5 inch, Pink", 12),
                   ("Quiet Exercise Wheel, Clear Base, 10 inch, Blue", 27)),
    "wheel_acc": items(f"{S} > Toys & Exercise > Wheel Parts", ("Replacement Bearings for Exercise Wheel, 2 Pack, Blue", 6),
                       ("Cage Mount Bracket for Exercise Wheel, Blue", 8), ("Exercise Wheel Replacement Stand, 8 inch", 9)),
    "ball": items(f"{S} > Toys & Exercise > Exercise Balls", ("Hamster Exercise Ball, 7 inch, Blue", 9)),
    "toy": items(f"{S} > Toys & Exercise > Chews & Hides", ("Willow Tunnel Hide, Large", 14), ("Apple Stick Chews, 20 pcs", 6)),
}

A, AF = "アクアリウム", "Aquarium > Filters"

AQUA = {
    "tank": items(f"{A} > 水槽", ("水槽 60cm 曲げガラス 熱帯魚 金魚", 5980), ("オールガラス水槽 45cm 高透明", 3980),
                  ("Rimless Glass Aquarium Tank, 30cm", 2980)),
    "lid": items(f"{A} > 水槽 > フタ", ("水槽 フタ 60cm用 ガラス", 1280), ("水槽用 フタ 45cm 透明 アクリル", 980),
                 ("水槽フタ スライド式 30cm", 680)),
    "spongefilter": items(f"{AF} > スポンジフィルター", ("スポンジフィルター エアー式 小型水槽 稚魚 エビ", 580),
                          ("ダブルスポンジフィルター 60cm水槽まで", 980), ("Sponge Filter, Air Driven, for Shrimp Tanks", 700)),
    "filterspong": items(f"{AF} > ろ材・交換スポンジ", ("フィルタースポンジ 交換用 外掛けフィルター用 2枚", 380),
                         ("フィルタースポンジ 粗目 カット自由 50x50cm", 680),
                         ("上部フィルター用 フィルタースポンジ 60cm 3枚", 480)),
    "filter": items(f"{AF} > 外掛け・上部フィルター", ("外掛けフィルター 小型水槽用 静音", 1480),
                    ("上部フィルター 60cm水槽用 ポンプ付き", 3280)),
    "sponge": items(f"{A} > メンテナンス", ("コケ取りスポンジ 水槽 ガラス面 ハンドル付き", 480),
                    ("Algae Cleaning Sponge, Magnetic, Small", 880)),
    "extfilter": items(f"{AF} > 外部フィルター", ("外部フィルター 60cm水槽対応 静音 黒", 6980),
                       ("外部フィルター 30cm水槽用 小型 白", 3980), ("コンパクト 外部フィルター 45cm水槽用 黒", 4980),
                       ("外部フィルター 90cm 大型水槽 黒", 12800)),
    "extfilter_acc": items(f"{AF} > ろ材・交換スポンジ", ("外部フィルター用 ろ材 リングろ材 1L", 1280),
                           ("外部フィルター専用 ホース 16/22mm 黒 2m", 880), ("外部フィルター対応 ダブルタップ 黒", 1180),
                           ("ストレーナースポンジ 外部フィルター用 黒 2個", 380)),
    "airpump": items(f"{A} > エアーポンプ", ("エアーポンプ 静音 小型水槽用 吐出口1 白", 980),
                     ("Air Pump for Aquarium, Dual Outlet, Quiet", 1580), ("アクアフロー エアーポンプ 2口 60cm水槽用", 1980)),
    "airpump_acc": items(f"{A} > エアーポンプ", ("エアーポンプ用 逆止弁 5個入り", 280), ("エアーポンプ対応 エアーチューブ 4m", 380)),
    "heater": items("Aquarium > Heaters", ("水槽用 ヒーター 100W オートヒーター 60cm以下", 2480),
                    ("Aquarium Heater, 50W, Adjustable, Submersible", 1980), ("ヒーター 熱帯魚 150W 温度調節 水槽", 3480),
                    ("Titanium Aquarium Heater, 300W", 4980)),
    "heatercover": items("Aquarium > Heaters", ("ヒーターカバー 100W用 エビ 稚魚 保護", 480), ("ヒーター カバー 樹脂製 150W対応", 580),
                         ("Heater Cover, Plastic, for Aquarium Heaters", 680)),
    "skimmer": items("Aquarium > Marine > プロテインスキマー", ("Protein Skimmer, Hang-On, for Tanks up to 200L", 8980),
                     ("プロテインスキマー 外掛け式 60cm水槽 海水", 6980), ("Compact Protein Skimmer, In-Sump, 300L", 12800)),
    "wavepump": items("Aquarium > Marine > Wave Pumps", ("ウェーブポンプ 水流ポンプ 海水水槽 マグネット固定", 2980),
                      ("ウェーブポンプ コントローラー付き 6000L/H", 6480), ("水流ポンプ 小型 ウェーブ 30cm水槽", 1980)),
    "feeder": items("Aquarium > Feeding", ("Automatic Fish Feeder, Programmable, Moisture Proof", 2480),
                    ("オートフィーダー 自動給餌器 熱帯魚 タイマー", 1980), ("Auto Feeder for Aquarium, Digital, Battery", 1680)),
    "light": items(f"{A} > 照明", ("LED Aquarium Light, 60cm, Full Spectrum", 3980), ("水槽 LEDライト 45cm 薄型 スライド式", 2480),
                   ("LEDライト 水草育成 30cm 水槽用", 1980)),
}

G, GR = "ペット用品 > トリミング", "Grooming"

GROOM = {
    "dryer": items(f"{G} > ドライヤー", ("ペットドライヤー ハンズフリー 速乾 大風量 白", 4980),
                   ("Pet Hair Dryer, 2-Speed, Low Noise, White", 5980), ("ペット ドライヤー 犬 猫 温度調節 ピンク", 3980),
                   ("ペットドライヤー 折りたたみ 軽量 白", 4480)),
    "standdryer": items(f"{G} > ドライヤー", ("スタンドドライヤー ペット 高さ調節 白", 12800),
                        ("スタンドドライヤー 犬 トリミング 大型犬", 15800)),
    "dryerstand": items(f"{G} > ドライヤー用品", ("ドライヤースタンド ハンズフリー クランプ式 白", 1980),
                        ("ドライヤースタンド 床置き 角度調節", 2480), ("ペットドライヤー用 スタンド アーム 白", 1680)),
    "dryer_acc": items(f"{G} > ドライヤー用品", ("ペットドライヤー用 ノズル 3種 交換用", 680), ("ドライヤー専用 ホース 延長 白", 980)),
    "clipper": items(f"{GR} > バリカン", ("プロ用 バリカン 犬 トリミング 黒", 6980), ("部分カット バリカン 足裏 肉球 ピンク", 1980),
                     ("ペット バリカン 充電式 静音 全身カット 黒", 2980), ("バリカン 犬 猫 セラミック刃 コードレス 黒", 3480)),
    "clipper_acc": items(f"{GR} > バリカン > 替刃・パーツ", ("バリカン用 替刃 3mm 黒", 980), ("バリカン専用 アタッチメント 4種 黒", 680),
                         ("バリカン対応 充電アダプター", 880)),
    "oil": items(f"{GR} > バリカン > 替刃・パーツ", ("バリカンオイル 刃 潤滑油 30ml", 480),
                 ("バリカン オイル スプレー 刃のお手入れ 100ml", 780), ("バリカン用 オイル 刃 潤滑 20ml", 380)),
    "brush": items(f"{GR} > ブラシ・コーム", ("ラバーブラシ 犬 猫 抜け毛取り シリコン", 980),
                   ("Rubber Grooming Brush, Dogs, Short Hair", 1280), ("ラバーブラシ 短毛種 マッサージ", 880),
                   ("Rubber Curry Brush for Dogs, Blue", 1180)),
    "comb": items(f"{GR} > ブラシ・コーム", ("スリッカーブラシ 犬 猫 ソフトピン", 1280), ("コーム ステンレス 両目 犬 猫", 880),
                  ("獣毛ブラシ 豚毛 艶出し", 1180)),
    "grinder": items(f"{GR} > ネイルケア", ("Pet Nail Grinder, Rechargeable, 2-Speed", 2480),
                     ("ネイルグラインダー 犬 猫 電動爪やすり LED付き", 1980), ("Quiet Nail Grinder for Dogs, USB", 1780)),
    "nail": items(f"{GR} > ネイルケア", ("爪切り 犬 猫 ギロチン式", 780), ("爪切り ハサミ型 ストッパー付き", 880)),
    "shampoo": items("Dog Grooming > Shampoo", ("犬用 シャンプー 低刺激 無香料 500ml", 1280), ("ドッグシャンプー オーガニック 敏感肌", 1680),
                     ("薬用シャンプー 犬 皮膚ケア 300ml", 1980), ("リンスインシャンプー 犬 猫 ノンシリコン", 1180)),
    "conditioner": items("Dog Grooming > Conditioner", ("犬用 コンディショナー 毛玉防止 500ml", 1280)),
    "table": items(f"{G} > トリミングテーブル", ("トリミングテーブル 折りたたみ 高さ調節 アーム付き", 6980),
                   ("Grooming Table, Foldable, with Arm, 90cm", 8980), ("トリミング台 小型犬 滑り止め", 4980)),
}

SHOPS = {"cat": CAT, "small": SMALL, "aqua": AQUA, "groom": GROOM}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("cat", "bag dispenser", "bagdispenser", ["dispenser"], ["dispbags"]),
    two_types("cat", "dispenser bags", "dispbags", ["bags"], ["bagdispenser"]),
    two_types("aqua", "スポンジフィルター", "spongefilter", ["filter", "extfilter"], ["filterspong"]),
    two_types("aqua", "フィルタースポンジ", "filterspong", ["sponge"], ["spongefilter"]),
    # --- 2. a leading product word that modifies the head
    qualifies("cat", "fountain filter", ["fountainfilter"], ["fountain"]),
    qualifies("cat", "fountain pump", ["fountainpump"], ["fountain"]),
    qualifies("small", "hay rack", ["hayrack"], ["hay"]),
    qualifies("small", "cage liner", ["cageliner"], ["cage"]),
    qualifies("aqua", "ヒーター カバー", ["heatercover"], ["heater"]),
    qualifies("aqua", "水槽 フタ", ["lid"], ["tank"]),
    qualifies("groom", "バリカン オイル", ["oil"], ["clipper"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("cat", "cat tree", ["tree"], ["tree_acc"]),
    accessories("cat", "cat fountain", ["fountain"], ["fountainfilter", "fountainpump", "fountain_acc"]),
    accessories("small", "rabbit hutch", ["hutch"], ["hutch_acc"]),
    accessories("small", "exercise wheel", ["wheel"], ["wheel_acc"]),
    accessories("aqua", "外部フィルター", ["extfilter"], ["extfilter_acc"]),
    accessories("aqua", "水槽 ヒーター", ["heater"], ["heatercover"]),
    accessories("groom", "バリカン", ["clipper"], ["clipper_acc", "oil"]),
    accessories("groom", "ペットドライヤー", ["dryer", "standdryer"], ["dryerstand", "dryer_acc"]),
    # white fountains: ceramic 45, Whiskerly 29, glass 39 (a blue one 22; white filters 12, a white pump 15)
    price("cat", "budget white cat fountain", "fountain-1", ["fountainfilter", "fountainpump", "fountain_acc"]),
    # blue wheels: Bunnyville 24, Silent Spinner 19, Quiet 27 (a pink one 12, a blue exercise ball 9; blue parts 6-8)
    price("small", "cheap blue exercise wheel", "wheel-2", ["wheel_acc"]),
    # grey hutches: two-story 159, indoor 119 (a brown one 99; a grey cover 29)
    price("small", "cheap grey rabbit hutch", "hutch-2", ["hutch_acc"]),
    # black canister filters: 60cm 6980, compact 4980, 90cm 12800 (a white 30cm one 3980; black hose 880, tap 1180,
    # strainer sponges 380)
    price("aqua", "格安 黒 外部フィルター", "extfilter-2", ["extfilter_acc"]),
    # white pet dryers: hands-free 4980, English 5980, folding 4480 (a pink one 3980, a white stand dryer 12800;
    # white stands 1680-1980, a white hose 980)
    price("groom", "お手頃 白 ペットドライヤー", "dryer-3", ["dryerstand", "dryer_acc"]),
    # black clippers: pro 6980, rechargeable 2980, ceramic 3480 (a pink paw trimmer 1980; black blades 980,
    # attachments 680)
    price("groom", "激安 黒 バリカン", "clipper-2", ["clipper_acc", "oil"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("aqua", "プロテインスキマー", "skimmer"),
    mixed("aqua", "オートフィーダー", "feeder"),
    mixed("aqua", "LEDライト", "light"),
    mixed("aqua", "wave pump", "wavepump"),
    mixed("groom", "ラバーブラシ", "brush"),
    mixed("groom", "ネイルグラインダー", "grinder"),
    mixed("groom", "トリミングテーブル", "table"),
    mixed("groom", "dog shampoo", "shampoo"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind143(q: Q, setup: str, known_limit):
    known_limit("blind143")
    check(q, setup, ENGINES)


def test_blind143_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "blue": "Blue", "grey": "Grey"})
