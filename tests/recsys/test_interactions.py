from datetime import datetime, timezone

import numpy as np
import pytest

from recsys.interactions import build_interactions, event_weights
from store.db import EventArrays

DAY = 86_400.0
WEIGHTS = {"view": 1.0, "add_to_cart": 3.0, "remove_from_cart": -2.0, "purchase": 5.0}


def arrays(rows):
    users, items, types, days, qty = zip(*rows)
    return EventArrays(np.array(users, dtype=object), np.array(items, dtype=object), np.array(types, dtype=object),
                       np.array(days, dtype=float) * DAY, np.array(qty, dtype=float))


def test_type_weights_sum_per_cell_and_removals_clip_at_zero():
    events = arrays([("u1", "a", "view", 0, 1), ("u1", "a", "purchase", 0, 1), ("u1", "b", "add_to_cart", 0, 1),
                     ("u1", "b", "remove_from_cart", 0, 1), ("u1", "b", "remove_from_cart", 0, 1),
                     ("u2", "b", "view", 0, 1), ("u2", "c", "wishlist", 0, 1)])
    m = build_interactions(events, WEIGHTS, quantity_scaling="none")
    assert list(m.user_ids) == ["u1", "u2"] and list(m.item_ids) == ["a", "b", "c"]
    dense = m.matrix.toarray()
    np.testing.assert_allclose(dense, [[6.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    assert m.matrix.nnz == 2  # clipped and unknown-type cells are not stored


def test_recency_halves_weight_every_half_life_from_the_newest_event():
    events = arrays([("u1", "a", "view", 0, 1), ("u1", "b", "view", 30, 1), ("u1", "c", "view", 60, 1)])
    w = event_weights(events, WEIGHTS, half_life_days=30, quantity_scaling="none")
    np.testing.assert_allclose(w, [0.25, 0.5, 1.0])
    now = datetime.fromtimestamp(90 * DAY, tz=timezone.utc)
    np.testing.assert_allclose(event_weights(events, WEIGHTS, half_life_days=30, now=now, quantity_scaling="none"),
                               [0.125, 0.25, 0.5])


@pytest.mark.parametrize("scaling, expected", [("none", 5.0), ("linear", 60.0), ("log", 5.0 * (1 + np.log(12)))])
def test_quantity_scaling(scaling, expected):
    w = event_weights(arrays([("u", "a", "purchase", 0, 12)]), WEIGHTS, quantity_scaling=scaling)
    assert w[0] == pytest.approx(expected)


def test_columns_follow_a_given_catalogue_and_drop_unknown_items():
    events = arrays([("u1", "z", "view", 0, 1), ("u1", "b", "view", 0, 1)])
    m = build_interactions(events, WEIGHTS, item_ids=np.array(["a", "b", "c"], dtype=object), quantity_scaling="none")
    assert m.shape == (1, 3)
    np.testing.assert_allclose(m.matrix.toarray(), [[0.0, 1.0, 0.0]])


def test_empty_log_gives_an_empty_matrix():
    empty = EventArrays(*(np.array([], dtype=object),) * 3, np.array([]), np.array([]))
    assert build_interactions(empty, WEIGHTS).shape == (0, 0)
