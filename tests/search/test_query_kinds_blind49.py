"""A forty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies: smart home and home security
(English: security cameras, camera mounts, solar chargers for cameras, video doorbells and chimes,
smart locks and their parts, door sensors, light sensors and sensor lights, smart plugs), board
games and puzzles (English: board games and game boards, dice games and game dice, dice trays,
jigsaw puzzles, puzzle glue and mats, card sleeves, game storage), Japanese bedding 寝具 (枕,
枕カバー, 抱き枕 and their covers, マットレス, ボックスシーツ, 掛け布団, 敷きパッド, ビーズクッション and
クッションビーズ; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords or plain Japanese words: ブランケット, アイマスク, ボックスシーツ) and
Japanese car goods 車用品 (ドライブレコーダー and SDカード, スマホホルダー, シートカバー, カーチャージャー,
ジャンプスターター, 洗車スポンジ, サンシェード; part of its category tree in English, with English-titled
imports). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and three English queries
   over Japanese-only titles under a Japanese category tree (a shopper who types English in the
   Japanese shop: "body pillow", "dash cam", "car wash sponge"): the top three are of the query's
   kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-ninth suite), as a measurement only (nothing changed for it):
78 of 90 cases pass, 31 of 37 queries in every setup (two_types 6/8 queries, 15/18 cases;
qualifies 5/7, 12/16; accessories 8/8, 20/20; price 6/6, 15/15; mixed 6/8, 16/21). The 12 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "dice game" (bag-of-words
only: a game dice set above a board game), "game dice" (polyhedral dice among the game dice),
"doorbell chime" (lexical only: video doorbells above a plug-in chime), "ドライブレコーダー SDカード"
(the dash cams first, every SD card below them), "ボックスシーツ" (flat sheets above the English
"Fitted Sheet" items) and "dash cam" (nothing shown over the Japanese-only ドライブレコーダー titles).
After (an English pair also read as the one word a dictionary gloss writes, "dashcam"): dash cam
passes. After (a Latin word written onto a Japanese one, "SDカード", no longer ends the run of
nouns): ドライブレコーダー SDカード passes. After (a set, a pack or a pair of the noun before it is
that noun: "Game Dice Set" is dice, `COLLECTIVES`): dice game and game dice pass. After ("in"
written onto a word with a hyphen is no preposition: "Plug-In Chime" is a chime, not a plug):
doorbell chime passes.
"""

from __future__ import annotations

import pytest
from kind_cases import (DENSE, LATIN_ONLY, LEXICAL, Engines, Q, accessories, check, mixed, params, price, qualifies,
                        two_types, well_formed)
from shops import each, items


# =============================================================================================
# Shops

SH, SEC = "Smart Home", "Home Security"
CAMS, BELLS = f"{SEC} > Security Cameras", f"{SEC} > Doorbells"

HOME = {
    "camera": items(CAMS, ("Vantrix Outdoor Security Camera, 2K, Wireless, Night Vision, White", 59.99),
                    ("Vantrix Indoor Security Camera, Pan & Tilt, 1080p, White", 29.99),
                    ("Homeguard Wire-Free Security Camera, Battery Powered, Black", 79.99),
                    ("Security Camera with Floodlight, 2K, Weatherproof, White", 89.99),
                    ("Solar Security Camera, 4MP, Built-in Battery, Black", 49.99),
                    ("Mini Security Camera, Indoor, Plug-In, 1080p, Black", 19.99)),
    "mount": items(f"{SEC} > Camera Accessories > Mounts",
                   ("Camera Mount, 360 Degree Adjustable Wall Bracket for Security Cameras, White", 9.99),
                   ("Vantrix Gutter Mount for Outdoor Cameras, Weatherproof, White", 14.99),
                   ("Ceiling Mount for Indoor Security Camera, Black, 2 Pack", 12.99),
                   ("Anti-Theft Camera Mount, Metal, Black", 11.99)),
    "solar": items(f"{SEC} > Camera Accessories > Power",
                   ("Solar Panel Charger for Security Cameras, 5W, USB-C, White", 24.99),
                   ("Vantrix Solar Panel, Compatible with Vantrix Outdoor Cameras, Black", 29.99),
                   ("Solar Charger for Wire-Free Cameras, 2 Pack, Black", 39.99)),
    "camera_acc": items(f"{SEC} > Camera Accessories > Power",
                        ("Replacement Rechargeable Battery for Homeguard Cameras", 19.99),
                        ("Weatherproof Silicone Skins for Security Cameras, Black, 3 Pack", 9.99)),
    "doorbell": items(BELLS, ("Vantrix Video Doorbell, 2K, Wired, Head-to-Toe View, Black", 69.99),
                      ("Homeguard Battery Video Doorbell, 1080p, Chime Included, Silver", 99.99),
                      ("Wireless Video Doorbell Camera, Night Vision, Satin Nickel", 45.99),
                      ("Video Doorbell Pro, Wired, Dual Camera, Black", 129.99)),
    "chime": items(f"{BELLS} > Chimes & Accessories",
                   ("Vantrix Doorbell Chime, Plug-In, Adjustable Volume, White", 29.99),
                   ("Wireless Doorbell Chime Receiver for Video Doorbells, 52 Tunes", 19.99),
                   ("Plug-In Chime, Compatible with Homeguard Doorbells, White", 24.99)),
    "doorbell_acc": items(f"{BELLS} > Chimes & Accessories",
                          ("Wedge Mount for Video Doorbells, 15 Degree Angle", 12.99),
                          ("Faceplate Covers for Vantrix Video Doorbell, 4 Colours", 9.99),
                          ("Video Doorbell Replacement Battery Pack, Rechargeable", 24.99)),
    "lock": items(f"{SH} > Smart Locks", ("Keyvio Smart Lock, Wi-Fi Deadbolt, Keypad, Satin Nickel", 179),
                  ("Keyvio Smart Lock Retrofit, Works with Existing Deadbolt, Silver", 79.99),
                  ("Smart Lock with Fingerprint, Keyless Entry Door Lock, Black", 89.99),
                  ("Bluetooth Smart Lock, Auto-Lock, Matte Black", 119)),
    "lock_acc": items(f"{SH} > Smart Locks > Lock Accessories",
                      ("Keypad for Keyvio Smart Locks, Wireless, Black", 49.99),
                      ("Smart Lock Replacement Batteries, CR123A, 4 Pack", 14.99),
                      ("Wi-Fi Bridge for Smart Locks, Plug-In", 39.99)),
    "sensor": items(f"{SH} > Sensors", ("Door Sensor, Wireless Window & Door Contact Sensor, 2 Pack, White", 24.99),
                    ("Motion Sensor, Zigbee, Indoor, White", 19.99),
                    ("Homeguard Door and Window Sensor, 4 Pack", 39.99),
                    ("Water Leak Sensor with Alarm, 3 Pack", 29.99)),
    "lightsensor": items(f"{SH} > Sensors", ("Light Sensor, Smart Ambient Light Sensor, Zigbee", 21.99),
                         ("Lux Light Sensor for Smart Home Automation, White", 17.99),
                         ("Outdoor Light Sensor, Dusk to Dawn Photocell, 120V", 12.99)),
    "sensorlight": items(f"{SH} > Lighting", ("Sensor Light, Outdoor Motion Sensor Flood Light, LED, 3000lm", 39.99),
                         ("Solar Sensor Light, Motion Activated, 2 Pack", 29.99),
                         ("Indoor Sensor Light, Stick-On LED Closet Light, 3 Pack", 19.99)),
    "light": items(f"{SH} > Lighting", ("Smart Flood Light, Wi-Fi, Outdoor, 2000lm", 59.99),
                   ("Smart Outdoor Wall Light, Wi-Fi, Black", 49.99)),
    "plug": items(f"{SH} > Plugs & Power", ("Smart Plug, Wi-Fi, Works with Voice Assistants, 4 Pack, White", 24.99),
                  ("Outdoor Smart Plug, Weatherproof, 2 Outlets", 29.99),
                  ("Mini Smart Plug with Energy Monitoring, 2 Pack", 19.99)),
    "noise": each(("Smart Home Hub, Zigbee, Ethernet", f"{SH} > Hubs", 69.99),
                  ("Indoor Siren, 110dB, Wireless", f"{SEC} > Alarms", 29.99)),
}

G = "Games & Puzzles"
DICE, PACC = f"{G} > Dice", f"{G} > Puzzle Accessories"

GAMES = {
    "boardgame": items(f"{G} > Board Games", ("Tidewater Board Game, Strategy, 2-4 Players, Ages 10+", 39.99),
                       ("Castle Keep Family Board Game, 2-6 Players", 29.99),
                       ("Cooperative Board Game, Forest Rescue, Kids 6+", 24.99)),
    "cardgame": items(f"{G} > Card Games", ("Fox Tricks Card Game, 3-5 Players", 14.99),
                      ("Party Card Game, 500 Cards, Ages 17+", 24.99)),
    "dicegame": items(f"{G} > Dice Games", ("Roll & Score Dice Game, 5 Dice, Score Pads, Family", 12.99),
                      ("Pirate's Bluff Dice Game, Cups & Dice, 2-6 Players", 19.99),
                      ("Travel Dice Game, Tin, 6 Dice", 9.99)),
    "gamedice": items(f"{DICE} > Game Dice", ("Game Dice, 16mm, 36 Pack, Assorted Colours", 9.99),
                      ("Game Dice Set, D6, 12mm, 100 Pack, Black", 12.99),
                      ("Replacement Game Dice for Board Games, Wooden, 10 Pack", 7.99)),
    "dice": items(f"{DICE} > Polyhedral Dice", ("Polyhedral Dice Set, 7 Piece, Resin, Blue", 11.99),
                  ("Metal Dice Set, 7 Piece, Black & Gold", 24.99),
                  ("Sharp-Edge Resin Dice, D20 Set, Purple", 15.99)),
    "dicetray": items(f"{DICE} > Dice Trays", ("Dice Tray, PU Leather, Foldable, Black", 12.99),
                      ("Hexagon Dice Tray, Velvet, Wooden Frame, Black", 27.99),
                      ("Dice Tray and Dice Tower, Wooden, Green Felt", 34.99),
                      ("Rolling Tray for Dice, Snap-Up, Red", 9.99)),
    "dicetray_acc": items(f"{DICE} > Dice Trays", ("Replacement Felt Liner for Dice Trays, 25cm, Black", 6.99)),
    "gameboard": items(f"{G} > Game Boards", ("Game Board, Folding Chess and Checkers Board, Wooden", 29.99),
                       ("Blank Game Board, DIY, Dry Erase, 2 Pack", 14.99),
                       ("Cribbage Game Board, 3-Track, Walnut", 34.99)),
    "board": items(f"{PACC} > Boards", ("Puzzle Board, Portable Jigsaw Board with Drawers, 1000 Pieces", 49.99),
                   ("Magnetic Score Board, Dry Erase, 2 Markers", 16.99)),
    "puzzle": items(f"{G} > Jigsaw Puzzles", ("Ravenwood Jigsaw Puzzle, 1000 Pieces, Mountain Lake", 19.99),
                    ("Jigsaw Puzzle 500 Pieces, Vintage Map", 14.99),
                    ("Ravenwood Jigsaw Puzzles for Adults, 1000 Piece, Cats", 22.99),
                    ("Kids Jigsaw Puzzle, 100 Pieces, Dinosaurs", 9.99)),
    "puzzleglue": items(f"{PACC} > Glue", ("Puzzle Glue, Clear, 120ml, with Applicator", 8.99),
                        ("Ravenwood Puzzle Glue Sheets, 32 Sheets", 7.99),
                        ("Puzzle Saver Glue, Quick Dry, 240ml", 11.99)),
    "puzzlemat": items(f"{PACC} > Mats", ("Puzzle Mat Roll Up, 1500 Pieces, Felt, Grey", 19.99),
                       ("Jigsaw Puzzle Mat with Storage Bag, 1000 Pieces, Green", 16.99)),
    "puzzle_acc": items(f"{PACC} > Frames & Sorting", ("Puzzle Frame for 1000 Piece Puzzles, Black, 70x50cm", 24.99),
                        ("Puzzle Sorting Trays, 6 Pack, with Lids", 14.99)),
    "sleeves": items(f"{G} > Card Accessories > Card Sleeves", ("Card Sleeves, Standard Size, 100 Pack, Clear", 4.99),
                     ("Matte Card Sleeves for Trading Cards, 66x91mm, 100 Pack, Black", 8.99),
                     ("Premium Card Sleeves, Board Game Size, 110 Pack", 6.99)),
    "card": items(f"{G} > Playing Cards", ("Playing Cards, Standard Deck, 2 Pack, Red & Blue", 5.99),
                  ("Plastic Playing Cards, Waterproof, Poker Size", 9.99)),
    "storage": items(f"{G} > Game Storage", ("Board Game Storage Box, 4 Compartments", 34.99),
                     ("Deck Box for Card Games, Holds 4 Decks, Black", 12.99),
                     ("Stackable Game Storage Boxes, 3 Pack", 27.99)),
}

B, BE = "寝具", "Bedding"
PILLOW, BODY, MAT, CUSH = f"{B} > 枕", f"{B} > 抱き枕", f"{B} > マットレス", f"{B} > クッション"

BEDDING = {
    "pillow": items(PILLOW, ("枕 低反発 まくら 高さ調整 洗えるカバー付き", 3980), ("枕 ホテル仕様 羽根 43×63cm 白", 2980),
                    ("パイプ枕 高さ調整 洗える 抗菌", 1980), ("Memory Foam Pillow, Contour Cervical Pillow, White", 3480)),
    "pillowcase": items(f"{PILLOW} > 枕カバー", ("枕カバー 43×63 綿100% ホテル仕様 白 2枚組", 1280),
                        ("枕カバー ピローケース 封筒式 グレー", 880),
                        ("Silk Pillowcase, 100% Mulberry Silk, Queen, Champagne", 2980),
                        ("ピローケース 冷感 50×70cm ネイビー", 980)),
    "bodypillow": items(BODY, ("抱き枕 大きい 洗える 横向き寝 ホワイト", 3980), ("抱き枕 U字型 妊婦 クッション グレー", 4980),
                        ("抱き枕 ロング 120cm 綿 グレー", 2980), ("抱き枕 L字型 低反発 ネイビー", 1980)),
    "bodypillowcover": items(f"{BODY} > 抱き枕カバー", ("抱き枕カバー 綿100% ファスナー式 グレー", 1280),
                             ("抱き枕用 カバー 120cm 洗える ホワイト", 1480),
                             ("抱き枕専用 替えカバー U字型 グレー", 1980)),
    "mattress": items(MAT, ("マットレス シングル 高反発 10cm 三つ折り グレー", 4980),
                      ("マットレス ポケットコイル セミダブル 厚さ20cm 白", 19800),
                      ("Memory Foam Mattress, Queen, 25cm, White", 39800),
                      ("マットレス 高反発 シングル 8cm 白 折りたたみ", 6980)),
    "mattress_acc": items(f"{MAT} > マットレス小物", ("マットレス用 固定バンド 三つ折り ずれ防止 2本", 980),
                          ("マットレス専用 収納ケース 三つ折り用", 1980),
                          ("マットレス対応 防水カバー シングル 白", 2480)),
    "fittedsheet": items(f"{BE} > Sheets > Fitted Sheets", ("ボックスシーツ シングル 綿100% 白", 1980),
                         ("ボックスシーツ セミダブル 防水 グレー", 2480),
                         ("Fitted Sheet, Queen, Deep Pocket, 100% Cotton, White", 2980),
                         ("Jersey Knit Fitted Sheet, Twin, Grey", 2280)),
    "flatsheet": items(f"{BE} > Sheets > Flat Sheets", ("フラットシーツ シングル 綿 150×250cm 白", 1580),
                       ("Flat Sheet, Queen, Microfiber, Navy", 1980)),
    "padsheet": items(f"{B} > 敷きパッド", ("敷きパッド シングル 接触冷感 洗える ブルー", 2480),
                      ("敷きパッド あったか フランネル ベージュ", 2980)),
    "duvet": items(f"{B} > 掛け布団", ("掛け布団 シングル 羽毛 ダウン90% 白", 12800), ("掛け布団 洗える 抗菌 シングル 合掛け", 4980)),
    "blanket": items(f"{BE} > Blankets", ("ブランケット ひざ掛け フランネル 100×70cm グレー", 1280),
                     ("Weighted Blanket, 7kg, 150x200cm, Grey", 6980),
                     ("Sherpa Fleece Throw Blanket, 130x160cm, Beige", 2980),
                     ("Cotton Waffle Blanket, Queen, White", 3980)),
    "eyemask": items(f"{BE} > Sleep Accessories", ("アイマスク シルク 遮光 睡眠用 ブラック", 980),
                     ("Silk Eye Mask for Sleeping, Adjustable Strap, Black", 1280),
                     ("3D Contoured Sleep Mask, Blackout, Grey", 1480),
                     ("Weighted Eye Mask, Lavender Scent, Navy", 1980)),
    "cushion": items(CUSH, ("クッション 背もたれ ベッド 三角 グレー", 3980), ("フロアクッション 大きめ 60cm ベージュ", 2980),
                     ("低反発 クッション 座布団 40×40cm", 1980)),
    "beadcushion": items(f"{CUSH} > ビーズクッション", ("ビーズクッション 特大 ソファ 座椅子 グレー", 9800),
                         ("ビーズクッション キューブ型 カバー洗える ネイビー", 6980),
                         ("ビーズクッション 小さめ 一人用 ブラウン", 4980)),
    "cushionbeads": items(f"{B} > 中材・補充材", ("クッションビーズ 補充用 1kg 0.5mm", 1480),
                          ("クッションビーズ 詰め替え 2L×5袋", 1980)),
    "beads": items(f"{B} > 中材・補充材", ("補充用ビーズ 枕用 マイクロビーズ 300g", 980),
                   ("ビーズ 補充 抱き枕用 0.5mm 500g", 1280)),
}

CAR, CE = "車用品", "Car Electronics"
DR, WASH = f"{CAR} > ドライブレコーダー", f"{CAR} > 洗車用品"

CARS = {
    "dashcam": items(DR, ("ドライブレコーダー 前後2カメラ 4K 駐車監視 黒", 12800),
                     ("ドライブレコーダー ミラー型 11インチ 前後カメラ", 15800),
                     ("ドライブレコーダー 小型 フルHD 黒", 6980),
                     ("ドライブレコーダー 小型 1カメラ ホワイト", 4980),
                     ("ドラレコ 前後カメラ WiFi対応 黒", 9980)),
    "sdcard": items(f"{DR} > 関連パーツ", ("SDカード ドライブレコーダー用 microSD 64GB 高耐久", 1980),
                    ("microSDカード 128GB ドラレコ対応 高耐久", 2980),
                    ("SDカード 32GB ドライブレコーダー専用 2枚セット", 1780),
                    ("microSDカード 64GB Class10", 980)),
    "dashcam_acc": items(f"{DR} > 関連パーツ", ("ドライブレコーダー用 取付ブラケット 黒", 980),
                         ("ドライブレコーダー専用 駐車監視ケーブル 3芯", 1980),
                         ("ドライブレコーダー対応 シガーソケット 電源ケーブル 3.5m", 880)),
    "charger": items(f"{CE} > Chargers", ("カーチャージャー シガーソケット USB-C PD 2ポート", 1980),
                     ("Car Charger, Dual USB-C, 65W, Fast Charging", 2480),
                     ("USB Car Charger Adapter, 3 Ports, 12V/24V", 1580),
                     ("Car Charger with Retractable Cable, USB-C", 2280)),
    "socket": items(f"{CE} > Power Sockets", ("シガーソケット 分配器 3連 USB 2ポート付き", 1480),
                    ("Power Inverter, 150W, 12V DC to 100V AC, 2 USB", 3980)),
    "jumpstarter": items(f"{CE} > Jump Starters", ("ジャンプスターター 12V 20000mAh 大容量 LEDライト", 6980),
                         ("Portable Car Jump Starter, 2000A Peak, 12V", 8980),
                         ("Jump Starter with Air Compressor, 150PSI, 1500A", 11800)),
    "phoneholder": items(f"{CE} > Phone Holders", ("スマホホルダー 車 エアコン 吹き出し口 クリップ", 1480),
                         ("Magnetic Car Phone Holder, Dashboard Mount", 1980),
                         ("スマホホルダー ワイヤレス充電 自動開閉 15W", 3980)),
    "seatcover": items(f"{CAR} > シートカバー", ("シートカバー 前席 2枚 PUレザー 黒", 4980), ("シートカバー 防水 汎用 1枚 グレー", 1980)),
    "sponge": items(f"{WASH} > 洗車スポンジ", ("洗車スポンジ 大判 傷がつきにくい 2個セット", 680),
                    ("洗車スポンジ マイクロファイバー ボディ用", 780), ("洗車用 スポンジ 泡立ち 高密度 3個", 580)),
    "wash": items(WASH, ("洗車タオル マイクロファイバー 大判 3枚", 980), ("洗車シャンプー 撥水 コーティング 1L", 1280),
                  ("洗車ブラシ 伸縮 ロング", 1980)),
    "sunshade": items(f"{CAR} > サンシェード", ("サンシェード フロント 傘型 折りたたみ 130cm", 1980),
                      ("サンシェード 車 フロントガラス 吸盤 遮光", 1280),
                      ("Windshield Sun Shade, Foldable, UV Block, Large", 1680),
                      ("サイド サンシェード メッシュ 2枚", 980)),
    "sunshade_acc": items(f"{CAR} > サンシェード > 交換パーツ", ("サンシェード用 吸盤 交換用 10個", 380),
                          ("サンシェード専用 収納袋", 580), ("サンシェード対応 固定クリップ 2個", 480)),
    "noise": each(("ブースターケーブル 3m 100A", f"{CAR} > バッテリー関連", 2480)),
}

SHOPS = {"home": HOME, "games": GAMES, "bedding": BEDDING, "car": CARS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("home", "sensor light", "sensorlight", ["light"], ["lightsensor"]),
    two_types("home", "light sensor", "lightsensor", ["sensor"], ["sensorlight"]),
    two_types("games", "board game", "boardgame", ["cardgame", "dicegame"], ["gameboard"]),
    two_types("games", "game board", "gameboard", ["board"], ["boardgame"]),
    two_types("games", "dice game", "dicegame", ["boardgame", "cardgame"], ["gamedice"]),
    two_types("games", "game dice", "gamedice", ["dice"], ["dicegame"]),
    two_types("bedding", "ビーズクッション", "beadcushion", ["cushion"], ["cushionbeads"]),
    two_types("bedding", "クッションビーズ", "cushionbeads", ["beads"], ["beadcushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("home", "camera mount", ["mount"], ["camera"]),
    qualifies("home", "doorbell chime", ["chime"], ["doorbell"]),
    qualifies("games", "puzzle glue", ["puzzleglue"], ["puzzle"]),
    qualifies("games", "dice tray", ["dicetray"], ["dice", "gamedice"]),
    qualifies("games", "card sleeves", ["sleeves"], ["card", "cardgame"]),
    qualifies("bedding", "枕 カバー", ["pillowcase"], ["pillow"]),
    qualifies("car", "ドライブレコーダー SDカード", ["sdcard"], ["dashcam"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("home", "security camera", ["camera"], ["mount", "solar", "camera_acc"]),
    accessories("home", "video doorbell", ["doorbell"], ["chime", "doorbell_acc"]),
    accessories("home", "smart lock", ["lock"], ["lock_acc"]),
    accessories("games", "jigsaw puzzle", ["puzzle"], ["puzzleglue", "puzzlemat", "puzzle_acc", "board"]),
    accessories("bedding", "マットレス", ["mattress"], ["mattress_acc"]),
    accessories("bedding", "抱き枕", ["bodypillow"], ["bodypillowcover", "beads"]),
    accessories("car", "ドライブレコーダー", ["dashcam"], ["sdcard", "dashcam_acc"]),
    accessories("car", "サンシェード", ["sunshade"], ["sunshade_acc"]),
    # white cameras: outdoor 59.99, indoor pan & tilt 29.99, floodlight 89.99 (a black mini one 19.99; white mounts
    # 9.99-14.99, a white solar charger 24.99)
    price("home", "cheap white security camera", "camera-1", ["mount", "solar", "camera_acc"]),
    # black smart locks: fingerprint 89.99, bluetooth matte black 119 (a silver retrofit 79.99; a black keypad 49.99)
    price("home", "budget black smart lock", "lock-2", ["lock_acc"]),
    # black dice trays: PU leather 12.99, hexagon 27.99 (a red rolling tray 9.99; a black felt liner 6.99)
    price("games", "cheap black dice tray", "dicetray-0", ["dicetray_acc"]),
    # grey body pillows: U-shaped 4980, long 2980 (a navy L-shaped one 1980; grey covers 1280-1980)
    price("bedding", "安い グレー 抱き枕", "bodypillow-2", ["bodypillowcover", "beads"]),
    # white mattresses: pocket coil 19800, English memory foam 39800, folding 8cm 6980 (a grey one 4980; a white
    # waterproof cover 2480)
    price("bedding", "激安 白 マットレス", "mattress-3", ["mattress_acc"]),
    # black dash cams: 4K 12800, compact 6980, ドラレコ WiFi 9980 (a white one 4980; a black bracket 980)
    price("car", "格安 黒 ドライブレコーダー", "dashcam-2", ["sdcard", "dashcam_acc"]),
    # --- 4. Japanese queries among English-titled items; English queries over Japanese-only titles
    mixed("bedding", "ブランケット", "blanket"),
    mixed("bedding", "アイマスク", "eyemask"),
    mixed("bedding", "ボックスシーツ", "fittedsheet"),
    mixed("bedding", "body pillow", "bodypillow"),
    mixed("car", "カーチャージャー", "charger"),
    mixed("car", "ジャンプスターター", "jumpstarter"),
    mixed("car", "dash cam", "dashcam"),
    mixed("car", "car wash sponge", "sponge"),
]

_BOX = "mixed:bedding:ボックスシーツ"
LIMITS: dict = {
    **{("blind49", _BOX, s): "the two ボックスシーツ, then the flat sheets (フラットシーツ, 'Flat Sheet') above the "
       "English 'Fitted Sheet' items" for s in (LEXICAL, DENSE, LATIN_ONLY)},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind49(q: Q, setup: str, known_limit):
    known_limit("blind49")
    check(q, setup, ENGINES)


def test_blind49_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "black": "Black", "白": "White", "黒": "Black", "グレー": "Grey"})
