"""The search engine: builds every part from a catalogue, answers queries, takes live updates,
and saves to / loads from a pickle-free directory.

    engine = SearchEngine.build(store.catalog(), encoder=Encoder(), cache_dir="cache/")
    engine.search("cheap black laptop", limit=10, filters={"in_stock": True})
"""

from __future__ import annotations

import json
import math
import re
import shutil
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from search.cache import EmbeddingCache
from search.config import SearchConfig
from search.dense import VectorIndex
from search.lexical import LexicalIndex
from search.ranking import Features, adjustments, feature_matrix, order, relevance, score
from search.spelling import Speller
from search.suggest import Suggester
from search.text import (JA_COLORS, STOPWORDS, category_path, is_japanese, is_number, japanese_backend,
                         normalize, product_text, stem, terms, words)
from search.understanding import ATTRIBUTE_KEY_ALIASES, CatalogKnowledge, is_content, Understood, head_word, understand

FORMAT_VERSION = 1
TEXT_FIELDS = ("title", "description", "category", "brand", "attributes")


class _Codes:
    """Integer codes of a categorical column (normalized text), -1 for none."""

    def __init__(self, values: list[str | None] | None = None):
        self.values: list[str] = []       # normalized, what filters compare
        self.display: list[str] = []      # as first written, what facets show
        self.index: dict[str, int] = {}
        self.codes = np.array([self.code(v) for v in (values or [])], dtype=np.int32)

    def code(self, value) -> int:
        if value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == "":
            return -1
        key = normalize(str(value)).strip()
        if key not in self.index:
            self.index[key] = len(self.values)
            self.values.append(key)
            self.display.append(str(value).strip())
        return self.index[key]

    def append(self, value) -> None:
        self.codes = np.append(self.codes, np.int32(self.code(value)))

    def set(self, row: int, value) -> None:
        self.codes[row] = self.code(value)


def _clean(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _color_of(attrs: dict) -> str | None:
    for key, value in (attrs or {}).items():
        if ATTRIBUTE_KEY_ALIASES.get(key.lower(), key.lower()) == "color":
            return _clean(value)
    return None


class SearchEngine:
    def __init__(self, config: SearchConfig | None = None):
        self.config = config or SearchConfig()
        self.encoder = None
        self.dense: VectorIndex | None = None
        self.vectors: np.ndarray | None = None
        self.build_info: dict[str, Any] = {}
        self.adapter = None   # learned query adapter (search.learning.QueryAdapter)
        self.ranker = None    # learned ranker (search.learning.LearnedRanker)
        self.clicks = None    # what shoppers acted on after similar queries (search.clicks.ClickMemory)
        self.words = None     # shoppers' query words indexed with items (search.expansion.ShopperWords)
        self._words_indexed: str | None = None  # digest of the words the lexical index holds
        self._shopper_only: frozenset[str] = frozenset()  # their terms no catalogue text has
        self.learned_info: dict[str, Any] = {}
        self._lock = threading.RLock()  # live updates against searches (faiss is not thread-safe)

    # ====================================================================== building
    @classmethod
    def build(cls, catalog, *, popularity: dict[str, float] | None = None, encoder=None,
              cache_dir: str | Path | None = None, show_progress: bool = False,
              config: SearchConfig | None = None) -> "SearchEngine":
        """Index a `store.db.Catalog`. `popularity` maps item ids to non-negative scores;
        `encoder` (encode_queries / encode_products) adds the dense part; `cache_dir` keeps
        product embeddings keyed by text so a rebuild embeds only new or changed texts."""
        t0 = time.perf_counter()
        self = cls(config)
        cfg = self.config
        self.encoder = encoder
        n = len(catalog.item_ids)
        self.item_ids = [str(x) for x in catalog.item_ids]
        self.titles = [_clean(x) or "" for x in catalog.titles]
        self.descriptions = [_clean(x) for x in catalog.descriptions]
        self.categories = [_clean(x) for x in catalog.categories]
        self.brands = [_clean(x) for x in catalog.brands]
        self.attributes = [dict(a or {}) for a in catalog.attributes] if len(catalog.attributes) else [{}] * n
        self.prices = np.asarray(catalog.prices, dtype=np.float64).copy()
        self.in_stock = np.asarray(catalog.in_stock, dtype=bool).copy()
        self.alive = np.ones(n, dtype=bool)
        pop = popularity or {}
        self.popularity = np.array([max(0.0, float(pop.get(i, 0.0))) for i in self.item_ids], dtype=np.float32)
        self.row_of = {item_id: r for r, item_id in enumerate(self.item_ids)}

        kb = CatalogKnowledge(min_type_count=cfg.min_type_count)
        kb.learn_attributes(self.attributes, self.brands, cfg.attribute_keys)
        attr_words = kb.attribute_words()
        title_words = [words(t) for t in self.titles]
        self.heads = [self._title_head(tw, attr_words) for tw in title_words]
        self.leaves = [kb.leaf_type(c) for c in self.categories]
        title_terms = [set(terms(tw)) for tw in title_words]
        self.lengths = np.array([len(terms(tw)) for tw in title_words], dtype=np.float32)
        kb.learn_types(self.heads, self.leaves, self.categories, title_terms)
        self.knowledge = kb
        self._index_codes()
        t1 = time.perf_counter()

        docs = [self._doc_terms(r, title_words[r]) for r in range(n)]
        self.lexical = LexicalIndex(k1=cfg.k1, b=cfg.b).build(docs)
        self.phrases = LexicalIndex(k1=cfg.k1, b=cfg.b).build([_pairs(terms(tw)) for tw in title_words])
        self.speller = Speller(min_length=cfg.typo_min_length, two_edits_length=cfg.typo_two_edits_length)
        self.speller.add(self._vocabulary(title_words))
        self.suggester = Suggester()
        for r, tw in enumerate(title_words):
            self._suggest_item(r, tw, attr_words)
        t2 = time.perf_counter()

        embedded = 0
        if encoder is not None:
            texts = [self._product_text(r) for r in range(n)]
            if cache_dir is not None:
                cache = EmbeddingCache(cache_dir, getattr(encoder, "name", type(encoder).__name__))
                self.vectors, embedded = cache.encode(texts, encoder.encode_products, show_progress=show_progress)
            else:
                self.vectors, embedded = np.asarray(encoder.encode_products(texts), dtype=np.float32), n
            self.dense = VectorIndex(cfg.dense_factory, nprobe=cfg.nprobe,
                                     exact_below=cfg.dense_exact_below).build(self.vectors)
        t3 = time.perf_counter()
        self.build_info = {"items": n, "embedded": embedded, "seconds": {
            "analyse": round(t1 - t0, 3), "lexical": round(t2 - t1, 3), "dense": round(t3 - t2, 3),
            "total": round(t3 - t0, 3)}, "japanese": japanese_backend(),
            "dense_factory": self.dense.factory_ if self.dense else None}
        return self

    @staticmethod
    def _title_head(title_words: list[str], attr_words: set[str]) -> str:
        skip = {i for i, w in enumerate(title_words) if w in attr_words}
        i = head_word(title_words, skip)
        return stem(title_words[i]) if i is not None else ""

    def _product_text(self, r: int) -> str:
        return product_text(self.titles[r], self.brands[r], self.categories[r])

    def product_texts(self) -> list[str]:
        """The text each row is embedded with (retired rows included: rows are positions)."""
        return [self._product_text(r) for r in range(len(self.titles))]

    def use_encoder(self, encoder, vectors: np.ndarray) -> None:
        """Serve with another embedding model (one fine-tuned on the store's searches): its
        product vectors, one row per row of the engine, and a dense index rebuilt from the live
        ones. A learned query adapter and the click memory belong to the old vectors and are
        dropped."""
        cfg = self.config
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors) != len(self.titles):
            raise ValueError(f"{len(vectors)} vectors for {len(self.titles)} rows")
        live = np.flatnonzero(self.alive)
        index = VectorIndex(cfg.dense_factory, nprobe=cfg.nprobe, exact_below=cfg.dense_exact_below).build(
            vectors[live], live)
        with self._lock:
            self.encoder, self.vectors, self.dense, self.adapter, self.clicks = encoder, vectors, index, None, None
            self.build_info["dense_factory"] = index.factory_

    def _doc_terms(self, r: int, title_words: list[str] | None = None) -> list[str]:
        cfg = self.config
        out = terms(title_words if title_words is not None else words(self.titles[r])) * cfg.title_weight
        if self.categories[r]:
            out += terms(words(" ".join(category_path(self.categories[r])))) * cfg.category_weight
        if self.brands[r]:
            out += terms(words(self.brands[r])) * cfg.brand_weight
        values = [str(v) for v in (self.attributes[r] or {}).values() if isinstance(v, (str, int, float))]
        if values:
            out += terms(words(" ".join(values))) * cfg.attributes_weight
        if self.descriptions[r] and cfg.description_weight:
            out += terms(words(self.descriptions[r])) * cfg.description_weight
        return out

    def _words_of(self, item_id: str) -> list[str]:
        """The shoppers' words indexed with an item (none without learned words)."""
        return self.words.terms_of(item_id) if self.words is not None else []

    def _reindex_lexical(self) -> None:
        """Rebuild the lexical index over every row with the current shoppers' words (seconds
        for tens of thousands of items; searches wait)."""
        with self._lock:
            cfg = self.config
            base = [self._doc_terms(r) for r in range(len(self.titles))]
            extra = [self._words_of(i) for i in self.item_ids]
            vocab = set().union(*map(set, base)) if base else set()
            self.lexical = LexicalIndex(k1=cfg.k1, b=cfg.b).build([b + e for b, e in zip(base, extra)])
            self._shopper_only = frozenset(set().union(*map(set, extra)) - vocab) if extra else frozenset()
            self._words_indexed = self.words.digest if self.words is not None else None

    def _vocabulary(self, title_words) -> Counter:
        counts: Counter = Counter()
        for tw in title_words:
            counts.update(w for w in tw if w.isalpha() and not is_japanese(w) and len(w) > 2)
        for text in set(filter(None, self.categories)) | set(filter(None, self.brands)):
            counts.update(w for w in words(text) if w.isalpha() and not is_japanese(w) and len(w) > 2)
        return counts

    def _suggest_item(self, r: int, title_words: list[str], attr_words: set[str]) -> None:
        weight = 1.0 + float(np.log1p(self.popularity[r]))
        skip = {i for i, w in enumerate(title_words) if w in attr_words}
        h = head_word(title_words, skip)
        if h is not None:
            start = h
            while start > 0 and h - start < 2 and is_content(title_words[start - 1]) and (start - 1) not in skip:
                start -= 1
            self.suggester.add(title_words[h], weight)
            if start < h:
                self.suggester.add(" ".join(title_words[start:h + 1]), weight)
        if self.brands[r]:
            self.suggester.add(self.brands[r], 0.5 * weight)

    def _index_codes(self) -> None:
        self.cat_codes = _Codes(self.categories)
        self.brand_codes = _Codes(self.brands)
        self.color_codes = _Codes([_color_of(a) for a in self.attributes])
        self.heads = np.array(self.heads, dtype=object)
        self.leaves = np.array(self.leaves, dtype=object)

    def __len__(self) -> int:
        return int(self.alive.sum())

    # ====================================================================== live updates
    def upsert_items(self, rows: list[dict]) -> None:
        """New or changed items, searchable at once. A row for a known item changes only the
        fields it carries; a price or stock change is applied in place, a text change re-indexes
        the item (its old entry is retired). Safe beside concurrent searches."""
        with self._lock:
            pending: dict[str, dict] = {}
            for row in rows:
                item_id = str(row["item_id"])
                old = self.row_of.get(item_id)
                current = pending.get(item_id) or (self._item(old) if old is not None else None)
                if current is None:
                    if not row.get("title"):
                        raise ValueError(f"item {item_id!r}: a new item needs a title")
                    pending[item_id] = {**row, "item_id": item_id}
                    continue
                merged = {**current, **{k: v for k, v in row.items() if k != "attributes"}}
                merged["attributes"] = {**(current.get("attributes") or {}), **(row.get("attributes") or {})}
                if item_id not in pending and all(merged.get(f) == current.get(f) for f in TEXT_FIELDS):
                    if "price" in row:
                        self.prices[old] = np.nan if row["price"] is None else float(row["price"])
                    if "in_stock" in row:
                        self.in_stock[old] = bool(row["in_stock"])
                    continue
                pending[item_id] = merged
            if pending:
                self._append(list(pending.values()))

    def _item(self, r: int) -> dict:
        return {"item_id": self.item_ids[r], "title": self.titles[r], "description": self.descriptions[r],
                "category": self.categories[r], "brand": self.brands[r],
                "price": None if np.isnan(self.prices[r]) else float(self.prices[r]),
                "in_stock": bool(self.in_stock[r]), "attributes": dict(self.attributes[r] or {})}

    def _append(self, items: list[dict]) -> None:
        """Index items as new rows; they become visible when their ids are published last."""
        first = len(self.item_ids)
        kb = self.knowledge
        title_words = []
        for k, item in enumerate(items):
            r = first + k
            self.titles.append(_clean(item.get("title")) or "")
            self.descriptions.append(_clean(item.get("description")))
            self.categories.append(_clean(item.get("category")))
            self.brands.append(_clean(item.get("brand")))
            self.attributes.append(dict(item.get("attributes") or {}))
            kb.learn_attributes([self.attributes[r]], [self.brands[r]] if self.brands[r] else [],
                                self.config.attribute_keys)
            title_words.append(words(self.titles[r]))
        attr_words = kb.attribute_words()
        old_rows = [self.row_of.get(str(item["item_id"])) for item in items]
        heads = [self._title_head(tw, attr_words) for tw in title_words]
        leaves = [kb.leaf_type(self.categories[first + k]) for k in range(len(items))]
        self.prices = np.append(self.prices, [np.nan if it.get("price") is None else float(it["price"]) for it in items])
        self.in_stock = np.append(self.in_stock, [bool(it.get("in_stock", True)) for it in items])
        self.popularity = np.append(self.popularity, [self.popularity[o] if o is not None else 0.0 for o in old_rows])
        self.heads = np.append(self.heads, np.array(heads, dtype=object))
        self.lengths = np.append(self.lengths, np.array([len(terms(tw)) for tw in title_words], dtype=np.float32))
        self.leaves = np.append(self.leaves, np.array(leaves, dtype=object))
        for k, tw in enumerate(title_words):
            r = first + k
            kb.add_item(heads[k], leaves[k], self.categories[r], set(terms(tw)))
            self.cat_codes.append(self.categories[r])
            self.brand_codes.append(self.brands[r])
            self.color_codes.append(_color_of(self.attributes[r]))
            self.lexical.add(r, self._doc_terms(r, tw) + self._words_of(str(items[k]["item_id"])))
            self.phrases.add(r, _pairs(terms(tw)))
            self.speller.add(self._vocabulary([tw]))
        if self.dense is not None:
            if self.encoder is None:
                raise RuntimeError("an engine with a dense index needs its encoder to add items")
            new = np.arange(first, first + len(items))
            vecs = np.asarray(self.encoder.encode_products([self._product_text(r) for r in new]), dtype=np.float32)
            self.vectors = np.vstack([self.vectors, vecs])
            retired = [o for o in old_rows if o is not None]
            if retired:
                self.dense.remove(retired)
            self.dense.add(vecs, new)
        # publish: retire the old rows, then make the new ones visible
        self.alive = np.append(self.alive, np.ones(len(items), dtype=bool))
        for o in old_rows:
            if o is not None:
                self.alive[o] = False
        for k, item in enumerate(items):
            self.item_ids.append(str(item["item_id"]))
            self.row_of[str(item["item_id"])] = first + k
            self._suggest_item(first + k, title_words[k], attr_words)

    # ====================================================================== searching
    def _known(self, word: str) -> bool:
        if is_number(word) or word in self.speller:
            return True
        t = stem(word)
        return self.lexical.has(t) and t not in self._shopper_only

    def _correct(self, word: str) -> str | None:
        return self.speller.correct(word) or self.speller.split(word)

    def understand(self, query: str) -> Understood:
        return understand(query, self.knowledge, known=self._known, correct=self._correct,
                          synonyms=self.config.synonyms)

    def _groups(self, u: Understood) -> tuple[list[list[str]], list[str]]:
        """Query term groups (a word's stem plus its synonyms) and the word each came from."""
        groups, sources, seen = [], [], set()
        syn = self.config.synonyms
        content = [w for w in u.words if w not in STOPWORDS and w != "|"]
        joined = {}  # "deck over" also matches "deckover"
        for a, b in zip(content, content[1:]):
            if a.isalpha() and b.isalpha() and (a + b) in self.speller:
                joined.setdefault(a, []).append(stem(a + b))
                joined.setdefault(b, []).append(stem(a + b))
        for w in content:
            t = stem(w)
            if t in seen:
                continue
            seen.add(t)
            group = [t]
            if w in JA_COLORS:
                group.append(JA_COLORS[w])
            for other in list(syn.get(w, ())) + list(syn.get(t, ())):
                group.extend(terms(words(other)))
            group.extend(joined.get(w, ()))
            groups.append(list(dict.fromkeys(group)))
            sources.append(w)
        return groups, sources

    def _filter_mask(self, filters: dict | None, u: Understood, n: int) -> np.ndarray:
        """Rows (of the first `n`, the ones published when the search began) that may be shown."""
        mask = self.alive[:n].copy()
        p = self.prices[:n]
        if u.max_price is not None:
            mask &= ~(p > u.max_price)  # unknown prices stay
        if u.min_price is not None:
            mask &= ~(p < u.min_price)
        for key, value in (filters or {}).items():
            if value is None:
                continue
            if key == "category":
                want = [category_path(normalize(v)) for v in (value if isinstance(value, list) else [value])]
                codes = [c for c, path in enumerate(self.cat_codes.values)
                         if any(category_path(path)[:len(w)] == w for w in want)]
                mask &= np.isin(self.cat_codes.codes[:n], codes)
            elif key in ("brand", "color"):
                col = self.brand_codes if key == "brand" else self.color_codes
                values = value if isinstance(value, list) else [value]
                codes = [col.index[normalize(str(v)).strip()] for v in values if normalize(str(v)).strip() in col.index]
                mask &= np.isin(col.codes[:n], codes)
            elif key == "min_price":
                mask &= p >= float(value)
            elif key == "max_price":
                mask &= p <= float(value)
            elif key == "in_stock":
                if value in (True, "true", "1", 1):
                    mask &= self.in_stock[:n]
            else:
                raise ValueError(f"unknown filter {key!r}: use one of category, brand, min_price, max_price, in_stock, color")
        return mask

    def search(self, query: str, *, limit: int = 10, offset: int = 0, filters: dict | None = None,
               user_profile: dict | None = None, sort: str | None = None) -> dict:
        """Search the catalogue.

        filters: category (path prefix), brand, color (a value or a list), min_price, max_price,
        in_stock (True drops out-of-stock items). user_profile: {"categories": {path: weight},
        "brands": {brand: weight}}. sort: None/"relevance", "price_asc" or "price_desc".
        Returns {"query", "understood", "total", "items", "facets", "did_you_mean", "relaxed"}:
        `total` counts every match (facets too); `relaxed` says the query as typed matched
        nothing and words were dropped (`understood["dropped_terms"]`); `did_you_mean` is the
        query with catalogue-unknown words corrected (what was searched instead: unknown words
        match nothing, so the corrected query always finds more). A query of price words only
        ("cheap", "under 50", "安い") browses the catalogue, in stock first, cheapest first.
        """
        if sort not in (None, "relevance", "price_asc", "price_desc"):
            raise ValueError(f"unknown sort {sort!r}: use relevance, price_asc or price_desc")
        u = self.understand(query or "")
        n = len(self.item_ids)
        mask = self._filter_mask(filters, u, n)
        found = None if _price_only(u) else self._retrieve(query or "", u, mask, n, user_profile)
        if found is not None:
            rows, relaxed, dropped = found.rows, found.relaxed, found.dropped
            ranked_rows, ranked_scores = self._rank(found, u, sort)
        else:  # browsing: no words, only filters (and perhaps a price)
            rows, relaxed, dropped = np.flatnonzero(mask), False, []
            ranked_rows, ranked_scores = self._browse(rows, u, sort)

        page = slice(offset, offset + limit)
        items = [self._hit(r, s) for r, s in zip(ranked_rows[page].tolist(), ranked_scores[page].tolist())]
        understood = u.public()
        if dropped:
            understood["dropped_terms"] = dropped
        did_you_mean = None
        if u.corrections:
            text = normalize(query)
            for bad, good in u.corrections.items():
                text = re.sub(rf"(?<!\w){re.escape(bad)}(?!\w)", good, text)
            did_you_mean = " ".join(text.split())
        return {"query": query, "understood": understood, "total": int(len(rows)), "items": items,
                "facets": self._facets(rows), "did_you_mean": did_you_mean, "relaxed": relaxed}

    def _browse(self, rows: np.ndarray, u: Understood, sort: str | None) -> tuple[np.ndarray, np.ndarray]:
        """No words to match: in stock first, then popular first, or cheapest first when the
        query asked for low prices ("cheap", "under 50")."""
        s = 0.01 * self.popularity[rows] + self.in_stock[rows]
        if sort in (None, "relevance") and (u.price_intent == "low" or u.max_price is not None):
            p = self.prices[rows]
            pos = np.lexsort((-s, np.where(np.isnan(p), np.inf, p), ~self.in_stock[rows]))
        else:
            pos = order(s, prices=self.prices[rows], sort=sort)
        return rows[pos], s[pos]

    # ---------------------------------------------------------------- candidates and features
    def query_text(self, u: Understood, query: str) -> str:
        """The text the query vector is computed from (corrections applied, price words out)."""
        return " ".join(u.words) or query

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Raw query vectors (before any learned adapter), one row per text."""
        return np.asarray(self.encoder.encode_queries(list(texts)), dtype=np.float32)

    def _query_vectors(self, text: str, raw: np.ndarray | None = None):
        """(vector used for retrieval and ranking, the raw one) of a query text."""
        if raw is None:
            raw = self.encode_queries([text])[0]
        if self.adapter is None:
            return raw, raw
        return self.adapter.apply(raw), raw

    def candidate_features(self, query: str, *, filters: dict | None = None,
                           raw_vector: np.ndarray | None = None) -> tuple[np.ndarray, Features | None]:
        """The rows the ranker orders for `query` and their features: what serving scores, and
        what learning (`search.learning`) trains on. `raw_vector`: the query's raw embedding,
        when the caller encoded queries in a batch."""
        u = self.understand(query or "")
        n = len(self.item_ids)
        found = None if _price_only(u) else self._retrieve(
            query or "", u, self._filter_mask(filters, u, n), n, None, raw_vector=raw_vector)
        if found is None:
            return np.zeros(0, dtype=np.int64), None
        return found.cand, found.features

    def _retrieve(self, query: str, u: Understood, mask: np.ndarray, n: int, user_profile,
                  raw_vector: np.ndarray | None = None) -> "_Found | None":
        """Match the query (relaxing it when nothing matches), choose the candidates the ranker
        orders and compute their features; None when there is nothing to match with."""
        cfg = self.config
        groups, sources = self._groups(u)
        relaxed, dropped = False, []
        qvec = qraw = None
        if self.dense is not None and (u.words or query.strip()):
            qvec, qraw = self._query_vectors(self.query_text(u, query), raw_vector)
        if not groups and qvec is None:
            return None
        lex, coverage, matched = self.lexical.score(groups, n)
        pairs = _pairs([g[0] for g in groups])
        phrase = (self.phrases.score([[p] for p in pairs], n)[0]
                  if pairs and (cfg.w_phrase or self.ranker is not None) else None)
        match = mask & (lex > 0) & (coverage >= cfg.min_should_match - 1e-6) if groups else np.zeros(n, bool)
        dense_rows = self._dense_rows(qvec, mask, cfg.dense_min_similarity)
        vote_rows, votes = self._click_votes(qraw, mask)
        if not match.any() and not len(dense_rows) and not len(vote_rows) and groups:
            relaxed = True
            for gi in self._drop_order(groups, sources, u):
                dropped.append(sources[gi])
                keep = [i for i in range(len(groups)) if sources[i] not in dropped]
                if not keep:
                    break
                _, cov_k, _ = self.lexical.score([groups[i] for i in keep], n)
                match = mask & (cov_k >= cfg.min_should_match - 1e-6) & (cov_k > 0)
                if match.any():
                    break
            if not match.any():  # last resort: anything that shares a word, or is fairly close in meaning
                match = mask & (lex > 0)
                dense_rows = self._dense_rows(qvec, mask, 0.8 * cfg.dense_min_similarity)
        match[dense_rows] = True
        match[vote_rows] = True
        rows = np.flatnonzero(match)
        # the best lexical matches, every dense hit and every item similar queries led to are
        # ranked; the rest follow by BM25
        if len(rows) > cfg.lexical_candidates:
            top = rows[np.argpartition(-lex[rows], cfg.lexical_candidates - 1)[:cfg.lexical_candidates]]
            cand = np.union1d(np.union1d(top, dense_rows), vote_rows)
            rest = np.setdiff1d(rows, cand)
            rest = rest[np.argsort(-lex[rest], kind="stable")]
        else:
            cand, rest = rows, rows[:0]
        f = self._features(cand, lex, coverage, matched, sources, u, qvec, user_profile, qraw)
        if phrase is not None:
            f.phrase = phrase[cand]
        if len(vote_rows):  # cand is sorted and holds every voted row
            f.clicks = np.zeros(len(cand), dtype=np.float32)
            f.clicks[np.searchsorted(cand, vote_rows)] = votes
        f.query_terms = len(groups)
        return _Found(rows, cand, rest, lex, f, relaxed, dropped)

    def _rank(self, found: "_Found", u: Understood, sort) -> tuple[np.ndarray, np.ndarray]:
        cfg = self.config
        cand, rest, f, lex = found.cand, found.rest, found.features, found.lex
        if len(found.rows) == 0:
            return found.rows, np.zeros(0)
        s = score(f, cfg)
        hand = s
        if self.ranker is not None and len(cand):
            s = self._learned_score(f)
        tier = None
        if u.price_intent == "low" and sort in (None, "relevance"):
            if u.product_type:
                tier = f.type_match > 0
            else:  # the hand-weighted scale says what "near the top" is
                tier = hand >= cfg.cheap_tier * hand.max()
            if u.attributes:
                tier &= f.attributes >= 1.0
        pos = order(s, prices=self.prices[cand], tier=tier, sort=sort if sort != "relevance" else None)
        out_rows, out_scores = cand[pos], s[pos]
        if len(rest):
            rest_scores = np.minimum(out_scores.min(), 0) - 1 + lex[rest] / (lex[rest].max() or 1)
            if sort in ("price_asc", "price_desc"):
                allr, alls = np.concatenate([out_rows, rest]), np.concatenate([out_scores, rest_scores])
                p = self.prices[allr]
                p = np.where(np.isnan(p), np.inf, p if sort == "price_asc" else -p)
                pos = np.lexsort((-alls, p))
                return allr[pos], alls[pos]
            out_rows, out_scores = np.concatenate([out_rows, rest]), np.concatenate([out_scores, rest_scores])
        return out_rows, out_scores

    def _click_votes(self, qraw, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows (live, passing `mask`, sorted) the click memory votes for with a raw query
        vector, and their votes."""
        memory = self.clicks
        votes = memory.votes(qraw) if memory is not None and qraw is not None else {}
        got = sorted((self.row_of[i], v) for i, v in votes.items() if i in self.row_of and mask[self.row_of[i]])
        return (np.array([r for r, _ in got], dtype=np.int64), np.array([v for _, v in got], dtype=np.float32))

    def _dense_rows(self, qvec, mask: np.ndarray, min_similarity: float) -> np.ndarray:
        if qvec is None or self.dense is None or len(self.dense) == 0:
            return np.zeros(0, dtype=np.int64)
        with self._lock:
            res = self.dense.search(qvec[None, :], self.config.dense_candidates)
        ids, sims = res.ids[0], res.scores[0]
        keep = (ids >= 0) & (ids < len(mask)) & (sims >= min_similarity)
        ids = ids[keep]
        return ids[mask[ids]]

    def _drop_order(self, groups, sources, u: Understood) -> list[int]:
        """Least important first: words the catalogue lacks, attributes, other modifiers (most
        common first), and the wanted product type last."""
        def key(i):
            w = sources[i]
            unknown = not any(self.lexical.has(t) for t in groups[i])
            return (0 if unknown else 1 if w in u.attribute_words else 3 if w == u.head else 2,
                    self.lexical.idf(groups[i][0]))
        return sorted(range(len(groups)), key=key)

    def _learned_score(self, f: Features, ranker=None) -> np.ndarray:
        """The learned relevance plus the business adjustments, converted from hand-weighted
        units to the model's by the ratio of the two scores' spreads over the candidates."""
        cfg = self.config
        ranker = ranker or self.ranker
        learned = ranker.predict(feature_matrix(f, cfg, ranker.features))
        adjust = adjustments(f, cfg)
        if adjust.any():
            hand = relevance(f, cfg)
            spread = float(hand.max() - hand.min())
            adjust = adjust * (float(learned.max() - learned.min()) / spread if spread > 0 else 1.0)
        return learned + adjust

    def _features(self, cand, lex, coverage, matched, sources, u: Understood, qvec, user_profile,
                  qraw=None) -> Features:
        k = len(cand)
        dense = (self.vectors[cand] @ qvec) if qvec is not None else np.zeros(k, dtype=np.float32)
        dense_raw = dense if qraw is None or qraw is qvec else self.vectors[cand] @ qraw
        type_match = np.zeros(k, dtype=np.float32)
        if u.product_type:
            t = u.product_type
            cats = [self.cat_codes.index[normalize(c).strip()] for c in u.categories
                    if normalize(c).strip() in self.cat_codes.index]
            type_match[(self.leaves[cand] == t) | np.isin(self.cat_codes.codes[cand], cats)] = 0.8
            type_match[self.heads[cand] == t] = 1.0
            if u.head in sources:
                has_word = np.isin(cand, matched[sources.index(u.head)])
                type_match[has_word & (type_match == 0)] = -1.0
            type_raw = type_match.copy()
            # a title head alone (no category path to confirm it) is weaker evidence of a type
            uncategorized = self.cat_codes.codes[cand] < 0
            type_match[uncategorized] *= self.config.uncategorized_type_evidence
        else:
            type_raw = type_match
        attributes = np.ones(k, dtype=np.float32)
        if u.attributes:
            hits = np.zeros(k, dtype=np.float32)
            for key, value in u.attributes.items():
                ok = np.zeros(k, dtype=bool)
                if key == "brand":
                    code = self.brand_codes.index.get(value, -2)
                    ok |= self.brand_codes.codes[cand] == code
                elif key == "color":
                    code = self.color_codes.index.get(value, -2)
                    ok |= self.color_codes.codes[cand] == code
                else:
                    ok |= np.array([normalize(str(self._attr(r, key) or "")).strip() == value for r in cand.tolist()], dtype=bool)
                for w in u.attribute_words:  # said in the title instead of as an attribute
                    if w in sources and (JA_COLORS.get(w, w) == value or w in value.split()):
                        ok |= np.isin(cand, matched[sources.index(w)]) & (self.color_codes.codes[cand] < 0 if key == "color" else True)
                hits += ok
            attributes = hits / len(u.attributes)
        cov = coverage[cand] if coverage is not None else np.zeros(k, dtype=np.float32)
        pop = self.popularity[cand]
        top = float(self.popularity.max()) if len(self.popularity) else 0.0
        pop = np.log1p(pop) / np.log1p(top) if top > 0 else np.zeros(k, dtype=np.float32)
        return Features(lexical=lex[cand], dense=dense, type_match=type_match, attributes=attributes,
                        coverage=cov, popularity=pop, in_stock=self.in_stock[cand],
                        affinity=self._affinity(cand, user_profile), dense_raw=dense_raw,
                        length=self.lengths[cand], type_raw=type_raw)

    def _attr(self, r: int, key: str):
        for k, v in (self.attributes[r] or {}).items():
            if ATTRIBUTE_KEY_ALIASES.get(k.lower(), k.lower()) == key:
                return v
        return None

    def _affinity(self, cand, profile: dict | None) -> np.ndarray:
        out = np.zeros(len(cand), dtype=np.float32)
        if not profile:
            return out
        cats = {tuple(category_path(normalize(c))): float(w) for c, w in (profile.get("categories") or {}).items()}
        brands = {normalize(b).strip(): float(w) for b, w in (profile.get("brands") or {}).items()}
        top = max([*cats.values(), *brands.values(), 0.0])
        if top <= 0:
            return out
        per_cat = {}
        for code in np.unique(self.cat_codes.codes[cand]).tolist():
            path = tuple(category_path(self.cat_codes.values[code])) if code >= 0 else ()
            per_cat[code] = max([w for c, w in cats.items() if path[:len(c)] == c] or [0.0])
        out += np.array([per_cat[c] for c in self.cat_codes.codes[cand].tolist()], dtype=np.float32)
        if brands:
            per_brand = {c: brands.get(self.brand_codes.values[c], 0.0) if c >= 0 else 0.0
                         for c in np.unique(self.brand_codes.codes[cand]).tolist()}
            out += np.array([per_brand[c] for c in self.brand_codes.codes[cand].tolist()], dtype=np.float32)
        return np.clip(out / top, 0, 1)

    def _hit(self, r: int, s: float) -> dict:
        item = self._item(r)
        item["score"] = round(float(s), 6)
        return item

    def _facets(self, rows: np.ndarray) -> dict:
        size = self.config.facet_size

        def counts(col: _Codes) -> dict:
            codes = col.codes[rows]
            codes = codes[codes >= 0]
            if not len(codes):
                return {}
            bc = np.bincount(codes)
            nz = np.flatnonzero(bc)
            nz = nz[np.argsort(-bc[nz], kind="stable")][:size]
            return {col.display[c]: int(bc[c]) for c in nz.tolist()}

        bounds = list(self.config.price_ranges)
        prices = self.prices[rows]
        known = prices[~np.isnan(prices)]
        ranges = []
        if len(known):
            edges = [0.0, *bounds, math.inf]
            for lo, hi in zip(edges[:-1], edges[1:]):
                c = int(((known >= lo) & (known < hi)).sum())
                if c:
                    ranges.append({"min": lo, "max": None if math.isinf(hi) else hi, "count": c})
        stock = self.in_stock[rows]
        return {"category": counts(self.cat_codes), "brand": counts(self.brand_codes),
                "color": counts(self.color_codes), "price": ranges,
                "in_stock": {"true": int(stock.sum()), "false": int((~stock).sum())}}

    # ====================================================================== autocomplete
    def autocomplete(self, prefix: str, limit: int = 8) -> list[str]:
        return self.suggester.complete(prefix, limit)

    # ====================================================================== persistence
    def save(self, directory) -> None:
        """Write the engine as JSON, .npy arrays, and bm25s/faiss native files (no pickle); a
        fine-tuned embedding model goes along (`learned/encoder`, safetensors)."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        meta = {"format_version": FORMAT_VERSION, "config": self.config.to_dict(), "build_info": self.build_info,
                "encoder": getattr(self.encoder, "name", None), "dense": self.dense is not None,
                "shopper_words": {"digest": self._words_indexed, "only": sorted(self._shopper_only)}}
        (d / "params.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1))
        items = {"item_ids": self.item_ids, "titles": self.titles, "descriptions": self.descriptions,
                 "categories": self.categories, "brands": self.brands, "attributes": self.attributes,
                 "heads": self.heads.tolist(), "leaves": self.leaves.tolist()}
        (d / "items.json").write_text(json.dumps(items, ensure_ascii=False))
        for name in ("prices", "in_stock", "alive", "popularity", "lengths"):
            np.save(d / f"{name}.npy", getattr(self, name), allow_pickle=False)
        (d / "knowledge.json").write_text(json.dumps(self.knowledge.to_dict(), ensure_ascii=False))
        (d / "speller.json").write_text(json.dumps(self.speller.to_dict(), ensure_ascii=False))
        (d / "suggest.json").write_text(json.dumps(self.suggester.to_dict(), ensure_ascii=False))
        self.lexical.save(d / "lexical")
        self.phrases.save(d / "phrases")
        if self.dense is not None:
            np.save(d / "vectors.npy", self.vectors, allow_pickle=False)
            self.dense.save(d)
        learned = d / "learned"
        tuned = Path(self.encoder.model_path) if getattr(self.encoder, "fine_tuned", False) else None
        if learned.exists():
            for part in learned.iterdir():  # the fine-tuned model this engine runs on stays
                if tuned is not None and part.resolve() == tuned.resolve():
                    continue
                shutil.rmtree(part) if part.is_dir() else part.unlink()
        if tuned is not None and tuned.resolve() != (learned / "encoder").resolve():
            shutil.copytree(tuned, learned / "encoder", ignore=shutil.ignore_patterns("*.tmp"))
        if (self.adapter is not None or self.ranker is not None or self.clicks is not None or self.words is not None
                or self.learned_info or tuned is not None):
            from search.learning import save_learned

            save_learned(self, learned)
        elif learned.exists():
            learned.rmdir()

    @classmethod
    def load(cls, directory, *, encoder=None) -> "SearchEngine":
        """Read a saved engine. A dense part runs on the embedding model fine-tuned for it when
        the index carries one (`learned/encoder`), else on `encoder` (None: the packaged MiniLM);
        an encoder other than the one the index was built with is refused."""
        d = Path(directory)
        meta = json.loads((d / "params.json").read_text())
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"search index format {meta.get('format_version')} is not {FORMAT_VERSION}: rebuild it")
        self = cls(SearchConfig.from_dict(meta["config"]))
        self.build_info = meta.get("build_info", {})
        items = json.loads((d / "items.json").read_text())
        self.item_ids, self.titles = items["item_ids"], items["titles"]
        self.descriptions, self.categories = items["descriptions"], items["categories"]
        self.brands, self.attributes = items["brands"], items["attributes"]
        self.heads, self.leaves = items["heads"], items["leaves"]
        for name in ("prices", "in_stock", "alive", "popularity"):
            setattr(self, name, np.load(d / f"{name}.npy", allow_pickle=False))
        if (d / "lengths.npy").exists():
            self.lengths = np.load(d / "lengths.npy", allow_pickle=False)
        else:  # an index written before titles' lengths were kept
            self.lengths = np.array([len(terms(words(t))) for t in self.titles], dtype=np.float32)
        self.row_of = {i: r for r, i in enumerate(self.item_ids) if self.alive[r]}
        self.knowledge = CatalogKnowledge.from_dict(json.loads((d / "knowledge.json").read_text()))
        self.speller = Speller.from_dict(json.loads((d / "speller.json").read_text()))
        self.suggester = Suggester.from_dict(json.loads((d / "suggest.json").read_text()))
        self._index_codes()
        self.lexical = LexicalIndex.load(d / "lexical")
        indexed = meta.get("shopper_words") or {}
        self._words_indexed, self._shopper_only = indexed.get("digest"), frozenset(indexed.get("only", ()))
        self.phrases = LexicalIndex.load(d / "phrases")
        if meta["dense"]:
            if (d / "learned" / "encoder").exists():  # the store's own fine-tuned model
                from search.encoder import Encoder

                encoder = Encoder(d / "learned" / "encoder")
            elif encoder is None:
                from search.encoder import Encoder

                encoder = Encoder()
            if meta.get("encoder") and getattr(encoder, "name", meta["encoder"]) != meta["encoder"]:
                raise ValueError(f"index was built with encoder {meta['encoder']!r}, not {encoder.name!r}")
            self.encoder = encoder
            self.vectors = np.load(d / "vectors.npy", allow_pickle=False)
            self.dense = VectorIndex.load(d)
        if (d / "learned").exists():
            from search.learning import load_learned

            load_learned(self, d / "learned")
        return self

    def set_learned(self, *, adapter=None, ranker=None, clicks=None, words=None, info: dict | None = None) -> None:
        """Use a learned query adapter, ranker, click memory and/or shoppers' words (None: none;
        other words than the lexical index holds re-index it); `info` is kept with them (what
        learning measured)."""
        if adapter is not None and (self.vectors is None or adapter.dim != self.vectors.shape[1]):
            raise ValueError("the query adapter does not fit this index's vectors")
        if clicks is not None and (self.vectors is None or clicks.dim != self.vectors.shape[1]):
            raise ValueError("the click memory does not fit this index's vectors")
        with self._lock:
            self.adapter, self.ranker, self.clicks, self.learned_info = adapter, ranker, clicks, dict(info or {})
            self.words = words
            if (words.digest if words is not None else None) != self._words_indexed:
                self._reindex_lexical()


class _Found(NamedTuple):
    """What a query matched: every row (total, facets), the candidates the ranker orders (with
    their features), the other matches (after them, by BM25), and whether words were dropped."""

    rows: np.ndarray
    cand: np.ndarray
    rest: np.ndarray
    lex: np.ndarray
    features: Features
    relaxed: bool
    dropped: list[str]


def _price_only(u: Understood) -> bool:
    """Only price words ("cheap", "under 50", "安い"): nothing to match, a price to browse by."""
    return not u.words and (u.price_intent is not None or u.max_price is not None or u.min_price is not None)


def _pairs(seq: list[str]) -> list[str]:
    """Adjacent word pairs, the terms of the phrase index."""
    return [f"{a} {b}" for a, b in zip(seq, seq[1:])]
