"""`kaiyu demo`: a synthetic shop, trained and served, in one command."""

from __future__ import annotations

import sys

from store.settings import Settings
from store.importing import import_file
from store.db import open_store
from bundle.directory import BundleStore
from demo.learning import BackgroundLearning, learning_pending, train_quick

DEMO_KEYS = "demo-keys.txt"


def build_demo_store(settings: Settings, *, users: int = 2000) -> None:
    """Generate the synthetic shop into the home and import it through the importers, unless
    the store already holds a catalogue."""
    from demo.synthetic import write_store

    store = open_store(settings)
    try:
        if store.count_items():
            print(f"[kaiyu demo] the store in {settings.home} already has a catalogue: keeping it", file=sys.stderr)
            return
        catalog, events = write_store(settings.home / "demo-data", n_users=users)
        print(f"[kaiyu demo] generated a SYNTHETIC shop in {catalog.parent}", file=sys.stderr)
        for kind, path in (("catalog", catalog), ("events", events)):
            print(import_file(store, kind, path, event_types=settings.event_types, show_progress=True).render(),
                  file=sys.stderr)
    finally:
        store.close()


def demo_keys(settings: Settings) -> tuple[str, str]:
    """The demo's read key and its operator key (read, write and admin: the storefront's events,
    the dashboard): made once, kept in HOME/demo-keys.txt (a demo convenience; a real deployment
    keeps only the hashes in keys.json). A home made before the admin scope gets it added."""
    from api.keys import create_key, grant_scopes

    path = settings.home / DEMO_KEYS
    if path.exists():
        read, write = path.read_text().split()[:2]
        grant_scopes(settings.home, write, ("admin",))
        return read, write
    read = create_key(settings.home, ("read",), prefix="pk_demo", name="demo read")
    write = create_key(settings.home, ("read", "write", "admin"), prefix="sk_demo", name="demo operator")
    path.write_text(f"{read}\n{write}\n")
    return read, write


def demo(settings: Settings, *, host: str, port: int, workers: int, users: int, serve_after: bool = True) -> int:
    settings.home.mkdir(parents=True, exist_ok=True)
    build_demo_store(settings, users=users)
    if BundleStore(settings.home).current() is None:
        if serve_after:
            train_quick(settings)  # serve within minutes; learn after (demo.learning)
        else:
            from training.train import train

            train(settings)
    read, write = demo_keys(settings)
    base = f"http://{host}:{port}"
    print(f"""
Kaiyu demo (synthetic shop) at {base}
  shop:      {base}/#key={read}&write_key={write}
  dashboard: {base}/dashboard#write_key={write}
             (the pages keep the keys in the browser and drop them from the address bar)
  API docs:  {base}/docs
  read key:  {read}     (search, recommendations: safe in a browser)
  write key: {write}     (events, catalogue; admin scope: the dashboard)
  try:       curl -H 'Authorization: Bearer {read}' '{base}/v1/search?q=shirt+dress&limit=3'
             curl -H 'Authorization: Bearer {read}' '{base}/v1/users/U0001/recommendations?limit=3'
""", file=sys.stderr)
    if not serve_after:
        return 0
    from api.server import serve

    learning = BackgroundLearning(settings.home, f"{base}/readyz") if learning_pending(settings.home) else None
    if learning is not None:
        learning.start()
    try:
        return serve(settings, host=host, port=port, workers=workers)
    finally:
        if learning is not None:
            learning.stop()
