"""A seventy-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in four shops no earlier suite has: fishing tackle
(English: rods and rod holders, reels and reel covers, lures and lure boxes, fishing line, landing
nets), plumbing and water filters (English: water filter pitchers and their filter cartridges,
under-sink filters, shower filters, faucet filters, O-rings), Japanese small home appliances
生活家電 (扇風機 and 扇風機カバー, 加湿器, 除湿機, 電気毛布, ヒーター; part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords) and Japanese washroom
goods 洗面用品 (歯ブラシ, コップ, タオル, 石鹸 and 石鹸置き, ハンドソープ; English imports and an English
branch of the tree too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a pitcher filter for "filter pitcher", a 加湿器用 アロマ oil
   for "アロマ 加湿器", a ディスペンサー用 ハンドソープ for "ハンドソープ ディスペンサー"); only three, since
   the natural inversions of these trades were taken by earlier suites;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (katakana loanwords) in shops with titles in both languages, and two
   English queries over Japanese-only titles ("heated blanket" for 電気毛布, "hand soap" for
   ハンドソープ): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (seventy-third suite), as a measurement only (nothing changed for it):
83 of 90 cases pass, 33 of 36 queries in every setup (two_types 3/3 queries, 8/8 cases;
qualifies 8/9, 21/22; accessories 9/10, 21/24; price 6/6, 14/14; mixed 7/8, 19/22). The 7 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "filter o-ring" lexical only
(pitcher filters and shower filters above the filter O-rings; it passes with the fake encoder),
石鹸 in all three setups (ハンドソープ counts as real soap; the 石鹸置き soap dishes came right after the
three bar soaps, above every ハンドソープ) and デスクファン in all three (the English "Air Circulator Fan" second, between the English
desk fan and a DC fan).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F = "Fishing"
RODS, REELS, LURES, NETS = f"{F} > Rods", f"{F} > Reels", f"{F} > Lures", f"{F} > Landing Nets"

TACKLE = {
    "rod": each(("Tidewater Graphite Spinning Rod, 7ft, Medium, 2-Piece", f"{RODS} > Spinning Rods", 69),
                ("Brookline Ultralight Spinning Rod, 5ft 6in, Fast Action", f"{RODS} > Spinning Rods", 49),
                ("Tidewater Boat Rod, 6ft, 20-30lb, Roller Tip", f"{RODS} > Boat Rods", 59),
                ("Stand-Up Boat Rod, 5ft 6in, 50lb, Solid Glass", f"{RODS} > Boat Rods", 79),
                ("Telescopic Fishing Rod, 2.1m, Carbon, Travel", f"{RODS} > Telescopic Rods", 29)),
    "rodholder": items(f"{F} > Rod Holders", ("Tidewater Boat Rod Holder, Clamp-On Rail Mount, Adjustable", 24),
                       ("Flush Mount Rod Holders, Stainless Steel, 2 Pack, for Boats", 34),
                       ("Swivel Rod Holder for Kayaks and Boats, Track Mount", 19),
                       ("Bank Rod Holder, Ground Spike, Aluminium, 60cm", 12)),
    "reel": items(f"{REELS} > Spinning Reels", ("Tidewater Spinning Reel 3000, 5.2:1, Black", 59),
                  ("Brookline Spinning Reel 2500, Aluminium Spool, Black", 45),
                  ("Saltwater Spinning Reel 5000, Sealed Drag, Black", 89),
                  ("Ultralight Spinning Reel 1000, Silver", 25)),
    "reel.bait": items(f"{REELS} > Baitcasting Reels", ("Brookline Baitcasting Reel, Low Profile, 7.1:1, Black", 69),
                       ("Baitcasting Reel, Magnetic Brake, Left Hand, Red", 55)),
    "reelcover": items(f"{REELS} > Reel Covers", ("Neoprene Reel Cover for Spinning Reels, Size M, Black", 9),
                       ("Tidewater Spinning Reel Cover, Hard Shell, 3000-4000, Black", 14),
                       ("Reel Cover, Padded, Baitcasting & Spinning, Camo", 11)),
    "reel_acc": items(f"{REELS} > Reel Parts", ("Spare Spool for Spinning Reels 3000, Aluminium, Black", 15),
                      ("Reel Handle Knob Replacement, EVA, Black", 7), ("Reel Oil & Grease Kit for Spinning Reels", 8)),
    "lure": each(("Tidewater Minnow Lures, Floating, 9cm, 3 Pack", f"{LURES} > Hard Baits", 12),
                 ("Crankbait Lures, Deep Diving, 5 Pack, Assorted Colours", f"{LURES} > Hard Baits", 15),
                 ("Topwater Popper Lure, 7cm, Chartreuse", f"{LURES} > Hard Baits", 6),
                 ("Soft Plastic Paddle Tail Lures, 10cm, 20 Pack", f"{LURES} > Soft Plastics", 9)),
    "lurebox": items(f"{F} > Tackle Storage", ("Tidewater Lure Box, Double-Sided, 14 Compartments", 9),
                     ("Waterproof Lure Box, Adjustable Dividers, Clear", 12),
                     ("Soft Plastic Lure Binder, 6 Zip Pages", 14)),
    "lure_acc": items(f"{LURES} > Lure Parts", ("Replacement Treble Hooks for Lures, Size 6, 25 Pack", 7),
                      ("Split Rings for Lures, Stainless, 100 Pack", 5),
                      ("Lure Wraps, Hook Covers for Lures, 10 Pack", 8)),
    "line": items(f"{F} > Fishing Line", ("Tidewater Braided Fishing Line, 8 Strand, 300m, 20lb, Green", 19),
                  ("Monofilament Fishing Line, 500m, 10lb, Clear", 8), ("Fluorocarbon Leader Line, 50m, 15lb", 12)),
    "net": items(NETS, ("Tidewater Landing Net, Rubber Mesh, Telescopic Handle, Green", 39),
                 ("Kayak Landing Net, Floating Handle, Green", 25),
                 ("Boat Landing Net, Large, Knotless Mesh, Green", 49),
                 ("Folding Landing Net, Aluminium, 1.5m, Black", 19),
                 ("Brookline Trout Landing Net, Wooden Frame, Catch & Release", 45)),
    "net_acc": items(f"{NETS} > Net Accessories", ("Replacement Rubber Net Bag for Landing Nets, 50cm, Green", 14),
                     ("Magnetic Net Release with Lanyard, Green", 8)),
    "nethandle": items(f"{NETS} > Net Handles", ("Landing Net Replacement Handle, Telescopic, 2m", 19),
                       ("Telescopic Net Handle, Carbon, 3m", 35), ("Landing Net Handle, Aluminium, 1.8m, Green", 22)),
    "noise": each(("3-Tray Tackle Box, Cantilever, Green", f"{F} > Tackle Storage", 29),
                  ("Fishing Pliers, Aluminium, Line Cutter", f"{F} > Tools", 16)),
}

W, P = "Water Filtration", "Plumbing"

WATER = {
    "pitcher": items(f"{W} > Pitchers & Dispensers", ("ClearFlow Water Filter Pitcher, 10 Cup, White", 34),
                     ("Aquaverde Water Filter Pitcher, 2.4L, Slim, White", 27),
                     ("Water Filter Pitcher, 7 Cup, Blue", 19),
                     ("ClearFlow Filter Pitcher with Digital Indicator, 10 Cup, Grey", 39),
                     ("Glass Water Filter Pitcher, 1.8L, White", 45)),
    "plainpitcher": items(f"{W} > Pitchers & Dispensers", ("Glass Water Pitcher with Lid, 1.5L", 19),
                          ("Acrylic Water Pitcher, 2L, Clear", 12)),
    "pitcherfilter": items(f"{W} > Replacement Filters > Pitcher Filters",
                           ("ClearFlow Pitcher Filter, Replacement Cartridge, 3 Pack", 18),
                           ("Universal Pitcher Filters, Activated Carbon, 6 Pack", 24),
                           ("Aquaverde Pitcher Filter Cartridges, 2 Pack, White", 12)),
    "pitcher_acc": items(f"{W} > Pitcher Parts", ("Replacement Lid for ClearFlow Filter Pitchers, White", 8)),
    "faucetfilter": items(f"{W} > Faucet Filters", ("ClearFlow Faucet Water Filter, Horizontal Mount, Chrome", 29),
                          ("Faucet Mount Water Filter System, 3 Settings, White", 22),
                          ("Aquaverde Faucet Filter, Stainless Steel, 320 Gallons", 35)),
    "faucetfilter_acc": items(f"{W} > Faucet Filters > Cartridges & Adapters",
                              ("Replacement Cartridges for Faucet Mount Filters, 3 Pack", 24),
                              ("Faucet Filter Adapter Kit, 5 Thread Sizes", 7)),
    "faucet": items(f"{P} > Faucets", ("Pull-Down Kitchen Faucet, Single Handle, Chrome", 89),
                    ("Bathroom Sink Faucet, 2 Handle, Brushed Nickel", 49)),
    "filter": items(f"{W} > Whole House & Inline", ("Inline Water Filter for Refrigerators, 1/4 inch", 19),
                    ("Whole House Water Filter, Sediment, 10 inch, 1 inch Ports", 59),
                    ("RV Inline Water Filter, Hose Connection", 24)),
    "housing": items(f"{W} > Filter Housings", ("Filter Housing, 10 inch, Clear, 3/4 inch Ports", 29),
                     ("Whole House Filter Housing, 20 inch Big Blue", 49),
                     ("Stainless Steel Filter Housing, 10 inch", 69)),
    "oring": items(f"{P} > Seals & O-Rings", ("Replacement O-Rings for 10 inch Filter Housings, 2 Pack", 6),
                   ("Filter Housing O-Ring, Big Blue 20 inch", 7),
                   ("O-Ring Seal for Shower Filters, Silicone, 4 Pack", 5),
                   ("O-Ring Assortment Kit, 225 Pieces, Nitrile", 14)),
    "undersink": items(f"{W} > Under-Sink Filters", ("ClearFlow Under-Sink Water Filter System, 2-Stage", 129),
                       ("Under-Sink Water Filter, Direct Connect, 12 Months", 89),
                       ("Reverse Osmosis Under-Sink Water Filter, 5-Stage", 199)),
    "undersink_acc": items(f"{W} > Under-Sink Filters > Replacement Cartridges",
                           ("Replacement Cartridges for Under-Sink Water Filters, 2-Stage Set", 39),
                           ("Under-Sink Filter Replacement Membrane, RO, 75 GPD", 45),
                           ("Drinking Water Faucet for Under-Sink Filters, Chrome", 29)),
    "showerfilter": items(f"{W} > Shower Filters", ("ClearFlow Shower Filter, 15-Stage, Chrome", 29),
                          ("Vitamin C Shower Filter, Inline, Chrome", 24),
                          ("Shower Filter for Hard Water, KDF, White", 19),
                          ("Aquaverde Shower Filter, Universal Fit, Brushed Nickel", 34),
                          ("High Output Shower Filter, Chrome", 39)),
    "showerfilter_acc": items(f"{W} > Shower Filters > Cartridges",
                              ("Shower Filter Replacement Cartridge, 15-Stage, 2 Pack", 16),
                              ("Vitamin C Cartridges for Shower Filters, 3 Pack", 19),
                              ("Shower Filter Adapter, 1/2 inch, Chrome", 7)),
}

KD, HA = "生活家電", "Home Appliances"
FAN, HUM = f"{KD} > 扇風機", f"{KD} > 加湿器"

KADEN = {
    "fan": items(FAN, ("扇風機 リビング 30cm 5枚羽根 タイマー 白", 3980), ("扇風機 卓上 小型 USB 静音 白", 1980),
                 ("扇風機 クリップ式 ミニ 卓上 黒", 1280), ("Desk Fan, 6 inch, Quiet, USB, White", 1680),
                 ("扇風機 壁掛け 首振り リモコン付き ブラック", 4980)),
    "fan.dc": items(FAN, ("DC扇風機 リビング 静音 リモコン付き 白", 8980), ("扇風機 DCモーター 30cm 7枚羽根 ホワイト", 6980),
                    ("DC扇風機 ハイポジション 上下左右首振り グレー", 9980),
                    ("Quiet DC Motor Fan, 12 Speeds, Remote, White", 7980)),
    "fanremote": items(f"{FAN} > 交換部品", ("扇風機用 リモコン 交換 汎用 白", 780),
                       ("扇風機 リモコン 純正互換 DC扇風機対応", 1280), ("扇風機専用 リモコン 赤外線 マグネット付き", 980)),
    "fan_acc": items(f"{FAN} > 交換部品", ("扇風機専用 羽根 交換用 30cm 5枚 白", 1480), ("DC扇風機用 ACアダプター 交換用", 1980),
                     ("扇風機対応 キャスター台 4個", 1280)),
    "fancover": items(f"{FAN} > 扇風機カバー", ("扇風機カバー 収納袋 不織布 白", 680),
                      ("扇風機カバー 羽根 安全ネット 子供 いたずら防止", 580), ("DC扇風機対応 収納カバー 全体 ほこりよけ", 880)),
    "circulator": items(f"{KD} > サーキュレーター", ("サーキュレーター 静音 首振り 上下左右 白", 4980),
                        ("Air Circulator Fan, 3 Speeds, Compact, Black", 3280), ("サーキュレーター DC 18畳 リモコン付き", 7980)),
    "humidifier": items(HUM, ("加湿器 超音波式 4L 上部給水 白", 3980), ("加湿器 スチーム式 2.2L 木目調", 6980),
                        ("加湿器 ハイブリッド式 8畳 タイマー付き", 5980), ("Ultrasonic Cool Mist Humidifier, 2.5L, White", 2980)),
    "aromahum": items(HUM, ("アロマ加湿器 超音波 3L LEDライト 木目", 3480), ("アロマ加湿器 卓上 400ml USB 白", 1980),
                      ("アロマ加湿器 ハイブリッド 6L リモコン付き", 7980)),
    "humfilter": items(f"{HUM} > 加湿器フィルター", ("加湿器用 フィルター 交換用 抗菌 2枚", 980),
                       ("加湿器 フィルター 気化式 交換用 1枚", 1480), ("加湿器専用 カルキ除去 フィルター 3個", 780)),
    "aroma_acc": items(f"{HUM} > アロマ・加湿器用品", ("加湿器用 アロマオイル ラベンダー 10ml", 680),
                       ("加湿器 アロマウォーター 500ml 水溶性 柑橘", 980), ("加湿器専用 アロマ 3本セット ユーカリ", 1280)),
    "heater": items(f"{HA} > Heaters", ("セラミックファンヒーター 人感センサー 1200W 白", 5980),
                    ("Electric Fan Heater, 2000W, Thermostat, White", 3480),
                    ("Ceramic Space Heater, 1500W, Tip-Over Protection, Black", 3980),
                    ("オイルヒーター 8畳 タイマー付き 7枚フィン", 12800), ("カーボンヒーター 遠赤外線 首振り 900W", 6980),
                    ("セラミックヒーター 小型 足元 転倒オフ 600W", 2980)),
    "dehum": items(f"{HA} > Dehumidifiers", ("除湿機 コンプレッサー式 衣類乾燥 10L/日 白", 19800),
                   ("除湿機 デシカント式 小型 静音", 12800), ("除湿機 ハイブリッド式 タンク4.5L", 29800)),
    "eblanket": items(f"{KD} > 電気毛布", ("電気毛布 掛け敷き兼用 188×130cm 洗える ダニ退治", 3980),
                      ("電気毛布 ひざ掛け 140×82cm ブラウン", 2480), ("電気敷毛布 シングル 140×80cm 室温センサー", 2980),
                      ("電気毛布 USB 肩掛け 洗える グレー", 1980)),
    "eblanket_acc": items(f"{KD} > 電気毛布 > 電気毛布用品", ("電気毛布用 コントローラー 交換用 温度調節", 1480),
                          ("電気毛布専用 収納袋 不織布", 580), ("電気毛布対応 カバー シングル 綿100%", 1980)),
}

SM, BW = "洗面用品", "Bath & Washroom"
TB, SOAP = f"{SM} > 歯ブラシ", f"{SM} > 石鹸・ハンドソープ"

SENMEN = {
    "toothbrush": items(TB, ("歯ブラシ やわらかめ 10本セット 日本製", 698), ("歯ブラシ 超極細毛 コンパクトヘッド ピンク 3本", 398),
                        ("歯ブラシ ふつう 大人用 1本 ピンク", 158), ("歯ブラシ ふつう 1本 ブルー", 128),
                        ("Bamboo Toothbrush, Soft Bristles, 4 Pack, Pink", 880), ("歯ブラシ 歯科医推奨 やわらかめ 5本 ピンク", 598)),
    "tbcap": items(f"{TB} > 歯ブラシ小物", ("歯ブラシキャップ 携帯用 ピンク 4個", 110), ("歯ブラシ キャップ 抗菌 通気穴付き 6個", 198),
                   ("歯ブラシ用 キャップ シリコン 3個 グレー", 248)),
    "toothbrush_acc": items(f"{TB} > 歯ブラシ小物", ("歯ブラシケース 携帯 抗菌 ピンク", 298), ("歯ブラシ専用 除菌器 UV 充電式", 2480)),
    "tbstand": items(f"{SM} > 歯ブラシスタンド", ("歯ブラシスタンド 珪藻土 5本 白", 980), ("歯ブラシスタンド ステンレス 吸盤 壁掛け", 1280)),
    "cup": items(f"{SM} > コップ", ("コップ 歯磨き 割れない 白", 398), ("うがいコップ 陶器 北欧 グレー", 880),
                 ("タンブラー 洗面所 ステンレス 300ml", 1280), ("Bathroom Tumbler, Ceramic, Matte, White", 980),
                 ("Rinse Cup, Stackable Plastic, 4 Pack", 680)),
    "cupholder": items(f"{SM} > コップ > コップホルダー", ("コップホルダー 吸盤 壁掛け 歯磨きコップ用", 780),
                       ("コップホルダー マグネット 浮かせる収納 白", 980), ("コップ ホルダー 2個掛け ステンレス", 1180)),
    "handtowel": items(f"{BW} > Towels > Hand Towels", ("ハンドタオル ガーゼ 4枚セット 綿100%", 980),
                       ("Hand Towels, Cotton, 6 Pack, Grey", 1680), ("ハンドタオル 今治 無地 10枚 白", 2480)),
    "towel": items(f"{BW} > Towels", ("フェイスタオル 今治 綿100% 5枚 白", 1980), ("バスタオル 速乾 マイクロファイバー 2枚 グレー", 1580),
                   ("Quick Dry Face Towels, 4 Pack, White", 1280)),
    "soap": items(f"{SOAP} > 石鹸", ("石鹸 無添加 固形 100g 3個", 598), ("洗顔石鹸 泡立てネット付き 80g", 880),
                  ("石鹸 オリーブ 手作り 無香料", 780), ("Olive Oil Bar Soap, Face & Body, 3 Pack", 1280)),
    "handsoap": items(f"{SOAP} > ハンドソープ", ("ハンドソープ 泡 無添加 本体 250ml", 398), ("薬用 ハンドソープ 詰め替え 大容量 800ml", 598),
                      ("ハンドソープ 液体 ボタニカル 本体 300ml", 498), ("ハンドソープ 泡タイプ 詰替用 2個セット", 558)),
    "handsoap.disp": items(f"{SOAP} > ハンドソープ", ("ディスペンサー用 ハンドソープ 泡 詰め替え 1L", 880),
                           ("オートディスペンサー専用 ハンドソープ 詰め替え 450ml", 698)),
    "handsoap_acc": items(f"{SOAP} > 詰め替えボトル", ("ハンドソープ用 詰め替えボトル 泡 500ml 白", 580),
                          ("ハンドソープ専用 ポンプ 交換用 2個", 380)),
    "soapdisp": items(f"{SM} > ディスペンサー", ("ハンドソープ ディスペンサー 自動 泡 非接触 白", 2480),
                      ("ハンドソープ ディスペンサー ポンプ 陶器 300ml", 1280), ("ハンドソープディスペンサー オート 充電式 液体", 2980)),
    "disp": items(f"{SM} > ディスペンサー", ("アルコール ディスペンサー 自動 スプレー 1000ml", 3280),
                  ("歯磨き粉 ディスペンサー 自動 壁掛け", 1980)),
    "soapdish": items(f"{BW} > Soap Dishes", ("石鹸置き 珪藻土 速乾 白", 680), ("石鹸置き 水が溜まらない 吸盤 ステンレス", 980),
                      ("Soap Dish, Self Draining, Bamboo", 780), ("Ceramic Soap Dish with Drain Tray, White", 1080)),
    "soap_acc": items(f"{SOAP} > 石鹸小物", ("石鹸ネット 泡立て 吊り下げ 2個", 298), ("石鹸ケース 携帯用 旅行 フタ付き", 398)),
}

SHOPS = {"tackle": TACKLE, "water": WATER, "kaden": KADEN, "senmen": SENMEN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("water", "filter pitcher", "pitcher", ["plainpitcher"], ["pitcherfilter"]),
    two_types("kaden", "アロマ 加湿器", "aromahum", ["humidifier"], ["aroma_acc"]),
    two_types("senmen", "ハンドソープ ディスペンサー", "soapdisp", ["disp"], ["handsoap.disp"]),
    # --- 2. a leading product word that modifies the head
    qualifies("tackle", "boat rod holder", ["rodholder"], ["rod"]),
    qualifies("tackle", "spinning reel cover", ["reelcover"], ["reel"]),
    qualifies("tackle", "landing net handle", ["nethandle"], ["net"]),
    qualifies("water", "filter housing", ["housing"], ["filter"]),
    qualifies("water", "filter o-ring", ["oring"], ["filter", "undersink", "showerfilter"]),
    qualifies("kaden", "加湿器 フィルター", ["humfilter"], ["humidifier", "aromahum"]),
    qualifies("kaden", "扇風機 リモコン", ["fanremote"], ["fan"]),
    qualifies("senmen", "歯ブラシ キャップ", ["tbcap"], ["toothbrush"]),
    qualifies("senmen", "コップ ホルダー", ["cupholder"], ["cup"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("tackle", "fishing reel", ["reel"], ["reelcover", "reel_acc"]),
    accessories("tackle", "landing net", ["net"], ["net_acc", "nethandle"]),
    accessories("tackle", "fishing lures", ["lure"], ["lurebox", "lure_acc"]),
    accessories("water", "shower filter", ["showerfilter"], ["showerfilter_acc"]),
    accessories("water", "under sink water filter", ["undersink"], ["undersink_acc"]),
    accessories("water", "faucet water filter", ["faucetfilter"], ["faucetfilter_acc"]),
    accessories("kaden", "DC扇風機", ["fan.dc"], ["fanremote", "fan_acc", "fancover"]),
    accessories("kaden", "電気毛布", ["eblanket"], ["eblanket_acc"]),
    accessories("senmen", "石鹸", ["soap", "handsoap"], ["soapdish", "soap_acc"]),
    accessories("senmen", "ハンドソープ", ["handsoap"], ["handsoap_acc", "soapdisp"]),
    # black spinning reels: Tidewater 59, Brookline 45, saltwater 89 (a silver one 25, a black baitcaster 69;
    # black covers and parts 7-15)
    price("tackle", "cheap black spinning reel", "reel-1", ["reelcover", "reel_acc"]),
    # green landing nets: Tidewater 39, kayak 25, boat 49 (a black folding one 19; green net bag 14, net release 8,
    # net handle 22)
    price("tackle", "budget green landing net", "net-1", ["net_acc", "nethandle"]),
    # white filter pitchers: ClearFlow 34, Aquaverde 27, glass 45 (a blue one 19; white cartridges 12, white lid 8)
    price("water", "cheap white water filter pitcher", "pitcher-1", ["pitcherfilter", "pitcher_acc"]),
    # chrome shower filters: ClearFlow 29, vitamin C 24, high output 39 (a white one 19; a chrome adapter 7,
    # O-rings 5)
    price("water", "budget chrome shower filter", "showerfilter-1", ["showerfilter_acc", "oring"]),
    # white fans: living 3980, desk 1980, English "Desk Fan ... White" 1680 (a black clip fan 1280; DC fans 6980+;
    # white cover 680, remote 780, blades 1480)
    price("kaden", "安い 白 扇風機", "fan-3", ["fancover", "fan_acc", "fanremote"]),
    # pink toothbrushes: 3-pack 398, single 158, English bamboo 880, 5-pack 598 (a blue single 128; pink caps 110,
    # pink case 298)
    price("senmen", "安い ピンク 歯ブラシ", "toothbrush-2", ["tbcap", "toothbrush_acc", "tbstand"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("kaden", "ファンヒーター", "heater"),
    mixed("kaden", "セラミックヒーター", "heater"),
    mixed("kaden", "デスクファン", "fan"),
    mixed("kaden", "heated blanket", "eblanket"),
    mixed("senmen", "タンブラー", "cup"),
    mixed("senmen", "ハンドタオル", "handtowel"),
    mixed("senmen", "ソープディッシュ", "soapdish"),
    mixed("senmen", "hand soap", "handsoap"),
]

_SOAP = "石鹸置き soap dishes 4th-5th, right after the three bar soaps and above every ハンドソープ"
_DESK = "the English 'Air Circulator Fan' 2nd, between the English 'Desk Fan' and a DC fan"
LIMITS: dict = {
    ("blind73", "qualifies:water:filter_o-ring", "categories-lexical"):
        "the O-ring kit first, then two pitcher filters, shower filters above the shower-filter O-ring",
    ("blind73", "accessories:senmen:石鹸", "categories-lexical"): _SOAP,
    ("blind73", "accessories:senmen:石鹸", "categories-dense"): _SOAP,
    ("blind73", "accessories:senmen:石鹸", "categories-latin-only"): _SOAP,
    ("blind73", "mixed:kaden:デスクファン", "categories-lexical"): _DESK,
    ("blind73", "mixed:kaden:デスクファン", "categories-dense"): _DESK,
    ("blind73", "mixed:kaden:デスクファン", "categories-latin-only"): _DESK,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind73(q: Q, setup: str, known_limit):
    known_limit("blind73")
    check(q, setup, ENGINES)


def test_blind73_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "green": "Green", "white": "White", "chrome": "Chrome",
                                 "白": "White", "ピンク": "Pink"})
