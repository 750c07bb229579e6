"""Cross-origin calls from a store's own pages on other origins (`cors_origins`).

Two policies, by path: GET anywhere (a `read` key in a storefront's search box), and POST on
/v1/events only (a tracker's `events` key, kaiyu-insights.js; its JSON body makes the browser
preflight, answered here). No other write is ever allowed cross-site, and keys travel only in the
`Authorization` header, never in a query string. Outside the gate, so the gate's refusals (401,
403, 429) reach the page readable, and a tracker can tell a bad key (drop) from an outage (retry).
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware

from api.gate import EVENTS_PATH

ALLOWED_HEADERS = ["Authorization", "Content-Type"]
PREFLIGHT_MAX_AGE_S = 600


class Cors:
    def __init__(self, app, *, origins: list[str]):
        self.events = CORSMiddleware(app, allow_origins=origins, allow_methods=["POST"],
                                     allow_headers=ALLOWED_HEADERS, max_age=PREFLIGHT_MAX_AGE_S)
        self.reads = CORSMiddleware(app, allow_origins=origins, allow_methods=["GET"],
                                    allow_headers=ALLOWED_HEADERS, max_age=PREFLIGHT_MAX_AGE_S)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"] == EVENTS_PATH:
            await self.events(scope, receive, send)
        else:
            await self.reads(scope, receive, send)
