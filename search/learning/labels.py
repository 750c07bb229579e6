"""Search events and the graded labels learned from them; the deterministic held-back split."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from search.text import normalize
from store.settings import DEFAULT_EVENT_WEIGHTS

MAX_LABEL = 4  # the top grade of an item for a query


@dataclass
class SearchEvents:
    """Events that carry a query and an item, as parallel arrays."""

    queries: np.ndarray   # object array of str
    item_ids: np.ndarray  # object array of str
    types: np.ndarray     # object array of str

    def __len__(self) -> int:
        return len(self.queries)

    def labels(self, event_weights: dict[str, float] | None = None) -> dict[str, "QueryLabels"]:
        """Per normalised query, the graded items (`search_labels`): no positions, no impressions."""
        return search_labels(self, event_weights)

    def describe(self) -> dict:
        return {"source": "search events (query on the event; no impressions, no position-bias correction)"}

    @classmethod
    def from_records(cls, records) -> "SearchEvents":
        rows = [(r.get("query"), r.get("item_id"), r.get("type")) for r in records]
        rows = [r for r in rows if r[0] and r[1] is not None and str(r[0]).strip()]
        cols = list(zip(*rows)) if rows else [(), (), ()]
        return cls(*(np.array([str(v) for v in c], dtype=object) for c in cols))

    @classmethod
    def from_frame(cls, frame) -> "SearchEvents":
        """A pandas frame with `query`, `item_id` and `type` columns (an events import file)."""
        keep = frame["query"].notna() & frame["item_id"].notna()
        frame = frame[keep]
        return cls(frame["query"].astype(str).to_numpy(dtype=object),
                   frame["item_id"].astype(str).to_numpy(dtype=object),
                   frame["type"].astype(str).to_numpy(dtype=object))

    @classmethod
    def from_store(cls, store, *, chunk_size: int = 100_000) -> "SearchEvents":
        """Every event of a `store.db.Store` with a query and an item."""
        import sqlalchemy as sa

        from store.db import events_table

        cols = events_table.c
        query = (sa.select(cols.query, cols.item_id, cols.type)
                 .where(cols.query.is_not(None), cols.item_id.is_not(None)).order_by(cols.seq))
        parts = []
        with store.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk_size).execute(query)
            for part in result.partitions(chunk_size):
                parts.extend(part)
        return cls.from_records({"query": q, "item_id": i, "type": t} for q, i, t in parts)


def query_key(query: str) -> str:
    return " ".join(normalize(query).split())


@dataclass
class QueryLabels:
    query: str                       # the most frequent spelling, what is searched
    labels: dict[str, int]           # item id -> grade 1..MAX_LABEL
    weight: float                    # total event weight (how often the query led somewhere)
    shown: frozenset[str] = frozenset()  # items the log says were shown (acted on or not): known negatives
    # outside judgements of the query's items (a benchmark's true gains; None in a store): scored
    # beside the held-back figures as "audit_ndcg@10", never learned from and never read by the gate
    audit: dict[str, float] | None = None


def search_labels(events: SearchEvents, event_weights: dict[str, float] | None = None,
                  max_label: int = MAX_LABEL) -> dict[str, QueryLabels]:
    """Per normalised query, the items acted on, graded: the summed event weights, as is while
    they are at most `max_label`, else scaled so the query's best item gets `max_label`."""
    weights = {k: float(v) for k, v in (event_weights or DEFAULT_EVENT_WEIGHTS).items() if k != "search" and v > 0}
    per: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for q, item, kind in zip(events.queries.tolist(), events.item_ids.tolist(), events.types.tolist()):
        w = weights.get(kind, 0.0)
        key = query_key(q)
        if w <= 0 or not key:
            continue
        per[key][item] += w
        spellings[key][q] += 1
    out = {}
    for key, items in per.items():
        top = max(items.values())
        scale = max(1.0, top / max_label)
        labels = {i: int(min(max_label, max(1, round(w / scale)))) for i, w in items.items()}
        query = max(spellings[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        out[key] = QueryLabels(query, labels, float(sum(items.values())))
    return out


def held_back(key: str, share: float, seed: int = 0) -> bool:
    """Deterministic split of queries: a stable hash of the normalised query and the seed."""
    h = int.from_bytes(hashlib.blake2b(f"{seed}\0{key}".encode(), digest_size=8).digest(), "little")
    return (h % 1_000_000) < share * 1_000_000
