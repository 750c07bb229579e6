"""The operator dashboard's side of the store: the search log (what shoppers typed), activity
counts over the event log, and per-query attribution read-outs (click-through, carts, purchases
attributed to the searches that showed the items; the join itself is `store.impressions`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

from store.impressions import Impressions
from store.schema import MAX_ID_LENGTH, scrub_text
from store.tables import events_table, iso_utc, search_log_table, search_query_key


class Activity:
    """The search log and the activity counts of one database (`Store.activity`)."""

    def __init__(self, engine: sa.engine.Engine, dialect: str):
        self.engine, self.dialect = engine, dialect

    def add_searches(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append searches, each `{"query", "total", "user_id", "ts"}` (`ts` in epoch seconds,
        default now), in one transaction. Blank queries are skipped; text is scrubbed of what a
        database refuses (NUL, lone surrogates: `scrub_text`), so one odd search cannot wedge
        the log's flush. Returns the rows stored."""
        now = datetime.now(timezone.utc).timestamp()
        out = []
        for row in rows:
            query = " ".join(scrub_text(row.get("query") or "").split())[:1000]
            key = search_query_key(query)
            user = row.get("user_id")
            user = scrub_text(user)[:MAX_ID_LENGTH] or None if user is not None else None
            if key:
                out.append({"ts": float(row.get("ts") or now), "query": query, "query_key": key,
                            "total": max(int(row.get("total") or 0), 0), "user_id": user})
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
                 "avg_results": round(float(avg or 0.0), 2), "last_at": iso_utc(last)}
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
        return [{"query": key, "searches": n, "last_at": iso_utc(ts)} for key, n, ts in rows]

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

    def query_attribution(self, limit: int = 20, *, since: datetime | None = None,
                          until: datetime | None = None) -> list[dict[str, Any]]:
        """Per query (folded as the search log folds it), over the searches shown in [`since`,
        `until`), most searched first: `{"query", "searches", "shoppers", "clicks",
        "clicked_searches", "ctr", "mean_click_position", "add_to_cart", "purchases"}`.

        `searches` counts search responses (each page is one, with its own `search_id`);
        `shoppers` the distinct known shoppers they were shown to; `clicks`, `add_to_cart` and
        `purchases` the events carrying one of their `search_id`s; `ctr` is `clicked_searches`
        (searches with at least one attributed click) / `searches`; `mean_click_position` the
        mean `position` of the attributed clicks that carry one (None if none do)."""
        return self._per_query(limit, since, until, only_unclicked=False)

    def no_click_queries(self, limit: int = 20, *, since: datetime | None = None,
                         until: datetime | None = None) -> list[dict[str, Any]]:
        """Queries whose searches in [`since`, `until`) drew no attributed click, most searched
        first (the same rows as `query_attribution`, all with `clicks == 0`)."""
        return self._per_query(limit, since, until, only_unclicked=True)

    def _per_query(self, limit: int, since, until, *, only_unclicked: bool) -> list[dict[str, Any]]:
        per = Impressions(self.engine, self.dialect).per_search(since=since, until=until)
        searches = sa.func.count().label("searches")
        clicks = sa.func.sum(per.c.clicks)
        query = (sa.select(per.c.query_key, searches, sa.func.count(sa.distinct(per.c.user_id)), clicks,
                           sa.func.sum(sa.case((per.c.clicks > 0, 1), else_=0)), sa.func.sum(per.c.click_positions),
                           sa.func.sum(per.c.positioned_clicks), sa.func.sum(per.c.add_to_cart),
                           sa.func.sum(per.c.purchases))
                 .where(per.c.query_key.is_not(None)).group_by(per.c.query_key)
                 .order_by(searches.desc(), per.c.query_key).limit(limit))
        if only_unclicked:
            query = query.having(clicks == 0)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        out = []
        for key, n, shoppers, n_clicks, clicked, positions, positioned, carts, purchases in rows:
            out.append({"query": key, "searches": int(n), "shoppers": int(shoppers), "clicks": int(n_clicks or 0),
                        "clicked_searches": int(clicked or 0), "ctr": round(int(clicked or 0) / n, 4),
                        "mean_click_position": round(float(positions) / int(positioned), 3) if positioned else None,
                        "add_to_cart": int(carts or 0), "purchases": int(purchases or 0)})
        return out

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
            day = self._utc_day(c.ts).label("day")
            rows = conn.execute(sa.select(day, c.type, sa.func.count())
                                .where(c.ts >= first_day * 86400.0, c.ts < (last_day + 1) * 86400.0)
                                .group_by(day, c.type)).all()
        out: dict[str, dict[str, int]] = {_day_text(d): {} for d in range(first_day, last_day + 1)}
        for d, kind, n in rows:
            out[_day_text(int(d))][kind] = n
        return out

    def _utc_day(self, ts):
        """The whole UTC days since 1970 of an epoch-seconds column, in SQL."""
        if self.dialect == "postgresql":  # a float cast to integer rounds there: floor first
            return sa.cast(sa.func.floor(ts / 86400), sa.BigInteger)
        return sa.cast(ts / 86400, sa.Integer)  # SQLite truncates, which is the floor for times after 1970

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
        return [{"user_id": u, "events": n, "purchases": int(p or 0), "last_at": iso_utc(ts)} for u, n, p, ts in rows]


def _day_text(day: int) -> str:
    return datetime.fromtimestamp(day * 86400, tz=timezone.utc).date().isoformat()
