"""A fiftieth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in these vocabularies: hair care and styling tools (English: hair
dryers, stand dryers and dryer stands, diffusers, straighteners, curling irons and their stands,
heat protectant sprays, round brushes and brush cleaners, hair clips), kitchen storage and
organization (English: pantry bins, spice racks, drawer organizers and storage drawers, lid
organizers, food storage containers, container lids, labels, hook racks and rack hooks), a Japanese
cleaning and laundry shop 掃除用品・洗濯用品 (掃除機 and 紙パック式 掃除機, 紙パック, モップ, 替えシート,
ほうき, ちりとり, 洗濯ネット, 物干しハンガー and ピンチハンガー, with English-titled imports whose
Japanese names are katakana loanwords: Spray Mop, Lint Roller, Laundry Basket, Clothes Hangers) and
a Japanese baby goods shop ベビー用品 (ベビーカー, 抱っこ紐, 哺乳瓶, スタイ, ベビーカー用 レインカバー,
ベビーチェア and テーブルチェア, ブランケットクリップ; part of its category tree in English, with
English-titled imports: Baby Stroller, Baby Carrier, Bouncer, Play Mat, Teether, Rain Cover). Shops
of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and three English queries over
   Japanese-only titles (a shopper who types English in the Japanese shop: broom over ほうき, bibs
   over スタイ, baby bottle over 哺乳瓶, none of them under an English category): the top three
   are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fiftieth suite), as a measurement only (nothing changed for it):
82 of 93 cases pass, 32 of 37 queries in every setup (two_types 7/8 queries, 17/20 cases;
qualifies 6/7, 14/17; accessories 7/8, 19/20; price 5/6, 13/15; mixed 7/8, 19/21); the 11 failing
cases (5 queries: four in all their setups, curling iron with the dense side only) are strict
xfails (`LIMITS`, through `conftest.known_limit`):

- ブランケットクリップ: both blanket clips and the マルチクリップ first, then six ベビーカー accessories
  and the blanket ベビーブランケット クリップ付き (tenth) above the other clip, おしゃぶりクリップ;
- 掃除機 紙パック: two 紙パック first, then four vacuums (ロボット掃除機 third) above the third
  紙パック, 紙パック式 掃除機用 紙パック;
- curling iron (dense side only): three curling irons first, then the Voltra Curling Iron
  Replacement Barrel above the fourth, the Aerelle Pro Curling Iron;
- cheap white spice rack: the Spice Rack Labels (White, 6) first, above the cheapest white rack;
- broom: nothing shown over the ほうき titles (with or without the dense side).

After (the readings in kana of the dictionary's words, 箒 read ほうき): broom passes. After (what a
product is like, X式, is never its head: "紙パック式 掃除機用 紙パック" is a 紙パック): 掃除機 紙パック passes.
After (an item of the type by its category alone, titled as a type a category of its own sells, is
never the cheapest of the type: the labels beside the racks, "Labels" selling labels; the fifteenth
session): cheap white spice rack passes.
After (an English "X Replacement Y" title is a Y made for X, as "Y for X" is; the seventeenth
session): "curling iron" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

HT, HC = "Hair Tools", "Hair Care"
DRY = f"{HT} > Dryers"
HOLD, STR, CURL = f"{HT} > Stands & Holders", f"{HT} > Straighteners", f"{HT} > Curling Irons"

HAIR = {
    "dryer": items(f"{DRY} > Hair Dryers", ("Voltra Ionic Hair Dryer, 1875W, 3 Heat Settings, Black", 49),
                   ("Aerelle Pro Hair Dryer, Brushless Motor, Concentrator Nozzle, Black", 129),
                   ("Compact Travel Hair Dryer, Foldable Handle, Dual Voltage, Pink", 19),
                   ("Salonix Tourmaline Hair Dryer, Cool Shot Button, Black", 35),
                   ("Aerelle Quiet Hair Dryer, Low Noise, 1600W, White", 79)),
    "standdryer": items(f"{DRY} > Hood Dryers",
                        ("Salonix Stand Hair Dryer, Hooded Bonnet, Adjustable Height, Black", 159),
                        ("Rolling Hooded Stand Dryer, 1000W, Timer, White", 189)),
    "diffuser": items(f"{DRY} > Attachments", ("Universal Diffuser Attachment for Hair Dryers, Black", 14),
                      ("Collapsible Silicone Diffuser, Fits Most Dryers, Grey", 18),
                      ("Aerelle Pro Diffuser, Curly Hair, Magnetic Fit", 29)),
    "dryer_acc": items(f"{DRY} > Attachments", ("Replacement Filter Cover for Voltra Hair Dryers, Black", 9),
                       ("Concentrator Nozzle for Hair Dryers, Universal, 2 Pack", 11))
    + items(HOLD, ("Hair Dryer Holder, Wall Mount, Black", 15)),
    "dryerstand": items(HOLD, ("Hair Dryer Stand, Hands-Free, 360 Rotating, Black", 25),
                        ("Voltra Dryer Stand, Weighted Base, Adjustable Arm, White", 29)),
    "ironstand": items(HOLD, ("Curling Iron Stand, Heat Resistant Silicone, Black", 12),
                       ("Flat Iron Stand, Foldable, Heat Resistant, Grey", 10)),
    "straightener": items(STR, ("Voltra Ceramic Hair Straightener, 1 Inch Plates, Pink", 39),
                          ("Aerelle Titanium Flat Iron Straightener, 450F, Black", 89),
                          ("Salonix Mini Hair Straightener, Travel Size, Pink", 19),
                          ("Salonix Wide Plate Straightener, Digital Display, Pink and Gold", 55),
                          ("Cordless Hair Straightener, USB Rechargeable, White", 15)),
    "straightener_acc": items(STR, ("Heat Resistant Pouch for Straighteners, Pink", 9),
                              ("Straightener Replacement Plates, Ceramic, Voltra 1 Inch", 17))
    + items(HOLD, ("Heat Mat for Straighteners and Curling Irons, Pink", 8)),
    "curlingiron": items(CURL, ("Voltra Ceramic Curling Iron, 1 Inch Barrel, Black", 29),
                         ("Aerelle Pro Curling Iron, 1.25 Inch, Titanium, Rose Gold", 69),
                         ("Salonix Mini Curling Iron, 3/4 Inch, Travel, Pink", 19),
                         ("Salonix Spring Curling Iron, 1.5 Inch, Dual Voltage, Black", 39)),
    "curl_acc": items(CURL, ("Heat Resistant Glove for Curling Irons, 2 Pack", 7),
                      ("Voltra Curling Iron Replacement Barrel, 1.5 Inch", 19),
                      ("Curling Iron Travel Pouch, Heat Resistant, Black", 12)),
    "spray": items(f"{HC} > Styling Products", ("Heat Protectant Spray for Curling Irons and Straighteners, 200ml", 14),
                   ("Salonix Thermal Shield Heat Protectant Spray, 150ml", 12),
                   ("Argan Oil Heat Protectant Mist, 250ml", 16)),
    "brush": items(f"{HC} > Brushes", ("Ceramic Round Brush, 43mm, Boar Bristles", 18),
                   ("Thermal Round Brush, 25mm, Ionic Bristles", 14), ("Salonix Large Round Brush, 53mm, Vented", 16),
                   ("Paddle Brush, Cushioned, Detangling, Black", 12)),
    "brushclean": items(f"{HC} > Brushes", ("Brush Cleaner Tool, Rake Style, 2 Pack, Pink", 7),
                        ("Hair Brush Cleaner, Wooden Handle, Nylon Tines", 6),
                        ("Brush Cleaner Solution for Hair Brushes and Combs, 250ml", 11)),
    "clip": items(f"{HC} > Hair Accessories", ("Sectioning Hair Clips, 12 Pack, Black", 8),
                  ("Claw Hair Clips, Large, 4 Pack, Tortoise", 10), ("Duckbill Hair Clips, Metal, 20 Pack", 6)),
}

KS, PO = "Kitchen Storage", "Pantry Organization"
ORG, CONT, HOOK = f"{KS} > Organizers", f"{KS} > Containers", f"{KS} > Hooks & Racks"

KITCHEN = {
    "pantrybin": items(f"{PO} > Pantry Bins", ("Clear Pantry Bins with Handles, Stackable, 4 Pack", 29),
                       ("Wide Pantry Organizer Bin, Fridge Safe, Large", 12),
                       ("Woven Pantry Bins, Seagrass Look, Set of 3", 35)),
    "spicerack": items(f"{PO} > Spice Racks", ("Bamboo Spice Rack, 3 Tier, Expandable, Natural", 14),
                       ("Wall Mounted Spice Rack, 4 Tier, White", 29), ("Rotating Spice Rack with 20 Jars, White", 39),
                       ("Cabinet Spice Rack, 3 Tier, Non-Slip, White", 16),
                       ("Over the Door Spice Rack, 6 Tier, Black", 34)),
    "spice_acc": items(f"{PO} > Spice Racks", ("Replacement Spice Jars for Spice Racks, 6 Pack, White Lids", 9),
                       ("Spice Rack Labels, 120 Stickers, White", 6),
                       ("Replacement Shaker Lids for Spice Rack Jars, 12 Pack", 5)),
    "label": items(f"{PO} > Labels", ("Dissolvable Food Container Labels, 200 Count", 8),
                   ("Preprinted Pantry Labels, 140 Stickers, Black", 12),
                   ("Chalkboard Labels for Jars and Bins, 36 Pack", 7)),
    "rack": items(f"{PO} > Racks", ("Can Rack Organizer, 2 Tier, Holds 36 Cans", 25),
                  ("Wrap Organizer Rack, Foil and Film, Wall Mount", 21)),
    "drawerorg": items(f"{ORG} > Drawer Organizers", ("Expandable Drawer Organizer, Bamboo, 5 Compartments", 22),
                       ("Cutlery Drawer Organizer, Non-Slip, Grey", 15),
                       ("Modular Drawer Organizer Trays, 25 Piece Set, Clear", 19)),
    "drawer": items(f"{ORG} > Storage Drawers", ("Stackable Storage Drawers, 3 Tier, Clear", 35),
                    ("Under Shelf Drawer, Pull-Out, White", 18), ("Under Sink Sliding Drawers, 2 Tier, Black", 29)),
    "lidorg": items(f"{ORG} > Lid Organizers", ("Pot Lid Organizer, Adjustable, 7 Slots", 19),
                    ("Container Lid Organizer, Expandable, White", 14),
                    ("Lid Organizer Rack for Cabinets, Vertical, Black", 17)),
    "container": items(f"{CONT} > Food Storage Containers",
                       ("Glass Food Storage Containers with Lids, 18 Piece Set", 39),
                       ("Airtight Food Storage Containers, 14 Pack, Clear", 29),
                       ("Meal Prep Containers, 2 Compartment, 20 Pack", 16),
                       ("Stackable Food Storage Container Set, 10 Piece, BPA Free", 19)),
    "lid": items(f"{CONT} > Container Lids", ("Replacement Lids for Food Storage Containers, 6 Pack", 9),
                 ("Silicone Stretch Lids, 12 Pack, Assorted Sizes", 11),
                 ("Snap-On Container Lids, Square, 4 Pack, Blue", 7)),
    "hookrack": items(HOOK, ("Over the Door Hook Rack, 6 Hooks, Black", 19),
                      ("Wall Mounted Mug Hook Rack, 8 Hooks, Bamboo", 22)),
    "rackhook": items(HOOK, ("Wire Rack Hooks, S-Shaped, 12 Pack, Chrome", 8),
                      ("Pot Rack Hooks, Heavy Duty, 10 Pack, Black", 11)),
    "hook": items(HOOK, ("Under Shelf Mug Hooks, 2 Pack, Chrome", 9), ("Adhesive Wall Hooks, 10 Pack, White", 7)),
}

SJ, LJ = "掃除用品", "洗濯用品"
VAC, VACACC, MOP = f"{SJ} > 掃除機 > 本体", f"{SJ} > 掃除機 > 紙パック・アクセサリー", f"{SJ} > モップ・ワイパー"
HANG = f"{LJ} > 物干しハンガー"

CLEAN = {
    "vacuum": items(VAC, ("サイクロン式 掃除機 キャニスター 自走式ヘッド 白", 15800),
                    ("掃除機 コードレス スティック 2in1 ハンディ 白", 7980),
                    ("ハンディ掃除機 充電式 小型 車用 黒", 3980), ("ロボット掃除機 自動充電 薄型 白", 19800),
                    ("Cordless Stick Vacuum Cleaner, 25kPa, LED Brush, Grey", 14800),
                    ("Handheld Vacuum, Cordless, Pet Hair, White", 8980)),
    "vacuum.paper": items(VAC, ("紙パック式 掃除機 キャニスター 軽量 2.6kg 白", 12800),
                          ("紙パック式 掃除機 コード式 強力吸引 ブルー", 9980)),
    "paperbag": items(VACACC, ("掃除機用 紙パック 10枚入 汎用 白", 698), ("紙パック 掃除機 交換用 抗菌 20枚", 1280),
                      ("紙パック式 掃除機用 紙パック 5枚 消臭", 498)),
    "vac_acc": items(VACACC, ("掃除機用 交換フィルター 2枚 白", 980), ("掃除機対応 すき間ノズル 延長 ブラシ付き", 780),
                     ("掃除機専用 スタンド 白 スティック用", 2980)),
    "mop": items(MOP, ("回転モップ バケツ付き 360度 グレー", 3980), ("フロアモップ 本体 伸縮ハンドル 替えシート3枚付", 1480),
                 ("マイクロファイバー モップ 水拭き 乾拭き 両用 グレー", 2280),
                 ("Spray Mop, Refillable Bottle, 360 Swivel Head, Grey", 2980)),
    "sheet": items(MOP, ("モップ用 替えシート ドライ 40枚", 498), ("替えシート ウェット モップ対応 20枚", 598),
                   ("フロアモップ専用 替えシート 厚手 30枚", 698)),
    "mop_acc": items(MOP, ("回転モップ専用 替えパッド 2枚 グレー", 980), ("モップ用 交換ヘッド マイクロファイバー", 780)),
    "broom": items(f"{SJ} > ほうき・ちりとり", ("ほうき 室内用 天然素材 ロング", 1980), ("ほうき ちりとり セット 自立式 グレー", 1680),
                   ("玄関 ほうき 屋外用 コンパクト", 980)),
    "dustpan": items(f"{SJ} > ほうき・ちりとり", ("ちりとり 卓上 ミニ 白", 398), ("ちりとり 屋外用 ロングハンドル", 1280)),
    "lint": items(f"{SJ} > 粘着クリーナー", ("Lint Roller, 5 Rolls, 300 Sheets, Refillable", 980),
                  ("Pet Hair Lint Roller, Extra Sticky, 3 Pack", 1280), ("粘着クリーナー カーペット用 本体 スペア2巻付", 598)),
    "basket": items(f"{LJ} > ランドリーバスケット", ("Collapsible Laundry Basket, 40L, Grey", 1980),
                    ("Laundry Basket with Handles, Bamboo, Natural", 3480), ("ランドリーバスケット 持ち手付き 45L 白", 1480)),
    "net": items(f"{LJ} > 洗濯ネット", ("洗濯ネット 細かい目 3枚セット", 598), ("洗濯ネット ブラ用 ダブル 白", 498),
                 ("洗濯ネット 大型 毛布用 丸型", 880)),
    "pinchhanger": items(HANG, ("ピンチハンガー アルミ 40ピンチ 折りたたみ", 2480), ("ピンチハンガー 角型 ステンレス 52ピンチ", 3980)),
    "hanger": items(HANG, ("物干しハンガー 洗濯ハンガー 10本組 滑り止め 白", 980), ("物干しハンガー 肩ひも 滑り止め 5本組", 680),
                    ("Non-Slip Clothes Hangers, 20 Pack, Black", 1480)),
    "hangerpin": items(HANG, ("ハンガー用 替えピンチ 20個 白", 480), ("交換用 ピンチ 物干しハンガー対応 10個", 398)),
}

BG, FD = "Baby Gear", "授乳・お食事"
STROLL, SACC = f"{BG} > Strollers", f"{BG} > Strollers > Accessories"
CARRY, CHAIR = f"{BG} > Carriers", f"{BG} > Chairs"

BABY = {
    "stroller": items(STROLL, ("ベビーカー A型 軽量 折りたたみ 黒", 29800), ("ベビーカー B型 コンパクト 4.2kg ネイビー", 16800),
                      ("Lightweight Baby Stroller, One-Hand Fold, Black", 24800),
                      ("ベビーカー バギー コンパクト 軽量 黒", 12800), ("ベビーカー バギー 簡易 ピンク", 9800),
                      ("ベビーカー 3輪 エアタイヤ ベージュ", 45800)),
    "stroller_acc": items(SACC, ("ベビーカー用 フック 2個 黒", 980), ("ベビーカー専用 カップホルダー 黒", 1480),
                          ("Stroller Organizer Bag, Cup Holders, Black", 2480)),
    "raincover": items(SACC, ("ベビーカー用 レインカバー 透明 前開き", 2480), ("レインカバー ベビーカー対応 撥水 フルカバー", 1980),
                       ("Stroller Rain Cover, Universal, Clear", 1680)),
    "clip": items(SACC, ("ブランケットクリップ ベビーカー用 2個 グレー", 780), ("ブランケットクリップ 落下防止 4個セット", 980)),
    "clipx": items(SACC, ("マルチクリップ ベビーカー用 ロング", 1280))
    + items("ベビー用品 > おしゃぶり", ("おしゃぶりクリップ ストラップ 木製ビーズ", 880)),
    "clipblanket": items("ベビー用品 > ブランケット", ("クリップ付き ブランケット ベビーカー 洗える ベージュ", 2980),
                         ("ベビーブランケット クリップ付き フリース 2WAY", 2480)),
    "carrier": items(CARRY, ("抱っこ紐 新生児 4WAY メッシュ ベージュ", 12800), ("抱っこ紐 コンパクト 前向き ベージュ", 8980),
                     ("Baby Carrier, Ergonomic, 6 Positions, Beige", 9980), ("抱っこ紐 スリング 簡単装着 グレー", 4980),
                     ("抱っこ紐 おんぶ 対面 コンパクト 黒", 6980)),
    "carrier_acc": items(f"{CARRY} > Accessories", ("抱っこ紐用 よだれパッド 2枚 ベージュ", 1280),
                         ("抱っこ紐 収納カバー ベージュ", 1980), ("抱っこ紐対応 防寒ケープ ベージュ", 3980)),
    "chair": items(CHAIR, ("ベビーチェア ハイチェア 木製 高さ調節", 14800), ("ベビーチェア ローチェア 折りたたみ グレー", 3980),
                   ("Baby High Chair, Foldable, Adjustable Tray, Grey", 12800)),
    "tablechair": items(CHAIR, ("テーブルチェア 取り付け式 折りたたみ グレー", 4980), ("テーブルチェア ベビー 持ち運び 収納袋付き", 3980)),
    "chairtable": items(f"{CHAIR} > Accessories", ("ベビーチェア用 テーブル 取り外し 食事トレイ", 1980),
                        ("チェア用 テーブル 後付け ハイチェア対応", 2480)),
    "bottle": items(f"{FD} > 哺乳瓶", ("哺乳瓶 ガラス製 240ml 広口", 1980), ("哺乳瓶 プラスチック 160ml 軽量", 1280),
                    ("哺乳瓶 耐熱ガラス 120ml 新生児", 1680)),
    "nipple": items(f"{FD} > 乳首", ("哺乳瓶用 乳首 Mサイズ 2個", 880), ("乳首 広口タイプ 哺乳瓶対応 Lサイズ", 980)),
    "bib": items(f"{FD} > スタイ", ("スタイ 綿100% 5枚セット 男の子", 1480), ("スタイ 360度 防水 女の子 3枚", 1280),
                 ("スタイ ガーゼ 新生児 ボタン式", 680)),
    "bouncer": items(f"{BG} > Bouncers", ("Baby Bouncer, Automatic Rocking, Bluetooth, Grey", 15800),
                     ("Baby Bouncer Seat, Foldable, 3 Positions", 7980), ("バウンサー 新生児 メッシュ 折りたたみ グレー", 9980)),
    "playmat": items(f"{BG} > Play Mats", ("Baby Play Mat, Foam, Foldable, 180x200cm", 6980),
                     ("Play Mat for Babies, Non-Toxic, Reversible", 4980), ("プレイマット 折りたたみ 厚手 4cm 北欧", 5980)),
    "teether": items("ベビー用品 > 歯固め", ("Silicone Teether, Banana Shape, BPA Free", 980),
                     ("Teething Ring, Water Filled, 3 Pack", 1280), ("歯固め 木製 リング 天然素材", 1480)),
}

SHOPS = {"hair": HAIR, "kitchen": KITCHEN, "clean": CLEAN, "baby": BABY}


# =============================================================================================
# Queries

QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hair", "dryer stand", "dryerstand", ["ironstand"], ["standdryer"]),
    two_types("hair", "stand dryer", "standdryer", ["dryer"], ["dryerstand"]),
    two_types("kitchen", "rack hooks", "rackhook", ["hook"], ["hookrack"]),
    two_types("kitchen", "hook rack", "hookrack", ["rack"], ["rackhook"]),
    two_types("clean", "ピンチハンガー", "pinchhanger", ["hanger"], ["hangerpin"]),
    two_types("clean", "紙パック式 掃除機", "vacuum.paper", ["vacuum"], ["paperbag"]),
    two_types("baby", "テーブルチェア", "tablechair", ["chair"], ["chairtable"]),
    two_types("baby", "ブランケットクリップ", "clip", ["clipx"], ["clipblanket"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hair", "dryer diffuser", ["diffuser"], ["dryer"]),
    qualifies("hair", "brush cleaner", ["brushclean"], ["brush"]),
    qualifies("kitchen", "lid organizer", ["lidorg"], ["lid"]),
    qualifies("kitchen", "drawer organizer", ["drawerorg"], ["drawer"]),
    qualifies("clean", "掃除機 紙パック", ["paperbag"], ["vacuum"]),
    qualifies("clean", "モップ 替えシート", ["sheet"], ["mop"]),
    qualifies("baby", "ベビーカー レインカバー", ["raincover"], ["stroller"]),
    # --- 3. accessories ("for X", "X Replacement ...", X用 / X専用 / X対応); price word + colour + type
    accessories("hair", "hair dryer", ["dryer", "standdryer"], ["diffuser", "dryer_acc", "dryerstand"]),
    accessories("hair", "curling iron", ["curlingiron"], ["curl_acc", "ironstand", "spray", "straightener_acc"]),
    accessories("kitchen", "spice rack", ["spicerack"], ["spice_acc"]),
    accessories("kitchen", "food storage containers", ["container"], ["lid", "label"]),
    accessories("clean", "掃除機", ["vacuum"], ["paperbag", "vac_acc"]),
    accessories("clean", "モップ", ["mop"], ["sheet", "mop_acc"]),
    accessories("baby", "ベビーカー", ["stroller"], ["stroller_acc", "raincover", "clip", "clipx", "clipblanket"]),
    accessories("baby", "抱っこ紐", ["carrier"], ["carrier_acc"]),
    # black hair dryers: Voltra 49, Aerelle 129, Salonix 35, the Salonix stand dryer 159 (a pink travel one 19;
    # black accessories 9-25: filter cover 9, diffuser 14, holder 15, dryer stand 25)
    price("hair", "cheap black hair dryer", "dryer-3", ["dryer_acc", "diffuser", "dryerstand"]),
    # pink straighteners: Voltra 39, Salonix mini 19, Salonix wide plate 55 (a white cordless one 15; pink
    # accessories: heat mat 8, pouch 9)
    price("hair", "budget pink straightener", "straightener-2", ["straightener_acc", "ironstand"]),
    # white spice racks: wall 29, rotating 39, cabinet 16 (a bamboo one 14; white accessories: labels 6, jars 9)
    price("kitchen", "cheap white spice rack", "spicerack-3", ["spice_acc"]),
    # white vacuums: cyclone 15800, cordless stick 7980, robot 19800, English handheld 8980, 紙パック式 12800 (a
    # black handy one 3980; white accessories: 紙パック 698, filter 980, stand 2980)
    price("clean", "安い 白 掃除機", "vacuum-1", ["paperbag", "vac_acc"]),
    # black strollers: A型 29800, English 24800, buggy 12800 (a pink buggy 9800; black accessories: hooks 980,
    # cup holder 1480, English organizer bag 2480)
    price("baby", "お手頃 黒 ベビーカー", "stroller-3", ["stroller_acc", "raincover"]),
    # beige carriers: 4WAY 12800, compact 8980, English 9980 (a grey sling 4980, a black one 6980; beige
    # accessories: drool pads 1280, storage cover 1980, cape 3980)
    price("baby", "格安 ベージュ 抱っこ紐", "carrier-1", ["carrier_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords or plain Japanese words), and English
    # queries over Japanese-only titles under Japanese categories
    mixed("clean", "ランドリーバスケット", "basket"),
    mixed("clean", "粘着クリーナー", "lint"),
    mixed("clean", "broom", "broom"),
    mixed("baby", "バウンサー", "bouncer"),
    mixed("baby", "プレイマット", "playmat"),
    mixed("baby", "歯固め", "teether"),
    mixed("baby", "bibs", "bib"),
    mixed("baby", "baby bottle", "bottle"),
]

_EN = ("categories-lexical", "categories-dense")
_ALL = (*_EN, "categories-latin-only")

LIMITS: dict = {
    **{("blind50", "two_types:baby:ブランケットクリップ", s):
       "a blanket ベビーブランケット クリップ付き above the clip おしゃぶりクリップ" for s in _ALL},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind50(q: Q, setup: str, known_limit):
    known_limit("blind50")
    check(q, setup, ENGINES)


def test_blind50_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "pink": "Pink", "white": "White", "白": "White", "黒": "Black",
                                 "ベージュ": "Beige"})
