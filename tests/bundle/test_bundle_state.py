"""Promotion, rollback and pruning under one lock; CURRENT and history as one atomic step; kill -9
of a promotion and of a bundle being written (issue 18)."""

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from bundle.directory import MANIFEST, BundleStore


def make(bundles, version):
    with bundles.writing(version) as path:
        (path / "data.txt").write_text(version)
        (path / MANIFEST).write_text(json.dumps({"version": version}))


def _hold_bundle_lock(home, ready, release):
    with BundleStore(home).lock():
        ready.set()
        release.wait(20)


@pytest.mark.parametrize("action", ["promote", "rollback", "prune"])
def test_promote_rollback_and_prune_wait_for_the_bundle_lock(tmp_path, action):
    bundles = BundleStore(tmp_path)
    for v in ("v1", "v2", "v3"):
        make(bundles, v)
        bundles.promote(v)
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_bundle_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        done = threading.Event()
        call = {"promote": lambda: bundles.promote("v1"), "rollback": bundles.rollback,
                "prune": lambda: bundles.prune(keep=1)}[action]
        worker = threading.Thread(target=lambda: (call(), done.set()))
        worker.start()
        assert not done.wait(0.7), f"{action} did not wait for the bundle lock"
        release.set()
        assert done.wait(20)
        worker.join()
    finally:
        release.set()
        holder.join()


def test_racing_promotions_rollbacks_and_pruning_never_leave_current_on_a_missing_bundle(tmp_path):
    """The dashboard promotes (in the server's thread pool, several at once) while a training
    writes new bundles and prunes old ones: CURRENT must always name a complete bundle."""
    bundles = BundleStore(tmp_path)
    for n in range(4):
        make(bundles, f"v{n:04d}")
        bundles.promote(f"v{n:04d}")
    stop = time.monotonic() + 3.0
    errors: list[BaseException] = []
    seen_missing: list[str] = []

    def guarded(fn):
        def run():
            try:
                while time.monotonic() < stop:
                    fn()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
        return run

    counter = iter(range(4, 10_000))

    def trainer():
        version = f"v{next(counter):04d}"
        make(bundles, version)
        bundles.promote(version)
        bundles.prune(keep=2)

    def promoter():
        versions = bundles.versions()
        if versions:
            try:
                bundles.promote(random.choice(versions), reason="dashboard")
            except Exception as exc:  # pruned meanwhile: a clean refusal is fine
                if "no bundle" not in str(exc):
                    raise

    def reader():
        current = bundles.current()
        if current is None or not (bundles.root / current / MANIFEST).exists():
            seen_missing.append(str(current))

    threads = [threading.Thread(target=guarded(f)) for f in (trainer, promoter, promoter, promoter, reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert not seen_missing, seen_missing[:5]
    current = bundles.current()
    assert current is not None and (bundles.root / current / MANIFEST).exists()
    assert (bundles.root / "CURRENT").read_text().strip() == current
    assert bundles.history()[-1]["version"] == current
    assert not [p for p in bundles.root.iterdir() if p.name.endswith(".tmp")]


def test_current_and_history_are_one_state(tmp_path):
    bundles = BundleStore(tmp_path)
    for v in ("v1", "v2"):
        make(bundles, v)
        bundles.promote(v, reason=f"because {v}")
    state = json.loads((bundles.root / "state.json").read_text())
    assert state["current"] == "v2" and [h["version"] for h in state["history"]] == ["v1", "v2"]
    assert bundles.current() == "v2" and bundles.history()[-1]["reason"] == "because v2"


def test_a_home_from_before_the_state_file_is_read_and_upgraded(tmp_path):
    bundles = BundleStore(tmp_path)
    for v in ("v1", "v2"):
        make(bundles, v)
    (bundles.root / "CURRENT").write_text("v2\n")
    (bundles.root / "history.json").write_text(json.dumps([{"version": "v1", "at": "x", "reason": "r"},
                                                           {"version": "v2", "at": "y", "reason": "r"}]))
    assert bundles.current() == "v2" and [h["version"] for h in bundles.history()] == ["v1", "v2"]
    assert bundles.rollback() == "v1"
    assert bundles.current() == "v1" and [h["version"] for h in bundles.history()] == ["v1", "v2", "v1"]


PROMOTE_FOREVER = """
import sys, itertools
from bundle.directory import BundleStore
bundles = BundleStore(sys.argv[1])
print("ready", flush=True)
for n in itertools.count():
    bundles.promote(("v1", "v2", "v3")[n % 3], reason=f"loop {n}")
"""


def test_kill_9_during_promotions_leaves_one_consistent_state(tmp_path):
    bundles = BundleStore(tmp_path)
    for v in ("v1", "v2", "v3"):
        make(bundles, v)
    bundles.promote("v1")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    for round_ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", PROMOTE_FOREVER, str(tmp_path)], stdout=subprocess.PIPE,
                                env=env)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + random.random() * 0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        current = bundles.current()
        assert current in ("v1", "v2", "v3"), round_
        assert bundles.history()[-1]["version"] == current, round_
    # a later promotion repairs whatever CURRENT file a kill left behind
    bundles.promote("v2")
    assert (bundles.root / "CURRENT").read_text().strip() == "v2"


WRITE_SLOWLY = """
import sys, json, time
from bundle.directory import BundleStore, MANIFEST
bundles = BundleStore(sys.argv[1])
with bundles.writing("v9") as path:
    (path / MANIFEST).write_text(json.dumps({"version": "v9"}))
    with open(path / "big.bin", "wb") as fh:
        print("writing", flush=True)
        while True:
            fh.write(b"x" * 65536)
            time.sleep(0.001)
"""


def test_kill_9_while_a_bundle_is_written_leaves_no_half_bundle(tmp_path):
    bundles = BundleStore(tmp_path)
    make(bundles, "v1")
    bundles.promote("v1")
    proc = subprocess.Popen([sys.executable, "-c", WRITE_SLOWLY, str(tmp_path)], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.stdout.readline().strip() == b"writing"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert bundles.versions() == ["v1"] and bundles.current() == "v1"
    assert list(bundles.root.glob(".partial-*"))  # left behind, never listed...
    bundles.prune(keep=5)
    assert not list(bundles.root.glob(".partial-*"))  # ...and cleared by the next prune
