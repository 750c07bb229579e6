"""A hundred-and-thirteenth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
leathercraft and leather goods (English: wallet chains and chain wallets, wax thread and thread
wax, strap cutters, leather glue, rotary cutters and hole punches with their spare parts), pottery
and ceramics (English: pottery wheels and their splash pans and bats, kilns, kiln shelves and kiln
parts, clay and clay cutters, glazes), a Japanese shop of アクセサリーパーツ・レジン (ネックレスチェーン and
チェーンネックレス, ビーズケース, UVレジン, ピンバイス and their drill bits; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords: UV Light
UVライト, Silicone Mold シリコンモールド, UV Resin) and a Japanese shop of パズル・ドール・ぬいぐるみ
(パズルフレーム and フレームパズル, パズルのり, ドールスタンド, ドール服, ぬいぐるみ; part of its tree in
English too, with English-titled imports: Dollhouse ドールハウス, Teddy Bear テディベア, Speed Cube
スピードキューブ, Yo-Yo ヨーヨー). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

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

Written blind on 2026-12-01 (a hundred-and-thirteenth suite), as a measurement only (nothing
changed for it): 85 of 94 cases pass, 33 of 37 queries in every setup (two_types 8/8 queries, 20/20
cases; qualifies 7/7, 17/17; accessories 4/8, 11/20; price 6/6, 15/15; mixed 8/8, 22/22). The 9
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`), all accessories:
"hole punch" (dense setup only: a replacement anvil plate above a real punch), "pottery wheel"
(both setups: a replacement foot pedal above a real wheel, first in the lexical setup), "UVレジン"
(all three setups: a UVレジン対応 palette above the UV-LEDレジン液) and "ぬいぐるみ" (all three
setups: the ぬいぐるみ用/対応 clothes and case above every teddy bear, the English ones included).
After (an English "X Replacement Y" title is a Y made for X, and under a category serving X, "X Y,
Replacement" too; the seventeenth session): "hole punch" and "pottery wheel" pass.
After (a Japanese title saying the type as the first part of a longer word, the word its category's
leaf is named, is of the type: "UVレジン液" under "レジン用品 > UVレジン液"; the seventeenth session): "UVレジン"
passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

LC, LG = "Leathercraft", "Leather Goods"
TOOLS, THREAD = f"{LC} > Tools", f"{LC} > Thread"

LEATHER = {
    "walletchain": items(f"{LG} > Wallet Chains", ("Ironhide Wallet Chain, Stainless Steel, 45cm, Silver", 24),
                         ("Biker Wallet Chain with Leather Loop, Brass, 60cm", 32),
                         ("Heavy Curb Wallet Chain, Double Clip, Black", 12)),
    "chain": items(f"{LC} > Hardware", ("Solid Brass Curb Chain, Sold by the Metre", 12),
                   ("Purse Chain Strap, 120cm, Antique Brass", 15)),
    "chainwallet": items(f"{LG} > Wallets", ("Ironhide Chain Wallet, Bifold Biker Wallet with 50cm Chain, Black", 49),
                         ("Trucker Chain Wallet, Long, Cowhide, Brown", 65),
                         ("Chain Wallet, Zip Around, Distressed Leather, Black", 55)),
    "wallet": items(f"{LG} > Wallets", ("Ironhide Bifold Wallet, Full Grain Leather, RFID, Black", 39),
                    ("Slim Card Wallet, Front Pocket, Black", 22), ("Saddle Leather Long Wallet, Hand Stitched, Tan", 59),
                    ("Trifold Wallet with ID Window, Brown", 16), ("Minimalist Wallet, 6 Cards, Black", 18)),
    "wallet_acc": items(f"{LG} > Wallets > Wallet Accessories",
                        ("Replacement ID Window Insert for Bifold Wallets, Black", 8),
                        ("Card Insert for Trucker Wallets, Black", 9)),
    "waxthread": items(f"{THREAD} > Waxed Thread", ("Ironhide Wax Thread, Polyester, 0.8mm, 150m, Brown", 9),
                       ("Flat Wax Thread for Leather Sewing, 1mm, 50m, Black", 7),
                       ("Linen Wax Thread, Hand Stitching, 0.65mm, Natural", 11)),
    "thread": items(THREAD, ("Bonded Nylon Thread, Size 138, 1500 Yards, Black", 14),
                    ("Braided Polyester Thread, 0.5mm, 100m, White", 10)),
    "threadwax": items(f"{THREAD} > Thread Care", ("Ironhide Thread Wax, Pure Beeswax Block, 30g", 6),
                       ("Thread Wax Cake for Hand Sewing, Natural Beeswax", 5),
                       ("Thread Conditioner Wax with Grooved Holder", 8)),
    "wax": items(f"{LC} > Finishing", ("Leather Finishing Wax, Carnauba, 100ml, Neutral", 13),
                 ("Edge Wax for Burnishing Leather Edges, 50g", 9)),
    "strapcutter": items(f"{TOOLS} > Cutting", ("Ironhide Wooden Strap Cutter, Adjustable up to 10cm", 24),
                         ("Metal Strap Cutter with Spare Blades, 4in", 29),
                         ("Draw Gauge Strap Cutter, Brass, Professional", 79)),
    "strap": items(f"{LG} > Straps", ("Leather Watch Strap, 20mm, Brown", 19), ("Guitar Strap, Full Grain Leather, Black", 39),
                   ("Veg Tan Leather Strap Blank, 1.25in x 50in", 14)),
    "leatherglue": items(f"{LC} > Adhesives", ("Ironhide Leather Glue, Contact Cement, 250ml", 14),
                         ("Water-Based Leather Glue, Quick Dry, 118ml", 11), ("Leather Glue Pen, Precision Tip, 30ml", 8)),
    "leather": items(f"{LC} > Leather", ("Veg Tan Leather Side, 2mm, Natural, 10 sq ft", 89),
                     ("Full Grain Cowhide Leather, 1.4mm, Black, A4 Piece", 14), ("Leather Scraps, Assorted Colours, 1kg", 19),
                     ("Chrome Tan Leather Hide, 1.2mm, Brown, 5 sq ft", 59)),
    "rotary": items(f"{TOOLS} > Cutting", ("Ironhide Rotary Cutter, 45mm, Ergonomic Handle", 19),
                    ("Rotary Cutter for Leather, 28mm, Safety Lock", 14), ("Heavy Duty Rotary Cutter, 60mm", 24)),
    "rotary_acc": items(f"{TOOLS} > Blades", ("Replacement Blades for Rotary Cutters, 45mm, 10 Pack", 12),
                        ("Rotary Cutter Replacement Blades, 28mm, 5 Pack", 8),
                        ("Self-Healing Cutting Mat for Rotary Cutters, A3", 16)),
    "punch": items(f"{TOOLS} > Punches", ("Ironhide Rotary Hole Punch, 6 Sizes, for Leather & Belts", 19),
                   ("Heavy Duty Leather Hole Punch, Revolving, 2-4.5mm", 24),
                   ("Hollow Hole Punch Set, 12 Sizes, with Case", 22)),
    "punch_acc": items(f"{TOOLS} > Punches", ("Replacement Punch Tubes for Rotary Hole Punch, 6 Pack", 7),
                       ("Hole Punch Replacement Anvil Plate, Brass", 5),
                       ("Poly Cutting Board for Hole Punches, 15x15cm", 9)),
}

PS = "Pottery Supplies"
WHEELS, KILNS = f"{PS} > Pottery Wheels", f"{PS} > Kilns"

POTTERY = {
    "wheel": items(WHEELS, ("Kilnworks Pottery Wheel, 350W, 25cm Wheel Head, Reversible", 399),
                   ("Studio Pottery Wheel, 1/2 HP, Foot Pedal, Splash Pan, Grey", 689),
                   ("Mini Pottery Wheel for Kids, 10cm, White", 59), ("Compact Tabletop Pottery Wheel, 15cm, White", 129),
                   ("Electric Pottery Wheel, 25cm, LCD Speed Display, Blue", 259)),
    "wheel_acc": items(f"{WHEELS} > Wheel Accessories",
                       ("Replacement Splash Pan for Pottery Wheels, 2-Piece, White", 29),
                       ("Pottery Wheel Foot Pedal, Replacement, Variable Speed", 45),
                       ("Plastic Wheel Bats for Pottery Wheels, 30cm, 3 Pack", 24),
                       ("Wheel Head Adapter for Kilnworks Pottery Wheels, White", 19)),
    "kiln": items(KILNS, ("Kilnworks Electric Kiln, 60L, Cone 10, Digital Controller", 2890),
                  ("Top Loading Pottery Kiln, 28L, Cone 6", 1590), ("Test Kiln, 7L, Front Loading, 1300C", 990),
                  ("Microwave Kiln for Glass Fusing, 10cm", 39)),
    "kilnshelf": items(f"{KILNS} > Kiln Furniture", ("Kilnworks Kiln Shelf, Cordierite, Round 40cm", 59),
                       ("Kiln Shelf, Half Round, Silicon Carbide, 45cm", 89), ("Square Kiln Shelf, 30x30cm, 2 Pack", 49)),
    "kiln_acc": items(f"{KILNS} > Kiln Parts",
                      ("Replacement Heating Elements for Kilnworks 60L Kiln, Set of 3", 189),
                      ("Kiln Posts, Cordierite, 5cm, 12 Pack", 24), ("Thermocouple for Electric Kilns, Type K", 35),
                      ("Kiln Wash, 1kg, for Kiln Shelves", 12)),
    "claycutter": items(f"{PS} > Tools > Cutters", ("Kilnworks Clay Cutter, Twisted Wire, Wooden Toggles", 5),
                        ("Harp Clay Cutter, Adjustable Slab Cutter, 30cm", 29),
                        ("Clay Cutter Wire Set, Stainless, 3 Pack", 8)),
    "clay": items(f"{PS} > Clay", ("Kilnworks Stoneware Clay, Cone 6, White, 10kg", 29),
                  ("Air Dry Clay, Terracotta, 2.5kg", 12), ("Red Earthenware Clay, 10kg", 24),
                  ("Porcelain Clay, Cone 10, White, 5kg", 35), ("White Earthenware Clay, Low Fire, 5kg", 16)),
    "clay_acc": items(f"{PS} > Clay > Clay Storage", ("Clay Storage Bags for Pottery Clay, White, 10 Pack", 9),
                      ("Airtight Clay Bucket with Lid, White, 20L", 14)),
    "glaze": items(f"{PS} > Glazes", ("Kilnworks Gloss Glaze, Cone 6, Cobalt Blue, 473ml", 24),
                   ("Brush-On Matte Glaze, Sky Blue, 118ml", 9), ("Celadon Glaze Powder, Pale Blue, 1kg", 19),
                   ("Clear Dipping Glaze, Cone 06, 3.8L", 39), ("Satin White Glaze, Cone 6, 473ml", 22),
                   ("Shino Glaze, Dry Powder, 1kg, Orange", 7)),
    "glaze_acc": items(f"{PS} > Glazes > Glazing Tools",
                       ("Glaze Brushes for Applying Glaze, Hake, Blue Handle, 3 Pack", 6),
                       ("Glaze Tongs for Dipping, Stainless", 12), ("Glaze Mixer Paddle for Drills, Blue", 8)),
    "noise": each(("Pottery Tool Set, 8 Pieces, Ribs, Loops, Sponge", f"{PS} > Tools", 14),
                  ("Trimming Tools, Loop Set of 6, Wooden Handles", f"{PS} > Tools", 17)),
}

JP, RS = "Jewelry Parts", "レジン用品"

PARTS = {
    "necklacechain": items(f"{JP} > Chains", ("ネックレスチェーン パーツ 45cm 金具付き ゴールド 10本", 480),
                           ("ネックレスチェーン ステンレス 50cm シルバー 5本セット", 680),
                           ("ネックレスチェーン 引き輪付き 40cm ゴールド 3本 パーツ", 350)),
    "chain": items(f"{JP} > Chains", ("チェーン 切り売り 1m あずきチェーン ゴールド", 220),
                   ("チェーン 切り売り 5m キヘイチェーン シルバー", 380), ("ボールチェーン 2.4mm 10m ゴールド", 300),
                   ("Cable Chain by the Metre, Brass, Gold, 2m", 260)),
    "chain_acc": items(f"{JP} > 金具", ("チェーン用 丸カン ゴールド 200個", 180), ("チェーン専用 留め具 引き輪 ゴールド 20個", 150),
                       ("アジャスター ゴールド 10本 チェーン対応", 200)),
    "chainnecklace": items("ハンドメイドアクセサリー > ネックレス", ("チェーンネックレス 喜平 ステンレス 50cm ゴールド", 1980),
                           ("チェーンネックレス レディース 華奢 シルバー925", 2480),
                           ("チェーンネックレス メンズ あずき 60cm シルバー", 1680)),
    "necklace": items("ハンドメイドアクセサリー > ネックレス", ("パールネックレス 一粒 淡水パール 40cm", 2980),
                      ("ネックレス レジン 押し花 ハンドメイド", 1500), ("天然石 ネックレス アメジスト ロング", 2200)),
    "beadcase": items(f"{JP} > 収納ケース", ("ビーズケース 仕切り 24マス クリア", 680), ("ビーズケース 小分け 蓋付き 60個セット", 980),
                      ("ビーズ ケース 回転式 パーツ収納 ピンク", 1280)),
    "beads": items(f"{JP} > Beads", ("チェコビーズ ファイアポリッシュ 4mm 100個 ブルー", 380),
                   ("ガラスビーズ 丸 6mm ミックスカラー 200個", 450), ("パールビーズ 8mm 両穴 ホワイト 50個", 320),
                   ("シードビーズ 丸小 ガラス製 ゴールド 20g", 280), ("Glass Seed Beads, 3mm, 24 Colours, 12000 pcs", 1480)),
    "resin": items(f"{RS} > UVレジン液", ("UVレジン液 ハードタイプ 65g 日本製", 980), ("UV-LEDレジン液 クリア 25g 速硬化", 780),
                   ("UVレジン 大容量 200g 低粘度 透明", 1980), ("UV Resin, Hard Type, Crystal Clear, 100g", 1280)),
    "resin_acc": items(f"{RS} > レジン小物", ("レジン専用 着色剤 12色セット", 1200), ("UVレジン対応 調色パレット シリコン", 380),
                       ("レジン用 気泡取り ピン 2本", 250)),
    "mold": items(f"{RS} > モールド", ("シリコンモールド レジン用 球体 3サイズ", 580), ("レジン用 シリコンモールド 宝石カット 6個", 680),
                  ("Silicone Molds for Resin, Geometric, 12 Pack", 1280), ("Resin Silicone Mold, Coaster, Round, 4 Pack", 980)),
    "light": items(f"{RS} > UVライト", ("UVライト レジン用 36W タイマー付き", 1980), ("UV-LEDライト ハンディ 充電式", 980),
                   ("UV LED Light for Resin Curing, 48W, Foldable", 2280), ("Mini UV Light for Resin, USB, 6W", 680)),
    "pinvise": items("工具 > ピンバイス", ("ピンバイス 0.1-3.2mm ドリル刃10本付き", 880), ("電動ピンバイス 充電式 レジン 穴あけ", 1980),
                     ("ピンバイス アルミ製 ダブルチャック", 680)),
    "pinvise_acc": items("工具 > ピンバイス", ("ピンバイス用 ドリル刃 0.8mm 10本", 350), ("交換チャック 4本セット ピンバイス専用", 480),
                         ("ドリル刃 セット 0.3-1.6mm ピンバイス対応", 420)),
}

PZ, DL, NG = "Puzzles", "おもちゃ > ドール", "ぬいぐるみ"

TOYS = {
    "puzzleframe": items(f"{PZ} > Puzzle Frames", ("パズルフレーム 1000ピース用 50×75cm ナチュラル", 2480),
                         ("パズルフレーム アルミ 500ピース 38×53cm シルバー", 1980), ("木製 パズルフレーム 300ピース用 ブラウン", 1680)),
    "frame": items("インテリア > フレーム", ("フォトフレーム 木製 L判 ホワイト", 880), ("ポスターフレーム A2 ブラック", 1980)),
    "framepuzzle": items("おもちゃ > 知育パズル", ("フレームパズル 木製 どうぶつ 2歳", 1280), ("フレームパズル 日本地図 都道府県", 1680),
                         ("木製 フレームパズル 乗り物 16ピース", 1100)),
    "puzzle": items(f"{PZ} > Jigsaw Puzzles", ("ジグソーパズル 1000ピース 富士山 50×75cm", 2480),
                    ("ジグソーパズル 500ピース 名画 ゴッホ", 1980), ("ジグソーパズル 300ピース 猫", 1280),
                    ("Jigsaw Puzzle 1000 Pieces, World Map", 2980)),
    "puzzleglue": items(f"{PZ} > Puzzle Accessories", ("パズルのり 水性 ハケ付き 1000ピース用", 580),
                        ("パズル のり 速乾 ツヤ出し 2000ピース用", 780), ("パズルのり クリア ヘラ付き 大容量", 980)),
    "doll": items(f"{DL} > 着せ替え人形", ("着せ替えドール 22cm ロングヘア ピンク ドレス", 2480),
                  ("ドール 本体 27cm ボブヘア 関節可動", 3480), ("ベビードール 抱き人形 40cm 女の子", 1280),
                  ("Fashion Doll, 11.5 Inch, Pink Dress, Blonde", 1580), ("ドール 1/6 着せ替え ピンク ツインテール", 2980)),
    "doll_acc": items(f"{DL} > ドール服・小物", ("ドール用 ワンピース 22cm ピンク 花柄", 680), ("ドール専用 靴 2足セット ピンク", 480),
                      ("ドレス 3着セット 27cmドール対応 ピンク", 980)),
    "dollstand": items(f"{DL} > ドール服・小物", ("ドールスタンド 22-30cm 対応 クリア 3個", 580),
                       ("ドール スタンド 1/6 ブラック 金属", 680), ("ドールスタンド 腰支え式 ホワイト", 480)),
    "dollhouse": items("Dolls > Dollhouses", ("ドールハウス 木製 3階建て 家具付き", 6980),
                       ("Wooden Dollhouse with Furniture, 3 Stories", 8980), ("Dollhouse Kit, DIY Miniature, LED Light", 3480),
                       ("ドールハウス 2階建て ライト付き ピンク", 4980)),
    "dollhouse_acc": items("Dolls > Dollhouse Furniture", ("ドールハウス用 家具セット キッチン 12点", 1480),
                           ("Dollhouse Furniture Set, Bedroom, 1:12", 1980)),
    "plush": items(f"{NG} > ぬいぐるみ", ("ぬいぐるみ くま 30cm ふわふわ 白", 1980), ("ぬいぐるみ うさぎ 特大 80cm ピンク", 4980),
                   ("ぬいぐるみ ねこ 25cm 白", 1580), ("ぬいぐるみ ペンギン 20cm 白", 1280), ("ぬいぐるみ いぬ 15cm 茶色", 980)),
    "plush.teddy": items(f"{NG} > テディベア", ("Teddy Bear, Classic Jointed, 40cm, Brown", 2980),
                         ("テディベア 20cm 白 ハンドメイド", 2480), ("Teddy Bear Plush, 30cm, Cream, Soft", 1980),
                         ("Giant Teddy Bear, 100cm, Light Brown", 5980)),
    "plush_acc": items(f"{NG} > ぬいぐるみ服・小物", ("ぬいぐるみ用 服 Tシャツ 20cm 白", 580), ("パーカー 白 ぬいぐるみ用 30cm", 780),
                       ("ぬいぐるみ対応 ケース 展示 クリア", 1480)),
    "speedcube": items("おもちゃ > キューブ", ("Speed Cube 3x3, Stickerless, Magnetic", 1480),
                       ("Speed Cube 2x2 Mini, Stickerless", 880), ("スピードキューブ 3×3 マグネット 競技用", 1980)),
    "yoyo": items("おもちゃ > ヨーヨー・けん玉", ("Responsive Yo-Yo for Beginners, Metal, Red", 1280),
                  ("Pro Yo-Yo, Unresponsive, Aluminum, 5 Strings", 1980), ("ヨーヨー 競技用 アルミ ベアリング", 2480)),
}

SHOPS = {"leather": LEATHER, "pottery": POTTERY, "parts": PARTS, "toys": TOYS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("leather", "wallet chain", "walletchain", ["chain"], ["chainwallet"]),
    two_types("leather", "chain wallet", "chainwallet", ["wallet"], ["walletchain"]),
    two_types("leather", "wax thread", "waxthread", ["thread"], ["threadwax"]),
    two_types("leather", "thread wax", "threadwax", ["wax"], ["waxthread"]),
    two_types("parts", "ネックレスチェーン", "necklacechain", ["chain"], ["chainnecklace"]),
    two_types("parts", "チェーンネックレス", "chainnecklace", ["necklace"], ["necklacechain"]),
    two_types("toys", "パズルフレーム", "puzzleframe", ["frame"], ["framepuzzle"]),
    two_types("toys", "フレームパズル", "framepuzzle", ["puzzle"], ["puzzleframe"]),
    # --- 2. a leading product word that modifies the head
    qualifies("leather", "strap cutter", ["strapcutter"], ["strap"]),
    qualifies("leather", "leather glue", ["leatherglue"], ["leather"]),
    qualifies("pottery", "kiln shelf", ["kilnshelf"], ["kiln"]),
    qualifies("pottery", "clay cutter", ["claycutter"], ["clay"]),
    qualifies("parts", "ビーズ ケース", ["beadcase"], ["beads"]),
    qualifies("toys", "パズル のり", ["puzzleglue"], ["puzzle"]),
    qualifies("toys", "ドールスタンド", ["dollstand"], ["doll"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("leather", "rotary cutter", ["rotary"], ["rotary_acc"]),
    accessories("leather", "hole punch", ["punch"], ["punch_acc"]),
    accessories("pottery", "pottery wheel", ["wheel"], ["wheel_acc"]),
    accessories("pottery", "kiln", ["kiln"], ["kiln_acc", "kilnshelf"]),
    accessories("parts", "UVレジン", ["resin"], ["resin_acc", "mold", "light"]),
    accessories("parts", "ピンバイス", ["pinvise"], ["pinvise_acc"]),
    accessories("toys", "ドール", ["doll"], ["doll_acc", "dollstand"]),
    accessories("toys", "ぬいぐるみ", ["plush"], ["plush_acc"]),
    # black wallets: bifold 39, card 22, minimalist 18 (a brown trifold 16; black chain wallets 49-55; black
    # wallet accessories 8-9, a black wallet chain 12)
    price("leather", "cheap black wallet", "wallet-4", ["wallet_acc", "walletchain"]),
    # white clay: stoneware 29, porcelain 35, earthenware 16 (a terracotta air dry clay 12; white storage bags 9,
    # bucket 14; clay cutters 5-29)
    price("pottery", "budget white clay", "clay-4", ["clay_acc", "claycutter"]),
    # blue glazes: cobalt 24, sky blue 9, celadon 19 (an orange shino 7; blue-handled glaze brushes 6, blue mixer 8)
    price("pottery", "cheap blue glaze", "glaze-1", ["glaze_acc"]),
    # gold chains: あずき 220, ボール 300, English cable chain 260 (gold necklace chains 350-480; gold findings
    # for chains 150-200)
    price("parts", "格安 ゴールド チェーン", "chain-0", ["chain_acc"]),
    # pink dolls: 22cm 2480, English fashion doll 1580, 1/6 2980 (a baby doll 1280, not pink; pink doll clothes
    # 480-980)
    price("toys", "お手頃 ピンク ドール", "doll-3", ["doll_acc", "dollstand"]),
    # white plush: bear 1980, cat 1580, penguin 1280 (a brown dog 980; a white teddy 2480; white plush clothes
    # 580-780)
    price("toys", "激安 白 ぬいぐるみ", "plush-3", ["plush_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("parts", "UVライト", "light"),
    mixed("parts", "シリコンモールド", "mold"),
    mixed("parts", "glass beads", "beads"),
    mixed("toys", "ドールハウス", "dollhouse"),
    mixed("toys", "テディベア", "plush.teddy"),
    mixed("toys", "スピードキューブ", "speedcube"),
    mixed("toys", "ヨーヨー", "yoyo"),
    mixed("toys", "jigsaw puzzle", "puzzle"),
]

_PLUSH = "the ぬいぐるみ用/対応 clothes and display case rank above all four teddy bears (ぬいぐるみ > テディベア)"

LIMITS: dict = {
    **{("blind113", "accessories:toys:ぬいぐるみ", s): _PLUSH for s in ("categories-lexical", "categories-dense",
                                                                      "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind113(q: Q, setup: str, known_limit):
    known_limit("blind113")
    check(q, setup, ENGINES)


def test_blind113_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "blue": "Blue", "ゴールド": "Gold",
                                 "ピンク": "Pink", "白": "White"})
