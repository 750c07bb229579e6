"""A forty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses together: a bicycle
and scooter store (English: bike locks and lock mounts, bike lights and light mounts, helmet
lights, helmets and helmet liners, bike pumps and pump heads, kick scooters and scooter grips,
kickstands), a pantry and beverage store (English: coffee beans, filter coffee and coffee filters,
tea and tea tins, honey, honey jars and honey dippers, olive oil and oil sprayers, pasta and pasta
servers, rice and rice cookers), a Japanese bath and toiletry shop バス・トイレ用品 (シャンプー and its
詰め替え用 refills, シャンプーボトル, バスマット, 風呂椅子, 風呂ふた, 歯ブラシ, 歯ブラシスタンド, トイレブラシ,
トイレマット; part of its category tree in English, with English-titled imports whose Japanese names are
katakana loanwords or plain Japanese words) and a Japanese watch and accessory shop 時計・アクセサリー
(腕時計, 腕時計ベルト, 懐中時計, ネックレス, ネックレスチェーン, 指輪, リングケース, イヤリング, ピアス, ブレスレット;
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("filter coffee" / "coffee filters", "helmet light" over
   light helmets, チャームブレスレット over loose ブレスレット チャーム);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory (a シャンプー 詰め替え用 refill pack is shampoo, a 詰め替え用 ボトル is not); a price word, a
   colour and a type put the cheapest real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages: the top three are of the
   query's kind; two of them are English queries over Japanese titles where the shop has no English
   title for that product ("bath stool" over 風呂椅子 only, "pocket watch" over 懐中時計 only, both
   under Japanese category paths).

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-second suite), as a measurement only (nothing changed for it):
91 of 94 cases pass, 35 of 37 queries in every setup (two_types 3/4 queries, 8/9 cases;
qualifies 10/10, 24/24; accessories 8/9, 21/23; price 6/6, 16/16; mixed 8/8, 22/22); the 3 failing
cases (2 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): bike lock (lexical
and dense: neither Steelguard U-lock is returned while "Replacement Keys for Steelguard Bike Locks"
is shown fifth) and filter coffee with the bag-of-words encoder (the three coffee filters, sixth to
eighth, above all four coffee beans; lexical only passes). After (a leaf named for the type with a
letter, "Locks > U-Locks", holds a kind of it): bike lock passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CY, SC = "Cycling", "Scooters"
LOCKS, LIGHTS, HELMETS, PUMPS = f"{CY} > Locks", f"{CY} > Lights", f"{CY} > Helmets", f"{CY} > Pumps"

BIKE = {
    "lock": each(("Steelguard U-Lock with Cable, 16mm Shackle, Black", f"{LOCKS} > U-Locks", 49),
                 ("Steelguard Mini U-Lock, 13mm, Yellow", f"{LOCKS} > U-Locks", 39),
                 ("Folding Bike Lock, Hardened Steel Links, 85cm, Black", f"{LOCKS} > Folding Locks", 69),
                 ("Combination Cable Lock, 180cm x 12mm, Red", f"{LOCKS} > Cable Locks", 15),
                 ("Coiled Cable Bike Lock with 2 Keys, 120cm, Black", f"{LOCKS} > Cable Locks", 19),
                 ("Heavy Duty Chain Lock, 10mm Links, 110cm, Black", f"{LOCKS} > Chain Locks", 59)),
    "lockmount": items(f"{LOCKS} > Lock Mounts", ("U-Lock Mount Bracket, Frame Clamp, Black", 12),
                       ("Steelguard Lock Mount for Folding Locks, Bottle Cage Bolts, Black", 14),
                       ("Universal Lock Mount, Seat Post, Quick Release, Black", 9)),
    "lock_acc": items(f"{LOCKS} > Lock Parts", ("Replacement Keys for Steelguard Bike Locks, 2 Pack", 8),
                      ("Lock Cover Sleeve for U-Locks, Scratch Protection, Black", 6)),
    "light": items(f"{LIGHTS} > Front & Rear Lights",
                   ("Lumio Bike Light Set, USB Rechargeable, Front & Rear, 400 Lumens", 29),
                   ("Lumio Front Bike Light, 800 Lumens, Black", 45), ("Rear Bike Light, LED, Red, 6 Modes", 12),
                   ("Silicone Bike Lights, Front and Rear, 2 Pack, Black", 9)),
    "lightmount": items(f"{LIGHTS} > Light Mounts", ("Light Mount for Bike Lights, Handlebar Clamp, 31.8mm", 8),
                        ("Lumio Out-Front Light Mount, Aluminium, Black", 24),
                        ("Seatpost Light Mount, Rubber Strap, 2 Pack", 7)),
    "helmetlight": items(f"{LIGHTS} > Helmet Lights", ("Lumio Helmet Light, USB Rechargeable, 300 Lumens", 35),
                         ("Helmet Light with Strap Mount, Front & Rear, White/Red", 22),
                         ("Clip-On Helmet Lights, LED, 2 Pack", 14)),
    "lighthelmet": items(f"{HELMETS} > Smart Helmets",
                         ("Lumio Light Helmet, Integrated Front & Rear LEDs, Urban, M", 119),
                         ("Smart Light Helmet with Turn Signals, Remote, Black, L", 149)),
    "helmet": items(f"{HELMETS} > Road & Urban Helmets", ("Veloform Road Bike Helmet, MIPS, Matte Black, M", 89),
                    ("Urban Commuter Helmet, Visor, Grey, L", 59), ("Kids Bike Helmet, Adjustable, Blue, S", 29),
                    ("Veloform Mountain Bike Helmet, Red, M", 79)),
    "helmetliner": items(f"{HELMETS} > Pads & Liners",
                         ("Thermal Helmet Liner, Skull Cap, Under Helmet, Black", 15),
                         ("Veloform Replacement Helmet Liner Pads, M", 12),
                         ("Cooling Mesh Helmet Liner, Sweat Wicking, Grey", 11)),
    "pump": each(("Airflo Floor Pump with Gauge, Presta & Schrader, 160 PSI", f"{PUMPS} > Floor Pumps", 39),
                 ("Airflo Mini Bike Pump, Frame Mount, Silver", f"{PUMPS} > Mini Pumps", 19),
                 ("Bike Pump, Floor Standing, Dual Head, Black", f"{PUMPS} > Floor Pumps", 25),
                 ("Compact Hand Pump, Telescopic, 100 PSI", f"{PUMPS} > Mini Pumps", 15)),
    "pumphead": items(f"{PUMPS} > Pump Parts", ("Replacement Pump Head for Floor Pumps, Presta/Schrader", 12),
                      ("Airflo Pump Head, Twin Valve, Spare Part", 15),
                      ("Thread-On Pump Head with Hose, for Bike Pumps", 14)),
    "scooter": items(f"{SC} > Kick Scooters", ("Glidex Kick Scooter, Foldable, Adult, 200mm Wheels, Black", 129),
                     ("Glidex Kids Scooter, 3 Wheels, Light-Up, Pink", 49),
                     ("Commuter Kick Scooter, Big Wheels, Adjustable Bar, Grey", 99),
                     ("Stunt Scooter, Aluminium Deck, 110mm Wheels, Blue", 79)),
    "scootergrip": items(f"{SC} > Scooter Parts", ("Scooter Grips, Rubber, 2 Pack, Black", 9),
                         ("Glidex Replacement Scooter Grips, Foam, Blue", 7)),
    "scooter_acc": items(f"{SC} > Scooter Parts", ("Kickstand for Kick Scooters, Clamp-On, 200mm Wheels", 14),
                         ("Replacement Wheels for Kick Scooters, 200mm, 2 Pack", 24)),
    "kickstand": items(f"{CY} > Parts > Kickstands", ("Adjustable Bike Kickstand, Aluminium, 24-28in, Black", 19),
                       ("Center Mount Kickstand, Double Leg, Black", 29)),
}

P, K = "Pantry", "Kitchen"

PANTRY = {
    "coffee": items(f"{P} > Coffee > Coffee Beans", ("Roastwell Whole Coffee Beans, Medium Roast, 1kg", 18),
                    ("Colombian Coffee Beans, Single Origin, 500g", 12), ("Espresso Coffee Beans, Dark Roast, 1kg", 20),
                    ("Decaf Coffee Beans, Swiss Water, 250g", 9)),
    "filtercoffee": items(f"{P} > Coffee > Ground Coffee", ("Roastwell Filter Coffee, Medium Grind, 500g", 8),
                          ("Filter Coffee, Breakfast Blend, Ground, 1kg", 14),
                          ("Organic Filter Coffee, Fairtrade, 250g", 7)),
    "coffeefilter": items(f"{K} > Coffee & Tea > Coffee Filters",
                          ("Paper Coffee Filters, Size 4, Unbleached, 200 Count", 5),
                          ("Roastwell Cone Coffee Filters, #2, White, 100 Pack", 4),
                          ("Reusable Stainless Steel Coffee Filter, Pour Over", 15)),
    "filter": items(f"{K} > Coffee & Tea > Tea Filters", ("Disposable Tea Filters, Drawstring, 100 Pack", 6),
                    ("Paper Tea Filters for Loose Leaf Tea, Large, 60 Count", 5)),
    "tea": items(f"{P} > Tea > Loose Leaf & Bags", ("Leafline Earl Grey Loose Leaf Tea, 250g", 9),
                 ("Sencha Green Tea, Loose Leaf, 100g", 11), ("English Breakfast Tea, 80 Tea Bags", 5)),
    "teatin": items(f"{K} > Storage > Tea Tins", ("Leafline Tea Tin, Airtight, 200g, Black", 12),
                    ("Japanese Tea Tin with Inner Lid, 150g, Red", 15), ("Tea Tins, Stainless Steel, Set of 3", 18)),
    "honey": items(f"{P} > Honey & Spreads > Honey", ("Beeline Raw Wildflower Honey, 500g", 9),
                   ("Manuka Honey MGO 250+, 250g", 29), ("Clear Acacia Honey, Squeeze Bottle, 340g", 5)),
    "honeydipper": items(f"{K} > Utensils > Honey Dippers", ("Wooden Honey Dipper, Beech, 16cm", 4),
                         ("Beeline Honey Dippers, Olive Wood, 2 Pack", 8), ("Glass Honey Dipper, 15cm", 6)),
    "honeyjar": items(f"{K} > Storage > Honey Jars", ("Hexagon Glass Honey Jars, Gold Lids, 180ml, 6 Pack", 12),
                      ("Ceramic Honey Jar, Beehive Design, with Lid", 14)),
    "oil": items(f"{P} > Oils & Vinegars > Olive Oil", ("Oliveta Extra Virgin Olive Oil, 1L", 12),
                 ("Cold Pressed Olive Oil, Greek, 500ml", 9), ("Light Olive Oil for Cooking, 2L", 15)),
    "oilsprayer": items(f"{K} > Utensils > Oil Sprayers", ("Oliveta Oil Sprayer, Glass, 100ml, Black", 12),
                        ("Stainless Steel Oil Sprayer for Cooking, 200ml", 14),
                        ("Oil Sprayer Bottles, Refillable, 2 Pack, White", 10)),
    "oilsprayer_acc": items(f"{K} > Utensils > Oil Sprayers", ("Replacement Nozzles for Oil Sprayers, 3 Pack", 5)),
    "pasta": items(f"{P} > Pasta & Rice > Pasta", ("Durum Wheat Spaghetti, Bronze Cut, 500g", 3),
                   ("Penne Rigate Pasta, 1kg", 4)),
    "pastaserver": items(f"{K} > Utensils > Pasta Servers", ("Stainless Steel Pasta Server, Spaghetti Spoon", 8),
                         ("Silicone Pasta Server, Heat Resistant, Black", 7)),
    "rice": items(f"{P} > Pasta & Rice > Rice", ("Aged Basmati Rice, 5kg", 14), ("Thai Jasmine Rice, 2kg", 6),
                  ("Japanese Short Grain Sushi Rice, 2kg", 9)),
    "ricecooker": items(f"{K} > Appliances > Rice Cookers", ("Kumo Rice Cooker, 5.5 Cup, Fuzzy Logic, White", 129),
                        ("Mini Rice Cooker, 3 Cup, Keep Warm, White", 29),
                        ("Rice Cooker and Steamer, 10 Cup, Stainless, Silver", 49),
                        ("Kumo Induction Rice Cooker, 10 Cup, Black", 199),
                        ("Rice Cooker, 6 Cup, Non-Stick Pot, White", 39), ("Travel Rice Cooker, 2 Cup, Pink", 25)),
    "ricecooker_acc": items(f"{K} > Appliances > Rice Cooker Parts",
                            ("Replacement Inner Pot for Kumo Rice Cookers, 5.5 Cup", 35),
                            ("Rice Cooker Measuring Cups, White, 2 Pack", 4),
                            ("Steamer Basket for Rice Cookers, Stainless", 12),
                            ("Rice Paddle for Rice Cookers, Non-Stick, White", 5)),
}

B, T, W, EB = "バス用品", "トイレ用品", "洗面用品", "Bath"

BATH = {
    "shampoo": items("ヘアケア > シャンプー", ("ボタニカル シャンプー 本体 500ml ノンシリコン", 1280),
                     ("シャンプー 詰め替え用 400ml 2個セット アミノ酸", 1580),
                     ("スカルプ シャンプー メンズ 詰め替え用 大容量 1000ml", 1980),
                     ("Argan Oil Shampoo, Sulfate Free, 500ml", 1680)),
    "shampoobottle": items(f"{EB} > Dispensers", ("シャンプーボトル 詰め替え容器 500ml 白 3本セット", 1280),
                           ("詰め替えボトル シャンプー用 ポンプ 400ml 白", 680),
                           ("詰め替え用 ボトル シャンプー リンス ボディソープ ラベル付き 3本", 980),
                           ("Refillable Shampoo Bottles, Pump Dispenser, 500ml, Set of 3", 1480)),
    "dispenser": items(f"{EB} > Dispensers", ("Ceramic Soap Dispenser, 350ml, White", 1980),
                       ("Automatic Foam Soap Dispenser, Touchless, 300ml", 2980), ("ソープディスペンサー 泡 オート 250ml 白", 2480)),
    "showerhead": items(f"{EB} > Shower", ("High Pressure Shower Head, 5 Spray Settings, Chrome", 2480),
                        ("Rainfall Shower Head, 8 inch, Stainless Steel", 3480),
                        ("シャワーヘッド 節水 ミスト 手元止水 ホワイト", 2980)),
    "bathtowel": items(f"{EB} > Towels", ("Cotton Bath Towels, 600gsm, 2 Pack, Grey", 2480),
                       ("Quick Dry Microfiber Bath Towel, Large, Blue", 1480), ("バスタオル 今治 綿100% 2枚組 ホワイト", 2980)),
    "toothbrush": items(f"{W} > 歯ブラシ", ("歯ブラシ ふつう 大人用 10本セット", 480), ("歯ブラシ 極細毛 やわらかめ 20本", 980),
                        ("電動歯ブラシ 音波 充電式 ホワイト", 3980), ("Bamboo Toothbrushes, Soft Bristles, 4 Pack", 680)),
    "toothbrush_acc": items(f"{W} > 歯ブラシ > 替えブラシ", ("電動歯ブラシ用 替えブラシ 4本 互換", 880)),
    "toothbrushstand": items(f"{W} > 歯ブラシスタンド", ("歯ブラシスタンド 珪藻土 4本 白", 980),
                             ("歯ブラシスタンド 吸盤 壁掛け ステンレス", 1280), ("歯ブラシスタンド 電動歯ブラシ対応 2本 グレー", 1480),
                             ("Toothbrush Holder, Wall Mounted, 5 Slots, White", 1180)),
    "toiletbrush": items(f"{T} > トイレブラシ", ("トイレブラシ ケース付き 抗菌 白", 980), ("トイレブラシ シリコン 壁掛け 隙間 グレー", 1480),
                         ("トイレブラシ スリム ステンレス ブラック", 1980), ("Silicone Toilet Brush and Holder Set, Grey", 1680)),
    "toiletbrush_acc": items(f"{T} > トイレブラシ > 交換用", ("トイレブラシ用 替えブラシ 3個 交換用", 580),
                             ("交換用 ヘッド トイレブラシ専用 シリコン", 680)),
    "toiletmat": items(f"{T} > トイレマット", ("トイレマット 耳長 洗える グレー", 1280), ("トイレマット 拭ける PVC 撥水 グレー", 980),
                       ("トイレマット 北欧 ふわふわ ベージュ", 1480), ("トイレマット 吸水 ブルー", 780),
                       ("Toilet Rug, U-Shaped, Non-Slip, Grey", 1180)),
    "toiletmat_acc": items(f"{T} > トイレマット > 小物", ("トイレマット用 滑り止め シート グレー 2枚", 380)),
    "bathmat": items(f"{B} > バスマット", ("バスマット 珪藻土 速乾 大判 白", 2480), ("バスマット 吸水 マイクロファイバー 白", 1280),
                     ("バスマット 北欧 ラグ グレー", 980), ("Diatomite Bath Mat, Quick Dry, White, 60x39cm", 2980),
                     ("Memory Foam Bath Mat, Non-Slip, Grey", 1680)),
    "bathmat_acc": items(f"{B} > バスマット > お手入れ", ("珪藻土バスマット用 やすり 2枚", 280),
                         ("バスマット用 滑り止め シート 白 2枚", 380)),
    "bathstool": items(f"{B} > 風呂椅子", ("風呂椅子 高さ30cm 抗菌 白", 1980), ("風呂椅子 折りたたみ コンパクト ブルー", 1480),
                       ("バスチェア 風呂椅子 ヒノキ 木製", 4980), ("風呂椅子 40cm 背もたれ付き 介護 グレー", 3980)),
    "bathlid": items(f"{B} > 風呂ふた", ("風呂ふた シャッター式 75×120cm 白", 2980)),
}

TK, AC, EJ = "時計", "アクセサリー", "Jewelry"

WATCH = {
    "watch": items(f"{TK} > 腕時計", ("腕時計 メンズ クロノグラフ ステンレス シルバー 防水", 5980),
                   ("腕時計 レディース 革ベルト ブラウン 小さめ", 3980), ("腕時計 レディース メタル シルバー 華奢", 2980),
                   ("腕時計 デジタル スポーツ ブラック", 1480), ("Minimalist Quartz Watch, Mesh Strap, Silver, 36mm", 4480)),
    "watchband": items(f"{TK} > 腕時計ベルト", ("腕時計ベルト 本革 20mm ブラウン 交換用", 1980),
                       ("腕時計 ベルト メッシュ ステンレス シルバー 18mm", 980),
                       ("Watch Band, Leather, Quick Release, 20mm, Black", 1480)),
    "watch_acc": items(f"{TK} > 時計用品", ("腕時計用 電池交換 工具セット", 880), ("腕時計対応 収納ケース 1本用 シルバー", 680)),
    "pocketwatch": items(f"{TK} > 懐中時計", ("懐中時計 アンティーク 手巻き ゴールド", 3980),
                         ("懐中時計 クォーツ ローマ数字 シルバー", 2480), ("懐中時計 スケルトン 機械式 ブロンズ", 5980)),
    "pocketwatch_acc": items(f"{TK} > 懐中時計", ("懐中時計用 チェーン 30cm ゴールド", 880)),
    "necklace": items(f"{AC} > ネックレス", ("ネックレス レディース 一粒 ジルコニア ゴールド", 2980),
                      ("ネックレス シルバー925 ハート ペンダント", 3980), ("ネックレス メンズ プレート ステンレス ゴールド", 1980),
                      ("Layered Necklace, Gold Plated, Dainty, 2 Pack", 1680), ("ネックレス ビーズ カラフル キッズ", 1280)),
    "necklacechain": items(f"{AC} > ネックレス > チェーン", ("ネックレスチェーン 単品 シルバー925 45cm", 1980),
                           ("ネックレスチェーン あずき ゴールド 50cm", 2480)),
    "necklace_acc": items(f"{AC} > ネックレス > パーツ", ("ネックレス用 アジャスター ゴールド 3本", 480)),
    "ring": items(f"{AC} > 指輪", ("指輪 レディース シルバー925 華奢 リング", 2480), ("リング メンズ ステンレス 8mm ブラック", 1980),
                  ("Stackable Rings, Gold Plated, Set of 5", 1480)),
    "ringcase": items(f"{AC} > リングケース", ("リングケース ベルベット 1個 ネイビー", 980), ("リングケース 木製 プロポーズ ペア", 1980),
                      ("指輪ケース レザー 2本 ホワイト", 1480), ("Ring Box, Velvet, Proposal, Red", 880)),
    "jewelrybox": items(f"{EJ} > Jewelry Boxes", ("Jewelry Box, 3 Layer, PU Leather, Grey", 3980),
                        ("Travel Jewelry Box, Zip Case, Pink", 1980), ("ジュエリーボックス 大容量 鍵付き 木製", 4980)),
    "pierce": items(f"{AC} > ピアス", ("ピアス レディース フープ ゴールド 18K", 3980), ("ピアス 一粒 ジルコニア 4mm シルバー", 1480),
                    ("ピアス パール 揺れる 大ぶり", 2480)),
    "pierce_acc": items(f"{AC} > ピアス > キャッチ", ("ピアス用 キャッチ シリコン 100個 透明", 380),
                        ("ピアスキャッチ 18K ゴールド 交換用 2個", 980)),
    "earring": items(f"{EJ} > Earrings", ("イヤリング ノンホール パール 痛くない", 1980),
                     ("Clip-On Earrings, Crystal Drop, Silver", 1680), ("Pearl Clip On Earrings, Gold Tone", 1280)),
    "bracelet": items(f"{EJ} > Bracelets", ("ブレスレット レディース チェーン 華奢 ゴールド", 1980),
                      ("Tennis Bracelet, Cubic Zirconia, Silver", 2980)),
    "bracelet.charm": items(f"{EJ} > Bracelets", ("チャームブレスレット シルバー925 ハート", 3480),
                            ("チャームブレスレット 星 月 ゴールド", 2480), ("Charm Bracelet, Snake Chain, Silver, 19cm", 2980)),
    "charm": items(f"{EJ} > Charms", ("ブレスレット用 チャーム ハート シルバー925", 1480), ("ブレスレット チャーム 星 ゴールド 単品", 980)),
}

SHOPS = {"bike": BIKE, "pantry": PANTRY, "bath": BATH, "watch": WATCH}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bike", "helmet light", "helmetlight", ["light"], ["lighthelmet"]),
    two_types("pantry", "filter coffee", "filtercoffee", ["coffee"], ["coffeefilter"]),
    two_types("pantry", "coffee filters", "coffeefilter", ["filter"], ["filtercoffee"]),
    two_types("watch", "チャームブレスレット", "bracelet.charm", ["bracelet"], ["charm"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bike", "lock mount", ["lockmount"], ["lock"]),
    qualifies("bike", "helmet liner", ["helmetliner"], ["helmet", "lighthelmet"]),
    qualifies("bike", "pump head", ["pumphead"], ["pump"]),
    qualifies("pantry", "tea tin", ["teatin"], ["tea"]),
    qualifies("pantry", "honey dipper", ["honeydipper"], ["honey"]),
    qualifies("pantry", "oil sprayer", ["oilsprayer"], ["oil", "oilsprayer_acc"]),
    qualifies("bath", "シャンプーボトル", ["shampoobottle"], ["shampoo"]),
    qualifies("bath", "歯ブラシスタンド", ["toothbrushstand"], ["toothbrush"]),
    qualifies("watch", "腕時計ベルト", ["watchband"], ["watch"]),
    qualifies("watch", "リングケース", ["ringcase"], ["ring"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bike", "bike lock", ["lock"], ["lockmount", "lock_acc"]),
    accessories("bike", "bike pump", ["pump"], ["pumphead"]),
    accessories("bike", "kick scooter", ["scooter"], ["scootergrip", "scooter_acc"]),
    accessories("pantry", "rice cooker", ["ricecooker"], ["ricecooker_acc"]),
    accessories("bath", "シャンプー", ["shampoo"], ["shampoobottle"]),
    accessories("bath", "トイレブラシ", ["toiletbrush"], ["toiletbrush_acc"]),
    accessories("bath", "歯ブラシ", ["toothbrush"], ["toothbrush_acc", "toothbrushstand"]),
    accessories("watch", "腕時計", ["watch"], ["watchband", "watch_acc"]),
    accessories("watch", "ピアス", ["pierce"], ["pierce_acc"]),
    # black bike locks: U-lock 49, folding 69, coiled cable 19, chain 59 (a red cable lock 15; black mounts 9-14,
    # a black lock sleeve 6)
    price("bike", "cheap black bike lock", "lock-4", ["lockmount", "lock_acc"]),
    # white rice cookers: Kumo 129, mini 29, 6 cup 39 (a pink travel one 25; white cups 4, a white paddle 5)
    price("pantry", "budget white rice cooker", "ricecooker-1", ["ricecooker_acc"]),
    # white bath mats: 珪藻土 2480, マイクロファイバー 1280, English diatomite 2980 (a grey one 980; a white 滑り止め 380,
    # やすり 280)
    price("bath", "安い 白 バスマット", "bathmat-1", ["bathmat_acc"]),
    # grey toilet mats: 耳長 1280, 拭ける PVC 980, English toilet rug 1180 (a blue one 780; a grey 滑り止め 380)
    price("bath", "格安 グレー トイレマット", "toiletmat-1", ["toiletmat_acc"]),
    # silver wristwatches: chronograph 5980, メタル 2980, English minimalist 4480 (a black digital 1480; a silver band
    # 980, a silver storage case 680; a silver pocket watch 2480 is no 腕時計)
    price("watch", "激安 シルバー 腕時計", "watch-2", ["watchband", "watch_acc"]),
    # gold necklaces: 一粒 2980, メンズ プレート 1980, English layered 1680 (a beaded one 1280; a gold adjuster 480; a gold
    # chain alone 2480)
    price("watch", "お手頃 ゴールド ネックレス", "necklace-3", ["necklace_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("bath", "ソープディスペンサー", "dispenser"),
    mixed("bath", "シャワーヘッド", "showerhead"),
    mixed("bath", "バスタオル", "bathtowel"),
    mixed("bath", "bath stool", "bathstool"),
    mixed("watch", "イヤリング", "earring"),
    mixed("watch", "ジュエリーボックス", "jewelrybox"),
    mixed("watch", "ブレスレット", "bracelet"),
    mixed("watch", "pocket watch", "pocketwatch"),
]

LIMITS: dict = {
    ("blind42", "two_types:pantry:filter_coffee", "categories-dense"):
        "the three coffee filters (6th-8th) rank above all four coffee beans (9th-12th)",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind42(q: Q, setup: str, known_limit):
    known_limit("blind42")
    check(q, setup, ENGINES)


def test_blind42_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "白": "White", "グレー": "Grey",
                                 "シルバー": "Silver", "ゴールド": "Gold"})
