"""Which group of a Japanese keyword-list title names its type ("保存容器 耐熱ガラス 3点セット" is a
container, "哺乳瓶 ブラシ スポンジ" a brush, "ノートパソコン ケース" a case): the evidence a
catalogue gives for each group, weighed by `keyword_weight`. Written here because no library
reads marketplace keyword lists; the words come from Sudachi (`search.text`)."""

from __future__ import annotations

from collections import Counter, defaultdict

from search.accessories import hosted_words, under_hosted
from search.category_names import leaf_names
from search.loanwords import loaned_from
from search.text import type_word


def _transliterates(word: str, english: frozenset) -> bool:
    """Whether a katakana group is a loanword of one of a category's English words (ティーポット
    in "Tea > Teapots", the ボトル of 給水ボトル in "Water Bottles > Bottle Parts")."""
    return bool(loaned_from(word, english))


class GroupHomes:
    """Where a keyword group is sold: the categories where the catalogue's first reading made it a
    head (`sold_in(word)`), and those whose titles say it most (`said_in`: category -> {group:
    titles}). The first reading takes a keyword list's last group ("保存容器 耐熱ガラス" a ガラス):
    alone it would make a material's category its home and vote the product out of its own."""

    def __init__(self, sold_in, said_in: dict[str, Counter] | None = None, names_in: dict[str, Counter] | None = None):
        self.sold_in, self.said_in, self._homes = sold_in, said_in or {}, {}
        self.names_in = names_in  # product name ("shoe polish") -> {category: titles saying it as their end}
        self._said: Counter = Counter()
        for counts in self.said_in.values():
            self._said.update(counts)

    @classmethod
    def count(cls, sold_in, groups_by_title, names_by_title, categories) -> "GroupHomes":
        """`groups_by_title`: each title's keyword groups (type words); `names_by_title`: the word
        pairs its first chunk ends with (`heads.name_pairs`); beside its category."""
        said_in: dict[str, Counter] = defaultdict(Counter)
        names_in: dict[str, Counter] = defaultdict(Counter)
        for groups, names, c in zip(groups_by_title, names_by_title, categories):
            if c:
                said_in[c].update(set(groups))
                for n in names:
                    names_in[n][c] += 1
        return cls(sold_in, said_in, names_in)

    def named_here(self, name: str, category: str | None) -> bool:
        """Whether a title of `category` ends with the product name, as an item of that name
        would ("Shoe Polish Black 50ml Tin" in Shoe Care is a polish); "Yoga Mat Bag" and "Yoga
        Mat Strap", where the mats are sold elsewhere, stay a bag and a strap. True where nothing
        was counted (an item added later)."""
        return self.names_in is None or not category or self.names_in.get(name, {}).get(category, 0) >= 1

    def of(self, word: str) -> list[str]:
        if word not in self._homes:
            self._homes[word] = [*self.sold_in(word), *self._said_most(word)]
        return self._homes[word]

    def _said_most(self, word: str) -> list[str]:
        """The categories where two titles or more say `word`, at least half as many as where
        most do (one title is no evidence of a home)."""
        held = {c: counts.get(word, 0) for c, counts in self.said_in.items()}
        most = max(held.values(), default=0)
        return [c for c, n in held.items() if n >= 2 and 2 * n >= most]

    def share(self, word: str, category: str) -> float:
        """The share of the titles saying `word` that are sold in `category` (one more title
        counted elsewhere, so a word said once is no surer than one said often): a group said
        only where the item is sold ("ブラシ" among the bottle brushes) names it more surely than
        one the whole aisle says ("哺乳瓶"). A word one title says is no evidence, as for a home: 0
        ("ブランケット ガーゼ 6重" is a blanket, though no other title says ガーゼ)."""
        counts = self.said_in.get(category)
        return counts.get(word, 0) / (self._said[word] + 1) if counts and self._said[word] > 1 else 0.0


def _hosted_kind(word: str, hosted: frozenset, category: str | None, homes: GroupHomes | None) -> bool:
    """Whether a group is sold, where titles name it, under a level named for what the item's
    category serves ("パンプス ストラップ" in "シューズアクセサリー": the pumps are sold in "シューズ >
    パンプス", so the strap is the product)."""
    return bool(hosted) and homes is not None and any(
        c != category and under_hosted(hosted, c) for c in homes.sold_in(word))


def keyword_weight(keywords: dict, word: str, category: str | None, homes: GroupHomes | None) -> tuple:
    """How surely a group of a keyword-list title names its type: the item's category is named
    for it ("くま ぬいぐるみ" in "おもちゃ > ぬいぐるみ"), not sold elsewhere than the item's
    category (a ケース beside ノートパソコン in a laptop-accessory category), then titles naming it
    alone ("ゲーミング ノートパソコン" is read by the titles saying ノートパソコン alone), then the
    share of its titles sold where the item is, then titles naming it at all (a brand or a
    descriptor written first, "ソニカ ヘッドホン", is said by fewer titles than the product),
    then titles naming it first ("ブラウス シルク"). A group naming what the category sells parts
    of is none of them ("内釜 炊飯器 3合用" in "炊飯器 > 炊飯器部品" is an inner pot), nor one sold under
    a level named for it ("パンプス ストラップ" in "シューズアクセサリー", pumps sold in "シューズ > パンプス":
    `_hosted_kind`); a katakana group
    is read against an English category by the words it transliterates (ティーポット in "Teapots").
    `keywords`:
    group -> [titles naming it alone, first, at all]; `word`: the group as the title writes it."""
    written, word = word, type_word(word)
    at_home = homes.of(word) if category and homes is not None else None
    alone, first, *said = keywords.get(word, (0, 0, 0))
    leaf, hosted = leaf_names(category), hosted_words(category)
    return (int(bool(category) and (word in leaf or _transliterates(word, leaf))),
            int(written not in hosted and not _transliterates(word, hosted) and not _hosted_kind(word, hosted, category, homes)),
            int(not at_home or category in at_home),
            alone, homes.share(word, category) if category and homes is not None else 0.0,
            said[0] if said else 0, first)
