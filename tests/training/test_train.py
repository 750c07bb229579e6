"""The nightly job end to end on the synthetic shop."""

import json
import os
import signal
import subprocess
import sys
import time

from bundle.directory import BundleStore
from training.train import train


def test_two_trainings_make_two_bundles_with_reports(demo_copy):
    bundles = BundleStore(demo_copy.home)
    first = bundles.current()
    report = train(demo_copy, show_progress=False)
    assert report["promoted"] and bundles.current() == report["version"] != first
    assert bundles.versions() == sorted([first, report["version"]])
    saved = json.loads((bundles.path(report["version"]) / "report.json").read_text())
    assert saved["previous"] == first
    assert {"snapshot", "recommendations", "search index"} <= set(saved["stages_s"])
    manifest = bundles.manifest(report["version"])
    assert manifest["metrics"]["primary_metric"] == "all.ndcg@10"
    assert "implicit" in manifest["libraries"] and manifest["data"]["events"] > 0
    journey = saved["recommendations"]["journey"]
    assert journey.get("skipped") or {"all", "new", "shoppers"} <= set(journey)


def test_evaluate_prints_the_journey_policy_table(demo_copy, capsys):
    from training.train import evaluate_current

    assert evaluate_current(demo_copy) == 0
    assert "journey policy" in capsys.readouterr().out
    assert evaluate_current(demo_copy, as_json=True) == 0
    assert "journey" in json.loads(capsys.readouterr().out)


def test_a_training_killed_midway_leaves_the_serving_bundle_and_no_partial(demo_copy):
    bundles = BundleStore(demo_copy.home)
    before_versions, before_current = bundles.versions(), bundles.current()
    env = {**os.environ, "KAIYU_SEARCH_DENSE": "false", "KAIYU_TRAIN_TIME_BUDGET_S": "20"}
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "--home", str(demo_copy.home), "train"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    # wait until it is inside the training (the lock file names its pid), then kill -9
    lock = demo_copy.home / "bundles" / "train.lock"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and f"pid {proc.pid}" not in (lock.read_text() if lock.exists() else ""):
        time.sleep(0.05)
    time.sleep(1.0)
    assert proc.poll() is None, "training ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert bundles.versions() == before_versions
    assert bundles.current() == before_current
    # the lock died with the process: the next training runs and cleans up the partial folder
    assert train(demo_copy, show_progress=False)["promoted"]
    assert not list(bundles.root.glob(".partial-*"))


def test_the_cli_refuses_a_second_training_while_one_runs(demo_copy):
    env = {**os.environ, "KAIYU_SEARCH_DENSE": "false", "KAIYU_TRAIN_TIME_BUDGET_S": "20"}
    cmd = [sys.executable, "-m", "cli.main", "--home", str(demo_copy.home), "train"]
    first = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    lock = demo_copy.home / "bundles" / "train.lock"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        time.sleep(0.05)
    second = subprocess.run(cmd, capture_output=True, text=True, env=env)
    first.wait()
    assert second.returncode == 2
    assert "another training is running" in second.stderr and "Traceback" not in second.stderr


def test_an_empty_store_is_a_clear_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(tmp_path), "train"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "catalogue is empty" in done.stderr


def test_the_gate_refuses_a_deliberately_worse_model_scored_on_the_same_holdout(demo_copy):
    """Popularity alone (pinned by the operator) against the tuned serving configuration: both
    are fitted on tonight's training window and scored on the same held-out shoppers; the
    worse one is written and reported, not promoted, and cron sees exit status 1."""
    bundles = BundleStore(demo_copy.home)
    before = bundles.current()
    env = {**os.environ, "KAIYU_SEARCH_DENSE": "false", "KAIYU_TRAIN_TIME_BUDGET_S": "20",
           "KAIYU_RECOMMENDATION_OVERRIDES": json.dumps({"discovery": "popularity", "buy_again_weight": 0.0,
                                                         "discovery_momentum": 0.0})}
    done = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(demo_copy.home), "train"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "NOT promoted" in done.stderr and "same holdout" in done.stderr
    assert bundles.current() == before
    refused = [v for v in bundles.versions() if v != before][-1]
    report = json.loads((bundles.path(refused) / "report.json").read_text())
    assert "NOT promoted" in (bundles.path(refused) / "summary.txt").read_text()
    assert report["promoted"] is False
    assert report["recommendations"]["config"]["discovery"] == "popularity"
    new, serving = report["metrics"]["all.ndcg@10"], report["serving_metrics"]["all.ndcg@10"]
    assert new < serving * (1 - 0.02)


def test_a_store_raises_search_strictness_through_its_settings(demo_copy):
    from store.db import open_store
    from training.errors import TrainingError
    from training.train import _search_index

    catalog = open_store(demo_copy).catalog()
    shipped = _search_index(demo_copy, catalog, None, False)
    strict = _search_index(demo_copy.model_copy(update={"search": {"min_should_match": 1.0}}), catalog, None, False)
    assert shipped.config.min_should_match == 0.0 and strict.config.min_should_match == 1.0
    # "denim" names no demo product: recall-first still answers on "jacket"; every word required answers less
    loose, tight = shipped.search("denim jacket", limit=50), strict.search("denim jacket", limit=50)
    assert loose["total"] > tight["total"]
    try:
        _search_index(demo_copy.model_copy(update={"search": {"min_should_matc": 1.0}}), catalog, None, False)
    except TrainingError as exc:
        assert "min_should_matc" in str(exc)
    else:
        raise AssertionError("an unknown search setting was accepted")
