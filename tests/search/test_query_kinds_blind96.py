"""A ninety-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: small kitchen
appliances and gadgets (English: juicers, ice cream and popcorn makers, griddles, probe
thermometers, toaster bags), cookware and knives (English: woks, roasting pans, pot racks, knife
bars, bar knives, honing steels), a Japanese shop of 調理家電 (低温調理器, 食洗機 and 分岐水栓,
もちつき機, スロージューサー, スープメーカー, クレープメーカー; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords) and a Japanese shop of 鍋 /
フライパン / 包丁 (天ぷら鍋, 卵焼き器, 取っ手, グリルパン, ココット, ペティナイフ, 砥石; with English-titled imports
and an English Knives branch). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles (Japanese ones as keyword lists, with the IH対応 / ガス火 / 食洗機対応 / 用 words real titles carry).

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (only four: reversible pairs are rare in this vocabulary,
   and none was natural in the Japanese shops);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them (a 食洗機 titled 分岐水栓式, a
   フライパン set titled 取っ手が取れる and whetstones titled 台付き among the items below);
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English ones
   ("yogurt maker", "whetstone") over Japanese titles under an English category branch: the top
   three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (ninety-sixth suite, at 225b28e), as a measurement only (nothing
changed for it): 87 of 90 cases pass, 35 of 36 queries in every setup (two_types 4/4 queries,
8/8 cases; qualifies 9/9, 22/22; accessories 7/8, 17/20; price 6/6, 15/15; mixed 9/9, 25/25).
The failing query, in all three of its setups, is a strict xfail (`LIMITS`, through
`conftest.known_limit`): 食洗機, where the two 分岐水栓 faucets (one titled "食洗機 分岐水栓 ..." with no
purpose marker, one "分岐水栓 食器洗い乾燥機 ...") rank above the English-titled Compact Countertop
Dishwasher.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

KA, KT = "Kitchen Appliances", "Kitchen Tools"

APPLIANCE = {
    "probethermo": items(f"{KT} > Thermometers", ("Instant Read Probe Thermometer, Digital, Backlit, Foldable", 19),
                         ("Wireless Probe Thermometer, Dual Probes, App Control, 150ft", 49),
                         ("Leave-In Probe Thermometer with Timer, Magnetic Back", 24)),
    "thermo": items(f"{KT} > Thermometers", ("Oven Thermometer, Stainless Steel, Hang or Stand", 8),
                    ("Candy Thermometer, Deep Fry, with Pot Clip", 11), ("Fridge Thermometer, Dial, 2 Pack", 6)),
    "thermoprobe": items(f"{KT} > Thermometers > Replacement Probes",
                         ("Thermometer Probe, Replacement, 2.5mm Plug, 2 Pack", 9),
                         ("Meat Thermometer Probe Replacement for Wireless Thermometers", 14)),
    "toaster": items(f"{KA} > Toasters", ("Brevale 2-Slice Toaster, Wide Slots, 7 Browning Levels, Red", 39),
                     ("Long Slot Toaster, 4 Slice, Bagel Setting, Cream", 45), ("Compact 2-Slice Toaster, Black", 24)),
    "toasterbag": items(f"{KA} > Toasters > Toaster Accessories", ("Reusable Toaster Bags, Non-Stick, 6 Pack", 9),
                        ("Toaster Bags for Grilled Cheese, PTFE, 10 Pack", 12),
                        ("Brevale Toaster Bags, Heat Resistant, 4 Pack", 8)),
    "griddle": items(f"{KA} > Griddles & Grills", ("Electric Griddle, 20 x 10 Inch, Non-Stick, Drip Tray", 45),
                     ("Brevale Smokeless Indoor Grill and Griddle, 2-in-1", 89),
                     ("Pancake Griddle, Electric, Extra Large, Warming Tray", 59)),
    "scraper": items(f"{KT} > Scrapers & Spatulas", ("Griddle Scraper, Stainless Steel, 4 Inch Blade", 9),
                     ("Griddle Scraper and Squeegee Set, Heat Resistant", 14),
                     ("Heavy Duty Griddle Scraper, Long Handle, for Flat Top Grills", 12)),
    "juicer": items(f"{KA} > Juicers", ("Verdi Slow Juicer, Masticating, Quiet Motor, Green", 149),
                    ("Centrifugal Juicer, Wide Chute, 800W, Silver", 79),
                    ("Cold Press Slow Juicer, Reverse Function, Silver", 119),
                    ("Citrus Juicer, Electric, Dual Cones, White", 29),
                    ("Verdi Compact Juicer, 400W, Easy Clean, Silver", 59)),
    "juicer_acc": items(f"{KA} > Juicers > Juicer Parts",
                        ("Replacement Strainer Screen for Verdi Juicers, Stainless, Silver", 24),
                        ("Juicer Cleaning Brush, Mesh Screen Brush, 2 Pack", 7),
                        ("Juicer Replacement Pulp Container, 1L, fits Verdi", 14)),
    "icecream": items(f"{KA} > Ice Cream Makers", ("Ice Cream Maker, 1.5 Qt, Freezer Bowl, Mint Green", 49),
                      ("Brevale Ice Cream Maker with Compressor, 2 Qt, No Pre-Freeze", 229),
                      ("Soft Serve Ice Cream Maker, 1 Qt, Mix-In Chute", 59),
                      ("Gelato and Ice Cream Maker, Self-Cooling, Stainless", 179)),
    "icecream_acc": items(f"{KA} > Ice Cream Makers > Ice Cream Maker Parts",
                          ("Replacement Freezer Bowl for Ice Cream Makers, 1.5 Qt", 29),
                          ("Ice Cream Maker Replacement Paddle, fits 1.5 Qt Models", 12),
                          ("Storage Tubs for Homemade Ice Cream Makers, 4 Pack", 16)),
    "popcorn": items(f"{KA} > Popcorn Makers", ("Carnival Popcorn Machine, 8 oz Kettle, Cart Style, Red", 89),
                     ("Hot Air Popcorn Maker, 1200W, No Oil, Red", 24),
                     ("Stirring Popcorn Popper, Electric, 6 Qt, Red", 35),
                     ("Hot Air Popcorn Maker, Compact, White", 19)),
    "popcorn_acc": items(f"{KA} > Popcorn Makers > Popcorn Supplies",
                         ("Popcorn Bags for Popcorn Makers, Red Stripe, 100 Pack", 8),
                         ("Measuring Scoop for Hot Air Popcorn Makers, Red", 5),
                         ("Replacement Kettle for Popcorn Machines, 8 oz, Stainless", 29)),
    "noise": each(("Toaster Cover, Quilted Cotton, for 2-Slice Toasters", f"{KA} > Toasters > Toaster Accessories", 14),
                  ("Bowl Scraper, Silicone, 2 Pack", f"{KT} > Scrapers & Spatulas", 6),
                  ("Brevale Electric Kettle, 1.7L, Glass, Blue LED", f"{KA} > Kettles", 35)),
}

CW, KN, KS = "Cookware", "Knives", "Kitchen Storage"

COOKWARE = {
    "knifebar": items(f"{KN} > Knife Storage > Knife Bars",
                      ("Magnetic Knife Bar, 16 Inch, Stainless Steel, Wall Mount", 24),
                      ("Walnut Knife Bar, Magnetic, 40cm", 39),
                      ("Ashford Knife Bar, Double Magnet Strip, Black, 12 Inch", 19)),
    "bar": items(f"{KS} > Utensil Rails", ("Magnetic Utensil Bar, 40cm, Stainless", 18),
                 ("Hanging Utensil Bar with 8 S-Hooks, Matte Black", 22)),
    "barknife": items(f"{KN} > Bar & Utility Knives",
                      ("Bar Knife, 5 Inch, Serrated, Citrus & Garnish, Black Handle", 14),
                      ("Ashford Bar Knife with Zester and Channel Knife", 19),
                      ("Bartender Bar Knife, Stainless, with Bottle Opener Tip", 12)),
    "knife": items(f"{KN} > Kitchen Knives", ("Ashford Paring Knife, 3.5 Inch, German Steel", 19),
                   ("Utility Knife, 5 Inch, Serrated, Pakkawood Handle", 24),
                   ("Chef's Knife, 8 Inch, High Carbon, Black", 39),
                   ("Santoku Knife, 7 Inch, Granton Edge", 34)),
    "steelknife": items(f"{KN} > Kitchen Knives", ("Carbon Steel Knife, 8 Inch Gyuto, Hand Forged", 89),
                        ("Damascus Steel Knife Set, 3 Piece, Gift Box", 129)),
    "knifesteel": items(f"{KN} > Sharpening > Honing Steels",
                        ("Knife Steel, 10 Inch, Diamond Coated, Hanging Loop", 22),
                        ("Ashford Knife Steel, Ceramic Honing Rod, 12 Inch", 29)),
    "steel": items(f"{KN} > Sharpening > Honing Steels", ("Honing Steel, 10 Inch, Fine Cut, Black Handle", 18),
                   ("Sharpening Steel, Oval, Professional, 12 Inch", 26)),
    "wok": items(f"{CW} > Woks", ("Carbon Steel Wok, 14 Inch, Flat Bottom, Wooden Handle, Black", 45),
                 ("Ashford Non-Stick Wok, 30cm, Induction, with Glass Lid, Black", 59),
                 ("Cast Iron Wok, Pre-Seasoned, 36cm, Double Handles, Black", 79),
                 ("Hand Hammered Wok, Round Bottom, 13.5 Inch, Silver", 35),
                 ("Stainless Steel Wok, 32cm, Tri-Ply", 69)),
    "wokring": items(f"{CW} > Woks > Wok Accessories", ("Wok Ring, Stainless Steel, Reversible, 23cm", 9),
                     ("Cast Iron Wok Ring for Gas Hobs, Black", 12)),
    "wok_acc": items(f"{CW} > Woks > Wok Accessories", ("Bamboo Wok Brush for Woks, 2 Pack", 6),
                     ("Wok Lid, Dome, Aluminium, 36cm, fits 14 Inch Woks, Black", 24),
                     ("Wok Spatula and Ladle Set, Stainless, Black Handles", 16)),
    "roast": items(f"{CW} > Roasting Pans", ("Ashford Roasting Pan with Rack, 16 Inch, Stainless Steel", 59),
                   ("Non-Stick Roasting Pan, Large, 40cm, Grey", 29),
                   ("Enamel Roasting Pan, Speckled Blue, 3 Sizes", 39),
                   ("Turkey Roasting Pan, Heavy Gauge, V-Rack Included", 49)),
    "roast_acc": items(f"{CW} > Roasting Pans > Roasting Accessories",
                       ("Roasting Rack for Roasting Pans, V-Shape, Non-Stick", 14),
                       ("Roasting Pan Replacement Rack, Flat, 38cm", 12),
                       ("Silicone Handle Covers for Roasting Pans, 2 Pack", 8)),
    "pot": items(f"{CW} > Pots", ("Ashford Stock Pot, 8 Qt, Stainless Steel, with Lid", 49),
                 ("Pasta Pot with Strainer Lid, 6 Qt", 39), ("Soup Pot, Non-Stick, 5 Qt, Grey", 35)),
    "potrack": items(f"{KS} > Pot Racks", ("Hanging Pot Rack, Ceiling Mount, 36 Inch, Black", 59),
                     ("Wall Mounted Pot Rack with 10 Hooks", 39), ("Round Pot Rack, Iron, Copper Finish", 79)),
    "panprot": items(f"{KS} > Pan Protectors", ("Pan Protectors, Felt, 12 Pack, Grey", 9),
                     ("Pot and Pan Protectors, 3 Sizes, Non-Slip", 11),
                     ("Ashford Pan Protectors for Stacking Cookware, 6 Pack", 8)),
    "pan": items(f"{CW} > Frying Pans", ("Ashford Non-Stick Frying Pan, 28cm, Induction", 34),
                 ("Stainless Steel Frying Pan, 24cm, Tri-Ply", 45), ("Ceramic Frying Pan, 20cm, Green", 25)),
}

KD, KAE = "調理家電", "Kitchen Appliances"

KADEN = {
    "souvide": items(f"{KD} > 低温調理器", ("低温調理器 真空調理 防水 1000W 黒", 9800), ("低温調理器 Wi-Fi対応 アプリ連携 黒", 14800),
                     ("Sous Vide Precision Cooker, 1100W, Wi-Fi, Black", 12800), ("低温調理器 コンパクト 800W 白", 6980)),
    "souvide_acc": items(f"{KD} > 低温調理器 > 低温調理器用品", ("低温調理器用 クリップ 鍋 固定 ステンレス", 980),
                         ("低温調理器専用 保存袋 耐熱 20枚", 1280), ("低温調理器対応 コンテナ 12L 蓋付き 黒", 3480),
                         ("ラック 仕切り 低温調理器用 黒", 1480)),
    "dishwasher": items(f"{KD} > 食洗機", ("食洗機 工事不要 タンク式 3人用 白", 39800),
                        ("食器洗い乾燥機 食洗機 分岐水栓式 5人用 白", 54800),
                        ("Compact Countertop Dishwasher, 5 Programs, 6L Tank, White", 45800),
                        ("食洗機 コンパクト 2人用 UV除菌 グレー", 32800)),
    "faucet": items(f"{KD} > 食洗機 > 分岐水栓", ("分岐水栓 食洗機用 シングルレバー 混合栓", 7980),
                    ("食洗機 分岐水栓 分岐金具 ツーハンドル用", 5980), ("分岐水栓 食器洗い乾燥機 接続 ホース付き", 9800)),
    "dish_acc": items(f"{KD} > 食洗機 > 食洗機用品", ("食洗機用 洗剤 粉末 詰め替え 680g", 498), ("食洗機専用 置き台 伸縮 白", 2980),
                      ("食洗機対応 交換カゴ 白", 1980), ("給水ホース 延長 2m 食洗機用", 1480)),
    "mochi": items(f"{KD} > もちつき機", ("もちつき機 1升 つく むす 全自動 白", 19800), ("もちつき機 2升 大容量 蒸し機能付き", 26800),
                   ("餅つき機 3合〜1升 パン生地 こね 白", 16800)),
    "mochiblade": items(f"{KD} > もちつき機 > 部品", ("もちつき機用 羽根 交換用 1升", 1480), ("羽根 もちつき機 部品 回転羽根", 1280),
                        ("もちつき機 羽根 互換品 2升用", 1680)),
    "yogurt": items(f"{KAE} > Yogurt Makers", ("ヨーグルトメーカー 牛乳パック対応 温度調節 甘酒", 3980),
                    ("ヨーグルトメーカー 容器付き 1L タイマー 発酵", 4980), ("ヨーグルトメーカー コンパクト 納豆 塩麹 白", 2980),
                    ("ヨーグルトメーカー 飲むヨーグルト 低温調理 25〜70℃", 5980)),
    "slowjuicer": items(f"{KD} > ジューサー", ("スロージューサー 低速圧搾 コールドプレス レッド", 19800),
                        ("スロージューサー 縦型 大口径 静音 シルバー", 24800),
                        ("Slow Juicer, Masticating, Wide Chute, 150W, Silver", 16800),
                        ("Cold Press Slow Juicer, Reverse Function, Black", 14800)),
    "soup": items(f"{KD} > スープメーカー", ("スープメーカー 自動調理 ポタージュ 豆乳 800ml", 8980),
                  ("Soup Maker, 1.6L, 6 Programs, Stainless Steel", 7980),
                  ("Electric Soup Maker with Blender, Heated, 1.75L", 9980), ("スープメーカー 全自動 スムージー 離乳食 ホワイト", 10800)),
    "egg": items(f"{KAE} > Egg Cookers", ("Egg Cooker, 7 Egg Capacity, Auto Shut-Off, White", 2480),
                 ("Rapid Egg Cooker, 14 Eggs, Poaching Tray", 3480), ("ゆで卵メーカー 7個 自動停止 白", 1980),
                 ("エッグクッカー ゆで卵 温泉卵 2段", 2980)),
    "crepe": items(f"{KD} > クレープメーカー", ("クレープメーカー 電気 20cm 薄焼き トンボ付き", 3980),
                   ("Electric Crepe Maker, 12 Inch, Non-Stick, Batter Spreader", 4480),
                   ("Crepe Maker, Dipping Style, Cordless, 8 Inch", 2980), ("クレープメーカー 大判 30cm プロ仕様", 6980)),
    "noise": each(("弁当箱 2段 食洗機対応 レンジ対応", "キッチン雑貨 > 弁当箱", 1280),
                  ("炊飯器 5.5合 IH 黒釜 ブラック", f"{KD} > 炊飯器", 15800),
                  ("ジューサー ミキサー ボトル 小型 USB充電", f"{KD} > ミキサー", 2980)),
}

KY, KJ = "キッチン用品", "Knives"

NABE = {
    "tempura": items(f"{KY} > 鍋 > 天ぷら鍋", ("天ぷら鍋 鉄 24cm 温度計付き 黒", 3980), ("天ぷら鍋 ホーロー 20cm IH対応 白", 3480),
                     ("揚げ鍋 天ぷら鍋 18cm 片手 黒", 2480), ("天ぷら鍋 ステンレス 22cm 蓋付き シルバー", 1980),
                     ("Cast Iron Deep Fryer Pot with Thermometer, 20cm, Black", 3280)),
    "tempura_acc": items(f"{KY} > 鍋 > 天ぷら鍋用品", ("天ぷら鍋用 油切り網 24cm 半円", 680),
                         ("天ぷら鍋専用 温度計 クリップ付き 黒", 1280), ("天ぷら鍋対応 オイルガード 油はね防止 黒", 980),
                         ("油切りバット 天ぷら鍋用 網付き", 1480)),
    "tamago": items(f"{KY} > フライパン > 卵焼き器", ("卵焼き器 銅 角型 15cm 日本製", 5980), ("卵焼き器 フッ素加工 IH対応 13×18cm", 1980),
                    ("卵焼き器 鉄 関西型 18cm", 2980), ("Tamagoyaki Pan, Non-Stick, Rectangular, 7 x 5 Inch", 2480)),
    "tamago_acc": items(f"{KY} > フライパン > 卵焼き器用品", ("卵焼き器用 蓋 ガラス 角型 15cm", 980),
                        ("卵焼き器専用 返し ステンレス ターナー", 780), ("木蓋 卵焼き器用 関西型 18cm", 1280)),
    "handle": items(f"{KY} > フライパン > 取っ手・部品", ("取っ手 単品 フライパン 鍋 着脱式 黒", 1480),
                    ("フライパン 取っ手 取り外し 交換用 ステンレス", 1980), ("着脱式 取っ手 フライパン用 2個セット", 2480)),
    "pan": items(f"{KY} > フライパン", ("フライパン 26cm IH対応 フッ素コーティング 深型", 2980), ("鉄フライパン 28cm 窒化加工 ガス IH", 4980),
                 ("フライパン セット 取っ手が取れる 9点 IH", 7980), ("Non-Stick Frying Pan, 28cm, Induction, Granite Coating", 3480)),
    "grillpan": items(f"{KY} > フライパン > グリルパン", ("グリルパン 鋳鉄 24cm 波型 IH対応", 3980),
                      ("Cast Iron Grill Pan, 26cm, Square, Pre-Seasoned", 3480),
                      ("Non-Stick Grill Pan, 28cm, Induction, Ridged", 2980), ("グリルパン 角型 フッ素加工 魚焼き ガス火", 2480)),
    "cocotte": items(f"{KY} > 鍋 > 鋳物ホーロー鍋", ("ココット ラウンド 20cm 鋳物ホーロー 黒", 19800),
                     ("Round Cocotte, 24cm, Enamelled Cast Iron, Cherry Red", 29800),
                     ("Oval Cocotte, 27cm, Cast Iron, Graphite Grey", 32800), ("ミニココット 10cm 2個セット 鋳物 オーブン対応", 6980)),
    "petty": items("包丁 > ペティナイフ", ("ペティナイフ 120mm 日本製 ステンレス", 1980), ("ペティナイフ 135mm ダマスカス 果物ナイフ", 3980),
                   ("Paring Knife, 3.5 Inch, German Steel, Black Handle", 1680),
                   ("Paring Knife Set, 3 Piece, Colour Coded Sheaths", 1480)),
    "santoku": items(f"{KJ} > Santoku", ("三徳包丁 ステンレス 刃渡り17cm 日本製", 2980), ("三徳包丁 ダマスカス 67層 170mm", 6980)),
    "whetstone": items(f"{KJ} > Whetstones", ("砥石 #1000 #6000 両面 台付き", 2480), ("砥石 中砥 #1000 包丁研ぎ 日本製", 1680),
                       ("砥石 仕上げ砥 #8000 滑り止め台付き", 2980), ("荒砥石 #220 刃欠け 修正用", 1480)),
    "stonebase": items(f"{KJ} > Sharpening Accessories", ("砥石台 ゴム 滑り止め 伸縮式", 1280),
                       ("砥石 台 水受け トレー付き ステンレス", 1980), ("砥石ホルダー 台 木製 高さ調整", 1580)),
    "noise": each(("牛刀 210mm 日本製 ステンレス", "包丁 > 牛刀", 4980),),
}

SHOPS = {"appliance": APPLIANCE, "cookware": COOKWARE, "kaden": KADEN, "nabe": NABE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("appliance", "probe thermometer", "probethermo", ["thermo"], ["thermoprobe"]),
    two_types("cookware", "knife bar", "knifebar", ["bar"], ["barknife"]),
    two_types("cookware", "bar knife", "barknife", ["knife", "steelknife"], ["knifebar"]),
    two_types("cookware", "knife steel", "knifesteel", ["steel"], ["steelknife"]),
    # --- 2. a leading product word that modifies the head
    qualifies("appliance", "toaster bags", ["toasterbag"], ["toaster"]),
    qualifies("appliance", "griddle scraper", ["scraper"], ["griddle"]),
    qualifies("cookware", "pot rack", ["potrack"], ["pot"]),
    qualifies("cookware", "pan protectors", ["panprot"], ["pan", "roast"]),
    qualifies("cookware", "wok ring", ["wokring"], ["wok"], n=2),
    qualifies("kaden", "食洗機 分岐水栓", ["faucet"], ["dishwasher"]),
    qualifies("kaden", "もちつき機 羽根", ["mochiblade"], ["mochi"]),
    qualifies("nabe", "フライパン 取っ手", ["handle"], ["pan", "grillpan", "tamago"]),
    qualifies("nabe", "砥石 台", ["stonebase"], ["whetstone"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("appliance", "juicer", ["juicer"], ["juicer_acc"]),
    accessories("appliance", "ice cream maker", ["icecream"], ["icecream_acc"]),
    accessories("cookware", "wok", ["wok"], ["wokring", "wok_acc"]),
    accessories("cookware", "roasting pan", ["roast"], ["roast_acc"]),
    accessories("kaden", "低温調理器", ["souvide"], ["souvide_acc"]),
    accessories("kaden", "食洗機", ["dishwasher"], ["faucet", "dish_acc"]),
    accessories("nabe", "天ぷら鍋", ["tempura"], ["tempura_acc"]),
    accessories("nabe", "卵焼き器", ["tamago"], ["tamago_acc"]),
    # silver juicers: centrifugal 79, cold press 119, compact 59 (a white citrus one 29; a silver strainer 24)
    price("appliance", "budget silver juicer", "juicer-4", ["juicer_acc"]),
    # red popcorn makers: carnival 89, hot air 24, stirring 35 (a white hot air one 19; red bags 8 and scoop 5)
    price("appliance", "cheap red popcorn maker", "popcorn-1", ["popcorn_acc"]),
    # black woks: carbon steel 45, non-stick 59, cast iron 79 (a silver one 35; black ring 12, lid 24, spatulas 16)
    price("cookware", "cheap black wok", "wok-0", ["wokring", "wok_acc"]),
    # black sous vide cookers: 9800, Wi-Fi 14800, English 12800 (a white one 6980; black container 3480, rack 1480)
    price("kaden", "お手頃 黒 低温調理器", "souvide-0", ["souvide_acc"]),
    # white dishwashers: tank 39800, plumbed 54800, English 45800 (a grey one 32800; white stand 2980, basket 1980)
    price("kaden", "安い 白 食洗機", "dishwasher-0", ["faucet", "dish_acc"]),
    # black tempura pots: iron 24cm 3980, 18cm 2480, English 3280 (a silver one 1980; black thermometer 1280,
    # oil guard 980)
    price("nabe", "激安 黒 天ぷら鍋", "tempura-2", ["tempura_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("kaden", "スロージューサー", "slowjuicer"),
    mixed("kaden", "スープメーカー", "soup"),
    mixed("kaden", "エッグクッカー", "egg"),
    mixed("kaden", "クレープメーカー", "crepe"),
    mixed("kaden", "yogurt maker", "yogurt"),
    mixed("nabe", "ペティナイフ", "petty"),
    mixed("nabe", "グリルパン", "grillpan"),
    mixed("nabe", "ココット", "cocotte"),
    mixed("nabe", "whetstone", "whetstone"),
]

LIMITS: dict = {
    ("blind96", "accessories:kaden:食洗機", s): "the faucets 食洗機 分岐水栓 分岐金具 (no purpose marker) and "
    "分岐水栓 食器洗い乾燥機 rank 4th and 5th, above the English-titled Compact Countertop Dishwasher (6th)"
    for s in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind96(q: Q, setup: str, known_limit):
    known_limit("blind96")
    check(q, setup, ENGINES)


def test_blind96_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "silver": "Silver", "red": "Red", "black": "Black"})
