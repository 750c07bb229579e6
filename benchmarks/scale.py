"""How Kaiyu's costs grow with the catalogue and the event log: synthetic catalogues (titles built
from the Home Depot title vocabulary, the real length distribution) and synthetic event logs.

    flock /tmp/kaiyu-heavy.lock .venv/bin/python -m benchmarks.scale \\
        [--sizes 10000,100000,1000000] [--events 1000000,10000000] [--embed-up-to 100000]

Per catalogue size, in child processes (so each memory figure is one process's own):
- build: `SearchEngine.build` (text analysis, BM25, spelling, the faiss index the product picks
  for that size) with product vectors from the shipped encoder (ONNX int8 MiniLM) up to
  `--embed-up-to` products; above it, seeded random unit vectors of the same dimension, and the
  embedding time EXTRAPOLATED from the largest measured throughput (labelled so);
- serve: a fresh process loads the saved engine as a worker does (`SearchEngine.load`) and
  answers distinct Home Depot queries (each one embedded: no cache hit) in-process; RSS after,
  and its PSS (proportional set size: a page shared by k processes counts 1/k) and the part of
  the RSS that is mapped files (the bundle's memory-mapped arrays, shared through the page cache);
- with `--serve-workers 2`, then two such processes at once on the same saved engine, as
  `kaiyu serve --workers 2` runs them, each answering the same queries; their RSS and PSS read
  while both are alive (what two workers cost the machine together is the sum of the PSS).
Per event-log size: a synthetic log (Zipf item popularity, log-normal shopper activity) over
100,000 items; the default ALS (the nightly job's discovery model, 64 factors) fitted once
(nightly training time WITHOUT the tuner's fixed budget, `train_time_budget_s`), then per-shopper
recommendations (ALS scores, seen items filtered, top 10) in-process; RSS after.

In-process rows leave out HTTP: `python -m benchmarks.load` measures that through `kaiyu serve`.
Writes benchmarks/out/scale.json and benchmarks/out/scale.png (copy it to docs/ for the README),
and prints the table with a fitted log-log slope per figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent / "out"
REC_ITEMS = 100_000


# --------------------------------------------------------------------------- synthetic data
def title_model(seed: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(words, their frequencies, title lengths in words) of the Home Depot catalogue."""
    from benchmarks.adapters import load_home_depot_products

    titles = load_home_depot_products()["product_title"].tolist()
    counts = Counter(w for t in titles for w in t.split())
    words = list(counts)
    freq = np.array([counts[w] for w in words], dtype=np.float64)
    lengths = np.array([len(t.split()) for t in titles if t.split()])
    return words, freq / freq.sum(), lengths


def synthetic_catalog(n: int, seed: int = 0):
    """A `store.records.Catalog` of `n` products: titles drawn word by word from the Home Depot
    vocabulary with its frequencies, lengths drawn from its titles'; 500 categories, 2,000
    brands, log-normal prices."""
    from store.records import Catalog

    words, p, lengths = title_model(seed)
    rng = np.random.default_rng(seed)
    sizes = rng.choice(lengths, size=n)
    drawn = rng.choice(len(words), size=int(sizes.sum()), p=p)
    ends = np.cumsum(sizes)
    vocab = np.array(words, dtype=object)
    titles = [" ".join(vocab[drawn[e - s:e]]) for s, e in zip(sizes, ends)]
    cats = np.array([f"Dept {i // 25} > Aisle {i}" for i in range(500)], dtype=object)
    brands = np.array([f"Brand{i}" for i in range(2000)], dtype=object)
    return Catalog(
        item_ids=np.array([f"P{i:08d}" for i in range(n)], dtype=object), titles=np.array(titles, dtype=object),
        descriptions=np.array([""] * n, dtype=object), categories=cats[rng.integers(0, 500, n)],
        brands=brands[rng.zipf(1.3, n) % 2000], prices=np.round(rng.lognormal(3.5, 1.0, n), 2),
        in_stock=rng.random(n) > 0.05, attributes=[{} for _ in range(n)])


def synthetic_events(n_events: int, n_items: int, seed: int = 0):
    """A user x item count matrix of `n_events` events: Zipf(1.1) item popularity, log-normal
    activity over n_events / 20 shoppers."""
    import scipy.sparse as sp

    rng = np.random.default_rng(seed)
    n_users = max(1, n_events // 20)
    activity = rng.lognormal(0, 1.0, n_users)
    users = rng.choice(n_users, size=n_events, p=activity / activity.sum())
    ranks = np.arange(1, n_items + 1, dtype=np.float64) ** -1.1
    items = rng.permutation(n_items)[rng.choice(n_items, size=n_events, p=ranks / ranks.sum())]
    m = sp.csr_matrix((np.ones(n_events, dtype=np.float32), (users, items)), shape=(n_users, n_items))
    m.sum_duplicates()
    return m


# --------------------------------------------------------------------------- child processes
def _proc_fields(name: str) -> dict[str, int]:
    """The `Key: N kB` lines of /proc/self/<name>, in kB."""
    out = {}
    for line in Path(f"/proc/self/{name}").read_text().splitlines():
        key, _, rest = line.partition(":")
        if rest.strip().endswith("kB"):
            out[key.strip()] = int(rest.split()[0])
    return out


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc."""
    fields = _proc_fields("status")
    return fields["VmRSS"] / 1024, fields["VmHWM"] / 1024


def memory_mb() -> dict:
    """RSS, PSS and the mapped-file part of the RSS (shared through the page cache) in MB, from
    /proc/self/smaps_rollup; RSS alone where that file is missing."""
    try:
        roll = _proc_fields("smaps_rollup")
    except OSError:
        return {"rss_mb": round(rss_mb()[0])}
    return {"rss_mb": round(roll["Rss"] / 1024), "pss_mb": round(roll["Pss"] / 1024),
            "rss_file_mb": round((roll["Rss"] - roll.get("Anonymous", 0)) / 1024)}


def barrier(directory: str, parties: int, name: str) -> None:
    """Wait until `parties` processes have reached the barrier `name` in `directory`."""
    Path(directory, f"{name}.{os.getpid()}").touch()
    while len(list(Path(directory).glob(f"{name}.*"))) < parties:
        time.sleep(0.05)


class GivenVectors:
    """The shipped encoder for queries; products: given vectors (None: the encoder, timed)."""

    def __init__(self, encoder, vectors: np.ndarray | None):
        self.encoder, self.vectors, self.embed_s = encoder, vectors, None
        self.name, self.dim = encoder.name, encoder.dim

    def encode_queries(self, texts):
        return self.encoder.encode_queries(texts)

    def encode_products(self, texts, **_):
        if self.vectors is not None:
            assert len(texts) == len(self.vectors)
            return self.vectors
        t = time.perf_counter()
        out = self.encoder.encode_products(texts)
        self.embed_s = time.perf_counter() - t
        return out

    def __getattr__(self, name):
        return getattr(self.encoder, name)


def build_child(n: int, embed: bool, directory: str) -> dict:
    from search.encoder import Encoder
    from search.engine import SearchEngine

    catalog = synthetic_catalog(n)
    encoder = Encoder()
    vectors = None
    if not embed:
        rng = np.random.default_rng(1)
        vectors = rng.standard_normal((n, encoder.dim), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    given = GivenVectors(encoder, vectors)
    t = time.perf_counter()
    engine = SearchEngine.build(catalog, encoder=given)
    build_s = time.perf_counter() - t
    engine.save(directory)
    return {"build_s": round(build_s - (given.embed_s or 0.0), 2), "embed_s": given.embed_s and round(given.embed_s, 2),
            "embedded": embed, "factory": engine.build_info.get("dense_factory"),
            "build_peak_rss_mb": round(rss_mb()[1]), "stages_s": engine.build_info.get("seconds")}


def serve_child(directory: str, n_queries: int, meet: str | None = None, parties: int = 1) -> dict:
    """One worker: load, answer the queries; with `meet`, read its memory while all `parties`
    workers are alive (after each has answered its queries)."""
    from benchmarks.adapters import load_home_depot_judgements
    from search.engine import SearchEngine

    t = time.perf_counter()
    engine = SearchEngine.load(directory)
    load_s = time.perf_counter() - t
    loaded_rss = rss_mb()[0]
    queries = sorted(set(load_home_depot_judgements()["search_term"]))
    rng = np.random.default_rng(0)
    picked = [queries[i] for i in rng.choice(len(queries), size=min(n_queries + 20, len(queries)), replace=False)]
    for q in picked[:20]:
        engine.search(q, limit=10)
    took = []
    for q in picked[20:]:
        t = time.perf_counter()
        engine.search(q, limit=10)
        took.append((time.perf_counter() - t) * 1000)
    if meet:
        barrier(meet, parties, "served")
    mem = memory_mb()
    if meet:
        barrier(meet, parties, "measured")  # nobody leaves (and unmaps) before all have measured
    return {"search_p50_ms": round(float(np.percentile(took, 50)), 2),
            "search_p99_ms": round(float(np.percentile(took, 99)), 2), "load_s": round(load_s, 1),
            "loaded_rss_mb": round(loaded_rss), "worker_rss_mb": mem["rss_mb"],
            "worker_pss_mb": mem.get("pss_mb"), "worker_rss_file_mb": mem.get("rss_file_mb")}


def recs_child(n_events: int, n_requests: int) -> dict:
    from recsys.config import DISCOVERY_MODELS

    t = time.perf_counter()
    m = synthetic_events(n_events, REC_ITEMS)
    gen_s = time.perf_counter() - t
    cls, params = DISCOVERY_MODELS["als"]
    model = cls(**params)
    t = time.perf_counter()
    model.fit(m)
    fit_s = time.perf_counter() - t
    rng = np.random.default_rng(0)
    users = rng.choice(m.shape[0], size=n_requests)
    took = []
    for u in users.tolist():
        t = time.perf_counter()
        model.recommend([u], m[[u]], k=10)
        took.append((time.perf_counter() - t) * 1000)
    return {"events": int(m.sum()), "users": m.shape[0], "items": m.shape[1], "generate_s": round(gen_s, 1),
            "train_s": round(fit_s, 1), "rec_p50_ms": round(float(np.percentile(took, 50)), 3),
            "rec_p99_ms": round(float(np.percentile(took, 99)), 3), "rec_rss_mb": round(rss_mb()[0])}


def child(kind: str, *args: str, timeout: float) -> dict:
    """Run one measurement in a fresh interpreter; its JSON answer, or {"error": why}."""
    return children([(kind, *args)], timeout=timeout)[0]


def children(runs: list[tuple[str, ...]], *, timeout: float) -> list[dict]:
    """Run measurements at once, each in a fresh interpreter; their JSON answers, or {"error": why}."""
    procs = [subprocess.Popen([sys.executable, "-m", "benchmarks.scale", "--child", *run], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for run in runs]
    deadline, out = time.monotonic() + timeout, []
    for proc in procs:
        try:
            stdout, stderr = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            out.append({"error": f"not run to the end: over the {timeout:.0f} s time box"})
            continue
        lines = [line for line in stdout.splitlines() if line.startswith("{")]
        if proc.returncode or not lines:
            out.append({"error": f"failed (exit {proc.returncode}): {stderr[-400:]}"})
        else:
            out.append(json.loads(lines[-1]))
    return out


def serve_pair(directory: str, n_queries: int, timeout: float) -> dict:
    """Two workers at once on one saved engine: each one's RSS, PSS and mapped-file RSS, and the
    machine's cost of both (the sum of their PSS)."""
    with tempfile.TemporaryDirectory(prefix="kaiyu-meet-") as meet:
        rows = children([("serve", directory, str(n_queries), meet, "2")] * 2, timeout=timeout)
    if any("error" in r for r in rows):
        return {"pair_error": next(r["error"] for r in rows if "error" in r)}
    return {"pair_rss_mb": [r["worker_rss_mb"] for r in rows], "pair_pss_mb": [r["worker_pss_mb"] for r in rows],
            "pair_rss_file_mb": [r["worker_rss_file_mb"] for r in rows],
            "pair_total_pss_mb": sum(r["worker_pss_mb"] or 0 for r in rows)}


# --------------------------------------------------------------------------- the curve
def growth(xs, ys) -> str:
    """The fitted log-log slope of y over x, named."""
    pts = [(x, y) for x, y in zip(xs, ys) if isinstance(y, (int, float)) and y > 0]
    if len(pts) < 2:
        return "-"
    slope = float(np.polyfit(np.log([p[0] for p in pts]), np.log([p[1] for p in pts]), 1)[0])
    name = ("flat" if slope < 0.2 else "sublinear" if slope < 0.85 else "linear" if slope < 1.08
            else "n log n" if slope < 1.25 else "superlinear")
    return f"{slope:.2f} ({name})"


def plot(search_rows: list[dict], rec_rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    ok = [r for r in search_rows if "build_s" in r]
    n = [r["products"] for r in ok]
    ax = axes[0]
    ax.loglog(n, [r["build_s"] for r in ok], "o-", label="index build (no embedding) s")
    emb = [(r["products"], r["embed_s"]) for r in ok if r.get("embed_s")]
    if emb:
        ax.loglog(*zip(*emb), "s--", label="embedding s (1M: extrapolated)")
    ax.set_xlabel("products"), ax.set_title("build time"), ax.legend(fontsize=8), ax.grid(True, which="both", alpha=.3)
    ax = axes[1]
    served = [r for r in ok if "search_p50_ms" in r]
    ax.loglog([r["products"] for r in served], [r["search_p50_ms"] for r in served], "o-", label="search p50 ms")
    ax.loglog([r["products"] for r in served], [r["search_p99_ms"] for r in served], "o--", label="search p99 ms")
    ax.loglog([r["products"] for r in served], [r["worker_rss_mb"] / 1000 for r in served], "s-",
              label="search worker RSS GB")
    ax.set_xlabel("products"), ax.set_title("search serving"), ax.legend(fontsize=8), ax.grid(True, which="both", alpha=.3)
    ax = axes[2]
    rok = [r for r in rec_rows if "train_s" in r]
    e = [r["events"] for r in rok]
    ax.loglog(e, [r["train_s"] for r in rok], "o-", label="ALS fit s")
    ax.loglog(e, [r["rec_p50_ms"] for r in rok], "s-", label="rec p50 ms")
    ax.loglog(e, [r["rec_p99_ms"] for r in rok], "s--", label="rec p99 ms")
    ax.set_xlabel(f"events ({REC_ITEMS:,} items)"), ax.set_title("recommendations"), ax.legend(fontsize=8)
    ax.grid(True, which="both", alpha=.3)
    fig.suptitle("Kaiyu scale curve (2 shared cores; synthetic catalogues and logs; in-process)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def table(search_rows: list[dict], rec_rows: list[dict]) -> str:
    lines = [f"{'products':>10} {'embed s':>16} {'build s':>8} {'faiss':>14} {'search p50':>10} {'p99 ms':>7} "
             f"{'worker RSS MB':>13} {'(file)':>7} {'2 workers PSS MB':>17}"]
    for r in search_rows:
        if "error" in r:
            lines.append(f"{r['products']:>10,} {r['error']}")
            continue
        emb = f"{r['embed_s']:.0f}" + (" (extrap.)" if not r["embedded"] else "") if r.get("embed_s") else "-"
        lines.append(f"{r['products']:>10,} {emb:>16} {r['build_s']:>8.1f} {str(r.get('factory')):>14} "
                     f"{r.get('search_p50_ms', float('nan')):>10.2f} {r.get('search_p99_ms', float('nan')):>7.2f} "
                     f"{r.get('worker_rss_mb', 0):>13,} {r.get('worker_rss_file_mb') or '-':>7} "
                     f"{r.get('pair_total_pss_mb') or '-':>17}")
    ok = [r for r in search_rows if "build_s" in r]
    xs = [r["products"] for r in ok]
    lines.append(f"{'growth':>10} {growth(xs, [r.get('embed_s') for r in ok]):>16} "
                 f"{growth(xs, [r['build_s'] for r in ok]):>8} {'':>14} "
                 f"{growth(xs, [r.get('search_p50_ms') for r in ok]):>10} {growth(xs, [r.get('search_p99_ms') for r in ok]):>7} "
                 f"{growth(xs, [r.get('worker_rss_mb') for r in ok]):>13}")
    lines.append("")
    lines.append(f"{'events':>10} {'users':>9} {'ALS fit s':>10} {'rec p50 ms':>10} {'p99 ms':>7} {'RSS MB':>7}")
    for r in rec_rows:
        if "error" in r:
            lines.append(f"{r['target_events']:>10,} {r['error']}")
            continue
        lines.append(f"{r['events']:>10,} {r['users']:>9,} {r['train_s']:>10.1f} {r['rec_p50_ms']:>10.3f} "
                     f"{r['rec_p99_ms']:>7.3f} {r['rec_rss_mb']:>7,}")
    rok = [r for r in rec_rows if "train_s" in r]
    es = [r["events"] for r in rok]
    lines.append(f"{'growth':>10} {'':>9} {growth(es, [r['train_s'] for r in rok]):>10} "
                 f"{growth(es, [r['rec_p50_ms'] for r in rok]):>10} {growth(es, [r['rec_p99_ms'] for r in rok]):>7} "
                 f"{growth(es, [r['rec_rss_mb'] for r in rok]):>7}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--events", default="1000000,10000000")
    parser.add_argument("--embed-up-to", type=int, default=100_000, help="embed for real up to this size")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--timebox", type=float, default=900.0, help="seconds per child process")
    parser.add_argument("--serve-workers", type=int, choices=(1, 2), default=1,
                        help="2: also serve each saved engine from two workers at once (memory shared between them)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        out = {"build": lambda: build_child(int(rest[0]), rest[1] == "1", rest[2]),
               "serve": lambda: serve_child(rest[0], int(rest[1]), *(rest[2:3]), *map(int, rest[3:4])),
               "recs": lambda: recs_child(int(rest[0]), int(rest[1]))}[kind]()
        print(json.dumps(out))
        return 0
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # as `kaiyu serve` runs its workers
    OUT.mkdir(parents=True, exist_ok=True)
    search_rows, rec_rows = [], []
    throughput = None
    for n in [int(s) for s in args.sizes.split(",") if s]:
        embed = n <= args.embed_up_to
        with tempfile.TemporaryDirectory(prefix="kaiyu-scale-") as d:
            env_before = os.environ.pop("OMP_NUM_THREADS", None)  # building: all cores, as the nightly job
            row = {"products": n, **child("build", str(n), "1" if embed else "0", d, timeout=args.timebox)}
            if env_before is not None:
                os.environ["OMP_NUM_THREADS"] = env_before
            if "error" not in row:
                row.update(child("serve", d, str(args.queries), timeout=args.timebox))
            if "error" not in row and args.serve_workers == 2:
                row.update(serve_pair(d, args.queries, timeout=args.timebox))
        if row.get("embed_s"):
            throughput = n / row["embed_s"]
        elif "error" not in row and throughput:
            row["embed_s"] = round(n / throughput, 1)  # EXTRAPOLATED from the largest measured size
        search_rows.append(row)
        print(json.dumps(row), flush=True)
    for e in [int(s) for s in args.events.split(",") if s]:
        row = {"target_events": e, **child("recs", str(e), "500", timeout=args.timebox)}
        rec_rows.append(row)
        print(json.dumps(row), flush=True)
    text = table(search_rows, rec_rows)
    print("\n" + text)
    (OUT / "scale.json").write_text(json.dumps({"search": search_rows, "recommendations": rec_rows,
                                                "embedding_throughput_per_s": throughput}, indent=2))
    plot(search_rows, rec_rows, OUT / "scale.png")
    print(f"\nwrote {OUT / 'scale.json'} and {OUT / 'scale.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
