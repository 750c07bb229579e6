"""The click simulator's click-through by position matches the model it was given."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.clicksim import ClickModel, click_through, home_depot_grade

ITEMS = [f"i{k}" for k in range(10)]
SESSIONS = 20_000
TOL = 0.012  # about 3.5 standard errors of a click-through near 0.5 over 20,000 sessions


@pytest.mark.parametrize("eta", [0.5, 1.0, 1.5])
def test_click_through_by_position_is_examination_times_attraction(eta):
    model = ClickModel(eta=eta)
    grades = {i: 1.0 for i in ITEMS}
    ctr = click_through(model, ITEMS, grades, SESSIONS, seed=1)
    expected = (1.0 / np.arange(1, 11)) ** eta * model.top
    assert np.abs(ctr - expected).max() < TOL
    assert ctr[0] == pytest.approx(0.9, abs=TOL)  # position 1 is always examined


def test_grade_raises_clicks_and_unjudged_items_get_noise_only():
    model = ClickModel(eta=1.0, noise=0.05, top=0.9, power=2.0)
    grades = {"i0": 0.0, "i1": 0.5, "i2": 1.0}  # i3.. unjudged
    ctr = click_through(model, ITEMS, grades, SESSIONS, seed=2)
    attraction = np.array([0.05, 0.05 + 0.85 * 0.25, 0.9] + [0.05] * 7)
    assert np.abs(ctr - attraction / np.arange(1, 11)).max() < TOL


def test_carts_and_purchases_rise_with_grade_and_follow_clicks():
    model = ClickModel(eta=0.0, cart=0.4, purchase=0.5)  # everything examined
    rng = np.random.default_rng(3)
    counts = {"click": np.zeros(3), "add_to_cart": np.zeros(3), "purchase": np.zeros(3)}
    grades = {"a": 0.0, "b": 0.5, "c": 1.0}
    for _ in range(SESSIONS):
        for a in model.session(["a", "b", "c"], grades, rng):
            counts[a.type][a.position - 1] += 1
    carts = counts["add_to_cart"] / counts["click"]
    assert carts[0] == 0.0  # an irrelevant item is clicked by noise, never carted
    assert carts[1] == pytest.approx(0.2, abs=0.02) and carts[2] == pytest.approx(0.4, abs=0.02)
    assert counts["purchase"][2] / counts["add_to_cart"][2] == pytest.approx(0.5, abs=0.03)


def test_seeded_sessions_repeat():
    model = ClickModel()
    grades = {"i1": 1.0}
    a = [model.session(ITEMS, grades, np.random.default_rng(7)) for _ in range(3)]
    b = [model.session(ITEMS, grades, np.random.default_rng(7)) for _ in range(3)]
    assert a == b and model.session([], grades, np.random.default_rng(0)) == []


def test_home_depot_grades():
    assert [home_depot_grade(r) for r in (1.0, 2.0, 3.0, 0.5)] == [0.0, 0.5, 1.0, 0.0]
