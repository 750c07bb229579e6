"""The ONNX encoder, its export cache and the query-vector LRU.

Fast tests run a tiny hand-built graph (token embeddings, masked mean) and a word-level tokenizer,
so no model is loaded; the tests against the real MiniLM are marked slow."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from search import onnx_export
from search.encoder import CachedEncoder
from search.onnx_encoder import Exported, OnnxEncoder, length_buckets

WORDS = ["shirt", "dress", "black", "laptop", "sleeve", "cheap", "denim", "tile", "drill", "mosaic"]
ROOT = Path(__file__).resolve().parents[2]


def tiny_export(directory: Path, key: str = "tiny", dim: int = 8) -> Exported:
    """A pooled-embedding graph with the exported graph's inputs and output: random token
    vectors, masked mean; and a word-level tokenizer with [CLS] ... [SEP] around each text."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from tokenizers import Tokenizer, models, pre_tokenizers, processors

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *WORDS])}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]",
                                                             special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    table = np.random.default_rng(0).standard_normal((len(vocab), dim)).astype(np.float32)
    ints = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "tokens"])
            for n in ("input_ids", "attention_mask", "token_type_ids")]
    nodes = [helper.make_node("Gather", ["table", "input_ids"], ["hidden"]),
             helper.make_node("Cast", ["attention_mask"], ["mask2"], to=TensorProto.FLOAT),
             helper.make_node("Unsqueeze", ["mask2", "axis2"], ["mask"]),
             helper.make_node("Mul", ["hidden", "mask"], ["masked"]),
             helper.make_node("ReduceSum", ["masked", "axis1"], ["total"], keepdims=0),
             helper.make_node("ReduceSum", ["mask", "axis1"], ["count"], keepdims=0),
             helper.make_node("Div", ["total", "count"], ["embedding"])]
    graph = helper.make_graph(nodes, "tiny", ints, [helper.make_tensor_value_info("embedding", TensorProto.FLOAT,
                                                                                  ["batch", dim])],
                              [numpy_helper.from_array(table, "table"),
                               numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
                               numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    directory.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(directory / f"{key}.onnx"))
    tokenizer.save(str(directory / f"{key}.tokenizer.json"))
    (directory / f"{key}.json").write_text(f'{{"variant": "int8", "dim": {dim}, "probe_min_cosine": 1.0}}')
    return Exported.read(directory, key)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> OnnxEncoder:
    exported = tiny_export(tmp_path_factory.mktemp("onnx"))
    return OnnxEncoder(exported, model_path="tiny-model", base_name="tiny-8", batch_size=3, threads=1)


class CountingEncoder:
    """Vectors from a seeded hash of the text; counts the texts it was asked for."""

    name, dim, model_path, fine_tuned, batch_size, query_threads = "counting", 4, "", False, 64, 1

    def __init__(self):
        self.asked: list[str] = []

    def encode_queries(self, texts):
        self.asked.extend(texts)
        out = np.array([np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(self.dim) for t in texts],
                       dtype=np.float32).reshape(len(texts), self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-9)

    def encode_products(self, texts, *, show_progress=False):
        return self.encode_queries(texts)


# ---------------------------------------------------------------- length buckets and order
def test_length_buckets_group_similar_lengths_and_cover_every_position():
    lengths = [5, 1, 9, 3, 3, 7, 1]
    batches = length_buckets(lengths, 3)
    assert [b.tolist() for b in batches] == [[1, 6, 3], [4, 0, 5], [2]]
    assert sorted(np.concatenate(batches).tolist()) == list(range(len(lengths)))
    assert length_buckets([], 4) == []


def test_batched_catalogue_rows_come_back_in_input_order(tiny):
    texts = ["black laptop sleeve cheap denim", "shirt", "", "dress shirt", "mosaic tile drill black laptop sleeve",
             "cheap", "denim shirt dress", "tile"]
    batched = tiny.encode_products(texts)
    alone = np.vstack([tiny.encode_products([t]) for t in texts])  # the oracle: no batching, no padding
    assert batched.shape == (len(texts), 8) and batched.dtype == np.float32
    np.testing.assert_allclose(batched, alone, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-6)
    np.testing.assert_allclose(tiny.encode_queries(texts), alone, atol=1e-6)
    assert tiny.encode_queries([]).shape == (0, 8) and tiny.encode_products([]).shape == (0, 8)


def test_batches_run_by_several_workers_come_back_in_input_order(tiny):
    texts = [" ".join(WORDS[i % len(WORDS):][: 1 + i % 5]) for i in range(40)]  # 14 batches of 3
    parallel = OnnxEncoder(tiny.exported, model_path="tiny-model", base_name="tiny-8", batch_size=3, threads=3)
    alone = np.vstack([tiny.encode_products([t]) for t in texts])
    np.testing.assert_allclose(parallel.encode_products(texts, show_progress=True), alone, atol=1e-6)
    np.testing.assert_allclose(parallel.encode_products(texts), alone, atol=1e-6)


def test_the_onnx_encoder_is_named_apart_from_its_torch_model(tiny):
    assert tiny.name == "tiny-8+onnx-int8" and tiny.dim == 8 and tiny.model_path == "tiny-model"


# ---------------------------------------------------------------- the query-vector LRU
def test_a_hit_returns_the_vector_a_miss_returned():
    inner = CountingEncoder()
    cached = CachedEncoder(inner, size=10)
    miss = cached.encode_queries(["shirt dress"])
    hit = cached.encode_queries(["  shirt \t dress "])  # the same query once whitespace is collapsed
    assert miss.shape == (1, 4) and miss.dtype == np.float32
    assert np.array_equal(miss, hit) and inner.asked == ["shirt dress"]
    assert (cached.hits, cached.misses) == (1, 1)
    hit[0, 0] = 99.0  # a caller's change does not reach the cache
    assert np.array_equal(cached.encode_queries(["shirt dress"]), miss)


def test_the_least_recently_used_query_is_evicted_at_the_bound():
    inner = CountingEncoder()
    cached = CachedEncoder(inner, size=2)
    for q in ["a", "b", "a", "c"]:  # "a" used again, so "b" is the least recent when "c" comes
        cached.encode_queries([q])
    assert len(cached) == 2 and inner.asked == ["a", "b", "c"]
    cached.encode_queries(["a"])  # still there
    cached.encode_queries(["b"])  # evicted: encoded again, and "c" goes
    assert inner.asked == ["a", "b", "c", "b"]
    assert (cached.hits, cached.misses) == (2, 4)


def test_batches_and_products_go_straight_to_the_encoder():
    inner = CountingEncoder()
    cached = CachedEncoder(inner, size=10)
    cached.encode_queries(["a", "b"])
    cached.encode_products(["a"])
    assert len(cached) == 0 and (cached.hits, cached.misses) == (0, 0) and inner.asked == ["a", "b", "a"]
    assert cached.name == "counting" and cached.dim == 4
    off = CachedEncoder(inner, size=0)
    off.encode_queries(["a"])
    assert len(off) == 0 and off.misses == 0


def test_the_cache_is_shared_safely_between_threads():
    cached = CachedEncoder(CountingEncoder(), size=50)
    queries = [f"q{i % 80}" for i in range(2000)]
    expected = {q: CountingEncoder().encode_queries([q]) for q in set(queries)}
    bad = []

    def work(part):
        for q in part:
            if not np.array_equal(cached.encode_queries([q]), expected[q]):
                bad.append(q)

    threads = [threading.Thread(target=work, args=(queries[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not bad and len(cached) <= 50 and cached.hits + cached.misses == len(queries)


# ---------------------------------------------------------------- the export on disk
def fake_model(directory: Path, weights: bytes = b"weights-1") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "model.safetensors").write_bytes(weights)
    (directory / "config.json").write_text("{}")
    return directory


def test_the_export_is_made_once_then_read_from_disk(tmp_path, monkeypatch):
    made = []

    def export(model_path, directory, key, **kw):
        made.append((Path(directory), key))
        return tiny_export(Path(directory), key)

    monkeypatch.setattr(onnx_export, "export", export)
    model = fake_model(tmp_path / "model")
    first = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache")
    second = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache")
    assert len(made) == 1 and first == second and first.graph.parent == tmp_path / "cache"
    # other weights: another key, exported again
    (model / "model.safetensors").write_bytes(b"weights-2")
    third = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache")
    assert len(made) == 2 and third.key != first.key
    # a model Kaiyu fine-tuned keeps its export beside it (it travels into the bundle with it)
    tuned = fake_model(tmp_path / "tuned", b"tuned")
    beside = onnx_export.find_or_export(tuned, beside_model=True, cache_dir=tmp_path / "cache")
    assert beside.graph.parent == tuned / "onnx"
    assert onnx_export.find_or_export(tuned, beside_model=True, cache_dir=tmp_path / "cache") == beside
    assert len(made) == 3


def test_each_variant_is_kept_under_its_own_recipe_and_the_older_export_is_still_found(tmp_path, monkeypatch):
    asked = []

    def export(model_path, directory, key, *, variants, recipe):
        asked.append((variants, recipe))
        return tiny_export(Path(directory), key)

    monkeypatch.setattr(onnx_export, "export", export)
    model = fake_model(tmp_path / "model")
    default = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache")
    older = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="int8")
    fp32 = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="fp32")
    fused = onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="int8f")
    # the default tries the fused graph with 8-bit blocks, the fused int8 graph, then the unfused
    # one; an index of an older export finds it under the key it always had (its recipe)
    assert asked == [(("int8n", "int8f", "int8"), "kaiyu-onnx-5"), (("int8",), "kaiyu-onnx-2"),
                     ((), "kaiyu-onnx-2"), (("int8f",), "kaiyu-onnx-4")]
    assert len({default.key, older.key, fp32.key, fused.key}) == 4
    assert older.key == onnx_export.source_key(model, recipe="kaiyu-onnx-2")
    assert fp32.key == onnx_export.source_key(model, quantize=False, recipe="kaiyu-onnx-2")
    assert fused.key == onnx_export.source_key(model, recipe="kaiyu-onnx-4")
    assert onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="int8n") == default
    assert onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="int8f") == fused
    assert len(asked) == 4
    with pytest.raises(onnx_export.UnsupportedModel, match="variant"):
        onnx_export.find_or_export(model, cache_dir=tmp_path / "cache", variant="int4")


def test_serving_from_an_export_imports_neither_torch_nor_sentence_transformers(tmp_path):
    tiny_export(tmp_path, "tiny")
    code = f"""
import sys
from pathlib import Path
from search.encoder import Encoder
from search.onnx_encoder import Exported, OnnxEncoder
from search.onnx_export import find_or_export
import search.engine
enc = OnnxEncoder(Exported.read(Path({str(tmp_path)!r}), "tiny"), model_path="m", base_name="m")
assert enc.encode_queries(["black laptop"]).shape == (1, 8)
heavy = [m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules]
assert not heavy, heavy
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_an_unknown_backend_is_refused():
    from search.encoder import Encoder

    with pytest.raises(ValueError, match="backend"):
        Encoder(backend="tensorflow")


def test_an_index_gets_the_backend_its_vectors_were_named_by(monkeypatch):
    import search.encoder as encoder_module

    monkeypatch.setattr(encoder_module, "TorchEncoder", lambda path, **kw: ("torch", path))
    monkeypatch.setattr(encoder_module, "_onnx_encoder", lambda path, packaged, **kw: ("onnx", path))
    monkeypatch.setenv("KAIYU_ENCODER", "torch")  # the index's name wins over the default
    Encoder = encoder_module.Encoder
    assert Encoder.matching("all-MiniLM-L6-v2-0.1.0-384+onnx-int8", "m").encoder == ("onnx", "m")
    assert Encoder.matching("all-MiniLM-L6-v2-0.1.0-384", "m").encoder == ("torch", "m")
    # ... and the ONNX variant its name ends with (an index of the older export keeps it)
    asked = []
    monkeypatch.setattr(encoder_module, "_onnx_encoder",
                        lambda path, packaged, **kw: asked.append(kw["variant"]) or ("onnx", path))
    Encoder.matching("all-MiniLM-L6-v2-0.1.0-384+onnx-int8", "m")
    Encoder.matching("ft-shop-1-384+onnx-int8f", "m")
    Encoder(backend="onnx")
    assert asked == ["int8", "int8f", None]
    assert Encoder.matching(None, "m").encoder == ("torch", "m")
    monkeypatch.delenv("KAIYU_ENCODER")
    assert Encoder.matching(None, "m").encoder == ("onnx", "m") and Encoder("m").size == 10_000


# ---------------------------------------------------------------- the real MiniLM (slow)
TEXTS = ["Husky 52 in. 10-Drawer Mobile Workbench, Textured Black", "Denim Shirt Dress", "shirt dress",
         "cheap black laptop", "ant killer", "1/2 in. x 10 ft. copper pipe",
         "outdoor led flood light motion sensor dusk to dawn " * 20]


@pytest.fixture(scope="module")
def real_pair(tmp_path_factory):
    from search.encoder import Encoder

    cache = tmp_path_factory.mktemp("onnx-cache")
    return Encoder(onnx_cache_dir=cache), Encoder(backend="torch"), cache


@pytest.mark.slow
def test_onnx_vectors_match_the_torch_model(real_pair):
    onnx_enc, torch_enc, _ = real_pair
    assert onnx_enc.name == torch_enc.name + "+onnx-int8n" and onnx_enc.dim == torch_enc.dim == 384
    for encode in ("encode_queries", "encode_products"):
        got, want = getattr(onnx_enc, encode)(TEXTS), getattr(torch_enc, encode)(TEXTS)
        assert got.dtype == np.float32 and got.shape == want.shape
        np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
        assert np.min(np.sum(got * want, axis=1)) >= 0.99


@pytest.mark.slow
def test_the_real_export_is_reused_from_disk(real_pair, monkeypatch):
    from search.encoder import Encoder

    onnx_enc, _, cache = real_pair

    def no_export(*args, **kwargs):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_export, "export", no_export)
    again = Encoder(onnx_cache_dir=cache)
    assert again.name == onnx_enc.name
    assert np.array_equal(again.encode_queries(["shirt dress"]), onnx_enc.encode_queries(["shirt dress"]))
