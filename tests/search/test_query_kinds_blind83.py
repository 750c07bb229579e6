"""An eighty-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: computer
peripherals, servers and networking (English), smart home security, climate and garage (English),
a Japanese shop of PC周辺機器・スマホアクセサリー (part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: Docking Station, Trackball,
Card Reader, Tablet Keyboard, Monitor Light Bar) and a Japanese shop of 照明・電材 (lighting and
electrical supplies, with English-titled imports too: Extension Cord, Spotlight, Wall Light,
Pendant Light). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (server rack / rack server, keypad lock / lock keypad,
   タブレット キーボード against キーボード付き タブレット, ペンダント コード / コード ペンダント);
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

Written blind on 2026-12-01 (eighty-third suite), as a measurement only (nothing changed for it):
89 of 94 cases pass, 35 of 37 queries in every setup (two_types 6/7 queries, 15/17 cases;
qualifies 8/8, 19/19; accessories 8/8, 20/20; price 5/6, 13/16; mixed 8/8, 22/22); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 'server rack' (the 42U "Server Rack Cabinet" ranks below the two plain
racks, the laptop rack and the network rack) and お手頃 白 外付けHDD (the two white accessories,
外付けHDD対応 USBケーブル and 外付けHDD用 収納ケース, first; the cheapest white HDD third).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CO = "Computers"
NET, PER, PWR, SRV = f"{CO} > Networking", f"{CO} > Peripherals", f"{CO} > Power", f"{CO} > Servers"
RACKS = f"{NET} > Racks & Cabinets"

PCNET = {
    "serverrack": items(RACKS, ("Rackwell 12U Server Rack, Wall Mount, Glass Door, Black", 289),
                        ("Open Frame Server Rack, 4 Post, 22U, Adjustable Depth", 349),
                        ("Rackwell 42U Server Rack Cabinet, Locking Doors, Vented, Black", 899)),
    "rack": each(("Wall Mount Network Rack, 6U, Open Frame, Black", RACKS, 79),
                 ("Vertical Laptop Rack, 3 Slots, Aluminium, Grey", f"{CO} > Accessories > Laptop Racks", 29)),
    "rack_acc": items(f"{NET} > Rack Accessories", ("Cage Nuts and Screws for Server Racks, M6, 50 Pack", 14),
                      ("Blanking Panels for 19 Inch Racks, 1U, 5 Pack, Black", 25)),
    "rackserver": items(f"{SRV} > Rack Servers", ("Stratus R1 Rack Server, 1U, Xeon E-2314, 16GB RAM", 1499),
                        ("Rack Server, 2U, Dual Xeon Silver, 64GB, 8 Hot-Swap Bays", 3299),
                        ("Refurbished 1U Rack Server, 32GB, 2x 1TB SAS", 649)),
    "server": items(f"{SRV} > Tower Servers", ("Stratus T1 Tower Server, Xeon E-2324G, 16GB, 2TB", 1199),
                    ("Mini Home Server, Intel N100, 4 Drive Bays, 8GB", 399)),
    "kvm": items(f"{PER} > KVM Switches", ("Linkmate 2 Port KVM Switch, HDMI 4K, USB, Black", 49),
                 ("Linkmate 4 Port KVM Switch, Dual Monitor, DisplayPort, Black", 159),
                 ("KVM Switch, 2 Port, USB-C and HDMI, Silver", 39),
                 ("8 Port Rackmount KVM Switch, VGA, 1U, Black", 289)),
    "kvm_acc": items(f"{PER} > KVM Accessories",
                     ("KVM Cables for Linkmate KVM Switches, HDMI + USB, 1.5m, 2 Pack, Black", 19),
                     ("Replacement Power Adapter for KVM Switch, 5V 2A, Black", 12),
                     ("Wired Remote Button for KVM Switches, Desktop, Black", 15)),
    "ups": items(f"{PWR} > UPS Battery Backups", ("Voltguard 600VA UPS Battery Backup, 6 Outlets, Black", 79),
                 ("Voltguard 1500VA UPS Battery Backup, Pure Sine Wave, LCD", 229),
                 ("Battery Backup UPS, 850VA, Surge Protector, 10 Outlets", 119)),
    "ups_acc": items(f"{PWR} > UPS Accessories", ("Replacement Battery for Voltguard Battery Backup, 12V 7Ah", 29),
                     ("UPS Replacement Battery Cartridge, 12V 9Ah, 2 Pack", 59),
                     ("Network Management Card for Battery Backup Units", 149)),
    "bungee": items(f"{PER} > Mouse Accessories", ("Cordguide Mouse Bungee, Cable Holder, RGB, Black", 19),
                    ("Mouse Bungee with 4-Port USB Hub, White", 29),
                    ("Gaming Mouse Bungee, Weighted Base, Spring Arm", 15)),
    "mouse": items(f"{PER} > Mice", ("Cordguide Wired Gaming Mouse, 12000 DPI, Black", 39),
                   ("Wireless Mouse, Silent Click, 2.4GHz, Grey", 15),
                   ("Ergonomic Vertical Mouse, Bluetooth, Black", 29)),
    "tester": items(f"{NET} > Network Tools", ("Netprobe Cable Tester, RJ45 RJ11, LAN Network", 19),
                    ("Network Cable Tester with Tone Generator, Wire Tracer", 39),
                    ("PoE Cable Tester, Cat6 Cat5e, Pass/Fail Display", 59)),
    "cable": items(f"{CO} > Cables", ("Cat6 Ethernet Cable, 10m, Flat, Blue", 12),
                   ("Netprobe Cat8 Ethernet Cable, 3m, Braided, Black", 15), ("USB-C to USB-C Cable, 100W, 2m", 11),
                   ("HDMI Cable, 4K 60Hz, 1.8m", 9)),
    "laptoplock": items(f"{CO} > Accessories > Security Locks", ("Kensafe Laptop Lock, Combination, 1.8m Cable", 29),
                        ("Keyed Laptop Lock for Wedge Slot, Master Key", 35),
                        ("Laptop Lock, Nano Slot, Combination, Silver", 32)),
    "laptop": items(f"{CO} > Laptops", ("Novabook 14 Laptop, Ryzen 5, 16GB, 512GB SSD, Silver", 699),
                    ("Novabook 16 Laptop, Core i7, 32GB, 1TB, Grey", 1199)),
    "noise": each(("Wireless Keyboard, Slim, Scissor Keys, Black", f"{PER} > Keyboards", 29),
                  ("Gigabit Network Switch, 8 Port, Unmanaged, Metal", f"{NET} > Switches", 25)),
}

SH = "Smart Home"
SEC, CLIM, LIGHT, GAR = f"{SH} > Security", f"{SH} > Climate", f"{SH} > Lighting", f"{SH} > Garage"

HOME = {
    "keypadlock": items(f"{SEC} > Smart Locks", ("Securo Keypad Lock, Smart Deadbolt, Fingerprint, Satin Nickel", 179),
                        ("Keypad Lock, Electronic Deadbolt, Auto Lock, Matte Black", 99),
                        ("Keypad Door Lock with Lever Handle, Keyless Entry, Bronze", 69)),
    "lock": items(f"{SEC} > Smart Locks", ("Securo Smart Lock, Wi-Fi Retrofit, Keeps Existing Keys, Silver", 149),
                  ("Smart Lever Lock, Bluetooth, App Control, Black", 129)),
    "lockkeypad": items(f"{SEC} > Lock Accessories",
                        ("Securo Lock Keypad, Wireless PIN Pad for Smart Locks, Black", 49),
                        ("Smart Lock Keypad, Bluetooth, Backlit, IP65", 39),
                        ("Fingerprint Lock Keypad, Wireless, Silver", 59)),
    "keypad": items(f"{SEC} > Alarm Systems", ("Security System Keypad, Wireless, Backlit, White", 45),
                    ("Alarm Keypad with RFID Reader, Wired", 39)),
    "thermostat": items(f"{CLIM} > Thermostats", ("Thermiq Smart Thermostat, Wi-Fi, Touchscreen, White", 129),
                        ("Smart Thermostat with Room Sensor, Alexa Compatible, White", 169),
                        ("Thermiq Smart Thermostat Lite, Wi-Fi, Black", 79),
                        ("Programmable Smart Thermostat, 7-Day Schedule, White", 89)),
    "guard": items(f"{CLIM} > Thermostat Accessories", ("Thermostat Guard, Lockable Clear Cover, Large, White", 25),
                   ("Clear Thermostat Guard with Key Lock, Universal", 29),
                   ("Thermostat Guard Cage, Metal, Wall Mount", 35)),
    "thermostat_acc": items(f"{CLIM} > Thermostat Accessories", ("Wall Plate for Thermiq Smart Thermostats, White", 15),
                            ("C-Wire Adapter for Smart Thermostats, 24V", 22),
                            ("Remote Room Sensor for Smart Thermostats, 2 Pack, White", 49)),
    "changer": items(f"{LIGHT} > Lighting Tools", ("Reachpro Bulb Changer, Telescopic Pole, 3.6m, with 2 Heads", 39),
                     ("Light Bulb Changer for High Ceilings, Suction Cup Head", 19),
                     ("Bulb Changer Kit, Basket and Suction Heads, 2m Pole", 29)),
    "bulb": items(f"{LIGHT} > Smart Bulbs", ("Lumio Smart Bulb, E27 A60, Colour, Wi-Fi, 2 Pack", 29),
                  ("Smart LED Bulb, GU10, Tunable White, 4 Pack", 39),
                  ("Lumio Filament Smart Bulb, E27, Warm White", 19),
                  ("Smart Light Bulb, B22, Matter, 806lm", 15)),
    "opener": items(f"{GAR} > Garage Door Openers", ("Liftly Smart Garage Door Opener, Belt Drive, 1/2 HP, Wi-Fi", 279),
                    ("Garage Door Opener, Chain Drive, 3/4 HP, 2 Remotes", 199),
                    ("Wall Mount Garage Door Opener, Jackshaft, Wi-Fi", 449)),
    "opener_acc": items(f"{GAR} > Opener Accessories", ("Remote Control for Liftly Garage Door Openers, 3 Button", 25),
                        ("Garage Door Opener Replacement Belt, 8ft Door", 45),
                        ("Rail Extension Kit for Garage Door Openers, 8ft", 39)),
    "noise": each(("Smart Plug, Wi-Fi, Energy Monitoring, 4 Pack", f"{SH} > Plugs & Outlets", 39),
                  ("Smart Smoke Alarm, Wi-Fi, 10 Year Battery", f"{SH} > Safety > Smoke Alarms", 49)),
}

PC, PE, SP = "PC周辺機器", "PC Peripherals", "Smartphone Accessories"
KB, MON, HDD = f"{PC} > キーボード", f"{PC} > モニター", f"{PC} > ストレージ > 外付けHDD"

PCJP = {
    "tabletkb": items(f"{KB} > タブレット キーボード", ("タブレット キーボード Bluetooth 薄型 日本語配列 黒", 2980),
                      ("タブレット キーボード 折りたたみ タッチパッド付き", 3980),
                      ("Tablet Keyboard, Bluetooth, Multi-Device, Compact, White", 3480)),
    "keyboard": items(KB, ("メカニカル キーボード 青軸 テンキーレス RGB", 6980), ("ワイヤレス キーボード テンキー付き 静音 白", 2480),
                      ("Mechanical Keyboard, 75%, Hot-Swap, Brown Switches", 8980)),
    "kbtablet": items("タブレット > 2in1 タブレット", ("キーボード付き タブレット 10.1インチ 2in1 Android 64GB", 19800),
                      ("キーボード 一体型 タブレット 11インチ Windows", 39800)),
    "tablet": items("タブレット > Android タブレット", ("タブレット 10インチ Android Wi-Fi 64GB グレー", 14800),
                    ("Android Tablet, 11 inch, 128GB, Wi-Fi, Grey", 21800)),
    "monlight": items(f"{PC} > モニターライト", ("モニターライト USB給電 リモコン付き 調光 黒", 3980),
                      ("モニターライト 掛け式 非対称配光 タッチ操作", 5980), ("モニターライト クリップ式 USB 昼白色", 2480),
                      ("Monitor Light Bar, USB-C, Auto Dimming, Black", 4480)),
    "monitor": items(MON, ("モニター 27インチ 4K IPS USB-C 65W給電", 39800), ("ゲーミングモニター 24.5インチ 240Hz 1ms", 29800),
                     ("モニター 23.8インチ フルHD 薄型 白", 15800)),
    "mobmon": items(f"{MON} > モバイルモニター", ("モバイルモニター 15.6インチ フルHD USB-C 黒", 12800),
                    ("モバイルモニター 13.3インチ 軽量 スタンドカバー付き 黒", 9980),
                    ("モバイルモニター 10.1インチ 小型 白", 8980), ("モバイルモニター 17.3インチ ゲーミング 144Hz 黒", 24800)),
    "mobmon_acc": items(f"{PC} > モニターアクセサリー", ("モバイルモニター用 保護ケース 15.6インチ 黒", 1980),
                        ("モバイルモニター専用 USB-Cケーブル 1m 黒", 980),
                        ("モバイルモニター対応 スタンド アルミ 折りたたみ 黒", 1680)),
    "hdd": items(HDD, ("外付けHDD 2TB USB3.2 ポータブル 黒", 8980), ("外付けHDD 4TB 据え置き テレビ録画対応 白", 12800),
                 ("外付けHDD 1TB ポータブル 薄型 白", 6980), ("外付けHDD 500GB ポータブル 黒", 4980)),
    "hdd_acc": items(f"{PC} > ストレージ > HDDアクセサリー", ("外付けHDD用 収納ケース 2.5インチ 耐衝撃 白", 880),
                     ("外付けHDD専用 ACアダプター 12V 黒", 1280), ("外付けHDD対応 USBケーブル 1.5m 白", 680)),
    "dock": items(f"{PE} > Docking Stations", ("ドッキングステーション USB-C 12in1 トリプルディスプレイ", 12800),
                  ("Docking Station, USB-C, Dual HDMI, 100W PD, 11-in-1", 9980),
                  ("Thunderbolt 4 Docking Station, 8K, 96W", 32800)),
    "trackball": items(f"{PE} > Mice > Trackballs", ("Trackball Mouse, Wireless, Thumb Control, Bluetooth", 5980),
                       ("Ergonomic Trackball, Finger Operated, 34mm Ball, USB", 7980),
                       ("トラックボール マウス 親指 ワイヤレス 静音", 4980)),
    "cardreader": items(f"{PE} > Card Readers", ("SDカードリーダー USB-C 2in1 microSD", 1280),
                        ("Card Reader, USB 3.0, SD/microSD/CF, Aluminium", 1980),
                        ("Memory Card Reader, USB-C, UHS-II, Dual Slot", 3480)),
    "phonestand": items(f"{SP} > Phone Stands", ("スマホスタンド 卓上 折りたたみ アルミ 角度調整 シルバー", 1480),
                        ("スマホスタンド 木製 シンプル", 980), ("スマホ スタンド 充電しながら 高さ調整 黒", 1980)),
    "noise": each(("USBハブ 7ポート 個別スイッチ", f"{PC} > USBハブ", 2480),
                  ("ワイヤレスマウス 静音 3ボタン 黒", f"{PC} > マウス", 1280)),
}

SHOMEI, DZ, EL, LT = "照明", "電材", "Electrical", "Lighting"
DOWN, TRACK, WIRING = f"{SHOMEI} > ダウンライト", f"{SHOMEI} > ダクトレール", f"{DZ} > 配線器具"

DENZAI = {
    "pendcord": items(f"{DZ} > 照明パーツ", ("ペンダントコード E26 ソケット付き 1m 黒", 1280),
                      ("ペンダントコード 引掛シーリング 長さ調節 白", 1480), ("ペンダントコード 3灯 E17 真鍮", 3980)),
    "cord": items(f"{EL} > Extension Cords", ("延長コード 3m 3個口 白", 880), ("延長コード 5m 雷ガード 黒", 1480),
                  ("延長コード 1m スイッチ付き 2個口", 680), ("Extension Cord, 3m, 3 Outlets, White", 980),
                  ("Extension Cord, 5m, Flat Plug, Black", 1280)),
    "cordpend": items(f"{SHOMEI} > ペンダントライト", ("コードペンダント 1灯 ガラスシェード E26 アンバー", 6980),
                      ("コードペンダント 北欧 木製 ナチュラル", 5480), ("コードペンダント アルミ 黒 φ30cm", 4980)),
    "pendant": items(f"{SHOMEI} > ペンダントライト", ("ペンダントライト チェーン吊り 3灯 アンティーク", 8980),
                     ("ペンダントライト LED 調光 リモコン付き 和風", 7980),
                     ("Pendant Light, Industrial, Metal Shade, Black", 5980)),
    "downlight": items(DOWN, ("ダウンライト LED 埋込穴φ100 昼白色 白", 2480), ("ダウンライト 人感センサー付き φ75 電球色 白", 3480),
                       ("ダウンライト LED φ125 調光 黒", 1980), ("ダウンライト 浴室 防湿型 φ100 白", 2980)),
    "downlight_acc": items(f"{DOWN} > ダウンライト部品", ("ダウンライト用 LED電球 E17 ミニクリプトン形 2個", 980),
                           ("ダウンライト専用 化粧枠 リニューアルプレート φ150 白", 880),
                           ("ダウンライト対応 人感センサーソケット E26 白", 1480)),
    "track": items(TRACK, ("ダクトレール 1m 白 簡易取付 引掛シーリング", 2480), ("ダクトレール 1.5m 黒 回転 伸縮", 3280),
                   ("ダクトレール 2m 黒 天井直付け 埋込", 3980)),
    "track_acc": items(f"{TRACK} > ダクトレール部品", ("ダクトレール用 フック 黒 3個", 480),
                       ("ダクトレール専用 エンドキャップ 黒 2個", 280), ("ダクトレール対応 引掛シーリングプラグ 白", 680)),
    "spot": items(f"{LT} > Spotlights", ("スポットライト ダクトレール用 E26 黒", 1980),
                  ("Spotlight, GU10, Adjustable Head, Track Mount, White", 2480),
                  ("LED Spotlight, Clip-On, 7W, Black", 1680),
                  ("Ceiling Spotlight, 3 Heads, Bar, Black", 4980)),
    "walllight": items(f"{LT} > Wall Lights", ("Wall Light, Indoor, Brass, Glass Shade", 5980),
                       ("ウォールライト 屋外 防水 人感センサー 黒", 3980), ("LED Wall Light, Up Down, Aluminium, Grey", 3480)),
    "cutter": items(f"{DZ} > 工具", ("ケーブルカッター VVF 切断 150mm", 1980), ("ケーブルカッター ラチェット式 太線用", 4980),
                    ("VVFケーブル カッター ストリッパー 多機能", 2480)),
    "cable": items(f"{DZ} > 電線・ケーブル", ("VVFケーブル 1.6mm 2芯 100m 灰", 9800), ("VVFケーブル 2.0mm 3芯 50m", 8800),
                   ("LANケーブル CAT6 10m 白", 1280)),
    "outletcover": items(f"{WIRING} > コンセントカバー", ("コンセントカバー いたずら防止 10個 白", 480),
                         ("コンセントカバー 回転式 ほこり防止 透明 6個", 580),
                         ("コンセントカバー 差し込みタイプ 安全キャップ 20個", 398)),
    "outlet": items(f"{WIRING} > コンセント", ("埋込コンセント 2口 ワイド 白", 380), ("USBコンセント 埋込 Type-C 2ポート 白", 2480),
                    ("防水コンセント 屋外 2口 グレー", 1980)),
    "switch": items(f"{EL} > Wall Switches", ("埋込スイッチ 片切 ワイド 白", 280), ("ほたるスイッチ 3路 ワイド 白", 580),
                    ("調光スイッチ LED対応 埋込 白", 3980)),
}

SHOPS = {"pcnet": PCNET, "home": HOME, "pcjp": PCJP, "denzai": DENZAI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pcnet", "server rack", "serverrack", ["rack"], ["rackserver"]),
    two_types("pcnet", "rack server", "rackserver", ["server"], ["serverrack"]),
    two_types("home", "keypad lock", "keypadlock", ["lock"], ["lockkeypad"]),
    two_types("home", "lock keypad", "lockkeypad", ["keypad"], ["keypadlock"]),
    two_types("pcjp", "タブレット キーボード", "tabletkb", ["keyboard"], ["kbtablet"]),
    two_types("denzai", "ペンダント コード", "pendcord", ["cord"], ["cordpend"]),
    two_types("denzai", "コード ペンダント", "cordpend", ["pendant"], ["pendcord"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pcnet", "mouse bungee", ["bungee"], ["mouse"]),
    qualifies("pcnet", "cable tester", ["tester"], ["cable"]),
    qualifies("pcnet", "laptop lock", ["laptoplock"], ["laptop"]),
    qualifies("home", "thermostat guard", ["guard"], ["thermostat"]),
    qualifies("home", "bulb changer", ["changer"], ["bulb"]),
    qualifies("pcjp", "モニター ライト", ["monlight"], ["monitor"]),
    qualifies("denzai", "ケーブル カッター", ["cutter"], ["cable"]),
    qualifies("denzai", "コンセント カバー", ["outletcover"], ["outlet"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("pcnet", "kvm switch", ["kvm"], ["kvm_acc"]),
    accessories("pcnet", "battery backup", ["ups"], ["ups_acc"]),
    accessories("home", "smart thermostat", ["thermostat"], ["thermostat_acc", "guard"]),
    accessories("home", "garage door opener", ["opener"], ["opener_acc"]),
    accessories("pcjp", "モバイルモニター", ["mobmon"], ["mobmon_acc"]),
    accessories("pcjp", "外付けHDD", ["hdd"], ["hdd_acc"]),
    accessories("denzai", "ダウンライト", ["downlight"], ["downlight_acc"]),
    accessories("denzai", "ダクトレール", ["track"], ["track_acc"]),
    # black KVM switches: 2-port 49, 4-port 159, rackmount 289 (a silver one 39; black accessories 12-19)
    price("pcnet", "cheap black kvm switch", "kvm-0", ["kvm_acc"]),
    # white thermostats: Thermiq 129, with room sensor 169, programmable 89 (a black Lite 79; white accessories
    # 15-49, a white guard 25)
    price("home", "budget white smart thermostat", "thermostat-3", ["thermostat_acc", "guard"]),
    # black mobile monitors: 15.6" 12800, 13.3" 9980, 17.3" 24800 (a white 10.1" 8980; black accessories 980-1980)
    price("pcjp", "格安 黒 モバイルモニター", "mobmon-1", ["mobmon_acc"]),
    # white external HDDs: 4TB 12800, 1TB 6980 (black ones 4980 and 8980; white accessories 680-880)
    price("pcjp", "お手頃 白 外付けHDD", "hdd-2", ["hdd_acc"]),
    # white downlights: φ100 2480, sensor 3480, bathroom 2980 (a black φ125 1980; white accessories 880-1480)
    price("denzai", "激安 白 ダウンライト", "downlight-0", ["downlight_acc"]),
    # black tracks: 1.5m 3280, 2m 3980 (a white 1m 2480; black accessories 280-480)
    price("denzai", "お手頃 黒 ダクトレール", "track-1", ["track_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("pcjp", "ドッキングステーション", "dock"),
    mixed("pcjp", "トラックボール", "trackball"),
    mixed("pcjp", "カードリーダー", "cardreader"),
    mixed("pcjp", "phone stand", "phonestand"),
    mixed("denzai", "延長コード", "cord"),
    mixed("denzai", "スポットライト", "spot"),
    mixed("denzai", "ウォールライト", "walllight"),
    mixed("denzai", "wall switch", "switch"),
]

_RACK = "the 42U 'Server Rack Cabinet' ranks below both plain racks (the laptop rack and the network rack)"
_HDD = "the two white accessories (外付けHDD対応 USBケーブル, 外付けHDD用 収納ケース) first, the 1TB white HDD third"
LIMITS: dict = {
    ("blind83", "two_types:pcnet:server_rack", "categories-lexical"): _RACK,
    ("blind83", "two_types:pcnet:server_rack", "categories-dense"): _RACK,
    ("blind83", "price:pcjp:お手頃_白_外付けHDD", "categories-lexical"): _HDD,
    ("blind83", "price:pcjp:お手頃_白_外付けHDD", "categories-dense"): _HDD,
    ("blind83", "price:pcjp:お手頃_白_外付けHDD", "categories-latin-only"): _HDD,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind83(q: Q, setup: str, known_limit):
    known_limit("blind83")
    check(q, setup, ENGINES)


def test_blind83_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White"})
