"""A forty-third blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite combines: a sewing and
knitting store (English), a lawn and snow equipment store (English), a Japanese food and
confectionery shop 食品・お菓子 (part of its category tree in English, with English-titled imports
whose Japanese names are katakana loanwords or plain Japanese words: ショートブレッド, 紅茶) and a
Japanese car accessories shop カー用品 (with English-titled imports too: ジャンプスターター,
カーチャージャー, 空気入れ, サンシェード). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (pattern paper / paper patterns, line trimmer / trimmer line,
   ミルクチョコ / チョコミルク, ピーナッツバター / バターピーナッツ);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese titles where the shop has no English title for the product ("green tea" for 緑茶,
   "tire chains" for タイヤチェーン): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-third suite), as a measurement only (nothing changed for it):
89 of 92 cases pass, 35 of 37 queries in every setup (two_types 7/8 queries, 19/20 cases;
qualifies 7/7, 17/17; accessories 8/8, 19/19; price 5/6, 12/14; mixed 8/8, 22/22); the 3 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "pattern paper" with the
bag-of-words encoder (a dressmaker's carbon paper second, among the pattern papers) and "budget
white thread" in both its setups (white thread spool nets, an accessory at 2, first).
After (an item of the type by its category alone, titled as a type the catalogue learns as an
accessory of it, is never the cheapest of the type: `ordering.sold_beside`), 2026-11-30: budget white
thread passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S, K = "Sewing", "Knitting"
PARTS, PAPER = f"{S} > Machine Parts", f"{S} > Patterns & Paper"

SEW = {
    "machine": items(f"{S} > Sewing Machines",
                     ("Stitchwell Computerized Sewing Machine, 200 Stitches, Auto Threader, White", 329),
                     ("Stitchwell Mechanical Sewing Machine, 23 Stitches, Free Arm, White", 149),
                     ("Heavy Duty Sewing Machine, Metal Frame, 110 Stitch Applications, Grey", 249),
                     ("Mini Sewing Machine for Beginners, Portable, Pink", 49)),
    "machneedle": items(f"{PARTS} > Needles", ("Sewing Machine Needles, Universal, Size 80/12, 10 Pack", 6),
                        ("Ballpoint Needles for Sewing Machines, Jersey, 5 Pack", 5),
                        ("Denim Sewing Machine Needles, 100/16, 5 Pack", 6)),
    "machine_acc": items(f"{PARTS} > Accessories", ("Sewing Machine Dust Cover, Quilted, Grey", 19),
                         ("Replacement Presser Feet for Stitchwell Sewing Machines, 11 Piece", 24)),
    "bobbin": items(f"{PARTS} > Bobbins", ("Plastic Bobbins for Sewing Machines, Class 15, Clear, 25 Pack", 7),
                    ("Metal Bobbins, Size L, 20 Pack", 9), ("Prewound Bobbins, Polyester, White, 144 Pack", 19)),
    "bobbincase": items(f"{PARTS} > Bobbins", ("Bobbin Case for Heavy Duty Sewing Machines, Class 15, Front Loading", 14),
                        ("Drop-In Bobbin Case, Replacement, Top Loading, Plastic", 9),
                        ("Stitchwell Bobbin Case, Metal, Low Tension", 16)),
    "knitneedle": items(f"{K} > Knitting Needles", ("Loopwood Bamboo Knitting Needles, Straight, 4mm, 35cm, Natural", 4),
                        ("Interchangeable Circular Knitting Needles Set, 13 Sizes, Birch", 59),
                        ("Aluminium Knitting Needles, Straight, 5mm, Pink", 7),
                        ("Plastic Knitting Needles, Jumbo, 10mm, Pink", 5),
                        ("Circular Knitting Needles, 80cm Cable, 4mm, Pink", 12)),
    "knit_acc": items(f"{K} > Knitting Needles > Needle Accessories",
                      ("Point Protectors for Knitting Needles, Pink, 12 Pack", 3),
                      ("Replacement Cables for Interchangeable Knitting Needles, 4 Pack", 14)),
    "needlecase": items(f"{K} > Storage", ("Knitting Needle Case, Canvas Roll, 30 Pockets, Pink", 22),
                        ("Needle Case for Circular Knitting Needles, Zip, 12 Pockets", 18),
                        ("Wooden Needle Case, Magnetic, for Hand Sewing Needles", 9)),
    "yarn": items(f"{K} > Yarn", ("Loopwood Merino Yarn, DK, 100g, Pink", 8), ("Chunky Acrylic Yarn, 200g, Grey", 6),
                  ("Cotton Yarn, 4 Ply, 50g, White, 5 Pack", 15)),
    "yarnbowl": items(f"{K} > Storage", ("Ceramic Yarn Bowl, Handmade, Cat Design, White", 24),
                      ("Wooden Yarn Bowl with Lid, Walnut", 32), ("Yarn Bowl, Large, Swirl Slot, Grey", 19)),
    "thread": items(f"{S} > Thread", ("Threadline All-Purpose Sewing Thread, Polyester, 500m, White", 4.5),
                    ("Cotton Sewing Thread, Mercerized, 250m, White", 3.5),
                    ("Sewing Thread Set, 24 Spools, Assorted Colours", 15),
                    ("Heavy Duty Upholstery Thread, 150m, Black", 3), ("Embroidery Thread, Rayon, 1000m, White", 6)),
    "thread_acc": items(f"{S} > Thread > Storage", ("Thread Spool Nets, White, 20 Pack", 2),
                        ("Wooden Thread Rack, 60 Spools, Wall Mount, White", 25),
                        ("Thread Rack for 120 Spools, Natural Wood", 35)),
    "patpaper": items(PAPER, ("Dot and Cross Pattern Paper, 1m x 10m Roll", 12),
                      ("Pattern Paper, Tracing, 5 Sheets, 90 x 150cm", 9), ("Swedish Tracing Pattern Paper, 10m Roll", 19)),
    "paper": items(PAPER, ("Dressmaker's Carbon Paper, 5 Colours", 6), ("Freezer Paper Sheets for Quilting, 50 Sheets", 11)),
    "paperpattern": items(PAPER, ("Wrap Dress Paper Pattern, Sizes 6-22", 14), ("Tote Bag Paper Patterns, 3 Designs", 12),
                          ("Children's Clothes Paper Patterns, 5 Patterns, Ages 2-8", 19)),
    "pattern": items(PAPER, ("PDF Sewing Pattern, Shirt Dress, Instant Download", 8),
                     ("Digital Quilt Pattern, Log Cabin, PDF", 7)),
}

L, SN = "Lawn & Garden", "Snow Removal"
TRIM = f"{L} > Trimmers"

LAWN = {
    "mower": items(f"{L} > Lawn Mowers", ("Yardmark 21 in. Self-Propelled Gas Lawn Mower, 170cc, Green", 399),
                   ("Yardmark Cordless Lawn Mower, 40V, 16 in., Battery Included, Green", 279),
                   ("Electric Lawn Mower, Corded, 13 Amp, 20 in., Green", 189),
                   ("Reel Lawn Mower, Push, 16 in., 5-Blade, Red", 119)),
    "mowerblade": items(f"{L} > Mower Parts", ("Mower Blades for Yardmark 21 in. Mowers, 2 Pack", 24),
                        ("Mulching Mower Blade, 21 in., High Lift", 19),
                        ("Universal Lawn Mower Blade, 20 in., Replacement", 16)),
    "mower_acc": items(f"{L} > Mower Parts", ("Lawn Mower Cover, Waterproof, Heavy Duty, Green", 22),
                       ("Replacement Air Filter for Lawn Mowers, 3 Pack", 9),
                       ("Grass Catcher Bag for 21 in. Lawn Mowers, Green", 35)),
    "leafblower": items(f"{L} > Leaf Blowers", ("Yardmark Cordless Leaf Blower, 40V, 450 CFM", 149),
                        ("Backpack Leaf Blower, Gas, 52cc, 4-Stroke", 229),
                        ("Electric Leaf Blower, Corded, 3-in-1 Vacuum and Mulcher", 79)),
    "blower_acc": items(f"{L} > Leaf Blowers > Blower Parts",
                        ("Replacement Blower Tubes for Yardmark Leaf Blowers, 2 Piece", 19),
                        ("Leaf Blower Extension Tube, 30 in.", 15), ("Gutter Cleaning Kit for Leaf Blowers", 29),
                        ("Shoulder Strap for Leaf Blowers, Padded", 12)),
    "snowblower": items(f"{SN} > Snow Blowers", ("Yardmark Two-Stage Snow Blower, 24 in., 212cc, Electric Start", 899),
                        ("Single-Stage Snow Blower, Gas, 21 in.", 549), ("Cordless Snow Blower, 40V, 18 in.", 399),
                        ("Electric Snow Blower, Corded, 15 Amp, 18 in.", 249)),
    "snowblower_acc": items(f"{SN} > Snow Blower Parts", ("Snow Blower Cover, Heavy Duty, Fits Two-Stage", 39),
                            ("Shear Pins for Snow Blowers, 10 Pack", 12),
                            ("Replacement Skid Shoes for Snow Blowers, 2 Pack", 19),
                            ("Snow Blower Drift Cutters, Pair", 24)),
    "shovel": items(f"{SN} > Snow Shovels", ("Yardmark Ergonomic Snow Shovel, 18 in., Red", 34),
                    ("Snow Shovel, Poly Blade, 24 in., Red", 24), ("Snow Pusher Shovel, 36 in., Steel Edge, Black", 39),
                    ("Compact Snow Shovel, Collapsible, Aluminium, Red", 19), ("Kids Snow Shovel, 12 in., Plastic, Blue", 12)),
    "shovelhandle": items(f"{SN} > Shovel Parts", ("Snow Shovel Replacement Handle, 48 in., Red", 14),
                          ("Shovel Handle, Ash Wood, D-Grip, 40 in.", 17),
                          ("Fibreglass Shovel Handle, Replacement, Red", 21)),
    "shovel_acc": items(f"{SN} > Shovel Parts", ("Snow Shovel Wear Strip, Replacement, Red", 9)),
    "trimmer": items(f"{TRIM} > String Trimmers", ("Yardmark Cordless String Trimmer, 40V, 13 in.", 129),
                     ("Gas String Trimmer, 25cc, Straight Shaft", 179)),
    "linetrimmer": items(f"{TRIM} > String Trimmers", ("Line Trimmer, Cordless, 18V, Auto Feed", 89),
                         ("Yardmark Line Trimmer and Edger, 12 in., Electric", 69),
                         ("Petrol Line Trimmer, 2-Stroke, Bike Handle", 199)),
    "hedgetrimmer": items(f"{TRIM} > Hedge Trimmers", ("Cordless Hedge Trimmer, 40V, 24 in. Blade", 119),
                          ("Electric Hedge Trimmer, 22 in.", 69)),
    "trimmerline": items(f"{TRIM} > Trimmer Line", ("Trimmer Line, .080 in., 200 ft, Round, Orange", 12),
                         ("Twisted Trimmer Line, .095 in., 1 lb", 19), ("Yardmark Trimmer Line, .065 in., 3 Pack", 15)),
}

SWEETS, DRINK, NORI, UME = "お菓子", "飲料", "食品 > 海苔", "食品 > 梅干し"

FOOD = {
    "milkchoco": items(f"{SWEETS} > チョコレート", ("ミルクチョコレート 板チョコ 50g×10枚", 980),
                       ("ミルクチョコ 個包装 大袋 200g", 598), ("ミルクチョコレート 製菓用 クーベルチュール 1kg", 2480)),
    "choco": items(f"{SWEETS} > チョコレート", ("ダークチョコレート カカオ72% 板チョコ 5枚", 798),
                   ("ホワイトチョコ 個包装 大袋 180g", 548)),
    "chocomilk": items(f"{DRINK} > 乳飲料", ("チョコミルク 紙パック 200ml×24本", 2160), ("チョコミルク 粉末 スティック 10本入", 480),
                       ("チョコレートミルク 北海道牛乳使用 1000ml×6本", 1680)),
    "milk": items(f"{DRINK} > 乳飲料", ("いちごミルク 紙パック 200ml×24本", 2160), ("バナナミルク 紙パック 200ml×24本", 2280)),
    "pbutter": items("Grocery > Spreads", ("ピーナッツバター クリーミー 無糖 340g", 698),
                     ("ピーナッツバター 粒入り チャンク 2個セット", 1180), ("国産 落花生 ピーナッツバター 150g 瓶", 1280)),
    "butter": items("Grocery > Spreads", ("アーモンドバター 無添加 200g", 1280), ("カシューナッツバター ロースト 250g", 1480)),
    "butterpeanut": items(f"{SWEETS} > 豆菓子", ("バターピーナッツ 大袋 500g 塩味", 880),
                          ("バターピーナッツ 個包装 小袋 30袋", 1280), ("バタピー バターピーナッツ おつまみ 1kg", 1580)),
    "peanut": items(f"{SWEETS} > 豆菓子", ("素焼き ピーナッツ 無塩 500g", 680), ("ピーナッツ 殻付き 千葉県産 300g", 980)),
    "cookie": items(f"{SWEETS} > クッキー", ("バタークッキー 個包装 24枚", 980), ("チョコチップクッキー 大袋 20枚", 598),
                    ("抹茶クッキー 宇治抹茶 12枚入", 1080)),
    "cutter": items("Baking Tools > Cookie Cutters", ("クッキー型 ステンレス 星 ハート 5個セット", 680),
                    ("クッキー型 アルファベット 26個 プラスチック", 880), ("クッキー型 スタンプ付き 動物 6個", 780)),
    "nori": items(NORI, ("焼き海苔 全形 有明海産 10枚×5袋", 1980), ("味付け海苔 8切 48枚×10袋", 980),
                  ("おにぎり用 海苔 3切 100枚", 1480)),
    "noricase": items(f"{NORI} > 海苔缶", ("海苔缶 ステンレス 全形 乾燥剤ケース付き", 1980),
                      ("海苔用 保存缶 ブリキ 8切 黒", 1280)),
    "norisenbei": items(f"{SWEETS} > せんべい", ("海苔せんべい 醤油味 個包装 30枚", 980), ("手焼き 海苔せんべい 草加 12枚", 1280),
                        ("海苔せんべい 大判 うす焼き 8枚", 780)),
    "umeboshi": items(UME, ("梅干し 紀州南高梅 はちみつ漬け 500g", 1980), ("梅干し しそ漬け 昔ながら 塩分20% 1kg", 2480),
                      ("減塩 梅干し 塩分5% 個包装 30粒", 1480)),
    "ume_acc": items(f"{UME} > 梅仕事 道具", ("梅干し用 保存容器 陶器 3L", 2480), ("梅干し専用 干しざる 3段 吊り下げ ネット", 1980),
                     ("重石 梅干し用 2kg", 980)),
    "shortbread": items("Imported Foods > Biscuits", ("Highland Shortbread Fingers, Pure Butter, 300g", 1280),
                        ("Scottish Shortbread Rounds, Gift Tin, 400g", 1980), ("ショートブレッド スコットランド産 12本入", 980)),
    "blacktea": items("Imported Foods > Tea", ("English Breakfast Black Tea, 80 Tea Bags", 980),
                      ("Earl Grey Tea, Loose Leaf, 125g Tin", 1280), ("Darjeeling Black Tea Bags, 50 Count", 1180),
                      ("国産 紅茶 ティーバッグ 静岡 30袋", 680)),
    "greentea": items(f"{DRINK} > 日本茶", ("緑茶 ティーバッグ 静岡県産 100袋", 1280), ("緑茶 茶葉 深蒸し煎茶 200g", 1480),
                      ("宇治 緑茶 煎茶 茶葉 100g", 1680)),
}

C = "カー用品"
DASH, HOLD, CHAIN = f"{C} > ドライブレコーダー", f"{C} > スマホホルダー", f"{C} > タイヤチェーン"

CAR = {
    "navi": items(f"{C} > カーナビ", ("カーナビ 7インチ ポータブル ワンセグ 2026年地図", 14800),
                  ("カーナビ 9インチ 大画面 フルセグ Bluetooth", 24800), ("カーナビ 2DIN 7型 フルセグ DVD 据え置き", 39800)),
    "navi_acc": items(f"{C} > カーナビ > カーナビ周辺機器", ("カーナビ用 保護フィルム 7インチ 2枚", 680),
                      ("カーナビ専用 吸盤スタンド 交換用", 980), ("カーナビ対応 バックカメラ 変換ケーブル", 1480),
                      ("テレビキット カーナビ用 走行中視聴", 2480)),
    "dashcam": items(DASH, ("ドライブレコーダー 前後2カメラ 4K 黒", 12800), ("ドライブレコーダー ミラー型 11インチ 黒", 9800),
                     ("Dash Cam Front and Rear, 1080P, Night Vision, Black", 7980),
                     ("ドライブレコーダー 小型 フルHD 駐車監視 黒", 5980), ("ドライブレコーダー 360度 コンパクト 白", 4980)),
    "dashcam_acc": items(f"{DASH} > ドラレコ用品", ("ドライブレコーダー用 電源ケーブル 3m 黒", 980),
                         ("ドライブレコーダー専用 取付ブラケット 黒", 680), ("録画中 ステッカー ドライブレコーダー用 黒 2枚", 380),
                         ("ドライブレコーダー対応 microSDカード 64GB", 1280)),
    "holder": items(HOLD, ("スマホホルダー 車載 吸盤 ダッシュボード 白", 1980), ("スマホホルダー エアコン クリップ式 白", 1280),
                    ("Car Phone Holder, Dashboard Mount, White", 1580), ("スマホホルダー マグネット 黒", 880)),
    "holder_acc": items(f"{HOLD} > 交換部品", ("スマホホルダー用 メタルプレート 白 4枚", 380),
                        ("スマホホルダー専用 粘着ベース 白 2個", 480)),
    "handlecover": items(f"{C} > ハンドルカバー", ("ハンドルカバー 本革 38cm 黒", 2480),
                         ("ハンドルカバー 軽自動車 Sサイズ ベージュ", 1480),
                         ("Steering Wheel Cover, Microfiber Leather, 15 in., Black", 1680),
                         ("ハンドルカバー ファー 冬用 ピンク", 1280)),
    "handle": items(f"{C} > ステアリング", ("ハンドル ステアリング 35cm ディープコーン 黒", 8980),
                    ("ウッド ハンドル 交換用 クラシック 36cm", 12800)),
    "chain": items(CHAIN, ("タイヤチェーン 金属 亀甲型 155/65R14", 4980), ("タイヤチェーン 非金属 ジャッキアップ不要 簡単装着", 8980),
                   ("タイヤチェーン 布製 スノーソックス 2枚", 5980), ("タイヤチェーン 軽自動車 金属 はしご型", 3980)),
    "chain_acc": items(CHAIN, ("タイヤチェーン用 収納ケース", 980), ("タイヤチェーン専用 ゴムバンド 交換用 2本", 780)),
    "starter": items("Car Electronics > Jump Starters", ("Portable Jump Starter, 2000A Peak, 12V, USB Power Bank", 8980),
                     ("Jump Starter Pack, 1500A, LED Flashlight", 6980),
                     ("ジャンプスターター 12V 大容量 モバイルバッテリー機能", 7980)),
    "charger": items("Car Electronics > Chargers", ("USB Car Charger, Dual Port, 36W, PD", 1480),
                     ("Car Charger, 3 Ports, Fast Charging, 60W", 1980), ("カーチャージャー シガーソケット USB-C 2ポート", 1280)),
    "inflator": items("Tires & Wheels > Inflators", ("Portable Tire Inflator, 12V, Digital Gauge, Auto Shut-Off", 3980),
                      ("Cordless Tire Inflator, Rechargeable, 150 PSI", 5980), ("空気入れ 電動 コードレス 車 自転車", 4980)),
    "sunshade": items(f"{C} > サンシェード", ("Windshield Sunshade, Reflective, Jumbo", 1980),
                      ("Sunshade for Side Windows, Mesh, 4 Pack", 1480), ("サンシェード 吸盤式 リア 2枚", 980)),
    "noise": each(("芳香剤 車用 置き型 シトラス", f"{C} > 芳香剤", 680),
                  ("シートカバー 前席 防水 黒 2枚", f"{C} > シートカバー", 3980)),
}

SHOPS = {"sew": SEW, "lawn": LAWN, "food": FOOD, "car": CAR}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("sew", "pattern paper", "patpaper", ["paper"], ["paperpattern"]),
    two_types("sew", "paper patterns", "paperpattern", ["pattern"], ["patpaper"]),
    two_types("lawn", "line trimmer", "linetrimmer", ["trimmer"], ["trimmerline"]),
    two_types("lawn", "trimmer line", "trimmerline", [], ["linetrimmer"]),
    two_types("food", "ミルクチョコ", "milkchoco", ["choco"], ["chocomilk"]),
    two_types("food", "チョコミルク", "chocomilk", ["milk"], ["milkchoco"]),
    two_types("food", "ピーナッツバター", "pbutter", ["butter"], ["butterpeanut"]),
    two_types("food", "バターピーナッツ", "butterpeanut", ["peanut"], ["pbutter"]),
    # --- 2. a leading product word that modifies the head
    qualifies("sew", "yarn bowl", ["yarnbowl"], ["yarn"]),
    qualifies("sew", "bobbin case", ["bobbincase"], ["bobbin"]),
    qualifies("lawn", "mower blades", ["mowerblade"], ["mower"]),
    qualifies("lawn", "shovel handle", ["shovelhandle"], ["shovel"]),
    qualifies("food", "クッキー型", ["cutter"], ["cookie"]),
    qualifies("food", "海苔せんべい", ["norisenbei"], ["nori"]),
    qualifies("car", "ハンドルカバー", ["handlecover"], ["handle"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("sew", "sewing machine", ["machine"], ["machneedle", "machine_acc", "bobbin", "bobbincase"]),
    accessories("sew", "knitting needles", ["knitneedle"], ["knit_acc", "needlecase"]),
    accessories("lawn", "lawn mower", ["mower"], ["mowerblade", "mower_acc"]),
    accessories("lawn", "leaf blower", ["leafblower"], ["blower_acc"]),
    accessories("lawn", "snow blower", ["snowblower"], ["snowblower_acc"]),
    accessories("food", "海苔", ["nori"], ["noricase"]),
    accessories("food", "梅干し", ["umeboshi"], ["ume_acc"]),
    accessories("car", "カーナビ", ["navi"], ["navi_acc"]),
    # white thread: Threadline 4.50, mercerized cotton 3.50, embroidery 6 (a black upholstery one 3; white
    # spool nets 2, a white thread rack 25)
    price("sew", "budget white thread", "thread-1", ["thread_acc"]),
    # pink knitting needles: aluminium 7, plastic jumbo 5, circular 12 (natural bamboo 4; pink point
    # protectors 3, a pink needle case 22)
    price("sew", "cheap pink knitting needles", "knitneedle-3", ["knit_acc", "needlecase"]),
    # red snow shovels: ergonomic 34, poly 24, compact 19 (a blue kids' one 12; red handles 14 and 21, a red
    # wear strip 9)
    price("lawn", "cheap red snow shovel", "shovel-3", ["shovelhandle", "shovel_acc"]),
    # green lawn mowers: self-propelled 399, cordless 279, corded electric 189 (a red reel mower 119; green
    # cover 22 and grass bag 35, blades 16-24, an air filter 9)
    price("lawn", "budget green lawn mower", "mower-2", ["mowerblade", "mower_acc"]),
    # black dash cams: front/rear 4K 12800, mirror 9800, English 7980, compact 5980 (a white one 4980; black
    # accessories 380-980, a microSD card 1280)
    price("car", "激安 黒 ドライブレコーダー", "dashcam-3", ["dashcam_acc"]),
    # white phone holders: suction 1980, vent clip 1280, English 1580 (a black magnetic one 880; white plates
    # 380, white bases 480)
    price("car", "格安 白 スマホホルダー", "holder-1", ["holder_acc"]),
    # --- 4. Japanese queries among English-titled items; English queries over Japanese titles
    mixed("food", "ショートブレッド", "shortbread"),
    mixed("food", "紅茶", "blacktea"),
    mixed("food", "green tea", "greentea"),
    mixed("car", "ジャンプスターター", "starter"),
    mixed("car", "カーチャージャー", "charger"),
    mixed("car", "空気入れ", "inflator"),
    mixed("car", "サンシェード", "sunshade"),
    mixed("car", "tire chains", "chain"),
]

LIMITS = {
    ("blind43", "two_types:sew:pattern_paper", "categories-dense"):
        "Dressmaker's Carbon Paper second, above two of the three pattern papers",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind43(q: Q, setup: str, known_limit):
    known_limit("blind43")
    check(q, setup, ENGINES)


def test_blind43_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "pink": "Pink", "red": "Red", "green": "Green",
                                 "黒": "Black", "白": "White"})
