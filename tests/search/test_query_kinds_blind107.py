"""A hundred-and-seventh blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites used little:
boating hardware, seating and paddlesports (English), car electronics, lighting and tyres
(English), a Japanese car-electronics shop カーナビ・カー用品 (part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords: ツイーター, インバーター,
FMトランスミッター) and a Japanese tyre and wheel shop タイヤ・ホイール (English-titled imports too:
ホイールスペーサー, バルブキャップ, センターキャップ). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (107th suite), as a measurement only (nothing changed for it):
90 of 90 cases pass, 36 of 36 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 8/8, 20/20; accessories 8/8, 19/19; price 6/6, 15/15; mixed 8/8, 22/22); no case fails,
so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B = "Boating"
SEAT, BOARD, ANCH = f"{B} > Seating", f"{B} > Boarding", f"{B} > Anchoring"
ELEC, PUMP, PAD, DOCK = f"{B} > Electrical", f"{B} > Plumbing", f"{B} > Paddlesports", f"{B} > Docking"

BOAT = {
    "seatped": items(f"{SEAT} > Seat Pedestals", ("Harborline Fixed Seat Pedestal, 13in, Anodised Aluminium", 89),
                     ("Tidecraft Adjustable Seat Pedestal, Gas Spring, 20-26in", 219),
                     ("Seat Pedestal with Swivel and Slide, 11in, Stainless", 149)),
    "pedestal": items(f"{B} > Tables > Table Pedestals", ("Harborline Table Pedestal, Removable, 27in", 79),
                      ("Flush Mount Table Pedestal, Stainless Steel, 2-Stage", 99)),
    "pedseat": items(f"{SEAT} > Boat Seats", ("Tidecraft Pedestal Seat, Low Back, Folding, Grey/Charcoal", 119),
                     ("Deluxe Pedestal Seat, High Back, Marine Vinyl, White", 169),
                     ("Bucket Pedestal Seat, Flip-Up Bolster, Blue", 189)),
    "seat": items(f"{SEAT} > Boat Seats", ("Harborline Folding Boat Seat, Low Back, White", 69),
                  ("Bench Seat, 2-Person, Marine Vinyl, Grey", 249)),
    "stepladder": items(f"{BOARD} > Ladders", ("Tidecraft Aluminium Step Ladder, 3 Steps, Folding", 129),
                        ("Stainless Step Ladder, 4 Steps, Transom Mount", 169),
                        ("Pontoon Step Ladder, Lift-Up, 5 Steps", 249)),
    "ladder": items(f"{BOARD} > Ladders", ("Harborline Telescoping Boarding Ladder, Stainless, Transom Mount", 139),
                    ("Rope Ladder, Portable, for Kayaks and Dinghies", 49)),
    "ladderstep": items(f"{BOARD} > Ladder Parts", ("Replacement Ladder Step, Non-Slip, Stainless, 2 Pack", 29),
                        ("Harborline Ladder Step, Clamp-On, White", 19),
                        ("Wide Ladder Step, Add-On, Aluminium", 24)),
    "step": items(f"{BOARD} > Boarding Steps", ("Tidecraft Folding Boarding Step, Stainless", 59),
                  ("Dock Step, 2-Tier, Polyethylene, Grey", 99)),
    "anchorrope": items(f"{ANCH} > Anchor Lines", ("Harborline Anchor Rope, 3-Strand Nylon, 100ft, White", 39),
                        ("Braided Anchor Rope with Chain, 150ft", 69), ("Anchor Rope, Double Braid, 50ft, Navy", 29)),
    "anchor": items(f"{ANCH} > Anchors", ("Fluke Anchor, Galvanised, 8.5lb", 49),
                    ("Folding Grapnel Anchor, 3.5lb, Kayak", 25)),
    "batterybox": items(f"{ELEC} > Battery Boxes", ("Marine Battery Box, Group 24, with Strap", 19),
                        ("Harborline Battery Box, Vented, Group 27/31", 29), ("Dual Battery Box, Heavy Duty, Black", 45)),
    "battery": items(f"{ELEC} > Batteries", ("Deep Cycle Marine Battery, Group 24, 12V 80Ah", 189),
                     ("Lithium Marine Battery, 12V 100Ah, LiFePO4", 599)),
    "bilgepump": items(f"{PUMP} > Bilge Pumps", ("Tidecraft Bilge Pump, 750 GPH, 12V", 39),
                       ("Automatic Bilge Pump, 1100 GPH, Built-In Float", 79),
                       ("Harborline Submersible Bilge Pump, 500 GPH", 29)),
    "bilge_acc": items(f"{PUMP} > Pump Parts", ("Float Switch for Bilge Pumps, 12V", 25),
                       ("Bilge Pump Replacement Cartridge, 750 GPH", 22), ("Strainer Base for Bilge Pumps", 12)),
    "paddle": items(f"{PAD} > Paddles", ("Harborline Kayak Paddle, Aluminium Shaft, 230cm, Yellow", 49),
                    ("Carbon Fibre Kayak Paddle, 2-Piece, 220cm, Black", 159),
                    ("Tidecraft Touring Kayak Paddle, Adjustable Ferrule", 89)),
    "paddle_acc": items(f"{PAD} > Paddle Accessories", ("Drip Rings for Kayak Paddles, 2 Pack", 6),
                        ("Kayak Paddle Replacement Blade, Left, Yellow", 29)),
    "paddleleash": items(f"{PAD} > Leashes", ("Paddle Leash, Coiled, with Carabiner", 12),
                         ("Harborline Paddle Leash for Kayak Paddles, Bungee", 14),
                         ("Paddle Leash, 2 Pack, Reflective", 19)),
    "fender": items(f"{DOCK} > Fenders", ("Harborline Boat Fender, Twin Eye, 6.5 x 23in, White", 29),
                    ("Ribbed Boat Fender, 5.5 x 20in, White", 22),
                    ("Inflatable Boat Fenders, 4 Pack, 8 x 27in, White", 69),
                    ("Boat Fender, Center Hole, 6 x 22in, Navy", 19)),
    "fender_acc": items(f"{DOCK} > Fender Accessories", ("Fender Covers for Boat Fenders, White, 2 Pack", 15),
                        ("Fender Replacement Line, 6ft, White, 2 Pack", 9)),
}

E, T = "Car Electronics", "Tires & Wheels"

AUTO = {
    "fuseholder": items(f"{E} > Wiring > Fuse Holders", ("Inline Fuse Holder, ATC Blade, 12 AWG, 4 Pack", 9),
                        ("Voltline Waterproof Fuse Holder, Mini Blade", 7), ("ANL Fuse Holder, 0-4 Gauge, Clear Cover", 15)),
    "fuse": items(f"{E} > Wiring > Fuses", ("Blade Fuse Assortment, 120 Pieces, 2-35A", 12),
                  ("Voltline ANL Fuse, 150A, 2 Pack", 14), ("Mini Blade Fuses, 10A, 25 Pack", 6)),
    "tirecover": items(f"{T} > Tire Accessories > Tire Covers", ("Spare Tire Cover, 15in, Black Vinyl", 24),
                       ("Roadspan Tire Cover, 4 Pack, Seasonal Storage", 39),
                       ("Spare Tire Cover, 33in, Waterproof, Grey", 29)),
    "tire": items(f"{T} > Tires", ("Roadspan All-Season Tire, 205/55R16 91V", 89),
                  ("Summit Winter Tire, 195/65R15, Studdable", 99), ("All-Terrain Tire, LT265/70R17, Black Letter", 189)),
    "radar": items(f"{E} > Radar Detectors", ("Voltline Radar Detector, Long Range, Voice Alerts, Black", 199),
                   ("Radar Detector with GPS, Red Light Camera Alerts, Black", 149),
                   ("Compact Radar Detector, 360 Degree, Black", 99),
                   ("Radar Detector, Entry Level, City/Highway Mode, Silver", 79)),
    "radar_acc": items(f"{E} > Radar Detectors > Radar Parts",
                       ("Replacement Power Cord for Radar Detectors, Coiled, Black", 12),
                       ("Windshield Suction Mount for Radar Detectors, Black", 15),
                       ("Radar Detector Replacement Suction Cups, 4 Pack", 6)),
    "lightbar": items(f"{E} > Lighting > LED Light Bars", ("Voltline LED Light Bar, 32in, Combo Beam, Black", 119),
                      ("Single Row LED Light Bar, 20in, Spot, Black", 59),
                      ("Curved LED Light Bar, 50in, 288W, Black", 189),
                      ("Amber LED Light Bar, 12in, Strobe, Yellow", 45)),
    "lightbar_acc": items(f"{E} > Lighting > Light Bar Parts", ("Mounting Brackets for LED Light Bars, Black, 2 Pack", 14),
                          ("Wiring Harness for LED Light Bars, Black", 19),
                          ("Light Bar Replacement Lens Cover, 32in, Clear", 12)),
    "wheel": items(f"{T} > Wheels", ("Roadspan Alloy Wheel, 17x7.5, 5x114.3, Gloss Black", 159),
                   ("Steel Wheel, 15x6, 5x100, Black", 69), ("Alloy Wheel, 18x8, Machined Silver", 179)),
    "noise": each(("Digital Tire Pressure Gauge, Backlit", f"{T} > Tire Tools", 12),
                  ("Lug Nut Set, 20 Pieces, Chrome", f"{T} > Lug Nuts", 19),
                  ("Voltline Power Inverter, 400W, 2 USB Ports", f"{E} > Power", 39),
                  ("Backup Camera, Wireless, 5in Monitor", f"{E} > Cameras", 89)),
}

CU, CE = "カー用品", "Car Electronics"
AUDIO, CAM, ETC, ANT = f"{CU} > カーオーディオ", f"{CU} > カメラ", f"{CU} > ETC車載器", f"{CU} > アンテナ"

NAVI = {
    "spkbox": items(f"{AUDIO} > スピーカーボックス", ("スピーカーボックス 16cm用 MDF 2個組 黒", 3980),
                    ("スピーカーボックス 10cm 汎用 エンクロージャー", 2480), ("スピーカーボックス 20cm 密閉型 カーペット張り", 5980)),
    "box": items(f"{CU} > 車内収納", ("収納ボックス 車 トランク 折りたたみ", 1480), ("コンソールボックス アームレスト 黒", 2980)),
    "boxspk": items(f"{AUDIO} > 置き型スピーカー", ("ボックススピーカー 置き型 2ウェイ 120W 黒", 5980),
                    ("ボックススピーカー 車載 リアトレイ 置き型 ペア", 4980), ("ボックススピーカー 10cm 防滴 2個セット", 3480)),
    "spk": items(f"{AUDIO} > スピーカー", ("カースピーカー 16cm 2ウェイ コアキシャル ペア", 4980),
                 ("スピーカー 17cm セパレート 2ウェイ 車載", 9800), ("Car Speakers, 6.5in Coaxial, 300W, Pair", 5480)),
    "tweeter": items(f"{CE} > Car Audio > Tweeters", ("ツイーター 25mm ドーム型 ペア 角度調整", 2980),
                     ("Dome Tweeters, 1in Silk, 200W, Pair", 3480), ("Car Tweeters, Neodymium, Surface Mount, Pair", 2480),
                     ("ツイーター 埋め込み型 ハイパス付き", 3980)),
    "inverter": items(f"{CE} > Power > Inverters", ("インバーター 12V 100V 300W 正弦波 USB付き", 6980),
                      ("Power Inverter, 12V to 110V, 500W, 2 AC Outlets", 5980),
                      ("Car Power Inverter, 150W, Cup Holder", 2980)),
    "fmtx": items(f"{AUDIO} > FMトランスミッター", ("FMトランスミッター Bluetooth 5.3 シガーソケット USB 2ポート", 1980),
                  ("FM Transmitter, Bluetooth, Hands-Free Calling, QC3.0", 2280),
                  ("Bluetooth FM Transmitter, RGB Light, USB-C PD", 2480), ("FMトランスミッター ハンズフリー 急速充電", 1780)),
    "seatheater": items(f"{CE} > Seat Heaters", ("シートヒーター 12V 2段階 温度調整 黒", 2980),
                        ("シートヒーター 運転席 助手席 2枚セット", 4980), ("シートヒーター 後付け 内蔵型 カーボン 汎用", 6980)),
    "backcam": items(f"{CAM} > バックカメラ", ("バックカメラ 小型 防水 IP68 広角170度 黒", 2980),
                     ("バックカメラ 高画質 夜間 ガイドライン 黒", 3980), ("バックカメラ ナンバープレート 一体型 シルバー", 2480),
                     ("Backup Camera, 1080P, Night Vision, Black", 3480)),
    "backcam_acc": items(f"{CAM} > カメラ小物", ("バックカメラ用 延長ケーブル 10m 黒", 980), ("バックカメラ専用 取付ブラケット 黒", 680),
                         ("バックカメラ対応 RCA変換アダプター", 780)),
    "etc": items(ETC, ("ETC車載器 アンテナ分離型 音声案内 12V/24V", 8980), ("ETC車載器 アンテナ一体型 軽自動車 セットアップ込み", 9980),
                 ("ETC車載器 ETC2.0 GPS付き 発話型", 19800)),
    "etc_acc": items(f"{ETC} > ETC小物", ("ETC車載器用 取付ステー 汎用", 480), ("ETC車載器専用 電源ケーブル 3ピン", 880),
                     ("ETCカードケース ETC車載器対応 サンバイザー", 580)),
    "navi": items(f"{CU} > カーナビ", ("カーナビ 7インチ ポータブル 2025年地図 ワンセグ", 12800),
                  ("カーナビ 9インチ 大画面 Bluetooth 12V/24V", 16800), ("ポータブルナビ 8インチ 地図更新無料", 9980)),
    "navivisor": items(f"{CU} > カーナビ > ナビ周辺パーツ", ("ナビバイザー 7インチ 汎用 日よけ 反射防止", 980),
                       ("ナビバイザー 9インチ 両面テープ固定 黒", 1280), ("ナビ バイザー ポータブルナビ 7インチ 8インチ", 880)),
    "antcable": items(f"{ANT} > ケーブル", ("アンテナケーブル 地デジ 延長 GT13 4本", 1980), ("アンテナ 延長ケーブル ラジオ 3m", 780),
                      ("アンテナケーブル フィルムアンテナ用 VR1 2本", 1480)),
    "antenna": items(ANT, ("フィルムアンテナ 地デジ 4枚 貼り替え", 980), ("ラジオアンテナ ショート 汎用 ブラック", 1280),
                     ("地デジアンテナ 車載 ワンセグ フルセグ 4ch", 2980)),
}

TW, TE = "タイヤ・ホイール", "Tires & Wheels"
RACK, WHEEL = f"{TW} > タイヤ収納", f"{TW} > ホイール"

TYRE = {
    "tirerack": items(f"{RACK} > タイヤラック", ("タイヤラック 4本 カバー付き キャスター 黒", 4980),
                      ("タイヤラック 縦置き スリム 軽自動車 黒", 3480), ("タイヤラック 2段 スチール 耐荷重100kg シルバー", 2980),
                      ("Tire Storage Rack, Wall Mount, Folding, Black", 3980)),
    "tirerack_acc": items(f"{RACK} > ラック小物", ("タイヤラック用 カバー 防水 黒", 1980),
                          ("タイヤラック専用 キャスター 交換用 4個 黒", 980)),
    "tire": each(("サマータイヤ 195/65R15 4本セット 低燃費", f"{TW} > タイヤ > サマータイヤ", 28800),
                 ("スタッドレスタイヤ 155/65R14 4本 軽自動車", f"{TW} > タイヤ > スタッドレスタイヤ", 24800),
                 ("オールシーズンタイヤ 205/55R16 1本", f"{TW} > タイヤ > オールシーズンタイヤ", 12800)),
    "alloy": items(f"{WHEEL} > アルミホイール", ("アルミホイール 15インチ 4H100 ブラック 4本", 39800),
                   ("アルミホイール 17インチ 5H114.3 マットブラック 4本", 54800),
                   ("アルミホイール 14インチ 4H100 シルバー 4本", 29800),
                   ("Alloy Wheels, 16x6.5, 5x100, Gloss Black, Set of 4", 44800)),
    "alloy_acc": items(f"{WHEEL} > ホイール小物", ("アルミホイール用 ナット 袋タイプ 20個 ブラック", 1980),
                       ("アルミホイール専用 ロックナット 4個 ブラック", 2980),
                       ("アルミホイール対応 バランスウェイト 貼り付け ブラック", 680)),
    "wheelcover": items(f"{WHEEL} > ホイールカバー", ("ホイールカバー 14インチ 4枚 シルバー 汎用", 3980),
                        ("ホイールカバー 13インチ ブラック 軽自動車", 3480), ("ホイールカバー 15インチ メッキ 4枚セット", 4980)),
    "steel": items(f"{WHEEL} > スチールホイール", ("スチールホイール 14インチ 4H100 ブラック 1本", 4980),
                   ("鉄ホイール 15インチ 5H114.3 1本", 5980)),
    "spacer": items(f"{TE} > Wheel Spacers", ("ホイールスペーサー 15mm 5H114.3 2枚", 4980),
                    ("ワイドトレッドスペーサー 20mm 4H100 2枚", 5980),
                    ("Wheel Spacers, 20mm, 5x114.3, Hub Centric, 2 Pack", 6480), ("Wheel Spacer 5mm Flat, 4 Pack", 2480)),
    "valvecap": items(f"{TE} > Valve Caps", ("エアバルブキャップ アルミ 4個 ブルー", 680), ("バルブキャップ 六角 4個セット ブラック", 580),
                      ("Tire Valve Stem Caps, Aluminium, 4 Pack, Red", 780), ("Valve Caps with O-Ring, Chrome, 5 Pack", 690)),
    "centercap": items(f"{TE} > Center Caps", ("センターキャップ 60mm 4個 シルバー", 1980),
                       ("Wheel Center Caps, 56mm, Black, Set of 4", 1780), ("ホイール センターキャップ 汎用 65mm 4枚 ブラック", 2480)),
    "snowsock": items(f"{TE} > Snow Socks", ("スノーソックス 布製 すべり止め Mサイズ 2枚", 5980),
                      ("スノーソックス 軽自動車 簡単装着 収納袋付き", 4980), ("布製 タイヤ滑り止め スノーソックス Lサイズ", 6980)),
    "noise": each(("空気圧センサー TPMS ソーラー 4個", f"{TW} > 空気圧モニター", 4980),
                  ("タイヤワックス 艶出し 480ml", f"{TW} > メンテナンス", 980)),
}

SHOPS = {"boat": BOAT, "auto": AUTO, "navi": NAVI, "tyre": TYRE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("boat", "seat pedestal", "seatped", ["pedestal"], ["pedseat"]),
    two_types("boat", "pedestal seats", "pedseat", ["seat"], ["seatped"]),
    two_types("boat", "step ladder", "stepladder", ["ladder"], ["ladderstep"]),
    two_types("boat", "ladder steps", "ladderstep", ["step"], ["stepladder"]),
    two_types("navi", "スピーカー ボックス", "spkbox", ["box"], ["boxspk"]),
    two_types("navi", "ボックススピーカー", "boxspk", ["spk"], ["spkbox"]),
    # --- 2. a leading product word that modifies the head
    qualifies("boat", "anchor rope", ["anchorrope"], ["anchor"]),
    qualifies("boat", "battery box", ["batterybox"], ["battery"]),
    qualifies("auto", "fuse holder", ["fuseholder"], ["fuse"]),
    qualifies("auto", "tire cover", ["tirecover"], ["tire"]),
    qualifies("navi", "ナビ バイザー", ["navivisor"], ["navi"]),
    qualifies("navi", "アンテナ ケーブル", ["antcable"], ["antenna"]),
    qualifies("tyre", "タイヤ ラック", ["tirerack"], ["tire"]),
    qualifies("tyre", "ホイール カバー", ["wheelcover"], ["alloy", "steel"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("boat", "bilge pump", ["bilgepump"], ["bilge_acc"]),
    accessories("boat", "kayak paddle", ["paddle"], ["paddle_acc", "paddleleash"]),
    accessories("boat", "boat fenders", ["fender"], ["fender_acc"]),
    accessories("auto", "radar detector", ["radar"], ["radar_acc"]),
    accessories("auto", "light bar", ["lightbar"], ["lightbar_acc"]),
    accessories("navi", "バックカメラ", ["backcam"], ["backcam_acc"]),
    accessories("navi", "ETC車載器", ["etc"], ["etc_acc"]),
    accessories("tyre", "アルミホイール", ["alloy"], ["alloy_acc"]),
    # white fenders: twin eye 29, ribbed 22, inflatable 4-pack 69 (a navy one 19; white accessories 9-15)
    price("boat", "budget white fenders", "fender-1", ["fender_acc"]),
    # black light bars: 32in 119, single row 59, curved 189 (a yellow amber one 45; black accessories 14-19)
    price("auto", "cheap black light bar", "lightbar-1", ["lightbar_acc"]),
    # black radar detectors: long range 199, GPS 149, compact 99 (a silver one 79; black accessories 12-15)
    price("auto", "budget black radar detector", "radar-2", ["radar_acc"]),
    # black backup cameras: compact 2980, night 3980, English 3480 (a silver one 2480; black accessories 680-980)
    price("navi", "安い 黒 バックカメラ", "backcam-0", ["backcam_acc"]),
    # black alloy wheels: 15in 39800, 17in matte 54800, English 44800 (a silver set 29800; black accessories
    # 680-2980)
    price("tyre", "激安 ブラック アルミホイール", "alloy-0", ["alloy_acc"]),
    # black tyre racks: covered 4980, slim 3480, English 3980 (a silver one 2980; black accessories 980-1980)
    price("tyre", "お手頃 黒 タイヤラック", "tirerack-1", ["tirerack_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("navi", "ツイーター", "tweeter"),
    mixed("navi", "インバーター", "inverter"),
    mixed("navi", "FMトランスミッター", "fmtx"),
    mixed("navi", "seat heater", "seatheater"),
    mixed("tyre", "ホイールスペーサー", "spacer"),
    mixed("tyre", "バルブキャップ", "valvecap"),
    mixed("tyre", "センターキャップ", "centercap"),
    mixed("tyre", "snow socks", "snowsock"),
]

LIMITS: dict = {}  # every case passed on the snapshot (d967a06)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind107(q: Q, setup: str, known_limit):
    known_limit("blind107")
    check(q, setup, ENGINES)


def test_blind107_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "ブラック": "Black", "black": "Black", "white": "White"})
