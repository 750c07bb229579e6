"""Do views and carts, weighted well, predict purchases better than purchases alone? (RetailRocket)

    .venv/bin/python -m benchmarks.recsys_retailrocket [--budget 60] [--protocols pairs,rows] [--out benchmarks/out]

The data has no timestamps, so the split is per user, seeded. Two protocols, both reported:

- `pairs` (the data README's protocol, the honest one): for users who bought two or more
  distinct items, 20% of their purchased items (at least one) are held out as (visitor, item)
  pairs together with every view and cart of that pair, so the answer is not in the training row;
- `rows` (the earlier protocol, kept for comparison): 20% of the purchase rows are held out, but
  the same pairs' views and carts stay in training (98 % of purchases were viewed first by the
  same visitor), so it mostly measures "show what they viewed".

The training part is imported through `kaiyu import` into a home, trained by `kaiyu train` twice:
purchases only (`KAIYU_EVENT_WEIGHTS` gives views and carts weight 0) and all events with default
settings; each is served by `kaiyu serve` and every user with held-out purchases is asked
`GET /v1/users/{id}/recommendations?limit=20` over HTTP, with no scenario (the endpoint's
default: the fitted journey policy on the user's stored events) and with `scenario=for-you`.
`--budget` sets `KAIYU_TRAIN_TIME_BUDGET_S` (rows then say so; default: the shipped setting).
The truth: the held-out items not bought in training. Baselines on the same split: popularity,
and "viewed or carted but not bought" (the user's viewed or carted items they did not buy,
carts first, then by how often, then popularity). NDCG@10, Recall@20.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from benchmarks.adapters import DataNotFoundError, retailrocket, write_table  # noqa: E402
from benchmarks.http_client import imported_home, recommendations, serving, trained_copy  # noqa: E402
from recsys.evaluation import ndcg_at_k, recall_at_k  # noqa: E402

PROTOCOL_NAMES = {"pairs": "fixed: (visitor, item) pairs held out with all their events",
                  "rows": "old (leaky): purchase rows held out, their views and carts kept"}
PURCHASES_ONLY = {"view": 0.0, "click": 0.0, "add_to_cart": 0.0, "remove_from_cart": 0.0, "purchase": 5.0}


def split_purchases(events: pd.DataFrame, *, test_fraction: float = 0.2, seed: int = 0) -> np.ndarray:
    """Boolean mask of held-out purchase rows (the `rows` protocol)."""
    rng = np.random.default_rng(seed)
    held = np.zeros(len(events), dtype=bool)
    purchases = events[events["type"] == "purchase"]
    for _, rows in purchases.groupby("user_id").indices.items():
        if len(rows) < 2:
            continue
        n = max(1, int(round(len(rows) * test_fraction)))
        held[purchases.index[rng.choice(rows, size=n, replace=False)]] = True
    return held


def split_pairs(events: pd.DataFrame, *, test_fraction: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(held-out purchase rows, rows removed from training) of the `pairs` protocol: held-out
    (user, item) purchase pairs, and every event of those pairs."""
    rng = np.random.default_rng(seed)
    bought = events[events["type"] == "purchase"].groupby("user_id").item_id.unique()
    pairs = set()
    for user, items in bought.items():
        if len(items) < 2:
            continue
        n = max(1, int(round(len(items) * test_fraction)))
        pairs.update((user, item) for item in rng.choice(np.sort(items), size=n, replace=False))
    key = pd.Series(list(zip(events.user_id, events.item_id)), index=events.index)
    removed = key.isin(pairs).to_numpy()
    return removed & (events["type"] == "purchase").to_numpy(), removed


def viewed_not_bought(train: pd.DataFrame, truth: dict) -> dict[str, list[str]]:
    """Baseline: each user's viewed or carted items not bought in training (carts first, then
    by how often), then the most bought items."""
    pop = train[train["type"] == "purchase"].item_id.value_counts().index.tolist()
    bought = train[train["type"] == "purchase"].groupby("user_id").item_id.agg(set)
    browsed = train[train["type"].isin(["view", "add_to_cart"])]
    score = (browsed["type"].eq("add_to_cart") * 1000 + 1).groupby([browsed.user_id, browsed.item_id]).sum()
    out = {}
    for user in truth:
        own = score.loc[user].sort_values(ascending=False).index.tolist() if user in score.index.levels[0] else []
        skip = bought.get(user, set())
        ranked = [i for i in own if i not in skip]
        ranked += [i for i in pop if i not in skip and i not in set(ranked)][: max(0, 20 - len(ranked))]
        out[user] = ranked[:20]
    return out


def score_lists(lists: dict[str, list[str]], truth: dict) -> dict:
    return {"ndcg@10": float(np.mean([ndcg_at_k(lists.get(u, []), t, 10) for u, t in truth.items()])),
            "recall@20": float(np.mean([recall_at_k(lists.get(u, []), t, 20) for u, t in truth.items()])),
            "users": len(truth)}


def run(source: Path, home: Path, users: list[str], truth: dict, label: str, env: dict) -> dict:
    """`kaiyu train` a copy of the imported store with `env`, `kaiyu serve` it, and ask every
    user over HTTP with no scenario (the endpoint's default) and with `scenario=for-you`."""
    train_s = trained_copy(source, home, 0, env=env)
    result: dict = {"train_s": round(train_s, 1)}
    with serving(home) as url:
        for name, scenario in (("default", None), ("for-you", "for-you")):
            lists, ms = recommendations(url, users, scenario=scenario, exclude=None)
            result[name] = {**score_lists(lists, truth), "p99_ms": round(float(np.percentile(ms, 99)), 2)}
    report = json.loads(next((home / "bundles").glob("*/report.json")).read_text())["recommendations"]
    result.update(config=report.get("config"), holdout=report.get("holdout"), journey=report.get("journey"))
    print(f"  {label:44s} default NDCG@10 {result['default']['ndcg@10']:.4f} R@20 {result['default']['recall@20']:.4f}"
          f" | for-you NDCG@10 {result['for-you']['ndcg@10']:.4f} R@20 {result['for-you']['recall@20']:.4f}"
          f"  train {train_s:.0f}s  p99 {result['default']['p99_ms']} ms", flush=True)
    return result


def protocol_data(events: pd.DataFrame, protocol: str) -> tuple[pd.DataFrame, dict]:
    """(training events, truth) of `protocol` (`pairs` or `rows`, see the module doc)."""
    if protocol == "pairs":
        held, removed = split_pairs(events)
    else:
        held = split_purchases(events)
        removed = held
    train = events[~removed].reset_index(drop=True)
    bought = {u: set(g.item_id) for u, g in train[train["type"] == "purchase"].groupby("user_id")}
    truth = {}
    for user, g in events[held].groupby("user_id"):
        items = set(g.item_id) - bought.get(user, set())
        if items:
            truth[user] = items
    return train, truth


def run_protocol(files, events, protocol: str, budget: float | None, out: Path) -> dict:
    train, truth = protocol_data(events, protocol)
    folder = out / "retailrocket" / protocol
    train_file = write_table(train, folder / "events_train.parquet", "parquet")
    print(f"protocol {protocol}: {len(train)} training events ({(train['type'] == 'purchase').sum()} purchases), "
          f"{len(truth)} users evaluated, {sum(map(len, truth.values()))} held-out items")
    pop = train[train["type"] == "purchase"].item_id.value_counts().index[:20].tolist()
    results = {"baseline: popularity (purchases)": score_lists({u: pop for u in truth}, truth),
               "baseline: viewed or carted but not bought": score_lists(viewed_not_bought(train, truth), truth)}
    for name, r in results.items():
        print(f"  {name:44s} NDCG@10 {r['ndcg@10']:.4f} R@20 {r['recall@20']:.4f}")
    source = imported_home(folder / "imported", Path(files["catalog"]), train_file)
    users = sorted(truth)
    shipped = {} if budget is None else {"KAIYU_TRAIN_TIME_BUDGET_S": str(budget)}
    tag = "" if budget is None else f", tuning budget {budget:.0f} s"
    purchases_only = {**shipped, "KAIYU_EVENT_WEIGHTS": json.dumps(PURCHASES_ONLY)}
    for label, env in ((f"purchases only (KAIYU_EVENT_WEIGHTS){tag}", purchases_only),
                       (f"views+carts+purchases, default settings{tag}", shipped)):
        results[f"Kaiyu: {label}"] = run(source, folder / ("purchases" if "only" in label else "all"), users, truth,
                                         label, env)
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--budget", type=float, default=None,
                        help="KAIYU_TRAIN_TIME_BUDGET_S of each training (default: the shipped setting)")
    parser.add_argument("--out", default="benchmarks/out", help="where import files and results go")
    parser.add_argument("--data-dir", default=None, help="shared data directory (default ../shared/data)")
    parser.add_argument("--protocols", default="pairs,rows", help="pairs (honest), rows (the earlier, leaky one)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    try:
        files = retailrocket(out / "retailrocket", "parquet", data_dir=args.data_dir)
    except DataNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    events = pd.read_parquet(files["events"])
    results = {p: run_protocol(files, events, p, args.budget, out) for p in args.protocols.split(",")}
    print("\n| protocol | model | NDCG@10 | Recall@20 |\n|---|---|---|---|")
    for protocol, rows in results.items():
        for name, r in rows.items():
            for answer in (("default", "for-you") if "for-you" in r else (None,)):
                m = r[answer] if answer else r
                label = (f"{name} ({'endpoint default, HTTP' if answer == 'default' else 'scenario=for-you, HTTP'})"
                         if answer else name)
                print(f"| {PROTOCOL_NAMES[protocol]} | {label} | {m['ndcg@10']:.4f} | {m['recall@20']:.4f} |")
    (out / "recsys_retailrocket.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
