"""Where the head of a title or query is: the word that names what it is ("Slim Fit Dress Shirt -
White" is a shirt; "ノートパソコン用 ケース" is a case), in English (the last content word of the
first chunk) and in Japanese (the word that closes the leading run of nouns, or, in a keyword-list
title, the group the catalogue names alone most). Read the same way for titles, when the
catalogue is learned (`search.understanding.CatalogKnowledge`), and for queries (`understand`).
"""

from __future__ import annotations

from collections import Counter

from search.accessories import FALLBACK, LATIN_PURPOSE, Markers, purpose_positions
from search.text import is_japanese, is_number, type_word
from search.word_classes import (COLLECTIVES, EN_TRAILING, JA_DESCRIPTORS, JA_WITH_MARKERS, STOPWORDS, TITLE_PREPOSITIONS,
                                 UNITS)


def is_content(word: str) -> bool:
    return (word != "|" and word not in STOPWORDS and word not in UNITS and word not in JA_DESCRIPTORS and not is_number(word)
            and not any(c.isdigit() for c in word) and (len(word) > 1 or is_japanese(word)))


def content_at(tokens: list[str], i: int) -> bool:
    """`is_content`, and not read where it stands as describing (`Words.descriptors`: the suffix
    付き of "蓋付き", an adjectival メジャー)."""
    return is_content(tokens[i]) and i not in getattr(tokens, "descriptors", ())


def _japanese_led(tokens: list[str], skip, markers: Markers) -> bool:
    """Whether the first chunk (up to a separator) of a title or query says a Japanese word:
    Latin words before it are a brand or a model ("Hearth & Co 卓上ライト", "USB-C 充電器")."""
    chunk = tokens[:tokens.index("|")] if "|" in tokens else tokens
    return any(is_japanese(w) and i not in skip and (content_at(tokens, i) or w in markers.after) for i, w in enumerate(chunk))


def _japanese_run(tokens: list[str], skip, markers: Markers) -> list[int]:
    """The leading run of nouns of a Japanese title or query, ending at an attribute, a
    descriptor, a number, a Latin word or a separator; a purpose phrase ("X用") is never part of it."""
    purpose = purpose_positions(tokens, markers)
    starts = getattr(tokens, "chunk_starts", frozenset())
    run: list[int] = []
    describing = getattr(tokens, "descriptors", frozenset())
    for i, w in enumerate(tokens):
        if (run and i in describing and i not in starts and i + 1 < len(tokens) and i + 1 not in starts
                and is_japanese(tokens[i + 1]) and content_at(tokens, i + 1)):  # a suffix inside a word: "レンジ上ラック"
            continue
        if i in purpose and run and not any(s in starts for s in range(run[-1] + 1, i + 1)):
            # the rest of a word group the purpose phrase closes ("保存容器用 蓋": 保存 too) names what it is for
            group = max((s for s in starts if s <= run[-1]), default=0)
            run = [k for k in run if k < group]
            if not run:
                continue
        if i in getattr(tokens, "prefixed", ()) and run:  # "ドライブレコーダー SDカード": the Latin part of
            continue  # a word that goes on in Japanese does not end the run of nouns (its head is カード)
        if w in JA_WITH_MARKERS and run and run[-1] == i - 1:  # "ケース付き ルアー": what it comes with
            run = [k for k in run if k < max((s for s in starts if s <= i - 1), default=0)]  # is no head
            continue
        if (w == "|" or i in purpose or i in skip or not content_at(tokens, i) or not is_japanese(w)  # "LED", "USB": specs
                or (i > 0 and is_number(tokens[i - 1]))  # a counter: "2人掛け", "100袋"
                or _latin_headed(tokens, i, starts)):
            if run:
                break
            continue
        run.append(i)
    return run


def _latin_headed(tokens: list[str], i: int, starts) -> bool:
    """Whether the word group of position `i` ends in a Latin word ("ノートPC", "ゲーミングPC"):
    the compound's head is that word, so none of its Japanese parts is the head."""
    glued = getattr(tokens, "glued", frozenset())
    for j in range(i + 1, len(tokens)):
        if j in starts or tokens[j] == "|" or not (is_japanese(tokens[j]) or j in glued):
            return False
        if j in glued and tokens[j].isalpha():  # "pc" would read as a unit
            return True
    return False


def keyword_candidates(tokens: list[str], skip, markers: Markers, joined=frozenset()) -> list[int]:
    """The last noun of each space-separated group in the leading run of a Japanese title
    ("テーブルランプ 真鍮" -> ランプ, 真鍮): a compound's head is its last part, but which
    group of a keyword list is the type, grammar does not say. Two groups the catalogue writes
    as one word elsewhere (`joined`: "モップ ホルダー", a モップホルダー) are that compound."""
    starts = getattr(tokens, "chunk_starts", None)
    run = _japanese_run(tokens, skip, markers) if starts and _japanese_led(tokens, skip, markers) else []
    return [i for k, i in enumerate(run) if k + 1 == len(run) or (
        run[k + 1] != i + 1 or run[k + 1] in starts and (tokens[i], tokens[i + 1]) not in joined)] + _made_for(
        tokens, run, skip, markers)


def _made_for(tokens: list[str], run: list[int], skip, markers: Markers) -> list[int]:
    """The word group a purpose phrase closing the leading run is said of, as one more keyword
    group: "網戸 張り替え用 押さえゴム" is also read as a ゴム (made for re-screening a 網戸), which
    the catalogue's categories may confirm (網戸部品 serves 網戸)."""
    starts = getattr(tokens, "chunk_starts", frozenset())
    if not run or run[-1] + 2 >= len(tokens) or tokens[run[-1] + 2] not in markers.after:
        return []
    nxt = run[-1] + 3  # the group after "X用", within its written word
    end = min([s for s in starts if s > nxt] + [len(tokens)])
    if nxt not in starts or nxt >= len(tokens):
        return []
    nouns = [j for j in range(nxt, end) if j not in skip and is_japanese(tokens[j]) and content_at(tokens, j)]
    return nouns[-1:] if nouns and nouns[-1] == end - 1 else []


def coordinated_head(tokens: list[str]) -> int | None:
    """Where a Latin-script title's first word group ends in two nouns joined by "and" ("Ironing
    Board Cover and Pad"), the first of them: the item is both, a cover as much as a pad. Not
    after a preposition ("Case for Night Guards and Retainers": what it is for, or comes with)."""
    end = tokens.index("|") if "|" in tokens else len(tokens)
    if (end >= 3 and tokens[end - 2] == "and" and not is_japanese(tokens[end - 3]) and content_at(tokens, end - 3)
            and not any(w in TITLE_PREPOSITIONS for w in tokens[1:end - 2])):
        return end - 3
    return None


def hyphened_pairs(texts) -> frozenset:
    """The Latin word pairs some title or category writes with a hyphen before a word that is
    otherwise a preposition ("Clip-In", "Tape-In Extensions"): written apart ("Tape In Hair
    Extensions") the pair is the same modifier, and the head comes after it."""
    pairs = set()
    for tokens in texts:
        for i in getattr(tokens, "hyphened", ()):
            if tokens[i] in TITLE_PREPOSITIONS and i > 0 and not is_japanese(tokens[i - 1]):
                pairs.add((tokens[i - 1], tokens[i]))
    return frozenset(pairs)


def written_apart(title_words) -> frozenset:
    """The pairs of Japanese nouns some title writes as one word ("モップホルダー": モップ, ホルダー)
    and another as two groups side by side ("モップ ホルダー 吸着")."""
    joined, apart = set(), set()
    for tokens in title_words:
        starts = getattr(tokens, "chunk_starts", frozenset())
        for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
            if is_japanese(a) and is_japanese(b) and content_at(tokens, i) and content_at(tokens, i + 1):
                (apart if i + 1 in starts else joined).add((a, b))
    return frozenset(joined & apart)


def _japanese_head(tokens: list[str], skip, is_type, markers: Markers, keywords=None, joined=frozenset()) -> int | None:
    """A Japanese title or query: the head closes the leading run of nouns (a compound,
    "シャツワンピース" -> ワンピース, or nouns said apart, "ゲーミング ノートパソコン"), so
    "ノートパソコン用 ケース" is a case. With `keywords(word)` (learned: `keyword_weight`), a title's
    space-separated groups are weighed instead: "ブラウス シルク" is a blouse."""
    run = _japanese_run(tokens, skip, markers)
    if not run:
        return None
    if keywords is not None:
        groups = keyword_candidates(tokens, skip, markers, joined)
        if len(groups) > 1:
            return max(groups, key=lambda i: (*keywords(tokens[i]), -i))  # a tie: the first
    if is_type is not None and not is_type(tokens[run[-1]]):
        typed = [i for i in run if is_type(tokens[i])]
        if typed:
            return typed[-1]
    return run[-1]


def head_word(tokens: list[str], skip: set[int] | frozenset = frozenset(), *, cut=TITLE_PREPOSITIONS,
              is_type=None, markers: Markers = FALLBACK, keywords=None, joined=frozenset()) -> int | None:
    """Position of the head noun: in the first chunk (up to a separator, a post-modifier
    preposition or a Latin accessory marker; "in" after a number is a unit), the last content
    word not in `skip` nor a Japanese purpose phrase ("USB-C 充電器 ノートパソコン用" is a charger).
    With `is_type`, prefer the last word of the chunk that is a known type. Japanese text is read
    as `_japanese_head` reads it."""
    if _japanese_led(tokens, skip, markers):
        return _japanese_head(tokens, skip, is_type, markers, keywords, joined)
    positions = latin_positions(tokens, skip, cut, markers, joined)
    while len(positions) > 1 and tokens[positions[-1]] in EN_TRAILING:  # "Phone Stand Black"
        positions.pop()
    if len(positions) > 1 and tokens[positions[-1]] in COLLECTIVES and positions[-2] == positions[-1] - 1:
        positions.pop()  # "Game Dice Set": dice
    if not positions:
        return None
    if is_type is not None and not is_type(tokens[positions[-1]]):
        typed = [i for i in positions if is_type(tokens[i])]
        if typed:
            return typed[-1]
    return positions[-1]


WEAK_HEAD = 0.01    # a word that heads fewer of the titles saying it than this describes them
STRONG_HEAD = 0.25  # one that heads at least this share of them names what they are


def strongest_head(tokens, taken, h: int, headed, said_by, *, cut=TITLE_PREPOSITIONS,
                   markers: Markers = FALLBACK) -> int:
    """The head at `h` of a Latin-script query, unless it is a type that titles say far more often
    than they are it (a finish, a fuel, a brand: "nickel" in "shower faucet brushed nickel", "gas"
    in "grills-gas") and another of its words is what most titles saying it are: then the last
    such word. `headed(word)`: titles whose head it is; `said_by(word)`: items saying it."""
    def share(i: int) -> float:
        n = said_by(tokens[i])
        return headed(tokens[i]) / n if n else 0.0

    if is_japanese(tokens[h]) or not headed(tokens[h]) or share(h) >= WEAK_HEAD:
        return h  # a word no title is was chosen for what the catalogue says around it ("drill bit")
    strong = [i for i in latin_positions(tokens, taken, cut, markers) if i != h and share(i) >= STRONG_HEAD]
    return strong[-1] if strong else h


def latin_positions(tokens: list[str], skip, cut=TITLE_PREPOSITIONS, markers: Markers = FALLBACK,
                    joined=frozenset()) -> list[int]:
    """The content words of the first chunk of a Latin-script title or query (up to a separator,
    a post-modifier preposition or a Latin accessory marker), those in `skip` and purpose phrases
    aside; a preposition the catalogue writes hyphened after the word before (`joined`: "Clip-In")
    cuts nothing there."""
    skip = set(skip) | purpose_positions(tokens, markers)
    end = len(tokens)
    hyphened = getattr(tokens, "hyphened", ())  # "Plug-In Chime", "Built-In Oven": no preposition
    for i, w in enumerate(tokens):
        if w == "|" or ((w in cut or w in markers.before) and i > 0 and i not in hyphened
                        and (tokens[i - 1], w) not in joined
                        and not (w == "in" and is_number(tokens[i - 1]))):
            if any(content_at(tokens, j) and j not in skip for j in range(i)):
                end = i
                break
    return [i for i in range(end) if content_at(tokens, i) and i not in skip]


def recurring_pairs(pairs_by_title, min_titles: int = 2) -> set[str]:
    """Adjacent word pairs (as type words) that at least `min_titles` Latin-script titles say in
    their first chunk, colours and sizes aside ("Red Bike Light", "Red Bike Pump" name no "red bike"),
    and at least one ends with nothing but a colour, a size or a number after it: the names a
    catalogue gives its products ("Shoe Polish Black 50ml Tin"; "stainless steel" ends none).
    `pairs_by_title`: each title's `name_pairs`."""
    counts: Counter = Counter()
    ends: set[str] = set()
    for said, ending in pairs_by_title:
        counts.update(said)
        ends.update(ending)
    return {p for p, n in counts.items() if n >= min_titles and p in ends}


def name_pairs(tokens: list[str], skip, markers: Markers = FALLBACK) -> tuple[set[str], set[str]]:
    """(the adjacent word pairs, as type words, a Latin-script title says in its first chunk, colours
    and sizes aside; those of them with nothing but a colour, a size or a number after them)."""
    if _japanese_led(tokens, skip, markers):
        return set(), set()
    pos = [i for i in latin_positions(tokens, skip, markers=markers) if tokens[i] not in EN_TRAILING]
    said = {(a, b) for a, b in zip(pos, pos[1:]) if b == a + 1}
    return ({f"{type_word(tokens[a])} {type_word(tokens[b])}" for a, b in said},
            {f"{type_word(tokens[a])} {type_word(tokens[b])}" for a, b in said if b + 1 not in pos})


def named_head(tokens: list[str], skip, i: int, recurring: set[str], one_off, markers: Markers = FALLBACK) -> int:
    """A Latin-script title's head `i`, moved back to the end of a product name the catalogue
    says again and again when the one word after it (colours and sizes aside) is said by no other
    title as its head (`one_off(word)`): "Shoe Polish Black 50ml Tin" and "Brown Shoe Polish
    Liquid" are polishes, "Wooden Phone Stand Desk" a stand; "Horsehair Shoe Brush" (a pair said
    once) stays a brush, and "Kindle Paperwhite Screen Protector" a protector (two words after)."""
    if not recurring or _japanese_led(tokens, skip, markers):
        return i
    positions = latin_positions(tokens, skip, markers=markers)
    if i not in positions:
        return i
    words_after = 0
    for k in range(positions.index(i), 0, -1):
        words_after += tokens[positions[k]] not in EN_TRAILING
        if words_after > 1 or not one_off(tokens[positions[k]]):
            return i
        a, b = positions[k - 1] - 1, positions[k - 1]
        if a >= 0 and a in positions and f"{type_word(tokens[a])} {type_word(tokens[b])}" in recurring:
            return i if _said_for(tokens, tokens[b], markers) else b
    return i


def _said_for(tokens: list[str], word: str, markers: Markers) -> bool:
    """Whether a Latin-script title says `word`, or its plural, after a purpose marker ("Tree
    Topper Stabilizer for Star Toppers": the name it begins with is what it is for, not what it
    is; "Stamp Ink Refill for Self-Inking Stamps" says no ink there, only a word sharing its stem)."""
    before = markers.before or LATIN_PURPOSE
    at = [j for j, w in enumerate(tokens) if w in before and j > 0]
    return bool(at) and any(w.removesuffix("es") == word or w.removesuffix("s") == word or w == word
                            for w in tokens[at[0] + 1:])
