"""A simulated A/B experiment end to end through the HTTP API, as a store would run one.

One command: a temporary home with the synthetic demo shop (`kaiyu demo --no-serve`: generated,
imported through the importers, trained), keys made with `kaiyu keys create` (an admin key for
the operator, a read key for the storefront, an `events` key for the tracker), `kaiyu serve`, an
experiment of two variants created through `POST /v1/admin/experiments`, simulated shoppers who
search (`GET /v1/search?user_id=`: the response names their variant and carries a search_id),
click a result, add it to the cart and buy it, the events sent as kaiyu-insights.js sends them
(batches of 20, each with its event_id, search_id and 1-based position, with the events key), and
the verdict read back through `GET /v1/admin/experiments/{id}`.

What is simulated, said plainly: the shoppers' behaviour. Variant B's effect is injected there
(its shoppers click `--lift` times as often) and B changes nothing served (serving applies a
variant's search settings and rule set since; `search_dense`, which this once named, is refused at
creation as it cannot change per request): the benchmark measures the measurement (assignment,
impressions, attribution, statistics), not a ranking change. `--lift 1` is an A/A test: the verdict must not name a winner
(at alpha 0.05, 1 run in 20 does by chance).

    flock /tmp/kaiyu-heavy.lock .venv/bin/python -m benchmarks.experiment_http --shoppers 1500 --aa
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import numpy as np

from benchmarks.http_client import ROOT, ServerNotReady, free_port, kaiyu, start_serve, wait_ready

LIGHT_ENV = {"KAIYU_SEARCH_DENSE": "false", "KAIYU_TRAIN_TIME_BUDGET_S": "20"}
BATCH = 20  # the tracker's batchSize


def make_key(home: Path, *scopes: str) -> str:
    args = [a for s in scopes for a in ("--scope", s)]
    out = subprocess.run([sys.executable, "-m", "cli.main", "keys", "create", "--home", str(home), *args],
                         check=True, cwd=ROOT, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def queries_of(home: Path, rng: np.random.Generator, n: int = 60) -> list[str]:
    """Shopper intents: the last one or two words of catalogue titles (read from the store)."""
    from store.db import Store

    store = Store(f"sqlite:///{home / 'kaiyu.db'}")
    try:
        titles = [str(t) for t in store.catalog().titles]
    finally:
        store.close()
    picked = rng.choice(titles, size=min(n, len(titles)), replace=False)
    return sorted({" ".join(t.lower().split()[-int(rng.integers(1, 3)):]) for t in picked})


class Tracker:
    """What kaiyu-insights.js does with events: queue, send in batches of 20 with the events key."""

    def __init__(self, client: httpx.Client, key: str):
        self.client, self.key, self.queue, self.sent, self.requests = client, key, [], 0, 0

    def track(self, type_: str, user: str, **fields) -> None:
        self.queue.append({"event_id": str(uuid.uuid4()), "type": type_, "user_id": user, "channel": "web",
                           "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **fields})
        if len(self.queue) >= BATCH:
            self.flush()

    def flush(self) -> None:
        while self.queue:
            batch, self.queue = self.queue[:BATCH], self.queue[BATCH:]
            response = self.client.post("/v1/events", json=batch, headers={"Authorization": f"Bearer {self.key}"})
            response.raise_for_status()
            assert response.json()["rejected"] == [], response.json()["rejected"][:3]
            self.sent += len(batch)
            self.requests += 1


def simulate(base: str, keys: dict[str, str], args, rng: np.random.Generator, queries: list[str], *,
             lift: float, name: str) -> dict:
    admin = {"Authorization": f"Bearer {keys['admin']}"}
    read = {"Authorization": f"Bearer {keys['read']}"}
    experiment = {"id": f"bench-{name}-{args.metric}", "metric": args.metric, "min_exposures": 200, "min_events": 10,
                  "variants": [{"name": "A", "share": 0.5},
                               {"name": "B", "share": 0.5}]}  # B changes nothing served: its effect is --lift
    with httpx.Client(base_url=base, timeout=30) as client:
        created = client.post("/v1/admin/experiments", json=experiment, headers=admin)
        assert created.status_code == 201, created.text
        tracker, searches, empty, variants, started = Tracker(client, keys["events"]), 0, 0, {}, time.perf_counter()
        examine = 1 / np.arange(1, 11) ** 0.7  # position bias: who looks at rank k
        for s in range(args.shoppers):
            user = f"shopper-{s}"
            for _ in range(int(rng.integers(1, 3))):
                body = client.get("/v1/search", params={"q": str(rng.choice(queries)), "user_id": user, "limit": 10},
                                  headers=read).json()
                searches += 1
                variant = (body.get("variant") or "?").split(":")[-1]
                variants[variant] = variants.get(variant, 0) + 1
                items = body["items"]
                if not items:
                    empty += 1
                    continue
                click = args.ctr * (lift if variant == "B" else 1.0)
                if rng.random() >= click:
                    continue
                weights = examine[:len(items)] / examine[:len(items)].sum()
                k = int(rng.choice(len(items), p=weights))
                hit, shown = items[k], {"search_id": body["search_id"], "position": k + 1}
                tracker.track("click", user, item_id=hit["item_id"], **shown)
                if rng.random() < args.cart:
                    tracker.track("add_to_cart", user, item_id=hit["item_id"], quantity=1, **shown)
                    if rng.random() < args.buy:
                        price = float(hit.get("price") or 20.0)
                        tracker.track("purchase", user, item_id=hit["item_id"], quantity=1, price=price, **shown)
        tracker.flush()
        seconds = time.perf_counter() - started
        deadline = time.monotonic() + 30  # the impression log is written in batches
        while True:
            result = client.get(f"/v1/admin/experiments/{experiment['id']}", headers=admin).json()
            counted = sum(v["exposures"] for v in result["variants"])
            if counted >= searches or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        client.post(f"/v1/admin/experiments/{experiment['id']}/stop", json={}, headers=admin).raise_for_status()
    return {"lift": lift, "result": result, "searches": searches, "empty_searches": empty, "served_variants": variants, "events": tracker.sent,
            "event_requests": tracker.requests, "seconds": seconds}


def render(run: dict, args) -> str:
    result = run["result"]
    lines = [f"experiment {result['id']} ({args.metric}, alpha {result['experiment']['alpha']}): "
             f"{run['searches']} searches by {args.shoppers} simulated shoppers in {run['seconds']:.0f} s, "
             f"{run['events']} tracker events in {run['event_requests']} requests; "
             f"simulated click rate per search with results A {args.ctr:.2f}, B {args.ctr * run['lift']:.2f} "
             f"({run['empty_searches']} searches found nothing)",
             f"{'variant':<8} {'share':>5} {'exposures':>9} {'with outcome':>12} {'value':>9}   interval"]
    for v in result["variants"]:
        interval = "-" if v["ci_low"] is None else f"{v['ci_low']:.4f} .. {v['ci_high']:.4f}"
        lines.append(f"{v['name']:<8} {v['share']:>5.2f} {v['exposures']:>9} {v['successes']:>12} {v['value']:>9.4f}   {interval}")
    for c in result["comparisons"]:
        p = "-" if c["p_value"] is None else f"{c['p_value']:.3g}"
        interval = "-" if c["ci_low"] is None else f"{c['ci_low']:+.4f} .. {c['ci_high']:+.4f}"
        lines.append(f"{c['variant']} vs {c['control']}: difference {c['difference']:+.4f} ({interval}), p {p}: "
                     f"{c['verdict']} ({c['reason']})")
    lines.append(f"dashboard verdict: {result['verdict']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shoppers", type=int, default=1500)
    parser.add_argument("--users", type=int, default=300, help="synthetic demo shoppers (history to train on)")
    parser.add_argument("--metric", default="click_through",
                        choices=["click_through", "add_to_cart_rate", "conversion", "revenue_per_search"])
    parser.add_argument("--ctr", type=float, default=0.30, help="control's click probability per search")
    parser.add_argument("--lift", type=float, default=1.25, help="B's click probability / A's (1: an A/A test)")
    parser.add_argument("--cart", type=float, default=0.35, help="add-to-cart probability after a click")
    parser.add_argument("--buy", type=float, default=0.5, help="purchase probability after an add-to-cart")
    parser.add_argument("--aa", action="store_true", help="then an A/A experiment on the same server (lift 1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the run as JSON here")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    env = {**os.environ, **LIGHT_ENV}
    env.pop("KAIYU_DATABASE_URL", None)
    with tempfile.TemporaryDirectory(prefix="kaiyu-ab-") as tmp:
        home = Path(tmp) / "home"
        kaiyu(home, "demo", "--no-serve", "--users", str(args.users), env=LIGHT_ENV)
        keys = {"admin": make_key(home, "admin"), "read": make_key(home, "read"), "events": make_key(home, "events")}
        port, log_path = free_port(), Path(tmp) / "server.log"
        proc = start_serve(home, port=port, env=env, log_path=log_path)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base, proc, timeout=150, log_path=log_path)
            queries = queries_of(home, rng)
            runs = [simulate(base, keys, args, rng, queries, lift=args.lift, name="ab")]
            if args.aa:
                runs.append(simulate(base, keys, args, rng, queries, lift=1.0, name="aa"))
        except ServerNotReady as exc:
            raise SystemExit(f"server did not get ready: {exc}") from None
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"kaiyu demo --no-serve --users {args.users} ({', '.join(f'{k}={v}' for k, v in LIGHT_ENV.items())}), "
          f"kaiyu serve, 1 worker, seed {args.seed}")
    for run in runs:
        print(render(run, args))
    if args.json:
        args.json.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "runs": runs}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
