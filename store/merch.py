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
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from store.columns import category_key, fold
from store.merch_models import Boost, Catalogue, Condition, Pin, Rule, Trigger, is_cjk, utc, words

__all__ = ["Boost", "Catalogue", "Condition", "Context", "Merchandised", "Pin", "Rule", "RuleSet", "Trigger",
           "rules_json", "words"]


@dataclass(frozen=True)
class Context:
    """What a request is: a search query, a category page, or a recommendation scenario."""

    query: str | None = None
    category: str | None = None
    scenario: str | None = None


@dataclass
class Merchandised:
    """The list after the rules, the rules that changed it (with what each did), a redirect."""

    ids: list[str]
    scores: np.ndarray
    applied_rules: list[dict[str, Any]]
    redirect: str | None = None


class _Masks:
    """A bool mask over item positions per distinct condition, packed 8 positions a byte."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.packed: dict[str, np.ndarray] = {}

    def add(self, condition: Condition) -> None:
        if condition.key() not in self.packed:
            self.packed[condition.key()] = np.packbits(condition.static_mask(self.catalogue))

    def test(self, condition: Condition, positions: np.ndarray) -> np.ndarray:
        """Which of `positions` (-1: unknown item) match; positions added since compile fail."""
        known = (positions >= 0) & (positions < len(self.catalogue))
        safe = np.where(known, positions, 0)
        bits = (self.packed[condition.key()][safe >> 3] >> (7 - (safe & 7))) & 1
        hit = known & bits.astype(bool)
        if condition.live():
            hit &= condition.live_mask(self.catalogue.columns, safe)
        return hit


class RuleSet:
    """Rules compiled against one catalogue: trigger indexes (exact query, word -> rules for
    `contains`, the first characters of a Japanese word, category path, scenario) and the
    static masks of every condition. Build a new one when the rule-set `version` or the catalogue
    changes; `select` and `apply` never write to it, so one can serve every thread."""

    def __init__(self, rules: Iterable[Rule | Mapping[str, Any]], catalogue: Catalogue, version: int = 0):
        parsed = [r if isinstance(r, Rule) else Rule.model_validate(r) for r in rules]
        self.rules: list[Rule] = sorted(parsed, key=Rule.precedence)
        self.catalogue, self.version = catalogue, version
        self._exact: dict[str, list[int]] = {}
        self._word: dict[str, list[int]] = {}
        self._gram: dict[str, list[int]] = {}
        self._category: dict[tuple[str, ...], list[int]] = {}
        self._scenario: dict[str, list[int]] = {}
        self._masks = _Masks(catalogue)
        self._wanted = [words(r.trigger.query or "") for r in self.rules]
        for number, rule in enumerate(self.rules):
            self._index(number, rule.trigger)
            for condition in [b.when for b in rule.boosts] + ([rule.hide_when] if rule.hide_when else []):
                self._masks.add(condition)

    def _index(self, number: int, trigger: Trigger) -> None:
        if trigger.category is not None:
            self._category.setdefault(category_key(trigger.category), []).append(number)
        elif trigger.scenario is not None:
            self._scenario.setdefault(fold(trigger.scenario), []).append(number)
        elif trigger.match == "exact":
            self._exact.setdefault(" ".join(words(trigger.query)), []).append(number)
        else:
            latin = [w for w in words(trigger.query) if not is_cjk(w)]
            if latin:  # any one word is a necessary condition: the longest is the rarest, roughly
                self._word.setdefault(max(latin, key=len), []).append(number)
            else:
                self._gram.setdefault(max(words(trigger.query), key=len)[:2], []).append(number)

    def _triggered(self, context: Context) -> set[int]:
        hit: set[int] = set()
        if context.query is not None:
            hit |= self._query_rules(context.query)
        if context.category is not None:
            path = category_key(context.category)
            for depth in range(1, len(path) + 1):
                hit.update(self._category.get(path[:depth], ()))
        if context.scenario is not None:
            hit.update(self._scenario.get(fold(context.scenario), ()))
            hit.update(self._scenario.get("*", ()))
        return hit

    def _query_rules(self, query: str) -> set[int]:
        said = words(query)
        hit = set(self._exact.get(" ".join(said), ()))
        compact = "".join(said)
        maybe: set[int] = set()
        for word in said:
            maybe.update(self._word.get(word, ()))
        if self._gram:
            for start in range(len(compact)):
                maybe.update(self._gram.get(compact[start:start + 1], ()))
                maybe.update(self._gram.get(compact[start:start + 2], ()))
        present = set(said)
        for number in maybe:
            wanted = self._wanted[number]
            if all((w in compact) if is_cjk(w) else (w in present) for w in wanted):
                hit.add(number)
        return hit

    def select(self, context: Context, now: datetime | None = None) -> list[Rule]:
        """The live rules a request triggers, in precedence order."""
        now = utc(now) or datetime.now(timezone.utc)
        return [self.rules[n] for n in sorted(self._triggered(context)) if self.rules[n].live(now)]

    def redirect(self, context: Context, now: datetime | None = None) -> tuple[str | None, Rule | None]:
        """The redirect of the first rule in precedence that has one."""
        return next(((r.redirect, r) for r in self.select(context, now) if r.redirect), (None, None))

    def apply(self, ids: Sequence[str], scores: Sequence[float] | np.ndarray, context: Context,
              now: datetime | None = None, eligible: np.ndarray | None = None) -> Merchandised:
        """Apply the live rules to a ranked list (best first). `eligible`: a bool mask over item
        positions (the request's filters) that a pinned item from outside the list must pass."""
        rules = self.select(context, now)
        scores = np.asarray(scores, dtype=np.float64).copy()
        if not rules:
            return Merchandised(list(ids), scores, [])
        log: dict[str, list[dict[str, Any]]] = {r.id: [] for r in rules}
        positions = np.fromiter((self.catalogue.index.get(i, -1) for i in ids), dtype=np.int64, count=len(ids))
        self._boost(rules, positions, scores, log)
        order = np.argsort(-scores, kind="stable")
        hidden = self._hidden(rules, ids, positions, log)
        ranked = [ids[k] for k in order if ids[k] not in hidden]
        by_id = {ids[k]: scores[k] for k in order}
        final = self._pin(rules, ranked, hidden, eligible, log)
        url, winner = next(((r.redirect, r) for r in rules if r.redirect), (None, None))
        if winner is not None:
            log[winner.id].append({"action": "redirect", "url": url})
        return Merchandised(final, self._scores_of(final, by_id), _report(rules, log), url)

    def _boost(self, rules: list[Rule], positions: np.ndarray, scores: np.ndarray, log) -> None:
        for rule in rules:
            for boost in rule.boosts:
                hit = self._masks.test(boost.when, positions)
                count = int(hit.sum())
                if count:
                    touched = scores[hit]
                    scores[hit] = np.where(touched >= 0, touched * boost.factor, touched / boost.factor)
                    log[rule.id].append({"action": "boost" if boost.factor > 1 else "bury",
                                         "factor": boost.factor, "items": count})

    def _hidden(self, rules: list[Rule], ids: Sequence[str], positions: np.ndarray, log) -> set[str]:
        hidden: set[str] = set()
        present = set(ids)
        for rule in rules:
            gone = [i for i in rule.hide if i in present and i not in hidden]
            if rule.hide_when is not None:
                hit = self._masks.test(rule.hide_when, positions)
                gone += [ids[k] for k in np.flatnonzero(hit) if ids[k] not in hidden and ids[k] not in gone]
            hidden.update(rule.hide)  # hide beats pin, even for an item not in the list
            hidden.update(gone)
            if gone:
                log[rule.id].append({"action": "hide", "item_ids": gone})
        return hidden

    def _insertable(self, item_id: str, rules: list[Rule], eligible: np.ndarray | None) -> bool:
        """A pinned item from outside the list: known, eligible, and hidden by no condition."""
        position = self.catalogue.index.get(item_id)
        if position is None or (eligible is not None and not (position < len(eligible) and eligible[position])):
            return False
        at = np.array([position])
        return not any(self._masks.test(r.hide_when, at)[0] for r in rules if r.hide_when is not None)

    def _pin(self, rules: list[Rule], ranked: list[str], hidden: set[str], eligible, log) -> list[str]:
        present = set(ranked)
        slots: dict[int, tuple[str, Rule]] = {}
        pinned: set[str] = set()
        for rule in rules:
            for pin in rule.pins:
                item = pin.item_id
                if item in hidden or item in pinned or (
                        item not in present and not self._insertable(item, rules, eligible)):
                    continue
                slot = pin.position - 1
                while slot in slots:
                    slot += 1
                slots[slot] = (item, rule)
                pinned.add(item)
        organic = iter([i for i in ranked if i not in pinned])
        final: list[str] = []
        for slot in sorted(slots):  # organic items fill the slots no pin holds, in their order
            while len(final) < slot:
                nxt = next(organic, None)
                if nxt is None:
                    break
                final.append(nxt)
            item, rule = slots[slot]
            log[rule.id].append({"action": "pin", "item_id": item, "position": len(final) + 1})
            final.append(item)
        final.extend(organic)
        return final

    @staticmethod
    def _scores_of(final: list[str], by_id: Mapping[str, float]) -> np.ndarray:
        """Each item's (boosted) score; a pinned item from outside the list takes the score of
        the item just below it (0.0 at the end), so scores stay finite JSON numbers."""
        out = np.zeros(len(final))
        below = 0.0
        for k in range(len(final) - 1, -1, -1):
            out[k] = by_id.get(final[k], below)
            below = out[k]
        return out


def _report(rules: list[Rule], log: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """`applied_rules`: the rules that changed the list, in precedence order, with their actions."""
    return [{"rule_id": r.id, "version": r.version, "actions": log[r.id]} for r in rules if log[r.id]]


def rules_json(rules: Iterable[Rule]) -> str:
    """Rules as a JSON array (for storing a rule set or an audit trail)."""
    return json.dumps([r.model_dump(mode="json", exclude_defaults=True) for r in rules], ensure_ascii=False)
