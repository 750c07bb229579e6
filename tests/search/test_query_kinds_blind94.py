"""A ninety-fourth blind held-out suite of query understanding, written from what a shop assistant
would show, without reading the engine, in home-improvement vocabularies: paint, stencils, tiles,
rugs and wallpaper steamers (English), doors, mirrors, screen doors, deadbolts and window locks
(English), a Japanese shop of 塗料・床材 (sanders and sandpaper, ニス and 刷毛, フロアタイル,
フローリング, スプレーガン; part of its category tree in English, with English-titled imports whose
Japanese names are katakana loanwords) and a Japanese shop of 網戸・窓まわり (網戸, すだれ, window
films, mirrors, door stoppers, weatherstripping, 断熱シート; with English-titled imports too).
Shops of 39-48 items, category paths 2-3 levels deep, marketplace titles.

Query kinds:

1. two_types: "X Y" with X and Y both types in the shop: the exact "X Y" items first, every
   Y-type item above every "Y X" item (glass door / door glass, door mirror / mirror door,
   stencil paint / paint stencil, ペーパーサンダー / サンダーペーパー, ミラーフィルム / フィルムミラー);
2. qualifies: a leading word that is a product type in the shop but modifies the head: the head's
   compound items first, the leading word's own items below them;
3. accessories / price: Japanese "X用 Y", "Y X用", "X専用 Y", "X対応 Y", "X 張り替え用 Y" and English
   "... for X", "X Replacement ..." are accessories of X: a search of X ranks every real X above
   every accessory; a price word, a colour and a type put the cheapest real item of that colour
   first, no accessory in the top two;
4. mixed: Japanese queries (and two English ones over Japanese titles under an English category
   tree) in shops with titles in both languages: the top three are of the query's kind.

Every query runs with category paths, lexical only and with the bag-of-words fake encoder;
Japanese queries also with an English-only encoder.

Written blind on 2026-12-01 (ninety-fourth suite, at 225b28e), as a measurement only (nothing
changed for it): 85 of 94 cases pass, 34 of 37 queries in every setup (two_types 7/8 queries,
17/20 cases; qualifies 7/7, 17/17; accessories 7/8, 17/20; price 5/6, 12/15; mixed 8/8, 22/22).
The 9 failing cases (3 queries, each in all its setups) are strict xfails (`LIMITS`, through
`conftest.known_limit`): サンダー ペーパー (the English "Sandpaper" imports are not returned while
ペーパーサンダー tools are), 網戸 (a "網戸 張り替え用 押さえゴム" spline first) and 激安 グレー 網戸
(the same spline first, the cheapest grey 網戸 second).

After (the word group a purpose phrase closing a keyword list's first group is said of is one more
keyword group: "網戸 張り替え用 押さえゴム" is a ゴム, its category serving 網戸; the sixteenth session):
網戸 and 激安 グレー 網戸 pass.
"""

from __future__ import annotations

import pytest
from kind_cases import Engines, Q, accessories, check, mixed, params, price, qualifies, two_types, well_formed
from shops import each, items

# =============================================================================================
# Shops

PT, FL, WP = "Paint", "Flooring", "Wallpaper"
RUGS = f"{FL} > Rugs"

DECOR = {
    "paint": items(f"{PT} > Interior Paint", ("Everwall Interior Paint, Eggshell, Warm White, 1 Gal", 42),
                   ("Everwall Ceiling Paint, Flat, Bright White, 1 Gal", 36))
    + items(f"{PT} > Exterior Paint", ("Exterior House Paint, Satin, Slate Grey, 1 Gal", 48))
    + items(f"{PT} > Furniture Paint", ("Chalk Paint, Matte, Sage Green, 32oz", 24)),
    "paint.tile": items(f"{PT} > Specialty Paint", ("Tile Paint, Gloss, White, 750ml", 22),
                        ("Everwall Tile and Grout Paint Kit, Satin, Grey", 34),
                        ("Bathroom Tile Paint, One Coat, Black, 1L", 28)),
    "stencilpaint": items(f"{PT} > Craft Paint", ("Stencil Paint, Acrylic, 8 Colour Set", 19),
                          ("Stencil Paint Cream, Metallic Gold, 2oz", 9), ("Fabric Stencil Paint, Black, 4oz", 7)),
    "paintstencil": items(f"{PT} > Stencils", ("Wall Paint Stencil, Moroccan Pattern, 12 x 12in, Reusable", 14),
                          ("Paint Stencils for Furniture, Floral, 6 Pack", 12),
                          ("Large Paint Stencil, Damask, Mylar, 24in", 18)),
    "stencil": items(f"{PT} > Stencils", ("Alphabet Letter Stencils, 2in, 26 Pack", 9),
                     ("Mandala Stencils, Dot Art, 12 Pack", 11), ("Number Stencils, Plastic, 4in, 10 Pack", 6)),
    "tile": items(f"{FL} > Tiles", ("Ceramic Floor Tiles, 12 x 12in, Grey, 10 Pack", 39),
                  ("Subway Wall Tiles, Gloss White, 3 x 6in, 40 Pack", 29),
                  ("Porcelain Tiles, Wood Look, 6 x 36in, Oak, 8 Pack", 55),
                  ("Glass Mosaic Tiles, Blue, 12 x 12in Sheet, 5 Pack", 45)),
    "rug": items(RUGS, ("Loomline Area Rug, Shag, 5 x 7ft, Beige", 59),
                 ("Area Rug, Moroccan Trellis, 8 x 10ft, Beige", 129),
                 ("Washable Area Rug, Low Pile, 4 x 6ft, Beige", 39),
                 ("Loomline Area Rug, Jute Look, 5 x 8ft, Grey", 29)),
    "rugpad": items(f"{RUGS} > Rug Pads & Tape", ("Non-Slip Rug Pad for Area Rugs, 5 x 7ft", 19),
                    ("Felt Rug Pad, Cushioned, 8 x 10ft, Beige", 25), ("Rug Pad Gripper, Rubber, 4 x 6ft", 12)),
    "rugtape": items(f"{RUGS} > Rug Pads & Tape", ("Rug Tape, Double Sided, 2in x 30ft", 9),
                     ("Rug Tape for Area Rugs, Anti-Curl, Beige", 8), ("Carpet and Rug Tape, Heavy Duty, 60ft", 11)),
    "steamer": items(f"{WP} > Steamers", ("Wallpaper Steamer, 1500W, 4L Tank", 59),
                     ("Steam Wallpaper Stripper, Electric, 2000W", 79),
                     ("Compact Wallpaper Steamer, 800W, Handheld", 39)),
    "steamer_acc": items(f"{WP} > Steamers > Parts", ("Replacement Steam Plate for Wallpaper Steamer", 15),
                         ("Wallpaper Steamer Replacement Hose, 4m", 12),
                         ("Small Steam Plate for Wallpaper Steamers, 6 x 4in", 11)),
    "noise": each(("Painter's Tape, 1.88in x 60yd, Blue", f"{PT} > Painting Supplies", 7),
                  ("Wallpaper Paste, Ready Mixed, 5kg", f"{WP} > Supplies", 16),
                  ("Runner Rug, Hallway, 2 x 8ft, Navy", RUGS, 35)),
}

D, HW = "Doors", "Hardware"

DOORS = {
    "door": items(f"{D} > Interior Doors", ("Six-Panel Interior Door, Primed, 30 x 80in", 119),
                  ("Solid Core Shaker Door, Prehung, White, 32in", 229), ("Barn Door, Rustic Pine, 36 x 84in", 189))
    + items(f"{D} > Exterior Doors", ("Steel Entry Door, Prehung, 36 x 80in", 349)),
    "door.glass": items(f"{D} > Glass Doors", ("Frameless Glass Shower Door, 60 x 76in, Clear", 399),
                        ("Sliding Glass Door, Vinyl Patio, 72 x 80in, White", 899),
                        ("French Glass Door, Interior, 15 Lite, 30 x 80in", 279)),
    "doorglass": items(f"{D} > Door Glass", ("Door Glass Insert, Full Lite, 22 x 64in, Clear", 149),
                       ("Decorative Door Glass, Oval, Beveled, 22 x 36in", 189),
                       ("Replacement Door Glass Kit, Half Lite, Frosted", 119)),
    "mirror": items("Mirrors > Wall Mirrors", ("Round Wall Mirror, 24in, Gold", 69),
                    ("Full Length Floor Mirror, 65 x 22in, Black", 119),
                    ("Bathroom Vanity Mirror, Rectangle, 30 x 36in", 89)),
    "mirror.door": items("Mirrors > Door Mirrors", ("Full Length Door Mirror, Over the Door, 14 x 48in, Black", 39),
                         ("Door Mirror, Hanging, Frameless, 12 x 48in", 29),
                         ("Over-the-Door Mirror with Hooks, White Frame", 45)),
    "mirrordoor": items(f"{D} > Closet Doors", ("Mirror Closet Doors, Sliding Bypass, 48 x 80in", 329),
                        ("Bifold Mirror Door, 36 x 80in, White Frame", 259),
                        ("Sliding Mirror Door, Wardrobe, Frameless, 24 x 80in", 199)),
    "screendoor": items(f"{D} > Screen Doors", ("Sliding Screen Door, 36 x 80in, White", 89),
                        ("Hinged Screen Door, Aluminium, 32in, White", 129),
                        ("Retractable Screen Door, Roll-Up, 36in, White", 69),
                        ("Magnetic Screen Door, Mesh Curtain, 38 x 83in, Black", 25)),
    "screendoor_acc": items(f"{D} > Screen Doors > Parts", ("Screen Door Replacement Rollers, 2 Pack", 9),
                            ("Screen Door Handle Set with Latch, White", 15),
                            ("Spring Closer for Screen Doors, White", 12),
                            ("Screen Door Grille Guard, Aluminium, White", 19)),
    "deadbolt": items(f"{HW} > Deadbolts", ("Keyed Deadbolt, Single Cylinder, Matte Black", 39),
                      ("Smart Deadbolt, Keypad Entry, Matte Black", 129),
                      ("Double Cylinder Deadbolt, Satin Nickel", 25),
                      ("Commercial Deadbolt, Grade 1, Black", 49)),
    "deadbolt_acc": items(f"{HW} > Deadbolts > Parts", ("Deadbolt Strike Plate, Reinforced, Black", 9),
                          ("Replacement Keys for Deadbolt, 2 Pack", 7),
                          ("Latch Guard for Deadbolts, Black", 19),
                          ("Deadbolt Replacement Thumb Turn, Black", 12)),
    "windowlock": items("Windows > Window Locks", ("Sliding Window Lock, Keyed, 2 Pack, White", 14),
                        ("Sash Window Lock, Brass", 11), ("Window Locks for Kids, Child Safety, 4 Pack", 12)),
    "window": items("Windows > Replacement Windows", ("Double Hung Vinyl Window, 30 x 48in, White", 239),
                    ("Sliding Window, Low-E Glass, 36 x 36in", 199), ("Casement Window, Fibreglass, 24 x 48in", 289)),
    "doorstop": items(f"{HW} > Door Stops", ("Door Stop, Rubber Wedge, 2 Pack, Brown", 6),
                      ("Magnetic Door Stop, Brushed Nickel", 12), ("Spring Door Stops, 6 Pack, White", 8)),
    "noise": each(("Door Sweep, Weatherstrip, 36in, White", "Weatherproofing > Door Seals", 14)),
}

TR, TL, KS, YK = "塗料", "Painting Tools", "研磨", "床材"

TORYO = {
    "sander.paper": items(f"{KS} > サンダー", ("ペーパーサンダー 電動 オービタル 180W 研磨", 4980),
                          ("ペーパーサンダー 充電式 18V 本体のみ", 6980), ("ペーパーサンダー ミニ 吸じん コンパクト", 3980)),
    "sander": items(f"{KS} > サンダー", ("ランダムサンダー 125mm 電動 吸じん", 7980),
                    ("Detail Sander, Electric, Mouse Shape, 1.2A", 3480)),
    "paper.sander": items(f"{KS} > サンダー > サンダーペーパー", ("サンダーペーパー マジック式 125mm #120 50枚", 980),
                          ("サンダーペーパー 穴あき 8穴 #240 30枚", 880),
                          ("サンダーペーパー クランプ式 #80 #120 #240 セット", 780)),
    "paper": items(f"{KS} > 紙やすり", ("紙やすり 耐水ペーパー #400 #800 10枚", 480),
                   ("Sandpaper Assortment, 120-3000 Grit, 36 Sheets", 1280),
                   ("Wet and Dry Sandpaper, 9 x 11in, 25 Sheets", 980)),
    "nisu": items(f"{TR} > ニス", ("水性ニス つや消し ウォルナット 300ml", 1080), ("油性ニス クリヤー 木部 0.7L", 1680),
                  ("Wood Varnish, Clear Gloss, Water Based, 1L", 2280)),
    "nisubrush": items("塗装用品 > 刷毛", ("ニス刷毛 白毛 30mm", 580), ("ニス刷毛 3本セット 豚毛 20 30 50mm", 980),
                       ("水性 ニス刷毛 ナイロン 50mm", 680)),
    "flooring": items(f"{YK} > フローリング", ("フローリング材 無垢 オーク 1坪 12枚", 19800),
                      ("フローリング 置くだけ 複合 ウォールナット 6枚", 6980),
                      ("Engineered Wood Flooring, Oak, 20 sq ft", 12800)),
    "floorwax": items("掃除用品 > 床用ワックス", ("フローリングワックス 水性 つや出し 1L", 1480),
                      ("フローリングワックス 速乾 詰め替え 500ml", 880), ("フローリング ワックス シートタイプ 20枚", 780)),
    "floortile": items(f"{YK} > フロアタイル", ("フロアタイル 置くだけ 木目 グレー 18枚", 2980),
                       ("フロアタイル 貼るタイプ 石目調 グレー 24枚", 3480),
                       ("フロアタイル 吸着 ヘリンボーン ナチュラル 20枚", 1980),
                       ("Vinyl Floor Tiles, Peel and Stick, Grey Wood, 36 Pack", 3280)),
    "floortile_acc": items(f"{YK} > フロアタイル > 施工用品", ("フロアタイル用 接着剤 1kg", 1280),
                           ("フロアタイル専用 カッター 替刃付き", 1580), ("フロアタイル対応 両面テープ グレー 25m", 880),
                           ("継ぎ目テープ フロアタイル用 グレー", 580)),
    "tilecarpet": items("Flooring > Carpet Tiles", ("タイルカーペット 50×50 ループ ブルー 10枚", 3980),
                        ("Carpet Tiles, 50 x 50cm, Peel and Stick, Charcoal, 12 Pack", 4480),
                        ("Carpet Tiles, Washable, 40 x 40cm, Beige, 20 Pack", 3680)),
    "corkmat": items("Flooring > Cork Mats", ("コルクマット 大判 45cm 8枚 ジョイント", 2980),
                     ("Cork Floor Mat, Interlocking, 30 x 30cm, 9 Pack", 1980),
                     ("Cork Mats, Thick 10mm, Natural, 16 Pack", 3480)),
    "puttyknife": items(f"{TL} > Putty Knives", ("パテベラ ステンレス 50mm", 480), ("パテナイフ 3本セット 25 50 75mm", 980),
                        ("パテベラ 幅広 100mm 樹脂ハンドル", 580)),
    "spraygun": items(f"{TL} > Spray Guns", ("スプレーガン 電動 800W 1000ml 塗装", 5980),
                      ("スプレーガン エアー式 重力式 口径1.5mm", 3480), ("スプレーガン 充電式 18V 本体のみ", 6480)),
    "spraygun_acc": items(f"{TL} > Spray Guns > Parts", ("スプレーガン用 ノズル 1.5mm 交換", 880),
                          ("スプレーガン専用 カップ 600ml", 1280), ("エアホース 5m スプレーガン用", 1480)),
    "noise": each(("Utility Knife, Snap-Off Blade, 18mm", f"{TL} > Knives", 680),
                  ("ラグ カーペット 3畳 洗える グレー", f"{YK} > ラグ", 3980)),
}

MD, WT = "窓まわり", "Window Treatments"
AMIDO, SUDARE = f"{MD} > 網戸", f"{MD} > すだれ・よしず"

MADO = {
    "amido": items(AMIDO, ("網戸 アルミ 取り付け簡単 幅90×高さ180cm グレー", 3980), ("網戸 後付け 伸縮 窓用 グレー", 2480),
                   ("網戸 簡易 貼るだけ 面ファスナー ブラック", 1480), ("玄関網戸 ロール式 ブラック", 5980),
                   ("Adjustable Window Screen, Fits 24-37in, Grey", 4480)),
    "amido_acc": items(f"{AMIDO} > 網戸部品", ("網戸用 戸車 2個入り", 680), ("網戸専用 取っ手 2個 グレー", 480),
                       ("網戸対応 張り替えネット グレー 91cm×2m", 880), ("網戸 張り替え用 押さえゴム グレー 5m", 380),
                       ("交換用 網戸ネット 防虫 グレー", 980)),
    "amidobrush": items(f"{AMIDO} > 掃除用品", ("網戸ブラシ 掃除用 ワイド", 780), ("網戸 ブラシ 外さず 両面 掃除", 980),
                        ("網戸ブラシ スポンジ付き 2個セット", 680)),
    "sudare": items(SUDARE, ("すだれ 竹 88×180cm ブラウン", 1280), ("すだれ 屋外用 天津 大 ブラウン", 1980),
                    ("すだれ 燻製竹 ダークブラウン 2枚", 2480), ("すだれ 樹脂 ホワイト 88×135cm", 980)),
    "sudare_acc": items(f"{SUDARE} > すだれ小物", ("すだれ用 フック ブラウン 4個", 380),
                        ("すだれ専用 ハンガー 窓枠 ブラウン", 680), ("すだれ対応 留め具 クリップ 4個", 480),
                        ("すだれ掛け ベランダ 物干し竿用 2個", 580)),
    "film": items(f"{WT} > Window Film", ("目隠しフィルム 窓 すりガラス調 貼ってはがせる 90×200cm", 1980),
                  ("ガラスフィルム ステンドグラス風 45×200cm", 1480), ("窓 フィルム UVカット 透明 飛散防止", 1280)),
    "film.mirror": items(f"{WT} > Window Film > Mirror Film", ("ミラーフィルム 窓 マジックミラー 92cm×2m", 2480),
                         ("ミラーフィルム 目隠し シルバー 60×180cm", 1680),
                         ("Mirror Window Film, One Way, Silver, 17.5 x 78in", 2280)),
    "mirror": items("ミラー・姿見 > ウォールミラー", ("ウォールミラー 壁掛け 丸型 60cm", 3980),
                    ("スタンドミラー 全身 木枠 ナチュラル", 4980), ("ドアミラー 扉掛け 全身 ブラック", 2980)),
    "mirror.film": items("ミラー・姿見 > フィルムミラー", ("フィルムミラー 割れない 姿見 40×150cm", 6980),
                         ("フィルムミラー 壁掛け 軽量 30×120cm", 4980), ("フィルムミラー 全身 ドア掛け 割れない", 5480)),
    "doorstopper": items("Door Hardware > Door Stoppers", ("Door Stopper, Rubber Wedge, 2 Pack, Grey", 880),
                         ("Magnetic Door Stopper, Stainless Steel", 1280), ("戸当たり 床付け マグネット式 シルバー", 980)),
    "sukima": items(f"{WT} > Weatherstripping", ("隙間テープ 窓 サッシ 防風 10m", 680),
                    ("Weather Stripping Tape, Foam, 10m, White", 880),
                    ("Weatherstrip Seal Tape, Self Adhesive, 5m, Grey", 780)),
    "insulation": items(f"{WT} > Insulation", ("断熱シート 窓 プチプチ 水貼り 90×180cm", 1280),
                        ("窓 結露防止 断熱シート 2枚組", 980), ("Window Insulation Bubble Wrap, 24in x 20ft", 1580)),
    "noise": each(("窓ストッパー 補助錠 2個 白", f"{MD} > 防犯", 780), ("ドアクローザー 取替用 シルバー", "Door Hardware > Door Closers", 3980)),
}

SHOPS = {"decor": DECOR, "doors": DOORS, "toryo": TORYO, "mado": MADO}


# =============================================================================================
# Queries


QUERIES = [
    # --- 1. two product types, the last is the head
    two_types("doors", "glass door", "door.glass", ["door"], ["doorglass"]),
    two_types("doors", "door mirror", "mirror.door", ["mirror"], ["mirrordoor"]),
    two_types("decor", "stencil paint", "stencilpaint", ["paint"], ["paintstencil"]),
    two_types("decor", "paint stencil", "paintstencil", ["stencil"], ["stencilpaint"]),
    two_types("toryo", "ペーパーサンダー", "sander.paper", ["sander"], ["paper.sander"]),
    two_types("toryo", "サンダー ペーパー", "paper.sander", ["paper"], ["sander.paper"]),
    two_types("mado", "ミラーフィルム", "film.mirror", ["film"], ["mirror.film"]),
    two_types("mado", "フィルム ミラー", "mirror.film", ["mirror"], ["film.mirror"]),
    # --- 2. a leading product word that modifies the head
    qualifies("decor", "tile paint", ["paint.tile"], ["tile"]),
    qualifies("decor", "rug tape", ["rugtape"], ["rug"]),
    qualifies("doors", "window lock", ["windowlock"], ["window"]),
    qualifies("doors", "door stop", ["doorstop"], ["door"]),
    qualifies("toryo", "ニス 刷毛", ["nisubrush"], ["nisu"]),
    qualifies("toryo", "フローリング ワックス", ["floorwax"], ["flooring"]),
    qualifies("mado", "網戸 ブラシ", ["amidobrush"], ["amido"]),
    # --- 3. accessories ("for X", "X Replacement", X用 / X専用 / X対応); price word + colour + type
    accessories("decor", "area rug", ["rug"], ["rugpad", "rugtape"]),
    accessories("decor", "wallpaper steamer", ["steamer"], ["steamer_acc"]),
    accessories("doors", "screen door", ["screendoor"], ["screendoor_acc"]),
    accessories("doors", "deadbolt", ["deadbolt"], ["deadbolt_acc"]),
    accessories("toryo", "スプレーガン", ["spraygun"], ["spraygun_acc"]),
    accessories("toryo", "フロアタイル", ["floortile"], ["floortile_acc"]),
    accessories("mado", "網戸", ["amido"], ["amido_acc", "amidobrush"]),
    accessories("mado", "すだれ", ["sudare"], ["sudare_acc"]),
    # beige area rugs: shag 59, trellis 129, washable 39 (a grey jute-look one 29; a beige rug pad 25 and a beige
    # rug tape 8)
    price("decor", "budget beige rug", "rug-2", ["rugpad", "rugtape"]),
    # white screen doors: sliding 89, hinged 129, retractable 69 (a black magnetic one 25; white parts 12-19)
    price("doors", "cheap white screen door", "screendoor-2", ["screendoor_acc"]),
    # black deadbolts: keyed 39, smart 129, commercial 49 (a satin nickel one 25; black parts 9-19)
    price("doors", "cheap black deadbolt", "deadbolt-0", ["deadbolt_acc"]),
    # grey floor tiles: wood-grain 2980, stone 3480, English "Grey Wood" 3280 (a natural herringbone set 1980;
    # grey tape 580-880)
    price("toryo", "格安 グレー フロアタイル", "floortile-0", ["floortile_acc"]),
    # grey screens: aluminium 3980, extendable 2480, English window screen 4480 (a black stick-on one 1480; grey
    # parts 380-980)
    price("mado", "激安 グレー 網戸", "amido-1", ["amido_acc", "amidobrush"]),
    # brown sudare: bamboo 1280, outdoor 1980, dark brown 2480 (a white resin one 980; brown hooks 380 and
    # hangers 680)
    price("mado", "お手頃 ブラウン すだれ", "sudare-0", ["sudare_acc"]),
    # --- 4. Japanese queries among English-titled items (katakana loanwords), English over an English tree
    mixed("toryo", "タイルカーペット", "tilecarpet"),
    mixed("toryo", "サンドペーパー", "paper"),
    mixed("toryo", "コルクマット", "corkmat"),
    mixed("toryo", "putty knife", "puttyknife"),
    mixed("mado", "ドアストッパー", "doorstopper"),
    mixed("mado", "すきまテープ", "sukima"),
    mixed("mado", "断熱シート", "insulation"),
    mixed("mado", "window film", "film"),
]

_SANDPAPER = "the English Sandpaper imports are not returned while ペーパーサンダー tools are (below the サンダーペーパー and sanders)"
_ALL = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS: dict = {
    **{("blind94", "two_types:toryo:サンダー_ペーパー", s): _SANDPAPER for s in _ALL},
}


ENGINES = Engines(SHOPS)


@pytest.mark.parametrize("q, setup", list(params(QUERIES)))
def test_blind94(q: Q, setup: str, known_limit):
    known_limit("blind94")
    check(q, setup, ENGINES)


def test_blind94_shops_and_queries_are_well_formed():
    well_formed(SHOPS, QUERIES, {"beige": "Beige", "white": "White", "black": "Black", "グレー": "Grey",
                                 "ブラウン": "Brown"})
