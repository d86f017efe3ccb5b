"""Words the Administration tab shares: table, field and action names of the audit log,
values shown as before -> after, times in the factory's zone, and why an import cannot be
undone (with the table named in the user's language)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from sopdesk.models import Role
from sopdesk.services.import_history import UndoCheck
from sopdesk.ui import labels

CTX = "Admin"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    """A column of the admin lists: its key, untranslated title (context Admin), alignment,
    and whether the list sorts by it."""

    key: str
    title: str
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    sortable: bool = False

TABLES = {
    "action_item": QT_TRANSLATE_NOOP("Admin", "Meeting action item"),
    "app_user": QT_TRANSLATE_NOOP("Admin", "User"),
    "bom_line": QT_TRANSLATE_NOOP("Admin", "BOM line"),
    "capacity_submission": QT_TRANSLATE_NOOP("Admin", "Capacity submission"),
    "consensus_line": QT_TRANSLATE_NOOP("Admin", "Consensus line"),
    "customer": QT_TRANSLATE_NOOP("Admin", "Customer"),
    "demand_review_cycle": QT_TRANSLATE_NOOP("Admin", "Demand review cycle"),
    "forecast_line": QT_TRANSLATE_NOOP("Admin", "Forecast line"),
    "import_batch": QT_TRANSLATE_NOOP("Admin", "Import batch"),
    "import_profile": QT_TRANSLATE_NOOP("Admin", "Import profile"),
    "item": QT_TRANSLATE_NOOP("Admin", "Item"),
    "location": QT_TRANSLATE_NOOP("Admin", "Location"),
    "maintenance_window": QT_TRANSLATE_NOOP("Admin", "Maintenance window"),
    "material_constraint": QT_TRANSLATE_NOOP("Admin", "Material constraint"),
    "order_review_task": QT_TRANSLATE_NOOP("Admin", "Order review task"),
    "production_plan_line": QT_TRANSLATE_NOOP("Admin", "Production plan line"),
    "purchase_order": QT_TRANSLATE_NOOP("Admin", "Purchase order"),
    "purchase_order_line": QT_TRANSLATE_NOOP("Admin", "Purchase order line"),
    "sales_order": QT_TRANSLATE_NOOP("Admin", "Sales order"),
    "sales_order_line": QT_TRANSLATE_NOOP("Admin", "Sales order line"),
    "setting": QT_TRANSLATE_NOOP("Admin", "Setting"),
    "supplier": QT_TRANSLATE_NOOP("Admin", "Supplier"),
    "work_center": QT_TRANSLATE_NOOP("Admin", "Work center"),
    "work_order": QT_TRANSLATE_NOOP("Admin", "Work order"),
}

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("Admin", "Created"),
    "update": QT_TRANSLATE_NOOP("Admin", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Admin", "Deleted"),
}

# Field names of the audit log's records that other screens' labels do not cover.
FIELDS = {
    "active": QT_TRANSLATE_NOOP("Admin", "Active"),
    "display_name": QT_TRANSLATE_NOOP("Admin", "Display name"),
    "password_changed": QT_TRANSLATE_NOOP("Admin", "Password changed"),
    "key": QT_TRANSLATE_NOOP("Admin", "Setting"),
    "value": QT_TRANSLATE_NOOP("Admin", "Value"),
    "language": QT_TRANSLATE_NOOP("Admin", "Language"),
    "kind": QT_TRANSLATE_NOOP("Admin", "Kind"),
    "file_name": QT_TRANSLATE_NOOP("Admin", "File"),
    "sheet": QT_TRANSLATE_NOOP("Admin", "Sheet"),
    "counts": QT_TRANSLATE_NOOP("Admin", "Counts"),
    "undone_at": QT_TRANSLATE_NOOP("Admin", "Undone at"),
    "undo": QT_TRANSLATE_NOOP("Admin", "Undone"),
    "code": QT_TRANSLATE_NOOP("Admin", "Code"),
    "name": QT_TRANSLATE_NOOP("Admin", "Name"),
    "version": QT_TRANSLATE_NOOP("Admin", "Version"),
    "id": QT_TRANSLATE_NOOP("Admin", "Record id"),
}

# The settings keys, as the settings page names them.
SETTING_TITLES = {
    "factory.name": QT_TRANSLATE_NOOP("Admin", "Factory name"),
    "factory.timezone": QT_TRANSLATE_NOOP("Admin", "Time zone"),
    "calendar.workdays": QT_TRANSLATE_NOOP("Admin", "Working week"),
    "review.due_hours": QT_TRANSLATE_NOOP("Admin", "Order review deadline (hours)"),
    "inventory.allow_negative": QT_TRANSLATE_NOOP("Admin", "Negative stock"),
    "demand_review.day": QT_TRANSLATE_NOOP("Admin", "Demand review meeting (day of month)"),
}

YES = QT_TRANSLATE_NOOP("Admin", "Yes")
NO = QT_TRANSLATE_NOOP("Admin", "No")


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def table_label(name: str) -> str:
    return tr(TABLES[name]) if name in TABLES else name


def action_label(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def field_label(name: str) -> str:
    """A column of an audited record in the user's language; the master-data screen's and
    the order screens' words first, then ours, else the column's own name."""
    from sopdesk.ui.masterdata.tab import FIELD_TITLES

    if name in FIELD_TITLES:
        return QCoreApplication.translate("MasterData", FIELD_TITLES[name])
    if name in FIELDS:
        return tr(FIELDS[name])
    if name in SETTING_TITLES:
        return tr(SETTING_TITLES[name])
    text = labels.field(name)
    return text or name


COUNT_WORDS = {
    "rows_read": QT_TRANSLATE_NOOP("Admin", "rows read"), "inserted": QT_TRANSLATE_NOOP("Admin", "new"),
    "updated": QT_TRANSLATE_NOOP("Admin", "changed"), "unchanged": QT_TRANSLATE_NOOP("Admin", "unchanged"),
    "skipped": QT_TRANSLATE_NOOP("Admin", "skipped"), "created": QT_TRANSLATE_NOOP("Admin", "created with it"),
    "restored": QT_TRANSLATE_NOOP("Admin", "restored"), "deleted": QT_TRANSLATE_NOOP("Admin", "deleted"),
    "moves_reversed": QT_TRANSLATE_NOOP("Admin", "stock moves reversed"),
    "orders_cancelled": QT_TRANSLATE_NOOP("Admin", "orders cancelled"),
    "customers_kept": QT_TRANSLATE_NOOP("Admin", "customers kept"),
    "documents_created": QT_TRANSLATE_NOOP("Admin", "documents created"),
    "created_names": QT_TRANSLATE_NOOP("Admin", "created"),
}
_TEXT_FIELDS = frozenset({"code", "name", "spec", "number", "note", "username", "display_name", "file_name",
                          "sheet", "reason", "comment", "address", "phone", "contact", "customer_po"})
_DECIMAL = re.compile(r"^-?\d+\.\d+$")


def _kind_text(value: str) -> str | None:
    from sopdesk.models import ItemKind
    from sopdesk.ui.importer.wizard import KIND_LABELS, kind_label
    from sopdesk.ui.masterdata.tab import ENUM_TITLES

    if value in KIND_LABELS:
        return kind_label(value)
    if value in {k.value for k in ItemKind}:
        return QCoreApplication.translate("MasterData", ENUM_TITLES[ItemKind][ItemKind(value)])
    return None


def value_text(value, field: str = "") -> str:
    """A before or after value of the log as it reads: empty as —, yes/no, roles and kinds
    in words, numbers without trailing zeros, an import's counts as words, other lists and
    objects as compact JSON."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if field == "role" and isinstance(value, str) and value in {r.value for r in Role}:
        return labels.role(value)
    if field == "kind" and isinstance(value, str):
        return _kind_text(value) or value
    if isinstance(value, dict) and field in ("counts", "undo"):
        parts = []
        for k, v in value.items():
            if isinstance(v, dict):  # per kind: a count, or the codes of what was created
                if not v:
                    continue
                v = ", ".join(f"{_kind_text(a) or a} {' '.join(map(str, b)) if isinstance(b, list) else b}"
                              for a, b in v.items())
            parts.append(f"{tr(COUNT_WORDS[k]) if k in COUNT_WORDS else k} {v}")
        return ", ".join(parts)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if isinstance(value, str) and field not in _TEXT_FIELDS and _DECIMAL.match(value):
        return value.rstrip("0").rstrip(".")
    return str(value)


def changes_summary(fields: list[tuple[str, object, object]], action: str, limit: int = 4) -> str:
    """'Name: A → B; Safety stock: 500 → 800' (a created record: its values; deleted: what it
    held; the record's own id left out)."""
    fields = [f for f in fields if f[0] != "id"]
    parts = []
    for name, before, after in fields[:limit]:
        if action == "insert":
            parts.append(f"{field_label(name)}: {value_text(after, name)}")
        elif action == "delete":
            parts.append(f"{field_label(name)}: {value_text(before, name)}")
        else:
            parts.append(f"{field_label(name)}: {value_text(before, name)} → {value_text(after, name)}")
    if len(fields) > limit:
        parts.append(translate("Admin", "… {0} more").format(len(fields) - limit))
    return "; ".join(parts)


def local_time(at: dt.datetime | None, tz: ZoneInfo | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return (at.astimezone(tz) if tz else at).strftime("%Y-%m-%d %H:%M:%S")


def undo_refusal_text(check: UndoCheck, tz: ZoneInfo | None = None) -> str:
    """Why the batch cannot be undone, in words (the service's rule, table in our words)."""
    table = table_label(check.table or "")
    if check.rule == "undone_already":
        return translate("Admin", "Undone already ({0}).").format(local_time(check.at, tz))
    if check.rule == "not_permitted":
        return translate("Admin", "Your role may not change this kind of record.")
    if check.rule == "changed_since":
        return translate("Admin", "Cannot be undone: {0} record(s) ({1}) that this import changed were changed again since "
                  "(by hand or by a later import; undoing a later import changes them too). Correct them by hand "
                  "instead.").format(check.count, table)
    if check.rule == "created_changed":
        return translate("Admin", "Cannot be undone: {0} record(s) ({1}) that this import created were changed since. Correct "
                  "them by hand instead.").format(check.count, table)
    if check.rule == "moves_reversed":
        return translate("Admin", "Cannot be undone: {0} stock move(s) of this import were reversed already.").format(check.count)
    if check.rule == "in_use":
        return translate("Admin", "Cannot be undone: records this import created are now used elsewhere (orders, BOMs, "
                  "stock). Nothing was changed.")
    return ""
