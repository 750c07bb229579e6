"""An eighty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: phones,
tablets, e-readers and their chargers, cases and desk gear (English), TV and home theatre (TV
antennas and frames, speaker mounts, projectors and screens, universal remotes; English), a
Japanese shop of スマホ・タブレット (part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords: Stylus Pen, Ring Light, Selfie Stick, Mobile
Router, Smartphone, Tablet) and a Japanese shop of テレビ・オーディオ機器 (CDプレーヤー,
ブルーレイレコーダー, レコード, with English-titled imports too: Subwoofer, HDMI Switch, Neck
Speaker, CD Player). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (eighty-ninth suite), as a measurement only (nothing changed for it):
85 of 90 cases pass, 34 of 36 queries in every setup (two_types 3/3 queries, 6/6 cases;
qualifies 10/10, 24/24; accessories 9/9, 23/23; price 6/6, 15/15; mixed 6/8, 17/22); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): HDMI切替器 (the Japanese 分配器, a splitter, third, above both English HDMI
Switches) and 'karaoke mic' (the two plain microphones, one English, first and second, above the
Japanese カラオケマイク).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

PT, AU, DESK = "Phones & Tablets", "Audio", "Desk & Cables"
TAB_ACC = f"{PT} > Tablet Accessories"

MOBILE = {
    "hphook": items(f"{DESK} > Headphone Hooks", ("Deskhang Headphone Hook, Under-Desk Mount, Aluminium, Black", 19),
                    ("Adhesive Headphone Hook, Rotating Arm, Silver", 12),
                    ("Clamp-On Headphone Hook, Fits Desks up to 5cm, 2 Pack", 15)),
    "hook": items(f"{DESK} > Hooks & Clips", ("Adhesive Cable Hooks, 10 Pack, Clear", 7),
                  ("Under-Desk Bag Hook, Screw-In, Black", 9)),
    "earhookhp": items(f"{AU} > Headphones > Sports Headphones",
                       ("Sportwave Ear Hook Headphones, Wireless, Sweatproof, Black", 49),
                       ("Open-Ear Hook Headphones, Air Conduction, Grey", 59),
                       ("Wired Ear Hook Headphones with Mic, Blue", 19)),
    "ereader": items(f"{PT} > E-Readers", ("Pagewise 7 E-Reader, Glare-Free, 32GB, Black", 149),
                     ("Pagewise Kids E-Reader, 16GB, Blue", 119), ("Inkleaf Colour E-Reader, 7\", Warm Light", 199)),
    "ereader_acc": items(f"{PT} > E-Reader Accessories", ("Magnetic Cover for Pagewise 7 E-Reader, Black", 19),
                         ("E-Reader Replacement Charging Cable, USB-C, 1m", 8),
                         ("Screen Protector for 6\" E-Readers, 3 Pack", 9)),
    "tablet": items(f"{PT} > Tablets", ("Lumio Tab 10 Android Tablet, 10.1\", 64GB, Grey", 149),
                    ("Lumio Tab 8 Kids Tablet, 32GB, Shockproof, Blue", 89),
                    ("Novapad Air Tablet, 11\", 128GB, Wi-Fi, Silver", 329),
                    ("Novapad Mini Tablet, 8.3\", 64GB, Silver", 249),
                    ("Orbit 10 Android Tablet, 32GB, Octa-Core, Silver", 119)),
    "tablet_acc": items(TAB_ACC, ("Folio Case for Novapad Air Tablet, Magnetic, Silver", 19),
                        ("Tempered Glass Screen Protector for Lumio Tab 10 Tablet, 2 Pack", 12),
                        ("Tablet Replacement Charging Cable, USB-C, 2m, Silver", 9)),
    "tabcharger": items(f"{TAB_ACC} > Chargers", ("Tablet Charger, 20W USB-C, Fast Charging, White", 15),
                        ("Tablet Charger with 2m Cable, 12W, White", 12), ("Dual-Port Tablet Charger, 30W, Black", 22)),
    "keyboardcase": items(f"{TAB_ACC} > Keyboard Cases", ("Novapad Air Keyboard Case, Backlit, Detachable, Grey", 79),
                          ("Keyboard Case for 10\" Android Tablets, Bluetooth, Black", 39),
                          ("Rotating Keyboard Case with Trackpad, 11\", Grey", 69)),
    "keyboard": items("Computing > Keyboards", ("Slim Bluetooth Keyboard, Multi-Device, White", 35),
                      ("Foldable Travel Keyboard, Pocket Size, Black", 29),
                      ("Wireless Keyboard and Mouse Set, Quiet Keys", 39)),
    "lanyard": items(f"{PT} > Phone Accessories > Lanyards", ("Crossbody Phone Lanyard, Adjustable Strap, Black", 14),
                     ("Beaded Phone Lanyard with Card Patch, Pink", 12), ("Phone Wrist Lanyard, Braided, 2 Pack", 9)),
    "phone": items(f"{PT} > Mobile Phones", ("Orbix 12 5G Phone, Unlocked, 128GB, Black", 399),
                   ("Orbix A15 Unlocked Cell Phone, 64GB, Blue", 179), ("Kestrel Flip Phone, 4G, Big Buttons, Red", 69)),
    "noise": each(("USB-C to USB-C Cable, 2m, Braided", "Accessories > Cables", 9),
                  ("Bluetooth Speaker, Waterproof, Portable, Teal", f"{AU} > Speakers", 39),
                  ("Car Vent Phone Mount, Magnetic", f"{PT} > Phone Accessories > Mounts", 15)),
}

T = "TV & Home Theatre"

THEATRE = {
    "spkmount": items(f"{T} > Mounts > Speaker Mounts", ("Universal Speaker Wall Mounts, Tilt & Swivel, Pair, Black", 29),
                      ("Satellite Speaker Mounts, Ceiling or Wall, White, 2 Pack", 24),
                      ("Heavy-Duty Bookshelf Speaker Mounts, 2 Pack", 35)),
    "mount": items(f"{T} > Mounts > TV Mounts", ("Full-Motion TV Wall Mount, 37-75\", Black", 49),
                   ("Low-Profile Fixed TV Mount, 32-65\"", 25))
    + items(f"{T} > Mounts > Projector Mounts", ("Projector Ceiling Mount, Universal, Extendable, White", 39)),
    "mountspk": items(f"{T} > Speakers > Wall Speakers", ("Auralis Wall Mount Speakers, 2-Way, Pair, White", 129),
                      ("Outdoor Wall-Mount Speakers, Weatherproof, Pair, Black", 149),
                      ("Slim On-Wall Surface Mount Speakers, Pair", 99)),
    "tvframe": items(f"{T} > TV Accessories > TV Frames", ("TV Frame Kit, 55\", Oak Bezel, Magnetic Fit", 199),
                     ("Decorative TV Frame, 65\", Walnut", 249), ("TV Frame Bezel, 50\", White, Easy Fit", 169)),
    "frametv": items(f"{T} > Televisions", ("Vistel Art Frame TV, 55\" 4K QLED, Matte Screen", 1199),
                     ("Vistel Frame TV, 43\", Art Mode, Slim Wall Fit", 799)),
    "tv": items(f"{T} > Televisions", ("Vistel 55\" 4K Smart TV, HDR10, Dolby Vision", 449),
                ("Vistel 43\" Full HD Smart TV, Freeview", 279), ("32\" HD Ready TV, Built-In DVD Player, Black", 169)),
    "tvantenna": items(f"{T} > Antennas", ("Flat Indoor TV Antenna, 4K HD, 50 Mile Range", 29),
                       ("Outdoor TV Antenna, Long Range, 360 Rotation", 69),
                       ("Window TV Antenna, Clear, Freeview, 3m Cable", 19)),
    "projector": items(f"{T} > Projectors", ("Lumacast HD Projector, 1080p, 300\" Image, White", 189),
                       ("Lumacast 4K Laser Projector, Ultra Short Throw, White", 1499),
                       ("Mini Projector, Portable, WiFi, Bluetooth, White", 79),
                       ("Home Cinema Projector, 4K, 3000 Lumens, Black", 899),
                       ("Pocket Projector, DLP, Rechargeable, Black", 59)),
    "projector_acc": items(f"{T} > Projectors > Projector Accessories",
                           ("Replacement Lamp for Lumacast HD Projectors, 200W", 39),
                           ("Projector Replacement Remote Control, White", 12), ("Dust Cover for Mini Projectors, White", 9)),
    "screen": items(f"{T} > Projector Screens", ("Projector Screen, 100\", 16:9, Pull-Down, White", 69),
                    ("Portable Projector Screen with Stand, 80\"", 59),
                    ("Motorised Projector Screen, 120\", Wall or Ceiling", 189)),
    "remote": items(f"{T} > Remotes", ("Zenlink Universal Remote, 8 Devices, Backlit, Black", 39),
                    ("Zenlink Lite Universal Remote, 4 Devices, Black", 19),
                    ("Learning Universal Remote, Touchscreen, Silver", 79),
                    ("Universal Remote, Big Buttons, Easy Setup, White", 15)),
    "remote_acc": items(f"{T} > Remotes > Remote Accessories", ("Silicone Cover for Zenlink Universal Remote, Black", 8),
                        ("Universal Remote Replacement Battery Door, Black", 5),
                        ("Screen Protector for Learning Universal Remote, 2 Pack", 6)),
    "remoteholder": items(f"{T} > Living Room > Remote Holders", ("Remote Holder, Bedside Caddy, 4 Slots, Felt, Grey", 15),
                          ("Leather Remote Holder, Rotating, Black", 19),
                          ("Remote Control Holder, Adhesive, 2 Pack, White", 9)),
    "noise": each(("HDMI 2.1 Cable, 8K, 2m", f"{T} > Cables", 12),
                  ("5.1 AV Receiver, 4K HDMI, Bluetooth", f"{T} > Receivers", 349),
                  ("Wireless Subwoofer, 8\", 200W", f"{T} > Speakers > Subwoofers", 179)),
}

S, M = "スマホ・タブレット", "Mobile Accessories"

SUMAHO = {
    "phone": items(f"{S} > スマートフォン本体", ("アークフォン 12 SIMフリー スマホ 本体 128GB 6.1インチ ブラック", 39800),
                   ("アークフォン A5 スマホ 本体 SIMフリー 64GB ブルー", 19800),
                   ("スマホ 本体 エントリーモデル 32GB SIMフリー ホワイト", 12800),
                   ("Kestrel S3 Rugged Smartphone, Unlocked, 128GB, Blue", 32800),
                   ("シニア向け スマホ 本体 大きな文字 ワンタッチ ブルー", 24800)),
    "phone_acc": items(f"{M} > スマホ小物", ("スマホ用 ストラップホルダー ブルー 2枚", 480),
                       ("スマホ専用 ガラスフィルム 6.1インチ 2枚", 680), ("スマホ対応 冷却ファン マグネット式 ブルー", 1980),
                       ("ソフトケース アークフォン A5用 ブルー", 1280)),
    "sphtripod": items(f"{S} > 撮影機材 > スマホ三脚", ("スマホ三脚 卓上 ミニ 折りたたみ 軽量", 980),
                       ("スマホ 三脚 伸縮 160cm Bluetooth リモコン付き", 2480), ("スマホ三脚 自由雲台 アルミ 縦横回転", 1980)),
    "selfie": items(f"{M} > Selfie Sticks", ("Selfie Stick, Bluetooth Remote, Extendable 100cm, Black", 1980),
                    ("Aluminium Selfie Stick, Compact, Wrist Strap", 1480),
                    ("自撮り棒 軽量 コンパクト Bluetooth リモコン ホワイト", 1680), ("自撮り棒 ロング 150cm 360度回転", 2280)),
    "stylus": items(f"{M} > Stylus Pens", ("Active Stylus Pen, Palm Rejection, Magnetic, White", 2980),
                    ("Universal Stylus Pen, Fine Disc Tip, 2 Pack", 1280), ("スタイラスペン 充電式 極細 傾き感知", 2480),
                    ("タッチペン ディスク型 2本セット ブラック", 780)),
    "ringlight": items(f"{M} > Lighting", ("Ring Light 10\", Dimmable, USB Powered, Desk Clamp", 1980),
                       ("Clip-On Ring Light, Rechargeable, 3 Colour Modes", 1280),
                       ("リングライト 卓上 10インチ 調光 調色", 2280), ("リングライト 18インチ 大型 スタンド付き", 4980)),
    "walletcase": items(f"{M} > Phone Cases > Wallet Cases", ("手帳型ケース アークフォン 12 カード収納 マグネット ブラック", 1980),
                        ("手帳型 スマホケース レザー ベージュ", 1580), ("手帳型ケース ベルトなし スタンド機能 ネイビー", 1480),
                        ("手帳型ケース ショルダーストラップ付き 花柄", 2280)),
    "clearcase": items(f"{M} > Phone Cases > Clear Cases", ("クリアケース アークフォン 12 耐衝撃 透明", 980),
                       ("Clear Phone Case, Shockproof, Slim", 1280)),
    "tablet": items(f"{S} > タブレット本体", ("タブレット 10インチ Android Wi-Fi 64GB グレー", 15800),
                    ("ノバパッド 11 タブレット 128GB Wi-Fi シルバー", 39800),
                    ("Lumio Tab 8 Android Tablet, 32GB, Blue", 12800),
                    ("キッズ タブレット 8インチ 学習アプリ 耐衝撃 ピンク", 9800)),
    "tablet_acc": items(f"{S} > タブレットアクセサリー", ("タブレット用 ガラスフィルム 10インチ 2枚", 880),
                        ("タブレット専用 スタンドケース 10.1インチ グレー", 1580), ("タブレット対応 充電ケーブル USB-C 2m", 780),
                        ("保護ケース ノバパッド 11用 シルバー", 1980)),
    "tabarm": items(f"{S} > タブレットアクセサリー > アームスタンド", ("タブレット アーム スタンド クランプ式 360度回転", 2980),
                    ("タブレットアーム 卓上 フレキシブル 4-11インチ", 1980),
                    ("タブレット アームホルダー ベッド 寝ながら", 2480)),
    "router": items(f"{S} > モバイルルーター", ("モバイルルーター SIMフリー 5G 大容量バッテリー 白", 19800),
                    ("モバイルルーター 4G LTE ポケット型 軽量 白", 8980),
                    ("Pocket WiFi Mobile Router, 4G LTE, Unlocked, Black", 6980),
                    ("モバイルルーター 5G Wi-Fi 6 タッチパネル 黒", 24800),
                    ("Unlocked 5G Mobile Router, Wi-Fi 6, White", 15800)),
    "router_acc": items(f"{S} > モバイルルーター > 周辺機器", ("モバイルルーター用 クレードル 有線LAN 白", 2980),
                        ("モバイルルーター専用 交換バッテリー 3000mAh", 1980), ("モバイルルーター対応 保護ケース 白", 980),
                        ("収納ポーチ モバイルルーター用 白", 680)),
}

AVJ, AE = "テレビ・オーディオ", "Audio"

AV = {
    "cdplayer": items(f"{AVJ} > CDプレーヤー", ("CDプレーヤー ポータブル Bluetooth 充電式 黒", 4980),
                      ("CDプレーヤー 壁掛け スピーカー内蔵 リモコン付き 白", 6980),
                      ("CDプレーヤー 据え置き ハイレゾ対応 USB 黒", 19800),
                      ("Portable CD Player, Anti-Skip, Rechargeable, Black", 3980),
                      ("CDプレーヤー コンパクト FMラジオ付き シルバー", 3480)),
    "cd_acc": items(f"{AVJ} > CDプレーヤー > アクセサリー", ("CDプレーヤー用 ACアダプター 9V 黒", 1280),
                    ("CDプレーヤー専用 キャリングケース 黒", 1480), ("CDプレーヤー対応 レンズクリーナー 乾式", 980),
                    ("リモコン CDプレーヤー用 汎用 黒", 880)),
    "bd": items(f"{AVJ} > レコーダー", ("ブルーレイレコーダー 2TB 3チューナー 4K放送 録画", 49800),
                ("ブルーレイレコーダー 1TB 2番組同時録画", 34800), ("4K Ultra HD Blu-ray Recorder, 2TB, Twin Tuner", 59800)),
    "bd_acc": items(f"{AVJ} > レコーダー > アクセサリー", ("ブルーレイレコーダー用 リモコン 汎用", 1480),
                    ("ブルーレイレコーダー専用 増設HDD 2TB", 9800), ("ブルーレイレコーダー対応 HDMIケーブル 2m", 780)),
    "record": items("音楽ソフト > レコード", ("レコード LP盤 ジャズ 名盤 180g重量盤", 3980),
                    ("レコード 7インチ シングル 昭和歌謡", 1980), ("Vinyl Record LP, Classic Rock Remastered, 180g", 4480)),
    "recordcleaner": items(f"{AVJ} > アナログ > レコードクリーナー", ("レコードクリーナー ベルベット ブラシ 静電気除去", 1480),
                           ("レコード クリーナー 液 スプレー 100ml", 1280), ("レコードクリーナー 超音波 洗浄機", 29800)),
    "subwoofer": items(f"{AE} > Subwoofers", ("Wireless Subwoofer, 8\", 200W, Black", 17800),
                       ("Compact Powered Subwoofer, 6.5\", Front-Firing", 12800),
                       ("サブウーファー 10インチ アンプ内蔵 ホームシアター", 24800), ("サブウーファー ワイヤレス 薄型 黒", 15800)),
    "subcable": items(f"{AE} > Cables", ("サブウーファーケーブル RCA 5m 金メッキ", 1280), ("サブウーファー ケーブル Y字 3m", 980),
                      ("Subwoofer Cable, RCA, 10m, Dual Shielded", 1580)),
    "hdmiswitch": items(f"{AE} > Video Accessories", ("HDMI Switch, 3 In 1 Out, 4K 60Hz, Remote", 2480),
                        ("4K HDMI Switch, 2 Port, Bi-Directional", 1480), ("HDMI切替器 5入力1出力 4K リモコン付き", 2980),
                        ("HDMI 切替器 2入力1出力 双方向 自動切替", 1280)),
    "neckspeaker": items(f"{AE} > Wearable Speakers", ("Wearable Neck Speaker, Bluetooth, 10h, Black", 6980),
                         ("Neckband Speaker, Wireless, Dialogue Boost, Grey", 9800),
                         ("ネックスピーカー 軽量 低遅延 Bluetooth 黒", 7980), ("ネックスピーカー 首掛け 防水 ホワイト", 5980)),
    "karaoke": items(f"{AE} > Karaoke", ("カラオケマイク Bluetooth スピーカー内蔵 エコー機能", 2980),
                     ("カラオケ マイク ワイヤレス 2本セット 受信機付き", 4980), ("カラオケマイク 子供 LEDライト ピンク", 1980),
                     ("カラオケマイク 充電式 ノイズ低減 ゴールド", 3480)),
    "noise": each(("HDMI 分配器 1入力2出力 4K", f"{AE} > Video Accessories", 1980),
                  ("ネックバンド イヤホン Bluetooth 黒", f"{AE} > Earphones", 2980),
                  ("ダイナミックマイク XLR ケーブル付き 黒", f"{AE} > Microphones", 3980),
                  ("USB Condenser Microphone, Streaming, Black", f"{AE} > Microphones", 5980),
                  ("ブックシェルフ スピーカー ペア 木目", f"{AE} > Speakers", 9800),
                  ("サウンドバー 2.1ch サブウーファー内蔵 Bluetooth", f"{AE} > Soundbars", 19800)),
}

SHOPS = {"mobile": MOBILE, "theatre": THEATRE, "sumaho": SUMAHO, "av": AV}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("mobile", "headphone hook", "hphook", ["hook"], ["earhookhp"]),
    two_types("theatre", "speaker mounts", "spkmount", ["mount"], ["mountspk"]),
    two_types("theatre", "tv frame", "tvframe", [], ["frametv"]),
    # --- 2. a leading product word that modifies the head
    qualifies("mobile", "tablet charger", ["tabcharger"], ["tablet"]),
    qualifies("mobile", "keyboard case", ["keyboardcase"], ["keyboard"]),
    qualifies("mobile", "phone lanyard", ["lanyard"], ["phone"]),
    qualifies("theatre", "projector screen", ["screen"], ["projector"]),
    qualifies("theatre", "remote holder", ["remoteholder"], ["remote"]),
    qualifies("theatre", "tv antenna", ["tvantenna"], ["tv", "frametv"]),
    qualifies("sumaho", "スマホ 三脚", ["sphtripod"], ["phone"]),
    qualifies("sumaho", "タブレット アーム", ["tabarm"], ["tablet"]),
    qualifies("av", "レコード クリーナー", ["recordcleaner"], ["record"]),
    qualifies("av", "サブウーファー ケーブル", ["subcable"], ["subwoofer"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("mobile", "e-reader", ["ereader"], ["ereader_acc"]),
    accessories("mobile", "tablets", ["tablet"], ["tablet_acc"]),
    accessories("theatre", "projectors", ["projector"], ["projector_acc"]),
    accessories("theatre", "universal remote", ["remote"], ["remote_acc"]),
    accessories("sumaho", "スマホ", ["phone"], ["phone_acc"]),
    accessories("sumaho", "タブレット", ["tablet"], ["tablet_acc"]),
    accessories("sumaho", "モバイルルーター", ["router"], ["router_acc"]),
    accessories("av", "CDプレーヤー", ["cdplayer"], ["cd_acc"]),
    accessories("av", "ブルーレイレコーダー", ["bd"], ["bd_acc"]),
    # silver tablets: Novapad Air 329, Novapad Mini 249, Orbit 10 119 (a blue kids' tablet 89; silver accessories
    # 9-19: a folio case, a replacement charging cable)
    price("mobile", "budget silver tablet", "tablet-4", ["tablet_acc", "tabcharger", "keyboardcase"]),
    # white projectors: Lumacast HD 189, Lumacast 4K 1499, Mini 79 (a black pocket one 59; white accessories 9-12,
    # a white ceiling mount 39, a white 100" screen 69)
    price("theatre", "cheap white projector", "projector-2", ["projector_acc", "screen", "mount"]),
    # black universal remotes: Zenlink 39, Zenlink Lite 19 (a white one 15; black accessories 5-8, a black holder 19)
    price("theatre", "budget black universal remote", "remote-1", ["remote_acc", "remoteholder"]),
    # blue phones: アークフォン A5 19800, Kestrel S3 (English) 32800, シニア向け 24800 (a white one 12800; blue
    # accessories 480-1980)
    price("sumaho", "格安 ブルー スマホ", "phone-1", ["phone_acc"]),
    # white mobile routers: 5G 19800, 4G 8980, English 15800 (a black English one 6980; white accessories 680-2980)
    price("sumaho", "安い 白 モバイルルーター", "router-1", ["router_acc"]),
    # black CD players: portable 4980, stationary 19800, English portable 3980 (a silver one 3480; black
    # accessories 880-1480)
    price("av", "お手頃 黒 CDプレーヤー", "cdplayer-3", ["cd_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("sumaho", "スタイラスペン", "stylus"),
    mixed("sumaho", "リングライト", "ringlight"),
    mixed("sumaho", "自撮り棒", "selfie"),
    mixed("sumaho", "wallet case", "walletcase"),
    mixed("av", "サブウーファー", "subwoofer"),
    mixed("av", "HDMI切替器", "hdmiswitch"),
    mixed("av", "ネックスピーカー", "neckspeaker"),
    mixed("av", "karaoke mic", "karaoke"),
]

SPLITTER = "a splitter (HDMI 分配器) third, above both English HDMI Switches"
PLAIN_MICS = "the plain microphones (USB Condenser Microphone, ダイナミックマイク) first and second, above the カラオケマイク"

LIMITS: dict = {
    ("blind89", "mixed:av:HDMI切替器", "categories-lexical"): SPLITTER,
    ("blind89", "mixed:av:HDMI切替器", "categories-dense"): SPLITTER,
    ("blind89", "mixed:av:HDMI切替器", "categories-latin-only"): SPLITTER,
    ("blind89", "mixed:av:karaoke_mic", "categories-lexical"): PLAIN_MICS,
    ("blind89", "mixed:av:karaoke_mic", "categories-dense"): PLAIN_MICS,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind89(q: Q, setup: str, known_limit):
    known_limit("blind89")
    check(q, setup, ENGINES)


def test_blind89_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"silver": "Silver", "white": "White", "black": "Black", "ブルー": "Blue", "白": "White",
                                 "黒": "Black"})
