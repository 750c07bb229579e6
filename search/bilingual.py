"""A Japanese word's English meanings, from JMdict (the Electronic Dictionary Research and
Development Group's Japanese-English dictionary, shipped offline by the PyPI packages `jamdict`
and `jamdict-data`): 日焼け止め is "sunscreen", 皿 a "plate", ウェブカメラ a "webcam". A shop's
English-titled imports are found by a Japanese word that is no loanword of their title's words.

Only the first sense of the word's first entries is read (布 is "cloth", not a Chinese coin), and
the caller keeps only glosses its catalogue says (`search.indexing.WordIndexes._english_of`).
Without the dictionary installed, no word has a meaning and search reads loanwords only.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

ENTRIES = 2        # the first entries of a word (JMdict orders the common ones first)
MAX_WORDS = 3      # "rice bran oil"; a longer gloss explains rather than names

_LOCAL = threading.local()  # the dictionary's SQLite connection serves the thread that opened it
_MISSING: list[bool] = []   # set once the dictionary is found unusable: no thread tries again


def _jamdict():
    jam = getattr(_LOCAL, "jam", None)
    if jam is None and not _MISSING:
        try:
            from jamdict import Jamdict
            jam = Jamdict(memory_mode=False)
            if not jam.ready:
                raise RuntimeError("no JMdict database")
            _LOCAL.jam = jam
        except Exception:  # noqa: BLE001 - not installed, or its database unreadable: no meanings
            _MISSING.append(True)
            jam = None
    return jam


@lru_cache(maxsize=65536)
def meanings(word: str) -> tuple[tuple[str, ...], ...]:
    """The English glosses of the first sense of `word`'s first entries, each as its lower-case
    words ("rice-bran oil" -> ("rice", "bran", "oil")); () for a word JMdict does not have."""
    jam = _jamdict()
    if jam is None or not word or not any(ord(c) > 0x2e7f for c in word):  # Japanese words only
        return ()
    try:
        found = jam.lookup(word, strict_lookup=True, lookup_chars=False, lookup_ne=False)
        glosses = [g.text for e in found.entries[:ENTRIES] for s in e.senses[:1] for g in s.gloss]
    except Exception:  # noqa: BLE001 - a dictionary that fails a word gives it no meaning, never a 500
        return ()
    out = []
    for g in glosses:
        said = re.sub(r"\([^)]*\)", " ", g.lower()).replace("-", " ").split()
        if 0 < len(said) <= MAX_WORDS and all(w.isalpha() for w in said):
            out.append(tuple(said))
    return tuple(dict.fromkeys(out))
