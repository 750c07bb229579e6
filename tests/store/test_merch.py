"""Merchandising rules (issue 19): each action, their precedence and conflicts, time windows,
English and Japanese query triggers, category pages and scenarios, with known answers."""

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from pydantic import ValidationError

from store.columns import ItemColumns
from store.merch import Catalogue, Context, Rule, RuleSet

T0 = datetime(2024, 5, 1, tzinfo=timezone.utc)
ITEMS = [
    {"item_id": "A", "brand": "Acme", "category": "Furniture > Sofas", "price": 500, "in_stock": True,
     "created_at": datetime(2024, 1, 1, tzinfo=timezone.utc)},
    {"item_id": "B", "brand": "Zen", "category": "Furniture > Sofas", "price": 300, "in_stock": False,
     "created_at": datetime(2024, 6, 1, tzinfo=timezone.utc)},
    {"item_id": "C", "brand": "ACME ", "category": "furniture/chairs", "price": 100, "in_stock": True,
     "attributes": {"material": "Leather"}, "created_at": None},
    {"item_id": "D", "brand": "Zen", "category": "Lighting", "price": 50, "in_stock": True,
     "created_at": datetime(2024, 7, 1, tzinfo=timezone.utc)},
    {"item_id": "E", "brand": "Other", "category": "Furniture > Sofas > Corner", "price": 900, "in_stock": True,
     "attributes": {"material": ["fabric", "leather"]}, "created_at": datetime(2023, 1, 1, tzinfo=timezone.utc)},
    {"item_id": "F", "brand": "Acme", "category": "Lighting", "price": 20, "in_stock": True,
     "created_at": datetime(2024, 1, 1, tzinfo=timezone.utc)},
]
IDS = ["A", "B", "C", "D", "E"]
SCORES = [5.0, 4.0, 3.0, 2.0, 1.0]
SOFA = {"query": "sofa"}


@pytest.fixture
def catalogue():
    created = [np.nan if i["created_at"] is None else i["created_at"].timestamp() for i in ITEMS]
    return Catalogue([i["item_id"] for i in ITEMS], ItemColumns.from_items(ITEMS), np.array(created))


def rule(rule_id="r", trigger=SOFA, **actions):
    return {"id": rule_id, "trigger": trigger, **actions}


def run(catalogue, *rules, context=Context(query="sofa"), now=T0, ids=IDS, scores=SCORES, **kwargs):
    return RuleSet(rules, catalogue, version=1).apply(ids, scores, context, now=now, **kwargs)


def test_no_rules_leave_the_list_as_it_is(catalogue):
    out = run(catalogue)
    assert out.ids == IDS and out.scores.tolist() == SCORES and out.applied_rules == [] and out.redirect is None
    out = run(catalogue, rule(pins=[{"item_id": "E", "position": 1}]), context=Context(query="chair"))
    assert out.ids == IDS and out.applied_rules == []


def test_pins_place_items_at_positions_and_bring_in_items_from_outside_the_list(catalogue):
    out = run(catalogue, rule(pins=[{"item_id": "F", "position": 1}, {"item_id": "C", "position": 3}]))
    assert out.ids == ["F", "A", "C", "B", "D", "E"]
    assert out.applied_rules == [{"rule_id": "r", "version": 1, "actions": [
        {"action": "pin", "item_id": "F", "position": 1}, {"action": "pin", "item_id": "C", "position": 3}]}]
    assert out.scores.tolist() == [5.0, 5.0, 3.0, 4.0, 2.0, 1.0]  # F takes the score of the item below it


def test_pins_skip_unknown_and_ineligible_items_and_clamp_to_the_end(catalogue):
    pins = [{"item_id": "nope", "position": 1}, {"item_id": "F", "position": 2}, {"item_id": "A", "position": 50}]
    eligible = np.array([True, True, True, True, True, False])  # the request's filters exclude F
    out = run(catalogue, rule(pins=pins), eligible=eligible)
    assert out.ids == ["B", "C", "D", "E", "A"]
    assert out.applied_rules[0]["actions"] == [{"action": "pin", "item_id": "A", "position": 5}]


def test_hide_by_id_and_by_condition(catalogue):
    out = run(catalogue, rule(hide=["B", "F"]))
    assert out.ids == ["A", "C", "D", "E"]
    assert out.applied_rules[0]["actions"] == [{"action": "hide", "item_ids": ["B"]}]  # F was not shown anyway
    out = run(catalogue, rule(hide_when={"in_stock": False}))
    assert out.ids == ["A", "C", "D", "E"]


@pytest.mark.parametrize("when, factor, expected", [
    ({"brand": ["zen"]}, 10, ["B", "D", "A", "C", "E"]),
    ({"brand": "ＡＣＭＥ"}, 0.1, ["B", "D", "E", "A", "C"]),  # folded: full width, case, spaces
    ({"category": ["Furniture"]}, 0.1, ["D", "A", "B", "C", "E"]),  # a path prefix: chairs and corner sofas too
    ({"attributes": {"material": "leather"}}, 10, ["C", "E", "A", "B", "D"]),  # multi-valued E matches
    ({"max_price": 100}, 3, ["C", "D", "A", "B", "E"]),
    ({"min_price": 200, "max_price": 600, "in_stock": True}, 0.5, ["B", "C", "A", "D", "E"]),  # B: out of stock
    ({"in_stock": False}, 0.1, ["A", "C", "D", "E", "B"]),
    ({"new_since": "2024-05-01T00:00:00Z"}, 10, ["B", "D", "A", "C", "E"]),  # unknown age (C) is not new
])
def test_boost_and_bury_by_each_field(catalogue, when, factor, expected):
    out = run(catalogue, rule(boosts=[{"when": when, "factor": factor}]))
    assert out.ids == expected
    action = out.applied_rules[0]["actions"][0]
    assert action["action"] == ("boost" if factor > 1 else "bury") and action["factor"] == factor


def test_boosts_multiply_and_a_negative_score_is_raised_too(catalogue):
    out = run(catalogue, rule("r1", boosts=[{"when": {"brand": "zen"}, "factor": 2}]),
              rule("r2", boosts=[{"when": {"category": "lighting"}, "factor": 3}]))
    assert out.ids[0] == "D" and out.scores[0] == 12.0
    assert [r["rule_id"] for r in out.applied_rules] == ["r1", "r2"]
    out = run(catalogue, rule(boosts=[{"when": {"brand": "other"}, "factor": 4}]), scores=[-1, -2, -3, -4, -6.0])
    assert out.ids == ["A", "E", "B", "C", "D"] and out.scores[1] == -1.5


def test_price_and_stock_are_read_live_after_compilation(catalogue):
    rules = RuleSet([rule(boosts=[{"when": {"max_price": 60}, "factor": 10}])], catalogue)
    assert rules.apply(IDS, SCORES, Context(query="sofa"), now=T0).ids[0] == "D"
    catalogue.columns.set_offer(3, {"price": 70})
    catalogue.columns.set_offer(4, {"price": 55})
    assert rules.apply(IDS, SCORES, Context(query="sofa"), now=T0).ids[0] == "E"


def test_redirect_is_returned_and_the_highest_priority_wins(catalogue):
    out = run(catalogue, rule("low", redirect="/help"), rule("high", priority=3, redirect="https://x.example/sale"))
    assert out.redirect == "https://x.example/sale" and out.ids == IDS
    assert out.applied_rules == [{"rule_id": "high", "version": 1,
                                  "actions": [{"action": "redirect", "url": "https://x.example/sale"}]}]


def test_pins_in_precedence_order_priority_then_recency(catalogue):
    out = run(catalogue, rule("first", priority=2, pins=[{"item_id": "D", "position": 1}]),
              rule("second", priority=1, pins=[{"item_id": "E", "position": 1}, {"item_id": "D", "position": 4}]))
    assert out.ids == ["D", "E", "A", "B", "C"]  # E moves to the next free place; D keeps its first pin
    assert out.applied_rules[1]["actions"] == [{"action": "pin", "item_id": "E", "position": 2}]
    old, new = T0 - timedelta(days=2), T0 - timedelta(days=1)
    out = run(catalogue, rule("old", updated_at=old, pins=[{"item_id": "D", "position": 1}]),
              rule("new", updated_at=new, pins=[{"item_id": "E", "position": 1}]))
    assert out.ids[:2] == ["E", "D"]


def test_hide_beats_pin(catalogue):
    out = run(catalogue, rule("pin", priority=9, pins=[{"item_id": "B", "position": 1}, {"item_id": "F", "position": 2}]),
              rule("hide", hide=["B"], hide_when={"brand": "acme", "category": "lighting"}))
    assert "B" not in out.ids and "F" not in out.ids and out.ids == ["A", "C", "D", "E"]
    assert [r["rule_id"] for r in out.applied_rules] == ["hide"]


def test_time_windows_and_disabled_rules(catalogue):
    window = {"starts_at": "2024-04-01T00:00:00Z", "ends_at": "2024-05-01T00:00:00+00:00"}
    pin = {"pins": [{"item_id": "E", "position": 1}]}
    assert run(catalogue, rule(**window, **pin), now=T0 - timedelta(seconds=1)).ids[0] == "E"
    assert run(catalogue, rule(**window, **pin), now=T0).ids[0] == "A"  # ends_at is exclusive
    assert run(catalogue, rule(**window, **pin), now=datetime(2024, 3, 31)).ids[0] == "A"  # naive: UTC
    assert run(catalogue, rule(enabled=False, **pin)).ids[0] == "A"


@pytest.mark.parametrize("trigger, query, fires", [
    ({"query": "Sofa"}, "  SOFA ", True),
    ({"query": "sofa"}, "sofa bed", False),
    ({"query": "t-shirt"}, "T Shirt", True),  # the same words after folding
    ({"query": "leather sofa", "match": "contains"}, "Brown LEATHER corner sofa", True),
    ({"query": "leather sofa", "match": "contains"}, "leather sofas", False),  # words, not substrings
    ({"query": "leather sofa", "match": "contains"}, "leather chair", False),
    ({"query": "ソファ", "match": "contains"}, "北欧ソファ 3人掛け", True),  # Japanese: a substring
    ({"query": "ソファ", "match": "contains"}, "ｿﾌｧ", True),  # half-width katakana folds
    ({"query": "ソファ", "match": "contains"}, "ソフトクッション", False),
    ({"query": "革 ソファ", "match": "contains"}, "本革ソファ", True),
    ({"query": "北欧ソファ", "match": "contains"}, "北欧 ソファ", True),  # spaces ignored
    ({"query": "nike スニーカー", "match": "contains"}, "NIKE 白いスニーカー", True),
    ({"query": "nike スニーカー", "match": "contains"}, "adidas スニーカー", False),
    ({"query": "ソファ"}, "ソファ", True),
])
def test_query_triggers(catalogue, trigger, query, fires):
    out = run(catalogue, rule(trigger=trigger, hide=["A"]), context=Context(query=query))
    assert (out.ids[0] != "A") is fires


@pytest.mark.parametrize("page, fires", [("furniture/sofas", True), ("Furniture", True),
                                         ("Lighting", False), (None, False)])
def test_category_page_trigger_covers_the_pages_below(catalogue, page, fires):
    out = run(catalogue, rule(trigger={"category": "Furniture"}, hide=["A"]), context=Context(category=page))
    assert (out.ids[0] != "A") is fires
    deeper = run(catalogue, rule(trigger={"category": "Furniture > Sofas"}, hide=["A"]),
                 context=Context(category="Furniture"))
    assert deeper.ids[0] == "A"


def test_scenario_trigger_and_star(catalogue):
    rules = [rule("one", trigger={"scenario": "for-you"}, hide=["A"]),
             rule("all", trigger={"scenario": "*"}, boosts=[{"when": {"brand": "other"}, "factor": 100}])]
    out = run(catalogue, *rules, context=Context(scenario="For-You"))
    assert out.ids == ["E", "B", "C", "D"] and [r["rule_id"] for r in out.applied_rules] == ["all", "one"]  # same priority: by id
    out = run(catalogue, *rules, context=Context(scenario="similar"))
    assert out.ids == ["E", "A", "B", "C", "D"]


def test_select_lists_live_rules_in_precedence_order(catalogue):
    rules = RuleSet([rule("b", hide=["A"]), rule("a", hide=["B"]), rule("c", priority=1, hide=["C"]),
                     rule("x", trigger={"query": "chair"}, hide=["C"])], catalogue)
    assert [r.id for r in rules.select(Context(query="sofa"), T0)] == ["c", "a", "b"]
    assert rules.redirect(Context(query="sofa"), T0) == (None, None)


@pytest.mark.parametrize("bad", [
    rule(redirect="javascript:alert(1)"), rule(redirect="//evil.example"),
    rule(trigger={"query": "x", "category": "y"}, hide=["A"]), rule(trigger={"query": "!!"}, hide=["A"]),
    rule(boosts=[{"when": {"brand": "x"}, "factor": 1}]), rule(boosts=[{"when": {}, "factor": 2}]),
    rule(boosts=[{"when": {"min_price": 5, "max_price": 1}, "factor": 2}]),
    rule(starts_at="2024-02-01", ends_at="2024-01-01", hide=["A"]), rule(),
    rule(trigger={"scenario": "for-you"}, redirect="/x"), rule(pins=[{"item_id": "A", "position": 0}]),
    rule(hide=["A"], surprise=True),
])
def test_invalid_rules_are_refused(bad):
    with pytest.raises(ValidationError):
        Rule.model_validate(bad)


def test_positions_given_by_the_caller_and_ids_unknown_to_the_catalogue(catalogue):
    rules = [rule(boosts=[{"when": {"brand": "zen"}, "factor": 10}], pins=[{"item_id": "E", "position": 1}])]
    by_id = run(catalogue, *rules)
    by_position = run(catalogue, *rules, positions=np.array([0, 1, 2, 3, 4]))
    assert by_id.ids == by_position.ids == ["E", "B", "D", "A", "C"]
    assert by_id.scores.tolist() == by_position.scores.tolist()
    # an item the compiled catalogue does not know (added since) keeps its place among the others
    out = run(catalogue, *rules, ids=["A", "new", "D"], scores=[3.0, 2.0, 1.0])
    assert out.ids == ["E", "D", "A", "new"] and out.scores.tolist() == [10.0, 10.0, 3.0, 2.0]
    assert run(catalogue, *rules, ids=[], scores=[]).ids == ["E"]  # a pin fills an empty list


def test_many_hides_and_pins_in_one_request():
    items = [{"item_id": f"i{k}", "brand": "b", "price": 1} for k in range(30)]
    catalogue = Catalogue([i["item_id"] for i in items], ItemColumns.from_items(items), np.full(30, np.nan))
    odd = [f"i{k}" for k in range(1, 20, 2)]
    pins = [{"item_id": f"i{20 + k}", "position": k + 1} for k in range(10)] + [{"item_id": "i0", "position": 12}]
    out = run(catalogue, rule(hide=odd, pins=pins), ids=[f"i{k}" for k in range(20)], scores=np.arange(20.0, 0, -1))
    evens = [f"i{k}" for k in range(2, 20, 2)]
    assert out.ids == [f"i{20 + k}" for k in range(10)] + evens[:1] + ["i0"] + evens[1:]
    assert out.applied_rules[0]["actions"][0] == {"action": "hide", "item_ids": odd}


def test_limit_returns_the_first_items_of_the_whole_reordered_list(catalogue):
    rules = [rule(boosts=[{"when": {"brand": "other"}, "factor": 100}], pins=[{"item_id": "F", "position": 2}])]
    full = run(catalogue, *rules)
    page = run(catalogue, *rules, limit=2)
    assert full.ids == ["E", "F", "A", "B", "C", "D"] and full.total == 6
    assert page.ids == ["E", "F"] and page.scores.tolist() == full.scores[:2].tolist() == [100.0, 5.0]
    assert page.total == 6 and page.applied_rules == full.applied_rules
    plain = run(catalogue, limit=3)
    assert plain.ids == ["A", "B", "C"] and plain.total == 5
