"""The one place where errors become words for people (code + field -> a sentence).

Services raise typed errors with a stable `.code`, the `.field` at fault and an English
message; this module turns them into translated sentences. User mistakes get a plain
message box; only real bugs show technical details (folded away, never a bare traceback).
"""

from __future__ import annotations

import logging
import re
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sopdesk.services.errors import ServiceError

from . import labels

log = logging.getLogger(__name__)
CTX = "Errors"
translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


@dataclass(frozen=True)
class ErrorText:
    title: str
    text: str
    details: str | None = None  # technical, for a bug report
    field: str | None = None
    is_bug: bool = False


# Known English service messages -> translated sentences ({0}, {1} are regex groups).
_MESSAGES: list[tuple[re.Pattern, str]] = [(re.compile(p), m) for p, m in [
    (r"^choose an existing customer$", QT_TRANSLATE_NOOP("Errors", "Choose an existing customer.")),
    (r"^customer (.+) is inactive$", QT_TRANSLATE_NOOP("Errors", "Customer {0} is inactive.")),
    (r"^an order needs at least one line$", QT_TRANSLATE_NOOP("Errors", "An order needs at least one line.")),
    (r"^cannot be before the order date$", QT_TRANSLATE_NOOP("Errors", "Cannot be before the order date.")),
    (r"^unknown product$", QT_TRANSLATE_NOOP("Errors", "Unknown product: choose one from the list.")),
    (r"^(\S+) is inactive$", QT_TRANSLATE_NOOP("Errors", "Product {0} is inactive.")),
    (r"^quantity must be greater than zero$", QT_TRANSLATE_NOOP("Errors", "The quantity must be greater than zero.")),
    (r"^price cannot be negative$", QT_TRANSLATE_NOOP("Errors", "The price cannot be negative.")),
    (r"^(\S+) has more than (\d+) decimal places$", QT_TRANSLATE_NOOP("Errors", "{0} has more than {1} decimal places.")),
    (r"^not a decimal number: (.*)$", QT_TRANSLATE_NOOP("Errors", "{0} is not a number.")),
    (r"^not a finite number: (.*)$", QT_TRANSLATE_NOOP("Errors", "{0} is not a number.")),
    (r"^the custom flag can only change while the order is a draft$",
     QT_TRANSLATE_NOOP("Errors", "The custom flag can only change while the order is a draft.")),
    (r"^a (\w+) order can no longer be edited$",
     QT_TRANSLATE_NOOP("Errors", "This order can no longer be edited in its current status.")),
    (r"^line (\d+): (\S+) already shipped$",
     QT_TRANSLATE_NOOP("Errors", "Line {0}: {1} already shipped; the quantity cannot be lower.")),
    (r"^line (\d+) has shipments: its product cannot change$",
     QT_TRANSLATE_NOOP("Errors", "Line {0} has shipments: its product cannot change.")),
    (r"^line (\d+) has shipments and cannot be removed$",
     QT_TRANSLATE_NOOP("Errors", "Line {0} has shipments and cannot be removed.")),
    (r"^a custom order must be reviewed by production and supply before it is confirmed$",
     QT_TRANSLATE_NOOP("Errors", "A custom order must be reviewed by production and supply before it is confirmed.")),
    (r"^production and supply have not both answered the review yet$",
     QT_TRANSLATE_NOOP("Errors", "Production and supply have not both answered the review yet.")),
    (r"^confirming an order needs a promised delivery date$",
     QT_TRANSLATE_NOOP("Errors", "Confirming an order needs a promised delivery date: edit the order and enter one.")),
    (r"^only custom orders go through the order review$",
     QT_TRANSLATE_NOOP("Errors", "Only custom orders go through the order review.")),
    # review (订单评审)
    (r"^answer yes or no$", QT_TRANSLATE_NOOP("Errors", "Answer whether it is feasible.")),
    (r"^supply answers the material arrival date$",
     QT_TRANSLATE_NOOP("Errors", "Supply chain answers the material arrival date.")),
    (r"^how many days does it take to make\?$",
     QT_TRANSLATE_NOOP("Errors", "How many days does it take to make?")),
    (r"^a whole number of days from 0 to (\d+)$",
     QT_TRANSLATE_NOOP("Errors", "A whole number of days from 0 to {0}.")),
    (r"^production answers the lead time$",
     QT_TRANSLATE_NOOP("Errors", "Production answers the lead time.")),
    (r"^when does the material arrive\?$", QT_TRANSLATE_NOOP("Errors", "When does the material arrive?")),
    (r"^a date$", QT_TRANSLATE_NOOP("Errors", "Enter a date.")),
    (r"^say why it is not feasible$", QT_TRANSLATE_NOOP("Errors", "Say why it is not feasible.")),
    (r"^enter the delivery date agreed with the customer$",
     QT_TRANSLATE_NOOP("Errors", "Enter the delivery date agreed with the customer.")),
    (r"^production and supply allow (\S+) at the earliest$",
     QT_TRANSLATE_NOOP("Errors", "Production and supply chain allow {0} at the earliest.")),
    (r"^an answer says the order is not feasible$",
     QT_TRANSLATE_NOOP("Errors", "An answer says the order is not feasible: ask the department to revise it, or withdraw the order.")),
    (r"^this review task was cancelled$", QT_TRANSLATE_NOOP("Errors", "This review task was cancelled.")),
    (r"^this review task is already answered; revise it explicitly$",
     QT_TRANSLATE_NOOP("Errors", "This review task is already answered; use Revise answer to change it.")),
    (r"^the order is (\w+), no longer in review$",
     QT_TRANSLATE_NOOP("Errors", "The order is no longer in review.")),
    (r"^the order is (\w+), not (\w+)$",
     QT_TRANSLATE_NOOP("Errors", "The order's status has changed meanwhile; refresh and try again.")),
    (r"^choose an active user$", QT_TRANSLATE_NOOP("Errors", "Choose an active user.")),
    (r"^back to draft, or cancelled$", QT_TRANSLATE_NOOP("Errors", "Back to draft, or cancelled.")),
    (r"^the folder (.+) does not exist \(database file (.+)\)$",
     QT_TRANSLATE_NOOP("Errors", "The folder {0} does not exist: choose another place for the database file {1}.")),
    (r"^wrong user name or password$", QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")),
    (r"^at least (\d+) characters$", QT_TRANSLATE_NOOP("Errors", "At least {0} characters.")),
    (r"^user (.+) already exists$", QT_TRANSLATE_NOOP("Errors", "User {0} already exists.")),
    (r"^2–60 letters, digits, '.', '-' or '_'$",
     QT_TRANSLATE_NOOP("Errors", "2 to 60 letters, digits, '.', '-' or '_'.")),
]]

# Review service messages are matched by the code and field when their wording is unknown.
_BY_CODE = {
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Your role may not do this."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found: it may have been deleted on another PC. Refresh and try again."),
    "conflict": QT_TRANSLATE_NOOP("Errors", "Someone else saved this record after you opened it. Nothing was overwritten."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "This already exists."),
    "authentication_failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "insufficient_stock": QT_TRANSLATE_NOOP("Errors", "Not enough stock."),
}


def translate_message(message: str) -> str | None:
    for pattern, template in _MESSAGES:
        m = pattern.match(message.strip())
        if m:
            return _t(template).format(*m.groups())
    return None


def describe(exc: BaseException) -> ErrorText:
    """The title and sentence to show for `exc`."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from sopdesk.db import BadDatabaseURL

    if isinstance(exc, ServiceError):
        return _describe_service_error(exc)
    if isinstance(exc, BadDatabaseURL):
        known = translate_message(str(exc))
        return ErrorText(translate("Errors", "Database settings"), known or translate(
            "Errors", "This is not a database address sopdesk can use: {0}").format(exc))
    if isinstance(exc, OperationalError | DBAPIError) and _is_connection_error(exc):
        return ErrorText(
            translate("Errors", "Database unreachable"),
            translate("Errors", "The database cannot be reached. Check the network cable or Wi-Fi, that the "
               "database server is running, and the address in Database settings."),
            details=first_line(exc),
        )
    if isinstance(exc, OperationalError):
        return ErrorText(
            translate("Errors", "Database busy"),
            translate("Errors", "The database could not complete this action (it may be busy). Nothing was "
               "saved. Please try again."),
            details=first_line(exc),
        )
    if isinstance(exc, OSError):
        return ErrorText(translate("Errors", "File error"), translate("Errors", "A file could not be read or written: {0}").format(exc))
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error: %s", text)
    return ErrorText(
        translate("Errors", "Unexpected error"),
        translate("Errors", "Something went wrong that sopdesk did not expect. Nothing was saved by this "
           "action. Please report it to your administrator with the details below."),
        details=text, is_bug=True,
    )


def sentence(exc: ServiceError) -> str:
    """The translated sentence for a service error, without the field name (for a message
    shown right next to that field)."""
    text = translate_message(exc.message)
    if text is None and exc.code == "invalid_transition":
        cur, target = exc.details.get("current"), exc.details.get("target")
        if cur and target:
            text = translate("Errors", "An order cannot go from {0} to {1}.").format(labels.status(cur), labels.status(target))
    if text is None and exc.code in _BY_CODE:
        text = _t(_BY_CODE[exc.code])
    if text is None:
        text = exc.message  # a rule we have no translation for yet: its own words
    return text


def _describe_service_error(exc: ServiceError) -> ErrorText:
    text = sentence(exc)
    where = labels.field(exc.field)
    if where and exc.code != "conflict":
        text = f"{where} — {text}"
    title = {
        "permission_denied": translate("Errors", "Not allowed"),
        "conflict": translate("Errors", "Changed on another PC"),
        "authentication_failed": translate("Errors", "Sign in"),
    }.get(exc.code, translate("Errors", "Please check"))
    return ErrorText(title, text, field=exc.field)


def _is_connection_error(exc) -> bool:
    if getattr(exc, "connection_invalidated", False):
        return True
    msg = str(getattr(exc, "orig", exc)).lower()
    return any(w in msg for w in ("connect", "connection", "timeout", "unable to open",
                                   "could not translate host", "server closed", "network",
                                   "no such host", "refused", "disk i/o"))


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException) -> ErrorText:
    """Show `exc` in a message box; returns what was shown (tests read it)."""
    info = describe(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if info.is_bug else QMessageBox.Icon.Warning)
    box.setWindowTitle(info.title)
    box.setText(info.text)
    if info.details:
        box.setDetailedText(info.details)
    box.exec()
    return info
