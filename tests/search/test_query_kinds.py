"""Kinds of query that understanding must read right in any catalogue, each tried on several
small catalogues (titles only, and with category paths; with no dense part, and with a
bag-of-words encoder that cannot tell "table lamp" from "lamp table"), so that a rule fitted
to one example fails the others:

- two product types, "X Y": the head is the last (Y-type items first, "Y X" items below them);
- a leading word that is a product type elsewhere, but here names the kind of the last word
  ("drill bit": bits come only as "Drill Bit Set", drills are a type of their own);
- Japanese "X用 Y" titles are accessories of X: a search of X puts every X first; a price word,
  a colour and a type put the cheapest real match of that colour first;
- a Japanese query is answered by words when the dense model cannot read Japanese.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from catalogs import titles_catalog
from conftest import FakeEncoder

from search.config import SearchConfig
from search.engine import SearchEngine
from search.text import stem
from store.db import Catalog


def catalogue(rows: list[tuple[str, str, str, float]], categorized: bool) -> Catalog:
    """rows: (item id, title, category, price)."""
    cat = titles_catalog([r[0] for r in rows], [r[1] for r in rows], [r[3] for r in rows])
    if categorized:
        cat = replace(cat, categories=np.array([r[2] for r in rows], dtype=object))
    return cat


def ranked(engine, query: str, limit: int = 20) -> list[str]:
    return [i["item_id"] for i in engine.search(query, limit=limit)["items"]]


SETUPS = [pytest.param(c, e, id=f"{'categories' if c else 'titles'}-{'dense' if e else 'lexical'}")
          for c in (False, True) for e in (False, True)]


def build(rows, categorized, dense) -> SearchEngine:
    return SearchEngine.build(catalogue(rows, categorized), encoder=FakeEncoder() if dense else None)


# (type A, type B, A items, B items, "B A" items (an A that names B), "A B" items (a B that names A))
COMPOUNDS = [
    ("lamp", "table", ["Arc Floor Lamp", "Brass Desk Lamp"], ["Walnut Side Table", "Glass Coffee Table"],
     ["Ceramic Table Lamp", "Modern LED Table Lamp"], ["Oak Lamp Table", "Round Lamp Table"]),
    ("shirt", "dress", ["Casual Linen Shirt", "Flannel Check Shirt"], ["Floral Maxi Dress", "Black Wrap Dress"],
     ["Slim Fit Dress Shirt", "Oxford Dress Shirt"], ["Cotton Shirt Dress", "Denim Shirt Dress"]),
    ("house", "boat", ["Garden Summer House", "Timber Play House"], ["Inflatable Rowing Boat", "Aluminium Fishing Boat"],
     ["Floating Boat House", "Lakeside Boat House"], ["Pontoon House Boat", "Steel House Boat"]),
]


def compound_rows(a, b, a_items, b_items, ba_items, ab_items):
    rows = []
    for kind, titles, leaf in (("a", a_items, a), ("b", b_items, b), ("ba", ba_items, a), ("ab", ab_items, b)):
        rows += [(f"{a}-{kind}-{k}", t, f"Home > {leaf.title()}s", 50.0 + k) for k, t in enumerate(titles)]
    return rows


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("pair", COMPOUNDS, ids=[p[0] + "-" + p[1] for p in COMPOUNDS])
def test_of_two_types_the_last_is_the_head(pair, categorized, dense):
    a, b = pair[0], pair[1]
    engine = build(compound_rows(*pair), categorized, dense)
    for query, want, wrong in ((f"{a} {b}", ("b", "ab"), "ba"), (f"{b} {a}", ("a", "ba"), "ab")):
        top = ranked(engine, query)
        kind = [i.split("-")[1] for i in top]
        assert engine.understand(query).head == query.split()[-1]
        assert set(kind[:2]) == {want[1]}, (query, top)  # the items that are the compound come first
        # every item of the wanted type ranks above the other type's items that match every word
        assert max(k for k, x in enumerate(kind) if x in want) < min(k for k, x in enumerate(kind) if x == wrong), \
            (query, top)
        if categorized:  # with categories to confirm title heads, the wanted type's items all come first
            assert set(kind[:4]) <= set(want), (query, top)


# (leading word that is a type elsewhere, the head it modifies, items of the leading type, compound items)
ADJECTIVES = [
    ("drill", "bit", ["Cordless Drill 20V", "Compact Hammer Drill", "Brushless Drill"],
     ["Titanium Drill Bit Set", "Masonry Drill Bit Set, 5 Pieces", "Cobalt Drill Bit Kit"]),
    ("paint", "roller", ["Interior Paint, 1 gal.", "Exterior Satin Paint", "Chalk Paint"],
     ["Paint Roller Cover, 3 Pack", "Foam Paint Roller Kit", "Paint Roller Frame"]),
    ("coffee", "filter", ["Ground Coffee, Dark Roast", "Whole Bean Coffee", "Decaf Coffee"],
     ["Coffee Filter Pack of 100", "Reusable Coffee Filter Basket", "Paper Coffee Filter Cones"]),
]


@pytest.mark.parametrize("categorized, dense", SETUPS)
@pytest.mark.parametrize("case", ADJECTIVES, ids=[c[0] + "-" + c[1] for c in ADJECTIVES])
def test_a_leading_type_word_can_be_the_adjective_of_the_head(case, categorized, dense):
    lead, head, lead_items, compound_items = case
    rows = [(f"l{k}", t, f"Shop > {lead.title()}", 20.0 + k) for k, t in enumerate(lead_items)]
    rows += [(f"c{k}", t, "Shop > Accessories", 10.0 + k) for k, t in enumerate(compound_items)]
    engine = build(rows, categorized, dense)
    u = engine.understand(f"{lead} {head}")
    assert u.head == head and u.product_type != stem(lead)
    assert sorted(ranked(engine, f"{lead} {head}")[:3]) == ["c0", "c1", "c2"]
    assert engine.understand(lead).product_type == stem(lead)  # the word alone is still its type
    if categorized:  # and with categories to confirm the title heads, its items come first
        assert sorted(ranked(engine, lead)[:3]) == ["l0", "l1", "l2"]


# Japanese: (type, its items (title, price, black?), accessories made for it (title, price, black?))
JAPANESE = [
    ("ノートパソコン", [("ノートパソコン 14インチ 黒 軽量", 59800), ("ゲーミング ノートパソコン 黒 16GB", 129800),
                   ("薄型 ノートパソコン 13インチ 白", 89800), ("ノートパソコン 15インチ 黒 SSD", 74800)],
     [("ノートパソコン用 ケース 黒 13インチ", 1980), ("ノートパソコン用 スタンド 黒", 2480),
      ("ノートパソコン用 バッグ 黒 撥水", 2980)]),
    ("スマホ", [("スマホ 黒 128GB", 39800), ("スマホ 白 256GB", 59800), ("防水 スマホ 黒 64GB", 29800),
              ("スマホ 黒 512GB", 99800)],
     [("スマホ用 ケース 黒 手帳", 980), ("スマホ用 充電器 黒", 1480), ("スマホ用 フィルム 黒", 580)]),
    ("カメラ", [("ミラーレス カメラ 黒", 89800), ("コンパクト カメラ 白", 29800), ("カメラ 黒 防水", 39800),
              ("カメラ 黒 24MP", 119800)],
     [("カメラ用 バッグ 黒", 3980), ("カメラ用 三脚 黒 軽量", 2980), ("カメラ用 ストラップ 黒", 980)]),
]


def japanese_rows(case):
    t, items, accessories = case
    rows = [(f"{t}-item-{k}", title, f"家電 > {t}", price) for k, (title, price) in enumerate(items)]
    rows += [(f"{t}-acc-{k}", title, f"家電 > {t}アクセサリー", price) for k, (title, price) in enumerate(accessories)]
    return rows


def all_japanese_rows():
    return [r for case in JAPANESE for r in japanese_rows(case)]


@pytest.mark.parametrize("categorized, dense", SETUPS)
def test_japanese_x_for_y_titles_are_accessories_of_x(categorized, dense):
    engine = build(all_japanese_rows(), categorized, dense)
    for t, items, accessories in JAPANESE:
        top = ranked(engine, t)
        assert {i.rsplit("-", 1)[0] for i in top[:len(items)]} == {f"{t}-item"}, (t, top)
        assert engine.understand(f"{t}用 ケース").head == "ケース"


@pytest.mark.parametrize("categorized, dense", SETUPS)
def test_japanese_price_colour_type_puts_the_cheapest_real_match_first(categorized, dense):
    engine = build(all_japanese_rows(), categorized, dense)
    for t, items, accessories in JAPANESE:
        top = ranked(engine, f"安い 黒 {t}")
        black = sorted((price, f"{t}-item-{k}") for k, (title, price) in enumerate(items) if "黒" in title)
        assert top[:len(black)] == [i for _, i in black], (t, top)


class LatinOnlyEncoder(FakeEncoder):
    """An English-only model: every Japanese character is the same unknown token, so Japanese
    texts land near each other and near nothing they mean (as MiniLM's vectors of them do)."""

    name = "latin-only"

    def _encode(self, texts):
        import re

        return super()._encode([re.sub(r"[^\x00-\x7f]", " unk ", t) for t in texts])


def test_the_dense_side_stands_aside_for_a_script_it_cannot_read():
    rows = all_japanese_rows() + [("en-1", "Black Laptop 14 inch", "家電 > Laptops", 500.0)]
    cat = catalogue(rows, True)
    aside = SearchEngine.build(cat, encoder=LatinOnlyEncoder())
    reads = SearchEngine.build(cat, encoder=LatinOnlyEncoder(), config=SearchConfig(dense_scripts=("latin", "japanese")))
    for t, items, _ in JAPANESE:
        assert all(i.startswith(f"{t}-item") for i in ranked(aside, t, 3)), t
        # nothing the query does not say comes in (the noise trusted with Japanese brings other types)
        assert {i.rsplit("-", 1)[0] for i in ranked(aside, t, 20)} <= {f"{t}-item", f"{t}-acc"}, t
        assert not {i.rsplit("-", 1)[0] for i in ranked(reads, t, 20)} <= {f"{t}-item", f"{t}-acc"}, t
    assert ranked(aside, "black laptop", 1) == ["en-1"]  # English queries still use the dense side
