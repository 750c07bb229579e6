"""The measurement half in Chromium: the storefront sends its events through kaiyu-insights.js
with the search that led to them, and the experiments page renders an experiment's verdict."""

from __future__ import annotations

import time

import httpx
import sqlalchemy as sa

from store.db import Store
from tests.e2e.test_pages import counter, open_shop, search, wait_counter


def _admin(server):
    return {"Authorization": f"Bearer {server.write}", "X-Kaiyu-Request": "1"}


def test_the_storefront_tracker_sends_a_click_with_its_search_id_and_position(page, live_server):
    open_shop(page, live_server)
    requests = []
    page.on("request", lambda r: requests.append(r) if r.url.endswith("/v1/events") else None)
    search(page, "dress")
    cards = page.locator("#results .card")
    assert cards.count() >= 3
    item = cards.nth(2).get_attribute("data-item-id")
    before = counter(page, "events")
    cards.nth(2).click()
    wait_counter(page, "events", before)
    assert requests and all(r.method == "POST" for r in requests)  # sent by the tracker, batched JSON
    store = Store(live_server.db_url)
    try:
        deadline = time.monotonic() + 5
        while True:
            clicks = [e for e in store.attributed_events() if e["item_id"] == item and e["type"] == "click"]
            if clicks or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert clicks, "the click reached the store with its search_id"
        click = clicks[-1]
        assert click["position"] == 3 and len(click["search_id"]) == 32
        deadline = time.monotonic() + 5  # the impression log is written in batches
        while not (shown := [i for i in store.impressions(kind="search") if i["id"] == click["search_id"]]):
            assert time.monotonic() < deadline, "the search's impression was never written"
            time.sleep(0.2)
        assert shown[0]["items"][2] == item and shown[0]["query"] == "dress"  # the item was shown third
    finally:
        store.close()


def test_the_experiments_page_renders_a_verdict(page, live_server):
    experiment = {"id": "e2e-ab", "metric": "click_through", "min_exposures": 50, "min_events": 5,
                  "variants": [{"name": "A", "share": 0.5}, {"name": "B", "share": 0.5}]}
    created = httpx.post(f"{live_server.base}/v1/admin/experiments", json=experiment, headers=_admin(live_server))
    assert created.status_code == 201, created.text
    store = Store(live_server.db_url)
    try:
        now = time.time()
        store.add_impressions([{"id": f"e2e{v}{k:04d}".ljust(32, "0"), "kind": "search", "ts": now, "user_id": f"u{v}{k}",
                                "query": "lamp", "items": ["x"], "offset": 0, "variant": f"e2e-ab:{v}"}
                               for v in "AB" for k in range(100)])
        with store.engine.begin() as conn:  # clicks on 10 of A's searches and 40 of B's
            conn.execute(sa.text("DELETE FROM events WHERE search_id LIKE 'e2e%'"))
    finally:
        store.close()
    clicks = [{"user_id": f"u{v}{k}", "item_id": "x", "type": "click", "search_id": f"e2e{v}{k:04d}".ljust(32, "0"),
               "position": 1} for v, n in (("A", 10), ("B", 40)) for k in range(n)]
    posted = httpx.post(f"{live_server.base}/v1/events", json=clicks, headers=_admin(live_server))
    assert posted.json()["rejected"] == []
    page.goto(live_server.url("/static/experiments.html", keys="write"))
    wait_counter(page, "loaded", 0)
    card = page.locator('.experiment[data-id="e2e-ab"]')
    assert card.locator(".verdict").inner_text() == "B beats A"
    text = card.inner_text()
    assert "10.00%" in text and "40.00%" in text and "better" in text
    assert card.locator("button", has_text="Promote").count() == 1
