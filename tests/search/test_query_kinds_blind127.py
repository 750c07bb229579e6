"""A hundred-and-twenty-seventh blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little: home
fragrance and candle making (English: reed diffusers and diffuser reeds, wax candles and candle wax,
aroma diffusers and their parts, oil burners and burner accessories, wick trimmers and wicks,
diffuser necklaces), bedding and mattresses (English: foam pillows and pillow foam, duvet clips,
mattress protectors, air mattresses with their pumps and repair parts, heated mattress pads with
their controllers and cords), a Japanese curtain and window shop カーテン・窓まわり (マグネットカーテン
and カーテン マグネット, タッセル, カーテンフック, 電動カーテンレール and its parts; part of its category
tree in English, with English-titled imports whose Japanese names are katakana loanwords: blinds
ブラインド, curtain poles カーテンポール, cafe curtains カフェカーテン) and a Japanese rug and floor-mat
shop ラグ・カーペット (ホットカーペット and its covers, ラグクリーナー, ジョイントマット and its edge parts,
キッチンマット under an English branch; English-titled imports too: シャギーラグ Shaggy Rug,
ランナーラグ Runner Rug, ドアマット Door Mat). Shops of 39-49 items, category paths 2-3 levels deep,
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

Written blind on 2026-12-01 (a hundred-and-twenty-seventh suite), as a measurement only (nothing
changed for it): 86 of 92 cases pass, 34 of 37 queries in every setup (two_types 6/8 queries,
15/18 cases; qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 7/8, 19/22);
the 6 failing cases are strict xfails (`LIMITS`, through `conftest.known_limit`): "diffuser
reeds" with the dense side (a "Replacement Reeds for Reed Diffusers" first), "wax candle" in both
its setups (candle wax pellets above the plain candles) and "シャギーラグ" in all three (plain ラグ
third, the English Shaggy Rug imports missed).
After (the seventeenth session's own rule mended: a query says a category whole only where the leaf
its modifier names is right below the level named for its type, "Noodles > Udon"; "wax candle" had
read "Candles > Candle Making > Wax" as the candles' category): "wax candle" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

HF, CN = "Home Fragrance", "Candles"
DIFF, MAKE = f"{HF} > Diffusers", f"{CN} > Candle Making"

SCENT = {
    "reeddiff": items(f"{DIFF} > Reed Diffusers", ("Hearthly Reed Diffuser, Fig & Cassis, 200ml, Amber Glass", 28),
                      ("Lumen & Co Reed Diffuser, White Tea, 150ml with 10 Rattan Reeds", 24),
                      ("Black Pomegranate Reed Diffuser, 250ml, Black Bottle", 34),
                      ("Sea Salt & Sage Reed Diffuser Gift Set, 2 x 100ml", 39)),
    "diffuser.aroma": items(f"{DIFF} > Electric Diffusers",
                            ("Hearthly Aroma Diffuser, Ultrasonic, 300ml, Wood Grain, 7 Colour Light", 29),
                            ("Mistral Aroma Diffuser, 500ml, Remote Control, White", 39),
                            ("Ceramic Aroma Diffuser, 100ml, USB, White", 24),
                            ("Lumen & Co Aroma Diffuser, Glass Dome, 120ml, White", 45),
                            ("Mini Aroma Diffuser, 50ml, USB, Pink", 14)),
    "diffuser.other": items(f"{DIFF} > Electric Diffusers", ("Waterless Nebulizing Diffuser, Glass, Black", 59)),
    "aroma_acc": items(f"{DIFF} > Diffuser Parts", ("Replacement Water Tank for Aroma Diffusers, 300ml, White", 9),
                       ("Aroma Diffuser Replacement Mist Disc, 2 Pack", 7),
                       ("USB Power Adapter for Aroma Diffuser, 5V, White", 8)),
    "diffreeds": items(f"{DIFF} > Reeds & Refills", ("Diffuser Reeds, Rattan, 30cm, 50 Pack, Natural", 8),
                       ("Hearthly Replacement Diffuser Reeds, Black Fibre, 24 Pack", 9),
                       ("Fibre Diffuser Reeds, 25cm, 100 Pack, White", 11)),
    "reeds": items(f"{DIFF} > Reeds & Refills", ("Natural Rattan Reeds, 3mm x 25cm, 100 Pack", 7),
                   ("Replacement Reeds for Reed Diffusers, Black, 30 Pack", 8)),
    "candlewax": items(f"{MAKE} > Wax", ("Soy Candle Wax Flakes, 2kg, for Candle Making", 18),
                       ("Candle Wax Pellets, Paraffin, 1kg, White", 12),
                       ("Beeswax Candle Wax Pellets, 500g, Yellow", 16)),
    "wax": items(f"{MAKE} > Wax", ("Coconut Soy Wax Blend, 1kg, Container Grade", 15),
                 ("Paraffin Wax Slab, 5kg, Fully Refined", 22)),
    "waxcandle": items(f"{CN} > Scented Candles", ("Soy Wax Candle, Vanilla Bean, 3 Wick, 400g", 26),
                       ("Natural Soy Wax Candle in Tin, Lavender, 200g", 14),
                       ("Hearthly Coconut Wax Candle, Amber & Oud, Black Glass, 300g", 32)),
    "candle": items(f"{CN} > Pillar & Taper", ("Unscented Pillar Candles, 3 Pack, 7.5 x 15cm, White", 15),
                    ("Taper Candles, 12 Pack, 25cm, Ivory", 13), ("Tea Light Candles, 100 Pack, 4 Hour, White", 9))
    + items(f"{CN} > Scented Candles", ("Hearthly Scented Candle, Fig & Cassis, Amber Jar", 29)),
    "wick": items(f"{MAKE} > Wicks", ("Cotton Candle Wicks, 15cm, 100 Pack, Pre-Waxed", 6),
                  ("Wooden Wicks, Crackling, 13mm, 50 Pack", 9), ("Candle Wicks with Metal Tabs, 20cm, 200 Pack", 8)),
    "wicktrimmer": items(f"{CN} > Candle Care", ("Wick Trimmer, Stainless Steel, Black", 12),
                         ("Candle Wick Trimmer, Gold, Curved Blade", 14),
                         ("Hearthly Wick Trimmer and Snuffer Set, Brass", 24)),
    "necklace": items(f"{HF} > Aromatherapy Jewellery",
                      ("Aromatherapy Diffuser Necklace, Lava Stone Pendant, Silver", 19),
                      ("Diffuser Necklace with 8 Felt Pads, Locket, Rose Gold", 16),
                      ("Essential Oil Diffuser Necklace, Tree of Life, Gold", 22)),
    "oilburner": items(f"{HF} > Oil Burners", ("Ceramic Oil Burner, Tealight, Black", 18),
                       ("Hearthly Essential Oil Burner, Cast Iron, Black, Moroccan", 24),
                       ("Soapstone Oil Burner, Hand Carved, White", 8),
                       ("Essential Oil Burner with Glass Dish, Matte Black", 12),
                       ("Tall Oil Burner, Gloss Ceramic, Sage Green", 15)),
    "burner_acc": items(f"{HF} > Oil Burners > Burner Accessories",
                        ("Replacement Glass Dishes for Oil Burners, 4 Pack, Clear", 6),
                        ("Oil Burner Replacement Bowl, Ceramic, Black", 5),
                        ("Tealight Cups for Essential Oil Burner, Black, 50 Pack", 4)),
    "noise": each(("Car Vent Diffuser Clip with 5 Felt Pads, Silver", f"{HF} > Car Fragrance", 12),
                  ("Lavender Essential Oil, 30ml, Pure", f"{HF} > Essential Oils", 9)),
}

BD, MT = "Bedding", "Mattresses"
PIL, DUV, AIR = f"{BD} > Pillows", f"{BD} > Duvets & Covers", f"{MT} > Air Mattresses"

BED = {
    "foampillow": items(PIL, ("Restwell Memory Foam Pillow, Contour, Standard, White", 39),
                        ("Shredded Foam Pillow, Adjustable Loft, Queen, 2 Pack", 49),
                        ("Gel Cooling Foam Pillow, Ventilated, King", 45)),
    "pillow": items(PIL, ("Down Alternative Bed Pillows, Queen, 2 Pack, White", 29),
                    ("Restwell Goose Feather Pillow, Standard, Medium", 35),
                    ("Buckwheat Hull Pillow, Organic Cotton Cover, Japanese Size", 42)),
    "pillowfoam": items(f"{PIL} > Pillow Fill", ("Pillow Foam Fill, Shredded Memory Foam, 2.5kg", 19),
                        ("Restwell Pillow Foam Refill, Cross-Cut, 1kg", 12),
                        ("Shredded Pillow Foam, Microfibre Blend, Refill Bag, 2kg", 16)),
    "foam": items(f"{MT} > Foam", ("High Density Foam Sheet, 5cm, 60 x 180cm", 34),
                  ("Convoluted Egg Crate Foam, 4cm, Twin", 29)),
    "duvet": items(DUV, ("Restwell All-Season Duvet, Queen, 10.5 Tog, White", 69),
                   ("Lightweight Summer Duvet, King, 4.5 Tog", 55), ("Goose Down Duvet, Double, 13.5 Tog", 129)),
    "duvetclip": items(f"{DUV} > Duvet Accessories", ("Duvet Clips, 8 Pack, Keeps Insert in Place, White", 9),
                       ("Restwell Magnetic Duvet Clips, 4 Pack", 12),
                       ("Duvet Cover Clips, Grip Fasteners, 12 Pack", 8)),
    "duvetcover": items(DUV, ("Cotton Duvet Cover Set, Queen, Grey", 45), ("Linen Duvet Cover, King, Sage", 79)),
    "mattress": items(f"{MT} > Mattresses", ("Restwell Hybrid Mattress, Queen, Medium Firm, 25cm", 399),
                      ("Memory Foam Mattress, Double, 20cm, Medium", 299),
                      ("Pocket Spring Mattress, Single, Firm", 199)),
    "protector": items(f"{MT} > Protectors", ("Waterproof Mattress Protector, Queen, Cotton Terry", 39),
                       ("Restwell Mattress Protector, King, Quiet, Breathable", 49),
                       ("Zippered Mattress Protector Encasement, Double", 45)),
    "topper": items(f"{MT} > Toppers", ("Down Alternative Mattress Topper, Double, Quilted", 59),
                    ("Bamboo Mattress Topper, 7cm, King, Cooling", 99)),
    "airmattress": items(AIR, ("Restwell Air Mattress, Queen, Built-In Pump, Grey", 89),
                         ("Self-Inflating Air Mattress, Single, 10cm, Grey", 59),
                         ("Camping Air Mattress, Double, Flocked Top, Blue", 39),
                         ("Raised Air Mattress, Twin, 46cm, Grey, Carry Bag", 69)),
    "air_acc": items(f"{AIR} > Pumps & Repair", ("Electric Pump for Air Mattresses, AC/DC, Grey", 19),
                     ("Air Mattress Patch Kit, Vinyl Repair, 10 Patches", 7),
                     ("Replacement Valve Cap for Air Mattress, Grey, 2 Pack", 5),
                     ("Fitted Sheet for Air Mattress, Queen, Deep Pocket, Grey", 24)),
    "heatedpad": items(f"{BD} > Electric Bedding", ("Restwell Heated Mattress Pad, Queen, Dual Control", 129),
                       ("Heated Mattress Pad, Single, 10 Heat Settings, Auto Off", 79),
                       ("Quilted Heated Mattress Pad, King, Washable", 149)),
    "heated_acc": items(f"{BD} > Electric Bedding > Controllers & Cords",
                        ("Replacement Controller for Heated Mattress Pad, 10 Settings", 29),
                        ("Heated Mattress Pad Replacement Cord, 2m", 15),
                        ("Controller Extension Cable for Heated Mattress Pads", 12)),
    "noise": each(("Silk Sleep Mask, Adjustable, Black", f"{BD} > Sleep Accessories", 19)),
}

CT, WF = "カーテン", "Window Fittings"
SMALL = f"{CT} > カーテン小物"

CURTAIN = {
    "blackout.ja": items(f"{CT} > ドレープカーテン > 遮光カーテン",
                         ("遮光カーテン 1級遮光 2枚組 幅100×丈178cm フック付き ベージュ", 3980),
                         ("遮光カーテン 断熱 形状記憶 幅100×丈200cm グレー", 4980)),
    "blackout.en": items(f"{CT} > ドレープカーテン > 遮光カーテン",
                         ("Blackout Curtains, Thermal Insulated, 2 Panels, 132 x 213cm, Navy", 4480),
                         ("Room Darkening Blackout Curtain Panel, Grommet, Grey", 2980)),
    "lace.ja": items(f"{CT} > レースカーテン", ("レースカーテン ミラー UVカット 2枚組 幅100×丈176cm 白", 2480)),
    "lace.en": items(f"{CT} > レースカーテン", ("Sheer Voile Curtains, 2 Panels, 140 x 220cm, White", 2280)),
    "cafe.ja": items(f"{CT} > カフェカーテン", ("カフェカーテン 突っ張り棒付き 幅90×丈45cm 白", 1280),
                     ("カフェカーテン 綿麻 幅145×丈60cm ナチュラル", 1580)),
    "cafe.en": items(f"{CT} > カフェカーテン", ("Cafe Curtains, Linen Look, Rod Pocket, 2 Panels, 76 x 61cm, White", 1980),
                     ("Tier Cafe Curtain, Embroidered, 90 x 45cm, Ivory", 1680)),
    "magcurtain": items(f"{CT} > のれん・間仕切り", ("マグネットカーテン 網戸 玄関 虫よけ 幅90×丈210cm 黒", 1980),
                        ("マグネット カーテン 間仕切り 冷房効率 幅100cm グレー", 2680)),
    "curtainmag": items(f"{SMALL} > マグネット", ("カーテン マグネット 隙間防止 光漏れ 2個セット 白", 580),
                        ("カーテンマグネット 強力 すき間 ピタッと 4個入 ブラウン", 780),
                        ("カーテン用 マグネット クリップ型 遮光 2組", 680)),
    "magnet": items(f"{SMALL} > マグネット", ("ネオジム マグネット 角型 強力 6個 ニッケル", 520),
                    ("マグネット 丸型 20mm 強力 10個入", 480)),
    "tassel": items(f"{SMALL} > タッセル", ("カーテン タッセル 房掛け 2本セット ゴールド", 980),
                    ("マグネット タッセル カーテン留め 2個 ベージュ", 780), ("タッセル 紐 カーテン 北欧 2本 グレー", 680)),
    "hook.ja": items(f"{SMALL} > フック", ("カーテンフック アジャスターフック Aフック 20個入", 480),
                     ("カーテン フック 樹脂 Bフック用 白 24個", 380), ("カーテンフック ステンレス 10個 シルバー", 580)),
    "hook.en": items(f"{SMALL} > フック", ("Curtain Hooks, Plastic, 50 Pack, White", 590)),
    "pole": items(f"{WF} > Curtain Poles", ("カーテンポール 伸縮 110〜200cm 木目 ダブル", 3980),
                  ("カーテンポール アイアン 黒 160cm シングル", 2980),
                  ("Curtain Pole, Extendable, 120-210cm, Brushed Nickel", 3480),
                  ("カーテンポール 装飾 キャップ付き 2m ゴールド", 4480)),
    "blind.ja": items(f"{WF} > Blinds", ("ブラインド アルミ 幅88×高さ138cm 白", 2980),
                      ("ブラインド 木製 ウッド 幅80×高さ180cm ナチュラル", 5980),
                      ("ブラインド 小窓 幅40×高さ100cm 白", 1480), ("ブラインド 遮熱 幅120×高さ183cm 白", 4480),
                      ("ブラインド ミニ 幅30×高さ60cm グレー", 980)),
    "blind.en": items(f"{WF} > Blinds", ("Aluminium Venetian Blinds, 90 x 150cm, White", 2680)),
    "blind_acc": items(f"{WF} > Blinds > Blind Parts", ("ブラインド用 ブラケット 2個 白", 480),
                       ("ブラインド専用 操作棒 交換用 白", 380), ("ブラインド対応 スラット 補修用 10枚", 880),
                       ("Replacement Wand for Blinds, White", 450)),
    "motorized": items(f"{WF} > Curtain Tracks > Motorized", ("電動カーテンレール スマートホーム対応 2m 白", 19800),
                       ("電動カーテンレール リモコン付き 静音 1.5m", 16800),
                       ("電動カーテンレール 後付け 伸縮 1〜2m 両開き", 12800)),
    "motor_acc": items(f"{WF} > Curtain Tracks > Motorized", ("電動カーテンレール専用 リモコン 交換用", 2480),
                       ("電動カーテンレール用 ランナー 20個", 980), ("電動カーテンレール対応 延長レール 50cm 白", 1980)),
    "noise": each(("Curtain Tiebacks, Rope Tassel, 2 Pack, Gold", f"{SMALL} > タッセル", 880)),
}

RG, FM = "ラグ・カーペット", "Floor Mats"
HOT = f"{RG} > ホットカーペット"

RUG = {
    "rug": items(f"{RG} > ラグ", ("ラグ 洗える 200×250cm 長方形 ベージュ", 5980),
                 ("ラグマット 北欧 130×190cm グレー 滑り止め付き", 3980), ("ラグ 低反発 厚手 185×185cm ネイビー", 6980)),
    "shaggy": items(f"{RG} > ラグ", ("シャギーラグ 洗える 190×190cm アイボリー", 4980),
                    ("Shaggy Rug, Fluffy, 160 x 230cm, Cream", 5480), ("Luxe Shaggy Area Rug, 120 x 170cm, Grey", 3980),
                    ("シャギーラグ マイクロファイバー 140×200cm ピンク", 3480)),
    "runner": items(f"{RG} > ランナーラグ", ("廊下敷き ランナーラグ 65×240cm 洗える ベージュ", 3480),
                    ("Hallway Runner Rug, Non-Slip, 60 x 200cm, Grey", 2980),
                    ("ランナーラグ 北欧 50×180cm キリム柄", 2480), ("Washable Runner Rug, 80 x 300cm, Blue", 4280)),
    "cleaner": items(f"{RG} > お手入れ", ("ラグクリーナー 回転ブラシ 手動 コードレス", 2980),
                     ("ラグ クリーナー 泡スプレー シミ抜き 400ml", 880),
                     ("カーペット ラグ クリーナー ペットの毛取り ブラシ", 1280),
                     ("ラグ用 クリーナー 粘着ローラー ハンディ 幅16cm", 780)),
    "hotcarpet": items(HOT, ("ホットカーペット 2畳 本体 176×176cm ダニ退治 ベージュ", 5980),
                       ("ホットカーペット 3畳 本体 切り忘れ防止 ベージュ", 7980),
                       ("ホットカーペット 1.5畳 本体 省エネ ブラウン", 4480),
                       ("ホットカーペット 1畳 ミニ 本体 ベージュ", 3980),
                       ("ホットカーペット 0.5畳 足元 本体 グレー", 2480)),
    "hot_acc": items(f"{HOT} > カバー・部品", ("ホットカーペット用 カバー 2畳 洗える ベージュ", 1980),
                     ("ホットカーペット対応 ラグ 3畳 フランネル ベージュ", 2980),
                     ("ホットカーペット専用 コントローラー 交換用", 1480),
                     ("カバー ホットカーペット用 2畳 撥水 ベージュ", 1680)),
    "jointmat": items(f"{FM} > Joint Mats", ("ジョイントマット 大判 60cm 16枚 グレー", 3980),
                      ("ジョイントマット 30cm 36枚 木目 ナチュラル", 2980),
                      ("ジョイントマット 厚手 2cm 45cm 20枚 グレー", 4980),
                      ("Foam Joint Mats, Interlocking, 60 x 60cm, 8 Pack, Grey", 4480)),
    "joint_acc": items(f"{FM} > Joint Mats", ("ジョイントマット用 サイドパーツ 縁 8本 グレー", 780),
                       ("ジョイントマット専用 コーナー 4個 グレー", 480),
                       ("ジョイントマット対応 滑り止めシート 180×180cm", 1280)),
    "doormat": items(f"{FM} > Door Mats", ("Coir Door Mat, Non-Slip, 45 x 75cm, Welcome", 2480),
                     ("Rubber Door Mat, Outdoor, Heavy Duty, Black", 1980),
                     ("玄関マット ドアマット 屋外 泥落とし 60×90cm", 2980),
                     ("玄関マット 室内 洗える 50×80cm 北欧 グレー", 1980)),
    "kitchenmat": items(f"{FM} > Kitchen Mats", ("キッチンマット 拭ける 45×180cm PVC 撥水 ベージュ", 1980),
                        ("キッチンマット 洗える 60×240cm 滑り止め グレー", 2980),
                        ("キッチンマット 北欧 45×120cm 低反発", 2480), ("キッチンマット 木目調 大判 90×180cm", 3480)),
}

SHOPS = {"scent": SCENT, "bed": BED, "curtain": CURTAIN, "rug": RUG}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("scent", "reed diffuser", "reeddiff", ["diffuser"], ["diffreeds"]),
    two_types("scent", "diffuser reeds", "diffreeds", ["reeds"], ["reeddiff"]),
    two_types("scent", "candle wax", "candlewax", ["wax"], ["waxcandle"]),
    two_types("scent", "wax candle", "waxcandle", ["candle"], ["candlewax"]),
    two_types("bed", "foam pillow", "foampillow", ["pillow"], ["pillowfoam"]),
    two_types("bed", "pillow foam", "pillowfoam", ["foam"], ["foampillow"]),
    two_types("curtain", "マグネット カーテン", "magcurtain", ["blackout.ja", "lace.ja", "cafe.ja"], ["curtainmag"]),
    two_types("curtain", "カーテン マグネット", "curtainmag", ["magnet"], ["magcurtain"]),
    # --- 2. a leading product word that modifies the head
    qualifies("scent", "wick trimmer", ["wicktrimmer"], ["wick"]),
    qualifies("scent", "diffuser necklace", ["necklace"], ["reeddiff", "diffuser"]),
    qualifies("bed", "mattress protector", ["protector"], ["mattress"]),
    qualifies("bed", "duvet clips", ["duvetclip"], ["duvet"]),
    qualifies("curtain", "カーテン タッセル", ["tassel"], ["blackout", "lace", "cafe", "magcurtain"]),
    qualifies("curtain", "カーテン フック", ["hook.ja"], ["blackout", "lace", "cafe", "magcurtain"]),
    qualifies("rug", "ラグ クリーナー", ["cleaner"], ["rug", "shaggy", "runner"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("scent", "aroma diffuser", ["diffuser.aroma"], ["aroma_acc"]),
    accessories("scent", "essential oil burner", ["oilburner"], ["burner_acc"]),
    accessories("bed", "air mattress", ["airmattress"], ["air_acc"]),
    accessories("bed", "heated mattress pad", ["heatedpad"], ["heated_acc"]),
    accessories("curtain", "ブラインド", ["blind"], ["blind_acc"]),
    accessories("curtain", "電動カーテンレール", ["motorized"], ["motor_acc"]),
    accessories("rug", "ホットカーペット", ["hotcarpet"], ["hot_acc"]),
    accessories("rug", "ジョイントマット", ["jointmat"], ["joint_acc"]),
    # black oil burners: ceramic 18, cast iron 24, glass dish 12 (a white soapstone one 8; black accessories 4-5)
    price("scent", "cheap black oil burner", "oilburner-3", ["burner_acc"]),
    # white aroma diffusers: Mistral 39, ceramic 24, Lumen glass dome 45 (a pink mini one 14; white accessories 8-9)
    price("scent", "cheap white aroma diffuser", "diffuser.aroma-2", ["aroma_acc"]),
    # grey air mattresses: built-in pump 89, self-inflating 59, raised 69 (a blue camping one 39; grey accessories
    # 5-24)
    price("bed", "budget grey air mattress", "airmattress-1", ["air_acc"]),
    # white blinds: aluminium 2980, small-window 1480, heat-shield 4480, English Venetian 2680 (a grey mini one 980;
    # white parts 380-480)
    price("curtain", "格安 白 ブラインド", "blind.ja-2", ["blind_acc"]),
    # beige hot carpets: 2畳 5980, 3畳 7980, 1畳 3980 (a grey 0.5畳 one 2480; beige covers and rug 1680-2980)
    price("rug", "激安 ベージュ ホットカーペット", "hotcarpet-3", ["hot_acc"]),
    # grey joint mats: 60cm 3980, 2cm thick 4980, English 4480 (a natural wood-grain set 2980; grey parts 480-780)
    price("rug", "お手頃 グレー ジョイントマット", "jointmat-0", ["joint_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese titles
    mixed("curtain", "遮光カーテン", "blackout"),
    mixed("curtain", "カフェカーテン", "cafe"),
    mixed("curtain", "カーテンポール", "pole"),
    mixed("curtain", "curtain pole", "pole"),
    mixed("rug", "シャギーラグ", "shaggy"),
    mixed("rug", "ランナーラグ", "runner"),
    mixed("rug", "ドアマット", "doormat"),
    mixed("rug", "kitchen mat", "kitchenmat"),
]

LIMITS = {
    ("blind127", "two_types:scent:diffuser_reeds", "categories-dense"):
        "'Replacement Reeds for Reed Diffusers' ranked first, above the three 'Diffuser Reeds' items",
    **{("blind127", "mixed:rug:シャギーラグ", s):
       "two シャギーラグ, then plain ラグ items third; the English 'Shaggy Rug' imports not in the top five"
       for s in ("categories-lexical", "categories-dense", "categories-latin-only")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind127(q: Q, setup: str, known_limit):
    known_limit("blind127")
    check(q, setup, ENGINES)


def test_blind127_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "white": "White", "grey": "Grey", "白": "White",
                                 "ベージュ": "Beige", "グレー": "Grey"})
