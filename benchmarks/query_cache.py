"""Hit rate of the serving query-vector cache (`search.encoder.CachedEncoder`) on a realistic
query stream: the Home Depot search terms drawn with a Zipf law (shop traffic is head-heavy).

    .venv/bin/python -m benchmarks.query_cache [--exponent 1.0] [--searches 100000] [--seed 0]

The ranks are a seeded shuffle of the distinct queries; query r is drawn with probability
proportional to 1 / r**exponent. The cache is the shipped class with its shipped keying (model
name, whitespace collapsed), wrapped around a counting stand-in for the model: a hit rate does not
depend on the vectors, so nothing is embedded. The LRU starts cold; every search counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from search.encoder import DEFAULT_QUERY_CACHE, CachedEncoder

OUT = Path(__file__).resolve().parent / "out" / "query_cache.json"


class CountingModel:
    """A stand-in encoder: a constant unit vector per query, and a count of calls."""

    name, dim = "stand-in", 4

    def __init__(self):
        self.calls = 0

    def encode_queries(self, texts) -> np.ndarray:
        self.calls += len(texts)
        return np.tile(np.array([1.0, 0, 0, 0], dtype=np.float32), (len(texts), 1))


def zipf_stream(queries: list[str], n: int, *, exponent: float, seed: int) -> list[str]:
    """`n` queries drawn with P(rank r) ~ 1 / r**exponent over a seeded shuffle of `queries`."""
    rng = np.random.default_rng(seed)
    ranked = [queries[i] for i in rng.permutation(len(queries))]
    p = 1.0 / np.arange(1, len(ranked) + 1) ** exponent
    return [ranked[i] for i in rng.choice(len(ranked), size=n, p=p / p.sum())]


def hit_rate(stream: list[str], size: int) -> dict:
    model = CountingModel()
    cache = CachedEncoder(model, size=size)
    for q in stream:
        cache.encode_queries([q])
    return {"cache_size": size, "searches": len(stream), "hits": cache.hits, "embedded": model.calls,
            "hit_rate": round(cache.hits / len(stream), 4)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exponent", type=float, default=1.0)
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", default=f"1000,{DEFAULT_QUERY_CACHE},100000")
    args = parser.parse_args(argv)
    from benchmarks.adapters import load_home_depot_judgements

    queries = sorted(set(load_home_depot_judgements()["search_term"]))
    rows = []
    for seed in (args.seed, args.seed + 1, args.seed + 2):
        stream = zipf_stream(queries, args.searches, exponent=args.exponent, seed=seed)
        rows += [{"seed": seed, **hit_rate(stream, int(s))} for s in args.sizes.split(",")]
    print(f"{len(queries):,} distinct Home Depot queries, Zipf exponent {args.exponent}, "
          f"{args.searches:,} searches, 3 seeds; default cache size {DEFAULT_QUERY_CACHE:,}")
    print(f"{'cache size':>10} {'hit rate (mean of 3 seeds)':>28} {'min':>7} {'max':>7}")
    for size in args.sizes.split(","):
        rates = [r["hit_rate"] for r in rows if r["cache_size"] == int(size)]
        print(f"{int(size):>10,} {np.mean(rates):>28.1%} {min(rates):>7.1%} {max(rates):>7.1%}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"queries": len(queries), "exponent": args.exponent, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
