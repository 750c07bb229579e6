"""Exports: the store's events (and catalogue) as Parquet, for other engines to read.

`kaiyu export events --out DIR` writes every event, in the contract's event format
(`user_id, item_id, type, timestamp, quantity, price, session_id, query, channel, event_id`, then
the attribution columns `search_id, rec_id, position`), as a directory of part files plus
`_manifest.json`:

    DIR/part-00000.parquet      up to `rows_per_file` rows each, oldest first
    DIR/_manifest.json          {"rows", "time_range": {"min", "max"}, "written_at", "files", ...}

It reads one query from the store, streamed in batches (flat memory however long the log), and
writes into a hidden sibling directory that is renamed to DIR only once everything (the manifest
last) is on disk: a crash never leaves a half export that looks complete. Every part file is a
valid import file: `kaiyu import events DIR/part-00000.parquet` stores its events again (`event_id`
deduplicates them). Spark, DuckDB, pandas or pyarrow read the directory as one table.

`kaiyu export catalog --out FILE.parquet` writes the catalogue in the contract's item format
(`attributes` as a JSON object in text, as the CSV import takes it), re-importable with
`kaiyu import catalog FILE.parquet`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from store.files import fsync_dir
from store.records import EventArrays
from store.schema import ITEM_FIELDS
from store.tables import iso_utc

MANIFEST = "_manifest.json"
EXPORT_FORMAT = "kaiyu-events"
EXPORT_VERSION = 1

#: the contract's event format, in the contract's order; `timestamp` is UTC, microseconds
EVENT_SCHEMA = pa.schema([
    ("user_id", pa.string()),
    ("item_id", pa.string()),
    ("type", pa.string()),
    ("timestamp", pa.timestamp("us", tz="UTC")),
    ("quantity", pa.float64()),
    ("price", pa.float64()),
    ("session_id", pa.string()),
    ("query", pa.string()),
    ("channel", pa.string()),
    ("event_id", pa.string()),
    ("search_id", pa.string()),  # the response that showed the item (store.impressions)
    ("rec_id", pa.string()),
    ("position", pa.int32()),  # the 1-based rank it was shown at
])

ITEM_SCHEMA = pa.schema([
    ("item_id", pa.string()),
    ("title", pa.string()),
    ("description", pa.string()),
    ("category", pa.string()),
    ("brand", pa.string()),
    ("price", pa.float64()),
    ("currency", pa.string()),
    ("in_stock", pa.bool_()),
    ("attributes", pa.string()),  # a JSON object of strings or lists of strings
    ("image_url", pa.string()),
    ("created_at", pa.timestamp("us", tz="UTC")),
])


class ExportError(RuntimeError):
    """The export cannot be written (the target exists and is not empty, say)."""


@dataclass
class ExportResult:
    """What an export wrote."""

    path: str
    rows: int
    files: list[dict[str, Any]] = field(default_factory=list)
    min_timestamp: str | None = None
    max_timestamp: str | None = None
    seconds: float = 0.0
    bytes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def render(self) -> str:
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        span = f"{self.min_timestamp} .. {self.max_timestamp}" if self.rows else "no events"
        return (f"exported {self.rows:,} events to {self.path} in {self.seconds:.1f} s ({rate:,.0f} rows/s)\n"
                f"  files       {len(self.files)} ({self.bytes / 1e6:,.1f} MB)\n"
                f"  time range  {span}")


def _micros(ts: list[float]) -> np.ndarray:
    return np.round(np.asarray(ts, dtype=np.float64) * 1e6).astype(np.int64)


def _event_batch(columns: dict[str, list]) -> pa.RecordBatch:
    arrays = []
    for fld in EVENT_SCHEMA:
        if fld.name == "timestamp":
            arrays.append(pa.array(_micros(columns["ts"]), type=fld.type))
        else:
            arrays.append(pa.array(columns[fld.name], type=fld.type))
    return pa.RecordBatch.from_arrays(arrays, schema=EVENT_SCHEMA)


def _prepare_target(out: Path) -> Path:
    """Check `out` may be written and clear stale partial exports of it; returns the temporary
    directory to write into (a hidden sibling, so the final rename never crosses filesystems)."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out} already exists and is not an empty directory: choose another --out or remove it")
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(f".{out.name}.partial-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and _alive(int(pid)):
            raise ExportError(f"another export to {out} is running (pid {pid})")
        shutil.rmtree(stale, ignore_errors=True)
    return out.parent / f".{out.name}.partial-{os.getpid()}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a partial directory of ours is from an earlier, failed call
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Parts:
    """Part files of at most `rows_per_file` rows each in `directory`, opened as rows arrive."""

    def __init__(self, directory: Path, rows_per_file: int, compression: str):
        self.directory, self.rows_per_file, self.compression = directory, rows_per_file, compression
        self.files: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._rows = 0  # in the open part

    def _name(self) -> str:
        return f"part-{len(self.files):05d}.parquet"

    def write(self, batch: pa.RecordBatch) -> None:
        start = 0
        while start < batch.num_rows:  # a batch may straddle two part files
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.directory / self._name(), EVENT_SCHEMA, compression=self.compression)
            take = min(batch.num_rows - start, self.rows_per_file - self._rows)
            self._writer.write_batch(batch.slice(start, take))
            self._rows += take
            start += take
            if self._rows >= self.rows_per_file:
                self._close_part()

    def _close_part(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self.files.append({"name": self._name(), "rows": self._rows})
            self._writer, self._rows = None, 0

    def finish(self) -> list[dict[str, Any]]:
        """Close the open part; the parts written, at least one (an empty selection is still a
        readable table: one empty part)."""
        self._close_part()
        if not self.files:
            pq.write_table(EVENT_SCHEMA.empty_table(), self.directory / self._name(), compression=self.compression)
            self.files.append({"name": self._name(), "rows": 0})
        return self.files

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()


def _events_manifest(result: ExportResult, store, since: datetime | None, until: datetime | None) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "kind": "events", "rows": result.rows,
        "time_range": {"min": result.min_timestamp, "max": result.max_timestamp},
        "selection": {"since": iso_utc(since.timestamp()) if since else None,
                      "until": iso_utc(until.timestamp()) if until else None},
        "written_at": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
        "seconds": result.seconds, "files": result.files, "bytes": result.bytes,
        "columns": [f.name for f in EVENT_SCHEMA], "order": "timestamp, then arrival",
        "source": getattr(store, "dialect", None),
    }


def export_events(store, out_dir: str | os.PathLike, *, since: datetime | None = None,
                  until: datetime | None = None, batch_size: int = 50_000, rows_per_file: int = 2_000_000,
                  compression: str = "zstd", log: Callable[[str], None] | None = None) -> ExportResult:
    """Write the events of `store` (optionally `since` <= timestamp < `until`) to `out_dir` as
    Parquet part files and `_manifest.json`; see the module doc. `log` gets progress lines."""
    if batch_size <= 0 or rows_per_file <= 0:
        raise ValueError("batch_size and rows_per_file must be positive")
    out = Path(out_dir)
    tmp = _prepare_target(out)
    started = last_log = time.perf_counter()
    result = ExportResult(path=str(out), rows=0)
    lo, hi = None, None
    parts = _Parts(tmp, rows_per_file, compression)
    tmp.mkdir()
    try:
        for columns in store.iter_event_batches(since=since, until=until, batch_size=batch_size):
            batch = _event_batch(columns)
            parts.write(batch)
            lo = columns["ts"][0] if lo is None else lo  # rows come oldest first
            hi = columns["ts"][-1]
            result.rows += batch.num_rows
            now = time.perf_counter()
            if log is not None and now - last_log >= 2.0:
                log(f"  {result.rows:,} events exported ({result.rows / (now - started):,.0f} rows/s)")
                last_log = now
        result.files = parts.finish()
        result.min_timestamp, result.max_timestamp = iso_utc(lo), iso_utc(hi)
        result.bytes = sum((tmp / f["name"]).stat().st_size for f in result.files)
        result.seconds = round(time.perf_counter() - started, 3)
        (tmp / MANIFEST).write_text(json.dumps(_events_manifest(result, store, since, until), indent=2))
        fsync_dir(tmp)
        os.rename(tmp, out)  # onto a missing or empty directory: atomic
        fsync_dir(out.parent)
    except BaseException:
        parts.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


def read_manifest(export_dir: str | os.PathLike) -> dict[str, Any]:
    """The manifest of a finished export; ExportError when `export_dir` is not one."""
    path = Path(export_dir) / MANIFEST
    if not path.is_file():
        raise ExportError(f"{export_dir} is not a finished Kaiyu export (no {MANIFEST})")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != EXPORT_FORMAT:
        raise ExportError(f"{path} is not a Kaiyu events export")
    return manifest


def part_files(export_dir: str | os.PathLike) -> list[Path]:
    """The part files of a finished export, in order (oldest events first)."""
    manifest = read_manifest(export_dir)
    return [Path(export_dir) / f["name"] for f in manifest["files"]]


def read_event_arrays(export_dir: str | os.PathLike, *, with_items_only: bool = True):
    """The events of an export as `store.db.EventArrays`, in the store's order (time, then
    arrival): what `Store.event_arrays()` returns for the same snapshot."""
    columns = ["user_id", "item_id", "type", "timestamp", "quantity", "session_id"]
    tables = [pq.read_table(p, columns=columns) for p in part_files(export_dir)]
    table = pa.concat_tables(tables) if tables else EVENT_SCHEMA.empty_table().select(columns)
    if with_items_only:
        table = table.filter(table["item_id"].is_valid())

    def objects(name):
        return np.asarray(table[name].to_numpy(zero_copy_only=False), dtype=object)

    micros = table["timestamp"].cast(pa.int64()).to_numpy(zero_copy_only=False)
    return EventArrays(objects("user_id"), objects("item_id"), objects("type"),
                       np.asarray(micros, dtype=np.float64) / 1e6,
                       np.asarray(table["quantity"].to_numpy(zero_copy_only=False), dtype=np.float64),
                       objects("session_id"))


def export_catalog(store, out_file: str | os.PathLike, *, chunk: int = 5000) -> dict[str, Any]:
    """Write the catalogue to one Parquet file (written aside, then renamed into place); returns
    `{"path", "rows", "seconds"}`."""
    out = Path(out_file)
    if out.suffix != ".parquet":
        raise ExportError(f"{out.name}: the catalogue export is Parquet: name the file *.parquet")
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    tmp = out.parent / f".{out.name}.partial-{os.getpid()}"
    ids = [str(i) for i in store.catalog().item_ids]
    try:
        with pq.ParquetWriter(tmp, ITEM_SCHEMA, compression="zstd") as writer:
            for start in range(0, len(ids), chunk):
                part = ids[start:start + chunk]
                found = store.get_items(part)
                rows = [found[i] for i in part if i in found]
                cols: dict[str, list] = {f: [] for f in ITEM_FIELDS}
                for row in rows:
                    for f in ITEM_FIELDS:
                        value = row.get(f)
                        if f == "attributes":
                            value = orjson.dumps(value or {}).decode()
                        elif f == "created_at" and value is not None:
                            value = int(round(value.timestamp() * 1e6))
                        cols[f].append(value)
                writer.write_batch(pa.RecordBatch.from_arrays(
                    [pa.array(cols[f.name], type=f.type) for f in ITEM_SCHEMA], schema=ITEM_SCHEMA))
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"path": str(out), "rows": len(ids), "seconds": round(time.perf_counter() - started, 3)}


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 command-line bound (a date alone means its midnight, UTC)."""
    if value is None:
        return None
    from store.schema import parse_timestamp

    return parse_timestamp(value)


def progress_printer(stream=None) -> Callable[[str], None]:
    stream = stream or sys.stderr

    def log(message: str) -> None:
        print(message, file=stream, flush=True)
    return log
