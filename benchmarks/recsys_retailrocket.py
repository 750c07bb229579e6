"""Do views and carts, weighted well, predict purchases better than purchases alone? (RetailRocket)

    .venv/bin/python -m benchmarks.recsys_retailrocket [--budget 300] [--out benchmarks/out]

The data has no timestamps, so the split is per user: 20% of each user's purchases (at least
one, users with two or more purchases) are held out, with a fixed seed. Everything else (all
views, all carts, the remaining purchases) is imported into a fresh store through
`store.importing.import_file`, and Kaiyu is trained three times:

- purchases only (views and carts weigh 0);
- all events with the default weights (view 1, cart 3, purchase 5), no tuning;
- all events, auto-tuned (the tuner may also re-weight the event types).

Each user with held-out purchases is asked for 20 items (`exclude="purchased"`: the purchases it
trained on); the truth is the held-out items it had not bought already. NDCG@10, Recall@20.
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

from benchmarks.adapters import DataNotFoundError, retailrocket, write_table  # noqa: E402
from recsys.evaluation import ndcg_at_k, recall_at_k  # noqa: E402

PURCHASES_ONLY = {"view": 0.0, "click": 0.0, "add_to_cart": 0.0, "remove_from_cart": 0.0, "purchase": 5.0}


def split_purchases(events: pd.DataFrame, *, test_fraction: float = 0.2, seed: int = 0) -> np.ndarray:
    """Boolean mask of held-out purchase rows."""
    rng = np.random.default_rng(seed)
    held = np.zeros(len(events), dtype=bool)
    purchases = events[events["type"] == "purchase"]
    for _, rows in purchases.groupby("user_id").indices.items():
        if len(rows) < 2:
            continue
        n = max(1, int(round(len(rows) * test_fraction)))
        held[purchases.index[rng.choice(rows, size=n, replace=False)]] = True
    return held


def run(store, settings, truth, budget, label) -> dict:
    from recsys.fitting import train_service

    t0 = time.perf_counter()
    service, report = train_service(store, settings, time_budget_s=budget)
    train_s = time.perf_counter() - t0
    nd, rc, lat = [], [], []
    for user, items in truth.items():
        t = time.perf_counter()
        out = service.recommend(user, k=20, scenario="for-you", exclude="purchased")
        lat.append(time.perf_counter() - t)
        ranked = [i["item_id"] for i in out["items"]]
        nd.append(ndcg_at_k(ranked, items, 10))
        rc.append(recall_at_k(ranked, items, 20))
    result = {"ndcg@10": float(np.mean(nd)), "recall@20": float(np.mean(rc)), "users": len(truth),
              "train_s": round(train_s, 1), "latency_ms_p99": round(float(np.percentile(np.array(lat) * 1000, 99)), 3),
              "config": report["config"], "holdout": report["holdout"]}
    print(f"  {label:36s} NDCG@10 {result['ndcg@10']:.4f}  Recall@20 {result['recall@20']:.4f}  "
          f"train {train_s:.1f}s  p99 {result['latency_ms_p99']:.2f} ms", flush=True)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--budget", type=float, default=300.0, help="auto-tuning time budget, seconds")
    parser.add_argument("--out", default="benchmarks/out", help="where import files and results go")
    parser.add_argument("--data-dir", default=None, help="shared data directory (default ../shared/data)")
    args = parser.parse_args(argv)

    from store.settings import Settings
    from store.importing import import_file
    from store.db import Store

    out = Path(args.out)
    try:
        files = retailrocket(out / "retailrocket", "parquet", data_dir=args.data_dir)
    except DataNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    events = pd.read_parquet(files["events"])
    held = split_purchases(events)
    train = events[~held].reset_index(drop=True)
    test = events[held]
    bought = {u: set(g.item_id) for u, g in train[train["type"] == "purchase"].groupby("user_id")}
    truth = {}
    for user, g in test.groupby("user_id"):
        items = set(g.item_id) - bought.get(user, set())
        if items:
            truth[user] = items
    train_file = write_table(train, out / "retailrocket" / "retailrocket_events_train.parquet", "parquet")
    print(f"RetailRocket: {len(train)} training events ({(train['type'] == 'purchase').sum()} purchases), "
          f"{int(held.sum())} held-out purchases, {len(truth)} users evaluated")
    results = {}
    with tempfile.TemporaryDirectory() as home:
        store = Store(f"sqlite:///{Path(home) / 'kaiyu.db'}")
        import_file(store, "catalog", files["catalog"], show_progress=False)
        import_file(store, "events", train_file, show_progress=False)
        results["purchases only"] = run(store, Settings(home=Path(home), event_weights=PURCHASES_ONLY), truth, 0.0,
                                        "purchases only")
        results["views+carts+purchases, default weights"] = run(
            store, Settings(home=Path(home)), truth, 0.0, "views+carts+purchases (defaults)")
        results["views+carts+purchases, auto-tuned"] = run(
            store, Settings(home=Path(home)), truth, args.budget, f"views+carts+purchases (tuned {args.budget:.0f}s)")
        store.close()
    base = results["purchases only"]["ndcg@10"]
    best = results["views+carts+purchases, auto-tuned"]
    print(f"views and carts vs purchases alone: NDCG@10 {best['ndcg@10']:.4f} vs {base:.4f} "
          f"({'better' if best['ndcg@10'] > base else 'NOT better'}); chosen weights {best['config']['event_weights']}")
    (out / "recsys_retailrocket.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
