"""`kaiyu train --engine spark`: Spark MLlib ALS on a Parquet export, served through the same API.

Real Spark (local[2], one session for the module). The shop has two clear taste groups: shoppers
of group A only ever touch garden tools (items A..), those of group B kitchen knives (B..), so a
Spark-trained model must recommend A items to an A shopper and B items to a B shopper."""

import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
import scipy.sparse as sp
from fastapi.testclient import TestClient

from store.settings import load_settings
from store.schema import Event, ItemPatch
from store.db import Store, open_store
from recsys.fitdata import fit_data_from_events
from bundle.directory import BundleStore
from cli.main import build_parser
from cli.main import main as kaiyu_main
from store.export import export_events, part_files, read_manifest

READ = "pk_spark_read"
START = datetime(2026, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 60
ALS = {"rank": 16, "maxIter": 10}


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17+")
    from training.spark import spark_session

    log = tmp_path_factory.mktemp("spark") / "spark.log"
    with spark_session("local[2]", log_file=log) as session:
        yield session
    # the JVM outlives its session in a Python process: end it, the rest of the run needs no Spark
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    if gateway is not None and getattr(gateway, "proc", None) is not None:
        gateway.shutdown()
        gateway.proc.stdin.close()  # the JVM exits when its stdin closes
        gateway.proc.wait(30)
        SparkContext._gateway = SparkContext._jvm = None


def two_taste_groups(store: Store, *, users_per_group: int = 40, items_per_group: int = 16, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    names = {"A": ("Garden > Tools", "Spade Rake Hoe Trowel Shears"),
             "B": ("Kitchen > Knives", "Chef Paring Bread Santoku")}
    items = []
    for group, (category, words) in names.items():
        for k in range(items_per_group):
            word = words.split()[k % len(words.split())]
            items.append(ItemPatch.model_validate({"item_id": f"{group}{k:02d}", "title": f"{word} {group}{k:02d}",
                                                   "category": category, "price": 10 + k}))
    store.upsert_items(items)
    events = []
    for group in ("A", "B"):
        for u in range(users_per_group):
            user = f"{group.lower()}{u:02d}"
            chosen = rng.choice(items_per_group, size=10, replace=False)
            for n, k in enumerate(chosen):
                kind = "purchase" if n < 5 else "view"
                when = START + timedelta(days=float(rng.uniform(0, SPAN_DAYS)))
                events.append(Event.from_row({"user_id": user, "item_id": f"{group}{k:02d}", "type": kind,
                                              "timestamp": when.isoformat(), "session_id": f"{user}-{n // 3}"}))
    store.add_events(events)


@pytest.fixture(scope="module")
def trained(spark, tmp_path_factory):
    """A home with the two-group shop, trained with --engine spark: (settings, report)."""
    from training.train import train

    home = tmp_path_factory.mktemp("spark-home")
    # what an operator pinned applies, but the discovery model stays the Spark-trained ALS
    settings = load_settings(home, search_dense=False, spark_als=ALS,
                             recommendation_overrides={"buy_again_weight": 1.0, "discovery": "ease"})
    store = open_store(settings)
    two_taste_groups(store)
    store.close()
    train(settings.model_copy(update={"train_time_budget_s": 20.0}), show_progress=False)  # a local bundle serves first
    # forced: on this tiny shop the locally tuned model may score higher; these tests serve Spark's
    report = train(settings, show_progress=False, engine="spark", force=True)
    return settings, report


def test_spark_sql_weighting_is_kaiyus_matrix(spark, tmp_path):
    """The triples Spark computes equal `FitData.matrix` cell by cell: type weights (a custom
    type, a negative one), recency decay, quantity scaling, clipping; and for a time window."""
    from training.spark import weighted_triples, write_axes

    weights = {"view": 1.0, "click": 1.0, "add_to_cart": 3.0, "remove_from_cart": -2.0, "purchase": 5.0,
               "search": 0.0, "wishlist": 2.0}
    rng = np.random.default_rng(1)
    kinds = list(weights)
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    rows = []
    for k in range(400):
        kind = kinds[int(rng.integers(len(kinds)))]
        row = {"user_id": f"u{rng.integers(12)}", "type": kind, "quantity": float(rng.integers(1, 6)),
               "timestamp": (START + timedelta(days=float(rng.uniform(0, 200)))).isoformat()}
        if kind != "search" or k % 2:
            row["item_id"] = f"i{rng.integers(9)}"
        rows.append(Event.from_row(row, event_types=tuple(weights)))
    store.add_events(rows)
    export_events(store, tmp_path / "events", rows_per_file=150)
    data = fit_data_from_events(store.event_arrays(), None)
    store.close()
    users, items = write_axes(data, tmp_path / "axes")

    def spark_matrix(**kw):
        t = weighted_triples(spark, tmp_path / "events", users, items, weights=weights, half_life_days=30.0, **kw)
        r = t.collect()
        return sp.csr_matrix(([x.strength for x in r], ([x.u for x in r], [x.i for x in r])), shape=data.shape)

    ours = data.matrix(weights, 30.0)
    theirs = spark_matrix(now=data.now)
    assert ours.nnz == theirs.nnz > 20
    np.testing.assert_allclose(theirs.toarray(), ours.toarray(), rtol=1e-5, atol=1e-6)
    cutoff = data.now - 50 * 86_400
    window = data.subset(data.ts < cutoff, now=cutoff).matrix(weights, 30.0)
    np.testing.assert_allclose(spark_matrix(now=cutoff, until=cutoff).toarray(), window.toarray(), rtol=1e-5,
                               atol=1e-6)


def test_the_spark_bundle_serves_each_group_its_own_items(trained):
    settings, report = trained
    from api.config import ApiSettings
    from api.main import create_app

    api = ApiSettings(**{**settings.model_dump(), "api_keys": f"{READ}:read"})
    headers = {"Authorization": f"Bearer {READ}"}
    with TestClient(create_app(api)) as client:
        version = client.get("/readyz").json()["model_version"]
        assert version == report["version"]  # the Spark-trained bundle is the one serving
        for user, group in (("a00", "A"), ("a17", "A"), ("b03", "B"), ("b39", "B")):
            body = client.get(f"/v1/users/{user}/recommendations", params={"scenario": "for-you", "limit": 5},
                              headers=headers).json()
            got = [item["item_id"] for item in body["items"]]
            assert len(got) == 5 and all(i.startswith(group) for i in got), (user, body)
            assert body["model_version"] == version
        # an anonymous session is folded into the Spark factors at request time
        body = client.get("/v1/users/visitor-1/recommendations", headers=headers,
                          params={"scenario": "session", "items": "B01,B02,B05", "limit": 5}).json()
        assert body["items"] and all(i["item_id"].startswith("B") for i in body["items"]), body


def test_the_report_records_the_engine_and_the_served_model_is_spark_als(trained):
    settings, report = trained
    assert report["promoted"]
    rec = report["recommendations"]
    assert rec["engine"] == "spark" and rec["config"]["discovery"] == "als"
    info = rec["spark"]
    assert info["master"] == "local[2]" and info["version"].split(".")[0] >= "3"
    assert info["als"] == {"rank": 16, "maxIter": 10, "regParam": 0.05, "alpha": 1.0, "implicitPrefs": True, "seed": 0}
    assert {"final.weight", "final.als", "final.factors", "fold0.als"} <= set(info["stages_s"])
    assert info["weighting"] == "spark-sql" and info["export"]["rows"] == 800
    assert rec["config"]["buy_again_weight"] == 1.0 and info["overrides_ignored"] == {"discovery": "ease"}
    # the holdout is the tuner's time split, scored on Spark-fitted models
    assert rec["holdout"]["split"].startswith("temporal") and rec["holdout"]["folds"] == 2
    assert report["metrics"]["primary_metric"] == "all.ndcg@10"
    saved = json.loads((BundleStore(settings.home).path(report["version"]) / "report.json").read_text())
    assert saved["recommendations"]["spark"]["als"]["rank"] == 16
    discovery = (BundleStore(settings.home).path(report["version"]) / "recsys" / "models" / "hybrid" / "discovery")
    params = json.loads((discovery / "params.json").read_text())
    assert params["class"] == "ALSRecommender" and params["params"]["factors"] == 16
    assert np.load(discovery / "item_factors_.npy").shape == (32, 16)


def test_the_jobs_export_reimports_into_a_fresh_store(trained, tmp_path, capsys):
    settings, report = trained
    export_dir = report["recommendations"]["spark"]["export"]["path"]
    manifest = read_manifest(export_dir)
    assert manifest["rows"] == 800
    fresh = tmp_path / "fresh"
    for part in part_files(export_dir):
        assert kaiyu_main(["--home", str(fresh), "import", "events", str(part), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stored"] == 800
    original, copied = open_store(settings), Store(f"sqlite:///{fresh / 'kaiyu.db'}")
    try:
        a, b = list(original.iter_event_batches()), list(copied.iter_event_batches())
        assert a == b
    finally:
        original.close()
        copied.close()


def test_spark_reads_the_export_as_one_table(spark, trained):
    _, report = trained
    frame = spark.read.parquet(report["recommendations"]["spark"]["export"]["path"])
    assert frame.columns == ["user_id", "item_id", "type", "timestamp", "quantity", "price", "session_id", "query",
                             "channel", "event_id", "search_id", "rec_id", "position"]
    assert frame.count() == 800 and frame.where("type = 'purchase'").count() == 400


def test_without_pyspark_the_engine_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # `import pyspark` now fails
    code = kaiyu_main(["--home", str(tmp_path), "train", "--engine", "spark"])
    err = capsys.readouterr().err
    assert code == 2 and "kaiyu[spark]" in err and "Traceback" not in err
    assert not (tmp_path / "bundles").exists()  # refused before the job started


def test_the_master_comes_from_the_flag_or_the_settings(tmp_path, monkeypatch):
    args = build_parser().parse_args(["train", "--engine", "spark", "--spark-master", "spark://head:7077"])
    assert args.engine == "spark" and args.spark_master == "spark://head:7077"
    assert build_parser().parse_args(["train"]).engine == "local"
    assert load_settings(tmp_path).spark_master == "local[2]"
    monkeypatch.setenv("KAIYU_SPARK_MASTER", "local[1]")
    assert load_settings(tmp_path).spark_master == "local[1]"


def test_without_java_the_engine_says_so(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pyspark")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no `java` on it
    assert kaiyu_main(["--home", str(tmp_path), "train", "--engine", "spark"]) == 2
    assert "Java 17" in capsys.readouterr().err


def test_the_gate_scores_the_serving_configuration_on_the_spark_holdout(trained):
    """The local bundle's configuration is refitted on the Spark job's validation windows and
    scored on the same shoppers: the gate compares like with like."""
    _, report = trained
    assert report["previous"] is not None and report["gate"] == "forced"
    assert report["serving_metrics"]["all.ndcg@10"] > 0
    assert report["recommendations"]["holdout"]["incumbent"]["all"]["ndcg@10"] == report["serving_metrics"]["all.ndcg@10"]
