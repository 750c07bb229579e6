"""A Latin-script title whose first word group ends in two nouns joined by "and" is both
("Ironing Board Cover and Pad" is a cover as much as a pad: `heads.coordinated_head`), but not
after a preposition ("Case for Night Guards and Retainers" is a case, for either)."""

from __future__ import annotations

from test_category_levels import build

from search.heads import coordinated_head
from search.text import words

BOARDS = "Laundry & Ironing > Ironing Boards"
ROWS = [  # (id, title, category, price)
    ("cover-1", "Ironing Board Cover and Pad, 140x50cm, Silver", f"{BOARDS} > Covers & Pads", 19.0),
    ("cover-2", "Pressline Ironing Board Cover, Elasticated Edge, Grey", f"{BOARDS} > Covers & Pads", 15.0),
    ("cover-3", "Extra Thick Ironing Board Cover, Felt Padding, Floral", f"{BOARDS} > Covers & Pads", 24.0),
    ("board-1", "Tabletop Ironing Board, Folding, 76x30cm", BOARDS, 22.0),
    ("board-2", "Pressline Ironing Board, 122x38cm, Iron Rest", BOARDS, 59.0),
    ("board-3", "Wall-Mounted Ironing Board, Fold-Down Cabinet", BOARDS, 149.0),
]


def test_the_first_of_two_nouns_joined_by_and_ending_the_first_group():
    tokens = words("Ironing Board Cover and Pad, 140x50cm")
    assert tokens[coordinated_head(tokens)] == "cover"
    assert coordinated_head(words("Hard Shell Case for Night Guards and Retainers, Black")) is None
    assert coordinated_head(words("Bathtub Stopper, Lift and Turn, Chrome")) is None  # not the first group
    assert coordinated_head(words("Ironing Board Cover, Grey")) is None


def test_a_cover_and_pad_is_a_cover():
    shop = build(ROWS)
    ranked = [it["item_id"] for it in shop.search("ironing board cover", limit=10)["items"]]
    assert set(ranked[:3]) == {"cover-1", "cover-2", "cover-3"}
    cand, features = shop.candidate_features("ironing board cover")
    at = {int(c): k for k, c in enumerate(cand)}
    assert [float(features.type_match[at[shop.row_of[i]]]) for i in ("cover-1", "cover-2", "board-1")] == [1.0, 1.0, 0.0]
