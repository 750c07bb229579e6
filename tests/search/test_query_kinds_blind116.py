"""A hundred-and-sixteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
radios, two-way radios and scanners (English: battery radios and radio batteries, walkie talkies
and their earpieces and holsters, CB radios and their spares, police and air band scanners, scanner
antennas, antenna mounts), shop fittings and point of sale (English: counter displays and display
counters, card displays and display cards, cash registers and till rolls, barcode scanners and
scanner stands, receipt printers and printer rolls), a Japanese office-machine shop 事務用品・OA機器
(クリップ名札 and 名札クリップ, 電子辞書 and their cases, ラミネーター and ラミネートフィルム, シュレッダー,
穴あけパンチ, ステープラー; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords or Japanese words: Paper Cutter ペーパーカッター, Hole Punch
穴あけパンチ, Stapler ステープラー, Thermal Laminator, Paper Shredder) and a Japanese optics shop
光学機器 (双眼鏡 and their cases, 天体望遠鏡 and アイピース, 顕微鏡 and プレパラート, 単眼鏡; part of
its category tree in English, with English-titled imports too: Eyepiece アイピース, Night Vision
ナイトビジョン, Spotting Scope スポッティングスコープ). Shops of 42-49 items, category paths 2-3 levels
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

Written blind on 2026-12-01 (a hundred-and-sixteenth suite), as a measurement only (nothing
changed for it): 91 of 93 cases pass, 35 of 37 queries in every setup (two_types 6/8 queries, 16/18
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22); the 2
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "counter display" and
"card display", each with the bag-of-words encoder only (lexical-only passes), where the other
display stands rank below the "Y X" items (glass display counters; display cards).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

R, TW, SC, AN = "Radios", "Two-Way Radios", "Scanners", "Antennas"

RADIO = {
    "battradio": items(f"{R} > Portable Radios",
                       ("Roxwell Portable Battery Radio, AM/FM, Large Tuning Dial, 4 x AA, Silver", 24),
                       ("Kestrel Pocket Battery Radio, AM/FM, Built-In Speaker, Black", 15),
                       ("Retro Battery Radio, FM/MW/SW, Wooden Cabinet, Walnut", 49)),
    "radio": each(("Kestrel DAB+ Kitchen Radio, Mains Powered, Bluetooth, White", f"{R} > DAB Radios", 59),
                  ("Roxwell Wind-Up Emergency Radio, Hand Crank, Solar, Weather Alert, Red", f"{R} > Emergency Radios",
                   35),
                  ("Ostara World Band Shortwave Radio, PLL Tuning, Black", f"{R} > Shortwave Radios", 89),
                  ("Roxwell Shower Radio, Waterproof, Suction Cup, Blue", f"{R} > Portable Radios", 19)),
    "radiobatt": each(("Replacement Radio Battery Pack, Li-ion 7.4V 2200mAh, for BF-888S",
                       f"{TW} > Batteries & Chargers", 14),
                      ("Radio Battery, NiMH 3.6V 1300mAh, for Cobalt Walkie Talkies, 2 Pack",
                       f"{TW} > Batteries & Chargers", 12),
                      ("Rechargeable Radio Battery Pack, 4.8V, for Roxwell Weather Radios", f"{R} > Spares", 11)),
    "battery": items("Batteries > Household Batteries", ("AA Rechargeable Batteries, NiMH 2800mAh, 8 Pack", 18),
                     ("9V Lithium Batteries, 2 Pack, 10 Year Shelf Life", 12), ("AAA Alkaline Batteries, 24 Pack", 10)),
    # black walkie talkies: 4 pack 79, Cobalt 2 pack 39, rugged 59 (a blue kids' set 24, a camo one 34; black
    # accessories 8-15)
    "walkie": items(f"{TW} > Walkie Talkies", ("Tervo UHF Walkie Talkies, 4 Pack, 5W, with Charging Dock, Black", 79),
                    ("Kids Walkie Talkies, 3 Pack, 3km Range, Flashlight, Blue", 24),
                    ("Cobalt Walkie Talkies, 2 Pack, PMR446, 16 Channels, Rechargeable, Black", 39),
                    ("Tervo Rugged Walkie Talkies, IP67 Waterproof, 2 Pack, Black", 59),
                    ("Cobalt Walkie Talkies, 2 Pack, Camo Green", 34)),
    "walkie_acc": items(f"{TW} > Accessories",
                        ("Earpiece for Walkie Talkies, D-Shape, PTT Mic, 2 Pin, Black, 2 Pack", 12),
                        ("Replacement Antenna for Tervo Walkie Talkies, SMA-Female, Black", 8),
                        ("Walkie Talkie Holster, Nylon, Belt Loop, Black", 9),
                        ("Charging Dock for Cobalt Walkie Talkies, Dual Slot, Black", 15)),
    "cb": items(f"{TW} > CB Radios", ("Ranger 40 Channel CB Radio, Mobile, AM/FM, RF Gain, Black", 89),
                ("Handheld CB Radio, 40 Channel, 4W, with Car Adapter", 119),
                ("Compact CB Radio, Mic-Mounted Controls, 12V", 99)),
    "cb_acc": items(f"{TW} > CB Accessories", ("CB Radio Replacement Microphone, 4 Pin, Noise Cancelling", 19),
                    ("CB Radio Mounting Bracket, Under Dash, Steel", 12),
                    ("External Speaker for CB Radio, 5W, with Bracket", 22),
                    ("SWR Meter for CB Radio, 3-30MHz, Antenna Tuning", 29)),
    "scanner": items(f"{SC} > Radio Scanners", ("Vantor Handheld Police Scanner, Digital Trunking, 500 Channels", 299),
                     ("Vantor Desktop Radio Scanner, Analog, 200 Channels, Weather Alert", 129),
                     ("Skylark Air Band Scanner, Handheld, VHF, 100 Channels", 99)),
    "scanantenna": items(f"{SC} > Scanner Antennas", ("Scanner Antenna, Telescopic, BNC, 25-1300MHz", 19),
                         ("Vantor Rubber Duck Scanner Antenna, BNC, Flexible", 12),
                         ("Discone Scanner Antenna, Outdoor, 25-1300MHz, with 15m Cable", 69)),
    "mount": items(f"{AN} > Mounts", ("Magnetic Antenna Mount, 5in, PL-259, with 4m Coax", 19),
                   ("Mirror Antenna Mount, Stainless Steel, Truck and RV", 24),
                   ("Trunk Lip Antenna Mount, Adjustable, SO-239", 16),
                   ("Roof Rack Antenna Mount, Universal Bracket", 21)),
    "antenna": items(f"{AN} > Mobile Antennas", ("CB Antenna, 102in Stainless Whip, with Spring", 39),
                     ("Fibreglass CB Antenna, 4ft, Black", 29), ("Dual Band Mobile Antenna, VHF/UHF, 40cm", 35)),
}

SF, POS = "Shop Fittings", "POS Equipment"

SHOPFIT = {
    "counterdisplay": items(f"{SF} > Displays > Counter Displays", ("Acrylic Counter Display Stand, 3 Tier, Clear", 29),
                            ("Counter Display Unit, Rotating, 4 Sided, Black", 49),
                            ("Kraft Counter Display Box, Tear-Off Lid, 10 Pack", 19)),
    "carddisplay": items(f"{SF} > Displays > Card Displays", ("Greeting Card Display Rack, Spinner, 48 Pockets", 129),
                         ("Card Display Stand, Acrylic, 3 Tier, A6", 39),
                         ("Card Display Rack, Wall Mounted, 12 Pockets, White", 59)),
    "display": items(f"{SF} > Displays > Stands & Racks", ("Floor Display Stand, Gridwall, 4 Shelves, White", 89),
                     ("Sunglasses Display Rack, Spinner, 16 Pairs", 45), ("Jewellery Display Bust, Velvet, Black", 15),
                     ("Window Display Risers, Set of 3, White", 34)),
    "displaycounter": items(f"{SF} > Counters > Display Counters",
                            ("Glass Display Counter, Lockable, 120cm, Aluminium Frame", 389),
                            ("Display Counter with LED Lighting, Tempered Glass, 180cm, White", 549),
                            ("Jewellery Display Counter, Full Vision, 150cm, Black", 459)),
    "counter": items(f"{SF} > Counters > Checkout Counters", ("Checkout Counter, Left-Hand, 140cm, Oak Effect", 329),
                     ("Reception Counter, Curved, White Gloss, 160cm", 489),
                     ("Cash Wrap Counter with Drawers, 160cm, Walnut", 599)),
    "displaycard": items(f"{SF} > Cards & Tags > Display Cards", ("Earring Display Cards, 2x2in, Kraft, 100 Pack", 8),
                         ("Necklace Display Cards, Hanging Slot, White, 50 Pack", 9),
                         ("Hair Clip Display Cards, Blank, Black, 100 Pack", 10)),
    "card": items(f"{SF} > Cards & Tags > Price & Loyalty Cards", ("Blank Price Cards, 90x55mm, White, 500 Pack", 12),
                  ("Loyalty Stamp Cards, Printed, 250 Pack", 19), ("Plastic Gift Cards, Blank, PVC, 100 Pack", 29)),
    # white cash registers: 40 departments 229, compact 119, touchscreen 499 (black ones 149 and 99; white
    # accessories 14-19)
    "register": items(f"{POS} > Cash Registers",
                      ("Tillmate Electronic Cash Register, 8 Departments, Thermal Printer, Black", 149),
                      ("Tillmate Cash Register, 40 Departments, Lockable Drawer, White", 229),
                      ("Basic Cash Register, 4 Departments, Black", 99),
                      ("Compact Cash Register, Battery Backup, Small Drawer, White", 119),
                      ("Touchscreen Cash Register, 15in, Android POS, White", 499)),
    "register_acc": items(f"{POS} > Register Accessories",
                          ("Replacement Ink Roller for Tillmate Cash Registers, IR-40, 5 Pack", 12),
                          ("Cash Register Replacement Keys, Set of 2", 9),
                          ("Till Rolls for Cash Registers, 57x57mm, White, 20 Rolls", 14),
                          ("Cash Register Replacement Drawer Insert, 5 Note 8 Coin, White", 19)),
    "scanner": items(f"{POS} > Barcode Scanners", ("Wireless Barcode Scanner, 1D/2D, USB Receiver, Black", 49),
                     ("Handheld Barcode Scanner, USB Wired, Laser", 25),
                     ("Omnidirectional Barcode Scanner, Desktop, Hands-Free", 79),
                     ("Bluetooth Barcode Scanner, Pocket Size, QR Codes", 39)),
    "scanstand": items(f"{POS} > Scanner Stands", ("Barcode Scanner Stand, Adjustable Gooseneck, Hands-Free", 15),
                       ("Scanner Stand, Weighted Base, Auto-Sense Holder", 19),
                       ("Universal Scanner Stand, Metal, Fixed Angle", 12)),
    "scanner_acc": items(f"{POS} > Scanner Accessories", ("USB Cable for Barcode Scanners, Coiled, 3m", 8),
                         ("Barcode Scanner Replacement Battery, 2200mAh", 14),
                         ("Holster for Handheld Barcode Scanners, Belt Clip", 11)),
    "printer": items(f"{POS} > Receipt Printers", ("Thermal Receipt Printer, 80mm, USB/Ethernet, Auto Cutter", 119),
                     ("Bluetooth Receipt Printer, 58mm, Portable", 49),
                     ("Kitchen Receipt Printer, Impact, Two-Colour Ink", 229)),
    "rolls": items(f"{POS} > Paper Rolls", ("Thermal Receipt Printer Rolls, 80x80mm, 20 Pack", 22),
                   ("Receipt Printer Paper Rolls, 57x40mm, BPA Free, 50 Pack", 25),
                   ("Kitchen Printer Rolls, 2-Ply Carbonless, 76x76mm, 20 Pack", 28)),
}

J, OA, OE = "事務用品", "OA機器", "Office Electronics"

OFFICE = {
    "nafuda": items(f"{J} > 名札", ("名札 安全ピン式 ハードケース 名刺サイズ 10個入", 880),
                    ("名札 マグネット式 アクリル 横型 5個セット", 1280), ("名札 ネックストラップ付き 縦型 IDカードケース 10本", 1480)),
    "nafuda.clip": items(f"{J} > 名札", ("クリップ名札 ソフトタイプ 名刺サイズ 10枚入", 660),
                         ("クリップ名札 ハードケース 回転クリップ 5個", 780), ("クリップ名札 再生PET 横型 20枚", 1180)),
    "clip": items(f"{J} > クリップ", ("ダブルクリップ 口幅25mm 黒 10個入", 220), ("ゼムクリップ 大 シルバー 100本入", 180),
                  ("クリップ 目玉クリップ 5号 50個入", 550)),
    "clip.nafuda": items(f"{J} > 名札用品", ("名札クリップ ワニ口 金属 20個入", 480), ("名札クリップ 回転式 ストラップ付き 10本", 520),
                         ("名札クリップ 安全ピン兼用 50個", 780)),
    "jisho": items(f"{OE} > Electronic Dictionaries", ("電子辞書 高校生モデル 英語 古語 200コンテンツ 白", 29800),
                   ("電子辞書 中学生向け カラー液晶 ネイビー", 19800), ("電子辞書 生活・教養モデル 大画面 ゴールド", 24800)),
    "jishocase": items(f"{OE} > Electronic Dictionaries > Cases", ("電子辞書 ケース セミハード 各社対応 黒", 1480),
                       ("電子辞書ケース 保護カバー シリコン 透明", 980), ("電子辞書用 キャリングケース ポケット付き ネイビー", 1680)),
    # white laminators: A4 4-roller 4980, compact A4 2980, English A3 5480 (a pink one 2480; a white cleaning
    # sheet 480)
    "laminator": items(f"{OA} > ラミネーター", ("ラミネーター A4 4本ローラー ウォームアップ1分 白", 4980),
                       ("ラミネーター A3 ホットコールド両用 黒", 6980), ("ラミネーター A4 コンパクト 白", 2980),
                       ("Thermal Laminator, A3, 2 Rollers, Jam Release, White", 5480), ("ラミネーター A4 2本ローラー ピンク", 2480)),
    "lamfilm": items(f"{OA} > ラミネーター > フィルム", ("ラミネーター用 フィルム A4 100μ 100枚", 980),
                     ("ラミネートフィルム A3 150μ 100枚", 1680), ("Laminating Pouches for Laminators, A4, 100 Pack", 1280)),
    "laminator_acc": items(f"{OA} > ラミネーター > 消耗品", ("ラミネーター専用 クリーニングシート 白 10枚", 480),
                           ("ラミネーター対応 キャリアシート A4 5枚", 380)),
    # black shredders: electric cross-cut 7980, hand-crank 1980, English 11800 (white ones 9800 and 1480; black
    # bags 680)
    "shredder": items(f"{OA} > シュレッダー", ("シュレッダー 電動 クロスカット A4 8枚細断 黒", 7980),
                      ("シュレッダー 家庭用 マイクロカット 連続10分 白", 9800), ("シュレッダー 手動 ハンドル式 コンパクト 黒", 1980),
                      ("Paper Shredder, Cross-Cut, 12 Sheet, 20L Bin, Black", 11800), ("シュレッダー 手動 ミニ カード対応 白", 1480)),
    "shredder_acc": items(f"{OA} > シュレッダー > 消耗品", ("シュレッダー用 ゴミ袋 30L 黒 50枚", 680),
                          ("シュレッダー専用 潤滑シート 12枚", 980), ("Shredder Oil for Paper Shredders, 350ml", 880)),
    "cutter": items(f"{OA} > 裁断機", ("Paper Cutter, A4, Guillotine, Safety Guard", 3980),
                    ("Rotary Paper Cutter, A4, Grid Base", 2480), ("ペーパーカッター A4 スライド式 替刃付き", 1980),
                    ("裁断機 A3 ガード付き 40枚裁断", 8980)),
    "punch": items(f"{J} > パンチ", ("Hole Punch, 2-Hole, 20 Sheet, Black", 880),
                   ("Heavy Duty Hole Punch, 2-Hole, 65 Sheet", 3480),
                   ("穴あけパンチ 2穴 20枚 ブルー", 580), ("穴あけパンチ 1穴 ミニ 携帯 10枚", 280)),
    "stapler": items(f"{J} > ステープラー", ("Desktop Stapler, 25 Sheet, Black", 980),
                     ("Heavy Duty Stapler, 100 Sheet", 2980),
                     ("ステープラー フラットクリンチ 20枚 白", 880), ("ホッチキス ハンディ 10号針 ブルー", 380)),
    "staple": items(f"{J} > ステープラー > 針", ("ステープラー用 替え針 10号 1000本×5箱", 330)),
}

K, O = "光学機器", "Optics"

OPTICS = {
    # black binoculars: 10x42 12800, folding 8x25 2980, English 10x50 8980 (a blue kids' pair 1980; black straps,
    # caps and cases 580-1280)
    "binocular": items(f"{K} > 双眼鏡", ("双眼鏡 10×42 防水 ダハプリズム 黒", 12800),
                       ("双眼鏡 8×21 コンパクト ライブ コンサート用 白", 3980), ("双眼鏡 8×25 折りたたみ 軽量 黒", 2980),
                       ("Binoculars, 10x50, Porro Prism, BaK4, Black", 8980), ("双眼鏡 12×50 バードウォッチング 大口径 グリーン", 15800),
                       ("双眼鏡 8×25 キッズ 子供用 ブルー", 1980)),
    "binocular_acc": items(f"{K} > 双眼鏡 > アクセサリー", ("双眼鏡用 ネックストラップ 幅広 黒", 880),
                           ("双眼鏡専用 レインガード 接眼レンズキャップ 黒", 580), ("双眼鏡対応 三脚アダプター L字", 1280)),
    "binocase": items(f"{K} > 双眼鏡 > ケース", ("双眼鏡ケース ハード 10×42用 黒", 1280),
                      ("双眼鏡 ケース ソフト ベルトループ付き ネイビー", 980), ("双眼鏡用 キャリングケース 8×21対応 ブラウン", 1180)),
    "telescope": items(f"{O} > Telescopes", ("天体望遠鏡 屈折式 口径80mm 経緯台 三脚付き", 29800),
                       ("天体望遠鏡 反射式 口径130mm 赤道儀セット", 49800), ("天体望遠鏡 初心者 子供 口径70mm スマホ撮影 白", 12800),
                       ("Refractor Telescope, 90mm Aperture, AZ Mount, with Tripod", 39800)),
    "eyepiece": items(f"{O} > Telescope Accessories > Eyepieces", ("天体望遠鏡用 アイピース 25mm 31.7mm径", 1980),
                      ("Plossl Eyepiece, 10mm, 1.25in, Fully Multi-Coated", 2480),
                      ("Wide Angle Eyepiece, 6mm, 66 Degree, 1.25in", 3980), ("アイピース 20mm 広視野 天体望遠鏡対応", 2980)),
    "telescope_acc": items(f"{O} > Telescope Accessories", ("天体望遠鏡対応 スマホアダプター 撮影用", 1680),
                           ("天体望遠鏡専用 ムーンフィルター 31.7mm", 980), ("Red Dot Finder for Telescopes, Dovetail Mount", 1980),
                           ("天体望遠鏡用 バローレンズ 2倍", 2480)),
    # white microscopes: biological 8980, kids' set 3980, English 6980 (a black USB one 2980; a white LED bulb 580)
    "microscope": items(f"{K} > 顕微鏡", ("顕微鏡 生物顕微鏡 40-1000倍 LED 学習用 白", 8980),
                        ("顕微鏡 子供 40-640倍 観察セット 白", 3980), ("実体顕微鏡 双眼 20倍 40倍", 24800),
                        ("USB顕微鏡 デジタル 1000倍 黒", 2980), ("Student Microscope, 40x-1000x, LED, White", 6980)),
    "microscope_acc": items(f"{K} > 顕微鏡 > 標本・アクセサリー", ("顕微鏡用 プレパラート 完成標本 25枚セット", 2480),
                            ("顕微鏡用 スライドガラス カバーガラス セット", 980), ("顕微鏡専用 交換用 LED電球 白色", 580),
                            ("Slide Storage Box for Microscopes, 100 Slots", 1280), ("顕微鏡対応 カメラアダプター 23.2mm", 3480)),
    "monocular": items(f"{O} > Monoculars", ("単眼鏡 8倍 美術館 ギャラリースコープ", 2980),
                       ("単眼鏡 10×42 防水 スマホホルダー付き", 3980), ("単眼鏡 6倍 最短50cm コンパクト", 4980)),
    "nightvision": items(f"{K} > 暗視スコープ", ("Night Vision Goggles, Digital, Infrared, 300m, Rechargeable", 12800),
                         ("Night Vision Device, Handheld, 4K Video, 6x Digital Zoom", 9800),
                         ("ナイトビジョン 暗視スコープ 赤外線 録画機能付き", 14800), ("暗視ゴーグル ナイトビジョン デジタル 充電式", 19800)),
    "spotting": items(f"{O} > Spotting Scopes", ("Spotting Scope, 20-60x80, Angled, Waterproof", 19800),
                      ("Spotting Scope, 15-45x60, Straight, with Phone Adapter", 12800),
                      ("スポッティングスコープ 20-60倍 80mm 三脚付き", 16800)),
}

SHOPS = {"radio": RADIO, "shopfit": SHOPFIT, "office": OFFICE, "optics": OPTICS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("radio", "battery radio", "battradio", ["radio"], ["radiobatt"]),
    two_types("radio", "radio batteries", "radiobatt", ["battery"], ["battradio"]),
    two_types("shopfit", "counter display", "counterdisplay", ["display", "carddisplay"], ["displaycounter"]),
    two_types("shopfit", "display counter", "displaycounter", ["counter"], ["counterdisplay"]),
    two_types("shopfit", "card display", "carddisplay", ["display", "counterdisplay"], ["displaycard"]),
    two_types("shopfit", "display cards", "displaycard", ["card"], ["carddisplay"]),
    two_types("office", "クリップ名札", "nafuda.clip", ["nafuda"], ["clip.nafuda"]),
    two_types("office", "名札クリップ", "clip.nafuda", ["clip"], ["nafuda.clip"]),
    # --- 2. a leading product word that modifies the head
    qualifies("radio", "antenna mount", ["mount"], ["antenna", "scanantenna"]),
    qualifies("radio", "scanner antenna", ["scanantenna"], ["scanner"]),
    qualifies("shopfit", "scanner stand", ["scanstand"], ["scanner"]),
    qualifies("shopfit", "receipt printer rolls", ["rolls"], ["printer"]),
    qualifies("office", "電子辞書 ケース", ["jishocase"], ["jisho"]),
    qualifies("office", "ラミネーター フィルム", ["lamfilm"], ["laminator"]),
    qualifies("optics", "双眼鏡 ケース", ["binocase"], ["binocular"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("radio", "walkie talkies", ["walkie"], ["walkie_acc", "radiobatt"]),
    accessories("radio", "CB radio", ["cb"], ["cb_acc", "antenna"]),
    accessories("shopfit", "cash register", ["register"], ["register_acc"]),
    accessories("shopfit", "barcode scanner", ["scanner"], ["scanner_acc", "scanstand"]),
    accessories("office", "ラミネーター", ["laminator"], ["lamfilm", "laminator_acc"]),
    accessories("office", "シュレッダー", ["shredder"], ["shredder_acc"]),
    accessories("optics", "天体望遠鏡", ["telescope"], ["eyepiece", "telescope_acc"]),
    accessories("optics", "顕微鏡", ["microscope"], ["microscope_acc"]),
    # black walkie talkies: 4 pack 79, Cobalt 2 pack 39, rugged 59 (blue 24, camo 34; black accessories 8-15)
    price("radio", "cheap black walkie talkies", "walkie-2", ["walkie_acc", "radiobatt"]),
    # white cash registers: 229, 119, 499 (black 149 and 99; white till rolls 14, drawer insert 19)
    price("shopfit", "budget white cash register", "register-3", ["register_acc"]),
    # white laminators: 4980, 2980, English 5480 (pink 2480; white cleaning sheet 480, films 980-1680)
    price("office", "安い 白 ラミネーター", "laminator-2", ["lamfilm", "laminator_acc"]),
    # black shredders: 7980, 1980, English 11800 (white 9800 and 1480; black bags 680)
    price("office", "激安 黒 シュレッダー", "shredder-2", ["shredder_acc"]),
    # black binoculars: 12800, 2980, English 8980 (blue kids' 1980; black strap 880, cap 580, case 1280)
    price("optics", "格安 黒 双眼鏡", "binocular-2", ["binocular_acc", "binocase"]),
    # white microscopes: 8980, 3980, English 6980 (black USB 2980; white LED bulb 580)
    price("optics", "お手頃 白 顕微鏡", "microscope-1", ["microscope_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("office", "ペーパーカッター", "cutter"),
    mixed("office", "穴あけパンチ", "punch"),
    mixed("office", "ステープラー", "stapler"),
    mixed("office", "electronic dictionary", "jisho"),
    mixed("optics", "アイピース", "eyepiece"),
    mixed("optics", "ナイトビジョン", "nightvision"),
    mixed("optics", "スポッティングスコープ", "spotting"),
    mixed("optics", "monocular", "monocular"),
]

LIMITS: dict = {
    ("blind116", "two_types:shopfit:counter_display", "categories-dense"):
        "counter displays, card displays, then checkout counters and the glass display counters above the "
        "other display stands (floor stand, risers, bust, sunglasses rack)",
    ("blind116", "two_types:shopfit:card_display", "categories-dense"):
        "card displays, counter displays, then price/loyalty cards and the earring/necklace display cards "
        "above the other display stands (sunglasses rack, floor stand, risers, bust)",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind116(q: Q, setup: str, known_limit):
    known_limit("blind116")
    check(q, setup, ENGINES)


def test_blind116_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White"})
