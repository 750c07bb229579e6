"""Synonyms (issue 19): two-way sets and one-way rules, multiword and Japanese, with known answers."""

import pytest
from pydantic import ValidationError

from store.synonyms import Synonym, SynonymSet

SYNONYMS = SynonymSet([
    {"id": "sofa", "terms": ["sofa", "couch", "Settee"]},
    {"id": "tv", "source": "TV", "targets": ["television"]},
    {"id": "stand", "terms": ["tv stand", "media console"]},
    {"id": "jp-sofa", "terms": ["ソファ", "ソファー", "カウチ"]},
    {"id": "pc", "source": "パソコン", "targets": ["ノート pc", "ラップトップ"]},
    {"id": "laptop", "terms": ["ノート パソコン", "ラップトップ"]},
])


@pytest.mark.parametrize("query, groups, fired", [
    (["sofa"], [["sofa", "couch", "settee"]], ["sofa"]),
    (["Couch"], [["couch", "sofa", "settee"]], ["sofa"]),  # two-way: from any member
    (["ＴＶ"], [["tv", "television"]], ["tv"]),  # folded: full width
    (["television"], [["television"]], []),  # one-way: not back
    (["cheap", "tv", "stand"], [["cheap"], ["tv stand", "media console"]], ["stand"]),  # the longest phrase wins
    (["media", "console", "oak"], [["media console", "tv stand"], ["oak"]], ["stand"]),
    (["red", "chair"], [["red"], ["chair"]], []),
    (["ソファー"], [["ソファー", "ソファ", "カウチ"]], ["jp-sofa"]),
    (["ｿﾌｧ"], [["ソファ", "ソファー", "カウチ"]], ["jp-sofa"]),  # half-width katakana folds
    (["革ソファー"], [["革ソファー", "革ソファ", "革カウチ"]], ["jp-sofa"]),  # inside a word, the longest term
    (["北欧ソファ", "白"], [["北欧ソファ", "北欧ソファー", "北欧カウチ"], ["白"]], ["jp-sofa"]),
    (["パソコン"], [["パソコン", "ノート pc", "ラップトップ"]], ["pc"]),
    (["ノート", "パソコン"], [["ノート パソコン", "ラップトップ"]], ["laptop"]),  # multiword Japanese
    (["ソフト"], [["ソフト"]], []),
])
def test_expand(query, groups, fired):
    got_groups, got_fired = SYNONYMS.expand(query)
    assert got_groups == groups
    assert [f["synonym"] for f in got_fired] == fired


def test_fired_says_what_matched_and_what_was_added():
    _, fired = SYNONYMS.expand(["cheap", "TV"])
    assert fired == [{"synonym": "tv", "kind": "one-way", "matched": "tv", "added": ["television"]}]
    _, fired = SYNONYMS.expand(["本革ソファ"])
    assert fired == [{"synonym": "jp-sofa", "kind": "two-way", "matched": "ソファ", "added": ["本革ソファー", "本革カウチ"]}]


def test_a_phrase_in_several_entries_gets_all_their_alternatives_up_to_the_cap():
    both = SynonymSet(["sofa, couch", "sofa -> settee", "couch, divan"])
    groups, fired = both.expand(["sofa"])
    assert groups == [["sofa", "couch", "settee"]] and len(fired) == 2
    assert both.expand(["couch"])[0] == [["couch", "sofa", "divan"]]
    capped = SynonymSet([{"terms": [f"w{k}" for k in range(20)]}], max_alternatives=3)
    assert capped.expand(["w0"])[0] == [["w0", "w1", "w2"]]


def test_the_text_format():
    assert Synonym.parse("sofa, couch ,settee") == Synonym(terms=("sofa", "couch", "settee"))
    assert Synonym.parse("tv -> television, telly") == Synonym(source="tv", targets=("television", "telly"))
    assert Synonym.parse("tv => television").kind == "one-way"
    assert SynonymSet(["tv -> television"]).expand(["tv"])[0] == [["tv", "television"]]
    assert SynonymSet([]).expand(["T-Shirt"]) == ([["t"], ["shirt"]], [])


@pytest.mark.parametrize("bad", [{"terms": ["sofa"]}, {"terms": ["Sofa", "sofa "]}, {"source": "tv"},
                                 {"source": "tv", "targets": ["x"], "terms": ["a", "b"]}, {"terms": []},
                                 {"source": "!!", "targets": ["x"]}, {"terms": ["a", "b"], "other": 1}])
def test_invalid_synonyms_are_refused(bad):
    with pytest.raises(ValidationError):
        Synonym.model_validate(bad)
