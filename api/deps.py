"""Dependencies shared by the routes: settings, the live engine, the store, keys, filters.

Every dependency here is `async def` on purpose: none of them blocks, and FastAPI runs a plain
`def` dependency in the thread pool, a thread hop per dependency per request that cost more than
the recommendation itself."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from api.config import ApiSettings
from api.engine import Engine
from api.gate import bearer_key, scopes_of
from api.params import (CATEGORY_DOC, IN_STOCK_DOC, MAX_BRAND, MAX_CATEGORY, MAX_COLOR, MAX_PRICE, FilterParams,
                        filters_of)
from store.db import Store
from store.filters import ATTRIBUTE_PREFIX, Filters


async def get_api_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


async def get_engine(request: Request) -> Engine:
    # taken once per request: a bundle swap mid-request does not change what this request uses
    return request.app.state.holder.engine


async def get_store(request: Request) -> Store:
    return request.app.state.store


SettingsDep = Annotated[ApiSettings, Depends(get_api_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
StoreDep = Annotated[Store, Depends(get_store)]


def check_scope(request: Request, scope: str, alternatives: tuple[str, ...] = ()) -> None:
    """Let a request through only with a key holding `scope` (or one of the `alternatives`):
    401 without a valid key, 403 without the scope. With no keys configured every caller is
    trusted, and `api.gate` lets only this machine call."""
    keyring = request.app.state.keyring
    if not keyring:
        return
    authorization = request.headers.get("authorization", "")
    if bearer_key(authorization) is None:
        raise HTTPException(401, "missing API key: send 'Authorization: Bearer KEY'",
                            headers={"WWW-Authenticate": "Bearer"})
    scopes = scopes_of(request.scope, keyring, authorization)
    if scopes is None:
        raise HTTPException(401, "unknown API key", headers={"WWW-Authenticate": "Bearer"})
    if scope not in scopes and not scopes & set(alternatives):
        raise HTTPException(403, f"this key lacks the '{scope}' scope")


def require(scope: str, *alternatives: str):
    """A dependency running `check_scope` (a hot route calls that itself: a dependency fewer)."""

    async def check(request: Request) -> None:
        check_scope(request, scope, alternatives)

    return Depends(check)


ReadKey = require("read")
WriteKey = require("write")
AdminKey = require("admin")
EventsKey = require("write", "events")  # POST /v1/events: an operator's write key or a tracker's events key


def check_bounds(settings: ApiSettings, *, limit: int | None = None, offset: int | None = None,
                 query: str | None = None) -> None:
    """The configured bounds (`max_limit`, `max_offset`, `max_query_length`): 422 beyond them."""
    if limit is not None and limit > settings.max_limit:
        raise HTTPException(422, f"limit: at most {settings.max_limit}")
    if offset is not None and offset > settings.max_offset:
        raise HTTPException(422, f"offset: at most {settings.max_offset}")
    if query is not None and len(query) > settings.max_query_length:
        raise HTTPException(422, f"q: at most {settings.max_query_length} characters")


MAX_ATTRIBUTE_FILTERS = 16
MAX_ATTRIBUTE_KEY = 64
MAX_ATTRIBUTE_VALUE = 200


def attribute_params(request: Request) -> dict[str, list[str]]:
    """The `attr.<key>=<value>` query parameters (a key given twice: either value), bounded:
    422 past `MAX_ATTRIBUTE_FILTERS` keys or a key or value too long."""
    params = request.query_params
    keys = [k for k in dict.fromkeys(params.keys()) if k.startswith(ATTRIBUTE_PREFIX)]
    if len(keys) > MAX_ATTRIBUTE_FILTERS:
        raise HTTPException(422, f"at most {MAX_ATTRIBUTE_FILTERS} attribute filters (attr.<name>=<value>)")
    out: dict[str, list[str]] = {}
    for key in keys:
        if len(key) - len(ATTRIBUTE_PREFIX) > MAX_ATTRIBUTE_KEY:
            raise HTTPException(422, f"attribute filter names: at most {MAX_ATTRIBUTE_KEY} characters")
        values = params.getlist(key)
        if any(len(v) > MAX_ATTRIBUTE_VALUE for v in values):
            raise HTTPException(422, f"{key}: at most {MAX_ATTRIBUTE_VALUE} characters")
        out[key] = values
    return out


async def get_filters(
    request: Request,
    category: Annotated[str | None, Query(max_length=MAX_CATEGORY, description=CATEGORY_DOC)] = None,
    brand: Annotated[str | None, Query(max_length=MAX_BRAND)] = None,
    color: Annotated[str | None, Query(max_length=MAX_COLOR)] = None,
    min_price: Annotated[float | None, Query(ge=0, le=MAX_PRICE)] = None,
    max_price: Annotated[float | None, Query(ge=0, le=MAX_PRICE)] = None,
    in_stock: Annotated[bool | None, Query(description=IN_STOCK_DOC)] = None,
) -> Filters:
    """The request's filters, parsed once here and handed as they are to search and to the
    recommendations. Any attribute filters too: `attr.size=M` (read from the query string, since
    their names are the catalogue's own; `attribute_params`). A `FilterError` answers 400
    (`api.errors`); a price range upside down answers 422 (`api.params.filters_of`, which the
    recommendation route calls itself)."""
    return filters_of(FilterParams.model_construct(category=category, brand=brand, color=color, min_price=min_price,
                                                   max_price=max_price, in_stock=in_stock), attribute_params(request))


FiltersDep = Annotated[Filters, Depends(get_filters)]
