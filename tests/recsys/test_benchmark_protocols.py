"""The recommendation benchmarks' protocols on tiny frames with known answers: RetailRocket's
fixed protocol removes every event of a held-out (visitor, item) pair, the old one keeps its
views; the ratings stand-in holds out part of every user's items."""

import numpy as np
import pandas as pd

from benchmarks.recsys_ratings_standin import random_split
from benchmarks.recsys_retailrocket import protocol_data, viewed_not_bought


def _events() -> pd.DataFrame:
    rows = []
    for user in ("a", "b", "c"):
        for item in ("i1", "i2", "i3", "i4", "i5"):
            rows += [(user, item, "view"), (user, item, "add_to_cart"), (user, item, "purchase")]
    rows += [("d", "i1", "view"), ("d", "i1", "purchase")]  # one purchase: never held out
    return pd.DataFrame(rows, columns=["user_id", "item_id", "type"]).assign(timestamp="2020-01-01T00:00:00Z")


def test_the_fixed_protocol_removes_every_event_of_a_held_out_pair():
    events = _events()
    train, truth = protocol_data(events, "pairs")
    assert set(truth) == {"a", "b", "c"} and all(len(t) == 1 for t in truth.values())
    for user, items in truth.items():
        mine = train[train.user_id == user]
        assert not mine.item_id.isin(items).any(), "the held-out item's views and carts are gone too"


def test_the_old_protocol_keeps_the_held_out_pairs_views():
    train, truth = protocol_data(_events(), "rows")
    user, items = next(iter(truth.items()))
    kept = train[(train.user_id == user) & train.item_id.isin(items)]
    assert set(kept.type) == {"view", "add_to_cart"}
    assert viewed_not_bought(train, truth)[user][0] in items, "so 'viewed but not bought' finds it first"


def test_the_stand_in_holds_out_a_fifth_of_each_users_items():
    pairs = pd.DataFrame({"user_id": np.repeat(["u1", "u2"], [10, 5]), "item_id": [f"i{n}" for n in range(15)]})
    held = random_split(pairs, seed=3)
    assert held[:10].sum() == 2 and held[10:].sum() == 1
    assert (random_split(pairs, seed=3) == held).all()
