"""The rules every incoming row's values obey, in one place: the caps on every length, text
cleaning (NFC, control characters, lone surrogates), timestamp bounds, and how nested and
multi-valued attributes are flattened to `str | list[str]`. `store.schema` applies them."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any

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
        ts = _timestamp_of(value)
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=timezone.utc)
        ts = ts.astimezone(timezone.utc)
        if not 1 < ts.year < 9999:
            ts.timestamp()  # the edges of the calendar fail here, not in the store
        return ts
    except (OverflowError, OSError):
        raise ValueError("timestamp is out of range (epoch seconds, not milliseconds?)") from None


def _timestamp_of(value: Any) -> datetime:
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


def clean_id(value: Any, name: str) -> str:
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


def clean_field(value: Any, name: str, limit: int, *, multiline: bool = False) -> Any:
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


def json_object(value: str) -> Any:
    import orjson

    try:
        return orjson.loads(value) if value.strip() else {}
    except orjson.JSONDecodeError:
        raise ValueError("attributes must be a JSON object") from None


def _plain(text: Any, limit: int) -> bool:
    """A non-empty string `clean_text` and stripping would leave as it is, within `limit`."""
    return (type(text) is str and 0 < len(text) <= limit and text.isprintable() and text.strip() == text
            and (text.isascii() or unicodedata.is_normalized("NFC", text)))


def flatten_attributes(value: Any) -> dict[str, AttributeValue]:
    """Attributes as stored (see `_Flattener`); a string is a JSON object (a CSV cell)."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = json_object(value)
    if not isinstance(value, dict):
        raise ValueError("attributes must be an object")
    if len(value) <= MAX_ATTRIBUTES and all(_plain(k, MAX_ATTRIBUTE_KEY_LENGTH) and "." not in k
                                            and _plain(v, MAX_ATTRIBUTE_VALUE_LENGTH) for k, v in value.items()):
        return value  # flat strings already as stored: the common row, without the walk
    flat = _Flattener()
    flat.add("", value)
    return flat.result()
