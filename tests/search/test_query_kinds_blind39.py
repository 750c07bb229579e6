"""A thirty-ninth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: a school and art
supplies store (pencils, pencil leads and grips, pencil cases, sharpeners, brushes and brush
holders, easels, canvas panels; English), a travel goods store (suitcases and suitcase covers,
trolley bags and bag trolleys, luggage tags and scales, packing cubes, neck pillows, travel
adapters, passport holders; English), a Japanese pet supplies shop ペット用品 (ドッグフード,
キャットフード, 首輪, リード, ペットキャリー, 猫砂 and 猫砂用 スコップ, 爪とぎ, 給水器 and its filters,
ペットベッド; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords or plain Japanese words) and a Japanese furniture and bedding shop
家具・寝具 (ベッドフレーム, マットレス, 枕 and 枕カバー, 本棚, テレビ台, ソファ, ソファカバー, ソファクッション
and クッションソファ; English-titled imports too). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (three pairs both ways, "pencil grips" one way only: for
   "grip pencils" a pencil grip might serve the shopper, so that case would be debatable);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese shops with no English title for that product ("cat litter" over 猫砂, "bookshelf"
   over 本棚): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (thirty-ninth suite), as a measurement only (nothing changed for it):
79 of 90 cases pass, 32 of 36 queries in every setup (two_types 7/7 queries, 16/16 cases;
qualifies 6/7, 14/17; accessories 7/8, 17/20; price 5/6, 12/15; mixed 7/8, 20/22); the 11 failing
cases (4 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): all four in the pet shop. "給水器 フィルター" ranks the Japanese 給水器 above
the English-titled filter; "給水器" ranks a 給水器専用 filter and pump above the English-titled
"Pet Water Fountain"; "激安 白 給水器" puts a white 給水器対応 filter and a white 給水器専用 pump in the top
two; "cat litter" over the Japanese-only 猫砂 titles finds no 猫砂 at all (an English scratcher and
cat foods instead). The other English query over Japanese-only titles ("bookshelf" over 本棚)
passes. After (an English pair read as the Japanese type that means it,
`search.bilingual.japanese_words`): "cat litter" passes; and (a device suffix kept on its noun:
Sudachi split 給水器 into 給水 + 器, and read 給水器用 as 給水 + 器用) the three 給水器 queries pass:
90 of 90.
"""

from __future__ import annotations

import pytest
from kind_cases import (DENSE, LATIN_ONLY, LEXICAL, Engines, Q, accessories, check, mixed, params, price, qualifies,
                        two_types, well_formed)
from shops import items


# =============================================================================================
# Shops

S, A = "School Supplies", "Art Supplies"
PENCILS, PAINT = f"{S} > Pencils", f"{A} > Painting"

ART = {
    "leadpencil": items(f"{PENCILS} > Graphite Pencils",
                        ("Scholar Lead Pencils, HB #2, Pre-Sharpened, 24 Pack", 6),
                        ("Lead Pencils with Erasers, 2B, Yellow, 12 Pack", 5),
                        ("Hexagonal Lead Pencils, HB, Natural Wood, 48 Pack", 11)),
    "pencil": items(f"{PENCILS} > Colored Pencils", ("Colored Pencils, 24 Colors, Tin Box", 12),
                    ("Watercolor Pencils, 36 Colors, Water-Soluble", 18))
    + items(f"{A} > Drawing", ("Charcoal Pencils, Soft, Medium & Hard, 6 Pack", 8)),
    "grippencil": items(f"{PENCILS} > Colored Pencils", ("Grip Colored Pencils, Triangular, 12 Colors", 9),
                        ("Scholar Jumbo Grip Pencils, Colored, 10 Colors", 8)),
    "pencillead": items(f"{PENCILS} > Leads & Refills", ("Pencil Leads 0.5mm, HB, 12 Tubes", 7),
                        ("Scholar Pencil Leads, 0.7mm, 2B, 3 Tubes", 4),
                        ("Hi-Polymer Pencil Leads 0.3mm, HB, 40 Leads", 5)),
    "lead": items(f"{PENCILS} > Leads & Refills", ("Graphite Leads 2mm, HB, for Lead Holders, 12 Pack", 8),
                  ("Refill Leads 0.5mm, 2B, 40 Leads", 3), ("Colored Refill Leads 0.7mm, 8 Colors", 6)),
    "pencilgrip": items(f"{S} > Writing Aids", ("Pencil Grips for Kids, Silicone, 6 Pack", 6),
                        ("Ergonomic Pencil Grips, Triangle, Assorted Colors, 12 Pack", 8),
                        ("Scholar Pencil Grip Trainer, 3 Stages", 7)),
    "grip": items(f"{S} > Writing Aids", ("Writing Grips, Foam Cushion, 10 Pack", 5),
                  ("Finger Grips, Crossover Style, 4 Pack", 6)),
    "pencilcase": items(f"{S} > Pencil Cases", ("Pencil Case, Large Capacity, 3 Compartments, Navy", 12),
                        ("Canvas Pencil Case with Zipper, Black", 7), ("Scholar Hard Pencil Case, Pop-Up, Blue", 9)),
    "sharpener": items(f"{S} > Pencil Sharpeners", ("Pencil Sharpener, Dual Hole, with Lid, Blue", 4),
                       ("Electric Pencil Sharpener, Auto Stop, Black", 24),
                       ("Scholar Manual Pencil Sharpener, Desktop Crank, Black", 16),
                       ("Metal Pencil Sharpener, Single Hole, Silver", 2)),
    "sharpener_acc": items(f"{S} > Pencil Sharpeners > Sharpener Parts",
                           ("Replacement Blades for Pencil Sharpeners, 4 Pack", 5),
                           ("Electric Pencil Sharpener Replacement Blade Assembly, Black", 9),
                           ("Shavings Cup for Pencil Sharpener, Clear", 3)),
    "sketchbook": items(f"{A} > Drawing > Sketchbooks", ("Sketchbook, A4, 100 Sheets, Spiral, Black", 9),
                        ("Hardcover Sketchbook, A5, 120gsm", 12)),
    "brush": items(f"{PAINT} > Paint Brushes", ("Paint Brushes, 12 Piece Set, Nylon, Round & Flat", 10),
                   ("Watercolor Paint Brushes, Squirrel Hair, 4 Pack", 18),
                   ("Acrylic Paint Brushes, Long Handle, 10 Pack", 12)),
    "brushholder": items(f"{PAINT} > Brush Holders", ("Brush Holder, Bamboo, 40 Slots", 14),
                         ("Roll-Up Brush Holder, Canvas, 22 Slots", 11), ("Ceramic Brush Holder, 12 Holes, White", 9)),
    "easel": items(f"{A} > Easels", ("Tabletop Easel, Beech Wood, Adjustable, Natural", 12),
                   ("Studio H-Frame Easel, Pine, 170cm", 89), ("Aluminum Field Easel, Tripod, Black", 29),
                   ("Tabletop Easel, Metal, Folding, Black", 17), ("A-Frame Easel, Kids, Double-Sided, Black", 45)),
    "easel_acc": items(f"{A} > Easels > Easel Accessories", ("Carry Bag for Field Easels, Black", 14),
                       ("Easel Replacement Knobs, 4 Pack, Black", 6), ("Canvas Clamp for Easels, Black", 9)),
    "canvas": items(f"{PAINT} > Canvas Panels", ("Canvas Panels, 8x10 in, 12 Pack, Primed", 15),
                    ("Stretched Canvas, 16x20 in, 5 Pack", 29)),
    "watercolor": items(f"{PAINT} > Watercolor", ("Watercolor Set, 24 Half Pans, Travel Tin", 16),
                        ("Student Watercolor Set, 36 Colors", 12)),
}

L, T = "Luggage", "Travel Accessories"
LACC, PILLOWS, ADAPTERS = f"{L} > Luggage Accessories", f"{T} > Travel Pillows", f"{T} > Travel Adapters"

TRAVEL = {
    "suitcase": items(f"{L} > Suitcases",
                      ("Voyager Hardshell Suitcase, 55cm Carry-On, Spinner Wheels, Black", 89),
                      ("Polycarbonate Suitcase, 75cm Large, TSA Lock, Navy", 129),
                      ("Softside Expandable Suitcase, 68cm, Black", 69),
                      ("Aluminium Suitcase, 55cm Cabin, Silver", 249),
                      ("Lightweight Suitcase, 4 Wheels, 65cm, Black", 59), ("Kids Suitcase, Ride-On, Red", 49)),
    "suitcasecover": items(f"{LACC} > Suitcase Covers", ("Suitcase Cover, Elastic Spandex, M 22-24 in, Black", 15),
                           ("Voyager Suitcase Cover, Clear PVC, 28 in", 12),
                           ("Washable Suitcase Cover, World Map Print, L", 17),
                           ("Suitcase Cover Protector with Zip, Black", 14)),
    "suitcase_acc": items(f"{LACC} > Spare Parts", ("Replacement Wheels for Suitcases, 4 Pack, Black", 19),
                          ("Suitcase Replacement Telescopic Handle, Black", 25),
                          ("Suitcase Repair Kit, Screws & Rivets, Black", 9)),
    "trolleybag": items(f"{L} > Rolling Bags", ("Trolley Bag, 2 Wheels, 55cm Cabin Size, Navy", 59),
                        ("Voyager Rolling Duffel Trolley Bag, 90L, Black", 79),
                        ("Kids Trolley Bag, Backpack Straps, Dinosaur", 35)),
    "bag": items(f"{L} > Travel Bags", ("Weekender Bag, Canvas & Leather, 45L, Brown", 65),
                 ("Foldable Duffel Bag, 40L, Black", 25), ("Underseat Carry-On Bag, 25L, Grey", 39)),
    "bagtrolley": items(f"{L} > Luggage Carts", ("Folding Bag Trolley, Aluminium, 40kg, Bungee Cord", 35),
                        ("Bag Trolley, 2 Wheels, Telescopic Handle, Black", 29),
                        ("Compact Bag Trolley for Airport and Shopping, 30kg", 25)),
    "trolley": items(f"{L} > Luggage Carts", ("Folding Luggage Trolley, 60kg, 2 Wheels", 39),
                     ("Stair Climbing Luggage Trolley, 6 Wheels", 59)),
    "tag": items(f"{T} > Luggage Tags", ("Leather Luggage Tags, 2 Pack, Brown", 12),
                 ("Silicone Luggage Tags, Bright Colors, 4 Pack", 9)),
    "scale": items(f"{T} > Luggage Scales", ("Digital Luggage Scale, 50kg, Backlit", 12),
                   ("Voyager Luggage Scale, Hook Type, Battery Included", 14)),
    "cube": items(f"{T} > Packing Cubes", ("Packing Cubes, 6 Set, Lightweight, Grey", 24),
                  ("Compression Packing Cubes, 4 Set, Black", 29)),
    "pillow": items(PILLOWS, ("Memory Foam Neck Pillow, Grey", 25), ("Inflatable Neck Pillow, Compact, Navy", 12),
                    ("Voyager Neck Pillow, Microbead, Grey", 15), ("Neck Pillow with Hood, Grey", 22)),
    "pillowcover": items(f"{PILLOWS} > Pillow Covers", ("Neck Pillow Cover, Velour, Washable, Grey", 8),
                         ("Replacement Cover for Memory Foam Neck Pillows, Grey", 10),
                         ("Neck Pillow Cover, Cotton, Zip, Navy", 7)),
    "adapter": items(ADAPTERS, ("Universal Travel Adapter, 4 USB, Worldwide, White", 25),
                     ("Travel Adapter, Type G UK Plug, 2 Pack", 12),
                     ("Voyager Travel Adapter with USB-C PD 65W, Black", 39),
                     ("Compact Travel Adapter, EU Plug, Grounded", 9)),
    "adapter_acc": items(f"{ADAPTERS} > Adapter Accessories", ("Carrying Case for Travel Adapters, Hard Shell", 9),
                         ("Replacement Fuses for Travel Adapter, Type G, 10 Pack", 5),
                         ("Travel Adapter Pouch with Cable Organizer, Black", 11)),
    "passport": items(f"{T} > Passport Holders", ("Passport Holder, RFID Blocking, Leather, Black", 15),
                      ("Family Passport Holder, 4 Passports, Zip", 19)),
}

D, C, PS = "犬用品", "猫用品", "Pet Supplies"
FOUNTAINS = f"{PS} > Water Fountains"

PET = {
    "dogfood": items(f"{D} > ドッグフード", ("ドッグフード 成犬用 チキン 3kg 国産", 2480),
                     ("ドッグフード 小型犬 シニア 7歳以上 1.6kg", 1680), ("Grain-Free Dog Food, Salmon, Adult, 2kg", 3280),
                     ("ドッグフード ドライ 全犬種 ラム 6kg", 3980)),
    "catfood": items(f"{C} > キャットフード", ("キャットフード 成猫用 まぐろ 2kg", 1980),
                     ("Indoor Cat Food, Chicken, Adult, 1.5kg", 2680), ("キャットフード ウェット パウチ 12袋 かつお", 980),
                     ("Kitten Dry Cat Food, 1kg", 1480)),
    "collar": items(f"{D} > 首輪・リード > 首輪", ("首輪 革 小型犬 赤 Sサイズ", 1480),
                    ("Reflective Dog Collar, Nylon, Adjustable, Red, M", 1280), ("猫 首輪 安全バックル 鈴付き 2本", 780)),
    "leash": items(f"{D} > 首輪・リード > リード", ("リード 小型犬 1.2m ナイロン 赤", 980),
                   ("Dog Leash, Padded Handle, 1.5m, Black", 1480), ("伸縮リード 5m 中型犬 グレー", 2480),
                   ("リード 本革 1.2m ブラウン", 2980)),
    "carrier": items(f"{PS} > Carriers", ("ペットキャリー リュック 猫 小型犬 通気 グレー", 3980),
                     ("Pet Carrier, Soft-Sided, Airline Approved, Grey", 3480), ("ペットキャリー ハード 2ドア 中型 ベージュ", 4580),
                     ("Pet Carrier Backpack, Bubble Window, Black", 4280)),
    "carrier_acc": items(f"{PS} > Carriers > Carrier Accessories", ("ペットキャリー用 マット 洗える 45cm", 880),
                         ("キャリー専用 ショルダーベルト 交換用", 680)),
    "litter": items(f"{C} > 猫砂", ("猫砂 紙 固まる 7L 6袋", 2980), ("猫砂 ベントナイト 10L 無香料", 1480),
                    ("猫砂 おから 流せる 7L", 1280), ("猫砂 木質ペレット システムトイレ用 4L", 980)),
    "scoop": items(f"{C} > 猫砂 > スコップ", ("猫砂用 スコップ 大 ステンレス", 1280), ("猫砂 スコップ スタンド付き 白", 980),
                   ("猫砂専用 スコップ 細目 目詰まりしない", 680)),
    "scratcher": items(f"{C} > 爪とぎ", ("爪とぎ 段ボール 高密度 ベッド型 3個", 1480), ("爪とぎ ポール 麻 据え置き 60cm", 2480),
                       ("Cat Scratcher Lounge, Cardboard, Wave", 1980), ("爪とぎ 壁掛け 麻 ナチュラル", 1280)),
    "scratcher_acc": items(f"{C} > 爪とぎ > 替え", ("爪とぎ用 替え 段ボール 2枚", 680), ("爪とぎ専用 またたび粉 5g", 380),
                           ("爪とぎ対応 交換用 麻縄 10m", 880)),
    "fountain": items(FOUNTAINS, ("給水器 自動 循環式 2L 白 静音", 2980), ("給水器 重力式 ボトル 3.8L 白", 1280),
                      ("Pet Water Fountain, 2.5L, LED, White", 2680), ("給水器 ステンレス 重力式 1.5L シルバー", 980)),
    "filter": items(f"{FOUNTAINS} > Filters", ("給水器用 フィルター 交換用 8枚 白", 980), ("給水器専用 活性炭フィルター 4枚", 680),
                    ("給水器対応 交換フィルター 6枚入り 白", 780),
                    ("Replacement Filters for Pet Water Fountain, 6 Pack, White", 1080)),
    "fountain_acc": items(f"{FOUNTAINS} > Parts", ("給水器専用 ポンプ 交換用 静音 白", 1180),
                          ("給水器用 ウォーターポンプ 替え USB", 1280)),
    "bed": items(f"{PS} > Beds", ("ペットベッド 丸型 ふわふわ 洗える グレー M", 2480),
                 ("Orthopedic Pet Bed, Memory Foam, Large", 4980), ("ペットベッド ドーム型 猫 冬用", 2980)),
}

F, B, FE = "家具", "寝具", "Furniture"
SOFAS = f"{F} > ソファ"

HOME = {
    "bedframe": items(f"{FE} > Bed Frames", ("ベッドフレーム シングル すのこ 木製 ナチュラル", 12800),
                      ("Metal Bed Frame, Double, Under-Bed Storage, Black", 15800),
                      ("ベッドフレーム セミダブル 棚付き コンセント付き 白", 18800)),
    "mattress": items(f"{B} > マットレス", ("マットレス シングル ポケットコイル 厚さ20cm", 19800),
                      ("マットレス 高反発 三つ折り 10cm セミダブル", 9800),
                      ("Memory Foam Mattress, Double, 25cm, Medium Firm", 24800),
                      ("マットレス 折りたたみ ウレタン 8cm シングル", 5980)),
    "mattress_acc": items(f"{B} > マットレス > マットレス小物", ("マットレス専用 防水カバー セミダブル", 2480),
                          ("マットレス対応 滑り止めシート 100×190cm", 1280),
                          ("Mattress Protector, Waterproof, Double", 2980)),
    "pillow": items(f"{B} > 枕", ("枕 低反発 いびき防止 肩こり", 3980), ("枕 高さ調整 そば殻 日本製", 2980),
                    ("Memory Foam Pillow, Contour, Cervical Support", 4480), ("枕 ホテル仕様 羽根 2個セット", 5980)),
    "pillowcover": items(f"{B} > 枕 > 枕カバー", ("枕カバー 43×63 綿100% 2枚組 白", 1280),
                         ("枕カバー ファスナー式 リネン グレー", 1580), ("Satin Pillowcase, Standard, 2 Pack, Champagne", 1980)),
    "bookshelf": items(f"{F} > 収納 > 本棚", ("本棚 5段 幅60cm 木製 白", 5980), ("本棚 スリム 3段 幅40cm 白", 2980),
                       ("本棚 大容量 壁面 幅90cm ウォールナット", 12800), ("本棚 コミック 薄型 扉付き 黒", 6980),
                       ("本棚 2段 ロータイプ ナチュラル", 1980)),
    "bookshelf_acc": items(f"{F} > 収納 > 本棚パーツ", ("本棚用 追加棚板 幅60cm 白 2枚", 1480),
                           ("本棚専用 扉 幅40cm 白", 1980), ("本棚対応 転倒防止 突っ張り棒 白", 1280)),
    "tvstand": items(f"{FE} > TV Stands", ("テレビ台 ローボード 幅150cm ウォールナット", 12800),
                     ("TV Stand, Mid-Century, 140cm, Oak", 14800), ("テレビ台 コーナー 32型対応 白", 5980),
                     ("テレビ台 ハイタイプ 収納 黒 幅100cm", 8980)),
    "sofa": items(SOFAS, ("ソファ 2人掛け ファブリック ベージュ", 19800), ("ソファ 3人掛け 本革 ブラウン", 59800),
                  ("Modern Loveseat Sofa, Linen, Beige", 24800), ("ソファ 1人掛け コンパクト ベージュ", 9800),
                  ("ソファ カウチ L字 グレー", 39800), ("ローソファ 2人掛け リクライニング グレー", 8980)),
    "cushionsofa": items(SOFAS, ("クッションソファ 1人掛け ビーズ グレー", 7980), ("クッションソファ 2人掛け 大きい ネイビー", 14800),
                         ("クッションソファ 日本製 ローソファ 1人掛け ブラウン", 11800)),
    "sofacover": items(f"{SOFAS} > ソファカバー", ("ソファカバー 2人掛け 伸縮 ストレッチ ベージュ", 2980),
                       ("ソファカバー 3人掛け 防水 ペット対応 グレー", 3480), ("Stretch Sofa Cover, 3 Seater, Beige", 3280)),
    "sofa_acc": items(f"{SOFAS} > ソファ小物", ("ソファ用 脚 交換用 木製 4本 10cm", 1980),
                      ("ソファ専用 アームカバー ベージュ 2枚", 1280)),
    "sofacushion": items(f"{SOFAS} > ソファ小物", ("ソファクッション 45×45cm 背もたれ ベージュ", 1980),
                         ("ソファ クッション 2個セット 中材付き グレー", 2480), ("ソファクッション 大判 60×60cm 洗える", 2980)),
    "cushion": items(f"{F} > クッション", ("クッション 低反発 座布団 40×40cm", 1480), ("フロアクッション 円形 厚手 グレー", 2980),
                     ("クッション 中材 ヌードクッション 45×45cm 2個", 1280)),
}

SHOPS = {"art": ART, "travel": TRAVEL, "pet": PET, "home": HOME}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("art", "lead pencils", "leadpencil", ["pencil", "grippencil"], ["pencillead"]),
    two_types("art", "pencil leads", "pencillead", ["lead"], ["leadpencil"]),
    two_types("art", "pencil grips", "pencilgrip", ["grip"], ["grippencil"]),
    two_types("travel", "trolley bag", "trolleybag", ["bag"], ["bagtrolley"]),
    two_types("travel", "bag trolley", "bagtrolley", ["trolley"], ["trolleybag"]),
    two_types("home", "ソファ クッション", "sofacushion", ["cushion"], ["cushionsofa"]),
    two_types("home", "クッション ソファ", "cushionsofa", ["sofa"], ["sofacushion"]),
    # --- 2. a leading product word that modifies the head
    qualifies("art", "pencil case", ["pencilcase"], ["leadpencil", "pencil", "grippencil"]),
    qualifies("art", "brush holder", ["brushholder"], ["brush"]),
    qualifies("travel", "suitcase cover", ["suitcasecover"], ["suitcase"]),
    qualifies("travel", "neck pillow cover", ["pillowcover"], ["pillow"]),
    qualifies("pet", "猫砂 スコップ", ["scoop"], ["litter"]),
    qualifies("pet", "給水器 フィルター", ["filter"], ["fountain"]),
    qualifies("home", "枕カバー", ["pillowcover"], ["pillow"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("art", "pencil sharpener", ["sharpener"], ["sharpener_acc"]),
    accessories("art", "easel", ["easel"], ["easel_acc"]),
    accessories("travel", "suitcase", ["suitcase"], ["suitcasecover", "suitcase_acc"]),
    accessories("travel", "travel adapter", ["adapter"], ["adapter_acc"]),
    accessories("pet", "給水器", ["fountain"], ["filter", "fountain_acc"]),
    accessories("pet", "爪とぎ", ["scratcher"], ["scratcher_acc"]),
    accessories("home", "マットレス", ["mattress"], ["mattress_acc"]),
    accessories("home", "ソファ", ["sofa", "cushionsofa"], ["sofacover", "sofa_acc", "sofacushion"]),
    # black easels: aluminium field 29, metal tabletop 17, A-frame 45 (a natural beech tabletop 12; black
    # accessories 6-14)
    price("art", "cheap black easel", "easel-3", ["easel_acc"]),
    # black suitcases: Voyager 89, softside 69, lightweight 59 (a red kids' one 49; black covers 14-15, black
    # spare parts 9-25)
    price("travel", "budget black suitcase", "suitcase-4", ["suitcasecover", "suitcase_acc"]),
    # grey neck pillows: memory foam 25, Voyager microbead 15, hooded 22 (a navy inflatable 12; grey covers 8-10)
    price("travel", "cheap grey neck pillow", "pillow-2", ["pillowcover"]),
    # white 給水器: circulating 2980, gravity bottle 1280, English fountain 2680 (a silver stainless one 980;
    # white filters 780-1080, a white pump 1180)
    price("pet", "激安 白 給水器", "fountain-1", ["filter", "fountain_acc"]),
    # white 本棚: 5-tier 5980, slim 2980 (a natural low one 1980; white parts 1280-1980)
    price("home", "格安 白 本棚", "bookshelf-1", ["bookshelf_acc"]),
    # beige ソファ: 2-seater 19800, English loveseat 24800, 1-seater 9800 (a grey low sofa 8980; beige covers
    # 2980-3280, a beige arm cover 1280, a beige sofa cushion 1980)
    price("home", "お手頃 ベージュ ソファ", "sofa-3", ["sofacover", "sofa_acc", "sofacushion"]),
    # --- 4. Japanese queries among English-titled items; English queries over Japanese-only titles
    mixed("pet", "キャットフード", "catfood"),
    mixed("pet", "リード", "leash"),
    mixed("pet", "ペットキャリー", "carrier"),
    mixed("pet", "cat litter", "litter"),
    mixed("home", "ベッドフレーム", "bedframe"),
    mixed("home", "テレビ台", "tvstand"),
    mixed("home", "枕", "pillow"),
    mixed("home", "bookshelf", "bookshelf"),
]

_ALL_EN = (LEXICAL, DENSE)
_ALL_JA = (LEXICAL, DENSE, LATIN_ONLY)
_FAILING: dict = {}
LIMITS: dict = {("blind39", case, setup): why for case, (setups, why) in _FAILING.items() for setup in setups}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind39(q: Q, setup: str, known_limit):
    known_limit("blind39")
    check(q, setup, ENGINES)


def test_blind39_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "ベージュ": "Beige", "black": "Black", "grey": "Grey"})
