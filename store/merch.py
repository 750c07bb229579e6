"""Merchandising rules (pin, hide, boost, bury, redirect by query, category page or recommendation
scenario), compiled once per rule-set version and catalogue, applied to a ranked candidate list.

Hand-written rather than a rules engine: the rule language is six fixed actions over the catalogue
columns search and recommendations already hold, and a per-query budget of well under a
millisecond leaves no room for a general interpreter.

The rule language (triggers, conditions, actions) is `store.merch_models`; which rules a request
triggers and which candidates their conditions hold for, as whole-list numpy operations, is
`store.merch_match`; this module orders the list.

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

from store.merch_match import Conditions, Names, Selection, Triggers, among, factor_bits, product
from store.merch_models import Boost, Catalogue, Condition, Pin, Rule, RuleSpec, Trigger, utc
from store.synonyms import words

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

    rows: Selection  # the distinct condition rows of the boosts and hides: tested once
    boost_of: np.ndarray  # each boost's row in rows
    hide_of: np.ndarray  # each hide_when's row in rows
    factors: np.ndarray
    factor_bits: np.ndarray
    boost_owners: list[int]
    hide_owner: dict[int, int]  # catalogue position -> the first rule hiding it by id
    hide_positions: np.ndarray  # sorted
    hide_owners: np.ndarray  # the first rule hiding each of hide_positions
    hide_rules: np.ndarray
    hide_rows: Selection  # for pinned items from outside the list
    pins: list[tuple[int, Pin, int]]  # rule number, pin, catalogue position
    pin_positions: np.ndarray  # sorted, distinct
    redirect: int | None


class RuleSet:
    """Rules compiled against one catalogue: the trigger indexes and one row per distinct
    condition. Build a new one when the rule-set `version` or the catalogue's items change
    (prices and stock are read live); `select` and `apply` never write to it, so one serves
    every thread."""

    def __init__(self, rules: Iterable[Rule | Mapping[str, Any]], catalogue: Catalogue, version: int = 0):
        parsed = [r if isinstance(r, Rule) else Rule.model_validate(r) for r in rules]
        self.rules: list[Rule] = sorted(parsed, key=Rule.precedence)
        self.catalogue, self.version = catalogue, version
        self._triggers = Triggers(self.rules)
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
        self._conditions = Conditions(catalogue, conditions)
        self._item_ids = np.array(catalogue.item_ids, dtype=object)
        self._request = lru_cache(maxsize=4096)(self._gather_request)

    def _gather_request(self, live: tuple[int, ...]) -> _Request:
        plans = [(n, self._plans[n]) for n in live]
        hide_owner: dict[int, int] = {}
        for n, plan in plans:
            for position in plan.hide_positions:
                hide_owner.setdefault(position, n)
        pins = [(n, pin, at) for n, plan in plans for at, pin in plan.pins if at is not None]
        boosts = [r for _, plan in plans for r in plan.boost_rows]
        hide_rows = [plan.hide_row for _, plan in plans if plan.hide_row >= 0]
        rows, of = np.unique(np.array(boosts + hide_rows, dtype=np.int64), return_inverse=True)
        factors = np.concatenate([plan.factors for _, plan in plans])
        hidden = sorted(hide_owner)
        return _Request(
            rows=self._conditions.select(rows), boost_of=of.ravel()[:len(boosts)], hide_of=of.ravel()[len(boosts):],
            factors=factors, factor_bits=factor_bits(factors),
            boost_owners=[n for n, plan in plans for _ in plan.boost_rows],
            hide_owner=hide_owner, hide_positions=np.array(hidden, dtype=np.int64),
            hide_owners=np.array([hide_owner[p] for p in hidden], dtype=np.int64),
            hide_rules=np.array([n for n, plan in plans if plan.hide_row >= 0], dtype=np.int64),
            hide_rows=self._conditions.select(np.array(hide_rows, dtype=np.int64)),
            pins=pins, pin_positions=np.unique(np.array([at for _, _, at in pins], dtype=np.int64)),
            redirect=next((n for n in live if self.rules[n].redirect), None))

    def _live(self, context: Context, now: datetime | None) -> tuple[int, ...]:
        now = utc(now) or datetime.now(timezone.utc)
        return self._triggers.live(context.query, context.category, context.scenario, now)

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
        live = self._live(context, now)
        scores = np.asarray(scores, dtype=np.float64).copy()
        if not live:
            return Merchandised(list(ids[:limit]), scores[:limit], [], None, len(scores))
        if positions is None:
            positions = np.fromiter(map(self.catalogue.index.get, ids, repeat(-1)), dtype=np.int64, count=len(ids))
        final, inserted, applied, url = self._run(live, Names(ids), positions, scores, eligible)
        out_ids, out_scores = _gather(ids, scores, final[:None if limit is None else limit + 1], inserted)
        return Merchandised(out_ids[:limit], out_scores[:limit], applied, url, len(final))

    def rerank(self, positions: np.ndarray, scores: np.ndarray, context: Context, now: datetime | None = None,
               eligible: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, list[dict[str, Any]], str | None]:
        """`apply` for a caller whose candidates are catalogue positions (search's rows): the
        whole list reordered as positions (an item a pin brings in is known to the catalogue),
        its scores, the rules applied and the redirect. Ids are read only for the log."""
        live = self._live(context, now)
        positions = np.asarray(positions, dtype=np.int64)
        scores = np.asarray(scores, dtype=np.float64).copy()
        if not live:
            return positions, scores, [], None
        final, inserted, applied, url = self._run(live, Names(positions=positions, item_ids=self._item_ids),
                                                  positions, scores, eligible)
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
        hit = self._conditions.test(plan.rows, positions) if plan.rows.count else None
        if self._boost(plan, hit, scores, log) or np.any(scores[1:] > scores[:-1]):
            order = np.argsort(-scores, kind="stable")
        else:  # nothing moved a list already best first: the stable sort would keep it as it is
            order = np.arange(len(scores))
        hidden = self._hide(plan, hit, ids, positions, log)
        organic = order if hidden is None else order[~hidden[order]]
        final, inserted = self._pin(plan, ids, positions, organic, hidden, eligible, log)
        url = None if plan.redirect is None else self.rules[plan.redirect].redirect
        if url is not None:
            log[plan.redirect].append({"action": "redirect", "url": url})
        applied = [{"rule_id": self.rules[n].id, "version": self.rules[n].version, "actions": log[n]}
                   for n in live if log[n]]
        return final, inserted, applied, url

    def _boost(self, plan: _Request, hit: np.ndarray | None, scores: np.ndarray, log) -> bool:
        """Boost and bury in place; whether any score changed."""
        if not plan.boost_owners:
            return False
        counts = np.count_nonzero(hit, axis=1)[plan.boost_of]
        hit = hit[plan.boost_of]
        if not counts.any():
            return False
        total = product(plan.factor_bits, hit)  # the factors multiplied in precedence order
        scores[:] = np.where(scores >= 0, scores * total, scores / total)  # a factor always moves one way
        for owner, factor, count in zip(plan.boost_owners, plan.factors.tolist(), counts.tolist()):
            if count:
                log[owner].append({"action": "boost" if factor > 1 else "bury", "factor": factor, "items": count})
        return True

    def _hide(self, plan: _Request, hit: np.ndarray | None, ids: Names, positions: np.ndarray,
              log) -> np.ndarray | None:
        """Which candidates are hidden (None: no live rule hides), each credited to the first rule
        in precedence hiding it."""
        if not plan.hide_owner and not len(plan.hide_rules):
            return None
        first = np.full(len(positions), len(self.rules))
        if plan.hide_owner:
            at = np.minimum(np.searchsorted(plan.hide_positions, positions), len(plan.hide_positions) - 1)
            first = np.where(plan.hide_positions[at] == positions, plan.hide_owners[at], first)
        if len(plan.hide_rules):
            hit = hit[plan.hide_of]
            by = plan.hide_rules[hit.argmax(axis=0)]  # rules are in precedence order: the first that hits
            first = np.where(hit.any(axis=0), np.minimum(first, by), first)
        hidden = first < len(self.rules)
        ks = np.flatnonzero(hidden)
        by_rule = np.argsort(first[ks], kind="stable")  # each rule's items in list order
        owners, names = first[ks][by_rule].tolist(), ids.pick(ks[by_rule])
        start = 0
        for end in range(1, len(owners) + 1):
            if end == len(owners) or owners[end] != owners[start]:
                log[owners[start]].append({"action": "hide", "item_ids": names[start:end]})
                start = end
        return hidden

    def _blocked(self, plan: _Request, outside: list[int], eligible: np.ndarray | None) -> set[int]:
        """Of the catalogue positions of pinned items from outside the list, those that may not be
        brought in: not eligible (the request's filters), or hidden by a live rule."""
        blocked = {p for p in outside if p in plan.hide_owner or (
            eligible is not None and not (p < len(eligible) and eligible[p]))}
        if len(plan.hide_rules) and outside:
            at = np.array(outside, dtype=np.int64)
            blocked.update(at[self._conditions.test(plan.hide_rows, at).any(axis=0)].tolist())
        return blocked

    def _pin(self, plan: _Request, ids, positions, organic, hidden, eligible, log) -> tuple[np.ndarray, list[str]]:
        """The final list as candidate indices (-1 - j: the j-th item brought in by a pin). A
        pin names an item of the compiled catalogue; one in the list moves, one outside comes in."""
        if not plan.pins:
            return organic, []
        where: dict[int, int] = {}
        for k in np.flatnonzero(among(positions, plan.pin_positions, ordered=True)).tolist():
            where.setdefault(int(positions[k]), k)
        blocked = self._blocked(plan, [at for at in plan.pin_positions.tolist() if at not in where], eligible)
        slots: dict[int, tuple[int, int]] = {}  # slot -> (candidate index or -1 - j, rule number)
        inserted: list[str] = []
        pinned: set[int] = set()
        for n, pin, at in plan.pins:
            if at in pinned or at in blocked or (hidden is not None and at in where and hidden[where[at]]):
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
        rest = organic[~among(organic, taken)] if taken else organic
        places, codes = [], []
        for slot in sorted(slots):  # a pin past the end of the list goes to its end
            code, n = slots[slot]
            places.append(min(slot, len(rest) + len(places)))
            codes.append(code)
            log[n].append({"action": "pin", "item_id": ids[code] if code >= 0 else inserted[-1 - code],
                           "position": places[-1] + 1})
        final = np.empty(len(rest) + len(places), dtype=np.int64)
        free = np.ones(len(final), dtype=bool)
        free[places] = False
        final[places] = codes
        final[free] = rest  # organic items fill the places no pin holds, in their order
        return final, inserted


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
