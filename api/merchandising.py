"""Merchandising rules and synonyms, live in every worker: read from the store
(`store.merch_store`), compiled against what this worker serves, applied to searches and
recommendations.

Live without retraining: a background task polls the store's rule-set change sequence every
`interval_s` (0.25 s) and, when it moved, re-reads the rules and synonyms and recompiles, so a
change made through any worker serves everywhere within about a quarter of a second plus the
compile. The compiled sets follow the serving engine too: a new bundle is compiled for at once;
catalogue changes (new items, another category) at most every `catalogue_every_s`, meanwhile a
condition reads price and stock live and an item new since the last compile matches no
condition and cannot be pinned (the compile costs a second on a large catalogue with 1,000 rules).

Rule sets, for A/B tests: a rule whose id starts `<set>:` belongs to rule set `<set>` and serves
only to shoppers whose experiment variant names that set (`rule_set=`), who get that set's rules
and no others (a set with no rules: none); every other shopper gets the rules of no set. Each set
is compiled apart, so choosing one costs a dict look-up.

Search rules (query and category-page triggers) are compiled against search's rows, so
`RuleSet.rerank` reorders the engine's whole candidate list by row (`SearchEngine.search`'s
`rerank` hook); recommendation rules (scenario triggers) against the recommendation service's
items, applied to a list fetched `depth` deep and cut to the asked length.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Annotated, Any

import numpy as np
import sqlalchemy as sa
from fastapi import Depends, Request
from pydantic import ValidationError

from search.text import words as search_words
from store.filters import Filters
from store.merch import Catalogue, Context, Rule, RuleSet
from store.merch_store import MerchStore
from store.synonyms import Synonym, SynonymSet, words
from store.tables import items_table

log = logging.getLogger("kaiyu.api")


@dataclass
class Compiled:
    ruleset: RuleSet
    part: Any  # the search engine or recommendation service compiled for
    rules_seen: int
    catalog_seen: int
    rows: int
    at: float
    sets: dict[str, RuleSet] = field(default_factory=dict)  # the named rule sets (see the module doc)


class Merchandising:
    """This worker's rules and synonyms, following the store (see the module doc)."""

    def __init__(self, store, holder, *, interval_s: float = 0.25, catalogue_every_s: float = 10.0):
        self.store, self.holder = store, holder
        self.entries = MerchStore(store)
        self.interval_s, self.catalogue_every_s = interval_s, catalogue_every_s
        self.seen = -1
        self.rules: list[Rule] = []
        self.synonyms = SynonymSet()
        self.compiled: dict[str, Compiled] = {}
        self._refreshing = threading.Lock()
        self._task: asyncio.Task | None = None

    # -- following the store ------------------------------------------------------------------

    def refresh(self) -> None:
        """One poll: re-read the rules and synonyms if the store's sequence moved, and compile
        for the engine now serving if it, the rules or (now and then) the catalogue changed."""
        with self._refreshing:
            seq = self.entries.sequence()
            if seq != self.seen:
                self.rules = _valid(Rule, self.entries.current("rule"))
                self.synonyms = SynonymSet(_valid(Synonym, self.entries.current("synonym")), version=seq)
                self.seen = seq
            engine = self.holder.engine
            self._compile("search", engine.search, engine.catalog_seen)
            self._compile("recsys", engine.recsys, engine.catalog_seen)

    def _compile(self, name: str, part, catalog_seen: int) -> None:
        old = self.compiled.get(name)
        if part is None:
            self.compiled.pop(name, None)
            return
        rows = len(part.catalogue.item_ids) if name == "search" else len(part.item_ids)
        stale = old is None or old.part is not part or old.rules_seen != self.seen
        moved = old is not None and (old.catalog_seen != catalog_seen or old.rows != rows)
        if not stale and not (moved and time.monotonic() - old.at >= self.catalogue_every_s):
            return
        mine = [r for r in self.rules if (r.trigger.scenario is not None) == (name == "recsys")]
        catalogue = self._catalogue(name, part, any(_reads_age(r) for r in mine))
        grouped: dict[str | None, list[Rule]] = {}
        for rule in mine:
            grouped.setdefault(rule_set_of(rule.id), []).append(rule)
        sets = {s: RuleSet(rules, catalogue, version=self.seen) for s, rules in grouped.items() if s is not None}
        self.compiled[name] = Compiled(RuleSet(grouped.get(None, []), catalogue, version=self.seen), part, self.seen,
                                       catalog_seen, len(catalogue), time.monotonic(), sets)

    def _catalogue(self, name: str, part, ages: bool) -> Catalogue:
        """Search's rows (a snapshot of its ids; prices and stock read live) or the
        recommendation service's items, with creation times when a rule reads them."""
        if name == "search":
            ids, columns = list(part.catalogue.item_ids), part.catalogue.columns
        else:
            ids, columns = [str(i) for i in part.item_ids], part.catalog.columns
        created = np.full(len(ids), np.nan)
        if ages:
            t = items_table
            with self.store.engine.connect() as conn:
                rows = conn.execute(sa.select(t.c.item_id, t.c.created_at).where(t.c.created_at.is_not(None)))
                known = {item: created for item, created in rows}  # dict(result) would read it as a mapping
            created = np.array([known.get(i, np.nan) for i in ids], dtype=np.float64)
        return Catalogue(ids, columns, created)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                await asyncio.to_thread(self.refresh)
            except Exception:  # a store that is down: keep serving the rules we have
                log.exception("reading merchandising rules failed; serving rule set %d", self.seen)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._watch(), name="kaiyu-merchandising")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    # -- search ---------------------------------------------------------------------------------

    def ruleset(self, name: str, part, rule_set: str | None = None) -> RuleSet | None:
        """The rules compiled for `part`, those of no set or of `rule_set` (None: none, or
        compiled for another engine)."""
        compiled = self.compiled.get(name)
        if compiled is None or compiled.part is not part:
            return None
        chosen = compiled.ruleset if rule_set is None else compiled.sets.get(rule_set)
        return chosen if chosen is not None and chosen.rules else None

    def search(self, engine, query: str, filters: Filters, *, rule_set: str | None = None, **kwargs) -> dict[str, Any]:
        """`engine.search` with the live synonyms and rules (of no set, or of `rule_set`): the
        result also says which rules changed it (`applied_rules`), where to send the shopper
        (`redirect`, or None) and which synonyms fired (`understood["synonyms"]`)."""
        ruleset = self.ruleset("search", engine, rule_set)
        synonyms, fired = self.synonyms_for(query, engine.config.synonyms)
        done: dict[str, Any] = {"applied_rules": [], "redirect": None}
        rerank = None
        if ruleset is not None:
            path = filters.category[0] if filters and filters.category else None
            context = Context(query=query if words(query) else None, category=" > ".join(path) if path else None)

            def rerank(rows: np.ndarray, scores: np.ndarray, eligible: np.ndarray):
                rows, scores, done["applied_rules"], done["redirect"] = ruleset.rerank(rows, scores, context,
                                                                                      eligible=eligible)
                return rows, scores
        result = engine.search(query, filters=filters, synonyms=synonyms, rerank=rerank, **kwargs)
        if fired:
            result["understood"]["synonyms"] = fired
        return {**result, **done}

    def synonyms_for(self, query: str, configured: dict[str, list[str]]) -> tuple[dict | None, list[dict]]:
        """The word -> alternatives mapping search reads for `query` (the configured synonyms
        plus the live ones that fire; None: only the configured) and the live ones that fired.
        A phrase's alternatives go to each of its words (`tv stand` -> `media console`: an item
        needs `tv` or an alternative, and `stand` or one); a Japanese term inside a word
        (`ソファ` in `革ソファ`) to that term as search's tokenizer splits it."""
        synonyms = self.synonyms
        if not len(synonyms) or not words(query):
            return None, []
        fired = synonyms.expansion(words(query)).fired
        if not fired:
            return None, []
        mapping = {k: list(v) for k, v in configured.items()}
        for entry in fired:
            alternatives = synonyms.alternatives(entry["matched"])
            for key in {entry["matched"], *(w for w in search_words(entry["matched"]) if w != "|")}:
                mapping[key] = list(dict.fromkeys([*mapping.get(key, []), *alternatives]))
        return mapping, fired

    # -- recommendations ----------------------------------------------------------------------

    def depth(self, service, limit: int, rule_set: str | None = None) -> int:
        """How many recommendations to fetch for a list of `limit`: more when scenario rules
        exist, so that a bury or hide is filled from below the visible list."""
        return max(3 * limit, 50) if self.ruleset("recsys", service, rule_set) is not None else limit

    def recommendations(self, service, items: list[dict], scenario: str, limit: int,
                        rule_set: str | None = None) -> tuple[list[dict], list]:
        """Scenario rules (of no set, or of `rule_set`) applied to a recommendation list: (the
        first `limit` items, rules applied)."""
        ruleset = self.ruleset("recsys", service, rule_set)
        if ruleset is None or not items:
            return items[:limit], []
        out = ruleset.apply([i["item_id"] for i in items], [i["score"] for i in items], Context(scenario=scenario),
                            limit=limit)
        by_id = {i["item_id"]: i for i in items}
        return ([{**by_id[i], "score": round(float(s), 6)} for i, s in zip(out.ids, out.scores.tolist())],
                out.applied_rules)


def rule_set_of(rule_id: str) -> str | None:
    """The rule set a rule belongs to: its id's part before the first ':' (None: no set)."""
    return rule_id.split(":", 1)[0] if ":" in rule_id else None


def _reads_age(rule: Rule) -> bool:
    conditions = [b.when for b in rule.boosts] + ([rule.hide_when] if rule.hide_when else [])
    return any(c.new_since is not None for c in conditions)


def _valid(model, entries: list[dict]) -> list:
    """Entries as `model`, one that no longer validates (written by another version) left out."""
    out = []
    for entry in entries:
        try:
            out.append(model.model_validate({k: v for k, v in entry.items() if k in model.model_fields}))
        except ValidationError as exc:
            log.warning("merchandising entry %r skipped: %s", entry.get("id"), exc.errors()[:1])
    return out


async def get_merchandising(request: Request) -> Merchandising:
    return request.app.state.merch


MerchDep = Annotated[Merchandising, Depends(get_merchandising)]
