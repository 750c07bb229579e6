"""A query word that titles say far more often than they are (a finish, a fuel, a power source:
"nickel", "gas", "electric") is no head when another word of the query is what most titles
saying it are: "shower faucet brushed nickel" wants a faucet, "water heaters electric" a water
heater (`heads.strongest_head`). Titles only, as Home Depot's catalogue is, so the
catalogue's own counts are the only evidence."""

from __future__ import annotations

import pytest
from catalogs import titles_catalog

from search.engine import SearchEngine
from search.heads import STRONG_HEAD, WEAK_HEAD

BRANDS = ["Aqua", "Brio", "Corda", "Delto", "Elan", "Fenix", "Gala", "Hydro", "Ion", "Jura", "Kest", "Luma"]
THINGS = ["Drill", "Fan", "Kettle", "Heater Fan", "Sander", "Saw", "Grinder", "Stapler", "Mower", "Blower"]


def rows() -> list[tuple[str, str]]:
    out = [(f"heater-{k}", f"{b} 40 Gal. Electric Water Heater") for k, b in enumerate(BRANDS[:5])]
    out += [(f"part-{k}", f"{b} Electric Water Heater {p}")
            for k, (b, p) in enumerate(zip(BRANDS, ["Thermostat", "Element", "Igniter"]))]
    out += [(f"tool-{b}-{t}", f"{b} Cordless Electric {t}") for b in BRANDS for t in THINGS]  # 120 say "electric"
    out += [("range", "Kest 30 in. Electric"), ("drink", "Brio Drinking Water")]  # each heads one title
    out += [(f"faucet-{k}", f"{b} 1-Handle Shower Faucet in Brushed Nickel") for k, b in enumerate(BRANDS)]
    out += [(f"knob-{b}-{k}", f"{b} {k} in. Cabinet Knob in Satin Nickel") for b in BRANDS for k in range(1, 10)]
    out += [("polish", "Luma Metal Polish Satin Nickel")]
    return out


@pytest.fixture(scope="module")
def shop():
    r = rows()
    return SearchEngine.build(titles_catalog([i for i, _ in r], [t for _, t in r], [10.0] * len(r)), encoder=None)


def test_the_catalogue_says_the_finish_far_more_often_than_it_is_one(shop):
    k, said = shop.indexes.knowledge, shop.indexes.said_by
    assert k.is_type("electr") and k.type_counts["electr"] / said("electric") < WEAK_HEAD
    assert k.type_counts["heater"] / said("heaters") >= STRONG_HEAD
    assert k.is_type("nickel") and k.type_counts["nickel"] / said("nickel") < WEAK_HEAD


@pytest.mark.parametrize("query, head", [
    ("water heaters electric", "heaters"), ("hot water heaters electric 40", "heaters"),
    ("shower faucet brushed nickel", "faucet"), ("cabinet knobs nickel", "knobs"),
    ("electric", "electric"), ("nickel", "nickel"),          # nothing else to be: the word itself
    ("electric water heater", "heater"),                     # the last word was the head already
])
def test_a_word_titles_rarely_are_gives_way_to_one_they_mostly_are(shop, query, head):
    assert shop.understand(query).head == head


def test_water_heaters_are_not_read_as_saying_the_two_types_the_other_way_round(shop):
    # read with "electric" as the head and "water" and "heater" as its modifier types, a title's
    # "Electric Water Heater" said them the other way round (grammar: -2, "Chocolate Milk" for
    # "milk chocolate"), and the heaters fell below everything else that says "electric"
    cand, f = shop.candidate_features("water heaters electric")
    ids = [shop.catalogue.item_ids[c] for c in cand.tolist()]
    heaters = [k for k, i in enumerate(ids) if i.startswith("heater-")]
    assert len(heaters) == 5 and all(f.type_match[k] == 0 for k in heaters)
    top = [h["item_id"] for h in shop.search("water heaters electric", limit=8)["items"]]
    assert set(top) == {f"heater-{k}" for k in range(5)} | {f"part-{k}" for k in range(3)}
