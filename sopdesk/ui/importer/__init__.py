"""The spreadsheet import wizard (导入向导) on sopdesk.excel and sopdesk.services.imports."""

from .wizard import ImportWizard, importable_kinds

__all__ = ["ImportWizard", "importable_kinds"]
