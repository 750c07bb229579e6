"""A hundred-and-thirtieth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in home-appliance vocabularies earlier suites use
little: kitchen appliances and water (English: range hoods and their filters and parts, ice makers
and their scoops and baskets, dishwashers with dishwasher salt and tablets, filter jugs and jug
filters), laundry, utility room and cooling (English: washing machines and their pads and hoses,
dryers and dryer vents, filter taps and tap filters, vacuums and vacuum bags, portable air
conditioners and their window kits and exhaust hoses), a Japanese seasonal and ventilation appliance
shop 季節家電・空調 (スポットクーラー and its ダクト and parts, 換気扇 and 換気扇フィルター, ストーブ and
ストーブガード, ハロゲンヒーター; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords: Ceiling Fan シーリングファン, Halogen Heater ハロゲンヒーター,
Spot Cooler, and Japanese-titled 窓用換気扇 under "Fans > Window Fans") and a Japanese household
appliance shop 生活家電 (掃除機 and 掃除機スタンド, ロボット掃除機 and its 交換パーツ, 洗濯機 and
洗濯機置き台, 高圧洗浄機 and its accessories, 布団クリーナー, 電動ヘッドブラシ and 歯ブラシ ブラシヘッド;
with English-titled imports too: Stick Vacuum スティッククリーナー, Trouser Press ズボンプレッサー,
Robot Vacuum, Pressure Washer). Shops of 40-49 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("jug filter" is a filter, "filter jug" a jug; "ヘッドブラシ"
   a brush, "ブラシヘッド" a head);
2. qualifies: a leading word that is a product type in the shop but modifies the head ("vacuum
   bags", "dryer vent", "ストーブ ガード", "洗濯機 置き台"): the head's compound items first, the
   leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and one English query over Japanese titles under an English category
   tree, "window fan", with its katakana twin ウィンドウファン, and "mattress vacuum" over
   布団クリーナー) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-thirtieth suite), as a measurement only (nothing changed
for it): 85 of 91 cases pass, 34 of 36 queries in every setup (two_types 4/6 queries, 8/14 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 6 failing
cases (2 queries, each in all three of its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ヘッドブラシ (the scalp brushes first, then a ブラシヘッド toothbrush head above
the hair brushes) and ブラシヘッド (a 洗顔ブラシ 交換ヘッド third, above a ブラシヘッド; that face-brush head
is itself arguably a brush head, so this one is the weaker of the two findings).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

KA, W = "Kitchen Appliances", "Water"
HOODS, ICE, DISH = f"{KA} > Range Hoods", f"{KA} > Ice Makers", f"{KA} > Dishwashers"

KITCHEN = {
    "hood": items(HOODS, ("Vento Under Cabinet Range Hood, 30 Inch, 300 CFM, Stainless Steel", 189),
                  ("Vento Wall Mount Range Hood, 36 Inch, Chimney Style, Black", 329),
                  ("Slim Under Cabinet Range Hood, 30 Inch, Ducted/Ductless, Black", 149),
                  ("Insert Range Hood, 28 Inch, 600 CFM, Stainless", 259),
                  ("Convertible Range Hood, 30 Inch, LED Lights, White", 99),
                  ("Island Range Hood, 36 Inch, Glass Canopy, Black", 449)),
    "hood_acc": items(f"{HOODS} > Range Hood Parts",
                      ("Replacement Grease Filters for Range Hoods, 2 Pack, Aluminium", 19),
                      ("Range Hood Charcoal Filter, Ductless Kit", 24),
                      ("Chimney Extension for Range Hoods, Black, 36 Inch", 59),
                      ("Range Hood Replacement Baffle Filter, Black", 35),
                      ("Range Hood Replacement Light Bulbs, LED, 2 Pack", 12)),
    "icemaker": items(ICE, ("Frostline Countertop Ice Maker, 26 lbs/Day, Self-Cleaning, White", 129),
                      ("Frostline Nugget Ice Maker, Countertop, Stainless", 349),
                      ("Portable Ice Maker, 9 Bullet Ice in 6 Minutes, Black", 99),
                      ("Compact Ice Maker Machine, 2 Sizes, White", 109),
                      ("Undercounter Ice Maker, 80 lbs, Built-In, Stainless", 899)),
    "icemaker_acc": items(f"{ICE} > Ice Maker Accessories", ("Ice Scoop for Ice Makers, White", 8),
                          ("Ice Maker Replacement Basket, White", 14), ("Water Filter for Ice Makers, 2 Pack", 19),
                          ("Ice Maker Cleaner, Nickel Safe, 16 oz", 12)),
    "dishwasher": items(DISH, ("Clearwave Built-In Dishwasher, 24 Inch, Quiet 44 dB, Stainless", 649),
                        ("Countertop Dishwasher, 6 Place Settings, White", 279),
                        ("Slimline Dishwasher, 18 Inch, Black", 499)),
    "salt": items(f"{DISH} > Dishwasher Supplies", ("Clearwave Dishwasher Salt, Water Softener, 2kg", 6),
                  ("Dishwasher Salt, Coarse Granules, 4kg", 9), ("Eco Dishwasher Salt, 1.5kg", 5)),
    "tablets": items(f"{DISH} > Dishwasher Supplies", ("Clearwave Dishwasher Tablets, All-in-One, 60 Pack", 14),
                     ("Dishwasher Tablets, Lemon, 100 Count", 17),
                     ("Eco Dishwasher Tablets, Phosphate-Free, 40 Pack", 12)),
    "filterjug": items(f"{W} > Filter Jugs", ("Aquaclear Filter Jug, 2.4L, with 1 Cartridge, White", 24),
                       ("Filter Jug, 3.5L, Fridge Door Fit, Blue", 29), ("Glass Filter Jug, 2.5L, Timer Lid", 39)),
    "jug": items(f"{W} > Jugs & Carafes", ("Glass Water Jug with Lid, 1.5L", 14), ("Fridge Door Jug, 2L, BPA Free", 9),
                 ("Ceramic Water Jug, 1L, White", 19)),
    "jugfilter": items(f"{W} > Jug Filters", ("Aquaclear Jug Filter Cartridges, 6 Pack", 34),
                       ("Jug Filter, Compatible Replacement, 3 Pack", 15),
                       ("Jug Filters, 12 Month Pack, Limescale", 49)),
    "filter": items(f"{W} > Water Filters", ("Inline Water Filter for Fridges, 1/4 Inch", 29),
                    ("Under Sink Water Filter System, 3 Stage", 119), ("Shower Filter, Vitamin C, Chrome", 25)),
}

L, U, V, CO = "Laundry", "Utility Room", "Vacuums", "Cooling"

LAUNDRY = {
    "washer": items(f"{L} > Washing Machines", ("Tidewell Front Load Washing Machine, 8kg, 1400 Spin, White", 429),
                    ("Tidewell Top Load Washing Machine, 4.5 cu ft, White", 549),
                    ("Compact Washing Machine, 6kg, 1200 Spin, White", 329),
                    ("Front Load Washing Machine, 9kg, Steam, Graphite", 599),
                    ("Compact Washing Machine, 5kg, Silver", 299)),
    "washer_acc": items(f"{L} > Washing Machine Accessories",
                        ("Anti-Vibration Pads for Washing Machines, 4 Pack, White", 15),
                        ("Washing Machine Replacement Drain Hose, 2.5m, White", 12),
                        ("Washing Machine Cleaner Tablets, 12 Pack", 10),
                        ("Door Seal for Front Load Washing Machines, Grey", 39)),
    "dryer": items(f"{L} > Dryers", ("Tidewell Heat Pump Dryer, 8kg, White", 599),
                   ("Vented Tumble Dryer, 7kg, White", 299),
                   ("Compact Electric Dryer, 3.5 cu ft, Stainless", 449)),
    "dryervent": items(f"{L} > Dryer Vents", ("Dryer Vent Kit, 4 Inch x 8ft Foil Duct with Clamps", 19),
                       ("Dryer Vent Hood, Louvered, Exterior Wall, White", 14),
                       ("Indoor Dryer Vent Box, Lint Trap", 24),
                       ("Dryer Vent Periscope, Slim, 0-18 Inch", 29)),
    "filtertap": items(f"{U} > Taps", ("Brookfield 3-Way Filter Tap, Swan Neck, Chrome", 129),
                       ("Filter Tap with Cartridge, Pull-Out Spray, Black", 159),
                       ("Filter Tap, Instant Filtered Water, Brushed Steel", 189)),
    "tap": items(f"{U} > Taps", ("Utility Sink Tap, Single Lever, Chrome", 49),
                 ("Mixer Tap, Pull-Out Spray, Black", 79),
                 ("Pillar Taps, Pair, Chrome", 35)),
    "tapfilter": items(f"{U} > Water Filters", ("Tap Filter, Faucet Mount, 3 Spray Modes, Chrome", 29),
                       ("Brookfield Tap Filter with 2 Cartridges", 35), ("Mini Tap Filter, Swivel, White", 12)),
    "filter": items(f"{U} > Water Filters", ("Whole House Water Filter, 10 Inch Housing", 89),
                    ("Inline Water Filter for Washing Machines, Scale Inhibitor", 25),
                    ("Shower Filter, 15 Stage, Chrome", 29)),
    "vacuum": items(f"{V} > Vacuum Cleaners", ("Dustmaster Upright Vacuum, Bagged, 8L, Red", 179),
                    ("Bagged Canister Vacuum, 4L, Blue", 149), ("Cordless Stick Vacuum, 40 Min, Grey", 199)),
    "vacbag": items(f"{V} > Vacuum Bags", ("Dustmaster Vacuum Bags, Type Q, 10 Pack", 19),
                    ("Universal Vacuum Bags, Microfibre, 8 Pack", 14), ("Canister Vacuum Bags, 5 Pack + Filter", 12)),
    "pac": items(f"{CO} > Portable Air Conditioners",
                 ("Chillbreeze Portable Air Conditioner, 10000 BTU, 3-in-1, White", 349),
                 ("Portable Air Conditioner, 8000 BTU, Dehumidifier Mode, White", 279),
                 ("Dual Hose Portable Air Conditioner, 14000 BTU, Grey", 499)),
    "pac_acc": items(f"{CO} > Air Conditioner Accessories",
                     ("Window Kit for Portable Air Conditioners, Sliding, 5ft", 25),
                     ("Portable Air Conditioner Replacement Exhaust Hose, 5.9 Inch", 22),
                     ("Drain Hose for Portable Air Conditioners, 3m", 9),
                     ("Portable AC Window Seal, Fabric, 400cm", 19),
                     ("Insulated Hose Cover for Portable Air Conditioners", 16)),
}

KS, KV, DB = "季節家電", "換気扇・レンジフード", "暖房器具"
SPOT = f"{KS} > スポットクーラー"

KISETSU = {
    "spot": items(SPOT, ("スポットクーラー 工事不要 キャスター付き 冷房 除湿 白", 39800),
                  ("スポットクーラー 家庭用 小型 排熱ダクト付き 白", 29800),
                  ("クールテック スポットクーラー 床置き 大型 業務用", 79800),
                  ("Portable Spot Cooler, Evaporative, 3 Speeds, White", 24800)),
    "spot_duct": items(f"{SPOT} > 部品・アクセサリー", ("スポットクーラー用 排気ダクト 延長 1.5m", 2980),
                       ("排気ダクト スポットクーラー専用 交換用 ホース", 3480),
                       ("ダクト スポットクーラー用 アルミ 断熱 2m", 2480)),
    "spot_acc": items(f"{SPOT} > 部品・アクセサリー", ("スポットクーラー対応 窓パネル 高さ調整", 4980),
                      ("ドレンホース スポットクーラー用 2m", 980), ("キャスター スポットクーラー用 4個", 1280)),
    "vent": items(f"{KV} > 換気扇", ("換気扇 浴室 トイレ用 パイプファン 100mm 白", 3980),
                  ("換気扇 台所 プロペラファン 20cm 白", 5980), ("換気扇 キッチン 25cm 電気式シャッター 白", 8980),
                  ("換気扇 パイプファン 150mm 強弱 グレー", 4480), ("レンジフード 換気扇 シロッコファン 60cm 黒", 39800),
                  ("換気扇 パイプファン 100mm 黒 静音", 3480)),
    "vent_acc": items(f"{KV} > 換気扇フィルター", ("換気扇用 フィルター 20cm 白 3枚入", 580),
                      ("換気扇専用 フィルター 不織布 25cm 白 12枚", 980), ("換気扇対応 引きひも スイッチ 交換用 白", 380),
                      ("レンジフード用 フィルター 60cm 白 5枚", 1280)),
    "windowfan": items("Fans > Window Fans", ("窓用換気扇 薄型 給排気切替 取付枠付き グレー", 6980),
                       ("窓用 扇風機 ツインファン 吸気 排気 リバーシブル", 5480),
                       ("窓枠 取付 換気扇 窓用 網戸対応 グレー", 7980)),
    "ceilingfan": items("Fans > Ceiling Fans", ("シーリングファンライト LED 調光 リモコン付き 6畳 白", 12800),
                        ("シーリングファン 木目 4枚羽根 照明なし", 9800),
                        ("Ceiling Fan with Light, 52 Inch, Remote, Reversible, Black", 15800),
                        ("Ceiling Fan, 5 Blades, DC Motor, Quiet, White", 19800)),
    "stove": items(f"{DB} > ストーブ", ("石油ストーブ 対流式 木造10畳", 18800), ("電気ストーブ 遠赤外線 800W 首振り", 6980),
                   ("ガスストーブ 都市ガス 暖房 11畳", 29800)),
    "stoveguard": items(f"{DB} > ストーブガード", ("ストーブガード 柵 3面 幅90cm 黒", 3980),
                        ("ストーブガード ベビーゲート 大型 伸縮", 6480), ("ストーブガード 石油ストーブ用 マグネット式", 2980)),
    "halogen": items(f"{DB} > 電気ヒーター", ("ハロゲンヒーター 800W 首振り 転倒OFF", 4980),
                     ("ハロゲンヒーター 3灯 足元 小型", 3480),
                     ("Halogen Heater, 1200W, 3 Heat Settings, Tip-Over Switch", 5980),
                     ("Halogen Heater, Oscillating, Remote, Grey", 6980)),
    "heater": items(f"{DB} > 電気ヒーター", ("カーボンヒーター 900W 縦型 首振り", 7980),
                    ("セラミックファンヒーター 人感センサー 1200W", 8980), ("オイルヒーター 10畳 8枚フィン", 19800)),
}

SJ, SW, SO, BI = "掃除機", "洗濯機", "掃除家電", "美容家電"

SEIKATSU = {
    "vacuum": items(f"{SJ} > キャニスター掃除機", ("紙パック式 掃除機 キャニスター 軽量 コンパクト", 14800),
                    ("サイクロン式 掃除機 キャニスター 自走式ヘッド", 24800), ("掃除機 コード式 キャニスター 強力吸引 赤", 12800)),
    "stick": items(f"{SJ} > スティッククリーナー", ("スティッククリーナー コードレス サイクロン 2way 白", 16800),
                   ("Cordless Stick Vacuum Cleaner, 25kPa, 45 Min, LED Head", 19800),
                   ("Stick Vacuum Cleaner, Lightweight, Wall Mount, Grey", 14800)),
    "vacstand": items(f"{SJ} > 掃除機スタンド", ("掃除機スタンド コードレス掃除機 スティッククリーナー 収納 白", 3980),
                      ("掃除機スタンド 壁寄せ 木製 2台収納", 5980), ("掃除機 スタンド 自立 スリム 黒", 2980)),
    "robot": items(f"{SJ} > ロボット掃除機", ("ロボット掃除機 水拭き 両用 マッピング 白", 29800),
                   ("ロボット掃除機 薄型 自動充電 静音 黒", 12800),
                   ("Robot Vacuum Cleaner, Self-Emptying, LiDAR, White", 39800),
                   ("ロボット掃除機 エントリー 吸引 2000Pa 白", 14800)),
    "robot_acc": items(f"{SJ} > ロボット掃除機 > 交換パーツ", ("ロボット掃除機用 サイドブラシ 交換用 白 6本", 980),
                       ("交換用 フィルター ロボット掃除機専用 5枚", 1280),
                       ("ロボット掃除機対応 紙パック 自動ゴミ収集 3枚", 1480),
                       ("Replacement Main Brush for Robot Vacuums, White", 1680)),
    "washer": items(f"{SW} > 洗濯機", ("全自動洗濯機 8kg 風乾燥 白", 54800), ("ドラム式洗濯機 11kg 左開き 白", 198000),
                    ("洗濯機 5kg 一人暮らし 小型 白", 32800)),
    "washstand": items(f"{SW} > 洗濯機置き台", ("洗濯機置き台 キャスター付き 伸縮 ストッパー", 3980),
                       ("洗濯機 置き台 かさ上げ 防振 4個", 2480), ("洗濯機置き台 ドラム式対応 高さ調整", 5480)),
    "pw": items(f"{SO} > 高圧洗浄機", ("高圧洗浄機 家庭用 静音 水道直結 黒", 19800), ("高圧洗浄機 コードレス 充電式 自吸 黒", 12800),
                ("高圧洗浄機 業務用 12MPa 黄", 34800), ("Pressure Washer, 2000 PSI, Electric, 4 Nozzles, Black", 15800),
                ("高圧洗浄機 小型 ハンディ 緑", 8980)),
    "pw_acc": items(f"{SO} > 高圧洗浄機 > アクセサリー", ("高圧洗浄機用 延長ホース 10m 黒", 2980),
                    ("高圧洗浄機専用 回転ノズル 交換用", 1980), ("高圧洗浄機対応 テラスクリーナー 黒", 3980),
                    ("Foam Cannon for Pressure Washers, Black", 2280)),
    "trouser": items("Laundry Appliances > Trouser Presses", ("ズボンプレッサー スタンド型 しわ取り タイマー付き", 14800),
                     ("ズボンプレッサー パンツプレッサー 薄型 壁掛け", 9800),
                     ("Trouser Press with Tie Press, 3 Timer Settings, Black", 16800)),
    "futon": items("Vacuums > Mattress Vacuums", ("布団クリーナー UV除菌 ダニ対策 軽量 白", 7980),
                   ("布団クリーナー 叩き パワーブラシ 温風 コード式", 9800), ("ふとんクリーナー ハンディ ダニ 吸引 紫外線", 5980)),
    "headbrush": items(f"{BI} > ヘッドケア", ("電動ヘッドブラシ 頭皮ケア 防水 EMS", 9800),
                       ("ヘッドブラシ 電動 頭皮マッサージ 充電式", 5980), ("ヘッドスパ ヘッドブラシ 振動 4モード", 7480)),
    "brush": items(f"{BI} > ヘアブラシ", ("ヘアブラシ 艶髪 パドルブラシ 静電気防止", 1980),
                   ("ヒートブラシ ストレート ブラシアイロン", 4980), ("ブラシ 豚毛 ロールブラシ ブロー用", 2480)),
    "brushhead": items(f"{BI} > オーラルケア > 替えブラシ", ("ブラシヘッド 電動歯ブラシ 交換用 4本 白", 1980),
                       ("替え ブラシヘッド 音波歯ブラシ用 やわらかめ 8本", 2480),
                       ("ブラシヘッド 互換品 電動歯ブラシ対応 6本", 1480)),
    "head": items(f"{BI} > 替えヘッド", ("シェーバー 替えヘッド 3枚刃 交換用", 3980), ("洗顔ブラシ 交換ヘッド 2個", 1280)),
}

SHOPS = {"kitchen": KITCHEN, "laundry": LAUNDRY, "kisetsu": KISETSU, "seikatsu": SEIKATSU}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("kitchen", "jug filter", "jugfilter", ["filter"], ["filterjug"]),
    two_types("kitchen", "filter jug", "filterjug", ["jug"], ["jugfilter"]),
    two_types("laundry", "tap filter", "tapfilter", ["filter"], ["filtertap"]),
    two_types("laundry", "filter tap", "filtertap", ["tap"], ["tapfilter"]),
    two_types("seikatsu", "ヘッドブラシ", "headbrush", ["brush"], ["brushhead"]),
    two_types("seikatsu", "ブラシヘッド", "brushhead", ["head"], ["headbrush"]),
    # --- 2. a leading product word that modifies the head
    qualifies("kitchen", "dishwasher salt", ["salt"], ["dishwasher"]),
    qualifies("kitchen", "dishwasher tablets", ["tablets"], ["dishwasher"]),
    qualifies("laundry", "vacuum bags", ["vacbag"], ["vacuum"]),
    qualifies("laundry", "dryer vent", ["dryervent"], ["dryer"]),
    qualifies("kisetsu", "ストーブ ガード", ["stoveguard"], ["stove"]),
    qualifies("kisetsu", "スポットクーラー ダクト", ["spot_duct"], ["spot"]),
    qualifies("seikatsu", "掃除機 スタンド", ["vacstand"], ["vacuum"]),
    qualifies("seikatsu", "洗濯機 置き台", ["washstand"], ["washer"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("kitchen", "range hood", ["hood"], ["hood_acc"]),
    accessories("kitchen", "ice maker", ["icemaker"], ["icemaker_acc"]),
    accessories("laundry", "washing machine", ["washer"], ["washer_acc"]),
    accessories("laundry", "portable air conditioner", ["pac"], ["pac_acc"]),
    accessories("kisetsu", "スポットクーラー", ["spot"], ["spot_duct", "spot_acc"]),
    accessories("kisetsu", "換気扇", ["vent", "windowfan"], ["vent_acc"]),
    accessories("seikatsu", "高圧洗浄機", ["pw"], ["pw_acc"]),
    accessories("seikatsu", "ロボット掃除機", ["robot"], ["robot_acc"]),
    # white ice makers: countertop 129, compact 109 (a black portable one 99, stainless 349/899; white scoop 8,
    # white basket 14)
    price("kitchen", "cheap white ice maker", "icemaker-3", ["icemaker_acc"]),
    # black range hoods: wall mount 329, slim 149, island 449 (a white one 99, stainless 189/259; black chimney
    # extension 59, black baffle filter 35)
    price("kitchen", "budget black range hood", "hood-2", ["hood_acc"]),
    # white washing machines: front load 429, top load 549, compact 6kg 329 (a silver 5kg one 299, graphite 599;
    # white pads 15, white drain hose 12)
    price("laundry", "cheap white washing machine", "washer-2", ["washer_acc"]),
    # white 換気扇: pipe fan 100mm 3980, propeller 5980, shutter 8980 (a black pipe fan 3480, grey 4480, black
    # range hood 39800; white filters 580/980/1280, white pull switch 380)
    price("kisetsu", "格安 白 換気扇", "vent-0", ["vent_acc"]),
    # black 高圧洗浄機: mains 19800, cordless 12800, English 15800 (a green handy one 8980, yellow 34800; black
    # hose 2980, black terrace cleaner 3980, black foam cannon 2280)
    price("seikatsu", "安い 黒 高圧洗浄機", "pw-1", ["pw_acc"]),
    # white ロボット掃除機: mopping 29800, English 39800, entry 14800 (a black slim one 12800; white side brushes
    # 980, white English main brush 1680)
    price("seikatsu", "お手頃 白 ロボット掃除機", "robot-3", ["robot_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("kisetsu", "シーリングファン", "ceilingfan"),
    mixed("kisetsu", "ハロゲンヒーター", "halogen"),
    mixed("kisetsu", "window fan", "windowfan"),
    mixed("kisetsu", "ウィンドウファン", "windowfan"),
    mixed("seikatsu", "スティッククリーナー", "stick"),
    mixed("seikatsu", "ズボンプレッサー", "trouser"),
    mixed("seikatsu", "布団クリーナー", "futon"),
    mixed("seikatsu", "mattress vacuum", "futon"),
]

_S = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS: dict = {
    **{("blind130", "two_types:seikatsu:ヘッドブラシ", s):
       "the ヘッドブラシ items first, then a ブラシヘッド (toothbrush head) above the ヘアブラシ brushes" for s in _S},
    **{("blind130", "two_types:seikatsu:ブラシヘッド", s):
       "a 洗顔ブラシ 交換ヘッド ranked third, above the third ブラシヘッド item" for s in _S},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind130(q: Q, setup: str, known_limit):
    known_limit("blind130")
    check(q, setup, ENGINES)


def test_blind130_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "black": "Black"})
