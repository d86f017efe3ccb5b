"""The kinds of spreadsheet sopdesk imports and exports, by name.

A module of its own with no imports, so the command line can list them without loading the
Excel engine or the models (sopdesk.excel, services.imports and services.exports use these).
"""

IMPORT_KINDS = ("items", "bom", "customers", "suppliers", "locations", "work-centers", "maintenance", "calendar",
                "orders", "purchase-orders", "stock-count", "plan", "work-orders", "shipments", "forecast")
EXPORT_KINDS = (*IMPORT_KINDS, "on-hand", "shortages", "health")
