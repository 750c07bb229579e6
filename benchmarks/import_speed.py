"""Import speed and memory: the Online Retail purchases through `kaiyu import events`.

    .venv/bin/python -m benchmarks.import_speed [--formats parquet jsonl csv] [--database-url URL]

Converts the data with `benchmarks.adapters`, then runs the public command in a fresh home for
each format, and again on files of 1/4, 1/2, 1x and 2x the rows (the 2x file repeats the data
with new event ids) to show that peak memory does not grow with file size. Also re-imports the
full file (every row a duplicate). Peak RSS is the importing process's own (wait4 rusage).
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
from pathlib import Path

import pandas as pd

from benchmarks.adapters import online_retail, write_table

OUT = Path(__file__).resolve().parent / "out"


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def import_with_rss(home: Path, path: Path, env: dict) -> dict:
    """Run one import; its peak RSS is the process's own high-water mark (VmHWM), sampled
    until it exits (rusage would also count the memory of the parent it was forked from)."""
    cmd = [sys.executable, "-m", "cli.main", "--home", str(home), "import", "events", str(path),
           "--json", "--progress", "off"]
    started = time.perf_counter()
    peak = 0.0
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env=env)
        while proc.poll() is None:
            peak = max(peak, _vm_hwm_mb(proc.pid) or 0.0)
            time.sleep(0.05)
        wall = time.perf_counter() - started
        out_f.seek(0)
        err_f.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"import failed: {err_f.read().decode()[-2000:]}")
        summary = json.loads(out_f.read())
    return {"file": path.name, "rows": summary["read"], "stored": summary["stored"],
            "duplicates": summary["duplicates"], "wall_s": round(wall, 2),
            "rows_per_s": round(summary["read"] / wall), "peak_rss_mb": round(peak, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", nargs="+", default=["parquet", "jsonl", "csv"])
    parser.add_argument("--database-url", default=None, help="import into this database instead of SQLite")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if args.database_url:
        env["KAIYU_DATABASE_URL"] = args.database_url
    data = OUT / "online-retail"
    data.mkdir(parents=True, exist_ok=True)
    rows = []
    for fmt in args.formats:
        written = online_retail(data, fmt)
        work = Path(tempfile.mkdtemp(prefix="kaiyu-import-bench-"))
        try:
            if args.database_url:
                _reset_database(args.database_url)
            first = import_with_rss(work / "home", Path(written["events"]), env)
            again = import_with_rss(work / "home", Path(written["events"]), env)
            rows.append({"format": fmt, "run": "first", **first})
            rows.append({"format": fmt, "run": "re-import", **again})
        finally:
            shutil.rmtree(work, ignore_errors=True)
    # memory against file size (JSON Lines: the format read line by line)
    events = pd.read_parquet(online_retail(data, "parquet")["events"])
    scaling = []
    for factor in (0.25, 0.5, 1.0, 2.0):
        if factor <= 1:
            part = events.iloc[: int(len(events) * factor)]
        else:
            part = pd.concat([events, events.assign(event_id=events["event_id"] + "-copy")], ignore_index=True)
        path = write_table(part, data / f"scaling_{factor}.jsonl", "jsonl")
        work = Path(tempfile.mkdtemp(prefix="kaiyu-import-bench-"))
        try:
            if args.database_url:
                _reset_database(args.database_url)
            scaling.append({"factor": factor, "file_mb": round(path.stat().st_size / 2**20, 1),
                            **import_with_rss(work / "home", path, env)})
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"database: {args.database_url or 'SQLite (WAL) in a fresh home'}; machine: {os.cpu_count()} cores")
    print(f"{'format':<8} {'run':<10} {'rows':>9} {'stored':>9} {'dupes':>9} {'wall s':>7} {'rows/s':>8} {'peak RSS MB':>12}")
    for r in rows:
        print(f"{r['format']:<8} {r['run']:<10} {r['rows']:>9,} {r['stored']:>9,} {r['duplicates']:>9,} "
              f"{r['wall_s']:>7.1f} {r['rows_per_s']:>8,} {r['peak_rss_mb']:>12.1f}")
    print("\nmemory against file size (JSON Lines):")
    print(f"{'factor':>6} {'file MB':>8} {'rows':>9} {'wall s':>7} {'rows/s':>8} {'peak RSS MB':>12}")
    for r in scaling:
        print(f"{r['factor']:>6} {r['file_mb']:>8.1f} {r['rows']:>9,} {r['wall_s']:>7.1f} {r['rows_per_s']:>8,} {r['peak_rss_mb']:>12.1f}")
    (OUT / "import_speed.json").write_text(json.dumps({"imports": rows, "scaling": scaling}, indent=2))
    return 0


def _reset_database(url: str) -> None:
    from store.db import Store, metadata

    store = Store(url, create=False)
    metadata.drop_all(store.engine)
    store.close()


if __name__ == "__main__":
    sys.exit(main())
