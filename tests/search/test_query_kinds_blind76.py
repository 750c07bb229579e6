"""A seventy-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: fashion
accessories (English: chain bags and bag chains, buckle belts and belt buckles, hat boxes, scarf
rings, crossbody bags, bifold wallets), footwear and shoe care (English: boots and boot shapers,
clogs and clog charms, sandals), a Japanese shop of ファッション小物・靴 (strap pumps and pump
straps, loafers, sneaker detergent, with English-titled imports whose Japanese names are katakana
loanwords: モカシン, エスパドリーユ, ビーチサンダル; part of its category tree in English) and a
Japanese shop of アクセサリー・腕時計 (pin brooches and brooch pins, dive watches, watch tools, ring
gauges, chokers, signet rings, hoop earrings; English imports and part of its tree in English).
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (seventy-sixth suite), as a measurement only (nothing changed for it):
85 of 94 cases pass, 34 of 37 queries in every setup (two_types 7/8 queries, 17/20 cases;
qualifies 7/7, 17/17; accessories 7/8, 17/20; price 5/6, 12/15; mixed 8/8, 22/22); the 9 failing
cases (3 queries, each in all its setups, all in the ファッション小物・靴 shop and all about
パンプス against add-on パンプス ストラップ) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ストラップパンプス (two pump straps above the English Strap Pumps),
パンプス (a pump strap above the English Strap Pumps) and 激安 ベージュ パンプス (a beige pump strap
first).

After (a keyword group sold under the level an accessory category serves is not its titles' type:
"パンプス ストラップ" in "シューズアクセサリー" is a strap, the pumps sold in "シューズ > パンプス"; the
sixteenth session): all three pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

A, BAGS = "Accessories", "Bags"
BELTS, PARTS = f"{A} > Belts", f"{BAGS} > Bag Parts"

ACC = {
    "chainbag": items(f"{BAGS} > Shoulder Bags", ("Lumiere Quilted Chain Bag, Mini, Black", 59),
                      ("Chain Bag with Flap, Faux Leather, Cream", 45),
                      ("Vesta Pearl Chain Bag, Evening Clutch, Silver", 39)),
    "bag": items(f"{BAGS} > Totes", ("Canvas Tote Bag, Zip Top, Natural", 25),
                 ("Vesta Leather Shopper Bag, Large, Tan", 89)),
    "bag.xbody": items(f"{BAGS} > Crossbody Bags", ("Vesta Crossbody Bag, Pebbled Leather, Brown", 79),
                       ("Nylon Crossbody Bag, Lightweight, Brown", 29), ("Saddle Crossbody Bag, Suede, Brown", 55),
                       ("Mini Crossbody Bag, Phone Pocket, Black", 19)),
    "bagchain": items(PARTS, ("Bag Chain Strap, Replacement, Gold, 120cm", 15), ("Bag Chain, Curb Link, Silver, 60cm", 12),
                      ("Lumiere Pearl Bag Chain, Short Handle, 40cm", 18)),
    "chain": items(PARTS, ("Purse Chain Extender, Gold, 20cm", 8), ("Replacement Chain Strap, Antique Brass, 110cm", 14)),
    "xbody_acc": items(PARTS, ("Replacement Crossbody Strap for Bags, Adjustable, Brown", 15),
                       ("Purse Organizer Insert for Crossbody Bags, Felt, Brown", 12),
                       ("Crossbody Bag Replacement Strap, Wide, Guitar Style, Black", 19)),
    "bucklebelt": items(BELTS, ("Harlow Western Buckle Belt, Tooled Leather, Brown", 49),
                        ("Double Ring Buckle Belt, Canvas, Olive", 18),
                        ("Oversized Buckle Belt, Women's, Black, Gold Hardware", 29)),
    "belt": items(BELTS, ("Harlow Leather Dress Belt, 35mm, Black", 39), ("Braided Stretch Belt, Navy", 22),
                  ("Reversible Belt, Black/Brown, Rotating Clasp", 35)),
    "beltbuckle": items(f"{BELTS} > Buckles", ("Replacement Belt Buckle, Solid Brass, 38mm", 16),
                        ("Western Belt Buckle, Longhorn, Antique Silver", 24),
                        ("Belt Buckle, Pin Style, Matte Black, 35mm", 12)),
    "buckle": items(f"{BELTS} > Buckles", ("Ratchet Buckle Replacement, Silver, 35mm", 14),
                    ("Side Release Buckles, Plastic, 25mm, 10 Pack", 7)),
    "hatbox": items(f"{A} > Hats > Hat Storage", ("Round Hat Box with Lid, Large, Black", 35),
                    ("Hat Box, Collapsible, Linen, 2 Pack", 29), ("Harlow Travel Hat Box, Hard Shell, Fits Fedoras", 59)),
    "hat": items(f"{A} > Hats", ("Wool Fedora Hat, Wide Brim, Black", 45), ("Straw Sun Hat, Packable, Natural", 25),
                 ("Bucket Hat, Cotton, Khaki", 18)),
    "scarfring": items(f"{A} > Scarves > Scarf Accessories", ("Scarf Ring Clip, Gold Tone, Round, 3 Pack", 12),
                       ("Enamel Scarf Ring, Triple Loop, Silver", 9), ("Scarf Rings, Pearl, Assorted, 6 Pack", 14)),
    "scarf": items(f"{A} > Scarves", ("Silk Square Scarf, Floral, 70cm", 29), ("Cashmere Blend Scarf, Camel", 49),
                   ("Cotton Bandana Scarf, Paisley, 3 Pack", 15)),
    "wallet": items(f"{A} > Wallets", ("Harlow Bifold Wallet, Full Grain Leather, Brown", 45),
                    ("Slim Bifold Wallet, RFID Blocking, Black", 25), ("Bifold Wallet with Coin Pocket, Navy", 29)),
    "wallet_acc": items(f"{A} > Wallets > Wallet Parts", ("Replacement ID Window for Bifold Wallets, Clear, 2 Pack", 6),
                        ("Bifold Wallet Insert, Flip-Up Card Holder, Black", 12),
                        ("Wallet Chain for Bifold Wallets, Biker Style, Silver", 15)),
}

F, CARE = "Footwear", "Shoe Care"

SHOECARE = {
    "boot": items(f"{F} > Boots", ("Brennan Chelsea Boots, Suede, Brown", 89), ("Leather Ankle Boots, Side Zip, Brown", 69),
                  ("Waterproof Hiking Boots, Mid, Brown", 59), ("Lug Sole Combat Boots, Black", 49)),
    "boot_acc": items(f"{CARE} > Boot Care", ("Waxed Boot Laces, 180cm, Brown", 7),
                      ("Cream Polish for Leather Boots, Brown, 50ml", 9),
                      ("Heel Protector Caps for Boots, Brown, 3 Pairs", 8)),
    "shaper": items(f"{CARE} > Boot Care", ("Brennan Boot Shapers, Tall, 2 Pairs", 14),
                    ("Inflatable Boot Shapers, Knee High, 3 Pairs", 12), ("Cedar Boot Shapers for Ankle Boots", 24)),
    "clog": items(f"{F} > Clogs", ("Comfy Classic Clogs, Unisex, Pink", 45), ("Garden Clogs, EVA, Lightweight, Pink", 19),
                  ("Lined Clogs, Fuzzy, Pink", 39), ("Platform Clogs, Women's, White", 15)),
    "clogcharm": items(f"{F} > Clogs > Charms", ("Clog Charms, Cute Animals, 20 Pack", 9),
                       ("Clog Charms, Pink Flowers, 12 Pack", 8), ("Sparkle Clog Charms, Rhinestone Chains, 4 Pack", 14)),
    "clog_acc": items(f"{F} > Clogs > Clog Parts", ("Replacement Fuzzy Liners for Clogs, Pink, Size M", 12),
                      ("Clog Replacement Heel Straps, Black, 2 Pack", 6), ("Anti-Slip Insoles for Clogs, Pair", 9)),
    "sandal": items(f"{F} > Sandals", ("Brennan Leather Sandals, Two Strap, Brown", 55),
                    ("Sport Sandals, Hook & Loop, Black", 35), ("Cork Footbed Sandals, Buckle, Taupe", 45),
                    ("Woven Flat Sandals, Women's, Tan", 29)),
    "sandal_acc": items(f"{F} > Sandals > Sandal Parts", ("Replacement Straps for Sandals, Elastic, Black, 2 Pairs", 9),
                        ("Sandal Footbed Cushions, Gel, Clear", 7), ("Cork Sealer for Sandals, 25ml", 8)),
    "care": each(("Horsehair Shoe Brush, Natural Bristles", f"{CARE} > Brushes", 12),
                 ("Waterproofing Spray for Shoes, 300ml", f"{CARE} > Protection", 11),
                 ("Shoe Deodorizer Spray, Odor Eliminator", f"{CARE} > Fresheners", 9),
                 ("Sneaker Cleaning Kit, Brush & Foam", f"{CARE} > Cleaners", 15)),
}

S, ES, KM = "シューズ", "Shoes", "ファッション小物"

KUTSU = {
    "pumps.strap": items(f"{S} > パンプス", ("ストラップパンプス 5cmヒール 本革 ベージュ", 5980),
                         ("ストラップパンプス アンクル ポインテッド 黒", 4980),
                         ("Strap Pumps, Mary Jane, Block Heel, Beige", 4480)),
    "pumps": items(f"{S} > パンプス", ("パンプス 痛くない 3cm 走れる ベージュ", 3980), ("パンプス ポインテッドトゥ 7cm エナメル 黒", 4480),
                   ("パンプス 幅広 4E 抗菌 ネイビー", 2980), ("Comfort Pumps, Low Heel, Suede, Beige", 5480)),
    "pstrap": items(f"{KM} > シューズアクセサリー", ("パンプス ストラップ 脱げ防止 取り外し 透明 2本", 580),
                    ("パンプス ストラップ 後付け レザー ベージュ", 880), ("脱げない パンプス ストラップ ゴム 黒", 480)),
    "strap": items(f"{KM} > シューズアクセサリー", ("かかと ストラップ 靴用 脱げ防止 ゴム 黒 2本", 380),
                   ("サンダル用 ストラップ 交換 調節 ベージュ", 680)),
    "pumps_acc": items(f"{S} > シューズケア > インソール", ("パンプス用 中敷き 低反発 ベージュ", 480),
                       ("パンプス専用 かかと パッド 靴擦れ防止 ベージュ 4枚", 380), ("つま先 クッション パンプス対応 ジェル 2足分", 580)),
    "loafer": items(f"{ES} > Loafers", ("ローファー レディース 本革 ブラウン", 6980), ("ローファー 学生 合皮 3E 黒", 3980),
                    ("Penny Loafers, Leather, Men's, Brown", 7980), ("ビット ローファー スエード ブラウン", 5480)),
    "loafer_acc": items(f"{ES} > Loafers > Loafer Care", ("ローファー用 インソール 衝撃吸収 ブラウン", 680),
                        ("ローファー専用 シューキーパー 木製 ブラウン", 1480), ("靴クリーム ローファー用 ブラウン 40g", 580)),
    "sneaker": items(f"{S} > スニーカー", ("スニーカー レディース 厚底 白", 4980), ("スニーカー メンズ ローカット キャンバス 黒", 2980),
                     ("Canvas Sneakers, Low Top, Unisex, White", 3980)),
    "sneakerwash": items(f"{S} > シューズケア > 洗剤", ("スニーカー 洗剤 つけ置き 粉末 500g", 980),
                         ("スニーカー洗剤 泡 スプレー ブラシ付き 300ml", 1280), ("上履き スニーカー 洗剤 液体 400ml", 780)),
    "moc": items(f"{ES} > Moccasins", ("モカシン レディース スエード フリンジ キャメル", 3980),
                 ("Suede Moccasins, Fur Lined, Men's, Brown", 5480), ("ドライビング モカシン 本革 ネイビー", 4980)),
    "espa": items(f"{S} > エスパドリーユ", ("エスパドリーユ スリッポン キャンバス ボーダー", 2980),
                  ("Espadrilles, Jute Sole, Flat, Women's, Navy", 3480), ("エスパドリーユ ウェッジソール 7cm 麻", 4480)),
    "flipflop": items(f"{ES} > Sandals > Flip Flops", ("ビーチサンダル メンズ ラバー 黒", 980),
                      ("Flip Flops, Women's, Arch Support, Pink", 1980), ("ビーチサンダル キッズ 花柄 17cm", 780)),
    "mule": items(f"{ES} > Mules", ("ミュール レディース ローヒール ファー ブラウン", 2980), ("ミュール サボ 本革 フラット 黒", 4980),
                  ("バブーシュ ミュール スエード ベージュ", 3480)),
    "noise": each(("靴べら ロング 木製 60cm", f"{KM} > 靴べら", 980), ("折りたたみ傘 晴雨兼用 軽量", f"{KM} > 傘", 1980)),
}

AC, JW, WA, WE = "アクセサリー", "Jewelry", "腕時計", "Watches"

TOKEI = {
    "brooch": items(f"{AC} > ブローチ", ("ブローチ パール 花 ゴールド", 2480), ("カメオ ブローチ シェル アンティーク調", 3980),
                    ("Enamel Brooch, Bee, Gold Tone", 1980)),
    "brooch.pin": items(f"{AC} > ブローチ", ("ピンブローチ 猫 ゴールド", 1280), ("ピンブローチ 一粒パール シルバー", 980),
                        ("ピンブローチ 星 ラペル 2個セット", 1480)),
    "pinpart": items(f"{AC} > ハンドメイドパーツ", ("ブローチピン 回転式 25mm ゴールド 20個", 380),
                     ("ブローチピン 皿付き 20mm シルバー 10個", 330), ("ブローチピン 安全ピン型 30mm 10個", 280)),
    "pin": items(f"{AC} > ハンドメイドパーツ", ("Tピン 0.6×30mm ゴールド 100本", 280), ("9ピン 0.7×25mm シルバー 100本", 280)),
    "brooch_acc": items(f"{AC} > ブローチ > 収納・小物", ("ブローチ用 収納ケース 24区画 ベルベット", 1280),
                        ("ブローチ専用 ディスプレイ スタンド 木製", 980), ("交換用 キャッチ ブローチ対応 ゴールド 10個", 330)),
    "diver": items(f"{WE} > Dive Watches", ("ダイバーズウォッチ 200m防水 自動巻き 黒", 19800),
                   ("ダイバーズウォッチ メンズ ソーラー ネイビー", 12800),
                   ("Automatic Dive Watch, 300m, Ceramic Bezel, Green", 24800), ("ダイバーズウォッチ クォーツ 100m ラバー", 6980)),
    "diver_acc": items(f"{WE} > Dive Watches > Parts", ("ダイバーズウォッチ用 ラバーベルト 20mm 黒", 1480),
                       ("ダイバーズウォッチ専用 ベゼル 交換 インサート", 980), ("延長ベルト ダイバーズウォッチ対応 ウェットスーツ用", 780)),
    "watch": items(f"{WA} > アナログ", ("腕時計 メンズ アナログ 革ベルト ブラウン", 4980), ("腕時計 レディース 小ぶり ゴールド", 5980),
                   ("腕時計 ソーラー電波 チタン", 14800)),
    "tool": items(f"{WA} > メンテナンス", ("腕時計 工具 セット 裏蓋オープナー 電池交換 16点", 1280),
                  ("腕時計 工具 ベルト調整 ピン抜き コマ詰め", 880), ("時計工具 バネ棒外し 腕時計用 2本", 580)),
    "chrono": items(f"{WE} > Chronographs", ("Chronograph Watch, Stainless Steel, Black Dial, 42mm", 15800),
                    ("クロノグラフ 腕時計 メンズ サファイアガラス 青文字盤", 9800), ("クロノグラフ レザーベルト ブラウン 40mm", 12800)),
    "ringgauge": items(f"{JW} > Rings > Ring Tools", ("リングゲージ 号数 計測 金属 27本組", 980),
                       ("リングゲージ プラスチック 繰り返し使える 1-27号", 380), ("Ring Sizer Gauge, Reusable, US 1-17", 480)),
    "ring": items(f"{JW} > Rings", ("指輪 レディース シルバー925 ウェーブ", 2980), ("リング 18K ゴールド 華奢 一粒", 8980),
                  ("ペアリング ステンレス 刻印 2本セット", 3980)),
    "signet": items(f"{JW} > Rings > Signet Rings", ("シグネットリング 印台 メンズ シルバー925", 5980),
                    ("Signet Ring, Oval, Gold Plated, Engravable", 3480), ("シグネットリング 18K ゴールド 小指", 19800)),
    "choker": items(f"{AC} > ネックレス > チョーカー", ("チョーカー シルバー925 スネークチェーン 35cm", 2980),
                    ("Velvet Choker Necklace, Black, Adjustable", 980), ("チョーカー シルバー ビーズ 華奢 40cm", 1980),
                    ("Tennis Choker Necklace, Cubic Zirconia, Silver", 2480)),
    "choker_acc": items(f"{AC} > ネックレス > パーツ", ("チョーカー用 延長チェーン シルバー 5cm", 680),
                        ("アジャスター チェーン チョーカー対応 シルバー 2本", 480)),
    "hoop": items(f"{JW} > Earrings > Hoops", ("フープピアス K18 太め 15mm", 6980), ("ピアス フープ シルバー925 小ぶり 12mm", 2480),
                  ("フープイヤリング ノンホール 樹脂 30mm", 1280)),
    "stud": items(f"{JW} > Earrings > Studs", ("パールピアス 一粒 7mm シルバー925", 1980), ("スタッドピアス 星 ゴールド", 1480)),
}

SHOPS = {"acc": ACC, "shoecare": SHOECARE, "kutsu": KUTSU, "tokei": TOKEI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("acc", "chain bag", "chainbag", ["bag"], ["bagchain"]),
    two_types("acc", "bag chains", "bagchain", ["chain"], ["chainbag"]),
    two_types("acc", "buckle belt", "bucklebelt", ["belt"], ["beltbuckle"]),
    two_types("acc", "belt buckles", "beltbuckle", ["buckle"], ["bucklebelt"]),
    two_types("kutsu", "ストラップパンプス", "pumps.strap", ["pumps"], ["pstrap"]),
    two_types("kutsu", "パンプス ストラップ", "pstrap", ["strap"], ["pumps.strap"]),
    two_types("tokei", "ピンブローチ", "brooch.pin", ["brooch"], ["pinpart"]),
    two_types("tokei", "ブローチピン", "pinpart", ["pin"], ["brooch.pin"]),
    # --- 2. a leading product word that modifies the head
    qualifies("acc", "hat box", ["hatbox"], ["hat"]),
    qualifies("acc", "scarf rings", ["scarfring"], ["scarf"]),
    qualifies("shoecare", "boot shapers", ["shaper"], ["boot"]),
    qualifies("shoecare", "clog charms", ["clogcharm"], ["clog"]),
    qualifies("kutsu", "スニーカー 洗剤", ["sneakerwash"], ["sneaker"]),
    qualifies("tokei", "腕時計 工具", ["tool"], ["watch", "chrono"]),
    qualifies("tokei", "リングゲージ", ["ringgauge"], ["ring", "signet"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("acc", "crossbody bag", ["bag.xbody"], ["xbody_acc"]),
    accessories("acc", "bifold wallet", ["wallet"], ["wallet_acc"]),
    accessories("shoecare", "clogs", ["clog"], ["clog_acc", "clogcharm"]),
    accessories("shoecare", "sandals", ["sandal"], ["sandal_acc"]),
    accessories("kutsu", "パンプス", ["pumps"], ["pumps_acc", "pstrap"]),
    accessories("kutsu", "ローファー", ["loafer"], ["loafer_acc"]),
    accessories("tokei", "ダイバーズウォッチ", ["diver"], ["diver_acc"]),
    accessories("tokei", "ブローチ", ["brooch"], ["brooch_acc", "pinpart"]),
    # brown crossbody bags: Vesta 79, nylon 29, saddle 55 (a black mini one 19; brown strap 15 and insert 12)
    price("acc", "cheap brown crossbody bag", "bag.xbody-1", ["xbody_acc"]),
    # brown boots: chelsea 89, ankle 69, hiking 59 (black combat boots 49; brown laces 7, polish 9, heel caps 8;
    # boot shapers 12-24)
    price("shoecare", "budget brown boots", "boot-2", ["boot_acc", "shaper"]),
    # pink clogs: classic 45, garden 19, lined 39 (white platform clogs 15; pink charms 8, pink liners 12)
    price("shoecare", "cheap pink clogs", "clog-1", ["clog_acc", "clogcharm"]),
    # beige pumps: 3cm 3980, English comfort 5480, and strap pumps 5980 and English 4480 (navy wide ones 2980;
    # beige insoles 480, heel pads 380, a beige pump strap 880, a beige sandal strap 680)
    price("kutsu", "激安 ベージュ パンプス", "pumps-0", ["pumps_acc", "pstrap", "strap"]),
    # brown loafers: leather 6980, English penny 7980, bit loafers 5480 (black school loafers 3980; brown insoles 680,
    # shoe trees 1480, cream 580)
    price("kutsu", "格安 ブラウン ローファー", "loafer-3", ["loafer_acc"]),
    # silver chokers: snake chain 2980, beads 1980, English tennis 2480 (a black velvet one 980; silver extender
    # chains 480-680)
    price("tokei", "安い シルバー チョーカー", "choker-2", ["choker_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("kutsu", "モカシン", "moc"),
    mixed("kutsu", "エスパドリーユ", "espa"),
    mixed("kutsu", "ビーチサンダル", "flipflop"),
    mixed("kutsu", "mules", "mule"),
    mixed("tokei", "クロノグラフ", "chrono"),
    mixed("tokei", "チョーカー", "choker"),
    mixed("tokei", "シグネットリング", "signet"),
    mixed("tokei", "hoop earrings", "hoop"),
]

SETUPS = ("categories-lexical", "categories-dense", "categories-latin-only")
FAILS: dict = {}
LIMITS: dict = {("blind76", case, setup): why for case, why in FAILS.items() for setup in SETUPS}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind76(q: Q, setup: str, known_limit):
    known_limit("blind76")
    check(q, setup, ENGINES)


def test_blind76_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"brown": "Brown", "pink": "Pink", "ベージュ": "Beige", "ブラウン": "Brown",
                                 "シルバー": "Silver"})
