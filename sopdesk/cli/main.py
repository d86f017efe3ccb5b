"""The `sopdesk` command: with no sub-command it starts the desktop app.

Errors a user can cause (bad URL, unreachable server, wrong role name, ...) print one line on
stderr and exit non-zero; tracebacks are kept for real bugs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time

from sopdesk import __version__
from sopdesk.cli import signin

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CLIError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAIL):
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sopdesk",
        description="sopdesk — sales and operations planning (产供销一体化) for small factories. "
        "Without a command, starts the desktop app.",
    )
    p.add_argument("--version", action="version", version=f"sopdesk {__version__}")
    p.add_argument(
        "--db", metavar="URL",
        help="database: a SQLite file path, sqlite:///FILE or postgresql://user@host/db "
        "(default: $SOPDESK_DB, else the SQLite file in your data directory)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database schema: upgrade, check, backup")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="create or migrate the schema to the newest version")
    dbsub.add_parser("check", help="exit 0 only when the schema is current and matches the models, "
                     "every document agrees with its stock moves, the append-only triggers are in place "
                     "and the kept stock balances equal what the ledger adds up to")
    ro = dbsub.add_parser("reopen-order", help="repair an order marked shipped by hand (reported by "
                          "'db check'): its status goes back to what its shipments say")
    ro.add_argument("number", help="the order number, e.g. SO-2026-00042")
    signin.add_arguments(ro, what="sign in as this user, who needs order.edit")
    bk = dbsub.add_parser("backup", help="write a consistent copy of the database to FILE")
    bk.add_argument("file")
    ini = dbsub.add_parser("init-server", help="PostgreSQL, once, by IT: a login per person and roles the "
                           "server enforces (schema owner, group roles, grants, row-level security, audit "
                           "trigger); run again to repair")
    ini.add_argument("admin_url", metavar="ADMIN_URL", help="a superuser's URL of the factory's database, "
                     "e.g. postgresql://postgres@server/factory")
    ini.add_argument("--prefix", default="sopdesk", help="name prefix of the roles (roles are shared by all "
                     "databases of one server: another prefix per factory database; default: sopdesk)")
    from sopdesk.cli import watch_cmds

    watch_cmds.add_parser(dbsub)

    demo = sub.add_parser("demo", help="fill an empty database with a believable demo factory")
    demo.add_argument("--scale", choices=["small", "large"], default="small")
    demo.add_argument("--seed", type=int, default=1)

    from sopdesk.cli import demand_cmds

    demand_cmds.add_parsers(sub)

    user = sub.add_parser("user", help="user accounts")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="add a user: an administrator signs in (--admin), except for the "
                          "first user of a database that has none, who is its administrator",
                          description="Add a user. An administrator signs in with --admin NAME (or "
                          "$SOPDESK_USER); on a database without users the first one is added without "
                          "signing in and must have --role admin. With --password-stdin, standard input "
                          "holds one line per password asked: the administrator's (unless "
                          "$SOPDESK_PASSWORD gives it), then the new user's.")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     help="sales, production, supply, shopfloor, manager or admin")
    add.add_argument("--display-name", default="")
    signin.add_arguments(add, flag="--admin", aliases=("--user",),
                         what="the administrator who adds the user")
    lst = usub.add_parser("list", help="list users (an administrator signs in)")
    signin.add_arguments(lst, what="sign in as this administrator")

    from sopdesk.cli import excel_cmds, plan_cmds, report_cmds

    excel_cmds.add_parsers(sub)
    plan_cmds.add_parsers(sub)
    report_cmds.add_parsers(sub)

    from sopdesk.cli import shopfloor_cmds

    shopfloor_cmds.add_parsers(sub)

    st = sub.add_parser("selftest", help="start the real window offscreen, sign in as each role, "
                        "open every tab, print timings")
    st.add_argument("--json", action="store_true", help="print timings as one JSON object")
    return p


# Commands that leave a large heap behind: an import holds a million cells, and freeing them
# one by one as the interpreter shuts down took 0.1 s of a 2.8 s import of 100,000 lines.
QUICK_EXIT_COMMANDS = ("import", "export")


def run() -> None:
    """The process's entry point (the `sopdesk` command, `python -m sopdesk` and the frozen
    launchers): main(), then the process ends with its exit code."""
    sys.exit(main(quick_exit=True))


def main(argv: list[str] | None = None, *, quick_exit: bool = False) -> int:
    """Run one command; returns the exit code. With quick_exit (the process entry point
    only), a command of QUICK_EXIT_COMMANDS, once it has returned (its database closed, its
    output printed), ends the process itself with its code, without freeing its objects one
    by one. Errors that reach this function still end the normal way."""
    started = time.perf_counter()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = _dispatch(args, started)
    except (CLIError, signin.SignInError) as exc:
        print(f"sopdesk: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("sopdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - classified below, re-raised if it is a bug
        message = user_error_message(exc, getattr(args, "db", None))
        if message is None:
            raise
        print(f"sopdesk: {message}", file=sys.stderr)
        return EXIT_FAIL
    if quick_exit and args.command in QUICK_EXIT_COMMANDS:
        _end_process(code)
    return code


def _end_process(code: int) -> None:
    """End now: the command has committed (or written nothing), closed its database and
    printed everything; only memory is left, which the operating system takes back whole."""
    import logging

    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def user_error_message(exc: Exception, db_arg: str | None = None) -> str | None:
    """One sentence for errors a user can cause; None for bugs (which keep their traceback)."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    from sopdesk.db import BadDatabaseURL
    from sopdesk.db.migrate import BackupError
    from sopdesk.services.errors import ServiceError

    if isinstance(exc, ServiceError | BadDatabaseURL | BackupError):
        return str(exc)
    if isinstance(exc, OperationalError):
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return f"cannot use the database: {first}"
    if isinstance(exc, DatabaseError) and "file is not a database" in str(exc.orig):
        from sopdesk.db.url import resolve_url

        try:
            where = resolve_url(db_arg).database
        except Exception:  # noqa: BLE001 - the URL was good enough to open; name it as given
            where = db_arg
        return f"{where} is not a sopdesk database (not an SQLite file); it was left as it is"
    try:
        from sopdesk.demo import DemoError
    except ImportError:  # pragma: no cover - the demo package ships with the app
        DemoError = ()  # noqa: N806
    if DemoError and isinstance(exc, DemoError):
        return str(exc)
    return None


def _dispatch(args, started: float) -> int:
    if args.command in ("import", "export"):  # they open the file before the database
        from sopdesk.cli import excel_cmds

        return excel_cmds.run_command(args, ensure_schema)
    from sopdesk.db import Database

    if args.command is None:
        from sopdesk.ui.app import run_app

        return run_app(db_url=args.db, process_started=started)
    if args.command == "selftest":
        from sopdesk.ui.selftest import run_selftest

        return run_selftest(db_url=args.db, as_json=args.json)
    if args.command == "db" and args.db_command == "init-server":
        return _init_server(args)

    db = Database(args.db)
    for warning in db.warnings:
        print(f"sopdesk: warning: {warning}", file=sys.stderr)
    if args.command == "demand":
        from sopdesk.cli import demand_cmds

        return demand_cmds.run_command(db, args, ensure_schema)
    if args.command == "db":
        return _db_command(db, args)
    if args.command == "demo":
        return _demo(db, args)
    if args.command == "user":
        return _user_command(db, args)
    if args.command == "plan":
        from sopdesk.cli import plan_cmds

        return plan_cmds.run_command(db, args, ensure_schema)
    if args.command == "report":
        from sopdesk.cli import report_cmds

        return report_cmds.run_command(db, args, ensure_schema)
    if args.command == "shopfloor":
        from sopdesk.cli import shopfloor_cmds

        return shopfloor_cmds.run_command(db, args)
    raise CLIError(f"unknown command {args.command}", EXIT_USAGE)


def _db_command(db, args) -> int:
    from sopdesk.db import migrate

    if args.db_command == "upgrade":
        before = migrate.current_revision(db)
        copy = migrate.upgrade(db)
        after = migrate.current_revision(db)
        if copy:
            print(f"backed up the old database to {copy}")
        print(f"{db.description}: schema {before or 'empty'} -> {after}" if before != after
              else f"{db.description}: schema already current ({after})")
        return EXIT_OK
    if args.db_command == "check":
        status = migrate.check(db)
        if status.ok:
            print(f"{db.description}: schema current ({status.current})")
            return max(_check_documents(db), _check_triggers(db), _check_balances(db))
        if status.current is None:
            raise CLIError(f"{db.description}: no sopdesk schema; run 'sopdesk db upgrade'")
        if status.current != status.head:
            raise CLIError(f"{db.description}: schema {status.current} is older than {status.head}; "
                           "run 'sopdesk db upgrade'")
        raise CLIError(f"{db.description}: schema differs from the models: "
                       + "; ".join(status.differences[:5]))
    if args.db_command == "reopen-order":
        return _reopen_order(db, args)
    if args.db_command == "watch":
        from sopdesk.cli import watch_cmds

        return watch_cmds.run(db, args)
    if args.db_command == "backup":
        path = migrate.backup(db, args.file)
        print(f"backed up {db.description} to {path}")
        return EXIT_OK
    raise CLIError(f"unknown db action {args.db_command}", EXIT_USAGE)


PROBLEM_TEXT = {
    "shipped_by_hand": "{number} is marked shipped or closed but has open lines and no shipment for them; "
                       "post its shipment, or run 'sopdesk db reopen-order {number}'",
    "shipped_qty_mismatch": "{number}: shipped quantity {recorded} but its shipment moves say {from_moves}",
    "received_qty_mismatch": "{number}: received quantity {recorded} but its receipt moves say {from_moves}",
    "good_qty_mismatch": "{number}: good quantity {recorded} but its output moves say {from_moves}",
}


def _init_server(args) -> int:
    from sopdesk.db import server_roles

    try:
        report = server_roles.init_server(args.admin_url, args.prefix)
    except server_roles.ServerSetupError as exc:
        raise CLIError(str(exc)) from None
    print(json.dumps({"database": report.database, "prefix": report.prefix, "created_roles": report.created_roles,
                      "tables": report.tables, "audited_tables": report.audited}, ensure_ascii=False))
    return EXIT_OK


def _check_documents(db) -> int:
    from sopdesk.services.document_check import find_problems

    with db.read() as s:
        problems = find_problems(s)
    if not problems:
        print(f"{db.description}: documents agree with the stock ledger")
        return EXIT_OK
    for p in problems:
        print("sopdesk: " + PROBLEM_TEXT[p.code].format(number=p.number, recorded=p.recorded,
                                                         from_moves=p.from_moves), file=sys.stderr)
    print(f"sopdesk: {len(problems)} document(s) disagree with the stock ledger", file=sys.stderr)
    return EXIT_FAIL


def _check_triggers(db) -> int:
    from sopdesk.db.integrity import missing_triggers

    problems = missing_triggers(db)
    if not problems:
        print(f"{db.description}: the append-only triggers are in place")
        return EXIT_OK
    for p in problems:
        print(f"sopdesk: {p}", file=sys.stderr)
    return EXIT_FAIL


def _check_balances(db) -> int:
    from sopdesk.services.ledger_check import find_differences

    with db.read() as s:
        differences = find_differences(s)
    if not differences:
        print(f"{db.description}: stock balances, totals, months and month values agree with the stock ledger")
        return EXIT_OK
    for d in differences:
        print(f"sopdesk: {d.sentence()}", file=sys.stderr)
    print(f"sopdesk: {len(differences)} kept figure(s) disagree with the stock ledger", file=sys.stderr)
    return EXIT_FAIL


def _reopen_order(db, args) -> int:
    from sopdesk.services import document_check, orders

    actor = signin.sign_in(db, args)
    with db.write(actor) as s:
        status = document_check.reopen_order(s, actor, orders.find_order_id(s, args.number))
    print(f"{args.number.strip()}: reopened, now {status.value}")
    return EXIT_OK


def ensure_schema(db) -> None:
    """Commands that write bring a new or older database up to date first (with a backup
    of an existing SQLite file), as the app does on start."""
    from sopdesk.db import migrate

    copy = migrate.upgrade(db)
    if copy:
        print(f"backed up the old database to {copy}", file=sys.stderr)


def _demo(db, args) -> int:
    from sopdesk.demo import generate

    ensure_schema(db)
    _refuse_demo_over_users(db)
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        if sys.stderr.isatty() and time.perf_counter() - last[0] > 0.5:
            last[0] = time.perf_counter()
            print(f"\r{stage} {fraction:4.0%}   ", end="", file=sys.stderr, flush=True)

    summary = generate(db, scale=args.scale, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    counts = ", ".join(f"{k} {v:,}" for k, v in summary.counts.items())
    print(f"demo factory ({args.scale}, seed {args.seed}) written to {db.description} "
          f"in {summary.seconds:.1f} s: {counts}")
    print("sign in as: " + ", ".join(f"{u} / {p}" for u, p, _r in summary.users))
    return EXIT_OK


def _refuse_demo_over_users(db) -> None:
    """`demo` runs without signing in, so it only fills a database nobody uses yet: no user
    accounts (its demo users, password demo123, would be a way in to a real factory's data)
    and, as services.demo checks itself, no items or orders."""
    from sqlalchemy import func, select

    from sopdesk.models import AppUser

    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(AppUser))
    if n:
        raise CLIError(f"{db.description} already has {n} user account(s); the demo factory can only "
                       "be generated into an empty database")


def _user_command(db, args) -> int:
    from sopdesk.services import users

    if args.user_command == "list":
        actor = signin.sign_in(db, args)
        with db.read() as s:
            rows = users.list_accounts(s, actor)
        for u in rows:
            state = "" if u.active else "  (inactive)"
            print(f"{u.username:<20} {u.role.value:<11} {u.display_name}{state}")
        return EXIT_OK
    ensure_schema(db)
    stdin = signin.StdinLines()
    with db.read() as s:
        first = not users.list_users(s)
    if first:
        if args.role != "admin":
            raise CLIError(f"{db.description} has no users yet: the first one is its administrator "
                           "(--role admin); add the others signed in as that administrator", EXIT_USAGE)
        password = _read_password(args.password_stdin, stdin)
        with db.write() as s:
            info = users.create_first_admin(s, args.name, password, args.display_name)
    else:
        actor = signin.sign_in(db, args, stdin, flag="--admin")
        password = _read_password(args.password_stdin, stdin)
        with db.write(actor) as s:
            info = users.create_user(s, actor, args.name, args.role, password, args.display_name)
    print(json.dumps({"added": info.username, "role": info.role.value}, ensure_ascii=False))
    return EXIT_OK


def _read_password(from_stdin: bool, stdin: signin.StdinLines) -> str:
    """The new account's password: the next line of standard input, or asked twice."""
    if from_stdin:
        return stdin.next("the new user's password", EXIT_USAGE)
    if not sys.stdin.isatty():
        raise CLIError("no terminal to ask for the new user's password: use --password-stdin", EXIT_USAGE)
    first = getpass.getpass("new user's password: ")
    if first != getpass.getpass("again: "):
        raise CLIError("the two passwords differ", EXIT_USAGE)
    return first


if __name__ == "__main__":
    sys.exit(main())
