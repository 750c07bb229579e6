"""A hundred-and-tenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in home-repair trade vocabularies: wall repair,
caulk and hanging hardware (English: hook rails and rail hooks, cap nuts and nut caps, caulk guns,
caulk and caulk accessories, drywall screws, staple guns and staples), heating, cooling and fans
(English: box fans and fan boxes, humidifier filters, radiator covers, window air conditioners and
their parts, water heaters and their parts, thermostats), a Japanese shop of electrical supplies
電設資材・電気工事 (テスター and テスター用品, コンセントカバー, 電源タップ and タップ用品, 配線モール and
モール部材; part of its category tree in English, with English-titled imports known by katakana
loanwords, マルチメーター and ワイヤーストリッパー, or as 結束バンド) and a Japanese shop of plumbing and
bolts 水道用品・配管部材・ねじ (キャップボルト and ボルトキャップ, 混合水栓 and 水栓部品, ホースリール and
交換パーツ, パイプカッター, ホースバンド; English-titled imports too: パイプレンチ, シールテープ, ラバーカップ).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." (and tools and supplies named "X Y") are accessories of X: a search of X
   ranks every real X above every accessory; a price word, a colour and a type put the cheapest
   real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (a hundred-and-tenth suite), as a measurement only (nothing changed
for it): 90 of 93 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 7/8, 19/22); the 3 failing
cases (one query, シールテープ, in all its setups: a self-fusing 水道補修テープ ranks third, above
an English PTFE plumbers' tape) are strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

HANG, FAST, CAULK = "Hanging", "Fasteners", "Caulk & Sealants"

WALLS = {
    "hookrail": items(f"{HANG} > Hook Rails", ("Oakline Wall Hook Rail, 5 Hooks, Solid Oak, 60cm", 34),
                      ("Hook Rail, Entryway, 4 Double Hooks, Black Metal", 26),
                      ("Shaker Peg Hook Rail, 6 Pegs, White", 29)),
    "rail": items(f"{HANG} > Picture Rails", ("Picture Hanging Rail, Aluminium, 2m, White", 39),
                  ("Gallery Rail System, Ceiling Mount, 1.5m, Silver", 49)),
    "railhook": items(f"{HANG} > Hooks > Rail Hooks", ("Picture Rail Hooks, Brass, 4 Pack", 12),
                      ("Oakline Rail Hooks, Antique Finish, 6 Pack", 15),
                      ("Rail Hooks, S-Shaped, Stainless Steel, 10 Pack", 9)),
    "hook": items(f"{HANG} > Hooks", ("Adhesive Wall Hooks, Heavy Duty, White, 6 Pack", 11),
                  ("Picture Hooks with Nails, Brass, 20 Pack", 6),
                  ("Utility Hooks, Screw-In, Vinyl Coated, 4 Pack", 8)),
    "capnut": items(f"{FAST} > Nuts > Cap Nuts", ("Acorn Cap Nuts, Stainless Steel, M8, 10 Pack", 7),
                    ("Boltline Cap Nuts, Zinc Plated, 1/4 in-20, 25 Pack", 6),
                    ("Cap Nuts, Domed, Brass, M6, 10 Pack", 9)),
    "nut": items(f"{FAST} > Nuts", ("Hex Nuts, Zinc Plated, M8, 50 Pack", 5),
                 ("Wing Nuts, Stainless Steel, M6, 20 Pack", 7),
                 ("Nylon Lock Nuts, M10, 25 Pack", 8)),
    "nutcap": items(f"{FAST} > Caps & Covers", ("Nut Caps, Hex Bolt Covers, M8, White, 50 Pack", 6),
                    ("Boltline Nut Caps, Rubber, M10, Black, 20 Pack", 7),
                    ("Dome Nut Caps, Plastic, M12, Grey, 30 Pack", 8)),
    "cap": items(f"{FAST} > Caps & Covers", ("Screw Caps, Snap-On Covers, White, 100 Pack", 4),
                 ("Tube End Caps, Square, 25mm, Black, 10 Pack", 6)),
    "drywallscrew": items(f"{FAST} > Screws", ("Drywall Screws, Coarse Thread, 1-5/8 in, 1 lb", 9),
                          ("Boltline Drywall Screws, Fine Thread, 1-1/4 in, 500 Pack", 14),
                          ("Self-Drilling Drywall Screws, Black Phosphate, 2 in, 100 Pack", 8)),
    "drywall": items("Wall Repair > Drywall", ("Drywall Panel, 1/2 in, 2 x 2 ft, Project Board", 9),
                     ("Moisture Resistant Drywall Panel, 1/2 in, 2 x 4 ft", 15)),
    "patch": items("Wall Repair > Patching", ("Drywall Repair Patch, Self-Adhesive Mesh, 6 in, 3 Pack", 7),
                   ("Spackle, Lightweight, Interior, 8 oz", 6), ("Joint Compound, All Purpose, Ready Mix, 4.5 L", 14)),
    "caulkgun": items(f"{CAULK} > Caulk Guns", ("Sealright Caulk Gun, Dripless, 10:1 Thrust Ratio", 12),
                      ("Heavy Duty Caulk Gun, Steel Frame, Rotating Barrel", 19),
                      ("Cordless Caulk Gun, 12V, Battery Included", 89)),
    "caulk": items(f"{CAULK} > Caulk", ("Sealright Silicone Caulk, Kitchen & Bath, White, 300ml", 8),
                   ("Acrylic Latex Caulk, Paintable, White, 300ml", 4),
                   ("Silicone Caulk, 100%, Clear, Waterproof, 300ml", 3),
                   ("Sealright Window & Door Caulk, White, 2 Pack", 13), ("Siliconized Acrylic Caulk, Grey, 300ml", 5)),
    "caulk_acc": items(f"{CAULK} > Caulk Accessories", ("Caulk Saver Caps for Caulk Tubes, White, 10 Pack", 3),
                       ("Replacement Nozzles for Caulk Tubes, White, 6 Pack", 2),
                       ("Caulk Finishing Tool, Silicone, 3 Piece", 6)),
    "stapler": items("Tools > Staple Guns", ("Tackpro Staple Gun, Heavy Duty, Steel", 24),
                     ("Electric Staple Gun, Corded, Jam-Free", 39),
                     ("Staple Gun, 3-in-1, Light Duty, Ergonomic Grip", 19)),
    "stapler_acc": items("Tools > Staple Guns > Staples", ("Heavy Duty Staples for Staple Guns, 1/4 in, 1000 Pack", 5),
                         ("Tackpro Staple Gun Replacement Spring", 6),
                         ("Narrow Crown Staples for Electric Staple Guns, 3/8 in, 5000 Pack", 9)),
    "noise": each(("Wood Screws, Zinc, #8 x 1-1/2 in, 100 Pack", f"{FAST} > Screws", 7)),
}

HC = "Heating & Cooling"

HVAC = {
    "boxfan": items(f"{HC} > Fans > Box Fans", ("Breezway Box Fan, 20 in, 3 Speed, White", 29),
                    ("Box Fan, 20 in, Quiet, Carry Handle, Black", 25),
                    ("Breezway Box Fan with Remote, 20 in, White", 39)),
    "fan": items(f"{HC} > Fans", ("Breezway Pedestal Fan, 16 in, Oscillating, White", 39),
                 ("Twin Window Fan, Reversible Airflow, 9 in", 34), ("Tower Fan, 42 in, Remote, Black", 59))
    + items(f"{HC} > Ceiling Fans", ("Ceiling Fan with LED Light, 52 in, Remote, Brushed Nickel", 149)),
    "fanbox": items("Electrical > Boxes > Fan Boxes", ("Fan Box, Ceiling Fan Rated, Old Work, Round, 70 lb", 14),
                    ("Fan Box with Adjustable Brace, Steel, New Work", 24),
                    ("Fan Box, Metal, Saddle Support, 1-1/2 in Deep", 11)),
    "box": items("Electrical > Boxes", ("Octagon Ceiling Box, Light Fixture Only, 4 in", 4),
                 ("Junction Box, Weatherproof, 1 Gang, Grey", 7), ("Outlet Box, Old Work, 2 Gang, Blue PVC", 3)),
    "humfilter": items(f"{HC} > Air Quality > Humidifier Filters", ("Mistcore Humidifier Filter, Wicking, 2 Pack", 14),
                       ("Humidifier Filters, Universal Wick, Cut to Fit, 3 Pack", 12),
                       ("Whole House Humidifier Filter, Water Panel, 10 x 13 in", 19)),
    "humidifier": items(f"{HC} > Air Quality > Humidifiers", ("Mistcore Cool Mist Humidifier, 4 L, Quiet, White", 49),
                        ("Warm Mist Humidifier, 2 L, Essential Oil Tray", 39),
                        ("Ultrasonic Humidifier, Top Fill, 6 L, Remote", 69)),
    "radcover": items(f"{HC} > Heating > Radiator Covers", ("Radiator Cover, Slatted, White, 112 cm", 89),
                      ("Radiator Cover Cabinet with Shelf, Oak Finish", 129),
                      ("Magnetic Radiator Cover, Fabric, Grey", 24)),
    "radiator": items(f"{HC} > Heating > Space Heaters", ("Oil-Filled Radiator Heater, 1500W, 7 Fin, White", 69),
                      ("Warmline Oil Filled Radiator, 2000W, 24h Timer, Grey", 89),
                      ("Mini Radiator Heater, 700W, 5 Fin", 45)),
    "windowac": items(f"{HC} > Cooling > Window Air Conditioners",
                      ("Coolaire Window Air Conditioner, 8000 BTU, Remote", 279),
                      ("Window Air Conditioner, 5000 BTU, Mechanical Controls", 169),
                      ("Smart Window Air Conditioner, 12000 BTU, Wi-Fi, Inverter", 449)),
    "windowac_acc": items(f"{HC} > Cooling > Air Conditioner Parts",
                          ("Support Bracket for Window Air Conditioners, Up to 160 lb", 39),
                          ("Window Air Conditioner Replacement Side Panels, 2 Pack", 19),
                          ("Indoor Cover for Window Air Conditioners, Insulated, Grey", 22)),
    "waterheater": items("Plumbing > Water Heaters", ("Tankless Electric Water Heater, 18 kW, Whole House", 399),
                         ("Point-of-Use Water Heater, 2.5 Gallon, Under Sink", 189),
                         ("Hotflow Gas Water Heater, 40 Gallon, Tall", 649)),
    "waterheater_acc": items("Plumbing > Water Heaters > Water Heater Parts",
                             ("Water Heater Replacement Element, 4500W, Screw-In", 15),
                             ("Anode Rod for Water Heaters, Magnesium, 44 in", 29),
                             ("Water Heater Blanket, Insulation Jacket, 48 in", 25),
                             ("Drain Pan for Water Heaters, 24 in, Aluminium", 19)),
    "thermostat": items(f"{HC} > Thermostats", ("Comfortline Programmable Thermostat, 7-Day, White", 49),
                        ("Smart Thermostat, Wi-Fi, Touchscreen, Black", 129),
                        ("Non-Programmable Thermostat, Digital, White", 24),
                        ("Mechanical Thermostat, Dial, Heat Only, White", 29),
                        ("Basic Digital Thermostat, Heat/Cool, Black", 17)),
    "thermostat_acc": items(f"{HC} > Thermostats > Thermostat Accessories",
                            ("Replacement Wall Plate for Thermostats, White", 9),
                            ("Thermostat Guard, Locking Clear Cover, White", 21), ("Thermostat Wire, 18/5, 50 ft", 18)),
    "noise": each(("Ceramic Space Heater, 1500W, Tip-Over Switch", f"{HC} > Heating > Space Heaters", 39),
                  ("Portable Air Conditioner, 10000 BTU, Dehumidifier Mode",
                   f"{HC} > Cooling > Portable Air Conditioners", 349)),
}

EL, DS = "Electrical", "電設資材"

DENKI = {
    "meter.tester": items(f"{EL} > Testers", ("デジタルテスター オートレンジ 電圧 電流 抵抗 導通", 2980),
                          ("アナログテスター 小型 ポケットサイズ", 1980), ("クランプテスター AC/DC 電流測定 バックライト付", 4980)),
    "meter.multi": items(f"{EL} > Testers", ("Digital Multimeter, Auto-Ranging, True RMS, Backlit", 3480),
                         ("Pocket Multimeter, 2000 Counts, Auto Power Off", 1980),
                         ("マルチメーター デジタル 6000カウント 非接触検電", 2680)),
    "meter_acc": items(f"{EL} > Testers > テスター用品", ("テスター用 テストリード 交換用 赤黒 1組", 680),
                       ("テスター専用 収納ケース セミハード", 980), ("テスター対応 ワニ口クリップ 延長リード 2本", 580),
                       ("交換用 ヒューズ テスター用 10A 2本", 380)),
    "stripper": items(f"{EL} > Hand Tools", ("Wire Stripper, Self-Adjusting, 10-24 AWG", 2480),
                      ("Automatic Wire Stripper and Cutter, 0.2-6mm²", 1980), ("ワイヤーストリッパー 電線 皮むき 単線 より線", 2980)),
    "cabletie": items(f"{EL} > Cable Management > Cable Ties", ("Cable Ties, Nylon, 200mm, Black, 100 Pack", 680),
                      ("Reusable Cable Ties, Releasable, 150mm, 50 Pack", 580), ("結束バンド 耐候性 黒 300mm 100本", 780),
                      ("結束バンド 白 150mm 500本", 880)),
    "connector": items(f"{EL} > Wiring > Wire Connectors", ("差込形電線コネクタ 2極 50個入", 980),
                       ("ワンタッチコネクタ 3極 透明 50個", 880), ("電線コネクタ レバー式 5極 10個", 1280)),
    "outletcover": items(f"{DS} > コンセント > コンセントカバー", ("コンセントカバー いたずら防止 白 10個", 480),
                         ("コンセントカバー 屋外 防雨型 グレー", 980), ("コンセントカバー 差し込み式 安全キャップ 透明 20個", 380)),
    "outlet": items(f"{DS} > コンセント", ("埋込コンセント 2口 15A 白", 380), ("アース付 ダブルコンセント 埋込 白", 680),
                    ("露出コンセント 3口 スリム 白", 580)),
    "tap": items(f"{DS} > 電源タップ", ("電源タップ 6個口 1.5m 雷ガード 白", 1480), ("電源タップ 4個口 個別スイッチ 2m 白", 1280),
                 ("電源タップ USB付き 3個口 1m 黒", 1680), ("電源タップ 2個口 スイングプラグ 0.5m 黒", 880)),
    "powerstrip": items(f"{DS} > 電源タップ", ("Power Strip, 6 Outlets, 2 USB, 1.8m, White", 1980)),
    "tap_acc": items(f"{DS} > 電源タップ > タップ用品", ("電源タップ用 ほこり防止 キャップ 白 20個", 380),
                     ("電源タップ対応 ケーブル収納ボックス 白", 1280), ("固定ホルダー 電源タップ用 粘着 白 2個", 480),
                     ("電源タップ専用 マグネット 取付プレート 2個", 580)),
    "molding": items(f"{DS} > 配線モール", ("配線モール 1号 1m 白 10本", 1980), ("配線モール 2号 1m グレー 5本", 1280),
                     ("配線モール 0号 粘着テープ付 グレー 10本", 1680), ("配線モール 床 段差 ブラウン 1m", 880)),
    "molding_acc": items(f"{DS} > 配線モール > モール部材", ("配線モール用 コーナー 入隅 グレー 5個", 380),
                         ("配線モール専用 エンドキャップ グレー 10個", 280), ("配線モール対応 ジョイント 直線 白 10個", 330)),
    "noise": each(("ニッパー 電工 150mm 絶縁", f"{EL} > Hand Tools", 1480)),
}

W, PL, NB = "水道用品", "Plumbing", "ねじ・ボルト"

SUIDO = {
    "capbolt": items(f"{NB} > ボルト > キャップボルト", ("キャップボルト ステンレス M6×20 10本入", 380),
                     ("キャップボルト 黒 鉄 M8×30 20本", 480), ("六角穴付きボルト キャップボルト ステンレス M5×15 30本", 580)),
    "bolt": items(f"{NB} > ボルト", ("六角ボルト ユニクロ M8×40 10本", 280), ("蝶ボルト ステンレス M6×15 5本", 350)),
    "boltcap": items(f"{NB} > ボルトカバー", ("ボルトキャップ 六角 M8 白 50個", 380), ("ボルトキャップ 樹脂 M10 黒 20個", 420),
                     ("ボルトキャップ ドーム型 M6 グレー 30個", 350)),
    "cap": items("配管部材 > 継手", ("TSキャップ 塩ビ継手 20 水道管 5個", 320), ("真鍮 キャップ めねじ 1/2 配管 止水", 580)),
    "faucet": items(f"{W} > 混合水栓", ("シングルレバー混合水栓 キッチン 壁付 シルバー", 8980),
                    ("混合水栓 台付き 2ハンドル 洗面 シルバー", 6980), ("サーモスタット混合水栓 浴室 シャワー付き", 12800),
                    ("シングルレバー混合水栓 キッチン 黒 マット", 9800), ("混合水栓 洗面 シングルレバー 黒", 7980)),
    "faucet_acc": items(f"{W} > 混合水栓 > 水栓部品", ("混合水栓用 カートリッジ 交換用 シングルレバー", 3980),
                        ("混合水栓専用 パッキン セット", 480), ("混合水栓対応 シャワーヘッド 節水", 1980),
                        ("混合水栓用 交換ハンドル 黒", 1980)),
    "hosereel": items(f"{W} > ホースリール", ("ホースリール 20m コンパクト グリーン", 2980), ("ホースリール 30m 収納ボックス型 グレー", 4980),
                      ("ホースリール 15m 軽量 ノズル付き 白", 2480), ("Garden Hose Reel, 30m, Wall Mounted, Green", 5480)),
    "hosereel_acc": items(f"{W} > ホースリール > 交換パーツ", ("ホースリール用 交換ホース 20m グリーン", 1480),
                          ("ホースリール専用 散水ノズル 7パターン グリーン", 880), ("ホースリール対応 蛇口ニップル 2個", 480),
                          ("交換用 ホースジョイント ホースリール用", 380)),
    "hose": items(f"{W} > ホース", ("散水ホース 10m 耐圧 グリーン", 1280), ("洗濯機 給水ホース 1m", 980)),
    "hoseband": items(f"{PL} > Hose Clamps", ("ホースバンド ステンレス 10-16mm 10個", 380), ("ホースバンド ネジ式 32-50mm 5個", 420),
                      ("ワンタッチ ホースバンド 樹脂 15mm 20個", 350)),
    "pipecutter": items(f"{PL} > Pipe Tools", ("パイプカッター 銅管 3-32mm", 1680), ("パイプカッター 塩ビ管 ラチェット式 42mm", 1980),
                        ("塩ビパイプカッター 63mm 替刃付き", 2480)),
    "pipe": items("配管部材 > パイプ", ("塩ビパイプ VP13 1m 2本", 480), ("銅パイプ 15.88mm 1m", 1280),
                  ("ステンレス フレキパイプ 13A 30cm", 980)),
    "wrench": items(f"{PL} > Pipe Tools", ("Pipe Wrench, 14 in, Heavy Duty, Cast Iron", 2480),
                    ("Aluminium Pipe Wrench, 18 in, Lightweight", 3980), ("パイプレンチ 300mm 鋳鉄 強力", 1980)),
    "sealtape": items(f"{PL} > Sealing", ("Thread Seal Tape, PTFE, 1/2 in x 520 in, 10 Rolls", 680),
                      ("PTFE Plumbers Tape, 19mm x 15m, 5 Pack", 580), ("シールテープ 13mm×15m 10巻 水道", 480)),
    "plunger": items(f"{PL} > Plungers", ("Toilet Plunger, Flange Type, Heavy Duty", 1280),
                     ("Sink Plunger, Cup Type, Small", 780),
                     ("ラバーカップ 洋式トイレ つまり解消", 980)),
    "noise": each(("モンキーレンチ 250mm 軽量", "工具 > レンチ", 1480), ("水道補修テープ 自己融着 25mm×5m", f"{PL} > Sealing", 780)),
}

SHOPS = {"walls": WALLS, "hvac": HVAC, "denki": DENKI, "suido": SUIDO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("walls", "hook rail", "hookrail", ["rail"], ["railhook"]),
    two_types("walls", "rail hooks", "railhook", ["hook"], ["hookrail"]),
    two_types("walls", "cap nuts", "capnut", ["nut"], ["nutcap"]),
    two_types("walls", "nut caps", "nutcap", ["cap"], ["capnut"]),
    two_types("hvac", "box fan", "boxfan", ["fan"], ["fanbox"]),
    two_types("hvac", "fan box", "fanbox", ["box"], ["boxfan"]),
    two_types("suido", "キャップボルト", "capbolt", ["bolt"], ["boltcap"]),
    two_types("suido", "ボルト キャップ", "boltcap", ["cap"], ["capbolt"]),
    # --- 2. a leading product word that modifies the head
    qualifies("walls", "caulk gun", ["caulkgun"], ["caulk"]),
    qualifies("walls", "drywall screws", ["drywallscrew"], ["drywall"]),
    qualifies("hvac", "humidifier filter", ["humfilter"], ["humidifier"]),
    qualifies("hvac", "radiator cover", ["radcover"], ["radiator"]),
    qualifies("denki", "コンセント カバー", ["outletcover"], ["outlet"]),
    qualifies("suido", "パイプカッター", ["pipecutter"], ["pipe"]),
    qualifies("suido", "ホースバンド", ["hoseband"], ["hose"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("walls", "staple gun", ["stapler"], ["stapler_acc"]),
    accessories("walls", "caulk", ["caulk"], ["caulk_acc", "caulkgun"]),
    accessories("hvac", "window air conditioner", ["windowac"], ["windowac_acc"]),
    accessories("hvac", "water heater", ["waterheater"], ["waterheater_acc"]),
    accessories("denki", "テスター", ["meter"], ["meter_acc"]),
    accessories("denki", "電源タップ", ["tap"], ["tap_acc"]),
    accessories("suido", "混合水栓", ["faucet"], ["faucet_acc"]),
    accessories("suido", "ホースリール", ["hosereel"], ["hosereel_acc"]),
    # white caulk: kitchen & bath 8, acrylic latex 4, window & door 13 (a clear one 3, a grey one 5; white saver caps 3,
    # white nozzles 2; caulk guns 12-89)
    price("walls", "cheap white caulk", "caulk-1", ["caulk_acc", "caulkgun"]),
    # white thermostats: programmable 49, non-programmable 24, mechanical 29 (a black basic one 17; white wall plate 9,
    # white guard 21)
    price("hvac", "budget white thermostat", "thermostat-2", ["thermostat_acc"]),
    # white 電源タップ: 6個口 1480, 4個口 1280 (a black 2個口 880; an English white power strip 1980; white キャップ 380,
    # 固定ホルダー 480, 収納ボックス 1280)
    price("denki", "格安 白 電源タップ", "tap-1", ["tap_acc"]),
    # grey 配線モール: 2号 1280, 0号 1680 (white 1号 1980, a brown one 880; grey コーナー 380, エンドキャップ 280)
    price("denki", "激安 グレー 配線モール", "molding-1", ["molding_acc"]),
    # green ホースリール: 20m 2980, English 5480 (a white 15m 2480, grey 4980; green 交換ホース 1480, ノズル 880)
    price("suido", "お手頃 グリーン ホースリール", "hosereel-0", ["hosereel_acc"]),
    # black 混合水栓: kitchen 9800, 洗面 7980 (silver 6980 and 8980, thermostat 12800; black 交換ハンドル 1980)
    price("suido", "安い 黒 混合水栓", "faucet-4", ["faucet_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("denki", "マルチメーター", "meter"),
    mixed("denki", "ワイヤーストリッパー", "stripper"),
    mixed("denki", "結束バンド", "cabletie"),
    mixed("denki", "wire connectors", "connector"),
    mixed("suido", "パイプレンチ", "wrench"),
    mixed("suido", "シールテープ", "sealtape"),
    mixed("suido", "ラバーカップ", "plunger"),
    mixed("suido", "hose clamps", "hoseband"),
]

_TAPE = "a self-fusing repair tape (水道補修テープ 自己融着) third, above the English PTFE Plumbers Tape"
LIMITS: dict = {("blind110", "mixed:suido:シールテープ", setup): _TAPE
                for setup in ("categories-lexical", "categories-dense", "categories-latin-only")}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind110(q: Q, setup: str, known_limit):
    known_limit("blind110")
    check(q, setup, ENGINES)


def test_blind110_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "白": "White", "グレー": "Grey", "グリーン": "Green", "黒": "Black"})
