"""A hundred-and-twenty-eighth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
eyewear (English: clip sunglasses and sunglasses clips, sunglasses and their cases and parts,
reading glasses and their accessories, blue light glasses, ski goggles), nail and eye makeup
supplies (English: liner gels and gel liners, liner brushes and brush liners, builder gels, gel
polish and polish removers, mascara and mascara brushes, nail lamps and nail drills with their
parts), a Japanese perfume shop 香水・フレグランス (香水 and 香水スタンド, アトマイザー and their cases,
練り香水, ボディミスト, ロールオン; part of its category tree in English, with English-titled imports
whose Japanese names are katakana loanwords or plain Japanese: Eau de Parfum, Perfume Atomizer,
Solid Perfume, Body Mist, Roll-On Perfume Oil) and a Japanese hair accessory and hair tool shop
ヘアアクセサリー・ヘアケア道具 (バンスクリップ, シュシュ, カチューシャ and カチューシャスタンド,
ヘアブラシ, ストレートアイロン, ドライヤーホルダー; English-titled imports too: Claw Clip, Scrunchie,
Headband, Hair Straightener; combs under an English category with Japanese titles). Shops of 30-50
items, category paths 2-3 levels deep, marketplace titles.

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

Written blind on 2026-12-01 (A hundred-and-twenty-eighth suite), as a measurement only (nothing
changed for it): 73 of 89 cases pass, 30 of 36 queries in every setup (two_types 5/6 queries, 11/12
cases; qualifies 8/8, 20/20; accessories 6/8, 14/20; price 6/6, 15/15; mixed 5/8, 13/22); the 16
failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "sunglasses clip" with
the bag-of-words encoder (a clip sunglasses item above a glasses clip), and in all their setups 香水
and ストレートアイロン (the English-titled perfumes and hair straightener not returned while
accessories are), 練り香水 and ロールオン (the English-titled solid perfumes and roll-ons not
returned), スクランチー (the シュシュ not returned).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

E, EA = "Eyewear", "Eyewear Accessories"
SUN = f"{E} > Sunglasses"

EYEWEAR = {
    "clipsun": items(f"{SUN} > Clip-On Sunglasses",
                     ("Vistaline Polarized Clip Sunglasses, Flip Up, Rimless, Grey Lens", 29),
                     ("Magnetic Clip Sunglasses, Polarized, Rectangle, Black", 24),
                     ("Sunpeak Clip Sunglasses, Polarized, Round, Brown Lens", 19)),
    "sunglasses": items(SUN, ("Sunpeak Polarized Aviator Sunglasses, Metal Frame, Gold/Green", 39),
                        ("Vistaline Classic Square Sunglasses, UV400, Black", 25),
                        ("Oversized Cat Eye Sunglasses, Women's, Tortoise", 18),
                        ("Sport Wrap Sunglasses, Polarized, Cycling, Matte Black", 45)),
    "sun_acc": items(f"{EA} > Sunglasses Parts",
                     ("Replacement Lenses for Sport Wrap Sunglasses, Polarized, Smoke", 19),
                     ("Sunglasses Replacement Nose Pads, Silicone, 5 Pairs", 6)),
    "suncase": items(f"{EA} > Cases", ("Sunglasses Case, Large, Zipper, Grey", 12),
                     ("Hard Shell Sunglasses Case, Oversized Frames, Black", 14),
                     ("Foldable Sunglasses Case, Triangle, Leather, Tan", 16)),
    "case": items(f"{EA} > Cases", ("Hard Shell Glasses Case, Clamshell, Black", 9),
                  ("Slim Leather Glasses Case, Slip In, Brown", 15)),
    "clip": items(f"{EA} > Clips & Holders", ("Eyeglass Holder Clip, Magnetic, Shirt Pin, Silver", 8),
                  ("Visor Clip for Glasses, Card Holder, 2 Pack, Black", 6),
                  ("Lanyard Clip Holder for Glasses, Leather, Brown", 7)),
    "sunclip": items(f"{EA} > Clips & Holders", ("Sunglasses Clip for Car Visor, Magnetic, Leather, Black", 9),
                     ("Car Visor Sunglasses Clip, Ticket Holder, 2 Pack, Silver", 8),
                     ("Leather Sunglasses Clip, Visor Mount, Brown", 11)),
    "readers": items(f"{E} > Reading Glasses", ("Vistaline Reading Glasses, 3 Pack, +1.50, Black", 12),
                     ("Blue Light Reading Glasses, Spring Hinge, +2.00, Tortoise", 22),
                     ("Vistaline Reading Glasses, Oval, +1.50, Tortoise", 17),
                     ("Foldable Reading Glasses with Case, +2.50, Red", 16),
                     ("Rimless Reading Glasses, Lightweight, +1.00, Clear", 14),
                     ("Metal Reading Glasses, Half Frame, +2.00, Tortoise", 24)),
    "reader_acc": items(f"{EA} > Reading Glasses Accessories", ("Case for Reading Glasses, Slim Pocket, Tortoise", 6),
                        ("Reading Glasses Replacement Temple Tips, 10 Pairs", 5),
                        ("Neck Cord for Reading Glasses, Beaded, Tortoise", 7)),
    "bluelight": items(f"{E} > Blue Light Glasses", ("Blue Light Blocking Glasses, Computer, Round, Black", 17),
                       ("Kids Blue Light Glasses, Flexible Frame, Blue", 14),
                       ("Vistaline Blue Light Glasses, Cat Eye, Pink", 21)),
    "cleaning": items(f"{EA} > Cleaning", ("Lens Cleaner Spray, 8 oz, with Microfiber Cloth", 9),
                      ("Lens Cleaning Wipes, Individually Wrapped, 200 Count", 11),
                      ("Microfiber Cleaning Cloths, 6 Pack, Grey", 7)),
    "repair": items(f"{EA} > Repair", ("Eyeglass Repair Kit, Screws, Nose Pads, Screwdriver", 8)),
    "goggles": items(f"{E} > Ski Goggles", ("Snowline Ski Goggles, OTG, Anti-Fog, Red Mirror", 59),
                     ("Kids Ski Goggles, Double Lens, Blue", 29)),
}

N, EM, MB = "Beauty > Nails", "Beauty > Eye Makeup", "Beauty > Makeup Brushes"

BEAUTY = {
    "linergel": items(f"{N} > Nail Art Gels", ("Glossa Liner Gel, Nail Art Line Painting, Black, 5ml", 7),
                      ("Liner Gel Set, 12 Colors, Soak Off, Nail Art", 19),
                      ("Glossa Liner Gel with Fine Brush Cap, White", 8)),
    "gel": items(f"{N} > Builder & Hard Gels", ("Glossa Builder Gel, Clear, 15ml", 14),
                 ("Hard Gel for Nail Extensions, Pink, 30g", 16),
                 ("Poly Gel Kit, Nude, 6 Tubes, with Slip Solution", 25)),
    "gelliner": items(f"{EM} > Eyeliner", ("Inkwell Gel Liner, Waterproof, Black, Pot with Brush", 12),
                      ("Gel Liner Pencil, Smudgeproof, Brown", 9),
                      ("Inkwell Gel Liner, 24H Wear, Navy", 12)),
    "liner": items(f"{EM} > Eyeliner", ("Inkwell Liquid Liner, Felt Tip, Black", 10),
                   ("Waterproof Pencil Liner, Retractable, Brown", 7),
                   ("Kohl Eye Liner, Soft, Black", 6)),
    "brushliner": items(f"{EM} > Eyeliner", ("Inkwell Brush Liner, Liquid Eyeliner, Jet Black", 11),
                        ("Brush Liner, Waterproof, Ultra Fine Tip, Brown", 9),
                        ("Inkwell Brush Liner, Deep Brown", 11)),
    "linerbrush": each(("Liner Brush, Nail Art, 9mm, Kolinsky", f"{N} > Nail Art Brushes", 6),
                       ("Angled Liner Brush, Eyeliner, Synthetic", MB, 7),
                       ("Liner Brush Set, Nail Art, 3 Sizes", f"{N} > Nail Art Brushes", 9)),
    "brush": each(("Gel Brush, Oval, Size 6", f"{N} > Nail Art Brushes", 7),
                  ("Blending Brush, Eyeshadow, Synthetic", MB, 8),
                  ("Smudge Brush, Dense, Eye Makeup", MB, 6)),
    "mascarabrush": items("Beauty > Tools > Spoolies", ("Disposable Mascara Brushes, 100 Pack, Black", 6),
                          ("Mascara Brush, Reusable, Silicone Spoolie", 4),
                          ("Mascara Brushes with Tube, Spoolie, 10 Pack, Pink", 7)),
    "mascara": items(f"{EM} > Mascara", ("Inkwell Volume Mascara, Black", 12),
                     ("Lengthening Mascara, Waterproof, Brown Black", 9),
                     ("Tubing Mascara, Smudge Proof, Black", 14)),
    "gelpolish": items(f"{N} > Gel Polish", ("Glossa Gel Polish, Soak Off, Red, 15ml", 9),
                       ("Gel Polish Set, 6 Colors, Nudes", 24),
                       ("Glossa Gel Polish, Soak Off, Nude Pink, 15ml", 9),
                       ("Gel Nail Polish, Long Lasting, Black, 10ml", 7)),
    "polish": items(f"{N} > Nail Polish", ("Classic Nail Polish, Quick Dry, Red", 5),
                    ("Nail Polish, Matte, 0.5 fl oz, Navy", 6)),
    "remover": items(f"{N} > Removers", ("Nail Polish Remover, Acetone Free, 200ml", 5),
                     ("Gel Polish Remover, Soak Off, 100ml", 8),
                     ("Polish Remover Pads, 32 Count", 4)),
    "lamp": items(f"{N} > Nail Lamps", ("LED UV Nail Lamp, 48W, Auto Sensor, White", 29),
                  ("Cordless Nail Lamp, Rechargeable, 72W, Pink", 45),
                  ("Mini UV Nail Lamp, USB, White", 12),
                  ("Mini LED Nail Lamp, Foldable, Pink", 15)),
    "lamp_acc": items(f"{N} > Lamp Parts", ("Replacement Bulbs for UV Nail Lamp, 4 Pack", 9),
                      ("Nail Lamp Replacement Base Plate, Magnetic, Pink", 7),
                      ("Hand Rest Pillow for Nail Lamp, Pink", 9)),
    "drill": items(f"{N} > Nail Drills", ("Electric Nail Drill, 30000 RPM, Portable, Pink", 39),
                   ("Professional Nail Drill Machine, 35000 RPM, White", 69),
                   ("Compact Nail Drill, USB Pen, White", 19),
                   ("Rechargeable Nail Drill, Cordless, Black", 15)),
    "drill_acc": items(f"{N} > Drill Bits & Parts", ("Nail Drill Bits, Carbide, 6 Pack", 12),
                       ("Replacement Handpiece for Nail Drill, White", 25),
                       ("Sanding Bands for Nail Drill, 100 Pack, White", 6)),
}

K, F = "香水・フレグランス", "Fragrance"

PERFUME = {
    "perfume": items(f"{K} > 香水", ("香水 オードトワレ ホワイトムスク 50ml", 3980),
                     ("オードパルファム 香水 レディース フローラル 30ml", 4980),
                     ("香水 メンズ シトラス オードトワレ 100ml", 5480),
                     ("オードパルファム サボン 50ml ユニセックス", 4380))
    + each(("Eau de Parfum Spray, Amber Woods, 50ml", f"{F} > Eau de Parfum", 6800),
           ("Eau de Toilette, Fresh Citrus, 100ml", f"{F} > Eau de Toilette", 5200)),
    "perfume_acc": items(f"{K} > 香水小物", ("香水用 詰め替えノズル 交換用 5個", 480),
                         ("香水専用 収納ボックス 6本用 ベロア", 1980),
                         ("トレイ 香水用 ミラー ゴールド", 1680)),
    "perfumestand": items(f"{K} > 香水小物", ("香水 スタンド アクリル 3段 ディスプレイ クリア", 1980),
                          ("香水スタンド 回転式 収納 白", 2480),
                          ("香水 スタンド 木製 2段 ナチュラル", 1780)),
    "atomizer": items(f"{K} > アトマイザー", ("アトマイザー 香水 詰め替え 5ml 黒", 980),
                      ("アトマイザー アルミ 8ml 黒 2本セット", 1180))
    + each(("Perfume Atomizer, Refillable, Travel, 8ml, Black", f"{F} > Atomizers", 1480))
    + items(f"{K} > アトマイザー", ("アトマイザー ガラス 4ml シルバー", 680),
            ("アトマイザー ボトム充填 5ml ゴールド", 880)),
    "atomcase": items(f"{K} > アトマイザー > アトマイザー小物", ("アトマイザー用 ケース レザー 黒", 580),
                      ("アトマイザーケース 5ml用 シリコン ピンク", 480),
                      ("アトマイザー 収納ケース 4本用 ポーチ 黒", 880)),
    "atom_acc": items(f"{K} > アトマイザー > アトマイザー小物", ("アトマイザー専用 詰め替えツール 漏斗 3個", 330),
                      ("アトマイザー対応 交換用 ポンプヘッド 黒 2個", 380)),
    "solid": items(f"{K} > 練り香水", ("練り香水 サボン 10g", 1280), ("練り香水 ホワイトフローラル スティック 携帯", 1480))
    + items(f"{F} > Solid Perfume", ("Solid Perfume, Vanilla Musk, Compact, 8g", 1680),
            ("Solid Perfume Balm, Jasmine, Tin, 15g", 1380)),
    "bodymist": items(f"{K} > ボディミスト", ("ボディミスト フローラル 200ml", 1480), ("ボディミスト シトラス 携帯 100ml", 1280))
    + items(f"{F} > Body Mist", ("Body Mist, Coconut Vanilla, 236ml", 1680),
            ("Fine Fragrance Body Mist, Pear Blossom, 250ml", 1880)),
    "hairmist": items(f"{F} > Hair Mist", ("ヘアミスト サボンの香り 150ml", 1980), ("ヘアミスト ローズ 寝ぐせ直し 100ml", 1580),
                      ("ヘアミスト ホワイトティー 80ml", 1780)),
    "rollon": items(f"{K} > ロールオン", ("ロールオン 香水 ムスク 10ml", 1680), ("ロールオン フレグランスオイル ジャスミン 10ml", 1880))
    + items(f"{F} > Roll-On", ("Roll-On Perfume Oil, Sandalwood, 10ml", 2200), ("Perfume Oil Roller, Rose, 8ml", 1980)),
}

HA, HT = "ヘアアクセサリー", "ヘアケア道具"

HAIR = {
    "clip": items(f"{HA} > バンスクリップ", ("バンスクリップ 大 べっこう柄 ヘアクリップ", 980),
                  ("バンスクリップ マット 4個セット くすみカラー", 880))
    + items("Hair Accessories > Claw Clips", ("Claw Clip, Large, Matte, Black", 1100),
            ("Claw Clips, Set of 4, Tortoise Shell", 1300)),
    "scrunchie": items(f"{HA} > シュシュ", ("シュシュ サテン 3個セット", 660), ("シュシュ ベロア 大きめ ブラウン", 550))
    + items("Hair Accessories > Scrunchies", ("Silk Scrunchies, 5 Pack, Neutral Colors", 1480),
            ("Satin Scrunchie Set, 6 Pieces, Pastel", 980)),
    "headband": items(f"{HA} > カチューシャ・ヘッドバンド", ("カチューシャ パール 細め ゴールド", 1280),
                      ("ヘッドバンド ヨガ スポーツ 幅広 黒", 880))
    + items("Hair Accessories > Headbands", ("Knotted Headband, Velvet, Black", 1200),
            ("Padded Headband, Wide, Cream", 1400)),
    "hbstand": items(f"{HA} > 収納", ("カチューシャ スタンド 収納 アクリル 10本用", 1480),
                     ("カチューシャスタンド 木製 2段 ナチュラル", 1980),
                     ("カチューシャ 収納スタンド ホルダー 白", 1280)),
    "brush": items(f"{HT} > ヘアブラシ", ("ヘアブラシ 豚毛 クッション 楕円 木製", 2980), ("ヘアブラシ 絡まない 白", 1280))
    + each(("Detangling Hair Brush, Wet & Dry, White", "Hair Tools > Brushes", 1580))
    + items(f"{HT} > ヘアブラシ", ("ヘアブラシ パドル 大きめ 白", 1980), ("ヘアブラシ 折りたたみ 携帯 黒", 880)),
    "brush_acc": items(f"{HT} > ヘアブラシ > ブラシ小物", ("ヘアブラシ用 クリーナー 熊手型 白", 380),
                       ("ヘアブラシ専用 収納ケース 白", 680),
                       ("交換用 クッションパッド ヘアブラシ対応", 480)),
    "iron": items(f"{HT} > ヘアアイロン", ("ストレートアイロン 230℃ プロ仕様 黒", 4980),
                  ("ヘアアイロン ストレート 2way 白", 3980))
    + each(("Hair Straightener, Ceramic, 1 Inch, Black", "Hair Tools > Straighteners", 5980))
    + items(f"{HT} > ヘアアイロン", ("ストレートアイロン 細め 前髪 黒", 3480), ("ミニ ストレートアイロン 携帯 ピンク", 2480)),
    "iron_acc": items(f"{HT} > ヘアアイロン > アイロン小物", ("ストレートアイロン用 耐熱ポーチ 黒", 980),
                      ("ストレートアイロン専用 耐熱グローブ 黒", 680),
                      ("ヘアアイロン対応 耐熱マット 黒", 780)),
    "dryer": items(f"{HT} > ドライヤー", ("ドライヤー 大風量 速乾 マイナスイオン 白", 6980))
    + each(("Ionic Hair Dryer, 1800W, Black", "Hair Tools > Hair Dryers", 7980)),
    "dryerholder": items(f"{HT} > ドライヤー > ドライヤーホルダー", ("ドライヤー ホルダー 壁掛け 粘着 白", 980),
                         ("ドライヤーホルダー ステンレス ネジ止め", 1280),
                         ("ドライヤー ホルダー 洗面所 収納 マグネット 黒", 1480)),
    "comb": items("Hair Tools > Combs", ("つげ櫛 薩摩つげ 椿油仕上げ", 3980), ("コーム 粗目 細目 両用 静電気防止", 680),
                  ("テールコーム 金属ピン 黒", 480), ("木製 コーム 携帯 ミニ", 580)),
}

SHOPS = {"eyewear": EYEWEAR, "beauty": BEAUTY, "perfume": PERFUME, "hair": HAIR}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("eyewear", "clip sunglasses", "clipsun", ["sunglasses"], ["sunclip"]),
    two_types("eyewear", "sunglasses clip", "sunclip", ["clip"], ["clipsun"]),
    two_types("beauty", "liner gel", "linergel", ["gel"], ["gelliner"]),
    two_types("beauty", "gel liner", "gelliner", ["liner", "brushliner"], ["linergel"]),
    two_types("beauty", "liner brush", "linerbrush", ["brush"], ["brushliner"]),
    two_types("beauty", "brush liner", "brushliner", ["liner", "gelliner"], ["linerbrush"]),
    # --- 2. a leading product word that modifies the head
    qualifies("eyewear", "sunglasses case", ["suncase"], ["sunglasses"]),
    qualifies("beauty", "gel polish", ["gelpolish"], ["gel"]),
    qualifies("beauty", "mascara brush", ["mascarabrush"], ["mascara"]),
    qualifies("beauty", "polish remover", ["remover"], ["polish", "gelpolish"]),
    qualifies("perfume", "香水 スタンド", ["perfumestand"], ["perfume"]),
    qualifies("perfume", "アトマイザー ケース", ["atomcase"], ["atomizer"]),
    qualifies("hair", "カチューシャ スタンド", ["hbstand"], ["headband"]),
    qualifies("hair", "ドライヤー ホルダー", ["dryerholder"], ["dryer"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("eyewear", "sunglasses", ["sunglasses", "clipsun"], ["sun_acc", "suncase", "sunclip"]),
    accessories("eyewear", "reading glasses", ["readers"], ["reader_acc"]),
    accessories("beauty", "nail lamp", ["lamp"], ["lamp_acc"]),
    accessories("beauty", "nail drill", ["drill"], ["drill_acc"]),
    accessories("perfume", "香水", ["perfume"], ["perfume_acc", "perfumestand", "atomizer", "atomcase", "atom_acc"]),
    accessories("perfume", "アトマイザー", ["atomizer"], ["atomcase", "atom_acc"]),
    accessories("hair", "ヘアブラシ", ["brush"], ["brush_acc"]),
    accessories("hair", "ストレートアイロン", ["iron"], ["iron_acc"]),
    # tortoise reading glasses: blue light 22, Vistaline oval 17, metal half frame 24 (a black 3 pack 12;
    # tortoise accessories 6-7)
    price("eyewear", "budget tortoise reading glasses", "readers-2", ["reader_acc"]),
    # pink nail lamps: cordless 45, mini LED 15 (a white mini 12; pink lamp parts 7-9)
    price("beauty", "budget pink nail lamp", "lamp-3", ["lamp_acc"]),
    # white nail drills: professional 69, compact 19 (a black cordless 15; white drill parts 6-25)
    price("beauty", "cheap white nail drill", "drill-2", ["drill_acc"]),
    # black atomizers: 5ml 980, aluminium 1180, English 1480 (a silver 680, a gold 880; black cases and parts 380-880)
    price("perfume", "格安 黒 アトマイザー", "atomizer-0", ["atomcase", "atom_acc"]),
    # white hair brushes: 絡まない 1280, English 1580, paddle 1980 (a black folding 880; white accessories 380-680)
    price("hair", "安い 白 ヘアブラシ", "brush-1", ["brush_acc"]),
    # black straighteners: 230℃ 4980, English 5980, 細め 3480 (a pink mini 2480; black accessories 680-980)
    price("hair", "激安 黒 ストレートアイロン", "iron-3", ["iron_acc"]),
    # --- 4. Japanese queries among English-titled items, English over a Japanese-titled English tree
    mixed("perfume", "練り香水", "solid"),
    mixed("perfume", "ボディミスト", "bodymist"),
    mixed("perfume", "ロールオン", "rollon"),
    mixed("perfume", "hair mist", "hairmist"),
    mixed("hair", "バンスクリップ", "clip"),
    mixed("hair", "スクランチー", "scrunchie"),
    mixed("hair", "ヘッドバンド", "headband"),
    mixed("hair", "comb", "comb"),
]

LIMITS: dict = {
    ("blind128", "two_types:eyewear:sunglasses_clip", "categories-dense"):
        "a clip sunglasses item ranks above a glasses clip (Lanyard Clip Holder for Glasses)",
    **{("blind128", "accessories:perfume:香水", s): "the English-titled Eau de Parfum and Eau de Toilette are not "
       "returned while a 香水用 tray is" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind128", "accessories:hair:ストレートアイロン", s): "the English-titled Hair Straightener is not returned "
       "while a ストレートアイロン用 pouch is" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind128", "mixed:perfume:練り香水", s): "only the two Japanese-titled 練り香水 are returned, no Solid Perfume"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind128", "mixed:perfume:ロールオン", s): "only the two Japanese-titled ロールオン are returned, no Roll-On "
       "Perfume Oil or Perfume Oil Roller" for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
    **{("blind128", "mixed:hair:スクランチー", s): "only the two English-titled Scrunchies are returned, no シュシュ"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind128(q: Q, setup: str, known_limit):
    known_limit("blind128")
    check(q, setup, ENGINES)


def test_blind128_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"tortoise": "Tortoise", "pink": "Pink", "white": "White", "黒": "Black", "白": "White"})
