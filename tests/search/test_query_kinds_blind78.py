"""A seventy-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: musical
instruments and home audio (English: guitar slides and lap steels, trumpet mutes, harmonicas,
snare drums, record players, shelf speakers), photography and video (English: boom poles and boom
mics, flash diffusers, battery grips, monopods, ball heads), a Japanese shop of 楽器・オーディオ
(ヘッドホンアンプ, 譜面台ライト, ギターハンガー, バイオリン弓, カホン, 鍵盤ハーモニカ, カリンバ, タンバリン,
マラカス, オカリナ; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and a Japanese shop of カメラ用品・映像機器 (カメラマイク,
カメラケース, ドローン プロペラ, ジンバル, 防湿庫, スライダー, ブロアー, テレプロンプター, レンズペン; with
English-titled imports and an English category tree in part). Shops of 30-50 items, category
paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a slide guitar for "guitar slide", shelf speakers for
   "speaker shelf", a boom mic for "mic boom", アンプ内蔵 ヘッドホン for "ヘッドホン アンプ", ライト付き
   譜面台 for "譜面台 ライト", マイク内蔵 ウェブカメラ for "カメラ マイク", ケース付き カメラ for
   "カメラ ケース");
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

Written blind on 2026-12-01 (seventy-eighth suite), as a measurement only (nothing changed for
it): 92 of 94 cases pass, 36 of 37 queries in every setup (two_types 7/8 queries, 18/20 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); the 2 failing
cases (one query, "mic boom", in both its setups: the two light boom arms rank above the three mic
boom poles and arms, though no boom mic comes above them) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

I, A, DR = "Instruments", "Audio", "Drums & Percussion"
GACC, BRASS, HARP = "Guitar Accessories", f"{I} > Brass", f"{I} > Harmonicas"

MUSIC = {
    "guitarslide": items(f"{GACC} > Slides", ("Dunmore Glass Guitar Slide, Medium Wall, Ring Size 10", 12),
                         ("Chrome Steel Guitar Slide, Heavy, 60mm", 14),
                         ("Brass Guitar Slide, Knuckle Style, Medium", 19)),
    "slide": items(f"{GACC} > Slides", ("Bottleneck Slide, Ceramic, Pinky Size, Blue Glaze", 16),
                   ("Glass Slide, Short, Size 9, Clear", 11)),
    "slideguitar": items(f"{I} > Guitars > Lap Steel & Resonator",
                         ("Marlow Lap Steel Slide Guitar, 6 String, Sunburst", 229),
                         ("Resonator Slide Guitar, Square Neck, Brass Cone", 449)),
    "guitar": items(f"{I} > Guitars > Acoustic", ("Marlow Dreadnought Acoustic Guitar, Spruce Top, Natural", 249)),
    "speakershelf": items(f"{A} > Speaker Mounts", ("Wall-Mounted Speaker Shelf, Pair, Steel, Black", 39),
                          ("Floating Speaker Shelf, Walnut, Holds 10kg", 29),
                          ("Corner Speaker Shelf, Adjustable Tilt, White", 25)),
    "shelf": items(f"{A} > Furniture", ("AV Component Shelf, 3 Tier, Tempered Glass, Black", 89),
                   ("Wall Shelf for Turntable, Anti-Vibration, Oak", 59)),
    "shelfspeaker": items(f"{A} > Speakers > Bookshelf Speakers",
                          ("Aurel Powered Shelf Speakers, Pair, 60W, Bluetooth, Walnut", 149),
                          ("Passive Shelf Speakers, 2-Way, 5.25in Woofer, Black, Pair", 119),
                          ("Compact Shelf Speakers with Optical Input, White", 99)),
    "speaker": items(f"{A} > Speakers", ("Aurel Floorstanding Tower Speaker, 3-Way, Black", 299),
                     ("Portable Bluetooth Speaker, Waterproof, 20W, Blue", 49)),
    "mute": items(f"{BRASS} > Mutes", ("Trumpet Mute, Straight, Aluminium", 29),
                  ("Trumpet Practice Mute, Silent Brass Style", 45), ("Cup Mute for Trumpet, Fibre", 39)),
    "trumpet": items(f"{BRASS} > Trumpets", ("Halden Bb Trumpet, Lacquered Brass, with Case", 349),
                     ("Student Trumpet, Silver Plated, Bb", 279), ("Pocket Trumpet, Bb, Black", 199)),
    "harmonica": items(HARP, ("Halden Folk Harmonica, 10 Hole, Key of C, Blue", 29),
                       ("Diatonic Harmonica, 10 Hole, Key of A, Blue", 24),
                       ("Chromatic Harmonica, 12 Hole, Key of C, Silver", 59),
                       ("Tremolo Harmonica, 24 Hole, Key of C, Red", 22)),
    "harmonicaholder": items(f"{HARP} > Harmonica Accessories",
                             ("Harmonica Holder, Neck Mount, Adjustable, Chrome", 14),
                             ("Halden Harmonica Holder, Heavy Duty, Black", 19),
                             ("Harmonica Holder for Guitar Players, Folding", 12)),
    "harmonica_acc": items(f"{HARP} > Harmonica Accessories", ("Harmonica Case, 7 Slots, Zip, Blue", 15),
                           ("Harmonica Cleaning Kit, Brush & Cloth", 9),
                           ("Replacement Reed Plates for 10 Hole Harmonica, Key of C", 18)),
    "snare": items(f"{DR} > Snare Drums", ("Kettler Snare Drum, 14 x 5.5, Maple, Black", 189),
                   ("Steel Snare Drum, 14 x 6.5, Chrome", 149), ("Piccolo Snare Drum, 13 x 3.5, Birch, Red", 169),
                   ("Student Snare Drum Kit with Stand & Sticks, Black", 99)),
    "snare_acc": items(f"{DR} > Drum Parts", ("Snare Drum Head, Coated, 14in", 19),
                       ("Replacement Snare Wires for 14in Snare Drum, 20 Strand", 15),
                       ("Padded Snare Drum Bag, 14in, Black", 35)),
    "recordplayer": items(f"{A} > Turntables", ("Aurel Record Player, Belt Drive, Built-in Speakers, Brown", 89),
                          ("Suitcase Record Player, 3 Speed, Bluetooth, Teal", 59),
                          ("Hi-Fi Record Player, Direct Drive, USB Out, Black", 229)),
    "recordplayer_acc": items(f"{A} > Turntables > Turntable Parts",
                              ("Replacement Stylus for Record Player, Diamond Tip, 2 Pack", 12),
                              ("Record Player Drive Belt, Replacement", 8),
                              ("Dust Cover for Record Player, Acrylic", 29)),
}

V, L, S, CA = "Video", "Lighting", "Supports", "Camera Accessories"

PHOTO = {
    "micboom": items(f"{V} > Audio > Boom Poles", ("Kestrel Mic Boom Pole, Carbon Fibre, 3m, Internal XLR Cable", 149),
                     ("Aluminium Mic Boom Pole, 5 Section, 2.7m", 59), ("Mic Boom Arm, Desktop, Scissor, Black", 29)),
    "boom": items(f"{L} > Stands & Booms", ("Light Boom Arm with Counterweight, 2m", 69),
                  ("Overhead Boom Arm for Light Stands, Steel", 49)),
    "boommic": items(f"{V} > Audio > Microphones", ("Kestrel Boom Mic, Supercardioid Shotgun, XLR", 249),
                     ("Compact Boom Mic Kit with Pistol Grip & Windscreen", 129)),
    "mic": items(f"{V} > Audio > Microphones", ("Wireless Lavalier Microphone System, 2 Transmitters", 199)),
    "diffuser": items(f"{L} > Flash Modifiers", ("Flash Diffuser, Bounce Dome, Universal", 12),
                      ("Kestrel Flash Diffuser, Softbox Style, Foldable, 20cm", 24),
                      ("Flash Diffuser Caps for Speedlights, 3 Pack", 15)),
    "flash": items(f"{L} > Flashes", ("Kestrel Speedlight Flash, GN60, TTL, for Canon", 129),
                   ("Manual Flash, GN33, Hot Shoe, Black", 45), ("Ring Flash for Macro, LED, 8 Modes", 59)),
    "batterygrip": items(f"{CA} > Grips", ("Battery Grip for Canon R6, Vertical Shutter", 89),
                         ("Kestrel Battery Grip, Dual LP-E6, with Remote", 69),
                         ("Vertical Battery Grip for Sony A7 IV", 99)),
    "battery": items(f"{CA} > Batteries", ("LP-E6NH Camera Battery, 2130mAh, 2 Pack", 49),
                     ("NP-FZ100 Battery, Replacement, 2280mAh", 39),
                     ("Rechargeable AA Batteries, 2800mAh, 8 Pack", 19)),
    "monopod": items(f"{S} > Monopods", ("Kestrel Carbon Monopod, 5 Section, 165cm, Black", 119),
                     ("Aluminium Monopod, 4 Section, 160cm, Black", 35),
                     ("Video Monopod with Fluid Head & Feet, Black", 149),
                     ("Travel Monopod, 140cm, Red", 29), ("Hiking Stick Monopod, 135cm, Black", 39)),
    "monopod_acc": items(f"{S} > Monopods > Monopod Accessories", ("Folding Feet Base for Monopods, Black", 25),
                         ("Replacement Rubber Foot for Monopod, 3/8in, Black", 8),
                         ("Tilt Head for Monopods, Black", 29)),
    "ballhead": items(f"{S} > Tripod Heads", ("Kestrel Ball Head, 36mm, Arca-Swiss, Silver", 89),
                      ("Mini Ball Head, 1/4in, 5kg Load, Silver", 19),
                      ("Ball Head with Panning Base, 44mm, Black", 79),
                      ("Low Profile Ball Head, 40mm, Silver", 59), ("Compact Ball Head, 28mm, Black", 15)),
    "ballhead_acc": items(f"{S} > Tripod Heads > Plates & Clamps",
                          ("Quick Release Plate for Ball Head, 50mm, Arca-Swiss, Silver", 12),
                          ("Replacement Clamp for Ball Head, Screw Knob, Silver", 24),
                          ("L-Bracket for Ball Heads, Arca-Swiss, Silver", 39)),
}

AU, G, PC, KB, ST = "オーディオ", "Guitar", "Percussion", "鍵盤楽器", "譜面台"

GAKKI = {
    "hpamp": items(f"{AU} > ヘッドホンアンプ", ("ヘッドホンアンプ ポータブル USB DAC内蔵 ハイレゾ対応", 12800),
                   ("ヘッドホンアンプ 真空管 据え置き 黒", 19800), ("ヘッドホンアンプ バランス出力 4.4mm 銀", 15800)),
    "amp": each(("ギターアンプ 20W 練習用 黒", f"{G} > Amplifiers", 9800),
                ("プリメインアンプ Bluetooth対応 50W×2", f"{AU} > アンプ", 24800)),
    "amphp": items(f"{G} > Headphones", ("アンプ内蔵 ヘッドホン ギター用 エフェクト搭載", 11800),
                   ("ギターアンプ内蔵 ヘッドホン ワイヤレス 練習用", 14800)),
    "standlight": items(f"{ST} > 譜面台ライト", ("譜面台ライト LED クリップ式 充電式", 1980), ("譜面台 ライト 9灯 USB 調光", 2480),
                        ("オーケストラ 譜面台ライト 2灯 電池式", 2980)),
    "light": each(("ピアノライト LED アーム式 黒", f"{KB} > ピアノ用品", 5980),
                  ("クリップライト LED 首振り 白", "アクセサリー > ライト", 1580)),
    "lightstand": items(f"{ST} > 譜面台", ("ライト付き 譜面台 折りたたみ 黒", 4980), ("LEDライト付き 譜面台 卓上 スチール", 3980)),
    "hanger": items(f"{G} > Stands & Hangers", ("ギターハンガー 壁掛け ロック付き", 1480), ("ギター ハンガー 木製ベース 2個セット", 2480),
                    ("ギターハンガー スタンド掛け 回転式", 980)),
    "guitar": items(f"{G} > Acoustic Guitars", ("アコースティックギター ドレッドノート ナチュラル", 24800),
                    ("Acoustic Guitar, Folk Size, Spruce Top, Natural", 22800)),
    "bow": items("Strings > Violin > 弓", ("バイオリン弓 4/4 ブラジルウッド 馬毛", 6800), ("バイオリン 弓 カーボン 4/4", 12800),
                 ("分数 バイオリン弓 1/2 子供用", 5800)),
    "violin": items("Strings > Violin > バイオリン", ("バイオリン 4/4 初心者セット ケース付き", 29800),
                    ("Violin Outfit, 4/4, Solid Spruce, with Case", 34800)),
    "cajon": items(f"{PC} > カホン", ("カホン 初心者 スナッピー付き 黒", 8980),
                   ("Cajon Box Drum, Birch, Adjustable Snares, Black", 12800), ("カホン 子供用 ミニ 黒", 5980),
                   ("カホン 折りたたみ 旅行用 赤", 4980)),
    "cajon_acc": items(f"{PC} > カホン > カホン用品", ("カホン用 バッグ リュック型 黒", 2480), ("カホン専用 クッション 座布団 黒", 1980),
                       ("カホン対応 スネアユニット 後付け", 3480)),
    "melodica": items(f"{KB} > 鍵盤ハーモニカ", ("鍵盤ハーモニカ 32鍵 青 ケース付き", 6980), ("鍵盤ハーモニカ 32鍵 ピンク 小学校", 6480),
                      ("鍵盤ハーモニカ 32鍵 青 卓奏用パイプ付き", 7480)),
    "melodica_acc": items(f"{KB} > 鍵盤ハーモニカ > 鍵盤ハーモニカ用品", ("鍵盤ハーモニカ用 ケース 32鍵 青", 1980),
                          ("吹き口 鍵盤ハーモニカ専用 2本入", 480), ("鍵盤ハーモニカ対応 卓奏用ホース 交換用", 580)),
    "kalimba": items(f"{PC} > Kalimba", ("Kalimba, 17 Keys, Mahogany, with Tuning Hammer", 2980),
                     ("Kalimba Thumb Piano, 21 Keys, Acrylic, Clear", 3480), ("カリンバ 17キー 木製 初心者", 2480)),
    "tambourine": items(f"{PC} > タンバリン", ("Tambourine, 10 Inch, Double Row Jingles, Black", 1980),
                        ("タンバリン 子供用 木製", 980), ("Half Moon Tambourine, Red", 1580)),
    "maracas": items(f"{PC} > マラカス", ("Maracas, Wooden, Pair, Red", 980), ("マラカス 木製 2本 子供用", 780),
                     ("Plastic Maracas, Pair, Assorted Colours", 580)),
    "ocarina": items("Wind Instruments > Ocarina", ("オカリナ アルトC 12穴 陶器", 4980), ("オカリナ ソプラノF 樹脂 初心者", 1980),
                     ("オカリナ 木製 6穴 子供用", 1580)),
}

EI, BC, DRONE, KEEP = "映像機器", "Bags & Cases", "Drones", "保管"

CAMERA = {
    "cammic": items(f"{EI} > マイク", ("カメラマイク ショットガン 超指向性 3.5mm", 5980), ("カメラ用 マイク ワイヤレス 2人用 USB-C", 8980),
                    ("カメラマイク 小型 ウインドジャマー付き", 3980)),
    "mic": items(f"{EI} > マイク", ("ピンマイク ラベリア 有線 6m", 1980), ("USBマイク コンデンサー 配信用 黒", 6980)),
    "miccam": items(f"{EI} > Webcams", ("マイク内蔵 ウェブカメラ 1080p オートフォーカス", 3980),
                    ("マイク付き ウェブカメラ 4K 広角 会議用", 6980)),
    "camcase": items(f"{BC} > カメラケース", ("カメラケース ミラーレス用 本革 ブラウン", 4980),
                     ("カメラケース コンパクトデジカメ用 衝撃吸収 黒", 1980), ("カメラケース 一眼レフ用 ハードケース 防水", 3980)),
    "case": items(f"{BC} > その他ケース", ("レンズケース ネオプレン 3個セット", 1480), ("SDカードケース 12枚収納 防水", 980),
                  ("バッテリーケース 2個入 収納", 680)),
    "casecam": items(f"{EI} > カメラ", ("防水ケース付き アクションカメラ 4K 手ぶれ補正", 9800),
                     ("ケース付き インスタントカメラ セット 白", 9980)),
    "propeller": items(f"{DRONE} > ドローン用品", ("ドローン プロペラ 交換用 4枚 Mini 3対応", 1980),
                       ("ドローン用 プロペラ ローノイズ 8枚", 2480), ("プロペラ 予備 ドローン 折りたたみ式 2ペア", 1480)),
    "drone": items(f"{DRONE} > ドローン本体", ("ドローン 4Kカメラ付き 折りたたみ 249g", 29800),
                   ("トイドローン 初心者 室内 ホバリング", 5980), ("Camera Drone, 4K, GPS Return Home, 3 Batteries", 39800)),
    "gimbal": items(f"{EI} > Gimbals", ("ジンバル スマホ用 3軸 折りたたみ 黒", 8980), ("ジンバル ミラーレス一眼用 3軸 積載3kg 黒", 39800),
                    ("Gimbal Stabilizer for Smartphones, 3-Axis, Black", 9980), ("ジンバル スマホ 自撮り棒 三脚付き 白", 5980)),
    "gimbal_acc": items(f"{EI} > Gimbals > Gimbal Accessories", ("ジンバル用 ミニ三脚 黒", 1480),
                        ("ジンバル専用 カウンターウェイト 黒 2個", 980), ("ジンバル対応 スマホクランプ 交換用", 1280)),
    "drycab": items(f"{KEEP} > 防湿庫", ("防湿庫 30L 全自動 デジタル湿度計 黒", 16800), ("防湿庫 50L 静音 LED照明付き", 24800),
                    ("防湿庫 21L 小型 鍵付き", 13800)),
    "drycab_acc": items(f"{KEEP} > 防湿庫 > 防湿庫用品", ("防湿庫用 棚板 追加 30L用", 1980), ("防湿庫専用 レンズ仕切り ウレタン", 1480),
                        ("防湿庫対応 湿度計 デジタル 交換用", 980)),
    "slider": items("Video > Sliders", ("Camera Slider, Carbon Fibre, 80cm, Ball Bearings", 8980),
                    ("Motorized Camera Slider, 60cm, App Control", 24800), ("カメラスライダー アルミ 40cm 卓上", 4980)),
    "blower": items("Cleaning > ブロアー", ("Air Blower, Silicone, Dust Remover for Lenses", 980),
                    ("ブロアー 大型 シリコン レンズ センサー清掃", 1280), ("ブロアー ロケット型 ヘッド交換式", 1580)),
    "prompter": items("Video > Teleprompters", ("Teleprompter for Tablets, 12 inch, Beam Splitter Glass", 19800),
                      ("Smartphone Teleprompter with Remote, Foldable", 6980), ("テレプロンプター スマホ用 リモコン付き", 7980)),
    "lenspen": items("Cleaning > Lens Pens", ("レンズペン 2本セット カーボン クリーニング", 1280), ("レンズペン プロ ブラシ付き 一眼レフ用", 1680),
                     ("レンズペン ミニ スマホ カメラ用", 880)),
}

SHOPS = {"music": MUSIC, "photo": PHOTO, "gakki": GAKKI, "camera": CAMERA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("music", "guitar slide", "guitarslide", ["slide"], ["slideguitar"]),
    two_types("music", "speaker shelf", "speakershelf", ["shelf"], ["shelfspeaker"]),
    two_types("music", "shelf speakers", "shelfspeaker", ["speaker"], ["speakershelf"]),
    two_types("photo", "mic boom", "micboom", ["boom"], ["boommic"]),
    two_types("gakki", "ヘッドホン アンプ", "hpamp", ["amp"], ["amphp"]),
    two_types("gakki", "譜面台 ライト", "standlight", ["light"], ["lightstand"]),
    two_types("camera", "カメラ マイク", "cammic", ["mic"], ["miccam"]),
    two_types("camera", "カメラ ケース", "camcase", ["case"], ["casecam"]),
    # --- 2. a leading product word that modifies the head
    qualifies("music", "trumpet mute", ["mute"], ["trumpet"]),
    qualifies("music", "harmonica holder", ["harmonicaholder"], ["harmonica"]),
    qualifies("photo", "flash diffuser", ["diffuser"], ["flash"]),
    qualifies("photo", "battery grip", ["batterygrip"], ["battery"]),
    qualifies("gakki", "ギター ハンガー", ["hanger"], ["guitar"]),
    qualifies("gakki", "バイオリン 弓", ["bow"], ["violin"]),
    qualifies("camera", "ドローン プロペラ", ["propeller"], ["drone"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("music", "snare drum", ["snare"], ["snare_acc"]),
    accessories("music", "record player", ["recordplayer"], ["recordplayer_acc"]),
    accessories("photo", "monopod", ["monopod"], ["monopod_acc"]),
    accessories("photo", "ball head", ["ballhead"], ["ballhead_acc"]),
    accessories("gakki", "カホン", ["cajon"], ["cajon_acc"]),
    accessories("gakki", "鍵盤ハーモニカ", ["melodica"], ["melodica_acc"]),
    accessories("camera", "ジンバル", ["gimbal"], ["gimbal_acc"]),
    accessories("camera", "防湿庫", ["drycab"], ["drycab_acc"]),
    # blue harmonicas: folk 29, diatonic 24 (a red tremolo 22, a silver chromatic 59; a blue case 15)
    price("music", "cheap blue harmonica", "harmonica-1", ["harmonicaholder", "harmonica_acc"]),
    # black monopods: carbon 119, aluminium 35, video 149, hiking stick 39 (a red travel one 29; black
    # accessories 8-29)
    price("photo", "budget black monopod", "monopod-1", ["monopod_acc"]),
    # silver ball heads: 36mm 89, mini 19, low profile 59 (black ones 15 and 79; silver plates and clamps 12-39)
    price("photo", "cheap silver ball head", "ballhead-1", ["ballhead_acc"]),
    # black cajons: beginner 8980, English import 12800, kids mini 5980 (a red folding one 4980; a black bag 2480
    # and cushion 1980)
    price("gakki", "安い 黒 カホン", "cajon-2", ["cajon_acc"]),
    # blue melodicas: with case 6980, with pipe 7480 (a pink one 6480; a blue case 1980)
    price("gakki", "お手頃 青 鍵盤ハーモニカ", "melodica-0", ["melodica_acc"]),
    # black gimbals: phone 8980, mirrorless 39800, English import 9980 (a white one 5980; black accessories 980-1480)
    price("camera", "格安 黒 ジンバル", "gimbal-0", ["gimbal_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("gakki", "カリンバ", "kalimba"),
    mixed("gakki", "タンバリン", "tambourine"),
    mixed("gakki", "マラカス", "maracas"),
    mixed("gakki", "ocarina", "ocarina"),
    mixed("camera", "スライダー", "slider"),
    mixed("camera", "ブロアー", "blower"),
    mixed("camera", "テレプロンプター", "prompter"),
    mixed("camera", "lens pen", "lenspen"),
]

_BOOM = "two light boom arms (Light Boom Arm, Overhead Boom Arm for Light Stands) first, the three mic booms 3rd-5th"
LIMITS: dict = {
    ("blind78", "two_types:photo:mic_boom", "categories-lexical"): _BOOM,
    ("blind78", "two_types:photo:mic_boom", "categories-dense"): _BOOM,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind78(q: Q, setup: str, known_limit):
    known_limit("blind78")
    check(q, setup, ENGINES)


def test_blind78_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "青": "Blue", "black": "Black", "blue": "Blue", "silver": "Silver"})
