"""Search settings: one dataclass, stored with the index as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass
class SearchConfig:
    # lexical (bm25s over fields; a field's tokens are repeated `weight` times)
    title_weight: int = 3
    category_weight: int = 2
    brand_weight: int = 2
    attributes_weight: int = 2
    description_weight: int = 1
    k1: float = 1.5
    b: float = 0.75
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # word -> words it also matches
    typo_min_length: int = 4          # words shorter than this are never corrected
    typo_two_edits_length: int = 8    # words this long may be two edits away

    # dense (faiss); None = size-based default (IDMap,Flat below dense_exact_below, else IVF)
    dense_factory: str | None = None
    dense_exact_below: int = 5000
    nprobe: int = 64                  # IVF lists searched: recall@100 ~0.97 on 54k MiniLM titles

    # candidates and matching: recall first (precision comes from ranking). A store that wants
    # stricter matching raises min_should_match (1.0: every query word) or dense_min_similarity.
    min_should_match: float = 0.0     # idf-weighted share of query terms an item must contain (> 0: some)
    lexical_candidates: int = 300
    dense_candidates: int = 200       # a hybrid ranking reads dense neighbours past the first page
    # the cosine a dense-only candidate needs; None: read off the catalogue at build, the
    # `dense_background_quantile` of the cosines of random product pairs (what unrelated products
    # share under this model), so a neighbour must be closer than most chance pairs
    dense_min_similarity: float | None = None
    # 0.9 (0.291 on Home Depot's MiniLM vectors): chosen with the fusion weights below on the fit
    # part of Home Depot's tuning half, confirmed on its validation part (0.99 and 0.95 lower on both)
    dense_background_quantile: float = 0.9
    # scripts the dense model reads (the packaged MiniLM: English); a query with a word in
    # another script (Japanese) is answered by words alone. A multilingual model adds "japanese".
    dense_scripts: tuple[str, ...] = ("latin",)

    # ranking weights (see ranking.py). w_rrf went 0.4 -> 1.6 with the quantile 0.9 (the grid's best
    # on Home Depot's fit part), and every term outside the fusion was scaled by the fused range's
    # growth (x1.6: (0.6 + 1.0 + 1.6) / (0.6 + 1.0 + 0.4)), so types, attributes, popularity, stock and
    # the shopper weigh against relevance as before (the grid's winner alone let a laptop sleeve
    # above laptops on a categorised shop): fit 0.7737 -> 0.7774, validation 0.7772 -> 0.7844
    w_lexical: float = 0.6
    w_dense: float = 1.0
    w_rrf: float = 1.6               # rank fusion of the lexical and dense lists
    w_phrase: float = 0.16            # BM25 of adjacent query word pairs in titles ("angle bracket")
    rrf_k: int = 60
    w_type: float = 0.8
    w_modifier: float = 0.8           # penalty when the wanted type is only a modifier in the item
    w_attribute: float = 0.48
    w_coverage: float = 0.48
    w_popularity: float = 0.08
    w_in_stock: float = 0.16
    w_user: float = 0.16
    # a title in another language than the query's (Japanese or not) ranks below the query's own
    # among items of equal standing: as much as a wanted attribute the item lacks, but never below
    # one that says less of the query (`ranking.in_language`). A one-language catalogue (Home
    # Depot) is untouched: every title is in the query's language or none is.
    w_language: float = 0.48
    cheap_tier: float = 0.75          # with a cheap intent and no type: items within this share of the top score
    min_type_count: int = 1           # a head noun seen this often in titles is a product type
    # type match/penalty scale for items without a category path: a title head alone is no
    # evidence of a type (Home Depot, titles only: 0.2 costs 0.04 NDCG@10, 1.0 costs 0.10)
    uncategorized_type_evidence: float = 0.0

    # facets
    attribute_keys: tuple[str, ...] = ("color", "colour", "size", "material")
    price_ranges: tuple[float, ...] = (10, 25, 50, 100, 250, 500, 1000)
    facet_size: int = 20

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "SearchConfig":
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("attribute_keys", "price_ranges", "dense_scripts"):
            if key in values:
                values[key] = tuple(values[key])
        return cls(**values)
