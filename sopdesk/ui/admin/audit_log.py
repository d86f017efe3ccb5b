"""The Audit log page of the Administration tab: who changed what and when, before → after.
Filtered by kind of record, by a record (its number, code, user name or setting; an order
brings its lines), by user and by factory dates; newest first, paged in SQL
(services/audit.list_entries), so a log of 100,000 entries opens as fast as a short one.
The selected entry's fields are listed below with their values before and after."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import audit, settings, users
from sopdesk.ui.tablemodels.paged import PagedTableModel, service_source
from sopdesk.ui.widgets import OptionalDateEdit, fit_columns

from .common import (
    Column,
    action_label,
    changes_summary,
    field_label,
    local_time,
    table_label,
    value_text,
)

translate = QCoreApplication.translate
_L = Qt.AlignmentFlag.AlignLeft


COLUMNS = [
    Column("at", QT_TRANSLATE_NOOP("Admin", "When"), sortable=True),
    Column("user", QT_TRANSLATE_NOOP("Admin", "User")),
    Column("table", QT_TRANSLATE_NOOP("Admin", "Kind of record")),
    Column("record", QT_TRANSLATE_NOOP("Admin", "Record")),
    Column("action", QT_TRANSLATE_NOOP("Admin", "Action")),
    Column("changes", QT_TRANSLATE_NOOP("Admin", "Before → after")),
]


class AuditModel(PagedTableModel):
    """Audit entries, page by page. State (besides the paged model's): the factory zone."""

    columns = COLUMNS
    context = "Admin"
    filter_type = audit.AuditFilter
    sort_type = audit.AuditSort
    tz: ZoneInfo | None = None

    def display(self, row: audit.AuditEntry, key: str) -> str:
        if key == "at":
            return local_time(row.at, self.tz)
        if key == "user":
            return row.username or translate("Admin", "system")
        if key == "table":
            return table_label(row.table_name)
        if key == "record":
            return row.record_label or row.record_id
        if key == "action":
            return action_label(row.action)
        if key == "changes":
            return changes_summary(row.fields(), row.action)
        return ""

    def tooltip(self, row: audit.AuditEntry, key: str) -> str | None:
        if key == "changes":
            return changes_summary(row.fields(), row.action, limit=40).replace("; ", "\n")
        if key == "record":
            return row.record_id
        return None


class AuditPage(QWidget):
    """State: the context, the model, the filter widgets. sig_loaded(total) after each query."""

    sig_loaded = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._ready = False
        self.table = QComboBox()
        self.table.addItem(translate("Admin", "All kinds of record"), None)
        for name in sorted(audit.audited_tables(), key=table_label):
            self.table.addItem(table_label(name), name)
        self.record = QLineEdit()
        self.record.setPlaceholderText(translate("Admin", "Order no., code, user name or setting"))
        self.record.setClearButtonEnabled(True)
        self.record.setMinimumWidth(260)
        self.user = QComboBox()
        self.user.setMaximumWidth(260)
        self.user.addItem(translate("Admin", "All users"), None)
        self.user.addItem(translate("Admin", "system (demo, command line)"), audit.SYSTEM_USER)
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.search_button = QPushButton(translate("Admin", "Search"))
        self.search_button.setAutoDefault(False)
        self.count_label = QLabel()
        top = QHBoxLayout()
        for w in (self.table, self.record, self.user):
            top.addWidget(w)
        top.addWidget(QLabel(translate("Admin", "From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(translate("Admin", "to")))
        top.addWidget(self.date_to)
        top.addWidget(self.search_button)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = AuditModel(service_source(ctx.db, ctx.actor, audit.count_entries, audit.list_entries),
                                ctx.runner, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([translate("Admin", "Field"), translate("Admin", "Before"),
                                               translate("Admin", "After")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setStretchLastSection(True)
        below = QWidget()
        below_lay = QVBoxLayout(below)
        below_lay.setContentsMargins(0, 0, 0, 0)
        below_lay.addWidget(self.detail_title)
        below_lay.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_failed.connect(lambda exc: ctx.show_error(self, exc))
        self.table.currentIndexChanged.connect(lambda _i: self.search())
        self.user.currentIndexChanged.connect(lambda _i: self.search())
        self.record.returnPressed.connect(self.search)
        self.record.textChanged.connect(lambda t: self.search() if not t else None)
        self.date_from.sig_changed.connect(self.search)
        self.date_to.sig_changed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())

    def load(self) -> None:
        if not self._ready:
            self.ctx.query(lambda s, a: (settings.factory_tz(s), users.list_accounts(s, a)), self._setup,
                           parent=self)
            return
        self.search()

    def _setup(self, result) -> None:
        self.model.tz, accounts = result
        self.user.blockSignals(True)
        for u in accounts:
            self.user.addItem(f"{u.username} · {u.display_name}" if u.display_name != u.username else u.username,
                              str(u.id))  # a str: QComboBox.findData does not match UUID objects
        self.user.blockSignals(False)
        self._ready = True
        self.search()

    def filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(table=self.table.currentData(), record=self.record.text().strip(),
                                 user=self.user.currentData(), date_from=self.date_from.date_value(),
                                 date_to=self.date_to.date_value())

    def search(self) -> None:
        if self._ready:
            self.model.set_query(self.filter())

    def _loaded(self, total: int) -> None:
        self.count_label.setText(translate("Admin", "{0} entries").format(total))
        fit_columns(self.view, bold=False, max_px=420)
        self._show_detail()
        self.sig_loaded.emit(total)

    def selected(self) -> audit.AuditEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_detail(self) -> None:
        entry = self.selected()
        if entry is None:
            self.detail_title.setText(translate("Admin", "Choose an entry to see every field it changed."))
            self.detail.setRowCount(0)
            return
        self.detail_title.setText(translate("Admin", "{0} · {1} · {2} {3}").format(
            local_time(entry.at, self.model.tz), entry.username or translate("Admin", "system"),
            action_label(entry.action), f"{table_label(entry.table_name)} {entry.record_label or entry.record_id}"))
        fields = entry.fields()
        self.detail.setRowCount(len(fields))
        for r, (name, before, after) in enumerate(fields):
            for c, text in enumerate((field_label(name), value_text(before, name), value_text(after, name))):
                self.detail.setItem(r, c, QTableWidgetItem(text))
        self.detail.resizeColumnsToContents()
