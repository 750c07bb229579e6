"""The search engine, a thin front over its parts: the catalogue column store (`search.catalog`),
the word indexes (`search.indexing`), the dense index, retrieval and features
(`search.retrieval`, `search.features`), the learned parts it is given (`search.learned`) and
its directory (`search.persistence`).

    engine = SearchEngine.build(store.catalog(), encoder=Encoder(), cache_dir="cache/")
    engine.search("cheap black laptop", limit=10, filters={"in_stock": True})
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from search.cache import DenseHits, EmbeddingCache
from search.catalog import Catalogue
from search.config import SearchConfig
from search.dense import VectorIndex
from search.indexing import WordIndexes, analyse
from search.learned import LearnedParts, learned_score
from search.ordering import browse, rank
from search.persistence import load_engine, save_engine
from search.ranking import Features
from search.retrieval import Found, Retriever, did_you_mean, price_only, with_dense_floor
from search.rwlock import ReadWriteLock
from search.text import has_japanese, japanese_backend, terms, words
from search.understanding import Understood, understand


class DenseState(NamedTuple):
    """What serves the dense part: the encoder, product vectors, their index and the cosine a
    dense-only candidate needs (`SearchEngine.dense_state` / `restore_dense`)."""

    encoder: Any
    vectors: np.ndarray | None
    dense: VectorIndex | None
    min_similarity: float


class SearchEngine:
    def __init__(self, config: SearchConfig, catalogue: Catalogue, indexes: WordIndexes, *, encoder=None,
                 vectors: np.ndarray | None = None, dense: VectorIndex | None = None,
                 build_info: dict[str, Any] | None = None):
        self.config = config
        self.catalogue = catalogue
        self.indexes = indexes
        self.encoder = encoder
        # a mapped file stays mapped (shared), read as an ndarray (np.memmap indexes in Python)
        self.vectors = vectors.view(np.ndarray) if isinstance(vectors, np.memmap) else vectors
        self.dense = dense
        self.build_info: dict[str, Any] = build_info or {}
        self.learned = LearnedParts()
        self._dense_hits = DenseHits(getattr(encoder, "size", 0))
        # The concurrency discipline: a search or autocomplete holds the read side of `_lock` from
        # start to end, so it sees the catalogue either before or after a change, never half of
        # one; a change (live update, learned parts, another encoder) is prepared by one writer at
        # a time (`_writing`, slow work such as embedding new items happens here while searches
        # go on) and applied under the write side. faiss's searches are serialised by `_faiss`.
        self._lock = ReadWriteLock()
        self._writing = threading.Lock()
        self._faiss = threading.Lock()

    # ====================================================================== building
    @classmethod
    def build(cls, catalog, *, popularity: dict[str, float] | None = None, encoder=None,
              cache_dir: str | Path | None = None, show_progress: bool = False,
              config: SearchConfig | None = None) -> "SearchEngine":
        """Index a `store.db.Catalog`. `popularity` maps item ids to non-negative scores;
        `encoder` (encode_queries / encode_products) adds the dense part; `cache_dir` keeps
        product embeddings keyed by text so a rebuild embeds only new or changed texts."""
        t0 = time.perf_counter()
        cfg = config or SearchConfig()
        cat = Catalogue.from_catalog(catalog, popularity)
        knowledge, title_words = analyse(cat, cfg)
        t1 = time.perf_counter()
        indexes = WordIndexes.build(cat, knowledge, title_words, cfg)
        t2 = time.perf_counter()
        self = cls(cfg, cat, indexes, encoder=encoder)
        n, embedded = cat.n_rows, 0
        if encoder is not None:
            texts = self.product_texts()
            if cache_dir is not None:
                cache = EmbeddingCache(cache_dir, getattr(encoder, "name", type(encoder).__name__))
                self.vectors, embedded = cache.encode(texts, encoder.encode_products, show_progress=show_progress)
            else:
                self.vectors, embedded = np.asarray(encoder.encode_products(texts), dtype=np.float32), n
            self.dense = self._vector_index().build(self.vectors)
            self.config = with_dense_floor(cfg, self.vectors)  # an unset floor: the catalogue's
        t3 = time.perf_counter()
        self.build_info = {"items": n, "embedded": embedded, "seconds": {
            "analyse": round(t1 - t0, 3), "lexical": round(t2 - t1, 3), "dense": round(t3 - t2, 3),
            "total": round(t3 - t0, 3)}, "japanese": japanese_backend(),
            "dense_factory": self.dense.factory_ if self.dense else None}
        return self

    def _vector_index(self) -> VectorIndex:
        cfg = self.config
        return VectorIndex(cfg.dense_factory, nprobe=cfg.nprobe, exact_below=cfg.dense_exact_below)

    def __len__(self) -> int:
        return len(self.catalogue)

    # ====================================================================== the catalogue's rows
    @property
    def item_ids(self) -> list[str]:
        return self.catalogue.item_ids

    @property
    def row_of(self) -> dict[str, int]:
        return self.catalogue.row_of

    @property
    def alive(self) -> np.ndarray:
        return self.catalogue.alive

    @property
    def categories(self) -> list[str | None]:
        return self.catalogue.categories

    @property
    def knowledge(self):
        return self.indexes.knowledge

    def item(self, row: int) -> dict:
        """Row `row` as an item row (what `update_items` takes)."""
        with self._lock.read():
            return self.catalogue.item(row)

    def product_text(self, row: int) -> str:
        """The text row `row` is embedded with."""
        with self._lock.read():
            return self.catalogue.product_text(row)

    def product_texts(self) -> list[str]:
        """The text each row is embedded with (retired rows included: rows are positions)."""
        with self._lock.read():
            return [self.catalogue.product_text(r) for r in range(self.catalogue.n_rows)]

    # ====================================================================== learned parts
    @property
    def adapter(self):
        return self.learned.adapter

    @property
    def ranker(self):
        return self.learned.ranker

    @property
    def clicks(self):
        return self.learned.clicks

    @property
    def words(self):
        return self.learned.words

    @property
    def learned_info(self) -> dict[str, Any]:
        return self.learned.info

    def set_learned(self, parts: LearnedParts | None = None, *, adapter=None, ranker=None, clicks=None, words=None,
                    info: dict | None = None) -> None:
        """Serve with learned `parts` (or the parts given as keywords; nothing: none). Other
        shoppers' words than the lexical index holds re-index it; `info` is what learning measured."""
        if parts is None:
            parts = LearnedParts(adapter, ranker, clicks, words, dict(info or {}))
        with self._writing:  # checked against the vectors no other change can replace meanwhile
            if parts.adapter is not None and (self.vectors is None or parts.adapter.dim != self.vectors.shape[1]):
                raise ValueError("the query adapter does not fit this index's vectors")
            if parts.clicks is not None and (self.vectors is None or parts.clicks.dim != self.vectors.shape[1]):
                raise ValueError("the click memory does not fit this index's vectors")
            digest = parts.words.digest if parts.words is not None else None
            rebuilt = (self.indexes.reindexed(self.catalogue, parts.words, self.config)
                       if digest != self.indexes.words_indexed else None)
            with self._lock.write():
                self.learned = parts
                if rebuilt is not None:
                    self.indexes.install(rebuilt)

    def learned_score(self, f: Features, ranker=None) -> np.ndarray:
        """What serving ranks candidates with `f` by under `ranker` (default: the engine's)."""
        return learned_score(f, self.config, ranker or self.ranker)

    # ====================================================================== the dense part
    def use_encoder(self, encoder, vectors: np.ndarray) -> None:
        """Serve with another embedding model (one fine-tuned on the store's searches): its
        product vectors, one row per row of the engine, and a dense index rebuilt from the live
        ones. A learned query adapter and the click memory belong to the old vectors and are
        dropped."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        with self._writing:
            if len(vectors) != self.catalogue.n_rows:
                raise ValueError(f"{len(vectors)} vectors for {self.catalogue.n_rows} rows")
            live = np.flatnonzero(self.alive)
            index = self._vector_index().build(vectors[live], live)
            with self._lock.write():
                self.encoder, self.vectors, self.dense = encoder, vectors, index
                self._dense_hits.clear()
                self.learned = self.learned.without_vectors()
                self.build_info["dense_factory"] = index.factory_

    def dense_state(self) -> DenseState:
        """The dense part as it serves now, to put back with `restore_dense`."""
        return DenseState(self.encoder, self.vectors, self.dense, self.config.dense_min_similarity)

    def restore_dense(self, state: DenseState) -> None:
        with self._writing, self._lock.write():
            self.encoder, self.vectors, self.dense = state.encoder, state.vectors, state.dense
            self._dense_hits.clear()
            self.set_min_similarity(state.min_similarity)

    def set_min_similarity(self, value: float) -> None:
        """The cosine a dense-only candidate needs (`SearchConfig.dense_min_similarity`)."""
        self.config = replace(self.config, dense_min_similarity=float(value))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Raw query vectors (before any learned adapter), one row per text."""
        return np.asarray(self.encoder.encode_queries(list(texts)), dtype=np.float32)

    def _raw_vector(self, u: Understood, query: str) -> tuple[Any, np.ndarray | None]:
        """(the encoder, the query's raw vector by it; None when the query needs none), computed
        without the lock so that an update waits for no query's embedding; a search that finds
        another encoder serving when it takes the lock embeds again under it."""
        encoder, dense = self.encoder, self.dense
        if dense is None or encoder is None or price_only(u) or not (u.words or query.strip()):
            return encoder, None
        return encoder, np.asarray(encoder.encode_queries([self.query_text(u, query)]), dtype=np.float32)[0]

    def _query_vectors(self, u: Understood, query: str, raw: np.ndarray | None = None):
        """(vector used for retrieval and ranking, the raw one) of a query; (None, None) without
        a dense part or anything to embed."""
        if self.dense is None or not (u.words or query.strip()):
            return None, None
        if raw is None:
            raw = self.encode_queries([self.query_text(u, query)])[0]
        adapter = self.adapter
        return (raw, raw) if adapter is None else (adapter.apply(raw), raw)

    def _dense_rows(self, qvec, mask: np.ndarray, min_similarity: float) -> np.ndarray:
        if qvec is None or self.dense is None or len(self.dense) == 0:
            return np.zeros(0, dtype=np.int64)
        ids, sims = self._dense_hits.search(self.dense, qvec, self.config.dense_candidates, self._faiss)
        keep = (ids >= 0) & (ids < len(mask)) & (sims >= min_similarity)
        ids = ids[keep]
        return ids[mask[ids]]

    # ====================================================================== live updates
    def update_items(self, rows: list[dict]) -> None:
        """New or changed items, searchable at once. A row for a known item changes only the
        fields it carries; a price or stock change is applied in place, a text change re-indexes
        the item (its old entry is retired). The batch is planned and its new rows embedded while
        searches go on, then applied at once under the write lock: a search sees all of it or
        none of it. A wrong row (a new item without a title) raises before anything changes."""
        with self._writing:
            offers, pending = self.catalogue.plan_changes(rows)  # read by the one writer: nothing moves
            vecs = self._embed(pending)
            with self._lock.write():
                for r, row in offers:
                    self.catalogue.set_offer(r, row)
                if pending:
                    self._append(pending, vecs)

    def _embed(self, items: list[dict]) -> np.ndarray | None:
        """Product vectors of items about to be indexed (None: no dense part)."""
        if self.dense is None or not items:
            return None
        if self.encoder is None:
            raise RuntimeError("an engine with a dense index needs its encoder to add items")
        texts = [Catalogue.text_of(item) for item in items]
        return np.asarray(self.encoder.encode_products(texts), dtype=np.float32)

    def _append(self, items: list[dict], vecs: np.ndarray | None) -> None:
        """Index items as new rows (under the write lock); their ids are published last."""
        cat, idx, cfg = self.catalogue, self.indexes, self.config
        first = cat.append_text(items)
        title_words, heads, leaves = idx.analyse_rows(cat, first, cfg)
        old_rows = [cat.row_of.get(str(item["item_id"])) for item in items]
        cat.append_facts(items, heads, leaves, [len(terms(tw)) for tw in title_words], old_rows)
        words = self.words
        idx.add_rows(cat, first, title_words,
                     [words.terms_of(str(item["item_id"])) if words is not None else [] for item in items], cfg)
        if self.dense is not None and vecs is not None:
            new = np.arange(first, first + len(items))
            self.vectors = np.vstack([self.vectors, vecs.astype(self.vectors.dtype)])  # float16 stays float16
            retired = [o for o in old_rows if o is not None]
            if retired:
                self.dense.remove(retired)
            self.dense.add(vecs, new)
            self._dense_hits.clear()
        cat.publish(items, old_rows)
        attr_words = idx.knowledge.attribute_words()
        for k, tw in enumerate(title_words):
            idx.suggest(cat, first + k, tw, attr_words)

    # ====================================================================== searching
    def understand(self, query: str, synonyms: dict | None = None) -> Understood:
        with self._lock.read():
            idx = self.indexes
            return understand(query, idx.knowledge, known=idx.known, correct=idx.correct,
                              synonyms=idx.with_synonyms(words(query) if has_japanese(query) or idx.says_japanese() else (),
                                                         self.config.synonyms if synonyms is None else synonyms),
                              compound=lambda a, b: idx.phrases.has(f"{a} {b}"), titled=idx.titled,
                              together=idx.together, said_by=idx.said_by)

    def query_text(self, u: Understood, query: str) -> str:
        """The text the query vector is computed from (corrections applied, price words out)."""
        return " ".join(u.words) or query

    def autocomplete(self, prefix: str, limit: int = 8) -> list[str]:
        with self._lock.read():
            return self.indexes.suggester.complete(prefix, limit)

    def search(self, query: str, *, limit: int = 10, offset: int = 0, filters=None,
               user_profile: dict | None = None, sort: str | None = None, synonyms: dict | None = None,
               rerank=None, facets: bool = True, config: SearchConfig | None = None) -> dict:
        """Search the catalogue (`facets=False`: no facet counts, an empty `facets`; `config`:
        the settings this call matches and ranks with instead of the engine's, an A/B variant's,
        read per call so no other search sees them: only those read at query time take effect).

        filters (a `store.filters.Filters` or a mapping): category (path prefix), brand, color
        (a value or a list), min_price, max_price, in_stock (True drops out-of-stock items); a
        wrong one raises `store.filters.FilterError` (a ValueError). user_profile:
        {"categories": {path: weight}, "brands": {brand: weight}}. sort: None/"relevance",
        "price_asc" or "price_desc". synonyms: word -> words it also matches, instead of the
        configured ones (the live set, `api.merchandising`). rerank(rows, scores, eligible) ->
        (rows, scores): reorders the whole ranked list before the page is cut (merchandising rules).
        Returns {"query", "understood", "total", "items", "facets", "did_you_mean", "relaxed"}:
        `total` counts every match (facets too); `relaxed` says the query as typed matched
        nothing and words were dropped (`understood["dropped_terms"]`); `did_you_mean` is the
        query with catalogue-unknown words corrected (what was searched instead: unknown words
        match nothing, so the corrected query always finds more). A query of price words only
        ("cheap", "under 50", "安い") browses the catalogue, in stock first, cheapest first.
        """
        if sort not in (None, "relevance", "price_asc", "price_desc"):
            raise ValueError(f"unknown sort {sort!r}: use relevance, price_asc or price_desc")
        u = self.understand(query or "", synonyms)
        encoder, raw = self._raw_vector(u, query or "")  # the slow part with a real model: outside the lock
        with self._lock.read():
            found, mask = self._find(query or "", u, filters, user_profile, raw if encoder is self.encoder else None,
                                     synonyms, config)
            if found is not None:
                rows, relaxed, dropped = found.rows, found.relaxed, found.dropped
                ranked_rows, ranked_scores = rank(found, u, sort, config or self.config, self.catalogue,
                                                  self.ranker)
            else:  # browsing: no words, only filters (and perhaps a price)
                rows, relaxed, dropped = np.flatnonzero(mask), False, []
                ranked_rows, ranked_scores = browse(self.catalogue, rows, u, sort)
            if rerank is not None:  # merchandising: the whole list, before the page is cut
                ranked_rows, ranked_scores = rerank(ranked_rows, ranked_scores, mask)
                rows = ranked_rows
            page = slice(offset, offset + limit)
            items = [{**self.catalogue.item(r), "score": round(float(s), 6)}
                     for r, s in zip(ranked_rows[page].tolist(), ranked_scores[page].tolist())]
            understood = u.public()
            if dropped:
                understood["dropped_terms"] = dropped
            cfg = config or self.config
            facets = {} if not facets else self.catalogue.facets(
                rows, size=cfg.facet_size, price_ranges=list(cfg.price_ranges),
                attribute_keys=cfg.attribute_keys)
            return {"query": query, "understood": understood, "total": int(len(rows)), "items": items,
                    "facets": facets, "did_you_mean": did_you_mean(query, u), "relaxed": relaxed}

    def candidate_features(self, query: str, *, filters=None,
                           raw_vector: np.ndarray | None = None) -> tuple[np.ndarray, Features | None]:
        """The rows the ranker orders for `query` and their features: what serving scores, and
        what learning (`search.learning`) trains on. `raw_vector`: the query's raw embedding,
        when the caller encoded queries in a batch."""
        with self._lock.read():
            found, _ = self._find(query or "", self.understand(query or ""), filters, None, raw_vector)
            if found is None:
                return np.zeros(0, dtype=np.int64), None
            return found.cand, found.features

    def _find(self, query: str, u: Understood, filters, profile, raw_vector=None,
              synonyms: dict | None = None, config: SearchConfig | None = None) -> tuple[Found | None, np.ndarray]:
        """(what the query matches, None for a price-only query or nothing to match with; the
        rows the filters let through, of those published when the search began)."""
        n = len(self.catalogue.item_ids)
        mask = self.catalogue.visible(filters, n, min_price=u.min_price, max_price=u.max_price)
        if price_only(u):
            return None, mask
        qvec, qraw = self._query_vectors(u, query, raw_vector)
        base = config or self.config
        store = base.synonyms if synonyms is None else synonyms
        merged = self.indexes.with_synonyms(u.words, store)
        cfg = base if merged is base.synonyms else replace(base, synonyms=merged)
        retriever = Retriever(cfg, self.catalogue, self.indexes, vectors=self.vectors,
                              dense_rows=self._dense_rows, clicks=self.clicks, ranker=self.ranker is not None)
        return retriever.find(u, mask, n, qvec, qraw, profile), mask

    # ====================================================================== persistence
    def save(self, directory) -> None:
        """Write the engine as JSON, .npy arrays, and bm25s/faiss native files (no pickle); a
        fine-tuned embedding model goes along (`learned/encoder`, safetensors)."""
        with self._lock.read():
            save_engine(self, directory)

    @classmethod
    def load(cls, directory, *, encoder=None) -> "SearchEngine":
        """Read a saved engine. A dense part runs on the embedding model fine-tuned for it when
        the index carries one (`learned/encoder`), else on `encoder` (None: the packaged MiniLM);
        an encoder other than the one the index was built with is refused."""
        return load_engine(cls, directory, encoder=encoder)

