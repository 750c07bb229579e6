"""Seeds reach the models, a store of views only is served as its validation scores it, and fresh
items (added after the fit) are mixed in by one rule: known answers on tiny data."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recsys.config import TunedConfig, default_config, make_discovery
from recsys.fitdata import FitData
from recsys.fitting import fit_service
from recsys.fresh import FreshItems, mix, slots
from store.settings import Settings


def test_settings_random_state_seeds_the_discovery_model():
    cfg = default_config(Settings(random_state=7), n_items=10)
    assert cfg.random_state == 7
    from dataclasses import replace

    als = make_discovery(replace(cfg, discovery="als", discovery_params={"factors": 4, "iterations": 2}), 10)
    assert als.random_state == 7
    x = sp.random(30, 12, density=0.3, format="csr", random_state=1, dtype=np.float32)
    a = make_discovery(replace(cfg, discovery="als", discovery_params={"factors": 4, "iterations": 2}), 12).fit(x)
    b = make_discovery(replace(cfg, discovery="als", discovery_params={"factors": 4, "iterations": 2},
                               random_state=8), 12).fit(x)
    c = make_discovery(replace(cfg, discovery="als", discovery_params={"factors": 4, "iterations": 2}), 12).fit(x)
    assert np.allclose(a.item_factors_, c.item_factors_), "one seed, one model"
    assert not np.allclose(a.item_factors_, b.item_factors_), "another seed, another model"


def _views_only() -> FitData:
    """Two tastes, views only: users 0-9 view items 0-2, users 10-19 items 3-5, user 20 viewed
    item 0 and 1."""
    users, items = [], []
    for u in range(20):
        for i in (range(3) if u < 10 else range(3, 6)):
            users.append(u)
            items.append(i)
    users += [20, 20]
    items += [0, 1]
    n = len(users)
    return FitData(user_codes=np.array(users), item_codes=np.array(items), ts=np.full(n, 1.7e9), quantity=np.ones(n),
                   types=np.array(["view"] * n, dtype=object),
                   user_ids=np.array([f"u{u}" for u in range(21)], dtype=object),
                   item_ids=np.array([f"i{i}" for i in range(6)], dtype=object), now=1.7e9)


def test_a_store_of_views_only_leaves_out_what_the_shopper_viewed():
    service = fit_service(_views_only(), TunedConfig(event_weights={"view": 1.0}, discovery="cosine"))
    assert not service.sells
    top = [i["item_id"] for i in service.recommend("u20", k=3, scenario="for-you")["items"]]
    assert top[0] == "i2" and not {"i0", "i1"} & set(top), top
    again = [i["item_id"] for i in service.recommend("u20", k=3, scenario="for-you", exclude="none")["items"]]
    assert {"i0", "i1"} & set(again), "exclude=none still shows them"


def test_fresh_items_match_the_category_path_and_pass_filters():
    fresh = FreshItems()
    fresh.update([{"item_id": "n1", "title": "Jasmine Green Tea", "category": "Grocery > Tea", "brand": "Leaf",
                   "price": 3.0, "in_stock": True},
                  {"item_id": "n2", "title": "Oat Milk", "category": "Grocery > Dairy", "price": 2.0},
                  {"item_id": "n3", "title": "Chair", "category": "Furniture", "price": 50.0}])
    tea = ("grocery", "tea")
    assert [f["item_id"] for f in fresh.like([tea], limit=5)] == ["n1", "n2"]  # the deeper match first
    assert fresh.like([tea])[0]["reason"] == "new in Tea"
    assert [f["item_id"] for f in fresh.like([tea], filters={"max_price": 2.5})] == ["n2"]
    fresh.update([{"item_id": "n1", "in_stock": False}])
    assert [f["item_id"] for f in fresh.like([tea], filters={"in_stock": True})] == ["n2"]
    assert fresh.like([("garden",)]) == [] and fresh.like([tea], skip={"n1", "n2"}) == []


def test_fresh_items_take_one_slot_in_four_from_the_third():
    items = [{"item_id": f"k{n}", "score": 10.0 - n, "reason": "r"} for n in range(12)]
    fresh = [{"item_id": f"f{n}", "reason": "new"} for n in range(5)]
    out = mix(items, fresh, 12)
    assert [o["item_id"] for o in out][:8] == ["k0", "k1", "f0", "k2", "k3", "k4", "f1", "k5"]
    assert len(out) == 12 and sum(o["item_id"].startswith("f") for o in out) == slots(12) == 3
    assert [o["score"] for o in out] == sorted((o["score"] for o in out), reverse=True)
    assert mix(items, [], 5) == items[:5] and slots(2) == 0


def test_ease_on_views_only_is_ease_on_the_binary_matrix():
    """The heaviest type in the data counts as 1: scaled by the purchase weight instead, views of
    weight 1 would enter as 0.2 and l2 would act 25 times stronger (near popularity)."""
    from recsys.models import EASERecommender

    data = _views_only()
    cfg = TunedConfig(event_weights={"view": 1.0, "purchase": 5.0}, discovery="ease", discovery_params={"l2": 2.0})
    x = data.matrix(cfg.event_weights, None)
    fitted = make_discovery(cfg, 6, np.unique(data.types)).fit(x)
    binary = x.copy()
    binary.data[:] = 1.0
    expected = EASERecommender(l2=2.0).fit(binary)
    assert np.allclose(fitted.similarity_, expected.similarity_, atol=1e-5)
    assert make_discovery(cfg, 6, ["view", "purchase"]).scale == 5.0


def _many_views(users: int = 80) -> FitData:
    rng = np.random.default_rng(0)
    u, i = [], []
    for user in range(users):
        taste = range(0, 15) if user % 2 else range(15, 30)
        for item in rng.choice(list(taste), size=6, replace=False):
            u.append(user)
            i.append(int(item))
    n = len(u)
    return FitData(user_codes=np.array(u), item_codes=np.array(i), ts=np.full(n, 1.7e9), quantity=np.ones(n),
                   types=np.array(["view"] * n, dtype=object),
                   user_ids=np.array([f"u{k}" for k in range(users)], dtype=object),
                   item_ids=np.array([f"i{k}" for k in range(30)], dtype=object), now=1.7e9)


def test_a_tuner_out_of_time_still_scores_its_choice_and_drops_reorders_nobody_makes():
    from recsys.tuning import tune

    result = tune(_many_views(), Settings(), time_budget_s=1e-6)
    assert result.split.startswith("per-user random")
    assert np.isfinite(result.validation["all"]["ndcg@10"]) and np.isfinite(result.validation["new"]["ndcg@10"])
    assert result.config.buy_again_weight == 0.0, "no repeat purchases in the data"


def test_without_times_the_tuner_tries_no_half_lives():
    from recsys.tuning import tune

    result = tune(_many_views(), Settings(), time_budget_s=60)
    assert {t["config"]["discovery_half_life_days"] for t in result.trials} == {45.0}
    assert {t["config"]["discovery_momentum"] for t in result.trials} >= {0.0, 0.5, 1.0}


def test_without_times_a_held_out_purchase_takes_its_views_out_of_training():
    """Every purchase was viewed first by the same shopper: a validation that kept those views
    would score 'show what they viewed' (RetailRocket's leak); each held-out pair leaves whole."""
    from recsys.folds import validation_split

    users, items, types = [], [], []
    for user in range(40):
        for item in range(user % 7, user % 7 + 5):
            users += [user, user]
            items += [item, item]
            types += ["view", "purchase"]
    n = len(users)
    data = FitData(user_codes=np.array(users), item_codes=np.array(items), types=np.array(types, dtype=object),
                   ts=np.full(n, 1.7e9), quantity=np.ones(n), user_ids=np.array([f"u{u}" for u in range(40)],
                                                                                   dtype=object),
                   item_ids=np.array([f"i{i}" for i in range(12)], dtype=object), now=1.7e9)
    train, truth, name = validation_split(data)
    assert "pairs held out whole" in name and len(truth) >= 20
    kept = set(zip(train.user_codes.tolist(), train.item_codes.tolist()))
    assert all((u, i) not in kept for u, held in truth.items() for i in held)
    assert len(train.ts) == n - 2 * sum(len(t) for t in truth.values())
