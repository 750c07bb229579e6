"""What every stage of search learning is given: the options, the engine, the labelled queries
and their split, the held-back scores of the best setup so far and the parts it keeps."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from search.learning.gate import Candidate, Verdict, judge
from search.learning.groups import Group, compare, groups_with
from search.learning.labels import QueryLabels
from search.ranking import Features, score

PART_KINDS = ("adapter", "ranker", "clicks", "words")  # what a `search.learned.LearnedParts` holds


@dataclass(frozen=True)
class LearnOptions:
    """How `learn` runs; the defaults are the nightly job's. Each stage can be turned off."""

    time_budget_s: float = 300.0
    holdout: float = 0.2               # share of the queries held back to judge every part
    seed: int = 0
    event_weights: dict[str, float] | None = None
    min_queries: int = 50              # fewer training queries: nothing is learned
    max_queries: int = 50_000          # the most frequent ones
    weights: bool = False              # the hand ranking's fusion weights (with impressions only; weights.py)
    fine_tune: bool = False            # the whole embedding model, the catalogue re-embedded (settings.search_fine_tune)
    query_tune: bool = True            # the query side alone, when the whole model is not fine-tuned
    adapter: bool = True
    ranker: bool = True
    clicks: bool = True
    words: bool = True
    refit: bool = True                 # kept parts trained again on every query
    threads: int = 2
    fine_tune_epochs: int = 2
    fine_tune_min_steps: int = 150
    workdir: str | Path | None = None  # where a fine-tuned model lives until the engine is saved
    min_gain: float = 0.0              # NDCG@10 a part must add to be kept
    log: Callable[[str], None] | None = None


@dataclass
class Part:
    kind: str
    label: str   # its name in the setup's name ("clicks", "words(spread 0.85)")
    value: Any


def setup_name(labels: list[str]) -> str:
    """The name of a setup from its parts' labels, in the order they were kept: "hand" (or
    "learned" with the ranker) then the others ("hand+words", "learned+fine-tuned+adapter",
    "fine-tuned+clicks")."""
    ranker = "ranker" in labels  # the ranker over every candidate; "ranker(shown)" is named as it is
    rest = [label for label in labels if label != "ranker"]
    if ranker:
        return "+".join(["learned"] + rest)
    return "+".join(rest if rest and rest[0] == "fine-tuned" else ["hand"] + rest)


@dataclass
class Run:
    """One learning run's shared state. Stages read it, offer candidates, and `settle` (the
    loop's) keeps or refuses them through the gate."""

    engine: Any
    opts: LearnOptions
    queries: dict[str, QueryLabels]
    keys: list[str]
    train_keys: list[str]
    held: list[str]
    report: dict[str, Any]
    started: float = field(default_factory=time.perf_counter)
    raw: dict[str, np.ndarray] = field(default_factory=dict)  # every query's raw vector
    train_groups: list[Group] = field(default_factory=list)
    held_groups: list[Group] = field(default_factory=list)
    held_s: float = 0.0                                        # seconds to extract the held-back groups
    best: dict[str, float] = field(default_factory=dict)       # held-back scores of what is kept
    parts: dict[str, Part] = field(default_factory=dict)       # kind -> kept part, in the order kept
    words_spread: float | None = None
    base_encoder: Any = None
    shop_cut: float = 0.0

    @property
    def deadline(self) -> float:
        return self.started + self.opts.time_budget_s

    def out_of_time(self) -> bool:
        return time.perf_counter() >= self.deadline

    def say(self, message: str) -> None:
        if self.opts.log is not None:
            self.opts.log(message)

    def value(self, kind: str) -> Any:
        part = self.parts.get(kind)
        return None if part is None else part.value

    @property
    def tuned(self) -> bool:
        return "fine-tuned" in self.parts

    def serving(self, **override) -> dict[str, Any]:
        """The learned parts kept (set_learned's keywords), with `override` in their place."""
        return {**{kind: self.value(kind) for kind in PART_KINDS}, **override}

    def name(self, label: str | None = None, kind: str | None = None) -> str:
        """The setup's name; with `label`: with the part `kind` (`label` by default) as `label`."""
        labels = [p.label for p in self.parts.values() if p.kind != (kind or label)]
        if label is not None:
            kinds = [p.kind for p in self.parts.values()]
            at = kinds.index(kind or label) if (kind or label) in kinds else len(labels)
            labels.insert(at, label)
        return setup_name(labels)

    def serve(self, f: Features | None) -> np.ndarray:
        """The score serving ranks candidates by with the kept ranker (or the hand-weighted one)."""
        ranker = self.value("ranker")
        return self.engine.learned_score(f, ranker) if ranker is not None else score(f, self.engine.config)

    def held_scores(self, **override) -> dict[str, float]:
        """The held-back scores with the kept parts and `override` served."""
        groups = groups_with(self.engine, self.queries, self.held, self.raw, **self.serving(**override))
        return compare(groups, lambda g: self.serve(g.features))

    def settle(self, candidate: Candidate) -> tuple[str, Verdict]:
        """The gate's verdict on `candidate`, acted on: its scores recorded under its name, the
        part kept (or dropped, for a removal) or refused. Returns (its name, the verdict)."""
        tried_as = candidate.tried_as or self.name(candidate.label or candidate.kind, candidate.kind)
        self.report["held_back"][tried_as] = candidate.scores
        verdict = judge(candidate, self.best, self.opts.min_gain)
        if verdict.accepted:
            self.best = candidate.scores
            if candidate.removes:
                self.parts.pop(candidate.kind, None)
            else:
                self.parts[candidate.kind] = Part(candidate.kind, candidate.label or candidate.kind, candidate.value)
        callback = candidate.on_keep if verdict.accepted else candidate.on_refuse
        if callback is not None:
            callback()
        return tried_as, verdict

    def replace(self, kind: str, value: Any) -> None:
        """A kept part trained again (a refit): same name, new value."""
        self.parts[kind].value = value

    def drop(self, kind: str) -> None:
        self.parts.pop(kind, None)
