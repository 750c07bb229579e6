"""Fixtures for search tests: the small catalogue in tests/data/search_catalog.jsonl as a
`Catalog`, a deterministic fake encoder (hash of terms -> vector) so no model is loaded, and one
engine built per session, handed out as a fresh copy per test."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from store.db import Catalog
from search.engine import SearchEngine
from search.text import analyze

CATALOG_FILE = Path(__file__).resolve().parents[1] / "data" / "search_catalog.jsonl"


def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    rows = sorted((json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
                  key=lambda r: r["item_id"])
    col = lambda k: np.array([r.get(k) for r in rows], dtype=object)  # noqa: E731
    return Catalog(item_ids=col("item_id"), titles=col("title"), descriptions=col("description"),
                   categories=col("category"), brands=col("brand"),
                   prices=np.array([np.nan if r.get("price") is None else r["price"] for r in rows], dtype=np.float64),
                   in_stock=np.array([r.get("in_stock", True) for r in rows], dtype=bool),
                   attributes=[r.get("attributes") or {} for r in rows])


class FakeEncoder:
    """Deterministic bag-of-terms embedding: each term hashes to a fixed random unit vector."""

    name = "fake-hash"

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.calls = 0

    def _term(self, term: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")
        return np.random.default_rng(seed).standard_normal(self.dim)

    def _encode(self, texts) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            v = sum((self._term(t) for t in analyze(text)), np.zeros(self.dim))
            norm = np.linalg.norm(v)
            out[i] = v / norm if norm > 0 else self._term("<empty>") / np.linalg.norm(self._term("<empty>"))
        return out

    def encode_queries(self, texts) -> np.ndarray:
        return self._encode(list(texts))

    def encode_products(self, texts) -> np.ndarray:
        return self._encode(list(texts))


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def encoder() -> FakeEncoder:
    return FakeEncoder()


POPULARITY = {"lt-2": 50.0, "ph-1": 30.0, "lp-2": 10.0}


@pytest.fixture
def engine(catalog, encoder) -> SearchEngine:
    """A fresh engine per test (building 53 items takes milliseconds), so upserts stay local."""
    return SearchEngine.build(catalog, popularity=POPULARITY, encoder=encoder)


@pytest.fixture
def ids():
    return lambda result: [item["item_id"] for item in result["items"]]


@pytest.fixture
def known_limit(request):
    """`known_limit("kind")` marks this case a strict xfail when its module's `LIMITS` ({(kind,
    case id, setup id): reason}) lists it: it fails the suite the day it passes."""
    def mark(test: str) -> None:
        cid = request.node.callspec.id  # "<case>-<setup>", Japanese escaped as pytest writes ids
        for (t, case, setup), why in request.module.LIMITS.items():
            if t == test and cid == f"{case.encode('unicode_escape').decode()}-{setup}":
                request.node.add_marker(pytest.mark.xfail(strict=True, reason=why))
    return mark
