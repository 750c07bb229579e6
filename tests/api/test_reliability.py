"""Faults and races against a real `kaiyu serve` (issue 18): kill -9 right after an acknowledged
write, kill -9 of a training while it writes its bundle, writers racing searches, and a 200 MB
chunked body without a key. Counted afterwards: what survived, and that no request got a 5xx."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from bundle.directory import BundleStore


from benchmarks.http_client import ServerNotReady, free_port, start_serve, wait_ready

READ, WRITE = "pk_rel_read", "sk_rel_write"
KEYS = f"{READ}:read {WRITE}:read+write"


@contextmanager
def serving(home: Path, *, workers: int = 1):
    """`kaiyu serve` over `home` in its own process group; yields (process, base URL)."""
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": KEYS, "KAIYU_SEARCH_DENSE": "false", "KAIYU_RELOAD_INTERVAL_S": "0.2"}
    env.pop("KAIYU_DATABASE_URL", None)
    log_path = home / f"server-{port}.log"
    proc = start_serve(home, port=port, workers=workers, env=env, log_path=log_path, new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc, timeout=90, log_path=log_path)
    except ServerNotReady as exc:
        kill_group(proc)
        pytest.fail(str(exc))
    try:
        yield proc, base
    finally:
        kill_group(proc)


def kill_group(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(20)


@pytest.fixture
def home(demo_home, tmp_path):
    target = tmp_path / "home"
    shutil.copytree(demo_home.home, target)
    return target


def stored_event_ids(home: Path, ids: list[str]) -> set[str]:
    with sqlite3.connect(home / "kaiyu.db") as conn:
        rows = conn.execute("SELECT event_id FROM events WHERE event_id LIKE ?", (ids[0][:11] + "%",))
        return {r[0] for r in rows} & set(ids)


def test_kill_9_right_after_an_acknowledged_write_loses_nothing(home):
    prefix = f"kill9-{uuid.uuid4().hex[:6]}"
    ids = [f"{prefix}-{n}" for n in range(300)]
    rows = [{"event_id": i, "user_id": f"U{n % 7}", "item_id": "x", "type": "view"} for n, i in enumerate(ids)]
    with serving(home) as (proc, base):
        acked = 0
        for start in range(0, len(rows), 100):
            r = httpx.post(f"{base}/v1/events", json=rows[start:start + 100],
                           headers={"Authorization": f"Bearer {WRITE}"}, timeout=10)
            assert r.status_code == 200, r.text
            acked += r.json()["accepted"]
        kill_group(proc)  # at once: no shutdown, no flush
    assert acked == len(ids)
    assert stored_event_ids(home, ids) == set(ids)
    with serving(home) as (_, base):  # and a restarted server has them
        overview = httpx.get(f"{base}/v1/admin/overview", headers={"Authorization": f"Bearer {WRITE}"})
        assert overview.status_code == 403  # write keys do not read operator data...
        r = httpx.post(f"{base}/v1/events", json=rows[:5], headers={"Authorization": f"Bearer {WRITE}"})
        assert r.json()["accepted"] == 0 and r.json()["duplicates"] == 5  # ...but the rows are there


def test_kill_9_of_a_training_while_it_writes_its_bundle(home):
    bundles = BundleStore(home)
    before, versions = bundles.current(), bundles.versions()
    env = {**os.environ, "KAIYU_SEARCH_DENSE": "false", "KAIYU_TRAIN_TIME_BUDGET_S": "10"}
    log = home / "train.log"
    with log.open("w") as out:
        train = subprocess.Popen([sys.executable, "-m", "cli.main", "train", "--home", str(home), "--force"],
                                 stdout=out, stderr=subprocess.STDOUT, env=env)
    caught = False
    deadline = time.monotonic() + 300
    while train.poll() is None and time.monotonic() < deadline:
        if any(bundles.root.glob(".partial-*")):
            train.send_signal(signal.SIGKILL)
            caught = True
            break
        time.sleep(0.002)
    train.kill()
    train.wait()
    assert caught, f"the training ended before its bundle was caught mid-write: {log.read_text()[-2000:]}"
    assert bundles.versions() == versions and bundles.current() == before
    with serving(home) as (_, base):
        r = httpx.get(f"{base}/v1/search", params={"q": "lamp"}, headers={"Authorization": f"Bearer {READ}"})
        assert r.status_code == 200 and r.json()["items"]
        assert httpx.get(f"{base}/readyz").json()["model_version"] == before


def test_writers_racing_searches_get_no_5xx(home):
    failures: list[str] = []
    counts = {"requests": 0, "acked": 0}
    prefix = f"race-{uuid.uuid4().hex[:6]}"
    sent_ids: list[str] = []
    lock = threading.Lock()
    stop = float("inf")  # set once the server is up

    def run(fn):
        def loop():
            with httpx.Client(timeout=20) as http:
                n = 0
                while time.monotonic() < stop:
                    n += 1
                    try:
                        r = fn(http, n)
                    except httpx.HTTPError as exc:
                        failures.append(f"{fn.__name__}: {exc!r}")
                        continue
                    with lock:
                        counts["requests"] += 1
                    if r.status_code >= 500:
                        failures.append(f"{fn.__name__}: {r.status_code} {r.text[:200]}")
        return loop

    def items(http, n):
        rows = [{"item_id": f"{prefix}-{threading.get_ident() % 1000}-{n}-{k}", "title": f"Racing lamp {n} {k}",
                 "category": "Home > Lighting", "price": 10 + k, "in_stock": bool((n + k) % 2)} for k in range(5)]
        rows.append({"item_id": f"{prefix}-shared", "title": f"Shared racing lamp {n}", "price": n % 50 + 1})
        return http.put(f"{base}/v1/items", json=rows, headers={"Authorization": f"Bearer {WRITE}"})

    def events(http, n):
        ids = [f"{prefix}-e-{threading.get_ident() % 1000}-{n}-{k}" for k in range(20)]
        r = http.post(f"{base}/v1/events", json=[{"event_id": i, "user_id": f"U{k}", "item_id": f"{prefix}-shared",
                                                   "type": "view"} for k, i in enumerate(ids)],
                      headers={"Authorization": f"Bearer {WRITE}"})
        if r.status_code == 200:
            with lock:
                counts["acked"] += r.json()["accepted"]
                sent_ids.extend(ids)
        return r

    def searches(http, n):
        path = ("/v1/search", "/v1/autocomplete", "/v1/users/U0001/recommendations", "/v1/search")[n % 4]
        # fresh Japanese text each time: the tokenizer behind it is shared by the worker's threads
        japanese = "".join(random.choice("あいうえおかきくけこワンピースシャツ白黒赤") for _ in range(6))
        params = {"q": ("racing lamp", "rac", None, japanese)[n % 4], "in_stock": "true" if n % 3 == 0 else None}
        return http.get(base + path, params={k: v for k, v in params.items() if v},
                        headers={"Authorization": f"Bearer {READ}"})

    with serving(home, workers=2) as (_, base):
        stop = time.monotonic() + 8
        threads = [threading.Thread(target=run(f)) for f in (items, items, events, searches, searches, searches)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert counts["requests"] > 50
    assert not failures, failures[:5]
    assert counts["acked"] == len(sent_ids) and len(stored_event_ids(home, sent_ids)) == counts["acked"]


def _rss_mb(pid: int) -> float:
    total = 0.0
    for p in [pid, *map(int, subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split())]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except FileNotFoundError:
            pass
    return total


def test_a_200_mb_chunked_body_without_a_key_is_refused_unread(home):
    with serving(home) as (proc, base):
        before = _rss_mb(proc.pid)
        sent = {"bytes": 0}

        def body():
            chunk = b" " * (1 << 20)
            for _ in range(200):
                sent["bytes"] += len(chunk)
                yield chunk

        for headers, status in (({}, 401), ({"Authorization": f"Bearer {READ}"}, 403),
                                ({"Authorization": f"Bearer {WRITE}"}, 413)):
            started = time.monotonic()
            try:
                r = httpx.post(f"{base}/v1/events", content=body(), timeout=30,
                               headers={"Content-Type": "application/json", **headers})
                assert r.status_code == status, (headers, r.status_code)
            except httpx.HTTPError:
                pass  # answered and closed while the client was still sending
            assert time.monotonic() - started < 20
            assert _rss_mb(proc.pid) - before < 50, (headers, before, _rss_mb(proc.pid))
        assert httpx.get(f"{base}/healthz").status_code == 200
