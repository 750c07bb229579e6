"""Training on Apache Spark: `kaiyu train --engine spark [--spark-master URL]`.

The collaborative-filtering model (the "discovery" part of the "for you" recommendations) is
trained with Spark MLlib ALS (`pyspark.ml.recommendation.ALS`, implicit feedback) instead of the
`implicit` library, as a cluster deployment would run it:

1. the store's events are exported to Parquet (`store.export`) under
   `HOME/exports/<timestamp>/events/`: the shared filesystem or object store a cluster reads;
2. Spark reads that export and computes the weighted (user, item, strength) triples with Spark
   SQL: Kaiyu's weighting (`recsys.interactions.event_weights`, as `FitData.matrix` applies it:
   type weight x recency decay x quantity scaling, summed per cell, clipped at zero) written as
   column expressions. Spark SQL rather than Python because this is the part that grows with the
   event log: it runs on the executors, in the JVM, with no Python on the workers (nothing of
   Kaiyu needs installing on a cluster); a test checks it equals `FitData.matrix` cell by cell;
3. ALS factorises the triples on Spark; the user and item factors come back through Parquet and
   are placed on Kaiyu's user and item axes (`recsys.tuning.fit_data_from_events`, written for
   Spark to join on as `axes/users.parquet` and `axes/items.parquet`);
4. the factors become a regular `recsys.models.ALSRecommender`, and everything else in the bundle
   (similar items, bought-together, buy-again, trending, the content model) is built exactly as
   the local engine builds it (`RecommendationService.fit`), on the same export snapshot. The
   bundle format is unchanged: the API serves it like any other.

The holdout (the same time split and evaluator the local tuner uses: the newest window and the
one before it) is scored by fitting Spark ALS on each window's training part, so the bundle's
metrics describe the Spark-trained model and the promotion gate compares like with like. The
engine does not auto-tune: it uses the configured event weights, Kaiyu's default mix with the
values pinned in `recommendation_overrides` (all but the discovery model, which is ALS here) and
the ALS parameters of `DEFAULT_ALS` updated by the `spark_als` setting.

Spark is optional (`pip install 'kaiyu[spark]'`, and Java 17+). The session runs with the UI off,
console progress off, log level WARN, and the JVM's own output in `HOME/exports/<ts>/spark.log`
(not the operator's terminal); a session this module starts is stopped at the end, error or not.
"""

from __future__ import annotations

import os
import shutil
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import scipy.sparse as sp

from training.errors import TrainingError

#: Spark ALS parameters (Spark's names); the `spark_als` setting overrides them. regParam is
#: scaled by each user's and item's number of ratings in Spark (ALS-WR), unlike `implicit`'s.
DEFAULT_ALS: dict[str, float] = {"rank": 64, "maxIter": 15, "regParam": 0.05, "alpha": 1.0}
#: job directories under HOME/exports kept (the newest); older ones are removed after a run
KEEP_EXPORTS = 2
INSTALL_HINT = "pip install 'kaiyu[spark]' (or: pip install -e '.[spark]' in a checkout)"


class SparkUnavailable(TrainingError):
    """Spark cannot run here: pyspark is not installed, or there is no Java."""


def require_pyspark() -> str:
    """The installed pyspark version; SparkUnavailable with the install command when missing."""
    try:
        import pyspark
    except ImportError:
        raise SparkUnavailable(f"--engine spark needs pyspark, which is not installed: {INSTALL_HINT}") from None
    return pyspark.__version__


def _require_java() -> None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and Path(java_home, "bin", "java").exists():
        return
    if shutil.which("java") is None:
        raise SparkUnavailable("--engine spark needs Java 17 or newer (no `java` on PATH and no JAVA_HOME)")


def check_spark() -> str:
    """Fail early, with what to install, where Spark cannot run; returns the pyspark version."""
    version = require_pyspark()
    _require_java()
    return version


def als_params(settings=None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Kaiyu's Spark ALS parameters: `DEFAULT_ALS`, then the `spark_als` setting, then
    `overrides` (integers where Spark wants them)."""
    params: dict[str, Any] = {**DEFAULT_ALS, **(getattr(settings, "spark_als", None) or {}), **(overrides or {})}
    unknown = set(params) - set(DEFAULT_ALS)
    if unknown:
        raise ValueError(f"unknown Spark ALS parameter {sorted(unknown)[0]!r}: use {', '.join(DEFAULT_ALS)}")
    params["rank"], params["maxIter"] = int(params["rank"]), int(params["maxIter"])
    params["regParam"], params["alpha"] = float(params["regParam"]), float(params["alpha"])
    return params


@contextmanager
def _quiet_pyspark() -> Iterator[None]:
    """pyspark warns about pandas versions even where pandas is not used: not for operators."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*PySpark does not yet fully support.*")
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"pyspark(\.|$)")
        yield


def _local_cores(master: str) -> int:
    """The cores of a local master: local -> 1, local[4] -> 4, local[*] -> this machine's."""
    inside = master[master.find("[") + 1:master.find("]")].split(",")[0] if "[" in master else "1"
    return max(1, os.cpu_count() or 1) if inside.strip() == "*" else max(1, int(inside) if inside.isdigit() else 1)


@contextmanager
def spark_session(master: str = "local[2]", *, driver_memory: str = "1g", log_file: str | os.PathLike | None = None,
                  app_name: str = "kaiyu-train") -> Iterator[Any]:
    """A Spark session for Kaiyu's jobs. An already active session (a test's, a notebook's) is
    used as it is and left running; otherwise one is started on `master` (UI and console
    progress off, log level WARN, the JVM's output appended to `log_file`) and stopped at the
    end, error or not. `SPARK_LOCAL_IP` defaults to 127.0.0.1."""
    require_pyspark()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    with _quiet_pyspark():
        from pyspark import SparkConf, SparkContext
        from pyspark.sql import SparkSession

        active = SparkSession.getActiveSession()
        if active is not None:
            yield active
            return
        _require_java()
        conf = (SparkConf().setMaster(master).setAppName(app_name)
                .set("spark.driver.memory", driver_memory)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.sql.session.timeZone", "UTC"))
        if master.startswith("local"):
            # a few shuffle partitions suit one machine (200, the default, is for clusters)
            conf.set("spark.sql.shuffle.partitions", str(2 * _local_cores(master)))
        try:
            gateway = None
            if log_file is not None and SparkContext._gateway is None:
                # the JVM (and so Spark's log4j console, Java warnings, native library notices)
                # writes to the log file, not to the operator's terminal
                from pyspark.java_gateway import launch_gateway

                with open(log_file, "ab") as fh:
                    gateway = launch_gateway(conf, popen_kwargs={"stdout": fh, "stderr": fh})
            sc = SparkContext(conf=conf, gateway=gateway)
        except Exception as exc:
            where = f" (see {log_file})" if log_file else ""
            raise SparkUnavailable(f"Spark did not start on {master}{where}: {exc}") from exc
        spark = SparkSession(sc)
        try:
            sc.setLogLevel("WARN")
            yield spark
        finally:
            spark.stop()


# -- data for Spark -------------------------------------------------------------------------

def write_axes(data, directory: Path) -> tuple[Path, Path]:
    """Kaiyu's user and item axes (row and column numbers of the interaction matrix) as Parquet,
    for Spark to join the events on."""
    directory.mkdir(parents=True, exist_ok=True)
    users, items = directory / "users.parquet", directory / "items.parquet"
    pq.write_table(pa.table({"user_id": pa.array(data.user_ids.astype(str), pa.string()),
                             "u": pa.array(np.arange(len(data.user_ids), dtype=np.int32))}), users)
    pq.write_table(pa.table({"item_id": pa.array(data.item_ids.astype(str), pa.string()),
                             "i": pa.array(np.arange(len(data.item_ids), dtype=np.int32))}), items)
    return users, items


def weighted_triples(spark, events_path: str | os.PathLike, users_path: str | os.PathLike,
                     items_path: str | os.PathLike, *, weights: dict[str, float], half_life_days: float | None,
                     now: float, until: float | None = None, quantity_scaling: str = "log"):
    """A Spark DataFrame `(u int, i int, strength double)`: Kaiyu's weighted interaction matrix
    (as `recsys.tuning.FitData.matrix` builds it) computed with Spark SQL from an events export.
    Each event counts `weight(type) * 2^(-age_days / half_life_days) * (1 + ln(max(quantity, 1)))`
    with age measured back from `now` (epoch seconds); cells are summed and only positive ones
    kept. `until`: only events before it (a time split's training part)."""
    from pyspark.sql import functions as F

    ts = F.col("timestamp").cast("double")
    events = spark.read.parquet(str(events_path)).where(F.col("item_id").isNotNull())
    if until is not None:
        events = events.where(ts < F.lit(float(until)))
    pairs = [x for kind, w in weights.items() for x in (F.lit(str(kind)), F.lit(float(w)))]
    w = F.coalesce(F.create_map(*pairs)[F.col("type")], F.lit(0.0)) if pairs else F.lit(0.0)
    if half_life_days is not None:
        age_days = F.greatest(F.lit(float(now)) - ts, F.lit(0.0)) / F.lit(86_400.0)
        w = w * F.pow(F.lit(2.0), -age_days / F.lit(float(half_life_days)))
    if quantity_scaling == "log":
        w = w * (F.lit(1.0) + F.log(F.greatest(F.col("quantity"), F.lit(1.0))))
    elif quantity_scaling == "linear":
        w = w * F.greatest(F.col("quantity"), F.lit(0.0))
    elif quantity_scaling != "none":
        raise ValueError(f"quantity_scaling must be log, linear or none, not {quantity_scaling!r}")
    cells = (events.select("user_id", "item_id", w.alias("w"))
             .groupBy("user_id", "item_id").agg(F.sum("w").alias("strength"))
             .where(F.col("strength") > 0))
    users = spark.read.parquet(str(users_path))
    items = spark.read.parquet(str(items_path))
    return (cells.join(users, "user_id").join(F.broadcast(items), "item_id")
            .select(F.col("u").cast("int"), F.col("i").cast("int"), F.col("strength").cast("double")))


def _matrix_triples(x: sp.csr_matrix, path: Path) -> Path:
    """A weighted matrix built in Python as a triples Parquet file (the per-user random holdout
    split, which is not a time filter Spark could apply to the export)."""
    coo = x.tocoo()
    pq.write_table(pa.table({"u": coo.row.astype(np.int32), "i": coo.col.astype(np.int32),
                             "strength": coo.data.astype(np.float64)}), path)
    return path


def _parquet_rows(path: Path) -> int:
    files = [path] if path.is_file() else sorted(path.glob("*.parquet"))
    return sum(pq.ParquetFile(f).metadata.num_rows for f in files)


def _read_factors(path: Path, n: int, rank: int) -> np.ndarray:
    out = np.zeros((n, rank), dtype=np.float32)
    files = sorted(path.glob("*.parquet"))
    if not files:
        return out
    table = pa.concat_tables([pq.read_table(f) for f in files])
    if table.num_rows:
        ids = table["id"].to_numpy()
        values = table["features"].combine_chunks().flatten().to_numpy(zero_copy_only=False)
        out[ids] = values.reshape(table.num_rows, rank)
    return out


def fit_spark_als(spark, triples_path: Path, work: Path, shape: tuple[int, int], params: dict[str, Any], *,
                  timings: dict[str, float], prefix: str = "") -> tuple[np.ndarray, np.ndarray]:
    """Fit Spark ALS (implicit feedback) on a triples Parquet; returns (user factors, item
    factors) as float32 arrays on Kaiyu's axes (zero rows where a user or item has no positive
    cell). Stage seconds go into `timings` under `prefix`."""
    from pyspark.ml.recommendation import ALS

    started = time.perf_counter()
    als = ALS(rank=params["rank"], maxIter=params["maxIter"], regParam=params["regParam"],
              alpha=params["alpha"], implicitPrefs=True, userCol="u", itemCol="i", ratingCol="strength",
              nonnegative=False, seed=0)
    model = als.fit(spark.read.parquet(str(triples_path)))
    timings[f"{prefix}als"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    model.userFactors.write.mode("overwrite").parquet(str(work / "user_factors"))
    model.itemFactors.write.mode("overwrite").parquet(str(work / "item_factors"))
    users = _read_factors(work / "user_factors", shape[0], params["rank"])
    items = _read_factors(work / "item_factors", shape[1], params["rank"])
    timings[f"{prefix}factors"] = round(time.perf_counter() - started, 3)
    return users, items


def als_from_factors(user_factors: np.ndarray, item_factors: np.ndarray, params: dict[str, Any], *,
                     triples_per_user: float = 1.0):
    """A fitted `recsys.models.ALSRecommender` holding factors learned elsewhere (Spark). Known
    users score with their learned factors; new rows are folded in by the model's exact
    least-squares step with Spark's regularisation at a typical user's scale (Spark scales it by
    each user's number of ratings)."""
    from recsys.models import ALSRecommender

    model = ALSRecommender(factors=int(params["rank"]), iterations=int(params["maxIter"]),
                           regularization=float(params["regParam"]) * max(float(triples_per_user), 1.0),
                           alpha=float(params["alpha"]), random_state=0)
    # what Recommender.fit / Recommender.load set: the learned arrays, shapes, fitted flag
    model.user_factors_ = np.ascontiguousarray(user_factors, dtype=np.float32)
    model.item_factors_ = np.ascontiguousarray(item_factors, dtype=np.float32)
    model.n_users_, model.n_items_ = len(user_factors), len(item_factors)
    model.fitted_ = True
    model._after_load()
    return model


# -- evaluation -----------------------------------------------------------------------------

def holdout(data, config, fit_discovery: Callable[..., Any], *, folds: int = 2, max_users: int = 3000,
            random_state: int = 0, incumbent=None) -> dict[str, Any]:
    """Score `config` with a discovery model from `fit_discovery(train, x, temporal=bool)` on the
    local tuner's validation windows (`recsys.tuning.validation_split`, the same users sampled
    the same way, the same evaluator): the mean NDCG@10 and Recall@20 of the `all` and `new`
    views over the windows, in the shape of the tuner's `holdout` report. `incumbent` (the
    serving bundle's configuration, a `TunedConfig`) is fitted locally on the same windows and
    scored on the same users: `holdout["incumbent"]`, what the quality gate compares against."""
    from recsys.tuning import validation_folds

    scores: dict[str, list[dict[str, float]]] = {"all": [], "new": []}
    serving: dict[str, list[float]] = {"all": [], "new": []}
    first: dict[str, Any] = {}
    for f, fold in enumerate(validation_folds(data, config, folds=folds, max_users=max_users,
                                              random_state=random_state)):
        train = fold.train
        x = train.matrix(config.event_weights, config.discovery_half_life_days)
        fold.use_discovery(config, fit_discovery(train, x, temporal=fold.split.startswith("temporal"), fold=f), x)
        for view in ("all", "new"):
            scores[view].append(fold.evaluate(config, view))
            if incumbent is not None:
                serving[view].append(fold.evaluate(incumbent, view)["ndcg@10"])
        if not first:
            first = {"split": fold.split, "users": len(fold.truth_all), "users_new": len(fold.truth_new)}
    if not scores["all"]:
        return {"skipped": True, "reason": "fewer than 20 validation users"}
    out: dict[str, Any] = {**first, "folds": len(scores["all"])}
    for view, results in scores.items():
        out[view] = {m: float(np.mean([r[m] for r in results])) for m in ("ndcg@10", "recall@20")}
    out.update({"primary_metric": "ndcg@10", "greater_is_better": True})
    if incumbent is not None and serving["all"]:
        out["incumbent"] = {view: {"ndcg@10": float(np.mean(v))} for view, v in serving.items()}
    return out


# -- the job --------------------------------------------------------------------------------

def _prune_exports(root: Path, keep: int, current: Path) -> None:
    runs = sorted(p for p in root.iterdir() if p.is_dir() and p.name[:1].isdigit())
    for old in runs[:-keep] if keep > 0 else runs:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)


def train_recommendations(store, settings, *, master: str | None = None, show_progress: bool = False,
                          als: dict[str, Any] | None = None, holdout_folds: int = 2,
                          keep_exports: int = KEEP_EXPORTS, incumbent: dict | None = None) -> tuple[Any, dict[str, Any]]:
    """The recommendation stage of `kaiyu train --engine spark`: export, Spark ALS, the rest of
    the bundle as usual. Returns `(RecommendationService, report)` like
    `RecommendationService.train`; the report adds `engine` and `spark` (master, version, ALS
    parameters, the export, stage timings)."""
    from recsys.service import RecommendationService, Rules
    from recsys.tuning import apply_overrides, config_from_dict, default_config, fit_data_from_events
    from store.export import export_events, progress_printer, read_event_arrays

    require_pyspark()
    params = als_params(settings, als)
    master = master or settings.spark_master
    log = progress_printer() if show_progress else (lambda _m: None)
    started = time.perf_counter()
    root = Path(settings.home) / "exports"
    run = root / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    work = run / "work"
    events_dir = run / "events"

    try:
        # 1. export (the snapshot both Spark and the rest of the bundle are built from)
        log(f"[kaiyu train] spark: exporting events to {events_dir}")
        exported = export_events(store, events_dir, log=log)
        t_export = time.perf_counter() - started
        log(f"[kaiyu train] spark: {exported.rows:,} events exported in {exported.seconds:.1f} s")
        if exported.rows == 0:
            raise TrainingError("the store has no events: import some first (kaiyu import events FILE)")
        events = read_event_arrays(events_dir)
        catalog = store.catalog()
        data = fit_data_from_events(events, catalog.item_ids if len(catalog) else None)
        users_path, items_path = write_axes(data, work / "axes")
        t_load = time.perf_counter() - started - t_export
        # the default mix with what the operator pinned (`recommendation_overrides`): the
        # discovery model is ALS trained here, whatever the overrides name
        overrides = dict(getattr(settings, "recommendation_overrides", None) or {})
        ignored = {k: overrides.pop(k) for k in ("discovery", "discovery_params") if k in overrides}
        config = apply_overrides(default_config(settings, data.shape[1]), overrides)
        nnz = np.diff(data.matrix(config.event_weights, config.discovery_half_life_days).indptr)
        per_user = float(np.median(nnz[nnz > 0])) if (nnz > 0).any() else 1.0
        config = replace(config, discovery="als", discovery_params={
            "factors": params["rank"], "iterations": params["maxIter"], "alpha": params["alpha"],
            "regularization": params["regParam"] * per_user, "random_state": 0})
        timings: dict[str, float] = {}
        cells: dict[str, int] = {}
        spark_info: dict[str, Any] = {}

        with spark_session(master, driver_memory=settings.spark_driver_memory, log_file=run / "spark.log") as spark:
            timings["session"] = round(time.perf_counter() - started - t_export - t_load, 3)
            sc = spark.sparkContext
            spark_info = {"master": sc.master, "version": spark.version, "app_id": sc.applicationId}
            log(f"[kaiyu train] spark: Spark {spark.version} on {sc.master} (log: {run / 'spark.log'})")
            if master.startswith("local"):
                sc.setCheckpointDir(str(work / "checkpoints"))

            def spark_als(train, *, until: float | None = None, x: sp.csr_matrix | None = None, prefix: str):
                """Spark ALS on `train`: triples by Spark SQL from the export (events before
                `until`), or from `x`, a matrix Python built (a random split is no time filter)."""
                triples = work / f"{prefix}triples"
                t0 = time.perf_counter()
                if x is None:
                    (weighted_triples(spark, events_dir, users_path, items_path, weights=config.event_weights,
                                      half_life_days=config.discovery_half_life_days, now=train.now, until=until)
                     .write.mode("overwrite").parquet(str(triples)))
                else:
                    triples.mkdir(parents=True, exist_ok=True)
                    _matrix_triples(x, triples / "part-0.parquet")
                timings[f"{prefix}weight"] = round(time.perf_counter() - t0, 3)
                cells[prefix.rstrip(".")] = _parquet_rows(triples)
                user_f, item_f = fit_spark_als(spark, triples, work / f"{prefix}factors", train.shape, params,
                                               timings=timings, prefix=prefix)
                return als_from_factors(user_f, item_f, params, triples_per_user=per_user)

            # 2. the holdout: Spark ALS on each validation window's training part
            t0 = time.perf_counter()
            log(f"[kaiyu train] spark: holdout ({holdout_folds} window(s)), ALS {params}")
            if holdout_folds > 0:
                holdout_report = holdout(data, config, lambda train, x, temporal, fold: spark_als(
                    train, until=train.now if temporal else None, x=None if temporal else x, prefix=f"fold{fold}."),
                    folds=holdout_folds, incumbent=config_from_dict(incumbent))
            else:
                holdout_report = {"skipped": True, "reason": "no holdout windows asked for"}
            t_holdout = time.perf_counter() - t0
            if not holdout_report.get("skipped"):
                log(f"[kaiyu train] spark: holdout all ndcg@10 {holdout_report['all']['ndcg@10']:.4f}, "
                    f"new ndcg@10 {holdout_report['new']['ndcg@10']:.4f} in {t_holdout:.1f} s")

            # 3. the model served: Spark ALS on everything
            t0 = time.perf_counter()
            discovery = spark_als(data, prefix="final.")
            t_spark_fit = time.perf_counter() - t0
        # 4. everything else as the local engine builds it, then the Spark-trained discovery model
        t0 = time.perf_counter()
        rules = Rules.from_settings(settings)
        service = RecommendationService.fit(data, config, catalog=catalog, session_rows=events.session_ids,
                                            rules=rules, discovery=discovery)
        t_rest = time.perf_counter() - t0
    finally:  # triples, factors, checkpoints go; the export and spark.log stay (the newest few)
        shutil.rmtree(work, ignore_errors=True)
        if root.exists():
            _prune_exports(root, keep_exports, run)
    total = time.perf_counter() - started
    spark_info.update({
        "als": {**params, "implicitPrefs": True, "seed": 0}, "weighting": "spark-sql",
        "export": {"path": str(events_dir), "rows": exported.rows, "seconds": exported.seconds,
                   "time_range": [exported.min_timestamp, exported.max_timestamp]},
        "stages_s": timings, "triples": cells,
        "log": str(run / "spark.log") if (run / "spark.log").exists() else None,  # None: a session we did not start
        "fold_in": {"regularization": config.discovery_params["regularization"], "alpha": params["alpha"]},
        "overrides_applied": overrides, "overrides_ignored": ignored,
    })
    report = {
        "engine": "spark", "config": config.as_dict(), "holdout": holdout_report, "tuning_trials": 0,
        "tuning_stopped_early": False, "users": int(data.shape[0]), "items": int(data.shape[1]),
        "events": int(len(events)), "model_version": service.model_version,
        "timings": {"export_s": round(t_export, 2), "load_s": round(t_load, 2), "holdout_s": round(t_holdout, 2),
                    "spark_fit_s": round(t_spark_fit, 2), "fit_s": round(t_rest, 2), "total_s": round(total, 2)},
        "primary_metric": "ndcg@10", "greater_is_better": True, "spark": spark_info,
    }
    log(f"[kaiyu train] spark: trained in {total:.1f} s (export {t_export:.1f} s, holdout {t_holdout:.1f} s, "
        f"final ALS {t_spark_fit:.1f} s, rest {t_rest:.1f} s)")
    return service, report

