"""A hundred-and-twelfth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: home
butchery, sausage making, jerky and pressure canning (English: meat grinders and their plates and
grinder knives, knife grinders and butcher knives, sausage stuffers and sausages, jerky guns and
jerky, pressure canners and their parts), frozen pizza, pizza bakeware and frozen treats (English:
pan pizzas and pizza pans, pizza stones, snow cone machines and their parts, popsicle molds, ice
cream scoops), a Japanese noodle shop 麺類・製麺用品 (そば茶 and 茶そば, ラーメンどんぶり, そば猪口,
製麺機 and its parts; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords: Pasta, Pasta Sauce, Pasta Machine, Ramen) and a Japanese
ice cream and shaved-ice shop アイス・かき氷 (カップアイス and アイスカップ, かき氷機 and its blades,
かき氷シロップ, アイスクリームメーカー; English-titled imports too: Gelato ジェラート, Sherbet
シャーベット, Waffle Cones ワッフルコーン, and an English branch of its tree). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("knife grinder" a grinder, "grinder knife" a knife;
   "pan pizza" a pizza, "pizza pan" a pan; "そば茶" a tea, "茶そば" a soba; "カップアイス" an ice
   cream, "アイスカップ" a cup);
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

Written blind on 2026-12-01 (hundred-and-twelfth suite), as a measurement only (nothing changed
for it): 92 of 94 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 20/20 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 20/22); the 2 failing
cases (one query, "udon noodles", an English query over the noodle shop's Japanese udon titles
under its English "Noodles > Udon" tree, in both its setups: the English Instant Ramen Noodles
import ranks first) are strict xfails (`LIMITS`, through `conftest.known_limit`).
After (a query naming a leaf by a modifier and a level above it, the top too, by its type says that
category: "udon noodles" is "Noodles > Udon"; the seventeenth session): "udon noodles" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

BU, SA, JE, CA, MD = "Butchery", "Sausage Making", "Jerky & Curing", "Canning & Preserving", "Meat & Deli"
GRIND, KNIVES = f"{BU} > Meat Grinders", f"{BU} > Knives & Sharpening"

BUTCHER = {
    "grinder": items(GRIND, ("Hollin #12 Electric Meat Grinder, 1100W, Stainless Steel, Black", 189),
                     ("Hollin #5 Electric Meat Grinder, Reverse Function, 500W, Black", 99),
                     ("Cast Iron Manual Meat Grinder, Clamp-On, #10, Silver", 39),
                     ("Prairie #22 Commercial Meat Grinder, 1.5HP, Stainless Steel", 449),
                     ("Compact Electric Meat Grinder with Sausage Tubes, 350W, White", 79),
                     ("Prairie #8 Meat Grinder, 0.5HP, Black", 149)),
    "grinder_acc": items(f"{GRIND} > Grinder Parts", ("Grinder Plates for #12 Meat Grinders, 3 Pack, 4.5/8/10mm", 19),
                         ("Replacement Food Pusher for Meat Grinders, Black", 8),
                         ("Dust Cover for Meat Grinders, Black", 14),
                         ("Sausage Stuffing Tubes for Meat Grinders, 3 Sizes", 12)),
    "grinderknife": items(f"{GRIND} > Grinder Parts", ("Hollin Grinder Knife, #12, Replacement, Stainless Steel", 14),
                          ("Grinder Knife, 4-Wing Cross Blade, #22", 19),
                          ("Reversible Grinder Knife for #8 Meat Grinders", 12)),
    "knifegrinder": items(f"{KNIVES} > Knife Grinders", ("Wet Stone Knife Grinder, 200mm Wheel, Low Speed", 139),
                          ("Belt Knife Grinder, 1x30 inch, Variable Speed", 179),
                          ("Electric Knife Grinder, 3-Stage, Diamond Wheels", 59)),
    "knife": items(f"{KNIVES} > Butcher Knives", ("Hollin Boning Knife, 6 inch, Curved, Flexible", 29),
                   ("Breaking Knife, 10 inch, Stainless Steel", 39),
                   ("Cimeter Butcher Knife, 12 inch, Wood Handle", 49),
                   ("Skinning Knife, 5 inch, Black Handle", 24)),
    "stuffer": items(f"{SA} > Sausage Stuffers", ("Hollin Vertical Sausage Stuffer, 5L, 4 Tubes, Stainless", 119),
                     ("Horizontal Sausage Stuffer, 3L, Two Speed", 89),
                     ("Prairie Motorized Sausage Stuffer, 15lb", 399)),
    "casing": items(f"{SA} > Casings", ("Natural Hog Casings, 32-35mm, 1 Hank", 29),
                    ("Collagen Sausage Casings, 21mm, 20m", 12)),
    "sausage": items(f"{MD} > Sausages", ("Smoked Polish Sausage, Kielbasa, 1kg", 12),
                     ("Italian Sausage, Mild, 6 Links", 8),
                     ("Bratwurst Sausages, Beer Brined, 5 Pack", 9)),
    "jerkygun": items(f"{JE} > Jerky Guns", ("Hollin Jerky Gun, 1.5lb, 3 Nozzles, Aluminium", 34),
                      ("Jerky Gun, Stainless Steel, 5 Nozzles", 29), ("Jerky Gun, Plastic Barrel, 2 Tips, Red", 19)),
    "jerky": items(f"{MD} > Jerky", ("Beef Jerky, Original, 300g", 15), ("Teriyaki Beef Jerky, 200g", 11),
                   ("Turkey Jerky, Peppered, 100g", 7)),
    "canner": items(f"{CA} > Pressure Canners", ("Hollin 23 Quart Pressure Canner, Dial Gauge, Aluminium", 129),
                    ("Pressure Canner, 16 Quart, Weighted Gauge", 109),
                    ("Stainless Steel Pressure Canner, 30 Quart, Induction Ready", 259)),
    "canner_acc": items(f"{CA} > Pressure Canners > Canner Parts",
                        ("Replacement Sealing Ring for 23 Quart Pressure Canners", 15),
                        ("Regulator Weight for Pressure Canners, 5/10/15 psi", 24),
                        ("Canning Rack for Pressure Canners, Stainless", 12),
                        ("Hollin Pressure Canner Replacement Dial Gauge", 29)),
    "noise": each(("Water Bath Canner with Rack, 21 Quart, Enamel, Black", f"{CA} > Water Bath Canners", 39),
                  ("Wide Mouth Canning Jars, 16oz, 12 Pack", f"{CA} > Jars & Lids", 18),
                  ("Jerky Cure & Seasoning Kit, Hickory, 6 Flavours", f"{JE} > Cures & Seasonings", 14),
                  ("Stainless Meat Hooks, S-Shape, 10 Pack", f"{BU} > Hooks & Hangers", 12)),
}

FZ, BK, TR = "Frozen Food", "Bakeware", "Frozen Treats"

PIZZA = {
    "pizza": items(f"{FZ} > Pizza", ("Crestino Thin Crust Pizza, Margherita, 12 inch", 6),
                   ("Stone Baked Pizza, Pepperoni, 11 inch", 6), ("Gluten Free Veggie Pizza, 10 inch", 8),
                   ("French Bread Pizza, Cheese, 2 Pack", 5)),
    "pizza.pan": items(f"{FZ} > Pizza", ("Crestino Pan Pizza, Pepperoni, 12 inch", 7),
                       ("Deep Dish Pan Pizza, Four Cheese, 2 Pack", 9),
                       ("Crestino Pan Pizza, Supreme, Thick Crust", 7)),
    "pan.pizza": items(f"{BK} > Pizza Pans", ("Hollin Pizza Pan, 14 inch, Perforated, Non-Stick, Black", 19),
                       ("Deep Dish Pizza Pan, 12 inch, Hard Anodized Aluminium", 16),
                       ("Pizza Pan Set, 2 Pack, 13 inch, Non-Stick, Black", 22),
                       ("Cast Iron Pizza Pan, 14 inch, Pre-Seasoned, Black", 34),
                       ("Round Pizza Pan, 16 inch, Aluminium, Silver", 12)),
    "pizzapan_acc": items(f"{BK} > Pizza Pans > Pan Accessories", ("Pan Gripper for Deep Dish Pizza Pans, Black", 9),
                          ("Pizza Pan Separators, 3 Pack, Black", 6)),
    "pan": items(f"{BK} > Baking Pans", ("Hollin Sheet Pan, Half Size, Aluminium", 14),
                 ("Round Cake Pan, 9 inch, Non-Stick", 11), ("Loaf Pan, 9x5 inch, Carbon Steel", 9)),
    "pizzastone": items(f"{BK} > Pizza Stones", ("Cordierite Pizza Stone, 15 inch, Round", 29),
                        ("Rectangular Pizza Stone, 16 x 14 inch, with Rack", 39),
                        ("Hollin Pizza Stone Set with Wooden Peel, 13 inch", 45)),
    "snowcone": items(f"{TR} > Snow Cone Machines", ("Frostie Snow Cone Machine, Electric, Red", 49),
                      ("Snow Cone Machine, Commercial, 440lbs/hr, Stainless", 149),
                      ("Retro Snow Cone Machine, Cart Style, Red", 79), ("Hand Crank Snow Cone Machine, Blue", 29),
                      ("Frostie Snow Cone Machine, Electric, Blue", 45)),
    "snowcone_acc": items(f"{TR} > Snow Cone Machines > Parts",
                          ("Replacement Blade for Snow Cone Machines, Stainless", 12),
                          ("Ice Mold Cups for Frostie Snow Cone Machine, Red, 4 Pack", 9),
                          ("Dust Cover for Snow Cone Machine Carts, Red", 19),
                          ("Snow Cone Machine Replacement Shaving Blades, 2 Pack", 14)),
    "syrup": items(f"{TR} > Syrups", ("Snow Cone Syrup, Cherry, 1 Quart", 7),
                   ("Snow Cone Syrup Variety Pack, 6 Flavours", 24)),
    "icecream": items(f"{FZ} > Ice Cream", ("Vanilla Bean Ice Cream, 1.5 Quart", 6),
                      ("Chocolate Chip Ice Cream, 1 Pint", 5), ("Strawberry Ice Cream, 1.5 Quart", 6)),
    "scoop": items(f"{TR} > Scoops & Servers", ("Hollin Ice Cream Scoop, Trigger Release, Stainless", 14),
                   ("Ice Cream Scoop, Heat Conducting, Aluminium", 19), ("Ice Cream Scoop Set, 3 Sizes, Red", 16)),
    "popmold": items(f"{TR} > Popsicle Molds", ("Frostie Popsicle Molds, 6 Cavities, Silicone, Blue", 14),
                     ("Popsicle Molds, Stainless Steel, 10 Pack", 29), ("Mini Popsicle Molds, BPA Free, 8 Pack", 11),
                     ("Popsicle Molds with Tray, 12 Cavities", 18)),
    "popmold_acc": items(f"{TR} > Popsicle Molds > Accessories", ("Wooden Sticks for Popsicle Molds, 100 Pack", 5),
                         ("Replacement Drip Guards for Popsicle Molds, 6 Pack", 6),
                         ("Stand for Popsicle Molds, Holds 4 Molds", 9)),
}

NO, PA, MN, SM, SK, OC = "Noodles", "Pasta", "麺類", "製麺用品", "食器", "お茶"

NOODLE = {
    "tea": items(f"{OC} > 日本茶", ("ほうじ茶 ティーバッグ 2g×40包", 680), ("麦茶 水出し ティーバッグ 52包", 398),
                 ("緑茶 深蒸し 静岡産 100g", 880)),
    "tea.soba": items(f"{OC} > そば茶", ("そば茶 韃靼そば茶 国産 500g", 1280), ("そば茶 ティーバッグ 5g×30包", 980),
                      ("そば茶 焙煎 北海道産 300g", 1080)),
    "soba": items(f"{NO} > Soba", ("十割そば 乾麺 200g×3袋", 980), ("信州そば 乾麺 つゆ付き 6人前", 1480),
                  ("更科そば 生麺 2人前", 680), ("そば 乾麺 業務用 1kg", 780)),
    "soba.cha": items(f"{NO} > Soba", ("茶そば 乾麺 宇治抹茶 200g×5束", 1380), ("茶そば 信州 つゆ付き 4人前", 1180),
                      ("抹茶 茶そば 乾麺 180g", 480)),
    "udon": items(f"{NO} > Udon", ("讃岐うどん 乾麺 300g×5袋", 1280), ("稲庭うどん 200g×4 化粧箱", 2480),
                  ("冷凍うどん 5食入", 498), ("うどん 生麺 つゆ付き 4人前", 880)),
    "ramen": items(f"{MN} > ラーメン", ("ラーメン 醤油 生麺 スープ付き 4食", 980), ("札幌 味噌ラーメン 乾麺 5食", 880),
                   ("Instant Ramen Noodles, Spicy Chicken, 5 Pack", 698), ("Tonkotsu Ramen Kit, 2 Servings", 1280)),
    "ramenbowl": items(f"{SK} > どんぶり", ("ラーメンどんぶり 美濃焼 1.2L 黒", 1480), ("ラーメン どんぶり 4個セット 白 日本製", 3980),
                       ("ラーメンどんぶり 切立 れんげ付き 赤 2個", 1980)),
    "choko": items(f"{SK} > そば猪口", ("そば猪口 有田焼 染付 5客セット", 3980), ("そば猪口 藍 200ml 2個", 1280),
                   ("そば猪口 木製 漆塗り 黒", 1580)),
    "seimenki": items(f"{SM} > 製麺機", ("製麺機 電動 家庭用 自動 白", 19800), ("製麺機 手動 ステンレス 麺幅3種", 6980),
                      ("業務用 製麺機 小型 100V", 128000)),
    "seimenki_acc": items(f"{SM} > 製麺機 > 部品", ("製麺機用 カッター 2mm 細麺", 1980), ("製麺機専用 ダイス 太麺 うどん", 1480),
                          ("替え刃 製麺機対応 3mm", 1280)),
    "pastamachine": items(f"{PA} > Pasta Machines", ("パスタマシン 手動 ステンレス 麺幅2種 シルバー", 3980),
                          ("パスタマシン 電動 モーター付き シルバー", 12800),
                          ("Pasta Machine, Manual Roller, 9 Thickness Settings, Silver", 4980),
                          ("パスタマシン 家庭用 手動 レッド", 2980)),
    "pastamachine_acc": items(f"{PA} > Pasta Machines > Attachments", ("パスタマシン用 ラビオリ アタッチメント シルバー", 1980),
                              ("パスタマシン専用 カッター 幅広 シルバー", 1680),
                              ("Replacement Clamp for Pasta Machines, Silver", 780)),
    "pasta": items(f"{PA} > Dried Pasta", ("Spaghetti No.5, Durum Wheat Semolina, 500g", 298),
                   ("Penne Rigate Pasta, 500g", 328),
                   ("Fusilli Pasta, Bronze Cut, 1kg", 580), ("パスタ スパゲッティ 1.6mm 業務用 5kg", 1680)),
    "pastasauce": items(f"{PA} > Pasta Sauces", ("Tomato Basil Pasta Sauce, 680g", 698),
                        ("Marinara Pasta Sauce, 24oz", 598),
                        ("パスタソース ミートソース 2人前×3袋", 480), ("パスタソース カルボナーラ レトルト 5食", 880)),
}

IC, AI, KG, SI, YK = "Ice Cream", "アイス", "かき氷", "Shaved Ice", "容器"

ICE = {
    "ice": items(f"{AI} > アイス", ("バニラアイス 2L 業務用", 1580), ("モナカアイス 6個入", 980), ("アイスバー チョコ 10本入", 880),
                 ("アイスキャンディー ソーダ味 10本", 698)),
    "ice.cup": items(f"{AI} > カップアイス", ("カップアイス バニラ 120ml×8個", 1280), ("カップアイス 抹茶 6個入", 1180),
                     ("カップアイス アソート 12個 詰め合わせ", 2480)),
    "cup": items(f"{YK} > カップ", ("紙カップ 205ml 100個 白", 680), ("プラカップ 透明 12オンス 50個", 780)),
    "cup.ice": items(f"{YK} > アイスカップ", ("アイスカップ 紙 120ml 蓋付き 100個", 1480), ("アイスカップ プラスチック 透明 50個", 880),
                     ("アイスカップ ガラス 2個セット", 1980)),
    "kakigorimachine": items(f"{KG} > かき氷機", ("かき氷機 電動 ふわふわ 大容量 白", 4980), ("かき氷機 手動 レトロ ペンギン 青", 1980),
                             ("かき氷機 電動 バラ氷 ブロック氷 両用 白", 6980), ("かき氷機 家庭用 電動 コンパクト 白", 3480),
                             ("Electric Shaved Ice Machine, Fluffy Snow, White", 5480)),
    "kakigorimachine_acc": items(f"{KG} > かき氷機 > 替え刃・部品", ("かき氷機用 製氷カップ 4個 白", 480),
                                 ("かき氷機専用 替え刃 白", 980), ("かき氷機対応 ブロック製氷器 白", 780),
                                 ("替え刃 かき氷機用 交換 2枚", 680)),
    "syrup": items(f"{SI} > Syrups", ("かき氷シロップ いちご 1L", 498), ("かき氷シロップ 6本セット 業務用", 2480),
                   ("かき氷シロップ 練乳 500g", 580)),
    "kakigori": items(f"{KG} > 冷凍かき氷", ("冷凍 かき氷 宇治金時 6個", 1980), ("かき氷 いちごミルク カップ 8個入", 1480)),
    "icecreammaker": items(f"{IC} > Ice Cream Makers", ("アイスクリームメーカー 家庭用 電動 1L ピンク", 3980),
                           ("Ice Cream Maker, 1.5 Quart, Double Insulated Freezer Bowl, Pink", 4980),
                           ("アイスクリームメーカー コンプレッサー式 自動 1.2L 白", 24800),
                           ("アイスクリームメーカー 電池式 小型 ピンク", 2480),
                           ("アイスクリームメーカー 手動 ボール型 青", 1980)),
    "icecreammaker_acc": items(f"{IC} > Ice Cream Makers > Parts", ("アイスクリームメーカー用 替えボウル 1L ピンク", 1480),
                               ("アイスクリームメーカー専用 パドル 交換用 ピンク", 680),
                               ("Replacement Freezer Bowl for Ice Cream Makers, 1.5 Quart", 1980)),
    "gelato": items(f"{IC} > Gelato", ("Pistachio Gelato, 500ml", 980), ("Stracciatella Gelato, 1 Pint", 1080),
                    ("Sea Salt Caramel Gelato, 500ml", 980), ("ジェラート ミルク 120ml 6個", 1680)),
    "sherbet": items(f"{IC} > Sherbet", ("Raspberry Sherbet, 1.5 Quart", 880), ("Orange Sherbet, 1 Pint", 580),
                     ("Rainbow Sherbet, 1.5 Quart", 880), ("シャーベット ゆず 8個入", 1080)),
    "cone.waffle": items(f"{IC} > Cones", ("Waffle Cones, 12 Pack", 680),
                         ("Chocolate Dipped Waffle Cones, 10 Pack", 880),
                         ("Mini Waffle Cones, 24 Count", 580), ("ワッフルコーン 業務用 100本", 3980)),
    "cone": items(f"{IC} > Cones", ("Cake Cones, 24 Count", 480)),
}

SHOPS = {"butcher": BUTCHER, "pizza": PIZZA, "noodle": NOODLE, "ice": ICE}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("butcher", "knife grinder", "knifegrinder", ["grinder"], ["grinderknife"]),
    two_types("butcher", "grinder knife", "grinderknife", ["knife"], ["knifegrinder"]),
    two_types("pizza", "pan pizza", "pizza.pan", ["pizza"], ["pan.pizza"]),
    two_types("pizza", "pizza pan", "pan.pizza", ["pan"], ["pizza.pan"]),
    two_types("noodle", "そば茶", "tea.soba", ["tea"], ["soba.cha"]),
    two_types("noodle", "茶そば", "soba.cha", ["soba"], ["tea.soba"]),
    two_types("ice", "カップアイス", "ice.cup", ["ice"], ["cup.ice"]),
    two_types("ice", "アイスカップ", "cup.ice", ["cup"], ["ice.cup"]),
    # --- 2. a leading product word that modifies the head
    qualifies("butcher", "sausage stuffer", ["stuffer"], ["sausage"]),
    qualifies("butcher", "jerky gun", ["jerkygun"], ["jerky"]),
    qualifies("pizza", "pizza stone", ["pizzastone"], ["pizza"]),
    qualifies("pizza", "ice cream scoop", ["scoop"], ["icecream"]),
    qualifies("noodle", "ラーメン どんぶり", ["ramenbowl"], ["ramen"]),
    qualifies("noodle", "そば猪口", ["choko"], ["soba"]),
    qualifies("ice", "かき氷 シロップ", ["syrup"], ["kakigori"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("butcher", "meat grinder", ["grinder"], ["grinder_acc", "grinderknife"]),
    accessories("butcher", "pressure canner", ["canner"], ["canner_acc"]),
    accessories("pizza", "snow cone machine", ["snowcone"], ["snowcone_acc"]),
    accessories("pizza", "popsicle molds", ["popmold"], ["popmold_acc"]),
    accessories("noodle", "製麺機", ["seimenki"], ["seimenki_acc"]),
    accessories("noodle", "パスタマシン", ["pastamachine"], ["pastamachine_acc"]),
    accessories("ice", "かき氷機", ["kakigorimachine"], ["kakigorimachine_acc"]),
    accessories("ice", "アイスクリームメーカー", ["icecreammaker"], ["icecreammaker_acc"]),
    # black meat grinders: #12 189, #5 99, Prairie #8 149 (a silver manual one 39, a white one 79; black accessories
    # 8-14)
    price("butcher", "cheap black meat grinder", "grinder-1", ["grinder_acc", "grinderknife"]),
    # red snow cone machines: Frostie 49, retro cart 79 (blue ones 29 and 45; red accessories 9-19)
    price("pizza", "cheap red snow cone machine", "snowcone-0", ["snowcone_acc"]),
    # black pizza pans: perforated 19, 2-pack 22, cast iron 34 (a silver one 12; black accessories 6-9)
    price("pizza", "budget black pizza pan", "pan.pizza-0", ["pizzapan_acc"]),
    # silver pasta machines: manual 3980, electric 12800, English 4980 (a red one 2980; silver accessories 780-1980)
    price("noodle", "格安 シルバー パスタマシン", "pastamachine-0", ["pastamachine_acc"]),
    # white shaved-ice machines: 4980, 6980, compact 3480, English 5480 (a blue one 1980; white accessories 480-980)
    price("ice", "激安 白 かき氷機", "kakigorimachine-3", ["kakigorimachine_acc"]),
    # pink ice cream makers: 1L 3980, English 4980, battery 2480 (a blue one 1980; pink accessories 680-1480)
    price("ice", "お手頃 ピンク アイスクリームメーカー", "icecreammaker-3", ["icecreammaker_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("noodle", "パスタ", "pasta"),
    mixed("noodle", "パスタソース", "pastasauce"),
    mixed("noodle", "ラーメン", "ramen"),
    mixed("noodle", "udon noodles", "udon"),
    mixed("ice", "ジェラート", "gelato"),
    mixed("ice", "シャーベット", "sherbet"),
    mixed("ice", "ワッフルコーン", "cone.waffle"),
    mixed("ice", "shaved ice syrup", "syrup"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind112(q: Q, setup: str, known_limit):
    known_limit("blind112")
    check(q, setup, ENGINES)


def test_blind112_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "シルバー": "Silver", "白": "White", "ピンク": "Pink"})
