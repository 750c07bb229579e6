"""Two words alone say by their order which is the head: "bench storage" wants storage, and a
"Storage Bench" (the two said the other way round) ranks below every storage item. A pile of
nouns, as real shoppers type them ("exterior bench storage", "porcelain floor tiles edge trim"),
says less by its order: where no category confirms a title's head, a title saying two of its
words the other way round is read as any other title, and the one saying every word is near the
top (`features.type_evidence`). Titles only, as Home Depot's catalogue is."""

from __future__ import annotations

import pytest
from catalogs import titles_catalog

from search.engine import SearchEngine

ROWS = [
    ("bench-1", "Oakly Storage Bench, Grey"), ("bench-2", "Teak Garden Storage Bench"),
    ("bench-3", "Exterior Storage Bench with Cushion"),
    ("store-1", "Garage Storage Shelf"), ("store-2", "Exterior Storage Box"), ("store-3", "Shoe Storage Rack"),
    ("store-4", "Exterior Bench Storage"),
    ("paint-1", "Exterior Paint, White"), ("paint-2", "Exterior Wood Stain"),
    ("bench-4", "Park Bench, Black Steel"), ("bench-5", "Garden Bench, Teak"),
]
STORAGE_BENCHES = {"bench-1", "bench-2", "bench-3"}


@pytest.fixture(scope="module")
def shop():
    return SearchEngine.build(titles_catalog([i for i, _ in ROWS], [t for _, t in ROWS], [10.0] * len(ROWS)),
                              encoder=None)


def ranked(shop, query):
    return [h["item_id"] for h in shop.search(query, limit=len(ROWS))["items"]]


def test_two_words_alone_keep_their_grammar(shop):
    top = ranked(shop, "bench storage")
    assert shop.understand("bench storage").head == "storage"
    assert max(top.index(i) for i in ("store-1", "store-2", "store-3", "store-4")) < \
        min(top.index(i) for i in STORAGE_BENCHES)  # every storage item above every storage bench
    top = ranked(shop, "storage bench")
    assert set(top[:3]) == STORAGE_BENCHES


def test_a_pile_of_nouns_finds_what_says_every_word(shop):
    top = ranked(shop, "exterior bench storage")
    assert shop.understand("exterior bench storage").head == "storage"
    # the two titles saying every word first, and every storage bench above what says one word
    assert set(top[:2]) == {"store-4", "bench-3"}
    assert max(top.index(i) for i in STORAGE_BENCHES) < min(top.index(i) for i in ("paint-1", "paint-2"))
