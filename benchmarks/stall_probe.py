"""Where a recommendation request's tail goes: `kaiyu serve`'s app (api.main:create_app, same
uvicorn settings: 2 workers, uvloop, httptools) with probes in each worker, under wrk load.
A diagnostic run, not a headline row: the probes cost a little themselves.

    flock /tmp/kaiyu-heavy.lock .venv/bin/python -m benchmarks.stall_probe [--duration 10] [--connections 8]

Per worker it records: the event loop's lag (a task sleeping 1 ms, what it overslept, kept when
over 5 ms), every garbage collection (generation, duration: `gc.callbacks`), every buffered-log
flush (`api.searchlog.BufferedLog.flush`: rows, duration). It then says, for each loop stall
over 20 ms, what overlapped it. `KAIYU_PROBE_NO_FLUSH=1` stops the flushers (rows stay buffered);
the served settings apply as in `kaiyu serve`, e.g. `KAIYU_SWITCH_INTERVAL_MS=5` (api.config).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out" / "load"


def create_app():
    """The served app with this worker's probes (uvicorn factory)."""
    from api import searchlog
    from api.main import create_app as real

    record = {"pid": os.getpid(), "lag": [], "gc": [], "flush": [], "gc_counts": {0: 0, 1: 0, 2: 0}}
    started: dict[int, float] = {}

    def on_gc(phase, info):
        if phase == "start":
            started[info["generation"]] = time.perf_counter()
        else:
            gen = info["generation"]
            took = time.perf_counter() - started.pop(gen, time.perf_counter())
            record["gc_counts"][gen] += 1
            if gen == 2 or took > 0.002:
                record["gc"].append((time.perf_counter(), gen, round(took * 1000, 2)))
    gc.callbacks.append(on_gc)

    flush = searchlog.BufferedLog.flush

    def timed_flush(self):
        t = time.perf_counter()
        n = flush(self)
        record["flush"].append((time.perf_counter(), self.what, n, round((time.perf_counter() - t) * 1000, 2)))
        return n
    searchlog.BufferedLog.flush = timed_flush
    from store import impressions as store_impressions

    add_sqlite = store_impressions.Impressions._add_sqlite

    def timed_add(self, rows):
        t = time.perf_counter()
        n = add_sqlite(self, rows)
        record.setdefault("insert", []).append((time.perf_counter(), len(rows), round((time.perf_counter() - t) * 1000, 2)))
        return n
    store_impressions.Impressions._add_sqlite = timed_add
    if os.environ.get("KAIYU_PROBE_NO_FLUSH"):
        searchlog.BufferedLog.start = lambda self: None

    app = real()
    inner = app.router.lifespan_context

    async def monitor():
        path = OUT / f"probe-{os.getpid()}.json"
        last_dump = time.perf_counter()
        while True:
            t = time.perf_counter()
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            if now - t - 0.001 > 0.005:
                record["lag"].append((now, round((now - t - 0.001) * 1000, 2)))
            if now - last_dump > 1.0:
                last_dump = now
                record["gc_tracked"] = len(gc.get_objects()) if os.environ.get("KAIYU_PROBE_COUNT") else None
                path.write_text(json.dumps(record))

    @asynccontextmanager
    async def lifespan(a):
        async with inner(a) as state:
            task = asyncio.create_task(monitor())
            try:
                yield state
            finally:
                task.cancel()
    app.router.lifespan_context = lifespan
    return app


def overlaps(stall_end: float, stall_ms: float, end: float, took_ms: float) -> bool:
    return end >= stall_end - stall_ms / 1000 - 0.001 and end - took_ms / 1000 <= stall_end + 0.001


def report(records: list[dict], t0: float, t1: float) -> list[dict]:
    """Per worker, what happened between `t0` and `t1` (perf_counter: the same clock in every process here)."""
    out = []
    for r in records:
        r = {**r, **{k: [x for x in r[k] if t0 <= x[0] <= t1] for k in ("lag", "gc", "flush")}}
        stalls = [s for s in r["lag"] if s[1] > 20]
        causes = {"gen2 gc": 0, "other gc>2ms": 0, "flush": 0, "none seen": 0}
        for end, ms in stalls:
            gcs = [g for g in r["gc"] if overlaps(end, ms, g[0], g[2])]
            fl = [f for f in r["flush"] if overlaps(end, ms, f[0], f[3])]
            if any(g[1] == 2 for g in gcs):
                causes["gen2 gc"] += 1
            elif gcs:
                causes["other gc>2ms"] += 1
            if fl:
                causes["flush"] += 1
            if not gcs and not fl:
                causes["none seen"] += 1
        gen2 = [g[2] for g in r["gc"] if g[1] == 2]
        flushes = [f for f in r["flush"] if f[2]]
        out.append({"pid": r["pid"], "lag_over_5ms": len(r["lag"]), "stalls_over_20ms": len(stalls),
                    "worst_stall_ms": max((s[1] for s in r["lag"]), default=0), "stalls_overlapping": causes,
                    "gc_counts_whole_life": r["gc_counts"], "gen2_in_run": len(gen2), "gen2_ms": gen2[:20],
                    "gc_over_2ms_not_gen2": [g[2] for g in r["gc"] if g[1] != 2][:20],
                    "flushes": len(flushes), "flush_rows_mean": round(sum(f[2] for f in flushes) / max(len(flushes), 1)),
                    "flush_ms": [f[3] for f in flushes][:20],
                    "insert_ms": [f[2] for f in r.get("insert", []) if t0 <= f[0] <= t1][:20]})
    return out


def main(argv=None) -> int:
    from benchmarks import adapters
    from benchmarks.http_client import free_port, wait_ready
    from benchmarks.load import READ, WRITE, prepare, wrk

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    import random

    import httpx

    home = prepare("online-retail", lambda d, f: adapters.online_retail(d, f))
    users = sorted(adapters.online_retail_clean()["CustomerID"].astype("int64").astype(str).unique())
    paths = [f"/v1/users/{u}/recommendations?limit=10" for u in random.Random(0).sample(users, 2000)]
    for old in OUT.glob("probe-*.json"):
        old.unlink()
    port = free_port()
    env = {**os.environ, "KAIYU_HOME": str(home.resolve()), "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write"}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.stall_probe:create_app", "--factory",
                             "--port", str(port), "--workers", str(args.workers), "--loop", "uvloop", "--http",
                             "httptools", "--no-access-log", "--log-level", "warning"], env=env,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc, timeout=120)
        for _ in range(100):
            httpx.get(base + random.choice(paths), headers={"Authorization": f"Bearer {READ}"})
        t0 = time.perf_counter()
        result = wrk(base, paths, duration=args.duration, connections=args.connections)
        t1 = time.perf_counter()
        time.sleep(2.5)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    records = [json.loads(p.read_text()) for p in OUT.glob("probe-*.json")]
    print(json.dumps({"wrk": result, "no_flush": bool(os.environ.get("KAIYU_PROBE_NO_FLUSH")),
                      "workers": report(records, t0, t1)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
