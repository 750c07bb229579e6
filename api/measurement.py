"""Measurement beside serving: the running A/B experiments (which variant a shopper gets), their
results read through the search ids, mined query suggestions and search analytics.

What a variant changes is applied per request, never to the shared engine (`check_changes` refuses
at creation what cannot be): `search_*` settings (`PER_REQUEST_SETTINGS`, the ones search reads at
query time) become a per-call `SearchConfig` (`search_config`); a `rule_set` selects the
merchandising rules served (`api.merchandising`: rules whose id starts `<set>:`); a `scenario`
is served to a recommendation request that named none. A bundle version is refused: serving one
per variant would hold a second bundle (its search index and models) in every worker.

Every worker keeps a snapshot of the running experiments, re-read from the store each
`EXPERIMENT_POLL_S` (an admin change made through this worker applies at once), and of the mined
suggestions, recomputed each `SUGGEST_REFRESH_S`: never per request. Assignment is a hash of the
experiment id and the shopper (`store.experiments.bucket`), so every worker assigns alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from dataclasses import fields, replace
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import Depends, Request
from scipy import stats

from recsys.scenarios import SCENARIOS
from search.config import SearchConfig
from store.experiment_tables import ExperimentError, ExperimentStore
from store.experiments import Changes, Experiment, Tally, analyse, count, wilson
from store.search_analytics import out_of_stock_queries
from store.suggestions import WINDOW_DAYS, SuggestionIndex, mine, mix

log = logging.getLogger("kaiyu.measurement")

EXPERIMENT_POLL_S = 1.0
SUGGEST_REFRESH_S = 300.0
SESSION_HEADER = "x-kaiyu-session"
EVENT_CLOCK_SLACK = timedelta(days=1)

PER_REQUEST_SETTINGS: dict[str, tuple[type, float, float]] = {
    "min_should_match": (float, 0.0, 1.0), "lexical_candidates": (int, 1, 5000),
    "dense_min_similarity": (float, -1.0, 1.0), "rrf_k": (int, 1, 10_000), "cheap_tier": (float, 0.0, 1.0),
    "uncategorized_type_evidence": (float, 0.0, 1.0),
    **{f.name: (float, -100.0, 100.0) for f in fields(SearchConfig) if f.name.startswith("w_")},
}
"""The `SearchConfig` settings a variant may override as `search_<name>` (type, low, high): those
search reads per query. The others shape the index at build (field weights, k1, b, typo lengths,
the dense index) and cannot differ between two shoppers of one worker."""


class Measurement:
    def __init__(self, store):
        self.store = store
        self.tables = ExperimentStore(store.engine)
        self.running: dict[str, Experiment] = {}
        self.index = SuggestionIndex([])
        self.blocked: list[str] = []
        self._task: asyncio.Task | None = None

    # -- experiments ------------------------------------------------------------------------------

    def refresh_experiments(self) -> None:
        self.running = {r["experiment"].surface: r["experiment"] for r in self.tables.running()}

    def assign(self, surface: str, unit_id: str | None) -> tuple[str, Changes] | None:
        """(`experiment:variant`, its changes) for this shopper on this surface, or None (no
        experiment running, or a request naming no shopper: it is served as ever, uncounted)."""
        experiment = self.running.get(surface)
        if experiment is None or not unit_id:
            return None
        variant = experiment.assign(unit_id)
        return experiment.label(variant), variant.payload

    def results(self, experiment_id: str) -> dict[str, Any]:
        record = self.tables.get(experiment_id)
        experiment: Experiment = record["experiment"]
        since = datetime.fromtimestamp(record["created_at"], tz=timezone.utc)
        prefix = f"{experiment.id}:"
        exposures = [(i["id"], i["variant"][len(prefix):]) for i in self.store.impressions(kind=experiment.surface, since=since)
                     if (i.get("variant") or "").startswith(prefix)]
        # events are counted by the exposure they name, so reading them from earlier only costs time;
        # it keeps those whose client clock (a browser's, second-rounded) runs behind the server's
        events = self.store.attributed_events(since=since - EVENT_CLOCK_SLACK)
        tallies = count(experiment, exposures, events)
        comparisons = [c.as_dict() for c in analyse(experiment, tallies)]
        better = [c for c in comparisons if c["verdict"] == "better"]
        waiting = [c for c in comparisons if c["verdict"] == "not_enough_data"]
        leader = max(better, key=lambda c: c["variant_value"])["variant"] if better else None
        verdict = ("not enough data yet" if waiting else f"{leader} beats {experiment.control.name}" if leader
                   else f"no variant beats {experiment.control.name}")
        return {"id": experiment.id, "status": record["status"], "winner": record["winner"],
                "experiment": experiment.model_dump(mode="json"), "created_at": record["created_at"],
                "stopped_at": record["stopped_at"], "verdict": verdict, "leader": leader,
                "variants": [variant_row(experiment, v.name, v.share, tallies[v.name]) for v in experiment.variants],
                "comparisons": comparisons}

    # -- suggestions and analytics ----------------------------------------------------------------

    def _search_rows(self, days: int = WINDOW_DAYS):
        since = datetime.now(timezone.utc) - timedelta(days=days)
        return self.store.impressions(kind="search", since=since), self.store.attributed_events(since=since)

    def refresh_suggestions(self) -> int:
        self.blocked = self.tables.blocklist()
        impressions, events = self._search_rows()
        self.index = SuggestionIndex(mine(impressions, events, now=time.time(), blocked=self.blocked))
        return len(self.index.suggestions)

    def complete(self, prefix: str, limit: int, catalogue: list[str]) -> list[str]:
        return mix(self.index.complete(prefix, limit), catalogue, limit, blocked=self.blocked)

    def search_analytics(self, *, days: int = 30, limit: int = 20) -> dict[str, Any]:
        """The search log's read-outs (CTR and mean click position per query, no-click and
        no-result queries: `store.activity`) and the mostly-out-of-stock queries (ours)."""
        since = datetime.now(timezone.utc) - timedelta(days=days)

        def in_stock(ids: list[str]) -> dict[str, bool]:
            return {i: bool(item.get("in_stock", True)) for i, item in self.store.get_items(ids).items()}

        return {"days": days, "queries": self.store.query_attribution(limit, since=since),
                "no_click": self.store.no_click_queries(limit, since=since),
                "no_result": self.store.zero_result_queries(limit, since=since),
                "mostly_out_of_stock": out_of_stock_queries(self.store.impressions(kind="search", since=since),
                                                            in_stock, limit=limit)}

    # -- the timer ------------------------------------------------------------------------------

    async def _run(self) -> None:
        next_suggestions = 0.0
        while True:
            try:
                await asyncio.to_thread(self.refresh_experiments)
                if time.monotonic() >= next_suggestions:
                    next_suggestions = time.monotonic() + SUGGEST_REFRESH_S
                    await asyncio.to_thread(self.refresh_suggestions)
            except Exception:  # a database hiccup: keep serving the last snapshot, try again
                log.exception("refreshing experiments or suggestions failed")
            await asyncio.sleep(EXPERIMENT_POLL_S)

    def start(self) -> None:
        self.refresh_experiments()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def check_changes(experiment: Experiment) -> None:
    """Refuse (422, with the reason) a variant whose changes serving cannot apply per request."""
    for variant in experiment.variants:
        changes, where = variant.payload, f"variant {variant.name!r}"
        if changes.bundle is not None:
            raise ExperimentError(f"{where}: a bundle-version variant is not supported: serving it would hold a "
                                  "second bundle (search index and models) in every worker; compare bundles "
                                  "offline (`kaiyu evaluate`) or promote one and compare periods", status=422)
        if changes.search and experiment.surface != "search":
            raise ExperimentError(f"{where}: search settings apply to a search experiment, not {experiment.surface}",
                                  status=422)
        if changes.scenario is not None and (experiment.surface != "recs" or changes.scenario not in SCENARIOS):
            raise ExperimentError(f"{where}: a scenario applies to a recs experiment and is one of "
                                  f"{', '.join(SCENARIOS)}", status=422)
        for name, value in changes.search.items():
            _setting(where, name, value)


def _setting(where: str, name: str, value: Any) -> float | int:
    field = name.removeprefix("search_")
    if field not in PER_REQUEST_SETTINGS:
        raise ExperimentError(f"{where}: {name} cannot change per request; a variant may set "
                              f"{', '.join('search_' + k for k in PER_REQUEST_SETTINGS)}", status=422)
    kind, low, high = PER_REQUEST_SETTINGS[field]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)) \
            or not (low <= value <= high):
        raise ExperimentError(f"{where}: {name} must be {'an integer' if kind is int else 'a number'} in "
                              f"[{low:g}, {high:g}]", status=422)
    return kind(value)


def search_config(base: SearchConfig, changes: Changes | None) -> SearchConfig | None:
    """`base` with a variant's search settings, for one call (None: nothing to change)."""
    if changes is None or not changes.search:
        return None
    return replace(base, **{k.removeprefix("search_"): _setting("variant", k, v) for k, v in changes.search.items()})


def changes_of(request: Request) -> Changes | None:
    """What this request's variant changes (None: no variant)."""
    return getattr(request.state, "kaiyu_variant_changes", None)


def variant_row(experiment: Experiment, name: str, share: float, tally: Tally) -> dict[str, Any]:
    """One variant's own metric with its interval at 1 - alpha: Wilson for a rate, Student's t
    for mean revenue per exposure; None below two exposures."""
    revenue = experiment.metric == "revenue_per_search"
    value = tally.mean_revenue() if revenue else tally.rate()
    low = high = None
    if tally.exposures >= 2:
        if revenue:
            half = float(stats.t.ppf(1 - experiment.alpha / 2, tally.exposures - 1)) * math.sqrt(
                tally.revenue_variance() / tally.exposures)
            low, high = value - half, value + half
        else:
            low, high = wilson(tally.successes, tally.exposures, 1 - experiment.alpha)
    return {"name": name, "share": share, "exposures": tally.exposures, "successes": tally.successes,
            "events": tally.events, "revenue": round(tally.revenue, 2), "value": value, "ci_low": low, "ci_high": high}


def _unit(request: Request) -> str | None:
    params = request.query_params
    return (params.get("user_id") or request.path_params.get("user_id") or params.get("session_id")
            or request.headers.get(SESSION_HEADER) or None)


def variant_for(surface: str):
    """A dependency: assigns this request's shopper a variant of the experiment running on
    `surface`, sets `request.state.kaiyu_variant` (the impression log records it) and
    `request.state.kaiyu_variant_changes` (what serving may apply), and returns the label."""

    async def dependency(request: Request) -> str | None:
        return assign_variant(request, surface)

    return dependency


def assign_variant(request: Request, surface: str) -> str | None:
    """What `variant_for(surface)` does, called inline by a hot route (a dependency fewer)."""
    measurement: Measurement | None = getattr(request.app.state, "measurement", None)
    if measurement is None or surface not in measurement.running:  # nothing running: no shopper to read
        return None
    assigned = measurement.assign(surface, _unit(request))
    if assigned is None:
        return None
    request.state.kaiyu_variant, request.state.kaiyu_variant_changes = assigned
    return assigned[0]


SearchVariant = Annotated[str | None, Depends(variant_for("search"))]
RecsVariant = Annotated[str | None, Depends(variant_for("recs"))]
