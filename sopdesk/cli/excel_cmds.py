"""`sopdesk import KIND FILE` and `sopdesk export KIND FILE`.

Exit codes: 0 committed (or a clean dry run), 1 the file has errors (nothing written),
2 usage errors and files that cannot be read at all.
"""

from __future__ import annotations

import json
import sys
import time

from sopdesk.cli import signin
from sopdesk.kinds import EXPORT_KINDS as EXPORT_CHOICES
from sopdesk.kinds import IMPORT_KINDS as KINDS

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
SHOWN_ERRORS = 50


def add_parsers(sub) -> None:
    imp = sub.add_parser("import", help="import a spreadsheet (.xlsx, .xls, .ods, .csv): all or nothing",
                         description="Import a spreadsheet. The sheet and header row are found by themselves; "
                         "nothing is written unless every row is valid.")
    imp.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME", help="read this sheet (default: the one whose header matches)")
    imp.add_argument("--profile", metavar="NAME", help="use this saved column mapping")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--json", action="store_true", help="print the result as one JSON object")
    imp.add_argument("--errors-file", metavar="XLSX", help="on errors, write the sheet with bad cells marked here")
    signin.add_arguments(imp, what="sign in as this user: the import runs with their permissions and is "
                         "recorded as theirs")

    exp = sub.add_parser("export", help="export a list to .xlsx (or a blank template with --template)")
    exp.add_argument("kind", metavar="KIND", choices=EXPORT_CHOICES, help=", ".join(EXPORT_CHOICES))
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--template", action="store_true", help="write the blank import template of KIND")
    signin.add_arguments(exp, what="sign in as this user: the export shows what they may see "
                         "(not needed for --template)")


def _progress():
    if not sys.stderr.isatty():
        return None
    last = [0.0]

    def report(fraction: float) -> None:
        if time.perf_counter() - last[0] > 0.3:
            last[0] = time.perf_counter()
            print(f"\r{fraction:4.0%}   ", end="", file=sys.stderr, flush=True)
    return report


def run_command(args, ensure_schema) -> int:
    if args.command == "export":
        # the password is asked for before anything is opened; a blank template needs none
        creds = None if args.template else signin.credentials(args)
        db = _database(args)
        try:
            return run_export_command(db, args, creds)
        finally:
            db.dispose()
    return run_import_command(args, ensure_schema)


def _database(args):
    from sopdesk.db import Database

    db = Database(args.db)
    for warning in db.warnings:
        print(f"sopdesk: warning: {warning}", file=sys.stderr)
    return db


def _ensure_schema(db, ensure_schema) -> None:
    """ensure_schema() only when the stored revision is not the newest migration's (read from
    the version files, as the app does at start): Alembic itself takes 0.2 s to load."""
    from sopdesk.db.startup import scanned_head, stored_revision

    current = stored_revision(db)
    if current is None or current != scanned_head():
        ensure_schema(db)


def _refused(args, message: str, code: str) -> int:
    if args.json:
        print(json.dumps({"kind": args.kind, "file": args.file, "error": message, "code": code,
                          "committed": False}, ensure_ascii=False))
    print(f"sopdesk: {args.file}: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_import_command(args, ensure_schema) -> int:
    # The file is checked and its sheets start parsing (in a thread, without the GIL) before
    # Python spends its second importing SQLAlchemy and the models.
    from sopdesk.excel import FileRefused, open_workbook

    creds = signin.credentials(args)  # asked for (or read) before the file is touched
    try:
        book = open_workbook(args.file)
    except FileRefused as exc:
        return _refused(args, exc.message, exc.code)
    book.preload()
    db = _database(args)
    try:
        return _import_into(db, book, args, ensure_schema, creds)
    finally:
        db.dispose()


def _import_into(db, book, args, ensure_schema, creds) -> int:
    from sopdesk.excel import write_error_workbook
    from sopdesk.gcpause import gc_paused
    from sopdesk.services import imports
    from sopdesk.services.errors import NotFound

    _ensure_schema(db, ensure_schema)
    try:
        actor = signin.authenticate(db, *creds)
    except BaseException:
        book.close()
        raise
    progress = _progress()
    try:
        # the collector stays paused for the whole import, not only its stages: resumed
        # between them it would walk the million cells just made once more
        with gc_paused():
            result, parsed = imports.run_import(db, actor, args.kind, args.file, sheet=args.sheet,
                                                profile=args.profile, dry_run=args.dry_run, progress=progress,
                                                book=book)
    except NotFound as exc:  # a --profile that does not exist
        print(f"sopdesk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except imports.ImportFileError as exc:
        if progress:
            print(file=sys.stderr)
        return _refused(args, exc.message, exc.code)
    if progress:
        print("\r", end="", file=sys.stderr)
    if result.errors and args.errors_file and parsed is not None:
        write_error_workbook(args.errors_file, parsed, result.errors)
    if args.json:
        print(imports.result_json(result))
    else:
        _print_summary(result, args)
    if result.errors:
        return EXIT_ERRORS
    return EXIT_OK


def _print_summary(result, args) -> None:
    where = f" (sheet {result.sheet})" if result.sheet else ""
    if result.errors:
        print(f"{args.file}{where}: {len(result.errors)} problem(s); nothing was written")
        for e in result.errors[:SHOWN_ERRORS]:
            at = f"row {e.row}" if e.row else "header"
            col = f", {e.column}" if e.column else ""
            val = f" [{e.value}]" if e.value not in (None, "") else ""
            print(f"  {e.sheet} {at}{col}{val}: {e.message}")
        if len(result.errors) > SHOWN_ERRORS:
            print(f"  ... and {len(result.errors) - SHOWN_ERRORS} more (use --json or --errors-file)")
        return
    names = result.created_names
    created = "".join(f", created {n} {k}" + (f" ({', '.join(names[k])})" if names.get(k) else "")
                      for k, n in result.created.items() if n)
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {args.file}{where}: {result.rows_read} rows read, {result.inserted} new, "
          f"{result.updated} updated, {result.unchanged} unchanged, {result.skipped} skipped{created}"
          + (f"; batch {result.batch_id}" if result.batch_id else ""))


def run_export_command(db, args, creds=None) -> int:
    from sopdesk.excel import write_template

    if args.template:
        if args.kind not in KINDS:
            print(f"sopdesk: there is no template for {args.kind}; one of {', '.join(KINDS)}", file=sys.stderr)
            return EXIT_USAGE
        write_template(args.file, args.kind)
        print(f"wrote the blank {args.kind} template to {args.file}")
        return EXIT_OK
    from sopdesk.services import exports

    actor = signin.authenticate(db, *creds)
    try:
        n = exports.export_file(db, actor, args.kind, args.file, progress=_progress())
    except OSError as exc:
        print(f"sopdesk: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    print(f"exported {n} {args.kind} rows to {args.file}")
    return EXIT_OK
