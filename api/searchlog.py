"""The search log: what shoppers typed and how many results they got, for the operator
dashboard's top and zero-result queries; and `BufferedLog`, how every log the request path
writes (this one, the impressions of `api.impressions`) reaches the store.

`SearchLog.record` costs one deque append on the request path; a background task writes the
buffer to the store (`Store.add_searches`) every `interval_s` and once more at shutdown. A
store that is down loses no searches until the buffer holds `max_buffered`; beyond that new
searches are counted in `dropped` and not kept (the log is analytics, never worth a slow search).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Request

from store.db import Store

log = logging.getLogger("kaiyu.api")


class BufferedLog:
    """Rows noted on the request path, buffered in memory (bounded: `max_buffered`, beyond which
    rows are counted in `dropped`) and written to the store in batches by a background task.
    A subclass says how a batch is written (`write`) and what its rows are called (`what`)."""

    what = "rows"

    def __init__(self, store: Store, *, interval_s: float = 1.0, max_buffered: int = 100_000):
        self.store = store
        self.interval_s = interval_s
        self.max_buffered = max_buffered
        self.dropped = 0
        self.written = 0
        self._buffer: deque = deque()  # append and popleft are thread-safe
        self._task: asyncio.Task | None = None

    def append(self, row) -> None:
        """Buffer one row (the request path's whole cost), or count it dropped when full."""
        if len(self._buffer) >= self.max_buffered:
            self.dropped += 1
            return
        self._buffer.append(row)

    def write(self, rows: list) -> None:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._buffer)

    def flush(self) -> int:
        """Write what is buffered (blocking); returns the rows written. When the store cannot be
        reached the rows go back to the front of the buffer for the next attempt; rows the store
        refuses (a data error, which no retry cures) are dropped and counted in `dropped`, so one
        bad row can never wedge the log."""
        rows = []
        with contextlib.suppress(IndexError):
            while True:
                rows.append(self._buffer.popleft())
        if not rows:
            return 0
        try:
            self.write(rows)
        except (sa.exc.DBAPIError, sa.exc.StatementError, ValueError, TypeError) as exc:
            if isinstance(exc, sa.exc.DBAPIError) and (exc.connection_invalidated or isinstance(
                    exc, (sa.exc.OperationalError, sa.exc.InterfaceError))):
                return self._requeue(rows)
            self.dropped += len(rows)
            log.warning("the store refused %d %s (%s); dropped", len(rows), self.what, type(exc).__name__)
            return 0
        except Exception:
            return self._requeue(rows)
        self.written += len(rows)
        return len(rows)

    def _requeue(self, rows: list[dict]) -> int:
        """Put `rows` back at the front for the next flush (as many as there is room for)."""
        room = max(self.max_buffered - len(self._buffer), 0)
        self._buffer.extendleft(reversed(rows[-room:] if room else []))
        self.dropped += len(rows) - min(room, len(rows))
        log.warning("could not write %d %s to the store; will retry", len(rows), self.what, exc_info=True)
        return 0

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            if self._buffer:
                await asyncio.to_thread(self.flush)

    def start(self) -> None:
        """Start the flusher on the running event loop."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"kaiyu-{self.what}")

    async def stop(self) -> None:
        """Stop the flusher and write what is left."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await asyncio.to_thread(self.flush)


class SearchLog(BufferedLog):
    """Searches seen by this worker, buffered in memory and written to the store in batches."""

    what = "searches"

    def record(self, query: str, total: int, *, user_id: str | None = None, refined: bool = False) -> None:
        """Note one search. `refined` searches (a later page, or the same query filtered or
        sorted) are not new searches and are not logged; nor are blank ones."""
        if refined or not query or query.isspace():
            return
        self.append({"query": query, "total": int(total), "user_id": user_id, "ts": time.time()})

    def write(self, rows: list[dict]) -> None:
        self.store.add_searches(rows)


async def get_search_log(request: Request) -> SearchLog:
    return request.app.state.searchlog


SearchLogDep = Annotated[SearchLog, Depends(get_search_log)]
