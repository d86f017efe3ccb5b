"""The Import history page of the Administration tab: every import batch (who, when, which
kind and file, how many rows it read, created and changed), newest first and paged in SQL,
and the undo of a batch. The undo is the import wizard's (services.imports.undo_batch,
through services.import_history): selecting a batch asks whether its rules allow it, Undo
is offered only then, and otherwise the page says which rule stops it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import import_history, settings
from sopdesk.services.errors import ServiceError
from sopdesk.ui.changes import Changes
from sopdesk.ui.errors import sentence
from sopdesk.ui.tablemodels.paged import PagedTableModel, service_source
from sopdesk.ui.widgets import fit_columns

from .common import Column, local_time, undo_refusal_text

translate = QCoreApplication.translate
_L, _R = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight


COLUMNS = [
    Column("imported_at", QT_TRANSLATE_NOOP("Admin", "Imported at"), sortable=True),
    Column("kind", QT_TRANSLATE_NOOP("Admin", "Kind")),
    Column("file", QT_TRANSLATE_NOOP("Admin", "File")),
    Column("by", QT_TRANSLATE_NOOP("Admin", "By")),
    Column("rows", QT_TRANSLATE_NOOP("Admin", "Rows read"), _R),
    Column("inserted", QT_TRANSLATE_NOOP("Admin", "New"), _R),
    Column("updated", QT_TRANSLATE_NOOP("Admin", "Changed"), _R),
    Column("created", QT_TRANSLATE_NOOP("Admin", "Created with it")),
    Column("undone", QT_TRANSLATE_NOOP("Admin", "Undone")),
]


def kind_label(kind: str) -> str:
    from sopdesk.ui.importer.wizard import kind_label as wizard_label  # its words for the kinds

    return wizard_label(kind)


class HistoryModel(PagedTableModel):
    """Import batches, page by page. State (besides the paged model's): the factory zone."""

    columns = COLUMNS
    context = "Admin"
    filter_type = import_history.HistoryFilter
    sort_type = import_history.HistorySort
    tz: ZoneInfo | None = None

    def display(self, row: import_history.BatchRow, key: str) -> str:
        if key == "imported_at":
            return local_time(row.imported_at, self.tz)
        if key == "kind":
            return kind_label(row.kind)
        if key == "file":
            return row.file_name
        if key == "by":
            return row.display_name or row.username or translate("Admin", "system")
        if key == "rows":
            return str(row.rows_read)
        if key == "inserted":
            return str(row.inserted)
        if key == "updated":
            return str(row.updated)
        if key == "created":
            return ", ".join(f"{kind_label(k)} {n}" for k, n in sorted(row.created.items()) if n)
        if key == "undone":
            return local_time(row.undone_at, self.tz)
        return ""

    def colours(self, row: import_history.BatchRow, key: str):
        return ("#f3f4f6", "#6b7280") if row.undone_at is not None else None


class HistoryPage(QWidget):
    """State: the context, the model, the undo check of the selected batch.
    sig_loaded(total) after each query."""

    sig_loaded = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.check: import_history.UndoCheck | None = None
        self._kinds_loaded = False
        self.kind = QComboBox()
        self.kind.addItem(translate("Admin", "All kinds"), None)
        self.include_undone = QCheckBox(translate("Admin", "Show undone imports"))
        self.include_undone.setChecked(True)
        self.count_label = QLabel()
        self.undo_button = QPushButton(translate("Admin", "Undo this import…"))
        self.undo_button.setAutoDefault(False)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Admin", "Kind")))
        bar.addWidget(self.kind)
        bar.addWidget(self.include_undone)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.undo_button)
        self.model = HistoryModel(service_source(ctx.db, ctx.actor, import_history.count_batches,
                                                 import_history.list_batches), ctx.runner, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.reason)
        lay.addWidget(self.message)

        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_failed.connect(lambda exc: ctx.show_error(self, exc))
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.include_undone.toggled.connect(lambda _c: self.load())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.undo_button.clicked.connect(self.undo)
        self._show_check(None)

    def load(self) -> None:
        if self.model.tz is None or not self._kinds_loaded:
            self.ctx.query(lambda s, a: (settings.factory_tz(s), import_history.kinds(s, a)), self._setup,
                           parent=self)
            return
        self.model.set_query(import_history.HistoryFilter(kind=self.kind.currentData(),
                                                          include_undone=self.include_undone.isChecked()))

    def _setup(self, result) -> None:
        self.model.tz, kinds = result
        self._kinds_loaded = True
        self.kind.blockSignals(True)
        for k in kinds:
            if self.kind.findData(k) < 0:
                self.kind.addItem(kind_label(k), k)
        self.kind.blockSignals(False)
        self.load()

    def _loaded(self, total: int) -> None:
        self.count_label.setText(translate("Admin", "{0} imports").format(total))
        fit_columns(self.view, bold=False)
        self._show_check(None)
        self.sig_loaded.emit(total)

    def selected(self) -> import_history.BatchRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.message.clear()
        if row is None:
            self._show_check(None)
            return
        self.ctx.query(lambda s, a: import_history.undo_check(s, a, row.id),
                       lambda check: self._show_check(check) if self.selected() is row else None, parent=self)

    def _show_check(self, check: import_history.UndoCheck | None) -> None:
        self.check = check
        self.undo_button.setEnabled(check is not None and check.possible)
        if check is None:
            self.reason.setStyleSheet("color: #4b5563;")
            self.reason.setText(translate("Admin", "Choose an import to see whether it can be undone."))
        elif check.possible:
            self.reason.setStyleSheet("color: #1e7b3c;")
            self.reason.setText(translate(
                "Admin", "Can be undone: what it changed is put back, what it created is deleted (orders it "
                "created are cancelled), its stock moves are reversed."))
        else:
            self.reason.setStyleSheet("color: #a15c00;")
            self.reason.setText(undo_refusal_text(check, self.model.tz))

    def confirm(self, row: import_history.BatchRow) -> bool:
        """Asks before undoing (tests replace it)."""
        answer = QMessageBox.question(self, translate("Admin", "Undo import"), translate(
            "Admin", "Undo the import of {0} ({1}, {2})?").format(row.file_name, kind_label(row.kind),
                                                                 local_time(row.imported_at, self.model.tz)))
        return answer == QMessageBox.StandardButton.Yes

    def undo(self) -> None:
        row = self.selected()
        if row is None or self.check is None or not self.check.possible or not self.confirm(row):
            return
        self.undo_button.setEnabled(False)

        def done(counts: dict) -> None:
            self.message.setStyleSheet("color: #1e7b3c;")
            self.message.setText(translate(
                "Admin", "Undone: {0} restored, {1} deleted, {2} stock moves reversed, {3} orders cancelled.").format(
                counts.get("restored", 0), counts.get("deleted", 0), counts.get("moves_reversed", 0),
                counts.get("orders_cancelled", 0)))
            self.load()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError) and exc.code == "invalid" and exc.params.get("rule"):
                refused = import_history.UndoCheck(False, exc.params["rule"], exc.params.get("table") or None,
                                                   exc.params.get("count") or 0)
                self._show_check(refused)
                self.message.setStyleSheet("color: #b42318;")
                self.message.setText(undo_refusal_text(refused, self.model.tz) or sentence(exc))
                return
            self.ctx.show_error(self, exc)
            self._selection_changed()

        self.ctx.mutate(lambda s, a: import_history.undo(s, a, row.id), Changes(orders=True, stock=True), done,
                        parent=self, initiator=self, on_error=failed)
