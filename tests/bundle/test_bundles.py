import json
import multiprocessing

import pytest

from bundle.directory import MANIFEST, BundleError, BundleStore, TrainingLocked
from training.train import gate


def make(bundles, version, metric=0.5):
    with bundles.writing(version) as path:
        (path / "data.txt").write_text(version)
        (path / MANIFEST).write_text(json.dumps({"version": version, "metrics": {"primary_metric": "ndcg@10", "ndcg@10": metric}}))


def test_a_bundle_appears_whole_or_not_at_all(tmp_path):
    bundles = BundleStore(tmp_path)
    make(bundles, "v1")
    with pytest.raises(RuntimeError, match="boom"):
        with bundles.writing("v2") as path:
            (path / MANIFEST).write_text("{}")
            raise RuntimeError("boom")
    with pytest.raises(BundleError, match="without its manifest"):
        with bundles.writing("v3"):
            pass
    assert bundles.versions() == ["v1"]
    assert not list(bundles.root.glob(".partial-*"))


def test_promote_rollback_and_prune(tmp_path):
    bundles = BundleStore(tmp_path)
    assert bundles.current() is None
    for v in ("v1", "v2", "v3"):
        make(bundles, v)
        bundles.promote(v)
    assert bundles.current() == "v3"
    assert bundles.rollback() == "v2" and bundles.current() == "v2"
    assert bundles.prune(keep=1) == ["v1"]  # v2 is current, v3 newest: both kept
    assert bundles.versions() == ["v2", "v3"]
    with pytest.raises(BundleError, match="no bundle 'nope'"):
        bundles.promote("nope")


def _hold_lock(home, ready, release):
    with BundleStore(home).training_lock():
        ready.set()
        release.wait(10)


def test_the_lock_refuses_a_second_training(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        with pytest.raises(TrainingLocked, match=f"pid {holder.pid}"):
            with BundleStore(tmp_path).training_lock():
                pass
    finally:
        release.set()
        holder.join()
    with BundleStore(tmp_path).training_lock():  # free again once the holder exits
        pass


def test_the_gate_refuses_a_worse_model_beyond_tolerance():
    current = {"primary_metric": "ndcg@10", "ndcg@10": 0.40}
    assert gate({"primary_metric": "ndcg@10", "ndcg@10": 0.395}, current, 0.02)[0]
    ok, why = gate({"primary_metric": "ndcg@10", "ndcg@10": 0.30}, current, 0.02)
    assert not ok and "worse" in why
    assert gate({"primary_metric": "ndcg@10", "ndcg@10": 0.1}, None, 0.02)[0]
