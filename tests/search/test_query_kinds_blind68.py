"""A sixty-eighth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in four shops no earlier suite uses: model kits and hobby
paint (English: model kits, airbrushes and airbrush hoses, compressors, hobby paint and paint
shakers, hobby knives, display cases), wine and bar (English: cocktail shakers and strainers, ice
buckets, decanters and decanter stoppers, corks and cork coasters, corkscrews, wine glasses, wine
racks), Japanese storage furniture 収納家具 (本棚, チェスト, 衣装ケース, キャスター, キャスターワゴン,
バスケットラック, インナーボックス, with English-titled imports whose Japanese names are katakana
loanwords: Bookshelf ブックシェルフ, Wardrobe ワードローブ) and Japanese jewellery アクセサリー
(ネックレス, ピアス, ピアスチャーム and ピアスフック, 指輪, バングル, アクセサリーケース, with English-titled
imports: Jewelry Case ジュエリーケース, Ear Cuff イヤーカフ, Anklet アンクレット). Part of both Japanese
category trees is in English. Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (キャスター ワゴン against ワゴン用 キャスター, ピアス チャーム
   against チャーム ピアス, フック ピアス against ピアスフック);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages (katakana loanwords of the
   English titles), and two English queries over Japanese-only titles under Japanese categories
   (casters over キャスター, bangle over バングル): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-eighth suite), as a measurement only (nothing changed for it):
93 of 93 cases pass, 36 of 36 queries in every setup (two_types 5/5 queries, 15/15 cases;
qualifies 8/8, 19/19; accessories 9/9, 22/22; price 6/6, 15/15; mixed 8/8, 22/22); no case fails,
so `LIMITS` is empty.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

KITS, PAINT, AIR, TOOLS, DISP = "Model Kits", "Hobby Paint", "Airbrushing", "Hobby Tools", "Display"

HOBBY = {
    "kit": items(f"{KITS} > Aircraft", ("Tamira 1/48 Spitfire Mk.I Plastic Model Kit", 32),
                 ("Hasewa 1/72 F-14A Tomcat Model Kit", 45))
    + items(f"{KITS} > Armor", ("Tamira 1/35 Tiger I Tank Model Kit", 49))
    + items(f"{KITS} > Cars", ("Revello 1/24 '69 Mustang Model Kit, Snap-Together", 29)),
    "paint": items(f"{PAINT} > Acrylic", ("Vallora Model Color Acrylic Paint Set, 16 x 17ml", 39),
                   ("Acrylic Hobby Paint, Flat Black, 10ml", 3), ("Acrylic Hobby Paint, Gloss Red, 10ml", 3))
    + items(f"{PAINT} > Lacquer", ("Lacquer Hobby Paint, Metallic Silver, 18ml", 4),
            ("Surfacer Primer Spray Paint, Grey, 170ml", 12)),
    "shaker": items(f"{TOOLS} > Paint Shakers", ("Vortex Paint Shaker for Hobby Paint Bottles, Battery Powered", 19),
                    ("Paint Shaker, Electric, Dropper Bottle Adapter", 25), ("Mini Paint Shaker, USB Rechargeable", 15)),
    "airbrush": items(f"{AIR} > Airbrushes", ("Iwara Dual-Action Airbrush, 0.3mm, Gravity Feed", 89),
                      ("Single Action Airbrush, Siphon Feed, 0.5mm", 25),
                      ("Fine Detail Airbrush, Dual Action, 0.2mm, Side Cup", 69)),
    "hose": items(f"{AIR} > Hoses", ("Braided Airbrush Hose, 1/8 to 1/8 BSP, 1.8m", 12),
                  ("Airbrush Hose, Coiled, 3m, Quick Connect", 14), ("Nylon Air Hose for Airbrushes, 3m, Black", 10)),
    "compressor": items(f"{AIR} > Compressors", ("Mini Airbrush Compressor with Tank, 1/6 HP, Auto Shut-Off", 129),
                        ("Airbrush Compressor, Portable, Cordless, 3 Settings", 59),
                        ("Silent Air Compressor for Airbrushing, 3L Tank", 169)),
    "compressor_acc": items(f"{AIR} > Compressor Parts", ("Moisture Trap for Airbrush Compressors, 1/8 BSP", 11),
                            ("Airbrush Compressor Replacement Air Filter, 2 Pack", 6),
                            ("Pressure Regulator for Airbrush Compressor, with Gauge", 18)),
    "knife": items(f"{TOOLS} > Knives", ("Precision Hobby Knife, Aluminium Handle, #11 Blade", 7),
                   ("Hobby Knife Set, 3 Handles, 13 Blades, Case", 16), ("Swivel Hobby Knife, Rotating Blade, Black", 9)),
    "knife_acc": items(f"{TOOLS} > Knives > Blades", ("Replacement Blades for Hobby Knife, #11, 100 Pack", 12),
                       ("Hobby Knife Replacement Blades, Curved #10, 5 Pack", 4),
                       ("Blade Disposal Case for Hobby Knives", 5)),
    # black display cases: acrylic 16, for model cars 21, glass with LED 89, stackable 26 (a white-base one 12;
    # black accessories 7-8)
    "case": items(f"{DISP} > Display Cases", ("Acrylic Display Case, 30x15x15cm, Black Base", 16),
                  ("Display Case for 1/24 Model Cars, Black Base, Dustproof", 21),
                  ("Glass Display Case with LED Lights, Black, 3 Tiers", 89),
                  ("Clear Acrylic Display Case, 20cm Cube, White Base", 12),
                  ("Stackable Display Case, 1/64 Cars, 12 Slots, Black", 26)),
    "case_acc": items(f"{DISP} > Display Case Accessories", ("LED Light Strip for Display Cases, USB, Black", 8),
                      ("Display Case Replacement Base, Black, 30x15cm", 7),
                      ("Mirror Back Panel for Display Case, 30cm", 9)),
    "noise": each(("Self-Healing Cutting Mat, A3, Green", f"{TOOLS} > Cutting Mats", 14),
                  ("Anti-Static Tweezers Set, 6 Pieces, Stainless", f"{TOOLS} > Tweezers", 9),
                  ("Sprue Cutter, Single Blade, Precision", f"{TOOLS} > Cutters", 12),
                  ("Plastic Cement, Extra Thin, 40ml", f"{TOOLS} > Glue", 5)),
}

BAR, WINE, GLASS, HOME = "Barware", "Wine Accessories", "Glassware", "Home Bar"

WINEBAR = {
    # silver shakers: Barcraft 24, Boston set 29, Japanese-style 27 (a black one 19; silver lid 6, strainers 8-9)
    "shaker": items(f"{BAR} > Cocktail Shakers", ("Barcraft Cocktail Shaker, Stainless Steel, 750ml, Silver", 24),
                    ("Boston Shaker Set, 2 Weighted Tins, Silver", 29), ("Cobbler Cocktail Shaker, 500ml, Gold", 22),
                    ("Cocktail Shaker, Copper Plated, 700ml", 34), ("Cocktail Shaker, Matte Black, 600ml", 19),
                    ("Japanese-Style Cocktail Shaker, 550ml, Silver", 27)),
    "shaker_acc": items(f"{BAR} > Cocktail Shakers > Parts", ("Cocktail Shaker Replacement Lid, Silver", 6),
                        ("Replacement Seal Rings for Cocktail Shakers, 4 Pack", 5)),
    "strainer": items(f"{BAR} > Strainers", ("Julep Strainer, Stainless Steel, Silver", 8),
                      ("Fine Mesh Cocktail Strainer, Conical", 7), ("Shaker Strainer, Spring Coil, Gold", 11)),
    "strainer.shaker": items(f"{BAR} > Strainers", ("Hawthorne Strainer for Cocktail Shakers, Silver", 9)),
    # black ice buckets: with lid and tongs 24, insulated 27 (a clear one 18; black accessories 5-9)
    "bucket": items(f"{BAR} > Ice Buckets", ("Frostline Ice Bucket, Double Wall, 3L, Stainless", 32),
                    ("Ice Bucket with Lid and Tongs, 1.5L, Black", 24), ("Champagne Ice Bucket, Hammered Steel, Gold", 39),
                    ("Acrylic Ice Bucket, 4L, Clear", 18), ("Insulated Ice Bucket, 2L, Matte Black", 27)),
    "bucket_acc": items(f"{BAR} > Ice Tools", ("Ice Tongs for Ice Buckets, Stainless, Black", 6),
                        ("Ice Bucket Replacement Lid, Black, 3L", 9), ("Ice Scoop for Ice Bucket, Black", 5)),
    "decanter": items(f"{WINE} > Decanters", ("Vinora Crystal Wine Decanter, 1.5L, Hand-Blown", 49),
                      ("Wine Decanter with Aerator Lid, 1.2L", 35), ("Swan Decanter, Lead-Free Glass, 1.8L", 59)),
    "decstopper": items(f"{WINE} > Stoppers", ("Decanter Stopper, Glass Ball, Universal Fit", 14),
                        ("Replacement Stopper for Wine Decanters, Crystal", 16), ("Decanter Stopper, Cork Base, Walnut", 12)),
    "stopper": items(f"{WINE} > Stoppers", ("Wine Bottle Stoppers, Silicone, 6 Pack", 8)),
    "cork": items(f"{WINE} > Corks", ("Natural Wine Corks, #9 x 1.75in, 100 Pack", 19), ("Tapered Corks, Size 10, 25 Pack", 9),
                  ("Synthetic Wine Corks, 50 Pack", 12)),
    "coaster.cork": items(f"{HOME} > Coasters", ("Cork Coasters, Round, 10cm, 12 Pack", 9),
                          ("Cork Coasters with Holder, Set of 6", 14), ("Square Cork Coasters, Thick, 8 Pack", 8)),
    "coaster": items(f"{HOME} > Coasters", ("Marble Coasters, Set of 4, White", 19)),
    "opener": items(f"{WINE} > Corkscrews", ("Waiter's Corkscrew, Double Hinged, Rosewood", 15),
                    ("Electric Wine Opener, Rechargeable, with Foil Cutter", 29), ("Lever Corkscrew, Rabbit Style, Silver", 35)),
    "glass": items(f"{GLASS} > Wine Glasses", ("Vinora Red Wine Glasses, Set of 4, 650ml", 39),
                   ("Stemless Wine Glasses, Set of 6", 25), ("Crystal White Wine Glasses, Set of 2", 29)),
    "rack": items(f"{HOME} > Wine Racks", ("Wall Mounted Wine Rack, 6 Bottles, Black Metal", 29),
                  ("Wooden Wine Rack, 12 Bottles, Stackable", 35)),
}

SF, EN = "収納家具", "Storage Furniture"

STORAGE = {
    # brown bookshelves: 5段 6980, English 7980, 2段 4480 (a white one 3480; brown parts 1280-2480)
    "shelf": items(f"{EN} > Bookshelves", ("本棚 5段 幅60 木製 ブラウン 可動棚", 6980), ("本棚 スリム 3段 幅45 ホワイト", 3480),
                   ("本棚 大容量 壁面 幅90 ナチュラル", 12800), ("Bookshelf, 5-Tier, Industrial Style, Rustic Brown", 7980),
                   ("本棚 2段 ロータイプ 幅80 ブラウン コミック収納", 4480), ("Ladder Bookshelf, 4-Tier, White", 5480)),
    "shelf_acc": items(f"{EN} > Bookshelf Parts", ("本棚用 追加棚板 幅60 ブラウン 2枚", 1280), ("本棚専用 扉 幅60 ブラウン 1枚", 2480),
                       ("転倒防止 突っ張り棒 本棚対応 2本 ブラウン", 1980),
                       ("Replacement Shelf Pins for Bookshelf, 20 Pack", 480)),
    # white chests: 5段 19800, スリム 8980, English 15800, ロー 9980 (a natural one 7980; white accessories 880-1280)
    "chest": items(f"{SF} > チェスト", ("チェスト 5段 木製 幅80 ホワイト 完成品", 19800), ("チェスト 4段 幅60 ブラウン 引き出し", 12800),
                   ("チェスト 3段 スリム 幅40 ホワイト", 8980), ("Chest of Drawers, 6 Drawers, White, Wood", 15800),
                   ("ローチェスト 2段 幅90 ホワイト", 9980), ("チェスト 3段 幅40 ナチュラル", 7980)),
    "chest_acc": items(f"{SF} > チェスト > チェスト小物", ("チェスト用 取っ手 交換用 ホワイト 4個", 880),
                       ("チェスト専用 引き出し 仕切り板 ホワイト 2枚", 1280), ("チェスト対応 転倒防止ベルト ホワイト 2本", 980)),
    "casecloth": items(f"{SF} > 衣装ケース", ("衣装ケース 引き出し 3段 幅40 クリア", 2980),
                       ("衣装ケース キャスター付き 4段 幅44 ホワイト", 5980), ("衣装ケース 押入れ 深型 2個組 クリア", 3480),
                       ("キャスター付き 衣装ケース 浅型 ベッド下 2個", 3980)),
    "caster": items(f"{SF} > キャスター", ("キャスター 家具用 40mm 4個 ストッパー付き", 980),
                    ("キャスター 50mm ウレタン 自在 静音 4個", 1480), ("キャスター 交換用 ネジ込み式 25mm 8個 ブラック", 780)),
    "caster.wagon": items(f"{SF} > キャスター", ("ワゴン用 キャスター 交換用 40mm 4個", 880)),
    "casterwagon": items(f"{SF} > ワゴン", ("キャスターワゴン 3段 スリム 隙間収納 ホワイト", 3980),
                         ("キャスターワゴン 木製 天板付き 2段 ナチュラル", 5980), ("キャスター ワゴン メッシュ 4段 ブラック", 2980)),
    "wagon": items(f"{SF} > ワゴン", ("キッチンワゴン 3段 木製 ナチュラル", 6980), ("ワゴン 隙間収納 引き出し 4段 幅20 ホワイト", 4980)),
    "basketrack": items(f"{EN} > Racks", ("バスケットラック 3段 キャスター付き ホワイト", 3980),
                        ("バスケット ラック 4段 ワイヤー スリム", 4480), ("バスケットラック 木製 2段 ナチュラル", 5480)),
    "rack": items(f"{EN} > Racks", ("スチールラック 5段 幅90 ブラック", 6980), ("オープンラック 3段 幅60 木製 ナチュラル", 4980)),
    "rackbasket": items(f"{SF} > 収納バスケット", ("ラック用 バスケット 引き出し式 幅35 2個", 1980),
                        ("スチールラック用 ワイヤーバスケット 幅90", 1480)),
    "basket": items(f"{SF} > 収納バスケット", ("収納バスケット 布製 持ち手付き グレー", 1280)),
    "innerbox": items(f"{EN} > Storage Cubes", ("インナーボックス カラーボックス用 布製 2個 グレー", 1280),
                      ("インナーボックス 取っ手付き 3個 ベージュ", 1980), ("インナーボックス 引き出し 幅38 ホワイト", 980),
                      ("Fabric Storage Cubes, 6 Pack, Foldable, Grey", 2480)),
    "wardrobe": items(f"{EN} > Wardrobes", ("洋服タンス 幅80 ハンガーパイプ 扉付き ホワイト", 24800),
                      ("Portable Wardrobe Closet, Fabric Cover, 4 Shelves", 4980),
                      ("Wooden Wardrobe with Mirror, 2 Doors, Oak", 29800), ("Double Rod Wardrobe, Metal Frame, Grey", 6980)),
}

AC, JW = "アクセサリー", "Jewelry"

JEWEL = {
    "charmpierce": items(f"{AC} > ピアス", ("チャームピアス ハート 揺れる ゴールド", 1980), ("チャーム ピアス 星 パール シルバー925", 2480),
                         ("チャームピアス 蝶 ロング 18K", 3980)),
    "hookpierce": items(f"{AC} > ピアス", ("フックピアス パール 揺れる ゴールド", 1780), ("フックピアス シルバー925 ロング チェーン", 2280),
                        ("フック ピアス 天然石 アメジスト 14KGF", 2980)),
    "pierce": items(f"{AC} > ピアス", ("ピアス フープ 18K ゴールド 20mm", 4980), ("ピアス 一粒 ジルコニア シルバー925", 1980)),
    "piercecharm": items(f"{AC} > パーツ > チャーム", ("ピアスチャーム フープピアス用 パール 2個", 880),
                         ("ピアス チャーム 付け替え 星 ゴールド 2個", 780), ("ピアスチャーム 天然石 ハンドメイド 1ペア", 1280)),
    "charm": items(f"{AC} > パーツ > チャーム", ("チャーム イニシャル アルファベット ゴールド 1個", 680),
                   ("ブレスレット用 チャーム ハート シルバー925", 1280)),
    "piercehook": items(f"{AC} > パーツ > 金具", ("ピアスフック シルバー925 10ペア", 980), ("ピアスフック 金具 ゴールド 20個 ハンドメイド", 580),
                        ("ピアス フック 14KGF 2ペア パーツ", 1280)),
    "necklace": items(f"{AC} > ネックレス", ("ネックレス 一粒 ダイヤモンド K18 40cm", 29800), ("ネックレス パール 8mm 45cm シルバー", 3980),
                      ("Initial Pendant Necklace, Gold Plated, 18in", 2480)),
    "necklace_acc": items(f"{AC} > ネックレス > パーツ", ("ネックレス用 アジャスター チェーン 5cm シルバー", 480),
                          ("ネックレス専用 留め具 交換用 マグネット 2個", 680), ("ネックレス対応 もつれ防止 クリップ 3個", 380)),
    "necklacestand": items(f"{AC} > 収納 > ディスプレイ", ("ネックレススタンド トルソー 木製 ナチュラル", 1980),
                           ("ネックレス スタンド アクリル 3本 クリア", 1480), ("ネックレススタンド 回転式 20連 ブラック", 2480)),
    "pierceholder": items(f"{AC} > 収納 > ディスプレイ", ("ピアスホルダー アクリル 60ペア 収納 クリア", 1280),
                          ("ピアス ホルダー 木製 スタンド 3段", 1680), ("ピアスホルダー 壁掛け メッシュ フレーム", 1980)),
    # silver rings: ピンキー 2980, ウェーブ 1980, English 3480 (a black stainless one 1280; silver accessories 380-480)
    "ring": items(f"{AC} > 指輪・リング", ("指輪 レディース シルバー925 ピンキーリング 3号", 2980), ("指輪 K18 ゴールド 華奢 一粒", 19800),
                  ("指輪 シルバー925 ウェーブ 11号", 1980), ("Sterling Silver Stacking Ring, Set of 3", 3480),
                  ("指輪 ステンレス ブラック メンズ 平打ち", 1280)),
    "ring_acc": items(f"{AC} > 指輪・リング > リング小物", ("指輪用 サイズ調整 パッド シルバー 12個", 380),
                      ("指輪専用 クリーナー クロス シルバー用", 480), ("リングゲージ 指輪 サイズ 計測 1-30号", 580)),
    "jewelcase": items(f"{JW} > Jewelry Boxes", ("アクセサリーケース 大容量 2段 鏡付き ピンク", 2980),
                       ("アクセサリーケース 携帯用 ミニ レザー", 1480), ("Jewelry Box, 3 Layers, Mirror, Black", 3980),
                       ("Travel Jewelry Case, Zip, Velvet, Grey", 1980)),
    "earcuff": items(f"{JW} > Ear Cuffs", ("イヤーカフ シルバー925 ノンホール 2個", 1980),
                     ("Ear Cuff, Gold Plated, No Piercing, Set of 3", 1480), ("Crystal Ear Cuff Climber, Silver", 1680)),
    "anklet": items(f"{JW} > Anklets", ("アンクレット 18K チェーン 華奢", 3980), ("Beaded Anklet, Boho, Adjustable", 980),
                    ("Sterling Silver Anklet, Double Chain", 2480)),
    "bangle": items(f"{AC} > ブレスレット > バングル", ("バングル シルバー925 槌目 レディース", 5980),
                    ("バングル 18K ゴールド 華奢 オープン", 14800), ("バングル ステンレス メンズ 幅8mm", 2480)),
    "bracelet": items(f"{AC} > ブレスレット", ("ブレスレット チェーン 18K 17cm", 9800)),
}

SHOPS = {"hobby": HOBBY, "bar": WINEBAR, "storage": STORAGE, "jewel": JEWEL}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("storage", "キャスター ワゴン", "casterwagon", ["wagon"], ["caster.wagon"]),
    two_types("storage", "バスケット ラック", "basketrack", ["rack"], ["rackbasket"]),
    two_types("jewel", "ピアス チャーム", "piercecharm", ["charm"], ["charmpierce"]),
    two_types("jewel", "チャーム ピアス", "charmpierce", ["pierce", "hookpierce"], ["piercecharm"]),
    two_types("jewel", "フック ピアス", "hookpierce", ["pierce", "charmpierce"], ["piercehook"]),
    # --- 2. a leading product word that modifies the head
    qualifies("hobby", "airbrush hose", ["hose"], ["airbrush"]),
    qualifies("hobby", "paint shaker", ["shaker"], ["paint"]),
    qualifies("bar", "cork coasters", ["coaster.cork"], ["cork"]),
    qualifies("bar", "shaker strainer", ["strainer"], ["shaker"]),
    qualifies("bar", "decanter stopper", ["decstopper"], ["decanter"]),
    qualifies("storage", "キャスター 衣装ケース", ["casecloth"], ["caster"]),
    qualifies("jewel", "ネックレス スタンド", ["necklacestand"], ["necklace"]),
    qualifies("jewel", "ピアス ホルダー", ["pierceholder"], ["pierce", "charmpierce", "hookpierce"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("hobby", "display case", ["case"], ["case_acc"]),
    accessories("hobby", "hobby knife", ["knife"], ["knife_acc"]),
    accessories("hobby", "airbrush compressor", ["compressor"], ["compressor_acc"]),
    accessories("bar", "cocktail shaker", ["shaker"], ["shaker_acc", "strainer.shaker"]),
    accessories("bar", "ice bucket", ["bucket"], ["bucket_acc"]),
    accessories("storage", "本棚", ["shelf"], ["shelf_acc"]),
    accessories("storage", "チェスト", ["chest"], ["chest_acc"]),
    accessories("jewel", "ネックレス", ["necklace"], ["necklace_acc"]),
    accessories("jewel", "指輪", ["ring"], ["ring_acc"]),
    # black display cases: acrylic 16, for model cars 21, glass with LED 89, stackable 26 (a white-base one 12;
    # black accessories: LED strip 8, replacement base 7)
    price("hobby", "cheap black display case", "case-0", ["case_acc"]),
    # silver shakers: Barcraft 24, Boston set 29, Japanese-style 27 (a black one 19; silver lid 6, Hawthorne
    # strainer 9, julep strainer 8)
    price("bar", "cheap silver cocktail shaker", "shaker-0", ["shaker_acc", "strainer"]),
    # black ice buckets: with lid and tongs 24, insulated 27 (a clear one 18; black tongs 6, lid 9, scoop 5)
    price("bar", "budget black ice bucket", "bucket-1", ["bucket_acc"]),
    # white chests: 5段 19800, スリム 3段 8980, English 15800, ロー 9980 (a natural one 7980; white handles 880,
    # dividers 1280, belts 980)
    price("storage", "安い ホワイト チェスト", "chest-2", ["chest_acc"]),
    # brown bookshelves: 5段 6980, English 7980, 2段 4480 (a white one 3480; brown shelf boards 1280, door 2480,
    # poles 1980)
    price("storage", "激安 ブラウン 本棚", "shelf-4", ["shelf_acc"]),
    # silver rings: ピンキー 2980, ウェーブ 1980, English 3480 (a black stainless one 1280; silver size pads 380,
    # cloth 480)
    price("jewel", "格安 シルバー 指輪", "ring-2", ["ring_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese-only titles
    mixed("storage", "ブックシェルフ", "shelf"),
    mixed("storage", "ワードローブ", "wardrobe"),
    mixed("storage", "インナーボックス", "innerbox"),
    mixed("storage", "casters", "caster"),
    mixed("jewel", "ジュエリーケース", "jewelcase"),
    mixed("jewel", "イヤーカフ", "earcuff"),
    mixed("jewel", "アンクレット", "anklet"),
    mixed("jewel", "bangle", "bangle"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind68(q: Q, setup: str, known_limit):
    known_limit("blind68")
    check(q, setup, ENGINES)


def test_blind68_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"black": "Black", "silver": "Silver", "ホワイト": "White", "ブラウン": "Brown",
                                 "シルバー": "Silver"})
