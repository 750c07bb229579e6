"""Browser tests: a real `kaiyu serve` over a trained demo home, with API keys configured, driven
by headless Chromium through Playwright (the Python package; its bundled driver talks to the
Debian `chromium` binary, so nothing is downloaded).

Without a browser the tests skip and say why; with `KAIYU_REQUIRE_BROWSER=1` (CI, see .ci/run)
a missing browser fails the run instead. `KAIYU_CHROMIUM` names the binary (default: `chromium`
on the PATH, then /usr/bin/chromium); scripts/install-chromium.sh installs it. Screenshots of
every test land in test-artifacts/e2e/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.http_client import ServerNotReady, free_port, start_serve, wait_ready

REPO_ROOT = Path(__file__).resolve().parents[2]

REQUIRE_BROWSER = os.environ.get("KAIYU_REQUIRE_BROWSER") == "1"
ARTIFACTS = REPO_ROOT / "test-artifacts" / "e2e"
READ, WRITE = "pk_e2e_read", "sk_e2e_write"


def _missing(reason: str, fix: str):
    if REQUIRE_BROWSER:
        pytest.fail(f"KAIYU_REQUIRE_BROWSER=1 but {reason}; {fix}", pytrace=False)
    pytest.skip(f"{reason}; {fix}")


def chromium_path() -> str | None:
    named = os.environ.get("KAIYU_CHROMIUM")
    if named:
        return named if os.access(named, os.X_OK) else None
    return shutil.which("chromium") or next(
        (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.access(p, os.X_OK)), None)


@dataclass
class LiveServer:
    base: str
    home: Path
    db_url: str
    read: str = READ
    write: str = WRITE

    def url(self, path: str = "/", *, keys: str = "both") -> str:
        """A page URL carrying keys in its fragment, the way `kaiyu demo` prints them."""
        fragment = {"both": f"#key={self.read}&write_key={self.write}", "read": f"#key={self.read}",
                    "write": f"#write_key={self.write}", "none": ""}[keys]
        return f"{self.base}{path}{fragment}"


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        _missing(f"no Chromium at {os.environ.get('KAIYU_CHROMIUM') or 'chromium (PATH) or /usr/bin/chromium'}",
                 "bash scripts/install-chromium.sh installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed", "pip install -c constraints.txt -e '.[test]'")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        browser = playwright.chromium.launch(executable_path=path, headless=True,
                                             args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def live_server(browser, demo_home, tmp_path_factory):
    """`kaiyu serve` on a free port over a private copy of the trained demo home, keys on."""
    home = tmp_path_factory.mktemp("e2e") / "home"
    shutil.copytree(demo_home.home, home)
    port = free_port()
    env = {**os.environ, "KAIYU_API_KEYS": f"{READ}:read {WRITE}:read+write+admin", "KAIYU_SEARCH_DENSE": "false",
           "KAIYU_RELOAD_INTERVAL_S": "0.3"}
    env.pop("KAIYU_DATABASE_URL", None)
    log_path = home / "server.log"
    proc = start_serve(home, port=port, env=env, log_path=log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc, timeout=60, log_path=log_path)
    except ServerNotReady as exc:
        proc.kill()
        pytest.fail(str(exc))
    yield LiveServer(base=base, home=home, db_url=f"sqlite:///{home / 'kaiyu.db'}")
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page. The test fails if the page logged a JavaScript error
    or a console error (a failed request included); a screenshot is saved either way."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    page.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
    page.js_errors = errors
    yield page
    name = request.node.name.replace("/", "_")
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        context.close()
    expected = getattr(page, "expected_errors", ())
    unexpected = [e for e in errors if not any(x in e for x in expected)]
    assert not unexpected, f"the page logged errors: {unexpected}"
