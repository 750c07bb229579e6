"""The app factory. `create_app()` reads settings from the environment; each worker loads the
promoted bundle once at start and then follows promotions (see `api.engine`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.config import ApiSettings, get_settings
from api.engine import EngineHolder
from api.keys import load_keyring
from api.metrics import Metrics, MetricsMiddleware
from api.routes import ingest, ops, recommend, search
from recsys.store import Store

log = logging.getLogger("kaiyu.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings: ApiSettings = app.state.settings
    store = Store(settings.db_url)
    holder = EngineHolder(settings.home, store, interval_s=settings.reload_interval_s)
    await asyncio.to_thread(holder.load_current)
    app.state.store, app.state.holder = store, holder
    watcher = asyncio.create_task(holder.watch())
    log.info("Kaiyu ready: bundle %s, home %s", holder.engine.version, settings.home)
    try:
        yield
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        store.close()


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Kaiyu", version="0.1.0", lifespan=lifespan,
                  description="Recommendations and product search learned from a store's own history.")
    app.state.settings = settings
    app.state.keyring = load_keyring(settings.api_keys, settings.home)
    app.state.metrics = Metrics()
    errors.install(app)
    for router in (search.router, recommend.router, ingest.router, ops.router):
        app.include_router(router)
    if settings.cors_origins.split():
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins.split(),
                           allow_methods=["GET"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > settings.max_body_bytes):
            return errors.error_response(413, f"request body over {settings.max_body_bytes} bytes")
        return await call_next(request)

    return app
