"""Training on Apache Spark: `kaiyu train --engine spark [--spark-master URL]`. This module
supplies only the fitter ("fit ALS on Spark", `SparkALS`, a `recsys.als.ALSFitter`) and the
export it reads; the configuration, holdout, the rest of the bundle and the report are the
common fitting path's (`recsys.fitting.train_service`).

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
   are placed on Kaiyu's user and item axes (`recsys.fitdata.fit_data_from_events`, written for
   Spark to join on as `axes/users.parquet` and `axes/items.parquet`);
4. the factors become a regular `recsys.models.ALSRecommender`, and everything else in the bundle
   (similar items, bought-together, buy-again, trending, the content model) is built exactly as
   the local engine builds it (`recsys.fitting.fit_service`), on the same export snapshot. The
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
from training.spark_session import SparkUnavailable, check_spark, require_pyspark, spark_session

__all__ = ["DEFAULT_ALS", "SparkALS", "SparkUnavailable", "als_params", "check_spark", "spark_fitter",
           "spark_report", "spark_session", "weighted_triples", "write_axes"]

#: Spark ALS parameters (Spark's names); the `spark_als` setting overrides them. regParam is
#: scaled by each user's and item's number of ratings in Spark (ALS-WR), unlike `implicit`'s.
DEFAULT_ALS: dict[str, float] = {"rank": 64, "maxIter": 15, "regParam": 0.05, "alpha": 1.0}
#: job directories under HOME/exports kept (the newest); older ones are removed after a run
KEEP_EXPORTS = 2


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
    (as `recsys.fitdata.FitData.matrix` builds it) computed with Spark SQL from an events export.
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
    return model.set_factors(user_factors, item_factors)


# -- the fitter -----------------------------------------------------------------------------

class SparkALS:
    """Spark MLlib ALS on the job's Parquet export: the Spark engine's `recsys.als.ALSFitter`.

    Each fit computes the weighted triples with Spark SQL from the export (the events before the
    window's end) or, for a per-user random holdout split, from the matrix Python built; fits
    ALS on Spark; and returns the factors as an `ALSRecommender`. Everything else (overrides,
    holdout folds, the rest of the bundle, the report) is `recsys.fitting.train_service`'s."""

    name = "spark"

    def __init__(self, settings, *, master: str, params: dict[str, Any], run: Path, exported, events,
                 log: Callable[[str], None], started: float, export_s: float):
        self.settings = settings
        self.master = master
        self.params = params
        self.run = run
        self.work = run / "work"
        self.events_dir = Path(exported.path)
        self.exported = exported
        self.events = events  # the export read back: what the rest of the bundle learns from
        self.log = log
        self.started = started  # when the job's Spark side began (the export)
        self.export_s = export_s
        self.timings: dict[str, float] = {}
        self.cells: dict[str, int] = {}
        self.info: dict[str, Any] = {}
        self.per_user = 1.0
        self._axes: tuple[Path, Path] | None = None
        self._spark = None

    def configure(self, config, data):
        """Discovery ALS with the Spark parameters; the regularisation scaled to a typical user's
        number of cells (Spark scales it per user, `implicit` does not)."""
        self._axes = write_axes(data, self.work / "axes")
        nnz = np.diff(data.matrix(config.event_weights, config.discovery_half_life_days).indptr)
        self.per_user = float(np.median(nnz[nnz > 0])) if (nnz > 0).any() else 1.0
        p = self.params
        return replace(config, discovery="als", discovery_params={
            "factors": p["rank"], "iterations": p["maxIter"], "alpha": p["alpha"],
            "regularization": p["regParam"] * self.per_user, "random_state": 0})

    @contextmanager
    def session(self) -> Iterator[Any]:
        started = time.perf_counter()
        log_file = self.run / "spark.log"
        with spark_session(self.master, driver_memory=self.settings.spark_driver_memory, log_file=log_file) as spark:
            self.timings["session"] = round(time.perf_counter() - started, 3)
            sc = spark.sparkContext
            self.info = {"master": sc.master, "version": spark.version, "app_id": sc.applicationId}
            self.log(f"Spark {spark.version} on {sc.master} (log: {log_file})")
            if self.master.startswith("local"):
                sc.setCheckpointDir(str(self.work / "checkpoints"))
            self._spark = spark
            try:
                yield spark
            finally:
                self._spark = None

    def fit(self, train, x: sp.csr_matrix, config, window):
        """Spark ALS on `train`: triples by Spark SQL from the export (a time window), or from
        `x` (a random split is no time filter)."""
        prefix = f"{window.name}."
        triples = self.work / f"{prefix}triples"
        t0 = time.perf_counter()
        if window.by_time:
            users_path, items_path = self._axes
            (weighted_triples(self._spark, self.events_dir, users_path, items_path, weights=config.event_weights,
                              half_life_days=config.discovery_half_life_days, now=train.now, until=window.until)
             .write.mode("overwrite").parquet(str(triples)))
        else:
            triples.mkdir(parents=True, exist_ok=True)
            _matrix_triples(x, triples / "part-0.parquet")
        self.timings[f"{prefix}weight"] = round(time.perf_counter() - t0, 3)
        self.cells[window.name] = _parquet_rows(triples)
        user_f, item_f = fit_spark_als(self._spark, triples, self.work / f"{prefix}factors", train.shape, self.params,
                                       timings=self.timings, prefix=prefix)
        return als_from_factors(user_f, item_f, self.params, triples_per_user=self.per_user)


# -- the job's Spark side -------------------------------------------------------------------

def _prune_exports(root: Path, keep: int, current: Path) -> None:
    runs = sorted(p for p in root.iterdir() if p.is_dir() and p.name[:1].isdigit())
    for old in runs[:-keep] if keep > 0 else runs:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)


@contextmanager
def spark_fitter(store, settings, *, master: str | None = None, show_progress: bool = False,
                 als: dict[str, Any] | None = None, keep_exports: int = KEEP_EXPORTS) -> Iterator[SparkALS]:
    """Export the store's events to Parquet under `HOME/exports/<ts>/events/` and yield the
    `SparkALS` fitter that reads them (its `events`: the same snapshot, for the rest of the
    bundle). Work files go at the end; the export and spark.log stay (the newest few)."""
    require_pyspark()
    from store.export import export_events, progress_printer, read_event_arrays

    printer = progress_printer() if show_progress else (lambda _m: None)
    log = lambda m: printer(f"[kaiyu train] spark: {m}")  # noqa: E731
    started = time.perf_counter()
    root = Path(settings.home) / "exports"
    run = root / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    events_dir = run / "events"
    try:
        log(f"exporting events to {events_dir}")
        exported = export_events(store, events_dir, log=printer)
        log(f"{exported.rows:,} events exported in {exported.seconds:.1f} s")
        if exported.rows == 0:
            raise TrainingError("the store has no events: import some first (kaiyu import events FILE)")
        export_s = time.perf_counter() - started
        yield SparkALS(settings, master=master or settings.spark_master, params=als_params(settings, als), run=run,
                       exported=exported, events=read_event_arrays(events_dir), log=log, started=started,
                       export_s=export_s)
    finally:  # triples, factors, checkpoints go; the export and spark.log stay (the newest few)
        shutil.rmtree(run / "work", ignore_errors=True)
        if root.exists():
            _prune_exports(root, keep_exports, run)


def spark_report(fitter: SparkALS, report: dict[str, Any], settings) -> dict[str, Any]:
    """The common report with what the Spark engine adds: `spark` (master, version, ALS
    parameters, the export, stage timings, triples) and the export's seconds."""
    from recsys.fitting import split_overrides

    applied, ignored = split_overrides(getattr(settings, "recommendation_overrides", None))
    exported, run = fitter.exported, fitter.run
    total = time.perf_counter() - fitter.started
    spark_info = {
        **fitter.info, "als": {**fitter.params, "implicitPrefs": True, "seed": 0}, "weighting": "spark-sql",
        "export": {"path": str(fitter.events_dir), "rows": exported.rows, "seconds": exported.seconds,
                   "time_range": [exported.min_timestamp, exported.max_timestamp]},
        "stages_s": fitter.timings, "triples": fitter.cells,
        "log": str(run / "spark.log") if (run / "spark.log").exists() else None,  # None: a session we did not start
        "fold_in": {"regularization": report["config"]["discovery_params"]["regularization"],
                    "alpha": fitter.params["alpha"]},
        "overrides_applied": applied, "overrides_ignored": ignored,
    }
    timings = {"export_s": round(fitter.export_s, 2), **report["timings"], "total_s": round(total, 2)}
    fitter.log(f"trained in {total:.1f} s (export {fitter.export_s:.1f} s, holdout {timings['holdout_s']:.1f} s, "
               f"final ALS {timings['spark_fit_s']:.1f} s, rest {timings['fit_s']:.1f} s)")
    return {**report, "timings": timings, "spark": spark_info}
