"""Fitting the journey policy (`recsys.journey.JourneyPolicy`) on the validation windows inside
the training data: every answer is scored for every validation shopper in the state their own
events put them in, per state the best is kept where the evidence says so, and a gate on
shoppers the choice never saw keeps `for-you` unless the policy beats it.

1. On each validation fold (`recsys.folds.validation_folds`: the newest window, the one before)
   the service is fitted on the events before the window; each sampled shopper is asked, as the
   endpoint asks, with their newest 50 events as history; their state is read and every answer
   (`ANSWERS`) scored by NDCG@10 against what they did in the window, for the `all` view
   (`exclude=none`) and the `new` view (default exclude, items seen before left out of the truth).
2. The shoppers are split in two halves (seeded). On the first, the overall answer is the best
   one if it beats `for-you` by more than one standard error of the paired difference (else
   `for-you`); a state with at least `min_users` shoppers gets its own best answer under the
   same rule against the overall one, a smaller state the overall one.
3. The gate, on the second half: if the policy scores below `for-you`, every state gets
   `for-you` for that view.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from recsys.evaluation import ndcg_at_k
from recsys.fitdata import FitData
from recsys.folds import Fold, validation_folds
from recsys.journey import ANSWERS, BASELINE, STATES, VIEWS, JourneyPolicy
from store.metrics import beats_paired

HISTORY = 50  # events the endpoint reads per shopper (`Store.recent_interactions`)
EXCLUDE = {"all": "none", "new": "purchased"}


@dataclass
class Case:
    """One validation shopper of one fold: their state and each answer's NDCG@10 per view."""

    state: str
    scores: dict[str, dict[str, float]]  # view -> answer -> ndcg@10


def histories(train: FitData, users: np.ndarray, depth: int = HISTORY) -> dict[int, list[dict]]:
    """The newest `depth` events of each user in `users`, newest first, as the endpoint's
    `history` (item id, type, epoch seconds)."""
    idx = np.flatnonzero(np.isin(train.user_codes, users))
    idx = idx[np.lexsort((-train.ts[idx], train.user_codes[idx]))]
    out: dict[int, list[dict]] = {}
    if not len(idx):
        return out
    codes = train.user_codes[idx]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    for start, end in zip(starts, np.r_[starts[1:], len(idx)]):
        rows = idx[start:min(end, start + depth)]
        out[int(codes[start])] = [{"item_id": str(train.item_ids[train.item_codes[r]]), "type": str(train.types[r]),
                                   "timestamp": float(train.ts[r])} for r in rows]
    return out


def score_fold(service, fold: Fold, data: FitData, k: int = 20) -> list[Case]:
    """Every answer for every sampled shopper of `fold`, scored by NDCG@10 in both views."""
    users = np.array(sorted(fold.truth_all), dtype=np.int64)
    history = histories(fold.train, users)
    truths = {"all": fold.truth_all, "new": fold.truth_new}
    names = list(ANSWERS)
    cases = []
    for u in users.tolist():
        profile = service.profile(str(data.user_ids[u]), history.get(u, []))
        scores: dict[str, dict[str, float]] = {}
        for view in VIEWS:
            truth = truths[view].get(u)
            if not truth:
                continue
            mask, _ = service.masks(BASELINE, profile, None, EXCLUDE[view])
            lists = service.answers(names, profile, k, mask)
            scores[view] = {name: ndcg_at_k([service.item_index[i["item_id"]] for i in items], truth, 10)
                            for name, items in lists.items()}
        cases.append(Case(service.state(profile), scores))
    return cases


def _better(values: dict[str, np.ndarray], challenger: str, incumbent: str, z: float) -> bool:
    """Does `challenger` beat `incumbent` by more than `z` standard errors of the paired mean?"""
    return challenger != incumbent and beats_paired(values[challenger], values[incumbent], z)


def _matrix(cases: list[Case], view: str) -> dict[str, np.ndarray]:
    return {name: np.array([c.scores[view][name] for c in cases]) for name in ANSWERS}


def _best_two(values: dict[str, np.ndarray]) -> list[tuple[str, float]]:
    means = sorted(((name, float(v.mean())) for name, v in values.items()), key=lambda t: -t[1])
    return means[:2]


def choose_view(choose: list[Case], check: list[Case], view: str, *, min_users: int,
                z: float = 1.0) -> tuple[dict[str, str], str, dict[str, Any]]:
    """(state -> answer, the overall answer, the report) of one view: see the module doc."""
    choose = [c for c in choose if view in c.scores]
    check = [c for c in check if view in c.scores]
    if not choose:
        return {}, BASELINE, {"skipped": True, "reason": "no validation shoppers in this view"}
    overall_values = _matrix(choose, view)
    best = _best_two(overall_values)[0][0]
    overall = best if _better(overall_values, best, BASELINE, z) else BASELINE
    table, rows = {}, []
    for state in STATES[1:]:
        cases = [c for c in choose if c.state == state]
        n_check = sum(c.state == state for c in check)
        if not cases and not n_check:
            continue
        row: dict[str, Any] = {"state": state, "users": len(cases), "users_check": n_check}
        if len(cases) < min_users:
            table[state] = overall
            row.update(answer=overall, note=f"fewer than {min_users} shoppers: the overall answer")
        else:
            values = _matrix(cases, view)
            (first, _), (second, second_score) = _best_two(values)
            table[state] = first if _better(values, first, overall, z) else overall
            runner = second if table[state] == first else first
            row.update(answer=table[state], runner_up=runner, runner_up_ndcg=round(float(values[runner].mean()), 4))
            row["for_you_ndcg"] = round(float(values[BASELINE].mean()), 4)
        if cases:
            row["ndcg"] = round(float(np.mean([c.scores[view][table[state]] for c in cases])), 4)
        rows.append(row)
    gate = _gate(check, view, table, overall)
    if not gate["passed"]:
        table, overall = {s: BASELINE for s in table}, BASELINE
        for row in rows:
            row["fitted"], row["answer"] = row["answer"], BASELINE
    return table, overall, {"overall": overall, "states": rows, "gate": gate}


def _gate(check: list[Case], view: str, table: dict[str, str], overall: str) -> dict[str, Any]:
    """The policy against `for-you` on the held-back half: passed unless the policy scores less."""
    if not check:
        return {"passed": all(a == BASELINE for a in table.values()) and overall == BASELINE,
                "reason": "no held-back shoppers to check on"}
    policy = float(np.mean([c.scores[view][table.get(c.state, overall)] for c in check]))
    base = float(np.mean([c.scores[view][BASELINE] for c in check]))
    return {"passed": policy >= base, "users": len(check), "policy_ndcg": round(policy, 4),
            "for_you_ndcg": round(base, 4)}


def fit_policy(data: FitData, config, fit, *, folds: int = 2, max_users: int = 1000, min_users: int = 50,
               random_state: int = 0, log=None) -> tuple[JourneyPolicy, dict[str, Any]]:
    """Fit the journey policy for `config` on `data`'s validation windows. `fit(train)` fits a
    serving service on a fold's training part (`recsys.fitting.fit_service` with the run's
    catalogue, rules and embeddings). Returns the policy and its report (the tables)."""
    log = log or (lambda _m: None)
    t0 = time.perf_counter()
    cases: list[Case] = []
    for fold in validation_folds(data, config, folds=folds, max_users=max_users, random_state=random_state):
        service = fit(fold.train)
        service.explain = False
        cases += score_fold(service, fold, data)
        log(f"journey policy: {fold.split}: {len(cases)} shoppers scored")
    if len(cases) < 20:
        return JourneyPolicy(), {"skipped": True, "reason": "fewer than 20 validation shoppers"}
    half = np.random.default_rng(random_state).random(len(cases)) < 0.5
    choose = [c for c, h in zip(cases, half) if h]
    check = [c for c, h in zip(cases, half) if not h]
    policy = JourneyPolicy()
    report: dict[str, Any] = {"shoppers": len(cases), "min_users": min_users, "answers": list(ANSWERS)}
    for view in VIEWS:
        table, overall, report[view] = choose_view(choose, check, view, min_users=min_users)
        policy.tables[view], policy.defaults[view] = table, overall
    report["seconds"] = round(time.perf_counter() - t0, 2)
    return policy, report


def table_lines(report: dict[str, Any]) -> list[str]:
    """The policy report as text lines (the training log, `kaiyu evaluate`)."""
    if not report or report.get("skipped"):
        return [f"journey policy: not fitted ({(report or {}).get('reason', 'no report')}): for-you for every state"]
    lines = []
    for view in VIEWS:
        part = report.get(view) or {}
        gate = part.get("gate") or {}
        lines.append(f"journey policy, {view} view: overall {part.get('overall')}; gate "
                     f"{'passed' if gate.get('passed') else 'failed: for-you everywhere'} "
                     f"(policy {gate.get('policy_ndcg')} vs for-you {gate.get('for_you_ndcg')} "
                     f"on {gate.get('users')} held-back shoppers)")
        for row in part.get("states", []):
            runner = (f", runner-up {row['runner_up']} {row['runner_up_ndcg']}" if "runner_up" in row
                      else f" ({row.get('note', '')})")
            lines.append(f"  {row['state']:<12} -> {row['answer']:<24} ndcg@10 {row.get('ndcg', float('nan'))}"
                         f"{runner}; {row['users']} shoppers (+{row['users_check']} held back)")
    return lines
