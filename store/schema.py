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
- Every length is capped by the `MAX_*` constants below (ids, title, description, names,
  query, attribute count, key and value length, values per attribute, nesting).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import (BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator,
                      model_validator, PrivateAttr)

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

# -- the caps: every length a row may have, in one place ------------------------------------
MAX_ID_LENGTH = 256  # item_id, user_id, event_id, session_id
MAX_TITLE_LENGTH = 2_000
MAX_TEXT_LENGTH = 20_000  # description
MAX_NAME_LENGTH = 1_000  # category path, brand, image_url
MAX_QUERY_LENGTH = 1_000  # a search event's query
MAX_ATTRIBUTES = 200  # attribute keys per item, after flattening
MAX_ATTRIBUTE_KEY_LENGTH = 128  # a (dotted) attribute key
MAX_ATTRIBUTE_VALUE_LENGTH = 1_000  # one attribute value
MAX_ATTRIBUTE_VALUES = 100  # values of one multi-valued attribute
MAX_ATTRIBUTE_DEPTH = 8  # nesting of objects and lists inside one attribute
MAX_FUTURE = timedelta(days=1)  # a timestamp further ahead of the server clock is rejected
MIN_TIMESTAMP = datetime(1970, 1, 1, tzinfo=timezone.utc)  # earlier is a unit or default-value mistake

AttributeValue = str | list[str]
"""An attribute's value: one string, or a list of strings (a multi-valued attribute: sizes, tags)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1 controls, not tab or newline
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f]")


def clean_text(value: str, name: str, *, multiline: bool = False) -> str:
    """Text as stored: NFC, control characters removed (tab and newline kept where `multiline`,
    as in descriptions; a NUL byte, which PostgreSQL refuses, is one of them). A lone UTF-16
    surrogate cannot be stored as UTF-8 at all: the row is rejected with `name` named."""
    if value.isprintable() and (value.isascii() or unicodedata.is_normalized("NFC", value)):
        return value  # the common case, checked in C: no control character, no surrogate, NFC
    if _SURROGATE.search(value):
        raise ValueError(f"{name} holds a lone UTF-16 surrogate, which is not valid Unicode")
    value = (_CONTROL if multiline else _CONTROL_ALL).sub("", value)
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value


def scrub_text(value: Any) -> str:
    """`clean_text` that never refuses: lone surrogates dropped too (the search log, which
    stores what it is given rather than rejecting a shopper's search)."""
    return clean_text(_SURROGATE.sub("", str(value)), "text")


def parse_timestamp(value: Any) -> datetime:
    """An ISO 8601 string, a datetime or epoch seconds, as an aware UTC datetime (naive means UTC).
    A value out of the range a datetime holds is a ValueError naming it, never an overflow."""
    try:
        ts = _timestamp(value)
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=timezone.utc)
        ts = ts.astimezone(timezone.utc)
        if not 1 < ts.year < 9999:
            ts.timestamp()  # the edges of the calendar fail here, not in the store
        return ts
    except (OverflowError, OSError):
        raise ValueError("timestamp is out of range (epoch seconds, not milliseconds?)") from None


def _timestamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, bool):
        raise ValueError("timestamp must be an ISO 8601 string, not a boolean")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("timestamp must be finite")
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("timestamp is not ISO 8601 (e.g. 2026-11-01T12:30:00Z)") from None
    raise ValueError(f"timestamp must be an ISO 8601 string, got {type(value).__name__}")


def bounded_timestamp(value: Any, now: datetime | None = None) -> datetime:
    """`parse_timestamp`, refused before 1970 or more than `MAX_FUTURE` ahead of `now` (the
    server clock): one event dated 2099 would otherwise be every model's "now"."""
    ts = parse_timestamp(value)
    now = now or datetime.now(timezone.utc)
    if ts > now + MAX_FUTURE:
        raise ValueError(f"timestamp {ts.isoformat()} is more than a day in the future of the server clock")
    if ts < MIN_TIMESTAMP:
        raise ValueError("timestamp is before 1970")
    return ts


def _clean_id(value: Any, name: str) -> str:
    if (type(value) is str and 0 < len(value) <= MAX_ID_LENGTH and value.isprintable()
            and not value[0].isspace() and not value[-1].isspace()):
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
    if _SURROGATE.search(value):
        raise ValueError(f"{name} holds a lone UTF-16 surrogate, which is not valid Unicode")
    if _CONTROL_ALL.search(value):  # an id is matched exactly: changing it silently would split a shopper
        raise ValueError(f"{name} must not contain control characters (NUL, newline, ...)")
    return value


def _text(value: Any, name: str, limit: int, *, multiline: bool = False) -> Any:
    """A text field cleaned (`clean_text`) and capped; anything not text is left to pydantic."""
    if isinstance(value, str):
        value = clean_text(value, name, multiline=multiline).strip()
        if len(value) > limit:
            raise ValueError(f"{name} is longer than {limit} characters")
    return value


def _scalar(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Flattener:
    """Attributes as flat `{key: str | list[str]}`: nested objects become dotted keys
    (`{"dims": {"w": 3}}` -> `dims.w = "3"`), a list stays a list of strings (a list of objects
    gathers each key's values: `variants.size = ["S", "M"]`), None is skipped."""

    def __init__(self) -> None:
        self.out: dict[str, AttributeValue] = {}

    def add(self, key: str, value: Any, *, in_list: bool = False, depth: int = 0) -> None:
        if depth > MAX_ATTRIBUTE_DEPTH:
            raise ValueError(f"attribute {key[:40]!r} is nested more than {MAX_ATTRIBUTE_DEPTH} deep")
        if value is None:
            return
        if isinstance(value, dict):
            for sub, val in value.items():
                self.add(f"{key}.{sub}" if key else str(sub), val, in_list=in_list, depth=depth + 1)
        elif isinstance(value, (list, tuple)):
            if not value:
                self.out.setdefault(self._key(key), [])
            for val in value:
                self.add(key, val, in_list=True, depth=depth + 1)
        else:
            self._put(self._key(key), _scalar(value), in_list)

    def _key(self, key: str) -> str:
        key = clean_text(key, "an attribute key").strip()
        if not key or key.startswith(".") or key.endswith(".") or ".." in key:
            raise ValueError(f"attribute key {key!r} is empty or has an empty part")
        if len(key) > MAX_ATTRIBUTE_KEY_LENGTH:
            raise ValueError(f"attribute key {key[:40]!r}... is longer than {MAX_ATTRIBUTE_KEY_LENGTH} characters")
        return key

    def _put(self, key: str, value: str, in_list: bool) -> None:
        value = clean_text(value, f"attribute {key!r}").strip()
        if len(value) > MAX_ATTRIBUTE_VALUE_LENGTH:
            raise ValueError(f"attribute {key!r} has a value longer than {MAX_ATTRIBUTE_VALUE_LENGTH} characters")
        if not in_list:
            self.out[key] = value  # a later scalar for one key replaces an earlier one
            return
        values = self.out.get(key)
        values = [values] if isinstance(values, str) else (values or [])
        if value not in values:
            values.append(value)
        if len(values) > MAX_ATTRIBUTE_VALUES:
            raise ValueError(f"attribute {key!r} has more than {MAX_ATTRIBUTE_VALUES} values")
        self.out[key] = values

    def result(self) -> dict[str, AttributeValue]:
        if len(self.out) > MAX_ATTRIBUTES:
            raise ValueError(f"more than {MAX_ATTRIBUTES} attributes")
        return self.out


def _json_object(value: str) -> Any:
    import orjson

    try:
        return orjson.loads(value) if value.strip() else {}
    except orjson.JSONDecodeError:
        raise ValueError("attributes must be a JSON object") from None


def _plain(text: Any, limit: int) -> bool:
    """A non-empty string `clean_text` and stripping would leave as it is, within `limit`."""
    return (type(text) is str and 0 < len(text) <= limit and text.isprintable() and text.strip() == text
            and (text.isascii() or unicodedata.is_normalized("NFC", text)))


def _attributes(value: Any) -> dict[str, AttributeValue]:
    """Attributes as stored (see `_Flattener`); a string is a JSON object (a CSV cell)."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = _json_object(value)
    if not isinstance(value, dict):
        raise ValueError("attributes must be an object")
    if len(value) <= MAX_ATTRIBUTES and all(_plain(k, MAX_ATTRIBUTE_KEY_LENGTH) and "." not in k
                                            and _plain(v, MAX_ATTRIBUTE_VALUE_LENGTH) for k, v in value.items()):
        return value  # flat strings already as stored: the common row, without the walk
    flat = _Flattener()
    flat.add("", value)
    return flat.result()


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
            given = _json_object(given)
        data["attributes"] = {**extra, **given} if isinstance(given, dict) else extra if given is None else given
        return data

    @field_validator("item_id", mode="before")
    @classmethod
    def _item_id(cls, value: Any) -> str:
        return _clean_id(value, "item_id")

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: Any) -> Any:
        value = _text(value, "title", MAX_TITLE_LENGTH)
        if isinstance(value, str) and not value:
            raise ValueError("title must not be empty")
        return value

    @field_validator("description", mode="before")
    @classmethod
    def _description(cls, value: Any) -> Any:
        return _text(value, "description", MAX_TEXT_LENGTH, multiline=True)

    @field_validator("brand", "image_url", "currency", mode="before")
    @classmethod
    def _name(cls, value: Any, info: ValidationInfo) -> Any:
        return _text(value, info.field_name, MAX_NAME_LENGTH)

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> Any:
        if isinstance(value, list):  # ["Clothing", "Women"] is the same path as "Clothing > Women"
            value = " > ".join(str(v) for v in value)
        if isinstance(value, str):
            value = _text(value, "category", MAX_NAME_LENGTH)
            value = " > ".join(part.strip() for part in value.split(">") if part.strip()) or None
        return value

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> dict[str, AttributeValue] | None:
        return None if value is None else _attributes(value)

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
    _retry_of: str | None = PrivateAttr(default=None)

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

    @field_validator("query", "channel", mode="before")
    @classmethod
    def _short_text(cls, value: Any, info: ValidationInfo) -> Any:
        return _text(value, info.field_name, MAX_QUERY_LENGTH)

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
