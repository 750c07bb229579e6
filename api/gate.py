"""What every request passes before a route: the no-key loopback rule, cross-site writes, the
key (once per request), rate limits, admin actions a browser must preflight, and the body size.

Plain ASGI rather than Starlette's decorator middleware: that one costs a task per request on the
hot path. Its checks, in order:
1. With no keys configured, only this machine may call: the peer must be a loopback address and
   the `Host` header a loopback name (a DNS-rebound page carries its own name there).
2. With no keys, a write (POST, PUT, PATCH, DELETE) whose `Origin` is another site is refused: a
   page elsewhere may send a simple request without a preflight, and nothing else would stop it.
   (With keys a browser cannot attach one unasked: keys travel in a header, never in cookies; and
   a reverse proxy that rewrites `Host` must not break a shop's own pages.)
3. The `Authorization: Bearer` key is looked up once; routes read the answer (`api.deps`).
4. Rate limits per key, or per client address for requests without a valid key (429).
5. A key holding only the `events` scope (shipped to browsers in a storefront's tracker) may
   POST /v1/events and nothing else (403 anywhere else, reads included).
6. A request with a body must hold a key with the scope it needs before one byte of the body is
   read (401/403): `admin` under /v1/admin/, `write` or `events` for POST /v1/events, `write`
   elsewhere; and an admin write must be non-simple (`X-Kaiyu-Request` or a JSON body).
7. The body is read here, up to `max_body_bytes` and no further (413, chunked or not), and handed
   on whole.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from api import errors
from api.keys import EVENTS_ONLY, KeyRing, hash_key
from api.ratelimit import RateLimits

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SCOPE_KEY = "kaiyu.key_scopes"  # in the ASGI scope: the request's key scopes, or None
IN_PROCESS_PEER = "testclient"  # Starlette's in-process test client: never a network address
ADMIN_PREFIX = "/v1/admin/"
EVENTS_PATH = "/v1/events"
NON_SIMPLE_HEADER = b"x-kaiyu-request"


def is_loopback_name(host: str) -> bool:
    """`localhost`, `*.localhost`, or a loopback address (127.0.0.0/8, ::1), with or without a port."""
    host = host.strip().lower()
    if host.startswith("["):
        name = host[1:host.find("]")] if "]" in host else host[1:]
    elif host.count(":") == 1:
        name = host.split(":", 1)[0]
    else:
        name = host
    name = name.rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def bearer_key(authorization: str) -> str | None:
    scheme, _, key = authorization.partition(" ")
    key = key.strip()
    return key if scheme.lower() == "bearer" and key else None


def scopes_of(scope, keyring: KeyRing, authorization: str) -> frozenset[str] | None:
    """The request's key scopes (None: no valid key), looked up once and kept in the ASGI scope."""
    return identify(scope, keyring, authorization)[1]


def identify(scope, keyring: KeyRing, authorization: str) -> tuple[str | None, frozenset[str] | None]:
    """(the key's hash, its scopes) for a valid key, else (None, None); looked up once per request."""
    if SCOPE_KEY not in scope:
        key = bearer_key(authorization)
        scopes = keyring.scopes(key) if key and keyring else None
        scope[SCOPE_KEY] = (hash_key(key), scopes) if scopes is not None else (None, None)
    return scope[SCOPE_KEY]


class Gate:
    def __init__(self, app, *, keyring: KeyRing, limits: RateLimits, max_bytes: int, origins: list[str]):
        self.app = app
        self.keyring = keyring
        self.limits = limits
        self.max_bytes = max_bytes
        self.origins = {o.rstrip("/").lower() for o in origins}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {}
        for name, value in scope["headers"]:
            if name in (b"host", b"origin", b"authorization", b"content-length", b"content-type", NON_SIMPLE_HEADER):
                headers.setdefault(name, value.decode("latin-1"))
        refusal = self.refusal(scope, headers)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if scope["method"] not in SAFE_METHODS:
            receive = await self.read_body(scope, receive, send, headers)
            if receive is None:
                return
        await self.app(scope, receive, send_with_nosniff(send))

    def refusal(self, scope, headers: dict[bytes, str]):
        """The response refusing this request before it reaches a route, or None."""
        method, path = scope["method"], scope["path"]
        peer = (scope.get("client") or (None,))[0]
        if not self.keyring and not self.local_caller(peer, headers.get(b"host", "")):
            return refuse(403, "with no API keys configured, Kaiyu answers only this machine by a loopback name "
                               "(localhost, 127.0.0.1, ::1); configure keys to serve other hosts",
                          close=method not in SAFE_METHODS)
        origin = headers.get(b"origin")
        if (not self.keyring and method not in SAFE_METHODS and origin
                and not self.allowed_origin(origin, headers.get(b"host", ""))):
            return refuse(403, f"writes from another site's page ({origin[:100]}) are refused")
        digest, scopes = identify(scope, self.keyring, headers.get(b"authorization", ""))
        wait = self.limits.hit(f"key:{digest}" if digest else f"ip:{peer}", keyed=digest is not None)
        if wait is not None:
            return refuse(429, f"rate limit exceeded; retry in {wait} s", code="rate_limited",
                          headers={"Retry-After": str(wait)}, close=method not in SAFE_METHODS)
        if scopes is not None and scopes <= EVENTS_ONLY and not (path == EVENTS_PATH and method in ("POST", "OPTIONS")):
            return refuse(403, "an events key may only POST /v1/events", close=method not in SAFE_METHODS)
        if method in SAFE_METHODS:
            return None
        needed = ("admin",) if path.startswith(ADMIN_PREFIX) else ("write", "events") if path == EVENTS_PATH else ("write",)
        if self.keyring:
            if scopes is None:
                return refuse(401, "missing or unknown API key: send 'Authorization: Bearer KEY'",
                              headers={"WWW-Authenticate": "Bearer"})
            if not scopes & set(needed):
                return refuse(403, f"this key lacks the '{needed[0]}' scope"
                                   + (f" (or '{needed[1]}')" if len(needed) > 1 else ""))
        if needed == ("admin",) and not (headers.get(NON_SIMPLE_HEADER) or is_json(headers.get(b"content-type", ""))):
            return refuse(403, "an admin action needs the header 'X-Kaiyu-Request: 1' (or a JSON body), "
                               "which a browser sends only after a CORS preflight")
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return refuse(413, f"request body over {self.max_bytes} bytes")
        return None

    @staticmethod
    def local_caller(peer: str | None, host: str) -> bool:
        if peer == IN_PROCESS_PEER:
            return host.split(":")[0].lower() == "testserver" or is_loopback_name(host)
        if peer is not None and peer != "":
            try:
                if not ipaddress.ip_address(peer).is_loopback:
                    return False
            except ValueError:
                return False
        return is_loopback_name(host)

    def allowed_origin(self, origin: str, host: str) -> bool:
        origin = origin.strip().rstrip("/").lower()
        if origin in self.origins:
            return True
        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc == host.strip().lower()

    async def read_body(self, scope, receive, send, headers):
        """Reads the body up to the limit; returns a `receive` replaying it, or None when refused."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: let the app see it
                return _replay(b"".join(chunks), receive, first=message)
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await refuse(413, f"request body over {self.max_bytes} bytes")(scope, receive, send)
                return None
            chunks.append(body)
            if not message.get("more_body", False):
                return _replay(b"".join(chunks), receive)


def _replay(body: bytes, receive, first=None):
    state = {"done": False}

    async def replayed():
        if not state["done"]:
            state["done"] = True
            if first is not None:
                return first
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def refuse(status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None,
           close: bool = True):
    """An error response; `close` also closes the connection, so a body left unread is not drained."""
    extra = {"Connection": "close"} if close else {}
    return errors.error_response(status, message, code=code,
                                 headers={**extra, "X-Content-Type-Options": "nosniff", **(headers or {})})


def send_with_nosniff(send):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            if not any(name.lower() == b"x-content-type-options" for name, _ in headers):
                message["headers"] = [*headers, (b"x-content-type-options", b"nosniff")]
        await send(message)

    return wrapped
