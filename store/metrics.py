"""The ranking metric, once: NDCG@k with graded gains. Recommendations (binary gains over item
ids), search learning (graded labels of a query's candidates) and the benchmarks all call it.
And the one rule for "is this ranking better than that one on the same queries": a paired test
of the per-query differences (`beats_paired`), used by the journey policy's fit and by the gate
of search learning."""

from __future__ import annotations

from typing import Iterable

import numpy as np


def _discounts(k: int) -> np.ndarray:
    return 1.0 / np.log2(np.arange(2, k + 2))


def ndcg(ranked_gains, all_gains: Iterable[float], k: int = 10) -> float:
    """NDCG@k: the DCG of `ranked_gains` (the gains of the list as ranked) over the DCG of the
    best order of `all_gains` (every relevant item's gain, retrieved or not)."""
    if k <= 0:
        return 0.0
    disc = _discounts(k)
    ideal = np.sort(np.asarray(list(all_gains), dtype=np.float64))[::-1][:k]
    idcg = float(ideal @ disc[:len(ideal)])
    if idcg <= 0:
        return 0.0
    gains = np.asarray(ranked_gains, dtype=np.float64)[:k]
    return float(gains @ disc[:len(gains)]) / idcg


def condensed(ranked_gains, judged, all_gains: Iterable[float], k: int = 10) -> float:
    """Condensed NDCG@k: `ndcg` of the ranking with its unjudged entries removed first (`judged`,
    per ranked entry, says which the judgements know about), so an item nobody judged neither
    helps nor hurts; the ideal from `all_gains` as in `ndcg`."""
    gains = np.asarray(ranked_gains, dtype=np.float64)
    return ndcg(gains[np.asarray(judged, dtype=bool)], all_gains, k)


def beats_paired(new, old, z: float, min_gain: float = 0.0) -> bool:
    """Does `new` beat `old` on the same cases (one score each, in the same order): a mean
    per-case gain above `min_gain` and above `z` standard errors of that mean? (A one-sided paired
    test: z 1.645 keeps a change whose gain is noise about one time in twenty.) Fewer than two
    cases never beat."""
    d = np.asarray(new, dtype=np.float64) - np.asarray(old, dtype=np.float64)
    if len(d) < 2:
        return False
    gain = float(d.mean())
    return bool(gain > min_gain and gain > z * float(d.std(ddof=1)) / np.sqrt(len(d)))  # a bool, not numpy's: reports are JSON
