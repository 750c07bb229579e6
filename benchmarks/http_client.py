"""What recommendation benchmarks share to measure the product as a storefront gets it: the
`kaiyu` commands as subprocesses on a temporary home, `kaiyu serve` on 127.0.0.1 at a free port,
and `GET /v1/users/{id}/recommendations` over HTTP with the latency of every call. Starting
`kaiyu serve` and waiting for `/readyz` (`free_port`, `start_serve`, `wait_ready`) is the one
copy the soak and the live-server tests use too."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import numpy as np

READ = "pk_bench_read"
ROOT = Path(__file__).resolve().parent.parent


def kaiyu(home: Path, *args: str, env: dict | None = None, quiet: bool = True) -> None:
    """Run `kaiyu --home HOME ARGS` (the CLI module of this checkout) and fail loudly."""
    cmd = [sys.executable, "-m", "cli.main", "--home", str(home), *args]
    print("$ kaiyu", " ".join(args), flush=True)
    out = subprocess.DEVNULL if quiet else None
    subprocess.run(cmd, check=True, env={**os.environ, **(env or {})}, cwd=ROOT, stdout=out)


def imported_home(home: Path, catalog: Path, events: Path) -> Path:
    """A home with the catalogue and events imported through `kaiyu import` (done once)."""
    if (home / "kaiyu.db").exists():
        return home
    home.mkdir(parents=True, exist_ok=True)
    kaiyu(home, "import", "catalog", str(catalog), "--progress", "off")
    kaiyu(home, "import", "events", str(events), "--progress", "off")
    return home


def trained_copy(source: Path, home: Path, seed: int, env: dict | None = None) -> float:
    """Copy the imported store into `home` and run `kaiyu train` (default settings but the
    seed, `KAIYU_RANDOM_STATE`); returns the seconds training took."""
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    shutil.copy2(source / "kaiyu.db", home / "kaiyu.db")
    t0 = time.perf_counter()
    kaiyu(home, "train", env={"KAIYU_RANDOM_STATE": str(seed), **(env or {})})
    return time.perf_counter() - t0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerNotReady(RuntimeError):
    """`kaiyu serve` exited or missed its deadline before `/readyz` said 200; the message ends
    with the last 3,000 characters of its log."""


def start_serve(home: Path, *, port: int, workers: int = 1, env: dict | None = None, log_path: Path | None = None,
                new_session: bool = False) -> subprocess.Popen:
    """Start `python -m cli.main serve --home HOME --port PORT [--workers N]` from the repo root.

    `env` is the whole environment of the server (None: this process's); `log_path` gets its
    stdout and stderr (None: they go where this process's go); `new_session` puts it in its own
    process group, so that `os.killpg(proc.pid, ...)` reaches uvicorn's workers too. `--workers`
    is only written when it is not the CLI's default of 1."""
    cmd = [sys.executable, "-m", "cli.main", "serve", "--home", str(Path(home).resolve()), "--port", str(port)]
    if workers != 1:
        cmd += ["--workers", str(workers)]
    if log_path is None:
        return subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=new_session)
    with Path(log_path).open("w") as log:  # the child holds its own copy of the descriptor
        return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
                                start_new_session=new_session)


def wait_ready(base: str, proc: subprocess.Popen, *, timeout: float, log_path: Path | None = None) -> None:
    """Poll `{base}/readyz` until it answers 200. Raises `ServerNotReady` when `proc` exits first
    or `timeout` seconds pass; stopping the process is the caller's job."""
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise ServerNotReady(f"kaiyu serve exited ({proc.returncode}) before it was ready: {_tail(log_path)}")
        if time.monotonic() > deadline:
            raise ServerNotReady(f"kaiyu serve not ready in {timeout:g} s: {_tail(log_path)}")
        time.sleep(0.2)


def _tail(log_path: Path | None) -> str:
    if log_path is None:
        return "(no log kept)"
    try:
        return Path(log_path).read_text(errors="replace")[-3000:]
    except FileNotFoundError:
        return f"(no log at {log_path})"


@contextmanager
def serving(home: Path):
    """`kaiyu serve` on 127.0.0.1 at a free port; yields the base URL, stops it after."""
    port = free_port()
    log_path = home / "server.log"
    proc = start_serve(home, port=port, env={**os.environ, "KAIYU_API_KEYS": f"{READ}:read"}, log_path=log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_ready(base, proc, timeout=150, log_path=log_path)
        except ServerNotReady as exc:
            raise SystemExit(f"server did not get ready: {exc}") from None
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def recommendations(base: str, users: list[str], *, scenario: str | None, exclude: str | None,
                    limit: int = 20) -> tuple[dict[str, list[str]], np.ndarray]:
    """Ask the endpoint for every user; returns (user -> item ids, latencies in ms)."""
    import httpx

    params = {"limit": str(limit)}
    if scenario:
        params["scenario"] = scenario
    if exclude:
        params["exclude"] = exclude
    lists, latency = {}, []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {READ}"}, timeout=30) as client:
        for user in users:
            t = time.perf_counter()
            r = client.get(f"/v1/users/{quote(user, safe='')}/recommendations", params=params)
            latency.append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
            lists[user] = [i["item_id"] for i in r.json()["items"]]
    return lists, np.array(latency)


def spread(values: list[float]) -> str:
    """Mean and range of a metric over seeds: `0.381 (0.379..0.384)`."""
    return f"{np.mean(values):.3f} ({min(values):.3f}..{max(values):.3f})" if len(values) > 1 else f"{values[0]:.3f}"
