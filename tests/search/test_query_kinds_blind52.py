"""A fifty-second blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies: window treatments and curtains
(English: curtains and ring top curtains, curtain rings and clip rings, curtain rods, tension
rods and rod parts, tiebacks, blackout liners, blinds and blind parts, shower curtains and their
hooks), cycling apparel and shoes (English: cycling shoes, shoe parts and cleats, shoe covers,
helmets, visor helmets and helmet visors, jerseys, bib shorts, gloves), Japanese storage goods
収納用品 (収納ボックス, 仕切りボックス and ボックス仕切り, 仕切り板, 衣装ケース, 突っ張り棒, ハンガーラック and
its covers, ランドリーバスケット, ブックエンド, ラベル, すき間収納; part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords) and Japanese shoes and
shoe care 靴・靴ケア用品 (スニーカー and ソックススニーカー, スニーカーソックス, ブーツソックス and ソックスブーツ,
ブーツ, ブーツキーパー, レインブーツ, インソール, 靴べら, 靴クリーム, 防水スプレー, シューズボックス; part of its
category tree in English, with English-titled imports). Shops of 30-50 items, category paths 2-3
levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "Replacement ... for X" are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords over
   English-titled imports), and three English queries over Japanese-only titles (a shopper who
   types English in the Japanese shop: "tension rod", "shoe horn", "waterproof spray"): the top
   three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (fifty-second suite), as a measurement only (nothing changed for it):
81 of 94 cases pass, 32 of 37 queries in every setup (two_types 6/8 queries, 15/21 cases;
qualifies 6/7, 14/17; accessories 8/8, 20/20; price 5/6, 13/15; mixed 7/8, 19/21); the 13 failing
cases (5 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): 仕切りボックス (a ボックス仕切り divider above the English "Storage Boxes"),
ボックス 仕切り (仕切りボックス boxes shown while the plain 仕切り板 dividers are not returned),
衣装ケース 仕切り (a 衣装ケース専用 防虫シート third, before a divider sheet), cheap black cycling shoes
(black cleat covers first) and shoe horn (English shoe boxes and insoles first, no 靴べら in the top
five).

After (a dictionary spelling matches the catalogue word Sudachi normalizes to it: JMdict's 靴篦 for
"shoe horn", the titles' 靴べら): shoe horn passes. After (an item of the type by its category alone,
titled as a type the catalogue learns as an accessory of it, is never the cheapest of the type: the
cleat covers under "Shoes > Cleats"): cheap black cycling shoes passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

W = "Window Treatments"
CUR, HW, BL = f"{W} > Curtains", f"{W} > Hardware", f"{W} > Blinds"

CURTAIN = {
    "curtain": each(("Dreamhaus Blackout Curtains, Grommet Top, 52 x 84 in, Navy, 2 Panels", f"{CUR} > Blackout Curtains", 39.99),
                    ("Thermal Insulated Blackout Curtains, Rod Pocket, 42 x 63 in, Grey", f"{CUR} > Blackout Curtains", 29.99),
                    ("Linen Look Curtains, Back Tab, 50 x 96 in, Beige, Set of 2", f"{CUR} > Linen Curtains", 44.99),
                    ("Sheer Voile Curtains, 54 x 84 in, White, 2 Panels", f"{CUR} > Sheer Curtains", 19.99)),
    "ringtop": items(f"{CUR} > Ring Top Curtains", ("Dreamhaus Ring Top Curtains, Blackout, 66 x 72 in, Charcoal", 34.99),
                     ("Ring Top Curtains, Velvet, Lined, 46 x 54 in, Green", 49.99),
                     ("Eyelet Ring Top Curtains, Cotton, 90 x 90 in, Ochre", 59.99)),
    "curtainring": items(f"{HW} > Rings & Clips", ("Curtain Rings with Clips, 1.5 in, 28 Pack, Black", 12.99),
                         ("Wooden Curtain Rings with Eyelets, 2 in, 14 Pack, Walnut", 14.99),
                         ("Dreamhaus Curtain Rings, Brushed Nickel, 1.25 in, 20 Pack", 11.99)),
    "ring": items(f"{HW} > Rings & Clips", ("Drapery Clip Rings, Matte Black, 1 in, 40 Pack", 9.99),
                  ("Cafe Rings, Brass, 0.75 in, 24 Pack", 7.99)),
    "curtainrod": items(f"{HW} > Curtain Rods", ("Dreamhaus Curtain Rod, 28-48 in, 1 in Diameter, Black", 24.99),
                        ("Double Curtain Rod, 72-144 in, Brushed Nickel, Ball Finials", 49.99),
                        ("Blackout Curtain Rod, Wraparound, 66-120 in, Bronze", 34.99),
                        ("Curtain Rod, Telescoping, 36-72 in, Gold", 19.99)),
    "rod": items(f"{HW} > Tension Rods", ("Spring Tension Rod, 28-48 in, White", 9.99),
                 ("Cafe Rod, 18-28 in, Antique Brass", 12.99)),
    "rod_acc": items(f"{HW} > Rod Parts", ("Rod Brackets for 1 in Curtain Rods, Black, 2 Pack", 8.99),
                     ("Replacement Finials for Curtain Rods, Ball, Black, 2 Pack", 9.99),
                     ("Curtain Rod Center Support Bracket, Black", 6.99)),
    "tieback": items(f"{HW} > Tiebacks", ("Dreamhaus Curtain Tiebacks, Magnetic, Tassel, Grey, 2 Pack", 11.99),
                     ("Curtain Tiebacks, Rope, Natural Jute, 4 Pack", 9.99),
                     ("Curtain Tiebacks, Metal Holdbacks, Black, Pair", 15.99)),
    "liner": items(f"{CUR} > Curtain Liners", ("Blackout Curtain Liner, Hook Top, 54 x 84 in, White", 17.99),
                   ("Thermal Blackout Liner for Curtains, Ivory, 2 Panels", 22.99)),
    "blind": each(("Shadeline Cordless Blackout Roller Blinds, 35 x 72 in, White", f"{BL} > Roller Blinds", 39.99),
                  ("Light Filtering Roller Blinds, 23 x 64 in, Grey", f"{BL} > Roller Blinds", 24.99),
                  ("Shadeline Faux Wood Blinds, 2 in Slats, 36 x 64 in, White", f"{BL} > Venetian Blinds", 44.99),
                  ("Aluminium Mini Blinds, 1 in Slats, 23 x 42 in, White", f"{BL} > Venetian Blinds", 14.99),
                  ("Bamboo Roll Up Blinds, 36 x 72 in, Natural", f"{BL} > Roller Blinds", 29.99),
                  ("Vertical Blinds, Patio Door, 78 x 84 in, White", f"{BL} > Vertical Blinds", 59.99),
                  ("Pleated Paper Blinds, Temporary, 36 x 72 in, Black, 6 Pack", f"{BL} > Pleated Blinds", 12.99)),
    "blind_acc": items(f"{BL} > Blind Parts", ("Replacement Brackets for Roller Blinds, White, 2 Pack", 6.99),
                       ("Blind Cord Cleats, Child Safety, White, 4 Pack", 4.99),
                       ("Valance Clips for Faux Wood Blinds, White, 6 Pack", 5.99),
                       ("Replacement Wand for Vertical Blinds, 24 in, White", 7.99)),
    "showercurtain": items("Bath > Shower Curtains",
                           ("Aquabath Fabric Shower Curtain, Waffle Weave, 72 x 72 in, White", 24.99),
                           ("Shower Curtain, PEVA, Clear with Fish Print, 72 x 72 in", 12.99),
                           ("Extra Long Shower Curtain, Linen Texture, 72 x 84 in, Grey", 29.99)),
    "shower_acc": items("Bath > Shower Curtain Accessories", ("Shower Curtain Hooks, Roller Ball, Chrome, 12 Pack", 10.99),
                        ("Replacement Rings for Shower Curtains, Plastic, White, 12 Pack", 5.99),
                        ("Magnetic Weights for Shower Curtains, 4 Pack", 6.99)),
    "noise": each(("Window Film, Frosted, Privacy, 17.5 x 78 in", f"{W} > Window Film", 15.99)),
}

CY = "Cycling"
SHOE, HELM, CL = f"{CY} > Shoes", f"{CY} > Helmets", f"{CY} > Clothing"

CYCLE = {
    "jersey": items(f"{CL} > Jerseys", ("Veloce Short Sleeve Cycling Jersey, Men's, Race Fit, Red", 69),
                    ("Women's Long Sleeve Cycling Jersey, Thermal, Black", 79),
                    ("Cycling Jersey, Full Zip, 3 Rear Pockets, Blue", 39)),
    "bib": items(f"{CL} > Shorts", ("Veloce Bib Shorts, Men's, Gel Chamois, Black", 89),
                 ("Women's Bib Shorts, Halter Back, Black", 99)),
    "shoe": each(("Veloce Road Cycling Shoes, Carbon Sole, BOA Dial, White", f"{SHOE} > Road Shoes", 229),
                 ("Road Cycling Shoes, Nylon Sole, 3 Straps, Black", f"{SHOE} > Road Shoes", 79),
                 ("Pedalform MTB Cycling Shoes, SPD, Lace-Up, Black", f"{SHOE} > MTB Shoes", 109),
                 ("Flat Pedal MTB Shoes, Sticky Rubber, Black", f"{SHOE} > MTB Shoes", 89),
                 ("Indoor Cycling Shoes, Spin, Delta Cleat Compatible, Black", f"{SHOE} > Indoor Shoes", 119),
                 ("Women's Road Cycling Shoes, Mesh, Pink", f"{SHOE} > Road Shoes", 59)),
    "shoe_acc": items(f"{SHOE} > Shoe Parts", ("Replacement BOA Dials for Cycling Shoes, Black, Pair", 24),
                      ("Replacement Heel Pads for Road Cycling Shoes, Black", 12),
                      ("Cycling Shoe Insoles, Arch Support, Black", 29)),
    "cleat": items(f"{SHOE} > Cleats", ("SPD-SL Cleats, Yellow, 6 Degree Float", 22),
                   ("SPD Cleats for MTB Shoes, Black, Pair", 15), ("Look Keo Compatible Cleats, Grey", 19),
                   ("Cleat Covers for Road Cleats, Walking, Black", 14)),
    "shoecover": items(f"{CL} > Shoe Covers", ("Veloce Shoe Covers, Thermal Neoprene, Black", 39),
                       ("Aero Shoe Covers, Lycra, White", 29), ("Waterproof Shoe Covers, Reflective, Black", 34)),
    "glove": items(f"{CL} > Gloves", ("Veloce Cycling Gloves, Fingerless, Gel Padded, Black", 25),
                   ("Full Finger Winter Cycling Gloves, Windproof", 39)),
    "helmet": items(HELM, ("Veloce Road Helmet, MIPS, Vented, Black", 129),
                    ("Urban Bike Helmet, LED Rear Light, Matte Black", 59), ("Kids Bike Helmet, Adjustable, Blue", 29),
                    ("MTB Trail Helmet, Matte Black", 79), ("Aero Road Helmet, White", 159)),
    "helmet.visor": items(HELM, ("Visor Helmet, Urban, Magnetic Face Shield, Grey", 89),
                          ("Veloce Visor Helmet, E-Bike, Black", 99), ("MTB Visor Helmet, Fixed Peak, Green", 69)),
    "helmetvisor": items(f"{HELM} > Helmet Parts", ("Replacement Helmet Visor, Clip-On, Black", 15),
                         ("Helmet Visor, Universal, Snap-In, Tinted", 12),
                         ("Veloce Helmet Visor for Trail Helmets, Grey", 18)),
    "helmet_acc": items(f"{HELM} > Helmet Parts", ("Replacement Pads for Bike Helmets, Foam, Black", 9),
                        ("Replacement Chin Strap Buckles for Helmets, Black, 2 Pack", 7)),
    "noise": each(("Veloce Cycling Socks, Aero, 3 Pack, White", f"{CL} > Socks", 19)),
}

S, SE = "収納用品", "Storage"

STORAGE = {
    "box": items(f"{SE} > Storage Boxes", ("収納ボックス 折りたたみ フタ付き 3個組 白", 1980), ("収納ボックス 布製 取っ手付き 30L 白", 980),
                 ("収納ボックス 積み重ね クリア 深型 20L", 780), ("Storage Boxes with Lids, Fabric, 3 Pack, White", 2480),
                 ("収納ボックス 木製 ナチュラル 引き出し 2段", 2980)),
    "box_acc": items(f"{SE} > Storage Boxes > Parts", ("収納ボックス用 フタ 単品 白 30L", 380),
                     ("収納ボックス専用 キャスター 4個 白", 580), ("収納ボックス対応 ラベルホルダー 白 6個", 480)),
    "shikiribox": items(f"{S} > 小物収納", ("仕切りボックス 引き出し整理 4個セット グレー", 1280),
                        ("仕切りボックス 工具 パーツ 18マス クリア", 1480), ("仕切りボックス 小物入れ 木製 6マス", 1980)),
    "boxshikiri": items(f"{S} > 小物収納", ("ボックス仕切り 伸縮 収納ボックス用 2枚 白", 580),
                        ("ボックス 仕切り板 十字 カラーボックス対応 クリア", 680), ("ボックス仕切り 段ボール製 差し込み式 4枚", 480)),
    "shikiri": items(f"{S} > 仕切り板", ("仕切り板 引き出し 伸縮 5枚 クリア", 880), ("仕切り板 本棚 アクリル 2枚", 780)),
    "case": items(f"{S} > 衣装ケース", ("衣装ケース 引き出し 3段 幅40 クリア", 3980), ("衣装ケース 押入れ 深型 2個組 白", 4480),
                  ("衣装ケース フタ付き 45L 透明", 1480), ("衣装ケース キャスター付き 引き出し 4段 白", 5980)),
    "casediv": items(f"{S} > 衣装ケース > 衣装ケース小物", ("衣装ケース用 仕切り板 2枚 クリア", 480),
                     ("衣装ケース専用 仕切り 伸縮 3枚", 580), ("仕切りシート 衣装ケース対応 不織布 4枚", 680)),
    "case_acc": items(f"{S} > 衣装ケース > 衣装ケース小物", ("衣装ケース用 キャスター 交換用 4個", 580),
                      ("衣装ケース専用 防虫シート 6枚", 398)),
    "tension": items(f"{S} > 突っ張り棒", ("突っ張り棒 強力 伸縮 70-120cm 白", 1280), ("突っ張り棒 ステンレス 110-190cm 耐荷重15kg", 1980),
                     ("突っ張り棒 ミニ 30-50cm 2本組 白", 580), ("突っ張り棒 カーテン用 細型 ブラウン", 780)),
    "tension_acc": items(f"{S} > 突っ張り棒 > 突っ張り棒パーツ", ("突っ張り棒用 落下防止 補助ホルダー 2個", 380),
                         ("突っ張り棒専用 滑り止め キャップ 4個", 280), ("突っ張り棒対応 棚板 伸縮 ワイヤー", 1480)),
    "hangerrack": items(f"{SE} > Clothes Racks", ("ハンガーラック キャスター付き 幅80 スリム 黒", 2980),
                        ("ハンガーラック 木製 コートハンガー 北欧", 3980), ("Clothes Rack, Rolling, Double Rail, Chrome", 4480),
                        ("ハンガーラック 折りたたみ 伸縮 耐荷重30kg 白", 2480)),
    "rackcover": items(f"{SE} > Clothes Racks > Rack Covers", ("ハンガーラック カバー 不織布 透明窓 幅90", 1280),
                       ("ハンガーラック用 カバー 防塵 ロング 白", 1580), ("カバー ハンガーラック専用 撥水 幅120", 1680)),
    "rack_acc": items(f"{SE} > Clothes Racks > Rack Covers", ("ハンガーラック用 キャスター 4個 交換用", 680),
                      ("ハンガーラック専用 棚板 追加", 980)),
    "laundry": items(f"{SE} > Laundry", ("ランドリーバスケット 折りたたみ 45L 白", 1280), ("ランドリーバスケット キャスター付き 3段 スリム", 3480),
                     ("Laundry Basket, Collapsible, 60L, Grey", 1980), ("Woven Laundry Basket with Lid, Cotton Rope", 2980)),
    "bookend": items(f"{S} > 本棚整理", ("ブックエンド スチール 2個 白", 580), ("Bookends, Heavy Duty, Non-Skid, Black, 2 Pairs", 1280),
                     ("Wooden Bookends, Natural, 1 Pair", 980)),
    "noise": each(("ラベルシール 収納用 耐水 120枚", f"{S} > ラベル", 398),
                  ("すき間収納 スリム ワゴン 3段 幅15cm", f"{S} > すき間収納", 2980)),
}

K, SC, SO = "靴", "Shoe Care", "Socks"

SHOES = {
    "sneaker": items(f"{K} > スニーカー", ("スニーカー メンズ ローカット 軽量 黒 26cm", 2980), ("スニーカー レディース 厚底 白", 3480),
                     ("Canvas Sneakers, Low Top, Unisex, Black", 3280), ("スニーカー キッズ 面ファスナー 白", 1780),
                     ("ハイカット スニーカー キャンバス 黒", 2480)),
    "sneaker_acc": items(f"{K} > スニーカー > スニーカー小物", ("スニーカー用 靴ひも 平紐 黒 120cm", 380),
                         ("スニーカー専用 クリーナー 泡タイプ 黒ずみ落とし", 880), ("かかと補修 シール スニーカー対応 黒 2枚", 480)),
    "socksneaker": items(f"{K} > スニーカー", ("ソックススニーカー ニット スリッポン グレー", 2480),
                         ("ソックススニーカー 軽量 メッシュ 黒", 3980), ("Knit Sock Sneakers, Slip-On, Navy", 2980)),
    "sneakersock": items(f"{SO} > Sneaker Socks", ("スニーカーソックス 5足組 くるぶし丈 黒", 980),
                         ("スニーカーソックス レディース 浅履き 滑り止め 白 3足", 780), ("スニーカーソックス メンズ 綿 グレー 6足", 1280)),
    "sock": items(f"{SO} > Everyday Socks", ("靴下 メンズ ビジネス 綿 黒 5足組", 1280), ("ソックス 厚手 ウール 冬用 2足", 1480),
                  ("Crew Socks, Cotton, 6 Pairs, White", 1580)),
    "bootsock": items(f"{SO} > Boot Socks", ("ブーツソックス ロング 厚手 ウール 2足", 1280), ("ブーツソックス メンズ 防臭 黒 3足", 1480),
                      ("Boot Socks, Merino Wool, Over the Calf, 2 Pairs", 1980)),
    "sockboot": items(f"{K} > ブーツ", ("ソックスブーツ ストレッチ ショート 黒", 4980), ("ソックスブーツ ニット ヒール ベージュ", 4480)),
    "boot": items(f"{K} > ブーツ", ("ブーツ メンズ レースアップ 本革 黒", 5980), ("ショートブーツ レディース サイドゴア 黒", 3980),
                  ("Chelsea Boots, Suede, Men's, Brown", 6980), ("ワークブーツ 防水 ブラウン", 2980),
                  ("Leather Ankle Boots, Women's, Black", 4980)),
    "boot_acc": items(f"{K} > ブーツ > ブーツ小物", ("ブーツ用 靴ひも 丸紐 黒 150cm", 380), ("ブーツ専用 クリーム 黒 ミンクオイル", 880),
                      ("ブーツ対応 収納袋 不織布 黒 2枚", 580)),
    "bootkeeper": items(f"{K} > ブーツ > ブーツ小物", ("ブーツキーパー ロング 2足組 黒", 680), ("ブーツキーパー 木製 シダー ショート", 1980),
                        ("ブーツキーパー 空気 ふくらむ 3足", 780)),
    "rainboot": items(f"{K} > レインシューズ", ("レインブーツ レディース ショート 防水 ネイビー", 2480),
                      ("Rain Boots, Women's, Mid Calf, Glossy, Black", 4480), ("Ankle Rain Boots, Chelsea Style, Olive", 2980),
                      ("レインブーツ メンズ 長靴 軽量 黒", 4980)),
    "insole": items(f"{SC} > Insoles", ("インソール 衝撃吸収 ジェル 男女兼用", 1280), ("インソール 低反発 中敷き 24-28cm", 980),
                    ("Arch Support Insoles, Full Length, Men's", 1980)),
    "shoehorn": items("玄関収納 > 靴べら", ("靴べら ロング 75cm 木製", 1480), ("靴べら 携帯用 ステンレス キーホルダー", 580),
                      ("靴べら スタンド付き 天然木 60cm", 2480)),
    "spray": items(f"{SC} > Waterproofing", ("防水スプレー 靴 撥水 420ml フッ素", 1280), ("防水スプレー 革靴 スエード 300ml", 980),
                   ("防水スプレー 速乾 無香料 大容量 500ml", 1580)),
    "cream": items(f"{SC} > Polish & Cream", ("靴クリーム 黒 乳化性 60g", 580)),
    "shoebox": items("玄関収納 > シューズボックス", ("シューズボックス 下駄箱 3段 白", 5980), ("シューズボックス 透明 積み重ね 6個組", 1980),
                     ("Shoe Boxes, Clear Plastic, Stackable, 12 Pack", 2980)),
}

SHOPS = {"curtain": CURTAIN, "cycle": CYCLE, "storage": STORAGE, "shoes": SHOES}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("curtain", "curtain rings", "curtainring", ["ring"], ["ringtop"]),
    two_types("curtain", "ring top curtains", "ringtop", ["curtain"], ["curtainring"]),
    two_types("cycle", "visor helmet", "helmet.visor", ["helmet"], ["helmetvisor"]),
    two_types("storage", "仕切りボックス", "shikiribox", ["box"], ["boxshikiri"]),
    two_types("storage", "ボックス 仕切り", "boxshikiri", ["shikiri"], ["shikiribox"]),
    two_types("shoes", "スニーカーソックス", "sneakersock", ["sock"], ["socksneaker"]),
    two_types("shoes", "ソックス スニーカー", "socksneaker", ["sneaker"], ["sneakersock"]),
    two_types("shoes", "ブーツソックス", "bootsock", ["sock"], ["sockboot"]),
    # --- 2. a leading product word that modifies the head
    qualifies("curtain", "curtain rod", ["curtainrod"], ["curtain", "ringtop"]),
    qualifies("curtain", "curtain tiebacks", ["tieback"], ["curtain", "ringtop"]),
    qualifies("cycle", "shoe covers", ["shoecover"], ["shoe"]),
    qualifies("cycle", "helmet visor", ["helmetvisor"], ["helmet"]),
    qualifies("storage", "ハンガーラック カバー", ["rackcover"], ["hangerrack"]),
    qualifies("storage", "衣装ケース 仕切り", ["casediv"], ["case"]),
    qualifies("shoes", "ブーツキーパー", ["bootkeeper"], ["boot", "sockboot", "rainboot"]),
    # --- 3. accessories ("for X", "Replacement ... for X", X用 / X専用 / X対応); price word + colour + type
    accessories("curtain", "blinds", ["blind"], ["blind_acc"]),
    accessories("curtain", "shower curtain", ["showercurtain"], ["shower_acc"]),
    accessories("cycle", "cycling shoes", ["shoe"], ["shoe_acc", "cleat"]),
    accessories("cycle", "helmets", ["helmet"], ["helmetvisor", "helmet_acc"]),
    accessories("storage", "突っ張り棒", ["tension"], ["tension_acc"]),
    accessories("storage", "衣装ケース", ["case"], ["casediv", "case_acc"]),
    accessories("shoes", "スニーカー", ["sneaker", "socksneaker"], ["sneaker_acc", "sneakersock"]),
    accessories("shoes", "ブーツ", ["boot", "sockboot", "rainboot"], ["boot_acc", "bootkeeper", "bootsock"]),
    # white blinds: cordless roller 39.99, faux wood 44.99, aluminium mini 14.99, vertical 59.99 (black paper
    # blinds 12.99; white blind parts 4.99-7.99)
    price("curtain", "cheap white blinds", "blind-3", ["blind_acc"]),
    # black cycling shoes: nylon road 79, MTB lace-up 109, flat pedal MTB 89, indoor 119 (pink women's 59;
    # black parts 12-29, black cleats 14-15, black shoe covers 34-39)
    price("cycle", "cheap black cycling shoes", "shoe-1", ["shoe_acc", "cleat", "shoecover"]),
    # black helmets: road 129, urban 59, MTB trail 79 (black visor helmet 99; blue kids' 29; black visor 15,
    # black pads 9, buckles 7)
    price("cycle", "budget black helmet", "helmet-1", ["helmetvisor", "helmet_acc"]),
    # white storage boxes: foldable set 1980, fabric 980, English 2480 (a clear one 780; white lid 380, casters
    # 580, label holders 480, a white box divider 580)
    price("storage", "安い 白 収納ボックス", "box-1", ["box_acc", "boxshikiri"]),
    # black sneakers: low-cut 2980, English canvas 3280, high-cut 2480 (a black sock sneaker 3980; white kids'
    # 1780; black laces 380, heel patches 480, black sneaker socks 980)
    price("shoes", "激安 黒 スニーカー", "sneaker-4", ["sneaker_acc", "sneakersock"]),
    # black boots: lace-up 5980, short side-gore 3980, English ankle 4980 (black sock boots 4980, black rain
    # boots 4480/4980; brown work boots 2980; black laces 380, cream 880/580, bag 580, keepers 680, boot socks 1480)
    price("shoes", "お手頃 黒 ブーツ", "boot-1", ["boot_acc", "bootkeeper", "bootsock", "cream"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("storage", "ランドリーバスケット", "laundry"),
    mixed("storage", "ブックエンド", "bookend"),
    mixed("storage", "tension rod", "tension"),
    mixed("shoes", "レインブーツ", "rainboot"),
    mixed("shoes", "インソール", "insole"),
    mixed("shoes", "シューズボックス", "shoebox"),
    mixed("shoes", "shoe horn", "shoehorn"),
    mixed("shoes", "waterproof spray", "spray"),
]

LIMITS: dict = {
    **{("blind52", "two_types:storage:仕切りボックス", s): "a ボックス仕切り divider ranks above the English Storage Boxes"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind52", "two_types:storage:ボックス_仕切り", s): "仕切りボックス boxes shown, the plain 仕切り板 dividers not returned"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind52", "qualifies:storage:衣装ケース_仕切り", s): "a 衣装ケース専用 防虫シート comes third, before the divider sheet"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind52(q: Q, setup: str, known_limit):
    known_limit("blind52")
    check(q, setup, ENGINES)


def test_blind52_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "white": "White", "black": "Black"})
