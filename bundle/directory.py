"""Versioned model bundles: written whole or not at all, promoted by one atomic rename.

Layout of `HOME/bundles/`:
    20261123T021500Z/     a bundle: manifest.json plus one folder per component (no pickle)
    .partial-*/           a bundle being written (never listed; removed by the next prune)
    state.json            the promoted version and the promotions before it (for rollback), in
                          one file replaced atomically: the two can never disagree
    CURRENT               the promoted version's name, written after state.json (for scripts;
                          Kaiyu reads state.json, and a home from before it is read from
                          CURRENT and history.json)
    bundles.lock          promote, rollback and prune hold it, so a promotion cannot race the
                          pruning of the bundle it names (a blocking flock, held for milliseconds)
    train.lock            one training at a time (held for the whole training)
A reader that sees a current version sees a complete bundle, whatever was killed when.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from store.files import fsync_dir

MANIFEST = "manifest.json"
STATE = "state.json"
HISTORY_KEPT = 200


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
        """The promoted version, or None. Read without the lock: if the state names a bundle that
        is gone, the state was replaced meanwhile (a prune never deletes the current bundle while
        holding the lock), so it is read again."""
        for _ in range(5):
            version = self.state()["current"]
            if version is None or self._complete(version):
                return version
            if self.state()["current"] == version:
                return None
        return None

    def state(self) -> dict[str, Any]:
        """`{"current": version or None, "history": [promotions, newest last]}`."""
        try:
            state = json.loads((self.root / STATE).read_text())
            return {"current": state.get("current"), "history": list(state.get("history") or [])}
        except FileNotFoundError:
            return self._legacy_state()
        except json.JSONDecodeError:  # never written torn; a hand edit gone wrong
            return {"current": None, "history": []}

    def _legacy_state(self) -> dict[str, Any]:
        try:
            current = (self.root / "CURRENT").read_text().strip() or None
        except FileNotFoundError:
            current = None
        try:
            history = json.loads((self.root / "history.json").read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            history = []
        return {"current": current, "history": history if isinstance(history, list) else []}

    def _complete(self, version: str) -> bool:
        return not version.startswith(".") and "/" not in version and (self.root / version / MANIFEST).exists()

    def path(self, version: str) -> Path:
        path = self.root / version
        if version.startswith(".") or "/" in version or not (path / MANIFEST).exists():
            raise BundleError(f"no bundle {version!r}; bundles: {', '.join(self.versions()) or 'none'}")
        return path

    def manifest(self, version: str) -> dict[str, Any]:
        return json.loads((self.path(version) / MANIFEST).read_text())

    def history(self) -> list[dict[str, Any]]:
        return self.state()["history"]

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

    @contextmanager
    def lock(self) -> Iterator[None]:
        """The bundle lock: promote, rollback and prune hold it (across processes and threads:
        each holder opens the file, and flock locks per open file)."""
        with (self.root / "bundles.lock").open("a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield

    def promote(self, version: str, *, reason: str = "promoted") -> None:
        with self.lock():
            self._promote_locked(version, reason)

    def _promote_locked(self, version: str, reason: str) -> None:
        self.path(version)  # under the lock: a prune cannot delete it before the state names it
        history = self.history() + [{"version": version, "at": datetime.now(timezone.utc).isoformat(), "reason": reason}]
        self._replace(STATE, json.dumps({"current": version, "history": history[-HISTORY_KEPT:]}, indent=1))
        self._replace("CURRENT", version + "\n")

    def rollback(self) -> str:
        """Promote the bundle that was current before the current one."""
        with self.lock():
            current = self.current()
            previous = [h["version"] for h in self.history() if h["version"] != current and self._complete(h["version"])]
            if not previous:
                raise BundleError("nothing to roll back to: no earlier promoted bundle is kept")
            self._promote_locked(previous[-1], reason=f"rollback from {current}")
            return previous[-1]

    def prune(self, keep: int) -> list[str]:
        """Delete all but the newest `keep` bundles (never the current one) and stale partials."""
        with self.lock():
            for stale in self.root.glob(".partial-*"):
                shutil.rmtree(stale, ignore_errors=True)
            for stale in self.root.glob(".*.tmp"):  # a replace killed midway (writers hold the lock)
                stale.unlink(missing_ok=True)
            current = self.current()
            versions = self.versions()
            doomed = [v for v in versions[:-keep] if v != current] if keep > 0 else []
            for version in doomed:
                shutil.rmtree(self.root / version, ignore_errors=True)
            return doomed

    def _replace(self, name: str, text: str) -> None:
        """Atomic replace through a temp file of its own (two writers never share one)."""
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.root / name)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        fsync_dir(self.root)

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
