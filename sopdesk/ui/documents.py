"""Opening a document from its number, wherever a list shows one (drill-down).

Each kind of document has an opener, named below by number prefix as "module:function" so
that nothing is imported before it is needed. `function(ctx, parent, number) -> bool` opens
the document's own dialog and returns False when no such document exists. `open_document`
picks the opener by the prefix before the first "-" (a move's ref "FH-2026-00012" or an
order line's "SO-2026-00042/1", whose "/1" is dropped).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from .context import AppContext

OPENERS: dict[str, str] = {
    # each area adds its line when built
    "SO": "sopdesk.ui.orders.open:open_order",
    "WO": "sopdesk.ui.production.open:open_work_order",
    "PO": "sopdesk.ui.purchasing.open:open_po",
    "FH": "sopdesk.ui.shipping.open:open_shipment",
}


def prefix_of(number: str | None) -> str:
    return (number or "").split("-", 1)[0].strip().upper()


def can_open(number: str | None) -> bool:
    return bool(number) and prefix_of(number) in OPENERS


def open_document(ctx: AppContext, parent: QWidget | None, number: str) -> bool:
    """Open the document `number` names; False when nothing opens it."""
    target = OPENERS.get(prefix_of(number))
    if target is None:
        return False
    module, _, name = target.partition(":")
    opener = getattr(importlib.import_module(module), name)
    return bool(opener(ctx, parent, number.split("/", 1)[0].strip()))
