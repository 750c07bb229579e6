"""A ninety-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: comics, vinyl
records, pin trading and trading-card playmats (English), knitting kits, spinning and dressmaking
(English), a Japanese handmade and handicraft shop 手芸・ハンドメイド (口金 and pouches, bag chains,
毛糸 and とじ針, トルソー; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and a Japanese trading-card supplies shop トレカ・コレクション用品
(card files, deck cases, magnetic loaders, storage boxes; English-titled imports too). Shops of
30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (95th suite), as a measurement only (nothing changed for it):
86 of 94 cases pass, 33 of 37 queries in every setup (two_types 6/8 queries, 17/20 cases;
qualifies 7/7, 17/17; accessories 7/8, 17/19; price 6/6, 16/16; mixed 7/8, 19/22). The 8 failing
cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "lanyard pins" (a pin trading
lanyard above the enamel pins, both setups), "hat pom poms" (a pom pom hat kit above the craft pom
poms, with the bag-of-words encoder only), "comic books" (plastic dividers for comic books second,
above two comics, and the graphic novel tenth, below every accessory, both setups) and
トップローダー (the three マグネットローダー between the one Japanese-titled toploader and the
English-titled Toploaders, all three setups).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CO, VI, CL, TC = "Comics", "Vinyl", "Collectibles", "Trading Cards"
PINS = f"{CL} > Pins & Lanyards"

COMICS = {
    "comic": items(f"{CO} > Single Issues", ("Nightwatch #12, Comic Book, Cover A", 4.99),
                   ("Iron Tide #1, Comic Book, Variant Cover", 5.99),
                   ("Moonlit Saga Comic Book Collection, Issues 1-6", 24.99))
    + items(f"{CO} > Graphic Novels", ("Starfall Vol. 1, Graphic Novel, Paperback", 16.99)),
    "comic_acc": items(f"{CO} > Bags & Boards", ("Resealable Bags for Comic Books, Current Size, 100 Pack", 9.99),
                       ("Acid-Free Backing Boards for Comic Books, 100 Pack", 12.99),
                       ("Plastic Dividers for Comic Books, 25 Pack", 7.99)),
    "comicbox": items(f"{CO} > Storage Boxes", ("Short Comic Box, Corrugated, Holds 150, White", 6.99),
                      ("Long Comic Box, Holds 300, White", 8.99),
                      ("Plastic Comic Box with Lid, Stackable, Black", 29.99)),
    "record": items(f"{VI} > LP Records", ("Midnight Radio, Debut Album, Vinyl LP, 180g", 27.99),
                    ("Greatest Hits, 2xLP Vinyl Record, Gatefold", 34.99),
                    ("Jazz at the Lantern, Live Vinyl Record, Blue Marble", 29.99),
                    ("Original Soundtrack Vinyl LP, Limited Edition, Red", 31.99)),
    "record_acc": items(f"{VI} > Record Care", ("Outer Sleeves for Vinyl Records, 12 Inch, 50 Pack", 12.99),
                        ("Carbon Fibre Brush for Vinyl Records, Anti-Static", 14.99),
                        ("Vinyl Record Replacement Inner Sleeves, Rice Paper, 25 Pack", 11.99),
                        ("Record Cleaning Fluid for Vinyl Records, 250ml", 9.99)),
    "crate": items(f"{VI} > Record Storage", ("Wooden Record Crate, Holds 80 LPs, Natural", 39.99),
                   ("Record Crate with Handles, Stackable, Black", 29.99),
                   ("Milk Crate Style Record Crate, Plastic, Red", 19.99)),
    "figure": items(f"{CL} > Action Figures", ("Galactic Ranger Action Figure, 6 Inch, Articulated", 24.99),
                    ("Kaiju King Action Figure, 7 Inch, with Base", 29.99),
                    ("Retro Robot Action Figure, Die-Cast, 5 Inch", 19.99),
                    ("Ninja Squad Action Figures, 4 Pack", 34.99)),
    "figure_acc": items(f"{CL} > Action Figures > Display & Parts",
                        ("Display Stands for Action Figures, Clear, 10 Pack", 9.99),
                        ("Action Figure Replacement Weapons Pack, 20 Pieces", 7.99),
                        ("Acrylic Risers for Action Figures, 3 Tier", 15.99)),
    "lanyard": items(f"{PINS} > Lanyards", ("Convention Lanyard with Badge Holder, Black", 6.99),
                     ("Breakaway Neck Lanyard, Nylon, Blue", 4.99)),
    "pinlanyard": items(f"{PINS} > Pin Trading", ("Pin Lanyard, Trading, Holds 12 Pins, Purple", 9.99),
                        ("Pin Lanyard with Breakaway Clasp, Black", 11.99),
                        ("Pin Trading Lanyard, Reversible, Red", 12.99)),
    "pin": items(f"{PINS} > Enamel Pins", ("Enamel Pin, Moon Cat, Gold Plated", 9.99),
                 ("Hard Enamel Pins, Retro Games, 5 Pack", 19.99), ("Glitter Enamel Pin, Crescent Moon", 8.99)),
    "lanyardpin": items(f"{PINS} > Pin Trading", ("Lanyard Pins, Assorted Trading Pins, 25 Pack", 29.99),
                        ("Mystery Lanyard Pins, 10 Pack", 14.99), ("Lanyard Pins, Cartoon Animals, Set of 5", 12.99)),
    "playmat": items(f"{TC} > Playmats", ("Stitched Edge Playmat, 24x14 Inch, Blue Nebula", 19.99),
                     ("Playmat, Rubber Backed, Plain, Blue", 12.99), ("Premium Playmat with Zones, Black", 24.99),
                     ("Playmat, Dragon Art, Blue, 2mm", 16.99), ("Playmat, Plain, Black, 1mm", 9.99)),
    "playmat_acc": items(f"{TC} > Playmats > Playmat Accessories",
                         ("Playmat Tube for Playmats, Blue, Waterproof", 8.99),
                         ("Playmat Replacement Carry Bag, Blue", 6.99), ("Cleaning Spray for Playmats, 100ml", 5.99)),
}

KN, SP, DM = "Knitting", "Spinning", "Dressmaking"

CRAFTS = {
    "pomhat": items(f"{KN} > Kits > Hat Kits", ("Chunky Pom Pom Hat Knitting Kit, Merino, Mustard", 34.99),
                    ("Pom Pom Hat Kit, Beginner, Ribbed, Grey", 29.99), ("Kids Pom Pom Hat Crochet Kit, Pink", 24.99)),
    "hat": items(f"{KN} > Kits > Hat Kits", ("Beanie Hat Knitting Kit, Cable Knit, Cream", 29.99),
                 ("Slouchy Hat Kit, Mohair, Lilac", 32.99)),
    "hatpom": items(f"{KN} > Trims > Pom Poms", ("Faux Fur Hat Pom Poms, Snap-On, 4 Pack, Grey", 9.99),
                    ("Hat Pom Poms, Detachable, Faux Fox Fur, White", 7.99),
                    ("Hat Pom Poms with Press Studs, 6 Colours", 12.99)),
    "pompom": items(f"{KN} > Trims > Pom Poms", ("Mini Pom Poms, Craft, 300 Pack, Assorted", 5.99),
                    ("Yarn Pom Poms, Handmade, 20 Pack, Rainbow", 8.99), ("Glitter Pom Poms, 1 Inch, 100 Pack", 4.99)),
    "yarn": items(f"{KN} > Yarn", ("Merino Wool Yarn, DK, 100g, Mustard", 8.99),
                  ("Chunky Acrylic Yarn, 200g, Grey", 6.99),
                  ("Cotton Yarn, Aran, 50g, White", 3.99), ("Alpaca Blend Yarn, Fingering, 50g, Lilac", 9.99)),
    "swift": items(f"{KN} > Tools", ("Umbrella Yarn Swift, Wooden, Table Clamp", 39.99),
                   ("Yarn Swift, Metal, Adjustable, 60cm", 24.99), ("Amish Style Yarn Swift, Beech", 49.99)),
    "wheel": items(f"{SP} > Spinning Wheels", ("Saxony Spinning Wheel, Single Treadle, Beech", 549),
                   ("Spinning Wheel, Double Treadle, Folding, Walnut", 699),
                   ("Castle Spinning Wheel, Compact, Natural", 459)),
    "wheel_acc": items(f"{SP} > Wheel Parts", ("Bobbins for Spinning Wheel, 3 Pack, Beech", 45),
                       ("Spinning Wheel Replacement Drive Band, Cotton, 2 Pack", 8),
                       ("Lazy Kate for Spinning Wheel Bobbins, 4 Bobbin", 39), ("Oil for Spinning Wheels, 50ml", 9)),
    "form": items(f"{DM} > Dress Forms", ("Adjustable Dress Form, 13 Dials, Black, Size M", 129),
                  ("Pinnable Dress Form, Female, White, Size S", 89), ("Dress Form, Linen Cover, Black, Size L", 149),
                  ("Professional Dress Form, Collapsible Shoulders, Black", 199),
                  ("Foam Dress Form, Beige, Size M", 69)),
    "form_acc": items(f"{DM} > Dress Forms > Parts", ("Stretch Cover for Dress Forms, Black", 19),
                      ("Dress Form Replacement Base, Tripod, Black", 29), ("Hem Marker for Dress Forms, Black", 24)),
    "fabric": items(f"{DM} > Fabric", ("Quilting Cotton Fabric, Fat Quarters, 10 Pack, Floral", 19.99),
                    ("Linen Fabric by the Metre, Natural", 12.99), ("Jersey Knit Fabric, 1m, Navy", 9.99)),
    "marker": items(f"{DM} > Marking Tools", ("Fabric Markers, Permanent, 12 Colours", 11.99),
                    ("Water Erasable Fabric Marker, Blue, 2 Pack", 5.99), ("Heat Erase Fabric Markers, 6 Pack", 8.99)),
    "noise": each(("Yarn Ball Winder, Hand Operated", f"{KN} > Tools", 19.99),
                  ("Drop Spindle, Top Whorl, Maple", f"{SP} > Spindles", 19.99)),
}

HM, SG, YK, SW = "ハンドメイド", "手芸用品", "Yarn & Knitting", "Sewing"
TORSO = "洋裁 > トルソー"

SHUGEI = {
    "pouch": items(f"{HM} > ポーチ", ("ポーチ ハンドメイド 帆布 ファスナー 刺繍 ミニ", 1800), ("ポーチ リネン 花柄 マチ付き 手作り", 2200),
                   ("ポーチ キルティング 小物入れ ハンドメイド", 1500)),
    "gamaguchi": items(f"{HM} > ポーチ", ("口金ポーチ がま口 ハンドメイド 帆布 ドット", 2400), ("口金ポーチ 12cm 刺繍 リネン 一点物", 2800),
                       ("口金ポーチ 親子がま口 レザー 手縫い", 3200)),
    "kuchigane": items(f"{SG} > 口金", ("口金 縫い付けタイプ 15cm アンティークゴールド", 580), ("口金 差し込み式 角型 8.5cm シルバー 財布用", 420),
                       ("がま口 口金 丸型 18cm バッグ用 ゴールド", 650)),
    "pouchkuchigane": items(f"{SG} > 口金", ("ポーチ口金 12cm 縫い付け式 ゴールド 2個", 480),
                            ("ポーチ用 口金 10cm 差し込み 紙ひも付き シルバー", 380), ("口金 ポーチ用 くし型 12cm アンティーク", 450)),
    "bag": items(f"{HM} > バッグ", ("バッグ ハンドメイド 帆布 トート A4 ナチュラル", 3800), ("ショルダーバッグ 手作り 本革 ミニ キャメル", 4800),
                 ("かごバッグ マルシェ 手編み ハンドメイド", 4200)),
    "chainbag": items(f"{HM} > バッグ", ("チェーンバッグ ミニ ショルダー キルティング 黒", 3600), ("チェーンバッグ レザー 手縫い 黒", 5200),
                      ("チェーンバッグ ビーズ パーティー 白", 2900)),
    "chain": items(f"{SG} > チェーン", ("チェーン 切り売り 1m あずき ゴールド", 380), ("ボールチェーン 2.4mm 10本 シルバー", 300),
                   ("チェーン 喜平 2m アクセサリーパーツ シルバー", 520)),
    "bagchain": items(f"{SG} > チェーン", ("バッグチェーン ショルダー 120cm ナスカン付き ゴールド", 980),
                      ("バッグチェーン 付け替え 持ち手 60cm シルバー", 780), ("バッグ用 チェーン ストラップ 110cm 黒", 880)),
    "yarn": items(f"{YK} > Yarn", ("毛糸 並太 アクリル 40g 10玉 ピンク", 980), ("毛糸 メリノウール 極太 100g グレー", 780),
                  ("毛糸 アルパカ 合太 5玉 白", 2480), ("Merino Wool Yarn, Worsted, 100g, Cream", 1280)),
    "tojibari": items(f"{YK} > Yarn Needles", ("とじ針 毛糸用 先丸 6本セット ケース付き", 380), ("毛糸 とじ針 曲がり先 3本", 330),
                      ("とじ針 極太 毛糸 2本 大穴", 280)),
    "torso": items(TORSO, ("トルソー 女性 9号 洋裁 ボディ 白", 8800), ("トルソー 高さ調整 3本脚 9号 黒", 12800),
                   ("トルソー 11号 ピン打ち可 スタンド付き 白", 9800), ("トルソー ディスプレイ 女性 木製台 白", 6800),
                   ("トルソー ミニ 卓上 ベージュ", 2980)),
    "torso_acc": items(f"{TORSO} > トルソー小物", ("トルソー用 カバー ストレッチ 白", 1800), ("トルソー専用 肩パッド 白 2個", 980),
                       ("キャスター 交換用 トルソー対応 白 4個", 1200)),
    "projbag": items(f"{YK} > Project Bags", ("Knitting Project Bag, Drawstring, Linen, Floral", 2800),
                     ("Project Bag with Yarn Guide, Canvas, Large", 3400), ("プロジェクトバッグ 編み物 巾着 北欧柄", 2200)),
    "ripper": items(f"{SW} > Notions", ("Seam Ripper, Ergonomic Handle, 2 Pack", 980),
                    ("Seam Ripper with Cap, Large, Blue", 680),
                    ("リッパー 糸切り 大 手芸用", 380)),
    "sewbox": items(f"{SW} > Sewing Boxes", ("Sewing Box, Wooden, 3 Tier, Walnut", 4980),
                    ("Sewing Box with Accessories, Floral Fabric", 3280), ("ソーイングボックス 裁縫箱 大容量 北欧", 2980)),
}

TK, TY, CS = "トレカ", "トレカ用品", "Card Supplies"

TOREKA = {
    "card": items(f"{TK} > シングルカード", ("ドラゴンナイト SR ホロ カード シングル 美品", 980), ("トレーディングカード まとめ売り ノーマル 100枚", 1500),
                  ("魔導士 UR カード シングル 傷あり", 450)),
    "cardfile": items(f"{TY} > カードファイル", ("カードファイル 9ポケット 360枚収納 黒", 1980), ("カードファイル リング式 A4 ブルー", 2480),
                      ("カードファイル 4ポケット 160枚 ミニ 白", 980)),
    "deck": items(f"{TK} > 構築済みデッキ", ("構築済みデッキ スターター 第2弾 炎", 1650), ("スタートデッキ 40枚 水属性", 990),
                  ("デッキ 構築済み 初心者向け 雷", 1320)),
    "deckcase": items(f"{TY} > デッキケース", ("デッキケース 100枚収納 スリーブ対応 黒", 880), ("デッキケース 合皮 マグネット 2デッキ 赤", 1980),
                      ("デッキケース 木製 名入れ ナチュラル", 2800), ("デッキケース ハードタイプ 80枚 赤", 780),
                      ("デッキケース 紙製 50枚 青", 380)),
    "deckcase_acc": items(f"{TY} > デッキケース > デッキケース小物", ("デッキケース用 仕切り 赤 5枚", 280),
                          ("デッキケース専用 ストラップ 赤", 350)),
    "maglo": items(f"{CS} > Magnetic Holders", ("マグネットローダー 35pt UVカット 10個", 1280), ("マグネットローダー 55pt 厚手 5個", 980),
                   ("マグネットローダー 130pt 箱入り 1個", 380)),
    "maglo_acc": items(f"{CS} > Magnetic Holders", ("マグネットローダー用 スタンド 透明 5個", 480),
                       ("マグネットローダー専用 収納ケース 20個収納", 1480), ("ストラップ マグネットローダー対応 キーホルダー", 380)),
    "storage": items(f"{CS} > Storage Boxes", ("ストレージボックス 1000枚収納 4列 黒", 1200), ("ストレージボックス 400枚 蓋付き 白", 580),
                     ("ストレージボックス 合皮 2000枚 ブラウン", 3800), ("ストレージボックス 800枚 2列 黒", 880),
                     ("ストレージボックス 3000枚 大容量 引き出し 黒", 2480)),
    "storage_acc": items(f"{CS} > Accessories", ("ストレージボックス用 仕切り板 黒 10枚", 280),
                         ("ストレージボックス専用 インデックス 白 20枚", 330), ("交換用 蓋 ストレージボックス対応 黒", 300)),
    "toploader": items(f"{CS} > Toploaders", ("Toploaders, 3x4 Inch, 35pt, 25 Pack", 780),
                       ("Toploader Card Holders, 55pt, Ultra Clear, 10 Pack", 580), ("トップローダー 35pt 25枚 硬質ケース", 680)),
    "dice": items(f"{CS} > Dice & Counters", ("Polyhedral Dice Set, 7 Pieces, Metal, Gold", 1980),
                  ("Spindown Life Counter Dice, 20-Sided, 4 Pack", 880), ("ダイス 6面 16mm 10個 クリア", 480)),
    "sleeve": items(f"{CS} > Sleeves", ("Card Sleeves, Matte, 100 Pack, Black", 680),
                    ("Perfect Fit Inner Sleeves, 100 Pack, Clear", 480),
                    ("スリーブ スタンダードサイズ 80枚 青", 380)),
}

SHOPS = {"comics": COMICS, "crafts": CRAFTS, "shugei": SHUGEI, "toreka": TOREKA}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("comics", "pin lanyard", "pinlanyard", ["lanyard"], ["lanyardpin"]),
    two_types("comics", "lanyard pins", "lanyardpin", ["pin"], ["pinlanyard"]),
    two_types("crafts", "pom pom hat", "pomhat", ["hat"], ["hatpom"]),
    two_types("crafts", "hat pom poms", "hatpom", ["pompom"], ["pomhat"]),
    two_types("shugei", "口金ポーチ", "gamaguchi", ["pouch"], ["pouchkuchigane"]),
    two_types("shugei", "ポーチ 口金", "pouchkuchigane", ["kuchigane"], ["gamaguchi"]),
    two_types("shugei", "チェーンバッグ", "chainbag", ["bag"], ["bagchain"]),
    two_types("shugei", "バッグ チェーン", "bagchain", ["chain"], ["chainbag"]),
    # --- 2. a leading product word that modifies the head
    qualifies("comics", "comic box", ["comicbox"], ["comic"]),
    qualifies("comics", "record crate", ["crate"], ["record"]),
    qualifies("crafts", "yarn swift", ["swift"], ["yarn"]),
    qualifies("crafts", "fabric markers", ["marker"], ["fabric"]),
    qualifies("shugei", "毛糸 とじ針", ["tojibari"], ["yarn"]),
    qualifies("toreka", "カード ファイル", ["cardfile"], ["card"]),
    qualifies("toreka", "デッキ ケース", ["deckcase"], ["deck"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("comics", "vinyl records", ["record"], ["record_acc"]),
    accessories("comics", "action figures", ["figure"], ["figure_acc"]),
    accessories("comics", "comic books", ["comic"], ["comic_acc"]),
    accessories("crafts", "spinning wheel", ["wheel"], ["wheel_acc"]),
    accessories("crafts", "dress form", ["form"], ["form_acc"]),
    accessories("shugei", "トルソー", ["torso"], ["torso_acc"]),
    accessories("toreka", "マグネットローダー", ["maglo"], ["maglo_acc"]),
    accessories("toreka", "ストレージボックス", ["storage"], ["storage_acc"]),
    # blue playmats: stitched 19.99, rubber-backed 12.99, dragon 16.99 (a black one 9.99; blue accessories 6.99-8.99)
    price("comics", "budget blue playmat", "playmat-1", ["playmat_acc"]),
    # black dress forms: adjustable 129, linen 149, professional 199 (beige 69, white 89; black parts 19-29)
    price("crafts", "cheap black dress form", "form-0", ["form_acc"]),
    # white torsos: 9号 8800, 11号 9800, display 6800 (a beige mini 2980; white accessories 980-1800)
    price("shugei", "安い 白 トルソー", "torso-3", ["torso_acc"]),
    # black chain bags: quilted 3600, leather 5200 (a white beaded one 2900; a black bag chain 880)
    price("shugei", "格安 黒 チェーンバッグ", "chainbag-0", ["bagchain"]),
    # black storage boxes: 1000 cards 1200, 800 cards 880, 3000 cards 2480 (a white one 580; black accessories 280-300)
    price("toreka", "激安 黒 ストレージボックス", "storage-3", ["storage_acc"]),
    # red deck cases: leather 1980, hard 780 (a black one 880, a blue paper one 380; red accessories 280-350)
    price("toreka", "お手頃 赤 デッキケース", "deckcase-3", ["deckcase_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("shugei", "プロジェクトバッグ", "projbag"),
    mixed("shugei", "リッパー", "ripper"),
    mixed("shugei", "ソーイングボックス", "sewbox"),
    mixed("shugei", "yarn needles", "tojibari"),
    mixed("toreka", "トップローダー", "toploader"),
    mixed("toreka", "ダイス", "dice"),
    mixed("toreka", "スリーブ", "sleeve"),
    mixed("toreka", "storage box", "storage"),
]

_PINS = "a pin trading lanyard (Pin Trading Lanyard, Reversible) ranks above the enamel pins"
_COMIC = ("Plastic Dividers for Comic Books is second, above two comics; the graphic novel is tenth, "
          "below every accessory")
_TOP = "the three マグネットローダー rank 2-4, between the Japanese-titled トップローダー and the English Toploaders"

LIMITS: dict = {
    ("blind95", "two_types:comics:lanyard_pins", "categories-lexical"): _PINS,
    ("blind95", "two_types:comics:lanyard_pins", "categories-dense"): _PINS,
    ("blind95", "two_types:crafts:hat_pom_poms", "categories-dense"):
        "a pom pom hat kit (Pom Pom Hat Kit, Beginner, Grey) ranks fourth, above the craft pom poms",
    ("blind95", "accessories:comics:comic_books", "categories-lexical"): _COMIC,
    ("blind95", "accessories:comics:comic_books", "categories-dense"): _COMIC,
    ("blind95", "mixed:toreka:トップローダー", "categories-lexical"): _TOP,
    ("blind95", "mixed:toreka:トップローダー", "categories-dense"): _TOP,
    ("blind95", "mixed:toreka:トップローダー", "categories-latin-only"): _TOP,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind95(q: Q, setup: str, known_limit):
    known_limit("blind95")
    check(q, setup, ENGINES)


def test_blind95_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "黒": "Black", "赤": "Red", "black": "Black", "blue": "Blue"})
