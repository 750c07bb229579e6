"""A/B experiments, query suggestions and search analytics for the operator (admin scope).

- `/v1/admin/experiments`: create (two or more variants, shares, what each changes: search
  settings, a rule set, a recommendation scenario; a metric),
  list, read the results (each variant's metric with its interval, the significance test against
  the control, or "not enough data yet"), stop, and promote the winner (stops the experiment and
  records the variant kept; a winner naming a bundle version promotes that bundle).
- `/v1/admin/suggestions`: the mined query suggestions, their blocklist, a recompute now.
- `/v1/admin/search-analytics`: click-through and mean click position per query, no-click,
  no-result and mostly-out-of-stock queries.

Writes here are admin writes: a JSON body (or `X-Kaiyu-Request: 1`), checked by `api.gate`.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from api.deps import AdminKey
from api.measurement import Measurement, check_changes
from api.schemas import ERROR_RESPONSES
from bundle.directory import BundleError
from store.experiment_tables import ExperimentError
from store.experiments import Experiment

router = APIRouter(prefix="/v1/admin", tags=["experiments"], dependencies=[AdminKey], responses=ERROR_RESPONSES)

ExperimentPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.-]{1,48}$")]


class Promotion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    variant: str = Field(min_length=1, max_length=64)


class Terms(BaseModel):
    model_config = ConfigDict(extra="forbid")
    terms: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(min_length=1, max_length=500)


def _measurement(request: Request) -> Measurement:
    return request.app.state.measurement


def _refused(exc: ExperimentError) -> HTTPException:
    return HTTPException(exc.status, str(exc))


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["experiment"].id, "status": record["status"], "winner": record["winner"],
            "created_at": record["created_at"], "stopped_at": record["stopped_at"],
            "experiment": record["experiment"].model_dump(mode="json")}


@router.post("/experiments", status_code=201, summary="Start an A/B experiment")
def create_experiment(experiment: Experiment, request: Request):
    """Each variant's changes must apply per request (`api.measurement.check_changes`): search
    settings read at query time, a rule set, a recommendation scenario; else 422 with the reason."""
    measurement = _measurement(request)
    try:
        check_changes(experiment)
        record = measurement.tables.create(experiment)
    except ExperimentError as exc:
        raise _refused(exc) from None
    measurement.refresh_experiments()  # this worker assigns at once; the others within a second
    return _summary(record)


@router.get("/experiments", summary="All experiments, newest first")
def list_experiments(request: Request):
    return {"experiments": [_summary(r) for r in _measurement(request).tables.list()]}


@router.get("/experiments/{experiment_id}", summary="An experiment's results and verdict")
def experiment_results(experiment_id: ExperimentPath, request: Request):
    try:
        return _measurement(request).results(experiment_id)
    except ExperimentError as exc:
        raise _refused(exc) from None


@router.post("/experiments/{experiment_id}/stop", summary="Stop assigning shoppers (results stay)")
def stop_experiment(experiment_id: ExperimentPath, request: Request):
    measurement = _measurement(request)
    try:
        record = measurement.tables.stop(experiment_id)
    except ExperimentError as exc:
        raise _refused(exc) from None
    measurement.refresh_experiments()
    return _summary(record)


@router.post("/experiments/{experiment_id}/promote", summary="Stop and keep a variant")
def promote_variant(experiment_id: ExperimentPath, promotion: Promotion, request: Request):
    """Records the variant kept and stops the experiment. Its changes are returned for the
    operator to make permanent; a bundle version among them is promoted here."""
    measurement = _measurement(request)
    try:
        record = measurement.tables.get(experiment_id)
        variant = next((v for v in record["experiment"].variants if v.name == promotion.variant), None)
        if variant is not None and variant.payload.bundle:
            request.app.state.holder.bundles.promote(variant.payload.bundle,
                                                     reason=f"experiment {experiment_id}: {variant.name} won")
        record = measurement.tables.stop(experiment_id, winner=promotion.variant)
    except ExperimentError as exc:
        raise _refused(exc) from None
    except BundleError as exc:
        raise HTTPException(409, f"cannot promote bundle: {exc}") from None
    measurement.refresh_experiments()
    return {**_summary(record), "changes": variant.payload.model_dump() if variant else {}}


@router.get("/suggestions", summary="The query suggestions mined from the log, best first")
def mined_suggestions(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 50):
    measurement = _measurement(request)
    return {"suggestions": [s.__dict__ for s in measurement.index.suggestions[:limit]],
            "blocklist": measurement.tables.blocklist()}


@router.post("/suggestions/refresh", summary="Recompute the mined suggestions now")
async def refresh_suggestions(request: Request):
    return {"suggestions": await asyncio.to_thread(_measurement(request).refresh_suggestions)}


@router.post("/suggestions/blocklist", summary="Block terms from suggestions (whole words)")
def block_terms(terms: Terms, request: Request):
    measurement = _measurement(request)
    measurement.blocked = measurement.tables.block(terms.terms)
    return {"blocklist": measurement.blocked}


@router.post("/suggestions/unblock", summary="Remove terms from the blocklist")
def unblock_terms(terms: Terms, request: Request):
    measurement = _measurement(request)
    measurement.blocked = measurement.tables.unblock(terms.terms)
    return {"blocklist": measurement.blocked}


@router.get("/search-analytics", summary="Click-through, click position, no-click, no-result and out-of-stock queries")
def search_analytics(request: Request, days: Annotated[int, Query(ge=1, le=365)] = 30,
                     limit: Annotated[int, Query(ge=1, le=200)] = 20):
    return _measurement(request).search_analytics(days=days, limit=limit)
