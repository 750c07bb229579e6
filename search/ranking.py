"""Ranking: fuse lexical and dense relevance, then add what the catalogue and the shopper say
(product-type match, attributes, popularity, stock, the shopper's affinities).

    fused = w_lexical * bm25/max(bm25) + w_dense * cosine + w_rrf * RRF(k)/RRF_max
            + w_phrase * pair_bm25/max(pair_bm25)
    score = fused + w_type * type_match - w_modifier * [wanted type only a modifier]
            + w_attribute * attribute_share + w_coverage * coverage + w_popularity * popularity
            - w_in_stock * [out of stock] + w_user * affinity

With a "cheap" intent, the most relevant tier (the wanted type with every wanted attribute, or
scores near the top when no type was read) is ordered by price, lowest first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.config import SearchConfig


@dataclass
class Features:
    lexical: np.ndarray      # raw BM25
    dense: np.ndarray        # cosine, 0 without a dense part
    type_match: np.ndarray   # 1 title type, 0.8 category type, 0 unknown, -1 wanted type only a modifier
                             # (scaled down for items without a category path)
    attributes: np.ndarray   # share of wanted attributes the item has (1 when none wanted)
    coverage: np.ndarray     # idf-weighted share of query terms the item contains
    popularity: np.ndarray   # 0..1
    in_stock: np.ndarray     # bool
    affinity: np.ndarray     # 0..1
    phrase: np.ndarray | None = None  # BM25 of the query's adjacent word pairs in the title


def _ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.arange(1, len(values) + 1)
    return ranks


def fuse(f: Features, cfg: SearchConfig) -> np.ndarray:
    top = float(f.lexical.max()) if len(f.lexical) else 0.0
    lex = f.lexical / top if top > 0 else np.zeros_like(f.lexical)
    out = cfg.w_lexical * lex + cfg.w_dense * f.dense
    if cfg.w_rrf:
        rrf = 1.0 / (cfg.rrf_k + _ranks(f.lexical)) + 1.0 / (cfg.rrf_k + _ranks(f.dense))
        out = out + cfg.w_rrf * rrf * (cfg.rrf_k + 1) / 2
    if cfg.w_phrase and f.phrase is not None and len(f.phrase) and f.phrase.max() > 0:
        out = out + cfg.w_phrase * f.phrase / f.phrase.max()
    return out


def score(f: Features, cfg: SearchConfig) -> np.ndarray:
    s = fuse(f, cfg)
    s = s + cfg.w_type * np.clip(f.type_match, 0, None) - cfg.w_modifier * (f.type_match < 0)
    s = s + cfg.w_attribute * f.attributes + cfg.w_coverage * f.coverage
    s = s + cfg.w_popularity * f.popularity - cfg.w_in_stock * (~f.in_stock) + cfg.w_user * f.affinity
    return s


def order(scores: np.ndarray, *, prices: np.ndarray, tier: np.ndarray | None = None,
          sort: str | None = None) -> np.ndarray:
    """Positions in display order: by price for an explicit sort; with a `tier` (cheap intent),
    the tier by price first, then the rest by score; else by score."""
    by_score = np.argsort(-scores, kind="stable")
    if sort in ("price_asc", "price_desc"):
        p = np.where(np.isnan(prices), np.inf, prices if sort == "price_asc" else -prices)
        return np.lexsort((-scores, p))
    if tier is not None and tier.any():
        p = np.where(np.isnan(prices), np.inf, prices)
        # tier first (key 0), inside it by price, then by score
        return np.lexsort((-scores, np.where(tier, p, 0.0), ~tier))
    return by_score
