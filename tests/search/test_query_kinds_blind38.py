"""A thirty-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses together: a home
improvement store's flooring and paint aisle (English), a fitness and yoga store (English), a
Japanese cleaning and laundry shop 掃除・洗濯用品 (part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords or plain Japanese words: a
"Lint Roller" is a 粘着クリーナー, a "Laundry Basket" a ランドリーバスケット) and a Japanese camera and
audio shop カメラ・オーディオ (with English-titled imports too). Shops of 30-50 items, category paths
2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (tile trim / trim tile, モップ シート / シートモップ,
   マイクスタンド / スタンドマイク, ライトスタンド / スタンドライト);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (the English-titled items are
   needed to fill the top three), and two English queries over the Japanese shops for types whose
   titles there are (nearly) all Japanese ("fabric softener" over 柔軟剤, "tripod" over 三脚): the
   top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirty-eighth suite), as a measurement only (nothing changed for it):
86 of 95 cases pass, 33 of 37 queries in every setup (two_types 8/8 queries, 22/22 cases;
qualifies 7/7, 16/16; accessories 8/8, 20/20; price 4/6, 10/14; mixed 6/8, 17/22); the 9 failing
cases (4 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "cheap white paint tray" (a white tray liner first), "budget grey floor
tiles" (a grey bag of grout first), 粘着クリーナー (the one Japanese-titled lint roller, then vacuum
cleaners instead of the English "Lint Roller" items) and "fabric softener" (nothing returned over
the all-Japanese 柔軟剤 titles).
No test bug was found or fixed. After (an English word or pair read as the Japanese types that
mean it, `search.bilingual.japanese_words`): "fabric softener" passes; and (an item under a leaf
naming two types is the one its title names: a tray liner is no tray, a grout no tile) both price
queries pass: 92 of 95.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F, PS = "Flooring", "Paint & Supplies"
TILE, ROLL, TRAYS = f"{F} > Tile", f"{PS} > Rollers", f"{PS} > Trays & Liners"

FLOOR = {
    "tile": items(f"{TILE} > Floor Tiles", ("Porcelain Floor Tile, 12x24 in, Matte, Grey, Case of 8", 42),
                  ("Ceramic Floor Tile, 12x12 in, Slate Look, Grey, Case of 11", 29),
                  ("Stonecraft Porcelain Floor Tiles, 24x24 in, Polished, White, Case of 4", 55),
                  ("Wood Look Floor Tile, 6x36 in, Porcelain, Grey Oak, Case of 10", 48),
                  ("Hexagon Mosaic Floor Tile, 12x12 in Sheet, Black & White", 14)),
    "tile_acc": items(f"{TILE} > Tile Tools", ("Tile Spacers for Floor Tiles, 1/8 in, 250 Pack, Grey", 6),
                      ("Tile Leveling Clips for Floor Tiles, 100 Pack", 16),
                      ("Grout Haze Remover for Floor Tiles, 32 oz", 12),
                      ("Anti-Slip Treatment for Floor Tiles, 1 qt", 24)),
    "trimtile": items(f"{TILE} > Trim Tiles", ("Bullnose Trim Tile, Ceramic, 3x12 in, Gloss White", 4),
                      ("Cove Base Trim Tile, 6x6 in, Almond", 5),
                      ("Stonecraft Trim Tile, Bullnose, 3x24 in, Matte Black", 9)),
    "tiletrim": items(f"{TILE} > Tile Edging", ("Aluminium Tile Trim, L-Shape, 10mm x 8 ft, Silver", 9),
                      ("Stonecraft Tile Trim, Round Edge, PVC, 8 ft, White", 5),
                      ("Stainless Steel Tile Trim, Square Edge, 12mm x 8 ft", 15)),
    "trim": items(f"{F} > Trim & Moulding", ("Quarter Round Trim, MDF, 8 ft, Primed White", 7),
                  ("Carpet Edge Trim, Aluminium, 36 in, Gold", 12),
                  ("Floor Transition Trim, T-Molding, 72 in, Oak", 19)),
    "grout": items(f"{TILE} > Grout & Sealers", ("Sanded Grout, 10 lb, Grey", 18), ("Unsanded Grout, 7 lb, Bright White", 14),
                   ("Stonecraft Epoxy Grout, 9 lb Kit, Charcoal", 49)),
    "sealer": items(f"{TILE} > Grout & Sealers", ("Grout Sealer, Penetrating, 16 oz Spray", 12),
                    ("Stonecraft Grout Sealer, Water-Based, 1 qt", 16), ("Grout Sealer Pen, Brush Tip, Clear, 2 Pack", 9)),
    "caulk": items(f"{PS} > Caulk & Sealants", ("Siliconix 100% Silicone Caulk, 10.1 oz, White", 8),
                   ("Acrylic Latex Caulk, Paintable, 10.1 oz, White", 4), ("Kitchen & Bath Caulk, Mildew Resistant, Clear", 7)),
    "caulkgun": items(f"{PS} > Caulk & Sealants > Caulk Guns", ("Siliconix Dripless Caulk Gun, 10:1 Thrust Ratio", 14),
                      ("Heavy Duty Caulk Gun, Steel Frame, Rotating Barrel", 19),
                      ("Cordless Caulk Gun, 20V, Battery Not Included", 89)),
    "roller": items(f"{ROLL} > Paint Rollers", ("ProCoat Paint Roller Kit, 9 in Frame with Cover, Medium Nap", 12),
                    ("Mini Paint Roller, 4 in, Foam, Detail Work", 6),
                    ("Extendable Paint Roller, 9 in, Telescopic Pole, 3-6 ft", 24)),
    "rollercover": items(f"{ROLL} > Roller Covers", ("ProCoat Roller Covers for Paint Rollers, 9 in, 3/8 Nap, 3 Pack", 11),
                         ("Paint Roller Replacement Covers, Microfiber, 9 in, 2 Pack", 9),
                         ("Foam Roller Covers for Mini Paint Rollers, 4 in, 10 Pack", 7)),
    "tray": items(TRAYS, ("Mini Paint Tray, 4 in, Black, 2 Pack", 3), ("ProCoat Paint Tray, 9 in, Plastic, White", 6),
                  ("Metal Paint Tray, 9 in, Deep Well, Silver", 7), ("Paint Tray, 11 in, Heavy Duty, White", 9)),
    "liner": items(TRAYS, ("Paint Tray Liners for 9 in Trays, 10 Pack, White", 4),
                   ("ProCoat Tray Liners, Disposable, 9 in, White, 5 Pack", 3),
                   ("Tray Liners for Mini Paint Trays, 4 in, 10 Pack, Black", 2)),
    "dropcloth": items(f"{PS} > Drop Cloths", ("Canvas Drop Cloth, 9x12 ft, Heavy Duty", 24),
                       ("Plastic Drop Cloth, 9x12 ft, Clear, 5 Pack", 9)),
    "noise": each(("Painter's Tape, 1.88 in x 60 yd, Blue", f"{PS} > Tape", 7),
                  ("Putty Knife, 3 in, Flexible Steel Blade", f"{PS} > Prep Tools", 6)),
}

Y, S = "Fitness > Yoga", "Fitness > Strength"

FIT = {
    "mat": items(f"{Y} > Yoga Mats", ("Lotusflex Yoga Mat, 6mm, Non-Slip, Purple", 39), ("Eco Cork Yoga Mat, 5mm, Natural", 59),
                 ("Travel Yoga Mat, 1.5mm, Foldable, Purple", 29), ("Thick Yoga Mat, 10mm, NBR Foam, Purple", 24),
                 ("Basic Yoga Mat, 4mm, PVC, Blue", 15), ("Pro Grip Yoga Mat, 5mm, Rubber, Black", 79)),
    "matbag": items(f"{Y} > Mat Bags", ("Lotusflex Yoga Mat Bag, Full Zip, Canvas, Purple", 25),
                    ("Yoga Mat Bag with Pockets, Fits Mats up to 6mm, Black", 29),
                    ("Carry Bag for Yoga Mats, Drawstring, Purple", 14)),
    "matclean": items(f"{Y} > Mat Care", ("Lotusflex Yoga Mat Cleaner, Natural Spray, 16 oz", 14),
                      ("Yoga Mat Cleaner Wipes, 40 Count", 8), ("Mat Cleaner Spray for Yoga Mats, Lavender, 8 oz", 10)),
    "mat_acc": items(f"{Y} > Mat Care", ("Yoga Mat Strap, Adjustable Sling, Purple", 9),
                     ("Non-Slip Yoga Mat Towel for Hot Yoga, Purple", 19)),
    "block": items(f"{Y} > Blocks", ("Lotusflex Yoga Block, EVA Foam, 2 Pack, Grey", 15), ("Cork Yoga Block, 9x6x4 in", 16)),
    "band": items(f"{S} > Resistance Bands", ("Resistance Bands Set, 5 Levels, Loop Bands", 19),
                  ("Tube Resistance Bands with Handles, 11 Piece Set", 29),
                  ("Powerline Long Resistance Band, Heavy, 41 in, Black", 24),
                  ("Fabric Resistance Bands, 3 Pack, Non-Slip", 22)),
    "band_acc": items(f"{S} > Band Accessories", ("Door Anchor for Resistance Bands, 2 Pack", 8),
                      ("Replacement Handles for Resistance Bands, Foam Grip, Pair", 12),
                      ("Ankle Straps for Resistance Bands, Padded, 2 Pack", 10),
                      ("Resistance Band Replacement Carabiners, 4 Pack", 6)),
    "dumbbell": items(f"{S} > Dumbbells", ("Powerline Hex Dumbbells, Rubber, 10 lb Pair, Black", 39),
                      ("Neoprene Dumbbells, 3 lb Pair, Pink", 15), ("Vinyl Coated Dumbbells, 5 lb Pair, Black", 19),
                      ("Adjustable Dumbbells, 5-52.5 lb, Single, Grey", 199), ("Cast Iron Dumbbell, 20 lb, Black", 32)),
    "dumbbell_acc": items(f"{S} > Weight Accessories", ("Padded Grips for Dumbbells, Black, Pair", 9),
                          ("Dumbbell Replacement Collars, Spin-Lock, 4 Pack, Black", 12)),
    "rack": items(f"{S} > Storage", ("Powerline Dumbbell Rack, 3 Tier, Holds 10 Pairs, Black", 129),
                  ("A-Frame Dumbbell Rack, Compact, Black", 59), ("Dumbbell Rack Stand for Hex Dumbbells, 2 Tier", 79)),
    "kettlebell": items(f"{S} > Kettlebells", ("Powerline Cast Iron Kettlebell, 16 kg, Black", 49),
                        ("Vinyl Kettlebell, 8 lb, Teal", 19), ("Adjustable Kettlebell, 12-32 lb", 89)),
    "foamroller": items("Fitness > Recovery > Foam Rollers", ("High Density Foam Roller, 18 in, Black", 19),
                        ("Textured Foam Roller, 13 in, Blue", 22)),
    "jumprope": items("Fitness > Cardio > Jump Ropes", ("Speed Jump Rope, Adjustable, Ball Bearings", 12),
                      ("Weighted Jump Rope, 1 lb, Foam Handles", 19)),
}

SJ, LJ = "掃除用品", "洗濯用品"
VAC, MOP, DET = f"{SJ} > 掃除機", f"{SJ} > モップ", f"{LJ} > 洗剤・柔軟剤"

CLEAN = {
    "vacuum": items(VAC, ("掃除機 コードレス スティック 軽量 自立式 白", 12800), ("掃除機 紙パック式 キャニスター 強力吸引 白", 9800),
                    ("Cordless Stick Vacuum Cleaner, 25kPa, White", 14800), ("サイクロン 掃除機 コード式 コンパクト 黒", 4980),
                    ("掃除機 スティック 2way ハンディ 有線 白", 5980)),
    "filter": items(f"{VAC} > 掃除機パーツ", ("掃除機用 フィルター 交換用 HEPA 2枚入 白", 980),
                    ("フィルター 掃除機専用 サイクロン用 スポンジ 3個", 780),
                    ("Replacement HEPA Filters for Cordless Stick Vacuum, 2 Pack", 1280), ("掃除機対応 排気フィルター 白", 680)),
    "vacuum_acc": items(f"{VAC} > 掃除機パーツ", ("掃除機用 紙パック 10枚入 白", 880), ("掃除機専用 すき間ノズル 延長 2本", 580),
                        ("掃除機対応 充電スタンド 壁掛け 白", 1980)),
    "mop": items(MOP, ("回転モップ バケツ付き 水拭き 替えヘッド2枚", 3980), ("フローリング モップ 水拭き 乾拭き 伸縮 スプレー付き", 2480),
                 ("Microfiber Spray Mop, 3 Reusable Pads, 360 Swivel", 2980)),
    "sheetmop": items(MOP, ("シートモップ フローリング 伸縮 ハンドル 本体", 1280), ("シートモップ 立体 ワイドヘッド 40cm", 1680),
                      ("ウッド シートモップ 木製 ハンドル", 1980)),
    "mopsheet": items(f"{MOP} > 替えシート", ("モップシート ドライ 使い捨て 40枚", 398), ("モップシート ウェット 厚手 20枚 ミント", 498),
                      ("モップシート 汎用 マイクロファイバー 洗える 3枚", 880)),
    "mop_acc": items(f"{MOP} > 替えパーツ", ("回転モップ用 替えヘッド 2枚", 780), ("モップ専用 伸縮ハンドル 交換用", 980),
                     ("スプレーモップ対応 替えパッド マイクロファイバー 3枚", 680)),
    "sheet": items(f"{SJ} > 掃除シート", ("ウェットシート トイレ掃除 流せる 30枚", 298), ("掃除シート 窓ガラス ウェット 20枚", 348),
                   ("レンジフード 掃除シート 油汚れ 20枚", 398)),
    "garbage": items(f"{SJ} > ゴミ袋", ("ゴミ袋 45L 半透明 50枚", 298), ("ゴミ袋 70L 厚手 黒 20枚", 398)),
    "lint": items("Cleaning Tools > Lint Rollers", ("Lint Roller, 5 Rolls, 300 Sheets", 980),
                  ("Pet Hair Lint Roller, Reusable, with Cover", 1480), ("粘着クリーナー カーペット 本体 ケース付き", 498)),
    "lint_acc": items("Cleaning Tools > Lint Rollers", ("粘着クリーナー用 スペアテープ 3巻入", 398)),
    "spray": items("Cleaning Tools > Spray Bottles", ("Spray Bottle, 500ml, Empty, Fine Mist, 2 Pack", 680),
                   ("Trigger Spray Bottle, 750ml, Clear", 480), ("スプレーボトル 遮光 300ml 詰め替え", 398)),
    "net": items(f"{LJ} > 洗濯ネット", ("洗濯ネット 細かい目 角型 3枚セット 白", 598), ("洗濯ネット ブラ用 ダブル 2個", 498)),
    "hanger": items(f"{LJ} > 物干し", ("物干しハンガー ピンチ40個 ステンレス", 2980), ("物干しハンガー 角型 折りたたみ 白", 1480)),
    "detergent": items(f"{DET} > 洗濯洗剤", ("洗濯洗剤 液体 詰め替え 1.5kg", 698), ("洗剤 粉末 部屋干し 900g", 398),
                       ("Laundry Detergent Pods, 42 Count, Fresh Scent", 1580)),
    "softener": items(f"{DET} > 柔軟剤", ("柔軟剤 本体 フローラルの香り 540ml", 498), ("柔軟剤 詰め替え 超特大 1.2L 無香料", 798),
                      ("柔軟剤 部屋干し 抗菌 ボトル 600ml", 598)),
    "basket": items("Laundry > Laundry Baskets", ("Laundry Basket, Collapsible, 60L, Grey", 1980),
                    ("Laundry Basket with Handles, Plastic, White", 1280), ("ランドリーバスケット 2段 キャスター付き スリム", 3980)),
}

CJ, AJ = "カメラ", "オーディオ"
LENS, TRI, LIGHT, MIC = f"{CJ} > 交換レンズ", f"{CJ} > 三脚・一脚", f"{CJ} > 撮影照明", f"{AJ} > マイク"

CAMERA = {
    "camera": items(f"{CJ} > デジタルカメラ", ("ミラーレス一眼カメラ ボディ 2420万画素 黒", 89800),
                    ("コンパクトデジタルカメラ 光学30倍 Wi-Fi", 39800)),
    "lens": items(LENS, ("単焦点レンズ 50mm F1.8 Eマウント", 24800), ("標準ズームレンズ 18-55mm 手ブレ補正", 29800),
                  ("望遠ズームレンズ 70-300mm Zマウント", 59800), ("Wide Angle Lens 14mm F2.8, Manual Focus", 34800)),
    "lenscap": items(f"{LENS} > レンズアクセサリー", ("レンズキャップ 58mm センターピンチ 黒", 480), ("レンズ用 キャップ 49mm 紐付き 2個", 580)),
    "lens_acc": items(f"{LENS} > レンズアクセサリー", ("レンズ用 保護フィルター 58mm UVカット", 1980), ("レンズ対応 フード 花形 67mm", 1280),
                      ("Lens Cleaning Kit for Camera Lenses, Blower & Cloth", 1480)),
    "tripod": items(TRI, ("三脚 アルミ 4段 160cm 雲台付き 黒", 4980), ("カーボン 三脚 トラベル 軽量 1.2kg 黒", 19800),
                    ("Compact Travel Tripod, Aluminium, 150cm, Black", 5980), ("ミニ三脚 卓上 スマホ対応 白", 1280),
                    ("三脚 軽量 アルミ 3段 130cm 黒", 2980)),
    "tripod_acc": items(f"{TRI} > 三脚アクセサリー", ("三脚用 自由雲台 黒", 1980), ("三脚専用 キャリングケース 70cm 黒", 1480)),
    "bag": items(f"{CJ} > カメラバッグ", ("カメラバッグ ショルダー 一眼レフ 防水 黒", 4980), ("カメラバッグ リュック 大容量 PC収納", 7980),
                 ("カメラバッグ スリング 小型 グレー", 3980)),
    "strap": items(f"{CJ} > ストラップ", ("Camera Neck Strap, Leather, Brown", 2480), ("Quick Release Camera Strap, Sling, Black", 2980),
                   ("カメラストラップ 一眼レフ 速写 黒", 1980)),
    "earphone": items(f"{AJ} > イヤホン", ("ワイヤレスイヤホン Bluetooth ノイズキャンセリング 白", 8980),
                      ("イヤホン 有線 カナル型 マイク付き 黒", 1980), ("True Wireless Earbuds, ANC, 30h Battery, White", 6980),
                      ("骨伝導イヤホン オープンイヤー 黒", 12800)),
    "eartip": items(f"{AJ} > イヤホン > イヤーピース", ("イヤーピース イヤホン用 シリコン S/M/L 3ペア", 680),
                    ("Foam Ear Tips for Earbuds, Memory Foam, 3 Pairs", 980)),
    "earphone_acc": items(f"{AJ} > イヤホン > イヤホンアクセサリー", ("イヤホン専用 収納ケース シリコン", 580)),
    "headphone": items("Audio > Headphones", ("Over-Ear Headphones, Wireless, Noise Cancelling, Black", 19800),
                       ("Studio Monitor Headphones, Closed-Back, 3m Cable", 12800), ("ヘッドホン 有線 密閉型 モニター", 5980)),
    "speaker": items("Audio > Speakers", ("Portable Bluetooth Speaker, Waterproof IPX7, 20W", 6980),
                     ("Bookshelf Speakers, Powered, Pair, 50W", 14800), ("スピーカー Bluetooth 防水 小型 アウトドア", 3980)),
    "micstand": items(f"{MIC} > マイクスタンド", ("マイクスタンド 卓上 伸縮 アーム式", 2480), ("マイクスタンド ブーム 床置き 黒", 3480)),
    "standmic": items(MIC, ("スタンドマイク USB コンデンサー 卓上 配信 テレワーク", 4980), ("スタンドマイク ダイナミック 有線 ボーカル", 3980)),
    "mic": items(MIC, ("ピンマイク ワイヤレス スマホ 2個", 3980), ("ショットガンマイク カメラ 外付け", 6980)),
    "stand": items(f"{AJ} > スタンド", ("ヘッドホンスタンド アルミ 卓上", 1980), ("スピーカースタンド 2台 高さ調整", 4980)),
    "lightstand": items(f"{LIGHT} > ライトスタンド", ("ライトスタンド 2m 3段 2本セット", 3980), ("ライトスタンド エアクッション 260cm", 4980)),
    "standlight": items(f"{LIGHT} > 照明", ("スタンドライト LED 卓上 撮影 照明 調光", 2980), ("スタンドライト 物撮り 2灯 クリップ式", 3480)),
    "light": items(f"{LIGHT} > 照明", ("リングライト 18インチ 自撮り 卓上", 4980)),
}

SHOPS = {"floor": FLOOR, "fit": FIT, "clean": CLEAN, "camera": CAMERA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("floor", "tile trim", "tiletrim", ["trim"], ["trimtile"]),
    two_types("floor", "trim tile", "trimtile", ["tile"], ["tiletrim"]),
    two_types("clean", "モップ シート", "mopsheet", ["sheet"], ["sheetmop"]),
    two_types("clean", "シートモップ", "sheetmop", ["mop"], ["mopsheet"]),
    two_types("camera", "マイクスタンド", "micstand", ["stand", "lightstand"], ["standmic"]),
    two_types("camera", "スタンドマイク", "standmic", ["mic"], ["micstand"]),
    two_types("camera", "ライトスタンド", "lightstand", ["stand", "micstand"], ["standlight"]),
    two_types("camera", "スタンドライト", "standlight", ["light"], ["lightstand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("floor", "grout sealer", ["sealer"], ["grout"]),
    qualifies("floor", "caulk gun", ["caulkgun"], ["caulk"]),
    qualifies("fit", "yoga mat bag", ["matbag"], ["mat"]),
    qualifies("fit", "dumbbell rack", ["rack"], ["dumbbell"]),
    qualifies("fit", "yoga mat cleaner", ["matclean"], ["mat"]),
    qualifies("clean", "掃除機 フィルター", ["filter"], ["vacuum"]),
    qualifies("camera", "カメラバッグ", ["bag"], ["camera"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("floor", "paint roller", ["roller"], ["rollercover"]),
    accessories("floor", "floor tiles", ["tile"], ["tile_acc"]),
    accessories("fit", "yoga mats", ["mat"], ["matbag", "matclean", "mat_acc"]),
    accessories("fit", "resistance bands", ["band"], ["band_acc"]),
    accessories("clean", "掃除機", ["vacuum"], ["filter", "vacuum_acc"]),
    accessories("clean", "モップ", ["mop", "sheetmop"], ["mopsheet", "mop_acc"]),
    accessories("camera", "レンズ", ["lens"], ["lenscap", "lens_acc"]),
    accessories("camera", "イヤホン", ["earphone"], ["eartip", "earphone_acc"]),
    # white paint trays: ProCoat 6, heavy duty 9 (a black mini pair 3, a silver metal one 7; white liners 3-4)
    price("floor", "cheap white paint tray", "tray-1", ["liner"]),
    # grey floor tiles: porcelain 42, ceramic 29, wood look 48 (a black & white mosaic 14, a white one 55;
    # grey spacers 6)
    price("floor", "budget grey floor tiles", "tile-1", ["tile_acc"]),
    # purple yoga mats: Lotusflex 39, travel 29, thick 24 (a blue one 15; purple strap 9, carry bag 14,
    # Lotusflex bag 25, towel 19)
    price("fit", "cheap purple yoga mat", "mat-3", ["matbag", "matclean", "mat_acc"]),
    # black dumbbells: hex 39, vinyl 19, cast iron 32 (a pink pair 15; black grips 9, collars 12)
    price("fit", "budget black dumbbells", "dumbbell-2", ["dumbbell_acc", "rack"]),
    # white vacuums: cordless stick 12800, canister 9800, English 14800, 2way stick 5980 (a black cyclone 4980;
    # white filters 680-980, paper packs 880, charging stand 1980)
    price("clean", "激安 白 掃除機", "vacuum-4", ["filter", "vacuum_acc"]),
    # black tripods: 4-section 4980, carbon 19800, English 5980, 3-section 2980 (a white mini 1280; black ball
    # head 1980, case 1480)
    price("camera", "安い 黒 三脚", "tripod-4", ["tripod_acc"]),
    # --- 4. Japanese queries among English-titled items; English queries over (nearly) all-Japanese titles
    mixed("clean", "ランドリーバスケット", "basket"),
    mixed("clean", "粘着クリーナー", "lint"),
    mixed("clean", "スプレーボトル", "spray"),
    mixed("clean", "fabric softener", "softener"),
    mixed("camera", "ヘッドホン", "headphone"),
    mixed("camera", "スピーカー", "speaker"),
    mixed("camera", "カメラストラップ", "strap"),
    mixed("camera", "tripod", "tripod"),
]

LIMITS: dict = {
    **{("blind38", "mixed:clean:粘着クリーナー", s): "the Japanese lint roller, then vacuum cleaners (Cordless Stick Vacuum "
       "Cleaner, 掃除機) instead of the English Lint Rollers" for s in ("categories-lexical", "categories-dense",
                                                                      "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind38(q: Q, setup: str, known_limit):
    known_limit("blind38")
    check(q, setup, ENGINES)


def test_blind38_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "grey": "Grey", "purple": "Purple",
                                 "black": "Black"})
