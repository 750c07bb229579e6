"""What a worker serves from: the promoted bundle's models plus the live store.

`EngineHolder.engine` is replaced by one reference assignment when a newer bundle is promoted,
so a request that picked up the old engine finishes on it and the next one gets the new one.
Catalogue changes written by any worker reach every worker's models through the store's change
sequence (`Store.items_changed_since`), from where the bundle's training read the catalogue.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.db import Store
from bundle.directory import BundleStore

log = logging.getLogger("kaiyu.api")


class NotReadyError(RuntimeError):
    """No bundle has been trained and promoted yet."""


@dataclass
class Engine:
    version: str | None
    manifest: dict[str, Any] = field(default_factory=dict)
    search: Any = None  # search.engine.SearchEngine
    recsys: Any = None  # recsys.service.RecommendationService
    loaded_at: float = field(default_factory=time.time)
    catalog_seen: int = 0  # the store's catalogue change sequence this engine has applied

    def require(self, part: str):
        component = getattr(self, part)
        if component is None:
            raise NotReadyError("no model bundle is serving yet: run `kaiyu train` (or `kaiyu demo`)")
        return component


def load_engine(bundles: BundleStore, version: str | None, store: Store) -> Engine:
    """Load a bundle's components. Heavy imports happen here, once per worker."""
    if version is None:
        return Engine(version=None)
    path = bundles.path(version)
    manifest = bundles.manifest(version)
    catalog = store.catalog()
    engine = Engine(version=version, manifest=manifest)
    if (path / "recsys").exists():
        from recsys.service import RecommendationService

        engine.recsys = RecommendationService.load(path / "recsys", catalog)
    if (path / "search").exists():
        from search.engine import SearchEngine

        # the dense part runs on the packaged MiniLM, or on the model fine-tuned for this bundle
        engine.search = SearchEngine.load(path / "search")
    engine.catalog_seen = _apply_catalog_changes(engine, store, since=catalog_start(manifest, store))
    return engine


def catalog_start(manifest: dict[str, Any], store: Store) -> int:
    """Where a bundle's models start following the store's catalogue change sequence: the
    sequence its training read the catalogue at (`catalog_snapshot_seq`). A bundle written
    before the sequence existed recorded a time (`catalog_snapshot_at`, epoch seconds), read as
    the sequence at that time, less a minute re-applied harmlessly; none at all: from the start."""
    seq = manifest.get("catalog_snapshot_seq")
    if isinstance(seq, int) and not isinstance(seq, bool):
        return seq
    at = manifest.get("catalog_snapshot_at")
    if isinstance(at, (int, float)) and not isinstance(at, bool):
        return store.catalog_sequence_at(float(at))
    return 0


def _apply_catalog_changes(engine: Engine, store: Store, since: int) -> int:
    """Feed items changed in the store after change `since` to the serving models; returns the
    newest change seen."""
    rows, newest = store.items_changed_since(since)
    if rows:
        if engine.search is not None:
            engine.search.update_items(rows)
        if engine.recsys is not None:
            engine.recsys.update_items(rows)
    return max(newest, since)


def settle_heap() -> None:
    """Take what is alive now (the loaded models and catalogue: millions of objects) out of the
    cyclic garbage collector's walks (`gc.freeze`). Unfrozen, every full collection walks them
    all: 110-130 ms with the Online Retail bundle, twice per 10 s per worker at 2,000 req/s, a
    stall every request in flight waits out (`benchmarks/stall_probe.py`). Frozen objects are
    still freed by reference counting; the previous bundle's cycles are collected here, once
    per swap (the one full walk a promotion costs), before the new heap is frozen."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class EngineHolder:
    """The current engine of this worker, and the loop that keeps it current."""

    def __init__(self, home: Path, store: Store, *, interval_s: float = 1.0):
        self.bundles = BundleStore(home)
        self.store = store
        self.interval_s = interval_s
        self.engine = Engine(version=None)
        self.swaps = 0
        self._feeding = threading.Lock()  # one catalogue feed at a time (request threads, the poll)

    @property
    def catalog_seen(self) -> int:
        """The store's catalogue change sequence the serving engine has applied."""
        return self.engine.catalog_seen

    def load_current(self) -> None:
        version = self.bundles.current()
        if version != self.engine.version:
            started = time.perf_counter()
            engine = load_engine(self.bundles, version, self.store)
            self.engine = engine  # the swap: one reference assignment
            self.swaps += 1
            del engine
            settle_heap()
            log.info("serving bundle %s (loaded in %.2f s)", version, time.perf_counter() - started)

    def apply_catalog_changes(self) -> None:
        """Feed catalogue writes made since the last look (by any worker) to the serving models."""
        with self._feeding:
            engine = self.engine  # each engine follows from where it is: a swap mid-feed loses nothing
            if engine.version is not None:
                engine.catalog_seen = _apply_catalog_changes(engine, self.store, engine.catalog_seen)

    def refresh(self) -> None:
        """One poll: swap to a newly promoted bundle, then apply catalogue changes."""
        self.load_current()
        self.apply_catalog_changes()

    async def watch(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                await asyncio.to_thread(self.refresh)
            except Exception:  # a broken new bundle must not take the worker down
                log.exception("reloading failed; still serving %s", self.engine.version)
