"""Words of the Purchasing screens: PO statuses and numbers as text."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sopdesk.models import POStatus

CTX = "Purchasing"
STATUS = {
    POStatus.DRAFT: QT_TRANSLATE_NOOP("Purchasing", "Draft"),
    POStatus.CONFIRMED: QT_TRANSLATE_NOOP("Purchasing", "Confirmed"),
    POStatus.PARTIAL: QT_TRANSLATE_NOOP("Purchasing", "Partly received"),
    POStatus.RECEIVED: QT_TRANSLATE_NOOP("Purchasing", "Received"),
    POStatus.CLOSED: QT_TRANSLATE_NOOP("Purchasing", "Closed"),
    POStatus.CANCELLED: QT_TRANSLATE_NOOP("Purchasing", "Cancelled"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def status_text(value) -> str:
    return _t(STATUS[POStatus(value)])


def qty_text(value: Decimal | None) -> str:
    """4 places kept in the database, shown without trailing zeros (1.5, 20)."""
    if value is None:
        return ""
    return f"{value.normalize():f}"


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def rate_text(rate: Decimal | None) -> str:
    """An on-time rate as a percentage (87.5%, 100.0%); a dash when nothing was counted yet."""
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}%"
