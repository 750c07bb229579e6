"""The merchandising rule language: a rule's trigger, time window and actions (pin, hide, boost,
bury, redirect), validated with pydantic, and the catalogue facts their conditions read.

Triggers (one per rule): `query` with `match="exact"` (the same words in the same order, folded:
case, width, punctuation) or `match="contains"` (every word of the trigger is a word of the query;
a word with Japanese/Chinese characters need only be a substring of the query, spaces ignored,
since Japanese is written without them); `category` (the page of that category path or any page
below it); `scenario` (a recommendation scenario name, `"*"` for all of them).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, Literal, Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from store.columns import ItemColumns, category_key
from store.filters import Filters
from store.synonyms import words

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def utc(value: datetime | None) -> datetime | None:
    """A datetime in UTC (a naive one is read as UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Condition(BaseModel):
    """Which items a boost, bury or hide touches: every field set must hold (an AND). `category`:
    path prefixes, `brand` and attribute values: any of those listed; `in_stock`: True for items in
    stock, False for items out of stock; `new_since`: items created at or after that time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    brand: tuple[Annotated[str, Field(max_length=200)], ...] = Field(default=(), max_length=100)
    category: tuple[Annotated[str, Field(max_length=500)], ...] = Field(default=(), max_length=100)
    attributes: dict[Annotated[str, Field(max_length=64)],
                     tuple[Annotated[str, Field(max_length=200)], ...]] = Field(default_factory=dict, max_length=16)
    min_price: float | None = Field(default=None, allow_inf_nan=False)
    max_price: float | None = Field(default=None, allow_inf_nan=False)
    in_stock: bool | None = None
    new_since: datetime | None = None

    @field_validator("brand", "category", mode="before")
    @classmethod
    def _listed(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("attributes", mode="before")
    @classmethod
    def _listed_values(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: [v] if isinstance(v, str) else v for k, v in value.items()}
        return value

    @field_validator("new_since")
    @classmethod
    def _utc_time(cls, value: datetime | None) -> datetime | None:
        return utc(value)

    @model_validator(mode="after")
    def _check(self) -> "Condition":
        prices = (self.min_price, self.max_price, self.in_stock, self.new_since)
        if not (self.brand or self.category or self.attributes or any(v is not None for v in prices)):
            raise ValueError("a condition needs at least one field")
        if self.min_price is not None and self.max_price is not None and self.min_price > self.max_price:
            raise ValueError("min_price must not exceed max_price")
        return self

    def key(self) -> str:
        """One text per distinct condition (rules sharing a condition share its mask)."""
        return self.model_dump_json()

    def static_mask(self, catalogue: "Catalogue") -> np.ndarray:
        """The fields that change only with the catalogue (brand, category, attributes, age)."""
        wanted = {"brand": self.brand, "category": self.category, "attributes": self.attributes}
        filters = Filters.parse({k: v for k, v in wanted.items() if v})
        mask = filters.mask(catalogue.columns, len(catalogue)) if filters else np.ones(len(catalogue), dtype=bool)
        if self.new_since is not None:
            mask &= catalogue.created_at >= (self.new_since - _EPOCH).total_seconds()  # NaN: unknown, fails
        return mask


class Trigger(BaseModel):
    """When a rule fires: exactly one of `query` (with `match`), `category` or `scenario`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    query: str | None = Field(default=None, max_length=200)
    match: Literal["exact", "contains"] = "exact"
    category: str | None = Field(default=None, max_length=500)
    scenario: str | None = Field(default=None, max_length=100)

    @model_validator(mode="after")
    def _one(self) -> "Trigger":
        given = [n for n in ("query", "category", "scenario") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("a trigger names exactly one of query, category or scenario")
        if self.query is not None and not words(self.query):
            raise ValueError("a query trigger needs at least one word")
        if self.category is not None and not category_key(self.category):
            raise ValueError("a category trigger needs a category path")
        return self


class Pin(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    item_id: str = Field(min_length=1, max_length=256)
    position: int = Field(ge=1, le=1000, description="1 is the top of the list")


class Boost(BaseModel):
    """Multiply the score of items matching `when` by `factor` (above 1 boosts, below 1 buries)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    when: Condition
    factor: float = Field(gt=0, le=1000, allow_inf_nan=False)

    @field_validator("factor")
    @classmethod
    def _changes(cls, value: float) -> float:
        if value == 1:
            raise ValueError("a factor of 1 changes nothing")
        return value


class RuleSpec(BaseModel):
    """What an operator writes: a trigger, an optional time window [starts_at, ends_at), actions
    (the store gives a rule its id, version and time: `Rule`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    priority: int = Field(default=0, ge=-1000, le=1000, description="higher wins a conflict")
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    description: str = Field(default="", max_length=1000)
    trigger: Trigger
    pins: tuple[Pin, ...] = Field(default=(), max_length=100)
    hide: tuple[Annotated[str, Field(min_length=1, max_length=256)], ...] = Field(default=(), max_length=1000)
    hide_when: Condition | None = None
    boosts: tuple[Boost, ...] = Field(default=(), max_length=20)
    redirect: str | None = Field(default=None, max_length=2000)

    @field_validator("starts_at", "ends_at")
    @classmethod
    def _utc_times(cls, value: datetime | None) -> datetime | None:
        return utc(value)

    @field_validator("redirect")
    @classmethod
    def _safe_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not (re.match(r"https?://[^\s/]", value, re.I) or (value.startswith("/") and not value.startswith("//"))):
            raise ValueError("a redirect is an http(s) URL or a path starting with one /")
        return value

    @model_validator(mode="after")
    def _check(self) -> "RuleSpec":
        if self.starts_at and self.ends_at and self.starts_at >= self.ends_at:
            raise ValueError("starts_at must be before ends_at")
        if not (self.pins or self.hide or self.hide_when or self.boosts or self.redirect):
            raise ValueError("a rule needs at least one action")
        if (self.redirect or self.pins) and self.trigger.scenario is not None:
            raise ValueError("a recommendation scenario rule boosts, buries or hides; it cannot pin or redirect")
        return self


class Rule(RuleSpec):
    """A stored rule: its id, its version (every change is a new one) and when it was written."""

    id: str = Field(min_length=1, max_length=128)
    version: int = Field(default=1, ge=1)
    updated_at: datetime | None = None

    @field_validator("updated_at")
    @classmethod
    def _utc_time(cls, value: datetime | None) -> datetime | None:
        return utc(value)

    def live(self, now: datetime) -> bool:
        """Enabled and inside its time window at `now` (UTC)."""
        return (self.enabled and (self.starts_at is None or self.starts_at <= now)
                and (self.ends_at is None or now < self.ends_at))

    def precedence(self) -> tuple:
        """Sort key: higher priority, then more recent, then id."""
        recency = (self.updated_at - _EPOCH).total_seconds() if self.updated_at else -math.inf
        return (-self.priority, -recency, self.id)


@dataclass
class Catalogue:
    """What conditions read: item ids by position, their columns, and creation times (epoch
    seconds, NaN when unknown)."""

    item_ids: Sequence[str]
    columns: ItemColumns
    created_at: np.ndarray
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.created_at = np.asarray(self.created_at, dtype=np.float64)
        self.index = {item: pos for pos, item in enumerate(self.item_ids)}

    def __len__(self) -> int:
        return len(self.item_ids)
