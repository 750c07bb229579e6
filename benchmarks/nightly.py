"""The whole nightly job (`kaiyu train`) on real stores: a first run (no bundle, empty embedding
cache) and a second run with nothing changed, each timed by stage.

    .venv/bin/python -m benchmarks.nightly [--stores online-retail,home-depot]

Each store is made through the public interface in a fresh home under benchmarks/out/nightly/:
the adapters write import files, `kaiyu import` loads them, then `kaiyu train` runs twice as cron
would run it. Times are wall-clock seconds of the subprocess and the stages from the bundle's
report. Results go to benchmarks/out/nightly/nightly.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import adapters

OUT = Path(__file__).resolve().parent / "out" / "nightly"
STORES = {
    "online-retail": lambda d: adapters.online_retail(d, "parquet"),
    "home-depot": lambda d: adapters.home_depot(d, "parquet"),
}


def kaiyu(home: Path, *args: str) -> tuple[int, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), *args])
    return done.returncode, time.perf_counter() - started


def run_store(name: str) -> list[dict]:
    home = OUT / name
    shutil.rmtree(home, ignore_errors=True)
    written = STORES[name](OUT / f"{name}-files")
    kaiyu(home, "import", "catalog", str(written["catalog"]))
    if written.get("events"):
        kaiyu(home, "import", "events", str(written["events"]))
    rows = []
    for run in ("first run (no bundle, empty embedding cache)", "second run (nothing changed)"):
        print(f"\n== {name}: {run}", file=sys.stderr, flush=True)
        status, wall = kaiyu(home, "train")
        current = (home / "bundles" / "CURRENT").read_text().strip()
        newest = sorted(p for p in (home / "bundles").iterdir() if p.is_dir() and not p.name.startswith("."))[-1]
        report = json.loads((newest / "report.json").read_text())
        rows.append({"store": name, "run": run, "exit": status, "wall_s": round(wall, 1),
                     "stages_s": report["stages_s"], "items": report["data"]["items"],
                     "events": report["data"]["events"], "promoted": report["promoted"],
                     "serving": current, "gate": report["gate"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", default="online-retail,home-depot")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in args.stores.split(","):
        rows += run_store(name.strip())
    print(f"\n{'store':<14} {'run':<46} {'exit':>4} {'wall s':>7}  stages (s)")
    for r in rows:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages_s"].items())
        print(f"{r['store']:<14} {r['run']:<46} {r['exit']:>4} {r['wall_s']:>7.1f}  {stages}")
    (OUT / "nightly.json").write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
