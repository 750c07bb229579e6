"""Facets are computed only when asked: `SearchEngine.search(facets=False)` answers the same page
and total with no counts."""


def test_without_facets_the_page_is_the_same_and_no_counts_are_made(engine):
    full = engine.search("laptop", limit=5)
    lean = engine.search("laptop", limit=5, facets=False)
    assert lean["facets"] == {} and full["facets"]["category"]
    assert lean["total"] == full["total"]
    assert [i["item_id"] for i in lean["items"]] == [i["item_id"] for i in full["items"]]
