"""`sopdesk selftest [--db URL] [--json]`: start the real main window offscreen, sign in as
each demo role, open every tab the role sees, and report timings.

startup_s counts from the process's own start (read from the OS, interpreter and imports
included) until the first main window is shown; each tab's figure runs from the click
until its first page of real rows has been painted. Exit 1 on any failure.
"""

from __future__ import annotations

import json
import os
import sys
import time

from .proc_time import process_age

DEMO_PASSWORD = "demo123"
TAB_TIMEOUT_S = 120


class SelftestFailed(Exception):
    pass


def _wait(signal, timeout_s: float):
    """Run the event loop until `signal` fires (returns its arguments) or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list = []

    def on(*args):
        got.append(args)
        loop.quit()

    signal.connect(on)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    timer.stop()
    signal.disconnect(on)
    return got[0] if got else None


def _demo_accounts(db) -> list[tuple[str, str]]:
    from sopdesk.db.startup import demo_user_names
    from sopdesk.services import users

    names = demo_user_names() or ("sales", "production", "supply", "shopfloor", "manager", "admin")
    with db.read() as s:
        present = {u.username: u for u in users.list_users(s) if u.active}
    return [(n, present[n].role.value) for n in names if n in present]


def run(db_url: str | None) -> dict:
    started_age = process_age()  # the interpreter and imports so far
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from sopdesk.db import Database, migrate
    from sopdesk.db.startup import scanned_head, stored_revision
    from sopdesk.services import users

    from .app import make_application
    from .changes import ChangeBus
    from .context import AppContext
    from .errors import describe
    from .i18n import Translations
    from .mainwindow import MainWindow
    from .prefs import Prefs
    from .tasks import TaskRunner

    app = make_application()
    Translations(app).apply(os.environ.get("SOPDESK_SELFTEST_LANGUAGE", "system"))
    db = Database(db_url)
    report: dict = {"database": db.description, "startup_s": None, "tabs": {}, "roles": [],
                    "per_role": {}, "rows": {}, "errors": [], "python_startup_s": round(started_age, 3)}
    try:
        current = stored_revision(db)  # what the app checks at start (no Alembic import)
        if current is None:
            raise SelftestFailed(f"{db.description} has no sopdesk schema: run 'sopdesk db upgrade' "
                                 "and 'sopdesk demo'")
        if current != (scanned_head() or migrate.head_revision()):
            raise SelftestFailed(f"{db.description} has an older schema ({current}): "
                                 "run 'sopdesk db upgrade'")
        accounts = _demo_accounts(db)
        if not accounts:
            raise SelftestFailed(f"{db.description} has no demo users (sales, production, supply, "
                                 "manager, ...): load the demo factory with 'sopdesk demo'")
        tmp = tempfile.TemporaryDirectory()
        prefs = Prefs.at_path(os.path.join(tmp.name, "selftest.ini"))
        runner = TaskRunner()
        errors: list[str] = []

        def record_error(_parent, exc):
            errors.append(describe(exc).text + (f" [{describe(exc).details.splitlines()[-1]}]"
                                                if describe(exc).details else ""))

        for username, role in accounts:
            with db.write() as s:
                try:
                    actor = users.authenticate(s, username, DEMO_PASSWORD)
                except Exception as exc:  # noqa: BLE001 - reported
                    raise SelftestFailed(f"cannot sign in as {username}: {exc}") from None
            ctx = AppContext(db, actor, runner, ChangeBus(), prefs, show_error=record_error)
            window = MainWindow(ctx, timers=False)
            window.show()
            QCoreApplication.processEvents()
            if report["startup_s"] is None:
                report["startup_s"] = round(process_age(), 3)
            timings: dict[str, float] = {}
            for n, spec in enumerate(window.specs):
                widget = window.tab(spec.id)
                t0 = time.perf_counter()
                if n == 0:
                    window.start()  # the first tab is current already: start() opens it
                else:
                    window.show_tab(spec.id)
                got = _wait(widget.sig_ready, TAB_TIMEOUT_S)
                if got is None:
                    raise SelftestFailed(f"{role}: the {spec.id} tab did not show its rows within "
                                         f"{TAB_TIMEOUT_S} s" + (f": {errors[-1]}" if errors else ""))
                timings[spec.id] = round(time.perf_counter() - t0, 3)
                rows = got[0]
                report["rows"].setdefault(spec.id, rows)
                if spec.id == "orders" and rows == 0:
                    raise SelftestFailed(f"{role}: the orders tab shows no rows")
                report["tabs"].setdefault(spec.id, timings[spec.id])
            runner.wait(60_000)
            QCoreApplication.processEvents()
            if errors:
                raise SelftestFailed(f"{role}: {errors[0]}")
            report["roles"].append(role)
            report["per_role"][role] = timings
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        report["ok"] = True
    except SelftestFailed as exc:
        report["ok"] = False
        report["errors"].append(str(exc))
    except Exception as exc:  # noqa: BLE001 - a selftest reports, never crashes
        report["ok"] = False
        report["errors"].append(f"{exc.__class__.__name__}: {exc}")
    finally:
        db.dispose()
    return report


def format_table(report: dict) -> str:
    lines = [f"sopdesk selftest — {report['database']}"]
    if report.get("startup_s") is not None:
        lines.append(f"start-up: {report['startup_s']:.3f} s from process start to the main window "
                     f"(Python and imports before the selftest began: {report['python_startup_s']:.3f} s)")
    if report["per_role"]:
        lines.append(f"{'role':<12} tabs (click → first page painted)")
        for role, tabs in report["per_role"].items():
            cells = ", ".join(f"{t} {s:.3f} s ({report['rows'].get(t, 0)} rows)" for t, s in tabs.items())
            lines.append(f"{role:<12} {cells or 'no tabs for this role yet'}")
    lines.append("OK" if report.get("ok") else "FAILED: " + "; ".join(report["errors"]))
    return "\n".join(lines)


def run_selftest(db_url: str | None = None, as_json: bool = False) -> int:
    report = run(db_url)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_table(report))
    sys.stdout.flush()
    return 0 if report.get("ok") else 1
