"""`kaiyu serve`: uvicorn (uvloop, httptools) with N worker processes."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from api.keys import load_keyring


def serve(settings, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    import uvicorn

    try:
        keyring = load_keyring(os.environ.get("KAIYU_API_KEYS", ""), settings.home)
    except ValueError as exc:
        print(f"kaiyu serve: {exc}", file=sys.stderr)
        return 2
    if not keyring and host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kaiyu serve: no API keys configured, so listening on 127.0.0.1 only (not {host}); "
              "set KAIYU_API_KEYS or create keys to serve other hosts", file=sys.stderr)
        host = "127.0.0.1"
    elif not keyring:
        print("kaiyu serve: no API keys configured: every local caller may read and write", file=sys.stderr)
    os.environ["KAIYU_HOME"] = str(settings.home)
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
