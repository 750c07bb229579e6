"""Every error leaves as `{"error": {"code", "message"}}`: 4xx for the caller's mistakes, a
plain 500 (details in the log only) for ours."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.engine import NotReadyError
from store.filters import FilterError

log = logging.getLogger("kaiyu.api")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_request", 429: "rate_limited", 503: "not_ready"}


def error_response(status: int, message: str, code: str | None = None, headers=None) -> JSONResponse:
    return JSONResponse({"error": {"code": code or CODES.get(status, "error"), "message": message}},
                        status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        where = ".".join(loc) or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return error_response(422, _validation_message(exc))

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError):
        return error_response(400, str(exc))

    @app.exception_handler(NotReadyError)
    async def _not_ready(request: Request, exc: NotReadyError):
        return error_response(503, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details", code="internal")
