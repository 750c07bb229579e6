"""Search analytics for the dashboard, joined through the search ids: per query (folded), the
searches, the click-through rate (searches with at least one attributed click over searches),
the mean 1-based position of the clicks, the searches that found nothing, and the share of the
first results shown that are out of stock now.

Pure functions over `Store.impressions(kind="search")` and `Store.attributed_events()` rows and
an item -> in-stock lookup; `api.measurement` reads them for `/v1/admin/search-analytics`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterable, Mapping

from store.suggestions import epoch_seconds
from store.tables import search_query_key

STOCK_DEPTH = 10  # the first results whose stock counts (what a shopper sees)
MOSTLY_OUT = 0.5  # above this share out of stock, a query is listed as mostly out of stock


def query_report(impressions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]],
                 in_stock: Callable[[list[str]], Mapping[str, bool]], *, limit: int = 20,
                 min_searches: int = 1) -> dict[str, list[dict[str, Any]]]:
    """`{"queries", "no_click", "no_result", "mostly_out_of_stock"}`, each a list of per-query
    rows `{"query", "searches", "zero_result_searches", "clicked_searches", "ctr",
    "mean_click_position", "out_of_stock_share"}`, most searched first."""
    clicks: dict[str, list[int | None]] = {}
    for event in events:
        if event.get("type") == "click" and event.get("search_id"):
            clicks.setdefault(event["search_id"], []).append(event.get("position"))
    rows: dict[str, dict[str, Any]] = {}
    texts: dict[str, Counter[str]] = {}
    for imp in impressions:
        key = search_query_key(str(imp.get("query") or ""))
        if not key:
            continue
        row = rows.setdefault(key, {"searches": 0, "zero": 0, "clicked": 0, "positions": [], "latest": (-1.0, [])})
        texts.setdefault(key, Counter())[" ".join(str(imp["query"]).split())] += 1
        items = list(imp.get("items") or [])
        row["searches"] += 1
        row["zero"] += not items and not imp.get("offset")
        ts = epoch_seconds(imp.get("ts"))
        if items and not imp.get("offset") and ts >= row["latest"][0]:
            row["latest"] = (ts, items[:STOCK_DEPTH])
        positions = clicks.get(imp.get("id"), [])
        row["clicked"] += bool(positions)
        row["positions"] += [p for p in positions if isinstance(p, int) and p >= 1]
    shown = {i for row in rows.values() for i in row["latest"][1]}
    stock = in_stock(sorted(shown)) if shown else {}
    out = []
    for key, row in rows.items():
        latest = row["latest"][1]
        known = [stock[i] for i in latest if i in stock]
        out.append({"query": texts[key].most_common(1)[0][0], "searches": row["searches"],
                    "zero_result_searches": row["zero"], "clicked_searches": row["clicked"],
                    "ctr": round(row["clicked"] / row["searches"], 4),
                    "mean_click_position": round(sum(row["positions"]) / len(row["positions"]), 2) if row["positions"] else None,
                    "out_of_stock_share": round(known.count(False) / len(known), 4) if known else None})
    out = [r for r in out if r["searches"] >= min_searches]
    out.sort(key=lambda r: (-r["searches"], r["query"]))
    return {"queries": out[:limit],
            "no_click": [r for r in out if r["clicked_searches"] == 0 and r["zero_result_searches"] < r["searches"]][:limit],
            "no_result": [r for r in out if r["zero_result_searches"] > 0][:limit],
            "mostly_out_of_stock": [r for r in out if (r["out_of_stock_share"] or 0) > MOSTLY_OUT][:limit]}
