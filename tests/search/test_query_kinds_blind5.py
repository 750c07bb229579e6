"""A fifth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: board games, dice and
puzzles (English), gardening power tools and watering (English), Japanese bath goods 風呂用品
and Japanese stationery 文具, the Japanese shops with a few English-titled imports.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" are accessories of X: a
   search of X ranks every real X above every accessory; a price word, a colour and a type put
   the cheapest real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries in a shop with English-titled items of unrelated categories: the top
   three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind at the end of 2026-11-30's eighth session, as a measurement only (nothing changed
for it): 85 of 89 cases pass, 30 of 32 queries in every setup; the 4 failing cases are strict
xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

G = "Toys & Games"
DICE, DICE_ACC = f"{G} > Game Accessories > Dice", f"{G} > Game Accessories"

GAMES = {
    "dicegame": items(f"{G} > Games > Dice Games", ("Rollwell Yacht Dice Game with Cup and Score Pads", 19),
                      ("Tenzi Dice Game, 40 Dice, 4 Players", 17), ("Zombie Dice Game, Horde Edition", 14),
                      ("Farkle Dice Game, Travel Tin", 9)),
    "game": items(f"{G} > Games > Board Games", ("Catan Strategy Board Game, 3-4 Players", 45),
                  ("Ticket to Ride Board Game, Europe", 49), ("Pandemic Cooperative Board Game", 39))
    + items(f"{G} > Games > Card Games", ("Uno Card Game, Classic", 8)),
    "gamedice": items(DICE, ("Game Dice Set, 16mm D6, 36 Pieces, Assorted Colours", 9),
                      ("Rollwell Wooden Game Dice, 12 Pack", 7),
                      ("Polyhedral Game Dice, 7 Piece Set, Blue Marble", 8)),
    "dice": items(DICE, ("Rollwell Polyhedral Dice Set, 7 Pieces, Metal, Gold", 24),
                  ("D20 Dice, Resin, Galaxy Purple", 6), ("Jumbo Foam Dice, 2 Pack, 10cm", 11)),
    "dicetray": items(f"{DICE_ACC} > Dice Trays", ("Rollwell Dice Tray, Hexagon, Velvet Lined", 18),
                      ("Foldable Dice Tray, PU Leather, Snap Buttons", 12), ("Wooden Dice Tray with Lid", 22)),
    "dicebag": items(f"{DICE_ACC} > Dice Bags", ("Dice Bag, Drawstring, Velvet, Black", 6),
                     ("Leather Dice Bag with 7 Pockets", 15)),
    "cardsleeve": items(f"{DICE_ACC} > Card Sleeves",
                        ("Dragon Shield Matte Card Sleeves, Standard Size, 100 Pack, Black", 11),
                        ("Card Sleeves, Clear, 63.5x88mm, 200 Pack", 7),
                        ("Premium Mini Card Sleeves, 41x63mm, 100 Pack", 6)),
    "card": items(f"{G} > Games > Playing Cards", ("Royal Crest Playing Cards, Standard Deck, Red", 5),
                  ("Plastic Playing Cards, Waterproof, 2 Decks", 9), ("Tarot Card Deck, 78 Cards, Classic", 13)),
    "puzzle": items(f"{G} > Puzzles > Jigsaw Puzzles", ("Jigmaster Jigsaw Puzzle, 1000 Pieces, Alpine Lake", 16),
                    ("Jigmaster Jigsaw Puzzle, 500 Pieces, Cats", 12),
                    ("Wooden Jigsaw Puzzle, 200 Pieces, World Map", 19)),
    "puzzle_acc": items(f"{G} > Puzzles > Puzzle Accessories", ("Puzzle Roll Up Mat, 1500 Pieces", 14),
                        ("Puzzle Glue with Applicator, 120ml", 6)),
    "chess": items(f"{G} > Games > Chess", ("Folding Wooden Chess Set, 38cm", 29),
                   ("Magnetic Travel Chess Set, 25cm", 13)),
}

GD = "Garden"
POWER, WATER = f"{GD} > Power Tools", f"{GD} > Watering"

GARDEN = {
    "linetrimmer": items(f"{POWER} > Grass Trimmers", ("Greenfell Cordless Line Trimmer, 18V, 25cm Cut", 89),
                         ("Verdak Electric Line Trimmer, 550W, Telescopic Handle", 59),
                         ("Petrol Line Trimmer, 26cc, Bump Feed Head", 149)),
    "trimmer": items(f"{POWER} > Hedge Trimmers", ("Greenfell Cordless Hedge Trimmer, 18V, 50cm Blade", 99),
                     ("Verdak Petrol Hedge Trimmer, 60cm, Dual Action", 179),
                     ("Cordless Shrub Trimmer with Grass Shear, 7.2V", 45)),
    "trimmerline": items(f"{POWER} > Trimmer Accessories", ("Greenfell Trimmer Line, 2.0mm x 50m, Round, Orange", 12),
                         ("Verdak Trimmer Line Spool, 1.6mm, 3 Pack", 15),
                         ("Heavy Duty Trimmer Line, 2.4mm Twisted, 90m", 19)),
    "line": items(f"{GD} > Outdoor Living > Washing Lines", ("Rotary Washing Line, 4 Arm, 50m, with Cover", 49),
                  ("Retractable Washing Line, 15m, Wall Mounted", 25))
    + items(f"{GD} > Hand Tools > Planting Aids", ("Garden Planting Line with Reel, 20m", 9)),
    "hosereel": items(f"{WATER} > Hose Reels", ("Verdak Hose Reel Cart, 60m Capacity, Steel", 69),
                      ("Wall Mounted Hose Reel with 20m Hose, Auto Rewind", 119),
                      ("Greenfell Compact Hose Reel, Free Standing, 30m", 39)),
    "hose": items(f"{WATER} > Hoses", ("Greenfell Anti-Kink Garden Hose, 25m, 1/2 inch", 35),
                  ("Expandable Garden Hose, 30m, with Spray Gun", 29), ("Verdak Soaker Hose, 15m, Flat", 18)),
    "hose_acc": items(f"{WATER} > Hose Fittings", ("Hose Connector Set, 4 Pieces, Quick Click", 9),
                      ("Greenfell Hose Spray Gun, 8 Patterns", 12)),
    "mowerblade": items(f"{GD} > Lawn Mowers > Mower Parts",
                        ("Replacement Lawn Mower Blade, 40cm, for Greenfell 36V", 19),
                        ("Verdak Mower Blade, 46cm, Pack of 2", 29), ("Mulching Mower Blade, 42cm, Hardened Steel", 22)),
    "mower": items(f"{GD} > Lawn Mowers", ("Greenfell Cordless Lawn Mower, 36V, 40cm Cut", 249),
                   ("Verdak Petrol Lawn Mower, Self Propelled, 46cm", 329), ("Manual Cylinder Mower, 30cm, Push", 79),
                   ("Robotic Lawn Mower, 600m2, App Control", 599)),
    "tools": each(("Greenfell Hand Trowel, Stainless Steel", f"{GD} > Hand Tools > Trowels", 12),
                  ("Verdak Bypass Pruning Shears, 20mm", f"{GD} > Hand Tools > Pruning", 19),
                  ("Leaf Rake, Adjustable, 60-150cm", f"{GD} > Hand Tools > Rakes", 17),
                  ("Wheelbarrow, 85L, Pneumatic Tyre", f"{GD} > Wheelbarrows", 69),
                  ("Garden Kneeler and Seat, Foldable", f"{GD} > Hand Tools > Kneelers", 24),
                  ("Watering Can, 10L, Green", f"{WATER} > Watering Cans", 11)),
}

B = "バス・トイレ用品"
REFILL, SHOWER = f"{B} > 詰め替えボトル", f"{B} > シャワー"

BATH = {
    "pumpbottle": items(f"{REFILL} > ポンプボトル", ("ポンプボトル 詰め替え 500ml 白 3本セット", 1280),
                        ("ポンプボトル 泡タイプ 400ml マット グレー", 980), ("Pump Bottle, Amber Glass, 500ml, 2 Pack", 1580)),
    "bottle": items(REFILL, ("詰め替えボトル 500ml 白 ラベル付き", 580), ("スプレーボトル 300ml 遮光 2本", 680)),
    "bottlepump": items(f"{REFILL} > 交換用ポンプ", ("ボトルポンプ 交換用 泡タイプ 白 2個", 480),
                        ("ボトルポンプ 400〜500ml ボトル対応 3個", 580)),
    "pump": items(f"{B} > 風呂ポンプ", ("風呂ポンプ 電動 残り湯 洗濯 4mホース", 1980), ("バスポンプ 乾電池式 静音 給水", 1480)),
    "towelhanger": items(f"{B} > 浴室収納 > タオルハンガー", ("タオルハンガー 吸盤 ステンレス 浴室", 1280),
                         ("タオル ハンガー 回転式 3本 マグネット 白", 1580), ("タオルハンガー 突っ張り 洗面所 2段", 2480)),
    "towel": items("タオル > バスタオル", ("バスタオル 今治 綿100% 2枚 グレー", 3280),
                   ("Turkish Cotton Bath Towel, Grey, 70x140cm", 2980))
    + items("タオル > フェイスタオル", ("フェイスタオル 10枚セット 白 ホテル仕様", 1980)),
    "soapcase": items(f"{B} > 浴室収納 > ソープディッシュ", ("石鹸ケース 水切り シリコン 白", 680),
                      ("石鹸ケース 浮かせる 吸盤 ステンレス", 980), ("ソープディッシュ 石鹸ケース 珪藻土", 880)),
    "soap": items("バス・ボディケア > 石鹸", ("無添加 石鹸 固形 100g 3個", 780),
                  ("Castile Olive Soap Bar, Unscented, 3 Pack", 1180)),
    "showerhead": items(f"{SHOWER} > シャワーヘッド", ("シャワーヘッド 節水 ミスト 3段階 白", 3980),
                        ("シャワーヘッド 手元止水 軽量 白", 1980), ("シャワーヘッド 節水 シンプル 黒", 1280),
                        ("Shower Head, High Pressure, 5 Modes, White", 2480)),
    "showerhead_acc": items(f"{SHOWER} > シャワー部品", ("シャワーヘッド用 ホルダー 吸盤 白", 680),
                            ("交換ホース シャワーヘッド用 1.6m 白", 1280),
                            ("シャワーヘッド専用 交換カートリッジ 2個 白", 1580),
                            ("シャワーヘッド対応 変換アダプター 3種 白", 480)),
    "bathmat": items(f"{B} > バスマット", ("珪藻土 バスマット 大判 60×39cm グレー", 2980),
                     ("バスマット 速乾 マイクロファイバー 50×80cm グレー", 1480), ("バスマット コットン 今治 白", 980),
                     ("Bath Mat, Non Slip, 50x80cm, Grey", 1680)),
    "bathmat_acc": items(f"{B} > バスマット > バスマット小物", ("バスマット用 滑り止めシート グレー", 480),
                         ("収納スタンド バスマット用 グレー", 1280), ("バスマット専用 やすり 3枚 グレー", 380),
                         ("バスマット対応 水切りトレー グレー", 1580)),
    "bathsalt": items("バス・ボディケア > 入浴剤", ("入浴剤 炭酸 ゆず 30錠 薬用", 1280),
                      ("入浴剤 詰め合わせ 温泉 12種 ギフト", 1980), ("バスソルト 入浴剤 ラベンダー 500g", 1480)),
    "robe": items("ルームウェア > バスローブ", ("バスローブ 今治 綿100% ワッフル メンズ", 5980),
                  ("バスローブ マイクロファイバー レディース 速乾 グレー", 3480), ("バスローブ 子供用 フード付き 100cm", 2980)),
    "toothbrush": items("オーラルケア > 歯ブラシ", ("歯ブラシ やわらかめ 20本 業務用", 880),
                        ("電動歯ブラシ 音波 充電式 白", 3980), ("歯ブラシ 超極細毛 ふつう 10本", 680)),
    "scale": items("ヘルスケア > 体重計", ("体重計 デジタル 体脂肪 スマホ連動", 2980),
                   ("体重計 アナログ 薄型 ホワイト", 1980), ("体組成計 体重計 乗るだけ 電源自動", 3480)),
    "noise": each(("Toilet Brush with Holder, White", f"{B} > トイレ用品 > トイレブラシ", 980),
                  ("Bamboo Bath Caddy Tray, Extendable", f"{B} > 浴室収納 > バスラック", 2480)),
}

S = "文具"
PENS, OFFICE, PLANNER = f"{S} > 筆記具", f"{S} > 事務用品", f"{S} > 手帳・カレンダー"

STATIONERY = {
    "clipboard": items(f"{S} > ファイル・バインダー > クリップボード", ("クリップボード A4 縦型 黒 PP製", 380),
                       ("クリップボード A4 二つ折り カバー付き ネイビー", 880), ("Clipboard, A4, Aluminium, Silver", 1280)),
    "board": each(("ホワイトボード 60×45cm 壁掛け 軽量", f"{S} > 掲示用品 > ホワイトボード", 2480),
                  ("コルクボード 45×60cm 木枠 ピン付き", f"{S} > 掲示用品 > コルクボード", 1680)),
    "boardclip": items(f"{OFFICE} > クリップ", ("ボードクリップ 大 黒 2個", 280), ("ボードクリップ ステンレス 強力 3個入り", 480)),
    "clip": items(f"{OFFICE} > クリップ", ("ダブルクリップ 小 50個入 黒", 380), ("ゼムクリップ 100本 カラーアソート", 220)),
    "notecover": items(f"{S} > ノート > ノートカバー", ("ノートカバー A5 本革 ブラウン", 3980),
                       ("ノートカバー B5 透明 PVC 2枚", 580), ("ノート カバー A6 文庫サイズ 帆布 ネイビー", 1680)),
    "note": items(f"{S} > ノート", ("方眼ノート A5 100枚 5mm方眼", 380), ("ノート B5 ドット罫 5冊パック", 680)),
    "ink": items(f"{PENS} > インク", ("万年筆インク ボトル 50ml ブルーブラック", 1100),
                 ("万年筆 インク 顔料 黒 30ml", 1650), ("万年筆インク 季節限定色 桜 50ml", 1320)),
    "fp": items(f"{PENS} > 万年筆", ("万年筆 細字 黒 金属軸 ギフト", 1000), ("万年筆 ネイビー 中字 スチールペン先 入門", 2200),
                ("万年筆 ネイビー 透明軸 EF 極細", 1500), ("Fountain Pen, Navy, Medium Nib, Gift Box", 2800)),
    "fp_acc": items(f"{PENS} > 万年筆アクセサリー", ("万年筆用 コンバーター 吸入式", 550),
                    ("ペンケース 万年筆用 本革 1本差し ネイビー", 1200), ("万年筆専用 インクカートリッジ 黒 12本", 400),
                    ("万年筆対応 ペンシース ネイビー 合皮", 880)),
    "techo": items(f"{PLANNER} > 手帳", ("手帳 2026 A5 マンスリー 黒", 980), ("システム手帳 バイブルサイズ 本革 黒 6穴", 6800),
                   ("手帳 2026 A6 ウィークリー ピンク", 680), ("Weekly Planner 2026, A5, Black, Hardcover", 1500)),
    "techo_acc": items(f"{PLANNER} > 手帳アクセサリー", ("手帳用 ペンホルダー 黒 2個", 380), ("ゴムバンド 手帳用 A5 黒", 300),
                       ("手帳専用 カバー B6 合皮 黒", 1280), ("手帳対応 しおり クリップ 黒 3枚", 480)),
    "fusen": items(f"{OFFICE} > 付箋", ("付箋 75×75mm 強粘着 10冊 パステル", 680), ("透明付箋 フィルム 見出し 200枚", 480),
                   ("付箋 ふせん 全面のり 50×50mm", 380)),
    "stapler": items(f"{OFFICE} > ホッチキス", ("ホッチキス 針不要 20枚 コンパクト", 880), ("ホッチキス 大型 100枚とじ", 3980),
                     ("ホッチキス フラットクリンチ 40枚 白", 1280)),
    "eraser": items(f"{PENS} > 消しゴム", ("消しゴム よく消える 3個パック", 220), ("消しゴム 砂消し インク用", 150),
                    ("電動消しゴム 充電式 替え芯付", 1480)),
    "calc": items(f"{OFFICE} > 電卓", ("電卓 12桁 大型 ソーラー", 1280), ("電卓 税計算 時間計算 10桁", 1680),
                  ("電卓 ミニ ポケットサイズ 8桁", 680)),
    "noise": each(("Label Maker, Handheld, with 3 Tapes", f"{S} > ラベル用品 > ラベルライター", 3980),
                  ("Desk Organizer, Mesh, 5 Compartments, Black", f"{S} > デスク収納", 1980),
                  ("Paper Shredder, Cross Cut, 6 Sheets", "オフィス家電 > シュレッダー", 5980)),
}

SHOPS = {"games": GAMES, "garden": GARDEN, "bath": BATH, "stationery": STATIONERY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("games", "dice game", "dicegame", ["game"], ["gamedice"]),
    two_types("games", "game dice", "gamedice", ["dice"], ["dicegame"]),
    two_types("garden", "line trimmer", "linetrimmer", ["trimmer"], ["trimmerline"]),
    two_types("garden", "trimmer line", "trimmerline", ["line"], ["linetrimmer"]),
    two_types("bath", "ポンプボトル", "pumpbottle", ["bottle"], ["bottlepump"]),
    two_types("bath", "ボトル ポンプ", "bottlepump", ["pump"], ["pumpbottle"]),
    two_types("stationery", "クリップボード", "clipboard", ["board"], ["boardclip"]),
    two_types("stationery", "ボード クリップ", "boardclip", ["clip"], ["clipboard"]),
    # --- 2. a leading product word that modifies the head
    qualifies("games", "dice tray", ["dicetray"], ["dice", "gamedice"]),
    qualifies("games", "card sleeve", ["cardsleeve"], ["card"]),
    qualifies("garden", "hose reel", ["hosereel"], ["hose"]),
    qualifies("garden", "mower blade", ["mowerblade"], ["mower"]),
    qualifies("bath", "石鹸 ケース", ["soapcase"], ["soap"]),
    qualifies("bath", "タオル ハンガー", ["towelhanger"], ["towel"]),
    qualifies("stationery", "ノート カバー", ["notecover"], ["note"]),
    qualifies("stationery", "万年筆 インク", ["ink"], ["fp"]),
    # --- 3. X用 Y accessories; price word + colour + type
    accessories("bath", "シャワーヘッド", ["showerhead"], ["showerhead_acc"]),
    accessories("bath", "バスマット", ["bathmat"], ["bathmat_acc"]),
    accessories("stationery", "手帳", ["techo"], ["techo_acc"]),
    accessories("stationery", "万年筆", ["fp"], ["fp_acc", "ink"]),
    # white shower heads: 3980, 手元止水 1980, English 2480 (a black one 1280; white accessories 480-1580)
    price("bath", "安い 白 シャワーヘッド", "showerhead-1", ["showerhead_acc"]),
    # grey bath mats: 珪藻土 2980, マイクロファイバー 1480, English 1680 (a white one 980; grey accessories 380-1580)
    price("bath", "激安 グレー バスマット", "bathmat-1", ["bathmat_acc"]),
    # black planners: A5 980, システム手帳 6800, English 1500 (a pink one 680; black accessories 300-1280)
    price("stationery", "格安 黒 手帳", "techo-0", ["techo_acc"]),
    # navy fountain pens: 中字 2200, 透明軸 1500, English 2800 (a black one 1000; navy accessories 880-1200, inks)
    price("stationery", "お手頃 ネイビー 万年筆", "fp-2", ["fp_acc", "ink"]),
    # --- 4. Japanese queries among English-titled items
    mixed("bath", "入浴剤", "bathsalt"),
    mixed("bath", "バスローブ", "robe"),
    mixed("bath", "歯ブラシ", "toothbrush"),
    mixed("bath", "体重計", "scale"),
    mixed("stationery", "付箋", "fusen"),
    mixed("stationery", "ホッチキス", "stapler"),
    mixed("stationery", "消しゴム", "eraser"),
    mixed("stationery", "電卓", "calc"),
]

LIMITS = {
    ("blind5", "two_types:games:game_dice", "categories-lexical"): "'Game Dice Set, 16mm D6' comes fifth, "
    "behind two plain dice with shorter titles: without a dense side only the words rank them",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind5(q: Q, setup: str, known_limit):
    known_limit("blind5")
    check(q, setup, ENGINES)


def test_blind5_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "ネイビー": "Navy", "グレー": "Grey"})
