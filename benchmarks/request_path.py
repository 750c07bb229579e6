"""Where the time of one request goes: search and recommendation requests through the whole
ASGI app in-process (middleware, key check, routing, the engine, serialisation), timed and
profiled with cProfile; no HTTP server, no network.

    .venv/bin/python -m benchmarks.request_path --home HOME [--n 500] [--profile] [--only recommendations]

HOME: a trained Kaiyu home (e.g. `kaiyu demo --no-serve --home HOME`). Queries are words of the
catalogue's titles, users the store's. Prints p50/p99 per route (and with --profile the 25
costliest functions by own time) as JSON lines, so two checkouts can be compared in one run:
`PYTHONPATH=OTHER_CHECKOUT python -m benchmarks.request_path ...`.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import random
import sys
import time
from pathlib import Path

import numpy as np


def requests_for(home: Path, n: int, seed: int = 0, users_n: int = 5000) -> dict[str, list[str]]:
    from store.settings import load_settings
    from store.db import open_store

    from sqlalchemy import text

    store = open_store(load_settings(home))
    try:
        catalog = store.catalog()
        with store.engine.connect() as conn:
            users = sorted(r[0] for r in conn.execute(text("SELECT DISTINCT user_id FROM events LIMIT :n"),
                                                      {"n": users_n}))
    finally:
        store.close()
    rng = random.Random(seed)
    titles = [str(t) for t in catalog.titles] or ["shirt dress"]
    words = [w for t in rng.sample(titles, min(500, len(titles))) for w in t.lower().split() if w.isalpha()]
    queries = [" ".join(rng.sample(words, rng.choice((1, 2, 2, 3)))) for _ in range(200)]
    # a head-heavy stream (Zipf 1.0) as shoppers send
    p = 1.0 / np.arange(1, len(queries) + 1)
    draws = np.random.default_rng(seed).choice(len(queries), size=n, p=p / p.sum())
    return {"search": [f"/v1/search?q={queries[i].replace(' ', '+')}&limit=10" for i in draws],
            "recommendations": [f"/v1/users/{rng.choice(users)}/recommendations?limit=10" for _ in range(n)]}


def inline_thread_pool() -> None:
    """Profile mode: FastAPI's thread-pool calls run inline, so cProfile (one thread) sees them."""
    import fastapi.dependencies.utils as deps
    import fastapi.routing as routing

    async def inline(func, *args, **kwargs):
        return func(*args, **kwargs)

    routing.run_in_threadpool = deps.run_in_threadpool = inline


async def drive(app, paths: dict[str, list[str]], args) -> None:
    """Requests one after another through the ASGI app on this event loop (lifespan included)."""
    import httpx

    headers = {"Authorization": "Bearer pk_prof"}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            for route, urls in paths.items():
                for url in urls[:50]:  # warm: caches, first-call imports
                    response = await client.get(url, headers=headers)
                    assert response.status_code == 200, response.text[:500]
                profiler = cProfile.Profile() if args.profile else None
                took = []
                if profiler:
                    profiler.enable()
                for url in urls:
                    t = time.perf_counter()
                    await client.get(url, headers=headers)
                    took.append(time.perf_counter() - t)
                if profiler:
                    profiler.disable()
                ms = np.array(took) * 1000
                print(json.dumps({"label": args.label, "route": route, "n": len(took), "profiled": args.profile,
                                  "p50_ms": round(float(np.percentile(ms, 50)), 3),
                                  "p99_ms": round(float(np.percentile(ms, 99)), 3)}), flush=True)
                if profiler:
                    out = io.StringIO()
                    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
                    if os.environ.get("KAIYU_PROFILE_CALLERS"):
                        pstats.Stats(profiler, stream=out).print_callers(os.environ["KAIYU_PROFILE_CALLERS"])
                    print(out.getvalue(), file=sys.stderr)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", help="cProfile order: tottime or cumulative")
    parser.add_argument("--label", default=os.environ.get("PYTHONPATH", "this checkout"))
    parser.add_argument("--only", choices=("search", "recommendations"), help="one route")
    parser.add_argument("--users", type=int, default=5000, help="shoppers the recommendation requests are drawn from "
                        "(fewer: more answers reused, as under a load test's repeated users)")
    args = parser.parse_args(argv)
    os.environ["KAIYU_HOME"] = str(args.home)
    os.environ.setdefault("KAIYU_API_KEYS", "pk_prof:read")
    from api.config import ApiSettings
    from api.main import create_app
    from store.settings import load_settings

    app = create_app(ApiSettings(**{**load_settings(args.home).model_dump(), "api_keys": "pk_prof:read",
                                    "rate_limit_per_key": "", "rate_limit_per_ip": ""}))
    paths = requests_for(args.home, args.n, users_n=args.users)
    if args.only:
        paths = {args.only: paths[args.only]}
    if args.profile:
        inline_thread_pool()
    asyncio.run(drive(app, paths, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
