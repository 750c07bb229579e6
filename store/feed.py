"""The live catalogue feed: the one interface through which a serving model follows catalogue
changes (rows written to the store after its bundle was trained)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class CatalogFollower(Protocol):
    """A serving model that applies changed catalogue rows (`Store.items_changed_since`: item
    dicts with item_id, title, category, brand, price, in_stock, attributes, ...) to what it
    serves, without retraining, items new since the fit included (search indexes them; the
    recommendation service shows them by the rule of `recsys.fresh`). The search engine and the
    recommendation service both are one."""

    def update_items(self, rows: list[dict]) -> None: ...
