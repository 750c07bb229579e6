"""A sixty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in shops no earlier suite uses: jewellery making and beads
(English: beads and bead organizers, jewelry pliers and their springs and tip covers, wire and wire
cutters, clasps, necklace chains and earring hooks next to finished chain necklaces and hook
earrings, bead looms, loom parts and loom thread), aquarium (English: fish tanks, tank stands and
tank accessories, cartridge and canister filters, filter cartridges and filter parts, heaters and
heater parts, air pumps and air stones, gravel and gravel vacuums), Japanese car goods 車用品
(シートカバー, ハンドルカバー, スマホホルダー, 芳香剤 and 芳香剤ホルダー, サンシェード, シートクッション,
ドリンクホルダー, ネッククッション; part of its category tree in English, with English-titled
imports whose Japanese names are katakana loanwords or other words) and Japanese tableware 食器
(グラス, ワイングラス, マグカップ and マグスタンド, 皿 / プレート, コースター, ランチョンマット; part of the tree
in English, with English-titled imports too). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (and two English ones,
   "neck pillow" and "wine glasses", over Japanese-only titles): the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-second suite), as a measurement only (nothing changed for it):
83 of 92 cases pass, 35 of 38 queries in every setup (two_types 8/8 queries, 16/16 cases;
qualifies 7/8, 15/18; accessories 8/8, 20/20; price 5/6, 13/16; mixed 7/8, 19/22); the 9 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "マグカップ スタンド" (the Japanese マグスタンド 木製 is not in the top three, a
プレート専用 スタンド is third), "格安 黒 シートカバー" (the English black Steering Wheel Cover first,
the cheapest black シートカバー second) and "ドリンクホルダー" (the 芳香剤ホルダー items right after the two
Japanese ドリンクホルダー; the English Car Cup Holder not in the top five).

After (a material standing alone as a keyword group describes: "マグカップ スタンド ステンレス" is a
stand; the sixteenth session): マグカップ スタンド passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

JM, JW = "Jewelry Making", "Jewelry"
BEADS, FIND, TOOLS = f"{JM} > Beads", f"{JM} > Findings", f"{JM} > Tools"

BEAD_SHOP = {
    "beadbracelet": items(f"{JW} > Bracelets > Beaded Bracelets",
                          ("Lava Stone Bead Bracelet, Stretch, 8mm, Black", 12),
                          ("Glass Bead Bracelet, Handmade, Elastic, Blue", 15),
                          ("Wooden Bead Bracelet, Adjustable, Brown", 9)),
    "bracelet": items(f"{JW} > Bracelets", ("Stainless Steel Bangle Bracelet, Gold Tone", 18),
                      ("Leather Wrap Bracelet, Magnetic Clasp, Brown", 14)),
    "braceletbead": items(f"{BEADS} > Bracelet Beads",
                          ("Bracelet Beads Kit, Polymer Clay Heishi Beads, 24 Colours, 4800 pcs", 16),
                          ("Letter Bracelet Beads, Acrylic Alphabet, 1200 pcs", 11),
                          ("Glass Bracelet Beads, 8mm, Round, Assorted, 200 pcs", 13)),
    "bead": each(("Seed Beads, 12/0, Glass, 24 Colours, 15000 pcs", f"{BEADS} > Seed Beads", 14),
                 ("Freshwater Pearl Beads, 6mm, Full Strand, White", f"{BEADS} > Pearl Beads", 9),
                 ("Crystal Bicone Beads, 4mm, AB Finish, 500 pcs", f"{BEADS} > Crystal Beads", 8)),
    "chainnecklace": items(f"{JW} > Necklaces > Chain Necklaces", ("Curb Chain Necklace, 18 inch, Gold Plated", 19),
                           ("Snake Chain Necklace, Sterling Silver, 20 inch", 29),
                           ("Rope Chain Necklace, Stainless Steel, 22 inch, Men's", 16)),
    "necklace": items(f"{JW} > Necklaces", ("Freshwater Pearl Necklace, Single Strand, 18 inch", 39),
                      ("Beaded Choker Necklace, Turquoise Seed Beads", 12)),
    "necklacechain": items(f"{FIND} > Chains",
                           ("Necklace Chain by the Metre, Cable Chain, 2mm, Gold Plated, 5m", 9),
                           ("Necklace Chain for Jewelry Making, Brass Curb, 10m", 12),
                           ("Necklace Chain Spool, Stainless Steel Rolo, 1.5mm, 20m", 15)),
    "chain": items(f"{FIND} > Chains", ("Paperclip Chain, Gold Plated Brass, 5m", 8),
                   ("Ball Chain, 1.5mm, Silver Plated, 10m", 7)),
    "hookearring": items(f"{JW} > Earrings > Drop Earrings", ("Hook Earrings, Freshwater Pearl Drop, Gold Plated", 15),
                         ("Crystal Dangle Hook Earrings, Sterling Silver", 22)),
    "earring": items(f"{JW} > Earrings", ("Stud Earrings, Cubic Zirconia, Sterling Silver", 19),
                     ("Hoop Earrings, 20mm, Gold Plated", 17)),
    "earringhook": items(f"{FIND} > Ear Wires", ("Earring Hooks, 925 Sterling Silver, 100 pcs", 9),
                         ("Earring Hooks with Ball and Coil, Gold Plated, 200 pcs", 6),
                         ("Hypoallergenic Earring Hooks, Stainless Steel, 50 Pairs", 5)),
    "loom": items(f"{JM} > Bead Looms", ("Beadsmith Bead Loom, Wooden, 12 inch", 25),
                  ("Bead Loom Kit with Needles and Thread", 19), ("Metal Bead Loom, Adjustable Length, Aluminium", 22)),
    "loom_acc": items(f"{JM} > Bead Looms > Loom Parts", ("Replacement Warp Springs for Bead Loom, 2 Pack", 4),
                      ("Bead Loom Extension Bars, Wood, Pair", 8)),
    "loomthread": items(f"{JM} > Stringing > Thread", ("Nymo Loom Thread, Size D, Black, 64 yd", 3),
                        ("Loom Thread for Bead Looms, Nylon, White, 2 Spools", 6)),
    "organizer": items(f"{JM} > Storage", ("Bead Organizer Box, 28 Compartments, Clear", 9),
                       ("Bead Organizer with 30 Stackable Jars", 14),
                       ("Bead Organizer Case, Removable Dividers, 2 Tier", 12)),
    "pliers": items(f"{TOOLS} > Pliers", ("Beadsmith Jewelry Pliers Set, 3 Piece, Red Handles", 15),
                    ("Round Nose Jewelry Pliers, Red Handles, 5 inch", 9), ("Flat Nose Jewelry Pliers, Blue Handles", 6)),
    "pliers_acc": items(f"{TOOLS} > Tool Accessories", ("Replacement Springs for Jewelry Pliers, Red, 6 pcs", 3),
                        ("Plier Tip Covers for Jewelry Pliers, Red, 20 pcs", 4)),
    "cutter": items(f"{TOOLS} > Cutters", ("Flush Wire Cutters, 5 inch, Jewelry Making", 8),
                    ("Memory Wire Cutters, Heavy Duty", 12), ("Beadsmith Side Wire Cutters, Ergonomic Grip", 11)),
    "wire": items(f"{JM} > Stringing > Wire", ("Beading Wire, 49 Strand, 0.45mm, 30 ft", 9),
                  ("Copper Craft Wire, 20 Gauge, 10m", 5)),
    "clasp": items(f"{FIND} > Clasps", ("Lobster Clasps, 12mm, Silver Plated, 100 pcs", 5),
                   ("Magnetic Clasps, Gold Tone, 20 Sets", 7)),
}

AQ = "Aquarium"
FILTERS, TANKS = f"{AQ} > Filters", f"{AQ} > Tanks"

AQUA = {
    "cartfilter": items(f"{FILTERS} > Cartridge Filters", ("Aquaflo Cartridge Filter, Hang-On-Back, 20 Gallon", 29),
                        ("Internal Cartridge Filter, 200L/h, Black", 19), ("Slim Cartridge Filter, Quiet, 10 Gallon", 24)),
    "filter": each(("Double Sponge Filter, Air Driven, Black", f"{FILTERS} > Sponge Filters", 9),
                   ("Hang-On-Back Power Filter, 50 Gallon, Bio-Wheel", f"{FILTERS} > Power Filters", 39)),
    "canister": items(f"{FILTERS} > Canister Filters", ("Aquaflo Canister Filter, 1200L/h, 4 Media Baskets", 149),
                      ("Compact Canister Filter, 600L/h, UV Sterilizer", 119),
                      ("External Canister Filter, 30-75 Gallon, Quiet", 99)),
    "canister_acc": items(f"{FILTERS} > Filter Parts", ("Canister Filter Replacement Hoses, 16/22mm, 2m", 14),
                          ("Media Baskets for Canister Filters, 3 Pack", 19),
                          ("Replacement Impeller for Aquaflo Canister Filter", 12)),
    "filtercart": items(f"{FILTERS} > Filter Media", ("Aquaflo Filter Cartridges, Medium, 6 Pack", 12),
                        ("Carbon Filter Cartridges, Replacement, 12 Pack", 18),
                        ("Filter Cartridges for Aquaflo HOB Filters, Large, 3 Pack", 9)),
    "tank": items(TANKS, ("Aquaflo Fish Tank Kit, 60L, LED Light, Black", 89), ("Nano Fish Tank, 20L, Black Frame", 39),
                  ("Curved Glass Fish Tank, 30L, White", 29), ("Bow Front Fish Tank, 110L, Black", 159)),
    "tank_acc": items(f"{TANKS} > Tank Accessories", ("Fish Tank Background, Black, 60cm, Static Cling", 9),
                      ("Replacement Glass Lid for Fish Tanks, Black, 60cm", 19)),
    "tankstand": items(f"{TANKS} > Stands", ("Fish Tank Stand, 60cm, Black Metal Frame", 49),
                       ("Aquarium Tank Stand with Cabinet, 90cm, Walnut", 129), ("Wooden Tank Stand, 45cm, White", 69)),
    "heater": items(f"{AQ} > Heating", ("Aquaflo Submersible Heater, 100W, Adjustable", 25),
                    ("Titanium Aquarium Heater, 300W, Digital Controller", 49), ("Preset Heater, 50W, Nano Tanks", 15)),
    "heater_acc": items(f"{AQ} > Heating > Heater Parts", ("Heater Guard for Submersible Heaters, 100-200W", 6),
                        ("Replacement Suction Cups for Aquarium Heaters, 6 Pack", 4)),
    "gravel": items(f"{AQ} > Substrate", ("Natural River Gravel, 3-5mm, 5kg", 12), ("Black Aquarium Gravel, 2-4mm, 4.5kg", 14),
                    ("Coloured Aquarium Gravel, Mixed, 2kg", 7)),
    "gravelvac": items(f"{AQ} > Cleaning", ("Gravel Vacuum, Siphon Cleaner, Hand Pump", 14),
                       ("Electric Gravel Vacuum, Water Changer, 20W", 29), ("Gravel Vacuum Cleaner with 2m Hose", 12)),
    "noise": each(("Aquaflo Air Pump, Quiet, 2 Outlets", f"{AQ} > Aeration", 15),
                  ("Air Stones, Cylinder, 4 Pack", f"{AQ} > Aeration", 5),
                  ("Airline Tubing, 6m, Clear", f"{AQ} > Aeration", 4),
                  ("CO2 Cartridges, 16g, Threaded, 10 Pack", f"{AQ} > Plants > CO2", 15)),
}

SY, CA = "車用品", "Car Accessories"

KURUMA = {
    "seatcover": items(f"{SY} > シートカバー", ("シートカバー 前席 2枚セット PUレザー 黒", 3980),
                       ("シートカバー 軽自動車 汎用 撥水 黒", 1980), ("シートカバー 後部座席 ペット用 防水 グレー", 1780),
                       ("Car Seat Covers, Front Pair, Waterproof, Black", 2480), ("シートカバー 全席 5枚 ベージュ", 4480)),
    "seatcover_acc": items(f"{SY} > シートカバー > シートカバー小物", ("シートカバー用 固定ベルト 交換用 黒 4本", 480),
                           ("シートカバー専用 ヘッドレストカバー 黒 2枚", 880), ("シートカバー対応 シートバックポケット 黒", 1280)),
    "handlecover": items(f"{SY} > ハンドルカバー", ("ハンドルカバー 本革 Mサイズ 38cm 黒", 2480),
                         ("ハンドルカバー 軽自動車 Sサイズ 滑り止め 黒", 1280),
                         ("Steering Wheel Cover, Microfiber Leather, 15 inch, Black", 1680),
                         ("ハンドルカバー 木目調 Mサイズ ブラウン", 980)),
    "handlecover_acc": items(f"{SY} > ハンドルカバー > ハンドルカバー小物", ("ハンドルカバー用 編み上げ糸 交換用 黒", 280),
                             ("ハンドルカバー専用 収納袋 黒", 380)),
    "phoneholder": items(f"{CA} > Phone Holders", ("スマホホルダー 車載 エアコン吹き出し口 クリップ式 黒", 1480),
                         ("スマホホルダー ダッシュボード 吸盤 伸縮アーム", 1980), ("スマホホルダー ワイヤレス充電 自動開閉 15W", 3980),
                         ("Car Phone Holder, Magnetic, Vent Mount, Black", 1280)),
    "phoneholder_acc": items(f"{CA} > Phone Holders > Parts", ("スマホホルダー用 交換クリップ 2個", 480),
                             ("スマホホルダー専用 吸盤 ゲルパッド 交換用", 580), ("スマホホルダー対応 メタルプレート 4枚", 380)),
    "freshener": items(f"{SY} > 芳香剤", ("芳香剤 車用 エアコン吹き出し口 クリップ 石鹸の香り", 680),
                       ("芳香剤 置き型 ゲル 車 ホワイトムスク", 780),
                       ("Car Air Freshener, Vent Clip, New Car Scent, 4 Pack", 980), ("芳香剤 吊り下げ 車 シトラス 3枚", 480)),
    "freshholder": items(f"{SY} > 芳香剤 > 芳香剤ホルダー", ("芳香剤用 ホルダー エアコン吹き出し口 クリップ式", 580),
                         ("芳香剤 ホルダー 置き型 カップ型 滑り止め", 880), ("芳香剤ホルダー マグネット式 ダッシュボード", 680)),
    "fresh_acc": items(f"{SY} > 芳香剤 > 芳香剤ホルダー", ("芳香剤専用 交換用 クリップ 2個", 280)),
    "sunshade": items(f"{CA} > Sun Shades", ("サンシェード 車 フロント 傘型 折りたたみ", 1980),
                      ("サンシェード フロントガラス 吸盤 Mサイズ シルバー", 1280),
                      ("Windshield Sun Shade, Foldable, UV Block, Large", 1580)),
    "cushion": items(f"{SY} > クッション", ("シートクッション 低反発 運転席 黒", 2480), ("シートクッション 腰痛 ゲル ハニカム", 2980),
                     ("Car Seat Cushion, Memory Foam, Coccyx Relief, Black", 3280)),
    "neck": items(f"{SY} > クッション > ネッククッション", ("ネックピロー 車 低反発 ヘッドレスト 黒", 1980),
                  ("ネッククッション ドライブ 首枕 メモリーフォーム", 1580), ("首枕 車 ヘッドレスト 取り付け グレー", 1780)),
    "drinkholder": items(f"{CA} > Cup Holders", ("ドリンクホルダー 車 エアコン吹き出し口 2個", 980),
                         ("Car Cup Holder Expander, Adjustable Base", 1480), ("ドリンクホルダー 増設 シートサイド 収納付き", 1280)),
}

SK, TW = "食器", "Tableware"

SHOKKI = {
    "glass": items(f"{SK} > グラス・タンブラー", ("グラス 強化ガラス 300ml 6個セット 食洗機対応", 1280),
                   ("タンブラー グラス 薄吹き 360ml 2個", 1980), ("Drinking Glasses, 12oz, Clear, Set of 6", 1480),
                   ("ロックグラス 江戸切子風 250ml 青", 2480)),
    "glass.wine": items(f"{SK} > グラス・タンブラー > ワイングラス", ("ワイングラス 2脚セット 400ml 食洗機対応", 1980),
                        ("ワイングラス ステムレス 割れにくい 4個", 1680), ("ワイングラス 薄張り 赤ワイン用 550ml", 2480)),
    "plate": items(f"{TW} > Plates", ("皿 白 磁器 23cm 5枚セット 電子レンジ対応", 1980), ("プレート 皿 北欧 ブルー 20cm", 880),
                   ("Dinner Plates, Porcelain, 10.5 inch, White, Set of 4", 2480),
                   ("Stoneware Dinner Plates, Matte Grey, Set of 4", 2980), ("プレート 深皿 パスタ 白 22cm", 780),
                   ("プレート 木製 アカシア 20cm", 580)),
    "plate_acc": items(f"{TW} > Plates > Plate Storage", ("皿用 保護シート 不織布 白 30枚", 380),
                       ("プレート専用 スタンド 立てる収納 白", 980), ("皿 収納ラック 白 食器棚", 880)),
    "mug": items(f"{SK} > マグカップ", ("マグカップ 陶器 350ml 白 北欧", 980), ("マグカップ 大容量 500ml 白 電子レンジ対応", 1280),
                 ("Ceramic Coffee Mug, 12oz, White, Set of 2", 1480), ("マグカップ 美濃焼 300ml ネイビー", 780)),
    "mug_acc": items(f"{SK} > マグカップ > マグカップ小物", ("マグカップ用 蓋 シリコン 白 2個", 480),
                     ("マグカップ対応 保温コースター USB 白", 1980)),
    "mugstand": items(f"{SK} > 食器収納", ("マグスタンド 木製 6フック", 1680), ("マグカップ スタンド ステンレス 4本掛け 白", 1280),
                      ("Mug Tree Stand, 6 Hooks, Bamboo", 1980)),
    "coaster": items(f"{SK} > コースター", ("コースター 珪藻土 吸水 4枚 白", 980), ("コースター 木製 丸 6枚セット", 780),
                     ("Cork Coasters, Round, Set of 8", 880), ("コースター 布 刺繍 2枚 北欧", 580)),
    "placemat": items("Table Linen > Placemats", ("ランチョンマット 撥水 PVC 4枚 グレー", 980), ("ランチョンマット 綿 北欧 2枚", 780),
                      ("Placemats, Woven Vinyl, Set of 6, Grey", 1680), ("ランチョンマット 竹 ナチュラル", 580)),
    "noise": each(("箸 天然木 23cm 5膳セット", f"{SK} > カトラリー > 箸", 980),
                  ("Stainless Steel Cutlery Set, 24 Piece", f"{TW} > Cutlery", 2980)),
}

SHOPS = {"beads": BEAD_SHOP, "aqua": AQUA, "kuruma": KURUMA, "shokki": SHOKKI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("beads", "bead bracelet", "beadbracelet", ["bracelet"], ["braceletbead"]),
    two_types("beads", "bracelet beads", "braceletbead", ["bead"], ["beadbracelet"]),
    two_types("beads", "hook earrings", "hookearring", ["earring"], ["earringhook"]),
    two_types("beads", "earring hooks", "earringhook", [], ["hookearring"]),
    two_types("beads", "chain necklace", "chainnecklace", ["necklace"], ["necklacechain"]),
    two_types("beads", "necklace chain", "necklacechain", ["chain"], ["chainnecklace"]),
    two_types("aqua", "cartridge filter", "cartfilter", ["filter", "canister"], ["filtercart"]),
    two_types("aqua", "filter cartridges", "filtercart", [], ["cartfilter"]),
    # --- 2. a leading product word that modifies the head
    qualifies("beads", "loom thread", ["loomthread"], ["loom"], n=2),
    qualifies("beads", "bead organizer", ["organizer"], ["bead", "braceletbead"]),
    qualifies("beads", "wire cutters", ["cutter"], ["wire"]),
    qualifies("aqua", "tank heater", ["heater"], ["tank"]),
    qualifies("aqua", "tank stand", ["tankstand"], ["tank"]),
    qualifies("aqua", "gravel vacuum", ["gravelvac"], ["gravel"]),
    qualifies("kuruma", "芳香剤 ホルダー", ["freshholder"], ["freshener"]),
    qualifies("shokki", "マグカップ スタンド", ["mugstand"], ["mug"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("beads", "jewelry pliers", ["pliers"], ["pliers_acc"]),
    accessories("beads", "bead loom", ["loom"], ["loom_acc", "loomthread"]),
    accessories("aqua", "canister filter", ["canister"], ["canister_acc"]),
    accessories("aqua", "aquarium heater", ["heater"], ["heater_acc"]),
    accessories("kuruma", "車載 スマホホルダー", ["phoneholder"], ["phoneholder_acc"]),
    accessories("kuruma", "車 芳香剤", ["freshener"], ["freshholder", "fresh_acc"]),
    accessories("shokki", "お皿", ["plate"], ["plate_acc"]),
    accessories("shokki", "マグ", ["mug"], ["mug_acc", "mugstand"]),
    # red jewelry pliers: set 15, round nose 9 (a blue flat nose pair 6; red springs 3, red tip covers 4)
    price("beads", "cheap red jewelry pliers", "pliers-1", ["pliers_acc"]),
    # black fish tanks: 60L kit 89, nano 39, bow front 159 (a white 30L tank 29; black background 9, black lid 19,
    # black metal stand 49)
    price("aqua", "budget black fish tank", "tank-1", ["tank_acc", "tankstand"]),
    # black seat covers: front pair 3980, kei car 1980, English 2480 (a grey rear cover 1780; black accessories
    # 480-1280)
    price("kuruma", "格安 黒 シートカバー", "seatcover-1", ["seatcover_acc"]),
    # black steering wheel covers: leather 2480, kei S size 1280, English 1680 (a brown wood-grain one 980; black
    # accessories 280, 380)
    price("kuruma", "激安 黒 ハンドルカバー", "handlecover-1", ["handlecover_acc"]),
    # white mugs: 350ml 980, 500ml 1280, English 1480 (a navy one 780; a white lid 480, a white mug stand 1280, a
    # white warming coaster 1980)
    price("shokki", "安い 白 マグカップ", "mug-0", ["mug_acc", "mugstand"]),
    # white plates: porcelain set 1980, English 2480, pasta plate 780 (a wooden plate 580; white protector sheets 380,
    # a white rack 880, a white plate stand 980)
    price("shokki", "お手頃 白 プレート", "plate-4", ["plate_acc"]),
    # --- 4. Japanese queries among English-titled items, English queries over Japanese-only titles
    mixed("kuruma", "車 サンシェード", "sunshade"),
    mixed("kuruma", "シートクッション", "cushion"),
    mixed("kuruma", "ドリンクホルダー", "drinkholder"),
    mixed("kuruma", "neck pillow", "neck"),
    mixed("shokki", "グラス", "glass"),
    mixed("shokki", "ディナープレート", "plate"),
    mixed("shokki", "プレースマット", "placemat"),
    mixed("shokki", "wine glasses", "glass.wine"),
]

SETUPS = ("categories-lexical", "categories-dense", "categories-latin-only")

LIMITS: dict = {
    **{("blind62", "price:kuruma:格安_黒_シートカバー", s): "the English Steering Wheel Cover (Black, 1680) first, "
       "above the cheapest black シートカバー (1980, second)" for s in SETUPS},
    **{("blind62", "mixed:kuruma:ドリンクホルダー", s): "the two Japanese ドリンクホルダー, then the 芳香剤ホルダー items; "
       "the English Car Cup Holder is not in the top five" for s in SETUPS},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind62(q: Q, setup: str, known_limit):
    known_limit("blind62")
    check(q, setup, ENGINES)


def test_blind62_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "白": "White", "red": "Red", "black": "Black"})
