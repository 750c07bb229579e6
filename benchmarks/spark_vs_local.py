"""Spark against the local engine: `kaiyu train --engine spark` vs `kaiyu train` on Online Retail.

    .venv/bin/python -m benchmarks.spark_vs_local [--home DIR] [--budget S] [--master local[2]]

Builds a home from the Online Retail clean purchases (`benchmarks.adapters`, then `kaiyu import
catalog` and `kaiyu import events`; `--home` reuses one that has them), copies it once per run so
every run starts from the same store with no bundle serving, and runs the public command:

- `kaiyu train` (the local engine: auto-tuned within `--budget` seconds, the tuner's choice of
  discovery model, EASE / item-kNN / implicit ALS);
- `kaiyu train --engine spark` (events exported to Parquet, Spark MLlib ALS on `--master`, the
  holdout scored with Spark-fitted models on the same two time windows the tuner uses);
- in process, the same configuration, windows and evaluator as the Spark run with `implicit`'s
  ALS fitting the discovery model: what the ALS itself costs and scores on one machine.

Search is lexical only (`KAIYU_SEARCH_DENSE=false`: the MiniLM index is the same for both engines
and not what is compared). Prints one table (wall seconds of the whole command and of its
recommendations stage, the export and Spark parts, the holdout NDCG@10 of the `all` and `new`
views, peak RSS of the Python process and of Spark's JVM), and an export table: `kaiyu export
events` of the whole log and of a third of it (peak RSS does not grow with the rows).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.adapters import online_retail
from benchmarks.import_speed import _vm_hwm_mb

OUT = Path(__file__).resolve().parent / "out"


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    out = [int(c) for c in text.split()]
    return out + [g for c in out for g in _children(c)]


def run_kaiyu(args: list[str], env: dict) -> dict:
    """Run `kaiyu ARGS`; wall seconds, exit code, stderr tail and peak RSS (MB) of the Python
    process and of its largest child process (Spark's JVM), sampled every 0.1 s."""
    cmd = [sys.executable, "-m", "cli.main", *args]
    started = time.perf_counter()
    peak, child_peak = 0.0, 0.0
    child_seen: dict[int, float] = {}
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env=env)
        while proc.poll() is None:
            peak = max(peak, _vm_hwm_mb(proc.pid) or 0.0)
            for child in _children(proc.pid):
                child_seen[child] = max(child_seen.get(child, 0.0), _vm_hwm_mb(child) or 0.0)
            time.sleep(0.1)
        wall = time.perf_counter() - started
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read().decode(), err_f.read().decode()
    child_peak = max(child_seen.values(), default=0.0)
    return {"cmd": " ".join(["kaiyu", *args]), "rc": proc.returncode, "wall_s": round(wall, 1),
            "rss_mb": round(peak), "child_rss_mb": round(child_peak), "stdout": stdout, "stderr": stderr}


def build_home(home: Path, env: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = online_retail(tmp, "parquet")
        for kind, path in (("catalog", paths["catalog"]), ("events", paths["events"])):
            done = run_kaiyu(["--home", str(home), "import", kind, str(path), "--progress", "off"], env)
            if done["rc"] != 0:
                raise SystemExit(f"import {kind} failed: {done['stderr'][-2000:]}")


def newest_report(home: Path) -> dict:
    versions = sorted(p for p in (home / "bundles").iterdir() if p.is_dir() and p.name[:1].isdigit())
    return json.loads((versions[-1] / "report.json").read_text())


def train_run(base: Path, work: Path, name: str, extra: list[str], env: dict) -> dict:
    home = work / name
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(base, home, ignore=shutil.ignore_patterns("bundles", "exports", "cache"))
    done = run_kaiyu(["--home", str(home), "train", *extra], env)
    if done["rc"] not in (0, 1):
        raise SystemExit(f"{done['cmd']} failed ({done['rc']}): {done['stderr'][-3000:]}")
    report = newest_report(home)
    rec = report["recommendations"]
    row = {"engine": name, "cmd": done["cmd"], "wall_s": done["wall_s"],
           "recommendations_s": report["stages_s"]["recommendations"],
           "holdout_all": rec["holdout"]["all"]["ndcg@10"], "holdout_new": rec["holdout"]["new"]["ndcg@10"],
           "discovery": f"{rec['config']['discovery']} {rec['config']['discovery_params']}",
           "rss_mb": done["rss_mb"], "jvm_rss_mb": done["child_rss_mb"], "home": str(home)}
    if "spark" in rec:
        stages = rec["spark"]["stages_s"]
        row.update(export_s=rec["timings"]["export_s"],
                   spark_s=round(sum(v for v in stages.values()), 1),
                   als_s=round(sum(v for k, v in stages.items() if k.endswith(".als")), 1),
                   final_spark_s=round(sum(v for k, v in stages.items() if k.startswith("final.")), 1),
                   session_s=stages.get("session"), spark=rec["spark"], timings=rec["timings"])
    else:
        row.update(timings=rec["timings"])
    return row


def implicit_same_config(spark_row: dict) -> dict:
    """The Spark run's configuration, windows and evaluator, with `implicit`'s ALS (the
    tuner's ALS candidate: 64 factors, 15 iterations, its default regularisation)."""
    from store.settings import load_settings
    from store.db import open_store
    from recsys.als import LocalALS, Window
    from recsys.config import TunedConfig
    from recsys.fitdata import fit_data_from_events
    from recsys.folds import holdout
    from store.export import read_event_arrays

    spark = spark_row["spark"]
    settings = load_settings(spark_row["home"])
    store = open_store(settings)
    try:
        catalog = store.catalog()
    finally:
        store.close()
    report = newest_report(Path(spark_row["home"]))
    config = TunedConfig(**report["recommendations"]["config"])
    als = spark["als"]
    config = replace(config, discovery="als", discovery_params={"factors": als["rank"], "iterations": als["maxIter"]})
    events = read_event_arrays(spark["export"]["path"])
    data = fit_data_from_events(events, catalog.item_ids)
    fits: list[float] = []

    class TimedALS(LocalALS):
        def fit(self, train, x, cfg, window):
            t0 = time.perf_counter()
            model = super().fit(train, x, cfg, window)
            fits.append(time.perf_counter() - t0)
            return model

    fitter = TimedALS()
    started = time.perf_counter()
    result = holdout(data, config, fitter)
    fitter.fit(data, data.matrix(config.event_weights, config.discovery_half_life_days), config, Window("final"))
    return {"engine": "implicit ALS, same config (in process)", "wall_s": None,
            "recommendations_s": round(time.perf_counter() - started, 1),
            "als_s": round(sum(fits), 1), "holdout_all": result["all"]["ndcg@10"],
            "holdout_new": result["new"]["ndcg@10"], "discovery": f"als {config.discovery_params}"}


def export_runs(base: Path, work: Path, env: dict) -> list[dict]:
    rows = []
    for label, extra in (("until 2011-05-01 (a third)", ["--until", "2011-05-01"]), ("all events", [])):
        out = work / f"export-{len(rows)}"
        shutil.rmtree(out, ignore_errors=True)
        done = run_kaiyu(["--home", str(base), "export", "events", "--out", str(out), *extra], env)
        if done["rc"] != 0:
            raise SystemExit(f"export failed: {done['stderr'][-2000:]}")
        manifest = json.loads((out / "_manifest.json").read_text())
        rows.append({"selection": label, "rows": manifest["rows"], "export_s": manifest["seconds"],
                     "wall_s": done["wall_s"], "rss_mb": done["rss_mb"], "mb": round(manifest["bytes"] / 1e6, 1)})
    return rows


def _f(value, fmt="{:.1f}") -> str:
    return "-" if value is None else fmt.format(value)


def render(rows: list[dict], exports: list[dict]) -> str:
    lines = ["| engine | `kaiyu train` wall s | recommendations stage s | export s | Spark s (session + SQL + ALS) "
             "| ALS fits s (3) | holdout all NDCG@10 | new NDCG@10 | peak RSS MB (Python / JVM) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        rss = f"{r['rss_mb']} / {r['jvm_rss_mb']}" if r.get("rss_mb") else "-"
        lines.append(f"| {r['engine']} | {_f(r['wall_s'])} | {_f(r['recommendations_s'])} | {_f(r.get('export_s'))} "
                     f"| {_f(r.get('spark_s'))} | {_f(r.get('als_s'))} | {r['holdout_all']:.3f} "
                     f"| {r['holdout_new']:.3f} | {rss} |")
    lines += ["", "discovery models: " + "; ".join(f"{r['engine']}: {r['discovery']}" for r in rows), "",
              "| `kaiyu export events` | rows | export s | wall s | Parquet MB | peak RSS MB |",
              "|---|---|---|---|---|---|"]
    for e in exports:
        lines.append(f"| {e['selection']} | {e['rows']:,} | {e['export_s']:.1f} | {e['wall_s']:.1f} | {e['mb']} "
                     f"| {e['rss_mb']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, help="a home that already holds the Online Retail catalogue and events")
    parser.add_argument("--work", type=Path, default=OUT / "spark_vs_local", help="where the run homes go")
    parser.add_argument("--budget", type=float, default=None,
                        help="tuning budget of the local engine, seconds (default: the settings', 300)")
    parser.add_argument("--master", default="local[2]", help="Spark master")
    parser.add_argument("--skip-local", action="store_true", help="only the Spark run (and its in-process twin)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    env = {**os.environ, "KAIYU_SEARCH_DENSE": "false", "KAIYU_SPARK_MASTER": args.master}
    if args.budget is not None:
        env["KAIYU_TRAIN_TIME_BUDGET_S"] = str(args.budget)
    args.work.mkdir(parents=True, exist_ok=True)
    base = args.home or args.work / "base"
    if not (base / "kaiyu.db").exists():
        print(f"building the Online Retail home in {base} ...", file=sys.stderr, flush=True)
        build_home(base, env)
    rows = []
    if not args.skip_local:
        print("kaiyu train (local) ...", file=sys.stderr, flush=True)
        rows.append(train_run(base, args.work, "local", [], env))
    print("kaiyu train --engine spark ...", file=sys.stderr, flush=True)
    spark_row = train_run(base, args.work, "spark", ["--engine", "spark"], env)
    spark_row["engine"] = f"spark {args.master}"
    rows.append(spark_row)
    print("implicit ALS with the Spark run's configuration ...", file=sys.stderr, flush=True)
    rows.append(implicit_same_config(spark_row))
    print("kaiyu export events ...", file=sys.stderr, flush=True)
    exports = export_runs(base, args.work, env)
    print(render(rows, exports))
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "exports": exports}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
