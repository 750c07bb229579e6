"""A hundred-and-forty-sixth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
fretted folk instruments and tuners (English: ukuleles and ukulele strings, banjos and banjo parts,
clip tuners, tuners and tuner clips, cajons and cajon bags), live sound and DJ gear (English: DJ
controllers, controller cases and controller parts, horn speakers, PA speakers, speaker horns and
speaker covers, wireless mics and mic parts), a Japanese keyboard-instrument shop 鍵盤楽器 (電子ピアノ,
ピアノ椅子 and keyboard benches, キーボード and キーボードケース, ダンパーペダル, クリップチューナー and
チューナークリップ, piano lamps, music stands, メトロノーム; part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords) and a Japanese streaming-gear shop
配信機材 (マイクスピーカー and スピーカーマイク, ケーブルクリップ and クリップケーブル, ピンマイク, ダイナミックマイク,
リングライト, capture cards, boom arms, ヘッドホンスタンド, 吸音パネル; with English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (146th suite), as a measurement only (nothing changed for it):
91 of 94 cases pass, 35 of 36 queries in every setup (two_types 7/7 queries, 19/19 cases;
qualifies 6/7, 14/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22); the 3 failing
cases (one query, ピアノ椅子, in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`). Test-bug fix before the run: the streaming shop had 52 items; a ring-light
remote and an open-back headphone were dropped to bring it to 50.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

FI, AC, PC = "Fretted Instruments", "Accessories", "Percussion"
TUNERS = f"{AC} > Tuners"

BAND = {
    "ukulele": items(f"{FI} > Ukuleles", ("Kalani Soprano Ukulele, Mahogany, with Gig Bag, Natural", 59),
                     ("Kalani Concert Ukulele, Spruce Top, Blue", 79),
                     ("Islander Soprano Ukulele, Basswood, Blue", 39),
                     ("Kalani Tenor Ukulele, Solid Mahogany, Blue Burst", 129),
                     ("Islander Concert Ukulele, Pink", 35)),
    "ukestrings": items(f"{AC} > Strings > Ukulele Strings", ("Aquila-Style Ukulele Strings, Soprano/Concert, Nylgut", 12),
                        ("Kalani Ukulele Strings, Tenor, Low G, Blue", 9),
                        ("Fluorocarbon Ukulele Strings, Concert, Clear", 11)),
    "uke_acc": items(f"{AC} > Ukulele Accessories", ("Gig Bag for Soprano Ukulele, Padded, Blue", 19),
                     ("Ukulele Strap, Clip-On, No Drilling, Blue", 8),
                     ("Ukulele Replacement Saddle and Nut, Bone", 7)),
    "banjo": items(f"{FI} > Banjos", ("Bluegrass 5-String Banjo, Resonator, Maple", 399),
                   ("Openback 5-String Banjo, Walnut Rim", 299),
                   ("6-String Banjo, Guitar Tuned, Black", 449)),
    "banjo_acc": items(f"{AC} > Banjo Accessories", ("Banjo Replacement Head, 11 inch, Frosted", 29),
                       ("Resonator Back for 5-String Banjos, Maple", 89),
                       ("Banjo Strings, Light, 5-String Set", 8),
                       ("Banjo Bridge Replacement, 5/8 inch", 12)),
    "cliptuner": items(f"{TUNERS} > Clip Tuners", ("Snapline Clip Tuner, Chromatic, Black", 15),
                       ("Clip Tuner for Guitar, Bass and Ukulele, Rechargeable", 22),
                       ("Mini Clip Tuner, Headstock, Clear Display", 12)),
    "tuner": items(TUNERS, ("Snapline Pedal Tuner, Chromatic, True Bypass", 69),
                   ("Desktop Chromatic Tuner, Orange", 25),
                   ("Rackmount Tuner, 1U, LED Meter", 149)),
    "tunerclip": items(f"{TUNERS} > Tuner Parts", ("Tuner Clip Replacement, Spring Clamp, 2 Pack", 6),
                       ("Tuner Clip Mount, Swivel Ball Joint, Black", 5)),
    "cajon": items(f"{PC} > Cajons", ("Kalani Cajon, Birch, Snare Wires, Natural", 119),
                   ("Travel Cajon, Compact, Sapele", 89),
                   ("Bass Cajon, Large, Rear Port", 179)),
    "cajonbag": items(f"{PC} > Cajon Accessories", ("Cajon Bag, Padded, Backpack Straps, Black", 39),
                      ("Cajon Bag with Front Pocket, Water-Resistant", 29)),
    "noise": each(("Blues Harmonica, Key of C, 10 Holes", f"{PC} > Harmonicas", 25),
                  ("A-Style Mandolin, Spruce Top, Sunburst", f"{FI} > Mandolins", 199),
                  ("Kalimba, 17 Keys, Mahogany", f"{PC} > Kalimbas", 29),
                  ("Guitar Capo, Quick Change, Black", f"{AC} > Capos", 12),
                  ("Guitar Picks, 12 Pack, Medium", f"{AC} > Picks", 5)),
}

DJ, PA, MIC = "DJ", "PA", "Microphones"

LIVE = {
    "controller": items(f"{DJ} > DJ Controllers", ("Pulsedeck 2-Channel DJ Controller, Jog Wheels, Black", 249),
                        ("Pulsedeck 4-Channel DJ Controller, Built-In Mixer, Black", 599),
                        ("Mixtrak Starter DJ Controller, USB, White", 149),
                        ("Mixtrak Pro DJ Controller, 2 Decks, Black", 199)),
    "ctrl_acc": items(f"{DJ} > Controller Accessories", ("Replacement Jog Wheel for DJ Controllers, Black", 39),
                      ("Dust Cover for 2-Channel DJ Controllers, Black", 29),
                      ("Replacement Knobs for DJ Controller, 20 Pack, Black", 12)),
    "ctrlcase": items(f"{DJ} > Cases & Bags", ("Controller Case, Hard Shell, Fits 2-Channel DJ Controllers, Black", 89),
                      ("Padded Controller Case with Laptop Pocket", 69),
                      ("Controller Case, Aluminium Flight Case, 4-Channel", 149)),
    "hornspeaker": items(f"{PA} > PA Speakers > Horn Speakers", ("Loudcall Horn Speaker, 30W, Weatherproof, 8 Ohm", 59),
                         ("Paging Horn Speaker, 15W, 100V Line, White", 45),
                         ("Stadium Horn Speaker, 50W, Aluminium", 99)),
    "speaker": items(f"{PA} > PA Speakers", ("Stagemax 12 inch Powered PA Speaker, 1000W", 399),
                     ("Stagemax 15 inch Passive PA Speaker, 800W", 329),
                     ("Compact Stage Monitor Speaker, 8 inch, Active", 229)),
    "speakerhorn": items(f"{PA} > Speaker Parts", ("Speaker Horn, Bolt-On Waveguide, 1 inch Throat", 39),
                         ("Speaker Horn, 90x40 Degree, Replacement", 49)),
    "speakercover": items(f"{PA} > Speaker Covers", ("Padded Speaker Cover for 12 inch PA Speakers, Black", 39),
                          ("Speaker Cover, 15 inch, Water-Resistant Nylon", 45),
                          ("Stretch Speaker Covers, 2 Pack, Black", 29)),
    "mic": items(f"{MIC} > Wireless Microphones", ("Voxline Wireless Mic System, Handheld, UHF, Black", 129),
                 ("Voxline Dual Wireless Mic Set, 2 Handhelds", 199),
                 ("Wireless Mic, Lavalier and Headset, Rechargeable", 89)),
    "mic_acc": items(f"{MIC} > Mic Accessories", ("Replacement Windscreen for Wireless Mic, Foam, 5 Pack", 9),
                     ("Battery Cover for Voxline Wireless Mic", 8),
                     ("Mic Clip for Wireless Handheld Mics", 7)),
    "noise": each(("XLR Cable, 6m, Male to Female, Black", "Cables > XLR Cables", 15),
                  ("Passive DI Box, Mono, Ground Lift", f"{PA} > DI Boxes", 59),
                  ("In-Ear Monitors, Dual Driver, Clear", "Monitoring > In-Ear Monitors", 99),
                  ("Tripod Speaker Stand, Pair, Black", f"{PA} > Speaker Stands", 79),
                  ("8-Channel Mixer, USB, Effects", f"{PA} > Mixers", 179)),
}

K, E = "鍵盤楽器", "Keyboard Accessories"

PIANO = {
    "piano": items(f"{K} > 電子ピアノ", ("電子ピアノ 88鍵 ハンマーアクション 黒", 59800), ("電子ピアノ 88鍵 スリム 白", 49800),
                   ("電子ピアノ 88鍵 木製鍵盤 黒 3本ペダル", 89800), ("Digital Piano, 88 Weighted Keys, Black", 45800),
                   ("電子ピアノ 61鍵 コンパクト ローズウッド", 39800)),
    "piano_acc": items(f"{K} > 電子ピアノ > 電子ピアノ小物", ("電子ピアノ用 防音マット 黒 180×150cm", 6980),
                       ("電子ピアノ専用 カバー 88鍵 黒", 2980), ("電子ピアノ対応 ヘッドホン延長ケーブル 3m", 980)),
    "pianochair": items(f"{K} > ピアノ椅子", ("ピアノ椅子 高低自在 黒 ネジ式", 12800), ("ピアノ椅子 背もたれ付き 白 キャスター", 16800),
                        ("ピアノ椅子 折りたたみ 白 軽量", 7980), ("ピアノ椅子 子供用 補助台付き 白", 9800)),
    "pianochair.bench": items(f"{E} > Keyboard Benches", ("Keyboard Bench, X-Style, Adjustable, Black", 3980),
                              ("Keyboard Bench, Padded, Folding, White", 8980),
                              ("キーボードベンチ 折りたたみ 高さ調節 黒", 4480)),
    "chair_acc": items(f"{K} > ピアノ椅子 > 椅子小物", ("ピアノ椅子用 キャスター 白 4個", 1980), ("ピアノ椅子専用 クッション 白", 2480)),
    "keyboard": items(f"{K} > キーボード", ("キーボード 61鍵 タッチレスポンス 黒", 19800), ("キーボード 76鍵 スピーカー内蔵 白", 29800),
                      ("Portable Keyboard, 61 Keys, Lesson Mode", 14800)),
    "kbcase": items(f"{E} > Cases", ("キーボードケース 61鍵 ソフトケース リュック 黒", 5980), ("キーボードケース 88鍵 キャスター付き", 12800),
                    ("Keyboard Case, 76 Keys, Padded Gig Bag", 6980)),
    "pedal": items(f"{K} > ペダル", ("ダンパーペダル ピアノ型 ハーフペダル対応", 4980), ("ダンパーペダル 汎用 極性切替", 2980),
                   ("Damper Pedal, Piano Style, Universal Polarity", 3480)),
    "pedal_acc": items(f"{K} > ペダル > ペダル小物", ("ダンパーペダル用 滑り止めマット", 1280), ("ダンパーペダル対応 延長ケーブル 3m", 880),
                       ("ダンパーペダル専用 交換ゴム足 4個", 480)),
    "cliptuner": items(f"{E} > Tuners", ("クリップチューナー クロマチック 黒", 1980), ("クリップチューナー 充電式 管楽器 弦楽器", 2980),
                       ("Clip Tuner, Chromatic, Color Display", 2480)),
    "tuner": items(f"{E} > Tuners", ("チューナー 卓上 ピッチ調整 442Hz", 2480), ("チューナー 吹奏楽 大画面 白", 3480)),
    "tunerclip": items(f"{E} > Tuners > Tuner Parts", ("チューナークリップ 交換用 2個", 580), ("チューナークリップ 角度調整 黒", 680)),
    "lamp": items(f"{E} > Piano Lamps", ("Piano Lamp, LED, Brass, Dimmable", 6980), ("Piano Lamp, Clip-On, Music Stand Light", 2480),
                  ("ピアノライト LED 譜面 調光 黒", 3980)),
    "stand": items(f"{E} > Music Stands", ("Folding Music Stand, Steel, Black", 1980), ("Orchestra Music Stand, Heavy Duty", 4980),
                   ("譜面台 折りたたみ 軽量 ケース付き", 1580)),
    "metronome": items(f"{E} > Metronomes", ("メトロノーム 振り子式 木目", 6980), ("電子メトロノーム 音量調節 イヤホン端子", 2480),
                       ("メトロノーム クリップ式 小型", 1280)),
}

H, S = "配信機材", "Streaming"

STREAM = {
    "micspeaker": items(f"{H} > スピーカー", ("マイクスピーカー ワイヤレスマイク付き 拡声器 充電式", 5980),
                        ("マイクスピーカー ポータブル カラオケ 2本マイク", 8980), ("マイクスピーカー 授業 講演 ヘッドセット付き", 4980)),
    "speaker": items(f"{H} > スピーカー", ("PCスピーカー 2.0ch 木製 黒", 3980), ("モニタースピーカー 5インチ ペア", 19800),
                     ("Bluetooth Speaker, Portable, Waterproof", 4980)),
    "speakermic": items(f"{H} > Web会議", ("スピーカーマイク Web会議 全指向性 Bluetooth", 7980),
                        ("スピーカーマイク エコーキャンセル 有線", 9980), ("スピーカーマイク 無線 会議室 4人", 12800)),
    "pinmic": items(f"{H} > マイク > ピンマイク", ("ピンマイク ワイヤレス iPhone Android 黒", 3980), ("ピンマイク 有線 3.5mm 黒 6m", 1280),
                    ("ピンマイク 2本セット 無線 白", 4980), ("Lavalier Microphone, Clip-On, Black", 1980),
                    ("ピンマイク 有線 白 1.5m", 980)),
    "pinmic_acc": items(f"{H} > マイク > マイク小物", ("ピンマイク用 ウインドスクリーン 黒 10個", 480),
                        ("ピンマイク専用 クリップ 交換用 黒", 380)),
    "dynmic": items(f"{H} > マイク > ダイナミックマイク", ("ダイナミックマイク XLR 配信 単一指向性", 6980),
                    ("ダイナミックマイク ボーカル スイッチ付き", 3980), ("Dynamic Microphone, Cardioid, XLR, Black", 8980)),
    "dynmic_acc": items(f"{H} > マイク > マイク小物", ("ダイナミックマイク用 ウインドスクリーン 2個", 680),
                        ("ダイナミックマイク専用 マイクホルダー", 880)),
    "cableclip": items(f"{H} > ケーブル整理", ("ケーブルクリップ 粘着式 10個 黒", 680), ("ケーブルクリップ デスク 5連 シリコン", 880),
                       ("ケーブルクリップ マグネット 6個", 980)),
    "clip": items(f"{H} > ケーブル整理", ("コードクリップ 結束 20個", 480), ("クリップ 配線 固定 透明 20個", 380)),
    "clipcable": items(f"{H} > ケーブル", ("クリップケーブル ワニ口 10本 50cm", 680), ("クリップケーブル 両端ワニ口 テスト用", 580)),
    "cable": items(f"{H} > ケーブル", ("XLRケーブル 3m オスメス 黒", 1280), ("オーディオケーブル 3.5mm ステレオ 1m", 480)),
    "ringlight": items(f"{S} > Lighting > Ring Lights", ("リングライト 10インチ 三脚付き 白", 2980), ("リングライト 卓上 クリップ式 白", 1980),
                       ("Ring Light, 12 inch, with Phone Holder, White", 3480), ("リングライト 6インチ 卓上 ピンク", 1480)),
    "ringlight_acc": items(f"{S} > Lighting > Ring Light Parts", ("リングライト用 スマホホルダー 白", 680),
                           ("リングライト専用 ACアダプター 白", 980)),
    "capture": items(f"{S} > Capture Cards", ("キャプチャーボード 4K パススルー USB-C", 12800), ("Capture Card, 1080p60, USB 3.0", 8980),
                     ("Game Capture Card, 4K HDR, Low Latency", 19800)),
    "arm": items(f"{H} > マイクアーム", ("Boom Arm, Low Profile, Desk Clamp, Black", 4980),
                 ("Mic Boom Arm, Heavy Duty, Cable Management", 3480), ("ブームアーム マイク デスク クランプ 黒", 2980)),
    "headphones": items(f"{H} > ヘッドホン", ("モニターヘッドホン 密閉型 黒", 9800), ("Studio Headphones, Closed-Back, Black", 7980)),
    "hpstand": items(f"{H} > ヘッドホン > ヘッドホンスタンド", ("ヘッドホンスタンド アルミ 黒", 2480),
                     ("ヘッドホンスタンド 木製 USBハブ付き", 3980), ("Headphone Stand, Dual Hook, Black", 1980)),
    "acoustic": items(f"{S} > Acoustic Treatment", ("吸音パネル 30×30cm 12枚 黒", 2980), ("吸音パネル フェルト 六角形 灰色 10枚", 3480),
                      ("Acoustic Foam Panels, 12 Pack, Wedge, Black", 3980)),
}

SHOPS = {"band": BAND, "live": LIVE, "piano": PIANO, "stream": STREAM}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("band", "clip tuner", "cliptuner", ["tuner"], ["tunerclip"]),
    two_types("live", "horn speaker", "hornspeaker", ["speaker"], ["speakerhorn"]),
    two_types("piano", "クリップチューナー", "cliptuner", ["tuner"], ["tunerclip"]),
    two_types("stream", "マイクスピーカー", "micspeaker", ["speaker"], ["speakermic"]),
    two_types("stream", "スピーカーマイク", "speakermic", ["pinmic", "dynmic"], ["micspeaker"]),
    two_types("stream", "ケーブルクリップ", "cableclip", ["clip"], ["clipcable"]),
    two_types("stream", "クリップケーブル", "clipcable", ["cable"], ["cableclip"]),
    # --- 2. a leading product word that modifies the head
    qualifies("band", "ukulele strings", ["ukestrings"], ["ukulele"]),
    qualifies("band", "cajon bag", ["cajonbag"], ["cajon"], n=2),
    qualifies("live", "controller case", ["ctrlcase"], ["controller"]),
    qualifies("live", "speaker cover", ["speakercover"], ["speaker", "hornspeaker"]),
    qualifies("piano", "ピアノ椅子", ["pianochair"], ["piano"]),
    qualifies("piano", "キーボード ケース", ["kbcase"], ["keyboard"]),
    qualifies("stream", "ヘッドホンスタンド", ["hpstand"], ["headphones"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("band", "banjo", ["banjo"], ["banjo_acc"]),
    accessories("band", "ukulele", ["ukulele"], ["ukestrings", "uke_acc"]),
    accessories("live", "dj controller", ["controller"], ["ctrl_acc", "ctrlcase"]),
    accessories("live", "wireless mic", ["mic"], ["mic_acc"]),
    accessories("piano", "電子ピアノ", ["piano"], ["piano_acc"]),
    accessories("piano", "ダンパーペダル", ["pedal"], ["pedal_acc"]),
    accessories("stream", "ピンマイク", ["pinmic"], ["pinmic_acc"]),
    accessories("stream", "ダイナミックマイク", ["dynmic"], ["dynmic_acc"]),
    # blue ukuleles: concert 79, soprano 39, tenor 129 (a pink one 35; blue strings 9, gig bag 19, strap 8)
    price("band", "cheap blue ukulele", "ukulele-2", ["ukestrings", "uke_acc"]),
    # black DJ controllers: 2-channel 249, 4-channel 599, Mixtrak Pro 199 (a white one 149; black accessories 12-39,
    # a black controller case 89)
    price("live", "budget black dj controller", "controller-3", ["ctrl_acc", "ctrlcase"]),
    # black digital pianos: hammer action 59800, wooden keys 89800, English "Digital Piano" 45800 (a rosewood one
    # 39800; black mat 6980 and cover 2980)
    price("piano", "安い 黒 電子ピアノ", "piano-3", ["piano_acc"]),
    # white piano chairs: backrest 16800, folding 7980, child 9800, white English bench 8980 (a black bench 3980;
    # white casters 1980 and cushion 2480)
    price("piano", "格安 白 ピアノ椅子", "pianochair-2", ["chair_acc"]),
    # white ring lights: 10 inch 2980, desk clip 1980, English 3480 (a pink one 1480; white parts 680 and 980)
    price("stream", "激安 白 リングライト", "ringlight-1", ["ringlight_acc"]),
    # black pin mics: wireless 3980, wired 6m 1280, English lavalier 1980 (a white wired one 980; black parts 380-480)
    price("stream", "お手頃 黒 ピンマイク", "pinmic-1", ["pinmic_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("piano", "ピアノライト", "lamp"),
    mixed("piano", "キーボードベンチ", "pianochair.bench"),
    mixed("piano", "譜面台", "stand"),
    mixed("piano", "metronome", "metronome"),
    mixed("stream", "キャプチャーボード", "capture"),
    mixed("stream", "ブームアーム", "arm"),
    mixed("stream", "吸音パネル", "acoustic"),
    mixed("stream", "acoustic panels", "acoustic"),
]

_CHAIR = ("the four ピアノ椅子 items first, but no keyboard bench (English or キーボードベンチ) returned while a "
          "電子ピアノ was")
LIMITS: dict = {
    ("blind146", "qualifies:piano:ピアノ椅子", s): _CHAIR
    for s in ("categories-lexical", "categories-dense", "categories-latin-only")
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind146(q: Q, setup: str, known_limit):
    known_limit("blind146")
    check(q, setup, ENGINES)


def test_blind146_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"blue": "Blue", "black": "Black", "黒": "Black", "白": "White"})
