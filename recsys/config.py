"""The recommendation configuration (`TunedConfig`): the "for you" model mix a store is fitted
with, its defaults, the discovery models it may name, and the operator's pinned values."""

from __future__ import annotations

import inspect
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from recsys.base import Recommender
from recsys.models import ALSRecommender, EASERecommender, ItemKNNRecommender, PopularityRecommender

EASE_MAX_ITEMS = 20_000
# above this the O(n^3) EASE fit (about a minute at 9k items on 2 cores) is not chosen automatically
EASE_AUTO_MAX_ITEMS = 6_000


@dataclass
class TunedConfig:
    """Everything the service needs to fit its "for you" model."""

    event_weights: dict[str, float] = field(default_factory=dict)
    discovery: str = "ease"  # ease | bm25 | als
    discovery_params: dict[str, Any] = field(default_factory=dict)
    discovery_half_life_days: float | None = 45.0
    discovery_momentum: float = 0.5
    buy_again_weight: float = 3.0
    buy_again_half_life_days: float = 240.0
    buy_again_params: dict[str, Any] = field(default_factory=dict)
    repurchase_momentum: float = 0.5
    momentum_half_life_days: float = 7.0
    random_state: int = 0  # seeds the discovery model's fit (ALS, BPR): settings.random_state

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_config(settings, n_items: int) -> TunedConfig:
    """The configuration used without tuning (and the tuner's first candidate)."""
    discovery = "ease" if n_items <= EASE_AUTO_MAX_ITEMS else "bm25"
    return TunedConfig(event_weights=dict(settings.event_weights), discovery=discovery,
                       discovery_params={"l2": 250.0} if discovery == "ease" else {},
                       discovery_half_life_days=getattr(settings, "half_life_days", 45.0),
                       random_state=int(getattr(settings, "random_state", 0) or 0))


#: discovery models the tuner and the configuration may name, with their fixed arguments
DISCOVERY_MODELS: dict[str, tuple[type[Recommender], dict[str, Any]]] = {
    "ease": (EASERecommender, {"l2": 250.0}),
    "bm25": (ItemKNNRecommender, {"similarity": "bm25"}),
    "cosine": (ItemKNNRecommender, {"similarity": "cosine"}),
    "als": (ALSRecommender, {"factors": 64}),
    "popularity": (PopularityRecommender, {}),  # never chosen by the tuner: a baseline to pin
}


def make_discovery(config: TunedConfig, n_items: int, types=None) -> Recommender:
    """The (unfitted) discovery model `config` names, from `DISCOVERY_MODELS`. `types`: the
    event types of the data it will be fitted on (EASE's scale is the heaviest of them)."""
    if config.discovery not in DISCOVERY_MODELS:
        raise ValueError(f"unknown discovery model {config.discovery!r}; known: {', '.join(DISCOVERY_MODELS)}")
    cls, fixed = DISCOVERY_MODELS[config.discovery]
    params = {**fixed, **config.discovery_params}
    if cls is EASERecommender:
        # values are event weights: the heaviest type in the data counts as 1 (a purchase; a view
        # where the log has nothing else: scaled by the purchase weight, EASE's l2 would be 25x)
        present = None if types is None else {str(t) for t in types}
        params.setdefault("scale", max([w for t, w in config.event_weights.items()
                                        if w > 0 and (present is None or t in present)] or [1.0]))
    if "random_state" in inspect.signature(cls.__init__).parameters:
        params.setdefault("random_state", config.random_state)
    return cls(**params)


def config_from_dict(values: dict[str, Any] | None) -> TunedConfig | None:
    """A `TunedConfig` from its `as_dict()` form (a bundle's report), ignoring unknown keys;
    None when `values` cannot make one."""
    if not values:
        return None
    known = {f.name for f in fields(TunedConfig)}
    try:
        cfg = TunedConfig(**{k: v for k, v in values.items() if k in known})
    except TypeError:
        return None
    return cfg if cfg.discovery in DISCOVERY_MODELS else None


def check_overrides(overrides: dict[str, Any] | None) -> None:
    """ValueError unless `overrides` (settings `recommendation_overrides`) names only
    `TunedConfig` fields and, if it pins one, a known discovery model. The settings keep the
    value a plain dict: it is checked here, where it is applied, and by the nightly job first."""
    if not overrides:
        return
    known = {f.name for f in fields(TunedConfig)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ValueError(f"recommendation_overrides: unknown keys {unknown}; known: {sorted(known)}")
    if "discovery" in overrides and overrides["discovery"] not in DISCOVERY_MODELS:
        raise ValueError(f"recommendation_overrides: discovery must be one of {sorted(DISCOVERY_MODELS)}")


def apply_overrides(config: TunedConfig, overrides: dict[str, Any] | None) -> TunedConfig:
    """`config` with the operator's pinned values (settings `recommendation_overrides`)."""
    if not overrides:
        return config
    check_overrides(overrides)
    values = dict(overrides)
    if "discovery" in values and values["discovery"] != config.discovery:
        values.setdefault("discovery_params", {})  # the tuned model's parameters do not carry over
    cfg = replace(config, **values)
    make_discovery(cfg, 1)  # an unknown discovery model fails here, before any fitting
    return cfg
