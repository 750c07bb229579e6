"""The nightly job: snapshot the store, train every model and the search index, evaluate, write
a versioned bundle, and promote it only if it is not worse than the one serving."""

from __future__ import annotations

import json
import platform
import shutil
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import metadata
from typing import Any

from store.settings import Settings
from store.db import open_store
from bundle.directory import MANIFEST, BundleStore
from training.errors import TrainingError


class StageClock:
    """Times the job's stages and tells the operator as each one ends."""

    def __init__(self, echo: bool = True):
        self.seconds: dict[str, float] = {}
        self.echo = echo

    @contextmanager
    def stage(self, name: str):
        if self.echo:
            print(f"[kaiyu train] {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        yield
        self.seconds[name] = round(time.perf_counter() - started, 3)
        if self.echo:
            print(f"[kaiyu train] {name}: {self.seconds[name]:.1f} s", file=sys.stderr, flush=True)


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for package in ("kaiyu", "numpy", "scipy", "implicit", "scikit-learn", "bm25s", "faiss-cpu",
                    "sentence-transformers", "torch"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            pass
    return out


def gate(new: dict[str, Any], current: dict[str, Any] | None, tolerance: float) -> tuple[bool, str]:
    """Promote `new` unless its primary metric is worse than the current bundle's by more than
    `tolerance` (relative)."""
    if current is None:
        return True, "no bundle is serving yet"
    name = new.get("primary_metric")
    if not name or name not in new or name not in current:
        return True, "no comparable metric in the current bundle"
    greater = new.get("greater_is_better", True)
    ours, theirs = float(new[name]), float(current[name])
    worse = (theirs - ours) if greater else (ours - theirs)
    if worse > tolerance * abs(theirs):
        return False, f"{name} {ours:.4f} is worse than the serving bundle's {theirs:.4f} beyond tolerance {tolerance:.0%}"
    return True, f"{name} {ours:.4f} vs serving {theirs:.4f}"


def holdout_metrics(rec_report: dict[str, Any], *, incumbent: bool = False) -> dict[str, Any]:
    """The recommendation holdout (the tuner's time split) as flat metrics with a primary one;
    `incumbent=True`: the serving bundle's configuration scored on that same split (empty when
    there was none to score)."""
    holdout = rec_report.get("holdout") or {}
    if incumbent:
        holdout = holdout.get("incumbent") or {}
    metrics: dict[str, Any] = {}
    for view in ("all", "new"):
        for name, value in (holdout.get(view) or {}).items():
            if isinstance(value, (int, float)):
                metrics[f"{view}.{name}"] = float(value)
    primary = f"all.{rec_report.get('primary_metric', 'ndcg@10')}"
    if primary in metrics:
        metrics["primary_metric"] = primary
        metrics["greater_is_better"] = bool(rec_report.get("greater_is_better", True))
    return metrics


def _recommendations(store, settings: Settings, *, engine: str, spark_master: str | None, show_progress: bool,
                     incumbent: dict[str, Any] | None):
    """The recommendation stage: one fitting path (`recsys.fitting.train_service`), the ALS
    fitter chosen by the engine (local: tuned here; spark: Spark MLlib ALS on an export)."""
    from recsys.fitting import train_service

    if engine == "local":
        return train_service(store, settings, time_budget_s=settings.train_time_budget_s,
                             show_progress=show_progress, incumbent=incumbent)
    if engine == "spark":
        from training.spark import spark_fitter, spark_report

        with spark_fitter(store, settings, master=spark_master, show_progress=show_progress) as als:
            service, report = train_service(store, settings, als=als, events=als.events, incumbent=incumbent,
                                            log=als.log)
            return service, spark_report(als, report, settings)
    raise TrainingError(f"unknown training engine {engine!r}: use local or spark")


def train(settings: Settings, *, show_progress: bool = True, force: bool = False, engine: str = "local",
          spark_master: str | None = None) -> dict[str, Any]:
    """Run the whole job; returns the report (also saved in the bundle as report.json).
    `engine="spark"` trains the collaborative-filtering model on Spark (`training.spark`)."""
    from recsys.config import check_overrides

    check_overrides(settings.recommendation_overrides)  # a wrong key fails before the job starts
    bundles = BundleStore(settings.home)
    clock = StageClock(echo=show_progress)
    started = time.perf_counter()
    with bundles.training_lock():
        store = open_store(settings)
        try:
            snapshot_at = datetime.now(timezone.utc)
            with clock.stage("snapshot"):
                snapshot_seq = store.catalog_sequence()  # read first: later changes are fed to serving
                catalog = store.catalog()
                n_events = store.count_events()
            if len(catalog) == 0:
                raise TrainingError("the catalogue is empty: import one first (kaiyu import catalog FILE)")
            current = bundles.current()
            with clock.stage("recommendations"):
                recsys, rec_report = _recommendations(store, settings, engine=engine, spark_master=spark_master,
                                                      show_progress=show_progress,
                                                      incumbent=_serving_config(bundles, current))
            with clock.stage("search index"):
                search = _search_index(settings, catalog, rec_report.get("popularity"), show_progress)
            learn_dir = settings.home / "tmp" / "search-learning"  # a fine-tuned model, until the bundle has it
            shutil.rmtree(learn_dir, ignore_errors=True)
            search_learning = _learn_search(settings, store, search, learn_dir, clock, show_progress)
            metrics, current_metrics, promote, why = _verdict(bundles, current, rec_report, settings, force)
            version = bundles.new_version()
            report = {
                "version": version, "snapshot_at": snapshot_at.isoformat(), "promoted": promote, "gate": why,
                "previous": current, "data": {"items": len(catalog), "events": n_events},
                "metrics": metrics, "serving_metrics": current_metrics or None,
                "recommendations": {k: v for k, v in rec_report.items() if k not in ("popularity",)},
                "stages_s": clock.seconds, "search_learning": search_learning,
            }
            manifest = {
                "version": version, "catalog_snapshot_at": snapshot_at.timestamp(),
                "catalog_snapshot_seq": snapshot_seq, "metrics": metrics, "data": report["data"],
                "search": {"dense": search.encoder is not None},
                "config": settings.model_dump(mode="json", exclude={"home", "database_url"}),
                "libraries": _versions(),
            }
            with clock.stage("write bundle"):
                _write_bundle(bundles, version, recsys, search, report, manifest, started)
            shutil.rmtree(learn_dir, ignore_errors=True)
            if promote:
                bundles.promote(version)
            bundles.prune(settings.keep_bundles)
        finally:
            store.close()
    if show_progress:
        print(summary(report), file=sys.stderr)
    return report


def _search_index(settings: Settings, catalog, popularity, show_progress: bool):
    """The search engine over tonight's catalogue (dense part on the packaged encoder, product
    vectors cached in the home by text)."""
    from search.config import SearchConfig
    from search.engine import SearchEngine

    unknown = sorted(set(settings.search) - set(SearchConfig.__dataclass_fields__))
    if unknown:
        raise TrainingError(f"unknown search settings {unknown}: see search/config.py for the names")
    encoder = None
    if settings.search_dense:
        from search.encoder import Encoder

        encoder = Encoder()
    # the embedding bar only on a terminal: in cron's log file its frames would be a wall of lines
    # (the stage lines say what happened and how long)
    bar = show_progress and sys.stderr.isatty()
    return SearchEngine.build(catalog, popularity=popularity, encoder=encoder, config=SearchConfig.from_dict(settings.search),
                              cache_dir=settings.home / "cache" / "embeddings", show_progress=bar)


def _learn_search(settings: Settings, store, search, learn_dir, clock: StageClock, show_progress: bool):
    """Learned search ranking from search events (query on clicks, carts, purchases); the
    report, or None without a budget or without search events."""
    if settings.search_learn_time_budget_s <= 0:
        return None
    from search.learning import LearnOptions, SearchEvents, SearchLog, learn

    search_events = SearchLog.from_store(store) or SearchEvents.from_store(store)  # the impression log first
    if not len(search_events):
        return None
    with clock.stage("search learning"):
        say = (lambda m: print(f"[kaiyu train] search learning: {m}", file=sys.stderr,
                               flush=True)) if show_progress else None
        options = LearnOptions(time_budget_s=settings.search_learn_time_budget_s, fine_tune=settings.search_fine_tune,
                               event_weights=settings.event_weights, workdir=learn_dir, log=say)
        return learn(search, search_events, options).report


def _verdict(bundles: BundleStore, current: str | None, rec_report: dict[str, Any], settings: Settings,
             force: bool) -> tuple[dict[str, Any], dict[str, Any] | None, bool, str]:
    """Tonight's metrics, the serving bundle's, and whether the gate promotes (and why)."""
    metrics = holdout_metrics(rec_report)
    # the serving configuration refitted and scored on tonight's holdout; failing that
    # (a bundle from before this was recorded), the metrics saved with the serving bundle
    current_metrics = holdout_metrics(rec_report, incumbent=True)
    basis = "same holdout"
    if current and not current_metrics:
        current_metrics, basis = bundles.manifest(current).get("metrics"), "the serving bundle's own holdout"
    promote, why = (True, "forced") if force else gate(metrics, (current_metrics or {}) if current else None,
                                                        settings.gate_tolerance)
    if current and not force:
        why = f"{why} ({basis})"
    tuned = (rec_report.get("holdout") or {}).get("tuned")  # there only when the champion was kept
    if tuned:
        why = (f"{why}; the serving configuration refitted on tonight's data, as tonight's tuned one scored "
               f"all.ndcg@10 {float((tuned.get('all') or {}).get('ndcg@10', float('nan'))):.4f} on the same holdout")
    return metrics, current_metrics, promote, why


def _write_bundle(bundles: BundleStore, version: str, recsys, search, report: dict[str, Any],
                  manifest: dict[str, Any], started: float) -> None:
    """The bundle, whole or not at all: both models, the report, its summary, the manifest."""
    with bundles.writing(version) as path:
        recsys.save(path / "recsys")
        search.save(path / "search")
        report["total_s"] = round(time.perf_counter() - started, 3)
        manifest = {"version": manifest["version"], "created_at": datetime.now(timezone.utc).isoformat(),
                    **{k: v for k, v in manifest.items() if k != "version"}}
        (path / "report.json").write_text(json.dumps(report, indent=2, default=str))
        (path / "summary.txt").write_text(summary(report) + "\n")
        (path / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str))


def _serving_config(bundles: BundleStore, version: str | None) -> dict[str, Any] | None:
    """The recommendation configuration of bundle `version` (from its report), if readable."""
    if version is None:
        return None
    try:
        report = json.loads((bundles.path(version) / "report.json").read_text())
    except (OSError, ValueError):
        return None
    return (report.get("recommendations") or {}).get("config")


def _search_learning_line(learned: dict[str, Any] | None) -> str:
    """What learning from search events kept, in one line (nothing without search events)."""
    if not learned:
        return ""
    if learned.get("reason"):
        return f"  search learning: nothing learned: {learned['reason']}\n"
    held = learned.get("kept_scores") or (learned.get("held_back") or {}).get(learned.get("chosen"), {})
    base = (learned.get("held_back") or {}).get("hand", {})
    skipped = (learned.get("fine_tune") or {}).get("skipped")
    return (f"  search learning: {learned.get('chosen')} (held-back NDCG@10 {base.get('ndcg@10', 0):.4f} -> "
            f"{held.get('ndcg@10', 0):.4f}, {learned.get('queries', 0):,} queries)\n"
            + (f"  search learning: fine-tuning skipped: {skipped}\n" if skipped else ""))


def summary(report: dict[str, Any]) -> str:
    metrics = ", ".join(f"{k} {v:.4f}" for k, v in report.get("metrics", {}).items() if isinstance(v, float))
    verdict = "promoted" if report["promoted"] else "NOT promoted (the serving bundle stays)"
    return (f"bundle {report['version']}: {verdict}: {report['gate']}\n"
            f"  data: {report['data']['items']:,} items, {report['data']['events']:,} events\n"
            f"  metrics: {metrics or 'none'}\n"
            + _search_learning_line(report.get("search_learning")) +
            "  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in report["stages_s"].items()))


def evaluate_current(settings: Settings, *, as_json: bool = False) -> int:
    """Print the offline metrics of the serving bundle."""
    bundles = BundleStore(settings.home)
    version = bundles.current()
    if version is None:
        print("kaiyu evaluate: no bundle is serving yet: run kaiyu train", file=sys.stderr)
        return 1
    metrics = bundles.manifest(version).get("metrics", {})
    journey = _journey_report(bundles, version)
    if as_json:
        print(json.dumps({"version": version, "metrics": metrics, "journey": journey}, indent=2))
    else:
        from recsys.policy_fit import table_lines

        print(f"bundle {version}")
        for name, value in metrics.items():
            print(f"  {name:<28} {value:.4f}" if isinstance(value, float) else f"  {name:<28} {value}")
        for line in table_lines(journey):
            print(f"  {line}")
    return 0


def _journey_report(bundles: BundleStore, version: str) -> dict[str, Any] | None:
    """The journey policy table of bundle `version` (state -> answer, scores, shoppers), if any."""
    try:
        report = json.loads((bundles.path(version) / "report.json").read_text())
    except (OSError, ValueError):
        return None
    return (report.get("recommendations") or {}).get("journey")
