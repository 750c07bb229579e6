"""Measurement beside serving: the running A/B experiments (which variant a shopper gets), their
results read through the search ids, mined query suggestions and search analytics.

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
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import Depends, Request
from scipy import stats

from store.experiment_tables import ExperimentStore
from store.experiments import Changes, Experiment, Tally, analyse, count, wilson
from store.search_analytics import out_of_stock_queries
from store.suggestions import WINDOW_DAYS, SuggestionIndex, mine, mix

log = logging.getLogger("kaiyu.measurement")

EXPERIMENT_POLL_S = 1.0
SUGGEST_REFRESH_S = 300.0
SESSION_HEADER = "x-kaiyu-session"
EVENT_CLOCK_SLACK = timedelta(days=1)


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
    return (params.get("user_id") or params.get("session_id") or request.headers.get(SESSION_HEADER) or None)


def variant_for(surface: str):
    """A dependency: assigns this request's shopper a variant of the experiment running on
    `surface`, sets `request.state.kaiyu_variant` (the impression log records it) and
    `request.state.kaiyu_variant_changes` (what serving may apply), and returns the label."""

    async def dependency(request: Request) -> str | None:
        measurement: Measurement | None = getattr(request.app.state, "measurement", None)
        assigned = measurement.assign(surface, _unit(request)) if measurement is not None else None
        if assigned is None:
            return None
        request.state.kaiyu_variant, request.state.kaiyu_variant_changes = assigned
        return assigned[0]

    return dependency


SearchVariant = Annotated[str | None, Depends(variant_for("search"))]
RecsVariant = Annotated[str | None, Depends(variant_for("recs"))]
