"""UI test fixtures: offscreen Qt, a synchronous task runner, an isolated QSettings file,
and modal dialogs replaced by recorders (no test ever blocks on a dialog)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sopdesk.models import Item, ItemKind, Role
from sopdesk.services import orders
from sopdesk.services.permissions import SYSTEM
from sopdesk.ui import errors
from sopdesk.ui.changes import ChangeBus
from sopdesk.ui.context import AppContext
from sopdesk.ui.prefs import Prefs
from sopdesk.ui.tasks import SyncTaskRunner
from tests.factories import make_basics


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog nobody patched would block the test run forever: fail instead."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog in a test: {type(self).__name__} "
                             f"{self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: refuse(QMessageBox())))


class ErrorLog(list):
    """Replaces the error message box: records what would have been shown."""

    def __call__(self, parent, exc):
        info = errors.describe(exc)
        self.append(info)
        return info


@pytest.fixture
def shown_errors(monkeypatch):
    log = ErrorLog()
    monkeypatch.setattr(errors, "show_error", log)
    return log


@pytest.fixture
def prefs(tmp_path):
    return Prefs.at_path(tmp_path / "settings.ini")


@pytest.fixture
def basics(db):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        gear = Item(code="FG-200", name="齿轮箱", kind=ItemKind.FINISHED, unit="台",
                    sales_price=Decimal("999.00"))
        s.add(gear)
    b.gear = gear
    return b


@pytest.fixture
def make_ctx(db, qapp, prefs, shown_errors):
    """make_ctx(actor) -> AppContext with a synchronous runner."""
    made = []

    def make(actor):
        ctx = AppContext(db=db, actor=actor, runner=SyncTaskRunner(), bus=ChangeBus(), prefs=prefs,
                         show_error=shown_errors)
        made.append(ctx)
        return ctx

    return make


def create_order(db, actor, customer, items_qty, *, custom=False, order_date=None, promised=None,
                 start_review=False, now=None):
    """An order through the services (fast set-up for UI tests)."""
    from sopdesk.services import review

    with db.write(actor) as s:
        view = orders.create_order(s, actor, orders.OrderInput(
            customer_id=customer.id, order_date=order_date or dt.date(2026, 11, 20),
            is_custom=custom, promised_date=promised,
            lines=[orders.OrderLineInput(item_id=i.id, qty=Decimal(q)) for i, q in items_qty]))
        if start_review:
            review.start_review(s, actor, view.id, view.version, now=now)
            view = orders.get_order(s, actor, view.id)
    return view


@pytest.fixture
def sales(basics):
    return basics[Role.SALES]


@pytest.fixture
def zh_ui(qapp):
    """The Simplified Chinese translation installed for one test, English again after it."""
    from sopdesk.ui.i18n import Translations

    tr = Translations(qapp)
    assert tr.apply("zh_CN") == "zh_CN"
    yield tr
    tr.apply("en")
