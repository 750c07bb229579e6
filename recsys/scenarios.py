"""The storefront scenarios, one small function each, in one table (`SCENARIOS`): what to score
for a shopper and why, given the request's mask. The service picks one and falls back to
trending when a scenario has nothing to offer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from recsys.persistence import FittedModels
from recsys.profile import Profile
from recsys.reasons import Reasons


@dataclass
class Ask:
    """One request: the shopper, how many items, which items may be answered (`mask`) and which
    reorders may be mixed in after a purchase (`reorder_mask`, default `mask`)."""

    profile: Profile
    k: int
    mask: np.ndarray
    reorder_mask: np.ndarray | None = None


class Scorer(Protocol):
    """What a scenario needs from the service."""

    models: FittedModels
    reasons: Reasons

    def similar_scores(self, anchors: list[int], weights: list[float] | None = None) -> np.ndarray: ...

    def copurchase_scores(self, anchors: list[int]) -> tuple[np.ndarray, np.ndarray]: ...

    def finish(self, scores: np.ndarray, reasons_fn: Callable, k: int, mask: np.ndarray) -> list[dict]: ...


def _user_scores(model, ask: Ask) -> np.ndarray:
    return np.atleast_2d(model.score(np.array([ask.profile.user]), ask.profile.row))[0]


def trending(s: Scorer, ask: Ask) -> list[dict]:
    scores = _user_scores(s.models.trending, ask)
    return s.finish(scores, lambda items: [s.reasons.trending(i) for i in items], ask.k, ask.mask)


def _personal(s: Scorer, ask: Ask, *, session: bool) -> list[dict]:
    p = ask.profile
    d, b = s.models.hybrid.parts(np.array([-1 if session else p.user]), p.row, refold=p.fresh)
    d, b = d[0], b[0]
    if session:
        b = np.zeros_like(b)
    # what sells now breaks ties (and ranks what nothing in the profile speaks for)
    scores = d + b + 1e-3 * np.asarray(s.models.trending.popularity_, dtype=np.float32)

    def reasons(items):
        because = s.reasons.because(p.user, p.row, items, p.recent)
        return [s.reasons.buy_again(p.user, i, p.recent) if b[i] > max(d[i], 0) else r for i, r in zip(items, because)]
    return s.finish(scores, reasons, ask.k, ask.mask)


def for_you(s: Scorer, ask: Ask) -> list[dict]:
    return _personal(s, ask, session=False)


def session(s: Scorer, ask: Ask) -> list[dict]:
    return _personal(s, ask, session=True)


def buy_again(s: Scorer, ask: Ask) -> list[dict]:
    ba = s.models.hybrid.buy_again_
    if ba is None:
        return []
    scores = _user_scores(ba, ask).astype(np.float64)
    scores[scores <= 0] = -np.inf
    u = ask.profile.user
    return s.finish(scores, lambda items: [s.reasons.buy_again(u, i, ask.profile.recent) for i in items], ask.k,
                    ask.mask)


def similar(s: Scorer, ask: Ask) -> list[dict]:
    p = ask.profile
    anchors = [r[0] for r in p.recent if r[1] in ("view", "click", "add_to_cart")][:3] or \
        list(p.row.indices[np.argsort(-p.row.data)][:3])
    if not anchors:
        return []
    scores = s.similar_scores(anchors, [1.0, 0.5, 0.25][:len(anchors)])
    mask = ask.mask.copy()
    mask[anchors[0]] = False
    label = s.reasons.label(anchors[0])
    return s.finish(np.where(scores > 0, scores, -np.inf), lambda items: [f"similar to {label}" for _ in items],
                    ask.k, mask)


def _cart_anchors(s: Scorer, p: Profile) -> list[int]:
    """The cart and what was just bought; else the shopper's purchases; else the session."""
    anchors = list(dict.fromkeys(r[0] for r in p.recent if r[1] in ("add_to_cart", "purchase")))[:5]
    if not anchors and p.user >= 0:
        bought = s.models.purchased
        anchors = bought.indices[bought.indptr[p.user]:bought.indptr[p.user + 1]][:5].tolist()
    return anchors or [r[0] for r in p.recent][:3]


def _mix_reorders(s: Scorer, ask: Ask, scores: np.ndarray, mask: np.ndarray, anchors: list[int]) -> set[int]:
    """After a purchase, reorders take half the slots: the items the shopper buys again are
    ranked just below the best co-purchase (in place in `scores` and `mask`)."""
    p, ba = ask.profile, s.models.hybrid.buy_again_
    if not (p.recent and p.recent[0][1] == "purchase" and ba is not None and p.user >= 0):
        return set()
    again = _user_scores(ba, ask)
    top = [i for i in np.argsort(-again)[:ask.k] if again[i] > 0 and i not in anchors]
    base = np.nanmax(np.where(np.isfinite(scores), scores, np.nan)) if np.isfinite(scores).any() else 1.0
    allowed = ask.reorder_mask if ask.reorder_mask is not None else mask
    top = [i for i in top if allowed[i]]
    reorder = set()
    for rank, i in enumerate(top[: max(1, ask.k // 2)]):
        scores[i] = max(scores[i], base * (1.0 - 0.01 * (2 * rank + 1)))
        reorder.add(int(i))
        mask[i] = True
    return reorder


def bought_together(s: Scorer, ask: Ask) -> list[dict]:
    p = ask.profile
    anchors = _cart_anchors(s, p)
    if not anchors:
        return []
    scores, best = s.copurchase_scores(anchors)
    mask = ask.mask.copy()
    mask[anchors] = False
    scores = np.where(scores > 0, scores, -np.inf)
    reorder = _mix_reorders(s, ask, scores, mask, anchors)

    def reasons(items):
        out = []
        for i in items:
            if int(i) in reorder:
                out.append(s.reasons.buy_again(p.user, int(i), p.recent))
            elif scores[i] > 0:
                out.append(f"often bought with {s.reasons.label(anchors[best[i]])}")
            else:
                out.append("often bought together")
        return out
    return s.finish(scores, reasons, ask.k, mask)


SCENARIOS: dict[str, Callable[[Scorer, Ask], list[dict]]] = {
    "for-you": for_you,
    "similar": similar,
    "bought-together": bought_together,
    "buy-again": buy_again,
    "trending": trending,
    "session": session,
}
