"""A thirty-sixth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in vocabularies no earlier suite uses: a jewellery and
watch store (English), a bath and bedding store (English), a Japanese tea and tableware shop
茶器・和食器 (part of its category tree in English, with English-titled imports such as a "Tea
Kettle" or a "Matcha Whisk" whose Japanese names are katakana loanwords or plain Japanese words)
and a Japanese smartphone and PC accessories shop スマホ・PCアクセサリー (with English-titled
imports and part of its tree in English too). Shops of 30-50 items, category paths 2-3 levels
deep, marketplace titles.

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

Written blind on 2026-11-30 (thirty-sixth suite), as a measurement only (nothing changed for it):
91 of 94 cases pass, 36 of 37 queries in every setup (two_types 7/8 queries, 16/19 cases;
qualifies 7/7, 17/17; accessories 8/8, 20/20; price 6/6, 16/16; mixed 8/8, 22/22); the 3 failing
cases (1 query, in all its setups) are strict xfails (`LIMITS`, through `conftest.known_limit`):
タブレット ペン ranks a plain stylus (スタイラスペン ディスク型) second, above the exact
タブレットペン item (third); the pen tablets do stay below every pen. After (極細 and other words of
fineness or make never a title's type; a query saying a compound apart also matches it written
whole): 94 of 94.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import items


# =============================================================================================
# Shops

J, W = "Jewelry", "Watches"
BR, RINGS = f"{J} > Bracelets", f"{J} > Rings"

JEWEL = {
    "charmbracelet": items(f"{BR} > Charm Bracelets",
                           ("Lunette Sterling Silver Charm Bracelet, Snake Chain, 7.5in", 59),
                           ("Gold Plated Charm Bracelet, Heart & Star, Adjustable", 35),
                           ("Beaded Charm Bracelet, Rose Quartz, Stretch Fit", 24)),
    "bracelet": items(BR, ("Lunette Tennis Bracelet, Cubic Zirconia, Silver", 79),
                      ("Braided Leather Bracelet, Men's, Magnetic Clasp, Brown", 29),
                      ("Hammered Cuff Bracelet, 14K Gold Plated", 45)),
    "braceletcharm": items(f"{J} > Charms", ("Lunette Bracelet Charm, Sterling Silver Heart, Clip-On", 19),
                           ("Birthstone Bracelet Charms, Set of 12, Silver", 39),
                           ("Enamel Bracelet Charm, Four Leaf Clover, Gold Tone", 15)),
    "charm": items(f"{J} > Charms", ("Initial Letter Charm, Gold Plated, A-Z", 12),
                   ("Sterling Silver Moon Pendant Charm", 22)),
    "watch.auto": items(f"{W} > Men's Watches",
                        ("Kestrel Automatic Watch, Men's, 42mm, Sapphire Crystal, Black Dial", 349),
                        ("Kestrel Diver Automatic Watch, 200m, Blue Dial", 429))
    + items(f"{W} > Women's Watches", ("Aurelle Automatic Watch, Women's, 34mm, Mother of Pearl Dial", 289)),
    "watch": items(f"{W} > Men's Watches", ("Field Watch, Quartz, Canvas Strap, 38mm, Green", 79),
                   ("Chronograph Watch, Men's, Stainless Steel, 44mm", 159)),
    "braceletwatch": items(f"{W} > Women's Watches", ("Aurelle Bracelet Watch, Women's, Rose Gold, Crystal Bezel", 129),
                           ("Slim Bracelet Watch, Quartz, Mesh Band, Silver", 89),
                           ("Vintage Bracelet Watch, Gold Tone, Oval Dial", 69)),
    "watchbracelet": items(f"{W} > Watch Bands", ("Stainless Steel Watch Bracelet, 20mm, Quick Release, Silver", 39),
                           ("Jubilee Watch Bracelet, 20mm, Two-Tone", 49)),
    "watchband": items(f"{W} > Watch Bands", ("Leather Watch Band, 20mm, Quick Release, Brown", 25),
                       ("Silicone Watch Band, 22mm, Black", 15),
                       ("Nato Strap for Automatic Watches, 20mm, Olive", 18)),
    "winder": items(f"{W} > Watch Winders", ("Kestrel Single Watch Winder for Automatic Watches, Black", 89),
                    ("Double Watch Winder, Quiet Motor, Wood Finish", 149),
                    ("Watch Winder Box for 4 Automatic Watches, Carbon Fibre", 229)),
    "ring.engage": items(f"{RINGS} > Engagement Rings",
                         ("Solitaire Engagement Ring, 1ct Moissanite, 14K White Gold", 499),
                         ("Halo Engagement Ring, Lab Grown Diamond, Platinum", 899),
                         ("Vintage Engagement Ring, Oval Sapphire, Rose Gold", 429)),
    "ring": items(f"{RINGS} > Fashion Rings", ("Lunette Sterling Silver Stacking Rings, Set of 3", 29),
                  ("Sterling Silver Signet Ring, Men's, Engravable", 69))
    + items(f"{RINGS} > Wedding Bands", ("Tungsten Wedding Band, 8mm, Brushed, Black", 89))
    + items(f"{RINGS} > Fashion Rings", ("Gold Plated Statement Ring, Adjustable, Green Stone", 25),
            ("Silver Thumb Ring, Hammered, Adjustable", 19)),
    "ringbox": items("Jewelry Storage > Ring Boxes", ("Velvet Ring Box for Engagement Rings, Proposal, Navy", 15),
                     ("Wooden Ring Box, Double Slot, Walnut", 22), ("LED Ring Box, Rotating, Black", 29),
                     ("Mini Ring Box, Heart Shape, Silver", 9)),
    "ring_acc": items("Jewelry Care > Ring Accessories", ("Ring Size Adjuster for Loose Rings, 8 Pack, Silver", 7),
                      ("Ring Guard for Engagement Rings, Gold Tone, 2 Pack", 8)),
    "necklace": items(f"{J} > Necklaces", ("Lunette Pendant Necklace, Sterling Silver Heart, 18in", 49),
                      ("Freshwater Pearl Necklace, 16in, White", 89)),
    "chain": items(f"{J} > Necklaces > Chains", ("Sterling Silver Rope Chain, 2.5mm, 20in", 45),
                   ("Cuban Link Chain, Men's, Stainless Steel, 22in", 35)),
    "cleaner": items("Jewelry Care > Cleaners", ("Sparkle Jewelry Cleaner Solution, 8oz, with Basket", 12),
                     ("Ultrasonic Jewelry Cleaner, 600ml, Timer", 45)),
}

B, BD, T = "Bath", "Bedding", "Towels"
HW, SC = f"{B} > Bath Hardware", f"{B} > Shower Curtains"

BATH = {
    "towelbar": items(f"{HW} > Towel Bars", ("Alder & Co. Towel Bar, 24in, Brushed Nickel", 35),
                      ("Adhesive Towel Bar, No Drill, Stainless Steel, Black", 19),
                      ("Double Towel Bar, 30in, Matte Black", 45)),
    "bar": items(f"{HW} > Grab Bars", ("Shower Grab Bar, 16in, Stainless Steel", 29),
                 ("Suction Grab Bar, Tool-Free, White", 19)),
    "bartowel": items(f"{T} > Kitchen & Bar Towels", ("Bar Mop Towels, 100% Cotton, 12 Pack, White", 19),
                      ("Ribbed Bar Towels, 16x19in, 6 Pack, Grey", 15),
                      ("Alder & Co. Bar Towels, Striped, 4 Pack, Navy", 14)),
    "towel": items(f"{T} > Bath Towels", ("Alder & Co. Bath Towels, Turkish Cotton, 2 Pack, White", 39),
                   ("Quick Dry Bath Towel, Waffle Weave, Grey", 24))
    + items(f"{T} > Hand Towels", ("Hand Towels, 600 GSM, Set of 4, Navy", 22),
            ("Cotton Washcloth Towels, 12 Pack, White", 12)),
    "towelrack": items(f"{HW} > Towel Racks", ("Alder & Co. Towel Rack, Wall Mounted, 3 Tier, Chrome", 49),
                       ("Freestanding Towel Rack, Bamboo, 2 Tier", 39),
                       ("Over the Door Towel Rack, 3 Tier, Black", 25),
                       ("Towel Rack with Shelf, Wall Mount, Matte Black", 45)),
    "curtain": items(SC, ("Alder & Co. Shower Curtain, Waffle Weave, 72x72in, White", 29),
                     ("Fabric Shower Curtain, Water Repellent, 72x72in, White", 19),
                     ("Linen Blend Shower Curtain, 72x72in, Beige", 35),
                     ("Botanical Print Shower Curtain, 72x72in, Green", 24),
                     ("Extra Long Shower Curtain, 72x84in, White", 32)),
    "curtain_acc": items(f"{SC} > Hooks & Rings", ("Shower Curtain Hooks, Rust Proof, 12 Pack, White", 9),
                         ("Shower Curtain Rings, Roller Ball, 12 Pack, Chrome", 12),
                         ("Magnetic Weights for Shower Curtains, 4 Pack, White", 8)),
    "rod": items(f"{SC} > Curtain Rods", ("Tension Shower Curtain Rod, 43-72in, White", 25),
                 ("Curved Shower Curtain Rod, Adjustable, Brushed Nickel", 39)),
    "bathmat": items(f"{B} > Bath Mats", ("Memory Foam Bath Mat, Non-Slip, Grey", 19),
                     ("Diatomite Stone Bath Mat, Quick Dry", 35), ("Cotton Tufted Bath Mat, 20x32in, White", 24)),
    "pillow": items(f"{BD} > Pillows", ("Alder & Co. Down Alternative Pillows, Queen, 2 Pack", 49),
                    ("Memory Foam Pillow, Contour, Standard", 39), ("Shredded Foam Pillow, Adjustable Loft, King", 45),
                    ("Body Pillow, 20x54in, Hypoallergenic", 35)),
    "pillowcase": items(f"{BD} > Pillowcases", ("Alder & Co. Pillow Cases, Sateen, Queen, 2 Pack, White", 25),
                        ("Silk Pillow Case, Mulberry, Standard, Champagne", 29),
                        ("Linen Pillow Cases, King, Set of 2, Grey", 32)),
    "duvet": items(f"{BD} > Duvet Covers", ("Washed Cotton Duvet Cover Set, Queen, Sage", 89),
                   ("Alder & Co. Duvet Cover, Percale, King, White", 99)),
    "topper": items(f"{BD} > Mattress Toppers", ("Alder & Co. Memory Foam Mattress Topper, 3in, Queen", 129),
                    ("Cooling Gel Mattress Topper, 2in, Full", 89),
                    ("Down Alternative Mattress Topper, Pillow Top, King", 109)),
    "topper_acc": items(f"{BD} > Mattress Toppers > Topper Accessories",
                        ("Mattress Topper Cover, Zippered, Queen, 3in", 35),
                        ("Sheet Straps for Mattress Toppers, Adjustable, 4 Pack", 12),
                        ("Non-Slip Grip Pad for Mattress Toppers, Queen", 25)),
}

CK, MT, TW = "茶器", "Matcha Tools", "Tableware"

TEA = {
    "kyusu": items(f"{CK} > 急須", ("常滑焼 急須 朱泥 300ml 茶こし付き", 4980), ("急須 萬古焼 黒 ステンレス茶こし 350ml", 2480),
                   ("急須 耐熱ガラス 500ml 茶こし付き", 1680), ("南部鉄器 急須 0.65L 黒 ホーロー加工", 5980),
                   ("Japanese Kyusu Teapot, Tokoname, 300ml, Black", 3280)),
    "kyusu_acc": items(f"{CK} > 急須 > 急須小物", ("急須用 茶こし ステンレス 替え 黒", 480),
                       ("ティーコゼー 急須対応 キルト 黒", 1280), ("急須専用 茶こしネット 交換用 10枚", 330)),
    "yunomi": items(f"{CK} > 湯呑み", ("湯呑み 有田焼 白 200ml 5客セット", 3980), ("湯呑み 美濃焼 粉引 白 単品", 980),
                    ("湯呑み 蓋付き 九谷焼 花柄", 2480), ("湯呑み 波佐見焼 白 ストレート 2個", 1480),
                    ("Japanese Tea Cups, Yunomi, Set of 4, White", 2280)),
    "yunomi_acc": items(f"{CK} > 湯呑み > 湯呑み小物", ("湯呑み用 蓋 磁器 白 2枚", 680), ("湯呑み専用 茶托 木製 5枚", 1280)),
    "chataku": items(f"{CK} > 茶托", ("茶托 木製 漆塗り 5枚組", 1980), ("茶托 真鍮 丸型 2枚", 2980)),
    "chazutsu": items(f"{CK} > 茶筒", ("茶筒 樺細工 200g", 6980), ("茶筒 ブリキ 2重蓋 150g 黒", 1480),
                      ("Tea Canister, Airtight, Tin, Washi Paper, 100g", 1980)),
    "kettle": items("Tea Ware > Kettles", ("Cast Iron Tea Kettle, Nambu Tekki, 1.2L, Black", 8980),
                    ("Stainless Steel Tea Kettle, Whistling, 2L", 3480), ("ケトル ステンレス 1.5L IH対応 ガス火", 2980),
                    ("鉄瓶 南部鉄器 1.0L 直火 IH対応", 12800)),
    "chasen": items(f"{MT} > Whisks", ("茶筅 百本立 竹 国産 高山", 3980), ("茶筅 八十本立 白竹", 1980),
                    ("Matcha Whisk, Bamboo, 100 Prongs", 1580),
                    ("Matcha Whisk Set with Scoop and Holder, 3 Piece", 2980)),
    "chasen_acc": items(f"{MT} > Whisk Holders", ("茶筅用 くせ直し 陶器 白", 980),
                        ("Matcha Whisk Holder, Ceramic, White", 1280)),
    "chashaku": items(f"{MT} > Scoops", ("茶杓 竹 煤竹", 880), ("Bamboo Matcha Scoop, Chashaku", 680)),
    "hashi": items(f"{TW} > Chopsticks", ("箸 天然木 23cm 5膳セット 食洗機対応", 1480), ("若狭塗 箸 夫婦箸 2膳 桐箱入り", 3980),
                   ("箸 すべらない 竹 23cm 10膳", 980), ("子供用 箸 18cm 練習 トレーニング", 680)),
    "hashioki": items(f"{TW} > Chopstick Rests", ("箸置き 陶器 5個セット 和柄", 1280), ("箸置き 真鍮 魚 2個", 1680),
                      ("箸置き ガラス 透明 6個", 980)),
    "tray": items(f"{TW} > Trays", ("お盆 木製 尺二 長角 黒", 2480), ("お盆 丸盆 漆塗り 30cm 朱", 3980),
                  ("Bamboo Serving Tray, Rectangular, 40cm", 1980), ("Serving Tray with Handles, Walnut, Large", 3480)),
}

PC_, PH = "PC周辺機器", "Phone Accessories"

PC = {
    "mouse": items(f"{PC_} > マウス", ("マウス ワイヤレス 静音 Bluetooth 黒", 1980), ("マウス 有線 USB 光学式 黒", 780),
                   ("ゲーミングマウス 軽量 58g RGB 黒", 4980), ("Ergonomic Vertical Mouse, Wireless, Black", 2980)),
    "mouse_acc": items(f"{PC_} > マウス > マウス小物", ("マウス用 ソール 交換用 黒 2セット", 480),
                       ("マウス専用 収納ケース 黒 セミハード", 680), ("マウス対応 グリップテープ 滑り止め 黒", 580)),
    "mousepad": items(f"{PC_} > マウスパッド", ("マウスパッド 大型 900×400mm 黒 ゲーミング", 1480),
                      ("マウスパッド リストレスト付き 低反発 グレー", 1280), ("マウスパッド 小型 防水 レザー 白", 880)),
    "keyboard": items(f"{PC_} > キーボード", ("キーボード ワイヤレス Bluetooth 薄型 日本語配列 白", 2980),
                      ("キーボード 有線 USB テンキー付き 白", 1480), ("メカニカルキーボード 青軸 RGB 黒", 6980),
                      ("Compact Wireless Keyboard, Bluetooth, US Layout, White", 3480)),
    "keyboard_acc": items(f"{PC_} > キーボードアクセサリー", ("キーボード用 リストレスト 低反発 白", 980),
                          ("キーボード専用 キーキャップ 交換用 PBT 白", 1280)),
    "kbcover": items(f"{PC_} > キーボードアクセサリー", ("キーボードカバー MacBook Air 13インチ対応 シリコン 透明", 780),
                     ("キーボードカバー ノートパソコン 汎用 15.6インチ 白", 680),
                     ("キーボードカバー 日本語配列 防塵 防水 黒", 880)),
    "micstand": items(f"{PC_} > マイクスタンド", ("マイクスタンド 卓上 アーム型 クランプ式 黒", 2980),
                      ("マイクスタンド 卓上 三脚 折りたたみ", 1480), ("マイクスタンド 床置き ブーム 高さ調整", 3980)),
    "standmic": items(f"{PC_} > マイク", ("スタンドマイク USB 卓上 コンデンサー 単一指向性", 4980),
                      ("スタンドマイク USB-C Web会議 ミュートボタン付き", 3980)),
    "mic": items(f"{PC_} > マイク", ("ピンマイク クリップ式 スマホ PC 3.5mm", 1680), ("コンデンサーマイク USB 配信 ゲーム実況", 5480)),
    "stand": items(f"{PH} > Stands", ("スマホスタンド 卓上 折りたたみ アルミ", 1280), ("タブレットスタンド 角度調整 iPad対応", 1680)),
    "stand.laptop": items("PC Accessories > Laptop Stands", ("ノートパソコンスタンド 高さ調整 アルミ 折りたたみ", 2980),
                          ("ノートPCスタンド 縦置き 2台収納 アルミ", 1980), ("パソコンスタンド 冷却ファン付き 15.6インチ対応", 3480)),
    "tabletpen": items("タブレットアクセサリー > タッチペン", ("タブレット ペン スタイラス 極細 iPad Android 対応", 2980),
                       ("タブレットペン 充電式 極細 2mm パームリジェクション 白", 1980)),
    "pen": items("タブレットアクセサリー > タッチペン", ("タッチペン スマホ用 導電繊維 3本セット", 680),
                 ("スタイラスペン ディスク型 高精度 黒", 980)),
    "pentablet": items(f"{PC_} > ペンタブレット", ("ペンタブレット 10×6インチ 板タブ 8192段階 筆圧", 5980),
                       ("液晶ペンタブレット 13.3インチ フルHD", 29800)),
    "webcam": items("PC Accessories > Webcams", ("ウェブカメラ フルHD 1080p マイク内蔵", 3980),
                    ("ウェブカメラ 4K オートフォーカス 広角", 7980), ("HD Webcam 1080p with Privacy Cover, USB", 2980),
                    ("Webcam with Ring Light, 2K, Wide Angle", 4580)),
    "charger": items(f"{PH} > Chargers", ("充電器 USB-C 20W 急速充電 PD対応", 1480),
                     ("USB-C Wall Charger, 65W, GaN, 3 Ports", 3980), ("ワイヤレス充電器 15W Qi対応 スタンド型", 2480),
                     ("Car Charger, Dual USB-C, 40W", 1980)),
    "film": items(f"{PH} > Screen Protectors", ("保護フィルム iPhone15 ガラス 2枚 指紋防止", 980),
                  ("iPad 10.9 フィルム ペーパーライク 反射防止", 1480),
                  ("Tempered Glass Screen Protector for iPhone 15, 3 Pack", 1280),
                  ("Privacy Screen Protector, Anti-Spy, iPhone 15 Pro", 1580)),
    "cable": items(f"{PH} > Cables", ("充電ケーブル USB-C to USB-C 1m 2本", 980)),
}

SHOPS = {"jewel": JEWEL, "bath": BATH, "tea": TEA, "pc": PC}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("jewel", "charm bracelet", "charmbracelet", ["bracelet"], ["braceletcharm"]),
    two_types("jewel", "bracelet charms", "braceletcharm", ["charm"], ["charmbracelet"]),
    two_types("jewel", "bracelet watch", "braceletwatch", ["watch"], ["watchbracelet"]),
    two_types("bath", "towel bar", "towelbar", ["bar"], ["bartowel"]),
    two_types("bath", "bar towels", "bartowel", ["towel"], ["towelbar"]),
    two_types("pc", "マイクスタンド", "micstand", ["stand"], ["standmic"]),
    two_types("pc", "スタンドマイク", "standmic", ["mic"], ["micstand"]),
    two_types("pc", "タブレット ペン", "tabletpen", ["pen"], ["pentablet"]),
    # --- 2. a leading product word that modifies the head
    qualifies("jewel", "ring box", ["ringbox"], ["ring"]),
    qualifies("jewel", "watch winder", ["winder"], ["watch", "braceletwatch"]),
    qualifies("bath", "towel rack", ["towelrack"], ["towel", "bartowel"]),
    qualifies("bath", "pillow cases", ["pillowcase"], ["pillow"]),
    qualifies("tea", "箸置き", ["hashioki"], ["hashi"]),
    qualifies("pc", "マウスパッド", ["mousepad"], ["mouse"]),
    qualifies("pc", "キーボードカバー", ["kbcover"], ["keyboard"]),
    # --- 3. accessories ("for X", X用 / X専用 / X対応); price word + colour + type
    accessories("jewel", "automatic watch", ["watch.auto"], ["winder", "watchband", "watchbracelet"]),
    accessories("jewel", "engagement rings", ["ring.engage"], ["ringbox", "ring_acc"]),
    accessories("bath", "shower curtain", ["curtain"], ["curtain_acc", "rod"]),
    accessories("bath", "mattress topper", ["topper"], ["topper_acc"]),
    accessories("tea", "急須", ["kyusu"], ["kyusu_acc"]),
    accessories("tea", "湯呑み", ["yunomi"], ["yunomi_acc", "chataku"]),
    accessories("pc", "マウス", ["mouse"], ["mouse_acc", "mousepad"]),
    accessories("pc", "キーボード", ["keyboard"], ["keyboard_acc", "kbcover"]),
    # silver rings: stacking set 29, signet 69, thumb ring 19 (no silver engagement ring; silver accessories: a
    # mini ring box 9, ring size adjusters 7)
    price("jewel", "cheap silver rings", "ring-4", ["ringbox", "ring_acc"]),
    # white shower curtains: waffle 29, fabric 19, extra long 32 (a green one 24; white hooks 9, weights 8, a white
    # tension rod 25)
    price("bath", "cheap white shower curtain", "curtain-1", ["curtain_acc", "rod"]),
    # black teapots: 萬古焼 2480, 南部鉄器 5980, English Kyusu 3280 (a glass one 1680; black accessories: a strainer
    # 480, a tea cosy 1280)
    price("tea", "安い 黒 急須", "kyusu-1", ["kyusu_acc"]),
    # white yunomi: 有田焼 3980, 美濃焼 980, 波佐見焼 1480, English set 2280 (white lids 680)
    price("tea", "格安 白 湯呑み", "yunomi-1", ["yunomi_acc", "chataku"]),
    # black mice: wireless 1980, wired 780, gaming 4980, English vertical 2980 (black accessories 480-680, a black
    # mouse pad 1480)
    price("pc", "激安 黒 マウス", "mouse-1", ["mouse_acc", "mousepad"]),
    # white keyboards: wireless 2980, wired 1480, English compact 3480 (a black mechanical one 6980; a white
    # keyboard cover 680, a white wrist rest 980, white keycaps 1280)
    price("pc", "お手頃 白 キーボード", "keyboard-1", ["keyboard_acc", "kbcover"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords, plain words), English over an English tree
    mixed("tea", "ケトル", "kettle"),
    mixed("tea", "茶筅", "chasen"),
    mixed("tea", "お盆", "tray"),
    mixed("tea", "chopsticks", "hashi"),
    mixed("pc", "ウェブカメラ", "webcam"),
    mixed("pc", "充電器", "charger"),
    mixed("pc", "保護フィルム", "film"),
    mixed("pc", "laptop stand", "stand.laptop"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind36(q: Q, setup: str, known_limit):
    known_limit("blind36")
    check(q, setup, ENGINES)


def test_blind36_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"silver": "Silver", "white": "White", "黒": "Black", "白": "White"})
