"""A hundred-and-twenty-third blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in groceries and sweets: a snack pantry (English:
snack bars and bar snacks, chip dip and dip chips, cookie jars, chip clips, cereal dispensers and
gumball machines with their parts), a café-at-home shop (English: sugar bowls, milk pitchers, milk
frothers and French presses with their parts), a Japanese drinks and water shop 飲料・浄水 (浄水ポット
and ドリンクサーバー with their parts, ペットボトルホルダー, コーヒーフィルター; part of its category tree
in English, with English-titled imports whose Japanese names are katakana loanwords: straws ストロー,
shaker bottles シェイカー, ginger ale ジンジャーエール) and a Japanese sweets and wrapping shop
お菓子・製菓ラッピング (カップゼリー and ゼリーカップ, 袋菓子 and 菓子袋, プリンカップ, わたあめ機 and
チョコレートファウンテン with their parts; English-titled imports under an English "Imported Sweets"
tree: marshmallows マシュマロ, gummies グミ, pretzels プレッツェル). Shops of 30-50 items, category
paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (a hundred-and-twenty-third suite), as a measurement only (nothing
changed for it): 93 of 95 cases pass, 36 of 37 queries in every setup (two_types 7/8 queries, 18/20
cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22); the 2
failing cases ('bar snacks', in both its setups: the bar snacks come first, but plain bars and
snack bars rank above the plain snacks) are strict xfails (`LIMITS`, through
`conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

S, K = "Snacks", "Kitchen"
NUTS, DIPS, CHIPS, STORE = f"{S} > Nuts & Mixes", f"{S} > Dips", f"{S} > Chips", f"{K} > Storage"

SNACK = {
    "snackbar": items(f"{S} > Bars", ("Trailmix Snack Bars, Oat & Honey, 12 Count", 6),
                      ("Crispy Rice Snack Bars, Chocolate, 18 Pack", 8), ("Fruit Snack Bars, Apple & Cinnamon, 10 x 30g", 5)),
    "bar": items(f"{S} > Bars", ("Granola Bars, Chewy, Oats & Honey, 24 Pack", 9),
                 ("Protein Bars, Peanut Butter, 12 x 60g", 19), ("Fruit & Nut Bars, Almond Cranberry, 16 Count", 12)),
    "barsnack": items(NUTS, ("Pub Mix Bar Snacks, Pretzels & Peanuts, 500g", 7), ("Bar Snacks Variety Box, 24 Bags", 18),
                      ("Salted Bar Snacks, Corn Nuts & Crackers, 1kg", 11)),
    "snack": items(NUTS, ("Savoury Snack Mix, Crackers & Pretzels, 400g", 5), ("Rice Snacks, Seaweed, 10 Packs", 6),
                   ("Veggie Snacks, Lentil Puffs, 6 x 30g", 4)),
    "chipdip": items(DIPS, ("French Onion Chip Dip, 425g", 4), ("Chip Dip, Jalapeño Cheddar, 2 x 300g", 7),
                     ("Ranch Chip Dip, Family Size, 700g", 6)),
    "dip": items(DIPS, ("Hummus Dip, Classic, 500g", 4), ("Spinach & Artichoke Dip, Frozen, 340g", 5),
                 ("Salsa Dip, Medium, 2 Jars", 6)),
    "dipchip": items(CHIPS, ("Dip Chips, Ridged, Extra Thick, 300g", 4), ("Scoop Dip Chips, Tortilla, 284g", 4),
                     ("Sturdy Dip Chips, Kettle Cooked, 2 Pack", 6)),
    "chip": items(CHIPS, ("Sea Salt Potato Chips, Kettle Cooked, 200g", 3), ("Tortilla Chips, Restaurant Style, 368g", 4),
                  ("Salt & Vinegar Chips, 6 x 40g", 5)),
    "cookiejar": items(f"{STORE} > Jars", ("Glass Cookie Jar with Airtight Lid, 2L", 19),
                       ("Ceramic Cookie Jar, Owl Design, White", 29), ("Vintage Tin Cookie Jar, Red", 15)),
    "cookie": items(f"{S} > Cookies", ("Oatmeal Raisin Cookies, Soft Baked, 8 Pack", 4),
                    ("Double Chocolate Cookies, Family Size, 500g", 5), ("Shortbread Cookies, Scottish, 300g", 6)),
    "chipclip": items(f"{STORE} > Bag Clips", ("Chip Clips, 12 Pack, Assorted Colours", 6),
                      ("Magnetic Chip Clips, Stainless, 6 Pack", 9), ("Bag Sealing Chip Clips with Pour Spout, 4 Pack", 8)),
    "dispenser": items(f"{K} > Dispensers", ("Cereal Dispenser, Double, 2 x 3.5L, Turn Knob", 34),
                       ("Countertop Cereal Dispenser, Triple, Black", 49), ("Wall-Mounted Cereal Dispenser, Single, 1.5L", 22)),
    "dispenser_acc": items(f"{K} > Dispensers > Parts", ("Replacement Paddle Wheel for Cereal Dispensers", 7),
                           ("Cereal Dispenser Replacement Lid, Clear", 6), ("Portion Cup for Cereal Dispenser, 2 Pack", 5)),
    "gumball": items(f"{S} > Gumball Machines", ("Classic Gumball Machine, Glass Globe, Red, 15 in", 39),
                     ("Mini Gumball Machine, Metal Base, Red", 19), ("Gumball Machine Bank, Coin Slot, Red, Large", 49),
                     ("Gumball Machine, Chrome Base, Black", 15)),
    "gumball_acc": items(f"{S} > Gumball Machines > Parts",
                         ("Replacement Glass Globe for Gumball Machines, 15 in", 14),
                         ("Gumball Refill for Gumball Machines, 1 inch, Red, 2 lb", 12),
                         ("Replacement Coin Mechanism for Gumball Machine, Red", 9),
                         ("Gumball Machine Replacement Key & Lock, Red", 6)),
}

C = "Café at Home"
FROTH, PRESS = f"{C} > Milk Frothers", f"{C} > French Presses"

CAFE = {
    "sugar": items("Pantry > Sugar", ("Sugar Cubes, White, 500g", 3), ("Raw Cane Sugar, Demerara, 1kg", 4),
                   ("Brown Sugar Crystals, Coffee Sugar, 750g", 5)),
    "sugarbowl": items("Tableware > Serving", ("Ceramic Sugar Bowl with Lid and Spoon, White", 14),
                       ("Glass Sugar Bowl, Stainless Lid", 12), ("Porcelain Sugar Bowl, Blue Floral", 18)),
    "milk": items("Dairy & Alternatives > Milk", ("Oat Milk, Barista Edition, 1L", 3), ("Almond Milk, Unsweetened, 6 x 1L", 12),
                  ("Whole Milk Powder, 900g", 9)),
    "milkpitcher": items(f"{C} > Barista Tools", ("Stainless Milk Pitcher, Frothing, 350ml", 12),
                         ("Milk Pitcher, Latte Art Spout, 600ml, Black", 15), ("Glass Milk Pitcher, 500ml", 10)),
    "frother": items(FROTH, ("Handheld Milk Frother, Battery, Black", 12), ("Electric Milk Frother, 4-in-1, Black, 300ml", 39),
                     ("Milk Frother, Rechargeable, Stainless, Silver", 19),
                     ("Frothline Automatic Milk Frother, Induction, Black", 79), ("Handheld Milk Frother, USB-C, White", 10)),
    "frother_acc": items(f"{FROTH} > Parts", ("Replacement Whisk for Handheld Milk Frothers, Black, 2 Pack", 6),
                         ("Milk Frother Stand, Stainless, Black", 8),
                         ("Milk Frother Replacement Jug for 4-in-1, Black", 15)),
    "press": items(PRESS, ("French Press Coffee Maker, 1L, Stainless, Double Wall", 39), ("Glass French Press, 600ml, Black", 25),
                   ("Frothline French Press, 350ml, Copper", 29), ("Travel French Press Mug, 450ml", 22)),
    "press_acc": items(f"{PRESS} > Parts", ("Replacement Glass Beaker for French Press, 1L", 12),
                       ("French Press Replacement Filter Screens, 4 Pack", 8), ("Cosy for French Press, Neoprene, Grey", 9)),
    "coffee": items("Coffee > Ground & Beans", ("Whole Bean Coffee, Dark Roast, 1kg", 24),
                    ("Ground Coffee, Medium Roast, 500g", 12), ("Instant Coffee, Freeze Dried, 200g", 9)),
    "noise": each(("Loose Leaf Black Tea, Assam, 250g", "Tea > Loose Leaf", 9),
                  ("Hot Chocolate Mix, Rich Cocoa, 1kg", "Cocoa > Mixes", 11),
                  ("Vanilla Coffee Syrup, 750ml", "Coffee > Syrups", 8),
                  ("Cinnamon Shaker, Stainless", f"{C} > Barista Tools", 6)),
}

D = "飲料"
PITCH, SERVE, WARE = "浄水器 > 浄水ポット", "キッチン雑貨 > ドリンクサーバー", "Drinkware"

DRINK = {
    "cancoffee": items("Drinks > Canned Coffee", ("缶コーヒー 微糖 185g×30本", 2480), ("ブラック 缶コーヒー 無糖 185g 24本", 2280),
                       ("缶コーヒー カフェオレ 250g×24本 甘さひかえめ", 2680)),
    "coffee": items(f"{D} > コーヒー", ("コーヒー豆 深煎り ブレンド 500g", 1980), ("ドリップコーヒー 個包装 50袋 マイルド", 1480),
                    ("インスタントコーヒー 詰め替え 120g", 880)),
    "coffeefilter": items("コーヒー器具 > フィルター", ("コーヒーフィルター 円錐形 100枚 無漂白", 380),
                          ("コーヒーフィルター 台形 ホワイト 100枚", 280), ("コーヒーフィルター ステンレス 繰り返し使える", 1280)),
    "petholder": items(f"{WARE} > ボトルホルダー", ("ペットボトルホルダー 保冷 500ml 黒", 1280),
                       ("ペットボトルホルダー ショルダー 600ml 2way", 1480), ("ペットボトル ホルダー 折りたたみ 保温 ネイビー", 980)),
    "petbottle": items(f"{D} > 水・お茶", ("天然水 ペットボトル 500ml×24本", 1980), ("ミネラルウォーター 2L×9本 ペットボトル", 1580),
                       ("緑茶 ペットボトル 525ml×24本", 2480)),
    "pitcher": items(PITCH, ("浄水ポット 2.1L 白 カートリッジ1個付", 2980), ("浄水ポット 1.5L コンパクト 白", 1980),
                     ("浄水ポット 3L 大容量 白", 3480), ("浄水ポット スリム 1.2L 青", 1580),
                     ("Water Filter Pitcher, 10 Cup, White", 3280)),
    "pitcher_acc": items(f"{PITCH} > 交換カートリッジ", ("浄水ポット用 交換カートリッジ 3個入 白", 2480),
                         ("浄水ポット専用 カートリッジ 高除去 2個", 1980), ("浄水ポット対応 フィルター 互換品 6個 白", 2980),
                         ("交換用 フタ 浄水ポット用 白", 680)),
    "server": items(SERVE, ("ドリンクサーバー ガラス 3.5L 蛇口付き 黒 スタンド", 4980), ("ドリンクサーバー 6L 蛇口付き 黒 アウトドア", 2480),
                    ("ドリンクサーバー 4L 蛇口付き 白", 1980), ("ドリンクサーバー ダブル 2連 黒 アイアンスタンド", 6980),
                    ("ドリンクサーバー 8L 保冷 黒 ジャグ", 3480)),
    "server_acc": items(f"{SERVE} > 交換部品", ("ドリンクサーバー用 交換蛇口 黒", 880), ("ドリンクサーバー専用 アイスシリンダー", 1280),
                        ("ドリンクサーバー対応 パッキン 黒 2個", 380), ("スタンド ドリンクサーバー用 黒", 1980)),
    "straw": items(f"{WARE} > Straws", ("Reusable Stainless Steel Straws, 8 Pack, with Brush", 980),
                   ("Silicone Drinking Straws, Bendy, 10 Pack", 780), ("Glass Straws, Smoothie Size, 6 Pack", 1280),
                   ("ストロー 紙 個包装 200本", 680)),
    "shaker": items(f"{WARE} > Shakers", ("Protein Shaker Bottle with Mixer Ball, 700ml", 1280),
                    ("Shaker Bottle, Leak-Proof, 600ml, 2 Pack", 1580), ("Electric Shaker Bottle, USB Rechargeable", 2480),
                    ("プロテインシェイカー 500ml 目盛り付き", 780)),
    "gingerale": items("Drinks > Soft Drinks", ("Craft Ginger Ale, Spicy, 12 x 355ml", 2980),
                       ("Dry Ginger Ale, 24 Cans", 2480), ("ジンジャーエール 辛口 瓶 200ml×24本", 3280)),
    "noise": each(("緑茶 ティーバッグ 100袋", f"{D} > お茶", 880), ("オレンジジュース 果汁100% 1L×6本", f"{D} > ジュース", 1480)),
}

O, W = "お菓子", "製菓・ラッピング"
CUPS, WATA, FOUNT, IMP = f"{W} > カップ", "イベント用品 > わたあめ機", "イベント用品 > チョコレートファウンテン", "Imported Sweets"

SWEETS = {
    "cupjelly": items(f"{O} > ゼリー", ("カップゼリー フルーツ 詰め合わせ 12個", 1480), ("カップゼリー ぶどう みかん もも 24個 ギフト", 2480),
                      ("カップゼリー ミニ こんにゃく 30個", 880)),
    "jelly": items(f"{O} > ゼリー", ("こんにゃくゼリー パウチ りんご 6個", 780), ("フルーツゼリー 白桃 ギフト 8個", 2980)),
    "jellycup": items(CUPS, ("ゼリーカップ 使い捨て 蓋付き 100個", 1280), ("ゼリーカップ プラスチック 150ml 50個 透明", 780),
                      ("ゼリーカップ ガラス 耐熱 6個", 1480)),
    "cup": items(CUPS, ("デザートカップ 使い捨て 蓋付き 50個", 680)),
    "cup.pudding": items(CUPS, ("プリンカップ 耐熱 蓋付き 50個", 980), ("プリンカップ ガラス 瓶 100ml 12個", 1980),
                         ("プリンカップ アルミ 使い捨て 30個", 480)),
    "pudding": items("Desserts > Pudding", ("焼きプリン 4個入", 680), ("なめらかプリン 瓶 6本 ギフト", 2480),
                     ("カスタードプリン 大容量 1L", 980)),
    "kashibag": items(f"{W} > ラッピング袋", ("菓子袋 OPP 透明 100枚 テープ付き", 480), ("菓子袋 クラフト 小分け 50枚", 580),
                      ("菓子袋 ギフト マチ付き 柄入り 30枚", 680)),
    "bag": items(f"{W} > ラッピング袋", ("ラッピング袋 巾着 不織布 10枚", 880), ("OPP袋 平袋 100枚", 380)),
    "fukurogashi": items(f"{O} > 袋菓子", ("袋菓子 詰め合わせ 駄菓子 30袋", 1980), ("袋菓子 ポテトチップス うすしお 12袋", 1480),
                         ("袋菓子 小袋 個包装 100袋 業務用", 2980)),
    "kashi": items(f"{O} > 和菓子・焼き菓子", ("焼き菓子 詰め合わせ ギフト 20個", 2480)),
    "wataame": items(WATA, ("わたあめ機 家庭用 ピンク", 2980), ("わたあめ機 レトロ 赤", 1480), ("わたあめ機 ミニ ピンク 乾電池式", 1980),
                     ("Cotton Candy Machine, Home, Pink", 3480)),
    "wataame_acc": items(f"{WATA} > 材料・部品", ("わたあめ機用 ザラメ ピンク 1kg", 880), ("わたあめ機専用 割り箸 ピンク 100本", 580),
                         ("交換用 加熱ヘッド わたあめ機対応", 1480)),
    "fountain": items(FOUNT, ("チョコレートファウンテン 家庭用 3段 白", 3980), ("チョコレートファウンテン 4段 ステンレス シルバー", 7980),
                      ("チョコレートファウンテン ミニ 白", 2480), ("チョコレートファウンテン ミニ 黒", 1980),
                      ("Chocolate Fountain, 3 Tier, Stainless Steel", 4980)),
    "fountain_acc": items(f"{FOUNT} > 専用品", ("チョコレートファウンテン用 チョコレート 1kg", 1980),
                          ("チョコレートファウンテン専用 ピック 白 100本", 480), ("チョコレートファウンテン対応 交換スクリュー", 1280),
                          ("受け皿 チョコレートファウンテン用 白", 980)),
    "marshmallow": items(f"{IMP} > Marshmallows", ("Marshmallows, Vanilla, Fluffy, 300g", 480),
                         ("Jumbo Marshmallows for Roasting, 680g", 880), ("マシュマロ 国産 いちご 100g", 380)),
    "gummy": items(f"{IMP} > Gummies", ("Gummy Bears, Fruit Flavours, 1kg", 1280), ("Sour Gummy Worms, 500g", 780),
                   ("グミ 果汁100% ぶどう 10袋", 980)),
    "pretzel": items(f"{IMP} > Pretzels", ("Pretzel Twists, Salted, 450g", 580), ("Pretzel Rods, Sourdough, 340g", 680),
                     ("プレッツェル チョコがけ 個包装 20袋", 880)),
}

SHOPS = {"snack": SNACK, "cafe": CAFE, "drink": DRINK, "sweets": SWEETS}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("snack", "snack bars", "snackbar", ["bar"], ["barsnack"]),
    two_types("snack", "bar snacks", "barsnack", ["snack"], ["snackbar"]),
    two_types("snack", "chip dip", "chipdip", ["dip"], ["dipchip"]),
    two_types("snack", "dip chips", "dipchip", ["chip"], ["chipdip"]),
    two_types("sweets", "カップゼリー", "cupjelly", ["jelly"], ["jellycup"]),
    two_types("sweets", "ゼリーカップ", "jellycup", ["cup"], ["cupjelly"]),
    two_types("sweets", "菓子袋", "kashibag", ["bag"], ["fukurogashi"]),
    two_types("sweets", "袋菓子", "fukurogashi", ["kashi"], ["kashibag"]),
    # --- 2. a leading product word that modifies the head
    qualifies("snack", "cookie jar", ["cookiejar"], ["cookie"]),
    qualifies("snack", "chip clips", ["chipclip"], ["chip"]),
    qualifies("cafe", "sugar bowl", ["sugarbowl"], ["sugar"]),
    qualifies("cafe", "milk pitcher", ["milkpitcher"], ["milk"]),
    qualifies("drink", "ペットボトル ホルダー", ["petholder"], ["petbottle"]),
    qualifies("drink", "コーヒー フィルター", ["coffeefilter"], ["coffee"]),
    qualifies("sweets", "プリン カップ", ["cup.pudding"], ["pudding"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("snack", "cereal dispenser", ["dispenser"], ["dispenser_acc"]),
    accessories("snack", "gumball machine", ["gumball"], ["gumball_acc"]),
    accessories("cafe", "milk frother", ["frother"], ["frother_acc"]),
    accessories("cafe", "french press", ["press"], ["press_acc"]),
    accessories("drink", "浄水ポット", ["pitcher"], ["pitcher_acc"]),
    accessories("drink", "ドリンクサーバー", ["server"], ["server_acc"]),
    accessories("sweets", "わたあめ機", ["wataame"], ["wataame_acc"]),
    accessories("sweets", "チョコレートファウンテン", ["fountain"], ["fountain_acc"]),
    # red gumball machines: classic 39, mini 19, bank 49 (a black one 15; red parts 6-12)
    price("snack", "cheap red gumball machine", "gumball-1", ["gumball_acc"]),
    # black milk frothers: handheld 12, 4-in-1 39, Frothline 79 (a white one 10, a silver one 19; black parts 6-15)
    price("cafe", "budget black milk frother", "frother-0", ["frother_acc"]),
    # white water filter pitchers: 2.1L 2980, 1.5L 1980, 3L 3480, English 3280 (a blue one 1580; white
    # cartridges and lids 680-2980)
    price("drink", "安い 白 浄水ポット", "pitcher-1", ["pitcher_acc"]),
    # black drink servers: glass 4980, 6L 2480, double 6980, 8L 3480 (a white one 1980; black parts 380-1980)
    price("drink", "格安 黒 ドリンクサーバー", "server-1", ["server_acc"]),
    # pink cotton candy machines: home 2980, mini 1980, English 3480 (a red one 1480; pink sugar and sticks 580-880)
    price("sweets", "激安 ピンク わたあめ機", "wataame-2", ["wataame_acc"]),
    # white chocolate fountains: 3-tier 3980, mini 2480 (a black mini 1980, a silver one 7980; white picks and tray
    # 480-980)
    price("sweets", "お手頃 白 チョコレートファウンテン", "fountain-2", ["fountain_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("drink", "ストロー", "straw"),
    mixed("drink", "シェイカー", "shaker"),
    mixed("drink", "ジンジャーエール", "gingerale"),
    mixed("drink", "canned coffee", "cancoffee"),
    mixed("sweets", "マシュマロ", "marshmallow"),
    mixed("sweets", "グミ", "gummy"),
    mixed("sweets", "プレッツェル", "pretzel"),
    mixed("sweets", "pudding", "pudding"),
]

_BAR_SNACKS = ("the three bar snacks first, then granola/protein/fruit bars and snack bars rank above "
               "every plain snack (snack mix, rice snacks, veggie snacks)")
LIMITS: dict = {
    ("blind123", "two_types:snack:bar_snacks", "categories-lexical"): _BAR_SNACKS,
    ("blind123", "two_types:snack:bar_snacks", "categories-dense"): _BAR_SNACKS,
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind123(q: Q, setup: str, known_limit):
    known_limit("blind123")
    check(q, setup, ENGINES)


def test_blind123_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "black": "Black", "白": "White", "黒": "Black", "ピンク": "Pink"})
