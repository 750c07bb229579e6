"""The journey policy: which answer a shopper gets when the request names no scenario.

A shopper's journey state is read from their latest events at request time (`read_state`); the
nightly job fits, for each state, the answer that best predicted the next interactions on its
validation windows (`recsys.policy_fit`), and the service looks it up here (`JourneyPolicy`).
The answers are the storefront scenarios and a few blends of two of them (interleaved, the
first one leading); any answer shorter than asked is filled from `for-you`. Two tables are kept:
`all` for requests that may show items bought before (`exclude=none`), `new` for the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recsys.catalog import ServingCatalog
from recsys.profile import Profile

#: the journey states a request can be in, in the order they are tested (see `read_state`)
STATES = ("cold", "returning", "just-bought", "cart", "comparing", "browsing")
#: answers the policy may choose: a scenario, or two interleaved (the first leads)
ANSWERS: dict[str, tuple[str, ...]] = {
    "for-you": ("for-you",),
    "similar": ("similar",),
    "bought-together": ("bought-together",),
    "buy-again": ("buy-again",),
    "trending": ("trending",),
    "for-you+similar": ("for-you", "similar"),
    "for-you+bought-together": ("for-you", "bought-together"),
    "buy-again+for-you": ("buy-again", "for-you"),
}
BASELINE = "for-you"
VIEWS = ("all", "new")
SECONDS_PER_DAY = 86_400.0


def read_state(profile: Profile, catalog: ServingCatalog, now: float, gap_days: float = 30.0) -> str:
    """The shopper's journey state from their events (newest first in `profile.recent`, the
    session within the rules' gap). `now`: the model's clock (the newest of the fit's last event
    and the shopper's own newest event), so a state reads the same in validation and serving.

    cold: nothing known; returning: the newest event is over `gap_days` old; just-bought: the
    newest event is a purchase; cart: something added to the cart this session; comparing:
    two or more items of one category viewed this session; browsing: anything else."""
    if profile.cold:
        return "cold"
    recent = profile.recent
    if not recent:
        return "returning"
    newest = recent[0][2]
    if newest is not None and max(now, newest) - newest > gap_days * SECONDS_PER_DAY:
        return "returning"
    if recent[0][1] == "purchase":
        return "just-bought"
    if any(r[1] == "add_to_cart" for r in recent):
        return "cart"
    distinct = list(dict.fromkeys(r[0] for r in recent if r[1] in ("view", "click")))[:6]
    if len(distinct) >= 2:
        cats = [catalog.category_path(i) for i in distinct]
        if cats[0] and sum(c == cats[0] for c in cats) >= 2:
            return "comparing"
    return "browsing"


def interleave(lists: list[list[dict]], k: int) -> list[dict]:
    """Take in turn from each list (the first leads), each item once, up to k."""
    out: list[dict] = []
    seen: set[str] = set()
    for rank in range(max((len(x) for x in lists), default=0)):
        for items in lists:
            if rank < len(items) and items[rank]["item_id"] not in seen:
                seen.add(items[rank]["item_id"])
                out.append(items[rank])
    return out[:k]


def compose(name: str, parts: Callable[[str], list[dict]], k: int) -> list[dict]:
    """The answer `name` from the scenario lists `parts(scenario)` returns: interleaved, then
    filled from `for-you` when short (what the shopper sees is never shorter than for-you's)."""
    out = interleave([parts(s) for s in ANSWERS[name]], k)
    if len(out) < k and name != BASELINE:
        shown = {o["item_id"] for o in out}
        out += [o for o in parts(BASELINE) if o["item_id"] not in shown][:k - len(out)]
    return out


@dataclass
class JourneyPolicy:
    """For each view (`all`, `new`) and journey state, the answer to give. States missing from a
    table get the view's `default`; a cold shopper always gets trending."""

    tables: dict[str, dict[str, str]] = field(default_factory=lambda: {v: {} for v in VIEWS})
    defaults: dict[str, str] = field(default_factory=lambda: {v: BASELINE for v in VIEWS})
    gap_days: float = 30.0

    @staticmethod
    def view_of(exclude: str) -> str:
        """The table a request uses: `all` when bought items may be shown again."""
        return "all" if exclude == "none" else "new"

    def choose(self, state: str, exclude: str) -> str:
        if state == "cold":
            return "trending"
        view = self.view_of(exclude)
        answer = self.tables.get(view, {}).get(state) or self.defaults.get(view, BASELINE)
        return answer if answer in ANSWERS else BASELINE

    def as_dict(self) -> dict[str, Any]:
        return {"tables": self.tables, "defaults": self.defaults, "gap_days": self.gap_days}

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "JourneyPolicy":
        return cls(tables={v: dict(t) for v, t in (values.get("tables") or {}).items()},
                   defaults=dict(values.get("defaults") or {v: BASELINE for v in VIEWS}),
                   gap_days=float(values.get("gap_days", 30.0)))

    def save(self, directory) -> None:
        (Path(directory) / "journey.json").write_text(json.dumps(self.as_dict(), indent=2))

    @classmethod
    def load(cls, directory) -> "JourneyPolicy | None":
        """The policy saved in `directory`; None for a bundle written before policies existed."""
        path = Path(directory) / "journey.json"
        return cls.from_dict(json.loads(path.read_text())) if path.exists() else None
