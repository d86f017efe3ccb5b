"""The spreadsheet import wizard (导入向导, importer/wizard.py) and Export to Excel… for the
current list (importer/export.py).

This package module stays light: the main window asks it which File menu entries to show
while it starts, and the wizard and the exporter (the Excel engine, every service they
use) are loaded only when the user opens them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from sopdesk.services.transfer_rights import importable_kinds, may_export

# tab id -> the export of that tab's list
TAB_EXPORTS = {"orders": "orders", "inventory": "on-hand"}


def export_request(ctx, tab_id: str | None, widget=None):
    """What File → Export writes for the tab showing: the tab's own `export_request()` (the
    list on screen with its filters and sort) when it has one, else the tab's fixed kind;
    None when there is nothing the user may export."""
    from sopdesk.services.exports import ExportRequest

    ask = getattr(widget, "export_request", None)
    if callable(ask):
        request = ask()
    else:
        kind = TAB_EXPORTS.get(tab_id or "")
        request = ExportRequest(kind) if kind else None
    return request if request is not None and may_export(ctx.actor, request.kind) else None


def export_kind(ctx, tab_id: str | None, widget=None) -> str | None:
    request = export_request(ctx, tab_id, widget)
    return request.kind if request else None


def export_list(ctx, parent, request, path: str | None = None) -> None:
    """Write `request` (an ExportRequest, or a kind name) to an .xlsx the user picks."""
    from .export import export_list as run

    run(ctx, parent, request, path)


def open_import_wizard(ctx, parent):
    from .wizard import ImportWizard

    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


__all__ = ["TAB_EXPORTS", "export_kind", "export_list", "export_request", "importable_kinds", "open_import_wizard"]
