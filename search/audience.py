"""Who a product is for: the audience words of a shop's titles (メンズ, レディース, women's, kids)
and the department each is sold in, learned from the catalogue's category paths.

A short word list rather than a learned one: which words name an audience is the language's
(as the cheap words and the colour words are), where the shop sells to each audience is the
catalogue's. `search.understanding.CatalogKnowledge.learn_departments` keeps what this finds as
the attribute "department"; `search.features.attribute_share` scores it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from search.text import category_path

AUDIENCE_WORDS = frozenset("men men's mens women women's womens ladies ladies' kids kids' boys boys' girls girls' "
                           "baby メンズ レディース キッズ ベビー 紳士 婦人 男性 女性 子供 子ども ジュニア".split())


def departments_of(title_words, categories, min_titles: int = 3, purity: float = 0.9) -> dict[str, str]:
    """Per audience word the titles say (at least `min_titles` of them), the deepest category
    holding `purity` of those titles and more than one of their leaves (レディース: "Clothing >
    Women"). A word whose titles spread over top-level departments (レザー would), or stay in one
    leaf, names none."""
    found: dict[str, Counter] = defaultdict(Counter)
    for tw, c in zip(title_words, categories):
        for w in AUDIENCE_WORDS.intersection(tw):
            found[w][tuple(category_path(c))] += 1
    out = {}
    for w, paths in found.items():
        n = sum(paths.values())
        if n < min_titles:
            continue
        for depth in range(max(len(p) for p in paths) - 1, 0, -1):
            under = Counter(p[:depth] for p in paths.elements() if len(p) > depth)
            prefix, k = under.most_common(1)[0] if under else ((), 0)
            if k >= purity * n and sum(1 for p in paths if p[:depth] == prefix) >= 2:
                out[w] = " > ".join(prefix)
                break
    return out
