"""Durable writes: concurrent atomic replaces of one file never tear it or fail."""

import json
import threading

from store.files import write_atomic


def test_threads_replacing_one_file_leave_one_whole_version(tmp_path):
    target = tmp_path / "state.json"
    errors = []

    def writer(n):
        try:
            for i in range(200):
                write_atomic(target, json.dumps({"writer": n, "i": i, "pad": "x" * 2000}))
        except Exception as exc:  # a shared temp file made one writer's rename fail
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert json.loads(target.read_text())["i"] == 199
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
