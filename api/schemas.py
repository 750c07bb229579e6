"""Request and response bodies, as the OpenAPI document at /docs shows them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorPublic(BaseModel):
    error: ErrorDetail


class ItemHit(BaseModel):
    model_config = ConfigDict(extra="allow")

    item_id: str
    score: float


class SearchPublic(BaseModel):
    query: str
    understood: dict[str, Any]
    total: int
    items: list[ItemHit]
    facets: dict[str, Any]
    did_you_mean: str | None = None
    relaxed: bool = False


class Recommendation(BaseModel):
    model_config = ConfigDict(extra="allow")

    item_id: str
    score: float
    reason: str


class RecommendationsPublic(BaseModel):
    user_id: str
    scenario: str
    items: list[Recommendation]
    model_version: str


class RelatedPublic(BaseModel):
    item_id: str
    items: list[Recommendation]
    model_version: str


class RowError(BaseModel):
    index: int
    error: str


class WritePublic(BaseModel):
    accepted: int
    duplicates: int = 0
    rejected: list[RowError]


class AutocompletePublic(BaseModel):
    query: str
    suggestions: list[str]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorPublic} for status in (401, 403, 404, 413, 422, 503)
}
