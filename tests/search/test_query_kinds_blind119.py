"""A hundred-and-nineteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
ironing and garment care (English: clip hangers and hanger clips, steam irons and their parts,
garment steamers and their parts, ironing boards and board covers, iron cleaners, fabric shavers
and their spare parts, lint rollers and refills), kitchen and bath linens with towel and shower
hardware (English: towel bars, bar towels and grab bars, towel hooks, shower curtains with their
hooks, shower curtain rods and their parts, bath mats and mat grippers), a Japanese kitchen-sink and
drain shop キッチン水回り・排水口 (三角コーナー with their nets and lids, 蛇口 浄水器 and their
カートリッジ, スポンジラック, 排水口 ゴミ受け; part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords or plain Japanese words: Drain Cleaner
パイプクリーナー, Dish Brush 食器ブラシ, Dish Drying Mat 水切りマット) and a Japanese laundry and drying
shop 洗濯用品・ハンガー・物干し (クリップハンガー and ハンガークリップ, ピンチハンガー and their 交換ピンチ,
物干し竿 and 物干し竿受け, アイロン台 and アイロン台カバー; English-titled imports too: Drying Rack
物干しラック, Oxygen Bleach 漂白剤, Stain Remover シミ取り剤, Laundry Cart ランドリーワゴン). Shops of
44-50 items, category paths 2-3 levels deep, marketplace titles. Fewer two_types queries than
usual: the other reversible pairs of these trades (bar towels, クリップハンガー) are earlier suites'
queries, so only their other halves are asked here.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and one English one over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (hundred-and-nineteenth suite), as a measurement only (nothing changed
for it): 74 of 91 cases pass, 30 of 36 queries in every setup (two_types 4/4 queries, 9/9 cases;
qualifies 9/10, 23/25; accessories 8/8, 19/19; price 6/6, 15/15; mixed 3/8, 8/23); the 17 failing
cases (6 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 'ironing board cover' (the three ironing boards above the third board cover),
and the mixed 食器ブラシ (sponges above the English dish brushes), 水切りマット (a シンクマット and a
水切り sponge rack above the English drying mats), 漂白剤 (a laundry detergent third, above the
English bleaches), シミ取り剤 (bleaches and detergent after the one Japanese stain remover, the
English stain removers not shown) and ランドリーワゴン (a laundry basket and an English bleach above the
English laundry carts). One test bug was mended before the run, by the suite's own well_formed
check: a category path four levels deep (Bath > Shower > Shower Curtain Rods > Rod Parts).
After (a Japanese title sold under a leaf naming two types, neither the wanted one, and headed by
one of them, is not of the wanted type by that category where it does not say the query's head: the
sponges under "スポンジ・たわし" beside one 食器ブラシ; the seventeenth session): 食器ブラシ passes.
After (a title whose first word group ends in two nouns joined by "and" is both: "Ironing Board
Cover and Pad" is a cover; the seventeenth session): "ironing board cover" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

L, CC, CL = "Laundry & Ironing", "Clothing Care", "Closet"
IRONS, STEAMERS, BOARDS = f"{L} > Irons", f"{L} > Garment Steamers", f"{L} > Ironing Boards"

GARMENT = {
    "iron": items(f"{IRONS} > Steam Irons", ("Pressline Steam Iron, 1700W, Ceramic Soleplate, Auto Shut-Off, Blue", 39),
                  ("Pressline Pro Steam Iron, 2400W, Vertical Steam, Anti-Drip, Black", 69),
                  ("Steamora Cordless Steam Iron with Charging Base, 1600W, White", 79),
                  ("Compact Steam Iron, 1200W, Non-Stick Soleplate, Black", 24))
    + items(f"{IRONS} > Travel Irons", ("Pressline Mini Travel Steam Iron, Dual Voltage, 420W, White", 29),
            ("Travel Steam Iron, Folding Handle, Dual Voltage, Black", 34)),
    "iron_acc": items(f"{IRONS} > Iron Accessories", ("Soleplate Protector for Steam Irons, Teflon Shoe, Black", 14),
                      ("Replacement Water Tank for Pressline Steam Irons, Clear", 9),
                      ("Silicone Iron Rest Pad for Steam Irons, Heat Resistant, Black", 11)),
    "ironcleaner": items(f"{IRONS} > Iron Care", ("Pressline Iron Cleaner Stick, Soleplate Cleaner, 40g", 8),
                         ("Hot Iron Cleaner, Removes Starch and Scorch Marks, 75ml", 7),
                         ("Iron Cleaner Kit with Cleaning Cloth, Soleplate and Steam Vents", 12)),
    "steamer": items(STEAMERS, ("Steamora Handheld Garment Steamer, 1500W, 15s Heat-Up, White", 39),
                     ("Steamora Upright Garment Steamer, 1800W, 2L Tank, Grey", 99),
                     ("Pressline Travel Garment Steamer, Foldable, 1000W, Black", 29),
                     ("Steamora Mini Garment Steamer, 1100W, 200ml, Grey", 32),
                     ("Handheld Garment Steamer, 1200W, Fabric Brush, Pink", 25)),
    "steamer_acc": items(f"{STEAMERS} > Steamer Accessories",
                         ("Replacement Water Tank for Steamora Handheld Garment Steamer", 12),
                         ("Fabric Brush Attachment for Garment Steamers, 2 Pack", 8),
                         ("Garment Steamer Replacement Hose, 1.5m, Grey", 15)),
    "board": items(BOARDS, ("Pressline Ironing Board, 122x38cm, Iron Rest, Height Adjustable", 59),
                   ("Tabletop Ironing Board, Folding, 76x30cm", 22),
                   ("Wall-Mounted Ironing Board, Fold-Down Cabinet, White", 149)),
    "boardcover": items(f"{BOARDS} > Covers & Pads", ("Ironing Board Cover and Pad, 140x50cm, Silver Reflective", 19),
                        ("Pressline Ironing Board Cover, Elasticated Edge, Fits 122x38cm, Grey Stripe", 15),
                        ("Extra Thick Ironing Board Cover, Felt Padding, 137x45cm, Floral", 24)),
    "shaver": items(f"{CC} > Fabric Shavers",
                    ("Fuzzaway Fabric Shaver, Rechargeable, 3 Blades, Lint Remover, White", 19),
                    ("Fuzzaway Pro Fabric Shaver, 6 Blades, Large Head, Grey", 29),
                    ("Fabric Shaver, Battery Operated, Adjustable Height, Pink", 12)),
    "shaver_acc": items(f"{CC} > Fabric Shavers > Spare Parts",
                        ("Replacement Blades for Fuzzaway Fabric Shaver, 2 Pack", 7),
                        ("Fabric Shaver Replacement Mesh Cover, Fits Fuzzaway", 5),
                        ("Lint Collector Box for Fabric Shavers, Grey", 4)),
    "lintroller": items(f"{CC} > Lint Rollers", ("Linthaus Lint Roller, Extra Sticky, 90 Sheets, Blue", 6),
                        ("Lint Roller with Travel Size, 2 Rollers, 60 Sheets Each", 9)),
    "lintrefill": items(f"{CC} > Lint Rollers > Refills", ("Lint Roller Refills, 60 Sheets, 5 Pack", 9),
                        ("Linthaus Refill Rolls for Lint Roller, 90 Sheets, 3 Pack", 8),
                        ("Extra Sticky Lint Roller Refills, 10 Pack", 15)),
    "cliphanger": items(f"{CL} > Hangers > Clip Hangers",
                        ("Hangsmart Clip Hangers, Velvet, 2 Adjustable Clips, 10 Pack, Black", 19),
                        ("Wooden Clip Hangers for Trousers and Skirts, Anti-Rust Clips, 12 Pack, Natural", 24),
                        ("Plastic Clip Hangers, Space Saving, 20 Pack, White", 15)),
    "hanger": items(f"{CL} > Hangers", ("Hangsmart Velvet Hangers, Non-Slip, 50 Pack, Black", 29),
                    ("Wooden Suit Hangers with Trouser Rod, 20 Pack, Natural", 35),
                    ("Slimline Plastic Hangers, Notched Shoulders, 30 Pack, White", 14)),
    "hangerclip": items(f"{CL} > Hangers > Hanger Accessories",
                        ("Hangsmart Hanger Clips, Finger Clips for Velvet Hangers, 20 Pack, Black", 8),
                        ("Hanger Clips, Strong Grip, Plastic, 24 Pack, Clear", 6),
                        ("Metal Hanger Clips, Rubber Coated Jaws, 12 Pack, Silver", 9)),
    "clip": items(f"{L} > Drying > Laundry Clips", ("Windproof Laundry Clips, Plastic, 24 Pack, Assorted", 7),
                  ("Stainless Steel Laundry Clips, 20 Pack", 11),
                  ("Sock Clips for the Wash, Keeps Pairs Together, 30 Pack", 6)),
    "noise": each(("Spray Starch for Ironing, Crisp Finish, 500ml", f"{L} > Ironing Aids", 6)),
}

B, K = "Bath", "Kitchen Linens"
HW, SH = f"{B} > Hardware", f"{B} > Shower"

LINENS = {
    "towel": items(f"{B} > Towels > Bath Towels", ("Softloom Bath Towels, 100% Cotton, 600 GSM, 4 Pack, White", 39),
                   ("Quick-Dry Bath Towels, Waffle Weave, 2 Pack, Grey", 29),
                   ("Turkish Cotton Bath Towels, 2 Pack, Navy", 34))
    + items(f"{B} > Towels > Hand Towels", ("Softloom Hand Towels, 6 Pack, White", 19),
            ("Ribbed Cotton Hand Towels, 4 Pack, Sage", 16)),
    "bartowel": items(f"{K} > Bar Towels", ("Ribbed Cotton Bar Towels, Bar Mops, 12 Pack, White", 15),
                      ("Softloom Bar Towels, Striped, 40x50cm, 10 Pack, Blue", 17),
                      ("Heavy Duty Bar Towels for Kitchens and Restaurants, 24 Pack, White", 25)),
    "teatowel": items(f"{K} > Tea Towels", ("Linen Tea Towels, 3 Pack, Natural", 18),
                      ("Softloom Tea Towels, Checked, 4 Pack, Red", 14)),
    "towelbar": items(f"{HW} > Towel Bars", ("Brushed Nickel Towel Bar, 60cm, Wall Mount", 29),
                      ("Matte Black Towel Bars, 45cm, 2 Pack", 33),
                      ("Over-the-Cabinet-Door Towel Bar, Stainless Steel, 23cm", 12)),
    "bar": items(f"{HW} > Grab Bars", ("Stainless Steel Grab Bar, 40cm, Shower Safety", 25),
                 ("Suction Cup Grab Bar, Tool-Free, 30cm, White", 15),
                 ("Bathroom Grab Bar, Brushed Nickel, 60cm", 32)),
    "hook": items(f"{HW} > Hooks", ("Adhesive Towel Hooks, Stainless Steel, 4 Pack", 11),
                  ("Towel Hooks, Matte Black, Wall Mount, 2 Pack", 14),
                  ("Double Towel Hook, Brushed Nickel", 9)),
    "curtain": items(f"{SH} > Shower Curtains", ("Waffle Weave Shower Curtain, Fabric, 180x180cm, White", 24),
                     ("Softloom Shower Curtain, Water Repellent, 180x200cm, Grey", 19),
                     ("Botanical Print Shower Curtain with Hooks, 180x180cm, Green", 22),
                     ("PEVA Shower Curtain, Weighted Hem, 180x180cm, Clear", 12)),
    "curtainhook": items(f"{SH} > Curtain Hooks",
                         ("Shower Curtain Hooks, Rust-Proof Stainless Steel, 12 Pack, Chrome", 9),
                         ("Double Glide Shower Curtain Hooks, Roller Balls, 12 Pack, Matte Black", 14),
                         ("Decorative Shower Curtain Hooks, Ball Ends, 12 Pack, Gold", 12)),
    "curtain_acc": items(f"{SH} > Curtain Accessories", ("Magnetic Weights for Shower Curtains, 4 Pack", 6),
                         ("Replacement Liner for Fabric Shower Curtains, 180x180cm, Clear", 9)),
    "rod": items(f"{SH} > Shower Curtain Rods", ("Tension Shower Curtain Rod, 110-190cm, Chrome", 19),
                 ("Curved Shower Curtain Rod, Wall Mount, Brushed Nickel", 39),
                 ("Straight Shower Curtain Rod, Rust-Proof, 150cm, White", 24)),
    "rod_acc": items(f"{SH} > Curtain Rod Parts",
                     ("Replacement End Caps for Shower Curtain Rods, 2 Pack", 5),
                     ("Wall Brackets for Shower Curtain Rod, Chrome, Pair", 9)),
    "mitt": items(f"{K} > Oven Mitts", ("Silicone Oven Mitts, Quilted Lining, Pair, Red", 15),
                  ("Softloom Oven Mitts, Cotton, Pair, Grey", 12)),
    "apron": items(f"{K} > Aprons", ("Cotton Kitchen Apron with Pockets, Black", 16),
                   ("Linen Cross Back Apron, Natural", 24)),
    "bathmat": items(f"{B} > Bath Mats", ("Memory Foam Bath Mat, Non-Slip, 50x80cm, Grey", 19),
                     ("Tufted Cotton Bath Mat, 50x80cm, White", 15),
                     ("Softloom Chenille Bath Mat, 60x90cm, Grey", 22),
                     ("Diatomite Stone Bath Mat, Quick Dry, 60x39cm, Grey", 29)),
    "bathmat_acc": items(f"{B} > Bath Mats > Mat Accessories", ("Anti-Slip Underlay for Bath Mats, 50x80cm, Grey", 7),
                         ("Corner Grippers for Bath Mats and Rugs, 8 Pack, Grey", 6),
                         ("Replacement Sanding Pad for Stone Bath Mats", 5)),
}

KU, KS = "キッチン用品", "Kitchen Sink"
DRAIN, SANKAKU, JOUSUI = f"{KU} > 排水口・パイプ", f"{KU} > 三角コーナー", f"{KU} > 浄水器"

SINK = {
    "sankaku": items(SANKAKU, ("三角コーナー ステンレス 吸盤付き 水切り シンクコーナー", 1480),
                     ("三角コーナー 抗菌 プラスチック 白", 498),
                     ("ラクリア 三角コーナー 自立式 シリコン 折りたたみ 白", 880),
                     ("三角コーナー ふた付き スリム 白", 780),
                     ("三角コーナー ステンレス マット 黒", 1980)),
    "sankakunet": items(f"{SANKAKU} > 三角コーナー用品", ("三角コーナー用 水切りネット 白 50枚入", 198),
                        ("水切りネット 浅型 100枚 三角コーナー用", 298),
                        ("ラクリア 三角コーナー専用 ネット 自立式対応 30枚", 248)),
    "sankaku_acc": items(f"{SANKAKU} > 三角コーナー用品", ("三角コーナー専用 ふた 交換用 白", 380)),
    "purifier": items(JOUSUI, ("浄水器 蛇口直結型 カートリッジ1個付き 13物質除去", 2980),
                      ("ミズハ 蛇口 浄水器 コンパクト 3段切替 白", 3480),
                      ("浄水器 蛇口取り付け スリム 高除去", 4280)),
    "cartridge": items(f"{JOUSUI} > 交換カートリッジ", ("浄水器用 交換カートリッジ 3個入 13物質除去", 3980),
                       ("ミズハ 蛇口浄水器専用 カートリッジ 2個セット", 2480),
                       ("交換カートリッジ 蛇口直結型浄水器対応 1個", 1280)),
    "purifier_acc": items(f"{JOUSUI} > 浄水器部品", ("取付アダプター 浄水器用 蛇口 5種セット", 580)),
    "sponge": items(f"{KU} > スポンジ・たわし", ("食器用スポンジ 抗菌 ソフト 5個入 カラーアソート", 398),
                    ("キッチンスポンジ 泡立ち 3層 10個セット", 598),
                    ("ラクリア スポンジ 食器洗い 傷つけない 3個", 328)),
    "spongerack": items(f"{KU} > シンク収納", ("スポンジラック 吸盤 ステンレス 水切り", 880),
                        ("スポンジラック マグネット 浮かせる収納 白", 1280),
                        ("スポンジラック 2段 たわし置き 黒", 1480)),
    "gloves": items(f"{KU} > ゴム手袋", ("ゴム手袋 天然ゴム 薄手 Mサイズ ピンク", 298))
    + items(f"{KS} > Gloves", ("Rubber Gloves, Reusable, Long Cuff, Medium, Yellow", 680)),
    "pipecleaner": items(f"{KS} > Drain Cleaners", ("Drain Cleaner Gel, Hair and Grease Clog Remover, 1L", 980),
                         ("Foaming Drain Cleaner, Kitchen Sink, 500ml", 780))
    + items(DRAIN, ("パイプクリーナー 排水口 つまり取り ジェル 1L", 698)),
    "dishbrush": items(f"{KS} > Brushes", ("Dish Brush, Long Handle, Soap Dispensing, Grey", 880),
                       ("Bamboo Dish Brush, Replaceable Head, Natural", 680))
    + items(f"{KU} > スポンジ・たわし", ("食器ブラシ 柄付き 抗菌 持ちやすい 白", 398)),
    "dryingmat": items(f"{KS} > Drying Mats", ("Dish Drying Mat, Microfiber, 40x45cm, Grey", 1280),
                       ("Silicone Dish Drying Mat, Heat Resistant, 40x30cm, Black", 1480))
    + items(f"{KU} > シンク収納", ("水切りマット 吸水 マイクロファイバー 大判 グレー", 880)),
    "draincover": items(DRAIN, ("排水口カバー ステンレス 135mm 目皿", 880),
                        ("排水口 ふた シリコン 目皿 黒", 598),
                        ("排水口カバー 抗菌 薄型 フラット 白", 1180)),
    "drainbasket": items(f"{KS} > Sink Strainers", ("排水口 ゴミ受け ステンレス パンチング 深型", 980),
                         ("ゴミ受け 排水口用 抗菌 135mm", 680),
                         ("シンク ゴミ受け 浅型 ステンレス 145mm", 880)),
    "drainnet": items(DRAIN, ("排水口用 水切りネット 浅型 100枚", 298),
                      ("水切りネット 排水口用 ストッキングタイプ 60枚", 248)),
    "noise": each(("亀の子たわし 棕櫚 小", f"{KU} > スポンジ・たわし", 550),
                  ("シンクマット 抗菌 カット可 クリア", f"{KU} > シンク収納", 980),
                  ("Ceramic Soap Dispenser, Pump, 350ml, White", f"{KS} > Soap Dispensers", 1280)),
}

WL, HB, EL = "洗濯用品", "ハンガー・物干し", "Laundry"
PINCH, ROD, IB = f"{WL} > ピンチハンガー", f"{HB} > 物干し竿", f"{WL} > アイロン台"

LAUNDRY = {
    "cliphanger": items(f"{HB} > ハンガー > クリップハンガー",
                        ("クリップハンガー ボトムス スカート ズボン 滑り止め 10本組 黒", 980),
                        ("ホシテ クリップハンガー 木製 2連クリップ 5本セット ナチュラル", 1280),
                        ("クリップハンガー アルミ 省スペース 20本 シルバー", 1480)),
    "hanger": items(f"{HB} > ハンガー", ("ハンガー 滑らない 30本セット 黒", 1480),
                    ("ハンガー アルミ 洗濯 10本 黒", 780),
                    ("木製ハンガー スーツ ジャケット 10本 ナチュラル", 1980),
                    ("ハンガー プラスチック 20本組 白", 598)),
    "hangerclip": items(f"{HB} > ハンガー > ハンガー小物", ("ハンガークリップ 滑り止め 後付け 20個入 黒", 398),
                        ("ハンガークリップ ハンガー用 クリップ 10個 白", 298),
                        ("ホシテ ハンガークリップ 金属 ラバー付き 12個", 480)),
    "clip": items(f"{WL} > 洗濯ばさみ", ("洗濯クリップ 強力 大 ステンレス 4個", 498),
                  ("マルチクリップ 洗濯物 小物干し 12個 カラフル", 298),
                  ("ピンチクリップ 洗濯 ステンレス 20個", 680)),
    "pinch": items(PINCH, ("ピンチハンガー アルミ 40ピンチ 折りたたみ", 1980),
                   ("ピンチハンガー ステンレス 52ピンチ 角型", 3980),
                   ("ピンチハンガー 小型 12ピンチ 白", 598),
                   ("ホシテ ピンチハンガー 32ピンチ 絡まない 白", 880)),
    "pinch_acc": items(f"{PINCH} > 交換部品", ("ピンチハンガー用 交換ピンチ 20個 白", 398),
                       ("ピンチハンガー専用 替えピンチ ステンレス 10個", 580),
                       ("交換用ピンチ 角ハンガー対応 24個 白", 498)),
    "stand": items(f"{HB} > 物干しスタンド", ("物干しスタンド 室内 折りたたみ X型 白", 2980),
                   ("物干しラック ステンレス 伸縮 3段", 4980))
    + items(f"{EL} > Drying Racks", ("Clothes Drying Rack, Foldable, Gullwing, 3 Tier, White", 3480),
            ("Collapsible Drying Rack, Stainless Steel, Indoor and Outdoor", 2980)),
    "rod": items(ROD, ("物干し竿 ステンレス 伸縮 2.4m〜4m", 2980), ("物干し竿 アルミ 3m 軽量", 2480),
                 ("物干し竿 室内 突っ張り 伸縮 白", 1980)),
    "rodholder": items(f"{ROD} > 竿受け", ("物干し竿受け 室内 窓枠 取り付け 2個セット", 1480),
                       ("竿受け 物干し竿受け ベランダ 壁付け ステンレス", 1980),
                       ("物干し竿受け 鴨居 ドア枠 白 2個", 1280)),
    "ironboard": items(IB, ("アイロン台 スタンド式 高さ調節 6段階", 3980), ("アイロン台 卓上 折りたたみ 軽量", 1480))
    + items(f"{EL} > Ironing Boards", ("Ironing Board, Full Size, Foldable, Steam Iron Rest, Grey", 4280)),
    "ironcover": items(f"{IB} > アイロン台カバー", ("アイロン台カバー 交換用 120×38cm スタンド式用", 980),
                       ("アイロン台用 替えカバー 卓上 シルバー", 680),
                       ("ホシテ アイロン台カバー 厚手 フェルト付き", 1280)),
    "bleach": items(f"{WL} > 洗剤・漂白剤", ("酸素系漂白剤 粉末 1kg 衣類 つけ置き", 698),
                    ("衣料用漂白剤 液体 色柄物 詰め替え 1.2L", 498))
    + items(f"{EL} > Laundry Care", ("Oxygen Bleach Powder, Color Safe, 1kg", 980),
            ("Non-Chlorine Laundry Bleach, 1.5L", 880)),
    "stain": items(f"{WL} > 洗剤・漂白剤", ("シミ取り剤 部分洗い スプレー 300ml", 598))
    + items(f"{EL} > Laundry Care", ("Stain Remover Spray, Enzyme, 500ml", 880),
            ("Stain Remover Stick, Pre-Wash, 2 Pack", 680)),
    "wagon": items(f"{WL} > ランドリー収納", ("ランドリーワゴン キャスター付き 3段 スリム", 2980))
    + items(f"{EL} > Laundry Carts", ("Laundry Cart with Wheels, 3 Bags, Rolling Sorter", 4980),
            ("Rolling Laundry Basket Cart, Foldable, Grey", 3480)),
    "noise": each(("洗濯洗剤 液体 詰め替え 1kg", f"{WL} > 洗剤・漂白剤", 498),
                  ("ランドリーバスケット 折りたたみ 45L グレー", f"{WL} > ランドリー収納", 1280)),
}

SHOPS = {"garment": GARMENT, "linens": LINENS, "sink": SINK, "laundry": LAUNDRY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("garment", "clip hangers", "cliphanger", ["hanger"], ["hangerclip"]),
    two_types("garment", "hanger clips", "hangerclip", ["clip"], ["cliphanger"]),
    two_types("linens", "towel bars", "towelbar", ["bar"], ["bartowel"]),
    two_types("laundry", "ハンガー クリップ", "hangerclip", ["clip"], ["cliphanger"]),
    # --- 2. a leading product word that modifies the head
    qualifies("garment", "ironing board cover", ["boardcover"], ["board"]),
    qualifies("garment", "iron cleaner", ["ironcleaner"], ["iron"]),
    qualifies("garment", "lint roller refills", ["lintrefill"], ["lintroller"]),
    qualifies("linens", "shower curtain hooks", ["curtainhook"], ["curtain"]),
    qualifies("linens", "towel hooks", ["hook"], ["towel"]),
    qualifies("sink", "スポンジラック", ["spongerack"], ["sponge"]),
    qualifies("sink", "浄水器 カートリッジ", ["cartridge"], ["purifier"]),
    qualifies("sink", "三角コーナー ネット", ["sankakunet"], ["sankaku"]),
    qualifies("laundry", "物干し竿受け", ["rodholder"], ["rod"]),
    qualifies("laundry", "アイロン台カバー", ["ironcover"], ["ironboard"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("garment", "steam iron", ["iron"], ["iron_acc"]),
    accessories("garment", "garment steamer", ["steamer"], ["steamer_acc"]),
    accessories("garment", "fabric shaver", ["shaver"], ["shaver_acc"]),
    accessories("linens", "shower curtain rod", ["rod"], ["rod_acc"]),
    accessories("linens", "bath mat", ["bathmat"], ["bathmat_acc"]),
    accessories("sink", "三角コーナー", ["sankaku"], ["sankakunet", "sankaku_acc"]),
    accessories("sink", "浄水器", ["purifier"], ["cartridge", "purifier_acc"]),
    accessories("laundry", "アイロン台", ["ironboard"], ["ironcover"]),
    # black steam irons: Pro 69, Compact 24, Travel 34 (a blue one 39, white ones 29-79; black accessories 11-14)
    price("garment", "cheap black steam iron", "iron-3", ["iron_acc"]),
    # grey garment steamers: Upright 99, Mini 32 (a pink one 25, a black one 29; a grey hose 15)
    price("garment", "budget grey garment steamer", "steamer-3", ["steamer_acc"]),
    # grey bath mats: memory foam 19, chenille 22, diatomite 29 (a white one 15; grey accessories 6-7)
    price("linens", "cheap grey bath mat", "bathmat-0", ["bathmat_acc"]),
    # white 三角コーナー: 抗菌 498, 自立式 880, ふた付き 780 (steel ones 1480-1980; a white net pack 198, a white lid 380)
    price("sink", "お手頃 白 三角コーナー", "sankaku-1", ["sankakunet", "sankaku_acc"]),
    # black hangers: 滑らない 1480, アルミ 780 (a white set 598; a black クリップハンガー 980, black ハンガークリップ 398)
    price("laundry", "格安 黒 ハンガー", "hanger-1", ["hangerclip"]),
    # white ピンチハンガー: 小型 598, 32ピンチ 880 (others 1980-3980; white 交換ピンチ 398-498)
    price("laundry", "激安 白 ピンチハンガー", "pinch-2", ["pinch_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("sink", "パイプクリーナー", "pipecleaner"),
    mixed("sink", "食器ブラシ", "dishbrush"),
    mixed("sink", "水切りマット", "dryingmat"),
    mixed("sink", "sink strainer", "drainbasket"),
    mixed("laundry", "物干しラック", "stand"),
    mixed("laundry", "漂白剤", "bleach"),
    mixed("laundry", "シミ取り剤", "stain"),
    mixed("laundry", "ランドリーワゴン", "wagon"),
]

_NO_DRYING_MAT = "a シンクマット and a スポンジラック (水切り) 2nd and 3rd, the English Dish Drying Mats 4th and 5th"
_NO_BLEACH = "洗濯洗剤 3rd and シミ取り剤 4th, above the English bleaches (one 5th)"
_NO_STAIN = "bleaches and 洗濯洗剤 after the one Japanese シミ取り剤; the English Stain Removers not in the results"
_NO_WAGON = "a ランドリーバスケット 2nd and an English bleach 3rd, the English Laundry Carts 4th and 5th"

LIMITS: dict = {
    **{("blind119", "mixed:sink:水切りマット", s): _NO_DRYING_MAT
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind119", "mixed:laundry:漂白剤", s): _NO_BLEACH
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind119", "mixed:laundry:シミ取り剤", s): _NO_STAIN
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind119", "mixed:laundry:ランドリーワゴン", s): _NO_WAGON
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind119(q: Q, setup: str, known_limit):
    known_limit("blind119")
    check(q, setup, ENGINES)


def test_blind119_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "grey": "Grey"})
