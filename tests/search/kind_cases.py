"""The cases of the later blind suites of query kinds (4 and 5), checked one way: a query's
expectations (`Q`: which groups come first, which rank above which, the first item, no accessory
in the top two), the setups each runs in (category paths, no dense side or a bag-of-words one,
and an English-only encoder for a Japanese query), and the engines built once per shop and setup."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from shops import group, rows_of
from test_query_kinds import LatinOnlyEncoder, build, catalogue, ranked

from search.engine import SearchEngine

LEXICAL, DENSE, LATIN_ONLY = "categories-lexical", "categories-dense", "categories-latin-only"


def in_groups(item_id: str, names) -> bool:
    """A group name matches itself and its dotted sub-groups ("perch" matches "perch.cage")."""
    g = group(item_id)
    return any(g == n or g.startswith(n + ".") for n in names)


@dataclass(frozen=True)
class Q:
    form: str
    shop: str
    query: str
    top: tuple[str, ...] = ()       # the first n results all come from these groups
    n: int | None = None            # None: as many as these groups hold
    above: tuple[str, ...] = ()     # every item of these groups ranks above ...
    below: tuple[str, ...] = ()     # ... every item of these groups (an unreturned `above` item is below all)
    first: str | None = None        # the expected first item (price queries)
    not_top2: tuple[str, ...] = ()  # no item of these groups in the first two


def two_types(shop, query, exact, head, wrong):
    return Q("two_types", shop, query, top=(exact,), above=(exact, *head), below=tuple(wrong))


def qualifies(shop, query, want, below, n=3):
    return Q("qualifies", shop, query, top=tuple(want), n=n, above=tuple(want), below=tuple(below))


def accessories(shop, query, real, accs):
    return Q("accessories", shop, query, top=tuple(real), n=3, above=tuple(real), below=tuple(accs))


def price(shop, query, first, accs):
    return Q("price", shop, query, first=first, not_top2=tuple(accs))


def mixed(shop, query, kind):
    return Q("mixed", shop, query, top=(kind,), n=3)


def japanese(query: str) -> bool:
    return any(ord(c) > 0x7f for c in query)


def params(queries: list[Q]):
    for q in queries:
        for s in (LEXICAL, DENSE) + ((LATIN_ONLY,) if japanese(q.query) else ()):
            yield pytest.param(q, s, id=f"{q.form}:{q.shop}:{q.query.replace(' ', '_')}-{s}")


class Engines:
    """One engine per shop and setup, built on first use."""

    def __init__(self, shops: dict):
        self.shops, self._built = shops, {}

    def __call__(self, shop: str, setup: str) -> SearchEngine:
        if (shop, setup) not in self._built:
            rows = rows_of(self.shops[shop])
            if setup == LATIN_ONLY:
                self._built[shop, setup] = SearchEngine.build(catalogue(rows, True), encoder=LatinOnlyEncoder())
            else:
                self._built[shop, setup] = build(rows, True, setup == DENSE)
        return self._built[shop, setup]


def check(q: Q, setup: str, engines: Engines) -> None:
    """Assert every expectation of `q` on its shop's ranking in `setup`."""
    rows = rows_of(engines.shops[q.shop])
    ids = [r[0] for r in rows]
    titles = {r[0]: r[1] for r in rows}
    for g in (*q.top, *q.above, *q.below, *q.not_top2):  # the test's own spelling of its groups
        assert any(in_groups(i, (g,)) for i in ids), f"test bug: no group {g!r} in {q.shop}"
    assert q.first is None or q.first in titles, f"test bug: no item {q.first!r}"

    top = ranked(engines(q.shop, setup), q.query, 60)
    pos = {i: k for k, i in enumerate(top)}
    problems = []
    if q.top:
        n = q.n if q.n is not None else sum(in_groups(i, q.top) for i in ids)
        if len(top) < n or not all(in_groups(i, q.top) for i in top[:n]):
            problems.append(f"the first {n} must all be {list(q.top)}")
    if q.above:
        downs = [k for k, i in enumerate(top) if in_groups(i, q.below)]
        if downs:
            want = [i for i in ids if in_groups(i, q.above)]
            missing = [i for i in want if i not in pos]
            if missing:
                problems.append(f"missing while {titles[top[min(downs)]]!r} is shown: {[titles[i] for i in missing]}")
            ups = [pos[i] for i in want if i in pos]
            if ups and max(ups) > min(downs):
                problems.append(f"{top[min(downs)]} ({titles[top[min(downs)]]}) ranks above "
                                f"{top[max(ups)]} ({titles[top[max(ups)]]})")
    if q.first is not None and top[:1] != [q.first]:
        problems.append(f"first must be {titles[q.first]!r}")
    if q.not_top2 and any(in_groups(i, q.not_top2) for i in top[:2]):
        problems.append(f"an accessory ({list(q.not_top2)}) in the top two")
    assert not problems, f"{q.query!r} [{setup}]: " + "; ".join(problems) + " || top5: " + \
        " | ".join(f"{i}: {titles[i]}" for i in top[:5])


def well_formed(shops: dict, queries: list[Q], colours: dict[str, str]) -> None:
    """The suite's own checks: shops of 30-50 items with unique ids and paths of 2-3 levels, no
    query twice, and a price query's expected first item the cheapest of its group in the query's
    colour (`colours`: the query's colour word -> how English titles write it)."""
    for name, shop in shops.items():
        rows = rows_of(shop)
        assert 30 <= len(rows) <= 50, (name, len(rows))
        assert len({r[0] for r in rows}) == len(rows), name
        assert all(2 <= r[2].count(" > ") + 1 <= 3 for r in rows), name
    assert len({(q.shop, q.query) for q in queries}) == len(queries)
    for q in queries:
        if q.form == "price":
            colour = next(w for w in q.query.split() if w in colours)
            rows = [r for r in rows_of(shops[q.shop]) if group(r[0]) == group(q.first)]
            matching = [r for r in rows if colour in r[1] or colours[colour] in r[1]]
            assert min(matching, key=lambda r: r[3])[0] == q.first, q.query
