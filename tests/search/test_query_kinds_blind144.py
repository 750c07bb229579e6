"""A hundred-and-forty-fourth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: fly and
ice fishing (English: fly rods, fly reels, fly boxes, waders and wader belts, wading boots, ice augers),
winter trail gear (English: snowshoes and snowshoe bags, gaiters, headlamps and headlamp batteries,
battery lanterns, compasses), a Japanese campfire shop 焚き火・火起こし (オイルランタン and ランタンオイル,
薪 and 薪ラック, ランタンハンガー, 斧, 耐熱グローブ, with English-titled imports: tripods, hatchets, ferro
rods, log carriers; part of its tree in English) and a Japanese smelt and stream fishing shop
ワカサギ・渓流 (ワカサギ竿 and 竿ケース, テントヒーター, ウェーダー, クーラーボックス, with English imports).

Query kinds: two_types, qualifies, accessories, price, mixed, as in `kind_cases`. Japanese queries
also run with an English-only encoder. (Only three two_types: the reversible pairs of these areas
that a shopper would type were already used by earlier suites.)

Written blind on 2026-12-01 (144th suite), as a measurement only (nothing changed for it):
77 of 90 cases pass, 31 of 36 queries in every setup (two_types 3/3 queries, 8/8 cases;
qualifies 8/8, 20/20; accessories 6/9, 15/22 (gaiters fails in the dense setup only); price 7/7, 18/18;
mixed 6/8, 16/22); the 13 failing cases (gaiters dense; 斧, ウェーダー 渓流, ハチェット, メタルマッチ in all
their setups) are strict xfails (`LIMITS`, through `conftest.known_limit`). One design fix before the
only run: the firewood racks were moved out of the English Firewood category (no result seen).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F, FF, IF = "Fishing", "Fishing > Fly Fishing", "Fishing > Ice Fishing"

FISH = {
    "flyrod": items(f"{FF} > Fly Rods", ("Riverbend 9ft 5wt Fly Rod, 4-Piece, Medium-Fast, Olive", 189),
                    ("Troutline Fly Rod 8'6\" 4wt, 4 Pc, Graphite", 129),
                    ("Tenkara Style Fly Rod, 12ft Telescopic, Black", 79),
                    ("Riverbend Euro Nymph Fly Rod, 10ft 3wt", 229)),
    "flyrod_acc": items(f"{FF} > Rod Accessories", ("Rod Tube for Fly Rods, 4-Piece 9ft, Black", 35),
                        ("Fly Rod Replacement Tip Section, 5wt, Black", 29),
                        ("Neoprene Rod Sleeves for Fly Rods, 2 Pack", 15),
                        ("Hook Keepers for Fly Rods, Stainless, 4 Pack", 6)),
    "flyreel": items(f"{FF} > Fly Reels", ("Riverbend Large Arbor Fly Reel 5/6wt, Black", 89),
                     ("Troutline Die-Cast Fly Reel 3/4wt, Silver", 45),
                     ("Sealed Drag Fly Reel 7/8wt, Machined Aluminium, Black", 149)),
    "flyreel_acc": items(f"{FF} > Reel Accessories", ("Spare Spool for Riverbend Fly Reels 5/6wt, Black", 35),
                         ("Neoprene Fly Reel Case, Padded, Black", 12),
                         ("Fly Reel Replacement Drag Knob, Black", 9)),
    "flybox": items(f"{FF} > Fly Boxes", ("Waterproof Fly Box, Slit Foam, Double Sided, Clear", 19),
                    ("Magnetic Fly Box, Aluminium, Pocket Size", 24)),
    "fly": items(f"{FF} > Flies", ("Dry Flies Assortment, 24 Pack, Sizes 12-16", 29),
                 ("Woolly Bugger Streamer Flies, 12 Pack, Olive", 18), ("Tungsten Nymph Flies, 20 Pack", 25)),
    "wader": items(f"{F} > Waders & Boots > Waders", ("Riverbend Breathable Chest Waders, Stockingfoot, Men's L, Olive", 219),
                   ("Neoprene Bootfoot Chest Waders, Felt Sole, Camo", 99), ("Hip Waders, Rubber, Cleated, Green", 59),
                   ("Women's Breathable Waders, Stockingfoot, Grey", 189)),
    "wader_acc": items(f"{F} > Waders & Boots > Wader Accessories", ("Wader Repair Kit, Patches & Adhesive", 12),
                       ("Replacement Suspenders for Waders, Quick Release", 15)),
    "waderbelt": items(f"{F} > Waders & Boots > Wader Accessories", ("Wader Belt, Elastic, Quick Buckle, Black", 14),
                       ("Wading Belt with Net Holder, 2 Inch, Grey", 19)),
    "wadingboot": items(f"{F} > Waders & Boots > Wading Boots", ("Riverbend Wading Boots, Felt Sole, Size 10, Brown", 119),
                        ("Rubber Sole Wading Boots, Studded, Grey", 139)),
    "auger": items(f"{IF} > Augers", ("Frostline Hand Ice Auger, 6 Inch, Telescopic", 79),
                   ("Cordless Ice Auger, 8 Inch, 40V, Orange", 399), ("Drill Ice Auger, 8 Inch, Lightweight", 149)),
    "auger_acc": items(f"{IF} > Auger Parts", ("Replacement Blades for Ice Augers, 6 Inch, 2 Pack", 29),
                       ("Ice Auger Blade Guard, Orange", 12), ("Auger Extension, 12 Inch, for Hand Augers", 35)),
    "noise": each(("Frostline Ice Fishing Rod, 28 Inch, Ultra Light", f"{IF} > Rods", 25),
                  ("Frostline Tip-Up, Round Base, Orange Flag", f"{IF} > Tip-Ups", 15),
                  ("Pop-Up Ice Shelter, 2 Person, Insulated", f"{IF} > Shelters", 279),
                  ("Portable Heater for Ice Shelters, Propane, 9000 BTU", f"{IF} > Heaters", 119)),
}

H = "Hiking"

TRAIL = {
    "snowshoe": items(f"{H} > Winter > Snowshoes", ("Northpeak Aluminium Snowshoes, 25 Inch, Heel Lift, Blue", 149),
                      ("Kids Snowshoes, 17 Inch, Easy Bindings, Red", 59),
                      ("Trailmark Backcountry Snowshoes, 30 Inch, Crampons, Black", 229),
                      ("Lightweight Snowshoes, 22 Inch, Aluminium Frame, Blue", 99)),
    "snowshoe_acc": items(f"{H} > Winter > Snowshoe Parts", ("Replacement Bindings for Snowshoes, Pair, Black", 39),
                          ("Snowshoe Tails, Flotation Extension, 5 Inch", 49),
                          ("Heel Lift Replacement Kit for Northpeak Snowshoes", 19)),
    "snowshoe_acc.bag": items(f"{H} > Winter > Snowshoe Parts", ("Carry Bag for Snowshoes, Padded, Blue", 25),
                              ("Snowshoe Bag, Tote Style, Fits 30 Inch, Black", 29)),
    "traction": items(f"{H} > Winter > Traction", ("Microspikes Traction Cleats, Stainless Chains, M, Black", 69),
                      ("Ice Cleats for Boots, Coil, Slip-On, L", 25)),
    "gaiter": items(f"{H} > Clothing > Gaiters", ("Northpeak Gore Gaiters, Knee High, Waterproof, Black", 69),
                    ("Trail Running Gaiters, Ankle, Lycra, Blue", 25), ("Snow Gaiters, Nylon, Adjustable Strap, Black", 35)),
    "gaiter_acc": items(f"{H} > Clothing > Gaiters", ("Replacement Instep Straps for Gaiters, 2 Pack", 9),
                        ("Gaiter Hooks, Stainless, Replacement, 4 Pack", 7)),
    "headlamp": items(f"{H} > Lighting > Headlamps", ("Trailmark Headlamp, 350 Lumens, Rechargeable, Black", 45),
                      ("Headlamp 600 Lumens, Red Light Mode, Orange", 39), ("Kids Headlamp, 100 Lumens, Blue", 15),
                      ("Ultralight Headlamp, 200 Lumens, AAA, Black", 29)),
    "headlamp_acc": items(f"{H} > Lighting > Headlamp Parts", ("Replacement Headband for Headlamps, Black", 8),
                          ("Helmet Mount Clips for Headlamps, 4 Pack, Black", 7)),
    "headlamp_acc.battery": items(f"{H} > Lighting > Headlamp Parts",
                                  ("Rechargeable Battery for Trailmark Headlamp, 1200mAh", 19),
                                  ("Headlamp Replacement Battery Pack, USB-C, 2 Pack", 25)),
    "battlantern": items(f"{H} > Lighting > Lanterns", ("Battery Lantern, 4 x D Cell, 300 Lumens", 29),
                         ("Trailmark Battery Powered Lantern, Collapsible, AA", 24)),
    "lantern": items(f"{H} > Lighting > Lanterns", ("Candle Lantern, Aluminium, 9 Hour Candles", 25),
                     ("Solar Camp Lantern, Inflatable, 75 Lumens", 19)),
    "lanternbatt": items(f"{H} > Lighting > Batteries", ("6V Lantern Battery, Spring Terminals", 9)),
    "battery": items(f"{H} > Lighting > Batteries", ("AAA Lithium Batteries, 8 Pack", 14),
                     ("18650 Rechargeable Battery, 3500mAh, 2 Pack", 24)),
    "noise": each(("Northpeak Baseplate Compass, Declination Adjust", f"{H} > Navigation", 29),
                  ("Trailmark GPS Watch, Altimeter, Barometer, Black", f"{H} > Navigation", 249)),
}

T = "焚き火・火起こし"
OF = "Outdoor > Fire"

TAKI = {
    "oillantern": items(f"{T} > ランタン", ("オイルランタン ハリケーンランタン 黒 大型", 3980), ("オイルランタン 小型 卓上 黒", 2480),
                        ("オイルランタン 真鍮 アンティーク ゴールド", 1980))
    + items("Outdoor > Lanterns", ("Hurricane Oil Lantern, 10 Inch, Black", 2780)),
    "oillantern_acc": items(f"{T} > ランタン > ランタン小物", ("オイルランタン専用 収納ケース 黒", 1480),
                            ("替えホヤ オイルランタン用 ガラス", 880), ("オイルランタン用 替え芯 5本", 380)),
    "lanternoil": items(f"{T} > 燃料", ("ランタンオイル パラフィン 1L 無臭", 1480), ("ランタンオイル 詰め替え 4L", 3980)),
    "oil": items(f"{T} > メンテナンス", ("シーズニングオイル 鉄鍋 ダッチオーブン 200ml", 980),
                 ("レザーオイル 革製品 手入れ 100ml", 1280)),
    "lantern": items(f"{T} > ランタン", ("LEDランタン 充電式 暖色 1000ルーメン", 2980), ("ガスランタン マントル式 ブラック", 4980)),
    "lanternhanger": items(f"{T} > ランタン > ランタンスタンド", ("ランタンハンガー ポール 打ち込み式 2段", 1980),
                           ("ランタンハンガー テーブル クランプ式", 1280)),
    "firewood": items(f"{OF} > Firewood", ("薪 広葉樹 ナラ 10kg 乾燥", 1980), ("薪 針葉樹 焚き付け 5kg", 980),
                      ("薪 桜 スモーク 3kg", 1280)),
    "woodrack": items(f"{T} > 薪ラック", ("薪ラック アイアン 2段 屋外", 3980), ("薪ラック 折りたたみ 焚き火 ソロ", 2480)),
    "logbag": items(f"{OF} > Log Carriers", ("Log Carrier, Waxed Canvas, Leather Handles", 2980),
                    ("Firewood Log Carrier Bag, Heavy Duty, Brown", 2480), ("ログキャリー 帆布 薪バッグ", 1980)),
    "tripod": items(f"{OF} > Tripods", ("Campfire Tripod, Steel, Adjustable Chain", 3480),
                    ("Cooking Tripod for Campfires, 43 Inch, Black", 2980), ("トライポッド 焚き火 三脚 ハンガー付き", 3980)),
    "starter": items(f"{T} > 火起こし", ("メタルマッチ マグネシウム 着火 15000回", 980), ("メタルマッチ 大型 パラコード付き", 1480))
    + items(f"{OF} > Fire Starters", ("Ferro Rod Fire Starter, 5 Inch, with Striker", 1280),
            ("Magnesium Fire Starter, Ferrocerium Rod & Scraper", 1180)),
    "axe": items(f"{T} > 斧・ナイフ", ("手斧 薪割り 鍛造 革ケース付き", 5980), ("薪割り斧 ロング 70cm", 6980))
    + items(f"{OF} > Axes", ("Hatchet, 14 Inch, Forged Steel, Leather Sheath", 4980), ("Camp Hatchet, 12 Inch, Black", 3980)),
    "axe_acc": items(f"{T} > 斧・ナイフ > 斧小物", ("斧用 カバー 革 ブラウン", 1480), ("斧専用 交換柄 ヒッコリー", 1980),
                     ("シース 手斧用 ヌメ革", 1680)),
    "glove": items(f"{T} > グローブ", ("耐熱グローブ 牛革 キャンプ 焚き火 ブラウン", 1980), ("耐熱グローブ ロング 手袋 ブラウン", 1480),
                   ("耐熱グローブ 黒 5本指", 1280))
    + items("Outdoor > Gloves", ("Leather Fireplace Gloves, Heat Resistant, Brown", 2280)),
    "glove_acc": items(f"{T} > グローブ", ("耐熱グローブ用 インナー手袋 ブラウン", 580), ("グローブホルダー 耐熱グローブ用 カラビナ", 680)),
    "noise": each(("焚き火台 ステンレス 折りたたみ 軽量 A4サイズ", f"{T} > 焚き火台", 4980),
                  ("焚き火シート 耐火 スパッタシート 60×90cm", f"{T} > 焚き火台", 1680),
                  ("火吹き棒 伸縮式 ステンレス", f"{T} > 火起こし", 880)),
}

W = "ワカサギ・渓流"

WAKA = {
    "rod": items(f"{W} > ワカサギ竿", ("ワカサギ竿 穂先 グラスソリッド 25cm", 1980), ("ワカサギ竿 カーボン 穂先 30cm", 2980),
                 ("ワカサギ竿 ショート 手巻き 初心者", 1480)),
    "rod_acc": items(f"{W} > ワカサギ竿 > 竿小物", ("ワカサギ竿用 竿受け クランプ式", 980), ("ワカサギ竿専用 替え穂先 2本", 1280),
                     ("ロッドスタンド ワカサギ竿対応 3本", 1480)),
    "rodcase": items(f"{W} > ワカサギ竿 > 竿小物", ("竿ケース ワカサギ 穂先 収納 10本", 1480), ("竿ケース セミハード 120cm 黒", 2980)),
    "ereel": items(f"{W} > 電動リール", ("ワカサギ 電動リール 単3電池 カウンター付き", 6980), ("電動リール ワカサギ 小型 ブラック", 4980)),
    "tent": items(f"{W} > 氷上テント", ("ワカサギ テント ワンタッチ 2人用", 12800), ("氷上テント 3人用 スカート付き", 15800)),
    "heater": items(f"{W} > ヒーター", ("テントヒーター カセットガス 小型 ワカサギ", 9800), ("テント ヒーター ガス式 1.6kW 暖房", 12800)),
    "wader": items(f"{W} > ウェーダー", ("ウェーダー チェスト 透湿 フェルトスパイク M", 12800), ("ウェーダー ヒップ ラジアルソール", 4980),
                   ("ウェーダー ウエストハイ ブーツフット 黒", 6980), ("ウェーダー チェスト ナイロン 黒", 5980))
    + items("Fishing > Waders", ("Breathable Chest Waders, Stockingfoot, Black", 9980),
            ("Neoprene Chest Waders, Bootfoot, Camo", 8980)),
    "wader_acc": items(f"{W} > ウェーダー > ウェーダー小物", ("ウェーダー用 補修キット", 980),
                       ("ウェーダー専用 サスペンダー 交換用", 1480), ("ベルト ウェーダー対応 黒", 1280)),
    "shoe": items("Fishing > Wading Shoes", ("Wading Boots, Felt Sole, Lace-Up, Brown", 8980),
                  ("Wading Shoes, Rubber Sole, Quick Dry, Grey", 6980), ("ウェーディングシューズ フェルトスパイク 渓流", 7980)),
    "cooler": items("Fishing > Cooler Boxes", ("クーラーボックス 6L ワカサギ 青", 2980), ("クーラーボックス 15L 釣り 青", 4480),
                    ("クーラーボックス 12L 小型 白", 1980), ("Hard Cooler, 20 Quart, Blue", 3980)),
    "cooler_acc": items("Fishing > Cooler Boxes > Cooler Parts", ("クーラーボックス用 ショルダーベルト 青", 980),
                        ("クーラーボックス専用 仕切り板 2枚", 680), ("ロッドホルダー クーラーボックス対応 2本", 880)),
    "tacklebag": items("Fishing > Bags", ("Tackle Bag, 4 Trays, Water Resistant, Grey", 4980),
                       ("Sling Tackle Bag, Fly Fishing, Olive", 3980), ("タックルバッグ 渓流 ショルダー 防水", 3480)),
    "noise": each(("ワカサギ 仕掛け 袖 2号 5枚", f"{W} > 仕掛け", 480), ("エサ箱 紅サシ 保冷", f"{W} > エサ", 680)),
}

SHOPS = {"fish": FISH, "trail": TRAIL, "taki": TAKI, "waka": WAKA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("trail", "battery lantern", "battlantern", ["lantern"], ["lanternbatt"]),
    two_types("taki", "ランタンオイル", "lanternoil", ["oil"], ["oillantern"]),
    two_types("taki", "オイル ランタン", "oillantern", ["lantern"], ["lanternoil"]),
    # --- 2. a leading product word that modifies the head
    qualifies("fish", "fly box", ["flybox"], ["fly"], n=2),
    qualifies("fish", "wader belt", ["waderbelt"], ["wader"], n=2),
    qualifies("trail", "headlamp battery", ["headlamp_acc.battery"], ["headlamp"], n=2),
    qualifies("trail", "snowshoe bag", ["snowshoe_acc.bag"], ["snowshoe"], n=2),
    qualifies("taki", "薪 ラック", ["woodrack"], ["firewood"], n=2),
    qualifies("taki", "ランタン ハンガー", ["lanternhanger"], ["lantern", "oillantern"], n=2),
    qualifies("waka", "竿 ケース", ["rodcase"], ["rod"], n=2),
    qualifies("waka", "テント ヒーター", ["heater"], ["tent"], n=2),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("fish", "fly rod", ["flyrod"], ["flyrod_acc"]),
    accessories("fish", "fly reel", ["flyreel"], ["flyreel_acc"]),
    accessories("fish", "waders", ["wader"], ["wader_acc", "waderbelt"]),
    accessories("fish", "ice auger", ["auger"], ["auger_acc"]),
    accessories("trail", "gaiters", ["gaiter"], ["gaiter_acc"]),
    accessories("taki", "斧", ["axe"], ["axe_acc"]),
    accessories("taki", "耐熱グローブ", ["glove"], ["glove_acc"]),
    accessories("waka", "ワカサギ竿", ["rod"], ["rod_acc", "rodcase"]),
    accessories("waka", "ウェーダー 渓流", ["wader"], ["wader_acc"]),
    # black fly reels: Riverbend 89, sealed drag 149 (a silver one 45; black accessories 9-35)
    price("fish", "cheap black fly reel", "flyreel-0", ["flyreel_acc"]),
    # blue snowshoes: Northpeak 149, lightweight 99 (red kids' ones 59; a blue carry bag 25)
    price("trail", "cheap blue snowshoes", "snowshoe-3", ["snowshoe_acc"]),
    # black headlamps: Trailmark 45, ultralight 29 (a blue kids' one 15; black parts 7-8)
    price("trail", "budget black headlamp", "headlamp-3", ["headlamp_acc"]),
    # black oil lanterns: large 3980, small 2480, English 2780 (a gold brass one 1980; black case 1480)
    price("taki", "お手頃 黒 オイルランタン", "oillantern-1", ["oillantern_acc", "lanternoil"]),
    # brown heat-resistant gloves: cowhide 1980, long 1480, English 2280 (a black one 1280; brown inner 580)
    price("taki", "激安 ブラウン 耐熱グローブ", "glove-1", ["glove_acc"]),
    # black waders: waist-high 6980, nylon chest 5980, English 9980 (hip waders 4980; black belt 1280)
    price("waka", "安い 黒 ウェーダー", "wader-3", ["wader_acc"]),
    # blue coolers: 6L 2980, 15L 4480, English 3980 (a white 12L 1980; blue strap 980)
    price("waka", "格安 青 クーラーボックス", "cooler-0", ["cooler_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("taki", "トライポッド", "tripod"),
    mixed("taki", "ハチェット", "axe"),
    mixed("taki", "メタルマッチ", "starter"),
    mixed("taki", "ログキャリー", "logbag"),
    mixed("taki", "firewood", "firewood"),
    mixed("waka", "ウェーディングシューズ", "shoe"),
    mixed("waka", "タックルバッグ", "tacklebag"),
    mixed("waka", "cooler box", "cooler"),
]


LIMITS: dict = {
    ("blind144", "accessories:trail:gaiters", "categories-dense"):
        "a 'Gaiter Hooks, Replacement' pack third, above the ankle gaiters (lexical passes)",
    **{("blind144", "accessories:taki:斧", s): "only the two Japanese-titled axes, then 斧専用/斧用 accessories above the "
       "English 'Hatchet' items (not shown at all)" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind144", "accessories:waka:ウェーダー_渓流", s): "the three wading shoes first (渓流 / Wading), then "
       "ウェーダー用 repair kit above the waist-high black waders" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind144", "mixed:taki:ハチェット", s): "only the two English 'Hatchet' items returned; 手斧 (hand axe) not shown"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind144", "mixed:taki:メタルマッチ", s): "the two メタルマッチ titles, then a 火吹き棒 third; the English ferro-rod "
       "fire starters not in the top three" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind144(q: Q, setup: str, known_limit):
    known_limit("blind144")
    check(q, setup, ENGINES)


def test_blind144_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "blue": "Blue", "黒": "Black", "青": "Blue", "ブラウン": "Brown"})
