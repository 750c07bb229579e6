"""A hundred-and-seventeenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
workwear and safety clothing (English: battery fans and fan batteries, knee pad pants and pants knee
pad inserts, hard hats, safety glasses, heated vests, safety vests, work gloves and glove clips, boot
trays), dancewear, ballet, tap and figure skating (English: tap shoes and shoe taps, pointe shoes and
their ribbons and toe pads, tutus and tutu bags, figure skates and skate guards, skate dresses), a
Japanese shop of 作業服・作業用品 (スパイク長靴 and 長靴スパイク, 空調服 and its fans and batteries,
ヘルメット and ヘルメットバッグ, 手袋ホルダー, フルハーネス and ランヤード; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords: Knee Pads
ニーパッド, Work Gloves ワークグローブ, Tool Belt ツールベルト) and a Japanese shop of ナイトウェア・
インナー (パジャマ and パジャマパンツ, 腹巻 and 腹巻パンツ, ブラ and its pads, extenders and straps; with
English-titled imports too: Lounge Pants ラウンジパンツ, Camisole キャミソール, Slippers スリッパ).
Shops of 40-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (a hundred-and-seventeenth suite), as a measurement only (nothing
changed for it): 91 of 92 cases pass, 36 of 37 queries in every setup (two_types 6/7 queries, 15/16
cases; qualifies 8/8, 20/20; accessories 8/8, 19/19; price 6/6, 15/15; mixed 8/8, 22/22); the one
failing case, 'shoe taps' with the bag-of-words encoder (a "Replacement Toe Taps for Tap Shoes" second,
above two of the three "Shoe Taps" items; it passes lexical only), is a strict xfail (`LIMITS`,
through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W, S, JOB = "Workwear", "Safety", "Jobsite"
HEAD, EYE, KNEE = f"{S} > Head Protection", f"{S} > Eye Protection", f"{S} > Knee Protection"
HIVIS, HEATED, COOL = f"{W} > High Visibility", f"{W} > Heated Apparel", f"{W} > Cooling Apparel"

WORK = {
    "hardhat": items(f"{HEAD} > Hard Hats", ("Ironridge Hard Hat, Cap Style, 4-Point Ratchet, White", 19),
                     ("Ironridge Full Brim Hard Hat, Vented, Yellow", 29),
                     ("Type II Safety Hard Hat, 6-Point Suspension, Orange", 34)),
    "hardhat_acc": items(f"{HEAD} > Hard Hat Accessories", ("Hard Hat Replacement Suspension, 4-Point Ratchet", 9),
                         ("Chin Strap for Hard Hats, Elastic, 2 Pack", 6),
                         ("Sun Shade for Hard Hats, Full Brim, Mesh Neck Cover", 12)),
    "glasses": items(f"{EYE} > Safety Glasses", ("Ironridge Safety Glasses, Anti-Fog, Clear Lens, 3 Pack", 15),
                     ("Wraparound Safety Glasses, Smoke Lens, UV400", 9),
                     ("Bifocal Safety Glasses, +2.0 Reader, Clear", 14)),
    "glasses_acc": items(f"{EYE} > Eyewear Accessories", ("Neck Cord for Safety Glasses, Breakaway, 6 Pack", 7),
                         ("Safety Glasses Replacement Lenses, Clear, 2 Pairs", 8)),
    "vest": items(f"{HIVIS} > Safety Vests", ("Brightline Safety Vest, Class 2, Mesh, Orange", 14),
                  ("Brightline Safety Vest, Class 2, Mesh, Yellow", 6),
                  ("Surveyor Safety Vest, 10 Pockets, Zip, Orange", 26),
                  ("Breakaway Safety Vest, Class 2, 5-Point, Orange", 18),
                  ("Safety Vest, Reflective Strips, Hook & Loop, Orange, One Size", 8)),
    "vest_acc": items(f"{HIVIS} > Vest Accessories", ("ID Badge Holder for Safety Vests, Orange", 4),
                      ("Safety Vest Extender, Hook & Loop, Orange", 5)),
    "heatedvest": items(f"{HEATED} > Heated Vests", ("Emberline Heated Vest, 3 Heat Zones, Men's, Black", 89),
                        ("Heated Vest, Women's, USB Powered, Grey", 69),
                        ("Emberline Heated Vest, Softshell, 12V, Black", 119)),
    "battery": items(f"{HEATED} > Batteries", ("Replacement Battery for Heated Vests, 7.4V 5200mAh", 39),
                     ("Heated Vest Replacement Battery Pack, USB-C", 35)),
    "fanbattery": items(f"{COOL} > Fan Batteries", ("Fan Battery for Cooling Jackets, 12V, 10000mAh", 45),
                        ("Coolwave Fan Battery, 7.2V, Slim, with Charger", 39)),
    "fan": items(f"{COOL} > Fans", ("Replacement Fans for Cooling Jackets, 2 Pack, 12V", 29),
                 ("Clip-On Neck Fan, Bladeless, 3 Speeds", 19)),
    "batteryfan": items(f"{JOB} > Fans", ("Battery Fan, Cordless, 18V, Jobsite, Tool Only", 79),
                        ("Coolwave Battery Fan, Clip-On, Rechargeable, 8 Inch", 39)),
    "kneepad": items(f"{KNEE} > Knee Pads", ("Groundwork Knee Pads, Gel, Hard Cap, Pair", 29),
                     ("Foam Knee Pads, Soft Cap, Flooring, Pair", 15)),
    "kneeinsert": items(f"{KNEE} > Knee Pad Inserts", ("Work Pants Knee Pad Inserts, EVA Foam, Pair", 14),
                        ("Cargo Pants Knee Pads, Insert Style, 2 Pairs", 19)),
    "kneepadpants": items(f"{W} > Work Pants > Knee Pad Pants",
                          ("Groundwork Knee Pad Pants, Cargo, Ripstop, Khaki, 34x32", 59),
                          ("Flooring Knee Pad Pants with Pad Pockets, Grey", 64)),
    "pants": items(f"{W} > Work Pants", ("Carpenter Pants, Duck Canvas, Brown, 34x32", 45),
                   ("Double Front Work Pants, Tan, 36x32", 49)),
    "glove": items(f"{W} > Work Gloves", ("Gripline Work Gloves, Nitrile Coated, Black, L, 12 Pairs", 24),
                   ("Cut Resistant Work Gloves, Level A4, Grey, M", 14),
                   ("Winter Work Gloves, Insulated, Waterproof, Black, L", 19),
                   ("Nitrile Dipped Work Gloves, Black, M, 3 Pairs", 12),
                   ("Cotton Work Gloves, White, 12 Pairs", 9)),
    "gloveclip": items(f"{W} > Work Gloves > Glove Clips", ("Gripline Glove Clip, Belt Loop, Black, 2 Pack", 6),
                       ("Glove Clip with Carabiner, Steel, Black", 8),
                       ("Glove Clips for Work Gloves, Holds 2 Pairs, Orange", 5)),
    "boot": items(f"{W} > Work Boots", ("Ironridge Steel Toe Work Boots, 6 Inch, Waterproof, Brown", 129),
                  ("Composite Toe Work Boots, Slip Resistant, Black", 99)),
    "boottray": items(f"{W} > Boot Care > Boot Trays", ("Boot Tray, Rubber, 32 x 16 Inch, Black", 19),
                      ("Boot Tray with Stones, Large, Entryway", 34), ("Ironridge Boot Tray, Heavy Duty, 2 Pack", 29)),
}

D, F, K = "Dancewear", "Dance Shoes", "Figure Skating"

DANCE = {
    "leotard": items(f"{D} > Leotards", ("Pirouette Camisole Leotard, Cotton, Black, Adult M", 24),
                     ("Tank Leotard, Girls, Pink, 8-10", 18), ("Long Sleeve Leotard, Velvet, Burgundy", 32)),
    "tights": items(f"{D} > Tights", ("Convertible Ballet Tights, Pink, Adult", 12), ("Footed Tights, Black, Girls", 9),
                    ("Pirouette Stirrup Tights, Tan", 14)),
    "tutu": items(f"{D} > Tutus & Skirts", ("Practice Tutu, 4 Layer Tulle, White", 59),
                  ("Platter Tutu, Stiff Net, Pink, Adult", 149), ("Romantic Tutu, Knee Length, Ivory", 89)),
    "tutubag": items(f"{D} > Dance Bags > Tutu Bags", ("Tutu Bag, Round, 36 Inch, Fits Platter Tutus", 49),
                     ("Pirouette Tutu Bag, Foldable, Black", 39), ("Tutu Bag, Travel, Hanger Opening, Navy", 45)),
    "dancebag": items(f"{D} > Dance Bags", ("Pirouette Dance Bag, Duffel, Shoe Pocket, Pink", 34),
                      ("Dance Backpack, Garment Hook, Black", 42)),
    "balletshoe": items(f"{F} > Ballet Shoes", ("Pirouette Ballet Shoes, Leather, Full Sole, Pink", 22),
                        ("Canvas Ballet Shoes, Split Sole, Pink", 18), ("Ballet Shoes, Satin, Split Sole, Black", 24)),
    "jazzshoe": items(f"{F} > Jazz Shoes", ("Jazz Shoes, Slip-On, Leather, Black", 39),
                      ("Split Sole Jazz Shoes, Lace-Up, Tan", 35)),
    "tapshoe": items(f"{F} > Tap Shoes", ("Pirouette Tap Shoes, Mary Jane, Patent, Black, Girls", 45),
                     ("Tap Shoes, Oxford, Lace-Up, Black, Adult", 79), ("Beginner Tap Shoes, Buckle Strap, Tan", 39)),
    "shoetap": items(f"{F} > Tap Shoes > Taps & Screws", ("Shoe Taps, Toe and Heel Set, Aluminium, with Screws", 19),
                     ("Pirouette Shoe Taps, Heel Only, 2 Pairs", 12), ("Shoe Taps, Teletone Style, Toe, Pair", 16)),
    "tap": items(f"{F} > Tap Shoes > Taps & Screws", ("Replacement Toe Taps for Tap Shoes, Pair", 14),
                 ("Jingle Taps, Toe, Pair", 15)),
    "pointe": items(f"{F} > Pointe Shoes", ("Pirouette Pointe Shoes, Satin, Medium Shank, Pink", 79),
                    ("Pointe Shoes, Beginner, Soft Shank, Pink", 64), ("Pro Pointe Shoes, Hard Shank, Pink", 95),
                    ("Pointe Shoes, Satin, Brown", 58)),
    "pointe_acc": items(f"{F} > Pointe Shoes > Pointe Accessories", ("Pointe Shoe Ribbons, Satin, Pink, 2 Yards", 6),
                        ("Gel Toe Pads for Pointe Shoes, Pink, Pair", 14),
                        ("Elastic for Pointe Shoes, Pink, 1 Yard", 4)),
    "skate": items(f"{K} > Figure Skates", ("Glidewell Figure Skates, Girls, White, Size 1", 89),
                   ("Figure Skates, Adult, Leather Boot, Black", 149), ("Beginner Figure Skates, Padded, White", 69)),
    "skate_acc": items(f"{K} > Skate Accessories", ("Skate Guards for Figure Skates, Hard Plastic, Pink", 14),
                       ("Terry Soakers for Figure Skates, Pair", 12),
                       ("Figure Skate Replacement Laces, 108 Inch, White", 6)),
    "skatedress": items(f"{K} > Skating Dresses", ("Skate Dress, Long Sleeve, Rhinestones, Blue, Girls 8-10", 69),
                        ("Glidewell Skate Dress, Velvet, Black, Adult S", 89),
                        ("Practice Skate Dress, Mesh Sleeves, Purple", 49)),
    "noise": each(("Leg Warmers, Knit, 24 Inch, Pink", f"{D} > Warm-Ups", 12),
                  ("Rosin Box, Wooden, 2 lb Rosin", f"{D} > Studio", 29)),
}

J, T, E = "作業服", "作業用品", "Work Gear"
BOOTS, HARNESS = f"{T} > 長靴・安全靴", f"{T} > 墜落制止用器具"

SAGYO = {
    "kuchou": items(f"{J} > 空調服", ("空調服 長袖 ブルゾン ファン付き フルセット グレー L", 12800),
                    ("空調服 ベスト ファン バッテリー付き グレー", 9800),
                    ("Cooling Fan Jacket, 2 Fans, Battery Included, Grey", 11800),
                    ("空調服 半袖 ファン付き 作業服 カモフラ", 8900)),
    "kuchou_acc": items(f"{J} > 空調服 > 空調服パーツ", ("空調服用 ファン 交換用 2個 グレー", 2980),
                        ("空調服専用 バッテリー 大容量 グレー", 6980), ("空調服対応 ケーブル 交換 グレー", 980)),
    "helmet": items(f"{T} > ヘルメット", ("ヘルメット 工事用 通気孔付き 白 ライナー入り", 1980),
                    ("ヘルメット 作業用 軽量 ABS 白", 1480), ("ヘルメット 作業用 ABS 青", 1280),
                    ("Safety Helmet, Vented, Ratchet, White", 2980)),
    "helmet_acc": items(f"{T} > ヘルメット > ヘルメット用品", ("ヘルメット用 あご紐 白 2本", 380),
                        ("ヘルメット専用 汗取りパッド 白 10枚", 480), ("ヘルメット対応 ネックガード 日よけ 白", 880)),
    "helmetbag": items(f"{T} > ヘルメット > ヘルメットバッグ", ("ヘルメットバッグ 防水 大容量 黒", 1980),
                       ("ヘルメットバッグ 工事用 巾着 白", 980), ("ヘルメット バッグ 2個収納 リュック型", 2980)),
    "glove": items(f"{T} > 作業手袋", ("軍手 綿 12双組 白 フリーサイズ", 680), ("作業手袋 ニトリル背抜き 黒 L 10双", 1280),
                   ("Work Gloves, Synthetic Leather, Touchscreen, Black, L", 1980),
                   ("Mechanic Work Gloves, Impact Protection, Grey", 2480), ("ワークグローブ 牛革 アウトドア キャメル", 2280)),
    "gloveholder": items(f"{T} > 作業手袋 > 手袋ホルダー", ("手袋ホルダー クリップ式 ベルト取付 黒 2個", 580),
                         ("グローブホルダー 手袋ホルダー カラビナ付き", 680), ("手袋ホルダー 落下防止 コイル 蛍光", 480)),
    "boots": items(f"{BOOTS} > 長靴", ("長靴 メンズ 軽量 防滑 ロング 黒", 2980), ("長靴 作業用 耐油 グリーン", 1980)),
    "spikeboots": items(f"{BOOTS} > 長靴", ("スパイク長靴 ピン付き 雪道 凍結 黒", 4980),
                        ("スパイク長靴 防寒 着脱式ピン 軽量 ネイビー", 5980)),
    "spike": items(f"{BOOTS} > 滑り止め", ("スパイク 靴用 滑り止め 着脱 10本ピン", 980),
                   ("簡易スパイク 雪道 靴底 アイゼン 4本爪", 780)),
    "bootspike": items(f"{BOOTS} > 滑り止め", ("長靴スパイク 後付け 着脱式 滑り止め", 1280),
                       ("長靴用 スパイク 凍結路 ワンタッチ M", 1180)),
    "harness": items(f"{HARNESS} > フルハーネス", ("フルハーネス 新規格 Y字型 黒 M", 12800),
                     ("フルハーネス 軽量 X型 腿ベルト付き L", 15800), ("フルハーネス 墜落制止用器具 適合 ランヤードセット", 19800)),
    "harness_acc": items(f"{HARNESS} > ハーネス用品", ("フルハーネス用 ランヤード 巻取式 ダブル", 8800),
                         ("フルハーネス専用 収納袋 メッシュ", 1280), ("ランヤード フルハーネス用 ストラップ式 シングル", 5800)),
    "kneepad": items(f"{E} > Knee Pads", ("Knee Pads, Gel Cushion, Adjustable Straps, Pair", 2480),
                     ("Professional Knee Pads, Hard Cap, Black", 3280), ("ニーパッド 膝当て 作業用 ジェル 2個", 1480)),
    "toolbelt": items(f"{E} > Tool Belts", ("Tool Belt, Leather, 11 Pockets, Hammer Loop", 6980),
                      ("Tool Belt with Suspenders, Padded, Canvas", 8980), ("ツールベルト 腰袋 3点セット 黒", 4980)),
    "safetyvest": items(f"{E} > Safety Vests", ("安全ベスト 反射 メッシュ 蛍光イエロー フリーサイズ", 680),
                        ("安全ベスト 高視認 ポケット付き オレンジ", 980), ("反射ベスト 夜間 工事 蛍光イエロー LEDライト付き", 1480)),
}

N, I, SL = "ナイトウェア", "インナー・肌着", "Sleepwear"

NIGHT = {
    "pajama": items(f"{SL} > Pajamas", ("パジャマ レディース 長袖 綿100% 前開き ネイビー M", 3980),
                    ("パジャマ メンズ 長袖 ガーゼ 上下セット グレー L", 4980), ("パジャマ ダブルガーゼ 半袖 春夏 ピンク", 3480),
                    ("Silk Satin Pajama Set, Long Sleeve, Button Down, Navy", 5980), ("パジャマ 冬 ふわもこ 上下 ネイビー", 2980)),
    "pajamapants": items(f"{N} > パジャマパンツ", ("パジャマパンツ レディース 単品 ロング丈 綿 グレー", 1980),
                         ("パジャマパンツ メンズ ガーゼ ハーフパンツ", 1780), ("パジャマ パンツのみ 単品 ネイビー", 1680)),
    "lounge": items(f"{SL} > Loungewear", ("Lounge Pants, Women's, Jersey, Drawstring, Heather Grey", 2480),
                    ("Lounge Pants, Men's, Plaid Flannel", 2980), ("ラウンジパンツ ワイド リブ レディース ベージュ", 2280)),
    "haramaki": items(f"{I} > 腹巻", ("腹巻 シルク 薄手 日本製 ベージュ", 1980), ("腹巻き 綿 ロング丈 2枚組 黒", 1580),
                      ("はらまき 男女兼用 ウール 冷え取り", 2480)),
    "haramakipants": items(f"{I} > ショーツ > 腹巻パンツ", ("腹巻きパンツ レディース 綿 深履き 2枚組", 1980),
                           ("腹巻パンツ 一体型 ショーツ 冷え対策 ベージュ", 1480), ("腹巻き付き パンツ 深ばき 綿混 黒 M", 1280)),
    "shorts": items(f"{I} > ショーツ", ("ショーツ レディース 綿 3枚組 無地", 1280), ("サニタリーショーツ 昼用 2枚 黒", 1480)),
    "bra": items(f"{I} > ブラジャー", ("ナイトブラ ノンワイヤー 育乳 黒 M", 2480), ("ブラジャー ワイヤー 3/4カップ レース 黒 C70", 2980),
                 ("ノンワイヤーブラ シームレス ベージュ M", 1980), ("ブラ 単品 スポーツ 揺れ防止 黒 L", 1780),
                 ("Wireless Bra, Seamless, Everyday Comfort, Black, M", 2280), ("ブラ ナイトブラ 脇高 ネイビー", 1580)),
    "bra_acc": items(f"{I} > ブラジャー > ブラ小物", ("ブラ用 パッド 取り外し 三角 黒 2組", 480),
                     ("ブラジャー専用 延長ホック 3列 黒 3個", 380), ("ブラ対応 ストラップ 交換用 透明 2本", 580),
                     ("ストラップ ブラ用 クロス 調節可 黒", 680)),
    "cami": items(f"{I} > キャミソール", ("Camisole, Lace Trim, Adjustable Straps, Ivory", 1980),
                  ("Cotton Camisole, Ribbed, 2 Pack, Black/White", 2480), ("キャミソール カップ付き 綿 レディース 黒", 1480)),
    "slipper": items(f"{N} > ルームシューズ", ("Memory Foam Slippers, Women's, Fleece Lined, Grey", 2980),
                     ("House Slippers, Men's, Closed Back, Navy", 2480), ("スリッパ 来客用 洗える 5足セット", 2980),
                     ("スリッパ もこもこ 冬 レディース ピンク", 1280)),
    "gown": items(f"{N} > ガウン", ("ガウン 着る毛布 フランネル 男女兼用", 3480), ("Bathrobe, Waffle Weave, Unisex, White", 3980)),
    "noise": each(("アイマスク シルク 遮光 安眠 ピンク", f"{N} > 安眠グッズ", 980),
                  ("ステテコ メンズ 綿 クレープ 2枚組", f"{I} > ステテコ", 1680)),
}

SHOPS = {"work": WORK, "dance": DANCE, "sagyo": SAGYO, "night": NIGHT}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("work", "battery fan", "batteryfan", ["fan"], ["fanbattery"]),
    two_types("work", "fan battery", "fanbattery", ["battery"], ["batteryfan"]),
    two_types("work", "knee pad pants", "kneepadpants", ["pants"], ["kneeinsert"]),
    two_types("dance", "tap shoes", "tapshoe", ["jazzshoe", "balletshoe"], ["shoetap"]),
    two_types("dance", "shoe taps", "shoetap", ["tap"], ["tapshoe"]),
    two_types("sagyo", "スパイク長靴", "spikeboots", ["boots"], ["bootspike"]),
    two_types("sagyo", "長靴スパイク", "bootspike", ["spike"], ["spikeboots"]),
    # --- 2. a leading product word that modifies the head
    qualifies("work", "glove clip", ["gloveclip"], ["glove"]),
    qualifies("work", "boot tray", ["boottray"], ["boot"]),
    qualifies("dance", "tutu bag", ["tutubag"], ["tutu"]),
    qualifies("dance", "skate dress", ["skatedress"], ["skate"]),
    qualifies("sagyo", "ヘルメットバッグ", ["helmetbag"], ["helmet"]),
    qualifies("sagyo", "手袋ホルダー", ["gloveholder"], ["glove"]),
    qualifies("night", "パジャマパンツ", ["pajamapants"], ["pajama"]),
    qualifies("night", "腹巻パンツ", ["haramakipants"], ["haramaki"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("work", "hard hat", ["hardhat"], ["hardhat_acc"]),
    accessories("work", "safety glasses", ["glasses"], ["glasses_acc"]),
    accessories("work", "heated vest", ["heatedvest"], ["battery"]),
    accessories("dance", "pointe shoes", ["pointe"], ["pointe_acc"]),
    accessories("dance", "figure skates", ["skate"], ["skate_acc"]),
    accessories("sagyo", "空調服", ["kuchou"], ["kuchou_acc"]),
    accessories("sagyo", "フルハーネス", ["harness"], ["harness_acc"]),
    accessories("night", "ブラ", ["bra"], ["bra_acc"]),
    # orange safety vests: Brightline mesh 14, Surveyor 26, Breakaway 18, hook & loop 8 (a yellow Brightline 6;
    # orange badge holder 4 and extender 5)
    price("work", "cheap orange safety vest", "vest-4", ["vest_acc"]),
    # black work gloves: Gripline 24, winter 19, nitrile dipped 12 (a grey pair 14, a white set 9; black glove
    # clips 6 and 8)
    price("work", "budget black work gloves", "glove-3", ["gloveclip"]),
    # pink pointe shoes: Pirouette 79, beginner 64, pro 95 (a brown pair 58; pink ribbons 6, toe pads 14,
    # elastic 4)
    price("dance", "cheap pink pointe shoes", "pointe-1", ["pointe_acc"]),
    # grey 空調服: long-sleeve set 12800, vest 9800, English jacket 11800 (a camouflage one 8900; grey fans 2980,
    # battery 6980, cable 980)
    price("sagyo", "お手頃 グレー 空調服", "kuchou-1", ["kuchou_acc"]),
    # white helmets: vented 1980, light ABS 1480, English 2980 (a blue one 1280; white chin straps 380, sweat pads
    # 480, neck guard 880, a white helmet bag 980)
    price("sagyo", "安い 白 ヘルメット", "helmet-1", ["helmet_acc", "helmetbag"]),
    # black bras: night bra 2480, wired 2980, sports 1780, English 2280 (a beige one 1980, a navy one 1580; black
    # pads 480, extenders 380, straps 680)
    price("night", "格安 黒 ブラ", "bra-3", ["bra_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("sagyo", "ニーパッド", "kneepad"),
    mixed("sagyo", "ワークグローブ", "glove"),
    mixed("sagyo", "ツールベルト", "toolbelt"),
    mixed("sagyo", "safety vest", "safetyvest"),
    mixed("night", "ラウンジパンツ", "lounge"),
    mixed("night", "キャミソール", "cami"),
    mixed("night", "スリッパ", "slipper"),
    mixed("night", "pajamas", "pajama"),
]

LIMITS = {
    ("blind117", "two_types:dance:shoe_taps", "categories-dense"):
        "a 'Replacement Toe Taps for Tap Shoes' (a tap, not a 'Shoe Taps') second, above two 'Shoe Taps' items",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind117(q: Q, setup: str, known_limit):
    known_limit("blind117")
    check(q, setup, ENGINES)


def test_blind117_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"orange": "Orange", "black": "Black", "pink": "Pink", "グレー": "Grey",
                                 "白": "White", "黒": "Black"})
