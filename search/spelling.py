"""Typo tolerance against the catalogue's own vocabulary: a word unknown to the catalogue is
replaced by the most frequent catalogue word within one edit (two for long words), found with a
deletion index (SymSpell).

Written here rather than taken from a library: symspellpy's dictionary is a general language's,
while the words worth correcting to are the catalogue's own, added live as items arrive. A word
longer than `max_length` letters is neither indexed nor corrected: two deletions of an n-letter
word are n^2/2 index keys, so one 1,500-letter "word" in a title would cost a million keys (and
gigabytes) in every worker; no real product word is that long."""

from __future__ import annotations

from collections import Counter

# SymSpell: every catalogue word is indexed under its deletions (one, or two for long words); an
# unknown word's own deletions then meet them, and the true edit distance decides.


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, capped at `limit`."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], limit)


class Speller:
    def __init__(self, counts: dict[str, int] | None = None, *, min_length: int = 4, two_edits_length: int = 8,
                 max_length: int = 24):
        self.min_length = min_length
        self.two_edits_length = two_edits_length
        self.max_length = max_length
        self.counts: Counter = Counter()
        self._index: dict[str, list[str]] = {}
        if counts:
            self.add(counts)

    def _probes(self, word: str) -> set[str]:
        """The word with one character deleted, and with two for long words."""
        one = _deletes(word)
        if len(word) < self.two_edits_length:
            return one
        return one.union(*(_deletes(d) for d in one))

    def add(self, counts: dict[str, int]) -> None:
        for word, n in counts.items():
            if word not in self.counts and self.min_length - 1 <= len(word) <= self.max_length:
                for d in self._probes(word):
                    self._index.setdefault(d, []).append(word)
            self.counts[word] += n

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def correct(self, word: str) -> str | None:
        """The catalogue word this unknown word most likely means, or None."""
        if word in self.counts or not self.min_length <= len(word) <= self.max_length or not word.isalpha():
            return None
        max_d = 2 if len(word) >= self.two_edits_length else 1
        found: set[str] = set()
        probes = {word} | self._probes(word)
        for p in probes:
            found.update(self._index.get(p, ()))
            if p in self.counts:
                found.add(p)
        best, key = None, None
        for cand in found:
            d = edit_distance(word, cand)
            if d <= max_d:
                k = (d, -self.counts[cand], cand)
                if key is None or k < key:
                    best, key = cand, k
        return best

    def split(self, word: str) -> str | None:
        """An unknown run-together word as two catalogue words ("deckover" -> "deck over")."""
        if word in self.counts or not 2 * 3 <= len(word) <= self.max_length or not word.isalpha():
            return None
        best, key = None, 0
        for i in range(3, len(word) - 2):
            a, b = word[:i], word[i:]
            k = min(self.counts.get(a, 0), self.counts.get(b, 0))
            if k > key:
                best, key = f"{a} {b}", k
        return best

    def to_dict(self) -> dict:
        return {"min_length": self.min_length, "two_edits_length": self.two_edits_length,
                "max_length": self.max_length, "counts": dict(self.counts)}

    @classmethod
    def from_dict(cls, data: dict) -> "Speller":
        return cls(data["counts"], min_length=data["min_length"], two_edits_length=data["two_edits_length"],
                   max_length=data.get("max_length", 24))
