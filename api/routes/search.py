"""Product search and autocomplete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from api.deps import EngineDep, ReadKey, SettingsDep, attribute_params, check_bounds, check_scope
from api.measurement import assign_variant, changes_of, search_config
from api.params import SearchParams, filters_of, openapi_parameters, parse
from api.responses import public
from api.schemas import ERROR_RESPONSES, AutocompletePublic, SearchPublic

router = APIRouter(prefix="/v1", tags=["search"], responses=ERROR_RESPONSES)


def user_profile(store, user_id: str | None, weights: dict[str, float], limit: int = 50) -> dict | None:
    """Category and brand affinities from a shopper's recent events, each weighed by its type's
    event weight (the store's `event_weights`; a negative one counts nothing), for personal ranking."""
    if not user_id:
        return None
    history = store.recent_interactions(user_id, limit=limit)
    items = store.get_items({e["item_id"] for e in history if e.get("item_id")})
    if not items:
        return None
    categories: dict[str, float] = {}
    brands: dict[str, float] = {}
    for event in history:
        item = items.get(event.get("item_id"))
        if item is None:
            continue
        w = max(0.0, float(weights.get(event["type"], 0.0)))
        if w == 0:
            continue
        if item.get("category"):
            categories[item["category"]] = categories.get(item["category"], 0.0) + w
        if item.get("brand"):
            brands[item["brand"]] = brands.get(item["brand"], 0.0) + w
    return {"categories": categories, "brands": brands}


@router.get("/search", response_model=SearchPublic, summary="Search the catalogue",
            openapi_extra={"parameters": openapi_parameters(SearchParams)})
def search(request: Request):
    # Parameters in one validation (`api.params`, documented from the same model), the app's
    # parts from `app.state` rather than one dependency each, the body encoded once
    # (`api.responses`): as the recommendation route. A plain `def`, run in the thread pool: a
    # search holds the CPU for milliseconds, which the event loop would otherwise wait out.
    check_scope(request, "read")  # what the other routes' `ReadKey` dependency does
    state = request.app.state
    ask = parse(SearchParams, request)
    q, limit, offset, user_id, sort = ask.q, ask.limit, ask.offset, ask.user_id, ask.sort
    settings = state.settings
    check_bounds(settings, limit=limit, offset=offset, query=q)
    filters = filters_of(ask, attribute_params(request))
    variant = assign_variant(request, "search")  # a running search experiment's variant (api.measurement), or None
    searcher, changes = state.holder.engine.require("search"), changes_of(request)  # a variant's: its settings and rule set
    result = state.merch.search(  # with the live synonyms and merchandising rules: api.merchandising
        searcher, q, limit=limit, offset=offset, filters=filters,
        user_profile=user_profile(state.store, user_id, settings.event_weights),
        sort=None if sort == "relevance" else sort, facets=ask.facets == "all", config=search_config(searcher.config, changes),
        rule_set=changes.rule_set if changes is not None else None)
    state.searchlog.record(q, result["total"], user_id=user_id, refined=bool(offset or filters or sort != "relevance"))
    return public(SearchPublic, {"variant": variant, **state.impressions.search(
        request, result, query=q, user_id=user_id, session_id=ask.session_id, filters=filters, offset=offset,
        explore_share=settings.search_explore_share if sort == "relevance" and not offset else 0.0)})


@router.get("/autocomplete", response_model=AutocompletePublic, summary="Complete a partial query",
            dependencies=[ReadKey])
def autocomplete(engine: EngineDep, settings: SettingsDep, request: Request, q: Annotated[str, Query()] = "",
                 limit: Annotated[int, Query(ge=1, le=20)] = 8):
    """Queries shoppers ran that led to clicks or purchases (mined from the log on a timer: at
    least 3 distinct shoppers, decayed popularity, never a blocked term: `api.measurement`),
    then the catalogue's own completions."""
    check_bounds(settings, query=q)
    catalogue = engine.require("search").autocomplete(q, limit=limit)
    return {"query": q, "suggestions": request.app.state.measurement.complete(q, limit, catalogue)}
