"""Candidates of a query: the rows it matches lexically, by phrase, by meaning (dense) and by the
click memory's votes, relaxed by dropping words when nothing matches, and the candidates the
ranker orders with their features."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

import numpy as np

from search.catalog import Catalogue
from search.config import SearchConfig
from search.features import Match, category_codes, features
from search.indexing import WordIndexes, pairs
from search.ranking import Features
from search.text import colour_term, is_japanese, normalize, stem, terms, type_word, words
from search.word_classes import JA_COLORS, STOPWORDS
from search.understanding import Understood


class Found(NamedTuple):
    """What a query matched: every row (total, facets), the candidates the ranker orders (with
    their features), the other matches (after them, by BM25), and whether words were dropped."""

    rows: np.ndarray
    cand: np.ndarray
    rest: np.ndarray
    lex: np.ndarray
    features: Features
    relaxed: bool
    dropped: list[str]


def price_only(u: Understood) -> bool:
    """Only price words ("cheap", "under 50", "安い"): nothing to match, a price to browse by."""
    return not u.words and (u.price_intent is not None or u.max_price is not None or u.min_price is not None)


def did_you_mean(query: str, u: Understood) -> str | None:
    """The query with the words understanding corrected replaced (None: none corrected)."""
    if not u.corrections:
        return None
    text = normalize(query)
    for bad, good in u.corrections.items():
        text = re.sub(rf"(?<!\w){re.escape(bad)}(?!\w)", good, text)
    return " ".join(text.split())


def query_groups(u: Understood, indexes: WordIndexes, synonyms: dict) -> tuple[list[list[str]], list[str]]:
    """Query term groups (a word's stem plus its synonyms) and the word each came from."""
    groups, sources, seen = [], [], set()
    content = [w for w in u.words if w not in STOPWORDS and w != "|"]
    joined: dict[str, list[str]] = {}  # "deck over" also matches "deckover", "タブレット ペン" the
    for a, b in zip(content, content[1:]):  # "タブレットペン" (`written_whole`), "massage gun" the マッサージガン
        if a.isalpha() and b.isalpha() and (a + b) in indexes.speller:
            joined.setdefault(a, []).append(stem(a + b))
            joined.setdefault(b, []).append(stem(a + b))
        whole = [w for x in (a, *synonyms.get(a, ())) for y in (b, *synonyms.get(b, ()))
                 if is_japanese(x) and is_japanese(y) for w in indexes.written_whole(x, y)]
        for w in (a, b):
            joined.setdefault(w, []).extend(whole)
    for w in content:
        t = stem(w)
        if t in seen:
            continue
        seen.add(t)
        group = [t]
        if w in JA_COLORS:  # as the index holds it: "navy" is the term "navi"
            group.append(colour_term(w))
        for other in list(synonyms.get(w, ())) + list(synonyms.get(t, ())):
            said = terms(words(other))
            group.extend(said)
            if len(said) == 2:  # and as a phrase ("heat gun" for ヒートガン: `phrase_groups`)
                group.append(" ".join(said))
        group.extend(joined.get(w, ()))
        groups.append(list(dict.fromkeys(group)))
        sources.append(w)
    return groups, sources


MAX_PAIR_ALTERNATIVES = 3  # of each word's synonyms, paired in the phrase index


def phrase_groups(groups: list[list[str]]) -> list[list[str]]:
    """Adjacent query words as phrase terms, each with its words' synonyms side by side as well
    (`ポンプ ボトル` is also said as "pump bottle"); a word whose synonym is a phrase is a phrase
    of its own (ヒートガン: "heat gun")."""
    out = [inner for g in groups if (inner := [t for t in g if " " in t])]
    words_of = [[t for t in g[1:] if " " not in t][:MAX_PAIR_ALTERNATIVES] for g in groups]
    for (a, b), (xs, ys) in zip(zip(groups, groups[1:]), zip(words_of, words_of[1:])):
        out.append([f"{a[0]} {b[0]}", *(f"{x} {y}" for x in xs for y in ys)])
    return out


def drop_order(groups, sources, u: Understood, lexical) -> list[int]:
    """Least important first: words the catalogue lacks, attributes, other modifiers (most
    common first), and the wanted product type last."""
    def key(i):
        w = sources[i]
        unknown = not any(lexical.has(t) for t in groups[i])
        return (0 if unknown else 1 if w in u.attribute_words else 3 if w == u.head else 2, lexical.idf(groups[i][0]))
    return sorted(range(len(groups)), key=key)


def background_similarity(vectors: np.ndarray, quantile: float, *, pairs: int = 20_000, seed: int = 0) -> float:
    """The `quantile` of the cosines of random pairs of distinct product vectors: what products
    share by chance under this model (all pairs of a catalogue too small to sample)."""
    n = len(vectors)
    if n < 2:
        return 1.0
    if n * (n - 1) // 2 <= pairs:
        a, b = np.triu_indices(n, 1)
    else:
        rng = np.random.default_rng(seed)
        a, b = rng.integers(0, n, pairs), rng.integers(0, n - 1, pairs)
        b = b + (b >= a)  # distinct
    sims = np.einsum("ij,ij->i", vectors[a], vectors[b])
    return float(np.quantile(sims, quantile))


def with_dense_floor(cfg: SearchConfig, vectors: np.ndarray | None) -> SearchConfig:
    """`cfg` with the cosine a dense-only candidate needs read off the catalogue's vectors when
    the shop left it unset (`SearchConfig.dense_min_similarity` None)."""
    if cfg.dense_min_similarity is not None or vectors is None or not len(vectors):
        return cfg
    floor = background_similarity(np.asarray(vectors, dtype=np.float32), cfg.dense_background_quantile)
    return replace(cfg, dense_min_similarity=round(floor, 4))


def script_of(word: str) -> str:
    return "japanese" if is_japanese(word) else "latin"


def dense_reads(u: Understood, cfg: SearchConfig) -> bool:
    """Whether the dense model reads every word of the query (`SearchConfig.dense_scripts`): an
    English model's vector of a Japanese query is noise that brings unrelated products."""
    return all(script_of(w) in cfg.dense_scripts for w in u.words if w != "|")


class Retriever:
    """One search's view of the engine's parts: the catalogue, word indexes, product vectors,
    `dense_rows(qvec, mask, min_similarity)` (the dense index's hits), the click memory (None:
    none) and whether a learned ranker reads the phrase feature."""

    def __init__(self, cfg: SearchConfig, cat: Catalogue, indexes: WordIndexes, *, vectors, dense_rows,
                 clicks=None, ranker: bool = False):
        self.cfg, self.cat, self.indexes, self.vectors = cfg, cat, indexes, vectors
        self.dense_rows, self.clicks, self.ranker = dense_rows, clicks, ranker

    def find(self, u: Understood, mask: np.ndarray, n: int, qvec, qraw, profile: dict | None) -> Found | None:
        """Match the query (relaxing it when nothing matches), choose the candidates the ranker
        orders and compute their features; None when there is nothing to match with."""
        cfg, lexical = self.cfg, self.indexes.lexical
        unread = not dense_reads(u, cfg)  # words in a script the dense model does not read
        if qvec is not None and unread:  # the dense side stands aside
            qvec = qraw = None
        groups, sources = query_groups(u, self.indexes, cfg.synonyms)
        if not groups and qvec is None:
            return None
        lex, coverage, matched = lexical.score(groups, n)
        pair_terms = phrase_groups(groups)
        phrase = (self.indexes.phrases.score(pair_terms, n)[0]
                  if pair_terms and (cfg.w_phrase or self.ranker) else None)
        need = max(cfg.min_should_match - 1e-6, 0.0)
        match = mask & (lex > 0) & (coverage >= need) if groups else np.zeros(n, bool)
        floor = cfg.dense_min_similarity if cfg.dense_min_similarity is not None else 1.0
        dense_rows = self.dense_rows(qvec, mask, floor)
        vote_rows, votes = self.click_votes(qraw, mask)
        relaxed, dropped = False, []
        if groups and not (mask & (coverage >= 1 - 1e-6)).any():
            # no item holds every word: say which words were left out to find items holding the rest
            relaxed = True
            strict, dropped = self._relaxed(groups, sources, u, mask, n)
            if not match.any() and not len(dense_rows) and not len(vote_rows):
                match = strict
                if not match.any():  # last resort: anything that shares a word, or is fairly close in meaning
                    match = mask & (lex > 0)
                    dense_rows = self.dense_rows(qvec, mask, 0.8 * floor)
        match[dense_rows] = True
        match[vote_rows] = True
        if u.categories and cfg.min_should_match <= 0:  # recall first: where no dense side reads the query
            # or the titles, what no word matches comes from the wanted type's categories (ジーンズ: デニム;
            # "fertilizer": the 肥料 an English model cannot read)
            typed = np.flatnonzero(mask & np.isin(self.cat.columns.category.codes[:n],
                                                  category_codes(self.cat, u.categories)))
            if not unread and "japanese" not in cfg.dense_scripts:
                typed = typed[self.cat.japanese_titles(typed)]
            match[typed] = True
        rows = np.flatnonzero(match)
        cand, rest = self._candidates(rows, lex, dense_rows, vote_rows)
        f = features(self.cat, self.vectors, cand, Match(lex, coverage, matched, sources, self._inverted(u),
                                                          self._phrased(u)), u, qvec,
                     profile=profile, qraw=qraw, cfg=cfg)
        if phrase is not None:
            f.phrase = phrase[cand]
        if len(vote_rows):  # cand is sorted and holds every voted row
            f.clicks = np.zeros(len(cand), dtype=np.float32)
            f.clicks[np.searchsorted(cand, vote_rows)] = votes
        f.query_terms = len(groups)
        return Found(rows, cand, rest, lex, f, relaxed, dropped)

    def _inverted(self, u: Understood) -> np.ndarray | None:
        """Rows whose titles say the wanted type (or the head no title names) after a type the
        query names before it ("Table Lamp" for "lamp table", "Chocolate Milk" for "milk
        chocolate" where no title's head is a chocolate); None for a query without two such words."""
        want = u.product_type or (type_word(u.head) if u.head else None)
        modifiers = [m for m in u.modifier_types if m != want]
        if not want or not modifiers:
            return None
        rows = [self.indexes.phrases.term_postings(f"{want} {m}")[0] for m in modifiers]
        return np.unique(np.concatenate(rows))

    def _phrased(self, u: Understood) -> np.ndarray | None:
        """Rows whose titles say one of the head's English phrases whole; None for no phrase."""
        if not u.type_phrases:
            return None
        said = [self.indexes.phrases.term_postings(" ".join(stem(w) for w in p.split()))[0] for p in u.type_phrases]
        return np.unique(np.concatenate(said))

    def _relaxed(self, groups, sources, u: Understood, mask: np.ndarray, n: int) -> tuple[np.ndarray, list[str]]:
        """Drop words, least important first, until some item holds every word left."""
        lexical = self.indexes.lexical
        dropped: list[str] = []
        match = np.zeros(n, bool)
        for gi in drop_order(groups, sources, u, lexical):
            dropped.append(sources[gi])
            keep = [i for i in range(len(groups)) if sources[i] not in dropped]
            if not keep:
                break
            _, cov_k, _ = lexical.score([groups[i] for i in keep], n)
            match = mask & (cov_k >= 1 - 1e-6) & (cov_k > 0)
            if match.any():
                break
        return match, dropped

    def _candidates(self, rows, lex, dense_rows, vote_rows) -> tuple[np.ndarray, np.ndarray]:
        """The best lexical matches, every dense hit and every item similar queries led to are
        ranked; the rest follow by BM25."""
        top_k = self.cfg.lexical_candidates
        if len(rows) <= top_k:
            return rows, rows[:0]
        top = rows[np.argpartition(-lex[rows], top_k - 1)[:top_k]]
        cand = np.unique(np.concatenate([top, dense_rows, vote_rows]).astype(np.int64, copy=False))
        # every candidate is one of `rows` (sorted, distinct): the rest is `rows` less their
        # positions, sorted as np.setdiff1d returns it, without its sort of both arrays
        keep = np.ones(len(rows), dtype=bool)
        keep[np.searchsorted(rows, cand)] = False
        rest = rows[keep]
        return cand, rest[np.argsort(-lex[rest], kind="stable")]

    def click_votes(self, qraw, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows (live, passing `mask`, sorted) the click memory votes for with a raw query
        vector, and their votes."""
        memory, row_of = self.clicks, self.cat.row_of
        votes = memory.votes(qraw) if memory is not None and qraw is not None else {}
        got = sorted((row_of[i], v) for i, v in votes.items() if i in row_of and mask[row_of[i]])
        return (np.array([r for r, _ in got], dtype=np.int64), np.array([v for _, v in got], dtype=np.float32))
