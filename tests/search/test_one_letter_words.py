"""A word written onto a one-letter word names a type with it: a T-shirt is no shirt, in English
("T-Shirt", "t shirt", "tshirt": the type "tshirt") and Japanese ("Tシャツ", one word, whose
English titles are found through the loanword of シャツ)."""

from __future__ import annotations

import pytest
from test_bilingual_reading import build, ranked, sudachi

from search.text import head_type, words


def test_a_word_written_onto_a_letter_names_the_type_with_it():
    w = words("Crew Neck T-Shirt, Black")
    assert list(w) == ["crew", "neck", "t", "shirt", "|", "black"]  # two words to match, as before
    assert w.lettered == frozenset({3}) and head_type(w, 3) == "tshirt" and head_type(w, 0) == "crew"
    assert words("U-Bolt 3/8 in.").lettered == frozenset({1})
    assert words("2 in. x 4 in.").lettered == frozenset()  # spaced: a word of its own
    assert words("t shirt").lettered == frozenset()  # the catalogue decides (`understand`)
    assert words("1-1/2 in").lettered == frozenset()  # numbers are not letters


@sudachi
def test_a_latin_letter_glues_to_a_japanese_word():
    w = words("Tシャツ メンズ 黒")
    assert list(w) == ["tシャツ", "メンズ", "黒"] and w.chunk_starts == frozenset({0, 1, 2})


SHIRTS = [
    ("shirt-1", "Oxford Cotton Shirt, White", "Clothing > Men > Shirts"),
    ("shirt-2", "Linen Shirt, Blue", "Clothing > Men > Shirts"),
    ("shirt-3", "Flannel Check Shirt", "Clothing > Men > Shirts"),
    ("tee-1", "Crew Neck T-Shirt, Black", "Clothing > Men > T-Shirts"),
    ("tee-2", "Graphic T-Shirt, White", "Clothing > Men > T-Shirts"),
    ("tee-3", "Organic Cotton T-Shirt", "Clothing > Men > T-Shirts"),
    ("ja-shirt", "フランネル シャツ メンズ 黒", "Clothing > Men > Shirts"),
    ("ja-tee-1", "Tシャツ メンズ 黒", "Clothing > Men > T-Shirts"),
    ("ja-tee-2", "Tシャツ メンズ 白", "Clothing > Men > T-Shirts"),
    ("sock", "Wool Socks, 3 Pack", "Clothing > Men > Socks"),
]
EN_SHIRTS, EN_TEES = {"shirt-1", "shirt-2", "shirt-3"}, {"tee-1", "tee-2", "tee-3"}
TEES = EN_TEES | {"ja-tee-1", "ja-tee-2"}


@pytest.fixture(scope="module")
def shop():
    return build(SHIRTS)


@pytest.mark.parametrize("query", ["shirt", "shirts", "white shirt"])
def test_a_shirt_is_no_t_shirt(shop, query):
    assert set(ranked(shop, query)[:3]) == EN_SHIRTS
    if query != "white shirt":  # then the Japanese shirt, before any T-shirt ("white shirt": a white
        assert ranked(shop, query)[3] == "ja-shirt"  # T-shirt may come before a black shirt)


@pytest.mark.parametrize("query", ["t-shirt", "t shirt", "tshirt", "T shirts", "white t-shirt"])
def test_a_t_shirt_is_a_t_shirt_however_it_is_written(shop, query):
    assert shop.understand(query).product_type == "tshirt"
    n = 4 if query == "white t-shirt" else 5  # the white shirt may come before a black T-shirt
    assert set(ranked(shop, query)[:n]) <= TEES


@sudachi
def test_japanese_t_shirts_and_shirts_apart(shop):
    assert set(ranked(shop, "Tシャツ")[:5]) == TEES  # the English T-shirts through シャツ's loanword
    assert ranked(shop, "Tシャツ")[:2] == ["ja-tee-1", "ja-tee-2"]  # the query's language first
    assert ranked(shop, "シャツ メンズ")[:4] == ["ja-shirt", *sorted(EN_SHIRTS, key=ranked(shop, "シャツ").index)]
    assert ranked(shop, "Tシャツ 白")[0] == "ja-tee-2"


@pytest.mark.parametrize("text", ["aー", "t・", "A々", "b〆", "zｧ", "aぁ", "aヽ", "a・・", "x ー", "aー シャツ"])
def test_a_letter_before_japanese_marks_alone_is_no_crash(text):
    w = words(text)  # a Japanese run the analyser reads as nothing leaves the letter alone
    assert w[:1] == [text[0].lower()]
