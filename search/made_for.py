"""What a title says it is made for, read off its words alone (no catalogue): Japanese purpose
phrases ("ノートパソコン用 ケース" is made for a laptop), a type said only as a longer word's first
part ("包丁研ぎ器" is a sharpener), English purpose markers ("Ribbon Ties for Gift Bags"). Read by
`search.features` where it weighs a title's type. Written here because no library reads a
marketplace title's grammar; the words come from Sudachi (`search.text`)."""

from __future__ import annotations

from search.accessories import LATIN_PURPOSE, LATIN_PURPOSE_BEFORE, Markers, purpose_positions
from search.heads import content_at
from search.text import category_path, compound_parts, is_japanese, known_cut, normalize, type_word, words


def said_alone(title: str, word: str) -> bool:
    """Whether `title` writes `word` as a word group of its own somewhere (between spaces,
    Latin letters or the ends): then it is neither a purpose nor a compound's first part there."""
    text = normalize(title)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not is_japanese(text[at - 1])) and (end == len(text) or not is_japanese(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def purpose_of(title: str, type_: str, markers: Markers) -> bool:
    """Whether `title` says it is made for `type_` ("ノートパソコン用 ケース": for a laptop); not
    where it names a use, a verb's noun form ("シャンプー 詰め替え用" is a refill, for refilling)."""
    tokens = words(title)
    acting = getattr(tokens, "actions", ())
    return any(type_word(tokens[i]) == type_ for i in purpose_positions(tokens, markers)
               if tokens[i] not in markers.after and i not in acting)


def made_for_type(title: str, type_: str, markers: Markers, kind: bool) -> bool:
    """Whether a title sold beside the type says it is made for it: in English, after a purpose
    marker; in Japanese, made for one ("X用 Y"), or saying it only as a longer word's first part,
    but where `kind`: sold under a leaf named for the type, below a level named for the title's
    head ("簡易水冷クーラー" under "CPUクーラー > 簡易水冷" is a 簡易水冷, a kind of cooler)."""
    if not is_japanese(type_):
        return said_for(title, type_, markers)
    return purpose_of(title, type_, markers) if kind else modifier_only(title, type_, markers)


def said_for(title: str, type_: str, markers: Markers) -> bool:
    """Whether a Latin-script title says `type_` after one of the catalogue's markers (where it
    learned none, "for", "fits", "compatible"), before a separator ("Ribbon Ties for Gift Bags,
    White": for a bag), or before "replacement" and another word in its word group ("Plant Mister
    Replacement Trigger": for a plant mister)."""
    before = markers.before or LATIN_PURPOSE
    tokens = words(title)
    chunk = 0  # where the word group of the current word starts
    for i, w in enumerate(tokens):
        if w == "|":
            chunk = i + 1
        elif w in before and i > 0:
            for after in tokens[i + 1:]:
                if after == "|":
                    break
                if type_word(after) == type_:
                    return True
        elif (w in LATIN_PURPOSE_BEFORE and i + 1 < len(tokens) and tokens[i + 1] != "|"
              and any(type_word(x) == type_ for x in tokens[chunk:i])
              and type_word(tokens[i + 1]) != type_):
            return True
    return False


def replaced_part(title: str, type_: str) -> bool:
    """Whether a Latin-script title with "replacement" as a word group of its own says `type_`
    in its first word group before that group's last word ("Pottery Wheel Foot Pedal,
    Replacement": a pedal, replacing a pottery wheel's). Read only under a category serving the
    type: elsewhere the same words say a replacement of the thing ("Bag Chain Strap, Replacement"
    under "Bag Parts" is a bag chain)."""
    tokens = words(title)
    groups = " ".join(tokens).split(" | ")
    if len(groups) < 2 or not any(g in LATIN_PURPOSE_BEFORE for g in groups[1:]):
        return False
    first = groups[0].split()
    return any(type_word(x) == type_ for x in first[:-1]) and type_word(first[-1]) != type_


def made_for_word(title: str, word: str, markers: Markers) -> bool:
    """Whether `title` says it is made for `word` itself ("電動歯ブラシ専用 替えブラシ" for
    歯ブラシ), and says the word nowhere else."""
    if word not in title or not any(m in title for m in markers.after):  # most titles: no reading needed
        return False
    tokens = words(title)
    purpose = purpose_positions(tokens, markers)
    return (any(tokens[i] == word for i in purpose if tokens[i] not in markers.after)
            and not any(w == word for i, w in enumerate(tokens) if i not in purpose))


def written_word(text: str, word: str) -> str:
    """The whole written word of `text` (a run between spaces or separators) holding its last
    `word`: "カラーボックス" for ボックス in "格安 白 カラーボックス"; `word` itself where it is not said."""
    tokens = words(text)
    at = [i for i, w in enumerate(tokens) if w == word]
    chunks = getattr(tokens, "chunk_starts", None)  # Japanese text only
    if not at or not chunks:
        return word
    starts = sorted(set(chunks) | {0, len(tokens)})
    a = max(s for s in starts if s <= at[-1])
    b = min(s for s in starts if s > at[-1])
    return "".join(tokens[a:b])


def made_for_written(title: str, said: str, markers: Markers) -> bool:
    """Whether `title` says it is made for the written word `said` ("カラーボックス用 インナーボックス",
    "カラーボックス対応 引き出し"), and writes that word nowhere else."""
    if said not in title or not any(m in title for m in markers.after):
        return False
    tokens = words(title)
    chunks = getattr(tokens, "chunk_starts", None)
    if not chunks:
        return False
    purpose = purpose_positions(tokens, markers)
    starts = sorted(set(chunks) | {0, len(tokens)})
    made = elsewhere = False
    for a, b in zip(starts, starts[1:]):
        text = "".join(tokens[i] for i in range(a, b) if tokens[i] not in markers.after)
        if any(i in purpose for i in range(a, b)):
            made |= text == said
        else:
            elsewhere |= said in text
    return made and not elsewhere


def modifier_only(title: str, type_: str, markers: Markers) -> bool:
    """Whether Japanese grammar says the title is not a `type_`: it is made for one ("X用 Y") or
    says it only as a longer word's first part ("包丁研ぎ器")."""
    return purpose_of(title, type_, markers) or compound_part(title, type_)


def leaf_compound(title: str, type_: str, category: str | None) -> bool:
    """Whether the longer word a Japanese title says `type_` as the first part of, from the type
    on, is what its category's leaf is named ("UVレジン液" under "レジン用品 > UVレジン液": the shop
    sells レジン液 as its resin; an X液 elsewhere may be a fluid for an X)."""
    path = category_path(category)
    if not path:
        return False
    tokens = words(title)
    starts = sorted(set(getattr(tokens, "chunk_starts", ())) | {len(tokens)})
    leaf = normalize(path[-1])
    for i, w in enumerate(tokens):
        if type_word(w) == type_ and i + 1 < len(tokens) and i + 1 not in starts:
            end = min(s for s in starts if s > i)
            if "".join(tokens[i:end]) in leaf:
                return True
    return False


def said_before_head(title: str, type_: str, head: str) -> bool:
    """Whether a Japanese title says `type_` only as the word group right before its head, a
    different word: the compound written apart ("ヒーター カバー 樹脂製" is a cover, as
    "ヒーターカバー" is)."""
    if head == type_ or not is_japanese(head):
        return False
    tokens = words(title)
    at = [i for i, w in enumerate(tokens) if type_word(w) == type_]
    return bool(at) and all(i + 1 < len(tokens) and type_word(tokens[i + 1]) == head for i in at)


def compound_part(title: str, type_: str) -> bool:
    """Whether `title` says `type_` only as the first part of a longer written word, whose head
    is its last part ("包丁研ぎ器" is a sharpener, "イヤホンケース" a case): Japanese grammar."""
    tokens = words(title)
    starts = getattr(tokens, "chunk_starts", frozenset())
    at = [i for i, w in enumerate(tokens) if type_word(w) == type_]
    first = any(len(p := compound_parts(w) or known_cut(w)) > 1 and p[0] == type_ and type_word(w) != type_
                for w in tokens)  # kept whole by the analyser, its parts read apart: "タイヤチェーン" is a チェーン,
    # and a katakana word it does not know, as the two it knows ("パフケース": パフ, ケース)
    return bool(at or first) and all(i + 1 < len(tokens) and i + 1 not in starts and is_japanese(tokens[i + 1])
                                     and content_at(tokens, i + 1) for i in at)
