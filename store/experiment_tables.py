"""Where A/B experiments and the suggestion blocklist live (SQLite or PostgreSQL), beside the
store's own tables but in their own `MetaData`, created on first use: the experiment code owns
these two tables and nothing else.

An experiment's life: `running` (assigning shoppers), then `stopped` (no longer assigning; its
results still readable), optionally with a `winner` promoted (the variant whose changes the
operator keeps). At most one experiment runs per surface (search, recs) at a time: two on one
surface would split the same traffic twice and confound each other's results.
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa

from store.experiments import Experiment
from store.tables import create_tables, search_query_key

metadata = sa.MetaData()

experiments_table = sa.Table(
    "experiments", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("definition", sa.Text, nullable=False),  # the Experiment as JSON
    sa.Column("surface", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # running | stopped
    sa.Column("winner", sa.String(64)),
    sa.Column("created_at", sa.Float, nullable=False),  # epoch seconds, UTC
    sa.Column("stopped_at", sa.Float),
)

suggestion_blocklist_table = sa.Table(
    "suggestion_blocklist", metadata,
    sa.Column("term", sa.String(200), primary_key=True),  # folded (`search_query_key`)
    sa.Column("added_at", sa.Float, nullable=False),
)


class ExperimentError(ValueError):
    """A refused change: the message says why (the API answers it with 409 or 404)."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.status = status


class ExperimentStore:
    """Experiments and the suggestion blocklist of one database (`sa.Engine`)."""

    def __init__(self, engine: sa.engine.Engine):
        self.engine = engine
        create_tables(metadata, engine)

    def create(self, experiment: Experiment, *, now: float | None = None) -> dict[str, Any]:
        c = experiments_table.c
        with self.engine.begin() as conn:
            if conn.execute(sa.select(c.id).where(c.id == experiment.id)).first():
                raise ExperimentError(f"experiment {experiment.id!r} exists already")
            running = conn.execute(sa.select(c.id).where(c.surface == experiment.surface, c.status == "running")).first()
            if running:
                raise ExperimentError(f"experiment {running[0]!r} is running on {experiment.surface}: stop it first")
            conn.execute(sa.insert(experiments_table).values(
                id=experiment.id, definition=experiment.model_dump_json(), surface=experiment.surface,
                status="running", created_at=time.time() if now is None else now))
        return self.get(experiment.id)

    def get(self, experiment_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(experiments_table).where(experiments_table.c.id == experiment_id)).mappings().first()
        if row is None:
            raise ExperimentError(f"no experiment {experiment_id!r}", status=404)
        return _record(row)

    def list(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(experiments_table).order_by(experiments_table.c.created_at.desc())).mappings()
            return [_record(r) for r in rows]

    def running(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(experiments_table).where(experiments_table.c.status == "running")).mappings()
            return [_record(r) for r in rows]

    def stop(self, experiment_id: str, *, winner: str | None = None) -> dict[str, Any]:
        """Stop assigning; with `winner`, record the variant promoted (it must be one of them).
        Stopping a stopped experiment again may still name its winner, once."""
        record = self.get(experiment_id)
        names = [v.name for v in record["experiment"].variants]
        if winner is not None and winner not in names:
            raise ExperimentError(f"{winner!r} is not a variant of {experiment_id!r} ({', '.join(names)})", 422)
        if record["winner"] is not None and winner is not None:
            raise ExperimentError(f"{experiment_id!r} already promoted {record['winner']!r}")
        values: dict[str, Any] = {"status": "stopped"}
        if record["status"] == "running":
            values["stopped_at"] = time.time()
        if winner is not None:
            values["winner"] = winner
        with self.engine.begin() as conn:
            conn.execute(sa.update(experiments_table).where(experiments_table.c.id == experiment_id).values(**values))
        return self.get(experiment_id)

    # -- the suggestion blocklist ---------------------------------------------------------------

    def blocklist(self) -> list[str]:
        with self.engine.connect() as conn:
            return [t for (t,) in conn.execute(sa.select(suggestion_blocklist_table.c.term).order_by("term"))]

    def block(self, terms: list[str]) -> list[str]:
        """Add terms (folded as queries are); returns the whole list."""
        keys = {search_query_key(t)[:200] for t in terms} - {""} - set(self.blocklist())
        if keys:
            with self.engine.begin() as conn:
                conn.execute(sa.insert(suggestion_blocklist_table), [{"term": k, "added_at": time.time()} for k in keys])
        return self.blocklist()

    def unblock(self, terms: list[str]) -> list[str]:
        keys = [search_query_key(t) for t in terms]
        with self.engine.begin() as conn:
            conn.execute(sa.delete(suggestion_blocklist_table).where(suggestion_blocklist_table.c.term.in_(keys)))
        return self.blocklist()


def _record(row) -> dict[str, Any]:
    return {"experiment": Experiment.model_validate_json(row["definition"]), "status": row["status"],
            "winner": row["winner"], "created_at": row["created_at"], "stopped_at": row["stopped_at"]}
