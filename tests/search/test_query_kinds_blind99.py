"""A ninety-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies the earlier suites use little: gaming and
PC hardware (English: sim racing, VR, chairs and floor seating, keycaps, GPUs and SSDs), streaming
and video gear (English: shotgun mics, camera rigs, teleprompters, studio headphones and field
monitors), Japanese ゲーミング・PCパーツ (電源ユニット, 簡易水冷, グリス, マウスソール, ケーブル整理;
part of its category tree in English, with English-titled imports) and Japanese 配信機材・周辺機器
(コンデンサーマイク and its accessories, 液タブ, モニタースピーカー, キャプチャーボード, グリーンバック,
吸音材; with English-titled imports and part of its tree in English). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (only five: reversible pairs fresh to these suites are
   scarce in these domains, and the last is one way only, モニター スピーカー against スピーカー内蔵
   モニター);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category)
   in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (ninety-ninth suite), as a measurement only (nothing changed for it):
92 of 95 cases pass, 36 of 37 queries in every setup (two_types 5/5 queries, 13/13 cases;
qualifies 9/9, 21/21; accessories 8/8, 20/20; price 5/6, 13/16; mixed 9/9, 25/25); the 3 failing
cases (激安 白 簡易水冷, in all its setups: the dearer 360mm 簡易水冷 CPUクーラー 白 first, the cheapest
white one, 簡易水冷クーラー 280mm 白 with its type run together with クーラー, last of the five coolers)
are strict xfails (`LIMITS`, through `conftest.known_limit`). One test bug was fixed before the run:
the arm sleeve's category path had a single level.

After (a title saying the type as a longer word's first part, sold under a leaf named for the type
below a level named for the title's head, is of the type: "簡易水冷クーラー" under "CPUクーラー >
簡易水冷"; the sixteenth session): 激安 白 簡易水冷 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import (DENSE, LATIN_ONLY, LEXICAL, Engines, Q, accessories, check, mixed, params, price, qualifies,
                        two_types, well_formed)
from shops import each, items


# =============================================================================================
# Shops

G, PC, PER = "Gaming", "PC Components", "PC Peripherals"
CHAIRS, SIM, VR = f"{G} > Gaming Chairs", f"{G} > Sim Racing", f"{G} > VR"

GAMING = {
    "chairpillow": items(f"{CHAIRS} > Chair Pillows",
                         ("Vortex Gaming Chair Pillow Set, Headrest and Lumbar Cushion, Black/Red", 29),
                         ("Memory Foam Chair Pillow, Lumbar Support, Grey", 24),
                         ("Chair Pillow, Neck Headrest, Strap-On, Cooling Gel, Black", 19)),
    "pillow": items(f"{G} > Game Room Decor", ("Controller Shaped Throw Pillow, Plush, 45cm, Black", 22),
                    ("Pixel Heart Pillow, Retro Game Decor, Red", 18)),
    "pillowchair": items(f"{CHAIRS} > Floor Seating", ("Pillow Chair, Foldable Floor Gaming Seat, Grey", 79),
                         ("Giant Pillow Chair, Bean Bag Lounger, Washable Cover, Navy", 119),
                         ("Kids Pillow Chair with Armrests, Floor Seat, Blue", 59)),
    "chair": items(CHAIRS, ("Vortex Gaming Chair, Reclining, Footrest, Black/Red", 229),
                   ("Ergonomic Gaming Chair, Mesh Back, 4D Armrests, Black", 289),
                   ("Racing Style Gaming Chair, PU Leather, White", 169),
                   ("Floor Rocker Gaming Chair, Built-in Speakers, Black", 99)),
    "keycap": items(f"{PER} > Keyboards > Keycaps", ("Keycap Set, PBT Double-Shot, 104 Keys, Black/White", 39),
                    ("Artisan Keycap, Resin, Escape Key, Galaxy", 19),
                    ("Low Profile Keycaps, 120 Keys, ABS, White", 29)),
    "puller": items(f"{PER} > Keyboards > Keyboard Tools", ("Keycap Puller, Stainless Steel Wire", 6),
                    ("2-in-1 Keycap Puller and Switch Puller, Red", 9),
                    ("Keycap Puller with Cleaning Brush, Black", 8)),
    "gpu": items(f"{PC} > Graphics Cards", ("Stormforge RTX 4060 Graphics Card, 8GB GDDR6, Dual Fan", 309),
                 ("Stormforge RX 7800 XT GPU, 16GB GDDR6, Triple Fan", 519),
                 ("Low Profile GPU, 4GB, Single Slot, HTPC", 129)),
    "bracket": items(f"{PC} > Cases > GPU Supports", ("GPU Support Bracket, Anti-Sag, Adjustable Height, Black", 15),
                     ("Graphics Card Support Bracket, Aluminium, ARGB", 24),
                     ("GPU Sag Bracket, Magnetic Base, Screwless", 12)),
    "ssd": items(f"{PC} > Storage > SSDs", ("NVMe SSD 1TB, M.2 2280, PCIe 4.0, 7000MB/s", 89),
                 ("2.5 Inch SATA SSD 500GB, 550MB/s", 45), ("Portable SSD 2TB, USB-C, Rugged", 159)),
    "enclosure": items(f"{PC} > Storage > Drive Enclosures", ("M.2 NVMe SSD Enclosure, USB-C 10Gbps, Aluminium", 29),
                       ("2.5 Inch SSD Enclosure, Tool-Free, USB 3.0", 12),
                       ("Dual Bay M.2 SSD Enclosure, Offline Clone", 49)),
    "wheel": items(f"{SIM} > Racing Wheels", ("Apex Racing Wheel and Pedals, Force Feedback, PS5/PC, Black", 299),
                   ("Racing Wheel with Gear Shifter, 900 Degree, Black", 189),
                   ("Entry Racing Wheel with Pedals, Xbox/PC, Grey", 149),
                   ("Direct Drive Racing Wheel Bundle, 8Nm, Black", 599)),
    "wheel_acc": items(f"{SIM} > Wheel Accessories", ("Sequential Shifter for Racing Wheels, USB, Black", 59),
                       ("Racing Wheel Replacement Paddle Shifters, Magnetic, Black", 35),
                       ("Quick Release Adapter for Racing Wheel, 70mm, Black", 45)),
    "wheelstand": items(f"{SIM} > Wheel Stands",
                        ("Wheel Stand for Racing Wheels, Foldable, Height Adjustable, Black", 119),
                        ("Racing Wheel Stand, Heavy Duty, Pedal Plate, Black", 149)),
    "vr": items(f"{VR} > Headsets", ("Horizon VR Headset, 128GB, All-in-One, White", 399),
                ("Standalone VR Headset, 256GB, Pancake Lenses, White", 499),
                ("PC VR Headset, Tethered, 120Hz, Black", 349)),
    "vr_acc": items(f"{VR} > VR Accessories", ("Silicone Face Cover for VR Headset, Washable, White", 19),
                    ("VR Headset Replacement Head Strap, Elite Style, White", 39),
                    ("Lens Protector for VR Headsets, 2 Pack", 9),
                    ("Charging Dock for VR Headset and Controllers, White", 49)),
    "noise": each(("Mechanical Keyboard, 75%, Hot-Swap, Brown Switches", f"{PER} > Keyboards", 89),
                  ("Wireless Gaming Mouse, 58g, 26K DPI, White", f"{PER} > Mice", 59)),
}

A, V, S = "Audio", "Video", "Streaming"
MICS = f"{A} > Microphones"

STUDIO = {
    "shotgun": items(f"{MICS} > Shotgun Mics", ("Echelon Shotgun Mic, Supercardioid, On-Camera, Black", 129),
                     ("Compact Shotgun Mic for Cameras and Phones, Black", 59),
                     ("XLR Shotgun Microphone, Broadcast, Silver", 249),
                     ("Wireless Shotgun Mic Kit, 2.4GHz, Black", 179),
                     ("Mini Shotgun Mic, USB-C, White", 39)),
    "shotgun_acc": items(f"{MICS} > Mic Accessories", ("Foam Windscreen for Shotgun Mic, 2 Pack, Black", 9),
                         ("Furry Windmuff for Shotgun Microphones, Black", 15),
                         ("Shock Mount for Shotgun Mic, Cold Shoe, Black", 19),
                         ("Shotgun Mic Replacement Cable, 3.5mm TRS, Coiled", 8)),
    "mic": items(f"{MICS} > Studio Mics", ("USB Condenser Mic, Cardioid, Mute Button, Black", 69),
                 ("Dynamic Podcast Mic, XLR/USB, Black", 99), ("Lavalier Mic, Clip-On, Wireless, 2 Pack", 79)),
    "miccable": items(f"{A} > Cables", ("XLR Mic Cable, 3m, Male to Female, Black", 12),
                      ("Braided Mic Cable, XLR, 6m, Red", 18), ("Mic Cable 2 Pack, XLR, 1.5m, Blue/Black", 15)),
    "headphones": items(f"{A} > Headphones", ("Studio Monitor Headphones, Closed-Back, 50mm Drivers, Black", 99),
                        ("Monitor Headphones, Open-Back, Mixing and Mastering", 149),
                        ("Closed-Back Studio Headphones, Coiled Cable, Black", 79)),
    "monitor": items(f"{V} > Monitors", ("Field Monitor, 5.5 inch, 4K HDMI, Camera-Top", 159),
                     ("Portable Monitor, 15.6 inch, USB-C, 1080p", 129),
                     ("Preview Monitor for Streaming, 7 inch, Touch", 119)),
    "camera": items(f"{V} > Cameras", ("Vlog Camera, 4K, Flip Screen, Black", 499),
                    ("Action Camera, 4K60, Waterproof", 249),
                    ("Streaming Camera, 1080p60, HDMI Out, Black", 199)),
    "cage": items(f"{V} > Camera Rigs", ("Camera Cage for Mirrorless Cameras, Aluminium, Cold Shoe", 69),
                  ("Full Camera Cage with Top Handle, Black", 99),
                  ("Half Cage for Vlog Camera, Quick Release, Black", 39)),
    "prompter": items(f"{V} > Teleprompters", ("Teleprompter for Tablets and Cameras, Beam Splitter Glass", 149),
                      ("Smartphone Teleprompter, Foldable, Remote Included", 69),
                      ("Studio Teleprompter, 15 inch Screen, Broadcast", 449)),
    "prompter_acc": items(f"{V} > Teleprompters > Teleprompter Accessories",
                          ("Bluetooth Remote for Teleprompter App, Black", 19),
                          ("Teleprompter Replacement Beam Splitter Glass, 70/30", 59),
                          ("Carry Bag for Teleprompters, Padded", 35)),
    "noise": each(("Capture Card, 4K60 Passthrough, USB 3.0", f"{S} > Capture Cards", 149),
                  ("Key Light, LED Panel, App Control, Bi-Color", f"{S} > Lighting", 129),
                  ("Green Screen, Collapsible, 148 x 180cm", f"{S} > Backdrops", 99)),
}

PP, PE = "PCパーツ", "PC Parts"
PSU, COOL, DEV = f"{PP} > 電源ユニット", f"{PP} > CPUクーラー", "ゲーミングデバイス"

PCSHOP = {
    "cablesleeve": items(f"{PP} > ケーブル整理", ("ケーブルスリーブ メッシュ 伸縮 3m 黒 配線整理", 780),
                         ("ケーブルスリーブ ジッパー式 ネオプレン 4本セット", 1280),
                         ("自己巻き ケーブルスリーブ 13mm 5m 白", 680)),
    "sleeve": each(("アームスリーブ ゲーミング 冷感 滑り止め 黒", f"{DEV} > アパレル", 1480),
                   ("ノートPC スリーブ 15.6インチ 撥水 グレー", "周辺機器 > PCバッグ", 1980)),
    "sleevecable": items(f"{PSU} > 電源ケーブル", ("電源ユニット用 スリーブケーブル 延長 24ピン 30cm 黒", 1980),
                         ("スリーブケーブル 延長キット ATX 24pin PCIe 8pin 白", 3480),
                         ("スリーブケーブル 12VHPWR 16ピン 延長 黒赤", 2280)),
    "cable": items(f"{PP} > ケーブル", ("SATAケーブル 6Gbps 50cm 2本 ラッチ付き", 480),
                   ("DisplayPortケーブル 1.4 8K 2m", 1280), ("HDMIケーブル 2.1 8K 1.5m", 980)),
    "riser": items(f"{PE} > Riser Cables", ("ライザーケーブル PCIe 4.0 x16 20cm 縦置き", 3980),
                   ("PCIe 4.0 Riser Cable, x16, 200mm, Black", 4280),
                   ("グラボ ライザーケーブル 90度 PCIe 3.0 15cm", 2480)),
    "psu": items(PSU, ("電源ユニット 850W 80PLUS GOLD フルモジュラー 黒", 13980),
                 ("電源ユニット 650W 80PLUS BRONZE セミモジュラー 黒", 7980),
                 ("電源ユニット 1000W ATX3.0 PCIe5.0対応 白", 19800),
                 ("Power Supply 750W, 80+ Gold, Fully Modular, Black", 11980),
                 ("電源ユニット 500W スタンダード ATX シルバー", 4980)),
    "psu_acc": items(f"{PSU} > 電源アクセサリ", ("電源ユニット専用 交換用 モジュラーケーブル 8ピン 黒", 1280),
                     ("電源ユニット対応 防振パッド 4枚 黒", 480), ("延長ケーブル 電源ユニット用 24ピン 黒", 880)),
    "aio": items(f"{COOL} > 簡易水冷", ("簡易水冷 CPUクーラー 360mm ARGB 白", 15980),
                 ("簡易水冷 240mm 液晶ディスプレイ付き 黒", 18980), ("簡易水冷クーラー 280mm ARGB 白", 12980),
                 ("AIO Liquid CPU Cooler, 240mm, ARGB, White", 16980), ("簡易水冷 120mm シングルファン 黒", 7980)),
    "aio_acc": items(f"{COOL} > 水冷パーツ", ("簡易水冷用 交換ファン 120mm 3個 白", 2980),
                     ("簡易水冷専用 ブラケット AM5 白", 980), ("ラジエーター ファン 簡易水冷用 ARGB 白 2個", 2480),
                     ("簡易水冷対応 ポンプカバー 液晶 白", 3980)),
    "cpu": items(f"{PP} > CPU", ("CPU 8コア 16スレッド 最大5.0GHz ソケットAM5 BOX", 52800),
                 ("CPU 6コア 12スレッド LGA1700 クーラー付属", 24800),
                 ("デスクトップ CPU 12コア 24スレッド 5.6GHz", 69800)),
    "grease": items(f"{PE} > Thermal Paste", ("CPUグリス 高熱伝導率 12.8W/mK 4g ヘラ付き", 980),
                    ("シリコングリス 熱伝導 1.5g 3本 CPU GPU用", 480),
                    ("ナノダイヤモンド グリス 熱伝導 CPUクーラー 7g", 1280)),
    "mouse": items(f"{DEV} > マウス", ("ゲーミングマウス 軽量 55g 26000DPI ワイヤレス 白", 8980),
                   ("ゲーミングマウス 有線 RGB 12ボタン 黒", 3980),
                   ("Wireless Gaming Mouse, Ultralight 60g, Black", 7480)),
    "sole": items(f"{DEV} > マウス > マウスソール", ("マウスソール PTFE 汎用 カット済み 2セット", 680),
                  ("マウスソール ガラス製 ドット型 高滑走", 1480), ("ゲーミングマウス用 マウスソール 交換 純正サイズ", 980)),
    "fanhub": items(f"{PP} > ケースファン", ("ファンハブ PWM 10ポート SATA給電 ARGB", 1980),
                    ("PWM Fan Hub, 8 Port, SATA Powered, Magnetic", 1680),
                    ("ファンハブ 4ピン 分岐 6ポート 両面テープ付き", 1280)),
    "dustfilter": items(f"{PE} > Case Accessories", ("Magnetic Dust Filter, 120mm, PVC Mesh, 3 Pack", 880),
                        ("ダストフィルター マグネット 140mm 2枚 PCケース用", 780),
                        ("PC Case Dust Filter, Cuttable, 30 x 100cm, Black", 1280)),
}

HM, SH, PD = "配信機材 > マイク", "Streaming", "周辺機器"

HAISHIN = {
    "condenser": items(f"{HM} > コンデンサーマイク", ("コンデンサーマイク USB 単一指向性 ミュートボタン付き 白", 6980),
                       ("コンデンサーマイク XLR 大口径 ダイアフラム 黒", 12800),
                       ("USB Condenser Microphone, Cardioid, Gain Knob, White", 7980),
                       ("コンデンサーマイク 配信用 アームスタンド付き 白", 8980),
                       ("コンデンサーマイク USB-C 小型 黒", 3980)),
    "mic": items(f"{HM} > その他マイク", ("ダイナミックマイク XLR 単一指向性 黒", 7980),
                 ("ピンマイク ワイヤレス スマホ用 2個", 3980)),
    "popguard": items(f"{HM} > マイクアクセサリ", ("ポップガード コンデンサーマイク用 二重メッシュ 白", 980),
                      ("Pop Filter for Microphone, Dual Layer, Gooseneck, Black", 1280),
                      ("ポップガード 金属製 クランプ式 黒", 1480)),
    "sponge": items(f"{HM} > マイクアクセサリ", ("マイクスポンジ ウインドスクリーン 5個 黒", 580),
                    ("コンデンサーマイク用 スポンジ 風防 大型 白", 780), ("マイク用 スポンジカバー 10色セット", 680)),
    "shockmount": items(f"{HM} > マイクアクセサリ", ("ショックマウント コンデンサーマイク対応 47-53mm 黒", 1980),
                        ("Shock Mount for Condenser Mic, Anti-Vibration, Black", 1680),
                        ("ショックマウント 金属 防振 マイクホルダー 白", 2480)),
    "mic_acc": items(f"{HM} > マイクアクセサリ", ("コンデンサーマイク用 交換ケーブル USB-C 3m 白", 880),
                     ("ファンタム電源 48V コンデンサーマイク用 黒", 2980),
                     ("コンデンサーマイク専用 キャリングケース 白", 1480)),
    "pentab": items(f"{PD} > ペンタブレット > 液タブ", ("液タブ 15.6インチ フルHD 8192筆圧 黒", 39800),
                    ("液タブ 13.3インチ 傾き検知 ショートカットキー 黒", 29800),
                    ("Pen Display 16 inch, Drawing Tablet with Screen, Black", 35800),
                    ("液タブ 11.6インチ 入門 白", 24800)),
    "pentab_acc": items(f"{PD} > ペンタブレット > 液タブアクセサリ", ("液タブ用 スタンド 角度調整 折りたたみ 黒", 2980),
                        ("液タブ専用 保護フィルム 15.6インチ ペーパーライク", 1680), ("替え芯 液タブ対応 20本 黒", 880),
                        ("左手デバイス 液タブ対応 ショートカットキー 黒", 4980)),
    "monspk": items(f"{PD} > スピーカー > モニタースピーカー", ("モニタースピーカー 4インチ ペア DTM 配信 黒", 14800),
                    ("モニタースピーカー パワード 5インチ 白", 22800), ("モニタースピーカー Bluetooth 3.5インチ ペア", 11800)),
    "speaker": items(f"{PD} > スピーカー", ("PCスピーカー USB給電 小型 ステレオ 黒", 2480),
                     ("Bluetoothスピーカー 防水 ポータブル 白", 4980), ("デスクトップ スピーカー 2.1ch サブウーファー付き", 6980)),
    "spkmonitor": items(f"{PD} > モニター", ("スピーカー内蔵 モニター 23.8インチ IPS フルHD", 15800),
                        ("スピーカー付き モニター 27インチ 165Hz", 24800)),
    "capture": items(f"{SH} > Capture Cards", ("キャプチャーボード 4K60 パススルー USB3.0 外付け", 16800),
                     ("キャプチャーボード 内蔵 PCIe 1080p60", 12800), ("ビデオキャプチャー HDMI USB 小型 1080p", 1980)),
    "greenback": items(f"{SH} > Backdrops", ("Green Screen Backdrop, Collapsible, Pull-Up, 148 x 180cm", 12800),
                       ("クロマキー 背景布 グリーン 2x3m 撮影用", 2480), ("グリーンバック 折りたたみ 椅子取り付け 配信", 4980)),
    "soundproof": items("配信機材 > 防音・吸音", ("吸音材 ウレタン 30×30cm 12枚 ピラミッド 黒", 2480),
                        ("Acoustic Foam Panels, 12 Pack, Wedge, 30 x 30cm, Black", 2280),
                        ("吸音パネル フェルト 壁 貼る 6枚", 3980), ("Sound Absorbing Panels, Hexagon, 12 Pack", 3280)),
    "noise": each(("ウェブカメラ 1080p 60fps オートフォーカス", f"{PD} > カメラ", 4980),
                  ("LEDパネルライト 配信 撮影 色温度調整", "配信機材 > 照明", 3980)),
}

SHOPS = {"gaming": GAMING, "studio": STUDIO, "pcshop": PCSHOP, "haishin": HAISHIN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("gaming", "chair pillow", "chairpillow", ["pillow"], ["pillowchair"]),
    two_types("gaming", "pillow chair", "pillowchair", ["chair"], ["chairpillow"]),
    two_types("pcshop", "ケーブル スリーブ", "cablesleeve", ["sleeve"], ["sleevecable"]),
    two_types("pcshop", "スリーブケーブル", "sleevecable", ["cable"], ["cablesleeve"]),
    two_types("haishin", "モニター スピーカー", "monspk", ["speaker"], ["spkmonitor"]),
    # --- 2. a leading product word that modifies the head
    qualifies("gaming", "keycap puller", ["puller"], ["keycap"]),
    qualifies("gaming", "gpu bracket", ["bracket"], ["gpu"]),
    qualifies("gaming", "ssd enclosure", ["enclosure"], ["ssd"]),
    qualifies("studio", "camera cage", ["cage"], ["camera"]),
    qualifies("studio", "monitor headphones", ["headphones"], ["monitor"]),
    qualifies("studio", "mic cable", ["miccable"], ["mic", "shotgun"]),
    qualifies("pcshop", "CPU グリス", ["grease"], ["cpu"]),
    qualifies("pcshop", "マウス ソール", ["sole"], ["mouse"]),
    qualifies("haishin", "マイク スポンジ", ["sponge"], ["condenser", "mic"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("gaming", "racing wheel", ["wheel"], ["wheel_acc", "wheelstand"]),
    accessories("gaming", "vr headset", ["vr"], ["vr_acc"]),
    accessories("studio", "shotgun mic", ["shotgun"], ["shotgun_acc"]),
    accessories("studio", "teleprompter", ["prompter"], ["prompter_acc"]),
    accessories("pcshop", "電源ユニット", ["psu"], ["psu_acc", "sleevecable"]),
    accessories("pcshop", "簡易水冷", ["aio"], ["aio_acc"]),
    accessories("haishin", "コンデンサーマイク", ["condenser"], ["mic_acc", "popguard", "sponge", "shockmount"]),
    accessories("haishin", "液タブ", ["pentab"], ["pentab_acc"]),
    # black racing wheels: Apex 299, gear shifter 189, direct drive 599 (a grey entry wheel 149; black
    # accessories and stands 35-149)
    price("gaming", "budget black racing wheel", "wheel-1", ["wheel_acc", "wheelstand"]),
    # black shotgun mics: Echelon 129, compact 59, wireless kit 179 (a white mini 39, a silver XLR 249;
    # black windscreens and mounts 9-19)
    price("studio", "cheap black shotgun mic", "shotgun-1", ["shotgun_acc"]),
    # black PSUs: 850W 13980, 650W 7980, English 750W 11980 (a silver 500W 4980, a white 1000W 19800;
    # black accessories and sleeved cables 480-2280)
    price("pcshop", "安い 黒 電源ユニット", "psu-1", ["psu_acc", "sleevecable"]),
    # white AIO coolers: 360mm 15980, 280mm 12980, English 240mm 16980 (a black 120mm 7980, a black 240mm
    # 18980; white parts 980-3980)
    price("pcshop", "激安 白 簡易水冷", "aio-2", ["aio_acc"]),
    # white condenser mics: USB 6980, English 7980, with arm stand 8980 (a black USB-C 3980, a black XLR
    # 12800; white pop guard, sponge, cable, case, shock mount 780-2480)
    price("haishin", "格安 白 コンデンサーマイク", "condenser-0", ["mic_acc", "popguard", "sponge", "shockmount"]),
    # black pen displays: 15.6in 39800, 13.3in 29800, English 16in 35800 (a white 11.6in 24800; black
    # stand, nibs, shortcut remote 880-4980)
    price("haishin", "お手頃 黒 液タブ", "pentab-1", ["pentab_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English category
    mixed("pcshop", "ライザーケーブル", "riser"),
    mixed("pcshop", "ファンハブ", "fanhub"),
    mixed("pcshop", "ダストフィルター", "dustfilter"),
    mixed("pcshop", "thermal paste", "grease"),
    mixed("haishin", "ポップガード", "popguard"),
    mixed("haishin", "ショックマウント", "shockmount"),
    mixed("haishin", "グリーンバック", "greenback"),
    mixed("haishin", "吸音材", "soundproof"),
    mixed("haishin", "capture card", "capture"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind99(q: Q, setup: str, known_limit):
    known_limit("blind99")
    check(q, setup, ENGINES)


def test_blind99_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black"})
