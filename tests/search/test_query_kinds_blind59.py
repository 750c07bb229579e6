"""A fifty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in four shops no earlier suite uses: home audio
(English: headphones and ear pads, speakers and speaker stands, turntables, styli and mats,
microphones, clip mics, mic clips and pop filters, headphone stands), lighting (English: table
lamps and lamp shades, floor lamps and their parts, light bulbs, string lights and light clips,
clip lights, night lights), a Japanese musical instrument shop 楽器 (ギター and ギター弦, ウクレレ,
キーボード and キーボードスタンド, ドラム and ドラムスティック, カポ, チューナー, マイク, マイクスタンド and
スタンドマイク; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords) and a Japanese clock and watch shop 時計 (腕時計 and 時計ベルト,
掛け時計, 目覚まし時計, 置き時計, 時計修理工具, watch boxes and winders; English-titled imports and
an English part of the tree too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." (and the plain accessory types of X: strings, stands, tuners, styli, mats,
   clips) are accessories of X: a search of X ranks every real X above every accessory; a price
   word, a colour and a type put the cheapest real item of that colour first, no accessory in the
   top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries
   ("guitar stand", "wall clock") over Japanese-only titles under an English category tree: the
   top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (fifty-ninth suite), as a measurement only (nothing changed for it):
86 of 92 cases pass, 34 of 37 queries in every setup (two_types 5/6 queries, 13/14 cases;
qualifies 8/8, 20/20; accessories 9/9, 22/22; price 6/6, 14/14; mixed 6/8, 17/22). The 6 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "clip mic" with the dense side
(a mic clip above a microphone), "guitar stand" in both its setups (keyboard stands and
English-titled guitars and capos first, no ギタースタンド in the top three) and 時計ケース in all
three (two watch boxes, then watch batteries, the third watch box below them). The table lamp /
lamp table pair was left out before the run: it is already a case of tests/search/test_query_kinds.py,
so it would not be held out.

On main, 9e00911 (a keyword group one title says is no evidence of its home) broke ギター, which
passed at the snapshot: "クリップチューナー ギター" read as a guitar; 599b88d mended it (チュ writes an
English tu: the tuners' category "Tuners" names チューナー). After (an item whose category leaf is
named for the modifier and the type keeps its type wherever it is sold: "Guitar Stands" under
"Musical Instruments", the guitars under "楽器 > ギター"): guitar stand passes. After (a title in
the other language of the wanted type is never put below one it outscored read as no type):
時計ケース passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

A = "Home Audio"
HP, SP, TT, MIC = f"{A} > Headphones", f"{A} > Speakers", f"{A} > Turntables", f"{A} > Microphones"

AUDIO = {
    "headphones": items(f"{HP} > Over-Ear & On-Ear",
                        ("Sonora Studio Monitor Headphones, Closed-Back, Over-Ear, Black", 129),
                        ("Wireless Noise Cancelling Headphones, Over-Ear, 40h Battery, Black", 89),
                        ("Sonora Wireless Headphones, On-Ear, Foldable, White", 49),
                        ("Open-Back Headphones, Hi-Res, 250 Ohm, Silver", 159),
                        ("Kids Headphones, Volume Limited, Blue", 19),
                        ("Bluetooth Headphones, Over-Ear, Bass Boost, Black", 59)),
    "headphones_acc": items(f"{HP} > Ear Pads & Cables",
                            ("Replacement Ear Pads for Sonora Studio Headphones, Black", 19),
                            ("Velour Ear Pads for Over-Ear Headphones, Black, 1 Pair", 15),
                            ("Headphone Replacement Cable, 3.5mm, Coiled, Black", 12)),
    "headstand": items(f"{HP} > Headphone Stands", ("Sonora Headphone Stand, Aluminium, Black", 25),
                       ("Wooden Headphone Stand, Walnut", 29), ("Headphone Stand with USB Hub, RGB", 35)),
    "speaker": items(f"{SP} > Hi-Fi Speakers", ("Arden Bookshelf Speakers, Pair, 2-Way, Black", 149),
                     ("Powered Bookshelf Speakers, Bluetooth, 50W, White", 119),
                     ("Arden Floorstanding Speakers, Pair, Walnut", 499))
    + items(f"{SP} > Portable & PC Speakers", ("Portable Bluetooth Speaker, Waterproof, Blue", 39),
            ("Computer Speakers, USB Powered, Black", 25)),
    "speakerstand": items(f"{SP} > Speaker Stands", ("Arden Speaker Stands, Pair, 60cm, Black", 79),
                          ("Desktop Speaker Stands, Tilted, Pair, Black", 25),
                          ("Floor Speaker Stands for Bookshelf Speakers, Adjustable Height", 59)),
    "turntable": items(f"{TT} > Record Players", ("Vinyl Works Belt Drive Turntable, Bluetooth, Black", 199),
                       ("Direct Drive Turntable, DJ, Pitch Control, Black", 299),
                       ("Suitcase Record Player Turntable, 3-Speed, Built-in Speakers, Red", 59),
                       ("Vinyl Works Automatic Turntable, USB Output, Walnut", 249),
                       ("Compact Turntable, Belt Drive, Built-in Preamp, White", 129)),
    "turntable_acc": items(f"{TT} > Styli & Covers", ("Replacement Stylus for Vinyl Works Turntables, Diamond Tip", 29),
                           ("Turntable Stylus Replacement Needle, 2 Pack", 15),
                           ("Dust Cover for Turntables, Acrylic, Black", 39)),
    "mat": items(f"{TT} > Turntable Mats", ("Cork Turntable Mat, 12 inch, 3mm", 19),
                 ("Felt Turntable Mat, Slipmat, Black, 2 Pack", 12),
                 ("Rubber Turntable Mat, Anti-Static, 12 inch", 22)),
    "mic": items(f"{MIC} > USB & XLR Microphones", ("Vocalis USB Microphone, Condenser Mic, Cardioid, Black", 69),
                 ("Dynamic Vocal Microphone, XLR Mic, Cardioid, Black", 49),
                 ("Podcast Mic Kit, USB Microphone, Boom Arm, White", 89)),
    "clipmic": items(f"{MIC} > Lavalier Microphones", ("Clip Mic, Wireless Lavalier Microphone, USB-C, 2 Pack", 39),
                     ("Vocalis Clip Mic, Lavalier Microphone, 3.5mm", 19),
                     ("Clip-On Mic, Lapel Microphone, Rechargeable, Black", 29)),
    "micclip": items(f"{MIC} > Mounts & Clips", ("Mic Clip, Universal Microphone Holder, Black, 2 Pack", 6),
                     ("Mic Clip for Dynamic Microphones, 3 Pack", 8), ("Vocalis Mic Clip, Metal, 5/8 Thread", 9)),
    "mic_acc": items(f"{MIC} > Pop Filters", ("Pop Filter for Microphones, Double Mesh, Gooseneck", 12),
                     ("Vocalis Pop Filter, Metal Mesh, Clamp Mount", 19),
                     ("Foam Windscreens for Microphones, 5 Pack, Black", 8)),
    "clip": items(f"{A} > Cable Management", ("Adhesive Cable Clips, Black, 20 Pack", 7),
                  ("Cord Clips, Desk Cable Organizer, 6 Pack", 9)),
}

L = "Lighting"
LAMPS, STRING = f"{L} > Lamps", f"{L} > String Lights"

LIGHTING = {
    "tablelamp": items(f"{LAMPS} > Table Lamps", ("Lumen & Co Ceramic Table Lamp, Linen Shade, White", 59),
                       ("Table Lamp with USB Port, Touch Dimmable, Black", 25),
                       ("Brass Table Lamp, Mushroom, Gold", 89),
                       ("Rattan Table Lamp, Boho, Natural", 45), ("Mini Table Lamp, Glass Globe, White", 29)),
    "lamp": items(f"{LAMPS} > Floor Lamps", ("Lumen & Co Arc Floor Lamp, Marble Base, Black", 149),
                  ("Tripod Floor Lamp, Wood, Linen Shade, White", 79), ("LED Floor Lamp, Dimmable, Reading, Black", 49),
                  ("Torchiere Floor Lamp, Uplighter, Brass", 69), ("Slim Floor Lamp, Paper Shade, White", 39)),
    "floorlamp_acc": items(f"{LAMPS} > Lamp Parts", ("Replacement Glass Shade for Torchiere Floor Lamps, Frosted", 25),
                           ("Foot Switch for Floor Lamps, Inline, Black", 9),
                           ("Floor Lamp Replacement Harp, 10 inch, Black", 8)),
    "lampshade": items(f"{L} > Lamp Shades", ("Linen Lamp Shade, Drum, 30cm, White", 19),
                       ("Lamp Shade for Table Lamps, Pleated, 25cm, Ivory", 22),
                       ("Rattan Lamp Shade, Pendant & Floor Lamp, Natural", 29)),
    "bulb": items(f"{L} > Light Bulbs", ("LED Light Bulbs, A19, 60W Equivalent, Warm White, 4 Pack", 12),
                  ("Smart Light Bulb, E27, Colour Changing, WiFi", 15),
                  ("Edison Filament Light Bulbs, Vintage, Dimmable, 6 Pack", 24)),
    "stringlight": items(STRING, ("Glimmer Fairy String Lights, 10m, 100 LED, Warm White", 15),
                         ("Outdoor String Lights, G40 Globe, 15m, Waterproof, Black", 39),
                         ("Solar String Lights, 20m, 200 LED, Warm White", 25),
                         ("Curtain String Lights, USB, 3x3m, White", 19),
                         ("Glimmer Battery String Lights, Copper Wire, 5m, Warm White", 9)),
    "string_acc": items(f"{STRING} > String Light Parts",
                        ("Replacement Bulbs for String Lights, G40, Clear, 25 Pack", 11),
                        ("String Light Replacement Adapter, 31V, Black", 9),
                        ("Suspension Guide Wire Kit for Outdoor String Lights", 19)),
    "lightclip": items(f"{STRING} > Hanging Kits", ("Light Clips for String Lights, Outdoor, 100 Pack, Clear", 9),
                       ("Gutter Light Clips, All-in-One, 50 Pack", 12),
                       ("Light Clips, Adhesive Hooks, Transparent, 40 Pack", 8)),
    "clip": items("Home > Cable Management", ("Adhesive Cable Clips, White, 30 Pack", 7),
                  ("Cord Clips, Screw-In, Black, 50 Pack", 6)),
    "cliplight": items(f"{LAMPS} > Clip Lights", ("Clip Light, LED Clamp Lamp, Flexible Gooseneck, Black", 19),
                       ("Clip Light for Headboard, Dimmable, USB, White", 15),
                       ("Clip Light, Rechargeable, 3 Colour Modes, Black", 12)),
    "nightlight": items(f"{L} > Night Lights", ("Plug-In Night Light, Dusk to Dawn Sensor, Warm White, 2 Pack", 12),
                        ("Kids Night Light, Moon, Rechargeable, Touch", 19),
                        ("Motion Sensor Night Light, Stick-On, Battery, 3 Pack", 15),
                        ("Projector Night Light, Stars, Blue", 22)),
}

G, MI = "楽器", "Musical Instruments"
GT, KB, DR, MK = f"{G} > ギター", f"{G} > キーボード", f"{G} > ドラム", f"{G} > マイク"

GAKKI = {
    "guitar": items(f"{GT} > ギター本体", ("アコースティックギター 初心者 セット 41インチ ナチュラル", 12800),
                    ("エレキギター ストラトタイプ 初心者 12点セット 黒", 19800), ("ミニギター トラベル 34インチ ブラウン", 8900),
                    ("Acoustic Guitar, Dreadnought, Spruce Top, Natural", 15800)),
    "string": items(f"{GT} > ギター弦", ("ギター弦 アコースティックギター用 ライトゲージ 1セット", 1280),
                    ("エレキギター弦 09-42 3セット", 1980), ("ギター 弦 交換用 ブロンズ 6本セット", 980),
                    ("Guitar Strings, Phosphor Bronze, Light, 12-53", 1480)),
    "guitar_acc": items(f"{GT} > ギターアクセサリー", ("ギター用 ストラップ 本革 ブラウン", 2480),
                        ("ギター専用 ピック 12枚セット", 580), ("ソフトケース アコースティックギター対応 41インチ 黒", 2980)),
    "guitarstand": items(f"{MI} > Guitar Stands", ("ギタースタンド 折りたたみ 黒", 1480), ("ギタースタンド 3本立て 木製", 3980),
                         ("ギタースタンド A型 ネックホルダー付き", 1980)),
    "ukulele": items(f"{MI} > Ukuleles", ("ウクレレ ソプラノ 初心者セット マホガニー", 3480),
                     ("ウクレレ コンサート 23インチ ハワイアンコア", 14800), ("Soprano Ukulele, Beginner Kit, Pink", 3980),
                     ("Concert Ukulele, Mahogany, with Gig Bag", 8980), ("ウクレレ ソプラノ 21インチ ピンク 花柄", 5480)),
    "ukulele_acc": items(f"{MI} > Ukuleles > Ukulele Accessories", ("ウクレレ用 弦 ナイロン 4本セット", 680),
                         ("ウクレレ専用 ストラップ クリップ式 ピンク", 980),
                         ("Ukulele Strings, Soprano/Concert, Clear Nylon", 780),
                         ("ソフトケース ウクレレ対応 ソプラノ 21インチ ピンク", 1980)),
    "keyboard": items(f"{KB} > 電子キーボード", ("電子キーボード 61鍵盤 初心者 譜面台付き 黒", 12800),
                      ("電子ピアノ キーボード 88鍵 ハンマーアクション", 39800),
                      ("Portable Keyboard, 61 Keys, Touch Sensitive, Black", 15800)),
    "kbstand": items(f"{KB} > キーボードスタンド", ("キーボードスタンド X型 高さ調節 黒", 2980),
                     ("キーボードスタンド Z型 木目 88鍵対応", 6980), ("Keyboard Stand, Double-X, Adjustable, Black", 3480)),
    "drum": items(f"{DR} > ドラムセット", ("電子ドラム 8ピース 折りたたみ ヘッドホン付き", 29800),
                  ("ドラムセット ジュニア 3点 ブラック", 9800), ("Electronic Drum Set, Mesh Heads, 5 Drums, 3 Cymbals", 39800)),
    "drumstick": items(f"{DR} > ドラムスティック", ("ドラムスティック ヒッコリー 5A 2ペア", 1480),
                       ("ドラムスティック メイプル 7A ジュニア", 980), ("Drumsticks, American Hickory, 5B, 4 Pairs", 1980)),
    "capo": items(f"{MI} > Accessories > Capos", ("Guitar Capo, Zinc Alloy, Quick Release, Black", 980),
                  ("Trigger Capo for Acoustic & Electric Guitar, Silver", 1280), ("カポタスト ギター用 ワンタッチ 黒", 880)),
    "tuner": items(f"{MI} > Accessories > Tuners", ("Clip-On Tuner, Guitar, Bass, Ukulele, Chromatic", 1280),
                   ("クリップチューナー ギター ウクレレ対応 充電式", 1980), ("Chromatic Tuner with Metronome, Pedal Type", 3980)),
    "mic": items(f"{MK} > ボーカルマイク", ("ダイナミックマイク ボーカル XLRケーブル付き 黒", 3980),
                 ("ワイヤレスマイク 2本セット カラオケ", 6980), ("ハンドマイク 有線 5m 司会 イベント", 1980)),
    "standmic": items(f"{MK} > 卓上マイク", ("スタンドマイク USB コンデンサー 卓上 配信", 4980),
                      ("スタンドマイク 会議用 全指向性 USB", 3480), ("スタンドマイク 卓上 ゲーミング RGB", 3980)),
    "micstand": items(f"{MK} > マイクスタンド", ("マイクスタンド ブーム型 三脚 黒", 2480),
                      ("マイクスタンド 卓上 アーム式 クランプ", 1980), ("マイクスタンド ストレート 丸台座 クローム", 2980)),
}

T, W = "時計", "Watch Accessories"

TOKEI = {
    "watch": items(f"{T} > 腕時計", ("腕時計 メンズ クロノグラフ 10気圧防水 黒", 12800), ("腕時計 レディース 革ベルト 小ぶり ブラウン", 6980),
                   ("腕時計 ソーラー 電波 チタン シルバー", 24800), ("Men's Analog Watch, Stainless Steel, Date, Black", 8980),
                   ("腕時計 デジタル スポーツ 防水 黒", 2980), ("腕時計 キッズ アナログ 防水 ピンク", 1980)),
    "watchband": items(f"{T} > 時計ベルト", ("時計ベルト 本革 20mm 黒 交換用", 1980), ("腕時計用 ベルト シリコン 22mm 黒", 980),
                       ("時計バンド ステンレス メッシュ 18mm シルバー", 1480), ("腕時計 替えベルト ナイロン NATO 20mm 黒", 880)),
    "tool": items(f"{T} > 時計修理工具", ("時計修理工具 16点セット 裏蓋オープナー ベルト調整", 1980),
                  ("腕時計用 バネ棒外し 工具 黒", 580), ("腕時計対応 ベルト調整 ピン抜き 工具", 780)),
    "battery": items(f"{T} > 時計用電池", ("時計専用 電池 SR626SW 5個", 480), ("時計用 ボタン電池 LR44 10個", 380)),
    "wallclock": items("Clocks > Wall Clocks", ("掛け時計 電波 静音 連続秒針 30cm 木目", 3980),
                       ("掛け時計 おしゃれ 北欧 アナログ 白", 2980), ("掛け時計 大型 60cm インテリア 黒", 6980)),
    "wallclock_acc": items("Clocks > Clock Parts", ("掛け時計用 ムーブメント 交換用 連続秒針", 880),
                           ("掛け時計 針 交換用 長針短針セット 黒", 480), ("掛け時計専用 フック 石膏ボード用 2個", 380)),
    "alarm": items(f"{T} > 目覚まし時計", ("目覚まし時計 デジタル 大音量 電波 白", 2480), ("目覚まし時計 アナログ 静音 ベル 黒", 1980),
                   ("Digital Alarm Clock, LED Display, USB Charging Port, White", 2980), ("光目覚まし時計 ライト 自然音 USB", 4980)),
    "tableclock": items(f"{T} > 置き時計", ("置き時計 電波 木製 アナログ 静音", 3480), ("置き時計 デジタル 温湿度計 カレンダー 黒", 2480),
                        ("Desk Clock, Retro Flip, Wood, Brown", 3980)),
    "watchbox": items(f"{W} > Watch Boxes", ("Watch Box, 10 Slots, Glass Lid, PU Leather, Black", 2980),
                      ("Watch Roll Case, Travel, 3 Slots, Brown", 2480), ("時計ケース 6本収納 木製 ガラス窓", 3980)),
    "winder": items(f"{W} > Watch Winders", ("Watch Winder, Single, Quiet Motor, Black", 6980),
                    ("Automatic Watch Winder, 4 Slots, Wood, LED", 15800), ("ウォッチワインダー 1本巻き 静音 木目", 5980)),
    "noise": each(("キッチンタイマー デジタル マグネット 白", f"{T} > タイマー", 980), ("砂時計 3分 ガラス", f"{T} > 砂時計", 680)),
}

SHOPS = {"audio": AUDIO, "lighting": LIGHTING, "gakki": GAKKI, "tokei": TOKEI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("audio", "clip mic", "clipmic", ["mic"], ["micclip"]),
    two_types("audio", "mic clip", "micclip", ["clip"], ["clipmic"]),
    two_types("lighting", "clip light", "cliplight", ["nightlight"], ["lightclip"]),
    two_types("lighting", "light clips", "lightclip", ["clip"], ["cliplight"]),
    two_types("gakki", "マイクスタンド", "micstand", ["guitarstand"], ["standmic"]),
    two_types("gakki", "スタンドマイク", "standmic", ["mic"], ["micstand"]),
    # --- 2. a leading product word that modifies the head
    qualifies("audio", "speaker stands", ["speakerstand"], ["speaker"]),
    qualifies("audio", "headphone stand", ["headstand"], ["headphones"]),
    qualifies("audio", "turntable mat", ["mat"], ["turntable"]),
    qualifies("lighting", "lamp shade", ["lampshade"], ["tablelamp", "lamp"]),
    qualifies("gakki", "ギター 弦", ["string"], ["guitar"]),
    qualifies("gakki", "ドラム スティック", ["drumstick"], ["drum"]),
    qualifies("gakki", "キーボード スタンド", ["kbstand"], ["keyboard"]),
    qualifies("tokei", "時計 ベルト", ["watchband"], ["watch"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応, X's accessory types); price word + colour + type
    accessories("audio", "headphones", ["headphones"], ["headphones_acc"]),
    accessories("audio", "turntable", ["turntable"], ["turntable_acc", "mat"]),
    accessories("audio", "microphone", ["mic", "clipmic"], ["mic_acc", "micclip"]),
    accessories("lighting", "string lights", ["stringlight"], ["string_acc", "lightclip"]),
    accessories("lighting", "floor lamp", ["lamp"], ["floorlamp_acc"]),
    accessories("gakki", "ギター", ["guitar"], ["string", "guitar_acc", "guitarstand", "capo", "tuner"]),
    accessories("gakki", "ウクレレ", ["ukulele"], ["ukulele_acc", "tuner"]),
    accessories("tokei", "腕時計", ["watch"], ["watchband", "tool", "battery"]),
    accessories("tokei", "掛け時計", ["wallclock"], ["wallclock_acc"]),
    # black headphones: studio 129, noise cancelling 89, bluetooth 59 (a white pair 49, a blue kids' pair 19;
    # black ear pads and cable 12-19)
    price("audio", "cheap black headphones", "headphones-5", ["headphones_acc"]),
    # black turntables: belt drive 199, direct drive 299 (a red suitcase one 59, a white compact 129, walnut 249;
    # a black felt mat 12, a black dust cover 39)
    price("audio", "budget black turntable", "turntable-0", ["turntable_acc", "mat"]),
    # black floor lamps: arc 149, LED 49 (a white slim one 39, white tripod 79, brass 69; black foot switch 9 and
    # harp 8)
    price("lighting", "cheap black floor lamp", "lamp-2", ["floorlamp_acc"]),
    # white table lamps: ceramic 59, mini glass 29 (a black touch lamp 25, rattan 45, brass 89; a white drum
    # shade 19, an ivory shade for table lamps 22)
    price("lighting", "budget white table lamp", "tablelamp-4", ["lampshade"]),
    # pink ukuleles: English soprano kit 3980, Japanese floral soprano 5480 (a mahogany soprano 3480, others
    # 8980-14800; a pink strap 980 and a pink case 1980)
    price("gakki", "格安 ピンク ウクレレ", "ukulele-2", ["ukulele_acc"]),
    # black watches: chronograph 12800, English analog 8980, digital sports 2980 (a pink kids' watch 1980;
    # black bands 880-1980, a black spring bar tool 580)
    price("tokei", "安い 黒 腕時計", "watch-4", ["watchband", "tool", "battery"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("gakki", "カポ", "capo"),
    mixed("gakki", "チューナー", "tuner"),
    mixed("gakki", "キーボード", "keyboard"),
    mixed("gakki", "guitar stand", "guitarstand"),
    mixed("tokei", "ウォッチワインダー", "winder"),
    mixed("tokei", "時計ケース", "watchbox"),
    mixed("tokei", "目覚まし時計", "alarm"),
    mixed("tokei", "wall clock", "wallclock"),
]

LIMITS: dict = {
    ("blind59", "two_types:audio:clip_mic", "categories-dense"):
        "a mic clip (Mic Clip for Dynamic Microphones) above a microphone (Vocalis USB Microphone)",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind59(q: Q, setup: str, known_limit):
    known_limit("blind59")
    check(q, setup, ENGINES)


def test_blind59_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "ピンク": "Pink", "黒": "Black"})
