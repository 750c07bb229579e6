"""Price words and limits in a query: "under 50", "between $300 and $600", "5万円以下", and the
words that ask for the cheap end ("cheap", "budget", "安い", "お手頃"), taken out of its text."""

from __future__ import annotations

import re

from search.text import is_japanese

CHEAP_WORDS = frozenset("cheap cheapest cheaper budget affordable inexpensive bargain bargains discount "
                        "discounted lowcost 安い 激安 格安 安価 お手頃 低価格 プチプラ お買い得".split())
CHEAP_PHRASES = ("low cost", "low price", "low priced", "best price", "on sale", "value priced")
JA_CHEAP = tuple(sorted((w for w in CHEAP_WORDS if is_japanese(w)), key=len, reverse=True))
_NUM = r"(\d+(?:[.,]\d+)?)\s*(k)?"
_MAX_RE = re.compile(rf"(?:under|below|less than|cheaper than|max(?:imum)?|up to|at most|<=?|within)\s*\$?\s*{_NUM}"
                     r"\s*(?:dollars|dollar|usd|bucks|yen|円|\$)?")
_MIN_RE = re.compile(rf"(?:over|above|more than|at least|min(?:imum)?|from|>=?)\s*\$\s*{_NUM}"
                     rf"|(?:over|above|more than|at least|min(?:imum)?|>=?)\s*{_NUM}\s*(?:dollars|dollar|usd|bucks|yen|円)")
_RANGE_RE = re.compile(rf"(?:between\s*\$?\s*{_NUM}\s*(?:and|-|to)\s*\$?\s*{_NUM})|(?:\$\s*{_NUM}\s*(?:-|to)\s*\$\s*{_NUM})")
_JA_MAX_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*円\s*(?:以下|未満|まで|以内)")
_JA_MIN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*円\s*(?:以上|から)")


def _amount(number: str, k: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * 1000 if k else value


def read_prices(text: str) -> tuple[str, tuple[float | None, float | None, str | None]]:
    """(`text` without its price phrases, (min price, max price, "low" for a cheap intent or None)).
    Japanese cheap words are found by their letters: Sudachi reads "お手頃" as お + 手頃."""
    lo = hi = intent = None
    for m in _RANGE_RE.finditer(text):
        g = m.groups() if m.group(1) else m.groups()[4:]
        lo, hi = _amount(g[0], g[1]), _amount(g[2], g[3])
    text = _RANGE_RE.sub(" ", text)
    for m in _MAX_RE.finditer(text):
        hi = _amount(m.group(1), m.group(2))
    text = _MAX_RE.sub(" ", text)
    for m in _MIN_RE.finditer(text):
        n, k = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lo = _amount(n, k)
    text = _MIN_RE.sub(" ", text)
    for m in _JA_MAX_RE.finditer(text):
        hi = float(m.group(1)) * (10000 if m.group(2) else 1)
    text = _JA_MAX_RE.sub(" ", text)
    for m in _JA_MIN_RE.finditer(text):
        lo = float(m.group(1)) * (10000 if m.group(2) else 1)
    text = _JA_MIN_RE.sub(" ", text)
    for phrase in CHEAP_PHRASES + JA_CHEAP:
        if phrase in text:
            intent = "low"
            text = text.replace(phrase, " ")
    return text, (lo, hi, intent)
