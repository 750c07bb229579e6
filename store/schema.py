"""The data model at the edge: items and events as the public contract defines them.

Every row that enters Kaiyu (an import file, `PUT /v1/items`, `POST /v1/events`) is validated
here, so a bad price, an unknown event type or a missing id is rejected with a reason before
it reaches the store.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timezone
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

BUILTIN_EVENT_TYPES = ("view", "click", "add_to_cart", "remove_from_cart", "purchase", "search")
"""Event types every store has; a store adds its own through `event_types` in its configuration."""

ITEM_FIELDS = (
    "item_id", "title", "description", "category", "brand", "price", "currency", "in_stock",
    "attributes", "image_url", "created_at",
)
EVENT_FIELDS = (
    "event_id", "user_id", "item_id", "type", "timestamp", "quantity", "price", "session_id",
    "query", "channel",
)
MAX_ID_LENGTH = 256
MAX_TEXT_LENGTH = 20_000


def parse_timestamp(value: Any) -> datetime:
    """An ISO 8601 string, a datetime or epoch seconds, as an aware UTC datetime (naive means UTC)."""
    if isinstance(value, datetime):
        ts = value
    elif isinstance(value, bool):
        raise ValueError("timestamp must be an ISO 8601 string, not a boolean")
    elif isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError("timestamp must be finite")
        ts = datetime.fromtimestamp(float(value), tz=timezone.utc)
    elif isinstance(value, str):
        text = value.strip()
        try:
            ts = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError("timestamp is not ISO 8601 (e.g. 2026-11-01T12:30:00Z)") from None
    else:
        raise ValueError(f"timestamp must be an ISO 8601 string, got {type(value).__name__}")
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=timezone.utc)
    return ts.astimezone(timezone.utc)


def _clean_id(value: Any, name: str) -> str:
    if type(value) is str and 0 < len(value) <= MAX_ID_LENGTH and not value[0].isspace() and not value[-1].isspace():
        return value  # the common case, checked cheaply: imports call this millions of times
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{name} is required")
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # CSV and pandas turn numeric ids into floats: 17850.0 -> "17850"
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string")
    value = value.strip()
    if not value:
        raise ValueError(f"{name} must not be empty")
    if len(value) > MAX_ID_LENGTH:
        raise ValueError(f"{name} is longer than {MAX_ID_LENGTH} characters")
    return value


def _attributes(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):  # CSV cells carry attributes as a JSON object
        import orjson

        try:
            value = orjson.loads(value) if value.strip() else {}
        except orjson.JSONDecodeError:
            raise ValueError("attributes must be a JSON object of strings") from None
    if not isinstance(value, dict):
        raise ValueError("attributes must be an object of string values")
    out = {}
    for key, val in value.items():
        if val is None:
            continue
        if isinstance(val, (dict, list)):
            raise ValueError(f"attribute {key!r} must be a string, number or boolean")
        out[str(key)] = str(val).lower() if isinstance(val, bool) else str(val)
    return out


class ItemPatch(BaseModel):
    """A catalogue row as sent: only `item_id` is required, so a price or stock change can be sent
    alone. A new item also needs a title (checked by the store, which knows what exists)."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    item_id: str
    title: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    description: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    category: str | None = None
    brand: str | None = None
    price: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: str | None = Field(default=None, max_length=8)
    in_stock: bool | None = None
    attributes: dict[str, str] | None = None
    image_url: str | None = None
    created_at: datetime | None = None

    @field_validator("item_id", mode="before")
    @classmethod
    def _item_id(cls, value: Any) -> str:
        return _clean_id(value, "item_id")

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            raise ValueError("title must not be empty")
        return value

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> Any:
        if isinstance(value, list):  # ["Clothing", "Women"] is the same path as "Clothing > Women"
            value = " > ".join(str(v) for v in value)
        if isinstance(value, str):
            value = " > ".join(part.strip() for part in value.split(">") if part.strip()) or None
        return value

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> dict[str, str] | None:
        return None if value is None else _attributes(value)

    @field_validator("created_at", mode="before")
    @classmethod
    def _created_at(cls, value: Any) -> datetime | None:
        return None if value in (None, "") else parse_timestamp(value)

    def given(self) -> dict[str, Any]:
        """The fields this row sets, with unknown fields folded into `attributes` (the contract
        keeps them as attributes)."""
        data = {k: getattr(self, k) for k in self.model_fields_set if k in ITEM_FIELDS}
        extra = {k: v for k, v in (self.model_extra or {}).items() if v is not None}
        if extra:
            data["attributes"] = {**_attributes(extra), **(data.get("attributes") or {})}
        data["item_id"] = self.item_id
        return data


class Item(ItemPatch):
    """A complete catalogue row, as stored."""

    title: str = Field(max_length=MAX_TEXT_LENGTH)
    in_stock: bool = True
    attributes: dict[str, str] = Field(default_factory=dict)


class Event(BaseModel):
    """One thing a shopper did. Validated with `context={"event_types": ...}` to accept a store's
    own custom types; `event_id` is derived from the content when the sender gives none but gives
    a timestamp, so the same event sent twice is stored once."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    user_id: str
    item_id: str | None = None
    type: str
    timestamp: datetime
    quantity: float = Field(default=1.0, gt=0, le=1_000_000, allow_inf_nan=False)
    price: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    session_id: str | None = Field(default=None, max_length=MAX_ID_LENGTH)
    query: str | None = Field(default=None, max_length=1000)
    channel: str | None = Field(default=None, max_length=64)
    event_id: str | None = None

    @field_validator("user_id", mode="before")
    @classmethod
    def _user_id(cls, value: Any) -> str:
        return _clean_id(value, "user_id")

    @field_validator("item_id", "event_id", "session_id", mode="before")
    @classmethod
    def _optional_id(cls, value: Any, info: ValidationInfo) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return _clean_id(value, info.field_name)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: Any, info: ValidationInfo) -> str:
        allowed = (info.context or {}).get("event_types", BUILTIN_EVENT_TYPES)
        if not isinstance(value, str) or value.strip().lower() not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value.strip().lower()

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp(cls, value: Any) -> datetime:
        return parse_timestamp(value)

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, value: Any) -> Any:
        return 1.0 if value is None or value == "" else value

    @classmethod
    def from_row(cls, row: dict[str, Any], *, event_types=BUILTIN_EVENT_TYPES,
                 now: datetime | None = None, origin: str | None = None) -> Event:
        """Validate one incoming row.

        A row without a timestamp happened `now`. A row without an `event_id` gets one derived
        from its content (and from `origin`, the row's place in its file, when it has no
        timestamp), so that re-sending or re-importing the same row stores it once.
        """
        given_ts = row.get("timestamp") not in (None, "")
        data = dict(row)
        if not given_ts:
            data["timestamp"] = now or datetime.now(timezone.utc)
        event = cls.model_validate(data, context={"event_types": event_types})
        if event.item_id is None and event.type != "search":
            raise ValidationError.from_exception_data(
                "Event", [{"type": "missing", "loc": ("item_id",), "input": row}])
        if event.event_id is None and (given_ts or origin is not None):
            event.event_id = event.content_id(when=event.timestamp.isoformat() if given_ts else origin)
        return event

    def content_id(self, *, when: str) -> str:
        """An id from what the event says; `when` is its timestamp, or its place in a file."""
        key = "\x1f".join(str(v) for v in (
            self.user_id, self.item_id, self.type, when, self.quantity,
            self.price, self.session_id, self.query, self.channel))
        return "h:" + hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


def describe_error(exc: ValidationError) -> tuple[str, str]:
    """A validation error as (reason kind, message): the kind groups rejected rows in summaries
    ("price: Input should be a valid number"), the message names the field and the bad value."""
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first.get("loc", ())) or "row"
    msg = first.get("msg", "invalid").removeprefix("Value error, ")
    if first.get("type") == "missing":
        msg = f"{field} is required"
        return f"{field}: missing", msg
    kind = f"{field}: {msg}"
    if len(kind) > 120:
        kind = kind[:117] + "..."
    bad = first.get("input")
    detail = f"{field}: {msg}" if isinstance(bad, (dict, list)) else f"{field}: {msg} (got {bad!r})"
    return kind, detail[:300]
