"""The app factory. `create_app()` reads settings from the environment; each worker loads the
promoted bundle once at start and then follows promotions (see `api.engine`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from contextlib import asynccontextmanager

from fastapi import FastAPI
from api import errors
from api.config import ApiSettings, get_settings
from api.cors import Cors
from api.engine import EngineHolder
from api.gate import Gate, is_loopback_name
from api.keys import load_keyring
from api.merchandising import Merchandising
from api.measurement import Measurement
from api.metrics import Metrics, MetricsMiddleware
from api.ratelimit import RateLimits
from api.recs_cache import RecsCache
from api.routes import rules as rules_routes
from api.routes import admin, experiments, ingest, ops, pages, recommend, search
from api.impressions import ImpressionLog
from api.searchlog import SearchLog
from store.db import Store

log = logging.getLogger("kaiyu.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings: ApiSettings = app.state.settings
    switch_before = sys.getswitchinterval()
    sys.setswitchinterval(settings.switch_interval_ms / 1000)  # the worker's threads and its event loop
    store = Store(settings.db_url)
    holder = EngineHolder(settings.home, store, interval_s=settings.reload_interval_s)
    await asyncio.to_thread(holder.load_current)
    app.state.store, app.state.holder = store, holder
    app.state.searchlog = searchlog = SearchLog(store)
    searchlog.start()
    app.state.impressions = impressions = ImpressionLog(store)  # what responses showed: api.impressions
    impressions.start()
    app.state.measurement = measurement = Measurement(store)  # experiments, suggestions: api.measurement
    measurement.start()
    app.state.merch = merch = Merchandising(store, holder)  # rules and synonyms, live: api.merchandising
    await asyncio.to_thread(merch.refresh)
    merch.start()
    watcher = asyncio.create_task(holder.watch())
    log.info("Kaiyu ready: bundle %s, home %s", holder.engine.version, settings.home)
    try:
        yield
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        await measurement.stop()
        await searchlog.stop()
        await impressions.stop()
        await merch.stop()
        store.close()
        sys.setswitchinterval(switch_before)


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or get_settings()
    keyring = load_keyring(settings.api_keys, settings.home)
    if not keyring and settings.bind_host is not None and not is_loopback_name(settings.bind_host):
        raise RuntimeError(f"no API keys configured, so Kaiyu serves this machine only and will not bind "
                           f"{settings.bind_host}: set KAIYU_API_KEYS or create keys to serve other hosts")
    app = FastAPI(title="Kaiyu", version="0.1.0", lifespan=lifespan,
                  description="Recommendations and product search learned from a store's own history.")
    app.state.settings = settings
    app.state.keyring = keyring
    app.state.metrics = Metrics()
    app.state.recs_cache = RecsCache(settings.recs_cache_entries)  # the service's answers, reused: api.recs_cache
    errors.install(app)
    for router in (search.router, recommend.router, ingest.router, ops.router, admin.router, experiments.router,
                   pages.router):
        app.include_router(router)
    app.include_router(rules_routes.router)  # merchandising: /v1/admin/rules, /v1/admin/synonyms
    origins = settings.cors_origins.split()
    app.add_middleware(Gate, keyring=keyring, limits=RateLimits(settings.rate_limit_per_key, settings.rate_limit_per_ip),
                       max_bytes=settings.max_body_bytes, origins=origins)
    if origins:  # outside the gate: its refusals reach a storefront's page readable (api.cors)
        app.add_middleware(Cors, origins=origins)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    return app
