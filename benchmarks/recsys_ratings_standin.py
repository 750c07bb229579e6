"""Recommendations on data of another kind than a wholesaler's purchases: a local stand-in for
"explicit ratings used as views, a random per-user split, full ranking, items seen excluded".

    .venv/bin/python -m benchmarks.recsys_ratings_standin [--seeds 0] [--out benchmarks/out]

The stand-in: RetailRocket's views only (no carts, no purchases), one event per (visitor, item)
as a rating is one row per (user, item), every event at one instant (the data has no times),
users with 5+ items and items with 5+ users kept (twice over, as a k-core). 20% of each user's
items (at least one) are held out at random (seeded; the split seed is fixed, 0, the training
seed varies). The rest is imported through `kaiyu import`, trained by `kaiyu train` with default
settings (`KAIYU_RANDOM_STATE` the only one set), served by `kaiyu serve`, and every test user is
asked `GET /v1/users/{id}/recommendations?limit=20` over HTTP with no scenario and no exclude
(the endpoint's default), and with `scenario=for-you`. Truth: the held-out items. The tuner
chooses by its own validation inside the training part; the test split is never read by it.

Same-run baselines on the same training matrix, items seen excluded, full ranking: popularity,
EASE (lambda 250 and 500), implicit ALS and BPR (64 factors, implicit's defaults). NDCG@10,
Recall@20.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy.sparse as sp  # noqa: E402

from benchmarks.adapters import RETAILROCKET_TIMESTAMP, DataNotFoundError, load_retailrocket, write_table  # noqa: E402
from benchmarks.http_client import imported_home, recommendations, serving, spread, trained_copy  # noqa: E402
from recsys.evaluation import ndcg_at_k, recall_at_k  # noqa: E402


def ratings_shape(raw: pd.DataFrame, *, min_user: int = 5, min_item: int = 5) -> pd.DataFrame:
    """(user_id, item_id) pairs of the views, deduplicated, as a k-core."""
    pairs = raw[raw["kind"] == "view"][["visitorid", "itemid"]].drop_duplicates()
    pairs.columns = ["user_id", "item_id"]
    pairs["user_id"] = "rr-" + pairs["user_id"]
    for _ in range(2):
        pairs = pairs[pairs.groupby("item_id").user_id.transform("size") >= min_item]
        pairs = pairs[pairs.groupby("user_id").item_id.transform("size") >= min_user]
    return pairs.reset_index(drop=True)


def random_split(pairs: pd.DataFrame, *, test_fraction: float = 0.2, seed: int = 0) -> np.ndarray:
    """Held-out rows: `test_fraction` of each user's items (at least one), seeded."""
    rng = np.random.default_rng(seed)
    held = np.zeros(len(pairs), dtype=bool)
    for rows in pairs.groupby("user_id").indices.values():
        n = max(1, int(round(len(rows) * test_fraction)))
        held[rng.choice(rows, size=n, replace=False)] = True
    return held


def score(lists: dict[str, list[str]], truth: dict[str, set]) -> dict:
    return {"ndcg@10": float(np.mean([ndcg_at_k(lists.get(u, []), t, 10) for u, t in truth.items()])),
            "recall@20": float(np.mean([recall_at_k(lists.get(u, []), t, 20) for u, t in truth.items()])),
            "users": len(truth)}


def baselines(train: pd.DataFrame, truth: dict[str, set]) -> dict[str, dict]:
    """Popularity, EASE, implicit ALS and BPR on the binary training matrix, seen items excluded."""
    from implicit.cpu.als import AlternatingLeastSquares
    from implicit.cpu.bpr import BayesianPersonalizedRanking
    from threadpoolctl import threadpool_limits

    uidx, iidx = pd.Index(train.user_id.unique()), pd.Index(train.item_id.unique())
    x = sp.csr_matrix((np.ones(len(train), np.float32), (uidx.get_indexer(train.user_id),
                                                          iidx.get_indexer(train.item_id))),
                      shape=(len(uidx), len(iidx)))
    x.data[:] = 1.0
    users = [u for u in truth if u in uidx]
    rows = uidx.get_indexer(users)
    items = np.asarray(iidx, dtype=object)

    def lists_of(score_fn) -> dict[str, list[str]]:
        out = {}
        for start in range(0, len(rows), 512):
            block = rows[start:start + 512]
            s = np.asarray(score_fn(block), dtype=np.float64)
            r, c = x[block].nonzero()
            s[r, c] = -np.inf
            top = np.argsort(-s, axis=1, kind="stable")[:, :20]
            out.update({users[start + n]: items[top[n]].tolist() for n in range(len(block))})
        return out

    def ease(l2: float) -> np.ndarray:
        g = (x.T @ x).toarray().astype(np.float64)
        g[np.diag_indices_from(g)] += l2
        p = np.linalg.inv(g)
        b = p / (-np.diag(p))
        b[np.diag_indices_from(b)] = 0.0
        return b.astype(np.float32)

    results = {}
    pop = np.asarray(x.sum(axis=0)).ravel()
    results["popularity"] = score(lists_of(lambda b: np.tile(pop, (len(b), 1))), truth)
    for l2 in (250.0, 500.0):
        b = ease(l2)
        results[f"EASE (lambda {l2:.0f})"] = score(lists_of(lambda blk: (x[blk] @ b)), truth)
    with threadpool_limits(1, "blas"):
        als = AlternatingLeastSquares(factors=64, random_state=0)
        als.fit(x, show_progress=False)
    results["implicit ALS"] = score(lists_of(lambda b: als.user_factors[b] @ als.item_factors.T), truth)
    bpr = BayesianPersonalizedRanking(factors=64, random_state=0)
    bpr.fit(x, show_progress=False)
    results["implicit BPR"] = score(lists_of(lambda b: bpr.user_factors[b] @ bpr.item_factors.T), truth)
    for name, r in results.items():
        print(f"  baseline {name:22s} NDCG@10 {r['ndcg@10']:.4f} R@20 {r['recall@20']:.4f}", flush=True)
    return results


def prepare(out: Path, data_dir) -> dict:
    """The stand-in's import files, test users and truth."""
    pairs = ratings_shape(load_retailrocket(data_dir))
    held = random_split(pairs)
    train, test = pairs[~held], pairs[held]
    events = train.assign(event_id=[f"rs-{n}" for n in range(len(train))], type="view",
                          timestamp=RETAILROCKET_TIMESTAMP)
    items = sorted(pairs.item_id.unique())
    catalog = pd.DataFrame({"item_id": items, "title": [f"Item {i}" for i in items]})
    folder = out / "ratings_standin"
    files = {"catalog": write_table(catalog, folder / "catalog.parquet", "parquet"),
             "events": write_table(events[["event_id", "user_id", "item_id", "type", "timestamp"]],
                                   folder / "events.parquet", "parquet")}
    truth = {u: set(g.item_id) for u, g in test.groupby("user_id")}
    print(f"stand-in: {len(pairs)} (user, item) views, {pairs.user_id.nunique()} users, {len(items)} items; "
          f"{len(train)} training, {len(test)} held out over {len(truth)} users", flush=True)
    return {"files": files, "train": train, "truth": truth, "folder": folder}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--seeds", default="0", help="KAIYU_RANDOM_STATE of each training")
    parser.add_argument("--out", default="benchmarks/out", help="where import files, homes and results go")
    parser.add_argument("--data-dir", default=None, help="shared data directory (default ../shared/data)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    try:
        data = prepare(out, args.data_dir)
    except DataNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    truth, users = data["truth"], sorted(data["truth"])
    base = baselines(data["train"], truth)
    source = imported_home(data["folder"] / "imported", data["files"]["catalog"], data["files"]["events"])
    runs = []
    for seed in (int(s) for s in args.seeds.split(",")):
        home = data["folder"] / f"seed{seed}"
        train_s = trained_copy(source, home, seed)
        run = {"seed": seed, "train_s": round(train_s, 1)}
        with serving(home) as url:
            for name, scenario in (("default", None), ("for-you", "for-you")):
                lists, ms = recommendations(url, users, scenario=scenario, exclude=None)
                run[name] = {**score(lists, truth), "p99_ms": round(float(np.percentile(ms, 99)), 2)}
                print(f"  seed {seed} {name:8s} NDCG@10 {run[name]['ndcg@10']:.4f} R@20 {run[name]['recall@20']:.4f} "
                      f"p99 {run[name]['p99_ms']} ms (train {train_s:.0f} s)", flush=True)
        report = json.loads(next((home / "bundles").glob("*/report.json")).read_text())["recommendations"]
        run.update(config=report.get("config"), holdout=report.get("holdout"), journey=report.get("journey"))
        runs.append(run)
    lines = ["| what | NDCG@10 | Recall@20 |", "|---|---|---|"]
    for name, label in (("default", "Kaiyu endpoint default (no scenario), HTTP"),
                        ("for-you", "Kaiyu scenario=for-you, HTTP")):
        lines.append(f"| {label} | {spread([r[name]['ndcg@10'] for r in runs])} | "
                     f"{spread([r[name]['recall@20'] for r in runs])} |")
    lines += [f"| baseline: {n} | {r['ndcg@10']:.3f} | {r['recall@20']:.3f} |" for n, r in base.items()]
    print("\n" + "\n".join(lines))
    best = max(base.items(), key=lambda t: t[1]["ndcg@10"])
    values = [r["default"]["ndcg@10"] for r in runs]
    print(f"endpoint default {spread(values)} vs best same-run baseline {best[0]} {best[1]['ndcg@10']:.3f}: "
          f"{'PASS' if min(values) > best[1]['ndcg@10'] else 'FAIL'}")
    (out / "recsys_ratings_standin.json").write_text(json.dumps({"runs": runs, "baselines": base, "table": lines,
                                                                 "date": time.strftime("%Y-%m-%d")}, indent=2,
                                                                default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
