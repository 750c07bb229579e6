"""Prometheus metrics of one app. With several workers, `kaiyu serve` sets
`PROMETHEUS_MULTIPROC_DIR` and `/metrics` adds up every worker's numbers."""

from __future__ import annotations

import time
from collections.abc import Sized

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Receive, Scope, Send

BUCKETS = (0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("kaiyu_requests", "HTTP requests", ["route", "method", "status"], registry=r)
        self.latency = Histogram("kaiyu_request_seconds", "request latency", ["route"], buckets=BUCKETS, registry=r)
        self.events_ingested = Counter("kaiyu_events_ingested", "events stored through the API", registry=r)
        self.model_version = Gauge("kaiyu_model_version_info", "the bundle a worker serves", ["version"],
                                   registry=r, multiprocess_mode="liveall")
        self.index_items = Gauge("kaiyu_index_items", "items in the serving search index", registry=r,
                                 multiprocess_mode="livemax")
        self.swaps = Gauge("kaiyu_bundle_swaps", "bundles loaded by a worker since it started", registry=r,
                           multiprocess_mode="livesum")
        self._version = None

    def observe_engine(self, holder) -> None:
        engine = holder.engine
        if engine.version != self._version:
            if self._version is not None:
                self.model_version.remove(self._version)
            self._version = engine.version
            if engine.version is not None:
                self.model_version.labels(engine.version).set(1)
        search = engine.search
        if isinstance(search, Sized):
            self.index_items.set(len(search))
        self.swaps.set(holder.swaps)


class MetricsMiddleware:
    """Counts and times every request by its route template (not its raw path)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        self._children: dict[tuple, tuple] = {}  # bounded: route templates x methods x statuses

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            name = getattr(route, "path", "unmatched")
            key = (name, scope["method"], status["code"])
            children = self._children.get(key)
            if children is None:  # the labelled series, looked up once (label look-ups take a lock)
                children = self._children[key] = (self.metrics.requests.labels(name, key[1], str(key[2])),
                                                  self.metrics.latency.labels(name))
            children[0].inc()
            children[1].observe(time.perf_counter() - started)
