"""The benchmark adapters on the real public data in ../shared/data (skipped where it is absent).

Known answers come from ../shared/data/README.md, checked against the data: Online Retail has
396,370 clean purchase lines by 4,335 customers over 3,659 items once the non-product stock codes
are excluded (the README's 4,339 customers and 3,665 items are the counts before that exclusion,
397,924 lines; both are asserted below).
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest


from benchmarks import adapters
from store.importing import READERS, import_file
from store.schema import Event, ItemPatch
from store.db import Store

REPO_ROOT = Path(__file__).resolve().parents[2]

DATA_DIR = adapters.resolve_data_dir()
FORMATS = adapters.FORMATS


def need(*parts: str) -> Path:
    path = DATA_DIR.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"shared data not found: {path} (the real data lives in ../shared/data beside the "
                    f"repository, or set ${adapters.DATA_DIR_ENV}); it is never part of the repository")
    return path


def rows(path: str | Path) -> list[dict]:
    """The rows of an import file as Kaiyu's importer reads them."""
    path = Path(path)
    return [row for _, row in READERS[path.suffix.lstrip(".")](path)]


def as_text(rows_: list[dict]) -> dict[str, list]:
    """Rows as columns of text (None where a row lacks the field), so that rows read from Parquet,
    JSON Lines and CSV compare: numbers as Python writes them, booleans true/false, attributes as
    sorted JSON (an object, or a JSON string in CSV)."""
    def text(key, value):
        if value is None or type(value) is str and key != "attributes":
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if key == "attributes":
            value = orjson.loads(value) if isinstance(value, str) else value
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
        return str(value)
    keys = sorted(set().union(*(r.keys() for r in rows_)))
    columns = {}
    for key in keys:
        values = [r.get(key) for r in rows_]
        if key == "attributes" or any(type(v) is not str for v in values):
            values = [text(key, v) for v in values]
        columns[key] = values
    return columns


def validated(kind: str, row: dict) -> dict:
    if kind == "events":
        return Event.from_row(row).model_dump()
    return ItemPatch.model_validate(row).given()


def assert_same_rows(results: dict[str, dict], key: str, kind: str, sample_every: int = 1) -> None:
    """The three formats hold the same rows, as text and as Kaiyu validates them."""
    read = {fmt: rows(results[fmt][key]) for fmt in FORMATS}
    reference = as_text(read["parquet"])
    for fmt in ("jsonl", "csv"):
        assert len(read[fmt]) == len(read["parquet"]), fmt
        got = as_text(read[fmt])
        assert got.keys() == reference.keys(), fmt
        for column in reference:
            assert got[column] == reference[column], (fmt, column)
    for i in range(0, len(read["parquet"]), sample_every):
        first = validated(kind, read["parquet"][i])
        assert validated(kind, read["jsonl"][i]) == first and validated(kind, read["csv"][i]) == first


# -- Online Retail ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def online_retail(tmp_path_factory):
    need("online-retail", "online_retail.parquet")
    out = tmp_path_factory.mktemp("online-retail")
    return {fmt: adapters.online_retail(out / fmt, fmt) for fmt in FORMATS}


@pytest.fixture(scope="module")
def or_events(online_retail):
    return pq.read_table(online_retail["parquet"]["events"]).to_pandas()


@pytest.fixture(scope="module")
def or_catalog(online_retail):
    return pq.read_table(online_retail["parquet"]["catalog"]).to_pylist()


def test_online_retail_counts_match_the_data_readme(online_retail, or_events, or_catalog):
    result = online_retail["parquet"]
    n = len(or_events)
    assert 396_000 < n < 399_000
    assert n == result["event_rows"] == 396_370
    assert or_events["user_id"].nunique() == result["users"] == 4_335
    assert or_events["item_id"].nunique() == result["items"] == len(or_catalog) == 3_659
    assert {r["item_id"] for r in or_catalog} == set(or_events["item_id"])
    assert (or_events["type"] == "purchase").all() and (or_events["channel"] == "web").all()
    assert (or_events["quantity"] > 0).all() and (or_events["price"] >= 0).all()
    assert or_events["timestamp"].min() == "2010-12-01T08:26:00Z"
    assert or_events["timestamp"].max() == "2011-12-09T12:50:00Z"
    # the README's 4,339 customers and 3,665 items count the non-product stock codes too
    unfiltered = adapters.online_retail_clean(exclude_stock_codes=())
    assert (len(unfiltered), unfiltered["CustomerID"].nunique(), unfiltered["StockCode"].nunique()) == (397_924, 4_339, 3_665)


def test_online_retail_has_no_cancellations_or_non_products(or_events, or_catalog):
    assert not or_events["session_id"].str.startswith("C").any()
    assert not or_events["event_id"].str.startswith("or-C").any()
    excluded = set(adapters.EXCLUDED_STOCK_CODES)
    assert excluded.isdisjoint(or_events["item_id"])
    assert excluded.isdisjoint(r["item_id"] for r in or_catalog)
    assert or_events["user_id"].str.fullmatch(r"\d+").all()  # str(int(CustomerID)): no "17850.0"


def test_online_retail_event_ids_follow_the_source_rows(or_events):
    source = pq.read_table(need("online-retail", "online_retail.parquet"),
                           columns=["InvoiceNo", "StockCode", "Quantity"]).to_pandas()
    assert or_events["event_id"].is_unique
    parts = or_events["event_id"].str.extract(r"^or-(?P<invoice>[^-]+)-(?P<row>\d+)$")
    assert parts.notna().all().all()
    at = source.iloc[parts["row"].astype(int).to_numpy()]
    assert (at["InvoiceNo"].to_numpy() == parts["invoice"].to_numpy()).all()
    assert (at["StockCode"].to_numpy() == or_events["item_id"].to_numpy()).all()
    assert (at["Quantity"].to_numpy() == or_events["quantity"].to_numpy()).all()


def test_online_retail_catalogue(or_catalog, or_events):
    by_id = {r["item_id"]: r for r in or_catalog}
    heart = by_id["85123A"]
    assert heart["title"] == "WHITE HANGING HEART T-LIGHT HOLDER"
    assert heart["price"] == pytest.approx(or_events.loc[or_events["item_id"] == "85123A", "price"].median())
    assert heart["attributes"] == {"country_top": "United Kingdom"}
    assert heart["created_at"] == "2010-12-01T08:26:00Z"
    first_sale = or_events.groupby("item_id")["timestamp"].min()
    assert all(r["created_at"] == first_sale[r["item_id"]] for r in or_catalog)
    assert all(r["currency"] == "GBP" and r["in_stock"] is True for r in or_catalog)
    assert all(r["title"].strip() and r["title"] != "nan" for r in or_catalog)
    assert all(r["price"] >= 0 and r["attributes"]["country_top"] for r in or_catalog)


def test_online_retail_is_stable_across_runs(online_retail, or_events, tmp_path):
    again = adapters.online_retail(tmp_path, "parquet")
    assert pq.read_table(again["events"]).equals(pq.read_table(online_retail["parquet"]["events"]))
    assert pq.read_table(again["catalog"]).equals(pq.read_table(online_retail["parquet"]["catalog"]))


def test_online_retail_formats_hold_the_same_rows(online_retail):
    assert_same_rows(online_retail, "catalog", "catalog")
    assert_same_rows(online_retail, "events", "events", sample_every=97)


def test_online_retail_imports_into_kaiyu_without_rejections(online_retail, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'kaiyu.db'}")
    try:
        for fmt in FORMATS:  # the same catalogue three times: upserts, nothing rejected
            summary = import_file(store, "catalog", online_retail[fmt]["catalog"], show_progress=False)
            assert (summary.read, summary.stored, summary.rejected_total) == (3_659, 3_659, 0)
        assert store.count_items() == 3_659
        assert store.get_item("85123A")["attributes"] == {"country_top": "United Kingdom"}
    finally:
        store.close()


# -- Home Depot -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def judgements():
    need("home-depot", "judgements_dev.csv")
    return adapters.load_home_depot_judgements()


def test_home_depot_catalogue(tmp_path):
    need("home-depot", "products.csv")
    results = {fmt: adapters.home_depot(tmp_path / fmt, fmt) for fmt in FORMATS}
    assert all(r["items"] == 54_667 for r in results.values())
    assert "events" not in results["parquet"]  # no replay unless asked
    catalog = pq.read_table(results["parquet"]["catalog"]).to_pandas()
    assert len(catalog) == 54_667 and catalog["item_id"].is_unique
    assert catalog["item_id"].str.fullmatch(r"\d+").all()
    assert (catalog["title"].str.strip() != "").all()
    assert catalog.iloc[0].to_dict() == {"item_id": "100001", "title": "Simpson Strong-Tie 12-Gauge Angle"}
    assert_same_rows(results, "catalog", "catalog", sample_every=53)


def test_home_depot_query_split(judgements):
    assert (len(judgements), judgements["search_term"].nunique()) == (37_531, 5_991)
    train, evaluate = adapters.split_home_depot_queries(judgements)
    assert (len(train), len(evaluate)) == (2_996, 2_995)
    assert set(train).isdisjoint(evaluate) and set(train) | set(evaluate) == set(judgements["search_term"])
    assert adapters.split_home_depot_queries(judgements) == (train, evaluate)
    assert adapters.split_home_depot_queries(list(reversed(judgements["search_term"]))) == (train, evaluate)
    assert adapters.split_home_depot_queries(judgements, seed=1) != (train, evaluate)
    small, rest = adapters.split_home_depot_queries(judgements, fraction=0.2)
    assert len(small) == round(0.2 * 5_991) and len(small) + len(rest) == 5_991


def test_home_depot_replays_judgements_as_search_clicks(judgements, tmp_path):
    train, _ = adapters.split_home_depot_queries(judgements)
    queries = train[:300]
    results = {fmt: adapters.home_depot(tmp_path / fmt, fmt, queries=queries) for fmt in FORMATS}
    events = pq.read_table(results["parquet"]["events"]).to_pandas()
    judged = judgements[judgements["search_term"].isin(queries)]
    expected = {(q, p): round((r - 1) * 2) for q, p, r in judged.itertuples(index=False)}
    clicks = events.groupby(["query", "item_id"]).size().to_dict()
    assert clicks == {k: n for k, n in expected.items() if n > 0}
    assert len(events) == results["parquet"]["event_rows"] == sum(expected.values())
    assert results["parquet"]["queries_replayed"] == 300
    assert (events["type"] == "click").all() and set(events["query"]) <= set(queries)
    assert events["user_id"].is_unique and events["user_id"].str.fullmatch(r"hd-u-\d+").all()
    assert events["event_id"].is_unique and events["event_id"].str.fullmatch(r"hd-[0-9a-f]+").all()
    assert events["timestamp"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()
    # deterministic: the same queries in another order give the very same events
    again = adapters.home_depot(tmp_path / "again", "parquet", queries=reversed(queries))
    assert pq.read_table(again["events"]).equals(pq.read_table(results["parquet"]["events"]))
    assert_same_rows(results, "events", "events")


# -- RetailRocket -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def retailrocket(tmp_path_factory):
    for kind in adapters.RETAILROCKET_KINDS:
        need("retailrocket", f"{kind}_ecommerce.dat")
    out = tmp_path_factory.mktemp("retailrocket")
    return {fmt: adapters.retailrocket(out / fmt, fmt) for fmt in FORMATS}


def test_retailrocket_counts_match_the_data_readme(retailrocket):
    result = retailrocket["parquet"]
    events = pq.read_table(result["events"]).to_pandas()
    catalog = pq.read_table(result["catalog"]).to_pandas()
    assert events["type"].value_counts().to_dict() == {"view": 78_371, "add_to_cart": 9_028, "purchase": 5_088}
    assert result["events_by_type"] == {"view": 78_371, "add_to_cart": 9_028, "purchase": 5_088}
    assert events["user_id"].nunique() == result["users"] == 3_431
    assert events["item_id"].nunique() == len(catalog) == result["items"] == 8_885
    assert set(catalog["item_id"]) == set(events["item_id"])
    assert (catalog["title"] == "Item " + catalog["item_id"]).all()
    assert events["user_id"].str.fullmatch(r"rr-\d+").all()
    assert (events["timestamp"] == adapters.RETAILROCKET_TIMESTAMP).all()
    assert events["event_id"].is_unique
    assert events["event_id"].iloc[0] == "rr-view-1" and events["event_id"].iloc[-1] == "rr-purchase-5088"


def test_retailrocket_formats_and_reruns_agree(retailrocket, tmp_path):
    again = adapters.retailrocket(tmp_path, "parquet")
    assert pq.read_table(again["events"]).equals(pq.read_table(retailrocket["parquet"]["events"]))
    assert pq.read_table(again["catalog"]).equals(pq.read_table(retailrocket["parquet"]["catalog"]))
    assert_same_rows(retailrocket, "catalog", "catalog", sample_every=11)
    assert_same_rows(retailrocket, "events", "events", sample_every=31)


def test_retailrocket_reimport_is_deduplicated(retailrocket, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'kaiyu.db'}")
    try:
        import_file(store, "catalog", retailrocket["parquet"]["catalog"], show_progress=False)
        first = import_file(store, "events", retailrocket["parquet"]["events"], show_progress=False)
        assert (first.stored, first.rejected_total) == (92_487, 0)
        second = import_file(store, "events", retailrocket["csv"]["events"], show_progress=False)
        assert (second.stored, second.duplicates, second.rejected_total) == (0, 92_487, 0)
        assert store.count_events(by_type=True) == {"view": 78_371, "add_to_cart": 9_028, "purchase": 5_088}
    finally:
        store.close()


# -- command line and data location (no data needed) ------------------------------------------

def test_cli_prints_what_it_wrote(tmp_path, capsys):
    need("retailrocket", "view_ecommerce.dat")
    assert adapters.main(["retailrocket", str(tmp_path), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert "92,487 events" in out and "8,885 items" in out
    assert str(tmp_path / "retailrocket_events.jsonl") in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["retailrocket_catalog.jsonl", "retailrocket_events.jsonl"]


def test_cli_home_depot_events_write_the_query_split(tmp_path, capsys):
    need("home-depot", "judgements_dev.csv")
    assert adapters.main(["home-depot", str(tmp_path), "--events", "--format", "csv"]) == 0
    split = orjson.loads((tmp_path / "home_depot_query_split.json").read_bytes())
    assert (len(split["train"]), len(split["eval"])) == (2_996, 2_995)
    replayed = {r["query"] for r in rows(tmp_path / "home_depot_events.csv")}
    assert replayed <= set(split["train"]) and replayed.isdisjoint(split["eval"])
    assert "queries replayed" in capsys.readouterr().out


def test_data_dir_comes_from_the_environment_and_missing_data_is_reported(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(adapters.DATA_DIR_ENV, raising=False)
    assert adapters.resolve_data_dir() == REPO_ROOT.parent / "shared" / "data"
    monkeypatch.setenv(adapters.DATA_DIR_ENV, str(tmp_path / "nowhere"))
    assert adapters.resolve_data_dir() == tmp_path / "nowhere"
    assert adapters.resolve_data_dir(tmp_path) == tmp_path
    with pytest.raises(adapters.DataNotFoundError, match="never copied"):
        adapters.retailrocket(tmp_path / "out", "parquet")
    assert adapters.main(["online-retail", str(tmp_path / "out"), "--data-dir", str(tmp_path)]) == 2
    assert "online_retail.parquet not found" in capsys.readouterr().err
    with pytest.raises(ValueError, match="format"):
        adapters.home_depot(tmp_path / "out", "xlsx")
