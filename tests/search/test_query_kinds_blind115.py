"""A hundred-and-fifteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: hair
extensions, wigs and hairdressing supplies (English: tape extensions and extension tape, clip
extensions and extension clips, extension brushes, wig caps, wigs and wig care, hair shears and their
parts), nursery furniture and baby sleep (English: canopy beds and bed canopies, crib bumpers, cribs
and crib accessories, gliders, glider ottomans and glider parts, baby monitors and their accessories),
a Japanese home-spa and relaxation shop キャンドル・サウナ・温浴 (ジャーキャンドル and キャンドルジャー,
キャンドル芯, サウナハット, テントサウナ and its accessories, ホットアイマスク and its parts; part of its
category tree in English, with English-titled imports whose Japanese names are katakana loanwords:
Epsom Salt エプソムソルト, Eye Pillow アイピロー, Body Scrub ボディスクラブ, and Japanese-titled foot
baths under "Spa Goods > Foot Spas") and a Japanese maternity and nursing shop マタニティ・授乳用品
(搾乳器 and its parts, 授乳クッション and their covers, 授乳ブラ, マタニティベルト, 抱き枕 and 抱き枕カバー;
part of its tree in English, with English-titled imports too: Maternity Leggings マタニティレギンス,
Nipple Cream ニップルクリーム, Swaddle スワドル). Shops of 42-48 items, category paths 2-3 levels
deep, marketplace titles.

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

Written blind on 2026-12-01 (a hundred-and-fifteenth suite), as a measurement only (nothing
changed for it): 78 of 92 cases pass, 30 of 37 queries in every setup (two_types 4/8 queries, 10/18
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 4/6, 11/15; mixed 7/8, 20/22). The 14
failing cases (7 queries, each in both its setups, all English) are strict xfails (`LIMITS`,
through `conftest.known_limit`): the four hair-extension pairs "tape extensions", "extension tape",
"clip extensions" and "extension clips" (extension tape, clips and tape-ins or clip-ins mixed across
the head line: a "Replacement Tape for Tape In Hair Extensions" or "Wig Clips for Hair Extensions"
above real extensions, tape-in or clip-in extensions above every plain tape or clip), "cheap blonde
clip in extensions" (the blonde wig clips for extensions first), "budget grey glider" (the 399 grey
glider first, the cheapest grey one at 289 sixth or eleventh) and "foot spa" (English over the
Japanese 足湯器 / フットバス titles: an eye pillow and the サウナハット first, no foot bath in the top
eight).
After (a preposition the catalogue writes hyphened after a word, "Clip-In" and "Tape-In Extensions",
cuts nothing where written apart: "Tape In Hair Extensions" is an extension, in titles and queries
alike; the seventeenth session): "extension tape", "clip extensions", "extension clips" and "cheap
blonde clip in extensions" pass, "tape extensions" in the lexical setup.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

EXT, WIG, SAL = "Hair Extensions", "Wigs & Toppers", "Salon Supplies"

HAIR = {
    "tapeext": items(f"{EXT} > Tape-In Extensions",
                     ("Lumiere Tape In Hair Extensions, 100% Remy Human Hair, 20 Pieces, 18 Inch, Natural Black", 59),
                     ("Seamless Tape In Hair Extensions, Invisible Skin Weft, 40 Pieces, 20 Inch, Blonde", 89),
                     ("Tape In Hair Extensions, Straight, 50g, 16 Inch, Chestnut Brown", 45)),
    "ext": items(f"{EXT} > Other Extensions",
                 ("Micro Ring Hair Extensions, I-Tip, 100 Strands, 20 Inch, Dark Brown", 69),
                 ("Sew-In Weft Hair Extensions, Double Drawn, 100g, Natural Black", 79),
                 ("Halo Hair Extensions, Invisible Wire, 16 Inch, Honey Blonde", 49),
                 ("Wrap Around Ponytail Extension, Straight, 22 Inch, Black", 29)),
    "clipext": items(f"{EXT} > Clip-In Extensions",
                     ("Lumiere Clip In Hair Extensions, 7 Pieces, 120g, 18 Inch, Dark Brown", 79),
                     ("Clip In Hair Extensions, Synthetic, Heat Resistant, 5 Pieces, 20 Inch, Blonde", 29),
                     ("Seamless Clip-In Hair Extensions, Silicone Base, 22 Inch, Honey Blonde", 99),
                     ("Clip In Hair Extensions, 3/4 Full Head, 10 Inch, Jet Black", 19)),
    "exttape": items(f"{EXT} > Extension Supplies",
                     ("Hair Extension Tape, Double-Sided Adhesive Tabs, Strong Hold, 60 Pieces", 8),
                     ("Lumiere Replacement Tape for Tape In Hair Extensions, 240 Tabs", 12),
                     ("Extension Tape, Pre-Cut Tabs, Ultra Hold, 4cm x 0.8cm, 72 Pieces", 11)),
    "extclip": items(f"{EXT} > Extension Supplies",
                     ("Hair Extension Clips, Snap Clips with Silicone Back, 60 Pieces, Black", 8),
                     ("Extension Clips, 32mm Snap Clips for Wefts, 20 Pack, Brown", 6),
                     ("Lumiere Wig Clips for Hair Extensions, 9-Teeth, 40 Pieces, Blonde", 7)),
    "extbrush": items(f"{EXT} > Extension Care",
                      ("Hair Extension Brush, Loop Bristles, Detangling, Black", 12),
                      ("Extension Loop Brush, Wooden Handle, Large Paddle", 15),
                      ("Soft Bristle Extension Brush, Travel Size, Pink", 9)),
    "tape": items(f"{WIG} > Wig Tape & Glue", ("Lace Wig Tape, Double-Sided, Waterproof, 36 Strips", 7),
                  ("Toupee Tape Roll, Hair System Tape, 3 Yards x 1 Inch", 9),
                  ("Lace Front Support Tape, Clear, 1 Roll", 6)),
    "clip": items(f"{SAL} > Clips & Pins", ("Claw Clip, Large, Matte, Tortoise", 9),
                  ("Sectioning Clips, Alligator Hair Clips, 12 Pack, Black", 7),
                  ("Duckbill Clips, Salon Styling Clips, 20 Pieces, Silver", 6)),
    "wig": items(f"{WIG} > Wigs", ("Body Wave Lace Front Wig, Human Hair, 22 Inch, Natural Black", 189),
                 ("Short Bob Wig with Bangs, Synthetic, Straight, Platinum", 29),
                 ("Glueless Wig, 5x5 Lace Closure, Human Hair, 18 Inch, Brown", 149)),
    "wigcap": items(f"{WIG} > Wig Caps", ("Wig Caps, Stocking Cap, Nude, 4 Pack", 5),
                    ("Mesh Wig Cap, Breathable, Black, 2 Pieces", 6), ("Wig Cap, Bamboo Liner, Seamless, Beige", 9)),
    "wig_acc": items(f"{WIG} > Wig Care", ("Wig Grip Band for Lace Wigs, Velvet, Adjustable, Black", 8),
                     ("Collapsible Wig Stand for Wigs, Travel, Plastic", 9),
                     ("Lace Glue for Wigs, Waterproof, Strong Hold, 38ml", 12),
                     ("Wig Replacement Combs, Sew-In, 10 Pack", 5)),
    "shears": items(f"{SAL} > Shears", ("Professional Hair Cutting Shears, 6 Inch, Japanese Steel", 89),
                    ("Hair Thinning Shears, 30 Teeth, 6 Inch", 45),
                    ("Left-Handed Hair Shears, Offset Handle, 5.5 Inch", 69)),
    "shears_acc": items(f"{SAL} > Shears > Shear Care", ("Replacement Finger Rings for Hair Shears, 10 Pack", 5),
                        ("Leather Shear Holster for Hair Shears, Holds 3, Black", 29),
                        ("Hair Shears Replacement Tension Screw Set, Gold", 12),
                        ("Shear Oil for Hair Shears, 15ml", 9)),
    "noise": each(("Hairdressing Cape, Waterproof, Snap Closure, Black", f"{SAL} > Capes", 15),
                  ("Continuous Mist Spray Bottle, 300ml", f"{SAL} > Tools", 8),
                  ("Mannequin Head with Human Hair, Cosmetology Practice", f"{SAL} > Training", 39)),
}

NUR, KID, SAFE = "Nursery Furniture", "Kids' Room", "Baby Safety"

NURSERY = {
    "canopybed": items(f"{KID} > Beds > Canopy Beds",
                       ("Canopy Bed, Toddler Size, Solid Pine, with Guard Rails, White", 249),
                       ("Montessori Canopy Bed, Twin Floor Bed with Frame, Natural", 299),
                       ("Metal Canopy Bed Frame, Twin, Black", 189)),
    "bed": items(f"{KID} > Beds", ("Toddler Bed with Side Rails, Wooden, Grey", 129),
                 ("Montessori Floor Bed, Twin, Solid Wood, Natural", 159),
                 ("House Bed Frame, Twin, Wooden, White", 179)),
    "bedcanopy": items(f"{KID} > Bed Canopies", ("Bed Canopy, Princess Mosquito Net Drape, Pink", 25),
                       ("Bed Canopy for Kids, Sheer Voile, Round Top, White", 29),
                       ("Bed Canopy, Hanging Dome, Cotton, Grey", 35)),
    "canopy": items(f"{KID} > Play Canopies", ("Reading Nook Canopy, Hanging Tent, Cotton, Grey", 39),
                    ("Play Canopy, Hanging Teepee, Pink", 32),
                    ("Leaf Canopy for Reading Corner, Ceiling Hanging, Green", 22)),
    "crib": items(f"{NUR} > Cribs", ("Convertible Crib, 4-in-1, Solid Wood, White", 329),
                  ("Mini Crib, Portable, Folding, Grey", 179), ("Classic Crib, Slatted, Natural Pine", 249),
                  ("Round Crib, Modern, White", 449), ("Standard Crib, Slatted, Adjustable Base, White", 279)),
    "crib_acc": items(f"{NUR} > Cribs > Crib Accessories",
                      ("Crib Rail Cover for Cribs, Teething Guard, Quilted, White", 19),
                      ("Toddler Rail Conversion Kit for Convertible Cribs, White", 89),
                      ("Crib Replacement Hardware Kit, Bolts and Brackets", 15)),
    "bumper": items(f"{NUR} > Crib Bedding", ("Breathable Crib Bumper, Mesh Liner, White", 35),
                    ("Crib Bumper Pads, Padded, 4 Piece, Grey", 45), ("Braided Crib Bumper, Velvet, Pink", 59)),
    "glider": items(f"{NUR} > Gliders & Rockers", ("Nursery Glider, Swivel, Upholstered, Grey", 399),
                    ("Wooden Glider Rocker, Cushioned, Grey", 289), ("Power Recline Glider, Light Grey", 599),
                    ("Glider Chair, Swivel Rocker, Cream", 249)),
    "ottoman": items(f"{NUR} > Gliders & Rockers > Ottomans", ("Glider Ottoman, Upholstered, Grey", 129),
                     ("Glider Ottoman, Wooden Base, Cream", 99), ("Glider Ottoman, Nursery Footrest, White", 109)),
    "glider_acc": items(f"{NUR} > Gliders & Rockers > Glider Parts",
                        ("Replacement Cushions for Glider Rocker, 2 Piece, Grey", 59),
                        ("Glider Replacement Bearing Kit", 19)),
    "monitor": items(f"{SAFE} > Baby Monitors", ("Video Baby Monitor, 5 Inch Screen, Night Vision, Two-Way Talk", 119),
                     ("Wi-Fi Baby Monitor Camera, 2K, App Control", 89),
                     ("Audio Baby Monitor, Long Range, Rechargeable", 49)),
    "monitor_acc": items(f"{SAFE} > Baby Monitors > Monitor Accessories",
                         ("Wall Mount for Baby Monitor Camera, Universal", 19),
                         ("Baby Monitor Replacement Power Adapter, 5V", 12),
                         ("Cord Cover for Baby Monitors, 3 Pack, White", 15),
                         ("Flexible Crib Mount for Baby Monitor", 25)),
    "noise": each(("Sound Machine, White Noise, Night Light", f"{SAFE} > Sleep", 39),
                  ("Blackout Curtains for Nursery, 2 Panels, Grey", f"{KID} > Curtains", 45),
                  ("Changing Table, 3 Drawers, White", f"{NUR} > Changing Tables", 199)),
}

CA, SA, SPA = "キャンドル", "サウナグッズ", "Spa Goods"

RELAX = {
    "jarcandle": items(f"{CA} > ジャーキャンドル", ("ジャーキャンドル ラージ 大豆ワックス ホワイトリネンの香り 600g", 3980),
                       ("アロマ ジャーキャンドル ガラス 蓋付き ラベンダー 200g", 2480),
                       ("ジャーキャンドル 木芯 パチパチ 燃焼50時間 バニラ", 2980)),
    "candle": items(f"{CA} > キャンドル", ("ティーライトキャンドル 無香料 4時間 100個", 1280),
                    ("ピラーキャンドル 7.5×10cm アイボリー 2個", 980),
                    ("アロマキャンドル 缶 ソイワックス ローズ 120g", 1480)),
    "candlejar": items(f"{CA} > キャンドル作り", ("キャンドルジャー 空き瓶 ガラス 蓋付き 200ml 6個", 1680),
                       ("キャンドルジャー 手作り 容器 アンバー 4個セット", 1380),
                       ("キャンドルジャー 陶器 空容器 マット 2個", 1980)),
    "jar": items("保存容器 > ガラスジャー", ("ガラスジャー 密閉 木蓋 500ml 2個セット", 1280),
                 ("メイソンジャー 広口 480ml 4個", 1980), ("ジャー ガラス 保存瓶 コルク栓 250ml 3個", 980)),
    "wick": items(f"{CA} > キャンドル作り", ("キャンドル芯 コットン 座金付き 15cm 100本", 680),
                  ("キャンドル 芯 木芯 ウッドウィック 50本", 980), ("キャンドル用 芯 替え芯 ソイワックス向け 20cm 50本", 580)),
    "eyemask": items("リラックス > ホットアイマスク", ("ホットアイマスク USB 温度調節 タイマー グレー", 2480),
                     ("ホットアイマスク 充電式 コードレス 3段階 白", 3980), ("ホットアイマスク USB 洗える 綿 白", 2280),
                     ("ホットアイマスク USB 軽量 ピンク", 1480)),
    "eyemask_acc": items("リラックス > ホットアイマスク > 交換部品", ("ホットアイマスク用 替えカバー 綿 白 2枚", 780),
                         ("ホットアイマスク専用 USBケーブル 交換用 1.5m", 580),
                         ("ホットアイマスク対応 モバイルバッテリー 5000mAh 白", 1980)),
    "saunahat": items(f"{SA} > サウナハット", ("サウナハット ウール フェルト 男女兼用 グレー", 2980),
                      ("サウナハット タオル地 速乾 ネイビー", 1980), ("サウナハット 今治タオル 刺繍 ロゴ", 3480)),
    "tentsauna": items(f"{SA} > テントサウナ", ("テントサウナ 2〜3人用 薪ストーブ付き", 89800),
                       ("テントサウナ 4人用 大型 二重構造 グレー", 129800),
                       ("テントサウナ 1人用 ポータブル 軽量", 49800)),
    "tentsauna_acc": items(f"{SA} > テントサウナ > 付属品", ("テントサウナ用 ストーブガード ステンレス", 6980),
                           ("テントサウナ専用 収納バッグ 大容量", 4980), ("テントサウナ対応 サウナストーン 10kg", 3980),
                           ("スカート テントサウナ用 冷気防止", 5980)),
    "epsom": items(f"{SPA} > Bath Salts", ("Epsom Salt, Magnesium Sulfate, Unscented, 2kg", 1980),
                   ("Epsom Salt Bath Soak, Eucalyptus, 1kg", 1480), ("エプソムソルト 国産 無香料 2.2kg", 1680)),
    "bathsalt": items(f"{SPA} > Bath Salts", ("バスソルト 死海の塩 ラベンダー 500g", 1480),
                      ("Himalayan Pink Bath Salt, Coarse Grain, 500g", 1280)),
    "eyepillow": items("リラックス > アイピロー", ("Lavender Eye Pillow, Silk Cover, Weighted", 2480),
                       ("Hot and Cold Eye Pillow, Flaxseed, Grey", 1980), ("アイピロー 小豆 温冷 ラベンダー", 1280)),
    "scrub": items(f"{SPA} > Body Scrubs", ("Sea Salt Body Scrub, Coconut, 300g", 1980),
                   ("Coffee Body Scrub, Exfoliating, 200g", 1680), ("ボディスクラブ シュガー ローズ 250g", 1480)),
    "footbath": items(f"{SPA} > Foot Spas", ("足湯器 バブル 保温 ヒーター付き", 6980),
                      ("フットバス 深型 ふくらはぎまで 折りたたみ", 3980), ("足湯 バケツ 保温 蓋付き 大容量", 2980)),
    "noise": each(("入浴剤 炭酸 にごり湯 20錠", "入浴剤 > 炭酸", 980),
                  ("バスローブ 今治 パイル フリーサイズ", "リラックス > バスローブ", 6980)),
}

MA, NU, MW = "マタニティ", "Nursing", "Maternity Wear"

MAMA = {
    "pump": items(f"{NU} > Breast Pumps", ("搾乳器 電動 ダブルポンプ 静音 充電式", 12800),
                  ("搾乳器 手動 哺乳瓶付き", 3980), ("搾乳器 電動 シングル 9段階 ハンズフリー", 8980)),
    "pump_acc": items(f"{NU} > Breast Pumps > Pump Parts", ("搾乳器用 替えバルブ 交換用 2個", 880),
                      ("搾乳器専用 母乳バッグ 50枚", 1280), ("電動搾乳器対応 ACアダプター", 1980),
                      ("シリコンチューブ 搾乳器用 交換用 2本", 980)),
    "nursingpillow": items(f"{NU} > Nursing Pillows", ("授乳クッション 洗える 綿100% グレー", 3980),
                           ("授乳クッション 高さ調節 ドーナツ型 ネイビー", 4980),
                           ("授乳クッション 厚め 固綿 ベージュ", 3480)),
    "nursingpillow_acc": items(f"{NU} > Nursing Pillows > Covers", ("授乳クッション用 替えカバー ガーゼ", 1980),
                               ("授乳クッション専用 防水シート", 980), ("固定ベルト 授乳クッション対応", 780)),
    "bra": items(f"{MA} > 授乳ブラ", ("授乳ブラ ノンワイヤー 前開き 黒 M", 1980), ("授乳ブラ 2枚組 ストラップオープン 黒 L", 2480),
                 ("授乳ブラ シームレス 黒 M", 1580), ("授乳ブラ レース ベージュ M", 1280)),
    "bra_acc": items(f"{MA} > 授乳ブラ > ブラ小物", ("授乳ブラ用 延長ホック 3段 黒 2個", 380),
                     ("授乳ブラ専用 替えストラップ 黒", 480)),
    "belt": items(f"{MA} > マタニティベルト", ("マタニティベルト 腹帯 妊婦帯 ベージュ M", 1980),
                  ("マタニティベルト 産前産後 骨盤サポート ベージュ L", 2980), ("マタニティベルト 薄手 メッシュ 黒 M", 1480),
                  ("Maternity Belt, Belly Band, Breathable, Beige", 3480)),
    "belt_acc": items(f"{MA} > マタニティベルト > 交換パーツ", ("マタニティベルト用 延長ベルト ベージュ", 680),
                      ("マタニティベルト専用 替えパッド ベージュ 2枚", 580)),
    "dakimakura": items(f"{MA} > 抱き枕", ("抱き枕 妊婦 U字型 洗える グレー", 5980), ("抱き枕 マタニティ C型 ロング 150cm", 4980),
                        ("抱き枕 L字型 体圧分散 ホワイト", 3980)),
    "dakicover": items(f"{MA} > 抱き枕 > 抱き枕カバー", ("抱き枕カバー U字型用 綿100% 替えカバー", 2480),
                       ("抱き枕カバー 150cm ガーゼ 洗える", 1980), ("抱き枕カバー C型 ファスナー式 ネイビー", 2280)),
    "leggings": items(f"{MW} > Leggings", ("Maternity Leggings, Over the Belly, High Waist, Black", 2980),
                      ("Maternity Leggings, Seamless, 2 Pack, Grey", 3480),
                      ("マタニティレギンス 10分丈 お腹ゆったり 黒", 1980)),
    "nipplecream": items(f"{NU} > Nipple Care", ("Nipple Cream, Lanolin, 40g", 1680),
                         ("Nipple Cream, Organic, Lanolin Free, 60ml", 2480), ("ニップルクリーム 乳頭ケア 無香料 20g", 1280)),
    "swaddle": items("新生児 > おくるみ", ("Swaddle Blanket, Muslin Cotton, 3 Pack, 120x120cm", 3480),
                     ("Swaddle Sack, Zip-Up, 0-3 Months, Grey", 2980), ("スワドル おくるみ ガーゼ 新生児 2枚組", 2480)),
    "noise": each(("母乳パッド 使い捨て 120枚", f"{NU} > Nursing Pads", 880),
                  ("産褥ショーツ 前開き 2枚組", f"{MA} > 産後ケア", 1580)),
}

SHOPS = {"hair": HAIR, "nursery": NURSERY, "relax": RELAX, "mama": MAMA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hair", "tape extensions", "tapeext", ["ext", "clipext"], ["exttape"]),
    two_types("hair", "extension tape", "exttape", ["tape"], ["tapeext"]),
    two_types("hair", "clip extensions", "clipext", ["ext", "tapeext"], ["extclip"]),
    two_types("hair", "extension clips", "extclip", ["clip"], ["clipext"]),
    two_types("nursery", "canopy bed", "canopybed", ["bed"], ["bedcanopy"]),
    two_types("nursery", "bed canopy", "bedcanopy", ["canopy"], ["canopybed"]),
    two_types("relax", "ジャーキャンドル", "jarcandle", ["candle"], ["candlejar"]),
    two_types("relax", "キャンドルジャー", "candlejar", ["jar"], ["jarcandle"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hair", "wig cap", ["wigcap"], ["wig"]),
    qualifies("hair", "extension brush", ["extbrush"], ["ext", "tapeext", "clipext"]),
    qualifies("nursery", "crib bumper", ["bumper"], ["crib"]),
    qualifies("nursery", "glider ottoman", ["ottoman"], ["glider"]),
    qualifies("relax", "サウナハット", ["saunahat"], ["tentsauna"]),
    qualifies("relax", "キャンドル 芯", ["wick"], ["candle", "jarcandle"]),
    qualifies("mama", "抱き枕 カバー", ["dakicover"], ["dakimakura"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("hair", "wigs", ["wig"], ["wig_acc"]),
    accessories("hair", "hair shears", ["shears"], ["shears_acc"]),
    accessories("nursery", "crib", ["crib"], ["crib_acc"]),
    accessories("nursery", "baby monitor", ["monitor"], ["monitor_acc"]),
    accessories("relax", "テントサウナ", ["tentsauna"], ["tentsauna_acc"]),
    accessories("relax", "ホットアイマスク", ["eyemask"], ["eyemask_acc"]),
    accessories("mama", "搾乳器", ["pump"], ["pump_acc"]),
    accessories("mama", "授乳クッション", ["nursingpillow"], ["nursingpillow_acc"]),
    # blonde clip-ins: synthetic 29, seamless honey blonde 99 (a jet black 3/4 set 19, dark brown 79; blonde
    # extension clips 7; blonde tape-ins 89 and a honey blonde halo 49 are not clip-ins)
    price("hair", "cheap blonde clip in extensions", "clipext-1", ["extclip", "exttape"]),
    # white cribs: convertible 329, round 449, standard 279 (a grey mini crib 179, a natural one 249; white rail
    # cover 19, conversion kit 89 and mesh bumper 35)
    price("nursery", "cheap white crib", "crib-4", ["crib_acc", "bumper"]),
    # grey gliders: nursery glider 399, wooden glider rocker 289, power recline light grey 599 (a cream one 249;
    # grey replacement cushions 59, a grey glider ottoman 129)
    price("nursery", "budget grey glider", "glider-1", ["glider_acc", "ottoman"]),
    # white hot eye masks: rechargeable 3980, washable cotton 2280 (a pink one 1480, a grey one 2480; a white
    # cover 780, a white power bank 1980, a cable 580)
    price("relax", "格安 白 ホットアイマスク", "eyemask-2", ["eyemask_acc"]),
    # black nursing bras: non-wire 1980, 2-pack 2480, seamless 1580 (a beige lace one 1280; black extender hooks
    # 380, black straps 480)
    price("mama", "安い 黒 授乳ブラ", "bra-2", ["bra_acc"]),
    # beige maternity belts: 1980, 2980, English import 3480 (a black mesh one 1480; beige extender 680, beige
    # pads 580)
    price("mama", "お手頃 ベージュ マタニティベルト", "belt-0", ["belt_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("relax", "エプソムソルト", "epsom"),
    mixed("relax", "アイピロー", "eyepillow"),
    mixed("relax", "ボディスクラブ", "scrub"),
    mixed("relax", "foot spa", "footbath"),
    mixed("mama", "マタニティレギンス", "leggings"),
    mixed("mama", "ニップルクリーム", "nipplecream"),
    mixed("mama", "スワドル", "swaddle"),
    mixed("mama", "nursing pillow", "nursingpillow"),
]

LIMITS: dict = {
    ("blind115", "two_types:hair:tape_extensions", "categories-dense"):
        "the 'Replacement Tape for Tape In Hair Extensions' ranks above a real clip-in extension (the tape fifth)",
    ("blind115", "price:nursery:budget_grey_glider", "categories-lexical"):
        "the 399 grey nursery glider first; the 289 grey wooden glider rocker eleventh",
    ("blind115", "price:nursery:budget_grey_glider", "categories-dense"):
        "the 399 grey nursery glider first; the 289 grey wooden glider rocker sixth, after an ottoman, cushions",
    ("blind115", "mixed:relax:foot_spa", "categories-lexical"):
        "an English eye pillow and the three サウナハット first; the first foot bath tenth",
    ("blind115", "mixed:relax:foot_spa", "categories-dense"):
        "an English eye pillow and the three サウナハット first; the first foot bath ninth",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind115(q: Q, setup: str, known_limit):
    known_limit("blind115")
    check(q, setup, ENGINES)


def test_blind115_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "ベージュ": "Beige", "blonde": "Blonde",
                                 "white": "White", "grey": "Grey"})
