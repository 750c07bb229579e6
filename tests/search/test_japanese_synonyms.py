"""A Japanese shopper's word finds the catalogue's other word for the same thing: Sudachi's
synonym groups (スマホ / スマートフォン, かばん / バッグ), looked up for the query's Japanese words
against the words the catalogue holds (`WordIndexes.synonyms_of`). A store's own synonym rule for
a word wins; a Latin word is never looked up there (the dictionary reads it: `search.bilingual`)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from catalogs import titles_catalog

from search.engine import SearchEngine
from search.text import japanese_backend, synonym_groups

pytestmark = pytest.mark.skipif(japanese_backend() != "sudachi", reason="synonym groups come from Sudachi")

ROWS = [  # (item id, title, category, price): the demo shop's way of naming them
    ("phone-1", "スマートフォン Mira 4 128GB 白", "家電 > スマートフォン", 39800),
    ("phone-2", "スマートフォン Kestrel K7 256GB 黒", "家電 > スマートフォン", 59800),
    ("phone-3", "スマートフォン Novix 12 512GB 黒", "家電 > スマートフォン", 89800),
    ("charger-1", "スマホ用 充電器 20W USB-C", "家電 > スマホアクセサリー", 1980),
    ("charger-2", "充電器 45W USB-C スマホ用", "家電 > スマホアクセサリー", 2980),
    ("case-1", "スマホケース Mira 4 シリコン 青", "家電 > スマホアクセサリー", 980),
    ("bag-1", "トートバッグ 帆布 黒", "ファッション > バッグ", 2980),
    ("bag-2", "ショルダーバッグ レザー 茶", "ファッション > バッグ", 5980),
    ("mug-1", "マグカップ 陶器 白", "キッチン > 食器", 880),
]


def build(categorized: bool) -> SearchEngine:
    cat = titles_catalog([r[0] for r in ROWS], [r[1] for r in ROWS], [r[3] for r in ROWS])
    if categorized:
        cat = replace(cat, categories=np.array([r[2] for r in ROWS], dtype=object))
    return SearchEngine.build(cat, encoder=None)


@pytest.fixture(scope="module")
def engine():
    return build(categorized=True)


def ranked(engine, query, **kw):
    return [h["item_id"] for h in engine.search(query, limit=10, **kw)["items"]]


def test_sudachi_puts_the_abbreviation_and_the_word_in_one_group():
    assert set(synonym_groups("スマホ")) & set(synonym_groups("スマートフォン"))
    assert set(synonym_groups("かばん")) & set(synonym_groups("バッグ"))
    assert synonym_groups("phone") == () and synonym_groups("スマホケース充電器セット") == ()


def test_the_catalogue_words_of_a_query_word(engine):
    assert engine.indexes.synonyms_of("スマホ") == ["スマートフォン"]
    assert engine.indexes.synonyms_of("スマートフォン") == ["スマホ"]
    assert engine.indexes.synonyms_of("かばん") == ["バッグ"]
    assert engine.indexes.synonyms_of("マグカップ") == []
    # an English word is no Sudachi synonym; no title says "phone", so the dictionary's kinds of it
    # that the catalogue sells read for it (`japanese_kinds`: スマートフォン, a "smart phone")
    assert engine.indexes.synonyms_of("phone") == ["スマートフォン"]
    assert set(ranked(engine, "phone")[:3]) == {"phone-1", "phone-2", "phone-3"}


def test_the_abbreviation_finds_the_phones_first_and_still_the_accessories(engine):
    top = ranked(engine, "スマホ")
    # the titles say スマートフォン: the query's type is read through the synonym, so the phones
    # lead; the accessories that say スマホ follow
    assert set(top[:3]) == {"phone-1", "phone-2", "phone-3"}, top
    assert {"charger-1", "charger-2", "case-1"} <= set(top)
    assert engine.understand("スマホ").product_type == "スマートフォン"


def test_titles_only_the_abbreviation_still_finds_the_phones():
    # without categories "スマホ 充電器" reads as a スマホ (the first group of a keyword list), so
    # the chargers may lead; the phones, which no title calls スマホ, are found all the same
    assert {"phone-1", "phone-2", "phone-3"} <= set(ranked(build(categorized=False), "スマホ"))


def test_a_word_the_titles_do_not_use_finds_the_ones_they_do(engine):
    assert set(ranked(engine, "かばん")[:2]) == {"bag-1", "bag-2"}
    assert ranked(engine, "マグカップ")[:1] == ["mug-1"]


def test_the_stores_own_rule_for_a_word_wins(engine):
    # a store that means by スマホ its chargers only says so; its rule replaces the looked-up one
    top = ranked(engine, "スマホ", synonyms={"スマホ": ["充電器"]})
    assert set(top[:2]) == {"charger-1", "charger-2"} and not {"phone-1", "phone-2", "phone-3"} & set(top)


def test_new_items_are_found_through_the_synonyms_of_their_words():
    engine = SearchEngine.build(titles_catalog(["mug-1"], ["マグカップ 陶器 白"], [880]), encoder=None)
    assert ranked(engine, "マグカップ") == ["mug-1"]
    assert ranked(engine, "かばん") == []
    engine.update_items([{"item_id": "bag-9", "title": "トートバッグ 帆布 黒", "price": 2980.0}])
    assert ranked(engine, "かばん") == ["bag-9"]


def test_a_saved_index_reads_the_synonyms_again_after_loading(engine, tmp_path):
    engine.save(tmp_path / "idx")
    loaded = SearchEngine.load(tmp_path / "idx")
    assert loaded.indexes.synonyms_of("スマホ") == ["スマートフォン"]
    assert set(ranked(loaded, "スマホ")[:3]) == {"phone-1", "phone-2", "phone-3"}


def test_a_compound_no_title_uses_reads_as_the_parts_the_titles_do_use():
    rows = [("table-1", "ランプテーブル 木製 白"), ("table-2", "ランプテーブル オーク 黒"),
            ("lamp-1", "テーブルランプ 真鍮"), ("mug-1", "マグカップ 陶器 白")]
    engine = SearchEngine.build(titles_catalog([r[0] for r in rows], [r[1] for r in rows], [10.0] * len(rows)),
                                encoder=None)
    # no title says サイドテーブル: its head part テーブル is what the titles say (a side table is a table)
    assert engine.indexes.synonyms_of("サイドテーブル") == ["テーブル"]
    top = ranked(engine, "サイドテーブル")
    assert {"table-1", "table-2"} <= set(top[:3]) and "mug-1" not in top  # it found nothing before
    # a compound the titles use keeps its whole meaning: テーブルランプ is a lamp, not a table
    assert ranked(engine, "テーブルランプ")[:1] == ["lamp-1"]
    assert engine.indexes.synonyms_of("マグカップ") == []


def test_a_word_no_title_says_ending_in_a_kanji_they_say_alone_reads_as_that_kanji():
    rows = [("hook-1", "がまかつ チヌ針 2号 50本"), ("hook-2", "伊勢尼 針 10号 真鯛"), ("line-1", "ナイロン 釣り糸 3号"),
            ("glove-1", "フィッシング 手袋 黒"), ("bag-1", "クーラー 袋 大")]
    engine = SearchEngine.build(titles_catalog([r[0] for r in rows], [r[1] for r in rows], [10.0] * len(rows)),
                                encoder=None)
    # Sudachi keeps 釣り針 whole and no title says it: its last letter, a word the titles say, is what
    # it is (a fish hook is a 針); it found nothing before
    assert engine.indexes.synonyms_of("釣り針") == ["針"]
    assert set(ranked(engine, "釣り針")[:2]) == {"hook-1", "hook-2"}
    # a word the titles say keeps its whole meaning: 手袋 (gloves) is no 袋 (bag)
    assert engine.indexes.synonyms_of("手袋") == [] and ranked(engine, "手袋")[:1] == ["glove-1"]
