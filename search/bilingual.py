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
import sqlite3
import threading
from functools import lru_cache

from search.text import is_hiragana, is_kanji, is_katakana
from search.word_classes import IRREGULAR_PLURALS

_PLURALS = {one: many for many, one in IRREGULAR_PLURALS.items()}

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
    """The English glosses of the first sense of `word`'s first entries, and of its first sense as
    a noun where the first is none (ガラガラ, "with a rattle", is also the toy, "rattle"), each as
    its lower-case words ("rice-bran oil" -> ("rice", "bran", "oil")); () for a word JMdict does
    not have."""
    jam = _jamdict()
    if jam is None or not word or not any(ord(c) > 0x2e7f for c in word):  # Japanese words only
        return ()
    try:
        found = jam.lookup(word, strict_lookup=True, lookup_chars=False, lookup_ne=False)
        glosses = [g.text for e in found.entries[:ENTRIES] for s in _named_senses(e.senses) for g in s.gloss]
    except Exception:  # noqa: BLE001 - a dictionary that fails a word gives it no meaning, never a 500
        return ()
    out = []
    for g in glosses:
        said = re.sub(r"\([^)]*\)", " ", g.lower()).replace("-", " ").split()
        if 0 < len(said) <= MAX_WORDS and all(w.isalpha() for w in said):
            out.append(tuple(said))
    return tuple(dict.fromkeys(out))


def _named_senses(senses) -> list:
    """The first sense, and the first that is a noun's where the first is not (a shop's words name things)."""
    if not senses or any(p.startswith("noun") for p in senses[0].pos):
        return senses[:1]
    return [senses[0], *[s for s in senses[1:] if any(p.startswith("noun (common)") for p in s.pos)][:1]]


def kind_of(word: str, part: str) -> bool:
    """Whether the dictionary says `word` is a kind of `part`, the kanji it ends in: a gloss they
    share, or one of the word's ending in one of the part's ("絵筆", a paintbrush, is a 筆; "本棚", a
    bookshelf, a 棚; "手袋", a glove, is no 袋, a bag)."""
    whole, last = {" ".join(m) for m in meanings(word)}, {" ".join(m) for m in meanings(part)}
    return bool(whole & last) or any(w.endswith(p) for w in whole for p in last)


def _glosses():
    """The dictionary's SQLite database, read-only, for this thread (JMdict indexes its glosses'
    text: a word's entries are found in milliseconds)."""
    con = getattr(_LOCAL, "glosses", None)
    jam = _jamdict() if con is None else None
    if con is None and jam is not None:
        con = _LOCAL.glosses = sqlite3.connect(f"file:{jam.db_file}?mode=ro", uri=True, check_same_thread=False)
    return con


def _singular(word: str) -> list[str]:
    """The word and the singulars it may be the plural of; a word not ending in s also as its
    plural: glosses name a pair or a kind in the plural ("shoes": シューズ, for a "shoe rack")."""
    out = [word, IRREGULAR_PLURALS.get(word, word)]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    if not word.endswith("s"):
        out.append(_PLURALS.get(word) or (word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou"
                                          else word + "es" if word.endswith(("x", "z", "ch", "sh")) else word + "s"))
    return list(dict.fromkeys(out))


def _written_noun(word: str) -> bool:
    """A noun as titles write it: in kanji, in katakana or both (簡易トイレ), in kanji with kana
    endings, two kanji at least (日焼け止め, 釣り糸), or in all three scripts (消しゴム); not a reading
    in hiragana nor a verb's stem (入れ)."""
    if all(is_kanji(c) or is_katakana(c) for c in word):
        return True
    if not all(is_kanji(c) or is_katakana(c) or is_hiragana(c) for c in word):
        return False
    kanji = sum(is_kanji(c) for c in word)
    return kanji >= 2 or (kanji == 1 and any(is_katakana(c) for c in word))


def _said_for(where: str, args: list) -> list[str] | None:
    """The written forms and readings of the entries whose glosses match `where` (over
    SenseGloss g); None without a readable dictionary."""
    con = _glosses()
    if con is None:
        return None
    try:
        return [r[0] for r in con.execute(
            "SELECT k.text FROM SenseGloss g JOIN Sense s ON s.ID = g.sid JOIN Kanji k ON k.idseq = s.idseq "
            f"WHERE {where} UNION ALL "
            "SELECT k.text FROM SenseGloss g JOIN Sense s ON s.ID = g.sid JOIN Kana k ON k.idseq = s.idseq "
            f"WHERE {where}", args + args)]
    except sqlite3.Error:  # an unreadable dictionary gives the word no Japanese, never a 500
        return None


def _by_meaning(found: list[str] | None, means) -> tuple[str, ...]:
    """The written nouns of `found` one of whose meanings `means(meaning)` accepts, those that mean
    it first first (checked forward: a word's own first sense decides, not a gloss of a later one)."""
    rank = {w: min((k for k, m in enumerate(meanings(w)) if means(m)), default=None)
            for w in dict.fromkeys(found or ()) if _written_noun(w)}
    return tuple(sorted((w for w, k in rank.items() if k is not None), key=rank.get))


def _english_forms(english: str) -> list[str] | None:
    said = english.lower().split()
    if not said or len(said) > MAX_WORDS or not all(w.isascii() and w.isalpha() for w in said) or len(said[-1]) < 3:
        return None
    joined = ["".join(said)] if len(said) == 2 else []  # "dash cam": the gloss "dashcam"
    return [" ".join([*said[:-1], last]) for last in _singular(said[-1])] + [w for j in joined for w in _singular(j)]


@lru_cache(maxsize=16384)
def japanese_words(english: str) -> tuple[str, ...]:
    """The Japanese words, written in kanji or in katakana, whose meaning (`meanings`: the first
    sense of their first entries) is the English word or phrase `english`, its last word singular
    or not: "fertilizer" -> 肥料, "wallets" -> ウォレット, 財布, "cat litter" -> 猫砂; () without the
    dictionary. The words that mean it first come first ("parasol": 日傘 before 傘, an umbrella
    first). Readings in hiragana and verb-derived spellings (入れ for "bag") are left out: titles
    write the noun, in kanji with kana endings too ("sunscreen": 日焼け止め, `_written_noun`)."""
    forms = _english_forms(english)
    if not forms:
        return ()
    # the gloss itself, or it with a note ("plate (often as in ...)", プレート): ranges of the text index
    where = " OR ".join(["g.text = ? OR (g.text >= ? AND g.text < ?)"] * len(forms))
    meant = {tuple(f.split()) for f in forms}
    return _by_meaning(_said_for(where, [a for f in forms for a in (f, f + " (", f + " )")]), meant.__contains__)


@lru_cache(maxsize=4096)
def japanese_readings(english: str) -> tuple[str, ...]:
    """The readings in hiragana of the kanji words that mean it (`japanese_words`): titles write
    some nouns in kana ("broom": 箒, read ほうき). Readings of the words the dictionary checked,
    not every word read so (ほうき is also 法規, "laws")."""
    written = [w for w in japanese_words(english) if any(is_kanji(c) for c in w)]
    con = _glosses() if written else None
    if con is None:
        return ()
    try:
        found = con.execute(f"SELECT r.text, k.text FROM Kanji k JOIN Kana r ON r.idseq = k.idseq "
                            f"WHERE k.text IN ({', '.join('?' * len(written))})", written).fetchall()
    except sqlite3.Error:
        return ()
    order = {w: k for k, w in enumerate(written)}
    said = sorted(((order[w], r) for r, w in found if len(r) > 1 and is_hiragana(r)))
    return tuple(dict.fromkeys(r for _, r in said))


@lru_cache(maxsize=4096)
def japanese_kinds(english: str) -> tuple[str, ...]:
    """The Japanese words whose meaning is a kind of the English word: a gloss of two words
    ending in it ("thermometer": 体温計, a "medical thermometer"). A scan of the glosses (tens
    of milliseconds, once per word): the reading of last resort, where no word means it."""
    forms = _english_forms(english)
    if not forms or " " in forms[0]:
        return ()
    where = " OR ".join(["g.text LIKE ?"] * len(forms))
    ends = set(forms)
    return _by_meaning(_said_for(where, [f"% {f}" for f in forms]), lambda m: len(m) == 2 and m[1] in ends)
