"""Which categories a type or a query names, asked of a catalogue's knowledge: where a type's
titles are sold, the categories named for it in another script, the kinds a level named for it
holds, the leaf a query says whole with its level. A mixin of `CatalogKnowledge`
(`search.understanding`), which holds `category_types` (category -> {type: titles}), `leaf_type`
and `is_accessory`; the path reading itself is `search.category_names`."""

from __future__ import annotations

from search.accessories import category_hosts, named_for_upkeep
from search.category_names import kind_by_ending, leaf_says, leaf_word, level_types
from search.text import category_path, is_japanese, type_word


def parent(category: str) -> str:
    """The path of a category's level above its leaf ("Noodles" of "Noodles > Udon")."""
    return " > ".join(category_path(category)[:-1])


class CategoryQuestions:
    category_types: dict
    _named: tuple

    def categories_of(self, type_: str, min_share: float = 0.2) -> list[str]:
        """The categories where at least `min_share` of the titles are of the type, those named
        for its accessories aside ("電動歯ブラシ アクセサリー": its 替えブラシ are ブラシ too)."""
        out = []
        for c, counts in self.category_types.items():
            total = sum(counts.values())
            if total and counts.get(type_, 0) / total >= min_share and type_ not in category_hosts(c):
                out.append(c)
        return sorted(out, key=lambda c: -self.category_types[c].get(type_, 0))

    def categories_named(self, type_: str) -> list[str]:
        """For a Japanese type, the categories named for it in another script: where its titles
        are sold, the categories' own type (their leaf, which their titles name most), and every
        category of that leaf (ジーンズ sold in "Men > Jeans" whose titles say Jeans: "Women >
        Jeans" too). [] for a Latin type or one sold where the titles name something else."""
        if not is_japanese(type_):
            return []
        named = set()
        for c in self.sold_in(type_):
            leaf, counts = self.leaf_type(c), self.category_types.get(c, {})
            if leaf and not is_japanese(leaf) and counts and counts.get(leaf, 0) == max(counts.values()):
                named.add(leaf)
        return sorted(c for c in self.category_types if named and self.leaf_type(c) in named)

    def categories_under(self, type_: str) -> list[str]:
        """The categories below a level named for the type: "キッチン用品 > 包丁 > 牛刀" for 包丁 (a
        牛刀 is a 包丁, though no title says so), not one named for what is made for it ("Knives >
        Knife Accessories"; "Fans > Fan Controls", "アイロン > アイロン台": a leaf naming the type as a
        modifier; "リール > メンテナンス": a leaf named for upkeep or parts) nor one whose own type is
        an accessory of it."""
        def lettered(c: str) -> bool:  # the type with a letter ("Locks > U-Locks"): a kind of it
            t = self.leaf_type(c)
            return t[1:] == type_ and f"{t[0]}-" in category_path(c)[-1].lower()
        return sorted(c for c in self.category_types if type_ in level_types(c) and not category_hosts(c)
                      and not named_for_upkeep(c) and (lettered(c) or (
                          not (leaf_says(c, type_) and self.leaf_type(c) != type_)
                          and not self.is_accessory(self.leaf_type(c), type_))))

    def categories_said(self, type_: str, modifiers) -> list[str]:
        """The categories a query says whole: a leaf one of its modifiers names, right below a
        level, the top too, named for its type ("udon noodles": "Noodles > Udon", whose titles
        never say noodles; not "wax candle": "Candles > Candle Making > Wax" sells wax)."""
        named = {type_word(w) for w in modifiers}
        return sorted(c for c in self.category_types
                      if self.leaf_type(c) in named and level_types(parent(c), leaf=True) == (type_,))

    def kinds_by_ending(self, type_: str) -> list[str]:
        """The categories whose leaf is a word ending in the type under a level named for it ("傘 >
        日傘" for 傘), but not one whose own type is an accessory of it."""
        return sorted(c for c in self.category_types
                      if kind_by_ending(c, type_) and not self.is_accessory(self.leaf_type(c), type_))

    def named_words(self) -> frozenset:
        """One-word Japanese leaves (`leaf_word`): nouns whatever Sudachi says; read again as categories grow."""
        if self._named[0] != len(self.category_types):
            self._named = (len(self.category_types), frozenset(filter(None, map(leaf_word, self.category_types))))
        return self._named[1]

    def sold_in(self, type_: str, min_share: float = 0.2) -> list[str]:
        """The categories holding at least `min_share` of the type's titles."""
        held = {c: counts.get(type_, 0) for c, counts in self.category_types.items()}
        total = sum(held.values())
        return [c for c, n in held.items() if total and n >= min_share * total]
