"""A seventeenth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: PC components
(English), knitting and yarn (English), Japanese cooking appliances 調理家電 and Japanese winter
accessories 帽子・手袋・マフラー, the Japanese shops with English-titled imports (some whose
Japanese names are katakana loanwords: トースター, ホットプレート, ビーニー, ネックウォーマー,
イヤーマフ) and an English category tree for part of each shop (Kitchen Appliances > ...,
Winter Accessories > ...), under which some titles are Japanese.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: "X用 Y", "Y X用", "X専用 Y", "X対応 Y" (and English "... for X",
   "X Replacement ...") are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in a shop with English-titled items: the top three are of the query's
   kind, whatever the language of their titles.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (seventeenth suite), as a measurement only (nothing changed for it):
86 of 95 cases pass, 33 of 36 queries in every setup (two_types 8 of 8, qualifies 8 of 8,
accessories 6 of 7, price 5 of 5, mixed 6 of 8); the 9 failing cases are strict xfails (`LIMITS`,
through `conftest.known_limit`). Then a title in the other language of the wanted type was never
put below one read as not the type (`ranking.in_language`): ホームベーカリー passes, 89 of 95, 34 of 36;
a suffix inside a Japanese word no longer ends it ("レンジ上ラック" is a rack, no レンジ): 電子レンジ
passes, 92 of 95, 35 of 36.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

P = "PC Components"
COOL, TOOLS, STORE = f"{P} > Cooling", "PC Tools", f"{P} > Storage"

PC = {
    "gpu": items(f"{P} > Graphics Cards", ("Voltrex GeForce RTX 4060 Graphics Card, 8GB GDDR6, Dual Fan", 299),
                 ("Arcfrost Radeon RX 7800 XT Graphics Card, 16GB GDDR6, Triple Fan", 499),
                 ("Voltrex GeForce RTX 4070 Super, 12GB GDDR6X, White", 599),
                 ("Low Profile Graphics Card, GT 1030, 2GB, Passive", 89)),
    "gpu_acc": items(f"{P} > Graphics Cards > GPU Accessories",
                     ("Anti-Sag Support Bracket for Graphics Card, Aluminium, Black", 14),
                     ("Graphics Card Replacement Fan, 87mm, 4 Pin, 2 Pack", 12),
                     ("Vertical Mount Kit for Graphics Card, PCIe 4.0 Riser Cable", 39),
                     ("Thermal Pads for Graphics Card, 1mm, 6 Pack", 9)),
    "casefan": items(f"{COOL} > Case Fans", ("Arcfrost P12 Case Fan, 120mm, PWM, White", 9.99),
                     ("Arcfrost P12 Case Fan, 120mm, PWM, Black", 7.99),
                     ("Kuroba Silent Case Fan, 140mm, White", 19.99),
                     ("Voltrex ARGB Case Fan, 120mm, 3 Pack with Hub, White", 34.99)),
    "casefan_acc": items(f"{COOL} > Fan Accessories", ("Magnetic Dust Filter for 120mm Case Fan, White", 4.99),
                         ("Case Fan Replacement Rubber Mounts, 16 Pack, White", 3.49),
                         ("Fan Grill for 140mm Case Fans, White", 2.99),
                         ("Fan Splitter Cable for Case Fans, 1 to 3, White Sleeved", 5.99)),
    "case": items(f"{P} > Cases", ("Kuroba Mid Tower PC Case, Tempered Glass, ATX, Black", 79),
                  ("Arcfrost Mini ITX Case, Mesh Front, White", 89),
                  ("Voltrex Full Tower Case, E-ATX, 4 Fans Included, Black", 149)),
    "cooler": items(f"{COOL} > CPU Coolers", ("Kuroba Tower CPU Cooler, 2x120mm Fans, 6 Heat Pipes", 49),
                    ("Arcfrost 240mm AIO Liquid CPU Cooler, ARGB", 89),
                    ("Low Profile CPU Cooler, 47mm, for Mini ITX", 29)),
    "cooler_acc": items(f"{COOL} > Cooler Parts", ("AM5 Mounting Bracket for CPU Cooler", 9),
                        ("CPU Cooler Replacement Fan, 120mm, 4 Pin", 12),
                        ("LGA1700 Contact Frame for CPU Cooler, Aluminium", 15)),
    "ssdheatsink": items(f"{STORE} > SSD Heatsinks", ("M.2 SSD Heatsink, 2280, Aluminium, with Thermal Pad", 8),
                         ("Kuroba SSD Heatsink, Double Sided, Black", 12),
                         ("Low Profile M.2 Heatsink for PC and Console SSD", 10)),
    "ssd": items(f"{STORE} > SSDs", ("Kuroba 1TB NVMe SSD, M.2 2280, PCIe 4.0", 79),
                 ("Voltrex 2TB NVMe SSD with Heatsink, PCIe 4.0", 149),
                 ("Arcfrost 500GB SATA SSD, 2.5 Inch", 39)),
    "bitscrewdriver": items(f"{TOOLS} > Screwdrivers", ("Ratcheting Bit Screwdriver with 12 Bits", 15),
                            ("Kuroba Precision Bit Screwdriver Kit, 64 Bits, Aluminium Case", 29),
                            ("Stubby Bit Screwdriver, 6 in 1, Magnetic", 9)),
    "screwdriver": items(f"{TOOLS} > Screwdrivers", ("Phillips Screwdriver PH2, Magnetic Tip, 150mm", 6),
                         ("Precision Screwdriver PH0, Anti-Static Handle", 5)),
    "screwdriverbit": items(f"{TOOLS} > Bits", ("Screwdriver Bit Set, 32 Pieces, 4mm, PC Repair", 11),
                            ("Phillips Screwdriver Bit, PH1, 50mm, 10 Pack", 7),
                            ("Torx Screwdriver Bit Set, T5-T40, 12 Pieces", 9)),
    "bit": items(f"{TOOLS} > Bits", ("Security Bit Set, 33 Pieces, S2 Steel", 13), ("Impact Bit, PH2, 25mm, 5 Pack", 4)),
    "noise": each(("Kuroba DDR5 RAM, 32GB (2x16GB), 6000MHz, CL30", f"{P} > Memory", 109),
                  ("Voltrex 850W Power Supply, 80+ Gold, Fully Modular", f"{P} > Power Supplies", 119),
                  ("Arcfrost Thermal Paste, 4g, with Spatula", f"{COOL} > Thermal Paste", 7),
                  ("Fan Controller, 6 Channel, PWM, Touch Panel", f"{COOL} > Fan Controllers", 29)),
}

K = "Knitting & Crochet"
NEEDLES, HOOKS = f"{K} > Knitting Needles", f"{K} > Crochet Hooks"

KNIT = {
    "cableneedle": items(f"{NEEDLES} > Cable Needles", ("Loopwell Cable Needle Set, 3 Sizes, Aluminium", 4.99),
                         ("Bamboo Cable Needles, U-Shaped, 3 Pack", 3.99), ("Steel Cable Needle, Bent, 2 Pack", 2.99)),
    "needle": items(NEEDLES, ("Loopwell Bamboo Knitting Needles, 4mm, 35cm", 6.99),
                    ("Circular Knitting Needles, 5mm, 80cm Cable, Nickel", 9.99),
                    ("Double Pointed Needles, 3.5mm, Set of 5, Birch", 5.99),
                    ("Interchangeable Knitting Needle Set, 9 Tip Sizes, 3 Cables, Zip Case", 59.99)),
    "needlecable": items(f"{NEEDLES} > Needle Cables", ("Loopwell Interchangeable Needle Cable, 60cm, Swivel", 7.99),
                         ("Needle Cable for Interchangeable Tips, 100cm", 8.49),
                         ("Needle Cable Set, 40/60/80cm, 3 Pack", 19.99)),
    "cable": items(f"{NEEDLES} > Needle Cables", ("Loopwell Swivel Cable, 80cm, for Interchangeable Tips", 7.49),
                   ("Interchangeable Cable, 40cm, Short, 2 Pack", 9.49)),
    "yarnbowl": items(f"{K} > Yarn Storage > Yarn Bowls", ("Ceramic Yarn Bowl, 16cm, Speckled White", 24.99),
                      ("Wooden Yarn Bowl with Lid, Acacia", 29.99), ("Yarn Bowl, Silicone, Collapsible, Grey", 12.99)),
    "yarn": items(f"{K} > Yarn", ("Woolbury Merino Yarn, DK, 100g, Red", 8.99), ("Chunky Acrylic Yarn, 200g, Grey", 4.99),
                  ("Cotton Yarn, 4 Ply, 50g x 5, Cream", 12.99), ("Woolbury Alpaca Yarn, Aran, 100g, Navy", 11.99),
                  ("Gradient Yarn Cake, 200g, Sunset", 7.49)),
    "needlecase": items(f"{K} > Storage > Needle Cases", ("Needle Case, Roll Up, Canvas, 30 Slots", 14.99),
                        ("Loopwell Knitting Needle Case, Zip, for Interchangeable Tips", 24.99),
                        ("Double Pointed Needle Case, Felt, Small", 8.99)),
    "hook": items(HOOKS, ("Loopwell Ergonomic Crochet Hook, 5mm, Soft Grip, Pink", 6.49),
                  ("Aluminium Crochet Hook, 4mm, Pink", 2.99), ("Steel Crochet Hook, 1.25mm, Silver", 1.99),
                  ("Bamboo Crochet Hook Set, 12 Sizes, 3-10mm", 9.99),
                  ("Loopwell Crochet Hook Set, 9 Pieces, 2-6mm, Pink", 14.99)),
    "hook_acc": items(f"{HOOKS} > Hook Accessories", ("Silicone Grips for Crochet Hooks, 4 Pack, Pink", 1.49),
                      ("Roll-Up Case for Crochet Hooks, 20 Slots, Pink", 7.99),
                      ("Crochet Hook Replacement Grip Caps, 10 Pack, Pink", 0.99)),
    "noise": each(("Locking Stitch Markers, 100 Pack, Assorted", f"{K} > Notions > Stitch Markers", 4.99),
                  ("Knitting Pattern Book, 30 Sweaters, Paperback", f"{K} > Books & Patterns", 18.99),
                  ("Knitting Bag, Canvas Tote with Yarn Holes, Navy", f"{K} > Bags", 22.99),
                  ("Row Counter, Digital, Clip On", f"{K} > Notions > Counters", 5.49),
                  ("Yarn Winder, Hand Operated, 10oz", f"{K} > Yarn Storage > Yarn Winders", 19.99)),
}

C, KA = "調理家電", "Kitchen Appliances"
RICE, MIX = f"{C} > 炊飯器", f"{C} > ミキサー"

KITCHEN = {
    "cooker": items(RICE, ("炊飯器 5.5合 IH 極厚釜 白", 12800), ("炊飯器 3合 マイコン 一人暮らし 白", 5980),
                    ("炊飯器 3合 マイコン 黒", 4980), ("Rice Cooker, 5.5 Cups, Fuzzy Logic, White", 8980)),
    "cooker.donabe": items(f"{RICE} > 土鍋炊飯器", ("土鍋炊飯器 5.5合 圧力IH 本土鍋 黒", 49800),
                           ("炊飯器 本土鍋 3合 IH 萬古焼 ブラウン", 34800), ("土鍋 IH炊飯器 5.5合 かまど炊き 白", 42800)),
    "cooker_acc": items(f"{RICE} > 炊飯器部品", ("パッキン 炊飯器用 内ぶた 5.5合 白", 980),
                        ("炊飯器専用 しゃもじ 立つ 白", 380), ("炊飯器対応 スチームキャップ 白 2個", 580),
                        ("炊飯器用 内釜 5.5合 交換用 黒", 6800)),
    "donabe": items("キッチン用品 > 鍋 > 土鍋", ("土鍋 8号 4〜5人用 IH対応 黒", 4980), ("土鍋 ご飯用 2合炊き 萬古焼", 3480)),
    "mixer": items(MIX, ("ミキサー 1.5L ガラス容器 氷対応 黒", 8980), ("ミキサー 1.0L 4枚刃 コンパクト 白", 4980),
                   ("ジューサーミキサー 1.2L 氷も砕ける", 6480)),
    "mixer.bottle": items(f"{MIX} > ボトルミキサー", ("ボトルミキサー 600ml 充電式 USB 白", 3980),
                          ("ボトルミキサー 真空 400ml スムージー", 6980), ("ボトルミキサー コードレス 携帯 350ml グリーン", 2980)),
    "mixerjar": items(f"{MIX} > 交換パーツ", ("ミキサーボトル 交換用 1.5L 蓋付き", 2480),
                      ("ミキサーボトル 600ml 替えボトル 2本", 1980), ("ミキサーボトル 真空ブレンダー用 1.0L", 2980)),
    "bottle": items("キッチン用品 > 保存容器", ("ドレッシングボトル 300ml ガラス 2本", 1280),
                    ("ウォーターボトル 1L 目盛り付き", 980)),
    "microwave": items(f"{KA} > Microwaves", ("電子レンジ 単機能 17L フラット 白", 13800),
                       ("電子レンジ 18L ヘルツフリー ターンテーブル 黒", 11800),
                       ("オーブンレンジ 26L スチーム 過熱水蒸気 白", 39800), ("単機能レンジ 22L フラットテーブル 縦開き", 18800)),
    "rangerack": items("キッチン収納 > レンジラック", ("電子レンジラック 2段 幅60cm 木目", 5980),
                       ("レンジ上ラック 伸縮 耐荷重30kg 黒", 3480), ("電子レンジ ラック キャスター付き 3段 白", 7980)),
    "toaster": items(f"{KA} > Toasters", ("オーブントースター 4枚焼き 1300W 白", 6980),
                     ("Toaster, 2 Slice, Wide Slots, Stainless Steel", 3980), ("Pop-Up Toaster, 4 Slice, Defrost, Cream", 5480)),
    "hotplate": items(f"{KA} > Hot Plates", ("ホットプレート 3枚 焼肉 たこ焼き 平面 赤", 9980),
                      ("Electric Hot Plate, Non-Stick, 1300W, 48x30cm", 5980),
                      ("Hot Plate with Takoyaki and Grill Plates, Black", 8980)),
    "pressure": items(f"{KA} > Pressure Cookers", ("電気圧力鍋 4L 自動調理 予約 黒", 15800), ("電気圧力鍋 2.2L 1〜3人用 白", 9980),
                      ("Electric Pressure Cooker, 6L, 9-in-1, Stainless Steel", 12800),
                      ("Electric Pressure Cooker, 3L, Mini, Red", 8980)),
    "stovepot": items("キッチン用品 > 鍋 > 圧力鍋", ("圧力鍋 IH対応 5.5L ステンレス 片手", 6980)),
    "breadmaker": items(f"{KA} > Bread Makers", ("ホームベーカリー 1斤 餅つき 米粉パン 白", 12800),
                        ("ホームベーカリー 1.5斤 具材自動投入 黒", 19800), ("ホームベーカリー コンパクト 0.5斤〜1斤 白", 8980),
                        ("Bread Maker, 2 lb, 15 Programs, Stainless Steel", 9980)),
    "breadmaker_acc": items(f"{KA} > Bread Makers > Parts & Mixes", ("ホームベーカリー用 パン羽根 交換用", 880),
                            ("パンケース ホームベーカリー用 1斤", 3980), ("ホームベーカリー専用 食パンミックス 5斤分", 1580),
                            ("ホームベーカリー対応 レシピ本 100品", 1320)),
}

F, WA = "ファッション小物", "Winter Accessories"
SCARF, GLOVE = f"{F} > マフラー・ストール", f"{F} > 手袋"

WINTER = {
    "knithat": items(f"{F} > 帽子 > ニット帽", ("ニット帽 ビーニー リブ編み 厚手 グレー", 1980),
                     ("ニット帽 ボンボン付き レディース 黒", 1580), ("Beanie, Cable Knit, Wool Blend, Grey", 2980),
                     ("Slouchy Beanie, Chunky Knit, Cream", 2480)),
    "neckwarmer": items(f"{SCARF} > ネックウォーマー", ("ネックウォーマー フリース 裏ボア 黒", 1280),
                        ("Neck Warmer, Fleece, Adjustable Toggle, Black", 1580),
                        ("Neck Warmer, Merino Wool, Reversible, Navy", 3480), ("Ski Neck Gaiter, Windproof, Grey", 1980)),
    "earmuff": items(f"{WA} > Earmuffs", ("イヤーマフ 折りたたみ ファー 白", 1980), ("Earmuffs, Foldable, Faux Fur, Grey", 2280),
                     ("Ear Muffs, Knitted Cable, Pink", 1880), ("Behind-the-Head Ear Warmers, Fleece, Black", 1480)),
    "kairo": items(f"{WA} > Hand Warmers", ("貼るカイロ レギュラー 30個入 日本製", 980), ("貼らないカイロ ミニ 30個入", 780),
                   ("充電式カイロ 両面発熱 5000mAh 白", 2480), ("Rechargeable Hand Warmer, 10000mAh, 2 Pack", 3980)),
    "kairocase": items(f"{WA} > Hand Warmers > Cases", ("カイロケース ニット 手のひらサイズ 白", 680),
                       ("カイロケース フリース 貼らないカイロ用 2個", 880),
                       ("カイロ ケース 充電式カイロ用 保護カバー シリコン", 980)),
    "glove": items(GLOVE, ("手袋 レディース スマホ対応 裏起毛 黒", 1480), ("手袋 メンズ 本革 裏地カシミヤ 黒", 5980),
                   ("手袋 ニット 指なし 2way グレー", 1280), ("Leather Gloves, Touchscreen, Wool Lined, Black", 3980),
                   ("ミトン 手袋 ボア 子供用 赤", 980)),
    "glove_acc": items(f"{GLOVE} > 手袋小物", ("革手袋用 保革クリーム 黒", 880), ("手袋専用 洗濯ネット 黒 2枚", 480),
                       ("手袋対応 タッチペン 黒 3本", 380), ("手袋用 乾燥ハンガー 黒", 580)),
    "gloveholder": items(f"{GLOVE} > 手袋ホルダー", ("手袋ホルダー クリップ 革 黒 2個", 780),
                         ("手袋ホルダー ストラップ 子供用 落下防止", 480), ("グローブホルダー 手袋 クリップ ステンレス", 1280)),
    "muffler": items(f"{SCARF} > マフラー", ("マフラー カシミヤ100% 無地 グレー", 9800),
                     ("マフラー ウール チェック柄 大判 ネイビー", 2980), ("マフラー メンズ リブ編み グレー", 1980),
                     ("マフラー キッズ ポンポン 赤", 1280)),
    "muffler.towel": items(f"{SCARF} > タオルマフラー", ("タオルマフラー 今治 綿100% ネイビー", 1980),
                           ("タオルマフラー 冷感 UVカット 白", 1480), ("タオルマフラー ガーゼ 6重 ピンク", 2480)),
    "muffler_acc": items(f"{SCARF} > マフラー小物", ("マフラー用 ストールピン シルバー", 580),
                         ("ハンガー マフラー用 5連 グレー", 880), ("マフラー専用 収納ケース 不織布 グレー", 680),
                         ("マフラー対応 毛玉取り器 電動 グレー", 1480)),
    "mufflertowel": items("スポーツ・応援グッズ > マフラータオル", ("マフラータオル 応援 20×110cm 無地 黒", 980),
                          ("マフラータオル ジャガード 今治 チームカラー 赤", 1800),
                          ("マフラータオル ライブ 推し活 刺繍 ネイビー", 1280)),
    "towel": items(f"{F} > ハンカチ・タオル", ("フェイスタオル 綿100% 5枚組 グレー", 1680),
                   ("スポーツタオル 吸水速乾 120cm", 1280), ("ハンドタオル ガーゼ 3枚 ピンク", 880)),
}

SHOPS = {"pc": PC, "knit": KNIT, "kitchen": KITCHEN, "winter": WINTER}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("pc", "bit screwdriver", "bitscrewdriver", ["screwdriver"], ["screwdriverbit"]),
    two_types("pc", "screwdriver bit", "screwdriverbit", ["bit"], ["bitscrewdriver"]),
    two_types("knit", "cable needle", "cableneedle", ["needle"], ["needlecable"]),
    two_types("knit", "needle cable", "needlecable", ["cable"], ["cableneedle"]),
    two_types("kitchen", "ボトルミキサー", "mixer.bottle", ["mixer"], ["mixerjar"]),
    two_types("kitchen", "ミキサー ボトル", "mixerjar", ["bottle"], ["mixer.bottle"]),
    two_types("winter", "タオルマフラー", "muffler.towel", ["muffler"], ["mufflertowel"]),
    two_types("winter", "マフラー タオル", "mufflertowel", ["towel"], ["muffler.towel"]),
    # --- 2. a leading product word that modifies the head
    qualifies("pc", "case fan", ["casefan"], ["case"]),
    qualifies("pc", "ssd heatsink", ["ssdheatsink"], ["ssd"]),
    qualifies("knit", "yarn bowl", ["yarnbowl"], ["yarn"]),
    qualifies("knit", "needle case", ["needlecase"], ["needle"]),
    qualifies("kitchen", "電子レンジ ラック", ["rangerack"], ["microwave"]),
    qualifies("kitchen", "土鍋 炊飯器", ["cooker.donabe"], ["donabe"]),
    qualifies("winter", "手袋 ホルダー", ["gloveholder"], ["glove"]),
    qualifies("winter", "カイロ ケース", ["kairocase"], ["kairo"]),
    # --- 3. accessories of X ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("pc", "graphics card", ["gpu"], ["gpu_acc"]),
    accessories("pc", "cpu cooler", ["cooler"], ["cooler_acc"]),
    accessories("knit", "crochet hook", ["hook"], ["hook_acc"]),
    accessories("kitchen", "炊飯器", ["cooker"], ["cooker_acc"]),
    accessories("kitchen", "ホームベーカリー", ["breadmaker"], ["breadmaker_acc"]),
    accessories("winter", "手袋", ["glove"], ["glove_acc", "gloveholder"]),
    accessories("winter", "マフラー", ["muffler"], ["muffler_acc"]),
    # white case fans: P12 120mm 9.99, Kuroba 140mm 19.99, ARGB 3 pack 34.99 (a black P12 7.99;
    # white fan accessories 2.99-5.99)
    price("pc", "cheap white case fan", "casefan-0", ["casefan_acc"]),
    # pink crochet hooks: ergonomic 6.49, aluminium 4mm 2.99, 9 piece set 14.99 (a silver steel hook
    # 1.99, an unpainted bamboo set 9.99; pink hook accessories 0.99-7.99)
    price("knit", "cheap pink crochet hook", "hook-1", ["hook_acc"]),
    # white rice cookers: IH 12800, マイコン 3合 5980, English import 8980 (a black one 4980, a white
    # 土鍋 one 42800; white accessories 380-980)
    price("kitchen", "激安 白 炊飯器", "cooker-1", ["cooker_acc"]),
    # black gloves: スマホ対応 (touchscreen gloves, still gloves) 1480, 本革 5980, English import 3980
    # (a grey knit pair 1280, red mittens 980; black accessories and holders 380-880)
    price("winter", "格安 黒 手袋", "glove-0", ["glove_acc", "gloveholder"]),
    # grey scarves: カシミヤ 9800, リブ編み 1980 (a navy one 2980, a red kids' one 1280, towel scarves
    # in navy/white/pink; grey accessories 680-1480)
    price("winter", "お手頃 グレー マフラー", "muffler-2", ["muffler_acc"]),
    # --- 4. Japanese queries among English-titled items and English category names
    mixed("kitchen", "トースター", "toaster"),
    mixed("kitchen", "ホットプレート", "hotplate"),
    mixed("kitchen", "電子レンジ", "microwave"),
    mixed("kitchen", "電気圧力鍋", "pressure"),
    mixed("winter", "ビーニー", "knithat"),
    mixed("winter", "ネックウォーマー", "neckwarmer"),
    mixed("winter", "イヤーマフ", "earmuff"),
    mixed("winter", "カイロ", "kairo"),
]

LIMITS: dict = {}  # 電気圧力鍋 failed until a Japanese word read its English meaning (`search/bilingual.py`)


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind17(q: Q, setup: str, known_limit):
    known_limit("blind17")
    check(q, setup, ENGINES)


def test_blind17_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"white": "White", "pink": "Pink", "白": "White", "黒": "Black", "グレー": "Grey"})
