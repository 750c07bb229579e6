"""Accessory markers learned from a categorised catalogue: the words that say a title is made for
another product ("Hülle für Laptop", "ノートパソコン用 ケース": a case, for a laptop).

A marker is grammar, so it is found by where it stands and where its products sit: a word right
before a product type X (Latin script: "for X", "für X") or right after it (Japanese: "X用",
"X適合") in titles of items that sit outside X's own categories, beside several different types,
and hardly ever in titles inside X's categories. The word before a Japanese marker, and what
follows a Latin one, is what the item is for, never its type. A catalogue without category paths
teaches nothing this way: it reads with the fallback constants (`FALLBACK`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from search.text import category_path, is_japanese, is_number, type_word, words
from search.word_classes import JA_PURPOSE_MARKERS, STOPWORDS

# the least evidence for a marker: titles outside the type's categories, distinct types it
# attaches to, and the share of its uses outside those categories
MIN_TITLES, MIN_TYPES, MIN_OUTSIDE_SHARE = 3, 2, 0.9


@dataclass(frozen=True)
class Markers:
    """before: Latin words that precede what the item is for ("for", "für"): the head is read
    before them; after: Japanese words that follow it ("用", "向け"): the word before is a purpose."""

    before: frozenset = frozenset()
    after: frozenset = JA_PURPOSE_MARKERS
    learned: bool = False

    def to_dict(self) -> dict:
        return {"before": sorted(self.before), "after": sorted(self.after), "learned": self.learned}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Markers":
        if not data:
            return FALLBACK
        return cls(frozenset(data["before"]), frozenset(data["after"]), bool(data.get("learned")))


FALLBACK = Markers()
LATIN_PURPOSE = frozenset({"for", "fits", "compatible"})  # what an English title is for follows these
# what an English title is for comes before these, its own type after: "Plant Mister Replacement
# Trigger" is a trigger, for a plant mister (a "Filter Replacement", nothing after, is a filter)
LATIN_PURPOSE_BEFORE = frozenset({"replacement"})


def purpose_positions(tokens: list[str], markers: Markers = FALLBACK) -> set[int]:
    """Positions of Japanese purpose phrases: "X用" (for X), the marker and the word before it."""
    out: set[int] = set()
    for i, w in enumerate(tokens):
        if w in markers.after and i > 0 and tokens[i - 1] != "|":
            out.update((i - 1, i))
    return out


def home_categories(category_types: dict, categories, leaf_type):
    """type -> the categories it is sold in: those whose leaf names it ("Laptops"), else those
    where it is the head of most titles (a shared "Accessories" category is no type's home);
    `category_types`: category -> {type: titles}, `leaf_type(category)` the type a leaf names."""
    leaves: dict[str, set] = defaultdict(set)
    for c in set(filter(None, categories)):
        leaves[leaf_type(c)].add(c)
    majority: dict[str, set] = defaultdict(set)
    for c, counts in category_types.items():
        top, n = max(counts.items(), key=lambda kv: kv[1])
        if n > 0.5 * sum(counts.values()):
            majority[top].add(c)
    return lambda t: leaves.get(t) or majority.get(t, set())


def sold_apart(head_categories, of_categories, of: str) -> bool | str | None:
    """What categories say of `head` being an accessory of `of`: None (either is sold in none),
    False (sold side by side), "named" (a category of `head` is named for `of`: "Laptop
    Accessories", "ノートパソコン周辺機器"), True (sold apart)."""
    if not head_categories or not of_categories:
        return None
    if set(head_categories) & set(of_categories):
        return False
    named = (w for c in head_categories for w in words((category_path(c) or [""])[-1]) if w != "|")
    return "named" if any(type_word(w) == of for w in named) else True


def learn_markers(title_words: list[list[str]], heads: list[str], categories, home_categories,
                  is_type, is_word, skip_words: set[str]) -> Markers:
    """Markers of a categorised catalogue read once with the fallback; `home_categories(t)` the
    categories type `t` is sold in, `is_word(w)` a content word, `skip_words` attribute words (a
    colour or a brand beside a type marks nothing). A Latin marker stands before a type the title
    was read as ("Hülle für Laptop" read as a laptop, with a word before the marker); a Japanese
    one after any type. The Latin fallback stands where nothing was learned; the Japanese one
    always stands."""
    outside: dict[tuple[str, str], Counter] = {"before": defaultdict(Counter), "after": defaultdict(Counter)}
    inside: Counter = Counter()
    homes: dict[str, set] = {}
    for tokens, head, category in zip(title_words, heads, categories):
        if not category:
            continue
        for i, w in enumerate(tokens):
            x = type_word(w)
            if w == "|" or not is_type(x) or (x != head and not is_japanese(w)):
                continue
            if x not in homes:
                homes[x] = set(home_categories(x))
            if not homes[x]:
                continue
            side, j = ("after", i + 1) if is_japanese(w) else ("before", i - 1)
            if not 0 <= j < len(tokens):
                continue
            m = tokens[j]
            if m == "|" or m in skip_words or is_number(m) or is_type(type_word(m)) or (len(m) < 2 and not is_japanese(m)):
                continue
            if side == "before" and not any(is_word(t) and t not in skip_words for t in tokens[:j]):
                continue  # nothing before it to be the head
            if category in homes[x]:
                inside[(side, m)] += 1
            else:
                outside[side][m][x] += 1
    learned = {}
    for side, found in outside.items():
        learned[side] = frozenset(
            m for m, types in found.items()
            if sum(types.values()) >= MIN_TITLES and len(types) >= MIN_TYPES
            and sum(types.values()) >= MIN_OUTSIDE_SHARE * (sum(types.values()) + inside[(side, m)]))
    if not learned["before"] and not learned["after"]:
        return FALLBACK
    # Japanese purpose words are grammar: a catalogue adds to them (適合), never takes one away (a
    # shop whose X用 accessories sit under X's own tree taught only 対応, and read "ミシン用 押さえ"
    # as a sewing machine)
    return Markers(learned["before"] or FALLBACK.before, learned["after"] | FALLBACK.after, learned=True)


# the last word of a category level that sells what is made for the words before it
ACCESSORY_LEVELS = frozenset("accessories accessory parts spares supplies maintenance 用品 アクセサリー パーツ 部品 "
                             "周辺機器 小物 消耗品 メンテナンス".split())


@lru_cache(maxsize=4096)
def category_hosts(category: str | None) -> frozenset:
    """The types a category is named for: the words before an accessory word ending a level
    below the top ("Electronics > eReader Accessories > Cases": ereader; "Phone Accessories":
    phone; "加湿器用品": 加湿器); not "収納ボックス" (a storage box) nor "Mice & Keyboards"."""
    return frozenset(type_word(w) for w in hosted_words(category))


@lru_cache(maxsize=4096)
def hosted_words(category: str | None) -> frozenset:
    """The words themselves that `category_hosts` reads the types of ("炊飯器 > 炊飯器部品": 炊飯器;
    "電動歯ブラシ アクセサリー": 電動, 歯ブラシ, not the ブラシ of a 替えブラシ)."""
    out = set()
    for level in category_path(category)[1:]:
        ws = _level_words(level)
        if len(ws) > 1 and ws[-1] in ACCESSORY_LEVELS:
            out.update(ws[:-1])
    return frozenset(out)



def under_hosted(hosted: frozenset, category: str) -> bool:
    """Whether `category` sells a kind of one of the `hosted` words: a level above its leaf is
    named for it (パンプス, sold in "シューズ > パンプス", is a kind of the シューズ "シューズアクセサリー"
    serves), and its leaf neither says it nor sells upkeep ("香炉 > 香炉灰" sells what a 香炉 takes)."""
    path = category_path(category)
    if not path or named_for_upkeep(category) or any(w in hosted for w in _level_words(path[-1])):
        return False
    return any(w in hosted for w in level_heads(category))


def level_heads(category: str | None) -> tuple[str, ...]:
    """The last word of each level above `category`'s leaf ("PCパーツ > CPUクーラー > 簡易水冷":
    パーツ, クーラー): what the levels a leaf sits under are named for."""
    return tuple(ws[-1] for level in category_path(category)[:-1] if (ws := _level_words(level)))

def _level_words(level: str) -> list[str]:
    """A category level's words, an accessory word it ends in cut off whole where the analyser
    read it into the word before ("ベビーカー用品": ベビーカー, 用品; not ベビー, カー用品)."""
    ws = [w for w in words(level) if w != "|" and w not in STOPWORDS]
    if ws and ws[-1] not in ACCESSORY_LEVELS and is_japanese(ws[-1]):
        for end in ACCESSORY_LEVELS:
            if level.endswith(end) and len(ws[-1]) > len(end) and ws[-1].endswith(end):
                return [*_level_words(level[:-len(end)]), end]
    return ws


def named_for_upkeep(category: str | None) -> bool:
    """Whether a category's leaf is an accessory word alone ("リール > メンテナンス", "掃除機 > 部品"):
    it sells parts or upkeep of what the level above names (`category_hosts` reads the leaves that
    say what for, "Fan Accessories")."""
    leaf = category_path(category)[-1:]
    said = _level_words(leaf[0]) if leaf else []
    return bool(said) and said[-1] in ACCESSORY_LEVELS
