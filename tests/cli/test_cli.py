"""The `kaiyu` command as an operator runs it: a real subprocess."""

import json
import subprocess
import sys


def kaiyu(*args, env=None):
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=env)


def test_import_prints_counts_and_reasons(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text('{"item_id": "a", "title": "Table Lamp", "price": 30}\n{"item_id": "b"}\n{"item_id": "c", "title": "Lamp Table", "price": "x"}\n')
    done = kaiyu("import", "catalog", str(path), "--home", str(tmp_path / "home"))
    assert done.returncode == 0, done.stderr
    assert "read                 3" in done.stdout and "stored               1" in done.stdout
    assert "title is required for a new item" in done.stdout and "(lines 3)" in done.stdout
    as_json = kaiyu("--home", str(tmp_path / "home"), "import", "catalog", str(path), "--json")
    summary = json.loads(as_json.stdout)
    assert summary["stored"] == 1 and summary["rejected"] == 2


def test_a_missing_file_is_an_error_message_not_a_traceback(tmp_path):
    done = kaiyu("import", "events", str(tmp_path / "nope.jsonl"), "--home", str(tmp_path))
    assert done.returncode == 2
    assert "no such file" in done.stderr and "Traceback" not in done.stderr


def test_help_shows_every_command_and_defaults():
    done = kaiyu("--help")
    for command in ("import", "train", "serve", "demo", "evaluate"):
        assert command in done.stdout
    assert "default: 5000" in kaiyu("import", "--help").stdout


def test_train_exit_status_tells_a_refusal_from_a_failure(tmp_path):
    import os

    empty = kaiyu("--home", str(tmp_path / "a"), "train")
    assert empty.returncode == 2 and "catalogue is empty" in empty.stderr
    broken = kaiyu("--home", str(tmp_path / "b"), "train",
                   env={**os.environ, "KAIYU_DATABASE_URL": "mysql://nobody@127.0.0.1/none"})
    assert broken.returncode == 3 and "FAILED (the serving bundle is unchanged)" in broken.stderr
