"""A seventy-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: reptile and small pet
supplies (English), home office electronics (English), Japanese kimono and yukata goods 和装・着物
(part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords or plain Japanese words) and Japanese sake ware and barware 酒器・バー用品 (with
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (only three here: no further reversed pair of real
   products in these trades, and none in the Japanese shops, was beyond debate);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ...", "X Lid" are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese-only titles under an English
   category tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (seventy-second suite), as a measurement only (nothing changed for
it): 77 of 89 cases pass, 32 of 36 queries in every setup (two_types 3/3 queries, 6/6 cases;
qualifies 9/9, 22/22; accessories 9/10, 21/24; price 5/6, 12/15; mixed 6/8, 16/22); the 12 failing
cases (4 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 扇子 (a 扇子入れ 扇子袋 fan case first), 格安 紺 浴衣 (a navy 浴衣 帯 obi
first, the cheaper English navy yukata not in the top five), 髪飾り (nothing returned) and
ロックグラス (the English "Old Fashioned Glasses" below a shot glass and a tumbler).

After (a verb stem naming a holder, written onto its noun, is one word with it: 扇子入れ is a fan
case, not a 扇子; the fifteenth session): 扇子 passes. After (a Japanese colour word finds the English
titles saying it, "navy" as the index holds it; a naming suffix written onto a noun is one word with
it, 浴衣帯 an obi; the sixteenth session): 格安 紺 浴衣 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

RT, SP = "Reptile Supplies", "Small Pet Supplies"
TERR, HEAT = f"{RT} > Terrariums", f"{RT} > Heating & Lighting"
CAGES, TOYS = f"{SP} > Cages", f"{SP} > Toys & Exercise"

PET = {
    "terrarium": items(TERR, ("Scalecraft Glass Terrarium, Front Opening Doors, 60x45x45cm", 179),
                       ("Scalecraft Glass Terrarium, Front Opening, 30x30x45cm, Black", 109),
                       ("Reptile Terrarium, 40 Gallon, Sliding Screen Top", 149),
                       ("PVC Reptile Terrarium, 120x60x60cm, Black, Vented", 329),
                       ("Mesh Terrarium, Chameleon Habitat, 45x45x90cm, Black", 89)),
    "terrlid": items(f"{TERR} > Lids & Parts", ("Screen Lid for Glass Terrariums, 60x45cm, Black", 39),
                     ("Terrarium Lid, Mesh Top, Lockable, 30x30cm", 24),
                     ("Replacement Terrarium Lid, Hinged Screen, 90x45cm", 49)),
    "terrarium_acc": items(f"{TERR} > Lids & Parts", ("Terrarium Replacement Door Hinges, 2 Pack", 12),
                           ("Terrarium Stand, Metal Frame, 60x45cm, Black", 69),
                           ("Background for Terrariums, 3D Rock Effect, 60x45cm", 29)),
    "plantterr": items("Plants & Moss > Plant Terrariums", ("Geometric Plant Terrarium, Glass, Gold Frame, 20cm", 29),
                       ("Plant Terrarium, Hanging Glass Globe, Set of 3", 24),
                       ("Tabletop Plant Terrarium with Wooden Lid, Moss Kit", 39)),
    "terrplant": items(f"{RT} > Decor > Plants", ("Artificial Terrarium Plants, Jungle Vine, 5 Pack", 19),
                       ("Silk Terrarium Plant with Suction Cup, Green, 30cm", 9),
                       ("Scalecraft Terrarium Plants, Desert Succulent Set", 14)),
    "plant": items("Plants & Moss > Live Plants", ("Live Pothos Plant, Bioactive Safe, 4in Pot", 12),
                   ("Air Plant, Tillandsia, 3 Pack", 15)),
    "heatlamp": items(f"{HEAT} > Heat Lamps", ("Scalecraft Heat Lamp, Dome Fixture, 100W, Clamp, Black", 29),
                      ("Reptile Heat Lamp with Stand, 75W, Adjustable, Black", 39),
                      ("Infrared Heat Lamp, 150W, Ceramic Socket, Silver", 34),
                      ("Basking Heat Lamp Kit, Dimmable, 50W, Black", 27), ("Mini Heat Lamp, 25W, Clamp, White", 19)),
    "heatlamp_acc": items(f"{HEAT} > Lamp Accessories", ("Lamp Guard for Heat Lamps, Wire Cage, Black", 14),
                          ("Heat Lamp Replacement Ceramic Socket, Black", 9),
                          ("Dimmer Switch for Heat Lamps, Black", 12)),
    "bulb": items(f"{HEAT} > Bulbs", ("Basking Spot Bulb, 75W, 2 Pack", 15), ("UVB Bulb, Compact, 10.0, 26W", 22)),
    "cage": items(CAGES, ("Burrowly Hamster Cage, 2 Levels, 80x50cm, White", 59),
                  ("Hamster Cage, Deep Base, Large, 100x50cm, Grey", 89),
                  ("Burrowly Hamster Cage with Tubes, 47cm, Pink", 35),
                  ("Wooden Hamster Cage, Acrylic Front, 100cm", 139),
                  ("Dwarf Hamster Cage, Starter, 60x40cm, White", 45)),
    "cage_acc": items(f"{CAGES} > Cage Accessories", ("Replacement Base Tray for Hamster Cages, 80x50cm, White", 19),
                      ("Hamster Cage Divider, Clear Acrylic", 14), ("Cage Clips for Hamster Cages, 10 Pack, White", 6),
                      ("Hamster Cage Cover, Breathable, Grey", 16)),
    "wheel": items(f"{TOYS} > Wheels", ("Silent Spinner Wheel, 8in, Freestanding", 18),
                   ("Cage Wheel, Attachable, 21cm, Quiet, Blue", 15), ("Wooden Hamster Wheel, 28cm, Cork Track", 25),
                   ("Hamster Wheel, Silent, 25cm, Stand Included, Pink", 16),
                   ("Cage Mount Hamster Wheel, 20cm, Grey", 13)),
    "wheel_acc": items(f"{TOYS} > Wheel Parts", ("Replacement Stand for Hamster Wheels, 25cm", 8),
                       ("Hamster Wheel Replacement Bearing Kit", 6), ("Cork Mat for Hamster Wheels, 28cm", 7)),
    "noise": each(("Burrowly Water Bottle, 250ml, Drip-Free, Clear", f"{SP} > Feeding", 9),
                  ("Paper Bedding, Unscented, 30L, White", f"{SP} > Bedding", 14),
                  ("Aspen Bedding, Shavings, 56L", f"{SP} > Bedding", 19)),
}

PC, O = "Computer Accessories", "Office Electronics"
CAMS, HUBS, DOCKS, KM = f"{PC} > Webcams", f"{PC} > USB Hubs", f"{PC} > Laptop Docks", f"{PC} > Keyboards & Mice"

OFFICE = {
    "webcam": items(CAMS, ("Lumora 1080p Webcam with Microphone, Auto Light Correction, Black", 39),
                    ("Lumora 4K Webcam, HDR, Privacy Shutter, Black", 119),
                    ("Streaming Webcam, 1080p 60fps, Ring Light, White", 69),
                    ("Wide Angle Webcam, 2K, Dual Mics, Grey", 49),
                    ("USB Webcam, 1080p, Plug and Play, Black", 25), ("Mini Webcam, 720p, Clip-On, White", 15)),
    "webcamcover": items(f"{CAMS} > Webcam Covers", ("Webcam Cover, Slide, Ultra Thin, 3 Pack, Black", 7),
                         ("Magnetic Webcam Cover for Laptops, 2 Pack", 6),
                         ("Webcam Cover Slide for Laptops and Tablets, 6 Pack, Black", 8)),
    "webcam_acc": items(f"{CAMS} > Mounts", ("Webcam Mount for Monitors, Adjustable, Black", 12),
                        ("Mini Tripod for Webcams, Extendable, Black", 15)),
    "hub": items(HUBS, ("Portlink 4-Port USB 3.0 Hub, Aluminium, Silver", 19),
                 ("Portlink 7-Port Powered USB Hub, Individual Switches, Black", 39),
                 ("USB-C Hub, 6 in 1, HDMI 4K, SD Card Reader, Grey", 35),
                 ("Slim USB Hub, 4 Ports, 60cm Cable, Black", 12),
                 ("Mini USB Hub, 4 Ports, White", 9)),
    "hub_acc": items(f"{HUBS} > Hub Accessories", ("Replacement Power Adapter for USB Hubs, 5V 4A, Black", 11),
                     ("Under Desk Mount for USB Hubs, Adhesive, Black", 7),
                     ("USB Hub Replacement Cable, USB-C to USB-A, 1m", 6)),
    "dock": items(DOCKS, ("Portlink Laptop Dock, Dual HDMI, 12 in 1, USB-C", 129),
                  ("Laptop Docking Station, Triple Display, 100W PD", 189),
                  ("Vertical Laptop Dock, Thunderbolt 4, Space Grey", 249),
                  ("USB-C Laptop Dock, Travel, 8 in 1, Grey", 59)),
    "dock_acc": items(f"{DOCKS} > Dock Accessories", ("Power Adapter for Laptop Docks, 135W", 39),
                      ("Laptop Dock Replacement Cable, USB-C, 1m", 15)),
    "keyboard": items(f"{KM} > Keyboards", ("Keyclad Wireless Keyboard, Full Size, Quiet Keys, Black", 35),
                      ("Mechanical Keyboard, 87 Keys, Brown Switches, RGB", 69),
                      ("Compact Bluetooth Keyboard, Multi-Device, White", 29)),
    "wristrest.kb": items(f"{KM} > Wrist Rests", ("Keyboard Wrist Rest, Memory Foam, Full Size, Black", 17),
                          ("Keyclad Keyboard Wrist Rest, Walnut Wood, 44cm", 29),
                          ("Gel Wrist Rest for Keyboards, Non-Slip, Grey", 15),
                          ("Wrist Rest, Keyboard, Tenkeyless, Leatherette, Black", 19)),
    "wristrest.mouse": items(f"{KM} > Wrist Rests", ("Mouse Wrist Rest, Gel, Ergonomic, Black", 9)),
    "mousepad": items(f"{KM} > Mouse Pads", ("Mouse Pad, Non-Slip Rubber Base, Stitched Edges, Black", 7),
                      ("Keyclad Extended Mouse Pad, XXL, 90x40cm, Grey", 19),
                      ("Mouse Pad with Wrist Rest, Gel, Ergonomic, Blue", 13),
                      ("Gaming Mouse Pad, Large, RGB Edge, Black", 25)),
    "mouse": items(f"{KM} > Mice", ("Wireless Mouse, Silent Click, 2.4GHz, Black", 15),
                   ("Ergonomic Vertical Mouse, Rechargeable, Grey", 29),
                   ("Bluetooth Mouse, Compact, Multi-Device, White", 19)),
    "pentablet": items(f"{PC} > Graphics Tablets", ("Inkline Pen Tablet, 10x6in, Battery-Free Stylus, Black", 59),
                       ("Pen Tablet, Small, 6x4in, 8192 Levels, USB-C", 35),
                       ("Wireless Pen Tablet, 10x8in, Express Keys", 89)),
    "tablet": items(f"{O} > Tablets", ("Android Tablet, 10.1in, 64GB, Wi-Fi, Grey", 129),
                    ("Kids Tablet, 8in, 32GB, Blue Case", 79)),
    "tabletpen": items(f"{PC} > Tablet Accessories > Stylus Pens",
                       ("Tablet Pen, Active Stylus, Palm Rejection, White", 29),
                       ("Stylus Pen for Tablets, Magnetic, Tilt Sensitive", 25),
                       ("Tablet Pen, Universal, Fine Tip, 2 Pack, Black", 19)),
}

W, WE = "和装", "Kimono Accessories"
FOOT, FANS = f"{W} > 履物", f"{WE} > Folding Fans"

WASOU = {
    "yukata": items(f"{W} > 浴衣", ("浴衣 レディース 単品 綿 紺 朝顔 フリーサイズ", 3980), ("浴衣 メンズ 綿麻 縞 紺 M L", 4980),
                    ("浴衣 レディース 古典柄 白 椿 仕立て上がり", 5980), ("浴衣 子供 女の子 110cm 赤 金魚", 2980),
                    ("Men's Yukata, Cotton, Navy Stripes, Free Size", 3480)),
    "yukata_acc": items(f"{W} > 浴衣 > 浴衣小物", ("浴衣用 腰紐 紺 3本セット", 580), ("浴衣専用 伊達締め 紺 マジックテープ", 880),
                        ("浴衣対応 着物ハンガー 伸縮 袖通し", 1280)),
    "obi.yukata": items(f"{W} > 帯 > 半幅帯・兵児帯", ("浴衣帯 半幅帯 リバーシブル 赤 黄", 1980),
                        ("浴衣用 帯 兵児帯 ぼかし ピンク", 1680), ("半幅帯 浴衣 帯 麻の葉 紺", 2480)),
    "obi.other": items(f"{W} > 帯 > 名古屋帯・袋帯", ("名古屋帯 正絹 九寸 お太鼓 金", 19800), ("袋帯 正絹 礼装 金糸 白", 29800),
                       ("作り帯 二部式 お太鼓 黒", 3980)),
    "obiita": items(f"{W} > 着付け小物", ("帯板 前板 メッシュ 夏用 白 ベルト付き", 980), ("帯板 ロング 42cm 花柄", 880),
                    ("浴衣用 帯板 ゴムベルト付き ピンク", 680)),
    "sensu": items(FANS, ("扇子 レディース 桜 白竹 6.5寸", 1480), ("扇子 メンズ 無地 黒 7.5寸", 1280),
                   ("京扇子 絹 金魚 手描き", 3980), ("扇子 檜 透かし彫り 白檀の香り", 2480)),
    "sensubag": items(f"{FANS} > Fan Cases", ("扇子袋 ちりめん 桜 7寸用", 680), ("扇子袋 西陣織 金 扇子用", 1280),
                      ("扇子入れ 扇子袋 刺繍 黒 メンズ", 980)),
    "sensu_acc": items(f"{FANS} > Fan Cases", ("扇子用 ケース 桐箱 7.5寸", 980), ("扇子立て 扇子専用 木製 飾り台", 880)),
    "zori": items(f"{FOOT} > 草履", ("草履 レディース 礼装 金 銀 Lサイズ", 5980), ("草履 カジュアル 畳表 黒 M", 3980),
                  ("雪駄 草履 メンズ 黒 26cm", 2780), ("Zori Sandals, Women's, Floral, Red, 24cm", 2480)),
    "zori_acc": items(f"{FOOT} > 履物小物", ("草履用 かかとゴム 交換用 黒 2個", 380), ("草履専用 収納ケース 黒", 1280),
                      ("草履対応 滑り止めシート 4枚", 480)),
    "geta": items(f"{FOOT} > 下駄", ("下駄 レディース 桐 赤 鼻緒 浴衣", 2480), ("Geta Sandals, Paulownia Wood, Men's, Black", 2980),
                  ("下駄 メンズ 焼桐 右近 黒", 3480)),
    "kinchaku": items(f"{W} > 和装バッグ", ("巾着 ちりめん 桜 和装バッグ", 1480), ("かご巾着 浴衣 籐 ピンク", 2980),
                      ("Drawstring Pouch, Kimono Fabric, Red", 980)),
    "kanzashi": items(f"{WE} > Hair Accessories", ("かんざし 玉 桜 ピンク", 1280), ("簪 一本挿し べっ甲風 和装", 1680),
                      ("Kanzashi Hair Stick, Cherry Blossom, Gold", 1480),
                      ("Japanese Hair Pin, Flower, Kimono, White", 980)),
}

SW, BW, BAR = "Sake Ware", "Barware", "バー用品"

SAKE = {
    "tokkuri": items(f"{SW} > 徳利・片口", ("徳利 有田焼 2合 白磁", 2480), ("徳利 信楽焼 1合 茶", 1980),
                     ("Sake Bottle, Ceramic Tokkuri, Black, 300ml", 1880)),
    "ochoko": items(f"{SW} > Sake Cups", ("おちょこ 有田焼 5客セット 染付", 2980), ("ぐい呑み 備前焼 窯変 桐箱入り", 3480),
                    ("おちょこ 江戸切子 青 ペア", 5980), ("盃 漆塗り 金箔 朱", 1980), ("おちょこ 波佐見焼 白 2個", 980)),
    "wineglass": items(f"{BW} > Wine Glasses", ("ワイングラス 2脚セット 400ml 食洗機対応", 2480),
                       ("ワイングラス ボルドー 600ml クリスタル 1脚", 1980), ("ステムレス ワイングラス 4個 割れにくい", 1780),
                       ("Crystal Wine Glasses, Set of 2, Burgundy, 700ml", 3280), ("ワイングラス 黒 脚 ペア ギフト", 2980)),
    "wineglass_acc": items(f"{BW} > Wine Glasses > Glass Care", ("ワイングラス用 ホルダー 吊り下げ 6本", 1280),
                           ("ワイングラス専用 クロス マイクロファイバー 2枚", 880), ("ワイングラス対応 洗浄ブラシ 柄付き", 680)),
    "glassmarker": items(f"{BW} > Glass Accessories", ("グラスマーカー ワイングラス用 チャーム 12個", 880),
                         ("グラスマーカー シリコン 吸盤 6色", 680), ("Wine Glass Charms, Drink Markers, 12 Pack", 980)),
    "glass.rock": items(f"{BW} > Glasses > Whiskey Glasses", ("ロックグラス 江戸切子 青 300ml", 4980),
                        ("Old Fashioned Glasses, Crystal, 300ml, Set of 2", 2480),
                        ("Whiskey Rocks Glass, Heavy Base, 2 Pack", 1980)),
    "glass.other": items(f"{BW} > Glasses", ("ショットグラス 6個セット 60ml", 980), ("タンブラー グラス 薄はり 350ml 2個", 1980)),
    "shaker": items(f"{BAR} > シェーカー", ("シェーカー 3ピース 500ml ステンレス シルバー", 1980),
                    ("カクテルシェーカー ボストン 2点セット 黒", 2480), ("シェーカー 350ml 銅メッキ ゴールド", 2980),
                    ("Cocktail Shaker, Stainless Steel, 750ml, Black", 2280), ("シェーカー 500ml 黒 マット 初心者", 1680),
                    ("シェーカー ミニ 250ml シルバー", 1280)),
    "shaker_acc": items(f"{BAR} > シェーカー > 交換パーツ", ("シェーカー用 パッキン 交換用 黒 2個", 380),
                        ("シェーカー専用 キャップ 500ml 黒", 480), ("交換用 トップ シェーカー用 350ml シルバー", 680)),
    "strainer": items(f"{BAR} > ストレーナー", ("ストレーナー ホーソン ステンレス バー用", 980), ("カクテルストレーナー ジュレップ", 880),
                      ("Hawthorne Strainer, Stainless Steel, Cocktail", 1180), ("ファインストレーナー 茶こし型 カクテル用", 780)),
    "opener": items(f"{BAR} > 栓抜き", ("栓抜き ステンレス マグネット付き シルバー", 680), ("栓抜き 真鍮 アンティーク 壁付け", 1480),
                    ("Bottle Opener, Wall Mounted, Cast Iron, Black", 1280)),
    "corkscrew": items(f"{BW} > Wine Openers", ("ソムリエナイフ ダブルアクション 黒", 1980),
                       ("電動ワインオープナー 充電式 フォイルカッター付き", 3980),
                       ("Corkscrew, Waiter's Friend, Stainless Steel", 1480), ("Wing Corkscrew, Chrome Plated", 1280)),
    "icebucket": items(f"{BW} > Ice Buckets", ("アイスペール 二重構造 1.3L トング付き シルバー", 2480),
                       ("Ice Bucket with Tongs, Stainless Steel, 3L", 2980), ("Acrylic Ice Bucket, Clear, 2L", 1980)),
}

SHOPS = {"pet": PET, "office": OFFICE, "wasou": WASOU, "sake": SAKE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pet", "terrarium plants", "terrplant", ["plant"], ["plantterr"]),
    two_types("pet", "plant terrarium", "plantterr", ["terrarium"], ["terrplant"]),
    two_types("office", "pen tablet", "pentablet", ["tablet"], ["tabletpen"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pet", "cage wheel", ["wheel"], ["cage"]),
    qualifies("pet", "terrarium lid", ["terrlid"], ["terrarium"]),
    qualifies("office", "keyboard wrist rest", ["wristrest.kb"], ["keyboard"]),
    qualifies("office", "webcam cover", ["webcamcover"], ["webcam"]),
    qualifies("office", "mouse pad", ["mousepad"], ["mouse"]),
    qualifies("wasou", "扇子袋", ["sensubag"], ["sensu"]),
    qualifies("wasou", "帯板", ["obiita"], ["obi"]),
    qualifies("sake", "グラスマーカー", ["glassmarker"], ["glass", "wineglass"]),
    qualifies("sake", "シェーカー ストレーナー", ["strainer"], ["shaker"]),
    # --- 3. accessories ("for X", "X Replacement", "X Lid", X用 / X専用 / X対応); price word + colour + type
    accessories("pet", "terrariums", ["terrarium", "plantterr"], ["terrlid", "terrarium_acc"]),
    accessories("pet", "hamster wheel", ["wheel"], ["wheel_acc"]),
    accessories("pet", "heat lamp", ["heatlamp"], ["heatlamp_acc"]),
    accessories("office", "webcam", ["webcam"], ["webcamcover", "webcam_acc"]),
    accessories("office", "usb hub", ["hub"], ["hub_acc"]),
    accessories("office", "laptop dock", ["dock"], ["dock_acc"]),
    accessories("wasou", "扇子", ["sensu"], ["sensubag", "sensu_acc"]),
    accessories("wasou", "草履", ["zori"], ["zori_acc"]),
    accessories("sake", "ワイングラス", ["wineglass"], ["wineglass_acc", "glassmarker"]),
    accessories("sake", "シェーカー", ["shaker"], ["shaker_acc"]),
    # white hamster cages: 2-level 59, dwarf starter 45 (a pink one 35; white accessories 6-19)
    price("pet", "cheap white hamster cage", "cage-4", ["cage_acc"]),
    # black USB hubs: 7-port 39, slim 12 (a white mini 9, a silver one 19; black accessories 7-11)
    price("office", "cheap black usb hub", "hub-3", ["hub_acc"]),
    # black webcams: 1080p 39, 4K 119, USB 1080p 25 (a white 720p one 15; black covers 7-8, black mounts 12-15)
    price("office", "budget black webcam", "webcam-4", ["webcamcover", "webcam_acc"]),
    # navy yukata: women's 3980, men's 4980, English men's 3480 (a red child's one 2980; navy 浴衣用 items 580-880,
    # a navy yukata obi 2480)
    price("wasou", "格安 紺 浴衣", "yukata-4", ["yukata_acc", "obi.yukata"]),
    # black zori: casual 3980, 雪駄 2780 (a red English pair 2480; black accessories 380-1280)
    price("wasou", "安い 黒 草履", "zori-2", ["zori_acc"]),
    # black shakers: Boston 2480, English 2280, matte 1680 (a silver mini 1280; black parts 380-480)
    price("sake", "激安 黒 シェーカー", "shaker-4", ["shaker_acc"]),
    # --- 4. Japanese queries among English-titled items, English over Japanese-only titles under an English tree
    mixed("wasou", "ゆかた", "yukata"),
    mixed("wasou", "髪飾り", "kanzashi"),
    mixed("wasou", "下駄", "geta"),
    mixed("wasou", "folding fan", "sensu"),
    mixed("sake", "コルクスクリュー", "corkscrew"),
    mixed("sake", "アイスペール", "icebucket"),
    mixed("sake", "ロックグラス", "glass.rock"),
    mixed("sake", "sake cups", "ochoko"),
]

LIMITS: dict = {
    **{("blind72", "mixed:wasou:髪飾り", s): "nothing returned (the kanzashi and English hair sticks/pins not found)"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind72", "mixed:sake:ロックグラス", s): "a shot glass third (then a tumbler), the English Old Fashioned "
       "Glasses not in the top five"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind72(q: Q, setup: str, known_limit):
    known_limit("blind72")
    check(q, setup, ENGINES)


def test_blind72_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "black": "Black", "紺": "Navy", "黒": "Black"})
