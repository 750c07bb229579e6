"""API settings: the home's settings plus what only the server needs, from `KAIYU_*` variables."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from store.settings import Settings, load_settings


class ApiSettings(Settings):
    """Settings of the HTTP service. `api_keys` holds `KEY:SCOPES` entries separated by spaces,
    scopes joined by `+` (`"pk_live_x:read sk_live_y:read+write"`); keys may also live, hashed,
    in `HOME/keys.json`."""

    model_config = SettingsConfigDict(env_prefix="KAIYU_", extra="ignore")

    api_keys: str = ""
    cors_origins: str = Field(default="", description="space-separated origins allowed to call with a read key")
    max_limit: int = 100
    max_offset: int = 1000
    max_query_length: int = 200
    max_batch: int = 1000
    max_body_bytes: int = 5_000_000
    bind_host: str | None = Field(default=None, description="the address `kaiyu serve` binds: with no keys, "
                                  "the app refuses to start on one that is not loopback")
    reload_interval_s: float = Field(default=1.0, description="how often workers look for a newly promoted bundle")
    recs_cache_entries: int = Field(default=4096, ge=0, description="recommendation answers kept per worker, reused "
                                    "while the shopper's events and the serving state are unchanged (api.recs_cache); 0: off")
    switch_interval_ms: float = Field(default=1.0, gt=0, le=100, description="the interpreter's thread switch "
                                      "interval in each worker (sys.setswitchinterval, set where a worker starts: "
                                      "api.main); CPython's 5 ms is how long the event loop may wait for the lock "
                                      "while a background thread (a log writer, a bundle load) runs Python")


@lru_cache
def get_settings() -> ApiSettings:
    base = load_settings()
    return ApiSettings(**base.model_dump())
