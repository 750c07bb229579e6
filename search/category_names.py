"""What a category path names: the type of its leaf, every type a leaf lists, and the types of
the levels between its top and its leaf. Pure functions of the path, cached: a Japanese query
asks them of every category (`CatalogKnowledge.categories_named`, `categories_under`)."""

from __future__ import annotations

import re
from functools import lru_cache

from search.heads import head_word
from search.text import category_path, head_type, is_japanese, type_word, words


@lru_cache(maxsize=65536)
def leaf_type(category: str | None) -> str:
    """The type a category's leaf names ("Electronics > Laptops": laptop), "" for none."""
    path = category_path(category)
    if not path:
        return ""
    tokens = words(path[-1])
    i = head_word(tokens)
    return head_type(tokens, i) if i is not None else ""


@lru_cache(maxsize=65536)
def leaf_word(category: str | None) -> str:
    """A leaf that is one Japanese word, that word ("仏具 > りん": りん), else "": a product's name
    however Sudachi reads it elsewhere (りん as an adverb, もち as a suffix)."""
    path = category_path(category)
    tokens = [w for w in words(path[-1]) if w != "|"] if path else []
    return tokens[0] if len(tokens) == 1 and is_japanese(tokens[0]) else ""


def read_as_nouns(tokens, named) -> None:
    """Read the words a category leaf is named for (`named`) as nouns wherever Sudachi read them
    as describing: "玄米もち" is a もち, "りん 真鍮" a りん, in a shop selling "> もち" and "> りん"."""
    if getattr(tokens, "descriptors", None):
        tokens.descriptors = frozenset(i for i in tokens.descriptors if tokens[i] not in named)


@lru_cache(maxsize=65536)
def leaf_names(category: str | None) -> frozenset:
    """Every type a category's leaf names: each of the types a leaf lists ("スタンド・三脚",
    "Mice & Keyboards"), the leaf's type otherwise."""
    path = category_path(category)
    if not path:
        return frozenset()
    parts = [p for p in re.split(r"\s*(?:[・&、,]|\band\b)\s*", path[-1]) if p]
    return frozenset(filter(None, (leaf_type(p) for p in parts)))


@lru_cache(maxsize=65536)
def level_types(category: str | None, leaf: bool = False, top: bool = False) -> tuple[str, ...]:
    """The types the levels between a category's top and its leaf name, one word each (with
    `top`, the top's too); with `leaf`, the types of every word of the leaf instead."""
    path = category_path(category)
    if leaf:
        return tuple(type_word(w) for w in words(path[-1]) if w != "|") if path else ()
    out = []
    for level in path[0 if top else 1:-1]:
        tokens = [w for w in words(level) if w != "|"]
        if len(tokens) == 1 and (i := head_word(tokens)) is not None:
            out.append(head_type(tokens, i))
    return tuple(out)


@lru_cache(maxsize=65536)
def leaf_says(category: str | None, type_: str) -> bool:
    """Whether a category's leaf says the type: as one of its words ("Fan Controls": fan), or as
    the start of a longer Japanese word the analyser keeps whole ("アイロン台": アイロン)."""
    path = category_path(category)
    if not path or type_ in level_types(category, leaf=True):
        return bool(path)
    return any(is_japanese(w) and len(w) > len(type_) and w.startswith(type_) for w in words(path[-1]))


@lru_cache(maxsize=65536)
def kind_by_ending(category: str | None, type_: str) -> bool:
    """Whether a category's leaf is one Japanese word ending in a type that a level above it, its
    top included, is named alone ("傘 > 日傘" for 傘: a 日傘 is a 傘, a word Sudachi keeps whole;
    not "傘 > 傘立て")."""
    path = category_path(category)
    word = leaf_word(category)
    if len(path) < 2 or not is_japanese(type_) or word == type_ or not word.endswith(type_):
        return False
    return any([w for w in words(level) if w != "|"] == [type_] for level in path[:-1])
