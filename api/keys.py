"""API keys and their scopes. Keys are held as SHA-256 hashes, never in clear.

Scopes: `read` (search, recommendations, catalogue lookups: made to be shipped to browsers),
`write` (events and catalogue rows: what an event pipeline holds), `admin` (the operator's
`/v1/admin/*`: bundles, promotion, rollback, search analytics), `events` (POST /v1/events and
nothing else, refused everywhere else by `api.gate`: the key a storefront's tracker,
kaiyu-insights.js, ships to browsers). Keys are read from the
`Authorization: Bearer` header only, never from a query string (which ends up in logs)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

SCOPES = ("read", "write", "admin", "events")
EVENTS_ONLY = frozenset({"events"})
"""The scopes of a browser-shipped tracker key: `api.gate` lets it POST /v1/events only."""
KEYS_FILE = "keys.json"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True)
class KeyRing:
    """Hashed keys -> scopes."""

    scopes_by_hash: dict[str, frozenset[str]]

    def __bool__(self) -> bool:
        return bool(self.scopes_by_hash)

    def scopes(self, key: str) -> frozenset[str] | None:
        digest = hash_key(key)
        for known, scopes in self.scopes_by_hash.items():
            if hmac.compare_digest(known, digest):
                return scopes
        return None


def parse_key_spec(spec: str) -> dict[str, frozenset[str]]:
    """`"pk_x:read sk_y:read+write"` -> {hash: scopes}; a bad entry is a ValueError naming it."""
    out: dict[str, frozenset[str]] = {}
    for entry in spec.split():
        key, sep, scopes = entry.rpartition(":")
        if not sep or not key:
            raise ValueError(f"API key entry {entry[:6]}... must be KEY:SCOPES, e.g. pk_live_x:read")
        wanted = frozenset(s for s in scopes.split("+") if s)
        unknown = wanted - set(SCOPES)
        if not wanted or unknown:
            raise ValueError(f"API key {key[:6]}... has unknown scopes {sorted(unknown) or scopes!r}; use {', '.join(SCOPES)}")
        out[hash_key(key)] = wanted
    return out


def load_keyring(spec: str, home: Path) -> KeyRing:
    """Keys from the environment's spec plus the home's keys file."""
    scopes = parse_key_spec(spec)
    path = home / KEYS_FILE
    if path.exists():
        for entry in json.loads(path.read_text()):
            scopes[entry["sha256"]] = frozenset(entry["scopes"])
    return KeyRing(scopes)


def create_key(home: Path, scopes: tuple[str, ...], *, prefix: str | None = None, name: str = "") -> str:
    """Make a new random key, store its hash in the home's keys file, and return it (shown once)."""
    unknown = set(scopes) - set(SCOPES)
    if not scopes or unknown:
        raise ValueError(f"unknown scopes {sorted(unknown) or list(scopes)}; use {', '.join(SCOPES)}")
    prefix = prefix or ("sk" if {"write", "admin"} & set(scopes) else "ek" if set(scopes) == EVENTS_ONLY else "pk")
    key = f"{prefix}_{secrets.token_urlsafe(24)}"
    path = home / KEYS_FILE
    entries = json.loads(path.read_text()) if path.exists() else []
    entries.append({"sha256": hash_key(key), "scopes": sorted(scopes), "name": name})
    _write_entries(home, entries)
    return key


def list_keys(home: Path) -> list[dict]:
    """The home's keys file without the hashes: `{"name", "scopes"}` per key, in creation order."""
    path = home / KEYS_FILE
    entries = json.loads(path.read_text()) if path.exists() else []
    return [{"name": e.get("name", ""), "scopes": e["scopes"]} for e in entries]


def grant_scopes(home: Path, key: str, scopes: tuple[str, ...]) -> bool:
    """Add `scopes` to a key kept in the home's keys file; False when the file does not hold it."""
    path = home / KEYS_FILE
    entries = json.loads(path.read_text()) if path.exists() else []
    digest = hash_key(key)
    for entry in entries:
        if hmac.compare_digest(entry["sha256"], digest):
            entry["scopes"] = sorted(set(entry["scopes"]) | set(scopes))
            _write_entries(home, entries)
            return True
    return False


def _write_entries(home: Path, entries: list[dict]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    path = home / KEYS_FILE
    tmp = path.with_name(f".{KEYS_FILE}.{secrets.token_hex(6)}.tmp")
    tmp.write_text(json.dumps(entries, indent=1))
    tmp.replace(path)
