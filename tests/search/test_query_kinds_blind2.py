"""A second blind held-out suite of the four query kinds, written by an outside reviewer from what a
shop assistant would show, without reading the engine, in vocabularies none of `test_query_kinds`,
`test_query_kinds_heldout` or `test_query_kinds_blind` uses, and in catalogues of 25-50 items with
titles written the way marketplaces write them (brand, line, noun, then attributes; plurals;
colours anywhere; brands shared between a product and its accessories):

1. two product types "X Y", both compounds sold: the exact compound first, then every item of the
   head's type (Y) above every item of the other type (clock radio / radio clock, jar candle /
   candle jar, ottoman bed / bed ottoman, マットレスベッド / ベッドマットレス), with plurals and typos;
2. a leading word that is a product type elsewhere in the shop but here qualifies the head (tea
   towel, bbq cover, kindle case, drone battery, piano stool, ワイングラス, スーツケースベルト), with
   "Y for X" titles: the Ys for X come above X itself, above Ys for another X and above other
   accessories of X; alone, the leading word still names its own type;
3. Japanese accessories ("X用 Y", "Y X用", "X専用 Y", "X対応 Y", "Xケース", "X カバー"), including
   real items whose titles carry 用/対応 about something else (子供用 タブレット, アロマ対応 加湿器,
   職業用 ミシン): a search of X puts every real X above every accessory; a price word, a colour and
   a type put the cheapest real item of that colour first, with no accessory in the top two, where
   the query's colour may be written ブラック/ホワイト and the titles 黒/白, or the reverse;
4. Japanese queries in a shop that also sells many English-titled products (some of the same kinds):
   the top three are of the query's kind, whatever the language of their titles.

Expectations are about what must come first and what must come below, never a full ordering.

Written blind on 2026-11-30 (279 cases, 63 queries); the engine then failed 70 (4 with category
paths). What changed after it is in `benchmarks/README.md`; the cases left, all in catalogues of
titles alone, are strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

import math

import pytest
from shops import each, group, items, rows_of, shown
from test_query_kinds import SETUPS, LatinOnlyEncoder, build, catalogue, ranked

from search.engine import SearchEngine


TITLES = ("titles-lexical", "titles-dense")
ALONE = "titles alone: a title's head counts nothing there (Home Depot: 0.04 NDCG@10 at 0.2)"
LIMITS = {
    **{("two_types", case, setup): ALONE + "; the modifier's items, a rarer word, come above the head's"
       for case in ("clock_radio", "clock_radios-plural", "radio_clock", "radio_clocks-plural", "jar_candle",
                    "jar_candles-plural", "jar_candel-typo", "candle_jar", "ottoman_bed", "otoman_bed-typo",
                    "ja-mattress_bed", "ja-mattress_bed-spaced") for setup in TITLES},
    ("two_types", "bed_ottoman", "titles-dense"): ALONE + "; the bag-of-words vectors tie an ottoman and a bed",
    **{("qualifies", case, setup): ALONE + "; the analyser keeps ワイングラス whole, and '赤ワイン用 グラス' "
       "is found by its category only" for case in ("ja-wine_glass", "ja-wine_glass-spaced") for setup in TITLES},
    **{("lead_alone", f"alone-{w}", setup): ALONE + "; the accessories say the word as often as the items"
       for w in ("tea", "bbq", "kindle", "drone", "piano") for setup in TITLES},
    **{("accessories", "digital-kitchen:タブレット", setup): ALONE + "; 'タブレット カバー' is a keyword list "
       "naming the tablet first" for setup in TITLES},
    **{("price_colour", "home-hobby:お手頃_黒_扇風機", setup): ALONE + "; the cheapest black fan's title reads as "
       "its brand's (no brand column), so it is not of the type" for setup in TITLES},
    **{("mixed", case, setup): ALONE + "; a material, colour or descriptor the query says is said by items "
       "of other kinds as well" for case in ("board:木製_まな板", "wallet:黒_財布", "keyboard:ワイヤレス_キーボード")
       for setup in TITLES + ("titles-latin-only",)},
}


def positions(top: list[str], groups) -> list[float]:
    return [k for k, i in enumerate(top) if group(i) in groups]


# =============================================================================================
# 1. Two product types "X Y": the last word is the head.

CLOCKS, RADIOS = "Home > Clocks", "Electronics > Audio > Radios"
JARS, CANDLES = "Kitchen > Food Storage > Jars", "Home > Candles & Home Fragrance > Candles"
OTTOMANS, BEDS = "Furniture > Living Room > Ottomans & Footstools", "Furniture > Bedroom > Beds"

HOME_SHOP = {
    "clock": items(CLOCKS, ("Kelby Silent Wall Clock 30cm, Black Frame", 19.99),
                   ("Hartwell Twin Bell Alarm Clock, Analogue, Red", 14.99),
                   ("Kelby Mantel Clock, Oak Finish, Battery Operated", 34.99)),
    "radio": items(RADIOS, ("Vellor DAB+ Radio Portable, Bluetooth, Cream", 59.99),
                   ("Vellor Retro FM Radio, Walnut Wood", 39.99),
                   ("Hartwell Wind-Up Emergency Radio with Torch and Solar Panel", 29.99)),
    "clockradio": items(RADIOS, ("Vellor DAB+ Clock Radio with Dual Alarm, Black", 44.99),
                        ("Kelby Digital Clock Radio FM, USB Charging Port, White", 24.99),
                        ("Hartwell Projection Clock Radio, Grey, Snooze", 32.99)),
    "radioclock": items(CLOCKS, ("Kelby Radio Clock Wall Mounted, Silent Sweep, 30cm, Silver", 27.99),
                        ("Hartwell Digital Radio Clock with Temperature and Date, Black", 22.99),
                        ("Vellor Atomic Radio Clock, Alarm and Snooze, White", 18.99)),
    "jar": items(JARS, ("Kellan Clip Top Preserving Jar, 1 Litre", 6.49),
                 ("Ashby Glass Storage Jar with Bamboo Lid, 800ml", 8.99),
                 ("Ashby Mason Jars, Set of 6, 16oz", 17.99)),
    "candle": items(CANDLES, ("Lumen & Wick Pillar Candle, Ivory, 15cm", 7.99),
                    ("Lumen & Wick Scented Tealight Candles, Vanilla, 24 Pack", 5.99),
                    ("Hearthly Beeswax Taper Candles, 4 Pack", 9.99)),
    "jarcandle": items(CANDLES, ("Hearthly Large Jar Candle, Fresh Linen, 623g", 24.99),
                       ("Lumen & Wick Jar Candles Gift Set of 3, Lavender", 19.99),
                       ("Ashby Soy Wax Jar Candle, Fig & Cassis, 200g", 14.99)),
    "candlejar": items(JARS, ("Ashby Empty Candle Jars with Lids, Amber Glass, 12 Pack", 21.99),
                       ("Lumen & Wick Candle Jar for Candle Making, Frosted Glass, 300ml", 3.99),
                       ("Kellan Tin Candle Jars, 8oz, Set of 24", 18.49)),
    "ottoman": items(OTTOMANS, ("Brenton Round Storage Ottoman, Velvet, Teal", 79.0),
                     ("Brenton Faux Leather Footstool Ottoman, Brown", 49.0),
                     ("Casa Nova Knitted Pouffe Ottoman, Grey", 39.0)),
    "bed": items(BEDS, ("Brenton Solid Oak Bed Frame, Double 4ft6", 399.0),
                 ("Sleepwell Metal Bed Frame, Single, Black", 129.0),
                 ("Casa Nova Upholstered Bed, King Size, Linen Grey", 459.0)),
    "ottomanbed": items(BEDS, ("Brenton Ottoman Bed, Double, Gas Lift Storage, Grey Fabric", 349.0),
                        ("Sleepwell Ottoman Bed King Size, Plush Velvet, Blue", 529.0),
                        ("Casa Nova Side Lift Ottoman Bed, Single, White", 279.0)),
    "bedottoman": items(OTTOMANS, ("Brenton End of Bed Ottoman, Velvet, Pink", 119.0),
                        ("Casa Nova Bed Ottoman with Storage, Linen, Natural", 139.0),
                        ("Sleepwell Upholstered Bed Ottoman, Grey Boucle", 99.0)),
    "noise": each(("Kelby Clock Batteries AA Alkaline, 4 Pack", "Electronics > Batteries", 3.99),
                  ("Vellor Indoor DAB Radio Aerial, Telescopic", "Electronics > Audio > Accessories", 9.99),
                  ("Hearthly Candle Wick Trimmer, Black", "Home > Candles & Home Fragrance > Accessories", 8.99),
                  ("Ashby Jar Opener, Rubber Grip", "Kitchen > Utensils", 4.49),
                  ("Sleepwell Gas Lift Pistons for Ottoman Bed, 2 Pack", "Furniture > Bedroom > Bed Parts", 24.99),
                  ("Sleepwell Memory Foam Mattress, Double, Medium Firm", "Furniture > Bedroom > Mattresses", 229.0),
                  ("Brenton Bedside Table with 2 Drawers, Oak", "Furniture > Bedroom > Bedside Tables", 89.0),
                  ("Lumen & Wick Reed Diffuser, Lavender, 100ml", "Home > Candles & Home Fragrance > Diffusers", 16.99),
                  ("Hartwell Bluetooth Speaker, Portable, Black", "Electronics > Audio > Speakers", 34.99)),
}

MATTRESSES, JA_BEDS = "寝具 > マットレス", "家具 > ベッド"

JA_BEDROOM_SHOP = {
    "mattress": items(MATTRESSES, ("スリープラボ 高反発 マットレス シングル 厚さ10cm 三つ折り", 9980),
                      ("ネムリエ ポケットコイル マットレス セミダブル 厚さ20cm", 19800),
                      ("スリープラボ 低反発 マットレス 5cm シングル 洗えるカバー", 5980)),
    "bed": items(JA_BEDS, ("ネムリエ すのこベッド シングル 天然木 ナチュラル", 15800),
                 ("ネムリエ パイプベッド シングル 黒 頑丈", 7980),
                 ("ウッドリー 収納付きベッド セミダブル ホワイト 引き出し2杯", 29800)),
    "mattressbed": items(JA_BEDS, ("ネムリエ 脚付きマットレスベッド シングル ボンネルコイル", 12800),
                         ("スリープラボ マットレスベッド 分割式 セミダブル グレー", 24800),
                         ("ウッドリー 脚付き マットレスベッド ダブル 一体型 ポケットコイル", 29800)),
    "bedmattress": items(MATTRESSES, ("スリープラボ ベッドマットレス シングル ポケットコイル 20cm", 14800),
                         ("ネムリエ ベッドマットレス セミダブル 高反発 ウレタン", 17800),
                         ("ウッドリー ベッドマットレス ダブル 圧縮梱包 ボンネルコイル", 19800)),
    "noise": each(("ボックスシーツ シングル 綿100% 白", "寝具 > シーツ", 1980),
                  ("ベッドパッド 洗える シングル 抗菌", "寝具 > ベッドパッド", 2480),
                  ("マットレスカバー シングル 防水 グレー", "寝具 > マットレスカバー", 2280),
                  ("ベッドサイドテーブル 木製 コンセント付き", "家具 > サイドテーブル", 4980),
                  ("ネムリエ ベッドライト クリップ LED 調光", "照明 > ベッドライト", 1980),
                  ("すのこマット 折りたたみ シングル 桐", "寝具 > すのこ", 4980),
                  ("ウッドリー ベッド下 収納ケース 2個", "収納 > 収納ケース", 2980),
                  ("掛け布団 シングル 洗える 抗菌", "寝具 > 布団", 4980),
                  ("ネムリエ 敷き布団 三つ折り 軽量", "寝具 > 布団", 5980),
                  ("ベッドフレーム用 脚 交換 4本 10cm", "家具 > ベッドパーツ", 1980),
                  ("マットレス 圧縮 バンド 2本", "寝具 > 寝具用品", 980),
                  ("ローソファ 2人掛け グレー", "家具 > ソファ", 19800),
                  ("シングル ベッド用 ベッドスカート 白", "寝具 > ベッドスカート", 2980)),
}

TWO_TYPE_SHOPS = {"home": HOME_SHOP, "ja-bedroom": JA_BEDROOM_SHOP}


def _two(shop, query, x, y, exact, case_id):
    """x, y: the plain groups of the two types; the query's head is y; exact: the compound asked for."""
    other_compound = {"clockradio": "radioclock", "radioclock": "clockradio", "jarcandle": "candlejar",
                      "candlejar": "jarcandle", "ottomanbed": "bedottoman", "bedottoman": "ottomanbed",
                      "mattressbed": "bedmattress", "bedmattress": "mattressbed"}[exact]
    return pytest.param(shop, query, exact, {y, exact}, {x, other_compound}, id=case_id)


TWO_TYPE_QUERIES = [
    _two("home", "clock radio", "clock", "radio", "clockradio", "clock_radio"),
    _two("home", "clock radios", "clock", "radio", "clockradio", "clock_radios-plural"),
    _two("home", "radio clock", "radio", "clock", "radioclock", "radio_clock"),
    _two("home", "radio clocks", "radio", "clock", "radioclock", "radio_clocks-plural"),
    _two("home", "jar candle", "jar", "candle", "jarcandle", "jar_candle"),
    _two("home", "jar candles", "jar", "candle", "jarcandle", "jar_candles-plural"),
    _two("home", "jar candel", "jar", "candle", "jarcandle", "jar_candel-typo"),
    _two("home", "candle jar", "candle", "jar", "candlejar", "candle_jar"),
    _two("home", "ottoman bed", "ottoman", "bed", "ottomanbed", "ottoman_bed"),
    _two("home", "otoman bed", "ottoman", "bed", "ottomanbed", "otoman_bed-typo"),
    _two("home", "bed ottoman", "bed", "ottoman", "bedottoman", "bed_ottoman"),
    _two("ja-bedroom", "マットレスベッド", "mattress", "bed", "mattressbed", "ja-mattress_bed"),
    _two("ja-bedroom", "マットレス ベッド", "mattress", "bed", "mattressbed", "ja-mattress_bed-spaced"),
    _two("ja-bedroom", "ベッドマットレス", "bed", "mattress", "bedmattress", "ja-bed_mattress"),
    _two("ja-bedroom", "ベッド マットレス", "bed", "mattress", "bedmattress", "ja-bed_mattress-spaced"),
]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, query, exact, head_groups, wrong_groups", TWO_TYPE_QUERIES)
def test_blind2_of_two_types_the_last_is_the_head(shop, query, exact, head_groups, wrong_groups, categorized, dense, known_limit):
    known_limit("two_types")
    groups = TWO_TYPE_SHOPS[shop]
    rows = rows_of(groups)
    top = ranked(build(rows, categorized, dense), query, 40)
    n_exact = len(groups[exact])
    # the items that are exactly the compound asked for come first
    assert {group(i) for i in top[:n_exact]} == {exact}, (query, shown(top, rows))
    # every item of the head's type (plain or compound) ranks above every item of the other type
    heads, wrongs = positions(top, head_groups), positions(top, wrong_groups)
    if heads and wrongs:
        assert max(heads) < min(wrongs), (query, shown(top, rows))


# =============================================================================================
# 2. A leading type word qualifying the head. Per shop, groups: the leading type's own items,
# the wanted compound ("Ys for X"), Ys for something else, other accessories of X, noise.

KITCHEN_GARDEN = {
    "tea": items("Food & Drink > Tea", ("Yorkbrew English Breakfast Tea, 80 Tea Bags", 3.49),
                 ("Yorkbrew Earl Grey Loose Leaf Tea, 250g", 5.99),
                 ("Hartwell & Co Jasmine Green Tea, 40 Pyramid Bags", 4.50)),
    "teatowel": items("Kitchen > Textiles > Tea Towels", ("Hartwell & Co Cotton Tea Towels, Set of 3, Blue Stripe", 12.0),
                      ("Linenly Linen Tea Towel, Natural, 50x70cm", 9.50),
                      ("Linenly Waffle Tea Towels 4 Pack, Sage Green", 14.0),
                      ("Hartwell & Co Christmas Tea Towel, Robin Print", 7.0)),
    "towel": each(("Linenly Bath Towel 70x130cm, White, 600gsm", "Home > Bathroom > Towels", 15.0),
                  ("Linenly Hand Towels, Pair, Charcoal Grey", "Home > Bathroom > Towels", 10.0),
                  ("Microfibre Car Drying Towel XL, 1200gsm", "Car > Cleaning", 11.99)),
    "tea_acc": each(("Hartwell & Co Tea Infuser, Stainless Steel Ball", "Kitchen > Tea & Coffee Accessories", 4.99),
                    ("Yorkbrew Tea Caddy Tin, Cream", "Kitchen > Tea & Coffee Accessories", 8.0),
                    ("Bone China Tea Cup and Saucer, Floral", "Kitchen > Tableware > Cups", 9.99)),
    "bbq": each(("Emberline Kettle Charcoal BBQ 57cm, Black", "Garden > BBQs > Charcoal BBQs", 149.0),
                ("Emberline 3-Burner Gas BBQ with Side Burner", "Garden > BBQs > Gas BBQs", 349.0),
                ("Flamecraft Portable Tabletop BBQ for Camping", "Garden > BBQs > Portable BBQs", 39.0)),
    "bbqcover": items("Garden > BBQs > BBQ Covers", ("Emberline Premium BBQ Cover for 57cm Kettle, Black", 29.0),
                      ("Flamecraft Heavy Duty BBQ Cover, Waterproof, 145cm", 19.99),
                      ("Cover for Emberline 3-Burner Gas BBQ, Grey", 34.0)),
    "cover": each(("Garden Furniture Cover, Rectangular, 240cm", "Garden > Furniture Covers", 24.99),
                  ("Flamecraft Patio Heater Cover, Waterproof", "Garden > Heating > Accessories", 17.99),
                  ("Hot Tub Cover Cap, Round, Grey", "Garden > Hot Tubs > Accessories", 39.0)),
    "bbq_acc": each(("Emberline BBQ Tongs, Stainless Steel, 45cm", "Garden > BBQs > BBQ Tools", 12.0),
                    ("Flamecraft Lumpwood Charcoal 10kg", "Garden > BBQs > Fuel", 16.0),
                    ("Emberline 3-in-1 BBQ Grill Brush", "Garden > BBQs > BBQ Tools", 9.0)),
    "noise": each(("Garden Kneeler Pad, Foam", "Garden > Tools", 8.0),
                  ("Picnic Blanket Waterproof 200x200cm", "Garden > Outdoor Living", 22.0)),
}

READER_CASES = "Electronics > eReader Accessories > Cases"
DRONE_BATTERIES = "Electronics > Drone Accessories > Batteries"
PIANO_STOOLS = "Music > Pianos > Piano Stools & Benches"

ELECTRONICS_MUSIC = {
    "kindle": items("Electronics > eReaders", ("Kindle Paperwhite 16GB, 6.8\" Display, Black", 149.99),
                    ("Kindle Oasis 32GB, Champagne Gold", 249.99), ("Kindle 2024 Release 16GB, Matcha", 99.99)),
    "kobo": items("Electronics > eReaders", ("Kobo Clara 2E eReader 16GB, Deep Ocean Blue", 139.99)),
    "kindlecase_pw": items(READER_CASES, ("Slimshell Case for Kindle Paperwhite 11th Gen, Black", 12.99),
                           ("Fintera Kindle Paperwhite Case with Auto Sleep/Wake, Navy", 15.99),
                           ("Fintera Fabric Case for Kindle Paperwhite 2021, Grey", 13.99)),
    "kindlecase_oasis": items(READER_CASES, ("Fintera Kindle Oasis Case, Leather, Brown", 24.99)),
    "case": each(("Slimshell Case for Kobo Clara 2E, Red", READER_CASES, 14.99),
                 ("Fintera iPad 10th Gen Case, Smart Folio, Blue", "Electronics > Tablet Accessories > Cases", 19.99)),
    "kindle_acc": items("Electronics > eReader Accessories", ("Kindle Paperwhite Screen Protector, 2 Pack", 7.99),
                        ("USB-C Charger for Kindle, 9W", 11.99)),
    "drone": items("Electronics > Drones", ("SkyFlit Mini 3 Drone with 4K Camera, Under 249g", 469.0),
                   ("SkyFlit Air Foldable Drone, GPS, 4K", 899.0), ("Zephy Kids Drone with HD Camera, Blue", 59.99)),
    "dronebattery": items(DRONE_BATTERIES, ("SkyFlit Intelligent Flight Battery for Mini 3 Drone, 2453mAh", 69.0),
                          ("Zephy Drone Batteries 3 Pack, 1800mAh", 24.99),
                          ("Spare Battery for SkyFlit Air Drone, 3500mAh", 89.0)),
    "battery": each(("Optera LP-E17 Camera Battery, 1040mAh", "Electronics > Camera Accessories > Batteries", 19.99),
                    ("Duramax AA Batteries, Alkaline, 24 Pack", "Electronics > Batteries", 12.99),
                    ("Voltic 18V Battery 4.0Ah for Cordless Tools", "DIY > Power Tool Accessories", 49.99)),
    "drone_acc": items("Electronics > Drone Accessories", ("SkyFlit Mini 3 Propellers, Spare Set", 14.0),
                       ("Hard Shell Carrying Case for SkyFlit Mini Drone", 29.0),
                       ("Charging Hub for SkyFlit Air Batteries", 49.0)),
    "piano": each(("Keyline 88-Key Digital Piano, Weighted Hammer Action, Black", "Music > Pianos > Digital Pianos", 499.0),
                  ("Keyline Compact Digital Piano, 61 Keys, Portable", "Music > Pianos > Digital Pianos", 199.0),
                  ("Solene Upright Acoustic Piano, Polished Ebony", "Music > Pianos > Acoustic Pianos", 3499.0)),
    "pianostool": items(PIANO_STOOLS, ("Keyline Piano Stool, Adjustable Height, Black Leatherette", 59.0),
                        ("Solene Piano Stool with Music Storage, Walnut", 129.0),
                        ("Double Piano Stool, Padded, White", 89.0)),
    "stool": each(("Rhythmo Drum Stool, Round, Padded, Black", "Music > Drums > Drum Stools", 39.0),
                  ("Studio Stool with Gas Lift, Black", "Music > Studio > Furniture", 49.0)),
    "piano_acc": items("Music > Pianos > Accessories", ("Keyline Sustain Pedal for Digital Piano", 19.0),
                       ("Solene Piano Cover, Dust Protector, Velvet", 34.0)),
    "noise": each(("Wireless Earbuds, Bluetooth 5.3, Black", "Electronics > Audio", 29.99)),
}

JA_KITCHEN_TRAVEL = {
    "wine": each(("シャトー・ベルヴュー 赤ワイン フルボディ 750ml フランス", "食品・飲料 > ワイン > 赤ワイン", 2480),
                 ("サンタローザ 白ワイン 辛口 チリ 750ml", "食品・飲料 > ワイン > 白ワイン", 1280),
                 ("スパークリングワイン ロゼ 750ml 辛口", "食品・飲料 > ワイン > スパークリング", 1980)),
    "wineglass": items("キッチン > グラス > ワイングラス", ("クリスタリア ワイングラス 2脚セット 450ml 食洗機対応", 2980),
                       ("ワイングラス 割れにくい トライタン 4個セット", 1980),
                       ("クリスタリア 赤ワイン用 グラス ボルドー 600ml", 1680),
                       ("ステムレス ワイングラス 6脚 380ml", 2480)),
    "glass": each(("クリスタリア ビールグラス 2個 370ml", "キッチン > グラス > ビアグラス", 1480),
                  ("江戸切子 ロックグラス 青 日本製", "キッチン > グラス > ロックグラス", 5980),
                  ("タンブラー グラス 6個 300ml", "キッチン > グラス > タンブラー", 980)),
    "wine_acc": each(("ワインオープナー ソムリエナイフ ステンレス", "キッチン > ワイン用品", 980),
                     ("ワインセラー 12本 ペルチェ式 静音", "家電 > ワインセラー", 19800),
                     ("ワインストッパー 真空ポンプ 栓 3個", "キッチン > ワイン用品", 780)),
    "suitcase": items("バッグ > スーツケース", ("トラベルエース スーツケース Mサイズ 60L TSAロック ネイビー", 12800),
                      ("トラベルエース スーツケース 機内持ち込み Sサイズ 黒", 9800),
                      ("スーツケース Lサイズ 100L フロントオープン シルバー", 19800)),
    "suitcasebelt": items("バッグ > 旅行小物 > スーツケースベルト", ("トラベルエース スーツケースベルト ワンタッチ 赤", 980),
                          ("スーツケース用 ベルト 十字 ネームタグ付き 黒", 1280),
                          ("スーツケースベルト ダイヤルロック付き 青", 1480)),
    "belt": items("ファッション > ベルト", ("メンズ ベルト 本革 黒 ビジネス", 3980), ("レディース 細ベルト ブラウン 合皮", 1980),
                  ("ゴルフ ベルト メンズ 白 穴なし", 2980)),
    "suitcase_acc": items("バッグ > 旅行小物", ("スーツケースカバー Mサイズ 伸縮 花柄", 1480),
                          ("スーツケース用 ネームタグ 2個 革", 880), ("トラベルエース 圧縮袋 衣類用 6枚", 1280)),
    "noise": items("バッグ > 旅行小物", ("ネックピロー 低反発 トラベル", 1980), ("パスポートケース スキミング防止", 1480)),
}

ADJECTIVE_SHOPS = {"kitchen-garden": KITCHEN_GARDEN, "electronics-music": ELECTRONICS_MUSIC,
                   "ja-kitchen-travel": JA_KITCHEN_TRAVEL}

# (shop, query, wanted groups, groups that must all rank below every wanted item, id)
ADJECTIVE_QUERIES = [
    ("kitchen-garden", "tea towel", {"teatowel"}, {"tea", "towel", "tea_acc"}, "tea_towel"),
    ("kitchen-garden", "tea towels", {"teatowel"}, {"tea", "towel", "tea_acc"}, "tea_towels-plural"),
    ("kitchen-garden", "bbq cover", {"bbqcover"}, {"bbq", "cover", "bbq_acc"}, "bbq_cover"),
    ("electronics-music", "kindle case", {"kindlecase_pw", "kindlecase_oasis"}, {"kindle", "kobo", "case", "kindle_acc"},
     "kindle_case"),
    # a Paperwhite case is wanted; the Oasis case is not constrained (a case for the wrong Kindle)
    ("electronics-music", "kindle paperwhite case", {"kindlecase_pw"}, {"kindle", "kobo", "case", "kindle_acc"},
     "kindle_paperwhite_case"),
    ("electronics-music", "drone battery", {"dronebattery"}, {"drone", "battery", "drone_acc"}, "drone_battery"),
    ("electronics-music", "drone batteries", {"dronebattery"}, {"drone", "battery", "drone_acc"},
     "drone_batteries-plural"),
    ("electronics-music", "piano stool", {"pianostool"}, {"piano", "stool", "piano_acc"}, "piano_stool"),
    ("ja-kitchen-travel", "ワイン グラス", {"wineglass"}, {"wine", "glass", "wine_acc"}, "ja-wine_glass-spaced"),
    ("ja-kitchen-travel", "ワイングラス", {"wineglass"}, {"wine", "glass", "wine_acc"}, "ja-wine_glass"),
    ("ja-kitchen-travel", "スーツケース ベルト", {"suitcasebelt"}, {"suitcase", "belt", "suitcase_acc"},
     "ja-suitcase_belt-spaced"),
    ("ja-kitchen-travel", "スーツケースベルト", {"suitcasebelt"}, {"suitcase", "belt", "suitcase_acc"}, "ja-suitcase_belt"),
]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, query, want, below",
                         [pytest.param(s, q, w, b, id=i) for s, q, w, b, i in ADJECTIVE_QUERIES])
def test_blind2_a_leading_type_word_qualifies_the_head(shop, query, want, below, categorized, dense, known_limit):
    known_limit("qualifies")
    groups = ADJECTIVE_SHOPS[shop]
    rows = rows_of(groups)
    top = ranked(build(rows, categorized, dense), query, 40)
    assert {group(i) for i in top[:3]} <= want, (query, shown(top, rows))
    # every wanted item is found, and above the leading type's own items, Ys for other things and
    # other accessories of X
    n_want = sum(len(groups[g]) for g in want)
    found = positions(top, want)
    bad = positions(top, below)
    assert len(found) == n_want, (query, "wanted items missing", shown(top, rows))
    if bad:
        assert max(found) < min(bad), (query, shown(top, rows))


LEAD_ALONE = [("kitchen-garden", "tea", "tea"), ("kitchen-garden", "bbq", "bbq"),
              ("electronics-music", "kindle", "kindle"), ("electronics-music", "drone", "drone"),
              ("electronics-music", "piano", "piano"), ("ja-kitchen-travel", "ワイン", "wine"),
              ("ja-kitchen-travel", "スーツケース", "suitcase")]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, query, lead",
                         [pytest.param(s, q, g, id=f"alone-{g}") for s, q, g in LEAD_ALONE])
def test_blind2_the_leading_word_alone_still_names_its_type(shop, query, lead, categorized, dense, known_limit):
    known_limit("lead_alone")
    rows = rows_of(ADJECTIVE_SHOPS[shop])
    top = ranked(build(rows, categorized, dense), query, 20)
    assert [group(i) for i in top[:3]] == [lead] * 3, (query, shown(top, rows))


# =============================================================================================
# 3. Japanese accessories, and price word + colour + type.
# type -> (category of real items, category of accessories, real items, accessories,
#          price query, the expected first id)

ACCESSORY_SHOPS = {
    "digital-kitchen": {
        "ヘッドホン": (
            "家電 > オーディオ > ヘッドホン", "家電 > オーディオ > ヘッドホンアクセサリー",
            [("ソニカ ワイヤレス ヘッドホン ノイズキャンセリング 黒 Bluetooth 5.3", 29800),
             ("ソニカ 有線 ヘッドホン 密閉型 白 スタジオ", 8980),
             ("オーディオラボ ヘッドホン 折りたたみ ブラック マイク付き", 4980),
             ("キッズ ヘッドホン 音量制限 ピンク", 1980),
             ("ゲーミング ヘッドホン 7.1ch 黒 RGB", 6980)],
            [("ソニカ ヘッドホン用 イヤーパッド 交換 黒", 1480), ("ヘッドホンスタンド アルミ 黒", 1980),
             ("ヘッドホンケース ハード 黒 収納", 1280), ("変換アダプタ ヘッドホン用 3.5mm 黒", 580),
             ("ヘッドホン専用 延長ケーブル 3m 黒", 780), ("ヘッドホン対応 Bluetoothトランスミッター 黒", 2480)],
            # query says 黒; the cheapest black pair is titled ブラック
            "安い 黒 ヘッドホン", "ヘッドホン-item-2"),
        "タブレット": (
            "家電 > タブレット", "家電 > タブレットアクセサリー",
            [("ルミナ タブレット 10.1インチ Wi-Fi 64GB ホワイト", 19800),
             ("ルミナ タブレット 8インチ 32GB ブラック", 12800),
             ("キッズ タブレット 7インチ 子供用 ブルー", 8980),  # 子供用: a tablet for children, still a tablet
             ("タブレット 11インチ 128GB 8GB RAM ホワイト ペン対応", 29800),  # ペン対応: still a tablet
             ("ルミナ タブレット 10インチ ホワイト SIMフリー 256GB", 39800)],
            [("タブレット用 タッチペン 白 2本", 980), ("ルミナ タブレットケース 10.1インチ 手帳型 ホワイト", 1680),
             ("保護フィルム タブレット用 10.1インチ 2枚", 880), ("タブレット専用 スタンド 折りたたみ 白", 1280),
             ("タブレット対応 Bluetooth キーボード ホワイト", 2980), ("タブレット カバー 8インチ ブラック 360度回転", 1480)],
            # query says 白; every white tablet is titled ホワイト
            "格安 白 タブレット", "タブレット-item-0"),
        "ドライヤー": (
            "家電 > 美容家電 > ドライヤー", "家電 > 美容家電 > ドライヤーアクセサリー",
            [("ヘアラボ ドライヤー 大風量 マイナスイオン 白 1200W", 3980),
             ("ヘアラボ ドライヤー 速乾 ホワイト 折りたたみ", 2480),
             ("高速 ドライヤー ブラシレス 黒 軽量", 12800),
             ("トラベル ドライヤー 小型 ピンク 海外対応", 1980),  # 海外対応: still a dryer
             ("ヘアラボ プロ ドライヤー 白 低温 サロン仕様", 14800)],
            [("ドライヤー用 ノズル 交換 白", 480), ("ドライヤーホルダー 壁掛け 白", 980),
             ("ドライヤー専用 収納 スタンド ホワイト", 1480), ("ディフューザー ドライヤー用 パーマ 白", 680),
             ("ドライヤー対応 ヘアブラシ アタッチメント ホワイト", 880)],
            # query says 白; whites are titled 白 and ホワイト, the cheapest ホワイト
            "激安 白 ドライヤー", "ドライヤー-item-1"),
        "電子レンジ": (
            "家電 > キッチン家電 > 電子レンジ", "キッチン > 電子レンジ用品",
            [("電子レンジ 単機能 17L フラット 白", 9980),
             ("オーブンレンジ 電子レンジ 18L 黒 トースト機能", 13800),
             ("電子レンジ 20L ターンテーブル 黒 50Hz", 12800),
             ("キッチンプロ 電子レンジ 22L フラット ブラック ヘルツフリー", 15800),
             ("電子レンジ 一人暮らし 小型 白 単機能", 7980)],
            [("電子レンジ用 ラック 2段 伸縮 黒", 2980), ("電子レンジ対応 保存容器 5個セット", 980),
             ("電子レンジ専用 ゆで卵メーカー", 680), ("電子レンジカバー 防水 撥油 黒", 1280),
             ("パスタ 調理器 電子レンジ用 黒", 880)],
            # query says ブラック; the cheapest black oven is titled 黒, a dearer one ブラック
            "お手頃 ブラック 電子レンジ", "電子レンジ-item-2"),
    },
    "home-hobby": {
        "ミシン": (
            "ホビー > 手芸 > ミシン", "ホビー > 手芸 > ミシン用品",
            [("ソーイングプロ コンピュータミシン 自動糸調子 白", 29800),
             ("ソーイングプロ 電動ミシン コンパクト 初心者 白", 9800),
             ("ミシン 本体 フットコントローラー付き ピンク", 7980),
             ("ロックミシン 4本糸 差動送り 白", 39800),
             ("職業用 ミシン 直線縫い 黒", 49800)],  # 職業用: a professional machine, still a machine
            [("ミシン用 針 11号 5本", 380), ("ソーイングプロ ミシンカバー キルト 花柄", 1980),
             ("ミシン専用 ボビン 10個 白", 480), ("押さえ金 ミシン用 ファスナー押さえ", 680),
             ("ミシン対応 ワイドテーブル 白", 3980), ("ミシンケース キャリー 大容量 黒", 3480)],
            "安い 白 ミシン", "ミシン-item-1"),
        "加湿器": (
            "家電 > 季節家電 > 加湿器", "家電 > 季節家電 > 加湿器用品",
            [("ミストラ スチーム式 加湿器 2.2L ホワイト", 9980),
             ("ミストラ 超音波 加湿器 卓上 USB 黒", 1980),
             ("ハイブリッド 加湿器 5L アロマ対応 ブラック 上から給水", 6980),  # アロマ対応: still a humidifier
             ("加湿器 気化式 大容量 白 静音", 12800),
             ("ミストラ 加湿器 ハイブリッド 黒 リモコン付き", 8980),
             ("加湿器 ミニ ペットボトル USB ピンク", 980)],
            [("加湿器用 フィルター 交換用 2枚", 980), ("ミストラ 加湿器専用 除菌剤 500ml", 1280),
             ("アロマオイル 加湿器対応 ラベンダー 10ml", 780), ("受け皿 加湿器用 黒 防水", 880)],
            # query says ブラック; the cheapest black humidifier is titled 黒
            "激安 ブラック 加湿器", "加湿器-item-1"),
        "扇風機": (
            "家電 > 季節家電 > 扇風機", "家電 > 季節家電 > 扇風機用品",
            [("リビング 扇風機 DCモーター 白 リモコン付き", 12800),
             ("ミストラ 扇風機 30cm 黒 タイマー", 3980),
             ("卓上 扇風機 USB 小型 ホワイト", 1480),
             ("タワー 扇風機 スリム 黒 首振り", 7980),
             ("サーキュレーター 扇風機 静音 黒 3D首振り", 5980)],
            [("扇風機カバー 収納袋 不織布 白", 680), ("扇風機用 リモコン 汎用 黒", 880),
             ("扇風機専用 ガード 安全ネット 子供 黒", 780), ("扇風機対応 タイマー コンセント 黒", 1480),
             ("保冷剤 扇風機用 アイスパック 3個", 580)],
            "お手頃 黒 扇風機", "扇風機-item-1"),
        "ランドセル": (
            "キッズ > 通学用品 > ランドセル", "キッズ > 通学用品 > ランドセル用品",
            [("まなぶ君 ランドセル 男の子 黒 A4フラットファイル対応 日本製", 49800),
             ("ランドセル 女の子 赤 軽量 6年保証", 39800),
             ("まなぶ君 ランドセル 黒 軽量 キューブ型", 32800),
             ("ランドセル ラベンダー 女の子 刺繍", 54800),
             ("ランドセル 黒 シンプル 男女兼用 軽い", 29800),
             ("ランドセル ネイビー 軽量 A4対応", 24800)],
            [("ランドセルカバー 透明 反射 黒", 980), ("ランドセル用 ライト 防犯 LED", 1280),
             ("まなぶ君 ランドセル専用 レインカバー 黒", 1480), ("ランドセル対応 ラック 木製 収納 黒", 6980),
             ("雨カバー ランドセル用 黄色", 780)],
            # query says ブラック; every black satchel is titled 黒
            "格安 ブラック ランドセル", "ランドセル-item-4"),
    },
}


def accessory_rows(shop: str):
    rows = []
    for t, (real_cat, acc_cat, real, accs, _, _) in ACCESSORY_SHOPS[shop].items():
        rows += [(f"{t}-item-{k}", title, real_cat, float(p)) for k, (title, p) in enumerate(real)]
        rows += [(f"{t}-acc-{k}", title, acc_cat, float(p)) for k, (title, p) in enumerate(accs)]
    return rows


ACCESSORY_CASES = [(shop, t) for shop, types in ACCESSORY_SHOPS.items() for t in types]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, t", [pytest.param(s, t, id=f"{s}:{t}") for s, t in ACCESSORY_CASES])
def test_blind2_a_search_of_x_puts_every_x_above_its_accessories(shop, t, categorized, dense, known_limit):
    known_limit("accessories")
    rows = accessory_rows(shop)
    real = ACCESSORY_SHOPS[shop][t][2]
    top = ranked(build(rows, categorized, dense), t, 40)
    assert {group(i) for i in top[:len(real)]} == {f"{t}-item"}, (t, shown(top, rows, 8))


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("shop, t", [pytest.param(s, t, id=f"{s}:{ACCESSORY_SHOPS[s][t][4].replace(' ', '_')}")
                                     for s, t in ACCESSORY_CASES])
def test_blind2_price_colour_type_puts_the_cheapest_real_match_first(shop, t, categorized, dense, known_limit):
    known_limit("price_colour")
    rows = accessory_rows(shop)
    query, first = ACCESSORY_SHOPS[shop][t][4], ACCESSORY_SHOPS[shop][t][5]
    top = ranked(build(rows, categorized, dense), query, 20)
    assert top[:1] == [first], (query, shown(top, rows))
    assert not any("-acc-" in i for i in top[:2]), (query, shown(top, rows))


# =============================================================================================
# 4. Japanese queries in a shop that also sells many English-titled products. Item ids are
# "<kind>_<lang>-<k>"; an English-titled item of the query's kind counts as the query's kind.

MIXED_SHOP = {
    "toaster_ja": items("家電 > キッチン家電 > トースター", ("ハートウェル オーブントースター 4枚焼き 1300W 黒", 5980),
                        ("ポップアップ トースター 2枚 ホワイト", 3480), ("スチーム トースター 温度調節 ブラック", 12800)),
    "toaster_en": items("Appliances > Kitchen > Toasters", ("Hartwell Pro 2-Slice Toaster, Stainless Steel, 850W", 39.99),
                        ("Brevo 4-Slice Toaster Wide Slot, Black", 49.99)),
    "kettle_ja": items("家電 > キッチン家電 > ケトル", ("ハートウェル 電気ケトル 1.0L 黒 空焚き防止", 2980),
                       ("電気ケトル 温度調節 0.8L ステンレス", 5980), ("ガラス 電気ケトル 1.5L LED", 3980)),
    "kettle_en": items("Appliances > Kitchen > Kettles", ("Hartwell Electric Kettle 1.7L, Stainless Steel, Rapid Boil", 34.99),
                       ("Brevo Glass Kettle with Blue LED, 1.7L", 29.99)),
    "board_ja": items("キッチン > 調理器具 > まな板", ("ナチュラルハウス 木製 まな板 抗菌 大 40cm", 3280),
                      ("まな板 シート 薄型 3枚 カラー", 880), ("ヒノキ まな板 日本製 36cm 天然木", 2980)),
    "board_en": items("Kitchen > Prep > Chopping Boards", ("Bamboo Cutting Board Set of 3 with Juice Groove", 24.99)),
    "mug_ja": items("キッチン > 食器 > マグカップ", ("ナチュラルハウス マグカップ 木製 ハンドル 300ml", 1480),
                    ("マグカップ 大きい 450ml 白 電子レンジ対応", 980), ("北欧 マグカップ ペア 陶器", 1980)),
    "mug_en": items("Kitchen > Tableware > Mugs", ("Stoneware Mug 350ml, Speckled White", 9.99)),
    "sunscreen_ja": items("ビューティー > 日焼け止め", ("日焼け止め SPF50+ PA++++ ジェル 80g", 980),
                          ("子供用 日焼け止め ミルク 無添加 SPF35", 1280),
                          ("日焼け止め スプレー 顔 髪 全身 ウォータープルーフ", 1480)),
    "sunscreen_en": items("Beauty > Sun Care", ("Aquaclear Sunscreen SPF50 Face Fluid 50ml", 14.99)),
    "shampoo_ja": items("ビューティー > ヘアケア > シャンプー", ("アミノ酸 シャンプー ノンシリコン 500ml", 1580),
                        ("シャンプー 詰め替え 大容量 1000ml", 1280), ("メンズ スカルプ シャンプー 350ml", 2480)),
    "shampoo_en": items("Beauty > Hair Care > Shampoo", ("Silkline Argan Oil Shampoo 400ml", 8.99)),
    "wallet_ja": items("ファッション > 財布", ("本革 長財布 メンズ 黒 ラウンドファスナー", 5980),
                       ("ミニ財布 三つ折り レディース ピンク", 3980), ("財布 二つ折り 黒 小銭入れ付き 牛革", 3480)),
    "wallet_en": items("Fashion > Wallets", ("Ledgerline Slim Card Wallet RFID Blocking, Black", 19.99)),
    "keyboard_ja": items("パソコン > キーボード", ("ワイヤレス キーボード 日本語配列 黒 静音", 2980),
                         ("メカニカル キーボード 青軸 RGB", 6980), ("キーボード 有線 テンキー付き 白", 1480)),
    "keyboard_en": items("Computers > Keyboards", ("Keyflow Wireless Keyboard, UK Layout, Black", 29.99),
                         ("Keyflow Mechanical Gaming Keyboard RGB Blue Switches", 69.99)),
    "tshirt_ja": items("ファッション > Tシャツ", ("Tシャツ メンズ 半袖 綿100% 白 無地", 1280),
                       ("Tシャツ レディース オーバーサイズ 黒", 1980), ("キッズ Tシャツ 恐竜 プリント 120cm", 980)),
    "tshirt_en": items("Fashion > T-Shirts", ("Threadly Men's Crew Neck T-Shirt, Cotton, White, 3 Pack", 19.99),
                       ("Threadly Women's Oversized T-Shirt, Black", 14.99)),
    "other_ja": each(("トースター用 焼き網 アルミ", "キッチン > 調理器具", 680),
                     ("まな板スタンド ステンレス 水切り", "キッチン > 調理器具", 1280),
                     ("キーボードカバー 日本語配列 シリコン", "パソコン > アクセサリー", 780),
                     ("ワイヤレス マウス 静音 黒", "パソコン > マウス", 1980)),
    "other_en": each(("Zenno Kids Rain Jacket Waterproof Hooded Navy 8-9 Years", "Fashion > Kids > Coats", 29.99),
                     ("Lumiere Vitamin C Serum 30ml", "Beauty > Skin Care", 16.99),
                     ("Wireless Mouse Silent Click, Black", "Computers > Mice", 14.99),
                     ("Stainless Steel Cutlery Set 24 Piece", "Kitchen > Tableware > Cutlery", 29.99),
                     ("Men's Leather Belt 35mm, Black", "Fashion > Belts", 19.99),
                     ("Ceramic Hair Straightener, Black", "Beauty > Hair Tools", 34.99)),
}

MIXED_QUERIES = [("トースター", "toaster"), ("ケトル", "kettle"), ("電気ケトル", "kettle"), ("まな板", "board"),
                 ("木製 まな板", "board"), ("マグカップ", "mug"), ("日焼け止め", "sunscreen"), ("シャンプー", "shampoo"),
                 ("財布", "wallet"), ("黒 財布", "wallet"), ("キーボード", "keyboard"),
                 ("ワイヤレス キーボード", "keyboard"), ("Tシャツ", "tshirt")]

MIXED_SETUPS = SETUPS + [pytest.param(c, "latin-only", id=f"{'categories' if c else 'titles'}-latin-only")
                         for c in (False, True)]


def kind_of(item_id: str) -> str:
    return group(item_id).rsplit("_", 1)[0]


@pytest.mark.parametrize("categorized, dense", MIXED_SETUPS)
@pytest.mark.parametrize("query, kind", [pytest.param(q, k, id=f"{k}:{q.replace(' ', '_')}") for q, k in MIXED_QUERIES])
def test_blind2_japanese_queries_among_english_titles(query, kind, categorized, dense, known_limit):
    known_limit("mixed")
    rows = rows_of(MIXED_SHOP)
    if dense == "latin-only":
        engine = SearchEngine.build(catalogue(rows, categorized), encoder=LatinOnlyEncoder())
    else:
        engine = build(rows, categorized, dense)
    top = ranked(engine, query, 20)
    assert [kind_of(i) for i in top[:3]] == [kind] * 3, (query, shown(top, rows))


def test_blind2_catalogue_sizes():
    """The catalogues are of realistic size (25-50 items) and item ids are unique."""
    shops = [rows_of(s) for s in (HOME_SHOP, JA_BEDROOM_SHOP, KITCHEN_GARDEN, ELECTRONICS_MUSIC, JA_KITCHEN_TRAVEL,
                                  MIXED_SHOP)] + [accessory_rows(s) for s in ACCESSORY_SHOPS]
    for rows in shops:
        assert 25 <= len(rows) <= 50, (len(rows), rows[0])
        assert len({r[0] for r in rows}) == len(rows)
    assert not math.isnan(sum(r[3] for rows in shops for r in rows))
