"""The search engine's merchandising hooks (issue 19): `rerank` sees the whole ranked list before
the page is cut (so a bury moves an item off page one and a hide lowers `total`), and `synonyms`
replaces the configured synonyms for one search."""

from __future__ import annotations

import numpy as np

from search.engine import SearchEngine


def test_rerank_reorders_the_whole_list_before_the_page(catalog, ids):
    engine = SearchEngine.build(catalog)
    plain = engine.search("laptop", limit=3)
    seen = {}

    def rerank(rows, scores, eligible):
        seen["n"], seen["eligible"] = len(rows), eligible
        return rows[::-1][1:], scores[::-1][1:]  # reverse, and drop what was last

    out = engine.search("laptop", limit=3, rerank=rerank)
    assert seen["n"] == plain["total"] > 3  # the whole list, not the page
    assert out["total"] == plain["total"] - 1
    full = ids(engine.search("laptop", limit=plain["total"]))
    assert ids(out) == full[::-1][1:4]
    assert seen["eligible"].dtype == bool and len(seen["eligible"]) == len(engine.item_ids)


def test_rerank_can_bring_in_a_row_on_a_page_of_no_matches(catalog, ids):
    engine = SearchEngine.build(catalog)
    row = engine.row_of["lt-1"]
    out = engine.search("zzzqqq", rerank=lambda rows, scores, _: (np.array([row]), np.array([1.0])))
    assert ids(out) == ["lt-1"] and out["total"] == 1


def test_synonyms_given_to_one_search_replace_the_configured(catalog, ids):
    engine = SearchEngine.build(catalog)
    assert engine.search("notebook")["total"] == 1
    out = engine.search("notebook", limit=9, synonyms={"notebook": ["laptop"]})
    assert all(i.startswith("lt-") for i in ids(out)) and out["total"] >= 9
    assert engine.search("notebook")["total"] == 1  # nothing kept
