"""A hundred-and-third blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
lighting and electrical parts (English: tree lights and light trees, tent lights, lamp cords,
outlet testers, dimmer switches, power strips), home security (English: lock boxes, padlock hasps,
smoke detectors, fireproof safes, dome cameras), a Japanese shop of 照明・配線器具 (投光器 and
their stands, 電源タップ, コードカバー, 電池チェッカー; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: テープライト, スマートプラグ,
コードリール) and a Japanese shop of 防犯カメラ・鍵・防犯グッズ (ライトカメラ, センサーカメラ,
ドームカメラ, キーボックス, 金庫, ワイヤレスチャイム, 防犯ブザー; with English-titled imports and
part of its tree in English). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

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

Written blind on 2026-12-01 (103rd suite), as a measurement only (nothing changed for it):
89 of 91 cases pass, 35 of 36 queries in every setup (two_types 6/6 queries, 15/15 cases;
qualifies 7/7, 17/17; accessories 8/8, 19/19; price 6/7, 16/18; mixed 8/8, 22/22); the 2 failing
cases (1 query, in both its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
cheap black fireproof safe (the dearer 1.2 cu ft keypad safe first, the cheapest black one, a
"Fireproof Safe Box", third).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

L, E = "Lighting", "Electrical"
SEAS = f"{L} > Seasonal"
SW = f"{E} > Switches & Dimmers"

LAMPS = {
    "treelight": items(f"{SEAS} > Tree Lights", ("Glowmere Christmas Tree Lights, 300 LED, Warm White, 30m", 24),
                       ("Tree Lights with Star Topper, Multicolour, 8 Modes", 19),
                       ("Outdoor Tree Lights, Cluster, 960 LED, Cool White", 39)),
    "light": items(f"{SEAS} > String Lights", ("Glowmere Fairy Lights, Copper Wire, 10m, Warm White", 12),
                   ("Festoon Lights, 20 Bulbs, Outdoor, Connectable", 34),
                   ("Icicle Lights, 360 LED, Cool White, Timer", 22)),
    "lighttree": items(f"{SEAS} > Decorations", ("Glowmere Light Tree, Cherry Blossom, 150cm, 200 LED", 59),
                       ("Twig Light Tree, Warm White, 120cm, Indoor", 45),
                       ("Light Tree with Copper Branches, 60cm, Battery", 29)),
    "tree": items(f"{SEAS} > Christmas Trees", ("Artificial Christmas Tree, 6ft, Hinged Branches, Metal Stand", 89),
                  ("Tabletop Christmas Tree, 60cm, Frosted Tips", 25)),
    "tentlight": items(f"{L} > Portable & Camping", ("Tent Light, Rechargeable, Hanging Hook, 300 Lumens", 15),
                       ("Glowmere Tent Light, Collapsible Lantern Style, 4 Pack", 22),
                       ("Solar Tent Light, USB Charging, Warm White", 12)),
    "lighttent": items(f"{L} > Photo Studio", ("Photo Light Tent, 60cm, Foldable, Built-In LED Strips", 39),
                       ("Light Tent Kit with Backdrops, 40cm", 29)),
    "lamp": items(f"{L} > Lamps", ("Hollin Table Lamp, Linen Shade, Brass Base", 49),
                  ("Bedside Lamp, Touch Dimmable, USB Port, Black", 29), ("Arc Floor Lamp, Marble Base, 180cm", 119)),
    "lampcord": items(f"{E} > Cords > Lamp Cords", ("Lamp Cord Set with Inline Switch, 3m, White", 9),
                      ("Lamp Cord, 18 AWG Clear Zip Cord, 15m Spool", 14),
                      ("Cloth Covered Lamp Cord, Braided, Gold, 5m", 17)),
    "outlet": items(f"{E} > Outlets", ("Voltline Duplex Outlet, 15A, Tamper Resistant, White, 10 Pack", 19),
                    ("GFCI Outlet, 20A, Self-Test, White", 22), ("USB Wall Outlet, 2 USB-C Ports, 20A, Black", 27)),
    "outlettester": items(f"{E} > Testers", ("Outlet Tester with GFCI Button, 7 Visual Indications", 12),
                          ("Voltline Outlet Tester, Receptacle Polarity, LCD Display", 19),
                          ("Plug-In Outlet Tester, 3-Prong, Audible Alarm", 9)),
    "tester": items(f"{E} > Testers", ("Non-Contact Voltage Tester Pen, 12-1000V", 15),
                    ("Digital Multimeter, Auto-Ranging, Backlit", 29)),
    "dimmer": items(f"{SW} > Dimmers", ("Voltline Dimmer Switch, Slide, LED Compatible, White", 24),
                    ("Rotary Dimmer Switch, 600W, Ivory", 14),
                    ("Smart Dimmer Switch, Wi-Fi, No Hub Required, White", 39),
                    ("3-Way Dimmer Switch, Paddle, Black", 19)),
    "dimmer_acc": items(f"{SW} > Plates & Parts", ("Wall Plate for Dimmer Switches, Decorator, White, 3 Pack", 6),
                        ("Dimmer Switch Replacement Knobs, White, 4 Pack", 5),
                        ("Remote for Smart Dimmer Switches, 4 Buttons, White", 15)),
    "switch": items(f"{SW} > Switches", ("Toggle Light Switch, Single Pole, 15A, White", 3),
                    ("Decorator Rocker Switch, 10 Pack, White", 21)),
    "strip": items(f"{E} > Power Strips", ("Voltline Power Strip, 6 Outlets, 1.8m Cord, White", 19),
                   ("Power Strip with USB, 4 Outlets, Flat Plug, White", 15),
                   ("Heavy Duty Power Strip, 12 Outlets, Metal Housing, Black", 39),
                   ("Surge Protector Power Strip, 8 Outlets, 2 USB, White", 29),
                   ("Slim Power Strip, 3 Outlets, Travel Size, White", 12), ("Basic Power Strip, 4 Outlets, Black", 8)),
    "strip_acc": items(f"{E} > Power Strips > Accessories", ("Adhesive Mounts for Power Strips, White, 4 Pack", 6),
                       ("Cable Management Box for Power Strips, Large, White", 19),
                       ("Power Strip Replacement Outlet Covers, Childproof, White, 12 Pack", 5)),
    "noise": each(("Work Light, LED, Magnetic Base, Rechargeable", f"{L} > Work Lights", 25),
                  ("Wire Stripper, 10-22 AWG, Spring Loaded", f"{E} > Tools", 14)),
}

S = "Home Security"
CAMS = f"{S} > Cameras"

GUARD = {
    "lockbox": items(f"{S} > Key Storage > Lock Boxes",
                     ("Keyvault Lock Box, Wall Mount, 4-Digit Combination, Black", 29),
                     ("Portable Lock Box, Shackle, Resettable Code, Grey", 24),
                     ("Lock Box with Push Button Code, Weatherproof Cover", 35)),
    "padlock": items(f"{S} > Locks > Padlocks", ("Keyvault Padlock, Laminated Steel, 40mm, Keyed Alike, 2 Pack", 19),
                     ("Combination Padlock, 4 Dial, Brass, 50mm", 12), ("Shrouded Padlock, Boron Shackle, 60mm", 34)),
    "hasp": items(f"{S} > Locks > Hasps", ("Padlock Hasp, Heavy Duty, 6in, Zinc Plated", 9),
                  ("Swivel Padlock Hasp, Stainless Steel, 4.5in", 12),
                  ("Keyvault Padlock Hasp, Concealed Screws, Black", 15)),
    "smoke": items(f"{S} > Fire Safety > Smoke Detectors", ("Brightguard Smoke Detector, 10-Year Battery, White", 29),
                   ("Photoelectric Smoke Detector, Hardwired, Battery Backup, White", 24),
                   ("Smoke Detector and CO Alarm Combo, Voice Warning, White", 49),
                   ("Mini Smoke Detector, Interconnected, 3 Pack, White", 39),
                   ("Basic Smoke Detector, 9V Battery, Ivory", 9),
                   ("Smart Smoke Detector, Wi-Fi, App Alerts, Black", 59)),
    "smoke_acc": items(f"{S} > Fire Safety > Detector Accessories",
                       ("Mounting Bracket for Smoke Detectors, Universal, White", 6),
                       ("Smoke Detector Replacement Battery, 9V Lithium, 2 Pack", 14),
                       ("Protective Wire Cage for Smoke Detectors, White", 12)),
    "safe": items(f"{S} > Safes", ("Fireproof Safe, 1.2 Cu Ft, Digital Keypad, Black", 189),
                  ("Fireproof Document Safe, Waterproof, Key Lock, Grey", 59),
                  ("Keyvault Fireproof Safe, Biometric, 0.8 Cu Ft, Black", 249),
                  ("Fireproof Safe Box, Water Resistant, 0.5 Cu Ft, Black", 99)),
    "safe_acc": items(f"{S} > Safes > Safe Accessories", ("Dehumidifier Rod for Fireproof Safes, 12in", 29),
                      ("Motion LED Light for Fireproof Safes, Rechargeable", 15),
                      ("Fireproof Safe Replacement Keys, 2 Pack", 12),
                      ("Floor Anchor Kit for Fireproof Safes, Black", 19)),
    "domecam": items(f"{CAMS} > Dome Cameras", ("Brightguard Dome Camera, 4MP, Night Vision, PoE, White", 69),
                     ("Indoor Dome Camera, 1080p, Pan Tilt, Two-Way Audio", 39),
                     ("Vandal-Proof Dome Camera, IK10, 5MP, Grey", 89)),
    "domecam_acc": items(f"{CAMS} > Camera Accessories", ("Junction Box for Dome Cameras, Waterproof, White", 15),
                         ("Dome Camera Replacement Bubble Cover, Clear", 9),
                         ("Wall Mount Bracket for Dome Cameras, Aluminium", 12)),
    "noise": each(("Wall Safe, Hidden, Electronic Lock, 14in", f"{S} > Safes", 79),
                  ("Bullet Camera, 4K, Outdoor, Colour Night Vision", f"{CAMS} > Bullet Cameras", 79),
                  ("Wi-Fi Doorbell Camera, 2K, Chime Included", f"{CAMS} > Doorbells", 99),
                  ("Door Viewer, 200 Degree, Brass", f"{S} > Doors", 12),
                  ("Window Alarm, Magnetic Contact, 4 Pack", f"{S} > Alarms", 19),
                  ("Security Yard Sign, Reflective Aluminium", f"{S} > Signs", 15)),
}

SH, HA = "照明", "配線器具"
FLOOD = f"{SH} > 投光器"

DENKI = {
    "floodlight": items(FLOOD, ("投光器 LED 50W 屋外 防水 IP66 昼光色 黒", 2980), ("LED投光器 100W 作業灯 コンセント式 5mコード 黒", 4480),
                        ("充電式 投光器 30W ポータブル マグネット付 黄", 1480), ("Floodlight, LED 80W, Outdoor, IP65, Black", 3480),
                        ("投光器 LED 20W 小型 屋外 黒", 1780)),
    "standflood": items(FLOOD, ("スタンド投光器 LED 40W 三脚付き 高さ調節 黒", 3980), ("スタンド 投光器 2灯 LED 作業灯 三脚 昼光色", 5980)),
    "floodstand": items(f"{FLOOD} > 投光器スタンド", ("投光器スタンド 三脚 伸縮 2灯用 最大160cm", 2480),
                        ("投光器 スタンド 1灯 折りたたみ 軽量 アルミ", 1680)),
    "stand": items(f"{SH} > スタンド・三脚", ("三脚スタンド 汎用 アルミ 最大180cm", 1980), ("ライトスタンド 撮影用 伸縮 2m 2本セット", 2980)),
    "floodlight_acc": items(f"{FLOOD} > 投光器部品", ("投光器用 取付金具 L型 ステンレス 黒 2個", 480),
                            ("投光器専用 延長コード 10m 防雨型", 1280), ("投光器対応 マグネットベース 強力 黒", 980)),
    "tap": items(f"{HA} > 電源タップ", ("電源タップ 6個口 2m 雷ガード 白", 1480), ("電源タップ 4個口 USB付き 1m 白", 1280),
                 ("電源タップ 3個口 スイッチ付き 延長コード 2m 白", 980), ("Power Strip, 6 Outlets, Surge Protector, 2m, White", 1680),
                 ("電源タップ 2個口 コンパクト 黒", 580)),
    "tap_acc": items(f"{HA} > 電源タップ > タップ小物", ("電源タップ用 収納ボックス ケーブル隠し 白", 1980),
                     ("電源タップ専用 固定ホルダー 粘着 白 2個", 480), ("電源タップ対応 安全カバー 差込口 白 10個", 380)),
    "cord": items(f"{HA} > 延長コード", ("延長コード 3m 1個口 白", 580), ("延長コード 5m 3個口 ほこり防止 白", 980)),
    "cordcover": items(f"{HA} > 配線モール", ("コードカバー 配線モール 1m 5本 白 テープ付き", 880),
                       ("コード カバー 床用 踏んでも安心 3m グレー", 1280), ("コードカバー スパイラル 巻き付け 5m 黒", 480)),
    "battery": items(f"{HA} > 電池", ("アルカリ乾電池 単3形 20本パック", 880), ("ニッケル水素電池 単4形 充電式 4本", 1280)),
    "checker": items(f"{HA} > 電池 > 電池チェッカー", ("電池チェッカー デジタル 単1〜単5 9V 測定", 1180),
                     ("電池 チェッカー アナログ 乾電池 残量 測定器", 680), ("バッテリーチェッカー 電池 残量 液晶表示", 980)),
    "tapelight": items("Lighting > Tape Lights", ("LED Tape Light, 5m, RGB, Remote Control", 1980),
                       ("テープライト LED 5m 電球色 両面テープ USB給電", 1480), ("Waterproof LED Tape Light, 10m, Warm White", 2980),
                       ("テープライト 間接照明 2m 昼白色 カット可能", 980)),
    "smartplug": items(f"{HA} > スマートプラグ", ("Smart Plug, Wi-Fi, Energy Monitoring, 2 Pack", 2480),
                       ("スマートプラグ Wi-Fi 音声操作 タイマー 2個セット", 1980), ("Mini Smart Plug, Voice Control, 4 Pack", 3480)),
    "cordreel": items(f"{HA} > コードリール", ("Cord Reel, 30m, 4 Outlets, Thermal Cut-Out", 6980),
                      ("コードリール 20m 4個口 防雨型 アース付", 5980), ("Retractable Cord Reel, 10m, Ceiling Mount", 8980),
                      ("コードリール 10m 3個口 ブレーカー付 屋内", 3480)),
    "bulb": items("Lighting > Bulbs", ("LED電球 E26 60W形 昼光色 4個", 980), ("LED電球 E17 小形 40W形 電球色", 580),
                  ("Smart Bulb, E26, Colour, Wi-Fi", 1480)),
    "socketadapter": items("Lighting > Bulbs > Socket Adapters", ("ソケット変換アダプター E17→E26 2個", 580),
                           ("ソケット 変換 アダプタ E26→E17 4個セット", 780), ("ソケット延長アダプター E26 5cm", 480)),
}

BC, BG, LK = "防犯カメラ", "防犯グッズ", "Locks"

BOUHAN = {
    "lightcam": items(f"{BC} > ライトカメラ", ("ライトカメラ 屋外 Wi-Fi 人感センサー 白", 6980),
                      ("防犯カメラ ライト付き ソーラー 屋外 無線 録画", 8980), ("ライトカメラ 2台セット LED投光 防犯 夜間カラー", 12800)),
    "cam": items(f"{BC} > 屋外カメラ", ("防犯カメラ 屋外 Wi-Fi 400万画素 夜間カラー 白", 5980), ("防犯カメラ 有線 PoE 4台セット 録画機付き", 29800),
                 ("Outdoor Security Camera, 2K, Solar Powered, Wireless", 7980))
    + items(f"{BC} > 屋内カメラ", ("見守りカメラ 屋内 首振り ペット 1080P", 3980)),
    "camlight": items(f"{BG} > 防犯ライト > 補助ライト", ("カメラライト 赤外線 IR投光器 850nm 12V 屋外", 3480),
                      ("カメラ ライト 補助照明 白色LED 防水 IP66", 2980)),
    "sensorcam": items(f"{BC} > センサーカメラ", ("センサーカメラ 屋外 電池式 SDカード録画 赤外線", 4980),
                       ("センサーカメラ 人感 自動録画 小型 防水", 3980),
                       ("Motion Sensor Camera, Battery Powered, 1080p, Night Vision", 5480)),
    "sensor": items(f"{BG} > センサー", ("人感センサー ワイヤレス 電池式 屋内 アラーム", 1980), ("開閉センサー 窓 ドア 防犯 2個セット", 1280),
                    ("振動センサー ガラス 防犯 大音量", 980)),
    "domecam": items("Security Cameras > Dome Cameras", ("ドームカメラ 屋内 天井 500万画素 PoE 白", 6980),
                     ("Dome Security Camera, 4MP, Indoor, Ceiling Mount, White", 5980),
                     ("ドームカメラ 防犯 有線 赤外線 夜間 2台セット", 9980)),
    "keybox": items(f"{LK} > Key Boxes", ("Key Lock Box, Wall Mounted, 4-Digit Code, Black", 2980),
                    ("キーボックス 暗証番号 壁掛け 屋外 防水", 2480), ("キーボックス ダイヤル式 南京錠型 鍵収納", 1980),
                    ("Key Box with Combination Lock, 20 Hooks, Steel", 4980)),
    "safe": items(f"{LK} > Safes", ("耐火金庫 テンキー 30L 黒", 19800), ("Home Safe, Electronic Keypad, 20L, Black", 9980),
                  ("手提げ金庫 A4 ダイヤル 鍵付き", 3980), ("金庫 家庭用 小型 電子ロック 15L", 7980)),
    "safe_acc": items(f"{LK} > Safes", ("金庫用 乾燥剤 シリカゲル 3個", 580)),
    "doorchain": items(f"{LK} > Door Chains", ("ドアチェーン 玄関 後付け ステンレス", 1480), ("ドアチェーン 防犯 補助錠 サテン 取付ネジ付", 1280),
                       ("ドアチェーン 内開き 真鍮 ゴールド", 1980)),
    "chime": items(f"{BG} > ワイヤレスチャイム", ("ワイヤレスチャイム 呼び出しベル 送信機1 受信機1 白", 2480),
                   ("ワイヤレスチャイム 防水 玄関 電池不要 白", 2980), ("ワイヤレスチャイム 介護 呼び出し 受信機2台 黒", 3480),
                   ("Wireless Doorbell Chime, 300m Range, 52 Melodies, White", 1980),
                   ("ワイヤレスチャイム 小型 USB給電 ブラウン", 1680)),
    "chime_acc": items(f"{BG} > ワイヤレスチャイム > 交換部品", ("ワイヤレスチャイム用 追加送信機 押しボタン 白", 980),
                       ("ワイヤレスチャイム専用 ACアダプター 5V", 780), ("ワイヤレスチャイム対応 防水カバー 白", 580)),
    "buzzer": items(f"{BG} > 防犯ブザー", ("防犯ブザー 大音量 130dB ライト付き ランドセル 青", 680),
                    ("防犯ブザー 140dB 子供 防水 ピンク", 1280), ("防犯ブザー 充電式 女性 キーホルダー型 黒", 1480),
                    ("防犯ブザー 電池式 ピン抜き 黒", 780), ("Personal Safety Alarm, 130dB, Keychain, LED Light, Black", 1180)),
    "buzzer_acc": items(f"{BG} > 防犯ブザー > 交換部品", ("防犯ブザー用 電池 LR44 10個", 380),
                        ("防犯ブザー専用 ストラップ 交換用 黒", 280), ("防犯ブザー対応 ホルダー ランドセル 取付 黒", 480)),
    "noise": each(("補助錠 窓 サッシ 鍵付き 2個", f"{LK} > Window Locks", 980), ("南京錠 ダイヤル式 4桁 黒", f"{LK} > Padlocks", 880),
                  ("チェーンロック 自転車 ダイヤル式 120cm", f"{LK} > Bike Locks", 1480)),
}

SHOPS = {"lamps": LAMPS, "guard": GUARD, "denki": DENKI, "bouhan": BOUHAN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("lamps", "tree lights", "treelight", ["light"], ["lighttree"]),
    two_types("lamps", "light tree", "lighttree", ["tree"], ["treelight"]),
    two_types("lamps", "tent light", "tentlight", ["light"], ["lighttent"]),
    two_types("denki", "投光器 スタンド", "floodstand", ["stand"], ["standflood"]),
    two_types("denki", "スタンド 投光器", "standflood", ["floodlight"], ["floodstand"]),
    two_types("bouhan", "ライト カメラ", "lightcam", ["cam"], ["camlight"]),
    # --- 2. a leading product word that modifies the head
    qualifies("lamps", "outlet tester", ["outlettester"], ["outlet"]),
    qualifies("lamps", "lamp cord", ["lampcord"], ["lamp"]),
    qualifies("guard", "lock box", ["lockbox"], ["padlock"]),
    qualifies("guard", "padlock hasp", ["hasp"], ["padlock"]),
    qualifies("denki", "コード カバー", ["cordcover"], ["cord"]),
    qualifies("denki", "電池 チェッカー", ["checker"], ["battery"]),
    qualifies("bouhan", "センサー カメラ", ["sensorcam"], ["sensor"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("lamps", "dimmer switch", ["dimmer"], ["dimmer_acc"]),
    accessories("lamps", "power strip", ["strip"], ["strip_acc"]),
    accessories("guard", "smoke detector", ["smoke"], ["smoke_acc"]),
    accessories("guard", "fireproof safe", ["safe"], ["safe_acc"]),
    accessories("guard", "dome camera", ["domecam"], ["domecam_acc"]),
    accessories("denki", "投光器", ["floodlight", "standflood"], ["floodlight_acc", "floodstand"]),
    accessories("bouhan", "ワイヤレスチャイム", ["chime"], ["chime_acc"]),
    accessories("bouhan", "防犯ブザー", ["buzzer"], ["buzzer_acc"]),
    # white power strips: Voltline 6 outlets 19, USB 15, surge 29, slim 12 (black ones 39 and 8; white accessories 5-19)
    price("lamps", "affordable white power strip", "strip-4", ["strip_acc"]),
    # white smoke detectors: 10-year 29, hardwired 24, combo 49, mini 3 pack 39 (an ivory one 9, a black one 59;
    # white accessories 6 and 12)
    price("guard", "budget white smoke detector", "smoke-1", ["smoke_acc"]),
    # black fireproof safes: keypad 189, biometric 249, safe box 99 (a grey document safe 59; a black anchor kit 19)
    price("guard", "cheap black fireproof safe", "safe-3", ["safe_acc"]),
    # black floodlights: 50W 2980, 100W 4480, English 80W 3480, 20W 1780 (a yellow rechargeable one 1480; black
    # fittings 480 and 980)
    price("denki", "格安 黒 投光器", "floodlight-4", ["floodlight_acc", "floodstand"]),
    # white power taps: 6口 1480, 4口 1280, 3口 980, English 1680 (a black 2口 580; white tap accessories 380-1980)
    price("denki", "安い 白 電源タップ", "tap-2", ["tap_acc"]),
    # white wireless chimes: 2480, 2980, English 1980 (a brown one 1680, a black one 3480; white accessories 580, 980)
    price("bouhan", "お手頃 白 ワイヤレスチャイム", "chime-3", ["chime_acc"]),
    # black buzzers: rechargeable 1480, pin 780, English 1180 (a blue one 680; black accessories 280, 480)
    price("bouhan", "激安 黒 防犯ブザー", "buzzer-3", ["buzzer_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("denki", "テープライト", "tapelight"),
    mixed("denki", "スマートプラグ", "smartplug"),
    mixed("denki", "コードリール", "cordreel"),
    mixed("denki", "socket adapter", "socketadapter"),
    mixed("bouhan", "ドームカメラ", "domecam"),
    mixed("bouhan", "キーボックス", "keybox"),
    mixed("bouhan", "金庫", "safe"),
    mixed("bouhan", "door chain", "doorchain"),
]

_SAFE = "the dearer black keypad safe (189) first, the cheapest black one, 'Fireproof Safe Box' (99), third"
LIMITS = {
    ("blind103", "price:guard:cheap_black_fireproof_safe", "categories-lexical"): _SAFE,
    ("blind103", "price:guard:cheap_black_fireproof_safe", "categories-dense"): _SAFE,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind103(q: Q, setup: str, known_limit):
    known_limit("blind103")
    check(q, setup, ENGINES)


def test_blind103_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "black": "Black", "白": "White", "黒": "Black"})
