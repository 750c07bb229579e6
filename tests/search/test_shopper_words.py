"""Shoppers' words (search/expansion.py, a stage of `search.learning.learn`): the words of the
queries after which shoppers acted on an item, indexed with the item.

The shop's titles say "Laminate Countertop"; its shoppers say "formica". Each countertop comes in
one tone (a made-up colour word, "tonexy"), and so does a tank top, so a tone alone is ambiguous
and "tops" alone leans to the tank top. Both "formica <tone>" and "formica tops <tone>" are
logged for every countertop: a query held back from learning usually has its sibling in the
training half, so the countertop it wants already carries "formica". The engine is lexical only
(no encoder), so nothing but the indexed words can bring the countertops up, and it is the
strict shop (`min_should_match=1.0`, every word required, a setting a store can raise): there a
word the titles lack shuts an item out, which is what the shoppers' words repair.
"""

from __future__ import annotations

import numpy as np
import pytest
from catalogs import titles_catalog

from store.db import Catalog
from search.config import SearchConfig
from search.engine import SearchEngine
from search.expansion import ShopperWords
from search.learning import LearnOptions, QueryLabels, SearchEvents, learn

N = 60
TONES = [f"tone{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(N)]


def catalog() -> Catalog:
    ids = [f"counter-{i}" for i in range(N)] + [f"tank-{i}" for i in range(N)]
    titles = [f"Laminate Countertop {t}" for t in TONES] + [f"Cotton Tank Top {t}" for t in TONES]
    return titles_catalog(ids, titles, [120.0] * N + [15.0] * N)


STRICT = SearchConfig(min_should_match=1.0)


def events(item_of=lambda i, k: f"counter-{i}") -> SearchEvents:
    records = []
    for i, tone in enumerate(TONES):
        for k, q in enumerate((f"formica {tone}", f"formica tops {tone}")):
            records += [{"query": q, "item_id": item_of(i, k), "type": "click"}] * 2
    records += [{"query": "countertp toneaa", "item_id": "counter-0", "type": "click"}]  # a misspelling
    return SearchEvents.from_records(records)


def top(engine, query, k=3, **kw):
    return [h["item_id"] for h in engine.search(query, limit=k, **kw)["items"]]


@pytest.fixture(scope="module")
def learned():
    engine = SearchEngine.build(catalog(), config=STRICT)
    before = {q: top(engine, q) for q in ("formica", "formica tops tonebc")}
    report = learn(engine, events(), LearnOptions(time_budget_s=60, ranker=False, min_queries=20)).report
    return engine, report, before


def test_an_item_gets_its_queries_words_strongest_first_capped_and_weighted():
    labels = {"a": QueryLabels("formica red", {"x": 4, "y": 1}, 5.0),
              "b": QueryLabels("Countertops RED", {"x": 1}, 1.0)}
    words = ShopperWords.build(labels, ["a", "b"], per_item=1, weight=2)
    assert words.items == {"x": ["formica red"], "y": ["formica red"]}  # "b" graded x lower: capped off
    assert words.terms_of("x") == ["formica", "red"] * 2
    assert words.terms_of("unknown") == []
    assert ShopperWords.build(labels, ["b"]).terms_of("x") == ["countertop", "red"]  # the index's own stemming
    assert ShopperWords.build(labels, ["a"]).digest != ShopperWords.build(labels, ["b"]).digest


def test_words_are_kept_when_held_back_queries_rank_better(learned):
    engine, report, _ = learned
    held = report["held_back"]
    assert report["chosen"] == "hand+words" and engine.words is not None
    assert held["hand+words"]["ndcg@10"] > held["hand"]["ndcg@10"] + 0.2
    assert report["words"]["items"] == N and report["words_refit"]


def test_the_shoppers_word_finds_what_the_titles_never_say(learned):
    engine, _, before = learned
    assert not any(i.startswith("counter-") for i in before["formica"])
    assert before["formica tops tonebc"][0] == "tank-28"  # "tops" and the tone: the tank top wins
    assert all(i.startswith("counter-") for i in top(engine, "formica", k=10))
    assert top(engine, "formica tops tonebc")[0] == "counter-28"
    assert top(engine, "formica tonebc sale")[0] == "counter-28"   # never logged
    assert top(engine, "cotton tank top tonebc")[0] == "tank-28"   # the catalogue's words still rule


def test_a_misspelling_shoppers_used_is_still_corrected(learned):
    engine, _, _ = learned
    assert "countertp" in engine.words.items["counter-0"][-1]
    res = engine.search("countertp tonebc")
    assert res["did_you_mean"] == "countertop tonebc"
    assert res["items"][0]["item_id"] == "counter-28"


def test_words_survive_save_load_and_live_updates(learned, tmp_path):
    engine, _, _ = learned
    engine.save(tmp_path / "idx")
    assert (tmp_path / "idx" / "learned" / ShopperWords.FILE).exists()
    loaded = SearchEngine.load(tmp_path / "idx")
    assert loaded.words is not None and loaded.words.digest == engine.words.digest
    assert top(loaded, "formica tops tonebc") == top(engine, "formica tops tonebc")
    # a changed title re-indexes the item: it keeps what shoppers call it
    loaded.update_items([{"item_id": "counter-28", "title": "Laminate Countertop tonebc 8 ft."}])
    assert top(loaded, "formica tops tonebc")[0] == "counter-28"
    assert top(loaded, "formica tonebc", filters={"max_price": 50})[0] == "tank-28"  # filters still apply


def test_learning_again_starts_from_the_catalogue_alone_and_refuses_words_that_do_not_carry():
    """Each query's shoppers chose a different random countertop: one query's words say nothing
    of another's."""
    rng = np.random.default_rng(0)
    engine = SearchEngine.build(catalog(), config=STRICT)
    learn(engine, events(), LearnOptions(time_budget_s=60, ranker=False, min_queries=20))
    assert engine.words is not None
    chosen = rng.integers(N, size=(N, 2))
    report = learn(engine, events(lambda i, k: f"counter-{chosen[i, k]}"),
                   LearnOptions(time_budget_s=60, ranker=False, min_queries=20)).report
    assert "hand+words" in report["held_back"]  # tried, and measured
    assert report["words"] is None and engine.words is None
    assert not any(i.startswith("counter-") for i in top(engine, "formica"))


def test_items_nobody_acted_on_borrow_the_words_of_their_nearest_worded_items():
    words = ShopperWords({"a": ["formica red", "red tops"], "b": ["laminate blue"], "x": ["own words"]})
    near = {"a": [("x", 0.95), ("a2", 0.9), ("c", 0.7)], "b": [("a2", 0.95), ("c", 0.6)]}
    spread = words.spread(near, 0.65, per_item=1)
    assert spread.items["a2"] == ["laminate blue", "formica red"]  # the nearest first, one query per lender
    assert spread.items["c"] == ["formica red"]  # b is too far from c (0.6 < 0.65)
    assert spread.items["x"] == ["own words"]  # an item with words of its own borrows none
    assert spread.items.keys() == {"a", "b", "x", "a2", "c"}
    assert words.spread(near, 0.96).items == words.items and "a2" not in words.items  # the original is kept
    assert words.spread(near, 0.65, per_item=2, max_queries=1).items["a2"] == ["laminate blue"]


def test_item_neighbours_are_the_exact_nearest_live_items_and_never_the_item_itself(encoder):
    from search.learning import item_neighbours

    titles = ["red laminate countertop", "red laminate countertop 8 ft", "blue laminate countertop",
              "cotton tank top", "red cotton tank top", "garden hose"]
    engine = SearchEngine.build(titles_catalog([f"i{k}" for k in range(len(titles))], titles,
                                               np.full(len(titles), 10.0)), encoder=encoder)
    engine.update_items([{"item_id": "i5", "title": "red garden hose"}])  # its old row is retired
    near = item_neighbours(engine, ["i0", "i3", "i5", "missing"], k=3)
    assert near.keys() == {"i0", "i3", "i5"}
    for item, got in near.items():
        v = engine.vectors[engine.row_of[item]]
        others = sorted(((float(engine.vectors[engine.row_of[o]] @ v), o) for o in engine.row_of if o != item),
                        reverse=True)[:3]
        assert [i for i, _ in got] == [o for _, o in others]  # the oracle: every live item scored
        assert [c for _, c in got] == pytest.approx([c for c, _ in others], abs=1e-5)
    assert near["i0"][0][0] == "i1"


def test_a_part_kept_early_stays_only_if_the_set_still_wins_with_it():
    from search.learning import tried_away

    # held-back scores by the set of parts served: the words carry what the adapter learnt
    table = {("adapter", "clicks", "words"): {"ndcg@10": 0.50, "acted_on_ndcg@10": 0.80},
             ("clicks", "words"): {"ndcg@10": 0.50, "acted_on_ndcg@10": 0.81},  # no worse without the adapter
             ("words",): {"ndcg@10": 0.48, "acted_on_ndcg@10": 0.81}}  # the click memory still earns its place
    seen = []

    def evaluate(parts):
        key = tuple(sorted(p for p, v in parts.items() if v is not None))
        seen.append(key)
        return table[key]

    scores = {}
    kept, best, dropped = tried_away({"adapter": "A", "clicks": "C", "words": "W"}, ("adapter", "clicks"),
                                     table[("adapter", "clicks", "words")], evaluate, scores, "x")
    assert dropped == ["adapter"] and kept == {"adapter": None, "clicks": "C", "words": "W"}
    assert best == table[("clicks", "words")]
    assert seen == [("clicks", "words"), ("words",)]  # the clicks tried away beside the words alone
    assert scores.keys() == {"x without adapter", "x without clicks"}
    # a part not kept is not tried; one that wins both views stays
    kept, best, dropped = tried_away({"adapter": None, "clicks": "C", "words": "W"}, ("adapter", "clicks"),
                                     {"ndcg@10": 0.5, "acted_on_ndcg@10": 0.81}, evaluate, {}, "x")
    assert dropped == [] and kept["clicks"] == "C"
