"""The store's tables (one SQLAlchemy Core definition for SQLite and PostgreSQL) and how rows
convert to and from the dictionaries the rest of Kaiyu reads."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone
from typing import Any

import orjson
import sqlalchemy as sa

from store.schema import ITEM_FIELDS

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
    sa.Column("updated_at", sa.Float, nullable=False),  # informational: the feed follows change_seq
    # the store's change sequence, given inside the write transaction under the `counters` row's
    # lock, so it grows in commit order: what `Store.items_changed_since` follows
    sa.Column("change_seq", sa.BigInteger, nullable=False, default=0, server_default="0"),
    sa.Index("ix_items_change_seq", "change_seq"),
)

counters_table = sa.Table(  # named counters; "items" hands out the catalogue change sequence
    "counters", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
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
    # attribution: the search or recommendation response the item was shown in, and its 1-based rank
    sa.Column("search_id", sa.String(64)),
    sa.Column("rec_id", sa.String(64)),
    sa.Column("position", sa.Integer),
    sa.Index("ix_events_event_id", "event_id", unique=True),
    sa.Index("ix_events_user_ts", "user_id", "ts"),
    sa.Index("ix_events_ts", "ts"),
    sa.Index("ix_events_search_id", "search_id"),
    sa.Index("ix_events_rec_id", "rec_id"),
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

impressions_table = sa.Table(  # what a search or recommendation response showed (api/impressions.py)
    "impressions", metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # the response's search_id / rec_id
    sa.Column("kind", sa.String(16), nullable=False),  # 'search' | 'recs'
    sa.Column("ts", sa.Float, nullable=False),  # epoch seconds, UTC
    sa.Column("user_id", sa.String(256)),
    sa.Column("session_id", sa.String(256)),
    sa.Column("query", sa.Text),  # search: as typed, spacing collapsed
    sa.Column("query_key", sa.String(200)),  # search: folded (`search_query_key`), what read-outs group by
    sa.Column("scenario", sa.String(64)),  # recs: for-you, similar, bought-together, ...
    sa.Column("filters", sa.Text, nullable=False, default="{}"),  # JSON object
    sa.Column("items", sa.Text, nullable=False, default="[]"),  # JSON list of item ids, in the order shown
    sa.Column("offset", sa.Integer, nullable=False, default=0),  # items[i] was shown at offset + i + 1
    sa.Column("explore", sa.Boolean, nullable=False, default=False),  # order randomised (propensities)
    sa.Column("variant", sa.String(64)),  # the A/B variant that served it
    sa.Index("ix_impressions_kind_ts", "kind", "ts"),
    sa.Index("ix_impressions_query_key", "query_key"),
)

EVENT_COLUMNS = ("event_id", "user_id", "item_id", "type", "ts", "quantity", "price",
                 "session_id", "query", "channel", "search_id", "rec_id", "position")
"""The events columns a reader sees (`seq` and `ingested_at` are the store's own)."""


def create_tables(meta: sa.MetaData, engine: sa.engine.Engine, *, tries: int = 5) -> None:
    """`meta.create_all(engine)`, safe when several processes open one new database at once.

    create_all checks for each table, then creates the missing ones: two API workers starting
    together both see a table missing and the second CREATE fails ("already exists"; PostgreSQL
    may also report a duplicate row in its catalogue), which fails that worker's startup and makes
    uvicorn stop the whole server. Such an error means another process made the table: check again.
    SQLite in WAL mode says "database is locked" at once, without waiting out its busy timeout,
    when the schema it read in this transaction was changed by another connection before its own
    CREATE (a stale snapshot cannot become a write): the same race, checked again the same way.
    """
    for attempt in range(tries):
        try:
            meta.create_all(engine)
            return
        except sa.exc.DBAPIError as exc:
            text = str(exc).lower()
            if attempt == tries - 1 or not ("already exists" in text or "duplicate" in text or "locked" in text):
                raise


def iso_utc(value: float | None) -> str | None:
    """Epoch seconds as ISO 8601 text in UTC with a `Z`, or None."""
    if value is None:
        return None
    return datetime.fromtimestamp(value, tz=timezone.utc).isoformat().replace("+00:00", "Z")


def _epoch(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


def item_to_row(item: dict[str, Any], now: float, change_seq: int = 0) -> dict[str, Any]:
    """A validated item as an `items` row written at `now` (epoch seconds) as change `change_seq`."""
    row = {k: item.get(k) for k in ITEM_FIELDS}
    row["attributes"] = orjson.dumps(item.get("attributes") or {}).decode()
    row["created_at"] = _epoch(item.get("created_at"))
    row["in_stock"] = bool(item.get("in_stock", True))
    row["updated_at"] = now
    row["change_seq"] = change_seq
    return row


def migrate(engine: sa.engine.Engine) -> None:
    """Bring a store created by an older Kaiyu up to these tables: add `items.change_seq` and the
    events' attribution columns (`search_id`, `rec_id`, `position`) where they are missing."""
    inspector = sa.inspect(engine)
    columns = {c["name"] for c in inspector.get_columns("items")}
    if "change_seq" not in columns:
        with engine.begin() as conn:
            conn.execute(sa.text("ALTER TABLE items ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"))
            conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_items_change_seq ON items (change_seq)"))
    columns = {c["name"] for c in inspector.get_columns("events")}
    added = [(name, sql) for name, sql in (("search_id", "VARCHAR(64)"), ("rec_id", "VARCHAR(64)"),
                                           ("position", "INTEGER")) if name not in columns]
    if added:
        with engine.begin() as conn:
            for name, sql in added:
                conn.execute(sa.text(f'ALTER TABLE events ADD COLUMN "{name}" {sql}'))
            for name in ("search_id", "rec_id"):
                conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS ix_events_{name} ON events ({name})"))


def row_to_item(row) -> dict[str, Any]:
    """An `items` row as the item dictionary (attributes a dict, `created_at` a UTC datetime)."""
    item = {k: row[k] for k in ITEM_FIELDS}
    item["attributes"] = orjson.loads(row["attributes"] or "{}")
    item["created_at"] = (None if row["created_at"] is None
                          else datetime.fromtimestamp(row["created_at"], tz=timezone.utc))
    return item


def row_to_event(row) -> dict[str, Any]:
    """An `events` row (of `EVENT_COLUMNS`) as the event dictionary, `timestamp` in ISO text."""
    event = {c: row[c] for c in EVENT_COLUMNS if c != "ts"}
    event["timestamp"] = iso_utc(row["ts"])
    return event


def search_query_key(query: str) -> str:
    """How the search log groups queries: Unicode-compatibility folded (full-width letters and
    digits become ASCII), case-folded, spacing collapsed, at most 200 characters."""
    return " ".join(unicodedata.normalize("NFKC", query).casefold().split())[:200]
