"""A sixty-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: shaving and grooming
(English: razors and razor blades, shaving brushes and brush stands, electric shavers and shaver
heads, beard trimmers, hair clippers), office furniture (English: office chairs, chair cushions and
chair mats, desks and desk drawers, desk pads, monitor mounts, filing cabinets, footrests),
Japanese kitchen storage キッチン収納 (米びつ, 調味料ラック, 水切りラック, ゴミ箱 and ゴミ袋, casters
and racks on casters, part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords: ブレッドケース, キッチンペーパーホルダー, ダストボックス) and
Japanese sporting goods スポーツ用品 (ヨガマット, ダンベル, 縄跳び, プロテインシェイカー, サポーター, with
English-titled imports too: プッシュアップバー, バランスボール, レジスタンスバンド). Shops of 30-50
items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item ("razor blades" / a single-blade razor, "desk drawer" /
   "3-Drawer Desk", "ラック キャスター" / キャスター付き ラック, "ヨガマット ストラップ" /
   ストラップ付き ヨガマット);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords for English
   titles), and two English queries over Japanese-only titles ("rice dispenser" over 米びつ,
   "skipping rope" over 縄跳び): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-fourth suite, fifteenth session), as a measurement only
(nothing changed for it):
85 of 97 cases pass, 33 of 38 queries in every setup (two_types 7/8 queries, 19/20 cases;
qualifies 8/8, 20/20; accessories 7/8, 17/20; price 5/6, 12/15; mixed 6/8, 17/22); the 12
failing cases (5 queries: "razor blades" with the bag-of-words encoder only, 調味料ラック,
格安 ピンク ヨガマット, ダストボックス and "rice dispenser" in all their setups) are strict xfails
(`LIMITS`, through `conftest.known_limit`).

格安 ピンク ヨガマット failed through a rule of the same session (11d5745: an item of the type by its
category alone, titled as a type a category of its own sells, is never the cheapest; the Japanese
mats are headed マット, which a leaf names). After (not where the type is a kind of that word: a
ヨガマット is a マット): it passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S, G = "Shaving", "Grooming"
RAZ, BR, ES = f"{S} > Razors", f"{S} > Brushes", f"{G} > Electric Shavers"

SHAVE = {
    "razorblade": items(f"{RAZ} > Razor Blades", ("Keelcut Double Edge Razor Blades, Stainless, 100 Count", 18),
                        ("Platinum Safety Razor Blades, 20 Pack", 9),
                        ("Fivex Razor Blades, Refill Cartridges, 8 Count", 19)),
    "blade": items(f"{RAZ} > Razor Blades", ("Keelcut Half Blades for Shavette Razors, 100 Count", 12),
                   ("Single Edge Blades, Stainless, 50 Pack", 8)),
    "bladerazor": items(RAZ, ("Keelcut Single Blade Safety Razor, Chrome", 39),
                        ("Fivex 5-Blade Razor with 2 Cartridges, Men's", 12),
                        ("Twin Blade Disposable Razors, 10 Pack", 6)),
    "razor": items(RAZ, ("Butterfly Safety Razor, Long Handle, Brass", 29)),
    "brushstand": items(f"{BR} > Brush Stands", ("Chrome Shaving Brush Stand, Drip Dry", 14),
                        ("Acrylic Brush Stand for Shaving Brushes, Clear", 9),
                        ("Razor and Brush Stand, Stainless Steel, 2-in-1", 19)),
    "brush": items(BR, ("Badger Hair Shaving Brush, Wood Handle", 35), ("Synthetic Shaving Brush, Vegan, Black", 16),
                   ("Boar Bristle Shaving Brush, Travel Size", 12)),
    "shaver": items(ES, ("Voltis Series 5 Electric Shaver, Foil, Wet & Dry, Black", 89),
                    ("Voltis Rotary Electric Shaver, 3 Heads, Pop-Up Trimmer, Silver", 69),
                    ("Norrland Foil Shaver, Rechargeable, Travel Lock, Blue", 49),
                    ("Electric Shaver for Men, Cordless, USB-C, Black", 35)),
    "headshaver": items(f"{ES} > Head Shavers",
                        ("SkullGlide Electric Head Shaver, 5 Rotary Heads, Wet & Dry, Black", 59),
                        ("Bald Head Shaver for Men, Cordless, LED Display", 45)),
    "shaverhead": items(f"{ES} > Replacement Heads", ("Replacement Shaver Heads for Voltis Rotary, 3 Pack", 29),
                        ("Shaver Heads Replacement, Compatible with Norrland Foil Shavers", 24),
                        ("Voltis 52S Shaver Head, Foil & Cutter, Silver", 39)),
    "headfoil": items(f"{ES} > Replacement Heads", ("Series 7 Replacement Foil Head, 70S, Silver", 45),
                      ("Cutter Head Replacement for Rotary Shavers, 3 Pack", 27)),
    "shavercase": items(f"{ES} > Shaver Accessories", ("Electric Shaver Case, Hard Shell, Black", 12),
                        ("Travel Shaver Case with Zip, Grey", 10),
                        ("Universal Shaver Case for Rotary and Foil Shavers", 14)),
    "shaver_acc": items(f"{ES} > Shaver Accessories", ("Cleaning Cartridges for Electric Shavers, 6 Pack", 19),
                        ("Cleaning Station for Voltis Electric Shavers", 39)),
    "trimmer": items(f"{G} > Beard Trimmers", ("Voltis Beard Trimmer, 40 Length Settings, Black", 39),
                     ("Norrland Beard Trimmer, Cordless, Stainless Blades, Black", 29),
                     ("Precision Beard Trimmer, Waterproof, Black", 24), ("Beard Trimmer, USB Charging, Silver", 19),
                     ("Voltis Beard Trimmer Pro, Vacuum, Black", 59)),
    "trimmer_acc": items(f"{G} > Beard Trimmers > Trimmer Accessories",
                         ("Guide Combs for Beard Trimmer, 8 Pack, Black", 9),
                         ("Beard Trimmer Replacement Blade, Black", 12),
                         ("Charging Stand for Beard Trimmers, Black", 14)),
    "clipper": items(f"{G} > Hair Clippers", ("Norrland Hair Clippers, Cordless, 8 Guards, Black", 45),
                     ("Voltis Hair Clippers, Corded, Pro Motor", 39),
                     ("Hair Clippers for Men, Rechargeable, LED, Gold", 35)),
    "clipper_acc": items(f"{G} > Hair Clippers > Clipper Accessories", ("Guide Combs for Hair Clippers, 10 Pack", 9),
                         ("Hair Clippers Replacement Blade, Ceramic", 15), ("Clipper Oil for Hair Clippers, 120ml", 6)),
    "noise": each(("Sandalwood Shaving Cream, 150ml Tube", f"{S} > Shaving Cream", 9),
                  ("Aftershave Balm, Sensitive Skin, 100ml", f"{S} > Aftershave", 12)),
}

O = "Office Furniture"
CH, DK, ST = f"{O} > Chairs", f"{O} > Desks", f"{O} > Storage"

OFFICE = {
    "chair": items(f"{CH} > Office Chairs", ("Ergoflex Mesh Office Chair, Lumbar Support, Headrest, Black", 189),
                   ("Lumora Office Chair, Mid Back, Mesh, Black", 65),
                   ("Executive Desk Chair, PU Leather, High Back, Black", 149),
                   ("Home Office Chair, Fabric, Adjustable Arms, Black", 89), ("Basic Task Chair, Armless, Black", 79),
                   ("Drafting Chair, Tall, Foot Ring, Grey", 99), ("Compact Office Chair, Armless, Grey", 45)),
    "chair_acc": items(f"{CH} > Chair Parts", ("Replacement Casters for Office Chair, 5 Pack, Black", 19),
                       ("Office Chair Gas Cylinder Replacement, Heavy Duty", 25),
                       ("Armrest Pads for Desk Chairs, Memory Foam, Black", 15)),
    "chaircushion": items(f"{CH} > Cushions", ("Memory Foam Chair Cushion, Coccyx, Black", 29),
                          ("Chair Cushion for Office Chair, Gel, Grey", 35),
                          ("Lumbar Support Chair Cushion, Mesh", 22)),
    "chairmat": items(f"{CH} > Chair Mats", ("Chair Mat for Carpet, 36 x 48, Clear", 35),
                      ("Hard Floor Chair Mat, Polycarbonate", 49)),
    "desk": items(DK, ("Oakline Computer Desk, 47 Inch, Walnut", 129), ("Electric Standing Desk, 55 x 28, White", 299),
                  ("Writing Desk, Metal Legs, White", 89), ("L-Shaped Corner Desk, Black", 179)),
    "drawerdesk": items(DK, ("Oakline 3-Drawer Desk, Home Office, Oak", 199), ("5 Drawer Desk, 55 Inch, White", 239),
                        ("Compact Drawer Desk, 40 Inch, Black", 149)),
    "deskdrawer": items(f"{DK} > Desk Add-Ons", ("Under Desk Drawer, Slide-Out, Stick-On, Black", 19),
                        ("Desk Drawer, Clamp-On, Hidden Storage, White", 25),
                        ("Under Desk Drawer, Metal, Locking", 35)),
    "deskpad": items(f"{DK} > Desk Add-Ons", ("Leather Desk Pad, 32 x 16, Black", 19),
                     ("Felt Desk Pad, Large, Grey", 22),
                     ("Desk Pad Protector, Dual-Sided, Brown", 16)),
    "drawer": items(f"{ST} > Drawers", ("Plastic Storage Drawers, 3 Tier, Rolling", 39),
                    ("Mobile Drawer Unit, 3 Drawers, Lockable, White", 89),
                    ("Desktop Mini Drawers, 4 Drawer, Wood", 29)),
    "monitorarm": items(f"{O} > Monitor Mounts", ("Armly Single Monitor Mount, Gas Spring Arm, Desk Clamp", 49),
                        ("Dual Monitor Mount, Adjustable Arms, 13-32 Inch", 69),
                        ("Monitor Mount, Single Arm, Heavy Duty, Black", 89)),
    "monitor_acc": items(f"{O} > Monitor Mounts > Mount Accessories",
                         ("VESA Adapter Plate for Monitor Mounts, 75/100", 15),
                         ("Monitor Mount Replacement Clamp, C-Clamp", 12),
                         ("Cable Management Clips for Monitor Mount, 4 Pack", 8)),
    "filing": items(f"{ST} > Filing Cabinets", ("Steelo 2-Drawer Filing Cabinet, Lockable, White", 129),
                    ("Mobile Filing Cabinet, 3 Drawers, White", 99), ("Vertical Filing Cabinet, 4 Drawer, Black", 189),
                    ("Lateral Filing Cabinet, 2 Drawer, Metal, White", 219),
                    ("Filing Cabinet, 3 Drawer, Letter Size, Grey", 79)),
    "filing_acc": items(f"{ST} > Filing Accessories",
                        ("Hanging File Folders for Filing Cabinets, 25 Pack, White", 12),
                        ("Replacement Keys for Filing Cabinet, 2 Pack", 9),
                        ("Filing Cabinet Lock Bar, 3 Drawer, White", 29)),
    "footrest": items(f"{O} > Footrests", ("Under Desk Footrest, Adjustable, Black", 29),
                      ("Foam Foot Rest, Ergonomic, Velvet Cover", 19)),
}

K, E = "キッチン収納", "Kitchen Storage"
BIN, DRAIN, PARTS = f"{K} > ゴミ箱", f"{K} > 水切り", "収納家具 > パーツ"

KITCHEN = {
    "bin": items(BIN, ("ゴミ箱 分別 45L 2個セット 白", 3980), ("ゴミ箱 ダストボックス 横開き 35L 白", 2980),
                 ("Trash Can with Lid, 30L, Stainless Steel, Motion Sensor", 5980),
                 ("Kitchen Trash Can, 13 Gallon, Step Pedal, Black", 4980)),
    "bin.caster": items(BIN, ("キャスター付き ゴミ箱 分別 3段 縦型", 4980), ("キャスター付き ゴミ箱 45L ワゴン型 白", 5480),
                        ("ゴミ箱 キャスター付き 70L 大容量 ペダル", 6980)),
    "bincaster": items(f"{BIN} > ゴミ箱パーツ", ("ゴミ箱用 キャスター 交換用 4個", 780), ("ゴミ箱 キャスター 後付け 4個セット", 980)),
    "caster": items(f"{PARTS} > キャスター", ("キャスター 家具用 ゴム 4個セット 40mm", 880), ("キャスター ストッパー付き 50mm 4個", 1280)),
    "rackcaster": items(f"{PARTS} > キャスター", ("ラック用 キャスター 交換 4個 スチールラック対応", 980),
                        ("メタルラック キャスター ストッパー付き 4個", 1180), ("ラック キャスター 25mm ポール径 4個", 1080)),
    "rack.caster": items(f"{K} > ラック", ("キャスター付き ラック 3段 キッチンワゴン 白", 2980),
                         ("キャスター付き ラック スリム 隙間収納 4段", 3480)),
    "rack": items(f"{K} > ラック", ("スチールラック 4段 幅60 キッチン 黒", 4980), ("オープンラック 3段 木目 レンジ台", 5980)),
    "dishrack": items(f"{DRAIN} > 水切りラック", ("水切りラック スリム 伸縮 白", 2480), ("水切りラック 大容量 トレー付き 白", 3480),
                      ("水切りラック 折りたたみ ロールタイプ 白", 1480), ("水切りラック コンパクト 黒", 1280),
                      ("Dish Drying Rack, 2 Tier, Stainless, White", 3980)),
    "dishrack_acc": items(f"{DRAIN} > 水切りラック小物", ("水切りラック用 トレー 交換用 白", 980),
                          ("水切りラック専用 箸立て 白", 580), ("水切りラック対応 水切りマット 白", 680)),
    "spicerack": items(f"{E} > Spice Racks", ("調味料ラック 2段 ステンレス 白", 2980), ("調味料ラック 引き出し式 スリム 隙間", 3480),
                       ("Spice Rack Organizer, 3 Tier, Bamboo", 2680)),
    "spicerack_acc": items(f"{E} > Spice Racks > Rack Accessories", ("調味料ラック用 仕切り板 2枚", 480),
                           ("調味料ラック専用 滑り止めシート 白", 380), ("調味料ラック対応 ラベルシール 48枚", 330)),
    "bagholder": items(f"{BIN} > ゴミ袋ホルダー", ("ゴミ袋ホルダー 扉掛け ステンレス", 1280),
                       ("ゴミ袋 ホルダー スタンド 折りたたみ 45L対応", 1480), ("レジ袋 ゴミ袋 ホルダー 吊り下げ 2個", 880)),
    "trashbag": items(f"{BIN} > ゴミ袋", ("ゴミ袋 45L 半透明 50枚", 398), ("ゴミ袋 30L 黒 厚手 20枚", 298),
                      ("ゴミ袋 ひも付き 20L 100枚", 598)),
    "ricebin": items(f"{K} > 米びつ", ("米びつ 5kg 密閉 計量カップ付き 白", 1980), ("米びつ 10kg スリム 計量 ボタン式 1合", 3980),
                     ("米びつ 計量機能付き 木製 10kg", 5980)),
    "ricebug": items(f"{K} > 米びつ > 米びつ小物", ("米びつ用 防虫剤 わさび 4ヶ月", 580), ("防虫剤 米びつ用 天然成分 3個", 430),
                     ("米びつ 防虫剤 置くだけ 1年用", 680)),
    "breadbox": items(f"{E} > Bread Boxes", ("Bamboo Bread Box, Roll Top, Large", 3980),
                      ("Metal Bread Box with Window, White", 3480), ("ブレッドケース 木製 2段 大容量", 4980)),
    "papertowel": items(f"{E} > Paper Towel Holders", ("Paper Towel Holder, Countertop, Stainless Steel", 2480),
                        ("Under Cabinet Paper Towel Holder, Black", 1980),
                        ("キッチンペーパーホルダー マグネット 冷蔵庫 白", 1480)),
}

SP, F = "スポーツ用品", "Fitness"
YOGA, ROPE, WT = f"{SP} > ヨガ", f"{SP} > 縄跳び", f"{SP} > 筋トレ"

SPORTS = {
    "yogamat": items(f"{YOGA} > ヨガマット", ("ヨガマット 6mm TPE 両面 滑り止め ピンク", 2480),
                     ("ヨガマット 10mm 厚手 NBR 収納ケース付き ピンク", 1980), ("ヨガマット 4mm 天然ゴム ピンク", 4980),
                     ("ヨガマット 6mm 軽量 パープル", 1280)),
    "yogamat.strap": items(f"{YOGA} > ヨガマット", ("ヨガマット 8mm ストラップ付き ネイビー", 1580),
                           ("ストラップ付き ヨガマット 10mm ピンク 183cm", 2280),
                           ("Yoga Mat with Carrying Strap, 6mm, Non-Slip, Pink", 2980)),
    "matstrap": items(f"{YOGA} > ヨガマット小物", ("ヨガマット用 ストラップ 肩掛け ピンク", 680),
                      ("ヨガマット ストラップ 長さ調節 黒", 780), ("ヨガマット専用 ストラップ 2本セット", 880)),
    "mat_acc": items(f"{YOGA} > ヨガマット小物", ("ヨガマット専用 クリーナー スプレー 300ml", 980),
                     ("ヨガマット対応 収納バッグ ピンク", 1480)),
    "strap": items(f"{YOGA} > ヨガグッズ", ("ストラップ ストレッチ用 ヨガ ループ付き", 980), ("ヨガストラップ D型リング 2.5m 黒", 780)),
    "shaker": items(f"{SP} > プロテイン > シェイカー", ("プロテインシェイカー 500ml ボール付き 黒", 780),
                    ("Protein Shaker Bottle, 700ml, Leakproof, Blue", 1280), ("プロテインシェイカー 電動 USB充電 600ml", 1980)),
    "protein": items(f"{SP} > プロテイン", ("ホエイプロテイン チョコ味 1kg", 3980), ("ソイプロテイン 抹茶味 900g シェイカー付き", 3480),
                     ("ホエイプロテイン バニラ 3kg 大容量", 8980)),
    "jumprope": items(ROPE, ("縄跳び トレーニング用 ワイヤー 長さ調節 黒", 1280), ("縄跳び カウンター付き デジタル 黒", 1980),
                      ("縄跳び 子供用 ビニール 2m 青", 480), ("縄跳び ボールベアリング 速跳び 黒", 980)),
    "jumprope_acc": items(f"{ROPE} > 縄跳び小物", ("縄跳び用 替えロープ ワイヤー 3m", 580), ("縄跳び対応 グリップ 交換用 2個", 680),
                          ("替えロープ 縄跳び用 PVC 2本", 480)),
    "jumpmat": items(f"{ROPE} > 縄跳び小物", ("縄跳び専用 マット 防音 厚手 黒", 2480), ("縄跳び マット 室内 トレーニング 100×60cm", 1980),
                     ("縄跳び用 マット 折りたたみ 防音", 2980)),
    "dumbbell": items(f"{WT} > ダンベル", ("ダンベル 2kg 2個セット 黒 ネオプレン", 1980), ("ダンベル 可変式 20kg 2個セット 黒", 9980),
                      ("ダンベル 3kg 黒 ソフトコーティング 1個", 1480), ("ダンベル 1kg 2個セット ピンク", 980),
                      ("Hex Dumbbells, Rubber Coated, 10kg Pair, Black", 4980)),
    "dumbbell_acc": items(f"{WT} > ダンベル小物", ("ダンベル用 グリップカバー 黒 2個", 780), ("ダンベル対応 シャフト 黒 40cm 2本", 1280),
                          ("ダンベル専用 ラック 3段 黒", 2980)),
    "pushup": items(f"{F} > Push Up Bars", ("Push Up Bars, Non-Slip Foam Grip, Pair", 1980),
                    ("Push-Up Bars with Cushioned Handles, Black", 1580), ("プッシュアップバー 滑り止め 2個セット 黒", 1280)),
    "ball": items(f"{F} > Exercise Balls", ("Exercise Ball, 65cm, Anti-Burst, with Pump", 2480),
                  ("Yoga Ball, 75cm, Extra Thick, Grey", 2280), ("バランスボール 55cm ポンプ付き グレー", 1680)),
    "bands": items(f"{F} > Resistance Bands", ("Resistance Bands Set, 5 Levels, Loop Bands", 1480),
                   ("Resistance Bands with Handles, 11 Piece", 2980), ("レジスタンスバンド 3本セット 強度別", 1280)),
    "supporter": items(f"{SP} > サポーター", ("膝サポーター スポーツ用 2枚 黒", 1980), ("手首サポーター 固定 左右兼用", 980)),
}

SHOPS = {"shave": SHAVE, "office": OFFICE, "kitchen": KITCHEN, "sports": SPORTS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("shave", "razor blades", "razorblade", ["blade"], ["bladerazor"]),
    two_types("shave", "shaver heads", "shaverhead", ["headfoil"], ["headshaver"]),
    two_types("office", "desk drawer", "deskdrawer", ["drawer"], ["drawerdesk"]),
    two_types("office", "drawer desk", "drawerdesk", ["desk"], ["deskdrawer"]),
    two_types("kitchen", "キャスター ゴミ箱", "bin.caster", ["bin"], ["bincaster"]),
    two_types("kitchen", "ラック キャスター", "rackcaster", ["caster"], ["rack.caster"]),
    two_types("kitchen", "キャスター ラック", "rack.caster", ["rack"], ["rackcaster"]),
    two_types("sports", "ヨガマット ストラップ", "matstrap", ["strap"], ["yogamat.strap"]),
    # --- 2. a leading product word that modifies the head
    qualifies("shave", "brush stand", ["brushstand"], ["brush"]),
    qualifies("shave", "shaver case", ["shavercase"], ["shaver", "headshaver"]),
    qualifies("office", "chair cushion", ["chaircushion"], ["chair"]),
    qualifies("office", "desk pad", ["deskpad"], ["desk", "drawerdesk"]),
    qualifies("kitchen", "ゴミ袋 ホルダー", ["bagholder"], ["trashbag"]),
    qualifies("kitchen", "米びつ 防虫剤", ["ricebug"], ["ricebin"]),
    qualifies("sports", "プロテイン シェイカー", ["shaker"], ["protein"]),
    qualifies("sports", "縄跳び マット", ["jumpmat"], ["jumprope"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("shave", "electric shaver", ["shaver", "headshaver"],
                ["shaverhead", "headfoil", "shavercase", "shaver_acc"]),
    accessories("shave", "hair clippers", ["clipper"], ["clipper_acc"]),
    accessories("office", "desk chair", ["chair"], ["chair_acc", "chaircushion", "chairmat"]),
    accessories("office", "monitor mount", ["monitorarm"], ["monitor_acc"]),
    accessories("kitchen", "水切りラック", ["dishrack"], ["dishrack_acc"]),
    accessories("kitchen", "調味料ラック", ["spicerack"], ["spicerack_acc"]),
    accessories("sports", "縄跳び", ["jumprope"], ["jumprope_acc", "jumpmat"]),
    accessories("sports", "ダンベル", ["dumbbell"], ["dumbbell_acc"]),
    # black beard trimmers: Voltis 39, Norrland 29, Precision 24, Voltis Pro 59 (a silver one 19; black accessories
    # 9-14)
    price("shave", "cheap black beard trimmer", "trimmer-2", ["trimmer_acc"]),
    # black office chairs: Ergoflex 189, Lumora 65, executive 149, home 89, task 79 (grey ones 45 and 99; black
    # accessories 15-19, a black cushion 29)
    price("office", "budget black office chair", "chair-1", ["chair_acc", "chaircushion"]),
    # white filing cabinets: Steelo 129, mobile 99, lateral 219 (a grey one 79, a black one 189; white folders 12,
    # a white lock bar 29)
    price("office", "cheap white filing cabinet", "filing-1", ["filing_acc"]),
    # white dish racks: slim 2480, large 3480, roll-up 1480, English 3980 (a black compact one 1280; white
    # accessories 580-980)
    price("kitchen", "激安 白 水切りラック", "dishrack-2", ["dishrack_acc"]),
    # pink yoga mats: 6mm 2480, 10mm NBR 1980, natural rubber 4980, strap ones 2280 and 2980 (a purple one 1280,
    # a navy one 1580; a pink strap 680, a pink bag 1480)
    price("sports", "格安 ピンク ヨガマット", "yogamat-1", ["matstrap", "mat_acc"]),
    # black dumbbells: 2kg pair 1980, adjustable 9980, 3kg 1480, English hex 4980 (a pink pair 980; black
    # accessories 780-2980)
    price("sports", "お手頃 黒 ダンベル", "dumbbell-2", ["dumbbell_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("kitchen", "ブレッドケース", "breadbox"),
    mixed("kitchen", "キッチンペーパーホルダー", "papertowel"),
    mixed("kitchen", "ダストボックス", "bin"),
    mixed("kitchen", "rice dispenser", "ricebin"),
    mixed("sports", "プッシュアップバー", "pushup"),
    mixed("sports", "バランスボール", "ball"),
    mixed("sports", "レジスタンスバンド", "bands"),
    mixed("sports", "skipping rope", "jumprope"),
]

LIMITS: dict = {
    ("blind64", "two_types:shave:razor_blades", "categories-dense"):
        "a plain blade pack ('Single Edge Blades, Stainless, 50 Pack') second, among the Razor Blades items",
    **{("blind64", "accessories:kitchen:調味料ラック", s):
       "the English 'Spice Rack Organizer' not in the top three: a 水切りラック third, an オープンラック fourth"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind64", "mixed:kitchen:ダストボックス", s):
       "the three bread boxes (ブレッドケース, 'Bread Box') first, the ゴミ箱 titled ダストボックス fourth, "
       "no other trash can" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind64", "mixed:kitchen:rice_dispenser", s): "nothing returned (no 米びつ)"
       for s in ("categories-lexical", "categories-dense")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind64(q: Q, setup: str, known_limit):
    known_limit("blind64")
    check(q, setup, ENGINES)


def test_blind64_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "ピンク": "Pink", "black": "Black", "white": "White"})
