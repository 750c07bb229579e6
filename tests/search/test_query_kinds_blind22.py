"""A twenty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: tennis, badminton and
racket sports (English), paint and decorating — brushes, rollers, paint, tape, sprayers, ladders
(English), Japanese motorcycle goods バイク用品 (helmets, gloves, covers, locks; part of its category
tree in English, with English-titled imports whose Japanese names are katakana loanwords) and
Japanese eyewear メガネ・サングラス (frames, sunglasses, reading glasses, cases, cleaners; with
English-titled imports and part of its category tree in English too). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-11-30 (twenty-second suite), as a measurement only (nothing changed for it):
88 of 97 cases pass, 34 of 37 queries in every setup (two_types 6/7 queries, 17/20 cases;
qualifies 7/7, 17/17; accessories 7/8, 17/20; price 6/7, 15/18; mixed 8/8, 22/22); the 9 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): メガネ 曇り止め (the plain 曇り止め items above the exact メガネ 曇り止め
ones), ヘルメット (the English-titled full-face helmet below two ヘルメット シールド visors) and
お手頃 赤 老眼鏡 (the dearer Japanese-titled red reading glasses above the cheaper English-titled one).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

T, B, RS = "Tennis", "Badminton", "Racket Sports"

RACKET = {
    "racket.tennis": items(f"{T} > Rackets", ("Wilcourt Pro Staff Tennis Racket, 300g, Grip 2, Black", 189),
                           ("Aceline Junior Tennis Racket, 25 Inch, Blue", 39),
                           ("Aceline Power Tennis Racket, Oversize Head, Strung, Black", 69),
                           ("Wilcourt Clash Tennis Racket, 285g, Black/Red", 159),
                           ("Graphite Tennis Racket, Adult, Pre-Strung, Black", 49)),
    "racket.badminton": items(f"{B} > Rackets", ("Featherpro Carbon Badminton Racket, 4U, Strung, Blue", 59),
                              ("Featherpro Badminton Racket Set, 2 Rackets, 3 Shuttles, Cover", 29),
                              ("Smashline Arcsaber Badminton Racket, 3U, Unstrung, Red", 129),
                              ("Aluminium Badminton Racket, Junior, Green", 12)),
    "racket_acc": items(f"{T} > Racket Accessories", ("Replacement Grip for Tennis Rackets, Cushion, Black", 12),
                        ("Black Overgrips for Tennis Rackets, 3 Pack", 8),
                        ("Vibration Dampeners for Tennis Rackets, 2 Pack", 6),
                        ("Tennis Racket Head Protection Tape, Black", 9),
                        ("Tennis Racket Replacement Strings, Polyester, 12m", 14)),
    "badminton_acc": items(f"{B} > Racket Accessories", ("Badminton Racket Replacement Grip, Towel, Blue", 5),
                           ("Strings for Badminton Rackets, 0.66mm, 10m", 7),
                           ("Full Cover for Badminton Rackets, Padded, Black", 11)),
    "racketbag": items(f"{RS} > Bags > Racket Bags", ("Wilcourt Tour Racket Bag, 6 Rackets, Thermal, Black", 69),
                       ("Aceline Racket Bag, 3 Rackets, Shoe Compartment, Navy", 39),
                       ("Smashline Badminton Racket Bag, 9 Rackets, Red", 49)),
    "bag": items(f"{RS} > Bags > Backpacks & Duffels", ("Aceline Tennis Backpack, 30L, Racket Sleeve", 45),
                 ("Sports Duffel Bag, 40L, Grey", 29)),
    "shoebag": items(f"{RS} > Bags > Shoe Bags", ("Aceline Shoe Bag, Ventilated, Drawstring, Black", 12),
                     ("Wilcourt Shoe Bag with Zip, Waterproof", 15), ("Badminton Shoe Bag, Mesh Panel, Blue", 10)),
    "shoe.tennis": items(f"{T} > Shoes", ("Wilcourt Rush Pro Tennis Shoes, Men's, White", 109),
                         ("Aceline Court Lite Tennis Shoes, Men's, White/Navy", 59),
                         ("Aceline All Court Tennis Shoes, Women's, Pink", 49),
                         ("Clay Court Tennis Shoes, Herringbone Sole, White", 89)),
    "shoe.badminton": items(f"{B} > Shoes", ("Featherpro Badminton Shoes, Indoor Court, Non-Marking, White", 69),
                            ("Indoor Court Shoes, Gum Sole, Unisex, Black", 55)),
    "shoe_acc": items(f"{T} > Shoes > Shoe Care", ("Replacement Laces for Tennis Shoes, White, 2 Pairs", 5),
                      ("Toe Guard for Tennis Shoes, White, Clay Court", 9)),
    "ball": items(f"{T} > Balls", ("Wilcourt Championship Tennis Balls, 4 Ball Can", 6),
                  ("Pressureless Tennis Balls, 12 Pack", 15)),
    "shuttle": items(f"{B} > Shuttlecocks", ("Featherpro Feather Shuttlecocks, Tube of 12", 19),
                     ("Nylon Shuttlecocks, 6 Pack, White", 8)),
    "noise": each(("Badminton Net, Portable, 6.1m, with Poles", f"{B} > Nets", 39),
                  ("Tennis Sweatbands, Wrist, 2 Pack, White", f"{T} > Apparel", 6),
                  ("Pickleball Paddle Set, 2 Paddles, 4 Balls", f"{RS} > Pickleball", 49)),
}

D = "Decorating"
ROLL, TAPE = f"{D} > Rollers & Trays", f"{D} > Tape & Masking"

PAINT = {
    "paint": items(f"{D} > Paint > Emulsion", ("Duraluxe Matt Emulsion Paint, Pure Brilliant White, 5L", 32),
                   ("Duraluxe Silk Emulsion, Magnolia, 2.5L", 19),
                   ("Coverall Kitchen & Bathroom Paint, Soft Sheen, Duck Egg Blue, 2.5L", 24))
    + items(f"{D} > Paint > Wood & Metal", ("Coverall Gloss Paint, Black, 750ml", 14),
            ("Satinwood Paint, Quick Dry, White, 750ml", 16)),
    "tray": items(f"{ROLL} > Paint Trays", ("Harwell Paint Tray, 9 Inch, Plastic", 4), ("Metal Paint Tray, 12 Inch, Deep Well", 9),
                  ("Paint Tray with 5 Disposable Liners, 9 Inch", 7)),
    "roller": items(f"{ROLL} > Rollers", ("Harwell Paint Roller, 9 Inch, Medium Pile, with Frame", 9),
                    ("Mini Paint Roller, 4 Inch, Foam, 2 Pack", 6), ("Harwell Paint Roller Set, 9 Inch, 2 Sleeves", 15),
                    ("Long Pile Paint Roller, 12 Inch, Masonry", 12)),
    "roller_acc": items(f"{ROLL} > Roller Accessories", ("Replacement Sleeves for Paint Rollers, 9 Inch, 3 Pack", 8),
                        ("Paint Roller Extension Pole, Telescopic, 1-2m", 14),
                        ("Paint Roller Replacement Frame, 9 Inch", 5),
                        ("Roller Cleaner for Paint Rollers, Spinner Tool", 11)),
    "brush": items(f"{D} > Brushes > Paint Brushes", ("Harwell Paint Brush Set, 5 Piece, Synthetic", 12),
                   ("Pure Bristle Paint Brush, 2 Inch", 5), ("Angled Sash Brush, 1.5 Inch, Cutting In", 6),
                   ("Wall Brush, 4 Inch, Emulsion", 8)),
    "brushcleaner": items(f"{D} > Cleaning > Brush Cleaners", ("Brush Cleaner & Restorer, Water Based, 1L", 9),
                          ("Harwell Brush Cleaner, Solvent Free, 500ml", 7), ("Brush Cleaner Spray, Oil Paint, 400ml", 8)),
    "tape": items(f"{TAPE} > Masking Tape", ("Frogline Masking Tape, Multi-Surface, 24mm x 41m, Green", 7),
                  ("Scotchway Blue Masking Tape, 36mm x 50m", 6), ("Masking Tape 3 Pack, 25mm x 50m, Yellow", 5),
                  ("Masking Tape, Delicate Surface, 48mm x 41m, Blue", 9), ("Low Tack Masking Tape, 18mm, White", 3)),
    "tape_acc": items(f"{TAPE} > Tape Accessories", ("Masking Tape Dispenser, Handheld, Blue", 5),
                      ("Tape Applicator for Masking Tape, 2-in-1, Blue", 14)),
    "sprayer": items(f"{D} > Sprayers", ("Sprayforce Electric Paint Sprayer, 700W, 3 Patterns", 59),
                     ("Airless Paint Sprayer, High Pressure, 1.5L", 189), ("HVLP Paint Sprayer, Cordless, 18V", 79)),
    "sprayer_acc": items(f"{D} > Sprayers > Sprayer Parts", ("Replacement Nozzle for Paint Sprayers, 2.5mm", 9),
                         ("Paint Sprayer Filter, 10 Pack", 7), ("Paint Sprayer Replacement Hose, 5m", 19)),
    "ladder": items(f"{D} > Ladders", ("Climbrite Aluminium Stepladder, 5 Tread", 59), ("Telescopic Ladder, 3.8m, EN131", 119),
                    ("Extension Ladder, 2 Section, 6m", 139)),
    "platladder": items(f"{D} > Ladders", ("Climbrite Platform Ladder, 4 Tread, Tool Tray, 150kg", 79),
                        ("Platform Ladder, Aluminium, 6 Tread, Handrail", 109),
                        ("Folding Platform Ladder, 3 Step, Anti-Slip", 49)),
    "ladderplat": items(f"{D} > Ladders > Ladder Accessories", ("Ladder Platform, Clip-On Rung Board, Aluminium", 39),
                        ("Ladder Platform Step, Fits Most Stepladders", 29)),
    "noise": each(("Filler Knife, 2 Inch, Stainless", f"{D} > Preparation", 4),
                  ("Dust Sheet, Cotton Twill, 12 x 9 ft", f"{D} > Preparation", 12)),
}

BK, MG = "バイク用品", "Motorcycle Gear"
SEC = f"{BK} > セキュリティ"

BIKE = {
    "helmet": items(f"{BK} > ヘルメット", ("フルフェイスヘルメット SG規格 インナーバイザー付き 黒 L", 12800),
                    ("Motorcycle Helmet, Full Face, DOT, Matte Black, M", 8980),
                    ("半キャップ ヘルメット 原付 125cc以下 黒", 2980), ("ハーフヘルメット 原付 白 バイザー付き", 2480)),
    "helmet.shield": items(f"{BK} > ヘルメット", ("シールド付き ジェットヘルメット 黒 フリーサイズ", 5980)),
    "hshield": items(f"{BK} > ヘルメット > シールド", ("ヘルメット シールド 汎用 ジェット用 スモーク", 1980),
                     ("ヘルメット シールド ミラー 交換用 フルフェイス対応", 2980)),
    "shield": items(f"{BK} > ヘルメット > シールド", ("ミラーシールド フルフェイス用 ゴールド", 2480),
                    ("スモークシールド 汎用 ジェット 開閉式", 1480)),
    "helmet_acc": items(f"{BK} > ヘルメット > ヘルメット用品", ("ヘルメット用 インナーパッド 交換用 黒", 1480),
                        ("ヘルメット袋 巾着 黒 フルフェイス対応", 1280)),
    "helmetholder": items(f"{SEC} > ヘルメットロック", ("ヘルメットホルダー ハンドル取付 ダイヤル式 黒", 1680),
                          ("ヘルメットホルダー ワイヤー式 鍵付き 2本", 1280),
                          ("ヘルメットロック ナンバープレート取付 ステンレス", 1980)),
    "lock": items(f"{SEC} > ロック", ("U字ロック 極太 18mm 盗難防止 黒", 3980)),
    "lock.disc": items(f"{SEC} > ロック", ("ディスクロック アラーム付き 110dB 黄", 2980),
                       ("Motorcycle Disc Lock with Alarm, 120dB, Yellow", 2480),
                       ("Disc Brake Lock, 7mm Pin, Reminder Cable, Black", 1980)),
    "wirelock": items(f"{SEC} > ロック", ("ワイヤーロック 1.8m 極太 22mm 鍵3本", 2480), ("ワイヤーロック ダイヤル式 4桁 1.2m 黒", 1480),
                      ("ワイヤーロック ヘルメットロック兼用 2m", 1980)),
    "lockwire": items(f"{BK} > メンテナンス > 工具", ("ロックワイヤー ステンレス 0.8mm 30m", 1280),
                      ("ロックワイヤー 0.6mm 15m レース用 ボルト 脱落防止", 880)),
    "wire": items(f"{BK} > メンテナンス > 工具", ("ステンレスワイヤー 0.8mm 50m 巻き 整備用", 980),
                  ("ステンレス ワイヤー 1.0mm 20m 結束 補修用", 780)),
    "pjacket": items(f"{BK} > ウェア > ジャケット", ("プロテクター ジャケット メッシュ 肩 肘 背中 CE規格 黒", 11800),
                     ("プロテクター ジャケット 通年 脊椎パッド付き ネイビー", 14800)),
    "jacket": items(f"{BK} > ウェア > ジャケット", ("メッシュジャケット 春夏 3シーズン 黒 L", 8980),
                    ("Motorcycle Jacket, Textile, Waterproof, Black, L", 9980)),
    "jprotector": items(f"{BK} > ウェア > プロテクター", ("ジャケット用 プロテクター 肩 肘 5点セット CE", 3980),
                        ("ジャケット プロテクター 背中 脊椎 インナー", 2980)),
    "cover": items(f"{BK} > バイクカバー", ("バイクカバー 防水 厚手 UVカット シルバー L", 3480),
                   ("バイクカバー 原付 スクーター シルバー M", 1980),
                   ("Motorcycle Cover, Waterproof, 210D, Silver, XXL", 2980), ("バイクカバー ハーフ 簡易 黒 M", 1480)),
    "cover_acc": items(f"{BK} > バイクカバー > カバー用品", ("バイクカバー用 固定ベルト シルバー 2本", 680),
                       ("バイクカバー専用 収納袋 シルバー", 580), ("Lock Cable for Motorcycle Covers, 1.5m, Silver", 1180)),
    "tankbag": items(f"{MG} > Bags > Tank Bags", ("タンクバッグ マグネット 防水 8L 黒", 3980),
                     ("Magnetic Tank Bag, Motorcycle, 10L, Expandable, Black", 4480),
                     ("Tank Bag with Phone Window, Strap Mount, 6L", 3480)),
    "rainsuit": items(f"{MG} > Rain Gear > Rain Suits", ("レインスーツ 上下セット 防水 透湿 黒 L", 4980),
                      ("レインウェア 上下 バイク用 反射材 ネイビー M", 3980), ("合羽 上下 二輪 防水 蒸れない XL", 5980)),
    "glove": items(f"{BK} > グローブ", ("バイクグローブ 冬用 防寒 防水 黒 L", 3980), ("メッシュグローブ 夏用 スマホ対応 グレー M", 2480),
                   ("Motorcycle Gloves, Leather, Knuckle Protection, Brown", 4980)),
    "noise": each(("ワイヤーツイスター ロックワイヤー用 プライヤー", f"{BK} > メンテナンス > 工具", 2980),
                  ("ブーツカバー 防水 レイン 黒 L", f"{MG} > Rain Gear > Boot Covers", 1980)),
}

EY, EN = "メガネ・サングラス", "Eyewear"

EYE = {
    "glasses": items(f"{EY} > メガネ > フレーム", ("メガネ フレーム チタン スクエア 度付き対応 黒", 9800),
                     ("伊達メガネ ボストン べっ甲柄 UVカット", 2980), ("Round Metal Eyeglasses Frame, Gold, Unisex", 4980)),
    "glasses.blue": items(f"{EY} > メガネ > ブルーライトカット", ("メガネ 度なし ブルーライトカット 軽量 ネイビー", 1980),
                          ("PCメガネ ブルーライトカット 40% スクエア 黒", 2480),
                          ("Blue Light Blocking Glasses, Computer Gaming, Clear Frame", 1680)),
    "reading": items(f"{EN} > Reading Glasses", ("老眼鏡 +1.5 おしゃれ 軽量 赤", 2480),
                     ("老眼鏡 折りたたみ コンパクト ケース付き 黒 +2.0", 1980), ("シニアグラス 老眼鏡 チタン 赤 +2.5", 3980),
                     ("Reading Glasses, Spring Hinge, Red, +1.0", 1480), ("老眼鏡 3本セット +1.0 べっ甲 ブラウン", 1280)),
    "reading_acc": items(f"{EN} > Reading Glasses > Accessories", ("老眼鏡専用 ストラップ シリコン 赤", 580),
                         ("老眼鏡用 ネックホルダー 首掛け 赤", 780), ("Neck Cord for Reading Glasses, Red, 2 Pack", 480)),
    "sunglasses": items(f"{EY} > サングラス", ("偏光サングラス スポーツ UV400 黒", 2980), ("サングラス レディース 大きめ UVカット ブラウン", 1980),
                        ("Polarized Sunglasses, Aviator, Black, UV400", 3480), ("サングラス メンズ ウェリントン 黒 偏光", 1780),
                        ("サングラス 子供用 ピンク UV", 980)),
    "sunglasses.clip": items(f"{EY} > サングラス", ("クリップ サングラス 偏光 跳ね上げ式 メガネの上から", 1980),
                             ("クリップ サングラス 前掛け 偏光 UV400 ブラウン", 1580)),
    "sg_acc": items(f"{EY} > サングラス > サングラス小物", ("サングラス専用 ノーズパッド 交換 2組 黒", 480),
                    ("サングラス用 交換レンズ 偏光 グレー", 1980)),
    "sgclip": items(f"{EY} > サングラス > サングラス小物", ("サングラス クリップ 車用 サンバイザー 黒 2個", 780),
                    ("サングラスクリップ 帽子 バッグ 挟む", 580)),
    "case": items(f"{EN} > Glasses Cases", ("メガネケース ハード 黒 スリム", 980), ("メガネケース 革 本革 ブラウン マグネット", 2480),
                  ("Glasses Case, Hard Shell, Clamshell, Navy", 1280), ("サングラスケース 大きめ 折りたたみ 黒", 1180)),
    "chain": items(f"{EY} > メガネチェーン", ("メガネチェーン ビーズ ゴールド 落下防止", 980), ("メガネチェーン シリコン 2本セット 黒", 680),
                   ("Eyeglass Chain, Pearl Beads, Gold", 1480)),
    "mfog": items(f"{EN} > Lens Care > Anti-Fog", ("メガネ 曇り止め ジェル 10ml 持続 マスク対策", 880),
                  ("メガネ 曇り止め クロス 繰り返し使える 2枚", 980)),
    "fog": items(f"{EN} > Lens Care > Anti-Fog", ("曇り止めスプレー 液 ゴーグル シールド 50ml", 780), ("曇り止め ジェル 速乾 スポーツ 15ml", 680)),
    "fogglasses": items(f"{EY} > メガネ > 花粉・保護メガネ", ("曇り止め メガネ 度なし 花粉対策 軽量 クリア", 1980),
                        ("曇り止めメガネ 防塵 保護メガネ クリア", 1480)),
    "cleaner": items(f"{EN} > Lens Care > Cleaners", ("Lens Cleaner Spray, 60ml, with Microfiber Cloth", 680),
                     ("Lens Cleaner Wipes, Pre-Moistened, 100 Pack", 980), ("レンズクリーナー メガネ用 スプレー 30ml", 580)),
}

SHOPS = {"racket": RACKET, "paint": PAINT, "bike": BIKE, "eye": EYE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("paint", "platform ladder", "platladder", ["ladder"], ["ladderplat"]),
    two_types("bike", "ワイヤーロック", "wirelock", ["lock"], ["lockwire"]),
    two_types("bike", "ロックワイヤー", "lockwire", ["wire"], ["wirelock"]),
    two_types("bike", "プロテクター ジャケット", "pjacket", ["jacket"], ["jprotector"]),
    two_types("bike", "ヘルメット シールド", "hshield", ["shield"], ["helmet.shield"]),
    two_types("eye", "メガネ 曇り止め", "mfog", ["fog"], ["fogglasses"]),
    two_types("eye", "クリップ サングラス", "sunglasses.clip", ["sunglasses"], ["sgclip"]),
    # --- 2. a leading product word that modifies the head
    qualifies("racket", "racket bag", ["racketbag"], ["racket"]),
    qualifies("racket", "shoe bag", ["shoebag"], ["shoe"]),
    qualifies("paint", "paint tray", ["tray"], ["paint"]),
    qualifies("paint", "brush cleaner", ["brushcleaner"], ["brush"]),
    qualifies("bike", "ヘルメットホルダー", ["helmetholder"], ["helmet"]),
    qualifies("eye", "メガネケース", ["case"], ["glasses"]),
    qualifies("eye", "メガネチェーン", ["chain"], ["glasses"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("racket", "tennis racket", ["racket.tennis"], ["racket_acc", "racketbag"]),
    accessories("racket", "badminton racket", ["racket.badminton"], ["badminton_acc", "racketbag"]),
    accessories("paint", "paint roller", ["roller"], ["roller_acc"]),
    accessories("paint", "paint sprayer", ["sprayer"], ["sprayer_acc"]),
    accessories("bike", "ヘルメット", ["helmet"], ["hshield", "shield", "helmet_acc", "helmetholder"]),
    accessories("bike", "バイクカバー", ["cover"], ["cover_acc"]),
    accessories("eye", "サングラス", ["sunglasses"], ["sg_acc", "sgclip", "case"]),
    accessories("eye", "老眼鏡", ["reading"], ["reading_acc"]),
    # black tennis rackets: Pro Staff 189, Power 69, Clash (black/red) 159, Graphite 49 (a blue junior one 39;
    # black accessories 8-12, a black racket bag 69)
    price("racket", "budget black tennis racket", "racket.tennis-4", ["racket_acc", "racketbag"]),
    # white tennis shoes: Rush Pro 109, Court Lite (white/navy) 59, Clay Court 89 (a pink pair 49; white badminton
    # shoes 69; white laces 5 and toe guard 9)
    price("racket", "cheap white tennis shoes", "shoe.tennis-1", ["shoe_acc", "shoebag"]),
    # blue masking tape: Scotchway 6, Delicate Surface 9 (green 7, yellow 5, white 3; a blue dispenser 5 and
    # applicator 14)
    price("paint", "cheap blue masking tape", "tape-1", ["tape_acc"]),
    # black helmets: full face 12800, English full face 8980, half cap 2980, a shielded jet 5980 (a white half
    # helmet 2480; black accessories 1280-1680)
    price("bike", "安い 黒 ヘルメット", "helmet-2", ["hshield", "shield", "helmet_acc", "helmetholder"]),
    # silver covers: thick 3480, scooter 1980, English 2980 (a black half cover 1480; silver accessories 580-1180)
    price("bike", "激安 シルバー バイクカバー", "cover-1", ["cover_acc"]),
    # black sunglasses: sports 2980, English aviator 3480, Wellington 1780 (a pink kids' pair 980, brown ones 1580-1980;
    # black accessories 480-1180)
    price("eye", "格安 黒 サングラス", "sunglasses-3", ["sg_acc", "sgclip", "case"]),
    # red reading glasses: +1.5 2480, senior titanium 3980, English 1480 (a brown 3-pack 1280; red accessories 480-780)
    price("eye", "お手頃 赤 老眼鏡", "reading-3", ["reading_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("bike", "タンクバッグ", "tankbag"),
    mixed("bike", "ディスクロック", "lock.disc"),
    mixed("bike", "グローブ", "glove"),
    mixed("bike", "rain suit", "rainsuit"),
    mixed("eye", "リーディンググラス", "reading"),
    mixed("eye", "レンズクリーナー", "cleaner"),
    mixed("eye", "ブルーライトカット メガネ", "glasses.blue"),
    mixed("eye", "glasses case", "case"),
]


SETUPS = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS: dict = {
    # "メガネ 曇り止め" passes since the fifteenth session: the groups "メガネ 曇り止め" of a title are the
    # メガネ曇り止め another writes whole (`heads.written_apart`)
    **{("blind22", "accessories:bike:ヘルメット", s): "two ヘルメット シールド visors rank above the English-titled "
       "'Motorcycle Helmet, Full Face' (third and fourth are visors)" for s in SETUPS},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind22(q: Q, setup: str, known_limit):
    known_limit("blind22")
    check(q, setup, ENGINES)


def test_blind22_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "blue": "Blue", "黒": "Black",
                                 "シルバー": "Silver", "赤": "Red"})
