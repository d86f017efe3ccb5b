"""The spreadsheet import wizard (导入向导) on sopdesk.excel and sopdesk.services.imports, and
Export to Excel… for the current list (sopdesk.services.exports)."""

from PySide6.QtCore import Qt

from .export import export_kind, export_list
from .wizard import ImportWizard, importable_kinds


def open_import_wizard(ctx, parent) -> ImportWizard:
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


__all__ = ["ImportWizard", "export_kind", "export_list", "importable_kinds", "open_import_wizard"]
