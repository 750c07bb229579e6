"""The demo shop's own shopper queries, through the product: does the top of each answer hold the
kind of product the query was written for?

    python -m benchmarks.demo_queries [--top 3] [--show-failures]

The synthetic shop (`demo.synthetic`, the catalogue `make demo` serves) is written to a temporary
home, `kaiyu import catalog`, `kaiyu train` (defaults; no events, so no search learning) and
`kaiyu serve`; then every literal query of every product kind (`demo.kinds`: the English
`queries` and the Japanese `queries_ja`, those without a `{template}`) is searched over HTTP
(`GET /v1/search?limit=TOP`). A query passes when its top `TOP` results are all items of its kind
(category and product type), or all such items when the kind has fewer; a query written for
several kinds ("shoes": women's and men's) passes with items of any of them. A kind with no title in
the query's language is left out: a Japanese query cannot be asked to find products whose titles
are all English (the dense side, English-only, stands aside for Japanese queries).

A check of query understanding on the shop the project ships, not a relevance figure: the queries
were written with the shop, and the same person wrote both. Printed per language: queries
checked, passed, and the failures with what came first.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

from benchmarks.http_client import kaiyu, serving
from benchmarks.search_http import search_over_http

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def cases(items: list[dict]) -> list[tuple[str, str, str, set[str]]]:
    """(language, query, kind, the ids of the kind's items titled in that language). A query the
    shop writes for several kinds ("shoes" for women's and men's) is one case, its kinds joined:
    any of them is a right answer."""
    from demo.kinds import TYPES

    by_query: dict[tuple[str, str], tuple[list[str], set[str]]] = {}
    for t in TYPES:
        mine = [i for i in items if i.get("category") == t.category
                and (i.get("attributes") or {}).get("product_type") == t.product_type]
        for lang, queries in (("en", t.queries), ("ja", t.queries_ja)):
            want = {i["item_id"] for i in mine if bool(JAPANESE.search(i["title"])) == (lang == "ja")}
            for q in queries:
                if "{" not in q and want:
                    kinds, ids = by_query.setdefault((lang, q), ([], set()))
                    kinds.append(t.key)
                    ids |= want
    return [(lang, q, "+".join(kinds), ids) for (lang, q), (kinds, ids) in by_query.items()]


def main(argv: list[str] | None = None) -> None:
    from demo.synthetic import write_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kaiyu-demo-queries-") as tmp:
        home = Path(tmp) / "home"
        catalog, _events = write_store(Path(tmp) / "files")
        items = [json.loads(line) for line in catalog.read_text(encoding="utf-8").splitlines() if line.strip()]
        checks = cases(items)  # the rows imported, read back: one generation of the shop
        title = {i["item_id"]: i["title"] for i in items}
        kaiyu(home, "import", "catalog", str(catalog), "--progress", "off")
        kaiyu(home, "train")
        with serving(home) as base:
            runs, lat = search_over_http(base, sorted({q for _, q, _, _ in checks}), args.top)
    tally: dict[str, list[int]] = {}
    failures = []
    for lang, q, kind, want in checks:
        top = runs[q][:min(args.top, len(want))]  # a kind with fewer items: those items first
        ok = len(top) == min(args.top, len(want)) and all(i in want for i in top)
        tally.setdefault(lang, [0, 0])[0] += 1
        tally[lang][1] += ok
        if not ok:
            failures.append(f"  [{lang}] {q!r} ({kind}, {len(want)} items): {[title[i] for i in runs[q][:args.top]]}")
    for lang, (n, passed) in sorted(tally.items()):
        print(f"{lang}: {passed} of {n} queries have only their kind in the top {args.top}")
    if args.show_failures:
        print("\n".join(failures))
    print(f"{len(lat)} searches over HTTP; whole check {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
