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


def export_kind(ctx, tab_id: str | None) -> str | None:
    """The export of the list on tab `tab_id`, if the user may read it."""
    kind = TAB_EXPORTS.get(tab_id or "")
    return kind if kind is not None and may_export(ctx.actor, kind) else None


def export_list(ctx, parent, kind: str | None, path: str | None = None) -> None:
    from .export import export_list as run

    run(ctx, parent, kind, path)


def open_import_wizard(ctx, parent):
    from .wizard import ImportWizard

    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


__all__ = ["TAB_EXPORTS", "export_kind", "export_list", "importable_kinds", "open_import_wizard"]
