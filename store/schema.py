"""The data model at the edge: items and events as the public contract defines them.

Every row that enters Kaiyu (an import file, `PUT /v1/items`, `POST /v1/events`) is validated
here, so a bad price, an unknown event type or a missing id is rejected with a reason before
it reaches the store, one row at a time (the rest of its batch is stored). The rules:

- Attributes are `str | list[str]`. Unknown top-level fields of an item are attributes (the
  contract). A list stays a list of strings (`"sizes": ["S", "M"]`), duplicates dropped; a
  nested object is flattened with dotted keys (`{"dims": {"w": 3}}` -> `dims.w = "3"`); a
  list of objects gathers each key's values (`variants.size = ["S", "M"]`); numbers and
  booleans become text (`true`), None is skipped, an empty list is kept (it clears a value).
- Timestamps: ISO 8601 or epoch seconds, UTC; refused when out of range (`1e20`, year 9999
  with an offset), before 1970, or more than `MAX_FUTURE` (a day) ahead of the server clock.
- Text is NFC with control characters removed (tab and newline kept in descriptions; a NUL
  byte, which PostgreSQL refuses, is one of them). Ids are matched exactly, so an id holding a
  control character is refused rather than changed. A lone UTF-16 surrogate cannot be stored
  as UTF-8: the row is refused, naming the field.
- Every length is capped by the `MAX_*` constants of `store.cleaning` (re-exported here: ids,
  title, description, names, query, attribute count, key and value length, values per
  attribute, nesting), where the cleaning rules above are written.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

from pydantic import (BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator,
                      model_validator, PrivateAttr)

from store.cleaning import (MAX_ATTRIBUTE_DEPTH, MAX_ATTRIBUTE_KEY_LENGTH, MAX_ATTRIBUTE_VALUE_LENGTH,  # noqa: F401
                            MAX_ATTRIBUTE_VALUES, MAX_ATTRIBUTES, MAX_FUTURE, MAX_ID_LENGTH, MAX_NAME_LENGTH,
                            MAX_QUERY_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, MIN_TIMESTAMP, AttributeValue,
                            bounded_timestamp, clean_field, clean_id, clean_text, flatten_attributes, json_object,
                            parse_timestamp, scrub_text)

BUILTIN_EVENT_TYPES = ("view", "click", "add_to_cart", "remove_from_cart", "purchase", "search")
"""Event types every store has; a store adds its own through `event_types` in its configuration."""

ITEM_FIELDS = (
    "item_id", "title", "description", "category", "brand", "price", "currency", "in_stock",
    "attributes", "image_url", "created_at",
)
EVENT_FIELDS = (
    "event_id", "user_id", "item_id", "type", "timestamp", "quantity", "price", "session_id",
    "query", "channel", "search_id", "rec_id", "position",
)
MAX_RESPONSE_ID_LENGTH = 64
"""An event's `search_id` / `rec_id` (the id of the response that showed the item: 32 hex characters
when Kaiyu gave it) is at most this long."""
MAX_POSITION = 10_000
"""An event's `position` (the 1-based rank the item was shown at) is 1 to this."""

class ItemPatch(BaseModel):
    """A catalogue row as sent: only `item_id` is required, so a price or stock change can be sent
    alone. A new item also needs a title (checked by the store, which knows what exists).
    Unknown fields are attributes (the contract), folded into `attributes` before validation."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    item_id: str
    title: str | None = None
    description: str | None = None
    category: str | None = None
    brand: str | None = None
    price: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: str | None = Field(default=None, max_length=8)
    in_stock: bool | None = None
    attributes: dict[str, AttributeValue] | None = None
    image_url: str | None = None
    created_at: datetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _fold_unknown_fields(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        extra = {k: v for k, v in data.items() if k not in ITEM_FIELDS and v is not None}
        if not extra:
            return data
        data = {k: v for k, v in data.items() if k in ITEM_FIELDS}
        given = data.get("attributes")
        if isinstance(given, str):
            given = json_object(given)
        data["attributes"] = {**extra, **given} if isinstance(given, dict) else extra if given is None else given
        return data

    @field_validator("item_id", mode="before")
    @classmethod
    def _item_id(cls, value: Any) -> str:
        return clean_id(value, "item_id")

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: Any) -> Any:
        value = clean_field(value, "title", MAX_TITLE_LENGTH)
        if isinstance(value, str) and not value:
            raise ValueError("title must not be empty")
        return value

    @field_validator("description", mode="before")
    @classmethod
    def _description(cls, value: Any) -> Any:
        return clean_field(value, "description", MAX_TEXT_LENGTH, multiline=True)

    @field_validator("brand", "image_url", "currency", mode="before")
    @classmethod
    def _name(cls, value: Any, info: ValidationInfo) -> Any:
        return clean_field(value, info.field_name, MAX_NAME_LENGTH)

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> Any:
        if isinstance(value, list):  # ["Clothing", "Women"] is the same path as "Clothing > Women"
            value = " > ".join(str(v) for v in value)
        if isinstance(value, str):
            value = clean_field(value, "category", MAX_NAME_LENGTH)
            value = " > ".join(part.strip() for part in value.split(">") if part.strip()) or None
        return value

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> dict[str, AttributeValue] | None:
        return None if value is None else flatten_attributes(value)

    @field_validator("created_at", mode="before")
    @classmethod
    def _created_at(cls, value: Any) -> datetime | None:
        if value in (None, ""):
            return None
        try:
            return bounded_timestamp(value)
        except ValueError as exc:
            raise ValueError(str(exc).replace("timestamp", "created_at", 1)) from None

    def given(self) -> dict[str, Any]:
        """The fields this row sets (unknown fields are in `attributes`)."""
        data = {k: getattr(self, k) for k in self.model_fields_set if k in ITEM_FIELDS}
        data["item_id"] = self.item_id
        return data


class Item(ItemPatch):
    """A complete catalogue row, as stored."""

    title: str
    in_stock: bool = True
    attributes: dict[str, AttributeValue] = Field(default_factory=dict)


UNTIMED_RETRY_WINDOW_S = 3600
"""An untimed row sent again in the same request body within one to two of these windows is a
retry, stored once (`Event.from_row`, `origin`)."""


class Event(BaseModel):
    """One thing a shopper did. Validated with `context={"event_types": ..., "now": ...}` to accept
    a store's own custom types; `event_id` is derived from the content when the sender gives none
    but gives a timestamp, so the same event sent twice is stored once."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    user_id: str
    item_id: str | None = None
    type: str
    timestamp: datetime
    quantity: float = Field(default=1.0, gt=0, le=1_000_000, allow_inf_nan=False)
    price: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    session_id: str | None = None
    query: str | None = None
    channel: str | None = Field(default=None, max_length=64)
    event_id: str | None = None
    search_id: str | None = None  # the search response that showed the item (its `search_id`)
    rec_id: str | None = None  # the recommendation response that showed it (its `rec_id`)
    position: int | None = Field(default=None, ge=1, le=MAX_POSITION)  # 1-based rank shown
    _retry_of: str | None = PrivateAttr(default=None)

    @field_validator("user_id", mode="before")
    @classmethod
    def _user_id(cls, value: Any) -> str:
        return clean_id(value, "user_id")

    @field_validator("item_id", "event_id", "session_id", mode="before")
    @classmethod
    def _optional_id(cls, value: Any, info: ValidationInfo) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return clean_id(value, info.field_name)

    @field_validator("search_id", "rec_id", mode="before")
    @classmethod
    def _response_id(cls, value: Any, info: ValidationInfo) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        value = clean_id(value, info.field_name)
        if len(value) > MAX_RESPONSE_ID_LENGTH:
            raise ValueError(f"{info.field_name} is longer than {MAX_RESPONSE_ID_LENGTH} characters")
        return value

    @field_validator("position", mode="before")
    @classmethod
    def _position(cls, value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise ValueError("position must be a whole number from 1")
        if isinstance(value, float) and value.is_integer():
            return int(value)  # CSV and pandas turn whole numbers into floats: 2.0 -> 2
        return value

    @field_validator("query", "channel", mode="before")
    @classmethod
    def _short_text(cls, value: Any, info: ValidationInfo) -> Any:
        return clean_field(value, info.field_name, MAX_QUERY_LENGTH)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: Any, info: ValidationInfo) -> str:
        allowed = (info.context or {}).get("event_types", BUILTIN_EVENT_TYPES)
        if not isinstance(value, str) or value.strip().lower() not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value.strip().lower()

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp(cls, value: Any, info: ValidationInfo) -> datetime:
        return bounded_timestamp(value, (info.context or {}).get("now"))

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, value: Any) -> Any:
        return 1.0 if value is None or value == "" else value

    @classmethod
    def from_row(cls, row: dict[str, Any], *, event_types=BUILTIN_EVENT_TYPES,
                 now: datetime | None = None, origin: str | None = None,
                 retry_window: int | None = None) -> Event:
        """Validate one incoming row.

        A row without a timestamp happened `now`. A row without an `event_id` gets one derived
        from its content (and from `origin`, the row's place in its file or request body, when
        it has no timestamp), so that re-sending or re-importing the same row stores it once.
        With `retry_window` (the receive time's window number, `UNTIMED_RETRY_WINDOW_S`), an
        untimed row's id also names the window, and the id it had in the window before is
        kept as `retry_of`: the store counts the row a duplicate if either is stored.
        """
        given_ts = row.get("timestamp") not in (None, "")
        now = now or datetime.now(timezone.utc)
        data = dict(row)
        if not given_ts:
            data["timestamp"] = now
        event = cls.model_validate(data, context={"event_types": event_types, "now": now})
        if event.item_id is None and event.type != "search":
            raise ValidationError.from_exception_data(
                "Event", [{"type": "missing", "loc": ("item_id",), "input": row}])
        if event.event_id is None and given_ts:
            event.event_id = event.content_id(when=event.timestamp.isoformat())
        elif event.event_id is None and origin is not None:
            if retry_window is None:
                event.event_id = event.content_id(when=origin)
            else:
                event.event_id = event.content_id(when=f"{origin}@{retry_window}")
                event._retry_of = event.content_id(when=f"{origin}@{retry_window - 1}")
        return event

    @property
    def retry_of(self) -> str | None:
        """Another id this event would have had if it was first sent in the window before."""
        return self._retry_of

    def content_id(self, *, when: str) -> str:
        """An id from what the event says; `when` is its timestamp, or its place in a file."""
        values = [self.user_id, self.item_id, self.type, when, self.quantity,
                  self.price, self.session_id, self.query, self.channel]
        if (self.search_id, self.rec_id, self.position) != (None, None, None):
            values += [self.search_id, self.rec_id, self.position]  # an event without them keeps its old id
        key = "\x1f".join(str(v) for v in values)
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
