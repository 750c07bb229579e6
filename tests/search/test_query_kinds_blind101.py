"""A hundred-and-first blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in groceries and drinks: a wine, spirits and bar
shop (English), a pantry of spreads, condiments, spice mills and oil dispensers (English), a
Japanese shop of seasonings and dried goods 調味料・乾物 (昆布, だし, 味噌こし, すり鉢, 調味料入れ;
part of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: balsamic vinegar, truffle oil, pepper mills) and a Japanese shop of お酒 and 酒器 (樽酒,
酒樽, 焼酎サーバー, ビールサーバー, ワインセラー; English-titled barware imports: shot glasses,
wine aerators, bar spoons). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("cherry brandy" / "brandy cherries", "wine box" /
   "box wine", だし昆布 / 昆布だし, 樽酒 / 酒樽);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (katakana loanwords) over English-titled imports, and two English
   queries over Japanese titles under an English category tree: the top three are of the query's
   kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (101st suite), as a measurement only (nothing changed for it):
88 of 94 cases pass, 34 of 37 queries in every setup (two_types 6/8 queries, 16/20 cases;
qualifies 7/7, 17/17; accessories 7/8, 18/20; price 6/6, 15/15; mixed 8/8, 22/22). The 6 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "cherry brandy" with the
bag-of-words encoder only (a jar of brandy cherries above the cognac); 昆布だし in all three
setups (read as a 昆布: とろろ昆布 and the だし昆布 first, no 昆布だし in the top five, the other
だし not shown); "cocktail smoker" in both setups (the "Cocktail Smoker Replacement Butane Torch"
first, above the smoker kit).

After (a noun then "だし", which Sudachi reads as a copula and a particle and so dropped, is the noun
だし: 昆布だし is a だし; the sixteenth session): 昆布だし passes.
After (an English "X Replacement Y" title is a Y made for X, as "Y for X" is; the seventeenth
session): "cocktail smoker" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W, BT = "Wine & Spirits", "Bar & Entertaining"

BAR = {
    "cherrybrandy": items(f"{W} > Liqueurs", ("Halden Cherry Brandy, Danish Liqueur, 70cl, 24%", 22),
                          ("Cherry Brandy Liqueur, Morello, 50cl", 16), ("Old Orchard Cherry Brandy, 1L", 27)),
    "brandy": items(f"{W} > Brandy & Cognac", ("Maison Durel VSOP Cognac, 70cl", 39),
                    ("Solera Reserva Spanish Brandy, 70cl", 24)),
    "brandycherry": items(f"{BT} > Cocktail Garnishes", ("Brandy Cherries in Syrup, Morello, 400g Jar", 8),
                          ("Halden Brandy Cherries, Dark Sweet, 350g", 9), ("Luxury Brandy Cherries, Stemmed, 700g", 15)),
    "cherry": items(f"{BT} > Cocktail Garnishes", ("Maraschino Cherries, Stemless, 1L Jar", 7),
                    ("Amarena Cherries in Syrup, 400g", 9), ("Cocktail Cherries with Stems, Dark Red, 750g", 11)),
    "winebox": items(f"{BT} > Gift Boxes", ("Wooden Wine Box, Single Bottle, Sliding Lid, Pine", 14),
                     ("Oak Wine Box for 3 Bottles, Rope Handles", 29), ("Leather Wine Box, 2 Bottle Gift Case, Brown", 39)),
    "box": items(f"{BT} > Gift Boxes", ("Kraft Gift Box with Ribbon, Large, 5 Pack", 12),
                 ("Magnetic Gift Box, Black, 30 x 20cm, 2 Pack", 15), ("Bottle Gift Box, Tube, Black", 9)),
    "boxwine": items(f"{W} > Wine > Box Wine", ("Vinterra Cabernet Sauvignon Box Wine, 3L Bag in Box", 26),
                     ("Merlot Box Wine, 3L, Chile", 22), ("Sauvignon Blanc Box Wine, 2.25L, South Africa", 19)),
    "wine": items(f"{W} > Wine > Red Wine", ("Vinterra Rioja Crianza Red Wine, 75cl", 12),
                  ("Malbec Red Wine, Mendoza, 6 x 75cl", 59))
    + items(f"{W} > Wine > White Wine", ("Marlborough Sauvignon Blanc White Wine, 75cl", 11)),
    "whiskystones": items(f"{BT} > Bar Tools > Chilling", ("Whisky Stones, Soapstone, 9 Pack with Velvet Pouch", 14),
                          ("Stainless Steel Whisky Stones, 8 Pack, Freezer Tray", 19),
                          ("Granite Whisky Stones Gift Set with 2 Tumblers", 29)),
    "whisky": items(f"{W} > Whisky", ("Glen Aird 12 Year Old Single Malt Scotch Whisky, 70cl", 42),
                    ("Blended Scotch Whisky, 1L", 22)),
    "flute": items(f"{BT} > Glassware > Flutes", ("Crystal Champagne Flutes, Set of 4, 210ml", 29),
                   ("Stemless Champagne Flutes, 2 Pack", 15), ("Champagne Flutes, Hollow Stem, Gold Rim, Set of 2", 24)),
    "champagne": items(f"{W} > Sparkling Wine", ("Brut Champagne, Non-Vintage, 75cl", 34),
                       ("Rosé Champagne, Brut, 75cl", 44)),
    "keg": items(f"{BT} > Beer Dispensing > Mini Kegs", ("Pressurised Mini Keg, 5L, Stainless Steel, Silver", 69),
                 ("Mini Keg Growler, 3.6L, CO2 Regulator Cap, Black", 79), ("Brewmate Mini Keg, 5L, with Tap, Copper", 89),
                 ("Mini Keg, 2L, Double Wall, Silver", 49), ("Mini Keg, 4L, Matte Black, Tap", 39)),
    "keg_acc": items(f"{BT} > Beer Dispensing > Keg Accessories", ("CO2 Cartridges for Mini Kegs, 16g, 10 Pack", 14),
                     ("Mini Keg Replacement Tap, Silver", 12), ("Drip Tray for Mini Kegs, Stainless, Silver", 9)),
    "smoker": items(f"{BT} > Bar Tools > Cocktail Smokers", ("Cocktail Smoker Kit with Torch, Oak Top, 4 Wood Flavours", 39),
                    ("Cocktail Smoker Top, Cherry Wood, Black", 24),
                    ("Handheld Cocktail Smoker Gun, Rechargeable, Black", 29)),
    "smoker_acc": items(f"{BT} > Bar Tools > Cocktail Smokers",
                        ("Wood Chips for Cocktail Smokers, Cherry & Oak, 4 Jars", 12),
                        ("Replacement Mesh Screens for Cocktail Smokers, 20 Pack", 6),
                        ("Cocktail Smoker Replacement Butane Torch", 15)),
    "noise": each(("Prosecco, Extra Dry, 75cl", f"{W} > Sparkling Wine", 11)),
}

P, ST, KT = "Pantry", "Snacks & Sweets", "Kitchen Tools"
MILLS = f"{KT} > Mills & Grinders"

PANTRY = {
    "honeymustard": items(f"{P} > Condiments > Mustard", ("Honey Mustard, Smooth, 250g Jar", 3.5),
                          ("Beekeeper's Honey Mustard Dressing, 240ml", 4.2), ("Wholegrain Honey Mustard, 200g", 3.9)),
    "mustard": items(f"{P} > Condiments > Mustard", ("Dijon Mustard, Extra Strong, 215g", 2.8)),
    "honey": items(f"{P} > Spreads > Honey", ("Wildflower Honey, Raw, 454g", 7.5), ("Acacia Honey, Clear, 340g", 6.2),
                   ("Beekeeper's Set Honey, Creamed, 500g", 8.0)),
    "chocspread": items(f"{P} > Spreads > Sweet Spreads", ("Hazelnut Chocolate Spread, 400g", 3.9),
                        ("Dark Chocolate Spread, Palm Oil Free, 350g", 4.5),
                        ("Cocoa Hazelnut Chocolate Spread, Vegan, 300g", 5.2)),
    "chocolate": items(f"{ST} > Chocolate", ("Swiss Milk Chocolate, 3 x 100g", 5.5),
                       ("70% Dark Chocolate Bar, Sea Salt, 100g", 2.9), ("Dark Chocolate Buttons for Baking, 500g", 6.5)),
    "pepmill": items(f"{MILLS} > Pepper Mills", ("Wooden Pepper Mill, Ceramic Mechanism, 20cm, Walnut", 24),
                     ("Electric Pepper Mill, Gravity Sensor, LED, Silver", 29),
                     ("Acrylic Pepper Mill, Adjustable Coarseness, Clear", 18),
                     ("Pepper Mill and Salt Mill Set, Stainless Steel", 32)),
    "pepmill_acc": each(("Replacement Ceramic Mechanism for Pepper Mills", f"{MILLS} > Mill Parts", 9),
                        ("Whole Black Peppercorns, Refill for Pepper Mills, 250g", f"{P} > Spices", 6),
                        ("Pepper Mill Replacement Top Nut, 2 Pack", f"{MILLS} > Mill Parts", 5)),
    "grinder": items(f"{MILLS} > Spice Grinders", ("Electric Spice Grinder, 200W, Stainless Bowl, Black", 24),
                     ("Manual Spice Grinder, Ceramic Burr, Black", 15),
                     ("Electric Spice Grinder, Removable Bowl, White", 13),
                     ("Spice Grinder, Cordless, Rechargeable, Black", 34)),
    "grinder_acc": items(f"{MILLS} > Mill Parts", ("Replacement Bowl for Electric Spice Grinders, Black", 9),
                         ("Cleaning Brush for Spice Grinders, Black, 2 Pack", 4)),
    "dispenser": items(f"{KT} > Oil & Vinegar > Oil Dispensers", ("Olive Oil Dispenser Bottle, Glass, 500ml, Green", 14),
                       ("Oil Dispenser, Stainless Steel, Drip-Free Spout, 750ml, Silver", 19),
                       ("Ceramic Oil Dispenser, 400ml, Sage Green", 22),
                       ("Oil and Vinegar Dispenser Set, 2 x 250ml, Clear Glass", 9),
                       ("Oil Dispenser Bottle, 1L, Dark Green Glass, Stainless Pourer", 12)),
    "dispenser_acc": items(f"{KT} > Oil & Vinegar > Pourers & Parts",
                           ("Replacement Pourer Spouts for Oil Dispensers, 4 Pack, Green", 5),
                           ("Oil Dispenser Replacement Lids, Silicone, Green, 2 Pack", 4),
                           ("Dust Caps for Oil Dispensers, Green, 6 Pack", 3)),
    "noise": each(("Extra Virgin Olive Oil, Cold Pressed, 1L", f"{P} > Oils", 9),
                  ("Smoked Paprika, Sweet, 100g", f"{P} > Spices", 3), ("Ground Cumin, 200g", f"{P} > Spices", 3)),
}

CH, DR, KY, SE = "調味料", "乾物", "キッチン用品", "Seasonings"

DASHI = {
    "dashikombu": items(f"{DR} > 昆布", ("だし昆布 北海道産 日高 200g", 980), ("羅臼 だし昆布 天然 100g", 1480),
                        ("だし昆布 利尻 業務用 500g", 2980)),
    "kombu": items(f"{DR} > 昆布", ("早煮昆布 日高産 煮物用 120g", 580), ("刻み昆布 北海道産 50g", 380),
                   ("とろろ昆布 無添加 40g", 430)),
    "kombudashi": items(f"{CH} > だし", ("昆布だし 顆粒 無添加 60g", 480), ("昆布だし 液体 濃縮 500ml", 680),
                        ("昆布だし 粉末 スティック 8g×30本", 780)),
    "dashi": items(f"{CH} > だし", ("かつおだし 顆粒 無添加 100g", 580), ("あごだし 粉末 国産 50g", 650),
                   ("白だし 500ml 鰹節 料亭", 498)),
    "misokoshi": items(f"{KY} > 調理小物", ("味噌こし ステンレス 柄付き 日本製", 1280), ("味噌こし マドラー付き 計量 2点セット", 980),
                       ("味噌こし 極細目 深型 14cm", 880)),
    "miso": items(f"{CH} > 味噌", ("米味噌 信州 無添加 1kg", 780), ("麦味噌 九州 甘口 750g", 650)),
    "suribachi": items(f"{KY} > すり鉢", ("すり鉢 美濃焼 6号 18cm 白", 1680), ("すり鉢 萬古焼 7号 21cm 黒 櫛目", 2180),
                       ("すり鉢 小 4号 12cm 黒 ごますり", 980), ("すり鉢 プラスチック 滑り止め付き 20cm 白", 780),
                       ("Japanese Suribachi Mortar and Pestle Set, 18cm, Black", 2480)),
    "suribachi_acc": items(f"{KY} > すり鉢 > すり鉢小物", ("すり鉢用 すりこぎ 山椒の木 24cm", 880),
                           ("すり鉢専用 滑り止め シリコンマット 黒", 480), ("すり鉢対応 櫛目ブラシ 掃除用 黒", 380)),
    "pot": items(f"{KY} > 調味料入れ", ("調味料入れ 密閉 プラスチック 500ml 白", 580), ("調味料入れ ガラス 木蓋 2個 クリア", 1280),
                 ("調味料入れ ステンレス 3連 黒", 2480), ("調味料入れ ワンタッチ 4個 クリア", 480),
                 ("調味料入れ 塩 砂糖 セラミック 2個 白", 1480)),
    "pot_acc": items(f"{KY} > 調味料入れ > 交換パーツ", ("調味料入れ用 スプーン 白 5本", 280),
                     ("調味料入れ専用 パッキン 交換用 白 2個", 180), ("ラベルシール 調味料入れ用 白 耐水 40枚", 330)),
    "balsamic": items(f"{SE} > Vinegar", ("Balsamic Vinegar of Modena IGP, 500ml", 1280),
                      ("Aged Balsamic Vinegar, 12 Years, 250ml", 3480), ("Organic Balsamic Vinegar, 500ml", 1580),
                      ("バルサミコ酢 モデナ産 250ml", 880)),
    "vinegar": items(f"{CH} > 酢", ("米酢 純米 900ml", 498)),
    "truffle": items(f"{SE} > Oils", ("White Truffle Oil, 250ml", 2480), ("Black Truffle Infused Olive Oil, 100ml", 1980),
                     ("トリュフオイル 黒トリュフ 100ml", 1680)),
    "sesame": items(f"{SE} > Oils > Sesame Oil", ("ごま油 純正 600g", 698), ("太白ごま油 450g", 580),
                    ("焙煎 ごま油 国産 200g", 880)),
    "pepmill": items(f"{KY} > ミル", ("Wooden Pepper Mill, Ceramic Burr, 20cm", 2480),
                     ("Electric Pepper Mill, Gravity Sensor, Black", 2980), ("ペッパーミル 木製 手動 15cm", 1480)),
    "noise": each(("ブラックペッパー 粗挽き 100g", f"{CH} > スパイス", 398),
                  ("オリーブオイル エキストラバージン 500ml", f"{SE} > Oils", 1280)),
}

OS, SK, SW, BW, KD = "お酒", "酒器", "Sake Ware", "Barware", "家電"

SAKE = {
    "tarusake": items(f"{OS} > 日本酒", ("樽酒 吉野杉 辛口 1800ml", 2980), ("樽酒 本醸造 720ml 杉樽貯蔵", 1480),
                      ("上撰 樽酒 300ml 3本セット", 1680)),
    "sake": items(f"{OS} > 日本酒", ("日本酒 辛口 本醸造 1800ml", 1980), ("純米吟醸 日本酒 山田錦 720ml", 1680),
                  ("日本酒 飲み比べ セット 300ml×5本", 2980), ("純米酒 生酛 720ml 秋田", 1580)),
    "sakedaru": items(f"{SK} > 酒樽", ("酒樽 鏡開き用 2升 ミニ 菰樽", 6800), ("酒樽 4斗 飾り樽 空樽 イベント用", 12800),
                      ("ミニ 酒樽 1升 木製 蛇口付き", 4980)),
    "taru": items(f"{SK} > 樽", ("オーク樽 ミニ 3L 熟成用 ウイスキー", 5980), ("木樽 5L 蛇口付き スタンド付き", 7800)),
    "shochuserver": items(f"{SK} > 焼酎サーバー", ("焼酎サーバー 有田焼 1.8L 蛇口付き", 4980),
                          ("焼酎サーバー 信楽焼 3L 木台付き", 6980), ("焼酎サーバー ガラス 1L 注ぎ口 冷蔵庫", 2480)),
    "shochu": items(f"{OS} > 焼酎", ("芋焼酎 25度 1800ml 鹿児島", 2180), ("麦焼酎 25度 720ml 大分", 1180),
                    ("米焼酎 球磨 25度 900ml", 1380)),
    "sakeglass": items(f"{SW} > Sake Glasses", ("日本酒 グラス 冷酒 薄はり 2個セット", 2480),
                       ("日本酒グラス 利き酒 ガラス 90ml 5個", 1980), ("冷酒グラス 日本酒 ぐい呑み型 ガラス 4個", 1680)),
    "sakewarmer": items(f"{SW} > Sake Warmers", ("酒燗器 電気式 徳利付き 2合", 4980), ("ちろり 錫 酒燗器 湯煎 1合", 3480),
                        ("卓上 酒燗器 陶器 ろうそく式", 2980)),
    "beerserver": items(f"{KD} > ビールサーバー", ("ビールサーバー 超音波 缶 家庭用 シルバー", 2980),
                        ("ビールサーバー 瓶 缶 両用 電池式 ブラック", 1980), ("ビールサーバー スタンド型 保冷 2L シルバー", 5980),
                        ("ビールサーバー ハンディ 超音波 ホワイト", 1580), ("ビールサーバー 缶ホルダー付き 充電式 シルバー", 2480)),
    "beerserver_acc": items(f"{KD} > ビールサーバー > 交換パーツ", ("ビールサーバー用 缶アダプター 350ml 500ml シルバー", 480),
                            ("ビールサーバー専用 保冷剤 2個", 680), ("ビールサーバー対応 交換ノズル シルバー", 380)),
    "winecellar": items(f"{KD} > ワインセラー", ("ワインセラー 8本 ペルチェ式 静音 ブラック", 19800),
                        ("ワインセラー 18本 コンプレッサー式 2温度", 39800), ("ワインセラー 12本 日本酒対応 UVカット", 29800)),
    "winecellar_acc": items(f"{KD} > ワインセラー > 付属品", ("ワインセラー用 棚板 交換 木製", 1280),
                            ("ワインセラー専用 活性炭フィルター 2枚", 880), ("ワインセラー対応 デジタル温度計", 980)),
    "shotglass": items(f"{BW} > Shot Glasses", ("Shot Glasses, Heavy Base, 60ml, Set of 6", 1480),
                       ("Crystal Shot Glasses, 2oz, 4 Pack", 1980), ("ショットグラス 強化ガラス 45ml 6個", 980)),
    "aerator": items(f"{BW} > Wine Aerators", ("Wine Aerator Pourer, Acrylic, Gift Box", 1280),
                     ("Electric Wine Aerator, One Touch, Rechargeable", 3980), ("エアレーター ワイン用 注ぎ口 ステンレス", 980)),
    "barspoon": items(f"{BW} > Bar Tools", ("Bar Spoon, Stainless Steel, Twisted Handle, 30cm", 880),
                      ("Bar Spoon with Fork End, Gold, 32cm", 1180), ("バースプーン ステンレス 27cm 日本製", 1480)),
    "noise": each(("Cocktail Jigger, Double, 30/45ml, Stainless Steel", f"{BW} > Bar Tools", 980)),
}

SHOPS = {"bar": BAR, "pantry": PANTRY, "dashi": DASHI, "sake": SAKE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bar", "cherry brandy", "cherrybrandy", ["brandy"], ["brandycherry"]),
    two_types("bar", "brandy cherries", "brandycherry", ["cherry"], ["cherrybrandy"]),
    two_types("bar", "wine box", "winebox", ["box"], ["boxwine"]),
    two_types("bar", "box wine", "boxwine", ["wine"], ["winebox"]),
    two_types("dashi", "だし昆布", "dashikombu", ["kombu"], ["kombudashi"]),
    two_types("dashi", "昆布だし", "kombudashi", ["dashi"], ["dashikombu"]),
    two_types("sake", "樽酒", "tarusake", ["sake"], ["sakedaru"]),
    two_types("sake", "酒樽", "sakedaru", ["taru"], ["tarusake"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bar", "whisky stones", ["whiskystones"], ["whisky"]),
    qualifies("bar", "champagne flutes", ["flute"], ["champagne"]),
    qualifies("pantry", "honey mustard", ["honeymustard"], ["honey"]),
    qualifies("pantry", "chocolate spread", ["chocspread"], ["chocolate"]),
    qualifies("dashi", "味噌こし", ["misokoshi"], ["miso"]),
    qualifies("sake", "焼酎サーバー", ["shochuserver"], ["shochu"]),
    qualifies("sake", "日本酒 グラス", ["sakeglass"], ["sake"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bar", "mini keg", ["keg"], ["keg_acc"]),
    accessories("bar", "cocktail smoker", ["smoker"], ["smoker_acc"]),
    accessories("pantry", "pepper mill", ["pepmill"], ["pepmill_acc"]),
    accessories("pantry", "oil dispenser", ["dispenser"], ["dispenser_acc"]),
    accessories("dashi", "すり鉢", ["suribachi"], ["suribachi_acc"]),
    accessories("dashi", "調味料入れ", ["pot"], ["pot_acc"]),
    accessories("sake", "ビールサーバー", ["beerserver"], ["beerserver_acc"]),
    accessories("sake", "ワインセラー", ["winecellar"], ["winecellar_acc"]),
    # silver mini kegs: 5L 69, 2L 49 (a black 4L one 39; a silver tap 12 and drip tray 9)
    price("bar", "budget silver mini keg", "keg-3", ["keg_acc"]),
    # green oil dispensers: 500ml 14, sage ceramic 22, 1L dark green 12 (a clear set 9; green spouts, lids and
    # caps 3-5)
    price("pantry", "cheap green oil dispenser", "dispenser-4", ["dispenser_acc"]),
    # black spice grinders: electric 24, manual 15, cordless 34 (a white one 13; a black bowl 9, black brushes 4)
    price("pantry", "affordable black spice grinder", "grinder-1", ["grinder_acc"]),
    # black すり鉢: 萬古焼 2180, 4号 980, English set 2480 (a white plastic one 780; a black mat 480, black brush 380)
    price("dashi", "格安 黒 すり鉢", "suribachi-2", ["suribachi_acc"]),
    # white 調味料入れ: plastic 580, ceramic 1480 (a clear 4-pack 480; white spoons 280, packing 180, labels 330)
    price("dashi", "安い 白 調味料入れ", "pot-0", ["pot_acc"]),
    # silver ビールサーバー: 2980, stand 5980, rechargeable 2480 (black 1980, white 1580; a silver adapter 480,
    # silver nozzle 380)
    price("sake", "激安 シルバー ビールサーバー", "beerserver-4", ["beerserver_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("dashi", "バルサミコ酢", "balsamic"),
    mixed("dashi", "トリュフオイル", "truffle"),
    mixed("dashi", "ペッパーミル", "pepmill"),
    mixed("dashi", "sesame oil", "sesame"),
    mixed("sake", "ショットグラス", "shotglass"),
    mixed("sake", "エアレーター", "aerator"),
    mixed("sake", "バースプーン", "barspoon"),
    mixed("sake", "sake warmer", "sakewarmer"),
]

LIMITS: dict = {
    ("blind101", "two_types:bar:cherry_brandy", "categories-dense"):
        "a jar of brandy cherries ranks above the cognac (brandy) with the fake encoder; lexical passes",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind101(q: Q, setup: str, known_limit):
    known_limit("blind101")
    check(q, setup, ENGINES)


def test_blind101_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"silver": "Silver", "green": "Green", "black": "Black", "黒": "Black", "白": "White",
                                 "シルバー": "Silver"})
