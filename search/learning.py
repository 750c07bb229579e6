"""Learned search: the ranking and the query embedding learned from the store's search events.

A search event is an event with a `query` and an item (a click, a cart, a purchase): the shopper
searched, then acted on that item. From them:

- labels: per (query, item) the events' weights (by type) summed, mapped to grades 1..4 (0 for a
  candidate nobody acted on);
- a fine-tuned embedding model (`search.finetune`): MiniLM itself trained on (query, acted-on
  product text) pairs, then the catalogue re-embedded with it. It moves both queries and products,
  so it learns the shop's words (misspellings, trade names, what a "backsplash" is); the time to
  re-embed the catalogue is reserved out of the budget, and the stage is skipped, and says so,
  when the budget cannot cover it;
- a query adapter (`QueryAdapter`): a residual linear map on query vectors,
  q' = normalize(q + q W), trained with a listwise softmax against the frozen product vectors
  (in-batch and hard negatives). Products are never re-embedded, so it costs seconds on a CPU;
- a learned ranker (`LearnedRanker`): LightGBM lambdarank trees over the engine's own candidates
  and the very features the hand-weighted score uses (`search.ranking.feature_matrix`), boosted
  from the hand-weighted score (they learn corrections to it);
- a click memory (`search.clicks.ClickMemory`): each logged query's vector and the items acted on
  after it. A new query's nearest logged queries vote for their items, which join the candidates
  (a shared word is not needed) with the vote added to their score; a repeated query gets its own
  history back. Its weight is chosen on the held-back queries;
- shoppers' words (`search.expansion.ShopperWords`): each item's queries, their terms indexed with
  the item as one more lexical field, so the next shopper who says "formica tops" finds the
  laminate countertops others bought after searching that way. An item nobody acted on may
  borrow the words of the items nearest it under the product vectors (its variants: another
  size, colour or pack), at a closeness chosen on the held-back queries.

The queries are split deterministically (a hash of the normalised query): a share is held back.
Each learned part is trained on the others and kept only if, on the held-back queries, it beats
what the engine has without it in NDCG@10 over every candidate (unacted = 0) and is no worse in
NDCG@10 over the acted-on items alone (the top 100 condensed to them): with no impressions in the
log, an item nobody acted on may never have been shown, and a ranking must not win by burying
those. Every number is reported either way. The parts are tried in order (model, adapter,
ranker, click memory, shoppers' words), each on top of what was kept before it; then each part
kept early (adapter, click memory) is tried away again beside the later ones and dropped unless
the ranking with it still wins by the same gate. What is kept is then refitted on every query
(the same recipe, more data); the model too when the budget covers training and re-embedding the
catalogue a second time. Features of training
queries under a kept adapter come from adapters that never saw those queries (two folds), so the
ranker does not learn to trust an overfitted score.

Saved without pickle: LightGBM's text model format, the adapter as .npy, the click memory's
vectors as .npz, the fine-tuned model as safetensors (with the index, `learned/encoder`), JSON for
the rest.

    events = SearchEvents.from_store(store)
    report = learn(engine, events, time_budget_s=300)   # engine uses the learned parts if better
"""

from __future__ import annotations

import hashlib
import math
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

import numpy as np

from search.clicks import ClickMemory
from search.expansion import ShopperWords
from search.learned import LearnedRanker, QueryAdapter
from search.ranking import FEATURE_NAMES, Features, feature_matrix, score
from search.text import normalize
from store.settings import DEFAULT_EVENT_WEIGHTS
from store.metrics import ndcg

# weight of each event type as evidence that the item answers the query (none for the others)
MAX_LABEL = 4
SPREAD_SIMILARITIES = (0.85, 0.75, 0.65)  # cosines at which shoppers' words are lent to nearby items
CLICK_WEIGHTS = (0.05, 0.1, 0.2, 0.4)  # the click memory's weights tried on the held-back queries


# ====================================================================== events and labels
@dataclass
class SearchEvents:
    """Events that carry a query and an item, as parallel arrays."""

    queries: np.ndarray   # object array of str
    item_ids: np.ndarray  # object array of str
    types: np.ndarray     # object array of str

    def __len__(self) -> int:
        return len(self.queries)

    @classmethod
    def from_records(cls, records) -> "SearchEvents":
        rows = [(r.get("query"), r.get("item_id"), r.get("type")) for r in records]
        rows = [r for r in rows if r[0] and r[1] is not None and str(r[0]).strip()]
        cols = list(zip(*rows)) if rows else [(), (), ()]
        return cls(*(np.array([str(v) for v in c], dtype=object) for c in cols))

    @classmethod
    def from_frame(cls, frame) -> "SearchEvents":
        """A pandas frame with `query`, `item_id` and `type` columns (an events import file)."""
        keep = frame["query"].notna() & frame["item_id"].notna()
        frame = frame[keep]
        return cls(frame["query"].astype(str).to_numpy(dtype=object),
                   frame["item_id"].astype(str).to_numpy(dtype=object),
                   frame["type"].astype(str).to_numpy(dtype=object))

    @classmethod
    def from_store(cls, store, *, chunk_size: int = 100_000) -> "SearchEvents":
        """Every event of a `store.db.Store` with a query and an item."""
        import sqlalchemy as sa

        from store.db import events_table

        cols = events_table.c
        query = (sa.select(cols.query, cols.item_id, cols.type)
                 .where(cols.query.is_not(None), cols.item_id.is_not(None)).order_by(cols.seq))
        parts = []
        with store.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk_size).execute(query)
            for part in result.partitions(chunk_size):
                parts.extend(part)
        return cls.from_records({"query": q, "item_id": i, "type": t} for q, i, t in parts)


def query_key(query: str) -> str:
    return " ".join(normalize(query).split())


@dataclass
class QueryLabels:
    query: str                       # the most frequent spelling, what is searched
    labels: dict[str, int]           # item id -> grade 1..MAX_LABEL
    weight: float                    # total event weight (how often the query led somewhere)


def search_labels(events: SearchEvents, event_weights: dict[str, float] | None = None,
                  max_label: int = MAX_LABEL) -> dict[str, QueryLabels]:
    """Per normalised query, the items acted on, graded: the summed event weights, as is while
    they are at most `max_label`, else scaled so the query's best item gets `max_label`."""
    weights = {k: float(v) for k, v in (event_weights or DEFAULT_EVENT_WEIGHTS).items() if k != "search" and v > 0}
    per: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for q, item, kind in zip(events.queries.tolist(), events.item_ids.tolist(), events.types.tolist()):
        w = weights.get(kind, 0.0)
        key = query_key(q)
        if w <= 0 or not key:
            continue
        per[key][item] += w
        spellings[key][q] += 1
    out = {}
    for key, items in per.items():
        top = max(items.values())
        scale = max(1.0, top / max_label)
        labels = {i: int(min(max_label, max(1, round(w / scale)))) for i, w in items.items()}
        query = max(spellings[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        out[key] = QueryLabels(query, labels, float(sum(items.values())))
    return out


def held_back(key: str, share: float, seed: int = 0) -> bool:
    """Deterministic split of queries: a stable hash of the normalised query and the seed."""
    h = int.from_bytes(hashlib.blake2b(f"{seed}\0{key}".encode(), digest_size=8).digest(), "little")
    return (h % 1_000_000) < share * 1_000_000


# ====================================================================== metric
# ====================================================================== training groups
@dataclass
class Group:
    """One query's candidates: rows, features, labels (0 = nobody acted on it); no rows and no
    features when the engine finds nothing for the query."""

    key: str
    rows: np.ndarray
    features: Features | None
    labels: np.ndarray
    all_labels: list[int]
    qraw: np.ndarray | None = None
    acted: np.ndarray | None = None         # rows of every acted-on item, candidate or not
    acted_labels: np.ndarray | None = None  # and their labels


def extract_groups(engine, queries: dict[str, QueryLabels], keys: list[str], *, deadline: float | None = None,
                   raw_vectors: dict[str, np.ndarray] | None = None) -> list[Group]:
    """The engine's candidates and features for each query (in `keys` order, stopping at the
    deadline)."""
    groups = []
    for key in keys:
        if deadline is not None and time.perf_counter() > deadline:
            break
        ql = queries[key]
        raw = raw_vectors.get(key) if raw_vectors else None
        rows, f = engine.candidate_features(ql.query, raw_vector=raw)
        if f is None or not len(rows):  # nothing found: it counts (NDCG 0), and teaches the encoder
            rows, f = np.zeros(0, dtype=np.int64), None
        ids = [engine.item_ids[r] for r in rows.tolist()]
        labels = np.array([ql.labels.get(i, 0) for i in ids], dtype=np.float32)
        known = [(engine.row_of[i], v) for i, v in ql.labels.items() if i in engine.row_of]
        acted = np.array([r for r, _ in known], dtype=np.int64)
        groups.append(Group(key, rows, f, labels, list(ql.labels.values()), raw, acted,
                            np.array([v for _, v in known], dtype=np.float32)))
    return groups


def served_text(engine, query: str) -> str:
    """The text serving embeds for `query` (corrections applied, price words out)."""
    return engine.query_text(engine.understand(query), query)


def encode_raw(engine, queries: dict[str, QueryLabels], keys: list[str], batch: int = 256) -> dict[str, np.ndarray]:
    """Raw query vectors of `keys`, encoded in batches (the text serving embeds)."""
    if engine.dense is None:
        return {}
    texts = [served_text(engine, queries[k].query) for k in keys]
    out = {}
    for start in range(0, len(keys), batch):
        vecs = engine.encode_queries(texts[start:start + batch])
        out.update(zip(keys[start:start + batch], vecs))
    return out


def _hand_scores(engine, g: Group) -> np.ndarray:
    return score(g.features, engine.config)


def mean_ndcg(groups: list[Group], scorer: Callable[[Group], np.ndarray], k: int = 10,
              acted_only: bool = False, depth: int = 100) -> float:
    """Mean NDCG@k of the candidates ordered by `scorer`. `acted_only`: the view that does not
    take an item nobody acted on for irrelevant (it may never have been shown): the top `depth`
    condensed to the acted-on items, as judged-only evaluation does."""
    if not groups:
        return float("nan")
    out = []
    for g in groups:
        if g.features is None:
            out.append(0.0)
            continue
        s = scorer(g)
        pos = np.argsort(-s, kind="stable")
        labels = g.labels[pos]
        if acted_only:
            labels = labels[:depth]
            labels = labels[labels > 0]
        out.append(ndcg(labels, g.all_labels, k))
    return float(np.mean(out))


def compare(groups: list[Group], scorer) -> dict[str, float]:
    return {"ndcg@10": round(mean_ndcg(groups, scorer), 4),
            "acted_on_ndcg@10": round(mean_ndcg(groups, scorer, acted_only=True), 4)}


def better(new: dict[str, float], old: dict[str, float], min_gain: float = 0.0) -> bool:
    """Better with every candidate's label (unacted = 0), and no worse on the acted-on items
    alone: without impressions in the log, an item nobody acted on may simply not have been
    shown, so a ranking must not win by burying such items at the acted-on ones' expense."""
    return new["ndcg@10"] > old["ndcg@10"] + min_gain and new["acted_on_ndcg@10"] >= old["acted_on_ndcg@10"]


# ====================================================================== the query adapter
def train_query_adapter(queries: np.ndarray, positives: list[np.ndarray], grades: list[np.ndarray],
                        negatives: list[np.ndarray], vectors: np.ndarray, *, epochs: int = 10, batch: int = 64,
                        lr: float = 1e-3, weight_decay: float = 1e-2, temperature: float = 0.05,
                        deadline: float | None = None, seed: int = 0, threads: int = 2) -> QueryAdapter:
    """Listwise softmax: each query against its acted-on items (target share by grade), its
    hard negatives (candidates nobody acted on) and the other queries' items in the batch."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(max(1, threads))
    try:
        gen = torch.Generator().manual_seed(seed)
        dim = vectors.shape[1]
        W = torch.zeros(dim, dim, requires_grad=True)
        opt = torch.optim.AdamW([W], lr=lr, weight_decay=0.0)
        Q = torch.from_numpy(np.asarray(queries, dtype=np.float32))
        V = torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32))
        m = len(Q)
        for _epoch in range(epochs):
            if deadline is not None and time.perf_counter() > deadline:
                break
            order = torch.randperm(m, generator=gen).tolist()
            for start in range(0, m, batch):
                idx = order[start:start + batch]
                rows = np.unique(np.concatenate([positives[i] for i in idx] + [negatives[i] for i in idx]))
                col = {r: c for c, r in enumerate(rows.tolist())}
                target = torch.zeros(len(idx), len(rows))
                for b, i in enumerate(idx):
                    g = torch.from_numpy(np.asarray(grades[i], dtype=np.float32))
                    target[b, [col[r] for r in positives[i].tolist()]] = g / g.sum()
                q = Q[idx]
                q2 = q + q @ W
                q2 = q2 / q2.norm(dim=1, keepdim=True).clamp_min(1e-12)
                logits = q2 @ V[torch.from_numpy(rows)].T / temperature
                loss = -(target * torch.log_softmax(logits, dim=1)).sum(dim=1).mean()
                loss = loss + weight_decay * (W * W).sum()
                opt.zero_grad()
                loss.backward()
                opt.step()
        return QueryAdapter(W.detach().numpy().copy())
    finally:
        torch.set_num_threads(previous)


def _adapter_data(engine, groups: list[Group], hard: int = 10):
    Q, pos, grades, neg = [], [], [], []
    for g in groups:
        if g.qraw is None:
            continue
        # every acted-on item, also those the engine does not retrieve yet: those most of all
        p, grade = (g.acted, g.acted_labels) if g.acted is not None else (g.rows[g.labels > 0], g.labels[g.labels > 0])
        if not len(p):
            continue
        n_ = g.rows[g.labels == 0]
        if len(n_) and g.features is not None:
            raw = g.features.dense_raw if g.features.dense_raw is not None else g.features.dense
            dn = raw[g.labels == 0]
            n_ = n_[np.argsort(-dn, kind="stable")[:hard]]
        Q.append(g.qraw)
        pos.append(p)
        grades.append(grade)
        neg.append(n_)
    return (np.stack(Q) if Q else np.zeros((0, 0), np.float32)), pos, grades, neg


def train_adapter(engine, groups: list[Group], *, deadline: float | None = None, seed: int = 0,
                  **kw) -> QueryAdapter | None:
    Q, pos, grades, neg = _adapter_data(engine, groups)
    if len(Q) < 10:
        return None
    return train_query_adapter(Q, pos, grades, neg, engine.vectors, deadline=deadline, seed=seed, **kw)


# ====================================================================== the learned ranker
def ranker_params(seed: int = 0, threads: int = 2, max_label: int = MAX_LABEL) -> dict:
    return {"objective": "lambdarank", "metric": "ndcg", "eval_at": [10],
            "label_gain": list(range(max_label + 1)), "lambdarank_truncation_level": 100,
            "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 50,
            "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1,
            "lambda_l2": 1.0, "num_threads": max(1, threads), "seed": seed, "deterministic": True,
            "force_row_wise": True, "verbosity": -1}


def train_ranker(cfg, groups: list[Group], valid: list[Group] | None = None, *, rounds: int = 1000,
                 deadline: float | None = None, seed: int = 0, threads: int = 2, base: float = 5.0,
                 features: tuple[str, ...] = FEATURE_NAMES, early_stopping: int = 50,
                 top: int = 50, sample: int = 50) -> LearnedRanker:
    """Each query contributes its acted-on candidates, the hand ranking's `top` and `sample`
    others at random (the rows that matter for the top of the list, at a fraction of the
    cost of all of them)."""
    import lightgbm as lgb

    rng = np.random.default_rng(seed)
    hand = features.index("hand")

    def dataset(gs, reference=None):
        Xs, ys, sizes = [], [], []
        for g in gs:
            if g.features is None:
                continue
            X = feature_matrix(g.features, cfg, features)
            order_ = np.argsort(-X[:, hand], kind="stable")
            keep = np.zeros(len(X), dtype=bool)
            keep[order_[:top]] = True
            keep[g.labels > 0] = True
            others = order_[top:]
            if sample and len(others):
                keep[rng.choice(others, min(sample, len(others)), replace=False)] = True
            Xs.append(X[keep])
            ys.append(g.labels[keep])
            sizes.append(int(keep.sum()))
        X = np.vstack(Xs)
        return lgb.Dataset(X, np.concatenate(ys), group=sizes, feature_name=list(features),
                           init_score=base * X[:, hand], reference=reference, free_raw_data=True,
                           params=params)

    params = ranker_params(seed, threads)
    # small logs (a new shop, the tests) still get trees: leaves of 5% of the rows at most
    params["min_data_in_leaf"] = int(max(2, min(params["min_data_in_leaf"],
                                                sum(len(g.rows) for g in groups) // 40)))
    train_set = dataset(groups)
    callbacks = []
    valid_sets = []
    if valid:
        valid_sets = [dataset(valid, train_set)]
        callbacks.append(lgb.early_stopping(early_stopping, verbose=False))
    if deadline is not None:
        def out_of_time(env):
            if time.perf_counter() > deadline:
                raise lgb.callback.EarlyStopException(env.iteration, env.evaluation_result_list or [])
        callbacks.append(out_of_time)
    booster = lgb.train(params, train_set, num_boost_round=rounds,
                        valid_sets=valid_sets, callbacks=callbacks)
    if valid and booster.best_iteration > 0:
        booster = lgb.Booster(model_str=booster.model_to_string(num_iteration=booster.best_iteration))
    return LearnedRanker(booster, features, base)


def learned_scores(engine, ranker: LearnedRanker, f: Features) -> np.ndarray:
    """What serving ranks by with `ranker` (`SearchEngine.learned_score`)."""
    return engine.learned_score(f, ranker)


# ====================================================================== the whole thing
def learn(engine, events: SearchEvents, *, time_budget_s: float = 300.0, holdout: float = 0.2, seed: int = 0,
          event_weights: dict[str, float] | None = None, min_queries: int = 50, max_queries: int = 50_000,
          fine_tune: bool = True, adapter: bool = True, ranker: bool = True, clicks: bool = True,
          words: bool = True, refit: bool = True, threads: int = 2,
          fine_tune_epochs: int = 2, workdir: str | Path | None = None,
          min_gain: float = 0.0, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Learn the engine's embedding model, query adapter and ranking from search events within
    `time_budget_s`, keep what beats the engine on the held-back queries, and return the report
    (also kept as `engine.learned_info`). A kept fine-tuned model is saved under `workdir` (a
    new temporary directory by default) until the engine is saved."""
    started = time.perf_counter()
    deadline = started + time_budget_s
    say = log or (lambda _m: None)
    engine.set_learned()  # learn against the built-in ranking
    queries = search_labels(events, event_weights)
    keys = sorted(queries, key=lambda k: (-queries[k].weight, k))[:max_queries]
    report: dict[str, Any] = {"events": int(len(events)), "queries": len(queries), "holdout_share": holdout,
                              "time_budget_s": time_budget_s, "used": False}
    held = [k for k in keys if held_back(k, holdout, seed)]
    train_keys = [k for k in keys if not held_back(k, holdout, seed)]
    if len(train_keys) < min_queries or len(held) < max(5, min_queries // 5):
        report["reason"] = f"too few search queries ({len(keys)}): need {min_queries} to learn from"
        engine.set_learned(info=report)
        return report

    # 1. candidates and features of every query, as the engine ranks them now
    t = time.perf_counter()
    raw = encode_raw(engine, queries, keys)
    extract_deadline = started + 0.5 * time_budget_s
    held_groups = extract_groups(engine, queries, held, raw_vectors=raw)
    held_s = time.perf_counter() - t
    train_groups = extract_groups(engine, queries, train_keys, raw_vectors=raw, deadline=extract_deadline)
    report["train_queries"], report["held_back_queries"] = len(train_groups), len(held_groups)
    report["features_s"] = round(time.perf_counter() - t, 2)
    say(f"features of {len(train_groups)} + {len(held_groups)} held-back queries: {report['features_s']} s")
    hand = compare(held_groups, lambda g: _hand_scores(engine, g))
    report["held_back"] = {"hand": hand}
    best, best_name = hand, "hand"
    chosen_adapter = None

    # 2. the embedding model fine-tuned on the training queries' pairs, kept if the hand ranking
    #    over the re-embedded catalogue is better on the held-back queries
    tuned = False
    base_encoder, shop_cut = engine.encoder, engine.config.dense_min_similarity
    if fine_tune and fine_tunable(engine) and time.perf_counter() < deadline:
        t = time.perf_counter()
        kept, info = _fine_tune_stage(engine, queries, train_keys, held, best,
                                      deadline=deadline, budget=time_budget_s, held_s=held_s, workdir=workdir,
                                      epochs=fine_tune_epochs, seed=seed, threads=threads, min_gain=min_gain, say=say)
        report["fine_tune"] = info
        if kept is not None:
            tuned = True
            best, held_groups, raw = kept
            best_name = "fine-tuned"
            report["held_back"]["fine-tuned"] = best
            train_groups = extract_groups(engine, queries, [g.key for g in train_groups], raw_vectors=raw,
                                          deadline=max(time.perf_counter() + 5.0, started + 0.85 * time_budget_s))
        elif "held_back" in info:
            report["held_back"]["fine-tuned"] = info.pop("held_back")
        report["fine_tune_s"] = round(time.perf_counter() - t, 2)
        say(f"fine-tuned embedding model: {report['held_back']} ({report['fine_tune_s']} s)")
    base_name = "fine-tuned" if tuned else "hand"

    # 3. the query adapter, kept if the ranking with it is better on the held-back queries
    if adapter and engine.dense is not None and engine.vectors is not None and time.perf_counter() < deadline:
        t = time.perf_counter()
        cand_adapter = train_adapter(engine, train_groups, seed=seed, threads=threads,
                                     deadline=time.perf_counter() + 0.15 * time_budget_s)
        if cand_adapter is not None:
            held_adapted = _groups_with(engine, queries, held, raw, adapter=cand_adapter)
            score_a = compare(held_adapted, lambda g: _hand_scores(engine, g))
            report["held_back"][f"{base_name}+adapter"] = score_a
            if better(score_a, best, min_gain):
                best, best_name, chosen_adapter = score_a, f"{base_name}+adapter", cand_adapter
        report["adapter_s"] = round(time.perf_counter() - t, 2)
        say(f"query adapter: {report['held_back']} ({report['adapter_s']} s)")

    # 4. the ranker (over the adapter's candidates and features when it is kept: out of fold)
    chosen_ranker = None
    if ranker and time.perf_counter() < deadline:
        t = time.perf_counter()
        if chosen_adapter is not None:
            train_groups, held_groups = _cross_fitted(engine, queries, train_groups, held, raw, chosen_adapter,
                                                      deadline=deadline, seed=seed, threads=threads)
        fit, valid = _inner_split(train_groups, seed)
        cand_ranker = train_ranker(engine.config, fit, valid, deadline=deadline, seed=seed,
                                          threads=threads)
        score_r = compare(held_groups, lambda g: learned_scores(engine, cand_ranker, g.features))
        name = "learned" + ("+fine-tuned" if tuned else "") + ("+adapter" if chosen_adapter is not None else "")
        report["held_back"][name] = score_r
        report["ranker_trees"] = cand_ranker.booster.num_trees()
        if better(score_r, best, min_gain):
            best, best_name, chosen_ranker = score_r, name, cand_ranker
            if refit and time.perf_counter() < deadline:
                chosen_ranker = train_ranker(engine.config, train_groups + held_groups,
                                                    rounds=max(1, cand_ranker.booster.num_trees()),
                                                    deadline=deadline + 0.1 * time_budget_s, seed=seed,
                                                    threads=threads)
                report["ranker_refit"] = True
        report["ranker_s"] = round(time.perf_counter() - t, 2)
        say(f"ranker: {report['held_back']} ({report['ranker_s']} s)")
    serve = ((lambda f: learned_scores(engine, chosen_ranker, f)) if chosen_ranker is not None
             else (lambda f: score(f, engine.config)))

    # 5. the click memory of the training queries, its weight chosen on the held-back ones
    chosen_clicks = None
    if clicks and engine.dense is not None and raw and time.perf_counter() < deadline:
        t = time.perf_counter()
        memory = ClickMemory.build(queries, train_keys, raw, weight=1.0)
        if memory is not None:
            held_voted = _groups_with(engine, queries, held, raw, adapter=chosen_adapter, ranker=chosen_ranker,
                                      clicks=memory)
            for w in CLICK_WEIGHTS:
                score_c = compare(held_voted, lambda g: serve(_scaled_votes(g.features, w)))
                report["held_back"][f"{best_name}+clicks({w})"] = score_c
                if better(score_c, best, min_gain):
                    best, chosen_clicks = score_c, memory.with_weight(w)
            if chosen_clicks is not None:
                best_name = f"{best_name}+clicks"
        report["clicks_s"] = round(time.perf_counter() - t, 2)
        say(f"click memory: {report['held_back']} ({report['clicks_s']} s)")

    # 6. the training queries' words indexed with the items acted on after them
    chosen_words, words_spread = None, None
    if words and time.perf_counter() < deadline:
        t = time.perf_counter()
        cand_words = ShopperWords.build(queries, train_keys)
        if cand_words is not None:
            # the words alone, then lent to the items nearest theirs, at each closeness tried
            near = item_neighbours(engine, list(cand_words.items))
            options = [(None, cand_words)] + [(cut, cand_words.spread(near, cut)) for cut in SPREAD_SIMILARITIES
                                              if near]
            before_words = best_name
            for cut, cand in options:
                held_worded = _groups_with(engine, queries, held, raw, adapter=chosen_adapter, ranker=chosen_ranker,
                                           clicks=chosen_clicks, words=cand)
                score_w = compare(held_worded, lambda g: serve(g.features))
                name = f"{before_words}+words" + ("" if cut is None else f"(spread {cut})")
                report["held_back"][name] = score_w
                if better(score_w, best, min_gain):
                    best, best_name, chosen_words, words_spread = score_w, name, cand, cut
        report["words_s"] = round(time.perf_counter() - t, 2)
        say(f"shoppers' words: {report['held_back']} ({report['words_s']} s)")

    # 7. a part kept early must still earn its place beside the ones kept after it (the shoppers'
    #    words and the click memory carry the same queries the adapter learnt from): each is
    #    tried away, and dropped unless the ranking with it is better by the same gate
    if chosen_ranker is None and (chosen_words is not None or chosen_clicks is not None):
        t = time.perf_counter()
        kept = {"adapter": chosen_adapter, "clicks": chosen_clicks, "words": chosen_words}
        kept, best, dropped = tried_away(
            kept, ("adapter", "clicks"), best,
            lambda parts: compare(_groups_with(engine, queries, held, raw, **parts), lambda g: serve(g.features)),
            report["held_back"], best_name, min_gain=min_gain, deadline=deadline)
        for part in dropped:
            best_name = best_name.replace(f"+{part}", "")
        chosen_adapter, chosen_clicks = kept["adapter"], kept["clicks"]
        report["prune_s"] = round(time.perf_counter() - t, 2)
        say(f"kept parts tried away: {report['held_back']} ({report['prune_s']} s)")

    # kept parts see every query, the held-back ones too (the same recipe, more data); first the
    # model, when the budget covers training and re-embedding again, and what reads its vectors
    if tuned and refit and time.perf_counter() < deadline:
        t = time.perf_counter()
        ft = report["fine_tune"]
        after = 1.25 * ft["reembed_s"]
        need = ft["seconds"] * len(keys) / max(1, len(train_keys)) + after
        left = deadline - time.perf_counter()
        if chosen_ranker is not None:
            report["model_refit"] = "not refitted: the kept ranker was trained on this model's features"
        elif need > left:
            report["model_refit"] = f"not refitted: needs ~{need:.0f} s, {left:.0f} s of the budget left"
        else:
            info: dict[str, Any] = {}
            old_dir = Path(engine.encoder.model_path)
            if _train_encoder(engine, base_encoder, training_pairs(engine, queries, keys), info,
                              deadline=deadline - after, epochs=fine_tune_epochs, seed=seed, threads=threads,
                              workdir=workdir, say=say) is not None:
                shutil.rmtree(old_dir, ignore_errors=True)
                raw = encode_raw(engine, queries, keys)
                _calibrate(engine, queries, keys, raw, shop_cut, info, seed=seed)
                if chosen_adapter is not None:
                    # the adapter corrected the first model's errors on queries it had not seen;
                    # the refitted model has seen every query, and nothing is left to check an
                    # adapter learnt over it (on Home Depot one cost 0.003): it is not served
                    chosen_adapter = None
                    report["adapter_refit"] = "dropped: it corrected the model the refit replaced"
                    best_name = best_name.replace("+adapter", "")
                info["seconds"] = round(time.perf_counter() - t, 2)
            report["model_refit"] = info
        say(f"model refitted on every query: {report['model_refit']}")
    if chosen_clicks is not None and refit:
        chosen_clicks = ClickMemory.build(queries, keys, raw, weight=chosen_clicks.weight)
        report["clicks_refit"] = True
    if chosen_words is not None and refit:
        chosen_words = ShopperWords.build(queries, keys)
        if words_spread is not None:
            chosen_words = chosen_words.spread(item_neighbours(engine, list(chosen_words.items)), words_spread)
        report["words_refit"] = True
    if chosen_adapter is not None and refit:
        refitted = train_adapter(engine, train_groups + held_groups, seed=seed, threads=threads,
                                 deadline=time.perf_counter() + 0.1 * time_budget_s)
        chosen_adapter = refitted or chosen_adapter
        report["adapter_refit"] = refitted is not None
    report.update({"chosen": best_name, "used": best_name != "hand", "adapter": chosen_adapter is not None,
                   "ranker": chosen_ranker is not None, "encoder": engine.encoder.name if tuned else None,
                   "clicks": None if chosen_clicks is None else {"queries": len(chosen_clicks),
                                                                 "weight": chosen_clicks.weight},
                   "words": None if chosen_words is None else {"items": len(chosen_words), "spread": words_spread},
                   "seconds": round(time.perf_counter() - started, 2)})
    engine.set_learned(adapter=chosen_adapter, ranker=chosen_ranker, clicks=chosen_clicks, words=chosen_words,
                       info=report)
    return report


def tried_away(kept: dict[str, Any], parts: tuple[str, ...], best: dict[str, float],
               evaluate: Callable[[dict[str, Any]], dict[str, float]], scores: dict, name: str, *,
               min_gain: float = 0.0, deadline: float | None = None) -> tuple[dict[str, Any], dict[str, float], list[str]]:
    """Each of `parts` that `kept` holds, removed in turn: it stays only if the set with it is
    `better` than the set without it (`evaluate`: the held-back scores of a set of parts), else
    it is dropped and the set without it is the new best. Returns (what is kept, its scores, the
    parts dropped); every score goes into `scores` as "`name` without <part>"."""
    kept, dropped = dict(kept), []
    for part in parts:
        if kept.get(part) is None or (deadline is not None and time.perf_counter() > deadline):
            continue
        without = evaluate({**kept, part: None})
        scores[f"{name} without {part}"] = without
        if not better(best, without, min_gain):
            best, kept[part] = without, None
            dropped.append(part)
    return kept, best, dropped


def _groups_with(engine, queries, keys: list[str], raw, **parts) -> list[Group]:
    """The groups of `keys` as the engine finds them with the learned `parts` (set_learned's
    keywords); the engine is left with none."""
    engine.set_learned(**parts)
    try:
        return extract_groups(engine, queries, keys, raw_vectors=raw)
    finally:
        engine.set_learned()


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


def _scaled_votes(f: Features | None, weight: float) -> Features | None:
    """`f` with the click memory's votes (made at weight 1) at `weight`."""
    if f is None or f.clicks is None:
        return f
    return replace(f, clicks=f.clicks * weight)


def training_pairs(engine, queries: dict[str, QueryLabels], keys: list[str]) -> list[tuple[str, str, float]]:
    """(the text serving embeds for the query, the product text as indexed, grade) per acted-on
    item: what the embedding model is fine-tuned on."""
    out = []
    for key in keys:
        ql = queries[key]
        text = served_text(engine, ql.query)
        for item, grade in ql.labels.items():
            row = engine.row_of.get(item)
            if row is not None and grade > 0:
                out.append((text, engine.product_text(row), float(grade)))
    return out


def fine_tunable(engine) -> bool:
    """A dense part whose encoder is a sentence-transformers model on disk (`search.encoder.Encoder`)."""
    enc = engine.encoder
    return engine.dense is not None and enc is not None and bool(getattr(enc, "model_path", None)) \
        and hasattr(enc, "model")


def _fine_tune_stage(engine, queries, train_keys: list[str], held: list[str], best: dict[str, float], *,
                     deadline: float, budget: float, held_s: float, workdir, epochs: int, seed: int, threads: int,
                     min_gain: float, say) -> tuple[tuple[dict, list[Group], dict] | None, dict[str, Any]]:
    """Fine-tune the encoder, re-embed the catalogue with it and score the held-back queries;
    on a win the engine keeps the new model ((score, held-back groups, every query's vector
    under it), report), else it is left as it was (None, report)."""
    info: dict[str, Any] = {}
    texts = engine.product_texts()
    # what re-embedding the whole catalogue will cost, timed on a sample
    sample = texts[::max(1, len(texts) // 200)][:200]
    t = time.perf_counter()
    engine.encoder.encode_products(sample)
    reembed_est = (time.perf_counter() - t) / max(1, len(sample)) * len(texts)
    reserve = 1.25 * reembed_est + 3.0 * held_s + 0.1 * budget
    train_until = deadline - reserve
    info["reembed_estimate_s"] = round(reembed_est, 1)
    if train_until - time.perf_counter() < max(15.0, 0.1 * budget):
        info["skipped"] = (f"the time budget ({budget:.0f} s) leaves too little to fine-tune and then re-embed "
                           f"{len(texts):,} products (~{reembed_est:.0f} s): raise search_learn_time_budget_s")
        say(info["skipped"])
        return None, info
    pairs = training_pairs(engine, queries, train_keys)
    old = engine.dense_state()
    directory = _train_encoder(engine, engine.encoder, pairs, info, deadline=train_until, epochs=epochs, seed=seed,
                               threads=threads, workdir=workdir, say=say)
    if directory is None:
        return None, info
    raw = encode_raw(engine, queries, train_keys + held)  # every query once under the new model
    _calibrate(engine, queries, train_keys, raw, old[3], info, seed=seed)
    held_groups = extract_groups(engine, queries, held, raw_vectors=raw)
    score_ft = compare(held_groups, lambda g: _hand_scores(engine, g))
    if better(score_ft, best, min_gain):
        return (score_ft, held_groups, raw), info
    info["held_back"] = score_ft
    engine.restore_dense(old)
    shutil.rmtree(directory, ignore_errors=True)
    return None, info


def _train_encoder(engine, base, pairs, info: dict, *, deadline: float, epochs: int, seed: int, threads: int,
                   workdir, say) -> Path | None:
    """Fine-tune `base` (an `search.encoder.Encoder`) on `pairs`, save the model in a new
    directory under `workdir`, re-embed the catalogue with it and serve with it; returns the
    directory (None, the engine untouched, when there was nothing to train). `info` gets the
    training report and the re-embedding time."""
    from search.encoder import Encoder
    from search.finetune import fine_tune, save_model

    model, ft = fine_tune(base.model_path, pairs, deadline=deadline, epochs=epochs, seed=seed, threads=threads,
                          log=say)
    info.update(ft)
    if model is None:
        return None
    if workdir is not None:
        Path(workdir).mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="encoder-", dir=workdir))
    save_model(model, directory, base_name=base.name)
    del model
    candidate = Encoder(directory, batch_size=getattr(base, "batch_size", 64),
                        query_threads=getattr(base, "query_threads", 1))
    t = time.perf_counter()
    vectors = candidate.encode_products(engine.product_texts())
    info["reembed_s"] = round(time.perf_counter() - t, 2)
    say(f"re-embedded {len(vectors):,} products with the fine-tuned model: {info['reembed_s']} s")
    engine.use_encoder(candidate, vectors)
    return directory


def _calibrate(engine, queries, keys: list[str], raw, shop_cut: float, info: dict, *, seed: int) -> None:
    """The cosine a dense-only candidate needs was set for the packaged model's scale: a new
    model's is read off the training pairs (never stricter than the shop's setting)."""
    cut = calibrated_min_similarity(engine, queries, keys, raw, seed=seed)
    engine.set_min_similarity(shop_cut)
    if cut is not None and cut < shop_cut:
        info["dense_min_similarity"] = round(cut, 4)
        engine.set_min_similarity(info["dense_min_similarity"])


def calibrated_min_similarity(engine, queries, keys: list[str], raw: dict[str, np.ndarray], *, sample: int = 500,
                              negatives: int = 20, seed: int = 0) -> float | None:
    """The cosine that best tells a query's acted-on products from random ones under the
    engine's model (the largest true-positive minus false-positive rate, Youden's J), over a
    sample of the queries in `keys` (`raw`: their vectors under that model)."""
    rng = np.random.default_rng(seed)
    keys = [keys[i] for i in rng.permutation(len(keys))[:sample]]
    live = np.flatnonzero(engine.alive)
    pos, neg = [], []
    for k in keys:
        rows = [engine.row_of[i] for i in queries[k].labels if i in engine.row_of]
        if not rows or k not in raw:
            continue
        q = raw[k]
        pos.append(engine.vectors[rows] @ q)
        neg.append(engine.vectors[rng.choice(live, min(negatives, len(live)), replace=False)] @ q)
    if not pos:
        return None
    pos, neg = np.concatenate(pos), np.concatenate(neg)
    cuts = np.unique(np.quantile(np.concatenate([pos, neg]), np.linspace(0, 1, 201)))
    j = [(pos >= c).mean() - (neg >= c).mean() for c in cuts]
    return float(cuts[int(np.argmax(j))])


def _inner_split(groups: list[Group], seed: int, share: float = 0.15) -> tuple[list[Group], list[Group]]:
    """Queries for early stopping, apart from the ones the trees are fitted on."""
    valid = [g for g in groups if held_back(g.key, share, seed + 1)]
    fit = [g for g in groups if not held_back(g.key, share, seed + 1)]
    return (fit, valid) if len(valid) >= 5 and len(fit) >= 10 else (groups, [])


def _cross_fitted(engine, queries, train_groups: list[Group], held: list[str], raw, adapter: QueryAdapter, *,
                  deadline: float, seed: int, threads: int, folds: int = 2):
    """Features under a query adapter that never saw the query: each fold's queries through an
    adapter trained on the other folds; the held-back queries through the one trained on all
    training queries."""
    out: list[Group] = []
    fold_of = {g.key: int(hashlib.blake2b(f"fold{seed}\0{g.key}".encode(), digest_size=4).hexdigest(), 16) % folds
               for g in train_groups}
    for k in range(folds):
        fit = [g for g in train_groups if fold_of[g.key] != k]
        ad = train_adapter(engine, fit, seed=seed, threads=threads,
                           deadline=time.perf_counter() + max(2.0, 0.05 * (deadline - time.perf_counter())))
        out += _groups_with(engine, queries, [g.key for g in train_groups if fold_of[g.key] == k], raw, adapter=ad)
    return out, _groups_with(engine, queries, held, raw, adapter=adapter)
