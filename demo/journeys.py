"""The SYNTHETIC shop's journeys: each shopper's sessions of searches, views, carts and orders,
and the restocking of consumables."""

from __future__ import annotations

import math

from demo.catalogue import Product, template_values
from demo.dice import Dice, running_totals
from demo.kinds import CONFUSABLE, JA, TYPE_BY_KEY, TYPES, TYPOS
from demo.shoppers import Shopper

HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 6, 5, 5, 6, 8, 10, 10, 9, 6, 3)


class Session:
    """One visit: events a few seconds to minutes apart, sharing a session id and a channel."""

    def __init__(self, journey: Journey, t: float, channel: str):
        self.journey, self.t, self.channel = journey, t, channel
        journey.sessions += 1
        self.session_id = f"{journey.shopper.user_id}-S{journey.sessions:03d}"
        self.query: str | None = None
        self.cart: list[tuple[Product, int]] = []

    def emit(self, kind: str, product: Product | None = None, quantity: int | None = None,
             price: float | None = None, gap: float = 25.0) -> None:
        self.t += 2 + self.journey.dice.exponential(gap)
        self.journey.record(self, kind, product, quantity, price)

    def search(self, query: str) -> None:
        self.query = query
        self.emit("search", gap=8)

    def add(self, product: Product) -> None:
        dice = self.journey.dice
        quantity = 1 + dice.chance(0.35) + dice.chance(0.1) if product.ptype.consumable else 1 + dice.chance(0.04)
        self.cart.append((product, quantity))
        self.emit("add_to_cart", product, quantity=quantity, gap=15)

    def checkout(self) -> None:
        for product, quantity in self.cart:
            self.emit("purchase", product, quantity=quantity, price=product.row["price"], gap=1)
            if product.ptype.consumable:
                self.journey.stock_up(product, self.t)
        self.cart = []


class Journey:
    """Everything one shopper does over the window."""

    def __init__(self, shopper: Shopper, by_type: dict[str, list[Product]], dice: Dice,
                 start: int, end: int, out: list):
        self.shopper, self.by_type, self.dice, self.start, self.end, self.out = shopper, by_type, dice, start, end, out
        self.sessions = 0
        self.staples: list[Product] = []
        self.next_restock: float | None = None
        self._weights: dict[tuple, tuple[list[Product], list[float]]] = {}
        self._kinds = list(TYPE_BY_KEY)
        self._kind_weights = running_totals(t.count for t in TYPES)

    def record(self, session: Session, kind, product, quantity, price) -> None:
        if session.t < self.end:
            query = session.query if session.query is not None and kind != "remove_from_cart" else None
            self.out.append((int(session.t), len(self.out), self.shopper.user_id, session.session_id, session.channel,
                             kind, product.item_id if product else None, query, quantity, price))

    # ---- taste ----
    def weight(self, product: Product, cheap: bool) -> float:
        s, w = self.shopper, product.popularity
        if product.brand in s.brands:
            w *= 3.0
        if product.attrs.get("color") in s.colors:
            w *= 2.0
        if product.language != s.language:
            w *= 0.03 if s.language == "en" else 0.1
        return w * math.exp(-(s.price_sensitivity + (1.2 if cheap else 0.0)) * product.price_z)

    def choose(self, key: str, color: str | None = None, cheap: bool = False, in_stock: bool = False,
               match: tuple[str, str] | None = None) -> Product | None:
        cache_key = (key, color, cheap, in_stock, match)
        if cache_key not in self._weights:
            pool = [p for p in self.by_type[key] if (color is None or p.attrs.get("color") == color)
                    and (not in_stock or p.in_stock) and (match is None or p.attrs.get(match[0]) == match[1])]
            self._weights[cache_key] = (pool, running_totals(self.weight(p, cheap) for p in pool))
        pool, cumulative = self._weights[cache_key]
        return self.dice.weighted(pool, cumulative) if pool else None

    def pick_kind(self) -> str:
        if self.dice.chance(0.85):
            return self.dice.pick(self.shopper.types)
        return self.dice.weighted(self._kinds, self._kind_weights)

    def query_for(self, target: Product) -> tuple[str, str | None, bool]:
        """What this shopper types to find `target`; also the colour it names and whether it says cheap."""
        dice, ptype = self.dice, target.ptype
        values = template_values(target.brand, target.attrs)
        cheap = self.shopper.price_sensitivity > 0.5 and dice.chance(0.35)
        color = target.attrs.get("color") if dice.chance(0.45) else None
        if self.shopper.language == "ja" and dice.chance(0.85):
            noun = dice.pick(ptype.queries_ja).format(**values)
            words = (["安い"] if cheap else []) + ([JA.get(color, color)] if color else []) + [noun]
            return " ".join(words), color, cheap
        noun = dice.pick(ptype.queries).format(**values)
        words = [target.brand] if dice.chance(0.06) else ["cheap"] if cheap else []
        words += [color] if color and color not in noun else []
        query = " ".join(words + [noun]).lower()
        return (_typo(query, dice) if dice.chance(0.06) else query), color, cheap

    # ---- sessions ----
    def run(self) -> None:
        s, dice = self.shopper, self.dice
        days = (self.end - self.start) / 86400
        n = int(s.sessions_per_month * days / 30 + dice.random())
        hours = running_totals(HOUR_WEIGHTS)
        starts = sorted(self.start + dice.index(int(days)) * 86400 + dice.weighted(range(24), hours) * 3600
                        + dice.index(3600) for _ in range(n))
        for t in starts:
            while self.next_restock is not None and self.next_restock < t:
                self.restock(self.next_restock)
            r = dice.random()
            if r < 0.04:
                self.in_store(t)
            elif r < 0.55:
                self.search_session(t)
            else:
                self.browse_session(t)
        while self.next_restock is not None and self.next_restock < self.end:
            self.restock(self.next_restock)

    def channel(self) -> str:
        return "app" if self.dice.chance(self.shopper.app_share) else "web"

    def search_session(self, t: float) -> None:
        dice, key = self.dice, self.pick_kind()
        target = self.choose(key)
        query, color, cheap = self.query_for(target)
        session = Session(self, t, self.channel())
        session.search(query)
        viewed = []
        for i in range(1 + int(dice.exponential(1.5))):
            if i == 0 and dice.chance(0.6):
                product = target
            elif key in CONFUSABLE and dice.chance(0.1):
                product = self.choose(CONFUSABLE[key])
            else:
                product = self.choose(key, color, cheap) or self.choose(key)
            if dice.chance(0.7):
                session.emit("click", product, gap=6)
            session.emit("view", product, gap=30)
            viewed.append(product)
        self.maybe_buy(session, [p for p in viewed if p.ptype.key == key])

    def browse_session(self, t: float) -> None:
        dice, key = self.dice, self.pick_kind()
        session = Session(self, t, self.channel())
        viewed = []
        for _ in range(1 + int(dice.exponential(2.0))):
            product = self.choose(key)
            if dice.chance(0.35):  # from a recommendation or a category listing
                session.emit("click", product, gap=10)
            session.emit("view", product, gap=40)
            viewed.append(product)
        self.maybe_buy(session, viewed)

    def maybe_buy(self, session: Session, viewed: list[Product]) -> None:
        dice, s = self.dice, self.shopper
        wanted = [p for p in viewed if p.in_stock]
        if not wanted or not dice.chance(s.cart_rate):
            return
        main = dice.pick(wanted)
        session.add(main)
        if main.ptype.complements and dice.chance(0.5):
            extra = self.complement(main)
            if extra is not None:
                session.emit("view", extra, gap=20)
                session.add(extra)
        if dice.chance(0.12):
            product, _ = session.cart.pop(dice.index(len(session.cart)))
            session.emit("remove_from_cart", product, gap=20)
        if session.cart and dice.chance(s.checkout_rate):
            session.checkout()

    def complement(self, main: Product) -> Product | None:
        key = self.dice.pick(main.ptype.complements)
        match_attr = main.ptype.match
        if match_attr and match_attr in TYPE_BY_KEY[key].options:
            found = self.choose(key, in_stock=True, match=(match_attr, main.attrs[match_attr]))
            if found is not None:
                return found
        return self.choose(key, in_stock=True)

    def in_store(self, t: float) -> None:
        session = Session(self, t, "store")
        for _ in range(1 + self.dice.chance(0.3)):
            product = self.choose(self.dice.pick(self.shopper.types), in_stock=True)
            if product is not None:
                session.cart.append((product, 1))
        session.checkout()

    def stock_up(self, product: Product, t: float) -> None:
        """A consumable was bought: it becomes a staple, bought again when it runs out."""
        if product not in self.staples:
            self.staples.append(product)
        if self.next_restock is None:
            self.next_restock = t + self.shopper.restock_days * 86400 * (0.8 + 0.4 * self.dice.random())

    def restock(self, t: float) -> None:
        dice = self.dice
        self.next_restock = t + self.shopper.restock_days * 86400 * (0.8 + 0.4 * dice.random())
        t += dice.index(3600)
        if dice.chance(0.25):
            session = Session(self, t, "store")
            session.cart = [(p, 1 + dice.chance(0.3)) for p in self.staples if dice.chance(0.85) and p.in_stock]
            session.checkout()
            return
        session = Session(self, t, self.channel())
        for product in self.staples:
            if dice.chance(0.85) and product.in_stock:
                if dice.chance(0.5):
                    session.emit("view", product, gap=15)
                session.add(product)
        if dice.chance(0.2):
            session.emit("view", self.choose(dice.pick(self.staples).ptype.key), gap=30)
        if session.cart and dice.chance(0.95):
            session.checkout()


def _typo(query: str, dice: Dice) -> str:
    words = query.split(" ")
    known = [i for i, w in enumerate(words) if w in TYPOS]
    if known:
        i = dice.pick(known)
        words[i] = TYPOS[words[i]]
    else:
        long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isascii()]
        if long:
            i = dice.pick(long)
            j = dice.index(len(words[i]) - 1)
            w = words[i]
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)
