"""A twenty-seventh blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: cycling electronics
and bike computers (GPS units, lights, mounts, sensors; English), candle making and soap making
supplies (English), Japanese men's accessories and business goods 紳士小物 (ネクタイ, ベルト, 名刺入れ,
財布, カフス; part of its category tree in English, with English-titled imports) and Japanese
seasonal appliances 季節家電 (扇風機, ヒーター, 加湿器, 除湿機 and their filters and parts; with
English-titled imports whose Japanese names are katakana loanwords). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over mostly Japanese titles under an English
   category tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twenty-seventh suite), as a measurement only (nothing changed for
it): 89 of 92 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22); the 3 failing
cases (1 query, in all its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
カフス returns only the two Japanese カフス/カフスボタン items, not the English "Cufflinks" import.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CY = "Cycling"
LIGHTS, COMP, SENS, INDOOR = f"{CY} > Lights", f"{CY} > Computers & GPS", f"{CY} > Sensors", f"{CY} > Indoor Training"

CYCLE = {
    "cliplight": items(f"{LIGHTS} > Clip Lights", ("Lumaro Clip Light, USB Rechargeable, 80 Lumens, White", 14),
                       ("Mini Clip Lights, Silicone, 3 Pack, Multicolour", 12),
                       ("Nightline Clip Light, COB LED, 5 Modes, Black", 16)),
    "light": items(f"{LIGHTS} > Front Lights", ("Lumaro Front Light, 800 Lumens, USB-C, Black", 39),
                   ("Bright Road Bike Light Set, Front and Rear, USB Rechargeable", 34))
    + items(f"{LIGHTS} > Rear Lights", ("Nightline Tail Light, Brake Sensing, 100 Lumens", 29),
            ("Rear Bike Light, Helmet or Seatpost, 50 Lumens", 19)),
    "lightclip": items(f"{LIGHTS} > Light Accessories", ("Replacement Light Clip, Seatpost Bracket, Black", 6),
                       ("Universal Light Clip, Rubber Strap, 2 Pack", 7),
                       ("Light Clip for Helmet Vents, Quick Release", 8)),
    "clip": items(f"{CY} > Clips & Straps", ("Reflective Trouser Clips, Pair, Yellow", 5),
                  ("Cable Clips for Handlebars, Magnetic, 4 Pack", 6), ("Saddle Bag Clip, Quick Release, Black", 7)),
    "computer": items(f"{COMP} > Bike Computers",
                      ("Wayfinder GPS Bike Computer, 2.6in Colour Screen, Maps, Black", 249),
                      ("Cyclo 130 Bike Computer, Wireless, Backlit, White", 45),
                      ("Velocount Wired Bike Computer, Speedometer, 12 Functions, Black", 15),
                      ("Wayfinder Mini GPS Bike Computer, Navigation, White", 149),
                      ("Solar GPS Bike Computer, ANT+, Bluetooth, Red", 89)),
    "computer_acc": items(f"{COMP} > Computer Accessories", ("Silicone Case for Bike Computers, White", 9),
                          ("Bike Computer Screen Protectors, 3 Pack, Clear", 7),
                          ("Replacement Charging Cable for GPS Bike Computers, White", 8),
                          ("Bike Computer Tether Lanyard, Black", 5)),
    "computermount": items(f"{COMP} > Computer Mounts", ("Out-Front Computer Mount, Aluminium, 31.8mm, Black", 19),
                           ("Stem Cap Computer Mount, Quarter Turn, Black", 14),
                           ("Combo Computer Mount with GoPro Adapter, White", 29)),
    "trainer": items(f"{INDOOR} > Smart Trainers", ("Pulsedrive Smart Trainer, Direct Drive, ANT+ FE-C", 499),
                     ("Wheel-On Smart Trainer, Magnetic, Bluetooth", 229),
                     ("Roller Trainer, Foldable, Parabolic Drums", 149)),
    "trainermat": items(f"{INDOOR} > Trainer Mats", ("Pulsedrive Trainer Mat, 180x90cm, Non-Slip, Black", 49),
                        ("Foldable Trainer Mat, Sweat Proof, 160x80cm", 35),
                        ("Trainer Mat, Noise Reducing, Thick Foam", 39)),
    "hrm": items(f"{SENS} > Heart Rate Monitors",
                 ("Pulsedrive Heart Rate Monitor, Chest Strap, ANT+ & Bluetooth, Black", 59),
                 ("Armband Heart Rate Monitor, Optical, Rechargeable, Blue", 29),
                 ("Heart Rate Monitor, Dual Band, Soft Strap, Black", 39)),
    "hrm_acc": items(f"{SENS} > Sensor Accessories", ("Replacement Strap for Heart Rate Monitors, Soft, Black", 15),
                     ("Heart Rate Monitor Battery Cover, Replacement, Black", 6),
                     ("Electrode Gel for Heart Rate Monitors, 250ml", 9)),
    "noise": each(("Speed Sensor, Hub Mount, Bluetooth & ANT+", f"{SENS} > Speed & Cadence", 29),
                  ("Cadence Sensor, Crank Arm, Bluetooth", f"{SENS} > Speed & Cadence", 29),
                  ("Handlebar Phone Mount, Silicone, 360 Rotation", f"{CY} > Phone Mounts", 15),
                  ("Electric Bike Horn, 120dB, USB Rechargeable", f"{CY} > Bells & Horns", 19)),
}

CM, SP = "Candle Making", "Soap Making"

CRAFT = {
    "soapdish": items(f"{SP} > Packaging & Display", ("Bamboo Soap Dish, Self-Draining, Natural", 6),
                      ("Ceramic Soap Dish, Handmade, White", 9), ("Silicone Soap Dish with Drain, Grey", 5)),
    "dish": items(f"{CM} > Vessels > Dishes", ("Concrete Candle Dish, Round, 10cm, Grey", 7),
                  ("Ceramic Candle Dish, Shallow, Speckled", 8), ("Glass Candle Dish, Footed, 200ml, Clear", 6)),
    "dishsoap": items(f"{SP} > Liquid Soap", ("Liquid Dish Soap Base, Unscented, Castile, 1L", 14),
                      ("Dish Soap Making Kit, Coconut, Makes 2L", 24), ("Solid Dish Soap Block, Zero Waste, 250g", 8)),
    "soap": items(f"{SP} > Soap Bases", ("Melt and Pour Soap Base, Goat Milk, 1kg", 12),
                  ("Clear Glycerin Soap Base, 2lb", 11), ("Liquid Castile Soap, Unscented, 500ml", 9)),
    "soapmold": items(f"{SP} > Molds", ("Silicone Soap Mold, 6 Cavity, Rectangle", 9),
                      ("Loaf Soap Mold with Wooden Box, 1.2kg", 19), ("Round Soap Mold, Flower Pattern, 4 Cavity", 8)),
    "oillamp": items(f"{CM} > Lamps & Warmers > Oil Lamps", ("Glass Oil Lamp, Hurricane Chimney, Clear", 18),
                     ("Brass Oil Lamp, Table, Vintage", 29), ("Mini Oil Lamps, Clear Glass, 3 Pack", 15)),
    "warmer": items(f"{CM} > Lamps & Warmers > Candle Warmers", ("Candle Warmer Lamp, Dimmable, Timer, Black", 35),
                    ("Candle Warmer Lamp, Lantern Style, Brass", 39),
                    ("Candle Warmer Lamp, Marble Base, Adjustable Height, White", 45)),
    "warmer_acc": items(f"{CM} > Lamps & Warmers > Parts",
                        ("Replacement Bulbs for Candle Warmer Lamps, GU10, 2 Pack", 8),
                        ("Candle Warmer Replacement Shade, Glass, Amber", 12),
                        ("Dimmer Switch for Candle Warmers, Inline", 9)),
    "lampoil": items(f"{CM} > Lamps & Warmers > Lamp Oil", ("Lamp Oil, Smokeless, Odourless, 1L", 12),
                     ("Paraffin Lamp Oil, Clear, 500ml", 8), ("Citronella Lamp Oil, Outdoor, 1L", 14)),
    "oil": each(("Fragrance Oil, Lavender, 30ml, Candle & Soap Safe", f"{CM} > Fragrance", 6),
                ("Coconut Oil, Refined, Soap Making, 1kg", f"{SP} > Oils & Butters", 9),
                ("Essential Oil Set, 6 x 10ml", f"{CM} > Fragrance", 15)),
    "wax": items(f"{CM} > Wax", ("Soy Wax Flakes, Container Blend, 2kg", 19), ("Beeswax Pellets, Yellow, 500g", 14),
                 ("Paraffin Wax Slab, Pillar Blend, 5kg", 24)),
    "melter": items(f"{CM} > Equipment > Melters", ("Wax Melter, Electric, 3L, Temperature Control", 89),
                    ("Wax Melter with Pouring Spout, 8L, Stainless", 149),
                    ("Compact Wax Melter, 1.5L, Double Boiler", 49)),
    "cutter": items(f"{SP} > Tools > Cutters", ("Wire Soap Cutter, Multi-Bar, Beech Wood", 45),
                    ("Soap Cutter, Stainless Blade, Crinkle", 12), ("Soap Loaf Cutter with Guide, Adjustable", 29)),
    "cutter_acc": items(f"{SP} > Tools > Cutter Parts", ("Replacement Wires for Soap Cutters, 10 Pack", 7),
                        ("Soap Cutter Replacement Blade, Straight", 6),
                        ("Cutting Guide for Soap Cutters, Acrylic", 9)),
    "jar": items(f"{CM} > Vessels > Jars", ("Amber Glass Candle Jars, 8oz, 12 Pack", 24),
                 ("Candle Jars, 10oz, Clear, 6 Pack", 14), ("Ribbed Candle Jars with Lids, 7oz, Amber, 6 Pack", 19),
                 ("Frosted Candle Jars, 12oz, Black, 4 Pack", 16)),
    "jar_acc": items(f"{CM} > Vessels > Lids & Labels", ("Replacement Lids for Amber Candle Jars, Gold, 12 Pack", 8),
                     ("Candle Jar Labels, Amber Kraft Paper, 60 Pack", 5)),
    "noise": each(("Cotton Candle Wicks, Pre-Waxed, 100 Pack", f"{CM} > Wicks", 6)),
}

SM, MA = "紳士小物", "Men's Accessories"

MENS = {
    "walletchain": items(f"{SM} > チェーン > ウォレットチェーン", ("ウォレットチェーン メンズ シルバー925 60cm", 4980),
                         ("ウォレットチェーン 本革 ブラウン ナスカン付き", 1980),
                         ("Wallet Chain, Stainless Steel, Biker, 45cm, Silver", 2480)),
    "chain": items(f"{SM} > チェーン > キーチェーン", ("キーチェーン 真鍮 カラビナ付き", 1480),
                   ("Key Chain, Leather Loop, Brass, Brown", 1280)),
    "chainwallet": items(f"{SM} > 財布 > チェーンウォレット", ("チェーンウォレット 長財布 メンズ 本革 バイカーズ 黒", 7980),
                         ("チェーンウォレット 二つ折り 財布 チェーン付き ブラウン", 5980),
                         ("Biker Chain Wallet, Leather, Trifold, Black", 4980)),
    "wallet": items(f"{SM} > 財布", ("長財布 メンズ 本革 ラウンドファスナー 黒", 5980),
                    ("二つ折り財布 メンズ 小銭入れあり 牛革 ネイビー", 3980),
                    ("Leather Bifold Wallet, RFID Blocking, Black", 2980)),
    "tie": items(f"{SM} > ネクタイ", ("ネクタイ シルク 無地 ネイビー 8cm", 2980), ("ネクタイ ストライプ ビジネス ネイビー 洗える", 1480),
                 ("ネクタイ 小紋柄 ワインレッド シルク100%", 3980), ("Silk Tie, Solid Knit, Navy, 6cm", 2480)),
    "tiepin": items(f"{SM} > ネクタイピン", ("ネクタイピン シルバー シンプル ビジネス", 1980), ("ネクタイピン ゴールド 日本製 真鍮", 2980),
                    ("Tie Pin, Brushed Silver, Slim, 5cm", 1680)),
    "tie_acc": items(f"{SM} > ネクタイ > ネクタイ小物", ("ネクタイ用 ハンガー 回転式 20本掛け", 1280),
                     ("ネクタイ専用 収納ケース 6本 ロール", 1980)),
    "belt": items(f"{SM} > ベルト", ("ベルト メンズ 本革 ビジネス 黒 35mm", 2980), ("ベルト メンズ オートロック 穴なし 黒", 1980),
                  ("ベルト メンズ カジュアル 布 ブラウン", 1280), ("Leather Dress Belt, Reversible, Black/Brown", 2480)),
    "belt_acc": items(f"{SM} > ベルト > ベルト小物", ("ベルト用 交換バックル 黒 35mm対応", 980), ("ベルト専用 穴あけポンチ 黒", 680),
                      ("ベルト対応 ベルトループ 黒 2個", 380)),
    "watch": items("腕時計 > メンズ腕時計", ("腕時計 メンズ ソーラー 電波 黒", 19800), ("腕時計 メンズ クォーツ ステンレス シルバー", 8980),
                   ("Men's Analog Watch, Leather Strap, Brown", 6980)),
    "watchband": items("腕時計 > 時計ベルト", ("時計ベルト 本革 20mm ブラウン 交換用", 1980),
                       ("時計 ベルト ステンレス 22mm シルバー 工具付き", 2480), ("腕時計用 ベルト シリコン 22mm ネイビー", 1480)),
    "watch_acc": items("腕時計 > 時計小物", ("腕時計用 収納ケース 6本 黒", 2480), ("腕時計専用 ワインディングマシーン 1本巻き", 5980),
                       ("腕時計対応 電池 SR626SW 5個", 480)),
    "cardholder": items(f"{MA} > Business Card Holders", ("名刺入れ メンズ 本革 黒 大容量", 2980),
                        ("名刺入れ アルミ スリム シルバー", 1480), ("Business Card Holder, Leather, Slim, Brown", 1980),
                        ("名刺入れ 牛革 ネイビー 2室", 3480)),
    "cufflinks": items(f"{MA} > Cufflinks", ("カフス カフスボタン シルバー 結婚式", 2480), ("カフスボタン オニキス 黒 スーツ", 3480),
                       ("Cufflinks, Stainless Steel, Engraved, Silver", 1980)),
    "moneyclip": items(f"{SM} > マネークリップ", ("マネークリップ 本革 カード入れ付き 黒", 2980),
                       ("Money Clip, Stainless Steel, Slim, Silver", 1480),
                       ("Carbon Fiber Money Clip, Card Holder, RFID", 2280)),
    "keycase": items(f"{SM} > キーケース", ("キーケース メンズ 本革 6連 スマートキー対応 黒", 2980),
                     ("Leather Key Case, 6 Hooks, Brown", 1980), ("Smart Key Case, Zip, Black", 2480)),
}

SK, SA = "季節家電", "Seasonal Appliances"

SEASON = {
    "fan": items(f"{SK} > 扇風機", ("扇風機 リビング DCモーター リモコン付き 静音 白", 9980), ("扇風機 30cm 羽根 5枚 首振り 白", 3980),
                 ("Stand Fan, 16 inch, 3 Speeds, Remote, White", 4980), ("扇風機 ハイポジション 黒 タイマー", 4480),
                 ("扇風機 コンパクト 黒 3段階", 2980)),
    "fancover": items(f"{SK} > 扇風機 > 扇風機カバー", ("扇風機カバー 収納袋 不織布 白 2枚", 780),
                      ("扇風機 カバー 羽根ガード ほこり防止 白", 980), ("扇風機カバー 全体 すっぽり 防塵 グレー", 1280)),
    "fan_acc": items(f"{SK} > 扇風機 > 扇風機部品", ("扇風機用 リモコン 交換用 白", 1280), ("扇風機専用 羽根 30cm 5枚 白", 1480),
                     ("扇風機対応 チャイルドガード ネット 白", 680)),
    "humidifier": items(f"{SK} > 加湿器", ("加湿器 スチーム式 3L 白", 6980), ("加湿器 超音波式 上部給水 4L アロマ対応 白", 3980),
                        ("加湿器 ハイブリッド式 大容量 木目", 12800), ("Cool Mist Humidifier, 4L, Top Fill, White", 4480),
                        ("加湿器 気化式 8畳 黒", 2980)),
    "humidifier_acc": items(f"{SK} > 加湿器 > 加湿器フィルター・部品", ("加湿器用 フィルター 交換用 白 2枚", 980),
                            ("加湿器専用 給水タンク 3L 白", 1980), ("加湿器対応 除菌 カートリッジ 白", 780),
                            ("Humidifier Replacement Filter, 2 Pack, White", 1280)),
    "dehumidifier": items(f"{SA} > Dehumidifiers", ("除湿機 コンプレッサー式 衣類乾燥 白", 19800),
                          ("除湿機 デシカント式 小型 8畳 白", 12800), ("Compact Dehumidifier, 1L Tank, Quiet, White", 6980),
                          ("除湿機 ハイブリッド式 大容量 グレー", 29800)),
    "dehumidifier_acc": items(f"{SA} > Dehumidifiers > Parts", ("除湿機用 排水ホース 1.5m", 880),
                              ("除湿機専用 フィルター 交換用", 1280), ("除湿機対応 キャスター 4個", 980)),
    "circulator": items(f"{SA} > Circulators", ("サーキュレーター 静音 首振り 白 18畳", 4980),
                        ("Air Circulator Fan, 360 Oscillation, Remote, Black", 5980),
                        ("Vortex Air Circulator, Compact, 3 Speeds", 4480), ("サーキュレーター DCモーター 上下左右 黒", 6980)),
    "oilheater": items(f"{SK} > ヒーター > オイルヒーター", ("Oil Heater, Oil-Filled Radiator, 9 Fins, 1200W, White", 14800),
                       ("Oil Filled Radiator Heater, 7 Fins, Thermostat", 12800), ("オイルヒーター 8枚フィン 1500W 白", 19800),
                       ("Electric Oil Heater, Eco Timer, Grey", 16800)),
    "heater": items(f"{SK} > ヒーター", ("セラミックファンヒーター 小型 人感センサー 白", 4980),
                    ("Ceramic Space Heater, 1200W, Tip-Over Protection", 3980), ("カーボンヒーター 遠赤外線 首振り", 6980)),
    "towerfan": items(f"{SK} > 扇風機 > タワーファン", ("Tower Fan, 90cm, Bladeless, Remote, White", 7980),
                      ("タワーファン スリム 首振り 黒", 5980), ("Slim Tower Fan, 8 Speeds, Timer, Black", 6480)),
}

SHOPS = {"cycle": CYCLE, "craft": CRAFT, "mens": MENS, "season": SEASON}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("cycle", "clip light", "cliplight", ["light"], ["lightclip"]),
    two_types("cycle", "light clip", "lightclip", ["clip"], ["cliplight"]),
    two_types("craft", "soap dish", "soapdish", ["dish"], ["dishsoap"]),
    two_types("craft", "dish soap", "dishsoap", ["soap"], ["soapdish"]),
    two_types("craft", "oil lamp", "oillamp", ["warmer"], ["lampoil"]),
    two_types("craft", "lamp oil", "lampoil", ["oil"], ["oillamp"]),
    two_types("mens", "ウォレットチェーン", "walletchain", ["chain"], ["chainwallet"]),
    two_types("mens", "チェーンウォレット", "chainwallet", ["wallet"], ["walletchain"]),
    # --- 2. a leading product word that modifies the head
    qualifies("cycle", "computer mount", ["computermount"], ["computer"]),
    qualifies("cycle", "trainer mat", ["trainermat"], ["trainer"]),
    qualifies("craft", "soap mold", ["soapmold"], ["soap"]),
    qualifies("craft", "wax melter", ["melter"], ["wax"]),
    qualifies("mens", "ネクタイピン", ["tiepin"], ["tie"]),
    qualifies("mens", "時計 ベルト", ["watchband"], ["watch"]),
    qualifies("season", "扇風機 カバー", ["fancover"], ["fan"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("cycle", "bike computer", ["computer"], ["computer_acc", "computermount"]),
    accessories("cycle", "heart rate monitor", ["hrm"], ["hrm_acc"]),
    accessories("craft", "soap cutter", ["cutter"], ["cutter_acc"]),
    accessories("craft", "candle warmer", ["warmer"], ["warmer_acc"]),
    accessories("mens", "ネクタイ", ["tie"], ["tiepin", "tie_acc"]),
    accessories("mens", "腕時計", ["watch"], ["watchband", "watch_acc"]),
    accessories("season", "加湿器", ["humidifier"], ["humidifier_acc"]),
    accessories("season", "除湿機", ["dehumidifier"], ["dehumidifier_acc"]),
    # black heart rate monitors: Pulsedrive chest strap 59, dual band 39 (a blue armband 29; black accessories 6-15)
    price("cycle", "cheap black heart rate monitor", "hrm-2", ["hrm_acc"]),
    # white bike computers: Cyclo 130 45, Wayfinder Mini 149 (a black wired one 15; white case 9, white cable 8,
    # white combo mount 29)
    price("cycle", "budget white bike computer", "computer-1", ["computer_acc", "computermount"]),
    # amber candle jars: amber glass 24, ribbed 19 (clear 14, black 16; amber lids 8, amber labels 5)
    price("craft", "cheap amber candle jars", "jar-2", ["jar_acc"]),
    # black belts: business 2980, auto-lock 1980, English reversible Black/Brown 2480 (a brown one 1280; black
    # buckle 980, punch 680, loops 380)
    price("mens", "安い 黒 ベルト", "belt-1", ["belt_acc"]),
    # white fans: DC living 9980, 30cm 3980, English stand fan 4980 (black ones 4480 and 2980; white covers 780-980,
    # white parts 680-1480)
    price("season", "お手頃 白 扇風機", "fan-1", ["fancover", "fan_acc"]),
    # white humidifiers: steam 6980, ultrasonic 3980, English cool mist 4480 (a black one 2980; white filters and
    # parts 780-1980)
    price("season", "激安 白 加湿器", "humidifier-1", ["humidifier_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("mens", "マネークリップ", "moneyclip"),
    mixed("mens", "カフス", "cufflinks"),
    mixed("mens", "キーケース", "keycase"),
    mixed("mens", "business card holder", "cardholder"),
    mixed("season", "サーキュレーター", "circulator"),
    mixed("season", "オイルヒーター", "oilheater"),
    mixed("season", "タワーファン", "towerfan"),
    mixed("season", "dehumidifier", "dehumidifier"),
]

S3 = ("categories-lexical", "categories-dense", "categories-latin-only")

LIMITS: dict = {
    **{("blind27", "mixed:mens:カフス", s): "only two results (the Japanese カフス items); the English "
       "'Cufflinks, Stainless Steel' import is not returned" for s in S3},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind27(q: Q, setup: str, known_limit):
    known_limit("blind27")
    check(q, setup, ENGINES)


def test_blind27_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "amber": "Amber", "黒": "Black", "白": "White"})
