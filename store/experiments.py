"""A/B tests: variants with traffic shares, assignment by a stable hash, per-variant tallies from
attributed events, and the significance test the experiment's metric calls for.

Metrics, each per exposure (one search or recommendation response served, named by its
`search_id` / `rec_id`): `click_through`, `add_to_cart_rate` and `conversion` are the share of
exposures followed by at least one click, add-to-cart or purchase attributed to them;
`revenue_per_search` is the attributed purchase revenue (price x quantity) per exposure, zeros
included.

Statistics: every other variant is compared with the first (the control). Rates: a two-sided
two-proportion z-test with the pooled variance (the same p-value as a chi-square test of the 2x2
table without continuity correction), and Newcombe's hybrid score interval of the difference
(from the Wilson intervals of each arm, scipy's). Revenue: Welch's t-test (scipy's) with the
Welch-Satterthwaite interval of the difference of means. With more than two variants alpha is
split evenly between the comparisons (Bonferroni), and so is each interval's confidence.

Not enough data yet (the verdict, with the reason) unless both arms have at least
`min_exposures` exposures, and: for a rate, at least `min_events` exposures with the outcome and
`min_events` without it in each arm (the normal approximation holds when neither count is small);
for revenue, at least `min_events` exposures with revenue in each arm. The test is fixed-horizon:
decide the sample before starting and read the verdict once it is reached, since stopping at the
first significant peek raises the false-positive rate above alpha.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass
from typing import Annotated, Any, Iterable, Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from scipy import stats

Metric = Literal["click_through", "add_to_cart_rate", "conversion", "revenue_per_search"]
OUTCOME: dict[str, str] = {"click_through": "click", "add_to_cart_rate": "add_to_cart",
                           "conversion": "purchase", "revenue_per_search": "purchase"}
"""The event type each metric counts."""
Verdict = Literal["not_enough_data", "better", "worse", "no_difference"]


def bucket(experiment_id: str, unit_id: str) -> float:
    """A point in [0, 1) fixed by the experiment and the user or session id: BLAKE2b of both
    (Python's `hash()` differs between processes), so every worker assigns alike, and one
    shopper's place in one experiment says nothing of their place in another."""
    digest = hashlib.blake2b(f"{experiment_id}\x1f{unit_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


Setting = Annotated[str, Field(pattern=r"^search_[a-z0-9_]{1,60}$")]


class Changes(BaseModel):
    """What a variant changes, for the serving code to read (`request.state.kaiyu_variant_changes`):
    search setting overrides (`search_*` names), a merchandising rule set (the rules whose id
    starts `<rule_set>:`, served instead of the rules of no set), a recommendation scenario, a
    bundle version. Empty: the control's unchanged behaviour. What serving can apply per request
    is checked when an experiment is created (`api.measurement.check_changes`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    search: dict[Setting, float | int | bool | str] = Field(default_factory=dict, max_length=20)
    rule_set: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    scenario: str | None = Field(default=None, max_length=64)
    bundle: str | None = Field(default=None, max_length=128)


class Variant(BaseModel):
    """One arm: a name, its share of traffic, and what it changes."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    share: float = Field(gt=0, le=1)
    payload: Changes = Field(default_factory=Changes)


class Experiment(BaseModel):
    """An experiment: two or more variants (the first is the control) whose shares sum to 1, on
    one surface: searches (exposures are search responses) or recommendations (rec responses)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1, max_length=48, pattern=r"^[A-Za-z0-9_.-]+$")
    variants: tuple[Variant, ...] = Field(min_length=2, max_length=10)
    surface: Literal["search", "recs"] = "search"
    metric: Metric
    alpha: float = Field(default=0.05, gt=0, lt=0.5)
    min_exposures: int = Field(default=200, ge=2)
    min_events: int = Field(default=10, ge=1)

    @field_validator("variants")
    @classmethod
    def _shares(cls, variants: tuple[Variant, ...]) -> tuple[Variant, ...]:
        if len({v.name for v in variants}) != len(variants):
            raise ValueError("variant names must differ")
        if not math.isclose(sum(v.share for v in variants), 1.0, abs_tol=1e-6):
            raise ValueError("variant shares must sum to 1")
        return variants

    @property
    def control(self) -> Variant:
        return self.variants[0]

    def label(self, variant: Variant) -> str:
        """What a response and its impression carry: `experiment:variant`, unique across experiments."""
        return f"{self.id}:{variant.name}"

    def assign(self, unit_id: str) -> Variant:
        """The variant of a user or session id: its bucket falls in that variant's share."""
        point, edge = bucket(self.id, unit_id), 0.0
        for variant in self.variants[:-1]:
            edge += variant.share
            if point < edge:
                return variant
        return self.variants[-1]


@dataclass
class Tally:
    """One variant's counts: exposures, those with the metric's outcome, outcome events, and the
    sum and sum of squares of revenue per exposure."""

    exposures: int = 0
    successes: int = 0
    events: int = 0
    revenue: float = 0.0
    revenue_squares: float = 0.0
    with_revenue: int = 0

    def add_exposure(self, outcomes: int, revenue: float) -> None:
        self.exposures += 1
        self.successes += outcomes > 0
        self.events += outcomes
        self.revenue += revenue
        self.revenue_squares += revenue * revenue
        self.with_revenue += revenue > 0

    def rate(self) -> float:
        return self.successes / self.exposures if self.exposures else 0.0

    def mean_revenue(self) -> float:
        return self.revenue / self.exposures if self.exposures else 0.0

    def revenue_variance(self) -> float:
        """Sample variance (n - 1) of revenue per exposure."""
        if self.exposures < 2:
            return 0.0
        mean = self.mean_revenue()
        return max(0.0, (self.revenue_squares - self.exposures * mean * mean) / (self.exposures - 1))


def count(experiment: Experiment, exposures: Iterable[tuple[str, str]],
          events: Iterable[Mapping[str, Any]]) -> dict[str, Tally]:
    """Tallies per variant from exposures `(search_id or rec_id, variant name)` and events
    (mappings with `type`, `search_id` or `rec_id`, and `price`, `quantity` for purchases).
    Events attributed to no known exposure, and events of other types, are not counted."""
    variant_of = {exposure: name for exposure, name in exposures}
    outcome = OUTCOME[experiment.metric]
    outcomes: dict[str, int] = {}
    revenue: dict[str, float] = {}
    for event in events:
        exposure = event.get("search_id") or event.get("rec_id")
        if exposure not in variant_of or event.get("type") != outcome:
            continue
        outcomes[exposure] = outcomes.get(exposure, 0) + 1
        if outcome == "purchase":
            price, quantity = event.get("price") or 0.0, event.get("quantity") or 1.0
            revenue[exposure] = revenue.get(exposure, 0.0) + float(price) * float(quantity)
    tallies = {v.name: Tally() for v in experiment.variants}
    for exposure, name in variant_of.items():
        if name in tallies:
            tallies[name].add_exposure(outcomes.get(exposure, 0), revenue.get(exposure, 0.0))
    return tallies


@dataclass
class Comparison:
    """One variant against the control. `difference` is variant minus control; the interval and
    p-value are None when there is not enough data yet (`reason` says what is missing)."""

    variant: str
    control: str
    metric: str
    control_value: float
    variant_value: float
    difference: float
    ci_low: float | None
    ci_high: float | None
    confidence: float
    p_value: float | None
    verdict: Verdict
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyse(experiment: Experiment, tallies: Mapping[str, Tally]) -> list[Comparison]:
    """Each non-control variant against the control, at alpha / (number of comparisons)."""
    alpha = experiment.alpha / (len(experiment.variants) - 1)
    control = tallies.get(experiment.control.name, Tally())
    return [_compare(experiment, experiment.control.name, control, v.name, tallies.get(v.name, Tally()), alpha)
            for v in experiment.variants[1:]]


def _compare(experiment: Experiment, control_name: str, control: Tally, name: str, variant: Tally,
             alpha: float) -> Comparison:
    revenue = experiment.metric == "revenue_per_search"
    values = (control.mean_revenue(), variant.mean_revenue()) if revenue else (control.rate(), variant.rate())
    base = dict(variant=name, control=control_name, metric=experiment.metric, control_value=values[0],
                variant_value=values[1], difference=values[1] - values[0], confidence=1 - alpha)
    missing = _missing(experiment, control, variant)
    if missing:
        return Comparison(**base, ci_low=None, ci_high=None, p_value=None, verdict="not_enough_data", reason=missing)
    low, high, p_value = welch(control, variant, alpha) if revenue else rates(control, variant, alpha)
    verdict: Verdict = "no_difference" if p_value >= alpha else ("better" if values[1] > values[0] else "worse")
    reason = f"p = {p_value:.3g} {'<' if p_value < alpha else '>='} alpha {alpha:.3g}"
    return Comparison(**base, ci_low=low, ci_high=high, p_value=p_value, verdict=verdict, reason=reason)


def _missing(experiment: Experiment, control: Tally, variant: Tally) -> str:
    """Why there is not enough data yet ('' when there is)."""
    need = experiment.min_events
    for label, tally in (("control", control), ("variant", variant)):
        if tally.exposures < experiment.min_exposures:
            return f"{label} has {tally.exposures} exposures, fewer than {experiment.min_exposures}"
        if experiment.metric == "revenue_per_search":
            if tally.with_revenue < need:
                return f"{label} has {tally.with_revenue} exposures with revenue, fewer than {need}"
        elif min(tally.successes, tally.exposures - tally.successes) < need:
            return f"{label} has {tally.successes} of {tally.exposures} exposures with the outcome: " \
                   f"each side needs {need}"
    return ""


def rates(control: Tally, variant: Tally, alpha: float) -> tuple[float, float, float]:
    """Newcombe's hybrid score interval of p_variant - p_control at 1 - alpha, and the pooled
    two-proportion z-test's two-sided p-value."""
    n1, n2, p1, p2 = control.exposures, variant.exposures, control.rate(), variant.rate()
    l1, u1 = wilson(control.successes, n1, 1 - alpha)
    l2, u2 = wilson(variant.successes, n2, 1 - alpha)
    difference = p2 - p1
    low = difference - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2)
    high = difference + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)
    pooled = (control.successes + variant.successes) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p_value = 1.0 if se == 0 else float(2 * stats.norm.sf(abs(difference) / se))
    return low, high, p_value


def wilson(successes: int, n: int, confidence: float) -> tuple[float, float]:
    """The Wilson score interval of a proportion (scipy's)."""
    interval = stats.binomtest(successes, n).proportion_ci(confidence_level=confidence, method="wilson")
    return float(interval.low), float(interval.high)


def welch(control: Tally, variant: Tally, alpha: float) -> tuple[float, float, float]:
    """Welch's t-test of mean revenue per exposure (scipy's) and the interval of the difference
    of means with Welch-Satterthwaite degrees of freedom."""
    n1, n2 = control.exposures, variant.exposures
    m1, m2 = control.mean_revenue(), variant.mean_revenue()
    v1, v2 = control.revenue_variance(), variant.revenue_variance()
    se2 = v1 / n1 + v2 / n2
    if se2 == 0:
        return m2 - m1, m2 - m1, 1.0 if m1 == m2 else 0.0
    result = stats.ttest_ind_from_stats(m2, math.sqrt(v2), n2, m1, math.sqrt(v1), n1, equal_var=False)
    df = se2 ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    half = float(stats.t.ppf(1 - alpha / 2, df)) * math.sqrt(se2)
    return m2 - m1 - half, m2 - m1 + half, float(result.pvalue)
