"""What a merchandising request matches: which rules its query, category page or scenario
triggers (`Triggers`), and which candidates each condition of those rules holds for
(`Conditions`), as whole-list numpy operations, never a loop over candidates. `store.merch`
orders the list with what these return.

The per-request budget (well under a millisecond with 1,000 rules defined, 20 or more of them
firing, on a 1,000-item candidate list) is why the condition rows are bits packed at compile
time and read by one gather, and why a product of boost factors is built from the bits of the
floats rather than with `np.where` (a masked select costs several times a plain integer
multiply over the same rows x candidates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Sequence

import numpy as np

from store.columns import category_key, fold
from store.merch_models import Catalogue, Condition, Rule, Trigger
from store.synonyms import is_cjk, words

_ONE = np.float64(1.0).view(np.uint64)


class Triggers:
    """Which rules a request triggers: exact queries by their words, `contains` rules by one of
    their words (by the first two characters of a Japanese word), category paths, scenarios."""

    def __init__(self, rules: list[Rule]):
        self.wanted = [words(r.trigger.query or "") for r in rules]
        self.exact: dict[str, list[int]] = {}
        self.word: dict[str, list[int]] = {}
        self.gram: dict[str, list[int]] = {}
        self.category: dict[tuple[str, ...], list[int]] = {}
        self.scenario: dict[str, list[int]] = {}
        for number, rule in enumerate(rules):
            self._add(number, rule.trigger)
        # rules enabled with no time window are live whenever triggered: `live` skips their check
        self.rules, self.always = rules, [r.enabled and r.starts_at is None and r.ends_at is None for r in rules]
        self._of = lru_cache(maxsize=16_384)(self._sorted)  # a shop's queries repeat: read each once

    def _sorted(self, query: str | None, category: str | None, scenario: str | None) -> tuple[int, ...]:
        return tuple(sorted(self.of(query, category, scenario)))

    def _add(self, number: int, trigger: Trigger) -> None:
        if trigger.category is not None:
            self.category.setdefault(category_key(trigger.category), []).append(number)
        elif trigger.scenario is not None:
            self.scenario.setdefault(fold(trigger.scenario), []).append(number)
        elif trigger.match == "exact":
            self.exact.setdefault(" ".join(self.wanted[number]), []).append(number)
        else:
            latin = [w for w in self.wanted[number] if not is_cjk(w)]
            if latin:  # any one word is a necessary condition: the longest is the rarest, roughly
                self.word.setdefault(max(latin, key=len), []).append(number)
            else:
                self.gram.setdefault(max(self.wanted[number], key=len)[:2], []).append(number)

    def live(self, query: str | None, category: str | None, scenario: str | None, now: datetime) -> tuple[int, ...]:
        """The rule numbers (precedence order) a request triggers that are live at `now`."""
        rules, always = self.rules, self.always
        return tuple(n for n in self._of(query, category, scenario) if always[n] or rules[n].live(now))

    def of(self, query: str | None, category: str | None, scenario: str | None) -> set[int]:
        hit: set[int] = set()
        if query is not None:
            hit |= self._query(query)
        if category is not None:
            path = category_key(category)
            for depth in range(1, len(path) + 1):
                hit.update(self.category.get(path[:depth], ()))
        if scenario is not None:
            hit.update(self.scenario.get(fold(scenario), ()))
            hit.update(self.scenario.get("*", ()))
        return hit

    def _query(self, query: str) -> set[int]:
        said = words(query)
        hit = set(self.exact.get(" ".join(said), ()))
        compact = "".join(said)
        maybe: set[int] = set()
        for word in said:
            maybe.update(self.word.get(word, ()))
        if self.gram:
            for start in range(len(compact)):
                maybe.update(self.gram.get(compact[start:start + 1], ()))
                maybe.update(self.gram.get(compact[start:start + 2], ()))
        present = set(said)
        for number in maybe:
            if all((w in compact) if is_cjk(w) else (w in present) for w in self.wanted[number]):
                hit.add(number)
        return hit


class Conditions:
    """Every distinct condition of a rule set as one row: the fields fixed between compilations
    (brand, category, attributes, age) as a bool mask over item positions packed 8 a byte, and
    the live ones (price bounds, stock) as numbers, so the rows a request needs are tested
    against its candidates in a handful of numpy operations."""

    def __init__(self, catalogue: Catalogue, conditions: list[Condition]):
        self.catalogue = catalogue
        self.packed = np.zeros((len(conditions), (len(catalogue) + 7) // 8), dtype=np.uint8)
        for row, condition in enumerate(conditions):
            self.packed[row] = np.packbits(condition.static_mask(catalogue))
        self.low = np.array([-np.inf if c.min_price is None else c.min_price for c in conditions])
        self.high = np.array([np.inf if c.max_price is None else c.max_price for c in conditions])
        self.priced = np.array([c.min_price is not None or c.max_price is not None for c in conditions], dtype=bool)
        self.stock = np.array([-1 if c.in_stock is None else int(c.in_stock) for c in conditions], dtype=np.int8)

    def select(self, rows: np.ndarray) -> "Selection":
        """What `test` needs of some rows, gathered once per combination of live rules."""
        priced, stocked = np.flatnonzero(self.priced[rows]), np.flatnonzero(self.stock[rows] >= 0)
        return Selection(len(rows), rows, priced if priced.size else None,
                         self.low[rows[priced], None], self.high[rows[priced], None],
                         stocked if stocked.size else None, self.stock[rows[stocked], None].astype(bool))

    def test(self, rows: "Selection", positions: np.ndarray) -> np.ndarray:
        """rows x positions: which candidates (-1: an item unknown to the compiled catalogue)
        each condition row matches. Price and stock are read now, so live changes count."""
        if not len(positions):
            return np.zeros((rows.count, 0), dtype=bool)
        known = None if positions.min() >= 0 and positions.max() < len(self.catalogue) else (
            (positions >= 0) & (positions < len(self.catalogue)))
        safe = positions if known is None else np.where(known, positions, 0)
        bit = np.left_shift(1, 7 - (safe & 7)).astype(np.uint8)
        if known is not None:
            bit[~known] = 0  # an unknown item matches nothing
        hit = (self.packed.take(rows.rows, axis=0).take(safe >> 3, axis=1) & bit) != 0  # those rows, those bytes
        if rows.priced is not None:  # only the rows that read price or stock
            prices = self.catalogue.columns.prices[safe]
            hit[rows.priced] &= (prices >= rows.low) & (prices <= rows.high)
        if rows.stocked is not None:
            hit[rows.stocked] &= self.catalogue.columns.in_stock[safe] == rows.stock
        return hit


@dataclass(frozen=True)
class Selection:
    """Some condition rows as `Conditions.test` reads them: which rows, which of them read price
    (with the bounds) or stock (with the wanted value)."""

    count: int
    rows: np.ndarray
    priced: np.ndarray | None
    low: np.ndarray
    high: np.ndarray
    stocked: np.ndarray | None
    stock: np.ndarray


def factor_bits(factors: np.ndarray) -> np.ndarray:
    """Boost factors as the bits that turn 1.0 into each of them (see `product`)."""
    return np.asarray(factors, dtype=np.float64).view(np.uint64) ^ _ONE


def product(bits: np.ndarray, hit: np.ndarray) -> np.ndarray:
    """Per candidate, the product of the factors (`factor_bits`, one per row) of the rows that hit
    it, multiplied in row order: exactly `np.prod(np.where(hit, factors, 1.0), axis=0)`, but the
    rows x candidates matrix of factors-or-1.0 is an integer multiply and a xor on the floats'
    bits (0 * bits xor 1.0 is 1.0; 1 * bits xor 1.0 the factor)."""
    matrix = np.multiply(bits[:, None], hit.view(np.uint8), dtype=np.uint64)  # from uint8: a cheaper cast
    np.bitwise_xor(matrix, _ONE, out=matrix)
    return np.multiply.reduce(matrix.view(np.float64), axis=0)


def among(values: np.ndarray, targets, ordered: bool = False) -> np.ndarray:
    """`np.isin` for the targets a request has: a comparison each for a few, a binary search of
    targets sorted beforehand (`ordered`) for more; both beat isin's sort or table per call."""
    if len(targets) > 8 and ordered:
        at = np.minimum(np.searchsorted(targets, values), len(targets) - 1)
        return targets[at] == values
    if len(targets) > 16:
        return np.isin(values, targets)
    hit = np.zeros(len(values), dtype=bool)
    for target in targets:
        hit |= values == target
    return hit


class Names:
    """Candidate ids for the log: from an id list, or read from the catalogue by position."""

    def __init__(self, ids: Sequence[str] | None = None, positions: np.ndarray | None = None,
                 item_ids: np.ndarray | None = None):
        self.ids, self.positions, self.item_ids = ids, positions, item_ids

    def __getitem__(self, k: int) -> str:
        return self.ids[k] if self.ids is not None else self.item_ids[int(self.positions[k])]

    def pick(self, ks: np.ndarray) -> list[str]:
        if self.ids is not None:
            return [self.ids[k] for k in ks.tolist()]
        return self.item_ids[self.positions[ks]].tolist()
