"""A fifty-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: watches and jewellery
(English: watches, smart watches, watch bracelets and straps, watch winders and boxes, bracelets,
charms, necklaces, rings and ring boxes, jewellery cleaners), cookware and bakeware (English:
skillets, pressure cookers, pots, pot holders, stand and hand mixers, mixer bowls and stands, cake
stands), Japanese tableware and kitchen tools 和食器・調理器具 (茶碗, 急須, 湯呑み, 箸 and 箸置き, 鍋,
鍋蓋 and 鍋敷き, 包丁 and 包丁研ぎ, まな板 and まな板スタンド; part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords: ケトル, スキレット,
シャープナー) and Japanese cycling goods 自転車用品 (ライト, テールライト, ヘルメット, ヘルメットライト,
空気入れ, サドル and サドルカバー, ボトルケージ, グローブ, ベル, ロック; English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("watch bracelet" / "bracelet watch", "charm bracelet" /
   "bracelet charm", "stand mixer" / "mixer stand", 鍋 蓋 against 蓋付き 鍋, ヘルメット ライト against
   ライト内蔵 ヘルメット);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: English "... for X", "X Replacement ..." and Japanese "X用 Y", "Y X用",
   "X専用 Y", "X対応 Y" (and X-compounds such as サドルカバー) are accessories of X: a search of X
   ranks every real X above every accessory; a price word, a colour and a type put the cheapest
   real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords over
   English-titled imports), and two English queries ("rice bowl", "bottle cage") over
   Japanese-only titles under an English category tree: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-fourth suite), as a measurement only (nothing changed for it):
92 of 92 cases pass, 37 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); no case fails,
so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W, J = "Watches", "Jewellery"

JEWEL = {
    "watch": items(f"{W} > Wrist Watches", ("Halden Automatic Dive Watch, 42mm, Stainless Steel, Black Dial", 289),
                   ("Corvo Chronograph Watch, Leather Strap, Men's, Brown", 149),
                   ("Field Watch, 40mm, Canvas Strap, Green", 79)),
    "braceletwatch": items(f"{W} > Wrist Watches", ("Corvo Bracelet Watch, Women's, Rose Gold, Crystal Bezel", 129),
                           ("Slim Bracelet Watch, Gold Tone, Mother of Pearl Dial", 89),
                           ("Bangle Bracelet Watch, Silver, Small Wrist", 69)),
    "smartwatch": items(f"{W} > Smart Watches", ("Pulsefit Smart Watch, AMOLED, GPS, Heart Rate, Black", 199),
                        ("Smart Watch for Men and Women, Fitness Tracker, 1.8 inch, Black", 49),
                        ("Pulsefit Lite Smart Watch, Sleep Tracking, Pink", 79),
                        ("Kids Smart Watch, GPS, SOS Call, Black", 59),
                        ("Smart Watch, Bluetooth Calling, 1.4 inch, Silver", 39)),
    "smartwatch_acc": items(f"{W} > Smart Watches > Accessories",
                            ("Charging Cable for Pulsefit Smart Watch, 1m, Black", 9),
                            ("Smart Watch Replacement Band, Silicone, 22mm, Black", 12),
                            ("Screen Protector for Smart Watches, Tempered Glass, 3 Pack", 8)),
    "watchbracelet": items(f"{W} > Watch Bands & Straps",
                           ("Steelcraft Watch Bracelet, Stainless Steel, 20mm, Silver", 39),
                           ("Oyster Style Watch Bracelet, Solid Links, 22mm", 49),
                           ("Milanese Mesh Watch Bracelet, Quick Release, 18mm, Black", 29)),
    "winder": items(f"{W} > Watch Winders & Boxes", ("Halden Single Watch Winder, Quiet Motor, Walnut", 129),
                    ("Double Watch Winder, 4 Rotation Modes, Black Leather", 159),
                    ("Watch Winder for Automatic Watches, 4+6 Storage, Carbon", 219)),
    "watchbox": items(f"{W} > Watch Winders & Boxes", ("Watch Box, 12 Slots, Glass Lid, Black Leather", 45),
                      ("Halden Wooden Watch Box, 6 Slots, Drawer", 69)),
    "bracelet": items(f"{J} > Bracelets", ("Lumen Tennis Bracelet, Cubic Zirconia, Silver", 59),
                      ("Twisted Bangle Bracelet, 18K Gold Plated", 35),
                      ("Beaded Stretch Bracelet, Lava Stone, 8mm", 15)),
    "charmbracelet": items(f"{J} > Bracelets", ("Lumen Charm Bracelet, Sterling Silver, Snake Chain, 19cm", 49),
                           ("Heart Charm Bracelet, Rose Gold, Adjustable", 29),
                           ("Starter Charm Bracelet with 3 Charms, Silver", 39)),
    "braceletcharm": items(f"{J} > Charms", ("Lumen Bracelet Charm, Heart, Sterling Silver", 19),
                           ("Birthstone Bracelet Charm, Crystal Bead, Blue", 15),
                           ("Bracelet Charms Set, Travel Theme, 10 Pieces, Silver", 25)),
    "charm": items(f"{J} > Charms", ("Initial Charm, Letter A, 14K Gold Plated", 12),
                   ("Four Leaf Clover Clip-On Charm, Silver", 14)),
    "necklace": items(f"{J} > Necklaces", ("Lumen Layered Necklace, Paperclip Chain, 18K Gold Plated", 39),
                      ("Freshwater Pearl Necklace, 45cm, White", 89),
                      ("Heart Pendant Necklace, Sterling Silver, 45cm", 35), ("Velvet Choker Necklace, Black", 12)),
    "necklace_acc": items(f"{J} > Necklaces > Necklace Accessories", ("Necklace Extender Chains, 5cm, Silver, 3 Pack", 7),
                          ("Replacement Clasps for Necklaces, Lobster Claw, 10 Pack", 6),
                          ("Anti-Tangle Clasp for Layered Necklaces, Gold", 9)),
    "ringbox": items(f"{J} > Ring Boxes", ("Velvet Ring Box, Engagement, Navy", 15),
                     ("Wooden Ring Box, Double Slot, Walnut", 22), ("LED Ring Box, Proposal, Black", 19)),
    "ring": items(f"{J} > Rings", ("Lumen Solitaire Ring, Cubic Zirconia, Sterling Silver", 49),
                  ("Stackable Band Ring, 14K Gold Plated", 25), ("Signet Ring, Stainless Steel, Men's", 29)),
    "noise": each(("Rubber Dive Watch Strap, Vented, 20mm, Black", f"{W} > Watch Bands & Straps", 19),
                  ("Lumen Moon Pendant, Sterling Silver, No Chain", f"{J} > Pendants", 25),
                  ("Curb Chain, 925 Silver, 3mm, 50cm", f"{J} > Chains", 39),
                  ("Ultrasonic Jewellery Cleaner, 600ml, with Watch Holder", f"{J} > Jewellery Care", 39)),
}

CW, BW, APP = "Cookware", "Bakeware", "Kitchen Appliances"

COOK = {
    "standmixer": items(f"{APP} > Stand Mixers", ("Bakewell Stand Mixer, 5.5L Bowl, 1000W, Red", 249),
                        ("Tilt-Head Stand Mixer, 4.5L, 6 Speeds, White", 129),
                        ("Compact Stand Mixer, 3.5L, Dough Hook, Black", 99)),
    "mixer": items(f"{APP} > Hand Mixers", ("Bakewell Hand Mixer, 5 Speeds, Turbo, White", 39),
                   ("Cordless Hand Mixer, Rechargeable, Grey", 49)),
    "mixerstand": items(f"{APP} > Mixer Accessories", ("Mixer Stand, Rolling Appliance Cart, Bamboo", 79),
                        ("Hand Mixer Stand with Drip Tray, White", 19)),
    "mixerbowl": items(f"{APP} > Mixer Accessories", ("Mixer Bowl, Stainless Steel, 4.5L, fits Tilt-Head Mixers", 35),
                       ("Bakewell Mixer Bowl, Ceramic, 5.5L, Blue", 59), ("Glass Mixer Bowl with Lid, 4.7L", 45)),
    "stand": each(("Glass Cake Stand with Dome, 28cm", f"{BW} > Cake Stands", 35),
                  ("Cookbook Stand, Acacia Wood, Adjustable", "Kitchen Storage > Stands", 25),
                  ("Pan Lid Stand, Chrome, 5 Slots", "Kitchen Storage > Stands", 19)),
    "skillet": items(f"{CW} > Skillets", ("Ironhold Cast Iron Skillet, 26cm, Pre-Seasoned, Black", 39),
                     ("Enamelled Cast Iron Skillet, 24cm, Red", 59),
                     ("Ironhold Skillet, 30cm, Double Handle, Black", 49),
                     ("Nonstick Skillet, 28cm, Induction Ready, Red", 29),
                     ("Stainless Steel Skillet, 20cm, Tri-Ply", 45)),
    "skillet_acc": items(f"{CW} > Skillets > Skillet Accessories",
                         ("Silicone Handle Holder for Cast Iron Skillets, Red, 2 Pack", 7),
                         ("Glass Lid for 26cm Skillet, Steam Vent", 15),
                         ("Chainmail Scrubber for Skillets, Stainless", 11),
                         ("Skillet Replacement Handle, Bakelite, Red", 9)),
    "pressure": items(f"{CW} > Pressure Cookers", ("Ironhold Pressure Cooker, 6L, Stainless Steel", 89),
                      ("Electric Pressure Cooker, 5.7L, 9-in-1, Black", 79),
                      ("Stovetop Pressure Cooker, 4L, Aluminium, Black", 45),
                      ("Pressure Cooker, 8L, Induction, Black", 99)),
    "pressure_acc": items(f"{CW} > Pressure Cookers > Spare Parts",
                          ("Replacement Sealing Ring for 6L Pressure Cookers, 2 Pack", 12),
                          ("Pressure Cooker Replacement Valve, Black", 9),
                          ("Steamer Basket for Pressure Cookers, Stainless", 14)),
    "potholder": items("Kitchen Textiles > Pot Holders", ("Quilted Pot Holders, Cotton, 2 Pack, Red", 9),
                       ("Silicone Pot Holders, Heat Resistant, Grey", 12),
                       ("Pot Holder and Oven Mitt Set, Striped, Navy", 19)),
    "pot": items(f"{CW} > Pots & Saucepans", ("Ironhold Stock Pot, 8L, Stainless, with Lid", 49),
                 ("Saucepan Set, 3 Pots, Nonstick, Glass Lids", 69), ("Enamel Cooking Pot, 20cm, Red", 35)),
    "noise": each(("Springform Cake Pan, 23cm, Nonstick", f"{BW} > Cake Pans", 15),
                  ("Muffin Pan, 12 Cup, Carbon Steel", f"{BW} > Muffin Pans", 14),
                  ("Baking Sheets, Half Sheet, Aluminium, 2 Pack", f"{BW} > Baking Sheets", 19)),
}

WA, CH = "和食器", "調理器具"

WASHOKU = {
    "chawan": items("Tableware > Rice Bowls", ("茶碗 美濃焼 日本製 11.5cm 白", 1280), ("夫婦茶碗 有田焼 2個セット 藍", 2980),
                    ("飯碗 波佐見焼 粉引 中", 1480)),
    "kyusu": items(f"{WA} > 急須", ("急須 常滑焼 300ml 茶こし付き 黒", 2480), ("南部鉄器 急須 0.65L 茶こし付き 黒", 4980),
                   ("急須 萬古焼 360ml ステンレス茶こし 黒", 1680), ("急須 耐熱ガラス 450ml", 1480)),
    "kyusu_acc": items(f"{WA} > 急須 > 急須小物", ("急須用 茶こし ステンレス 細目 交換用", 480),
                       ("急須専用 替え蓋 常滑焼 黒", 680), ("ふた 急須用 つまみ 交換 黒", 380)),
    "hashi": items(f"{WA} > 箸・箸置き > 箸", ("箸 若狭塗 23cm 夫婦箸 2膳", 2480), ("箸 天然木 5膳セット 食洗機対応", 1280),
                   ("箸 子供用 16.5cm 日本製", 680)),
    "hashioki": items(f"{WA} > 箸・箸置き > 箸置き", ("箸置き 美濃焼 5個セット 季節", 1480), ("箸置き 真鍮 2個 ゴールド", 1280),
                      ("箸置き 桜 陶器 10個入", 980)),
    "nabebuta": items(f"{CH} > 鍋 > 鍋蓋", ("鍋蓋 ステンレス 18cm 20cm 兼用", 980), ("鍋蓋 ガラス 24cm 強化ガラス 蒸気穴", 1280),
                      ("鍋蓋 木製 18cm 日本製", 780)),
    "futa": each(("フライパン用 蓋 ガラス 26cm", f"{CH} > フライパン", 980),
                 ("蓋 シリコン 伸縮 5枚セット", f"{CH} > 保存・ラップ", 880)),
    "lidpot": items(f"{CH} > 鍋", ("蓋付き 両手鍋 ステンレス 18cm IH対応", 2480), ("ガラス蓋付き 片手鍋 16cm", 1980)),
    "hocho": items(f"{CH} > 包丁", ("三徳包丁 ステンレス 165mm 日本製", 2980), ("牛刀 210mm ダマスカス 包丁", 6980),
                   ("ペティナイフ 120mm 果物 包丁 日本製", 1980)),
    "hocho_acc": items(f"{CH} > 包丁 > 包丁小物", ("包丁用 刃カバー 21cm 2本セット", 680), ("包丁専用 ケース 木製 鞘 165mm", 1280)),
    "sharp.ja": items(f"{CH} > 包丁 > 包丁研ぎ", ("包丁研ぎ 3段階 ロール式 両刃用", 1480),
                      ("砥石 包丁研ぎ #1000 #6000 両面 台付き", 2480), ("包丁研ぎ器 セラミック シャープナー 簡単", 980)),
    "sharp.en": items("Kitchen Tools > Knife Sharpeners", ("Knife Sharpener, 3-Stage, Non-Slip Base", 1980),
                      ("Electric Knife Sharpener, 2-Slot", 4980)),
    "manaita": items(f"{CH} > まな板", ("まな板 ひのき 39×21cm 日本製", 2480), ("まな板 抗菌 エラストマー 食洗機対応 白", 1980),
                     ("Bamboo Cutting Board, Large, Juice Groove", 2280)),
    "manaitastand": items(f"{CH} > まな板 > まな板スタンド", ("まな板スタンド ステンレス 2枚立て", 1480),
                          ("まな板スタンド 木製 折りたたみ", 1280), ("まな板 スタンド 水切り トレー付き 白", 1680)),
    "kettle": items(f"{CH} > ケトル・やかん", ("Stainless Steel Tea Kettle, 2.5L, Whistling", 3480),
                    ("Gooseneck Kettle, 1L, Pour Over, Matte Black", 4280), ("ケトル ホーロー 1.6L IH対応 白", 3980)),
    "skillet": items(f"{CH} > フライパン > スキレット", ("Cast Iron Skillet, 10 inch, Pre-Seasoned", 2980),
                     ("スキレット 鋳鉄 20cm 木台付き", 1980), ("Mini Cast Iron Skillets, 16cm, 2 Pack", 1980)),
    "noise": each(("土鍋 萬古焼 8号 IH対応", f"{CH} > 鍋", 4980), ("雪平鍋 18cm アルミ 日本製", f"{CH} > 鍋", 1980),
                  ("鍋敷き 木製 丸型 18cm", f"{CH} > キッチン小物", 780), ("湯呑み 有田焼 2個セット 200ml", f"{WA} > 湯呑み", 1980)),
}

B, CY = "自転車用品", "Cycling"

CYCLE = {
    "light": items(f"{B} > ライト", ("自転車 ライト LED 800ルーメン USB充電 防水", 2480), ("自転車 ライト 電池式 小型 黒", 980),
                   ("フロントライト 自転車 オートライト 明るい", 1980)),
    "taillight": items(f"{B} > ライト > テールライト", ("テールライト 自転車 USB充電 ブレーキ感知", 1680),
                       ("テールライト 赤 点滅 防水 2個セット", 980), ("Bike Tail Light, Rear LED, Smart Brake Sensing", 1980),
                       ("Rear Bike Light, Red, 5 Modes, Clip-On", 1280)),
    "helmetlight": items(f"{B} > ライト > ヘルメットライト", ("ヘルメットライト 自転車 USB充電 LED 軽量", 1980),
                         ("ヘルメットライト 前照灯 マウント付き 防水", 2280), ("ヘルメット用 ライト ストラップ式 充電式", 1480)),
    "lighthelmet": items(f"{CY} > Helmets", ("LEDライト内蔵 ヘルメット 自転車 大人 通勤 黒", 4980),
                         ("ライト付き ヘルメット 自転車 子供用 48-52cm ブルー", 3480)),
    "helmet": items(f"{CY} > Helmets", ("ヘルメット 自転車 大人 軽量 通気 白 M", 2980), ("ヘルメット ロードバイク 超軽量 250g 白", 5980),
                    ("Bike Helmet, Adults, Adjustable, CE Certified, White", 2480),
                    ("ヘルメット 自転車 キャップ型 帽子 ネイビー", 3980)),
    "helmet_acc": items(f"{CY} > Helmets > Accessories", ("ヘルメット用 インナーパッド 交換用 白", 480),
                        ("ヘルメット専用 レインカバー 白", 980), ("ヘルメット対応 ミラー クリップ式", 1280)),
    "pump": items(f"{B} > 空気入れ", ("空気入れ 自転車 フロアポンプ 仏式 英式 米式 ゲージ付き 黒", 2480),
                  ("空気入れ 携帯ポンプ ミニ 自転車 黒", 1280), ("空気入れ 電動 自転車 ボール 充電式", 3980),
                  ("Bike Floor Pump, Presta & Schrader, Gauge, Black", 2980), ("空気入れ 自転車 足踏み式 コンパクト 赤", 1480)),
    "pump_acc": items(f"{B} > 空気入れ > 交換パーツ", ("空気入れ用 口金 交換用 英式 仏式 黒", 480),
                      ("空気入れ専用 ホース 交換 黒", 780), ("ゲージ 空気入れ用 後付け 黒", 680)),
    "saddle": items(f"{B} > サドル", ("サドル 自転車 穴あき 痛くない 低反発", 2480), ("サドル ロードバイク 軽量 カーボンレール", 4980),
                    ("サドル ママチャリ 大型 防水 黒", 1980), ("Bike Saddle, Wide, Memory Foam, Dual Spring", 2980)),
    "saddlecover": items(f"{B} > サドル > サドルカバー", ("サドルカバー 防水 自転車 黒", 680),
                         ("サドル用 カバー ジェル 厚手 クッション", 1280), ("サドルカバー 撥水 伸縮 花柄", 580),
                         ("サドルカバー ママチャリ用 大きめ 防水", 780)),
    "bottlecage": items(f"{CY} > Bottle Cages", ("ボトルケージ アルミ 軽量 自転車 黒", 980), ("ボトルケージ カーボン 18g", 2480),
                        ("ボトルケージ サイド 横から取り出し", 1280)),
    "glove": items(f"{CY} > Gloves", ("サイクルグローブ 指切り 夏用 ジェルパッド", 1480),
                   ("自転車 グローブ 冬用 防寒 タッチパネル対応", 1980), ("Cycling Gloves, Full Finger, Padded, Black", 1680)),
    "bell": items(f"{B} > ベル", ("自転車 ベル 真鍮 大音量 日本製", 980), ("Bike Bell, Aluminium, Loud Ring, Black", 780),
                  ("Mini Bike Bell, Silicone Strap, 3 Colours", 580)),
    "noise": each(("Bike Headlight, USB Rechargeable, 1000 Lumens", f"{B} > ライト", 2980),
                  ("ワイヤーロック 自転車 ダイヤル式 1.8m", f"{B} > ロック", 1280),
                  ("U字ロック 自転車 頑丈 鍵3本", f"{B} > ロック", 2480)),
}

SHOPS = {"jewel": JEWEL, "cook": COOK, "washoku": WASHOKU, "cycle": CYCLE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("jewel", "watch bracelet", "watchbracelet", ["bracelet", "charmbracelet"], ["braceletwatch"]),
    two_types("jewel", "bracelet watch", "braceletwatch", ["watch", "smartwatch"], ["watchbracelet"]),
    two_types("jewel", "charm bracelet", "charmbracelet", ["bracelet"], ["braceletcharm"]),
    two_types("jewel", "bracelet charm", "braceletcharm", ["charm"], ["charmbracelet"]),
    two_types("cook", "stand mixer", "standmixer", ["mixer"], ["mixerstand"]),
    two_types("cook", "mixer stand", "mixerstand", ["stand"], ["standmixer"]),
    two_types("washoku", "鍋 蓋", "nabebuta", ["futa"], ["lidpot"]),
    two_types("cycle", "ヘルメット ライト", "helmetlight", ["light"], ["lighthelmet"]),
    # --- 2. a leading product word that modifies the head
    qualifies("jewel", "watch winder", ["winder"], ["watch", "braceletwatch", "smartwatch"]),
    qualifies("jewel", "ring box", ["ringbox"], ["ring"]),
    qualifies("cook", "pot holder", ["potholder"], ["pot"]),
    qualifies("cook", "mixer bowl", ["mixerbowl"], ["standmixer", "mixer"]),
    qualifies("washoku", "箸置き", ["hashioki"], ["hashi"]),
    qualifies("washoku", "まな板 スタンド", ["manaitastand"], ["manaita"]),
    qualifies("cycle", "サドル カバー", ["saddlecover"], ["saddle"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("jewel", "smart watch", ["smartwatch"], ["smartwatch_acc"]),
    accessories("jewel", "necklace", ["necklace"], ["necklace_acc"]),
    accessories("cook", "skillet", ["skillet"], ["skillet_acc"]),
    accessories("cook", "pressure cooker", ["pressure"], ["pressure_acc"]),
    accessories("washoku", "急須", ["kyusu"], ["kyusu_acc"]),
    accessories("washoku", "包丁", ["hocho"], ["hocho_acc", "sharp"]),
    accessories("cycle", "サドル", ["saddle"], ["saddlecover"]),
    accessories("cycle", "空気入れ", ["pump"], ["pump_acc"]),
    # black smart watches: Pulsefit 199, "for Men and Women" 49, kids 59 (a silver one 39; black accessories 9-12)
    price("jewel", "cheap black smart watch", "smartwatch-1", ["smartwatch_acc"]),
    # red skillets: enamelled 24cm 59, nonstick 28cm 29 (black ones 39-49; red accessories 7-9)
    price("cook", "cheap red skillet", "skillet-3", ["skillet_acc"]),
    # black pressure cookers: electric 79, stovetop 45, 8L 99 (a plain stainless one 89; a black valve 9)
    price("cook", "budget black pressure cooker", "pressure-2", ["pressure_acc"]),
    # black 急須: 常滑焼 2480, 南部鉄器 4980, 萬古焼 1680 (a glass one 1480 without a colour; black lids 380-680)
    price("washoku", "安い 黒 急須", "kyusu-2", ["kyusu_acc"]),
    # white helmets: 大人 2980, ロードバイク 5980, English "Bike Helmet ... White" 2480 (a navy cap type 3980;
    # white accessories 480-980; helmets with a light 3480-4980, not white)
    price("cycle", "激安 白 ヘルメット", "helmet-2", ["helmet_acc", "helmetlight"]),
    # black pumps: floor 2480, 携帯ポンプ 1280, English floor pump 2980 (a red foot pump 1480; black parts 480-780)
    price("cycle", "お手頃 黒 空気入れ", "pump-1", ["pump_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("washoku", "ケトル", "kettle"),
    mixed("washoku", "スキレット", "skillet"),
    mixed("washoku", "シャープナー", "sharp"),
    mixed("washoku", "rice bowl", "chawan"),
    mixed("cycle", "テールライト", "taillight"),
    mixed("cycle", "グローブ", "glove"),
    mixed("cycle", "ベル", "bell"),
    mixed("cycle", "bottle cage", "bottlecage"),
]

LIMITS: dict = {}  # every case passed on the snapshot (d483fd8)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind54(q: Q, setup: str, known_limit):
    known_limit("blind54")
    check(q, setup, ENGINES)


def test_blind54_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "red": "Red"})
