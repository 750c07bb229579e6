"""What merchandising rules cost a request: p50/p99 of `RuleSet.apply` with 0 and with 1,000 rules.

    .venv/bin/python -m benchmarks.rules_cost [--items 54667] [--rules 1000] [--candidates 1000]
    .venv/bin/python -m benchmarks.rules_cost --http        # also GET /v1/search through `kaiyu serve`

Synthetic, so it needs no data: a catalogue the size of Home Depot's (54,667 items: brands, a
three-level category tree, a multi-valued attribute, prices, stock, creation times), rules of
every trigger and action kind (exact and contains queries, Japanese contains, category pages,
scenarios; pins, hides, boosts and buries on every condition field, redirects), and requests
drawn from the rules' own words so that many of them fire rules. Each request reranks a list of
`--candidates` items, the depth a search reranks, three ways: as `GET /v1/search` calls it
(`RuleSet.rerank`: search's rows in, the whole reordered list of rows out, the hook in
`SearchEngine.search`), with positions given and the first `--page` items materialised, and the
slowest way (item ids only, each looked up in the catalogue's dict, and the whole list returned:
what recommendations call, on 50 items rather than 1,000). Rules are found through indexes
(exact query -> rules, a word -> `contains` rules, a Japanese bigram -> rules, category path,
scenario), never a scan of all rules. In-process, not over HTTP: the rules' cost is this
call; the HTTP path adds the same call once per search.
That stream is the worst case (every request is made of rule words). A second row is a shop's
stream: the Home Depot search terms drawn by a seeded Zipf(1.0) law (`benchmarks.query_cache`'s
draw), against 1,000 rules written over that vocabulary (exact triggers on queries drawn by the
same law, as a merchandiser writes rules for the queries shoppers type; `contains` triggers on
words drawn by their frequency in that stream; category pages), on the same synthetic catalogue.
`--http` adds the end-to-end row (`benchmarks.rules_cost_http`): `kaiyu serve` with 0 and then
1,000 rules, the same Zipf stream of `GET /v1/search`, the p99 difference.
Also prints the one-off compile time. Wall time counts the moments a busy machine takes the
thread off the CPU; the thread's CPU time (`time.thread_time`) does not, so it is the figure to
read on a shared machine.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone

import numpy as np

from store.columns import ItemColumns
from store.merch import Catalogue, Context, RuleSet

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)
JAPANESE = ["ソファ", "テーブル", "照明", "ラグ", "チェア", "収納", "ベッド", "カーテン", "北欧", "木製"]


def catalogue(n: int, rng: random.Random) -> Catalogue:
    items = [{"brand": f"brand{rng.randrange(300)}",
              "category": f"dept{rng.randrange(12)} > aisle{rng.randrange(8)} > shelf{rng.randrange(6)}",
              "price": round(rng.lognormvariate(4, 1), 2), "in_stock": rng.random() < 0.9,
              "attributes": {"material": rng.sample(["oak", "pine", "steel", "leather", "cotton", "glass"], 2)}}
             for _ in range(n)]
    created = np.array([(NOW - timedelta(days=rng.randrange(1000))).timestamp() for _ in range(n)])
    return Catalogue([f"item{k}" for k in range(n)], ItemColumns.from_items(items), created)


def condition(rng: random.Random) -> dict:
    kind = rng.randrange(6)
    return [{"brand": [f"brand{rng.randrange(300)}"]},
            {"category": [f"dept{rng.randrange(12)} > aisle{rng.randrange(8)}"]},
            {"attributes": {"material": ["leather"]}},
            {"min_price": 20, "max_price": rng.choice([80, 200])},
            {"in_stock": False},
            {"new_since": (NOW - timedelta(days=rng.randrange(30, 300))).isoformat()}][kind]


def trigger(rng: random.Random, vocabulary: list[str]) -> dict:
    kind = rng.random()
    if kind < 0.35:
        return {"query": " ".join(rng.sample(vocabulary, rng.randint(1, 2))), "match": "contains"}
    if kind < 0.6:
        return {"query": " ".join(rng.sample(vocabulary, rng.randint(1, 3)))}
    if kind < 0.7:
        return {"query": rng.choice(JAPANESE), "match": "contains"}
    if kind < 0.9:
        return {"category": f"dept{rng.randrange(12)} > aisle{rng.randrange(8)}"}
    return {"scenario": rng.choice(["for-you", "similar", "*"])}


def shop_trigger(rng: random.Random, queries: list[str], weights: np.ndarray, shop_words: list[str],
                 word_weights: np.ndarray) -> dict:
    """A trigger a merchandiser writes for a shop's traffic: an exact query, a `contains` of one
    or two frequent words, or a category page (the queries and words drawn by their frequency)."""
    kind = rng.random()
    if kind < 0.45:
        return {"query": queries[_draw(rng, weights)]}
    if kind < 0.9:
        picked = {shop_words[_draw(rng, word_weights)] for _ in range(rng.randint(1, 2))}
        return {"query": " ".join(sorted(picked)), "match": "contains"}
    return {"category": f"dept{rng.randrange(12)} > aisle{rng.randrange(8)}"}


def _draw(rng: random.Random, cumulative: np.ndarray) -> int:
    return min(int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right")), len(cumulative) - 1)


def rules(count: int, n_items: int, rng: random.Random, vocabulary: list[str], make_trigger=None) -> list[dict]:
    out = []
    for k in range(count):
        made = make_trigger(rng) if make_trigger else trigger(rng, vocabulary)
        rule = {"id": f"rule{k}", "priority": rng.randrange(5), "trigger": made,
                "pins": [{"item_id": f"item{rng.randrange(n_items)}", "position": rng.randint(1, 10)}
                         for _ in range(rng.randrange(3))],
                "hide": [f"item{rng.randrange(n_items)}" for _ in range(rng.randrange(3))],
                "boosts": [{"when": condition(rng), "factor": rng.choice([0.2, 0.5, 2.0, 5.0])}
                           for _ in range(rng.randint(1, 2))]}
        if "scenario" in rule["trigger"]:
            rule["pins"] = []  # recommendation rules boost, bury and hide
        if rng.random() < 0.05:
            rule["hide_when"] = condition(rng)
        if rng.random() < 0.02 and "scenario" not in rule["trigger"]:
            rule["redirect"] = f"/landing/{k}"
        if rng.random() < 0.2:
            rule["ends_at"] = (NOW - timedelta(days=1)).isoformat()  # expired: indexed, never live
        out.append(rule)
    return out


def requests(count: int, rng: random.Random, vocabulary: list[str]) -> list[Context]:
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.7:
            query = " ".join(rng.choices(vocabulary, k=rng.randint(1, 4)))
            out.append(Context(query=query, category=f"dept{rng.randrange(12)}" if rng.random() < 0.2 else None))
        elif kind < 0.8:
            out.append(Context(query=rng.choice(JAPANESE[:5]) + rng.choice(JAPANESE[5:])))
        elif kind < 0.9:
            out.append(Context(category=f"dept{rng.randrange(12)} > aisle{rng.randrange(8)} > shelf1"))
        else:
            out.append(Context(scenario=rng.choice(["for-you", "similar", "trending"])))
    return out


BUCKETS = ((0, 0), (1, 5), (6, 20), (21, 10_000))


def shop_stream(count: int, seed: int) -> tuple[list[Context], object]:
    """Home Depot search terms drawn by Zipf(1.0) as contexts, and a trigger maker over them."""
    from benchmarks.adapters import load_home_depot_judgements
    from benchmarks.query_cache import zipf_stream
    from store.synonyms import words

    queries = sorted(set(load_home_depot_judgements()["search_term"]))
    drawn = zipf_stream(queries, count + 100_000, exponent=1.0, seed=seed)  # one law, one ranking
    stream = drawn[:count]
    counts: dict[str, int] = {}  # what the rules are written over: the rest of the draw
    frequency: dict[str, int] = {}
    for q in drawn[count:]:
        counts[q] = counts.get(q, 0) + 1
        for w in words(q):
            frequency[w] = frequency.get(w, 0) + 1
    ranked_q, ranked_w = sorted(counts), sorted(frequency)
    cum_q = np.cumsum([counts[q] for q in ranked_q], dtype=np.float64)
    cum_w = np.cumsum([frequency[w] for w in ranked_w], dtype=np.float64)
    return [Context(query=q) for q in stream], lambda rng: shop_trigger(rng, ranked_q, cum_q, ranked_w, cum_w)


def measure(ruleset: RuleSet, contexts: list[Context], n_items: int, depth: int, rng: random.Random,
            page: int | None) -> dict:
    """Wall and thread-CPU milliseconds per request, over all requests and by how many live
    rules each request triggered (the cost grows with those, not with the rules defined)."""
    wall, cpu, live = [], [], []
    scores = np.sort(np.random.default_rng(0).random(depth))[::-1]
    for k, context in enumerate(contexts):
        positions = np.array(rng.sample(range(n_items), depth))
        ids = [f"item{i}" for i in positions]
        start, start_cpu = time.perf_counter(), time.thread_time()
        if page == "rerank":
            ruleset.rerank(positions, scores, context, now=NOW)
        else:
            ruleset.apply(ids, scores, context, now=NOW, positions=None if page is None else positions, limit=page)
        elapsed, elapsed_cpu = time.perf_counter() - start, time.thread_time() - start_cpu
        if k >= 100:  # the first 100 warm caches
            wall.append(elapsed * 1000)
            cpu.append(elapsed_cpu * 1000)
            live.append(len(ruleset.select(context, NOW)))
    wall, cpu, live = np.array(wall), np.array(cpu), np.array(live)
    out = {"all": _percentiles(wall, cpu)}
    for low, high in BUCKETS:
        inside = (live >= low) & (live <= high)
        if inside.any():
            out[f"{low}-{high} live"] = _percentiles(wall[inside], cpu[inside])
    return out


def _percentiles(wall: np.ndarray, cpu: np.ndarray) -> str:
    return (f"{len(wall):>5} requests: wall p50 {np.percentile(wall, 50):.3f} p99 {np.percentile(wall, 99):.3f} ms, "
            f"CPU p50 {np.percentile(cpu, 50):.3f} p99 {np.percentile(cpu, 99):.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=54_667)
    parser.add_argument("--rules", type=int, default=1_000)
    parser.add_argument("--candidates", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--page", type=int, default=100, help="items a response materialises")
    parser.add_argument("--sizes", default=None, help="rule counts to compare, e.g. 0,1000 (default 0 and --rules)")
    parser.add_argument("--no-shop", action="store_true", help="skip the Home Depot Zipf row")
    parser.add_argument("--http", action="store_true", help="also measure GET /v1/search through kaiyu serve")
    parser.add_argument("--only-http", action="store_true", help="only the HTTP row")
    parser.add_argument("--http-items", type=int, default=10_000, help="Home Depot products the server holds")
    parser.add_argument("--http-searches", type=int, default=2_000)
    args = parser.parse_args()
    if args.only_http:
        from benchmarks.rules_cost_http import run

        run(rules_count=args.rules, items=args.http_items, searches=args.http_searches)
        return
    rng = random.Random(19)
    vocabulary = [f"w{k}" for k in range(400)]
    shop = catalogue(args.items, rng)
    contexts = requests(args.requests, rng, vocabulary)
    for count in ([int(c) for c in args.sizes.split(",")] if args.sizes else (0, args.rules)):
        start = time.perf_counter()
        ruleset = RuleSet(rules(count, args.items, rng, vocabulary), shop, version=1)
        compiled = time.perf_counter() - start
        print(f"{count} rules on {args.items} items (compiled in {compiled:.2f} s), {args.candidates} candidates:")
        for page in ("rerank", args.page, None):
            result = measure(ruleset, contexts, args.items, args.candidates, random.Random(7), page)
            label = {"rerank": "search's rerank", None: "ids, whole list"}.get(page, "positions, page")
            for name, line in result.items():
                print(f"  {label:<16} {name:<14} {line}")
    if not args.no_shop:
        shop_contexts, make_trigger = shop_stream(args.requests, seed=0)
        for count in ([int(c) for c in args.sizes.split(",")] if args.sizes else (0, args.rules)):
            ruleset = RuleSet(rules(count, args.items, random.Random(29), [], make_trigger), shop, version=1)
            print(f"{count} rules over the Home Depot queries, those queries by Zipf(1.0), search's rerank of "
                  f"{args.candidates} candidates (synthetic catalogue):")
            for name, line in measure(ruleset, shop_contexts, args.items, args.candidates, random.Random(7),
                                      "rerank").items():
                print(f"  {'Zipf HD queries':<16} {name:<14} {line}")
    if args.http:
        from benchmarks.rules_cost_http import run

        run(rules_count=args.rules, items=args.http_items, searches=args.http_searches)

if __name__ == "__main__":
    main()
