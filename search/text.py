"""Text analysis shared by indexing and queries: normalising, tokenising (English and Japanese),
stemming, with the closed word classes every shop shares (`search.word_classes`: stopwords,
units, Japanese colour words, ...).

`words(text)` gives surface tokens (lowercased, NFKC) for query understanding; `terms(words)`
turns them into index terms (stemmed English, Japanese as is, stopwords dropped). Japanese runs
are split with SudachiPy (`sudachidict_core`) when installed, else into character bigrams.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

from search.word_classes import (DEVICE_SUFFIXES, IRREGULAR_PLURALS, JA_COLORS, JA_DESCRIPTORS, JA_HOLDER_SUFFIXES,
                                 JA_GROUP_DESCRIPTORS, JA_NAMING_SUFFIXES, JA_PURPOSE_MARKERS, JA_SELLER_SUFFIXES, SPELLING_VARIANTS, STOPWORDS, UNIT_SPELLINGS, UNITS)

_JA_DESCRIPTOR_POS = {"形状詞", "形容詞", "副詞", "接頭辞", "連体詞"}

_JA_CHARS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々〆ー"
_JA_RUN = re.compile(f"[{_JA_CHARS}]+")
_KATAKANA = re.compile(r"[\u30a0-\u30ffー]+")
_KATAKANA_OR_NOT = re.compile(r"[\u30a0-\u30ffー]+|[^\u30a0-\u30ffー]+")
_NUMBER = r"\d+(?:[.,/]\d+)*"  # 12, 3/4, 2.5, 1,000
_LATIN = r"a-z0-9\u00df-\u00f6\u00f8-\u024f"  # with accented letters (für, café), folded by `_fold`
_TOKEN = re.compile(rf"[{_JA_CHARS}]+|\$?{_NUMBER}(?:[a-z]+)?|[{_LATIN}]+(?:['’][{_LATIN}]+)?")
_JA_SKIP_POS = {"補助記号", "空白", "助詞", "助動詞", "記号"}
# a number glued to a unit ("12x12", "1inch", "60w"): said apart in titles ("12 in. x 12 in.")
_NUMBER_UNIT = re.compile(rf"({_NUMBER})([a-z]+)")
_TIMES_NUMBER = re.compile(rf"(x)({_NUMBER})")  # the "x4" of "1 x4"
_stemmers = threading.local()  # a PyStemmer stemmer is not thread-safe: one per thread


def normalize(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def is_japanese(token: str) -> bool:
    return bool(_JA_RUN.fullmatch(token))


def has_japanese(text: str) -> bool:
    """Some of `text` is Japanese (a cheap test before any Japanese-only work on a query)."""
    return bool(_JA_RUN.search(text))


def is_katakana(token: str) -> bool:
    return bool(_KATAKANA.fullmatch(token))


def is_letter(token: str) -> bool:
    """A one-letter Latin word (the "t" of "T-Shirt", "Tシャツ", "t shirt")."""
    return len(token) == 1 and "a" <= token <= "z"


def is_number(token: str) -> bool:
    return token[:1].isdigit() or (token[:1] == "$" and token[1:2].isdigit())


_SUDACHI_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _sudachi():
    try:
        from sudachipy import dictionary, tokenizer
    except ImportError:
        return None
    try:
        d = dictionary.Dictionary(dict="core")
        tok = d.tokenizer() if hasattr(d, "tokenizer") else d.create()
    except Exception:  # no dictionary package
        return None
    return tok, tokenizer.Tokenizer.SplitMode.C


def japanese_backend() -> str:
    return "sudachi" if _sudachi() is not None else "bigram"


@lru_cache(maxsize=65536)
def _split_japanese(run: str) -> tuple[tuple[str, bool, bool], ...]:
    """A Japanese run's words, each with whether Sudachi reads it there as describing rather than
    naming (adjectival, or a suffix: 型, 用), and whether as a verb's noun form (詰め替え: refilling;
    not the nouns that take する, which name things too: シャンプー)."""
    sudachi = _sudachi()
    if sudachi is None:  # katakana words whole, other runs as character bigrams
        out: list[str] = []
        for seg in _KATAKANA_OR_NOT.findall(run):
            out.extend([seg] if len(seg) <= 2 or _KATAKANA.fullmatch(seg) else
                       [seg[i:i + 2] for i in range(len(seg) - 1)])
        return tuple((w, False, False) for w in out)
    tok, mode = sudachi
    with _SUDACHI_LOCK:  # one Sudachi tokenizer refuses concurrent use (a 500 under threaded search)
        morphemes = [(m.part_of_speech(), m.surface(), m.normalized_form()) for m in tok.tokenize(run, mode)]
    for k in range(len(morphemes) - 2, 0, -1):  # a noun, then "だ" + "し" read as a copula and a particle
        if (morphemes[k][1], morphemes[k + 1][1]) == ("だ", "し") and morphemes[k - 1][0][0] == "名詞":
            morphemes[k:k + 2] = [(("名詞", "普通名詞", "一般"), "だし", "だし")]  # is the noun だし (昆布だし)
    out = []
    for pos, surface, normalized in morphemes:
        if pos[0] in _JA_SKIP_POS:
            continue
        after_noun = bool(out) and out[-1][2] == "名詞"
        if after_noun and surface[0] in DEVICE_SUFFIXES and (
                pos[0] == "接尾辞" or (surface[1:] in JA_PURPOSE_MARKERS and "形状詞" in pos[0])
                or (surface == surface[0] and pos[0] == "接頭辞")):  # 血圧 + 計 (a prefix of 用 to Sudachi)
            out[-1] = (out[-1][0] + surface[0], out[-1][1], "名詞", False)  # 給水 + 器: one word, the 給水器
            if surface[1:]:  # "給水器用", read by Sudachi as 給水 + 器用 ("dexterous"): 給水器 + 用
                out.append((surface[1:], True, "接尾辞", False))
            continue
        if after_noun and surface in JA_SELLER_SUFFIXES and pos[0] == "接尾辞":  # 灯り + 屋: a shop's name
            out[-1] = (out[-1][0] + surface, True, "名詞", False)
            continue
        if after_noun and (surface in JA_HOLDER_SUFFIXES or (surface in JA_NAMING_SUFFIXES and pos[0] == "接尾辞")):
            # 扇子 + 入れ: one word, the 扇子入れ (a fan case); 浴衣 + 帯, the 浴衣帯 (an obi)
            out[-1] = (out[-1][0] + surface, False, "名詞", False)
            continue
        out.append((normalized if normalized in JA_COLORS else surface,  # a word Sudachi keeps whole ending in 用
                    _describes(pos) or (len(surface) > 1 and surface[-1] in "用製"),  # says a use (携帯用, 業務用)
                    pos[0], pos[0] == "動詞"))  # or what it is made of (木製, 金属製)
    return tuple((w, d, a) for w, d, _, a in out)


def _describes(pos) -> bool:
    return pos[0] in _JA_DESCRIPTOR_POS or "形状詞" in pos[2] or pos[0] == "接尾辞"


def synonym_groups(word: str) -> tuple[int, ...]:
    """The synonym groups of a Japanese word in Sudachi's dictionary (スマホ and スマートフォン share
    one, 鞄 and バッグ another), () for a word of several morphemes, a Latin word, or without
    Sudachi. The groups are Sudachi's, curated for search (abbreviations, spelling variants,
    loanwords), not learned from a shop; a Latin word is never looked up, so English search is
    untouched."""
    one = _one_morpheme(word)
    return one[0] if one else ()


def normalized_spelling(word: str) -> str:
    """The dictionary spelling Sudachi normalizes a one-morpheme Japanese word to, where it differs
    ("靴べら": 靴篦, the spelling JMdict gives "shoehorn"); "" otherwise."""
    one = _one_morpheme(word)
    return one[1] if one and one[1] != word else ""


@lru_cache(maxsize=65536)
def _one_morpheme(word: str) -> tuple[tuple[int, ...], str] | None:
    sudachi = _sudachi()
    if sudachi is None or not is_japanese(word):
        return None
    tok, mode = sudachi
    with _SUDACHI_LOCK:
        morphemes = list(tok.tokenize(word, mode))
    return (tuple(morphemes[0].synonym_group_ids()), morphemes[0].normalized_form()) if len(morphemes) == 1 else None


def _fold(token: str) -> str:
    """A Latin word without its accents ("für" -> "fur", "café" -> "cafe"): shoppers type them
    either way."""
    if token.isascii():
        return token
    return "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _compound(word: str) -> tuple[tuple[str, ...], bool]:
    """A Japanese word's compound parts (Sudachi's middle split), and whether the last one
    describes rather than names there (a suffix: 加湿器's 器, 体温計's 計)."""
    sudachi = _sudachi()
    if sudachi is None or not is_japanese(word) or len(word) < 3:
        return (), False
    from sudachipy import tokenizer
    with _SUDACHI_LOCK:
        parts = [(m.part_of_speech(), m.surface()) for m in sudachi[0].tokenize(word, tokenizer.Tokenizer.SplitMode.B)]
    parts = [(pos, s) for pos, s in parts if pos[0] not in _JA_SKIP_POS]
    return (tuple(s for _, s in parts), _describes(parts[-1][0])) if len(parts) > 1 else ((), False)


def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a Japanese compound word ("アコースティックギター" -> アコースティック, ギター;
    Sudachi's middle split), () for one that is not a compound or without Sudachi."""
    return _compound(word)[0]


MAX_CUT = 16  # the longest unknown katakana word cut into two known ones (two calls per cut)


@lru_cache(maxsize=4096)
def known_cut(word: str) -> tuple[str, ...]:
    """An unknown katakana word as two nouns Sudachi knows written together ("ラグマット": ラグ,
    マット), the first such cut; () for a word the dictionary knows, or with no such cut."""
    sudachi = _sudachi()
    if sudachi is None or not is_katakana(word) or not 4 <= len(word) <= MAX_CUT:
        return ()
    from sudachipy import tokenizer
    mode = tokenizer.Tokenizer.SplitMode.C
    with _SUDACHI_LOCK:
        whole = sudachi[0].tokenize(word, mode)
        if len(whole) != 1 or not whole[0].is_oov():
            return ()
        for i in range(2, len(word) - 1):
            read = [sudachi[0].tokenize(p, mode) for p in (word[:i], word[i:])]
            if all(len(ms) == 1 and not ms[0].is_oov() and ms[0].part_of_speech()[0] == "名詞" for ms in read):
                return (word[:i], word[i:])
    return ()


_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]+")


def is_kanji(text: str) -> bool:
    """Whether `text` is kanji only ("針", "財布")."""
    return bool(_KANJI.fullmatch(text))


_HIRAGANA = re.compile(r"[\u3040-\u309f]+")


def is_hiragana(text: str) -> bool:
    """Whether `text` is hiragana only ("ほうき", "け")."""
    return bool(_HIRAGANA.fullmatch(text))


def word_ending(word: str, said) -> str | None:
    """The catalogue word a Japanese word ends with where the analyser keeps it whole, its head
    (a compound's last part): "長財布" is a 財布, "ワイングラス" a グラス. `said(w)`: whether
    titles say `w` as a word of its own. A kanji ending of two letters or more ("手袋" is no
    袋), or a katakana word that splits into two words the titles say ("スニーカー" does not)."""
    if not is_japanese(word) or len(word) < 3 or compound_parts(word):
        return None
    for i in range(1, len(word) - 1):
        end = word[i:]
        if is_katakana(word) and i >= 2 and said(word[:i]) and said(end):
            return end
        if not is_katakana(word) and _KANJI.fullmatch(end) and said(end):
            return end
    return None


def joined_compounds(tokens: list[str], known, spaced=None) -> list[str]:
    """Japanese words a shopper spaced apart read as the one word the catalogue writes them as
    (`known(word)`): "ワイン グラス" is the catalogue's "ワイングラス", not a グラス and a ワイン; so
    does a letter and a Japanese word ("t シャツ" is the catalogue's "Tシャツ", see `words`). Not
    where titles write the two spaced as well (`spaced(a, b)`: "ヨガマット ケース" beside
    "ヨガマットケース"): the one word would find only the titles that write it so."""
    out: list[str] = []
    for w in tokens:
        letter = out and is_letter(out[-1])
        if (out and is_japanese(w) and (letter or is_japanese(out[-1])) and known(out[-1] + w)
                and (letter or spaced is None or not spaced(out[-1], w))):
            out[-1] += w
        else:
            out.append(w)
    return out


def head_type(tokens: list[str], i: int) -> str:
    """The type the word at `i` names as a head: `type_word`, or with the one-letter word it is
    written onto ("T-Shirt" names "tshirt": a T-shirt is no shirt)."""
    if i in getattr(tokens, "lettered", ()):
        return stem(tokens[i - 1] + tokens[i])
    return type_word(tokens[i])


def type_word(word: str) -> str:
    """The product type a word names: its stem, or the last part of a Japanese compound (an
    "エレキギター" is a ギター), a part too short or descriptive to be one aside."""
    if not is_japanese(word):
        return stem(word)
    parts, describes = _compound(word)
    return parts[-1] if parts and len(parts[-1]) > 1 and parts[-1] not in JA_DESCRIPTORS and not describes else word


class Words(list):
    """Surface tokens, and where each space-separated Japanese word group begins (`chunk_starts`):
    "テーブルランプ 真鍮" is the compound テーブル+ランプ, then a separate word; `glued`: the
    Latin words written inside such a group ("ノートPC")."""

    chunk_starts: frozenset = frozenset()
    glued: frozenset = frozenset()
    lettered: frozenset = frozenset()  # Latin words written onto a one-letter word ("T-Shirt": shirt)
    prefixed: frozenset = frozenset()  # Latin words written onto the Japanese word after them ("SDカード")
    hyphened: frozenset = frozenset()  # Latin words written after a hyphen onto the word before ("Plug-In")
    descriptors: frozenset = frozenset()  # Japanese words read where they stand as describing (`_split_japanese`)
    actions: frozenset = frozenset()  # Japanese words read as a verb's noun form (詰め替え: `_split_japanese`)


def words(text: str | None) -> Words:
    """Surface tokens in reading order: lowercased, NFKC, Japanese runs split into words;
    separators ("-", ",", "|", "(") are kept as the token "|" so titles can be cut at them. A
    Latin letter written onto a Japanese word is one word with it: a "Tシャツ" is no "シャツ".
    English "T-Shirt" stays two words to match (gluing "U-Bolt", "O-Ring" and the like cost Home
    Depot's validation part 0.7834 -> 0.7795: its queries and titles write them both ways), and
    names the type "tshirt" (`lettered`, `head_type`)."""
    text = normalize(text)
    out = Words()
    starts, glued, lettered, describing, prefixed, hyphened, acting = set(), set(), set(), set(), set(), set(), set()
    for piece in re.split(r"\s[-–—/]\s|[,|;()\[\]:]|\s-\s", text):
        after_japanese = after_latin = -1  # where the last Japanese run, the last Latin word ended
        after_letter = -1  # where the last one-letter Latin word ended
        for found in _TOKEN.finditer(piece):
            token = found.group()
            glue = after_letter >= 0 and found.start() == after_letter and is_japanese(token)  # "Tシャツ"
            if after_letter >= 0 and found.start() == after_letter + 1 and piece[after_letter] == "-" and token.isalpha():
                lettered.add(len(out))  # "T-Shirt": a word of its own, whose type the two name (`head_type`)
            after_letter = found.end() if is_letter(token) else -1
            if is_japanese(token):
                if found.start() == after_latin and out and not is_letter(out[-1]) and not is_number(out[-1]):  # "SDカード"
                    prefixed.add(len(out) - 1)
                split = _split_japanese(token)
                glue = glue and bool(split)  # "aー": nothing to write the letter onto
                starts.add(len(out) - glue)
                if glue:
                    out[-1] += split[0][0]
                    split = split[1:]
                describing.update(len(out) + k for k, (w, d, _) in enumerate(split)
                                  if d or (len(split) == 1 and w in JA_GROUP_DESCRIPTORS))
                acting.update(len(out) + k for k, (*_, a) in enumerate(split) if a)
                out.extend(w for w, *_ in split)
                after_japanese = found.end()
            else:
                after_latin = found.end()
                if found.start() > 1 and piece[found.start() - 1] == "-" and piece[found.start() - 2].isalnum():
                    hyphened.add(len(out))  # "Plug-In": no preposition
                if found.start() == after_japanese:  # "ノートPC": a Latin word inside the group
                    glued.add(len(out))
                token = _fold(token.lstrip("$") if token.startswith("$") else token)
                m = _NUMBER_UNIT.fullmatch(token)
                if (m and (m.group(2) in UNITS or m.group(2) in UNIT_SPELLINGS)) or (m := _TIMES_NUMBER.fullmatch(token)):
                    out.extend(m.groups())
                else:
                    out.append(token)
        out.append("|")
    while out and out[-1] == "|":
        out.pop()
    out.chunk_starts, out.glued, out.lettered = frozenset(starts), frozenset(glued), frozenset(lettered)
    out.descriptors, out.prefixed, out.hyphened = frozenset(describing), frozenset(prefixed), frozenset(hyphened)
    out.actions = frozenset(acting)
    return out


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if is_japanese(word):
        return word
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = IRREGULAR_PLURALS.get(word, word)
    word = SPELLING_VARIANTS.get(word, word)
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = Stemmer.Stemmer("english")
    return stemmer.stemWord(word)


def colour_term(word: str) -> str:
    """The index term of a Japanese colour word's English value, as English titles say it (紺:
    "navy", the term "navi"): titles and queries alike."""
    return stem(JA_COLORS[word])


def terms(tokens: list[str], *, keep_stopwords: bool = False) -> list[str]:
    """Index terms from surface tokens: stemmed, stopwords and separators dropped; a Japanese
    colour word also yields its English value's term, so 黒 matches black (紺, "navy": the term
    "navi" an English title's "Navy" is), and a Japanese compound its
    parts, so ギター finds an エレキギター."""
    out = []
    for w in tokens:
        w = UNIT_SPELLINGS.get(w, w)
        if w == "|" or (not keep_stopwords and w in STOPWORDS):
            continue
        out.append(stem(w))
        if w in JA_COLORS:
            out.append(colour_term(w))
        elif is_japanese(w):
            out.extend(compound_parts(w))
    return out


def analyze(text: str | None) -> list[str]:
    return terms(words(text))


def product_text(title: str, brand: str | None = None, category: str | None = None) -> str:
    """The text a product is embedded with: its title, plus its brand and category leaf when the
    title does not already say them."""
    parts = [title or ""]
    said = set(analyze(title))
    for extra in (brand, (category_path(category) or [None])[-1]):
        if extra and not set(analyze(extra)) <= said:
            parts.append(extra)
    return " ".join(p for p in parts if p).strip()


def category_path(category: str | None) -> list[str]:
    if not category:
        return []
    return [p.strip() for p in re.split(r"\s*>\s*|\s*/\s*", category) if p.strip()]
