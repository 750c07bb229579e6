"""The store: the catalogue and the append-only event log, on SQLite or PostgreSQL.

One SQLAlchemy Core code path serves both databases. Writes are committed before they are
acknowledged; events are deduplicated by `event_id`; catalogue rows are upserted field by field,
so a price or stock change can be sent alone. Reads hand training what it needs as arrays.
The tables and row conversion are in `store.tables`, what reads return in `store.records`, the
search log and dashboard counts in `store.activity`; every name stays importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import sqlalchemy as sa

from store.activity import Activity
from store.impressions import Impressions
from store.records import Catalog, EventArrays, WriteResult
from store.schema import MAX_FUTURE, Event, ItemPatch
from store.tables import (create_tables, EVENT_COLUMNS, events_table, items_table, metadata, migrate, row_to_event,
                          row_to_item, search_log_table, search_query_key)
from store.writes import Writes

__all__ = ["Catalog", "EventArrays", "Store", "WriteResult", "events_table", "items_table", "metadata",
           "open_store", "search_log_table", "search_query_key"]


class Store:
    """The catalogue and event log behind one database URL.

    >>> store = Store("sqlite:///kaiyu-data/kaiyu.db")   # or postgresql://user:pw@host/db
    """

    def __init__(self, url: str, *, create: bool = True):
        self.url = url
        self.dialect = sa.engine.make_url(url).get_backend_name()
        if self.dialect == "postgresql" and sa.engine.make_url(url).drivername == "postgresql":
            url = str(sa.engine.make_url(url).set(drivername="postgresql+psycopg"))
        if self.dialect == "sqlite":
            database = sa.engine.make_url(url).database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = sa.create_engine(url, connect_args={"timeout": 30})
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.dialect == "postgresql":
            self.engine = sa.create_engine(url, pool_pre_ping=True)
        else:
            raise ValueError(f"unsupported database {self.dialect!r}: use sqlite:/// or postgresql://")
        if create:
            create_tables(metadata, self.engine)
            migrate(self.engine)
        self.activity = Activity(self.engine, self.dialect)
        self.writes = Writes(self.engine, self.dialect)
        self.impression_log = Impressions(self.engine, self.dialect)

    def close(self) -> None:
        self.engine.dispose()

    _recent_query = (sa.select(events_table.c.item_id, events_table.c.type, events_table.c.ts)
                     .where(events_table.c.user_id == sa.bindparam("user_id"))
                     .order_by(events_table.c.ts.desc(), events_table.c.seq.desc())
                     .limit(sa.bindparam("limit")))

    # -- writes: see `store.writes` ---------------------------------------------------------

    def add_events(self, events: Sequence[Event]) -> WriteResult:
        """Append validated events in one transaction; an `event_id` already stored (or seen
        earlier in the same batch, or stored first by a concurrent writer) is counted as a
        duplicate, and `stored` is the rows the database inserted (`Writes.add_events`)."""
        return self.writes.add_events(events)

    def upsert_items(self, patches: Sequence[ItemPatch]) -> WriteResult:
        """Create or update catalogue rows in one transaction, partial rows merged into stored
        ones, each written row given the next number of the change sequence (`Writes.upsert_items`)."""
        return self.writes.upsert_items(patches)

    # -- reads ----------------------------------------------------------------------------

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(items_table)).scalar_one()

    def count_events(self, *, by_type: bool = False) -> int | dict[str, int]:
        with self.engine.connect() as conn:
            if not by_type:
                return conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar_one()
            rows = conn.execute(sa.select(events_table.c.type, sa.func.count()).group_by(events_table.c.type))
            return {t: n for t, n in rows}

    def get_item(self, item_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(items_table).where(items_table.c.item_id == item_id)).mappings().first()
        return None if row is None else row_to_item(row)

    def get_items(self, item_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids, out = list(item_ids), {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 5000):
                for row in conn.execute(sa.select(items_table).where(
                        items_table.c.item_id.in_(ids[start:start + 5000]))).mappings():
                    out[row["item_id"]] = row_to_item(row)
        return out

    def items_changed_since(self, since: int) -> tuple[list[dict[str, Any]], int]:
        """Items written after change `since` of the store's change sequence, and the newest
        change among them (`since` when none): how serving processes pick up catalogue changes
        made through any of them. The sequence is given inside each write's transaction in
        commit order, so a write that commits late is never skipped."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(items_table).where(items_table.c.change_seq > since)
                                .order_by(items_table.c.change_seq)).mappings().all()
        if not rows:
            return [], since
        return [row_to_item(r) for r in rows], int(rows[-1]["change_seq"])

    def catalog_sequence(self) -> int:
        """The newest committed catalogue change (0: none): read before a catalogue snapshot, it
        is where that snapshot's followers start (`items_changed_since`)."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(items_table.c.change_seq), 0))).scalar_one())

    def catalog_sequence_at(self, when: float, *, overlap_s: float = 60.0) -> int:
        """The change sequence as it stood at epoch seconds `when` (less `overlap_s`, re-applied
        harmlessly): where a bundle written before the sequence existed, which recorded its
        catalogue snapshot as a time, starts following."""
        cols = items_table.c
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(cols.change_seq), 0))
                                    .where(cols.updated_at <= when - overlap_s)).scalar_one())

    def catalog(self) -> Catalog:
        """The whole catalogue as arrays, sorted by item_id."""
        cols = items_table.c
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(
                cols.item_id, cols.title, cols.description, cols.category, cols.brand, cols.price,
                cols.in_stock, cols.attributes).order_by(cols.item_id)).all()
        if not rows:
            empty = np.array([], dtype=object)
            return Catalog(empty, empty, empty, empty, empty, np.array([], dtype=float),
                           np.array([], dtype=bool), [])
        ids, titles, descs, cats, brands, prices, stock, attrs = zip(*rows)
        return Catalog(
            item_ids=np.array(ids, dtype=object), titles=np.array(titles, dtype=object),
            descriptions=np.array(descs, dtype=object), categories=np.array(cats, dtype=object),
            brands=np.array(brands, dtype=object),
            prices=np.array([np.nan if p is None else p for p in prices], dtype=np.float64),
            in_stock=np.array(stock, dtype=bool), attributes=[orjson.loads(a) for a in attrs])

    def event_arrays(self, *, since: datetime | None = None, until: datetime | None = None,
                     types: Sequence[str] | None = None, with_items_only: bool = True,
                     chunk_size: int = 100_000) -> EventArrays:
        """Events (optionally in a time window and of some types) as arrays, ordered by time:
        what the interaction matrix and the evaluation splits are built from. Streams from the
        database in chunks rather than materialising row objects. Without `until`, events more
        than `MAX_FUTURE` ahead of the clock (stored before the door refused them) are left
        out: training takes the newest event as "now", and one dated 2099 must not be it."""
        cols = events_table.c
        query = sa.select(cols.user_id, cols.item_id, cols.type, cols.ts, cols.quantity, cols.session_id)
        if with_items_only:
            query = query.where(cols.item_id.is_not(None))
        if since is not None:
            query = query.where(cols.ts >= since.timestamp())
        if until is None:
            until = datetime.now(timezone.utc) + MAX_FUTURE
        query = query.where(cols.ts < until.timestamp())
        if types is not None:
            query = query.where(cols.type.in_(list(types)))
        query = query.order_by(cols.ts, cols.seq)
        parts: list[list[tuple]] = []
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk_size).execute(query)
            for part in result.partitions(chunk_size):
                parts.append(part)
        rows = [r for part in parts for r in part]
        if not rows:
            empty = np.array([], dtype=object)
            return EventArrays(empty, empty, empty, np.array([], dtype=np.float64), np.array([], dtype=np.float64),
                               empty)
        users, items, types_, ts, qty, sessions = zip(*rows)
        return EventArrays(np.array(users, dtype=object), np.array(items, dtype=object),
                           np.array(types_, dtype=object), np.array(ts, dtype=np.float64),
                           np.array(qty, dtype=np.float64), np.array(sessions, dtype=object))

    def user_history(self, user_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """A shopper's most recent events, newest first."""
        cols = events_table.c
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*[cols[c] for c in EVENT_COLUMNS]).where(cols.user_id == user_id)
                                .order_by(cols.ts.desc(), cols.seq.desc()).limit(limit)).mappings().all()
        return [row_to_event(r) for r in rows]

    def recent_interactions(self, user_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """The serving path's view of a shopper's latest events, newest first: only `item_id`,
        `type` and `timestamp` (epoch seconds, not ISO text), read with one indexed query. What
        recommendations and personal search ranking consult on every request."""
        if self.dialect == "sqlite":  # the driver's cursor on a pooled connection: a third of the Core path's cost
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute(_RECENT_SQLITE, (user_id, limit))
                rows = cursor.fetchall()
                cursor.close()
            finally:
                raw.close()  # back to the pool
        else:
            with self.engine.connect() as conn:
                rows = conn.execute(self._recent_query, {"user_id": user_id, "limit": limit}).all()
        return [{"item_id": r[0], "type": r[1], "timestamp": r[2]} for r in rows]

    def iter_events_since(self, since: datetime, *, batch_size: int = 10_000) -> Iterator[dict[str, Any]]:
        """Events stored with a timestamp at or after `since`, oldest first, streamed."""
        cols = events_table.c
        query = (sa.select(*[cols[c] for c in EVENT_COLUMNS]).where(cols.ts >= since.timestamp())
                 .order_by(cols.ts, cols.seq))
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
            for row in result.mappings():
                yield row_to_event(row)

    # -- the search log and activity counts (the operator dashboard): see `store.activity` ----

    def add_searches(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append searches to the search log (`Activity.add_searches`); returns the rows stored."""
        return self.activity.add_searches(rows)

    def top_queries(self, limit: int = 20, *, since: datetime | None = None) -> list[dict[str, Any]]:
        """The most searched queries, most searched first (`Activity.top_queries`)."""
        return self.activity.top_queries(limit, since=since)

    def zero_result_queries(self, limit: int = 20, *, since: datetime | None = None) -> list[dict[str, Any]]:
        """Queries that found nothing, most often first (`Activity.zero_result_queries`)."""
        return self.activity.zero_result_queries(limit, since=since)

    def search_stats(self, *, since: datetime | None = None) -> dict[str, int]:
        """Searches, distinct queries and zero-result searches (`Activity.search_stats`)."""
        return self.activity.search_stats(since=since)

    def event_counts_by_day(self, days: int = 30, *, until: datetime | None = None) -> dict[str, dict[str, int]]:
        """Events per UTC day and type (`Activity.event_counts_by_day`)."""
        return self.activity.event_counts_by_day(days, until=until)

    def active_users(self, limit: int = 8, *, days: int = 90) -> list[dict[str, Any]]:
        """The shoppers with the most recent events (`Activity.active_users`)."""
        return self.activity.active_users(limit, days=days)

    # -- impressions and attribution: see `store.impressions` and `store.activity` -------------

    def add_impressions(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append what search and recommendation responses showed (`Impressions.add`)."""
        return self.impression_log.add(rows)

    def impressions(self, kind: str = "search", since: datetime | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
        """Impressions of `kind` ('search' or 'recs'), oldest first (`Impressions.read`)."""
        return self.impression_log.read(kind, since=since, limit=limit)

    def attributed_events(self, since: datetime | None = None) -> list[dict[str, Any]]:
        """Events carrying a `search_id` or `rec_id`, with `position` (`Impressions.attributed_events`)."""
        return self.impression_log.attributed_events(since=since)

    def query_attribution(self, limit: int = 20, *, since: datetime | None = None,
                          until: datetime | None = None) -> list[dict[str, Any]]:
        """Per query: searches, shoppers, attributed clicks, CTR, mean click position, carts,
        purchases (`Activity.query_attribution`)."""
        return self.activity.query_attribution(limit, since=since, until=until)

    def no_click_queries(self, limit: int = 20, *, since: datetime | None = None,
                         until: datetime | None = None) -> list[dict[str, Any]]:
        """Queries whose searches drew no attributed click (`Activity.no_click_queries`)."""
        return self.activity.no_click_queries(limit, since=since, until=until)

    # -- export -----------------------------------------------------------------------------

    def iter_event_batches(self, *, since: datetime | None = None, until: datetime | None = None,
                           batch_size: int = 50_000) -> Iterator[dict[str, list]]:
        """Every event (optionally with `since` <= timestamp < `until`), oldest first, as column
        batches of at most `batch_size` rows: `{"event_id": [...], "user_id": [...], ...,
        "ts": [epoch seconds]}`. One query, streamed (a server-side cursor on PostgreSQL), so it
        reads one consistent snapshot in flat memory however long the log: what exports read."""
        cols = events_table.c
        query = sa.select(*[cols[c] for c in EVENT_COLUMNS])
        if since is not None:
            query = query.where(cols.ts >= since.timestamp())
        if until is not None:
            query = query.where(cols.ts < until.timestamp())
        query = query.order_by(cols.ts, cols.seq)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
            for part in result.partitions(batch_size):
                yield dict(zip(EVENT_COLUMNS, (list(col) for col in zip(*part))))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a commit survives power loss, not only a crash
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: index pages of a large log stay cached
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def open_store(settings) -> Store:
    """The store of a Kaiyu home (`settings.db_url`)."""
    return Store(settings.db_url)


# `Store._recent_query` as SQLite runs it (the serving path's one read per request; same columns and order)
_RECENT_SQLITE = (f"SELECT item_id, type, ts FROM {events_table.name} WHERE user_id = ? "
                  "ORDER BY ts DESC, seq DESC LIMIT ?")
