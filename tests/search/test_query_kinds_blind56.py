"""A fifty-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: fitness and racket
sports (English: dumbbells, kettlebells, yoga mats and mat straps, resistance bands, tennis rackets,
racket grips and towel grips, string, shuttlecocks, ball hoppers), bathroom fixtures and plumbing
(English: faucets, faucet aerators and faucet filters, shower heads, shower hoses and holders,
toilet seats and hinges, drain stoppers), Japanese baby goods ベビー用品 (ベビーカー and ベビーカーフック,
抱っこ紐 and 抱っこ紐カバー, 哺乳瓶 and 哺乳瓶乳首, チャイルドシート, よだれかけ; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords) and Japanese
cleaning goods 掃除用品 (モップ and モップ替え, ほうき and ちりとり, スポンジ, ゴム手袋, 洗剤, バケツ; with
English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a Y-typed X: "Filter Faucet" for "faucet filter",
   "Handheld Shower Head with Holder" for "shower head holder", "フック付き ベビーカー" for
   "ベビーカー フック");
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (katakana loanwords) in shops with titles in both languages, and two
   English queries over Japanese-only titles under an English category tree: the top three are of
   the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-sixth suite), as a measurement only (nothing changed for it):
82 of 98 cases pass, 33 of 39 queries in every setup (two_types 5/8 queries, 12/19 cases;
qualifies 8/8, 19/19; accessories 7/9, 16/22; price 5/6, 13/16; mixed 8/8, 22/22); the 16 failing
cases (6 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): "drain stopper"
(with the bag-of-words encoder only: a plain "Bathtub Stopper" among the three exact drain
stoppers), "ベビーカー ブランケット" (strollers, one with a blanket, above the plain blankets; a
stroller blanket out of the top three), "モップ ホルダー" (the sponge holders first, the mop with a
holder above the plain holders), "ベビーカー" (a stroller blanket above the English-titled
stroller), "モップ" (a mop holder above the English-titled flat mop) and "激安 グレー ベビーカー" (a
grey stroller hook, then a grey stroller blanket, first), the last five each in all three of
their setups.

After (a category level ending in an accessory word names the whole word before it, where Sudachi
read the two as ベビー + カー用品: "ベビーカー用品" sells goods for a ベビーカー): ベビーカー and 激安
グレー ベビーカー pass. After (two groups of a title the catalogue also writes as one word are that
compound: "モップ ホルダー" is the モップホルダー another title writes whole): モップ ホルダー and モップ pass.
After (a keyword group one title says is no evidence of a home: "ブランケット ガーゼ" is a blanket):
ベビーカー ブランケット passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

F, R = "Fitness", "Racket Sports"
YOGA, GRIPS, TENNIS = f"{F} > Yoga", f"{R} > Grips & Strings", f"{R} > Tennis"

FIT = {
    "dumbbell": items(f"{F} > Strength > Dumbbells", ("IronCore Hex Dumbbells, Rubber Coated, Pair, 10kg, Black", 59),
                      ("Neoprene Dumbbells, Pair, 3kg, Pink", 19),
                      ("Adjustable Dumbbells, 2.5-24kg, Dial Select, Black", 249)),
    "kettlebell": items(f"{F} > Strength > Kettlebells", ("IronCore Cast Iron Kettlebell, 12kg, Black", 45),
                        ("Vinyl Kettlebell, 8kg, Red", 29), ("Competition Kettlebell, 16kg, Yellow", 69)),
    "yogamat": items(f"{YOGA} > Yoga Mats", ("Lotuswell Yoga Mat, 6mm, Non-Slip, Black", 29),
                     ("TPE Yoga Mat, Double-Sided, 8mm, Purple/Grey", 25),
                     ("Cork Yoga Mat, Natural Rubber Base, 4mm", 59), ("Travel Yoga Mat, Foldable, 1.5mm, Blue", 18),
                     ("Yoga Mat with Carrying Strap, 10mm Thick, Black", 22)),
    "matstrap": items(f"{YOGA} > Mat Accessories", ("Yoga Mat Strap, Adjustable Sling, Black", 9),
                      ("Lotuswell Mat Carrying Strap for Yoga Mats, Cotton, Black", 8),
                      ("Yoga Mat Strap with Shoulder Pad, Purple", 12)),
    "matbag": items(f"{YOGA} > Mat Accessories", ("Yoga Mat Bag, Full Zip, Fits 8mm Mats, Black", 19)),
    "yogatowel": items(f"{YOGA} > Yoga Towels", ("Yoga Mat Towel, Non-Slip Grip Dots, Microfiber, Blue", 24),
                       ("Hot Yoga Towel with Silicone Grip, Mat Size, Black", 27)),
    "band": items(f"{F} > Resistance Bands", ("FlexPro Resistance Bands, Set of 5, Latex Loops", 15),
                  ("Fabric Resistance Bands, Hip Bands, 3 Pack", 19), ("Resistance Band with Handles, Tube, 15kg", 22),
                  ("Long Resistance Bands, Pull-Up Assist, Set of 4", 29)),
    "band_acc": items(f"{F} > Resistance Bands > Band Accessories", ("Door Anchor for Resistance Bands, 2 Pack", 6),
                      ("FlexPro Replacement Handles for Resistance Bands, Foam, Pair", 9),
                      ("Ankle Straps for Resistance Bands, Padded, Pair", 8)),
    "racket": items(f"{TENNIS} > Tennis Rackets", ("Ace Pro Tennis Racket, 300g, Grip Size 2, Black", 149),
                    ("Graphite Tennis Racket, Oversize Head, Grip Size 3, Black", 89),
                    ("Ace Lite Tennis Racket, 270g, Grip Size 1, White", 119),
                    ("Junior Tennis Racket, 25 Inch, Grip Size 0, Blue", 39)),
    "badminton": items(f"{R} > Badminton > Badminton Rackets", ("Featherline Badminton Racket, Carbon, 85g, Red", 49),
                       ("Badminton Rackets, 2 Pack, with Cover", 25)),
    "racketgrip": items(GRIPS, ("Leather Racket Grip, Replacement, Brown", 14), ("Ace Racket Grip, Cushion, Black", 9),
                        ("Racket Grip, Tacky, Perforated, White", 6)),
    "towelgrip": items(GRIPS, ("Featherline Towel Grip, Cotton, Badminton, White", 6),
                       ("Towel Grip Roll, 10m, Assorted Colours", 15),
                       ("Towel Grips for Badminton Rackets, 3 Pack, Red", 9)),
    "string": items(GRIPS, ("Ace Poly Tennis String, 1.25mm, 12m Set, Black", 12),
                    ("Synthetic Gut Tennis String Reel, 200m, White", 59),
                    ("Badminton String, 0.66mm, 10m, Yellow", 8)),
    "hopper": items(f"{TENNIS} > Court Equipment", ("Tennis Ball Hopper, Holds 72 Balls, Black", 49),
                    ("Ball Hopper, Pickup Basket, 80 Balls, Collapsible", 39),
                    ("Ace Ball Hopper with Wheels, 150 Balls", 89)),
    "ball": items(f"{TENNIS} > Tennis Balls", ("Ace Championship Tennis Balls, 4 Ball Can", 6),
                  ("Practice Tennis Balls, 60 Pack, Mesh Bag", 39), ("Pressureless Tennis Balls, 12 Pack", 15)),
    "shuttle": items(f"{R} > Badminton > Shuttlecocks", ("Feather Shuttlecocks, Tube of 12, White", 19),
                     ("Nylon Shuttlecocks, 6 Pack, Yellow", 9)),
}

B, P, KF = "Bathroom", "Plumbing", "Kitchen > Water Filtration"
SHOWER = f"{B} > Showers"

BATH = {
    "faucet": items(f"{B} > Faucets > Sink Faucets", ("Aqualine Single Handle Bathroom Faucet, Chrome", 69),
                    ("Waterfall Bathroom Sink Faucet, Matte Black", 89),
                    ("Two Handle Centerset Faucet, 4 Inch, Chrome", 49),
                    ("Basin Mixer Faucet, Tall, Matte Black", 75))
    + each(("Kitchen Faucet with Pull-Down Sprayer, Brushed Nickel", "Kitchen > Faucets", 129)),
    "aerator": items(f"{B} > Faucets > Faucet Parts", ("Faucet Aerator, Replacement, M22, Chrome, 2 Pack", 7),
                     ("Aqualine Replacement Aerator for Bathroom Faucets, Matte Black", 9),
                     ("Swivel Faucet Aerator, 360 Degree, Dual Spray, Chrome", 12)),
    "filterfaucet": items(f"{KF} > Filter Faucets", ("Filter Faucet for Reverse Osmosis Systems, Brushed Nickel", 39),
                          ("Drinking Water Filter Faucet, Lead-Free, Stainless Steel", 45),
                          ("Aqualine 3-Way Filter Faucet, Kitchen, Matte Black", 149)),
    "faucetfilter": items(f"{KF} > Faucet Filters", ("Aqualine Faucet Filter, 320 Gallon, Chrome", 35),
                          ("Faucet Filter, Vertical Mount, White", 25),
                          ("Faucet Filter System with 2 Cartridges, Chrome", 39)),
    "filter": items(f"{KF} > Water Filters", ("Under Sink Water Filter, Direct Connect, 0.5 Micron", 89),
                    ("Countertop Water Filter, Connects to Faucet, 5 Stage", 69)),
    "showerhead": items(f"{SHOWER} > Shower Heads", ("Aqualine Rain Shower Head, 10 Inch, Chrome", 49),
                        ("High Pressure Shower Head, 5 Settings, Matte Black", 34),
                        ("Eco Shower Head, Low Flow, Chrome", 19),
                        ("Aqualine Rain Shower Head, 12 Inch, Matte Black", 69)),
    "showerhead.holder": items(f"{SHOWER} > Shower Heads",
                               ("Handheld Shower Head with Holder, 6 Settings, Chrome", 29),
                               ("Handheld Shower Head with Holder and Hose, Matte Black", 39)),
    "showerholder": items(f"{SHOWER} > Shower Accessories", ("Shower Head Holder, Adjustable, Suction Cup, Chrome", 9),
                          ("Shower Head Holder, Wall Mount, Adhesive, Matte Black", 12),
                          ("Aqualine Shower Head Holder, Angle Adjustable, Chrome", 14)),
    "showerhose": items(f"{SHOWER} > Shower Accessories", ("Shower Hose, 1.5m, Stainless Steel, Chrome", 12),
                        ("Aqualine Anti-Twist Shower Hose, 2m, Matte Black", 19),
                        ("Replacement Shower Hose for Handheld Shower Heads, 1.75m", 15)),
    "toiletseat": items(f"{B} > Toilets > Toilet Seats", ("Aqualine Soft Close Toilet Seat, Elongated, White", 45),
                        ("Round Toilet Seat, Quick Release Hinges, White", 32),
                        ("Wooden Toilet Seat, Oak, Zinc Hinges", 59),
                        ("Toilet Seat with Built-In Child Seat, White", 49), ("Padded Toilet Seat, Round, Blue", 29)),
    "hinge": items(f"{B} > Toilets > Toilet Seat Parts", ("Toilet Seat Hinges, Replacement, Stainless Steel, Pair", 12),
                   ("Soft Close Toilet Seat Hinges, Top Fixing, 2 Pack", 15),
                   ("Aqualine Replacement Hinges for Toilet Seats, White", 9),
                   ("Toilet Seat Hinge Bolts, Plastic, White, 2 Pack", 5)),
    "stopper": items(f"{P} > Drains > Drain Stoppers", ("Pop-Up Drain Stopper, Bathroom Sink, Chrome", 12),
                     ("Bathtub Drain Stopper, Silicone, Universal", 6),
                     ("Aqualine Push Drain Stopper, Matte Black", 14)),
    "plug": items(f"{P} > Drains > Drain Stoppers", ("Sink Stopper, Rubber Plug with Chain, 2 Pack", 5),
                  ("Bathtub Stopper, Lift and Turn, Chrome", 16)),
    "drain": items(f"{P} > Drains > Sink Drains", ("Bathroom Sink Drain with Stopper, Overflow, Chrome", 19),
                   ("Pop-Up Sink Drain with Stopper, No Overflow, Matte Black", 24),
                   ("Shower Drain, Square, 15cm, Stainless Steel", 25)),
}

BY, BF = "ベビー用品", "Baby Feeding"
STROLLER, CARRIER, CARSEAT = f"{BY} > ベビーカー", f"{BY} > 抱っこ紐", f"{BY} > チャイルドシート"

BABY = {
    "stroller": items(STROLLER, ("ベビーカー B型 コンパクト 折りたたみ 自立 グレー", 12800),
                      ("ベビーカー 背面式 リクライニング 3輪 グレー", 19800),
                      ("Lightweight Baby Stroller, One-Hand Fold, Grey", 15800),
                      ("ベビーカー B型 超軽量 3.2kg バギー ベージュ", 9800)),
    "stroller.hook": items(STROLLER, ("ベビーカー B型 フック付き 軽量 ブラック", 14800)),
    "stroller.blanket": items(STROLLER, ("ベビーカー A型 ハイシート ブランケット付き ネイビー", 32800)),
    "strollerhook": items(f"{STROLLER} > ベビーカー用品", ("ベビーカーフック 2個セット 回転式 ブラック", 980),
                          ("ベビーカー用 フック カラビナ型 荷物掛け", 680),
                          ("ベビーカー フック マルチ 360度回転 グレー 2個", 780)),
    "hook": items(f"{BY} > お出かけ小物", ("マルチフック カラビナ 荷物掛け 2個 ブラック", 580),
                  ("S字フック 大 荷物掛け 4個", 480)),
    "strollerblanket": items(f"{STROLLER} > ベビーカー用品", ("ベビーカー ブランケット 4way 防寒 ボア ベルト穴付き グレー", 2980),
                             ("ベビーカー ブランケット 撥水 ダウン風 ネイビー", 3480),
                             ("ベビーカー用 ブランケット クリップ付き ニット", 1980)),
    "blanket": items(f"{BY} > 寝具", ("ブランケット ガーゼ 6重 新生児 綿100% 100×100cm", 2980),
                     ("おくるみ ブランケット 防寒 ボア 冬", 2480)),
    "stroller_acc": items(f"{STROLLER} > ベビーカー用品", ("ベビーカー用 レインカバー 撥水 前開き グレー", 2480)),
    "carrier": items(CARRIER, ("抱っこ紐 新生児 4way 腰ベルト メッシュ ネイビー", 14800),
                     ("抱っこ紐 コンパクト 軽量 ヒップシート ベージュ", 8980),
                     ("Ergonomic Baby Carrier, 6 Positions, Grey", 12800)),
    "carriercover": items(f"{CARRIER} > 抱っこ紐カバー", ("抱っこ紐カバー 防寒 ケープ 4way ネイビー", 3980),
                          ("抱っこ紐用 収納カバー ポーチ型 ベージュ", 1980),
                          ("抱っこ紐対応 防寒カバー 撥水 ブラック", 2980)),
    "bottle": items(f"{BF} > 哺乳瓶", ("哺乳瓶 ガラス製 240ml 広口", 1980), ("哺乳瓶 プラスチック PPSU 160ml 新生児", 2480),
                    ("哺乳瓶 耐熱ガラス 120ml 母乳実感", 1680), ("Anti-Colic Baby Bottles, 260ml, 3 Pack", 3480)),
    "nipple": items(f"{BF} > 哺乳瓶 > 乳首", ("哺乳瓶用 乳首 Sサイズ 2個入 1ヶ月から", 880),
                    ("哺乳瓶 乳首 Mサイズ 替え乳首 2個", 980), ("乳首 哺乳瓶対応 クロスカット 3ヶ月から", 780)),
    "bottle_acc": items(f"{BF} > 哺乳瓶 > お手入れ", ("哺乳瓶用 ブラシ スポンジ 360度回転", 1280)),
    "carseat": items(CARSEAT, ("チャイルドシート 新生児 ISOFIX 回転式 360度 黒", 39800),
                     ("チャイルドシート 1歳から 2way シートベルト固定 黒", 12800),
                     ("チャイルドシート ジュニア 3歳から 軽量 グレー", 7980),
                     ("Convertible Car Seat, ISOFIX, 0-4 Years, Black", 29800)),
    "carseat_acc": items(f"{CARSEAT} > チャイルドシート用品", ("チャイルドシート用 保護マット 滑り止め 黒", 1980),
                         ("チャイルドシート対応 ベビーミラー 後ろ向き 黒", 1480)),
    "monitor": items("Baby > Monitors", ("ベビーモニター カメラ 見守り スマホ連動 暗視", 6980),
                     ("Video Baby Monitor, 5 Inch Screen, Night Vision", 8980),
                     ("Baby Monitor with Camera and Audio, 2 Cameras", 12800)),
    "highchair": items("Baby > Furniture > High Chairs", ("ハイチェア ベビー 木製 高さ調節 ナチュラル", 12800),
                       ("Wooden High Chair, Adjustable, with Tray", 14800),
                       ("Foldable High Chair, 6 Heights, Grey", 9800)),
    "gate": items("Baby > Safety > Baby Gates", ("ベビーゲート 突っ張り 階段上 白", 5980),
                  ("Baby Gate, Pressure Mounted, Walk-Through, White", 6980), ("Extra Wide Baby Gate, 76-140cm", 8980)),
    "bib": items(f"{BF} > Bibs", ("よだれかけ 3枚セット ガーゼ 綿100% 新生児", 1280), ("よだれかけ 360度 スタイ 防水 花柄", 980),
                 ("スタイ バンダナ よだれかけ 5枚組 男の子", 1480)),
}

S, CL = "掃除用品", "Cleaning"
MOP = f"{S} > モップ"

CLEAN = {
    "mop": items(MOP, ("フローリングモップ 水拭き 乾拭き 両用 青", 2480), ("モップ 回転式 360度 マイクロファイバー 白", 2980),
                 ("モップ 木製 柄 綿 業務用 150cm", 1980), ("Microfiber Flat Mop, Extendable Handle, 3 Pads, Blue", 3480)),
    "mop.holder": items(MOP, ("モップ スプレー式 ホルダー付き 壁掛け グレー", 3280)),
    "mopref": items(f"{MOP} > モップ替え", ("モップ替え マイクロファイバー 3枚 フローリングモップ用", 980),
                    ("モップ専用 替えパッド 回転式 6枚 白", 1280), ("交換用 モップクロス モップ対応 綿 2枚", 680),
                    ("Replacement Mop Pads for Flat Mops, 4 Pack, Blue", 1480)),
    "mopholder": items(f"{S} > 収納", ("モップホルダー 壁掛け ほうき 3本掛け", 1480), ("モップ ホルダー 吸着 工具不要 2個 白", 980),
                       ("モップ ホルダー ステンレス ほうき 掃除用具 4連", 1980)),
    "holder": items(f"{S} > 収納", ("ホルダー 壁掛け 掃除用具 フック 5連 黒", 1280), ("ほうき ホルダー クリップ式 2個", 580)),
    "broom": items(f"{S} > ほうき・ちりとり", ("ほうき 室内用 シダ 長柄", 1980), ("ほうき ちりとり セット 自立式 スリム 白", 1480),
                   ("ほうき 屋外用 竹 大", 1280)),
    "dustpan": items(f"{S} > ほうき・ちりとり", ("ちりとり 蓋付き 屋外 大", 980), ("ちりとり ゴム付き ミニ", 480)),
    "sponge": items(f"{CL} > Sponges", ("スポンジ キッチン 抗菌 10個入 黄", 398), ("スポンジ 研磨 バス用 青 3個", 498),
                    ("スポンジ 食器用 ネット付き 5個 ピンク", 298), ("Cellulose Sponges, Kitchen, 12 Pack, Blue", 598)),
    "spongeholder": items(f"{CL} > Sponges > Sponge Holders", ("スポンジホルダー 吸盤 シンク ステンレス", 680),
                          ("スポンジ ホルダー マグネット 水切り 白", 880), ("スポンジ用 ホルダー 吊り下げ 2個 青", 380)),
    "gloves": items(f"{CL} > Gloves", ("ゴム手袋 天然ゴム 薄手 Mサイズ ピンク", 298), ("ゴム手袋 ロング 裏起毛 Lサイズ 青", 498),
                    ("ゴム手袋 キッチン 中厚手 Sサイズ 黄 3双", 580)),
    "bucket": items(f"{CL} > Buckets", ("バケツ 10L 角型 目盛り付き 青", 780), ("バケツ 折りたたみ 12L シリコン グレー", 1280),
                    ("バケツ 丸型 15L 蓋付き 青", 980), ("Collapsible Bucket, 10L, Blue", 1180), ("バケツ 5L ミニ 白", 380)),
    "bucket_acc": items(f"{CL} > Buckets > バケツ用品", ("バケツ用 蓋 10L 角型 青", 280), ("バケツ専用 キャスター台 青", 680)),
    "detergent": items(f"{S} > 洗剤", ("お風呂用 洗剤 スプレー 本体 400ml", 298), ("Multi-Surface Cleaner Spray, 750ml, Lemon", 598)),
    "squeegee": items(f"{CL} > Tools > Squeegees", ("スクイージー 水切り 窓 浴室 30cm", 980),
                      ("Shower Squeegee, Stainless Steel, 25cm, with Hook", 1280),
                      ("Window Squeegee, Rubber Blade, 35cm", 1480)),
    "spraybottle": items(f"{CL} > Tools > Spray Bottles", ("スプレーボトル 500ml 霧吹き 空ボトル 2本", 398),
                         ("Spray Bottles, Empty, 16oz, 3 Pack", 698), ("Glass Spray Bottle, Amber, 500ml", 598)),
    "deckbrush": items(f"{S} > ブラシ", ("デッキブラシ 柄付き 120cm 屋外 ナイロン", 1480),
                       ("Deck Scrub Brush, Long Handle, Stiff Bristles", 1980),
                       ("Patio Deck Brush, 2-in-1 Scraper, 130cm", 2280)),
}

SHOPS = {"fit": FIT, "bath": BATH, "baby": BABY, "clean": CLEAN}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("fit", "towel grip", "towelgrip", ["racketgrip"], ["yogatowel"]),
    two_types("bath", "faucet filter", "faucetfilter", ["filter"], ["filterfaucet"]),
    two_types("bath", "filter faucet", "filterfaucet", ["faucet"], ["faucetfilter"]),
    two_types("bath", "drain stopper", "stopper", ["plug"], ["drain"]),
    two_types("bath", "shower head holder", "showerholder", [], ["showerhead.holder"]),
    two_types("baby", "ベビーカー フック", "strollerhook", ["hook"], ["stroller.hook"]),
    two_types("baby", "ベビーカー ブランケット", "strollerblanket", ["blanket"], ["stroller.blanket"]),
    two_types("clean", "モップ ホルダー", "mopholder", ["holder"], ["mop.holder"]),
    # --- 2. a leading product word that modifies the head
    qualifies("fit", "racket grip", ["racketgrip", "towelgrip"], ["racket", "badminton"]),
    qualifies("fit", "ball hopper", ["hopper"], ["ball"]),
    qualifies("fit", "yoga mat strap", ["matstrap"], ["yogamat"]),
    qualifies("bath", "faucet aerator", ["aerator"], ["faucet"]),
    qualifies("bath", "toilet seat hinges", ["hinge"], ["toiletseat"]),
    qualifies("baby", "哺乳瓶 乳首", ["nipple"], ["bottle"]),
    qualifies("baby", "抱っこ紐 カバー", ["carriercover"], ["carrier"]),
    qualifies("clean", "スポンジ ホルダー", ["spongeholder"], ["sponge"]),
    # --- 3. accessories ("for X", "Replacement ...", X用 / X専用 / X対応); price word + colour + type
    accessories("fit", "resistance bands", ["band"], ["band_acc"]),
    accessories("fit", "yoga mat", ["yogamat"], ["matstrap", "matbag", "yogatowel"]),
    accessories("fit", "tennis racket", ["racket"], ["racketgrip", "towelgrip", "string"]),
    accessories("bath", "shower head", ["showerhead"], ["showerholder", "showerhose"]),
    accessories("bath", "toilet seat", ["toiletseat"], ["hinge"]),
    accessories("baby", "ベビーカー", ["stroller"], ["strollerhook", "strollerblanket", "stroller_acc"]),
    accessories("baby", "哺乳瓶", ["bottle"], ["nipple", "bottle_acc"]),
    accessories("clean", "モップ", ["mop"], ["mopref", "mopholder"]),
    accessories("clean", "スポンジ", ["sponge"], ["spongeholder"]),
    # black yoga mats: Lotuswell 29, with carrying strap 22 (a blue travel mat 18; black straps 8-9, bag 19,
    # towel 27)
    price("fit", "cheap black yoga mat", "yogamat-4", ["matstrap", "matbag", "yogatowel"]),
    # white toilet seats: soft close 45, round 32, child seat 49 (a blue padded one 29; white hinges 9, bolts 5)
    price("bath", "cheap white toilet seat", "toiletseat-1", ["hinge"]),
    # 黒 child seats: ISOFIX 39800, 2way 12800, English Black 29800 (a grey junior seat 7980; 黒 accessories
    # 1480-1980)
    price("baby", "安い 黒 チャイルドシート", "carseat-1", ["carseat_acc"]),
    # grey strollers: B型 12800, 3輪 19800, English Grey 15800 (a beige buggy 9800; grey hook 780, blanket 2980,
    # rain cover 2480)
    price("baby", "激安 グレー ベビーカー", "stroller-0", ["strollerhook", "strollerblanket", "stroller_acc"]),
    # 青 sponges: 研磨 498, English Blue 598 (a pink 298 and a yellow 398; a 青 holder 380)
    price("clean", "格安 青 スポンジ", "sponge-1", ["spongeholder"]),
    # 青 buckets: 10L 780, 15L 980, English Blue 1180 (a white 5L 380; 青 lid 280, caster base 680)
    price("clean", "お手頃 青 バケツ", "bucket-0", ["bucket_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("baby", "ベビーモニター", "monitor"),
    mixed("baby", "ハイチェア", "highchair"),
    mixed("baby", "ベビーゲート", "gate"),
    mixed("baby", "baby bibs", "bib"),
    mixed("clean", "スクイージー", "squeegee"),
    mixed("clean", "スプレーボトル", "spraybottle"),
    mixed("clean", "デッキブラシ", "deckbrush"),
    mixed("clean", "rubber gloves", "gloves"),
]

LIMITS: dict = {
    ("blind56", "two_types:bath:drain_stopper", "categories-dense"):
        "'Bathtub Stopper, Lift and Turn' (a plain stopper) third, above the exact 'Pop-Up Drain Stopper'",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind56(q: Q, setup: str, known_limit):
    known_limit("blind56")
    check(q, setup, ENGINES)


def test_blind56_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "黒": "Black", "グレー": "Grey", "青": "Blue"})
