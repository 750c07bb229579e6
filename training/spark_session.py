"""Spark sessions for Kaiyu's jobs: whether Spark can run here (pyspark, Java), and a quiet,
local-friendly session that is stopped at the end, error or not."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from training.errors import TrainingError

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
