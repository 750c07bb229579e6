"""The stages of search learning, each one job: fine-tune the model, train the query adapter,
the ranker, the click memory, the shoppers' words; try early parts away beside the later ones.
A stage says why it does not run (`skip`), else offers candidates (`propose`) that the loop
settles through the one gate (`search.learning.gate.judge`)."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from typing import Any, Callable, Iterator, Protocol

from search.clicks import ClickMemory
from search.expansion import ShopperWords
from search.learning.adapter import cross_fitted, train_adapter
from search.learning.gate import Candidate, judge
from search.learning.groups import compare, encode_raw, extract_groups, groups_with, hand_scores
from search.learning.ranker import inner_split, train_ranker
from search.learning.run import Run
from search.learning.tuning import calibrate, fine_tunable, reembed_estimate, train_encoder, training_pairs
from search.ranking import Features

SPREAD_SIMILARITIES = (0.85, 0.75, 0.65)  # cosines at which shoppers' words are lent to nearby items
CLICK_WEIGHTS = (0.05, 0.1, 0.2, 0.4)  # the click memory's weights tried on the held-back queries


class Stage(Protocol):
    name: str    # in the report
    title: str   # in the log
    note: str    # what the stage did or why it offered nothing, when it says
    gated: bool  # it offers candidates to the gate (a refit does not)

    def skip(self, run: Run) -> str | None: ...  # why the stage does not run (None: it runs)

    def propose(self, run: Run) -> Iterator[Candidate]: ...


def off_or_late(run: Run, enabled: bool) -> str | None:
    if not enabled:
        return "turned off"
    return "out of time" if run.out_of_time() else None


class FineTune:
    """The embedding model fine-tuned on the training queries' pairs; kept if the hand ranking
    over the re-embedded catalogue is better on the held-back queries, else the engine is put
    back. The time to re-embed the catalogue is reserved out of the budget."""

    gated = True
    name, title, note = "fine_tune", "fine-tuned embedding model", ""

    def skip(self, run: Run) -> str | None:
        if run.opts.fine_tune and not fine_tunable(run.engine):
            return "the engine's encoder has no source model to fine-tune"
        return off_or_late(run, run.opts.fine_tune)

    def propose(self, run: Run) -> Iterator[Candidate]:
        engine, opts = run.engine, run.opts
        info = run.report["fine_tune"] = {}
        estimate = reembed_estimate(engine)
        train_until = run.deadline - (1.25 * estimate + 3.0 * run.held_s + 0.1 * opts.time_budget_s)
        info["reembed_estimate_s"] = round(estimate, 1)
        if train_until - time.perf_counter() < max(15.0, 0.1 * opts.time_budget_s):
            self.note = info["skipped"] = (
                f"the time budget ({opts.time_budget_s:.0f} s) leaves too little to fine-tune and then re-embed "
                f"{len(engine.product_texts()):,} products (~{estimate:.0f} s): raise search_learn_time_budget_s")
            run.say(self.note)
            return
        old = engine.dense_state()
        directory = train_encoder(engine, engine.encoder, training_pairs(engine, run.queries, run.train_keys), info,
                                  deadline=train_until, epochs=opts.fine_tune_epochs,
                                  min_steps=opts.fine_tune_min_steps, seed=opts.seed, threads=opts.threads,
                                  workdir=opts.workdir, say=run.say)
        if directory is None:
            self.note = f"nothing trained: {info['stopped']}"
            return
        raw = encode_raw(engine, run.queries, run.train_keys + run.held)  # every query once under the new model
        calibrate(engine, run.queries, run.train_keys, raw, old.min_similarity, info, seed=opts.seed)
        yield encoder_candidate("fine-tuned", run, directory, old, raw, regroup_by=0.85 * opts.time_budget_s)


def encoder_candidate(name: str, run: Run, directory, old, raw, *, regroup_by: float) -> Candidate:
    """A candidate whose engine already serves a new query encoder (`raw`: every query's vector
    under it): scored on the held-back groups re-extracted with it; kept, the run's groups follow
    the new encoder (the training groups re-extracted until `regroup_by` seconds into the run);
    refused, the engine's previous dense state (`old`) comes back and `directory` is removed."""
    engine = run.engine
    held_groups = extract_groups(engine, run.queries, run.held, raw_vectors=raw)

    def keep() -> None:
        run.raw, run.held_groups = raw, held_groups
        run.train_groups = extract_groups(
            engine, run.queries, [g.key for g in run.train_groups], raw_vectors=raw,
            deadline=max(time.perf_counter() + 5.0, run.started + regroup_by))

    def refuse() -> None:
        engine.restore_dense(old)
        shutil.rmtree(directory, ignore_errors=True)

    return Candidate(name, directory, compare(held_groups, lambda g: hand_scores(engine, g)),
                     on_keep=keep, on_refuse=refuse)


class Adapter:
    """The query adapter, trained on the training queries' groups."""

    gated = True
    name, title, note = "adapter", "query adapter", ""

    def skip(self, run: Run) -> str | None:
        if run.engine.dense is None or run.engine.vectors is None:
            return "no product vectors"
        return off_or_late(run, run.opts.adapter)

    def propose(self, run: Run) -> Iterator[Candidate]:
        opts = run.opts
        adapter = train_adapter(run.engine, run.train_groups, seed=opts.seed, threads=opts.threads,
                                deadline=time.perf_counter() + 0.15 * opts.time_budget_s)
        if adapter is None:
            self.note = "under 10 training queries with a vector and an acted-on item"
            return
        yield Candidate("adapter", adapter, run.held_scores(adapter=adapter))


class Ranker:
    """The learned ranker over the engine's candidates and features (a kept adapter's, out of
    fold), refitted on every query when kept."""

    gated = True
    name, title, note = "ranker", "ranker", ""

    def skip(self, run: Run) -> str | None:
        return off_or_late(run, run.opts.ranker)

    def propose(self, run: Run) -> Iterator[Candidate]:
        engine, opts = run.engine, run.opts
        if run.value("adapter") is not None:
            run.train_groups, run.held_groups = cross_fitted(
                engine, run.queries, run.train_groups, run.held, run.raw, run.value("adapter"),
                deadline=run.deadline, seed=opts.seed, threads=opts.threads)
        fit, valid = inner_split(run.train_groups, opts.seed)
        # with impressions in the log, also a ranker that learns only from what shoppers saw
        impressions = any(g.shown is not None for g in run.train_groups)
        for shown_only in ((False, True) if impressions else (False,)):
            if run.out_of_time():
                break
            ranker = train_ranker(engine.config, fit, valid, deadline=run.deadline, seed=opts.seed,
                                  threads=opts.threads, shown_only=shown_only)
            run.report["ranker_trees" + ("_shown" if shown_only else "")] = ranker.booster.num_trees()

            def refit(ranker=ranker, shown_only=shown_only) -> None:
                run.report["ranker_rows"] = "shown or acted on" if shown_only else "hand top, sample, acted on"
                if opts.refit and not run.out_of_time():
                    run.replace("ranker", train_ranker(
                        engine.config, run.train_groups + run.held_groups, rounds=max(1, ranker.booster.num_trees()),
                        deadline=run.deadline + 0.1 * opts.time_budget_s, seed=opts.seed, threads=opts.threads,
                        shown_only=shown_only))
                    run.report["ranker_refit"] = True

            yield Candidate("ranker", ranker,
                            compare(run.held_groups, lambda g, ranker=ranker: engine.learned_score(g.features, ranker)),
                            label="ranker(shown)" if shown_only else None, on_keep=refit)


def scaled_votes(f: Features | None, weight: float) -> Features | None:
    """`f` with the click memory's votes (made at weight 1) at `weight`."""
    if f is None or f.clicks is None:
        return f
    return replace(f, clicks=f.clicks * weight)


class Clicks:
    """The click memory of the training queries, at each weight tried (`CLICK_WEIGHTS`)."""

    gated = True
    name, title, note = "clicks", "click memory", ""

    def skip(self, run: Run) -> str | None:
        if run.engine.dense is None or not run.raw:
            return "no query vectors"
        return off_or_late(run, run.opts.clicks)

    def propose(self, run: Run) -> Iterator[Candidate]:
        memory = ClickMemory.build(run.queries, run.train_keys, run.raw, weight=1.0)
        if memory is None:
            self.note = "no training query has a vector"
            return
        voted = groups_with(run.engine, run.queries, run.held, run.raw, **run.serving(clicks=memory))
        for w in CLICK_WEIGHTS:
            yield Candidate("clicks", memory.with_weight(w),
                            compare(voted, lambda g: run.serve(scaled_votes(g.features, w))),
                            tried_as=run.name(f"clicks({w})", "clicks"))


def item_neighbours(engine, item_ids: list[str], k: int = 50, batch: int = 2048) -> dict[str, list[tuple[str, float]]]:
    """Each live item's `k` nearest live items under the engine's product vectors (cosine, the
    dense index's search), nearest first, itself left out; {} without a dense part."""
    if engine.dense is None or engine.vectors is None:
        return {}
    rows = [engine.row_of[i] for i in item_ids if i in engine.row_of]
    out: dict[str, list[tuple[str, float]]] = {}
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        found = engine.dense.search(engine.vectors[chunk], k + 1)
        for r, ids, sims in zip(chunk, found.ids, found.scores):
            out[str(engine.item_ids[r])] = [(str(engine.item_ids[n]), float(c)) for n, c in zip(ids, sims)
                                            if n >= 0 and n != r][:k]
    return out


class Words:
    """The training queries' words indexed with the items acted on after them: alone, then lent
    to the items nearest theirs at each closeness tried (`SPREAD_SIMILARITIES`)."""

    gated = True
    name, title, note = "words", "shoppers' words", ""

    def skip(self, run: Run) -> str | None:
        return off_or_late(run, run.opts.words)

    def propose(self, run: Run) -> Iterator[Candidate]:
        words = ShopperWords.build(run.queries, run.train_keys)
        if words is None:
            self.note = "no training query led anywhere"
            return
        near = item_neighbours(run.engine, list(words.items))
        options = [(None, words)] + [(cut, words.spread(near, cut)) for cut in SPREAD_SIMILARITIES if near]
        for cut, candidate in options:
            def keep(cut=cut) -> None:
                run.words_spread = cut

            yield Candidate("words", candidate, run.held_scores(words=candidate),
                            label="words" + ("" if cut is None else f"(spread {cut})"), on_keep=keep)


def removals(current: Callable[[], dict[str, Any]], parts: tuple[str, ...],
             evaluate: Callable[[dict[str, Any]], dict[str, float]], name: str, *,
             deadline: float | None = None) -> Iterator[Candidate]:
    """Each of `parts` that the setup (`current()`, read anew each time) holds, offered for
    removal: the held-back scores without it (`evaluate`), named "`name` without <part>"."""
    for part in parts:
        kept = current()
        if kept.get(part) is None or (deadline is not None and time.perf_counter() > deadline):
            continue
        yield Candidate(part, None, evaluate({**kept, part: None}), tried_as=f"{name} without {part}", removes=True)


def tried_away(kept: dict[str, Any], parts: tuple[str, ...], best: dict[str, float],
               evaluate: Callable[[dict[str, Any]], dict[str, float]], scores: dict, name: str, *,
               min_gain: float = 0.0, deadline: float | None = None
               ) -> tuple[dict[str, Any], dict[str, float], list[str]]:
    """`removals` settled by the gate over any `evaluate`: each part stays only if the set with it
    is better than the set without it. Returns (what is kept, its scores, the parts dropped);
    every score goes into `scores`."""
    kept, dropped = dict(kept), []
    for candidate in removals(lambda: kept, parts, evaluate, name, deadline=deadline):
        scores[candidate.tried_as] = candidate.scores
        if judge(candidate, best, min_gain).accepted:
            best, kept[candidate.kind] = candidate.scores, None
            dropped.append(candidate.kind)
    return kept, best, dropped


class TryAway:
    """A part kept early (adapter, click memory) must still earn its place beside the ones kept
    after it (the shoppers' words and the click memory carry the same queries the adapter learnt
    from): each is offered for removal, and dropped unless the setup with it is better."""

    gated = True
    name, title, note = "try_away", "kept parts tried away", ""

    def skip(self, run: Run) -> str | None:
        if run.value("ranker") is not None:
            return "a ranker is kept: it was trained on the kept parts' features"
        if run.value("words") is None and run.value("clicks") is None:
            return "no shoppers' words or click memory kept"
        return None

    def propose(self, run: Run) -> Iterator[Candidate]:
        def evaluate(parts: dict[str, Any]) -> dict[str, float]:
            groups = groups_with(run.engine, run.queries, run.held, run.raw, **parts)
            return compare(groups, lambda g: run.serve(g.features))

        setup = lambda: {k: run.value(k) for k in ("adapter", "clicks", "words")}  # noqa: E731
        yield from removals(setup, ("adapter", "clicks"), evaluate, run.name(), deadline=run.deadline)
