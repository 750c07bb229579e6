"""A hot route's parameters read in one pydantic validation, and documented from the same model.

FastAPI validates each declared parameter on its own and inspects its type again on every
request (about a third of a recommendation request: `benchmarks/request_path.py --profile`). A
route that takes only `Request` and calls `parse(Model, request)` pays one `model_validate`;
`openapi_parameters(Model)` writes the same parameters into the OpenAPI document (the route's
`openapi_extra`), so clients and fuzzers see what is validated. A wrong value answers 422 in the
same words as FastAPI's own (`api.errors`).
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from recsys.scenarios import SCENARIOS
from store.filters import Filters

M = TypeVar("M", bound=BaseModel)

# the bounds of the filter parameters, one place for both ways of reading them (`api.deps.get_filters`)
MAX_CATEGORY, MAX_BRAND, MAX_COLOR, MAX_PRICE = 300, 200, 64, 1e12
CATEGORY_DOC = "category path prefix, e.g. 'Clothing > Women'"
IN_STOCK_DOC = "true drops out-of-stock items"


class FilterParams(BaseModel):
    model_config = ConfigDict(extra="ignore")

    category: str | None = Field(None, max_length=MAX_CATEGORY, description=CATEGORY_DOC)
    brand: str | None = Field(None, max_length=MAX_BRAND)
    color: str | None = Field(None, max_length=MAX_COLOR)
    min_price: float | None = Field(None, ge=0, le=MAX_PRICE)
    max_price: float | None = Field(None, ge=0, le=MAX_PRICE)
    in_stock: bool | None = Field(None, description=IN_STOCK_DOC)


class RecsParams(FilterParams):
    user_id: str = Field(min_length=1, max_length=256)  # the path's
    limit: int = Field(10, ge=1, description="at most the setting max_limit")
    scenario: Literal[tuple(SCENARIOS)] | None = Field(  # type: ignore[valid-type]  # the service's table
        None, description="default: read from the shopper's recent events (or a running experiment's variant's)")
    exclude: Literal["purchased", "interacted", "none"] | None = None
    items: str | None = Field(None, max_length=5000, description="comma-separated recent item ids (anonymous sessions)")
    session_id: str | None = Field(None, max_length=256, description="the shopper's session, kept with the impression")


class SearchParams(FilterParams):
    q: str = Field("", description="what the shopper typed (at most the setting max_query_length)")
    limit: int = Field(10, ge=1, description="at most the setting max_limit")
    offset: int = Field(0, ge=0, description="at most the setting max_offset")
    user_id: str | None = Field(None, max_length=256)
    sort: Literal["relevance", "price_asc", "price_desc"] = "relevance"
    session_id: str | None = Field(None, max_length=256, description="the shopper's session, kept with the impression")
    facets: Literal["all", "none"] = Field("all", description="'none' skips the facet counts (an empty `facets`): a "
                                           "search box or an API client that shows no facets saves about a tenth of a search")


def parse(model: type[M], request: Request) -> M:
    """The request's query and path parameters as `model` (422 on a wrong one). A parameter
    given twice counts once, its last value, as FastAPI reads a single-valued one."""
    try:
        return model.model_validate({**request.query_params, **request.path_params})
    except ValidationError as exc:
        path = request.path_params
        raise RequestValidationError([{**e, "loc": ("path" if e["loc"][:1] and e["loc"][0] in path else "query",
                                                    *e["loc"])} for e in exc.errors(include_url=False)]) from None


def filters_of(params: FilterParams | Any, attributes: dict[str, list[str]]) -> Filters:
    """The request's `Filters` from its filter parameters and `attr.<key>` ones (FilterError:
    400); a price range upside down answers 422, as every other out-of-range parameter does."""
    if params.min_price is not None and params.max_price is not None and params.min_price > params.max_price:
        raise HTTPException(422, "min_price must not exceed max_price")
    return Filters.parse({"category": params.category, "brand": params.brand, "color": params.color,
                          "min_price": params.min_price, "max_price": params.max_price, "in_stock": params.in_stock,
                          **attributes})


def openapi_parameters(model: type[BaseModel], *, path: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """`model`'s fields as OpenAPI parameters (those named in `path` in the path), as FastAPI
    would write them for the same declarations."""
    schema = model.model_json_schema()
    required = set(schema.get("required", []))
    out = []
    for name, prop in schema["properties"].items():
        prop = dict(prop)
        description = prop.pop("description", None)
        entry = {"name": name, "in": "path" if name in path else "query", "required": name in required or name in path,
                 "schema": prop}
        if description:
            entry["description"] = description
        out.append(entry)
    return sorted(out, key=lambda p: p["in"] != "path")
