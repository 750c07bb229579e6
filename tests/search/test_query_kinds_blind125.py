"""A hundred-and-twenty-fifth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: kids'
dress-up, face paint and magic (English: glitter tattoos and tattoo glitter, costume racks, fairy
wings, face paint and its brushes, magic kits and their refills), Christmas and Easter decorations
(English: tree ornaments and ornament trees, basket grass and grass baskets, tree toppers, stockings
and stocking holders, advent calendars), a Japanese school and kids' craft shop 学童用品・書道・工作
(ランドセル and ランドセルカバー, 書道セット, 鉛筆キャップ, ビーズブレスレット and ブレスレットビーズ; part
of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords: Crayons クレヨン, Markers マーカー, Whiteboard ホワイトボード) and a Japanese small-animal
and bird shop 小動物・小鳥用品 (鳥かご and 鳥かごカバー, 回し車, 牧草フィーダー, キャリー; an English
branch of its tree with Japanese titles, and English-titled imports too: Hamster Cage
ハムスターケージ, Water Bottle ウォーターボトル, Pet Heater ペットヒーター). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (A hundred-and-twenty-fifth suite), as a measurement only (nothing
changed for it): 85 of 93 cases pass, 33 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 18/18; accessories 7/8, 18/20; price 3/6, 9/15; mixed 8/8, 22/22); the 8 failing
cases (4 English queries, each in both its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 'tree topper' (a topper stabilizer first), 'cheap pink fairy wings' (a pink
wall hanger for wings first), 'cheap red stockings' (red stocking name tags first) and 'budget
silver tree topper' (the silver topper stabilizer first). Every Japanese query passes.
After (a title beginning with a product name the catalogue repeats keeps its own head where it says
the name's last word after a purpose marker: "Tree Topper Stabilizer for Star Toppers" is a
stabilizer; the seventeenth session): "tree topper" and "budget silver tree topper" pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

D, FT = "Kids Dress-Up", "Face Paint & Tattoos"
MAGIC = "Magic & Tricks > Magic Kits"

DRESSUP = {
    "costume": items(f"{D} > Costumes", ("Starbound Kids Astronaut Costume, Jumpsuit & Helmet, Ages 4-6, White", 29),
                     ("Pirate Captain Costume, Kids, Hat & Sash, Ages 5-7", 24),
                     ("Firefighter Dress-Up Costume, Jacket & Helmet, Kids 3-5", 27),
                     ("Dinosaur Costume, Hooded Plush, Green, Toddler", 32)),
    "costumerack": items(f"{D} > Storage > Costume Racks", ("Kids Costume Rack with Mirror, Wooden, 2 Shelves", 89),
                         ("Dress-Up Costume Rack, Rolling, White", 69),
                         ("Costume Rack & Storage Bin Set, Kids Playroom", 79)),
    "wings": items(f"{D} > Accessories > Wings", ("Glimmer Fairy Wings, Pink, Glitter, Elastic Straps", 14),
                   ("Butterfly Fairy Wings, Kids, Pink & Purple", 12),
                   ("Sparkle Fairy Wings with Wand, Pink", 16),
                   ("Fairy Wings, Blue, Iridescent, Kids", 9)),
    "wings_acc": items(f"{D} > Accessories > Wings", ("Replacement Elastic Straps for Fairy Wings, Pink, 2 Pairs", 4),
                       ("Fairy Wings Wall Hanger, Pink Heart", 7)),
    "facepaint": items(f"{FT} > Face Paint", ("Brightface Face Paint Kit, 12 Colours, Water Based", 19),
                       ("Face Paint Palette, 8 Neon Colours, Kids Safe", 15),
                       ("Face Paint Crayons, 6 Sticks, Washable", 11),
                       ("Metallic Face Paint, Gold & Silver, 2 Pots", 9)),
    "fpbrush": items(f"{FT} > Face Paint > Brushes", ("Face Paint Brushes, 10 Piece, Round & Flat", 9),
                     ("Brightface Face Paint Brushes, Synthetic, Set of 6", 12),
                     ("Sponge Face Paint Brushes & Blenders, 12 Pack", 7)),
    "fp_acc": items(f"{FT} > Face Paint > Accessories", ("Stencils for Face Paint, Reusable, 20 Designs", 8),
                    ("Face Paint Remover Wipes, 30 Count", 5),
                    ("Brightface Replacement Sponges for Face Paint Kit, 10 Pack", 4)),
    "glittertattoo": items(f"{FT} > Tattoos", ("Glitter Tattoos, Unicorn & Rainbow, 40 Designs", 9),
                           ("Kids Glitter Tattoos Kit with Stencils & Glue", 16),
                           ("Mermaid Glitter Tattoos, Temporary, 24 Pack", 8)),
    "tattoo": items(f"{FT} > Tattoos", ("Temporary Tattoos, Dinosaur, 100 Pack, Kids", 7),
                    ("Pirate Temporary Tattoos, 50 Designs", 6),
                    ("Metallic Temporary Tattoos, Gold, Party Favours", 8)),
    "tattooglitter": items(f"{FT} > Glitter", ("Tattoo Glitter, 24 Colours, Cosmetic Grade", 14),
                           ("Tattoo Glitter Refill, Holographic Silver, 10g", 5),
                           ("Fine Tattoo Glitter Shaker Set, 6 Colours", 9)),
    "glitter": items(f"{FT} > Glitter", ("Body Glitter Gel, Holographic, 50ml", 7),
                     ("Chunky Face Glitter, Festival, Rainbow", 6),
                     ("Hair & Body Glitter Spray, Silver", 8)),
    "magickit": items(MAGIC, ("Wizardry Magic Kit, 75 Tricks, Ages 6+", 29),
                      ("Beginner Magic Kit, Top Hat & Wand, 25 Tricks", 22),
                      ("Deluxe Magic Kit with DVD, 150 Tricks", 39)),
    "magic_acc": items(f"{MAGIC} > Refills & Parts", ("Replacement Sponge Balls for Magic Kit, 12 Pack", 5),
                       ("Wizardry Magic Kit Replacement Cards, Marked Deck", 6),
                       ("Storage Case for Magic Kit, Hard Shell", 12)),
    "noise": each(("Sequined Top Hat, Black, Kids", "Magic & Tricks > Props", 9),
                  ("Superhero Cape & Mask Set, Red", f"{D} > Accessories > Capes", 12),
                  ("Princess Tiara, Silver, Rhinestone", f"{D} > Accessories > Crowns", 7)),
}

X, EA = "Christmas", "Easter"
ORN, STOCK = f"{X} > Ornaments", f"{X} > Stockings"

HOLIDAY = {
    "treeorn": items(ORN, ("Glass Christmas Tree Ornaments, 24 Pack, Red & Gold", 24),
                     ("Shatterproof Tree Ornaments, 36 Pieces, Silver", 19),
                     ("Wooden Tree Ornaments, Scandinavian, 12 Pack", 15)),
    "ornament": items(ORN, ("Personalised Baby's First Christmas Ornament, Ceramic", 12),
                      ("Felt Reindeer Ornaments, Hanging, Set of 4", 9),
                      ("Hand-Blown Glass Bird Ornaments, Clip-On, 6 Pack", 18)),
    "ornatree": items(f"{ORN} > Ornament Displays", ("Ornament Tree, Metal Tabletop Display, Gold, 45cm", 29),
                      ("Wooden Ornament Tree with 12 Hooks, White", 24),
                      ("Ornament Tree Display Stand, Rotating, Black Wire", 34)),
    "tree": items(f"{X} > Trees", ("Artificial Christmas Tree, 6ft, Pre-Lit, Hinged Branches", 119),
                  ("Tabletop Christmas Tree, 60cm, Snowy, Burlap Base", 29),
                  ("Pencil Christmas Tree, 7ft, Slim, Unlit", 89)),
    "topper": items(f"{X} > Tree Toppers", ("Star Tree Topper, Silver Glitter, LED, 25cm", 19),
                    ("Angel Tree Topper, Silver & White, Fabric Wings", 24),
                    ("Snowflake Tree Topper, Silver, Metal, 30cm", 14),
                    ("Mini Star Tree Topper, Gold, 12cm", 9),
                    ("Bow Tree Topper, Red Velvet, Large", 16)),
    "topper_acc": items(f"{X} > Tree Toppers", ("Tree Topper Stabilizer for Star Toppers, Silver Spiral", 5),
                        ("Replacement Bulbs for Tree Topper, Silver Base, 5 Pack", 4)),
    "stocking": items(STOCK, ("Knit Christmas Stocking, Red, Cable Knit, 50cm", 19),
                      ("Personalised Velvet Stocking, Red, Faux Fur Cuff", 14),
                      ("Plaid Christmas Stockings, Red & Black, Set of 2", 24),
                      ("Burlap Christmas Stocking, Natural Jute", 11)),
    "stockingholder": items(f"{STOCK} > Stocking Holders", ("Stocking Holders for Mantel, Red Cardinal, Set of 2", 22),
                            ("Cast Iron Stocking Holder, Reindeer, Red", 12),
                            ("Stocking Holders, Silver Letters N-O-E-L, 4 Pack", 34)),
    "stocking_acc": items(STOCK, ("Stocking Name Tags, Red Felt, 6 Pack", 5),
                          ("Glitter Iron-On Letters for Christmas Stockings, Red", 6)),
    "advent": items(f"{X} > Advent Calendars", ("Wooden Advent Calendar, House Shape, 24 Drawers", 49),
                    ("Fabric Advent Calendar, Hanging, 24 Pockets, Red", 24),
                    ("Advent Calendar, Felt Wall Hanging, Reusable, Green", 19)),
    "advent_acc": items(f"{X} > Advent Calendars", ("Number Stickers for Advent Calendar, 1-24, Gold", 3),
                        ("Mini Toy Fillers for Advent Calendar, 24 Pack", 15)),
    "basketgrass": items(f"{EA} > Basket Fillers", ("Easter Basket Grass, Green, Recycled Paper, 100g", 4),
                         ("Basket Grass, Pastel Mix, Crinkle Cut, 200g", 5),
                         ("Iridescent Easter Basket Grass, Plastic, 2 Bags", 3)),
    "grass": items(f"{EA} > Basket Fillers", ("Easter Grass, Shredded Tissue, Pink", 3),
                   ("Crinkle Paper Grass, Natural Kraft, 200g", 6)),
    "grassbasket": items(f"{EA} > Baskets", ("Woven Grass Basket with Handle, Natural, Easter", 19),
                         ("Handwoven Grass Basket, Oval, Small, Egg Hunt", 14),
                         ("Sea Grass Basket with Liner, Bunny, Large", 22)),
    "basket": items(f"{EA} > Baskets", ("Easter Basket, Wicker, Pastel Bow", 16),
                    ("Personalised Easter Basket, Canvas Bunny, Pink", 12),
                    ("Collapsible Easter Basket, Felt, Chick Design", 9)),
}

G, SS = "学用品", "School Supplies"
RANDO, SHODO, WRITE, CRAFT = f"{G} > ランドセル", f"{G} > 書道用品", f"{G} > 筆記具", "工作・手芸 > キッズアクセサリー"

SCHOOL = {
    "randoseru": items(RANDO, ("ランドセル 男の子 A4フラットファイル対応 黒 6年保証", 39800),
                       ("ランドセル 女の子 軽量 キャメル 刺繍", 45800), ("ランドセル 牛革 黒 手作り 日本製", 59800),
                       ("ランドセル 人工皮革 黒 軽量 1100g", 29800), ("ランドセル ネイビー 男女兼用 A4対応", 36800),
                       ("ランドセル 女の子 ラベンダー 軽量 A4対応", 24800)),
    "randocover": items(f"{RANDO} > ランドセルカバー", ("ランドセルカバー 透明 反射材付き 黒", 980),
                        ("ランドセルカバー 撥水 キャメル 無地", 1280), ("ランドセル用 カバー 黄色 交通安全 A4対応", 680)),
    "rando_acc": items(f"{RANDO} > ランドセル小物", ("ランドセル用 ライト 防犯ブザー付き 黒", 1480),
                       ("ランドセル専用 ネームタグ 黒 2個セット", 580), ("ランドセル対応 キーホルダー 反射 2個", 480)),
    "shodoset": items(SHODO, ("書道セット 小学生 男の子 黒 ショルダー 習字セット", 3980),
                      ("書道セット 女の子 ネイビー バッグ付き", 4280), ("習字セット 書道セット 初心者 大人用", 5980)),
    "shodo_acc": items(SHODO, ("書道セット用 下敷き 名前入り 半紙判", 580), ("書道セット専用 筆巻き 竹", 680),
                       ("書道セット対応 補充用 墨汁 180ml", 380)),
    "pencil": items(f"{WRITE} > 鉛筆", ("鉛筆 2B 12本入り 六角軸 小学生", 480), ("かきかた鉛筆 4B 三角軸 1ダース", 560),
                    ("名入れ 鉛筆 B 12本 ギフト", 980)),
    "pencilcap": items(f"{WRITE} > 鉛筆キャップ", ("鉛筆キャップ 10個入り カラフル", 220), ("鉛筆キャップ 補助軸付き 3本", 330),
                       ("鉛筆 キャップ シリコン 動物 5個", 380)),
    "crayon": items(f"{SS} > Art > Crayons", ("Jumbo Crayons for Toddlers, 16 Colors, Washable", 980),
                    ("Twistable Crayons, 24 Colors", 1180), ("クレヨン 16色 ケース入り 小学校", 550),
                    ("水でおとせる クレヨン 12色", 680)),
    "marker": items(f"{SS} > Art > Markers", ("Washable Markers, Broad Line, 12 Colors", 1280),
                    ("Dual Tip Markers, 24 Colors, Kids", 1680), ("マーカー 水性 8色 太字 小学生", 580),
                    ("マーカー 蛍光 6色セット", 480)),
    "colpencil": items(f"{SS} > Art > Colored Pencils", ("色鉛筆 24色 紙箱入り 小学生", 880), ("色鉛筆 12色 缶入り 名前シール付き", 1080),
                       ("水彩色鉛筆 36色 筆付き", 1980)),
    "whiteboard": items(f"{SS} > Boards", ("Kids Whiteboard, Magnetic, A3, Dry Erase", 1980),
                        ("Double-Sided Whiteboard Easel for Kids", 4980), ("ホワイトボード 子供 お絵かき 両面 A3", 1480)),
    "beadbracelet": items(CRAFT, ("ビーズブレスレット キッズ 女の子 パステル 5本セット", 880),
                          ("ビーズブレスレット 天然石風 子供 名入れ", 1280), ("キッズ ビーズブレスレット ゴム 虹色", 480)),
    "bracelet": items(CRAFT, ("ブレスレット キッズ シリコン 名前入り", 680), ("ミサンガ ブレスレット 子供 3本", 580)),
    "braceletbead": items("工作・手芸 > ビーズ", ("ブレスレットビーズ アルファベット 300個 ゴム紐付き", 780),
                          ("ブレスレットビーズ パステル 大粒 24色", 980), ("ブレスレット ビーズ ハート 星 詰め合わせ 500g", 1280)),
    "bead": items("工作・手芸 > ビーズ", ("アイロンビーズ 5000粒 24色", 1480), ("ウッドビーズ 丸 20mm 100個", 680)),
}

SA, B, SP, BS = "小動物用品", "小鳥用品", "Small Pets", "Bird Supplies"
DISH = f"{SA} > 食器・給水器"

PETS = {
    "birdcage": items(f"{B} > 鳥かご", ("鳥かご 35cm 手乗りインコ 白 ステンレス扉", 4980), ("鳥かご 木製 和風 竹 小鳥", 6980),
                      ("鳥かご 大型 キャスター付き 白", 12800), ("Bird Cage, Metal, Flight Cage, 60cm, White", 8980),
                      ("鳥かご ミニ 文鳥 フィンチ 黒", 3280)),
    "cagecover": items(f"{B} > 鳥かご用品 > カバー", ("鳥かご カバー 遮光 おやすみカバー 白 35cm", 1280),
                       ("鳥かごカバー 保温 キルティング 白", 1680), ("鳥かご用 カバー 防寒 透明 ビニール", 980)),
    "cage_acc": items(f"{B} > 鳥かご用品", ("鳥かご専用 エサ入れ 白 2個", 480), ("鳥かご対応 フンきり網 交換用 35cm", 580),
                      ("鳥かご用 キャスター台 白", 1980)),
    "perch": items(f"{BS} > Perches", ("止まり木 天然木 インコ 2本セット", 680), ("止まり木 ロープ ぐるぐる 小鳥 50cm", 880),
                   ("ステップ 止まり木 L字 木製 文鳥", 480)),
    "hay": items(f"{SA} > フード > 牧草", ("牧草 チモシー 1番刈り 1kg うさぎ", 1280), ("牧草 アルファルファ 500g", 880),
                 ("Timothy Hay, 2.5kg, Premium, Rabbit & Guinea Pig", 2980)),
    "hayfeeder": items(f"{DISH} > 牧草フィーダー", ("牧草フィーダー うさぎ 木製 壁掛け", 1480),
                       ("牧草フィーダー ケージ取り付け 金属", 980), ("うさぎ 牧草フィーダー 陶器 置き型", 1680)),
    "wheel": items(f"{SA} > おもちゃ > 回し車", ("回し車 ハムスター 静音 21cm", 1480), ("回し車 木製 スタンド付き 17cm", 1980),
                   ("Silent Exercise Wheel for Hamsters, 21cm", 1680), ("回し車 サイレントホイール 15cm ドワーフ", 1280)),
    "wheel_acc": items(f"{SA} > おもちゃ > 回し車", ("回し車用 スタンド 交換 21cm", 580), ("回し車専用 交換用 軸 ベアリング", 380),
                       ("回し車対応 マット 滑り止め", 480)),
    "hamcage": items(f"{SP} > Cages", ("Hamster Cage, 2 Levels, with Tubes, 60cm", 5980),
                     ("Large Hamster Cage, Glass Tank, Mesh Lid, 80cm", 9800),
                     ("ハムスター ケージ 60cm 2階建て ロフト付き", 4980), ("ハムスターケージ 水槽型 クリア 幅57cm", 3980)),
    "bottle": items(f"{DISH} > 給水器", ("Small Animal Water Bottle, 250ml, No Drip", 780),
                    ("Water Bottle for Rabbits, 500ml, Glass", 1480), ("給水ボトル ハムスター 80ml", 480),
                    ("ウォーターボトル うさぎ 500ml ケージ取り付け", 880)),
    "heater": items(f"{SA} > 保温用品", ("Pet Heater Mat, Small Animal, 15W", 2480),
                    ("Small Animal Heater, Cage Mount, 40W", 2980), ("ペットヒーター 小動物 マット 10W", 1980),
                    ("ペットヒーター パネル 保温 ハムスター", 2280)),
    "carrier": items(f"{SA} > キャリー", ("キャリー ハムスター 小動物 持ち運び ピンク", 1280),
                     ("キャリーバッグ うさぎ 通院 ピンク メッシュ", 2480), ("Small Pet Carrier, Portable, Pink, Ventilated", 1680),
                     ("キャリー 小鳥 インコ 通院 透明", 1980), ("キャリー ケース 小動物 ブルー", 980)),
    "carrier_acc": items(f"{SA} > キャリー", ("キャリー用 ショルダーベルト ピンク", 480), ("キャリー専用 マット ピンク 交換用", 380)),
}

SHOPS = {"dressup": DRESSUP, "holiday": HOLIDAY, "school": SCHOOL, "pets": PETS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("dressup", "glitter tattoos", "glittertattoo", ["tattoo"], ["tattooglitter"]),
    two_types("dressup", "tattoo glitter", "tattooglitter", ["glitter"], ["glittertattoo"]),
    two_types("holiday", "tree ornaments", "treeorn", ["ornament"], ["ornatree"]),
    two_types("holiday", "ornament tree", "ornatree", ["tree"], ["treeorn"]),
    two_types("holiday", "basket grass", "basketgrass", ["grass"], ["grassbasket"]),
    two_types("holiday", "grass basket", "grassbasket", ["basket"], ["basketgrass"]),
    two_types("school", "ビーズブレスレット", "beadbracelet", ["bracelet"], ["braceletbead"]),
    two_types("school", "ブレスレットビーズ", "braceletbead", ["bead"], ["beadbracelet"]),
    # --- 2. a leading product word that modifies the head
    qualifies("dressup", "costume rack", ["costumerack"], ["costume"]),
    qualifies("dressup", "face paint brushes", ["fpbrush"], ["facepaint"]),
    qualifies("holiday", "stocking holders", ["stockingholder"], ["stocking"]),
    qualifies("school", "ランドセル カバー", ["randocover"], ["randoseru"]),
    qualifies("school", "鉛筆キャップ", ["pencilcap"], ["pencil"]),
    qualifies("pets", "牧草 フィーダー", ["hayfeeder"], ["hay"]),
    qualifies("pets", "鳥かご カバー", ["cagecover"], ["birdcage"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("dressup", "face paint", ["facepaint"], ["fpbrush", "fp_acc"]),
    accessories("dressup", "magic kit", ["magickit"], ["magic_acc"]),
    accessories("holiday", "advent calendar", ["advent"], ["advent_acc"]),
    accessories("holiday", "tree topper", ["topper"], ["topper_acc"]),
    accessories("school", "ランドセル", ["randoseru"], ["randocover", "rando_acc"]),
    accessories("school", "書道セット", ["shodoset"], ["shodo_acc"]),
    accessories("pets", "鳥かご", ["birdcage"], ["cagecover", "cage_acc"]),
    accessories("pets", "回し車", ["wheel"], ["wheel_acc"]),
    # pink fairy wings: Glimmer 14, Butterfly (pink & purple) 12, Sparkle 16 (a blue pair 9; pink straps 4, pink
    # wall hanger 7)
    price("dressup", "cheap pink fairy wings", "wings-1", ["wings_acc"]),
    # red stockings: knit 19, velvet 14, plaid set 24 (a natural burlap one 11; red holders 12-22, red name tags 5,
    # red iron-on letters 6)
    price("holiday", "cheap red stockings", "stocking-1", ["stockingholder", "stocking_acc"]),
    # silver tree toppers: star 19, angel 24, snowflake 14 (a gold mini star 9; silver stabilizer 5, silver-base
    # bulbs 4)
    price("holiday", "budget silver tree topper", "topper-2", ["topper_acc"]),
    # black randoseru: A4 flat-file 39800, cowhide 59800, synthetic 29800 (a lavender one 24800; black cover 980,
    # black light 1480, black name tags 580)
    price("school", "安い 黒 ランドセル", "randoseru-3", ["randocover", "rando_acc"]),
    # white bird cages: 35cm 4980, large on casters 12800, English flight cage 8980 (a black mini 3280; white covers
    # 1280-1680, white feeders 480, white caster stand 1980)
    price("pets", "激安 白 鳥かご", "birdcage-0", ["cagecover", "cage_acc"]),
    # pink carriers: hamster 1280, rabbit bag 2480, English 1680 (a blue case 980; pink strap 480, pink mat 380)
    price("pets", "お手頃 ピンク キャリー", "carrier-0", ["carrier_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("school", "クレヨン", "crayon"),
    mixed("school", "マーカー", "marker"),
    mixed("school", "ホワイトボード", "whiteboard"),
    mixed("school", "colored pencils", "colpencil"),
    mixed("pets", "ハムスターケージ", "hamcage"),
    mixed("pets", "ウォーターボトル", "bottle"),
    mixed("pets", "ペットヒーター", "heater"),
    mixed("pets", "bird perch", "perch"),
]

LIMITS: dict = {
    **{("blind125", "price:dressup:cheap_pink_fairy_wings", s):
       "the accessory 'Fairy Wings Wall Hanger, Pink Heart' (7) ranked first, above the cheapest pink wings (12)"
       for s in ("categories-lexical", "categories-dense")},
    **{("blind125", "price:holiday:cheap_red_stockings", s):
       "the accessory 'Stocking Name Tags, Red Felt, 6 Pack' (5) ranked first, above the cheapest red stocking (14)"
       for s in ("categories-lexical", "categories-dense")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind125(q: Q, setup: str, known_limit):
    known_limit("blind125")
    check(q, setup, ENGINES)


def test_blind125_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"pink": "Pink", "red": "Red", "silver": "Silver", "黒": "Black", "白": "White",
                                 "ピンク": "Pink"})
