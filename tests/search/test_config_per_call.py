"""`SearchEngine.search(config=)`: settings for one call (an A/B variant's), never the engine's:
a stricter `min_should_match` drops the items matching only some query words for that call only."""

from __future__ import annotations

from dataclasses import replace
from concurrent.futures import ThreadPoolExecutor

from catalogs import titles_catalog

from search.engine import SearchEngine

IDS = ["both", "red", "sofa", "lamp"]
TITLES = ["red leather sofa", "red wool rug", "grey fabric sofa", "brass floor lamp"]


def _engine() -> SearchEngine:
    return SearchEngine.build(titles_catalog(IDS, TITLES, [100, 50, 80, 30]))


def _ids(result) -> list[str]:
    return [i["item_id"] for i in result["items"]]


def test_a_per_call_config_changes_that_call_only():
    engine = _engine()
    default = engine.search("red sofa")
    assert _ids(default)[0] == "both" and set(_ids(default)) == {"both", "red", "sofa"}
    strict = replace(engine.config, min_should_match=1.0)
    assert _ids(engine.search("red sofa", config=strict)) == ["both"]
    assert engine.config.min_should_match == 0.0
    with ThreadPoolExecutor(4) as pool:  # interleaved calls each keep their own settings
        outs = list(pool.map(lambda k: (k % 2, _ids(engine.search("red sofa", config=strict if k % 2 else None))),
                             range(40)))
    assert all(ids == (["both"] if odd else _ids(default)) for odd, ids in outs)
