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
