"""Synonyms for a query's words: two-way sets (`sofa, couch, settee`) and one-way rules
(`tv -> television`), English and Japanese, folded, multiword allowed; `expand` says which fired.

Matching, left to right over the query's words: the longest phrase of whole words that some
entry names wins its span (so `tv stand` beats `tv`). A word with Japanese characters that no
phrase matched is searched for a Japanese term inside it (Japanese runs words together:
`革ソファ` holds `ソファ`), the longest at the earliest place, and its alternatives are the word
with that term replaced. A span named by several entries gets the alternatives of all of them.
Hand-written: the rule is a dictionary lookup over a few words per query; a text-analysis
library's synonym filter would tie it to one search backend's tokenizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field, model_validator

from store.columns import fold

_CJK = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
MAX_ALTERNATIVES = 8
"""At most this many spellings per span (the query's own first): each one is another search."""


def words(text: str) -> list[str]:
    """The folded words of a text (NFKC, lower case; punctuation and spaces split words)."""
    return _WORD.findall(fold(text))


def is_cjk(text: str) -> bool:
    """Whether a text holds Japanese or Chinese characters (matched as a substring)."""
    return bool(_CJK.search(text))


def phrase(text: str) -> str:
    """A term as the words it compares by, space-separated."""
    return " ".join(words(text))


class Synonym(BaseModel):
    """Two-way: `terms` (two or more) all mean the same. One-way: `source` -> `targets` (a query
    for the source also searches the targets, not the other way round)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str | None = Field(default=None, max_length=128)
    terms: tuple[str, ...] = ()
    source: str | None = Field(default=None, max_length=200)
    targets: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> "Synonym":
        if self.source is None:
            if self.targets or len({phrase(t) for t in self.terms} - {""}) < 2:
                raise ValueError("a two-way synonym needs two or more different terms (one-way: source and targets)")
        elif self.terms or not phrase(self.source) or not any(phrase(t) for t in self.targets):
            raise ValueError("a one-way synonym needs a source and at least one target, and no terms")
        return self

    @property
    def kind(self) -> str:
        return "two-way" if self.source is None else "one-way"

    def mappings(self) -> list[tuple[str, list[str]]]:
        """(phrase, the phrases it adds) for each phrase this entry expands."""
        if self.source is not None:
            source = phrase(self.source)
            return [(source, [t for t in dict.fromkeys(phrase(t) for t in self.targets) if t and t != source])]
        terms = [t for t in dict.fromkeys(phrase(t) for t in self.terms) if t]
        return [(t, [o for o in terms if o != t]) for t in terms]

    @classmethod
    def parse(cls, line: str, id: str | None = None) -> "Synonym":
        """One line of the usual text format: `sofa, couch, settee` or `tv -> television, telly`
        (`=>` as Solr writes it works too)."""
        source, arrow, targets = re.split(r"(->|=>)", line, maxsplit=1) if re.search(r"->|=>", line) else (line, "", "")
        if arrow:
            return cls(id=id, source=source.strip(), targets=tuple(t.strip() for t in targets.split(",") if t.strip()))
        return cls(id=id, terms=tuple(t.strip() for t in line.split(",") if t.strip()))


@dataclass
class Expansion:
    """What the engine searches: one group per span of the query, each a list of spellings (the
    query's own first), and the synonyms that fired."""

    groups: list[list[str]]
    fired: list[dict[str, Any]] = field(default_factory=list)


class SynonymSet:
    """Synonyms indexed for lookup: phrase -> entries that expand it, and Japanese terms by
    their first two characters for the search inside a word. Immutable once built."""

    def __init__(self, synonyms: Iterable[Synonym | str | dict[str, Any]] = (), version: int = 0,
                 max_alternatives: int = MAX_ALTERNATIVES):
        self.synonyms = [_synonym(s) for s in synonyms]
        self.version, self.max_alternatives = version, max_alternatives
        self._phrases: dict[tuple[str, ...], list[tuple[int, list[str]]]] = {}
        self._grams: dict[str, set[str]] = {}
        for number, synonym in enumerate(self.synonyms):
            for source, added in synonym.mappings():
                self._phrases.setdefault(tuple(source.split()), []).append((number, added))
                if is_cjk(source) and " " not in source:
                    self._grams.setdefault(source[:2], set()).add(source)
        self._longest = max((len(k) for k in self._phrases), default=0)

    def __len__(self) -> int:
        return len(self.synonyms)

    def alternatives(self, matched: str) -> list[str]:
        """Every phrase the entries add to `matched` (a phrase as `fired` names it)."""
        entries = self._phrases.get(tuple(matched.split()), ())
        return list(dict.fromkeys(a for _, added in entries for a in added))[:self.max_alternatives]

    def expand(self, query_words: Sequence[str]) -> tuple[list[list[str]], list[dict[str, Any]]]:
        """`(groups, fired)` for a query's words (see `Expansion`)."""
        result = self.expansion(query_words)
        return result.groups, result.fired

    def expansion(self, query_words: Sequence[str]) -> Expansion:
        """The groups and fired synonyms of a query's words (each folded and split as `words`)."""
        said = [w for x in query_words for w in words(x)]
        out = Expansion([])
        start = 0
        while start < len(said):
            size, entries = self._longest_match(said, start)
            if entries:
                span = " ".join(said[start:start + size])
                out.groups.append(self._group(span, [(n, span, added) for n, added in entries], out.fired))
                start += size
                continue
            word = said[start]
            inside = self._inside(word) if self._grams and is_cjk(word) else []
            out.groups.append(self._group(word, inside, out.fired) if inside else [word])
            start += 1
        return out

    def _longest_match(self, said: list[str], start: int) -> tuple[int, list[tuple[int, list[str]]]]:
        for size in range(min(self._longest, len(said) - start), 0, -1):
            entries = self._phrases.get(tuple(said[start:start + size]))
            if entries:
                return size, entries
        return 0, []

    def _inside(self, word: str) -> list[tuple[int, str, list[str]]]:
        """A Japanese term inside `word` (the longest at the earliest place): the entries that
        expand it, each with the word spelt with their alternatives in its place."""
        for begin in range(len(word)):
            found = {t for gram in (word[begin:begin + 1], word[begin:begin + 2])
                     for t in self._grams.get(gram, ()) if word.startswith(t, begin)}
            if found:
                term = max(found, key=len)
                respell = lambda alt: word[:begin] + alt.replace(" ", "") + word[begin + len(term):]  # noqa: E731
                return [(n, term, [respell(a) for a in added]) for n, added in self._phrases[(term,)]]
        return []

    def _group(self, span: str, entries: list[tuple[int, str, list[str]]], fired: list[dict[str, Any]]) -> list[str]:
        group = [span]
        for number, matched, added in entries:
            new = [a for a in added if a not in group][:max(0, self.max_alternatives - len(group))]
            group += new
            synonym = self.synonyms[number]
            fired.append({"synonym": synonym.id if synonym.id is not None else number, "kind": synonym.kind,
                          "matched": matched, "added": new})
        return group


def _synonym(value: Synonym | str | dict[str, Any]) -> Synonym:
    if isinstance(value, Synonym):
        return value
    if isinstance(value, str):
        return Synonym.parse(value)
    return Synonym.model_validate(value)
