"""The one gate of search learning: a learned part is kept only if the held-back queries rank
better with it than without it, by more than their noise: the per-query gains pass the paired
test of `store.metrics.beats_paired` (z = `CONFIDENCE_Z`), not only their mean. With a few
hundred held-back queries a mean moves by a few thousandths from noise alone. On the simulated
Home Depot log (437 held-back queries) parts were kept on log gains of +0.001 (shoppers' words:
known-items NDCG@10 0.6950 -> 0.6961), and after two nights the kept chain was 0.001 below the
hand ranking on the check half (mean of 3 seeds)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from store.metrics import beats_paired


KNOWN = "known_ndcg@10"  # the score over the items the log knows about (impressions only)
CONFIDENCE_Z = 1.645     # one-sided 95 %: a part whose gain is noise is kept about one time in twenty


def main_score(new: dict[str, float], old: dict[str, float]) -> str:
    """The score the gate ranks setups by: with impressions in the log (both sides scored
    over the items it knows about), NDCG@10 condensed to the items shown or acted on; else
    NDCG@10 over every candidate (unacted = 0)."""
    return KNOWN if KNOWN in new and KNOWN in old else "ndcg@10"


def better(new: dict[str, float], old: dict[str, float], min_gain: float = 0.0) -> bool:
    """Better on the main score (`main_score`) and no worse on the acted-on items alone.
    Without impressions the main score counts every unacted candidate as irrelevant, though it
    may simply not have been shown, so a ranking must not win by burying such items at the
    acted-on ones' expense. With impressions an item never shown is left out of the score (it
    is unknown, neither good nor bad) and a shown, unacted one counts as a known 0: scoring
    every unshown candidate as irrelevant would favour whatever ranking wrote the log.
    The gain on the main score must also pass the paired test over the held-back queries
    (module docstring) when both sides carry per-query values (`groups.Scores`).
    One rule for every stage: a stage judged by another score (the weights stage by the
    acted-on items alone, until 2026-11-29) lowers the bar the later stages are measured
    against, and the kept setup ends worse than the hand ranking on this rule (a night-1 log:
    known-items 0.6869 -> 0.6789, true NDCG@10 of the held-back queries -0.0015)."""
    key = main_score(new, old)
    if not (new[key] > old[key] + min_gain and new["acted_on_ndcg@10"] >= old["acted_on_ndcg@10"]):
        return False
    paired = per_query(new, old, key)
    if paired is None:
        return True  # without per-query values of two or more queries there is no spread: the means decide
    return beats_paired(*paired, CONFIDENCE_Z, min_gain)


def per_query(new: dict[str, float], old: dict[str, float], key: str):
    """(new's, old's) per-query values of `key` when both carry them (`groups.Scores`) for the
    same two or more queries, else None."""
    a, b = (getattr(scores, "per_query", {}).get(key) for scores in (new, old))
    return (a, b) if a is not None and b is not None and len(a) == len(b) > 1 else None


@dataclass
class Candidate:
    """A learned part a stage offers: `kind` (the part: "fine-tuned", "adapter", "ranker",
    "clicks", "words"), `value` (what is served), `scores` (the held-back scores of the setup
    with it; for a removal, without it). `label` names it in the setup's name (default: kind),
    `tried_as` in the held-back table (default: the setup's name with it). `on_keep` and
    `on_refuse` run once the gate has spoken (a stage that changed the engine to measure the
    part puts it back on a refusal)."""

    kind: str
    value: Any
    scores: dict[str, float]
    label: str | None = None
    tried_as: str | None = None
    removes: bool = False
    on_keep: Callable[[], None] | None = None
    on_refuse: Callable[[], None] | None = None


@dataclass(frozen=True)
class Verdict:
    accepted: bool  # the candidate changes the setup: a part added, or one that no longer earns its place dropped
    why: str


def judge(candidate: Candidate, best: dict[str, float], min_gain: float = 0.0) -> Verdict:
    """The gate. A part is kept only if the setup with it is `better` than the setup without
    it: an added part against the best so far; for a removal (a part kept early, tried away
    beside the later ones) the best so far, which holds the part, against the setup without it."""
    with_it, without = (best, candidate.scores) if candidate.removes else (candidate.scores, best)
    earns = better(with_it, without, min_gain)
    key = main_score(with_it, without)
    name = {KNOWN: "known-items NDCG@10", "ndcg@10": "NDCG@10"}[key]
    numbers = (f"{name} {with_it[key]:.4f} with, {without[key]:.4f} without; acted-on "
               f"{with_it['acted_on_ndcg@10']:.4f} with, {without['acted_on_ndcg@10']:.4f} without")
    paired = per_query(with_it, without, key)
    if paired is not None:
        d = paired[0] - paired[1]
        numbers += f"; per-query gain {d.mean():+.4f}, standard error {d.std(ddof=1) / len(d) ** 0.5:.4f}"
    if candidate.removes:
        return Verdict(not earns, ("kept: it still earns its place: " if earns else
                                   "dropped: it does not earn its place beyond the noise: ") + numbers)
    return Verdict(earns, ("kept: better on the held-back queries: " if earns else
                           "refused: not better on the held-back queries: ") + numbers)
