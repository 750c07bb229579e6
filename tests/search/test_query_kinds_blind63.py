"""A sixty-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: golf gear (English: club
head covers, cart and stand bags and their rain covers, push carts and bag carts, laser
rangefinders), baby feeding (English: high chairs and tray covers, baby bottles and bottle
warmers, sippy and spout cups, baby food makers), Japanese handicraft 手芸 (毛糸, 編み針, ミシン and
ミシン針, 刺繍枠, ボタン, 布; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and Japanese kitchen appliances キッチン家電 (電子レンジ,
オーブントースター, ホットプレート, ミキサー, ハンドミキサー; with English-titled imports too). Shops of
30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y", "Y X用" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords of English
   imports), and two English queries over Japanese-only titles under an English category tree
   ("wool yarn" over 毛糸, "toaster oven" over オーブントースター): the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-third suite), as a measurement only (nothing changed for it):
88 of 91 cases pass, 35 of 36 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 7/8, 17/20; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 3 failing
cases (1 query, ミキサー 刃, in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`). One test bug was mended before the run, found by the well-formed check: the
baby shop's cup replacement parts sat 4 levels deep ("Baby > Feeding > Cups > Replacement Parts"),
now "Baby > Cup Replacement Parts".
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

GB, GC, GA = "Golf > Bags", "Golf > Carts & Trolleys", "Golf > Accessories"

GOLF = {
    "cartbag": items(f"{GB} > Cart Bags", ("Fairway Pro Cart Bag, 14-Way Top, Cooler Pocket, Black", 229),
                     ("Linksmaster Cart Bag, 15 Dividers, Navy/White", 189),
                     ("Ecoline Lightweight Cart Bag, 10.5 inch, Navy", 149),
                     ("Tour Series Cart Bag, Waterproof, Grey", 259)),
    "standbag": items(f"{GB} > Stand Bags", ("Fairway Pro Stand Bag, 4-Way Top, Dual Strap, Black", 179),
                      ("Ecoline Stand Bag, Lightweight 1.8kg, Red", 139),
                      ("Carry Stand Bag, 7 Dividers, Navy", 119)),
    "bag": each(("Padded Golf Travel Bag, Wheeled, Black", f"{GB} > Travel Bags", 129),
                ("Linksmaster Sunday Bag, Carry, 5 Dividers, Tan", f"{GB} > Carry Bags", 89)),
    "cartbag_acc": items(f"{GB} > Bag Accessories", ("Rain Cover for Cart Bags, Hooded, Navy", 29),
                         ("Cart Bag Replacement Strap, Padded, Navy", 15)),
    "bagstand": items(f"{GA} > Bag Stands", ("Golf Bag Stand, Steel, Driving Range, Black", 49),
                      ("Bag Stand for Cart Bags, Spring Legs", 39)),
    "bagcart": items(GC, ("Caddylite Bag Cart, 2-Wheel, Foldable, Black", 69),
                     ("Lightweight Golf Bag Cart, Pull Trolley, Grey", 59),
                     ("Bag Cart with Scorecard Holder, Aluminium, Black", 89)),
    "cart": items(GC, ("Caddylite Push Cart, 3-Wheel, One-Click Fold, Black", 199),
                  ("Fairway Pro Push Cart, Foam Wheels, Umbrella Mount, Grey", 249),
                  ("Compact Push Cart, 3-Wheel, Black", 149),
                  ("Trekker Push Cart, 4-Wheel, Seat, Black", 279)),
    "cart_acc": items(f"{GC} > Cart Accessories", ("Umbrella Holder for Push Carts, Black", 19),
                      ("Push Cart Replacement Front Wheel, Black", 24),
                      ("Scorecard Holder for Push Carts, Black", 15), ("Cup Holder for Push Carts, Black", 12)),
    "headcover": items(f"{GA} > Head Covers", ("Linksmaster Driver Head Cover, Leather, Black", 35),
                       ("Fairway Wood Head Covers, 3 Pack, Knit Pom Pom, Navy", 29),
                       ("Iron Head Covers, 10 Piece Set, Neoprene", 19)),
    "headcover.putter": items(f"{GA} > Head Covers", ("Putter Head Cover, Blade, Magnetic Closure, Black", 25)),
    "club": items("Golf > Clubs", ("Linksmaster Driver, 10.5 Degree, Graphite Shaft, Regular", 299),
                  ("Fairway Pro Iron Set, 5-PW, Steel Shafts", 599), ("Blade Putter, 34 inch, Milled Face", 129),
                  ("Complete Golf Club Set, 12 Piece, with Stand Bag", 449)),
    "rangefinder": items("Golf > Rangefinders", ("Pinseeker Laser Rangefinder, 800 Yards, Slope, 6x", 299),
                         ("Linksmaster Golf Laser Rangefinder, Flag Lock, Vibration", 199),
                         ("Compact Laser Rangefinder, 600 Yards, Rechargeable", 149)),
    "rangefinder_acc": items("Golf > Rangefinders > Rangefinder Accessories",
                             ("Magnetic Cart Mount for Laser Rangefinders", 25),
                             ("Rangefinder Replacement Battery, CR2, 2 Pack", 9),
                             ("Hard Case for Laser Rangefinder, Belt Clip", 19)),
    "noise": each(("Linksmaster Golf Glove, Cabretta Leather, Men's Left, White", f"{GA} > Gloves", 19),
                  ("All-Weather Golf Gloves, 2 Pack, White/Black", f"{GA} > Gloves", 24),
                  ("Pinseeker Tour Golf Balls, 12 Pack, White", "Golf > Balls", 39),
                  ("Distance Golf Balls, 24 Pack, Yellow", "Golf > Balls", 25),
                  ("Bamboo Golf Tees, 2-3/4 inch, 100 Pack", f"{GA} > Tees", 8)),
}

B, FEED = "Baby", "Baby > Feeding"
HC = f"{B} > High Chairs"

BABY = {
    "highchair": items(HC, ("Nestling 3-in-1 High Chair, Adjustable Height, White", 129),
                       ("Wooden High Chair, Convertible, Natural Beech", 179),
                       ("Compact Folding High Chair, 5-Point Harness, Grey", 79),
                       ("Nestling Baby High Chair, Recline, Removable Tray, White", 99),
                       ("Modern High Chair, Scandinavian Style, White/Wood", 149)),
    "highchair_acc": items(f"{HC} > High Chair Accessories", ("Replacement Straps for High Chairs, 5-Point, White", 15),
                           ("High Chair Seat Cushion, Washable, White", 29),
                           ("Universal High Chair Wheels, Replacement, 4 Pack", 19)),
    "traycover": items(f"{HC} > High Chair Accessories", ("High Chair Tray Cover, Silicone, Suction, White", 16),
                       ("Disposable Tray Covers for High Chairs, 40 Count", 12),
                       ("Nestling Replacement Tray Cover, Dishwasher Safe, Grey", 22)),
    "bottle": items(f"{FEED} > Bottles", ("Milkway Anti-Colic Baby Bottles, 260ml, 3 Pack", 24),
                    ("Glass Baby Bottles, Wide Neck, 240ml, 2 Pack", 19),
                    ("Milkway Newborn Bottle Starter Set, 4 Bottles", 34)),
    "warmer": items(f"{FEED} > Bottle Warmers", ("Milkway Bottle Warmer, Fast Heating, Digital Display", 39),
                    ("Portable Bottle Warmer, USB Rechargeable, Travel", 29),
                    ("Double Bottle Warmer and Sterilizer, 6-in-1", 49)),
    "foodmaker": items(f"{FEED} > Baby Food Makers", ("Nestling Baby Food Maker, Steamer & Blender, 4-in-1", 89),
                       ("Baby Food Maker, Steam and Blend, Glass Jar", 119),
                       ("Mini Baby Food Maker with Reheat, Grey", 69)),
    "babyfood": items(f"{B} > Food > Pouches & Jars", ("Little Spoon Organic Baby Food, Apple & Mango, 6 Pouches", 9),
                      ("Organic Baby Food Jars, Carrot Puree, 4 x 125g", 7),
                      ("Baby Food Variety Pack, Stage 1, 12 Pouches", 17)),
    "spoutcup": items(f"{FEED} > Cups", ("Nestling Spout Cup, Soft Silicone Spout, 200ml, Pink", 8),
                      ("Spout Cup with Handles, Leakproof, 6m+, Blue", 10), ("Trainer Spout Cup, 150ml, 2 Pack", 12)),
    "sippy": items(f"{FEED} > Cups", ("Nestling Sippy Cup, Weighted Straw, 260ml, Pink", 12),
                   ("Sippy Cups, Leak Proof, 2 Pack, Blue", 14), ("Toddler Sippy Cup with Handles, 300ml, Green", 9)),
    "cup": items(f"{FEED} > Cups", ("Open Training Cup, Silicone, 2 Pack", 9),
                 ("Insulated Straw Cup, Stainless, 270ml, Green", 16)),
    "spout": items(f"{B} > Cup Replacement Parts", ("Sippy Cup Spouts, Replacement, Soft Silicone, 4 Pack", 7),
                   ("Nestling Cup Spouts, Replacement, 2 Pack", 6)),
    "sippy_acc": items(f"{B} > Cup Replacement Parts", ("Replacement Valves for Sippy Cups, 6 Pack", 5),
                       ("Sippy Cup Straw Replacement, 4 Pack", 6)),
    "noise": items(f"{FEED} > Bibs", ("Silicone Bibs with Food Catcher, 2 Pack", 12),
                   ("Bandana Drool Bibs, Cotton, 5 Pack", 14)),
}

KN, EM, SW, BG = "Knitting", "Embroidery", "ソーイング", "手芸 > 手芸バッグ"

CRAFT = {
    "yarn": items(f"{KN} > Yarn", ("毛糸 メリノ ウール 並太 40g 10玉 グレー", 2980), ("極太 毛糸 アクリル 100g 5玉 ベージュ", 1480),
                  ("毛糸 コットン 合太 25g 10玉 白", 1980)),
    "yarn.bag": items(f"{KN} > Yarn", ("バッグ用 毛糸 ラフィア 40g 5玉 ナチュラル", 1980), ("バッグ用 毛糸 コットン 極太 50g 4玉", 1680)),
    "yarnbag": items(BG, ("毛糸バッグ 編み物 収納 トート 大容量 グレー", 1980), ("毛糸 バッグ 編み物用 ヤーンホルダー付き 帆布", 2480)),
    "bag": items(BG, ("ソーイングバッグ 裁縫道具 収納 キルティング", 1680), ("手芸 トートバッグ 帆布 ポケット多数 ネイビー", 1480)),
    "needle": items(f"{KN} > Needles", ("棒針 編み針 竹製 4本針 8号 30cm", 580), ("編み針 輪針 竹 60cm 7号", 680),
                    ("編み針 セット 棒針 10サイズ 竹 2本針", 1980)),
    "needle_acc": items(f"{KN} > Needles > 小物", ("編み針用 キャップ 針先カバー 10個", 330),
                        ("編み針専用 ケース ロール 布製 20本収納", 1480), ("ストッパー 編み針用 シリコン 8個", 280)),
    "stitchmarker": items(f"{KN} > Tools", ("ステッチマーカー 段数マーカー ロック式 20個", 330),
                          ("Locking Stitch Markers, 100 Pack, Assorted Colours", 680),
                          ("Stitch Markers for Knitting, Ring, 50 Pcs", 480)),
    "machine": items(f"{SW} > ミシン", ("ブラザー ミシン コンピューター 自動糸調子 白", 29800),
                     ("ジャノメ 電動ミシン 初心者 フットコントローラー付き", 19800), ("コンパクト ミシン 軽量 ハンディ 白", 9800)),
    "machine.emb": items(f"{SW} > ミシン > 刺繍ミシン", ("刺繍ミシン コンピューター 刺繍機能 内蔵模様 100種", 59800),
                         ("ブラザー 刺繍ミシン 家庭用 文字刺繍 USB接続", 49800)),
    "embthread": items(f"{EM} > Threads", ("ミシン刺繍糸 ポリエステル 40番 10色セット", 1480), ("ミシン刺繍糸 レーヨン 500m 白", 380)),
    "machineneedle": items(f"{SW} > ミシン > ミシン針", ("ミシン針 家庭用 HA×1 11号 5本", 330),
                           ("オルガン ミシン針 家庭用 14号 ニット用", 380), ("ミシン針 セット 9号 11号 14号 各3本", 580)),
    "bobbin": items(f"{SW} > ミシン > ボビン", ("ボビン 家庭用ミシン用 プラスチック 10個", 330),
                    ("Sewing Machine Bobbins, Class 15, Clear, 25 Pack", 680), ("ボビン 金属 職業用ミシン 5個", 480)),
    "hoop": items(f"{EM} > Hoops", ("刺繍枠 ブナ材 丸枠 12cm", 420), ("刺繍枠 楕円 木製 20×30cm", 880),
                  ("刺繍枠 ネジ式 真鍮金具 18cm", 680)),
    "hoop_acc": items(f"{EM} > Hoops > Hoop Accessories", ("刺繍枠用 スタンド 卓上 角度調整", 2480),
                      ("刺繍枠専用 替えネジ 真鍮 3個", 280)),
    "scissors": items(f"{SW} > ハサミ", ("裁ちばさみ 布用 ハサミ 24cm 日本製", 2980), ("布用 ハサミ 軽量 21cm 左右兼用", 1480),
                      ("布切りハサミ ステンレス 23cm", 1980)),
    "fabric": items(f"{SW} > 布", ("布 綿 100% 無地 生地 110cm幅×2m 白", 980), ("布 リネン 生地 ナチュラル 1m", 1280)),
    "button": items(f"{SW} > ボタン", ("ボタン 貝 白 13mm 12個", 580), ("ボタン シャツ用 白 11.5mm 20個", 220),
                    ("ボタン 木製 ナチュラル 15mm 10個", 180)),
    "button_acc": items(f"{SW} > ボタン", ("ボタン用 収納ケース 白 仕切り付き", 198), ("ボタン専用 台紙 白 50枚", 120)),
    "crossstitch": items(f"{EM} > Kits", ("クロスステッチ キット 初心者 花 14カウント", 1280),
                         ("Cross Stitch Kit, Cat Pattern, 14CT, Beginner", 1480), ("クロスステッチ 刺繍キット 動物 図案付き", 980)),
}

KD, CK, KA = "キッチン家電", "調理家電", "Kitchen Appliances"
MW, TO, MX, HP = f"{KD} > 電子レンジ", f"{KA} > Toaster Ovens", f"{KD} > ミキサー・ブレンダー", f"{CK} > ホットプレート"

KADEN = {
    "microwave": items(MW, ("電子レンジ 単機能 17L フラット 白", 12800), ("電子レンジ ターンテーブル 20L 50Hz 白", 9800),
                       ("アイリスオーヤマ 電子レンジ 18L ヘルツフリー 黒", 11800), ("オーブンレンジ 電子レンジ 23L スチーム 白", 29800)),
    "plate": items(f"{MW} > 電子レンジ用品", ("電子レンジ用 ターンテーブル 皿 27cm 白", 1480),
                   ("電子レンジ 皿 交換用 回転皿 24.5cm", 1280), ("電子レンジ専用 角皿 オーブン対応 白", 1680)),
    "microwave_acc": items(f"{MW} > 電子レンジ用品", ("電子レンジ用 フードカバー 飛び散り防止 白", 680),
                           ("電子レンジ専用 上置きラック 伸縮 白", 2480)),
    "toaster": items(TO, ("オーブントースター 4枚焼き 1300W 温度調節 白", 6980), ("象印 オーブントースター こんがり倶楽部 ブラック", 7980),
                     ("オーブントースター 2枚 コンパクト タイマー付き", 3980), ("スチームトースター オーブントースター 4枚 黒", 14800)),
    "toaster_acc": items(f"{TO} > Parts", ("オーブントースター用 焼き網 交換用", 880), ("トースター専用 トレー 受け皿 ステンレス", 980),
                         ("オーブントースター対応 焼き皿 ホーロー", 1280)),
    "mixer": items(MX, ("ミキサー 1.5L ガラス容器 4枚刃 白", 5980), ("ジューサー ミキサー 氷も砕ける 1000ml", 3980),
                   ("パナソニック ミキサー ファイバーミキサー 1L", 8980)),
    "blade": items(f"{MX} > 交換部品", ("ミキサー用 替え刃 4枚刃 交換用", 980), ("ミキサー 交換用 刃 ユニット パッキン付き", 1280),
                   ("ミキサー専用 カッター刃 ステンレス 6枚", 1480)),
    "handmixer": items(f"{KA} > Hand Mixers", ("ハンドミキサー 5段階 ビーター2本 白", 2980),
                       ("ハンドミキサー スタンド付き ボウル付き 300W", 5980),
                       ("Hand Mixer, 5 Speed, Stainless Beaters, White", 3480)),
    "handmixer_acc": items(f"{KA} > Hand Mixers > Attachments", ("ハンドミキサー用 ビーター 交換用 2本", 680),
                           ("ハンドミキサー専用 泡立て器 ホイップ", 780), ("ハンドミキサー対応 生地用 フック 2本", 880)),
    "hotplate": items(HP, ("ホットプレート 大型 3枚 焼肉 たこ焼き 黒", 8980), ("ホットプレート コンパクト 平面 深鍋 白", 5980),
                      ("ホットプレート 焼肉 煙少ない 黒", 6980), ("ホットプレート おしゃれ 丸型 レッド", 7980)),
    "hotplate_acc": items(f"{HP} > プレート・部品", ("ホットプレート用 たこ焼きプレート 黒 24穴", 1980),
                          ("ホットプレート対応 焼肉 プレート 黒 波型", 2480)),
    "kettle": items(f"{KD} > 電気ケトル", ("電気ケトル 1.0L 温度調節 ステンレス 黒", 4980),
                    ("Electric Kettle, 1.7L, Glass, Blue LED", 3980)),
    "foodprocessor": items(f"{KA} > Food Processors", ("フードプロセッサー 1.2L みじん切り 4枚刃", 5980),
                           ("Food Processor, 8 Cup, 3 Speed, Chopping Blade", 6980), ("フードプロセッサー 小型 離乳食 ガラス", 3980)),
    "waffle": items(f"{CK} > ワッフルメーカー", ("ワッフルメーカー ベルギー 2枚焼き", 3980), ("Waffle Maker, Mini, Non-Stick, 4 inch", 2480),
                    ("ワッフルメーカー ホットサンド 兼用 プレート交換式", 4980)),
    "airfryer": items(f"{CK} > ノンフライヤー", ("エアフライヤー 4.5L ノンフライヤー 黒", 7980),
                      ("Air Fryer, 5.5 Qt, Digital, 8 Presets", 8980), ("ノンフライヤー エアフライヤー コンパクト 2.5L 白", 5980)),
}

SHOPS = {"golf": GOLF, "baby": BABY, "craft": CRAFT, "kaden": KADEN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("golf", "cart bag", "cartbag", ["standbag", "bag"], ["bagcart"]),
    two_types("golf", "bag cart", "bagcart", ["cart"], ["cartbag"]),
    two_types("golf", "stand bag", "standbag", ["cartbag", "bag"], ["bagstand"]),
    two_types("baby", "spout cup", "spoutcup", ["sippy", "cup"], ["spout"]),
    two_types("craft", "刺繍ミシン", "machine.emb", ["machine"], ["embthread"]),
    two_types("craft", "毛糸 バッグ", "yarnbag", ["bag"], ["yarn.bag"]),
    # --- 2. a leading product word that modifies the head
    qualifies("golf", "club head covers", ["headcover"], ["club"]),
    qualifies("baby", "bottle warmer", ["warmer"], ["bottle"]),
    qualifies("baby", "baby food maker", ["foodmaker"], ["babyfood"]),
    qualifies("baby", "high chair tray cover", ["traycover"], ["highchair"]),
    qualifies("craft", "ミシン 針", ["machineneedle"], ["machine"]),
    qualifies("craft", "布 ハサミ", ["scissors"], ["fabric"]),
    qualifies("kaden", "電子レンジ 皿", ["plate"], ["microwave"]),
    qualifies("kaden", "ミキサー 刃", ["blade"], ["mixer"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("golf", "laser rangefinder", ["rangefinder"], ["rangefinder_acc"]),
    accessories("golf", "push cart", ["cart"], ["cart_acc"]),
    accessories("baby", "high chair", ["highchair"], ["highchair_acc", "traycover"]),
    accessories("baby", "sippy cups", ["sippy", "spoutcup"], ["spout", "sippy_acc"]),
    accessories("craft", "編み針", ["needle"], ["needle_acc"]),
    accessories("craft", "刺繍枠", ["hoop"], ["hoop_acc"]),
    accessories("kaden", "オーブントースター", ["toaster"], ["toaster_acc"]),
    accessories("kaden", "ハンドミキサー", ["handmixer"], ["handmixer_acc"]),
    # black push carts: Caddylite 199, Compact 149, Trekker 279 (a grey one 249; black bag carts 69-89; black
    # accessories 12-24)
    price("golf", "budget black push cart", "cart-2", ["cart_acc"]),
    # navy cart bags: Linksmaster Navy/White 189, Ecoline 149 (black 229, grey 259; a navy stand bag 119; navy
    # rain cover 29 and strap 15)
    price("golf", "cheap navy cart bag", "cartbag-2", ["cartbag_acc"]),
    # white high chairs: 3-in-1 129, Nestling recline 99, Modern White/Wood 149 (a grey one 79, a natural one 179;
    # white straps 15, cushion 29, tray cover 16)
    price("baby", "budget white high chair", "highchair-3", ["highchair_acc", "traycover"]),
    # white buttons: 貝 580, シャツ用 220 (a natural wooden set 180; a white case 198 and white cards 120)
    price("craft", "安い 白 ボタン", "button-1", ["button_acc"]),
    # white microwaves: 単機能 12800, ターンテーブル 9800, オーブンレンジ 29800 (a black one 11800; white plates
    # 1480-1680, a white cover 680 and rack 2480)
    price("kaden", "激安 白 電子レンジ", "microwave-1", ["plate", "microwave_acc"]),
    # black hot plates: 大型 8980, 焼肉 6980 (a white one 5980, a red one 7980; black plates 1980 and 2480)
    price("kaden", "お手頃 黒 ホットプレート", "hotplate-2", ["hotplate_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("craft", "ステッチマーカー", "stitchmarker"),
    mixed("craft", "ボビン", "bobbin"),
    mixed("craft", "クロスステッチ キット", "crossstitch"),
    mixed("craft", "wool yarn", "yarn"),
    mixed("kaden", "フードプロセッサー", "foodprocessor"),
    mixed("kaden", "ワッフルメーカー", "waffle"),
    mixed("kaden", "エアフライヤー", "airfryer"),
    mixed("kaden", "toaster oven", "toaster"),
]

_MIXER_BLADE = "one 刃 item first, then the three ミキサー above the other two blades (ミキサー用 替え刃, ミキサー専用 カッター刃)"
LIMITS: dict = {
    ("blind63", "qualifies:kaden:ミキサー_刃", s): _MIXER_BLADE
    for s in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind63(q: Q, setup: str, known_limit):
    known_limit("blind63")
    check(q, setup, ENGINES)


def test_blind63_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "navy": "Navy",
                                 "white": "White"})
