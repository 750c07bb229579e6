"""The final order of a search's results: ranked candidates (hand or learned scores, the cheap
tier of a low-price query, the lexical-only tail after them, sorting by price), or a browse of
rows with no words to match."""

from __future__ import annotations

import numpy as np

from search.catalog import Catalogue
from search.config import SearchConfig
from search.learned import learned_score
from search.ranking import order, score
from search.retrieval import Found
from search.understanding import Understood


def browse(cat: Catalogue, rows: np.ndarray, u: Understood, sort: str | None) -> tuple[np.ndarray, np.ndarray]:
    """No words to match: in stock first, then popular first, or cheapest first when the
    query asked for low prices ("cheap", "under 50")."""
    s = 0.01 * cat.popularity[rows] + cat.in_stock[rows]
    if sort in (None, "relevance") and (u.price_intent == "low" or u.max_price is not None):
        p = cat.prices[rows]
        pos = np.lexsort((-s, np.where(np.isnan(p), np.inf, p), ~cat.in_stock[rows]))
    else:
        pos = order(s, prices=cat.prices[rows], sort=sort)
    return rows[pos], s[pos]


def sold_beside(heads: np.ndarray, leaf_types: set, f, u: Understood) -> np.ndarray:
    """Items of the wanted type by their category alone whose title names a type the catalogue
    learned as an accessory of it ("Cleat Covers" under "Shoes > Cleats"), or one a category of
    its own is named for, no kind of the wanted one ("Tent Tarp" under "Tents > Tarps", "Spice
    Rack Labels" beside the racks where "Labels" sells labels; not 日傘 under "傘 > 日傘", nor the
    マット a ヨガマット's title is headed by): sold
    beside the type, never the cheapest of it. `leaf_types`: the types the catalogue's leaves name."""
    out = np.zeros(len(heads), dtype=bool)
    raw = f.type_match if f.type_raw is None else f.type_raw
    by_category = np.flatnonzero((raw > 0) & (raw < 1))
    t = u.product_type
    for h in set(heads[by_category].tolist()):  # each head read once: `is_accessory` scans the categories
        if h and not h.endswith(t) and not t.endswith(h) and (h in leaf_types or (
                u.types.get(h) and u.is_accessory is not None and u.is_accessory(h, t))):
            out[by_category[heads[by_category] == h]] = True
    return out


def rank(found: Found, u: Understood, sort, cfg: SearchConfig, cat: Catalogue,
         ranker=None) -> tuple[np.ndarray, np.ndarray]:
    """Rows and scores of `found` in result order; `ranker` (learned) replaces the hand score."""
    cand, rest, f, lex = found.cand, found.rest, found.features, found.lex
    prices = cat.prices
    if len(found.rows) == 0:
        return found.rows, np.zeros(0)
    s = hand = score(f, cfg)
    if ranker is not None and len(cand):
        s = learned_score(f, cfg, ranker)
    tier = None
    if u.price_intent == "low" and sort in (None, "relevance"):
        if u.product_type:
            tier = (f.type_match if f.type_raw is None else f.type_raw) > 0  # the title says the type
            tier &= ~sold_beside(cat.heads[cand], cat.leaf_types(), f, u)
        else:  # the hand-weighted scale says what "near the top" is, none read as made for the
            tier = (hand >= cfg.cheap_tier * hand.max()) & (f.type_match >= 0)  # wanted thing ("扇風機用")
        whole = f.coverage >= 1 - 1e-6  # of those, the ones saying every word of the query, where
        if (tier & whole).any():        # some do: "cheap red tool box" wants a red one, however the
            if u.attributes and f.other_language is not None and f.said is not None:  # catalogue writes
                # its colours; a title in the other language cannot say the type's word: its type and
                # colour known, and as many of the other words said, it is whole ("Reading Glasses,
                # Red" for お手頃 赤 老眼鏡)
                whole |= (f.other_language > 0) & (f.said >= f.said[tier & whole].max())
            tier &= whole
        if u.attributes:  # whatever the title's language: the cheapest white cooler is an English one
            tier &= f.attributes >= 1.0
    pos = order(s, prices=prices[cand], tier=tier, sort=sort if sort != "relevance" else None)
    out_rows, out_scores = cand[pos], s[pos]
    if len(rest):
        rest_scores = np.minimum(out_scores.min(), 0) - 1 + lex[rest] / (lex[rest].max() or 1)
        out_rows, out_scores = np.concatenate([out_rows, rest]), np.concatenate([out_scores, rest_scores])
        if sort in ("price_asc", "price_desc"):
            p = prices[out_rows]
            pos = np.lexsort((-out_scores, np.where(np.isnan(p), np.inf, p if sort == "price_asc" else -p)))
            return out_rows[pos], out_scores[pos]
    return out_rows, out_scores
