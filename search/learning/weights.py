"""The hand ranking's weights chosen from the store's search log: the stage that picks the fusion
levers of `search.config.SearchConfig` (`LEVERS`) on the log's queries. Off by default
(`LearnOptions.weights`): the shipped weights were chosen on judgements (a grid on Home Depot's
tuning half), and on a simulated night-1 log under them (`benchmarks/search_clicks_audit.py`,
365 held-back queries scored against their true judgements) what the log chose was worse:
ascending the acted-on score picked w_rrf 4.8 (acted-on +0.0008, known-items -0.0084, true
NDCG@10 -0.0018), and judged by the acted-on score alone it was kept and lowered the bar every
later stage was measured against (the kept setup: true -0.0015).

Coordinate ascent over the training queries (each lever tried at each of its values, twice
round) of the gate's own score (`gate.main_score`: the known-items NDCG@10 on a log with
impressions), the candidates and features extracted once (a weight reorders the same
candidates, so nothing is searched again), then one candidate for the gate: the chosen weights
on the held-back queries, judged by the gate's one rule like every other stage.

Only a log with impressions is read, and a lever a store set itself (a value other than the
shipped default) is left as the store set it. Kept, the engine's config carries the weights
(saved with the index, what serving ranks by).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Iterator

from search.config import SearchConfig
from search.learning.gate import Candidate
from search.learning.groups import compare, mean_ndcg
from search.learning.run import Run
from search.ranking import score

LEVERS = {"w_rrf": (0.2, 0.4, 0.8, 1.2, 1.6, 2.4, 3.2, 4.8), "w_lexical": (0.4, 0.6, 0.9, 1.2, 1.6),
          "w_dense": (0.5, 0.7, 1.0, 1.5)}
ROUNDS = 2


def free_levers(cfg: SearchConfig) -> list[str]:
    """The levers still at the shipped default (the others a store chose)."""
    default = {f.name: f.default for f in fields(SearchConfig)}
    return [name for name in LEVERS if getattr(cfg, name) == default[name]]


def ascend(groups, cfg: SearchConfig, levers: list[str], deadline_passed=lambda: False) -> tuple[SearchConfig, float]:
    """Coordinate ascent of the known-items NDCG@10 of `groups` (the gate's score on a log with
    impressions) over `levers` (ties keep the current)."""
    def value(c: SearchConfig) -> float:
        return mean_ndcg(groups, lambda g: score(g.features, c), known_only=True)

    best, best_value = cfg, value(cfg)
    for _ in range(ROUNDS):
        moved = False
        for name in levers:
            for v in LEVERS[name]:
                if v == getattr(best, name) or deadline_passed():
                    continue
                trial = replace(best, **{name: v})
                got = value(trial)
                if got > best_value + 1e-9:
                    best, best_value, moved = trial, got, True
        if not moved:
            break
    return best, best_value


class Weights:
    """The fusion weights of the hand ranking, chosen on the training queries of a log with
    impressions, judged on the held-back ones by the gate's rule (module docstring)."""

    gated = True
    name, title, note = "weights", "ranking weights", ""

    def skip(self, run: Run) -> str | None:
        if not run.opts.weights:
            return "turned off"
        if not any(g.shown is not None for g in run.train_groups):
            return "the log has no impressions (no position-corrected grades)"
        if not free_levers(run.engine.config):
            return "the store set every ranking weight itself"
        return "out of time" if run.out_of_time() else None

    def propose(self, run: Run) -> Iterator[Candidate]:
        engine = run.engine
        base = engine.config
        chosen, _ = ascend(run.train_groups, base, free_levers(base), run.out_of_time)
        changed = {name: getattr(chosen, name) for name in LEVERS if getattr(chosen, name) != getattr(base, name)}
        if not changed:
            self.note = "the shipped weights are the best on the training queries"
            return
        run.report["weights"] = {"changed": changed, "from": {name: getattr(base, name) for name in changed}}

        def keep() -> None:
            engine.config = replace(engine.config, **changed)
            run.report["weights"]["kept"] = True

        label = "weights(" + ", ".join(f"{k} {v}" for k, v in changed.items()) + ")"
        yield Candidate("weights", changed, compare(run.held_groups, lambda g: score(g.features, chosen)),
                        label=label, on_keep=keep)
