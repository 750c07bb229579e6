"""A forty-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite combines: camping
cookware and hydration (English: camp stoves, stove fuel, cook sets, water bottles, bottle cages,
water filters, filter cartridges, hydration packs and bladders, thermoses and their lids), dog
training and grooming (English: brushes, brush cleaners, nail clippers, shampoo, shampoo bottles,
training treats, treat pouches, clickers, leashes, leash hooks), a Japanese music and audio shop
楽器・音響 (ギター, ギターケース, ギター弦, ピック, ピックケース, キーボード, キーボードスタンド, マイク,
マイクスタンド, ヘッドホン; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and a Japanese umbrella, rain and sun goods shop
傘・レイングッズ (傘, 折りたたみ傘, 日傘, 傘立て, 傘カバー, レインコート, レインブーツ, 長靴, 帽子,
サンバイザー; English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:
1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (stove fuel / fuel stove, filter bottle, マイクスタンド /
   スタンドマイク, ギターアンプ against an アンプ内蔵 guitar, リュック レインカバー against a
   レインカバー付き リュック);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese shops with no English titles for that product ("music stand" for 譜面台, "parasol"
   for 日傘): the top three are of the query's kind.
Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-fifth suite), as a measurement only (nothing changed for it):
87 of 97 cases pass, 34 of 38 queries in every setup (two_types 6/7 queries, 15/18 cases;
qualifies 8/8, 19/19; accessories 8/9, 19/22; price 6/6, 16/16; mixed 6/8, 18/22); the 10 failing
cases (4 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ギターアンプ (an アンプ付き エレキギター third, above the bass amps and the
English "Guitar Amplifier"), 傘 (every 傘カバー above every 日傘), and the two English queries over
Japanese titles, "music stand" (keyboard and mic stands, no 譜面台 in the top six) and "parasol"
(plain and folding umbrellas, no 日傘 in the top eight). After (the Japanese words that mean an
English word first come first, and only theirs lend English words: "parasol" is 日傘 before 傘):
parasol passes. After (a leaf word ending in the type under a level named for it is a kind of
it, `CatalogKnowledge.kinds_by_ending`: "傘 > 日傘"): 傘 passes. After (what a product comes with,
X付き, is never its head: `JA_WITH_MARKERS`): ギターアンプ passes. After (an English pair whose
Japanese the titles say as two words, 譜面台 as 譜面 台, is of the type of its last: 台; the fifteenth
session): music stand passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items

# =============================================================================================
# Shops

CK, HY = "Camp Kitchen", "Hydration"
CAMP = {
    "stovefuel": items(f"{CK} > Fuel", ("Summitflame Stove Fuel Canister, Isobutane Blend, 230g", 7),
                       ("Stove Fuel, Isopropane Canister, 450g, 2 Pack", 16),
                       ("Liquid Stove Fuel, White Gas, 1L", 14)),
    "fuel": items(f"{CK} > Fuel", ("Butane Fuel Canister, 220g, 4 Pack", 12), ("Solid Fuel Tablets, Hexamine, 24 Pack", 8)),
    "fuelstove": items(f"{CK} > Stoves", ("Summitflame Multi-Fuel Stove, Liquid Fuel & Gas, Pump Included", 149),
                       ("Liquid Fuel Stove, Expedition, White Gas", 119),
                       ("Solid Fuel Stove, Folding, Pocket Size", 15)),
    "stove": items(f"{CK} > Stoves", ("Summitflame Canister Camp Stove, Piezo Ignition, 3000W", 49),
                   ("Ultralight Backpacking Stove, Titanium, 45g", 29),
                   ("Two-Burner Camp Stove, Propane, Wind Guards", 89)),
    "stove_acc": items(f"{CK} > Stoves > Stove Accessories", ("Windscreen for Camp Stoves, Aluminium, 10 Panels", 12),
                       ("Camp Stove Replacement Piezo Igniter", 9), ("Canister Stand for Camp Stoves, Folding", 7)),
    "cookset": items(f"{CK} > Cookware", ("Hearthpeak Cook Set, Anodized Aluminium, 2 Pots & Pan", 45),
                     ("Titanium Cook Set, 750ml Pot & Mug", 59)),
    "thermos": items(f"{CK} > Thermoses", ("Hearthpeak Vacuum Thermos, 1L, Stainless, Black", 39),
                     ("Thermos Flask, 500ml, Matte Black", 22), ("Food Thermos, Wide Mouth, 470ml, Green", 27),
                     ("Hearthpeak Thermos with Cup Lid, 750ml, Red", 34)),
    "thermoslid": items(f"{CK} > Thermoses > Thermos Lids", ("Replacement Lid for Hearthpeak Thermos, 1L, Black", 9),
                        ("Thermos Replacement Stopper, Black", 7), ("Cup Lid for Thermos Flasks, 500ml", 6)),
    "bottle": items(f"{HY} > Water Bottles", ("Trailspring Water Bottle, Stainless Steel, 750ml, Blue", 24),
                    ("Wide Mouth Water Bottle, BPA-Free, 1L, Blue", 12),
                    ("Collapsible Water Bottle, Silicone, 600ml, Green", 14),
                    ("Trailspring Insulated Water Bottle, 1L, Black", 32),
                    ("Aluminium Water Bottle, Screw Cap, 500ml, Blue", 15)),
    "filterbottle": items(f"{HY} > Water Bottles", ("Trailspring Filter Bottle, 750ml, Blue", 35),
                          ("Water Filter Bottle, Hollow Fiber, 650ml, Grey", 29),
                          ("Squeeze Filter Bottle, 1L, Collapsible", 25)),
    "bottlecage": items(f"{HY} > Bottle Cages", ("Bottle Cage, Aluminium, Blue", 9),
                        ("Side-Entry Bottle Cage, Carbon, Black", 24), ("Trailspring Bottle Cage, Adjustable, 1L", 14)),
    "filter": items(f"{HY} > Water Filters", ("Clearstream Water Filter, Squeeze, 0.1 Micron", 34),
                    ("Pump Water Filter, Ceramic, Field Cleanable", 79), ("Gravity Water Filter, 6L, Hanging Bag", 59)),
    "bottlefilter": items(f"{HY} > Water Filters", ("Bottle Filter, Screw-On, Fits 28mm Bottles", 22),
                          ("Inline Bottle Filter, 0.1 Micron", 19)),
    "cartridge": items(f"{HY} > Water Filters > Filter Cartridges", ("Clearstream Replacement Filter Cartridge, 2 Pack", 19),
                       ("Filter Cartridges for Pump Water Filter, Ceramic", 29),
                       ("Carbon Filter Cartridge, Replacement, 3 Pack", 15)),
    "hydropack": items(f"{HY} > Hydration Packs", ("Trailspring Hydration Pack, 10L, 2L Bladder, Red", 55),
                       ("Running Hydration Vest, 5L, Soft Flasks", 65)),
    "bladder": items(f"{HY} > Bladders", ("Hydration Bladder, 2L, Wide Opening, Quick Disconnect", 24),
                     ("Trailspring Hydration Bladder, 3L, Insulated Tube", 32), ("Hydration Bladder, 1.5L, Slim", 19)),
    "bladder_acc": items(f"{HY} > Bladders > Bladder Parts", ("Replacement Bite Valve for Hydration Bladders, 2 Pack", 8),
                         ("Hydration Bladder Cleaning Kit, Brushes & Hanger", 12),
                         ("Insulated Tube Cover for Hydration Bladders", 10)),
}

P = "Dog Supplies"
G, T = f"{P} > Grooming", f"{P} > Training"
DOG = {
    "brush": items(f"{G} > Brushes", ("Furwell Slicker Brush, Self-Cleaning, Large, Black", 16),
                   ("Bristle Dog Brush, Boar Hair, Wood Handle", 14), ("Deshedding Brush, Undercoat Rake, Black", 19),
                   ("Pin Brush, Long Coat, Black", 11), ("Furwell Double-Sided Dog Brush, Pin & Bristle", 13)),
    "brushcleaner": items(f"{G} > Brush Care", ("Furwell Brush Cleaner, Hair Remover Comb, Black", 6),
                          ("Brush Cleaner Tool for Slicker Brushes", 5), ("Grooming Brush Cleaner Rake, 2 Pack", 8)),
    "clipper": items(f"{G} > Nail Care", ("Furwell Dog Nail Clippers, Safety Guard, Large", 12),
                     ("Nail Clippers, Small Dogs & Cats, Pink", 9), ("Guillotine Nail Clippers, Stainless Steel", 10),
                     ("Professional Nail Clippers with Quick Sensor, Red", 19)),
    "clipper_acc": items(f"{G} > Clipper Parts", ("Replacement Blades for Guillotine Nail Clippers, 2 Pack", 6),
                         ("Nail Clipper Replacement Spring, 4 Pack", 4), ("Safety Guard for Nail Clippers, Clip-On", 5)),
    "shampoo": items(f"{G} > Shampoo", ("Furwell Oatmeal Dog Shampoo, 500ml", 14),
                     ("Dog Shampoo, Sensitive Skin, Aloe, 1L", 19), ("Whitening Dog Shampoo, 250ml", 11)),
    "shampoobottle": items(f"{G} > Bath Tools", ("Shampoo Bottle, Dilution Mixing, 500ml, Marked", 8),
                           ("Foaming Shampoo Bottle, Pump, 300ml", 9), ("Furwell Shampoo Bottle, Squeeze, 2 Pack", 7)),
    "treats": items(f"{T} > Training Treats", ("Pawbit Training Treats, Chicken, 200g", 8),
                    ("Soft Training Treats, Salmon, Grain-Free, 300g", 11), ("Mini Training Treats, Liver, 500 Pieces", 9)),
    "treatpouch": items(f"{T} > Treat Pouches", ("Pawbit Treat Pouch, Magnetic Close, Belt Clip, Red", 14),
                        ("Silicone Treat Pouch, Pink", 9), ("Treat Pouch with Poop Bag Dispenser, Black", 16)),
    "clicker": items(f"{T} > Clickers", ("Pawbit Training Clicker, Wrist Strap, Blue", 4),
                     ("Clicker with Volume Control, 2 Pack", 6), ("Button Clicker, Big Button, Black", 5)),
    "leash": items(f"{P} > Leashes", ("Pawbit Training Leash, 5m Long Line, Red", 15), ("Slip Leash, Rope, 1.5m, Black", 10),
                   ("Nylon Leash, Padded Handle, 1.8m, Red", 12), ("Leather Leash, 1.2m, Brown", 22)),
    "leashhook": items(f"{P} > Home > Leash Hooks", ("Leash Hook for Wall, 4 Hooks, Black", 12),
                       ("Furwell Leash Hook, Bone Shape, Wood", 9)),
    "leash_acc": items(f"{P} > Leashes > Leash Parts", ("Replacement Snap Clip for Leashes, 2 Pack", 5),
                       ("Leash Replacement Handle, Padded, Red", 7)),
    "noise": each(("Electric Nail Grinder, 2-Speed, USB Rechargeable", f"{G} > Nail Care", 24),
                  ("Grooming Glove, Deshedding, Pair", f"{G} > Gloves", 9)),
}

GT, AU = "楽器 > ギター", "Audio > Headphones"
KB = "Instruments > Keyboards"
MUSIC = {
    "guitar": items(GT, ("アコースティックギター 初心者 セット 41インチ ナチュラル", 14800),
                    ("エレキギター ストラトタイプ 初心者 入門 黒", 19800),
                    ("Acoustic Guitar, Dreadnought, Spruce Top, Natural", 24800)),
    "guitar.amp": items(GT, ("エレキギター アンプ内蔵 ミニギター トラベル 黒", 15800),
                        ("アンプ付き エレキギター 初心者 入門セット", 21800)),
    "guitarcase": items(f"{GT} > ギターケース", ("ギターケース アコースティック用 ソフトケース 10mm厚 黒", 2980),
                        ("ギターケース エレキギター用 ハードケース", 8980),
                        ("Guitar Case, Padded Gig Bag, Electric, Black", 3480)),
    "strings": items(f"{GT} > 弦", ("ギター弦 アコースティック用 ライトゲージ 012-053", 980),
                     ("Phosphor Bronze Acoustic Guitar Strings, Light", 1280)),
    "pick": items(f"{GT} > ピック", ("ギターピック ティアドロップ 0.71mm 12枚セット", 480), ("Guitar Picks, Assorted, 24 Pack", 580)),
    "pickcase": items(f"{GT} > ピック", ("ピックケース 本革 キーホルダー付き ブラウン", 980), ("ピックケース アルミ 10枚収納", 680),
                      ("ピックホルダー ピックケース ギター ヘッド取付", 580)),
    "keyboard": items(KB, ("電子キーボード 61鍵 初心者 タッチレスポンス 黒", 12800), ("キーボード 88鍵 ハンマーアクション 白", 39800),
                      ("Portable Keyboard, 61 Keys, Built-in Speakers, White", 14800), ("MIDIキーボード 49鍵 USB 黒", 9800),
                      ("キーボード 61鍵 軽量 スリム 白", 11800)),
    "kbstand": items(f"{KB} > Keyboard Stands", ("キーボードスタンド X型 高さ調節 白", 2980),
                     ("キーボードスタンド Z型 黒 耐荷重50kg", 5980), ("Keyboard Stand, Double-X, Adjustable, Black", 3980)),
    "kb_acc": items(f"{KB} > Keyboard Accessories", ("キーボード用 サスティンペダル ピアノ型", 1980),
                    ("キーボード専用 ダストカバー 61鍵 白", 1280)),
    "micstand": items("音響 > マイクスタンド", ("マイクスタンド ブーム型 卓上 黒", 2480), ("マイクスタンド ストレート 床置き 高さ調節", 3480),
                      ("Mic Stand, Tripod Boom, Black", 2980)),
    "standmic": items("音響 > マイク", ("スタンドマイク USB コンデンサー 卓上 配信用", 4980), ("スタンドマイク 有線 ダイナミック 会議用", 3980)),
    "mic": items("音響 > マイク", ("ダイナミックマイク ボーカル用 XLR 黒", 5980), ("Dynamic Vocal Microphone, Cardioid, XLR", 6980)),
    "headphone": items(AU, ("モニターヘッドホン 密閉型 スタジオ 黒", 9800), ("ヘッドホン ワイヤレス Bluetooth ノイズキャンセリング 黒", 12800),
                       ("Studio Monitor Headphones, Closed-Back, Black", 8980), ("ヘッドホン 有線 軽量 黒 3.5mm", 1980)),
    "hp_acc": items(f"{AU} > Parts", ("ヘッドホン用 イヤーパッド 交換用 黒 2個", 980), ("ヘッドホン専用 延長ケーブル 3m 黒", 780),
                    ("ヘッドホンスタンド アルミ 黒", 2280)),
    "amp.guitar": items("楽器 > アンプ", ("ギターアンプ 10W 練習用 ヘッドホン端子付き", 6980),
                        ("Guitar Amplifier, 20W, Practice Amp, Clean & Drive", 12800), ("ミニ ギターアンプ 電池駆動 5W", 3980)),
    "amp": items("楽器 > アンプ", ("ベースアンプ 15W 練習用", 9800), ("Bass Amp, 25W, 10 inch Speaker", 14800)),
    "metronome": items("楽器 > メトロノーム", ("メトロノーム 電子 コンパクト 音量調節", 1980), ("Digital Metronome, Clip-On, Vibration", 2480),
                       ("Mechanical Metronome, Wooden, Pendulum", 5980)),
    "musicstand": items("楽器アクセサリー > 譜面台", ("譜面台 折りたたみ 軽量 スチール 黒 収納袋付き", 1980), ("譜面台 卓上 木製 A4", 2980),
                        ("譜面台 オーケストラ 高さ調節 黒", 4980)),
}

U, RG = "傘", "Rain Gear"
RAIN = {
    "umbrella": items(f"{U} > 長傘", ("傘 長傘 ジャンプ式 65cm 大きい 黒", 1780), ("ビニール傘 透明 60cm 丈夫", 550),
                      ("傘 グラスファイバー 耐風 8本骨 紺", 2480), ("Large Golf Umbrella, Windproof, Double Canopy, Black", 3480),
                      ("ビニール傘 透明 70cm 大きい", 780)),
    "fold": items(f"{U} > 折りたたみ傘", ("折りたたみ傘 自動開閉 軽量 耐風 黒", 2980), ("折りたたみ傘 ミニ 5段 コンパクト ピンク", 1980),
                  ("Compact Travel Umbrella, Auto Open/Close, Navy", 2480)),
    "parasol": items(f"{U} > 日傘", ("日傘 完全遮光 UVカット 晴雨兼用 折りたたみ 黒", 2980), ("日傘 長傘 レース 白", 3480),
                     ("日傘 遮光 遮熱 軽量 黒 55cm", 1980), ("日傘 メンズ 大きい 黒", 2480)),
    "umb_acc": items(f"{U} > 傘小物", ("日傘用 ストラップ 留めバンド 黒 2本", 480), ("傘専用 撥水スプレー 300ml", 980),
                     ("折りたたみ傘対応 ハンドル 交換用", 580)),
    "umbcover": items(f"{U} > 傘小物 > 傘カバー", ("傘カバー 吸水 マイクロファイバー 長傘用 黒", 1280),
                      ("傘カバー 折りたたみ傘用 吸水 ネイビー", 980), ("傘カバー 携帯 防水 透明", 480)),
    "umbstand": items(f"{U} > 傘立て", ("傘立て スリム 4本 スチール 白", 1980), ("傘立て 陶器 和風 紺", 3980),
                      ("傘立て 玄関 省スペース 黒 6本", 2480)),
    "raincoat": items(f"{RG} > Raincoats", ("レインコート 自転車 リュック対応 ロング 紺", 3980),
                      ("レインコート レディース 撥水 ベージュ", 2980), ("Rain Jacket, Waterproof, Packable, Men's, Navy", 4980)),
    "poncho": items(f"{RG} > Ponchos", ("レインポンチョ 男女兼用 フリーサイズ 透明", 1980), ("Rain Poncho, Reusable, Hooded, Green", 1480),
                    ("Emergency Rain Ponchos, Disposable, 5 Pack", 980)),
    "boots": items(f"{RG} > Rain Boots", ("レインブーツ レディース ショート 防水 黒", 2980), ("長靴 メンズ 軽量 ロング 防滑 黒", 3480),
                   ("レインブーツ キッズ 20cm 黄色", 1980), ("Rubber Rain Boots, Mid-Calf, Women's, Olive", 4480)),
    "boots_acc": items(f"{RG} > Rain Boots > Boot Care", ("レインブーツ用 中敷き 防臭 インソール 2足", 680),
                       ("レインブーツ専用 ブーツキーパー 2組", 780), ("長靴対応 防水スプレー 撥水 300ml", 980)),
    "visor": items("帽子 > サンバイザー", ("サンバイザー UVカット つば広 レディース 黒", 1480), ("Sun Visor, Adjustable, Sports, White", 1280),
                   ("サンバイザー クリップ式 ゴルフ 白", 980)),
    "hat": items("帽子 > ハット", ("帽子 UVカット つば広 折りたたみ レディース ベージュ", 2480), ("レインハット 撥水 帽子 メンズ", 1980),
                 ("Bucket Hat, Waterproof, Packable, Khaki", 2280)),
    "raincover": items("レインカバー > リュック用", ("リュック用 レインカバー 30L 防水 黒", 1280),
                       ("レインカバー リュック用 20-35L 反射材付き", 1480), ("リュック対応 レインカバー 40L 撥水 ネイビー", 1680)),
    "cover_other": items("レインカバー > その他", ("ランドセル用 レインカバー 反射 黄色", 980), ("ショルダーバッグ用 レインカバー 防水", 880)),
    "backpack": items("バッグ > リュック", ("防水リュック レインカバー付き 25L 黒", 4980), ("リュック 撥水 通勤 レインカバー付き 30L", 5980)),
}

SHOPS = {"camp": CAMP, "dog": DOG, "music": MUSIC, "rain": RAIN}

# =============================================================================================
# Queries

QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("camp", "stove fuel", "stovefuel", ["fuel"], ["fuelstove"]),
    two_types("camp", "fuel stove", "fuelstove", ["stove"], ["stovefuel"]),
    two_types("camp", "filter bottle", "filterbottle", ["bottle"], ["bottlefilter"]),
    two_types("music", "マイクスタンド", "micstand", ["kbstand"], ["standmic"]),
    two_types("music", "スタンドマイク", "standmic", ["mic"], ["micstand"]),
    two_types("music", "ギターアンプ", "amp.guitar", ["amp"], ["guitar.amp"]),
    two_types("rain", "リュック レインカバー", "raincover", ["cover_other"], ["backpack"]),
    # --- 2. a leading product word that modifies the head
    qualifies("camp", "bottle cage", ["bottlecage"], ["bottle"]),
    qualifies("camp", "filter cartridge", ["cartridge"], ["filter"]),
    qualifies("dog", "brush cleaner", ["brushcleaner"], ["brush"]),
    qualifies("dog", "shampoo bottle", ["shampoobottle"], ["shampoo"]),
    qualifies("dog", "treat pouch", ["treatpouch"], ["treats"]),
    qualifies("music", "ギターケース", ["guitarcase"], ["guitar"]),
    qualifies("music", "ピックケース", ["pickcase"], ["pick"]),
    qualifies("rain", "傘カバー", ["umbcover"], ["umbrella", "fold"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("camp", "water filter", ["filter", "bottlefilter"], ["cartridge"]),
    accessories("camp", "thermos", ["thermos"], ["thermoslid"]),
    accessories("camp", "hydration bladder", ["bladder"], ["bladder_acc"]),
    accessories("dog", "nail clippers", ["clipper"], ["clipper_acc"]),
    accessories("dog", "leash", ["leash"], ["leashhook", "leash_acc"]),
    accessories("music", "ヘッドホン", ["headphone"], ["hp_acc"]),
    accessories("music", "キーボード", ["keyboard"], ["kbstand", "kb_acc"]),
    accessories("rain", "傘", ["umbrella", "fold", "parasol"], ["umb_acc", "umbcover", "umbstand"]),
    accessories("rain", "レインブーツ", ["boots"], ["boots_acc"]),
    # blue water bottles: Trailspring 24, wide mouth 12, aluminium 15 (a blue filter bottle 35; a blue bottle
    # cage 9)
    price("camp", "cheap blue water bottle", "bottle-1", ["bottlecage"]),
    # black brushes: slicker 16, deshedding 19, pin 11 (a black brush cleaner 6)
    price("dog", "cheap black dog brush", "brush-3", ["brushcleaner"]),
    # black headphones: monitor 9800, wireless 12800, English 8980, wired 1980 (black ear pads 980, cable 780,
    # stand 2280)
    price("music", "安い 黒 ヘッドホン", "headphone-3", ["hp_acc"]),
    # white keyboards: 88-key 39800, English 14800, 61-key slim 11800 (a black MIDI one 9800; a white stand
    # 2980, a white dust cover 1280)
    price("music", "格安 白 キーボード", "keyboard-4", ["kbstand", "kb_acc"]),
    # black parasols: full-blackout 2980, light 1980, men's 2480 (a black long umbrella 1780; a black strap 480,
    # a black cover 1280)
    price("rain", "激安 黒 日傘", "parasol-2", ["umb_acc", "umbcover"]),
    # clear umbrellas: 60cm 550, 70cm 780 (a clear umbrella cover 480, a clear poncho 1980)
    price("rain", "お手頃 透明 傘", "umbrella-1", ["umbcover", "umb_acc", "umbstand"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords); English over Japanese titles
    mixed("music", "アンプ", "amp"),
    mixed("music", "メトロノーム", "metronome"),
    mixed("music", "ギター", "guitar"),
    mixed("music", "music stand", "musicstand"),
    mixed("rain", "ポンチョ", "poncho"),
    mixed("rain", "サンバイザー", "visor"),
    mixed("rain", "長靴", "boots"),
    mixed("rain", "parasol", "parasol"),
]

LIMITS: dict = {}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind45(q: Q, setup: str, known_limit):
    known_limit("blind45")
    check(q, setup, ENGINES)


def test_blind45_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"blue": "Blue", "black": "Black", "黒": "Black", "白": "White", "透明": "Clear"})
