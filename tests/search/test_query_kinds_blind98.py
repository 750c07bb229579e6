"""A ninety-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: bathroom
fixtures and storage (English: shelf baskets, cup dispensers, toilet and vanity stools, grab bars,
medicine cabinets), laundry care (English: basket carts, bag sorters, pulley and retractable
clotheslines, dryer balls, clothespin bags, portable washers), a Japanese shop of バス用品 /
トイレ用品 (便座, 温水洗浄便座, 珪藻土マット, くもり止め, part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords) and a Japanese shop of
タオル / 寝具小物 (タオルケット, 湯たんぽ, 耳栓, 布団たたき, with English-titled imports too).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (ninety-eighth suite), as a measurement only (nothing changed for it):
89 of 92 cases pass, 36 of 37 queries in every setup (two_types 6/6 queries, 13/13 cases;
qualifies 9/9, 22/22; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22); the 3 failing
cases (one query, 着る毛布, in all its setups: only the Japanese-titled 着る毛布 in the top three, a
plain 毛布 and the ひざ掛け below it, neither English "Wearable Blanket" in the top five) are strict
xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

B = "Bathroom"
STORE, COUNTER, SAFE, CAB = f"{B} > Storage", f"{B} > Countertop", f"{B} > Safety", f"{B} > Cabinets"

BATHROOM = {
    "shelfbasket": items(f"{STORE} > Baskets", ("Lumora Shelf Baskets, Wire, Set of 2, Matte Black", 24),
                         ("Under Shelf Basket, Slide-On, Hanging Wire, White", 15),
                         ("Woven Shelf Baskets, Water Hyacinth, Set of 3, Natural", 39)),
    "basket": items(f"{STORE} > Baskets", ("Seagrass Storage Basket with Handles, Large, Natural", 29),
                    ("Plastic Storage Baskets, Set of 4, Grey", 19), ("Cotton Rope Basket, Round, 30cm, White", 22)),
    "basketshelf": items(f"{STORE} > Shelves", ("Wall Mounted Basket Shelf, 2 Tier, Bamboo", 34),
                         ("Lumora Basket Shelf, Over the Toilet, Wire, Black", 49),
                         ("Corner Basket Shelf, 3 Tier, Rustic Wood and Metal", 45)),
    "cupdisp": items(f"{COUNTER} > Dispensers", ("Bathroom Cup Dispenser, Wall Mount, 3 oz, Stainless Steel", 19),
                     ("Lumora Cup Dispenser, Countertop, Chrome, Holds 50 Cups", 24),
                     ("Pull-Down Cup Dispenser, 5 oz, Clear Acrylic", 16)),
    "dispenser": items(f"{COUNTER} > Dispensers", ("Foaming Soap Dispenser, Ceramic, 350ml, White", 18),
                       ("Lotion Dispenser, Amber Glass, Stainless Pump, 2 Pack", 21),
                       ("Toothpaste Dispenser, Wall Mount, Automatic Squeezer", 14)),
    "dispcup": items(f"{COUNTER} > Paper Cups", ("Dispenser Cups, 3 oz, Paper, 600 Count", 12),
                     ("Bathroom Dispenser Cups Refill, 5 oz, Printed, 200 Pack", 9)),
    "toilet": items(f"{B} > Toilets", ("One-Piece Toilet, Elongated, Soft Close Seat, White", 329),
                    ("Two-Piece Toilet, Round Front, Dual Flush, White", 219),
                    ("Compact Toilet, 1.1 GPF, Space Saving, Biscuit", 259)),
    "toiletstool": items(f"{B} > Toilet Accessories > Toilet Stools", ("Toilet Stool, 7 Inch, Bamboo, Non-Slip", 29),
                         ("Foldable Toilet Stool, Squat Posture, Grey", 22),
                         ("Lumora Toilet Stool, Kids and Adults, Plastic, White", 19)),
    "vanity": items(f"{B} > Vanities", ("Bathroom Vanity with Sink, 30 Inch, Shaker, White", 499),
                    ("Floating Vanity, 24 Inch, Walnut, Ceramic Top", 389), ("Double Vanity, 60 Inch, Quartz Top, Navy", 1199)),
    "vanitystool": items(f"{B} > Seating > Vanity Stools", ("Vanity Stool, Velvet, Gold Legs, Pink", 59),
                         ("Lumora Vanity Stool, Round, Upholstered, Beige", 45),
                         ("Swivel Vanity Stool with Backrest, Faux Leather, Black", 79)),
    "grabbar": items(f"{SAFE} > Grab Bars", ("Grab Bar, 24 Inch, Stainless Steel, Chrome", 35),
                     ("Shower Grab Bar, 16 Inch, Knurled, Chrome", 29), ("Suction Grab Bar, Tool-Free, 12 Inch, White", 19),
                     ("Fold Down Grab Bar, 30 Inch, Chrome", 69), ("Lumora Grab Bar, 18 Inch, Matte Black", 39)),
    "grabbar_acc": items(f"{SAFE} > Grab Bar Parts", ("Wall Anchors for Grab Bars, Drywall, 4 Pack", 12),
                         ("Grab Bar Replacement Flange Covers, Chrome, 2 Pack", 9),
                         ("Replacement Suction Pads for Suction Grab Bars, 2 Pack", 8),
                         ("Mounting Screws for Grab Bar, Stainless, Chrome, 6 Pack", 6)),
    "medcab": items(f"{CAB} > Medicine Cabinets", ("Medicine Cabinet with Mirror, Surface Mount, 15 x 25 Inch, White", 89),
                    ("Recessed Medicine Cabinet, Adjustable Shelves, 20 x 26 Inch, White", 139),
                    ("Medicine Cabinet, Solid Wood, 2 Doors, White", 119),
                    ("Frameless Medicine Cabinet, Aluminum, Beveled Mirror", 79),
                    ("Lumora Medicine Cabinet, Round Mirror, Black Frame", 109)),
    "medcab_acc": items(f"{CAB} > Cabinet Parts", ("Replacement Glass Shelves for Medicine Cabinets, 2 Pack", 19),
                        ("Medicine Cabinet Replacement Hinges, Soft Close, 2 Pack", 12),
                        ("Magnetic Door Catch for Medicine Cabinet, White, 2 Pack", 7),
                        ("Knob for Medicine Cabinet Door, Ceramic, White", 5)),
    "noise": each(("Floating Shelves, Set of 3, Oak, 40 cm", f"{STORE} > Shelves", 35),
                  ("Toilet Paper Holder, Freestanding, Matte Black", f"{B} > Toilet Accessories > Paper Holders", 25),
                  ("Bath Mat, Memory Foam, Non-Slip, Grey", f"{B} > Textiles", 19)),
}

L = "Laundry"
CARTS, SORT, DRY, AIDS, APPL = f"{L} > Carts", f"{L} > Hampers & Sorters", f"{L} > Drying", f"{L} > Laundry Aids", \
    f"{L} > Appliances"

LAUNDRY = {
    "basketcart": items(CARTS, ("Laundry Basket Cart, Rolling, 2 Tier, Chrome", 59),
                        ("Basket Cart with Wheels, 3 Removable Baskets, White", 49),
                        ("Freshline Slim Basket Cart, Wire, Black", 45)),
    "cart": items(CARTS, ("Rolling Utility Cart, 3 Tier, Steel, Grey", 39),
                  ("Freshline Folding Laundry Cart, Canvas, Collapsible", 35)),
    "cartbasket": items(f"{CARTS} > Cart Parts", ("Cart Basket, Replacement, Wire, White", 12),
                        ("Freshline Cart Baskets, Plastic, 2 Pack, Grey", 16)),
    "bagsorter": items(SORT, ("Triple Bag Sorter, Rolling, Lights Darks Whites", 49),
                       ("Double Bag Sorter, Heavy Duty Frame, Grey", 39), ("Bag Sorter, 4 Bags, Labelled, Chrome Frame", 59)),
    "sorter": items(SORT, ("Laundry Sorter, 3 Sections, Bamboo Frame, Lid", 69),
                    ("Hamper Sorter, 2 Compartments, Woven, Grey", 45)),
    "sorterbag": items(f"{SORT} > Replacement Bags", ("Replacement Sorter Bags, Set of 3, Grey", 19),
                       ("Sorter Bag, Canvas, Heavy Duty, White", 9)),
    "pulleyline": items(f"{DRY} > Clotheslines", ("Pulley Clothesline Kit, 50 ft, Galvanized Steel", 39),
                        ("Freshline Pulley Clothesline, 100 ft, with Tightener", 55)),
    "clothesline": items(f"{DRY} > Clotheslines", ("Retractable Clothesline, Single Line, 40 ft, Wall Mount, White", 25),
                         ("Retractable Clothesline, 4 Lines, Stainless Steel", 45),
                         ("Freshline Retractable Clothesline, Indoor, 13 ft, White", 19)),
    "rope": items(f"{DRY} > Clotheslines", ("Clothesline Rope, Braided, 100 ft, Cotton", 12)),
    "pulley": items(f"{DRY} > Clothesline Parts", ("Clothesline Pulley, Heavy Duty, 2 Pack", 12),
                    ("Freshline Clothesline Pulley Wheel, Stainless, 4 Inch", 9)),
    "clothesline_acc": items(f"{DRY} > Clothesline Parts", ("Replacement Line for Retractable Clothesline, 40 ft", 9),
                             ("Retractable Clothesline Replacement Bracket, White", 7),
                             ("Line Tightener for Retractable Clotheslines", 6)),
    "dryerball": items(f"{AIDS} > Dryer Balls", ("Wool Dryer Balls, 6 Pack, XL, Natural", 15),
                       ("Dryer Balls, Reusable, Spiked, 4 Pack, Blue", 9), ("Freshline Dryer Balls, Lavender Scented, 3 Pack", 13)),
    "dryer": items(f"{APPL} > Dryers", ("Portable Clothes Dryer, 1.5 cu ft, Vented, White", 199),
                   ("Compact Tumble Dryer, 3.5 cu ft, Stainless", 349)),
    "pinbag": items(f"{DRY} > Peg Storage", ("Clothespin Bag, Hanging, Canvas, Blue", 12),
                    ("Clothespin Bag with Hook, Mesh, Large", 10), ("Freshline Clothespin Bag, Waterproof, Zip Top", 14)),
    "pin": items(f"{DRY} > Clothespins", ("Wooden Clothespins, 50 Pack", 8),
                 ("Plastic Clothespins, Windproof Grip, 24 Pack, Assorted", 7)),
    "washer": items(f"{APPL} > Washers", ("Portable Washer, 0.9 cu ft, Top Load, White", 159),
                    ("Compact Portable Washer, 1.6 cu ft, 6 Cycles, White", 239),
                    ("Portable Washer and Spin Dryer, Twin Tub, 13 lbs, Grey", 119),
                    ("Freshline Portable Washer, 1.8 cu ft, LED Display, White", 199)),
    "washer_acc": items(f"{APPL} > Washer Parts", ("Drain Hose for Portable Washers, 6 ft, White", 14),
                        ("Stand for Portable Washer, Adjustable, Rolling, White", 39),
                        ("Portable Washer Replacement Inlet Hose, 5 ft", 11),
                        ("Faucet Adapter for Portable Washer, Quick Connect", 9)),
    "washercleaner": items(f"{AIDS} > Machine Cleaners", ("Washer Cleaner Tablets, 24 Count, Front and Top Load", 15),
                           ("Freshline Washer Cleaner, Deep Clean Powder, 6 Pack", 12),
                           ("Washing Machine Cleaner Tablets, Descaler, 12 Count", 10)),
}

T, BA, EB = "トイレ用品", "バス用品", "Bath"
SEAT = f"{T} > 便座"

BATHJP = {
    "cushionseat": items(SEAT, ("クッション便座 ソフト 普通サイズ ベージュ", 4980), ("クッション便座 O型 U型 兼用 やわらか アイボリー", 5480)),
    "seat": items(SEAT, ("便座 普通サイズ ソフト閉止 抗菌 ホワイト", 3980), ("便座 大型 エロンゲート 兼用 前割れ パステルアイボリー", 4480)),
    "washlet": items(f"{SEAT} > 温水洗浄便座", ("温水洗浄便座 貯湯式 脱臭機能 ホワイト", 16800),
                     ("温水洗浄便座 瞬間式 リモコン付き ホワイト", 32800), ("温水洗浄便座 貯湯式 シンプル パステルアイボリー", 13800),
                     ("Electric Bidet Toilet Seat, Heated, Elongated, White", 19800)),
    "washlet_acc": items(f"{SEAT} > 便座小物", ("温水洗浄便座用 分岐金具 G1/2 止水栓付き", 1680),
                         ("温水洗浄便座専用 便座カバー 洗える ホワイト", 1280), ("温水洗浄便座対応 便座シート 吸着 ホワイト", 980),
                         ("交換用 ノズル 温水洗浄便座用 2本", 1480)),
    "seatcushion": items(f"{SEAT} > 便座小物", ("便座クッション 貼るタイプ 洗える 2枚 ベージュ", 780),
                         ("便座クッション 厚手 吸着 O型 グレー", 980)),
    "seatcleaner": items(f"{T} > トイレ掃除", ("便座クリーナー 除菌 スプレー 50ml 携帯用", 480),
                         ("便座クリーナー 詰め替え 400ml", 380), ("便座除菌クリーナー ウェットシート 30枚", 298)),
    "antifog": items(f"{BA} > 浴室掃除", ("くもり止め 鏡用 浴室 スプレー 200ml", 880), ("鏡 くもり止め コーティング剤 お風呂 長持ち", 1280),
                     ("くもり止め シート 鏡 貼るだけ 2枚", 680)),
    "mirror": items(f"{BA} > 浴室ミラー", ("お風呂 鏡 吸盤 角型 30×40cm", 1980), ("鏡 浴室 壁掛け 防錆 丸型 ミラー", 2480)),
    "soilmat": items(f"{BA} > バスマット > 珪藻土マット", ("珪藻土マット 大判 60×39cm グレー", 3280), ("珪藻土マット 速乾 45×35cm グレー", 1980),
                     ("珪藻土マット ミニ 足ふき ホワイト", 1480), ("珪藻土マット ソフト 折りたたみ ベージュ", 2480),
                     ("Diatomaceous Earth Bath Mat, Quick Dry, 24 x 15 in, Grey", 2680)),
    "soilmat_acc": items(f"{BA} > バスマット > 珪藻土マット小物", ("珪藻土マット用 紙やすり 3枚 メンテナンス", 380),
                         ("珪藻土マット専用 スタンド 立てかけ グレー", 1280), ("珪藻土マット対応 滑り止めシート グレー", 480),
                         ("やすり 珪藻土マット用 2枚", 280)),
    "bathbomb": items(f"{EB} > Bath Bombs", ("Bath Bombs Gift Set, 12 Pack, Lavender and Rose", 2480),
                      ("Bath Bomb, Fizzy, Shea Butter, 6 Pieces", 1680), ("バスボム 炭酸 ローズの香り 5個入り", 1280)),
    "bathtray": items(f"{EB} > Bath Trays", ("Bathtub Caddy Tray, Bamboo, Expandable, Phone Holder", 3480),
                      ("Bathtub Tray, Waterproof, Book Stand, Teak", 4980), ("バスタブトレー 竹製 伸縮 スマホスタンド付き", 2980)),
    "towelring": items(f"{BA} > タオル掛け", ("Towel Ring, Wall Mount, Brushed Nickel", 2480),
                       ("Towel Ring, Round, Matte Black, Stainless Steel", 2980), ("タオルリング 壁付け ステンレス 洗面所", 1980)),
    "draincover": items(f"{EB} > Drain Covers", ("排水口カバー 浴室 ステンレス 直径13cm", 980), ("排水口 カバー 髪の毛キャッチ シリコン 2枚", 680),
                        ("排水口カバー 抗菌 ゴミ受け付き ホワイト", 1180)),
    "noise": each(("入浴剤 薬用 炭酸 30錠 詰め合わせ", f"{BA} > 入浴剤", 980), ("タオル掛け 吸盤 2段 ステンレス", f"{BA} > タオル掛け", 1280)),
}

TW, SL = "タオル", "寝具小物"

TOWELS = {
    "towelket": items(f"{SL} > タオルケット", ("タオルケット シングル 綿100% パイル ネイビー", 2980),
                      ("タオルケット ハーフ 140×100cm ベージュ", 1480), ("今治 タオルケット 軽量 無地 ネイビー", 4980)),
    "facetowel": items(f"{TW} > フェイスタオル", ("フェイスタオル 5枚組 綿100% ホワイト", 1980), ("フェイスタオル 今治 ふわふわ グレー 2枚", 1680)),
    "bathtowel": items(f"{TW} > バスタオル", ("バスタオル 厚手 ホテル仕様 グレー", 2480), ("バスタオル 速乾 マイクロファイバー 2枚 ネイビー", 1980)),
    "futonbeater": items(f"{SL} > 布団干し", ("布団たたき ステンレス 吊り下げ穴付き", 780), ("布団たたき 竹製 手編み 伝統", 1280),
                         ("布団たたき ワイヤー 軽量 ほこり払い", 580)),
    "futon": items("寝具 > 布団", ("掛け布団 シングル 洗える 抗菌防臭", 4980), ("敷き布団 シングル 三つ折り 固綿入り", 5980)),
    "yutanpo": items(f"{SL} > 湯たんぽ", ("湯たんぽ ポリ 2.6L カバー付き 赤", 980), ("湯たんぽ 金属 トタン 直火OK 2.5L", 1680),
                     ("湯たんぽ 充電式 蓄熱 コードレス ピンク", 1980), ("湯たんぽ ポリ 1.8L ピンク", 1280),
                     ("Hot Water Bottle, 2L, Knitted Cover, Pink", 1580)),
    "yutanpo_acc": items(f"{SL} > 湯たんぽ > 湯たんぽ小物", ("湯たんぽ用 カバー ニット ボア ピンク", 780),
                         ("湯たんぽ専用 交換キャップ パッキン付き", 380), ("湯たんぽ対応 収納袋 フリース", 580),
                         ("カバー 湯たんぽ用 ふわふわ 大判 ピンク", 680)),
    "earplug": items(f"{SL} > 耳栓", ("耳栓 睡眠用 シリコン 10ペア", 680), ("耳栓 フォーム 遮音 32dB 20個", 480),
                     ("耳栓 ノイズキャンセリング 高性能 3サイズ", 1980)),
    "earplug_acc": items(f"{SL} > 耳栓 > 耳栓小物", ("耳栓用 ケース 携帯 アルミ", 380), ("耳栓専用 交換チップ シリコン Mサイズ", 480),
                         ("耳栓対応 ストラップ コード 2本", 280)),
    "hairturban": items("Towels > Hair Towels", ("Microfiber Hair Towel Wrap, Twist Turban, Pink", 1280),
                        ("Hair Turban Towel, Quick Dry, Button Loop, 2 Pack", 1580), ("ヘアターバン 吸水 速乾 マイクロファイバー グレー", 980)),
    "wearable": items("Bedding > Wearable Blankets", ("Wearable Blanket Hoodie, Sherpa Fleece, Oversized, Grey", 3980),
                      ("Wearable Blanket with Sleeves, Microplush, Navy", 2980), ("着る毛布 フランネル ロング丈 ルームウェア ブラウン", 3480)),
    "coolingtowel": items("Towels > Cooling Towels", ("Cooling Towel, Instant Cool, UPF 50, Blue", 980),
                          ("Cooling Towels, 4 Pack, Neck and Face, Assorted", 1980), ("クールタオル 冷感 UVカット 熱中症対策 ブルー", 880)),
    "lapblanket": items("Bedding > Lap Blankets", ("ひざ掛け ボア 70×100cm ブラウン", 1480), ("ひざ掛け 大判 フランネル 無地 グレー", 1280),
                        ("電気ひざ掛け 洗える USB給電 ベージュ", 2980)),
    "noise": each(("布団ばさみ 6個組 大型 ステンレス", f"{SL} > 布団干し", 880), ("毛布 シングル フランネル 洗える ブラウン", "寝具 > 毛布", 2980)),
}

SHOPS = {"bathroom": BATHROOM, "laundry": LAUNDRY, "bathjp": BATHJP, "towels": TOWELS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("bathroom", "shelf baskets", "shelfbasket", ["basket"], ["basketshelf"]),
    two_types("bathroom", "cup dispenser", "cupdisp", ["dispenser"], ["dispcup"]),
    two_types("laundry", "basket cart", "basketcart", ["cart"], ["cartbasket"]),
    two_types("laundry", "bag sorter", "bagsorter", ["sorter"], ["sorterbag"]),
    two_types("laundry", "pulley clothesline", "pulleyline", ["clothesline", "rope"], ["pulley"]),
    two_types("bathjp", "クッション便座", "cushionseat", ["seat", "washlet"], ["seatcushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("bathroom", "toilet stool", ["toiletstool"], ["toilet"]),
    qualifies("bathroom", "vanity stool", ["vanitystool"], ["vanity"]),
    qualifies("laundry", "dryer balls", ["dryerball"], ["dryer"]),
    qualifies("laundry", "clothespin bag", ["pinbag"], ["pin"]),
    qualifies("laundry", "washer cleaner", ["washercleaner"], ["washer"]),
    qualifies("bathjp", "鏡 くもり止め", ["antifog"], ["mirror"]),
    qualifies("bathjp", "便座 クリーナー", ["seatcleaner"], ["seat", "washlet", "cushionseat"]),
    qualifies("towels", "タオルケット", ["towelket"], ["facetowel", "bathtowel"]),
    qualifies("towels", "布団たたき", ["futonbeater"], ["futon"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("bathroom", "grab bars", ["grabbar"], ["grabbar_acc"]),
    accessories("bathroom", "medicine cabinet", ["medcab"], ["medcab_acc"]),
    accessories("laundry", "portable washer", ["washer"], ["washer_acc"]),
    accessories("laundry", "retractable clothesline", ["clothesline"], ["clothesline_acc"]),
    accessories("bathjp", "温水洗浄便座", ["washlet"], ["washlet_acc"]),
    accessories("bathjp", "珪藻土マット", ["soilmat"], ["soilmat_acc"]),
    accessories("towels", "湯たんぽ", ["yutanpo"], ["yutanpo_acc"]),
    accessories("towels", "耳栓", ["earplug"], ["earplug_acc"]),
    # chrome grab bars: 24in 35, shower 29, fold-down 69 (a white suction one 19; chrome accessories 6-9)
    price("bathroom", "budget chrome grab bar", "grabbar-1", ["grabbar_acc"]),
    # white medicine cabinets: surface 89, recessed 139, wood 119 (an uncoloured frameless one 79; white parts 5-7)
    price("bathroom", "cheap white medicine cabinet", "medcab-0", ["medcab_acc"]),
    # white portable washers: 0.9 cu ft 159, 1.6 cu ft 239, 1.8 cu ft 199 (a grey twin tub 119; white parts 14-39)
    price("laundry", "budget white portable washer", "washer-0", ["washer_acc"]),
    # white 温水洗浄便座: 貯湯式 16800, 瞬間式 32800, English bidet seat 19800 (an アイボリー one 13800; white
    # accessories 980-1280)
    price("bathjp", "激安 ホワイト 温水洗浄便座", "washlet-0", ["washlet_acc"]),
    # grey 珪藻土マット: 大判 3280, 速乾 1980, English mat 2680 (white 1480, beige 2480; grey accessories 480-1280)
    price("bathjp", "お手頃 グレー 珪藻土マット", "soilmat-1", ["soilmat_acc"]),
    # pink 湯たんぽ: 充電式 1980, ポリ 1.8L 1280, English 1580 (a red one 980, an uncoloured metal one 1680; pink
    # covers 680-780)
    price("towels", "安い ピンク 湯たんぽ", "yutanpo-3", ["yutanpo_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("bathjp", "バスボム", "bathbomb"),
    mixed("bathjp", "バスタブトレー", "bathtray"),
    mixed("bathjp", "タオルリング", "towelring"),
    mixed("bathjp", "drain cover", "draincover"),
    mixed("towels", "ヘアターバン", "hairturban"),
    mixed("towels", "着る毛布", "wearable"),
    mixed("towels", "クールタオル", "coolingtowel"),
    mixed("towels", "lap blanket", "lapblanket"),
]

_WEARABLE = "one 着る毛布 first, then a plain 毛布 and the ひざ掛け; neither English Wearable Blanket in the top five"
LIMITS: dict = {("blind98", "mixed:towels:着る毛布", s): _WEARABLE
                for s in ("categories-lexical", "categories-dense", "categories-latin-only")}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind98(q: Q, setup: str, known_limit):
    known_limit("blind98")
    check(q, setup, ENGINES)


def test_blind98_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"chrome": "Chrome", "white": "White", "ホワイト": "White", "グレー": "Grey",
                                 "ピンク": "Pink"})
