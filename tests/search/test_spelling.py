"""The speller: known answers for corrections, and a bound on what one long word may cost."""

from search.spelling import Speller


def test_a_typo_is_corrected_to_the_most_frequent_catalogue_word_within_reach():
    s = Speller({"drill": 5, "grill": 9, "dress": 3, "refrigerator": 4})
    assert s.correct("drlil") == "drill"          # a swap is one edit
    assert s.correct("refrigirator") == "refrigerator"  # long words allow two edits
    assert s.correct("drill") is None             # known words are left alone
    assert s.split("drillgrill") == "drill grill"


def test_a_very_long_word_costs_no_index_keys_and_is_not_corrected():
    s = Speller({"drill": 1})
    keys = len(s._index)
    long_word = "a" * 1500
    s.add({long_word: 1})
    assert len(s._index) == keys          # before the cap: about a million keys for this one word
    assert long_word in s                 # still a known word of the catalogue
    assert s.correct("b" * 1500) is None
    assert s.split("c" * 1500) is None


def test_words_up_to_the_cap_are_still_indexed_and_the_cap_survives_a_save():
    s = Speller({"x" * 24: 1}, max_length=24)
    assert s.correct("x" * 23 + "y") == "x" * 24
    again = Speller.from_dict(s.to_dict())
    assert again.max_length == 24 and again.correct("x" * 23 + "y") == "x" * 24


def test_a_run_together_pair_of_title_words_reads_as_the_pair_before_any_correction():
    from catalogs import titles_catalog

    from search.engine import SearchEngine

    titles = ["Kanso Black Heavyweight T-Shirt", "Calder Grey Crew T-Shirt", "Halden White Linen Shirt",
              "Fieldnote Oxford Shirt", "Voltra Wi-Fi Router", "Mira Deck Screws", "Clear Polycarbonate Sheet",
              "Polycarbonate Roof Panel", "Poli Carbonate Sheet"]
    engine = SearchEngine.build(titles_catalog([f"i{k}" for k in range(len(titles))], titles, [10.0] * len(titles)))
    u = engine.understand("tshirt")  # one edit from "shirt", but the titles say "T-Shirt"
    assert u.corrections == {"tshirt": "t shirt"} and u.product_type == "tshirt"
    assert {h["item_id"] for h in engine.search("tshirt", limit=2)["items"]} == {"i0", "i1"}
    assert engine.understand("wifi router").corrections == {"wifi": "wi fi"}
    assert engine.understand("shrit").corrections == {"shrit": "shirt"}  # a typo is still a typo
    assert engine.indexes.joined("screwsdeck") is None  # never said in that order
    # one title's pair against a word more titles say, one edit away: the word
    assert engine.indexes.joined("policarbonate") == "poli carbonate"
    assert engine.understand("policarbonate").corrections == {"policarbonate": "polycarbonate"}
    assert engine.understand("to").corrections == {}  # too short to be a pair run together


def test_a_correction_is_kept_only_where_some_item_says_it_with_another_word_of_the_query():
    from catalogs import titles_catalog

    from search.engine import SearchEngine

    titles = ["Kanso High Rise Straight Jeans", "Voltra Black Laptop 14 inch", "Kestrel Silver Laptop 16 inch",
              "Adjustable Aluminium Laptop Stand", "Closet Maid Wire Shelf"]
    engine = SearchEngine.build(titles_catalog([f"i{k}" for k in range(len(titles))], titles, [10.0] * len(titles)))
    # "riser" is one edit from the "rise" of the jeans, which no laptop title says: left as typed,
    # the unknown last word is the head, and no laptop is read as what the shopper wants
    u = engine.understand("laptop riser")
    assert u.corrections == {} and u.head == "riser" and u.product_type is None
    assert engine.understand("riser").corrections == {"riser": "rise"}  # alone, nothing to pair it with
    assert engine.understand("laptop stnad").corrections == {"stnad": "stand"}  # said with "laptop"
    assert engine.understand("closet maidd").corrections == {"maidd": "maid"}
    boats = SearchEngine.build(titles_catalog(["w1", "w2"], ["Mira Boat Winches", "Hand Winches"], [10.0, 20.0]))
    assert boats.understand("inches").corrections == {}  # a unit is no typo of "winches"
