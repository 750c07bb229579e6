"""Operator data and actions, for the dashboard at /dashboard: bundles and their offline metrics,
promotion and rollback, event volume by day, top and zero-result queries, live latency.

Everything here needs a key with the `admin` scope: `read` keys are shipped to browsers and `write`
keys to every event pipeline, and neither should promote a bundle or read a shop's search
analytics. Promote and rollback must also be non-simple requests (`X-Kaiyu-Request: 1` or a JSON
body, checked in `api.gate`), so a browser preflights them; bundle changes take the bundle lock.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sized
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from prometheus_client import CollectorRegistry

from api.deps import AdminKey, EngineDep, StoreDep
from api.errors import error_response
from api.schemas import (ERROR_RESPONSES, BundleDetailPublic, BundlesPublic, DailyEventsPublic, ErrorPublic,
                         LatencyPublic, OverviewPublic, PromotedPublic, QueriesPublic, ShoppersPublic)
from bundle.directory import BundleError, BundleStore

router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[AdminKey], responses=ERROR_RESPONSES)

VersionPath = Annotated[str, Path(pattern=r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$", description="a bundle version")]
CONFLICT = {409: {"model": ErrorPublic, "description": "the bundle store cannot do that now"}}


def _bundles(request: Request) -> BundleStore:
    return request.app.state.holder.bundles


def _report(bundles: BundleStore, version: str) -> dict[str, Any] | None:
    try:
        return json.loads((bundles.path(version) / "report.json").read_text())
    except (FileNotFoundError, json.JSONDecodeError, BundleError):
        return None


def report_summary(report: dict[str, Any] | None) -> dict[str, Any] | None:
    """The parts of a training report an operator reads: the gate's verdict, data sizes, metrics,
    stage times, and the tuning outcome (without the per-item popularity table)."""
    if not report:
        return None
    out = {k: report[k] for k in ("version", "snapshot_at", "promoted", "gate", "previous", "data", "metrics",
                                  "stages_s", "total_s") if k in report}
    rec = report.get("recommendations") or {}
    holdout = rec.get("holdout") or {}
    out["tuning"] = {k: rec[k] for k in ("tuning_trials", "tuning_stopped_early", "timings", "config") if k in rec}
    out["holdout"] = {k: holdout[k] for k in ("split", "folds", "users", "users_new", "repeat_share") if k in holdout}
    return out


@router.get("/overview", response_model=OverviewPublic, summary="The serving bundle, store sizes and the current report")
def overview(request: Request, engine: EngineDep, store: StoreDep):
    bundles = _bundles(request)
    current = bundles.current()
    by_type = store.count_events(by_type=True)
    searchlog = request.app.state.searchlog
    search = engine.search
    return {
        "serving": engine.version, "current": current, "items": store.count_items(),
        "events": sum(by_type.values()), "events_by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1])),
        "index_items": len(search) if isinstance(search, Sized) else None,
        "searches": store.search_stats(),
        "search_log": {"buffered": len(searchlog), "written": searchlog.written, "dropped": searchlog.dropped},
        "report": report_summary(_report(bundles, current)) if current else None,
    }


@router.get("/bundles", response_model=BundlesPublic, summary="Every kept bundle with its offline metrics, oldest first")
def list_bundles(request: Request, engine: EngineDep):
    bundles = _bundles(request)
    current = bundles.current()
    rows = []
    for version in bundles.versions():
        try:
            manifest = bundles.manifest(version)
        except (BundleError, json.JSONDecodeError, FileNotFoundError):  # pruned or half-written meanwhile
            continue
        report = _report(bundles, version) or {}
        metrics = manifest.get("metrics") or {}
        rows.append({
            "version": version, "created_at": manifest.get("created_at"), "current": version == current,
            "promoted_by_training": report.get("promoted"), "gate": report.get("gate"),
            "primary_metric": metrics.get("primary_metric"),
            "metrics": {k: float(v) for k, v in metrics.items() if isinstance(v, (int, float)) and not isinstance(v, bool)},
            "data": manifest.get("data") or {},
        })
    history = [h for h in bundles.history() if isinstance(h, dict) and {"version", "at", "reason"} <= h.keys()]
    return {"current": current, "serving": engine.version, "bundles": rows, "history": history[-50:]}


@router.get("/bundles/{version}", response_model=BundleDetailPublic, summary="A bundle's manifest and training report")
def show_bundle(request: Request, version: VersionPath):
    bundles = _bundles(request)
    try:
        manifest = bundles.manifest(version)
    except BundleError as exc:
        raise HTTPException(404, str(exc)) from None
    report = _report(bundles, version)
    if report and isinstance(report.get("recommendations"), dict):
        report["recommendations"].pop("popularity", None)
    return {"version": version, "current": version == bundles.current(), "manifest": manifest, "report": report}


def _promoted(request: Request, previous: str | None, current: str) -> dict[str, Any]:
    holder = request.app.state.holder
    return {"current": current, "previous": previous, "serving": holder.engine.version,
            "reload_interval_s": holder.interval_s}


@router.post("/bundles/{version}/promote", response_model=PromotedPublic, responses=CONFLICT,
             summary="Serve this bundle (every worker switches within the reload interval)")
def promote(request: Request, version: VersionPath):
    bundles = _bundles(request)
    if version not in bundles.versions():
        raise HTTPException(404, f"no bundle {version!r}; bundles: {', '.join(bundles.versions()) or 'none'}")
    previous = bundles.current()
    if version == previous:
        return error_response(409, f"{version} is already the current bundle", code="conflict")
    bundles.promote(version, reason="promoted from the dashboard")
    return _promoted(request, previous, version)


@router.post("/rollback", response_model=PromotedPublic, responses=CONFLICT,
             summary="Serve the bundle that was current before this one")
def rollback(request: Request):
    bundles = _bundles(request)
    previous = bundles.current()
    try:
        current = bundles.rollback()
    except BundleError as exc:
        return error_response(409, str(exc), code="conflict")
    return _promoted(request, previous, current)


@router.get("/events/daily", response_model=DailyEventsPublic, summary="Events per UTC day and type")
def events_daily(
    store: StoreDep,
    days: Annotated[int, Query(ge=1, le=366, description="how many days")] = 30,
    until: Annotated[date | None, Query(description="last day (UTC); default: the day of the newest event")] = None,
):
    if until is not None and not date(1971, 1, 1) <= until <= date(9000, 1, 1):
        raise HTTPException(422, "until must be a date between 1971 and 9000")
    end = None if until is None else datetime(until.year, until.month, until.day, tzinfo=timezone.utc)
    by_day = store.event_counts_by_day(days, until=end)
    types = sorted({t for counts in by_day.values() for t in counts},
                   key=lambda t: -sum(counts.get(t, 0) for counts in by_day.values()))
    return {"days": list(by_day), "types": types,
            "counts": {t: [counts.get(t, 0) for counts in by_day.values()] for t in types},
            "totals": [sum(counts.values()) for counts in by_day.values()]}


@router.get("/queries", response_model=QueriesPublic, response_model_exclude_none=True,
            summary="Top and zero-result search queries")
def queries(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    since_days: Annotated[int | None, Query(ge=1, le=3660, description="only the last N days")] = None,
):
    since = None if since_days is None else datetime.now(timezone.utc) - timedelta(days=since_days)
    return {**store.search_stats(since=since), "top": store.top_queries(limit, since=since),
            "zero_results": store.zero_result_queries(limit, since=since)}


@router.get("/shoppers", response_model=ShoppersPublic, summary="The most active shoppers (the demo's shopper picker)")
def shoppers(store: StoreDep, limit: Annotated[int, Query(ge=1, le=50)] = 8):
    out = store.active_users(limit)
    for shopper in out:
        history = store.user_history(shopper["user_id"], limit=50)
        items = store.get_items({e["item_id"] for e in history if e.get("item_id")})
        departments: dict[str, int] = {}
        for event in history:
            category = (items.get(event.get("item_id")) or {}).get("category")
            if category:
                top = category.split(">")[0].strip()
                departments[top] = departments.get(top, 0) + 1
        shopper["top_category"] = max(departments, key=departments.get) if departments else None
    return {"shoppers": out}


def _registry(request: Request) -> CollectorRegistry:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return request.app.state.metrics.registry


def quantile(buckets: list[tuple[float, float]], q: float) -> float:
    """The `q` quantile from cumulative histogram buckets `[(upper bound, count), ...]` sorted by
    bound and ending with +Inf, interpolated linearly inside the bucket (Prometheus'
    `histogram_quantile`); the largest finite bound when it falls in the +Inf bucket."""
    total = buckets[-1][1]
    if total <= 0:
        return 0.0
    rank = q * total
    lower_bound, lower_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return lower_bound
            if count == lower_count:
                return bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = bound, count
    return lower_bound


def latency_table(registry: CollectorRegistry, metric: str = "kaiyu_request_seconds") -> list[dict[str, Any]]:
    """p50/p95/p99 per route, in milliseconds, from the latency histogram."""
    by_route: dict[str, dict[float, float]] = {}
    for family in registry.collect():
        if family.name != metric:
            continue
        for sample in family.samples:
            if sample.name == f"{metric}_bucket":
                bound = float(sample.labels["le"])
                route = by_route.setdefault(sample.labels.get("route", "?"), {})
                route[bound] = route.get(bound, 0.0) + sample.value
    rows = []
    for route, counts in by_route.items():
        buckets = sorted(counts.items())
        if not buckets or buckets[-1][1] <= 0:
            continue
        rows.append({"route": route, "requests": int(buckets[-1][1]),
                     **{f"p{int(q * 100)}_ms": round(quantile(buckets, q) * 1000, 2) for q in (0.5, 0.95, 0.99)}})
    rows.sort(key=lambda r: -r["requests"])
    return rows


@router.get("/latency", response_model=LatencyPublic, summary="Request latency percentiles per route since start")
def latency(request: Request):
    workers = "every worker" if os.environ.get("PROMETHEUS_MULTIPROC_DIR") else "this worker"
    return {"routes": latency_table(_registry(request)),
            "source": f"kaiyu_request_seconds histogram, {workers}, since start; interpolated within buckets"}
