"""The vectorised rule set (`RuleSet.apply` and `RuleSet.rerank`) against a straightforward
one-item-at-a-time reading of the precedence rules in `store.merch`'s docstring, on random small
rule sets: boosts and buries multiplied in precedence order, a stable re-sort, hides by id and by
condition, pins in precedence order (next free place, first pin of an item wins, hide beats pin,
an item from outside the list must be eligible), time windows and disabled rules."""

from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from store.columns import ItemColumns, category_key, fold
from store.merch import Catalogue, Context, Rule, RuleSet

NOW = datetime(2024, 5, 1, tzinfo=timezone.utc)
ITEMS = [{"item_id": f"i{k}", "brand": ["Acme", "Zen", "Other"][k % 3],
          "category": ["Furniture > Sofas", "Furniture > Chairs", "Lighting"][k % 4 % 3],
          "price": [20.0, 50.0, 100.0, 300.0, 900.0][k % 5], "in_stock": k % 4 != 1,
          "created": NOW - timedelta(days=10 * k)} for k in range(10)]
CONDITIONS = [{"brand": ["zen"]}, {"brand": ["ACME", "other"]}, {"category": ["Furniture"]},
              {"category": ["furniture/sofas"]}, {"max_price": 60}, {"min_price": 40, "max_price": 400},
              {"in_stock": False}, {"in_stock": True, "brand": ["zen"]}, {"new_since": (NOW - timedelta(days=35))}]
FACTORS = [0.1, 0.2, 0.5, 0.7, 2.0, 3.0, 1.1, 7.0]
ids_ = st.sampled_from([i["item_id"] for i in ITEMS] + ["unknown"])


@st.composite
def rules(draw):
    out = []
    for k in range(draw(st.integers(0, 6))):
        rule = {"id": f"r{k}", "trigger": {"query": "sofa"}, "priority": draw(st.integers(0, 2)),
                "updated_at": NOW - timedelta(days=draw(st.integers(0, 3))),
                "boosts": [{"when": draw(st.sampled_from(CONDITIONS)), "factor": draw(st.sampled_from(FACTORS))}
                           for _ in range(draw(st.integers(0, 3)))],
                "hide": draw(st.lists(ids_, max_size=2)),
                "pins": [{"item_id": draw(ids_), "position": draw(st.integers(1, 6))}
                         for _ in range(draw(st.integers(0, 3)))],
                "enabled": draw(st.booleans()) or draw(st.booleans())}
        if draw(st.integers(0, 4)) == 0:
            rule["hide_when"] = draw(st.sampled_from(CONDITIONS))
        if draw(st.integers(0, 5)) == 0:
            rule["ends_at"] = NOW - timedelta(days=1)
        if rule["boosts"] or rule["hide"] or rule["pins"] or "hide_when" in rule:
            out.append(Rule.model_validate(rule))
    return out


def matches(condition, item) -> bool:
    c = condition
    return ((not c.brand or fold(item["brand"]) in {fold(b) for b in c.brand})
            and (not c.category or any(category_key(item["category"])[:len(category_key(p))] == category_key(p)
                                       for p in c.category))
            and (c.min_price is None or item["price"] >= c.min_price)
            and (c.max_price is None or item["price"] <= c.max_price)
            and (c.in_stock is None or item["in_stock"] == c.in_stock)
            and (c.new_since is None or item["created"] >= c.new_since))


def reference(rules, ids, scores, eligible):
    """The rules read one item at a time: (the final ids, the boosted score of each listed item)."""
    by_id = {i["item_id"]: i for i in ITEMS}
    live = [r for r in sorted(rules, key=Rule.precedence) if r.live(NOW)]
    boosted = []
    for item, score in zip(ids, scores):
        total = 1.0
        for rule in live:
            for boost in rule.boosts:
                if item in by_id and matches(boost.when, by_id[item]):
                    total *= boost.factor
        boosted.append(score * total if score >= 0 else score / total)

    def hidden(item):
        return item in by_id and any(item in r.hide or (r.hide_when and matches(r.hide_when, by_id[item]))
                                     for r in live)

    order = sorted(range(len(ids)), key=lambda k: -boosted[k])  # sorted() is stable
    organic = [ids[k] for k in order if not hidden(ids[k])]
    slots, pinned = {}, set()
    for rule in live:
        for pin in rule.pins:
            item = pin.item_id
            if item not in by_id or item in pinned or hidden(item):
                continue
            if item not in ids and not eligible[int(item[1:])]:
                continue
            slot = pin.position - 1
            while slot in slots:
                slot += 1
            slots[slot] = item
            pinned.add(item)
    final = [i for i in organic if i not in pinned]
    for slot in sorted(slots):
        final.insert(min(slot, len(final)), slots[slot])
    credit = {}  # rule id -> the listed items it hides that no rule before it hides, in list order
    for k in order:
        hiders = [r.id for r in live if ids[k] in by_id and (ids[k] in r.hide or (
            r.hide_when and matches(r.hide_when, by_id[ids[k]])))]
        if hiders:
            credit.setdefault(hiders[0], []).append(ids[k])
    return final, dict(zip(ids, boosted)), credit


@settings(max_examples=300, deadline=None)
@given(rules=rules(), listed=st.lists(ids_, unique=True, max_size=8), data=st.data())
def test_the_fast_path_agrees_with_the_reference(rules, listed, data):
    scores = sorted((data.draw(st.sampled_from([3.0, 2.0, 2.0, 1.0, 0.5, 0.0, -1.0, -2.5])) for _ in listed),
                    reverse=True)  # a ranked list, best first (ties kept)
    eligible = np.array(data.draw(st.lists(st.booleans(), min_size=len(ITEMS), max_size=len(ITEMS))))
    created = np.array([i["created"].timestamp() for i in ITEMS])
    catalogue = Catalogue([i["item_id"] for i in ITEMS], ItemColumns.from_items(ITEMS), created)
    ruleset = RuleSet(rules, catalogue, version=1)
    expected, boosted, credit = reference(rules, listed, scores, eligible)

    out = ruleset.apply(listed, scores, Context(query="sofa"), now=NOW, eligible=eligible)
    assert out.ids == expected
    assert all(out.scores[k] == boosted[i] for k, i in enumerate(out.ids) if i in boosted)
    logged = {r["rule_id"]: a["item_ids"] for r in out.applied_rules for a in r["actions"] if a["action"] == "hide"}
    assert {r: sorted(i) for r, i in logged.items()} == {r: sorted(i) for r, i in credit.items()}

    known = [k for k, i in enumerate(listed) if i != "unknown"]  # search's rows are all in the catalogue
    expected, boosted, _ = reference(rules, [listed[k] for k in known], [scores[k] for k in known], eligible)
    rows = np.array([catalogue.index[listed[k]] for k in known], dtype=np.int64)
    positions, row_scores, applied, _ = ruleset.rerank(rows, np.array([scores[k] for k in known]),
                                                      Context(query="sofa"), now=NOW, eligible=eligible)
    assert [catalogue.item_ids[p] for p in positions] == expected
    if len(known) == len(listed):
        assert applied == out.applied_rules
    assert all(row_scores[k] == boosted[catalogue.item_ids[p]] for k, p in enumerate(positions)
               if catalogue.item_ids[p] in boosted)
