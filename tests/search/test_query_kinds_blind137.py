"""A hundred-and-thirty-seventh blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: hot tubs and
pool equipment (English: hot tubs, hot tub covers and cover lifters, pool pumps, filter pumps and pump
filters, pool filters, pool ladders and ladder mats), patio living and heating (English: canopy swings and
swing canopies, box cushions and cushion boxes, deck boxes, chaise lounges and chaise cushions, patio
umbrellas and umbrella bases, patio heaters and fire pits with their parts), a Japanese snow-removal and
winter shop 除雪用品・冬用品 (除雪機 and its parts, タイヤチェーン, 雪かきスコップ, ソリ, 融雪剤 and 散布機, ブーツ乾燥機;
part of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords or native words: スノーショベル, アイススクレーパー, スノーブラシ, 除雪機) and a Japanese pool, water-play
and garden shop プール・水遊び・ガーデン (ビニールプール and プールマット, 浮き輪, 水鉄砲, ガーデンパラソル, パラソルベース,
パラソルテーブル and テーブルパラソル, ガーデンチェア, ガーデンライト; with English-titled imports and part of its tree in
English). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-thirty-seventh suite), as a measurement only (nothing
changed for it): 89 of 92 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries,
18/18 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22);
the 3 failing cases (one query, スノーショベル, in all its setups: a Japanese スノーブラシ third, after
the two English "Snow Shovel" items and before the Japanese 雪かきスコップ ones) are strict xfails
(`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

PS = "Pool & Spa"
TUBS, EQUIP, LADDERS = f"{PS} > Hot Tubs", f"{PS} > Pool Equipment", f"{PS} > Ladders & Steps"

SPA = {
    "hottub": items(f"{TUBS} > Hot Tubs", ("Coastline Inflatable Hot Tub, 6-Person, Built-In Heater, Grey", 599),
                    ("Coastline Inflatable Hot Tub, 4-Person, 120 Bubble Jets, Grey", 449),
                    ("Northpine Hardshell Hot Tub, 5-Seat, 30 Jets, Grey", 4999),
                    ("Wood-Fired Hot Tub, Cedar, 6-Person", 3299),
                    ("Portable Hot Tub, Square, 4-Person, Brown", 399)),
    "hottub_acc": items(f"{TUBS} > Hot Tub Accessories", ("Headrest Pillows for Hot Tubs, 2 Pack, Grey", 39),
                        ("Hot Tub Replacement Filter Cartridges, 2 Pack", 29),
                        ("Hot Tub Replacement Cover, 4-Person Inflatable, Grey", 89),
                        ("Floating Chlorine Dispenser for Hot Tubs, Grey", 15)),
    "cover": items(f"{TUBS} > Covers", ("Northpine Hot Tub Cover, 84 x 84 in, Tapered, Grey", 399),
                   ("Spa Cover, Round, 7ft, Marine Vinyl, Brown", 329),
                   ("Hot Tub Cover Cap, Protective Shield, Grey", 79)),
    "lifter": items(f"{TUBS} > Cover Lifters", ("Northpine Cover Lifter, Under-Mount, Hot Tubs up to 8ft", 189),
                    ("Spa Cover Lifter, Hydraulic Assist", 259), ("Cover Lifter, Side-Mount, Swing-Away", 149)),
    "pump": items(f"{EQUIP} > Pumps", ("AquaForce Pool Pump, 1.5 HP, Above Ground", 249),
                  ("Variable Speed Pool Pump, 2 HP, Inground", 899), ("Pool Pump, 1 HP, Self-Priming, 115V", 199)),
    "filterpump": items(f"{EQUIP} > Filter Pumps", ("AquaForce Filter Pump, Cartridge, 1000 GPH, Above Ground Pools", 89),
                        ("Sand Filter Pump, 14in, 2100 GPH", 199), ("Filter Pump for Inflatable Pools, 530 GPH", 49)),
    "pumpfilter": items(f"{EQUIP} > Filter Cartridges", ("Pump Filter Cartridges, Type A, 6 Pack, for AquaForce Pumps", 24),
                        ("Pump Filter, Type B, Replacement Cartridge", 12),
                        ("Pump Filter Cartridge, Type D, Pleated, 2 Pack", 29)),
    "filter": items(f"{EQUIP} > Filters", ("Cartridge Filter, 100 sq ft, Inground Pools", 349),
                    ("Sand Filter, 22in Tank, Top Mount", 399), ("Diatomaceous Earth Filter, 48 sq ft", 699)),
    "pump_acc": items(f"{EQUIP} > Pump Parts", ("Pool Pump Replacement Strainer Basket", 25),
                      ("Lid O-Rings for Pool Pumps, 2 Pack", 12), ("Pool Pump Replacement Motor, 1.5 HP", 219),
                      ("Weatherproof Cover for Pool Pumps, Grey", 39)),
    "ladder": items(LADDERS, ("Above Ground Pool Ladder, A-Frame, 48-54in", 149),
                    ("Inground Pool Ladder, 3-Step, Stainless Steel", 229), ("Deck Mount Pool Ladder, Resin, 2-Step", 119)),
    "laddermat": items(LADDERS, ("Pool Ladder Mat, 23x36in, Protective Liner Pad", 19),
                       ("Ladder Mat, Non-Slip, Textured, Blue", 24), ("Ladder Mat for Above Ground Pools, Extra Large", 29)),
    "noise": each(("Floating Pool Thermometer, Duck", f"{PS} > Pool Care", 9),
                  ("Chlorine Tablets, 3in, 10 lb Bucket", f"{PS} > Chemicals", 54),
                  ("Spa Test Strips, 6-in-1, 50 Count", f"{PS} > Chemicals", 12)),
}

PA = "Patio"
FURN, HEAT = f"{PA} > Furniture", f"{PA} > Heating"

PATIO = {
    "canopyswing": items(f"{FURN} > Swings", ("Sunridge Canopy Swing, 3-Seat, Adjustable Shade, Beige", 279),
                         ("Canopy Swing, 2-Person, Steel Frame, Grey", 199),
                         ("Outdoor Canopy Swing Glider, Cushioned, Navy", 249)),
    "swing": items(f"{FURN} > Swings", ("Sunridge Porch Swing, 5ft, Cedar, Hanging Chains", 329),
                   ("Hanging Egg Swing Chair with Stand, Grey", 219), ("Wooden Porch Swing, 4ft, Natural", 189)),
    "swingcanopy": items(f"{FURN} > Swing Parts", ("Replacement Swing Canopy, 77 x 43 in, Beige", 39),
                         ("Swing Canopy, Universal Top, Waterproof, Grey", 29),
                         ("Sunridge Swing Canopy, Replacement Top, 3-Seat", 45)),
    "canopy": items(f"{PA} > Shade > Canopies", ("Pergola Canopy, Retractable, 10 x 12 ft, Beige", 89),
                    ("Gazebo Canopy, 10 x 10 ft, Khaki", 79), ("Pop-Up Canopy, 10 x 10 ft, Instant Shade, Blue", 119)),
    "boxcushion": items(f"{FURN} > Cushions", ("Sunridge Box Cushion, Deep Seat, 24 x 24 in, Beige", 59),
                        ("Outdoor Box Cushion, Bench, 48in, Navy", 69),
                        ("Box Cushion Set, 2 Pack, Water-Resistant, Grey", 89)),
    "cushion": items(f"{FURN} > Cushions", ("Sunridge Tufted Seat Cushions, 4 Pack, Beige", 79),
                     ("Outdoor Seat Cushion, Round, 16in, Red", 19)),
    "cushionbox": items(f"{PA} > Storage", ("Sunridge Cushion Box, 120 Gallon, Resin, Brown", 129),
                        ("Outdoor Cushion Box, Lockable Lid, 100 Gallon, Grey", 109),
                        ("Cushion Box, Wood Look, 70 Gallon", 89)),
    "box": items(f"{PA} > Storage", ("Sunridge Deck Box, 150 Gallon, Lockable, Brown", 159),
                 ("Deck Box, 50 Gallon, Resin, Grey", 69)),
    "chaise": items(f"{FURN} > Loungers", ("Sunridge Chaise Lounge, Adjustable Back, Aluminum, Grey", 229),
                    ("Wicker Chaise Lounge with Wheels, Brown", 299), ("Folding Chaise Lounge, Sling, Black", 99)),
    "chaisecushion": items(f"{FURN} > Cushions", ("Sunridge Chaise Cushion, 72 x 21 in, Beige", 69),
                           ("Chaise Lounge Cushion, Tufted, Navy", 59),
                           ("Chaise Cushions, Water-Resistant, Grey, 2 Pack", 109)),
    "umbrella": items(f"{PA} > Shade > Umbrellas", ("Sunridge Patio Umbrella, 9ft, Tilt, Beige", 89),
                      ("Cantilever Patio Umbrella, 10ft, Grey", 199), ("Market Umbrella, 7.5ft, Red", 59)),
    "umbrellabase": items(f"{PA} > Shade > Umbrella Bases", ("Umbrella Base, 50 lb, Cast Iron Look, Bronze", 69),
                          ("Sunridge Umbrella Base, Fillable, Black", 39),
                          ("Cantilever Umbrella Base Weights, 4 Pack", 99)),
    "heater": items(f"{HEAT} > Patio Heaters", ("Emberline Patio Heater, 48,000 BTU, Propane, Black", 199),
                    ("Pyramid Patio Heater, Glass Tube, Bronze", 349),
                    ("Electric Patio Heater, Wall Mount, 1500W, Black", 119),
                    ("Tabletop Patio Heater, 10,000 BTU, Black", 139)),
    "heater_acc": items(f"{HEAT} > Heater Parts", ("Waterproof Cover for Patio Heaters, Black", 29),
                        ("Patio Heater Replacement Thermocouple", 15), ("Wheel Kit for Patio Heaters, Black", 25),
                        ("Patio Heater Replacement Igniter", 12)),
    "firepit": items(f"{HEAT} > Fire Pits", ("Emberline Fire Pit, 30in, Steel, Bronze", 149),
                     ("Propane Fire Pit Table, 44in, Bronze", 399), ("Smokeless Fire Pit, Stainless, 19.5in", 229),
                     ("Fire Pit, 36in, Round, Wood Burning, Bronze", 119)),
    "firepit_acc": items(f"{HEAT} > Fire Pit Accessories", ("Spark Screen for Fire Pits, 30in, Bronze", 39),
                         ("Fire Pit Replacement Grate, 28in", 29), ("Round Cover for Fire Pits, 36in, Bronze", 25)),
}

JS, WG = "除雪用品", "Winter Gear"

YUKI = {
    "josetsuki": items(f"{JS} > 除雪機", ("除雪機 家庭用 電動 ハイパワー 除雪幅30cm", 39800),
                       ("エンジン 除雪機 小型 自走式 除雪幅56cm", 149800),
                       ("Electric Snow Blower, 18in, 15 Amp, Corded", 29800), ("充電式 除雪機 40V バッテリー付き", 54800)),
    "josetsuki_acc": items(f"{JS} > 除雪機 > 除雪機パーツ", ("除雪機用 カバー 防水 収納 Lサイズ", 2980),
                           ("除雪機専用 シャーボルト 交換用 10本", 1280), ("除雪機対応 スクレーパーバー 交換", 3480)),
    "chain": items("カー用品 > タイヤチェーン", ("タイヤチェーン 非金属 簡単装着 ジャッキアップ不要 195/65R15", 6980),
                   ("タイヤチェーン 金属 亀甲型 軽自動車 155/65R14", 4980), ("Snow Tire Chains, Alloy Steel, 2 Pack", 5480)),
    "chain_acc": items("カー用品 > タイヤチェーン > 小物", ("タイヤチェーン用 収納ケース", 980),
                       ("タイヤチェーン専用 ゴムバンド 交換用 2本", 1280), ("タイヤチェーン対応 装着用 手袋 マット付き", 1480)),
    "shovel": items(f"{JS} > スコップ", ("雪かきスコップ アルミ 角型 赤", 2480), ("雪かきスコップ プラスチック 軽量 赤", 1280),
                    ("雪かきスコップ 伸縮 折りたたみ 車載 青", 1980), ("Snow Shovel, Ergonomic, 18in Blade, Red", 2980),
                    ("Snow Shovel, Steel Edge, 24in, Black", 3480)),
    "shovel_acc": items(f"{JS} > スコップ > スコップ小物", ("雪かきスコップ用 替えグリップ 赤", 680),
                        ("雪かきスコップ専用 先端補強 プレート", 980), ("雪かきスコップ対応 滑り止めテープ 赤", 480)),
    "sled": items("冬のレジャー > ソリ", ("ソリ 子供用 ブレーキ付き 青", 2980), ("ソリ スノーボート 大型 2人乗り 青", 3980),
                  ("Kids Snow Sled, Toboggan, Blue", 2480), ("ヒップソリ 軽量 赤", 980)),
    "sled_acc": items("冬のレジャー > ソリ > ソリ小物", ("ソリ用 引きひも 2m 青", 480), ("ソリ専用 収納袋 青", 1280),
                      ("ソリ対応 交換用 ハンドル", 880)),
    "meltsalt": items(f"{JS} > 融雪剤", ("融雪剤 塩化カルシウム 25kg", 3980), ("融雪剤 凍結防止剤 10kg 袋", 1980),
                      ("Ice Melt, Pet Safe, 10 lb", 2480)),
    "spreader": items(f"{JS} > 融雪剤 > 散布機", ("融雪剤 散布機 手押し 大容量", 8980),
                      ("散布機 手動 肥料 融雪剤 ショルダー式", 3980), ("Broadcast Spreader for Ice Melt, Walk-Behind", 6980)),
    "boots": items(f"{WG} > Snow Boots", ("スノーブーツ メンズ 防水 防寒 黒", 4980), ("スノーブーツ レディース ファー 25cm ベージュ", 3980),
                   ("Waterproof Snow Boots, Insulated, Black", 5980)),
    "bootdryer": items(f"{WG} > Boot Dryers", ("ブーツ乾燥機 靴乾燥機 温風 タイマー付き", 4980),
                       ("ブーツ 乾燥機 ロング対応 2足同時", 6980), ("Boot Dryer, Electric, 4 Shoes, Timer", 5480)),
    "scraper": items(f"{WG} > Ice Scrapers", ("Ice Scraper, Brass Blade, 10in", 980),
                     ("Ice Scraper with Mitt, Waterproof, Fleece Lined", 1480), ("アイススクレーパー 車 霜取り 伸縮", 780)),
    "brush": items(f"{WG} > Snow Brushes", ("Snow Brush, Foam Head, 27in", 1480), ("スノーブラシ 車 伸縮 ロング", 1980),
                   ("Snow Brush, Pivoting Head, Extendable 52in", 2480)),
    "cleats": items(f"{WG} > Ice Cleats", ("滑り止め スパイク 靴用 10本ピン 着脱式", 1280),
                    ("靴底 スパイク アイゼン 簡易 雪道 凍結", 980), ("スノースパイク 靴 滑り止め 24本爪 収納袋付き", 1980)),
}

PW, GD = "Pool & Water Play", "ガーデン"

NIWA = {
    "pool": items(f"{PW} > Inflatable Pools", ("ビニールプール 家庭用 大型 2m 滑り台付き 青", 4980),
                  ("ビニールプール 丸型 120cm 子供用 水色", 1980), ("ファミリープール 長方形 3気室 262cm", 5980),
                  ("ビニールプール 屋根付き 日よけ ベビー", 2980)),
    "poolmat": items(f"{PW} > Pool Mats", ("プールマット 下敷き 厚手 2×1.5m", 1980),
                     ("プール マット クッション 滑り止め ジョイント 6枚", 2480), ("ビニールプール用 マット 保護シート 大判", 1480)),
    "ukiwa": items("水遊び > 浮き輪", ("浮き輪 子供用 70cm ストライプ", 980), ("浮き輪 大人用 120cm 大きい フラミンゴ", 2480),
                   ("Swim Ring, Inflatable, 90cm, Donut", 1280), ("浮き輪 ベビー 足入れ 座付き", 1480)),
    "ukiwa_acc": items("水遊び > 浮き輪 > 浮き輪小物", ("浮き輪用 空気入れ 手動 ハンドポンプ", 680),
                       ("浮き輪専用 補修キット 接着剤 パッチ", 480), ("浮き輪対応 電動ポンプ USB充電", 1980)),
    "gun": items("水遊び > 水鉄砲", ("水鉄砲 大容量 ポンプ式 1000ml", 1280), ("Water Gun, 2 Pack, Long Range, Kids", 1480),
                 ("水鉄砲 電動 連射 バッテリー式", 2980), ("Super Water Blaster, Backpack Tank", 2480)),
    "parasol": items(f"{GD} > パラソル", ("ガーデンパラソル 吊り下げ式 300cm ベージュ", 12800),
                     ("ガーデンパラソル 270cm 角度調整 ベージュ", 5980), ("Garden Parasol, 2.7m, Crank Tilt, Beige", 6480),
                     ("ガーデンパラソル 200cm 小型 グリーン", 3980), ("ガーデンパラソル ソーラーLED付き 270cm ベージュ", 7980)),
    "parasol_acc": items(f"{GD} > パラソル > パラソル小物", ("ガーデンパラソル専用 収納カバー ベージュ", 1480),
                         ("ガーデンパラソル対応 LEDライト 電池式", 1980), ("ガーデンパラソル用 延長ポール ベージュ", 980)),
    "parasolbase": items(f"{GD} > パラソル > パラソルベース", ("パラソルベース 注水式 ベージュ", 2480),
                         ("パラソル ベース 鋳鉄調 20kg", 3980), ("ガーデンパラソル用 ベース 4分割 ウェイト", 4980)),
    "parasoltable": items(f"{GD} > テーブル", ("パラソルテーブル ガーデンテーブル 丸型 90cm 穴あき", 6980),
                          ("パラソルテーブル 木製 角型 4人用", 9800), ("パラソルテーブル アルミ 折りたたみ 80cm", 5980)),
    "tableparasol": items(f"{GD} > パラソル", ("テーブルパラソル 卓上 小型 150cm", 2980),
                          ("テーブルパラソル ミニ 日よけ 卓上スタンド付き", 2480), ("テーブル パラソル クリップ式 110cm", 1980)),
    "table": items(f"{GD} > テーブル", ("ガーデンテーブル 折りたたみ 木製 60cm", 3980), ("ガーデンテーブル アルミ ラウンド 2人用", 5980),
                   ("Patio Side Table, Acacia Wood, Round", 4980)),
    "chair": items(f"{GD} > チェア", ("Folding Garden Chair, Acacia Wood, 2 Pack", 5980),
                   ("Garden Chair, Stackable, Resin, White", 2480), ("ガーデンチェア 折りたたみ アルミ 2脚セット", 4980),
                   ("ガーデンチェア リクライニング ハイバック", 6980)),
    "light": items("Garden > Lighting", ("Solar Garden Lights, Stake, 8 Pack", 2480), ("ガーデンライト ソーラー 埋め込み 4個", 1980),
                   ("Garden Spotlight, LED, Solar, Warm White", 1980), ("ガーデンライト LED 電源式 スポット", 3980)),
}

SHOPS = {"spa": SPA, "patio": PATIO, "yuki": YUKI, "niwa": NIWA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("spa", "filter pump", "filterpump", ["pump"], ["pumpfilter"]),
    two_types("spa", "pump filter", "pumpfilter", ["filter"], ["filterpump"]),
    two_types("patio", "canopy swing", "canopyswing", ["swing"], ["swingcanopy"]),
    two_types("patio", "swing canopy", "swingcanopy", ["canopy"], ["canopyswing"]),
    two_types("patio", "box cushion", "boxcushion", ["cushion", "chaisecushion"], ["cushionbox"]),
    two_types("patio", "cushion box", "cushionbox", ["box"], ["boxcushion"]),
    two_types("niwa", "パラソル テーブル", "parasoltable", ["table"], ["tableparasol"]),
    two_types("niwa", "テーブル パラソル", "tableparasol", ["parasol"], ["parasoltable"]),
    # --- 2. a leading product word that modifies the head
    qualifies("spa", "ladder mat", ["laddermat"], ["ladder"]),
    qualifies("spa", "cover lifter", ["lifter"], ["cover"]),
    qualifies("patio", "umbrella base", ["umbrellabase"], ["umbrella"]),
    qualifies("patio", "chaise cushion", ["chaisecushion"], ["chaise"]),
    qualifies("yuki", "ブーツ 乾燥機", ["bootdryer"], ["boots"]),
    qualifies("yuki", "融雪剤 散布機", ["spreader"], ["meltsalt"]),
    qualifies("niwa", "パラソル ベース", ["parasolbase"], ["parasol", "tableparasol"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("spa", "hot tub", ["hottub"], ["hottub_acc", "cover", "lifter"]),
    accessories("spa", "pool pump", ["pump", "filterpump"], ["pump_acc", "pumpfilter"]),
    accessories("patio", "patio heater", ["heater"], ["heater_acc"]),
    accessories("patio", "fire pit", ["firepit"], ["firepit_acc"]),
    accessories("yuki", "除雪機", ["josetsuki"], ["josetsuki_acc"]),
    accessories("yuki", "タイヤチェーン", ["chain"], ["chain_acc"]),
    accessories("niwa", "浮き輪", ["ukiwa"], ["ukiwa_acc"]),
    accessories("niwa", "ガーデンパラソル", ["parasol"], ["parasol_acc", "parasolbase"]),
    # grey hot tubs: 6-person 599, 4-person 449, hardshell 4999 (a brown portable one 399, a cedar one 3299;
    # grey accessories 15-89, grey covers 79-399)
    price("spa", "cheap grey hot tub", "hottub-1", ["hottub_acc", "cover", "lifter"]),
    # black patio heaters: Emberline 199, electric wall mount 119, tabletop 139 (a bronze pyramid 349;
    # black accessories 25-29)
    price("patio", "cheap black patio heater", "heater-2", ["heater_acc"]),
    # bronze fire pits: Emberline 149, fire pit table 399, 36in round 119 (a stainless one 229; bronze
    # accessories 25-39)
    price("patio", "budget bronze fire pit", "firepit-3", ["firepit_acc"]),
    # red snow shovels: aluminium 2480, plastic 1280, English 2980 (a blue one 1980, a black English one 3480;
    # red accessories 480-680)
    price("yuki", "安い 赤 雪かきスコップ", "shovel-1", ["shovel_acc"]),
    # blue sleds: with brake 2980, snow boat 3980, English toboggan 2480 (a red hip sled 980; blue accessories
    # 480-1280)
    price("yuki", "激安 青 ソリ", "sled-2", ["sled_acc"]),
    # beige garden parasols: hanging 12800, 270cm 5980, English 6480, solar 7980 (a green 200cm one 3980;
    # beige accessories 980-1480, a beige base 2480)
    price("niwa", "お手頃 ベージュ ガーデンパラソル", "parasol-1", ["parasol_acc", "parasolbase"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("yuki", "スノーショベル", "shovel"),
    mixed("yuki", "アイススクレーパー", "scraper"),
    mixed("yuki", "スノーブラシ", "brush"),
    mixed("yuki", "ice cleats", "cleats"),              # Japanese titles under "Winter Gear > Ice Cleats"
    mixed("niwa", "ガーデンチェア", "chair"),
    mixed("niwa", "ガーデンライト", "light"),
    mixed("niwa", "水鉄砲", "gun"),
    mixed("niwa", "inflatable pool", "pool"),           # Japanese titles under "Pool & Water Play > Inflatable Pools"
]

LIMITS: dict = {
    ("blind137", "mixed:yuki:スノーショベル", "categories-lexical"):
        "スノーショベル: a スノーブラシ (snow brush) third, after the two English Snow Shovels, above the 雪かきスコップ",
    ("blind137", "mixed:yuki:スノーショベル", "categories-dense"):
        "スノーショベル: a スノーブラシ (snow brush) third, after the two English Snow Shovels, above the 雪かきスコップ",
    ("blind137", "mixed:yuki:スノーショベル", "categories-latin-only"):
        "スノーショベル: a スノーブラシ (snow brush) third, after the two English Snow Shovels, above the 雪かきスコップ",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind137(q: Q, setup: str, known_limit):
    known_limit("blind137")
    check(q, setup, ENGINES)


def test_blind137_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"grey": "Grey", "black": "Black", "bronze": "Bronze", "赤": "Red", "青": "Blue",
                                 "ベージュ": "Beige"})
