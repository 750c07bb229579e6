"""A hundred-and-forty-fifth blind held-out suite of query understanding, written from what a shop
assistant would show, without reading the engine, in vocabularies earlier suites use little:
janitorial and floor cleaning tools (English: wringer buckets and bucket wringers, sponge mops and
mop sponges, spin and spray mops with their refills, mop holders), home sauna and spa (English:
barrel and infrared saunas with their panels, sauna heaters and heater parts, sauna buckets and hats,
hot tubs and inflatable hot tubs with their covers and filters), a Japanese bath shop 風呂用品
(シャワーヘッド and its 交換パーツ, シャワーホース and hose parts, 風呂椅子 and its pads, バスマット and
バスマット ハンガー; part of its category tree in English, with English-titled imports whose Japanese
names are katakana loanwords: Shower Cap ヘアキャップ, Bottle Rack ボトルラック, Towel Hanger
タオルハンガー) and a Japanese closet and entryway storage shop 押入れ・玄関収納 (フックラック and
ラックフック, 押入れラック and its parts, 除湿剤, シューズラック カバー, 傘立て トレー; part of its tree in
English, with English imports: Coat Rack コートラック, Key Hook キーフック). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and three English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (145th suite), as a measurement only (nothing changed for it):
84 of 86 cases pass, 34 of 35 queries in every setup (two_types 5/6 queries, 12/14 cases;
qualifies 7/7, 17/17; accessories 8/8, 19/19; price 6/6, 15/15; mixed 8/8, 21/21); the 2 failing
cases (one query, "mop sponge", in both its setups: the plain sponges first, the mop sponges third
and fourth) are strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CL = "Cleaning"
BUCKETS, MOPS, REFILLS = f"{CL} > Buckets", f"{CL} > Mops", f"{CL} > Mops > Mop Refills"

CLEAN = {
    "wringerbucket": items(f"{BUCKETS} > Wringer Buckets", ("Commercial Wringer Bucket, 26 Qt, Side Press, Yellow", 79),
                           ("Wringer Bucket on Wheels, 20L, Grey", 59), ("Compact Wringer Bucket, 12L, Blue", 35)),
    "bucket": items(BUCKETS, ("Heavy Duty Cleaning Bucket, 10L, with Spout, Grey", 9),
                    ("Collapsible Bucket, 10L, Silicone, Blue", 15)),
    "bucket.mop": items(f"{BUCKETS} > Mop Buckets", ("Rectangular Mop Bucket, 15L, Red", 14),
                        ("Mop Bucket with Strainer, 13L, Blue", 17), ("Flat Mop Bucket, Self-Cleaning, 2 Chambers", 29)),
    "bucketwringer": items(f"{MOPS} > Mop Wringers", ("Bucket Wringer, Down Press, Fits Round Buckets", 39),
                           ("Clip-On Bucket Wringer for 10-16L Buckets, Grey", 19)),
    "wringer": items(f"{MOPS} > Mop Wringers", ("Mop Wringer, Side Press, Commercial, Yellow", 45),
                     ("Roller Mop Wringer, Twist Handle", 25)),
    "spongemop": items(f"{MOPS} > Sponge Mops", ("Sponge Mop with Squeeze Lever, PVA, Blue", 19),
                       ("Butterfly Sponge Mop, Self-Wringing, 27cm", 24), ("Roller Sponge Mop, Absorbent, Green", 16)),
    "mop": items(MOPS, ("Cotton String Mop, Wooden Handle, 130cm", 12), ("Microfibre Flat Mop, 360 Swivel, Grey", 22)),
    "mopsponge": items(REFILLS, ("Mop Sponge Refill, PVA, 2 Pack, Blue", 9),
                       ("Replacement Mop Sponge Head, 27cm, Fits Butterfly Mops", 8)),
    "sponge": items(f"{CL} > Sponges", ("Scrub Sponges, Non-Scratch, 6 Pack, Yellow", 5), ("Cellulose Sponges, 4 Pack", 4)),
    "mop.spin": items(f"{MOPS} > Spin Mops", ("Spin Mop with Microfibre Refills, Grey", 39),
                      ("Quickturn Spin Mop, Microfibre Head, Blue", 29), ("Spin Mop, Stainless Handle, Grey", 24),
                      ("Compact Spin Mop, Foot Pedal, White", 19)),
    "spin_acc": items(REFILLS, ("Spin Mop Replacement Heads, Microfibre, 3 Pack, Grey", 9),
                      ("Refill Heads for Spin Mops, 4 Pack", 11), ("Spin Mop Replacement Pedal Spring", 6)),
    "mop.spray": items(f"{MOPS} > Spray Mops", ("Spray Mop with Refillable Bottle, 3 Pads, Blue", 25),
                       ("Spray Mop, Washable Pad, 400ml, Grey", 19), ("Spray Mop, Dual Tank, Grey", 32)),
    "spray_acc": items(REFILLS, ("Spray Mop Replacement Pads, Microfibre, 4 Pack, Blue", 8),
                       ("Replacement Bottle for Spray Mops, 400ml", 6)),
    "mopholder": items(f"{CL} > Storage", ("Mop Holder, Wall Mount, 5 Slots, Black", 19),
                       ("Mop and Broom Holder, Stainless, 3 Clips", 15), ("Mop Holder Clips, Self-Adhesive, 4 Pack", 9)),
    "broom": items(f"{CL} > Brooms", ("Angle Broom with Dustpan Set", 18), ("Outdoor Push Broom, 60cm, Stiff Bristles", 27)),
}

S = "Sauna & Spa"
SAUNAS, HEAT, TUBS = f"{S} > Saunas", f"{S} > Sauna Heaters", f"{S} > Hot Tubs"

SAUNA = {
    "sauna": items(SAUNAS, ("Nordvik Barrel Sauna, 4 Person, Cedar", 5490), ("Outdoor Cabin Sauna, 6 Person, Spruce", 7990),
                   ("Portable Steam Sauna Tent, Foldable, Grey", 129)),
    "sauna.infrared": items(f"{SAUNAS} > Infrared Saunas", ("Infrared Sauna, 2 Person, Hemlock, Low EMF", 2890),
                            ("Nordvik Far Infrared Sauna, 1 Person, Carbon Panels", 1990),
                            ("Infrared Sauna Cabin, 3 Person, Canadian Hemlock", 3690)),
    "infrared_acc": items(f"{SAUNAS} > Sauna Parts", ("Replacement Carbon Heater Panel for Infrared Saunas", 149),
                          ("Backrest for Infrared Sauna, Ergonomic, Hemlock", 59),
                          ("Infrared Sauna Replacement Control Panel", 89)),
    "heater": items(HEAT, ("Nordvik Electric Sauna Heater, 6kW, Stainless", 549), ("Wood-Burning Sauna Heater, 20kW, Black", 899),
                    ("Electric Sauna Heater, 8kW, Black, Built-In Controls", 699), ("Compact Sauna Heater, 3kW, Black", 399),
                    ("Wall-Mount Sauna Heater, 4.5kW, Stainless", 459)),
    "heater_acc": items(f"{HEAT} > Heater Parts", ("Heater Guard for Sauna Heaters, Black", 79),
                        ("Sauna Heater Replacement Element, 2kW", 39), ("Sauna Heater Control Panel, Digital, Black", 149),
                        ("Sauna Stones for Electric Sauna Heaters, 20kg", 49)),
    "stones": items(f"{S} > Sauna Stones", ("Olivine Diabase Stones, 20kg", 45), ("Peridotite Rocks, 10-15cm, 15kg", 39)),
    "bucket": items(f"{S} > Buckets & Ladles", ("Sauna Bucket with Ladle, Cedar, 4L", 49),
                    ("Stainless Sauna Bucket, 3L, Plastic Liner", 59), ("Aspen Sauna Bucket, 5L", 39)),
    "ladle": items(f"{S} > Buckets & Ladles", ("Sauna Ladle, Birch, 38cm", 19), ("Long Handle Sauna Ladle, Aspen", 24)),
    "hat": items(f"{S} > Sauna Textiles", ("Wool Sauna Hat, Felted, Grey", 25), ("Linen Sauna Hat, Natural", 19),
                 ("Sauna Hat, Viking Style, Felt", 29)),
    "hottub": items(TUBS, ("Acrylic Hot Tub, 5 Seats, 30 Jets, LED", 5990), ("Wooden Hot Tub, Wood-Fired, Cedar, 6 Person", 3490),
                    ("Rigid Foam Hot Tub, 2 Person, Grey", 1290)),
    "hottub.inflatable": items(f"{TUBS} > Inflatable Hot Tubs", ("Inflatable Hot Tub, 4 Person, 120 Jets, Grey", 449),
                               ("Inflatable Hot Tub, 6 Person, Brown", 599), ("Bubblix Inflatable Hot Tub, Square, 4 Person", 529)),
    "inflatable_acc": items(f"{TUBS} > Hot Tub Accessories", ("Replacement Cover for Inflatable Hot Tubs, Grey", 79),
                            ("Inflatable Hot Tub Filter Cartridges, 6 Pack", 25), ("Inflatable Hot Tub Repair Kit", 12)),
    "hottub_acc": items(f"{TUBS} > Hot Tub Accessories", ("Hot Tub Replacement Cover, 200x200cm, Grey", 299),
                        ("Hot Tub Steps, 2 Tier, Non-Slip", 89), ("Floating Thermometer for Hot Tubs", 12)),
    "noise": each(("Sauna Thermometer and Hygrometer, Wooden", f"{S} > Accessories", 29),
                  ("Waffle Bath Robe, Unisex, White", f"{S} > Sauna Textiles", 49)),
}

B, BE = "風呂用品", "Bath"

BATH = {
    "showerhead": items(f"{BE} > Shower Heads", ("シャワーヘッド 節水 70% 手元止水 白", 2980), ("シャワーヘッド マイクロバブル 3段階 白", 4980),
                        ("Shower Head, High Pressure, 5 Settings, Chrome", 2480), ("シャワーヘッド ビタミンC 塩素除去 シルバー", 3480),
                        ("Rainfall Shower Head, 8 Inch, White", 3980)),
    "showerhead_acc": items(f"{BE} > Shower Heads > 交換パーツ", ("シャワーヘッド用 交換カートリッジ ビタミンC 2個", 1280),
                            ("シャワーヘッド専用 パッキン 交換用 白 3個", 280), ("シャワーヘッド対応 アダプター 4種セット", 680),
                            ("フィルター シャワーヘッド用 塩素除去 白", 980)),
    "hose": items(f"{B} > シャワーホース", ("シャワーホース 1.6m 白 防カビ", 1480), ("シャワーホース 2m ステンレス調 シルバー", 1980),
                  ("シャワーホース 伸縮 最大2.5m グレー", 2280)),
    "hose_acc": items(f"{B} > シャワーホース > ホース小物", ("シャワーホース用 パッキン 交換 5個", 180),
                      ("シャワーホース専用 アダプター 各社対応", 580), ("シャワーホース対応 ホースカバー 1.6m", 480)),
    "chair": items(f"{BE} > Bath Chairs", ("風呂椅子 高さ30cm 抗菌 白", 1980), ("風呂椅子 折りたたみ 高さ35cm グレー", 2480),
                   ("風呂椅子 ひのき 天然木", 4980), ("風呂椅子 介護 肘掛け付き 白", 3980)),
    "chair_acc": items(f"{BE} > Bath Chairs > 椅子小物", ("風呂椅子用 滑り止めパッド 白 4枚", 380), ("風呂椅子専用 クッションカバー 白", 780),
                       ("風呂椅子対応 脚キャップ 交換用 4個", 280)),
    "bathmat": items(f"{B} > バスマット", ("バスマット 珪藻土 大判 60×39cm", 2980), ("バスマット 速乾 マイクロファイバー 白", 1280),
                     ("Bath Mat, Memory Foam, Non-Slip, Grey", 1980)),
    "mathanger": items(f"{B} > バスマット > 乾燥", ("バスマットハンガー 吸盤 浴室 白", 980), ("バスマット ハンガー ステンレス 物干し", 1280),
                       ("バスマット用 ハンガー 折りたたみ", 880)),
    "cap": items(f"{BE} > Shower Caps", ("Shower Cap, Waterproof, Reusable, Floral", 680), ("Shower Caps, Double Layer, 3 Pack", 780),
                 ("ヘアキャップ 防水 繰り返し使える", 480)),
    "bottlerack": items(f"{BE} > Bath Storage", ("Shower Bottle Rack, Corner, Stainless", 2480),
                        ("Bottle Rack for Shower, 2 Tier, Adhesive", 1980), ("ボトルラック 浴室 マグネット 白", 1780)),
    "towelhanger": items(f"{BE} > Bath Storage", ("Towel Hanger, Over the Door, 3 Bars", 1480),
                         ("Suction Towel Hanger, Bathroom Wall", 980), ("タオルハンガー 吸盤 浴室 ステンレス", 1280)),
    "noise": each(("湯おけ 抗菌 白 日本製", f"{B} > 湯おけ", 880), ("入浴剤 炭酸 24錠 4種の香り", f"{B} > 入浴剤", 980)),
}

O, CE, EN = "押入れ収納", "Closet", "Entryway"

CLOSET = {
    "hookrack": items("収納用品 > フック・ラック", ("フックラック 壁付け 5連 アイアン 黒", 1980), ("フックラック ドア掛け 6フック 白", 1280),
                      ("フックラック 木製 3連 ナチュラル", 1480)),
    "rack": items("収納用品 > ラック", ("スチールラック 5段 幅90cm", 5980), ("ラック 3段 キャスター付き 白", 2980)),
    "rackhook": items("収納用品 > フック・ラック", ("ラックフック S字 10個入 シルバー", 480), ("ラックフック ワイヤー棚 5個", 380)),
    "hook": items("収納用品 > フック", ("S字フック 20個 ステンレス", 580), ("フック 粘着 壁 10個 透明", 480)),
    "oshiire": items(f"{O} > 押入れラック", ("押入れラック 伸縮 2段 幅74-120cm 白", 3980), ("押入れラック キャスター付き 奥行74cm", 2980),
                     ("押入れラック スライド式 白", 4980), ("押入れラック 3段 スチール ブラウン", 3480)),
    "oshiire_acc": items(f"{O} > 押入れラック > パーツ", ("押入れラック用 棚板 追加 白", 980), ("押入れラック専用 キャスター 4個 交換用", 780),
                         ("キャスター 押入れラック用 ストッパー付き 白", 680)),
    "dehum": items(f"{CE} > Moisture Absorbers", ("除湿剤 押入れ用 420ml 3個", 398), ("除湿剤 クローゼット用 吊り下げ 3個", 498),
                   ("Moisture Absorber, Hanging Bags, 6 Pack", 980)),
    "shoerack": items(f"{EN} > Shoe Racks", ("シューズラック 5段 スリム 白", 2480), ("Shoe Rack, 4 Tier, Bamboo, Natural", 2980)),
    "rackcover": items(f"{EN} > Shoe Racks > カバー", ("シューズラック カバー 不織布 防塵 10段用", 980),
                       ("シューズラックカバー 透明 窓付き", 1280), ("カバー シューズラック用 4段 グレー", 880)),
    "umbrella": items(f"{EN} > 傘立て", ("傘立て スリム 陶器 白", 2980), ("傘立て スチール 8本 黒", 1980)),
    "umbrellatray": items(f"{EN} > 傘立て > 受け皿", ("傘立て用 トレー 受け皿 黒", 580), ("傘立て トレー 交換 丸型", 680),
                          ("トレー 傘立て用 角型 シルバー", 780)),
    "cabinet": items(f"{EN} > Shoe Cabinets", ("下駄箱 スリム 3段 白", 5980), ("シューズボックス 扉付き 幅60cm", 8980),
                     ("Shoe Cabinet, 2 Flip Drawers, White", 6980)),
    "coatrack": items(f"{EN} > Coat Racks", ("Coat Rack, Freestanding, 8 Hooks, Black", 3980), ("Wall Coat Rack, Oak, 5 Hooks", 2480),
                      ("コートラック スリム 木製 ナチュラル", 3480)),
    "keyhook": items(f"{EN} > Key Hooks", ("Key Hook, Wall Mount, 4 Hooks, Brass", 1280), ("Magnetic Key Hook, Wood Shelf", 1980),
                     ("キーフック マグネット 玄関 黒", 980)),
}

SHOPS = {"clean": CLEAN, "sauna": SAUNA, "bath": BATH, "closet": CLOSET}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("clean", "wringer bucket", "wringerbucket", ["bucket"], ["bucketwringer"]),
    two_types("clean", "bucket wringer", "bucketwringer", ["wringer"], ["wringerbucket"]),
    two_types("clean", "sponge mop", "spongemop", ["mop"], ["mopsponge"]),
    two_types("clean", "mop sponge", "mopsponge", ["sponge"], ["spongemop"]),
    two_types("closet", "フックラック", "hookrack", ["rack"], ["rackhook"]),
    two_types("closet", "ラックフック", "rackhook", ["hook"], ["hookrack"]),
    # --- 2. a leading product word that modifies the head
    qualifies("clean", "mop wringer", ["wringer", "bucketwringer"], ["mop"]),
    qualifies("clean", "mop holder", ["mopholder"], ["mop"]),
    qualifies("sauna", "sauna hat", ["hat"], ["sauna"]),
    qualifies("sauna", "sauna bucket", ["bucket"], ["sauna"]),
    qualifies("bath", "バスマット ハンガー", ["mathanger"], ["bathmat"]),
    qualifies("closet", "シューズラック カバー", ["rackcover"], ["shoerack"]),
    qualifies("closet", "傘立て トレー", ["umbrellatray"], ["umbrella"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("clean", "spin mop", ["mop.spin"], ["spin_acc"]),
    accessories("clean", "spray mop", ["mop.spray"], ["spray_acc"]),
    accessories("sauna", "sauna heater", ["heater"], ["heater_acc"]),
    accessories("sauna", "infrared sauna", ["sauna.infrared"], ["infrared_acc"]),
    accessories("sauna", "inflatable hot tub", ["hottub.inflatable"], ["inflatable_acc"]),
    accessories("bath", "シャワーホース", ["hose"], ["hose_acc"]),
    accessories("bath", "風呂椅子", ["chair"], ["chair_acc"]),
    accessories("closet", "押入れラック", ["oshiire"], ["oshiire_acc"]),
    # grey spin mops: refills set 39, stainless 24 (a blue one 29, a white one 19; grey refill heads 9)
    price("clean", "cheap grey spin mop", "mop.spin-2", ["spin_acc"]),
    # black sauna heaters: wood-burning 899, electric 8kW 699, compact 399 (a stainless one 459; black guard 79,
    # black control panel 149)
    price("sauna", "cheap black sauna heater", "heater-3", ["heater_acc"]),
    # grey hot tubs: inflatable 4 person 449, rigid foam 1290 (a brown inflatable 599; grey covers 79 and 299)
    price("sauna", "budget grey hot tub", "hottub.inflatable-0", ["inflatable_acc", "hottub_acc"]),
    # white bath chairs: 30cm 1980, care chair 3980 (a grey one 2480; white pads 380, white cushion cover 780)
    price("bath", "安い 白 風呂椅子", "chair-0", ["chair_acc"]),
    # white shower heads: water-saving 2980, micro-bubble 4980, English rainfall 3980 (a chrome one 2480;
    # white packing 280, white filter 980)
    price("bath", "格安 白 シャワーヘッド", "showerhead-0", ["showerhead_acc"]),
    # white closet racks: telescopic 3980, sliding 4980 (an unmarked 2980, a brown 3480; white shelf 980, caster 680)
    price("closet", "お手頃 白 押入れラック", "oshiire-0", ["oshiire_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("bath", "ヘアキャップ", "cap"),
    mixed("bath", "ボトルラック", "bottlerack"),
    mixed("bath", "タオルハンガー", "towelhanger"),
    mixed("bath", "bath chair", "chair"),
    mixed("closet", "コートラック", "coatrack"),
    mixed("closet", "キーフック", "keyhook"),
    mixed("closet", "moisture absorber", "dehum"),
    mixed("closet", "shoe cabinet", "cabinet"),
]

LIMITS: dict = {
    ("blind145", "two_types:clean:mop_sponge", "categories-lexical"):
        "the two plain sponges (Cellulose, Scrub) first, the mop sponge refills third and fourth",
    ("blind145", "two_types:clean:mop_sponge", "categories-dense"):
        "the two plain sponges (Cellulose, Scrub) first, the mop sponge refills third and fourth",
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind145(q: Q, setup: str, known_limit):
    known_limit("blind145")
    check(q, setup, ENGINES)


def test_blind145_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "White", "black": "Black", "grey": "Grey"})
