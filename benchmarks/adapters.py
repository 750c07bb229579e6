"""Turn the public data sets in ../shared/data into Kaiyu import files.

Each adapter reads one data set and writes a catalogue file and (where the data has behaviour) an
events file in Kaiyu's public import format, ready for `kaiyu import catalog FILE` and
`kaiyu import events FILE`:

    python -m benchmarks.adapters online-retail benchmarks/out            # Parquet by default
    python -m benchmarks.adapters home-depot benchmarks/out --events      # + replayed search clicks
    python -m benchmarks.adapters retailrocket benchmarks/out --format jsonl

The data is read from `../shared/data` relative to the repository root (override with
`--data-dir` or `$KAIYU_SHARED_DATA`); its licences forbid redistribution, so the outputs go to a
directory outside version control (`benchmarks/out/` is ignored by git). Every event carries a
stable `event_id`: running an adapter again writes the same ids, so a re-import is deduplicated.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR_ENV = "KAIYU_SHARED_DATA"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
FORMATS = ("parquet", "jsonl", "csv")

ITEM_COLUMNS = ("item_id", "title", "description", "category", "brand", "price", "currency",
                "in_stock", "attributes", "image_url", "created_at")
EVENT_COLUMNS = ("event_id", "user_id", "item_id", "type", "timestamp", "quantity", "price",
                 "session_id", "query", "channel")

# Online Retail: stock codes that are postage, fees, discounts and manual adjustments, not products
# (the data README's definition of a clean purchase excludes them).
EXCLUDED_STOCK_CODES = ("POST", "D", "M", "BANK CHARGES", "DOT", "CRUK", "C2", "PADS", "AMAZONFEE",
                        "B", "S", "m")

# Home Depot judgements replayed as clicks get synthetic, deterministic times from this instant on,
# one second apart (the competition data has no times).
HOME_DEPOT_REPLAY_START = pd.Timestamp("2016-01-01T00:00:00Z")

# RetailRocket (CaseRecommender's filtered copy) has no timestamps at all: every event gets this
# one fixed, made-up instant. Nothing downstream may read order or recency into these events.
RETAILROCKET_TIMESTAMP = "2015-06-01T00:00:00Z"
RETAILROCKET_KINDS = ("view", "add_to_cart", "purchase")

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class DataNotFoundError(FileNotFoundError):
    """A shared data file is missing (the data lives outside the repository)."""


# -- locating the data ------------------------------------------------------------------------

def resolve_data_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """The shared data directory: `data_dir` if given, else `$KAIYU_SHARED_DATA`, else
    `../shared/data` relative to the repository root."""
    if data_dir is not None:
        return Path(data_dir)
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else DEFAULT_DATA_DIR


def data_file(data_dir: str | os.PathLike | None, *parts: str) -> Path:
    """A file of the shared data, or DataNotFoundError saying where it was looked for."""
    base = resolve_data_dir(data_dir)
    path = base.joinpath(*parts)
    if not path.is_file():
        raise DataNotFoundError(
            f"{path} not found: the shared data is read from ../shared/data beside the repository "
            f"(or --data-dir / ${DATA_DIR_ENV}); it is never copied into the repository")
    return path


# -- writing import files ---------------------------------------------------------------------

def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def write_table(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    """Write `frame` as a Kaiyu import file. Missing values are left out of the row (a null in
    Parquet, an absent key in JSON Lines, an empty cell in CSV), booleans are true/false, and an
    `attributes` column of dicts becomes a struct (Parquet), an object (JSONL) or a JSON string
    (CSV)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        table = pa.Table.from_pandas(frame, preserve_index=False)
        # plain `string` columns and no pandas metadata: the file is for any reader
        table = table.cast(pa.schema([
            pa.field(f.name, pa.string() if pa.types.is_large_string(f.type) else f.type)
            for f in table.schema]))
        pq.write_table(table, path)
    elif fmt == "jsonl":
        columns = list(frame.columns)
        with path.open("wb") as fh:
            for values in zip(*(frame[c].tolist() for c in columns)):
                row = {c: v for c, v in zip(columns, values) if not _is_missing(v)}
                fh.write(orjson.dumps(row))
                fh.write(b"\n")
    else:
        out = frame.copy()
        for column in out.columns:
            series = out[column]
            if series.dtype == bool:
                out[column] = np.where(series, "true", "false")
            elif series.dtype == object and len(series) and isinstance(series.iloc[0], dict):
                out[column] = [None if _is_missing(v) else orjson.dumps(v).decode() for v in series]
        out.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return path


def _output_path(out_dir: str | os.PathLike, stem: str, fmt: str) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return Path(out_dir) / f"{stem}.{fmt}"


def _iso(series: pd.Series) -> pd.Series:
    """Naive (UTC) or aware timestamps as ISO 8601 strings "2011-11-03T10:22:00Z"; formatted once
    per distinct value, since events share few distinct times."""
    values = pd.to_datetime(series)
    if values.dt.tz is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    codes, uniques = pd.factorize(values, sort=False)
    text = pd.DatetimeIndex(uniques).strftime(ISO_FORMAT).to_numpy(dtype=object)
    return pd.Series(text[codes], index=series.index, dtype=object)


def _most_frequent(frame: pd.DataFrame, key: str, value: str) -> pd.Series:
    """Per `key`, the most frequent `value` (ties broken by the smaller value, so it is stable)."""
    counts = frame.groupby([key, value], sort=False, observed=True).size().rename("n").reset_index()
    counts = counts.sort_values([key, "n", value], ascending=[True, False, True], kind="mergesort")
    return counts.drop_duplicates(key).set_index(key)[value]


# -- Online Retail (UCI) ----------------------------------------------------------------------

def online_retail_clean(data_dir: str | os.PathLike | None = None, *,
                        exclude_stock_codes: Iterable[str] = EXCLUDED_STOCK_CODES) -> pd.DataFrame:
    """The clean purchases of Online Retail as the data README defines them: Quantity > 0,
    CustomerID present, InvoiceNo not starting with "C", StockCode not one of the excluded
    non-product codes. The index is the row's position in the source file."""
    path = data_file(data_dir, "online-retail", "online_retail.parquet")
    frame = pq.read_table(path).to_pandas()
    frame.index = pd.RangeIndex(len(frame), name="row")
    mask = (
        (frame["Quantity"] > 0)
        & frame["CustomerID"].notna()
        & ~frame["InvoiceNo"].astype(str).str.startswith("C")
        & ~frame["StockCode"].isin(list(exclude_stock_codes))
    )
    return frame[mask]


def online_retail(out_dir: str | os.PathLike, fmt: str = "parquet", *,
                  data_dir: str | os.PathLike | None = None) -> dict[str, Any]:
    """Write the Online Retail catalogue and purchase events (clean purchases only).

    Events: one purchase per invoice line; user_id = the customer number, item_id = StockCode,
    timestamp = InvoiceDate (taken as UTC), quantity, price = UnitPrice, session_id = InvoiceNo,
    channel "web", event_id "or-<InvoiceNo>-<row of the source file>".
    Catalogue: one row per StockCode: title = its most frequent description (the literal "nan"
    ignored; the StockCode when none), price = median UnitPrice, GBP, in stock, created_at = first
    sale, attributes {"country_top": the country buying it most often}.
    """
    started = time.perf_counter()
    catalog_path = _output_path(out_dir, "online_retail_catalog", fmt)
    events_path = _output_path(out_dir, "online_retail_events", fmt)
    clean = online_retail_clean(data_dir)
    invoice = clean["InvoiceNo"].astype(str).to_numpy(dtype=object)
    stock = clean["StockCode"].astype(str).to_numpy(dtype=object)
    timestamps = _iso(clean["InvoiceDate"])
    events = pd.DataFrame({
        "event_id": "or-" + invoice + "-" + clean.index.astype(str).to_numpy(dtype=object),
        "user_id": clean["CustomerID"].astype("int64").astype(str).to_numpy(dtype=object),
        "item_id": stock,
        "type": "purchase",
        "timestamp": timestamps.to_numpy(),
        "quantity": clean["Quantity"].astype("int64").to_numpy(),
        "price": clean["UnitPrice"].astype("float64").to_numpy(),
        "session_id": invoice,
        "channel": "web",
    })

    lines = pd.DataFrame({
        "item_id": stock,
        "description": clean["Description"].str.strip().to_numpy(dtype=object),
        "country": clean["Country"].astype(str).to_numpy(dtype=object),
        "price": clean["UnitPrice"].to_numpy(),
        "date": clean["InvoiceDate"].to_numpy(),
    })
    description = lines["description"]
    described = lines[description.notna() & ~description.isin(["", "nan"])]  # 1,454 are the text "nan"
    by_item = lines.groupby("item_id", sort=True)
    catalog = pd.DataFrame(index=pd.Index(sorted(lines["item_id"].unique()), name="item_id"))
    title = _most_frequent(described, "item_id", "description").reindex(catalog.index)
    catalog["title"] = title.where(title.notna(), pd.Series(catalog.index, index=catalog.index)).astype(object)
    catalog["price"] = by_item["price"].median().round(4).reindex(catalog.index)
    catalog["currency"] = "GBP"
    catalog["in_stock"] = True
    countries = _most_frequent(lines, "item_id", "country").reindex(catalog.index)
    catalog["attributes"] = [{"country_top": c} for c in countries]
    catalog["created_at"] = _iso(by_item["date"].min().reindex(catalog.index)).to_numpy()
    catalog = catalog.reset_index()

    write_table(catalog, catalog_path, fmt)
    write_table(events, events_path, fmt)
    return {
        "dataset": "online-retail", "format": fmt,
        "catalog": str(catalog_path), "events": str(events_path),
        "items": len(catalog), "event_rows": len(events), "users": int(events["user_id"].nunique()),
        "seconds": round(time.perf_counter() - started, 3),
    }


# -- Home Depot product search relevance ------------------------------------------------------

def load_home_depot_products(data_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """`product_uid` (string) and `product_title` of the whole Home Depot catalogue."""
    path = data_file(data_dir, "home-depot", "products.csv")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def load_home_depot_judgements(data_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """`search_term`, `product_uid` (string) and `relevance` (float, 1..3) of the dev judgements."""
    path = data_file(data_dir, "home-depot", "judgements_dev.csv")
    frame = pd.read_csv(path, dtype={"search_term": str, "product_uid": str, "relevance": str},
                        keep_default_na=False, encoding="utf-8")
    frame["relevance"] = frame["relevance"].astype("float64")
    return frame


def _distinct_queries(judgements: pd.DataFrame | str | os.PathLike | Iterable[str]) -> list[str]:
    if isinstance(judgements, pd.DataFrame):
        values = judgements["search_term"].tolist()
    elif isinstance(judgements, (str, os.PathLike)):
        values = pd.read_csv(judgements, dtype=str, keep_default_na=False)["search_term"].tolist()
    else:
        values = list(judgements)
    return sorted(set(str(v) for v in values))


def split_home_depot_queries(judgements: pd.DataFrame | str | os.PathLike | Iterable[str],
                             fraction: float = 0.5, seed: int = 0) -> tuple[list[str], list[str]]:
    """Split the distinct queries of `judgements` (a judgements frame, the path of a judgements
    CSV, or an iterable of queries) into (train_queries, eval_queries), `fraction` of them for
    training. Deterministic: the sorted distinct queries are shuffled with a seeded generator; the
    same data, fraction and seed always give the same split. Both lists come back sorted."""
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"fraction must be between 0 and 1, not {fraction}")
    queries = _distinct_queries(judgements)
    order = np.random.default_rng(seed).permutation(len(queries))
    n_train = int(round(fraction * len(queries)))
    train = sorted(queries[i] for i in order[:n_train])
    evaluate = sorted(queries[i] for i in order[n_train:])
    return train, evaluate


def _hash_id(prefix: str, *parts: Any) -> str:
    key = "\x1f".join(str(p) for p in parts)
    return prefix + hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()


def home_depot(out_dir: str | os.PathLike, fmt: str = "parquet", *,
               data_dir: str | os.PathLike | None = None,
               queries: Iterable[str] | None = None) -> dict[str, Any]:
    """Write the Home Depot catalogue (item_id = product_uid, title = product_title) and, when
    `queries` is given, the judgements of those queries replayed as search clicks.

    Replay, for learning from search logs: each judged (query, product) of a replayed query gives
    round((relevance - 1) * 2) click events (Python's round: 1 -> 0 clicks, 2 -> 2, 3 -> 4) with
    `query` set, each from a distinct synthetic shopper "hd-u-<n>", at fixed synthetic times one
    second apart from 2016-01-01T00:00:00Z, in the order of the judgements file (so the output does
    not depend on the order of `queries`). event_id "hd-<hash>" of the event's content.
    """
    started = time.perf_counter()
    catalog_path = _output_path(out_dir, "home_depot_catalog", fmt)
    products = load_home_depot_products(data_dir)
    catalog = pd.DataFrame({
        "item_id": products["product_uid"].str.strip().to_numpy(dtype=object),
        "title": products["product_title"].str.strip().to_numpy(dtype=object),
    })
    write_table(catalog, catalog_path, fmt)
    result: dict[str, Any] = {
        "dataset": "home-depot", "format": fmt, "catalog": str(catalog_path), "items": len(catalog),
    }
    if queries is not None:
        if isinstance(queries, str):
            queries = [queries]
        wanted = set(queries)
        judgements = load_home_depot_judgements(data_dir)
        replayed = judgements[judgements["search_term"].isin(wanted)]
        clicks = np.rint((replayed["relevance"].to_numpy() - 1.0) * 2.0).astype("int64").clip(min=0)
        rows = replayed.loc[replayed.index.repeat(clicks), ["search_term", "product_uid"]]
        k = rows.groupby(level=0, sort=False).cumcount().to_numpy()
        n = np.arange(len(rows))
        users = np.array([f"hd-u-{i}" for i in n], dtype=object)
        stamps = (HOME_DEPOT_REPLAY_START.tz_localize(None) + pd.to_timedelta(n, unit="s")).strftime(ISO_FORMAT)
        stamps = np.asarray(stamps, dtype=object)
        query_values = rows["search_term"].to_numpy(dtype=object)
        item_values = rows["product_uid"].to_numpy(dtype=object)
        events = pd.DataFrame({
            "event_id": [_hash_id("hd-", q, i, j, u, t)
                         for q, i, j, u, t in zip(query_values, item_values, k, users, stamps)],
            "user_id": users,
            "item_id": item_values,
            "type": "click",
            "timestamp": stamps,
            "query": query_values,
            "channel": "web",
        })
        events_path = _output_path(out_dir, "home_depot_events", fmt)
        write_table(events, events_path, fmt)
        result.update({
            "events": str(events_path), "event_rows": len(events), "users": len(events),
            "queries_replayed": int(replayed["search_term"].nunique()),
            "queries_unknown": len(wanted - set(judgements["search_term"])),
        })
    result["seconds"] = round(time.perf_counter() - started, 3)
    return result


# -- RetailRocket (CaseRecommender's filtered copy) --------------------------------------------

def load_retailrocket(data_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """All RetailRocket events: `kind` (view, add_to_cart, purchase), `visitorid`, `itemid` (as
    strings) and `line` (1-based data line of its file, the header line not counted)."""
    frames = []
    for kind in RETAILROCKET_KINDS:
        path = data_file(data_dir, "retailrocket", f"{kind}_ecommerce.dat")
        frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
        frame = frame[["visitorid", "itemid"]].apply(lambda s: s.str.strip())
        frame.insert(0, "kind", kind)
        frame["line"] = np.arange(1, len(frame) + 1)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def retailrocket(out_dir: str | os.PathLike, fmt: str = "parquet", *,
                 data_dir: str | os.PathLike | None = None) -> dict[str, Any]:
    """Write the RetailRocket events (view / add_to_cart / purchase) and a bare catalogue.

    user_id "rr-<visitorid>", item_id = itemid, event_id "rr-<kind>-<line>" (line: 1-based data
    line of the kind's file, header not counted). The data has no timestamps: every event gets the
    same made-up instant RETAILROCKET_TIMESTAMP, so recency weighting and time splits mean nothing
    here. It has no product text either: the catalogue titles are "Item <itemid>".
    """
    started = time.perf_counter()
    catalog_path = _output_path(out_dir, "retailrocket_catalog", fmt)
    events_path = _output_path(out_dir, "retailrocket_events", fmt)
    raw = load_retailrocket(data_dir)
    events = pd.DataFrame({
        "event_id": ("rr-" + raw["kind"] + "-" + raw["line"].astype(str)).to_numpy(dtype=object),
        "user_id": ("rr-" + raw["visitorid"]).to_numpy(dtype=object),
        "item_id": raw["itemid"].to_numpy(dtype=object),
        "type": raw["kind"].to_numpy(dtype=object),
        "timestamp": RETAILROCKET_TIMESTAMP,
    })
    item_ids = sorted(raw["itemid"].unique(), key=lambda s: (len(s), s))  # numeric order
    catalog = pd.DataFrame({
        "item_id": np.asarray(item_ids, dtype=object),
        "title": np.asarray([f"Item {i}" for i in item_ids], dtype=object),
    })
    write_table(catalog, catalog_path, fmt)
    write_table(events, events_path, fmt)
    return {
        "dataset": "retailrocket", "format": fmt,
        "catalog": str(catalog_path), "events": str(events_path),
        "items": len(catalog), "event_rows": len(events), "users": int(raw["visitorid"].nunique()),
        "events_by_type": {k: int(n) for k, n in raw["kind"].value_counts().reindex(RETAILROCKET_KINDS).items()},
        "seconds": round(time.perf_counter() - started, 3),
    }


# -- command line -----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.adapters",
        description="Convert a public data set from ../shared/data into Kaiyu import files.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("dataset", choices=["online-retail", "home-depot", "retailrocket"])
    parser.add_argument("out_dir", type=Path, help="directory to write to (outside version control)")
    parser.add_argument("--format", choices=FORMATS, default="parquet", dest="fmt")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"shared data directory (default ${DATA_DIR_ENV} or ../shared/data "
                             "beside the repository)")
    hd = parser.add_argument_group("home-depot")
    hd.add_argument("--events", nargs="?", const="train", choices=["train", "all"], default=None,
                    help="also replay judgements as search clicks: of the training queries of the "
                         "split (`train`, also writing home_depot_query_split.json) or of all queries")
    hd.add_argument("--fraction", type=float, default=0.5, help="share of the queries for training")
    hd.add_argument("--seed", type=int, default=0, help="seed of the query split")
    return parser


def _describe(result: dict[str, Any]) -> str:
    lines = [f"{result['dataset']} ({result['format']}) in {result['seconds']:.1f} s"]
    lines.append(f"  catalog  {result['items']:>9,} items   -> {result['catalog']}")
    if "events" in result:
        extra = ""
        if "events_by_type" in result:
            extra = " (" + ", ".join(f"{n:,} {k}" for k, n in result["events_by_type"].items()) + ")"
        if "queries_replayed" in result:
            extra = f" ({result['queries_replayed']:,} queries replayed)"
        lines.append(f"  events   {result['event_rows']:>9,} events  -> {result['events']}{extra}")
        lines.append(f"           {result['users']:>9,} users")
    if "query_split" in result:
        lines.append(f"  split    queries for training and for evaluation -> {result['query_split']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.dataset == "online-retail":
            result = online_retail(args.out_dir, args.fmt, data_dir=args.data_dir)
        elif args.dataset == "retailrocket":
            result = retailrocket(args.out_dir, args.fmt, data_dir=args.data_dir)
        else:
            queries = None
            split_path = None
            if args.events is not None:
                judgements = load_home_depot_judgements(args.data_dir)
                if args.events == "all":
                    queries = _distinct_queries(judgements)
                else:
                    train, evaluate = split_home_depot_queries(judgements, args.fraction, args.seed)
                    queries = train
                    split_path = args.out_dir / "home_depot_query_split.json"
                    split_path.parent.mkdir(parents=True, exist_ok=True)
                    split_path.write_text(json.dumps(
                        {"fraction": args.fraction, "seed": args.seed, "train": train, "eval": evaluate},
                        ensure_ascii=False, indent=0))
            result = home_depot(args.out_dir, args.fmt, data_dir=args.data_dir, queries=queries)
            if split_path is not None:
                result["query_split"] = str(split_path)
    except DataNotFoundError as exc:
        print(f"benchmarks.adapters: {exc}", file=sys.stderr)
        return 2
    print(_describe(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
