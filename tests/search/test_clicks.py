"""The click memory (search/clicks.py, the last stage of `search.learning.learn`): what shoppers
acted on after a query, brought back for that query and for queries close to it.

The shop's shoppers call its tools by nicknames ("zorbo7") that no title contains: only the
click log says "zorbo7" means Tool 7. Both "zorbo7" and "zorbo7 pro" are logged; the fake encoder
(a bag of hashed terms) puts "zorbo7 pro" at cosine 0.71 from "zorbo7", and "zorbo8" at about 0.
"""

from __future__ import annotations

import numpy as np
import pytest
from catalogs import titles_catalog

from store.db import Catalog
from search.clicks import ClickMemory
from search.engine import SearchEngine
from search.learning import LearnOptions, SearchEvents, learn

TOOLS = 60


def catalog() -> Catalog:
    ids = [f"tool-{i}" for i in range(TOOLS)] + [f"gizmo-{i}" for i in range(TOOLS)]
    titles = [f"Workshop Tool Number {i:02d}" for i in range(TOOLS)] + [f"gizmo{i:02d} Basic" for i in range(TOOLS)]
    return titles_catalog(ids, titles, [50.0] * TOOLS + [10.0] * TOOLS)


def nickname_clicks() -> SearchEvents:
    records = []
    for i in range(TOOLS):
        for q in (f"zorbo{i}", f"zorbo{i} pro"):
            records += [{"query": q, "item_id": f"tool-{i}", "type": "click"}] * 2
    return SearchEvents.from_records(records)


@pytest.fixture(scope="module")
def learned(encoder):
    engine = SearchEngine.build(catalog(), encoder=encoder)
    before = [h["item_id"] for h in engine.search("zorbo7", limit=3)["items"]]
    report = learn(engine, nickname_clicks(),
                   LearnOptions(time_budget_s=60, adapter=False, ranker=False, words=False, min_queries=20)).report
    return engine, report, before


def top(engine, query, **kw):
    return [h["item_id"] for h in engine.search(query, limit=3, **kw)["items"]]


def test_votes_are_similarity_times_grade_share_from_close_queries_only():
    e = np.eye(4, dtype=np.float32)
    memory = ClickMemory(["a", "b", "c"], np.stack([e[0], (e[0] + e[1]) / np.sqrt(2), e[2]]),
                         [{"x": 4.0, "y": 2.0}, {"y": 1.0}, {"z": 4.0}], weight=0.5, min_similarity=0.6)
    votes = memory.votes(e[0])
    assert votes.keys() == {"x", "y"}  # "c" is orthogonal: no vote for z
    assert votes["x"] == pytest.approx(0.5 * 1.0 * 4 / 4)
    assert votes["y"] == pytest.approx(0.5 * (1.0 * 2 / 4 + (1 / np.sqrt(2)) * 1 / 1))
    assert memory.with_weight(0).votes(e[0]) == {}


def test_the_memory_is_kept_when_held_back_queries_rank_better(learned):
    _, report, before = learned
    assert "tool-7" not in before  # nothing in the catalogue says what "zorbo7" is
    assert report["chosen"] == "hand+clicks" and report["clicks"]["queries"] == 2 * TOOLS  # refitted on all
    held = report["held_back"]
    w = report["clicks"]["weight"]
    assert held[f"hand+clicks({w})"]["ndcg@10"] > held["hand"]["ndcg@10"] + 0.5
    # the kept setup's own scores are reported under its name (the nightly summary reads them)
    assert held["hand+clicks"] == held[f"hand+clicks({w})"]


def test_a_logged_query_and_a_close_new_one_get_what_shoppers_chose(learned):
    engine, _, _ = learned
    assert top(engine, "zorbo7")[0] == "tool-7"          # asked before
    assert top(engine, "zorbo7 deal")[0] == "tool-7"     # never asked: its neighbour "zorbo7" votes
    assert top(engine, "zorbo8 pro")[0] == "tool-8"


def test_the_memory_does_not_take_over_unrelated_queries_or_ignore_filters(learned):
    engine, _, _ = learned
    assert top(engine, "gizmo07")[0] == "gizmo-7"
    assert "tool-7" not in top(engine, "zorbo7", filters={"max_price": 20})


def test_the_memory_survives_save_and_load_without_pickle(learned, encoder, tmp_path):
    engine, _, _ = learned
    engine.save(tmp_path / "idx")
    assert (tmp_path / "idx" / "learned" / "clicks.npz").exists()
    assert not list((tmp_path / "idx").rglob("*.pkl"))
    loaded = SearchEngine.load(tmp_path / "idx", encoder=encoder)
    assert loaded.clicks is not None and loaded.clicks.weight == engine.clicks.weight
    for q in ("zorbo7", "zorbo7 deal", "gizmo07"):
        assert top(loaded, q) == top(engine, q)


def test_clicks_that_do_not_carry_to_other_queries_are_refused(encoder):
    """Each query's shoppers chose a different random tool: a neighbour's clicks say nothing."""
    rng = np.random.default_rng(0)
    perm = {q: int(rng.integers(TOOLS)) for q in range(TOOLS * 2)}
    records = []
    for i in range(TOOLS):
        for k, q in enumerate((f"zorbo{i}", f"zorbo{i} pro")):
            records += [{"query": q, "item_id": f"tool-{perm[2 * i + k]}", "type": "click"}] * 2
    engine = SearchEngine.build(catalog(), encoder=encoder)
    report = learn(engine, SearchEvents.from_records(records),
                   LearnOptions(time_budget_s=60, adapter=False, ranker=False, min_queries=20)).report
    assert report["clicks"] is None and engine.clicks is None
    assert any(k.startswith("hand+clicks(") for k in report["held_back"])  # tried, and measured
