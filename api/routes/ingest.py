"""Writes: events and catalogue rows. Committed before the response; effective at once."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request
from pydantic import ValidationError

from api.deps import SettingsDep, StoreDep, WriteKey
from api.schemas import ERROR_RESPONSES, WritePublic
from store.schema import Event, ItemPatch, describe_error

router = APIRouter(prefix="/v1", tags=["ingestion"], dependencies=[WriteKey], responses=ERROR_RESPONSES)

Rows = Annotated[list[Any], Body(description="a JSON array of objects")]


def _check_size(rows: list, settings) -> None:
    if len(rows) > settings.max_batch:
        raise HTTPException(413, f"at most {settings.max_batch} rows per request, got {len(rows)}")


def _validate(rows: list, parse) -> tuple[list, list[int], list[dict]]:
    valid, positions, rejected = [], [], []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            rejected.append({"index": index, "error": "each row must be a JSON object"})
            continue
        try:
            valid.append(parse(row))
            positions.append(index)
        except ValidationError as exc:
            rejected.append({"index": index, "error": describe_error(exc)[1]})
    return valid, positions, rejected


@router.post("/events", response_model=WritePublic, summary="Record shopper events")
def post_events(rows: Rows, store: StoreDep, settings: SettingsDep, request: Request):
    _check_size(rows, settings)
    valid, _, rejected = _validate(rows, lambda r: Event.from_row(r, event_types=settings.event_types))
    result = store.add_events(valid) if valid else None
    metrics = request.app.state.metrics
    if result is not None:
        metrics.events_ingested.inc(result.stored)
    return {"accepted": result.stored if result else 0, "duplicates": result.duplicates if result else 0,
            "rejected": rejected}


@router.put("/items", response_model=WritePublic, summary="Create or update catalogue items (partial updates allowed)")
def put_items(rows: Rows, store: StoreDep, settings: SettingsDep, request: Request):
    _check_size(rows, settings)
    valid, positions, rejected = _validate(rows, ItemPatch.model_validate)
    stored = 0
    if valid:
        result = store.upsert_items(valid)
        stored = result.stored
        rejected += [{"index": positions[i], "error": message} for i, _, message in result.rejected]
        request.app.state.holder.apply_catalog_changes()  # this worker at once; the others on their next poll
    rejected.sort(key=lambda r: r["index"])
    return {"accepted": stored, "duplicates": 0, "rejected": rejected}
