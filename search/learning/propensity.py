"""How likely a shopper is to look at a search result at each position (the examination
propensity of a position-based model), estimated from the store's own search log.

Shoppers click what they see, near the top: a click at position 8 says more about an item than a
click at position 1. Learning weights each action by the inverse of its position's propensity
(`search.learning.clicklog`), so the propensities must come from the log, not from a guess.

Estimate (intervention harvesting, Agarwal et al. 2019): for each pair of positions (k, k') and
each (query, item) shown at both, the click-through at k over that at k' estimates p_k / p_k'
(relevance cancels out). The randomised traffic the setting `search_explore_share` switches on
(an impression marked `explore` shows the top results in a random order) is what puts the same
item at several positions; every impression of the query counts beside it (an item shown at 3
by the ranking and at 7 by a randomised draw is one such pair; so is a ranking that moved it
from one night to the next). The log-ratios of every pair with
clicks on both sides are fitted in one weighted least-squares (p_1 = 1), so full shuffles and
adjacent pair swaps both work; propensities are made non-increasing and kept in [floor, 1].
Positions the randomised traffic does not reach follow the power law fitted to the estimated
ones.

Fallback when no item was clicked at two positions often enough: the prior `(1 / k) ** PRIOR_ETA`,
the same shape, and `Propensity.source` says so.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np

from search.learning.labels import query_key

PRIOR_ETA = 1.0       # examination (1/k)^1: the usual shape of web and shop search logs
MIN_PAIR_CLICKS = 5   # a pair of positions needs this many clicks on each side to count
FLOOR = 0.01
MIN_POSITIONS = 5     # positions linked to the first needed to trust an estimate over the prior


@dataclass(frozen=True)
class Propensity:
    """Examination propensity by 1-based position: `values[k - 1]` for k <= len(values), the
    power law `(1/k) ** eta` scaled to meet the last value beyond."""

    values: tuple[float, ...]
    eta: float
    source: str

    def __call__(self, positions) -> np.ndarray:
        k = np.maximum(1, np.asarray(positions, dtype=np.int64))
        vals = np.asarray(self.values, dtype=np.float64)
        n = len(vals)
        beyond = vals[-1] * (n / np.maximum(k, n)) ** self.eta
        return np.where(k <= n, vals[np.minimum(k, n) - 1], beyond)

    def weights(self, positions, clip: float = 10.0) -> np.ndarray:
        """Inverse propensities, at most `clip`."""
        return np.minimum(clip, 1.0 / np.maximum(self(positions), 1e-12))

    @classmethod
    def prior(cls, depth: int = 10, eta: float = PRIOR_ETA, why: str = "") -> "Propensity":
        values = tuple(float(v) for v in (1.0 / np.arange(1, depth + 1)) ** eta)
        return cls(values, eta, f"prior (1/k)^{eta:g}" + (f": {why}" if why else ""))

    def as_dict(self) -> dict:
        return {"values": [round(v, 4) for v in self.values], "eta": round(self.eta, 4), "source": self.source}


def shown_positions(impression: Mapping) -> list[tuple[str, int]]:
    """(item id, 1-based position) of every item an impression showed."""
    offset = int(impression.get("offset") or 0)
    return [(str(item), offset + i + 1) for i, item in enumerate(impression.get("items") or [])]


def click_counts(impressions: Iterable[Mapping], events: Iterable[Mapping], *, explore_only: bool = False,
                 depth: int = 10) -> tuple[dict, dict]:
    """Per (query, item, position) within `depth`: times shown and times clicked, over the
    impressions (`explore_only`: the randomised ones only) and their attributed clicks."""
    shown: dict[tuple[str, str, int], int] = defaultdict(int)
    clicked: dict[tuple[str, str, int], int] = defaultdict(int)
    kept: dict[str, str] = {}
    for imp in impressions:
        if explore_only and not imp.get("explore"):
            continue
        key = query_key(str(imp.get("query") or ""))
        if not key:
            continue
        kept[str(imp["id"])] = key
        for item, pos in shown_positions(imp):
            if pos <= depth:
                shown[(key, item, pos)] += 1
    seen: set[tuple[str, str]] = set()
    for ev in events:
        sid, item, pos = ev.get("search_id"), ev.get("item_id"), ev.get("position")
        if ev.get("type") != "click" or sid not in kept or item is None or pos is None:
            continue
        if (sid, item) in seen:  # one click per item per impression
            continue
        seen.add((sid, item))
        k = (kept[sid], str(item), int(pos))
        if k in shown:
            clicked[k] += 1
    return shown, clicked


def pair_ratios(shown: dict, clicked: dict, depth: int = 10) -> dict[tuple[int, int], tuple[float, float, float]]:
    """For positions k < k': (weighted click-through at k, at k', clicks on both sides) over
    the (query, item) pairs shown at both."""
    by_pair: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    for (q, item, pos), n in shown.items():
        by_pair[(q, item)][pos] = n
    num = np.zeros((depth + 1, depth + 1))
    clicks = np.zeros((depth + 1, depth + 1))
    for (q, item), at in by_pair.items():
        if len(at) < 2:
            continue
        ps = sorted(at)
        for a in range(len(ps)):
            for b in range(a + 1, len(ps)):
                k, k2 = ps[a], ps[b]
                nk, nk2 = at[k], at[k2]
                ck, ck2 = clicked.get((q, item, k), 0), clicked.get((q, item, k2), 0)
                w = nk * nk2 / (nk + nk2)
                num[k, k2] += w * ck / nk
                num[k2, k] += w * ck2 / nk2
                clicks[k, k2] += ck
                clicks[k2, k] += ck2
    out = {}
    for k in range(1, depth + 1):
        for k2 in range(k + 1, depth + 1):
            if num[k, k2] > 0 and num[k2, k] > 0:
                out[(k, k2)] = (num[k, k2], num[k2, k], min(clicks[k, k2], clicks[k2, k]))
    return out


def estimate(impressions: Iterable[Mapping], events: Iterable[Mapping], *, depth: int = 10,
             min_pair_clicks: int = MIN_PAIR_CLICKS, floor: float = FLOOR) -> Propensity:
    """The examination propensity by position, from the impressions (the randomised ones above
    all) and their attributed clicks; the prior (and why) when they cannot tell."""
    impressions = list(impressions)
    n_explore = sum(1 for imp in impressions if imp.get("explore"))
    shown, clicked = click_counts(impressions, events, depth=depth)
    ratios = {kk: r for kk, r in pair_ratios(shown, clicked, depth).items() if r[2] >= min_pair_clicks}
    reached = linked_to_first(ratios)
    ratios = {kk: r for kk, r in ratios.items() if kk[0] in reached}
    deepest = max((pos for (_q, _i, pos) in shown), default=1)  # lists may be shorter than `depth`
    if len(reached) < min(deepest, MIN_POSITIONS):
        why = (f"{n_explore} randomised impressions" if n_explore else
               "no randomised impressions (search_explore_share is 0)")
        return Propensity.prior(depth, why=f"{why}, too few clicks on items shown at two positions "
                                           f"({len(reached)} positions linked to the first)")
    rows, rhs, wts = [], [], []
    for (k, k2), (ck, ck2, support) in ratios.items():  # log p_k2 - log p_k = log(ck2 / ck)
        row = np.zeros(depth)
        row[k2 - 1] += 1.0
        row[k - 1] -= 1.0
        rows.append(row)
        rhs.append(np.log(ck2 / ck))
        wts.append(np.sqrt(support))
    A = np.array(rows)[:, 1:] * np.array(wts)[:, None]  # p_1 = 1: log p_1 = 0 drops out
    b = np.array(rhs) * np.array(wts)
    cols = [k - 2 for k in sorted(reached) if k > 1]
    x, *_ = np.linalg.lstsq(A[:, cols], b, rcond=None)
    logp = {1: 0.0, **{k: float(v) for k, v in zip([c + 2 for c in cols], x)}}
    est = np.array([logp.get(k, np.nan) for k in range(1, depth + 1)])
    known = np.isfinite(est)
    ks = np.arange(1, depth + 1)
    eta = float(max(0.0, -np.sum(est[known] * np.log(ks[known])) / max(1e-12, np.sum(np.log(ks[known]) ** 2))))
    values = np.where(known, np.exp(np.where(known, est, 0.0)), (1.0 / ks) ** eta)
    values = np.clip(np.minimum.accumulate(np.minimum(values, 1.0)), floor, 1.0)
    return Propensity(tuple(float(v) for v in values), eta,
                      f"estimated from {n_explore} randomised impressions ({len(ratios)} position pairs)")


def linked_to_first(ratios: dict) -> set[int]:
    """The positions linked to position 1 through pairs with enough clicks (1 included)."""
    links: dict[int, set[int]] = defaultdict(set)
    for k, k2 in ratios:
        links[k].add(k2)
        links[k2].add(k)
    seen, todo = {1}, [1]
    while todo:
        for n in links[todo.pop()]:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen
