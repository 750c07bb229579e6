"""The app's own guards (issue 18): the no-key loopback rule (binds, Host headers, peers, other
sites' pages), the admin scope and its non-simple requests, the pages' security headers, keys
never read from the query string, per-key rate limits, the body size enforced while streaming and
after the key check, and the configured query bounds. In process; no bundle needed."""

import asyncio
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from api.config import ApiSettings
from api.main import create_app
from api.routes.pages import STATIC

READ, WRITE, ADMIN = "pk_test_read", "sk_test_write", "sk_test_admin"
KEYS = f"{READ}:read {WRITE}:read+write {ADMIN}:read+write+admin"
ADMIN_GETS = ["/v1/admin/overview", "/v1/admin/bundles", "/v1/admin/events/daily", "/v1/admin/queries",
              "/v1/admin/latency", "/v1/admin/shoppers"]
ADMIN_POSTS = ["/v1/admin/bundles/20260101T000000Z/promote", "/v1/admin/rollback"]
NON_SIMPLE = {"X-Kaiyu-Request": "1"}
EVENT = [{"user_id": "u1", "item_id": "a", "type": "view"}]


def auth(key):
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def keyed(tmp_path):
    with TestClient(create_app(ApiSettings(home=tmp_path, api_keys=KEYS))) as c:
        yield c


@pytest.fixture
def keyless(tmp_path):
    """No keys: what `kaiyu serve` on a laptop is. The test client's own host is in-process."""
    with TestClient(create_app(ApiSettings(home=tmp_path, api_keys=""))) as c:
        yield c


# -- the no-key loopback rule, in the app itself ----------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "192.168.1.20:8000", "10.0.0.1",
                                  "localhost.evil.example", "127.0.0.1.nip.io:8000"])
def test_without_keys_a_foreign_host_header_is_refused(keyless, host):
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 reaches the API
    with its own name in the Host header."""
    for path in ("/healthz", "/v1/admin/overview", "/"):
        response = keyless.get(path, headers={"Host": host})
        assert response.status_code == 403, (path, host, response.status_code)
        assert response.json()["error"]["code"] == "forbidden"
    assert keyless.post("/v1/events", json=EVENT, headers={"Host": host}).status_code == 403


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "127.0.0.2", "[::1]:8000"])
def test_without_keys_loopback_host_names_are_served(keyless, host):
    assert keyless.get("/healthz", headers={"Host": host}).status_code == 200
    assert keyless.post("/v1/events", json=EVENT, headers={"Host": host}).status_code == 200


def test_with_keys_any_host_is_served(keyed):
    assert keyed.get("/healthz", headers={"Host": "shop.example"}).status_code == 200


def test_without_keys_a_peer_off_this_machine_is_refused(tmp_path):
    app = create_app(ApiSettings(home=tmp_path, api_keys=""))
    with TestClient(app, client=("203.0.113.9", 40000)) as remote:
        assert remote.get("/healthz", headers={"Host": "localhost"}).status_code == 403
    with TestClient(app, client=("127.0.0.1", 40000)) as local:
        assert local.get("/healthz", headers={"Host": "localhost"}).status_code == 200


def test_without_keys_the_app_refuses_a_non_loopback_bind(tmp_path):
    with pytest.raises(RuntimeError, match="no API keys"):
        create_app(ApiSettings(home=tmp_path, api_keys="", bind_host="0.0.0.0"))
    create_app(ApiSettings(home=tmp_path, api_keys="", bind_host="127.0.0.1"))
    create_app(ApiSettings(home=tmp_path, api_keys=KEYS, bind_host="0.0.0.0"))


def test_kaiyu_serve_without_keys_refuses_a_public_bind(tmp_path):
    """It used to fall back to 127.0.0.1 silently; now it refuses, so nobody believes it serves
    the network."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    try:
        done = subprocess.run([sys.executable, "-m", "cli.main", "serve", "--home", str(tmp_path / "home"),
                               "--host", "0.0.0.0", "--port", "1"], capture_output=True, text=True, timeout=60,
                              env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("kaiyu serve started on a public bind without keys")
    assert done.returncode == 2 and "no API keys" in done.stderr


def test_without_keys_another_sites_page_cannot_write(keyless):
    """A page on another origin may send a simple POST (no preflight) to 127.0.0.1: its Origin
    header gives it away."""
    evil = {"Origin": "http://evil.example", "Host": "localhost:8000"}
    assert keyless.post("/v1/events", json=EVENT, headers=evil).status_code == 403
    assert keyless.post("/v1/admin/rollback", headers={**evil, **NON_SIMPLE}).status_code == 403
    own = {"Origin": "http://localhost:8000", "Host": "localhost:8000"}
    assert keyless.post("/v1/events", json=EVENT, headers=own).status_code == 200


# -- admin: its own scope, and requests a browser must preflight -------------------------------

def test_operator_data_and_actions_need_the_admin_scope(keyed):
    for path in ADMIN_GETS:
        assert keyed.get(path).status_code == 401, path
        for key in (READ, WRITE):
            forbidden = keyed.get(path, headers=auth(key))
            assert forbidden.status_code == 403, (path, key)
            assert forbidden.json() == {"error": {"code": "forbidden", "message": "this key lacks the 'admin' scope"}}
        assert keyed.get(path, headers=auth(ADMIN)).status_code == 200, path
    for path in ADMIN_POSTS:
        assert keyed.post(path, headers=NON_SIMPLE).status_code == 401
        assert keyed.post(path, headers={**auth(WRITE), **NON_SIMPLE}).status_code == 403
        assert keyed.post(path, headers={**auth(ADMIN), **NON_SIMPLE}).status_code in (404, 409)
    # write keys still ingest
    assert keyed.post("/v1/events", json=EVENT, headers=auth(WRITE)).status_code == 200


@pytest.mark.parametrize("client_name", ["keyed", "keyless"])
def test_admin_actions_must_be_requests_a_browser_preflights(request, client_name):
    """A bodiless POST is a "simple" request a browser sends cross-site without asking: an admin
    action needs a custom header or a JSON body."""
    client = request.getfixturevalue(client_name)
    headers = auth(ADMIN) if client_name == "keyed" else {}
    for path in ADMIN_POSTS:
        simple = client.post(path, headers=headers)
        assert simple.status_code == 403 and "X-Kaiyu-Request" in simple.json()["error"]["message"], path
        form = client.post(path, headers=headers, data={"a": "b"})
        assert form.status_code == 403, path
        assert client.post(path, headers={**headers, **NON_SIMPLE}).status_code in (404, 409), path
        assert client.post(path, headers=headers, json={}).status_code in (404, 409), path


def test_the_dashboard_sends_the_custom_header():
    common = (STATIC / "js" / "common.js").read_text()
    assert '"X-Kaiyu-Request"' in common


# -- the pages' headers --------------------------------------------------------------------

def test_pages_send_a_content_security_policy(keyed):
    for path in ("/", "/dashboard", "/static/search-box.html"):
        response = keyed.get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        directives = dict((d.split(" ", 1) + [""])[:2] for d in (p.strip() for p in csp.split(";")) if d)
        assert directives["frame-ancestors"] == "'none'", path
        assert directives["default-src"] == "'none'" and directives["script-src"] == "'self'", path
        assert directives["connect-src"] == "'self'" and directives["object-src"] == "'none'", path
        assert "unsafe-eval" not in csp, path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["x-frame-options"] == "DENY", path
    for path in ("/static/js/common.js", "/static/css/kaiyu.css", "/healthz"):
        assert keyed.get(path).headers["x-content-type-options"] == "nosniff", path


def test_the_policy_allows_exactly_what_the_pages_use(keyed):
    """No inline scripts or event-handler attributes anywhere (script-src 'self' is enough); the
    storefront and dashboard have no <style> elements (style attributes only, which their
    scripts set), so only the snippet page allows inline style elements."""
    for name in ("index.html", "dashboard.html", "search-box.html"):
        html = (STATIC / name).read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), name
        assert not re.search(r"\son[a-z]+=", html), name
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html, name
    for path in ("/", "/dashboard"):
        csp = keyed.get(path).headers["content-security-policy"]
        assert "style-src 'self'" in csp and "style-src-attr 'unsafe-inline'" in csp
        assert "style-src-elem 'self';" in csp + ";"
    assert "style-src-elem 'self' 'unsafe-inline'" in keyed.get("/static/search-box.html").headers["content-security-policy"]


# -- keys only in the Authorization header ----------------------------------------------------

@pytest.mark.parametrize("param", ["key", "api_key", "apikey", "access_token", "token", "authorization"])
def test_keys_are_never_read_from_the_query_string(keyed, param):
    assert keyed.get("/v1/search", params={"q": "lamp", param: READ}).status_code == 401
    assert keyed.get("/v1/admin/overview", params={param: ADMIN}).status_code == 401
    assert keyed.post("/v1/events", params={param: WRITE}, json=EVENT).status_code == 401
    assert keyed.get("/v1/search", params={"q": "lamp", param: f"Bearer {READ}"}).status_code == 401


def test_the_pages_take_keys_from_the_fragment_only():
    """The fragment never leaves the browser; a query string does (server logs, Referer)."""
    for name in ("js/common.js", "js/search-box-demo.js"):
        source = (STATIC / name).read_text()
        assert "searchParams.get(" not in source and "location.search" not in source, name


# -- rate limits --------------------------------------------------------------------------------

def test_a_key_over_its_rate_gets_429_with_retry_after(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=KEYS, rate_limit_per_key="5/minute")
    with TestClient(create_app(settings)) as c:
        codes = [c.get("/v1/search", params={"q": "x"}, headers=auth(READ)).status_code for _ in range(8)]
        assert codes[:5] == [503] * 5 and codes[5:] == [429] * 3  # 503: no bundle, but let through
        limited = c.get("/v1/search", params={"q": "x"}, headers=auth(READ))
        assert limited.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        # another key has its own budget
        assert c.post("/v1/events", json=EVENT, headers=auth(WRITE)).status_code == 200


def test_requests_without_a_key_are_limited_per_address(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys="", rate_limit_per_ip="3/minute")
    app = create_app(settings)
    with TestClient(app, base_url="http://localhost", client=("127.0.0.1", 1)) as one, \
            TestClient(app, base_url="http://localhost", client=("127.0.0.2", 1)) as two:
        assert [one.get("/healthz").status_code for _ in range(4)] == [200, 200, 200, 429]
        assert two.get("/healthz").status_code == 200


def test_the_default_limits_leave_room_for_the_load_benchmark(tmp_path):
    settings = ApiSettings(home=tmp_path)
    from limits import parse_many

    per_second = [item.amount / item.get_expiry() for item in parse_many(settings.rate_limit_per_key)]
    # a storefront's one read key carries every shopper: benchmarks/load.py sends ~2,000 req/s per
    # worker from one key, the default must sit well above what a worker serves
    assert min(per_second) >= 10000
    assert min(item.amount / item.get_expiry() for item in parse_many(settings.rate_limit_per_ip)) >= 2000


# -- bodies: refused unread without a key, cut off at the limit while streaming -----------------

def _post_chunked(app, path: str, headers: dict[str, str], chunk: bytes, chunks: int):
    """Drive the ASGI app directly with a chunked body (no Content-Length) of `chunks` chunks;
    returns (status, bytes the app read)."""
    state = {"sent": 0, "status": None}

    async def receive():
        if state["sent"] >= chunks:
            await asyncio.sleep(3600)
        state["sent"] += 1
        return {"type": "http.request", "body": chunk, "more_body": state["sent"] < chunks}

    async def send(message):
        if message["type"] == "http.response.start":
            state["status"] = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"),
                         (b"transfer-encoding", b"chunked"),
                         *((k.lower().encode(), v.encode()) for k, v in headers.items())],
             "client": ("127.0.0.1", 1234), "server": ("127.0.0.1", 8000)}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 60))
    return state["status"], state["sent"] * len(chunk)


def test_a_body_without_a_key_is_refused_before_it_is_read(tmp_path):
    app = create_app(ApiSettings(home=tmp_path, api_keys=KEYS))
    for headers in ({}, auth("sk_wrong"), auth(READ)):
        status, read = _post_chunked(app, "/v1/events", headers, b" " * 65536, 3200)  # 200 MB offered
        assert status in (401, 403) and read == 0, (headers, status, read)
    status, read = _post_chunked(app, "/v1/admin/rollback", auth(WRITE), b" " * 65536, 3200)
    assert status == 403 and read == 0


def test_a_chunked_body_is_cut_off_at_the_limit(tmp_path):
    app = create_app(ApiSettings(home=tmp_path, api_keys=KEYS, max_body_bytes=1_000_000))
    status, read = _post_chunked(app, "/v1/events", auth(WRITE), b" " * 65536, 3200)  # 200 MB offered
    assert status == 413 and read <= 1_000_000 + 65536, (status, read)


# -- the configured bounds ----------------------------------------------------------------------

def test_routes_use_the_configured_bounds(tmp_path):
    settings = ApiSettings(home=tmp_path, api_keys=KEYS, max_limit=5, max_offset=10, max_query_length=20)
    with TestClient(create_app(settings)) as c:
        def status(path, **params):
            return c.get(path, params=params, headers=auth(READ)).status_code

        assert status("/v1/search", q="lamp", limit=5, offset=10) == 503  # in bounds: no bundle yet
        assert status("/v1/search", q="lamp", limit=6) == 422
        assert status("/v1/search", q="lamp", offset=11) == 422
        assert status("/v1/search", q="x" * 21) == 422
        assert status("/v1/autocomplete", q="x" * 21) == 422
        assert status("/v1/users/u1/recommendations", limit=6) == 422
        assert status("/v1/items/a/similar", limit=6) == 422
        assert status("/v1/items/a/bought-together", limit=6) == 422
        body = c.get("/v1/search", params={"q": "lamp", "limit": 6}, headers=auth(READ)).json()
        assert "5" in body["error"]["message"]


def test_the_demo_operator_key_holds_the_admin_scope(tmp_path):
    from api.keys import create_key, load_keyring
    from demo.shop import DEMO_KEYS, demo_keys
    from store.settings import load_settings

    settings = load_settings(tmp_path / "new")
    settings.home.mkdir(parents=True)
    read, write = demo_keys(settings)
    ring = load_keyring("", settings.home)
    assert ring.scopes(read) == {"read"} and ring.scopes(write) == {"read", "write", "admin"}
    # a demo home made before the admin scope: its write key gains it
    old = load_settings(tmp_path / "old")
    old.home.mkdir(parents=True)
    keys = (create_key(old.home, ("read",)), create_key(old.home, ("read", "write")))
    (old.home / DEMO_KEYS).write_text("\n".join(keys) + "\n")
    assert demo_keys(old) == keys and load_keyring("", old.home).scopes(keys[1]) == {"read", "write", "admin"}
