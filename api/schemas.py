"""Request and response bodies, as the OpenAPI document at /docs shows them."""

from __future__ import annotations

from typing import Any, Literal

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


class AppliedRule(BaseModel):
    """A merchandising rule that changed a response, at the version that did, and what it did
    (`{"action": "pin" | "hide" | "boost" | "bury" | "redirect", ...}`)."""

    rule_id: str
    version: int
    actions: list[dict[str, Any]]


class SearchPublic(BaseModel):
    query: str
    understood: dict[str, Any]
    total: int
    items: list[ItemHit]
    facets: dict[str, Any]
    did_you_mean: str | None = None
    relaxed: bool = False
    applied_rules: list[AppliedRule] = Field(default=[], description="the merchandising rules that changed this list")
    redirect: str | None = Field(default=None, description="a rule sends this query to this URL (not followed)")
    search_id: str = Field(description="this response's id (32 hex characters): send it back as `search_id`, with "
                             "the item's `position`, on the click, add_to_cart and purchase events it leads to, "
                             "so they are attributed to what this search showed")
    variant: str | None = Field(default=None, description="the A/B variant served (`experiment:variant`) while a "
                                "search experiment runs and the request names a shopper (user_id or session_id)")


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
    applied_rules: list[AppliedRule] = Field(default=[], description="the merchandising rules that changed this list")
    rec_id: str = Field(description="this response's id (32 hex characters): send it back as `rec_id`, with "
                             "the item's `position`, on the click, add_to_cart and purchase events it leads to, "
                             "so they are attributed to what these recommendations showed")
    variant: str | None = Field(default=None, description="the A/B variant served (`experiment:variant`) while a "
                                "recs experiment runs")


class RelatedPublic(BaseModel):
    item_id: str
    items: list[Recommendation]
    model_version: str
    applied_rules: list[AppliedRule] = Field(default=[], description="the merchandising rules that changed this list")
    rec_id: str = Field(description="this response's id (32 hex characters): send it back as `rec_id`, with "
                             "the item's `position`, on the click, add_to_cart and purchase events it leads to, "
                             "so they are attributed to what these recommendations showed")


# -- write bodies: typed for the OpenAPI document (and the clients and fuzzers generated from it).
# The document describes a valid row; the route itself reads the body as a list of anything and
# `store.schema` validates each row on its own, so a bad row is rejected with its reason and the
# rest stored, never a 422 for the whole batch.

ID_PATTERN = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]{0,254}[^\s\x00-\x1f\x7f-\x9f])?$"
"""An id as stored: 1 to 256 characters, no control character, no space at either end."""
KEY_PATTERN = r"^[^\s.\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]{0,126}[^\s.\x00-\x1f\x7f-\x9f])?$"
TIMESTAMP_PATTERN = (r"^(19[7-9][0-9]|20[01][0-9]|202[0-5])-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
                     r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?Z$")
Id = Field(min_length=1, max_length=256, pattern=ID_PATTERN)
VISIBLE = r"[^\s\x00-\x1f\x7f-\x9f]"  # text that holds something besides spaces and control characters


class EventRow(BaseModel):
    """One event about an item (see `store.schema.Event` for every rule). Without a timestamp it
    happened when the server received it; without an `event_id`, one is derived from its content."""

    model_config = ConfigDict(extra="allow")

    user_id: str = Id
    type: Literal["view", "click", "add_to_cart", "remove_from_cart", "purchase"] = Field(
        description="a built-in type, or one the store configures (`event_weights`)")
    item_id: str = Id
    timestamp: str | None = Field(
        default=None, pattern=TIMESTAMP_PATTERN,
        description="ISO 8601 (any offset; the pattern shows the plain UTC form) or epoch seconds; from 1970 "
                    "to a day ahead of the server clock; absent: when the server received it")
    event_id: str | None = Field(default=None, min_length=1, max_length=256, pattern=ID_PATTERN)
    quantity: float | None = Field(default=None, gt=0, le=1_000_000)
    price: float | None = Field(default=None, ge=0)
    session_id: str | None = Field(default=None, min_length=1, max_length=256, pattern=ID_PATTERN)
    channel: str | None = Field(default=None, max_length=64)
    search_id: str | None = Field(default=None, min_length=1, max_length=64, pattern=ID_PATTERN,
                                  description="the `search_id` of the search response that showed the item")
    rec_id: str | None = Field(default=None, min_length=1, max_length=64, pattern=ID_PATTERN,
                               description="the `rec_id` of the recommendation response that showed the item")
    position: int | None = Field(default=None, ge=1, le=10_000,
                                 description="the 1-based rank the item was shown at (offset + index + 1)")


class SearchEventRow(EventRow):
    """A search a shopper made: the query, and no item needed."""

    type: Literal["search"]
    item_id: str | None = Field(default=None, min_length=1, max_length=256, pattern=ID_PATTERN)
    query: str | None = Field(default=None, max_length=1000)


AttributeDoc = str | float | bool | list[str]


class ItemRow(BaseModel):
    """One catalogue row (see `store.schema.ItemPatch`): a new item needs a title, an update only
    the fields it changes. Unknown fields are attributes; lists stay lists of strings, objects
    are flattened with dotted keys (`{"dims": {"w": 3}}` is `dims.w = "3"`)."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, AttributeDoc] = Field(init=False)

    item_id: str = Id
    title: str | None = Field(default=None, min_length=1, max_length=2000, pattern=VISIBLE)
    description: str | None = Field(default=None, max_length=20_000)
    category: str | None = Field(default=None, max_length=1000, examples=["Clothing > Women > Dresses"])
    brand: str | None = Field(default=None, max_length=1000)
    price: float | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, max_length=8)
    in_stock: bool | None = None
    attributes: dict[str, AttributeDoc] | None = Field(default=None, max_length=200)
    image_url: str | None = Field(default=None, max_length=1000)
    created_at: str | None = Field(default=None, pattern=TIMESTAMP_PATTERN)


def rows_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a write route: a JSON array of `model` rows (`openapi_extra`:
    the route itself reads any JSON array, so rows are validated one by one). Attribute names
    (unknown fields, `attributes` keys) are described by `KEY_PATTERN`."""
    if model is EventRow:  # an item event or a search, told apart by `type`
        row = {"oneOf": [EventRow.model_json_schema(), SearchEventRow.model_json_schema()]}
    else:
        row = model.model_json_schema()
        row["propertyNames"] = {"pattern": KEY_PATTERN}
        row["properties"]["attributes"]["anyOf"][0]["propertyNames"] = {"pattern": KEY_PATTERN}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "array", "items": row}}}}}


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
