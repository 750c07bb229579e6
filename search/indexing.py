"""The word side of the engine: what the catalogue's words teach (`CatalogKnowledge`), the lexical
and phrase indexes, the speller and the autocomplete suggester, built from a `Catalogue` and
grown with it; shoppers' words (`search.expansion`) join an item's lexical document."""

from __future__ import annotations

from collections import Counter

import numpy as np

from search.catalog import Catalogue
from search.category_names import leaf_word, read_as_nouns
from search.config import SearchConfig
from search.lexical import LexicalIndex
from search.loanwords import Loanwords
from search.synonyms import SynonymReading
from search.spelling import Speller
from search.suggest import Suggester
from search.text import category_path, head_type, is_japanese, is_katakana, is_number, stem, terms, word_ending, words
from search.word_classes import UNITS
from search.heads import content_at, head_word
from search.understanding import CatalogKnowledge
from store.columns import values_of

MAX_JOINED = 24  # the longest run-together word looked for as a pair of title words


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


class WordIndexes(SynonymReading):
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
