"""A forty-seventh blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies (earlier suites used some of the same
trades, never these shops or queries): home office furniture and ergonomics (English: desks, desk
shelves and shelf desks, standing desks and their parts, desk converters, office chairs and chair
parts, chair mats, keyboard trays, monitor arms, footrests), party supplies and gift wrap (English:
balloons, balloon pumps, candles, candle tins and tin candles, wrapping paper, tape and tape
dispensers, gift bags, banners, ribbons), a Japanese fishing tackle shop 釣り具 (釣り竿, リール,
リールオイル, ルアーケース, 仕掛けケース, 釣り糸, クーラーボックス, タックルボックス, ロッドケース,
ライフジャケット; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords) and a Japanese cosmetics and skincare shop コスメ・スキンケア (化粧水,
乳液, 日焼け止め, メイクブラシ, ファンデーション, クレンジング, 化粧ポーチ, パフケース; part of its
category tree in English, with English-titled imports). Shops of 30-50 items, category paths 2-3
levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a "Shelf Desk" for "desk shelf", a ケース付き ルアー set
   for ルアーケース, a ポーチ付き メイクブラシ set for ブラシポーチ);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords over
   English-titled imports), and three English queries over Japanese-only titles (a shopper typing
   English in a Japanese shop: "fishing line" over 釣り糸 / PEライン, "sunscreen" over 日焼け止め
   under a Japanese category, "makeup pouch" over 化粧ポーチ under an English category): the top
   three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-seventh suite), as a measurement only (nothing changed for it):
81 of 94 cases pass, 32 of 37 queries in every setup (two_types 5/8 queries, 11/20 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 6/8, 17/21); the 13 failing
cases (5 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ルアーケース and 仕掛けケース (the ケース付き lure and rig sets ranked above
the plain 小物ケース, and for ルアーケース above a third ルアーケース), ブラシポーチ (the ポーチ付き
メイクブラシ sets above the plain 化粧ポーチ), and two English queries over Japanese titles: "fishing
line" (one PEライン, then English rod cases, rods and life jackets) and "sunscreen" (nothing shown).
After (the dictionary's words written in kanji with kana endings, 釣り糸 and 日焼け止め, and such a
word found where the titles say it as the two words Sudachi cuts it into): both English queries pass.
After (what a product comes with, X付き, is never its head: `JA_WITH_MARKERS`): ルアーケース,
仕掛けケース and ブラシポーチ pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F = "Home Office"
DESKS, CHAIRS, ERGO = f"{F} > Desks", f"{F} > Chairs", f"{F} > Ergonomics"

OFFICE = {
    "deskshelf": items(f"{F} > Desk Organization > Desk Shelves",
                       ("Oakridge Desk Shelf, 2-Tier Desktop Organizer, Walnut", 39),
                       ("Bamboo Desk Shelf with Drawer, 60cm", 45), ("Metal Desk Shelf Riser, Mesh, Black", 25)),
    "shelf": items(f"{F} > Storage > Shelves", ("Floating Wall Shelf, Solid Oak, 60cm", 29),
                   ("Corner Wall Shelf, 3 Tier, White", 35), ("Industrial Ladder Shelf, 5 Tier, Black", 79)),
    "shelfdesk": items(f"{DESKS} > Writing Desks", ("Ladder Shelf Desk, 4 Tier, Rustic Brown", 139),
                       ("Oakridge Shelf Desk with Hutch, White", 169),
                       ("Leaning Wall Shelf Desk, Black Metal Frame", 99)),
    "desk": items(f"{DESKS} > Writing Desks", ("Oakridge Writing Desk, 120cm, Walnut", 189),
                  ("Compact Computer Desk with Drawer, White", 89), ("L-Shaped Corner Desk, 150cm, Black", 159)),
    "standing": items(f"{DESKS} > Standing Desks",
                      ("Liftwell Electric Standing Desk, Dual Motor, 160x80cm, Black", 449),
                      ("Liftwell Standing Desk, Single Motor, 120x60cm, White", 299),
                      ("Oakridge Bamboo Standing Desk, Memory Presets", 529),
                      ("Manual Crank Standing Desk, 110cm, Grey", 219)),
    "standing_acc": items(f"{DESKS} > Desk Parts", ("Cable Tray for Standing Desks, Under-Desk, Black", 29),
                          ("Liftwell Standing Desk Replacement Control Panel, 4 Presets", 49),
                          ("Caster Wheels for Standing Desk, 4 Pack", 35),
                          ("Standing Desk Replacement Leg Frame, Dual Motor, Black", 199)),
    "converter": items(f"{DESKS} > Desk Converters", ("Liftwell Standing Desk Converter, 90cm, Black", 179),
                       ("Sit-Stand Desk Converter, Gas Spring, Two Tier", 129)),
    "officechair": items(f"{CHAIRS} > Office Chairs", ("Ergoline Mesh Office Chair, Lumbar Support, Black", 189),
                         ("Ergoline Executive Office Chair, Leather, Brown", 299),
                         ("Compact Office Chair, Armless, Black", 69), ("High Back Office Chair, Headrest, Grey", 149),
                         ("Task Office Chair, Fabric, Swivel, Black", 99),
                         ("Velvet Office Chair, Pink, Gold Base", 59)),
    "chair": items(f"{CHAIRS} > Ergonomic Seating", ("Ergonomic Kneeling Chair, Padded, Grey", 119),
                   ("Ball Chair with Base, Anti-Burst, 55cm", 79)),
    "chair_acc": items(f"{CHAIRS} > Chair Parts", ("Replacement Casters for Office Chairs, Set of 5, Black", 19),
                       ("Office Chair Replacement Gas Cylinder, Heavy Duty, Black", 29),
                       ("Armrest Pads for Office Chairs, Memory Foam, Black", 25),
                       ("Seat Cushion for Office Chair, Gel, Black", 35)),
    "chairmat": items(f"{ERGO} > Chair Mats", ("Polycarbonate Chair Mat, Hard Floors, 120x90cm, Clear", 49),
                      ("Oakridge Chair Mat for Carpet, Lip Design, 90x120cm", 39),
                      ("Bamboo Roll-Up Chair Mat, Natural", 59)),
    "keyboardtray": items(f"{ERGO} > Keyboard Trays", ("Under-Desk Keyboard Tray, Clamp-On, 65cm, Black", 49),
                          ("Ergoline Adjustable Keyboard Tray with Mouse Platform", 119),
                          ("Sliding Keyboard Tray, Bamboo, 70cm", 59)),
    "keyboard": items(f"{ERGO} > Keyboards", ("Ergoline Split Ergonomic Keyboard, Wireless", 89),
                      ("Compact Wireless Keyboard and Mouse Set, Black", 39)),
    "noise": each(("Liftwell Monitor Arm, Dual, Gas Spring, Black", f"{ERGO} > Monitor Arms", 89),
                  ("Adjustable Footrest, Under Desk, Tilting", f"{ERGO} > Footrests", 39),
                  ("Anti-Fatigue Standing Mat, 50x80cm, Black", f"{ERGO} > Mats", 45)),
}

P, G = "Party Supplies", "Gift Wrap"
CANDLES, BALLOONS = f"{P} > Candles", f"{P} > Balloons"

PARTY = {
    "candletin": items(f"{CANDLES} > Candle Making", ("Candle Tins with Lids, 8oz, 24 Pack, Black", 29),
                       ("Empty Candle Tins, DIY Candle Making, 4oz, 12 Pack, Silver", 18),
                       ("Candle Tins with Window Lids, 6oz, Gold, 12 Pack", 24)),
    "tin": items(f"{G} > Gift Boxes & Tins", ("Round Gift Tins with Lids, 6 Pack, Silver", 15),
                 ("Christmas Cookie Tins, Set of 3, Red", 19)),
    "tincandle": items(f"{CANDLES} > Scented Candles", ("Brightwick Tin Candle, Lavender, 4oz", 9),
                       ("Soy Wax Tin Candles, Set of 4, Assorted Scents", 22),
                       ("Travel Tin Candle, Vanilla Bean, 3oz", 7)),
    "candle": items(f"{CANDLES} > Birthday Candles", ("Birthday Candles, 24 Pack, Pastel Colours", 4),
                    ("Gold Number Candle, 5, Glitter", 3), ("Sparkler Candles, Cake Topper, 6 Pack", 6))
    + items(f"{CANDLES} > Scented Candles", ("Brightwick Pillar Candle, Unscented, 3x6 in, Ivory", 12)),
    "balloon": items(BALLOONS, ("Popwell Latex Balloons, 12 inch, 50 Pack, Gold", 12),
                     ("Metallic Balloons, 100 Pack, Gold and Silver", 16), ("Gold Foil Star Balloons, 18 inch, 5 Pack", 9),
                     ("Pastel Latex Balloons, 100 Pack, Assorted", 11),
                     ("Confetti Balloons, Clear, Multicolour Confetti, 20 Pack", 14),
                     ("Popwell Number Balloon, 40 inch, Silver", 6)),
    "balloon_acc": items(f"{BALLOONS} > Balloon Accessories", ("Balloon Weights for Helium Balloons, 12 Pack, Gold", 5),
                         ("Balloon Clips for Balloon Garland, 50 Pack", 4),
                         ("Curling Ribbon for Balloons, Gold, 100 Yards", 3),
                         ("Balloon Stand Kit for Balloons, Table Top, 2 Sets", 12)),
    "balloonpump": items(f"{BALLOONS} > Balloon Pumps", ("Popwell Electric Balloon Pump, Dual Nozzle, 600W", 25),
                         ("Hand Balloon Pump, Double Action, Blue", 8), ("Foot Balloon Pump, Portable", 10)),
    "wrap": items(f"{G} > Wrapping Paper", ("Kraft Wrapping Paper Roll, 30 inch x 100 ft", 15),
                  ("Christmas Wrapping Paper, 4 Rolls, Red and Green", 19),
                  ("Birthday Wrapping Paper, Confetti Print, 3 Rolls", 12),
                  ("Wrapping Paper Sheets, Folded, 12 Pack, Floral", 10)),
    "wrap_acc": items(f"{G} > Gift Wrap Accessories", ("Wrapping Paper Cutter, Sliding Blade, 2 Pack", 6),
                      ("Storage Bag for Wrapping Paper, 24 Rolls, Clear", 18),
                      ("Wrapping Paper Replacement Blades, 5 Pack", 4),
                      ("Gift Wrap Organizer for Wrapping Paper Rolls, Under Bed", 25)),
    "tape": items(f"{G} > Tape", ("Clear Gift Wrap Tape, 6 Rolls, 3/4 inch", 8), ("Double-Sided Tape, 2 Rolls", 6),
                  ("Washi Tape Set, 10 Rolls, Pastel", 9)),
    "tapedispenser": items(f"{G} > Tape", ("Weighted Tape Dispenser, Non-Skid Base, Black", 12),
                           ("Handheld Tape Dispenser, Gift Wrap, with Blade", 7),
                           ("Desktop Tape Dispenser with 2 Rolls of Tape", 10)),
    "giftbag": items(f"{G} > Gift Bags", ("Kraft Gift Bags with Handles, 12 Pack", 11),
                     ("Large Gift Bags, Birthday, 4 Pack, Gold", 9)),
    "noise": each(("Happy Birthday Banner, Gold Glitter, Pre-Strung", f"{P} > Decorations > Banners", 8),
                  ("Satin Ribbon, 25mm x 20m, Ivory", f"{G} > Ribbons & Bows", 5),
                  ("Pull Bows, 30 Pack, Assorted", f"{G} > Ribbons & Bows", 8)),
}

T, E = "釣り具", "Fishing"
STORE = f"{E} > Tackle Storage"

FISH = {
    "lurecase": items(f"{STORE} > Lure Cases", ("ルアーケース 両面 仕切り 防水 クリア", 980),
                      ("ルアーケース ミノー 収納 14本 ブルー", 1280), ("ルアーケース 大型 ジグ収納 ハードタイプ 黒", 1580)),
    "case": items(f"{STORE} > Tackle Cases", ("小物ケース 釣り 仕切り 防水 2個セット", 680),
                  ("マルチケース 小物入れ 釣り具 収納 クリア", 580)),
    "lureset": items(f"{T} > ルアー > ルアーセット", ("ケース付き ルアー 10個セット ミノー バイブレーション", 1980),
                     ("ケース付き ルアーセット ワーム ジグヘッド 50点", 1480)),
    "rigcase": items(f"{STORE} > Rig Cases", ("仕掛けケース 仕掛け巻き 20枚 収納", 880), ("仕掛けケース 薄型 防水 ジッパー", 680),
                     ("仕掛けケース サビキ 収納 ロング", 780)),
    "rigset": items(f"{T} > 仕掛け", ("ケース付き サビキ仕掛け 5枚セット 3号", 580), ("ケース付き 船 仕掛け 胴付き 3セット", 780)),
    "rod": items(f"{T} > 釣り竿", ("釣り竿 スピニングロッド 2.1m 2ピース 初心者", 3980), ("シーバスロッド 9ft ルアー 釣り竿", 8980),
                 ("Telescopic Fishing Rod, Carbon, 2.7m", 2980)),
    "rodholder": items(f"{T} > 竿受け・ロッドホルダー", ("ロッドホルダー 船 クランプ式 角度調整", 2480),
                       ("ロッドホルダー 堤防 三脚 竿立て", 1980), ("ロッドホルダー 車載 天井 4本", 2980)),
    "reel": items(f"{T} > リール", ("スピニングリール 2500番 黒", 4980), ("ベイトリール 右ハンドル 黒 7.2:1", 6980),
                  ("リール 小型 1000番 ライン付き 白", 1980), ("スピニングリール 4000番 ショアジギング 黒 シルバー", 8980)),
    "reel_acc": items(f"{T} > リール > リールパーツ", ("リール用 ハンドルノブ 交換 黒", 980), ("リール専用 替えスプール 2500番 黒", 1980),
                      ("リール対応 リールスタンド 黒 アルミ", 780), ("リールカバー スピニング 黒 リール用", 680)),
    "reeloil": items(f"{T} > リール > メンテナンス", ("リールオイル スプレー 100ml", 880), ("リールオイル 精密 ベアリング用", 680),
                     ("リール オイル グリス セット", 1280)),
    "cooler": items(f"{T} > クーラーボックス", ("クーラーボックス 20L 釣り 白", 6980), ("クーラーボックス 小型 10L 白 保冷力", 3980),
                    ("クーラーボックス 35L キャスター付き 白 青", 12800), ("クーラーボックス 真空パネル 25L 黒", 19800),
                    ("クーラーボックス 6L ミニ 青", 2480)),
    "cooler_acc": items(f"{T} > クーラーボックス > クーラー小物", ("クーラーボックス用 ショルダーベルト 白", 980),
                        ("クーラーボックス専用 仕切り板 20L 白", 680), ("クーラーボックス対応 ロッドスタンド 2本 白", 1480),
                        ("保冷剤 クーラーボックス用 ハード 2個", 580)),
    "rodcase": items(f"{E} > Rod Cases", ("Fishing Rod Case, Hard Shell, 130cm, Black", 4980),
                     ("Rod Case, Semi-Hard, 4 Rods, Grey", 3980), ("ロッドケース セミハード 135cm 2本収納", 3480)),
    "tacklebox": items(f"{STORE} > Tackle Boxes", ("Tackle Box, 3-Tray, Cantilever, Green", 2980),
                       ("Tackle Box with Handle, 2 Layer, Clear", 1980), ("タックルボックス 大容量 ロッドスタンド付き", 3480)),
    "lifejacket": items(f"{T} > 安全用品", ("Inflatable Life Jacket, Automatic, Adult", 7980),
                        ("Life Jacket, Foam, Fishing Vest, Orange", 4980), ("ライフジャケット 腰巻き 自動膨張 釣り", 6480)),
    "line": items(f"{T} > 釣り糸", ("釣り糸 ナイロン 3号 150m", 680), ("PEライン 1.5号 200m 8本編み", 2480),
                  ("フロロカーボン ハリス 4号 50m", 980)),
}

S, M = "スキンケア", "Makeup"
BRUSH = f"{M} > Makeup Brushes"

COSME = {
    "pouch": items(f"{M} > Makeup Pouches", ("化粧ポーチ 大容量 自立 ピンク", 1980), ("化粧ポーチ ミニ がま口 ピンク", 980),
                   ("化粧ポーチ 撥水 ボックス型 黒", 1480), ("化粧ポーチ フラット 白", 780)),
    "pouch.brush": items(f"{M} > Makeup Pouches", ("ブラシポーチ メイクブラシ 収納 ロール式 黒", 1180),
                         ("ブラシポーチ 筒型 スタンド 白", 1480)),
    "pouch_acc": items(f"{M} > Makeup Pouches > Pouch Accessories", ("化粧ポーチ用 インナーバッグ 仕切り ピンク", 580),
                       ("化粧ポーチ専用 替えミラー ピンク", 380)),
    "brush.set": items(f"{BRUSH} > Brush Sets", ("ポーチ付き メイクブラシ 10本セット 黒", 2480),
                       ("ポーチ付き メイクブラシセット 携帯用 5本 ピンク", 1680)),
    "brush": items(BRUSH, ("メイクブラシ パウダー 熊野筆 黒", 3980), ("メイクブラシ チーク 山羊毛 黒", 1280),
                   ("メイクブラシ アイシャドウ 3本セット 白", 880), ("Makeup Brush Set, 12 Pieces, Vegan, Black", 2980)),
    "brush.foundation": items(BRUSH, ("ファンデーションブラシ フラットトップ 高密度", 1680),
                              ("ファンデーションブラシ 斜めカット 黒", 1980), ("ファンデーションブラシ リキッド 平筆 白", 1480)),
    "brush_acc": items(f"{BRUSH} > Brush Care", ("メイクブラシ用 クリーナー 速乾 150ml", 880),
                       ("メイクブラシ専用 スタンド 黒 7本立て", 680), ("メイクブラシ対応 ブラシホルダー 黒 シリコン", 480)),
    "puffcase": items(f"{M} > Tools > Puff Cases", ("パフケース 携帯 通気穴 クリア", 480), ("パフケース 2個セット シリコン ミント", 580),
                      ("パフケース 卵型 スポンジ収納 白", 380)),
    "cosmecase": items(f"{M} > Tools > Cases", ("コスメケース 小物入れ ミラー付き クリア", 980),
                       ("小物ケース メイク用品 携帯 3個セット", 680)),
    "puffset": items(f"{M} > Tools > Puffs", ("ケース付き メイクパフ 2個 水滴型", 580), ("ケース付き スポンジパフ 4個 ベージュ", 480)),
    "toner": items(f"{S} > 化粧水", ("化粧水 しっとり 高保湿 ヒアルロン酸 500ml", 1280), ("化粧水 薬用 ニキビ ビタミンC 200ml", 1680),
                   ("化粧水 敏感肌 セラミド 150ml", 1980)),
    "toner_acc": items(f"{S} > 化粧水 > 化粧水小物", ("化粧水用 コットン 大判 80枚", 380), ("化粧水専用 詰め替えボトル スプレー 100ml", 480),
                       ("化粧水対応 ポンプ 交換用 500ml用", 280)),
    "foundation": items(f"{M} > Foundation", ("ファンデーション リキッド SPF30 30ml オークル", 1980),
                        ("クッションファンデーション 本体 ライトベージュ", 2480), ("パウダーファンデーション マット 毛穴カバー ナチュラル", 1680)),
    "foundation_acc": items(f"{M} > Foundation > Foundation Tools", ("ファンデーション用 パフ 5個 ひし形", 480),
                            ("ファンデーション専用 ケース コンパクト 詰め替え", 880), ("ファンデーション対応 スポンジ 交換用 10個", 380)),
    "cleansing.oil": items("Skincare > Cleansing", ("Deep Cleansing Oil, Makeup Remover, 200ml", 2480),
                           ("Gentle Cleansing Oil, Fragrance Free, 150ml", 1980), ("クレンジングオイル 毛穴 W洗顔不要 200ml", 1280)),
    "cleansing.balm": items("Skincare > Cleansing", ("クレンジングバーム 毛穴 90g", 1980)),
    "sunscreen": items(f"{S} > 日焼け止め", ("日焼け止め ジェル SPF50+ PA++++ 90g", 980), ("日焼け止め ミルク ウォータープルーフ 60ml", 1280),
                       ("日焼け止め 敏感肌 ノンケミカル クリーム 50g", 1480)),
    "eyeliner": items(f"{M} > Eyes", ("Waterproof Eyeliner Pencil, Black", 980), ("Liquid Eyeliner Pen, Smudge-Proof, Brown", 1280),
                      ("アイライナー リキッド 極細 ブラウンブラック", 1100)),
    "noise": each(("乳液 しっとり 保湿 150ml", f"{S} > 乳液", 1280)),
}

SHOPS = {"office": OFFICE, "party": PARTY, "fish": FISH, "cosme": COSME}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("office", "desk shelf", "deskshelf", ["shelf"], ["shelfdesk"]),
    two_types("office", "shelf desk", "shelfdesk", ["desk"], ["deskshelf"]),
    two_types("party", "candle tins", "candletin", ["tin"], ["tincandle"]),
    two_types("party", "tin candles", "tincandle", ["candle"], ["candletin"]),
    two_types("fish", "ルアーケース", "lurecase", ["case"], ["lureset"]),
    two_types("fish", "仕掛けケース", "rigcase", ["case"], ["rigset"]),
    two_types("cosme", "ブラシポーチ", "pouch.brush", ["pouch"], ["brush.set"]),
    two_types("cosme", "パフケース", "puffcase", ["cosmecase"], ["puffset"]),
    # --- 2. a leading product word that modifies the head
    qualifies("office", "chair mat", ["chairmat"], ["officechair", "chair"]),
    qualifies("office", "keyboard tray", ["keyboardtray"], ["keyboard"]),
    qualifies("party", "balloon pump", ["balloonpump"], ["balloon"]),
    qualifies("party", "tape dispenser", ["tapedispenser"], ["tape"]),
    qualifies("fish", "ロッドホルダー", ["rodholder"], ["rod"]),
    qualifies("fish", "リールオイル", ["reeloil"], ["reel"]),
    qualifies("cosme", "ファンデーションブラシ", ["brush.foundation"], ["foundation"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("office", "office chair", ["officechair"], ["chair_acc"]),
    accessories("office", "standing desk", ["standing"], ["standing_acc"]),
    accessories("party", "balloons", ["balloon"], ["balloon_acc", "balloonpump"]),
    accessories("party", "wrapping paper", ["wrap"], ["wrap_acc"]),
    accessories("fish", "リール", ["reel"], ["reel_acc", "reeloil"]),
    accessories("fish", "クーラーボックス", ["cooler"], ["cooler_acc"]),
    accessories("cosme", "化粧水", ["toner"], ["toner_acc"]),
    accessories("cosme", "ファンデーション", ["foundation"], ["foundation_acc", "brush.foundation"]),
    # black office chairs: mesh 189, compact 69, task 99 (a pink velvet one 59; black chair parts 19-35)
    price("office", "cheap black office chair", "officechair-2", ["chair_acc"]),
    # gold balloons: latex 12, metallic gold and silver 16, foil stars 9 (a silver number balloon 6, pastel 11;
    # gold weights 5 and gold curling ribbon 3)
    price("party", "budget gold balloons", "balloon-2", ["balloon_acc", "balloonpump"]),
    # white cooler boxes: 20L 6980, 10L 3980, 35L 12800 (a blue 6L one 2480; white accessories 580-1480)
    price("fish", "安い 白 クーラーボックス", "cooler-1", ["cooler_acc"]),
    # black reels: 2500 4980, bait 6980, 4000 8980 (a white 1000 one 1980; black parts 680-1980, reel oil 680-1280)
    price("fish", "激安 黒 リール", "reel-0", ["reel_acc", "reeloil"]),
    # black makeup brushes: powder 3980, cheek 1280, English set 2980 (a white eyeshadow set 880; a black 10-brush
    # set with pouch 2480 and a black foundation brush 1980 dearer; a black brush stand 680 and holder 480, a black
    # brush pouch 1180)
    price("cosme", "格安 黒 メイクブラシ", "brush-1", ["brush_acc", "pouch.brush"]),
    # pink makeup pouches: large 1980, mini 980 (a white flat one 780; pink inner bag 580 and mirror 380)
    price("cosme", "お手頃 ピンク 化粧ポーチ", "pouch-1", ["pouch_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords); English over Japanese titles
    mixed("fish", "ロッドケース", "rodcase"),
    mixed("fish", "タックルボックス", "tacklebox"),
    mixed("fish", "ライフジャケット", "lifejacket"),
    mixed("fish", "fishing line", "line"),
    mixed("cosme", "アイライナー", "eyeliner"),
    mixed("cosme", "クレンジングオイル", "cleansing.oil"),
    mixed("cosme", "sunscreen", "sunscreen"),
    mixed("cosme", "makeup pouch", "pouch"),
]

LIMITS: dict = {}  # every failing case of the untouched run passes since (docstring)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind47(q: Q, setup: str, known_limit):
    known_limit("blind47")
    check(q, setup, ENGINES)


def test_blind47_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "gold": "Gold", "白": "White", "黒": "Black", "ピンク": "Pink"})
