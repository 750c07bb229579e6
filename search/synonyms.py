"""How the catalogue reads a query's words as other words it says (`WordIndexes` inherits it): a
Japanese word's Sudachi synonyms and the parts of a compound no title uses, a katakana word's
English spelling (`search.loanwords`), a Japanese word's English meaning and an English word's or
pair's Japanese types (`search.bilingual`), and the store's own synonyms over them. Needs the
`lexical`, `phrases`, `speller` and `knowledge` of the indexes it serves, and their `_read`,
`_by_group`, `_loanwords` and `_japanese` caches (set, and reset as rows arrive, by `WordIndexes`)."""

from __future__ import annotations

from search.bilingual import japanese_kinds, japanese_readings, japanese_words, kind_of, meanings
from search.category_names import leaf_type
from search.loanwords import Loanwords
from search.text import (compound_parts, has_japanese, is_japanese, is_kanji, is_katakana, is_letter, known_cut,
                         normalized_spelling, stem, synonym_groups, type_word, words)

MAX_COMPLETIONS = 3  # a cut-short katakana word reads as the catalogue words it begins, when no more
MAX_READ = 10_000  # query words whose catalogue synonyms are remembered (then forgotten all at once)


class SynonymReading:
    """The reading of query words as the catalogue's other words; see the module docstring."""

    def with_synonyms(self, query_words, store: dict) -> dict:
        """The store's synonyms over the catalogue's own for the query's words: a Japanese word's
        Sudachi synonym group among the catalogue's words (スマホ also matches the スマートフォン of
        the titles), and its English spellings and meanings; an English word's or pair's Japanese
        types, where the catalogue says Japanese (`_japanese_meaning`). The store's rule for a word
        replaces them, but keeps a Japanese word's English spellings (`_english_of`: the same word)
        and brings the catalogue's readings of the words it adds ("長椅子 -> ソファ" also matches the
        "sofa" ソファ matches; "luminaire -> lamp" the ランプ "lamp" reads as). `store` itself when
        there are none to add."""
        found = {}
        for a, b in zip(query_words, query_words[1:]):  # a word Sudachi reads as two ("日焼け止め": 日焼け, 止め)
            if not (has_japanese(a) and has_japanese(b)) or b in store:
                continue
            if all(has_japanese(o) for o in self.synonyms_of(b)) and (meant := self._meant(a + b)):
                # whose head reads as no English of its own: it means what the whole does
                found[b] = list(dict.fromkeys([*self.synonyms_of(b), *meant]))
            elif not self.known(b) and (whole := self.written_whole(a, b)) and whole != [a + b]:
                found[b] = whole  # and one no title says, as the word it cuts otherwise within titles (毛 玉取り: 毛玉取り器)
        latin = [w for w in query_words if w.isascii() and w.isalpha() and w not in store]
        for a, b in zip(latin, latin[1:]) if latin and self.says_japanese() else ():  # "cat litter": 猫砂,
            meant = [] if self.known(a) and self.known(b) else self._japanese_meaning(f"{a} {b}")  # where a
            # word of the pair is none of the titles' (where both are, English titles name it); and the
            # pair's readings joined into a word the titles write whole ("massage gun": マッサージガン),
            # where no title says the pair itself
            if not self.phrases.has(f"{stem(a)} {stem(b)}"):  # where no title says the pair ("tea bags")
                meant += [x + y for x in japanese_words(a) for y in japanese_words(b) if self.lexical.has(x + y)]
            for w in (a, b) if meant else ():
                found[w] = list(dict.fromkeys([*found.get(w, self.synonyms_of(w)), *meant]))
        for w in query_words:
            if w in found:
                continue
            if w in store:  # the words it adds, read as the catalogue reads them ("luminaire -> lamp": ランプ)
                own = self._english_of(w) if has_japanese(w) else []
                more = [*own, *(o for a in store[w] for o in self.synonyms_of(a))]
                if more := [o for o in more if o != w and o not in store[w]]:
                    found[w] = list(dict.fromkeys([*store[w], *more]))
            elif syn := self.synonyms_of(w) if has_japanese(w) or w in latin else None:
                found[w] = syn  # an English word, read as the Japanese type the titles say too ("sofa": ソファ)
            elif w in latin and w != latin[-1] and self.says_japanese() and (said := self._japanese_said(w)):
                found[w] = said  # before the head, any word they say ("massage gun": the マッサージ of マッサージガン)
        return {**store, **found} if found else store

    def synonyms_of(self, word: str) -> list[str]:
        """The catalogue's Japanese words that share a Sudachi synonym group with `word` (for
        スマホ, the スマートフォン of the titles), `word` itself aside; for a Latin word, where the
        catalogue says Japanese, the Japanese types that mean it (`_japanese_meaning`). A
        compound no title uses reads as its parts the titles do use, the head (last) part first
        (サイドテーブル as the テーブル of a catalogue of ランプテーブル): recall first, as for a
        query whose words are not all there; a compound the titles use keeps its whole meaning.
        A katakana word no title uses, cut short the way Japanese shortens loanwords (ワンピ for
        ワンピース), reads as the catalogue's katakana words it begins, when there are few. A
        katakana word also reads as the English words of titles, categories and brands it
        transliterates (ポンプ: pump), else its katakana parts' (`search.loanwords`): a shop's
        English-titled items, and its English category tree, are found by a Japanese query."""
        return self._remembered(word, self._synonyms_of)

    def _remembered(self, key: str, read_as):
        """`read_as(key)`, remembered (a query asks twice) in a bounded memo shared by the readings."""
        read = self._read
        if key not in read:
            if len(read) >= MAX_READ:
                read = self._read = {}  # swapped whole: a concurrent reader keeps the old one
            read[key] = read_as(key)
        return read[key]

    def written_whole(self, a: str, b: str) -> list[str]:
        """The catalogue's words a Japanese pair said apart is written as: the pair joined
        ("タブレット ペン": タブレットペン), else the katakana words ending with it, when few
        ("ポール テント": ワンポールテント, a word the analyser keeps whole), or the other words
        beginning with it ("毛 玉取り", as the analyser cuts 毛玉取り alone: 毛玉取り器)."""
        return self._remembered(f"{a} {b}", lambda _: self._whole(a + b))

    def _whole(self, whole: str) -> list[str]:
        if self.lexical.has(whole):
            return [whole]
        # a katakana word ends the longer ones; another the analyser cut otherwise alone ("毛玉取り": 毛 +
        said = str.endswith if is_katakana(whole) else str.startswith  # 玉取り) begins them (毛玉取り器)
        found = [w for w in self.lexical.vocabulary() if len(w) > len(whole) and said(w, whole)]
        return found if len(found) <= MAX_COMPLETIONS else []

    def says_japanese(self) -> bool:
        """Whether some title, category or brand of the catalogue says a Japanese word."""
        if self._japanese is None:
            self._japanese = any(is_japanese(w) for w in self.lexical.vocabulary())
        return self._japanese

    def _synonyms_of(self, word: str) -> list[str]:
        if not has_japanese(word):
            return self._japanese_meaning(word) if self.says_japanese() else []
        found = self._japanese_synonyms(word)
        return found + [w for w in self._english_of(word) if w not in found]

    def _japanese_meaning(self, english: str) -> list[str]:
        """The catalogue's Japanese types that mean an English word or pair ("fertilizer": 肥料,
        "cat litter": 猫砂; `japanese_words`; a word less a last kanji the titles leave off: "sticky
        notes", 付箋紙, the 付箋 of the titles), else their readings in kana ("broom": ほうき), else
        those that mean a kind of it ("thermometer": 体温計, a "medical thermometer"; `japanese_kinds`),
        else the katakana types that transliterate it, where the dictionary has no such loanword
        ("cot": コット), after the English titles' words for them ("couch": ソファ, and the "sofa" it transliterates,
        first: the type the shopper's own script names)."""
        said = self._types_among(japanese_words(english)) or self._types_among(japanese_readings(english), whole=True)
        if not said and not self.lexical.has(stem(english)):  # a word no text says: the kinds of it,
            said = self._types_among(japanese_kinds(english), whole=True) or self._loaned(english)  # or its loanword
        first = said[:1]  # the English titles' words for the one that means it first ("parasol": 日傘, not 傘)
        english_words = [e for w in first for e in self._english_of(w) if e not in english.split()]
        return list(dict.fromkeys([*english_words, *said]))

    def _loaned(self, english: str) -> list[str]:
        """The catalogue's katakana types that are loanwords of `english` (`search.loanwords`)."""
        if not english.isalpha():
            return []
        sounds = Loanwords([english])
        return sorted(t for t in self.knowledge.type_counts if is_katakana(t) and english in sounds.english(t))

    def _types_among(self, found, whole: bool = False) -> list[str]:
        """Of the dictionary's Japanese words, the catalogue's types: a word less a last kanji the
        titles leave off (付箋紙: 付箋; not with `whole`), or the two words Sudachi cuts it into
        (日焼け止め: 日焼け 止め)."""
        forms = [f for w in found for f in (w, w[:-1] if not whole and len(w) > 2 and is_kanji(w[-1]) else "")]
        forms = [w if self.lexical.has(w) else self._spelled(w) or self._said_apart(w) for w in forms if w]
        return [w for w in forms if w and self.knowledge.is_type(type_word(w.split()[-1]))]

    def _spelled(self, word: str) -> str:
        """The catalogue's word for a dictionary spelling, where the titles write it otherwise (靴篦:
        the 靴べら of the titles, which Sudachi normalizes to it); "" for none or several."""
        found = self._synonym_groups().get(word, ())
        return next(iter(found)) if len(found) == 1 else ""

    def _said_apart(self, word: str) -> str:
        """A Japanese word the titles say as the two words Sudachi cuts it into, side by side
        ("日焼け止め": "日焼け 止め"), as that pair; "" otherwise."""
        parts = [w for w in words(word) if w != "|"]
        return " ".join(parts) if len(parts) == 2 and self.phrases.has(" ".join(map(stem, parts))) else ""

    def _japanese_said(self, english: str) -> list[str]:
        return [w for w in japanese_words(english) if self.lexical.has(w)]

    def _english_of(self, word: str) -> list[str]:
        """The English words of the catalogue a katakana word (or a letter and one: tシャツ)
        transliterates, else those a Japanese word means (`search.bilingual`: 日焼け止め,
        "sunscreen"; one word the catalogue says, or two its titles say side by side)."""
        return self._transliterated(word) or self._meant(word)

    def _meant(self, word: str) -> list[str]:
        if not is_japanese(word):
            return []
        said = [" ".join(m) for m in meanings(word)
                if all(w.isalpha() and len(w) > 2 and self.known(w) for w in m)
                and (len(m) == 1 or (len(m) == 2 and self.phrases.has(f"{stem(m[0])} {stem(m[1])}")))]
        named = {t for m in said if self.knowledge.is_type(t := type_word(m.split()[-1]))}
        return said if len(named) <= 1 else []  # where its meanings name two of the catalogue's types
        # (茶碗: "rice bowl" and "tea cup"; 美容液: "serum" and "liquid foundation"), which is meant?

    def _transliterated(self, word: str) -> list[str]:
        letter = len(word) > 1 and is_letter(word[0]) and is_katakana(word[1:])  # "tシャツ": a T-shirt
        if not is_katakana(word) and not letter:
            return []
        loanwords = self._loanwords
        if loanwords is None:
            loanwords = self._loanwords = Loanwords(self.speller.counts)
        if letter:  # the titles' "T-Shirt": the phrase "t shirt", and the type "tshirt" it names
            said = [e for e in loanwords.english(word[1:]) if self.phrases.has(f"{word[0]} {stem(e)}")]
            return [w for e in said for w in (f"{word[0]} {e}", word[0] + e)]
        whole = loanwords.english(word) or [w for w in loanwords.english(word, least=1) if self._leaf_named(w)]
        said = self._english_pairs(word, loanwords)  # one consonant will do where a category is named for
        if whole and not (said and all(any(p.endswith(f" {w}") for p in said) for w in whole)):  # the word
            return whole  # (ティー: "Tees"); a pair the titles say says more than its last word alone
        if said:  # (アイクリーム: "eye cream", not any "cream" its loose vowels let it read as)
            return said
        parts = compound_parts(word)  # a compound no title names in English: its head's words ("スタンドライト":
        return [w for p in parts[-1:] if is_katakana(p) for w in loanwords.english(p)]  # light, not stand)

    def _leaf_named(self, word: str) -> bool:
        """Whether some category's leaf is named for `word` ("Golf > Accessories > Tees": tee)."""
        return type_word(word) in {leaf_type(c) for c in self.knowledge.category_types}

    def _english_pairs(self, word: str, loanwords: Loanwords) -> list[str]:
        """A katakana compound as the two English words titles say side by side ("heat gun" for
        ヒートガン, "driver bit" for ドライバービット): its parts by Sudachi, else any cut into two
        katakana loanwords."""
        parts = compound_parts(word)
        cuts = [parts] if len(parts) == 2 else [(word[:i], word[i:]) for i in range(2, len(word) - 1)]
        found = []
        for a, b in cuts:
            for x in loanwords.english(a, least=0) if len(b) >= 2 else ():  # one consonant, or none, will do: the
                found += [f"{x} {y}" for y in loanwords.english(b, least=1)  # titles confirm the pair
                          if self.phrases.has(f"{stem(x)} {stem(y)}")]
        return list(dict.fromkeys(found))

    def _japanese_synonyms(self, word: str) -> list[str]:
        groups = synonym_groups(word)
        by_group = self._synonym_groups() if groups else {}
        found = {w for g in groups for w in by_group.get(g, ()) if w != word}
        if is_japanese(word) and not found and not self.lexical.has(word):
            parts = [p for p in reversed(compound_parts(word) or known_cut(word)) if len(p) > 1 and self.lexical.has(p)]
            if not parts and is_kanji(word[-1]) and self.lexical.has(word[-1]) and (len(word) >= 3 or (
                    len(word) == 2 and kind_of(word, word[-1]))):  # a word no title says, ending in a kanji titles
                parts = [word[-1]]  # say alone: 釣り針 is a 針; of two kanji, where the dictionary says so: 絵筆, a 筆
            if parts or not is_katakana(word) or len(word) < 3:
                return parts
            longer = [w for w in self.lexical.vocabulary()
                      if len(w) > len(word) and w.startswith(word) and is_katakana(w)]
            return sorted(longer) if len(longer) <= MAX_COMPLETIONS else []
        return sorted(found)

    def _synonym_groups(self) -> dict[int | str, set[str]]:
        """Sudachi synonym group, or the dictionary spelling Sudachi normalizes a word to (靴べら:
        靴篦) -> the catalogue's Japanese words in it, built once from the lexical index's terms on
        first use and again after rows are added (a dict swapped whole, so a concurrent reader sees
        the old one or the new one)."""
        by_group = self._by_group
        if by_group is None:
            by_group = {}
            for w in [w for w in self.lexical.vocabulary() if is_japanese(w)]:
                for g in (*synonym_groups(w), normalized_spelling(w)):
                    if g != "":
                        by_group.setdefault(g, set()).add(w)
            self._by_group = by_group
        return by_group
