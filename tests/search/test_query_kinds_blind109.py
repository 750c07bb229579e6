"""A hundred-and-ninth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
indoor growing and hydroponics (English: grow lights, light shelves, inline fans, pH meters),
seeds, seed starting and houseplant supports (English: trellis planters, moss poles, sprouting
jars, plant misters), a Japanese houseplant and gift-plant shop 観葉植物・種・苗 (part of its
category tree in English, with English-titled imports whose Japanese names are katakana loanwords)
and a Japanese kitchen-garden and hydroponics shop 家庭菜園・水耕栽培 (English-titled imports and an
English category branch too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

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

Written blind on 2026-12-01 (109th suite), as a measurement only (nothing changed for it):
90 of 94 cases pass, 36 of 38 queries in every setup (two_types 8/8 queries, 20/20 cases;
qualifies 7/7, 17/17; accessories 7/8, 18/20; price 5/6, 13/15; mixed 8/8, 22/22); the 4 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "plant mister" ranks "Plant Mister Replacement Trigger, White" above the
real spray-bottle mister (third in the dense setup), and "budget white plant mister" puts that
trigger first.
After (an English "X Replacement Y" title is a Y made for X, as "Y for X" is; the seventeenth
session): "plant mister" and "budget white plant mister" pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

IG, HP = "Indoor Growing", "Hydroponics"
LIGHTS, SHELVING, VENT = f"{IG} > Grow Lights", f"{IG} > Shelving", f"{IG} > Ventilation"

INDOOR = {
    "lightshelf": items(f"{SHELVING} > Light Shelves",
                        ("Verdance Light Shelf, 4 Tier, 120W LED Grow Lights, Black", 189),
                        ("Seedling Light Shelf, 3 Tier, T5 Fixtures, White", 149),
                        ("Rolling Grow Light Shelf, 5 Tier, Chrome, Full Spectrum", 229)),
    "shelf": items(SHELVING, ("Metal Plant Shelf, 4 Tier, Black", 59), ("Wire Shelf Rack, 5 Tier, Chrome, 90cm", 79),
                   ("Bamboo Corner Plant Shelf, 3 Tier", 45)),
    "shelflight": items(f"{LIGHTS} > Shelf Lights", ("Verdance Shelf Lights, Full Spectrum LED, 60cm, 4 Pack", 49),
                        ("Shelf Light Bar, Grow Spectrum, Linkable, 30cm", 19),
                        ("Under Shelf Light, Magnetic Seedling LED Strip, 2 Pack", 29)),
    "light": items(LIGHTS, ("Verdance Full Spectrum Grow Light, 1000W Equivalent, Black", 119),
                   ("Clip-On Grow Light, 3 Heads, Dimmable Timer, Black", 29),
                   ("Quantum Board LED Grow Light, 240W, Black", 159), ("Desk Grow Light, Gooseneck, USB, White", 19),
                   ("Grow Light Bar, 2ft, Linkable, Black", 39)),
    "light_acc": items(f"{LIGHTS} > Light Accessories", ("Replacement Power Cord for Grow Lights, Black, 6ft", 8),
                       ("Daisy Chain Cable for Verdance Grow Lights, 2m", 10)),
    "lighthanger": items(f"{LIGHTS} > Light Accessories", ("Rope Ratchet Light Hangers, 2 Pack, Black", 9),
                         ("Light Hangers for Grow Lights, Heavy Duty, 4 Pack, Black", 15),
                         ("Verdance Light Hangers, Adjustable, Stainless, 1 Pair", 12)),
    "fan.inline": items(f"{VENT} > Inline Fans", ("Verdance Inline Duct Fan, 4 inch, 190 CFM, Black", 69),
                        ("Inline Fan, 6 inch, EC Motor, Quiet, 400 CFM, Black", 99),
                        ("Inline Duct Fan, 8 inch, Mixed Flow, 720 CFM, Black", 129),
                        ("Inline Booster Fan, 4 inch, 100 CFM, White", 29)),
    "fan.clip": items(f"{VENT} > Clip Fans", ("Clip Fan, 6 inch, Oscillating, 2 Speeds", 19)),
    "fan_acc": items(f"{VENT} > Ducting & Parts", ("Duct Clamps for Inline Fans, 4 inch, 2 Pack, Black", 6),
                     ("Silencer for Inline Duct Fans, 4 inch", 29),
                     ("Inline Fan Replacement Mounting Bracket, 6 inch, Black", 12)),
    "fancontroller": items(f"{VENT} > Controllers", ("Fan Speed Controller, Variable, Plug-In", 19),
                           ("Verdance Fan Controller, Temperature & Humidity, App", 79),
                           ("Inline Fan Controller with Thermostat Probe", 45)),
    "phmeter": items(f"{HP} > Testing", ("Digital pH Meter, 0.01 Accuracy, ATC, Pen Style", 19),
                     ("Verdance pH Meter, Soil & Water, Backlit", 35), ("Benchtop pH Meter, Lab Grade, Hydroponics", 59)),
    "ph_acc": items(f"{HP} > Testing > Calibration", ("pH Calibration Solution for pH Meters, 4.00/7.00, 250ml", 12),
                    ("pH Meter Replacement Electrode, BNC", 29),
                    ("Storage Solution for pH Meter Probes, KCl, 100ml", 9)),
    "noise": each(("Carbon Filter, 4 inch, Australian Charcoal", VENT, 39),
                  ("Hydroponic Nutrients A+B, 1L Each", f"{HP} > Nutrients", 25),
                  ("Deep Water Culture Bucket Kit, 5 Gallon", f"{HP} > Systems", 49),
                  ("Grow Tent, 80x80x160cm, Mylar, Black", f"{IG} > Grow Tents", 89)),
}

PL, SU, SS = "Planters", "Plant Supports", "Seed Starting"

SEEDS = {
    "trellisplanter": items(f"{PL} > Trellis Planters", ("Greenroot Trellis Planter, Raised, 30 inch, Cedar", 89),
                            ("Self-Watering Trellis Planter for Climbing Plants, Grey", 59),
                            ("Trellis Planter Box with Wheels, 4 ft, Black", 119)),
    "planter": items(f"{PL} > Pots & Planters", ("Greenroot Self-Watering Planter, 12 inch, White", 29),
                     ("Ceramic Planter with Drainage Hole, 8 inch, Terracotta", 19),
                     ("Hanging Planter, Macrame, 2 Pack, Cream", 24), ("Window Box Planter, 24 inch, Black", 22)),
    "plantertrellis": items(f"{SU} > Trellises", ("Planter Trellis, Fan Shape, Bamboo, 2 Pack", 15),
                            ("Greenroot Planter Trellis for Pots, Metal, 24 inch, Black", 19),
                            ("Expandable Planter Trellis, Willow, 3 Pack", 17)),
    "trellis": items(f"{SU} > Trellises", ("Garden Trellis for Climbing Plants, 6 ft, Green", 29),
                     ("Cucumber Trellis, A-Frame, Foldable", 45), ("Wall Trellis, Cedar, 4 ft", 35)),
    "seedtray": items(f"{SS} > Seed Trays", ("Greenroot Seed Trays, 72 Cells, 10 Pack", 25),
                      ("Seed Starting Tray with Humidity Dome, 40 Cells", 19),
                      ("Bottom Watering Seed Trays, 1020, Heavy Duty, 5 Pack", 29)),
    "seed": items("Seeds > Vegetable & Herb Seeds", ("Greenroot Tomato Seeds, Heirloom Mix, 200 Seeds", 5),
                  ("Basil Seeds, Genovese, Organic", 4), ("Wildflower Seed Mix, 1 lb, Pollinator", 19),
                  ("Lettuce Seeds, Butterhead, 1000 Seeds", 3)),
    "moss": items("Soil & Media > Moss", ("Sphagnum Moss, Long Fibre, 1 kg", 15), ("Sheet Moss, Preserved, Green", 9),
                  ("Greenroot Peat-Free Moss Mix, 8 qt", 12)),
    "mosspole": items(f"{SU} > Moss Poles", ("Greenroot Moss Pole for Monstera, 60cm, Extendable", 19),
                      ("Coir Moss Pole, 2 Pack, 45cm", 15), ("Moss Pole, Sphagnum Filled, Bendable, 80cm", 24)),
    "jar": items("Sprouting > Sprouting Jars", ("Greenroot Sprouting Jar, 32 oz, Stainless Mesh Lid", 15),
                 ("Sprouting Jars, Wide Mouth, 2 Pack, Green Lids", 19),
                 ("Glass Sprouting Jar Kit with Stand, 3 Jars", 29)),
    "jar_acc": items("Sprouting > Sprouting Accessories", ("Replacement Mesh Lids for Sprouting Jars, 4 Pack", 9),
                     ("Sprouting Jar Replacement Screens, Stainless, 3 Pack", 7),
                     ("Drip Stand for Sprouting Jars, Bamboo", 12)),
    "mister": items("Houseplant Care > Misters", ("Greenroot Plant Mister, Glass, 300ml, White", 15),
                    ("Plant Mister Spray Bottle, Continuous Mist, White, 500ml", 12),
                    ("Brass Plant Mister, Vintage, 250ml", 19), ("Plant Mister, Plastic, 1L, Green", 6),
                    ("Pump Plant Mister, 1.5L, White", 9)),
    "mister_acc": items("Houseplant Care > Misters", ("Replacement Nozzle for Plant Misters, 2 Pack, White", 4),
                        ("Plant Mister Replacement Trigger, White", 5),
                        ("Glass Bottle for Greenroot Plant Mister, 300ml", 8)),
}

KA, GA, PA = "観葉植物", "園芸用品", "Plant Accessories"

KANYO = {
    "flowerstand": items(f"{GA} > フラワースタンド", ("フラワースタンド アイアン 3段 黒 室内", 3980),
                         ("フラワースタンド 木製 ラダー 4段 ナチュラル", 4980), ("フラワースタンド 丸型 高さ60cm ゴールド", 1980)),
    "stand": items(f"{GA} > 鉢スタンド", ("鉢スタンド キャスター付き 直径30cm 黒", 1280), ("プランタースタンド 2段 木製 ナチュラル", 2480),
                   ("Metal Plant Stand, 3 Tier, Black", 2980)),
    "standflower": items("ギフト > スタンドフラワー", ("スタンドフラワー 開店祝い 1段 赤 ピンク 生花", 16500),
                         ("スタンドフラワー 2段 開業祝い 白 グリーン", 33000), ("スタンドフラワー 祝い花 ミニ 黄色 オレンジ", 11000)),
    "flower": items("ギフト > フラワーギフト", ("プリザーブドフラワー ボックス バラ 赤", 4980), ("ドライフラワー スワッグ かすみ草", 2980),
                    ("フラワーアレンジメント 生花 誕生日 ピンク", 5500)),
    "cactus": items(f"{KA} > サボテン・多肉植物", ("サボテン 金鯱 3号鉢", 1280), ("サボテン 寄せ植え 3種 ミニ 陶器鉢", 1980)),
    "cactussoil": items(f"{GA} > 用土", ("サボテン 多肉植物の土 2L 水はけ", 680), ("サボテンの土 5L 赤玉土 鹿沼土 ブレンド", 1280),
                        ("サボテン用 土 3L 元肥入り", 880)),
    "airplant": items("Houseplants > Air Plants", ("エアプランツ チランジア イオナンタ 3株セット", 1480),
                      ("エアプランツ キセログラフィカ Lサイズ", 2980), ("エアプランツ ウスネオイデス 吊り下げ", 1680),
                      ("Air Plants Variety Pack, 6 Tillandsia, Live", 2280)),
    "airholder": items(f"{PA} > Holders & Hangers", ("エアプランツ ホルダー 壁掛け 真鍮 3個", 1980),
                       ("エアプランツ ホルダー ガラス 吊り下げ 球体", 1280), ("エアプランツ用 ホルダー 流木 スタンド", 1580)),
    "hanger": items(f"{PA} > Holders & Hangers", ("マクラメ プラントハンガー 2個セット 綿", 1480),
                    ("プラントハンガー アイアン 壁掛け 黒", 1980), ("Macrame Plant Hangers, Set of 3, Cotton, Cream", 1680),
                    ("Wall Plant Hanger Bracket, 2 Pack, Black", 1280)),
    "monstera": items("Houseplants > Monstera", ("モンステラ デリシオーサ 8号鉢 観葉植物", 6980),
                      ("ヒメモンステラ 5号 プラ鉢", 2480), ("Monstera Deliciosa, Live Plant, 6 inch Pot", 3980)),
    "snake": items("Houseplants > Snake Plants", ("サンスベリア ローレンティー 6号鉢 観葉植物", 4980),
                   ("サンスベリア ゼラニカ 4号 陶器鉢 白", 3480), ("Snake Plant, Sansevieria Laurentii, 6 inch Pot, Live", 3980)),
    "kokedama": items(f"{KA} > 苔玉・盆栽", ("苔玉 ガジュマル 受け皿付き", 1980), ("苔玉 シダ ミニ 2個セット", 1480),
                      ("苔玉 もみじ 盆栽 和風", 2480)),
    "kokedama_acc": items(f"{KA} > 苔玉・盆栽 > 苔玉小物", ("苔玉用 受け皿 陶器 丸 黒", 680), ("苔玉専用 液体肥料 スプレー", 880),
                          ("苔玉対応 吊り下げ 麻ひも ハンガー", 580)),
    "growlight": items(f"{GA} > 植物育成ライト", ("植物育成ライト LED クリップ式 2灯 黒 タイマー付き", 2480),
                       ("植物育成ライト スポットライト E26 黒 20W", 1980), ("植物育成ライト 電球 E26 白 12W", 1280),
                       ("Full Spectrum Grow Light, Clip-On, 4 Heads, Black", 2980), ("植物育成ライト バー 60cm 黒 連結可能", 3480)),
    "growlight_acc": items(f"{GA} > 植物育成ライト > ライト小物", ("植物育成ライト用 クリップ スタンド 黒", 980),
                           ("植物育成ライト専用 タイマー コンセント 黒", 1280), ("植物育成ライト対応 吊り下げワイヤー 2本 黒", 580),
                           ("電源アダプター 植物育成ライト用 黒", 880)),
}

KS, HY, SJ = "家庭菜園", "Hydroponics", "水耕栽培"

SAIEN = {
    "vinylhouse": items(f"{KS} > 温室", ("ビニールハウス 家庭用 4段 棚付き 透明カバー", 3980),
                        ("ビニールハウス 大型 幅200cm 奥行300cm 菜園", 29800), ("ビニールハウス ミニ 1段 ベランダ 保温", 1980)),
    "house": items(f"{KS} > 温室", ("ガーデンハウス 3段 PVC 温室 グリーン", 4980), ("グリーンハウス ポリカーボネート 組立式 小型", 39800)),
    "housevinyl": items(f"{KS} > 農業資材 > ビニール", ("ハウスビニール 農業用 厚さ0.1mm 幅185cm 10m", 3480),
                        ("ハウスビニール 張り替え 透明 0.15mm 幅270cm", 5980), ("ハウスビニール 防曇 ロール 幅230cm 20m", 6980)),
    "vinyl": items(f"{KS} > 農業資材 > ビニール", ("農業用ビニール 透明 0.05mm 幅180cm 50m", 2980),
                   ("農ビ ビニール 透明 0.075mm 幅135cm 30m", 2480)),
    "strawberry": items("苗 > いちご苗", ("いちご苗 とちおとめ 3号ポット 3株", 1280), ("いちご苗 四季なり 章姫 2株", 980),
                        ("イチゴ 苗 紅ほっぺ 9cmポット", 680)),
    "strawplanter": items(f"{KS} > プランター", ("いちご プランター 6穴 タワー型 テラコッタ", 2480),
                          ("いちごプランター 3段 スタッキング 白", 1980), ("ストロベリーポット 陶器 いちご栽培 プランター", 2980)),
    "hydrokit": items(f"{HY} > Kits", ("水耕栽培キット LEDライト付き 12株 白", 6980), ("水耕栽培キット ペットボトル 5セット 緑", 1480),
                      ("水耕栽培キット 室内 スマートガーデン 白 タイマー", 4980),
                      ("Hydroponics Growing System, 9 Pods, LED, White", 5480), ("水耕栽培キット ベランダ 循環式 黒", 9800)),
    "hydrokit_acc": items(f"{HY} > Parts", ("水耕栽培キット用 スポンジ 交換用 白 100個", 580),
                          ("水耕栽培キット専用 液体肥料 500ml", 980), ("水耕栽培キット対応 エアーポンプ 静音 白", 1280),
                          ("種まきポッド 水耕栽培キット用 白 12個", 780)),
    "mulch": items(f"{KS} > 農業資材 > マルチ", ("マルチシート 黒 95cm×50m", 1280), ("マルチシート 穴あき 黒 135cm×20m 5列", 980),
                   ("マルチシート 銀 防虫 95cm×50m", 1480), ("マルチシート 緑 95cm×20m", 580),
                   ("Black Mulch Film, 4x50 ft, Weed Barrier", 1680)),
    "mulch_acc": items(f"{KS} > 農業資材 > マルチ", ("マルチシート用 押さえピン 黒 50本", 480),
                       ("マルチ押さえ マルチシート専用 黒 20本", 380), ("マルチシート対応 穴あけ器 黒", 780)),
    "netpot": items(f"{SJ} > ポット・培地", ("ネットポット 5cm 黒 50個 水耕栽培", 580), ("ネットポット 8cm 20個", 480),
                    ("ネットポット 穴あき 3号 10個", 380), ("Net Pots 2 inch, Slotted, 50 Pack, Black", 680)),
    "hydroball": items(f"{SJ} > ポット・培地", ("ハイドロボール 小粒 2L", 580), ("ハイドロボール 中粒 5L", 1180),
                       ("ハイドロボール 大粒 10L", 1980), ("Hydro Balls, Expanded Clay Pebbles, 10L", 1780)),
    "rockwool": items(f"{SJ} > ポット・培地", ("ロックウール キューブ 25mm 98個", 880), ("ロックウール スラブ 1枚 水耕栽培", 1280),
                      ("Rockwool Starter Cubes, 1.5 inch, 50 Pack", 980)),
    "seedpotato": items("Seeds & Plants > Seed Potatoes", ("種芋 男爵 1kg 春植え", 980), ("種芋 メークイン 1kg", 980),
                        ("じゃがいも 種芋 キタアカリ 2kg", 1680)),
    "noise": each(("プランター 65cm 深型 野菜 緑", f"{KS} > プランター", 1280),
                  ("さつまいも 苗 紅はるか 10本", "Seeds & Plants > Vegetable Starts", 1480)),
}

SHOPS = {"indoor": INDOOR, "seeds": SEEDS, "kanyo": KANYO, "saien": SAIEN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("indoor", "light shelf", "lightshelf", ["shelf"], ["shelflight"]),
    two_types("indoor", "shelf lights", "shelflight", ["light"], ["lightshelf"]),
    two_types("seeds", "trellis planter", "trellisplanter", ["planter"], ["plantertrellis"]),
    two_types("seeds", "planter trellis", "plantertrellis", ["trellis"], ["trellisplanter"]),
    two_types("kanyo", "フラワースタンド", "flowerstand", ["stand"], ["standflower"]),
    two_types("kanyo", "スタンド フラワー", "standflower", ["flower"], ["flowerstand"]),
    two_types("saien", "ビニールハウス", "vinylhouse", ["house"], ["housevinyl"]),
    two_types("saien", "ハウス ビニール", "housevinyl", ["vinyl"], ["vinylhouse"]),
    # --- 2. a leading product word that modifies the head
    qualifies("indoor", "light hangers", ["lighthanger"], ["light"]),
    qualifies("indoor", "fan controller", ["fancontroller"], ["fan"]),
    qualifies("seeds", "seed trays", ["seedtray"], ["seed"]),
    qualifies("seeds", "moss pole", ["mosspole"], ["moss"]),
    qualifies("kanyo", "サボテン 土", ["cactussoil"], ["cactus"]),
    qualifies("kanyo", "エアプランツ ホルダー", ["airholder"], ["airplant"]),
    qualifies("saien", "いちご プランター", ["strawplanter"], ["strawberry"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("indoor", "inline fan", ["fan.inline"], ["fan_acc"]),
    accessories("indoor", "ph meter", ["phmeter"], ["ph_acc"]),
    accessories("seeds", "sprouting jars", ["jar"], ["jar_acc"]),
    accessories("seeds", "plant mister", ["mister"], ["mister_acc"]),
    accessories("kanyo", "苔玉", ["kokedama"], ["kokedama_acc"]),
    accessories("kanyo", "植物育成ライト", ["growlight"], ["growlight_acc"]),
    accessories("saien", "水耕栽培キット", ["hydrokit"], ["hydrokit_acc"]),
    accessories("saien", "マルチシート", ["mulch"], ["mulch_acc"]),
    # black grow lights: Verdance 119, clip-on 29, quantum board 159, bar 39 (a white desk one 19; black
    # accessories 8-15: power cord, light hangers)
    price("indoor", "cheap black grow light", "light-1", ["light_acc", "lighthanger"]),
    # black inline fans: Verdance 4" 69, 6" EC 99, 8" 129 (a white booster 29; black accessories 6-12)
    price("indoor", "budget black inline fan", "fan.inline-0", ["fan_acc"]),
    # white plant misters: glass 15, spray bottle 12, pump 9 (a green plastic one 6, a brass one 19; white
    # accessories 4-5)
    price("seeds", "budget white plant mister", "mister-4", ["mister_acc"]),
    # black grow lights: clip 2480, spot 1980, English 2980, bar 3480 (a white bulb 1280; black accessories 580-1280)
    price("kanyo", "激安 黒 植物育成ライト", "growlight-1", ["growlight_acc"]),
    # white kits: LED 6980, smart garden 4980, English 5480 (a green PET-bottle one 1480, a black one 9800;
    # white accessories 580-1280)
    price("saien", "安い 白 水耕栽培キット", "hydrokit-2", ["hydrokit_acc"]),
    # black mulch sheets: 1280, perforated 980, English 1680 (a green one 580, a silver one 1480; black
    # accessories 380-780)
    price("saien", "格安 黒 マルチシート", "mulch-1", ["mulch_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("kanyo", "プラントハンガー", "hanger"),
    mixed("kanyo", "モンステラ", "monstera"),
    mixed("kanyo", "サンスベリア", "snake"),
    mixed("kanyo", "air plant", "airplant"),
    mixed("saien", "ネットポット", "netpot"),
    mixed("saien", "ハイドロボール", "hydroball"),
    mixed("saien", "ロックウール", "rockwool"),
    mixed("saien", "seed potatoes", "seedpotato"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind109(q: Q, setup: str, known_limit):
    known_limit("blind109")
    check(q, setup, ENGINES)


def test_blind109_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "白": "White", "black": "Black", "white": "White"})
