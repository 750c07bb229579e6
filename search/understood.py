"""What a query was read as (`Understood`): its words after corrections, head and product type,
modifiers, categories, attributes, price and accessory readings, written by
`search.understanding.understand` and read by retrieval, features and ranking; `public()` is what
the search endpoint's `understood` field shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from search.accessories import FALLBACK, Markers
from search.text import type_word


@dataclass
class Understood:
    query: str
    words: list[str]                       # after corrections, price words removed
    head: str | None = None                # surface word the shopper wants
    product_type: str | None = None        # catalogue type (stem) of the head, if known
    type_aliases: list[str] = field(default_factory=list)  # the type in English (ボトル: bottl), from loanwords
    type_phrases: list[str] = field(default_factory=list)  # ... and where a title says it whole (ティーカップ: tea cup)
    meant_whole: str = ""                  # the Japanese word an English pair means ("hot plate": ホットプレート)
    modifiers: list[str] = field(default_factory=list)
    accessory_of: str | None = None        # "laptop sleeve" -> laptop
    modifier_types: list[str] = field(default_factory=list)  # catalogue types among the modifiers ("lamp table": lamp)
    categories: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    attribute_words: set[str] = field(default_factory=set)
    other_departments: list[str] = field(default_factory=list)  # other audiences' ("Clothing > Men" for レディース)
    modifier_homes: list[str] = field(default_factory=list)  # where the modifier types are sold
    price_intent: str | None = None        # "low"
    max_price: float | None = None
    min_price: float | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    markers: Markers = FALLBACK            # the accessory markers the query was read with
    types: dict = field(default_factory=dict)  # the catalogue's types (`CatalogKnowledge.type_counts`, shared)
    is_accessory: Callable[[str, str], bool] | None = None  # the reading catalogue's `CatalogKnowledge.is_accessory`

    def public(self) -> dict:
        return {
            "product_type": (None if not self.product_type else self.head
                             if self.head and type_word(self.head) == self.product_type else self.product_type),
            "head": self.head, "modifiers": self.modifiers, "accessory_of": self.accessory_of,
            "categories": self.categories[:3], "attributes": self.attributes,
            "price": {"intent": self.price_intent, "max": self.max_price, "min": self.min_price},
            "corrections": self.corrections,
        }
