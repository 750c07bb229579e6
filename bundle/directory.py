"""Versioned model bundles: written whole or not at all, promoted by one atomic rename.

Layout of `HOME/bundles/`:
    20261123T021500Z/     a bundle: manifest.json plus one folder per component (no pickle)
    .partial-*/           a bundle being written (never listed; removed by the next run)
    CURRENT               the promoted version's name, replaced atomically
    history.json          promotions, newest last, for rollback
A reader that sees `CURRENT` sees a complete bundle, whatever was killed when.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from store.files import fsync_dir, write_atomic

MANIFEST = "manifest.json"


class BundleError(RuntimeError):
    """A bundle operation that cannot be done (unknown version, nothing to roll back to...)."""


class TrainingLocked(RuntimeError):
    """Another training holds the lock."""


class BundleStore:
    """The bundles of one Kaiyu home."""

    def __init__(self, home: str | Path):
        self.root = Path(home) / "bundles"
        self.root.mkdir(parents=True, exist_ok=True)

    # -- reading --------------------------------------------------------------------------

    def versions(self) -> list[str]:
        """Complete bundles, oldest first."""
        return sorted(p.name for p in self.root.iterdir()
                      if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).exists())

    def current(self) -> str | None:
        try:
            version = (self.root / "CURRENT").read_text().strip()
        except FileNotFoundError:
            return None
        return version if (self.root / version / MANIFEST).exists() else None

    def path(self, version: str) -> Path:
        path = self.root / version
        if version.startswith(".") or "/" in version or not (path / MANIFEST).exists():
            raise BundleError(f"no bundle {version!r}; bundles: {', '.join(self.versions()) or 'none'}")
        return path

    def manifest(self, version: str) -> dict[str, Any]:
        return json.loads((self.path(version) / MANIFEST).read_text())

    def history(self) -> list[dict[str, Any]]:
        try:
            return json.loads((self.root / "history.json").read_text())
        except FileNotFoundError:
            return []

    # -- writing --------------------------------------------------------------------------

    def new_version(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        version, n = stamp, 1
        while (self.root / version).exists():
            n += 1
            version = f"{stamp}-{n}"
        return version

    @contextmanager
    def writing(self, version: str) -> Iterator[Path]:
        """A folder to write a bundle into; it becomes `version` only if the block completes
        and left a manifest. An exception (or a kill) leaves no visible bundle."""
        partial = self.root / f".partial-{version}"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
        try:
            yield partial
            if not (partial / MANIFEST).exists():
                raise BundleError("a bundle was written without its manifest")
            for dirpath, _, files in os.walk(partial):
                for name in files:
                    with open(os.path.join(dirpath, name), "rb") as fh:
                        os.fsync(fh.fileno())
            os.rename(partial, self.root / version)
            fsync_dir(self.root)
        finally:
            shutil.rmtree(partial, ignore_errors=True)

    def promote(self, version: str, *, reason: str = "promoted") -> None:
        self.path(version)
        write_atomic(self.root / "CURRENT", version + "\n")
        history = self.history() + [{"version": version, "at": datetime.now(timezone.utc).isoformat(), "reason": reason}]
        write_atomic(self.root / "history.json", json.dumps(history[-200:], indent=1))

    def rollback(self) -> str:
        """Promote the bundle that was current before the current one."""
        current = self.current()
        previous = [h["version"] for h in self.history() if h["version"] != current and (self.root / h["version"]).exists()]
        if not previous:
            raise BundleError("nothing to roll back to: no earlier promoted bundle is kept")
        self.promote(previous[-1], reason=f"rollback from {current}")
        return previous[-1]

    def prune(self, keep: int) -> list[str]:
        """Delete all but the newest `keep` bundles (never the current one) and stale partials."""
        for stale in self.root.glob(".partial-*"):
            shutil.rmtree(stale, ignore_errors=True)
        current = self.current()
        versions = self.versions()
        doomed = [v for v in versions[:-keep] if v != current] if keep > 0 else []
        for version in doomed:
            shutil.rmtree(self.root / version, ignore_errors=True)
        return doomed

    @contextmanager
    def training_lock(self) -> Iterator[None]:
        """One training at a time per home; a second one fails at once with a clear message."""
        path = self.root / "train.lock"
        fh = path.open("a+")
        try:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                raise TrainingLocked(f"another training is running ({holder}); wait for it to finish "
                                     f"(the lock frees itself when that process exits)") from None
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc).isoformat(timespec='seconds')}")
            fh.flush()
            yield
        finally:
            fh.close()
