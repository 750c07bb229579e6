"""Every recommendation model against one contract, plus known answers per model.

The checkerboard: user u interacts with item i when (u + i) is even, so users and items fall in
two groups; one interaction (user 0, item 2) is held back, and every collaborative model must put
it first for user 0.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import scipy.sparse as sp

from recsys.base import NotFittedError, Ranked, Recommender, top_k
from recsys.models import (ALSRecommender, BlendRecommender, BPRRecommender, BuyAgainRecommender,
                           ContentRecommender, CoPurchaseRecommender, EASERecommender, HybridRecommender,
                           ItemKNNRecommender, PopularityRecommender)

N_USERS, N_ITEMS = 40, 20
HELD = (0, 2)


def checkerboard() -> sp.csr_matrix:
    dense = np.array([[float((u + i) % 2 == 0) for i in range(N_ITEMS)] for u in range(N_USERS)], dtype=np.float32)
    dense[HELD] = 0.0
    return sp.csr_matrix(dense)


def embeddings() -> np.ndarray:
    """Item text vectors that mirror the checkerboard: even items point one way, odd the other."""
    rng = np.random.default_rng(0)
    base = np.array([[1.0, 0.0], [0.0, 1.0]])
    return np.vstack([base[i % 2] + 0.05 * rng.standard_normal(2) for i in range(N_ITEMS)]).astype(np.float32)


def _hybrid(x):
    return HybridRecommender(buy_again_weight=0.0).fit(
        x, discovery=EASERecommender(l2=1.0).fit(x), buy_again=BuyAgainRecommender().fit(x))


def _blend(x):
    return BlendRecommender(weights={"ease": 1.0, "knn": 0.5}).fit(
        x, models={"ease": EASERecommender(l2=1.0).fit(x), "knn": ItemKNNRecommender().fit(x)})


# name -> (factory fitting on x, collaborative: must find the held-back item)
MODELS = {
    "als": (lambda x: ALSRecommender(factors=8, iterations=20, random_state=0).fit(x), True),
    "bpr": (lambda x: BPRRecommender(factors=8, iterations=200, learning_rate=0.05, random_state=0).fit(x), True),
    "bm25": (lambda x: ItemKNNRecommender(similarity="bm25").fit(x), True),
    "cosine": (lambda x: ItemKNNRecommender(similarity="cosine").fit(x), True),
    "ease": (lambda x: EASERecommender(l2=1.0).fit(x), True),
    "popularity": (lambda x: PopularityRecommender().fit(x), False),
    "copurchase": (lambda x: CoPurchaseRecommender().fit(x), True),
    "buy_again": (lambda x: BuyAgainRecommender().fit(x), False),
    "content": (lambda x: ContentRecommender().fit(x, embeddings=embeddings()), True),
    "hybrid": (_hybrid, True),
    "blend": (_blend, True),
}


@pytest.fixture(scope="module")
def fitted():
    x = checkerboard()
    return x, {name: factory(x) for name, (factory, _) in MODELS.items()}


@pytest.mark.parametrize("name", sorted(MODELS))
class TestRecommenderContract:
    def test_recommend_one_user_returns_1d_ranked(self, fitted, name):
        x, models = fitted
        result = models[name].recommend(0, x[0], k=5, filter_seen=False)
        assert isinstance(result, Ranked)
        ids, scores = result
        assert ids.ndim == 1 and scores.ndim == 1 and len(ids) == len(scores) <= 5
        assert scores.dtype == np.float32
        assert np.all(np.diff(scores) <= 1e-6), "scores are sorted best first"

    def test_batch_matches_single_users(self, fitted, name):
        x, models = fitted
        users = np.array([0, 1, 5])
        batch = models[name].recommend(users, x[users], k=4, filter_seen=False)
        assert batch.ids.shape == (3, 4) and batch.scores.shape == (3, 4)
        for row, u in enumerate(users):
            single = models[name].recommend(int(u), x[u], k=4, filter_seen=False)
            np.testing.assert_allclose(batch.scores[row][:len(single.scores)], single.scores, rtol=1e-5, atol=1e-6)

    def test_filter_seen_exclude_and_candidates(self, fitted, name):
        x, models = fitted
        model = models[name]
        if name == "buy_again":
            pytest.skip("buy-again returns only seen items by design (tested below)")
        ids, _ = model.recommend(0, x[0], k=N_ITEMS)
        assert not set(ids.tolist()) & set(x[0].indices.tolist())
        ids, _ = model.recommend(0, x[0], k=N_ITEMS, exclude=[2, 4])
        assert not {2, 4} & set(ids.tolist())
        ids, _ = model.recommend(0, x[0], k=N_ITEMS, filter_seen=False, candidates=[3, 7, 2])
        assert set(ids.tolist()) <= {3, 7, 2} and len(ids) == 3

    def test_similar_items(self, fitted, name):
        x, models = fitted
        ids, scores = models[name].similar_items(4, k=3)
        assert 4 not in ids.tolist() and len(ids) <= 3
        batch = models[name].similar_items(np.array([4, 5]), k=3)
        assert batch.ids.shape == (2, 3)

    def test_save_load_round_trip(self, fitted, name, tmp_path):
        x, models = fitted
        model = models[name]
        model.save(tmp_path / name)
        meta = json.loads((tmp_path / name / "params.json").read_text())
        assert meta["class"] == type(model).__name__ and "numpy" in meta["versions"]
        assert not list((tmp_path / name).rglob("*.pkl"))
        loaded = Recommender.load(tmp_path / name)
        assert type(loaded) is type(model)
        users = np.arange(6)
        np.testing.assert_allclose(loaded.score(users, x[users]), model.score(users, x[users]), rtol=1e-5, atol=1e-6)
        np.testing.assert_array_equal(loaded.similar_items(3, k=4).ids, model.similar_items(3, k=4).ids)

    def test_known_answer_checkerboard(self, fitted, name):
        x, models = fitted
        if not MODELS[name][1]:
            pytest.skip("not a collaborative model")
        ids, _ = models[name].recommend(0, x[0], k=3)
        assert ids[0] == HELD[1]
        sim, _ = models[name].similar_items(4, k=3)
        assert all(i % 2 == 0 for i in sim.tolist()), "similar items share the group"

    def test_new_user_row_is_folded_in(self, fitted, name):
        x, models = fitted
        if name == "buy_again":
            pytest.skip("buy-again of a new user: only what the row holds")
        row = sp.csr_matrix(([1.0, 1.0], ([0, 0], [1, 3])), shape=(1, N_ITEMS))
        ids, _ = models[name].recommend(-1, row, k=3)
        assert len(ids) == 3
        if MODELS[name][1]:
            assert all(i % 2 == 1 for i in ids.tolist()), ids

    def test_params_and_not_fitted(self, fitted, name):
        _, models = fitted
        model = models[name]
        params = model.get_params()
        fresh = type(model)(**params)
        with pytest.raises(NotFittedError):
            fresh.recommend(0, sp.csr_matrix((1, N_ITEMS)))
        assert repr(fresh).startswith(type(model).__name__)


def test_top_k_pads_batches_and_drops_minus_inf():
    scores = np.array([[0.1, -np.inf, 0.5], [1.0, 2.0, 3.0]], dtype=np.float32)
    ids, sc = top_k(scores, 4)
    assert ids.tolist() == [[2, 0, -1, -1], [2, 1, 0, -1]]
    ids, sc = top_k(scores[0], 4)
    assert ids.tolist() == [2, 0]


def test_popularity_counts_and_categories():
    x = sp.csr_matrix(np.array([[1, 1, 0, 0], [1, 0, 0, 1], [1, 0, 1, 0]], dtype=np.float32))
    model = PopularityRecommender().fit(x)
    assert model.recommend(-1, sp.csr_matrix((1, 4)), k=4).ids[0] == 0
    by_cat = PopularityRecommender(category_weight=5.0).fit(x, categories=["a", "a", "b", "b"])
    row = sp.csr_matrix(np.array([[0, 0, 1, 0]], dtype=np.float32))
    ids, _ = by_cat.recommend(-1, row, k=2)
    assert ids[0] == 3, "the user's category (b) comes first; 2 is seen"


def test_buy_again_ranks_the_item_on_a_cycle_and_knows_its_interval():
    day = 86_400.0
    now = 100 * day
    # user 0 buys item 0 every 7 days (5 times, last 7 days ago: due now), item 1 once 90 days ago,
    # item 2 three times long ago (last 80 days ago)
    counts = sp.csr_matrix(np.array([[5, 1, 3, 0]], dtype=np.float32))
    first = sp.csr_matrix(np.array([[now - 35 * day, now - 90 * day, now - 98 * day, 0]]))
    last = sp.csr_matrix(np.array([[now - 7 * day, now - 90 * day, now - 80 * day, 0]]))
    model = BuyAgainRecommender(half_life_days=60).fit(counts, first_ts=first, last_ts=last, now=now)
    ids, scores = model.recommend(0, counts[0], k=4)
    assert ids.tolist() == [0, 2, 1], "item 3 was never bought: never returned"
    assert model.interval_days(0, 0) == pytest.approx(7.0)
    assert model.interval_days(0, 1) is None
    # the cycle boost: the same history with the item not due scores lower
    not_due = BuyAgainRecommender(half_life_days=60, cycle_boost=0.0).fit(counts, first_ts=first, last_ts=last, now=now)
    assert model.score(0, counts[0])[0] > not_due.score(0, counts[0])[0]


def test_copurchase_on_baskets():
    # baskets: {0,1} twice, {0,2} once, {3,4} once
    b = sp.csr_matrix(np.array([[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 0, 0, 1, 1]], dtype=np.float32))
    model = CoPurchaseRecommender().fit(b)
    ids, scores = model.similar_items(0, k=5)
    assert ids.tolist()[:2] == [1, 2] and 3 not in ids.tolist() and 4 not in ids.tolist()
    assert model.similar_items(3, k=5).ids.tolist() == [4]
    strict = CoPurchaseRecommender(min_count=2).fit(b)
    assert strict.similar_items(0, k=5).ids.tolist() == [1]


def test_ease_refuses_large_catalogues():
    with pytest.raises(ValueError, match="max_items"):
        EASERecommender(max_items=10).fit(checkerboard())


def test_content_model_serves_items_nobody_touched():
    x = sp.csr_matrix((3, N_ITEMS), dtype=np.float32)  # no interactions at all
    model = ContentRecommender().fit(x, embeddings=embeddings())
    ids, _ = model.similar_items(0, k=5)
    assert all(i % 2 == 0 for i in ids.tolist())


def test_blend_weights_change_the_ranking():
    x = checkerboard()
    pop_x = sp.csr_matrix(np.vstack([x.toarray(), np.tile(np.eye(N_ITEMS, dtype=np.float32)[[1]], (30, 1))]))
    ease = EASERecommender(l2=1.0).fit(pop_x)
    pop = PopularityRecommender().fit(pop_x)
    only_ease = BlendRecommender(weights={"ease": 1.0, "pop": 0.0}).fit(pop_x, models={"ease": ease, "pop": pop})
    mostly_pop = BlendRecommender(weights={"ease": 0.01, "pop": 1.0}).fit(pop_x, models={"ease": ease, "pop": pop})
    assert only_ease.recommend(0, pop_x[0], k=1).ids[0] == 2
    assert mostly_pop.recommend(0, pop_x[0], k=1).ids[0] == 1


def test_set_params_rejects_unknown_names():
    with pytest.raises(ValueError, match="no parameter"):
        EASERecommender().set_params(lambda_=3)


def test_non_negative_input_required():
    with pytest.raises(ValueError, match="non-negative"):
        EASERecommender().fit(sp.csr_matrix(np.array([[-1.0, 1.0]])))


def test_load_with_mmap_and_type_check(tmp_path):
    x = checkerboard()
    model = EASERecommender(l2=1.0).fit(x)
    model.save(tmp_path / "ease")
    mapped = EASERecommender.load(tmp_path / "ease", mmap=True)
    assert isinstance(mapped.similarity_, np.memmap)
    np.testing.assert_allclose(mapped.score(0, x[0]), model.score(0, x[0]), rtol=1e-6)
    with pytest.raises(TypeError, match="holds a EASERecommender"):
        ALSRecommender.load(tmp_path / "ease")


def test_reading_rows_of_a_sparse_similarity_matches_scipy():
    from recsys.models.arrays import dense_rows as _rows

    rng = np.random.default_rng(3)
    m = sp.random(40, 30, density=0.2, format="csr", random_state=4, dtype=np.float32)
    ids = rng.integers(0, 40, size=7)
    np.testing.assert_array_equal(_rows(m, ids), m[ids].toarray())
    np.testing.assert_array_equal(_rows(m.toarray(), ids), m.toarray()[ids])
    assert _rows(m, []).shape == (0, 30)
