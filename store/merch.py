"""Merchandising rules (pin, hide, boost, bury, redirect by query, category page or recommendation
scenario), compiled once per rule-set version and catalogue, applied to a ranked candidate list.

Hand-written rather than a rules engine: the rule language is six fixed actions over the catalogue
columns search and recommendations already hold, and a per-query budget of well under a
millisecond leaves no room for a general interpreter.

The rule language (triggers, conditions, actions) is `store.merch_models`.

Precedence, the one rule used everywhere: rules are ordered by `priority` (higher first), then
recency (`updated_at`, newer first), then `id`. Pins are placed in that order; a pin whose
position another pin already holds goes to the next free one below; an item pinned twice keeps
its first (highest) pin. Hide beats pin: a hidden item is never shown. Boost and bury factors of
every matching rule multiply (a negative score is divided, so a boost always raises it). Of
several redirects the first in precedence wins. Positions are 1-based and counted in the final
list, after hiding. The actions run in the order: boost/bury, re-sort, hide, pin.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from store.columns import category_key, fold
from store.merch_models import Boost, Catalogue, Condition, Pin, Rule, RuleSpec, Trigger, utc
from store.synonyms import is_cjk, words

__all__ = ["Boost", "Catalogue", "Condition", "Context", "Merchandised", "Pin", "Rule", "RuleSet", "RuleSpec", "Trigger",
           "rules_json", "words"]


@dataclass(frozen=True)
class Context:
    """What a request is: a search query, a category page, or a recommendation scenario."""

    query: str | None = None
    category: str | None = None
    scenario: str | None = None


@dataclass
class Merchandised:
    """The list after the rules (its first `limit` items when one was given; `total`: the length
    of all of it), the rules that changed it (with what each did), and a redirect."""

    ids: list[str]
    scores: np.ndarray
    applied_rules: list[dict[str, Any]]
    redirect: str | None = None
    total: int = 0


class _Conditions:
    """Every distinct condition of a rule set as one row: the fields fixed between compilations
    (brand, category, attributes, age) as a bool mask over item positions packed 8 a byte, and
    the live ones (price bounds, stock) as numbers, so the rows a request needs are tested
    against its candidates in a handful of numpy operations."""

    def __init__(self, catalogue: Catalogue, conditions: list[Condition]):
        self.catalogue = catalogue
        width = (len(catalogue) + 7) // 8
        self.packed = np.zeros((len(conditions), width), dtype=np.uint8)
        for row, condition in enumerate(conditions):
            self.packed[row] = np.packbits(condition.static_mask(catalogue))
        self.low = np.array([-np.inf if c.min_price is None else c.min_price for c in conditions])
        self.high = np.array([np.inf if c.max_price is None else c.max_price for c in conditions])
        self.priced = np.array([c.min_price is not None or c.max_price is not None for c in conditions])
        self.stock = np.array([-1 if c.in_stock is None else int(c.in_stock) for c in conditions], dtype=np.int8)

    def test(self, rows: np.ndarray, positions: np.ndarray) -> np.ndarray:
        """rows x positions: which candidates (-1: an item unknown to the compiled catalogue)
        each condition row matches. Price and stock are read now, so live changes count."""
        known = (positions >= 0) & (positions < len(self.catalogue))
        safe = np.where(known, positions, 0)
        bits = self.packed.ravel().take(rows[:, None] * self.packed.shape[1] + (safe >> 3))  # only those bytes
        hit = ((bits >> (7 - (safe & 7)).astype(np.uint8)) & 1).astype(bool)
        hit &= known
        priced = np.flatnonzero(self.priced[rows])  # only the rows that read price or stock
        if priced.size:
            prices, low, high = self.catalogue.columns.prices[safe], self.low[rows[priced]], self.high[rows[priced]]
            hit[priced] &= (prices >= low[:, None]) & (prices <= high[:, None])
        stocked = np.flatnonzero(self.stock[rows] >= 0)
        if stocked.size:
            in_stock = self.catalogue.columns.in_stock[safe]
            hit[stocked] &= in_stock == self.stock[rows[stocked], None].astype(bool)
        return hit


@dataclass
class _Plan:
    """One rule as the rows and positions `apply` uses."""

    rule: Rule
    boost_rows: list[int]
    factors: np.ndarray
    hide_positions: list[int]
    hide_row: int
    pins: list[tuple[int | None, Pin]]  # catalogue position (None: unknown item), pin


@dataclass
class _Request:
    """What one combination of live rules needs, gathered once and cached: the boost rows and
    factors, who hides what, the pins in precedence order, the winning redirect."""

    boost_rows: np.ndarray
    factors: np.ndarray
    boost_owners: list[int]
    hide_owner: dict[int, int]  # catalogue position -> the first rule hiding it by id
    hide_positions: np.ndarray  # sorted
    hide_rules: list[int]
    hide_rows: np.ndarray
    pins: list[tuple[int, Pin, int]]  # rule number, pin, catalogue position
    pin_positions: np.ndarray  # sorted, distinct
    redirect: int | None


class _Triggers:
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

    def of(self, context: Context) -> set[int]:
        hit: set[int] = set()
        if context.query is not None:
            hit |= self._query(context.query)
        if context.category is not None:
            path = category_key(context.category)
            for depth in range(1, len(path) + 1):
                hit.update(self.category.get(path[:depth], ()))
        if context.scenario is not None:
            hit.update(self.scenario.get(fold(context.scenario), ()))
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


class RuleSet:
    """Rules compiled against one catalogue: the trigger indexes and one row per distinct
    condition. Build a new one when the rule-set `version` or the catalogue's items change
    (prices and stock are read live); `select` and `apply` never write to it, so one serves
    every thread."""

    def __init__(self, rules: Iterable[Rule | Mapping[str, Any]], catalogue: Catalogue, version: int = 0):
        parsed = [r if isinstance(r, Rule) else Rule.model_validate(r) for r in rules]
        self.rules: list[Rule] = sorted(parsed, key=Rule.precedence)
        self.catalogue, self.version = catalogue, version
        self._triggers = _Triggers(self.rules)
        rows: dict[str, int] = {}
        conditions: list[Condition] = []

        def row(condition: Condition) -> int:
            if condition.key() not in rows:
                rows[condition.key()] = len(conditions)
                conditions.append(condition)
            return rows[condition.key()]

        index = catalogue.index
        self._plans = [_Plan(r, [row(b.when) for b in r.boosts], np.array([b.factor for b in r.boosts]),
                             [index[i] for i in r.hide if i in index], row(r.hide_when) if r.hide_when else -1,
                             [(index.get(p.item_id), p) for p in r.pins]) for r in self.rules]
        self._conditions = _Conditions(catalogue, conditions)
        self._request = lru_cache(maxsize=4096)(self._gather_request)

    def _gather_request(self, live: tuple[int, ...]) -> _Request:
        plans = [(n, self._plans[n]) for n in live]
        hide_owner: dict[int, int] = {}
        for n, plan in plans:
            for position in plan.hide_positions:
                hide_owner.setdefault(position, n)
        pins = [(n, pin, at) for n, plan in plans for at, pin in plan.pins if at is not None]
        return _Request(
            boost_rows=np.array([r for _, plan in plans for r in plan.boost_rows], dtype=np.int64),
            factors=np.concatenate([plan.factors for _, plan in plans]),
            boost_owners=[n for n, plan in plans for _ in plan.boost_rows],
            hide_owner=hide_owner, hide_positions=np.array(sorted(hide_owner), dtype=np.int64),
            hide_rules=[n for n, plan in plans if plan.hide_row >= 0],
            hide_rows=np.array([plan.hide_row for _, plan in plans if plan.hide_row >= 0], dtype=np.int64),
            pins=pins, pin_positions=np.unique(np.array([at for _, _, at in pins], dtype=np.int64)),
            redirect=next((n for n in live if self.rules[n].redirect), None))

    def _live(self, context: Context, now: datetime | None) -> list[int]:
        now = utc(now) or datetime.now(timezone.utc)
        return [n for n in sorted(self._triggers.of(context)) if self.rules[n].live(now)]

    def select(self, context: Context, now: datetime | None = None) -> list[Rule]:
        """The live rules a request triggers, in precedence order."""
        return [self.rules[n] for n in self._live(context, now)]

    def redirect(self, context: Context, now: datetime | None = None) -> tuple[str | None, Rule | None]:
        """The redirect of the first rule in precedence that has one."""
        return next(((r.redirect, r) for r in self.select(context, now) if r.redirect), (None, None))

    def apply(self, ids: Sequence[str], scores: Sequence[float] | np.ndarray, context: Context,
              now: datetime | None = None, eligible: np.ndarray | None = None,
              positions: np.ndarray | None = None, limit: int | None = None) -> Merchandised:
        """Apply the live rules to a ranked list (best first). `positions`: the items' catalogue
        positions when the caller has them (else looked up by id); `eligible`: a bool mask over
        positions (the request's filters) that a pinned item from outside the list must pass;
        `limit`: return only the first items (a response's offset + limit), the rules still
        reorder the whole list."""
        live = tuple(self._live(context, now))
        scores = np.asarray(scores, dtype=np.float64).copy()
        if not live:
            return Merchandised(list(ids[:limit]), scores[:limit], [], None, len(scores))
        if positions is None:
            positions = np.fromiter(map(self.catalogue.index.get, ids, repeat(-1)), dtype=np.int64, count=len(ids))
        final, inserted, applied, url = self._run(live, ids, positions, scores, eligible)
        out_ids, out_scores = _gather(ids, scores, final[:None if limit is None else limit + 1], inserted)
        return Merchandised(out_ids[:limit], out_scores[:limit], applied, url, len(final))

    def rerank(self, positions: np.ndarray, scores: np.ndarray, context: Context, now: datetime | None = None,
               eligible: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, list[dict[str, Any]], str | None]:
        """`apply` for a caller whose candidates are catalogue positions (search's rows): the
        whole list reordered as positions (an item a pin brings in is known to the catalogue),
        its scores, the rules applied and the redirect. Ids are read only for the log."""
        live = tuple(self._live(context, now))
        positions = np.asarray(positions, dtype=np.int64)
        scores = np.asarray(scores, dtype=np.float64).copy()
        if not live:
            return positions, scores, [], None
        final, inserted, applied, url = self._run(live, _Named(positions, self.catalogue.item_ids), positions,
                                                  scores, eligible)
        if inserted:
            known, index = len(positions), self.catalogue.index
            extra = np.array([index[i] for i in inserted], dtype=np.int64)
            positions, scores = np.concatenate([positions, extra]), np.concatenate([scores, np.zeros(len(extra))])
            final = np.where(final >= 0, final, known - 1 - final)
            out_scores = scores[final]
            for k in np.flatnonzero(final >= known).tolist()[::-1]:  # the score of the item below
                out_scores[k] = out_scores[k + 1] if k + 1 < len(final) else 0.0
            return positions[final], out_scores, applied, url
        return positions[final], scores[final], applied, url

    def _run(self, live: tuple[int, ...], ids, positions: np.ndarray, scores: np.ndarray, eligible):
        """Boost/bury (in place on `scores`), re-sort, hide, pin: the final order as candidate
        indices (-1 - j: the j-th item a pin brought in), those items, the log, the redirect."""
        plan = self._request(live)
        log: dict[int, list[dict[str, Any]]] = {n: [] for n in live}
        self._boost(plan, positions, scores, log)
        order = np.argsort(-scores, kind="stable")
        hidden = self._hide(plan, ids, positions, log)
        final, inserted = self._pin(plan, ids, positions, order[~hidden[order]], hidden, eligible, log)
        url = None if plan.redirect is None else self.rules[plan.redirect].redirect
        if url is not None:
            log[plan.redirect].append({"action": "redirect", "url": url})
        applied = [{"rule_id": self.rules[n].id, "version": self.rules[n].version, "actions": log[n]}
                   for n in live if log[n]]
        return final, inserted, applied, url

    def _boost(self, plan: _Request, positions: np.ndarray, scores: np.ndarray, log) -> None:
        if not plan.boost_owners:
            return
        hit = self._conditions.test(plan.boost_rows, positions)
        total = np.prod(np.where(hit, plan.factors[:, None], 1.0), axis=0)
        scores[:] = np.where(scores >= 0, scores * total, scores / total)  # a factor always moves one way
        for owner, factor, count in zip(plan.boost_owners, plan.factors.tolist(), hit.sum(axis=1).tolist()):
            if count:
                log[owner].append({"action": "boost" if factor > 1 else "bury", "factor": factor, "items": count})

    def _hide(self, plan: _Request, ids: Sequence[str], positions: np.ndarray, log) -> np.ndarray:
        """Which candidates are hidden, each credited to the first rule in precedence hiding it."""
        first = np.full(len(positions), len(self.rules))
        if plan.hide_owner:
            for k in np.flatnonzero(_among(positions, plan.hide_positions, ordered=True)).tolist():
                first[k] = plan.hide_owner[int(positions[k])]
        if plan.hide_rules:
            hit = self._conditions.test(plan.hide_rows, positions)
            for n, row_hit in zip(plan.hide_rules, hit):
                first[row_hit] = np.minimum(first[row_hit], n)
        hidden = first < len(self.rules)
        for n in np.unique(first[hidden]).tolist():
            log[n].append({"action": "hide", "item_ids": [ids[k] for k in np.flatnonzero(first == n)]})
        return hidden

    def _blocked(self, plan: _Request, outside: list[int], eligible: np.ndarray | None) -> set[int]:
        """Of the catalogue positions of pinned items from outside the list, those that may not be
        brought in: not eligible (the request's filters), or hidden by a live rule."""
        blocked = {p for p in outside if p in plan.hide_owner or (
            eligible is not None and not (p < len(eligible) and eligible[p]))}
        if plan.hide_rules and outside:
            at = np.array(outside, dtype=np.int64)
            blocked.update(at[self._conditions.test(plan.hide_rows, at).any(axis=0)].tolist())
        return blocked

    def _pin(self, plan: _Request, ids, positions, organic, hidden, eligible, log) -> tuple[np.ndarray, list[str]]:
        """The final list as candidate indices (-1 - j: the j-th item brought in by a pin). A
        pin names an item of the compiled catalogue; one in the list moves, one outside comes in."""
        if not plan.pins:
            return organic, []
        where: dict[int, int] = {}
        for k in np.flatnonzero(_among(positions, plan.pin_positions, ordered=True)).tolist():
            where.setdefault(int(positions[k]), k)
        blocked = self._blocked(plan, [at for at in plan.pin_positions.tolist() if at not in where], eligible)
        slots: dict[int, tuple[int, int]] = {}  # slot -> (candidate index or -1 - j, rule number)
        inserted: list[str] = []
        pinned: set[int] = set()
        for n, pin, at in plan.pins:
            if at in pinned or at in blocked or (at in where and hidden[where[at]]):
                continue
            if at in where:
                code = where[at]
            else:
                code = -1 - len(inserted)
                inserted.append(pin.item_id)
            slot = pin.position - 1
            while slot in slots:
                slot += 1
            slots[slot] = (code, n)
            pinned.add(at)
        taken = [code for code, _ in slots.values() if code >= 0]
        final = (organic[~_among(organic, taken)] if taken else organic).tolist()
        for slot in sorted(slots):  # organic items fill the places no pin holds, in their order
            code, n = slots[slot]
            place = min(slot, len(final))
            final.insert(place, code)
            log[n].append({"action": "pin", "item_id": ids[code] if code >= 0 else inserted[-1 - code],
                           "position": place + 1})
        return np.array(final, dtype=np.int64), inserted


class _Named:
    """Candidate k's item id, read from the catalogue by its position (for the log only)."""

    def __init__(self, positions: np.ndarray, item_ids: Sequence[str]):
        self.positions, self.item_ids = positions, item_ids

    def __getitem__(self, k: int) -> str:
        return self.item_ids[int(self.positions[k])]


def _among(values: np.ndarray, targets, ordered: bool = False) -> np.ndarray:
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


def _gather(ids: Sequence[str], scores: np.ndarray, final: np.ndarray, inserted: list[str]):
    """Ids and (boosted) scores in the final order; an item brought in by a pin takes the score
    of the item just below it (0.0 at the end), so scores stay finite JSON numbers."""
    if not len(final):
        return [], np.zeros(0)
    if inserted:
        final = np.where(final >= 0, final, len(ids) - 1 - final)
        ids, scores = list(ids) + inserted, np.concatenate([scores, np.zeros(len(inserted))])
    picked = final.tolist()
    out_ids = list(itemgetter(*picked)(ids)) if len(picked) > 1 else [ids[picked[0]]]
    out_scores = scores[final]
    for k in np.flatnonzero(final >= len(ids) - len(inserted)).tolist()[::-1] if inserted else ():
        out_scores[k] = out_scores[k + 1] if k + 1 < len(final) else 0.0
    return out_ids, out_scores


def rules_json(rules: Iterable[Rule]) -> str:
    """Rules as a JSON array (for storing a rule set or an audit trail)."""
    return json.dumps([r.model_dump(mode="json", exclude_defaults=True) for r in rules], ensure_ascii=False)
