"""The dashboard's merchandising panels in Chromium (issue 19): an operator adds a rule, edits it
and deletes it, and adds a synonym; the storefront's search shows each change within a second."""

from __future__ import annotations

import json
import time

import httpx

try:
    from playwright.sync_api import expect
except ImportError:  # the `browser` fixture says why
    expect = None

from tests.e2e.test_pages import open_shop, search


def shop_ids(page) -> list[str]:
    return page.eval_on_selector_all("#results .card", "cards => cards.map(c => c.dataset.itemId)")


def api_ids(server, query: str) -> list[str]:
    with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {server.read}"}) as http:
        return [i["item_id"] for i in http.get("/v1/search", params={"q": query, "limit": 20}).json()["items"]]


def until_shop_shows(shop, query: str, check, saved_at: float) -> float:
    """Search the storefront until `check(ids)` holds; the seconds since the save."""
    while True:
        search(shop, query)
        if check(shop_ids(shop)):
            return time.monotonic() - saved_at
        assert time.monotonic() - saved_at < 5, f"the storefront still shows {shop_ids(shop)[:5]}"


def save_rule(dash, rule_id: str, rule: dict) -> float:
    dash.fill("#rule-id", rule_id)
    dash.fill("#rule-json", json.dumps(rule))
    with dash.expect_response(lambda r: "/v1/admin/rules/" in r.url and r.request.method == "PUT") as saved:
        dash.click("#rule-save")
    assert saved.value.status == 200, saved.value.text()
    return time.monotonic()


def test_dashboard_edits_a_rule_and_the_storefront_follows_within_a_second(page, live_server):
    plain = api_ids(live_server, "lamp")
    assert len(plain) >= 6
    shop = page.context.new_page()
    open_shop(shop, live_server)
    search(shop, "lamp")
    assert shop_ids(shop)[:6] == plain[:6]

    page.goto(live_server.url("/dashboard", keys="write"))
    page.wait_for_selector("body[data-merch-ready]")
    expect(page.locator("#rules")).to_contain_text("No rules yet")

    saved = save_rule(page, "lamp-pin", {"trigger": {"query": "lamp"}, "pins": [{"item_id": plain[5], "position": 1}]})
    took = until_shop_shows(shop, "lamp", lambda ids: ids[:1] == [plain[5]], saved)
    assert took < 1.0, f"the pin showed after {took:.2f} s"
    expect(page.locator('#rules tr[data-id="lamp-pin"]')).to_contain_text(f"pin {plain[5]} at 1")

    page.click('#rules tr[data-id="lamp-pin"] .rule-edit')  # edit: hide the first lamp instead
    assert json.loads(page.input_value("#rule-json"))["pins"][0]["item_id"] == plain[5]
    saved = save_rule(page, "lamp-pin", {"trigger": {"query": "lamp"}, "hide": [plain[0]]})
    took = until_shop_shows(shop, "lamp", lambda ids: plain[0] not in ids and ids[:1] == [plain[1]], saved)
    assert took < 1.0, f"the edit showed after {took:.2f} s"
    expect(page.locator('#rules tr[data-id="lamp-pin"]')).to_contain_text("2")

    delete = page.locator('#rules tr[data-id="lamp-pin"] .rule-delete')
    delete.click()
    expect(page.locator("#rules")).to_contain_text("No rules yet")
    until_shop_shows(shop, "lamp", lambda ids: ids[:6] == plain[:6], time.monotonic())


def test_dashboard_adds_a_synonym_the_storefront_uses(page, live_server):
    page.goto(live_server.url("/dashboard", keys="write"))
    page.wait_for_selector("body[data-merch-ready]")
    page.fill("#synonym-line", "luminaire -> lamp")
    page.click("#synonym-save")
    expect(page.locator("#synonyms")).to_contain_text("luminaire -> lamp")
    with httpx.Client(base_url=live_server.base, headers={"Authorization": f"Bearer {live_server.read}"}) as http:
        lamp, luminaire = (http.get("/v1/search", params={"q": q}).json() for q in ("lamp", "luminaire"))
    assert luminaire["total"] == lamp["total"] > 0
    assert luminaire["understood"]["synonyms"][0]["added"] == ["lamp"]
    page.click("#synonyms .synonym-delete")
    expect(page.locator("#synonyms")).to_contain_text("No synonyms yet")
