"""The propensity estimate recovers the examination model a simulated log was made with."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.clicksim import ClickModel
from search.learning.propensity import PRIOR_ETA, Propensity, estimate


def simulated_log(eta: float, *, queries: int = 300, sessions: int = 30, explore: float = 0.5,
                  swaps: str = "shuffle", seed: int = 0):
    """Impressions of `queries` queries (10 items each, graded at random), a share `explore` of
    them in a randomised order (a full shuffle, or random adjacent pair swaps), and the clicks
    a position-based model with `eta` makes on them."""
    rng = np.random.default_rng(seed)
    model = ClickModel(eta=eta, noise=0.05)
    impressions, events = [], []
    for q in range(queries):
        items = [f"q{q}-i{k}" for k in range(10)]
        grades = {i: float(g) for i, g in zip(items, rng.random(10))}
        for s in range(sessions):
            shown, randomised = list(items), bool(rng.random() < explore)
            if randomised and swaps == "shuffle":
                shown = [shown[i] for i in rng.permutation(10)]
            elif randomised:  # each neighbouring pair swapped with probability 0.3, top down
                for k in range(9):
                    if rng.random() < 0.3:
                        shown[k], shown[k + 1] = shown[k + 1], shown[k]
            sid = f"{q}-{s}"
            impressions.append({"id": sid, "query": f"query {q}", "items": shown, "offset": 0,
                                "explore": randomised})
            events += [{"search_id": sid, "item_id": a.item_id, "position": a.position, "type": a.type}
                       for a in model.session(shown, grades, rng)]
    return impressions, events


@pytest.mark.parametrize("eta", [0.7, 1.0, 1.4])
def test_estimate_recovers_eta_from_shuffled_top_results(eta):
    impressions, events = simulated_log(eta, seed=int(eta * 10))
    p = estimate(impressions, events)
    truth = (1.0 / np.arange(1, 11)) ** eta
    assert p.source.startswith("estimated")
    assert np.abs(np.array(p.values) - truth).max() < 0.04
    assert p.eta == pytest.approx(eta, abs=0.12)


def test_estimate_chains_adjacent_pair_swaps():
    impressions, events = simulated_log(1.0, swaps="pairs", seed=5)
    p = estimate(impressions, events)
    truth = 1.0 / np.arange(1, 11)
    assert p.source.startswith("estimated")
    # chained through up to 9 neighbouring pairs, the errors add up: a looser bound than a shuffle's
    assert np.abs(np.array(p.values) - truth).max() < 0.07
    assert np.all(np.diff(p.values) <= 0)


def test_prior_without_randomised_traffic():
    impressions, events = simulated_log(1.4, explore=0.0, queries=20, sessions=5)
    p = estimate(impressions, events)
    assert p.source.startswith("prior") and "search_explore_share" in p.source
    assert p.values == pytest.approx(tuple(1.0 / np.arange(1, 11) ** PRIOR_ETA))


def test_prior_when_randomised_traffic_has_too_few_clicks():
    impressions, events = simulated_log(1.0, queries=2, sessions=3)
    assert estimate(impressions, events).source.startswith("prior")


def test_beyond_the_estimated_depth_follows_the_power_law_and_weights_are_clipped():
    p = Propensity((1.0, 0.5, 0.25), eta=2.0, source="test")
    assert p([1, 3, 6]) == pytest.approx([1.0, 0.25, 0.25 * (3 / 6) ** 2])
    assert p.weights([1, 2, 6], clip=10.0) == pytest.approx([1.0, 2.0, 10.0])
