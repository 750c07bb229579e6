"""Training signals (occasions, baskets, momentum) with known answers, and the auto-tuner."""

from __future__ import annotations

import numpy as np
import pytest

from store.settings import Settings
from recsys.signals import SECONDS_PER_DAY, baskets, item_momentum, purchase_occasions
from store.db import EventArrays
from recsys.config import TunedConfig, apply_overrides, config_from_dict, default_config
from recsys.fitdata import fit_data_from_events
from recsys.fitting import fit_hybrid
from recsys.folds import validation_split
from recsys.tuning import tune

DAY = SECONDS_PER_DAY


def test_purchase_occasions_count_days_not_lines():
    # user 0 buys item 1 twice on day 0 (two lines), once on day 7; item 2 once on day 3
    users = np.array([0, 0, 0, 0])
    items = np.array([1, 1, 1, 2])
    ts = np.array([0.0, 60.0, 7 * DAY, 3 * DAY])
    occ = purchase_occasions(users, items, ts, (1, 3))
    assert occ.counts.toarray().tolist() == [[0, 2, 1]]
    assert occ.first_ts[0, 1] == 0.0 and occ.last_ts[0, 1] == 7 * DAY


def test_baskets_by_session_or_user_day():
    users = np.array([0, 0, 1, 1, 1])
    items = np.array([0, 1, 0, 2, 3])
    ts = np.array([0.0, 10.0, 0.0, 10.0, 2 * DAY])
    by_day = baskets(users, items, ts, 4)
    assert sorted(map(tuple, by_day.toarray().astype(int).tolist())) == [(1, 0, 1, 0), (1, 1, 0, 0)]
    sessions = np.array(["a", "a", "b", "c", "c"], dtype=object)
    by_session = baskets(users, items, ts, 4, session_ids=sessions)
    assert sorted(map(tuple, by_session.toarray().astype(int).tolist())) == [(0, 0, 1, 1), (1, 1, 0, 0)]


def test_item_momentum_rises_for_items_selling_faster_now():
    # item 0 sells one a day for 100 days; item 1 sold nothing for 90 days, then 3 a day
    ts0 = np.arange(100) * DAY
    ts1 = np.repeat(np.arange(90, 100) * DAY, 3)
    items = np.concatenate([np.zeros(100, int), np.ones(30, int)])
    m = item_momentum(items, np.concatenate([ts0, ts1]), 2, now=100 * DAY, half_life_days=7)
    assert m[0] == pytest.approx(1.0, abs=0.1)
    assert m[1] > 2.0


def _synthetic_events(n_users=80, n_items=30, days=120, seed=0) -> EventArrays:
    """Two taste groups; each user buys 3 items of their group every ~10 days, and group items
    are viewed before they are bought."""
    rng = np.random.default_rng(seed)
    users, items, types, ts = [], [], [], []
    for u in range(n_users):
        group = u % 2
        pool = np.arange(group, n_items, 2)
        for day in range(int(rng.integers(0, 10)), days, 10):
            for item in rng.choice(pool, 3, replace=False):
                t = day * DAY + float(rng.integers(0, 3600))
                users += [f"u{u}", f"u{u}"]
                items += [f"i{item}", f"i{item}"]
                types += ["view", "purchase"]
                ts += [t, t + 60]
    return EventArrays(np.array(users, dtype=object), np.array(items, dtype=object), np.array(types, dtype=object),
                       np.array(ts), np.ones(len(ts)))


def test_validation_split_is_temporal_and_keeps_known_users():
    data = fit_data_from_events(_synthetic_events())
    train, truth, name = validation_split(data)
    assert name.startswith("temporal")
    assert train.ts.max() < data.ts.max() and train.now <= data.ts.max()
    assert truth and set(truth) <= set(np.unique(train.user_codes).tolist())
    earlier, _, name1 = validation_split(data, fold=1)
    assert earlier.now < train.now and "back" in name1


def test_tune_returns_a_config_that_fits_and_beats_nothing_learned():
    data = fit_data_from_events(_synthetic_events())
    result = tune(data, Settings(), time_budget_s=60)
    assert isinstance(result.config, TunedConfig) and result.trials
    assert result.validation["primary_metric"] == "ndcg@10" and result.validation["greater_is_better"]
    assert result.validation["new"]["ndcg@10"] > 0.1, "the two groups are easy to tell apart"
    model, x = fit_hybrid(data, result.config)
    ids, _ = model.recommend(0, x[0], k=5, filter_seen=False)  # the user has bought every item of the group
    group = int(data.user_ids[0][1:]) % 2
    assert all(int(str(data.item_ids[i])[1:]) % 2 == group for i in ids)


def test_tune_respects_the_time_budget():
    data = fit_data_from_events(_synthetic_events())
    result = tune(data, Settings(), time_budget_s=0.0)
    assert result.stopped_early
    assert result.config == default_config(Settings(), data.shape[1])


def test_no_times_falls_back_to_a_random_split():
    events = _synthetic_events()
    flat = EventArrays(events.user_ids, events.item_ids, events.types, np.zeros(len(events)), events.quantity)
    _, truth, name = validation_split(fit_data_from_events(flat))
    assert name.startswith("per-user random") and truth


def test_the_incumbent_is_scored_on_the_tuners_own_holdout_and_overrides_pin_the_result():
    data = fit_data_from_events(_synthetic_events())
    tuned = tune(data, Settings(), time_budget_s=60)
    # the tuned configuration as the incumbent scores exactly what the tuner reported for it
    again = tune(data, Settings(), time_budget_s=60, incumbent=config_from_dict(tuned.config.as_dict()))
    assert again.validation["incumbent"]["all"]["ndcg@10"] == pytest.approx(again.validation["all"]["ndcg@10"])
    # popularity pinned by the operator: the result is that model, scored, and it is worse
    pinned = tune(data, Settings(recommendation_overrides={"discovery": "popularity", "buy_again_weight": 0.0}),
                  time_budget_s=60, incumbent=tuned.config)
    assert pinned.config.discovery == "popularity" and pinned.config.discovery_params == {}
    assert pinned.validation["new"]["ndcg@10"] < pinned.validation["incumbent"]["new"]["ndcg@10"] - 0.05
    assert config_from_dict({"discovery": "nonsense"}) is None and config_from_dict(None) is None
    with pytest.raises(ValueError, match="unknown"):
        apply_overrides(tuned.config, {"discovry": "als"})


def test_a_quiet_spell_before_a_few_fresh_events_still_leaves_a_holdout():
    """The log stops, then a handful of events arrive weeks later (a demo store used today):
    the last-N-days window would hold almost nothing, so the newest share of events is used."""
    events = _synthetic_events()
    late = events.ts.max() + 60 * DAY
    fresh = EventArrays(np.array(["u0", "u1"], dtype=object), np.array(["i0", "i1"], dtype=object),
                        np.array(["purchase", "purchase"], dtype=object), np.array([late, late + 1.0]), np.ones(2))
    joined = EventArrays(*(np.concatenate([getattr(events, f), getattr(fresh, f)])
                           for f in ("user_ids", "item_ids", "types", "ts", "quantity")))
    _, truth, name = validation_split(fit_data_from_events(joined))
    assert "newest" in name and len(truth) >= 20
    _, normal_truth, normal_name = validation_split(fit_data_from_events(events))
    assert "last" in normal_name and normal_truth  # the usual window is left as it was
