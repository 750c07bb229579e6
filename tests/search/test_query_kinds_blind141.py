"""A hundred-and-forty-first blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: letter
writing and journaling (English: ink pens and pen ink, pocket notebooks and notebook pockets, pen
cases, leather journals and their refills and straps, journal stickers, wax seal stamps and their
parts), Japanese home cooking tools and pantry (English: noodle bowls and bowl noodles, rice
paddles and rice, noodle strainers, bamboo steamers and their liners, tamagoyaki pans and their
lids), a Japanese washoku tools shop 和食調理器具 (おろし金 and グレーター, 寿司桶 and its lids, 巻きす,
しゃもじ and しゃもじスタンド, ざるそば and そばざる, レードル, キッチンバサミ; part of its category tree in
English, with English-titled imports whose Japanese names are katakana loanwords) and a Japanese
letter and card shop 手紙・御朱印・ご祝儀 (レターセット, 封筒 and 封筒シール, 御朱印帳 and 御朱印帳袋,
スタンプ台 and 補充インク, 祝儀袋 and 短冊, メッセージカード, ポストカード; part of its category tree in
English, with English-titled imports too). Shops of 30-50 items, category paths 2-3 levels deep,
marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (a hundred-and-forty-first suite), as a measurement only (nothing
changed for it): 87 of 93 cases pass, 35 of 37 queries in every setup (two_types 6/8 queries,
12/18 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22);
the 6 failing cases (2 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ざるそば (a そばざる above the plain そば items) and そばざる (a ざるそば set
first, then plain そば items, above the そばざる and the other ざる).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S = "Stationery"
PENS, INK, NOTE, JOUR, SEAL = f"{S} > Pens", f"{S} > Ink", f"{S} > Notebooks", f"{S} > Journals", f"{S} > Wax Seals"

LETTERS = {
    "inkpen": items(f"{PENS} > Fineliners", ("Quillmark Ink Pen, Fine Liner 0.4mm, Black, 6 Pack", 9),
                    ("Archival Ink Pens, Waterproof, Assorted Sizes, Set of 8", 14),
                    ("Gel Ink Pens, Retractable, 0.7mm, Blue, 12 Pack", 8)),
    "pen": items(f"{PENS} > Writing Pens", ("Quillmark Fountain Pen, Medium Nib, Black", 39),
                 ("Ballpoint Pens, Medium Point, Black, 10 Pack", 6), ("Calligraphy Dip Pen with 5 Nibs", 18),
                 ("Brush Pens for Lettering, 12 Colours", 15)),
    "penink": items(INK, ("Quillmark Fountain Pen Ink, 50ml Bottle, Blue-Black", 16),
                    ("Pen Ink Bottle, Archival, 30ml, Black", 12), ("Dip Pen Ink Set, 6 Colours, 20ml Each", 22)),
    "ink": items(INK, ("Iron Gall Ink, 50ml, Blue-Black", 18), ("Calligraphy Ink, Sumi, 60ml, Black", 9),
                 ("Shimmer Ink, 38ml, Gold", 19)),
    "pocketnb": items(NOTE, ("Quillmark Pocket Notebook, A6, Dot Grid, Black", 9),
                      ("Pocket Notebooks, 3 Pack, Kraft Cover, Lined", 11), ("Waterproof Pocket Notebook, 3.5 x 5.5 in", 8)),
    "notebook": items(NOTE, ("Hardcover Notebook, A5, Lined, 192 Pages, Navy", 14),
                      ("Spiral Notebook, B5, Grid, 3 Pack", 10)),
    "nbpocket": items(f"{NOTE} > Notebook Accessories", ("Adhesive Notebook Pockets, Kraft, 6 Pack", 6),
                      ("Notebook Pockets, Clear, Self-Adhesive, A5, 10 Pack", 7),
                      ("Expandable Notebook Pocket, Back Cover, Black", 5)),
    "pocket": items(f"{S} > Organisers", ("Self-Adhesive Card Pockets, 20 Pack", 5),
                    ("Clear Photo Pockets, Sticky Back, 30 Pack", 6)),
    "pencase": items(f"{PENS} > Pen Cases", ("Quillmark Leather Pen Case, 3 Slots, Brown", 24),
                     ("Zip Pen Case, Canvas, Navy", 12), ("Pen Case for Fountain Pens, Roll-Up, 12 Slots", 29)),
    "journal": items(JOUR, ("Quillmark Leather Journal, A5, Refillable, Brown", 39),
                     ("Vintage Leather Journal, Handmade, Deckle Paper, Brown", 29),
                     ("Leather Journal, Wrap Tie, Lined, Black", 25), ("Leather Travel Journal, Refillable, Tan", 19),
                     ("Leather Journal with Lock, A6, Brown", 34)),
    "journal_acc": items(f"{JOUR} > Journal Accessories", ("Refill Inserts for Leather Journals, A5, Lined, 3 Pack", 9),
                         ("Leather Journal Replacement Strap, Brown", 6),
                         ("Pen Loop for Leather Journals, Brown, Elastic", 5)),
    "jsticker": items(f"{JOUR} > Stickers", ("Journal Stickers, Vintage Botanical, 200 Pieces", 7),
                      ("Quillmark Journal Stickers, Washi, 8 Sheets", 6),
                      ("Planner and Journal Stickers, Month Tabs, Brown", 5)),
    "waxseal": items(SEAL, ("Quillmark Wax Seal Stamp, Brass Head, Wooden Handle, Rose", 18),
                     ("Wax Seal Stamp Kit with 4 Wax Sticks and Spoon", 24),
                     ("Initial Wax Seal Stamp, Letter A-Z, Black Handle", 15)),
    "waxseal_acc": items(f"{SEAL} > Parts", ("Replacement Handle for Wax Seal Stamps, Walnut", 7),
                         ("Wax Seal Stamp Replacement Head, Moon, 25mm", 9),
                         ("Storage Box for Wax Seal Stamps, 6 Slots", 12)),
    "wax": items(SEAL, ("Sealing Wax Sticks, 10 Pack, Burgundy", 11), ("Wax Beads for Seals, 200 Pieces, Gold", 9)),
    "noise": each(("Letter Opener, Brass, Engraved", f"{S} > Desk", 14),
                  ("Kraft Envelopes, A6, 50 Pack", f"{S} > Letter Writing", 7),
                  ("Writing Paper Pad, A5, Lined, 50 Sheets", f"{S} > Letter Writing", 6)),
}

J = "Japanese Kitchen"
BOWLS, PANTRY, TOOLS = f"{J} > Bowls", f"{J} > Pantry", f"{J} > Tools"

KITCHEN = {
    "noodlebowl": items(BOWLS, ("Kinari Noodle Bowl, Ceramic, 1000ml, Indigo", 18),
                        ("Ramen Noodle Bowls with Spoons and Chopsticks, Set of 2", 32),
                        ("Melamine Noodle Bowl, Large, Black", 12)),
    "bowl": items(BOWLS, ("Rice Bowls, Porcelain, Set of 4, Blue Wave", 24), ("Donburi Bowl, 16cm, Matte White", 11),
                  ("Miso Soup Bowl, Lacquered Wood, Red", 14)),
    "bowlnoodle": items(f"{PANTRY} > Instant Noodles", ("Shoyu Ramen Bowl Noodles, Instant, 6 Pack", 9),
                        ("Spicy Miso Bowl Noodle Soup, 12 Pack", 16), ("Kinari Udon Bowl Noodles, Tempura Flakes, 4 Pack", 8)),
    "noodle": items(f"{PANTRY} > Noodles", ("Dried Udon Noodles, 800g", 5), ("Soba Noodles, 100% Buckwheat, 300g", 7),
                    ("Fresh Ramen Noodles, 4 Servings, Chilled", 6)),
    "paddle": items(f"{TOOLS} > Rice Tools", ("Rice Paddle, Non-Stick, Embossed, White", 4), ("Bamboo Rice Paddle, 2 Pack", 5),
                    ("Kinari Rice Paddle with Stand, Standing", 7)),
    "rice": items(f"{PANTRY} > Rice", ("Japanese Short Grain Rice, 2kg", 12), ("Sushi Rice, Calrose, 5kg", 19),
                  ("Brown Rice, Genmai, 1kg", 6)),
    "strainer": items(f"{TOOLS} > Strainers", ("Noodle Strainer, Tebo Zaru, Stainless, Long Handle", 11),
                      ("Kinari Noodle Strainer Basket, 18cm", 14), ("Mesh Noodle Strainer, Hook, 2 Pack", 9)),
    "steamer": items(f"{J} > Steamers", ("Bamboo Steamer, 10 inch, 2 Tier with Lid", 19),
                     ("Kinari Bamboo Steamer Basket, 8 inch", 15), ("Mini Bamboo Steamers for Dumplings, 3 Pack", 22)),
    "steamer_acc": items(f"{J} > Steamers > Steamer Accessories",
                         ("Steamer Liners for Bamboo Steamers, Perforated Paper, 200 Sheets", 6),
                         ("Bamboo Steamer Replacement Lid, 10 inch", 9),
                         ("Silicone Mats for Bamboo Steamer, Reusable, 4 Pack", 7)),
    "tamago": items(f"{J} > Pans", ("Kinari Tamagoyaki Pan, Non-Stick, 13x18cm, Black", 22),
                    ("Copper Tamagoyaki Pan, Tin Lined, Rectangular", 79),
                    ("Tamagoyaki Pan, Cast Iron, Wooden Handle, Black", 34), ("Tamagoyaki Pan, Ceramic Coated, White", 15),
                    ("Mini Tamagoyaki Pan, Non-Stick, Black", 17)),
    "tamago_acc": items(f"{J} > Pans > Pan Accessories", ("Replacement Lid for Tamagoyaki Pan, Wooden, 13x18cm", 8),
                        ("Tamagoyaki Pan Replacement Handle, Black", 6),
                        ("Silicone Spatula for Tamagoyaki Pans, Black", 5)),
    "noise": each(("Santoku Knife, 7 inch, Damascus", f"{J} > Knives", 59),
                  ("Sushi Rolling Mat, Bamboo, 2 Pack", f"{TOOLS} > Sushi Tools", 6),
                  ("Wooden Chopsticks, 5 Pairs", f"{J} > Tableware", 8)),
}

W = "和食調理器具"
GRATE, SUSHI = "Kitchen Tools > Graters", "Sushi Tools"

WASHOKU = {
    "grater": items(GRATE, ("Stainless Steel Grater, Fine, Zester", 1280), ("Box Grater, 4 Sided, Stainless", 1680),
                    ("グレーター チーズ ステンレス ハンドル付き", 980), ("Rotary Cheese Grater, 3 Drums", 1980)),
    "grater.oroshi": items(GRATE, ("おろし金 銅製 職人 手作り 中", 4980), ("おろし金 セラミック 黒 受け皿付き", 1280),
                           ("おろし金 ステンレス 白 薬味用", 480), ("大根おろし器 セラミック 黒 大", 1580),
                           ("おろし金 ミニ 黒 生姜 にんにく", 780)),
    "oroshi_acc": items(f"{GRATE} > Grater Accessories", ("おろし金用 ブラシ 竹 2本", 380), ("おろし金専用 受け皿 黒", 480),
                        ("おろし金対応 滑り止めマット 黒", 280)),
    "sushioke": items(f"{SUSHI} > Sushi Tubs", ("寿司桶 さわら 27cm 3合", 3980), ("寿司桶 飯台 ひのき 33cm 5合", 5980),
                      ("Sushi Oke, Hangiri Rice Mixing Tub, 30cm", 4480)),
    "sushioke_acc": items(f"{SUSHI} > Sushi Tubs", ("寿司桶用 蓋 さわら 27cm", 1480), ("寿司桶専用 カバー 抗菌", 880),
                          ("寿司桶対応 布巾 綿 2枚", 480)),
    "makisu": items(f"{SUSHI} > Sushi Mats", ("巻きす 竹 27cm 太巻き用", 480), ("巻きす 青竹 24cm 細巻き用", 380),
                    ("巻きす シリコン 食洗機対応", 780)),
    "shamoji": items(f"{W} > しゃもじ", ("しゃもじ 抗菌 くっつかない 白 大", 580), ("しゃもじ 竹 天然 18cm", 280),
                     ("しゃもじ 立つ エンボス 白", 380), ("しゃもじ シリコン 耐熱 白", 480)),
    "shamojistand": items(f"{W} > しゃもじ > しゃもじ立て", ("しゃもじスタンド 白 吸盤", 380), ("しゃもじ スタンド 白 ミニ", 280),
                          ("しゃもじ用 ホルダー スタンド 白 マグネット", 480)),
    "ladle": items(f"{W} > お玉・レードル", ("レードル ステンレス 18-8 8cm", 780), ("Soup Ladle, Stainless Steel, 12 inch", 1280),
                   ("お玉 シリコン 耐熱 黒", 580), ("レードル 注ぎ口付き 小", 680)),
    "shears": items(f"{W} > キッチンバサミ", ("キッチンバサミ 分解できる ステンレス", 1480),
                    ("Kitchen Shears, Heavy Duty, Detachable Blades", 1980), ("Kitchen Scissors, Multipurpose, 2 Pack", 1280),
                    ("キッチンバサミ 食洗機対応 黒", 980)),
    "zarusoba": items("食品 > 麺", ("ざるそば 乾麺 つゆ付き 4人前", 980), ("ざるそば セット 信州 八割そば 6食", 1680),
                      ("ざるそば 乾麺 十割 2人前 めんつゆ付", 780)),
    "soba": items("食品 > 麺", ("十割そば 乾麺 200g", 480), ("信州そば 乾麺 3束", 580)),
    "sobazaru": items(f"{W} > ざる", ("そばざる 竹 角型 すのこ付き", 1280), ("そばざる 丸 22cm 2枚セット", 1680),
                      ("そばざる 受け皿付き 盛りざる", 980)),
    "zaru": items(f"{W} > ざる", ("盆ざる 竹 24cm", 880), ("ざる ステンレス 水切り 21cm", 1080), ("ざる ボウル セット 3点", 1480)),
}

T = "手紙・カード"
STAMPS = "Stamps"

TEGAMI = {
    "letterset": items(f"{T} > レターセット", ("レターセット 和紙 便箋 封筒 花柄", 880),
                       ("Letter Writing Set, Floral Stationery, 24 Sheets and 12 Envelopes", 1280),
                       ("レターセット かわいい 猫 便箋10枚 封筒5枚", 550), ("Vintage Letter Set with Wax Seal Stickers", 1480)),
    "binsen": items(f"{T} > 便箋", ("便箋 縦書き 罫線 50枚", 330), ("一筆箋 和柄 4冊", 660)),
    "envelope": items(f"{T} > 封筒", ("封筒 長形3号 白 100枚", 480), ("洋封筒 クラフト 20枚", 330), ("封筒 和紙 のし 5枚", 440)),
    "envseal": items(f"{T} > 封筒 > 封かんシール", ("封筒 シール 封かん 桜 48枚", 330), ("封筒シール 金箔 丸 60枚", 440),
                     ("封かんシール 封筒用 透明 100枚", 280)),
    "sticker": items(f"{T} > シール", ("フレークシール 和柄 40枚", 380)),
    "goshuin": items("御朱印 > 御朱印帳", ("御朱印帳 蛇腹 大判 黒 金襴", 2480), ("御朱印帳 刺繍 桜 ピンク", 1980),
                     ("御朱印帳 和紙 黒 小", 1580), ("御朱印帳 見開き 黒 鳥の子紙", 1880), ("御朱印帳 紺 入門 御朱印 ガイド付き", 1280)),
    "goshuinbag": items("御朱印 > 御朱印帳袋", ("御朱印帳袋 ちりめん 黒 大判対応", 980), ("御朱印帳 袋 巾着 帆布 黒", 880),
                        ("御朱印帳袋 マチ付き 撥水 黒", 1280)),
    "goshuin_acc": items("御朱印 > 御朱印帳小物", ("御朱印帳用 カバー 透明 大判 黒", 480), ("御朱印帳専用 ブックバンド 黒", 380),
                         ("御朱印帳対応 しおり 金 3本", 330)),
    "stamppad": items(f"{STAMPS} > Stamp Pads", ("スタンプ台 黒 油性 中型", 680), ("スタンプ台 速乾 黒 大", 980),
                      ("スタンプ台 赤 顔料 小", 380), ("スタンプ台 ミニ 黒 携帯", 480)),
    "stamppad_acc": items(f"{STAMPS} > Refill Ink", ("スタンプ台用 補充インク 黒 30ml", 330), ("スタンプ台専用 補充インク 赤", 330),
                          ("スタンプ台対応 交換パッド 黒", 280)),
    "stamp": items(f"{STAMPS} > Rubber Stamps", ("スタンプ 木製 はんこ 花 5個セット", 880),
                   ("Rubber Stamps, Alphabet Set, Wooden", 1280)),
    "shugi": items("ご祝儀 > 祝儀袋", ("祝儀袋 結婚 金封 水引 寿", 550), ("祝儀袋 御祝 のし 5枚", 440), ("ご祝儀袋 梅結び 短冊付", 660)),
    "shugi_acc": items("ご祝儀 > 祝儀袋小物", ("祝儀袋用 短冊 御祝 10枚", 220), ("祝儀袋専用 中袋 白 5枚", 330),
                       ("祝儀袋対応 ふくさ 紫", 1480)),
    "msgcard": items("Cards > Message Cards", ("メッセージカード 二つ折り ありがとう 10枚", 330),
                     ("Thank You Message Cards, Kraft, 36 Pack", 980), ("Mini Message Cards with Envelopes, 24 Pack", 880),
                     ("メッセージカード 箔押し 誕生日 5枚", 440)),
    "postcard": items("Cards > Postcards", ("ポストカード 和柄 浮世絵 12枚", 880),
                      ("Postcards, Watercolour Landscapes, Set of 20", 1280), ("ポストカード 猫 イラスト 10枚", 550)),
}

SHOPS = {"letters": LETTERS, "kitchen": KITCHEN, "washoku": WASHOKU, "tegami": TEGAMI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("letters", "ink pen", "inkpen", ["pen"], ["penink"]),
    two_types("letters", "pen ink", "penink", ["ink"], ["inkpen"]),
    two_types("letters", "pocket notebook", "pocketnb", ["notebook"], ["nbpocket"]),
    two_types("letters", "notebook pockets", "nbpocket", ["pocket"], ["pocketnb"]),
    two_types("kitchen", "noodle bowl", "noodlebowl", ["bowl"], ["bowlnoodle"]),
    two_types("kitchen", "bowl noodles", "bowlnoodle", ["noodle"], ["noodlebowl"]),
    two_types("washoku", "ざるそば", "zarusoba", ["soba"], ["sobazaru"]),
    two_types("washoku", "そばざる", "sobazaru", ["zaru"], ["zarusoba"]),
    # --- 2. a leading product word that modifies the head
    qualifies("letters", "pen case", ["pencase"], ["pen", "inkpen"]),
    qualifies("letters", "journal stickers", ["jsticker"], ["journal"]),
    qualifies("kitchen", "rice paddle", ["paddle"], ["rice"]),
    qualifies("kitchen", "noodle strainer", ["strainer"], ["noodle", "bowlnoodle"]),
    qualifies("washoku", "しゃもじ スタンド", ["shamojistand"], ["shamoji"]),
    qualifies("tegami", "御朱印帳 袋", ["goshuinbag"], ["goshuin"]),
    qualifies("tegami", "封筒 シール", ["envseal"], ["envelope"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("letters", "wax seal stamp", ["waxseal"], ["waxseal_acc"]),
    accessories("letters", "leather journal", ["journal"], ["journal_acc"]),
    accessories("kitchen", "bamboo steamer", ["steamer"], ["steamer_acc"]),
    accessories("kitchen", "tamagoyaki pan", ["tamago"], ["tamago_acc"]),
    accessories("washoku", "おろし金", ["grater.oroshi"], ["oroshi_acc"]),
    accessories("washoku", "寿司桶", ["sushioke"], ["sushioke_acc"]),
    accessories("tegami", "御朱印帳", ["goshuin"], ["goshuin_acc", "goshuinbag"]),
    accessories("tegami", "祝儀袋", ["shugi"], ["shugi_acc"]),
    # brown leather journals: Quillmark 39, vintage 29, with lock 34 (a tan one 19, a black one 25; brown
    # strap 6 and pen loop 5, brown journal stickers 5)
    price("letters", "budget brown leather journal", "journal-1", ["journal_acc", "jsticker"]),
    # black tamagoyaki pans: Kinari 22, cast iron 34, mini 17 (a white one 15; black handle 6, spatula 5)
    price("kitchen", "cheap black tamagoyaki pan", "tamago-4", ["tamago_acc"]),
    # white しゃもじ: 抗菌 580, 立つ 380, シリコン 480 (a bamboo one 280 with no colour; white stands 280-480)
    price("washoku", "格安 白 しゃもじ", "shamoji-2", ["shamojistand"]),
    # black おろし金: セラミック 1280, 大根おろし器 1580, ミニ 780 (a white one 480; black 受け皿 480, マット 280)
    price("washoku", "激安 黒 おろし金", "grater.oroshi-4", ["oroshi_acc"]),
    # black 御朱印帳: 蛇腹 2480, 和紙 1580, 見開き 1880 (a navy one 1280; black bags 880-1280, black cover 480, band 380)
    price("tegami", "お手頃 黒 御朱印帳", "goshuin-2", ["goshuin_acc", "goshuinbag"]),
    # black スタンプ台: 中型 680, 大 980, ミニ 480 (a red one 380; black refill 330, black pad 280)
    price("tegami", "安い 黒 スタンプ台", "stamppad-3", ["stamppad_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("washoku", "グレーター", "grater"),
    mixed("washoku", "キッチンバサミ", "shears"),
    mixed("washoku", "レードル", "ladle"),
    mixed("washoku", "sushi mat", "makisu"),
    mixed("tegami", "レターセット", "letterset"),
    mixed("tegami", "メッセージカード", "msgcard"),
    mixed("tegami", "ポストカード", "postcard"),
    mixed("tegami", "stamp pad", "stamppad"),
]

LIMITS: dict = {
    **{("blind141", "two_types:washoku:ざるそば", s): "そばざる 受け皿付き 盛りざる ranked above 信州そば 乾麺 3束"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind141", "two_types:washoku:そばざる", s): "a ざるそば set first, then plain そば, above the そばざる and ざる"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind141(q: Q, setup: str, known_limit):
    known_limit("blind141")
    check(q, setup, ENGINES)


def test_blind141_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "black": "Black", "brown": "Brown"})
