"""Each query's candidates and features as the engine ranks them, and their held-back NDCG
(`store.metrics.ndcg`, the one NDCG)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from search.learning.labels import QueryLabels
from search.ranking import Features, score
from store.metrics import condensed, ndcg


@dataclass
class Group:
    """One query's candidates: rows, features, labels (0 = nobody acted on it); no rows and no
    features when the engine finds nothing for the query."""

    key: str
    rows: np.ndarray
    features: Features | None
    labels: np.ndarray
    all_labels: list[int]
    qraw: np.ndarray | None = None
    acted: np.ndarray | None = None         # rows of every acted-on item, candidate or not
    acted_labels: np.ndarray | None = None  # and their labels
    shown: np.ndarray | None = None         # per candidate: the log shows it was shown (None: no impressions)
    audit: np.ndarray | None = None         # per candidate: its outside judgement's gain (NaN: unjudged)
    audit_all: list[float] | None = None    # every outside judgement's gain of the query


def extract_groups(engine, queries: dict[str, QueryLabels], keys: list[str], *, deadline: float | None = None,
                   raw_vectors: dict[str, np.ndarray] | None = None) -> list[Group]:
    """The engine's candidates and features for each query (in `keys` order, stopping at the
    deadline)."""
    groups = []
    for key in keys:
        if deadline is not None and time.perf_counter() > deadline:
            break
        ql = queries[key]
        raw = raw_vectors.get(key) if raw_vectors else None
        rows, f = engine.candidate_features(ql.query, raw_vector=raw)
        if f is None or not len(rows):  # nothing found: it counts (NDCG 0), and teaches the encoder
            rows, f = np.zeros(0, dtype=np.int64), None
        ids = [engine.item_ids[r] for r in rows.tolist()]
        labels = np.array([ql.labels.get(i, 0) for i in ids], dtype=np.float32)
        known = [(engine.row_of[i], v) for i, v in ql.labels.items() if i in engine.row_of]
        acted = np.array([r for r, _ in known], dtype=np.int64)
        shown = np.array([i in ql.shown for i in ids], dtype=bool) if ql.shown else None
        audit = (np.array([ql.audit.get(i, np.nan) for i in ids], dtype=np.float64), list(ql.audit.values())) \
            if ql.audit else (None, None)
        groups.append(Group(key, rows, f, labels, list(ql.labels.values()), raw, acted,
                            np.array([v for _, v in known], dtype=np.float32), shown, *audit))
    return groups


def groups_with(engine, queries, keys: list[str], raw, **parts) -> list[Group]:
    """The groups of `keys` as the engine finds them with the learned `parts` (set_learned's
    keywords); the engine is left with none."""
    engine.set_learned(**parts)
    try:
        return extract_groups(engine, queries, keys, raw_vectors=raw)
    finally:
        engine.set_learned()


def served_text(engine, query: str) -> str:
    """The text serving embeds for `query` (corrections applied, price words out)."""
    return engine.query_text(engine.understand(query), query)


def encode_raw(engine, queries: dict[str, QueryLabels], keys: list[str], batch: int = 256) -> dict[str, np.ndarray]:
    """Raw query vectors of `keys`, encoded in batches (the text serving embeds)."""
    if engine.dense is None:
        return {}
    texts = [served_text(engine, queries[k].query) for k in keys]
    out = {}
    for start in range(0, len(keys), batch):
        vecs = engine.encode_queries(texts[start:start + batch])
        out.update(zip(keys[start:start + batch], vecs))
    return out


def hand_scores(engine, g: Group) -> np.ndarray:
    """The hand-weighted score of a group's candidates."""
    return score(g.features, engine.config)


def mean_ndcg(groups: list[Group], scorer: Callable[[Group], np.ndarray], k: int = 10,
              acted_only: bool = False, depth: int = 100, known_only: bool = False) -> float:
    """The mean of `query_ndcg` (NaN without groups)."""
    return float(np.mean(query_ndcg(groups, scorer, k, acted_only, depth, known_only))) if groups else float("nan")


def query_ndcg(groups: list[Group], scorer: Callable[[Group], np.ndarray], k: int = 10,
               acted_only: bool = False, depth: int = 100, known_only: bool = False) -> np.ndarray:
    """Per group, NDCG@k of the candidates ordered by `scorer` (a candidate nobody acted on counts as
    irrelevant). The views that do not take an item the log knows nothing about for irrelevant,
    each the top `depth` condensed (`store.metrics.condensed`) as judged-only evaluation does:
    `acted_only` to the acted-on items; `known_only` to the items the log knows about, acted on
    or shown (a shown, unacted item is a known 0; a group without impressions knows the acted-on)."""
    out = []
    for g in groups:
        if g.features is None:
            out.append(0.0)
            continue
        pos = np.argsort(-scorer(g), kind="stable")
        labels = g.labels[pos]
        if acted_only or known_only:
            known = labels > 0
            if known_only and g.shown is not None:
                known |= g.shown[pos]
            out.append(condensed(labels[:depth], known[:depth], g.all_labels, k))
        else:
            out.append(ndcg(labels, g.all_labels, k))
    return np.asarray(out, dtype=np.float64)


def audit_ndcg(groups: list[Group], scorer: Callable[[Group], np.ndarray], k: int = 10, depth: int = 100) -> float:
    """Mean condensed NDCG@k of the top `depth` by `scorer` against the groups' outside judgements
    (`Group.audit`: unjudged candidates dropped, as judged-only evaluation does), over the groups
    that have them; a group with no candidates scores 0."""
    out = []
    for g in groups:
        if g.audit_all is None:
            continue
        if g.features is None:
            out.append(0.0)
            continue
        gains = g.audit[np.argsort(-scorer(g), kind="stable")][:depth]
        out.append(condensed(np.nan_to_num(gains), ~np.isnan(gains), g.audit_all, k))
    return float(np.mean(out)) if out else float("nan")


def impressions(groups: list[Group]) -> bool:
    """The groups come from a log with impressions (what was shown is known)."""
    return any(g.shown is not None for g in groups)


class Scores(dict):
    """A setup's held-back scores: the mean of each view by name (what reports show), and each
    view's per-query values (`per_query`, in the groups' order) for the gate's paired test."""

    per_query: dict[str, np.ndarray] = {}  # a copy (`dict(...)`, `dataclasses.asdict`) has none

    @classmethod
    def of(cls, per_query: dict[str, np.ndarray]) -> "Scores":
        out = cls({name: round(float(np.mean(v)), 4) if len(v) else float("nan") for name, v in per_query.items()})
        out.per_query = per_query
        return out


def compare(groups: list[Group], scorer) -> Scores:
    """The held-back scores of a ranking: NDCG@10 over every candidate and over the acted-on;
    with impressions also over the items the log knows about ("known_ndcg@10", the gate's score
    there: `search.learning.gate.better`)."""
    views = {"ndcg@10": {}, "acted_on_ndcg@10": {"acted_only": True}}
    if impressions(groups):
        views["known_ndcg@10"] = {"known_only": True}
    out = Scores.of({name: query_ndcg(groups, scorer, **kw) for name, kw in views.items()})
    if any(g.audit_all is not None for g in groups):  # outside judgements: reported, never judged by
        out["audit_ndcg@10"] = round(audit_ndcg(groups, scorer), 4)
    return out
