"""`learn`: the stages of search learning run in turn over one `Run`, each candidate settled by
the one gate, each stage reported in one shape."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any, NamedTuple

from search.learned import LearnedParts
from search.learning.groups import compare, encode_raw, extract_groups, hand_scores
from search.learning.clicklog import SearchLog
from search.learning.labels import SearchEvents, held_back
from search.learning.query_tune import QueryTune
from search.learning.refit import AdapterRefit, ClicksRefit, ModelRefit, WordsRefit
from search.learning.gate import main_score
from search.learning.run import PART_KINDS, LearnOptions, Run
from search.learning.stages import Adapter, Clicks, FineTune, Ranker, Stage, TryAway, Words
from search.learning.weights import Weights


def stages() -> list[Stage]:
    """In order, each on top of what was kept before it."""
    return [Weights(), FineTune(), QueryTune(), Adapter(), Ranker(), Clicks(), Words(), TryAway(),
            ModelRefit(), ClicksRefit(), WordsRefit(), AdapterRefit()]


class Learned(NamedTuple):
    parts: LearnedParts   # what the engine now serves with (also its `learned`)
    report: dict[str, Any]


@dataclass
class StageReport:
    """One stage, as the report keeps it: how long, the held-back scores of the best setup
    before and after it, and its outcome ("kept", "refused", "dropped", "skipped", "done") and why."""

    stage: str
    seconds: float = 0.0
    held_back_before: dict[str, float] = field(default_factory=dict)
    held_back_after: dict[str, float] = field(default_factory=dict)
    outcome: str = "skipped"
    why: str = ""
    tried: list[dict[str, Any]] = field(default_factory=list)  # each candidate: its name, accepted, why


def learn(engine, events: SearchEvents | SearchLog, options: LearnOptions | None = None, **overrides) -> Learned:
    """Learn the engine's embedding model, query adapter, ranking, click memory and shoppers'
    words from search events within the time budget, keep what beats the engine on the
    held-back queries, serve with it, and return it with the report (kept as `engine.learned_info`).
    `overrides`: fields of `LearnOptions` (`learn(engine, events, time_budget_s=60)`). A kept
    fine-tuned model is saved under `workdir` (a new temporary directory by default) until the
    engine is saved."""
    opts = replace(options or LearnOptions(), **overrides)
    run = prepare(engine, events, opts)
    if "reason" in run.report:
        engine.set_learned(info=run.report)
        return Learned(engine.learned, run.report)
    run.report["stages"] = [asdict(run_stage(run, stage)) for stage in stages()]
    return finish(run)


def prepare(engine, events: SearchEvents | SearchLog, opts: LearnOptions) -> Run:
    """The labelled queries split, and every query's candidates and features as the engine ranks
    them now (learning starts from the built-in ranking); the report says why when there are too
    few queries to learn from."""
    started = time.perf_counter()
    engine.set_learned()
    queries = events.labels(opts.event_weights)
    keys = sorted(queries, key=lambda k: (-queries[k].weight, k))[:opts.max_queries]
    report: dict[str, Any] = {"events": int(len(events)), "queries": len(queries), "holdout_share": opts.holdout,
                              "time_budget_s": opts.time_budget_s, "used": False, "log": events.describe()}
    held = [k for k in keys if held_back(k, opts.holdout, opts.seed)]
    train_keys = [k for k in keys if not held_back(k, opts.holdout, opts.seed)]
    run = Run(engine, opts, queries, keys, train_keys, held, report, started=started,
              base_encoder=engine.encoder, shop_cut=engine.config.dense_min_similarity)
    if len(train_keys) < opts.min_queries or len(held) < max(5, opts.min_queries // 5):
        report["reason"] = f"too few search queries ({len(keys)}): need {opts.min_queries} to learn from"
        return run
    t = time.perf_counter()
    run.raw = encode_raw(engine, queries, keys)
    run.held_groups = extract_groups(engine, queries, held, raw_vectors=run.raw)
    run.held_s = time.perf_counter() - t
    run.train_groups = extract_groups(engine, queries, train_keys, raw_vectors=run.raw,
                                      deadline=started + 0.5 * opts.time_budget_s)
    report["train_queries"], report["held_back_queries"] = len(run.train_groups), len(run.held_groups)
    report["features_s"] = round(time.perf_counter() - t, 2)
    run.say(f"features of {len(run.train_groups)} + {len(run.held_groups)} held-back queries: {report['features_s']} s")
    run.best = compare(run.held_groups, lambda g: hand_scores(engine, g))
    report["held_back"] = {"hand": run.best}
    return run


def run_stage(run: Run, stage: Stage) -> StageReport:
    """One stage: skipped (and why), or its candidates settled by the gate in turn."""
    t = time.perf_counter()
    out = StageReport(stage.name, held_back_before=run.best)
    why = stage.skip(run)
    if why is None:
        for candidate in stage.propose(run):
            tried_as, verdict = run.settle(candidate)
            out.tried.append({"name": tried_as, "accepted": verdict.accepted, "why": verdict.why})
        out.outcome, out.why = outcome(out.tried, stage)
        run.say(f"{stage.title}: {out.why} ({time.perf_counter() - t:.2f} s)")  # the deciding verdict, one line
    else:
        out.why = why
    out.seconds = round(time.perf_counter() - t, 2)
    out.held_back_after = run.best
    return out


def outcome(tried: list[dict[str, Any]], stage: Stage) -> tuple[str, str]:
    """A stage's outcome from its candidates' verdicts: the last accepted one decides, else the
    last one tried. Without candidates: a gated stage was skipped, a refit done; its note says
    why or what."""
    if not tried:
        return ("skipped" if stage.gated else "done"), stage.note
    last = ([t for t in tried if t["accepted"]] or tried)[-1]
    return last["why"].split(":", 1)[0], f"{last['name']}: {last['why']}"


def never_below_hand(run: Run) -> None:
    """Learning never serves a setup the held-back queries rank worse than the hand ranking by
    the gate's score (`main_score`): each part was kept for beating the setup before it, but a
    removal settles on a tie rule, so the chain can end below where it started. Then the learned
    parts are dropped (the hand ranking over the engine as it is) and the report says so."""
    hand = run.report["held_back"]["hand"]
    key = main_score(run.best, hand)
    if run.name() == "hand" or run.best[key] >= hand[key]:
        return
    before, name = dict(run.best), run.name()
    for kind in PART_KINDS:
        run.drop(kind)
    run.best = run.held_scores()
    run.report["fell_back"] = {"from": name, "scores": before, "to": run.name(), "why": (
        f"{name} ranks the held-back queries below the hand ranking ({key} {before[key]:.4f} vs {hand[key]:.4f})")}
    run.say(f"fell back to {run.name()}: {run.report['fell_back']['why']}")


def finish(run: Run) -> Learned:
    """The engine serves with what was kept, never a setup below the hand ranking
    (`never_below_hand`); the report says what and how it scored."""
    never_below_hand(run)
    engine, report = run.engine, run.report
    chosen = run.name()
    clicks, words = run.value("clicks"), run.value("words")
    # the kept setup's held-back scores (its name alone may differ from the held-back key it was
    # tried under: "clicks" was tried as "clicks(0.1)")
    report["held_back"].setdefault(chosen, dict(run.best))
    report["kept_scores"] = dict(run.best)  # what the lines of the report quote as the kept setup's
    report.update({"chosen": chosen, "used": chosen != "hand", "adapter": run.value("adapter") is not None,
                   "ranker": run.value("ranker") is not None, "encoder": engine.encoder.name if run.tuned else None,
                   "query_encoder": "query-tuned" in run.parts,
                   "clicks": None if clicks is None else {"queries": len(clicks), "weight": clicks.weight},
                   "words": None if words is None else {"items": len(words), "spread": run.words_spread},
                   "seconds": round(time.perf_counter() - run.started, 2)})
    parts = LearnedParts(**run.serving(), info=report)
    engine.set_learned(parts)
    return Learned(parts, report)
