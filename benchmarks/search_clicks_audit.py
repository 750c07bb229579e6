"""What search learning keeps, checked against the truth on validation queries, in minutes.

    python -m benchmarks.search_clicks --nights 1 --keep-home /tmp/night1   # a night's home
    flock /tmp/kaiyu-heavy.lock python -m benchmarks.search_clicks_audit /tmp/night1 [--fine-tune] [--no-query-tune]

The home's search log (impressions and the simulated shoppers' events) learned again in-process,
the way `kaiyu train` does (`training.train`'s search index over the home's catalogue, then
`search.learning.learn` with the default options), with every setup the gate tried scored on its
held-back log queries twice: by the gate's own figures from the log ("known" and "acted-on"
NDCG@10) and by those queries' TRUE Home Depot judgements ("audit_ndcg@10", the protocol's
condensed NDCG@10 over the candidates as the setup ranks them). Every replayed query is a
tuning-half query, so this is a validation figure: the check half is never read. The gate never
sees the audit (`search.learning.labels.QueryLabels.audit`).

Not a product measurement (in-process, no HTTP, the recommendations' popularity left out of the
search index): a tool to tell whether the gate's figures agree with the truth and whether a
learned part is worth anything before a 35-minute `search_clicks` run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from benchmarks.search_home_depot import OUT, load_data, split
from search.learning.labels import query_key

AUDIT = "audit_ndcg@10"


class AuditedLog:
    """A store's search log whose labelled queries carry outside judgements (`QueryLabels.audit`:
    gain = relevance - 1, the protocol's)."""

    def __init__(self, log, judged: dict[str, dict[str, float]]):
        self.log = log
        self.truth = {query_key(q): {p: r - 1.0 for p, r in j.items()} for q, j in judged.items()}

    def __len__(self) -> int:
        return len(self.log)

    def describe(self) -> dict:
        return self.log.describe()

    def labels(self, event_weights=None):
        out = self.log.labels(event_weights)
        for key, ql in out.items():
            ql.audit = self.truth.get(key)
        return out


def audit(home: Path, *, fine_tune: bool = False, query_tune: bool = True, budget: float | None = None, seed: int = 0,
          weights: bool = False) -> dict:
    from search.learning import LearnOptions, SearchLog, learn
    from store.db import open_store
    from store.settings import load_settings
    from training.train import _search_index

    _products, judged = load_data()
    tune, _check = split(judged)
    cache = home / "cache" / "embeddings"
    if not cache.is_dir() and (OUT / "embeddings").is_dir():
        shutil.copytree(OUT / "embeddings", cache)
    settings = load_settings(home)
    store = open_store(settings)
    try:
        log = SearchLog.from_store(store)
        if not log:
            raise SystemExit(f"{home}: no search impressions with attributed events to learn from")
        engine = _search_index(settings, store.catalog(), None, False)
    finally:
        store.close()
    opts = LearnOptions(time_budget_s=budget or settings.search_learn_time_budget_s, fine_tune=fine_tune,
                        query_tune=query_tune, weights=weights, seed=seed, event_weights=settings.event_weights,
                        workdir=home / "tmp" / "audit-learning", log=lambda m: print(f"  {m[:160]}", flush=True))
    t = time.perf_counter()
    report = learn(engine, AuditedLog(log, {q: judged[q] for q in tune}), opts).report
    shutil.rmtree(home / "tmp" / "audit-learning", ignore_errors=True)
    report["audit_seconds"] = round(time.perf_counter() - t, 1)
    return report


def table(report: dict) -> str:
    held = report.get("held_back") or {}
    hand = held.get("hand", {})
    lines = [f"kept: {report.get('chosen')} ({report.get('held_back_queries')} held-back log queries, "
             f"learning {report.get('audit_seconds')} s)",
             "| setup tried | known NDCG@10 (log) | acted-on (log) | TRUE NDCG@10 | true gain over hand |",
             "|---|---|---|---|---|"]
    for name, s in held.items():
        gain = s.get(AUDIT, float("nan")) - hand.get(AUDIT, float("nan"))
        lines.append(f"| {name} | {s.get('known_ndcg@10', float('nan')):.4f} | {s['acted_on_ndcg@10']:.4f} | "
                     f"{s.get(AUDIT, float('nan')):.4f} | {gain:+.4f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("home", type=Path, help="a night's home (search_clicks --keep-home)")
    parser.add_argument("--fine-tune", action="store_true",
                        help="also the whole-model stage (off in the product: search_fine_tune; minutes more)")
    parser.add_argument("--no-query-tune", action="store_true", help="without the query-side stage (on in the product)")
    parser.add_argument("--budget", type=float, default=None, help="learning seconds (default: the home's setting)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--weights", action="store_true", help="also the ranking-weights stage (off by default)")
    parser.add_argument("--out", type=Path, default=OUT / "search_clicks_audit.json")
    args = parser.parse_args(argv)
    report = audit(args.home, fine_tune=args.fine_tune, query_tune=not args.no_query_tune, budget=args.budget, seed=args.seed, weights=args.weights)
    print(table(report))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"home": str(args.home), "held_back": report.get("held_back"),
                                    "chosen": report.get("chosen"), "stages": report.get("stages")}, indent=1))


if __name__ == "__main__":
    main()
