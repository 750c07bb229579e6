"""Ranking features of a query's candidate rows (`search.ranking.Features`): what the hand-weighted
score and a learned ranker read, computed from the catalogue columns and the lexical match."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from search.catalog import Catalogue
from search.config import SearchConfig
from search.ranking import Features
from search.category_names import leaf_names, leaf_says, leaf_type
from search.accessories import category_hosts, level_heads
from search.heads import coordinated_head
from search.made_for import (leaf_compound, made_for_type, made_for_word, made_for_written, modifier_only, replaced_part,
                             said_alone, said_before_head, said_for, written_word)
from search.loanwords import loaned_from
from search.text import category_path, has_japanese, is_japanese, normalize, type_word, words
from search.word_classes import JA_COLORS
from search.understanding import Understood
from store.columns import category_key, values_of


class Match(NamedTuple):
    """A query's lexical match over every row: BM25, idf-weighted coverage, the rows each term
    group matched, the query word each group came from, and the rows whose titles say a
    two-type query the other way round ("table lamp" for "lamp table")."""

    lex: np.ndarray
    coverage: np.ndarray | None
    matched: list[np.ndarray]
    sources: list[str]
    inverted: np.ndarray | None = None
    phrased: np.ndarray | None = None  # rows whose titles say the head's English phrase ("Tea Cup" for ティーカップ)


def features(cat: Catalogue, vectors: np.ndarray | None, cand: np.ndarray, match: Match, u: Understood,
             qvec, qraw, profile: dict | None, cfg: SearchConfig) -> Features:
    """Features of the rows `cand`; `qvec` the query vector ranked with (None: no dense part),
    `qraw` the one before a learned adapter."""
    k = len(cand)
    dense = (vectors[cand] @ qvec) if qvec is not None else np.zeros(k, dtype=np.float32)
    dense_raw = dense if qraw is None or qraw is qvec else vectors[cand] @ qraw
    type_match, type_raw = type_evidence(cat, cand, match, u, cfg)
    cov = match.coverage[cand] if match.coverage is not None else np.zeros(k, dtype=np.float32)
    pop = cat.popularity[cand]
    top = float(cat.popularity.max()) if len(cat.popularity) else 0.0
    pop = np.log1p(pop) / np.log1p(top) if top > 0 else np.zeros(k, dtype=np.float32)
    return Features(lexical=match.lex[cand], dense=dense, type_match=type_match,
                    attributes=attribute_share(cat, cand, match, u), coverage=cov, popularity=pop,
                    in_stock=cat.in_stock[cand], affinity=affinity(cat, cand, profile), dense_raw=dense_raw,
                    length=cat.lengths[cand], type_raw=type_raw,
                    other_language=(cat.japanese_titles(cand) != has_japanese(u.query)).astype(np.float32),
                    said=words_said(cand, match, u))


def words_said(cand: np.ndarray, match: Match, u: Understood) -> np.ndarray:
    """How many of the query's words beyond its head and attribute words each row says (in any
    spelling its term group holds: a synonym, a loanword's English)."""
    said = np.zeros(len(cand), dtype=np.float32)
    for source, rows in zip(match.sources, match.matched):
        if source != u.head and source not in u.attribute_words:
            said += np.isin(cand, rows)
    return said


def type_evidence(cat: Catalogue, cand: np.ndarray, match: Match, u: Understood,
                  cfg: SearchConfig) -> tuple[np.ndarray, np.ndarray]:
    """(type match as ranked, before scaling uncategorized rows): 1 the title's type, 0.8 the
    category's, -1 the wanted type only a modifier in the title, -2 moreover the title's type is
    the one the query names as a modifier ("Table Lamp" for "lamp table"), 0 unknown; with a
    head no title names ("coffee machine"), -1 an item of a type the query names as a modifier,
    -2 moreover its title says the two the other way round ("Chocolate Milk" for "milk chocolate"
    where no title is a chocolate, only bars and truffles: grammar, so not scaled)."""
    type_match = np.zeros(len(cand), dtype=np.float32)
    inverted = np.isin(cand, match.inverted) if match.inverted is not None else np.zeros(len(cand), dtype=bool)
    if not u.product_type:
        if u.head and u.modifier_types:  # a head no title names ("laptop riser"): an item of the type
            type_match[np.isin(cat.heads[cand], u.modifier_types)] = -1.0  # it modifies is not it
            type_raw = type_match.copy()
            type_match[cat.columns.category.codes[cand] < 0] *= cfg.uncategorized_type_evidence
            type_match[inverted & (type_raw < 0)] = -2.0  # and says it the other way round: "Chocolate Milk"
            return type_match, type_raw
        if u.head:
            type_match[sold_as_accessories(cat, cand, match, u) | made_for(cat, cand, match, u)] = -1.0
        return type_match, type_match.copy()
    t = u.product_type
    codes = cat.columns.category
    named = [t, *u.type_aliases]  # the type, and its English words ("Pump Bottle" is a ボトル)
    type_match[np.isin(cat.leaves[cand], named) | np.isin(codes.codes[cand], category_codes(cat, u.categories))] = 0.8
    type_match[np.isin(cat.heads[cand], named)] = 1.0
    for k in np.flatnonzero(type_match < 1).tolist() if not is_japanese(t) else ():  # "Ironing Board
        title = cat.titles[cand[k]]  # Cover and Pad": a cover too
        if " and " in title.lower():
            tokens = words(title)
            if (i := coordinated_head(tokens)) is not None and type_word(tokens[i]) in named:
                type_match[k] = 1.0
    if match.phrased is not None:  # "Glass Tea Cup" for ティーカップ: the phrase whole, its last word the head
        heads = [type_word(p.split()[-1]) for p in u.type_phrases]
        type_match[np.isin(cand, match.phrased) & np.isin(cat.heads[cand], heads)] = 1.0
    typed = type_match > 0
    nearest_the_modifier(cat, cand, u, type_match)
    farther = typed & (type_match == 0) & np.isin(cat.heads[cand], named)  # of the type, sold away from the modifier
    for_another(cat, cand, match, u, type_match)
    parts_of(cat, cand, u, type_match)
    # sold beside the type, but its title says it is made for one: Japanese grammar ("電気ケトル用
    # 替えパッキン"), or says it only as a longer word's first part ("おしゃぶりホルダー"); in English,
    # after a purpose marker ("Ribbon Ties for Gift Bags")
    by_type = np.flatnonzero((type_match > 0) & (type_match < 1))
    japanese = cat.japanese_titles(cand[by_type])
    english = {*u.type_aliases, *(type_word(p.split()[-1]) for p in u.type_phrases)} if is_japanese(t) else ()
    for k, titled_japanese in zip(by_type.tolist(), japanese.tolist()):
        title = cat.titles[cand[k]]
        kind = (cat.leaves[cand[k]] == t and cat.heads[cand[k]] in level_heads(cat.categories[cand[k]])
                or leaf_compound(title, t, cat.categories[cand[k]]))
        if made_for_type(title, t, u.markers, kind) or (  # "ヒーター カバー" where the shop writes ヒーターカバー
                not kind and titled_japanese and is_japanese(t) and said_before_head(title, t, cat.heads[cand[k]])
                and cat.writes(t + cat.heads[cand[k]])) or (  # an English title made for the
                not titled_japanese  # type's English words ("Dust Cover for Washing Machine" for 洗濯機)
                and any(said_for(title, a, u.markers) for a in english)):
            type_match[k] = -1.0
        elif ((h := cat.heads[cand[k]]) not in named and len(leaf := leaf_names(cat.categories[cand[k]])) > 1
              and (h in leaf if not is_japanese(t) and not titled_japanese else
                   is_japanese(t) and titled_japanese and (other_leaf_name(h, leaf, english) or (
                       h in leaf and t not in leaf and u.head not in title)))):
            type_match[k] = 0.0  # sold under a leaf naming two types ("Trays & Liners", "Grout & Sealers"),
            # titled as the other one ("Tray Liners": -1 below, as it says the wanted type as a modifier;
            # キムチ, the "Kimchi" of "Sauerkraut & Kimchi", for ザワークラウト; a スポンジ under
            # "スポンジ・たわし", where a few brushes are sold too, for 食器ブラシ: a leaf naming the wanted
            # type too may list two words for it, "花瓶・フラワーベース")
    if is_japanese(t):
        if u.head and type_word(u.head) == t:  # of the type by its last part, but made for the word said
            said = written_word(u.query, u.head)  # ("電動歯ブラシ専用 替えブラシ": a ブラシ), or for the
            for k in np.flatnonzero(type_match == 1).tolist():  # query's whole written word ("カラーボックス用
                title = cat.titles[cand[k]]  # インナーボックス" for カラーボックス, read as カラー + ボックス)
                if made_for_word(title, u.head, u.markers) or (said != u.head
                                                               and made_for_written(title, said, u.markers)):
                    type_match[k] = -1.0
        elif u.meant_whole:  # or for the Japanese word an English pair means ("ホットプレート用 たこ焼きプレート"
            for k in np.flatnonzero(type_match == 1).tolist():  # for "hot plate": a プレート, but for one)
                if made_for_written(cat.titles[cand[k]], u.meant_whole, u.markers):
                    type_match[k] = -1.0
    if u.head in match.sources:  # saying the head but read as no type: it says it as a modifier (not a title of
        has_word = np.isin(cand, match.matched[match.sources.index(u.head)])  # the type sold away from the query's
        type_match[has_word & (type_match == 0) & ~farther] = -1.0  # modifier: a plain クッション for 座椅子 クッション)
    if u.modifier_types:  # the title's head is the query's modifier and it says the two the other way
        flipped = inverted & np.isin(cat.heads[cand], u.modifier_types)  # round ("Organizer Drawers" for
        type_match[flipped & (type_match > 0) & (type_match < 1)] = -1.0  # "drawer organizer"): grammar
    type_raw = type_match.copy()  # outweighs a category level named for the wanted type
    # a title head alone (no category path to confirm it) is weaker evidence of a type, but
    # not where grammar is sure the wanted type is only a modifier: the title says the query's
    # two types the other way round and its head is the other one ("Table Lamp" for "lamp
    # table": twice the penalty; not whatever its last word: that cost 0.008 NDCG@10 on the Home
    # Depot validation part), or it says it is made for the wanted type ("ノートパソコン用
    # ケース" is a case, not a laptop)
    uncategorized = codes.codes[cand] < 0
    sure = inverted & np.isin(cat.heads[cand], u.modifier_types) & (type_raw < 0)
    if len(u.modifiers) > 1:  # a pile of nouns ("exterior bench storage", "porcelain floor tiles edge
        # trim") says less by its order than two words alone ("lamp table"): where no category
        # confirms the title's head, a title saying two of them the other way round ("Storage
        # Bench") is read as any other title there, no type either way. Home Depot in-process: fit
        # 0.7801 -> 0.7819, validation 0.7854 -> 0.7873 (every such title, two-word queries too:
        # 0.7833 / 0.7878, but "lamp table" then found table lamps first where the dense side reads
        # words without their order; -1 for the pile's: 0.7821 / 0.7871)
        sure &= ~uncategorized
    if is_japanese(t):  # the purpose markers are Japanese grammar
        for k in np.flatnonzero(uncategorized & (type_raw < 0) & ~sure).tolist():
            sure[k] = modifier_only(cat.titles[cand[k]], t, u.markers)
    type_match[uncategorized & ~sure] *= cfg.uncategorized_type_evidence
    type_match[sure & inverted] = -2.0
    return type_match, type_raw


def other_leaf_name(head: str, leaf: frozenset, english) -> bool:
    """Whether a katakana title head is a loanword of one of a leaf's names that the wanted
    type's English words are not (キムチ: "kimchi" of "Sauerkraut & Kimchi", for ザワークラウト)."""
    said = set(loaned_from(head, leaf))
    return bool(said) and not said & set(english)


def nearest_the_modifier(cat: Catalogue, cand: np.ndarray, u: Understood, type_match: np.ndarray) -> None:
    """Among the items of the wanted type, those sold nearest where the query's modifier type is
    sold are the ones it means: "パソコンバッグ" wants the bags beside the computers, not the tea
    bags of the grocery aisle. The deepest category level at which some item of the type shares
    a modifier's category path decides; the type's items outside it lose their type match.
    A modifier sold apart from every item of the type ("coffee mug") changes nothing; an item
    whose leaf is named for the two keeps its match wherever it is ("Guitar Stands" under
    "Musical Instruments", where the guitars are sold under "楽器 > ギター")."""
    if not u.modifier_homes:
        return
    typed = type_match > 0
    codes = cat.columns.category.codes[cand]
    homes = [category_key(h) for h in u.modifier_homes]
    for depth in range(max(len(h) for h in homes), 0, -1):
        near = np.isin(codes, cat.columns.category_codes_under({h[:depth] for h in homes if len(h) >= depth}))
        if (typed & near).any():
            for k in np.flatnonzero(typed & ~near).tolist():
                c = cat.categories[cand[k]]
                if leaf_type(c) != u.product_type or not any(leaf_says(c, m) for m in u.modifier_types):
                    type_match[k] = 0.0
            return


def for_another(cat: Catalogue, cand: np.ndarray, match: Match, u: Understood, type_match: np.ndarray) -> None:
    """Of the wanted type, the items sold in a category named for another type than the query's
    modifier, whose titles do not say the modifier, are made for that one: for "laptop case",
    the cases of "Phone Accessories" are not wanted (they lose their type match), the laptop
    sleeves are found by their words."""
    if not u.modifier_types:
        return
    said = [match.matched[match.sources.index(w)] for w in u.modifiers if w in match.sources]
    says = np.isin(cand, np.concatenate(said)) if said else np.zeros(len(cand), dtype=bool)
    for k in np.flatnonzero((type_match > 0) & ~says).tolist():
        hosts = {t for t in category_hosts(cat.categories[cand[k]]) if u.types.get(t)  # in the modifiers' script:
                 and any(is_japanese(t) == is_japanese(m) for m in u.modifier_types)}  # "Laptop" is no パソコン's rival
        if hosts and not hosts & set(u.modifier_types):
            type_match[k] = 0.0


def parts_of(cat: Catalogue, cand: np.ndarray, u: Understood, type_match: np.ndarray) -> None:
    """Of the wanted type by their titles or categories, the items sold in a category named for
    its parts ("Seat Covers > Seat Cover Parts") whose titles say it after a purpose marker
    ("Headrest Covers for Seat Covers") or as the part a replacement replaces ("Pottery Wheel Foot
    Pedal, Replacement") are made for it: a cover, but no seat cover."""
    t = u.product_type
    for k in np.flatnonzero(type_match > 0).tolist():
        title = cat.titles[cand[k]]
        if t in category_hosts(cat.categories[cand[k]]) and (
                said_for(title, t, u.markers) or replaced_part(title, t)):
            type_match[k] = -1.0


def sold_as_accessories(cat: Catalogue, cand: np.ndarray, match: Match, u: Understood) -> np.ndarray:
    """For a word that names no type ("kindle"), the items saying it that are sold in a category
    named for where its other items are sold ("eReader Accessories", "eReader Accessories >
    Cases" beside "eReaders"): accessories of the thing it names, not the thing."""
    out = np.zeros(len(cand), dtype=bool)
    if u.head not in match.sources or not cat.columns.category.index:
        return out
    has = np.flatnonzero(np.isin(cand, match.matched[match.sources.index(u.head)]))
    hosts = {leaf for leaf in cat.leaves[cand[has]] if leaf}
    for k in has.tolist():
        out[k] = bool(category_hosts(cat.categories[cand[k]]) & hosts)
    return out


def made_for(cat: Catalogue, cand: np.ndarray, match: Match, u: Understood) -> np.ndarray:
    """For a Japanese word that names no type, the items saying it only as what they are made for
    or as the first part of a longer word ("扇風機用 リモコン", "扇風機カバー"): grammar, with or
    without categories."""
    out = np.zeros(len(cand), dtype=bool)
    if not is_japanese(u.head) or u.head not in match.sources:
        return out
    t = type_word(u.head)
    for k in np.flatnonzero(np.isin(cand, match.matched[match.sources.index(u.head)])).tolist():
        title = cat.titles[cand[k]]
        if not said_alone(title, u.head):  # the exact reading only where it can differ: cheap
            out[k] = modifier_only(title, t, u.markers)
    return out


def category_codes(cat: Catalogue, categories: list[str]) -> list[int]:
    """The catalogue's codes of `categories` (those it has)."""
    index = cat.columns.category.index
    return [index[k] for k in (normalize(c).strip() for c in categories) if k in index]


def attribute_share(cat: Catalogue, cand: np.ndarray, match: Match, u: Understood) -> np.ndarray:
    """The share of the wanted attributes each row has (as an attribute, or said in its title)."""
    k = len(cand)
    if not u.attributes:
        return np.ones(k, dtype=np.float32)
    cols = cat.columns
    sources, matched = match.sources, match.matched
    hits = np.zeros(k, dtype=np.float32)
    for key, value in u.attributes.items():
        ok = np.zeros(k, dtype=bool)
        if key == "department":  # under the category the query's audience word names; under another's: -1
            ok |= np.isin(cols.category.codes[cand], cols.category_codes_under([category_key(value)]))
            if u.other_departments:
                hits -= np.isin(cols.category.codes[cand],
                                cols.category_codes_under([category_key(d) for d in u.other_departments]))
        elif key in ("brand", "color"):
            col = cols.brand if key == "brand" else cols.color
            ok |= col.codes[cand] == col.index.get(value, -2)
        else:
            held = (values_of(cat.attribute(r, key) or "") for r in cand.tolist())
            ok |= np.array([any(normalize(str(v)).strip() == value for v in vs) for vs in held], dtype=bool)
        for w in u.attribute_words:  # said in the title instead of as an attribute
            if w in sources and (JA_COLORS.get(w, w) == value or w in value.split()):
                ok |= np.isin(cand, matched[sources.index(w)]) & (cols.color.codes[cand] < 0 if key == "color" else True)
        hits += ok
    return hits / len(u.attributes)


def affinity(cat: Catalogue, cand: np.ndarray, profile: dict | None) -> np.ndarray:
    """0..1: how much the shopper's profile ({"categories": {path: w}, "brands": {brand: w}})
    favours each row's category (or one above it) and brand."""
    out = np.zeros(len(cand), dtype=np.float32)
    if not profile:
        return out
    cats = {tuple(category_path(normalize(c))): float(w) for c, w in (profile.get("categories") or {}).items()}
    brands = {normalize(b).strip(): float(w) for b, w in (profile.get("brands") or {}).items()}
    top = max([*cats.values(), *brands.values(), 0.0])
    if top <= 0:
        return out
    cat_codes, brand_codes = cat.columns.category, cat.columns.brand
    per_cat = {}
    for code in np.unique(cat_codes.codes[cand]).tolist():
        path = tuple(category_path(cat_codes.values[code])) if code >= 0 else ()
        per_cat[code] = max([w for c, w in cats.items() if path[:len(c)] == c] or [0.0])
    out += np.array([per_cat[c] for c in cat_codes.codes[cand].tolist()], dtype=np.float32)
    if brands:
        per_brand = {c: brands.get(brand_codes.values[c], 0.0) if c >= 0 else 0.0
                     for c in np.unique(brand_codes.codes[cand]).tolist()}
        out += np.array([per_brand[c] for c in brand_codes.codes[cand].tolist()], dtype=np.float32)
    return np.clip(out / top, 0, 1)
