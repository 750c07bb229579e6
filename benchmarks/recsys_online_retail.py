"""Recommendations on UCI Online Retail, with the data README's protocol, through the public path.

    .venv/bin/python -m benchmarks.recsys_online_retail [--budget 300] [--out benchmarks/out]

1. `benchmarks.adapters` writes the catalogue and purchase events as Kaiyu import files;
2. the events before 2011-11-01 are imported into a fresh store (`store.importing.import_file`,
   what `kaiyu import` runs) with the catalogue;
3. `recsys.fitting.train_service` fits Kaiyu twice: with default settings and no tuning, then with
   auto-tuning in the default time budget;
4. every customer seen in training who buys in 2011-11-01..2011-12-09 is asked for 20 items through
   `RecommendationService.recommend` (`exclude="none"` for the `all` view, `"purchased"` for `new`);
5. same-run baselines (popularity, buy-again then popularity, implicit ALS / BPR / BM25 item-kNN
   with implicit 0.7 defaults and 64 factors, EASE with lambda 250) see the same training purchases.

Recall@20 = hits / min(20, |truth|); NDCG@10 with binary gains. Also printed: training time
(tuning included) and the in-process latency of `recommend` (p50 / p99, reasons included).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy.sparse as sp  # noqa: E402

from benchmarks.adapters import DataNotFoundError, online_retail, write_table  # noqa: E402
from recsys.evaluation import ndcg_at_k, recall_at_k  # noqa: E402

CUTOFF = pd.Timestamp("2011-11-01T00:00:00Z")
TARGETS = {"all": 0.38, "new": 0.12}


def evaluate_lists(lists: dict[str, list[str]], truth: dict[str, set[str]]) -> dict[str, float]:
    users = [u for u in truth if u in lists]
    return {"ndcg@10": float(np.mean([ndcg_at_k(lists[u], truth[u], 10) for u in users])),
            "recall@20": float(np.mean([recall_at_k(lists[u], truth[u], 20) for u in users])),
            "users": len(users)}


def baselines(train: pd.DataFrame, test_users: list[str], item_ids: np.ndarray,
              truth: dict[str, dict[str, set[str]]]) -> dict[str, dict]:
    """Same-run baselines on a user x item matrix of purchase-line counts."""
    from implicit.als import AlternatingLeastSquares
    from implicit.bpr import BayesianPersonalizedRanking
    from implicit.nearest_neighbours import BM25Recommender
    from threadpoolctl import threadpool_limits

    users = np.unique(train.user_id)
    uidx, iidx = pd.Index(users), pd.Index(item_ids)
    counts = sp.csr_matrix((np.ones(len(train), dtype=np.float32),
                            (uidx.get_indexer(train.user_id), iidx.get_indexer(train.item_id))),
                           shape=(len(users), len(item_ids)))
    counts.sum_duplicates()
    binary = counts.copy()
    binary.data[:] = 1.0
    rows = uidx.get_indexer(test_users)
    pop = np.asarray(binary.sum(axis=0)).ravel()

    def lists_from(score_fn) -> dict[str, dict[str, list[str]]]:
        out = {"all": {}, "new": {}}
        for start in range(0, len(rows), 512):
            block = rows[start:start + 512]
            scores = np.asarray(score_fn(block), dtype=np.float64)
            for view in ("all", "new"):
                s = scores.copy()
                if view == "new":
                    r, c = binary[block].nonzero()
                    s[r, c] = -np.inf
                top = np.argsort(-s, axis=1, kind="stable")[:, :20]
                for n, u in enumerate(test_users[start:start + 512]):
                    out[view][u] = [item_ids[i] for i in top[n] if np.isfinite(s[n, i])]
        return out

    results = {}

    def run(name, fit, score_fn):
        t0 = time.perf_counter()
        fit()
        fit_s = time.perf_counter() - t0
        lists = lists_from(score_fn)
        results[name] = {view: evaluate_lists(lists[view], truth[view]) for view in ("all", "new")}
        results[name]["fit_s"] = round(fit_s, 2)
        print(f"  {name:28s} {_row(results[name])}  fit {fit_s:.1f}s", flush=True)

    run("popularity", lambda: None, lambda b: np.tile(pop, (len(b), 1)))
    run("buy-again, then popularity", lambda: None, lambda b: counts[b].toarray() * 1e6 + pop)
    with threadpool_limits(1, "blas"):
        als = AlternatingLeastSquares(factors=64, random_state=0)
        run("implicit ALS", lambda: als.fit(counts, show_progress=False),
            lambda b: als.user_factors[b] @ als.item_factors.T)
    bpr = BayesianPersonalizedRanking(factors=64, random_state=0)
    run("implicit BPR", lambda: bpr.fit(counts, show_progress=False),
        lambda b: bpr.user_factors[b] @ bpr.item_factors.T)
    bm25 = BM25Recommender()
    run("implicit BM25 item-kNN", lambda: bm25.fit(counts, show_progress=False),
        lambda b: (counts[b] @ bm25.similarity).toarray())
    ease = {}

    def fit_ease():
        g = (binary.T @ binary).toarray().astype(np.float64)
        g[np.diag_indices_from(g)] += 250.0
        p = np.linalg.inv(g)
        b = p / (-np.diag(p))
        b[np.diag_indices_from(b)] = 0.0
        ease["B"] = b.astype(np.float32)

    run("EASE (lambda 250)", fit_ease, lambda b: binary[b] @ ease["B"])
    return results


def _row(result: dict) -> str:
    return (f"all: NDCG@10 {result['all']['ndcg@10']:.3f} Recall@20 {result['all']['recall@20']:.3f} | "
            f"new: NDCG@10 {result['new']['ndcg@10']:.3f} Recall@20 {result['new']['recall@20']:.3f}")


def kaiyu(store, settings, test_users, truth, budget: float, label: str) -> dict:
    from recsys.fitting import train_service

    t0 = time.perf_counter()
    service, report = train_service(store, settings, time_budget_s=budget)
    train_s = time.perf_counter() - t0
    lists = {"all": {}, "new": {}}
    latencies = []
    for user in test_users:
        for view, exclude in (("all", "none"), ("new", "purchased")):
            t = time.perf_counter()
            out = service.recommend(user, k=20, scenario="for-you", exclude=exclude)
            latencies.append(time.perf_counter() - t)
            lists[view][user] = [i["item_id"] for i in out["items"]]
    result = {view: evaluate_lists(lists[view], truth[view]) for view in ("all", "new")}
    lat = np.array(latencies) * 1000
    result.update({"train_s": round(train_s, 1), "latency_ms": {"p50": round(float(np.percentile(lat, 50)), 3),
                                                                  "p99": round(float(np.percentile(lat, 99)), 3)},
                   "config": report["config"], "holdout": report["holdout"], "timings": report["timings"]})
    print(f"  {label:28s} {_row(result)}  train {train_s:.1f}s, latency p50 {result['latency_ms']['p50']:.2f} ms "
          f"p99 {result['latency_ms']['p99']:.2f} ms", flush=True)
    return result


def split(out: Path, data_dir=None) -> dict:
    """The protocol's files and truth: import files (catalogue, training purchases), the test
    customers and their `all` / `new` truth. DataNotFoundError without the shared data."""
    files = online_retail(out / "online-retail", "parquet", data_dir=data_dir)
    events = pd.read_parquet(files["events"])
    ts = pd.to_datetime(events["timestamp"], utc=True)
    train, test = events[ts < CUTOFF], events[ts >= CUTOFF]
    train_file = write_table(train.reset_index(drop=True), out / "online-retail" / "online_retail_events_train.parquet",
                             "parquet")
    test = test[test.user_id.isin(set(train.user_id))]
    truth_all = {u: set(g.item_id) for u, g in test.groupby("user_id")}
    seen = {u: set(g.item_id) for u, g in train.groupby("user_id")}
    truth_new = {u: t - seen.get(u, set()) for u, t in truth_all.items()}
    truth = {"all": truth_all, "new": {u: t for u, t in truth_new.items() if t}}
    test_users = sorted(truth_all)
    print(f"Online Retail: {len(train)} training purchases, {len(test)} test purchases by {len(test_users)} "
          f"customers seen in training ({len(truth['new'])} with new items)")
    catalog_items = pd.read_parquet(files["catalog"], columns=["item_id"]).item_id.astype(str).to_numpy()
    return {"files": files, "catalog": files["catalog"], "train": train, "train_file": train_file, "truth": truth,
            "test_users": test_users, "catalog_items": catalog_items}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--budget", type=float, default=300.0, help="auto-tuning time budget, seconds")
    parser.add_argument("--out", default="benchmarks/out", help="where import files and results go")
    parser.add_argument("--data-dir", default=None, help="shared data directory (default ../shared/data)")
    parser.add_argument("--skip-baselines", action="store_true")
    args = parser.parse_args(argv)

    from store.settings import Settings
    from store.importing import import_file
    from store.db import Store

    out = Path(args.out)
    try:
        data = split(out, args.data_dir)
    except DataNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    files, train, train_file, truth, test_users = (data["files"], data["train"], data["train_file"], data["truth"],
                                                   data["test_users"])

    results: dict = {}
    with tempfile.TemporaryDirectory() as home:
        store = Store(f"sqlite:///{Path(home) / 'kaiyu.db'}")
        t0 = time.perf_counter()
        cat = import_file(store, "catalog", files["catalog"], show_progress=False)
        ev = import_file(store, "events", train_file, show_progress=False)
        import_s = time.perf_counter() - t0
        print(f"imported {cat.stored} items and {ev.stored} events in {import_s:.1f}s")
        settings = Settings(home=Path(home))
        catalog_items = np.asarray(store.catalog().item_ids).astype(str)
        print("Kaiyu:")
        results["kaiyu (defaults, no tuning)"] = kaiyu(store, settings, test_users, truth, 0.0, "Kaiyu defaults")
        results["kaiyu (auto-tuned)"] = kaiyu(store, settings, test_users, truth, args.budget,
                                              f"Kaiyu auto-tuned ({args.budget:.0f}s)")
        store.close()
    if not args.skip_baselines:
        print("Baselines (same run):")
        results.update(baselines(train, test_users, catalog_items, truth))
    tuned = results["kaiyu (auto-tuned)"]
    print("\n| model | all: NDCG@10 | all: Recall@20 | new: NDCG@10 | new: Recall@20 |\n|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['all']['ndcg@10']:.3f} | {r['all']['recall@20']:.3f} | {r['new']['ndcg@10']:.3f} | "
              f"{r['new']['recall@20']:.3f} |")
    for view, target in TARGETS.items():
        value = tuned[view]["ndcg@10"]
        print(f"target {view}: NDCG@10 >= {target}: {value:.3f} {'PASS' if value >= target else 'FAIL'}")
    print(f"training (tuning included): {tuned['train_s']:.1f}s; latency p50 {tuned['latency_ms']['p50']} ms, "
          f"p99 {tuned['latency_ms']['p99']} ms (target < 2 ms)")
    print("chosen config:", json.dumps(tuned["config"]))
    (out / "recsys_online_retail.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
