"""The shopper's language first among equals (`search.ranking.in_language`): a title in the
other language is read lower, but never below a title in the query's language that says less of
the query. Known answers on hand-made features, then on small two-language shops."""

from __future__ import annotations

import numpy as np
import pytest
from test_bilingual_reading import build, ranked, sudachi
from test_category_levels import build as build_priced

from search.config import SearchConfig
from search.ranking import Features, in_language


def features(type_match, said, other, attributes=None) -> Features:
    k = len(type_match)
    z = np.zeros(k, dtype=np.float32)
    return Features(lexical=z, dense=z, type_match=np.array(type_match, dtype=np.float32),
                    attributes=np.ones(k, dtype=np.float32) if attributes is None else np.array(attributes, np.float32),
                    coverage=z, popularity=z, in_stock=np.ones(k, dtype=bool), affinity=z,
                    other_language=np.array(other, dtype=np.float32), said=np.array(said, dtype=np.float32))


CFG = SearchConfig(w_language=0.5)


def order(s, f, cfg=CFG, scale=1.0):
    return np.argsort(-in_language(np.array(s, dtype=np.float64), f, cfg, scale), kind="stable").tolist()


def test_a_title_in_the_other_language_stays_above_the_ones_it_says_more_than():
    # 0: query's language, the type and the query's other word     4.0
    # 1: query's language, the type alone                          3.0
    # 2: other language, the type and the other word               3.4 (2.9 read lower: below 1)
    # 3: other language, the type alone                            3.2 (2.7: below 1, its equal)
    # 4: other language, the other word but not the type (-1)      3.3 (2.8: not lifted)
    f = features([1, 1, 0.8, 1, -1], [1, 0, 1, 0, 1], [0, 0, 1, 1, 1])
    assert order([4.0, 3.0, 3.4, 3.2, 3.3], f) == [0, 2, 1, 4, 3]
    # lifted just above the one it says more than, never above one it does not
    s = in_language(np.array([4.0, 3.0, 3.4, 3.2, 3.3]), f, CFG)
    assert 3.0 < s[2] < 3.001 and s[3] == pytest.approx(2.7) and s[4] == pytest.approx(2.8)


def test_only_a_title_it_outscored_and_says_strictly_less_lets_it_stay():
    # the other-language title scored below the one it says more than: stays below
    f = features([1, 1], [0, 1], [0, 1])
    assert order([3.0, 2.9], f) == [0, 1]
    # a wanted attribute the query-language title has and the other lacks: no lift, though it says more words
    f = features([1, 1], [0, 1], [0, 1], attributes=[1.0, 0.0])
    assert order([3.0, 3.2], f) == [0, 1]
    # no weight: the scores as they were
    assert order([3.0, 3.2], f, SearchConfig(w_language=0.0)) == [1, 0]


def test_a_title_of_the_wanted_type_is_never_put_below_one_read_as_not_the_type():
    # 0: query's language, read as an accessory (-1) but saying the query's words: 2.5
    # 1: other language, of the type by its category (0.8), saying none of them:   2.1
    f = features([-1, 0.8], [1, 0], [0, 1])
    assert order([2.5, 2.1], f) == [1, 0]
    s = in_language(np.array([2.5, 2.1]), f, CFG)
    assert 2.5 < s[1] < 2.5 + 1e-5
    # two such titles keep their order
    f = features([-1, 0.8, 0.8], [1, 0, 0], [0, 1, 1])
    assert order([2.5, 2.0, 2.1], f) == [2, 1, 0]


def test_a_title_of_the_wanted_type_is_not_put_below_one_of_no_type_it_outscored():
    # 0: query's language, no type read (a battery made for a watch), saying the query's modifier: 2.1
    # 1: other language, of the type by its category (0.8), saying none of the words:             2.4
    f = features([0, 0.8], [1, 0], [0, 1])
    assert order([2.1, 2.4], f) == [1, 0]
    assert order([2.5, 2.4], f) == [0, 1]  # one it did not outscore stays above it


def test_lifted_titles_keep_their_order_and_the_score_units_scale_the_penalty():
    f = features([1, 1, 1, 1], [0, 1, 1, 1], [0, 1, 1, 1])
    assert order([3.0, 3.3, 3.5, 3.1], f) == [2, 1, 3, 0]
    # in a learned ranker's units (ten times the hand scale) the penalty is ten times as large
    f = features([1, 1], [0, 0], [0, 1])
    assert order([30.0, 33.0], f, scale=10.0) == [0, 1]
    assert order([30.0, 36.0], f, scale=10.0) == [1, 0]


CHOCOLATE = [
    ("ja-milk-1", "明治 ミルクチョコレート 50g", "食品 > 菓子 > チョコレート"),
    ("ja-milk-2", "ロッテ ミルクチョコレート 12枚", "食品 > 菓子 > チョコレート"),
    ("ja-dark", "ダークチョコレート カカオ86% 1kg", "食品 > 菓子 > チョコレート"),
    ("en-milk", "Lindt Classic Recipe Milk Chocolate Bar, 100g", "食品 > 菓子 > チョコレート"),
    ("en-dark", "Ghirardelli Intense Dark Chocolate, 72% Cacao", "食品 > 菓子 > チョコレート"),
    ("ja-oat", "オーツミルク バリスタ 1L", "食品 > 飲料 > ミルク"),
    ("ja-skim", "スキムミルク 脱脂粉乳 1kg", "食品 > 飲料 > ミルク"),
]


@sudachi
def test_an_english_milk_chocolate_comes_before_a_japanese_dark_one_and_after_the_japanese_milk_ones():
    top = ranked(build(CHOCOLATE), "ミルク チョコレート", limit=5)
    assert set(top[:2]) == {"ja-milk-1", "ja-milk-2"}
    assert top[2:4] == ["en-milk", "ja-dark"]
    # a chocolate that says neither: the shopper's language first among the two dark ones
    plain = ranked(build(CHOCOLATE), "チョコレート", limit=5)
    assert plain.index("ja-dark") < plain.index("en-dark")


COOLERS = [
    ("ja-1", "クーラーボックス 25L 白 釣り", "釣具 > クーラーボックス", 8980),
    ("ja-2", "クーラーボックス 35L 白 キャスター付き", "釣具 > クーラーボックス", 12800),
    ("ja-3", "クーラーボックス 15L 青", "釣具 > クーラーボックス", 4980),
    ("en-1", "Igloo Marine Cooler Box, 25L, White", "釣具 > クーラーボックス", 6980),
    ("acc-1", "クーラーボックス用 ショルダーベルト 白", "釣具 > クーラー用品", 980),
]


@sudachi
def test_a_cheap_query_puts_the_cheapest_match_first_whatever_its_language():
    top = ranked(build_priced(COOLERS), "安い 白 クーラーボックス", limit=4)
    assert top[:3] == ["en-1", "ja-1", "ja-2"]  # the white coolers by price; no accessory, no blue one first


READING_GLASSES = [
    ("ja-1", "老眼鏡 +1.5 おしゃれ 軽量 赤", "Eyewear > Reading Glasses", 2480),
    ("ja-2", "シニアグラス 老眼鏡 チタン 赤 +2.5", "Eyewear > Reading Glasses", 3980),
    ("ja-3", "老眼鏡 折りたたみ 黒 +2.0", "Eyewear > Reading Glasses", 1980),
    ("en-1", "Reading Glasses, Spring Hinge, Red, +1.0", "Eyewear > Reading Glasses", 1480),
    ("en-2", "Reading Glasses, Blue Light, Black", "Eyewear > Reading Glasses", 1280),
    ("acc-1", "老眼鏡専用 ストラップ シリコン 赤", "Eyewear > Reading Glasses > Accessories", 580),
    ("case", "メガネケース ハード 赤", "Eyewear > Cases", 980),
]


@sudachi
def test_a_cheap_query_counts_a_title_in_the_other_language_as_saying_the_type_it_is_sold_as():
    # no English title can say 老眼鏡; the English pair is sold as reading glasses and is red: it
    # is as whole a match as the Japanese ones, and the cheapest
    top = ranked(build_priced(READING_GLASSES), "お手頃 赤 老眼鏡", limit=4)
    assert top[:3] == ["en-1", "ja-1", "ja-2"]
