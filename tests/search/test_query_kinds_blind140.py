"""A hundred-and-fortieth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in computer vocabularies earlier suites use little:
home-office desk computing (English: clip lamps and lamp clips, keyboards and keyboard covers, webcams
and webcam lights, wireless mice and their parts, docking stations and their parts), a server-room and
storage shop (English: filter fans and fan filters, network switches and their parts, NAS units and
their parts, SSDs and SSD brackets, UPS units and UPS batteries), a Japanese network and server shop
ネットワーク機器・サーバー (サーバーラック and ラックサーバー, ラック棚板, 無線LANルーター and 中継器 with their
parts; part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords: Patch Panel パッチパネル, Keystone Jack キーストーンジャック, Surge Protector
サージプロテクター) and a Japanese drawing-tablet and streaming shop ペンタブ・配信機材 (ペンタブ and ペンタブ
手袋, 液晶ペンタブレット, USBマイク, マイクアーム, ウェブカメラ with their parts; English-titled imports too: Audio
Interface オーディオインターフェース, Pop Filter ポップフィルター; an English branch of its tree).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (a hundred-and-fortieth suite), as a measurement only (nothing changed
for it): 85 of 85 cases pass, 34 of 34 queries in every setup (two_types 6/6 queries, 14/14 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/7, 19/19); no case fails,
so `LIMITS` is empty. (Six two_types queries rather than eight: the other computer pairs were
already queries of earlier suites.)
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

HO = "Home Office"
LIGHT, INPUT, VIDEO, DOCKS = f"{HO} > Desk Lighting", f"{HO} > Keyboards & Mice", f"{HO} > Webcams", f"{HO} > Docks & Hubs"

DESK = {
    "cliplamp": items(f"{LIGHT} > Clip Lamps", ("Lumen Clip Lamp, LED, Flexible Gooseneck, USB Powered, Black", 24),
                      ("Brightway Clip Lamp for Desk and Headboard, 3 Color Modes, White", 29),
                      ("Lumen LED Clip Lamp, Dimmable, Eye Care, Silver", 32)),
    "lamp": items(f"{LIGHT} > Desk Lamps", ("Lumen LED Desk Lamp with USB Charging Port, Black", 39),
                  ("Architect Desk Lamp, Swing Arm, Metal, Silver", 49),
                  ("Brightway Task Lamp, Dimmable, Touch Control, White", 35)),
    "lampclip": items(f"{LIGHT} > Lamp Parts", ("Lamp Clip Replacement, Spring Clamp for Desk Lamps, 2 Pack", 9),
                      ("Universal Lamp Clip, Metal Clamp Mount, Black", 12)),
    "clip": items(f"{HO} > Cable Management", ("Adhesive Cable Clips, 12 Pack, Black", 7),
                  ("Desk Edge Cable Clips, Silicone, 6 Pack, Grey", 8)),
    "keyboard": items(f"{INPUT} > Keyboards", ("Keyflow Wireless Keyboard, Full Size, Quiet Keys, Black", 39),
                      ("Keyflow Compact Bluetooth Keyboard, Multi-Device, White", 35),
                      ("Mechanical Keyboard, TKL, Brown Switches, Grey", 69),
                      ("Basic USB Keyboard, Wired, Spill Resistant, Black", 15),
                      ("Keyflow Wireless Keyboard, Full Size, White", 45)),
    "kbcover": items(f"{INPUT} > Keyboard Accessories", ("Keyboard Cover for Keyflow Wireless Keyboard, Silicone, Clear", 9),
                     ("Keyboard Dust Cover, Acrylic, Full Size", 19),
                     ("Keyboard Cover Skin, Silicone, Universal, White", 8)),
    "webcam": items(f"{VIDEO} > Webcams", ("Viewpoint 1080p Webcam with Microphone, Black", 39),
                    ("Viewpoint 4K Webcam, Auto Focus, Wide Angle", 89),
                    ("USB Webcam, 1080p, Privacy Shutter, Black", 45)),
    "webcamlight": items(f"{VIDEO} > Webcam Lights", ("Webcam Light, Clip-On LED Fill Light, USB, Dimmable", 19),
                         ("Viewpoint Webcam Light Bar, Monitor Mount, Adjustable Color Temperature", 29),
                         ("Webcam Light Kit, 2 Panels, Suction Mount", 35)),
    "mouse": items(f"{INPUT} > Mice", ("Glide Wireless Mouse, Silent Click, Black", 19),
                   ("Glide Ergonomic Wireless Mouse, Vertical, Black", 29),
                   ("Wireless Mouse, Rechargeable, Slim, Black", 15),
                   ("Glide Wireless Mouse, Compact, Pink", 12)),
    "mouse_acc": items(f"{INPUT} > Mouse Accessories", ("Replacement Mouse Feet for Glide Wireless Mouse, Black", 5),
                       ("USB Receiver Replacement for Glide Wireless Mouse", 8),
                       ("Carrying Case for Wireless Mouse, Hard Shell, Black", 9)),
    "dock": items(f"{DOCKS} > Docking Stations", ("Portlink USB-C Docking Station, Dual HDMI, 12-in-1", 129),
                  ("Portlink Thunderbolt 4 Docking Station, 96W Charging", 249),
                  ("Laptop Docking Station, Triple Display, Grey", 159)),
    "dock_acc": items(f"{DOCKS} > Dock Accessories", ("Replacement Power Adapter for Portlink Docking Station, 135W", 39),
                      ("Under Desk Mount for Docking Station, Black", 19),
                      ("USB-C Host Cable for Docking Station, 1m", 12)),
}

SR, ST = "Server Room", "Storage"
COOL, NET, POWER = f"{SR} > Cooling", f"{SR} > Networking", f"{SR} > Power"

SERVER = {
    "filterfan": items(f"{COOL} > Enclosure Fans", ("Coolrack Filter Fan for Enclosures, 120mm, 230V", 59),
                       ("Cabinet Filter Fan with Grille, IP54, Grey", 79),
                       ("Coolrack Filter Fan, 150mm, Louvered, Grey", 89)),
    "fan": items(f"{COOL} > Fans", ("Coolrack Roof Fan Unit for Server Racks, 2 Fans", 119),
                 ("120mm Case Fan, Quiet, 3 Pack", 19),
                 ("Rack Mount Fan Panel, 1U, 4 Fans", 99)),
    "fanfilter": items(f"{COOL} > Filters", ("Fan Filter, 120mm Dust Filter for Case Fans, 4 Pack", 8),
                       ("Magnetic Fan Filter Mesh, 140mm, Black", 10),
                       ("Fan Filter Grille, 92mm, Stainless Steel, 2 Pack", 9)),
    "filter": items(f"{COOL} > Filters", ("Air Filter Mat, Cut to Size, G3, 50 x 50cm", 12),
                    ("Intake Air Filter for Network Cabinets, Washable", 15)),
    "switch": items(f"{NET} > Switches", ("Linkmax 8-Port Gigabit Network Switch, Metal, Black", 29),
                    ("Linkmax 24-Port Managed Network Switch, Rack Mount, Black", 189),
                    ("5-Port Gigabit Network Switch, Desktop, Black", 17),
                    ("Linkmax 5-Port Network Switch, Plastic, White", 14)),
    "switch_acc": items(f"{NET} > Switch Accessories", ("Rack Mount Ears for Linkmax 8-Port Switch, Black", 9),
                        ("Replacement Power Adapter for Linkmax Network Switch, 12V", 11),
                        ("Wall Mount Bracket for Network Switch, Black", 8)),
    "nas": items(f"{ST} > NAS", ("Datavault 2-Bay NAS, Diskless, Quad Core", 299),
                 ("Datavault 4-Bay NAS Storage, 2.5GbE", 549),
                 ("Home Cloud NAS Server, 2-Bay, with 2 x 4TB", 449)),
    "nas_acc": items(f"{ST} > NAS Accessories", ("Drive Trays for Datavault NAS, 2 Pack", 19),
                     ("Replacement Power Supply for Datavault 4-Bay NAS", 49),
                     ("4GB Memory Upgrade for Datavault NAS", 39)),
    "ssd": items(f"{ST} > SSDs", ("Swiftdrive NVMe SSD 1TB, PCIe 4.0, M.2 2280", 79),
                 ("Swiftdrive SATA SSD 500GB, 2.5 inch", 39),
                 ("Portable SSD 2TB, USB-C, Grey", 129)),
    "bracket": items(f"{ST} > SSD Accessories", ("SSD Mounting Bracket, 2.5 to 3.5 inch, Metal", 6),
                     ("Dual SSD Bracket, 2.5 inch, with Screws", 9),
                     ("Swiftdrive SSD Bracket for Desktop Bays, Black", 8)),
    "ups": items(f"{POWER} > UPS", ("Powerguard Battery Backup UPS, 600VA, 8 Outlets", 79),
                 ("Powerguard UPS 1500VA, Pure Sine Wave, Rack Mount", 349),
                 ("Uninterruptible Power Supply UPS, 850VA, LCD", 109)),
    "upsbattery": items(f"{POWER} > UPS Batteries", ("Replacement UPS Battery for Powerguard 600VA, 12V 7Ah", 29),
                        ("UPS Battery Cartridge, 12V 9Ah, 2 Pack", 49),
                        ("UPS Battery 12V 7Ah, Sealed Lead Acid", 22)),
}

SV, NW = "サーバー・ラック", "ネットワーク機器"

NETJP = {
    "serverrack": items(f"{SV} > サーバーラック", ("サーバーラック 19インチ 42U 奥行1000mm 黒", 89800),
                        ("サーバーラック 12U 壁掛け ガラス扉", 29800),
                        ("Server Rack, 22U, Open Frame, Black", 39800)),
    "rack": items(f"{SV} > ラック", ("ネットワークラック 19インチ 6U 壁掛け", 12800),
                  ("オープンラック 2本柱 19インチ 20U", 19800),
                  ("スチールラック 5段 幅90cm", 8980)),
    "rackshelf": items(f"{SV} > ラック用品", ("ラック用 棚板 1U 固定棚 19インチ", 2980),
                       ("ラック 棚板 2U スライド式", 4980),
                       ("19インチラック 棚板 奥行450mm 黒", 3480)),
    "rackserver": items(f"{SV} > サーバー", ("ラックサーバー 1U Xeon 32GB 中古", 59800),
                        ("ラックサーバー 2U 8ベイ 本体のみ", 79800)),
    "server": items(f"{SV} > サーバー", ("タワーサーバー 静音 Xeon 16GB", 69800),
                    ("小型サーバー ファンレス ミニPC 8GB", 29800),
                    ("ホームサーバー 省電力 4ベイ", 39800)),
    "router": items(f"{NW} > 無線LANルーター", ("無線LANルーター Wi-Fi 6 AX3000 白", 9980),
                    ("無線LANルーター Wi-Fi 6E トライバンド 黒", 19800),
                    ("無線LANルーター Wi-Fi 5 11ac 1200Mbps 白", 4980),
                    ("無線LANルーター メッシュ Wi-Fi 6 AX1800 白", 12800),
                    ("無線LANルーター 11n 300Mbps 黒", 2980)),
    "router_acc": items(f"{NW} > ルーター用品", ("ルーター用 縦置きスタンド 白", 980),
                        ("無線LANルーター専用 ACアダプター 12V", 1480),
                        ("無線LANルーター対応 外付けアンテナ 2本 白", 1280),
                        ("Wall Mount for Wi-Fi Router, White", 1180)),
    "extender": items(f"{NW} > 中継器", ("無線LAN中継器 Wi-Fi 6 コンセント直挿し", 4980),
                      ("中継器 Wi-Fi 11ac デュアルバンド 白", 2980),
                      ("メッシュ中継器 Wi-Fi 6 AX1800", 6980)),
    "extender_acc": items(f"{NW} > 中継器用品", ("中継器用 延長コード 30cm", 680),
                          ("中継器専用 壁掛けホルダー 白", 880)),
    "patchpanel": items("Network > Patch Panels", ("Patch Panel, Cat6, 24 Port, 1U, Black", 4980),
                        ("Keystone Patch Panel, 12 Port, Unloaded", 2980),
                        ("パッチパネル Cat6A 24ポート 19インチ", 6980)),
    "keystone": items("Network > Keystone Jacks", ("Keystone Jack, Cat6, Tool-Free, 10 Pack", 1980),
                      ("Cat6A Keystone Jack, Shielded, White", 980),
                      ("キーストーンジャック Cat6 10個入り", 1580)),
    "lancable": items("Network > Cables > LAN Cables", ("LANケーブル CAT6 5m フラット 白", 680),
                      ("LANケーブル CAT8 1m 高速 黒", 780),
                      ("LANケーブル CAT6A 10m ツメ折れ防止", 1280)),
    "surge": items("Power > Surge Protectors", ("Surge Protector, 6 Outlets, 2m Cord, White", 1980),
                   ("Surge Protector Power Strip with USB Ports, Black", 2480),
                   ("雷サージ 電源タップ 4個口 1m", 1280)),
}

PT, HS = "ペンタブ・液タブ", "配信機材"

STREAM = {
    "pentab": items(f"{PT} > ペンタブ", ("ペンタブレット 板タブ 10x6インチ 筆圧8192 黒", 5980),
                    ("ペンタブ 小型 6x4インチ 初心者向け", 2980),
                    ("Drawing Tablet, 10 x 6 inch, Battery-Free Pen, Black", 4980)),
    "glove": items(f"{PT} > 手袋", ("ペンタブ用 手袋 2本指 フリーサイズ 黒 2枚", 680),
                   ("ペンタブ 手袋 二本指 誤操作防止 グレー", 580),
                   ("液タブ ペンタブ 手袋 指なし 3枚セット", 780)),
    "lcdtab": items(f"{PT} > 液タブ", ("液晶ペンタブレット 15.6インチ 液タブ フルラミネーション", 39800),
                    ("液晶ペンタブレット 13.3インチ フルHD", 29800),
                    ("液晶ペンタブレット 21.5インチ 大画面 液タブ", 59800)),
    "lcdtab_acc": items(f"{PT} > 液タブ用品", ("液晶ペンタブレット用 保護フィルム 15.6インチ アンチグレア", 1280),
                        ("液タブ専用 スタンド 角度調整", 2980),
                        ("液タブ対応 変換ケーブル USB-C", 1980)),
    "usbmic": items(f"{HS} > マイク", ("USBマイク コンデンサー 配信 ゲーム実況 黒", 5980),
                    ("USBマイク ゲーミング RGB 白", 3980),
                    ("USBマイク 単一指向性 ミュートボタン付き", 4980)),
    "usbmic_acc": items(f"{HS} > マイク用品", ("USBマイク用 ポップガード 二重", 780),
                        ("USBマイク専用 ショックマウント", 1280),
                        ("USBマイク対応 延長ケーブル 2m", 880)),
    "mic": items(f"{HS} > マイク", ("ダイナミックマイク XLR ボーカル 黒", 7980),
                 ("ピンマイク ワイヤレス 2個セット", 3980)),
    "micarm": items(f"{HS} > マイクアーム", ("マイクアーム デスククランプ 黒", 2480),
                    ("マイクアーム ロープロファイル 360度回転 黒", 4980),
                    ("Mic Arm, Boom Arm with Cable Management, Black", 2980),
                    ("マイクアーム デスククランプ 白", 1980)),
    "micarm_acc": items(f"{HS} > マイク用品", ("マイクアーム用 ショックマウント 黒", 980),
                        ("マイクアーム専用 延長ポール 黒", 1280)),
    "webcam": items(f"{HS} > ウェブカメラ", ("ウェブカメラ 1080P マイク内蔵 黒", 2980),
                    ("ウェブカメラ 4K オートフォーカス 黒", 8980),
                    ("Webcam, 1080p 60fps, Built-in Microphone, Black", 3980),
                    ("ウェブカメラ 広角 720P 白", 1980)),
    "webcam_acc": items(f"{HS} > ウェブカメラ用品", ("ウェブカメラ用 三脚 卓上 黒", 980),
                        ("ウェブカメラ専用 プライバシーカバー 黒 3個", 480),
                        ("ウェブカメラ対応 延長USBケーブル 3m", 780)),
    "audio": items("Streaming > Audio Interfaces", ("Audio Interface, 2-in/2-out, USB-C, 24-bit/192kHz", 12800),
                   ("Audio Interface with 2 Mic Preamps, Loopback", 15800),
                   ("オーディオインターフェース 1in2out ループバック機能", 9800)),
    "popfilter": items("Streaming > Pop Filters", ("Pop Filter, Double Mesh, Gooseneck Clamp", 980),
                       ("Metal Mesh Pop Filter, Clamp Mount", 1280),
                       ("ポップフィルター 二重 メッシュ", 880)),
    "mixer": items("Streaming > Audio Mixers", ("オーディオミキサー 4チャンネル USB接続", 6980),
                   ("ミキサー 6チャンネル エフェクト内蔵 オーディオ", 12800),
                   ("オーディオミキサー ゲーム実況 ボイスチェンジャー", 8980)),
}

SHOPS = {"desk": DESK, "server": SERVER, "netjp": NETJP, "stream": STREAM}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("desk", "clip lamp", "cliplamp", ["lamp"], ["lampclip"]),
    two_types("desk", "lamp clip", "lampclip", ["clip"], ["cliplamp"]),
    two_types("server", "filter fan", "filterfan", ["fan"], ["fanfilter"]),
    two_types("server", "fan filter", "fanfilter", ["filter"], ["filterfan"]),
    two_types("netjp", "サーバーラック", "serverrack", ["rack"], ["rackserver"]),
    two_types("netjp", "ラックサーバー", "rackserver", ["server"], ["serverrack"]),
    # --- 2. a leading product word that modifies the head
    qualifies("desk", "keyboard cover", ["kbcover"], ["keyboard"]),
    qualifies("desk", "webcam light", ["webcamlight"], ["webcam"]),
    qualifies("server", "ssd bracket", ["bracket"], ["ssd"]),
    qualifies("server", "ups battery", ["upsbattery"], ["ups"]),
    qualifies("netjp", "ラック 棚板", ["rackshelf"], ["rack"]),
    qualifies("stream", "マイクアーム", ["micarm"], ["mic", "usbmic"]),
    qualifies("stream", "ペンタブ 手袋", ["glove"], ["pentab"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("desk", "docking station", ["dock"], ["dock_acc"]),
    accessories("desk", "wireless mouse", ["mouse"], ["mouse_acc"]),
    accessories("server", "network switch", ["switch"], ["switch_acc"]),
    accessories("server", "nas", ["nas"], ["nas_acc"]),
    accessories("netjp", "無線LANルーター", ["router"], ["router_acc"]),
    accessories("netjp", "中継器", ["extender"], ["extender_acc"]),
    accessories("stream", "液晶ペンタブレット", ["lcdtab"], ["lcdtab_acc"]),
    accessories("stream", "USBマイク", ["usbmic"], ["usbmic_acc"]),
    # black wireless mice: silent 19, vertical 29, rechargeable 15 (a pink one 12; black accessories 5-9)
    price("desk", "cheap black wireless mouse", "mouse-2", ["mouse_acc"]),
    # white keyboards: compact Bluetooth 35, full size 45 (black ones 15 and 39, a grey 69; a white cover 8)
    price("desk", "budget white keyboard", "keyboard-1", ["kbcover"]),
    # black network switches: 8-port 29, 24-port 189, 5-port 17 (a white 5-port 14; black accessories 8-9)
    price("server", "cheap black network switch", "switch-2", ["switch_acc"]),
    # white routers: AX3000 9980, 11ac 4980, mesh 12800 (black ones 2980 and 19800; white accessories 980-1280)
    price("netjp", "安い 白 無線LANルーター", "router-2", ["router_acc"]),
    # black webcams: 1080P 2980, 4K 8980, English 3980 (a white 720P 1980; black accessories 480-980)
    price("stream", "激安 黒 ウェブカメラ", "webcam-0", ["webcam_acc"]),
    # black mic arms: clamp 2480, low profile 4980, English 2980 (a white clamp one 1980; black accessories 980-1280)
    price("stream", "お手頃 黒 マイクアーム", "micarm-0", ["micarm_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("netjp", "パッチパネル", "patchpanel"),
    mixed("netjp", "キーストーンジャック", "keystone"),
    mixed("netjp", "サージプロテクター", "surge"),
    mixed("netjp", "lan cable", "lancable"),
    mixed("stream", "オーディオインターフェース", "audio"),
    mixed("stream", "ポップフィルター", "popfilter"),
    mixed("stream", "audio mixer", "mixer"),
]

LIMITS: dict = {}  # every case passed on the snapshot (36c1a3e)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind140(q: Q, setup: str, known_limit):
    known_limit("blind140")
    check(q, setup, ENGINES)


def test_blind140_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White"})
