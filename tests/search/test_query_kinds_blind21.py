"""A twenty-first blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: men's shaving and
skincare (English), home printing and photo (English), Japanese home fitness and massage goods
健康器具・マッサージ (part of its category tree English, with English-titled imports whose Japanese
names are katakana loanwords) and Japanese lighting 照明・ライト (with English-titled imports).
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
4. mixed: queries whose right items are titled in the other language (English-titled imports
   under katakana loanwords, Japanese titles under an English category tree, English queries of
   Japanese-titled items): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (twenty-first suite), as a measurement only (nothing changed for it):
87 of 102 cases pass, 34 of 40 queries in every setup (two_types 24/24 cases, 10/10 queries;
qualifies 17/20, 7/8; accessories 17/20, 7/8; price 5/10, 2/4; mixed 24/28, 8/10); the 15
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`). One genuine test bug
was fixed after the first run: the lighting shop had 51 items, so one 人感センサー item was removed.
Later sessions fixed kinds and removed the cases that then passed; the thirteenth: "massage gun"
over the マッサージガン titles (English words read as the Japanese the titles say, and the pair's
readings joined into the word titles write whole).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items

LEX, DEN, LAT = "categories-lexical", "categories-dense", "categories-latin-only"


# =============================================================================================
# Shops

G = "Men's Grooming"

SHAVING = {
    "razor": items(f"{G} > Razors", ("Sharpline Safety Razor, Double Edge, Chrome", 29),
                   ("Sharpline Safety Razor, Butterfly Open, Black", 34),
                   ("Kestrel 5-Blade Razor with 2 Cartridges, Black", 12),
                   ("Kestrel Sensitive Razor, 3 Blades, Blue", 9),
                   ("Straight Razor, Carbon Steel, Black Handle", 45)),
    "razorblade": items(f"{G} > Razor Blades", ("Sharpline Double Edge Razor Blades, 100 Pack", 15),
                        ("Platinum Razor Blades, Stainless, 20 Pack", 6)),
    "razor_acc": items(f"{G} > Razor Accessories",
                       ("Replacement Razor Cartridges for Kestrel 5-Blade Razor, 8 Pack, Black", 19),
                       ("Razor Travel Cover for Safety Razor, Black", 5),
                       ("Kestrel Razor Replacement Handle, Black", 7),
                       ("Razor Blade Holder Case, Leather, Black", 11)),
    "stand": items(f"{G} > Shaving Stands", ("Razor Stand, Chrome, Weighted Base", 14),
                   ("Razor Stand, Acrylic, Clear", 8), ("Shaving Brush and Razor Stand, Black", 16)),
    "bladebank": items(f"{G} > Razor Accessories", ("Blade Bank for Used Razor Blades, Tin", 6),
                       ("Blade Bank, Plastic, Holds 50 Blades", 4)),
    "soapbowl": items(f"{G} > Shaving Bowls", ("Ceramic Shaving Soap Bowl, Matte White", 18),
                      ("Soap Bowl, Stainless Steel, for Lathering, 10cm", 15)),
    "bowl": items(f"{G} > Shaving Bowls", ("Lathering Bowl, Ceramic, Black", 16),
                  ("Shaving Bowl with Handle, Wooden", 22)),
    "bowlsoap": items(f"{G} > Shaving Soap", ("Barberwood Bowl Soap, Sandalwood, 100g", 14),
                      ("Traditional Bowl Soap for Shaving, Lime, 125g", 16)),
    "soap": items(f"{G} > Shaving Soap", ("Barberwood Shaving Soap Puck, Vetiver, 90g", 11),
                  ("Shave Soap Stick, Unscented", 8)),
    "cream": items(f"{G} > Shaving Cream", ("Barberwood Shaving Cream, Sandalwood, 150ml", 12),
                   ("Sensitive Shaving Cream Tube, 100ml", 6)),
    "aftershave": items(f"{G} > Aftershave", ("Barberwood Aftershave Balm, 100ml", 15),
                        ("Aftershave Splash, Classic, 200ml", 11)),
    "beard": each(("Beard Oil, Cedarwood, 30ml", f"{G} > Beard Care > Beard Oil", 12),
                  ("Beard Comb, Pearwood, Fine Tooth", f"{G} > Beard Care > Beard Combs", 9)),
    "trimmer": items(f"{G} > Trimmers", ("Kestrel Beard Trimmer, Cordless, 20 Length Settings, Black", 39),
                     ("Beard Trimmer, USB-C, Stainless Blade, Grey", 29),
                     ("Kestrel Precision Beard Trimmer, Waterproof", 49)),
    "trimmer_acc": items(f"{G} > Trimmers > Trimmer Parts", ("Replacement Blade for Kestrel Beard Trimmer", 15),
                         ("Beard Trimmer Guide Combs, 8 Pack, for Kestrel Trimmers", 9),
                         ("Charging Cable for Beard Trimmer, USB", 6)),
    "brush": items(f"{G} > Shaving Brushes", ("Badger Hair Shaving Brush, Wooden Handle", 35),
                   ("Synthetic Shaving Brush, Black", 15)),
}

E, PS, CAM, PH = "Electronics > Printers", "Office > Paper & Labels", "Cameras > Photo", "Home > Photo Display"

PRINTING = {
    "labelprinter": items(f"{E} > Label Printers", ("Inkwell Label Printer, Bluetooth, 12mm Tape", 49),
                          ("Thermal Label Printer for Shipping Labels, 4x6", 89),
                          ("Inkwell Mini Label Printer, Handheld, White", 29)),
    "printer": items(f"{E} > Home Printers", ("Inkwell All-in-One Inkjet Printer, Wi-Fi, White", 79),
                     ("Colourjet Photo Printer, A4, 6 Ink", 149), ("Inkwell Laser Printer, Mono, Duplex", 119)),
    "printerlabel": items(f"{PS} > Labels", ("Printer Labels, A4, 21 per Sheet, 100 Sheets", 12),
                          ("Inkjet Printer Labels, Glossy, 65 per Sheet", 9),
                          ("Laser Printer Labels, Address, 14 per Sheet", 11)),
    "label": items(f"{PS} > Labels", ("Name Labels, Iron-On, 50 Pack", 8), ("Freezer Labels, Removable, 500", 6)),
    "printer_acc": items(f"{E} > Printer Accessories",
                         ("Ink Cartridges for Inkwell All-in-One Printer, 4 Colour Pack", 39),
                         ("Printer Dust Cover, Nylon, for A4 Printers", 12),
                         ("Inkwell Replacement Printhead", 45), ("Printer Stand, 2 Tier, for Home Office", 29)),
    "filmcamera": items(f"{CAM} > Film Cameras", ("Kodora 35mm Film Camera, Reusable, Black", 35),
                        ("Film Camera, Half Frame, 35mm, Silver", 59)),
    "camera": items(f"{CAM} > Instant Cameras", ("Fujiro Instant Camera, Mini, Pink", 69),
                    ("Instant Camera with Printing, 2-in-1, Blue", 55)),
    "camerafilm": items(f"{CAM} > Film", ("Camera Film, 35mm, Colour, ISO 400, 3 Rolls", 24),
                        ("Kodora Camera Film, 35mm, Black and White, 36 Exposures", 9)),
    "film": items(f"{CAM} > Film", ("Fujiro Instant Film, Mini, 20 Sheets", 16),
                  ("Instant Film, Square, Colour, 10 Sheets", 12), ("Instant Film, Wide, Monochrome, 10 Sheets", 13)),
    "paper": items(f"{PS} > Photo Paper", ("Colourjet Glossy Photo Paper, A4, 50 Sheets", 14),
                   ("Photo Paper, 4x6, Matte, 100 Sheets", 11), ("Printer Paper, A4, 80gsm, 500 Sheets", 6)),
    "papertrimmer": items(f"{PS} > Paper Cutters", ("Paper Trimmer, A4, Guillotine, 12 Sheets", 19),
                          ("Rotary Paper Trimmer, A3, with Ruler", 25), ("Compact Paper Trimmer, Photo Size", 12)),
    "frame": items(f"{PH} > Photo Frames", ("Woodline Photo Frame, 6x4, White", 9),
                   ("Photo Frame, A4, Black, Glass Front", 12), ("Woodline Photo Frame, 7x5, White, Set of 3", 19),
                   ("Collage Photo Frame, 10 Openings, White", 24), ("Photo Frame, 6x4, Black, Plastic", 6)),
    "frame_acc": items(f"{PH} > Frame Accessories", ("Replacement Glass for Photo Frame, 6x4, 2 Pack", 5),
                       ("Easel Back Stand for Photo Frame, White", 4),
                       ("Photo Frame Mounts, 7x5 to 6x4, White, 10 Pack", 7)),
    "framehook": items(f"{PH} > Frame Accessories", ("Frame Hooks, Brass, with Nails, 30 Pack", 6),
                       ("Adhesive Frame Hooks, No Drill, White, 12 Pack", 8),
                       ("Heavy Duty Frame Hook, 20kg, 4 Pack", 9)),
    "album": items(f"{PH} > Photo Albums", ("Slip-In Photo Album, 300 Pockets, 6x4", 19),
                   ("Self Adhesive Photo Album, Linen, Grey", 24)),
}

K, SF = "健康器具", "Sports & Fitness"

FITNESS = {
    "massager": items(f"{K} > マッサージ機", ("マッサージ機 首 肩 もみほぐし ヒーター付き 黒", 6980),
                      ("フットマッサージャー 足裏 エアー 温熱", 12800), ("マッサージ機 ハンディ 充電式 コードレス 白", 3980),
                      ("Neck and Shoulder Massager, Shiatsu, Heat, Black", 5480)),
    "massager_acc": items(f"{K} > マッサージ機 > 交換パーツ", ("マッサージ機用 交換カバー 洗える 黒", 1280),
                          ("ACアダプター マッサージ機専用 12V", 1580), ("マッサージ機対応 延長コード 3m", 880),
                          ("リモコン マッサージ機用 交換品", 980)),
    "cushion": items("Health & Personal Care > Massagers > Massage Cushions",
                     ("マッサージクッション 温熱 背中 腰 グレー", 4980), ("マッサージクッション 車載 シガー電源 ブラウン", 5980),
                     ("もみほぐし クッション マッサージ ヒーター 3D", 3980)),
    "massagegun": items(f"{K} > マッサージガン", ("マッサージガン 筋膜リリース 6段階 黒", 5980),
                        ("マッサージガン ミニ 軽量 静音 白", 3980), ("ハンディガン 筋膜 振動 アタッチメント8種", 7980)),
    # black mats: 10mm 2480, 6mm TPE 1980, English 2280, travel 3280 (a purple one 1480; black accessories 680-1980)
    "yogamat": items(f"{SF} > Yoga > Yoga Mats", ("ヨガマット 10mm 厚手 NBR 黒", 2480),
                     ("ヨガマット 6mm TPE 両面 黒 ストラップ付き", 1980), ("ヨガマット 4mm 天然ゴム 紫", 1480),
                     ("Yoga Mat, 6mm, Non Slip, Black", 2280), ("ヨガマット 折りたたみ トラベル 1.5mm 黒", 3280)),
    "yogamat_acc": items(f"{SF} > Yoga > Yoga Accessories", ("ヨガマット用 ストラップ 黒 2本", 680),
                         ("ヨガマット専用 クリーナー スプレー 300ml", 980), ("滑り止めタオル ヨガマット対応 黒", 1680)),
    "matcase": items(f"{SF} > Yoga > Yoga Accessories", ("ヨガマットケース 防水 大容量 黒", 1280),
                     ("ヨガマット ケース 巾着 キャンバス ベージュ", 1480), ("Yoga Mat Bag, Full Zip, Black", 1980)),
    "foamroller": items(f"{SF} > Recovery > Foam Rollers", ("フォームローラー 33cm 凹凸 ストレッチ 青", 1980),
                        ("Foam Roller, High Density, 45cm, Black", 2480),
                        ("Foam Roller, Vibrating, 4 Speed, Grey", 6980),
                        ("Textured Foam Roller, 33cm, Orange", 1780)),
    "abroller": items(f"{SF} > Strength Training > Ab Rollers", ("腹筋ローラー 膝マット付き 静音 ダブルホイール", 1480),
                      ("腹筋ローラー 自動リターン ブレーキ付き", 2680), ("アブローラー 腹筋 トレーニング 初心者 黒", 980)),
    "kettlebell": items(f"{SF} > Strength Training > Kettlebells", ("Kettlebell, Cast Iron, 8kg, Black", 3980),
                        ("Kettlebell, Vinyl Coated, 4kg, Pink", 2480), ("ケトルベル 12kg 鋳鉄 フラットボトム", 5980),
                        ("Adjustable Kettlebell, 5-18kg", 12800)),
    "dumbbell": items(f"{K} > ダンベル", ("ダンベル 5kg 2個セット ラバー 黒", 3980), ("可変式ダンベル 20kg 1個", 9800),
                      ("Hex Dumbbell, 10kg, Rubber", 4980)),
    "rack": items(f"{K} > ダンベル > ダンベルラック", ("ダンベルラック 3段 スチール 黒", 6980),
                  ("ダンベル ラック 2段 コンパクト", 4980), ("ダンベルラック 可変式ダンベル用 スタンド", 3980)),
}

L = "照明"
PARTS, STAND, ROOM = f"{L} > 照明パーツ", f"{L} > スタンドライト", f"{L} > 室内照明"

LIGHTING = {
    # white ceiling lights: 8畳 6980, 6畳 4980, English 5980 (a black one 3980; white accessories 880-2480)
    "ceiling": items(f"{L} > 天井照明 > シーリングライト", ("シーリングライト LED 8畳 調光調色 白", 6980),
                     ("シーリングライト 6畳 薄型 昼光色 白", 4980), ("シーリングライト 12畳 木枠 和風 ナチュラル", 12800),
                     ("LED Ceiling Light, 8 Tatami, Dimmable, White", 5980), ("シーリングライト 4.5畳 小型 ブラック", 3980)),
    "ceiling_acc": items(f"{L} > 天井照明 > 照明パーツ", ("シーリングライト用 交換カバー 丸型 白", 2480),
                         ("シーリングライト専用 取付アダプター 白", 880), ("引掛シーリング 延長 シーリングライト対応 白", 1280),
                         ("Replacement Cover for LED Ceiling Light, Round, White", 1980)),
    "lightremote": items(f"{PARTS} > リモコン", ("ライトリモコン 汎用 シーリングライト対応 白", 1280),
                         ("ライトリモコン 壁掛け 2灯用", 1580)),
    "remote": items(f"{PARTS} > リモコン", ("汎用リモコン 照明 テレビ 学習機能", 1980), ("リモコン 扇風機 照明 兼用 汎用", 1480)),
    "remotelight": items(f"{ROOM} > LEDライト", ("リモコンライト LED 電池式 調光 2個セット", 1980),
                         ("リモコンライト 貼り付け タイマー付き 白", 1680)),
    "light": items(f"{ROOM} > LEDライト", ("LEDライト 充電式 ハンディ 防水", 1980), ("ライト LED 電池式 貼り付け 3個セット", 1280)),
    "sensorlight": items(f"{ROOM} > センサーライト", ("センサーライト 人感 屋内 電池式 3個", 1980),
                         ("センサーライト 屋外 ソーラー 防水 LED", 2980), ("Motion Sensor Light, Battery, Indoor, 2 Pack", 1780)),
    "lightsensor": items(f"{PARTS} > センサー", ("ライトセンサー 明暗センサー 自動点灯 E26", 1480),
                         ("ライトセンサー スイッチ 屋外用 防水", 2480)),
    "sensor": items(f"{PARTS} > センサー", ("人感センサー スイッチ 後付け 100V", 1980)),
    "bulb": items(f"{L} > 電球", ("LED電球 E26 60W形 電球色 4個", 1980), ("LED電球 E17 小形 40W形 昼光色", 780),
                  ("LED Light Bulb, E26, 60W Equivalent, Daylight, 6 Pack", 2480),
                  ("LED Light Bulb, E26, Warm White, 100W Equivalent", 1280)),
    "socket": items(f"{PARTS} > ソケット", ("電球ソケット E26 コード付き 2m スイッチ付き", 1280),
                    ("電球 ソケット 変換 E17→E26 2個", 680), ("Pendant Socket Cord, E26, 1.5m, Black", 1480)),
    "shade": items(f"{PARTS} > ランプシェード", ("ランプシェード 布 北欧 ベージュ 30cm", 2480),
                   ("ランプシェード ガラス レトロ E26", 3280), ("Lamp Shade, Linen, Drum, 25cm, White", 1980)),
    "lamp": items(f"{STAND} > テーブルランプ", ("テーブルランプ 北欧 陶器 E26", 4980), ("ベッドサイドランプ タッチ式 調光", 2980)),
    "desk": items(f"{STAND} > デスクライト", ("デスクライト LED 調光 クランプ式 黒", 3980),
                  ("デスクライト 折りたたみ USB 充電式 白", 2480), ("Desk Lamp, LED, Eye Care, Wireless Charger, Black", 4480)),
    "desk_acc": items(f"{PARTS} > デスクライト部品", ("デスクライト用 クランプ 交換 黒", 980),
                      ("ACアダプター デスクライト専用 5V", 1280), ("デスクライト対応 ベース台座 重り", 1580)),
    "floor": items(f"{STAND} > フロアライト", ("フロアライト 間接照明 北欧 木製", 5980),
                   ("Floor Lamp, Arc, Marble Base, Black", 12800), ("Floor Lamp, LED, Dimmable, Reading, 160cm", 6980)),
    "string": items(f"{L} > 装飾ライト", ("String Lights, 10m, 100 LED, Warm White, USB", 1480),
                    ("Fairy String Lights, Battery, 5m, 2 Pack", 1280), ("ストリングライト 屋外 防水 ソーラー 15m", 2480)),
    "night": items(f"{ROOM} > ナイトライト", ("Night Light, Plug-in, Warm LED, 2 Pack", 1580),
                   ("Kids Night Light, Moon, Rechargeable", 1980), ("ナイトライト コンセント式 明るさ調節 2個", 1280)),
}

SHOPS = {"shaving": SHAVING, "printing": PRINTING, "fitness": FITNESS, "lighting": LIGHTING}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("shaving", "soap bowl", "soapbowl", ["bowl"], ["bowlsoap"]),
    two_types("shaving", "bowl soap", "bowlsoap", ["soap"], ["soapbowl"]),
    two_types("printing", "film camera", "filmcamera", ["camera"], ["camerafilm"]),
    two_types("printing", "camera film", "camerafilm", ["film"], ["filmcamera"]),
    two_types("printing", "label printer", "labelprinter", ["printer"], ["printerlabel"]),
    two_types("printing", "printer label", "printerlabel", ["label"], ["labelprinter"]),
    two_types("lighting", "リモコンライト", "remotelight", ["light"], ["lightremote"]),
    two_types("lighting", "ライト リモコン", "lightremote", ["remote"], ["remotelight"]),
    two_types("lighting", "センサーライト", "sensorlight", ["light"], ["lightsensor"]),
    two_types("lighting", "ライト センサー", "lightsensor", ["sensor"], ["sensorlight"]),
    # --- 2. a leading product word that modifies the head
    qualifies("shaving", "razor stand", ["stand"], ["razor"]),
    qualifies("shaving", "blade bank", ["bladebank"], ["razorblade"], n=2),
    qualifies("printing", "paper trimmer", ["papertrimmer"], ["paper"]),
    qualifies("printing", "frame hook", ["framehook"], ["frame"]),
    qualifies("fitness", "ヨガマット ケース", ["matcase"], ["yogamat"]),
    qualifies("fitness", "ダンベル ラック", ["rack"], ["dumbbell"]),
    qualifies("lighting", "電球 ソケット", ["socket"], ["bulb"]),
    qualifies("lighting", "ランプ シェード", ["shade"], ["lamp"]),
    # --- 3. accessories of X ("for X", "X Replacement", X用, X専用, X対応); price word + colour + type
    accessories("shaving", "razor", ["razor"], ["razor_acc", "razorblade", "stand"]),
    accessories("shaving", "beard trimmer", ["trimmer"], ["trimmer_acc"]),
    accessories("printing", "printer", ["printer", "labelprinter"], ["printer_acc", "printerlabel"]),
    accessories("printing", "photo frame", ["frame"], ["frame_acc", "framehook"]),
    accessories("fitness", "マッサージ機", ["massager"], ["massager_acc"]),
    accessories("fitness", "ヨガマット", ["yogamat"], ["yogamat_acc", "matcase"]),
    accessories("lighting", "シーリングライト", ["ceiling"], ["ceiling_acc", "lightremote"]),
    accessories("lighting", "デスクライト", ["desk"], ["desk_acc"]),
    # black razors: butterfly 34, Kestrel 5-blade 12, straight 45 (a blue one 9; black accessories 5-19,
    # a black stand 16)
    price("shaving", "cheap black razor", "razor-2", ["razor_acc", "razorblade", "stand"]),
    # white frames: 6x4 9, 7x5 set 19, collage 24 (a black one 6; white accessories 4-8)
    price("printing", "cheap white photo frame", "frame-0", ["frame_acc", "framehook"]),
    # black yoga mats: 10mm 2480, 6mm TPE 1980, English 2280, travel 3280 (a purple one 1480;
    # black accessories 680-1980)
    price("fitness", "格安 黒 ヨガマット", "yogamat-1", ["yogamat_acc", "matcase"]),
    # white ceiling lights: 8畳 6980, 6畳 4980, English 5980 (a black one 3980; white accessories 880-2480)
    price("lighting", "お手頃 白 シーリングライト", "ceiling-1", ["ceiling_acc", "lightremote"]),
    # --- 4. the right items titled in the other language
    mixed("fitness", "フォームローラー", "foamroller"),     # English imports under a katakana loanword
    mixed("fitness", "ケトルベル", "kettlebell"),           # English imports under a katakana loanword
    mixed("fitness", "腹筋ローラー", "abroller"),           # Japanese titles, English category tree
    mixed("fitness", "マッサージクッション", "cushion"),    # Japanese titles, English category tree
    mixed("fitness", "massage gun", "massagegun"),          # English query, Japanese titles
    mixed("lighting", "フロアライト", "floor"),             # mostly "Floor Lamp" imports
    mixed("lighting", "ストリングライト", "string"),        # mostly "String Lights" imports
    mixed("lighting", "ナイトライト", "night"),             # mostly "Night Light" imports
    mixed("lighting", "LED電球", "bulb"),                   # half "LED Light Bulb" imports
    mixed("lighting", "desk lamp", "desk"),                 # English query, mostly デスクライト titles
]

LIMITS = {
    **{("blind21", "mixed:lighting:desk_lamp", s): "the English 'Desk Lamp' first, then two English 'Floor Lamp's "
       "above the Japanese-titled デスクライト" for s in (LEX, DEN)},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind21(q: Q, setup: str, known_limit):
    known_limit("blind21")
    check(q, setup, ENGINES)


def test_blind21_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "黒": "Black", "白": "White"})
