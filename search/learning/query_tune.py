"""The query-side fine-tuning stage of search learning: the embedding model trained on the
training queries against the catalogue's FROZEN vectors (`search.finetune.fine_tune_queries`),
served for queries only (`search.learned.QueryTunedEncoder`). Nothing is re-embedded, so it fits
the nightly budget on a catalogue the whole-model stage must skip (54,667 products at ~4 ms each
is most of a 900 s budget before a single training step)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Iterator

from search.learning.adapter import adapter_data
from search.learning.gate import Candidate
from search.learning.groups import encode_raw, served_text
from search.learning.run import Run
from search.learning.stages import encoder_candidate
from search.learning.tuning import fine_tunable

SHARE = 0.3  # of the budget: training, the ONNX export and the held-back check


class QueryTune:
    gated = True
    name, title, note = "query_tune", "query-side model (products frozen)", ""

    def skip(self, run: Run) -> str | None:
        if not run.opts.query_tune:
            return "turned off"
        if not fine_tunable(run.engine) or run.engine.vectors is None:
            return "the engine's encoder has no source model to fine-tune"
        if run.tuned:
            return "the whole model was fine-tuned"
        left = run.deadline - time.perf_counter()
        if left < max(30.0, 0.15 * run.opts.time_budget_s):
            return f"too little of the budget left ({left:.0f} s) to train, export and check a query model"
        return None

    def propose(self, run: Run) -> Iterator[Candidate]:
        from search.encoder import Encoder
        from search.finetune import fine_tune_queries, save_model
        from search.learned import QueryTunedEncoder

        engine, opts = run.engine, run.opts
        info = run.report["query_tune"] = {}
        base = engine.encoder
        examples = []
        for g in run.train_groups:  # what the adapter learns from: acted-on rows, shown negatives
            Q, pos, grades, neg = adapter_data(engine, [g])
            if len(Q):
                examples.append((served_text(engine, run.queries[g.key].query), pos[0], grades[0], neg[0]))
        until = min(run.deadline - 0.1 * opts.time_budget_s, time.perf_counter() + SHARE * opts.time_budget_s)
        model, ft = fine_tune_queries(base.model_path, examples, engine.vectors, deadline=until, seed=opts.seed,
                                      threads=opts.threads, log=run.say)
        info.update(ft)
        if model is None:
            self.note = f"nothing trained: {ft['stopped']}"
            return
        if opts.workdir is not None:
            Path(opts.workdir).mkdir(parents=True, exist_ok=True)
        directory = Path(tempfile.mkdtemp(prefix="query-encoder-", dir=opts.workdir))
        save_model(model, directory, base_name=base.name)
        del model
        old = engine.dense_state()
        engine.use_encoder(QueryTunedEncoder(base, Encoder(directory, batch_size=base.batch_size,
                                                            query_threads=base.query_threads)), engine.vectors)
        raw = encode_raw(engine, run.queries, run.train_keys + run.held)
        candidate = encoder_candidate("query-tuned", run, directory, old, raw, regroup_by=0.75 * opts.time_budget_s)
        info["seconds_with_check"] = round(time.perf_counter() - run.started, 2)
        yield candidate
