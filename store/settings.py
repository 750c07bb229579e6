"""Configuration of a Kaiyu home: where data lives and how behaviour is weighted.

Read in this order, later wins: built-in defaults, `kaiyu.toml` in the home directory, then
`KAIYU_*` environment variables (`KAIYU_DATABASE_URL`, `KAIYU_EVENT_WEIGHTS='{"view": 1}'`).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from store.schema import BUILTIN_EVENT_TYPES

DEFAULT_EVENT_WEIGHTS: dict[str, float] = {
    "view": 1.0,
    "click": 1.0,
    "add_to_cart": 3.0,
    "remove_from_cart": -2.0,
    "purchase": 5.0,
    "search": 0.0,
}


class Settings(BaseSettings):
    """Everything a Kaiyu home is configured with. `event_weights` may name custom event types:
    naming one is what makes a store's own type (say `wishlist`) acceptable on import."""

    model_config = SettingsConfigDict(env_prefix="KAIYU_", extra="ignore")

    home: Path = Field(default=Path("kaiyu-data"), description="directory holding the store, bundles and keys")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite at HOME/kaiyu.db")
    event_weights: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_EVENT_WEIGHTS))
    half_life_days: float | None = Field(default=45.0, gt=0, description="recency decay of event weights (the tuner's starting point; it also tries 20, 90 and none); None: no decay")
    quantity_scaling: Literal["log", "linear", "none"] = "log"
    train_time_budget_s: float = Field(default=300.0, gt=0, description="auto-tuning budget of the nightly job")
    random_state: int = Field(default=0, description="seed of the nightly job's validation samples and models")
    search_dense: bool = Field(default=True, description="semantic (MiniLM + faiss) retrieval beside BM25")
    search_learn_time_budget_s: float = Field(
        default=900.0, ge=0, description="learning search from search events (query on clicks, carts, purchases) "
                                         "in the nightly job: the query side of the embedding model, the query "
                                         "adapter, the ranker, click memory, shoppers' words (and the whole "
                                         "model with search_fine_tune); 0 turns it off")
    search_fine_tune: bool = Field(
        default=False, description="also fine-tune the whole embedding model on the search log and re-embed the "
        "catalogue (about 1.4 ms per product on 2 cores). Off by default: on the simulated Home Depot log "
        "(benchmarks/search_clicks.py) the gate refused it on every night measured, at 3 and at 20 shoppers "
        "per query, and it took three quarters of the learning time; a store whose own log supports it turns "
        "it on, and the gate still keeps it only when it wins on the held-back queries")
    gate_tolerance: float = Field(default=0.02, ge=0, description="a new bundle may be this much worse (relative) and still be promoted")
    keep_bundles: int = Field(default=5, ge=1, description="bundles kept on disk")
    spark_master: str = Field(default="local[2]", description="Spark master of `kaiyu train --engine spark`: "
                              "local[N], spark://host:7077, yarn, k8s://...")
    spark_driver_memory: str = Field(default="1g", description="Spark driver memory (--engine spark)")
    spark_als: dict[str, float] = Field(default_factory=dict, description="Spark ALS parameters over Kaiyu's "
                                        "defaults: rank, maxIter, regParam, alpha (--engine spark)")
    rate_limit_per_key: str = Field(
        default="10000/second", description="requests each API key may make, per worker process (the `limits` "
        "library's notation, several joined by ';', e.g. '2000/second;100000/hour'; empty: no limit); "
        "over it: 429 with Retry-After. A storefront's read key carries every shopper, so the default is above "
        "what a worker can serve (about 2,000 recommendation answers a second on a core): it stops a runaway "
        "client, never a busy shop; a key leaked to a scraper is cut by setting a lower figure")
    rate_limit_per_ip: str = Field(
        default="2000/second", description="requests without a valid key (the no-key loopback mode, pages, "
        "health checks), per client address and worker process; same notation")
    search_explore_share: float = Field(
        default=0.0, ge=0.0, le=0.5, description="share of searches (a random draw per request; sort=relevance, "
        "first page) shown with their first 10 results in a random order, their impression marked explore=True, "
        "so the nightly job can estimate how position alone draws clicks; 0 turns it off")
    recommendations: dict[str, Any] = Field(
        default_factory=dict,
        description="business rules: max_per_category, boost and bury rules, session_gap_minutes")
    search: dict[str, Any] = Field(
        default_factory=dict,
        description="search settings over the shipped defaults (the fields of search.config.SearchConfig), "
                    "e.g. {min_should_match = 0.5} for a store whose results must each hold half the query's "
                    "idf-weighted words; an unknown name fails the nightly job")
    recommendation_overrides: dict[str, Any] = Field(
        default_factory=dict,
        description="pin parts of the tuned recommendation configuration, e.g. {discovery = \"als\", "
                    "buy_again_weight = 0}; the tuner still scores the result on its holdout")

    @field_validator("event_weights")
    @classmethod
    def _weights(cls, value: dict[str, float]) -> dict[str, float]:
        return {**DEFAULT_EVENT_WEIGHTS, **{k.strip().lower(): float(v) for k, v in value.items()}}

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*BUILTIN_EVENT_TYPES, *self.event_weights)))

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'kaiyu.db').resolve()}"


def load_settings(home: str | Path | None = None, **overrides) -> Settings:
    """Settings for the home `home` (default `$KAIYU_HOME` or `./kaiyu-data`), merging its
    `kaiyu.toml` under the environment."""
    home = Path(home or os.environ.get("KAIYU_HOME") or "kaiyu-data")
    file_values: dict = {}
    config_file = home / "kaiyu.toml"
    if config_file.exists():
        with config_file.open("rb") as fh:
            file_values = tomllib.load(fh)
    env_values = Settings().model_dump(exclude_unset=True)
    env_values.pop("home", None)
    merged = {**file_values, **env_values, **overrides, "home": home}
    return Settings.model_validate(merged)
