"""Health, readiness and Prometheus metrics."""

from __future__ import annotations

import os

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from api.deps import EngineDep

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is up")
def healthz():
    return {"status": "ok"}


@router.get("/readyz", summary="A model bundle is loaded and the store answers")
def readyz(engine: EngineDep, request: Request):
    try:
        request.app.state.store.count_items()
    except Exception as exc:
        return JSONResponse({"status": "not ready", "reason": f"store unavailable: {type(exc).__name__}"}, 503)
    if engine.version is None:
        return JSONResponse({"status": "not ready", "reason": "no bundle promoted yet: run kaiyu train"}, 503)
    return {"status": "ready", "model_version": engine.version}


@router.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse)
def metrics(request: Request):
    request.app.state.metrics.observe_engine(request.app.state.holder)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = request.app.state.metrics.registry
    return PlainTextResponse(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
