"""Text analysis, BM25 scoring against bm25s itself, the overlay segment, and spelling."""

from __future__ import annotations

import bm25s
import numpy as np
import pytest

from search.lexical import LexicalIndex
from search.spelling import Speller, edit_distance
from search.text import analyze, category_path, japanese_backend, product_text, words


def test_words_and_terms():
    assert words("Slim Fit Dress Shirt - White") == ["slim", "fit", "dress", "shirt", "|", "white"]
    assert analyze("The Laptops with Cases") == ["laptop", "case"]
    assert "black" in analyze("黒 ノートパソコン") and "黒" in analyze("黒 ノートパソコン")
    assert analyze("ＬＡＰＴＯＰ") == ["laptop"]          # full-width folded by NFKC


def test_numbers_glued_to_units_are_said_apart_and_unit_spellings_are_one_term():
    # titles say "12 in. x 12 in.", shoppers type "12x12", "1inch", "5 gallon"
    assert words("12x12 floor tile") == ["12", "x", "12", "floor", "tile"]
    assert words("1 x4 stud") == ["1", "x", "4", "stud"]
    assert analyze("1inch fittings") == analyze("1 in. Fittings") == ["1", "fit"]
    assert analyze("5 gallon bucket") == analyze("5 Gal. Bucket")
    assert analyze("60W bulb") == analyze("60 watt bulb")
    # a number with letters that are no unit is one token (a model, a colour temperature)
    assert words("2700k a19") == ["2700k", "a19"]


def test_irregular_plurals_are_one_term_with_their_singular():
    # the stemmer leaves "shelves" as "shelv" and "shelf" as "shelf": a search for shelves missed
    # every title saying "Corner Shelf"
    assert analyze("Shower Shelves") == analyze("shower shelf") == ["shower", "shelf"]
    assert analyze("kitchen knives") == analyze("Kitchen Knife")
    assert analyze("valves") == analyze("valve")          # a regular -ves plural stays as it was


def test_british_and_american_spellings_are_one_term():
    assert analyze("Grey Sofa") == analyze("gray sofa") and analyze("Oak Moulding") == analyze("oak molding")
    assert analyze("aluminium tube") == analyze("Aluminum Tube")


def test_a_plural_query_finds_the_titles_saying_the_singular():
    from catalogs import titles_catalog

    from search.engine import SearchEngine
    engine = SearchEngine.build(titles_catalog(["a", "b", "c"], ["Corner Shelf in White", "Shower Curtain Rod",
                                                                 "Steak Knife Set"], [10.0] * 3))
    assert [i["item_id"] for i in engine.search("shower shelves", limit=1)["items"]] == ["a"]
    assert [i["item_id"] for i in engine.search("steak knives", limit=1)["items"]] == ["c"]


def test_japanese_is_split_into_words():
    tokens = words("シャツワンピース 白")
    if japanese_backend() == "sudachi":
        assert tokens == ["シャツ", "ワンピース", "白"]
    else:
        assert "シャ" in tokens


def test_a_device_suffix_stays_on_its_noun():
    if japanese_backend() != "sudachi":
        pytest.skip("the suffix comes from Sudachi")
    # Sudachi splits compounds it does not know into the noun and the suffix (給水 + 器), and reads
    # 給水器用 as 給水 + 器用 ("dexterous"): the device is the word, its purpose marker stays apart
    assert words("給水器 白") == ["給水器", "白"] and words("研磨剤") == ["研磨剤"]
    tokens = words("給水器用 フィルター")
    assert tokens == ["給水器", "用", "フィルター"] and tokens.descriptors == {1}
    assert words("子供用 食器") == ["子供", "用", "食器"]  # 用 after a plain noun: as before


def test_a_japanese_word_kept_whole_ends_with_the_catalogue_word_it_is():
    from search.text import word_ending
    said = {"財布", "グラス", "ワイン", "ペン", "ボール", "袋", "枕"}.__contains__
    assert word_ending("長財布", said) == "財布" and word_ending("ワイングラス", said) == "グラス"
    assert word_ending("ボールペン", said) == "ペン"       # the head, not the first part
    assert word_ending("手袋", said) is None               # a one-letter kanji ending: gloves are no bag
    assert word_ending("スニーカー", said) is None         # katakana splits only into two said words
    assert word_ending("財布", said) is None


def test_search_finds_a_word_kept_whole_by_the_word_it_ends_with():
    from catalogs import titles_catalog

    from search.engine import SearchEngine
    engine = SearchEngine.build(titles_catalog(["a", "b", "c"], ["本革 長財布 黒", "財布 二つ折り", "手袋 革 黒"], [10.0] * 3))
    found = [i["item_id"] for i in engine.search("財布", limit=5)["items"]]
    assert found[:2] == ["b", "a"]  # the title that says 財布 first, the 長財布 after it; no gloves


def test_product_text_and_category_path():
    assert product_text("Laptop Sleeve", "Tomtoc", "Electronics > Laptop Accessories") == \
        "Laptop Sleeve Tomtoc Laptop Accessories"
    assert product_text("Dell XPS Laptop", "Dell", "Computers > Laptops") == "Dell XPS Laptop"
    assert category_path("A > B/C") == ["A", "B", "C"]


def test_scores_equal_bm25s():
    docs = [analyze(t) for t in ["red apple pie", "apple", "green pear tart", "apple apple tart pear"]]
    index = LexicalIndex(k1=1.2, b=0.75).build(docs)
    reference = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    reference.index(docs, show_progress=False)
    scores, coverage, matched = index.score([["appl"], ["tart"]], 4)
    assert np.allclose(scores, reference.get_scores(["appl", "tart"]))
    assert coverage[3] == pytest.approx(1.0) and 0 < coverage[0] < 1 and coverage[2] < coverage[3]
    assert sorted(matched[1].tolist()) == [2, 3]


def test_overlay_document_scores_like_a_base_document():
    docs = [analyze(t) for t in ["red apple pie", "apple", "green pear tart", "plum jam"]]
    base = LexicalIndex().build(docs)
    live = LexicalIndex().build(docs[:3])
    live.add(3, docs[3])
    s_base, _, _ = base.score([["plum"]], 4)
    s_live, _, _ = live.score([["plum"]], 4)
    assert s_live[3] > 0 and np.flatnonzero(s_live).tolist() == np.flatnonzero(s_base).tolist()
    assert live.has("jam") and live.df("jam") == 1


def test_synonym_group_scores_its_best_member():
    docs = [analyze(t) for t in ["laptop", "notebook computer", "pear"]]
    index = LexicalIndex().build(docs)
    scores, coverage, matched = index.score([["notebook", "laptop"]], 3)
    assert scores[0] > 0 and scores[1] > 0 and scores[2] == 0
    assert coverage[0] == coverage[1] == pytest.approx(1.0)


def test_a_rare_synonym_never_outscores_the_word_itself():
    """マット shares a Sudachi synonym group with マットレス; one mat among many mattresses must
    not rank first for マットレス because its word is rarer."""
    docs = [["マットレス", "シングル"], ["マットレス", "ダブル"], ["マットレス", "セミダブル"], ["マット", "桐"]]
    index = LexicalIndex().build(docs)
    scores, coverage, _ = index.score([["マットレス", "マット"]], 4)
    assert 0 < scores[3] < scores[:3].min()
    assert coverage[3] == pytest.approx(1.0)


def test_speller_corrects_against_the_catalogue():
    s = Speller({"laptop": 10, "lamp": 4, "table": 3, "tablet": 1, "headphones": 2})
    assert s.correct("labtop") == "laptop"
    assert s.correct("tabel") == "table"
    assert s.correct("haedphoens") == "headphones"    # long word: two edits allowed
    assert s.correct("lamp") is None                  # known
    assert s.correct("xyz") is None and s.correct("qwertyuiop") is None
    assert edit_distance("laptop", "labtop") == 1 and edit_distance("abcd", "bacd") == 1
    assert Speller.from_dict(s.to_dict()).correct("labtop") == "laptop"


@pytest.fixture
def without_sudachi(monkeypatch):
    """Japanese text as it is analysed where SudachiPy is not installed."""
    from search import text
    monkeypatch.setattr(text, "_sudachi", lambda: None)
    text._split_japanese.cache_clear()
    yield
    text._split_japanese.cache_clear()


def test_japanese_without_sudachi_uses_katakana_words_and_bigrams(without_sudachi, catalog):
    from search.engine import SearchEngine

    assert words("黒 ノートパソコン 高性能") == ["黒", "ノートパソコン", "高性", "性能"]
    engine = SearchEngine.build(catalog)
    top = [i["item_id"] for i in engine.search("黒 ノートパソコン", limit=3)["items"]]
    assert set(top[:2]) == {"jp-1", "jp-3"}
    assert [i["item_id"] for i in engine.search("安い ノートパソコン", limit=4)["items"]] == ["jp-4", "jp-1", "jp-2", "jp-3"]


@pytest.mark.skipif(japanese_backend() != "sudachi", reason="Sudachi's parts of speech")
def test_a_word_read_as_describing_in_one_text_stays_a_noun_in_the_next():
    from search.heads import content_at
    from search.text import type_word
    from search.word_classes import JA_DESCRIPTORS
    # 蓋 is a noun where it stands alone; Sudachi reads the 付き after it as a suffix
    lid = words("ティッシュボックス 木製 蓋付き")
    assert lid[3:] == ["蓋", "付き"] and content_at(lid, 3) and not content_at(lid, 4)
    # a text where a word reads as a suffix or adjectival teaches nothing to the next one
    before = set(JA_DESCRIPTORS)
    words("鍋蓋 メジャーリーグ 体温計 空気入れ")
    assert set(JA_DESCRIPTORS) == before and content_at(words("ティッシュボックス 木製 蓋付き"), 3)
    # a suffix inside a word does not end it: a レンジ上ラック is a rack; one ending a word does
    from search.heads import head_word
    rack, pump = words("レンジ上ラック"), words("空気入れ")
    assert rack[head_word(rack)] == "ラック"
    # a verb stem written onto a noun naming a holder or tool for it is one word with it
    assert list(pump) == ["空気入れ"] and list(words("扇子入れ 扇子袋"))[:2] == ["扇子入れ", "扇子"]
    # a compound whose last part is a suffix where it stands is one type: a 空気入れ is no 入れ
    assert type_word("空気入れ") == "空気入れ" and type_word("アコースティックギター") == "ギター"
    # what a product comes with (X付き) or is like (X式) is never what it is, before the product or after it
    for title, head in (("ケース付き ルアー 10個セット", "ルアー"), ("保存容器 蓋付き 3点セット", "容器"),
                        ("キャスター付き クーラーボックス 35L", "クーラーボックス"), ("フタ付き ゴミ箱 45L", "ゴミ箱"),
                        ("紙パック式 掃除機用 紙パック", "紙パック"), ("乾電池式 ランタン 1000ルーメン", "ランタン")):  # X-type
        said = words(title)
        assert said[head_word(said)] == head, title
    # a Latin word written onto a Japanese one is part of that word: "SDカード" goes on the run of nouns
    said = words("ドライブレコーダー SDカード")
    assert said.prefixed == frozenset({1}) and said[head_word(said)] == "カード"
    assert words("ランタン LED 充電式").prefixed == frozenset() and words("3人掛けソファ").prefixed == frozenset()


@pytest.mark.skipif(japanese_backend() != "sudachi", reason="Sudachi's reading")
def test_dashi_after_a_noun_is_the_noun_not_a_copula_and_a_particle():
    # Sudachi reads 昆布だし and あごだし as 昆布 + だ (copula) + し (particle): the だし was dropped
    # as grammar, so 昆布だし read as a 昆布 and found no だし
    assert list(words("昆布だし 粉末")) == ["昆布", "だし", "粉末"] and list(words("あごだし"))[-1] == "だし"
    assert list(words("だし昆布 日高")) == ["だし昆布", "日高"] and list(words("かつおだし")) == ["かつおだし"]
