"""A sixty-seventh blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in four shops no earlier suite uses: video games and
controllers (English: game consoles, controllers, grip controllers and phone controllers, controller
grips and controller chargers, gaming headsets and headset stands), toddler furniture (English:
toddler beds and tent beds, bed tents and play tents, bed rails and guard rails, crib rail guards,
cribs and crib mattresses, play mats, toy chests), Japanese planners and calendars 手帳・カレンダー
(手帳 and システム手帳, リフィル, しおり, 壁掛けカレンダー, スタンドカレンダー and カレンダースタンド; part
of its category tree in English, with English-titled imports whose Japanese names are katakana
loanwords) and Japanese bath goods 浴室用品 (シャワーヘッド and シャワーホルダー, シャワーホース, 風呂ふた,
バスチェア, バスマット and バスマットスタンド, シャワーカーテン, シャワーラック; English imports and an
English branch of the tree too). Shops of 30-50 items, category paths 2-3 levels deep, marketplace
titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item;
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "X専用 Y", "X対応 Y", "Y X用" and English "... for X",
   "X Replacement ..." are accessories of X: a search of X ranks every real X above every
   accessory; a price word, a colour and a type put the cheapest real item of that colour first,
   no accessory in the top two;
4. mixed: Japanese queries in shops with titles in both languages, and two English queries over
   Japanese-only titles ("desk calendar" over スタンドカレンダー under an English branch of the tree,
   "shower hose" over シャワーホース under a Japanese one): the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (sixty-seventh suite, the fifteenth session), as a measurement only
(nothing changed for it): 91 of 92 cases pass, 36 of 37 queries in every setup (two_types 8/8
queries, 18/18 cases; qualifies 7/7, 17/17; accessories 7/8, 19/20; price 6/6, 15/15; mixed 8/8,
22/22). The one failing case is a strict xfail (`LIMITS`, through `conftest.known_limit`): "play
mat" with the bag-of-words encoder (the accessory "Play Mat Replacement Tiles" fourth, above the
reversible play mat; lexical passes). No test bug was found or fixed.
After (an English "X Replacement Y" title is a Y made for X, as "Y for X" is; the seventeenth
session): "play mat" passes.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items


# =============================================================================================
# Shops

VG = "Video Games"
CTRL, ACC = f"{VG} > Controllers", f"{VG} > Accessories"

GAMES = {
    "console": items(f"{VG} > Consoles", ("Nexon Play 5 Console, 1TB, Disc Edition, White", 499),
                     ("Nexon Play 5 Digital Console, 825GB, White", 399),
                     ("Volta Switch OLED Console, 64GB, Neon Red/Blue", 349),
                     ("Xelor Series S Console, 512GB, White", 299)),
    "gamepad": items(f"{CTRL} > Gamepads", ("Nexon DualPad Wireless Controller, Black", 69),
                     ("Nexon DualPad Wireless Controller, White", 69), ("Volta Pro Wireless Controller, Black", 59),
                     ("PowerLine Wired Controller for PC, USB, Black", 29),
                     ("8Bit Retro Wireless Controller, Bluetooth, White", 39),
                     ("Xelor Wireless Controller, Carbon Black", 54)),
    "gripctrl": items(f"{CTRL} > Handheld Controllers", ("Kaito Grip Controller for Volta Switch, Handheld Mode, Black", 49),
                      ("Split Grip Controller, Turbo Buttons, Ergonomic, Blue", 44),
                      ("Pro Grip Controller, Handheld Mode, Hall Effect, Black", 54)),
    "phonectrl": items(f"{CTRL} > Mobile Controllers", ("Backflip Phone Controller, USB-C, iPhone & Android, Black", 99),
                       ("Telescopic Phone Controller, Bluetooth, White", 39),
                       ("Kaito Phone Controller, Hall Effect Sticks, Black", 79)),
    "ctrlgrip": items(f"{ACC} > Grips & Caps", ("Silicone Controller Grips for DualPad, Anti-Slip, Black", 12),
                      ("Controller Grips, Textured Skin Covers, 2 Pack, Black", 9),
                      ("Ergonomic Controller Grips for Volta Joy Pads, Red/Blue", 14)),
    "grip": items(f"{ACC} > Grips & Caps", ("Thumb Grips, Analog Stick Caps, 8 Pack, Black", 7),
                  ("Comfort Grip for Volta Joy Pads, Pair, Grey", 19)),
    "ctrlcharger": items(f"{ACC} > Charging", ("Dual Controller Charger for DualPad, Charging Station, LED, Black", 25),
                         ("Controller Charger Dock, 2 Slots, White", 22),
                         ("Kaito Controller Charger, Magnetic, for Xelor, Black", 19)),
    "phoneclip": items(f"{ACC} > Mounts & Clips", ("Controller Phone Clip for DualPad, Adjustable Mount, Black", 11),
                       ("Controller Phone Mount Clip, Foldable, for Xelor Controllers", 13)),
    "headset": items(f"{VG} > Headsets", ("Kaito Wireless Gaming Headset, 7.1 Surround, Black", 89),
                     ("Nexon Pulse Gaming Headset, Wireless, White", 99), ("Wired Gaming Headset with Mic, 3.5mm, White", 29),
                     ("Stereo Gaming Headset, RGB, Black", 24),
                     ("Xelor Gaming Headset, Bluetooth, Noise Cancelling Mic, White", 79)),
    "headset_acc": items(f"{VG} > Headsets > Headset Parts", ("Replacement Ear Pads for Nexon Pulse Headset, White", 15),
                         ("Detachable Mic for Gaming Headsets, Boom, 3.5mm, Black", 12),
                         ("Headset Ear Cushions, Memory Foam, Replacement, White", 14)),
    "headsetstand": items(f"{ACC} > Stands", ("Headset Stand, RGB, USB Hub, Black", 25), ("Aluminium Headset Stand, White", 19),
                          ("Dual Headset Stand, Wood Base", 29)),
    "stand": items(f"{ACC} > Stands", ("Vertical Console Stand with Cooling Fan for Nexon Play 5, White", 29),
                   ("Controller Stand, 2 Tier, Acrylic", 15)),
    "noise": each(("Nexon Play 5 Media Remote, Black", f"{ACC} > Remotes", 29),
                  ("Travel Charger for Volta Switch, USB-C, 39W", f"{ACC} > Charging", 35),
                  ("Carrying Case for Volta Switch, Hard Shell, Black", f"{ACC} > Cases", 19)),
}

KF = "Kids Furniture"
BEDS = f"{KF} > Beds"

TODDLER = {
    "bed": items(f"{BEDS} > Toddler Beds", ("Sprout Toddler Bed, Solid Pine, White", 159),
                 ("Little Dreamer Toddler Bed, Car Shape, Red", 199), ("Convertible Toddler Bed, Low Profile, Grey", 129),
                 ("Montessori Floor Bed, Toddler Size, Natural Wood", 119)),
    "tentbed": items(f"{BEDS} > Toddler Beds", ("Montessori Tent Bed, Toddler Floor Bed Frame, Pine", 179),
                     ("Tent Bed for Toddlers, Canopy Frame, White", 229),
                     ("Little Dreamer Tent Bed, Toddler, Grey Canopy", 189)),
    "bedtent": items(f"{KF} > Bedding > Bed Canopies", ("Bed Tent for Toddler Bed, Pop-Up, Blue Stars", 39),
                     ("Privacy Bed Tent, Twin, Blackout, Grey", 49),
                     ("Dreamy Bed Tent Canopy, Fits Toddler Beds, Pink", 35)),
    "tent": items(f"{KF} > Play > Play Tents", ("Kids Play Tent, Castle, Pink", 45), ("Teepee Play Tent with Mat, Canvas", 69),
                  ("Pop-Up Play Tent, Rocket, Blue", 29)),
    "rail": items(f"{BEDS} > Bed Rails", ("Sprout Bed Rail for Toddler Bed, Foldable, 120cm, White", 35),
                  ("Swing-Down Bed Rail, Mesh, 150cm, Grey", 45), ("Bed Rail for Queen Beds, Extra Long, 180cm", 55)),
    "rail.guard": items(f"{BEDS} > Bed Rails", ("Toddler Guard Rail, Foldable, 150cm, Grey", 39),
                        ("Bed Guard Rail, Double Sided, Mesh, White", 59)),
    "railguard": items(f"{KF} > Cribs > Crib Accessories", ("Crib Rail Guard, Teething Cover, Front Rail, Grey", 19),
                       ("Rail Guard for Convertible Cribs, Quilted Cotton, White", 24)),
    "crib": items(f"{KF} > Cribs", ("Sprout 4-in-1 Convertible Crib, Pine, White", 249), ("Mini Crib, Portable, Grey", 149),
                  ("Classic Crib, Solid Wood, Natural", 199)),
    "mattress": items(f"{KF} > Cribs > Crib Mattresses", ("Sprout Crib Mattress, Dual Firmness, Waterproof", 119),
                      ("Organic Crib Mattress, Breathable, 6 Inch", 159), ("Mini Crib Mattress, Foam, 3 Inch", 59)),
    "bed_acc": items(f"{BEDS} > Bed Parts", ("Toddler Bed Replacement Slats, Pine, Set of 10", 25),
                     ("Fitted Sheet for Toddler Bed, Cotton, 2 Pack", 22)),
    "playmat": items(f"{KF} > Play > Play Mats", ("Foam Play Mat, 16 Tiles, Grey & White", 39),
                     ("Reversible Play Mat, Non-Toxic, 200x180cm", 79), ("Folding Play Mat, 4 Panels, Waterproof, Beige", 69),
                     ("Puzzle Play Mat, Alphabet Tiles, 26 Pack", 29)),
    "playmat_acc": items(f"{KF} > Play > Play Mats", ("Edge Borders for Foam Play Mat, 24 Pack, Grey", 15),
                         ("Storage Bag for Folding Play Mat", 19), ("Play Mat Replacement Tiles, 4 Pack, White", 12)),
    "toychest": items(f"{KF} > Storage > Toy Chests", ("Wooden Toy Chest with Safety Hinge, White", 89),
                      ("Toy Chest Bench, Cushioned Seat, Grey", 119), ("Sprout Toy Chest, Storage Trunk, White", 69),
                      ("Collapsible Toy Chest, Fabric, Navy", 29), ("Classic Toy Chest, Solid Wood, Natural", 139)),
    "toychest_acc": items(f"{KF} > Storage > Toy Chest Parts",
                          ("Safety Lid Hinge for Toy Chests, Soft-Close, 2 Pack, White", 9),
                          ("Replacement Casters for Toy Chest, 4 Pack", 12), ("Toy Chest Cushion, Seat Pad, White", 25)),
    "noise": each(("Toddler Step Stool, 2 Step, Non-Slip, White", f"{KF} > Step Stools", 35),
                  ("Kids Table and Chair Set, 3 Piece, Natural", f"{KF} > Tables & Chairs", 89),
                  ("Toddler Learning Tower, Adjustable, Grey", f"{KF} > Step Stools", 109)),
}

T, E = "手帳・カレンダー", "Planners & Calendars"
CAL = f"{E} > Calendars"

TECHO = {
    "techo": items(f"{T} > 手帳", ("手帳 2027 B6 ウィークリー レフト式 黒", 1320), ("2027年 手帳 A5 マンスリー 月曜始まり ネイビー", 990),
                   ("スケジュール帳 2027 B6 バーチカル 1月始まり ピンク", 1540))
    + items(f"{E} > Planners", ("2027 Weekly Planner, A5, Hardcover, Black", 1980),
            ("Dated Daily Planner 2027, B6, Vegan Leather, Tan", 2480)),
    "techo.system": items(f"{T} > システム手帳", ("システム手帳 バインダー 本革 バイブル 6穴 黒", 4980),
                          ("システム手帳 A5 6穴 合皮 ブラウン", 2980), ("システム手帳 ミニ6穴 リング15mm 黒", 2480),
                          ("Leather Ring Binder Planner, A5, 6-Ring, Black", 3980),
                          ("システム手帳 バイブル 合皮 スリム キャメル", 1980)),
    "systemacc": items(f"{T} > システム手帳 > 手帳小物", ("システム手帳用 ペンホルダー 合皮 黒", 580),
                       ("システム手帳対応 リング 金具 交換用 黒 6穴", 880), ("システム手帳用 ポケット クリアファイル 5枚", 330)),
    "refill": items(f"{T} > システム手帳 > リフィル", ("システム手帳 リフィル バイブル 6穴 ウィークリー 2027", 440),
                    ("システム手帳用 リフィル A5 方眼 100枚", 550), ("リフィル ミニ6穴 無地 クリーム 80枚", 380),
                    ("A5 Planner Refills, 6-Hole, Dot Grid, 60 Sheets", 680)),
    "techoacc": items(f"{T} > 手帳 > 手帳小物", ("手帳用 ペンホルダー ゴム 黒", 330), ("手帳カバー B6 本革 ブラウン", 3300),
                      ("手帳バンド ゴム 2本 黒", 280)),
    "bookmark": items(f"{T} > しおり", ("しおり 金属 クリップ 猫 ゴールド 3枚", 550), ("しおり 和紙 押し花 5枚セット", 480),
                      ("ブックマーク 革 しおり 名入れ ブラウン", 880), ("Metal Bookmarks, Gold, Set of 6, Gift Box", 980),
                      ("Magnetic Bookmarks, 12 Pack, Assorted", 650)),
    "wallcal": items(f"{CAL} > Wall Calendars", ("壁掛けカレンダー 2027 A3 シンプル 六曜入り", 1100),
                     ("カレンダー 2027 壁掛け 書き込み 大判 B3", 1650), ("2027 Wall Calendar, Botanical Prints, 12x12 in", 1800),
                     ("壁掛け カレンダー 2027 猫 写真 月めくり", 1320)),
    "standcal": items(f"{CAL} > Desk Calendars", ("スタンドカレンダー 2027 卓上 A5 書き込み", 990),
                      ("スタンドカレンダー 木製 万年 日めくり", 1980), ("卓上 スタンドカレンダー 2027 ポストカード サイズ 花", 880)),
    "calstand": items(f"{T} > カレンダー小物", ("カレンダースタンド 木製 ポストカードサイズ 卓上", 1280),
                      ("カレンダースタンド アクリル 卓上カレンダー用 クリア", 980), ("卓上カレンダー用 カレンダースタンド 真鍮", 2200)),
    "calacc": items(f"{T} > カレンダー小物", ("カレンダー用 フック 壁掛け 跡が残らない 2個", 380),
                    ("カレンダー用 クリップ 吊り下げ ゴールド 2個", 330)),
    "stand": items(f"{T} > デスク小物", ("ペンスタンド 木製 3穴", 1200), ("ブックスタンド 卓上 スチール 白", 880),
                   ("スマホスタンド 卓上 折りたたみ", 990)),
    "noise": each(("付箋 ふせん 75mm 8冊 パステル", f"{T} > 付箋", 480), ("フィルム付箋 透明 見出し 4色", f"{T} > 付箋", 380),
                  ("マスキングテープ 和柄 10巻", f"{T} > テープ", 880), ("Washi Tape Set, 24 Rolls, Gold Foil", f"{T} > テープ", 1280)),
}

B, EB = "浴室用品", "Bath"
SHOWER = f"{B} > シャワー"

BATH = {
    "showerhead": items(f"{SHOWER} > シャワーヘッド", ("シャワーヘッド 節水 ミスト 3段階 白", 2980),
                        ("シャワーヘッド マイクロバブル 止水ボタン シルバー", 3980), ("シャワーヘッド 塩素除去 ビタミンC 白", 2480)),
    "showerholder": items(f"{SHOWER} > シャワーホルダー", ("シャワーヘッド ホルダー 吸盤 角度調整 白", 880),
                          ("シャワーホルダー シャワーヘッド用 スライド式 ポール取付", 1480),
                          ("シャワーヘッド用 ホルダー 貼り付け 穴あけ不要 クローム", 980)),
    "showerhose": items(f"{SHOWER} > シャワーホース", ("シャワーホース 1.6m 白 取付アダプター付", 1980),
                        ("シャワーホース 2m 防カビ 抗菌 シルバー", 2480), ("シャワーホース 1.2m メタル調 ステンレス", 1780)),
    "hoseacc": items(f"{SHOWER} > シャワーホース", ("シャワーホース用 アダプター 各社対応 5種", 780),
                     ("シャワーホース専用 パッキン 交換用 4個", 280)),
    "lid": items(f"{B} > 風呂ふた", ("風呂ふた 組合せ 3枚 75×110cm 抗菌 白", 3980), ("風呂ふた シャッター式 防カビ 75×120cm アイボリー", 4980),
                 ("風呂ふた 折りたたみ 軽量 L14 白", 3480), ("風呂ふた 組み合わせ 2枚 70×120cm グレー", 2980)),
    "lidacc": items(f"{B} > 風呂ふた > 風呂ふた小物", ("風呂ふた用 ホルダー 壁掛け マグネット 白", 1280),
                    ("風呂ふた専用 フック 吸盤 2個", 480), ("風呂ふた スタンド 乾燥 折りたたみ 風呂ふた用", 1680)),
    "chair": items(f"{B} > バスチェア・湯おけ > バスチェア", ("バスチェア 高さ30cm 抗菌 グレー", 2480),
                   ("風呂いす 座面高35cm 背もたれ付き グレー", 4980), ("バスチェア 折りたたみ コンパクト グレー", 1980),
                   ("バスチェア 座面高25cm 白", 1480), ("Shower Stool, Non-Slip Feet, 40cm, Grey", 2980)),
    "chairacc": items(f"{B} > バスチェア・湯おけ > バスチェア小物", ("バスチェア用 滑り止め キャップ グレー 4個", 480),
                      ("バスチェア専用 クッション 座面 グレー", 980)),
    "bathmat": items(f"{B} > バスマット", ("バスマット 珪藻土 60×39cm 速乾 グレー", 1980),
                     ("バスマット 綿100% 厚手 50×80cm ベージュ", 1480), ("Bath Mat, Memory Foam, Non-Slip, 50x80cm, Grey", 2280)),
    "matstand": items(f"{B} > バスマット > バスマット小物", ("バスマット スタンド 珪藻土 立てかけ 白", 1280),
                      ("バスマットスタンド ステンレス 乾燥 2枚掛け", 1980), ("珪藻土 バスマット スタンド 竹 折りたたみ", 1480)),
    "curtain": items(f"{EB} > Shower Curtains", ("シャワーカーテン 防カビ 撥水 180×180cm 白", 1980),
                     ("シャワーカーテン 北欧 柄 140×180cm ブルー", 2480), ("Shower Curtain, Waffle Fabric, 180x180cm, White", 2980),
                     ("シャワーカーテン ユニットバス 100×150cm 無地 白", 1280), ("シャワーカーテン 半透明 90×150cm クリア", 980)),
    "curtainacc": items(f"{EB} > Shower Curtains > Hooks & Rings", ("シャワーカーテン用 リング 12個 白", 380),
                        ("シャワーカーテン専用 フック ステンレス 12個", 580),
                        ("Shower Curtain Hooks, Rust-Proof, Set of 12, White", 680)),
    "rack": items(f"{EB} > Shower Caddies", ("シャワーラック ステンレス コーナー 2段 穴あけ不要", 2480),
                  ("シャワーラック マグネット 浴室 収納 白", 1980), ("Shower Caddy, Adhesive Shelf, Stainless Steel, 2 Pack", 2280),
                  ("Hanging Shower Caddy, Rustproof, Black", 1980)),
    "cap": items(f"{EB} > Shower Caps", ("シャワーキャップ 防水 繰り返し使える ピンク", 480),
                 ("Shower Cap, Double Layer, Waterproof, Reusable", 680), ("シャワーキャップ 使い捨て 100枚", 580)),
    "catcher": items(f"{B} > 排水口", ("ヘアキャッチャー ステンレス 排水口 浴室 直径11cm", 980),
                     ("Drain Hair Catcher, Silicone, 2 Pack, Grey", 780), ("ヘアキャッチャー 使い捨て 排水口ネット 30枚", 398)),
    "noise": each(("湯おけ 抗菌 日本製 白", f"{B} > バスチェア・湯おけ > 湯おけ", 880)),
}

SHOPS = {"games": GAMES, "toddler": TODDLER, "techo": TECHO, "bath": BATH}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("games", "controller grips", "ctrlgrip", ["grip"], ["gripctrl"]),
    two_types("games", "grip controller", "gripctrl", ["gamepad"], ["ctrlgrip"]),
    two_types("games", "phone controller", "phonectrl", ["gamepad"], ["phoneclip"]),
    two_types("toddler", "tent bed", "tentbed", ["bed"], ["bedtent"]),
    two_types("toddler", "bed tent", "bedtent", ["tent"], ["tentbed"]),
    two_types("toddler", "guard rail", "rail.guard", ["rail"], ["railguard"]),
    two_types("techo", "スタンドカレンダー", "standcal", ["wallcal"], ["calstand"]),
    two_types("techo", "カレンダースタンド", "calstand", ["stand"], ["standcal"]),
    # --- 2. a leading product word that modifies the head
    qualifies("games", "headset stand", ["headsetstand"], ["headset"]),
    qualifies("games", "controller charger", ["ctrlcharger"], ["gamepad", "gripctrl", "phonectrl"]),
    qualifies("toddler", "bed rail", ["rail"], ["bed", "tentbed"]),
    qualifies("toddler", "crib mattress", ["mattress"], ["crib"]),
    qualifies("techo", "システム手帳 リフィル", ["refill"], ["techo.system"]),
    qualifies("bath", "シャワーヘッド ホルダー", ["showerholder"], ["showerhead"]),
    qualifies("bath", "バスマット スタンド", ["matstand"], ["bathmat"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("games", "game controller", ["gamepad", "gripctrl", "phonectrl"],
                ["ctrlgrip", "grip", "ctrlcharger", "phoneclip"]),
    accessories("games", "gaming headset", ["headset"], ["headset_acc", "headsetstand"]),
    accessories("toddler", "toddler bed", ["bed", "tentbed"], ["rail", "bedtent", "bed_acc"]),
    accessories("toddler", "play mat", ["playmat"], ["playmat_acc"]),
    accessories("techo", "システム手帳", ["techo.system"], ["refill", "systemacc"]),
    accessories("techo", "カレンダー", ["wallcal", "standcal"], ["calstand", "calacc"]),
    accessories("bath", "風呂ふた", ["lid"], ["lidacc"]),
    accessories("bath", "シャワーカーテン", ["curtain"], ["curtainacc"]),
    # black controllers: DualPad 69, Volta Pro 59, PowerLine wired (for PC) 29, Xelor 54, grip controllers 49 and 54,
    # phone controllers 99 and 79 (a white retro one 39; black grips 7-12, chargers 19-25, a phone clip 11)
    price("games", "cheap black controller", "gamepad-3", ["ctrlgrip", "grip", "ctrlcharger", "phoneclip"]),
    # white headsets: Nexon Pulse 99, wired 29, Xelor 79 (a black stereo one 24; white ear pads 14-15, a white stand 19)
    price("games", "budget white headset", "headset-2", ["headset_acc", "headsetstand"]),
    # white toy chests: wooden 89, Sprout 69 (a navy fabric one 29; white hinges 9, a white cushion 25)
    price("toddler", "cheap white toy chest", "toychest-2", ["toychest_acc"]),
    # black system planners: leather bible 4980, mini 6-hole 2480, English binder 3980 (a camel one 1980; black pen
    # holder 580, black rings 880, refills 380-680)
    price("techo", "安い 黒 システム手帳", "techo.system-2", ["refill", "systemacc"]),
    # grey bath chairs: 30cm 2480, with back 4980, folding 1980, English stool 2980 (a white one 1480; grey caps 480,
    # a grey cushion 980)
    price("bath", "お手頃 グレー バスチェア", "chair-2", ["chairacc"]),
    # white shower curtains: anti-mould 1980, English waffle 2980, unit-bath 1280 (a clear one 980; white rings 380,
    # white English hooks 680)
    price("bath", "激安 白 シャワーカーテン", "curtain-3", ["curtainacc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over Japanese-only titles
    mixed("techo", "しおり", "bookmark"),
    mixed("techo", "壁掛けカレンダー", "wallcal"),
    mixed("techo", "プランナー", "techo"),
    mixed("techo", "desk calendar", "standcal"),
    mixed("bath", "シャワーラック", "rack"),
    mixed("bath", "シャワーキャップ", "cap"),
    mixed("bath", "ヘアキャッチャー", "catcher"),
    mixed("bath", "shower hose", "showerhose"),
]

LIMITS: dict = {}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind67(q: Q, setup: str, known_limit):
    known_limit("blind67")
    check(q, setup, ENGINES)


def test_blind67_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"黒": "Black", "白": "White", "グレー": "Grey", "black": "Black", "white": "White"})
