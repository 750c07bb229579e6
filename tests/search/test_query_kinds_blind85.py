"""An eighty-fifth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites used little: beauty tools,
lashes and fragrance (English), wigs, hair accessories and styling tools (English), a Japanese
cosmetics and skincare shop コスメ・スキンケア (part of its category tree in English, with
English-titled imports whose Japanese names are katakana loanwords: Cleansing Balm
クレンジングバーム, Toner Pads トナーパッド, Eye Cream アイクリーム, Lip Oil リップオイル) and a
Japanese hair care and nail shop ヘアケア・ネイル (with English-titled imports too: Hair Oil
ヘアオイル, Top Coat トップコート, Nail File ネイルファイル). Shops of 30-50 items, category
paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a headband wig is a wig, a wig headband a headband; a
   綿棒ケース is a case, a ケース入り 綿棒 swabs);
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

Written blind on 2026-12-01 (eighty-fifth suite), as a measurement only (nothing changed for it):
83 of 92 cases pass, 33 of 36 queries in every setup (two_types 3/5 queries, 7/13 cases;
qualifies 8/8, 19/19; accessories 8/8, 20/20; price 6/6, 15/15; mixed 8/9, 22/25); the 9 failing
cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): ストーン ケース (a ケース入り ストーン, rhinestones, above a hairpin case),
ヘアピン ケース (stone and nail cases first, no hairpin case in the top five) and アイクリーム (an
English 'Face Cream' second, above two English eye creams).

After (a katakana compound reads as the pair titles say, a vowel-only part too, before any one word
its loose vowels let it read as: アイクリーム is "eye cream", not "cream"; the sixteenth session):
アイクリーム passes. After (a word the analyser keeps whole ending in 用 says a use, never the type:
ヘアピンケース 携帯用 is a case, not a 携帯用): ストーン ケース and ヘアピン ケース pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

LASH, FRAG, MIRROR, WAX = "Makeup > Lashes", "Fragrance", "Tools > Mirrors", "Hair Removal > Wax Warmers"

BEAUTY = {
    "lashglue": items(f"{LASH} > Lash Glue", ("Lashbond Lash Glue, Clear, Latex-Free, 5ml", 9),
                      ("Strip Lash Glue, Dark Tone, Waterproof, 7g", 7), ("Lash Glue Pen, Black, Quick Dry, 1ml", 11)),
    "lashes": items(LASH, ("Lashbond Faux Mink Lashes, Natural Wispy, 5 Pairs", 14),
                    ("False Lashes, Dramatic Volume, 3D Curl, 10 Pairs", 12),
                    ("Individual Lash Clusters, D Curl, 280 Pieces", 15)),
    "atomizer": items(f"{FRAG} > Atomizers", ("Perfume Atomizer, Refillable Travel Spray, 5ml, Gold", 9),
                      ("Mini Perfume Atomizer Bottles, 4 Pack, 8ml, Black", 12),
                      ("Aluvia Refillable Perfume Atomizer, Twist-Up, Silver", 15)),
    "perfume": items(f"{FRAG} > Perfume", ("Aluvia Perfume, Eau de Parfum, White Tea & Fig, 50ml", 48),
                     ("Rose Noir Perfume for Women, Eau de Toilette, 100ml", 39),
                     ("Solid Perfume Balm, Jasmine, 15g", 14)),
    "esbrush": items("Makeup > Brushes", ("Lumeria Eyeshadow Brush Set, 12 Pieces, Blending & Crease", 12),
                     ("Flat Eyeshadow Brush, Synthetic Bristles, Vegan", 6),
                     ("Eyeshadow Brush Duo, Blending and Detail, Travel Size", 9)),
    "eyeshadow": items("Makeup > Eyeshadow", ("Lumeria Eyeshadow Palette, 18 Shades, Warm Nudes", 24),
                       ("Cream Eyeshadow Stick, Champagne Shimmer", 12), ("Single Eyeshadow, Matte, Cocoa", 6)),
    "vanity": items(MIRROR, ("Glowmere Lighted Vanity Mirror, 10x Magnification, White", 39),
                    ("Vanity Mirror with Lights, Tri-Fold, Touch Dimmer, Black", 29),
                    ("Hollywood Vanity Mirror, 12 Dimmable Bulbs, Large, White", 89),
                    ("Desktop Vanity Mirror, Foldable, 1x/3x, White", 24),
                    ("Round Vanity Mirror, Rechargeable, 8 Inch, Pink", 16)),
    "vanity_acc": items(f"{MIRROR} > Mirror Parts", ("Replacement LED Bulbs for Vanity Mirror, 4 Pack, White", 12),
                        ("Vanity Mirror Replacement USB Charging Cable, White", 8),
                        ("Suction Cup Mount for Vanity Mirror, White", 9)),
    "warmer": items(WAX, ("Smoothia Wax Warmer, 500ml, Adjustable Temperature", 29),
                    ("Professional Wax Warmer, Digital Display, Double Pot", 69),
                    ("Portable Wax Warmer Kit with 4 Bags of Hard Wax Beans", 39)),
    "warmer_acc": items(f"{WAX} > Warmer Parts", ("Wax Warmer Replacement Inner Pot, 500ml", 9),
                        ("Paper Collars for Wax Warmer, 50 Pack", 6), ("Replacement Lid for Wax Warmers, Clear", 7)),
    "noise": each(("Hard Wax Beans, Lavender, 1lb", "Hair Removal > Wax", 15),
                  ("Setting Spray, Matte Finish, 100ml", "Makeup > Face", 11),
                  ("Makeup Sponge Blender, 4 Pack, Pink", "Makeup > Sponges", 7),
                  ("Clear Lip Gloss, Non-Sticky, 3 Pack", "Makeup > Lips", 9)),
}

W, ACC, TOOLS, SCALP = "Hair > Wigs", "Hair > Accessories", "Hair > Styling Tools", "Hair > Scalp Care"

HAIR = {
    "hbwig": items(W, ("Curlvana Headband Wig, Body Wave, 20 Inch, Natural Black", 59),
                   ("Headband Wig, Kinky Straight, Glueless, 16 Inch", 45),
                   ("Synthetic Headband Wig, Curly Half Wig, Dark Brown", 32)),
    "wig": items(W, ("Curlvana Lace Front Wig, Straight, 24 Inch, Black", 129),
                 ("Short Bob Wig with Bangs, Synthetic, Blonde", 29),
                 ("Glueless Wear and Go Wig, Body Wave, 18 Inch", 89)),
    "wighb": items(f"{W} > Wig Accessories", ("Wig Headband, Velvet Grip Band, Adjustable, Black", 9),
                   ("Curlvana Wig Headband, Non-Slip Lace Grip, Beige", 11),
                   ("Silicone Wig Headband, Thin, Stretchy, Clear", 8)),
    "wigstand": items(f"{W} > Wig Accessories", ("Wig Stand, Collapsible, Portable Travel, Black", 9),
                      ("Tall Wig Stand Tripod with Mannequin Head, 55 Inch", 29),
                      ("Tabletop Wig Stand, Metal, 2 Pack", 14)),
    "headband": items(f"{ACC} > Headbands", ("Padded Velvet Headband, Wide, Burgundy", 12),
                      ("Knotted Satin Headbands, 3 Pack, Neutral", 14), ("Tortoise Shell Headband, Thin, Brown", 8),
                      ("Spa Headband, Terry Cloth, Makeup Headband, White", 7)),
    "hbholder": items(f"{ACC} > Storage", ("Headband Holder, Acrylic Stand, 3 Tier, Clear", 19),
                      ("Wooden Headband Holder Organizer, Holds 20", 16),
                      ("Over-the-Door Headband Holder, 8 Hooks", 12)),
    "wand": items(f"{TOOLS} > Curling Wands", ("Curlvana Curling Wand, 25mm Ceramic Barrel, Black", 29),
                  ("Tourmaline Curling Wand, 32mm, Dual Voltage, Rose Gold", 39),
                  ("Curling Wand Set, 5-in-1 Interchangeable Barrels, Black", 49),
                  ("Clipless Curling Wand, 19mm, Black", 24), ("Tapered Curling Wand, 13-25mm, Pink", 19)),
    "wand_acc": items(f"{TOOLS} > Tool Accessories", ("Heat Resistant Glove for Curling Wand, Black", 7),
                      ("Curling Wand Replacement Barrel, 32mm, Black", 14),
                      ("Silicone Heat Mat for Curling Wands, Black", 9)),
    "massager": items(SCALP, ("Scalpura Scalp Massager, Electric, Waterproof, Pink", 29),
                      ("Scalp Massager Shampoo Brush, Silicone, Pink", 9),
                      ("Handheld Scalp Massager, Copper Prongs, Pink", 12),
                      ("Scalp Massager Brush, Wide Tooth, Black", 6),
                      ("Electric Scalp Massager, 4 Heads, Rechargeable, Black", 34)),
    "massager_acc": items(f"{SCALP} > Massager Parts",
                          ("Replacement Silicone Heads for Scalp Massager, 4 Pack, Pink", 8),
                          ("Scalp Massager Replacement Charging Cable, USB", 5),
                          ("Wall Holder for Scalp Massager, Adhesive, Pink", 4)),
    "noise": each(("Argan Oil Hair Serum, Frizz Control, 100ml", "Hair > Hair Care", 14),
                  ("Satin Hair Bonnet, Adjustable, Black", ACC, 8),
                  ("Claw Clips, Matte, 4 Pack", f"{ACC} > Clips", 9)),
}

CS, MK, SK, PORE = "コスメ収納 > 小物ケース", "Makeup > Foundation", "Skincare", "美容家電 > 毛穴ケア"

SKIN = {
    "swabcase": items(CS, ("綿棒ケース 蓋付き アクリル クリア", 880), ("綿棒ケース 押し出し式 ディスペンサー 白", 1480),
                      ("綿棒ケース 携帯 スリム 3個セット", 580)),
    "case": items(CS, ("コットンケース アクリル 蓋付き", 780), ("リップケース 12本収納 クリア", 980),
                  ("小物ケース 引き出し 3段 コスメ収納 白", 1580)),
    "swab": items("コスメ > 綿棒・コットン", ("ケース入り 綿棒 200本 抗菌 黒", 298), ("ケース入り 綿棒 細軸 ベビー 300本", 398)),
    "lipbrush": items("メイク道具 > ブラシ", ("リップブラシ スライド式 携帯 ゴールド", 580),
                      ("リップブラシ 熊野筆 コンシーラー兼用", 1980), ("リップブラシ キャップ付き 細筆 2本", 480)),
    "lipstick": items("メイク > リップ", ("リップ 口紅 マット ローズ 3.5g", 1480), ("リップティント ウォータープルーフ コーラル", 1280),
                      ("リップクリーム 保湿 無香料 2本", 480)),
    "lipoil": items("メイク > リップ > リップオイル", ("リップオイル ほんのり色づく ピーチ 4ml", 1280),
                    ("Lip Oil, Hydrating, Tinted, Cherry", 1480), ("リップオイル 保湿 透明 グロス 4ml", 980)),
    "porevac": items(PORE, ("毛穴吸引器 5段階吸引 ヘッド6種 白", 2980), ("毛穴吸引器 カメラ付き スマホ連動 白", 4980),
                     ("毛穴吸引器 USB充電 コンパクト ピンク", 1980),
                     ("Pore Vacuum, Blackhead Remover, 5 Suction Levels, White", 3480)),
    "porevac_acc": items(f"{PORE} > 交換パーツ", ("毛穴吸引器用 交換ヘッド 6個 白", 580), ("毛穴吸引器専用 フィルター 20枚", 480),
                         ("毛穴吸引器対応 充電ケーブル USB 白", 380)),
    "cushion": items(MK, ("クッションファンデ SPF50+ ナチュラルベージュ 15g", 1980), ("クッションファンデ カバー力 ツヤ肌 ライト", 2480),
                     ("Cushion Foundation, Dewy Finish, SPF 40, Light Beige", 2280),
                     ("クッションファンデーション マット 崩れにくい 21号", 2980)),
    "cushion_acc": items(f"{MK} > Puffs & Cases", ("クッションファンデ用 パフ しずく型 5個", 480),
                         ("クッションファンデ専用 空ケース 詰め替え用", 680), ("パフ クッションファンデ用 洗える 2個", 380)),
    "balm": items(f"{SK} > Cleansing", ("クレンジングバーム 毛穴 W洗顔不要 90g", 1980),
                  ("Cleansing Balm, Makeup Melting, Unscented, 100ml", 2480),
                  ("Cleansing Balm with Papaya Enzyme, 90g", 2180)),
    "tonerpad": items(f"{SK} > Toner", ("Toner Pads, Exfoliating, 70 Pads", 2280), ("トナーパッド 拭き取り 角質ケア 60枚", 1980),
                      ("Soothing Toner Pads, Centella, 70 Sheets", 2580)),
    "eyecream": items(f"{SK} > Eye Care", ("アイクリーム レチノール 目元 20g", 2480),
                      ("Eye Cream, Caffeine, Dark Circles, 15ml", 1980),
                      ("Retinol Eye Cream, Anti-Wrinkle, 30ml", 2980)),
    "facewash": items(f"{SK} > Face Wash", ("洗顔フォーム 泡立ち 毛穴 120g", 680), ("洗顔料 薬用 ニキビ予防 100g", 880),
                      ("泡洗顔 ポンプ 敏感肌 150ml", 1280)),
    "noise": each(("クレンジングオイル 毛穴 200ml", f"{SK} > Cleansing", 1480),
                  ("Cleansing Oil, Deep Clean, 200ml", f"{SK} > Cleansing", 1780),
                  ("化粧水 しっとり 大容量 500ml", f"{SK} > Toner", 980),
                  ("Facial Cotton Pads, 100 Count", "コスメ > 綿棒・コットン", 380),
                  ("Face Cream, Ceramide, 50ml", f"{SK} > Moisturizers", 2480),
                  ("Eye Patches, Hydrogel, 60 Pieces", f"{SK} > Eye Care", 1680)),
}

NS, HA, HC, NC = "ネイル > ネイル収納", "ヘアアクセサリー", "ヘアケア", "Nail Care"
MACHINE, CURL = "ネイル > ネイルマシン", f"{HC} > ヘアアイロン・カーラー"

NAIL = {
    "stonecase": items(NS, ("ストーンケース 28マス 仕切り クリア", 680), ("ストーンケース 回転式 ネイルパーツ 12連", 980),
                       ("ネイル ストーンケース ミニ 蓋付き 6個", 480)),
    "nailcase": items(NS, ("ネイルチップ 収納ケース 24マス", 580), ("マニキュア 収納ケース 持ち手付き 30本", 1980)),
    "stones": items("ネイル > ネイルパーツ", ("ケース入り ラインストーン ネイル用 ミックス 2000粒", 780),
                    ("ケース入り ストーン オーロラ 12サイズ", 580)),
    "hairpincase": items(f"{HA} > 収納", ("ヘアピンケース マグネット 蓋付き", 480), ("ヘアピンケース 携帯用 ピンク", 680)),
    "hairpins": items(f"{HA} > ヘアピン", ("ケース入り ヘアピン アメピン 黒 200本", 398), ("ケース入り ヘアピン Uピン 茶 100本", 498)),
    "rack": items(NS, ("マニキュアラック 壁掛け 5段 アクリル", 1980), ("マニキュア ラック 回転式 卓上 48本", 2980),
                  ("マニキュアラック 木製 3段 ナチュラル", 1680)),
    "polish": items("ネイル > マニキュア", ("マニキュア 速乾 ピンクベージュ 10ml", 480), ("マニキュア ラメ シルバー 8ml", 380)),
    "treatcap": items(f"{HC} > ヘアケアグッズ", ("トリートメントキャップ 加熱式 USB ヒートキャップ", 2480),
                      ("トリートメントキャップ 使い捨て 100枚", 580), ("トリートメントキャップ シリコン 繰り返し 洗える", 880)),
    "treatment": items(f"{HC} > トリートメント", ("トリートメント ダメージ補修 500g", 1280),
                       ("洗い流さない トリートメント ミルク 100ml", 1480)),
    "drill": items(MACHINE, ("ネイルドリル 電動 コードレス 30000回転 白", 4980), ("ネイルドリル USB ペン型 軽量 ピンク", 1980),
                   ("ネイルドリル 充電式 ビット6本付き ピンク", 2980),
                   ("Electric Nail Drill, 35000 RPM, Rechargeable, Pink", 3980), ("ネイルドリル ミニ 乾電池式 白", 1480)),
    "drill_acc": items(f"{MACHINE} > ビット・パーツ", ("ネイルドリル用 ビット 10本セット", 980),
                       ("ネイルドリル専用 交換ハンドピース ピンク", 1480), ("ネイルドリル対応 ビットスタンド ピンク", 580),
                       ("ビット ネイルドリル用 セラミック 3本 ピンク", 780)),
    "curler": items(CURL, ("ホットカーラー 20本 セラミック ピンク", 3980), ("ホットカーラー 6本 旅行用 コンパクト 白", 2480),
                    ("ホットカーラー 大中小 12本 ピンク", 2980)),
    "curler_acc": items(f"{CURL} > 交換パーツ", ("ホットカーラー用 クリップ 20個 ピンク", 480), ("ホットカーラー専用 収納ケース", 980),
                        ("交換用 ピン ホットカーラー用 ピンク 24本", 380)),
    "hairoil": items("Hair Care > Hair Oils", ("ヘアオイル 椿油 洗い流さない 100ml", 1280),
                     ("Argan Hair Oil, Lightweight, 100ml", 1980), ("Hair Oil, Anti-Frizz, Curly Hair, 50ml", 1680)),
    "topcoat": items(f"{NC} > Top Coats", ("トップコート 速乾 ツヤ 10ml", 680), ("Quick Dry Top Coat, High Gloss, 15ml", 980),
                     ("ジェル トップコート ノンワイプ 10g", 880)),
    "nailfile": items(f"{NC} > Nail Files", ("ネイルファイル ガラス製 両面 ピンク", 780),
                      ("Glass Nail File, Crystal, Double Sided", 880),
                      ("Nail Files, 100/180 Grit, 10 Pack", 580)),
    "nailsticker": items(f"{NC} > Nail Stickers", ("ネイルシール 貼るだけ フレンチ 24枚", 580),
                         ("ネイルシール ジェル 硬化タイプ マーブル", 980), ("ネイルシール キッズ キラキラ 10シート", 380)),
    "noise": each(("Cuticle Oil Pen, Vitamin E, 2 Pack", f"{NC} > Nail Treatments", 880),
                  ("ベースコート 爪保護 10ml", f"{NC} > Base Coats", 580)),
}

SHOPS = {"beauty": BEAUTY, "hair": HAIR, "skin": SKIN, "nail": NAIL}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("hair", "headband wig", "hbwig", ["wig"], ["wighb"]),
    two_types("hair", "wig headband", "wighb", ["headband"], ["hbwig"]),
    two_types("skin", "綿棒 ケース", "swabcase", ["case"], ["swab"]),
    two_types("nail", "ストーン ケース", "stonecase", ["nailcase", "hairpincase"], ["stones"]),
    two_types("nail", "ヘアピン ケース", "hairpincase", ["nailcase", "stonecase"], ["hairpins"]),
    # --- 2. a leading product word that modifies the head
    qualifies("beauty", "lash glue", ["lashglue"], ["lashes"]),
    qualifies("beauty", "perfume atomizer", ["atomizer"], ["perfume"]),
    qualifies("beauty", "eyeshadow brush", ["esbrush"], ["eyeshadow"]),
    qualifies("hair", "wig stand", ["wigstand"], ["wig", "hbwig"]),
    qualifies("hair", "headband holder", ["hbholder"], ["headband", "wighb"]),
    qualifies("skin", "リップ ブラシ", ["lipbrush"], ["lipstick", "lipoil"]),
    qualifies("nail", "マニキュア ラック", ["rack"], ["polish"]),
    qualifies("nail", "トリートメント キャップ", ["treatcap"], ["treatment"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("beauty", "vanity mirror", ["vanity"], ["vanity_acc"]),
    accessories("beauty", "wax warmer", ["warmer"], ["warmer_acc"]),
    accessories("hair", "curling wand", ["wand"], ["wand_acc"]),
    accessories("hair", "scalp massager", ["massager"], ["massager_acc"]),
    accessories("skin", "毛穴吸引器", ["porevac"], ["porevac_acc"]),
    accessories("skin", "クッションファンデ", ["cushion"], ["cushion_acc"]),
    accessories("nail", "ネイルドリル", ["drill"], ["drill_acc"]),
    accessories("nail", "ホットカーラー", ["curler"], ["curler_acc"]),
    # white vanity mirrors: Glowmere 39, Hollywood 89, desktop 24 (a black tri-fold 29, a pink round one 16;
    # white accessories 8-12)
    price("beauty", "cheap white vanity mirror", "vanity-3", ["vanity_acc"]),
    # black curling wands: Curlvana 29, 5-in-1 set 49, clipless 24 (a rose gold one 39, a pink one 19; black
    # accessories 7-14)
    price("hair", "budget black curling wand", "wand-3", ["wand_acc"]),
    # pink scalp massagers: electric 29, shampoo brush 9, copper prongs 12 (black ones 6 and 34; pink accessories 4-8)
    price("hair", "cheap pink scalp massager", "massager-1", ["massager_acc"]),
    # white pore vacuums: 5-level 2980, camera 4980, English 3480 (a pink one 1980; white accessories 380-580)
    price("skin", "安い 白 毛穴吸引器", "porevac-0", ["porevac_acc"]),
    # pink nail drills: pen type 1980, with bits 2980, English 3980 (white ones 4980 and 1480; pink accessories
    # 580-1480)
    price("nail", "激安 ピンク ネイルドリル", "drill-1", ["drill_acc"]),
    # pink hot curlers: 20 rollers 3980, three sizes 2980 (a white travel set 2480; pink accessories 380-480)
    price("nail", "お手頃 ピンク ホットカーラー", "curler-2", ["curler_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("skin", "クレンジングバーム", "balm"),
    mixed("skin", "トナーパッド", "tonerpad"),
    mixed("skin", "アイクリーム", "eyecream"),
    mixed("skin", "リップオイル", "lipoil"),
    mixed("skin", "face wash", "facewash"),
    mixed("nail", "ヘアオイル", "hairoil"),
    mixed("nail", "トップコート", "topcoat"),
    mixed("nail", "ネイルファイル", "nailfile"),
    mixed("nail", "nail stickers", "nailsticker"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind85(q: Q, setup: str, known_limit):
    known_limit("blind85")
    check(q, setup, ENGINES)


def test_blind85_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "black": "Black", "pink": "Pink", "白": "White", "ピンク": "Pink"})
