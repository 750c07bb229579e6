"""A preposition the catalogue writes hyphened after a word ("Clip-In", "Tape-In Extensions") is
part of a modifier, so where a title or a query writes the pair apart ("Tape In Hair Extensions",
"clip in extensions") it cuts nothing and the head comes after it (`heads.hyphened_pairs`).
Where the catalogue never hyphens it, "in" still cuts ("Shoes in Black" is shoes)."""

from __future__ import annotations

from test_bilingual_reading import ranked
from test_category_levels import build

from search.heads import head_word, hyphened_pairs
from search.text import words

EXT = "Hair Extensions"
ROWS = [  # (id, title, category, price)
    ("tape-1", "Tape In Hair Extensions, 18 Inch, Black", f"{EXT} > Tape-In Extensions", 59.0),
    ("tape-2", "Seamless Tape In Hair Extensions, 20 Inch, Blonde", f"{EXT} > Tape-In Extensions", 89.0),
    ("clipin-1", "Clip In Hair Extensions, 16 Inch, Blonde", f"{EXT} > Clip-In Extensions", 29.0),
    ("clipin-2", "Clip In Hair Extensions, 22 Inch, Brown", f"{EXT} > Clip-In Extensions", 79.0),
    ("halo-1", "Halo Hair Extensions, 16 Inch, Blonde", f"{EXT} > Other Extensions", 49.0),
    ("clips-1", "Hair Extension Clips, Snap Clips, 60 Pieces, Blonde", f"{EXT} > Extension Supplies", 8.0),
    ("clips-2", "Wig Clips for Hair Extensions, 40 Pieces, Blonde", f"{EXT} > Extension Supplies", 7.0),
    ("claw-1", "Claw Clip, Large, Tortoise", "Salon Supplies > Clips", 9.0),
    ("shoes-1", "Ballet Shoes in Black, Canvas", "Dance > Shoes", 25.0),
]


def test_the_pairs_a_catalogue_hyphens_before_a_preposition():
    texts = [words(t) for _, t, c, _ in ROWS] + [words(c) for _, _, c, _ in ROWS]
    assert hyphened_pairs(texts) == {("tape", "in"), ("clip", "in")}
    tokens = words("Tape In Hair Extensions, 18 Inch")
    assert tokens[head_word(tokens, joined=hyphened_pairs(texts))] == "extensions"
    assert tokens[head_word(tokens)] == "tape"  # nothing learned: "in" cuts
    shoes = words("Ballet Shoes in Black, Canvas")
    assert shoes[head_word(shoes, joined=hyphened_pairs(texts))] == "shoes"


def test_a_pair_written_apart_reads_as_the_hyphened_one_in_titles_and_queries():
    engine = build(ROWS)
    assert set(ranked(engine, "tape in extensions")[:2]) == {"tape-1", "tape-2"}
    assert set(ranked(engine, "clip in extensions")[:2]) == {"clipin-1", "clipin-2"}
    assert ranked(engine, "cheap blonde clip in extensions")[0] == "clipin-1"  # not the 7 or 8 clips
    assert set(ranked(engine, "extension clips")[:2]) == {"clips-1", "clips-2"}
