"""A hundred-and-thirty-sixth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: church
and devotional supplies (English: altar candles and their followers and sockets, thuribles and their
chains and charcoal, rosaries, rosary cases and rosary parts, Bible covers, cross necklaces),
festival goods for Hanukkah, Diwali and Lunar New Year (English: candle menorahs and menorah
candles, oil diyas and diya oil, rangoli and rangoli stencils, paper lanterns and their lights and
tassels), a Japanese shop of お盆 and seasonal event goods 季節行事・お盆用品 (盆提灯 and their parts
and stands, 人形ケース and ケース入り 人形, ろうそく and ろうそく立て; part of its category tree in
English, with English-titled wind chimes, moon lamps and handheld fans whose Japanese names are
katakana loanwords) and a Japanese New Year and celebration shop お正月用品・縁起物 (鏡餅 and its
stands, 羽子板 and their cases, 祝い箸 and 箸袋, だるま and だるま 貯金箱, ペーパーフラワー and
フラワーペーパー; part of its category tree in English, with English-titled garlands, tablecloths and
party poppers). Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (for ペーパーフラワー only the exact items above the
   フラワーペーパー ones: whether other flowers should beat flower paper is debatable);
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

Written blind on 2026-12-01 (A hundred-and-thirty-sixth suite), as a measurement only (nothing
changed for it): 86 of 92 cases pass, 35 of 37 queries in every setup (two_types 6/7 queries, 14/17
cases; qualifies 8/8, 20/20; accessories 8/8, 19/19; price 6/6, 14/14; mixed 7/8, 19/22); the 6
failing cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): フラワーペーパー (one フラワーペーパー first, then ラッピングペーパー and
other flowers ahead of the two 花紙 フラワーペーパー items) and クラッカー (only the Japanese-titled
クラッカー returned, none of the English-titled Party Poppers).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CH, DV = "Church Supplies", "Devotional"
CANDLES, INCENSE = f"{CH} > Candles", f"{CH} > Incense"

CHURCH = {
    "altarcandle": items(f"{CANDLES} > Altar Candles",
                         ("Lumencraft Altar Candles, 51% Beeswax, 1-1/2 x 12 in, 6 Pack, White", 42),
                         ("Altar Candles, Stearine, 2 x 9 in, 4 Pack, Ivory", 28),
                         ("Self-Fitting Altar Candles, 1 x 16 in, 12 Pack, White", 36),
                         ("Altar Candles, Paraffin, 1 x 8 in, 24 Pack, White", 26),
                         ("Paschal Altar Candle, Decorated, 3 x 24 in, Ivory", 55),
                         ("Altar Candles, Beeswax, 1 x 10 in, 12 Pack, Natural", 22)),
    "altarcandle_acc": items(f"{CANDLES} > Candle Accessories",
                             ("Brass Candle Followers for Altar Candles, 1-1/2 in, 2 Pack", 24),
                             ("Altar Candle Replacement Sockets, Brass, 1 in, 2 Pack", 19),
                             ("Plastic Drip Protectors for Altar Candles, 12 Pack, White", 9),
                             ("Bobeches for Altar Candles, Glass, White, 2 Pack", 12)),
    "thurible": items(f"{INCENSE} > Thuribles", ("Lumencraft Brass Thurible with Boat and Spoon", 129),
                      ("Hanging Thurible, Nickel Plated, 4 Chains, 9 in", 149),
                      ("Small Thurible, Antique Brass, 7 in", 89)),
    "thurible_acc": items(f"{INCENSE} > Thurible Parts", ("Replacement Chains for Thurible, Brass, Set of 4", 29),
                          ("Charcoal Tablets for Thuribles, 33mm, 100 Count", 14),
                          ("Thurible Replacement Inner Bowl, Stainless Steel", 19)),
    "incense": items(f"{INCENSE} > Resin Incense", ("Church Incense, Frankincense Resin, 1 lb", 24),
                     ("Myrrh Resin Incense, 8 oz", 18)),
    "rosary": items(f"{DV} > Rosaries", ("Olivewood Rosary, Wooden Beads, Crucifix, Brown", 19),
                    ("Sterling Silver Rosary, 6mm Beads", 89), ("Glass Bead Rosary, Blue, Gift Boxed", 24),
                    ("Cord Rosary, Knotted, Black", 7), ("Onyx Rosary, 8mm Beads, Black, Silver Crucifix", 29),
                    ("Wooden Rosary, Black Beads, 5 Pack", 12), ("Plastic Rosary, Blue, 10 Pack", 6)),
    "rosary_acc": items(f"{DV} > Rosary Parts", ("Replacement Crucifix for Rosary, Silver Tone", 6),
                        ("Rosary Repair Kit, Pliers, Wire & Jump Rings", 14),
                        ("Rosary Centerpieces, Miraculous Medal, Black, 10 Pack", 5)),
    "rosarycase": items(f"{DV} > Rosary Cases", ("Rosary Case, Zippered Leather, Black", 12),
                        ("Rosary Case, Round Pewter Keepsake Box", 16), ("Rosary Case, Velvet Pouch, Blue, 3 Pack", 9)),
    "bible": items(f"{DV} > Bibles", ("Holy Bible, KJV, Large Print, Black Bonded Leather", 29),
                   ("Catholic Bible, NABRE, Hardcover", 24), ("Children's Bible, Illustrated, Hardcover", 15)),
    "biblecover": items(f"{DV} > Bible Covers", ("Bible Cover, Genuine Leather, Large Print, Brown", 34),
                        ("Bible Cover with Handle, Canvas, Zip, Navy", 22), ("Kids Bible Cover, Quilted, Pink", 16)),
    "cross": items(f"{CH} > Crosses", ("Wall Cross, Olive Wood, 10 in", 24), ("Brass Altar Cross, Standing, 12 in", 79),
                   ("Metal Wall Cross, Black, 14 in", 19)),
    "crossnecklace": items(f"{DV} > Jewelry", ("Cross Necklace, Sterling Silver, 18 in Chain", 39),
                           ("Gold Plated Cross Necklace, Women's, 20 in", 29),
                           ("Men's Cross Necklace, Stainless Steel, Black", 19)),
}

HK, DW, LNY = "Holidays > Hanukkah", "Holidays > Diwali", "Holidays > Lunar New Year"

FESTIVAL = {
    "candlemenorah": items(f"{HK} > Menorahs", ("Brass Candle Menorah, 9 Branch, Traditional, 10 in", 39),
                           ("Modern Candle Menorah, Matte Black, Standard Candles", 45),
                           ("Kids Candle Menorah, Ceramic, Hand-Painted", 29),
                           ("Silver Plated Candle Menorah, 9 Branch, 12 in", 69)),
    "menorah": items(f"{HK} > Menorahs", ("Electric Menorah, LED, Battery Operated, Silver", 34),
                     ("Olive Oil Menorah, Glass Cups, 9 Branch", 59), ("Travel Menorah, Compact Tin, Silver", 19),
                     ("Mini Menorah, Enamel, Blue", 14)),
    "menorahcandle": items(f"{HK} > Candles", ("Hanukkah Menorah Candles, 45 Count, Blue & White", 8),
                           ("Beeswax Menorah Candles, Hand-Dipped, 45 Pack", 22),
                           ("Menorah Candles, Colourful, Dripless, 44 Count", 9)),
    "candle": items(f"{HK} > Candles", ("Shabbat Candles, White, 72 Count", 12),
                    ("Havdalah Candle, Braided, Blue & White", 9), ("Yahrzeit Memorial Candles, 26 Hour, 12 Pack", 15)),
    "menorah_acc": items(f"{HK} > Menorah Accessories", ("Menorah Drip Tray, Silver Plated", 14),
                         ("Replacement Bulbs for Electric Menorah, Silver, 3 Pack", 9),
                         ("Glass Oil Cups for Oil Menorah, 9 Pack", 12)),
    "oildiya": items(f"{DW} > Diyas", ("Brass Oil Diya, Traditional, Set of 2", 24),
                     ("Clay Oil Diyas, Hand-Painted, 12 Pack", 15),
                     ("Kuthu Vilakku Oil Diya, Brass, 5 Face, 12 in", 49)),
    "diya": items(f"{DW} > Diyas", ("LED Diyas, Flameless, Battery, 12 Pack", 18),
                  ("Tea Light Diyas, Clay, Painted, 6 Pack", 12), ("Floating Diyas, Water Sensor LED, 4 Pack", 14)),
    "diyaoil": items(f"{DW} > Puja Supplies", ("Diya Oil, Pure Sesame, 1 L", 12),
                     ("Ghee Diya Oil, Puja Grade, 500 ml", 14),
                     ("Smokeless Diya Oil, 500 ml", 9)),
    "oil": items(f"{DW} > Puja Supplies", ("Sesame Oil, Cold Pressed, 1 L", 11), ("Mustard Oil, Kachi Ghani, 1 L", 9)),
    "paperlantern": items(f"{LNY} > Lanterns", ("Red Paper Lanterns, Chinese New Year, 12 in, 10 Pack", 19),
                          ("Paper Lanterns, Round, Red, 6 in, 20 Pack", 11),
                          ("Paper Lanterns, Red & Gold, Fu Character, 8 Pack", 15),
                          ("Paper Lanterns, White, Assorted Sizes, 12 Pack", 9)),
    "lantern": items(f"{LNY} > Lanterns", ("Silk Palace Lantern, Red, Gold Tassels, 14 in", 29),
                     ("Hanging Fabric Lantern, Red, 2 Pack", 16)),
    "paperlantern_acc": items(f"{LNY} > Lantern Accessories",
                              ("LED Lights for Paper Lanterns, Warm White, 12 Pack", 12),
                              ("Paper Lantern Replacement Expanders, Wire, 10 Pack", 8),
                              ("Red Tassels for Paper Lanterns, 20 Pack", 5)),
    "rangoli": items(f"{DW} > Rangoli", ("Rangoli Powder Colours, 10 Shades, 100g each", 12),
                     ("Rangoli Kit, 8 Colours, Funnel Cones", 18), ("Rangoli Sand Art Set, Glitter, 6 Colours", 15)),
    "stencil": items(f"{DW} > Rangoli", ("Rangoli Stencils, Plastic, 12 Designs", 9),
                     ("Rangoli Stencils, Diwali Floor Art, 6 Pack", 8),
                     ("Reusable Rangoli Stencils, Mandala, 4 Sizes", 11)),
}

BON, KS = "Seasonal Events > Obon", "季節行事"

SEASONAL = {
    "bonlantern": items(f"{BON} > Obon Lanterns", ("盆提灯 回転灯 LED 桜柄 一対", 12800),
                        ("盆提灯 置き型 大内行灯 木製 コードレス", 18800), ("盆提灯 吊り下げ 御殿丸 絹張り 白", 9800),
                        ("盆提灯 ミニ 電池式 コンパクト 白", 3980), ("白紋天 盆提灯 新盆用 白", 4800),
                        ("盆提灯 ミニ 電池式 桜柄 ピンク", 2980)),
    "bonlantern_acc": items(f"{BON} > Lantern Parts", ("盆提灯用 LED電球 交換用 2個", 980),
                            ("盆提灯専用 延長コード 3m 白", 1280), ("盆提灯対応 房 交換用 紫", 1480),
                            ("盆提灯用 火袋 交換用 白 絹張り", 2480)),
    "bonlantern_acc.stand": items(f"{BON} > Lantern Parts", ("盆提灯用 スタンド 折りたたみ 白", 1980),
                                  ("盆提灯 スタンド 吊り下げ用 木製", 2480), ("提灯スタンド 盆提灯用 伸縮式 黒", 1680)),
    "dollcase": items(f"{KS} > 節句人形 > 人形ケース", ("人形ケース ガラス 日本人形用 尺三", 8800),
                      ("人形ケース アクリル 組立式 幅45cm", 4980), ("人形ケース 五月人形 兜 対応 UVカット", 6980)),
    "case": items("インテリア > ディスプレイケース", ("コレクションケース アクリル 卓上 幅30cm", 2480),
                  ("ディスプレイケース ガラス 木製 3段", 6980), ("フィギュアケース UVカット 幅40cm", 3980)),
    "casedoll": items(f"{KS} > 節句人形", ("ケース入り 日本人形 藤娘 尺三", 19800),
                      ("ケース入り ひな人形 親王飾り コンパクト", 24800), ("ケース入り 五月人形 兜 10号", 29800)),
    "rousoku": items("仏具 > ろうそく", ("ろうそく 1号 白 40本入", 680), ("ろうそく 朱 3号 10本", 880),
                     ("ろうそく 徳用 小 白 大箱", 1280), ("ろうそく 絵ろうそく 椿 2本", 1480)),
    "candlestand": items("仏具 > ろうそく立て", ("ろうそく立て 真鍮 一対", 2980), ("ろうそく立て 陶器 白 小", 780),
                         ("ろうそく立て 燭台 金 ミニ", 1280)),
    "windchime": items("Home Decor > Wind Chimes", ("Wind Chimes, Bamboo, 6 Tubes, Natural", 1980),
                       ("Wind Chime, Aluminium, 24 in, Silver", 2980), ("ウィンドチャイム 木製 ヒーリング 5本", 1680)),
    "moonlamp": items("Home Decor > Lamps", ("Moon Lamp, 3D Printed, 15 cm, 16 Colours", 2480),
                      ("Moon Lamp with Wooden Stand, Rechargeable, 12 cm", 1980),
                      ("ムーンランプ 月 ライト 充電式 リモコン付き", 2280)),
    "handyfan": items("Seasonal Events > Summer > Handheld Fans",
                      ("Handheld Fan, USB Rechargeable, 3 Speeds, White", 1980),
                      ("Mini Handheld Fan, Foldable, Pink", 1480), ("ハンディファン 首掛け 充電式 静音", 2480)),
    "noise": each(("江戸風鈴 ガラス 金魚", f"{KS} > 夏 > 風鈴", 1980),
                  ("月見団子 台 三方 木製 お月見", f"{KS} > お月見", 1980),
                  ("福豆 個包装 30袋 節分", f"{KS} > 節分", 580), ("鬼のお面 紙製 5枚 節分", f"{KS} > 節分", 380)),
}

NY, CE = "お正月用品", "Celebration"

SHOGATSU = {
    "kagamimochi": items(f"{NY} > 鏡餅", ("鏡餅 ケース入り 2号 個包装 橙付き", 980), ("鏡餅 生餅 二段 3号 国産", 1980),
                         ("鏡餅 飾り 陶器 干支 置物 小", 2480)),
    "kagamimochi_acc": items(f"{NY} > 鏡餅 > 鏡餅飾り", ("鏡餅用 三方 木製 3号", 1480),
                             ("鏡餅専用 飾りセット 橙 御幣 四方紅", 680), ("鏡餅対応 敷紙 四方紅 10枚", 380)),
    "hagoita": items(f"{NY} > 羽子板", ("羽子板 飾り 押絵 藤娘 1尺", 9800), ("羽子板 遊び用 羽根付き 2本組", 1280),
                     ("羽子板 ミニ 飾り 初正月 金", 4800)),
    "hagoita_acc": items(f"{NY} > 羽子板 > 羽子板小物", ("羽子板用 飾り台 木製 1尺用", 1980),
                         ("羽子板専用 ケース アクリル 1尺", 4980), ("羽根 交換用 羽子板用 5個", 480)),
    "hashi": items(f"{NY} > 祝い箸", ("祝い箸 5膳 柳箸 24cm", 380), ("祝い箸 名入れ 10膳 紅白", 980)),
    "hashibukuro": items(f"{NY} > 祝い箸 > 箸袋", ("箸袋 お正月 寿 10枚", 280), ("箸袋 和紙 紅白 水引 5枚", 480),
                         ("箸袋 祝 金 20枚", 580)),
    "daruma": items("縁起物 > だるま", ("だるま 赤 必勝 5号 高崎", 3980), ("だるま 赤 3号 合格祈願", 1980),
                    ("だるま ミニ 赤 1号 張り子", 880), ("だるま 金 ミニ 0.5号", 680)),
    "daruma_acc": items("縁起物 > だるま > だるま小物", ("だるま用 座布団 赤 3号用", 580),
                        ("だるま専用 目入れ 筆 墨セット", 480)),
    "darumabank": items("縁起物 > 貯金箱", ("だるま 貯金箱 陶器 赤", 1280), ("だるま 貯金箱 張り子 大 白", 1980),
                        ("だるま 貯金箱 ミニ 金 招福", 980)),
    "maneki": items("Lucky Charms > Lucky Cats", ("招き猫 右手 白 陶器 5号", 2480), ("招き猫 黒 左手 ミニ 魔除け", 980),
                    ("招き猫 三毛 常滑焼 7号", 4980)),
    "paperflower": items(f"{CE} > Paper Decorations", ("ペーパーフラワー 壁飾り 大輪 6個 白 ピンク", 1280),
                         ("ペーパーフラワー 誕生日 飾り付け 金 30cm", 980), ("ペーパーフラワー 卒業式 黒板アート 3個", 1480)),
    "flower": items(f"{CE} > Flowers", ("プリザーブドフラワー ギフト ボックス 赤", 3980), ("ソープフラワー 花束 ピンク", 1980)),
    "flowerpaper": items(f"{CE} > Paper Decorations", ("フラワーペーパー 花紙 20色 100枚", 380),
                         ("フラワーペーパー 薄葉紙 白 50枚", 480), ("フラワーペーパー 卒業式 飾り 花紙 ピンク", 550)),
    "paper": items(f"{CE} > Wrapping", ("ラッピングペーパー 和柄 紅白 10枚", 680), ("ラッピングペーパー クラフト ロール 5m", 880)),
    "garland": items(f"{CE} > Garlands", ("Happy New Year Garland, Gold Letters, 3 m", 1280),
                     ("Felt Ball Garland, Pastel, 2 m", 980), ("ガーランド 誕生日 飾り付け フラッグ 英字", 780)),
    "tablecloth": items(f"{CE} > Tableware", ("Tablecloth, Red & Gold, Rectangle, 140 x 240 cm", 2480),
                        ("Linen Tablecloth, White, 150 x 250 cm", 3480), ("テーブルクロス 和柄 撥水 紅白 長方形", 1980)),
    "popper": items(f"{CE} > Party Poppers", ("Party Poppers, Streamer Confetti, 24 Pack", 980),
                    ("Champagne Bottle Party Poppers, 10 Pack", 1280), ("パーティー クラッカー 紙テープ 50個", 880)),
}

SHOPS = {"church": CHURCH, "festival": FESTIVAL, "seasonal": SEASONAL, "shogatsu": SHOGATSU}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("festival", "candle menorah", "candlemenorah", ["menorah"], ["menorahcandle"]),
    two_types("festival", "menorah candles", "menorahcandle", ["candle"], ["candlemenorah"]),
    two_types("festival", "oil diyas", "oildiya", ["diya"], ["diyaoil"]),
    two_types("festival", "diya oil", "diyaoil", ["oil"], ["oildiya"]),
    two_types("seasonal", "人形ケース", "dollcase", ["case"], ["casedoll"]),
    two_types("shogatsu", "ペーパーフラワー", "paperflower", [], ["flowerpaper"]),
    two_types("shogatsu", "フラワーペーパー", "flowerpaper", ["paper"], ["paperflower"]),
    # --- 2. a leading product word that modifies the head
    qualifies("church", "rosary case", ["rosarycase"], ["rosary"]),
    qualifies("church", "bible cover", ["biblecover"], ["bible"]),
    qualifies("church", "cross necklace", ["crossnecklace"], ["cross"]),
    qualifies("festival", "rangoli stencils", ["stencil"], ["rangoli"]),
    qualifies("seasonal", "盆提灯 スタンド", ["bonlantern_acc.stand"], ["bonlantern"]),
    qualifies("seasonal", "ろうそく立て", ["candlestand"], ["rousoku"]),
    qualifies("shogatsu", "箸袋", ["hashibukuro"], ["hashi"]),
    qualifies("shogatsu", "だるま 貯金箱", ["darumabank"], ["daruma"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("church", "thurible", ["thurible"], ["thurible_acc"]),
    accessories("church", "altar candles", ["altarcandle"], ["altarcandle_acc"]),
    accessories("church", "rosary", ["rosary"], ["rosary_acc", "rosarycase"]),
    accessories("festival", "menorah", ["menorah", "candlemenorah"], ["menorah_acc"]),
    accessories("festival", "paper lanterns", ["paperlantern"], ["paperlantern_acc"]),
    accessories("seasonal", "盆提灯", ["bonlantern"], ["bonlantern_acc"]),
    accessories("shogatsu", "鏡餅", ["kagamimochi"], ["kagamimochi_acc"]),
    accessories("shogatsu", "羽子板", ["hagoita"], ["hagoita_acc"]),
    # white altar candles: Lumencraft 42, self-fitting 36, paraffin 26 (an ivory one 28, a natural one 22;
    # white accessories 9-12)
    price("church", "cheap white altar candles", "altarcandle-3", ["altarcandle_acc"]),
    # black rosaries: cord 7, onyx 29, wooden 12 (a blue plastic one 6; black parts 5, a black case 12)
    price("church", "cheap black rosary", "rosary-3", ["rosary_acc", "rosarycase"]),
    # red paper lanterns: 12 in 19, round 6 in 11, red & gold 15 (white ones 9; red tassels 5)
    price("festival", "cheap red paper lanterns", "paperlantern-1", ["paperlantern_acc"]),
    # silver menorahs: electric 34, travel 19, silver plated candle menorah 69 (a blue mini 14; silver
    # accessories 9-14)
    price("festival", "cheap silver menorah", "menorah-2", ["menorah_acc"]),
    # white 盆提灯: 御殿丸 9800, ミニ 3980, 白紋天 4800 (a pink mini 2980; white parts and stands 1280-2480)
    price("seasonal", "安い 白 盆提灯", "bonlantern-3", ["bonlantern_acc"]),
    # red だるま: 5号 3980, 3号 1980, 1号 880 (a gold mini 680; red 座布団 580; red bank 1280)
    price("shogatsu", "お手頃 赤 だるま", "daruma-2", ["daruma_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("seasonal", "ウィンドチャイム", "windchime"),
    mixed("seasonal", "ムーンランプ", "moonlamp"),
    mixed("seasonal", "ハンディファン", "handyfan"),
    mixed("seasonal", "obon lanterns", "bonlantern"),
    mixed("shogatsu", "ガーランド", "garland"),
    mixed("shogatsu", "テーブルクロス", "tablecloth"),
    mixed("shogatsu", "クラッカー", "popper"),
    mixed("shogatsu", "lucky cat", "maneki"),
]

LIMITS: dict = {
    **{("blind136", "two_types:shogatsu:フラワーペーパー", s): "one フラワーペーパー 薄葉紙 first, then the two "
       "ラッピングペーパー and two other flowers; the 花紙 フラワーペーパー items not in the top five"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind136", "mixed:shogatsu:クラッカー", s): "only the Japanese-titled パーティー クラッカー returned; the "
       "English-titled Party Poppers not at all"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind136(q: Q, setup: str, known_limit):
    known_limit("blind136")
    check(q, setup, ENGINES)


def test_blind136_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "black": "Black", "red": "Red", "silver": "Silver",
                                 "白": "White", "赤": "Red"})
