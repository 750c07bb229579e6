"""An eighth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: sports and fitness
(English), arts and crafts (English), Japanese pet goods ペット用品 and Japanese phone and PC
accessories スマホ・PC周辺機器, the Japanese shops with English-titled imports (katakana loanwords
such as ハーネス / Harness, マウス / Mouse) and the phone shop's category tree partly in English.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: English "... for X", "X Replacement ..." and Japanese "X用 Y", "Y X用",
   "X専用 Y", "X対応 Y" are accessories of X: a search of X ranks every real X above every
   accessory ("犬用 リード" is a real leash: 犬 is no product); a price word, a colour and a type
   put the cheapest real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries in a shop where some items have English titles, or Japanese titles under
   an English category tree: the top three are of the query's kind, whatever their language.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30, as a measurement only (nothing changed for it): 85 of 88 cases pass,
33 of 34 queries in all their setups; the 3 failing cases (スマホケース in each setup: earphone cases
above phone cases titled by model) are strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

SF = "Sports & Fitness"
STORE, STRENGTH, CARDIO = f"{SF} > Gym Storage", f"{SF} > Strength Training", f"{SF} > Cardio"

FITNESS = {
    "matrack": items(f"{STORE} > Mat Racks", ("Corefit Yoga Mat Rack, Wall Mounted, Holds 6 Mats", 39),
                     ("Ironpeak Mat Rack, Freestanding, 3 Tier, Black", 79),
                     ("Yoga Mat Rack and Foam Roller Holder, Wooden", 59)),
    "rack": items(f"{STORE} > Weight Racks", ("Ironpeak Dumbbell Rack, 3 Tier, Holds 10 Pairs", 119),
                  ("Olympic Weight Plate Rack, Vertical, 6 Pegs", 99),
                  ("Barbell Rack, Wall Mounted, Holds 6 Bars", 49)),
    "rack.kb": items(f"{STORE} > Kettlebell Racks", ("Ironpeak Kettlebell Rack, 2 Tier, Holds 8 Kettlebells", 129),
                     ("Kettlebell Rack, Floor Standing, Powder Coated, Black", 89),
                     ("Compact Kettlebell Storage Rack, 3 Shelves", 69)),
    "rackmat": items(f"{SF} > Gym Flooring", ("Ironpeak Rack Mat, Rubber, 6mm, 180x120cm", 69),
                     ("Squat Rack Mat, Interlocking Tiles, 8 Pack, Black", 45),
                     ("Heavy Duty Rack Mat for Power Racks, 240x120cm", 99)),
    "mat": items(f"{SF} > Yoga > Yoga Mats", ("Corefit Yoga Mat, 6mm, Non Slip, Purple", 29),
                 ("TPE Yoga Mat, 8mm, Extra Thick, Blue", 25), ("Natural Rubber Yoga Mat, 4mm, Black", 59))
    + items(f"{SF} > Exercise Mats", ("Folding Exercise Mat, 180x60cm, 4 Panel, Black", 35)),
    "matstrap": items(f"{SF} > Yoga > Yoga Accessories", ("Corefit Yoga Mat Strap, Adjustable Sling, Cotton", 9),
                      ("Mat Carrying Strap with Hook and Loop, 2 Pack", 8),
                      ("Yoga Mat Strap and Stretch Belt, 2 in 1, 250cm", 12)),
    "kettlebell": items(f"{STRENGTH} > Kettlebells", ("Ironpeak Cast Iron Kettlebell, 12kg, Black", 39),
                        ("Vinyl Kettlebell, 8kg, Pink", 25), ("Competition Kettlebell, 16kg, Steel, Yellow", 69),
                        ("Adjustable Kettlebell, 5-18kg", 129)),
    "jumprope": items(f"{CARDIO} > Jump Ropes", ("Speedline Speed Jump Rope, Adjustable 3m, Black", 12),
                      ("Weighted Jump Rope, 1kg Handles, Black", 24), ("Jump Rope with Digital Counter, Black", 15),
                      ("Beaded Jump Rope, Segmented, Rainbow", 9), ("Kids Jump Rope, Wooden Handles, Red", 7)),
    "jumprope_acc": items(f"{CARDIO} > Jump Rope Accessories", ("Replacement Cable for Speed Jump Rope, 3m, Black", 5),
                          ("Jump Rope Replacement Handles, Aluminium, Black", 10),
                          ("Carry Pouch for Jump Ropes, Black", 4),
                          ("Jump Rope Mat, 90x150cm, Shock Absorbing, Black", 29)),
    "roller": items(f"{SF} > Recovery > Foam Rollers", ("Corefit Foam Roller, 45cm, High Density, Black", 22),
                    ("Textured Foam Roller, 33cm, Hollow Core, Orange", 25), ("Vibrating Foam Roller, 4 Speeds", 89)),
    "roller_acc": items(f"{SF} > Recovery > Recovery Accessories",
                        ("Replacement Cover for 45cm Foam Roller, Grey", 12),
                        ("Foam Roller Replacement Core, 33cm, EVA", 9), ("Wall Mount for Foam Rollers, Holds 3", 19)),
    "noise": each(("Ironpeak Hex Dumbbells, Pair, 10kg, Rubber Coated", f"{STRENGTH} > Dumbbells", 45),
                  ("Adjustable Dumbbell Set, 2-24kg, with Tray", f"{STRENGTH} > Dumbbells", 249),
                  ("Resistance Bands Set, 5 Levels, Latex", f"{STRENGTH} > Resistance Bands", 15),
                  ("Fabric Resistance Band, Hip Loop, 3 Pack", f"{STRENGTH} > Resistance Bands", 19),
                  ("Gym Bag, 40L, with Shoe Compartment, Black", f"{SF} > Bags > Gym Bags", 35),
                  ("Duffel Gym Bag, Waterproof, 30L, Navy", f"{SF} > Bags > Gym Bags", 29)),
}

A = "Arts & Crafts"
DRAW, PAINT = f"{A} > Drawing", f"{A} > Painting"

ARTS = {
    "pencileraser": items(f"{DRAW} > Erasers", ("Artline Pencil Eraser, Vinyl, Dust Free, 3 Pack", 4),
                          ("Kneadable Pencil Eraser, Grey, 4 Pack", 5),
                          ("Precision Pencil Eraser Pen, Refillable, 2.3mm", 6)),
    "eraser": items(f"{DRAW} > Erasers", ("Kneaded Eraser, Large, Grey", 3), ("Vinyl Eraser, White, 2 Pack", 2),
                    ("Electric Eraser, Battery Operated, 30 Refills", 15)),
    "eraserpencil": items(f"{DRAW} > Pencils", ("Artline Eraser Pencil with Brush, Peelable, 2 Pack", 5),
                          ("Eraser Pencil, Wood Cased, for Fine Highlights", 3),
                          ("Sharpenable Eraser Pencils, 6 Pack", 7)),
    "pencil": items(f"{DRAW} > Pencils", ("Artline Graphite Pencils, 12 Pack, 8B-2H", 9),
                    ("Coloured Pencils, 72 Set, Tin", 24), ("Charcoal Pencils, Soft, 6 Pack", 8),
                    ("Watercolour Pencils, 24 Colours", 18)),
    "brush": items(f"{PAINT} > Paint Brushes", ("Artline Paint Brush Set, 15 Pieces, Nylon, Acrylic and Oil", 14),
                   ("Round Sable Brush, Size 6, Watercolour", 12), ("Flat Brushes, 6 Pack, Synthetic Bristle", 9)),
    "brushcleaner": items(f"{PAINT} > Brush Care", ("Artline Brush Cleaner, Odourless, 250ml", 8),
                          ("Brush Cleaner and Restorer, 500ml", 12), ("Brush Cleaner Soap, Solid, 85g", 7)),
    "paint": items(f"{PAINT} > Acrylic Paints", ("Artline Acrylic Paint Set, 24 x 22ml Tubes", 19),
                   ("Heavy Body Acrylic Paint, 120ml, Titanium White", 9),
                   ("Acrylic Pouring Paint, 8 Colours, 60ml", 16)),
    "palette": items(f"{PAINT} > Palettes", ("Porcelain Palette, 10 Wells, 18cm", 11),
                     ("Wooden Palette, Oval, 30x40cm", 13),
                     ("Stay Wet Palette with Lid, 20 Sheets", 18)),
    "paletteknife": items(f"{PAINT} > Painting Knives", ("Artline Palette Knife Set, 5 Pieces, Stainless Steel", 9),
                          ("Palette Knife, Offset, Flexible, 10cm", 5), ("Wooden Handle Palette Knives, 3 Pack", 8)),
    "canvas": items(f"{PAINT} > Canvases", ("Stretched Canvas, 40x50cm, Cotton, 3 Pack", 24),
                    ("Canvas Panels, 20x25cm, 10 Pack", 15)),
    "sketchbook": items(f"{DRAW} > Sketchbooks", ("Sketchbook, A4, 100 Sheets, 110gsm, Spiral", 9),
                        ("Hardbound Sketchbook, A5, Black", 12)),
    "easel": items(f"{PAINT} > Easels", ("Meeden Studio H-Frame Easel, Beech Wood", 129),
                   ("Tabletop Easel, Adjustable, Pine", 12), ("Aluminium Field Easel, Tripod, Black", 29),
                   ("Tabletop Display Easel, Metal, Black", 15), ("French Box Easel, Walnut", 89),
                   ("A-Frame Easel, Double Sided, Black", 45)),
    "easel_acc": items(f"{PAINT} > Easel Accessories", ("Carry Bag for Field Easel, Black", 14),
                       ("Easel Replacement Knobs, Black, 4 Pack", 6), ("Canvas Clamp for Studio Easels, Black", 9),
                       ("Easel Replacement Tray, Black, 60cm", 11)),
}

P = "ペット用品"
DOG, CAT = f"{P} > 犬用品", f"{P} > 猫用品"

PET = {
    "cage": items(f"{P} > ケージ・サークル", ("犬用 ケージ 屋根付き 小型犬 トレー付き 白", 6980),
                  ("猫用 ケージ 2段 キャスター付き 白", 9800), ("ペットケージ 折りたたみ 小型犬 黒", 4980),
                  ("Wire Dog Cage, Folding, 2 Doors, 91cm", 8980)),
    "cage_acc": items(f"{P} > ケージ用品", ("ケージ用 給水ボトル 500ml 取り付け式 白", 980),
                      ("交換トレー ケージ用 小型犬 白", 1480), ("ケージ専用 カバー 遮光 メッシュ 白", 1980),
                      ("ケージ対応 ハンモック 猫 2段用", 1280)),
    "leash": items(f"{DOG} > リード", ("犬用 リード ナイロン 1.2m 赤", 980), ("伸縮リード 5m 小型犬 赤", 1980),
                   ("リード 本革 中型犬 赤", 2980), ("犬用 リード 反射 夜間 黒", 780), ("Dog Lead, Nylon, 1.5m, Red", 1280)),
    "leash_acc": items(f"{DOG} > リード用品", ("リード用 うんち袋ケース 赤", 580), ("ハンドルカバー リード用 赤", 480),
                       ("リード専用 LEDライト 赤", 680), ("リード対応 カラビナ 2個 赤", 380)),
    "scoop": items(f"{CAT} > 猫砂用品", ("猫砂スコップ 大きめ 目詰まりしない", 780),
                   ("猫砂 スコップ スタンド付き 抗菌", 1180), ("猫砂用 スコップ ステンレス 2個", 980)),
    "litter": items(f"{CAT} > 猫砂", ("猫砂 紙 固まる 7L×4袋", 2480), ("猫砂 ベントナイト 無香料 10L", 1280),
                    ("猫砂 おから 流せる 6L×3袋", 1980), ("Cat Litter, Clumping, Unscented, 10kg", 1880)),
    "stocker": items(f"{P} > フード用品", ("フードストッカー 密閉 3kg 計量カップ付き", 1680),
                     ("フード ストッカー 真空保存 ペット 5kg", 2980), ("ペットフード ストッカー キャスター付き 10kg", 3480)),
    "food.dog": items(f"{DOG} > ドッグフード", ("ドッグフード ドライ 国産 チキン 3kg", 2980),
                      ("ドッグフード ウェット 缶 12個", 2480)),
    "food.cat": items(f"{CAT} > キャットフード", ("キャットフード ドライ まぐろ味 2.5kg", 1680),
                      ("キャットフード 総合栄養食 室内猫 1.6kg", 1480), ("Cat Food, Grain Free, Salmon, 1.5kg", 2280),
                      ("Adult Dry Cat Food, Chicken, 2kg", 1980)),
    "harness": items(f"{DOG} > ハーネス", ("犬用 ハーネス メッシュ 小型犬 ピンク", 1480),
                     ("Dog Harness, No Pull, Reflective, Medium", 2480),
                     ("Step-In Dog Harness, Padded, Small, Blue", 1680),
                     ("Cat Harness and Leash Set, Escape Proof", 1980)),
    "carrier": items(f"{P} > キャリー", ("Pet Carrier Bag, Airline Approved, Soft Sided, Grey", 3980),
                     ("Cat Carrier, Hard Shell, Top Loading", 4480), ("キャリーバッグ 猫 小型犬 リュック型", 3480)),
    "collar": items(f"{P} > 首輪", ("猫用 首輪 鈴付き 安全バックル 赤", 680), ("犬用 首輪 革 中型犬 ブラウン", 1980),
                    ("Dog Collar, Nylon, Adjustable, Black", 980)),
    "noise": each(("Automatic Pet Water Fountain, 2L, Filter", f"{P} > 給水器", 3480),
                  ("Cat Scratching Post, Sisal, 60cm", f"{CAT} > 爪とぎ", 1980),
                  ("Squeaky Dog Toy Set, 6 Pieces", f"{DOG} > おもちゃ", 1280)),
}

PC, EL = "スマホ・PC周辺機器", "Electronics"
COMP = f"{EL} > Computer Accessories"

PHONE = {
    "standlight": items(f"{PC} > ライト > デスクライト", ("スタンドライト LED 調光 調色 USB給電 白", 2980),
                        ("LEDスタンドライト 折りたたみ 充電式 3段階調光", 2480),
                        ("スタンドライト クランプ式 目に優しい 黒", 3980)),
    "light": items(f"{PC} > ライト", ("リングライト 10インチ 自撮り 3色モード", 1980),
                   ("クリップライト USB LED フレキシブルアーム", 1280), ("モニターライト 掛け式 USB給電 黒", 3480)),
    "lightstand": items(f"{PC} > 撮影機材", ("ライトスタンド 撮影用 最大200cm アルミ", 2480),
                        ("ライトスタンド 卓上 ミニ 伸縮 40cm", 1580), ("ライトスタンド 2本セット 照明用 折りたたみ", 3980)),
    "stand": items(f"{PC} > スタンド", ("スマホスタンド 卓上 角度調整 アルミ", 1280),
                   ("タブレットスタンド 折りたたみ 4〜13インチ対応", 1580),
                   ("ノートパソコンスタンド 10段階 高さ調整 シルバー", 2480),
                   ("Laptop Stand, Aluminium, Adjustable, Silver", 2980)),
    "keyboard": items(f"{COMP} > Keyboards", ("ワイヤレス キーボード 静音 テンキー付き 黒", 2480),
                      ("メカニカル キーボード 青軸 87キー 黒", 5980), ("キーボード Bluetooth 薄型 3台切替 白", 3480),
                      ("Mechanical Keyboard, 87 Keys, Brown Switch, Black", 6980),
                      ("キーボード USB 有線 日本語配列 黒", 1480), ("キーボード 有線 コンパクト 白", 1280)),
    "keyboard_acc": items(f"{COMP} > Keyboard Accessories", ("キーボード用 リストレスト 低反発 黒", 980),
                          ("キーボード専用 防塵カバー シリコン 黒", 680), ("キーボード対応 スライドトレー 引き出し 黒", 2980),
                          ("交換キーキャップ キーボード用 PBT 黒", 1980)),
    "mouse": items(f"{COMP} > Mice", ("ワイヤレスマウス 静音 2.4GHz 5ボタン 黒", 1280), ("Bluetooth マウス 充電式 薄型 白", 1980),
                   ("Wireless Mouse, Ergonomic, Vertical, Black", 2980), ("Gaming Mouse, RGB, 16000 DPI", 3980)),
    "mousepad": items(f"{COMP} > Mouse Pads", ("マウスパッド 大型 900×400mm 黒", 1280),
                      ("マウスパッド リストレスト付き 疲れにくい", 980), ("ゲーミング マウスパッド 滑り止め 布製", 1480)),
    "earphone": items(f"{PC} > オーディオ > イヤホン", ("ワイヤレスイヤホン Bluetooth 5.3 ノイズキャンセリング 黒", 3980),
                      ("有線イヤホン カナル型 マイク付き 3.5mm", 980),
                      ("Wireless Earphones, Bluetooth 5.3, 40H Playtime, White", 2980),
                      ("Sports Earphones, Ear Hook, IPX7", 2480)),
    "earcase": items(f"{PC} > オーディオ > イヤホンアクセサリー", ("イヤホンケース シリコン カラビナ付き", 880),
                     ("イヤホン ケース ハード 収納 ポーチ", 1180), ("イヤホンケース 革 小物入れ ブラウン", 1480)),
    "phonecase": items(f"{EL} > Phone Accessories > Cases", ("iPhone 15 ケース 手帳型 カード収納 黒", 1980),
                       ("Galaxy S24 ケース 耐衝撃 クリア", 1480), ("Pixel 8 ケース シリコン ネイビー", 1280),
                       ("Clear Phone Case for iPhone 15, MagSafe Compatible", 1780),
                       ("スマホケース 全機種対応 手帳型 ベルトなし 黒", 1680)),
    "charger": items(f"{EL} > Chargers", ("USB充電器 20W PD 急速 コンパクト 白", 1480),
                     ("急速充電器 65W GaN 3ポート 折りたたみ", 3980), ("GaN Charger, 65W, 3 Ports, USB-C, White", 3480)),
    "cable": items(f"{EL} > Cables", ("USB-C ケーブル 1m 急速充電 2本セット", 980), ("Lightning ケーブル 2m MFi認証 白", 1280),
                   ("充電ケーブル 3in1 USB-C Lightning Micro USB", 1180)),
}

SHOPS = {"fitness": FITNESS, "arts": ARTS, "pet": PET, "phone": PHONE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("fitness", "mat rack", "matrack", ["rack"], ["rackmat"]),
    two_types("fitness", "rack mat", "rackmat", ["mat"], ["matrack"]),
    two_types("arts", "pencil eraser", "pencileraser", ["eraser"], ["eraserpencil"]),
    two_types("arts", "eraser pencil", "eraserpencil", ["pencil"], ["pencileraser"]),
    two_types("phone", "スタンドライト", "standlight", ["light"], ["lightstand"]),
    two_types("phone", "ライト スタンド", "lightstand", ["stand"], ["standlight"]),
    # --- 2. a leading product word that modifies the head
    qualifies("fitness", "kettlebell rack", ["rack.kb"], ["kettlebell"]),
    qualifies("fitness", "mat strap", ["matstrap"], ["mat"]),
    qualifies("arts", "brush cleaner", ["brushcleaner"], ["brush"]),
    qualifies("arts", "palette knife", ["paletteknife"], ["palette"]),
    qualifies("arts", "paint brush", ["brush"], ["paint"]),
    qualifies("pet", "猫砂 スコップ", ["scoop"], ["litter"]),
    qualifies("pet", "フード ストッカー", ["stocker"], ["food"]),
    qualifies("phone", "マウス パッド", ["mousepad"], ["mouse"]),
    qualifies("phone", "イヤホン ケース", ["earcase"], ["earphone"]),
    # --- 3. accessories ("for X", "X Replacement", X用 Y, Y X用, X専用 Y, X対応 Y); price word + colour + type
    accessories("fitness", "jump rope", ["jumprope"], ["jumprope_acc"]),
    accessories("fitness", "foam roller", ["roller"], ["roller_acc"]),
    accessories("arts", "easel", ["easel"], ["easel_acc"]),
    accessories("pet", "ケージ", ["cage"], ["cage_acc"]),
    accessories("pet", "リード", ["leash"], ["leash_acc"]),
    accessories("phone", "キーボード", ["keyboard"], ["keyboard_acc"]),
    # black jump ropes: Speedline 12, weighted 24, counter 15 (beaded 9 and kids' red 7 are not black;
    # black accessories 4-29)
    price("fitness", "cheap black jump rope", "jumprope-0", ["jumprope_acc"]),
    # black easels: field 29, tabletop display 15, A-frame 45 (a pine tabletop one 12; black accessories 6-14)
    price("arts", "cheap black easel", "easel-3", ["easel_acc"]),
    # red leashes: 犬用 ナイロン 980, 伸縮 1980, 本革 2980, English 1280 (a black one 780; red accessories 380-680)
    price("pet", "安い 赤 リード", "leash-0", ["leash_acc"]),
    # white cages: 犬用 6980, 猫用 9800 (a black one 4980, the English one 8980; white accessories 980-1980)
    price("pet", "お手頃 白 ケージ", "cage-0", ["cage_acc"]),
    # black keyboards: ワイヤレス 2480, メカニカル 5980, English 6980, 有線 日本語配列 1480 (a white one 1280;
    # black accessories 680-2980)
    price("phone", "格安 黒 キーボード", "keyboard-4", ["keyboard_acc"]),
    # --- 4. Japanese queries: English-titled imports (katakana loanwords), English category trees
    mixed("pet", "キャットフード", "food.cat"),
    mixed("pet", "ハーネス", "harness"),
    mixed("pet", "キャリーバッグ", "carrier"),
    mixed("pet", "猫砂", "litter"),
    mixed("phone", "マウス", "mouse"),
    mixed("phone", "イヤホン", "earphone"),
    mixed("phone", "スマホケース", "phonecase"),
    mixed("phone", "充電器", "charger"),
]

WHY_PHONE_CASE = ("after the one title that says スマホケース come the three イヤホンケース (earphone cases): "
                  "iPhone / Galaxy / Pixel ケース under Electronics > Phone Accessories > Cases are not read as "
                  "スマホ cases")
LIMITS = {
    ("blind8", "mixed:phone:スマホケース", s): WHY_PHONE_CASE
    for s in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind8(q: Q, setup: str, known_limit):
    known_limit("blind8")
    check(q, setup, ENGINES)


def test_blind8_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "黒": "Black", "赤": "Red", "白": "White"})
