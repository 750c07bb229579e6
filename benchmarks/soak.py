"""Soak: a two-worker `kaiyu serve` under mixed traffic for minutes, with a retrain promoted
mid-run and one worker killed with -9 (uvicorn starts another), counting what went wrong.

    .venv/bin/python -m benchmarks.soak [--minutes 5] [--users 300] [--clients 4] [--dense]

Builds the synthetic demo shop (`demo.synthetic`, a small user count for speed) in a fresh home
under benchmarks/out/soak/ (or `--home`), trains once, serves it with `--workers 2` and keys on,
and runs `--clients` closed-loop clients: searches, autocomplete, recommendations, event batches
(every event with its own id) and catalogue updates (new items, price and stock changes). At 30 %
of the run `kaiyu train --force` retrains (a 30 s tuning budget, so it lands mid-run on shared
cores) and promotes; at 60 % one worker gets SIGKILL.

Prints requests and status codes per route, 5xx and connection errors (split into those within
the killed worker's window and the rest, which must be 0), events acknowledged against events
stored (must be equal), each worker's RSS over time, and latency p50/p99 per route. Exits 1 when
a rule is broken.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

from benchmarks.http_client import ServerNotReady, free_port, start_serve, wait_ready

OUT = Path(__file__).resolve().parent / "out" / "soak"
READ, WRITE = "pk_soak_read", "sk_soak_write"
KILL_WINDOW_S = 3.0  # requests failing this close after the kill are the killed worker's


def log(message: str) -> None:
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def prepare(home: Path, users: int, dense: bool) -> None:
    from demo.shop import build_demo_store
    from store.settings import load_settings
    from training.train import train

    settings = load_settings(home, search_dense=dense, train_time_budget_s=30)
    if (home / "bundles").exists() and settings.home.joinpath("kaiyu.db").exists():
        return
    home.mkdir(parents=True, exist_ok=True)
    build_demo_store(settings, users=users)
    train(settings, show_progress=False)


def children(pid: int) -> list[int]:
    done = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in done.stdout.split()]


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


def workers(master: int) -> list[int]:
    """The uvicorn worker processes (the master's children that are not its resource tracker)."""
    out = []
    for pid in children(master):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"resource_tracker" not in cmd:
            out.append(pid)
    return out


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.failures: list[tuple[float, str, str]] = []  # (time, route, what)
        self.acked = 0
        self.event_ids: set[str] = set()

    def record(self, route: str, started: float, outcome: str, seconds: float) -> None:
        with self.lock:
            self.statuses[route][outcome] += 1
            if outcome.isdigit():
                self.latency[route].append(seconds)
            if not outcome.isdigit() or int(outcome) >= 500:
                self.failures.append((started, route, outcome))


class Traffic:
    """One closed-loop client: picks a request kind by weight, sends it, records the outcome."""

    KINDS = (("search", 40), ("autocomplete", 15), ("recommendations", 25), ("similar", 5), ("events", 10),
             ("items", 5))

    def __init__(self, base: str, tally: Tally, run: str, items: list[str], users: list[str], queries: list[str]):
        self.base, self.tally, self.run = base, tally, run
        self.item_ids, self.users, self.queries = items, users, queries
        self.rng = random.Random()
        self.counter = 0

    def request(self, http: httpx.Client) -> None:
        kind = self.rng.choices([k for k, _ in self.KINDS], [w for _, w in self.KINDS])[0]
        route, send, ids = getattr(self, kind)()
        started = time.time()
        t0 = time.perf_counter()
        try:
            response = send(http)
            outcome = str(response.status_code)
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
            response = None
        self.tally.record(route, started, outcome, time.perf_counter() - t0)
        if ids and response is not None and response.status_code == 200:
            with self.tally.lock:
                self.tally.acked += response.json()["accepted"]
                self.tally.event_ids.update(ids)

    def _get(self, path: str, params: dict):
        return lambda http: http.get(self.base + path, params=params, headers={"Authorization": f"Bearer {READ}"})

    def search(self):
        params = {"q": self.rng.choice(self.queries), "limit": 10}
        if self.rng.random() < 0.3:
            params["in_stock"] = "true"
        return "/v1/search", self._get("/v1/search", params), None

    def autocomplete(self):
        q = self.rng.choice(self.queries)
        return "/v1/autocomplete", self._get("/v1/autocomplete", {"q": q[: self.rng.randint(1, max(1, len(q)))]}), None

    def recommendations(self):
        user = self.rng.choice(self.users)
        return ("/v1/users/{user_id}/recommendations",
                self._get(f"/v1/users/{user}/recommendations", {"limit": 10}), None)

    def similar(self):
        item = self.rng.choice(self.item_ids)
        return "/v1/items/{item_id}/similar", self._get(f"/v1/items/{item}/similar", {"limit": 10}), None

    def events(self):
        self.counter += 1
        ids = [f"soak-{self.run}-{id(self)}-{self.counter}-{k}" for k in range(20)]
        kinds = ("view", "view", "view", "click", "add_to_cart", "purchase")
        rows = [{"event_id": i, "user_id": self.rng.choice(self.users), "item_id": self.rng.choice(self.item_ids),
                 "type": self.rng.choice(kinds)} for i in ids]
        return ("/v1/events", lambda http: http.post(self.base + "/v1/events", json=rows,
                                                      headers={"Authorization": f"Bearer {WRITE}"}), ids)

    def items(self):
        self.counter += 1
        rows = [{"item_id": self.rng.choice(self.item_ids), "price": round(self.rng.uniform(5, 200), 2),
                 "in_stock": self.rng.random() < 0.8} for _ in range(5)]
        rows.append({"item_id": f"soak-{self.run}-new-{id(self)}-{self.counter}", "title": "Soak test lamp",
                     "category": "Home > Lighting", "price": 42.0})
        return ("/v1/items", lambda http: http.put(self.base + "/v1/items", json=rows,
                                                    headers={"Authorization": f"Bearer {WRITE}"}), None)


def sample_catalogue(home: Path) -> tuple[list[str], list[str], list[str]]:
    with sqlite3.connect(home / "kaiyu.db") as conn:
        items = [r[0] for r in conn.execute("SELECT item_id FROM items LIMIT 2000")]
        users = [r[0] for r in conn.execute("SELECT DISTINCT user_id FROM events LIMIT 500")]
        titles = [r[0] for r in conn.execute("SELECT title FROM items LIMIT 400")]
    queries = [" ".join(t.split()[: random.randint(1, 3)]).lower() for t in titles if t]
    queries += ["shirt dress", "lamp", "ワンピース", "wireless headphones", "qzxwv", "red", "table lamp under 50"]
    return items, users, queries


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def serve(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write", "KAIYU_RELOAD_INTERVAL_S": "1"}
    env.pop("KAIYU_DATABASE_URL", None)
    return start_serve(home, port=port, workers=2, env=env, log_path=home / "soak-server.log", new_session=True)


def run(args) -> int:
    home = Path(args.home) if args.home else OUT / "home"
    if args.fresh and home.exists():
        shutil.rmtree(home)
    log(f"preparing the synthetic shop ({args.users} shoppers) in {home}")
    prepare(home, args.users, args.dense)
    if not args.dense:
        os.environ["KAIYU_SEARCH_DENSE"] = "false"
    items, users, queries = sample_catalogue(home)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = serve(home, port)
    tally = Tally()
    run_id = uuid.uuid4().hex[:8]
    rss: list[tuple[float, dict[int, float]]] = []
    marks: dict[str, float] = {}
    try:
        try:
            wait_ready(base, proc, timeout=120, log_path=home / "soak-server.log")
        except ServerNotReady as exc:
            raise SystemExit(str(exc)) from None
        for _ in range(30):  # both workers up
            if len(workers(proc.pid)) >= 2:
                break
            time.sleep(0.5)
        log(f"serving on {base}: workers {workers(proc.pid)}; {args.clients} clients for {args.minutes} min")
        start = time.monotonic()
        duration = args.minutes * 60
        stop = start + duration

        def client():
            traffic = Traffic(base, tally, run_id, items, users, queries)
            with httpx.Client(timeout=30) as http:
                while time.monotonic() < stop:
                    traffic.request(http)

        threads = [threading.Thread(target=client, daemon=True) for _ in range(args.clients)]
        for t in threads:
            t.start()
        retrain = None
        next_sample = start
        while time.monotonic() < stop:
            now = time.monotonic()
            if now >= next_sample:
                rss.append((now - start, {pid: rss_mb(pid) or 0.0 for pid in workers(proc.pid)}))
                next_sample += max(5.0, duration / 20)
            if retrain is None and now - start >= 0.3 * duration:
                log("retraining (kaiyu train --force), promoted when done")
                marks["retrain_started"] = now - start
                retrain = subprocess.Popen([sys.executable, "-m", "cli.main", "train", "--home", str(home), "--force"],
                                           stdout=subprocess.DEVNULL, stderr=(home / "soak-train.log").open("w"),
                                           env={**os.environ, "KAIYU_TRAIN_TIME_BUDGET_S": "30"})
            if retrain is not None and "retrain_done" not in marks and retrain.poll() is not None:
                marks["retrain_done"] = now - start
                log(f"retrain finished (exit {retrain.returncode})")
            if "kill" not in marks and now - start >= 0.6 * duration:
                victim = workers(proc.pid)[0]
                marks["kill"] = now - start
                marks["kill_at"] = time.time()
                log(f"kill -9 worker {victim}")
                os.kill(victim, signal.SIGKILL)
            time.sleep(0.25)
        for t in threads:
            t.join(60)
        if retrain is not None:
            retrain.wait(600)
            marks.setdefault("retrain_done", time.monotonic() - start)
        serving = httpx.get(f"{base}/readyz", timeout=5).json().get("model_version")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
    with sqlite3.connect(home / "kaiyu.db") as conn:
        stored = conn.execute("SELECT COUNT(*) FROM events WHERE event_id LIKE ?", (f"soak-{run_id}-%",)).fetchone()[0]
    return report(args, tally, stored, rss, marks, serving)


def report(args, tally: Tally, stored: int, rss, marks: dict[str, float], serving: str | None) -> int:
    kill_at = marks.get("kill_at", float("inf"))
    in_kill = [f for f in tally.failures if kill_at - 1 <= f[0] <= kill_at + KILL_WINDOW_S]
    outside = [f for f in tally.failures if f not in in_kill]
    total = sum(sum(s.values()) for s in tally.statuses.values())
    print(f"\nSoak: kaiyu serve --workers 2, {args.minutes} min, {args.clients} clients, synthetic shop "
          f"({args.users} shoppers); retrain at {marks.get('retrain_started', 0):.0f} s "
          f"(promoted at ~{marks.get('retrain_done', 0):.0f} s, serving {serving} at the end), "
          f"worker killed -9 at {marks.get('kill', 0):.0f} s")
    print(f"requests: {total:,}   5xx or connection errors: {len(tally.failures)} "
          f"({len(in_kill)} within {KILL_WINDOW_S:.0f} s of the kill, {len(outside)} outside: must be 0)")
    print(f"events acknowledged: {tally.acked:,}   stored: {stored:,}   "
          f"({'equal' if tally.acked == stored else 'NOT EQUAL'}; {len(tally.event_ids):,} ids sent in acknowledged batches)")
    print("\n| route | requests | statuses | p50 ms | p99 ms |\n|---|---|---|---|---|")
    for route, statuses in sorted(tally.statuses.items(), key=lambda kv: -sum(kv[1].values())):
        lat = tally.latency[route]
        codes = ", ".join(f"{k}: {v:,}" for k, v in sorted(statuses.items()))
        print(f"| {route} | {sum(statuses.values()):,} | {codes} | {percentile(lat, 0.5) * 1000:.1f} | "
              f"{percentile(lat, 0.99) * 1000:.1f} |")
    print("\nRSS per worker (MB) over time:")
    for at, by_pid in rss:
        print(f"  {at:6.0f} s  " + "  ".join(f"pid {pid}: {mb:,.0f}" for pid, mb in sorted(by_pid.items())))
    for when, route, what in outside[:10]:
        print(f"  failure outside the kill window: {time.strftime('%H:%M:%S', time.localtime(when))} {route} {what}")
    ok = not outside and tally.acked == stored
    print(f"\n{'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--users", type=int, default=300, help="shoppers in the synthetic shop")
    parser.add_argument("--clients", type=int, default=4, help="concurrent closed-loop clients")
    parser.add_argument("--home", help=f"Kaiyu home to build and serve (default {OUT / 'home'})")
    parser.add_argument("--fresh", action="store_true", help="rebuild the home from scratch")
    parser.add_argument("--dense", action="store_true", help="semantic search on (slower to train and load)")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
