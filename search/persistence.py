"""The engine directory, without pickle: params.json, items.json and .npy columns, the word
indexes as JSON and bm25s files, the dense index in faiss's format, and `learned/` (the learned
parts, and a fine-tuned embedding model, or a query-side one in `learned/query_encoder`, as
safetensors).

The big arrays are memory-mapped when loaded, so the API workers of one machine share them
through the page cache instead of each holding a copy: the ranking vectors (`vectors.npy`,
float16 beside a compact faiss index: `search.dense.ranking_dtype`) and bm25s's sparse term
columns. A mapped file is never rewritten in place: `vectors.npy` is replaced by a rename and a
lexical directory by a new one, so a reader keeps the file it mapped."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np

from search.catalog import Catalogue
from search.config import SearchConfig
from search.dense import VectorIndex, ranking_dtype
from search.indexing import WordIndexes
from search.encoder import ONNX_SUFFIX
from search.learned import QueryTunedEncoder, load_learned, save_learned
from search.lexical import LexicalIndex
from search.spelling import Speller
from search.suggest import Suggester
from search.text import terms, words
from search.understanding import CatalogKnowledge

FORMAT_VERSION = 1
COLUMNS = ("prices", "in_stock", "alive", "popularity", "lengths")


def _write_json(path: Path, value, **kw) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, **kw))


def save_engine(engine, directory) -> None:
    """Write `engine` (a `search.engine.SearchEngine`) to `directory`."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    cat, idx = engine.catalogue, engine.indexes
    _write_json(d / "params.json", {
        "format_version": FORMAT_VERSION, "config": engine.config.to_dict(), "build_info": engine.build_info,
        "encoder": getattr(engine.encoder, "name", None), "dense": engine.dense is not None,
        "shopper_words": {"digest": idx.words_indexed, "only": sorted(idx.shopper_only)}}, indent=1)
    _write_json(d / "items.json", {
        "item_ids": cat.item_ids, "titles": cat.titles, "descriptions": cat.descriptions,
        "categories": cat.categories, "brands": cat.brands, "attributes": cat.attributes,
        "heads": cat.heads.tolist(), "leaves": cat.leaves.tolist()})
    for name in COLUMNS:
        np.save(d / f"{name}.npy", getattr(cat, name), allow_pickle=False)
    _write_json(d / "knowledge.json", idx.knowledge.to_dict())
    _write_json(d / "speller.json", idx.speller.to_dict())
    _write_json(d / "suggest.json", idx.suggester.to_dict())
    _save_lexical(idx.lexical, d / "lexical")
    _save_lexical(idx.phrases, d / "phrases")
    if engine.dense is not None:
        _save_array(d / "vectors.npy", np.asarray(engine.vectors, dtype=ranking_dtype(engine.dense.factory_)))
        engine.dense.save(d)
    _save_learned_dir(engine, d / "learned")


def _save_array(path: Path, array: np.ndarray) -> None:
    """`np.save` under a temporary name, then a rename: a process that mapped the old file keeps it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        np.save(fh, array, allow_pickle=False)
    os.replace(tmp, path)


def _save_lexical(index: LexicalIndex, directory: Path) -> None:
    """A lexical index written to a new directory that then takes `directory`'s place (the old
    files are unlinked, never truncated, so a process that mapped them keeps reading them)."""
    tmp = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    index.save(tmp)
    shutil.rmtree(directory, ignore_errors=True)
    os.replace(tmp, directory)


def _save_learned_dir(engine, learned: Path) -> None:
    """`learned/`: the fine-tuned model the engine runs on stays (or is copied in), every other
    old file goes, and the learned parts are written; no directory when there is nothing."""
    encoder = engine.encoder
    tuned = Path(encoder.model_path) if getattr(encoder, "fine_tuned", False) else None
    queries = Path(encoder.query_model_path) if isinstance(encoder, QueryTunedEncoder) else None
    keep = {p.resolve() for p in (tuned, queries) if p is not None}
    if learned.exists():
        for part in learned.iterdir():
            if part.resolve() in keep:
                continue
            shutil.rmtree(part) if part.is_dir() else part.unlink()
    for model, name in ((tuned, "encoder"), (queries, QueryTunedEncoder.QUERY_DIR)):
        if model is not None and model.resolve() != (learned / name).resolve():
            shutil.copytree(model, learned / name, ignore=shutil.ignore_patterns("*.tmp"))
    if engine.learned or tuned is not None or queries is not None:
        save_learned(engine.learned, learned, encoder=getattr(encoder, "name", None) if tuned is not None else None)
    elif learned.exists():
        learned.rmdir()


def load_engine(cls, directory, *, encoder=None):
    """Read a saved engine as a `cls` (`search.engine.SearchEngine`); see `SearchEngine.load`."""
    d = Path(directory)
    meta = json.loads((d / "params.json").read_text())
    if meta.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"search index format {meta.get('format_version')} is not {FORMAT_VERSION}: rebuild it")
    vectors = dense = None
    if meta["dense"]:
        encoder = _encoder_for(d, meta, encoder)
        vectors, dense = np.load(d / "vectors.npy", mmap_mode="r", allow_pickle=False), VectorIndex.load(d)
    else:
        encoder = None
    engine = cls(SearchConfig.from_dict(meta["config"]), _load_catalogue(d), _load_indexes(d, meta),
                 encoder=encoder, vectors=vectors, dense=dense, build_info=meta.get("build_info", {}))
    if (d / "learned").exists():
        parts = load_learned(d / "learned")
        if engine.dense is None:
            parts = parts.without_vectors()
        engine.set_learned(parts)
    return engine


def _load_catalogue(d: Path) -> Catalogue:
    items = json.loads((d / "items.json").read_text())
    cols = {name: np.load(d / f"{name}.npy", allow_pickle=False) for name in COLUMNS if (d / f"{name}.npy").exists()}
    if "lengths" not in cols:  # an index written before titles' lengths were kept
        cols["lengths"] = np.array([len(terms(words(t))) for t in items["titles"]], dtype=np.float32)
    return Catalogue(item_ids=items["item_ids"], titles=items["titles"], descriptions=items["descriptions"],
                     categories=_shared(items["categories"]), brands=_shared(items["brands"]),
                     attributes=items["attributes"], heads=_shared(items["heads"]), leaves=_shared(items["leaves"]),
                     **cols)


def _shared(values: list) -> list:
    """`values` with equal strings as one object: JSON gives every row its own copy of a category,
    brand or type that thousands of rows repeat (about 60 bytes a row each at 1M products)."""
    pool: dict = {}
    return [pool.setdefault(v, v) if isinstance(v, str) else v for v in values]


def _load_indexes(d: Path, meta: dict) -> WordIndexes:
    indexed = meta.get("shopper_words") or {}
    return WordIndexes(CatalogKnowledge.from_dict(json.loads((d / "knowledge.json").read_text())),
                       LexicalIndex.load(d / "lexical", mmap=True), LexicalIndex.load(d / "phrases", mmap=True),
                       Speller.from_dict(json.loads((d / "speller.json").read_text())),
                       Suggester.from_dict(json.loads((d / "suggest.json").read_text())),
                       words_indexed=indexed.get("digest"), shopper_only=frozenset(indexed.get("only", ())))


def _encoder_for(d: Path, meta: dict, encoder):
    """The store's own fine-tuned model when the index carries one, else `encoder` (None: the
    packaged one), run by the backend the index's vectors were made with (an index built on
    torch keeps torch, one built on ONNX keeps ONNX); one other than the index was built with is
    refused."""
    if (d / "learned" / "encoder").exists() or encoder is None:
        from search.encoder import Encoder

        tuned = d / "learned" / "encoder"
        encoder = Encoder.matching(meta.get("encoder"), tuned if tuned.exists() else None)
    if meta.get("encoder") and getattr(encoder, "name", meta["encoder"]) != meta["encoder"]:
        raise ValueError(f"index was built with encoder {meta['encoder']!r}, not {encoder.name!r}")
    queries = d / "learned" / QueryTunedEncoder.QUERY_DIR
    if queries.exists():  # queries by the store's query-side model, products as the vectors were made
        from search.encoder import Encoder

        encoder = QueryTunedEncoder(encoder, Encoder(queries, backend="onnx" if ONNX_SUFFIX in (meta.get("encoder") or "")
                                                     else "torch"))
    return encoder
