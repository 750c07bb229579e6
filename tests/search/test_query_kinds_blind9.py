"""A ninth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: musical instruments
(English), bedding and linens (English), Japanese gardening 園芸用品 and Japanese food and drink
食品・飲料, the Japanese shops with English-titled imports whose Japanese names are katakana
loanwords, and the food shop's category tree partly in English.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (both orders);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones) in shops where some items have English titles
   or English category paths: the top three are of the query's kind, whatever the language.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (ninth suite), as a measurement only (nothing changed for it):
83 of 92 cases pass, 30 of 35 queries in every setup (84 and 31 once the "guitar" test bug,
bass guitars left out of the real guitars, was fixed). The tenth session's shopper's language
among equals (an exact title in the other language is not put below one in the query's language
that says less of the query: `ranking.in_language`), made for the kind suites 7-9 shared, passes
ミルク チョコレート and green tea; the wanted type's categories bringing the titles an English
dense model cannot read passes "fertilizer" (the Japanese 肥料 beside "Granular Fertilizer"): 91 of
92, 34 of 35. The failing case is a strict xfail (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import (DENSE, LATIN_ONLY, LEXICAL, Engines, Q, accessories, check, mixed, params, price, qualifies,
                        two_types, well_formed)
from shops import each, items


# =============================================================================================
# Shops

MI = "Musical Instruments"
GT, ACC, KB = f"{MI} > Guitars", f"{MI} > Accessories", f"{MI} > Keyboards & Pianos"

MUSIC = {
    "guitar": each(("Yamaha F310 Acoustic Guitar, Dreadnought, Natural", f"{GT} > Acoustic Guitars", 159),
                   ("Fender Squier Stratocaster Electric Guitar, Black, Maple Neck", f"{GT} > Electric Guitars", 249),
                   ("Ibanez GRX70 Electric Guitar, Black Night", f"{GT} > Electric Guitars", 189),
                   ("Harley Benton ST-20 Electric Guitar, Black", f"{GT} > Electric Guitars", 129),
                   ("Harley Benton TE-20 Electric Guitar, Red", f"{GT} > Electric Guitars", 99),
                   ("Alhambra 1C Classical Guitar, Cedar Top, Solid", f"{GT} > Classical Guitars", 289)),
    "guitar_acc": items(f"{ACC} > Guitar Accessories", ("Black Leather Strap for Electric Guitar, Adjustable", 19),
                        ("Kyser Quick-Change Capo for Acoustic Guitar, Black", 22),
                        ("Guitar Replacement Tuning Pegs, 6 Pack, Black", 12),
                        ("Dunlop Picks for Guitar, 12 Pack, Medium", 6)),
    "guitarstand": items(f"{ACC} > Stands", ("Hercules Guitar Stand, Auto Grip, Black", 39),
                         ("Folding A-Frame Guitar Stand, Black", 15)),
    "strings": items(f"{ACC} > Strings", ("Elixir Nanoweb Acoustic Guitar Strings, Light, 12-53", 15),
                     ("D'Addario EXL110 Electric Guitar Strings, 10-46, 3 Pack", 19),
                     ("Aquila Nylgut Ukulele Strings, Soprano, GCEA", 9)),
    "bassstrings": items(f"{ACC} > Strings", ("Ernie Ball Regular Slinky Bass Strings, 4-String, 50-105", 29),
                         ("D'Addario EXL170 Bass Strings, Long Scale, 45-100", 27),
                         ("Rotosound Swing Bass 66 Bass Strings, Stainless Steel", 35)),
    "stringbass": items(f"{MI} > Orchestral Strings > Double Basses",
                        ("Stentor Student String Bass, 3/4 Size, Laminated", 1290),
                        ("Upright String Bass, 3/4, Solid Spruce Top, with Bag", 1890)),
    "bassguitar": items(f"{GT} > Bass Guitars", ("Yamaha TRBX174 Electric Bass Guitar, 4-String", 279),
                        ("Ibanez GSR200 Bass Guitar, Jewel Blue", 259)),
    "ukulele": items(f"{MI} > Ukuleles", ("Kala KA-15S Soprano Ukulele, Mahogany", 59),
                     ("Concert Ukulele, Spruce Top, Rosewood Fingerboard", 45),
                     ("Tenor Ukulele, Solid Mahogany, Satin Finish", 129)),
    "ukecase": items(f"{MI} > Ukuleles > Ukulele Cases", ("Kala Ukulele Case, Soprano, Hard Shell, Black", 49),
                     ("Ukulele Case, Concert, Padded Gig Bag, 10mm", 25),
                     ("Tenor Ukulele Case, Hardshell, Plush Lined", 65)),
    "keyboard": items(f"{KB} > Keyboards", ("Casio CT-S300 Keyboard, 61 Keys, Touch Sensitive", 169),
                      ("Yamaha PSR-E373 Portable Keyboard, 61 Keys", 219),
                      ("Alesis Melody 61 Keyboard with Stand, Headphones, Microphone", 129)),
    "keyboardstand": items(f"{KB} > Keyboard Stands", ("On-Stage Keyboard Stand, X-Style, Double Braced", 39),
                           ("Keyboard Stand, Z-Style, Adjustable Height, Black", 59),
                           ("RockJam Keyboard Stand, Single X, Folding", 25)),
    "pianobench": items(f"{KB} > Piano Benches", ("Piano Bench, Adjustable, Padded, Black", 69),
                        ("Duet Piano Bench with Storage, Wood", 129)),
    "drums": each(("Pearl Roadshow Drum Kit, 5 Piece, with Cymbals", f"{MI} > Drums > Drum Kits", 549),
                  ("Alesis Nitro Mesh Electronic Drum Kit, 8 Piece", f"{MI} > Drums > Drum Kits", 379),
                  ("Vic Firth 5A Drum Sticks, American Classic, Hickory", f"{MI} > Drums > Drum Sticks", 12),
                  ("Promark 7A Drum Sticks, 4 Pairs", f"{MI} > Drums > Drum Sticks", 35)),
}

BD = "Bedding"
LINEN, THROWS = f"{BD} > Bed Linen", f"{BD} > Blankets & Throws"

BEDDING = {
    "duvet": items(f"{BD} > Duvets", ("Snuggledown Hotel Duvet, King, 10.5 Tog, Microfibre", 55),
                   ("Goose Down Duvet, Double, 13.5 Tog, Cotton Cambric Shell", 139),
                   ("All Seasons Duvet, Single, 4.5 + 9 Tog", 45)),
    "duvetcover": items(f"{LINEN} > Duvet Covers",
                        ("Duvet Cover Set, King, Brushed Cotton, Grey Check, with 2 Pillowcases", 35),
                        ("Egyptian Cotton Duvet Cover, Double, 400 Thread Count, White", 49),
                        ("Reversible Duvet Cover, Single, Polycotton, Navy Stripe", 19)),
    "pillow": items(f"{BD} > Pillows", ("Emma Memory Foam Pillow, Adjustable, White", 49),
                    ("Silentnight Hotel Collection Pillow, White, 2 Pack", 22),
                    ("Hungarian Goose Down Pillow, Medium, White", 35),
                    ("Bamboo Cooling Pillow, Shredded Foam, Grey", 18),
                    ("Side Sleeper Pillow, Firm, Cotton Cover", 29)),
    "pillow_acc": items(f"{BD} > Pillows > Pillow Protectors",
                        ("Waterproof Pillow Protector for Standard Pillows, White, 2 Pack", 12),
                        ("Pillow Replacement Filling, Shredded Memory Foam, 1kg", 15),
                        ("Zip Pillow Protector for Memory Foam Pillow, White", 9)),
    "pillowcase": items(f"{LINEN} > Pillowcases", ("Housewife Pillowcases, Pair, 100% Cotton, White", 10),
                        ("Silk Pillowcase, Mulberry, Standard, Champagne", 29),
                        ("Oxford Pillowcases, 2 Pack, Egyptian Cotton, Grey", 14)),
    "throwpillow": items(f"{BD} > Decorative > Throw Pillows",
                         ("Velvet Throw Pillow with Insert, 45x45cm, Emerald", 19),
                         ("Boho Tassel Throw Pillow, Cream, 2 Pack", 29),
                         ("Chunky Knit Throw Pillow, Filled, Mustard", 24)),
    "throw": items(f"{THROWS} > Throws", ("Sherpa Fleece Throw, 130x170cm, Grey", 25),
                   ("Chunky Knit Throw Blanket, Cream, 120x150cm", 39),
                   ("Faux Fur Throw, Sofa Size, Blush Pink", 29)),
    "blanket": items(f"{THROWS} > Blankets", ("Wool Blanket, Double, Herringbone, Natural", 79),
                     ("Cellular Cotton Blanket, King, White", 35)),
    "topper": items(f"{BD} > Mattress Toppers", ("Memory Foam Mattress Topper, Double, 5cm", 59),
                    ("Microfibre Mattress Topper, King, Hotel Quality", 45),
                    ("Duck Feather Mattress Topper, Single, 10cm", 39)),
    "mattress": items(f"{BD} > Mattresses", ("Pocket Sprung Mattress, Double, Medium Firm", 249),
                      ("Rolled Memory Foam Mattress, Single, 20cm", 129)),
    "sheet": items(f"{LINEN} > Sheets", ("Fitted Sheet, Double, 100% Cotton, 30cm Deep, White", 15),
                   ("Flat Sheet, King, Percale, 200 TC, White", 18),
                   ("Brushed Cotton Fitted Sheet, Single, Grey", 12)),
}

E = "園芸用品"
POTS, SEED, SOIL, TOOLS = f"{E} > 植木鉢・プランター", f"{E} > 苗・種", f"{E} > 土・肥料", f"{E} > 園芸道具"

GARDENING = {
    "pot": items(f"{POTS} > 植木鉢", ("植木鉢 陶器 8号 白 受け皿付き", 1980), ("植木鉢 陶器 6号 白 マット 北欧", 1280),
                 ("植木鉢 プラスチック 5号 白 軽量 スリット", 980), ("植木鉢 樹脂 5号 黒 スリット鉢", 580),
                 ("植木鉢 素焼き 7号 テラコッタ 3個セット", 1480),
                 ("Ceramic Plant Pot, 15cm, White, with Drainage Hole", 1480)),
    "pot_acc": items(f"{POTS} > 鉢用品", ("植木鉢用 受け皿 6号 白 2枚", 380), ("鉢底ネット 植木鉢用 白 20枚", 220),
                     ("植木鉢専用 キャスター付き台座 白 30cm", 880), ("植木鉢対応 アイアンスタンド 白 3段", 2480)),
    "hachicover": items(f"{POTS} > 鉢カバー", ("鉢カバー 8号 ラタン調 ナチュラル", 1680),
                        ("鉢カバー ジュート 布製 2個セット", 980), ("鉢カバー 陶器 7号 グレー", 1980)),
    "planter": items(f"{POTS} > プランター", ("プランター 長方形 65cm 黒 深型", 1280), ("プランター 樹脂 45cm 黒 軽量", 880),
                     ("プランター 木製 60cm ナチュラル", 2980), ("Window Box Planter, 60cm, Black, Self Watering", 1980),
                     ("プランター 65cm グリーン スタンダード", 680)),
    "planter_acc": items(f"{POTS} > プランター用品", ("プランター用 受け皿 65cm 黒", 580),
                         ("支柱 プランター用 トマト 黒 4本", 780), ("プランター専用 キャスター台 黒 60cm", 1280),
                         ("プランター対応 防虫ネット 黒 60cm", 680)),
    "naepot": items(f"{E} > 育苗用品 > 育苗ポット", ("苗ポット 9cm 黒 100個", 780), ("苗ポット 12cm 丸型 50個 ポリ", 680),
                    ("生分解 苗ポット ジフィーポット 8cm 24個", 580)),
    "plapot": items(f"{E} > 育苗用品 > プラポット", ("スリットポット 5号 黒 5個", 550), ("プラポット 3号 茶 20個", 480)),
    "potnae": items(f"{SEED} > 野菜苗", ("トマト ポット苗 桃太郎 3号 2株", 698), ("ミニトマト ポット苗 アイコ 9cm", 398),
                    ("ハーブ ポット苗 バジル 3株セット", 598)),
    "nae": items(f"{SEED} > 苗木", ("ブルーベリー 苗木 2年生 ハイブッシュ", 1980), ("イチゴ 苗 とちおとめ 5株", 1280)),
    "soil": items(f"{SOIL} > 培養土", ("花と野菜の培養土 25L", 980), ("ハーブ 培養土 14L 有機", 780),
                  ("Organic Potting Mix, 8 Quart, All Purpose", 1580)),
    "sieve": items(f"{TOOLS} > ふるい", ("土ふるい 3枚網付き ステンレス 30cm", 1280),
                   ("園芸用 ふるい 土 プラスチック 網目3種", 580), ("Garden Soil Sieve, Riddle, 35cm, Stainless", 1680)),
    "fert": items(f"{SOIL} > 肥料", ("ハイポネックス 原液 液体肥料 800ml", 880), ("マグァンプK 中粒 緩効性肥料 600g", 1180),
                  ("Miracle-Gro All Purpose Plant Food, Water Soluble, 1.5lb", 1580),
                  ("Jobe's Organics Granular Fertilizer, All Purpose, 4lb", 1980)),
    "shears": items(f"{TOOLS} > 剪定ばさみ", ("岡恒 剪定鋏 200mm", 3280), ("アルス 剪定ばさみ VS-8Z 軽量", 3980),
                    ("Felco 2 Pruning Shears, Classic", 6980)),
    "jouro": items(f"{E} > 水やり用品 > ジョウロ", ("ジョウロ 4L ハス口付き グリーン", 1280),
                   ("じょうろ ブリキ 2L アンティーク", 2480), ("Haws Watering Can, 1L, Indoor, Green", 3980)),
    "jouroacc": items(f"{E} > 水やり用品 > 散水部品", ("ジョウロ用 ハス口 交換用 真鍮", 880)),
}

DRINKS, SWEETS, SPREADS = "Drinks", "食品 > 菓子", "Food > Spreads & Syrups"

FOOD = {
    "coffeebeans": items(f"{DRINKS} > Coffee > Coffee Beans", ("コーヒー豆 深煎り ブラジル 500g", 1480),
                         ("スペシャルティ コーヒー豆 エチオピア イルガチェフェ 200g", 1680),
                         ("Lavazza Super Crema Whole Bean Coffee, 1kg", 2980),
                         ("Illy Classico Coffee Beans, Medium Roast, 250g", 1580)),
    "coffee": items(f"{DRINKS} > Coffee > Ground Coffee", ("レギュラーコーヒー 粉 キリマンジャロ 400g", 980)),
    "coffeejelly": items("食品 > スイーツ > ゼリー", ("コーヒーゼリー 無糖 6個入り", 780),
                         ("ブラック コーヒー ゼリー 業務用 1kg", 1280), ("コーヒーゼリー カフェ 微糖 12個", 1380)),
    "blacktea": items(f"{DRINKS} > Tea > Black Tea", ("日東紅茶 デイリークラブ ティーバッグ 100袋", 580),
                      ("Twinings English Breakfast Tea, 100 Tea Bags", 1280),
                      ("Ahmad Tea Earl Grey, Loose Leaf, 500g", 1680),
                      ("ダージリン 紅茶 茶葉 100g ファーストフラッシュ", 1980)),
    "greentea": items(f"{DRINKS} > Tea > Green Tea", ("静岡 深蒸し茶 煎茶 100g", 980),
                      ("伊藤園 おーいお茶 緑茶 ティーバッグ 50袋", 680), ("宇治 抹茶入り 緑茶 200g", 1280),
                      ("Organic Japanese Green Tea, Sencha, 20 Tea Bags", 880)),
    "pasta": items("食品 > 麺類 > パスタ", ("マ・マー スパゲティ 1.6mm 600g", 298), ("Barilla Spaghetti No.5, 1kg", 498),
                   ("De Cecco Penne Rigate No.41, 500g", 398), ("ディ・チェコ フェデリーニ No.11 1kg", 698),
                   ("早ゆで パスタ スパゲッティ 1.4mm 500g 5袋", 980)),
    "pastasauce": items("食品 > 調味料 > パスタソース", ("パスタソース ミートソース 2人前 3袋", 498),
                        ("青の洞窟 パスタソース ボロネーゼ 2人前", 398),
                        ("Rao's Homemade Marinara Pasta Sauce, 680g", 1280)),
    "oliveoil": items("Food > Oils & Vinegar > Olive Oil", ("ボスコ エキストラバージン オリーブオイル 456g", 980),
                      ("Colavita Extra Virgin Olive Oil, 1L", 1980), ("Filippo Berio Pure Olive Oil, 500ml", 880),
                      ("有機 オリーブオイル スペイン産 500ml", 1280)),
    "maple": items(f"{SPREADS} > Syrups", ("Maple Grove Farms Pure Maple Syrup, Grade A, 250ml", 1280),
                   ("Kirkland Organic Maple Syrup, 1L", 2480), ("メープルシロップ カナダ産 100% 330g", 1480)),
    "pb": items(f"{SPREADS} > Spreads", ("Skippy Creamy Peanut Butter, 462g", 698),
                ("Jif Extra Crunchy Peanut Butter, 454g", 798), ("ピーナッツバター 無糖 粒入り 340g", 598)),
    "milkchoc": items(f"{SWEETS} > チョコレート", ("明治 ミルクチョコレート 50g 10枚", 1280),
                      ("ロッテ ガーナ ミルクチョコレート 12枚", 1180),
                      ("Lindt Classic Recipe Milk Chocolate Bar, 100g", 498)),
    "choc": items(f"{SWEETS} > チョコレート", ("明治 チョコレート効果 カカオ72% 26枚", 598),
                  ("ダークチョコレート カカオ86% 大容量 1kg", 2480),
                  ("Ghirardelli Intense Dark Chocolate, 72% Cacao, 92g", 598)),
    "chocmilk": items(f"{DRINKS} > Milk & Plant Milk", ("森永 チョコレートミルク 1000ml 6本", 1480),
                      ("チョコレート ミルク ドリンク 200ml 24本 常温", 2280),
                      ("Nesquik Chocolate Milk, Ready to Drink, 236ml, 8 Pack", 1980)),
    "milk": items(f"{DRINKS} > Milk & Plant Milk", ("アーモンドミルク 砂糖不使用 1L 6本", 1680),
                  ("オーツミルク バリスタ 1L", 498), ("スキムミルク 脱脂粉乳 1kg", 1380)),
}

SHOPS = {"music": MUSIC, "bedding": BEDDING, "gardening": GARDENING, "food": FOOD}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("music", "bass strings", "bassstrings", ["strings"], ["stringbass"]),
    two_types("music", "string bass", "stringbass", ["bassguitar"], ["bassstrings"]),
    two_types("gardening", "苗ポット", "naepot", ["plapot"], ["potnae"]),
    two_types("gardening", "ポット 苗", "potnae", ["nae"], ["naepot"]),
    two_types("food", "ミルク チョコレート", "milkchoc", ["choc"], ["chocmilk"]),
    two_types("food", "チョコレート ミルク", "chocmilk", ["milk"], ["milkchoc"]),
    # --- 2. a leading product word that modifies the head
    qualifies("music", "keyboard stand", ["keyboardstand"], ["keyboard"]),
    qualifies("music", "ukulele case", ["ukecase"], ["ukulele"]),
    qualifies("bedding", "duvet cover", ["duvetcover"], ["duvet"]),
    qualifies("bedding", "throw pillow", ["throwpillow"], ["throw"]),
    qualifies("bedding", "mattress topper", ["topper"], ["mattress"]),
    qualifies("gardening", "鉢 カバー", ["hachicover"], ["pot"]),
    qualifies("gardening", "土 ふるい", ["sieve"], ["soil"]),
    qualifies("food", "パスタ ソース", ["pastasauce"], ["pasta"]),
    qualifies("food", "コーヒー ゼリー", ["coffeejelly"], ["coffeebeans", "coffee"]),
    # --- 3. accessories ("for X", "X Replacement", X用 Y, Y X用, X専用, X対応); price word + colour + type
    # bass guitars are guitars (the shop files them under Guitars): fixed after the first run,
    # which had only the six-string guitars as real ones
    accessories("music", "guitar", ["guitar", "bassguitar"], ["guitar_acc", "guitarstand", "strings"]),
    accessories("bedding", "pillow", ["pillow", "throwpillow"], ["pillow_acc", "pillowcase"]),
    accessories("gardening", "植木鉢", ["pot"], ["pot_acc"]),
    accessories("gardening", "プランター", ["planter"], ["planter_acc"]),
    # black guitars: Fender 249, Ibanez 189, Harley Benton ST-20 129 (a red one 99; black accessories 12-39)
    price("music", "cheap black guitar", "guitar-3", ["guitar_acc", "guitarstand"]),
    # white pillows: Emma 49, Silentnight 22, goose down 35 (a grey one 18; white protectors 9-12, pillowcases 10)
    price("bedding", "affordable white pillow", "pillow-1", ["pillow_acc", "pillowcase"]),
    # white pots: 8号 1980, 6号 1280, プラスチック 980, English 1480 (a black one 580; white accessories 220-2480)
    price("gardening", "安い 白 植木鉢", "pot-2", ["pot_acc"]),
    # black planters: 65cm 1280, 樹脂 880, English 1980 (a green one 680; black accessories 580-1280)
    price("gardening", "激安 黒 プランター", "planter-1", ["planter_acc"]),
    # --- 4. queries among English-titled imports (katakana loanwords) and English category paths
    mixed("gardening", "培養土", "soil"),
    mixed("gardening", "肥料", "fert"),
    mixed("gardening", "剪定ばさみ", "shears"),
    mixed("gardening", "ジョウロ", "jouro"),
    mixed("gardening", "fertilizer", "fert"),
    mixed("food", "オリーブオイル", "oliveoil"),
    mixed("food", "メープルシロップ", "maple"),
    mixed("food", "ピーナッツバター", "pb"),
    mixed("food", "紅茶", "blacktea"),
    mixed("food", "パスタ", "pasta"),
    mixed("food", "コーヒー豆", "coffeebeans"),
    mixed("food", "green tea", "greentea"),
]

LIMITS = {
    ("blind9", "two_types:music:string_bass", "categories-dense"): "'Rotosound ... Bass Strings' ranks "
    "above the bass guitar 'Ibanez GSR200 Bass Guitar' (ukulele and guitar strings 3rd and 5th)",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind9(q: Q, setup: str, known_limit):
    known_limit("blind9")
    check(q, setup, ENGINES)


def test_blind9_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "white": "White"})
