"""Take the README's screenshots (docs/screenshots/*.png) from a running Kaiyu demo in headless
Chromium.

    kaiyu demo &                                        # serves on :8000, keys in kaiyu-data/
    python scripts/screenshots.py                        # reads kaiyu-data/demo-keys.txt
    python scripts/screenshots.py --url http://127.0.0.1:8000 --read-key pk_... --write-key sk_...

It searches, opens a product and adds it to the cart like a shopper would, so the demo store
gains a click and an add-to-cart event. Needs the `playwright` package (`pip install -e
'.[test]'`) and Chromium (`bash scripts/install-chromium.sh`); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the running server")
    parser.add_argument("--home", default=os.environ.get("KAIYU_HOME", "kaiyu-data"),
                        help="where demo-keys.txt is, when keys are not given")
    parser.add_argument("--read-key", help="default: the first line of HOME/demo-keys.txt")
    parser.add_argument("--write-key", help="default: the second line of HOME/demo-keys.txt")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--chromium", default=os.environ.get("KAIYU_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--query", default="shirt dress", help="what the storefront shot searches")
    args = parser.parse_args(argv)

    read, write = args.read_key, args.write_key
    keys_file = Path(args.home) / "demo-keys.txt"
    if (read is None or write is None) and keys_file.exists():
        saved = keys_file.read_text().split()
        read, write = read or saved[0], write or saved[1]
    fragment = "&".join(f"{name}={value}" for name, value in (("key", read), ("write_key", write)) if value)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = args.url.rstrip("/")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, headless=True,
                                             args=["--no-sandbox", "--disable-dev-shm-usage"])
        page = browser.new_page(viewport={"width": 1360, "height": 1240}, locale="en-US")
        page.set_default_timeout(15_000)

        def recs_after(n: int) -> None:
            page.wait_for_function(f"Number(document.body.dataset.recs || 0) > {n}")

        def recs() -> int:
            return int(page.evaluate("Number(document.body.dataset.recs || 0)"))

        def quiet() -> None:  # no toast or hover effects in a picture
            page.evaluate("document.getElementById('toast') && document.getElementById('toast').remove()")
            page.mouse.move(0, 0)

        page.goto(f"{base}/#{fragment}")
        recs_after(0)
        searches = int(page.evaluate("Number(document.body.dataset.searches || 0)"))
        page.fill("#q", args.query)
        page.press("#q", "Enter")
        page.wait_for_function(f"Number(document.body.dataset.searches || 0) > {searches}")
        page.wait_for_timeout(800)  # the recommendations re-read alongside
        quiet()
        page.screenshot(path=str(out / "storefront.png"))

        n = recs()
        page.locator("#results .card").first.click()
        recs_after(n)
        n = recs()
        page.click("#add-to-cart")
        recs_after(n)
        n = recs()
        page.locator("#product-view a").first.click()  # back to the results: the shopper's own rows
        recs_after(n)
        page.wait_for_timeout(1100)  # let the "updated" flash fade
        page.evaluate("window.scrollTo(0, document.getElementById('recs').offsetTop - 70)")
        quiet()
        page.screenshot(path=str(out / "recommendations.png"))

        page.set_viewport_size({"width": 1360, "height": 900})
        page.goto(f"{base}/dashboard#{fragment}")
        page.wait_for_selector("body[data-ready]")
        shown = page.inner_text("#events-note")
        page.select_option("#days", "90")  # the synthetic shop's whole history
        page.wait_for_function("note => document.getElementById('events-note').textContent !== note", arg=shown)
        quiet()
        page.screenshot(path=str(out / "dashboard.png"), full_page=True)
        browser.close()
    for name in ("storefront", "recommendations", "dashboard"):
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
