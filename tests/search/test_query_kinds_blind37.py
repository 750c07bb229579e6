"""A thirty-seventh blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses together: a cookware
and knife store (English), a toy and hobby store (English), a Japanese garden and gardening shop
ガーデニング用品 (part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords or plain Japanese words) and a Japanese shoes and bags shop 靴・バッグ
(with English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under a partly English
   category tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirty-seventh suite), as a measurement only (nothing changed for it):
93 of 95 cases pass, 36 of 37 queries in every setup (two_types 8/8 queries, 22/22 cases;
qualifies 7/7, 17/17; accessories 8/8, 19/19; price 6/6, 15/15; mixed 7/8, 20/22); the 2 failing
cases (1 query, in both its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
the English "fertilizer" over the garden shop's Japanese 肥料 titles (化成肥料, 液体肥料, 有機肥料)
finds none of them. After (the English word read as the Japanese words of the titles that mean
it, `search.bilingual.japanese_words`): 95 of 95.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

CW, CU, PR = "Cookware", "Cutlery", "Food Prep"

COOK = {
    "skillet": items(f"{CW} > Skillets", ("Ironcrest Cast Iron Skillet, 10 Inch, Pre-Seasoned, Black", 34),
                     ("Ironcrest Enameled Cast Iron Skillet, 10 Inch, Red", 59),
                     ("Copperline Nonstick Skillet, 12 Inch, Ceramic Coated, Red", 29),
                     ("Tri-Ply Stainless Steel Skillet, 8 Inch", 39),
                     ("Nonstick Aluminum Skillet Set, 8 and 10 Inch, Red", 36),
                     ("Basic Nonstick Skillet, 8 Inch, Grey", 15)),
    "skillet_acc": items(f"{CW} > Skillet Accessories",
                         ("Silicone Handle Cover for Cast Iron Skillets, Red, 2 Pack", 9),
                         ("Universal Glass Lid for Skillets, 10-12 Inch", 19),
                         ("Chainmail Scrubber for Cast Iron Skillets, 7x7 Inch", 12),
                         ("Ironcrest Skillet Replacement Handle Grip, Silicone, Red", 7)),
    "saucepan": items(f"{CW} > Saucepans", ("Copperline Nonstick Saucepan with Lid, 2 Quart, Black", 32),
                      ("Tri-Ply Stainless Steel Saucepan, 3 Quart, with Glass Lid", 54),
                      ("Enameled Saucepan, 1.5 Quart, Black", 27),
                      ("Ironcrest Hard Anodized Saucepan, 2.5 Quart, Black", 44),
                      ("Milk Saucepan with Pour Spouts, 1 Quart, Cream", 18)),
    "saucepan_acc": items(f"{CW} > Lids & Parts", ("Glass Replacement Lid for Saucepans, 16cm, Black Knob", 12),
                          ("Saucepan Replacement Lid Knobs, Black, 2 Pack", 6),
                          ("Silicone Handle Sleeve for Saucepans, Black", 8)),
    "steamer": items(f"{CW} > Steamers", ("Bamboo Steamer, 10 Inch, 2 Tier with Lid", 24),
                     ("Stainless Steel Steamer Basket, Collapsible, 6-11 Inch", 12),
                     ("Electric Food Steamer, 3 Tier, 9.5 Quart", 49),
                     ("Stainless Steel Steamer Pot Set, 3 Tier, 11 Inch", 59)),
    "steamer_acc": items(f"{CW} > Steamer Accessories",
                         ("Perforated Parchment Liners for Bamboo Steamers, 10 Inch, 200 Pack", 8),
                         ("Silicone Steamer Mats for Bamboo Steamer, Reusable, 4 Pack", 10),
                         ("Steamer Replacement Lid, Bamboo, 10 Inch", 11)),
    "knife": items(f"{CU} > Kitchen Knives", ("Kiriko Chef Knife, 8 Inch, German Steel", 49),
                   ("Kiriko Santoku Knife, 7 Inch, Hollow Edge", 45),
                   ("Bread Knife, Serrated, 10 Inch, Walnut Handle", 29),
                   ("Paring Knife, 3.5 Inch, 2 Pack", 12)),
    "knifeset": items(f"{CU} > Knife Sets", ("Kiriko 6-Piece Knife Set, Stainless, Gift Box", 99),
                      ("Steak Knife Set, 6 Pieces, Serrated", 29),
                      ("Ceramic Knife Set, 4 Pieces, with Sheaths", 34)),
    "knifeblock": items(f"{CU} > Knife Blocks", ("Universal Knife Block, Bamboo, Holds 12 Knives", 34),
                        ("Magnetic Knife Block, Double Sided, Acacia Wood", 45),
                        ("Empty Knife Block, Walnut, 7 Slots", 39)),
    "sharpener": items(f"{CU} > Sharpeners", ("Kiriko Knife Sharpener, 3-Stage, Ceramic and Diamond", 24),
                       ("Electric Knife Sharpener, 2-Stage", 59),
                       ("Whetstone Knife Sharpener, 1000/6000 Grit, Bamboo Base", 36),
                       ("Pull-Through Knife Sharpener, Compact, Black", 12)),
    "board": items(f"{PR} > Cutting Boards", ("Acacia Wood Cutting Board, Large, 18x12 Inch", 39),
                   ("Plastic Cutting Boards, Set of 3, Dishwasher Safe, White", 19),
                   ("End Grain Walnut Cutting Board with Juice Groove", 89),
                   ("Bamboo Cutting Board, Medium, with Handle", 22)),
    "board_acc": items(f"{PR} > Board Care", ("Cutting Board Oil, Food Grade Mineral Oil, 12 oz", 11),
                       ("Board Cream for Cutting Boards, Beeswax, 5 oz", 13),
                       ("Non-Slip Gripper Mat for Cutting Boards, 2 Pack", 9),
                       ("Drying Rack for Cutting Boards, Stainless, 3 Slots", 17)),
    "spatula": items("Utensils > Spatulas", ("Silicone Spatula Set, 3 Pieces, Heat Resistant, Red", 14),
                     ("Fish Spatula, Stainless, Slotted", 11)),
}

T, HB = "Toys", "Hobbies"

TOY = {
    "puzzle.jigsaw": items(f"{T} > Puzzles > Jigsaw Puzzles",
                           ("Ravenwood Jigsaw Puzzle, 1000 Pieces, Mountain Lake", 19),
                           ("Ravenwood Jigsaw Puzzle, 500 Pieces, Vintage Map", 15),
                           ("Kids Jigsaw Puzzle, 100 Pieces, Dinosaurs", 11),
                           ("Panorama Jigsaw Puzzle, 2000 Pieces, City Skyline", 29)),
    "puzzle.frame": items(f"{T} > Puzzles > Frame Puzzles", ("Wooden Frame Puzzle, Farm Animals, 12 Pieces", 14),
                          ("Toddler Frame Puzzle, Alphabet, Chunky Wood", 16),
                          ("Magnetic Frame Puzzle, Vehicles, 20 Pieces", 13)),
    "displayframe": items(f"{HB} > Puzzle Accessories",
                          ("Puzzle Frame, Aluminum, Fits 1000 Pieces, 70x50cm, Black", 24),
                          ("Ravenwood Puzzle Frame, Wood, 500 Pieces, Oak", 19),
                          ("Puzzle Frame Kit with Glass, 2000 Pieces", 32)),
    "puzzle_acc": items(f"{HB} > Puzzle Accessories", ("Roll-Up Puzzle Mat for Jigsaw Puzzles, up to 1500 Pieces", 19),
                        ("Puzzle Glue for Jigsaw Puzzles, Clear, 120ml", 8),
                        ("Puzzle Sorting Trays for Jigsaw Puzzles, 6 Pack", 15)),
    "cartrack": items(f"{T} > Vehicles > Tracks", ("Speedway Race Car Track, 120 Pieces, Double Loop", 39),
                      ("Flexible Car Track Set, Glow in the Dark, 220 Pieces", 29),
                      ("Car Track Expansion Pack, Curves and Ramps", 19)),
    "track": items(f"{T} > Vehicles > Tracks", ("Wooden Train Track, 52 Pieces, Compatible with Major Brands", 25),
                   ("Marble Run Track Set, 85 Pieces", 27)),
    "trackcar": items(f"{T} > Vehicles > Toy Cars", ("Speedway Track Cars, Die-Cast, 5 Pack", 12),
                      ("Pull-Back Track Cars, Racing Colors, 3 Pack", 9)),
    "car": items(f"{T} > Vehicles > Toy Cars", ("Die-Cast Toy Cars, 10 Pack, Assorted", 15),
                 ("Remote Control Car, 1:18, Off-Road, Red", 35), ("Wooden Toy Car, Pull Along", 12)),
    "dollhouse": items(f"{T} > Dolls > Doll Houses", ("Maplewood Doll House, 3 Stories, 18 Furniture Pieces", 89),
                       ("Wooden Doll House, Cottage, with Lights", 69),
                       ("Portable Doll House, Carry Case, Pink", 29)),
    "doll": items(f"{T} > Dolls > Dolls", ("Maplewood Doll, 14 Inch, with Dress and Shoes", 24),
                  ("Baby Doll with Bottle and Blanket, 12 Inch", 19), ("Fashion Doll, Long Hair, 11.5 Inch", 14)),
    "dollhouse_acc": items(f"{T} > Dolls > Doll Houses", ("Doll Family Set, 4 Figures, for Doll Houses", 16)),
    "kite": items(f"{T} > Outdoor > Kites", ("Skyline Delta Kite, 60 Inch, Rainbow", 22),
                  ("Diamond Kite for Kids, Easy Flyer, Pink", 12),
                  ("Skyline Parafoil Kite, Large, Pink and Purple", 34),
                  ("Butterfly Kite, Nylon, Pink", 16),
                  ("Stunt Kite, Dual Line, Blue", 39),
                  ("Mini Pocket Kite, Green", 7)),
    "kite_acc": items(f"{T} > Outdoor > Kite Accessories", ("Kite String Winder for Kites, 100m Line, Pink", 9),
                      ("Kite Tail for Delta Kites, 10m, Pink", 6),
                      ("Kite Replacement Spars, Fiberglass, 4 Pack", 8)),
    "yoyo": items(f"{T} > Classic Toys > Yo-Yos", ("Pro Ball Bearing Yo-Yo, Metal, Blue", 14),
                  ("Classic Wooden Yo-Yo, 3 Pack", 9), ("Light-Up Yo-Yo, LED, Red", 7)),
    "yoyostring": items(f"{T} > Classic Toys > Yo-Yos", ("Yo-Yo Replacement Strings, 10 Pack, Neon", 5),
                        ("Yo-Yo Strings, 100% Polyester, 20 Pack", 6),
                        ("Slim Yo-Yo Strings for Bearing Yo-Yos, 50 Pack", 9)),
    "blocks": items(f"{T} > Building > Building Blocks", ("Building Blocks, 500 Pieces, Classic Colors", 29),
                    ("Large Building Blocks for Toddlers, 80 Pieces", 24),
                    ("Magnetic Building Blocks, 64 Pieces", 39)),
}

GD = "ガーデニング"
POTS, NAE, WATER, TOOLS = f"{GD} > 鉢・プランター", f"{GD} > 苗", "Garden > Watering", "Garden > Tools"

GARDEN = {
    "pot": items(f"{POTS} > 植木鉢", ("植木鉢 テラコッタ 素焼き 5号 おしゃれ", 880),
                 ("植木鉢 プラスチック 7号 黒 軽量 スリット", 480),
                 ("Ceramic Plant Pot, 6 Inch, Drainage Hole, Black", 1980)),
    "potcover": items(f"{POTS} > 鉢カバー", ("鉢カバー 7号 ラタン風 おしゃれ 室内", 1280),
                      ("鉢カバー ブリキ 5号 アンティーク", 980), ("鉢カバー 布 フェルト 10号 グレー", 780)),
    "planter": items(f"{POTS} > プランター", ("プランター 長方形 65cm 野菜 深型 グリーン", 1280),
                     ("プランター 丸型 30cm 軽量 ブラウン", 980),
                     ("Self-Watering Planter, Rectangular, 60cm, White", 2480)),
    "standplanter": items(f"{POTS} > プランター", ("スタンドプランター 脚付き 木製 ハーブ 80cm", 4980),
                          ("スタンドプランター 高さ70cm 野菜 ベランダ", 3980)),
    "plantstand": items(f"{POTS} > プランタースタンド", ("プランタースタンド アイアン 3段 ベランダ", 2980),
                        ("プランタースタンド キャスター付き 移動式 丸型", 1480),
                        ("プランター スタンド 木製 2段 屋外", 3480)),
    "stand": items(f"{POTS} > フラワースタンド", ("フラワースタンド 3段 ウッド 室内", 2480)),
    "seedpot": items(f"{GD} > 園芸資材 > 育苗ポット", ("苗ポット 9cm 黒 100個 ポリポット 育苗", 680),
                     ("苗ポット 12cm 50個 丸型 水抜き穴", 580), ("苗ポット 生分解 ピートポット 8cm 60個", 780)),
    "pottedseedling": items(f"{NAE} > 野菜・ハーブ苗", ("ミニトマト 苗 ポット苗 9cm 2株", 698),
                            ("バジル ハーブ ポット苗 3株セット", 598), ("いちご ポット苗 章姫 4株", 1280)),
    "seedling": items(f"{NAE} > 苗木", ("きゅうり 接ぎ木 苗 2本", 598), ("ブルーベリー 苗木 2年生 鉢植え", 2480)),
    "wcan": items(f"{WATER} > Watering Cans", ("じょうろ 2L 緑 プラスチック ハス口付き", 780),
                  ("じょうろ 6L 緑 大容量 ロングノズル", 1280),
                  ("Watering Can, 1.5L, Indoor, Long Spout, Green", 1680),
                  ("じょうろ 1L 白 室内 観葉植物", 580), ("じょうろ ブリキ 4L アンティーク", 2480)),
    "wcan_acc": items(f"{WATER} > Watering Can Parts", ("じょうろ用 ハス口 交換用 緑", 380),
                      ("ハス口 じょうろ用 シャワー 2個セット 緑", 480),
                      ("Replacement Rose for Watering Cans, Brass", 880)),
    "pruner": items(f"{GD} > 園芸道具 > 剪定ばさみ", ("剪定ばさみ 園芸 バイパス式 日本製", 2480),
                    ("剪定ばさみ 太枝 ラチェット式 軽量", 1980),
                    ("Pruning Shears, Bypass, Titanium Coated", 2280)),
    "pruner_acc": items(f"{GD} > 園芸道具 > 剪定ばさみ", ("剪定ばさみ用 替刃 バイパス式", 880),
                        ("剪定ばさみ専用 ホルスター 革 ベルト通し", 1280),
                        ("ダイヤモンド 研ぎ器 剪定ばさみ対応", 980)),
    "glove": items(f"{TOOLS} > Gloves", ("ガーデングローブ 天然ゴム コーティング Mサイズ", 580),
                   ("Garden Gloves, Thorn Proof, Leather, Women's", 1980),
                   ("Bamboo Garden Gloves, Breathable, 3 Pairs", 1280)),
    "basket": items(f"{POTS} > ハンギング", ("Hanging Basket, 30cm, Coco Liner, Metal Chain", 1980),
                    ("Hanging Basket, Rattan Look, 25cm, with Hook", 1480),
                    ("ハンギングバスケット 壁掛け 半円 25cm", 1280)),
    "trowel": items(f"{TOOLS} > Trowels", ("Hand Trowel, Stainless Steel, Wooden Handle", 1480),
                    ("Transplanting Trowel with Depth Markings", 1180), ("移植ごて ステンレス 日本製", 880)),
    "fert": items(f"{GD} > 肥料・土 > 肥料", ("化成肥料 8-8-8 5kg 粒状", 980), ("液体肥料 観葉植物 原液 800ml", 780),
                  ("有機肥料 油かす 固形 2kg", 880)),
}

SB = "靴・バッグ"
SHOE, BAG, CARE = f"{SB} > 靴", f"{SB} > バッグ", "Shoes & Bags > Shoe Care"

SHOES = {
    "sneaker": items(f"{SHOE} > スニーカー", ("スニーカー メンズ 白 レザー ローカット 靴", 4980),
                     ("スニーカー レディース 白 厚底 軽量", 3980),
                     ("スニーカー キッズ 黒 マジックテープ 16cm", 2480),
                     ("Canvas Sneakers, Low Top, Unisex, White", 4480),
                     ("スニーカー 防水 ハイカット グレー 靴", 5980)),
    "sneaker_acc": items(f"{CARE} > Sneaker Care", ("スニーカー用 靴紐 白 120cm 2足分", 480),
                         ("スニーカー専用 消しゴム クリーナー 白", 680)),
    "shoe": items(f"{SHOE} > ビジネスシューズ", ("革靴 ビジネス メンズ 黒 内羽根", 6980)),
    "boot": items(f"{SHOE} > ブーツ", ("ブーツ レディース ショート 黒 サイドジップ", 5980),
                  ("ブーツ メンズ レザー ワーク 茶", 9800), ("サイドゴアブーツ メンズ スエード キャメル", 7980)),
    "boot.sock": items(f"{SHOE} > ブーツ", ("ソックスブーツ レディース ニット ショート 黒", 4480),
                       ("ソックスブーツ ストレッチ ヒール 6cm ベージュ", 5480)),
    "bootsock": items(f"{SB} > 靴下 > ソックス", ("ブーツソックス メンズ 厚手 ロング 2足組", 980),
                      ("ブーツソックス レディース ウール 冷え対策", 780)),
    "sock": items(f"{SB} > 靴下 > ソックス", ("ソックス 靴下 メンズ 5足組 黒", 1280),
                  ("ソックス レディース 綿 3足組 グレー", 680)),
    "shoehorn": items(f"{CARE} > Shoe Horns", ("靴べら ロング 木製 75cm", 1480), ("靴べら 携帯 ステンレス キーホルダー", 580),
                      ("Shoe Horn, Long Handle, Stainless Steel, 60cm", 1280)),
    "insole": items(f"{CARE} > Insoles", ("インソール 衝撃吸収 メンズ 26-28cm", 980),
                    ("Memory Foam Insoles, Women's, Cut to Fit", 1480), ("インソール 中敷き 低反発 フリーサイズ", 680)),
    "backpack": items(f"{BAG} > リュック", ("リュック メンズ 大容量 30L 黒 PC収納", 4980),
                      ("リュック レディース 軽量 撥水 黒 A4", 2980), ("リュックサック 通学 35L ネイビー", 3480),
                      ("Rolltop Backpack, Waterproof, 25L, Black", 5980), ("リュック キッズ 10L 遠足 赤", 1980)),
    "packcover": items(f"{BAG} > バッグ小物", ("リュックカバー 防水 30L 黒 反射テープ", 980),
                       ("リュック用 レインカバー 40L 黒", 1280), ("リュックカバー 通学 撥水 ネイビー", 1180)),
    "backpack_acc": items(f"{BAG} > バッグ小物", ("リュック用 チェストストラップ 黒", 680),
                          ("リュック専用 ショルダーパッド 2個 黒", 880)),
    "tote": items(f"{BAG} > トートバッグ", ("トートバッグ キャンバス A4 ナチュラル", 1980),
                  ("Canvas Tote Bag, Large, Zip Top, Navy", 2480), ("トートバッグ レザー 通勤 黒", 5980)),
    "baginbag": items("Shoes & Bags > Bags > Organizers", ("バッグインバッグ 自立 A4 フェルト 10ポケット", 1280),
                      ("Bag in Bag Organizer, Felt, Medium, Grey", 1480),
                      ("Purse Organizer Insert, Nylon, Lightweight", 1180)),
    "umbrella.fold": items(f"{SB} > 傘 > 折りたたみ傘", ("折りたたみ傘 自動開閉 軽量 黒", 2480),
                           ("Compact Folding Umbrella, Windproof, Auto Open, Navy", 2980),
                           ("Travel Umbrella, Folding, Mini, 200g", 1980)),
    "umbrella.long": items(f"{SB} > 傘 > 長傘", ("長傘 ジャンプ傘 メンズ 70cm 黒", 1980)),
    "rainboot": items(f"{SHOE} > レインブーツ", ("長靴 レディース 防水 ショート レインブーツ ベージュ", 2980),
                      ("Rain Boots, Men's, Rubber, Knee High, Black", 4980),
                      ("Kids Rain Boots, Frog Print, Green", 1980)),
}

SHOPS = {"cook": COOK, "toy": TOY, "garden": GARDEN, "shoes": SHOES}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("toy", "frame puzzle", "puzzle.frame", ["puzzle"], ["displayframe"]),
    two_types("toy", "car track", "cartrack", ["track"], ["trackcar"]),
    two_types("garden", "苗ポット", "seedpot", [], ["pottedseedling"]),
    two_types("garden", "ポット苗", "pottedseedling", ["seedling"], ["seedpot"]),
    two_types("garden", "プランター スタンド", "plantstand", ["stand"], ["standplanter"]),
    two_types("garden", "スタンドプランター", "standplanter", ["planter"], ["plantstand"]),
    two_types("shoes", "ソックスブーツ", "boot.sock", ["boot"], ["bootsock"]),
    two_types("shoes", "ブーツソックス", "bootsock", ["sock"], ["boot.sock"]),
    # --- 2. a leading product word that modifies the head
    qualifies("cook", "knife block", ["knifeblock"], ["knife", "knifeset"]),
    qualifies("cook", "knife sharpener", ["sharpener"], ["knife", "knifeset"]),
    qualifies("toy", "doll house", ["dollhouse"], ["doll", "dollhouse_acc"]),
    qualifies("toy", "yo-yo string", ["yoyostring"], ["yoyo"]),
    qualifies("garden", "鉢カバー", ["potcover"], ["pot"]),
    qualifies("shoes", "靴べら", ["shoehorn"], ["sneaker", "shoe"]),
    qualifies("shoes", "リュックカバー", ["packcover"], ["backpack"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("cook", "skillet", ["skillet"], ["skillet_acc"]),
    accessories("cook", "cutting board", ["board"], ["board_acc"]),
    accessories("cook", "steamer", ["steamer"], ["steamer_acc"]),
    accessories("toy", "kite", ["kite"], ["kite_acc"]),
    accessories("toy", "jigsaw puzzle", ["puzzle.jigsaw"], ["puzzle_acc", "displayframe"]),
    accessories("garden", "剪定ばさみ", ["pruner"], ["pruner_acc"]),
    accessories("garden", "じょうろ", ["wcan"], ["wcan_acc"]),
    accessories("shoes", "リュック", ["backpack"], ["packcover", "backpack_acc"]),
    # red skillets: enamelled cast iron 59, Copperline nonstick 29, aluminium set 36 (a grey one 15; red
    # accessories 7-9)
    price("cook", "cheap red skillet", "skillet-2", ["skillet_acc"]),
    # black saucepans: Copperline 32, enamelled 27, hard anodized 44 (a cream milk pan 18; black parts 6-12)
    price("cook", "budget black saucepan", "saucepan-2", ["saucepan_acc"]),
    # pink kites: diamond 12, parafoil 34, butterfly 16 (a green pocket kite 7; pink accessories 6-9)
    price("toy", "cheap pink kite", "kite-1", ["kite_acc"]),
    # green watering cans: 2L 780, 6L 1280, English 1680 (a white 1L one 580; green roses 380-480)
    price("garden", "安い 緑 じょうろ", "wcan-0", ["wcan_acc"]),
    # black backpacks: men's 30L 4980, women's 2980, English rolltop 5980 (a red kids' one 1980; black covers and
    # straps 680-1280)
    price("shoes", "激安 黒 リュック", "backpack-1", ["packcover", "backpack_acc"]),
    # white sneakers: men's leather 4980, women's platform 3980, English canvas 4480 (a black kids' pair 2480;
    # white laces and cleaner 480-680)
    price("shoes", "お手頃 白 スニーカー", "sneaker-1", ["sneaker_acc"]),
    # --- 4. Japanese queries among English-titled items (loanwords and plain words), English over Japanese titles
    mixed("garden", "ガーデングローブ", "glove"),
    mixed("garden", "ハンギングバスケット", "basket"),
    mixed("garden", "移植ごて", "trowel"),
    mixed("garden", "fertilizer", "fert"),
    mixed("shoes", "insoles", "insole"),
    mixed("shoes", "バッグインバッグ", "baginbag"),
    mixed("shoes", "折りたたみ傘", "umbrella.fold"),
    mixed("shoes", "長靴", "rainboot"),
]

LIMITS: dict = {}

ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind37(q: Q, setup: str, known_limit):
    known_limit("blind37")
    check(q, setup, ENGINES)


def test_blind37_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "black": "Black", "pink": "Pink", "緑": "Green", "黒": "Black",
                                 "白": "White"})
