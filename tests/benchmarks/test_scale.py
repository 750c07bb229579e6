"""The scale benchmark's synthetic data and growth fit (small sizes; the curve itself is a
heavy run)."""

import numpy as np
import pytest

from benchmarks.scale import growth, synthetic_events

pytest.importorskip("scipy")


def test_growth_names_the_fitted_slope():
    n = [1e4, 1e5, 1e6]
    assert growth(n, [1, 10, 100]).endswith("(linear)")
    assert growth(n, [5, 5.1, 5.2]).endswith("(flat)")
    assert growth(n, [1, 100, 10_000]).startswith("2.00")
    assert growth(n, [1, None, None]) == "-"  # one point fits nothing


def test_synthetic_events_hold_the_asked_number_of_events_and_a_popular_head():
    m = synthetic_events(50_000, 1000, seed=1)
    assert m.sum() == 50_000 and m.shape == (2500, 1000)
    per_item = np.sort(np.asarray(m.sum(axis=0)).ravel())[::-1]
    assert per_item[:10].sum() > 0.2 * 50_000  # Zipf(1.1): the head carries the traffic
