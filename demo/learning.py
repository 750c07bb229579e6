"""The demo serves first and learns after: the first bundle is trained quickly (search learning
off, a short recommendation tuning budget), the server starts on it, and a background
`kaiyu train` with the home's own settings learns from the demo's search log and promotes a
second bundle when it is ready; the serving workers swap to it without dropping a request
(`api.engine.EngineHolder.watch`)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from store.settings import Settings

PENDING = "demo-learning-pending"  # in HOME: the serving bundle is the quick one, learning not yet done
LOG = "demo-learning.log"
QUICK_TUNING_S = 45.0  # the first bundle's recommendation tuning budget (the default is settings')


def quick_settings(settings: Settings) -> Settings:
    """The settings of the first bundle: no learning from the search log (training the query
    model takes minutes on 2 cores) and a short tuning budget, so the shop answers within a couple of
    minutes; the background job trains with `settings` as they are."""
    return settings.model_copy(update={
        "search_learn_time_budget_s": 0.0,
        "train_time_budget_s": min(settings.train_time_budget_s, QUICK_TUNING_S)})


def train_quick(settings: Settings) -> None:
    """Train and promote the first bundle, and mark the home as owing the full training."""
    from training.train import train

    train(quick_settings(settings))
    (settings.home / PENDING).write_text("the serving bundle was trained without search learning\n")


def say(message: str) -> None:
    print(f"[kaiyu demo] {message}", file=sys.stderr, flush=True)


class BackgroundLearning:
    """`kaiyu train` for this home in a child process, its log in HOME/demo-learning.log, its
    stage lines echoed here so the newcomer sees where it is. Ended with the demo."""

    def __init__(self, home: Path, ready_url: str | None = None):
        self.home = Path(home)
        self.ready_url = ready_url  # start once this answers (the server first has the CPUs)
        self.log_path = self.home / LOG
        self.process: subprocess.Popen | None = None
        self._echo: threading.Thread | None = None
        self._stopped = False
        self._env = dict(os.environ)  # as it was before `kaiyu serve` set its serving threads

    def start(self) -> None:
        """Start in a thread: after the server answers `ready_url` (or 2 minutes without it)."""
        self._echo = threading.Thread(target=self._run, name="demo-learning", daemon=True)
        self._echo.start()

    def _run(self) -> None:
        if self.ready_url:
            wait_until_ready(self.ready_url, timeout_s=120.0)
        if self._stopped:
            return
        self._launch()
        self._follow()

    def _launch(self) -> None:
        command = [sys.executable, "-m", "cli.main", "train", "--home", str(self.home)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        bufsize=1, env=self._env, cwd=Path(__file__).resolve().parent.parent)
        say(f"serving the quick bundle; learning search from the demo's search log in the background "
            f"(full log: {self.log_path}); the server swaps to the learned bundle when it is promoted")

    def _follow(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        with self.log_path.open("a") as log:
            for line in self.process.stdout:
                log.write(line)
                log.flush()
                if line.startswith("[kaiyu train]") and ("..." not in line or "search learning" in line):
                    say("background learning: " + line.removeprefix("[kaiyu train]").strip())
        code = self.process.wait()
        if code in (0, 1):  # promoted, or kept by the gate: either way the learning is done
            (self.home / PENDING).unlink(missing_ok=True)
        say({0: "background learning done: the learned bundle is promoted and now serving",
             1: "background learning done: the quality gate kept the quick bundle (see the log)"}.get(
            code, f"background learning stopped (exit {code}); it runs again at the next `kaiyu demo`"))

    def stop(self) -> None:
        self._stopped = True
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def wait_until_ready(url: str, *, timeout_s: float) -> bool:
    import time
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def learning_pending(home: Path) -> bool:
    return (Path(home) / PENDING).exists()
