"""The app factory. `create_app()` reads settings from the environment; each worker loads the
promoted bundle once at start and then follows promotions (see `api.engine`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.config import ApiSettings, get_settings
from api.engine import EngineHolder
from api.keys import load_keyring
from api.metrics import Metrics, MetricsMiddleware
from api.routes import admin, ingest, ops, pages, recommend, search
from api.searchlog import SearchLog
from store.db import Store

log = logging.getLogger("kaiyu.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings: ApiSettings = app.state.settings
    store = Store(settings.db_url)
    holder = EngineHolder(settings.home, store, interval_s=settings.reload_interval_s)
    await asyncio.to_thread(holder.load_current)
    app.state.store, app.state.holder = store, holder
    app.state.searchlog = searchlog = SearchLog(store)
    searchlog.start()
    watcher = asyncio.create_task(holder.watch())
    log.info("Kaiyu ready: bundle %s, home %s", holder.engine.version, settings.home)
    try:
        yield
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        await searchlog.stop()
        store.close()


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Kaiyu", version="0.1.0", lifespan=lifespan,
                  description="Recommendations and product search learned from a store's own history.")
    app.state.settings = settings
    app.state.keyring = load_keyring(settings.api_keys, settings.home)
    app.state.metrics = Metrics()
    errors.install(app)
    for router in (search.router, recommend.router, ingest.router, ops.router, admin.router, pages.router):
        app.include_router(router)
    if settings.cors_origins.split():
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins.split(),
                           allow_methods=["GET"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    return app


class BodyLimitMiddleware:
    """Refuses a body declared larger than `max_bytes` before reading it (plain ASGI: the
    decorator-style HTTP middleware costs a task per request on the hot path)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"content-length":
                    if not value.isdigit() or int(value) > self.max_bytes:
                        response = errors.error_response(413, f"request body over {self.max_bytes} bytes")
                        await response(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)
