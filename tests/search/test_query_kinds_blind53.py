"""A fifty-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies: kids' toys and crafts (English: car
tracks and track cars, train and marble tracks, toy cars, building blocks and block storage, play
dough and dough tools, ride-on toys and ride-on parts, toy batteries, household batteries and
battery-operated toys, crayons, coloring books), outdoor lighting and solar (English: solar path
lights and path light parts, light stakes and wire stakes, stake lights, floodlights, sensor
floodlights and floodlight sensors, motion sensors, floodlight bulbs and string light bulbs, string
lights, light timers), a Japanese tableware shop 食器・カトラリー (皿 and 皿用 収納, 茶碗, 箸, 箸ケース,
箸置き, スプーン and ティースプーン, フォーク, カトラリーケース, カトラリーセット, ランチョンマット; part
of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords or plain Japanese words: Dinner Plates, Chopsticks, Teaspoons, Placemats, Cutlery Case)
and a Japanese phone and tablet accessory shop スマホ・タブレット周辺機器 (スマホケース, 保護フィルム,
充電ケーブル, リールケーブル and ケーブルリール, ケーブルホルダー, モバイルバッテリー and its ポーチ,
タブレットスタンド, タッチペン, 替え芯, ペンホルダー, ワイヤレス充電器; part of its category tree in
English, with English-titled imports: Phone Case, Charging Cable, Cable Holder, Power Bank, Tablet Stand,
Stylus Pen, Wireless Charger). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

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
   Japanese-only titles (a shopper typing English in the Japanese shop: rice bowl, chopstick rest,
   screen protector): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-third suite), as a measurement only (nothing changed for it):
83 of 90 cases pass, 33 of 37 queries in every setup (two_types 7/8 queries, 16/17 cases;
qualifies 7/7, 18/18; accessories 7/8, 17/19; price 5/6, 13/15; mixed 7/8, 19/21); the 7 failing
cases (4 queries, three of them in all their setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`):

- sensor floodlight (two_types, lights; with the bag-of-words encoder only): the sensor floodlights
  first, but the add-on 'Motion Sensor for Floodlights' ranked above the plain 'Brightline LED
  Floodlight';
- ride-on toys (accessories, toys): the 'Ride-On Toy Charger' first, and in the lexical setup all
  three ride-on parts (charger, replacement wheels, canopy) before any ride-on toy;
- cheap red ride-on toy (price, toys): the red 'Replacement Wheels for Ride-On Toys' and 'Canopy for
  Ride-On Cars' first and second, the red fire truck (35) third;
- screen protector (mixed, phone; English over Japanese-only 保護フィルム titles): the English
  'Camera Lens Protector' first, the 保護フィルム items after it.

After (a preposition written onto a word with a hyphen is none in a query either: "ride-on toys"
wants toys, not a "ride"): ride-on toys and cheap red ride-on toy pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

T, A = "Toys", "Arts & Crafts"
VEH, BUILD, DOUGH, RIDE = f"{T} > Vehicles", f"{T} > Building Toys", f"{A} > Play Dough", f"{T} > Ride-On Toys"

TOYS = {
    "cartrack": items(f"{VEH} > Car Tracks", ("Zoomly Car Track Set, 120 Pieces, Flexible, Glow in the Dark", 29),
                      ("Wooden Car Track, Figure 8, 40 Pieces", 34),
                      ("Magnetic Car Track with Loop and Ramp, 60 Pieces", 39)),
    "track": each(("Wooden Train Track Expansion Pack, 50 Pieces", f"{T} > Trains > Train Track", 19),
                  ("Train Track Bridge and Ramp Pack, Wooden", f"{T} > Trains > Train Track", 15),
                  ("Marble Run Track Set, 85 Pieces", f"{T} > Marble Runs", 32)),
    "trackcar": items(f"{VEH} > Track Cars", ("Zoomly Track Cars, Die-Cast, 6 Pack, Fits Most Tracks", 14),
                      ("Glow Track Cars, Light-Up, 2 Pack", 12), ("Wooden Track Cars, Magnetic, 4 Pack", 16)),
    "car": items(f"{VEH} > Toy Cars", ("Die-Cast Toy Cars, 20 Pack, Assorted", 22),
                 ("Pull Back Cars, 6 Pack, Trucks and Racers", 12), ("Remote Control Car, 1:18, Off-Road, Blue", 35)),
    "blockstorage": items(f"{BUILD} > Block Storage", ("Brickbox Block Storage Bin, Stackable, 2 Drawers", 24),
                          ("Block Storage Bag, Play Mat Drawstring, 150cm", 19),
                          ("Block Storage Box with Baseplate Lid, Red", 29)),
    "block": items(f"{BUILD} > Building Blocks", ("Brickbox Building Blocks, 500 Pieces, Classic Colours", 29),
                   ("Big Building Blocks for Toddlers, 80 Pieces", 24), ("Magnetic Building Blocks, 64 Pieces", 39),
                   ("Wooden Building Blocks, 100 Pieces, Natural", 27)),
    "block_acc": items(f"{BUILD} > Block Accessories", ("Brick Separator Tool for Building Blocks, 2 Pack", 5),
                       ("Baseplates for Building Blocks, 4 Pack, Green", 14)),
    "noise": each(("Rainbow Crayons, 24 Colours, Washable", f"{A} > Crayons", 5),
                  ("Jumbo Crayons for Toddlers, 16 Pack", f"{A} > Crayons", 7),
                  ("Animal Coloring Book for Kids Ages 3-5, 60 Pages", f"{A} > Coloring Books", 6)),
    "dough": items(f"{DOUGH} > Dough", ("Squishy Play Dough, 12 Tubs, Assorted Colours", 12),
                   ("Play Dough Starter Pack, 4 Tubs, Non-Toxic", 6), ("Glitter Play Dough, 6 Pack", 9),
                   ("Scented Modeling Dough, 10 Colours", 11)),
    "doughtool": items(f"{DOUGH} > Dough Tools", ("Play Dough Tools Set, 30 Pieces, Cutters and Rollers", 14),
                       ("Dough Tools for Kids, Rolling Pin, Scissors, Stamps", 11),
                       ("Dough Extruder Tool Kit for Play Dough", 13)),
    "rideon": items(RIDE, ("Zoomly Ride-On Car, 6V Electric, Red", 149), ("Balance Ride-On Toy, 4 Wheels, Blue", 29),
                    ("Ride-On Push Car with Horn, Red", 45), ("Ride-On Tractor with Trailer, Green", 89),
                    ("Ride-On Fire Truck, Foot-to-Floor, Red", 35)),
    "rideon_acc": items(f"{RIDE} > Ride-On Parts", ("Replacement Wheels for Ride-On Toys, 2 Pack, Red", 19),
                        ("Ride-On Toy Charger, 6V, Universal", 15), ("Canopy for Ride-On Cars, Red", 22)),
    "toybattery": items(f"{T} > Batteries", ("Rechargeable Toy Batteries, AA, 8 Pack", 18),
                        ("Toy Batteries, AAA, Alkaline, 12 Pack", 9), ("Powerkid Toy Batteries, C Size, 4 Pack", 8)),
    "battery": items("Household > Batteries", ("AA Batteries, Alkaline, 24 Pack", 12), ("9V Batteries, 4 Pack", 10),
                     ("Button Cell Batteries LR44, 10 Pack", 5)),
    "batterytoy": items(f"{T} > Battery Operated Toys", ("Battery Operated Toy Train Set, Lights and Sounds", 25),
                        ("Battery Operated Toy Robot, Walking, Blue", 19),
                        ("Battery Powered Toy Bubble Machine", 15)),
}

L, TC, B = "Outdoor Lighting", "Timers & Controls", "Bulbs"
PATH, FLOOD = f"{L} > Path Lights", f"{L} > Floodlights"

LIGHTS = {
    "pathlight": items(PATH, ("Sunpath Solar Path Lights, 8 Pack, Black, Warm White", 39),
                       ("Solar Path Lights, Stainless Steel, 6 Pack, Black", 29),
                       ("Tall Solar Path Lights, 12 Pack, Black", 49), ("Solar Path Lights, 6 Pack, Silver", 19),
                       ("Solar Path Lights, Bronze, 4 Pack", 32)),
    "lightstake": items(f"{L} > Accessories > Stakes",
                        ("Replacement Light Stakes for Solar Path Lights, 10 Pack, Black", 8),
                        ("Light Stakes, Heavy Duty Metal, 6 Pack", 12),
                        ("Sunpath Light Stakes, Plastic Spikes, 12 Pack, Black", 7)),
    "pathlight_acc": items(f"{PATH} > Path Light Parts",
                           ("Replacement Batteries for Solar Path Lights, AA NiMH, 8 Pack", 12),
                           ("Solar Path Light Replacement Tops, 4 Pack, Black", 19)),
    "stake": items(f"{L} > Accessories > Stakes", ("Low Voltage Wire Stakes, 50 Pack", 9),
                   ("Ground Stakes for Landscape Cable, 25 Pack", 8)),
    "stakelight": items(f"{L} > Landscape Lights", ("Solar Stake Lights, Warm White, 8 Pack", 29),
                        ("Butterfly Stake Lights, Solar, Colour Changing, 4 Pack", 24),
                        ("Low Voltage Stake Lights, Brass, 6 Pack", 89)),
    "floodlight": items(FLOOD, ("Brightline LED Floodlight, 50W, Black, IP65", 29),
                        ("LED Floodlight, 100W, Plug-In, Black", 49), ("Mini LED Floodlight, 20W, White", 19),
                        ("Solar Floodlight, Remote Control, 2 Pack", 45)),
    "sensorflood": items(FLOOD, ("Motion Sensor Floodlight, Dual Head, Black", 39),
                         ("Brightline Sensor Floodlight, 30W, White", 35),
                         ("Solar Sensor Floodlight, 3 Heads, Black", 42)),
    "floodsensor": items(f"{FLOOD} > Floodlight Parts", ("Floodlight Sensor, Replacement PIR, 180 Degree, White", 19),
                         ("Brightline Floodlight Sensor, Plug-In Add-On, Black", 15),
                         ("Motion Sensor for Floodlights, Add-On, Black", 17)),
    "flood_acc": items(f"{FLOOD} > Floodlight Parts", ("Mounting Bracket for Floodlights, Stainless", 9),
                       ("Floodlight Replacement Junction Box Cover, Black", 7)),
    "sensor": items(f"{TC} > Motion Sensors", ("Outdoor Motion Sensor, 180 Degree, Wall Mount, White", 19),
                    ("Plug-In Motion Sensor Switch, Dusk to Dawn", 22),
                    ("Wireless PIR Motion Sensor, Battery Powered", 18)),
    "floodbulb": items(f"{B} > Floodlight Bulbs", ("PAR38 Floodlight Bulbs, LED, 2 Pack", 14),
                       ("Brightline Floodlight Bulbs, BR30, 6 Pack, Daylight", 19),
                       ("Outdoor Floodlight Bulbs, 120W Equivalent, 4 Pack", 22)),
    "stringlight": items(f"{L} > String Lights", ("Glowline Outdoor String Lights, 15m, 25 Bulbs, Shatterproof", 39),
                         ("Festoon String Lights, 10m, Warm White", 29),
                         ("Solar String Lights, 100 LED, Copper Wire", 19)),
    "bulb": items(f"{B} > String Light Bulbs", ("Replacement Bulbs for String Lights, S14, 10 Pack", 12),
                  ("G40 Replacement Bulbs, 25 Pack", 9)),
    "timer": items(f"{TC} > Light Timers", ("Outdoor Light Timer, Digital, 2 Outlets, Weatherproof", 19),
                   ("Plug-In Light Timer, Mechanical, 24 Hour, 2 Pack", 12)),
}

TW, CU, KA = "Tableware", "Cutlery", "カトラリー"

TABLEWARE = {
    "plate": items(f"{TW} > Plates", ("取り皿 白磁 16cm 5枚セット 白", 1980), ("カレー皿 パスタ皿 23cm 白 2枚", 1480),
                   ("豆皿 小皿 有田焼 5枚組 藍", 2480), ("小皿 醤油皿 黒 10cm 4枚", 880),
                   ("Dinner Plates, Porcelain, 27cm, White, 4 Pack", 2980), ("平皿 21cm 美濃焼 白 無地", 1180)),
    "plate_acc": items(f"{TW} > Plates > Plate Storage", ("皿用 スタンド ディスプレイ 白 2個", 480),
                       ("皿専用 収納ケース キルティング 白", 980), ("皿対応 緩衝シート 割れ防止 20枚", 380),
                       ("ディッシュラック 皿用 縦置き 白", 880)),
    "chawan": items(f"{TW} > Rice Bowls", ("茶碗 美濃焼 11.5cm 白", 880), ("ご飯茶碗 有田焼 花柄 大", 1280),
                    ("夫婦茶碗 ペア 木箱入り 藍", 2980), ("お茶碗 子供用 割れにくい 軽量 ピンク", 780)),
    "hashi": items(f"{KA} > 箸", ("箸 天然木 23cm 5膳セット 黒", 1280), ("夫婦箸 若狭塗 ペア 赤 黒", 2480),
                   ("箸 食洗機対応 PPS樹脂 23cm 10膳 黒", 980), ("竹箸 23cm 10膳 ナチュラル", 580),
                   ("Chopsticks, Reusable, Fiberglass, 5 Pairs, Black", 1180)),
    "hashicase": items(f"{KA} > 箸ケース", ("箸ケース スライド式 21cm 黒", 580), ("箸箱 箸ケース 携帯 抗菌 18cm ピンク", 680),
                       ("箸ケース 木製 マイ箸用 黒", 880)),
    "hashioki": items(f"{KA} > 箸置き", ("箸置き 陶器 5個セット 動物", 980), ("箸置き 有田焼 豆 黒 5個", 1280),
                      ("箸置き ガラス 透明 2個", 580), ("カトラリーレスト 箸置き 真鍮", 1480)),
    "spoon.tea": items(f"{CU} > Spoons > Teaspoons", ("ティースプーン ステンレス 5本セット 13cm", 780),
                       ("Teaspoons, Stainless Steel, 12 Pack, Gold", 1480), ("Tea Spoons, Mirror Finish, 6 Pack", 980),
                       ("ティースプーン 真鍮 ゴールド 2本", 1180)),
    "spoon": items(f"{CU} > Spoons", ("カレースプーン 18-8ステンレス 19cm 5本", 980),
                   ("Dessert Spoons, Matte Black, 6 Pack", 1280)),
    "fork": items(f"{CU} > Forks", ("フォーク ステンレス 5本セット 17cm", 780), ("Dinner Forks, Stainless Steel, 6 Pack", 1280)),
    "cutlerycase": items(f"{KA} > カトラリーケース", ("カトラリーケース 引き出し 仕切り 5列 白", 1480),
                         ("カトラリーケース 携帯用 スプーン フォーク 収納 ランチ", 780),
                         ("カトラリーケース 蓋付き 竹 4仕切り", 1980),
                         ("Cutlery Case with Lid, Bamboo, 4 Compartments", 2480)),
    "cutlery": items(f"{KA} > カトラリーセット", ("カトラリーセット 4人用 ステンレス 20本", 2980),
                     ("カトラリー セット ゴールド 16本 スプーン フォーク ナイフ", 2480),
                     ("Cutlery Set, 24 Piece, Stainless Steel, Service for 6", 3980)),
    "placemat": items("Table Linen > Placemats", ("ランチョンマット 撥水 4枚セット グレー", 1280),
                      ("ランチョンマット 綿麻 北欧 2枚 ベージュ", 980), ("Placemats, Woven Vinyl, Set of 6, Black", 1980),
                      ("Washable Placemats, Cotton, 4 Pack, Navy", 1680)),
    "noise": each(("Salad Bowls, Porcelain, 15cm, White, 4 Pack", f"{TW} > Bowls", 1980),
                  ("汁椀 木製 漆塗り 赤", "食器 > 椀", 1480), ("茶碗蒸し 器 蓋付き 2客 白", "食器 > 蒸し碗", 1480)),
}

SA, CC, TB = "スマホアクセサリー", "Cables & Chargers", "タブレット周辺機器"

PHONE = {
    "case": items(f"{SA} > スマホケース", ("スマホケース 手帳型 iPhone15 対応 黒", 1980), ("スマホケース クリア 耐衝撃 iPhone 14", 980),
                  ("Slim Phone Case, Matte, Black, for iPhone 15", 1680), ("スマホケース ショルダー ストラップ付き ベージュ", 2480)),
    "film": items(f"{SA} > 保護フィルム", ("保護フィルム ガラスフィルム iPhone15 用 2枚", 980),
                  ("保護フィルム ブルーライトカット 強化ガラス 9H", 1280), ("覗き見防止 保護フィルム iPad 10.9インチ", 1980),
                  ("保護フィルム アンチグレア さらさら 2枚入", 880)),
    "noise": each(("Camera Lens Protector, Tempered Glass, for iPhone 15", f"{SA} > カメラ保護", 880),
                  ("スマホスタンド 卓上 角度調整 黒", f"{SA} > スマホスタンド", 880)),
    "cable": items(f"{CC} > Charging Cables", ("充電ケーブル USB-C to USB-C 1m 60W 白", 980),
                   ("Lightning 充電ケーブル 2m 黒 MFi認証", 1280), ("USB-C Charging Cable, Braided, 2m, Black", 1180),
                   ("充電ケーブル 3in1 マルチ 1.2m", 880)),
    "reelcable": items(f"{CC} > Charging Cables", ("リールケーブル 巻き取り式 USB-C 1m", 980),
                       ("リール式 充電ケーブル 3in1 巻き取り 黒", 1180), ("リールケーブル Lightning 巻き取り 80cm 白", 1280)),
    "cablereel": items(f"{CC} > Cable Organizers", ("ケーブルリール 巻き取り 収納 3個セット", 680),
                       ("ケーブルリール コード巻き シリコン 黒", 480)),
    "cableholder": items(f"{CC} > Cable Organizers", ("ケーブルホルダー デスク 5連 マグネット", 780),
                         ("ケーブルホルダー シリコン 粘着式 3個 黒", 580), ("Cable Holder, Desk Clip, 6 Slots, White", 880),
                         ("ケーブルホルダー 卓上 木製", 1280)),
    "battery": items(f"{CC} > Power Banks", ("モバイルバッテリー 10000mAh 軽量 黒", 2480),
                     ("モバイルバッテリー 20000mAh PD 急速充電 白", 3980), ("Power Bank, 10000mAh, Magnetic, Black", 2980),
                     ("モバイルバッテリー 5000mAh 小型 ケーブル内蔵 黒", 1980), ("モバイルバッテリー 大容量 30000mAh グレー", 4480),
                     ("モバイルバッテリー 5000mAh ピンク", 1680)),
    "battery_acc": items(f"{CC} > Power Banks > Power Bank Accessories", ("モバイルバッテリー用 ポーチ 収納 黒", 880),
                         ("モバイルバッテリー専用 短い ケーブル 15cm 黒", 580),
                         ("モバイルバッテリー対応 収納ケース 耐衝撃 黒", 980)),
    "stand": items(f"{TB} > タブレットスタンド", ("タブレットスタンド アルミ 角度調整 シルバー", 1980),
                   ("Tablet Stand, Adjustable, Foldable, Aluminium", 2280), ("タブレットスタンド 折りたたみ 卓上 白", 1280),
                   ("Tablet Stand Holder for Desk, 4-13 inch", 1680)),
    "pen": items(f"{TB} > タッチペン", ("タッチペン iPad 対応 極細 パームリジェクション 白", 2980),
                 ("タッチペン スマホ 汎用 ディスク型 3本", 880), ("Stylus Pen for iPad, Palm Rejection, White", 2480),
                 ("タッチペン 充電式 磁気吸着 白", 1980)),
    "pen_acc": items(f"{TB} > タッチペン > 替え芯・ペン先", ("タッチペン用 替え芯 4個 白", 580),
                     ("タッチペン専用 ペン先 交換用 極細 白 2個", 780)),
    "penholder": items(f"{TB} > ペンホルダー", ("ペンホルダー タッチペン用 粘着式 白", 480),
                       ("ペンホルダー タブレットケース 貼り付け 2個", 580), ("ペンホルダー シリコン Apple Pencil 対応", 680)),
    "wireless": items(f"{CC} > Wireless Chargers", ("ワイヤレス充電器 15W 急速 Qi 黒", 1980),
                      ("Wireless Charger Pad, 15W, Qi, White", 1780), ("ワイヤレス充電器 3in1 スタンド型", 3980),
                      ("Wireless Charging Stand, 15W", 2280)),
}

SHOPS = {"toys": TOYS, "lights": LIGHTS, "tableware": TABLEWARE, "phone": PHONE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("toys", "car track", "cartrack", ["track"], ["trackcar"]),
    two_types("toys", "track cars", "trackcar", ["car"], ["cartrack"]),
    two_types("toys", "toy batteries", "toybattery", ["battery"], ["batterytoy"]),
    two_types("lights", "light stakes", "lightstake", ["stake"], ["stakelight"]),
    two_types("lights", "stake lights", "stakelight", ["pathlight"], ["lightstake"]),
    two_types("lights", "sensor floodlight", "sensorflood", ["floodlight"], ["floodsensor"]),
    two_types("lights", "floodlight sensor", "floodsensor", ["sensor"], ["sensorflood"]),
    two_types("phone", "リール ケーブル", "reelcable", ["cable"], ["cablereel"]),
    # --- 2. a leading product word that modifies the head
    qualifies("toys", "block storage", ["blockstorage"], ["block"]),
    qualifies("toys", "dough tools", ["doughtool"], ["dough"]),
    qualifies("lights", "floodlight bulbs", ["floodbulb"], ["floodlight", "sensorflood"]),
    qualifies("tableware", "箸 ケース", ["hashicase"], ["hashi"]),
    qualifies("tableware", "カトラリー ケース", ["cutlerycase"], ["cutlery"]),
    qualifies("phone", "ペン ホルダー", ["penholder"], ["pen"]),
    qualifies("phone", "ケーブル ホルダー", ["cableholder"], ["cable"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("toys", "ride-on toys", ["rideon"], ["rideon_acc"]),
    accessories("toys", "play dough", ["dough"], ["doughtool"]),
    accessories("toys", "building blocks", ["block"], ["blockstorage", "block_acc"]),
    accessories("lights", "solar path lights", ["pathlight"], ["lightstake", "pathlight_acc"]),
    accessories("lights", "floodlights", ["floodlight", "sensorflood"], ["flood_acc", "floodsensor"]),
    accessories("tableware", "皿", ["plate"], ["plate_acc"]),
    accessories("phone", "モバイルバッテリー", ["battery"], ["battery_acc"]),
    accessories("phone", "タッチペン", ["pen"], ["pen_acc", "penholder"]),
    # red ride-on toys: 6V car 149, push car 45, fire truck 35 (a blue balance ride-on 29; red parts 19-22)
    price("toys", "cheap red ride-on toy", "rideon-4", ["rideon_acc"]),
    # black solar path lights: Sunpath 39, stainless 29, tall 49 (a silver 6 pack 19; black stakes 7-8, black
    # tops 19)
    price("lights", "cheap black solar path lights", "pathlight-1", ["lightstake", "pathlight_acc"]),
    # black floodlights: Brightline 50W 29, 100W 49 (a white mini 19; black parts 7-17)
    price("lights", "budget black floodlights", "floodlight-0", ["flood_acc", "floodsensor"]),
    # white plates: 取り皿 1980, カレー皿 1480, English 2980, 平皿 1180 (a black 小皿 880; white plate stands and
    # cases 480-980)
    price("tableware", "安い 白 皿", "plate-5", ["plate_acc"]),
    # black chopsticks: 天然木 1280, 夫婦箸 2480, PPS 980, English 1180 (plain bamboo 580; black 箸ケース 580-880,
    # a black 箸置き set 1280)
    price("tableware", "激安 黒 箸", "hashi-2", ["hashicase", "hashioki"]),
    # black power banks: 10000mAh 2480, English 2980, 5000mAh 1980 (a pink 5000mAh 1680; black pouch, cable and
    # case 580-980)
    price("phone", "格安 黒 モバイルバッテリー", "battery-3", ["battery_acc"]),
    # --- 4. Japanese queries among English-titled items, English queries over Japanese-only titles
    mixed("tableware", "ランチョンマット", "placemat"),
    mixed("tableware", "ティースプーン", "spoon.tea"),
    mixed("tableware", "rice bowl", "chawan"),
    mixed("tableware", "chopstick rest", "hashioki"),
    mixed("phone", "スマホケース", "case"),
    mixed("phone", "タブレットスタンド", "stand"),
    mixed("phone", "ワイヤレス充電器", "wireless"),
    mixed("phone", "screen protector", "film"),
]

LIMITS: dict = {
    ("blind53", "two_types:lights:sensor_floodlight", "categories-dense"):
        "'Motion Sensor for Floodlights' (an add-on) ranked above the plain Brightline LED Floodlight",
    ("blind53", "mixed:phone:screen_protector", "categories-lexical"):
        "the English 'Camera Lens Protector' came first, the 保護フィルム items after it",
    ("blind53", "mixed:phone:screen_protector", "categories-dense"):
        "the English 'Camera Lens Protector' came first, the 保護フィルム items after it",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind53(q: Q, setup: str, known_limit):
    known_limit("blind53")
    check(q, setup, ENGINES)


def test_blind53_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "black": "Black", "白": "White", "黒": "Black"})
