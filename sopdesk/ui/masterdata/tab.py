"""The Master data tab (基础资料): items, customers, suppliers, locations, work centers,
maintenance windows, the working calendar and BOM lines, looked up, added and corrected on
screen. One editor serves every kind, built from the service's field rules
(services/master_data.KINDS); the service validates, keeps codes unique, refuses a stale save
and deactivates (does not delete) a record that documents refer to. An item shows its BOM as
a tree and where it is used.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import Item, ItemKind, LocationKind, Supplier, WorkCenter
from sopdesk.services import master_data
from sopdesk.services.errors import ServiceError
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.errors import sentence
from sopdesk.ui.widgets import FieldError, date_edit, from_qdate, to_qdate

CTX = "MasterData"
KIND_TITLES = {
    "items": QT_TRANSLATE_NOOP("MasterData", "Items"),
    "bom": QT_TRANSLATE_NOOP("MasterData", "BOM lines"),
    "customers": QT_TRANSLATE_NOOP("MasterData", "Customers"),
    "suppliers": QT_TRANSLATE_NOOP("MasterData", "Suppliers"),
    "locations": QT_TRANSLATE_NOOP("MasterData", "Locations"),
    "work-centers": QT_TRANSLATE_NOOP("MasterData", "Work centers"),
    "maintenance": QT_TRANSLATE_NOOP("MasterData", "Maintenance windows"),
    "calendar": QT_TRANSLATE_NOOP("MasterData", "Working calendar"),
}
FIELD_TITLES = {
    "code": QT_TRANSLATE_NOOP("MasterData", "Code"), "name": QT_TRANSLATE_NOOP("MasterData", "Name"),
    "spec": QT_TRANSLATE_NOOP("MasterData", "Specification"), "unit": QT_TRANSLATE_NOOP("MasterData", "Unit"),
    "kind": QT_TRANSLATE_NOOP("MasterData", "Kind"),
    "safety_stock": QT_TRANSLATE_NOOP("MasterData", "Safety stock"),
    "standard_cost": QT_TRANSLATE_NOOP("MasterData", "Standard cost"),
    "sales_price": QT_TRANSLATE_NOOP("MasterData", "Sales price"),
    "purchase_lead_days": QT_TRANSLATE_NOOP("MasterData", "Purchase lead time (days)"),
    "default_supplier_id": QT_TRANSLATE_NOOP("MasterData", "Default supplier"),
    "production_lead_days": QT_TRANSLATE_NOOP("MasterData", "Production lead time (days)"),
    "rate_per_day": QT_TRANSLATE_NOOP("MasterData", "Units per working day"),
    "hours_per_unit": QT_TRANSLATE_NOOP("MasterData", "Hours per unit"),
    "min_lot": QT_TRANSLATE_NOOP("MasterData", "Minimum lot (MOQ)"),
    "lot_multiple": QT_TRANSLATE_NOOP("MasterData", "Lot multiple"),
    "is_core": QT_TRANSLATE_NOOP("MasterData", "Core item"),
    "backflush": QT_TRANSLATE_NOOP("MasterData", "Backflush materials at output"),
    "note": QT_TRANSLATE_NOOP("MasterData", "Note"), "contact": QT_TRANSLATE_NOOP("MasterData", "Contact"),
    "phone": QT_TRANSLATE_NOOP("MasterData", "Phone"), "address": QT_TRANSLATE_NOOP("MasterData", "Address"),
    "is_key_account": QT_TRANSLATE_NOOP("MasterData", "Key account"),
    "lead_days": QT_TRANSLATE_NOOP("MasterData", "Lead time (days)"),
    "non_negative": QT_TRANSLATE_NOOP("MasterData", "Refuse negative stock"),
    "capacity_per_day": QT_TRANSLATE_NOOP("MasterData", "Capacity per day"),
    "capacity_unit": QT_TRANSLATE_NOOP("MasterData", "Capacity unit"),
    "hours_per_day": QT_TRANSLATE_NOOP("MasterData", "Hours per day"),
    "work_center_id": QT_TRANSLATE_NOOP("MasterData", "Work center"),
    "start_date": QT_TRANSLATE_NOOP("MasterData", "From"), "end_date": QT_TRANSLATE_NOOP("MasterData", "To"),
    "capacity_factor": QT_TRANSLATE_NOOP("MasterData", "Capacity left (0–1)"),
    "reason": QT_TRANSLATE_NOOP("MasterData", "Reason"), "day": QT_TRANSLATE_NOOP("MasterData", "Day"),
    "is_workday": QT_TRANSLATE_NOOP("MasterData", "Working day"),
    "parent_id": QT_TRANSLATE_NOOP("MasterData", "Parent item"),
    "component_id": QT_TRANSLATE_NOOP("MasterData", "Component"),
    "qty_per": QT_TRANSLATE_NOOP("MasterData", "Quantity per"),
    "scrap_rate": QT_TRANSLATE_NOOP("MasterData", "Scrap rate (0–1)"),
}
# By enum: ItemKind.RAW and LocationKind.RAW are both "raw" and would share one dict key.
ENUM_TITLES = {
    ItemKind: {
        ItemKind.FINISHED: QT_TRANSLATE_NOOP("MasterData", "Finished"),
        ItemKind.SEMI: QT_TRANSLATE_NOOP("MasterData", "Semi-finished"),
        ItemKind.RAW: QT_TRANSLATE_NOOP("MasterData", "Raw material"),
    },
    LocationKind: {
        LocationKind.RAW: QT_TRANSLATE_NOOP("MasterData", "Raw material store"),
        LocationKind.WIP: QT_TRANSLATE_NOOP("MasterData", "Work in progress"),
        LocationKind.FINISHED: QT_TRANSLATE_NOOP("MasterData", "Finished goods store"),
        LocationKind.QUARANTINE: QT_TRANSLATE_NOOP("MasterData", "Quarantine"),
    },
}
YES = QT_TRANSLATE_NOOP("MasterData", "Yes")
REF_KINDS = {Supplier: "suppliers", WorkCenter: "work-centers", Item: "items"}
MASTER_CHANGES = Changes(stock=True)  # names and locations show in the stock lists


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _combo_key(value):
    """What a combo box keeps for a choice: a record id as its text, anything else as is."""
    return str(value) if isinstance(value, uuid.UUID) else value


def _show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _t(YES) if value else ""
    if type(value) in ENUM_TITLES:
        return _t(ENUM_TITLES[type(value)][value])
    if isinstance(value, Decimal):
        text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class RecordForm(QWidget):
    """The fields of one record of a kind. State: the widgets and error labels by field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.rules: dict[str, master_data.FieldRule] = {}

    def build(self, kind: master_data.Kind, choices: dict[str, list]) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.widgets, self.errors, self.rules = {}, {}, {}
        for rule in kind.fields:
            widget = self._widget(rule, choices.get(rule.name, []))
            error = FieldError()
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(1)
            lay.addWidget(widget)
            lay.addWidget(error)
            title = _t(FIELD_TITLES.get(rule.name, rule.name)) + (" *" if rule.required else "")
            self.layout_.addRow(title, box)
            box.show()  # the layout would show it only from the event loop, after the first paint
            self.widgets[rule.name], self.errors[rule.name], self.rules[rule.name] = widget, error, rule

    @staticmethod
    def _widget(rule: master_data.FieldRule, choices: list) -> QWidget:
        # record ids go into the combo as text: QComboBox.findData compares Python objects
        # by identity, so an equal UUID read by another query would not be found
        if rule.type == "bool":
            return QCheckBox()
        if rule.type == "date":
            return date_edit(dt.date.today())
        if rule.type in ("enum", "ref"):
            combo = QComboBox()
            if rule.type == "ref" and not rule.required:
                combo.addItem("", None)
            for value, text in choices:
                combo.addItem(text, _combo_key(value))
            return combo
        edit = QLineEdit()
        if rule.max_len:
            edit.setMaxLength(rule.max_len)
        return edit

    def set_values(self, values: dict) -> None:
        for name, widget in self.widgets.items():
            rule = self.rules[name]
            value = values.get(name, rule.default)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateEdit):
                widget.setDate(to_qdate(value or dt.date.today()))
            elif isinstance(widget, QComboBox):
                index = widget.findData(_combo_key(value))
                widget.setCurrentIndex(index if index >= 0 else 0)
            else:
                widget.setText(_show(value) if not isinstance(value, bool) else "")
        self.clear_errors()

    def values(self) -> dict:
        out = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QDateEdit):
                out[name] = from_qdate(widget.date())
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            else:
                out[name] = widget.text()
        return out

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()

    def show_error(self, field: str | None, text: str) -> bool:
        """Show `text` under its field; False when the field is not on the form."""
        if field in self.errors:
            self.errors[field].show_message(text)
            self.widgets[field].setFocus()
            return True
        return False


class MasterDataTab(QWidget):
    """State: the context, the kind showing, its records, the record being edited (None: new)."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind_key = "items"
        self.records: list[master_data.RecordView] = []
        self.editing: master_data.RecordView | None = None
        self.names: dict = {}  # id -> "CODE name" of referenced records
        self._activated = False
        self.today: dt.date | None = None  # of a supplier's on-time rate (None: the factory's; tests set it)

        self.kinds = QListWidget()
        for key, title in KIND_TITLES.items():
            item = QListWidgetItem(_t(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(180)
        self.kinds.setSpacing(3)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.inactive = QCheckBox(self.tr("Show inactive"))
        self.new_button = QPushButton(self.tr("New"))
        self.remove_button = QPushButton(self.tr("Deactivate / delete"))
        self.remove_button.setToolTip(self.tr("A record that documents refer to is deactivated, never deleted"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.read_only = QLabel(self.tr("Read only: your role may look these up but not change them"))
        self.read_only.setStyleSheet("color: #4b5563;")
        self.table = QTableWidget()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.form = RecordForm()
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-weight: bold;")
        self.supplier_rate = QLabel()  # a supplier's on-time arrival (read only, from the KPI)
        self.supplier_rate.setStyleSheet("color: #4b5563;")
        self.supplier_rate.hide()
        self.bom_tree = QTreeWidget()
        self.bom_tree.setHeaderLabels([self.tr("Component"), self.tr("Quantity per"), self.tr("Scrap rate")])
        self.where_used = QListWidget()
        self.bom_box = QGroupBox(self.tr("BOM and where used"))
        bom_lay = QVBoxLayout(self.bom_box)
        bom_lay.addWidget(self.bom_tree, 2)
        bom_lay.addWidget(QLabel(self.tr("Used in:")))
        bom_lay.addWidget(self.where_used, 1)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.inactive)
        top.addStretch(1)
        for b in (self.new_button, self.remove_button, self.reactivate_button):
            b.setAutoDefault(False)
            top.addWidget(b)
        editor = QWidget()
        ed = QVBoxLayout(editor)
        ed.addWidget(self.form_title)
        ed.addWidget(self.supplier_rate)
        ed.addWidget(self.read_only)
        ed.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        ed.addLayout(buttons)
        ed.addStretch(1)
        # the item form is long (planning data too): it scrolls on a small screen instead of
        # making the window taller, and the BOM tree sits under the list, where there is room
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.bom_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(split, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.kinds)
        lay.addLayout(right, 1)

        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.search.textChanged.connect(lambda _t: self.load())
        self.inactive.toggled.connect(lambda _on: self.load())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.reactivate_button.clicked.connect(self.reactivate)

    # -- loading -------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.kinds.setCurrentRow(0)

    def on_changes(self, changes: Changes, initiator) -> None:
        if self._activated and initiator is not self and changes.stock:
            self.load()

    def export_request(self):
        """File → Export writes the kind showing, every record, in its import layout (so the
        file imports back)."""
        from sopdesk.kinds import EXPORT_KINDS
        from sopdesk.services.exports import ExportRequest

        key = getattr(self, "kind_key", None)
        return ExportRequest(key) if key in EXPORT_KINDS else None

    def _kind_changed(self, row: int) -> None:
        self.kind_key = self.kinds.item(row).data(Qt.ItemDataRole.UserRole)
        kind = master_data.KINDS[self.kind_key]
        self.search.setEnabled(bool(kind.search))
        self.inactive.setEnabled(kind.has_active)
        self.reactivate_button.setVisible(kind.has_active)
        self.bom_box.setVisible(self.kind_key == "items")
        editable = master_data.may_edit(self.ctx.actor, self.kind_key)
        for w in (self.new_button, self.remove_button, self.save_button):
            w.setEnabled(editable)
        self.form.setEnabled(editable)
        self.read_only.setVisible(not editable)
        self.load()

    def load(self, select_id=None, message: str | None = None) -> None:
        key, text, inactive = self.kind_key, self.search.text(), self.inactive.isChecked()
        kind = master_data.KINDS[key]
        refs = {r.name: REF_KINDS[r.ref] for r in kind.fields if r.type == "ref"}

        def fetch(s, actor):
            records = master_data.list_records(s, actor, key, text=text, include_inactive=inactive)
            choices = {name: [(r.id, f"{r.values.get('code', '')} {r.values.get('name', '')}".strip())
                              for r in master_data.list_records(s, actor, ref_kind)]
                       for name, ref_kind in refs.items()}
            return records, choices

        self.ctx.query(fetch, lambda result: self._loaded(key, result, select_id, message), parent=self)

    def _loaded(self, key: str, result, select_id, message: str | None = None) -> None:
        if key != self.kind_key:
            return  # another kind was chosen meanwhile
        self.records, choices = result
        kind = master_data.KINDS[key]
        for rule in kind.fields:
            if rule.type == "enum":
                choices[rule.name] = [(v, _show(v)) for v in rule.enum]
        self.names = {value: text for options in choices.values() for value, text in options}
        self.form.build(kind, choices)
        columns = [f for f in kind.fields if f.type != "text" or f.name in ("name", "reason", "note")][:8]
        self.columns = columns
        self.table.clear()
        self.table.setColumnCount(len(columns) + 1)
        self.table.setHorizontalHeaderLabels([_t(FIELD_TITLES.get(f.name, f.name)) for f in columns]
                                             + [self.tr("Active")])
        self.table.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            for c, rule in enumerate(columns):
                value = rec.values.get(rule.name)
                cell = QTableWidgetItem(self.names.get(value, "") if rule.type == "ref" else _show(value))
                cell.setData(Qt.ItemDataRole.UserRole, rec.id)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, len(columns), QTableWidgetItem("" if rec.active else self.tr("inactive")))
        self.table.resizeColumnsToContents()
        self.sig_ready.emit(len(self.records))
        row = next((i for i, rec in enumerate(self.records) if rec.id == select_id), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.new_record()
        if message:
            self.message.setStyleSheet("color: #1e7b3c;")
            self.message.setText(message)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.edit(self.records[rows[0].row()])

    def edit(self, record: master_data.RecordView) -> None:
        self.editing = record
        title = record.values.get("code") or record.values.get("day") or record.values.get("start_date") or ""
        self.form_title.setText(self.tr("Edit {0}").format(_show(title)))
        self.form.set_values(record.values)
        self.message.clear()
        self.remove_button.setEnabled(master_data.may_edit(self.ctx.actor, self.kind_key) and record.active)
        self.reactivate_button.setEnabled(master_data.may_edit(self.ctx.actor, self.kind_key) and not record.active)
        if self.kind_key == "items":
            self._load_bom(record.id)
        self._show_supplier_rate(record.id if self.kind_key == "suppliers" else None)

    def _show_supplier_rate(self, supplier_id) -> None:
        self.supplier_rate.hide()
        if supplier_id is None:
            return
        from sopdesk.services import purchasing_list

        def shown(rate):
            if rate is None or self.editing is None or self.editing.id != supplier_id:
                return  # a role without KPIs, or another record chosen meanwhile
            text = (self.tr("On-time arrival {0}: {1} of {2} lines due over the last 12 months").format(
                f"{rate.rate * 100:.1f}%", rate.on_time, rate.counted) if rate.counted
                else self.tr("On-time arrival: no line due over the last 12 months"))
            if rate.pending:
                text += " · " + self.tr("{0} not due yet").format(rate.pending)
            self.supplier_rate.setText(text)
            self.supplier_rate.show()

        today = self.today
        self.ctx.query(lambda s, a: purchasing_list.supplier_rate(s, a, supplier_id, today=today), shown, parent=self)

    def new_record(self) -> None:
        self.editing = None
        self.supplier_rate.hide()
        self.table.clearSelection()
        self.form_title.setText(self.tr("New: {0}").format(_t(KIND_TITLES[self.kind_key])))
        self.form.set_values({})
        self.remove_button.setEnabled(False)
        self.reactivate_button.setEnabled(False)
        self.bom_tree.clear()
        self.where_used.clear()

    def _load_bom(self, item_id) -> None:
        def fetch(s, actor):
            def children(parent, depth):
                if depth > 12:  # the service refuses loops; this only bounds a damaged database
                    return []
                return [(line, children(line.values["component_id"], depth + 1))
                        for line in master_data.list_records(s, actor, "bom", parent_id=parent)]
            items = {r.id: f"{r.values['code']} {r.values['name']}"
                     for r in master_data.list_records(s, actor, "items", include_inactive=True)}
            return children(item_id, 0), master_data.where_used(s, actor, item_id), items

        self.ctx.query(fetch, self._bom_loaded, parent=self)

    def _bom_loaded(self, result) -> None:
        tree, used, items = result
        self.bom_tree.clear()

        def add(parent_item, nodes):
            for line, below in nodes:
                node = QTreeWidgetItem([items.get(line.values["component_id"], "?"),
                                        _show(line.values["qty_per"]), _show(line.values["scrap_rate"])])
                (parent_item.addChild(node) if parent_item else self.bom_tree.addTopLevelItem(node))
                add(node, below)
        add(None, tree)
        self.bom_tree.expandAll()
        self.bom_tree.resizeColumnToContents(0)
        self.where_used.clear()
        for line in used:
            self.where_used.addItem(f"{items.get(line.values['parent_id'], '?')} × {_show(line.values['qty_per'])}")

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        key, values, editing = self.kind_key, self.form.values(), self.editing
        self.form.clear_errors()

        def work(s, actor):
            return master_data.save_record(s, actor, key, values, record_id=editing.id if editing else None,
                                           expected_version=editing.version if editing else None)

        def done(saved):
            self.load(select_id=saved.id, message=self.tr("Saved."))

        self.ctx.mutate(work, MASTER_CHANGES, done, parent=self, initiator=self, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError) and exc.code != "conflict" and self.form.show_error(exc.field, sentence(exc)):
            return
        self.ctx.show_error(self, exc)
        if isinstance(exc, ServiceError) and exc.code == "conflict":
            self.load(select_id=self.editing.id if self.editing else None)  # show what the other PC saved

    def remove(self) -> None:
        record, key = self.editing, self.kind_key
        if record is None:
            return

        def done(outcome):
            self.load(message=self.tr("Deactivated: documents refer to it.") if outcome == "deactivated"
                      else self.tr("Deleted."))

        self.ctx.mutate(lambda s, a: master_data.remove_record(s, a, key, record.id, record.version),
                        MASTER_CHANGES, done, parent=self, initiator=self, on_error=self._failed)

    def reactivate(self) -> None:
        record, key = self.editing, self.kind_key
        if record is None:
            return
        self.ctx.mutate(lambda s, a: master_data.reactivate(s, a, key, record.id, record.version),
                        MASTER_CHANGES, lambda _r: self.load(select_id=record.id), parent=self, initiator=self,
                        on_error=self._failed)
