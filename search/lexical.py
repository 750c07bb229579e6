"""Lexical retrieval: BM25 (bm25s, Lucene variant) over field-weighted terms.

The base segment is a bm25s index built in one go; items added later (live catalogue updates)
go to a small overlay segment scored with the same formula and the base's statistics, the way a
search engine keeps a fresh segment until the next full rebuild. Scores are read straight from
bm25s's sparse term columns, so one query term costs only the documents that contain it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

import bm25s
import numpy as np

# bm25s sets its own logger to DEBUG: every index built (search learning builds dozens) would
# write a "Building index from tokens" line wherever a handler listens
logging.getLogger("bm25s").setLevel(logging.WARNING)


def _plain(array):
    """An ndarray view of `array` (an np.memmap stays mapped, but indexes at ndarray speed)."""
    return array.view(np.ndarray) if isinstance(array, np.ndarray) else np.asarray(array)


class LexicalIndex:
    def __init__(self, *, k1: float = 1.5, b: float = 0.75):
        self.k1 = k1
        self.b = b
        self.bm25_ = None
        self.n_base_ = 0
        self.avgdl_ = 1.0
        self.overlay_: dict[int, dict[str, int]] = {}  # row -> term counts

    # -- building -------------------------------------------------------------------------
    def build(self, docs: list[list[str]]) -> "LexicalIndex":
        docs = [d if d else [""] for d in docs]
        self.bm25_ = bm25s.BM25(k1=self.k1, b=self.b, method="lucene")
        self.bm25_.index(docs, show_progress=False)
        self.n_base_ = len(docs)
        self.avgdl_ = float(np.mean([len(d) for d in docs])) if docs else 1.0
        self.overlay_ = {}
        self._prepare()
        return self

    def _prepare(self) -> None:
        s = self.bm25_.scores
        # plain views of the (perhaps memory-mapped) columns: still shared through the page
        # cache, without np.memmap's Python-level __getitem__ on every term a query reads
        self._data, self._indices, self._indptr = (_plain(s["data"]), _plain(s["indices"]), _plain(s["indptr"]))
        self._vocab = self.bm25_.vocab_dict
        self._df = np.diff(self._indptr)

    def add(self, row: int, terms: list[str]) -> None:
        """Put a document in the overlay segment under row id `row` (>= the base size)."""
        self.overlay_[int(row)] = dict(Counter(terms))

    @property
    def n_rows(self) -> int:
        return max([self.n_base_ - 1, *self.overlay_]) + 1 if self.bm25_ is not None else 0

    # -- statistics -----------------------------------------------------------------------
    def df(self, term: str) -> int:
        t = self._vocab.get(term)
        base = 0 if t is None else int(self._df[t])
        return base + sum(1 for counts in self.overlay_.values() if term in counts)

    def idf(self, term: str) -> float:
        n = self.n_base_ + len(self.overlay_)
        df = self.df(term)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def has(self, term: str) -> bool:
        return term in self._vocab or any(term in c for c in self.overlay_.values())

    def vocabulary(self) -> set[str]:
        """Every term the index holds, the overlay's too."""
        return set(self._vocab).union(*(c.keys() for c in self.overlay_.values()))

    # -- scoring --------------------------------------------------------------------------
    def term_postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(rows, BM25 contributions) of the documents containing `term`."""
        t = self._vocab.get(term)
        if t is None or term == "":
            rows, vals = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        else:
            lo, hi = self._indptr[t], self._indptr[t + 1]
            rows, vals = self._indices[lo:hi].astype(np.int64), self._data[lo:hi]
        if self.overlay_:
            extra = [(r, c[term], sum(c.values())) for r, c in self.overlay_.items() if term in c]
            if extra:
                idf = self.idf(term)
                r_ = np.array([e[0] for e in extra], dtype=np.int64)
                tf = np.array([e[1] for e in extra], dtype=np.float32)
                dl = np.array([e[2] for e in extra], dtype=np.float32)
                v = idf * tf / (tf + self.k1 * (1 - self.b + self.b * dl / self.avgdl_))
                rows, vals = np.concatenate([rows, r_]), np.concatenate([vals, v.astype(np.float32)])
        return rows, vals

    def score(self, groups: list[list[str]], n_rows: int) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        """Score every row for a query given as term groups (a group is a term and its synonyms:
        a document scores the best member of each group). Returns (scores, idf-weighted share of
        groups matched, and per group the rows that match it)."""
        scores = np.zeros(n_rows, dtype=np.float32)
        coverage = np.zeros(n_rows, dtype=np.float32)
        matched: list[np.ndarray] = []
        # a group weighs what its word weighs (a rare synonym, マット for マットレス, no more); a word
        # the catalogue lacks weighs what its best synonym does
        weights = [self.idf(g[0]) or max((self.idf(t) for t in g), default=0.0) for g in groups]
        total = sum(weights) or 1.0
        for group, weight in zip(groups, weights):
            best = np.zeros(0, dtype=np.int64)
            if len(group) == 1:
                rows, vals = self.term_postings(group[0])
                rows = rows[rows < n_rows]
                vals = vals[: len(rows)]
                scores[rows] += vals
                best = rows
            else:
                g = np.zeros(n_rows, dtype=np.float32)
                for i, term in enumerate(group):
                    rows, vals = self.term_postings(term)
                    keep = rows < n_rows
                    rows, vals = rows[keep], vals[keep]
                    if i:  # a synonym counts a little less than the word, however rare it is
                        vals = vals * (0.8 * min(1.0, weight / (self.idf(term) or 1.0)))
                    np.maximum.at(g, rows, vals)
                best = np.flatnonzero(g)
                scores += g
            coverage[best] += weight / total
            matched.append(best)
        return scores, coverage, matched

    # -- persistence ----------------------------------------------------------------------
    def save(self, directory: str | Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.bm25_.save(str(directory / "bm25"), show_progress=False)
        (directory / "lexical.json").write_text(json.dumps(
            {"k1": self.k1, "b": self.b, "n_base": self.n_base_, "avgdl": self.avgdl_,
             "bm25s_version": getattr(bm25s, "__version__", "?"),
             "overlay": {str(r): c for r, c in self.overlay_.items()}}, ensure_ascii=False))

    @classmethod
    def load(cls, directory: str | Path, *, mmap: bool = False) -> "LexicalIndex":
        directory = Path(directory)
        meta = json.loads((directory / "lexical.json").read_text())
        self = cls(k1=meta["k1"], b=meta["b"])
        self.bm25_ = bm25s.BM25.load(str(directory / "bm25"), mmap=mmap, show_progress=False)
        self.n_base_ = meta["n_base"]
        self.avgdl_ = meta["avgdl"]
        self.overlay_ = {int(r): c for r, c in meta["overlay"].items()}
        self._prepare()
        return self
