"""Shoppers' words: the words of the queries after which shoppers acted on an item, indexed with
the item (document expansion from the search log).

A catalogue's titles are written by the merchant; shoppers search in their own words ("formica
tops" for a laminate countertop, "hood fan" for a range hood, a brand misspelt). Search learning
(`search.learning.learn`) collects, per item, the queries of the log that led to a click, a cart
or a purchase of it (at most `per_item`, the strongest first), and the engine adds their terms to
the item's lexical document as one more field: the next shopper who uses those words, in another
query, finds the item by BM25 (`SearchEngine.set_learned(words=...)` re-indexes).

Words that only shoppers use (misspellings above all) are not taken for catalogue words: a
misspelt query is still corrected, and "did you mean" still shows the catalogue's spelling.

An item nobody acted on yet may borrow the words of the items closest to it in meaning (another
size, colour or pack of a product shoppers did find; `spread`): the log names a few of a
product's variants, its shoppers' words fit them all.

Items are named by id, so catalogue changes need no rebuild: an item changed through the API
keeps its words, and words of an item no longer in the catalogue are ignored.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from search.text import terms, words


class ShopperWords:
    FILE = "shopper_words.json"

    def __init__(self, items: dict[str, list[str]], *, weight: int = 1):
        self.items = {str(k): list(v) for k, v in items.items() if v}  # item id -> its queries
        self.weight = int(weight)
        self._terms: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def build(cls, labels: dict, keys: list[str], *, per_item: int = 20, weight: int = 1) -> ShopperWords | None:
        """From `search.learning.QueryLabels` per key: each item's queries, the ones whose
        shoppers acted on it most first (at most `per_item`); None when no query led anywhere."""
        per: dict[str, list[tuple[float, str]]] = {}
        for key in keys:
            ql = labels[key]
            for item, grade in ql.labels.items():
                if grade > 0:
                    per.setdefault(str(item), []).append((-float(grade), ql.query))
        if not per:
            return None
        return cls({item: [q for _, q in sorted(qs)[:per_item]] for item, qs in per.items()}, weight=weight)

    def spread(self, neighbours: dict[str, list[tuple[str, float]]], min_similarity: float, *,
               per_item: int = 5, max_queries: int = 20) -> ShopperWords:
        """These words, and for each item with none of its own, the first `per_item` queries of
        every worded item whose vector is at least `min_similarity` close to it (nearest first,
        each query once, at most `max_queries`). `neighbours`: worded item id -> (item id,
        cosine) of its nearest items."""
        borrowed: dict[str, list[tuple[float, str]]] = {}
        for source, near in neighbours.items():
            queries = self.items.get(source, ())[:per_item]
            for item, sim in near:
                if sim >= min_similarity and item not in self.items and queries:
                    borrowed.setdefault(item, []).append((-float(sim), source))
        items = dict(self.items)
        for item, sources in borrowed.items():
            got: list[str] = []
            for _, source in sorted(sources):
                got += [q for q in self.items[source][:per_item] if q not in got]
            items[item] = got[:max_queries]
        return ShopperWords(items, weight=self.weight)

    def terms_of(self, item_id: str) -> list[str]:
        """The indexed terms an item gets (its queries' terms, each query once, `weight` times)."""
        got = self._terms.get(item_id)
        if got is None:
            got = [t for q in self.items.get(item_id, ()) for t in terms(words(q))] * self.weight
            self._terms[item_id] = got
        return got

    @property
    def digest(self) -> str:
        """Names the content: an index built with these words says so, and is not rebuilt."""
        text = json.dumps({"items": self.items, "weight": self.weight}, sort_keys=True, ensure_ascii=False)
        return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()

    def save(self, directory: Path) -> None:
        (Path(directory) / self.FILE).write_text(json.dumps({"items": self.items, "weight": self.weight},
                                                            ensure_ascii=False))

    @classmethod
    def load(cls, directory: Path) -> ShopperWords:
        meta = json.loads((Path(directory) / cls.FILE).read_text())
        return cls(meta["items"], weight=meta["weight"])
