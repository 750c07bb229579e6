"""A hundred-and-fifth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: home
brewing and coffee roasting (English), cheese making and bread baking (English), a Japanese shop of
手作りキット・発酵食品 (fermentation kits and fermented foods, part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords) and a Japanese shop of
珈琲器具・茶道具 (coffee tools and tea-ceremony utensils, with English-titled imports and an English
branch of its tree). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English branch of
   the tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-fifth suite), at a1d1850, as a measurement only (nothing
changed for it): 88 of 94 cases pass, 35 of 37 queries in every setup (two_types 7/8 queries,
16/19 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 7/8, 19/22);
the 6 failing cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 瓶 ビール (after the three 瓶ビール, the empty ビール瓶 rank above the
canned beers) and ザワークラウト (キムチ, from the same category, second, above both English
Sauerkraut).

After (a Japanese title sold under a leaf naming two types, its katakana head a loanword of the
other, is not the wanted type: キムチ under "Sauerkraut & Kimchi" for ザワークラウト; the sixteenth
session): ザワークラウト passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

HB, CR = "Home Brewing", "Coffee Roasting"
ROAST, PACK, BOTTLE, TEST = f"{CR} > Roasters", f"{CR} > Packaging", f"{HB} > Bottling", f"{HB} > Testing"

BREW = {
    "drumroaster": items(f"{ROAST} > Drum Roasters", ("Emberline Drum Roaster, 500g Batch, Electric, Black", 649),
                         ("Gas Drum Roaster, 1kg, Cast Iron Drum, Black", 1290),
                         ("Kestrel Home Drum Roaster, 250g, Smoke Suppression, Silver", 249),
                         ("Mini Drum Roaster, 120g, Rotisserie Motor, Black", 299)),
    "roaster": items(f"{ROAST} > Air Roasters", ("Fluid Bed Coffee Roaster, 150g, Hot Air, Digital Profiles", 399),
                     ("Emberline Air Roaster, 100g, Glass Chamber", 229),
                     ("Stovetop Coffee Roaster, Hand Crank, Popcorn Style", 39)),
    "roasterdrum": items(f"{CR} > Roaster Parts", ("Emberline Roaster Drum, Replacement, Perforated, Black", 89),
                         ("Roaster Drum with Vanes, 250g, Stainless", 69), ("Solid Roaster Drum, Cast Iron, 1kg", 149)),
    "drum": items(f"{CR} > Grill Roasting", ("Rotisserie Bean Drum for Gas Grills, Stainless Mesh, 1.5kg", 79),
                  ("Grill Roasting Drum, Hexagonal, Motor Mount", 95)),
    "valvebag": items(f"{PACK} > Coffee Bags", ("Valve Bags, Kraft, Stand-Up, 250g, 50 Pack", 24),
                      ("Foil Valve Bags with Zip, Black, 500g, 25 Pack", 19),
                      ("Flat Bottom Valve Bags, 1kg, White, 20 Pack", 22)),
    "bag": items(f"{PACK} > Coffee Bags", ("Tin Tie Coffee Bags, Kraft, 50 Pack", 17),
                 ("Side Gusset Bags, Clear Window, 250g, 100 Pack", 21)),
    "bagvalve": items(f"{PACK} > Valves & Ties", ("Bag Valves, One-Way Degassing, Self-Adhesive, 100 Pack", 14),
                      ("Degassing Bag Valves for Coffee Bags, 500 Pack", 39)),
    "capper": items(f"{BOTTLE} > Cappers", ("Hopfield Bench Bottle Capper, Magnetic Bell, Red", 45),
                    ("Twin Lever Bottle Capper, Black", 24), ("Hopfield Twin Lever Bottle Capper, Red", 29),
                    ("Bench Bottle Capper, Adjustable Height, Cast Base, Red", 59)),
    "capper_acc": items(f"{BOTTLE} > Capper Parts", ("Replacement Bell for Bottle Capper, 26mm, Red", 6),
                        ("Bottle Capper Replacement Magnet, 2 Pack", 4),
                        ("Bottle Capper Replacement Spring Set, Red", 5),
                        ("Capper Bell for Twin Lever Bottle Cappers, 29mm, Red", 7)),
    "hydrometer": items(f"{TEST} > Hydrometers", ("Triple Scale Hydrometer, Specific Gravity, Brix, ABV", 9),
                        ("Hopfield Precision Hydrometer, 0.990-1.170, Calibrated", 19),
                        ("Wine & Beer Hydrometer with Thermometer Strip", 12), ("Finishing Hydrometer, 0.980-1.020", 15)),
    "hydrometer_acc": items(f"{TEST} > Hydrometer Accessories", ("Test Jar for Hydrometer, 250ml, Plastic", 6),
                            ("Hydrometer Replacement Case, Hard Plastic", 4),
                            ("Glass Test Jar for Hydrometers, Foot Base", 11)),
    "nutrient": items(f"{HB} > Yeast & Additives > Nutrients", ("Yeast Nutrient, Diammonium Phosphate, 100g", 5),
                      ("Hopfield Yeast Nutrient Blend, 250g", 9), ("Complete Yeast Nutrient for Wine & Mead, 50g", 7)),
    "yeast": items(f"{HB} > Yeast & Additives > Yeast", ("Dry Ale Yeast, US-05 Style, 11.5g", 5),
                   ("Champagne Wine Yeast, 5 Sachets", 8), ("Liquid Lager Yeast, Pitchable Pouch", 12)),
    "hopspider": items(f"{HB} > Kettles > Hop Filters", ("Hop Spider, Stainless Steel, 300 Micron Mesh", 24),
                       ("Hopfield Hop Spider, 6 x 14 in, Adjustable Arms", 32),
                       ("Hop Spider with Removable Filter Bag", 19)),
    "hop": items(f"{HB} > Ingredients > Hops", ("Cascade Hop Pellets, 100g", 6), ("Citra Hops, T90 Pellets, 50g", 7),
                 ("Whole Leaf Saaz Hops, 1oz", 5)),
    "noise": each(("Ball Valve, 1/2 in, Stainless, Weldless Kettle Fitting", f"{HB} > Kettles", 29),
                  ("Crown Caps, 26mm, Oxygen Absorbing, 144 Pack, Gold", f"{BOTTLE} > Caps", 6),
                  ("Green Coffee Beans, Ethiopia Yirgacheffe, 1kg", f"{CR} > Green Beans", 18)),
}

CM, BB = "Cheese Making", "Bread Baking"
THERMO, SCORE = f"{CM} > Thermometers", f"{BB} > Scoring"

CHEESE = {
    "clipthermo": items(THERMO, ("Curdwell Clip Thermometer, Dial, 0-110C, 5 in Stem", 14),
                        ("Stainless Clip Thermometer for Pots, Analog", 11),
                        ("Digital Clip Thermometer, Alarm, Backlit", 24)),
    "thermo": items(THERMO, ("Instant Read Thermometer, Folding Probe", 19),
                    ("Curdwell Dairy Thermometer, Floating, Glass", 9)),
    "thermoclip": items(f"{THERMO} > Parts", ("Thermometer Clip, Stainless, Fits 5 in Stems, 2 Pack", 5),
                        ("Pot Thermometer Clip for Probe Thermometers", 4),
                        ("Replacement Thermometer Clips, Silicone Grip, 3 Pack", 6)),
    "clip": items(f"{BB} > Storage", ("Bread Bag Clips, 20 Pack, Assorted", 4),
                  ("Cheesecloth Clips for Bowl Rims, 4 Pack", 6)),
    "press": items(f"{CM} > Cheese Presses", ("Curdwell Cheese Press, Stainless Steel, Dutch Style, 2 Moulds", 189),
                   ("Wooden Cheese Press, Screw Top, Beech", 79),
                   ("Cheese Press with Pressure Gauge, Spring Loaded", 129)),
    "press_acc": items(f"{CM} > Cheese Presses > Press Parts", ("Replacement Follower for Cheese Press, 6 in Round", 12),
                       ("Cheese Press Replacement Springs, Set of 3", 15), ("Drip Tray for Cheese Press, Stainless", 18)),
    "mould": items(f"{CM} > Moulds", ("Cheese Moulds, Basket Style, 1kg, White, 2 Pack", 9),
                   ("Hard Cheese Mould with Follower, 2kg", 14)),
    "wax": items(f"{CM} > Waxing", ("Cheese Wax, Red, 450g", 12), ("Curdwell Cheese Wax, Black, 1kg", 19),
                 ("Cheese Wax, Natural Yellow, 450g", 11)),
    "waxbrush": items(f"{CM} > Waxing", ("Wax Brush, Natural Bristle, for Cheese Waxing", 6),
                      ("Cheese Wax Brush, Wooden Handle, 2 in", 5), ("Curdwell Wax Brush Set, 3 Sizes", 9)),
    "starter": items(f"{BB} > Sourdough > Starters", ("Sourdough Starter, Dried, San Francisco Culture, 10g", 9),
                     ("Rye Sourdough Starter, Live, 50g", 12), ("Curdwell Heritage Sourdough Starter, Dehydrated", 14))
    + items(f"{CM} > Cultures", ("Mesophilic Cheese Starter Culture, 5 Sachets", 11)),
    "starterjar": items(f"{BB} > Sourdough > Jars", ("Sourdough Starter Jar, 1L, Glass, Wide Mouth, Band Marker", 19),
                        ("Starter Jar with Thermometer Strip and Scraper, 750ml", 24),
                        ("Curdwell Starter Jar, Weck Style, 1L", 17)),
    "lame": items(SCORE, ("Bread Lame, Walnut Handle, 5 Blades", 14), ("Curdwell Bread Lame, Stainless, Black", 19),
                  ("Magnetic Bread Lame, Black, Storage Case", 12), ("Bread Lame, Curved, Aluminium, Silver", 9),
                  ("Doughcraft Bread Lame, Black Handle, Leather Cover", 16)),
    "lame_acc": items(f"{SCORE} > Blades & Covers", ("Replacement Blades for Bread Lame, 20 Pack", 6),
                      ("Bread Lame Replacement Handle, Black", 7), ("Leather Cover for Bread Lame, Black", 8)),
    "noise": each(("Banneton Proofing Basket, 9 in Round, Rattan, with Liner", f"{BB} > Proofing", 16),
                  ("Bench Scraper, Stainless, Ruler Edge", f"{BB} > Tools", 8),
                  ("Butter Muslin, Fine Weave, 2 Yards", f"{CM} > Cloth", 7),
                  ("Liquid Animal Rennet, 50ml", f"{CM} > Cultures", 9)),
}

KIT, FOOD, FERM = "手作りキット", "発酵食品", "Fermentation"
PICKLE, YOG = f"{KIT} > 漬物用品", f"{FERM} > Yogurt Makers"

FERMENT = {
    "binbeer": items("クラフトビール > 瓶ビール", ("瓶ビール クラフト IPA 330ml 6本セット", 2980),
                     ("地ビール 瓶ビール ヴァイツェン 330ml 3本", 1680), ("瓶ビール ピルスナー 500ml 12本 ギフト", 4980)),
    "beer": items("クラフトビール > 缶", ("クラフトビール 缶 350ml 6本 ペールエール", 2480),
                  ("黒ビール スタウト 缶 350ml 24本", 6980)),
    "beerbin": items(f"{KIT} > ビール > 瓶・王冠", ("ビール瓶 茶色 500ml 12本 王冠付き", 1980),
                     ("ビール瓶 330ml 24本 空き瓶 自家製用", 2980), ("ビール瓶 スイングトップ 500ml 6本 茶", 2480)),
    "bin": items("保存容器 > 瓶", ("保存瓶 ガラス 密閉 1L 2個", 1280), ("果実酒瓶 4L 広口 梅酒 梅シロップ", 1680)),
    "miso": items(f"{FOOD} > 味噌", ("味噌 天然醸造 米味噌 1kg", 980), ("麦味噌 九州 無添加 1kg", 880),
                  ("赤味噌 豆味噌 樽仕込み 500g", 780)),
    "misotaru": items(f"{KIT} > 味噌作り", ("味噌樽 ポリ 10L 中蓋付き", 2480), ("味噌樽 杉 木製 5kg用", 6980),
                      ("ホーロー 味噌樽 8L", 4980)),
    "tsukemono": items(f"{FOOD} > 漬物", ("漬物 詰め合わせ 京都 5種", 1980), ("ぬか漬け 漬物 国産 きゅうり なす", 1280),
                       ("漬物 たくあん 天日干し 2本", 980)),
    "stone": items(PICKLE, ("漬物石 天然石 3kg", 1480), ("漬物石 プラスチック 水を入れる 5kg 重石", 980),
                   ("漬物石 御影石 2kg 持ち手付き", 2480)),
    "container": items(PICKLE, ("漬物容器 ハンドル式 8L 白", 2980), ("漬物容器 ぬか漬け 密閉 3L グリーン", 1480),
                       ("漬物容器 押しバネ式 4L 白", 1980)),
    "container_acc": items(f"{PICKLE} > 交換部品", ("漬物容器用 中蓋 4L 白", 480), ("漬物容器専用 交換バネ 2本", 380),
                           ("中蓋 漬物容器用 8L 白", 520)),
    "yogurt": items(YOG, ("ヨーグルトメーカー 甘酒 塩麹 温度調節 白", 3980), ("ヨーグルトメーカー 牛乳パック対応 コンパクト 白", 2480),
                    ("ヨーグルトメーカー タイマー付き 1L 黒", 1980),
                    ("Yogurt Maker, Adjustable Temperature, 1.5L, White", 3280),
                    ("ヨーグルトメーカー 発酵フードメーカー 大容量 ピンク", 4480)),
    "yogurt_acc": items(f"{YOG} > Accessories", ("ヨーグルトメーカー用 容器 1L 白 2個", 980),
                        ("ヨーグルトメーカー専用 計量スプーン 白", 380), ("ヨーグルトメーカー対応 牛乳パック キャップ 白 3個", 330)),
    "kombucha": items(f"{FERM} > Kombucha", ("Kombucha Brewing Kit, 1 Gallon Glass Jar, SCOBY Included", 4980),
                      ("Organic Kombucha SCOBY with Starter Tea", 1980), ("コンブチャ 手作りキット 紅茶きのこ 株付き", 3480)),
    "sauerkraut": items("Fermented Foods > Sauerkraut & Kimchi", ("Raw Sauerkraut, Organic, Unpasteurized, 500g", 980),
                        ("Sauerkraut with Caraway, German Style, 680g Jar", 780), ("ザワークラウト 国産キャベツ 無添加 300g", 680)),
    "koji": items("Fermentation Starters > Koji", ("米麹 乾燥 国産 1kg", 1280), ("生米こうじ 500g 冷蔵便", 780),
                  ("米麹 有機栽培 白米 300g", 680)),
    "noise": each(("甘酒 米麹 無加糖 500ml 6本", f"{FOOD} > 甘酒", 1980),
                  ("キムチ 白菜 国産 500g", "Fermented Foods > Sauerkraut & Kimchi", 880)),
}

CT, TC, COF = "Coffee Tools", "Tea Ceremony", "珈琲器具"
ESP = f"{CT} > Espresso"

COFFEE = {
    "milkcoffee": items("珈琲 > インスタント・スティック", ("ミルクコーヒー スティック 微糖 30本", 780),
                        ("ミルクコーヒー インスタント 北海道牛乳使用 20本", 680), ("ミルクコーヒー ボトル 無糖 500ml 24本", 2980)),
    "coffee": items("珈琲 > コーヒー", ("レギュラーコーヒー 粉 深煎り 500g", 1680), ("ドリップコーヒー 個包装 50袋", 1980),
                    ("インスタントコーヒー 瓶 80g", 680)),
    "coffeemilk": items("珈琲 > ミルク・砂糖", ("コーヒーミルク ポーション 4.5ml 50個", 480),
                        ("コーヒーミルク 北海道 ポーション 18個", 298), ("コーヒーミルク 粉末 スティック 100本", 580)),
    "roaster": items(f"{COF} > 焙煎機", ("焙煎機 家庭用 電動 熱風式 100g 黒", 19800),
                     ("コーヒー焙煎機 手回し 直火 ステンレス シルバー", 4980), ("焙煎機 ドラム式 250g 煙軽減 黒", 39800),
                     ("焙煎機 小型 電動 50g 黒", 12800), ("Home Coffee Roaster, Hot Air, 120g, Black", 16800)),
    "roaster_acc": items(f"{COF} > 焙煎機 > 焙煎機パーツ", ("焙煎機用 チャフコレクター 交換 黒", 1480),
                         ("焙煎機専用 冷却トレー ステンレス", 2480), ("焙煎機対応 排煙ダクト 1m", 1980),
                         ("交換用 ドラム 焙煎機用 250g", 4980)),
    "siphon": items(f"{COF} > サイフォン", ("サイフォン コーヒーメーカー 3杯用 アルコールランプ付き シルバー", 5980),
                    ("サイフォン 2杯用 ブラック", 3980), ("Siphon Coffee Maker, 5 Cup, Glass, Silver", 6480),
                    ("サイフォン 2杯用 木製ハンドル シルバー", 4480)),
    "siphon_acc": items(f"{COF} > サイフォン > サイフォン用品", ("サイフォン用 ろ過布 フィルター 5枚", 480),
                        ("サイフォン専用 アルコールランプ シルバー", 1280), ("交換用 ロート サイフォン対応 3杯用", 1980)),
    "matcha": items("日本茶 > 抹茶", ("抹茶 宇治 薄茶用 30g 缶", 1480), ("抹茶 濃茶用 20g", 2480),
                    ("抹茶 製菓用 パウダー 100g", 980)),
    "furui": items("茶道具 > 抹茶道具", ("抹茶ふるい 缶 ステンレス網 茶こし", 1280), ("抹茶 ふるい 手付き 目細 18cm", 980),
                   ("抹茶ふるい 茶漉し缶 スプーン付き", 1680)),
    "tamper": items(f"{ESP} > Tampers", ("Espresso Tamper, 58mm, Stainless Base, Walnut Handle", 4980),
                    ("Calibrated Espresso Tamper, 51mm, Spring Loaded", 3980), ("タンパー 53mm アルミ 木製ハンドル", 2480)),
    "knockbox": items(f"{ESP} > Knock Boxes", ("Espresso Knock Box, Stainless, Non-Slip Base, Black", 2980),
                      ("Knock Box with Removable Bar, Large", 3480), ("ノックボックス 木製 コンパクト", 2280)),
    "cupping": items(f"{COF} > 計量・カッピング", ("Cupping Spoon, Stainless Steel, Deep Bowl", 1480),
                     ("Professional Cupping Spoon, Titanium Coated, Gold", 2480), ("カッピングスプーン 真鍮 2本セット", 1980)),
    "demitasse": items(f"{COF} > カップ", ("Demitasse Cups with Saucers, 80ml, Set of 4, White", 2480),
                       ("Porcelain Demitasse Cup, 90ml, Black", 980), ("デミタスカップ ソーサー付き 有田焼 2客", 3480)),
    "chashaku": items(f"{TC} > Tea Scoops", ("茶杓 煤竹 共筒付", 3480), ("茶杓 白竹 茶道 稽古用", 880),
                      ("茶杓 樹脂 象牙色 2本", 680)),
    "noise": each(("タンピングマット シリコン 黒", f"{ESP} > Accessories", 1280),
                  ("メジャースプーン 10g 珈琲用 木製", f"{COF} > 計量・カッピング", 580),
                  ("柄杓 茶道 竹 風炉用", f"{TC} > Ladles", 1980)),
}

SHOPS = {"brew": BREW, "cheese": CHEESE, "ferment": FERMENT, "coffee": COFFEE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("brew", "drum roaster", "drumroaster", ["roaster"], ["roasterdrum"]),
    two_types("brew", "roaster drum", "roasterdrum", ["drum"], ["drumroaster"]),
    two_types("brew", "valve bags", "valvebag", ["bag"], ["bagvalve"]),
    two_types("cheese", "clip thermometer", "clipthermo", ["thermo"], ["thermoclip"]),
    two_types("cheese", "thermometer clip", "thermoclip", ["clip"], ["clipthermo"]),
    two_types("ferment", "瓶 ビール", "binbeer", ["beer"], ["beerbin"]),
    two_types("ferment", "ビール瓶", "beerbin", ["bin"], ["binbeer"]),
    two_types("coffee", "ミルク コーヒー", "milkcoffee", ["coffee"], ["coffeemilk"]),
    # --- 2. a leading product word that modifies the head
    qualifies("brew", "yeast nutrient", ["nutrient"], ["yeast"]),
    qualifies("brew", "hop spider", ["hopspider"], ["hop"]),
    qualifies("cheese", "starter jar", ["starterjar"], ["starter"]),
    qualifies("cheese", "wax brush", ["waxbrush"], ["wax"]),
    qualifies("ferment", "味噌 樽", ["misotaru"], ["miso"]),
    qualifies("ferment", "漬物石", ["stone"], ["tsukemono"]),
    qualifies("coffee", "抹茶 ふるい", ["furui"], ["matcha"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("brew", "bottle capper", ["capper"], ["capper_acc"]),
    accessories("brew", "hydrometer", ["hydrometer"], ["hydrometer_acc"]),
    accessories("cheese", "cheese press", ["press"], ["press_acc"]),
    accessories("cheese", "bread lame", ["lame"], ["lame_acc"]),
    accessories("ferment", "ヨーグルトメーカー", ["yogurt"], ["yogurt_acc"]),
    accessories("ferment", "漬物容器", ["container"], ["container_acc"]),
    accessories("coffee", "焙煎機", ["roaster"], ["roaster_acc"]),
    accessories("coffee", "サイフォン", ["siphon"], ["siphon_acc"]),
    # red bottle cappers: Hopfield bench 45, Hopfield twin lever 29, adjustable bench 59 (a black twin lever 24;
    # red accessories 5-7)
    price("brew", "cheap red bottle capper", "capper-2", ["capper_acc"]),
    # black bread lames: Curdwell 19, magnetic 12, Doughcraft 16 (a silver one 9, a walnut one 14; black
    # accessories 7-8)
    price("cheese", "budget black bread lame", "lame-2", ["lame_acc"]),
    # white yogurt makers: temperature 3980, 牛乳パック対応 2480, English 3280 (a black one 1980, a pink one 4480;
    # white accessories 330-980)
    price("ferment", "お手頃 白 ヨーグルトメーカー", "yogurt-1", ["yogurt_acc"]),
    # white pickle containers: handle 8L 2980, spring 4L 1980 (a green one 1480; white lids 480-520)
    price("ferment", "格安 白 漬物容器", "container-2", ["container_acc"]),
    # black roasters: hot air 19800, drum 39800, small 12800, English 16800 (a silver hand-crank one 4980; a black
    # chaff collector 1480)
    price("coffee", "激安 黒 焙煎機", "roaster-3", ["roaster_acc"]),
    # silver siphons: 3-cup 5980, English 6480, wooden handle 4480 (a black one 3980; a silver lamp 1280)
    price("coffee", "安い シルバー サイフォン", "siphon-3", ["siphon_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English branch
    mixed("ferment", "コンブチャ", "kombucha"),
    mixed("ferment", "ザワークラウト", "sauerkraut"),
    mixed("ferment", "rice koji", "koji"),
    mixed("coffee", "タンパー", "tamper"),
    mixed("coffee", "ノックボックス", "knockbox"),
    mixed("coffee", "カッピングスプーン", "cupping"),
    mixed("coffee", "デミタスカップ", "demitasse"),
    mixed("coffee", "tea scoop", "chashaku"),
]

_BEER = "ビール瓶 (empty beer bottles) rank above the canned クラフトビール and 黒ビール, right after the three 瓶ビール"
LIMITS: dict = {
    **{("blind105", "two_types:ferment:瓶_ビール", s): _BEER for s in ("categories-lexical", "categories-dense",
                                                                   "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind105(q: Q, setup: str, known_limit):
    known_limit("blind105")
    check(q, setup, ENGINES)


def test_blind105_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "シルバー": "Silver", "black": "Black", "red": "Red"})
