"""Fine-tuning the sentence-embedding model on the store's search events: both sides (`fine_tune`), or
the query side alone against the catalogue's frozen vectors (`fine_tune_queries`, nothing re-embedded).

Pairs (query text, text of a product acted on after that query, grade) teach the one MiniLM
model that embeds both queries and products what this shop's shoppers mean: "backsplach" is a
mosaic wall tile, "ant killer" a pest-control concentrate. The loss is sentence-transformers'
MultipleNegativesRankingLoss (in-batch negatives), weighted by grade: see `fine_tune`. Both
sides move, so the catalogue is re-embedded afterwards: the caller (`search.learning`'s fine-tune
stage) reserves that time out of its budget. The training loop is written out (a few lines of
torch) so that it can stop at a deadline and fit its learning-rate schedule to the time left.

The run fits a time budget: after a few steps the step time is measured and the number of steps
(and the learning-rate schedule, warm-up then linear decay) is cut to what fits.

    model, info = fine_tune(encoder.model_path, pairs, deadline=time.perf_counter() + 300)
    name = save_model(model, directory)          # directory now loads with Encoder(directory)
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from pathlib import Path
from typing import Callable

import numpy as np

from search.encoder import ENCODER_META
from search.quiet import quiet


def fine_tune(model_path: str | Path, pairs: list[tuple[str, str, float]], *, deadline: float | None = None,
              epochs: int = 2, min_steps: int = 150, batch: int = 64, lr: float = 3e-5, warmup: int = 20,
              scale: float = 20.0, max_seq_length: int = 48, seed: int = 0, threads: int = 2,
              log: Callable[[str], None] | None = None):
    """Fine-tune the SentenceTransformer at `model_path` on (query, product text, grade) pairs;
    returns (the model, in eval mode, and a report: steps, epochs, seconds, loss, stop reason).

    Each pair's loss is the softmax cross-entropy of its product against every product of the
    batch (in-batch negatives), weighted by its grade; another pair of the batch with the same
    query or the same product is masked out, not taken for a negative. `epochs` passes over the
    pairs, at least `min_steps` steps (a small log gets smaller batches and more passes), both
    cut to what fits before `deadline`. (A listwise variant, each query against all its graded
    products at once, measured worse on Home Depot: 0.791 against 0.794.)"""
    started = time.perf_counter()
    pairs = [(q, p, float(w)) for q, p, w in pairs if q and p and w > 0]
    batch = max(2, min(batch, max(8, len(pairs) // 8), len(pairs)))
    info = {"pairs": len(pairs), "batch": batch, "steps": 0, "epochs": 0.0, "stopped": "done"}
    if len(pairs) < 4:
        info["stopped"] = "too few pairs"
        return None, info
    return _run_to_end(lambda: _Run(pairs, batch, total=max(min_steps, epochs * (len(pairs) // batch)), seed=seed),
                       model_path, info, started, max_seq_length=max_seq_length, lr=lr, warmup=warmup, scale=scale,
                       deadline=deadline, seed=seed, threads=threads, log=log)


def _run_to_end(make_run, model_path, info: dict, started: float, *, max_seq_length: int, lr: float, warmup: int,
                scale: float, deadline: float | None, seed: int, threads: int, log):
    """Train one run (`make_run()`, a `_Run` or `_QueryRun`) on `threads` torch threads with `seed`,
    then fill `info` (steps, epochs, loss at the start and the end, seconds, stop reason);
    returns (the model in eval mode, info). Both fine-tunes end the same way."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(max(1, threads))
    torch.manual_seed(seed)
    try:
        run = make_run()
        model = run.load(model_path, max_seq_length, lr=lr, warmup=warmup)
        info["stopped"] = run.train(scale, deadline, log or (lambda _m: None))
        model.eval()
        info.update(steps=run.step, epochs=round(run.step / max(1, run.per_epoch), 2),
                    loss_first=round(float(np.mean(run.losses[:20])), 4) if run.losses else None,
                    loss_last=round(float(np.mean(run.losses[-20:])), 4) if run.losses else None,
                    seconds=round(time.perf_counter() - started, 2))
        return model, info
    finally:
        torch.set_num_threads(previous)


class _Run:
    """One fine-tuning run: the model, its optimiser and learning-rate schedule (warm-up, then
    linear decay to zero at the last step there is time for), the steps taken and their losses."""

    def __init__(self, pairs: list[tuple[str, str, float]], batch: int, *, total: int, seed: int):
        self.pairs, self.batch, self.total = pairs, batch, total
        self.per_epoch = len(pairs) // batch
        self.rng = random.Random(seed)
        self.step, self.losses = 0, []

    def load(self, model_path, max_seq_length: int, *, lr: float, warmup: int):
        import torch
        from sentence_transformers import SentenceTransformer

        with quiet(logging.WARNING):  # its loading line and weight-loading bar: not in the job's log
            model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        model.max_seq_length = min(model.max_seq_length or max_seq_length, max_seq_length)
        params = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)

        def factor(step: int) -> float:
            return min(1.0, (step + 1) / warmup) * max(0.0, 1.0 - step / self.total)

        self.sched = torch.optim.lr_scheduler.LambdaLR(self.opt, factor)
        self.model, self.tokenize = model, getattr(model, "preprocess", None) or model.tokenize
        model.train()
        return model

    def embed(self, texts: list[str]):
        import torch

        out = self.model(self.tokenize(texts))["sentence_embedding"]
        return torch.nn.functional.normalize(out, dim=-1)

    def loss(self, chunk: list[tuple[str, str, float]], scale: float):
        """In-batch softmax of each query against the batch's products, weighted by grade."""
        import torch

        qs, ps = [c[0] for c in chunk], [c[1] for c in chunk]
        logits = self.embed(qs) @ self.embed(ps).T * scale
        same = np.array([[a == b for b in qs] for a in qs]) | np.array([[a == b for b in ps] for a in ps])
        logits = logits.masked_fill(torch.from_numpy(same & ~np.eye(len(chunk), dtype=bool)), -1e4)
        w = torch.tensor([c[2] for c in chunk], dtype=torch.float32)
        loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(chunk)), reduction="none")
        return (loss * w).sum() / w.sum()

    def train(self, scale: float, deadline: float | None, say: Callable[[str], None]) -> str:
        """Steps until `total` (epochs of shuffled batches) or the deadline; the stop reason."""
        timed_from = None
        while self.step < self.total:
            order = list(range(len(self.pairs)))
            self.rng.shuffle(order)
            for start in range(0, self.per_epoch * self.batch, self.batch):
                if self.step >= self.total:
                    break
                if deadline is not None and time.perf_counter() > deadline:
                    return "time budget"
                loss = self.loss([self.pairs[i] for i in order[start:start + self.batch]], scale)
                loss.backward()
                self.opt.step()
                self.sched.step()
                self.opt.zero_grad()
                self.losses.append(float(loss.detach()))
                self.step += 1
                if self.step == 3:
                    timed_from = time.perf_counter()
                if self.step == 8 and deadline is not None and timed_from is not None:
                    self.fit(deadline, (time.perf_counter() - timed_from) / 5)
                if self.step % 50 == 0:
                    say(f"fine-tune step {self.step}/{self.total}: loss {np.mean(self.losses[-50:]):.3f}")
        return "done"

    def fit(self, deadline: float, per_step: float) -> None:
        """The steps cut to what fits before `deadline` (the decay then reaches zero there)."""
        fits = self.step + int(max(0.0, deadline - time.perf_counter()) / per_step)
        self.total = max(self.step + 1, min(self.total, fits))


def save_model(model, directory: str | Path, base_name: str = "") -> str:
    """Save a fine-tuned model where `search.encoder.Encoder` loads it; returns its name, which
    says which weights it is (the embedding cache and the index check it)."""
    directory = Path(directory)
    with quiet(logging.WARNING):  # its shard-writing bar
        model.save(str(directory))
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(directory.glob("*.safetensors")) or sorted(directory.glob("*.bin")):
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    name = f"{base_name or 'minilm'}-ft-{digest.hexdigest()}"
    (directory / ENCODER_META).write_text(json.dumps({"name": name, "base": base_name}))
    return name



def fine_tune_queries(model_path: str | Path, examples: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]],
                      vectors: np.ndarray, *, deadline: float | None = None, epochs: int = 3, min_steps: int = 60,
                      batch: int = 32, lr: float = 3e-5, warmup: int = 10, scale: float = 20.0,
                      max_seq_length: int = 32, seed: int = 0, threads: int = 2,
                      log: Callable[[str], None] | None = None):
    """Fine-tune the query side only: the SentenceTransformer at `model_path` learns to embed
    each query near the FROZEN product `vectors` (the catalogue's, as served) of the items
    acted on after it. `examples`: (query text, acted-on rows, their grades, negative rows: shown
    and not acted on). Each query's softmax runs over the batch's acted-on and negative rows,
    the target its acted-on rows in proportion to grade. Nothing is re-embedded: the product
    side keeps the packaged model's vectors. Returns (the model in eval mode, a report), or
    (None, report) with too few examples."""
    import torch

    started = time.perf_counter()
    examples = [e for e in examples if e[0] and len(e[1])]
    batch = max(2, min(batch, max(8, len(examples) // 8), len(examples)))
    info = {"queries": len(examples), "batch": batch, "steps": 0, "epochs": 0.0, "stopped": "done"}
    if len(examples) < 4:
        info["stopped"] = "too few queries"
        return None, info

    def make_run() -> "_QueryRun":
        run = _QueryRun(examples, batch, total=max(min_steps, epochs * (len(examples) // batch)), seed=seed)
        run.vectors = torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32))
        return run

    return _run_to_end(make_run, model_path, info, started, max_seq_length=max_seq_length, lr=lr, warmup=warmup,
                       scale=scale, deadline=deadline, seed=seed, threads=threads, log=log)


class _QueryRun(_Run):
    """A run whose loss moves only the query side: products are rows of frozen vectors."""

    vectors = None

    def loss(self, chunk, scale: float):
        import torch

        rows = np.unique(np.concatenate([np.concatenate([c[1], c[3]]) for c in chunk]).astype(np.int64))
        col = {r: i for i, r in enumerate(rows.tolist())}
        target = torch.zeros(len(chunk), len(rows))
        for b, (_q, pos, grades, _neg) in enumerate(chunk):
            g = torch.as_tensor(np.asarray(grades, dtype=np.float32))
            target[b, [col[r] for r in pos.tolist()]] = g / g.sum()
        logits = self.embed([c[0] for c in chunk]) @ self.vectors[torch.from_numpy(rows)].T * scale
        return -(target * torch.log_softmax(logits, dim=1)).sum(dim=1).mean()
