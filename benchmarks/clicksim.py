"""Simulated shoppers on a result list: a position-based click model (PBM), pure and seeded.

A shopper shown `items` (position 1 first) examines the item at position k with probability
`examination(k) = (1 / k) ** eta`, independently of what it is; an examined item is clicked with
probability `attraction(grade)`, rising with its judged grade (grade normalised to 0..1; an
unjudged item counts as grade 0 and is clicked only by `noise`). A clicked item goes into the
cart with probability `cart * grade`, and a carted one is bought with probability `purchase * grade`.
So the click-through at position k of items of grade g is exactly `examination(k) * attraction(g)`:
what `tests/benchmarks/test_clicksim.py` checks over many seeded sessions.

    model = ClickModel(eta=1.0)
    rng = np.random.default_rng(0)
    actions = model.session(["a", "b", "c"], {"a": 1.0, "c": 0.5}, rng)  # [Action("a", 1, "click"), ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, NamedTuple, Sequence

import numpy as np


class Action(NamedTuple):
    item_id: str
    position: int  # 1-based, where the item was shown
    type: str      # "click", "add_to_cart" or "purchase"


@dataclass(frozen=True)
class ClickModel:
    """The shoppers' behaviour. `eta`: how fast examination falls with rank; `top`: the click
    probability of an examined item of the best grade; `noise`: of an examined irrelevant or
    unjudged item; `power`: the shape of the rise between them; `cart`, `purchase`: see the
    module docstring."""

    eta: float = 1.0
    top: float = 0.9
    noise: float = 0.05
    power: float = 2.0
    cart: float = 0.3
    purchase: float = 0.5

    def examination(self, positions) -> np.ndarray:
        return (1.0 / np.asarray(positions, dtype=np.float64)) ** self.eta

    def attraction(self, grades) -> np.ndarray:
        g = np.clip(np.asarray(grades, dtype=np.float64), 0.0, 1.0)
        return self.noise + (self.top - self.noise) * g ** self.power

    def session(self, items: Sequence[str], grades: Mapping[str, float], rng: np.random.Generator) -> list[Action]:
        """One shopper on `items` as shown: their clicks, carts and purchases, in position order."""
        if not len(items):
            return []
        g = np.array([grades.get(i, 0.0) for i in items], dtype=np.float64)
        positions = np.arange(1, len(items) + 1)
        examined = rng.random(len(items)) < self.examination(positions)
        clicked = examined & (rng.random(len(items)) < self.attraction(g))
        carted = clicked & (rng.random(len(items)) < self.cart * np.clip(g, 0, 1))
        bought = carted & (rng.random(len(items)) < self.purchase * np.clip(g, 0, 1))
        out = []
        for k in np.flatnonzero(clicked).tolist():
            out.append(Action(items[k], k + 1, "click"))
            if carted[k]:
                out.append(Action(items[k], k + 1, "add_to_cart"))
            if bought[k]:
                out.append(Action(items[k], k + 1, "purchase"))
        return out


def home_depot_grade(relevance: float) -> float:
    """A Home Depot judgement (1 irrelevant .. 3 exactly relevant) as the model's 0..1 grade."""
    return float(np.clip((relevance - 1.0) / 2.0, 0.0, 1.0))


def click_through(model: ClickModel, items: Sequence[str], grades: Mapping[str, float], sessions: int,
                  seed: int = 0) -> np.ndarray:
    """The observed click-through by position over `sessions` seeded shoppers on the same list."""
    rng = np.random.default_rng(seed)
    clicks = np.zeros(len(items))
    for _ in range(sessions):
        for action in model.session(items, grades, rng):
            if action.type == "click":
                clicks[action.position - 1] += 1
    return clicks / max(1, sessions)
