"""Recommendations on UCI Online Retail as a storefront gets them: `kaiyu import`, `kaiyu train`
(default settings), `kaiyu serve`, then `GET /v1/users/{id}/recommendations?limit=20` over HTTP.

    .venv/bin/python -m benchmarks.recsys_http [--seeds 0,1,2] [--out benchmarks/out]

The data README's protocol (train on purchases before 2011-11-01, test on the purchases of
2011-11-01..2011-12-09 by customers seen in training). Every test customer is asked with no
scenario (the endpoint's default: the fitted journey policy) and with each scenario, for the
`all` view (`exclude=none`) and the `new` view (the default exclude; truth without items bought
before). One store is imported; each seed (`KAIYU_RANDOM_STATE`, the tuner's and the models')
trains its own copy. The default and `for-you` are measured for every seed (mean and range);
the other scenarios at the first seed. Same-run baselines (`benchmarks.recsys_online_retail`)
see the same training purchases. Latency: every HTTP call of the default, p50 / p99.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from benchmarks.adapters import DataNotFoundError  # noqa: E402
from benchmarks.http_client import imported_home, recommendations, serving, spread, trained_copy  # noqa: E402
from benchmarks.recsys_online_retail import TARGETS, baselines, evaluate_lists, split  # noqa: E402

SCENARIOS = ("for-you", "similar", "bought-together", "buy-again", "trending")
VIEWS = {"all": "none", "new": None}


def endpoint_run(home: Path, users: list[str], truth: dict, scenarios) -> dict:
    """One served bundle: each of `scenarios` (None: the default) in both views."""
    out: dict = {}
    with serving(home) as base:
        recommendations(base, users[:50], scenario=None, exclude=None)  # warm-up
        for scenario in scenarios:
            name = scenario or "default"
            out[name], lat = {}, []
            for view, exclude in VIEWS.items():
                lists, ms = recommendations(base, users, scenario=scenario, exclude=exclude)
                out[name][view] = evaluate_lists(lists, truth[view])
                lat.append(ms)
            ms = np.concatenate(lat)
            out[name]["latency_ms"] = {"p50": round(float(np.percentile(ms, 50)), 2),
                                       "p99": round(float(np.percentile(ms, 99)), 2)}
            print(f"    {name:16s} all {out[name]['all']['ndcg@10']:.3f} / {out[name]['all']['recall@20']:.3f}  "
                  f"new {out[name]['new']['ndcg@10']:.3f} / {out[name]['new']['recall@20']:.3f}  "
                  f"p50 {out[name]['latency_ms']['p50']} ms p99 {out[name]['latency_ms']['p99']} ms", flush=True)
    report = json.loads(next((home / "bundles").glob("*/report.json")).read_text())
    out["journey"] = report["recommendations"].get("journey")
    out["config"] = report["recommendations"].get("config")
    return out


def _table(runs: list[dict], base: dict) -> list[str]:
    lines = ["| what a storefront calls | all: NDCG@10 | all: Recall@20 | new: NDCG@10 | new: Recall@20 | p99 ms |",
             "|---|---|---|---|---|---|"]
    names = ["default"] + [s for s in SCENARIOS if s in runs[0]]
    for name in names:
        rs = [r for r in runs if name in r]
        cells = [spread([r[name][v][m] for r in rs]) for v in ("all", "new") for m in ("ndcg@10", "recall@20")]
        label = "endpoint default (no scenario)" if name == "default" else f"scenario={name}"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {max(r[name]['latency_ms']['p99'] for r in rs)} |")
    for name, r in base.items():
        lines.append(f"| baseline: {name} | {r['all']['ndcg@10']:.3f} | {r['all']['recall@20']:.3f} | "
                     f"{r['new']['ndcg@10']:.3f} | {r['new']['recall@20']:.3f} | - |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--seeds", default="0,1,2", help="KAIYU_RANDOM_STATE of each training")
    parser.add_argument("--out", default="benchmarks/out", help="where import files, homes and results go")
    parser.add_argument("--data-dir", default=None, help="shared data directory (default ../shared/data)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    try:
        data = split(out, args.data_dir)
    except DataNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    users, truth = data["test_users"], data["truth"]
    source = imported_home(out / "http" / "imported", data["catalog"], data["train_file"])
    runs = []
    for n, seed in enumerate(int(s) for s in args.seeds.split(",")):
        home = out / "http" / f"seed{seed}"
        train_s = trained_copy(source, home, seed)
        print(f"  seed {seed}: kaiyu train {train_s:.0f} s", flush=True)
        scenarios = (None, *SCENARIOS) if n == 0 else (None, "for-you")
        runs.append({"seed": seed, "train_s": round(train_s, 1), **endpoint_run(home, users, truth, scenarios)})
    print("Baselines (same run):")
    base = baselines(data["train"], users, data["catalog_items"], truth)
    base = {k: v for k, v in base.items() if k in ("buy-again, then popularity", "EASE (lambda 250)",
                                                     "popularity", "implicit ALS", "implicit BPR")}
    lines = _table(runs, base)
    print("\n" + "\n".join(lines))
    for view, target in TARGETS.items():
        values = [r["default"][view]["ndcg@10"] for r in runs]
        print(f"target {view}: endpoint default NDCG@10 >= {target}: {spread(values)} "
              f"{'PASS' if min(values) >= target else 'FAIL'}")
    p99 = max(r["default"]["latency_ms"]["p99"] for r in runs)
    print(f"target p99 over HTTP <= 10 ms: {p99} ms {'PASS' if p99 <= 10 else 'FAIL'}")
    (out / "recsys_http.json").write_text(json.dumps({"runs": runs, "baselines": base, "table": lines,
                                                      "date": time.strftime("%Y-%m-%d")}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
