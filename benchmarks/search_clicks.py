"""Learning search from a simulated click log, the way a store runs Kaiyu, night after night.

    flock /tmp/kaiyu-heavy.lock python -m benchmarks.search_clicks [--seeds 0,1,2] [--nights 2] [--upper-bound]

One temporary home per seed of the simulated shoppers (three by default: the headline's mean and
spread; `--seed S` for a quick look at one): `kaiyu import catalog` of the Home Depot catalogue
(54,667 titles), `kaiyu train` (defaults), then per night:

1. `kaiyu serve` with the shop's `kaiyu.toml` setting `search_explore_share` (default 0.1: that
   share of searches shows its top 10 in a random order, so propensities can be estimated);
2. each TUNING-half query searched `--sessions` times through `GET /v1/search?limit=10`, a
   simulated shopper (`benchmarks.clicksim`, a position-based click model: examination
   (1/rank)^eta, clicks rising with the judged grade plus noise clicks, carts and purchases rising
   with grade) acting on what was shown, their events posted through `POST /v1/events` with the
   response's `search_id` and the `position`;
3. `kaiyu train` (defaults: the 900 s search learning budget), timed.

Scored: the CHECK half (queries learning never sees), through `kaiyu serve` on a copy of the home
(so that scoring writes no impressions into the shop's log) with `KAIYU_SEARCH_EXPLORE_SHARE=0`
(scores of a randomised order would be noise), `GET /v1/search?limit=100`, the protocol's condensed
NDCG@10 (`benchmarks.search_home_depot`), once per night: zero-shot first, then after each night;
then 1,000 check queries again at `limit=10` for latency. Printed beside: the same-run BM25, dense
and fusion baselines on the check half (in-process, deterministic: once), and the gain per minute
of search learning.

`--upper-bound`: the tuning half's raw judgements replayed as query-tagged clicks
(`benchmarks.adapters.home_depot(queries=tuning half)`) imported into another home and trained
the same way: what learning would get from judgements, not from shoppers. An upper bound,
labelled so.

The embedding cache of `benchmarks/out/embeddings` (the same encoder's product vectors, keyed by
text) seeds the home's cache when present: the first `kaiyu train` does not re-embed (a store's
second night does not either); nightly wall times are unaffected.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from benchmarks.clicksim import ClickModel, home_depot_grade
from benchmarks.http_client import READ, free_port, kaiyu, start_serve, wait_ready
from benchmarks.search_home_depot import OUT, load_data, ndcg10, split
from benchmarks.search_http import search_over_http

WRITE = "sk_clicks_write"
KEYS = f"{READ}:read {WRITE}:read+write"
BATCH = 500
LATENCY_QUERIES = 1000  # check queries timed again at limit=10


class Shop:
    """A Kaiyu home driven through its commands and its HTTP API."""

    def __init__(self, home: Path, explore_share: float):
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        (home / "kaiyu.toml").write_text(f"search_explore_share = {explore_share}\n")

    def import_catalog(self, work: Path, replay: list[str] | None = None) -> None:
        from benchmarks.adapters import home_depot

        written = home_depot(work, "csv", queries=replay)
        seed_cache(self.home)
        kaiyu(self.home, "import", "catalog", written["catalog"], "--progress", "off")
        if replay is not None:
            kaiyu(self.home, "import", "events", written["events"], "--progress", "off")

    def train(self) -> tuple[float, dict]:
        """(seconds, the new bundle's report); a bundle the quality gate refused (exit 1: the serving
        bundle stays, as in a store) is a night's outcome, reported with `promoted` false."""
        t = time.perf_counter()
        try:
            kaiyu(self.home, "train")
        except subprocess.CalledProcessError as exc:
            if exc.returncode != 1:
                raise
        seconds = time.perf_counter() - t
        versions = sorted((self.home / "bundles").glob("*/report.json"), key=lambda p: p.stat().st_mtime)
        report = json.loads(versions[-1].read_text()) if versions else {}
        return seconds, report

    @contextmanager
    def serve(self, home: Path | None = None, explore: float | None = None):
        home = home or self.home
        env = {**os.environ, "KAIYU_API_KEYS": KEYS}
        if explore is not None:
            env["KAIYU_SEARCH_EXPLORE_SHARE"] = str(explore)
        port, log_path = free_port(), home / "server.log"
        proc = start_serve(home, port=port, env=env, log_path=log_path)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base, proc, timeout=300, log_path=log_path)
            yield base
        finally:
            proc.terminate()  # a graceful stop flushes the buffered impressions
            try:
                proc.wait(timeout=60)
            except Exception:
                proc.kill()


def seed_cache(home: Path) -> None:
    src = OUT / "embeddings"
    if src.is_dir():
        shutil.copytree(src, home / "cache" / "embeddings", dirs_exist_ok=True)


def shoppers_night(base: str, tune: list[str], judged: dict, model: ClickModel, *, sessions: int, night: int,
                   seed: int) -> dict:
    """Every tuning query searched `sessions` times, each by a simulated shopper whose actions
    are posted as events with the response's search_id and the position."""
    import httpx

    rng = np.random.default_rng([seed, night])
    grades = {q: {p: home_depot_grade(r) for p, r in judged[q].items()} for q in tune}
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    stats = {"searches": 0, "explore_guess": 0, "events": 0, "clicks": 0, "carts": 0, "purchases": 0,
             "accepted": 0, "missing_search_id": 0}
    pending: list[dict] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        def post() -> None:
            if pending:
                r = client.post("/v1/events", json=pending, headers={"Authorization": f"Bearer {WRITE}"})
                r.raise_for_status()
                stats["accepted"] += r.json()["accepted"]
                pending.clear()

        for qi, q in enumerate(tune):
            for s in range(sessions):
                user = f"shopper-{night}-{qi}-{s}"
                r = client.get("/v1/search", params={"q": q, "limit": "10", "user_id": user},
                               headers={"Authorization": f"Bearer {READ}"})
                r.raise_for_status()
                body = r.json()
                stats["searches"] += 1
                sid = body.get("search_id")
                if not sid:
                    stats["missing_search_id"] += 1
                    continue
                items = [it["item_id"] for it in body["items"]]
                for a in model.session(items, grades[q], rng):
                    pending.append({"user_id": user, "item_id": a.item_id, "type": a.type, "timestamp": stamp,
                                    "query": q, "search_id": sid, "position": a.position,
                                    "event_id": f"sim-{sid}-{a.item_id}-{a.type}"})
                    stats["events"] += 1
                    stats[{"click": "clicks", "add_to_cart": "carts", "purchase": "purchases"}[a.type]] += 1
                if len(pending) >= BATCH:
                    post()
        post()
    return stats


def score(shop: Shop, check: list[str], judged: dict, scratch: Path) -> dict:
    """Condensed NDCG@10 of the check half through `kaiyu serve` on a copy of the home, no
    exploration; latencies of the limit=100 searches, and of `LATENCY_QUERIES` at limit=10."""
    copy = scratch / "scoring-home"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(shop.home, copy, ignore=shutil.ignore_patterns("cache", "server.log"))
    with shop.serve(copy, explore=0.0) as base:
        runs, lat = search_over_http(base, check, 100)  # the relevance benchmark's own loop
        _, lat10 = search_over_http(base, check[:LATENCY_QUERIES], 10)
    shutil.rmtree(copy, ignore_errors=True)
    return {"ndcg@10": float(np.mean([ndcg10(runs[q], judged[q]) for q in check])),
            "p50_ms": float(np.percentile(lat, 50)), "p99_ms": float(np.percentile(lat, 99)),
            "p50_10_ms": float(np.percentile(lat10, 50)), "p99_10_ms": float(np.percentile(lat10, 99))}


def stage_times(report: dict) -> list[dict]:
    """Each search learning stage that ran: its seconds and outcome (what the minutes bought)."""
    learned = report.get("search_learning") or {}
    return [{"stage": st["stage"], "s": st["seconds"], "outcome": st["outcome"]}
            for st in learned.get("stages") or [] if st.get("outcome") != "skipped" or st.get("seconds", 0) >= 1]


def stage_line(stages: list[dict]) -> str:
    return ", ".join(f"{t['stage']} {t['s']:.0f} s {t['outcome']}" for t in stages)


def learning_line(report: dict) -> str:
    learned = report.get("search_learning") or {}
    if not learned:
        return "search learning: nothing (no search events)"
    if learned.get("reason"):
        return f"search learning: nothing learned: {learned['reason']}"
    held = learned.get("held_back") or {}
    log = learned.get("log") or {}
    prop = (log.get("propensity") or {})
    hand, kept = held.get("hand", {}), learned.get("kept_scores") or held.get(learned.get("chosen"), {})
    known = (f", known-items {hand['known_ndcg@10']:.4f} -> {kept['known_ndcg@10']:.4f}"
             if "known_ndcg@10" in hand and "known_ndcg@10" in kept else "")
    fell = f" (fell back: {learned['fell_back']['why']})" if learned.get("fell_back") else ""
    return (f"search learning: kept {learned.get('chosen')}{fell} (held-back NDCG@10 {hand.get('ndcg@10', 0):.4f}"
            f" -> {kept.get('ndcg@10', 0):.4f}{known}) in {learned.get('seconds', 0):.0f} s; "
            f"{learned.get('train_queries')} + {learned.get('held_back_queries')} held-back queries; "
            f"propensity {prop.get('source', '?')} {prop.get('values', '')}")


def nights(args, seed: int, judged: dict, tune: list[str], check: list[str], scratch: Path) -> list[dict]:
    shop = Shop(scratch / "shop", args.explore_share)
    shop.import_catalog(scratch / "files")
    seconds, _report = shop.train()
    rows = [{"night": 0, "label": "zero-shot (kaiyu train, defaults)", "train_s": seconds,
             **score(shop, check, judged, scratch)}]
    print(f"night 0: zero-shot check-half condensed NDCG@10 {rows[0]['ndcg@10']:.4f} "
          f"(first kaiyu train {seconds:.0f} s)", flush=True)
    model = ClickModel(eta=args.eta, noise=args.noise)
    for night in range(1, args.nights + 1):
        t = time.perf_counter()
        with shop.serve() as base:
            traffic = shoppers_night(base, tune, judged, model, sessions=args.sessions, night=night, seed=seed)
        traffic["seconds"] = round(time.perf_counter() - t, 1)
        if traffic["missing_search_id"]:
            raise SystemExit(f"the served API gives no search_id: {traffic}")
        seconds, report = shop.train()
        stages = report.get("stages_s") or {}
        row = {"night": night, "label": f"after night {night} (simulated shoppers, kaiyu train defaults)",
               "train_s": seconds, "learning_s": float(stages.get("search learning", 0.0)), "traffic": traffic,
               "learning": learning_line(report), "promoted": bool(report.get("promoted", True)),
               "gate": report.get("gate", ""), "stages": stage_times(report),
               **score(shop, check, judged, scratch)}
        rows.append(row)
        print(f"night {night}: {traffic['searches']:,} searches, {traffic['clicks']:,} clicks, {traffic['carts']:,} carts, "
              f"{traffic['purchases']:,} purchases ({traffic['seconds']:.0f} s); kaiyu train {seconds:.0f} s "
              f"(search learning {row['learning_s']:.0f} s){'' if row['promoted'] else '; bundle NOT promoted: the serving one stays'}\n  {row['learning']}\n"
              f"  stages: {stage_line(row['stages'])}\n"
              f"  bundle gate: {row['gate']}\n"
              f"  check-half condensed NDCG@10 {row['ndcg@10']:.4f}", flush=True)
    return rows


def upper_bound(judged: dict, tune: list[str], check: list[str], scratch: Path) -> dict:
    shop = Shop(scratch / "replay", 0.0)
    shop.import_catalog(scratch / "replay-files", replay=tune)
    seconds, report = shop.train()
    return {"label": "UPPER BOUND: raw tuning-half judgements replayed as query clicks (not shoppers), kaiyu train defaults",
            "train_s": seconds, "learning": learning_line(report), **score(shop, check, judged, scratch)}


def same_run_baselines(home: Path, products: list, judged: dict, check: list[str]) -> dict[str, float]:
    """BM25, dense and their fusion on the check half (`benchmarks.search_home_depot.baselines`,
    in-process, deterministic), the shop's embedding cache reused."""
    from benchmarks.search_home_depot import baselines
    from search.encoder import Encoder

    runs = baselines([(p, t.strip()) for p, t in products], judged, check, Encoder(), home / "cache" / "embeddings")
    return {name: float(np.mean([ndcg10(run[q], judged[q]) for q in check])) for name, run in runs.items()}


def _each(values, fmt: str) -> str:
    return " / ".join(format(v, fmt) for v in values)


def table(by_seed: dict[int, list[dict]], base: dict[str, float] | None) -> str:
    """The headline table: each night's check-half score as mean and spread over the seeds, the
    nightly job's wall time, the gain per minute of search learning (since zero-shot), search
    latency over HTTP, the same-run baselines beside."""
    seeds = sorted(by_seed)
    lines = [f"| check half, condensed NDCG@10 (seeds {', '.join(map(str, seeds))}) | mean | sd | per seed | "
             "kaiyu train s | search learning s | gain per learning minute |", "|---|---|---|---|---|---|---|"]
    zero = float(np.mean([by_seed[s][0]["ndcg@10"] for s in seeds]))
    spent = 0.0
    for night in range(len(by_seed[seeds[0]])):
        rows = [by_seed[s][night] for s in seeds]
        v = np.array([r["ndcg@10"] for r in rows])
        learning = [r.get("learning_s", 0.0) for r in rows]
        spent += float(np.mean(learning))
        sd = float(v.std(ddof=1)) if len(v) > 1 else float("nan")
        per_min = f"{(v.mean() - zero) / (spent / 60):+.4f}" if spent else "-"
        lines.append(f"| {rows[0]['label']} | {v.mean():.4f} | {sd:.4f} | {_each(v, '.4f')} | "
                     f"{_each([r['train_s'] for r in rows], '.0f')} | {_each(learning, '.0f')} | {per_min} |")
    for name, value in (base or {}).items():
        lines.append(f"| {name}, same run (in-process, deterministic) | {value:.4f} | - | - | - | - | - |")
    last = by_seed[seeds[-1]][-1]
    lines.append(f"search over HTTP at the last scoring: limit=10 p50 {last['p50_10_ms']:.1f} ms, p99 "
                 f"{last['p99_10_ms']:.1f} ms; limit=100 p50 {last['p50_ms']:.1f} ms, p99 {last['p99_ms']:.1f} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nights", type=int, default=2)
    parser.add_argument("--sessions", type=int, default=3, help="shoppers per tuning query per night")
    parser.add_argument("--explore-share", type=float, default=0.1, help="the shop's search_explore_share")
    parser.add_argument("--eta", type=float, default=1.0, help="examination (1/rank)^eta of the simulated shoppers")
    parser.add_argument("--noise", type=float, default=0.05, help="click probability of an examined irrelevant item")
    parser.add_argument("--seeds", default="0,1,2", help="the simulated shoppers' seeds, one shop each (headline: three)")
    parser.add_argument("--seed", type=int, default=None, help="one seed only (a quick look, no spread)")
    parser.add_argument("--no-baselines", action="store_true", help="skip the same-run BM25 / dense / fusion rows")
    parser.add_argument("--upper-bound", action="store_true", help="also the raw judgements replay row (one more train)")
    parser.add_argument("--max-queries", type=int, default=None,
                        help="a smoke run: the first N queries of each half only (not a result)")
    parser.add_argument("--keep-home", type=Path, default=None,
                        help="copy the last seed's shop home here (its log, for benchmarks.search_clicks_audit)")
    parser.add_argument("--out", type=Path, default=OUT / "search_clicks.json")
    args = parser.parse_args(argv)
    seeds = [args.seed] if args.seed is not None else [int(x) for x in args.seeds.split(",")]
    products, judged = load_data()
    tune, check = split(judged)
    if args.max_queries:
        tune, check = tune[:args.max_queries], check[:args.max_queries]
    print(f"Home Depot: {len(tune)} tuning queries (replayed by simulated shoppers), {len(check)} check queries "
          f"(scored only); shoppers: eta {args.eta}, noise {args.noise}, {args.sessions} per query per night; "
          f"search_explore_share {args.explore_share}; seeds {seeds}", flush=True)
    started = time.perf_counter()
    by_seed, base, bound = {}, None, None
    for seed in seeds:
        with tempfile.TemporaryDirectory(prefix="kaiyu-clicks-") as tmp:
            print(f"\n== seed {seed}", flush=True)
            by_seed[seed] = nights(args, seed, judged, tune, check, Path(tmp))
            if base is None and not args.no_baselines:
                base = same_run_baselines(Path(tmp) / "shop", products, judged, check)
            if args.keep_home and seed == seeds[-1]:
                shutil.rmtree(args.keep_home, ignore_errors=True)
                shutil.copytree(Path(tmp) / "shop", args.keep_home, ignore=shutil.ignore_patterns("cache", "server.log"))
            if args.upper_bound and bound is None:
                bound = upper_bound(judged, tune, check, Path(tmp))
    print("\n" + table(by_seed, base))
    if bound:
        print(f"| {bound['label']} | {bound['ndcg@10']:.4f} | {bound['train_s']:.0f} s |\n  {bound['learning']}")
    print(f"whole benchmark {time.perf_counter() - started:.0f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "seeds": by_seed,
                                    "baselines": base, "upper_bound": bound}, indent=1))


if __name__ == "__main__":
    main()
