"""An eightieth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: a pantry of food
and drink (spreads, biscuits, rice and flour, plant milk, coffee and moka pots; English), kitchen
gadgets and bakeware (baking paper, openers, slicers, pasta makers, cold brew; English), a Japanese
shop of 食品・飲料 (noodles, sauces, Japanese and herbal teas, barley tea and its pitchers, soda
makers; part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords) and a Japanese shop of 製菓用品・キッチン雑貨 (chocolate moulds, butter dishes,
bread tins, cake turntables; with English-titled imports and an English branch of its tree too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (cookie butter / butter cookies, pudding rice / rice
   pudding, baking paper / paper baking cups, そば茶 / 茶そば, 焼きそばソース / ソース焼きそば);
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

Written blind on 2026-12-01 (80th suite), as a measurement only (nothing changed for it):
81 of 93 cases pass, 32 of 37 queries in every setup (two_types 7/8 queries, 18/20 cases;
qualifies 6/7, 13/16; accessories 7/8, 19/20; price 5/6, 12/15; mixed 7/8, 19/22); the 12
failing cases (5 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`):
"baking paper" (paper baking cups/moulds above the parchment paper rounds; lexical and dense),
"チョコレート 型" (食パン型 items above a チョコレート型; all setups), "cold brew maker" (a
replacement lid second; dense only), "格安 白 回転台" (a dearer white turntable first; all setups)
and "カモミールティー" (Japanese tea bags above the English Chamomile teas; all setups). One test
bug was fixed before the first run: the bread tin accessories' category path had four levels.

After (an English ch is also read as the k Greek spelling says there: カモミール, "chamomile"; the
sixteenth session): カモミールティー passes.
After (an English "X Replacement Y" title is a Y made for X, as "Y for X" is; the seventeenth
session): "cold brew maker" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

FD = "Food & Drink"
COFFEE = f"{FD} > Coffee"

PANTRY = {
    "cookiebutter": items(f"{FD} > Spreads", ("Lotta Cookie Butter Spread, Smooth, 400g", 3.79),
                          ("Crunchy Cookie Butter, Caramelised Biscuit Spread, 380g", 3.49),
                          ("Organic Cookie Butter, Palm Oil Free, 350g", 4.99)),
    "butter": items(f"{FD} > Dairy & Eggs > Butter", ("Meadowvale Salted Butter, 250g", 2.15),
                    ("Unsalted Butter, Grass-Fed, 500g", 4.25), ("Spreadable Butter with Rapeseed Oil, 500g", 3.10)),
    "buttercookie": items(f"{FD} > Biscuits & Cookies", ("Danish Butter Cookies, Blue Tin, 454g", 5.99),
                          ("Lotta Butter Cookies, Assorted, 300g", 3.29),
                          ("Butter Cookies with Chocolate Chips, 150g", 1.89)),
    "cookie": items(f"{FD} > Biscuits & Cookies", ("Double Chocolate Chunk Cookies, 8 Pack", 2.79),
                    ("Oatmeal Raisin Cookies, Soft Baked, 210g", 2.29), ("Stem Ginger Cookies, 150g", 1.69)),
    "puddingrice": items(f"{FD} > Rice & Grains", ("Pudding Rice, Short Grain, 500g", 1.15),
                         ("Arrowfield Pudding Rice, 1kg", 1.99), ("Organic Pudding Rice, 500g", 1.79)),
    "rice": items(f"{FD} > Rice & Grains", ("Arrowfield Basmati Rice, 1kg", 2.49), ("Long Grain White Rice, 2kg", 2.89),
                  ("Arborio Risotto Rice, 500g", 1.75)),
    "ricepudding": items(f"{FD} > Desserts", ("Creamy Rice Pudding, 400g Can", 0.95),
                         ("Rice Pudding Pots with Strawberry Jam, 4 x 150g", 2.20),
                         ("Arrowfield Rice Pudding, Vanilla, Low Fat, 400g", 1.05)),
    "riceflour": items(f"{FD} > Baking > Flour", ("Rice Flour, Gluten Free, 500g", 1.69),
                       ("Glutinous Rice Flour, 400g", 1.49),
                       ("Arrowfield Brown Rice Flour, 1kg", 2.99)),
    "oatmilk": items(f"{FD} > Drinks > Plant Milk", ("Oatfield Oat Milk, Barista Edition, 1L", 1.95),
                     ("Organic Oat Milk, Unsweetened, 1L", 1.65), ("Chocolate Oat Milk, 6 x 250ml", 3.49)),
    "oats": items(f"{FD} > Cereals", ("Oatfield Porridge Oats, 1kg", 1.49),
                  ("Jumbo Rolled Oats, Wholegrain, 750g", 1.79),
                  ("Steel Cut Oats, Organic, 500g", 2.25)),
    "coffeesyrup": items(f"{COFFEE} > Syrups", ("Hazel Lane Coffee Syrup, Hazelnut, 250ml", 3.99),
                         ("Sugar-Free Coffee Syrup, Caramel, 1L", 6.49), ("Vanilla Coffee Syrup, 750ml", 5.49)),
    "coffee": items(f"{COFFEE} > Beans & Ground", ("Hazel Lane Espresso Coffee Beans, Dark Roast, 1kg", 14.99),
                    ("Colombian Ground Coffee, Medium Roast, 227g", 4.29), ("Decaf Coffee Beans, 500g", 8.49)),
    "mokapot": items(f"{COFFEE} > Coffee Makers", ("Caffetto Moka Pot, 6 Cup, Aluminium, Silver", 24.99),
                     ("Stovetop Moka Pot, 3 Cup, Red", 17.99),
                     ("Induction Moka Pot, Stainless Steel, 4 Cup, Black", 32.99),
                     ("Caffetto Moka Pot, 2 Cup, Red", 14.99), ("Mini Moka Pot, 1 Cup, Silver", 12.99)),
    "mokapot_acc": items(f"{COFFEE} > Coffee Maker Parts",
                         ("Moka Pot Replacement Gasket and Filter Plate, 6 Cup", 6.49),
                         ("Silicone Gaskets for Moka Pots, 3 Pack, Red", 4.99),
                         ("Replacement Handle for Moka Pot, Red", 7.99),
                         ("Heat Diffuser Plate for Moka Pot, Induction", 9.99)),
    "noise": each(("Plain Flour, 1.5kg", f"{FD} > Baking > Flour", 0.89),
                  ("Golden Syrup, 454g", f"{FD} > Baking > Syrups", 1.35),
                  ("Pure Maple Syrup, 250ml", f"{FD} > Baking > Syrups", 5.79)),
}

B, U, T, CT = "Bakeware", "Kitchen Utensils", "Kitchen Tools", "Coffee & Tea Tools"

GADGETS = {
    "bakingpaper": items(f"{B} > Paper & Liners", ("Bakewise Baking Paper Roll, 38cm x 10m", 2.49),
                         ("Pre-Cut Baking Paper Sheets, Non-Stick, 100 Pack", 4.99),
                         ("Unbleached Baking Paper, Compostable, 30cm x 25m", 5.49)),
    "paper": items(f"{B} > Paper & Liners", ("Greaseproof Paper, 37cm x 50m", 3.29), ("Wax Paper Roll, 30m", 2.99),
                   ("Parchment Paper Rounds, 20cm, 50 Pack", 3.79)),
    "paperbaking": items(f"{B} > Paper & Liners", ("Paper Baking Cups, Standard Muffin Size, 200 Pack", 2.99),
                         ("Paper Baking Moulds for Panettone, 10 Pack", 5.99),
                         ("Paper Baking Cases, Gold Foil, 100 Pack", 3.49)),
    "tinopener": items(f"{U} > Openers", ("Swift Tin Opener, Soft Grip, Black", 6.99),
                       ("Smooth Edge Tin Opener, Side Cut", 9.99),
                       ("Butterfly Tin Opener, Stainless Steel", 4.49)),
    "tin": items(f"{B} > Cake Tins", ("Bakewise Round Cake Tin, Loose Base, 20cm", 8.99),
                 ("Springform Cake Tin, Non-Stick, 23cm", 11.99), ("2lb Loaf Tin, Carbon Steel", 6.49)),
    "bagclip": items(f"{T} > Food Storage", ("Bag Clips, Assorted Colours, 12 Pack", 3.99),
                     ("Magnetic Bag Clips, Large, 6 Pack", 5.49), ("Stainless Steel Bag Clips, 10 Pack", 6.99)),
    "bag": items(f"{T} > Food Storage", ("Freezer Bags, Medium, 50 Pack", 2.19),
                 ("Reusable Silicone Food Bags, 4 Pack", 12.99),
                 ("Zip Seal Sandwich Bags, 100 Pack", 2.49)),
    "mandoline": items(f"{T} > Slicers & Graters", ("Slicewell Mandoline Slicer, Adjustable, Green", 24.99),
                       ("Mandoline Slicer with 5 Blades, Julienne, Black", 19.99),
                       ("Handheld Mandoline Slicer, V-Blade, Green", 14.99),
                       ("Professional Mandoline Slicer, Stainless Steel, Foldable", 39.99),
                       ("Compact Mandoline Slicer, White", 11.99)),
    "mandoline_acc": items(f"{T} > Slicers & Graters > Slicer Parts",
                           ("Replacement Blades for Mandoline Slicer, Julienne Set", 8.99),
                           ("Mandoline Slicer Replacement Food Holder, Green", 5.99),
                           ("Cut-Resistant Gloves for Mandoline Slicers, Green, M", 6.99),
                           ("Storage Case for Mandoline Slicer Blades", 7.49)),
    "pastamaker": items(f"{T} > Pasta Tools", ("Ravelli Pasta Maker, 9 Thickness Settings, Silver", 39.99),
                        ("Electric Pasta Maker, 8 Shapes, White", 119.99), ("Pasta Maker, Hand Crank, Red", 24.99),
                        ("Compact Pasta Maker with Table Clamp, Silver", 27.99)),
    "pastamaker_acc": items(f"{T} > Pasta Tools > Pasta Maker Parts",
                            ("Ravioli Attachment for Pasta Maker, 150mm", 29.99),
                            ("Motor for Pasta Maker, Silver", 49.99),
                            ("Pasta Maker Replacement Crank Handle, Silver", 6.99),
                            ("Cleaning Brushes for Pasta Maker, 3 Pack", 5.49)),
    "coldbrew": items(f"{CT} > Cold Brew", ("Cold Brew Coffee Maker, 1.5L Glass Pitcher", 24.99),
                      ("Brewline Cold Brew Maker, 2L, Airtight Lid", 34.99),
                      ("Mason Jar Cold Brew Maker, 64oz", 19.99)),
    "coldbrew_acc": items(f"{CT} > Cold Brew", ("Replacement Filter for Cold Brew Maker, 1.5L", 9.99),
                          ("Cold Brew Maker Replacement Lid, Black", 7.99),
                          ("Silicone Seal Rings for Cold Brew Makers, 2 Pack", 5.99)),
    "noise": each(("Kitchen Timer, Magnetic, Digital", f"{T} > Timers", 7.99),
                  ("Silicone Whisk, 25cm", f"{U} > Whisks", 4.99)),
}

F, DR = "食品", "Drinks"
NOODLE, SAUCE, SODA = f"{F} > 麺類", f"{F} > 調味料 > ソース", "キッチン家電 > 炭酸水メーカー"

FOOD = {
    "sobacha": items(f"{DR} > Japanese Tea", ("そば茶 韃靼 ティーバッグ 5g×30包", 980), ("国産 そば茶 500g 焙煎 ノンカフェイン", 1280),
                     ("韃靼そば茶 ティーパック 40包 北海道産", 1480)),
    "tea": items(f"{DR} > Japanese Tea", ("ほうじ茶 ティーバッグ 2g×50袋", 598), ("緑茶 深蒸し 100g 静岡産", 1080),
                 ("玄米茶 抹茶入り 200g", 698)),
    "chasoba": items(f"{NOODLE} > そば", ("茶そば 乾麺 200g×3袋 宇治抹茶", 780), ("信州 茶そば 5人前 つゆ付き", 1380),
                     ("茶そば 抹茶入り 250g 国産", 498)),
    "soba": items(f"{NOODLE} > そば", ("十割そば 乾麺 200g×4袋", 1180), ("二八そば 信州 500g", 780),
                  ("生そば 3人前 つゆ付き 冷蔵", 980)),
    "yakisobasauce": items(SAUCE, ("焼きそばソース 業務用 2.1kg", 980), ("焼きそばソース 濃厚 300ml", 298),
                           ("屋台 焼きそばソース 270g 2本セット", 580)),
    "sauce": items(SAUCE, ("お好みソース 500g", 348), ("ウスターソース 500ml", 298), ("とんかつソース 濃厚 300ml", 268)),
    "sauceyakisoba": items(f"{NOODLE} > 焼きそば", ("ソース焼きそば カップ麺 大盛 12個", 2280),
                           ("ソース焼きそば 袋麺 5食パック", 498), ("ソース焼きそば 冷凍 ちぢれ麺 2食", 598)),
    "yakisoba": items(f"{NOODLE} > 焼きそば", ("塩焼きそば 袋麺 5食パック", 498), ("焼きそば 麺 蒸し 業務用 150g×5玉", 398),
                      ("上海焼きそば 冷凍 2食", 580)),
    "mugicha": items(f"{DR} > Barley Tea", ("麦茶 ティーバッグ 水出し 10g×52袋", 298), ("六条麦茶 煮出し 54袋 国産", 398),
                     ("麦茶 ペットボトル 2L×6本", 1080)),
    "mugicha_acc": items("キッチン用品 > 冷水筒", ("麦茶用 冷水筒 2.1L 横置き 白", 880), ("冷水筒 麦茶用 2L 洗いやすい", 698),
                         ("麦茶対応 水出しボトル 1L", 498)),
    "sodamaker": items(SODA, ("炭酸水メーカー 白 スターターキット 60L", 12800), ("炭酸水メーカー コンパクト 白 電源不要", 7980),
                       ("炭酸水メーカー 自動 ボタン式 白", 9980), ("炭酸水メーカー スリム 赤", 6980)),
    "sodamaker_acc": items(f"{SODA} > 専用ボトル・ガス", ("炭酸水メーカー用 専用ボトル 1L 白 2本", 1980),
                           ("炭酸水メーカー専用 ガスシリンダー 60L 交換用", 2980), ("ボトル 炭酸水メーカー用 白 0.5L", 1280)),
    "granola": items(f"{F} > シリアル", ("Crunchy Granola, Honey & Almond, 500g", 980),
                     ("Maple Pecan Granola, Gluten Free, 350g", 1180), ("グラノーラ フルーツ 徳用 800g", 798)),
    "chamomile": items(f"{DR} > Herbal Tea", ("Organic Chamomile Tea, 20 Bags", 680),
                       ("Chamomile & Honey Herbal Tea, 40 Bags", 980), ("カモミールティー ティーバッグ 30包 ノンカフェイン", 880)),
    "noise": each(("Peppermint Tea, 20 Bags", f"{DR} > Herbal Tea", 580),
                  ("オートミール ロールドオーツ 1kg", f"{F} > シリアル", 698)),
}

SK, SZ, KZ, BT = "製菓材料", "製菓道具", "キッチン雑貨", "Baking Tools"
BREAD, DECO = f"{SZ} > 焼き型 > 食パン型", f"{SZ} > デコレーション"

BAKING = {
    "chocomold": items(f"{SZ} > 抜き型・モールド", ("チョコレート型 シリコン ハート 15個取り", 580),
                       ("チョコレート型 ポリカーボネート ボンボン 21個", 1980), ("チョコレート型 板チョコ 3枚取り", 680)),
    "choco": items(f"{SK} > チョコレート", ("製菓用 チョコレート スイート カカオ56% 1kg", 2480),
                   ("クーベルチュール チョコレート ミルク 500g", 1680), ("チョコレート ホワイト タブレット 200g", 598)),
    "butterdish": items(f"{KZ} > 保存容器", ("バターケース ガラス 450g 蓋付き", 1480), ("バターケース ホーロー 木蓋 200g 白", 1980),
                        ("バターケース カット 5g 目盛り付き", 980)),
    "butter": items(f"{SK} > 乳製品", ("発酵バター 食塩不使用 450g", 1280), ("無塩バター 200g 北海道", 598),
                    ("バター 有塩 200g 国産", 548)),
    "breadtin": items(BREAD, ("食パン型 1斤 フタ付き アルタイト シルバー", 2480), ("食パン型 1.5斤 フッ素加工 黒", 2980),
                      ("食パン型 1斤 ブリキ シルバー", 1480), ("食パン型 ミニ 2個セット シルバー", 1680),
                      ("食パン型 0.5斤 シリコン 赤", 880)),
    "breadtin_acc": items(f"{SZ} > 焼き型 > 型用品", ("食パン型用 フタ 1斤 シルバー", 980), ("食パン型専用 敷き紙 1斤 50枚", 380),
                          ("食パン型対応 離型オイル スプレー", 780)),
    "turntable": items(DECO, ("回転台 デコレーション プラスチック 白 28cm", 980), ("回転台 ロック付き 白 30cm", 1780),
                       ("回転台 ステンレス 滑り止め付き シルバー", 3480), ("回転台 ミニ 黒 20cm", 780)),
    "turntable_acc": items(f"{DECO} > 付属品", ("回転台用 滑り止めシート 白 2枚", 380), ("回転台専用 収納ケース 白", 980),
                           ("交換用 ベアリング 回転台対応", 480)),
    "mixingbowl": items(f"{BT} > Mixing Bowls", ("Stainless Steel Mixing Bowls, Set of 3", 2480),
                        ("Mixing Bowl with Pour Spout, 3L, Non-Slip Base", 1680), ("ミキシングボウル ステンレス 24cm 目盛り付き", 1280)),
    "spatula": items(f"{BT} > Spatulas", ("Silicone Spatula Set, 3 Piece, Heat Resistant", 1280),
                     ("Offset Spatula, Stainless Steel, 8 inch", 780), ("スパチュラ シリコン 一体型 耐熱 小", 480)),
    "bakingpowder": items(f"{SK} > 膨張剤", ("Aluminium-Free Baking Powder, 200g", 480),
                          ("Double Acting Baking Powder, 227g", 580),
                          ("ベーキングパウダー アルミフリー 4g×8袋", 198)),
    "rollingpin": items(f"{BT} > Rolling Pins", ("麺棒 木製 45cm", 780), ("麺棒 ステンレス 40cm 製菓用", 1280),
                        ("麺棒 ガス抜き パン作り 凸凹", 580)),
    "siliconemat": items(f"{BT} > Baking Mats", ("Silicone Baking Mat, Half Sheet, 42x29cm", 1280),
                         ("Silicone Baking Mats, 2 Pack, Macaron Pattern", 1680), ("シリコンマット 製菓 目盛り付き 60×40cm", 1480)),
    "noise": each(("重曹 食用 1kg", f"{SK} > 膨張剤", 398), ("Baking Soda, Pure, 454g", f"{SK} > 膨張剤", 498),
                  ("キッチンタイマー マグネット 白", f"{KZ} > タイマー", 980),
                  ("計量スプーン 5本セット ステンレス", f"{SZ} > 計量", 680)),
}

SHOPS = {"pantry": PANTRY, "gadgets": GADGETS, "food": FOOD, "baking": BAKING}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pantry", "cookie butter", "cookiebutter", ["butter"], ["buttercookie"]),
    two_types("pantry", "butter cookies", "buttercookie", ["cookie"], ["cookiebutter"]),
    two_types("pantry", "pudding rice", "puddingrice", ["rice"], ["ricepudding"]),
    two_types("gadgets", "baking paper", "bakingpaper", ["paper"], ["paperbaking"]),
    two_types("food", "そば茶", "sobacha", ["tea"], ["chasoba"]),
    two_types("food", "茶そば", "chasoba", ["soba"], ["sobacha"]),
    two_types("food", "焼きそばソース", "yakisobasauce", ["sauce"], ["sauceyakisoba"]),
    two_types("food", "ソース焼きそば", "sauceyakisoba", ["yakisoba"], ["yakisobasauce"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pantry", "oat milk", ["oatmilk"], ["oats"]),
    qualifies("pantry", "coffee syrup", ["coffeesyrup"], ["coffee"]),
    qualifies("pantry", "rice flour", ["riceflour"], ["rice", "puddingrice"]),
    qualifies("gadgets", "tin opener", ["tinopener"], ["tin"]),
    qualifies("gadgets", "bag clips", ["bagclip"], ["bag"]),
    qualifies("baking", "チョコレート 型", ["chocomold"], ["choco"]),
    qualifies("baking", "バターケース", ["butterdish"], ["butter"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("pantry", "moka pot", ["mokapot"], ["mokapot_acc"]),
    accessories("gadgets", "mandoline slicer", ["mandoline"], ["mandoline_acc"]),
    accessories("gadgets", "pasta maker", ["pastamaker"], ["pastamaker_acc"]),
    accessories("gadgets", "cold brew maker", ["coldbrew"], ["coldbrew_acc"]),
    accessories("food", "麦茶", ["mugicha"], ["mugicha_acc"]),
    accessories("food", "炭酸水メーカー", ["sodamaker"], ["sodamaker_acc"]),
    accessories("baking", "食パン型", ["breadtin"], ["breadtin_acc"]),
    accessories("baking", "回転台", ["turntable"], ["turntable_acc"]),
    # red moka pots: Stovetop 3 cup 17.99, Caffetto 2 cup 14.99 (a silver mini one 12.99; red gaskets 4.99,
    # a red handle 7.99)
    price("pantry", "budget red moka pot", "mokapot-3", ["mokapot_acc"]),
    # green mandoline slicers: Slicewell 24.99, handheld V-blade 14.99 (a white compact one 11.99; a green food
    # holder 5.99, green gloves 6.99)
    price("gadgets", "cheap green mandoline slicer", "mandoline-2", ["mandoline_acc"]),
    # silver pasta makers: Ravelli 39.99, compact with clamp 27.99 (a red hand-crank one 24.99; a silver crank
    # handle 6.99, a silver motor 49.99)
    price("gadgets", "cheap silver pasta maker", "pastamaker-3", ["pastamaker_acc"]),
    # white soda makers: starter kit 12800, compact 7980, automatic 9980 (a red slim one 6980; white bottles
    # 1980 and 1280)
    price("food", "安い 白 炭酸水メーカー", "sodamaker-1", ["sodamaker_acc"]),
    # white turntables: plastic 980, with lock 1780 (a black mini one 780; a white non-slip sheet 380, a white
    # case 980)
    price("baking", "格安 白 回転台", "turntable-0", ["turntable_acc"]),
    # silver bread tins: with lid 2480, tinplate 1480, mini pair 1680 (a red silicone one 880; a silver lid 980)
    price("baking", "お手頃 シルバー 食パン型", "breadtin-2", ["breadtin_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("food", "カモミールティー", "chamomile"),
    mixed("food", "グラノーラ", "granola"),
    mixed("food", "barley tea", "mugicha"),
    mixed("baking", "ミキシングボウル", "mixingbowl"),
    mixed("baking", "スパチュラ", "spatula"),
    mixed("baking", "ベーキングパウダー", "bakingpowder"),
    mixed("baking", "シリコンマット", "siliconemat"),
    mixed("baking", "rolling pin", "rollingpin"),
]

_BP = "two_types:gadgets:baking_paper"
_CM = "qualifies:baking:チョコレート_型"
_TT = "price:baking:格安_白_回転台"
LIMITS: dict = {
    ("blind80", _BP, "categories-lexical"): "paper baking moulds and cases rank above the parchment paper rounds",
    ("blind80", _BP, "categories-dense"): "paper baking cases come third, above a baking paper roll and the parchment "
                                          "paper rounds",
    **{("blind80", _CM, s): "a 食パン型対応 release spray and 食パン型 bread tins come third, above the silicone "
                            "heart チョコレート型" for s in ("categories-lexical", "categories-dense",
                                                           "categories-latin-only")},
    **{("blind80", _TT, s): "the white 回転台 with a lock (1780) first, the plastic white one (980) second"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind80(q: Q, setup: str, known_limit):
    known_limit("blind80")
    check(q, setup, ENGINES)


def test_blind80_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "green": "Green", "silver": "Silver", "白": "White",
                                 "シルバー": "Silver"})
