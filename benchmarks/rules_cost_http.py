"""What 1,000 merchandising rules cost `GET /v1/search` end to end: two `kaiyu serve` of one
trained home, one without rules and one with 1,000, the same Zipf stream of Home Depot queries
asked of both in turn, in one run.

    .venv/bin/python -m benchmarks.rules_cost --http [--http-items 10000] [--http-searches 2000]

A temporary home: the first `--http-items` Home Depot products (title; brand = the title's first
word, as Home Depot titles start with it, so the embedded text and the shared embedding cache
are unchanged; a seeded synthetic price, stock flag and colour, since the data has none) through
`kaiyu import catalog`, `kaiyu train` with default settings, then that home copied and both
served (`kaiyu serve`, one worker each): the copy gets the rules. The
embedding cache is seeded from benchmarks/out/embeddings when it is there (what
`benchmarks.search_http --embedding-cache` does). The searches: the Home Depot terms drawn by
Zipf(1.0) (seed 0), limit 20, one client, one at a time, each query asked of both servers in
alternating order (a load that changes during the run falls on both rows); before the timed
pass the whole stream is asked of each untimed, so the query-vector caches are equally warm. The
rules (seed 29) are `benchmarks.rules_cost`'s shop rules (exact and `contains` triggers drawn
from the same law; pins and hides of the served products; boosts, buries and hides on brand,
price, stock, colour and age), written with PUT /v1/admin/rules to the second server before anything
is timed. Wall milliseconds per search, measured by the client: on a shared machine the
p99 is noisy, so the row says what else ran (the load average).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import numpy as np

from benchmarks.http_client import READ, ROOT, free_port, kaiyu, start_serve, wait_ready

ADMIN = "sk_bench_admin"
EMBEDDINGS = ROOT / "benchmarks" / "out" / "embeddings"
COLOURS = ["white", "black", "brown", "gray", "silver", "bronze", "red", "blue", "green", "beige", "nickel", "oak"]


def write_catalogue(path: Path, items: int, rng: random.Random) -> list[str]:
    from benchmarks.adapters import load_home_depot_products

    products = load_home_depot_products().head(items)
    ids = products["product_uid"].str.strip().tolist()
    with path.open("w") as out:
        for item_id, title in zip(ids, products["product_title"].str.strip()):
            out.write(json.dumps({"item_id": item_id, "title": title, "brand": title.split()[0],
                                  "price": round(rng.lognormvariate(3.5, 1), 2), "in_stock": rng.random() < 0.9,
                                  "attributes": {"colour": rng.choice(COLOURS)}}) + "\n")
    return ids


def shop_rules(count: int, ids: list[str], brands: list[str], make_trigger, rng: random.Random) -> list[dict]:
    """`benchmarks.rules_cost.rules` with the served products' ids, brands and colours."""
    from benchmarks.rules_cost import rules

    out = []
    for rule in rules(count, len(ids), rng, [], make_trigger):
        rule["pins"] = [{**p, "item_id": ids[int(p["item_id"][4:])]} for p in rule["pins"]]
        rule["hide"] = [ids[int(i[4:])] for i in rule["hide"]]
        for boost in rule["boosts"]:
            boost["when"] = _served(boost["when"], brands, rng)
        if "hide_when" in rule:
            rule["hide_when"] = _served(rule["hide_when"], brands, rng)
        rule.pop("id")
        out.append(rule)
    return out


def _served(condition: dict, brands: list[str], rng: random.Random) -> dict:
    if "brand" in condition:
        return {"brand": [rng.choice(brands)]}
    if "category" in condition or "attributes" in condition:  # the served products have no categories
        return {"attributes": {"colour": [rng.choice(COLOURS)]}}
    return condition


def timed_searches(client, queries: list[str]) -> np.ndarray:
    latency = []
    for q in queries:
        t = time.perf_counter()
        r = client.get("/v1/search?" + urlencode({"q": q, "limit": 20}))
        latency.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    return np.array(latency)


def run(rules_count: int = 1000, items: int = 10_000, searches: int = 2_000) -> dict:
    import httpx

    from benchmarks.rules_cost import shop_stream

    rng = random.Random(29)
    contexts, make_trigger = shop_stream(searches + 200, seed=0)
    stream = [c.query for c in contexts]
    work = Path(tempfile.mkdtemp(prefix="kaiyu-rules-http-"))
    home = work / "home"
    try:
        home.mkdir()
        ids = write_catalogue(work / "catalog.jsonl", items, rng)
        kaiyu(home, "import", "catalog", str(work / "catalog.jsonl"), "--progress", "off")
        if EMBEDDINGS.is_dir():
            (home / "cache" / "embeddings").mkdir(parents=True, exist_ok=True)
            for f in EMBEDDINGS.glob("*.npy"):
                shutil.copy2(f, home / "cache" / "embeddings" / f.name)
        kaiyu(home, "train")
        brands = sorted({json.loads(line)["brand"] for line in (work / "catalog.jsonl").open()})
        written = shop_rules(rules_count, ids, brands, make_trigger, rng)
        shutil.copytree(home, work / "ruled")  # the same trained home, served twice
        env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {ADMIN}:read+admin"}
        procs = []
        try:
            clients = []
            for name in ("home", "ruled"):
                port, log_path = free_port(), work / f"{name}.log"
                procs.append(start_serve(work / name, port=port, env=env, log_path=log_path))
                wait_ready(f"http://127.0.0.1:{port}", procs[-1], timeout=300, log_path=log_path)
                clients.append(httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60,
                                            headers={"Authorization": f"Bearer {READ}"}))
            admin = httpx.Client(base_url=clients[1].base_url, timeout=60,
                                 headers={"Authorization": f"Bearer {ADMIN}", "X-Kaiyu-Request": "1"})
            for k, rule in enumerate(written):
                answer = admin.put(f"/v1/admin/rules/rule{k}", json=rule)
                if answer.status_code != 200:
                    raise SystemExit(f"PUT rule{k} {rule}: {answer.status_code} {answer.text[:500]}\n"
                                     f"{(work / 'ruled.log').read_text()[-3000:]}")
            fired = _wait_served(clients[1], written)
            for client in clients:  # every query once first: both query-vector caches are warm
                timed_searches(client, stream)
            load_before = os.getloadavg()[0]
            plain, ruled = [], []
            for k, q in enumerate(stream[200:]):  # alternating, so a change of load falls on both
                pair = (0, 1) if k % 2 else (1, 0)
                for side in pair:
                    (plain if side == 0 else ruled).append(timed_searches(clients[side], [q])[0])
            plain, ruled = np.array(plain), np.array(ruled)
            load_after = os.getloadavg()[0]
            applied = _applied_share(clients[1], stream[200:])
        finally:
            for proc in procs:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    row = {"items": items, "rules": rules_count, "searches": len(plain), "fired_probe": fired,
           "share_with_applied_rules": applied, "load_average": [round(load_before, 2), round(load_after, 2)],
           "p50_ms": [float(np.percentile(plain, 50)), float(np.percentile(ruled, 50))],
           "p99_ms": [float(np.percentile(plain, 99)), float(np.percentile(ruled, 99))]}
    print(f"GET /v1/search over HTTP (two kaiyu serve, 1 worker each, asked in turn, {items:,} Home Depot products, Zipf(1.0) queries, "
          f"{len(plain):,} searches each, limit 20; load average {load_before:.1f} -> {load_after:.1f}):")
    print(f"  0 rules:     p50 {row['p50_ms'][0]:.2f} ms, p99 {row['p99_ms'][0]:.2f} ms")
    print(f"  {rules_count:,} rules: p50 {row['p50_ms'][1]:.2f} ms, p99 {row['p99_ms'][1]:.2f} ms "
          f"({applied:.0%} of searches changed by a rule)")
    print(f"  difference:  p50 {row['p50_ms'][1] - row['p50_ms'][0]:+.2f} ms, "
          f"p99 {row['p99_ms'][1] - row['p99_ms'][0]:+.2f} ms")
    return row


def _wait_served(read, written: list[dict], timeout: float = 60) -> bool:
    """Wait until the server applies the rules (an exact-trigger rule with a pin fires)."""
    probe = next((r for r in written if r["trigger"].get("match", "exact") == "exact" and "query" in r["trigger"]
                  and r["pins"] and "ends_at" not in r), None)
    deadline = time.monotonic() + timeout
    while probe is not None and time.monotonic() < deadline:
        if read.get("/v1/search", params={"q": probe["trigger"]["query"]}).json().get("applied_rules"):
            return True
        time.sleep(0.5)
    return False


def _applied_share(read, queries: list[str]) -> float:
    sample = queries[:300]
    return sum(bool(read.get("/v1/search", params={"q": q, "limit": 20}).json().get("applied_rules"))
               for q in sample) / max(len(sample), 1)
