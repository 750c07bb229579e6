"""A hundred-and-fourteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: wild
bird feeding (English: peanut, suet and mealworm feeders next to peanuts, suet and mealworms,
hummingbird feeders with their ant moats, ports and bottles, bird baths with their heaters, fountain
pumps and bowls), a farm and ranch store (English: pump sprayers and sprayer pumps, line trimmers and
trimmer line, post drivers and fence posts, hay nets and hay, fence chargers and log splitters with
their parts, wheelbarrows and wheelbarrow parts), a Japanese medaka, goldfish and pond shop
メダカ・金魚・池用品 (水草ポット and ポット水草, スタンドライト and ライトスタンド, メダカ and メダカのエサ,
睡蓮鉢 and 睡蓮鉢用品, エアーポンプ and its parts; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords or plain Japanese words: Solar
Fountain Pump ソーラーポンプ, Aquascaping Tweezers ピンセット, Aquarium Thermometer 水温計) and a
Japanese farm tools and materials shop 農業資材・農機具 (ビニールハウス and ハウスビニール, トマト支柱 and
トマト苗, 刈払機 and its parts, 噴霧器 and its parts, 長靴; part of its tree in English too, with
English-titled imports: Chainsaw チェーンソー, Hedge Trimmer ヘッジトリマー, Rake レーキ). Shops of 30-50
items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (A hundred-and-fourteenth suite), as a measurement only (nothing
changed for it): 94 of 94 cases pass, 37 of 37 queries in every setup (two_types 8/8 queries,
21/21 cases; qualifies 7/7, 16/16; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); no
case fails on the snapshot (af1756d), so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W, FEED, FOOD = "Wild Birds", "Wild Birds > Feeders", "Wild Birds > Bird Food"
BATHS = f"{W} > Bird Baths"

BIRDS = {
    "peanutfeeder": items(f"{FEED} > Peanut Feeders", ("Songbird Haven Peanut Feeder, Steel Mesh, 3 Port, Green", 24),
                          ("Peanut Feeder Wreath for Woodpeckers and Jays, Steel", 29),
                          ("Classic Peanut Feeder, Hanging, 20cm, Black", 14)),
    "peanut": items(f"{FOOD} > Peanuts", ("Songbird Haven Peanuts for Wild Birds, Aflatoxin Tested, 2kg", 12),
                    ("In-Shell Peanuts for Birds and Squirrels, 5lb", 15), ("Kibbled Peanut Granules, 1kg", 9)),
    "suetfeeder": items(f"{FEED} > Suet Feeders", ("Songbird Haven Suet Feeder, Double Cake Cage, Green", 16),
                        ("Upside-Down Suet Feeder, Starling Resistant, Cedar Roof", 34),
                        ("Suet Feeder with Tail Prop, Woodpecker, Black", 22)),
    "suet": items(f"{FOOD} > Suet", ("Songbird Haven Suet Cakes, Insect Blend, 12 Pack", 19),
                  ("Suet Pellets with Mealworms, 2kg", 14), ("Suet Balls, No Mesh, 50 Pack", 17)),
    "mealwormfeeder": items(f"{FEED} > Mealworm Feeders", ("Songbird Haven Mealworm Feeder, Glass Dish, Bluebird", 27),
                            ("Mealworm Feeder with Roof, Hanging, Green", 18),
                            ("Dome Mealworm Feeder, Adjustable Cover, Clear", 25)),
    "mealworm": items(f"{FOOD} > Mealworms", ("Dried Mealworms for Wild Birds, 1kg", 18),
                      ("Songbird Haven Live Mealworms, 500g", 15), ("Mealworms, Dried, Resealable Tub, 500g", 11)),
    "hummer": items(f"{FEED} > Hummingbird Feeders",
                    ("Songbird Haven Hummingbird Feeder, Glass Bottle, 5 Ports, Red", 24),
                    ("Saucer Hummingbird Feeder, 10oz, Red", 12), ("Hummingbird Feeder, Hand Blown Glass, 24oz, Red", 39),
                    ("Window Hummingbird Feeder, Suction Cup, Red, 8oz", 16),
                    ("Hummingbird Feeder, Plastic Bottle, 16oz, Green", 9)),
    "hummer_acc": items(f"{FEED} > Feeder Parts", ("Ant Moat for Hummingbird Feeders, Red", 6),
                        ("Replacement Feeding Ports for Hummingbird Feeders, Red, 10 Pack", 7),
                        ("Hummingbird Feeder Replacement Bottle, 16oz, Clear", 11),
                        ("Cleaning Brush Set for Hummingbird Feeders", 8)),
    "bath": items(BATHS, ("Songbird Haven Bird Bath, Glazed Ceramic, Pedestal, Blue", 89),
                  ("Hanging Bird Bath, Glass Dish, 30cm, Blue", 29), ("Bird Bath, Resin, Stone Effect, Grey", 49),
                  ("Deck Mounted Bird Bath, Clamp On, Blue", 24), ("Ground Bird Bath, Shallow Dish, Terracotta", 19)),
    "bath_acc": items(f"{BATHS} > Bird Bath Accessories", ("Bird Bath Heater, Thermostatic, 150W", 39),
                      ("Solar Fountain Pump for Bird Baths, Blue", 19),
                      ("Replacement Bowl for Bird Baths, Glazed, Blue, 40cm", 22),
                      ("Bird Bath Cleaner, Enzyme Formula, 16oz", 12)),
    "noise": each(("Songbird Haven Hummingbird Nectar, Ready to Use, Clear, 64oz", f"{FOOD} > Nectar", 9),
                  ("Squirrel Baffle, Pole Mount, 18 inch, Black", f"{W} > Squirrel Control", 29),
                  ("Feeder Pole Kit, 4 Hooks, Black", f"{W} > Poles & Hooks", 45),
                  ("Cedar Birdhouse, Wren, Hinged Roof", f"{W} > Birdhouses", 25),
                  ("Nest Box, 32mm Hole, FSC Timber", f"{W} > Birdhouses", 19),
                  ("Bat Box, Double Chamber, Woodcrete", "Garden Wildlife > Bat Boxes", 35)),
}

SPRAY, MOW, FENCE, CARTS = "Farm & Ranch > Sprayers", "Lawn & Garden > Trimmers", "Fencing", "Farm & Ranch > Carts"

FARM = {
    "pumpsprayer": items(f"{SPRAY} > Pump Sprayers", ("FieldKing Pump Sprayer, 2 Gallon, Adjustable Nozzle", 24),
                         ("Handheld Pump Sprayer, 1.5L, Pressure Relief Valve", 12),
                         ("Stainless Steel Pump Sprayer, 3 Gallon, Brass Wand", 79)),
    "sprayer": items(f"{SPRAY} > Other Sprayers", ("ATV Spot Sprayer, 15 Gallon, 12V, Boomless Nozzle", 149),
                     ("Hose End Sprayer, 6 Spray Patterns", 15), ("Cordless Backpack Sprayer, 4 Gallon, 20V", 99)),
    "sprayerpump": items(f"{SPRAY} > Sprayer Pumps", ("FieldKing 12V Sprayer Pump, 1.2 GPM, 60 PSI, Demand Switch", 59),
                         ("Diaphragm Sprayer Pump, 12V, 5.5 GPM, 100 PSI", 89)),
    "pump": items("Farm & Ranch > Water > Pumps", ("Fuel Transfer Pump, 12V, 10 GPM, with Nozzle", 129),
                  ("Cast Iron Pitcher Pump, Hand Well Pump", 49), ("Submersible Utility Pump, 1/4 HP, 1500 GPH", 69)),
    "linetrimmer": items(MOW, ("FieldKing Line Trimmer, 25cc, 2-Stroke, Straight Shaft", 179),
                         ("Cordless Line Trimmer, 40V, 13 inch, Battery Included", 149),
                         ("Line Trimmer, Electric, 500W, Edging Wheel", 59)),
    "trimmer": items(MOW, ("Hedge Trimmer, Cordless, 40V, 24 inch", 129), ("Pole Hedge Trimmer, Petrol, 4m Reach", 219)),
    "trimmerline": items(f"{MOW} > Trimmer Parts", ("FieldKing Trimmer Line, .095 in x 500 ft, Orange", 15),
                         ("Twisted Trimmer Line, 3mm x 50m, Heavy Duty", 12)),
    "postdriver": items(f"{FENCE} > Fence Tools", ("FieldKing Post Driver, Heavy Duty, 15 lb", 59),
                        ("T-Post Driver, Steel, 4 inch Barrel", 45), ("Gas Powered Post Driver, 2-Stroke", 399)),
    "post": items(f"{FENCE} > Fence Posts", ("Studded T-Post, Steel, 6ft, Green, 5 Pack", 39),
                  ("Step-In Fence Post, 48 inch, White, 10 Pack", 29), ("Treated Wood Fence Post, Round, 7ft", 12)),
    "haynet": items("Livestock > Hay Feeders", ("FieldKing Hay Net, Slow Feed, 1.5 inch Mesh", 19),
                    ("Small Hole Hay Net, Horse, 2 Pack", 24), ("Full Bale Hay Net, Knotted Nylon", 35)),
    "hay": items("Feed > Hay & Forage", ("Timothy Hay, Second Cut, 50 lb Bale", 39), ("Alfalfa Hay Cubes, 40 lb Bag", 24),
                 ("Orchard Grass Hay, Compressed Bale, 40 lb", 35)),
    "charger": items(f"{FENCE} > Electric Fence", ("FieldKing Fence Charger, AC, 50 Mile, Low Impedance", 189),
                     ("Solar Fence Charger, 6V, 5 Mile", 149), ("Battery Fence Charger, 12V, 25 Mile", 169)),
    "charger_acc": items(f"{FENCE} > Electric Fence > Charger Parts", ("Ground Rod for Fence Chargers, 6ft, Galvanized", 19),
                         ("Lightning Diverter for Fence Chargers", 24),
                         ("Fence Charger Replacement Battery, 6V, Solar Models", 39)),
    "splitter": items("Firewood > Log Splitters", ("FieldKing Log Splitter, 25 Ton, Gas, Horizontal/Vertical", 1499),
                      ("Electric Log Splitter, 7 Ton, 2200W", 399), ("Manual Log Splitter, Foot Operated, 10 Ton", 189)),
    "splitter_acc": items("Firewood > Splitter Parts", ("Log Splitter Replacement Wedge, 4-Way", 89),
                          ("Cover for Log Splitters, Waterproof, 600D", 39),
                          ("AW32 Hydraulic Fluid for Log Splitters, 1 Gallon", 29)),
    "wheelbarrow": items(f"{CARTS} > Wheelbarrows", ("FieldKing Steel Wheelbarrow, 6 cu ft, Green", 139),
                         ("Poly Wheelbarrow, 4 cu ft, Flat-Free Tire, Green", 89),
                         ("Dual Wheel Wheelbarrow, 7 cu ft, Green", 179), ("Contractor Wheelbarrow, 6 cu ft, Red", 119),
                         ("Wheelbarrow, 3 cu ft, Plastic Tray, Red", 59)),
    "wheelbarrow_acc": items(f"{CARTS} > Wheelbarrow Parts", ("Wheelbarrow Replacement Tire, Flat-Free, 16 inch", 29),
                             ("Replacement Handles for Wheelbarrows, Green, 2 Pack", 25),
                             ("Grips for Wheelbarrow Handles, Green", 9)),
}

MK = "メダカ・金魚用品"
POND, TOOLS = "Pond Supplies", "Aquarium Tools"

POND_SHOP = {
    "wpot": items(f"{MK} > 水草 > 植え込み用品", ("水草ポット 素焼き 丸型 7.5cm 5個", 550),
                  ("水草 ポット メッシュ 角型 10cm 黒 3個", 680)),
    "pot": items(f"{MK} > 水草 > 植え込み用品", ("ポット 丸型 12cm 黒 10個 植え替え", 380), ("スリット ポット 深型 15cm 5個", 550)),
    "potplant": items(f"{MK} > 水草 > ポット水草", ("ポット水草 アヌビアス・ナナ 1ポット", 780),
                      ("ポット水草 ウォーターウィステリア 3ポット", 980), ("ポット水草 ミクロソリウム 活着 1ポット", 880)),
    "wplant": items(f"{MK} > 水草 > 浮草・水中葉", ("水草 アナカリス 10本 無農薬 メダカ 産卵", 480),
                    ("水草 マツモ 20本 金魚藻", 580), ("水草 ホテイアオイ 浮き草 3株", 450)),
    "standlight": items(f"{MK} > 水槽用品 > ライト", ("スタンドライト LED 水槽用 メダカ 観察 白", 2980),
                        ("LED スタンドライト 水槽 角度調整 タイマー付き", 3480),
                        ("スタンドライト 水草育成 30cm水槽 フルスペクトル", 3980)),
    "light": items(f"{MK} > 水槽用品 > ライト", ("クリップライト LED 水槽 15W 白", 2480), ("LEDライト 水槽 上部 45cm 薄型", 1980)),
    "lightstand": items(f"{MK} > 水槽用品 > ライト用品", ("ライトスタンド 水槽用 アーム 伸縮 ステンレス", 1980),
                        ("ライトスタンド 吊り下げ式 60cm水槽 黒", 2480)),
    "medaka": items(f"{MK} > 生体 > メダカ", ("メダカ 楊貴妃 生体 10匹", 1280), ("メダカ 幹之 成魚 5匹", 1980),
                    ("白メダカ 生体 20匹 ビオトープ", 980)),
    "medakafood": items(f"{MK} > エサ", ("メダカのエサ 顆粒 浮上性 40g", 480), ("メダカ エサ 稚魚用 パウダー 20g", 380),
                        ("メダカ エサ 色揚げ 産卵促進 100g", 680)),
    "suiren": items(f"{MK} > 睡蓮鉢", ("睡蓮鉢 陶器 40cm 黒 釉薬", 5980), ("睡蓮鉢 樹脂製 軽量 45cm 黒", 2980),
                    ("睡蓮鉢 信楽焼 33cm 青", 3980), ("睡蓮鉢 FRP 60cm 黒 大型", 7980), ("睡蓮鉢 プラスチック 35cm 白", 1980)),
    "suiren_acc": items(f"{MK} > 睡蓮鉢 > 睡蓮鉢用品", ("睡蓮鉢用 ネット 防鳥 猫よけ 45cm 黒", 880),
                        ("睡蓮鉢専用 台 キャスター付き 黒", 1980), ("睡蓮鉢対応 フタ すだれ 40cm", 1280),
                        ("ネット 睡蓮鉢用 ステンレス 40cm", 1480)),
    "airpump": items(f"{POND} > Air Pumps", ("エアーポンプ 静音 1口 メダカ 水槽", 1280),
                     ("Aquarium Air Pump, Ultra Quiet, 2 Outlets, 4W", 1680), ("エアーポンプ 乾電池式 停電対策 屋外 池", 1980)),
    "airpump_acc": items(f"{POND} > Air Pumps > Parts", ("エアーポンプ用 逆流防止弁 5個", 380),
                         ("エアーポンプ専用 交換用 ダイヤフラム 2枚", 580), ("エアーポンプ対応 エアーストーン 円柱 2個", 450)),
    "solarpump": items(f"{POND} > Fountain Pumps", ("Solar Fountain Pump, 3W, Floating, 6 Nozzles", 1980),
                       ("Solar Water Pump Kit for Ponds, 10W Panel, Battery Backup", 6980),
                       ("ソーラーポンプ 噴水 池 ビオトープ 小型 2.5W", 1480)),
    "tweezers": items(f"{TOOLS} > Tweezers", ("Aquascaping Tweezers, Stainless Steel, Curved, 27cm", 980),
                      ("Aquarium Tweezers Set, Straight and Curved, 3 Piece", 1480),
                      ("ピンセット 水草 植え込み ロング 30cm ステンレス", 880)),
    "thermometer": items(f"{TOOLS} > Thermometers", ("Aquarium Thermometer, Digital LCD, Suction Cup", 880),
                         ("Floating Pond Thermometer, Fish Shape", 680), ("水温計 デジタル メダカ 屋外 最高最低", 1280)),
    "liner": items(f"{POND} > Pond Liners", ("池 防水シート EPDM ゴム 3m×4m 厚手", 8980),
                   ("ビオトープ 防水シート 2m×3m 耐候", 3980), ("池 ライナー 成型 プラスチック 120L 黒", 5980)),
}

NS, NK, SG = "農業資材", "農機具", "作業用品"
HOUSE, COVER = f"{NS} > ビニールハウス・温室", f"{NS} > 被覆資材"

AGRI = {
    "vinylhouse": items(HOUSE, ("ビニールハウス 2坪 家庭用 パイプ 19mm 菜園", 39800),
                        ("ビニールハウス 小型 3段 棚付き ベランダ 家庭菜園", 4980),
                        ("ビニールハウス 間口2m 奥行3.6m 農業用 天窓付き", 59800)),
    "house": items(HOUSE, ("ガーデンハウス 温室 ポリカーボネート 6×8ft アルミフレーム", 69800),
                   ("育苗 ミニハウス ポリカ製 窓付き 1段", 12800)),
    "housevinyl": items(COVER, ("ハウスビニール 農ビ 0.1mm 幅185cm 50m 透明", 12800),
                        ("ハウスビニール 2坪 ビニールハウス用 張替え 0.1mm", 4980),
                        ("ハウスビニール 農PO 0.15mm 幅270cm 10m 耐候", 6980)),
    "vinyl": items(COVER, ("トンネル ビニール 透明 0.05mm 幅185cm 50m", 2980), ("ビニールシート 透明 厚手 1.8m×50m 防水", 3480)),
    "tomatostake": items(f"{NS} > 支柱", ("トマト 支柱 らせん 180cm 5本", 1480), ("トマト支柱 直管 11mm×210cm 10本", 2480),
                         ("トマト用 支柱 アーチ 組立式 家庭菜園", 1980)),
    "tomato": each(("トマト 苗 桃太郎 9cmポット 3株", "苗・種 > 野菜苗", 980),
                   ("ミニトマト 苗 アイコ 接ぎ木 2株", "苗・種 > 野菜苗", 1280),
                   ("トマト 種 大玉 固定種 20粒", "苗・種 > 野菜の種", 330)),
    "kariharai": items(f"{NK} > 刈払機", ("刈払機 エンジン式 25.4cc 両手ハンドル", 29800), ("刈払機 充電式 18V ループハンドル 軽量", 19800),
                       ("刈払機 エンジン 42.7cc 肩掛け 2ストローク", 39800)),
    "kariharai_acc": items(f"{NK} > 刈払機 > 刈払機部品", ("刈払機用 チップソー 255mm 40P 2枚", 1480),
                           ("刈払機専用 飛散防止カバー 汎用", 980), ("刈払機対応 肩掛けベルト 両肩 クッション", 1680)),
    "funmuki": items(f"{NK} > 噴霧器", ("噴霧器 蓄圧式 4L 手動 ノズル付き 赤", 1980), ("噴霧器 電動 充電式 背負い 15L 赤", 8980),
                     ("噴霧器 蓄圧式 8L 肩掛け 赤", 2980), ("噴霧器 蓄圧式 2L 小型 緑", 980)),
    "funmuki_acc": items(f"{NK} > 噴霧器 > 噴霧器部品", ("噴霧器用 ノズル 2頭口 真鍮", 680), ("噴霧器専用 ホース 交換用 1.5m 赤", 880),
                         ("噴霧器対応 伸縮 ノズル 1.8m", 1480), ("パッキン 噴霧器用 Oリング セット", 380)),
    "boots": items(f"{SG} > 長靴", ("長靴 農作業 メンズ 軽量 防滑 黒 26cm", 2980), ("長靴 ロング 田植え スパイク 黒", 3980),
                   ("長靴 ショート 防水 作業 緑", 1480), ("長靴 レディース 農業 黒 23cm", 2480)),
    "boots_acc": items(f"{SG} > 長靴 > 長靴用品", ("長靴用 中敷き 抗菌 黒 2足", 580), ("長靴専用 乾燥ハンガー 黒", 880),
                       ("長靴対応 滑り止め スパイク 取り付け", 1280)),
    "chainsaw": items("Power Tools > Chainsaws", ("Cordless Chainsaw, 12 inch, 40V, Tool-Free Tensioning", 16800),
                      ("Gas Chainsaw, 18 inch Bar, 45cc, 2-Stroke", 22800), ("チェーンソー 充電式 小型 6インチ 片手 剪定", 7980)),
    "hedgetrimmer": items("Power Tools > Hedge Trimmers", ("Cordless Hedge Trimmer, 20V, 22 inch Dual Action Blade", 9800),
                          ("Electric Hedge Trimmer, 600W, 24 inch", 7800), ("ヘッジトリマー 充電式 18V 生垣 刃長400mm", 12800)),
    "rake": items("Hand Tools > Rakes", ("Bow Rake, Steel, 16 Tine, Wood Handle", 2480),
                  ("Leaf Rake, Adjustable Width, Steel Tines", 1980), ("レーキ 鉄製 12本爪 整地 木柄", 1680)),
    "birdnet": items("Crop Protection > Bird Netting", ("防鳥ネット 4m×10m 目合い15mm 果樹 野菜", 1280),
                     ("防鳥ネット 2m×20m 畑 ベランダ 黒", 980), ("防鳥網 6m×6m 30mm目 青 果樹園", 1480)),
    "noise": each(("防獣ネット イノシシ シカ 1m×50m", "Crop Protection > Animal Netting", 3980),),
}

SHOPS = {"birds": BIRDS, "farm": FARM, "pond": POND_SHOP, "agri": AGRI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("farm", "pump sprayer", "pumpsprayer", ["sprayer"], ["sprayerpump"]),
    two_types("farm", "sprayer pump", "sprayerpump", ["pump"], ["pumpsprayer"]),
    two_types("farm", "line trimmer", "linetrimmer", ["trimmer"], ["trimmerline"]),
    two_types("pond", "水草 ポット", "wpot", ["pot"], ["potplant"]),
    two_types("pond", "ポット水草", "potplant", ["wplant"], ["wpot"]),
    two_types("pond", "スタンドライト", "standlight", ["light"], ["lightstand"]),
    two_types("agri", "ビニールハウス", "vinylhouse", ["house"], ["housevinyl"]),
    two_types("agri", "ハウス ビニール", "housevinyl", ["vinyl"], ["vinylhouse"]),
    # --- 2. a leading product word that modifies the head
    qualifies("birds", "peanut feeder", ["peanutfeeder"], ["peanut"]),
    qualifies("birds", "suet feeder", ["suetfeeder"], ["suet"]),
    qualifies("birds", "mealworm feeder", ["mealwormfeeder"], ["mealworm"]),
    qualifies("farm", "post driver", ["postdriver"], ["post"]),
    qualifies("farm", "hay net", ["haynet"], ["hay"]),
    qualifies("pond", "メダカ エサ", ["medakafood"], ["medaka"]),
    qualifies("agri", "トマト 支柱", ["tomatostake"], ["tomato"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("birds", "hummingbird feeder", ["hummer"], ["hummer_acc"]),
    accessories("birds", "bird bath", ["bath"], ["bath_acc"]),
    accessories("farm", "fence charger", ["charger"], ["charger_acc"]),
    accessories("farm", "log splitter", ["splitter"], ["splitter_acc"]),
    accessories("pond", "エアーポンプ", ["airpump"], ["airpump_acc"]),
    accessories("pond", "睡蓮鉢", ["suiren"], ["suiren_acc"]),
    accessories("agri", "刈払機", ["kariharai"], ["kariharai_acc"]),
    accessories("agri", "噴霧器", ["funmuki"], ["funmuki_acc"]),
    # red hummingbird feeders: glass bottle 24, saucer 12, hand blown 39, window 16 (a green one 9; red ant moat
    # 6 and red ports 7)
    price("birds", "cheap red hummingbird feeder", "hummer-1", ["hummer_acc"]),
    # blue bird baths: ceramic 89, hanging 29, deck mounted 24 (a terracotta one 19; blue fountain pump 19 and blue
    # bowl 22)
    price("birds", "budget blue bird bath", "bath-3", ["bath_acc"]),
    # green wheelbarrows: steel 139, poly 89, dual wheel 179 (red ones 59 and 119; green handles 25 and grips 9)
    price("farm", "cheap green wheelbarrow", "wheelbarrow-1", ["wheelbarrow_acc"]),
    # black 睡蓮鉢: 陶器 5980, 樹脂製 2980, FRP 7980 (a blue one 3980, a white one 1980; black net 880, black stand
    # 1980)
    price("pond", "激安 黒 睡蓮鉢", "suiren-1", ["suiren_acc"]),
    # black 長靴: メンズ 2980, ロング 3980, レディース 2480 (a green one 1480; black insoles 580, black hanger 880)
    price("agri", "お手頃 黒 長靴", "boots-3", ["boots_acc"]),
    # red 噴霧器: 4L 1980, 15L 8980, 8L 2980 (a green 2L 980; a red hose 880)
    price("agri", "格安 赤 噴霧器", "funmuki-0", ["funmuki_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("pond", "ソーラーポンプ", "solarpump"),
    mixed("pond", "ピンセット", "tweezers"),
    mixed("pond", "水温計", "thermometer"),
    mixed("pond", "pond liner", "liner"),
    mixed("agri", "チェーンソー", "chainsaw"),
    mixed("agri", "ヘッジトリマー", "hedgetrimmer"),
    mixed("agri", "レーキ", "rake"),
    mixed("agri", "bird netting", "birdnet"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind114(q: Q, setup: str, known_limit):
    known_limit("blind114")
    check(q, setup, ENGINES)


def test_blind114_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "blue": "Blue", "green": "Green", "黒": "Black", "赤": "Red"})
