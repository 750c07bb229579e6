"""`kaiyu serve` as deployed: a real uvicorn process with two workers, over real HTTP; and
schemathesis generating requests from the OpenAPI schema: none may produce a 500."""

import os

import httpx
import pytest


from benchmarks.http_client import ServerNotReady, free_port, start_serve, wait_ready

READ, WRITE = "pk_live_read", "sk_live_write"


@pytest.fixture(scope="module")
def live_server(demo_home, tmp_path_factory):
    import shutil

    home = tmp_path_factory.mktemp("live") / "home"
    shutil.copytree(demo_home.home, home)
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write+admin", "KAIYU_SEARCH_DENSE": "false"}
    log_path = home / "server.log"
    proc = start_serve(home, port=port, workers=2, env=env, log_path=log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc, timeout=90, log_path=log_path)
    except ServerNotReady as exc:
        proc.kill()
        pytest.fail(str(exc))
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
