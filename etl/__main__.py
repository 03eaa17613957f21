"""Command line: `python -m etl build|export|evaluate|bench`. A thin layer over the library."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

DEFAULT_DB = Path("data/fujian.duckdb")


def _progress(desc: str):
    """A progress bar over files, advanced as each batch of them is done."""
    from tqdm import tqdm

    def track(summaries, total: int):
        with tqdm(total=total, desc=desc, unit="file", file=sys.stderr, disable=total == 0) as bar:
            for summary in summaries:
                bar.update(len(summary.documents) + len(summary.rejects))
                yield summary

    return track


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    if args.engine == "dask":
        from .distributed import build_on_dask

        parquet = args.parquet or args.db.with_name(args.db.name + ".parquet")
        result = build_on_dask(args.inputs, args.db, args.scheduler, parquet)
    else:
        result = build(args.inputs, args.db, jobs=args.jobs, progress=_progress("building"), incremental=not args.full)
    if result.database is None:
        for r in result.rejects:
            print(f"  {r.file_name}: {r.reason}")
        print("nothing could be built: no readable document among the inputs", file=sys.stderr)
        return 1
    print(f"processed now: {result.processed} files; unchanged and reused: {result.reused}")
    print(_summary(args.db))
    return 0


def _summary(db: Path) -> str:
    """What the live database holds, whatever this build did or reused."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        lines = [
            f"documents loaded: {one('SELECT count(*) FROM documents')}",
            f"documents rejected: {one('SELECT count(*) FROM rejects')}",
            *[f"  {f}: {r}" for f, r in con.execute("SELECT file_name, reason FROM rejects ORDER BY 1").fetchall()],
            f"articles: {one('SELECT count(*) FROM articles')}",
            f"paragraphs: {one('SELECT count(*) FROM paragraphs')}",
            f"mentions: {one('SELECT count(*) FROM mentions')}",
            *[
                f"  {t}: {n}"
                for t, n in con.execute("SELECT topic, count(*) FROM mentions GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
            ],
            f"database: {db} -> {db.resolve()}",
        ]
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_mentions

    if not args.db.exists():
        print(f"no database at {args.db}: run `python -m etl build data/raw --db {args.db}` first", file=sys.stderr)
        return 1
    n = export_mentions(args.db, args.out)
    print(f"{n} mentions written to {args.out}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, report
    from .export import export_mentions
    from .pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        predictions = args.predictions
        if predictions is None:
            db = args.db
            if db is None:
                db = Path(tmp) / "evaluate.duckdb"
                if build(args.inputs, db, jobs=args.jobs, incremental=False).database is None:
                    print("nothing could be built from the inputs", file=sys.stderr)
                    return 1
            predictions = Path(tmp) / "mentions.jsonl"
            export_mentions(db, predictions)
        ev = evaluate(predictions, args.gold, show=args.show)
    print(report(ev))
    return 1 if ev.failures() and args.strict else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    return run_bench(args)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build",
        help="build the DuckDB database from raw documents",
        description="Read every file of the folders (or the files) given, extract indicator "
        "mentions and write a new DuckDB database, moved into place when complete. "
        "Exits non-zero only when no document could be loaded.",
    )
    b.add_argument("inputs", nargs="+", type=Path, help="folders or files of raw documents (any encoding)")
    b.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"database file to write (default {DEFAULT_DB})")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument(
        "--full", action="store_true", help="process every file again, even those unchanged since the last build"
    )
    b.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (default), or a Dask cluster that writes Parquet partitioned by city and month",
    )
    b.add_argument(
        "--scheduler",
        default=None,
        help="Dask scheduler address (tcp://host:8786); default: a local cluster of two workers",
    )
    b.add_argument(
        "--parquet",
        type=Path,
        default=None,
        help="folder for the Dask engine's Parquet output (default: DB.parquet beside the database)",
    )
    b.set_defaults(func=cmd_build)

    e = sub.add_parser(
        "export",
        help="write mentions as JSON Lines",
        description="One JSON object per mention with the spec's fields (doc = file name), "
        "plus quote, paragraph_id, start and end.",
    )
    e.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"database to read (default {DEFAULT_DB})")
    e.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    e.set_defaults(func=cmd_export)

    v = sub.add_parser(
        "evaluate",
        help="score extraction against gold annotations",
        description="Build from the inputs (or read --db, or a --predictions file), export, and "
        "print precision, recall, F1, attribute agreement, misses and false positives.",
    )
    v.add_argument("--gold", type=Path, nargs="+", required=True, help="gold .jsonl files or folders")
    v.add_argument(
        "--inputs", type=Path, nargs="+", default=[Path("data/raw")], help="raw documents (default data/raw)"
    )
    v.add_argument("--db", type=Path, default=None, help="score this database instead of building one")
    v.add_argument("--predictions", type=Path, default=None, help="score this JSON Lines file instead")
    v.add_argument("--show", type=int, default=20, help="list up to N misses, false positives and wrong attributes")
    v.add_argument("--strict", action="store_true", help="exit 1 when a quality bar is not met")
    v.add_argument("--jobs", type=int, default=None, help="worker processes for the build")
    v.set_defaults(func=cmd_evaluate)

    k = sub.add_parser(
        "bench",
        help="benchmark the build and the dashboard queries",
        description="Generate synthetic corpora from templates, time each stage and the dashboard "
        "queries, and write the figures as a table and JSON.",
    )
    k.add_argument("--sizes", default="1,20,200", help="corpus sizes in MB, comma-separated (default 1,20,200)")
    k.add_argument("--mentions", default="10000,100000,1000000", help="mention counts for query timing")
    k.add_argument("--out", type=Path, default=Path("bench/results.json"), help="JSON file for the figures")
    k.add_argument("--jobs", type=int, default=None, help="worker processes for the parallel build")
    k.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
