"""A ninety-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: party supplies
and catering (English: card tables and folding tables, table skirts, letter banners, chafing
dishes), seasonal decorations for Christmas, Halloween and New Year (English: wreaths and wreath
ribbon, pinatas, Christmas trees and tree skirts, fog machines, pumpkin carving), a Japanese shop
of パーティー用品・ラッピング (ラッピング袋, シーリングスタンプ, のし袋, スタンプ台, with English-titled
gift boxes, cake toppers and photo booth props whose Japanese names are katakana loanwords, part of
its category tree in English) and a Japanese shop of 季節行事・正月飾り (しめ縄, 雛人形, 鯉のぼり, and
Christmas goods under an English category tree, some English-titled). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (ninety-third suite) at 67dcb3b, as a measurement only (nothing
changed for it): 92 of 92 cases pass, 37 of 37 queries in every setup (two_types 8/8 queries,
18/18 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/8, 22/22); no
case fails, so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

P = "Party Supplies"
TC = f"{P} > Tables & Chairs"

PARTY = {
    "cardtable": items(f"{TC} > Card Tables", ("Folding Card Table, 34 x 34 in, Padded Vinyl Top, Black", 49),
                       ("Card Table and 4 Chairs Set, Folding, Black", 189),
                       ("Square Card Table, Foldable Legs, Wood Look Top, White", 79)),
    "table": items(f"{TC} > Folding Tables", ("Folding Table, 6 ft, Blow-Molded Plastic, White", 89),
                   ("Fold-in-Half Folding Table, 4 ft, Adjustable Height, White", 59),
                   ("Round Folding Table, 60 in, Banquet, White", 149),
                   ("Cocktail Table, High Top, 32 in, Folding Legs, White", 99),
                   ("Heavy Duty Folding Table, 8 ft, Black", 129)),
    "table_acc": items(f"{TC} > Table Accessories", ("Fitted Table Cover for 6 ft Folding Tables, Spandex, White", 15),
                       ("Folding Table Replacement Leg Caps, 8 Pack, White", 8),
                       ("Table Extenders for Folding Tables, 2 Pack", 29),
                       ("Carry Bag for 6 ft Folding Tables, Padded, Black", 24),
                       ("Table Skirt Clips for Folding Tables, 10 Pack", 6)),
    "tableskirt": items(f"{P} > Table Decor > Table Skirts", ("Table Skirt for 6 ft Folding Tables, Pleated, White", 25),
                        ("Polyester Table Skirt, 14 ft, Royal Blue", 22),
                        ("Tulle Table Skirt, Sparkle Sequin, Pink, 9 ft", 29)),
    "tablecard": items(f"{P} > Table Decor > Table Numbers", ("Table Number Cards 1-25, Gold Foil, Tent Style", 12),
                       ("Table Cards, Blank Place Cards, 50 Pack, White", 9),
                       ("Reserved Table Cards, Acrylic, 6 Pack", 18)),
    "card": items(f"{P} > Invitations & Cards", ("Birthday Invitation Cards with Envelopes, 20 Pack", 14),
                  ("Thank You Cards, Kraft, 36 Pack", 11), ("Advice Cards for Guests, Wedding, 50 Pack", 9)),
    "letterbanner": items(f"{P} > Decorations > Banners", ("Happy Birthday Letter Banner, Gold Glitter, 10 ft", 9),
                          ("Letter Banner, Congratulations, Rose Gold Foil", 8),
                          ("Letter Banner, Oh Baby, Black & White, Pre-Strung", 10)),
    "banner": items(f"{P} > Decorations > Banners", ("Fabric Pennant Banner, Boho, 10 ft", 14),
                    ("Vinyl Banner, Welcome Home, 6 x 2 ft", 22), ("Burlap Banner, Mr & Mrs, Wedding", 12)),
    "bannerletters": items(f"{P} > Decorations > DIY Decor", ("Banner Letters, A-Z Glitter Cardstock Cutouts, Gold", 11),
                           ("DIY Banner Letters, Iron-On Felt, White, 2 in", 13)),
    "napkin": items(f"{P} > Tableware > Napkins", ("Paper Napkins, 3-Ply, 50 Pack, Gold", 6),
                    ("Cocktail Napkins, Happy Birthday, 40 Pack", 5), ("Linen-Feel Dinner Napkins, 50 Pack, White", 11)),
    "napkinholder": items(f"{P} > Tableware > Serving", ("Napkin Holder, Acrylic, Clear", 14),
                          ("Gold Metal Napkin Holder, Upright, Geometric", 18),
                          ("Napkin Holder with Weighted Arm, Stainless Steel", 16)),
    "chafing": items(f"{P} > Catering > Chafing Dishes", ("Chafing Dish, 8 Qt, Stainless Steel, Silver, Full Size", 39),
                     ("Round Chafing Dish, Roll Top, 6 Qt, Silver", 89),
                     ("Chafing Dish Buffet Set, 4 Pack, Foldable Frame, Silver", 119),
                     ("Chafing Dish, Hammered Gold, 8 Qt", 79), ("Chafing Dish, Wire Frame, Disposable Pans, Black", 25)),
    "chafing_acc": items(f"{P} > Catering > Chafing Accessories",
                         ("Chafing Fuel Cans for Chafing Dishes, 6 Hour, 6 Pack", 18),
                         ("Replacement Water Pan for Chafing Dish, Full Size, Silver", 15),
                         ("Chafing Dish Replacement Lid, Stainless, Silver", 12)),
    "noise": each(("Cake Topper, Happy Birthday, Gold Acrylic", f"{P} > Cake Decor", 6),
                  ("Confetti Poppers, Gold, 6 Pack", f"{P} > Party Favors", 12)),
}

X, HW = "Christmas", "Halloween"

HOLIDAY = {
    "ribbonwreath": items(f"{X} > Wreaths", ("Red Velvet Ribbon Wreath, Handmade, 16 in", 34),
                          ("Ribbon Wreath, Buffalo Plaid, 18 in", 29),
                          ("Satin Ribbon Wreath with Jingle Bells, Gold, 14 in", 39)),
    "wreath": items(f"{X} > Wreaths", ("Fresh Noble Fir Wreath, 22 in", 49),
                    ("Artificial Pine Wreath, Pre-Lit, Pinecones, 24 in", 59), ("Gold Leaf Wreath, Metallic, 18 in", 32),
                    ("Ornament Ball Wreath, Gold & Champagne, 20 in", 45), ("Mini Boxwood Wreath, Faux, 10 in, Green", 18)),
    "wreathribbon": items(f"{X} > Ribbon & Bows", ("Wired Wreath Ribbon, Red Plaid, 2.5 in x 10 yd", 9),
                          ("Burlap Wreath Ribbon, Wired Edge, 4 in x 10 yd", 8),
                          ("Wreath Ribbon, Metallic Gold Mesh, 10 in x 30 ft", 12)),
    "ribbon": items(f"{X} > Ribbon & Bows", ("Velvet Ribbon, Red, 1.5 in x 10 yd", 7),
                    ("Grosgrain Ribbon, Christmas Green, 25 yd", 6), ("Sheer Organza Ribbon, White, 1 in x 25 yd", 5)),
    "wreath_acc": items(f"{X} > Wreaths > Wreath Accessories",
                        ("Wreath Hanger for Front Door, Over the Door, Gold, 15 in", 9),
                        ("Wreath Storage Bag for 24 in Wreaths, Zippered", 12)),
    "batpinata": items(f"{HW} > Pinatas", ("Bat Pinata, Halloween, Black, 18 in", 24),
                       ("Vampire Bat Pinata, Pull String, Purple", 26)),
    "pinata": items(f"{HW} > Pinatas", ("Pumpkin Pinata, Orange, Halloween", 22), ("Ghost Pinata, Pull String, White", 21),
                    ("Skull Pinata, Day of the Dead, 16 in", 25)),
    "pinatabat": items(f"{HW} > Pinatas > Pinata Accessories", ("Pinata Bat, Wooden Stick, Ribbon Wrapped, 24 in", 8),
                       ("Pinata Bat and Blindfold Set, Black", 10)),
    "tree": items(f"{X} > Artificial Trees", ("Artificial Christmas Tree, 7.5 ft, Pre-Lit, Green", 199),
                  ("Flocked Christmas Tree, 6 ft, Snowy White", 149), ("Slim Pencil Christmas Tree, 7 ft, Unlit", 129),
                  ("Tabletop Christmas Tree, 3 ft, Battery Lights", 39),
                  ("Christmas Tree, 6.5 ft, Hinged Branches, Green", 89)),
    "treeskirt": items(f"{X} > Tree Skirts", ("Christmas Tree Skirt, 48 in, White Faux Fur", 25),
                       ("Tree Skirt, Red Velvet, 36 in", 22), ("Buffalo Plaid Tree Skirt, 52 in", 28)),
    "tree_acc": items(f"{X} > Tree Accessories", ("Tree Stand for Christmas Trees up to 8 ft, Metal", 29),
                      ("Christmas Tree Storage Bag, 9 ft, Heavy Duty", 19), ("Watering Funnel for Christmas Trees", 9)),
    "fog": items(f"{HW} > Fog Machines", ("Fog Machine, 400W, Wired Remote", 39),
                 ("Fog Machine 1000W with LED Lights, Wireless Remote", 89),
                 ("Mini Fog Machine, Portable, Battery Powered", 59)),
    "fog_acc": items(f"{HW} > Fog Machines > Fog Fluid & Parts", ("Fog Juice for Fog Machines, 1 Gallon, Water-Based", 19),
                     ("Fog Machine Replacement Remote, Wireless", 15), ("Low-Lying Fog Chiller for Fog Machines", 35)),
    "pumpkin": items(f"{HW} > Pumpkins", ("Artificial Pumpkins, Foam, Orange, 6 Pack", 19),
                     ("White Velvet Pumpkins, Set of 3", 24), ("Carvable Foam Pumpkin, 11 in, Orange", 14)),
    "carvingkit": items(f"{HW} > Pumpkin Carving", ("Pumpkin Carving Kit, 12 Tools, Stainless Steel", 14),
                        ("Pumpkin Carving Kit with Stencils, Kids Safe", 11),
                        ("Professional Pumpkin Carving Kit, 10 Piece, Carry Case", 19)),
    "noise": each(("New Year's Eve Party Kit, Hats, Tiaras, Noisemakers", "New Year > Party Kits", 39),
                  ("Christmas Stocking, Personalized, Red Knit", f"{X} > Stockings", 15)),
}

W, PS, PT = "ラッピング", "Party Supplies", "パーティー用品"

WRAP = {
    "bag": items(f"{W} > ラッピング袋", ("ラッピング袋 不織布 巾着 白 10枚", 480), ("ラッピング袋 紙 マチ付き 白 20枚", 380),
                 ("ラッピング袋 手提げ 大 白 リボン付き 5枚", 550), ("ラッピング袋 不織布 巾着 赤 10枚", 330),
                 ("ラッピング袋 OPP 透明 テープ付き 100枚", 298)),
    "bag_acc": items(f"{W} > ラッピング袋 > ラッピング小物", ("ラッピング袋用 台紙 白 50枚", 198),
                     ("ラッピング袋専用 シール サンキュー 白 100枚", 250), ("ラッピング袋対応 ビニタイ 金 100本", 150),
                     ("モール タイ ラッピング袋用 白 100本", 180)),
    "stamp": items(f"{W} > シーリングスタンプ", ("シーリングスタンプ 真鍮 木製ハンドル イニシャル", 1280),
                   ("シーリングスタンプ 花柄 25mm 手紙", 980), ("シーリングスタンプ セット ワックス 3色付き ギフト", 2480),
                   ("Wax Seal Stamp, Brass Head, Wooden Handle, Rose", 1180)),
    "stamp_acc": items(f"{W} > シーリングスタンプ > ワックス・道具", ("シーリングスタンプ用 ワックス 金 30粒", 480),
                       ("シーリングスタンプ専用 メルティングスプーン", 580),
                       ("シーリングスタンプ対応 ワックスウォーマー 電気", 1980),
                       ("ワックス ビーズ シーリングスタンプ用 赤 100粒", 550)),
    "rubberstamp": items(f"{W} > スタンプ", ("スタンプ ありがとう 木製 はんこ ラッピング", 680),
                         ("スタンプ セット アルファベット 木製 ミニ", 1280), ("スタンプ 花柄 ゴム印 ハンドメイド 3個", 880)),
    "inkpad": items(f"{W} > スタンプ", ("スタンプ台 黒 油性 中型", 580), ("スタンプ台 カラー 12色 セット", 980),
                    ("スタンプ台 ミニ 水性 赤", 380)),
    "noshi": items(f"{W} > のし・水引", ("のし紙 A4 蝶結び 100枚", 480), ("のし紙 結び切り 御祝 50枚", 380),
                   ("のしシール 御礼 紅白 100枚", 330)),
    "noshibag": items(f"{W} > のし・水引", ("のし袋 御祝 水引 紅白 5枚", 380), ("のし袋 結婚祝い 金銀 水引 中袋付き", 350),
                      ("のし袋 蝶結び 多当 10枚", 298)),
    "giftbox": items(f"{PS} > Gift Boxes", ("ギフトボックス マグネット 黒 小", 780),
                     ("ギフトボックス 引き出し式 黒 リボン付き 3個", 980),
                     ("Gift Boxes with Magnetic Closure, Black, 4 Pack", 1580), ("ギフトボックス 蓋付き 白 10個", 680),
                     ("Gift Box with Lid, Kraft, 10 Pack", 980)),
    "giftbox_acc": items(f"{PS} > Gift Boxes > Box Accessories", ("ギフトボックス用 仕切り 黒 10枚", 280),
                         ("ギフトボックス専用 紙パッキン 緩衝材 黒", 350)),
    "topper": items(f"{PT} > ケーキ飾り", ("Cake Topper, Happy Birthday, Gold Glitter", 580),
                    ("ケーキトッパー 誕生日 アクリル 金", 680), ("Cake Toppers, Gender Reveal, Acrylic, 2 Pack", 780),
                    ("ケーキトッパー ウェディング 木製", 980)),
    "props": items(f"{PS} > Photo Booth", ("Photo Booth Props, Birthday, 30 Piece", 780),
                   ("フォトプロップス 誕生日 20点 セット", 680), ("Wedding Photo Booth Props Kit, 40 Pieces", 980),
                   ("フォトプロップス 結婚式 スティック付き", 880)),
    "plate": items(f"{PS} > Tableware > Paper Plates", ("紙皿 20cm 30枚 白", 298), ("紙皿 丸 金縁 18cm 20枚", 398),
                   ("ペーパープレート 使い捨て 23cm 50枚", 598), ("紙皿 仕切り付き 25枚 パーティー", 348)),
    "noise": each(("紙コップ 205ml 50個 白", f"{PS} > Tableware > Paper Cups", 298),
                  ("ケーキピック 動物 30本", f"{PT} > ケーキ飾り", 380)),
}

SX, NY, SK = "Seasonal > Christmas", "正月飾り", "節句"

SEASON = {
    "ornamenttree": items(f"{SX} > Ornament Displays", ("オーナメントツリー 卓上 金属 ゴールド 40cm", 2480),
                          ("オーナメント ツリー 木製 吊るし飾り 北欧", 1980), ("オーナメントツリー ワイヤー 黒 30cm", 1480)),
    "tree": items(f"{SX} > Trees", ("クリスマスツリー 150cm 白 ヌードツリー", 4980), ("クリスマスツリー 120cm 白 スリム", 3480),
                  ("クリスマスツリー 180cm グリーン 北欧", 6980), ("卓上 クリスマスツリー 45cm 白 LED付き", 1980),
                  ("Artificial Christmas Tree, 6 ft, Green, Hinged", 7980), ("クリスマスツリー 90cm ゴールド 卓上", 1580)),
    "treeorn": items(f"{SX} > Ornaments", ("ツリーオーナメント ボール 白 24個 セット", 980),
                     ("ツリー オーナメント 木製 北欧 12個", 1280), ("ツリーオーナメント 星 金 吊り下げ 6個", 880)),
    "ornament": items(f"{SX} > Ornaments", ("オーナメント ガラス 手作り 天使", 1480),
                      ("Glass Ornaments, Hand-Blown, 6 Pack", 2480), ("オーナメント フェルト サンタ 3個", 680)),
    "tree_acc": items(f"{SX} > Tree Accessories", ("クリスマスツリー用 スタンド 白 鉄製", 980),
                      ("ツリースカート 白 ファー 90cm", 1280), ("クリスマスツリー専用 収納袋 180cm", 1480)),
    "shime": items(f"{NY} > しめ縄", ("しめ縄 玄関 正月飾り 稲穂 水引 30cm", 2480), ("しめ縄 国産 藁 玄関用 大 橙付き", 3980),
                   ("しめ縄 モダン 輪飾り ドライフラワー 正月", 2980), ("しめ縄 ごぼう締め 神棚 90cm", 1980)),
    "shime_acc": items(f"{NY} > しめ縄 > 飾り金具", ("しめ縄用 フック 吊り下げ 金具 2個", 380),
                       ("しめ縄専用 収納箱 保管", 680), ("しめ縄対応 マグネットフック 玄関ドア", 480)),
    "hina": items(f"{SK} > 雛人形", ("雛人形 親王飾り コンパクト 平飾り", 29800), ("雛人形 木目込み 収納飾り", 39800),
                  ("雛人形 ちりめん 卓上 ミニ", 9800)),
    "hina_acc": items(f"{SK} > 雛人形 > 雛道具", ("雛人形用 緋毛氈 赤 90cm", 1980), ("雛人形専用 収納箱 防虫", 2980),
                      ("雛人形対応 ぼんぼり 交換用 LED", 1480)),
    "koi": items(f"{SK} > 鯉のぼり", ("鯉のぼり ベランダ 1.5m 6点セット", 9800), ("鯉のぼり 庭園 4m 大型 ナイロン", 29800),
                 ("室内 鯉のぼり 卓上 ちりめん", 4980)),
    "koipole": items(f"{SK} > 鯉のぼり > ポール・金具", ("鯉のぼり ポール 伸縮 5m アルミ", 6980),
                     ("鯉のぼり ポール ベランダ 取付金具付き 2m", 3980), ("鯉のぼり ポール 杭打ち式 スチール 6m", 8980)),
    "wreath": items(f"{SX} > Wreaths", ("Christmas Wreath, Pine, 40 cm, Red Berries", 3980),
                    ("リース クリスマス 玄関 松ぼっくり 30cm", 2480), ("Boxwood Wreath, Faux, 45 cm", 4480),
                    ("リース ドライフラワー ユーカリ 25cm", 2980)),
    "advent": items("Seasonal > Advent Calendars", ("Advent Calendar, Wooden House, 24 Drawers", 4980),
                    ("アドベントカレンダー 布製 ポケット 壁掛け", 2480), ("Advent Calendar, Refillable Boxes, 24 Days", 3480)),
    "globe": items("Seasonal > Snow Globes", ("Snow Globe, Christmas Village, Music Box", 3980),
                   ("スノードーム サンタ ガラス 10cm", 1980), ("Snow Globe, Glass, Reindeer, 100 mm", 2480)),
    "treetop": items(f"{SX} > Tree Toppers", ("ツリートップ 星 ゴールド LED", 1480), ("ツリートップ スター 銀 20cm", 980),
                     ("ツリートップ 天使 白", 1280)),
}

SHOPS = {"party": PARTY, "holiday": HOLIDAY, "wrap": WRAP, "season": SEASON}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("party", "card table", "cardtable", ["table"], ["tablecard"]),
    two_types("party", "table cards", "tablecard", ["card"], ["cardtable"]),
    two_types("party", "letter banner", "letterbanner", ["banner"], ["bannerletters"]),
    two_types("holiday", "ribbon wreath", "ribbonwreath", ["wreath"], ["wreathribbon"]),
    two_types("holiday", "wreath ribbon", "wreathribbon", ["ribbon"], ["ribbonwreath"]),
    two_types("holiday", "bat pinata", "batpinata", ["pinata"], ["pinatabat"]),
    two_types("season", "オーナメント ツリー", "ornamenttree", ["tree"], ["treeorn"]),
    two_types("season", "ツリー オーナメント", "treeorn", ["ornament"], ["ornamenttree"]),
    # --- 2. a leading product word that modifies the head
    qualifies("party", "table skirt", ["tableskirt"], ["table", "cardtable"]),
    qualifies("party", "napkin holder", ["napkinholder"], ["napkin"]),
    qualifies("holiday", "tree skirt", ["treeskirt"], ["tree"]),
    qualifies("holiday", "pumpkin carving kit", ["carvingkit"], ["pumpkin"]),
    qualifies("wrap", "のし袋", ["noshibag"], ["noshi"]),
    qualifies("wrap", "スタンプ台", ["inkpad"], ["rubberstamp", "stamp"]),
    qualifies("season", "鯉のぼり ポール", ["koipole"], ["koi"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("party", "folding table", ["table"], ["table_acc", "tableskirt"]),
    accessories("party", "chafing dish", ["chafing"], ["chafing_acc"]),
    accessories("holiday", "christmas tree", ["tree"], ["tree_acc", "treeskirt"]),
    accessories("holiday", "fog machine", ["fog"], ["fog_acc"]),
    accessories("wrap", "ラッピング袋", ["bag"], ["bag_acc"]),
    accessories("wrap", "シーリングスタンプ", ["stamp"], ["stamp_acc"]),
    accessories("season", "しめ縄", ["shime"], ["shime_acc"]),
    accessories("season", "雛人形", ["hina"], ["hina_acc"]),
    # white folding tables: 6 ft 89, 4 ft fold-in-half 59, round 149, cocktail 99 (a black card table 49, a white
    # card table 79; white cover 15, leg caps 8, table skirt 25)
    price("party", "cheap white folding table", "table-1", ["table_acc", "tableskirt"]),
    # silver chafing dishes: 8 Qt 39, round roll top 89, 4-pack set 119 (a black wire-frame one 25, a gold one 79;
    # silver water pan 15, silver lid 12, fuel cans 18)
    price("party", "budget silver chafing dish", "chafing-0", ["chafing_acc"]),
    # gold wreaths: gold leaf 32, ornament ball 45, satin ribbon wreath 39 (a green boxwood one 18; gold hanger 9,
    # gold mesh wreath ribbon 12)
    price("holiday", "budget gold wreath", "wreath-2", ["wreath_acc", "wreathribbon"]),
    # white wrapping bags: non-woven 480, paper 380, tote 550 (a red one 330, a clear OPP pack 298; white backing
    # cards 198, white seals 250, white ties 180)
    price("wrap", "格安 白 ラッピング袋", "bag-1", ["bag_acc"]),
    # black gift boxes: magnetic 780, drawer 980, English magnetic 1580 (a white lidded set 680; black dividers 280,
    # black paper packing 350)
    price("wrap", "お手頃 黒 ギフトボックス", "giftbox-0", ["giftbox_acc"]),
    # white Christmas trees: 150cm 4980, 120cm 3480, tabletop 45cm 1980 (a gold 90cm one 1580; a white stand 980,
    # a white tree skirt 1280, white ball ornaments 980)
    price("season", "激安 白 クリスマスツリー", "tree-3", ["tree_acc", "treeorn"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("wrap", "ギフトボックス", "giftbox"),
    mixed("wrap", "ケーキトッパー", "topper"),
    mixed("wrap", "フォトプロップス", "props"),
    mixed("wrap", "paper plates", "plate"),
    mixed("season", "リース", "wreath"),
    mixed("season", "アドベントカレンダー", "advent"),
    mixed("season", "スノードーム", "globe"),
    mixed("season", "tree topper", "treetop"),
]

LIMITS: dict = {}  # nothing failed on the snapshot (67dcb3b)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind93(q: Q, setup: str, known_limit):
    known_limit("blind93")
    check(q, setup, ENGINES)


def test_blind93_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "silver": "Silver", "gold": "Gold"})
