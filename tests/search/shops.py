"""Small shops for the blind suites of query kinds: items written as (title, category path, price)
in named groups; an item's id is "<group>-<k>", so a ranking reads back as groups."""

from __future__ import annotations


def items(cat: str, *titles_prices) -> list[tuple[str, str, float]]:
    """Items of one category: (title, price) pairs."""
    return [(t, cat, float(p)) for t, p in titles_prices]


def each(*titles_cats_prices) -> list[tuple[str, str, float]]:
    """Items of their own categories: (title, category, price) triples."""
    return [(t, c, float(p)) for t, c, p in titles_cats_prices]


def rows_of(groups: dict[str, list[tuple[str, str, float]]]) -> list[tuple[str, str, str, float]]:
    """groups: name -> [(title, category path, price)] as catalogue rows (id, title, category, price)."""
    return [(f"{g}-{k}", title, cat, float(price))
            for g, its in groups.items() for k, (title, cat, price) in enumerate(its)]


def group(item_id: str) -> str:
    return item_id.rsplit("-", 1)[0]


def shown(top: list[str], rows, n: int = 5) -> list[str]:
    """The first `n` of a ranking with their titles, for an assertion's message."""
    titles = {r[0]: r[1] for r in rows}
    return [f"{i}: {titles[i]}" for i in top[:n]]
