"""Import files into the store: JSON Lines, CSV or Parquet, streamed in batches.

A file of millions of rows is never held in memory at once: rows are read, validated and
written a batch at a time, each batch in its own transaction, so a killed import keeps every
committed batch and nothing half-written. Re-importing a file changes nothing (events are
deduplicated by `event_id`; catalogue rows are upserts). Bad rows are counted by reason.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import ValidationError

from store.schema import BUILTIN_EVENT_TYPES, ITEM_FIELDS, Event, ItemPatch, describe_error
from store.db import Store

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
EXAMPLES_PER_REASON = 5


class ImportFileError(ValueError):
    """The file as a whole cannot be read (missing, unknown format, unreadable header)."""


@dataclass
class ImportSummary:
    """What an import did. `rejected` counts rejected rows by reason; `examples` holds the first
    few line numbers (1-based, header excluded for CSV; row numbers for Parquet) of each."""

    kind: str
    path: str
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: Counter = field(default_factory=Counter)
    examples: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    seconds: float = 0.0

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def reject(self, line: int, kind: str, message: str) -> None:
        self.rejected[kind] += 1
        if len(self.examples[kind]) < EXAMPLES_PER_REASON:
            self.examples[kind].append((line, message))

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "path": self.path, "read": self.read, "stored": self.stored,
            "duplicates": self.duplicates, "rejected": self.rejected_total,
            "rejected_by_reason": {k: {"count": n, "examples": [{"line": ln, "error": msg} for ln, msg in self.examples[k]]}
                                   for k, n in self.rejected.most_common()},
            "seconds": round(self.seconds, 3),
        }

    def render(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"{self.kind} import of {self.path}: {self.seconds:.1f} s ({rate:,.0f} rows/s)",
            f"  read        {self.read:>10,}",
            f"  stored      {self.stored:>10,}",
            f"  duplicates  {self.duplicates:>10,}  (already stored, skipped)",
            f"  rejected    {self.rejected_total:>10,}",
        ]
        for kind, count in self.rejected.most_common():
            where = ", ".join(str(line) for line, _ in self.examples[kind])
            lines.append(f"    {count:>8,} x {kind}  (lines {where}{', ...' if count > len(self.examples[kind]) else ''})")
            lines.append(f"             e.g. line {self.examples[kind][0][0]}: {self.examples[kind][0][1]}")
        return "\n".join(lines)


def detect_format(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    for suffix in reversed(suffixes):
        if suffix in FORMATS:
            return FORMATS[suffix]
    raise ImportFileError(f"cannot tell the format of {path.name}: use .jsonl, .csv or .parquet")


# A reader yields (line number, row) with row either a dict or an error message for that line.
Row = tuple[int, "dict[str, Any] | str"]


def read_jsonl(path: Path, progress=None) -> Iterator[Row]:
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if progress is not None:
                progress(len(line))
            if not line.strip():
                continue
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield number, f"bad JSON: {exc.args[0] if exc.args else exc}"
                continue
            yield number, row if isinstance(row, dict) else "bad JSON: a line must be one JSON object"


def read_csv(path: Path, progress=None) -> Iterator[Row]:
    with path.open("r", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ImportFileError(f"{path.name}: unreadable CSV header: {exc}") from None
        width = len(header)
        number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except (UnicodeDecodeError, csv.Error) as exc:
                number += 1
                yield number, f"bad CSV: {exc}"
                continue
            number += 1
            if progress is not None:
                progress(sum(len(c) for c in cells) + len(cells))
            if not cells:
                continue
            if len(cells) != width:
                yield number, f"bad CSV: {len(cells)} cells, the header has {width}"
                continue
            # an empty cell is a missing value, not an empty string
            yield number, {h: c for h, c in zip(header, cells) if c != ""}


def read_parquet(path: Path, progress=None, batch_size: int = 20_000) -> Iterator[Row]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a corrupt file
        raise ImportFileError(f"{path.name}: not a readable Parquet file: {exc}") from None
    number = 0
    for batch in parquet.iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            number += 1
            yield number, {k: v for k, v in row.items() if v is not None}
        if progress is not None:
            progress(batch.num_rows)


READERS = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}


def csv_item_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A CSV catalogue row with its list and object cells read: a cell cannot hold a list, so an
    attribute column whose cell is a JSON array (`["S", "M", "L"]`) or object (`{"w": 3}`) is
    that array or object; any other cell is text, as written."""
    out = dict(row)
    for key, cell in row.items():
        if key in ITEM_FIELDS or not isinstance(cell, str):
            continue
        text = cell.strip()
        if (text[:1], text[-1:]) in (("[", "]"), ("{", "}")):
            try:
                out[key] = orjson.loads(text)
            except orjson.JSONDecodeError:
                pass  # text that only looks like JSON stays text
    return out


def _record(kind: str, fmt: str, row: dict[str, Any], *, event_types, now: datetime, origin: str):
    """One row validated as an Event or an ItemPatch (a ValidationError says why not)."""
    if kind == "events":
        return Event.from_row(row, event_types=event_types, now=now, origin=origin)
    return ItemPatch.model_validate(csv_item_cells(row) if fmt == "csv" else row)


def _progress_bar(path: Path, fmt: str, kind: str, show: bool | None):
    """A tqdm bar on stderr over the file (bytes, or rows for Parquet), or None: shown when
    stderr is a terminal, or as `show` says."""
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return None
    from tqdm import tqdm

    total, unit = _progress_total(path, fmt)
    return tqdm(total=total, unit=unit, unit_scale=True, desc=f"import {kind}", file=sys.stderr, mininterval=0.5)


def _progress_total(path: Path, fmt: str) -> tuple[int, str]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            return pq.ParquetFile(path).metadata.num_rows, "rows"
        except Exception:
            return 0, "rows"
    return path.stat().st_size, "B"


class _Batches:
    """Valid rows waiting for their transaction, each with its line number (a row the store
    rejects is reported by line)."""

    def __init__(self, store: Store, kind: str, summary: ImportSummary, size: int):
        self.write = store.add_events if kind == "events" else store.upsert_items
        self.summary, self.size = summary, size
        self.records: list = []
        self.lines: list[int] = []

    def add(self, record, line: int) -> None:
        self.records.append(record)
        self.lines.append(line)
        if len(self.records) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.records:
            return
        result = self.write(self.records)
        self.summary.stored += result.stored
        self.summary.duplicates += result.duplicates
        for index, reason, message in result.rejected:
            self.summary.reject(self.lines[index], reason, message)
        self.records, self.lines = [], []


def import_file(store: Store, kind: Literal["catalog", "events"], path: str | Path, *,
                event_types=BUILTIN_EVENT_TYPES, batch_size: int = 5000,
                show_progress: bool | None = None) -> ImportSummary:
    """Stream `path` into `store` as catalogue rows or events, returning the summary.

    Each batch of `batch_size` valid rows is written in one transaction. A progress bar goes to
    stderr when it is a terminal (or when `show_progress` is true).
    """
    if kind not in ("catalog", "events"):
        raise ValueError(f"kind must be 'catalog' or 'events', not {kind!r}")
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"no such file: {path}")
    fmt = detect_format(path)
    summary = ImportSummary(kind=kind, path=str(path))
    started = time.perf_counter()
    now = datetime.now(timezone.utc)
    bar = _progress_bar(path, fmt, kind, show_progress)
    batches = _Batches(store, kind, summary, batch_size)
    try:
        for number, row in READERS[fmt](path, None if bar is None else bar.update):
            summary.read += 1
            if isinstance(row, str):
                summary.reject(number, row.split(":")[0], row)
                continue
            try:
                record = _record(kind, fmt, row, event_types=event_types, now=now, origin=f"{path.name}:{number}")
            except ValidationError as exc:
                reason, message = describe_error(exc)
                summary.reject(number, reason, message)
                continue
            except (ValueError, TypeError, OverflowError) as exc:  # a value no validator foresaw: still one row
                summary.reject(number, "invalid row", f"invalid row: {exc}"[:300])
                continue
            batches.add(record, number)
        batches.flush()
    finally:
        if bar is not None:
            bar.close()
        summary.seconds = time.perf_counter() - started
    return summary
