"""Impressions (what each search and recommendation response showed) and attribution: the one
place where an event is joined to the response that showed its item.

An impression is written by the API for every search (`kind="search"`, its `search_id`) and
recommendation response (`kind="recs"`, its `rec_id`): who asked, the query or scenario, the
filters, the item ids in the order shown and the `offset` of the first (the item at index `i`
was shown at position `offset + i + 1`), whether the order was randomised (`explore`) and the
A/B variant. An event that carries a `search_id` or `rec_id` is attributed to that impression;
`shown_in` is the join condition, used by every read that attributes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import orjson
import sqlalchemy as sa

from store.schema import MAX_ID_LENGTH, MAX_RESPONSE_ID_LENGTH, scrub_text
from store.tables import EVENT_COLUMNS, events_table, impressions_table, row_to_event, search_query_key

IMPRESSION_KINDS = ("search", "recs")
MAX_SHOWN = 1000
"""Item ids kept per impression (a page is at most the API's `max_limit`)."""

INSERT_COLUMNS = ("id", "kind", "ts", "user_id", "session_id", "query", "query_key", "scenario", "filters",
                   "items", "offset", "explore", "variant")
_COLUMNS = tuple(c for c in INSERT_COLUMNS if c != "query_key")  # what a read returns
_INSERT_SQLITE = ("INSERT INTO impressions (" + ", ".join(f'"{c}"' for c in INSERT_COLUMNS) + ") SELECT "
                  + ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(INSERT_COLUMNS)))
                  + " FROM json_each(?) WHERE true ON CONFLICT (id) DO NOTHING")
"""The SQLite write (`Impressions._add_sqlite`), one row of each element of a JSON array of
rows ("offset" is a keyword, so every column is quoted; `WHERE true` lets ON CONFLICT follow a SELECT)."""


def shown_in(kind: str | None = None, events=events_table, impressions=impressions_table):
    """The attribution rule, in SQL: an event belongs to the impression whose id it carries as
    `search_id` or, failing that, as `rec_id`. With `kind` the join is to that kind's impressions
    only, and written as one equality each side of which an index serves."""
    if kind == "search":
        return impressions.c.id == events.c.search_id
    if kind == "recs":
        return sa.and_(impressions.c.id == events.c.rec_id, events.c.search_id.is_(None))
    return impressions.c.id == sa.func.coalesce(events.c.search_id, events.c.rec_id)


def _shown_json(items: Any) -> str:
    """The item ids shown, as the `items` JSON: each scrubbed and capped. Ids the catalogue gave
    (printable ASCII strings within the cap, checked at once in C) are taken as they are, which
    is what the scrub would give; anything else is scrubbed one by one."""
    shown = list(items or [])[:MAX_SHOWN]
    try:
        joined = "".join(shown)
    except TypeError:  # not all strings
        joined = None
    if not (joined is not None and joined.isascii() and joined.isprintable()
            and max(map(len, shown), default=0) <= MAX_ID_LENGTH):
        shown = [scrub_text(str(i))[:MAX_ID_LENGTH] for i in shown]
    return orjson.dumps(shown).decode()


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if type(value) is str and value.isascii() and value.isprintable():  # what the scrub would give, checked in C
        return value[:limit] or None
    return scrub_text(str(value))[:limit] or None


def impression_row(row: dict[str, Any], now: float) -> tuple | None:
    """One impression as given by the API, cleaned for the table (text scrubbed of what a database
    refuses, lengths capped): its values in `INSERT_COLUMNS` order, `filters` and `items` as JSON
    text; None when it has no usable id or kind. What `Impressions.insert` stores as it is, so a
    caller may clean each row where it is made (`api.impressions` does, on the request path)."""
    rid, kind = _text(row.get("id"), MAX_RESPONSE_ID_LENGTH), row.get("kind")
    if not rid or kind not in IMPRESSION_KINDS:
        return None
    query = row.get("query")
    query = " ".join(scrub_text(query).split())[:1000] if query else None
    filters = row.get("filters") or {}
    return (rid, kind, float(row.get("ts") or now),
            _text(row.get("user_id"), MAX_ID_LENGTH), _text(row.get("session_id"), MAX_ID_LENGTH),
            query or None, search_query_key(query) if query else None, _text(row.get("scenario"), 64),
            filters if isinstance(filters, str) else orjson.dumps(filters).decode(), _shown_json(row.get("items")),
            max(int(row.get("offset") or 0), 0), bool(row.get("explore")), _text(row.get("variant"), 64))


class Impressions:
    """The impressions of one database, and the events attributed to them (`Store.impressions`)."""

    def __init__(self, engine: sa.engine.Engine, dialect: str):
        self.engine, self.dialect = engine, dialect

    def add(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append impressions in one transaction (`impression_row` for each; an id already stored
        is skipped, so a retried flush stores each once). Returns the rows stored."""
        now = datetime.now(timezone.utc).timestamp()
        return self.insert([clean for row in rows if (clean := impression_row(row, now)) is not None])

    def insert(self, rows: Sequence[tuple]) -> int:
        """Store rows `impression_row` made, as they are, in one transaction (the first of each
        id; an id already stored is skipped). Little interpreter work beside the database's, as
        this runs in a worker's background thread (see `_add_sqlite`). Returns the rows stored."""
        out = list({row[0]: row for row in reversed(rows)}.values())  # the first of each id
        if not out:
            return 0
        if self.dialect == "sqlite":
            return self._add_sqlite(out)
        from sqlalchemy.dialects.postgresql import insert
        stmt = (insert(impressions_table).on_conflict_do_nothing(index_elements=["id"])
                .returning(impressions_table.c.id))
        with self.engine.begin() as conn:
            return len(conn.execute(stmt, [dict(zip(INSERT_COLUMNS, row)) for row in out]).all())

    def _add_sqlite(self, rows: list[tuple]) -> int:
        """SQLite: the whole batch as one JSON array, inserted by one statement (`json_each`) on a
        pooled connection, in one transaction. The writer runs beside the request path in each
        worker every second: SQLAlchemy's statement cost 50-74 us a row under load, and even the
        driver's `executemany` takes the interpreter lock back for every row, each time waiting
        out the event loop's switch interval and then stalling it; here the interpreter is held
        for one `orjson.dumps` and SQLite parses and inserts without it. Rows stored: the
        connection's change count. A driver error comes out as SQLAlchemy's
        (`DBAPIError.instance`), so callers tell a locked database from a refused row as before."""
        batch = orjson.dumps(rows).decode()
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            before = driver.total_changes
            try:
                raw.cursor().execute(_INSERT_SQLITE, (batch,))
                raw.commit()
            except sqlite3.Error as exc:
                raw.rollback()
                raise sa.exc.DBAPIError.instance(_INSERT_SQLITE, None, exc, sqlite3.Error) from exc
            return driver.total_changes - before
        finally:
            raw.close()  # back to the pool

    def read(self, kind: str = "search", *, since: datetime | None = None,
             limit: int | None = None) -> list[dict[str, Any]]:
        """Impressions of `kind` at or after `since`, oldest first: the interface's columns as keys
        (`ts` in epoch seconds, `items` a list of item ids, `filters` a dict, `explore` a bool)."""
        if kind not in IMPRESSION_KINDS:
            raise ValueError(f"kind must be one of {', '.join(IMPRESSION_KINDS)}")
        c = impressions_table.c
        query = sa.select(*[c[name] for name in _COLUMNS]).where(c.kind == kind).order_by(c.ts, c.id)
        if since is not None:
            query = query.where(c.ts >= since.timestamp())
        if limit is not None:
            query = query.limit(max(int(limit), 0))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**row, "items": orjson.loads(row["items"] or "[]"), "filters": orjson.loads(row["filters"] or "{}"),
                 "explore": bool(row["explore"])} for row in rows]

    def attributed_events(self, *, since: datetime | None = None) -> list[dict[str, Any]]:
        """Events that carry a `search_id` or `rec_id` (timestamp at or after `since`), oldest
        first, as `Store.user_history` gives events (`timestamp` ISO text) plus `ts` (epoch
        seconds) and what their impression says: `impression_kind`, `impression_query`,
        `impression_scenario`, `explore`, `variant` (all None when no impression of that id is
        stored, e.g. a response whose impression was dropped or an id from another system)."""
        e, i = events_table.c, impressions_table.c
        shown = (i.kind.label("i_kind"), i.query.label("i_query"), i.scenario.label("i_scenario"),
                 i.explore.label("i_explore"), i.variant.label("i_variant"))
        query = (sa.select(*[e[name] for name in EVENT_COLUMNS], *shown)
                 .select_from(events_table.outerjoin(impressions_table, shown_in()))
                 .where(sa.or_(e.search_id.is_not(None), e.rec_id.is_not(None)))
                 .order_by(e.ts, e.seq))
        if since is not None:
            query = query.where(e.ts >= since.timestamp())
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [{**row_to_event(row), "ts": row["ts"], "impression_kind": row["i_kind"],
                 "impression_query": row["i_query"], "impression_scenario": row["i_scenario"],
                 "explore": None if row["i_explore"] is None else bool(row["i_explore"]), "variant": row["i_variant"]}
                for row in rows]

    def per_search(self, *, since: datetime | None = None, until: datetime | None = None):
        """One row per search impression shown in [`since`, `until`), with what was attributed to
        it: `id, query_key, user_id, clicks, click_positions, positioned_clicks, add_to_cart,
        purchases` (a subquery: `store.activity` groups it by query)."""
        e, i = events_table.c, impressions_table.c

        def count(kind):
            return sa.func.coalesce(sa.func.sum(sa.case((e.type == kind, 1), else_=0)), 0)
        clicked = e.type == "click"
        query = (sa.select(i.id, i.query_key, i.user_id, count("click").label("clicks"),
                           sa.func.coalesce(sa.func.sum(sa.case((clicked, e.position), else_=None)), 0)
                           .label("click_positions"),
                           sa.func.count(sa.case((clicked, e.position), else_=None)).label("positioned_clicks"),
                           count("add_to_cart").label("add_to_cart"), count("purchase").label("purchases"))
                 .select_from(impressions_table.outerjoin(events_table, shown_in("search")))
                 .where(i.kind == "search").group_by(i.id, i.query_key, i.user_id))
        if since is not None:
            query = query.where(i.ts >= since.timestamp())
        if until is not None:
            query = query.where(i.ts < until.timestamp())
        return query.subquery("per_search")
