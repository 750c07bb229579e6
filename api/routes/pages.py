"""The pages a person opens: the demo storefront at `/`, the operator dashboard at `/dashboard`,
their assets (and the paste-in search box, `kaiyu-search.js`) under `/static/`, and the
catalogue lookup the storefront renders recommended ids with.

The pages are plain HTML, CSS and JavaScript shipped inside the package: no build step, nothing
fetched from elsewhere, so they work on a machine without internet. They hold no keys: a page
asks for one (or reads it once from its URL's fragment, which never reaches a server) and keeps it
in the browser's localStorage.

Their Content-Security-Policy allows exactly what they use: their own scripts and stylesheets,
style attributes (set by their scripts: bar widths, swatches), calls to this API, and no framing.
The snippet's demo page also has a <style> element, and the snippet injects one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from api.deps import ReadKey, StoreDep
from api.schemas import ERROR_RESPONSES, ItemsPublic

STATIC = Path(__file__).resolve().parent.parent / "static"
MAX_IDS = 100

class _Static(StaticFiles):
    """The assets, timed under the route `/static` in the metrics (a mount names no route); an
    HTML file among them gets the pages' headers."""

    async def __call__(self, scope, receive, send):
        scope.setdefault("route", static_mount)
        if scope["path"].endswith(".html"):
            original = send

            async def send(message):
                if message["type"] == "http.response.start":
                    message["headers"] = [*message.get("headers", []), *_STATIC_HTML_HEADERS]
                await original(message)

        await super().__call__(scope, receive, send)


router = APIRouter(tags=["pages"])
router.mount("/static", _Static(directory=STATIC), name="static")
static_mount = router.routes[-1]

_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; style-src-elem 'self'{elem}; "
           "style-src-attr 'unsafe-inline'; img-src 'self'; connect-src 'self'; base-uri 'none'; "
           "form-action 'self'; frame-ancestors 'none'; object-src 'none'")
PAGE_CSP = _POLICY.format(elem="")
SNIPPET_CSP = _POLICY.format(elem=" 'unsafe-inline'")
# the pages are static; `no-cache` makes a browser revalidate them so an upgrade shows at once
_HTML_HEADERS = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                 "Referrer-Policy": "no-referrer", "Content-Security-Policy": PAGE_CSP}
_STATIC_HTML_HEADERS = [(b"content-security-policy", SNIPPET_CSP.encode()), (b"x-frame-options", b"DENY"),
                        (b"referrer-policy", b"no-referrer")]


@router.get("/", include_in_schema=False)
def storefront():
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8", headers=_HTML_HEADERS)


@router.get("/dashboard", include_in_schema=False)
def dashboard():
    return FileResponse(STATIC / "dashboard.html", media_type="text/html; charset=utf-8", headers=_HTML_HEADERS)


@router.get("/v1/items", response_model=ItemsPublic, dependencies=[ReadKey], responses=ERROR_RESPONSES,
            tags=["catalogue"], summary="Catalogue rows by id (to render recommended ids), in the order asked")
def get_items(store: StoreDep,
              ids: Annotated[str, Query(min_length=1, max_length=MAX_IDS * 257, description="comma-separated item ids")]):
    wanted = list(dict.fromkeys(i.strip() for i in ids.split(",") if i.strip()))
    if not wanted:
        raise HTTPException(422, "ids: give at least one item id")
    if len(wanted) > MAX_IDS or any(len(i) > 256 for i in wanted):
        raise HTTPException(422, f"ids: at most {MAX_IDS} ids of at most 256 characters each")
    found = store.get_items(wanted)
    items = []
    for item_id in wanted:
        item = found.get(item_id)
        if item is not None:
            created = item.get("created_at")
            items.append({**item, "created_at": created.isoformat() if created is not None else None})
    return {"items": items, "missing": [i for i in wanted if i not in found]}
