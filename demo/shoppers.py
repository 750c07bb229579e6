"""The SYNTHETIC shop's shoppers: latent tastes (departments, kinds, brands, colours, price
sensitivity, activity) that their journeys follow."""

from __future__ import annotations

import math
from dataclasses import dataclass

from demo.catalogue import JAPANESE_SHARE
from demo.dice import Dice, running_totals
from demo.kinds import TYPES, ProductType

DEPARTMENT_WEIGHTS = {"Clothing": 0.35, "Electronics": 0.25, "Home": 0.2, "Grocery": 0.2}
SHOPPER_COLORS = ("black", "white", "navy", "grey", "beige", "blue", "green", "red", "pink", "silver")


@dataclass
class Shopper:
    user_id: str
    language: str                  # "ja": views Japanese items, types Japanese queries
    departments: tuple[str, ...]
    types: tuple[str, ...]         # preferred product kinds (keys)
    brands: frozenset[str]
    colors: frozenset[str]
    price_sensitivity: float       # > 0 prefers cheaper items of a kind, < 0 pricier ones
    sessions_per_month: float      # long-tailed activity
    cart_rate: float               # chance a session puts something in the cart
    checkout_rate: float           # chance a cart is bought
    app_share: float
    restock_days: int              # how often consumables run out


def make_shoppers(dice: Dice, n_users: int) -> list[Shopper]:
    departments, weights = list(DEPARTMENT_WEIGHTS), running_totals(DEPARTMENT_WEIGHTS.values())
    width = max(4, len(str(n_users)))
    shoppers = []
    for n in range(1, n_users + 1):
        wanted = 1 + (dice.random() > 0.45) + (dice.random() > 0.75)
        chosen: list[str] = []
        while len(chosen) < wanted:
            department = dice.weighted(departments, weights)
            if department not in chosen:
                chosen.append(department)
        side = "Women" if dice.chance(0.55) else "Men"
        types: list[ProductType] = []
        for department in chosen:
            pool = [t for t in TYPES if t.department == department
                    and (department != "Clothing" or t.category.split(" > ")[1] == side)]
            types += dice.sample(pool, 2 + dice.index(3))
        shoppers.append(Shopper(
            user_id=f"U{n:0{width}d}", language="ja" if dice.chance(JAPANESE_SHARE) else "en",
            departments=tuple(chosen), types=tuple(t.key for t in types),
            brands=frozenset(dice.pick(t.brands) for t in types if dice.chance(0.7)),
            colors=frozenset(dice.sample(SHOPPER_COLORS, 2)),
            price_sensitivity=0.3 + 0.6 * dice.normal(),
            sessions_per_month=min(60.0, 2.2 * math.exp(0.8 * dice.normal())),
            cart_rate=0.25 + 0.35 * dice.random(), checkout_rate=0.45 + 0.4 * dice.random(),
            app_share=dice.random(), restock_days=14 + dice.index(17)))
    return shoppers
