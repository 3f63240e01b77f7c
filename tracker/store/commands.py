"""The store's commands: `tracker ingest` and `tracker export` (docs/store.md).

    python -m tracker ingest feeds/ reports/ --db corpus.db
    python -m tracker export --db corpus.db --format parquet -o figures.parquet
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path


def add(commands: argparse._SubParsersAction) -> None:
    from .. import cli
    from ..extraction.limits import MAX_BYTES
    from ..output import export

    p = commands.add_parser(
        "ingest",
        help="add articles to a store that grows run after run",
        description="Read articles, feeds, web pages, reports and folders as `extract` does and add what is new to "
        "the store --db FILE (SQLite, made if missing): documents already stored are skipped by the hash "
        "of their text, and every stored document is extracted again when the engine or lexicon changed.",
    )
    p.add_argument("paths", nargs="+", metavar="SOURCE", help="files and folders, in any format `extract` reads")
    p.add_argument("--db", required=True, metavar="FILE", help="the store's SQLite file (made if missing)")
    p.add_argument("-j", "--jobs", type=cli._positive(int), default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--max-bytes", type=cli._positive(int), default=MAX_BYTES, metavar="N",
                   help=f"skip documents larger than N bytes (default {MAX_BYTES:,})")
    p.add_argument("--date", type=cli._iso_date, metavar="YYYY-MM-DD", help="publication date for undated documents")
    p.set_defaults(run=run_ingest)

    p = commands.add_parser(
        "export",
        help="write the figures (or claims) of a store",
        description="Write the mentions of the store --db FILE as `extract` writes figures: the same columns "
        "and cells, documents in the order they were stored. --claims writes the claims instead.",
    )
    p.add_argument("--db", required=True, metavar="FILE", help="the store's SQLite file")
    p.add_argument("-f", "--format", choices=export.OUTPUT_FORMATS,
                   help="output format (default: from -o's suffix, else csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("--claims", action="store_true", help="write the claims, not the mentions")
    p.set_defaults(run=run_export)


def run_ingest(args: argparse.Namespace) -> int:
    from .. import cli
    from ..output.progress import Progress
    from .ingest import ingest, parallel_engine, serial_engine
    from .open import StoreError, open_store

    try:
        con = open_store(args.db)
    except StoreError as exc:
        return cli._fail(str(exc))
    progress = Progress(sys.stderr)
    try:
        result = ingest(
            con,
            args.paths,
            max_bytes=args.max_bytes,
            default_date=args.date,
            outputs=_store_files(args.db),
            engine=parallel_engine(args.jobs) if args.jobs > 1 else serial_engine,
            progress=lambda documents, figures, chars: progress.add(documents=documents, figures=figures, chars=chars),
        )
    except StoreError as exc:
        return cli._fail(str(exc))
    except OSError as exc:  # a folder that went away
        return cli._fail(f"cannot write the store {args.db}: {exc.strerror or exc}")
    except sqlite3.Error as exc:  # a full disk, a lock another process held too long
        return cli._fail(f"the store {args.db} failed: {exc}; the batches committed before it stay in the store")
    except cli.jobs.WorkerLost as exc:
        return cli._fail(f"{exc}; the batches committed before it stay in the store")
    except BaseException:
        progress.close()
        print("tracker: the batches committed so far stay in the store; run the same ingest to go on",
              file=sys.stderr)
        raise
    finally:
        con.close()
    progress.close()
    print(result.line(), file=sys.stderr)
    for line in result.skip_lines:
        print(line, file=sys.stderr)
    if result.new + result.stored + result.reextracted == 0:
        return cli._fail("no document could be read: see the summary above")
    return cli.OK


def run_export(args: argparse.Namespace) -> int:
    from .. import cli
    from ..output import export
    from ..output.schema import CLAIM_COLUMNS, COLUMNS
    from .open import StoreError, open_store
    from .read import claim_rows, mention_rows

    fmt = args.format or (export.format_for(args.output) if args.output else "csv")
    if (problem := export.unavailable(fmt)) is not None:
        return cli._fail(problem)
    try:
        con = open_store(args.db, create=False)
    except StoreError as exc:
        return cli._fail(str(exc))
    columns = CLAIM_COLUMNS if args.claims else COLUMNS
    try:
        rows = claim_rows(con) if args.claims else mention_rows(con)
        if args.output:
            count = export.write_rows_file(rows, fmt, args.output, columns)
        else:
            out = cli._utf8(sys.stdout)
            count = (export.write_binary(rows, out, columns) if fmt in export.BINARY_FORMATS
                     else export.write_rows(rows, fmt, out, columns))
            out.flush()
    except BrokenPipeError:
        cli._silence_stdout()
        return cli.BROKEN_PIPE
    except OSError as exc:
        return cli._fail(f"cannot write {args.output or 'stdout'}: {exc.strerror or exc}")
    finally:
        con.close()
    what = "claims" if args.claims else "mentions"
    print(f"Export: {count:,} {what} from {args.db}" + (f", written to {args.output}." if args.output else "."),
          file=sys.stderr)
    return cli.OK


def _store_files(db: str) -> list[str]:
    """The store's file and those SQLite writes beside it: never read as inputs."""
    path = os.fspath(Path(db))
    return [path, *(path + end for end in ("-wal", "-shm", "-journal"))]
