"""What recommendation benchmarks share to measure the product as a storefront gets it: the
`kaiyu` commands as subprocesses on a temporary home, `kaiyu serve` on 127.0.0.1 at a free port,
and `GET /v1/users/{id}/recommendations` over HTTP with the latency of every call."""

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
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(home: Path):
    """`kaiyu serve` on 127.0.0.1 at a free port; yields the base URL, stops it after."""
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read"}
    log = (home / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--home", str(home), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc, home)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _wait_ready(base: str, proc: subprocess.Popen, home: Path) -> None:
    import httpx

    for _ in range(600):
        if proc.poll() is not None:
            break
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"server did not get ready: {(home / 'server.log').read_text()[-2000:]}")


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
