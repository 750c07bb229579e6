"""A hundred-and-thirty-eighth blind held-out suite of query understanding, written from what a
shop assistant would show, without reading the engine, in vocabularies earlier suites use little:
watering and irrigation (English: sprinkler hoses and hose sprinklers, garden and soaker hoses,
hose hangers, hose timers and their accessories, rain barrels with their accessories and barrel
pumps), lawn care and greenhouses (English: tank sprayers and sprayer tanks, greenhouses and
greenhouse accessories, greenhouse heaters, lawn aerators and their parts, seed spreaders and
grass seed), a Japanese gardening and pruning shop ガーデニング・剪定 (ネットフェンス and
フェンスネット, 支柱 and 支柱クリップ, 高枝切りばさみ and 生垣バリカン with their parts; part of
its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: Garden Apron ガーデンエプロン, Garden Shoes ガーデンシューズ, Garden Tool Set
ガーデンツールセット) and a Japanese lawn, watering and greenhouse shop 芝生・散水・温室
(ビニール温室 and 温室ビニール, 温室ヒーター, 芝刈り機 and its parts, 芝生バリカン; an English
branch of its tree, with English-titled imports too: Water Timer 散水タイマー, Hose Nozzle
散水ノズル, Garden Hose ガーデンホース). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "Replacement ... for X" are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (a hundred-and-thirty-eighth suite), as a measurement only (nothing
changed for it): 91 of 95 cases pass, 35 of 37 queries in every setup (two_types 7/8 queries, 19/20
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 7/8, 19/22); the 4 failing
cases (2 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): "sprinkler hose" with
the bag-of-words encoder (a hose sprinkler above a plain garden hose) and ガーデンシューズ in all three
setups (the one Japanese-titled pair first, then the three hedge shears of the English "Hedge Shears"
branch before the English-titled Garden Shoes and Garden Clogs). One test bug was fixed before the run,
by the well_formed check: the price query was first "budget green greenhouse", whose colour word
matches every "Greenhouse" title, so it became "budget white greenhouse" with white greenhouses.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W = "Watering"
HOSES, SPRINK, RAIN = f"{W} > Hoses", f"{W} > Sprinklers", f"{W} > Rain Collection"

IRRIGATE = {
    "sprinklerhose": items(f"{HOSES} > Sprinkler Hoses", ("Flat Sprinkler Hose, 25 ft, Perforated Lawn Watering", 19),
                           ("AquaLine Sprinkler Hose, 50 ft, Adjustable Spray, Green", 29),
                           ("Double-Sided Sprinkler Hose, 15m, Blue", 24)),
    "hose": items(f"{HOSES} > Garden Hoses", ("FlexiPro Garden Hose, 50 ft, Kink Free, Green", 39),
                  ("Expandable Garden Hose, 100 ft, Lightweight, Green", 34),
                  ("Heavy Duty Rubber Garden Hose, 5/8 in x 75 ft, Black", 59),
                  ("Coil Garden Hose, 25 ft, Recoil, Green", 22)),
    "soaker": items(f"{HOSES} > Soaker Hoses", ("Soaker Hose, 50 ft, Porous Rubber, Black", 21)),
    "hosesprinkler": items(f"{SPRINK} > Hose Sprinklers", ("Oscillating Hose Sprinkler, 3,600 sq ft, Adjustable", 26),
                           ("Rotating Hose Sprinkler, 360 Degree, Metal Base", 18),
                           ("Hose End Impact Sprinkler on Spike, Brass", 32)),
    "sprinkler": items(f"{SPRINK} > In-Ground & Tripod", ("Pop-Up Sprinkler Head, 4 in, 6 Pack", 15),
                       ("Pulsating Sprinkler on Tripod Stand, 40 in", 45)),
    "hosehanger": items(f"{W} > Hose Storage", ("Wall-Mount Hose Hanger, Cast Aluminum, Holds 125 ft", 24),
                        ("Hose Hanger with Faucet Cover, Steel, Bronze", 19),
                        ("Decorative Hose Hanger, Hummingbird, Black", 29)),
    "timer": items(f"{W} > Timers", ("Digital Hose Timer, Single Outlet, Rain Delay", 39),
                   ("Bluetooth Hose Timer, 2 Zone, App Control", 69),
                   ("Mechanical Hose Timer, 120 Minutes, No Batteries", 19)),
    "timer_acc": items(f"{W} > Timers > Timer Accessories", ("Rain Sensor for Hose Timers, Wired", 22),
                       ("Replacement Battery Cover for Digital Hose Timer", 6),
                       ("Quick Connector Set for Hose Timer, Brass, 2 Pack", 12)),
    "barrel": items(f"{RAIN} > Rain Barrels", ("Rain Barrel, 50 Gallon, Flat Back, Green", 89),
                    ("Collapsible Rain Barrel, 66 Gallon, Black", 45),
                    ("Oak-Look Rain Barrel, 60 Gallon, Brass Spigot, Brown", 119),
                    ("Stackable Rain Barrel, 40 Gallon, Black", 69),
                    ("Slimline Rain Barrel, 35 Gallon, Green", 59),
                    ("Mini Rain Barrel, 25 Gallon, Grey", 39)),
    "barrel_acc": items(f"{RAIN} > Barrel Accessories", ("Downspout Diverter Kit for Rain Barrels, Black", 19),
                        ("Rain Barrel Replacement Spigot, Brass", 9),
                        ("Linking Kit for Rain Barrels, 2 Barrels, Black", 14),
                        ("Mesh Lid Screen for Rain Barrel, Black", 11)),
    "barrelpump": items(f"{RAIN} > Pumps", ("Submersible Rain Barrel Pump, 1/6 HP, with Hose Adapter", 79),
                        ("Solar Barrel Pump, 12V, 300 GPH", 59),
                        ("Battery Barrel Pump, Cordless, 10 ft Lift", 49)),
    "noise": each(("Drip Irrigation Kit, 40 Plants, 1/4 in Tubing", f"{W} > Drip Irrigation", 35),
                  ("Drip Emitters, Adjustable, 50 Pack", f"{W} > Drip Irrigation", 9),
                  ("Metal Watering Can, 2 Gallon, Galvanized", f"{W} > Watering Cans", 34),
                  ("Pistol Grip Hose Nozzle, 8 Patterns", f"{W} > Nozzles & Wands", 12),
                  ("Watering Wand, 30 in, Shut-Off Valve", f"{W} > Nozzles & Wands", 22)),
}

L, G = "Lawn Care", "Greenhouses"
SPRAY = f"{L} > Sprayers"

YARD = {
    "tanksprayer": items(f"{SPRAY} > Tank Sprayers", ("Lawn Pro 2 Gallon Tank Sprayer, Poly, Adjustable Nozzle", 34),
                         ("Stainless Steel Tank Sprayer, 3 Gallon", 79),
                         ("4 Gallon Backpack Tank Sprayer, Padded Straps", 89)),
    "sprayer": items(f"{SPRAY} > Handheld Sprayers", ("Handheld Pump Sprayer, 1 Liter, Clear", 9),
                     ("Hose End Sprayer, 32 oz, Dial Mix", 16),
                     ("Battery Powered Sprayer, 1 Gallon, Wand", 49)),
    "sprayertank": items(f"{SPRAY} > Sprayer Parts", ("Replacement Sprayer Tank, 2 Gallon, Translucent", 19),
                         ("Sprayer Tank with Cap, 4 Gallon, for Backpack Sprayers", 29)),
    "greenhouse": items(f"{G} > Greenhouses", ("Walk-In Greenhouse, 6x4 ft, PE Cover, White", 89),
                        ("Polycarbonate Greenhouse, 6x8 ft, Aluminum Frame, Silver", 549),
                        ("Mini Greenhouse, 4 Tier, Roll-Up Door, White", 39),
                        ("Pop-Up Greenhouse, 8x6 ft, Clear", 119),
                        ("Lean-To Greenhouse, 7x4 ft, PVC, White", 149),
                        ("Portable Greenhouse Tent, 3x3 ft, Clear", 29)),
    "gh_acc": items(f"{G} > Greenhouse Accessories", ("Replacement Cover for 4 Tier Mini Greenhouse, White", 19),
                    ("Greenhouse Shade Cloth, 50%, 6x10 ft, Green", 24),
                    ("Automatic Vent Opener for Greenhouse Windows", 39),
                    ("Greenhouse Staging Bench, Aluminum, 2 Tier", 69)),
    "heater": items(f"{G} > Heating", ("Greenhouse Heater, 1500W, Thermostat, Fan Forced", 79),
                    ("Paraffin Greenhouse Heater, 8 Day Tank", 59),
                    ("Electric Greenhouse Heater, 2kW, Frost Protection", 99)),
    "aerator": items(f"{L} > Aerators", ("Manual Lawn Aerator, Hollow Tine, Steel", 39),
                     ("Spike Lawn Aerator, 15 Spikes, Foot Step", 29),
                     ("Tow-Behind Lawn Aerator, 48 in, Plug", 179)),
    "aerator_acc": items(f"{L} > Aerators > Aerator Parts",
                         ("Replacement Tines for Hollow Tine Lawn Aerator, 2 Pack", 14),
                         ("Weight Tray for Tow-Behind Lawn Aerator", 35)),
    "spreader": items(f"{L} > Spreaders", ("Broadcast Seed Spreader, 50 lb, Pneumatic Tires", 89),
                      ("Handheld Seed Spreader, Crank, 1.5 lb", 15),
                      ("Drop Seed Spreader, 22 in, Walk-Behind", 69)),
    "seed": items(f"{L} > Grass Seed", ("Sun & Shade Grass Seed Mix, 7 lb", 34), ("Kentucky Bluegrass Seed, 3 lb", 29),
                  ("Tall Fescue Grass Seed, 20 lb", 59)),
    "noise": each(("Steel Bow Rake, 16 Tine", f"{L} > Rakes", 24),
                  ("Lawn Edger, Half Moon, 38 in Handle", f"{L} > Edging", 27),
                  ("Push Reel Lawn Mower, 16 in", f"{L} > Mowers", 119)),
}

K, P = "ガーデニング", "Pruning"
FENCE, SHICHU = f"{K} > フェンス", f"{K} > 支柱・誘引"

NIWA = {
    "netfence": items(f"{FENCE} > ネットフェンス", ("ネットフェンス 高さ120cm 10m 緑 スチール", 8980),
                      ("ネットフェンス 簡易 ガーデン 高さ60cm 5m 黒", 2980),
                      ("メッシュ ネットフェンス 支柱付き 90cm ダークグリーン", 5480)),
    "fence": items(FENCE, ("ラティスフェンス 木製 90×180cm ブラウン", 3980), ("ガーデンフェンス 置くだけ 4枚組 白", 2480),
                   ("竹垣 フェンス 天然竹 90×180cm", 6980)),
    "fencenet": items(f"{FENCE} > 目隠しネット", ("フェンスネット 目隠し 1×5m 緑", 1280),
                      ("フェンス用 ネット 防風 2×10m 黒", 2480), ("フェンスネット 防獣 1.5×10m", 1980)),
    "net": items(f"{K} > ネット", ("防鳥ネット 4×5m 黒", 680), ("園芸ネット つる性植物 キュウリ 1.8×3.6m 緑", 480)),
    "clip": items(f"{SHICHU} > クリップ", ("支柱 クリップ 誘引 20個入 緑", 380), ("トマト 支柱用 クリップ 50個", 498),
                  ("園芸クリップ 支柱 固定 太さ11mm対応 30個", 298)),
    "pole": items(f"{SHICHU} > 支柱", ("園芸支柱 11mm×150cm 10本組 緑", 980), ("イボ竹 支柱 16mm×210cm 5本", 1280),
                  ("リング支柱 鉢植え用 3段 60cm", 398)),
    "takaeda": items(f"{P} > 高枝切りばさみ", ("高枝切りばさみ 伸縮式 2.5m 黒", 3980),
                     ("高枝切りばさみ ギア式 軽量 3m 黒 アルミ", 5480), ("高枝切りばさみ 回転刃 1.8m 緑", 2980),
                     ("Telescopic Long Reach Pruner, 8 ft, Black", 4480)),
    "takaeda_acc": items(f"{P} > 高枝切りばさみ > 替刃・部品", ("高枝切りばさみ用 替刃 黒 ステンレス", 980),
                         ("高枝切りばさみ専用 収納ケース 黒", 1280),
                         ("Replacement Blade for Long Reach Pruner, Black", 1180)),
    "barikan": items(f"{P} > 生垣バリカン", ("生垣バリカン 充電式 刃幅36cm 緑", 8980), ("生垣バリカン 電動 コード式 45cm 緑", 5980),
                     ("生垣バリカン 軽量 ミニ 片手 ピンク", 4980), ("Cordless Hedge Trimmer, 20V, 22 in, Green", 7980)),
    "barikan_acc": items(f"{P} > 生垣バリカン > 替刃・バッテリー", ("生垣バリカン用 替刃 36cm", 2480),
                         ("生垣バリカン対応 バッテリー 18V 緑", 3980), ("生垣バリカン専用 刃カバー 緑", 680)),
    "kariko": items(f"{P} > Hedge Shears", ("刈込ばさみ 鍛造 刃渡り180mm", 2980), ("刈込鋏 軽量 アルミ柄 波刃", 2480),
                    ("植木ばさみ 刈込み 両手 ステンレス 伸縮柄", 3480)),
    "apron": items(f"{K} > ガーデンウェア", ("Canvas Garden Apron, Tool Pockets, Khaki", 2980),
                   ("Waterproof Garden Apron, Adjustable, Olive", 2480), ("ガーデンエプロン 帆布 ポケット付き ブラウン", 1980)),
    "shoes": items(f"{K} > ガーデンウェア", ("Waterproof Garden Shoes, Slip-On, Women's, Navy", 3480),
                   ("Garden Clogs, Lightweight EVA, Green", 1980), ("ガーデンシューズ 防水 レディース ベージュ", 2980)),
    "toolset": items(f"{K} > ハンドツール", ("Garden Tool Set, 3 Piece, Trowel, Cultivator, Transplanter", 2480),
                     ("Stainless Garden Tool Set with Tote, 9 Piece", 4980), ("ガーデンツールセット 5点 収納バッグ付き", 3280)),
    "noise": each(("移植ごて ステンレス 幅広", f"{K} > ハンドツール", 780), ("じょうろ 4L ハス口付き 白", f"{K} > 水やり", 1280)),
}

GH, S = "Greenhouse", "芝生・散水"
MOW, SAN = f"{S} > 芝刈り機", f"{S} > 散水"

SHIBA = {
    "gh.vinyl": items(f"{GH} > ビニール温室", ("ビニール温室 3段 家庭用 幅70cm 白", 2980),
                      ("ビニール温室 大型 ウォークイン 2×3m", 12800), ("ビニール温室 ミニ 4段 棚付き 白", 3480),
                      ("ビニール温室 簡易 2段 透明 幅60cm", 1980)),
    "gh": items(f"{GH} > 温室", ("ガラス温室 アルミフレーム 1.8×2.4m", 89800),
                ("ポリカーボネート温室 小型 白 フレーム 1.2×1.8m", 39800),
                ("Polycarbonate Greenhouse, 6x4 ft, White Frame", 45800)),
    "vinyl": items(f"{GH} > 温室資材", ("温室用 ビニール 替えカバー 3段用 白", 980),
                   ("温室ビニール 農業用 厚0.1mm 幅185cm×10m", 2480), ("温室 張り替え用 ビニール 透明 UVカット 2×5m", 1980)),
    "sheet": items(f"{S} > シート・資材", ("農業用 ビニール 透明 0.05mm 幅135cm×50m", 1680),
                   ("ビニールシート 厚手 3.6×5.4m 透明", 1480)),
    "heater": items(f"{GH} > 温室ヒーター", ("温室 ヒーター 園芸用 サーモスタット付き 300W", 6980),
                    ("温室用 ヒーター 小型 ファン付き 防滴", 4980), ("Greenhouse Heater, 750W, Thermostat", 5980)),
    "gh_acc": items(f"{GH} > 温室資材", ("温室専用 棚板 3枚組", 1280), ("温室対応 ペグ 固定用 8本", 480)),
    "mower": items(MOW, ("手動芝刈り機 リール式 刈幅30cm 赤", 9980), ("電動芝刈り機 コード式 刈幅28cm 緑", 7980),
                   ("充電式芝刈り機 刈幅33cm 赤", 19800), ("Cordless Lawn Mower, 40V, 16 in, Red", 24800)),
    "mower_acc": items(f"{MOW} > 部品", ("芝刈り機用 替刃 刈幅30cm用", 2480), ("芝刈り機専用 集草袋 赤", 1980),
                       ("Replacement Blade for 16 in Lawn Mower", 2980)),
    "clipper": items(f"{S} > 芝生バリカン", ("芝生バリカン 充電式 刈幅10cm", 5980), ("芝生用 バリカン コードレス 軽量 ハンディ", 4480),
                     ("芝生バリカン 電動 刈込幅16cm", 6980)),
    "turf": items(f"{S} > 芝生・種", ("芝生の種 西洋芝 1kg", 1980), ("天然芝 高麗芝 1平米 ロール", 2480),
                  ("人工芝 ロール 1×10m 芝丈30mm", 5980)),
    "timer": items(f"{SAN} > タイマー", ("Water Timer, Digital, Single Outlet", 3980),
                   ("Hose Faucet Timer, 2 Zone, Rain Delay", 5980), ("散水タイマー 自動水やり 蛇口取付", 3480)),
    "nozzle": items(f"{SAN} > ノズル", ("Hose Nozzle, 7 Patterns, Metal", 1280),
                    ("Garden Hose Spray Nozzle, Heavy Duty", 1480), ("散水ノズル 8パターン ワンタッチ", 980)),
    "hose": items(f"{SAN} > ホース", ("Garden Hose, 15m, Kink Resistant, Green", 2980),
                  ("Expandable Garden Hose, 30m", 3480),
                  ("ガーデンホース 20m 耐圧 防藻", 2480)),
    "meter": items(f"{GH} > Moisture Meters", ("土壌水分計 3in1 pH 照度 園芸用", 1280), ("水分計 鉢植え用 アナログ プローブ", 880),
                   ("デジタル土壌 水分計 温度計付き", 2480)),
}

SHOPS = {"irrigate": IRRIGATE, "yard": YARD, "niwa": NIWA, "shiba": SHIBA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("irrigate", "sprinkler hose", "sprinklerhose", ["hose", "soaker"], ["hosesprinkler"]),
    two_types("irrigate", "hose sprinkler", "hosesprinkler", ["sprinkler"], ["sprinklerhose"]),
    two_types("yard", "tank sprayer", "tanksprayer", ["sprayer"], ["sprayertank"]),
    two_types("yard", "sprayer tank", "sprayertank", [], ["tanksprayer"]),
    two_types("niwa", "ネットフェンス", "netfence", ["fence"], ["fencenet"]),
    two_types("niwa", "フェンス ネット", "fencenet", ["net"], ["netfence"]),
    two_types("shiba", "ビニール温室", "gh.vinyl", ["gh"], ["vinyl"]),
    two_types("shiba", "温室 ビニール", "vinyl", ["sheet"], ["gh.vinyl"]),
    # --- 2. a leading product word that modifies the head
    qualifies("irrigate", "hose hanger", ["hosehanger"], ["hose", "soaker", "sprinklerhose"]),
    qualifies("irrigate", "barrel pump", ["barrelpump"], ["barrel"]),
    qualifies("yard", "greenhouse heater", ["heater"], ["greenhouse"]),
    qualifies("yard", "seed spreader", ["spreader"], ["seed"]),
    qualifies("niwa", "支柱 クリップ", ["clip"], ["pole"]),
    qualifies("shiba", "芝生 バリカン", ["clipper"], ["turf"]),
    qualifies("shiba", "温室 ヒーター", ["heater"], ["gh"]),
    # --- 3. accessories ("for X", "Replacement ... for X", X用 / X専用 / X対応); price word + colour + type
    accessories("irrigate", "hose timer", ["timer"], ["timer_acc"]),
    accessories("irrigate", "rain barrel", ["barrel"], ["barrel_acc", "barrelpump"]),
    accessories("yard", "greenhouse", ["greenhouse"], ["gh_acc", "heater"]),
    accessories("yard", "lawn aerator", ["aerator"], ["aerator_acc"]),
    accessories("niwa", "高枝切りばさみ", ["takaeda"], ["takaeda_acc"]),
    accessories("niwa", "生垣バリカン", ["barikan"], ["barikan_acc"]),
    accessories("shiba", "温室", ["gh"], ["vinyl", "heater", "gh_acc"]),
    accessories("shiba", "芝刈り機", ["mower"], ["mower_acc"]),
    # black rain barrels: collapsible 45, stackable 69 (a grey mini one 39; black accessories 11-19)
    price("irrigate", "cheap black rain barrel", "barrel-1", ["barrel_acc", "barrelpump"]),
    # white greenhouses: walk-in 89, mini 4 tier 39, lean-to 149 (a clear tent 29, a silver polycarbonate one 549;
    # a white replacement cover 19)
    price("yard", "budget white greenhouse", "greenhouse-2", ["gh_acc", "heater"]),
    # black long-reach pruners: 2.5m 3980, 3m 5480, English 4480 (a green 1.8m one 2980; black blades and case 980-1280)
    price("niwa", "格安 黒 高枝切りばさみ", "takaeda-0", ["takaeda_acc"]),
    # green hedge trimmers: cordless 8980, corded 5980, English 7980 (a pink mini 4980; green battery and cover
    # 680-3980)
    price("niwa", "安い 緑 生垣バリカン", "barikan-1", ["barikan_acc"]),
    # white vinyl greenhouses: 3 tier 2980, mini 4 tier 3480 (a clear 2 tier 1980; white replacement vinyl 980;
    # white-framed polycarbonate ones 39800-45800)
    price("shiba", "お手頃 白 温室", "gh.vinyl-0", ["vinyl", "gh_acc", "heater"]),
    # red lawn mowers: manual 9980, cordless 19800, English 24800 (a green corded one 7980; a red grass bag 1980)
    price("shiba", "激安 赤 芝刈り機", "mower-0", ["mower_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("niwa", "ガーデンエプロン", "apron"),
    mixed("niwa", "ガーデンシューズ", "shoes"),
    mixed("niwa", "ガーデンツールセット", "toolset"),
    mixed("niwa", "hedge shears", "kariko"),
    mixed("shiba", "散水タイマー", "timer"),
    mixed("shiba", "散水ノズル", "nozzle"),
    mixed("shiba", "ガーデンホース", "hose"),
    mixed("shiba", "moisture meter", "meter"),
]

LIMITS: dict = {
    ("blind138", "two_types:irrigate:sprinkler_hose", "categories-dense"):
        "a hose sprinkler (Hose End Impact Sprinkler on Spike) ranks above a plain garden hose",
    **{("blind138", "mixed:niwa:ガーデンシューズ", s):
       "one ガーデンシューズ, then three hedge shears 刈込ばさみ (Hedge Shears tree) before the English Garden Shoes"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind138(q: Q, setup: str, known_limit):
    known_limit("blind138")
    check(q, setup, ENGINES)


def test_blind138_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "黒": "Black", "緑": "Green", "白": "White",
                                 "赤": "Red"})
