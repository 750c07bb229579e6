"""Training the query adapter (`search.learned.QueryAdapter`): a residual linear map on query
vectors, trained with a listwise softmax against the frozen product vectors. Hand-written in a
few lines of torch: no library trains a map of the query side alone against fixed products."""

from __future__ import annotations

import hashlib
import time

import numpy as np

from search.learned import QueryAdapter
from search.learning.groups import Group, groups_with


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


def adapter_data(engine, groups: list[Group], hard: int = 10):
    """Per query with a vector: the vector, its acted-on rows and grades, its `hard` hardest
    negatives (the candidates nobody acted on nearest the query)."""
    Q, pos, grades, neg = [], [], [], []
    for g in groups:
        if g.qraw is None:
            continue
        # every acted-on item, also those the engine does not retrieve yet: those most of all
        p, grade = (g.acted, g.acted_labels) if g.acted is not None else (g.rows[g.labels > 0], g.labels[g.labels > 0])
        if not len(p):
            continue
        # negatives: candidates nobody acted on; shown and not acted on where the log says so
        # (an item never shown may be relevant: nobody saw it)
        unacted = g.labels == 0
        if g.shown is not None and (g.shown & unacted).any():
            unacted = g.shown & unacted
        n_ = g.rows[unacted]
        if len(n_) and g.features is not None:
            raw = g.features.dense_raw if g.features.dense_raw is not None else g.features.dense
            dn = raw[unacted]
            n_ = n_[np.argsort(-dn, kind="stable")[:hard]]
        Q.append(g.qraw)
        pos.append(p)
        grades.append(grade)
        neg.append(n_)
    return (np.stack(Q) if Q else np.zeros((0, 0), np.float32)), pos, grades, neg


def train_adapter(engine, groups: list[Group], *, deadline: float | None = None, seed: int = 0,
                  **kw) -> QueryAdapter | None:
    """An adapter trained on `groups` (None under 10 queries with a vector and an acted-on item)."""
    Q, pos, grades, neg = adapter_data(engine, groups)
    if len(Q) < 10:
        return None
    return train_query_adapter(Q, pos, grades, neg, engine.vectors, deadline=deadline, seed=seed, **kw)


def cross_fitted(engine, queries, train_groups: list[Group], held: list[str], raw, adapter: QueryAdapter, *,
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
        out += groups_with(engine, queries, [g.key for g in train_groups if fold_of[g.key] == k], raw, adapter=ad)
    return out, groups_with(engine, queries, held, raw, adapter=adapter)
