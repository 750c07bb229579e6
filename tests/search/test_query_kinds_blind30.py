"""A thirtieth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine: a hardware and DIY store (English: plumbing, electrical,
paint, fasteners, power tools, fans), a pet store (English: dogs, cats, fish), a Japanese kitchen
and tableware shop キッチン用品 (part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords or plain Japanese words) and a Japanese car
and bicycle accessories shop カー用品・自転車用品 (English-titled imports and an English branch of
the tree too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (box fan / fan box, hose washers / washer hoses);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   branch) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirtieth suite), as a measurement only (nothing changed for it):
86 of 88 cases pass, 35 of 36 queries in every setup (two_types 6/7 queries, 12/14 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 2 failing
cases (one query, "washer hoses", in both its setups: the washing machine hoses titled without
the words "washer hoses" rank below the plain garden and utility hoses) are strict xfails
(`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

PL, EL, PA, FA, PT, HC = "Plumbing", "Electrical", "Paint", "Fasteners", "Power Tools", "Heating & Cooling"

HARDWARE = {
    "boxfan": items(f"{HC} > Fans > Box Fans", ("Lasko 20 in. Box Fan, 3-Speed, White", 29),
                    ("Comfort Zone 20 in. Box Fan with Carry Handle, White", 34),
                    ("Holmes Quiet Box Fan, 20 in., 3 Speeds, Black", 24),
                    ("Airbreeze Premium Box Fan, 20 in., Thermal Fuse, White", 39)),
    "boxfan_acc": items(f"{HC} > Fans > Fan Parts", ("Air Filter for 20 in. Box Fans, MERV 13, White, 2-Pack", 12),
                        ("Box Fan Replacement Knobs, White, 2-Pack", 5)),
    "fan": items(f"{HC} > Fans", ("Hunter 52 in. Ceiling Fan with LED Light, Brushed Nickel", 149),
                 ("Oscillating Tower Fan, 42 in., Remote Control, Black", 59)),
    "fanbox": items(f"{EL} > Boxes & Brackets", ("Westek Ceiling Fan Box, Metal, 4 in. Round, 1-1/2 in. Deep", 9),
                    ("Carlon Old Work Fan Box, PVC, 20 cu. in.", 7),
                    ("Saf-T-Brace Fan Box and Brace Kit, Steel, Adjustable", 22)),
    "box": items(f"{EL} > Boxes & Brackets", ("Old Work Electrical Box, 1-Gang, 18 cu. in., Blue", 3),
                 ("Weatherproof Outdoor Box, 2-Gang, 3 Outlets, Gray", 14)),
    "hosewasher": items(f"{PL} > Washers & O-Rings", ("Garden Hose Washers, Rubber, 3/4 in., 50-Pack", 6),
                        ("Hose Washers with Screen Filter, Stainless Mesh, 10-Pack", 7),
                        ("Danco Heavy Duty Hose Washers, 3/4 in. GHT, 20-Pack", 5)),
    "washer": items(f"{FA} > Washers", ("Flat Washers, Zinc Plated, 1/4 in., 100-Pack", 6),
                    ("Split Lock Washers, Stainless Steel, 5/16 in., 50-Pack", 8)),
    "washerhose": items(f"{PL} > Appliance Hookups", ("Braided Stainless Steel Washer Hoses, 5 ft., 2-Pack", 24),
                        ("Burst Proof Rubber Washer Hoses, 6 ft., Hot & Cold", 15),
                        ("Eastman Washing Machine Hoses, 90-Degree Elbow, 4 ft., 2-Pack", 27)),
    "hose": each(("Flexzilla Garden Hose, 5/8 in. x 50 ft., Green", "Outdoor > Garden Hoses", 49),
                 ("Rubber Utility Hose, 3/4 in. x 25 ft., Black", f"{PL} > Hoses", 29)),
    "padsander": items(f"{PT} > Sanders", ("DeWalt 1/4 Sheet Palm Pad Sander, 2.4 Amp", 69),
                       ("Makita Finishing Pad Sander, 1/3 Sheet, Low Vibration", 89)),
    "sander": items(f"{PT} > Sanders", ("Bosch 5 in. Random Orbit Sander, 2.5 Amp", 79),
                    ("Belt Sander, 3 in. x 21 in., 7 Amp, Variable Speed", 99)),
    "sanderpad": items(f"{PT} > Sanders > Sanding Accessories", ("Hook and Loop Sander Pads, 5 in., 8-Hole, 2-Pack", 14),
                       ("Replacement Sander Pads for 1/4 Sheet Pad Sanders, 3-Pack", 11)),
    "drillbit": items(f"{PT} > Drill Bits", ("DeWalt Titanium Drill Bits, 21-Piece Set", 29),
                      ("Masonry Drill Bits, Carbide Tip, 5-Piece", 14),
                      ("Bosch Cobalt Drill Bits, 1/4 in., 2-Pack", 11)),
    "drill": items(f"{PT} > Drills", ("Milwaukee M18 Cordless Drill/Driver Kit, 1/2 in.", 149),
                   ("Corded Hammer Drill, 7.5 Amp, 1/2 in. Chuck", 69)),
    "paintbrush": items(f"{PA} > Brushes & Rollers", ("Purdy 2-1/2 in. Angled Sash Paint Brush", 14),
                        ("Wooster Paint Brush Set, Polyester, 3-Piece", 18),
                        ("Chip Paint Brushes, Natural Bristle, 1 in., 12-Pack", 9)),
    "paint": items(f"{PA} > Interior Paint", ("Behr Interior Paint, Eggshell, Ultra Pure White, 1 Gallon", 38),
                   ("Glidden Ceiling Paint, Flat White, 1 Gallon", 29)),
    "circsaw": items(f"{PT} > Saws > Circular Saws", ("Skil 7-1/4 in. Circular Saw, 15 Amp, Laser Guide", 59),
                     ("DeWalt 20V MAX Cordless Circular Saw, 6-1/2 in., Tool Only", 139),
                     ("Makita 7-1/4 in. Magnesium Circular Saw, Rear Handle", 179)),
    "circsaw_acc": items(f"{PT} > Saws > Saw Blades", ("Diablo 7-1/4 in. Framing Blade for Circular Saws, 24-Tooth", 12),
                         ("Circular Saw Replacement Blade, 6-1/2 in., 40-Tooth, 2-Pack", 16)),
    "shopvac": items(f"{PT} > Wet/Dry Vacuums", ("Shop-Vac 5 Gallon Wet/Dry Vac, 4.5 Peak HP", 69),
                     ("Ridgid 12 Gallon Wet/Dry Shop Vac, Detachable Blower", 119),
                     ("Craftsman 2.5 Gallon Portable Shop Vac, Red", 49)),
    "shopvac_acc": items(f"{PT} > Wet/Dry Vacuums > Filters & Bags",
                         ("Cartridge Filter for Shop Vac 5-16 Gallon Vacuums", 19),
                         ("Shop Vac Replacement Filter Bags, Type E, 3-Pack", 14)),
}

DOG, CAT, FISH = "Dogs", "Cats", "Fish & Aquatics"

PET = {
    "balllauncher": items(f"{DOG} > Toys > Fetch Toys", ("iFetch Automatic Ball Launcher, Mini Balls, Indoor", 99),
                          ("Chuckit! Ball Launcher, 26 in., Classic", 14),
                          ("Automatic Dog Ball Launcher, Adjustable Distance, 3 Balls Included", 79)),
    "treatlauncher": items(f"{DOG} > Toys > Fetch Toys", ("PetSafe Treat Launcher, Remote Control Treat Tosser", 89)),
    "launcherball": items(f"{DOG} > Toys > Balls", ("Launcher Balls, Mini Tennis Balls, 2 in., 12-Pack", 15),
                          ("Chuckit! Launcher Balls, Ultra Rubber, Medium, 2-Pack", 9),
                          ("Replacement Launcher Balls for iFetch, 1.5 in., 9-Pack", 12)),
    "ball": items(f"{DOG} > Toys > Balls", ("KONG Squeakair Tennis Balls, Medium, 3-Pack", 8),
                  ("Rubber Dog Ball, Indestructible, 3 in., Orange", 11),
                  ("Glow in the Dark Dog Balls, 2-Pack", 10)),
    "cratepad": items(f"{DOG} > Crates & Beds > Crate Pads", ("MidWest Quiet Time Crate Pad, 36 in., Gray", 19),
                      ("Washable Dog Crate Pad, Orthopedic Foam, 42 in., Tan", 34),
                      ("Waterproof Crate Pad, Non-Slip Bottom, 30 in., Black", 22)),
    "crate": items(f"{DOG} > Crates & Beds > Crates", ("MidWest iCrate Folding Dog Crate, Double Door, 36 in., Black", 59),
                   ("Heavy Duty Dog Crate, Steel, 42 in., Black", 129),
                   ("Frisco Dog Crate, Single Door, 30 in., Black", 45),
                   ("Precision Dog Crate, Silver, 24 in.", 39),
                   ("Soft-Sided Dog Crate, Foldable, Navy", 49)),
    "crate_acc": items(f"{DOG} > Crates & Beds > Crate Accessories",
                       ("Divider Panel for MidWest Dog Crates, 36 in., Black", 15),
                       ("Crate Cover for Wire Dog Crates, 36 in., Black", 25)),
    "aqlight": items(f"{FISH} > Aquarium Lighting", ("Hygger Full Spectrum Aquarium Light, 24 in.", 39),
                     ("NICREW LED Aquarium Light, Clip-On, 18 in.", 29),
                     ("Fluval Plant 3.0 Aquarium LED Light, 36 in.", 139)),
    "aquarium": items(f"{FISH} > Aquariums", ("Tetra 10 Gallon Aquarium Kit, LED Hood", 69),
                      ("Fluval Flex Aquarium, 15 Gallon, Black", 159),
                      ("Marineland Portrait Glass Aquarium, 5 Gallon", 109)),
    "fountain": items(f"{CAT} > Feeding > Water Fountains", ("Catit Flower Water Fountain, 3 L, White", 29),
                      ("PetSafe Drinkwell Pet Water Fountain, Stainless Steel, 168 oz", 59),
                      ("Veken Cat Water Fountain, 2.5 L, Quiet Pump, Blue", 26)),
    "fountain_acc": items(f"{CAT} > Feeding > Fountain Filters & Parts",
                          ("Replacement Filters for Cat Water Fountain, 8-Pack", 12),
                          ("Water Fountain Replacement Pump, Ultra Quiet, 1.5 W", 14),
                          ("Pre-Filter Sponges for Catit Flower Water Fountain, 6-Pack", 8)),
    "grinder": items(f"{DOG} > Grooming > Nail Care", ("Dremel PawControl Dog Nail Grinder, Cordless", 49),
                     ("Casfuy Dog Nail Grinder, 2-Speed, Quiet, LED Light", 29),
                     ("Pet Nail Grinder, Rechargeable, 3 Ports, Grey", 22)),
    "grinder_acc": items(f"{DOG} > Grooming > Nail Care",
                         ("Replacement Sanding Bands for Dog Nail Grinder, 60 Grit, 12-Pack", 7),
                         ("Nail Grinder Replacement Grinding Stone, Diamond Bit", 9),
                         ("Charging Cable for Pet Nail Grinder, USB", 6)),
    "cattree": items(f"{CAT} > Furniture > Cat Trees", ("Feandrea Cat Tree, 56 in., Multi-Level, Grey", 69),
                     ("Go Pet Club Cat Tree, 62 in., Beige", 59),
                     ("Small Cat Tree with Scratching Posts, 34 in., Grey", 39),
                     ("Frisco Cat Tree, 72 in., Sisal Posts, Dark Grey", 89),
                     ("Modern Cat Tree, Wood, 48 in., White", 34)),
    "cattree_acc": items(f"{CAT} > Furniture > Cat Tree Parts",
                         ("Replacement Sisal Scratching Post for Cat Tree, 16 in., Grey", 14),
                         ("Cat Tree Replacement Perch Cushion, Plush, Grey", 12)),
}

K = "キッチン用品"

KITCHEN = {
    "bottle": items(f"{K} > 水筒・ボトル", ("水筒 ステンレス 500ml 保冷 保温 白", 1980),
                    ("サーモス 水筒 真空断熱 ケータイマグ 350ml 白", 2480),
                    ("水筒 2リットル 直飲み 大容量 黒", 1580),
                    ("Stainless Steel Water Bottle, 750ml, Insulated, White", 2280),
                    ("水筒 キッズ ワンタッチ 600ml 白", 1780)),
    "bottle_acc": items(f"{K} > 水筒・ボトル > 水筒パーツ", ("水筒用 パッキン 交換用 3個セット 白", 380),
                        ("水筒専用 カバー 500ml ショルダー 白", 980),
                        ("水筒対応 洗浄ブラシ 3本セット", 480),
                        ("ボトルカバー 水筒用 ネオプレン 黒", 780)),
    "mill": items(f"{K} > コーヒー・お茶 > コーヒーミル", ("コーヒーミル 手動 セラミック刃 黒", 2980),
                  ("電動コーヒーミル 臼式 粗さ調整 黒", 5980),
                  ("カリタ コーヒーミル 手挽き 木製", 3980),
                  ("Manual Coffee Grinder, Stainless Steel, Adjustable, Black", 3280),
                  ("コーヒーミル 電動 ステンレス 白", 2480)),
    "mill_acc": items(f"{K} > コーヒー・お茶 > コーヒーミル", ("コーヒーミル用 替え刃 セラミック 黒", 980),
                      ("コーヒーミル専用 掃除ブラシ 黒", 380),
                      ("電動コーヒーミル対応 粉受けカップ", 680)),
    "sharpener": items(f"{K} > 包丁・刃物 > 研ぎ器", ("包丁研ぎ器 シャープナー 3段階 ダイヤモンド", 1280),
                       ("貝印 包丁 研ぎ器 スピードシャープナー", 980),
                       ("電動 包丁研ぎ器 セラミック 両刃用", 3980),
                       ("Knife Sharpener, 3-Stage, Non-Slip Base", 1480)),
    "knife": items(f"{K} > 包丁・刃物 > 包丁", ("包丁 三徳 ステンレス 165mm 日本製", 3980),
                   ("関孫六 ペティナイフ 120mm", 2480),
                   ("Chef's Knife, 8 inch, German Steel", 3480)),
    "skillet": items("Kitchen > Cookware > Skillets", ("Lodge Cast Iron Skillet, 10.25 in, Pre-Seasoned", 3980),
                     ("スキレット 鋳鉄 20cm 蓋付き IH対応", 2480),
                     ("Cast Iron Skillet Set, 3-Piece, 6/8/10 in", 5480),
                     ("スキレット 15cm 鉄 シーズニング済み", 990)),
    "fryingpan": items(f"{K} > 鍋・フライパン", ("フライパン 26cm IH対応 ふっ素加工 グレー", 2480),
                       ("鉄フライパン 24cm 日本製", 3280)),
    "spinner": items("Kitchen > Prep Tools", ("OXO Salad Spinner, Large, Clear", 4280),
                     ("Salad Spinner with Bowl and Colander, 5 Qt", 2980),
                     ("サラダスピナー 手動 回転式 大 4.5L", 1980)),
    "press": items("Kitchen > Coffee & Tea", ("Bodum Chambord French Press Coffee Maker, 8 Cup, 1.0 L", 4980),
                   ("French Press, Double Wall Stainless Steel, 34 oz", 3980),
                   ("フレンチプレス 耐熱ガラス 350ml コーヒー 紅茶", 1580)),
    "board": items("Kitchen > Cutting Boards", ("まな板 抗菌 エラストマー 大 白", 1980),
                   ("まな板 ひのき 天然木 40cm", 2480),
                   ("まな板 薄型 軽量 食洗機対応 黒", 980)),
}

CA, BI = "カー用品", "自転車用品"

CAR = {
    "childseat": items(f"{CA} > チャイルドシート", ("チャイルドシート 新生児 ISOFIX 360度回転 黒", 29800),
                       ("チャイルドシート 1歳〜7歳 洗える シートベルト固定 黒", 9980),
                       ("Convertible Car Seat, Rear & Forward Facing, ISOFIX, Black", 18800),
                       ("チャイルドシート 軽量 コンパクト 1歳から グレー", 7980),
                       ("コンビ チャイルドシート 新生児 ISOFIX 黒", 34800)),
    "childseat_acc": items(f"{CA} > チャイルドシート > チャイルドシート用品",
                           ("チャイルドシート用 保護マット 滑り止め 黒", 1980),
                           ("チャイルドシート専用 日よけ カバー 黒", 1480),
                           ("チャイルドシート対応 キックガード 収納ポケット 黒", 1280),
                           ("ヘッドサポート チャイルドシート用 新生児 黒", 980)),
    "dashcam": items(f"{CA} > ドライブレコーダー", ("ドライブレコーダー 前後2カメラ 4K 駐車監視", 14800),
                     ("ドライブレコーダー ミラー型 11インチ 前後カメラ", 12800),
                     ("コムテック ドライブレコーダー 360度 全方位 GPS", 24800),
                     ("Dash Cam Front and Rear, 1080P, Night Vision, 64GB", 8980)),
    "dashcam_acc": items(f"{CA} > ドライブレコーダー > 関連用品", ("ドライブレコーダー用 microSDカード 64GB 高耐久", 1980),
                         ("ドライブレコーダー専用 駐車監視 電源ケーブル", 2480),
                         ("ドライブレコーダー対応 ステッカー 録画中 2枚", 480)),
    "pump": items(f"{BI} > 空気入れ", ("自転車 空気入れ フロアポンプ 仏式 米式 英式 ゲージ付き", 2480),
                  ("携帯用 空気入れ ミニポンプ 自転車 ロードバイク", 1580),
                  ("電動 空気入れ 自転車 車 バイク 充電式", 4980),
                  ("Bike Floor Pump, 160 PSI, Presta & Schrader", 2980)),
    "tire": items(f"{BI} > タイヤ・チューブ", ("自転車 タイヤ 26インチ 英式 チューブ付き", 2980),
                  ("ロードバイク タイヤ 700×25C クリンチャー", 4280),
                  ("自転車 タイヤ 27インチ 2本セット 耐摩耗", 5480)),
    "saddlecover": items(f"{BI} > サドル > サドルカバー", ("サドルカバー 自転車 防水 伸縮 黒", 680),
                         ("サドルカバー ジェル 低反発 クッション ロードバイク", 1280),
                         ("Gel Bike Seat Cover, Wide, Soft Padded", 1480)),
    "saddle": items(f"{BI} > サドル", ("自転車 サドル 穴あき 柔らかい 痛くない", 1980),
                    ("ロードバイク サドル 軽量 カーボンレール", 4980),
                    ("ママチャリ サドル 大型 防水 黒", 1680)),
    "helmet": items("Bicycle > Helmets", ("Bike Helmet, Adult, Adjustable, MIPS, Matte Black", 5980),
                    ("Kids Bike Helmet, Ages 5-8, Dinosaur, Green", 2980),
                    ("自転車 ヘルメット 大人用 CE認証 軽量 通気", 3480),
                    ("ヘルメット 子供用 自転車 3歳〜6歳 SGマーク", 2480)),
    "helmetholder": items(f"{BI} > ヘルメット用品", ("ヘルメットホルダー 自転車 ハンドル取り付け", 880)),
    "lock": items("Bicycle > Locks", ("自転車 鍵 ワイヤーロック 4桁 ダイヤル式 1.2m", 980),
                  ("U字ロック 自転車 鍵 頑丈 スペアキー3本", 2480),
                  ("チェーンロック 自転車 盗難防止 120cm", 1680),
                  ("折りたたみロック 自転車 ブレードロック キー式", 3980)),
    "vacuum": items(f"{CA} > 車内清掃", ("Car Vacuum Cleaner, Cordless, Handheld, 8000Pa", 3980),
                    ("Handheld Car Vacuum, 12V, Wet & Dry, 16 ft Cord", 2980),
                    ("ハンディクリーナー 車用 コードレス 充電式 強力吸引", 3480),
                    ("車用 掃除機 シガーソケット 12V 軽量", 1980)),
    "taillight": items("Bicycle > Lights > Tail Lights", ("Bike Tail Light, USB Rechargeable, Red LED, Waterproof", 1480),
                       ("Smart Brake Tail Light for Bicycles, Auto On/Off", 2480),
                       ("テールライト 自転車 USB充電 防水 レッド", 1280),
                       ("自転車 テールライト ブレーキ連動 自動点灯", 1980)),
    "headlight": items("Bicycle > Lights > Headlights", ("自転車 ライト LED 前照灯 USB充電 800ルーメン", 1980),
                       ("Bike Headlight, 1000 Lumens, USB-C, Handlebar Mount", 2980)),
}

SHOPS = {"hardware": HARDWARE, "pet": PET, "kitchen": KITCHEN, "car": CAR}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hardware", "box fan", "boxfan", ["fan"], ["fanbox"]),
    two_types("hardware", "fan box", "fanbox", ["box"], ["boxfan"]),
    two_types("hardware", "hose washers", "hosewasher", ["washer"], ["washerhose"]),
    two_types("hardware", "washer hoses", "washerhose", ["hose"], ["hosewasher"]),
    two_types("hardware", "pad sander", "padsander", ["sander"], ["sanderpad"]),
    two_types("pet", "launcher balls", "launcherball", ["ball"], ["balllauncher"]),
    two_types("pet", "ball launcher", "balllauncher", [], ["launcherball"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hardware", "drill bits", ["drillbit"], ["drill"]),
    qualifies("hardware", "paint brush", ["paintbrush"], ["paint"]),
    qualifies("pet", "crate pad", ["cratepad"], ["crate"]),
    qualifies("pet", "aquarium light", ["aqlight"], ["aquarium"]),
    qualifies("kitchen", "包丁 研ぎ器", ["sharpener"], ["knife"]),
    qualifies("car", "タイヤ 空気入れ", ["pump"], ["tire"]),
    qualifies("car", "サドル カバー", ["saddlecover"], ["saddle"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("hardware", "circular saw", ["circsaw"], ["circsaw_acc"]),
    accessories("hardware", "shop vac", ["shopvac"], ["shopvac_acc"]),
    accessories("pet", "cat water fountain", ["fountain"], ["fountain_acc"]),
    accessories("pet", "dog nail grinder", ["grinder"], ["grinder_acc"]),
    accessories("kitchen", "水筒", ["bottle"], ["bottle_acc"]),
    accessories("kitchen", "コーヒーミル", ["mill"], ["mill_acc"]),
    accessories("car", "チャイルドシート", ["childseat"], ["childseat_acc"]),
    accessories("car", "ドライブレコーダー", ["dashcam"], ["dashcam_acc"]),
    # white box fans: Lasko 29, Comfort Zone 34, Airbreeze 39 (a black Holmes 24; white filter 12 and knobs 5)
    price("hardware", "cheap white box fan", "boxfan-0", ["boxfan_acc"]),
    # black dog crates: iCrate 59, heavy duty 129, Frisco 45 (a silver one 39, a navy soft one 49; black divider
    # 15, black crate cover 25, a black crate pad 22)
    price("pet", "cheap black dog crate", "crate-2", ["crate_acc", "cratepad"]),
    # grey cat trees: Feandrea 69, small 39, Frisco dark grey 89 (a beige one 59, a white one 34; grey post 14 and
    # perch cushion 12)
    price("pet", "budget grey cat tree", "cattree-2", ["cattree_acc"]),
    # white bottles: 500ml 1980, Thermos 2480, English 2280, kids 1780 (a black 2 L one 1580; white packing 380,
    # white cover 980)
    price("kitchen", "安い 白 水筒", "bottle-4", ["bottle_acc"]),
    # black coffee mills: ceramic hand mill 2980, electric burr 5980, English 3280 (a white electric one 2480, a
    # wooden Kalita 3980; black blade 980 and brush 380)
    price("kitchen", "お手頃 黒 コーヒーミル", "mill-0", ["mill_acc"]),
    # black child seats: newborn 29800, 1-7 years 9980, English 18800, Combi 34800 (a grey one 7980; black
    # accessories 980-1980)
    price("car", "激安 黒 チャイルドシート", "childseat-1", ["childseat_acc"]),
    # --- 4. Japanese queries among English-titled items, English queries over Japanese titles
    mixed("kitchen", "スキレット", "skillet"),
    mixed("kitchen", "サラダスピナー", "spinner"),
    mixed("kitchen", "フレンチプレス", "press"),
    mixed("kitchen", "cutting board", "board"),
    mixed("car", "ヘルメット", "helmet"),
    mixed("car", "車 掃除機", "vacuum"),
    mixed("car", "テールライト", "taillight"),
    mixed("car", "bike lock", "lock"),
]

WASHER_HOSES = ("'washer hoses' shows 'Eastman Washing Machine Hoses' fifth, below the garden and utility hoses "
                "(the two titles saying 'Washer Hoses' first)")

LIMITS: dict = {
    ("blind30", "two_types:hardware:washer_hoses", "categories-lexical"): WASHER_HOSES,
    ("blind30", "two_types:hardware:washer_hoses", "categories-dense"): WASHER_HOSES,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind30(q: Q, setup: str, known_limit):
    known_limit("blind30")
    check(q, setup, ENGINES)


def test_blind30_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "black": "Black", "grey": "Grey"})
