"""A sentence-transformers model exported once to ONNX (int8 where it keeps the vectors), kept on
disk under a key of the source model's files, so serving runs it without torch.

torch and sentence-transformers are imported only inside `export` (the first use of a model);
finding an earlier export needs neither. The graph: `torch.onnx.export` of the transformer with
mean pooling in the graph (L2 normalisation is left to the caller, in numpy). Its variants, each
named in the encoder's name (`+onnx-<variant>`, so caches and indexes never mix their vectors):

- "int8n" (recipe kaiyu-onnx-5, the default): "int8f" with its float32 feed-forward output
  projections (43 % of the int8f graph's time on titles) run as ONNX Runtime's MatMulNBits: 8-bit
  symmetric weights in blocks of 128 along the input, activations quantised per block
  (accuracy level 4), which holds the outliers that per-tensor int8 cannot. On 3,000 Home Depot
  titles against torch: cosine mean 0.9956 (int8f 0.9957), 0.1 % quantile 0.9911 (0.9915); 23-26 %
  more titles per second on one thread (399 against 326/s, same run; blocks of 32: 369/s).
- "int8f" (recipe kaiyu-onnx-4): the graph fused by ONNX Runtime's transformer
  optimizer (attention, skip layer norm, bias GELU, embedding layer norm), then
  `quantize_dynamic` with per-channel int8 weights everywhere but the feed-forward output
  projections (per-tensor int8 activations cannot hold the outliers entering them). The fused
  attention runs as one int8 kernel (QAttention): one query 4.4 ms against 6.1 on one thread
  (same run, busy cores); on the 54,667 Home Depot titles cosine against torch mean 0.9958, 0.1 %
  quantile 0.991, min 0.987 (9 titles under 0.99); Home Depot NDCG@10 0.7712 against torch's
  0.7726 on the validation part (in-process, same run).
- "int8" (recipe kaiyu-onnx-2, what indexes built before the fused graph were named by): the
  unfused graph, int8 for the attention output and feed-forward input projections only.
- "fp32": the unfused graph as exported.

A quantised graph that does not reproduce the torch model on `PROBE` (cosine under `MIN_COSINE`)
is not used: the next variant is tried (int8n, int8f, int8, then fp32). An index's encoder asks for
the variant it was built with (`find_or_export(variant=...)`), so an older index keeps its vectors.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import warnings
from pathlib import Path

import numpy as np

from search.onnx_encoder import Exported, OnnxSession
from search.quiet import quiet

# bump when the default graph or quantisation changes (and name the new variant): earlier
# exports are then not reused by the default, but stay found by the variant they were named
RECIPE = "kaiyu-onnx-5"
# each variant's recipe (part of the key its export is kept under) and what the default tries
VARIANT_RECIPES = {"int8n": "kaiyu-onnx-5", "int8f": "kaiyu-onnx-4", "int8": "kaiyu-onnx-2", "fp32": "kaiyu-onnx-2"}
DEFAULT_VARIANTS = ("int8n", "int8f", "int8")
MIN_COSINE = 0.99
# the source model's files that decide its vectors (weights, architecture, tokenizer, pooling)
SOURCE_FILES = ("config.json", "model.safetensors", "pytorch_model.bin", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "vocab.txt", "modules.json", "sentence_bert_config.json",
                "1_Pooling/config.json")
# texts the quantised graph is checked on: titles, queries, one over any length cap. Only texts
# the model reads: one it cannot ("黒 ノートパソコン" is [CLS] [UNK] [UNK] [SEP] to MiniLM's
# vocabulary) has a near-meaningless vector that int8 moves more than any title
PROBE = [
    "Husky 52 in. 10-Drawer Mobile Workbench with Solid Wood Top, Textured Black",
    "Simpson Strong-Tie 12-Gauge Angle", "BEHR Premium Plus 1-gal. #W-F-410 Ultra Pure White Flat Interior Paint",
    "Milwaukee M18 18-Volt Lithium-Ion Cordless Drill/Driver Kit", "Denim Shirt Dress", "shirt dress",
    "cheap black laptop", "ant killer", "backsplach tile", "1/2 in. x 10 ft. copper pipe", "a",
    "moen kitchen faucet with pull down sprayer", "Schlafzimmer Kommode aus Eiche", "cafe au lait mug, 12 oz, dishwasher safe",
    "outdoor led flood light motion sensor dusk to dawn 3000 lumens " * 12,
]


class UnsupportedModel(ValueError):
    """The model is not a transformer with mean or CLS pooling, or its export does not
    reproduce it."""


def source_key(model_path: str | Path, *, quantize: bool = True, recipe: str = RECIPE) -> str:
    """A digest of the model's files and the export recipe: the same model is exported once."""
    root = Path(model_path)
    digest = hashlib.blake2b(f"{recipe}\0{'int8' if quantize else 'fp32'}".encode(), digest_size=12)
    for name in SOURCE_FILES:
        path = root / name
        if path.is_file():
            digest.update(f"\0{name}\0".encode())
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


def wanted(variant: str | None, quantize: bool = True) -> tuple[str, tuple[str, ...], bool]:
    """(the recipe whose key holds the export, the quantised variants an export tries in order,
    whether it quantises) for a variant asked for by name (None: the default)."""
    if variant is None:
        return (RECIPE, DEFAULT_VARIANTS, True) if quantize else (VARIANT_RECIPES["fp32"], (), False)
    if variant not in VARIANT_RECIPES:
        raise UnsupportedModel(f"unknown ONNX export variant {variant!r}: one of {sorted(VARIANT_RECIPES)}")
    recipe = VARIANT_RECIPES[variant]
    if variant == "fp32":
        return recipe, (), False
    return recipe, tuple(v for v in DEFAULT_VARIANTS if VARIANT_RECIPES[v] == recipe), True


def default_cache_dir() -> Path:
    """Where exports of read-only models (the packaged MiniLM) go: `$KAIYU_ONNX_CACHE`, else the
    Kaiyu home's cache (`$KAIYU_HOME/cache/onnx`), else `$XDG_CACHE_HOME/kaiyu/onnx`
    (`~/.cache/kaiyu/onnx`)."""
    if os.environ.get("KAIYU_ONNX_CACHE"):
        return Path(os.environ["KAIYU_ONNX_CACHE"])
    if os.environ.get("KAIYU_HOME"):
        return Path(os.environ["KAIYU_HOME"]) / "cache" / "onnx"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kaiyu" / "onnx"


def export_dirs(model_path: str | Path, *, beside_model: bool, cache_dir: str | Path | None = None) -> list[Path]:
    """Where an export of the model is looked for, and written to (the first writable): beside a
    model Kaiyu fine-tuned (`<model>/onnx`, so it travels with the model into a bundle), the
    cache directory, then the system's temporary directory (a home that cannot be written)."""
    dirs = [Path(model_path) / "onnx"] if beside_model else []
    dirs.append(Path(cache_dir) if cache_dir is not None else default_cache_dir())
    return dirs + [Path(tempfile.gettempdir()) / "kaiyu-onnx"]


def find_or_export(model_path: str | Path, *, beside_model: bool = False, cache_dir: str | Path | None = None,
                   quantize: bool = True, variant: str | None = None) -> Exported:
    """The model's export, read from disk when there is one, else made now (needs torch).
    `variant`: the one an index was built with ("int8f", "int8", "fp32"; None: the default)."""
    recipe, variants, quantize = wanted(variant, quantize)
    key = source_key(model_path, quantize=quantize, recipe=recipe)
    dirs = export_dirs(model_path, beside_model=beside_model, cache_dir=cache_dir)
    for directory in dirs:
        found = Exported.read(directory, key)
        if found is not None:
            return found
    error: OSError | None = None
    for directory in dirs:
        try:
            directory.mkdir(parents=True, exist_ok=True)
            return export(model_path, directory, key, variants=variants, recipe=recipe)
        except OSError as e:  # a read-only place: the next one
            error = e
    raise error or OSError(f"nowhere to write the ONNX export of {model_path}")


def export(model_path: str | Path, directory: Path, key: str, *, variants: tuple[str, ...] = DEFAULT_VARIANTS,
           recipe: str = RECIPE) -> Exported:
    """Export the model to `directory/<key>.onnx` (+ `.tokenizer.json`, `.json`): the first of
    `variants` that reproduces the model on `PROBE`, else float32. Each file is
    written under a temporary name and renamed, the `.json` last, so a reader sees a whole export
    or none (two processes exporting at once both write the same files)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    with quiet(logging.WARNING):  # its loading line and weight-loading bar
        st = SentenceTransformer(str(model_path), device="cpu", local_files_only=True,
                                 model_kwargs={"attn_implementation": "eager"})
    from tokenizers import Tokenizer

    pooling = _pooling_mode(st)
    reference = st.encode(PROBE, batch_size=len(PROBE), convert_to_numpy=True, normalize_embeddings=True,
                          show_progress_bar=False)
    # the fast tokenizer sentence-transformers feeds the model (its lower-casing included), cut
    # where the model's max_seq_length cuts, unpadded: batches are padded when they are built
    tokenizer = Tokenizer.from_str(st[0].tokenizer.backend_tokenizer.to_str())
    tokenizer.no_padding()
    tokenizer.enable_truncation(int(st.max_seq_length))
    with tempfile.TemporaryDirectory(dir=directory, suffix=".tmp") as work:
        fp32 = Path(work) / "model.onnx"
        _export_graph(st[0].auto_model, pooling, fp32)
        fp32_cos = _probe_cosine(fp32, tokenizer, reference)
        if fp32_cos < 0.999:
            raise UnsupportedModel(f"the ONNX export of {model_path} does not reproduce it (cosine {fp32_cos:.4f})")
        graph, variant, cosine = fp32, "fp32", fp32_cos
        for name in variants:
            candidate = Path(work) / f"model.{name}.onnx"
            if not BUILDERS[name](fp32, candidate, st[0].auto_model.config):
                continue  # not fused: the next variant
            got = _probe_cosine(candidate, tokenizer, reference)
            if got >= MIN_COSINE:
                graph, variant, cosine = candidate, name, got
                break
        tok_tmp = Path(work) / "tokenizer.json"
        tok_tmp.write_text(tokenizer.to_str())
        os.replace(graph, directory / f"{key}.onnx")
        os.replace(tok_tmp, directory / f"{key}.tokenizer.json")
    info = {"variant": variant, "dim": int(reference.shape[1]), "probe_min_cosine": round(float(cosine), 5),
            "pooling": pooling, "max_seq_length": int(st.max_seq_length), "recipe": recipe, "source": str(model_path)}
    from store.files import write_atomic

    write_atomic(directory / f"{key}.json", json.dumps(info, indent=1))
    return Exported.read(directory, key)


def _pooling_mode(st) -> str:
    modules = [type(m).__name__ for m in st]
    mode = st[1].get_config_dict().get("pooling_mode") if len(modules) > 1 and modules[1] == "Pooling" else None
    if modules[0] != "Transformer" or mode not in ("mean", "cls") or any(m not in ("Normalize",) for m in modules[2:]):
        raise UnsupportedModel(f"cannot export modules {modules} with pooling {mode!r}")
    return mode


def _export_graph(transformer, pooling: str, path: Path) -> None:
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            if pooling == "cls":
                return hidden[:, 0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    example = torch.ones(2, 8, dtype=torch.long)
    axes = {"batch": 0, "tokens": 1}
    dynamic = {name: {v: k for k, v in axes.items()} for name in ("input_ids", "attention_mask", "token_type_ids")}
    dynamic["embedding"] = {0: "batch"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on shape-dependent Python branches
        torch.onnx.export(Pooled(transformer.eval()), (example, example, torch.zeros_like(example)), str(path),
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["embedding"],
                          dynamic_axes=dynamic, opset_version=17, dynamo=False)


def _quantize(source: Path, target: Path, keep: list[str]) -> None:
    """Dynamic int8 (per-channel weights) of every node but those named in `keep`."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # quiet its "consider pre-processing" advice; a fused graph's contrib ops have no inferred
    # types: float32 is what they carry
    with quiet(logging.ERROR):
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         nodes_to_exclude=keep, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


def _ffn_output(node) -> bool:
    """A feed-forward output projection (`layer.N/output/dense`, not the attention's output)."""
    return node.op_type == "MatMul" and "/output/dense/" in node.name and "/attention/" not in node.name


def _build_int8(fp32: Path, target: Path, config) -> bool:
    """"int8": the unfused graph, query/key/value and feed-forward output projections float32
    (quantised, the worst of 1,500 Home Depot titles fell to cosine 0.984 against torch)."""
    import onnx

    keep = [n.name for n in onnx.load(str(fp32), load_external_data=False).graph.node
            if _ffn_output(n) or (n.op_type == "MatMul" and n.name.endswith(("/query/MatMul", "/key/MatMul",
                                                                               "/value/MatMul")))]
    _quantize(fp32, target, keep)
    return True


def _build_int8f(fp32: Path, target: Path, config) -> bool:
    """"int8f": the graph fused by ONNX Runtime's transformer optimizer (False when it does not
    fuse one attention per layer), int8 but the feed-forward output projections."""
    import onnx
    from onnxruntime.transformers.optimizer import optimize_model

    heads, hidden, layers = (getattr(config, k, None) for k in ("num_attention_heads", "hidden_size",
                                                                 "num_hidden_layers"))
    if not (heads and hidden and layers):
        return False
    fused_path = target.with_suffix(".fused.onnx")
    with quiet(logging.ERROR):  # its optimiser and its saving log a line per step at INFO
        fused = optimize_model(str(fp32), model_type="bert", num_heads=int(heads), hidden_size=int(hidden),
                               opt_level=0)
        if sum(n.op_type == "Attention" for n in fused.model.graph.node) != int(layers):
            return False
        fused.save_model_to_file(str(fused_path))
    _quantize(fused_path, target, [n.name for n in onnx.load(str(fused_path)).graph.node if _ffn_output(n)])
    return True


# the blocks MatMulNBits quantises the feed-forward output projections' weights and activations in
NBITS_BLOCK = 128


def _build_int8n(fp32: Path, target: Path, config) -> bool:
    """"int8n": the "int8f" graph with its feed-forward output projections as 8-bit MatMulNBits
    (False when the graph does not fuse, or this ONNX Runtime has no such quantiser)."""
    import onnx

    try:
        from onnxruntime.quantization.matmul_nbits_quantizer import (DefaultWeightOnlyQuantConfig,
                                                                     MatMulNBitsQuantizer)
    except ImportError:  # onnx-ir missing, or an ONNX Runtime without it
        return False
    fused = target.with_suffix(".int8f.onnx")
    if not _build_int8f(fp32, fused, config):
        return False
    graph = onnx.load(str(fused))
    ffn = [n.name for n in graph.graph.node if _ffn_output(n)]
    if not ffn:
        return False
    options = dict(block_size=NBITS_BLOCK, is_symmetric=True, accuracy_level=4, bits=8)
    with quiet(logging.WARNING):  # its line per node
        quantizer = MatMulNBitsQuantizer(graph, nodes_to_include=ffn, algo_config=DefaultWeightOnlyQuantConfig(**options),
                                         **options)
        quantizer.process()
        quantizer.model.save_model_to_file(str(target), use_external_data_format=False)
    return True


BUILDERS = {"int8n": _build_int8n, "int8f": _build_int8f, "int8": _build_int8}


def _probe_cosine(graph: Path, tokenizer, reference: np.ndarray) -> float:
    got = OnnxSession(graph, threads=1).embed(tokenizer.encode_batch(PROBE))
    return float(np.min(np.sum(got * reference, axis=1)))
