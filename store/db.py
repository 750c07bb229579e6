"""The store: the catalogue and the append-only event log, on SQLite or PostgreSQL.

One SQLAlchemy Core code path serves both databases. Writes are committed before they are
acknowledged; events are deduplicated by `event_id`; catalogue rows are upserted field by field,
so a price or stock change can be sent alone. Reads hand training what it needs as arrays.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import sqlalchemy as sa
from pydantic import ValidationError

from store.schema import ITEM_FIELDS, Event, Item, ItemPatch, describe_error

metadata = sa.MetaData()

items_table = sa.Table(
    "items", metadata,
    sa.Column("item_id", sa.String(256), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("category", sa.Text),
    sa.Column("brand", sa.Text),
    sa.Column("price", sa.Float),
    sa.Column("currency", sa.String(8)),
    sa.Column("in_stock", sa.Boolean, nullable=False, default=True),
    sa.Column("attributes", sa.Text, nullable=False, default="{}"),  # JSON object of strings
    sa.Column("image_url", sa.Text),
    sa.Column("created_at", sa.Float),  # epoch seconds, UTC
    sa.Column("updated_at", sa.Float, nullable=False),
)

events_table = sa.Table(
    "events", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(256)),
    sa.Column("user_id", sa.String(256), nullable=False),
    sa.Column("item_id", sa.String(256)),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("ts", sa.Float, nullable=False),  # epoch seconds, UTC
    sa.Column("quantity", sa.Float, nullable=False, default=1.0),
    sa.Column("price", sa.Float),
    sa.Column("session_id", sa.String(256)),
    sa.Column("query", sa.Text),
    sa.Column("channel", sa.String(64)),
    sa.Column("ingested_at", sa.Float, nullable=False),
    sa.Index("ix_events_event_id", "event_id", unique=True),
    sa.Index("ix_events_user_ts", "user_id", "ts"),
    sa.Index("ix_events_ts", "ts"),
)

search_log_table = sa.Table(  # what shoppers typed, written in batches by the API (api/searchlog.py)
    "search_log", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("ts", sa.Float, nullable=False),  # epoch seconds, UTC
    sa.Column("query", sa.Text, nullable=False),  # as typed, spacing collapsed
    sa.Column("query_key", sa.String(200), nullable=False),  # folded (`search_query_key`): what counts group by
    sa.Column("total", sa.Integer, nullable=False),  # results found
    sa.Column("user_id", sa.String(256)),
    sa.Index("ix_search_log_ts", "ts"),
    sa.Index("ix_search_log_key", "query_key"),
)

_EVENT_COLUMNS = ("event_id", "user_id", "item_id", "type", "ts", "quantity", "price",
                  "session_id", "query", "channel")


@dataclass(frozen=True)
class WriteResult:
    """What one write did: rows stored, rows already there (same `event_id`), rows rejected as
    `(index, reason kind, message)` with `index` the row's position in the batch."""

    stored: int
    duplicates: int
    rejected: list[tuple[int, str, str]]


@dataclass(frozen=True)
class EventArrays:
    """Events as parallel arrays, the shape training consumes."""

    user_ids: np.ndarray  # object array of str
    item_ids: np.ndarray  # object array of str
    types: np.ndarray  # object array of str
    ts: np.ndarray  # float64 epoch seconds
    quantity: np.ndarray  # float64
    session_ids: np.ndarray | None = None  # object array of str or None (baskets)

    def __len__(self) -> int:
        return len(self.ts)


@dataclass(frozen=True)
class Catalog:
    """The catalogue as arrays aligned on `item_ids` (sorted)."""

    item_ids: np.ndarray
    titles: np.ndarray
    descriptions: np.ndarray
    categories: np.ndarray
    brands: np.ndarray
    prices: np.ndarray  # float64, NaN where unknown
    in_stock: np.ndarray  # bool
    attributes: list[dict[str, str]]

    def __len__(self) -> int:
        return len(self.item_ids)


def _epoch(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


def _iso(value: float | None) -> str | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value, tz=timezone.utc).isoformat().replace("+00:00", "Z")


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
            metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    _recent_query = (sa.select(events_table.c.item_id, events_table.c.type, events_table.c.ts)
                     .where(events_table.c.user_id == sa.bindparam("user_id"))
                     .order_by(events_table.c.ts.desc(), events_table.c.seq.desc())
                     .limit(sa.bindparam("limit")))

    # -- writes ---------------------------------------------------------------------------

    def _insert(self):
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert

    def add_events(self, events: Sequence[Event]) -> WriteResult:
        """Append validated events in one transaction; an `event_id` already stored (or seen
        earlier in the same batch) is skipped and counted as a duplicate."""
        now = datetime.now(timezone.utc).timestamp()
        rows, seen = [], set()
        for ev in events:
            if ev.event_id is not None:
                if ev.event_id in seen:
                    continue
                seen.add(ev.event_id)
            rows.append({
                "event_id": ev.event_id, "user_id": ev.user_id, "item_id": ev.item_id,
                "type": ev.type, "ts": ev.timestamp.timestamp(), "quantity": ev.quantity,
                "price": ev.price, "session_id": ev.session_id, "query": ev.query,
                "channel": ev.channel, "ingested_at": now,
            })
        with self.engine.begin() as conn:
            if seen:
                existing = set()
                ids = list(seen)
                for start in range(0, len(ids), 5000):
                    chunk = ids[start:start + 5000]
                    existing.update(conn.execute(
                        sa.select(events_table.c.event_id).where(events_table.c.event_id.in_(chunk))).scalars())
                if existing:
                    rows = [r for r in rows if r["event_id"] not in existing]
            if rows:
                # a concurrent writer may store the same event_id between our check and insert
                stmt = self._insert()(events_table).on_conflict_do_nothing(index_elements=["event_id"])
                conn.execute(stmt, rows)
        return WriteResult(stored=len(rows), duplicates=len(events) - len(rows), rejected=[])

    def upsert_items(self, patches: Sequence[ItemPatch]) -> WriteResult:
        """Create or update catalogue rows in one transaction. A row for an existing item changes
        only the fields it carries (attributes are merged key by key); a row for a new item must
        carry a title. Later rows for the same item in one batch apply on top of earlier ones."""
        now = datetime.now(timezone.utc).timestamp()
        rejected: list[tuple[int, str, str]] = []
        with self.engine.begin() as conn:
            ids = list({p.item_id for p in patches})
            current: dict[str, dict[str, Any]] = {}
            for start in range(0, len(ids), 5000):
                for row in conn.execute(sa.select(items_table).where(
                        items_table.c.item_id.in_(ids[start:start + 5000]))).mappings():
                    current[row["item_id"]] = _row_to_item(row)
            merged: dict[str, dict[str, Any]] = {}
            for index, patch in enumerate(patches):
                given = patch.given()
                base = merged.get(patch.item_id) or current.get(patch.item_id)
                if base is not None:
                    data = {**base, **given}
                    if "attributes" in given and base.get("attributes"):
                        data["attributes"] = {**base["attributes"], **given["attributes"]}
                else:
                    data = given
                try:
                    item = Item.model_validate(data)
                except ValidationError as exc:
                    kind, message = describe_error(exc)
                    if base is None and "title" not in given:
                        kind, message = "title: missing", "title is required for a new item"
                    rejected.append((index, kind, message))
                    continue
                merged[patch.item_id] = item.model_dump(include=set(ITEM_FIELDS))
            if merged:
                rows = [_item_to_row(item, now) for item in merged.values()]
                stmt = self._insert()(items_table)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["item_id"],
                    set_={c: stmt.excluded[c] for c in rows[0] if c != "item_id"})
                conn.execute(stmt, rows)
        return WriteResult(stored=len(patches) - len(rejected), duplicates=0, rejected=rejected)

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
        return None if row is None else _row_to_item(row)

    def get_items(self, item_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids, out = list(item_ids), {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 5000):
                for row in conn.execute(sa.select(items_table).where(
                        items_table.c.item_id.in_(ids[start:start + 5000]))).mappings():
                    out[row["item_id"]] = _row_to_item(row)
        return out

    def items_changed_since(self, since: float) -> tuple[list[dict[str, Any]], float]:
        """Items written after `since` (epoch seconds) and the newest write time among them:
        how serving processes pick up catalogue changes made through any of them."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(items_table).where(items_table.c.updated_at > since)
                                .order_by(items_table.c.updated_at)).mappings().all()
        if not rows:
            return [], since
        return [_row_to_item(r) for r in rows], max(r["updated_at"] for r in rows)

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
        database in chunks rather than materialising row objects."""
        cols = events_table.c
        query = sa.select(cols.user_id, cols.item_id, cols.type, cols.ts, cols.quantity, cols.session_id)
        if with_items_only:
            query = query.where(cols.item_id.is_not(None))
        if since is not None:
            query = query.where(cols.ts >= since.timestamp())
        if until is not None:
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
            rows = conn.execute(sa.select(*[cols[c] for c in _EVENT_COLUMNS]).where(cols.user_id == user_id)
                                .order_by(cols.ts.desc(), cols.seq.desc()).limit(limit)).mappings().all()
        return [_row_to_event(r) for r in rows]

    def recent_interactions(self, user_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """The serving path's view of a shopper's latest events, newest first: only `item_id`,
        `type` and `timestamp` (epoch seconds, not ISO text), read with one indexed query. What
        recommendations and personal search ranking consult on every request."""
        with self.engine.connect() as conn:
            rows = conn.execute(self._recent_query, {"user_id": user_id, "limit": limit}).all()
        return [{"item_id": r[0], "type": r[1], "timestamp": r[2]} for r in rows]

    def iter_events_since(self, since: datetime, *, batch_size: int = 10_000) -> Iterator[dict[str, Any]]:
        """Events stored with a timestamp at or after `since`, oldest first, streamed."""
        cols = events_table.c
        query = (sa.select(*[cols[c] for c in _EVENT_COLUMNS]).where(cols.ts >= since.timestamp())
                 .order_by(cols.ts, cols.seq))
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
            for row in result.mappings():
                yield _row_to_event(row)

    # -- the search log and activity counts (the operator dashboard) ------------------------

    def add_searches(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append searches, each `{"query", "total", "user_id", "ts"}` (`ts` in epoch seconds,
        default now), in one transaction. Blank queries are skipped; returns the rows stored."""
        now = datetime.now(timezone.utc).timestamp()
        out = []
        for row in rows:
            query = " ".join(str(row.get("query") or "").split())[:1000]
            key = search_query_key(query)
            if key:
                out.append({"ts": float(row.get("ts") or now), "query": query, "query_key": key,
                            "total": max(int(row.get("total") or 0), 0), "user_id": row.get("user_id")})
        if out:
            with self.engine.begin() as conn:
                conn.execute(sa.insert(search_log_table), out)
        return len(out)

    def top_queries(self, limit: int = 20, *, since: datetime | None = None) -> list[dict[str, Any]]:
        """The most searched queries (case, width and spacing folded), most searched first:
        `{"query", "searches", "zero_result_searches", "avg_results", "last_at"}`."""
        c = search_log_table.c
        searches = sa.func.count().label("searches")
        query = (sa.select(c.query_key, searches, sa.func.sum(sa.case((c.total == 0, 1), else_=0)),
                           sa.func.avg(c.total), sa.func.max(c.ts))
                 .group_by(c.query_key).order_by(searches.desc(), c.query_key).limit(limit))
        if since is not None:
            query = query.where(c.ts >= since.timestamp())
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [{"query": key, "searches": n, "zero_result_searches": int(zero or 0),
                 "avg_results": round(float(avg or 0.0), 2), "last_at": _iso(last)}
                for key, n, zero, avg, last in rows]

    def zero_result_queries(self, limit: int = 20, *, since: datetime | None = None) -> list[dict[str, Any]]:
        """Queries that found nothing, most often first: `{"query", "searches", "last_at"}`
        counting only the searches that found nothing."""
        c = search_log_table.c
        searches = sa.func.count().label("searches")
        last = sa.func.max(c.ts).label("last_ts")
        query = (sa.select(c.query_key, searches, last).where(c.total == 0)
                 .group_by(c.query_key).order_by(searches.desc(), last.desc(), c.query_key).limit(limit))
        if since is not None:
            query = query.where(c.ts >= since.timestamp())
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [{"query": key, "searches": n, "last_at": _iso(ts)} for key, n, ts in rows]

    def search_stats(self, *, since: datetime | None = None) -> dict[str, int]:
        """`{"searches", "distinct_queries", "zero_result_searches"}` in the search log."""
        c = search_log_table.c
        query = sa.select(sa.func.count(), sa.func.count(sa.distinct(c.query_key)),
                          sa.func.sum(sa.case((c.total == 0, 1), else_=0)))
        if since is not None:
            query = query.where(c.ts >= since.timestamp())
        with self.engine.connect() as conn:
            searches, distinct, zero = conn.execute(query).one()
        return {"searches": searches, "distinct_queries": distinct, "zero_result_searches": int(zero or 0)}

    def event_counts_by_day(self, days: int = 30, *, until: datetime | None = None) -> dict[str, dict[str, int]]:
        """Events per UTC day and type over the `days` days ending with `until`'s day (default:
        the day of the newest stored event), oldest day first, every day present:
        `{"2026-10-31": {"view": 120, "purchase": 4}, "2026-11-01": {}, ...}`; `{}` when the
        log is empty and no `until` is given."""
        if not 1 <= days <= 3660:
            raise ValueError("days must be between 1 and 3660")
        c = events_table.c
        with self.engine.connect() as conn:
            if until is None:
                newest = conn.execute(sa.select(sa.func.max(c.ts))).scalar()
                if newest is None:
                    return {}
                last_day = int(newest // 86400)
            else:
                last_day = int(until.timestamp() // 86400)
            first_day = last_day - days + 1
            if self.dialect == "postgresql":  # a float cast to integer rounds there: floor first
                day = sa.cast(sa.func.floor(c.ts / 86400), sa.BigInteger)
            else:  # SQLite truncates, which is the floor for times after 1970
                day = sa.cast(c.ts / 86400, sa.Integer)
            day = day.label("day")
            rows = conn.execute(sa.select(day, c.type, sa.func.count())
                                .where(c.ts >= first_day * 86400.0, c.ts < (last_day + 1) * 86400.0)
                                .group_by(day, c.type)).all()
        out: dict[str, dict[str, int]] = {
            datetime.fromtimestamp(d * 86400, tz=timezone.utc).date().isoformat(): {}
            for d in range(first_day, last_day + 1)}
        for d, kind, n in rows:
            out[datetime.fromtimestamp(int(d) * 86400, tz=timezone.utc).date().isoformat()][kind] = n
        return out

    def active_users(self, limit: int = 8, *, days: int = 90) -> list[dict[str, Any]]:
        """The shoppers with the most events in the `days` days up to the newest event, most
        first: `{"user_id", "events", "purchases", "last_at"}` (the demo storefront's shopper
        picker; the window keeps it an indexed range on a long log)."""
        c = events_table.c
        events = sa.func.count().label("n_events")
        with self.engine.connect() as conn:
            newest = conn.execute(sa.select(sa.func.max(c.ts))).scalar()
            if newest is None:
                return []
            query = (sa.select(c.user_id, events, sa.func.sum(sa.case((c.type == "purchase", 1), else_=0)),
                               sa.func.max(c.ts))
                     .where(c.ts >= newest - days * 86400.0)
                     .group_by(c.user_id).order_by(events.desc(), c.user_id).limit(limit))
            rows = conn.execute(query).all()
        return [{"user_id": u, "events": n, "purchases": int(p or 0), "last_at": _iso(ts)} for u, n, p, ts in rows]

    # -- export -----------------------------------------------------------------------------

    def iter_event_batches(self, *, since: datetime | None = None, until: datetime | None = None,
                           batch_size: int = 50_000) -> Iterator[dict[str, list]]:
        """Every event (optionally with `since` <= timestamp < `until`), oldest first, as column
        batches of at most `batch_size` rows: `{"event_id": [...], "user_id": [...], ...,
        "ts": [epoch seconds]}`. One query, streamed (a server-side cursor on PostgreSQL), so it
        reads one consistent snapshot in flat memory however long the log: what exports read."""
        cols = events_table.c
        query = sa.select(*[cols[c] for c in _EVENT_COLUMNS])
        if since is not None:
            query = query.where(cols.ts >= since.timestamp())
        if until is not None:
            query = query.where(cols.ts < until.timestamp())
        query = query.order_by(cols.ts, cols.seq)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(query)
            for part in result.partitions(batch_size):
                yield dict(zip(_EVENT_COLUMNS, (list(col) for col in zip(*part))))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a commit survives power loss, not only a crash
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: index pages of a large log stay cached
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _item_to_row(item: dict[str, Any], now: float) -> dict[str, Any]:
    row = {k: item.get(k) for k in ITEM_FIELDS}
    row["attributes"] = orjson.dumps(item.get("attributes") or {}).decode()
    row["created_at"] = _epoch(item.get("created_at"))
    row["in_stock"] = bool(item.get("in_stock", True))
    row["updated_at"] = now
    return row


def _row_to_item(row) -> dict[str, Any]:
    item = {k: row[k] for k in ITEM_FIELDS}
    item["attributes"] = orjson.loads(row["attributes"] or "{}")
    item["created_at"] = (None if row["created_at"] is None
                          else datetime.fromtimestamp(row["created_at"], tz=timezone.utc))
    return item


def _row_to_event(row) -> dict[str, Any]:
    event = {c: row[c] for c in _EVENT_COLUMNS if c != "ts"}
    event["timestamp"] = _iso(row["ts"])
    return event


def open_store(settings) -> Store:
    """The store of a Kaiyu home (`settings.db_url`)."""
    return Store(settings.db_url)


def search_query_key(query: str) -> str:
    """How the search log groups queries: Unicode-compatibility folded (full-width letters and
    digits become ASCII), case-folded, spacing collapsed, at most 200 characters."""
    return " ".join(unicodedata.normalize("NFKC", query).casefold().split())[:200]
