"""Kaiyu search on the Home Depot relevance data, beside same-run baselines.

    python -m benchmarks.search_home_depot                  # evaluate (embeddings cached under benchmarks/out/)
    python -m benchmarks.search_home_depot --cold-build     # also time a first build with an empty cache
    python -m benchmarks.search_home_depot --tune           # coordinate search of ranking weights (fit part; not shipped)
    python -m benchmarks.search_home_depot --learned        # + learned mode: clicks replayed from the tuning half
    python -m benchmarks.search_home_depot --row-order 1,2,3  # + the engine built from shuffled product files

Protocol (../shared/data/README.md): index the whole catalogue (54,667 titles); queries with at
least 3 judged products of differing grades; each engine's top 100, condensed to the judged
products; NDCG@10 with gain = relevance - 1, the ideal from all judged products. The dev queries
are split deterministically (`benchmarks.adapters.split_home_depot_queries`, fraction 0.5, seed 0)
into a tuning half and a check half; the tuning half is split again (fraction 0.5, seed 1) into a
fit part and a validation part, and design choices are read off the validation part only.

The engine is `SearchConfig()` as it ships (what `kaiyu train` builds), in-process; the same
through `kaiyu import` / `train` / `serve` over HTTP is `benchmarks.search_http`.

Baselines: BM25 (bm25s, English stemmer, stopwords), dense all-MiniLM-L6-v2 with exact inner
product, and reciprocal-rank fusion (k=60) of the two.

Learned mode (`--learned`): the tuning half's judgements replayed as search clicks
(`benchmarks.adapters.home_depot(..., queries=tuning half)`: round((relevance - 1) * 2) clicks per
judged product), learned from with `search.learning.learn` (fine-tuned MiniLM, query adapter,
ranker, click memory, shoppers' words; it holds back 20 % of those queries to decide what to keep,
then refits what it keeps on every query), and evaluated on the check half, whose queries it never
saw. About 33 minutes on 2 cores, most of it fine-tuning (twice).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from store.metrics import ndcg

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("KAIYU_SHARED_DATA", REPO.parent / "shared" / "data")) / "home-depot"
OUT = REPO / "benchmarks" / "out"
TOP = 100

# The validation split inside the tuning half: design choices (settings, rules) are made on it,
# never on the check half, which is scored once per finished change.
VALIDATION = {"fraction": 0.5, "seed": 1}


def load_data(data_dir: Path = DATA):
    with open(data_dir / "products.csv", encoding="utf-8", newline="") as fh:
        products = [(r["product_uid"], r["product_title"]) for r in csv.DictReader(fh)]
    judged: dict[str, dict[str, float]] = defaultdict(dict)
    with open(data_dir / "judgements_dev.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            judged[r["search_term"]][r["product_uid"]] = float(r["relevance"])
    queries = {q: j for q, j in judged.items() if len(j) >= 3 and len(set(j.values())) > 1}
    return products, queries


def split(queries: dict) -> tuple[list[str], list[str]]:
    from benchmarks.adapters import split_home_depot_queries

    tune, check = split_home_depot_queries(list(queries), 0.5, 0)
    return tune, check


def validation_split(tune_q: list[str]) -> tuple[list[str], list[str]]:
    """(fit, validation): the tuning half split again; choices are read off the validation part."""
    from benchmarks.adapters import split_home_depot_queries

    return split_home_depot_queries(tune_q, VALIDATION["fraction"], VALIDATION["seed"])


def ndcg10(ranked: list[str], judged: dict[str, float]) -> float:
    """The protocol's condensed NDCG@10: unjudged products dropped, gain = relevance - 1."""
    return ndcg([judged[p] - 1.0 for p in ranked if p in judged], [g - 1.0 for g in judged.values()], 10)


def mean_ndcg(runs: dict[str, list[str]], queries: dict, subset: list[str]) -> float:
    return float(np.mean([ndcg10(runs[q], queries[q]) for q in subset]))


def catalog_of(products):
    from store.db import Catalog

    n = len(products)
    none = np.array([None] * n, dtype=object)
    return Catalog(item_ids=np.array([p for p, _ in products], dtype=object),
                   titles=np.array([t for _, t in products], dtype=object), descriptions=none,
                   categories=none, brands=none, prices=np.full(n, np.nan), in_stock=np.ones(n, dtype=bool),
                   attributes=[{} for _ in range(n)])


class QueryMemo:
    """The encoder with remembered query vectors: tuning re-ranks the same queries many times."""

    def __init__(self, encoder):
        self.encoder, self.name, self.memo = encoder, encoder.name, {}

    def encode_queries(self, texts):
        texts = list(texts)
        missing = [t for t in texts if t not in self.memo]
        if missing:
            for t, v in zip(missing, self.encoder.encode_queries(missing)):
                self.memo[t] = v
        return np.stack([self.memo[t] for t in texts])

    def encode_products(self, texts, **kw):
        return self.encoder.encode_products(texts, **kw)


def baselines(products, queries, qlist, encoder, cache_dir):
    import bm25s
    import Stemmer

    from search.cache import EmbeddingCache

    ids = np.array([p for p, _ in products])
    titles = [t for _, t in products]
    stemmer = Stemmer.Stemmer("english")
    bm25 = bm25s.BM25()
    bm25.index(bm25s.tokenize(titles, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)
    docs, _ = bm25.retrieve(bm25s.tokenize(qlist, stopwords="en", stemmer=stemmer, show_progress=False),
                            k=TOP, show_progress=False, n_threads=1)
    lexical = {q: ids[d].tolist() for q, d in zip(qlist, docs)}
    vectors, _ = EmbeddingCache(cache_dir, encoder.name).encode(titles, encoder.encode_products)
    qv = encoder.encode_queries(qlist)
    dense = {}
    for start in range(0, len(qlist), 256):
        sims = qv[start:start + 256] @ vectors.T
        top = np.argpartition(-sims, TOP, axis=1)[:, :TOP]
        for q, row, cand in zip(qlist[start:start + 256], sims, top):
            dense[q] = ids[cand[np.argsort(-row[cand])]].tolist()
    fused = {}
    for q in qlist:
        score: dict[str, float] = defaultdict(float)
        for run in (lexical[q], dense[q]):
            for rank, p in enumerate(run):
                score[p] += 1.0 / (60 + rank + 1)
        fused[q] = sorted(score, key=lambda p: -score[p])[:TOP]
    return {"BM25 (bm25s)": lexical, "dense MiniLM (exact IP)": dense, "RRF(k=60) BM25+dense": fused}


def kaiyu_runs(engine, qlist) -> dict[str, list[str]]:
    return {q: [it["item_id"] for it in engine.search(q, limit=TOP)["items"]] for q in qlist}


def build_engine(products, encoder, cache_dir, config):
    from search.engine import SearchEngine

    t = time.perf_counter()
    engine = SearchEngine.build(catalog_of(products), encoder=encoder, cache_dir=cache_dir, config=config)
    return engine, time.perf_counter() - t


def latency(engine, qlist, n=1000) -> tuple[float, float]:
    if n <= 0:
        return float("nan"), float("nan")
    for q in qlist[-20:]:  # warm up (first calls allocate)
        engine.search(q, limit=10)
    times = []
    for q in qlist[:n]:
        t = time.perf_counter()
        engine.search(q, limit=10)
        times.append(time.perf_counter() - t)
    times = np.array(times) * 1000
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


def tune(engine, queries, tune_q) -> dict:
    """Coordinate search over the ranking weights on the fit part of the tuning half (the
    validation part says whether the result carries)."""
    from search.config import SearchConfig

    grid = {
        "w_dense": [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0],
        "w_rrf": [0.0, 0.1, 0.2, 0.4],
        "w_type": [0.0, 0.05, 0.1, 0.2, 0.3],
        "w_modifier": [0.0, 0.05, 0.1, 0.2],
        "w_coverage": [0.0, 0.1, 0.2, 0.3, 0.5],
        "w_attribute": [0.0, 0.1],
        "w_phrase": [0.0, 0.05, 0.1, 0.2],
    }
    best = dict(engine.config.to_dict())
    engine.config = SearchConfig.from_dict(best)
    best_score = mean_ndcg(kaiyu_runs(engine, tune_q), queries, tune_q)
    print(f"start {best_score:.4f}", flush=True)
    for _round in range(2):
        for key, values in grid.items():
            for v in values:
                if v == best[key]:
                    continue
                engine.config = SearchConfig.from_dict({**best, key: v})
                s = mean_ndcg(kaiyu_runs(engine, tune_q), queries, tune_q)
                if s > best_score + 1e-4:
                    best, best_score = {**best, key: v}, s
                    print(f"  {key}={v}: {s:.4f}", flush=True)
    engine.config = SearchConfig.from_dict(best)
    return {k: best[k] for k in grid}


def fusion_grid(engine, queries, fit_q, val_q) -> list[tuple]:
    """The shipped fusion defaults' grid (the floor's background quantile, w_rrf, w_lexical),
    each scored on the fit and the validation parts: the defaults are the fit part's best,
    kept only where the validation part agrees (2026-11-29: 0.9 / 1.6 / 0.6)."""
    import itertools

    from search.config import SearchConfig
    from search.retrieval import background_similarity

    base = engine.config.to_dict()
    vectors = np.asarray(engine.vectors, dtype=np.float32)
    floors = {q: round(background_similarity(vectors, q), 4) for q in (0.99, 0.95, 0.9)}
    rows = []
    for q, rrf, lex in itertools.product(floors, (0.4, 0.8, 1.2, 1.6, 2.4), (0.6, 0.9, 1.2)):
        engine.config = SearchConfig.from_dict({**base, "dense_background_quantile": q,
                                                "dense_min_similarity": floors[q], "w_rrf": rrf, "w_lexical": lex})
        fit, val = (mean_ndcg(kaiyu_runs(engine, part), queries, part) for part in (fit_q, val_q))
        rows.append((q, rrf, lex, fit, val))
        print(f"  quantile {q} (cosine {floors[q]}) w_rrf {rrf} w_lexical {lex}: fit {fit:.4f} validation {val:.4f}",
              flush=True)
    engine.config = SearchConfig.from_dict(base)
    best = max(rows, key=lambda r: r[3])
    print(f"best on the fit part: quantile {best[0]}, w_rrf {best[1]}, w_lexical {best[2]} "
          f"(fit {best[3]:.4f}, validation {best[4]:.4f})")
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DATA)
    parser.add_argument("--cache-dir", type=Path, default=OUT / "embeddings", help="embedding cache")
    parser.add_argument("--cold-build", action="store_true", help="also time a build with an empty embedding cache")
    parser.add_argument("--tune", action="store_true", help="search ranking weights on the tuning half")
    parser.add_argument("--latency-queries", type=int, default=1000)
    parser.add_argument("--fusion-grid", action="store_true",
                        help="score the fusion defaults' grid on the fit and validation parts (how they were chosen)")
    parser.add_argument("--learned", action="store_true",
                        help="also learn from the tuning half's judgements replayed as clicks; evaluate on the check half")
    parser.add_argument("--row-order", default="",
                        help="seeds: also build from the products shuffled with each seed and report the fit and "
                             "validation parts (a ranking must not depend on the order of the catalogue file)")
    parser.add_argument("--learn-budget", type=float, default=2400.0,
                        help="time budget of learning (s): fine-tuning MiniLM and re-embedding 54,667 titles take most of it")
    args = parser.parse_args(argv)
    if not (args.data_dir / "products.csv").exists():
        raise SystemExit(f"no Home Depot data in {args.data_dir}: see ../shared/data/README.md")

    from search.config import SearchConfig
    from search.encoder import Encoder

    products, queries = load_data(args.data_dir)
    tune_q, check_q = split(queries)
    print(f"{len(products):,} products; {len(queries):,} queries ({len(tune_q):,} tuning, {len(check_q):,} check)")
    encoder = Encoder()
    config = SearchConfig()  # what ships: no override

    if args.cold_build:
        cold_dir = Path(tempfile.mkdtemp(prefix="kaiyu-cold-", dir=OUT))
        try:
            _, cold = build_engine(products, encoder, cold_dir, config)
        finally:
            shutil.rmtree(cold_dir, ignore_errors=True)
        print(f"build, empty embedding cache: {cold:.1f} s")
    engine, warm = build_engine(products, encoder, args.cache_dir, config)
    print(f"build, embedding cache warm: {warm:.1f} s  (embedded {engine.build_info['embedded']}; "
          f"{engine.build_info['seconds']}; dense index {engine.build_info['dense_factory']})")

    all_q = tune_q + check_q
    t = time.perf_counter()
    runs = baselines(products, queries, all_q, encoder, args.cache_dir)
    print(f"baselines: {time.perf_counter() - t:.1f} s")
    p50, p99 = latency(engine, check_q, args.latency_queries)
    fit_q, val_q = validation_split(tune_q)
    runs["Kaiyu, shipped defaults (in-process)"] = kaiyu_runs(engine, all_q)
    if args.fusion_grid:
        engine.encoder = QueryMemo(encoder)
        fusion_grid(engine, queries, fit_q, val_q)
        engine.encoder = encoder
    if args.tune:
        shipped = engine.config
        engine.encoder = QueryMemo(encoder)
        print("tuned on the fit part (not shipped):", json.dumps(tune(engine, queries, fit_q)))
        engine.encoder = encoder
        runs["Kaiyu, weights tuned on the fit part (not shipped)"] = kaiyu_runs(engine, all_q)
        engine.config = shipped
    for seed in [int(x) for x in args.row_order.split(",") if x.strip()]:
        shuffled = list(products)
        random.Random(seed).shuffle(shuffled)
        other, _ = build_engine(shuffled, encoder, args.cache_dir, config)
        print(f"products shuffled (seed {seed}): validation {mean_ndcg(kaiyu_runs(other, val_q), queries, val_q):.4f}, "
              f"fit {mean_ndcg(kaiyu_runs(other, fit_q), queries, fit_q):.4f}")
    learned = None
    if args.learned:
        learned = learned_mode(engine, args, tune_q)
        runs["Kaiyu, learned (tuning clicks)"] = kaiyu_runs(engine, all_q)
        learned["latency"] = latency(engine, check_q, args.latency_queries)

    print(f"\nNDCG@10 (top {TOP}, condensed to judged; gain = relevance - 1)")
    print(f"{'engine':<52}{'validation':>11}{'tuning half':>12}{'check half':>12}")
    for name, run in runs.items():
        print(f"{name:<52}{mean_ndcg(run, queries, val_q):>11.4f}{mean_ndcg(run, queries, tune_q):>12.4f}"
              f"{mean_ndcg(run, queries, check_q):>12.4f}")
    print("(validation: the part of the tuning half that choices are read off; the check half is scored, never tuned on)")
    if learned is not None:
        print("(the learned row's tuning half is in-sample: it learned from those queries' clicks)")
    print(f"\nKaiyu in-process search latency (limit 10, query embedding included, "
          f"{min(args.latency_queries, len(check_q))} check queries): p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    if learned is not None:
        r = learned["report"]
        print(f"learned mode: {r.get('events', 0):,} click events over {r.get('queries', 0):,} tuning queries; "
              f"learning {learned['seconds']:.1f} s (replay {learned['replay_s']:.1f} s); chose {r.get('chosen')}")
        ft = r.get("fine_tune") or {}
        if ft.get("skipped"):
            print("  fine-tuning skipped:", ft["skipped"])
        elif ft:
            print(f"  fine-tuned MiniLM: {ft.get('pairs', 0):,} pairs, {ft.get('steps', 0)} steps "
                  f"({ft.get('epochs', 0)} epochs) in {ft.get('seconds', 0):.0f} s, stopped: {ft.get('stopped')}; "
                  f"catalogue re-embedded in {ft.get('reembed_s', 0):.0f} s; kept: {r.get('encoder') is not None}")
        clicks = r.get("clicks")
        print("  click memory (similar queries' clicks):",
              f"kept, {clicks['queries']:,} queries, weight {clicks['weight']}" if clicks else "not kept")
        print("  held-back tuning queries (NDCG@10 on clicks; acted-on only):",
              json.dumps(r.get("held_back", {})))
        lp50, lp99 = learned["latency"]
        print(f"  latency with the learned parts: p50 {lp50:.1f} ms, p99 {lp99:.1f} ms")
        shutil.rmtree(learned["workdir"], ignore_errors=True)


def learned_mode(engine, args, tune_q) -> dict:
    """Replay the tuning half as click events, learn from them (engine gets the learned parts)."""
    import pandas as pd

    from benchmarks.adapters import home_depot
    from search.learning import LearnOptions, SearchEvents, learn

    tmp = Path(tempfile.mkdtemp(prefix="kaiyu-hd-events-", dir=OUT))
    try:
        t = time.perf_counter()
        replay = home_depot(tmp, "parquet", data_dir=args.data_dir.parent, queries=tune_q)
        events = SearchEvents.from_frame(pd.read_parquet(replay["events"]))
        replay_s = time.perf_counter() - t
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix="kaiyu-hd-learn-", dir=OUT))
    t = time.perf_counter()
    # the whole-model fine-tune on, as the upper-bound row it reproduces ran (the product's default
    # is off: settings.search_fine_tune)
    report = learn(engine, events, LearnOptions(time_budget_s=args.learn_budget, workdir=tmp,  # a kept model lives there
                                                fine_tune=True, log=lambda m: print("  learn:", m, flush=True))).report
    return {"report": report, "seconds": time.perf_counter() - t, "replay_s": replay_s, "workdir": tmp}


if __name__ == "__main__":
    main()
