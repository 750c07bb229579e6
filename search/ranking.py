"""Ranking: fuse lexical and dense relevance, then add what the catalogue and the shopper say
(product-type match, attributes, popularity, stock, the shopper's affinities).

    fused = w_lexical * bm25/max(bm25) + w_dense * cosine + w_rrf * RRF(k)/RRF_max
            + w_phrase * pair_bm25/max(pair_bm25)
    score = fused + w_type * max(type_match, 0) - w_modifier * max(-type_match, 0)
            + w_attribute * attribute_share + w_coverage * coverage + w_popularity * popularity
            - w_in_stock * [out of stock] + w_user * affinity + clicks
    then a title not in the query's language is read w_language lower, but never below a title
    in the query's language that it outscored and that says less of what the query asks
    (`in_language`).

With a "cheap" intent, the most relevant tier (the wanted type with every wanted attribute, or
scores near the top when no type was read) is ordered by price, lowest first.

The same `Features` feed a learned ranker (`search/learning.py`): `feature_matrix` turns them
into the columns it was trained on, so serving and training share one feature code path. The
business terms (stock, the shopper's affinities) and the click memory's votes (`search.clicks`)
stay outside the model: `adjustments`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from search.config import SearchConfig


@dataclass
class Features:
    lexical: np.ndarray      # raw BM25
    dense: np.ndarray        # cosine, 0 without a dense part
    type_match: np.ndarray   # 1 title type, 0.8 category type, 0 unknown, -1 wanted type only a modifier,
                             # -2 and the title's type is the query's modifier (scaled down for items
                             # without a category path, unless grammar is sure)
    attributes: np.ndarray   # share of wanted attributes the item has (1 when none wanted)
    coverage: np.ndarray     # idf-weighted share of query terms the item contains
    popularity: np.ndarray   # 0..1
    in_stock: np.ndarray     # bool
    affinity: np.ndarray     # 0..1
    phrase: np.ndarray | None = None  # BM25 of the query's adjacent word pairs in the title
    dense_raw: np.ndarray | None = None  # cosine with the query vector before a learned adapter
    length: np.ndarray | None = None     # title length in terms
    type_raw: np.ndarray | None = None   # type_match before scaling items without a category path
    query_terms: int = 0                 # term groups in the query
    clicks: np.ndarray | None = None     # votes of the click memory (search.clicks), weighted
    other_language: np.ndarray | None = None  # 1 where the title is not in the query's language
    said: np.ndarray | None = None       # query words beyond the type and its attributes the item says


def _ranks(values: np.ndarray, then: np.ndarray | None = None) -> np.ndarray:
    """1 for the highest value, ties broken by `then` (higher first); candidates equal in both
    share the first rank of their run, so no rank depends on the order the candidates came in."""
    keys = (-values,) if then is None else (-then, -values)  # np.lexsort: the last key sorts first
    order = np.lexsort(keys)
    change = np.zeros(len(values), dtype=bool)
    change[:1] = True
    for key in keys:
        k = key[order]
        change[1:] |= k[1:] != k[:-1]
    starts = np.maximum.accumulate(np.where(change, np.arange(len(values)), 0))
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = starts + 1
    return ranks


def rrf(f: Features, cfg: SearchConfig) -> np.ndarray:
    """Reciprocal-rank fusion of the lexical and dense lists. A tie on one list is broken by the
    other (the dense-only candidates, all lexical 0, by their cosines), and shared where both tie;
    without a dense side (every cosine 0) the candidates share one dense rank. Ranked in the order
    the rows came in, ties favoured whatever the catalogue file put first: on Home Depot's
    validation part the old order-bound ranks read 0.7834 in file order and 0.7814 / 0.7822 /
    0.7824 shuffled; these read 0.7826, and 0.7824 / 0.7820 / 0.7826 shuffled."""
    dense_rank = _ranks(f.dense, f.lexical) if f.dense.any() else 1.0
    return 1.0 / (cfg.rrf_k + _ranks(f.lexical, f.dense)) + 1.0 / (cfg.rrf_k + dense_rank)


def fuse(f: Features, cfg: SearchConfig) -> np.ndarray:
    top = float(f.lexical.max()) if len(f.lexical) else 0.0
    lex = f.lexical / top if top > 0 else np.zeros_like(f.lexical)
    out = cfg.w_lexical * lex + cfg.w_dense * f.dense
    if cfg.w_rrf:
        out = out + cfg.w_rrf * rrf(f, cfg) * (cfg.rrf_k + 1) / 2
    if cfg.w_phrase and f.phrase is not None and len(f.phrase) and f.phrase.max() > 0:
        out = out + cfg.w_phrase * f.phrase / f.phrase.max()
    return out


def relevance(f: Features, cfg: SearchConfig) -> np.ndarray:
    """The hand-weighted relevance: `score` without the business adjustments."""
    s = fuse(f, cfg)
    s = s + cfg.w_type * np.clip(f.type_match, 0, None) - cfg.w_modifier * np.clip(-f.type_match, 0, None)
    s = s + cfg.w_attribute * f.attributes + cfg.w_coverage * f.coverage
    return s + cfg.w_popularity * f.popularity


def adjustments(f: Features, cfg: SearchConfig) -> np.ndarray:
    """Terms added to any relevance, hand-weighted or learned: out of stock, the shopper's
    affinity, and what shoppers acted on after similar queries (the click memory's votes)."""
    out = cfg.w_user * f.affinity - cfg.w_in_stock * (~f.in_stock)
    return out if f.clicks is None else out + f.clicks


def standing(f: Features) -> np.ndarray | None:
    """What of the query each candidate says, one column each: the wanted type, the share of
    wanted attributes, the query's other words (through any spelling: a synonym, a loanword), and
    its words as a phrase (the "Tea Cup" a ティーカップ is, where other cups are only cups)."""
    if f.said is None:
        return None
    phrase = f.phrase > 0 if f.phrase is not None else np.zeros(len(f.said), dtype=bool)
    typed = (f.type_match if f.type_raw is None else f.type_raw) > 0  # its title says it, however surely
    return np.stack([typed, f.attributes, f.said, phrase], axis=1).astype(np.float32)  # that is read


LANGUAGE_BLOCK = 512  # other-language candidates compared at once (memory: block x candidates x 4)
LIFT = 1e-3           # the share of its lead a lifted title keeps over the one it says more than


def in_language(s: np.ndarray, f: Features, cfg: SearchConfig, scale: float = 1.0) -> np.ndarray:
    """The shopper's language (the query's) first among equals: a title in another language is
    read `w_language` (times `scale`, the score's units) lower, but is never put below a title
    in the query's language that it outscored and that says strictly less of the query (no more
    of any column of `standing`, less of one), nor below one read as not the wanted type where it
    is of it (the English "Bread Maker" above "ホームベーカリー用 パン羽根"), nor below one it
    outscored read as no type where it is of it (the English "Watch Box" above "時計専用 電池"
    for 時計ケース): the English "Milk
    Chocolate Bar" stays above the Japanese ダークチョコレート for ミルク チョコレート, and falls below
    ミルクチョコレート. An item read as not the wanted type (a modifier of it, an accessory) is not
    lifted. Lifted items keep their order: each lands a thousandth of its lead (or a millionth of a
    step, where it had none) above the title it beats."""
    if f.other_language is None or not cfg.w_language or not f.other_language.any():
        return s
    other = f.other_language > 0
    out = s - scale * cfg.w_language * other
    st = standing(f)
    if st is None or other.all():
        return out
    mine = np.flatnonzero(~other)
    theirs = np.flatnonzero(other & (f.type_match >= 0))
    for lo in range(0, len(theirs), LANGUAGE_BLOCK):
        i = theirs[lo:lo + LANGUAGE_BLOCK]
        a, b = st[i][:, None, :], st[mine][None, :, :]
        beaten = (a >= b).all(-1) & (a > b).any(-1) & (s[mine][None, :] < s[i][:, None])
        # and, where this one is of the wanted type, whatever it says, a title read as not of it, or
        # one it outscored read as no type: a title in the other language cannot say the query's
        # words, so their count weighs nothing there
        theirs, other = f.type_match[mine][None, :], f.type_match[i][:, None] > 0
        beaten |= other & ((theirs < 0) | ((theirs == 0) & (s[mine][None, :] < s[i][:, None])))
        floor = np.where(beaten, s[mine][None, :], -np.inf).max(1)
        lift = np.isfinite(floor)
        i, floor = i[lift], floor[lift]
        lead = np.where(s[i] > floor, LIFT * (s[i] - floor), LIFT ** 2 * (1 + np.tanh(s[i])))  # order kept
        out[i] = np.maximum(out[i], floor + lead)
    return out


def score(f: Features, cfg: SearchConfig) -> np.ndarray:
    return in_language(relevance(f, cfg) + adjustments(f, cfg), f, cfg)


# the columns a learned ranker sees (a model stores the names it was trained on)
FEATURE_NAMES = ("lexical", "lexical_norm", "lexical_rank", "dense", "dense_gap", "dense_rank", "dense_raw",
                 "rrf", "phrase", "phrase_norm", "coverage", "type_match", "type_raw", "attributes", "popularity",
                 "length", "hand", "query_terms", "candidates", "lexical_max", "dense_max")


def feature_matrix(f: Features, cfg: SearchConfig, names=FEATURE_NAMES) -> np.ndarray:
    """One row per candidate, one column per name in `names` (float32)."""
    k = len(f.lexical)
    lex_max = float(f.lexical.max()) if k else 0.0
    dense_max = float(f.dense.max()) if k else 0.0
    phrase = f.phrase if f.phrase is not None else np.zeros(k, dtype=np.float32)
    phrase_max = float(phrase.max()) if k else 0.0
    cols = {
        "lexical": lambda: f.lexical,
        "lexical_norm": lambda: f.lexical / lex_max if lex_max > 0 else np.zeros(k),
        "lexical_rank": lambda: _ranks(f.lexical, f.dense),
        "dense": lambda: f.dense,
        "dense_gap": lambda: f.dense - dense_max,
        "dense_rank": lambda: _ranks(f.dense, f.lexical),
        "dense_raw": lambda: f.dense if f.dense_raw is None else f.dense_raw,
        "rrf": lambda: rrf(f, cfg),
        "phrase": lambda: phrase,
        "phrase_norm": lambda: phrase / phrase_max if phrase_max > 0 else np.zeros(k),
        "coverage": lambda: f.coverage,
        "type_match": lambda: f.type_match,
        "type_raw": lambda: f.type_match if f.type_raw is None else f.type_raw,
        "attributes": lambda: f.attributes,
        "popularity": lambda: f.popularity,
        "length": lambda: np.zeros(k) if f.length is None else f.length,
        "hand": lambda: relevance(f, cfg),
        "query_terms": lambda: np.full(k, f.query_terms),
        "candidates": lambda: np.full(k, k),
        "lexical_max": lambda: np.full(k, lex_max),
        "dense_max": lambda: np.full(k, dense_max),
    }
    out = np.empty((k, len(names)), dtype=np.float32)
    for j, name in enumerate(names):
        out[:, j] = cols[name]()
    return out


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
