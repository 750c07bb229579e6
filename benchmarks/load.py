"""Load on the HTTP API: recommendations on the Online Retail store, search on the 54,667-product
Home Depot catalogue, `kaiyu serve --workers 2`, wrk on 127.0.0.1 for a bounded time.

    .venv/bin/python -m benchmarks.load [--duration 20] [--only recommendations|search|baseline]
                                        [--rec-connections 4,8,16] [--search-connections 2,4,8] [--no-retrain] [--warmup 10]
                                        [--rec-variants "KAIYU_X=1;KAIYU_X=2,KAIYU_Y=3"]

Prepares each store through the public interface (adapters -> `kaiyu import` -> `kaiyu train`)
the first time, under benchmarks/out/load/. Then, per store: steady runs at several wrk
concurrencies (closed-loop load: more connections buy throughput with latency), and a run during
which a retrain is promoted (errors must stay at zero); memory per worker is read from /proc.
Recommendations run once more with the answer cache off (`KAIYU_RECS_CACHE_ENTRIES=0`, api.recs_cache).
`--rec-variants` runs the recommendation rows (steady, and retrain+swap unless --no-retrain) again
per variant, each on a server started with those settings (labelled with them), to compare a
setting with the default in the same run.
Search requests are a Zipf(1.0) stream of the Home Depot queries (seeded: shop traffic is
head-heavy), run with the query-vector cache on (the default) and once more with it off
(`KAIYU_QUERY_CACHE=0`). A bare FastAPI app on the same uvicorn (2 workers, uvloop, httptools)
answering a constant JSON body is measured in the same run: the ceiling of the framework on
this machine while it is shared.
wrk sends every request with one read key (`pk_bench_read`), as a storefront's server calls
Kaiyu for all its shoppers: the per-key rate limit is the one that applies (the per-address limit
counts keyless requests only), at its shipped default unless --rate-limit-per-key says otherwise.
Needs wrk (`apt-get install wrk`; installed by this script when missing and run as root).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from benchmarks import adapters
from benchmarks.http_client import ServerNotReady, free_port, start_serve, wait_ready

OUT = Path(__file__).resolve().parent / "out" / "load"
LUA = Path(__file__).resolve().parent / "wrk" / "paths.lua"
READ, WRITE = "pk_bench_read", "sk_bench_write"


def kaiyu(home: Path, *args: str, env=None) -> None:
    cmd = [sys.executable, "-m", "cli.main", "--home", str(home), *args]
    print("$ kaiyu", " ".join(args), file=sys.stderr)
    subprocess.run(cmd, check=True, env=env)


def prepare(name: str, convert) -> Path:
    home = OUT / name
    if (home / "bundles" / "CURRENT").exists():
        return home
    home.mkdir(parents=True, exist_ok=True)
    written = convert(OUT / f"{name}-files", "parquet")
    kaiyu(home, "import", "catalog", written["catalog"])
    if written.get("events"):
        kaiyu(home, "import", "events", written["events"])
    kaiyu(home, "train")
    return home


def start_server(home: Path, workers: int, extra_env: dict | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write", **(extra_env or {})}
    log_path = home / "server.log"
    proc = start_serve(home, port=port, workers=workers, env=env, log_path=log_path, new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc, timeout=180, log_path=log_path)
    except ServerNotReady as exc:
        proc.kill()
        raise SystemExit(str(exc)) from None
    return proc, base


def worker_rss_mb(proc: subprocess.Popen) -> list[float]:
    """RSS of the server's worker processes (children of the uvicorn supervisor)."""
    out = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if int(fields.get("PPid", "0").strip()) == proc.pid and "python" in fields.get("Name", ""):
            out.append(round(int(fields["VmRSS"].split()[0]) / 1024, 1))
    return sorted(out)


def wrk(base: str, paths: list[str], *, duration: int, connections: int) -> dict:
    path_file = OUT / "paths.txt"
    path_file.write_text("\n".join(paths) + "\n")
    env = {**os.environ, "KAIYU_PATHS": str(path_file), "KAIYU_KEY": READ}
    done = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "5s",
                           "-s", str(LUA), base], capture_output=True, text=True, env=env, check=True)
    line = next(l for l in done.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    errors = sum(v for k, v in r.items() if k.startswith("errors_"))  # non-2xx/3xx answers (429s too) and socket errors
    return {"req_s": round(r["requests"] / (r["duration_us"] / 1e6)), "p50_ms": r["p50_us"] / 1000,
            "p90_ms": r["p90_us"] / 1000, "p99_ms": r["p99_us"] / 1000, "requests": r["requests"], "errors": errors,
            "load1": round(os.getloadavg()[0], 2)}  # the machine's 1-minute load at the end of the run


def run_scenario(name: str, home: Path, paths: list[str], args, connections: list[int], *,
                 extra_env: dict | None = None, retrain: bool = True) -> list[dict]:
    """Steady runs at each concurrency in `connections` (latency against throughput), then
    (`retrain`) a run at the middle one while `kaiyu train --force` trains and promotes beside
    the server. `extra_env`: the server's settings for this scenario."""
    proc, base = start_server(home, args.workers, extra_env)
    rows = []
    try:
        for _ in range(50):  # warm every worker
            httpx.get(base + random.choice(paths), headers={"Authorization": f"Bearer {READ}"})
        if args.warmup > 0:  # a server that has run a while: its caches hold the stream's head (not recorded)
            wrk(base, paths, duration=args.warmup, connections=connections[0])
        for c in connections:
            steady = wrk(base, paths, duration=args.duration, connections=c)
            rows.append({"scenario": name, "run": f"steady, {c} connections", "connections": c, **steady,
                         "worker_rss_mb": worker_rss_mb(proc)})
        if not retrain:
            return rows
        # the nightly job runs and promotes while the load goes on (on the same 2 cores)
        c = connections[len(connections) // 2]
        env = {**os.environ, "KAIYU_TRAIN_TIME_BUDGET_S": "30"}
        trainer = subprocess.Popen([sys.executable, "-m", "cli.main", "--home", str(home), "train", "--force"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        before = httpx.get(f"{base}/readyz").json()["model_version"]
        during = wrk(base, paths, duration=max(args.duration, 30), connections=c)
        trainer.wait()
        time.sleep(2)
        after = httpx.get(f"{base}/readyz").json()["model_version"]
        rows.append({"scenario": name, "run": f"retrain+swap, {c} conn ({before} -> {after})", "connections": c,
                     **during, "worker_rss_mb": worker_rss_mb(proc)})
        # the bundle served before comes back, so later rows (and later runs) measure the same one:
        # the 30-second retrain's bundle is another model (1.1 GB workers on Online Retail, not 0.4)
        kaiyu(home, "bundles", "promote", before)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    return rows


BARE_APP = """
from fastapi import FastAPI
app = FastAPI()
BODY = {"user_id": "u", "scenario": "for-you", "model_version": "v",
        "items": [{"item_id": f"I{i}", "score": 1.0 - i / 10, "reason": "popular"} for i in range(10)]}

@app.get("/v1/users/{user_id}/recommendations")
async def recommendations(user_id: str, limit: int = 10):
    return BODY
"""


def bare_fastapi(args, connections: list[int]) -> list[dict]:
    """The framework's ceiling here: a bare FastAPI app (one route, a constant 10-item body) on
    the same uvicorn settings as `kaiyu serve`, at the recommendation concurrencies."""
    app_dir = OUT / "bare"
    app_dir.mkdir(parents=True, exist_ok=True)
    (app_dir / "bare_app.py").write_text(BARE_APP)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "bare_app:app", "--port", str(port), "--workers",
                             str(args.workers), "--loop", "uvloop", "--http", "httptools", "--no-access-log",
                             "--log-level", "warning"], cwd=app_dir, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/v1/users/u/recommendations").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        paths = [f"/v1/users/{i}/recommendations?limit=10" for i in range(2000)]
        for c in connections:
            rows.append({"scenario": "bare FastAPI baseline", "run": f"steady, {c} connections", "connections": c,
                         **wrk(base, paths, duration=args.duration, connections=c), "worker_rss_mb": worker_rss_mb(proc)})
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    return rows


def parse_variants(text: str) -> list[dict[str, str]]:
    """`--rec-variants`: 'A=1;A=2,B=3' -> [{'A': '1'}, {'A': '2', 'B': '3'}] (names must be KAIYU_ settings)."""
    out = []
    for part in filter(str.strip, text.split(";")):
        variant = {}
        for item in part.split(","):
            name, sep, value = item.strip().partition("=")
            if not sep or not name.startswith("KAIYU_") or not value:
                raise ValueError(f"{item.strip()!r} is not KAIYU_NAME=value")
            variant[name] = value
        out.append(variant)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--rec-connections", default="4,8,16", help="wrk concurrencies for recommendations")
    parser.add_argument("--search-connections", default="2,4,8", help="wrk concurrencies for search")
    parser.add_argument("--only", help="scenarios to run, comma-separated: recommendations, search, baseline")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=10,
                        help="seconds of unrecorded load before each scenario's rows (caches warm, as on a "
                             "server that has run a while); 0: none")
    parser.add_argument("--no-retrain", action="store_true", help="steady runs only (no retrain+swap run)")
    parser.add_argument("--rate-limit-per-key", default=None,
                        help="the servers' KAIYU_RATE_LIMIT_PER_KEY (default: the shipped limit, which the "
                             "storefront's read key wrk sends stays under); the printed table says when it is set")
    parser.add_argument("--rec-variants", default="",
                        help="server settings to run the steady recommendation rows again with, in the same run: "
                             "variants separated by ';', each 'KAIYU_NAME=value[,KAIYU_NAME=value]'")
    args = parser.parse_args(argv)
    try:
        variants = parse_variants(args.rec_variants)
    except ValueError as exc:
        parser.error(f"--rec-variants: {exc}")
    if shutil.which("wrk") is None:
        subprocess.run("apt-get update -qq && apt-get install -y -qq wrk", shell=True, check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(0)

    only = set(args.only.split(",")) if args.only else {"baseline", "recommendations", "search"}
    if only - {"baseline", "recommendations", "search"}:
        parser.error(f"--only: unknown scenario(s) {', '.join(sorted(only - {'baseline', 'recommendations', 'search'}))}")
    if args.rate_limit_per_key is not None:
        os.environ["KAIYU_RATE_LIMIT_PER_KEY"] = args.rate_limit_per_key  # the servers inherit it
    rows = []
    if "baseline" in only:
        rows += bare_fastapi(args, [int(c) for c in args.rec_connections.split(",")])
    if "recommendations" in only:
        retail = prepare("online-retail", lambda d, f: adapters.online_retail(d, f))
        users = sorted(adapters.online_retail_clean()["CustomerID"].astype("int64").astype(str).unique())
        rec_paths = [f"/v1/users/{u}/recommendations?limit=10" for u in rng.sample(users, 2000)]
        rec_connections = [int(c) for c in args.rec_connections.split(",")]
        rows += run_scenario("recommendations (Online Retail)", retail, rec_paths, args, rec_connections,
                             retrain=not args.no_retrain)
        for variant in variants:  # the same rows with other server settings, same run
            rows += run_scenario("recs " + ",".join(f"{k.removeprefix('KAIYU_')}={v}" for k, v in variant.items()),
                                 retail, rec_paths, args, rec_connections, extra_env=variant,
                                 retrain=not args.no_retrain)
        # the service's answers computed on every request: 2,000 repeated shoppers are all reused
        # after each worker's first sight of them, a shop with many more shoppers reuses fewer
        rows += run_scenario("recommendations, answer cache off", retail, rec_paths, args,
                             [rec_connections[len(rec_connections) // 2]],
                             extra_env={"KAIYU_RECS_CACHE_ENTRIES": "0"}, retrain=False)
    if "search" in only:
        from benchmarks.query_cache import zipf_stream

        depot = prepare("home-depot", lambda d, f: adapters.home_depot(d, f))
        queries = sorted(adapters.load_home_depot_judgements()["search_term"].unique())
        stream = zipf_stream(queries, 20_000, exponent=1.0, seed=0)  # wrk draws from it uniformly
        search_paths = [str(httpx.URL("/v1/search", params={"q": q, "limit": 10})) for q in stream]
        search_connections = [int(c) for c in args.search_connections.split(",")]
        rows += run_scenario("search (Home Depot, 54,667 items, Zipf)", depot, search_paths, args, search_connections,
                             retrain=not args.no_retrain)
        rows += run_scenario("search, query cache off", depot, search_paths, args,
                             [search_connections[len(search_connections) // 2]],
                             extra_env={"KAIYU_QUERY_CACHE": "0"}, retrain=False)

    print(f"\n{os.cpu_count()} cores; kaiyu serve --workers {args.workers}; wrk -t2 "
          f"-d{args.duration}s on 127.0.0.1 (wrk shares the cores)"
          + (f"; per-key rate limit {args.rate_limit_per_key!r} (not the shipped default)"
             if args.rate_limit_per_key is not None else ""))
    print(f"{'scenario':<36} {'run':<48} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'load1':>6}  worker RSS MB")
    for r in rows:
        print(f"{r['scenario']:<36} {r['run']:<48} {r['req_s']:>7,} {r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} "
              f"{r['errors']:>6} {r['load1']:>6}  {r['worker_rss_mb']}")
    (OUT / "load.json").write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
