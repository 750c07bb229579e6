"""Why an item is recommended, in the shopper's words: "because you viewed X", "you buy this every
~7 days", "trending in Grocery"."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recsys.catalog import ServingCatalog
from recsys.models import HybridRecommender


class Reasons:
    """Reasons from the catalogue's titles and categories, the "for you" model's item
    similarities and buy-again intervals, and what each known shopper bought."""

    def __init__(self, catalog: ServingCatalog, hybrid: HybridRecommender, purchased: sp.csr_matrix):
        self.catalog = catalog
        self.hybrid = hybrid
        self.purchased = purchased

    def label(self, idx: int) -> str:
        return str(self.catalog.titles[idx])

    def verb(self, u: int, idx: int, recent) -> str:
        for r in recent:
            if r[0] == idx:
                return {"purchase": "bought", "add_to_cart": "added to your cart"}.get(r[1], "viewed")
        if u >= 0:
            s, e = self.purchased.indptr[u], self.purchased.indptr[u + 1]
            if idx in self.purchased.indices[s:e]:
                return "bought"
        return "viewed"

    def because(self, u: int, row: sp.csr_matrix, items: np.ndarray, recent) -> list[str]:
        """For each item, the history item that contributes most through item similarity."""
        hist = row.indices
        if not len(hist):
            return [self.trending(int(i)) for i in items]
        weights = row.data
        if len(hist) > 50:
            keep = np.argsort(-weights)[:50]
            hist, weights = hist[keep], weights[keep]
        sims = np.asarray(self.hybrid.pair_scores(hist, items), dtype=np.float32)
        contrib = sims * weights[:, None]
        best = np.argmax(contrib, axis=0)
        out = []
        for col, item in enumerate(items):
            source = int(hist[best[col]])
            if contrib[best[col], col] <= 0 or source == item:
                out.append(self.trending(int(item)))
            else:
                out.append(f"because you {self.verb(u, source, recent)} {self.label(source)}")
        return out

    def buy_again(self, u: int, idx: int, recent=()) -> str:
        """Why an item of the shopper's own history comes back: their buying interval, or what
        they did with it (a carted or viewed item is never said to have been bought)."""
        ba = self.hybrid.buy_again_
        days = ba.interval_days(u, idx) if (ba is not None and u >= 0) else None
        if days is not None:
            return f"you buy this every ~{max(1, round(days))} days"
        verb = self.verb(u, idx, recent)
        if verb == "bought":
            return "you bought this before"
        return "still in your cart" if verb == "added to your cart" else "you viewed this"

    def trending(self, idx: int) -> str:
        cat = self.catalog.top_categories[idx]
        return f"trending in {cat}" if cat else "trending now"
