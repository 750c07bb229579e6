"""The one search read-out the search log's own (`Store.query_attribution`, `no_click_queries`,
`zero_result_queries`) lacks: queries whose results are mostly out of stock.

For each query (folded), the newest first-page impression's first `STOCK_DEPTH` items (what a
shopper sees now) are looked up in the catalogue as it stands; a query is listed when more than
`MOSTLY_OUT` of them are out of stock. A pure function over `Store.impressions(kind="search")`
rows and an item -> in-stock lookup.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from store.suggestions import epoch_seconds
from store.tables import search_query_key

STOCK_DEPTH = 10
MOSTLY_OUT = 0.5


def out_of_stock_queries(impressions: Iterable[Mapping[str, Any]], in_stock: Callable[[list[str]], Mapping[str, bool]],
                         *, limit: int = 20, threshold: float = MOSTLY_OUT) -> list[dict[str, Any]]:
    """`{"query", "searches", "shown", "out_of_stock", "out_of_stock_share"}` for the queries over
    `threshold`, the most searched first (items no longer in the catalogue are not counted)."""
    searches: dict[str, int] = {}
    newest: dict[str, tuple[float, list[str]]] = {}
    for imp in impressions:
        key = search_query_key(str(imp.get("query") or ""))
        if not key:
            continue
        searches[key] = searches.get(key, 0) + 1
        items, ts = list(imp.get("items") or [])[:STOCK_DEPTH], epoch_seconds(imp.get("ts"))
        if items and not imp.get("offset") and ts >= newest.get(key, (-1.0, []))[0]:
            newest[key] = (ts, items)
    shown = sorted({i for _, items in newest.values() for i in items})
    stock = in_stock(shown) if shown else {}
    out = []
    for key, (_, items) in newest.items():
        known = [stock[i] for i in items if i in stock]
        out_count = known.count(False)
        if known and out_count / len(known) > threshold:
            out.append({"query": key, "searches": searches[key], "shown": len(known), "out_of_stock": out_count,
                         "out_of_stock_share": round(out_count / len(known), 4)})
    out.sort(key=lambda r: (-r["searches"], r["query"]))
    return out[:limit]
