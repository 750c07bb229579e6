"""A nineteenth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: model kits and
hobby tools (English), home security and safes (English), Japanese toys and educational goods
知育玩具・おもちゃ (part of its category tree English, a few English-titled imports whose Japanese
names are katakana loanwords) and Japanese bath and towel goods タオル・バス用品 (with
English-titled imports). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (both orders, as separate queries);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with English-titled items: the top three are of the query's
   kind, whatever the language of their titles (katakana loanwords of English imports, and a
   category tree in English under Japanese titles).

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (nineteenth suite), as a measurement only (nothing changed for it):
94 of 98 cases pass, 35 of 38 queries (two_types 7 of 10, qualifies 8 of 8, accessories 6 of 6,
price 6 of 6, mixed 8 of 8); the 4 failing cases (3 with the bag-of-words encoder, 1 lexical only)
are strict xfails (`LIMITS`, through `conftest.known_limit`). After (a set, a pack or a pair of the
noun before it is that noun: `COLLECTIVES`, "Cleaner Brush Set" a brush), 2026-11-30: brush cleaner
passes lexical only.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

H = "Hobbies"
TOOLS, PAINT, AIR, STORE = f"{H} > Hobby Tools", f"{H} > Paints & Supplies", f"{H} > Airbrushing", \
    f"{H} > Storage & Display"

HOBBY = {
    "cuttermat": items(f"{TOOLS} > Cutting Mats", ("Olfa Cutter Mat, A3, Self-Healing, Green", 24),
                       ("Hobbyzone Cutter Mat, A4, Double Sided, Grid", 14),
                       ("Cutter Mat, 60x45cm, 5-Layer PVC, Black", 32)),
    "mat": items(f"{TOOLS} > Work Mats", ("Silicone Work Mat, 40x30cm, Heat Resistant, Grey", 18),
                 ("Anti-Static Desk Mat, 60x40cm, with Ground Cord", 26)),
    "matcutter": items(f"{H} > Framing > Mat Cutters", ("Logan Mat Cutter, 45 Degree Bevel, Handheld", 39),
                       ("Mat Cutter, Bevel and Straight, with 10 Blades", 22)),
    "cutter": items(f"{TOOLS} > Cutters", ("Tamiya Modeling Cutter, Fine Tip", 12), ("Olfa Circle Cutter, 10-150mm", 16),
                    ("Acrylic Sheet Cutter, Scoring Hook Blade", 11)),
    "brushcleaner": items(f"{PAINT} > Cleaners", ("Masters Brush Cleaner and Preserver, 75g", 9),
                          ("Vallejo Brush Cleaner, 200ml", 8), ("Mr. Hobby Brush Cleaner Liquid, 250ml", 7)),
    "cleaner": items(f"{PAINT} > Cleaners", ("Airbrush Cleaner, 250ml, Water Based", 10),
                     ("Tamiya Tool Cleaner, 250ml", 9)),
    "cleanerbrush": items(f"{AIR} > Cleaning Tools", ("Cleaner Brush Set, 5 Pieces, Nylon", 6),
                          ("Airbrush Cleaner Brush, Double Ended, 3 Pack", 5)),
    "brush": items(f"{PAINT} > Brushes", ("Winsor Series 7 Paint Brush, Round, Size 0", 14),
                   ("Detail Brush Set, 10 Pieces, Synthetic", 12), ("Army Painter Wargamer Brush, Regiment", 9)),
    "airbrush": items(f"{AIR} > Airbrushes", ("Iwata Eclipse HP-CS Airbrush, Dual Action, 0.35mm, Chrome", 165),
                      ("Harder & Steenbeck Infinity Airbrush, 0.15mm, Silver", 289),
                      ("Fengda BD-130 Airbrush, Dual Action, 0.3mm, Black", 39),
                      ("Timbertech Gravity Feed Airbrush, 0.2mm, Black", 19),
                      ("Master G22 Airbrush, Single Action, 0.5mm, Silver", 24),
                      ("Sparmax Max-4 Airbrush, Trigger, 0.4mm, Silver", 129)),
    "airbrush_acc": items(f"{AIR} > Airbrush Parts", ("Replacement Needle for Iwata Eclipse Airbrush, 0.35mm", 9),
                          ("Airbrush Replacement Nozzle Set, 0.2/0.3/0.5mm", 14),
                          ("Holder for Airbrush, Clamp On, 4 Slots, Silver", 12),
                          ("Quick Disconnect Coupler for Airbrush, 1/8 BSP, Silver", 8),
                          ("Braided Hose for Airbrush, 1.8m, Black", 11)),
    "compressor": items(f"{AIR} > Compressors", ("Timbertech Airbrush Compressor, 1/5 HP, with Tank", 109),
                        ("Fengda Mini Compressor, Quiet, Auto Stop", 79)),
    "knife": items(f"{TOOLS} > Hobby Knives", ("X-Acto #1 Precision Knife, with Cap", 7),
                   ("Olfa AK-1 Art Knife, Cushion Grip", 9), ("Excel K18 Hobby Knife, Aluminium, Swivel Head", 11)),
    "knifeblade": items(f"{TOOLS} > Blades", ("X-Acto #11 Knife Blades, 100 Pack", 24),
                        ("Excel #11 Hobby Knife Blades, Carbon Steel, 15 Pack", 6), ("Olfa Art Knife Blades, 25 Pack", 8)),
    "paint": items(f"{PAINT} > Acrylic Paints", ("Vallejo Model Color Paint Set, 16 x 17ml", 42),
                   ("Tamiya Acrylic Paint X-1, Gloss Black, 10ml", 3),
                   ("Army Painter Warpaints Starter Paint Set, 10 Colours", 25)),
    "paintrack": items(f"{STORE} > Paint Racks", ("Wooden Paint Rack, 3 Tiers, 48 Bottles", 29),
                       ("Acrylic Paint Rack, Wall Mounted, 60 Pots", 35),
                       ("Modular Paint Rack, 17ml Dropper Bottles, 2 Pack", 22)),
    "noise": each(("Tamiya 1/48 Supermarine Spitfire Mk.I Model Kit", f"{H} > Model Kits > Aircraft", 32),
                  ("Revell 1/24 Porsche 911 Model Kit", f"{H} > Model Kits > Cars", 29),
                  ("Acrylic Display Case, 30x15x15cm, UV Protection", f"{STORE} > Display Cases", 25),
                  ("Precision Tweezers Set, 6 Pieces, Anti-Static", f"{TOOLS} > Tweezers", 9)),
}

S = "Home Security"
LIGHTS, SENSORS, SAFES, KEYS, ALARMS, SMART, LOCKS = (f"{S} > {c}" for c in (
    "Security Lighting", "Sensors", "Safes", "Keys", "Alarms", "Smart Locks", "Locks"))

SECURITY = {
    "sensorlight": items(f"{LIGHTS} > Sensor Lights", ("LED Sensor Light, PIR Motion, 30W, Outdoor", 29),
                         ("Solar Sensor Light, 120 LEDs, 3 Modes, 2 Pack", 24),
                         ("Ring Sensor Light, Battery, Wall Mount", 49)),
    "light": items(f"{LIGHTS} > Floodlights", ("Security Floodlight, LED 50W, IP65, Black", 35),
                   ("Outdoor Wall Light, Up and Down, Anthracite", 32), ("Solar Flood Light, 100W, Remote Control", 39)),
    "lightsensor": items(f"{SENSORS} > Light Sensors", ("Light Sensor, Photocell Switch, Dusk to Dawn, 230V", 12),
                         ("Ambient Light Sensor, Zigbee, Battery", 19)),
    "sensor": items(f"{SENSORS} > Motion and Door Sensors", ("Wireless Motion Sensor, PIR, Pet Immune", 22),
                    ("Door and Window Sensor, Magnetic, 2 Pack", 15), ("Glass Break Sensor, Acoustic, Wireless", 29)),
    "keysafe": items(f"{SAFES} > Key Safes", ("Master Lock 5401D Key Safe, Wall Mounted, 4 Digit", 35),
                     ("Burton Key Safe, Police Approved, Combination", 59),
                     ("Key Safe, Push Button Code, Weatherproof Cover", 29)),
    "safe": items(f"{SAFES} > Home Safes", ("Yale Home Safe, Digital Keypad, 16L", 89),
                  ("SentrySafe Fireproof Safe, 34L, Dial Combination", 199),
                  ("Honeywell Document Safe, Waterproof, 17L", 129)),
    "safekey": items(f"{KEYS} > Safe Keys", ("Safe Key Blank, Double Bit, 2 Pack", 12),
                     ("Spare Safe Key, Cut to Code, 1 Key", 19)),
    "key": items(f"{KEYS} > Key Blanks", ("Brass Key Blanks, Cylinder, 10 Pack", 9), ("Dimple Key Blanks, 5 Pack", 7)),
    "siren": items(f"{ALARMS} > Sirens", ("Wired Alarm Siren, 120dB, Indoor", 14),
                   ("Outdoor Alarm Siren with Strobe, 110dB, Solar", 39), ("Wireless Siren, 105dB, Battery, Indoor", 25)),
    "alarm": items(f"{ALARMS} > Alarm Systems", ("Wireless Alarm System, 8 Pieces, App Control", 119),
                   ("Yale Sync Smart Home Alarm Kit", 199))
    + items(f"{ALARMS} > Personal Alarms", ("Personal Alarm, 130dB, Keychain", 9)),
    "keypad": items(f"{SMART} > Keypads", ("Smart Lock Keypad, Fingerprint, Wireless", 59),
                    ("Alarm Keypad, Wireless, RFID Tags", 39)),
    "keypadcover": items(f"{SMART} > Keypad Covers", ("Keypad Cover, Weatherproof, Flip Lid, Grey", 12),
                         ("Keypad Protective Cover, Clear Silicone", 8), ("Keypad Rain Cover, Stainless Steel Hood", 15)),
    "padlock": items(f"{LOCKS} > Padlocks", ("Master Lock Laminated Steel Padlock, 40mm, Silver", 12),
                     ("Abus 83/50 Padlock, Hardened Shackle, Black", 39), ("Squire Stronghold Padlock, CEN 6, Black", 79),
                     ("Combination Padlock, 4 Digit, Black", 9), ("Brass Padlock, 30mm, 3 Keys", 6),
                     ("Bluetooth Smart Padlock, Fingerprint, Black", 29)),
    "padlock_acc": items(f"{LOCKS} > Lock Accessories", ("Weatherproof Cover for Padlock, 50mm, Black", 5),
                         ("Padlock Replacement Keys, 2 Pack", 4), ("Hasp and Staple for Padlock, 150mm, Black", 8),
                         ("Padlock Replacement Shackle, 50mm, Black", 7)),
    "noise": each(("Nuki Smart Lock 4.0, Wi-Fi, Black", SMART, 229),
                  ("Euro Cylinder Door Lock, Anti-Snap, 40/40", f"{LOCKS} > Door Locks", 29),
                  ("Window Lock, Keyed, 4 Pack, White", f"{LOCKS} > Window Locks", 14)),
}

T, EDU, BUILD = "おもちゃ", "知育玩具", "Toys > Building Toys"
VEHICLES, PLUSH = f"{T} > 電車・乗り物", f"{T} > ぬいぐるみ"

TOYS = {
    "blockpuzzle": items(f"{EDU} > パズル > ブロックパズル", ("ブロックパズル 木製 テトリス風 40ピース", 1680),
                         ("ブロックパズル 立体 3D 知育玩具 6歳から", 1280), ("ブロックパズル マグネット式 持ち運び 30問", 980)),
    "puzzle": items(f"{EDU} > パズル", ("木製パズル 動物 型はめ 1歳から", 1280), ("知育パズル ひらがな 46ピース", 1480)),
    "puzzle.jigsaw": items(f"{EDU} > パズル > ジグソーパズル", ("ジグソーパズル 1000ピース 富士山 絶景", 2480),
                           ("Ravensburger Jigsaw Puzzle, 1000 Pieces, Venice", 2980),
                           ("Children's Jigsaw Puzzle, 100 Pieces, Dinosaurs", 1280)),
    "puzzleblock": items(f"{BUILD} > Puzzle Blocks", ("パズルブロック 立体 積み上げ 木製 知育", 1480),
                         ("パズルブロック マグネット 64ピース 形合わせ", 2980)),
    "block": items(f"{BUILD} > Bricks", ("ブロック 基本セット 500ピース 収納ケース付き", 3480),
                   ("大きいブロック ソフト 40個 1歳から", 2480), ("ブロック 1000ピース 互換 基礎板付き", 1980)),
    "minicar": items(f"{VEHICLES} > ミニカー", ("トミカ No.23 日産 GT-R 赤 ミニカー", 561),
                     ("トミカ はしご付き消防車 赤 ミニカー 3歳以上", 660),
                     ("ダイキャスト ミニカー 1/43 ポルシェ 911 白", 1480), ("ミニカー プルバック 働く車 6台セット", 1280),
                     ("Matchbox Die-cast Car, 1:64, Mustang, Red", 720), ("ミニカー 1/64 スポーツカー 青", 480)),
    "minicarcase": items(f"{VEHICLES} > ミニカー収納", ("ミニカーケース 24台収納 クリア 積み重ね", 1980),
                         ("ミニカー用 コレクションケース 12台 赤", 380), ("トミカ 収納ケース 60台 持ち運び", 2480)),
    "minicar_acc": items(f"{VEHICLES} > ミニカー用品", ("ミニカー用 道路マット 100×130cm 街", 1480),
                         ("ミニカー専用 立体駐車場 エレベーター付き 赤", 2980), ("ミニカー対応 ガレージ 10台 赤", 490)),
    "train": items(f"{VEHICLES} > 電車のおもちゃ", ("プラレール S-01 ベーシック新幹線 N700S", 2980),
                   ("電車のおもちゃ 木製 汽車 5両 マグネット連結", 1980), ("電車 おもちゃ 山手線 プルバック 2両", 880)),
    "rail": items(f"{VEHICLES} > レール", ("プラレール 直線レール R-01 4本", 330),
                  ("木製レール 拡張セット 50ピース 曲線 直線", 2480), ("電車 レールセット 高架 橋脚付き", 1980)),
    "plush": items(PLUSH, ("ぬいぐるみ 柴犬 Mサイズ 40cm ブラウン", 2480), ("ぬいぐるみ うさぎ ピンク 30cm ふわふわ", 1980),
                   ("ぬいぐるみ ねこ 抱き枕 ピンク 60cm", 2980), ("Jellycat Bashful Bunny Plush, Pink, 31cm", 3850),
                   ("ぬいぐるみ ぞう 白 25cm 出産祝い", 1280)),
    "plush.teddy": items(f"{PLUSH} > テディベア", ("テディベア 25cm ジョイント ハニー", 3480),
                         ("Steiff Classic Teddy Bear, 30cm, Blond", 12800),
                         ("Teddy Bear, 40cm, Brown, Soft Plush Toy", 2980)),
    "plush_acc": items(f"{PLUSH} > ぬいぐるみ用品", ("ぬいぐるみ用 服 ワンピース ピンク", 780),
                       ("ぬいぐるみ専用 洗剤 500ml", 990), ("ぬいぐるみ対応 ディスプレイスタンド ピンク", 1280),
                       ("着せ替え 帽子 ぬいぐるみ用 ピンク", 580)),
    "tsumiki": items(f"{BUILD} > Wooden Blocks", ("積み木 100ピース 木製 カラフル 1歳半から", 2980),
                     ("積み木 無塗装 国産 ヒノキ 50ピース", 3980), ("積み木 アーチ 虹色 12ピース", 2480)),
    "rattle": items("Toys > Baby Toys > Rattles", ("ラトル 木製 赤ちゃん 出産祝い 3本", 1680),
                    ("Wooden Baby Rattle, Organic, Set of 3", 1980), ("Baby Rattle Teether, Silicone, BPA Free", 1280)),
}

B = "バス用品"
SHOWER = f"{B} > シャワー"

BATH = {
    "towelrack": items(f"{B} > 収納 > タオルラック", ("タオルラック 壁掛け ステンレス 3段", 2480),
                       ("タオルラック 突っ張り 洗面所 省スペース", 3480), ("バスタオル ラック 折りたたみ 木製", 1980)),
    "towel.bath": items("タオル > バスタオル", ("今治 バスタオル 綿100% 2枚 ネイビー", 3280),
                        ("バスタオル 速乾 マイクロファイバー 3枚 グレー", 1980),
                        ("Turkish Bath Towel, 70x140cm, Cotton, White", 2980)),
    "towel.face": items("タオル > フェイスタオル", ("今治 フェイスタオル 5枚組 白 34×80cm", 1980),
                        ("Face Towel, Cotton, 34x80cm, 6 Pack, Grey", 1680), ("Hotel Face Towel Set, 4 Pack, Navy", 1480)),
    "bottle": items(f"{B} > 詰め替えボトル", ("シャンプーボトル 詰め替え 500ml 白 ポンプ式", 880),
                    ("シャンプー ボトル 泡 ディスペンサー 3本セット", 1980),
                    ("詰め替えボトル シャンプー コンディショナー 3本 黒", 1480)),
    "shampoo": items("ヘアケア > シャンプー", ("シャンプー ノンシリコン 詰め替え 400ml", 980),
                     ("シャンプー アミノ酸 本体 ボトル 500ml", 1480), ("Organic Shampoo, Argan Oil, 500ml", 1980)),
    "chair": items(f"{B} > バスチェア", ("バスチェア 40cm 高め 抗菌 白", 2980), ("バスチェア 折りたたみ 30cm グレー", 1480),
                   ("バスチェア 背もたれ付き 高さ調節 白", 5980), ("Bath Chair, Non Slip, 35cm, White", 3280),
                   ("バスチェア 25cm 低め コンパクト 白", 1680)),
    "chair_acc": items(f"{B} > バスチェア > バスチェア用品", ("バスチェア用 クッション 白", 980),
                       ("滑り止めパッド バスチェア用 4個 白", 480), ("バスチェア専用 カバー 防カビ 白", 1280),
                       ("バスチェア対応 キャスター台 白", 1580)),
    "showerhead": items(f"{SHOWER} > シャワーヘッド", ("シャワーヘッド 節水 ミスト 5段階 シルバー", 4980),
                        ("シャワーヘッド マイクロバブル 手元止水 シルバー", 7980), ("シャワーヘッド 節水 シンプル 白", 1280),
                        ("Rain Shower Head, 8 inch, Stainless, Silver", 3980),
                        ("シャワーヘッド 軽量 浄水 5モード シルバー", 2980)),
    "showerhead_acc": items(f"{SHOWER} > シャワー部品", ("シャワーヘッド用 ホルダー 角度調整 シルバー", 980),
                            ("交換用 シャワーホース 1.6m シャワーヘッド対応 シルバー", 1980),
                            ("シャワーヘッド専用 浄水カートリッジ 2個", 1580),
                            ("Shower Head Replacement Filter, Vitamin C, 2 Pack", 1280)),
    "yuoke": items("Bath > Bath Accessories > Wash Basins", ("湯おけ 抗菌 日本製 白", 880),
                   ("湯おけ 木製 ヒノキ 職人手作り", 4980), ("湯おけ 持ち手付き 大容量 グレー", 1280)),
    "bodybrush": items(f"{B} > ボディケア > ボディブラシ", ("ボディブラシ 柄付き 天然毛 豚毛", 1980),
                       ("Body Brush, Long Handle, Natural Bristle", 1680), ("Dry Body Brush, Sisal, Exfoliating", 1280)),
    "bathpillow": items(f"{B} > バスピロー", ("バスピロー 吸盤付き 防水 グレー", 1980),
                        ("Bath Pillow, Spa, 6 Suction Cups, Grey", 2480), ("Inflatable Bath Pillow, Travel Size", 980)),
    "noise": items("Bath > Bath Mats", ("珪藻土 バスマット 60×39cm グレー", 2980), ("Non Slip Bath Mat, 50x80cm, Navy", 1680)),
}

SHOPS = {"hobby": HOBBY, "security": SECURITY, "toys": TOYS, "bath": BATH}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hobby", "cutter mat", "cuttermat", ["mat"], ["matcutter"]),
    two_types("hobby", "mat cutter", "matcutter", ["cutter"], ["cuttermat"]),
    two_types("hobby", "brush cleaner", "brushcleaner", ["cleaner"], ["cleanerbrush"]),
    two_types("hobby", "cleaner brush", "cleanerbrush", ["brush"], ["brushcleaner"]),
    two_types("security", "sensor light", "sensorlight", ["light"], ["lightsensor"]),
    two_types("security", "light sensor", "lightsensor", ["sensor"], ["sensorlight"]),
    two_types("security", "key safe", "keysafe", ["safe"], ["safekey"]),
    two_types("security", "safe key", "safekey", ["key"], ["keysafe"]),
    two_types("toys", "ブロックパズル", "blockpuzzle", ["puzzle"], ["puzzleblock"]),
    two_types("toys", "パズル ブロック", "puzzleblock", ["block"], ["blockpuzzle"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hobby", "knife blade", ["knifeblade"], ["knife"]),
    qualifies("hobby", "paint rack", ["paintrack"], ["paint"]),
    qualifies("security", "alarm siren", ["siren"], ["alarm"]),
    qualifies("security", "keypad cover", ["keypadcover"], ["keypad"]),
    qualifies("toys", "ミニカー ケース", ["minicarcase"], ["minicar"]),
    qualifies("toys", "電車 レール", ["rail"], ["train"]),
    qualifies("bath", "タオル ラック", ["towelrack"], ["towel"]),
    qualifies("bath", "シャンプー ボトル", ["bottle"], ["shampoo"]),
    # --- 3. accessories of X; price word + colour + type
    accessories("hobby", "airbrush", ["airbrush"], ["airbrush_acc"]),
    accessories("security", "padlock", ["padlock"], ["padlock_acc"]),
    accessories("toys", "ミニカー", ["minicar"], ["minicarcase", "minicar_acc"]),
    accessories("toys", "ぬいぐるみ", ["plush"], ["plush_acc"]),
    accessories("bath", "バスチェア", ["chair"], ["chair_acc"]),
    accessories("bath", "シャワーヘッド", ["showerhead"], ["showerhead_acc"]),
    # silver airbrushes: H&S 289, Master G22 24, Sparmax 129 (a black one 19, Iwata chrome 165;
    # silver accessories 8-12)
    price("hobby", "cheap silver airbrush", "airbrush-4", ["airbrush_acc"]),
    # black padlocks: Abus 39, Squire 79, combination 9, Bluetooth 29 (a brass one 6; black accessories 5-8)
    price("security", "cheap black padlock", "padlock-3", ["padlock_acc"]),
    # red minicars: GT-R 561, 消防車 660, Matchbox 720 (a blue one 480; red accessories 380-2980)
    price("toys", "安い 赤 ミニカー", "minicar-0", ["minicarcase", "minicar_acc"]),
    # pink plush: うさぎ 1980, ねこ 2980, Jellycat 3850 (a white one 1280; pink accessories 580-1280)
    price("toys", "お手頃 ピンク ぬいぐるみ", "plush-1", ["plush_acc"]),
    # silver shower heads: ミスト 4980, マイクロバブル 7980, English 3980, 軽量 2980 (a white one 1280;
    # silver accessories 980-1980)
    price("bath", "格安 シルバー シャワーヘッド", "showerhead-4", ["showerhead_acc"]),
    # white bath chairs: 40cm 2980, 背もたれ 5980, English 3280, 25cm 1680 (a grey one 1480;
    # white accessories 480-1580)
    price("bath", "激安 白 バスチェア", "chair-4", ["chair_acc"]),
    # --- 4. Japanese queries among English-titled items (loanwords; an English category tree)
    mixed("toys", "テディベア", "plush.teddy"),
    mixed("toys", "ジグソーパズル", "puzzle.jigsaw"),
    mixed("toys", "ラトル", "rattle"),
    mixed("toys", "積み木", "tsumiki"),
    mixed("bath", "フェイスタオル", "towel.face"),
    mixed("bath", "ボディブラシ", "bodybrush"),
    mixed("bath", "バスピロー", "bathpillow"),
    mixed("bath", "湯おけ", "yuoke"),
]

LIMITS = {
    ("blind19", "two_types:hobby:brush_cleaner", "categories-dense"): "the three brush cleaners lead, then "
    "'Cleaner Brush Set' (a brush) comes fourth, above the plain cleaners 'Airbrush Cleaner'/'Tool Cleaner'",
    ("blind19", "two_types:hobby:cleaner_brush", "categories-dense"): "the two cleaner brushes lead, then the "
    "plain cleaners and 'Vallejo Brush Cleaner' (a cleaner) come above the paint brushes",
    ("blind19", "two_types:security:safe_key", "categories-dense"): "the two safe keys lead, then home safes and "
    "'Burton Key Safe' (a safe) come above the key blanks",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind19(q: Q, setup: str, known_limit):
    known_limit("blind19")
    check(q, setup, ENGINES)


def test_blind19_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"silver": "Silver", "black": "Black", "赤": "Red", "ピンク": "Pink",
                                 "シルバー": "Silver", "白": "White"})
