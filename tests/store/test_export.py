"""`kaiyu export`: the store's events (and catalogue) as Parquet, re-importable, never half written."""

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow.parquet as pq
import pytest

from store.importing import import_file
from store.schema import Event, ItemPatch
from store.db import Store
from cli.main import main as kaiyu_main
from store.export import (EVENT_SCHEMA, MANIFEST, ExportError, export_catalog, export_events, part_files,
                             read_event_arrays, read_manifest)

T0 = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=timezone.utc)
CONTRACT_COLUMNS = ["user_id", "item_id", "type", "timestamp", "quantity", "price", "session_id", "query",
                    "channel", "event_id", "search_id", "rec_id", "position"]


def _events(n: int = 23) -> list[Event]:
    kinds = ["view", "click", "add_to_cart", "purchase", "remove_from_cart"]
    out = []
    for k in range(n):
        row = {"user_id": f"u{k % 4}", "item_id": f"sku-{k % 7}", "type": kinds[k % len(kinds)],
               "timestamp": (T0 + timedelta(hours=5 * k, microseconds=k)).isoformat(),
               "quantity": 1 + k % 3, "event_id": f"e{k:03d}"}
        if k % 2:
            row.update(price=9.99 + k, session_id=f"s{k // 4}", channel="app")
        if k % 5 == 0:
            row.update(query="red lamp")
        out.append(Event.from_row(row))
    # a search has no item, and one event carries no event_id of its own (posted without one)
    out.append(Event.from_row({"user_id": "u1", "type": "search", "query": "lamp shade", "event_id": "e-search",
                               "timestamp": (T0 + timedelta(days=9)).isoformat()}))
    anonymous = Event.from_row({"user_id": "u2", "item_id": "sku-1", "type": "view",
                                "timestamp": (T0 + timedelta(days=10)).isoformat()})
    anonymous.event_id = None
    out.append(anonymous)
    return out


def _all_events(store: Store) -> list[tuple]:
    rows = []
    for batch in store.iter_event_batches():
        rows += list(zip(*(batch[c] for c in ("event_id", "user_id", "item_id", "type", "ts", "quantity", "price",
                                             "session_id", "query", "channel"))))
    return rows


def test_events_round_trip_through_parquet_parts(store, tmp_path):
    events = _events()
    store.add_events(events)
    out = tmp_path / "export"
    result = export_events(store, out, rows_per_file=10, batch_size=7)
    assert result.rows == len(events)
    manifest = read_manifest(out)
    assert manifest["rows"] == len(events) and manifest["written_at"]
    assert manifest["time_range"] == {"min": "2026-03-01T09:30:15.123456Z", "max": "2026-03-11T09:30:15.123456Z"}
    assert [f["rows"] for f in manifest["files"]] == [10, 10, 5]  # batches straddle the part files
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "part-00000.parquet", "part-00001.parquet",
                                                     "part-00002.parquet"]
    for part in part_files(out):
        assert pq.read_schema(part).names == CONTRACT_COLUMNS
        assert pq.read_schema(part).equals(EVENT_SCHEMA)

    fresh = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        for part in part_files(out):
            summary = import_file(fresh, "events", part)
            assert summary.rejected_total == 0, summary.render()
        original, copied = _all_events(store), _all_events(fresh)
        assert len(copied) == len(original)
        for before, after in zip(original, copied):
            assert after[1:] == before[1:]  # user, item, type, timestamp, quantity, price, session, query, channel
            # an event stored without an id gets one derived from its content on re-import
            assert after[0] == before[0] if before[0] is not None else after[0].startswith("h:")
        # importing the export again stores nothing new
        assert sum(import_file(fresh, "events", p).stored for p in part_files(out)) == 0
    finally:
        fresh.close()


def test_read_back_as_training_arrays_equals_the_store(store, tmp_path):
    store.add_events(_events(40))
    export_events(store, tmp_path / "x", rows_per_file=16)
    a, b = read_event_arrays(tmp_path / "x"), store.event_arrays()
    assert len(a) == len(b) == 41  # the search (no item) is left out, as training leaves it out
    for name in ("user_ids", "item_ids", "types", "session_ids"):
        assert list(getattr(a, name)) == list(getattr(b, name)), name
    np.testing.assert_array_equal(a.ts, b.ts)
    np.testing.assert_array_equal(a.quantity, b.quantity)


def test_since_and_until_select_a_window(store, tmp_path):
    store.add_events(_events())
    since, until = T0 + timedelta(hours=20), T0 + timedelta(hours=50)
    result = export_events(store, tmp_path / "w", since=since, until=until)
    table = pq.read_table(part_files(tmp_path / "w")[0])
    stamps = [t for t in table["timestamp"].to_pylist()]
    assert result.rows == len(stamps) == 6  # hours 20 .. 45, every five hours; 50 is excluded
    assert all(since <= t < until for t in stamps)
    assert read_manifest(tmp_path / "w")["selection"] == {"since": "2026-03-02T05:30:15.123456Z",
                                                          "until": "2026-03-03T11:30:15.123456Z"}


def test_an_empty_store_exports_an_empty_readable_table(store, tmp_path):
    result = export_events(store, tmp_path / "empty")
    assert result.rows == 0
    assert pq.read_table(part_files(tmp_path / "empty")[0]).num_rows == 0


def test_a_failed_export_leaves_nothing_that_looks_complete(store, tmp_path):
    store.add_events(_events())

    class Failing:
        dialect = "sqlite"

        def iter_event_batches(self, **kw):
            yield from store.iter_event_batches(batch_size=5)
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export_events(Failing(), tmp_path / "out", rows_per_file=3)
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.partial-*"))
    # a partial directory left by a killed export is cleared by the next one
    stale = tmp_path / ".out.partial-999999999"
    stale.mkdir()
    (stale / "part-00000.parquet").write_bytes(b"half")
    export_events(store, tmp_path / "out")
    assert not stale.exists() and read_manifest(tmp_path / "out")["rows"] == len(_events())


def test_an_existing_export_is_not_overwritten(store, tmp_path):
    export_events(store, tmp_path / "x")
    with pytest.raises(ExportError, match="already exists"):
        export_events(store, tmp_path / "x")
    with pytest.raises(ExportError, match="not a finished Kaiyu export"):
        read_manifest(tmp_path)


def test_batches_stream_in_bounded_chunks(store):
    store.add_events(_events(60))
    sizes = [len(b["ts"]) for b in store.iter_event_batches(batch_size=16)]
    assert sizes == [16, 16, 16, 14]


def test_catalog_round_trip(store, tmp_path):
    items = [ItemPatch.model_validate({"item_id": "lamp-1", "title": "Table Lamp", "price": 30.5, "brand": "Lumo",
                                       "category": "Home > Lighting", "currency": "EUR", "in_stock": False,
                                       "attributes": {"color": "red", "size": "M"}, "image_url": "http://x/1.png",
                                       "created_at": "2026-01-02T03:04:05Z", "description": "A lamp."}),
             ItemPatch.model_validate({"item_id": "mug", "title": "Mug"})]
    store.upsert_items(items)
    done = export_catalog(store, tmp_path / "catalog.parquet")
    assert done["rows"] == 2
    fresh = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        summary = import_file(fresh, "catalog", tmp_path / "catalog.parquet")
        assert summary.stored == 2 and summary.rejected_total == 0
        assert fresh.get_items(["lamp-1", "mug"]) == store.get_items(["lamp-1", "mug"])
    finally:
        fresh.close()
    with pytest.raises(ExportError, match="parquet"):
        export_catalog(store, tmp_path / "catalog.csv")


def test_the_cli_exports_and_the_parts_reimport(tmp_path, capsys):
    home = tmp_path / "home"
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.model_dump(mode="json")) + "\n" for e in _events()))
    assert kaiyu_main(["--home", str(home), "import", "events", str(source)]) == 0
    capsys.readouterr()
    done = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), "export", "events",
                           "--out", str(tmp_path / "out"), "--until", "2026-03-05"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "exported 18 events" in done.stdout and "time range  2026-03-01T09:30:15.123456Z" in done.stdout
    again = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), "export", "events",
                            "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr
    bad = kaiyu_main(["--home", str(home), "export", "events", "--out", str(tmp_path / "o2"), "--since", "soon"])
    assert bad == 2 and "ISO 8601" in capsys.readouterr().err
    # the round trip through the command: import the part into a fresh home
    for part in part_files(tmp_path / "out"):
        assert kaiyu_main(["--home", str(tmp_path / "fresh"), "import", "events", str(part), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["stored"] == 18 and summary["rejected"] == 0
    assert kaiyu_main(["--home", str(home), "export", "catalog", "--out", str(tmp_path / "c.parquet")]) == 0
    assert "exported 0 items" in capsys.readouterr().out
