"""A fourth blind held-out suite of query understanding, written from what a shop assistant would
show, without reading the engine, in vocabularies no earlier suite uses: garden furniture and
shade (English), fishing tackle (English), Japanese pet birds and reptiles, Japanese car and
household goods, and Japanese baby gear, the Japanese shops with English-titled imports.
Shops of 30-50 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item and every plain X item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" are accessories of X: a
   search of X ranks every real X above every accessory; a price word, a colour and a type put
   the cheapest real item of that colour first, no accessory in the top two;
4. mixed: Japanese queries in a shop with English-titled items of unrelated categories: the top
   three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-11-30 after the third suite's fixes (103 cases, 38 queries): the engine
failed 10 cases (4 queries), all of the first kind; they are strict xfails (`LIMITS`, through
`conftest.known_limit`). Two of them fail only this suite's stricter rule that every plain Y
ranks above every plain X. Those two (hook bait) pass since the tenth session: a category level
named for a type holds that type ("Fishing > Bait > Boilies": boilies are bait).
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

GAZEBOS, GAZEBO_PARTS = "Garden > Shade > Gazebos", "Garden > Shade > Gazebo Parts"
PARASOLS, PARASOL_ACC = "Garden > Shade > Parasols", "Garden > Shade > Parasol Accessories"
HAMMOCKS, HAMMOCK_ACC = "Garden > Furniture > Hammocks", "Garden > Furniture > Hammock Accessories"

GARDEN = {
    "gazebo": items(GAZEBOS, ("Shadewell Aluminium Hardtop Gazebo, 3x4m, Grey", 899),
                    ("Breezly Pop Up Gazebo, 3x3m, Waterproof, Black", 129),
                    ("Garden Pavilion Gazebo with Mosquito Netting, 3x3.6m", 349),
                    ("Shadewell Octagonal Wooden Gazebo, 3m", 1299)),
    "canopygazebo": items(GAZEBOS, ("Breezly Canopy Gazebo with Side Walls, 3x6m, White", 199),
                          ("Shadewell Double Roof Canopy Gazebo, 3x3m, Khaki", 249),
                          ("Heavy Duty Canopy Gazebo for Parties, 4x4m", 279)),
    "gazebocanopy": items(GAZEBO_PARTS, ("Gazebo Canopy Replacement Top, 3x3m, Beige, Double Tier", 59),
                          ("Breezly Gazebo Canopy Top Cover, 3x4m, Waterproof", 69),
                          ("Universal Gazebo Canopy, 3x3m, Grey, Top Only", 45)),
    "canopy": items("Garden > Shade > Canopies & Awnings", ("Retractable Patio Awning Canopy, 3x2.5m, Grey Stripe", 149),
                    ("Door Canopy, Polycarbonate, 120x80cm", 39),
                    ("Shadewell Sail Canopy, Triangle, 3.6m, Sand", 29)),
    "gazebo_acc": items(GAZEBO_PARTS, ("Gazebo Side Panels, 2 Pack, with Windows, White", 49),
                        ("Gazebo Weight Bags, 4 Pack", 19), ("Gazebo Mosquito Net Curtains, 3x3m", 35)),
    "parasol": items(PARASOLS, ("Sunvara Cantilever Parasol, 3m, Grey, with Crank", 189),
                     ("Sunvara Garden Parasol, 2.7m, Tilt, Terracotta", 59), ("Balcony Parasol, 2m, Cream", 35),
                     ("Breezly Rectangular Parasol, 2x3m, Navy", 79)),
    "parasolbase": items(PARASOL_ACC, ("Sunvara Parasol Base, Granite, 25kg, Black", 49),
                         ("Cantilever Parasol Base, Fillable, 4 Pieces", 59), ("Parasol Base on Wheels, Steel, 30kg", 69)),
    "parasol_acc": items(PARASOL_ACC, ("Parasol Cover with Zip and Rod, Waterproof", 15),
                         ("Parasol LED Light, 24 LEDs, Battery", 19)),
    "bench": items("Garden > Furniture > Benches", ("Oakhaven Teak Garden Bench, 3 Seater", 349),
                   ("Oakhaven Metal Garden Bench, Black, 2 Seater", 129),
                   ("Storage Bench, Outdoor, Resin, 270L, Brown", 119), ("Picnic Bench, Pine, Folding", 149)),
    "swingbench": items("Garden > Furniture > Swing Benches", ("Oakhaven Swing Bench with Canopy, 3 Seater, Grey", 299),
                        ("Wooden Garden Swing Bench, 2 Seater, Hardwood", 399),
                        ("Breezly Swing Bench, Metal Frame, Beige Seat Pads", 249)),
    "benchswing": items("Garden > Furniture > Porch Swings", ("Porch Bench Swing with Chains, 4ft, Cedar", 229),
                        ("Hanging Bench Swing, Acacia Wood, 2 Person", 189),
                        ("Oakhaven Bench Swing, Rope Hung, Teak", 279)),
    "swing": items("Garden > Play > Swings", ("Tree Swing, Saucer, 100cm, Kids", 39),
                   ("Toddler Bucket Swing, Red", 25), ("Rope Swing with Wooden Seat", 19)),
    "hammock": items(HAMMOCKS, ("Lazybay Cotton Hammock, Double, Striped", 45),
                     ("Lazybay Brazilian Hammock, Single, Blue", 35),
                     ("Camping Hammock with Mosquito Net, Parachute Nylon", 29)),
    "hammockstand": items(HAMMOCK_ACC, ("Lazybay Hammock Stand, Steel, 2.8m, Fits Most Hammocks", 89),
                          ("Wooden Arc Hammock Stand, Larch", 249), ("Portable Hammock Stand with Carry Bag", 69)),
    "hammock_acc": items(HAMMOCK_ACC, ("Hammock Tree Straps, 2 Pack, 3m", 12),
                         ("Hammock Hanging Kit, Chains and Hooks", 15)),
    "noise": each(("Rattan Sun Lounger, Adjustable, Brown", "Garden > Furniture > Loungers", 179),
                  ("Firepit Bowl, Cast Iron, 60cm", "Garden > Heating > Firepits", 89),
                  ("Garden Bistro Set, 3 Pieces, Green", "Garden > Furniture > Dining Sets", 99),
                  ("Outdoor Rug, 160x230cm, Reversible", "Garden > Decor > Rugs", 49)),
}

HOOKS, TACKLE_BOXES = "Fishing > Terminal Tackle > Hooks", "Fishing > Storage > Tackle Boxes"

FISHING = {
    "rod": each(("Rivera Spinning Rod, 2.4m, 10-30g, Carbon", "Fishing > Rods > Spinning Rods", 79),
                ("Rivera Telescopic Spinning Rod, 3m", "Fishing > Rods > Spinning Rods", 39),
                ("Carpex Carp Rod, 12ft, 3lb Test Curve", "Fishing > Rods > Carp Rods", 129),
                ("Carpex Spod Rod, 12ft, 5lb", "Fishing > Rods > Carp Rods", 99),
                ("Fenwyn Fly Rod, 9ft, #5, 4 Piece", "Fishing > Rods > Fly Rods", 189)),
    "rod_acc": items("Fishing > Rods > Rod Accessories", ("Rod Tip Protector, 4 Pack", 6),
                     ("Neoprene Rod Bands, 2 Pack", 8)),
    "rodholder": items("Fishing > Accessories > Rod Holders & Rests",
                       ("Carpex Rod Holder, Bank Stick, Adjustable 50-90cm", 15),
                       ("Boat Rod Holder, Clamp On, Stainless", 25), ("Rivera Rod Holder for Kayak, Swivel Mount", 19)),
    "reel": items("Fishing > Reels", ("Rivera Spinning Reel 3000, 6+1 BB", 59),
                  ("Carpex Big Pit Reel with Free Spool", 119), ("Fenwyn Fly Reel, Large Arbor, #5/6", 89)),
    "reelcase": items("Fishing > Storage > Reel Cases", ("Rivera Reel Case, Padded, Fits 1000-4000", 12),
                      ("Neoprene Reel Case, Large", 9)),
    "hook": items(HOOKS, ("Carpex Wide Gape Carp Hooks, Size 8, Barbless, 10 Pack", 5),
                  ("Treble Hooks, Size 6, 25 Pack", 6), ("Circle Hooks, Size 4/0, Sea, 20 Pack", 7),
                  ("Fenwyn Dry Fly Hooks, Size 14, 50 Pack", 8)),
    "baithook": items(HOOKS, ("Bait Hooks, Baitholder Pattern, Size 6, Barbed, 50 Pack", 5),
                      ("Rivera Bait Hook Assortment, Sizes 2-12, 100 Pieces", 9),
                      ("Worm Bait Hooks with Keeper Barbs, Size 4", 6)),
    "bait": each(("Carpex Boilies, Strawberry, 15mm, 1kg", "Fishing > Bait > Boilies", 12),
                 ("Method Groundbait, Fishmeal, 2kg", "Fishing > Bait > Groundbait", 8),
                 ("Frozen Sea Bait, Mackerel, 500g", "Fishing > Bait > Sea Bait", 4),
                 ("Artificial Bait Corn, Yellow, 20 Pieces", "Fishing > Bait > Particles", 3)),
    "hookbait": items("Fishing > Bait > Hook Baits", ("Carpex Pop Up Hook Baits, Pineapple, 12mm, 100g", 7),
                      ("Wafter Hook Baits, Garlic, 14mm", 6), ("Hardened Hook Bait Pellets, Halibut, 14mm", 5)),
    "lure": each(("Rivera Minnow Lure, Floating, 9cm, Silver", "Fishing > Lures > Hard Lures", 9),
                 ("Rivera Crankbait Lure, 7cm, Firetiger", "Fishing > Lures > Hard Lures", 8),
                 ("Soft Paddle Tail Lures, 10cm, 6 Pack", "Fishing > Lures > Soft Lures", 7),
                 ("Fenwyn Spinner Lure, Size 3, Gold", "Fishing > Lures > Spinners", 5)),
    "lure_acc": items("Fishing > Lures > Lure Accessories", ("Lure Retriever, Heavy Duty", 15), ("Lure Wraps, 5 Pack", 6)),
    "lurebox": items(TACKLE_BOXES, ("Rivera Lure Box, 2 Sided, 20 Compartments", 14),
                     ("Waterproof Lure Box, Small, Clear", 9), ("Deep Lure Box for Crankbaits, 14 Compartments", 12)),
    "box": items(TACKLE_BOXES, ("Carpex Tackle Box, 3 Tray Cantilever", 29), ("Fenwyn Fly Box, Magnetic, Slim", 19)),
    "noise": each(("Landing Net, Rubber Mesh, 50cm", "Fishing > Nets", 29),
                  ("Chest Waders, Breathable, Size 10", "Fishing > Clothing > Waders", 79),
                  ("Braided Line, 8 Strand, 150m, 20lb", "Fishing > Line", 15),
                  ("Fishing Pliers, Aluminium", "Fishing > Tools", 19),
                  ("Polarised Fishing Sunglasses, Brown Lens", "Fishing > Clothing > Eyewear", 25)),
}

BIRD_CAGES, CAGE_ACC = "ペット > 小鳥 > ケージ", "ペット > 小鳥 > ケージ用品"
CARRIERS, CARRIER_ACC = "ペット > お出かけ > キャリー", "ペット > お出かけ > キャリー用品"
PERCHES, HEATERS = "ペット > 小鳥 > 止まり木", "ペット > 保温用品 > ヒーター"

PETS = {
    "cage": each(("インコ用 ケージ 白 35cm 手乗り 鳥かご", BIRD_CAGES, 3980),
                 ("小鳥 ケージ 白 ステンレス 丸洗い 47cm", BIRD_CAGES, 8980),
                 ("爬虫類 ケージ ガラス 45cm 前開き 黒", "ペット > 爬虫類 > ケージ", 12800),
                 ("文鳥 ケージ 白 引き出し付き 鳥かご", BIRD_CAGES, 2980),
                 ("Reptile Glass Terrarium Cage, 60x45x45cm, Black", "ペット > 爬虫類 > ケージ", 15800),
                 ("小鳥 ケージ 黒 ミニ 手乗り", BIRD_CAGES, 1980)),
    "cage_acc": items(CAGE_ACC, ("エサ入れ ケージ用 白 2個セット", 480), ("ケージ専用 フン切り網 白", 680),
                      ("ケージ対応 アクリル ガード 白 飛び散り防止", 1580)),
    "cagecover": items(CAGE_ACC, ("ケージ用 カバー 白 おやすみカバー 35cm", 1280), ("ケージ カバー 遮光 黒 45cm", 1580)),
    "perch.cage": items(PERCHES, ("止まり木 ケージ用 天然木 2本", 780)),
    "carrier": items(CARRIERS, ("小鳥 キャリー 黒 お出かけ 通院 ショルダー", 2480),
                     ("インコ用 キャリー ケース 透明 アクリル", 3980), ("爬虫類 キャリー バッグ 黒 保温 通院", 3280),
                     ("ポータブル キャリー 黒 小鳥 止まり木付き", 1980), ("Bird Travel Carrier, Black, Lightweight", 2980),
                     ("小鳥 キャリー ピンク ミニ", 1480)),
    "carrier_acc": items(CARRIER_ACC, ("キャリー用 保温カバー 黒", 980), ("キャリー対応 ショルダーストラップ 黒", 780)),
    "heater.carrier": items(CARRIER_ACC, ("ヒーター キャリー用 黒 USB", 1280)),
    "perch.carrier": items(CARRIER_ACC, ("キャリー専用 止まり木 交換用 黒", 580)),
    "perch": items(PERCHES, ("止まり木 天然木 インコ 15cm", 580), ("ロープ 止まり木 カラフル 40cm", 680),
                   ("Natural Wood Bird Perch, Manzanita, 3 Pack", 1280), ("止まり木 ステップ 3段 小鳥", 780)),
    "perchheater": items(HEATERS, ("止まり木 ヒーター 小鳥用 14W 保温", 2980),
                         ("止まり木 ヒーター サーモスタット付き 20W", 3980)),
    "heater": items(HEATERS, ("ひよこ電球 ヒーター 40W 保温 電球", 1980), ("パネルヒーター 爬虫類 保温 小型", 2480),
                    ("Reptile Heat Mat, 28W, Under Tank", 2280)),
    "therm": items("ペット > 飼育用品 > 温度計・湿度計", ("温度計 湿度計 デジタル 爬虫類 飼育", 980),
                   ("小鳥 温度計 アナログ 吸盤付き", 580), ("温度計 湿度計 吸盤 アナログ 2個セット", 480),
                   ("Digital Thermometer Hygrometer for Reptile Tanks", 1480)),
    "substrate": items("ペット > 爬虫類 > 床材", ("床材 ヤシガラ 爬虫類 8L", 880), ("床材 ウォールナット サンド 5kg", 1280),
                       ("爬虫類 床材 デザート ソイル 10L", 1580), ("Coco Fiber Substrate, 8L", 980)),
    "calcium": items("ペット > サプリメント > カルシウム", ("カルシウム パウダー D3入り 爬虫類 50g", 880),
                     ("小鳥 カルシウム ボレー粉 200g", 380), ("カルシウム 液体 サプリ 小鳥 30ml", 780),
                     ("Calcium Powder with D3, 85g", 1080)),
    "noise": each(("UVB Bulb 10.0, 26W, Desert", "ペット > 爬虫類 > ライト", 2480),
                  ("Reptile Water Dish, Rock Style", "ペット > 爬虫類 > 水入れ", 880),
                  ("Bird Toy, Rope and Bells", "ペット > 小鳥 > おもちゃ", 680),
                  ("Bird Bath, Clip On, Clear", "ペット > 小鳥 > 水浴び", 780)),
}

INTERIOR, TYRES, WASH = "カー用品 > 車内アクセサリー", "カー用品 > タイヤ・ホイール", "カー用品 > 洗車用品"

CAR = {
    "tissuebox": items(f"{INTERIOR} > ティッシュケース", ("ティッシュボックス 車用 レザー 黒 サンバイザー 取り付け", 1280),
                       ("ティッシュボックス 木製 北欧 ナチュラル 車載", 1980),
                       ("ティッシュ ボックス アームレスト 取り付け PUレザー ベージュ", 1480)),
    "box": items(f"{INTERIOR} > 収納ボックス", ("収納 ボックス トランク 折りたたみ 大容量 黒", 1980),
                 ("コンソール ボックス 汎用 アームレスト 黒", 2980), ("Car Trunk Storage Box, Collapsible, 60L", 2480)),
    "boxtissue": items("日用品 > ティッシュ > ボックスティッシュ", ("ボックスティッシュ ハーフサイズ 車用 5個パック", 598),
                       ("ボックスティッシュ 150組 5箱 まとめ買い", 498), ("ボックス ティッシュ 保湿 200組 3箱", 698)),
    "tissue": items("日用品 > ティッシュ", ("ポケット ティッシュ 16個パック", 198),
                    ("ウェット ティッシュ アルコール 除菌 80枚", 298)),
    "tire": each(("タイヤ 195/65R15 スタッドレス 4本セット", f"{TYRES} > タイヤ", 48000),
                 ("タイヤ 155/65R14 夏 低燃費 1本", f"{TYRES} > タイヤ", 5980),
                 ("All Season Tyre 205/55R16 91V", f"{TYRES} > タイヤ", 9800)),
    "tire_acc": items(f"{TYRES} > タイヤ用品", ("タイヤ 空気圧 ゲージ デジタル", 1280)),
    "tirechain": items(f"{TYRES} > タイヤチェーン", ("タイヤチェーン 非金属 ジャッキアップ不要 195/65R15", 5980),
                       ("タイヤ チェーン 金属 亀甲型 簡単装着", 3980), ("タイヤ チェーン ゴム製 軽自動車 155/65R14", 6980)),
    "wheel": items(f"{TYRES} > ホイール", ("ホイール 15インチ 4本セット 黒 アルミ", 39800),
                   ("ホイール 14インチ シルバー 軽自動車 1本", 8800)),
    "wheelcleaner": items(f"{WASH} > ホイールクリーナー", ("ホイール クリーナー 鉄粉除去 500ml", 1280),
                          ("ホイールクリーナー 泡 スプレー 480ml", 980), ("ホイール クリーナー ブラシ付き 中性", 1480)),
    "cleaner": items(f"{WASH} > クリーナー", ("ガラス クリーナー 油膜取り 300ml", 880),
                     ("車内 クリーナー 布シート 消臭 420ml", 780)),
    "fresh": items(f"{INTERIOR} > 芳香剤", ("芳香剤 車用 ゲル シトラス 置き型", 580),
                   ("芳香剤 エアコン 吹き出し口 クリップ ホワイトムスク", 680), ("車 芳香剤 吊り下げ 紙 グリーンアップル", 380),
                   ("Car Air Freshener, Vent Clip, Ocean Breeze", 780)),
    "towel": items(f"{WASH} > タオル", ("洗車 タオル マイクロファイバー 5枚 40x40cm", 980),
                   ("吸水 タオル 洗車 大判 拭き上げ", 1280), ("洗車 タオル セーム 速乾", 880),
                   ("Microfiber Cleaning Towels, 12 Pack", 1480)),
    "pump": items(f"{TYRES} > 空気入れ", ("空気入れ 電動 コードレス デジタル 自動停止", 3980),
                  ("空気入れ 足踏み式 ゲージ付き", 1480), ("電動 空気入れ シガーソケット 12V", 2480),
                  ("Tire Inflator, Cordless, Digital Gauge", 4280)),
    "noise": each(("Portable Jump Starter 2000A, 12V", "カー用品 > バッテリー > ジャンプスターター", 6980),
                  ("Seat Gap Filler, PU Leather, 2 Pack", f"{INTERIOR} > 隙間収納", 1980),
                  ("Windshield Sun Shade, Foldable", f"{INTERIOR} > サンシェード", 1680),
                  ("LED Interior Lights, USB, RGB", "カー用品 > ライト > 室内灯", 1480)),
}

CARRY, CSEAT, FEED, CARE = "ベビー > お出かけ > 抱っこ紐", "ベビー > カーグッズ > チャイルドシート", "ベビー > 授乳", "ベビー > ケア"

BABY = {
    "dakko": items(CARRY, ("抱っこ紐 新生児 ネイビー 4WAY メッシュ", 12800),
                   ("抱っこ紐 ヒップシート ネイビー 腰ベルト 6ヶ月から", 6980), ("スリング 抱っこ紐 ベージュ 新生児 コットン", 3980),
                   ("抱っこ紐 コンパクト 折りたたみ ネイビー 軽量", 4980), ("Baby Carrier, Ergonomic, All Positions, Navy", 14800)),
    "dakko_acc": items(f"{CARRY}アクセサリー", ("抱っこ紐用 よだれカバー ネイビー ガーゼ", 1280),
                       ("収納カバー 抱っこ紐用 ネイビー", 1980), ("抱っこ紐専用 防寒ケープ ネイビー", 2980),
                       ("抱っこ紐対応 ママコート ネイビー 3WAY", 5980)),
    "cseat": items(CSEAT, ("新生児用 チャイルドシート ISOFIX 回転式 黒", 29800),
                   ("チャイルドシート 1歳から ジュニアシート 兼用 グレー", 12800),
                   ("チャイルドシート 黒 軽量 シートベルト固定 1歳〜4歳", 9980),
                   ("回転式 チャイルドシート ベージュ 0歳から", 34800), ("Convertible Car Seat, Black, ISOFIX", 24800),
                   ("チャイルドシート ハイバック ジュニアシート グレー 3歳から", 7980)),
    "cseat_acc": items(f"{CSEAT}アクセサリー", ("チャイルドシート用 ミラー 後ろ向き 黒", 1480),
                       ("保護マット チャイルドシート用 黒 滑り止め", 1980), ("チャイルドシート専用 サンシェード 黒", 980),
                       ("チャイルドシート対応 防水 シートカバー 黒", 1280)),
    "bottle": items(f"{FEED} > 哺乳瓶", ("哺乳瓶 ガラス 240ml 新生児", 1980), ("哺乳瓶 プラスチック 160ml 軽量", 1280),
                    ("Baby Bottle, Anti-Colic, 260ml", 1680)),
    "bottle_acc": items(f"{FEED} > 哺乳瓶アクセサリー", ("哺乳瓶 乳首 Mサイズ 2個", 880)),
    "bottlebrush": items(f"{FEED} > 洗浄用品", ("哺乳瓶 ブラシ スポンジ 回転式 2本セット", 780),
                         ("哺乳瓶 ブラシ 乳首ブラシ付き シリコン", 980)),
    "hairbrush": items(f"{CARE} > ヘアケア", ("ベビー ヘアブラシ 天然毛 やわらか", 1280)),
    "pacifier": items(f"{CARE} > おしゃぶり", ("おしゃぶり 新生児 0-6ヶ月 2個セット", 880),
                      ("おしゃぶり シリコン 6ヶ月から ケース付き", 980), ("おしゃぶり 天然ゴム 一体型 0ヶ月〜", 1280),
                      ("Orthodontic Pacifier, 0-6 Months, 2 Pack", 1180)),
    "bib": items(f"{FEED} > スタイ", ("スタイ ガーゼ 360度 5枚セット", 1480), ("スタイ 今治タオル 2枚 日本製", 1980),
                 ("お食事 スタイ シリコン ポケット付き", 1280), ("Silicone Bib, Waterproof, 2 Pack", 1380)),
    "nail": items(f"{CARE} > 爪切り", ("ベビー 爪切り はさみ 新生児", 680), ("爪切り 電動 ベビー やすり 6種", 1980),
                  ("爪切り 赤ちゃん 拡大鏡付き", 880), ("Baby Nail Clippers with Magnifier", 980)),
    "swaddle": items("ベビー > 寝具 > おくるみ", ("おくるみ ガーゼ 新生児 綿100%", 1980),
                     ("おくるみ スワドル 0-3ヶ月 ファスナー", 2480), ("おくるみ 冬 フリース 足つき", 2980),
                     ("Muslin Swaddle Blankets, 3 Pack", 2680)),
    "noise": each(("Baby Bath Thermometer, Duck Shape", "ベビー > バス > 湯温計", 980),
                  ("Teething Ring, Silicone, BPA Free", f"{CARE} > 歯固め", 780)),
}

SHOPS = {"garden": GARDEN, "fishing": FISHING, "pets": PETS, "car": CAR, "baby": BABY}


# =============================================================================================
# Queries


CAGE_ACCS = ["cage_acc", "cagecover", "perch.cage"]
CARRIER_ACCS = ["carrier_acc", "heater.carrier", "perch.carrier"]

QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("garden", "gazebo canopy", "gazebocanopy", ["canopy"], ["canopygazebo", "gazebo"]),
    two_types("garden", "canopy gazebo", "canopygazebo", ["gazebo"], ["gazebocanopy", "canopy"]),
    two_types("garden", "swing bench", "swingbench", ["bench"], ["benchswing", "swing"]),
    two_types("garden", "bench swing", "benchswing", ["swing"], ["swingbench", "bench"]),
    two_types("fishing", "bait hook", "baithook", ["hook"], ["hookbait", "bait"]),
    two_types("fishing", "hook bait", "hookbait", ["bait"], ["baithook", "hook"]),
    two_types("car", "ティッシュボックス", "tissuebox", ["box"], ["boxtissue", "tissue"]),
    two_types("car", "ティッシュ ボックス", "tissuebox", ["box"], ["boxtissue", "tissue"]),
    two_types("car", "ボックスティッシュ", "boxtissue", ["tissue"], ["tissuebox", "box"]),
    two_types("car", "ボックス ティッシュ", "boxtissue", ["tissue"], ["tissuebox", "box"]),
    # --- 2. a leading product word that modifies the head
    qualifies("garden", "parasol base", ["parasolbase"], ["parasol", "parasol_acc"]),
    qualifies("garden", "hammock stand", ["hammockstand"], ["hammock", "hammock_acc"]),
    qualifies("fishing", "rod holder", ["rodholder"], ["rod", "rod_acc"]),
    qualifies("fishing", "lure box", ["lurebox"], ["lure", "lure_acc"]),
    qualifies("fishing", "reel case", ["reelcase"], ["reel"], n=2),
    qualifies("pets", "ケージ カバー", ["cagecover"], ["cage"], n=2),
    qualifies("pets", "止まり木 ヒーター", ["perchheater"], ["perch"], n=2),
    qualifies("car", "タイヤ チェーン", ["tirechain"], ["tire", "tire_acc"]),
    qualifies("car", "ホイール クリーナー", ["wheelcleaner"], ["wheel"]),
    qualifies("baby", "哺乳瓶 ブラシ", ["bottlebrush"], ["bottle", "bottle_acc"], n=2),
    # --- 3. X用 Y accessories; price word + colour + type
    accessories("pets", "ケージ", ["cage"], CAGE_ACCS),
    accessories("pets", "キャリー", ["carrier"], CARRIER_ACCS),
    accessories("baby", "抱っこ紐", ["dakko"], ["dakko_acc"]),
    accessories("baby", "チャイルドシート", ["cseat"], ["cseat_acc"]),
    # white cages: インコ用 3980, 小鳥 8980, 文鳥 2980 (a black one 1980; white accessories 480-1580)
    price("pets", "安い 白 ケージ", "cage-3", CAGE_ACCS),
    # black carriers: 2480, 3280, ポータブル 1980, English 2980 (a pink one 1480; black accessories 580-1280)
    price("pets", "格安 黒 キャリー", "carrier-3", CARRIER_ACCS),
    # navy carriers: 12800, 6980, コンパクト 4980, English 14800 (a beige one 3980; navy accessories 1280-5980)
    price("baby", "お手頃 ネイビー 抱っこ紐", "dakko-3", ["dakko_acc"]),
    # black child seats: 29800, 軽量 9980, English 24800 (a grey one 7980; black accessories 980-1980)
    price("baby", "激安 黒 チャイルドシート", "cseat-2", ["cseat_acc"]),
    # --- 4. Japanese queries among English-titled items
    mixed("pets", "温度計", "therm"),
    mixed("pets", "床材", "substrate"),
    mixed("pets", "カルシウム", "calcium"),
    mixed("car", "芳香剤", "fresh"),
    mixed("car", "洗車 タオル", "towel"),
    mixed("car", "空気入れ", "pump"),
    mixed("baby", "おしゃぶり", "pacifier"),
    mixed("baby", "スタイ", "bib"),
    mixed("baby", "爪切り", "nail"),
    mixed("baby", "おくるみ", "swaddle"),
]

LIMITS = {
    **{("blind4", "two_types:garden:gazebo_canopy", setup): "'Gazebo Canopy Replacement Top' and 'Gazebo "
       "Canopy Top Cover' read as a top and a cover: a repeated name moves a head past one word only, so "
       "that 'Kindle Paperwhite Screen Protector' stays a protector" for setup in ("categories-lexical",
                                                                                  "categories-dense")},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind4(q: Q, setup: str, known_limit):
    known_limit("blind4")
    check(q, setup, ENGINES)


def test_blind4_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"白": "白", "黒": "Black", "ネイビー": "Navy"})  # English titles say no 白
