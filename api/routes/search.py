"""Product search and autocomplete."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from api.deps import EngineDep, FiltersDep, ReadKey, SettingsDep, StoreDep, check_bounds
from api.merchandising import MerchDep
from api.impressions import ImpressionLogDep
from api.measurement import SearchVariant, changes_of, search_config
from api.schemas import ERROR_RESPONSES, AutocompletePublic, SearchPublic
from api.searchlog import SearchLogDep

router = APIRouter(prefix="/v1", tags=["search"], dependencies=[ReadKey], responses=ERROR_RESPONSES)


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


@router.get("/search", response_model=SearchPublic, summary="Search the catalogue")
def search(
    engine: EngineDep, store: StoreDep, settings: SettingsDep, filters: FiltersDep, searches: SearchLogDep,
    merch: MerchDep, impressions: ImpressionLogDep, request: Request,
    variant: SearchVariant,  # the A/B variant of a running search experiment (api.measurement), or None
    q: Annotated[str, Query(description="what the shopper typed (at most the setting max_query_length)")] = "",
    limit: Annotated[int, Query(ge=1, description="at most the setting max_limit")] = 10,
    offset: Annotated[int, Query(ge=0, description="at most the setting max_offset")] = 0,
    user_id: Annotated[str | None, Query(max_length=256)] = None,
    sort: Annotated[Literal["relevance", "price_asc", "price_desc"], Query()] = "relevance",
    session_id: Annotated[str | None, Query(max_length=256, description="the shopper's session, kept with the impression")] = None,
    facets: Annotated[Literal["all", "none"], Query(description="'none' skips the facet counts (an empty `facets`): "
                                                    "a search box or an API client that shows no facets saves about a tenth of a search")] = "all",
):
    check_bounds(settings, limit=limit, offset=offset, query=q)
    searcher, changes = engine.require("search"), changes_of(request)  # a variant's: its settings and rule set
    result = merch.search(  # with the live synonyms and merchandising rules: api.merchandising
        searcher, q, limit=limit, offset=offset, filters=filters, user_profile=user_profile(store, user_id, settings.event_weights),
        sort=None if sort == "relevance" else sort, facets=facets == "all", config=search_config(searcher.config, changes),
        rule_set=changes.rule_set if changes is not None else None)
    searches.record(q, result["total"], user_id=user_id, refined=bool(offset or filters or sort != "relevance"))
    return {"variant": variant, **impressions.search(request, result, query=q, user_id=user_id, session_id=session_id, filters=filters,
                              offset=offset, explore_share=settings.search_explore_share if sort == "relevance" and not offset else 0.0)}


@router.get("/autocomplete", response_model=AutocompletePublic, summary="Complete a partial query")
def autocomplete(engine: EngineDep, settings: SettingsDep, request: Request, q: Annotated[str, Query()] = "",
                 limit: Annotated[int, Query(ge=1, le=20)] = 8):
    """Queries shoppers ran that led to clicks or purchases (mined from the log on a timer: at
    least 3 distinct shoppers, decayed popularity, never a blocked term: `api.measurement`),
    then the catalogue's own completions."""
    check_bounds(settings, query=q)
    catalogue = engine.require("search").autocomplete(q, limit=limit)
    return {"query": q, "suggestions": request.app.state.measurement.complete(q, limit, catalogue)}
