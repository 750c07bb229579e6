"""The `kaiyu` command: import data, train, serve, evaluate, manage keys, and run the demo.

Every subcommand takes `--home DIR` (default `$KAIYU_HOME` or `./kaiyu-data`). Heavy modules are
imported inside the subcommand that needs them, so `kaiyu --help` stays instant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path


def _settings(args):
    from store.settings import load_settings

    return load_settings(args.home)


def cmd_import(args) -> int:
    from store.importing import ImportFileError, import_file
    from store.db import open_store

    settings = _settings(args)
    store = open_store(settings)
    try:
        summary = import_file(store, args.kind, args.file, event_types=settings.event_types,
                              batch_size=args.batch_size,
                              show_progress=None if args.progress == "auto" else args.progress == "on")
    except ImportFileError as exc:
        print(f"kaiyu import: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(json.dumps(summary.as_dict(), indent=2) if args.json else summary.render())
    return 0


def cmd_train(args) -> int:
    from bundle.directory import TrainingLocked
    from training.errors import TrainingError
    from training.train import train

    try:
        if args.engine == "spark":
            from training.spark import check_spark

            check_spark()  # before the job starts: say what to install (pyspark, Java)
        report = train(_settings(args), force=args.force, engine=args.engine, spark_master=args.spark_master)
    except (TrainingLocked, TrainingError) as exc:
        print(f"kaiyu train: {exc}", file=sys.stderr)
        return 2
    except Exception:  # a failed training: the serving bundle is untouched; cron must tell it from a refusal
        traceback.print_exc()
        print("kaiyu train: FAILED (the serving bundle is unchanged)", file=sys.stderr)
        return 3
    return 0 if report["promoted"] else 1  # 1: the quality gate kept the serving bundle


def cmd_export(args) -> int:
    from store.export import ExportError, export_catalog, export_events, parse_time, progress_printer
    from store.db import open_store

    store = open_store(_settings(args))
    try:
        if args.kind == "events":
            result = export_events(store, args.out, since=parse_time(args.since), until=parse_time(args.until),
                                   log=progress_printer())
            print(result.render())
        else:
            if args.since or args.until:
                raise ExportError("--since and --until select events, not catalogue rows")
            done = export_catalog(store, args.out)
            print(f"exported {done['rows']:,} items to {done['path']} in {done['seconds']:.1f} s")
    except (ExportError, ValueError) as exc:
        print(f"kaiyu export: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0


def cmd_bundles(args) -> int:
    from bundle.directory import BundleError, BundleStore

    bundles = BundleStore(_settings(args).home)
    try:
        if args.action == "list":
            current = bundles.current()
            for version in bundles.versions():
                metrics = bundles.manifest(version).get("metrics", {})
                primary = metrics.get("primary_metric")
                shown = f"{primary} {metrics[primary]:.4f}" if primary in metrics else ""
                print(f"{'*' if version == current else ' '} {version}  {shown}")
        elif args.action == "show":
            version = args.version or bundles.current()
            if version is None:
                raise BundleError("no bundle is serving yet")
            print(json.dumps(bundles.manifest(version), indent=2))
        elif args.action == "promote":
            bundles.promote(args.version, reason="promoted by hand")
            print(f"promoted {args.version}")
        elif args.action == "rollback":
            print(f"rolled back to {bundles.rollback()}")
    except BundleError as exc:
        print(f"kaiyu bundles: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_keys(args) -> int:
    from api.keys import create_key, list_keys

    home = Path(args.home)
    if args.action == "list":
        for entry in list_keys(home):
            print(f"{'+'.join(entry['scopes']):<24} {entry['name']}")
        return 0
    scopes = tuple(dict.fromkeys(s for part in (args.scope or ["read"]) for s in part.replace("+", ",").split(",") if s))
    try:
        key = create_key(home, scopes, name=args.name)
    except ValueError as exc:
        print(f"kaiyu keys: {exc}", file=sys.stderr)
        return 2
    print(f"created a {'+'.join(scopes)} key (shown once; only its hash is kept in {home / 'keys.json'}):",
          file=sys.stderr)
    print(key)
    return 0


def cmd_serve(args) -> int:
    from api.server import serve

    return serve(_settings(args), host=args.host, port=args.port, workers=args.workers)


def cmd_demo(args) -> int:
    from demo.shop import demo

    return demo(_settings(args), host=args.host, port=args.port, workers=args.workers,
                users=args.users, serve_after=not args.no_serve)


def cmd_evaluate(args) -> int:
    from training.train import evaluate_current

    return evaluate_current(_settings(args), as_json=args.json)


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.ArgumentDefaultsHelpFormatter
    parser = argparse.ArgumentParser(prog="kaiyu", description=__doc__.splitlines()[0], formatter_class=fmt)
    home_help = "Kaiyu home directory (store, bundles, keys)"
    parser.add_argument("--home", default=os.environ.get("KAIYU_HOME", "kaiyu-data"), help=home_help)
    home = argparse.ArgumentParser(add_help=False)  # also accepted after the subcommand
    home.add_argument("--home", default=argparse.SUPPRESS, help=home_help)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_import, _add_train, _add_export, _add_bundles, _add_keys, _add_serving, _add_evaluate):
        add(sub, home, fmt)
    return parser


def _add_import(sub, home, fmt) -> None:
    p = sub.add_parser("import", parents=[home], formatter_class=fmt,
                       help="load a catalogue or events file (JSON Lines, CSV or Parquet)")
    p.add_argument("kind", choices=["catalog", "events"])
    p.add_argument("file", type=Path)
    p.add_argument("--batch-size", type=int, default=5000, help="rows per transaction")
    p.add_argument("--progress", choices=["auto", "on", "off"], default="auto",
                   help="progress bar on stderr (auto: when it is a terminal)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_import)


def _add_train(sub, home, fmt) -> None:
    p = sub.add_parser("train", parents=[home], formatter_class=fmt,
                       help="the nightly job: train, evaluate, write and promote a bundle")
    p.add_argument("--force", action="store_true", help="promote even if the quality gate refuses")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="where the collaborative-filtering model trains: local (this process, auto-tuned) or "
                        "spark (Spark MLlib ALS on a Parquet export of the events; needs kaiyu[spark])")
    p.add_argument("--spark-master", default=None,
                   help="Spark master URL for --engine spark (default: $KAIYU_SPARK_MASTER or local[2])")
    p.set_defaults(func=cmd_train)


def _add_export(sub, home, fmt) -> None:
    p = sub.add_parser("export", parents=[home], formatter_class=fmt,
                       help="write the events (a directory of Parquet parts) or the catalogue (one Parquet file)")
    p.add_argument("kind", choices=["events", "catalog"])
    p.add_argument("--out", type=Path, required=True,
                   help="events: a new (or empty) directory; catalog: a FILE.parquet")
    p.add_argument("--since", help="events at or after this ISO 8601 time")
    p.add_argument("--until", help="events before this ISO 8601 time")
    p.set_defaults(func=cmd_export)


def _add_bundles(sub, home, fmt) -> None:
    p = sub.add_parser("bundles", parents=[home], formatter_class=fmt, help="list, show, promote or roll back bundles")
    p.add_argument("action", choices=["list", "show", "promote", "rollback"])
    p.add_argument("version", nargs="?", help="for show and promote")
    p.set_defaults(func=cmd_bundles)


def _add_keys(sub, home, fmt) -> None:
    p = sub.add_parser("keys", parents=[home], formatter_class=fmt, help="create or list API keys",
                       description="Scopes: read (search, recommendations: for browsers), write (events, catalogue), "
                                   "admin (/v1/admin), events (POST /v1/events only: the storefront tracker's key, "
                                   "safe to ship in a page).")
    p.add_argument("action", choices=["create", "list"])
    p.add_argument("--scope", action="append", help="a scope (repeat, or join with +); default read")
    p.add_argument("--name", default="", help="a label kept beside the key's hash")
    p.set_defaults(func=cmd_keys)


def _add_serving(sub, home, fmt) -> None:
    """`serve` and `demo`, which share the server options."""
    serve_opts = argparse.ArgumentParser(add_help=False)
    serve_opts.add_argument("--host", default="127.0.0.1")
    serve_opts.add_argument("--port", type=int, default=8000)
    serve_opts.add_argument("--workers", type=int, default=1)

    p = sub.add_parser("serve", parents=[home, serve_opts], formatter_class=fmt, help="serve the HTTP API")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", parents=[home, serve_opts], formatter_class=fmt,
                       help="build the synthetic demo store, train, and serve it")
    p.add_argument("--users", type=int, default=2000, help="synthetic shoppers")
    p.add_argument("--no-serve", action="store_true", help="build and train only")
    p.set_defaults(func=cmd_demo)


def _add_evaluate(sub, home, fmt) -> None:
    p = sub.add_parser("evaluate", parents=[home], formatter_class=fmt,
                       help="offline metrics of the current bundle")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evaluate)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kaiyu: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
