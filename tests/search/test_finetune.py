"""Fine-tuning the embedding model on search events (search/finetune.py, the first stage of
`search.learning.learn`), with the real packaged MiniLM on a small made-up shop.

The default suite checks the plumbing with a few training steps (the served encoder is
fine-tunable from its source model, the fine-tuned model is served and saved with the index, the
stage reports its verdict); the tests marked slow check what the model learns.

The shop's shoppers use their own words for eight kinds of product ("zorbo" for a cordless
drill): words no title contains and the packaged model has never seen. Clicks after such
queries teach the model what they mean, and it must carry that to products nobody clicked.
"""

from __future__ import annotations

import numpy as np
import pytest
from catalogs import titles_catalog

from store.db import Catalog
from search.engine import SearchEngine
from search.learning import LearnOptions, SearchEvents, fine_tunable, learn, search_labels, training_pairs
from search.learning.tuning import train_encoder

KINDS = {"zorbo": "Cordless Drill", "flimp": "Garden Hose", "quaddle": "Ceiling Fan",
         "trelk": "Deadbolt Door Lock", "voshy": "Paint Roller Kit", "gremble": "Shower Head",
         "plontz": "Extension Ladder", "skivvet": "Leaf Blower"}
MAKERS = ["Acme", "Brite", "Corex", "Dura", "Evo", "Fixo"]
SHAPES = ["{} {}", "{} Heavy Duty {}", "{} Compact {}", "{} Pro {}", "{} Classic {}", "{} Deluxe {}"]
VARIANTS = ["{}", "{} pro", "best {}", "{} for home", "new {}", "{} deal", "{} set", "small {}", "{} sale",
            "big {}", "{} online", "top {}"]
CLICKED = range(3)  # per kind, shoppers click the first three products; the others stay unseen


def item(kind: int, k: int) -> str:
    return f"k{kind}-{k}"


def shop() -> Catalog:
    ids, titles = [], []
    for i, name in enumerate(KINDS.values()):
        for k, (maker, shape) in enumerate(zip(MAKERS, SHAPES)):
            ids.append(item(i, k))
            titles.append(shape.format(maker, name))
    return titles_catalog(ids, titles, np.full(len(ids), 20.0))


def events(kinds: int = len(KINDS)) -> SearchEvents:
    """The shoppers' clicks (on the first `kinds` kinds)."""
    records = []
    for i, word in enumerate(list(KINDS)[:kinds]):
        for v, variant in enumerate(VARIANTS):
            for k in CLICKED:
                if (v + k) % 3 != 2:  # two or three of the three per query
                    records.append({"query": variant.format(word), "item_id": item(i, k), "type": "click"})
    return SearchEvents.from_records(records)


def kind_share(engine, word: str, kind: int, top: int = 3, unseen_only: bool = False) -> float:
    """Share of the top results for `word` that are of `kind` (optionally: never clicked)."""
    got = [h["item_id"] for h in engine.search(word, limit=top)["items"]]
    wanted = {item(kind, k) for k in range(len(MAKERS)) if not (unseen_only and k in CLICKED)}
    return sum(g in wanted for g in got) / top


@pytest.fixture(scope="module")
def real_encoder():
    from search.encoder import Encoder

    return Encoder()


@pytest.fixture(scope="module")
def tuned(real_encoder, tmp_path_factory):
    engine = SearchEngine.build(shop(), encoder=real_encoder)
    before = np.mean([kind_share(engine, w, i) for i, w in enumerate(KINDS)])
    options = LearnOptions(time_budget_s=240, adapter=False, ranker=False, clicks=False, words=False, min_queries=20,
                           workdir=tmp_path_factory.mktemp("work"), query_tune=False, fine_tune=True)
    report = learn(engine, events(), options).report
    return engine, report, before


# ---------------------------------------------------------------- the plumbing, a few steps
def test_the_served_encoder_is_fine_tunable_from_its_source_model(real_encoder, encoder):
    """Whatever backend serves it, the encoder names the model fine-tuning starts from."""
    assert fine_tunable(SearchEngine.build(shop(), encoder=real_encoder))
    assert not fine_tunable(SearchEngine.build(shop(), encoder=encoder))  # the fake one has no model
    assert not fine_tunable(SearchEngine.build(shop()))                   # no dense part


@pytest.fixture(scope="module")
def briefly_tuned(real_encoder, tmp_path_factory):
    """The packaged model trained a few steps on a few pairs, served by the engine."""
    engine = SearchEngine.build(shop(), encoder=real_encoder)
    before = engine.vectors.copy()
    labels = search_labels(events())
    pairs = training_pairs(engine, labels, sorted(labels))[:32]
    info: dict = {}
    directory = train_encoder(engine, real_encoder, pairs, info, deadline=float("inf"), epochs=1, min_steps=4,
                              seed=0, threads=2, workdir=tmp_path_factory.mktemp("work"), say=lambda _m: None)
    return engine, before, info, directory


def test_a_few_steps_give_a_fine_tuned_model_whose_vectors_are_served(briefly_tuned, real_encoder):
    engine, before, info, directory = briefly_tuned
    assert directory is not None and info["steps"] >= 4 and info["reembed_s"] >= 0
    assert engine.encoder.fine_tuned and engine.encoder.name != real_encoder.name
    assert engine.encoder.model_path == str(directory)
    assert engine.vectors.shape == before.shape
    assert np.abs(engine.vectors - before).max() > 1e-3           # the model moved
    assert np.allclose(np.linalg.norm(engine.vectors, axis=1), 1.0, atol=1e-4)
    engine.update_items([{"item_id": "new-drill", "title": "Gizmo Brushless Cordless Drill"}])
    new = engine.vectors[engine.row_of["new-drill"]]
    assert np.allclose(new, engine.encoder.encode_products([engine.product_text(engine.row_of["new-drill"])])[0],
                       atol=1e-5)                                  # embedded with the fine-tuned model


def test_the_index_carries_the_briefly_tuned_model_and_loads_with_it(briefly_tuned, tmp_path):
    engine, _, _, _ = briefly_tuned
    engine.save(tmp_path / "idx")
    model_dir = tmp_path / "idx" / "learned" / "encoder"
    assert list(model_dir.glob("*.safetensors")) and (model_dir / "kaiyu_encoder.json").exists()
    assert not list((tmp_path / "idx").rglob("*.pkl")) and not list((tmp_path / "idx").rglob("*.bin"))
    loaded = SearchEngine.load(tmp_path / "idx")  # no encoder given: the index's own
    assert loaded.encoder.name == engine.encoder.name and loaded.encoder.fine_tuned
    for w in ["zorbo", "cordless drill", "hose"]:
        assert [h["item_id"] for h in loaded.search(w, limit=5)["items"]] == \
               [h["item_id"] for h in engine.search(w, limit=5)["items"]]


def test_the_fine_tune_stage_says_what_the_gate_decided(real_encoder, tmp_path):
    """Through `learn`, with a budget nothing can run out of: the stage trains, measures the
    held-back queries and reports its verdict; a refused model is put back and deleted."""
    engine = SearchEngine.build(shop(), encoder=real_encoder)
    options = LearnOptions(time_budget_s=3600, adapter=False, ranker=False, clicks=False, words=False, refit=False,
                           holdout=0.4, min_queries=10, fine_tune_epochs=1, fine_tune_min_steps=4, workdir=tmp_path,
                           query_tune=False, fine_tune=True)
    report = learn(engine, events(kinds=2), options).report  # 24 queries, 9 held back: 4 steps of 8 pairs
    stage = next(s for s in report["stages"] if s["stage"] == "fine_tune")
    assert stage["outcome"] in ("kept", "refused") and "NDCG@10" in stage["why"]
    assert report["fine_tune"]["steps"] == 4 and "fine-tuned" in report["held_back"]
    assert stage["held_back_before"] == report["held_back"]["hand"]
    if stage["outcome"] == "kept":
        assert report["chosen"] == "fine-tuned" and engine.encoder.fine_tuned
        assert report["encoder"] == engine.encoder.name
    else:
        assert report["chosen"] == "hand" and engine.encoder is real_encoder and report["encoder"] is None
        assert not list(tmp_path.glob("encoder-*"))


# ---------------------------------------------------------------- what the model learns (slow)
@pytest.mark.slow
def test_the_packaged_model_does_not_know_the_shops_words(tuned):
    _, _, before = tuned
    assert before < 0.4  # eight kinds: chance is 1/8


@pytest.mark.slow
def test_fine_tuned_model_learns_the_shops_words_and_carries_them_to_unclicked_products(tuned):
    engine, report, _ = tuned
    assert report["chosen"] == "fine-tuned" and report["used"]
    assert report["fine_tune"]["steps"] >= 20 and report["fine_tune"]["reembed_s"] >= 0
    # kept, then trained again on every query's pairs (the held-back ones' too) and served, or
    # the report says the budget did not cover it
    refit = report["model_refit"]
    assert (refit["pairs"] > report["fine_tune"]["pairs"] if isinstance(refit, dict)
            else refit.startswith("not refitted: needs"))
    held = report["held_back"]
    assert held["fine-tuned"]["ndcg@10"] > held["hand"]["ndcg@10"] + 0.2
    assert engine.encoder.fine_tuned and engine.encoder.name == report["encoder"]
    assert np.mean([kind_share(engine, w, i) for i, w in enumerate(KINDS)]) >= 0.9
    # the products nobody clicked come next: products 4-6 of the kind are the rest of the top 6
    assert np.mean([kind_share(engine, w, i, top=6, unseen_only=True) for i, w in enumerate(KINDS)]) >= 0.4


@pytest.mark.slow
def test_a_new_product_is_embedded_with_the_fine_tuned_model(tuned):
    engine, _, _ = tuned
    engine.update_items([{"item_id": "new-drill", "title": "Gizmo Brushless Cordless Drill"}])
    top = [h["item_id"] for h in engine.search("zorbo", limit=7)["items"]]
    assert "new-drill" in top


@pytest.mark.slow
def test_the_index_carries_its_fine_tuned_model(tuned, tmp_path):
    engine, report, _ = tuned
    engine.save(tmp_path / "idx")
    model_dir = tmp_path / "idx" / "learned" / "encoder"
    assert list(model_dir.glob("*.safetensors")) and (model_dir / "kaiyu_encoder.json").exists()
    assert not list((tmp_path / "idx").rglob("*.pkl")) and not list((tmp_path / "idx").rglob("*.bin"))
    loaded = SearchEngine.load(tmp_path / "idx")  # no encoder given: the index's own
    assert loaded.encoder.name == engine.encoder.name and loaded.learned_info["encoder"] == report["encoder"]
    for w in list(KINDS) + ["cordless drill", "hose"]:
        assert [h["item_id"] for h in loaded.search(w, limit=5)["items"]] == \
               [h["item_id"] for h in engine.search(w, limit=5)["items"]]
    # saved again in place, the model stays; without it, the learned directory goes
    loaded.save(tmp_path / "idx")
    assert list(model_dir.glob("*.safetensors"))


@pytest.mark.slow
def test_the_packaged_model_is_refused_for_an_index_built_with_a_fine_tuned_one_only_when_asked(tuned, tmp_path,
                                                                                                real_encoder):
    engine, _, _ = tuned
    engine.save(tmp_path / "idx")
    # a caller's encoder does not override the index's fine-tuned model
    loaded = SearchEngine.load(tmp_path / "idx", encoder=real_encoder)
    assert loaded.encoder.name == engine.encoder.name != real_encoder.name


def test_too_small_a_budget_skips_fine_tuning_and_says_why(real_encoder):
    engine = SearchEngine.build(shop(), encoder=real_encoder)
    options = LearnOptions(time_budget_s=8, adapter=False, ranker=False, clicks=False, words=False, min_queries=20,
                           fine_tune=True)
    report = learn(engine, events(), options).report
    assert "search_learn_time_budget_s" in report["fine_tune"]["skipped"]
    assert not engine.encoder.fine_tuned and report["encoder"] is None


@pytest.mark.slow
def test_the_nightly_job_fine_tunes_and_the_api_serves_the_fine_tuned_model(tmp_path):
    """`train` on a home whose log has search clicks: the bundle carries the model, the work
    directory is gone, the summary says what was learned, and the API answers with it."""
    from datetime import datetime, timedelta, timezone

    from fastapi.testclient import TestClient

    from api.config import ApiSettings
    from api.main import create_app
    from store.settings import load_settings
    from store.schema import Event, ItemPatch
    from store.db import open_store
    from bundle.directory import BundleStore
    from training.train import train

    settings = load_settings(tmp_path / "home", train_time_budget_s=10, search_learn_time_budget_s=240,
                             search_fine_tune=True)  # off by default: the store's switch
    store = open_store(settings)
    cat = shop()
    store.upsert_items([ItemPatch(item_id=i, title=t, price=20.0) for i, t in zip(cat.item_ids, cat.titles)])
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    ev = events()
    store.add_events([Event.from_row({"user_id": f"u{n % 40}", "item_id": i, "type": "click", "query": q,
                                      "timestamp": (start + timedelta(minutes=n)).isoformat()})
                      for n, (q, i) in enumerate(zip(ev.queries.tolist(), ev.item_ids.tolist()))])
    store.close()
    report = train(settings, show_progress=False, force=True)
    learned = report["search_learning"]
    # the fine-tuned model is one of the kept setup's parts (a ranker, adapter, click memory or
    # shoppers' words may be kept beside it: "learned+fine-tuned+adapter+clicks+words")
    fine_tune = next(s for s in learned["stages"] if s["stage"] == "fine_tune")
    assert fine_tune["outcome"] == "kept", fine_tune
    assert learned["encoder"] and "fine-tuned" in learned["chosen"].split("+")
    bundle = BundleStore(settings.home).path(report["version"])
    assert list((bundle / "search" / "learned" / "encoder").glob("*.safetensors"))
    assert not (settings.home / "tmp" / "search-learning").exists()
    assert f"search learning: {learned['chosen']} (held-back" in (bundle / "summary.txt").read_text()
    api = ApiSettings(**{**settings.model_dump(), "api_keys": "pk_r:read"})
    with TestClient(create_app(api)) as client:
        r = client.get("/v1/search", params={"q": "zorbo", "limit": 3}, headers={"Authorization": "Bearer pk_r"})
        assert r.status_code == 200
        assert [h["item_id"][:3] for h in r.json()["items"]] == ["k0-"] * 3


# ---------------------------------------------------------------- the query side alone
@pytest.mark.slow
def test_the_query_side_stage_moves_queries_only_and_the_index_carries_it(real_encoder, tmp_path):
    """Products keep their vectors (nothing re-embedded); a kept query model is served for
    queries, saved in the index beside the packaged product side and loaded back with it."""
    from search.learned import QueryTunedEncoder

    engine = SearchEngine.build(shop(), encoder=real_encoder)
    before = engine.vectors.copy()
    options = LearnOptions(time_budget_s=3600, fine_tune=False, adapter=False, ranker=False, clicks=False,
                           words=False, refit=False, holdout=0.4, min_queries=10, workdir=tmp_path / "work")
    report = learn(engine, events(kinds=4), options).report
    stage = next(s for s in report["stages"] if s["stage"] == "query_tune")
    assert stage["outcome"] in ("kept", "refused") and report["query_tune"]["steps"] >= 60
    assert np.array_equal(engine.vectors, before)
    if stage["outcome"] == "refused":
        assert engine.encoder is real_encoder and not list((tmp_path / "work").glob("query-encoder-*"))
        return
    assert isinstance(engine.encoder, QueryTunedEncoder) and engine.encoder.name == real_encoder.name
    assert report["query_encoder"] and report["chosen"] == "hand+query-tuned"
    q = engine.encode_queries(["zorbo"])[0]
    assert np.abs(q - real_encoder.encode_queries(["zorbo"])[0]).max() > 1e-3  # the query side moved
    engine.save(tmp_path / "idx")
    assert (tmp_path / "idx" / "learned" / "query_encoder" / "kaiyu_encoder.json").exists()
    loaded = SearchEngine.load(tmp_path / "idx")
    assert isinstance(loaded.encoder, QueryTunedEncoder) and loaded.encoder.name == real_encoder.name
    assert np.allclose(loaded.encode_queries(["zorbo"])[0], q, atol=1e-5)
    for w in ["zorbo", "flimp pro", "hose"]:
        assert [h["item_id"] for h in loaded.search(w, limit=5)["items"]] == \
               [h["item_id"] for h in engine.search(w, limit=5)["items"]]
