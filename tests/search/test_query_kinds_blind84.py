"""An eighty-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies earlier suites use little: household
cleaning tools and janitorial supplies (English), pest control and mosquito repellents (English),
Japanese cleaning supplies and laundry goods 掃除用品・日用品 (part of its category tree in English,
with English-titled imports whose Japanese names are katakana loanwords: スプレーモップ, スクレーパー,
ドライヤーボール) and Japanese disaster-preparedness goods and tools 防災用品・工具 (with English-titled
imports too: バール, マルチツール, エマージェンシーシート, ファーストエイドキット). Shops of 30-50 items,
category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (blade scraper / scraper blades, pump bottle / bottle pumps,
   candle lantern / lantern candles, ハンマー ドリル / ドリル ハンマー);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries (and one English one over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (eighty-fourth suite, at 68bb187), as a measurement only (nothing
changed for it):
87 of 93 cases pass, 35 of 37 queries in every setup (two_types 8/8 queries, 18/18 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 15/15; mixed 6/8, 17/23); the 6 failing
cases (2 queries, each in all three of its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): スプレーモップ (the Japanese スプレーモップ first, then the Japanese ハンディモップ
items above the English "Spray Mop" imports) and エマージェンシーシート (the Japanese ファーストエイドキット
second, above the English "Emergency ... Blanket" imports).

After (an English ay is said ei, as loanwords write it: スプレー is a "spray", not a "spare"; the
sixteenth session): スプレーモップ passes. After (a material standing alone as a keyword group
describes: "エマージェンシーシート アルミ" is a sheet, not an アルミ): エマージェンシーシート passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

CL = "Cleaning Supplies"
SCRAPE, BOTTLES, MOPS, FLOOR = f"{CL} > Scrapers & Blades", f"{CL} > Bottles & Dispensing", f"{CL} > Mops & Buckets", \
    f"{CL} > Floor Care"

CLEAN = {
    "bladescraper": items(f"{SCRAPE} > Scrapers", ("Shinewell Blade Scraper, Retractable, for Glass Cooktops", 9.99),
                          ("Razor Blade Scraper, 4 inch, Long Handle, Floors & Windows", 14.99),
                          ("Blade Scraper, Metal Body, with 5 Spare Blades", 7.99)),
    "scraper": items(f"{SCRAPE} > Scrapers", ("Plastic Scraper, Non-Scratch, 3 Pack", 5.99),
                     ("Pan Scraper, Nylon, Heat Resistant, Red", 4.49), ("Floor Scraper, 14 inch, Long Handle", 24.99)),
    "scraperblade": items(f"{SCRAPE} > Blades", ("Scraper Blades, 4 inch, Replacement, 10 Pack", 8.99),
                          ("Shinewell Replacement Scraper Blades for Cooktop Scrapers, 25 Pack", 6.99),
                          ("Plastic Scraper Blades, Double Edge, 100 Pack", 9.49)),
    "blade": items(f"{SCRAPE} > Blades", ("Single Edge Razor Blades, 100 Pack", 11.99),
                   ("Utility Knife Blades, Heavy Duty, 50 Pack", 7.49)),
    "pumpbottle": items(f"{BOTTLES} > Bottles", ("Pump Bottle, 500ml, Amber Glass, Refillable", 6.99),
                        ("Empty Pump Bottles for Cleaning Concentrates, 1L, 3 Pack", 12.99),
                        ("Shinewell Foaming Pump Bottle, 250ml, White", 4.99)),
    "bottle": items(f"{BOTTLES} > Bottles", ("Empty Squeeze Bottles with Caps, 500ml, 6 Pack", 8.49),
                    ("Dilution Bottle, 1L, Graduated, Screw Cap", 3.99)),
    "bottlepump": items(f"{BOTTLES} > Pumps", ("Bottle Pumps, 28/410 Neck, Replacement, 4 Pack", 5.99),
                        ("Bottle Pump for 1 Gallon Jugs, 1oz per Stroke", 4.49),
                        ("Bottle Pump Tops, Lotion Style, Black, 6 Pack", 6.49)),
    "pump": items(f"{BOTTLES} > Pumps", ("Drum Pump, Hand Operated, for 55 Gallon Drums", 34.99),
                  ("Siphon Pump, Manual, Chemical Transfer, 1.5m Hose", 15.99)),
    "mopbucket": items(f"{MOPS} > Buckets", ("Mop Bucket with Side Press Wringer, 20L, Yellow", 39.99),
                       ("Spin Mop Bucket, Foot Pedal, 12L, Grey", 29.99),
                       ("Commercial Mop Bucket on Wheels, 35 Qt, Yellow", 64.99)),
    "mop": items(f"{MOPS} > Mops", ("Microfiber Flat Mop, 360 Swivel Head, Blue", 22.99),
                 ("Sponge Mop with Squeeze Handle, Green", 17.99), ("Cotton String Mop, Wooden Handle", 12.99)),
    "broomholder": items(f"{CL} > Storage > Broom Holders", ("Broom Holder, Wall Mounted, 5 Slots, 6 Hooks", 19.99),
                         ("Mop and Broom Holder, Stainless Steel, 3 Pack", 12.99),
                         ("Broom Holder, Heavy Duty Clamp, Garage", 9.99)),
    "broom": items(f"{FLOOR} > Brooms", ("Angle Broom with Dustpan Set, Black", 18.99),
                   ("Push Broom, 18 inch, Stiff Bristles", 26.99), ("Corn Broom, Natural Fibre, Wooden Handle", 15.99)),
    "sweeper": items(f"{CL} > Carpet Sweepers", ("Shinewell Carpet Sweeper, Manual, Dual Brush, Red", 34.99),
                     ("Carpet Sweeper, Compact, Pet Hair, Grey", 24.99),
                     ("Carpet Sweeper with Rubber Bristles, Red", 27.99),
                     ("Commercial Carpet Sweeper, 12 inch, Red", 59.99)),
    "sweeper_acc": items(f"{CL} > Carpet Sweepers > Sweeper Parts",
                         ("Replacement Brushes for Carpet Sweeper, Red, 2 Pack", 9.99),
                         ("Carpet Sweeper Replacement Belts, 4 Pack", 6.99),
                         ("Carpet Sweeper Dust Pan Replacement, Red", 7.99)),
    "dustmop": items(f"{CL} > Dust Mops", ("Dust Mop, 24 inch, Commercial, Grey", 29.99),
                     ("Microfiber Dust Mop, Telescopic Handle, Grey", 19.99),
                     ("Dust Mop, 36 inch, Cotton, Wooden Handle, Blue", 12.99),
                     ("Dry Dust Mop for Hardwood Floors, 18 inch, Grey", 14.99)),
    "dustmop_acc": items(f"{CL} > Dust Mops > Mop Heads & Care",
                         ("Replacement Heads for Dust Mops, 24 inch, Grey, 2 Pack", 11.99),
                         ("Dust Mop Replacement Pad, Microfiber, Grey", 7.99),
                         ("Treatment Spray for Dust Mops, 1L", 9.99)),
}

PC = "Pest Control"
MOSQ, RODENT = f"{PC} > Mosquito Control", f"{PC} > Rodents"

PEST = {
    "candlelantern": items(f"{MOSQ} > Lanterns", ("Citronella Candle Lantern, Metal, Black", 24.99),
                           ("Candle Lantern, Aluminium, Collapsible, Mosquito Repellent", 19.99),
                           ("Glass Candle Lanterns, Citronella, 2 Pack", 29.99)),
    "lantern": items(f"{MOSQ} > Lanterns", ("Camping Lantern with Mosquito Repeller, LED, Rechargeable", 39.99),
                     ("Solar Lantern, Outdoor, Insect Repelling, Hanging", 22.99)),
    "lanterncandle": items(f"{MOSQ} > Candles", ("Lantern Candles, Citronella, 12 Pack, 9 Hour", 14.99),
                           ("Citronella Refill Candles for Candle Lanterns, 6 Pack", 11.99),
                           ("Tealight Lantern Candles, Citronella, 24 Pack", 9.99)),
    "candle": items(f"{MOSQ} > Candles", ("Citronella Candle in Bucket, 17oz", 12.99),
                    ("Citronella Candles, Terracotta Pot, 3 Pack", 24.99), ("Outdoor Citronella Candle, Tin, 40 Hour", 9.99)),
    "baitstation": items(f"{RODENT} > Bait Stations", ("Rodent Bait Station, Tamper Resistant, 2 Pack, Black", 21.99),
                         ("Bait Station for Mice, Lockable, Key Included", 12.99),
                         ("Rat Bait Stations, Heavy Duty, 4 Pack", 36.99)),
    "bait": items(f"{PC} > Baits", ("Rodent Bait Blocks, 1kg Bucket", 27.99), ("Cockroach Gel Bait, 4 Tubes", 14.99),
                  ("Ant Bait Gel, 30g Syringe", 8.99)),
    "bracelet": items(f"{MOSQ} > Wearables", ("Mosquito Repellent Bracelets, Kids, 10 Pack", 11.99),
                      ("Citronella Bracelets, Waterproof, 12 Pack", 9.99),
                      ("Insect Repellent Wristbands, Adjustable, 6 Pack", 8.99)),
    "repellent": items(f"{MOSQ} > Repellents", ("Insect Repellent Spray, 20% DEET, 200ml", 7.99),
                       ("Mosquito Repellent Lotion, Picaridin, 100ml", 9.49),
                       ("Natural Insect Repellent Spray, Lemon Eucalyptus, 150ml", 8.49)),
    "zapper": items(f"{PC} > Bug Zappers", ("Bug Zapper, 20W, Indoor/Outdoor, Black", 34.99),
                    ("Electric Bug Zapper, 4000V, Hanging, Black", 24.99),
                    ("Bug Zapper Lantern, Rechargeable, Black", 29.99), ("Solar Bug Zapper, Outdoor Stake, Green", 19.99)),
    "zapper_acc": items(f"{PC} > Bug Zappers > Zapper Parts", ("Replacement Bulbs for Bug Zappers, 20W, 2 Pack", 12.99),
                        ("Bug Zapper Replacement Grid, Black", 9.99),
                        ("Cleaning Brush for Bug Zapper Grids, Black", 4.99)),
    "wasptrap": items(f"{PC} > Wasp Control", ("Wasp Trap, Reusable, Hanging, Yellow", 13.99),
                      ("Glass Wasp Traps, Decorative, 2 Pack", 19.99), ("Wasp and Hornet Trap with Solar Light", 24.99)),
    "wasp_acc": items(f"{PC} > Wasp Control > Refills", ("Attractant Refill for Wasp Traps, 3 Pack", 8.99),
                      ("Wasp Trap Replacement Bags, 6 Pack", 10.99), ("Hanging Hooks for Wasp Traps, 4 Pack", 5.99)),
    "noise": each(("Snap Mouse Traps, Reusable, 6 Pack", f"{RODENT} > Traps", 9.99),
                  ("Glue Traps for Insects, 12 Pack", f"{PC} > Traps", 6.99),
                  ("Mosquito Net for Double Bed, White", f"{MOSQ} > Nets", 19.99)),
}

SJ, DET = "掃除用品", "掃除用品 > 洗剤"

SOUJI = {
    "citricspray": items(f"{DET} > スプレー", ("クエン酸スプレー 水まわり 水垢落とし 400ml", 548),
                         ("クエン酸 スプレー 泡タイプ キッチン 浴室 300ml", 498),
                         ("クエン酸スプレー 電解水配合 無香料 500ml", 698)),
    "citric": items(f"{DET} > ナチュラルクリーニング", ("クエン酸 粉末 1kg 食品グレード 掃除 洗濯", 880),
                    ("クエン酸 500g 日本製 水垢 ポット洗浄", 498), ("クエン酸 粉末 3kg 大容量 チャック付き", 1980)),
    "steamcleaner": items(f"{SJ} > スチームクリーナー", ("スチームクリーナー ハンディ 除菌 高温 コンパクト 白", 5980),
                          ("スチームクリーナー キャニスター型 アタッチメント12点 大容量 グレー", 12800),
                          ("Handheld Steam Cleaner, 9 Accessories, Pressurized, White", 6980),
                          ("スチームクリーナー 2in1 床 ハンディ 高温除菌", 9980)),
    "steam_acc": items(f"{SJ} > スチームクリーナー > 交換パーツ", ("スチームクリーナー用 交換パッド マイクロファイバー 2枚", 980),
                       ("スチームクリーナー専用 ブラシセット 6個", 780), ("スチームクリーナー対応 ノズル 延長ホース", 1280)),
    "handymop": items(f"{SJ} > モップ > ハンディモップ", ("ハンディモップ 伸縮 最長1.2m ピンク", 1280),
                      ("ハンディモップ マイクロファイバー 洗える ピンク", 780), ("ハンディモップ 羊毛 ダスター ピンク", 1980),
                      ("ハンディモップ 本体 グレー", 480), ("ハンディモップ 360度 曲がる ホワイト", 980)),
    "handymop_acc": items(f"{SJ} > モップ > 取替シート", ("ハンディモップ用 取替シート 20枚 ピンク", 398),
                          ("ハンディモップ専用 替えヘッド ピンク 2個", 580), ("ハンディモップ対応 延長ポール 1.5m", 880),
                          ("取替シート ハンディモップ用 ブルー 30枚", 498)),
    "scraper": items("Cleaning > Scrapers", ("スクレーパー IHコンロ 焦げ落とし 替刃5枚付き", 880),
                     ("スクレーパー ガラス 窓 シール剥がし ステンレス", 680),
                     ("Glass Cooktop Scraper, Razor Blade, 5 Spare Blades", 1080),
                     ("Multi-Purpose Plastic Scraper, 4 Pack", 580)),
    "spraymop": items("Cleaning > Mops > Spray Mops", ("Spray Mop, 360 Rotating Head, 400ml Refillable Bottle, Grey", 2980),
                      ("Floor Spray Mop with 3 Microfiber Pads", 2480), ("Spray Mop, Aluminium Handle, Wet & Dry", 3480),
                      ("スプレーモップ 水拭き フローリング タンク付き", 2280)),
    "dryerball": items("Laundry > Dryer Balls", ("Wool Dryer Balls, XL, 6 Pack", 1680),
                       ("Dryer Balls, Reusable, Reduces Static, 4 Pack", 980),
                       ("Laundry Dryer Balls, Organic Wool, 3 Pack", 1280), ("ドライヤーボール ウール 乾燥時間短縮 3個入", 1180)),
    "clothespin": items("Laundry > Clothespins", ("洗濯ばさみ ステンレス 強力 20個", 980), ("洗濯バサミ 竹製 天然 30個入", 580),
                        ("ピンチ 洗濯ばさみ 物干し 黒 24個", 480)),
    "noise": each(("ピンチハンガー 角型 40ピンチ ステンレス", "Laundry > Hangers", 2480),
                  ("重曹 粉末 2kg 掃除用", f"{DET} > ナチュラルクリーニング", 698),
                  ("セスキ炭酸ソーダ スプレー 500ml", f"{DET} > スプレー", 398)),
}

T, HT, PT, B = "工具", "工具 > 手工具", "工具 > 電動工具", "防災用品"

BOSAI = {
    "hammerdrill": items(f"{PT} > ハンマードリル", ("ハンマードリル SDSプラス 26mm 800W 3モード", 12800),
                         ("充電式 ハンマードリル 18V ブラシレス 本体のみ", 16800),
                         ("ハンマードリル コンクリート 穴あけ 2モード ケース付", 8980)),
    "drill": items(f"{PT} > ドリル", ("ドリルドライバー 充電式 12V LEDライト付", 5980), ("振動ドリル 13mm 650W 木工 鉄工", 6480)),
    "drillhammer": items(f"{HT} > ハンマー", ("ドリルハンマー 石頭 1.5ポンド 鍛造", 1980),
                         ("ドリルハンマー 1kg グラスファイバー柄", 2480), ("ドリルハンマー 八角 900g 片手", 1780)),
    "hammer": items(f"{HT} > ハンマー", ("ネイルハンマー 450g 釘抜き付き", 1480), ("ゴムハンマー 1.5ポンド 黒", 980),
                    ("両口ハンマー 1kg 木柄", 1680)),
    "ropeladder": items(f"{B} > 避難用品", ("避難はしご ロープはしご 5m 2階用", 6980), ("ロープはしご 縄ばしご 7m フック付き", 8980),
                        ("ロープはしご 3階用 10m 収納袋付き", 12800)),
    "rope": items(f"{T} > 資材 > ロープ", ("ロープ 12mm 30m クレモナ 万能", 2480), ("PPロープ 9mm 20m 白", 880)),
    "socketwrench": items(f"{HT} > レンチ", ("ソケットレンチセット 差込角9.5mm 40点 ラチェット", 4980),
                          ("ソケットレンチ 3/8 ラチェットハンドル 72ギア", 2480), ("ソケットレンチ 首振り ロングタイプ 12.7mm", 3280)),
    "socket": items(f"{HT} > ソケット", ("ディープソケット 12.7mm 17mm 単品", 580), ("ソケット 9.5mm 6角 8-19mm 10個セット", 1980)),
    "jigsaw": items("Tools > Power Tools > Jigsaws", ("ジグソー 電動 650W 無段変速 オービタル 青", 6980),
                    ("充電式 ジグソー 18V 本体のみ 青", 12800), ("ジグソー 450W コンパクト 木工 青", 4980),
                    ("ジグソー 550W レーザーガイド付き 緑", 3980), ("Cordless Jigsaw, 20V, Variable Speed, Yellow", 8980)),
    "jigsaw_acc": items("Tools > Power Tools > Jigsaw Blades", ("ジグソー用 ブレード 木工用 10本 青", 680),
                        ("ジグソー専用 替刃 金属用 5本", 580), ("ジグソー対応 集じんアダプター", 980)),
    "stove": items(f"{B} > 調理器具 > カセットコンロ", ("カセットコンロ 3.5kW 防災 黒", 3980), ("カセットコンロ スリム 薄型 2.9kW 黒", 2980),
                   ("カセットコンロ 風防付き アウトドア 白", 2480), ("Portable Butane Stove, Single Burner, Black", 5480)),
    "stove_acc": items(f"{B} > 調理器具 > コンロ用品", ("カセットコンロ用 風防 アルミ 黒", 980), ("カセットコンロ専用 収納ケース 黒", 1280),
                       ("カセットコンロ対応 焼肉プレート", 1980)),
    "crowbar": items("Tools > Hand Tools > Crowbars", ("バール 600mm 釘抜き 防災 赤", 1480), ("バール 900mm 六角 黒", 2280),
                     ("Crowbar, 24 inch, Forged Steel", 1980)),
    "multitool": items("Tools > Hand Tools > Multi-Tools", ("マルチツール 14機能 ペンチ ナイフ ケース付き", 3480),
                       ("Multi-Tool, 15-in-1, Stainless Steel, Pliers", 2980),
                       ("Pocket Multitool with Knife and Screwdriver, Black", 1980)),
    "emblanket": items("Emergency > Blankets", ("エマージェンシーシート アルミ 保温 5枚入", 680),
                       ("Emergency Mylar Blankets, 10 Pack", 980), ("Emergency Space Blanket, Reusable, Orange", 1280)),
    "firstaid": items("Emergency > First Aid", ("ファーストエイドキット 防災 救急セット 60点", 2980),
                      ("First Aid Kit, 100 Piece, Waterproof Case", 2480), ("Mini First Aid Kit for Car, 42 Piece", 1580)),
    "noise": each(("保存水 5年保存 2L 6本", f"{B} > 備蓄", 1680)),
}

SHOPS = {"clean": CLEAN, "pest": PEST, "souji": SOUJI, "bosai": BOSAI}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("clean", "blade scraper", "bladescraper", ["scraper"], ["scraperblade"]),
    two_types("clean", "scraper blades", "scraperblade", ["blade"], ["bladescraper"]),
    two_types("clean", "pump bottle", "pumpbottle", ["bottle"], ["bottlepump"]),
    two_types("clean", "bottle pumps", "bottlepump", ["pump"], ["pumpbottle"]),
    two_types("pest", "candle lantern", "candlelantern", ["lantern"], ["lanterncandle"]),
    two_types("pest", "lantern candles", "lanterncandle", ["candle"], ["candlelantern"]),
    two_types("bosai", "ハンマー ドリル", "hammerdrill", ["drill"], ["drillhammer"]),
    two_types("bosai", "ドリル ハンマー", "drillhammer", ["hammer"], ["hammerdrill"]),
    # --- 2. a leading product word that modifies the head
    qualifies("clean", "mop bucket", ["mopbucket"], ["mop", "dustmop"]),
    qualifies("clean", "broom holder", ["broomholder"], ["broom"]),
    qualifies("pest", "bait station", ["baitstation"], ["bait"]),
    qualifies("pest", "repellent bracelets", ["bracelet"], ["repellent"]),
    qualifies("souji", "クエン酸 スプレー", ["citricspray"], ["citric"]),
    qualifies("bosai", "ロープ はしご", ["ropeladder"], ["rope"]),
    qualifies("bosai", "ソケット レンチ", ["socketwrench"], ["socket"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("clean", "carpet sweeper", ["sweeper"], ["sweeper_acc"]),
    accessories("clean", "dust mop", ["dustmop"], ["dustmop_acc"]),
    accessories("pest", "bug zapper", ["zapper"], ["zapper_acc"]),
    accessories("pest", "wasp trap", ["wasptrap"], ["wasp_acc"]),
    accessories("souji", "スチームクリーナー", ["steamcleaner"], ["steam_acc"]),
    accessories("souji", "ハンディモップ", ["handymop"], ["handymop_acc"]),
    accessories("bosai", "ジグソー", ["jigsaw"], ["jigsaw_acc"]),
    accessories("bosai", "カセットコンロ", ["stove"], ["stove_acc"]),
    # red carpet sweepers: dual brush 34.99, rubber bristles 27.99, commercial 59.99 (a grey one 24.99; red
    # brushes 9.99, red dust pan 7.99)
    price("clean", "cheap red carpet sweeper", "sweeper-2", ["sweeper_acc"]),
    # grey dust mops: 24 inch 29.99, microfiber 19.99, dry 18 inch 14.99 (a blue one 12.99; grey heads 11.99,
    # grey pad 7.99)
    price("clean", "budget grey dust mop", "dustmop-3", ["dustmop_acc"]),
    # black bug zappers: 20W 34.99, 4000V 24.99, lantern 29.99 (a green solar one 19.99; black grid 9.99,
    # black brush 4.99)
    price("pest", "affordable black bug zapper", "zapper-1", ["zapper_acc"]),
    # pink handy mops: telescopic 1280, microfiber 780, wool 1980 (grey 480, white 980; pink sheets 398,
    # pink heads 580)
    price("souji", "安い ピンク ハンディモップ", "handymop-1", ["handymop_acc"]),
    # blue jigsaws: 650W 6980, 18V 12800, 450W 4980 (a green 550W 3980; a yellow English one 8980; blue blades 680)
    price("bosai", "お手頃 青 ジグソー", "jigsaw-2", ["jigsaw_acc"]),
    # black cassette stoves: 3.5kW 3980, slim 2980, English butane stove 5480 (a white one 2480; black windscreen
    # 980, black case 1280)
    price("bosai", "激安 黒 カセットコンロ", "stove-1", ["stove_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("souji", "スクレーパー", "scraper"),
    mixed("souji", "スプレーモップ", "spraymop"),
    mixed("souji", "ドライヤーボール", "dryerball"),
    mixed("souji", "clothespins", "clothespin"),
    mixed("bosai", "バール", "crowbar"),
    mixed("bosai", "マルチツール", "multitool"),
    mixed("bosai", "エマージェンシーシート", "emblanket"),
    mixed("bosai", "ファーストエイドキット", "firstaid"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind84(q: Q, setup: str, known_limit):
    known_limit("blind84")
    check(q, setup, ENGINES)


def test_blind84_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"red": "Red", "grey": "Grey", "black": "Black", "ピンク": "Pink", "青": "Blue",
                                 "黒": "Black"})
