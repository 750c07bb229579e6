"""The word side of the engine: what the catalogue's words teach (`CatalogKnowledge`), the lexical
and phrase indexes, the speller and the autocomplete suggester, built from a `Catalogue` and
grown with it; shoppers' words (`search.expansion`) join an item's lexical document."""

from __future__ import annotations

from collections import Counter

import numpy as np

from search.bilingual import japanese_words, meanings
from search.catalog import Catalogue
from search.category_names import leaf_type, leaf_word, read_as_nouns
from search.config import SearchConfig
from search.lexical import LexicalIndex
from search.loanwords import Loanwords
from search.spelling import Speller
from search.suggest import Suggester
from search.text import (UNITS, category_path, compound_parts, has_japanese, head_type, is_japanese, is_kanji,
                         is_katakana, is_letter, is_number, known_cut, stem, synonym_groups, terms, type_word,
                         word_ending, words)
from search.heads import content_at, head_word
from search.understanding import CatalogKnowledge
from store.columns import values_of

MAX_COMPLETIONS = 3  # a cut-short katakana word reads as the catalogue words it begins, when no more
MAX_JOINED = 24  # the longest run-together word looked for as a pair of title words
MAX_READ = 10_000  # query words whose catalogue synonyms are remembered (then forgotten all at once)


def pairs(seq: list[str]) -> list[str]:
    """Adjacent word pairs, the terms of the phrase index."""
    return [f"{a} {b}" for a, b in zip(seq, seq[1:])]


def title_head(title_words: list[str], attr_words: set[str]) -> str:
    """The stemmed head noun of a title, attribute words (colours, brands) aside."""
    skip = {i for i, w in enumerate(title_words) if w in attr_words}
    i = head_word(title_words, skip)
    return head_type(title_words, i) if i is not None else ""


def said_words(title_words: list[list[str]]):
    """Whether the titles say a Japanese word as a word of their own (a predicate)."""
    return {w for tw in title_words for w in tw if is_japanese(w)}.__contains__


def ended(heads: list[str], said) -> list[str]:
    """Heads the analyser keeps whole, read as the catalogue word they end with where a katakana
    word splits into two words the titles say (`text.word_ending`): "ヨガマットケース" beside
    "ヨガマット" and "ケース" is a ケース, as Sudachi reads "スマホケース"."""
    return [e if h and is_katakana(h) and (e := word_ending(h, said)) else h for h in heads]


def analyse(cat: Catalogue, cfg: SearchConfig) -> tuple[CatalogKnowledge, list[list[str]]]:
    """Learn the catalogue's attributes and product types, and set each row's head, leaf type
    and title length; returns the knowledge and every title's words."""
    kb = CatalogKnowledge(min_type_count=cfg.min_type_count)
    kb.learn_attributes(cat.attributes, cat.brands, cfg.attribute_keys)
    attr_words = kb.attribute_words()
    title_words = [words(t) for t in cat.titles]
    named = frozenset(filter(None, map(leaf_word, set(cat.categories))))
    for tw in title_words:
        read_as_nouns(tw, named)
    heads = [title_head(tw, attr_words) for tw in title_words]
    leaves = [kb.leaf_type(c) for c in cat.categories]
    title_terms = [set(terms(tw)) for tw in title_words]
    kb.learn_types(heads, leaves, cat.categories, title_terms)
    heads = kb.learn_reading(title_words, heads, leaves, cat.categories, title_terms, attr_words)
    if heads != (heads := ended(heads, said_words(title_words))):
        kb.learn_types(heads, leaves, cat.categories, title_terms)
    kb.learn_departments(title_words, cat.categories)
    cat.set_analysis(heads, leaves, [len(terms(tw)) for tw in title_words])
    return kb, title_words


def endings(title_words: list[str], said) -> list[str]:
    """The heads of a title's Japanese words that the analyser keeps whole, as more terms (a
    "長財布" is found by 財布), once each: a weaker match than a title saying the word."""
    return [e for w in title_words if (e := word_ending(w, said))]


def doc_terms(cat: Catalogue, r: int, cfg: SearchConfig, title_words: list[str] | None = None) -> list[str]:
    """Row `r`'s lexical document: each field's terms repeated by its weight."""
    out = terms(title_words if title_words is not None else words(cat.titles[r])) * cfg.title_weight
    if cat.categories[r]:
        out += terms(words(" ".join(category_path(cat.categories[r])))) * cfg.category_weight
    if cat.brands[r]:
        out += terms(words(cat.brands[r])) * cfg.brand_weight
    values = [str(v) for value in (cat.attributes[r] or {}).values() for v in values_of(value)
              if isinstance(v, (str, int, float))]
    if values:
        out += terms(words(" ".join(values))) * cfg.attributes_weight
    if cat.descriptions[r] and cfg.description_weight:
        out += terms(words(cat.descriptions[r])) * cfg.description_weight
    return out


def vocabulary(cat: Catalogue, title_words) -> Counter:
    """Words the speller knows: those of the titles given and of every category and brand."""
    counts: Counter = Counter()
    for tw in title_words:
        counts.update(w for w in tw if w.isalpha() and not is_japanese(w) and len(w) > 2)
    for text in set(filter(None, cat.categories)) | set(filter(None, cat.brands)):
        counts.update(w for w in words(text) if w.isalpha() and not is_japanese(w) and len(w) > 2)
    return counts


class WordIndexes:
    """Knowledge, lexical and phrase indexes, speller and suggester of one catalogue. `words_indexed`
    names the shoppers' words the lexical index holds (None: none); `shopper_only` are their
    terms no catalogue text has (never taken for catalogue words)."""

    def __init__(self, knowledge: CatalogKnowledge, lexical: LexicalIndex, phrases: LexicalIndex,
                 speller: Speller, suggester: Suggester, *, words_indexed: str | None = None,
                 shopper_only: frozenset[str] = frozenset()):
        self.knowledge, self.lexical, self.phrases = knowledge, lexical, phrases
        self.speller, self.suggester = speller, suggester
        self.words_indexed, self.shopper_only = words_indexed, frozenset(shopper_only)
        self._by_group: dict[int, set[str]] | None = None  # `_synonym_groups`, built on first use
        self._titled: frozenset[str] | None = None  # `titled`'s stems, built on first use
        self._read: dict[str, list[str]] = {}  # `synonyms_of`'s answers (a query asks twice), bounded
        self._loanwords: Loanwords | None = None  # the titles' English words by sound, built on first use
        self._japanese: bool | None = None  # `says_japanese`, read on first use

    @classmethod
    def build(cls, cat: Catalogue, knowledge: CatalogKnowledge, title_words: list[list[str]],
              cfg: SearchConfig) -> "WordIndexes":
        said = said_words(title_words)
        lexical = LexicalIndex(k1=cfg.k1, b=cfg.b).build(
            [doc_terms(cat, r, cfg, title_words[r]) + endings(title_words[r], said) for r in range(len(title_words))])
        phrases = LexicalIndex(k1=cfg.k1, b=cfg.b).build([pairs(terms(tw)) for tw in title_words])
        speller = Speller(min_length=cfg.typo_min_length, two_edits_length=cfg.typo_two_edits_length)
        speller.add(vocabulary(cat, title_words))
        self = cls(knowledge, lexical, phrases, speller, Suggester())
        attr_words = knowledge.attribute_words()
        for r, tw in enumerate(title_words):
            self.suggest(cat, r, tw, attr_words)
        return self

    # ------------------------------------------------------------------ reading
    def known(self, word: str) -> bool:
        """A word of the catalogue (or a number, or a unit: "inches" is no "winches"): not to be corrected."""
        if is_number(word) or word in UNITS or word in self.speller:
            return True
        t = stem(word)
        return self.lexical.has(t) and t not in self.shopper_only

    def together(self, a: str, b: str) -> bool:
        """Whether some item's text holds both words."""
        ra, rb = (self.lexical.term_postings(stem(w))[0] for w in (a, b))
        return bool(len(ra) and len(rb) and np.intersect1d(ra, rb).size)

    def said_by(self, word: str) -> int:
        """How many items' texts say the word (as its stem)."""
        t = stem(word)
        return self.lexical.df(t) if self.lexical.has(t) else 0

    def titled(self, word: str) -> bool:
        """Whether a title, category or brand says the word, in any form ("computer" for a
        category "Computers"): the speller's words, not descriptions or shoppers' words."""
        if word in self.speller:
            return True
        if self._titled is None:
            self._titled = frozenset(stem(w) for w in self.speller.counts)
        return stem(word) in self._titled

    def correct(self, word: str) -> str | None:
        """What an unknown word most likely means: a pair of title words run together when the
        titles say the pair at least as often as they say the speller's correction, or when that
        correction only drops one of the pair ("tshirt" is a "t shirt", not a "shirt";
        "policarbonate" a "polycarbonate", not the "poli carbonate" of one title); else the
        speller's correction or split."""
        fix = self.speller.correct(word)
        said = self._pair_said(word)
        if said and (fix is None or fix in said[1].split() or said[0] >= self.speller.counts[fix]):
            return said[1]
        return fix or self.speller.split(word)

    def joined(self, word: str) -> str | None:
        """An unknown word that is two words the titles say side by side, run together ("tshirt"
        for "T-Shirt", "wifi" for "Wi-Fi"): the pair said most often, else None (the speller's
        `split` needs longer parts)."""
        said = self._pair_said(word)
        return said[1] if said else None

    def _pair_said(self, word: str) -> tuple[int, str] | None:
        """(how many titles say it, the pair) of `joined`'s pair, each split's phrase term made
        and looked up once."""
        if not word.isalpha() or is_japanese(word) or not self.speller.min_length <= len(word) <= MAX_JOINED:
            return None  # "to" is no "t o": a word too short to correct is not split either
        said = []
        for i in range(1, len(word)):
            term = f"{stem(word[:i])} {stem(word[i:])}"
            if self.phrases.has(term):
                said.append((self.phrases.df(term), f"{word[:i]} {word[i:]}"))
        return max(said) if said else None

    def with_synonyms(self, query_words, store: dict) -> dict:
        """The store's synonyms over the catalogue's own for the query's Japanese words (its words
        that share a Sudachi synonym group with one: スマホ also matches the スマートフォン of the
        titles); the store's rule for a word replaces them, but keeps the word's English spellings
        (`_english_of`: the same word) and brings the catalogue's synonyms of the words it adds
        ("長椅子 -> ソファ" also matches the "sofa" ソファ matches). `store` itself when there are
        none to add."""
        found = {}
        for a, b in zip(query_words, query_words[1:]):  # a word Sudachi reads as two ("日焼け止め": 日焼け, 止め)
            if (has_japanese(a) and has_japanese(b) and b not in store  # whose head reads as no English of its own
                    and all(has_japanese(o) for o in self.synonyms_of(b)) and (meant := self._meant(a + b))):
                found[b] = list(dict.fromkeys([*self.synonyms_of(b), *meant]))  # its head means what the whole does
        latin = [w for w in query_words if w.isascii() and w.isalpha() and w not in store]
        for a, b in zip(latin, latin[1:]) if latin and self.says_japanese() else ():  # "cat litter": 猫砂,
            if not (self.known(a) and self.known(b)) and (meant := self._japanese_meaning(f"{a} {b}")):  # where
                # a word of the pair is none of the titles' (where both are, English titles name it)
                for w in (a, b):
                    found[w] = list(dict.fromkeys([*found.get(w, self.synonyms_of(w)), *meant]))
        for w in query_words:
            if w in latin and w not in found and (syn := self.synonyms_of(w)):
                found[w] = syn  # an English word, read as the Japanese the titles say too ("sofa": ソファ)
            if not has_japanese(w) or w in found:
                continue
            if w in store:
                more = [*self._english_of(w), *(o for a in store[w] if has_japanese(a) for o in self.synonyms_of(a))]
                if more := [o for o in more if o != w and o not in store[w]]:
                    found[w] = list(dict.fromkeys([*store[w], *more]))
            elif syn := self.synonyms_of(w):
                found[w] = syn
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
        read = self._read
        if word not in read:
            if len(read) >= MAX_READ:
                read = self._read = {}  # swapped whole: a concurrent reader keeps the old one
            read[word] = self._synonyms_of(word)
        return read[word]

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
        "cat litter": 猫砂; `japanese_words`), after the English titles' words for them ("couch":
        ソファ, and the "sofa" it transliterates, first: the type the shopper's own script names)."""
        said = [w for w in japanese_words(english) if self.lexical.has(w) and self.knowledge.is_type(type_word(w))]
        return list(dict.fromkeys([*(e for w in said for e in self._english_of(w) if e not in english.split()), *said]))

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
        if whole:  # one consonant will do where a category is named for the word (ティー: "Tees")
            return whole
        said = self._english_pairs(word, loanwords)
        if said:
            return said
        return [w for p in reversed(compound_parts(word)) if is_katakana(p) for w in loanwords.english(p)]

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
            for x in loanwords.english(a, least=1) if len(b) >= 2 else ():  # one consonant will do: the
                found += [f"{x} {y}" for y in loanwords.english(b, least=1)  # titles confirm the pair
                          if self.phrases.has(f"{stem(x)} {stem(y)}")]
        return list(dict.fromkeys(found))

    def _japanese_synonyms(self, word: str) -> list[str]:
        groups = synonym_groups(word)
        by_group = self._synonym_groups() if groups else {}
        found = {w for g in groups for w in by_group.get(g, ()) if w != word}
        if is_japanese(word) and not found and not self.lexical.has(word):
            parts = [p for p in reversed(compound_parts(word) or known_cut(word)) if len(p) > 1 and self.lexical.has(p)]
            if not parts and len(word) >= 3 and is_kanji(word[-1]) and self.lexical.has(word[-1]):
                parts = [word[-1]]  # a word no title says, ending in a kanji titles say alone: 釣り針 is a 針
            if parts or not is_katakana(word) or len(word) < 3:
                return parts
            longer = [w for w in self.lexical.vocabulary()
                      if len(w) > len(word) and w.startswith(word) and is_katakana(w)]
            return sorted(longer) if len(longer) <= MAX_COMPLETIONS else []
        return sorted(found)

    def _synonym_groups(self) -> dict[int, set[str]]:
        """Sudachi synonym group -> the catalogue's Japanese words in it, built once from the
        lexical index's terms on first use and again after rows are added (a dict swapped whole,
        so a concurrent reader sees the old one or the new one)."""
        by_group = self._by_group
        if by_group is None:
            by_group = {}
            for w in [w for w in self.lexical.vocabulary() if is_japanese(w)]:
                for g in synonym_groups(w):
                    by_group.setdefault(g, set()).add(w)
            self._by_group = by_group
        return by_group

    # ------------------------------------------------------------------ growing
    def analyse_rows(self, cat: Catalogue, first: int, cfg: SearchConfig) -> tuple[list[list[str]], list[str], list]:
        """Learn the attributes of rows `first`.. (written by `Catalogue.append_text`); returns
        their title words, heads and leaf types."""
        kb = self.knowledge
        title_words = []
        for r in range(first, cat.n_rows):
            kb.learn_attributes([cat.attributes[r]], [cat.brands[r]] if cat.brands[r] else [], cfg.attribute_keys)
            title_words.append(words(cat.titles[r]))
        named = kb.named_words() | frozenset(filter(None, map(leaf_word, set(cat.categories[first:]))))
        for tw in title_words:
            read_as_nouns(tw, named)
        attr_words = kb.attribute_words()
        heads = ended([kb.title_head(tw, attr_words, cat.categories[first + k]) for k, tw in enumerate(title_words)],
                      self.lexical.has)
        leaves = [kb.leaf_type(cat.categories[first + k]) for k in range(len(title_words))]
        return title_words, heads, leaves

    def add_rows(self, cat: Catalogue, first: int, title_words: list[list[str]], extra: list[list[str]],
                 cfg: SearchConfig) -> None:
        """Index rows `first`..: their types, lexical documents (with `extra` terms, the shoppers'
        words), title pairs and words."""
        for k, tw in enumerate(title_words):
            r = first + k
            self.knowledge.add_item(cat.heads[r], cat.leaves[r], cat.categories[r], set(terms(tw)))
            self.lexical.add(r, doc_terms(cat, r, cfg, tw) + endings(tw, self.lexical.has) + extra[k])
            self.phrases.add(r, pairs(terms(tw)))
            said = vocabulary(cat, [tw])
            self.speller.add(said)
            if self._loanwords is not None:
                self._loanwords.add(said)
        self._by_group = self._titled = self._japanese = None  # new words: the synonym groups, titled
        self._read = {}  # stems and the catalogue's scripts are read again

    def suggest(self, cat: Catalogue, r: int, title_words: list[str], attr_words: set[str]) -> None:
        """Offer row `r`'s product phrase (head noun and up to two words before it) and brand."""
        weight = 1.0 + float(np.log1p(cat.popularity[r]))
        skip = {i for i, w in enumerate(title_words) if w in attr_words}
        h = head_word(title_words, skip, markers=self.knowledge.markers)
        if h is not None:
            start = h
            while start > 0 and h - start < 2 and content_at(title_words, start - 1) and (start - 1) not in skip:
                start -= 1
            self.suggester.add(title_words[h], weight)
            if start < h:
                self.suggester.add(" ".join(title_words[start:h + 1]), weight)
        if cat.brands[r]:
            self.suggester.add(cat.brands[r], 0.5 * weight)

    def reindexed(self, cat: Catalogue, shopper_words, cfg: SearchConfig) -> tuple:
        """The lexical index over every row with `shopper_words` (a `search.expansion.ShopperWords`
        or None; seconds for tens of thousands of items), built without touching this one: what
        `install` puts in place at once."""
        base = [doc_terms(cat, r, cfg) for r in range(cat.n_rows)]
        extra = [shopper_words.terms_of(i) if shopper_words is not None else [] for i in cat.item_ids]
        vocab = set().union(*map(set, base)) if base else set()
        lexical = LexicalIndex(k1=cfg.k1, b=cfg.b).build([b + e for b, e in zip(base, extra)])
        shopper_only = frozenset(set().union(*map(set, extra)) - vocab) if extra else frozenset()
        return lexical, shopper_only, shopper_words.digest if shopper_words is not None else None

    def install(self, rebuilt: tuple) -> None:
        """Serve a lexical index `reindexed` built."""
        self.lexical, self.shopper_only, self.words_indexed = rebuilt

    def reindex(self, cat: Catalogue, shopper_words, cfg: SearchConfig) -> None:
        """Rebuild the lexical index over every row with `shopper_words` (`reindexed`, installed)."""
        self.install(self.reindexed(cat, shopper_words, cfg))
