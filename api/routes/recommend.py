"""Recommendations for a shopper, and items related to an item."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request

from api.deps import EngineDep, FiltersDep, ReadKey, SettingsDep, attribute_params, check_bounds, check_scope
from api.merchandising import MerchDep
from api.impressions import ImpressionLogDep
from api.measurement import assign_variant, changes_of
from api.params import RecsParams, filters_of, openapi_parameters, parse
from api.responses import public
from api.schemas import ERROR_RESPONSES, RecommendationsPublic, RelatedPublic
from store.filters import Filters

router = APIRouter(prefix="/v1", tags=["recommendations"], responses=ERROR_RESPONSES)

IdPath = Annotated[str, Path(min_length=1, max_length=256)]
Limit = Annotated[int, Query(ge=1, description="at most the setting max_limit")]


@router.get("/users/{user_id}/recommendations", response_model=RecommendationsPublic,
            summary="Recommendations for a shopper (an unknown shopper gets cold-start results)",
            openapi_extra={"parameters": openapi_parameters(RecsParams, path=("user_id",))})
async def recommendations(request: Request):
    # The hot route: its parameters read in one validation (`api.params`, documented from the
    # same model), the app's parts from `app.state` rather than through one dependency each
    # (FastAPI's parameter and dependency solving was a third of the request), the service's
    # answer reused while nothing it reads changed (`api.recs_cache`), the body encoded once
    # (`api.responses`; `response_model` above documents it).
    check_scope(request, "read")  # what the other routes' `ReadKey` dependency does
    state = request.app.state
    ask = parse(RecsParams, request)
    user_id, limit, scenario, exclude, session_id = ask.user_id, ask.limit, ask.scenario, ask.exclude, ask.session_id
    check_bounds(state.settings, limit=limit)
    filters = filters_of(ask, attribute_params(request))
    engine = state.holder.engine  # taken once: a bundle swap mid-request does not change what this one uses
    service, merch = engine.require("recsys"), state.merch
    variant = assign_variant(request, "recs")  # a running recs experiment's variant (api.measurement), or None
    session_items = [i for i in (ask.items or "").split(",") if i.strip()][:50] or None
    changes = changes_of(request)
    rule_set = changes.rule_set if changes is not None else None
    if scenario is None and changes is not None:  # a scenario the request names is the storefront's choice
        scenario = changes.scenario
    if exclude is None:
        exclude = "none" if scenario == "buy-again" else "purchased"
    try:
        result = state.recs_cache.recommend(engine, user_id, k=merch.depth(service, limit, rule_set), scenario=scenario,
                                            history=state.store.recent_interactions(user_id, limit=50),
                                            session_items=session_items, filters=filters, exclude=exclude)
    except ValueError as exc:  # a request the service cannot serve as asked (e.g. a scenario without its item)
        raise HTTPException(400, str(exc)) from None
    result = {**result, "user_id": result.get("user_id", user_id), "model_version": engine.version, "variant": variant}
    result["items"], result["applied_rules"] = merch.recommendations(service, result["items"], result["scenario"], limit,
                                                                     rule_set)
    return public(RecommendationsPublic, state.impressions.recs(
        request, result, scenario=result.get("scenario"), user_id=user_id, session_id=session_id, filters=filters))


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


@router.get("/items/{item_id}/similar", response_model=RelatedPublic, summary="Items like this one",
            dependencies=[ReadKey])
async def similar(engine: EngineDep, merch: MerchDep, settings: SettingsDep, filters: FiltersDep, item_id: IdPath,
                  impressions: ImpressionLogDep, request: Request, limit: Limit = 10):
    check_bounds(settings, limit=limit)
    return _related(engine, merch, item_id, "similar", limit, filters, impressions, request)


@router.get("/items/{item_id}/bought-together", response_model=RelatedPublic, summary="Frequently bought together",
            dependencies=[ReadKey])
async def bought_together(engine: EngineDep, merch: MerchDep, settings: SettingsDep, filters: FiltersDep, item_id: IdPath,
                          impressions: ImpressionLogDep, request: Request, limit: Limit = 10):
    check_bounds(settings, limit=limit)
    return _related(engine, merch, item_id, "bought_together", limit, filters, impressions, request)
