"""A hundred-and-twenty-second blind held-out suite of query understanding, written from what a
shop assistant would show, without reading the engine, in vocabularies earlier suites use little:
welding and metalworking (English: welding helmets and their lenses and headgear, MIG welders and
their tips and guns, gas cylinders and cylinder carts, anvils and anvil stands, files and file
handles, bench vises and vise jaws), ladders, lifting and moving (English: rope ladders and ladder
rope, step and extension ladders with their levelers and feet, ladder hooks, chain hoists and hoist
chain, hoists, chain, rope, hand trucks and their wheels), a Japanese shop of measuring tools and
work lights 測定工具・作業灯 (メジャー and メジャーホルダー, ノギス and ノギスケース, レーザー墨出し器 and its
受光器 and 三脚, レーザー距離計, ワークライト, スタンドライト and ライトスタンド; part of its category tree
in English, with English-titled imports whose Japanese names are katakana loanwords: Digital
Caliper, Work Light, Laser Distance Meter) and a Japanese shop of adhesives, tapes and repair goods
接着剤・補修用品 (グルーガン and グルースティック, コーキングガン and its nozzles, ダクトテープ,
マスキングテープ, テープカッター, エポキシパテ, スプレーのり, カッターマット and マットカッター; part of
its category tree in English, with English-titled imports too: Hot Glue Gun, Duct Tape, Masking
Tape, Epoxy Putty, Caulking Gun). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (rope ladder / ladder rope, chain hoist / hoist chain,
   スタンドライト / ライトスタンド, カッターマット / マットカッター);
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

Written blind on 2026-12-01 (a hundred-and-twenty-second suite), as a measurement only (nothing
changed for it): 90 of 93 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries,
20/20 cases; qualifies 7/7, 17/17; accessories 8/8, 19/19; price 5/6, 12/15; mixed 8/8, 22/22);
the 3 failing cases (one query, '格安 黄色 メジャー', in all its setups: a yellow メジャーホルダー, an
accessory of the tape measure, ranked first) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W, M = "Welding", "Metalworking"

WELD = {
    "helmet": items(f"{W} > Welding Helmets", ("Arcforge Auto-Darkening Welding Helmet, True Colour, Black", 89),
                    ("Sparkline Welding Helmet, Solar Powered, Wide View, Black", 59),
                    ("Pro Auto-Darkening Welding Helmet, 4 Sensors, Matte Black", 129),
                    ("Welding Helmet, Passive Lens, Shade 10, Grey", 29),
                    ("Arcforge Welding Helmet, Flip-Up, Flame Graphic", 69)),
    "helmet_acc": items(f"{W} > Helmet Parts & Accessories",
                        ("Replacement Outer Cover Lenses for Welding Helmets, 10 Pack", 12),
                        ("Welding Helmet Replacement Headgear, Ratchet, Black", 15),
                        ("Sweatbands for Welding Helmets, Black, 3 Pack", 9),
                        ("Arcforge Replacement Inside Lens, 5 Pack", 8)),
    "welder": items(f"{W} > Welders > MIG Welders", ("Arcforge MIG Welder 140A, Flux Core & Gas, 120V", 449),
                    ("Sparkline Flux Core MIG Welder, 125A, Gasless", 199),
                    ("Multi-Process MIG Welder, MIG/TIG/Stick, 200A, Dual Voltage", 899)),
    "stickwelder": items(f"{W} > Welders > Stick Welders", ("Stick Welder, ARC 160A, IGBT Inverter", 159)),
    "welder_acc": items(f"{W} > Welders > MIG Parts", ("Contact Tips for MIG Welders, 0.030\", 25 Pack", 11),
                        ("MIG Welder Replacement Gun, 10 ft, 100A", 69),
                        ("Nozzle and Tip Kit for Arcforge MIG Welder 140A", 19),
                        ("Ground Clamp for MIG Welders, 200A, Copper", 14)),
    "cylinder": items(f"{W} > Gas & Cylinders", ("Argon/CO2 Gas Cylinder, 40 cu ft, Empty", 229),
                      ("Argon Cylinder, 80 cu ft, Full", 389), ("Welding Gas Cylinder, 20 cu ft, Steel", 169)),
    "cylcart": items(f"{W} > Carts", ("Cylinder Cart, Single Tank, Steel, Black", 79),
                     ("Dual Cylinder Cart, Pneumatic Wheels", 129), ("Gas Cylinder Cart with Chain, Red", 69)),
    "anvil": items(f"{M} > Anvils", ("Forgeline Cast Steel Anvil, 55 lb", 189), ("Anvil, 22 lb, Horn & Hardy Hole", 79),
                   ("Bench Anvil, 11 lb, Single Horn", 45)),
    "anvilstand": items(f"{M} > Anvils > Anvil Stands",
                        ("Anvil Stand, Adjustable Height, Steel, for 50-100 lb Anvils", 149),
                        ("Forgeline Tripod Anvil Stand with Tool Rack", 119), ("Anvil Stand, Wood Stump Style, 24\"", 89)),
    "file": items(f"{M} > Files & Rasps", ("Flat Mill File, 10\", Bastard Cut", 14), ("Half Round File, 8\", Second Cut", 12),
                  ("Needle File Set, 12 Piece, Case", 19)),
    "filehandle": items(f"{M} > Files & Rasps > Handles", ("File Handles, Wooden, 3 Pack, Screw-On", 9),
                        ("Universal File Handle, Rubber Grip, Fits 6-12\" Files", 7),
                        ("File Handle, Ash Wood, Brass Ferrule, Large", 6)),
    "vise": items(f"{M} > Vises", ("Steelgrip Bench Vise, 5\", Swivel Base, Blue", 89),
                  ("Heavy Duty Bench Vise, 6\", Anvil Top, Blue", 139), ("Bench Vise, 4\", Cast Iron, Blue", 49),
                  ("Steelgrip Bench Vise, 4-1/2\", Quick Release, Grey", 39),
                  ("Multi-Jaw Bench Vise, Pipe Jaws, 5\", Blue", 109)),
    "vise_acc": items(f"{M} > Vises > Vise Accessories", ("Magnetic Soft Jaws for Bench Vises, 5\", Blue", 15),
                      ("Replacement Jaw Inserts for Steelgrip Bench Vise, 2 Pack", 19),
                      ("Bench Vise Mounting Plate, Swivel, Blue", 29), ("Vise Handle Replacement, 5\" Vise, Blue", 12)),
    "noise": each(("Angle Grinder Cutting Discs, 4-1/2\", 25 Pack", f"{M} > Abrasives", 16),
                  ("Welding Gloves, Leather, Heat Resistant, L", f"{W} > Safety Gear", 19),
                  ("Welding Magnets, Arrow, 4 Pack", f"{W} > Magnets & Clamps", 22)),
}

L, H, MV = "Ladders", "Lifting & Rigging", "Moving Equipment"

LIFT = {
    "ropeladder": items(f"{L} > Rope Ladders", ("Safeway Fire Escape Rope Ladder, 2-Story, 4.5m, Hooks", 69),
                        ("Emergency Rope Ladder, 3-Story, 7.5m, Anti-Slip Rungs", 99),
                        ("Rope Ladder with Wooden Rungs, 3m, Treehouse & Boat", 39)),
    "ladder.step": items(f"{L} > Step Ladders", ("Summit Aluminium Step Ladder, 4 Steps, 150kg", 79),
                         ("Folding Step Ladder, 3 Steps, Wide Treads, Steel", 49),
                         ("Fibreglass Platform Step Ladder, 6 ft, Electricians", 189)),
    "ladder.ext": items(f"{L} > Extension Ladders", ("Summit Extension Ladder, 2 x 12 Rungs, 6.2m, Aluminium", 229),
                        ("Triple Extension Ladder, 3 x 9 Rungs, 6.5m", 279),
                        ("Telescopic Extension Ladder, 3.8m, Soft-Close", 159)),
    "ladder.multi": items(f"{L} > Multi-Purpose Ladders", ("Multi-Purpose Folding Ladder, 4x4, 4.6m, Locking Hinges", 169)),
    "ladder_acc": items(f"{L} > Ladder Accessories", ("Ladder Stabilizer for Extension Ladders, Wall Stand-Off", 49),
                        ("Replacement Feet for Summit Extension Ladders, 2 Pack", 24),
                        ("Extension Ladder Leveler, Bolt-On, Adjustable Leg", 39),
                        ("Rung Locks for Extension Ladders, Replacement, Pair", 19)),
    "ladderrope": items(f"{L} > Ladder Accessories", ("Ladder Rope for Extension Ladders, 3/8\" Braided, 50 ft", 29),
                        ("Summit Replacement Ladder Rope & Pulley Kit, 12m", 34),
                        ("Ladder Rope, Polyester, 8mm x 15m, Yellow", 22)),
    "ladderhook": items(f"{L} > Ladder Storage", ("Ladder Hooks, Wall Mount, Padded, 2 Pack", 19),
                        ("Heavy Duty Ladder Hook, Garage Ceiling, 50kg", 15),
                        ("Summit Ladder Storage Hooks, Steel, Black, Pair", 24)),
    "rope": items(f"{H} > Rope", ("Braided Polyester Rope, 10mm x 30m, Blue", 25), ("Manila Rope, 12mm x 20m, Natural", 32),
                  ("Nylon Utility Rope, 6mm x 50m, Yellow", 18)),
    "chainhoist": items(f"{H} > Hoists > Chain Hoists", ("Liftmaster Manual Chain Hoist, 1 Ton, 3m Lift", 89),
                        ("Chain Hoist, 2 Ton, 6m, Hand Chain Block", 139),
                        ("Electric Chain Hoist, 500kg, 230V, Pendant Control", 399)),
    "hoist": items(f"{H} > Hoists", ("Lever Hoist, 1.5 Ton, Ratchet Come-Along, 1.5m", 69),
                   ("Electric Wire Rope Hoist, 250kg, 230V", 149), ("Liftmaster Cable Hoist Puller, 2 Ton", 45)),
    "hoistchain": items(f"{H} > Chain", ("Hoist Chain, Grade 80, 6mm x 3m, Load Chain", 39),
                        ("Liftmaster Replacement Hoist Chain, 1 Ton, 9m", 59),
                        ("Hoist Chain, Zinc Plated, 5mm x 6m", 35)),
    "chain": items(f"{H} > Chain", ("Transport Chain, Grade 70, 3/8\" x 20 ft, Clevis Hooks", 65),
                   ("Galvanised Proof Coil Chain, 5mm x 10m", 29), ("Lifting Chain Sling, 2 Leg, 2 Ton", 89)),
    "handtruck": items(f"{MV} > Hand Trucks", ("Movewell Hand Truck, 2-Wheel, 300kg, Pneumatic Tyres, Yellow", 119),
                       ("Convertible Hand Truck, 2-in-1 Platform Cart, Yellow", 159),
                       ("Folding Hand Truck, Aluminium, 70kg, Black", 49),
                       ("Hand Truck, Stair Climber, 6 Wheels, Yellow", 99),
                       ("Movewell Appliance Hand Truck, Strap Ratchet, Grey", 229)),
    "handtruck_acc": items(f"{MV} > Hand Truck Parts",
                           ("Replacement Wheels for Hand Trucks, 10\", Pneumatic, Pair", 29),
                           ("Hand Truck Nose Plate Extension, Yellow", 35),
                           ("Flat-Free Tyres for Movewell Hand Trucks, 2 Pack, Yellow", 39),
                           ("Bungee Cords for Hand Trucks, Yellow, 4 Pack", 9)),
    "noise": each(("Furniture Dolly, 4 Wheels, 450kg, Carpeted", f"{MV} > Dollies", 29),
                  ("Ratchet Tie-Down Straps, 4 Pack, 5m, Orange", f"{MV} > Straps", 24),
                  ("Moving Blankets, 12 Pack, 180x200cm, Blue", f"{MV} > Blankets", 59)),
}

S, ME, WL = "測定工具", "Measuring Tools", "作業灯・照明"

SOKUTEI = {
    "tape": items(f"{ME} > Tape Measures", ("メジャー 5.5m 25mm幅 ロック付き 黄色", 1280), ("メジャー 3.5m 16mm幅 コンパクト 黄色", 780),
                  ("Tape Measure, 8m, Magnetic Hook, Yellow", 1580), ("メジャー 7.5m 25mm幅 ステンレス 黒", 1980),
                  ("コンベックス メジャー 5m 19mm 黒 ゴムカバー", 580)),
    "tapeholder": items(f"{ME} > Tape Measures > メジャー小物", ("メジャーホルダー 腰 ベルト通し 黄色", 480),
                        ("メジャー ホルダー マグネット式 ワンタッチ 黒", 680), ("メジャーホルダー 革 ベルト用 5.5m対応", 980)),
    "caliper": items(f"{ME} > Calipers", ("デジタルノギス 150mm ステンレス 液晶 0.01mm", 2480), ("ノギス 150mm アナログ ダイヤル付き", 1980),
                     ("Digital Caliper, 150mm, Stainless Steel, LCD", 2280),
                     ("Digital Vernier Caliper, 200mm, Carbon Fibre", 1680)),
    "calipercase": items(f"{ME} > Calipers > ノギス小物", ("ノギス ケース 150mm用 ハード 黒", 680),
                         ("ノギスケース 200mm対応 ソフト 布製", 480), ("ノギス用 ケース 収納 プラスチック", 380)),
    "laser": items(f"{ME} > Laser Levels", ("レーザー墨出し器 フルライン グリーン 受光器対応", 29800),
                   ("レーザー墨出し器 4ライン 縦横 レッド 小型", 9800), ("グリーン レーザー墨出し器 5ライン 充電式 リモコン付き", 19800)),
    "laser_acc": items(f"{ME} > Laser Levels > 墨出し器アクセサリー", ("レーザー墨出し器用 受光器 グリーン対応", 6980),
                       ("レーザー墨出し器専用 三脚 エレベーター式 1.6m", 4980), ("墨出し器対応 ターゲットプレート マグネット 2枚", 880),
                       ("ケース レーザー墨出し器用 ハード 防塵", 1980)),
    "distance": items(f"{ME} > 距離計", ("レーザー距離計 40m 小型 充電式", 3980), ("Laser Distance Meter, 60m, Backlit LCD", 3480),
                      ("Laser Distance Measure, 100m, Bluetooth", 6980), ("レーザー距離計 100m 傾斜センサー 防塵", 8980)),
    "worklight": items(f"{WL} > 作業灯", ("LED ワークライト 充電式 マグネット付き 1000lm", 2980), ("作業灯 LED 投光器 30W 防水 屋外", 3480),
                       ("LED Work Light, Rechargeable, 2000 Lumens, Magnetic Base", 3280),
                       ("ワークライト COB 折りたたみ フック付き 2個セット", 1980)),
    "worklight.stand": items(f"{WL} > 作業灯 > スタンドライト", ("スタンドライト LED 作業灯 三脚付き 充電式", 6980),
                             ("LED スタンドライト 投光器 50W 伸縮 1.8m", 8980), ("スタンドライト 作業用 折りたたみ 2灯 屋外", 9980)),
    "lightstand": items(f"{WL} > スタンド", ("ライトスタンド 投光器用 伸縮 1.8m 三脚", 2480),
                        ("ライトスタンド 作業灯用 2灯取付 折りたたみ", 3480), ("ライトスタンド 最大2.5m 耐荷重5kg", 2980)),
    "stand": items(f"{ME} > スタンド", ("マグネットスタンド ダイヤルゲージ用 微調整付き", 2980),
                   ("三脚スタンド エレベーター式 カメラネジ 1/4", 3980)),
    "noise": each(("水平器 マグネット付き 300mm 3気泡", f"{ME} > 水平器", 1280),
                  ("さしがね 50cm ステンレス 併用目盛", f"{S} > 定規・さしがね", 980),
                  ("Stud Finder, Wall Scanner, 5-in-1", f"{ME} > 下地センサー", 2980)),
}

A, T, RP, CT = "Adhesives", "テープ", "補修用品", "カッター・マット"

GLUE = {
    "gluegun": items(f"{A} > Glue Guns", ("グルーガン 高温 100W 11mm スティック対応 白", 2480), ("グルーガン 低温 20W 7mm 小型 白", 980),
                     ("グルーガン コードレス 充電式 7mm 黒", 3480), ("Hot Glue Gun, 60W, Full Size, 11mm, White", 1980),
                     ("グルーガン 40W 7mm スタンド付き 青", 780)),
    "gluegun_acc": items(f"{A} > Glue Guns > Glue Sticks & Parts", ("グルーガン用 グルースティック 7mm 30本 白", 480),
                         ("グルーガン専用 スタンド 耐熱 シリコン 白", 380), ("グルーガン対応 交換ノズル 3種セット", 680),
                         ("Glue Sticks for Hot Glue Guns, 11mm, 50 Pack", 880)),
    "caulkgun": items(f"{RP} > コーキングガン", ("コーキングガン 330ml カートリッジ用 黒", 980), ("コーキングガン 回転式 軽量 黒 プロ用", 1680),
                      ("コーキングガン ステンレス 2倍力 シルバー", 1480), ("Caulking Gun, Dripless, 10 oz, Black", 1280),
                      ("コーキングガン 簡易型 軽量 黄色", 580)),
    "caulkgun_acc": items(f"{RP} > コーキングガン > 替えノズル・部品", ("コーキングガン用 替えノズル 黒 10本", 280),
                          ("コーキングガン専用 カートリッジキャップ 黒 5個", 330), ("コーキングガン対応 ヘラ セット 4本", 480)),
    "ducttape": items(f"{T} > ダクトテープ", ("ダクトテープ 布 48mm×25m シルバー", 880), ("Duct Tape, Heavy Duty, 48mm x 30m, Silver", 980),
                      ("Waterproof Duct Tape, Black, 50mm x 10m", 780), ("ダクトテープ 強力 防水 黒 50mm", 980)),
    "masking": items(f"{T} > マスキングテープ", ("マスキングテープ 塗装用 18mm×18m 5巻", 480),
                     ("Painter's Masking Tape, 24mm x 50m, 3 Rolls", 780), ("Masking Tape, General Purpose, 18mm, 6 Pack", 580),
                     ("マスキングテープ 建築用 24mm 養生", 380)),
    "tapecutter": items(f"{T} > テープカッター", ("テープカッター 卓上 18mm 24mm対応 黒", 880), ("ハンドテープカッター 梱包用 48mm", 680),
                        ("テープカッター 手持ち 布テープ用 軽量", 580)),
    "putty": items(f"{RP} > パテ", ("エポキシパテ 金属用 2液混合 60g", 680), ("Epoxy Putty Stick, Multi-Purpose, 4 oz", 880),
                   ("Steel Epoxy Putty, Repair Stick, 2 oz", 780), ("エポキシパテ 水中用 速硬化 100g", 980)),
    "spray": items(f"{A} > Spray Adhesives", ("スプレーのり 強力 430ml 布・紙用", 1480), ("スプレー接着剤 多用途 強力 300ml", 1280),
                   ("スプレーのり 55 再剥離 仮止め用 430ml", 1380)),
    "cuttermat": items(f"{CT} > カッターマット", ("カッターマット A3 両面 方眼 グリーン", 1280), ("カッターマット A2 厚手 5mm 黒", 2480),
                       ("カッターマット A4 半透明 3mm", 680)),
    "matcutter": items(f"{CT} > マットカッター", ("マットカッター 45度 ベベル 額縁マット用", 2980),
                       ("マットカッター ストレート 直線用 替刃5枚付", 1980), ("マットカッター 丸型 円切り ガイド付き", 3480)),
    "cutter": items(f"{CT} > カッターナイフ", ("カッターナイフ 大型 L型 オートロック 黄色", 480), ("カッター 小型 30度 細工用 黒", 380)),
    "mat": items(f"{CT} > 作業マット", ("作業マット シリコン 耐熱 40×30cm 黒", 980), ("ゴムマット 作業台用 滑り止め 60×45cm", 1480)),
    "noise": each(("瞬間接着剤 ゼリー状 3g×2本", f"{A} > 瞬間接着剤", 380), ("木工用ボンド 速乾 180g", f"{A} > 木工用接着剤", 330)),
}

SHOPS = {"weld": WELD, "lift": LIFT, "sokutei": SOKUTEI, "glue": GLUE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("lift", "rope ladder", "ropeladder", ["ladder"], ["ladderrope"]),
    two_types("lift", "ladder rope", "ladderrope", ["rope"], ["ropeladder"]),
    two_types("lift", "chain hoist", "chainhoist", ["hoist"], ["hoistchain"]),
    two_types("lift", "hoist chain", "hoistchain", ["chain"], ["chainhoist"]),
    two_types("sokutei", "スタンドライト", "worklight.stand", ["worklight"], ["lightstand"]),
    two_types("sokutei", "ライトスタンド", "lightstand", ["stand"], ["worklight.stand"]),
    two_types("glue", "カッターマット", "cuttermat", ["mat"], ["matcutter"]),
    two_types("glue", "マットカッター", "matcutter", ["cutter"], ["cuttermat"]),
    # --- 2. a leading product word that modifies the head
    qualifies("weld", "cylinder cart", ["cylcart"], ["cylinder"]),
    qualifies("weld", "anvil stand", ["anvilstand"], ["anvil"]),
    qualifies("weld", "file handle", ["filehandle"], ["file"]),
    qualifies("lift", "ladder hook", ["ladderhook"], ["ladder"]),
    qualifies("sokutei", "メジャー ホルダー", ["tapeholder"], ["tape"]),
    qualifies("sokutei", "ノギス ケース", ["calipercase"], ["caliper"]),
    qualifies("glue", "テープカッター", ["tapecutter"], ["ducttape", "masking"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("weld", "welding helmet", ["helmet"], ["helmet_acc"]),
    accessories("weld", "mig welder", ["welder"], ["welder_acc"]),
    accessories("weld", "bench vise", ["vise"], ["vise_acc"]),
    accessories("lift", "hand truck", ["handtruck"], ["handtruck_acc"]),
    accessories("lift", "extension ladder", ["ladder.ext"], ["ladder_acc", "ladderrope"]),
    accessories("sokutei", "レーザー墨出し器", ["laser"], ["laser_acc"]),
    accessories("glue", "グルーガン", ["gluegun"], ["gluegun_acc"]),
    accessories("glue", "コーキングガン", ["caulkgun"], ["caulkgun_acc"]),
    # black welding helmets: Arcforge auto-darkening 89, Sparkline solar 59, Pro matte black 129 (a grey passive one
    # 29, a flame-graphic one 69; black accessories: headgear 15, sweatbands 9)
    price("weld", "cheap black welding helmet", "helmet-1", ["helmet_acc"]),
    # blue bench vises: Steelgrip 5" 89, heavy duty 6" 139, cast iron 4" 49, multi-jaw 109 (a grey Steelgrip 39; blue
    # accessories 12-29)
    price("weld", "budget blue bench vise", "vise-2", ["vise_acc"]),
    # yellow hand trucks: Movewell 2-wheel 119, convertible 159, stair climber 99 (a black folding one 49, a grey
    # appliance one 229; yellow accessories: nose plate 35, tyres 39, bungee cords 9)
    price("lift", "budget yellow hand truck", "handtruck-3", ["handtruck_acc"]),
    # yellow tape measures: 5.5m 1280, 3.5m 780, English 8m 1580 (black ones 1980 and 580; a yellow メジャーホルダー 480)
    price("sokutei", "格安 黄色 メジャー", "tape-1", ["tapeholder"]),
    # white glue guns: 100W 2480, 20W 980, English 60W 1980 (a blue 40W 780, a black cordless 3480; white
    # accessories: glue sticks 480, stand 380)
    price("glue", "安い 白 グルーガン", "gluegun-1", ["gluegun_acc"]),
    # black caulking guns: 330ml 980, rotary 1680, English dripless 1280 (a silver one 1480, a yellow one 580; black
    # accessories: nozzles 280, caps 330)
    price("glue", "お手頃 黒 コーキングガン", "caulkgun-0", ["caulkgun_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("sokutei", "ノギス", "caliper"),
    mixed("sokutei", "ワークライト", "worklight"),
    mixed("sokutei", "レーザー距離計", "distance"),
    mixed("sokutei", "laser level", "laser"),
    mixed("glue", "ダクトテープ", "ducttape"),
    mixed("glue", "エポキシパテ", "putty"),
    mixed("glue", "マスキングテープ", "masking"),
    mixed("glue", "spray adhesive", "spray"),
]

LIMITS: dict = {
    ("blind122", "price:sokutei:格安_黄色_メジャー", setup):
        "a yellow メジャーホルダー (480) first, above the cheapest yellow メジャー (780) second"
    for setup in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind122(q: Q, setup: str, known_limit):
    known_limit("blind122")
    check(q, setup, ENGINES)


def test_blind122_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "blue": "Blue", "yellow": "Yellow", "黄色": "Yellow",
                                 "白": "White", "黒": "Black"})
