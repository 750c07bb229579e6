"""Request and response bodies, as the OpenAPI document at /docs shows them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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


# -- write bodies: typed for the OpenAPI document (and the clients and fuzzers generated from it),
# loose on purpose: every field is optional and any extra is allowed, so a bad row is rejected on
# its own with its reason by `store.schema` (the route reads the body as a list of anything), never
# a 422 for the whole batch.

class EventRow(BaseModel):
    """One event as sent (see `store.schema.Event` for what makes it valid)."""

    model_config = ConfigDict(extra="allow")

    event_id: str | None = None
    user_id: str | None = None
    item_id: str | None = None
    type: str | None = Field(default=None, examples=["view"],
                             description="view, click, add_to_cart, remove_from_cart, purchase, search, "
                                         "or a type the store configures")
    timestamp: str | float | None = Field(
        default=None, description="ISO 8601 or epoch seconds; at most a day ahead of the server clock; "
                                  "absent: the time the server received it")
    quantity: float | None = None
    price: float | None = None
    session_id: str | None = None
    query: str | None = None
    channel: str | None = None


class ItemRow(BaseModel):
    """One catalogue row as sent (see `store.schema.ItemPatch`): a new item needs a title, an update
    only the fields it changes. Unknown fields are attributes; lists stay lists, objects are
    flattened with dotted keys."""

    model_config = ConfigDict(extra="allow")

    item_id: str | None = None
    title: str | None = None
    description: str | None = None
    category: str | list[str] | None = None
    brand: str | None = None
    price: float | None = None
    currency: str | None = None
    in_stock: bool | None = None
    attributes: dict[str, str | float | bool | list[str] | dict[str, Any] | None] | None = None
    image_url: str | None = None
    created_at: str | float | None = None


def rows_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a write route: a JSON array of `model` rows (`openapi_extra`:
    the route itself reads any JSON array, so rows are validated one by one)."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "array", "items": model.model_json_schema(ref_template="#/components/schemas/{model}")}}}}}


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


# -- the pages' catalogue lookup and the operator dashboard (api/routes/pages.py, admin.py) ---

class ItemPublic(BaseModel):
    model_config = ConfigDict(extra="allow")

    item_id: str
    title: str
    category: str | None = None
    brand: str | None = None
    price: float | None = None
    currency: str | None = None
    in_stock: bool = True


class ItemsPublic(BaseModel):
    items: list[ItemPublic]
    missing: list[str]


class BundleSummary(BaseModel):
    version: str
    created_at: str | None = None
    current: bool
    promoted_by_training: bool | None = None
    gate: str | None = None
    primary_metric: str | None = None
    metrics: dict[str, float]
    data: dict[str, Any]


class BundleHistoryEntry(BaseModel):
    version: str
    at: str
    reason: str


class BundlesPublic(BaseModel):
    current: str | None
    serving: str | None
    bundles: list[BundleSummary]
    history: list[BundleHistoryEntry]


class BundleDetailPublic(BaseModel):
    version: str
    current: bool
    manifest: dict[str, Any]
    report: dict[str, Any] | None


class PromotedPublic(BaseModel):
    current: str
    previous: str | None
    serving: str | None
    reload_interval_s: float


class DailyEventsPublic(BaseModel):
    days: list[str]
    types: list[str]
    counts: dict[str, list[int]]
    totals: list[int]


class QueryCount(BaseModel):
    query: str
    searches: int
    last_at: str | None
    zero_result_searches: int | None = None
    avg_results: float | None = None


class QueriesPublic(BaseModel):
    searches: int
    distinct_queries: int
    zero_result_searches: int
    top: list[QueryCount]
    zero_results: list[QueryCount]


class RouteLatency(BaseModel):
    route: str
    requests: int
    p50_ms: float
    p95_ms: float
    p99_ms: float


class LatencyPublic(BaseModel):
    routes: list[RouteLatency]
    source: str


class ShopperPublic(BaseModel):
    user_id: str
    events: int
    purchases: int
    last_at: str | None
    top_category: str | None = None


class ShoppersPublic(BaseModel):
    shoppers: list[ShopperPublic]


class OverviewPublic(BaseModel):
    serving: str | None
    current: str | None
    items: int
    events: int
    events_by_type: dict[str, int]
    index_items: int | None
    searches: dict[str, int]
    search_log: dict[str, int]
    report: dict[str, Any] | None
