"""Importers: three formats, row-by-row rejection, idempotence, and a crash midway."""

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from store.importing import ImportFileError, import_file

EVENTS = [
    {"event_id": "e1", "user_id": "u1", "item_id": "a", "type": "view", "timestamp": "2026-10-01T10:00:00Z"},
    {"event_id": "e2", "user_id": "u1", "item_id": "a", "type": "purchase", "timestamp": "2026-10-01T10:05:00Z",
     "quantity": 2, "price": 9.5, "session_id": "s1", "channel": "web"},
    {"event_id": "e3", "user_id": "u2", "type": "search", "query": "shirt dress", "timestamp": "2026-10-02T08:00:00Z"},
]
ITEMS = [
    {"item_id": "a", "title": "Linen Shirt Dress", "category": "Clothing > Women > Dresses", "price": 49.0,
     "in_stock": True, "attributes": {"color": "white"}},
    {"item_id": "b", "title": "Slim Dress Shirt", "category": "Clothing > Men > Shirts", "price": 39.0, "in_stock": False},
]


def write(path, rows):
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    elif path.suffix == ".csv":
        columns = sorted({k for r in rows for k in r})
        with path.open("w", newline="") as fh:
            w = csv.DictWriter(fh, columns)
            w.writeheader()
            for r in rows:
                w.writerow({k: json.dumps(v) if isinstance(v, dict) else v for k, v in r.items()})
    else:
        columns = list(dict.fromkeys(k for r in rows for k in r))
        pq.write_table(pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns}), path)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_every_format_stores_the_same_rows(store, tmp_path, suffix):
    summary = import_file(store, "events", write(tmp_path / f"events{suffix}", EVENTS))
    assert (summary.read, summary.stored, summary.rejected_total) == (3, 3, 0)
    history = store.user_history("u1")
    assert [(e["type"], e["quantity"], e["price"]) for e in history] == [("purchase", 2.0, 9.5), ("view", 1.0, None)]
    cat = import_file(store, "catalog", write(tmp_path / f"items{suffix}", ITEMS))
    assert cat.stored == 2
    assert store.get_item("a")["attributes"] == {"color": "white"}
    assert store.get_item("b")["in_stock"] is False


def test_reimporting_a_file_changes_nothing(store, tmp_path):
    # the last two rows carry no event_id: a content id (with timestamp) or a file position (without) stands in
    rows = EVENTS + [{"user_id": "u3", "item_id": "b", "type": "view", "timestamp": "2026-10-03T00:00:00Z"},
                     {"user_id": "u3", "item_id": "b", "type": "view"}]
    path = write(tmp_path / "events.jsonl", rows)
    first = import_file(store, "events", path)
    second = import_file(store, "events", path)
    assert (first.stored, first.duplicates) == (5, 0)
    assert (second.stored, second.duplicates) == (0, 5)
    assert store.count_events() == 5
    items = write(tmp_path / "items.jsonl", ITEMS)
    import_file(store, "catalog", items)
    before = store.get_items(["a", "b"])
    import_file(store, "catalog", items)
    after = store.get_items(["a", "b"])
    assert before == after and store.count_items() == 2


def test_a_bad_file_is_reported_row_by_row_and_good_rows_are_stored(store, tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join([
        json.dumps(EVENTS[0]),
        '{"user_id": "u1", "item_id": ',                                    # 2: bad JSON
        json.dumps({"item_id": "a", "type": "view"}),                        # 3: no user
        json.dumps({"user_id": "u9", "item_id": "a", "type": "teleport"}),   # 4: unknown type
        json.dumps({"user_id": "u9", "item_id": "a", "type": "purchase", "price": "free"}),  # 5: price
        json.dumps({"user_id": "u9", "item_id": "a", "type": "view", "timestamp": "last week"}),  # 6
        "[1, 2, 3]",                                                         # 7: not an object
        json.dumps({"item_id": "b", "type": "view"}),                        # 8: no user again
        json.dumps(EVENTS[1]),
    ]) + "\n")
    summary = import_file(store, "events", path)
    assert (summary.read, summary.stored, summary.rejected_total) == (9, 2, 7)
    assert summary.rejected["user_id: missing"] == 2
    assert [line for line, _ in summary.examples["user_id: missing"]] == [3, 8]
    assert [line for line, _ in summary.examples["bad JSON"]] == [2, 7]
    text = summary.render()
    for fragment in ("rejected             7", "user_id: missing  (lines 3, 8)", "teleport", "'free'", "ISO 8601"):
        assert fragment in text
    assert summary.as_dict()["rejected_by_reason"]["user_id: missing"]["count"] == 2
    assert store.count_events() == 2


def test_csv_rows_with_the_wrong_number_of_cells_are_rejected(store, tmp_path):
    path = tmp_path / "items.csv"
    path.write_text('item_id,title,price\na,Lamp,10\nb,Table\nc,"Oak Lamp Table, drawer",x\nd,Tea,3\n')
    summary = import_file(store, "catalog", path)
    assert summary.stored == 2
    assert summary.examples["bad CSV"][0][0] == 2
    assert summary.examples["price: Input should be a valid number, unable to parse string as a number"][0][0] == 3


def test_unknown_format_and_missing_file_are_clear_errors(store, tmp_path):
    with pytest.raises(ImportFileError, match="cannot tell the format"):
        import_file(store, "events", write(tmp_path / "events.jsonl", EVENTS).rename(tmp_path / "events.txt"))
    with pytest.raises(ImportFileError, match="no such file"):
        import_file(store, "events", tmp_path / "missing.jsonl")


def test_an_import_killed_midway_keeps_whole_batches_and_resumes(tmp_path):
    n, batch = 200_000, 1000
    path = tmp_path / "big.jsonl"
    with path.open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"event_id": f"e{i}", "user_id": f"u{i % 997}", "item_id": f"i{i % 503}",
                                 "type": "view", "timestamp": "2026-10-01T00:00:00Z"}) + "\n")
    home = tmp_path / "home"
    cmd = [sys.executable, "-m", "cli.main", "--home", str(home), "import", "events", str(path),
           "--batch-size", str(batch), "--progress", "off"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db = home / "kaiyu.db"
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 5 * batch:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after_kill = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert after_kill >= stored and after_kill < n
    assert after_kill % batch == 0  # whole batches only: nothing half-written
    done = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True)
    summary = json.loads(done.stdout)
    assert summary["duplicates"] == after_kill and summary["stored"] == n - after_kill
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == n
