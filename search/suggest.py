"""Prefix autocomplete from the catalogue's own phrases: product types with the words right
before them in titles ("laptop sleeve", "shirt dress"), brands and category names, ranked by how
many items (and how much popularity) stand behind each phrase."""

from __future__ import annotations

import bisect
from collections import Counter

from search.text import normalize


class Suggester:
    def __init__(self, counts: dict[str, float] | None = None):
        self.counts: Counter = Counter(counts or {})
        self._keys: list[tuple[str, str]] = []
        self._dirty = True

    def add(self, phrase: str, weight: float = 1.0) -> None:
        phrase = " ".join(normalize(phrase).split())
        if phrase:
            self.counts[phrase] += weight
            self._dirty = True

    def _prepare(self) -> None:
        keys = []
        for phrase in self.counts:
            parts = phrase.split(" ")
            for i in range(len(parts)):  # match at the start of any word
                keys.append((" ".join(parts[i:]), phrase))
        keys.sort()
        self._keys, self._dirty = keys, False

    def complete(self, prefix: str, limit: int = 8) -> list[str]:
        prefix = " ".join(normalize(prefix).split())
        if not prefix:
            return []
        if self._dirty:
            self._prepare()
        found: dict[str, float] = {}
        i = bisect.bisect_left(self._keys, (prefix, ""))
        while i < len(self._keys) and self._keys[i][0].startswith(prefix) and len(found) < 5000:
            phrase = self._keys[i][1]
            # a phrase that starts with the prefix beats one that only contains it
            found[phrase] = self.counts[phrase] * (2.0 if phrase.startswith(prefix) else 1.0)
            i += 1
        return [p for p, _ in sorted(found.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[:limit]]

    def to_dict(self) -> dict:
        return dict(self.counts)

    @classmethod
    def from_dict(cls, data: dict) -> "Suggester":
        return cls(data)
