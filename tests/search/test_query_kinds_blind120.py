"""A hundred-and-twentieth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: band and
orchestra instruments (English: violins and violin cases, cellos and cello accessories, saxophones,
saxophone stands, reeds and pads, clarinets and their barrels and ligatures, flutes and flute parts),
wedding and party decor (English: candle lanterns and lantern candles, candle jars and jar candles,
confetti cannons and confetti, card boxes and cards, bubble machines and their parts), a Japanese shop
of 和楽器 and world percussion (三味線 and 三味線ケース, 箏/琴 and 琴柱, 和太鼓 and 太鼓バチ, 譜面台 and
their parts; part of its category tree in English, with English-titled imports whose Japanese names
are katakana loanwords: Tongue Drum タングドラム, Handpan ハンドパン, Djembe ジャンベ) and a Japanese
shop of 冠婚葬祭・パーティー用品 (スタンドバルーン and バルーンスタンド, ペンライト and ライトペン,
カップキャンドル and キャンドルカップ, 数珠 and 数珠ケース; with English-titled imports too: Ring Pillow
リングピロー, Wedding Welcome Sign ウェルカムボード, Guest Book ゲストブック, and an English branch of its
tree). Shops of 46-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (a hundred-and-twentieth suite), as a measurement only (nothing
changed for it): 86 of 95 cases pass, 34 of 37 queries in every setup (two_types 7/8 queries,
19/22 cases; qualifies 7/7, 17/17; accessories 7/8, 17/20; price 6/6, 14/14; mixed 7/8, 19/22);
the 9 failing cases (3 queries, each in all three of its setups) are strict xfails (`LIMITS`,
through `conftest.known_limit`): "キャンドルカップ" (the plastic party cup is not returned while
カップキャンドル items are), "三味線" (a 三味線 ケース ranks above the 津軽三味線) and
"ウェルカムボード" (the easel "イーゼル スタンド ... ウェルカムボード用" second, above two English welcome
signs).
After (a Japanese title that writes apart a compound the shop also writes whole, the type right before its
head, "三味線 ケース", is read as that compound, not the type; the eighteenth session): 三味線 passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B = "Band & Orchestra"
ST, WW = f"{B} > Strings", f"{B} > Woodwinds"

MUSIC = {
    "violin": items(f"{ST} > Violins", ("Stradella Student Violin Outfit 4/4, Case, Bow & Rosin, Natural", 149),
                    ("Carlisle Acoustic Violin 3/4, Solid Spruce Top, Brown", 229),
                    ("Stradella Electric Violin 4/4, Silent Practice, Headphone Jack, Black", 189),
                    ("Violin 1/2 for Kids, Beginner Set, Blue", 99)),
    "violin_acc": items(f"{ST} > String Accessories", ("Violin Replacement Strings, Steel Core, 4/4 Full Set", 19),
                        ("Chinrest for Violin, Ebony, Guarneri Style, 4/4", 24),
                        ("Shoulder Rest for Violin 3/4-4/4, Foldable, Black", 22)),
    "violincase": items(f"{ST} > Cases", ("Carlisle Oblong Violin Case 4/4, Hygrometer, Black", 119),
                        ("Shaped Violin Case, Lightweight Foam, Backpack Straps, Blue", 69),
                        ("Fiberglass Violin Case 4/4, Suspension Interior, Red", 179)),
    "cello": items(f"{ST} > Cellos", ("Stradella Student Cello Outfit 4/4, Soft Bag, Bow & Rosin", 699),
                   ("Carlisle Laminated Cello 3/4, Brown, Hard Case", 549),
                   ("Electric Cello 4/4, Silent Practice, Headphone Out, Black", 899),
                   ("Hand-Carved Cello 4/4, Solid Spruce & Maple, Antique Varnish", 2499)),
    "cello_acc": items(f"{ST} > String Accessories", ("Rock Stop for Cello, Non-Slip Endpin Anchor", 14),
                       ("Cello Replacement Strings, Full Set, 4/4", 59),
                       ("Cello Replacement Endpin, Carbon, 10mm", 39),
                       ("Dark Rosin for Violin, Viola & Cello, Cake", 9)),
    "sax": items(f"{WW} > Saxophones", ("Ventura Alto Saxophone Eb, Gold Lacquer, Hard Case", 899),
                 ("Ventura Student Alto Saxophone, Gold Lacquer, Beginner Kit", 549),
                 ("Tenor Saxophone Bb, Black Nickel Body, Gold Keys", 1299),
                 ("Ventura Alto Saxophone Eb, Silver Plated, Student", 499),
                 ("Alto Saxophone, Vintage Gold, Hand Engraved Bell", 1149)),
    "sax_acc": items(f"{WW} > Woodwind Accessories", ("Reeds for Alto Saxophone, Strength 2.5, 10 Pack", 24),
                     ("Neck Strap for Saxophone, Padded, Gold Hook", 15),
                     ("Saxophone Replacement Pads, Full Set, Alto", 39),
                     ("Mouthpiece Cap for Alto Saxophone, Gold", 9),
                     ("Saxophone Replacement Neck Cork, 2 Pack", 6)),
    "saxstand": items(f"{B} > Stands > Instrument Stands", ("Saxophone Stand, Foldable, Alto & Tenor, Black", 29),
                      ("Ventura Saxophone Stand, Tripod, Padded Cradle", 39),
                      ("Compact Saxophone Stand, Fits in Bell, Black", 34)),
    "clarinet": items(f"{WW} > Clarinets", ("Ventura Bb Clarinet, ABS Body, Black, Nickel Keys, Case", 299),
                      ("Professional Bb Clarinet, Grenadilla Wood, Black, Silver Keys", 1199),
                      ("Student Clarinet Bb, Black, Beginner Kit", 189),
                      ("Eb Clarinet, Ebonite, Nickel Plated", 449),
                      ("Colored Student Clarinet Bb, Red ABS, Beginner", 169)),
    "clarinet_acc": items(f"{WW} > Woodwind Accessories", ("Reeds for Bb Clarinet, Strength 2, 10 Pack", 19),
                          ("Clarinet Replacement Barrel, 66mm, Black", 29),
                          ("Ligature for Bb Clarinet, Black Leather", 14),
                          ("Cork Grease for Clarinet & Saxophone, Stick", 5)),
    "flute": items(f"{WW} > Flutes", ("Ventura Student Flute, C Foot, Closed Hole, Silver Plated", 249),
                   ("Open Hole Flute, B Foot, Solid Silver Headjoint", 1499),
                   ("Carlisle Flute C, Offset G, Silver Plated, Case", 329),
                   ("Gold Lacquer Flute, C Foot, Student", 199),
                   ("Curved Headjoint Flute for Kids, Silver, Beginner", 289)),
    "flute_acc": items(f"{WW} > Woodwind Accessories", ("Cleaning Rod for Flute, Silver Tone", 8),
                       ("Flute Replacement Pads, Full Set, C Foot", 29),
                       ("Flute Replacement Headjoint Crown, Silver", 19)),
    "noise": each(("Folding Music Stand, Black, with Carry Bag", f"{B} > Stands > Music Stands", 19)),
}

W = "Wedding & Party"

PARTY = {
    "candlelantern": items(f"{W} > Lanterns > Candle Lanterns",
                           ("Glowmere Metal Candle Lantern, 14 Inch, White, Glass Panels", 29),
                           ("Rustic Wooden Candle Lantern, Rope Handle, 16 Inch", 34),
                           ("Candle Lanterns, Set of 2, Black Metal, 10 & 14 Inch", 39),
                           ("Moroccan Candle Lantern, Hanging, Gold, 9 Inch", 24),
                           ("White Candle Lantern, Distressed Wood, 12 Inch", 22),
                           ("Mini Candle Lantern, Gold, 6 Inch, Tabletop", 15)),
    "candlelantern_acc": items(f"{W} > Lanterns > Candle Lanterns",
                               ("Replacement Glass Panels for Candle Lanterns, Clear, 4 Pack", 9),
                               ("Hanging Hook for Candle Lanterns, White, 2 Pack", 7)),
    "lantern": items(f"{W} > Lanterns", ("Paper Lanterns, 12 Inch, White, 10 Pack", 14),
                     ("LED Lantern, Battery Operated, Vintage Bronze", 27),
                     ("Chinese Paper Lanterns, Red, Assorted Sizes, 8 Pack", 16)),
    "lanterncandle": items(f"{W} > Candles > Lantern Candles",
                           ("Lantern Candles, Unscented Pillar, 3x6 Inch, White, 4 Pack", 12),
                           ("Flameless Lantern Candles, LED Pillar, Remote & Timer, Ivory, 3 Pack", 19),
                           ("Glowmere Lantern Candles, Dripless, 3x4 Inch, White, 6 Pack", 14)),
    "candlejar": items(f"{W} > Candle Making > Candle Jars",
                       ("Candle Jars, Empty, Amber Glass, 8 oz, 12 Pack with Lids", 24),
                       ("Empty Candle Jars with Bamboo Lids, 10 oz, 6 Pack", 18),
                       ("Glowmere Candle Jars, Frosted Glass, Favors, 24 Pack", 29)),
    "jar": items(f"{W} > Centerpieces > Jars", ("Mason Jars, 16 oz, Regular Mouth, 12 Pack", 19),
                 ("Glass Jars with Cork Lids, 4 oz, Favors, 24 Pack", 22),
                 ("Hanging Mason Jars, Centerpiece, Wire Handle, 6 Pack", 17)),
    "jarcandle": items(f"{W} > Candles > Jar Candles", ("Jar Candles, Soy Wax, Vanilla, 8 oz, 3 Pack", 21),
                       ("Glowmere Jar Candle, Lavender, Mason Jar, 16 oz", 16),
                       ("Scented Jar Candles, Gift Set of 4, Amber Glass", 26)),
    "candle": items(f"{W} > Candles", ("Taper Candles, 10 Inch, Ivory, 12 Pack", 13),
                    ("Floating Candles, 3 Inch, White, 24 Pack", 17)),
    "confetti": items(f"{W} > Confetti", ("Table Confetti, Happy Birthday Letters, Gold, 15g", 4),
                      ("Wedding Table Confetti, Heart Shaped, Silver, 30g", 5),
                      ("Tissue Paper Confetti, Biodegradable, Pastel, 100g", 8),
                      ("Glowmere Metallic Confetti, Star Mix, 50g", 6)),
    "cannon": items(f"{W} > Confetti > Confetti Cannons", ("Confetti Cannons, Gold Metallic, 12 Inch, 4 Pack", 16),
                    ("Wedding Confetti Cannon, Rose Petals, Air Powered, 6 Pack", 24),
                    ("Glowmere Confetti Cannons, Biodegradable Tissue, Pastel, 4 Pack", 19)),
    "cardbox": items(f"{W} > Reception > Card Boxes", ("Wedding Card Box with Lock, Clear Acrylic, Gold Frame", 45),
                     ("Glowmere Card Box, Rustic Wood, Mr & Mrs, Slot Lid", 39),
                     ("Birdcage Card Box, White Metal, Hanging Sign", 32)),
    "card": items(f"{W} > Reception > Cards & Signs", ("Place Cards, Tent Style, Gold Foil Border, 50 Pack", 9),
                  ("Thank You Cards, Kraft, with Envelopes, 48 Pack", 14),
                  ("Wedding Advice Cards, Guest Keepsake, 50 Pack", 11)),
    "bubblemachine": items(f"{W} > Effects > Bubble Machines", ("Automatic Bubble Machine, 2 Fans, Plug-In, White", 39),
                           ("Portable Bubble Machine for Kids, Battery Operated", 24),
                           ("Stage Bubble Machine, Wireless Remote, 10000+ Bubbles", 79)),
    "bubble_acc": items(f"{W} > Effects > Bubble Machines", ("Bubble Solution for Bubble Machines, 1 Gallon", 19),
                        ("Bubble Machine Replacement Wand Wheel", 9),
                        ("Replacement Remote for Bubble Machines, 2 Pack", 11)),
    "noise": each(("Table Runner, Satin, Ivory, 12x108 Inch", f"{W} > Tableware", 9),
                  ("Photo Booth Backdrop, Sequin, Gold, 4x6ft", f"{W} > Decorations", 29)),
}

J, JI, WP = "和楽器", "Japanese Instruments", "World Percussion"
SHAM, KOTO, TAIKO, GAKKI = f"{J} > 三味線", f"{J} > 箏・琴", f"{JI} > Taiko Drums", "楽器小物"

WAGAKKI = {
    "shamisen": items(SHAM, ("三味線 細棹 長唄 紅木 初心者セット", 89000), ("津軽三味線 太棹 紅木 金細 ケース付き", 298000),
                      ("三味線 細棹 花梨 入門用 撥・駒付き", 48000), ("民謡三味線 中棹 紫檀 ソフトケース付き", 128000),
                      ("組立式 三味線 コンパクト 旅行用 花梨", 39800)),
    "shamisen_acc": items(f"{SHAM} > 三味線小物", ("三味線用 糸 絹 三本組 一の糸 二の糸 三の糸", 1800),
                          ("三味線専用 駒 象牙調 細棹 3分", 2400), ("三味線対応 指かけ 伸縮 黒 2枚", 600),
                          ("胴かけ 三味線用 西陣織 紫", 4800)),
    "shamisencase": items(f"{SHAM} > ケース", ("三味線ケース ハードケース 細棹 黒", 32000),
                          ("三味線ケース 津軽 太棹 ソフト リュック 紺", 18000),
                          ("三味線 ケース セミハード 中棹 撥入れ付き 茶", 24000)),
    "koto": items(KOTO, ("箏 琴 十三弦 桐 本間 初心者 琴柱・爪付き", 148000), ("琴 ミニ箏 卓上 13弦 桐 80cm", 36000),
                  ("箏 十七絃 桐 上角 糸付き", 268000)),
    "koto_acc": items(f"{KOTO} > 箏小物", ("箏用 琴柱 プラスチック 13個組 白", 2800), ("琴専用 爪 生田流 角爪 象牙調", 3800),
                      ("箏対応 糸 テトロン 十三本 黄", 6500)),
    "taiko": items(TAIKO, ("和太鼓 長胴太鼓 1.4尺 欅 くりぬき 台付き", 198000), ("締太鼓 樹脂製 ボルト締め 1丁掛", 42000),
                   ("桶胴太鼓 1.5尺 肩掛け ベルト付き", 68000), ("子供用 和太鼓 長胴 1尺 練習用 バチ付き", 24800)),
    "taikobachi": items(f"{TAIKO} > Bachi", ("太鼓バチ 檜 長胴太鼓用 2本組", 2400), ("太鼓 バチ 朴 直径24mm 長さ40cm 1組", 1800),
                        ("太鼓バチ 樫 締太鼓用 細 1組", 2200), ("和太鼓 バチ 練習用 樹脂 2本", 1500)),
    "taiko_acc": items(f"{TAIKO} > Stands & Covers", ("長胴太鼓用 台 斜め台 1.4尺 欅", 18000),
                       ("和太鼓専用 カバー 防塵 1.4尺 紺", 6800)),
    "tonguedrum": items(f"{WP} > Tongue Drums", ("Steel Tongue Drum, 11 Notes, 6 Inch, Mallets & Bag, Blue", 5980),
                        ("Steel Tongue Drum 15 Notes, 14 Inch, D Major, Black", 12800),
                        ("Tongue Drum for Beginners, 8 Notes, Songbook, Green", 3980),
                        ("スチールタングドラム 13音 10インチ 収納バッグ付き", 8980)),
    "handpan": items(f"{WP} > Handpans", ("Handpan Drum, 9 Notes, D Minor, 22 Inch, Gig Bag", 69800),
                     ("Handpan 10 Notes, Stainless Steel, 432Hz, Bag", 89800),
                     ("Mini Handpan, 9 Notes, Beginner, Gold", 39800)),
    "handpan_acc": items(f"{WP} > Handpans", ("Stand for Handpan Drums, Wooden, Foldable", 6800)),
    "djembe": items(f"{WP} > Djembes", ("Djembe Drum, 12 Inch, Mahogany, Goat Skin Head, Hand Carved", 14800),
                    ("Rope Tuned Djembe, 10 Inch, Painted, Natural Skin", 6980),
                    ("Mini Djembe, 8 Inch, Synthetic Head, Blue", 4980),
                    ("ジャンベ 木製 アフリカンドラム 13インチ 本革", 19800)),
    "djembe_acc": items(f"{WP} > Djembes", ("Replacement Head for Djembe, Goat Skin, 12 Inch", 3980)),
    "musicstand": items(f"{GAKKI} > 譜面台", ("譜面台 折りたたみ スチール 黒 ケース付き", 1980),
                        ("譜面台 オーケストラ 高さ調節 重量 黒", 5980),
                        ("Folding Music Stand, Aluminium, Black, Carry Bag", 2480),
                        ("譜面台 卓上 木製 ナチュラル", 2980), ("譜面台 折りたたみ 軽量 白", 1680)),
    "musicstand_acc": items(f"{GAKKI} > 譜面台 > 譜面台小物", ("譜面台用 ライト LED クリップ 黒", 1280),
                            ("譜面台専用 キャリーバッグ 黒", 980), ("譜面台対応 譜面クリップ 2個 黒", 480)),
    "noise": each(("Mechanical Metronome, Pyramid, Wood Grain", f"{GAKKI} > Metronomes", 6800)),
}

K, P, FM = "冠婚葬祭", "パーティー・イベント", "Funeral & Memorial"
RECEPT, BEADS = f"{K} > 受付用品", f"{FM} > Prayer Beads"

KANKON = {
    "standballoon": items(f"{P} > バルーン > スタンドバルーン", ("スタンドバルーン 開店祝い 名入れ 電報 ゴールド", 8800),
                          ("スタンドバルーン 誕生日 ハート ピンク 自立式", 6600),
                          ("結婚式 スタンドバルーン ウェディング 白 電報付き", 9900)),
    "balloonstand": items(f"{P} > バルーン > バルーン用品", ("バルーンスタンド 卓上 7本 スティック付き 2セット", 980),
                          ("バルーンスタンド 床置き 高さ調節 アーチ 組立式", 2480),
                          ("バルーンスタンド 透明 ベース 水入れ式 5個", 1280)),
    "balloon": items(f"{P} > バルーン", ("風船 バルーン ゴールド 12インチ 50個 誕生日", 880),
                     ("ハートバルーン アルミ 赤 18インチ 10枚", 780)),
    "stand": items(RECEPT, ("イーゼル スタンド 木製 ウェルカムボード用 A2", 2980),
                   ("カードスタンド 真鍮 ゴールド 席札立て 10個", 2200)),
    "penlight": items(f"{P} > コンサートグッズ", ("ペンライト 15色 LED コンサート ライブ 電池式", 1280),
                      ("ペンライト 充電式 24色 2本セット", 2980), ("ペンライト 使い捨て ケミカルライト 50本 ホワイト", 1580)),
    "lightpen": items(f"{P} > 文具", ("ライトペン LED付き ボールペン 黒 3本", 880), ("ライトペン 光る ボールペン UVライト 透明インク", 650),
                      ("LEDライトペン タッチペン付き 多機能 シルバー", 1100)),
    "pen": items(f"{RECEPT} > 筆ペン", ("筆ペン 慶弔両用 薄墨 濃墨 2本セット", 660), ("筆ペン 中字 黒 顔料 慶事用", 385)),
    "light": items(f"{P} > 装飾ライト", ("LEDライト ストリング 10m 電池式 暖色", 980),
                   ("スポットライト 演出用 LED 結婚式 ステージ", 3980)),
    "cupcandle": items(f"{P} > キャンドル > カップキャンドル", ("カップキャンドル 4時間 透明カップ 白 20個", 1280),
                       ("カップキャンドル アロマ ラベンダー 3個", 980), ("カップキャンドル 結婚式 キャンドルサービス用 12個", 1480)),
    "candlecup": items(f"{P} > キャンドル > キャンドルホルダー", ("キャンドルカップ ガラス 透明 6個 テーブル装花", 1580),
                       ("キャンドルカップ モロッコ風 モザイク 赤", 1280), ("キャンドルカップ 真鍮 ゴールド ティーライト用", 1980)),
    "candle": items(f"{P} > キャンドル", ("ティーライトキャンドル 4時間 白 50個", 780), ("テーパーキャンドル 白 25cm 12本", 1180)),
    "cup": items(f"{P} > テーブルウェア", ("プラカップ 透明 パーティー 200ml 50個", 580),
                 ("シャンパンカップ プラスチック 乾杯 結婚式 20個", 880)),
    "juzu": items(BEADS, ("数珠 女性用 略式 ローズクォーツ 正絹房 桐箱入り", 4980),
                  ("数珠 男性用 黒オニキス 22玉 片手 数珠袋付き", 3980), ("略式数珠 黒檀 男女兼用 房付き", 2980),
                  ("数珠 黒 ブラックオニキス 8mm 紫 房 数珠入れ付き", 2480), ("数珠 略式 白 オパール風 女性用", 1980)),
    "juzu_acc": items(f"{BEADS} > 数珠小物", ("数珠用 房 正絹 頭付房 黒 2個", 980), ("数珠専用 ゴム紐 交換用 黒 3m", 380),
                      ("数珠対応 修理キット ゴム 通し針 黒", 680)),
    "juzucase": items(f"{BEADS} > 数珠入れ", ("数珠ケース 数珠入れ 西陣織 紫 ファスナー", 1680),
                      ("数珠 ケース 本革 黒 がま口", 2980), ("数珠ケース ちりめん 桜柄 ピンク 女性用", 1280)),
    "guestbook": items("Wedding > Guest Books", ("Wedding Guest Book, Hardcover, Gold Foil, White", 2980),
                       ("Guest Book, Linen Cover, Lined Pages, Navy", 2280), ("ゲストブック 結婚式 記帳 アルバム型 白", 3280)),
    "ringpillow": items("Wedding > Ring Pillows", ("Ring Bearer Pillow, Satin, Ivory, Lace Bow", 1980),
                        ("Ring Pillow, Rustic Burlap, Heart Shaped", 1680), ("リングピロー 手作りキット 白 サテン", 1280)),
    "welcomeboard": items("Wedding > Welcome Signs",
                          ("Wedding Welcome Sign, Acrylic, Gold Lettering, 18x24 Inch", 4980),
                          ("Welcome Sign, Rustic Wood, Personalized Names", 5980),
                          ("ウェルカムボード 結婚式 名入れ アクリル A3", 6980)),
}

SHOPS = {"music": MUSIC, "party": PARTY, "wagakki": WAGAKKI, "kankon": KANKON}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("party", "candle lanterns", "candlelantern", ["lantern"], ["lanterncandle"]),
    two_types("party", "candle jars", "candlejar", ["jar"], ["jarcandle"]),
    two_types("kankon", "スタンドバルーン", "standballoon", ["balloon"], ["balloonstand"]),
    two_types("kankon", "バルーンスタンド", "balloonstand", ["stand"], ["standballoon"]),
    two_types("kankon", "ペンライト", "penlight", ["light"], ["lightpen"]),
    two_types("kankon", "ライトペン", "lightpen", ["pen"], ["penlight"]),
    two_types("kankon", "カップキャンドル", "cupcandle", ["candle"], ["candlecup"]),
    two_types("kankon", "キャンドルカップ", "candlecup", ["cup"], ["cupcandle"]),
    # --- 2. a leading product word that modifies the head
    qualifies("music", "violin case", ["violincase"], ["violin"]),
    qualifies("music", "saxophone stand", ["saxstand"], ["sax"]),
    qualifies("party", "card box", ["cardbox"], ["card"]),
    qualifies("party", "confetti cannon", ["cannon"], ["confetti"]),
    qualifies("wagakki", "三味線ケース", ["shamisencase"], ["shamisen"]),
    qualifies("wagakki", "太鼓 バチ", ["taikobachi"], ["taiko"]),
    qualifies("kankon", "数珠 ケース", ["juzucase"], ["juzu"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("music", "cello", ["cello"], ["cello_acc"]),
    accessories("music", "saxophone", ["sax"], ["sax_acc", "clarinet_acc"]),
    accessories("music", "clarinet", ["clarinet"], ["clarinet_acc"]),
    accessories("party", "bubble machine", ["bubblemachine"], ["bubble_acc"]),
    accessories("wagakki", "三味線", ["shamisen"], ["shamisen_acc", "shamisencase"]),
    accessories("wagakki", "琴", ["koto"], ["koto_acc"]),
    accessories("wagakki", "和太鼓", ["taiko"], ["taikobachi", "taiko_acc"]),
    accessories("kankon", "数珠", ["juzu"], ["juzu_acc", "juzucase"]),
    # silver flutes: student 249, open hole 1499, Carlisle 329, kids 289 (a gold lacquer one 199; silver
    # accessories 8-19)
    price("music", "budget silver flute", "flute-0", ["flute_acc"]),
    # gold saxophones: alto 899, student alto 549, tenor with gold keys 1299, vintage 1149 (a silver-plated alto
    # 499; gold accessories 9-15)
    price("music", "cheap gold saxophone", "sax-1", ["sax_acc"]),
    # black clarinets: ABS 299, grenadilla 1199, student 189 (a red one 169; black accessories 14-29)
    price("music", "cheap black clarinet", "clarinet-2", ["clarinet_acc"]),
    # white candle lanterns: metal 29, distressed wood 22 (a gold mini one 15; a white hook for lanterns 7, white
    # lantern candles 12-14)
    price("party", "cheap white candle lanterns", "candlelantern-4", ["candlelantern_acc", "lanterncandle"]),
    # black music stands: steel 1980, orchestra 5980, English 2480 (a white one 1680; black accessories 480-1280)
    price("wagakki", "お手頃 黒 譜面台", "musicstand-0", ["musicstand_acc"]),
    # black juzu: onyx 3980, ebony 2980, black onyx 2480 (a white one 1980; black accessories 380-980, a black
    # case 2980)
    price("kankon", "格安 黒 数珠", "juzu-3", ["juzu_acc", "juzucase"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("wagakki", "タングドラム", "tonguedrum"),
    mixed("wagakki", "ハンドパン", "handpan"),
    mixed("wagakki", "ジャンベ", "djembe"),
    mixed("wagakki", "taiko drum", "taiko"),
    mixed("kankon", "リングピロー", "ringpillow"),
    mixed("kankon", "ウェルカムボード", "welcomeboard"),
    mixed("kankon", "ゲストブック", "guestbook"),
    mixed("kankon", "prayer beads", "juzu"),
]

_FAILS = {  # case -> what the engine showed, in every setup of the case
    "two_types:kankon:キャンドルカップ": "the three キャンドルカップ first, then two plain candles and one cup; "
                                        "the other cup (プラカップ) not returned while the カップキャンドル are",
    "mixed:kankon:ウェルカムボード": "the easel 'イーゼル スタンド 木製 ウェルカムボード用' 2nd, "
                                   "above two of the English welcome signs",
}
LIMITS: dict = {("blind120", case, setup): why for case, why in _FAILS.items()
                for setup in ("categories-lexical", "categories-dense", "categories-latin-only")}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind120(q: Q, setup: str, known_limit):
    known_limit("blind120")
    check(q, setup, ENGINES)


def test_blind120_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"silver": "Silver", "gold": "Gold", "black": "Black", "white": "White", "黒": "Black"})
