"""Merchandising rules and synonyms in the store (SQLite or PostgreSQL), versioned.

Every change (create, update, delete) appends one row to `merch_versions`: the entry's kind
(`rule` or `synonym`), its id, its next version number and its body as JSON (NULL: deleted).
Nothing is ever overwritten, so every version stays listable, and the number of rows is the
rule set's change sequence: it grows by one with every committed change, whatever the order in
which concurrent writers commit, which is what serving workers poll (`MerchStore.sequence`)
to know that they must re-read the set.

The tables are their own `MetaData`, created by `MerchStore` on the store's engine, so a store
that never uses rules never has them.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any, Literal

import orjson
import sqlalchemy as sa

from store.tables import create_tables

Kind = Literal["rule", "synonym"]

metadata = sa.MetaData()

merch_versions_table = sa.Table(
    "merch_versions", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("entry_id", sa.String(128), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("body", sa.Text),  # JSON; NULL: this version deletes the entry
    sa.Column("written_at", sa.Float, nullable=False),  # epoch seconds, UTC
    sa.UniqueConstraint("kind", "entry_id", "version", name="uq_merch_versions_entry_version"),
)


class VersionConflict(RuntimeError):
    """Another writer changed the same entry at the same moment: read it again and retry."""


def _time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).isoformat().replace("+00:00", "Z")


def _entry(row) -> dict[str, Any]:
    """A version row as the entry it stores, with `id`, `version` and `updated_at` set."""
    body = orjson.loads(row.body) if row.body is not None else {}
    return {**body, "id": row.entry_id, "version": row.version, "updated_at": _time(row.written_at),
            **({"deleted": True} if row.body is None else {})}


class MerchStore:
    """Rules and synonyms of one store: the current set, each entry's versions, and writes."""

    def __init__(self, store):
        self.engine = store.engine
        create_tables(metadata, self.engine)

    def sequence(self) -> int:
        """How many changes were ever committed (grows by one with each)."""
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(merch_versions_table)).scalar_one())

    def current(self, kind: Kind) -> list[dict[str, Any]]:
        """The entries of `kind` as their latest versions say, deleted ones left out, by id."""
        t = merch_versions_table
        latest = (sa.select(t.c.entry_id, sa.func.max(t.c.version).label("version"))
                  .where(t.c.kind == kind).group_by(t.c.entry_id).subquery())
        query = (sa.select(t).join(latest, (t.c.entry_id == latest.c.entry_id) & (t.c.version == latest.c.version))
                 .where(t.c.kind == kind, t.c.body.is_not(None)).order_by(t.c.entry_id))
        with self.engine.connect() as conn:
            return [_entry(row) for row in conn.execute(query)]

    def versions(self, kind: Kind, entry_id: str) -> list[dict[str, Any]]:
        """Every version of one entry, oldest first (a deletion is a version marked `deleted`)."""
        t = merch_versions_table
        query = sa.select(t).where(t.c.kind == kind, t.c.entry_id == entry_id).order_by(t.c.version)
        with self.engine.connect() as conn:
            return [_entry(row) for row in conn.execute(query)]

    def get(self, kind: Kind, entry_id: str, version: int | None = None) -> dict[str, Any] | None:
        """The entry's latest version (None if it never existed or was deleted), or the version asked."""
        found = self.versions(kind, entry_id)
        if version is not None:
            return next((v for v in found if v["version"] == version), None)
        return found[-1] if found and not found[-1].get("deleted") else None

    def put(self, kind: Kind, entry_id: str, body: dict[str, Any] | None, *, expect_new: bool = False) -> int:
        """Write the next version of an entry (`body` None deletes it); returns the version.
        `expect_new`: refuse (KeyError) if the entry exists now. VersionConflict when a
        concurrent writer took the same version number."""
        t = merch_versions_table
        data = None if body is None else orjson.dumps(
            {k: v for k, v in body.items() if k not in ("id", "version", "updated_at")}).decode()
        try:
            with self.engine.begin() as conn:
                last = conn.execute(sa.select(t.c.version, t.c.body).where(t.c.kind == kind, t.c.entry_id == entry_id)
                                    .order_by(t.c.version.desc()).limit(1)).first()
                exists = last is not None and last.body is not None
                if expect_new and exists:
                    raise KeyError(entry_id)
                version = (last.version if last is not None else 0) + 1
                conn.execute(t.insert().values(kind=kind, entry_id=entry_id, version=version, body=data,
                                               written_at=time.time()))
        except sa.exc.IntegrityError:
            raise VersionConflict(f"{kind} {entry_id!r} was changed by another writer; try again") from None
        return version

    def delete(self, kind: Kind, entry_id: str) -> int | None:
        """Delete an entry (a new version saying so); None if there is nothing to delete."""
        if self.get(kind, entry_id) is None:
            return None
        return self.put(kind, entry_id, None)
