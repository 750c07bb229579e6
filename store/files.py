"""Durable files, written one way everywhere: atomic replace with fsync, directory fsync,
numpy-aware JSON, and pickle-free sparse matrices (.npy parts, `allow_pickle=False`)."""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path

import numpy as np
import scipy.sparse as sp


def fsync_dir(path: str | os.PathLike) -> None:
    """Make a rename or a new file in `path` survive a crash (no-op where directories have no
    file descriptor)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Replace `path` with `text` so that a reader (or a crash) sees the old or the new file,
    never a torn one."""
    path = Path(path)
    # unique per process and thread: two writers never share (and tear) one temp file
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with tmp.open("w") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def json_default(value):
    """`json.dumps(default=...)` for numpy values: scalars as numbers (NaN as null), arrays as
    lists; anything else is refused, so a surprise never lands in a saved file as its repr."""
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def save_csr(directory: str | os.PathLike, name: str, m: sp.spmatrix) -> None:
    """Write a sparse matrix as `name.{data,indices,indptr,shape}.npy`."""
    directory = Path(directory)
    m = sp.csr_matrix(m)
    for part in ("data", "indices", "indptr"):
        np.save(directory / f"{name}.{part}.npy", getattr(m, part), allow_pickle=False)
    np.save(directory / f"{name}.shape.npy", np.asarray(m.shape, dtype=np.int64), allow_pickle=False)


def load_csr(directory: str | os.PathLike, name: str, *, mmap: bool = False) -> sp.csr_matrix:
    directory = Path(directory)
    mode = "r" if mmap else None
    data, indices, indptr = (np.load(directory / f"{name}.{p}.npy", mmap_mode=mode, allow_pickle=False)
                             for p in ("data", "indices", "indptr"))
    shape = tuple(np.load(directory / f"{name}.shape.npy", allow_pickle=False).tolist())
    return sp.csr_matrix((data, indices, indptr), shape=shape)


def has_csr(directory: str | os.PathLike, name: str) -> bool:
    return (Path(directory) / f"{name}.shape.npy").exists()
