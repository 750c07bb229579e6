"""Multi-valued and nested attributes (issue 18): stored through every door, filtered and faceted."""

import csv
import json

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from store.columns import ItemColumns
from store.filters import FilterError, Filters
from store.importing import import_file
from store.schema import ItemPatch

ROW = {"item_id": "s1", "title": "Shirt", "sizes": ["S", "M", "L"], "dims": {"w": 3, "h": {"cm": 2.5}},
       "attributes": {"tags": ["cotton", "summer"], "color": "red", "organic": True}}
FLAT = {"sizes": ["S", "M", "L"], "dims.w": "3", "dims.h.cm": "2.5", "tags": ["cotton", "summer"],
        "color": "red", "organic": "true"}


def test_lists_are_kept_and_nested_objects_flattened_with_dotted_keys():
    assert ItemPatch.model_validate(ROW).given()["attributes"] == FLAT
    # a list of objects gathers each key's values; empty lists are kept (they clear a value)
    row = {"item_id": "a", "variants": [{"size": "S", "sku": 1}, {"size": "M", "sku": 2}], "tags": []}
    assert ItemPatch.model_validate(row).given()["attributes"] == {
        "variants.size": ["S", "M"], "variants.sku": ["1", "2"], "tags": []}


def test_list_attributes_are_stored_and_merged_on_every_database(store):
    assert store.upsert_items([ItemPatch.model_validate(ROW)]).stored == 1
    assert store.get_item("s1")["attributes"] == FLAT
    store.upsert_items([ItemPatch.model_validate({"item_id": "s1", "sizes": ["M"]})])
    assert store.get_item("s1")["attributes"] == {**FLAT, "sizes": ["M"]}
    assert store.catalog().attributes[0]["sizes"] == ["M"]
    rows, _ = store.items_changed_since(0)
    assert rows[0]["attributes"]["tags"] == ["cotton", "summer"]


def test_jsonl_csv_and_parquet_imports_store_list_values(store, tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps(ROW) + "\n")
    csv_path = tmp_path / "b.csv"
    with csv_path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["item_id", "title", "sizes", "material", "attributes"])
        w.writerow(["c1", "Sock", '["S", "M"]', "wool", '{"tags": ["warm"]}'])
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.table({"item_id": ["p1"], "title": ["Hat"], "sizes": pa.array([["S", "L"]]),
                             "dims": pa.array([{"w": 3}])}), parquet)
    for path in (jsonl, csv_path, parquet):
        summary = import_file(store, "catalog", path, show_progress=False)
        assert summary.stored == 1 and summary.rejected_total == 0, summary.as_dict()
    assert store.get_item("s1")["attributes"] == FLAT
    assert store.get_item("c1")["attributes"] == {"sizes": ["S", "M"], "material": "wool", "tags": ["warm"]}
    assert store.get_item("p1")["attributes"] == {"sizes": ["S", "L"], "dims.w": "3"}


ITEMS = [{"attributes": {"size": ["S", "M", "L"], "Material": "Cotton"}}, {"attributes": {"size": "M"}},
         {"attributes": {"size": ["l"], "material": "wool"}}, {"attributes": {}}]


def test_attribute_filters_match_any_value_of_a_multi_valued_attribute():
    columns = ItemColumns.from_items(ITEMS)
    assert list(Filters.parse({"attributes": {"size": "M"}}).mask(columns)) == [True, True, False, False]
    assert list(Filters.parse({"attributes": {"SIZE": ["s", "L"]}}).mask(columns)) == [True, False, True, False]
    assert list(Filters.parse({"attributes": {"size": "L", "material": "cotton"}}).mask(columns)) == [
        True, False, False, False]
    assert list(Filters.parse({"attr.size": "M"}).mask(columns)) == [True, True, False, False]
    assert not Filters.parse({"attributes": {"size": "XXL"}}).mask(columns).any()
    assert not Filters.parse({"attributes": {"nope": "x"}}).mask(columns).any()
    assert Filters.parse({"attributes": {"size": "M"}}).as_dict() == {"attributes": {"size": ["m"]}}
    assert Filters.parse({"attributes": {"size": "M"}}) == Filters.parse({"attr.size": ["M"]})


def test_attribute_facets_count_each_value_once_per_item():
    columns = ItemColumns.from_items(ITEMS)
    assert columns.attribute_counts("size") == {"S": 1, "M": 2, "L": 2}
    assert columns.attribute_counts("size", np.array([False, True, True, True])) == {"M": 1, "L": 1}
    assert columns.attribute_counts("colour") == {}


def test_attribute_columns_follow_live_changes_and_appends():
    columns = ItemColumns.from_items(ITEMS)
    columns.set_attributes(3, {"size": ["M", "XL"]})
    columns.set_attributes(1, {"size": []})
    columns.append([{"attributes": {"size": "M"}}])
    assert list(Filters.parse({"attributes": {"size": "M"}}).mask(columns)) == [True, False, False, True, True]
    assert columns.attribute_counts("size") == {"S": 1, "M": 3, "L": 2, "XL": 1}
    assert len(columns) == 5


@pytest.mark.parametrize("bad", [{"attributes": "size"}, {"attributes": {"": "x"}}, {"attr.": "x"}])
def test_malformed_attribute_filters_are_filter_errors(bad):
    with pytest.raises(FilterError):
        Filters.parse(bad)
