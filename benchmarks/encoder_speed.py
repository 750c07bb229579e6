"""The encoder's first build of the Home Depot catalogue, and how close its vectors are to torch's.

    python -m benchmarks.encoder_speed                    # first build with the shipped encoder
    python -m benchmarks.encoder_speed --compare int8f    # + an older export's throughput, same run

First build: an empty ONNX export directory and an empty embedding cache, the encoder as `kaiyu
train` makes it (`Encoder()`: the default export, one single-threaded session per core), every
54,667 titles as the catalogue turns them into text. Printed: the export's seconds, the embedding's
seconds and titles per second, their sum (issue target: 90 s on 2 cores), the load average around it.

Fidelity: cosine of every title's vector against the torch model's (the torch vectors are read
from, or added to, the benchmark's embedding cache, `benchmarks/out/embeddings`): mean, 0.1 %
quantile, minimum, and how many titles fall under 0.99. Home Depot NDCG@10 with each encoder is
`benchmarks.search_home_depot` (`KAIYU_ENCODER=torch` for the reference).

`--compare VARIANT`: that export (made in the same temporary directory) embeds a sample of titles
alternately with the shipped one, so both rates come from the same minutes of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.search_home_depot import DATA, OUT, load_data

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def first_build(texts: list[str], work: Path):
    """(encoder, vectors, export seconds, embedding seconds, distinct titles embedded)."""
    from search.cache import EmbeddingCache
    from search.encoder import Encoder

    t0 = time.perf_counter()
    encoder = Encoder(query_cache=0, onnx_cache_dir=work / "onnx")
    t1 = time.perf_counter()
    vectors, embedded = EmbeddingCache(work / "embeddings", encoder.name).encode(texts, encoder.encode_products)
    return encoder, vectors, t1 - t0, time.perf_counter() - t1, embedded


def torch_vectors(texts: list[str]) -> np.ndarray:
    from search.cache import EmbeddingCache
    from search.encoder import Encoder

    torch_enc = Encoder(backend="torch", query_cache=0)
    return EmbeddingCache(OUT / "embeddings", torch_enc.name).encode(texts, torch_enc.encode_products)[0]


def compare(variant: str, texts: list[str], work: Path, shipped, rounds: int = 2, sample: int = 4000) -> None:
    from search.encoder import Encoder

    other = Encoder(query_cache=0, onnx_cache_dir=work / "onnx", onnx_variant=variant)
    chosen = np.random.default_rng(0).choice(len(texts), size=min(sample, len(texts)), replace=False)
    part = [texts[i] for i in chosen]
    rates: dict[str, list[float]] = {shipped.name: [], other.name: []}
    for _ in range(rounds):
        for enc in (shipped, other):
            t = time.perf_counter()
            enc.encode_products(part)
            rates[enc.name].append(len(part) / (time.perf_counter() - t))
    for name, got in rates.items():
        print(f"  {name}: {np.mean(got):.0f} titles/s ({', '.join(f'{r:.0f}' for r in got)}; {len(part):,} titles)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=DATA)
    parser.add_argument("--compare", default=None, help="an older export variant to time beside the shipped one")
    parser.add_argument("--no-torch", action="store_true", help="skip the cosine against torch")
    args = parser.parse_args(argv)
    from search.catalog import Catalogue

    products, _ = load_data(args.data_dir)
    texts = [Catalogue.text_of({"title": title}) for _, title in products]
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kaiyu-first-build-", dir=OUT))
    try:
        print(f"first build of {len(texts):,} titles, load average before {_load()}", flush=True)
        encoder, vectors, export_s, embed_s, embedded = first_build(texts, work)
        print(f"{encoder.name}: export {export_s:.1f} s + embedding {embedded:,} distinct titles {embed_s:.1f} s "
              f"({embedded / embed_s:.0f}/s) = first build {export_s + embed_s:.1f} s "
              f"(load average after {_load()})", flush=True)
        if args.compare:
            compare(args.compare, texts, work, encoder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not args.no_torch:
        cosine = np.sum(vectors * torch_vectors(texts), axis=1)
        print(f"cosine against torch over {len(texts):,} titles: mean {cosine.mean():.4f}, "
              f"0.1 % quantile {np.quantile(cosine, 0.001):.4f}, min {cosine.min():.4f}, "
              f"{int((cosine < 0.99).sum())} under 0.99")


if __name__ == "__main__":
    main()
