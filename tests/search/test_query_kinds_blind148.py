"""A hundred-and-forty-eighth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: paper
and kids' crafts with craft machines (English: craft paper, paper craft kits, sticker books, book
stickers, glitter glue, paint pens, die cutting machines, heat presses), skill toys and outdoor
games (English: disc golf, golf discs, kite bags, dice towers, yo-yos, juggling clubs), a Japanese
traditional and skill toy shop 伝統玩具 (けん玉, こま, 凧 and 凧糸, part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords: ジャグリングボール,
ディアボロ) and a Japanese party goods shop パーティー用品 (ペーパーフラワー, フラワーペーパー, 風船,
バルーンアーチ, ポップコーンメーカー, 紙吹雪, with English-titled imports too: パーティーハット,
バースデーバナー, ケーキスタンド). Shops of 30-50 items, category paths 2-3 levels deep,
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
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (148th suite), as a measurement only (nothing changed for it):
84 of 89 cases pass, 34 of 36 queries in every setup (two_types 6/8 queries, 13/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/7, 19/19); the 5 failing
cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): "paper craft" (the exact paper craft kits come first, but a Craft Paper
sheet or roll ranks above the other craft kits) and "フラワー ペーパー" (the フラワーペーパー items come
first, but a ペーパーフラワー decoration ranks above a ペーパーナプキン).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

A = "Arts & Crafts"
PAPER, KITS, BOOKS, STICK = f"{A} > Paper", f"{A} > Kits", f"{A} > Books", f"{A} > Stickers"
PAINT, MACH = f"{A} > Paint & Glue", f"{A} > Machines"

CRAFT = {
    "craftpaper": items(f"{PAPER} > Craft Paper", ("Kraftline Craft Paper Roll, 30cm x 10m, Brown", 9),
                        ("Craft Paper Sheets, A4, 100 Pack, Assorted Colours", 12),
                        ("Recycled Craft Paper Roll, 45cm x 30m, White", 16)),
    "paper": items(f"{PAPER} > Origami & Tissue", ("Origami Paper, 15cm, 200 Sheets, Double-Sided", 8),
                   ("Tissue Paper, 50 Sheets, Rainbow Colours", 7), ("Cardstock Paper, A4, 60 Sheets, Pastel", 11)),
    "papercraft": items(f"{KITS} > Paper Craft Kits", ("Paper Craft Kit, 3D Animal Masks, 6 Designs", 18),
                        ("Kraftline Paper Craft Kit, Castle Model, Ages 8+", 24),
                        ("Paper Craft Flower Kit, Make 20 Roses", 15)),
    "craftkit": items(f"{KITS} > Craft Kits", ("Pom Pom Craft Kit, Make Your Own Animals", 14),
                      ("Kids Sewing Craft Kit, Felt Unicorns", 19)),
    "stickerbook": items(f"{BOOKS} > Sticker Books", ("Sticker Book, Dinosaurs, 500+ Stickers", 9),
                         ("Reusable Sticker Book, Ocean Scenes", 12), ("Sticker Activity Book, Dress-Up Dolls", 8)),
    "book": items(f"{BOOKS} > Activity Books", ("Colouring Book for Kids, Animals, 64 Pages", 6),
                  ("Dot-to-Dot Activity Book, Ages 5+", 5)),
    "bookstickers": items(f"{STICK} > Labels", ("Book Stickers, Bookplates, This Book Belongs To, 48 Pack", 6),
                          ("Personalised Book Stickers, Name Labels, 60 Pack", 9),
                          ("Book Stickers for Library Books, Spine Labels, 120 Pack", 7)),
    "sticker": items(STICK, ("Puffy Stickers, Animals, 200 Pack", 6), ("Reward Stickers for Teachers, 1000 Pack", 9)),
    "glitterglue": items(f"{PAINT} > Glitter Glue", ("Glitter Glue Pens, 12 Colours", 8),
                         ("Sparkle Glitter Glue, 6 Tubes, 30ml", 7), ("Washable Glitter Glue Sticks, 10 Pack", 6)),
    "glitter": items(f"{PAINT} > Glitter", ("Fine Glitter Shakers, 12 Colours, 25g", 9),
                     ("Chunky Glitter, Holographic, 100g", 7), ("Biodegradable Glitter, Rose Gold, 50g", 8)),
    "paintpen": items(f"{PAINT} > Paint Pens", ("Acrylic Paint Pens, 24 Colours, Fine Tip", 19),
                      ("Paint Pens for Rocks, 12 Pack, Medium Tip", 14), ("Water-Based Paint Pens, 8 Pastel Colours", 11)),
    "paint": items(f"{PAINT} > Paint", ("Acrylic Paint Set, 24 x 12ml Tubes", 16),
                   ("Kids Washable Poster Paint, 6 x 250ml", 13), ("Finger Paint, 4 Colours, Non-Toxic", 9)),
    "diecut": items(f"{MACH} > Die Cutting Machines", ("Kraftline Die Cutting Machine, Manual, A5, White", 79),
                    ("Electronic Die Cutting Machine, Bluetooth, 12 inch, Pink", 249),
                    ("Mini Die Cutting Machine, Portable, 6 inch, Mint", 59)),
    "diecut_acc": items(f"{MACH} > Die Cutting Accessories",
                        ("Replacement Cutting Plates for Die Cutting Machine, 2 Pack", 19),
                        ("Cutting Mat for Die Cutting Machine, 12x12, 3 Pack", 15),
                        ("Die Cutting Machine Replacement Blades, 5 Pack", 12)),
    "heatpress": items(f"{MACH} > Heat Presses", ("Mini Heat Press, Portable, T-Shirts & Hats, Pink", 39),
                       ("Heat Press Machine, 38x38cm, Digital, Black", 149), ("Easy Heat Press, 9x9 inch, Pink", 89),
                       ("Kraftline Heat Press, 15x15 inch, Auto Off, Pink", 129),
                       ("Compact Heat Press, 6x7 inch, Mint", 29)),
    "heatpress_acc": items(f"{MACH} > Heat Press Accessories", ("Heat Press Mat for Heat Press, 12x12, Pink", 19),
                           ("Replacement Heating Plate for Mini Heat Press, Pink", 25),
                           ("Pressing Pillow for Heat Press, Pink, 10x10", 15)),
}

O = "Outdoor Play"
KITES, DISCS, GAMES, SKILL = f"{O} > Kites", f"{O} > Flying Discs", "Games", "Skill Toys"

PLAY = {
    "discgolf": items(f"{O} > Disc Golf", ("Portable Disc Golf Basket, Steel, 24 Chains", 129),
                      ("Disc Golf Starter Set, 3 Discs & Bag", 39), ("Disc Golf Target, Folding, Practice", 89)),
    "golf": items(f"{O} > Toy Golf", ("Kids Golf Set, Plastic Clubs & Balls", 19),
                  ("Mini Golf Set, Putting Green, Backyard", 45)),
    "golfdisc": items(f"{DISCS} > Golf Discs", ("Golf Discs, Distance Driver, 175g, Orange", 15),
                      ("Golf Disc Set, Putter, Midrange, Driver, 3 Pack", 35), ("Glow Golf Discs, Putter, 2 Pack", 22)),
    "disc": items(DISCS, ("Flying Disc, 175g, Ultimate, White", 12), ("Soft Foam Flying Discs for Kids, 2 Pack", 9),
                  ("LED Flying Disc, Light Up, Rechargeable", 19)),
    "kitebag": items(f"{KITES} > Kite Bags", ("Kite Bag, Padded, 120cm, Black", 29),
                     ("Kite Bag Backpack, Holds 3 Power Kites", 45), ("Kite Storage Bag, Roll-Up, Nylon", 19)),
    "kite": items(KITES, ("Skyhop Diamond Kite, Rainbow, Easy Flyer", 14), ("Delta Kite, 150cm, Red, with Line", 19),
                  ("Parafoil Kite, 2m, Stunt, Blue", 39)),
    "dicetower": items(f"{GAMES} > Dice Accessories", ("Dice Tower, Wooden, Foldable", 19),
                       ("Dice Tower with Tray, Acrylic, Clear", 25), ("Castle Dice Tower, Resin, Painted", 35)),
    "dice": items(f"{GAMES} > Dice", ("Polyhedral Dice Set, 7 Pieces, Red", 8), ("Six-Sided Dice, 16mm, 36 Pack", 9),
                  ("Giant Foam Dice, 2 Pack", 12)),
    "yoyo": items(f"{SKILL} > Yo-Yos", ("Spinmax Pro Yo-Yo, Metal, Ball Bearing, Blue", 19),
                  ("Spinmax Yo-Yo, Responsive, Beginner, Blue", 9), ("Light-Up Yo-Yo, LED, Red", 7),
                  ("Wooden Yo-Yo, Classic, Natural", 5)),
    "yoyo_acc": items(f"{SKILL} > Yo-Yo Accessories", ("Replacement Strings for Yo-Yo, 10 Pack, Blue", 4),
                      ("Yo-Yo Replacement Bearing, Size C", 6), ("Case for Yo-Yos, Zip, Holds 2, Blue", 8)),
    "clubs": items(f"{SKILL} > Juggling", ("Juggling Clubs, Set of 3, Red", 45),
                   ("Beginner Juggling Clubs, Soft Foam, 3 Pack, Red", 29), ("Pro Juggling Clubs, 3 Pack, Blue", 69)),
    "clubs_acc": items(f"{SKILL} > Juggling > Juggling Accessories", ("Replacement Knobs for Juggling Clubs, 6 Pack, Red", 8),
                       ("Juggling Clubs Replacement Tape, Red", 6), ("Bag for Juggling Clubs, Holds 6", 15)),
    "balls": items(f"{SKILL} > Juggling", ("Juggling Balls, Beanbag, 3 Pack, Red", 12),
                   ("Stage Juggling Balls, 100g, 5 Pack", 18)),
    "noise": each(("Diabolo with Hand Sticks, Beginner", f"{SKILL} > Diabolos", 19),
                  ("Family Card Game, Party, Ages 7+", f"{GAMES} > Card Games", 14)),
}

T = "Toys"

OMOCHA = {
    "kendama": items(f"{T} > Kendama", ("けん玉 日本けん玉協会認定 競技用 赤", 1980), ("けん玉 子供用 木製 初心者 赤", 980),
                     ("けん玉 ブナ 無塗装 大皿", 1480), ("けん玉 ラメ塗装 青", 2280),
                     ("Kendama, Beech Wood, Pro Model, Green", 1580)),
    "kendama_acc": items(f"{T} > Kendama > けん玉小物", ("けん玉用 糸 交換用 10本 赤", 280),
                         ("けん玉専用 替え糸 ビーズ付き 赤", 330), ("けん玉対応 滑り止め テープ", 380)),
    "kendamacase": items(f"{T} > Kendama > けん玉小物", ("けん玉用 ケース 巾着 赤", 680), ("けん玉 ケース ハード 収納", 980),
                         ("ケース けん玉用 帆布 2本収納", 880)),
    "top": items(f"{T} > Spinning Tops", ("こま 木製 手回し 伝統玩具 赤", 480), ("こま 投げごま 初心者 紐付き", 780),
                 ("こま 喧嘩ごま 鉄輪 大", 1280), ("こま 江戸独楽 3個セット", 1580)),
    "top_acc": items(f"{T} > Spinning Tops > こま小物", ("こま用 紐 替え 2本", 180), ("こま専用 台 土俵 回し台", 980),
                     ("こま対応 巻き紐 綿 3本", 280)),
    "kite": items(f"{T} > 凧", ("凧 和凧 奴凧 手描き", 1980), ("凧 ぐにゃぐにゃ凧 子供用", 880), ("凧 角凧 武者絵 大", 2980)),
    "kiteline": items(f"{T} > 凧 > 凧糸", ("凧糸 綿 100m 糸巻き付き", 380), ("凧糸 ポリエステル 200m 糸巻き", 580),
                      ("凧糸 太 30m 2個", 280)),
    "juggling": items(f"{T} > Skill Toys", ("Juggling Balls, Beanbag, Set of 3", 1280),
                      ("ジャグリングボール 3個セット 初心者", 980), ("Juggling Balls, Silicone, Stage, 5 Pack", 2480)),
    "diabolo": items(f"{T} > Skill Toys", ("Diabolo with Aluminium Sticks, Beginner", 2480),
                     ("ディアボロ 中国ごま 初心者セット", 1980), ("Diabolo, Bearing Axle, Pro", 3980)),
    "noise": each(("お手玉 ちりめん 5個セット", f"{T} > 伝統玩具", 1280), ("だるま落とし 木製 5段", f"{T} > 伝統玩具", 980),
                  ("竹とんぼ 国産 3本", f"{T} > 伝統玩具", 580)),
}

PJ, PE = "パーティー用品", "Party Supplies"

PARTY = {
    "paperflower": items(f"{PJ} > 飾り付け", ("ペーパーフラワー 壁飾り 大 6個 ピンク", 1280),
                         ("ペーパーフラワー 誕生日 飾り付け 白 5枚", 980), ("ペーパーフラワー ポンポン 10個セット", 880)),
    "flower": items(f"{PJ} > 飾り付け", ("造花 フラワー ローズ 10本 白", 780), ("フラワー ガーランド 造花 2m", 1180)),
    "flowerpaper": items(f"{PJ} > 手作り素材", ("フラワーペーパー 20色 200枚 お花紙", 580), ("フラワーペーパー 白 100枚", 380),
                         ("フラワーペーパー パステル 5色 50枚", 330)),
    "paper": items(f"{PJ} > 手作り素材", ("ラッピングペーパー 無地 10枚 クラフト", 480), ("ペーパーナプキン 誕生日 20枚", 330)),
    "balloon": items(f"{PE} > Balloons", ("風船 ゴム 金 50個 12インチ", 680), ("風船 バルーン 誕生日 ゴールド 金 30個", 580),
                     ("風船 ハート 赤 100個", 880), ("風船 数字 金 アルミ 1個 40インチ", 380),
                     ("Latex Balloons, 100 Pack, Gold", 980)),
    "balloon_acc": items(f"{PE} > Balloons > 風船小物", ("風船用 ポンプ 手動 金", 280), ("風船専用 リボン 金 50m", 180),
                         ("風船対応 ウェイト 金 6個", 240), ("ハンドポンプ 風船用 2個", 380)),
    "balloonarch": items(f"{PE} > Balloons > Balloon Arch", ("バルーンアーチ キット 金 白 120個", 1980),
                         ("バルーンアーチ スタンド付き 組み立て式", 2980), ("バルーン アーチ キット パステル 100個", 1680)),
    "popcorn": items(f"{PJ} > パーティー家電", ("ポップコーンメーカー 家庭用 白 電気", 3980),
                     ("ポップコーンメーカー レトロ 赤 カート型", 8980), ("ポップコーンメーカー ノンオイル 白 熱風式", 2980),
                     ("Popcorn Maker, Hot Air, Red", 3480), ("ポップコーンメーカー 業務用 白 大容量", 12800)),
    "popcorn_acc": items(f"{PJ} > パーティー家電 > 専用品", ("ポップコーンメーカー用 豆 1kg", 880),
                         ("ポップコーンメーカー専用 紙カップ 白 50個", 580), ("ポップコーンメーカー対応 計量カップ 白", 380)),
    "hat": items(f"{PE} > Party Hats", ("Party Hats, 12 Pack, Gold Dot", 880), ("パーティーハット 三角帽子 10個 誕生日", 680),
                 ("Party Hats, Kids, Assorted, 16 Pack", 980)),
    "banner": items(f"{PE} > Banners", ("Happy Birthday Banner, Gold Letters", 780), ("Birthday Banner, Pastel, Bunting", 880),
                    ("バースデーバナー ガーランド 英字 ピンク", 580)),
    "cakestand": items(f"{PJ} > テーブル", ("Cake Stand, 3 Tier, Gold Metal", 2480), ("ケーキスタンド 2段 白 陶器", 1980),
                       ("Cake Stand, Cupcake Tower, Cardboard, 24", 980)),
    "confetti": items(f"{PE} > Confetti", ("紙吹雪 金 テーブル 50g", 380), ("紙吹雪 ハート 誕生日 ピンク 30g", 330),
                      ("紙吹雪 丸型 パステル 100g", 480)),
}

SHOPS = {"craft": CRAFT, "play": PLAY, "omocha": OMOCHA, "party": PARTY}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("craft", "craft paper", "craftpaper", ["paper"], ["papercraft"]),
    two_types("craft", "paper craft", "papercraft", ["craftkit"], ["craftpaper"]),
    two_types("craft", "sticker book", "stickerbook", ["book"], ["bookstickers"]),
    two_types("craft", "book stickers", "bookstickers", ["sticker"], ["stickerbook"]),
    two_types("play", "disc golf", "discgolf", ["golf"], ["golfdisc"]),
    two_types("play", "golf discs", "golfdisc", ["disc"], ["discgolf"]),
    two_types("party", "ペーパーフラワー", "paperflower", ["flower"], ["flowerpaper"]),
    two_types("party", "フラワー ペーパー", "flowerpaper", ["paper"], ["paperflower"]),
    # --- 2. a leading product word that modifies the head
    qualifies("craft", "glitter glue", ["glitterglue"], ["glitter"]),
    qualifies("craft", "paint pens", ["paintpen"], ["paint"]),
    qualifies("play", "kite bag", ["kitebag"], ["kite"]),
    qualifies("play", "dice tower", ["dicetower"], ["dice"]),
    qualifies("omocha", "凧 糸", ["kiteline"], ["kite"]),
    qualifies("omocha", "けん玉 ケース", ["kendamacase"], ["kendama"]),
    qualifies("party", "バルーン アーチ", ["balloonarch"], ["balloon"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("craft", "die cutting machine", ["diecut"], ["diecut_acc"]),
    accessories("craft", "heat press", ["heatpress"], ["heatpress_acc"]),
    accessories("play", "yo-yo", ["yoyo"], ["yoyo_acc"]),
    accessories("play", "juggling clubs", ["clubs"], ["clubs_acc"]),
    accessories("omocha", "けん玉", ["kendama"], ["kendama_acc", "kendamacase"]),
    accessories("omocha", "こま", ["top"], ["top_acc"]),
    accessories("party", "風船", ["balloon"], ["balloon_acc"]),
    accessories("party", "ポップコーンメーカー", ["popcorn"], ["popcorn_acc"]),
    # pink heat presses: mini 39, easy 89, Kraftline 129 (a mint one 29; pink accessories 15-25)
    price("craft", "cheap pink heat press", "heatpress-0", ["heatpress_acc"]),
    # blue yo-yos: pro 19, beginner 9 (a red LED one 7, a natural one 5; blue strings 4, blue case 8)
    price("play", "cheap blue yo-yo", "yoyo-1", ["yoyo_acc"]),
    # red juggling clubs: set 45, foam 29 (a blue pro set 69; red knobs 8, red tape 6; red juggling balls 12)
    price("play", "budget red juggling clubs", "clubs-1", ["clubs_acc"]),
    # red けん玉: 認定 1980, 子供用 980 (uncoloured 1480, blue 2280, English green 1580; red thread 280-330, red case 680)
    price("omocha", "安い 赤 けん玉", "kendama-1", ["kendama_acc", "kendamacase"]),
    # gold 風船: 50個 680, 30個 580, 数字 380, English 980 (a red heart pack 880; gold accessories 180-280)
    price("party", "激安 金 風船", "balloon-3", ["balloon_acc"]),
    # white ポップコーンメーカー: 家庭用 3980, ノンオイル 2980, 業務用 12800 (red ones 3480, 8980; white cups 380-580)
    price("party", "格安 白 ポップコーンメーカー", "popcorn-2", ["popcorn_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("omocha", "ジャグリングボール", "juggling"),
    mixed("omocha", "ディアボロ", "diabolo"),
    mixed("omocha", "kendama", "kendama"),
    mixed("party", "パーティーハット", "hat"),
    mixed("party", "バースデーバナー", "banner"),
    mixed("party", "ケーキスタンド", "cakestand"),
    mixed("party", "confetti", "confetti"),
]

_CRAFT = "a Craft Paper sheet or roll (the 'Y X' item) ranks above the other craft kits"
_FLOWER = "a ペーパーフラワー decoration (the 'Y X' item) ranks above the ペーパーナプキン"
LIMITS: dict = {
    **{("blind148", "two_types:craft:paper_craft", s): _CRAFT for s in ("categories-lexical", "categories-dense")},
    **{("blind148", "two_types:party:フラワー_ペーパー", s): _FLOWER
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind148(q: Q, setup: str, known_limit):
    known_limit("blind148")
    check(q, setup, ENGINES)


def test_blind148_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"pink": "Pink", "blue": "Blue", "red": "Red", "赤": "Red", "金": "Gold",
                                 "白": "White"})
