"""Recommendations for a shopper, and items related to an item."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from api.deps import EngineDep, FiltersDep, ReadKey, SettingsDep, StoreDep, check_bounds
from api.merchandising import MerchDep
from api.impressions import ImpressionLogDep
from api.measurement import RecsVariant, changes_of
from api.schemas import ERROR_RESPONSES, RecommendationsPublic, RelatedPublic
from store.filters import Filters

router = APIRouter(prefix="/v1", tags=["recommendations"], dependencies=[ReadKey], responses=ERROR_RESPONSES)

Scenario = Literal["for-you", "similar", "bought-together", "buy-again", "trending", "session"]
IdPath = Annotated[str, Path(min_length=1, max_length=256)]
Limit = Annotated[int, Query(ge=1, description="at most the setting max_limit")]


@router.get("/users/{user_id}/recommendations", response_model=RecommendationsPublic,
            summary="Recommendations for a shopper (an unknown shopper gets cold-start results)")
async def recommendations(
    engine: EngineDep, store: StoreDep, settings: SettingsDep, filters: FiltersDep, user_id: IdPath, merch: MerchDep,
    impressions: ImpressionLogDep, request: Request,
    variant: RecsVariant,  # the A/B variant of a running recs experiment (api.measurement), or None
    limit: Limit = 10,
    scenario: Annotated[Scenario | None, Query(description="default: read from the shopper's recent events "
                                               "(or a running experiment's variant's)")] = None,
    exclude: Annotated[Literal["purchased", "interacted", "none"] | None, Query()] = None,
    items: Annotated[str | None, Query(max_length=5000, description="comma-separated recent item ids (anonymous sessions)")] = None,
    session_id: Annotated[str | None, Query(max_length=256, description="the shopper's session, kept with the impression")] = None,
):
    check_bounds(settings, limit=limit)
    service = engine.require("recsys")
    session_items = [i for i in (items or "").split(",") if i.strip()][:50] or None
    changes = changes_of(request)
    rule_set = changes.rule_set if changes is not None else None
    if scenario is None and changes is not None:  # a scenario the request names is the storefront's choice
        scenario = changes.scenario
    if exclude is None:
        exclude = "none" if scenario == "buy-again" else "purchased"
    try:
        result = service.recommend(user_id, k=merch.depth(service, limit, rule_set), scenario=scenario, history=store.recent_interactions(user_id, limit=50),
                                   session_items=session_items, filters=filters, exclude=exclude)
    except ValueError as exc:  # a request the service cannot serve as asked (e.g. a scenario without its item)
        raise HTTPException(400, str(exc)) from None
    result.setdefault("user_id", user_id)
    result["model_version"] = engine.version
    result["items"], result["applied_rules"] = merch.recommendations(service, result["items"], result["scenario"], limit,
                                                                     rule_set)
    result["variant"] = variant
    return impressions.recs(request, result, scenario=result.get("scenario"), user_id=user_id, session_id=session_id,
                            filters=filters)


def _related(engine, merch, item_id: str, method: str, limit: int, filters: Filters, impressions, request) -> dict:
    service = engine.require("recsys")
    try:
        items = getattr(service, method)(item_id, k=merch.depth(service, limit), filters=filters)
    except KeyError:
        raise HTTPException(404, f"unknown item {item_id!r}") from None
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
    items, applied = merch.recommendations(service, items, method.replace("_", "-"), limit)
    return impressions.recs(request, {"item_id": item_id, "items": items, "model_version": engine.version,
                            "applied_rules": applied},
                            scenario=method.replace("_", "-"), filters=filters)


@router.get("/items/{item_id}/similar", response_model=RelatedPublic, summary="Items like this one")
async def similar(engine: EngineDep, merch: MerchDep, settings: SettingsDep, filters: FiltersDep, item_id: IdPath,
                  impressions: ImpressionLogDep, request: Request, limit: Limit = 10):
    check_bounds(settings, limit=limit)
    return _related(engine, merch, item_id, "similar", limit, filters, impressions, request)


@router.get("/items/{item_id}/bought-together", response_model=RelatedPublic, summary="Frequently bought together")
async def bought_together(engine: EngineDep, merch: MerchDep, settings: SettingsDep, filters: FiltersDep, item_id: IdPath,
                          impressions: ImpressionLogDep, request: Request, limit: Limit = 10):
    check_bounds(settings, limit=limit)
    return _related(engine, merch, item_id, "bought_together", limit, filters, impressions, request)
