"""A sixtieth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in shops no earlier suite uses: kitchen appliances (English:
blenders and blender jars, coffee makers and carafes, toasters, air fryers, air fryer baskets and
liners, electric kettles, food processors and their blades), school supplies (English: backpacks
and backpack rain covers, pencil cases, lunch bags, binders, calculators and their cases), Japanese
outdoor furniture アウトドア家具 (アウトドアチェア, チェアカバー, チェアクッション, テーブル, コット,
ハンモック and ハンモックスタンド; part of its category tree in English, with English-titled imports
whose Japanese names are katakana loanwords) and Japanese makeup tools メイク道具 (メイクブラシ and
ブラシクリーナー, パフ and パフケース, ハンドミラー and other ミラー, メイクポーチ, ビューラー and 替えゴム;
with English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." / "Replacement X ..." are accessories of X: a search of X ranks every real
   X above every accessory; a price word, a colour and a type put the cheapest real item of that
   colour first, no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries
   ("camping cot", "makeup brush") over Japanese-only titles: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixtieth suite), as a measurement only (nothing changed for it):
83 of 91 cases pass, 33 of 36 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 8/8, 20/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 5/8, 14/22); the 8 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "camping cot" over Japanese-only コット titles (English-titled Camp
Table / Camping Hammock / Camp Bench / Camp Chair first, no cot in the top five), メイクポーチ (the
two Japanese メイクポーチ first, then メイクブラシ items above the English Makeup / Cosmetic Pouch
imports) and パフ (two パフケース third and fourth, above the English Powder Puff imports).

After (an English word the dictionary has no loanword for reads as the catalogue's katakana types
that transliterate it: "cot", コット): camping cot passes lexically. After (a katakana word the
analyser does not know, read as the two it knows, says the type only as its first part: パフケース
is a case): パフ passes. After (a title in the other language of the wanted type is never put
below one it outscored read as no type: the English pouches above the メイクブラシ, the English-
titled camp furniture no longer above the コット on the dense side): メイクポーチ and camping cot
(dense) pass. (All the fifteenth session.)
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

KA = "Kitchen Appliances"
COFFEE, FRYER, BLEND, FP = f"{KA} > Coffee Makers", f"{KA} > Air Fryers", f"{KA} > Blenders", f"{KA} > Food Processors"

KITCHEN = {
    "carafecm": items(f"{COFFEE} > Drip Coffee Makers",
                      ("Brewline 12-Cup Carafe Coffee Maker, Programmable, Black", 59),
                      ("Brewline Thermal Carafe Coffee Maker, 10 Cup, Stainless", 89),
                      ("Morning Drip Carafe Coffee Maker with Glass Carafe, 5 Cup, White", 35)),
    "coffeemaker": items(f"{COFFEE} > Single Serve", ("Brewline Single Serve Coffee Maker, Pod & Ground, Black", 79),
                         ("Compact Single Cup Coffee Maker, Travel Mug Size, Red", 45))
    + items(f"{COFFEE} > Manual Brewers", ("Pour Over Coffee Maker, Borosilicate Glass, 600ml", 29),
            ("Cold Brew Coffee Maker, 1.5L, Airtight Lid", 25)),
    "cmcarafe": items(f"{COFFEE} > Carafes & Parts", ("Replacement Coffee Maker Carafe, 12 Cup, Glass, Black Lid", 19),
                      ("Brewline Coffee Maker Carafe, Thermal, Stainless Steel, 10 Cup", 29),
                      ("Universal Coffee Maker Carafe with Lid, 5 Cup", 15)),
    "carafe": items(f"{KA} > Coffee & Tea > Carafes", ("Glass Water Carafe with Lid, 1L", 15),
                    ("Thermal Carafe, Double Wall, 2L, Vacuum Insulated", 29)),
    "basketaf": items(FRYER, ("Crispo 5.8QT Basket Air Fryer, Digital, Black", 89),
                      ("Dual Basket Air Fryer, 8QT, 2 Independent Zones, Grey", 149),
                      ("Compact Basket Air Fryer, 2QT, Black", 49)),
    "airfryer": items(FRYER, ("Crispo Air Fryer Oven, 10QT, Rotisserie, Stainless", 129),
                      ("Air Fryer Toaster Oven Combo, 26QT, Black", 159),
                      ("Glass Bowl Air Fryer, 4QT, Visible Cooking, White", 69),
                      ("Mini Air Fryer, 1.2QT, Personal, Mint Green", 39)),
    "afbasket": items(f"{FRYER} > Air Fryer Accessories",
                      ("Replacement Air Fryer Basket for Crispo 5.8QT, Black", 25),
                      ("Air Fryer Basket, Non-Stick, 4.2QT, with Handle", 22),
                      ("Stainless Steel Air Fryer Basket Insert, Round", 18)),
    "basket": items(f"{KA} > Cooking Accessories", ("Collapsible Steamer Basket, Stainless Steel, 11 Inch", 12),
                    ("Deep Fryer Replacement Basket, 3L, Mesh", 15)),
    "afliner": items(f"{FRYER} > Air Fryer Accessories", ("Air Fryer Liners, Disposable Parchment, 100 Pack", 9),
                     ("Silicone Liners for Air Fryer, Reusable, 2 Pack, Black", 12),
                     ("Crispo Air Fryer Liners, Square, Non-Stick, Black", 10)),
    "blender": items(BLEND, ("Vortex Pro Blender, 1500W, 64oz Jar, Black", 119),
                     ("Personal Blender, Single Serve, 2 To-Go Cups, White", 29),
                     ("Vortex Countertop Blender, 10 Speeds, Glass Jar, Red", 79))
    + items(f"{BLEND} > Hand Blenders", ("Immersion Hand Blender, 800W, Stainless", 39)),
    "blender_acc": items(f"{BLEND} > Blender Parts",
                         ("Replacement Blender Jar for Vortex Blenders, 64oz, with Lid", 35),
                         ("Blender Jar Lid, Replacement, Black", 9),
                         ("Vortex Blender Blade Assembly, Replacement", 19),
                         ("Blender Jar Gasket Rings for Vortex, 4 Pack", 7)),
    "fp": items(FP, ("Choppa 10-Cup Food Processor, Slicing & Shredding Discs, Grey", 99),
                ("Mini Food Processor, 3 Cup, Chopper, White", 35),
                ("Choppa 14-Cup Food Processor, 720W, Black", 149)),
    "fpblade": items(f"{FP} > Blades & Discs", ("Food Processor Blade, S-Blade Replacement for Choppa 10-Cup", 19),
                     ("Replacement Food Processor Blade, Stainless Steel, Universal", 15),
                     ("Choppa Food Processor Blade Set, Slicing Disc & Chopping Blade", 29)),
    "noise": each(("Electric Kettle, 1.7L, Glass, Blue LED", f"{KA} > Kettles", 29),
                  ("Gooseneck Electric Kettle, Temperature Control, Matte Black", f"{KA} > Kettles", 69),
                  ("2-Slice Toaster, Wide Slots, Stainless", f"{KA} > Toasters", 29),
                  ("4-Slice Toaster, Bagel Setting, Black", f"{KA} > Toasters", 45)),
}

S = "School Supplies"
BP, CALC = f"{S} > Backpacks", f"{S} > Calculators"

SCHOOL = {
    "backpack": items(BP, ("Campus Pro School Backpack, 30L, Laptop Sleeve, Navy", 49),
                      ("Kids Backpack, Lightweight, Reflective Strips, Navy Blue", 29),
                      ("Trailpack Classic Backpack, 22L, Black", 35),
                      ("Rolling Backpack with Wheels, 18 Inch, Navy", 59),
                      ("Mini Backpack, Water Resistant, Red", 19)),
    "raincover": items(f"{BP} > Backpack Accessories", ("Backpack Rain Cover, Waterproof, 20-35L, Navy", 12),
                       ("Campus Pro Backpack Rain Cover, Reflective, Yellow", 15),
                       ("Rain Cover for School Backpacks, 30L, Black", 9)),
    "backpack_acc": items(f"{BP} > Backpack Accessories",
                          ("Replacement Shoulder Straps for Backpacks, Padded, Navy", 14),
                          ("Backpack Keychain Clip, Carabiner, 2 Pack", 6),
                          ("Chest Strap for Backpack, Adjustable, Navy", 8)),
    "pencilcase": items(f"{S} > Pencil Cases", ("Zipit Pencil Case, Large Capacity, 3 Compartments, Grey", 12),
                        ("Hard Shell Pencil Case, Pop-Up, Blue", 9),
                        ("Canvas Pencil Case, Double Zipper, Black", 7),
                        ("Pencil Case for Binder, 3-Ring, Clear Window", 6)),
    "pencil": items(f"{S} > Writing > Pencils", ("Yellow #2 Pencils, Pre-Sharpened, 24 Pack", 5),
                    ("Mechanical Pencils, 0.7mm, 10 Pack", 8),
                    ("Colored Pencils, 48 Colors, Pre-Sharpened", 14)),
    "calculator": items(CALC, ("Numera Graphing Calculator, Color Display, Black", 119),
                        ("Scientific Calculator, 240 Functions, 2-Line Display, Black", 15),
                        ("Numera Scientific Calculator, Solar, Black", 12),
                        ("Basic Calculator, Solar Power, Large Buttons, Pink", 7),
                        ("Printing Calculator, 12-Digit, White", 29)),
    "calccase": items(f"{CALC} > Calculator Cases", ("Hard Calculator Case for Graphing Calculators, Black", 9),
                      ("Calculator Case, Zipper, Shockproof, Black", 11),
                      ("Numera Calculator Case, Slim, Grey", 8)),
    "calc_acc": items(f"{CALC} > Calculator Accessories", ("Slide Cover for Numera Scientific Calculator, Black", 6),
                      ("Replacement Batteries for Calculators, LR44, 10 Pack", 4),
                      ("USB Charging Cable for Graphing Calculators", 7)),
    "noise": each(("Insulated Lunch Bag, Leakproof, Navy", f"{S} > Lunch > Lunch Bags", 15),
                  ("Kids Lunch Bag with Bottle Holder, Dinosaur", f"{S} > Lunch > Lunch Bags", 12),
                  ("Lunch Bag Cooler, Large, Black", f"{S} > Lunch > Lunch Bags", 19),
                  ("1 Inch 3-Ring Binder, Clear View, Black", f"{S} > Binders & Folders", 4),
                  ("Zipper Binder, 2 Inch, with Handle, Blue", f"{S} > Binders & Folders", 19)),
}

O, OE = "アウトドア家具", "Outdoor Furniture"
CHAIR, HAM, COT = f"{O} > チェア", f"{O} > ハンモック", f"{O} > コット"

OUTDOOR = {
    "chair": items(CHAIR, ("アウトドアチェア 折りたたみ 軽量 コンパクト 収納袋付き 黒", 2980),
                   ("アウトドアチェア ハイバック ヘッドレスト付き カーキ", 4980),
                   ("Camp Chair, Folding, Cup Holder, Heavy Duty, Black", 3480),
                   ("ローチェア アウトドア 木製 キャンバス ベージュ", 5980),
                   ("アウトドアチェア リクライニング 5段階 黒", 6980),
                   ("キャンプチェア 超軽量 アルミ 900g ネイビー", 2480)),
    "chaircover": items(f"{CHAIR} > チェアカバー", ("チェアカバー アウトドアチェア用 防水 黒", 1280),
                        ("チェアカバー キャンプチェア対応 キルティング 黒", 1980),
                        ("アウトドアチェア専用 チェアカバー ボア 冬用 ベージュ", 2480)),
    "chair_acc": items(f"{CHAIR} > チェアパーツ", ("アウトドアチェア用 替えシート 黒", 1480),
                       ("チェア用 脚カバー 滑り止め 4個 黒", 580)),
    "cushionchair": items(CHAIR, ("クッションチェア アウトドア 厚手 折りたたみ グレー", 4480),
                          ("クッションチェア リクライニング キャンプ ふかふか ベージュ", 5480),
                          ("ロースタイル クッションチェア 2WAY 黒", 3980)),
    "chaircushion": items(f"{O} > クッション", ("チェアクッション アウトドア 低反発 座布団 グレー", 1480),
                          ("チェアクッション キャンプ 折りたたみ 防水 ベージュ", 1280),
                          ("チェアクッション ハイバック用 ロング 黒", 1980)),
    "cushion": items(f"{O} > クッション", ("アウトドア クッション 座布団 折りたたみ 厚手 カーキ", 980),
                     ("レジャークッション 防水 ポータブル 2個セット", 1480)),
    "hammock": items(HAM, ("ハンモック 2人用 パラシュート生地 ツリーストラップ付き グリーン", 2980),
                     ("ハンモック 蚊帳付き キャンプ 軽量 カーキ", 3980),
                     ("Camping Hammock, Double, Nylon, with Tree Straps, Orange", 3480),
                     ("ハンモック 綿 布製 ゆったり 大型 ベージュ", 4480)),
    "hammockstand": items(f"{HAM} > ハンモックスタンド", ("ハンモックスタンド 自立式 スチール 折りたたみ", 7980),
                          ("ハンモックスタンド 木製 アーチ型 室内 屋外", 19800),
                          ("Hammock Stand, Heavy Duty Steel, 2 Person, Portable Case", 8980)),
    "hammock_acc": items(f"{HAM} > ハンモック小物", ("ハンモック用 ツリーストラップ 2本 耐荷重200kg", 1280),
                         ("ハンモック専用 アンダーキルト 防寒 グレー", 3980),
                         ("ハンモック対応 タープ 防水 3m×3m", 2980),
                         ("カラビナ ハンモック用 2個 アルミ", 580)),
    "cot": items(COT, ("コット 折りたたみ キャンプ 2WAY ロー ハイ カーキ", 5980),
                 ("コット 軽量 アルミ 耐荷重150kg 収納袋付き 黒", 6980),
                 ("キャンプ コット ワイド 幅70cm カーキ", 4980),
                 ("コット ベッド アウトドア 簡易ベッド 組み立て不要 カーキ", 7980),
                 ("ローコット ウルトラライト 1.2kg コヨーテ", 3980)),
    "cot_acc": items(f"{COT} > コット用品", ("コット用 マット 厚手 キャンプ カーキ", 2480),
                     ("コット専用 継ぎ脚 ハイ化 8本 カーキ", 1980),
                     ("コット対応 収納ケース カーキ", 1480),
                     ("コットカバー フリース 冬用 カーキ", 1980)),
    "table": items(f"{OE} > Tables", ("Folding Camp Table, Aluminium Roll-Top, 90cm, Black", 4980),
                   ("Camp Table, Adjustable Height, Bamboo, Portable", 5980),
                   ("アウトドアテーブル 折りたたみ ロール天板 アルミ", 3980),
                   ("ローテーブル 木製 キャンプ 2段 収納", 4480)),
    "lanternstand": items(f"{OE} > Lantern Stands", ("Lantern Stand, Steel Pole, 2 Hooks, Adjustable Height", 2480),
                          ("Tripod Lantern Stand, Foldable, Black", 1980),
                          ("ランタンスタンド 3段 ポール ペグ付き", 2980)),
    "bench": items(f"{OE} > Benches", ("Camp Bench, Folding, 2 Seater, Aluminium, Black", 5980),
                   ("アウトドアベンチ 折りたたみ 木製 2人掛け", 6980),
                   ("ロースタイル ベンチ 2人掛け アルミ", 4980)),
}

M, ME = "メイク道具", "Makeup Tools"
BRUSH, EYE, MIRROR = f"{M} > メイクブラシ", f"{M} > アイメイク", f"{M} > ミラー"

MAKEUP = {
    "brush": items(BRUSH, ("メイクブラシ 12本セット 熊野筆風 ケース付き ピンク", 2480),
                   ("メイクブラシ ファンデーションブラシ 高密度 平型 黒", 1280),
                   ("メイクブラシ パウダーブラシ 山羊毛 ピンク", 1980),
                   ("メイクブラシ アイシャドウ 5本セット ミニ ピンク", 980),
                   ("チークブラシ 斜めカット 白", 780)),
    "brushcleaner": items(f"{BRUSH} > ブラシクリーナー", ("ブラシクリーナー メイクブラシ用 洗浄液 150ml", 880),
                          ("ブラシクリーナー シリコンマット 吸盤付き ピンク", 580),
                          ("電動 ブラシクリーナー 乾燥機能付き 自動回転", 1980),
                          ("Makeup Brush Cleaner Mat, Silicone, Suction Cups", 650)),
    "brush_acc": items(f"{BRUSH} > ブラシ小物", ("メイクブラシ用 ケース ロール 収納 ピンク", 680),
                       ("メイクブラシ専用 スタンド 乾燥 ホルダー 白", 880),
                       ("ブラシガード メイクブラシ用 型崩れ防止 10本", 480)),
    "curler": items(f"{EYE} > ビューラー", ("ビューラー 部分用 ミニ 替えゴム付き シルバー", 880),
                    ("ビューラー 日本製 ワイド カール キープ", 1280),
                    ("ホットビューラー USB充電 まつげカール", 1980),
                    ("Eyelash Curler, Stainless Steel, Wide Angle, Rose Gold", 1480)),
    "curlerpad": items(f"{EYE} > 替えゴム", ("ビューラー 替えゴム 10個入り 汎用", 380),
                       ("ビューラー用 替えゴム シリコン 6個", 480),
                       ("ビューラー専用 替えゴム 日本製 ワイド 2個", 330),
                       ("Eyelash Curler Refill Pads, 20 Pack", 420)),
    "curler_acc": items(f"{EYE} > 替えゴム", ("ビューラー対応 収納ケース クリア", 550)),
    "handmirror": items(f"{MIRROR} > ハンドミラー", ("Hand Mirror, Double-Sided, Folding Handle, Black", 1280),
                        ("Handheld Mirror, Oval, Vintage Style, Gold", 1580),
                        ("ハンドミラー 手鏡 折りたたみ 軽量", 880),
                        ("手鏡 ハンドミラー 木製 大きめ", 1480)),
    "mirror": items(MIRROR, ("スタンドミラー 卓上 LED 3段階調光 白", 2980),
                    ("壁掛けミラー 丸型 30cm ゴールド", 2480),
                    ("Compact Mirror, Double-Sided, 1x/3x Magnifying, Silver", 980)),
    "pouch": items(f"{ME} > Pouches", ("Makeup Pouch, Travel Cosmetic Bag, Waterproof, Black", 1480),
                   ("Cosmetic Pouch, Quilted, Small, Beige", 980),
                   ("Makeup Bag, Large Capacity, Zipper, Pink", 1280),
                   ("メイクポーチ 大容量 自立 ボックス型 グレー", 1980),
                   ("メイクポーチ 小さめ 化粧ポーチ 撥水 ピンク", 1180)),
    "puff": items(f"{ME} > Puffs & Sponges", ("パフ ファンデーション用 マシュマロ 3個入り", 480),
                  ("パフ スポンジ 水で膨らむ しずく型 6個", 580),
                  ("Powder Puff, Velour, Large, 3 Pack, Beige", 650),
                  ("Air Cushion Puff, Latex-Free, 4 Pack", 520)),
    "puffcase": items(f"{ME} > Puffs & Sponges", ("パフケース 通気穴付き シリコン ピンク 2個", 380),
                      ("パフケース 持ち運び 卵型 ホワイト", 420),
                      ("Puff Case, Travel Sponge Holder, Breathable, 2 Pack", 450)),
}

SHOPS = {"kitchen": KITCHEN, "school": SCHOOL, "outdoor": OUTDOOR, "makeup": MAKEUP}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("kitchen", "carafe coffee maker", "carafecm", ["coffeemaker"], ["cmcarafe"]),
    two_types("kitchen", "coffee maker carafe", "cmcarafe", ["carafe"], ["carafecm"]),
    two_types("kitchen", "basket air fryer", "basketaf", ["airfryer"], ["afbasket"]),
    two_types("kitchen", "air fryer basket", "afbasket", ["basket"], ["basketaf"]),
    two_types("outdoor", "チェア クッション", "chaircushion", ["cushion"], ["cushionchair"]),
    two_types("outdoor", "クッションチェア", "cushionchair", ["chair"], ["chaircushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("kitchen", "food processor blade", ["fpblade"], ["fp"]),
    qualifies("school", "calculator case", ["calccase"], ["calculator"]),
    qualifies("school", "backpack rain cover", ["raincover"], ["backpack"]),
    qualifies("school", "pencil case", ["pencilcase"], ["pencil"]),
    qualifies("outdoor", "ハンモックスタンド", ["hammockstand"], ["hammock"]),
    qualifies("makeup", "ブラシクリーナー", ["brushcleaner"], ["brush"]),
    qualifies("makeup", "ビューラー 替えゴム", ["curlerpad"], ["curler"]),
    qualifies("makeup", "パフケース", ["puffcase"], ["puff"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("kitchen", "blender", ["blender"], ["blender_acc"]),
    accessories("kitchen", "air fryer", ["basketaf", "airfryer"], ["afbasket", "afliner"]),
    accessories("school", "backpack", ["backpack"], ["raincover", "backpack_acc"]),
    accessories("school", "calculator", ["calculator"], ["calccase", "calc_acc"]),
    accessories("outdoor", "ハンモック", ["hammock"], ["hammockstand", "hammock_acc"]),
    accessories("outdoor", "コット", ["cot"], ["cot_acc"]),
    accessories("makeup", "メイクブラシ", ["brush"], ["brushcleaner", "brush_acc"]),
    accessories("makeup", "ビューラー", ["curler"], ["curlerpad", "curler_acc"]),
    # black air fryers: Crispo basket 89, compact basket 49, toaster oven combo 159 (a mint green mini one 39;
    # black baskets and liners 10-25)
    price("kitchen", "cheap black air fryer", "basketaf-2", ["afbasket", "afliner"]),
    # navy backpacks: Campus Pro 49, kids 29, rolling 59 (a red mini one 19; navy rain cover and straps 8-14)
    price("school", "cheap navy backpack", "backpack-1", ["raincover", "backpack_acc"]),
    # black calculators: graphing 119, scientific 15, Numera scientific 12 (a pink basic one 7; black cases and
    # slide cover 6-11)
    price("school", "budget black calculator", "calculator-2", ["calccase", "calc_acc"]),
    # black outdoor chairs: folding 2980, English camp chair 3480, reclining 6980 (a navy camp chair 2480; black
    # chair covers, seat, leg caps and chair cushion 580-1980)
    price("outdoor", "安い 黒 アウトドアチェア", "chair-0", ["chaircover", "chair_acc", "chaircushion"]),
    # khaki cots: 2WAY 5980, wide 4980, bed 7980 (a coyote one 3980; khaki mat, legs, case and cover 1480-2480)
    price("outdoor", "格安 カーキ コット", "cot-2", ["cot_acc"]),
    # pink makeup brushes: 12 set 2480, powder 1980, eyeshadow 5 set 980 (a white cheek brush 780; a pink brush
    # case 680 and pink cleaner mat 580)
    price("makeup", "お手頃 ピンク メイクブラシ", "brush-3", ["brushcleaner", "brush_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("outdoor", "キャンプテーブル", "table"),
    mixed("outdoor", "ランタンスタンド", "lanternstand"),
    mixed("outdoor", "ベンチ", "bench"),
    mixed("outdoor", "camping cot", "cot"),
    mixed("makeup", "メイクポーチ", "pouch"),
    mixed("makeup", "ハンドミラー", "handmirror"),
    mixed("makeup", "パフ", "puff"),
    mixed("makeup", "makeup brush", "brush"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind60(q: Q, setup: str, known_limit):
    known_limit("blind60")
    check(q, setup, ENGINES)


def test_blind60_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "カーキ": "Khaki", "ピンク": "Pink", "black": "Black",
                                 "navy": "Navy"})
