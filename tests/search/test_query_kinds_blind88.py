"""An eighty-eighth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
tableware and dining (English: drinking glasses and jars, serving boards, table linen, cake
stands), home fragrance and candle care (English: candle-making wicks, diffusers and diffuser
stones, oil burners), a Japanese tableware shop 食器・和食器 (重箱, 鉄瓶, 鍋敷き, トレーマット; part of
its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: パスタボウル, ゴブレット, シュガーポット) and a Japanese aroma and room-fragrance shop
アロマ・ルームフレグランス (スティックディフューザー, アロマランプ, アロマペンダント, 精油; English-titled
imports too: ファブリックミスト, サシェ, ティーライト). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

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

Written blind on 2026-12-01 (eighty-eighth suite, at baafd3c), as a measurement only (nothing
changed for it): 92 of 93 cases pass, 36 of 37 queries in every setup (two_types 7/8 queries,
17/18 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22).
The one failing case is a strict xfail (`LIMITS`, through `conftest.known_limit`): "diffuser
stones" with category paths and the bag-of-words encoder puts two plain stones (Aroma Stone,
Scented Stones) second and third, above two of the Diffuser Stones; lexical only it passes, and
the Stone Diffusers stay below every stone in both setups.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

D = "Dining"
DRINK, SERVE, LINEN = f"{D} > Drinkware", f"{D} > Serveware", f"{D} > Table Linens"

DINING = {
    "jarglass": items(f"{DRINK} > Drinking Glasses",
                      ("Hearthline Mason Jar Glasses with Handles, 16 oz, Set of 4", 24),
                      ("Jar Glasses with Daisy Lids and Straws, 12 oz, 6 Pack", 29),
                      ("Embossed Mason Jar Drinking Glasses, 20 oz, Set of 2, Clear", 16)),
    "glass": items(f"{DRINK} > Drinking Glasses", ("Hearthline Highball Glasses, 13 oz, Set of 6", 32),
                   ("Ribbed Drinking Glasses, 11 oz, Set of 4, Amber", 28),
                   ("Stemless Glasses, Lead-Free Crystal, 15 oz, Set of 4", 36)),
    "glassjar": items(f"{SERVE} > Jars & Canisters",
                      ("Hearthline Glass Jars with Airtight Lids, 32 oz, Set of 3", 27),
                      ("Glass Jars with Bamboo Lids, 4 Pack, 500 ml", 22),
                      ("Wide Mouth Glass Jars, Clamp Lid, 1 L, Set of 2", 19)),
    "jar": items(f"{SERVE} > Jars & Canisters", ("Stoneware Jars with Wooden Lids, Set of 3, Cream", 34),
                 ("Ceramic Canister Jar, 700 ml, Speckled White", 18),
                 ("Hearthline Terracotta Honey Jar with Dipper", 15)),
    "butterboard": items(f"{SERVE} > Boards", ("Olive Wood Butter Board for Spreads, 16 in", 39),
                         ("Hearthline Acacia Butter Board with Handle, 18 in", 32),
                         ("Marble Butter Board, Round, 12 in, White", 29)),
    "board": items(f"{SERVE} > Boards", ("Acacia Charcuterie Board, Large, 20 x 12 in", 45),
                   ("Slate Cheese Board with Chalk, 12 x 8 in, Black", 24),
                   ("Bamboo Serving Board with Cheese Knife Set", 36)),
    "boardbutter": items(f"{D} > Wood Care",
                         ("Hearthline Board Butter, Beeswax & Coconut Oil Wood Conditioner, 4 oz", 12),
                         ("Board Butter for Cutting Boards and Bowls, Unscented, 8 oz", 16)),
    "napkinring": items(f"{LINEN} > Napkin Rings", ("Hearthline Napkin Rings, Brass, Set of 6, Gold", 22),
                        ("Wooden Bead Napkin Rings, Set of 4, Natural", 14), ("Rattan Napkin Rings, Set of 8", 18)),
    "napkin": items(f"{LINEN} > Napkins", ("Hearthline Linen Napkins, Set of 4, 20 x 20 in, Sage", 28),
                    ("Cotton Cloth Napkins, 12 Pack, White", 24), ("Cocktail Napkins, Paper, 100 Count, Gold Foil", 9)),
    "platestand": items(f"{D} > Display > Plate Stands", ("Wooden Plate Stands, Display Easel, 6 Pack, 8 in", 16),
                        ("Hearthline Plate Stand, Wrought Iron, Black, Set of 2", 19),
                        ("Acrylic Plate Stands for Display, Clear, 4 Pack", 12)),
    "plate": items(f"{D} > Dinnerware > Plates", ("Hearthline Stoneware Dinner Plates, 10.5 in, Set of 4, Grey", 48),
                   ("Porcelain Salad Plates, 8 in, Set of 6, White", 36),
                   ("Melamine Plates, Outdoor, Set of 4, Blue", 22)),
    "cakestand": items(f"{SERVE} > Cake Stands", ("Hearthline Cake Stand with Glass Dome, 11 in, White Porcelain", 49),
                       ("Gold Metal Cake Stand, Round, 10 in", 29), ("Marble Cake Stand, Footed, 12 in, White", 38),
                       ("3 Tier Cake Stand, Gold, Porcelain Plates", 34),
                       ("Acrylic Cake Stand, Mirror Top, Gold, 12 in", 25), ("Wooden Cake Stand, Rustic, 10 in", 19)),
    "cakestand_acc": items(f"{SERVE} > Cake Stand Parts",
                           ("Replacement Glass Dome for Cake Stands, 11 in", 18),
                           ("Cake Stand Hardware Fittings, 3 Tier, Gold, 5 Sets", 9),
                           ("Rotating Base for Cake Stands, Gold", 14),
                           ("Cake Stand Replacement Center Rod, Gold, 2 Pack", 7)),
    "tablecloth": items(f"{LINEN} > Tablecloths", ("Hearthline Linen Tablecloth, Rectangle, 60 x 90 in, Natural", 59),
                        ("Wipe Clean Tablecloth, Oilcloth, Round 60 in, Lemon Print", 24),
                        ("Cotton Tablecloth, Gingham, 52 x 70 in, Red", 29),
                        ("Jacquard Tablecloth, Damask, 70 x 120 in, Ivory", 45)),
    "tablecloth_acc": items(f"{LINEN} > Tablecloth Accessories", ("Tablecloth Clips, Stainless Steel, 8 Pack", 9),
                            ("Tablecloth Weights, Beaded Pendants, Set of 4", 12),
                            ("Felt Table Protector Pad for Tablecloths, 60 x 90 in", 29)),
    "noise": each(("Hearthline Table Runner, Linen, 14 x 108 in, Charcoal", f"{LINEN} > Table Runners", 26)),
}

HF = "Home Fragrance"
MAKE, CANDLES, CARE, DIFF, BURN = (f"{HF} > Candle Making", f"{HF} > Candles", f"{HF} > Candle Care",
                                   f"{HF} > Diffusers", f"{HF} > Oil Burners")

SCENT = {
    "candlewick": items(f"{MAKE} > Wicks", ("Emberly Cotton Candle Wicks, Pre-Waxed, 6 in, 100 Pack", 8),
                        ("Candle Wicks with Metal Tabs, 4 in, 200 Pack", 10),
                        ("Wooden Candle Wicks, Crackling, 13 mm, 50 Pack", 12)),
    "wick": items(f"{MAKE} > Wicks", ("Wooden Wicks with Metal Clips, 20 Pack", 9),
                  ("Hemp Wick, Beeswax Coated, 200 ft Spool", 11)),
    "woodwick": items(f"{CANDLES} > Scented Candles", ("Emberly Wood Wick Candle, Sandalwood & Amber, 9 oz", 28),
                      ("Wood Wick Candle, Crackling, Fig & Cedar, 12 oz, Black Glass", 32),
                      ("Soy Wood Wick Candles, Travel Tins, Set of 3", 24)),
    "candle": items(f"{CANDLES} > Scented Candles", ("Emberly Soy Candle, Lavender & Vanilla, 8 oz, Amber Jar", 22),
                    ("Three Wick Candle, Grapefruit & Mint, 14 oz", 34))
    + items(f"{CANDLES} > Pillar & Taper", ("Pillar Candles, Unscented, 3 x 6 in, Set of 3, Ivory", 18),
            ("Taper Candles, Dripless, 10 in, 12 Pack, White", 16)),
    "snuffer": items(CARE, ("Emberly Candle Snuffer, Brass, Long Handle", 14),
                     ("Candle Snuffer with Wick Trimmer and Dipper, Black, 3 Piece Set", 19),
                     ("Stainless Steel Candle Snuffer, Bell Shape, Silver", 11)),
    "lighter": items(CARE, ("Emberly USB Candle Lighter, Rechargeable, Long Neck, Black", 15),
                     ("Electric Arc Candle Lighter, Flexible Neck, White", 12),
                     ("Candle Lighter, Refillable Butane, 2 Pack", 9)),
    "diffstone": items(f"{DIFF} > Diffuser Stones", ("Emberly Diffuser Stones, Lava Rock, 200 g", 9),
                       ("Ceramic Diffuser Stones, Flower Shape, 6 Pack, White", 12),
                       ("Diffuser Stones with Wooden Tray, Volcanic, Black", 15)),
    "stone": items(f"{DIFF} > Diffuser Stones", ("Aroma Stone, Unglazed Plaster, Round, White", 8),
                   ("Scented Stones, Refillable, Pouch of 10", 10)),
    "stonediff": items(f"{DIFF} > Ultrasonic Diffusers",
                       ("Emberly Stone Diffuser, Ultrasonic, Ceramic Cover, 100 ml, Sand", 69),
                       ("Stone Diffuser, Marble Look, Cool Mist, Auto Off, Grey", 49)),
    "diffuser": items(f"{DIFF} > Ultrasonic Diffusers",
                      ("Emberly Ultrasonic Diffuser, 300 ml, Wood Grain, 7 Colour Light", 39),
                      ("Ultrasonic Essential Oil Diffuser, 500 ml, Remote, Black", 45),
                      ("Mini Ultrasonic Diffuser, USB, 100 ml, Black", 19),
                      ("Ultrasonic Diffuser, Glass Vase, 120 ml, White", 35),
                      ("Cool Mist Ultrasonic Diffuser, 400 ml, Timer, Black", 29)),
    "diffuser_acc": items(f"{DIFF} > Diffuser Parts", ("Replacement Water Tank for Ultrasonic Diffusers, 300 ml", 12),
                          ("Ultrasonic Diffuser Replacement Power Adapter, 24V, Black", 9),
                          ("Cleaning Kit for Ultrasonic Diffusers, Swabs & Citric Acid", 8),
                          ("Replacement Mist Cover for Ultrasonic Diffuser, Black", 7)),
    "burner": items(BURN, ("Emberly Ceramic Oil Burner, Tealight, White", 16),
                    ("Cast Iron Oil Burner, Moroccan Lantern Style, Black", 22),
                    ("Glass Oil Burner, Tealight, Amber", 14), ("Electric Oil Burner, Dimmer, Touch Lamp", 29)),
    "burner_acc": items(f"{BURN} > Burner Parts", ("Replacement Glass Dish for Oil Burners, 2 Pack", 6),
                        ("Oil Burner Replacement Bulbs, 25W, 4 Pack", 8),
                        ("Tealight Cups for Oil Burners, Unscented, 50 Pack", 7)),
    "noise": each(("Incense Sticks, Sandalwood, 120 Sticks", f"{HF} > Incense", 9),
                  ("Linen Spray, Lavender, 250 ml", f"{HF} > Room Sprays", 14),
                  ("Wax Melts, Vanilla, 6 Cubes", f"{HF} > Wax Melts", 6)),
}

W, T = "和食器", "Tableware"
JUBAKO, TETSU = f"{W} > 重箱", "茶器 > 鉄瓶"

SHOKKI = {
    "nabeshiki": items("キッチン雑貨 > 鍋敷き", ("鍋敷き 木製 丸型 18cm", 980), ("鍋敷き 南部鉄器 亀甲 黒", 1980),
                       ("鍋敷き シリコン 2枚組 グレー", 780)),
    "nabe": items("調理器具 > 土鍋", ("土鍋 8号 3〜4人用 黒", 3980), ("土鍋 6号 1人用 白 萬古焼", 2480),
                  ("土鍋 9号 飴釉 4〜5人用", 4980)),
    "traymat": items("キッチン雑貨 > トレーマット", ("トレーマット 布 北欧 2枚セット", 880),
                     ("トレーマット 撥水 リネン 33×45cm グレー", 980), ("トレーマット 和柄 綿 3枚組", 1280)),
    "tray": items("キッチン雑貨 > トレー", ("トレー 木製 長方形 40cm ナチュラル", 1980), ("お盆 トレー 漆塗り 尺 黒", 2480),
                  ("カフェトレー 滑り止め 丸型 ブラウン", 1480)),
    "jubako": items(JUBAKO, ("重箱 3段 6.5寸 赤 木製 漆塗り", 4980), ("重箱 2段 赤 花柄 5〜6人用", 2980),
                    ("重箱 3段 赤 市松 7寸", 3980), ("重箱 1段 黒 小 おせち", 1980), ("重箱 3段 黒 金彩 7寸", 4480)),
    "jubako_acc": items(f"{JUBAKO} > 重箱小物", ("重箱用 仕切り 赤 6枚 プラスチック", 480), ("重箱専用 風呂敷 赤 90cm 綿", 980),
                        ("重箱対応 おせち 盛り付け カップ 50枚", 380), ("仕切り 重箱用 6.5寸 黒 4枚", 330)),
    "tetsubin": items(TETSU, ("鉄瓶 南部鉄器 1.2L 黒 あられ", 8980), ("鉄瓶 0.6L 黒 小ぶり 直火", 5980),
                      ("鉄瓶 1.0L ブラウン 棗型", 6980), ("鉄瓶 1.6L 黒 大容量 南部鉄器", 11800)),
    "tetsubin_acc": items(f"{TETSU} > 鉄瓶小物", ("鉄瓶用 茶こし ステンレス 黒", 980), ("鉄瓶専用 蓋 交換用 黒", 1980),
                          ("鉄瓶対応 持ち手カバー 綿 2個", 680)),
    "pastabowl": items(f"{T} > Bowls > Pasta Bowls", ("パスタボウル 23cm 白 磁器 4枚組", 2480),
                       ("Pasta Bowls, Stoneware, 8 in, Set of 4, Matte Grey", 3480),
                       ("Wide Rim Pasta Bowls, Porcelain, 30 oz, White", 2980),
                       ("パスタボウル 深皿 リム 美濃焼 ネイビー", 1680)),
    "ramenbowl": items(f"{T} > Bowls > Ramen Bowls", ("ラーメン丼 大 1000ml 黒 刷毛目", 1480),
                       ("ラーメン鉢 7寸 白 磁器 2個組", 1980), ("麺鉢 どんぶり 赤絵 900ml", 1280),
                       ("ラーメン丼 レンゲ付き 2客セット 紺", 2480)),
    "goblet": items(f"{T} > Drinkware > Goblets", ("Crystal Goblets, 12 oz, Set of 4", 3980),
                    ("Hammered Copper Goblet, 10 oz", 2480), ("Vintage Glass Goblets, Amber, Set of 6", 4480),
                    ("ゴブレット ガラス 300ml 2脚", 1980)),
    "sugarbowl": items(f"{T} > Serveware > Sugar Bowls", ("シュガーポット 陶器 スプーン付き 白", 1280),
                       ("Sugar Bowl with Lid and Spoon, Ceramic, White", 1680),
                       ("Glass Sugar Bowl, Stainless Lid", 1480), ("シュガーポット ガラス 北欧", 980)),
    "noise": each(("箸置き 陶器 5個セット 動物", f"{W} > 箸置き", 880), ("豆皿 染付 5枚組", f"{W} > 小皿", 1580),
                  ("湯呑み 美濃焼 2個 ペア", f"{W} > 湯呑み", 1980)),
}

A, RF = "アロマ", "アロマ > ルームフレグランス"

AROMA = {
    "diffstick": items(f"{RF} > 詰め替え・スティック", ("ディフューザー スティック 交換用 ラタン 30本 ナチュラル", 480),
                       ("ディフューザースティック ファイバー 黒 20本 25cm", 580), ("ディフューザー スティック 白 10本 詰め替え", 380)),
    "stick": items(f"{RF} > 詰め替え・スティック", ("ラタン スティック 24cm 50本", 680), ("ファイバー スティック 黒 30cm 20本", 530)),
    "stickdiff": items(f"{RF} > スティックディフューザー", ("スティックディフューザー ルームフレグランス 100ml ホワイトムスク", 1980),
                       ("スティックディフューザー 大容量 200ml シトラス", 2480),
                       ("スティック ディフューザー おしゃれ ギフト 金木犀", 2980)),
    "diffuser": items(f"{A} > アロマディフューザー", ("アロマディフューザー 超音波 木目 300ml", 2980),
                      ("アロマディフューザー ネブライザー式 水なし 黒", 5980)),
    "lamp": items(f"{A} > アロマランプ", ("アロマランプ 陶器 白 調光 電球式", 2980), ("アロマランプ ガラス 電気式 白 タイマー", 3480),
                  ("アロマランプ 木製 ナチュラル コンセント", 2480), ("アロマランプ 白 丸型 ミニ 陶器", 1980),
                  ("アロマランプ ソルト 岩塩 ピンク", 2280)),
    "lamp_acc": items(f"{A} > アロマランプ > 交換パーツ", ("アロマランプ用 交換電球 白 E12 2個", 480),
                      ("アロマランプ専用 受け皿 ガラス 白", 680), ("アロマランプ対応 調光コード", 880)),
    "pendant": items(f"{A} > アロマアクセサリー", ("アロマペンダント ロケット型 シルバー チェーン付き", 1980),
                     ("アロマペンダント 溶岩石 ゴールド", 1480), ("アロマペンダント ガラス ボトル シルバー 925", 3980),
                     ("アロマペンダント 蓮 透かし シルバー フェルト付き", 1280), ("アロマペンダント 天然石 ピンク ネックレス", 1680)),
    "pendant_acc": items(f"{A} > アロマアクセサリー > 交換パーツ", ("アロマペンダント用 交換パッド フェルト 24枚 カラフル", 380),
                         ("アロマペンダント専用 チェーン シルバー 45cm", 680), ("チェーン アロマペンダント用 シルバー 50cm", 580)),
    "oilcase": items(f"{A} > アロマ雑貨 > 精油ケース", ("精油ケース 木製 25本収納", 2480), ("精油 ケース 持ち運び ポーチ 10本", 1280),
                     ("精油 収納ケース アクリル 3段", 1980)),
    "seiyu": items("Aromatherapy > Essential Oils", ("精油 ラベンダー 10ml 真正ラベンダー", 1680),
                   ("精油 ティーツリー 10ml オーガニック", 1480), ("精油 ベルガモット 5ml", 1280), ("精油 お試し 6本セット 5ml", 2480)),
    "mist": items("Home Fragrance > Fabric Mists", ("Fabric Mist, Lavender & Chamomile, 200 ml", 1980),
                  ("Linen and Fabric Mist, Fresh Cotton, 100 ml", 1480), ("ファブリックミスト ホワイトティー 300ml", 1280),
                  ("ファブリックミスト シトラス 詰め替え 250ml", 980)),
    "sachet": items("Home Fragrance > Sachets", ("Scented Sachets for Drawers, Lavender, 6 Pack", 1280),
                    ("Cedar Sachet Bags, Closet Freshener, 3 Pack", 980), ("サシェ 香り袋 ホワイトムスク 2個", 880),
                    ("サシェ ラベンダー 引き出し 3個", 780)),
    "tealight": items("Candles > Tealights", ("Tealight Candles, Unscented, 100 Pack, White", 1480),
                      ("Scented Tea Lights, Vanilla, 24 Pack", 980), ("ティーライト キャンドル 8時間 50個 無香料", 1180),
                      ("LED Tea Light Candles, Flickering, 12 Pack", 1280)),
    "noise": each(("ルームスプレー ユーカリ 100ml", f"{RF} > ルームスプレー", 1280), ("お香 スティック 白檀 50本", f"{A} > お香", 880),
                  ("アロマストーン 素焼き 3個", f"{A} > アロマ雑貨", 680)),
}

SHOPS = {"dining": DINING, "scent": SCENT, "shokki": SHOKKI, "aroma": AROMA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("dining", "jar glasses", "jarglass", ["glass"], ["glassjar"]),
    two_types("dining", "glass jars", "glassjar", ["jar"], ["jarglass"]),
    two_types("dining", "butter board", "butterboard", ["board"], ["boardbutter"]),
    two_types("scent", "candle wicks", "candlewick", ["wick"], ["woodwick"]),
    two_types("scent", "wood wick candles", "woodwick", ["candle"], ["candlewick", "wick"]),
    two_types("scent", "diffuser stones", "diffstone", ["stone"], ["stonediff"]),
    two_types("aroma", "ディフューザー スティック", "diffstick", ["stick"], ["stickdiff"]),
    two_types("aroma", "スティックディフューザー", "stickdiff", ["diffuser"], ["diffstick"]),
    # --- 2. a leading product word that modifies the head
    qualifies("dining", "napkin rings", ["napkinring"], ["napkin"]),
    qualifies("dining", "plate stands", ["platestand"], ["plate"]),
    qualifies("scent", "candle snuffer", ["snuffer"], ["candle", "woodwick"]),
    qualifies("scent", "candle lighter", ["lighter"], ["candle", "woodwick"]),
    qualifies("shokki", "鍋敷き", ["nabeshiki"], ["nabe"]),
    qualifies("shokki", "トレーマット", ["traymat"], ["tray"]),
    qualifies("aroma", "精油 ケース", ["oilcase"], ["seiyu"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("dining", "cake stand", ["cakestand"], ["cakestand_acc"]),
    accessories("dining", "tablecloth", ["tablecloth"], ["tablecloth_acc"]),
    accessories("scent", "ultrasonic diffuser", ["diffuser", "stonediff"], ["diffuser_acc"]),
    accessories("scent", "oil burner", ["burner"], ["burner_acc"]),
    accessories("shokki", "重箱", ["jubako"], ["jubako_acc"]),
    accessories("shokki", "鉄瓶", ["tetsubin"], ["tetsubin_acc"]),
    accessories("aroma", "アロマランプ", ["lamp"], ["lamp_acc"]),
    accessories("aroma", "アロマペンダント", ["pendant"], ["pendant_acc"]),
    # gold cake stands: metal 29, 3 tier 34, acrylic 25 (a wooden one 19 is not gold; gold parts 7-14, gold napkin
    # rings 22, gold-foil napkins 9)
    price("dining", "cheap gold cake stand", "cakestand-4", ["cakestand_acc"]),
    # black ultrasonic diffusers: 500 ml 45, mini 19, cool mist 29 (black diffuser stones 15; black parts 7-9)
    price("scent", "cheap black ultrasonic diffuser", "diffuser-2", ["diffuser_acc"]),
    # red 重箱: 3段 4980, 2段 2980, 市松 3980 (black ones 1980 and 4480; red accessories 480-980)
    price("shokki", "お手頃 赤 重箱", "jubako-1", ["jubako_acc"]),
    # black 鉄瓶: 1.2L 8980, 0.6L 5980, 1.6L 11800 (a brown one 6980; black accessories 980-1980)
    price("shokki", "激安 黒 鉄瓶", "tetsubin-1", ["tetsubin_acc"]),
    # white アロマランプ: 陶器 2980, ガラス 3480, ミニ 1980 (a natural one 2480, a pink one 2280; white parts 480-680)
    price("aroma", "安い 白 アロマランプ", "lamp-3", ["lamp_acc"]),
    # silver アロマペンダント: ロケット 1980, ガラス 3980, 蓮 1280 (a gold one 1480, a pink one 1680; silver chains
    # 580-680, pads 380)
    price("aroma", "格安 シルバー アロマペンダント", "pendant-3", ["pendant_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("shokki", "パスタボウル", "pastabowl"),
    mixed("shokki", "ゴブレット", "goblet"),
    mixed("shokki", "シュガーポット", "sugarbowl"),
    mixed("shokki", "ramen bowls", "ramenbowl"),
    mixed("aroma", "ファブリックミスト", "mist"),
    mixed("aroma", "サシェ", "sachet"),
    mixed("aroma", "ティーライト", "tealight"),
    mixed("aroma", "essential oils", "seiyu"),
]

LIMITS = {
    ("blind88", "two_types:scent:diffuser_stones", "categories-dense"):
        "with the bag-of-words encoder the plain stones (Aroma Stone, Scented Stones) come second and third, "
        "above two of the three Diffuser Stones",
}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind88(q: Q, setup: str, known_limit):
    known_limit("blind88")
    check(q, setup, ENGINES)


def test_blind88_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"gold": "Gold", "black": "Black", "赤": "Red", "黒": "Black", "白": "White",
                                 "シルバー": "Silver"})
