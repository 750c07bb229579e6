"""A forty-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in these vocabularies: luggage and travel accessories
(English: suitcases and suitcase covers, travel pillows and pillow covers, luggage locks, cable
locks and lock cables, travel adapters), baking and pastry tools (English: stand mixers, mixer
bowls and mixer covers, mixing bowls and bowl scrapers, piping bags, cake pans, rolling pins),
Japanese disaster-preparedness goods and outdoor power 防災グッズ・アウトドア電源 (ポータブル電源,
ソーラーパネル, 非常食, ランタン, 簡易トイレ, スタンドライト and ライトスタンド; part of its category
tree in English, with English-titled imports whose Japanese names are katakana loanwords or plain
Japanese words: Headlamp for ヘッドライト, Emergency Food Bars for 非常食) and Japanese care and
health goods 介護用品・健康器具 (杖, 車椅子, 血圧計, 体温計, マッサージ器, マッサージガン; part of its
category tree in English, with English-titled imports). The domains were handed to this suite
(earlier suites visited luggage, bakeware, 防災 and 介護 goods); its shops, words and queries are
its own. Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (a cable lock vs a lock cable, a mixer bowl vs a stand mixer
   with its bowl, スタンドライト vs ライトスタンド, 電池式ランタン vs ランタン用 電池, 車椅子クッション vs
   a 車椅子 クッション付き); English luggage and bakeware offer few such pairs, so there are 6, not 8;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and three English queries
   over Japanese-only titles under Japanese category paths (a shopper who types English in the
   Japanese shop: "portable toilet", "walking cane", "thermometer"): the top three are of the
   query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 (forty-sixth suite), as a measurement only (nothing changed for it):
83 of 95 cases pass, 30 of 37 queries in every setup (two_types 5/6 queries, 13/16 cases;
qualifies 6/7, 14/17; accessories 8/10, 22/25; price 6/6, 16/16; mixed 6/8, 18/21); the 12 failing
cases (7 queries) are strict xfails (`LIMITS`, through `conftest.known_limit`): スタンドライト (all
three setups: the three スタンドライト first, then stands and cables, the 懐中電灯 missing and a
ライトスタンド above the English Headlamp), 血圧計 ケース (all three: a マッサージガン専用 収納ケース second,
between the 血圧計 cases), travel adapter (lexical and dense: the Travel Adapter Case first), piping
bags (dense: the Piping Bag Holder Stand third, above two piping bags), portable toilet (dense: the
English Portable Power Station third, between the 簡易トイレ) and thermometer (lexical and dense:
nothing returned for the English word over the 体温計). After (the dictionary's words written in
kanji and katakana together, 簡易トイレ, and where no word means it and no title says it, the kinds of
an English word the titles sell, 体温計 a "medical thermometer"): portable toilet and thermometer pass.
After (a gauge's 計 that Sudachi reads as a prefix of the 用 after it stays on its noun: 血圧計用 is
血圧計 + 用, not 血圧 + 計 + 用): 血圧計 ケース passes. スタンドライト no longer brings solar-panel
stands and cables (a katakana compound no title names in English reads as its head's English, light),
but still fails (`LIMITS`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

L, T = "Luggage", "Travel Accessories"
PILLOWS, LOCKS, POWER = f"{T} > Travel Pillows", f"{T} > Luggage Locks", f"{T} > Power & Adapters"

TRAVEL = {
    "suitcase": items(f"{L} > Suitcases", ("Voyagio Hardside Spinner Suitcase, 28 inch Large, Black", 219),
                      ("Skyline Carry-On Suitcase, 22 inch, Expandable, Black", 139),
                      ("Voyagio Softside Suitcase, 25 inch Medium, Navy", 159),
                      ("Polycarbonate Spinner Suitcase, 24 inch, TSA Lock, Black", 179),
                      ("Kids Carry-On Suitcase, 18 inch, Rocket Print, Blue", 79)),
    "suitcasecover": items(f"{L} > Suitcase Accessories",
                           ("Suitcase Cover, Stretch Spandex, Fits 24-28 inch, Black", 19),
                           ("Clear Suitcase Cover, Waterproof PVC, 22 inch", 15),
                           ("Voyagio Suitcase Cover, World Map Print, M", 22)),
    "suitcase_acc": items(f"{L} > Suitcase Accessories",
                          ("Replacement Spinner Wheels for Suitcases, 4 Pack, Black", 25),
                          ("Suitcase Replacement Handle, Telescoping, Black", 29),
                          ("Luggage Straps for Suitcases, Adjustable, 2 Pack, Black", 12)),
    "cube": items(f"{T} > Packing Organizers", ("Voyagio Packing Cubes, 6 Set, Grey", 29),
                  ("Compression Packing Cubes, 4 Piece, Navy", 34), ("Ultralight Packing Cubes, 3 Pack, Teal", 19)),
    "toiletry": items(f"{T} > Packing Organizers", ("Hanging Toiletry Bag, Waterproof, Black", 24),
                      ("Clear Toiletry Bag, TSA Approved, 2 Pack", 12)),
    "pillow": items(PILLOWS, ("Memory Foam Travel Pillow, Neck Support, Grey", 29),
                    ("Inflatable Travel Pillow, Compact, Blue", 12),
                    ("Voyagio Wrap Travel Pillow, Adjustable, Black", 35),
                    ("Kids Travel Pillow, Animal Design, Pink", 16)),
    "pillowcover": items(f"{PILLOWS} > Pillow Covers", ("Travel Pillow Cover, Velour, Washable, Grey", 9),
                         ("Replacement Pillow Cover for Memory Foam Travel Pillows, Black", 11),
                         ("Cooling Pillow Cover, Fits Most Neck Pillows, Blue", 12)),
    "pillow_acc": items(f"{PILLOWS} > Pillow Covers", ("Storage Bag for Travel Pillows, Drawstring, Grey", 6),
                        ("Clip Strap for Travel Pillows, Attach to Luggage", 7)),
    "lock": items(LOCKS, ("TSA Luggage Lock, 4-Digit Combination, Black", 12),
                  ("Voyagio TSA Padlock, Zinc Alloy, 2 Pack, Red", 16), ("Key Luggage Lock, Brass, 2 Keys", 8)),
    "cablelock": items(LOCKS, ("TSA Cable Lock, 3-Digit, Flexible Steel Cable, Black", 14),
                       ("Voyagio Cable Lock, Retractable, TSA Approved, Blue", 18)),
    "lockcable": items(f"{T} > Security", ("Lock Cable, Braided Steel, 1.2 m, Loop Ends", 11),
                       ("Security Lock Cable for Bags and Luggage, Coiled, 2 m", 15)),
    "adapter": items(POWER, ("Universal Travel Adapter, 4 USB Ports, Worldwide, Black", 29),
                     ("UK Travel Adapter, Type G, 2 Pack, White", 14), ("Voyagio EU Plug Adapter, Type C, 3 Pack", 12)),
    "adapter_acc": items(POWER, ("Replacement Fuse for Universal Travel Adapters, 8A, 5 Pack", 6),
                         ("Travel Adapter Case, Hard Shell, Black", 13)),
    "scale": items(f"{T} > Luggage Scales", ("Digital Luggage Scale, 50 kg, Backlit LCD", 15),
                   ("Voyagio Luggage Scale, Hook Type, Silver", 12)),
    "noise": each(("Contoured Sleep Mask, Blackout, Black", f"{T} > Sleep", 10),
                  ("Foam Earplugs, 20 Pairs", f"{T} > Sleep", 6),
                  ("Luggage Tags, Leather, 2 Pack, Brown", f"{T} > Tags", 12)),
}

MIX, DECO = "Small Appliances > Mixers", "Cake Decorating"

BAKING = {
    "cakepan": items("Bakeware > Cake Pans", ("Round Cake Pan, 9 inch, Nonstick, 2 Pack", 24),
                     ("Springform Cake Pan, 10 inch, Leakproof, Black", 22),
                     ("Ovenly Square Cake Pan, 8 x 8 inch, Aluminium", 14),
                     ("Heart Shaped Cake Pan, Silicone, Red", 11)),
    "cakepan_acc": items("Bakeware > Cake Pans > Pan Liners",
                         ("Parchment Liners for 9 inch Round Cake Pans, 100 Rounds", 8),
                         ("Cake Pan Strips, Even-Bake, 2 Pack", 12)),
    "standmixer": items(f"{MIX} > Stand Mixers", ("Ovenly Tilt-Head Stand Mixer, 5 Qt, 10 Speeds, Red", 299),
                        ("Bowl-Lift Stand Mixer, 6 Qt, 575 W, Silver", 379), ("Compact Stand Mixer, 3.5 Qt, Mint", 149),
                        ("Stand Mixer, 5.5 Qt Stainless Bowl, 6 Speeds, Red", 229),
                        ("Pro Stand Mixer, 7 Qt, Red, Dough Hook and Whisk Included", 449)),
    "handmixer": items(f"{MIX} > Hand Mixers", ("Hand Mixer, 5 Speeds, Beaters and Dough Hooks, White", 35),
                       ("Ovenly Hand Mixer, Turbo Boost, Snap-On Case, Red", 49)),
    "mixerbowl": items(f"{MIX} > Mixer Parts", ("Mixer Bowl, 5 Qt Stainless Steel, for Tilt-Head Stand Mixers", 45),
                       ("Glass Mixer Bowl with Lid, 5 Qt, for Stand Mixers", 49)),
    "mixercover": items(f"{MIX} > Mixer Parts", ("Mixer Cover, Quilted Cotton, for Stand Mixers, Red", 19),
                        ("Stand Mixer Cover with Pockets, Fits 4.5-6 Qt, Grey", 22),
                        ("Clear Mixer Cover, Dustproof PVC, Red", 16)),
    "mixer_acc": items(f"{MIX} > Mixer Parts", ("Pasta Roller Attachment for Stand Mixers", 79),
                       ("Pouring Shield Replacement for Stand Mixer, 5 Qt", 12),
                       ("Stand Mixer Replacement Whisk, Stainless, 6 Wire", 24)),
    "bowl": items("Bakeware > Mixing Bowls", ("Stainless Steel Mixing Bowls, Set of 5, Nesting", 32),
                  ("Glass Mixing Bowl Set, 3 Piece, with Lids", 28),
                  ("Ovenly Melamine Mixing Bowl, 4 Qt, Non-Slip Base, Red", 19)),
    "scraper": items("Baking Tools > Scrapers", ("Bowl Scraper, Flexible Silicone, 2 Pack", 8),
                     ("Plastic Bowl Scrapers, Set of 4, Assorted Colours", 6),
                     ("Ovenly Bowl Scraper, Curved Edge, Red", 5)),
    "benchscraper": items("Baking Tools > Scrapers", ("Stainless Steel Bench Scraper, 6 inch, Ruler Edge", 12)),
    "pipingbag": items(f"{DECO} > Piping", ("Disposable Piping Bags, 16 inch, 100 Count", 12),
                       ("Reusable Silicone Piping Bags, 3 Sizes", 14), ("Ovenly Piping Bags and 24 Tips Set", 19),
                       ("Thick Piping Bags, Anti-Burst, 12 inch, 50 Count", 9)),
    "pipingbag_acc": items(f"{DECO} > Piping", ("Couplers for Piping Bags, Standard, 6 Pack", 5),
                           ("Piping Bag Holder Stand, Set of 2", 11), ("Clips for Piping Bags, Silicone, 8 Pack", 6)),
    "rollingpin": items("Baking Tools > Rolling Pins", ("French Rolling Pin, Maple Wood, 18 inch", 19),
                        ("Marble Rolling Pin with Stand, White", 29),
                        ("Adjustable Rolling Pin with Thickness Rings, Stainless", 24)),
    "coolingrack": items("Bakeware > Racks", ("Cooling Rack, Stainless Steel, Half Sheet, 2 Pack", 18),
                         ("3-Tier Stackable Cooling Rack, Black", 22)),
    "noise": each(("Cake Stand, Glass Dome, 10 inch", f"{DECO} > Stands", 34),
                  ("Digital Kitchen Scale, 5 kg, Stainless", "Baking Tools > Scales", 18),
                  ("Half Sheet Pan, Aluminium, 2 Pack", "Bakeware > Sheet Pans", 21)),
}

B, OP = "防災グッズ", "Outdoor Power"
LIGHT = f"{B} > ライト"

BOSAI = {
    "powerstation": items(f"{OP} > Portable Power Stations", ("ポータブル電源 大容量 1000Wh AC1500W 純正弦波 グレー", 89800),
                          ("ポータブル電源 小型 300Wh 軽量 車中泊 キャンプ グレー", 29800),
                          ("Portable Power Station 500Wh, LiFePO4, 4 AC Outlets, Grey", 49800),
                          ("ポータブル電源 518Wh リン酸鉄 防災 停電対策 グレー", 54800),
                          ("ポータブル電源 ミニ 150Wh USB-C PD オレンジ", 14800)),
    "pscase": items(f"{OP} > Accessories", ("ポータブル電源 ケース 収納バッグ 防塵 防水 グレー", 2980),
                    ("ポータブル電源用 ケース ハード EVA 300Wh対応", 3480),
                    ("収納ケース ポータブル電源用 1000Wh 持ち運び グレー", 3980)),
    "ps_acc": items(f"{OP} > Accessories", ("ポータブル電源専用 シガーソケット 充電ケーブル 12V", 1980),
                    ("カバー ポータブル電源用 防塵 グレー", 1680)),
    "solarpanel": items(f"{OP} > Solar Panels", ("ソーラーパネル 100W 折りたたみ 高効率 ETFE", 19800),
                        ("ソーラーパネル 200W 両面発電 防水 IP67", 39800),
                        ("Foldable Solar Panel 60W, USB-C and DC Output, Kickstand", 12800),
                        ("Portable Solar Panel 120W, Monocrystalline, for Power Stations", 24800)),
    "solar_acc": items(f"{OP} > Solar Panels > Cables & Stands", ("ソーラーパネル用 延長ケーブル MC4 5m", 1980),
                       ("ソーラーパネル専用 スタンド 角度調整 アルミ", 2480)),
    "lantern.battery": items(f"{LIGHT} > ランタン", ("LEDランタン 電池式 単1 1000ルーメン 昼白色 白", 2980),
                             ("電池式 ランタン 単3 コンパクト 防災 白", 1680),
                             ("乾電池式 LEDランタン 吊り下げ 3色切替 黒", 1280)),
    "lantern": items(f"{LIGHT} > ランタン", ("LEDランタン 充電式 USB-C 2000mAh 白", 2480),
                     ("ソーラー ランタン 折りたたみ 防水 白", 1980),
                     ("Rechargeable LED Camping Lantern, 3 Light Modes, Hook, Black", 2680)),
    "lantern_acc": items(f"{LIGHT} > ランタン", ("ランタン用 シェード 拡散カバー 白", 680),
                         ("ランタン対応 フック 吊り下げ S字 白 4個", 480)),
    "battery": items(f"{B} > 電池", ("ランタン用 電池 単1形 アルカリ 4本", 880),
                     ("電池 単3 アルカリ 20本 ランタン 懐中電灯 予備", 1280)),
    "standlight": items(f"{LIGHT} > スタンドライト", ("LEDスタンドライト 充電式 コードレス 停電 防災 調光", 3980),
                        ("スタンドライト 電池式 折りたたみ 読書灯 非常用", 2480),
                        ("スタンドライト LED 卓上 USB給電 ホワイト", 1980)),
    "light": items(f"{LIGHT} > 懐中電灯", ("LED懐中電灯 ハンディライト 強力 防水 ズーム", 1980),
                   ("Tactical LED Flashlight, 1200 Lumens, Rechargeable", 2980)),
    "light.head": items(f"{LIGHT} > ヘッドライト", ("ヘッドライト LED 充電式 防水 軽量", 1980),
                        ("LED Headlamp, 500 Lumens, Motion Sensor, Rechargeable", 2480),
                        ("Headlamp 2 Pack, Red Light Mode, AAA Battery", 1780),
                        ("ヘッドライト 電池式 単4 センサー付き", 1280)),
    "lightstand": items(f"{LIGHT} > スタンド", ("ライトスタンド 三脚 アルミ 高さ調整 180cm 投光器 取付", 2980),
                        ("ライトスタンド 折りたたみ 伸縮 LEDライト 撮影 兼用", 2480)),
    "stand": items(f"{LIGHT} > スタンド", ("ランタンスタンド 折りたたみ アルミ ハンガー付き", 2680),
                   ("ランタンスタンド 卓上 フック 高さ調節 黒", 1980)),
    "food": items(f"{B} > 非常食", ("非常食 アルファ米 12食セット 5年保存 白米 五目ご飯", 4980),
                  ("パンの缶詰 3缶セット 5年保存 防災 備蓄", 1980),
                  ("Emergency Food Bars, 3600 Calorie, 5 Year Shelf Life, 6 Pack", 3280),
                  ("非常食 ようかん 5年保存 10本", 1680)),
    "toilet": items(f"{B} > 簡易トイレ", ("簡易トイレ 組み立て式 段ボール 洋式 耐荷重200kg", 2980),
                    ("携帯トイレ 非常用 50回分 凝固剤 処理袋 セット 15年保存", 4980),
                    ("簡易トイレ 折りたたみ 便座 ポータブル 蓋付き", 3480)),
    "toilet_acc": items(f"{B} > 簡易トイレ > 交換用品", ("簡易トイレ用 凝固剤 100回分 消臭", 2480),
                        ("簡易トイレ専用 処理袋 50枚 防臭 黒", 1280), ("便座シート 簡易トイレ対応 使い捨て 30枚", 980)),
}

K, H = "介護用品", "Health Devices"
CANE, CHAIR, BP = f"{K} > 歩行補助", f"{K} > 車椅子", f"{H} > Blood Pressure Monitors"

KAIGO = {
    "cane": items(f"{CANE} > 杖", ("杖 折りたたみ 軽量 アルミ 5段階 伸縮 ブラック", 2980), ("多点杖 4点杖 自立 高さ調節 介護", 4980),
                  ("ステッキ 杖 木製 T字 紳士用 ブラウン", 3980), ("杖 伸縮 LEDライト付き 滑り止め 女性用 花柄", 3480)),
    "cane_acc": items(f"{CANE} > 杖小物", ("杖用 先ゴム 交換用 2個 19mm", 580), ("杖専用 ストラップ 落下防止 手首", 680),
                      ("杖先ゴム 交換 杖対応 滑り止め 16mm", 480)),
    "caneholder": items(f"{CANE} > 杖小物", ("杖ホルダー テーブル 引っ掛け 落下防止", 980),
                        ("杖 ホルダー 車椅子 歩行器 取り付け", 1280), ("杖ホルダー クリップ式 マグネット 2個", 880)),
    "wheelchair": items(CHAIR, ("車椅子 自走式 折りたたみ 軽量 アルミ ブルー", 39800),
                        ("車椅子 介助式 コンパクト 背折れ クッション付き ブルー", 34800),
                        ("Lightweight Folding Wheelchair, Self-Propelled, 18 inch Seat, Blue", 29800),
                        ("車椅子 自走式 ノーパンクタイヤ クッション付き 黒", 24800)),
    "wccushion": items(f"{CHAIR} > 車椅子用品", ("車椅子クッション 低反発 ジェル 40×40cm 床ずれ予防", 3980),
                       ("車椅子用 クッション 座面 滑り止め 洗えるカバー", 2980),
                       ("クッション 車椅子用 エアー 褥瘡予防 ブルー", 5980)),
    "wheelchair_acc": items(f"{CHAIR} > 車椅子用品", ("車椅子用 バッグ 背もたれ 掛け 撥水 ブルー", 2480),
                            ("車椅子専用 テーブル トレー 取り付け式", 4980), ("車椅子対応 レインポンチョ 防水 ブルー", 3980)),
    "cushion": items(f"{K} > クッション", ("円座クッション 低反発 ドーナツ型 洗えるカバー", 2980),
                     ("体位変換クッション 三角 介護 床ずれ防止", 3980)),
    "bpmonitor": items(BP, ("血圧計 上腕式 自動 大画面 メモリー 90回 白", 4980), ("血圧計 手首式 コンパクト 収納ケース付き 白", 2980),
                       ("Upper Arm Blood Pressure Monitor, Wide-Range Cuff, Bluetooth, White", 5980),
                       ("血圧計 上腕式 医療機器認証 2人分記録 グレー", 3980), ("手首式 血圧計 血圧測定器 黒", 1980)),
    "bpcase": items(f"{BP} > Accessories", ("血圧計 ケース 上腕式 収納 ハード 白", 1480), ("血圧計用 収納ケース 手首式 EVA", 980),
                    ("ケース 血圧計対応 持ち運び ポーチ グレー", 1280)),
    "bp_acc": items(f"{BP} > Accessories", ("血圧計用 カフ 腕帯 交換用 22-42cm 白", 1980), ("血圧計専用 ACアダプター 6V", 1280),
                    ("Replacement Cuff for Upper Arm Blood Pressure Monitors, Large, White", 2280)),
    "thermometer": items("健康器具 > 体温計", ("体温計 予測式 15秒 電子体温計 わき下", 1280), ("非接触 体温計 おでこ 1秒測定 赤外線", 2980),
                         ("婦人体温計 基礎体温 口中 アプリ連携", 3480), ("体温計 耳式 1秒 赤ちゃん 大人 兼用", 2480)),
    "massager.neck": items(f"{H} > Massagers", ("ネックマッサージャー 温熱 首 肩 コードレス", 5980),
                           ("Shiatsu Neck and Shoulder Massager with Heat, Grey", 6980),
                           ("Cordless Neck Massager, 3D Kneading, 4 Nodes", 4980)),
    "massager": items(f"{H} > Massagers", ("マッサージ器 肩 腰 もみ玉 ヒーター付き", 3980),
                      ("フットマッサージャー エアー 足裏 ふくらはぎ", 12800)),
    "massagegun": items(f"{H} > Massage Guns", ("マッサージガン 筋膜リリース 6段階 静音 黒", 6980),
                        ("Massage Gun, Deep Tissue, 30 Speeds, 6 Heads, Black", 8980),
                        ("Mini Massage Gun, Quiet, Portable, USB-C", 4980)),
    "massagegun_acc": items(f"{H} > Massage Guns", ("マッサージガン用 アタッチメント 交換ヘッド 8種", 1480),
                            ("マッサージガン専用 収納ケース 黒", 1980)),
    "noise": each(("ベッド手すり 介護 工事不要 立ち上がり補助", f"{K} > 介護ベッド用品", 9800),
                  ("Overbed Table with Wheels, Adjustable Height", f"{K} > 介護ベッド用品", 8980)),
}

SHOPS = {"travel": TRAVEL, "baking": BAKING, "bosai": BOSAI, "kaigo": KAIGO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("travel", "cable lock", "cablelock", ["lock"], ["lockcable"]),
    two_types("baking", "mixer bowl", "mixerbowl", ["bowl"], ["standmixer"]),
    two_types("bosai", "スタンドライト", "standlight", ["light"], ["lightstand"]),
    two_types("bosai", "ライトスタンド", "lightstand", ["stand"], ["standlight"]),
    two_types("bosai", "電池 ランタン", "lantern.battery", ["lantern"], ["battery"]),
    two_types("kaigo", "車椅子 クッション", "wccushion", ["cushion"], ["wheelchair"]),
    # --- 2. a leading product word that modifies the head
    qualifies("travel", "suitcase cover", ["suitcasecover"], ["suitcase"]),
    qualifies("travel", "pillow cover", ["pillowcover"], ["pillow"]),
    qualifies("baking", "bowl scraper", ["scraper"], ["bowl"]),
    qualifies("baking", "mixer cover", ["mixercover"], ["standmixer", "handmixer"]),
    qualifies("bosai", "ポータブル電源 ケース", ["pscase"], ["powerstation"]),
    qualifies("kaigo", "杖 ホルダー", ["caneholder"], ["cane"]),
    qualifies("kaigo", "血圧計 ケース", ["bpcase"], ["bpmonitor"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("travel", "suitcase", ["suitcase"], ["suitcasecover", "suitcase_acc"]),
    accessories("travel", "travel pillow", ["pillow"], ["pillowcover", "pillow_acc"]),
    accessories("travel", "travel adapter", ["adapter"], ["adapter_acc"]),
    accessories("baking", "stand mixer", ["standmixer"], ["mixerbowl", "mixercover", "mixer_acc"]),
    accessories("baking", "piping bags", ["pipingbag"], ["pipingbag_acc"]),
    accessories("bosai", "ポータブル電源", ["powerstation"], ["pscase", "ps_acc"]),
    accessories("bosai", "簡易トイレ", ["toilet"], ["toilet_acc"]),
    accessories("kaigo", "杖", ["cane"], ["cane_acc", "caneholder"]),
    accessories("kaigo", "車椅子", ["wheelchair"], ["wccushion", "wheelchair_acc"]),
    accessories("kaigo", "血圧計", ["bpmonitor"], ["bpcase", "bp_acc"]),
    # black suitcases: hardside 219, Skyline carry-on 139, polycarbonate 179 (a blue kids' one 79; black
    # covers, wheels, handle and straps 12-29)
    price("travel", "cheap black suitcase", "suitcase-1", ["suitcasecover", "suitcase_acc"]),
    # red stand mixers: tilt-head 299, 5.5 Qt 229, pro 449 (a mint compact one 149; red mixer covers 16-19)
    price("baking", "budget red stand mixer", "standmixer-3", ["mixerbowl", "mixercover", "mixer_acc"]),
    # grey power stations: 1000Wh 89800, 300Wh 29800, English 500Wh 49800, 518Wh 54800 (an orange 150Wh one
    # 14800; grey cases 2980-3980, a grey cover 1680)
    price("bosai", "安い グレー ポータブル電源", "powerstation-1", ["pscase", "ps_acc"]),
    # white lanterns: battery 2980 and 1680, rechargeable 2480, solar 1980 (a black battery one 1280; white
    # shade and hooks 480-680, batteries 880)
    price("bosai", "激安 白 ランタン", "lantern.battery-1", ["lantern_acc", "battery", "stand"]),
    # blue wheelchairs: self-propelled 39800, attendant 34800, English 29800 (a black one 24800; a blue
    # cushion 5980, blue bag 2480 and poncho 3980)
    price("kaigo", "格安 ブルー 車椅子", "wheelchair-2", ["wccushion", "wheelchair_acc"]),
    # white blood pressure monitors: upper arm 4980, wrist 2980, English 5980 (a grey 3980, a black wrist one
    # 1980; a white case 1480, white cuffs 1980 and 2280)
    price("kaigo", "お手頃 白 血圧計", "bpmonitor-1", ["bpcase", "bp_acc"]),
    # --- 4. Japanese queries among English-titled items; English queries over Japanese-only titles
    mixed("bosai", "ソーラーパネル", "solarpanel"),
    mixed("bosai", "非常食", "food"),
    mixed("bosai", "ヘッドライト", "light.head"),
    mixed("bosai", "portable toilet", "toilet"),
    mixed("kaigo", "マッサージガン", "massagegun"),
    mixed("kaigo", "ネックマッサージャー", "massager.neck"),
    mixed("kaigo", "walking cane", "cane"),
    mixed("kaigo", "thermometer", "thermometer"),
]

LX, DN, LO = "categories-lexical", "categories-dense", "categories-latin-only"
_STANDLIGHT = ("the three スタンドライト first, then lanterns and headlamps, a ライトスタンド above an English "
               "Headlamp, and the 懐中電灯 (no light by its title) missing")
LIMITS: dict = {
    **{("blind46", "two_types:bosai:スタンドライト", s): _STANDLIGHT for s in (LX, DN, LO)},
    **{("blind46", "accessories:travel:travel_adapter", s): "the Travel Adapter Case first, above the three adapters"
       for s in (LX, DN)},
    ("blind46", "accessories:baking:piping_bags", DN): "the Piping Bag Holder Stand third, above two piping bags",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind46(q: Q, setup: str, known_limit):
    known_limit("blind46")
    check(q, setup, ENGINES)


def test_blind46_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "red": "Red", "グレー": "Grey", "白": "White", "ブルー": "Blue"})
