"""The store's two writes, exact under concurrent writers: events appended with
`INSERT ... ON CONFLICT DO NOTHING RETURNING` (the reply counts rows inserted, not rows sent),
and catalogue upserts numbered by the change sequence inside their transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from store.records import WriteResult
from store.schema import ITEM_FIELDS, Event, Item, ItemPatch, describe_error
from store import tables
from store.tables import counters_table, events_table, items_table, row_to_item

ITEMS_COUNTER = "items"
_CHUNK = 5000


class Writes:
    """Writes to one database (`Store.add_events`, `Store.upsert_items`)."""

    def __init__(self, engine: sa.engine.Engine, dialect: str):
        self.engine, self.dialect = engine, dialect

    def _insert(self):
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert

    def add_events(self, events: Sequence[Event]) -> WriteResult:
        """Append validated events in one transaction. An `event_id` already stored, seen earlier
        in the batch, or stored by a concurrent writer first, is counted as a duplicate: `stored`
        is what the database inserted (RETURNING), so concurrent replies add up exactly."""
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
                "search_id": ev.search_id, "rec_id": ev.rec_id, "position": ev.position,
            })
        # one read first skips what is plainly stored already (a re-import inserts nothing), and
        # untimed rows of a body first sent in the window before (a retry); the insert's RETURNING
        # still decides the count, for a writer that stores the same event_id meanwhile
        known = self._stored_ids([*seen, *(ev.retry_of for ev in events if ev.retry_of is not None)])
        if known:
            skip = known | {ev.event_id for ev in events if ev.retry_of in known}
            rows = [r for r in rows if r["event_id"] not in skip]
        inserted = 0
        if rows:
            stmt = (self._insert()(events_table).on_conflict_do_nothing(index_elements=["event_id"])
                    .returning(events_table.c.seq))
            with self.engine.begin() as conn:
                for start in range(0, len(rows), _CHUNK):
                    inserted += len(conn.execute(stmt, rows[start:start + _CHUNK]).all())
        return WriteResult(stored=inserted, duplicates=len(events) - inserted, rejected=[])

    def _stored_ids(self, ids) -> set[str]:
        ids, found = list(dict.fromkeys(ids)), set()
        if ids:
            with self.engine.connect() as conn:
                for start in range(0, len(ids), _CHUNK):
                    found.update(conn.execute(sa.select(events_table.c.event_id).where(
                        events_table.c.event_id.in_(ids[start:start + _CHUNK]))).scalars())
        return found

    def upsert_items(self, patches: Sequence[ItemPatch]) -> WriteResult:
        """Create or update catalogue rows in one transaction. A row for an existing item changes
        only the fields it carries (attributes are merged key by key); a row for a new item must
        carry a title. Later rows for the same item in one batch apply on top of earlier ones.

        The transaction first takes the next numbers of the change sequence (locking the counter
        row until commit), then reads and merges: concurrent upserts are serialised, none loses
        another's fields, and sequence order is commit order."""
        ids = list(dict.fromkeys(p.item_id for p in patches))
        if not ids:
            return WriteResult(stored=0, duplicates=0, rejected=[])
        with self.engine.begin() as conn:
            last = self._take_sequence(conn, len(ids))
            now = datetime.now(timezone.utc).timestamp()  # stamped under the lock
            current: dict[str, dict[str, Any]] = {}
            for start in range(0, len(ids), _CHUNK):
                for row in conn.execute(sa.select(items_table).where(
                        items_table.c.item_id.in_(ids[start:start + _CHUNK]))).mappings():
                    current[row["item_id"]] = row_to_item(row)
            merged, rejected = _merge(patches, current)
            if merged:
                first = last - len(ids) + 1
                rows = [tables.item_to_row(item, now, first + n) for n, item in enumerate(merged.values())]
                stmt = self._insert()(items_table)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["item_id"],
                    set_={c: stmt.excluded[c] for c in rows[0] if c != "item_id"})
                conn.execute(stmt, rows)
        return WriteResult(stored=len(patches) - len(rejected), duplicates=0, rejected=rejected)

    def _take_sequence(self, conn, n: int) -> int:
        """Reserve `n` numbers of the catalogue change sequence; returns the last one."""
        c = counters_table.c
        take = (sa.update(counters_table).where(c.name == ITEMS_COUNTER)
                .values(value=c.value + n).returning(c.value))
        last = conn.execute(take).scalar()
        if last is None:  # a new store (or one from before the sequence): start after what exists
            start = sa.select(sa.literal(ITEMS_COUNTER), sa.func.coalesce(sa.func.max(items_table.c.change_seq), 0)).where(sa.true())  # SQLite parses ON CONFLICT only after a WHERE
            conn.execute(self._insert()(counters_table).from_select(["name", "value"], start)
                         .on_conflict_do_nothing(index_elements=["name"]))
            last = conn.execute(take).scalar_one()
        return int(last)


def _merge(patches: Sequence[ItemPatch], current: dict[str, dict[str, Any]]):
    """Apply each patch over the stored row (or the batch's earlier rows): the items to write,
    and the rejected rows as `(index, kind, message)`."""
    rejected: list[tuple[int, str, str]] = []
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
    return merged, rejected
