"""A fifteenth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: aquarium and fish keeping
(English), school and kids' bags and lunch (English), Japanese beauty appliances 美容家電 (with
English-titled imports whose Japanese names are katakana loanwords, and an English category tree
for part of the shop) and Japanese rain and umbrella goods 雨具 (with English-titled imports and an
English category tree for the umbrella stands). Shops of 30-50 items, category paths 2-3 levels
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
4. mixed: Japanese queries in a shop with English-titled items: the top three are of the query's
   kind, whatever the language of their titles (English imports named by a katakana loanword in
   Japanese, and Japanese titles under an English category tree).

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifteenth suite), as a measurement only (nothing changed for it):
81 of 96 cases pass, 32 of 37 queries in every setup (all 15 English
queries, 17 of 22 Japanese ones; the 5 failing queries, all in the beauty shop, fail in all
three setups); the 15 failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`).
A change decided on suite 12's evidence before this suite was run (a cheap query's price tier no
longer keeps titles in the shopper's language alone) passes お手頃 黒 電動歯ブラシ: 84 of 96, 33 of 37;
a katakana compound's one-consonant part read as half of a pair titles say (ヘア: "Hair Clipper")
passes ヘアクリッパー: 87 of 96, 34 of 37.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

A = "Aquatics"
FILTERS, HEAT, AIR = f"{A} > Filters", f"{A} > Heating", f"{A} > Aeration"

AQUARIUM = {
    "spongefilter": items(f"{FILTERS} > Sponge Filters", ("Hikari Bio Sponge Filter, Medium, up to 75L", 8),
                          ("Aquafin Double Sponge Filter with Air Stone, 2 Pack", 12),
                          ("Corner Sponge Filter, Nano, Black", 7)),
    "filter": items(FILTERS, ("Fluval 307 Canister Filter, up to 330L", 189),
                    ("AquaClear 50 Power Filter, Hang On Back, 190L", 49),
                    ("Eheim Classic 250 External Canister Filter", 99), ("Tetra Whisper Internal Filter, 10i", 19)),
    "filtersponge": items(f"{A} > Filter Media", ("Filter Sponge, Coarse 20ppi, 50x50x5cm, Cut to Fit", 9),
                          ("AquaClear 50 Filter Sponge Replacement, 3 Pack", 8),
                          ("Fine Filter Sponge Pad, Polishing, 2 Pack", 6)),
    "sponge": items(f"{A} > Cleaning", ("Algae Cleaning Sponge, Long Handle", 6),
                    ("Aquarium Glass Scrubbing Sponge, Non-Scratch, 4 Pack", 5)),
    "media": items(f"{A} > Filter Media", ("Seachem Matrix Biological Filter Media, 1L", 19),
                   ("Ceramic Rings Filter Media, 500g, Mesh Bag", 12),
                   ("Activated Carbon Filter Media, 3 Pouches", 9)),
    "heater": items(HEAT, ("Eheim Jager Aquarium Heater, 100W", 29), ("Fluval E Electronic Heater, 200W", 69),
                    ("Hygger Titanium Heater with Controller, 300W", 39), ("Preset Nano Heater, 25W, 26C", 14)),
    "heater_acc": items(f"{HEAT} > Heater Parts", ("Heater Guard for 100-200W Aquarium Heaters", 9),
                        ("Replacement Suction Cups for Heaters, 10 Pack", 4),
                        ("Heater Controller for Aquarium Heater, Digital Thermostat", 29),
                        ("Heater Clips Replacement, 4 Pack, Clear", 4)),
    "airpump": items(AIR, ("Tetra Whisper Air Pump, 10-30 Gallon, Black", 15),
                     ("Hygger Quiet Air Pump, Dual Outlet, Black", 22), ("USB Mini Air Pump, 1 Outlet, White", 9),
                     ("Eheim Air Pump 400, 4 Outlets, Black", 39)),
    "airpump_acc": items(f"{AIR} > Air Pump Parts", ("Check Valves for Air Pump, Black, 6 Pack", 4),
                         ("Air Pump Replacement Diaphragm Kit, Black", 6),
                         ("Airline Tubing for Air Pumps, 6m, Black", 5)),
    "plantfood": items(f"{A} > Plant Care", ("API Leaf Zone Aquarium Plant Food, 237ml", 9),
                       ("Easy Green All-in-One Plant Food, 500ml", 19), ("Root Tabs Plant Food, 40 Tablets", 8)),
    "plant": items(f"{A} > Live Plants", ("Anubias Nana on Driftwood, Live Aquarium Plant", 14),
                   ("Java Fern, Live Plant, Potted", 7), ("Amazon Sword Live Plant, 3 Pack", 12)),
    "food": items(f"{A} > Fish Food", ("TetraMin Tropical Flakes Fish Food, 200g", 12),
                  ("Hikari Sinking Wafers, 110g", 9), ("Freeze Dried Bloodworms Fish Food, 30g", 6)),
    "tank": items(f"{A} > Aquariums", ("Fluval Spec V Aquarium Kit, 19L, Black", 119),
                  ("Fish Tank Starter Kit, 60L, with LED Light", 89), ("Nano Glass Aquarium, 30x20x20cm", 29)),
    "misc": each(("Fine Mesh Fish Net, 10cm, Green", f"{A} > Nets", 3),
                 ("Natural Aquarium Gravel, 5kg, Black", f"{A} > Substrate", 12),
                 ("Gravel Vacuum Siphon Cleaner, 1.5m Hose", f"{A} > Cleaning", 14)),
}

K = "Kids & School"
BAGS, LUNCH, BOTTLES = f"{K} > School Bags", f"{K} > Lunch", f"{K} > Bottles"

KIDS = {
    "backpack": items(f"{BAGS} > Backpacks", ("JanSport Kids Backpack, 15L, Navy", 39),
                      ("Skip Hop Zoo Little Kid Backpack, Pink", 25), ("Kipling School Backpack, 20L, Navy", 69),
                      ("Ergonomic School Backpack with Chest Strap, Pink", 45)),
    "backpack_acc": items(f"{BAGS} > Bag Accessories", ("Rain Cover for School Backpack, Navy", 12),
                          ("Backpack Replacement Shoulder Straps, Navy, Pair", 9),
                          ("Keychain Name Tag for Backpack, Pink", 5)),
    "lunchbox": items(f"{LUNCH} > Lunch Boxes", ("Bentgo Kids Lunch Box, 5 Compartments, Blue", 28),
                      ("Sistema Lunch Box, 1.1L, Blue", 9), ("Yumbox Leakproof Bento Lunch Box, Pink", 32),
                      ("Stainless Steel Lunch Box, 2 Tier", 19), ("Mini Snack Lunch Box, 2 Pack, Pink", 7)),
    "lunchbag": items(f"{LUNCH} > Lunch Bags", ("Kids Insulated Lunch Bag, Dinosaur, Blue", 14),
                      ("PackIt Freezable Lunch Bag, Pink", 22), ("Lunch Bag with Bottle Holder, Navy", 16)),
    "lunchbox_acc": items(f"{LUNCH} > Lunch Accessories", ("Ice Packs for Lunch Box, 4 Pack, Blue", 6),
                          ("Silicone Cups for Bento Lunch Box, 12 Pack", 5),
                          ("Lunch Box Replacement Lid Seals, 2 Pack", 4),
                          ("Lunch Box Replacement Lid, Blue", 4)),
    "bottle": items(f"{BOTTLES} > Water Bottles", ("Klean Kanteen Kid Classic Water Bottle, 355ml, Sport Cap", 20),
                    ("Contigo Kids Water Bottle, Autospout, 420ml", 14),
                    ("Stainless Steel Water Bottle, 500ml, Insulated, Navy", 18),
                    ("Nalgene Kids Water Bottle, 350ml", 12)),
    "strawbottle": items(f"{BOTTLES} > Straw Bottles", ("Thermos Funtainer Straw Bottle, 355ml, Blue", 19),
                         ("b.box Kids Straw Bottle, 450ml", 16), ("Kids Straw Bottle with Flip Lid, 400ml, Pink", 9)),
    "bottlestraw": items(f"{BOTTLES} > Bottle Parts", ("Replacement Bottle Straws, 4 Pack, Silicone", 6),
                         ("Bottle Straw and Valve Set, 3 Pack", 8), ("Spare Bottle Straws with Brush, 6 Pack", 7)),
    "straw": items(f"{LUNCH} > Straws", ("Reusable Silicone Straws, 8 Pack with Brush", 6),
                   ("Stainless Steel Drinking Straws, Bent, 4 Pack", 5), ("Paper Party Straws, 100 Pack", 4)),
    "bottlestrap": items(f"{BOTTLES} > Bottle Parts", ("Bottle Strap, Adjustable, Fits 350-600ml, Pink", 7),
                         ("Water Bottle Strap with Carabiner, Navy", 6), ("Bottle Strap Shoulder Sling, Blue", 9)),
    "pencilcase": items(f"{K} > Stationery > Pencil Cases", ("Smiggle Pencil Case, Double Zip, Blue", 15),
                        ("Large Capacity Pencil Case, 3 Compartments, Pink", 12), ("Silicone Pencil Case, Navy", 8)),
    "pencil": items(f"{K} > Stationery > Pencils", ("Staedtler Noris HB Pencils, 12 Pack", 5),
                    ("Colouring Pencils, 24 Colours", 8), ("Jumbo Triangular Pencils, 6 Pack", 6)),
}

BY = "美容家電"
HAIR, ORAL, MEN = f"{BY} > ヘアケア家電", f"{BY} > オーラルケア", f"{BY} > メンズ"
EN = "Beauty Appliances"  # the part of the shop whose category tree is English

BEAUTY = {
    "dryer": items(f"{HAIR} > ドライヤー", ("パナソニック ヘアドライヤー ナノケア EH-NA0J 白", 29800),
                   ("コイズミ ドライヤー 大風量 マイナスイオン 黒", 3980), ("テスコム ドライヤー 速乾 コンパクト ピンク", 2980),
                   ("Dyson Supersonic Hair Dryer HD08, Nickel/Copper", 49800)),
    "standdryer": items(f"{HAIR} > スタンドドライヤー", ("スタンドドライヤー ハンズフリー 360度回転 高さ調節 白", 6980),
                        ("スタンド ドライヤー 卓上 大風量 ペット兼用", 5480), ("スタンドドライヤー 床置き 首振り 黒", 7980)),
    "dryerstand": items(f"{BY} > 収納・スタンド", ("ドライヤースタンド 壁掛け 強力吸着 白", 1280),
                        ("ドライヤー スタンド 置き型 ステンレス シルバー", 1980), ("ドライヤースタンド ホルダー 洗面所 黒", 980)),
    "stand": items(f"{BY} > 収納・スタンド", ("ヘアアイロンスタンド 耐熱 シリコン 黒", 780), ("メイクブラシスタンド アクリル 透明", 980)),
    "hairiron": items(f"{HAIR} > ヘアアイロン", ("サロニア ストレートヘアアイロン 24mm 黒", 3280),
                      ("ヘアアイロン ストレート ミニ 15mm 持ち運び", 1980)),
    "curler": items(f"{HAIR} > カールアイロン", ("カールアイロン 32mm 温度調節 黒", 2980),
                    ("Conair Curling Iron, 25mm, Tourmaline Ceramic", 3480),
                    ("Remington Curling Iron, 32mm, Pink", 2780)),
    "clipper": items(f"{EN} > Hair Care > Hair Clippers", ("Wahl Hair Clipper, Cordless, 8 Guards", 6980),
                     ("Philips Hair Clipper Series 3000, 13 Lengths", 4980),
                     ("Panasonic Hair Clipper ER-GC55, Rechargeable", 5980), ("バリカン 充電式 散髪 アタッチメント4種", 2980)),
    "epil": items(f"{EN} > Hair Removal > IPL Devices", ("脱毛器 IPL 光美容器 冷却機能 白", 19800),
                  ("Braun Silk-expert Pro 5 IPL Hair Removal Device", 39800),
                  ("Philips Lumea IPL Hair Removal Device, Series 8000", 49800)),
    "facial": items(f"{EN} > Facial Devices", ("ヤーマン RF ボーテ フォトPLUS EX リフトケア", 39800),
                    ("美顔器 EMS リフトアップ 温冷 イオン導入", 5980), ("美顔器 超音波 ウォーターピーリング 毛穴", 3980)),
    "toothbrush": items(f"{ORAL} > 電動歯ブラシ", ("フィリップス ソニッケアー 電動歯ブラシ ダイヤモンドクリーン 黒", 24800),
                        ("パナソニック 電動歯ブラシ ドルツ 白", 14800), ("ブラウン オーラルB 電動歯ブラシ iO3 黒", 9980),
                        ("Oral-B Pro 3 Electric Toothbrush, Black", 6980), ("電動歯ブラシ 音波 充電式 白", 2980)),
    "tb_acc.head": items(f"{ORAL} > 電動歯ブラシ アクセサリー", ("電動歯ブラシ用 替えブラシ ソニッケアー互換 8本 黒", 1580),
                         ("替えブラシ 電動歯ブラシ対応 オーラルB互換 4本 黒", 980),
                         ("電動歯ブラシ専用 替えブラシ やわらかめ 4本 白", 1280),
                         ("Replacement Brush Heads for Electric Toothbrush, 8 Pack, Black", 1280)),
    "tb_acc.other": items(f"{ORAL} > 電動歯ブラシ アクセサリー", ("Travel Case for Electric Toothbrush, Black", 1480)),
    "shaver": items(f"{MEN} > シェーバー", ("パナソニック ラムダッシュ シェーバー 5枚刃 黒", 24800),
                    ("ブラウン シリーズ7 電気シェーバー 黒", 16800), ("フィリップス 電気シェーバー 3000シリーズ 回転刃 黒", 6980),
                    ("Philips Norelco Electric Shaver 2300, Black", 7980), ("電気シェーバー 3枚刃 防水 USB充電 白", 2980)),
    "shaver_acc.blade": items(f"{MEN} > シェーバー替刃", ("シェーバー用 替刃 パナソニック ES9036 黒", 4980),
                              ("替刃 シェーバー用 ブラウン 73S 互換", 3980),
                              ("Replacement Shaver Head for Philips, SH30, 3 Pack", 2980)),
    "shaver_acc.other": items(f"{MEN} > シェーバー替刃", ("シェーバー専用 洗浄液 カートリッジ 3個", 1980),
                              ("シェーバー対応 収納ケース 黒", 1480)),
    "mirror": each(("女優ミラー LED 卓上 三面鏡 白", f"{EN} > Mirrors", 3980)),
}

R = "傘・雨具"
KASA, SHOES, WEAR = f"{R} > 傘", f"{R} > レインシューズ", f"{R} > レインウェア"

RAIN = {
    "kasa": items(f"{KASA} > 長傘", ("長傘 65cm ジャンプ式 グラスファイバー 黒", 1980), ("ビニール傘 60cm 透明 ワンタッチ", 550),
                  ("紳士傘 70cm 大きい 丈夫 ネイビー", 2980), ("Totes Auto Open Stick Umbrella, Black", 2480)),
    "oritatami": items(f"{KASA} > 折りたたみ傘", ("折りたたみ傘 自動開閉 軽量 10本骨 黒", 2480),
                       ("Repel Windproof Travel Umbrella, Compact, Black", 2780), ("折り畳み傘 大きい 120cm 黒", 3280),
                       ("折りたたみ傘 ミニ 5段 ピンク", 1280), ("折りたたみ傘 超軽量 晴雨兼用 ネイビー", 1980)),
    "oritatami_acc": items(f"{KASA} > 傘グッズ", ("折りたたみ傘用 ケース 吸水 マイクロファイバー 黒", 980),
                           ("収納袋 折りたたみ傘用 防水 黒", 680), ("折りたたみ傘専用 修理キット 替え骨 2本", 780),
                           ("Umbrella Sleeve for Compact Umbrella, Black", 1280),
                           ("折りたたみ傘対応 ストラップ ホルダー 黒", 880)),
    "kasacover": items(f"{KASA} > 傘カバー", ("傘カバー 吸水 マイクロファイバー 長傘 ネイビー", 1280),
                       ("傘カバー 携帯 防水 ショルダー 黒", 880), ("傘 カバー 濡れた傘 持ち歩き 2枚", 780)),
    "higasa": items(f"{KASA} > 日傘", ("日傘 完全遮光 UVカット 50cm 黒", 3980), ("日傘 レース 晴雨兼用 白", 2480),
                    ("Parasol, UV Protection Sun Umbrella, Beige", 2980)),
    "boots": items(f"{SHOES} > レインブーツ", ("レインブーツ ショート 防水 レディース 黒", 2980),
                   ("レインブーツ ロング メンズ 滑り止め ネイビー", 3980), ("Hunter Original Tall Rain Boots, Black", 19800),
                   ("長靴 キッズ 軽量 黄色", 1980)),
    "boots_acc": items(f"{SHOES} > レインブーツ小物", ("レインブーツ用 インソール 防臭 黒", 780),
                       ("ブーツキーパー レインブーツ用 2組 黒", 980), ("レインブーツ専用 防水スプレー 300ml", 1280),
                       ("Boot Hanger for Rain Boots, Wall Mount, Black", 1480)),
    "bootscover": items(f"{SHOES} > シューズカバー", ("ブーツカバー 防水 シリコン 滑り止め M", 1280),
                        ("ブーツカバー 雨 靴カバー 繰り返し使える 黒", 1580), ("ブーツ カバー レインカバー 折りたたみ 透明", 980)),
    "raincoat": items(f"{WEAR} > レインコート", ("レインコート レディース ロング 自転車 ネイビー", 3980),
                      ("レインコート 子供 ランドセル対応 黄色", 2480), ("レインコート メンズ 上下セット 防水 黒", 4980)),
    "rainjacket": items(f"{WEAR} > レインジャケット", ("Columbia Watertight II Rain Jacket, Navy", 9800),
                        ("The North Face Venture Rain Jacket, Black", 16800), ("レインジャケット 防水 透湿 メンズ 黒", 6980)),
    "poncho": items(f"{WEAR} > ポンチョ", ("レインポンチョ 男女兼用 フード付き ネイビー", 1980),
                    ("Rain Poncho, Reusable, Hooded, 2 Pack", 1480),
                    ("Emergency Rain Ponchos, Disposable, 5 Pack", 980)),
    "kasatate": items("Home > Entryway > Umbrella Stands", ("傘立て スリム 6本 スチール 白", 2980),
                      ("傘立て 陶器 丸型 ネイビー", 4980), ("傘立て 省スペース 玄関 木製", 3980),
                      ("アンブレラスタンド マグネット 玄関ドア 白", 2480)),
}

SHOPS = {"aquarium": AQUARIUM, "kids": KIDS, "beauty": BEAUTY, "rain": RAIN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("aquarium", "sponge filter", "spongefilter", ["filter"], ["filtersponge"]),
    two_types("aquarium", "filter sponge", "filtersponge", ["sponge"], ["spongefilter"]),
    two_types("kids", "straw bottle", "strawbottle", ["bottle"], ["bottlestraw"]),
    two_types("kids", "bottle straw", "bottlestraw", ["straw"], ["strawbottle"]),
    two_types("beauty", "スタンドドライヤー", "standdryer", ["dryer"], ["dryerstand"]),
    two_types("beauty", "ドライヤー スタンド", "dryerstand", ["stand"], ["standdryer"]),
    # --- 2. a leading product word that modifies the head
    qualifies("aquarium", "filter media", ["media", "filtersponge"], ["filter", "spongefilter"]),
    qualifies("aquarium", "plant food", ["plantfood"], ["plant"]),
    qualifies("kids", "bottle strap", ["bottlestrap"], ["bottle", "strawbottle"]),
    qualifies("kids", "pencil case", ["pencilcase"], ["pencil"]),
    qualifies("beauty", "電動歯ブラシ 替えブラシ", ["tb_acc.head"], ["toothbrush"]),
    qualifies("beauty", "シェーバー 替刃", ["shaver_acc.blade"], ["shaver"]),
    qualifies("rain", "傘 カバー", ["kasacover"], ["kasa", "oritatami", "higasa"]),
    qualifies("rain", "ブーツ カバー", ["bootscover"], ["boots"]),
    # --- 3. accessories ("for X", "X Replacement", X用 Y, Y X用, X専用 Y, X対応 Y); price word + colour + type
    accessories("aquarium", "heater", ["heater"], ["heater_acc"]),
    accessories("aquarium", "air pump", ["airpump"], ["airpump_acc"]),
    accessories("kids", "lunch box", ["lunchbox"], ["lunchbox_acc"]),
    accessories("kids", "backpack", ["backpack"], ["backpack_acc"]),
    accessories("beauty", "電動歯ブラシ", ["toothbrush"], ["tb_acc"]),
    accessories("beauty", "シェーバー", ["shaver"], ["shaver_acc"]),
    accessories("rain", "折りたたみ傘", ["oritatami"], ["oritatami_acc"]),
    accessories("rain", "レインブーツ", ["boots"], ["boots_acc"]),
    # black air pumps: Tetra 15, Hygger 22, Eheim 39 (a white USB one 9; black parts 4-6)
    price("aquarium", "cheap black air pump", "airpump-0", ["airpump_acc"]),
    # blue lunch boxes: Bentgo 28, Sistema 9 (pink ones 7 and 32, steel 19; blue ice packs 6, blue lid 4)
    price("kids", "cheap blue lunch box", "lunchbox-1", ["lunchbox_acc"]),
    # navy backpacks: JanSport 39, Kipling 69 (pink ones 25 and 45; navy rain cover 12, navy straps 9)
    price("kids", "cheap navy backpack", "backpack-0", ["backpack_acc"]),
    # black electric toothbrushes: ソニッケアー 24800, iO3 9980, English Oral-B Pro 3 6980 (white ones 2980
    # and 14800; black brush heads and case 980-1580)
    price("beauty", "お手頃 黒 電動歯ブラシ", "toothbrush-3", ["tb_acc"]),
    # black shavers: ラムダッシュ 24800, ブラウン 16800, フィリップス 3000 6980, English Norelco 7980 (a white
    # one 2980; black blades 4980, black case 1480)
    price("beauty", "格安 黒 シェーバー", "shaver-2", ["shaver_acc"]),
    # black folding umbrellas: 自動開閉 2480, English Repel 2780, 折り畳み 120cm 3280 (pink 1280, navy 1980;
    # black cases, bags, straps and sleeves 680-1480)
    price("rain", "安い 黒 折りたたみ傘", "oritatami-0", ["oritatami_acc"]),
    # black rain boots: ショート 2980, English Hunter 19800 (navy 3980, yellow 長靴 1980; black insoles,
    # keepers, hanger 780-1480)
    price("rain", "激安 黒 レインブーツ", "boots-0", ["boots_acc"]),
    # --- 4. Japanese queries among English-titled items and English category paths
    mixed("beauty", "カールアイロン", "curler"),      # two of three are English "Curling Iron"
    mixed("beauty", "ヘアクリッパー", "clipper"),     # English "Hair Clipper" and a Japanese バリカン
    mixed("beauty", "脱毛器", "epil"),                # English "IPL Hair Removal Device", native Japanese name
    mixed("beauty", "美顔器", "facial"),              # Japanese titles under "Beauty Appliances > Facial Devices"
    mixed("rain", "日傘", "higasa"),                  # an English "Parasol, ... Sun Umbrella"
    mixed("rain", "レインポンチョ", "poncho"),         # English "Rain Poncho"
    mixed("rain", "レインジャケット", "rainjacket"),    # English "Rain Jacket" above Japanese レインコート
    mixed("rain", "傘立て", "kasatate"),              # under "Home > Entryway > Umbrella Stands"; アンブレラスタンド
]

ALL_JA = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS = {("blind15", case, setup): why for case, why in {
    "qualifies:beauty:電動歯ブラシ_替えブラシ": "the three Japanese 替えブラシ come first, then the electric "
    "toothbrushes above the English 'Replacement Brush Heads' (until the eleventh session all five "
    "toothbrushes came first)",
    "qualifies:beauty:シェーバー_替刃": "the two Japanese 替刃 come first, then the 専用 cleaning cartridges and the "
    "対応 case, above the English 'Replacement Shaver Head for Philips' (fifth)",
    "mixed:beauty:脱毛器": "the Japanese 脱毛器 comes first, then the three 美顔器 facial devices, above the English "
    "'IPL Hair Removal Device' imports (fifth and below)",
}.items() for setup in ALL_JA}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind15(q: Q, setup: str, known_limit):
    known_limit("blind15")
    check(q, setup, ENGINES)


def test_blind15_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "blue": "Blue", "navy": "Navy", "黒": "Black"})
