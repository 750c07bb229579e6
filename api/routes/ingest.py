"""Writes: events and catalogue rows. Committed before the response; effective at once.

Each row is validated on its own (`store.schema`): a bad row is reported by index with its
reason and the rest are stored, so no row of any shape answers the batch with a 5xx. An untimed
event without an `event_id` is identified by its content, its place in the body and the body
itself (`Event.from_row`'s `origin`): a client retrying the same body within an hour or two
stores each row once.

POST /v1/events also takes an `events` key (a tracker's, shipped to browsers) and answers
storefront pages of the configured origins cross-site (`api.cors`); PUT /v1/items needs `write`.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Request
from pydantic import ValidationError

from api.deps import EventsKey, SettingsDep, StoreDep, WriteKey
from api.schemas import ERROR_RESPONSES, EventRow, ItemRow, WritePublic, rows_body
from store.schema import UNTIMED_RETRY_WINDOW_S, Event, ItemPatch, describe_error

router = APIRouter(prefix="/v1", tags=["ingestion"], responses=ERROR_RESPONSES)

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
            valid.append(parse(row, index))
            positions.append(index)
        except ValidationError as exc:
            rejected.append({"index": index, "error": describe_error(exc)[1]})
        except (ValueError, TypeError, OverflowError) as exc:  # a value no validator foresaw: still one row
            rejected.append({"index": index, "error": f"invalid row: {exc}"[:300]})
    return valid, positions, rejected


def body_digest(rows: list) -> str:
    """A digest of the request body as parsed: the same body sent again has the same one."""
    try:
        text = json.dumps(rows, sort_keys=True, ensure_ascii=True, default=str)  # ASCII: lone surrogates too
    except (RecursionError, ValueError, TypeError):  # nested past what the encoder walks: each row alone
        text = "\n".join(json.dumps(r, sort_keys=True, ensure_ascii=True, default=str)
                         if isinstance(r, dict) and _shallow(r) else f"#{i}" for i, r in enumerate(rows))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _shallow(row: dict) -> bool:
    return all(not isinstance(v, (dict, list)) for v in row.values())


@router.post("/events", response_model=WritePublic, summary="Record shopper events",
             openapi_extra=rows_body(EventRow), dependencies=[EventsKey])
def post_events(rows: Rows, store: StoreDep, settings: SettingsDep, request: Request):
    """`accepted`: rows stored by this request; `duplicates`: rows already stored (same
    `event_id`, or the same untimed row of the same body, sent before); `rejected`: per row."""
    _check_size(rows, settings)
    digest, window = body_digest(rows), int(time.time() // UNTIMED_RETRY_WINDOW_S)
    valid, _, rejected = _validate(rows, lambda row, index: Event.from_row(
        row, event_types=settings.event_types, origin=f"body:{digest}:{index}", retry_window=window))
    result = store.add_events(valid) if valid else None
    metrics = request.app.state.metrics
    if result is not None:
        metrics.events_ingested.inc(result.stored)
    return {"accepted": result.stored if result else 0, "duplicates": result.duplicates if result else 0,
            "rejected": rejected}


@router.put("/items", response_model=WritePublic, summary="Create or update catalogue items (partial updates allowed)",
            openapi_extra=rows_body(ItemRow), dependencies=[WriteKey])
def put_items(rows: Rows, store: StoreDep, settings: SettingsDep, request: Request):
    _check_size(rows, settings)
    valid, positions, rejected = _validate(rows, lambda row, _: ItemPatch.model_validate(row))
    stored = 0
    if valid:
        result = store.upsert_items(valid)
        stored = result.stored
        rejected += [{"index": positions[i], "error": message} for i, _, message in result.rejected]
        request.app.state.holder.apply_catalog_changes()  # this worker at once; the others on their next poll
    rejected.sort(key=lambda r: r["index"])
    return {"accepted": stored, "duplicates": 0, "rejected": rejected}
