"""`kaiyu serve`: uvicorn (uvloop, httptools) with N worker processes."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from api.gate import is_loopback_name
from api.keys import load_keyring

SERVING_OMP_THREADS = "1"


def serve(settings, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    import uvicorn

    try:
        keyring = load_keyring(os.environ.get("KAIYU_API_KEYS", ""), settings.home)
    except ValueError as exc:
        print(f"kaiyu serve: {exc}", file=sys.stderr)
        return 2
    if not keyring and not is_loopback_name(host):
        print(f"kaiyu serve: no API keys configured, so Kaiyu serves this machine only and will not listen "
              f"on {host}; set KAIYU_API_KEYS or create keys to serve other hosts", file=sys.stderr)
        return 2
    if not keyring:
        print("kaiyu serve: no API keys configured: every local caller may read and write "
              "(only by a loopback address and name)", file=sys.stderr)
    # one OpenMP thread per worker: each worker answers one request at a time, and faiss's OpenMP
    # team waiting for a busy core cost a search 16 ms at p50 (4.7 ms with one thread; 2 cores,
    # benchmarks/request_path.py). Read by libgomp when faiss loads in the worker; a value the
    # operator set is kept.
    os.environ.setdefault("OMP_NUM_THREADS", SERVING_OMP_THREADS)
    os.environ["KAIYU_HOME"] = str(settings.home)
    os.environ["KAIYU_BIND_HOST"] = host  # the app checks it again in every worker
    if workers > 1:
        metrics_dir = tempfile.mkdtemp(prefix="kaiyu-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        uvicorn.run("api.main:create_app", factory=True, host=host, port=port, workers=workers,
                    loop="uvloop", http="httptools", log_level="info", access_log=False)
    finally:
        if workers > 1:
            shutil.rmtree(os.environ.pop("PROMETHEUS_MULTIPROC_DIR"), ignore_errors=True)
    return 0
