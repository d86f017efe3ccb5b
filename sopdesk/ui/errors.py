"""The one place where errors become words for people (template + parameters -> a sentence).

Services raise typed errors with a stable `.code`, the `.field` at fault, a message template
and its parameters; this module translates the template (context "ServiceErrors", never by
matching English text) and fills in the parameters. User mistakes get a plain
message box; only real bugs show technical details (folded away, never a bare traceback).
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sopdesk.models import Role
from sopdesk.services.errors import ServiceError, render

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


# Parameter values that are words of their own (statuses), shown in the user's language.
_WORDS = {
    "draft": QT_TRANSLATE_NOOP("ErrorWords", "draft"),
    "in_review": QT_TRANSLATE_NOOP("ErrorWords", "in_review"),
    "confirmed": QT_TRANSLATE_NOOP("ErrorWords", "confirmed"),
    "in_production": QT_TRANSLATE_NOOP("ErrorWords", "in_production"),
    "partially_shipped": QT_TRANSLATE_NOOP("ErrorWords", "partially_shipped"),
    "shipped": QT_TRANSLATE_NOOP("ErrorWords", "shipped"),
    "closed": QT_TRANSLATE_NOOP("ErrorWords", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("ErrorWords", "cancelled"),
    "planned": QT_TRANSLATE_NOOP("ErrorWords", "planned"),
    "released": QT_TRANSLATE_NOOP("ErrorWords", "released"),
    "in_progress": QT_TRANSLATE_NOOP("ErrorWords", "in_progress"),
    "done": QT_TRANSLATE_NOOP("ErrorWords", "done"),
    "partial": QT_TRANSLATE_NOOP("ErrorWords", "partial"),
    "received": QT_TRANSLATE_NOOP("ErrorWords", "received"),
}
_WORD_PARAMS = frozenset({"status", "current", "target", "status2", "current2", "target2"})


def _param_text(name: str, value) -> object:
    raw = getattr(value, "value", value)  # an enum member or its value
    if name in _WORD_PARAMS and isinstance(raw, str) and raw in _WORDS:
        return translate("ErrorWords", _WORDS[raw])
    if name == "role" and isinstance(raw, str) and raw in _ROLE_VALUES:
        return labels.role(raw)
    return raw if isinstance(value, Enum) else value


_ROLE_VALUES = frozenset(r.value for r in Role)


def translate_template(template: str, params: dict) -> str:
    """The sentence for a service error's template and parameters, in the user's language
    (context "ServiceErrors"; the English source when no translation is installed)."""
    text = translate("ServiceErrors", template)
    out = render(text, {k: _param_text(k, v) for k, v in params.items()})
    if text == template and out:  # the English source: a sentence of it
        out = out[0].upper() + out[1:] + ("" if out.endswith((".", "?", "!", ")", "…")) else ".")
    return out


def describe(exc: BaseException) -> ErrorText:
    """The title and sentence to show for `exc`."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from sopdesk.db import BadDatabaseURL

    if isinstance(exc, ServiceError):
        return _describe_service_error(exc)
    if isinstance(exc, BadDatabaseURL):
        return ErrorText(translate("Errors", "Database settings"), translate_template(exc.template, exc.params))
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
    shown right next to that field): its template translated, its parameters filled in."""
    if exc.code == "conflict":  # the conflict dialog shows who changed what
        return translate("Errors", "Someone else saved this record after you opened it. Nothing was overwritten.")
    return translate_template(exc.template, exc.params)


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
