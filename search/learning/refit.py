"""The refit stages of search learning: what was kept, trained again on every query, the
held-back ones too (the same recipe, more data). Nothing is gated here: the parts were."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any, Iterator

from search.clicks import ClickMemory
from search.expansion import ShopperWords
from search.learning.adapter import train_adapter
from search.learning.gate import Candidate
from search.learning.groups import encode_raw
from search.learning.run import Run
from search.learning.stages import item_neighbours
from search.learning.tuning import calibrate, train_encoder, training_pairs


def not_kept_or_off(run: Run, kind: str) -> str | None:
    if kind not in run.parts:
        return f"no {kind} kept"
    return None if run.opts.refit else "refit turned off"


class ModelRefit:
    """The kept fine-tuned model trained again from the source model on every query's pairs,
    when the budget covers training and re-embedding the catalogue a second time and no ranker
    was trained on the first model's features. An adapter corrected the first model's errors
    on queries it had not seen; the refitted model has seen every query, and nothing is left to
    check an adapter over it (on Home Depot one cost 0.003): it is dropped."""

    gated = False
    name, title, note = "model_refit", "model refitted on every query", ""

    def skip(self, run: Run) -> str | None:
        why = not_kept_or_off(run, "fine-tuned")
        return why or ("out of time" if run.out_of_time() else None)

    def propose(self, run: Run) -> Iterator[Candidate]:
        t, ft = time.perf_counter(), run.report["fine_tune"]
        after = 1.25 * ft["reembed_s"]
        need = ft["seconds"] * len(run.keys) / max(1, len(run.train_keys)) + after
        left = run.deadline - time.perf_counter()
        if run.value("ranker") is not None:
            run.report["model_refit"] = "not refitted: the kept ranker was trained on this model's features"
        elif need > left:
            run.report["model_refit"] = f"not refitted: needs ~{need:.0f} s, {left:.0f} s of the budget left"
        else:
            run.report["model_refit"] = self.refit(run, deadline=run.deadline - after, started=t)
        self.note = str(run.report["model_refit"])
        return iter(())

    def refit(self, run: Run, *, deadline: float, started: float) -> dict[str, Any]:
        engine, opts, info = run.engine, run.opts, {}
        old_dir = Path(engine.encoder.model_path)
        directory = train_encoder(engine, run.base_encoder, training_pairs(engine, run.queries, run.keys), info,
                                  deadline=deadline, epochs=opts.fine_tune_epochs, min_steps=opts.fine_tune_min_steps,
                                  seed=opts.seed, threads=opts.threads, workdir=opts.workdir, say=run.say)
        if directory is None:
            return info
        shutil.rmtree(old_dir, ignore_errors=True)
        run.replace("fine-tuned", directory)
        run.raw = encode_raw(engine, run.queries, run.keys)
        calibrate(engine, run.queries, run.keys, run.raw, run.shop_cut, info, seed=opts.seed)
        if run.value("adapter") is not None:
            run.drop("adapter")
            run.report["adapter_refit"] = "dropped: it corrected the model the refit replaced"
        info["seconds"] = round(time.perf_counter() - started, 2)
        return info


class ClicksRefit:
    gated = False
    name, title, note = "clicks_refit", "click memory refitted on every query", ""

    def skip(self, run: Run) -> str | None:
        return not_kept_or_off(run, "clicks")

    def propose(self, run: Run) -> Iterator[Candidate]:
        run.replace("clicks", ClickMemory.build(run.queries, run.keys, run.raw, weight=run.value("clicks").weight))
        run.report["clicks_refit"] = True
        self.note = f"refitted on {len(run.keys)} queries"
        return iter(())


class WordsRefit:
    gated = False
    name, title, note = "words_refit", "shoppers' words refitted on every query", ""

    def skip(self, run: Run) -> str | None:
        return not_kept_or_off(run, "words")

    def propose(self, run: Run) -> Iterator[Candidate]:
        words = ShopperWords.build(run.queries, run.keys)
        if run.words_spread is not None:
            words = words.spread(item_neighbours(run.engine, list(words.items)), run.words_spread)
        run.replace("words", words)
        run.report["words_refit"] = True
        self.note = f"refitted on {len(run.keys)} queries"
        return iter(())


class AdapterRefit:
    gated = False
    name, title, note = "adapter_refit", "query adapter refitted on every query", ""

    def skip(self, run: Run) -> str | None:
        return not_kept_or_off(run, "adapter")

    def propose(self, run: Run) -> Iterator[Candidate]:
        opts = run.opts
        refitted = train_adapter(run.engine, run.train_groups + run.held_groups, seed=opts.seed, threads=opts.threads,
                                 deadline=time.perf_counter() + 0.1 * opts.time_budget_s)
        run.replace("adapter", refitted or run.value("adapter"))
        run.report["adapter_refit"] = refitted is not None
        self.note = "refitted on every query" if refitted is not None else "kept as trained: too few queries to refit"
        return iter(())
