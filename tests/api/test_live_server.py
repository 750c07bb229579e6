"""`kaiyu serve` as deployed: a real uvicorn process with two workers, over real HTTP; and
schemathesis generating requests from the OpenAPI schema: none may produce a 500."""

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

READ, WRITE = "pk_live_read", "sk_live_write"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server(demo_home, tmp_path_factory):
    import shutil

    home = tmp_path_factory.mktemp("live") / "home"
    shutil.copytree(demo_home.home, home)
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write+admin", "KAIYU_SEARCH_DENSE": "false"}
    log = (home / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--home", str(home), "--port", str(port),
                             "--workers", "2"], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            pytest.fail(f"kaiyu serve exited: {(home / 'server.log').read_text()[-3000:]}")
        time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(f"kaiyu serve not ready in time: {(home / 'server.log').read_text()[-3000:]}")
    yield base
    proc.terminate()
    proc.wait(20)


def test_two_workers_answer_over_http(live_server):
    with httpx.Client(base_url=live_server, headers={"Authorization": f"Bearer {READ}"}) as http:
        for _ in range(20):
            r = http.get("/v1/search", params={"q": "table lamp", "limit": 3})
            assert r.status_code == 200 and r.json()["items"]
        assert http.post("/v1/events", json=[]).status_code == 403
    metrics = httpx.get(f"{live_server}/metrics").text
    # both workers' counts are added up in one exposition
    line = [l for l in metrics.splitlines() if l.startswith('kaiyu_requests_total{method="GET",route="/v1/search",status="200"}')]
    assert line and float(line[0].split()[-1]) >= 20


def test_no_generated_request_gets_a_500(live_server):
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_url(f"{live_server}/openapi.json")
    failures = []
    for operation in schema.get_all_operations():
        op = operation.ok()

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=op.as_strategy())
        def check(case):
            key = WRITE if case.method.upper() != "GET" else READ
            response = case.call(base_url=live_server, headers={"Authorization": f"Bearer {key}", "X-Kaiyu-Request": "1"},
                                 timeout=10)
            if response.status_code >= 500:
                failures.append((case.method, case.formatted_path, case.query, response.status_code, response.text[:200]))
            if "application/json" in str(response.headers.get("content-type")) and response.status_code >= 400:
                assert "error" in response.json(), response.text

        check()
    assert not failures, failures[:5]
