"""A readers/writer lock: many searches at once, a live catalogue update alone.

Hand-written because the standard library has none, and the one rule the engine needs is small:
writers are preferred (a steady stream of searches cannot starve an update), a thread that holds
the read side may take it again (a search calling `understand`), and the thread holding the write
side may read (an update calling the engine's own readers)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator


class ReadWriteLock:
    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0          # read holds across threads (re-entries count once)
        self._writer: int | None = None  # thread id of the writer
        self._writes = 0           # the writer's re-entries
        self._waiting_writers = 0
        self._local = threading.local()

    def _held(self) -> int:
        return getattr(self._local, "reads", 0)

    @contextmanager
    def read(self) -> Iterator[None]:
        me = threading.get_ident()
        if self._held() or self._writer == me:  # re-entry, or the writer reading its own state
            self._local.reads = self._held() + 1
            try:
                yield
            finally:
                self._local.reads -= 1
            return
        with self._cond:
            while self._writer is not None or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        self._local.reads = 1
        try:
            yield
        finally:
            self._local.reads = 0
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        me = threading.get_ident()
        if self._writer == me:
            self._writes += 1
            try:
                yield
            finally:
                self._writes -= 1
            return
        if self._held():
            raise RuntimeError("a thread holding the read lock cannot take the write lock (it would deadlock)")
        with self._cond:
            self._waiting_writers += 1
            try:
                while self._writer is not None or self._readers:
                    self._cond.wait()
            finally:
                self._waiting_writers -= 1
            self._writer = me
        try:
            yield
        finally:
            with self._cond:
                self._writer = None
                self._cond.notify_all()
