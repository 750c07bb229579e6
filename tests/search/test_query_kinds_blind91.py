"""A ninety-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: reptile and
small-animal keeping (English: live food, vivariums, heating, humidity, chinchilla and hamster
bathing), farm livestock (English: calf and lamb rearing, poultry, horse rugs), Japanese aquarium
and reptile goods アクアリウム・爬虫類用品 (part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords: サーモスタット, ミルワーム, エアーストーン) and
Japanese dog and cat goods 犬用品・猫用品 (with English-titled imports too: ドッグステップ,
スナッフルマット, キャットニップ). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (feeder crickets / cricket feeder, bath sand / sand bath,
   teat bucket / bucket teats, nipple drinker);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones, "driftwood" and "muzzle", over Japanese titles
   under an English category tree) in shops with titles in both languages: the top three are of
   the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (ninety-first suite) at 67dcb3b, as a measurement only (nothing
changed for it): 85 of 91 cases pass, 34 of 37 queries in every setup (two_types 5/7 queries, 11/14
cases; qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22); the 6
failing cases (3 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): "bath sand"
in both its setups (a sand bath house above the digging sands), "bucket teats" with the dense side
(the teat buckets above the other teats) and キャットニップ in all three (またたび powder second).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

R, SA = "Reptile Supplies", "Small Animal Supplies"
FOOD, FEEDING, HEAT, HUMID = f"{R} > Live & Dried Food", f"{R} > Feeding", f"{R} > Heating", f"{R} > Humidity"

REPTILE = {
    "feedercricket": items(f"{FOOD} > Crickets", ("Live Feeder Crickets, Medium, 50 Count", 6),
                           ("Feeder Crickets, Large, Gut-Loaded, 100 Count", 11),
                           ("Freeze-Dried Feeder Crickets, 30g", 7)),
    "cricket": items(f"{FOOD} > Crickets", ("Canned Crickets for Reptiles, Adult, 35g", 5),
                     ("Dried Crickets, Calcium Dusted, 100g", 9)),
    "cricketfeeder": items(f"{FEEDING} > Feeders", ("Cricket Feeder Dish, Escape-Proof, Ceramic, Small", 12),
                           ("Magnetic Cricket Feeder Cup for Arboreal Geckos", 14),
                           ("Cricket Feeder, Hanging, Clear, Anti-Escape Lip", 8)),
    "feeder": items(f"{FEEDING} > Feeders", ("Worm Feeder Dish, Slate Effect, Escape-Proof", 10),
                    ("Gecko Feeder Ledge, Magnetic, with 2 Cups", 16)),
    "cricketkeeper": items(f"{FEEDING} > Live Food Keepers", ("Cricket Keeper, Large, with 4 Dispensing Tubes", 19),
                           ("Cricket Keeper Box, Ventilated, Small", 12),
                           ("Cricket Keeper with Egg Crate Insert, Medium", 15)),
    "background": items(f"{R} > Habitat > Backgrounds", ("Vivarium Background, 3D Rock Effect, 60 x 45cm", 29),
                        ("Foam Vivarium Background, Tree Bark, 90 x 45cm", 39),
                        ("Vivarium Background Sheet, Jungle Print, Self-Adhesive", 12)),
    "vivarium": items(f"{R} > Habitat > Vivariums", ("Wooden Vivarium, 4ft, Sliding Glass Doors, Oak", 189),
                      ("Glass Vivarium, 60 x 45 x 45cm, Front Opening", 149),
                      ("PVC Vivarium, 3ft, Black, Lightweight", 229)),
    "heatmat": items(f"{HEAT} > Heat Mats", ("Reptile Heat Mat, 28 x 28cm, 14W", 16),
                     ("Heat Mat, Large, 28 x 53cm, 24W", 22),
                     ("Slimline Heat Mat for Vivariums, 11 x 11cm, 5W", 11)),
    "heatmat_acc": items(f"{HEAT} > Thermostats & Parts", ("Mat Stat Thermostat for Heat Mats, 300W", 24),
                         ("Heat Mat Replacement Power Cable, 1.5m", 6),
                         ("Aluminium Spreader Plate for Heat Mats", 9)),
    "misting": items(f"{HUMID} > Misting Systems", ("Misting System, 1.5L Tank, 2 Nozzles, Timer", 59),
                     ("Rainforest Misting System, 4 Nozzles, 8L Reservoir", 119),
                     ("Compact Misting System, 1 Nozzle, Quiet Pump", 45)),
    "misting_acc": items(f"{HUMID} > Misting Spares", ("Replacement Nozzles for Misting Systems, 2 Pack", 9),
                         ("Misting System Replacement Tubing, 5m, Clear", 7),
                         ("Check Valve for Misting Systems, Anti-Drip", 5)),
    "fogger": items(f"{HUMID} > Foggers", ("Reptile Fogger, 2.5L, Adjustable Mist, White", 39),
                    ("Reptile Fogger, Dual Outlet, 4L, White", 55), ("Reptile Fogger, 2L, Black", 27),
                    ("Humidifier Fogger for Terrariums, 3L, White", 46)),
    "fogger_acc": items(f"{HUMID} > Fogger Spares", ("Replacement Hose for Reptile Foggers, 1m, White", 8),
                        ("Reptile Fogger Replacement Atomiser Disc, 2 Pack", 6),
                        ("Hose Clamp for Foggers, Suction Mount, White", 5)),
    "bathsand": items(f"{SA} > Bathing", ("Chinchilla Bath Sand, 1kg, Dust-Free", 8),
                      ("Bath Sand for Hamsters & Gerbils, 2kg", 10), ("Volcanic Bath Sand, 3kg, Fine Grain", 14)),
    "sand": items(f"{SA} > Digging", ("Digging Sand for Hamsters, 2kg, Natural", 7),
                  ("Gerbil Digging Sand, Washed, 5kg", 11)),
    "sandbath": items(f"{SA} > Bathing", ("Hamster Sand Bath, Clear Acrylic, with Scoop", 12),
                      ("Sand Bath House for Chinchillas, Ceramic", 18),
                      ("Corner Sand Bath for Gerbils, Wooden, Large", 15)),
    "bath": items(f"{SA} > Bathing", ("Dust Bath House for Chinchillas, Plastic, Front Opening", 13)),
    "noise": each(("Feeding Tongs, 30cm, Stainless Steel", f"{FEEDING} > Tools", 8),
                  ("Calcium Sand for Reptiles, 4.5kg, Desert Red", f"{R} > Substrates", 16)),
}

FL, POU, CL, EQ = "Farm & Livestock", "Poultry", "Calf & Lamb Rearing", "Equestrian"

FARM = {
    "teatbucket": items(f"{CL} > Feeding Buckets", ("Calf Teat Bucket, 8L, with Valve Teat", 14),
                        ("Lamb Teat Bucket, 5 Teats, 10L", 22), ("Teat Bucket with Lid, 3 Teats, Calf & Kid", 19)),
    "bucket": items(f"{FL} > Buckets & Tubs", ("Heavy Duty Feed Bucket, 15L, Black", 6),
                    ("Stable Water Bucket, 20L, Handle", 9)),
    "bucketteat": items(f"{CL} > Teats & Spares", ("Replacement Bucket Teats, Red, 5 Pack", 9),
                        ("Bucket Teats with Valve, Screw-In, 3 Pack", 12),
                        ("Soft Rubber Bucket Teats for Lambs, 10 Pack", 10)),
    "teat": items(f"{CL} > Teats & Spares", ("Lamb Bottle Teats, Screw-On, 4 Pack", 5),
                  ("Calf Feeding Teats, Tough Rubber, 2 Pack", 6)),
    "nippledrinker": items(f"{POU} > Drinkers", ("Nipple Drinker, 5L, Hanging, 4 Nipples", 18),
                           ("Nipple Drinker for Chickens, 10L, Legs", 26), ("Chick Nipple Drinker, 1.5L, Quail", 11)),
    "drinker": items(f"{POU} > Drinkers", ("Double Wall Poultry Drinker, 8L, Galvanised", 29),
                     ("Plastic Chick Drinker, 1L, Screw Base", 4)),
    "drinkernipple": items(f"{POU} > Drinker Spares", ("Replacement Drinker Nipples, Screw-In, 25 Pack", 9),
                           ("Drinker Nipples, Push-In, Stainless, 10 Pack", 7)),
    "feedbin": items(f"{FL} > Feed Storage", ("Galvanised Feed Bin, 80L, Lockable Lid", 49),
                     ("Feed Bin on Wheels, 120L, Green", 39), ("Plastic Feed Bin, 60L, Rodent Proof", 29)),
    "feed": items(f"{POU} > Feed", ("Layers Pellets, Poultry Feed, 20kg", 18), ("Chick Crumbs, Starter Feed, 5kg", 8)),
    "eggcarton": items(f"{POU} > Egg Care", ("Egg Cartons, 6 Egg, Recycled Pulp, 50 Pack", 9),
                       ("Printed Egg Cartons, Half Dozen, Fresh Eggs, 24 Pack", 8),
                       ("Egg Cartons for 12 Eggs, Plastic, Clear, 10 Pack", 12)),
    "egg": items(f"{POU} > Egg Care", ("Ceramic Nest Eggs, 6 Pack", 6), ("Wooden Dummy Eggs, Brown, 4 Pack", 5)),
    "incubator": items(f"{POU} > Incubators", ("Egg Incubator, 12 Eggs, Automatic Turning, Digital", 79),
                       ("Egg Incubator, 56 Eggs, Humidity Control", 189),
                       ("Mini Egg Incubator, 7 Eggs, Clear Top", 49)),
    "incubator_acc": items(f"{POU} > Incubator Spares", ("Automatic Egg Turner for Egg Incubators", 29),
                           ("Egg Incubator Replacement Heating Element, 80W", 14),
                           ("Water Tray for Egg Incubators, 2 Pack", 6)),
    "rug": items(f"{EQ} > Horse Rugs", ("Turnout Horse Rug, 200g, Navy, 6ft 3in", 89),
                 ("Stable Horse Rug, 100g, Navy, 6ft", 59), ("Fleece Cooler Horse Rug, Navy", 35),
                 ("Lightweight Turnout Horse Rug, 0g, Green", 29),
                 ("Heavyweight Turnout Horse Rug, 350g, Burgundy", 119)),
    "rug_acc": items(f"{EQ} > Rug Accessories", ("Replacement Leg Straps for Horse Rugs, Navy, Pair", 9),
                     ("Neck Cover for Horse Rugs, Detachable, Navy", 25),
                     ("Horse Rug Replacement Surcingle Straps, Black", 8)),
    "chickenfeeder": items(f"{POU} > Feeders", ("Chicken Feeder, Hanging, 3kg, Red", 12),
                           ("Chicken Feeder, Galvanised, Treadle, 10kg", 59),
                           ("Chicken Feeder with Rain Hat, 8kg, Red", 24),
                           ("Chicken Feeder Trough, 50cm, Green", 9), ("Chicken Feeder, Wall Mounted, 5kg, Red", 19)),
    "feeder_acc": items(f"{POU} > Feeder Spares", ("Rain Cover for Chicken Feeders, Red", 7),
                        ("Chicken Feeder Replacement Base, Anti-Waste, Red", 6)),
    "noise": each(("Poultry Mite Powder, 500g", f"{POU} > Health", 7)),
}

AQ, RP = "アクアリウム", "爬虫類用品"

AQUA = {
    "tank": items(f"{AQ} > 水槽", ("水槽 30cm ガラス 曲げガラス 蓋付き", 2980), ("水槽 60cm スリム 上部フィルター セット", 7980),
                  ("Glass Aquarium Tank, 45cm, Rimless", 5480)),
    "tankmat": items(f"{AQ} > 水槽台・マット", ("水槽マット 60cm用 クッション 黒 5mm", 780),
                     ("水槽 マット 30cm 45cm 兼用 滑り止め", 580), ("水槽用 マット 透明 PVC 90cm", 1280)),
    "food": items(f"{AQ} > エサ", ("熱帯魚 餌 フレーク 50g", 480), ("カメの餌 浮上性 スティック 200g", 680))
    + items(f"{RP} > エサ", ("爬虫類 餌 人工フード ゲル 60g", 980)),
    "fooddish": items(f"{RP} > 餌皿・水入れ", ("餌皿 陶器 S 爬虫類 ブラウン", 580), ("餌皿 ロック調 レジン 2個セット", 780),
                      ("餌皿 脱走防止 フチ付き M", 680)),
    "basking": items(f"{RP} > ライト", ("バスキングライト 50W 爬虫類 保温 スポット", 1280), ("バスキングライト 100W ハロゲン", 1680),
                     ("Reptile Basking Light, 75W, Spot Bulb", 1480)),
    "basking_acc": items(f"{RP} > ライト > ライト用品", ("バスキングライト用 ソケット 陶器 E26", 980),
                         ("バスキングライト専用 ランプガード 網", 1180), ("バスキングライト対応 クリップスタンド", 1580),
                         ("反射笠 バスキングライト用 14cm", 1380)),
    "panel": items(f"{RP} > 保温器具", ("パネルヒーター 爬虫類 S 8W", 1980), ("パネルヒーター 薄型 L 16W 防水", 2980),
                   ("パネルヒーター ケージ下 M 12W", 2480)),
    "panel_acc": items(f"{RP} > 保温器具 > 保温器具用品", ("パネルヒーター用 保護シート 耐熱 M", 480),
                       ("パネルヒーター専用 延長コード 2m", 680), ("パネルヒーター対応 固定テープ アルミ", 380)),
    "case": items("昆虫・小動物 > 飼育ケース", ("飼育ケース 小 緑 昆虫 メダカ", 480), ("飼育ケース 中 緑 フタ付き", 780),
                  ("飼育ケース 大 青 取っ手付き", 980), ("飼育ケース ミニ 透明 10個セット", 398),
                  ("Insect Breeding Box, Large, Green Lid", 1180)),
    "case_acc": items("昆虫・小動物 > 飼育ケース用品", ("飼育ケース専用 交換フタ 小 緑", 280),
                      ("飼育ケース用 コバエ防止シート 5枚", 198), ("仕切り板 飼育ケース対応 中", 230)),
    "thermostat": items(f"{R} > Thermostats", ("サーモスタット 爬虫類 ヒーター 300W", 3980),
                        ("Digital Thermostat for Reptiles, Dimming, 600W", 4480),
                        ("Reptile Thermostat, Pulse, Day/Night", 3680), ("サーモスタット 水槽 ヒーター 対応 200W", 2980)),
    "mealworm": items("Live & Dried Food > Mealworms", ("ミルワーム 乾燥 100g 爬虫類 餌", 680),
                      ("Dried Mealworms, 500g, High Protein", 1580),
                      ("Freeze-Dried Mealworms, 250g, for Birds & Reptiles", 1180)),
    "airstone": items(f"{AQ} > エアレーション", ("エアーストーン 円柱 25mm 2個", 298), ("Air Stone, Disc, 10cm, Fine Bubbles", 680),
                      ("Air Stone Bar, 30cm, Curtain Bubbles", 780), ("エアーストーン 球形 ミニ 5個入", 380)),
    "driftwood": items("Aquascaping > Driftwood", ("流木 天然 アクアリウム M 3本セット", 1280),
                       ("流木 ブランチ 枝状 L 水草レイアウト", 1980), ("ウィローモス 活着 流木 S", 980)),
    "plant": items("Aquascaping > Aquatic Plants", ("水草 ミクロソリウム ポット", 680), ("水草 ウィローモス 50g", 580)),
}

DG, CT = "犬用品", "猫用品"

PET = {
    "sheet": items(f"{DG} > トイレ用品 > トイレシーツ", ("トイレシーツ レギュラー 薄型 100枚", 980),
                   ("トイレシーツ ワイド 厚型 50枚", 1280), ("トイレシーツ 炭入り 消臭 スーパーワイド 34枚", 1480)),
    "toilet": items(f"{DG} > トイレ用品 > トイレトレー", ("犬 トイレ トレー メッシュ付き レギュラー 白", 1980),
                    ("トイレ 犬用 ステップ壁付き ワイド", 2980))
    + items(f"{CT} > 猫トイレ", ("猫 トイレ 大型 フード付き 砂飛び散り防止", 3480)),
    "treatball": items(f"{DG} > おもちゃ > 知育玩具", ("おやつボール 知育玩具 犬 早食い防止 M", 980),
                       ("おやつボール ラバー 転がる 2個セット", 1280), ("おやつ ボール 猫 知育 おやつが出る", 780)),
    "treat": items(f"{DG} > おやつ", ("犬 おやつ ササミ ジャーキー 200g", 680), ("おやつ 無添加 ボーロ 小型犬 100g", 398))
    + items(f"{CT} > おやつ", ("猫 おやつ 液状 まぐろ 20本", 880)),
    "cart": items(f"{DG} > お出かけ > ペットカート", ("ペットカート 多頭 中型犬 折りたたみ ネイビー", 12800),
                  ("ペットカート 小型犬 3輪 軽量 ネイビー", 8980), ("ペットカート 分離型 キャリー 4輪 グレー", 15800),
                  ("Pet Stroller, 4 Wheels, Foldable, Navy", 9980), ("ペットカート コンパクト ピンク", 6980)),
    "cart_acc": items(f"{DG} > お出かけ > ペットカート用品", ("ペットカート用 レインカバー 透明", 1480),
                      ("ペットカート専用 ドリンクホルダー ネイビー", 880), ("ペットカート対応 インナーマット 洗える ネイビー", 1280),
                      ("リード フック ペットカート用 2個", 380)),
    "mannerbelt": items(f"{DG} > マナー用品", ("マナーベルト 男の子 S ネイビー", 880),
                        ("マナーベルト 男の子用 M メッシュ グレー", 1280), ("マナーベルト 洗える 防水 L グレー", 1480),
                        ("マナーベルト 小型犬 SS グレー 2枚組", 1180)),
    "mannerbelt_acc": items(f"{DG} > マナー用品 > 交換パッド", ("マナーベルト用 吸水パッド 30枚", 680),
                            ("マナーベルト専用 交換パッド 洗える 2枚 グレー", 880),
                            ("マナーベルト対応 尿漏れパッド 小型犬 40枚", 780)),
    "steps": items("Dog Supplies > Steps & Ramps", ("Dog Steps for Bed, 3 Tier, Non-Slip", 4980),
                   ("Foldable Dog Steps, 2 Step, Foam", 3980), ("ドッグステップ 4段 ソファ 高さ調節", 5980),
                   ("ドッグステップ 2段 ヘルニア対策 洗えるカバー", 3480)),
    "snuffle": items("Dog Supplies > Enrichment", ("Snuffle Mat for Dogs, Foraging, Machine Washable", 2480),
                     ("Snuffle Mat, Large, Slow Feeding, Grey", 2980), ("ノーズワークマット 犬 おやつ探し 嗅覚訓練", 1980),
                     ("スナッフルマット 犬 猫 ノーズワーク", 1780)),
    "catnip": items("Cat Supplies > Catnip & Silvervine", ("Organic Catnip, Dried Leaves, 30g", 880),
                    ("Catnip Spray for Cats, 100ml", 780), ("キャットニップ 乾燥 国産 10g", 680)),
    "muzzle": items("Dog Supplies > Muzzles", ("口輪 犬 メッシュ 噛みつき防止 M", 980), ("口輪 シリコン 小型犬 無駄吠え防止", 780),
                    ("口輪 バスケット型 大型犬 L", 1680), ("マズルガード 犬 ナイロン 調節可能 S", 680)),
    "noise": each(("ドッグスロープ 滑り止め 折りたたみ", "Dog Supplies > Steps & Ramps", 4980),
                  ("またたび 粉末 2g×5袋", "Cat Supplies > Catnip & Silvervine", 480),
                  ("ボール 犬 おもちゃ ラバー 3個", f"{DG} > おもちゃ", 580)),
}

SHOPS = {"reptile": REPTILE, "farm": FARM, "aqua": AQUA, "pet": PET}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("reptile", "feeder crickets", "feedercricket", ["cricket"], ["cricketfeeder"]),
    two_types("reptile", "cricket feeder", "cricketfeeder", ["feeder"], ["feedercricket"]),
    two_types("reptile", "bath sand", "bathsand", ["sand"], ["sandbath"]),
    two_types("reptile", "sand bath", "sandbath", ["bath"], ["bathsand"]),
    two_types("farm", "teat bucket", "teatbucket", ["bucket"], ["bucketteat"]),
    two_types("farm", "bucket teats", "bucketteat", ["teat"], ["teatbucket"]),
    two_types("farm", "nipple drinker", "nippledrinker", ["drinker"], ["drinkernipple"]),
    # --- 2. a leading product word that modifies the head
    qualifies("reptile", "cricket keeper", ["cricketkeeper"], ["feedercricket", "cricket"]),
    qualifies("reptile", "vivarium background", ["background"], ["vivarium"]),
    qualifies("farm", "feed bin", ["feedbin"], ["feed"]),
    qualifies("farm", "egg cartons", ["eggcarton"], ["egg"]),
    qualifies("aqua", "水槽 マット", ["tankmat"], ["tank"]),
    qualifies("aqua", "餌皿", ["fooddish"], ["food"]),
    qualifies("pet", "トイレ シーツ", ["sheet"], ["toilet"]),
    qualifies("pet", "おやつ ボール", ["treatball"], ["treat"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("reptile", "heat mat", ["heatmat"], ["heatmat_acc"]),
    accessories("reptile", "misting system", ["misting"], ["misting_acc"]),
    accessories("farm", "egg incubator", ["incubator"], ["incubator_acc"]),
    accessories("farm", "horse rug", ["rug"], ["rug_acc"]),
    accessories("aqua", "バスキングライト", ["basking"], ["basking_acc"]),
    accessories("aqua", "パネルヒーター", ["panel"], ["panel_acc"]),
    accessories("pet", "ペットカート", ["cart"], ["cart_acc"]),
    accessories("pet", "マナーベルト", ["mannerbelt"], ["mannerbelt_acc"]),
    # white foggers: 2.5L 39, dual outlet 55, terrarium 46 (a black one 27; white spares 5-8)
    price("reptile", "budget white fogger", "fogger-0", ["fogger_acc"]),
    # navy rugs: turnout 89, stable 59, fleece cooler 35 (a green one 29; navy spares 9-25, black straps 8)
    price("farm", "cheap navy horse rug", "rug-2", ["rug_acc"]),
    # red chicken feeders: hanging 12, rain hat 24, wall mounted 19 (a green trough 9; red spares 6-7)
    price("farm", "budget red chicken feeder", "chickenfeeder-0", ["feeder_acc"]),
    # green cases: small 480, medium 780, English 1180 (a clear mini set 398; a green lid 280, spares 198-230)
    price("aqua", "激安 緑 飼育ケース", "case-0", ["case_acc"]),
    # navy carts: multi-dog 12800, small 3-wheel 8980, English stroller 9980 (a pink one 6980; navy spares 880-1280)
    price("pet", "お手頃 ネイビー ペットカート", "cart-1", ["cart_acc"]),
    # grey belts: M mesh 1280, L 1480, SS pair 1180 (a navy one 880; a grey pad 880, pads 680-780)
    price("pet", "格安 グレー マナーベルト", "mannerbelt-3", ["mannerbelt_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("aqua", "サーモスタット", "thermostat"),
    mixed("aqua", "ミルワーム", "mealworm"),
    mixed("aqua", "エアーストーン", "airstone"),
    mixed("aqua", "driftwood", "driftwood"),
    mixed("pet", "ドッグステップ", "steps"),
    mixed("pet", "スナッフルマット", "snuffle"),
    mixed("pet", "キャットニップ", "catnip"),
    mixed("pet", "muzzle", "muzzle"),
]

_BATH_SAND = "the Sand Bath House (a sand bath) 4th, above the digging sands"
_CATNIP = "またたび powder (silver vine, not catnip) 2nd, between the Japanese and the English catnip"
LIMITS: dict = {
    ("blind91", "two_types:reptile:bath_sand", "categories-lexical"): _BATH_SAND,
    ("blind91", "two_types:reptile:bath_sand", "categories-dense"): _BATH_SAND,
    ("blind91", "two_types:farm:bucket_teats", "categories-dense"):
        "the three teat buckets 6th-8th, above both the bottle teats and the calf feeding teats (9th-10th)",
    ("blind91", "mixed:pet:キャットニップ", "categories-lexical"): _CATNIP,
    ("blind91", "mixed:pet:キャットニップ", "categories-dense"): _CATNIP,
    ("blind91", "mixed:pet:キャットニップ", "categories-latin-only"): _CATNIP,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind91(q: Q, setup: str, known_limit):
    known_limit("blind91")
    check(q, setup, ENGINES)


def test_blind91_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "navy": "Navy", "red": "Red", "緑": "Green",
                                 "ネイビー": "Navy", "グレー": "Grey"})
