"""Which group of a Japanese keyword-list title names its type (`search/keyword_lists.py`), the
word group a purpose phrase closes (`search/heads.py`), and an item made for the very word the
shopper said (`search/features.py: made_for_word`). Known answers on small shops."""

from __future__ import annotations

from test_bilingual_reading import ranked, sudachi
from test_category_levels import build

from search.heads import is_content

CONTAINERS = [
    ("container-1", "保存容器 耐熱ガラス 3点セット 白", "キッチン収納 > 保存容器", 2480),
    ("container-2", "保存容器 プラスチック 角型 5個組 白", "キッチン収納 > 保存容器", 980),
    ("container-3", "保存容器 ホーロー 深型 白", "キッチン収納 > 保存容器", 1980),
    ("lid-1", "保存容器用 蓋 角型 白 2枚", "キッチン収納 > 保存容器 > 蓋・パッキン", 380),
    ("lid-2", "交換用 蓋 保存容器専用 ガラス 白", "キッチン収納 > 保存容器 > 蓋・パッキン", 580),
    ("lid-3", "蓋 単品 ホーロー 保存容器 M用 白", "キッチン収納 > 保存容器 > 蓋・パッキン", 480),
    ("bottle-1", "スパイスボトル ガラス 6本", "キッチン収納 > 調味料入れ", 1280),
    ("bottle-2", "調味料入れ ガラス 白", "キッチン収納 > 調味料入れ", 880),
    ("rack-1", "調味料ラック 3段 白", "キッチン収納 > 調味料入れ", 1980),
]

BABY = [
    ("bottle-1", "哺乳瓶 ガラス 240ml 新生児", "ベビー > 授乳 > 哺乳瓶", 1980),
    ("bottle-2", "哺乳瓶 プラスチック 160ml 軽量", "ベビー > 授乳 > 哺乳瓶", 1280),
    ("teat", "哺乳瓶 乳首 Mサイズ 2個", "ベビー > 授乳 > 哺乳瓶アクセサリー", 880),
    ("brush-1", "哺乳瓶 ブラシ スポンジ 回転式 2本セット", "ベビー > 授乳 > 洗浄用品", 780),
    ("brush-2", "哺乳瓶 ブラシ シリコン", "ベビー > 授乳 > 洗浄用品", 980),
    ("cleaner", "哺乳瓶 洗剤 500ml", "ベビー > 授乳 > 洗浄用品", 480),
    ("bib", "スタイ 綿 3枚組", "ベビー > 授乳 > スタイ", 980),
]

TOOTHBRUSHES = [
    ("tb-1", "電動歯ブラシ 音波 充電式 白", "美容家電 > オーラルケア > 電動歯ブラシ", 2980),
    ("tb-2", "パナソニック 電動歯ブラシ ドルツ 白", "美容家電 > オーラルケア > 電動歯ブラシ", 14800),
    ("tb-3", "Oral-B Pro 3 Electric Toothbrush, Black", "美容家電 > オーラルケア > 電動歯ブラシ", 6980),
    ("head-1", "電動歯ブラシ専用 替えブラシ やわらかめ 4本 白", "美容家電 > オーラルケア > 電動歯ブラシ アクセサリー", 1280),
    ("head-2", "電動歯ブラシ用 替えブラシ 互換 8本 黒", "美容家電 > オーラルケア > 電動歯ブラシ アクセサリー", 1580),
    ("head-3", "替えブラシ 電動歯ブラシ対応 4本 黒", "美容家電 > オーラルケア > 電動歯ブラシ アクセサリー", 980),
    ("case", "Travel Case for Electric Toothbrush, Black", "美容家電 > オーラルケア > 電動歯ブラシ アクセサリー", 1480),
    ("floss", "デンタルフロス ミント 50m", "美容家電 > オーラルケア > フロス", 380),
]


def heads(engine, rows) -> dict[str, str]:
    return {r[0]: engine.catalogue.heads[k] for k, r in enumerate(rows)}


@sudachi
def test_a_keyword_list_is_read_by_where_its_groups_are_said():
    engine = build(CONTAINERS)
    h = heads(engine, CONTAINERS)
    # the first reading takes each list's last group (ガラス, 角型, ホーロー); the product is the
    # group said across the container aisle, not a material said in another aisle too
    assert {h["container-1"], h["container-2"], h["container-3"]} == {"容器"}
    assert {h["lid-1"], h["lid-2"], h["lid-3"]} == {"蓋"}
    assert set(ranked(engine, "保存容器")[:3]) == {"container-1", "container-2", "container-3"}


@sudachi
def test_a_purpose_phrase_takes_its_whole_word_group():
    engine = build(CONTAINERS)
    # "保存容器用 蓋": 保存 and 容器 are both what the lid is for; the lid's type is 蓋, never 保存
    assert heads(engine, CONTAINERS)["lid-1"] == "蓋"
    assert "保存" not in engine.indexes.knowledge.type_counts


@sudachi
def test_the_group_said_only_where_the_item_is_sold_names_it():
    engine = build(BABY)
    h = heads(engine, BABY)
    # 哺乳瓶 is said by every title of the aisle; ブラシ only by the cleaning goods
    assert h["brush-1"] == h["brush-2"] == "ブラシ" and h["teat"] == "乳首"
    assert set(ranked(engine, "哺乳瓶 ブラシ")[:2]) == {"brush-1", "brush-2"}
    assert set(ranked(engine, "哺乳瓶")[:2]) == {"bottle-1", "bottle-2"}


@sudachi
def test_an_item_made_for_the_word_said_is_not_of_its_type():
    engine = build(TOOTHBRUSHES)
    # 替えブラシ and 歯ブラシ both end in ブラシ; "電動歯ブラシ専用 替えブラシ" is made for the one said
    top = ranked(engine, "電動歯ブラシ", 20)
    assert set(top[:3]) == {"tb-1", "tb-2", "tb-3"}
    assert max(top.index(i) for i in ("tb-1", "tb-2", "tb-3")) < min(
        top.index(i) for i in ("head-1", "head-2", "head-3", "case") if i in top)
    # the shopper who asks for the replacement brush gets it
    assert set(ranked(engine, "替えブラシ")[:3]) == {"head-1", "head-2", "head-3"}


@sudachi
def test_a_category_named_for_a_types_accessories_is_not_where_the_type_is_sold():
    engine = build(TOOTHBRUSHES)
    assert engine.understand("電動歯ブラシ").categories == ["美容家電 > オーラルケア > 電動歯ブラシ"]


YOGA = [
    ("mat-1", "Yoga Mat, 6mm, Non Slip, Black", "Fitness > Yoga > Yoga Mats", 22),
    ("mat-2", "Yoga Mat, 4mm, Natural Rubber, Purple", "Fitness > Yoga > Yoga Mats", 15),
    ("mat-3", "Travel Yoga Mat, Foldable, Black", "Fitness > Yoga > Yoga Mats", 32),
    ("bag", "Yoga Mat Bag, Full Zip, Black", "Fitness > Yoga > Yoga Accessories", 19),
    ("strap", "Yoga Mat Strap, Cotton, Black", "Fitness > Yoga > Yoga Accessories", 7),
    ("block", "Yoga Block, Cork", "Fitness > Yoga > Yoga Accessories", 9),
    ("polish-1", "Shoe Polish Black 50ml Tin", "Shoes > Shoe Care", 3),
    ("polish-2", "Brown Shoe Polish Liquid", "Shoes > Shoe Care", 4),
    ("brush", "Horsehair Shoe Brush", "Shoes > Shoe Care", 6),
    ("nail", "Nail Polish Red 10ml", "Beauty > Nails", 5),
]


def test_a_product_name_moves_the_head_only_where_its_category_says_the_name_too():
    engine = build(YOGA)
    h = heads(engine, YOGA)
    # "Yoga Mat Bag" said alone in the accessories is a bag (and the strap a strap), while the shoe
    # care aisle names its polishes "Shoe Polish ..." title after title: the tin is a polish
    assert (h["bag"], h["strap"], h["polish-1"]) == ("bag", "strap", "polish")
    top = ranked(engine, "black yoga mat", 10)
    assert set(top[:2]) == {"mat-1", "mat-3"} and "bag" not in top[:3]


MAT_CASES = [
    ("mat-1", "ヨガマット 10mm 厚手 黒", "フィットネス > ヨガ > ヨガマット", 2480),
    ("mat-2", "ヨガマット 4mm 天然ゴム 紫", "フィットネス > ヨガ > ヨガマット", 1480),
    ("case-1", "ヨガマットケース 防水 大容量 黒", "フィットネス > ヨガ > ヨガ小物", 1280),
    ("case-2", "ヨガマット ケース 巾着 キャンバス", "フィットネス > ヨガ > ヨガ小物", 1480),
    ("pouch", "ポーチ ケース 小物入れ", "フィットネス > ヨガ > ヨガ小物", 880),
    ("block", "ヨガブロック 2個 コルク", "フィットネス > ヨガ > ヨガ小物", 980),
]


@sudachi
def test_a_katakana_word_of_two_catalogue_words_is_read_by_its_last():
    engine = build(MAT_CASES)
    # Sudachi keeps ヨガマットケース whole; the catalogue says ヨガマット and ケース on their own
    assert heads(engine, MAT_CASES)["case-1"] == "ケース"
    # a shopper who spaces it apart is not read as asking for the one-word spelling only, since
    # titles write it spaced as well: both mat cases, above the mats (the pouch, a case too, may
    # come between: the one-word title says ヨガマット in no term of its own)
    top = ranked(engine, "ヨガマット ケース")
    assert top[0] == "case-2" and "case-1" in top[:3]
    assert top.index("case-1") < min(top.index("mat-1"), top.index("mat-2"))
    assert set(ranked(engine, "ヨガマットケース")[:1]) == {"case-1"}
    assert set(ranked(engine, "ヨガマット")[:2]) == {"mat-1", "mat-2"}


TYRES = [
    ("tyre-1", "ブリヂストン ネクストリー 195/65R15 夏タイヤ 1本", "Tyres & Wheels > Tyres", 8980),
    ("tyre-2", "ヨコハマ アイスガード スタッドレスタイヤ 185/60R15", "Tyres & Wheels > Tyres", 12800),
    ("chain-1", "タイヤチェーン 金属 亀甲型", "カー用品 > 冬用品 > タイヤチェーン", 6980),
    ("chain-2", "布製 タイヤチェーン スノーソックス", "カー用品 > 冬用品 > タイヤチェーン", 5980),
    ("scraper", "スノーブラシ 伸縮 アイススクレーパー付き", "カー用品 > 冬用品 > スノーブラシ", 1280),
]


@sudachi
def test_a_word_kept_whole_whose_first_part_is_the_query_is_not_it():
    # no title reads as a タイヤ (brand and model first), so grammar alone decides: Sudachi keeps
    # タイヤチェーン whole, タイヤ its first part: a chain, while 夏タイヤ and スタッドレスタイヤ end with it
    top = ranked(build(TYRES), "タイヤ", 10)
    assert set(top[:2]) == {"tyre-1", "tyre-2"}


ALTAR = [
    ("bell-1", "りん 真鍮 2.5寸 磨き 国産", "仏具 > りん", 4980),
    ("bell-2", "モダン りん ガラス 乳白", "仏具 > りん", 6980),
    ("stick", "りん用 りん棒 黒檀 15cm", "仏具 > りん > りん小物", 680),
    ("stand", "りん対応 りん台 木製 2.5寸", "仏具 > りん > りん小物", 1480),
    ("cake-1", "玄米もち 杵つき 8枚", "食品 > もち", 680),
    ("cake-2", "よもぎ 玄米もち 6個", "食品 > もち", 720),
    ("rice-1", "もち玄米 国産 1kg", "食品 > 玄米", 980),
    ("rice-2", "玄米 5kg コシヒカリ", "食品 > 玄米", 3480),
]


@sudachi
def test_a_word_a_category_leaf_is_named_for_is_a_noun_however_sudachi_reads_it():
    engine = build(ALTAR)
    h = heads(engine, ALTAR)
    # Sudachi reads りん as an adverb and the もち of 玄米もち as a suffix; the shop sells "> りん"
    # and "> もち": products
    assert (h["bell-1"], h["cake-1"], h["cake-2"]) == ("りん", "もち", "もち")
    assert engine.understand("りん").product_type == "りん"
    assert set(ranked(engine, "りん")[:2]) == {"bell-1", "bell-2"}
    top = ranked(engine, "もち玄米", 10)
    assert top[0] == "rice-1" and top.index("rice-2") < min(top.index("cake-1"), top.index("cake-2"))



STYLUSES = [
    ("tablet-pen", "タブレットペン 充電式 極細 2mm 白", "タブレットアクセサリー > タッチペン", 1980),
    ("tablet-pen-list", "タブレット ペン スタイラス 極細 iPad 対応", "タブレットアクセサリー > タッチペン", 2980),
    ("touch-pen", "タッチペン スマホ用 導電繊維 3本セット", "タブレットアクセサリー > タッチペン", 680),
    ("stylus", "スタイラスペン 黒", "タブレットアクセサリー > タッチペン", 980),
    ("pen-tablet", "ペンタブレット 10インチ 筆圧 8192段階", "PC周辺機器 > ペンタブレット", 5980),
    ("tablet", "タブレット 10インチ 64GB 黒", "PC周辺機器 > タブレット", 19800),
]


@sudachi
def test_a_word_of_fineness_or_make_describes_a_title():
    # 極細 ("extra fine") is a plain noun to Sudachi: said by both tablet pens of a shop's category,
    # it was read as their type, and the exact タブレットペン lost the type to a stylus (suite 36)
    assert not any(is_content(w) for w in ("極細", "充電式", "折りたたみ", "広口")) and is_content("タブレットペン")


@sudachi
def test_a_query_saying_a_compound_apart_finds_the_titles_saying_it_whole():
    # "タブレット ペン" is the タブレットペン of the titles, as "deck over" is a "deckover"
    top = ranked(build(STYLUSES), "タブレット ペン")
    assert set(top[:2]) == {"tablet-pen", "tablet-pen-list"}
    assert top.index("stylus") < top.index("pen-tablet")


FOUNTAINS = [
    ("fountain-1", "給水器 重力式 ボトル 3.8L 白", "ペット用品 > 給水器", 1280),
    ("fountain-2", "給水器 自動 循環式 2L 白", "ペット用品 > 給水器", 2980),
    ("filter-1", "給水器用 フィルター 交換用 8枚 白", "ペット用品 > 給水器 > フィルター", 980),
    ("filter-2", "給水器対応 交換フィルター 6枚入り 白", "ペット用品 > 給水器 > フィルター", 780),
    ("pump", "給水器専用 ポンプ 交換用 白", "ペット用品 > 給水器 > パーツ", 1180),
]


RICE = [
    ("cooker-1", "ヒナタ 炊飯器 5.5合 IH 圧力 黒", "調理家電 > 炊飯器", 24800),
    ("cooker-2", "炊飯器 3合 マイコン 白", "調理家電 > 炊飯器", 6980),
    ("cooker-3", "炊飯器 1升 IH 大容量 シルバー", "調理家電 > 炊飯器", 19800),
    ("pot-1", "内釜 炊飯器 3合用 フッ素加工", "調理家電 > 炊飯器 > 炊飯器部品", 3480),
    ("pot-2", "炊飯器用 内釜 5.5合 交換用", "調理家電 > 炊飯器 > 炊飯器部品", 4980),
    ("seal", "炊飯器対応 替えパッキン 2個", "調理家電 > 炊飯器 > 炊飯器部品", 680),
]


@sudachi
def test_a_group_naming_what_the_category_sells_parts_of_is_not_the_items_type():
    engine = build(RICE)  # "内釜 炊飯器 3合用" sold among the 炊飯器部品 is an inner pot, not a cooker
    assert heads(engine, RICE)["pot-1"] == "内釜"
    assert set(ranked(engine, "炊飯器")[:3]) == {"cooker-1", "cooker-2", "cooker-3"}
    assert set(ranked(engine, "炊飯器 内釜")[:2]) == {"pot-1", "pot-2"}


MOPS = [
    ("mop-1", "モップ 回転式 マイクロファイバー 白", "掃除用品 > モップ", 2980),
    ("mop-2", "モップ 木製 柄 業務用 150cm", "掃除用品 > モップ", 1980),
    ("holder-1", "モップホルダー 壁掛け 3本掛け", "掃除用品 > 収納", 1480),
    ("holder-2", "モップ ホルダー 吸着 2個 白", "掃除用品 > 収納", 980),
    ("holder-3", "ホルダー 壁掛け フック 5連 黒", "掃除用品 > 収納", 1280),
]


@sudachi
def test_two_groups_the_catalogue_also_writes_as_one_word_are_that_compound():
    # "モップ ホルダー" is the モップホルダー another title writes whole: a holder, though the モップ
    # group, sold alone in its own category, would outweigh the ホルダー group as a keyword
    from search.understanding import CatalogKnowledge
    engine = build(MOPS)
    assert engine.knowledge.joined == {("モップ", "ホルダー")}
    assert CatalogKnowledge.from_dict(engine.knowledge.to_dict()).joined == engine.knowledge.joined
    from search.accessories import FALLBACK
    from search.heads import keyword_candidates
    from search.text import words
    title = words("モップ ホルダー 吸着 2個 白")
    assert [title[i] for i in keyword_candidates(title, set(), FALLBACK)] == ["モップ", "ホルダー", "吸着"]
    assert [title[i] for i in keyword_candidates(title, set(), FALLBACK, engine.knowledge.joined)] == ["ホルダー", "吸着"]
    assert heads(engine, MOPS)["holder-2"] == "ホルダー"
    assert set(ranked(engine, "モップ")[:2]) == {"mop-1", "mop-2"}
    assert set(ranked(engine, "モップ ホルダー")[:2]) == {"holder-1", "holder-2"}


SINGLE_WORDS = [
    ("blanket-1", "ブランケット ガーゼ 6重 新生児", "ベビー用品 > 寝具", 2980),
    ("blanket-2", "ブランケット ボア 防寒 冬", "ベビー用品 > 寝具", 2480),
    ("stroller-blanket-1", "ベビーカー ブランケット 防寒 グレー", "ベビー用品 > ベビーカー > ベビーカー用品", 2980),
    ("stroller-blanket-2", "ベビーカー ブランケット 撥水 ネイビー", "ベビー用品 > ベビーカー > ベビーカー用品", 3480),
    ("stroller-blanket-3", "ベビーカー用 ブランケット ニット", "ベビー用品 > ベビーカー > ベビーカー用品", 1980),
    ("teapot-ja", "ティーポット ガラス 耐熱 700ml", "Tea > Teapots", 1980),
    ("teapot-en", "Glass Teapot with Infuser, 1000ml", "Tea > Teapots", 2480),
    ("jar-1", "保存瓶 ガラス 密閉 1L", "Kitchen > Jars", 980),
    ("jar-2", "キャニスター ガラス 木蓋", "Kitchen > Jars", 1280),
    ("cap", "交換用 キャップ 給水ボトル 80ml用", "Pets > Water Bottles > Bottle Parts", 280),
    ("bottle-1", "給水ボトル ハムスター 80ml", "Pets > Water Bottles", 580),
    ("bottle-2", "給水ボトル うさぎ 500ml", "Pets > Water Bottles", 980),
]


@sudachi
def test_a_group_one_title_says_is_no_surer_a_type_than_the_groups_the_catalogue_sells():
    # ガーゼ is said by one title only: sold where it is, but no evidence of a home ("ブランケット ガーゼ"
    # is a blanket); a katakana group is the type of the English category named for it (ティーポット
    # in "Tea > Teapots"), and not of one named for its parts (給水ボトル in "Bottle Parts")
    h = heads(build(SINGLE_WORDS), SINGLE_WORDS)
    assert h["blanket-1"] == "ブランケット"
    assert h["teapot-ja"] == "ティーポット"
    assert h["cap"] == "キャップ"


STROLLERS = [
    ("stroller-1", "ベビーカー B型 軽量 折りたたみ グレー", "ベビー用品 > ベビーカー", 12800),
    ("stroller-2", "ベビーカー A型 両対面 グレー", "ベビー用品 > ベビーカー", 29800),
    ("blanket", "ベビーカー ブランケット 防寒 グレー", "ベビー用品 > ベビーカー > ベビーカー用品", 2980),
    ("hook", "ベビーカー フック 2個 グレー", "ベビー用品 > ベビーカー > ベビーカー用品", 780),
]


@sudachi
def test_a_category_level_ending_in_an_accessory_word_names_the_whole_word_before_it():
    # Sudachi reads ベビーカー用品 as ベビー + カー用品: the level sells goods for a ベビーカー, so the
    # ベビーカー group of a title sold there is not its type
    from search.accessories import hosted_words
    assert hosted_words("ベビー用品 > ベビーカー > ベビーカー用品") == {"ベビーカー"}
    engine = build(STROLLERS)
    assert heads(engine, STROLLERS)["blanket"] == "ブランケット"
    assert set(ranked(engine, "ベビーカー")[:2]) == {"stroller-1", "stroller-2"}
    assert ranked(engine, "激安 グレー ベビーカー")[0] == "stroller-1"


@sudachi
def test_a_device_named_by_a_suffix_is_its_own_type_and_its_parts_are_made_for_it():
    # 給水器 was read as 給水 ("water supply") + a suffix: the filters "made for" it were 給水 too
    engine = build(FOUNTAINS)
    assert ranked(engine, "給水器")[:2] == ["fountain-1", "fountain-2"]
    top = ranked(engine, "激安 白 給水器")
    assert top[0] == "fountain-1" and not {"filter-1", "filter-2", "pump"} & set(top[:2])
    # a gauge too, which Sudachi reads as a prefix of the 用 after it (血圧 + 計 + 用)
    from search.text import words
    assert list(words("血圧計用 収納ケース")) == ["血圧計", "用", "収納", "ケース"]
    assert list(words("体温計専用 ケース"))[:2] == ["体温計", "専用"]


TENTS = [
    ("pole-1", "ワンポールテント 4人用 ティピー型 ベージュ", "アウトドア > テント > ワンポールテント", 16800),
    ("pole-2", "ポールテント ソロ 軽量 スカート付き", "アウトドア > テント > ワンポールテント", 8980),
    ("dome", "テント 2人用 ドーム型 ダブルウォール", "アウトドア > テント", 12800),
    ("solo", "テント ソロ 1人用 軽量 コンパクト", "アウトドア > テント", 7980),
    ("tarp-pole", "タープポール 2本セット スチール 180cm", "アウトドア > タープ用品", 2980),
]


@sudachi
def test_a_pair_said_apart_finds_the_katakana_word_ending_with_it():
    # Sudachi keeps ワンポールテント whole (no ポール, no テント in its terms) but reads the query
    # ポールテント as ポール + テント: the title's word ends with the query's, so it is one
    assert set(ranked(build(TENTS), "ポールテント")[:2]) == {"pole-1", "pole-2"}


REFILLS = [
    ("refill-1", "シャンプー 詰め替え 400ml アミノ酸", "ヘアケア > 詰め替え", 980),
    ("refill-2", "シャンプー 詰め替え用 大容量 1000ml", "ヘアケア > 詰め替え", 1680),
    ("shampoo-1", "シャンプー アミノ酸 ノンシリコン 480ml", "ヘアケア > シャンプー", 1480),
    ("shampoo-2", "シャンプー 本体 ポンプ 500ml", "ヘアケア > シャンプー", 1280),
    ("bottle", "詰め替えボトル シャンプー用 500ml 白", "ヘアケア > ボトル", 580),
]


@sudachi
def test_a_purpose_phrase_naming_a_use_is_no_thing_the_title_is_made_for():
    # 詰め替え is a verb's noun form to Sudachi: "詰め替え用" says what the item is used for
    # (refilling), so a refill sold as one is a 詰め替え; "シャンプー用" still says what it is made for
    from search.accessories import FALLBACK
    from search.made_for import purpose_of
    from search.text import words
    assert words("シャンプー 詰め替え用 大容量").actions == {1}
    assert not purpose_of("シャンプー 詰め替え用 大容量 1000ml", "詰め替え", FALLBACK)
    assert purpose_of("詰め替えボトル シャンプー用 500ml", "シャンプー", FALLBACK)
    assert set(ranked(build(REFILLS), "詰め替え")[:2]) == {"refill-1", "refill-2"}



OBI = [
    ("yukata-1", "浴衣 レディース 綿 紺 朝顔", "和装 > 浴衣", 3980),
    ("yukata-2", "浴衣 メンズ 綿麻 紺 M", "和装 > 浴衣", 4980),
    ("yukata-3", "Men's Yukata, Cotton, Navy Stripes", "和装 > 浴衣", 3480),
    ("obi-1", "浴衣帯 半幅帯 リバーシブル 赤", "和装 > 帯", 1980),
    ("obi-2", "半幅帯 浴衣 帯 紺", "和装 > 帯", 2480),
]


@sudachi
def test_a_suffix_naming_a_thing_written_onto_a_noun_is_one_word_not_that_noun():
    # 帯 after a noun is a suffix to Sudachi: 浴衣帯 (an obi for a yukata) read as 浴衣 + a suffix
    # was a 浴衣, which brought the obi category among the yukata's and an obi first for 格安 紺 浴衣
    from search.text import words
    assert list(words("浴衣帯 半幅帯")) == ["浴衣帯", "半幅帯"] and list(words("部屋着 レディース"))[0] == "部屋着"
    assert list(words("ゴム製 子供用")) == ["ゴム", "製", "子供", "用"]  # the 製 and 用 that describe stay apart
    engine = build(OBI)
    assert heads(engine, OBI)["obi-1"] != "浴衣"
    assert ranked(engine, "格安 紺 浴衣")[0] == "yukata-3"  # the cheapest navy yukata, its title English
    assert set(ranked(engine, "浴衣")[:3]) == {"yukata-1", "yukata-2", "yukata-3"}


PUMPS = [
    ("pump-1", "パンプス 3cm 痛くない ベージュ", "シューズ > パンプス", 3980),
    ("pump-2", "パンプス 7cm エナメル 黒", "シューズ > パンプス", 4480),
    ("pump-3", "ストラップパンプス 5cm 本革 黒", "シューズ > パンプス", 4980),
    ("strap-1", "パンプス ストラップ 後付け レザー ベージュ", "ファッション小物 > シューズアクセサリー", 880),
    ("strap-2", "パンプス ストラップ 脱げ防止 透明 2本", "ファッション小物 > シューズアクセサリー", 580),
    ("strap-3", "かかと ストラップ 靴用 ゴム 黒", "ファッション小物 > シューズアクセサリー", 380),
]


def test_a_group_sold_under_the_level_an_accessory_category_serves_is_not_its_titles_type():
    # "シューズアクセサリー" serves シューズ, and the pumps are sold in "シューズ > パンプス": a
    # "パンプス ストラップ" there is a strap, though more titles name パンプス alone
    engine = build(PUMPS)
    assert heads(engine, PUMPS)["strap-1"] == "ストラップ"
    assert set(ranked(engine, "パンプス")[:3]) == {"pump-1", "pump-2", "pump-3"}
    assert ranked(engine, "激安 ベージュ パンプス")[0] == "pump-1"
    # not where the level's leaf says the word it serves, or sells upkeep: the ash of "香炉 > 香炉灰"
    # is what a 香炉 takes, no kind of it (an ash leveller, "香炉専用 灰ならし", stays what it was)
    from search.accessories import under_hosted
    assert under_hosted(frozenset({"シューズ"}), "シューズ > パンプス")
    assert not under_hosted(frozenset({"香炉"}), "仏具 > 香炉 > 香炉灰")
    assert not under_hosted(frozenset({"香炉"}), "仏具 > 香炉 > 香炉小物")


SHAVERS = [
    ("shaver-ja", "毛玉取り器 電動 充電式 大口径", "Laundry > Fabric Care", 2980),
    ("shaver-en", "Fabric Shaver, Rechargeable, 6 Blades, Grey", "Laundry > Fabric Care", 2480),
    ("remover-en", "Electric Lint Remover, Sweaters and Clothes, USB", "Laundry > Fabric Care", 1980),
    ("pump", "風呂水ポンプ 電動 ホース4m", "Laundry > Bath Pumps", 2480),
    ("net-1", "洗濯ネット 大 2枚", "Laundry > Nets", 480),
    ("net-2", "洗濯ネット 丸型 細かい網目", "Laundry > Nets", 380),
]


@sudachi
def test_a_tool_word_the_analyser_cuts_alone_otherwise_is_found_as_the_titles_write_it():
    # 毛玉取り alone is cut 毛 + 玉取り, within 毛玉取り器 毛玉 + 取り + 器: a verb stem naming a
    # tool is written onto its noun (as 入れ is), and a query pair no title says reads as the
    # word beginning with it (it found nothing); standing alone, 電動 describes (it was the head)
    from search.text import words
    title = words("毛玉取り器 電動 充電式")
    assert list(title) == ["毛玉取り器", "電動", "充電式"] and 1 in title.descriptors
    assert not words("ソーイングプロ 電動ミシン").descriptors  # written onto its noun, it is read as before
    assert list(words("鼻毛切り 栓抜き")) == ["鼻毛切り", "栓抜き"]
    engine = build(SHAVERS)
    assert heads(engine, SHAVERS)["shaver-ja"] == "毛玉取り器"
    assert set(ranked(engine, "毛玉取り")[:3]) == {"shaver-ja", "shaver-en", "remover-en"}


PIN_CASES = [
    ("case-1", "ヘアピンケース 携帯用 ピンク", "ヘアアクセサリー > 収納", 680),
    ("case-2", "ヘアピンケース 業務用 大容量", "ヘアアクセサリー > 収納", 980),
    ("pins", "ケース入り ヘアピン アメピン 黒 200本", "ヘアアクセサリー > ヘアピン", 398),
    ("nail-1", "ネイルチップ 収納ケース 24マス", "ネイル > ネイル収納", 580),
    ("stone-1", "ストーンケース 28マス クリア", "ネイル > ネイル収納", 680),
    ("stone-2", "ストーンケース 回転式 12連", "ネイル > ネイル収納", 980),
]


@sudachi
def test_a_word_kept_whole_ending_in_yo_says_a_use_and_is_never_the_type():
    # 携帯用 (for carrying) and 業務用 are one word to Sudachi, no purpose phrase: read as groups of
    # the keyword list, they were the hairpin cases' heads, and the cases fell below every other case
    from search.text import words
    assert words("ヘアピンケース 携帯用 ピンク").descriptors == {2}
    engine = build(PIN_CASES)
    assert heads(engine, PIN_CASES)["case-1"] == heads(engine, PIN_CASES)["case-2"] == "ケース"
    assert set(ranked(engine, "ヘアピン ケース")[:2]) == {"case-1", "case-2"}


SHEETS = [
    ("sheet", "エマージェンシーシート アルミ 保温 5枚入", "Emergency > Blankets", 680),
    ("blanket-1", "Emergency Mylar Blankets, 10 Pack", "Emergency > Blankets", 980),
    ("blanket-2", "Emergency Space Blanket, Reusable, Orange", "Emergency > Blankets", 1280),
    ("kit", "ファーストエイドキット 防災 救急セット 60点", "Emergency > First Aid", 2980),
    ("screen", "カセットコンロ用 風防 アルミ 黒", "防災 > 調理器具", 980),
    ("stand", "マグスタンド 木製 6フック", "キッチン > 食器収納", 1680),
]


@sudachi
def test_a_material_standing_alone_as_a_group_describes_the_title_and_never_names_it():
    # アルミ, said by two titles, outweighed the sheet one title says: the sheet was an アルミ, no
    # type of the query's, and a first-aid kit came before the English emergency blankets; a word
    # the analyser keeps whole ending in 製 says what it is made of (木製 headed the mug stand)
    from search.text import words
    assert words("エマージェンシーシート アルミ").descriptors == {2}
    assert words("マグスタンド 木製 6フック").descriptors == {1} and not words("アルミホイル 25cm").descriptors
    engine = build(SHEETS)
    assert heads(engine, SHEETS)["sheet"] == "シート" and heads(engine, SHEETS)["stand"] == "マグスタンド"
    assert set(ranked(engine, "エマージェンシーシート")[:3]) == {"sheet", "blanket-1", "blanket-2"}


SCREENS = [
    ("screen-1", "網戸 後付け 伸縮 窓用 グレー", "窓まわり > 網戸", 2480),
    ("screen-2", "網戸 アルミ 取り付け簡単 グレー", "窓まわり > 網戸", 3980),
    ("screen-3", "網戸 簡易 貼るだけ ブラック", "窓まわり > 網戸", 1480),
    ("spline", "網戸 張り替え用 押さえゴム グレー 5m", "窓まわり > 網戸 > 網戸部品", 380),
    ("roller", "網戸用 戸車 2個入り", "窓まわり > 網戸 > 網戸部品", 680),
    ("net", "交換用 網戸ネット 防虫 グレー", "窓まわり > 網戸 > 網戸部品", 980),
]


@sudachi
def test_the_group_a_purpose_phrase_is_said_of_is_a_keyword_group_too():
    # "網戸 張り替え用 押さえゴム" (a spline for re-screening a 網戸) was read by its first group
    # only: a 網戸, and the cheapest grey one for 激安 グレー 網戸; its category serves 網戸
    engine = build(SCREENS)
    assert heads(engine, SCREENS)["spline"] == "ゴム"
    assert ranked(engine, "激安 グレー 網戸")[0] == "screen-1"
    assert set(ranked(engine, "網戸")[:3]) == {"screen-1", "screen-2", "screen-3"}

FANS = [
    ("fan-1", "扇子 レディース 桜 白竹", "和装小物 > 扇子", 1480),
    ("fan-2", "扇子 メンズ 無地 黒", "和装小物 > 扇子", 1280),
    ("case-1", "扇子入れ 扇子袋 刺繍 黒", "和装小物 > 扇子 > 扇子袋", 980),
    ("case-2", "扇子袋 ちりめん 桜", "和装小物 > 扇子 > 扇子袋", 680),
    ("pump", "空気入れ 自転車用 フロアポンプ", "自転車用品 > 空気入れ", 1980),
]


@sudachi
def test_a_holder_written_onto_its_noun_is_one_word_not_that_noun():
    # 入れ is a verb stem to Sudachi: 扇子入れ (a fan case) read as 扇子 + 入れ was a 扇子
    engine = build(FANS)
    assert heads(engine, FANS)["case-1"] != "扇子"
    assert set(ranked(engine, "扇子")[:2]) == {"fan-1", "fan-2"}
    assert ranked(engine, "空気入れ")[0] == "pump"  # the pump, a word of its own, is found by it


LAMP_OIL = [  # a shop's name leads one title: 灯り屋 (灯り + the suffix 屋) is no 灯り, nor any product
    ("oil-1", "ランプオイル パラフィン 1L 無煙", "ランプ・照明 > オイルランプ > 燃料", 1280),
    ("oil-2", "灯り屋 ランプオイル 詰め替え 500ml 2本", "ランプ・照明 > オイルランプ > 燃料", 1480),
    ("paraffin-1", "パラフィンオイル 1L 高純度 燃料", "ランプ・照明 > オイルランプ > 燃料", 1180),
    ("paraffin-2", "パラフィンオイル 4L 業務用", "ランプ・照明 > オイルランプ > 燃料", 3480),
    ("lamp-1", "オイルランプ ガラス 卓上 アンティーク", "ランプ・照明 > オイルランプ", 2980),
    ("light-1", "灯り 和紙 行灯 LED", "ランプ・照明 > 行灯", 3480),
]


@sudachi
def test_a_word_ending_in_a_sellers_suffix_is_a_name_never_the_product():
    from search.text import words

    tokens = words("灯り屋 ランプオイル 詰め替え 500ml 2本")
    assert tokens[0] == "灯り屋" and 0 in tokens.descriptors
    assert list(words("部屋 ライト")) == ["部屋", "ライト"]  # a word Sudachi keeps whole is left as it is
    engine = build(LAMP_OIL)
    assert engine.knowledge.title_head("灯り屋 ランプオイル 詰め替え 500ml 2本", set(),
                                       "ランプ・照明 > オイルランプ > 燃料") == "オイル"
    assert set(ranked(engine, "ランプオイル")[:2]) == {"oil-1", "oil-2"}
