"""Katakana loanwords read as the catalogue's English words (`search.loanwords`): known pairs,
near misses that must stay apart, and the shop-level answers they lead to (a Japanese query
finds English-titled items and reads its type from an English category tree)."""

from __future__ import annotations

import pytest
from test_bilingual_reading import build, ranked, sudachi

from search.loanwords import Loanwords, english_sound, katakana_sound

VOCABULARY = ["rug", "rugs", "mat", "pasta", "pump", "bottle", "box", "tissue", "mantle", "table", "lamp",
              "coffee", "maker", "sofa", "filter", "case", "bag", "shirts", "jacket", "boots", "monitor",
              "stand", "cushion", "lantern", "tent", "glass", "kettle", "blender", "mixer", "hammer",
              "skirt", "belt", "plate", "cake", "speaker", "camera", "cream", "helmet", "blanket",
              "sponge", "orange", "foundation", "station", "cleansing", "measure", "tuner", "tube", "church",
              # near misses: same consonants, other words
              "nuts", "ram", "kiss", "cot", "max", "mice"]

PAIRS = [("ラグ", "rug"), ("マット", "mat"), ("パスタ", "pasta"), ("ポンプ", "pump"), ("ボトル", "bottle"),
         ("ボックス", "box"), ("ティッシュ", "tissue"), ("マントル", "mantle"), ("テーブル", "table"),
         ("ランプ", "lamp"), ("コーヒー", "coffee"), ("メーカー", "maker"), ("ソファ", "sofa"),
         ("フィルター", "filter"), ("ケース", "case"), ("バッグ", "bag"), ("シャツ", "shirts"),
         ("ジャケット", "jacket"), ("ブーツ", "boots"), ("モニター", "monitor"), ("スタンド", "stand"),
         ("クッション", "cushion"), ("ランタン", "lantern"), ("テント", "tent"), ("グラス", "glass"),
         ("ケトル", "kettle"), ("ブレンダー", "blender"), ("ミキサー", "mixer"), ("ハンマー", "hammer"),
         ("スカート", "skirt"), ("ベルト", "belt"), ("プレート", "plate"), ("ケーキ", "cake"),
         ("スピーカー", "speaker"), ("カメラ", "camera"), ("クリーム", "cream"), ("ヘルメット", "helmet"),
         ("ブランケット", "blanket"),
         # English spelling read as said: a soft g after n, -ation, a voiced s written ジ, -sure
         ("スポンジ", "sponge"), ("オレンジ", "orange"), ("ファンデーション", "foundation"),
         ("ステーション", "station"), ("クレンジング", "cleansing"), ("メジャー", "measure"),
         # チュ an English ch and a tu
         ("チューナー", "tuner"), ("チューブ", "tube"), ("チャーチ", "church")]


@pytest.fixture(scope="module")
def loanwords() -> Loanwords:
    return Loanwords(VOCABULARY)


@pytest.mark.parametrize("katakana, english", PAIRS)
def test_a_katakana_loanword_reads_as_the_english_word_it_transliterates(loanwords, katakana, english):
    assert english in loanwords.english(katakana)


def test_the_closest_vowels_win_and_near_misses_stay_apart(loanwords):
    assert loanwords.english("ラグ") == ["rug", "rugs"]  # English u is a Japanese a: not the "rag" beside it
    assert loanwords.english("ケース") == ["case"]        # not "kiss"
    assert loanwords.english("ノート") == []               # two consonants need near vowels: no "nuts"
    assert loanwords.english("アルミ") == []               # nor "ram"
    assert loanwords.english("ティー") == []               # one consonant says too little
    assert loanwords.english("ワンピース") == []           # no English word of these consonants
    assert loanwords.english("パスタ") == ["pasta"]
    assert Loanwords([]).english("パスタ") == []
    assert loanwords.english("財布") == [] and loanwords.english("pasta") == []  # kanji, Latin: not katakana


def test_a_ch_greek_spelling_says_as_a_k_is_read_both_ways():
    # "chamomile" was read with a ch only: カモミール (and アンカー, クローム) found no English title
    words = Loanwords(["chamomile", "anchor", "chrome", "school", "technical", "character", "orchid",
                       "cheese", "check", "coach", "cake", "kitchen", "teacher", "chip"])
    for katakana, english in (("カモミール", "chamomile"), ("アンカー", "anchor"), ("クローム", "chrome"),
                              ("スクール", "school"), ("テクニカル", "technical"), ("キャラクター", "character"),
                              ("オーキッド", "orchid"), ("チーズ", "cheese"), ("チェック", "check"), ("チップ", "chip"),
                              ("ティーチャー", "teacher"), ("ケーキ", "cake"), ("キッチン", "kitchen")):
        assert words.english(katakana) == [english], katakana
    assert words.english("キス") == [] and words.english("コーク") == []  # no cheese, no coach


def test_an_english_ay_is_said_as_loanwords_write_it():
    # "spray" was read with an a: スプレー found the catalogue's "spare" (and no spray mop)
    words = Loanwords(["spray", "spare", "tray", "gray", "display", "player", "sprayer", "payment"])
    for katakana, english in (("スプレー", "spray"), ("トレー", "tray"), ("トレイ", "tray"), ("グレー", "gray"),
                              ("ディスプレイ", "display"), ("プレーヤー", "player"), ("スプレイヤー", "sprayer"),
                              ("ペイメント", "payment")):
        assert words.english(katakana) == [english], katakana


def test_a_doubled_r_is_said_before_its_vowel():
    # the r of "sierra", "mirror", "berry" was read as the silent r after a vowel (a long a):
    # シェラ found no "Sierra Cup", ミラー no mirror
    words = Loanwords(["sierra", "mirror", "berry", "cherry", "terrace", "ferry", "filter", "barrel", "carrot"])
    for katakana, english in (("シェラ", "sierra"), ("ミラー", "mirror"), ("ベリー", "berry"), ("チェリー", "cherry"),
                              ("テラス", "terrace"), ("フェリー", "ferry"), ("フィルター", "filter"), ("バレル", "barrel"),
                              ("キャロット", "carrot")):
        assert words.english(katakana) == [english], katakana


def test_an_english_wa_is_also_said_wo():
    # "water" was read "weta" only: ウォーター found no "water", and ウォーターフロッサー returned nothing
    words = Loanwords(["water", "wall", "watch", "wax", "wagon", "walnut", "flosser"])
    for katakana, english in (("ウォーター", "water"), ("ウォール", "wall"), ("ウォッチ", "watch"), ("ワックス", "wax"),
                              ("ワゴン", "wagon"), ("ウォールナット", "walnut")):
        assert words.english(katakana, least=1) == [english], katakana


def test_a_silent_l_and_the_spellings_of_one_sound_are_read_as_said():
    # "half" was read with its l: ハーフチャップス found no "Half Chaps"; and ph, gh, ck, qu were
    # left as spelled (a comment had swallowed their rules): ヘッドホン, ナイト, バック, クイーン
    words = Loanwords(["half", "palm", "folk", "salmon", "milk", "golf", "headphones", "night", "back", "queen"])
    for katakana, english in (("ハーフ", "half"), ("パーム", "palm"), ("フォーク", "folk"), ("サーモン", "salmon"),
                              ("ミルク", "milk"), ("ゴルフ", "golf"), ("ヘッドホン", "headphones"), ("ナイト", "night"),
                              ("バック", "back"), ("クイーン", "queen")):
        assert words.english(katakana, least=1) == [english], katakana


def test_soft_and_hard_sounds_stay_apart():
    lw = Loanwords(["finger", "hanger", "sponge", "orange", "measure", "major", "casino", "station"])
    assert lw.english("フィンガー") == ["finger"] and lw.english("ハンガー") == ["hanger"]  # "nger": hard g
    assert lw.english("スポンジ") == ["sponge"] and lw.english("オレンジ") == ["orange"]   # "nge": j
    assert lw.english("メジャー") == ["measure"]  # closer than "major" (j + a long o)
    assert lw.english("カジノ") == ["casino"]      # ジ for the voiced s
    assert lw.english("ステーキ") == [] and lw.english("ジンジャー") == []


def test_words_added_later_are_found_once():
    lw = Loanwords(["pump"])
    assert lw.english("ボトル") == []
    lw.add(["pump", "bottle", "pumps"])
    assert lw.english("ボトル") == ["bottle"] and lw.english("ポンプ") == ["pump", "pumps"]


def test_the_sounds_both_spellings_are_brought_to():
    assert katakana_sound("テーブル") == "teburu"  # long vowel mark dropped
    assert katakana_sound("ティッシュ") == "tisu"   # ティ is ti, the doubled consonant is one, sh is s
    assert katakana_sound("ランプ") == "rampu"      # n before p is m
    assert katakana_sound("テーブルA") is None
    assert english_sound("filter") == "hirta"      # f as h, l as r, the r after a vowel a long a
    assert english_sound("coffee") == "kohi"
    assert english_sound("box") == "boks"
    assert english_sound("café") is None


PANTRY = [
    ("spaghetti-1", "スパゲッティ デュラム小麦 500g", "Grocery > Pasta"),
    ("penne-1", "ペンネ 全粒粉 1kg", "Grocery > Pasta"),
    ("pasta-en", "Casa Verde Fusilli Pasta 500g", "Grocery > Pasta"),
    ("rice-1", "Basmati Rice 1kg", "Grocery > Rice"),
    ("rice-2", "白米 5kg", "Grocery > Rice"),
    ("sauce-1", "Tomato Pasta Sauce 400g", "Grocery > Sauces"),
]


@sudachi
def test_a_japanese_word_no_title_says_reads_its_type_from_an_english_category():
    engine = build(PANTRY)
    u = engine.understand("パスタ")
    assert u.product_type == "pasta"
    assert set(ranked(engine, "パスタ")[:3]) == {"spaghetti-1", "penne-1", "pasta-en"}


BATH = [
    ("pump-ja", "ポンプボトル 詰め替え 500ml 白", "Bath > Bottles > Pump Bottles"),
    ("pump-en", "Pump Bottle, Amber Glass, 500ml", "Bath > Bottles > Pump Bottles"),
    ("spray", "スプレーボトル 300ml", "Bath > Bottles"),
    ("refill", "詰め替えボトル 500ml 白", "Bath > Bottles"),
    ("bathpump", "風呂ポンプ 電動", "Bath > Pumps"),
]


@sudachi
def test_a_japanese_query_finds_the_english_titled_item_that_says_it():
    engine = build(BATH)
    top = ranked(engine, "ポンプボトル")
    assert set(top[:2]) == {"pump-ja", "pump-en"}  # the English title says "pump bottle": a pump bottle
    assert top.index("pump-en") < top.index("spray") and top.index("pump-en") < top.index("refill")


@sudachi
def test_english_words_of_items_added_later_are_read():
    engine = build(PANTRY)
    assert engine.indexes.synonyms_of("ケトル") == []
    engine.update_items([{"item_id": "kettle-1", "title": "Electric Kettle 1.7L", "category": "Kitchen > Kettles",
                          "price": 30.0}])
    assert engine.indexes.synonyms_of("ケトル") == ["kettle", "kettles"]
    assert ranked(engine, "ケトル")[0] == "kettle-1"


TOOLS = [
    ("heat-en-1", "Heat Gun, 2000W, Dual Temperature", "Tools > Hot Tools"),
    ("heat-en-2", "Mini Heat Gun for Embossing, 300W", "Tools > Hot Tools"),
    ("heat-ja", "ヒートガン 1800W 温度調整", "Tools > Hot Tools"),
    ("glue-en-1", "Hot Glue Gun, 60W, with 20 Glue Sticks", "Tools > Hot Tools"),
    ("glue-en-2", "Cordless Glue Gun, USB Rechargeable", "Tools > Hot Tools"),
    ("glue-ja", "グルーガン 高温 100W", "Tools > Hot Tools"),
]


@sudachi
def test_a_katakana_compound_reads_as_the_two_english_words_titles_say_side_by_side():
    engine = build(TOOLS)
    assert engine.indexes.synonyms_of("ヒートガン") == ["heat gun"]  # not "heat" or "gun" alone
    assert engine.indexes.synonyms_of("グルーガン") == ["glue gun"]
    assert set(ranked(engine, "ヒートガン")[:3]) == {"heat-ja", "heat-en-1", "heat-en-2"}
    assert set(ranked(engine, "グルーガン")[:3]) == {"glue-ja", "glue-en-1", "glue-en-2"}


SOFAS = [
    ("sofa-ja", "ソファ 3人掛け グレー", "Home > Sofas"),
    ("sofa-en", "Velvet 3-Seater Sofa, Green", "Home > Sofas"),
    ("chair", "Oak Dining Chair", "Home > Chairs"),
]


@sudachi
def test_a_stores_synonym_rule_brings_the_english_spellings_of_the_words_it_adds():
    engine = build(SOFAS)
    rule = {"長椅子": ["ソファ"]}
    assert set(ranked(engine, "長椅子", limit=10)) == set()  # no title says it, nor its English
    found = engine.search("長椅子", limit=10, synonyms=rule)["items"]
    assert {h["item_id"] for h in found} == {"sofa-ja", "sofa-en"} == set(ranked(engine, "ソファ", limit=10))
    both_ways = {"ソファ": ["カウチ"], "カウチ": ["ソファ"]}  # the rule replaces ソファ's synonym group,
    assert {h["item_id"] for h in engine.search("ソファ", limit=10, synonyms=both_ways)["items"]} == {  # not its
        "sofa-ja", "sofa-en"}  # English spelling


KITCHEN = [
    ("beans-1", "コーヒー豆 深煎り 500g", "Grocery > Coffee"),
    ("beans-2", "コーヒー 粉 中煎り 250g", "Grocery > Coffee"),
    ("maker-1", "Kinari Drip Coffee Maker, White", "Kitchen > Coffee Makers"),
    ("maker-2", "Tidewater Drip Coffee Maker, Black", "Kitchen > Coffee Makers"),
    ("press-ja", "フレンチプレス 350ml 黒", "Kitchen > Coffee Makers"),
]


@sudachi
def test_a_compounds_leading_part_says_what_it_is_for_not_what_it_is():
    engine = build(KITCHEN)  # no title says コーヒーメーカー; the titles say コーヒー (beans) and
    u = engine.understand("コーヒーメーカー")  # "coffee maker" side by side
    assert u.product_type == "maker"  # not the コーヒー of the beans
    top = ranked(engine, "コーヒーメーカー")
    assert set(top[:3]) == {"maker-1", "maker-2", "press-ja"}


LIGHTS = [
    ("desk-1", "スタンドライト LED 卓上 白", "照明 > スタンドライト"),
    ("desk-2", "Reading Light, Clip-On, Warm White", "照明 > スタンドライト"),
    ("panel-stand", "Solar Panel Stand, Adjustable, Aluminium", "Outdoor Power > Cables & Stands"),
    ("tripod", "Tripod Stand for Phones, 150cm", "Outdoor Power > Cables & Stands"),
]


@sudachi
def test_a_katakana_compound_no_title_names_in_english_reads_as_its_heads_english():
    engine = build(LIGHTS)  # no title says "stand light": スタンドライト is a light, and no stand
    assert engine.indexes.synonyms_of("スタンドライト") == ["light"]
    assert set(ranked(engine, "スタンドライト")[:2]) == {"desk-1", "desk-2"}
    assert not {"panel-stand", "tripod"} & set(ranked(engine, "スタンドライト"))


RUGS = [
    ("rug-1", "ラグ ウール ベージュ 160x230", "インテリア > ラグ"),
    ("rug-2", "ラグ 綿 グレー 120x170", "インテリア > ラグ"),
    ("sofa", "ソファ 2人掛け グレー", "インテリア > ソファ"),
    ("cushion", "クッション 45x45 グレー", "インテリア > クッション"),
]


@sudachi
def test_a_katakana_word_the_dictionary_lacks_reads_as_two_words_it_knows():
    engine = build(RUGS)  # ラグマット is in no title and not in Sudachi's dictionary: ラグ + マット
    assert engine.indexes.synonyms_of("ラグマット") == ["ラグ"]  # the part the titles say
    assert set(ranked(engine, "ラグマット")) == {"rug-1", "rug-2"}  # not nothing, nor anything else


def test_a_one_consonant_word_is_read_only_as_half_of_a_pair():
    lw = Loanwords(["tea", "cup", "hair", "clipper"])
    assert lw.english("ティー") == [] and lw.english("ティー", least=1) == ["tea"]
    assert lw.english("ヘア", least=1) == ["hair"]
    eye = Loanwords(["eye", "cream"])  # none: only where the pair confirms it
    assert eye.english("アイ", least=1) == [] and eye.english("アイ", least=0) == ["eye"]


CREAMS = [
    ("eye-1", "Eye Cream, Caffeine, Dark Circles, 15ml", "Skincare > Eye Care"),
    ("eye-2", "Retinol Eye Cream, Anti-Wrinkle, 30ml", "Skincare > Eye Care"),
    ("face", "Face Cream, Ceramide, 50ml", "Skincare > Moisturizers"),
    ("hand", "Hand Cream, Shea Butter, 75ml", "Skincare > Hand Care"),
    ("ja", "化粧水 高保湿 200ml", "Skincare > Toners"),
]


@sudachi
def test_a_compound_with_a_vowel_only_part_reads_as_the_pair_titles_say_not_its_last_word():
    # アイクリーム (one word to Sudachi) read as "cream" whole, its leading vowels loose: every cream
    engine = build(CREAMS)
    assert engine.indexes.synonyms_of("アイクリーム") == ["eye cream"]
    assert set(ranked(engine, "アイクリーム")[:2]) == {"eye-1", "eye-2"}


CUPS = [
    ("tea-en-1", "Glass Tea Cup with Saucer, Double Wall", "茶器・食器 > 食器 > カップ"),
    ("tea-en-2", "Tea Cup, Fine Porcelain, Floral", "茶器・食器 > 食器 > カップ"),
    ("cup-1", "コーヒーカップ ソーサー付き 藍", "茶器・食器 > 食器 > カップ"),
    ("cup-2", "フリーカップ 美濃焼 250ml", "茶器・食器 > 食器 > カップ"),
    ("soup", "スープカップ 木製 300ml", "茶器・食器 > 食器 > スープカップ"),
    ("tea", "緑茶 ティーバッグ 50袋", "茶器・食器 > 日本茶"),
]


@sudachi
def test_a_compound_with_a_one_consonant_part_reads_as_the_pair_titles_say():
    engine = build(CUPS)
    assert "tea cup" in engine.indexes.synonyms_of("ティーカップ")
    # the English titles that say "Tea Cup" are what the compound names; the other cups are only cups
    assert set(ranked(engine, "ティーカップ")[:2]) == {"tea-en-1", "tea-en-2"}


GOLF = [
    ("tee-ja", "ゴルフティー 木製 70mm 50本", "ゴルフ用品 > ティー"),
    ("tee-en-1", "Golf Tees, Bamboo, 83mm, 100 Pack", "Golf > Accessories > Tees"),
    ("tee-en-2", "Plastic Step Tees, 5 Sizes, 40 Pack", "Golf > Accessories > Tees"),
    ("ball", "Golf Balls, 12 Pack, White", "Golf > Balls"),
    ("glove", "ゴルフグローブ 合皮 左手 白", "ゴルフ用品 > グローブ"),
]


@sudachi
def test_a_one_consonant_word_reads_as_the_english_a_category_is_named_for():
    engine = build(GOLF)
    assert engine.indexes.synonyms_of("ティー") == ["tees"]  # "Tees": a category named for it
    assert set(ranked(engine, "ティー")[:3]) == {"tee-ja", "tee-en-1", "tee-en-2"}
    # a word titles say but no category is named for is not read ("tea"); with no category of tees, nothing
    assert build(GOLF + [("tea", "Green Tea, 20 Bags", "Grocery > Drinks")]).indexes.synonyms_of("ティー") == ["tees"]
    assert build([g for g in GOLF if "Tees" not in g[2]]).indexes.synonyms_of("ティー") == []
