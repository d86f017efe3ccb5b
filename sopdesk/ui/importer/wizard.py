"""The import wizard: file + kind -> sheet and header row -> column mapping (editable, saved
as a profile) -> preview with every error -> import with progress and cancel -> summary
(with undo of the batch).

Opening the file and detecting the header read only the first rows of each sheet and run
on the GUI thread; parsing, the dry run, the import, the error workbook and undo run through
the context's task runner (a worker thread in the app, at once in tests). Workers get and
return plain values (Workbook, Detection, ParsedFile, ImportResult), never a Session.
"""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sopdesk import excel
from sopdesk.services import imports
from sopdesk.services.transfer_rights import importable_kinds

from ..changes import Changes
from ..context import AppContext
from ..tasks import Cancelled

log = logging.getLogger(__name__)

BAD = QColor("#ffd6d6")
HEADER_ROW = QColor("#d9ecff")
PREVIEW_ROWS = 200
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.ods *.csv)"

KIND_LABELS = {
    "items": ("Items", "物料"), "bom": ("Bills of materials", "BOM"), "customers": ("Customers", "客户"),
    "suppliers": ("Suppliers", "供应商"), "orders": ("Sales orders", "销售订单"),
    "purchase-orders": ("Purchase orders", "采购订单"), "stock-count": ("Stock count", "盘点"),
    "plan": ("Production plan", "生产计划"),
    "locations": ("Locations", "库位/仓库"), "work-centers": ("Work centers", "产线/工作中心"),
    "maintenance": ("Maintenance windows", "设备检修"), "calendar": ("Working calendar", "工作日历"),
    "work-orders": ("Work orders", "工单"),
    "shipments": ("Shipments", "发货记录"),
}


def is_zh() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def kind_label(kind: str) -> str:
    en, zh = KIND_LABELS.get(kind, (kind, kind))
    return zh if is_zh() else en


def field_label(spec, name: str) -> str:
    try:
        f = spec.field(name)
    except KeyError:
        return name
    return f.zh if is_zh() else f.en


def _item(text, tooltip: str | None = None) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        it.setToolTip(tooltip)
    return it


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite():
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


# The engine's cell messages (English) -> translated sentences ({0}: regex groups).
_CELL_MESSAGES = [(re.compile(p), m) for p, m in [
    (r"^not a number$", QT_TRANSLATE_NOOP("ImportWizard", "not a number")),
    (r"^not a date$", QT_TRANSLATE_NOOP("ImportWizard", "not a date")),
    (r"^cannot be negative$", QT_TRANSLATE_NOOP("ImportWizard", "cannot be negative")),
    (r"^must be a whole number$", QT_TRANSLATE_NOOP("ImportWizard", "must be a whole number")),
    (r"^must be at least (\S+)$", QT_TRANSLATE_NOOP("ImportWizard", "must be at least {0}")),
    (r"^the number is too large$", QT_TRANSLATE_NOOP("ImportWizard", "the number is too large")),
    (r"^longer than (\d+) characters$", QT_TRANSLATE_NOOP("ImportWizard", "longer than {0} characters")),
    (r"^more than (\d+) decimal places$", QT_TRANSLATE_NOOP("ImportWizard", "more than {0} decimal places")),
    (r"^not one of: (.*)$", QT_TRANSLATE_NOOP("ImportWizard", "not one of: {0}")),
    (r"^not yes or no", QT_TRANSLATE_NOOP("ImportWizard", "not yes or no (是/否, Y/N, √)")),
    (r"^unknown product code (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown product code {0}")),
    (r"^unknown customer code (\S+)", QT_TRANSLATE_NOOP(
        "ImportWizard", "unknown customer code {0} (add a customer name column to create it)")),
    (r"^unknown location (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown location {0}")),
    (r"^unknown work center (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown work center {0}")),
    (r"^work center (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "work center {0} is inactive")),
    (r"^location (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "location {0} is inactive")),
    (r"^product (.+) is inactive$", QT_TRANSLATE_NOOP("ImportWizard", "product {0} is inactive")),
    (r"^a new location needs its kind", QT_TRANSLATE_NOOP(
        "ImportWizard", "a new location needs its kind (raw material store / work in progress / finished goods "
                        "store / quarantine)")),
    (r"^the same .+ as row (\d+) of the file$", QT_TRANSLATE_NOOP("ImportWizard", "the same record as row {0} of the file")),
    (r"^work order (\S+) is on row (\d+) of the file already$",
     QT_TRANSLATE_NOOP("ImportWizard", "work order {0} is on row {1} of the file already")),
    (r"^the window ends before it starts$", QT_TRANSLATE_NOOP("ImportWizard", "the window ends before it starts")),
    (r"^the end cannot be before the start$",
     QT_TRANSLATE_NOOP("ImportWizard", "the end cannot be before the start")),
    (r"^a raw material is bought, not made$",
     QT_TRANSLATE_NOOP("ImportWizard", "a raw material is bought, not made")),
    (r"^a work order goes in progress", QT_TRANSLATE_NOOP(
        "ImportWizard", "a work order goes in progress with its first material issue: import it as released")),
    (r"^a work order is done when", QT_TRANSLATE_NOOP(
        "ImportWizard", "a work order is done when its output is reported and it is closed: import open work "
                        "orders only (planned or released)")),
    (r"^a cancelled work order is not imported", QT_TRANSLATE_NOOP(
        "ImportWizard", "a cancelled work order is not imported: leave it out of the file")),
    (r"^(\S+) makes (\S+): a work order's product cannot change$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} makes {1}: a work order's product cannot change")),
    (r"^(\S+) is ([a-z ]+) \((.+)\) and can no longer be changed by an import$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} is {1} and can no longer be changed by an import")),
    (r"^(\S+) is released already: it cannot go back to planned$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} is released already: it cannot go back to planned")),
    # shipments (services/imports_shipments.py)
    (r"^unknown order (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "unknown order {0}")),
    (r"^(\S+) is (\w+) and cannot be shipped$",
     QT_TRANSLATE_NOOP("ImportWizard", "order {0} cannot be shipped in its current status: only confirmed "
                                       "orders ship")),
    (r"^(\S+) has no line (\d+)$", QT_TRANSLATE_NOOP("ImportWizard", "{0} has no line {1}")),
    (r"^line (\d+) of (\S+) is (\S+), not (.+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "line {0} of {1} is {2}, not {3}")),
    (r"^(\S+) has no line of (.+)$", QT_TRANSLATE_NOOP("ImportWizard", "{0} has no line of {1}")),
    (r"^(\S+) has (\d+) open lines of (\S+): add a line number column$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} has {1} open lines of {2}: add a line number column")),
    (r"^(\S+) is after today$", QT_TRANSLATE_NOOP("ImportWizard", "{0} is after today")),
    (r"^shipment (\S+) has another (customer|ship date|location) on row (\d+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "shipment {0} has another customer, date or location on row {2}")),
    (r"^shipment number (\S+) exists already with other lines$",
     QT_TRANSLATE_NOOP("ImportWizard", "shipment number {0} exists already with other lines")),
    (r"^only (\S+) left to ship on (\S+) line (\d+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "only {0} left to ship on {1} line {2}")),
    (r"^(\S+) at (\S+): the file ships (\S+), on hand (\S+)$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} at {1}: the file ships {2}, on hand {3}")),
    (r"^(.+) is required$", QT_TRANSLATE_NOOP("ImportWizard", "{0} is required")),
    (r"^(\S+) is (\w+) and can no longer be changed$",
     QT_TRANSLATE_NOOP("ImportWizard", "{0} can no longer be changed in its current status")),
]]


def cell_message(message: str) -> str:
    """A cell error's sentence in the user's language (the engine's words if unknown)."""
    for pattern, template in _CELL_MESSAGES:
        m = pattern.match(message or "")
        if m:
            text = QCoreApplication.translate("ImportWizard", template).format(*m.groups())
            return text.replace(" or ", " 或 ") if is_zh() else text
    return message


class _TaskPanel(QWidget):
    """A progress bar with a Cancel button, shown while a background stage runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.state = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def progress(self, _stage: str, fraction: float) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def cancel(self) -> None:
        if self.state is not None:
            self.state.request_interruption()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        self.state = None
        self.hide()


# -- 1. file and kind -------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("An Excel or CSV file (.xlsx, .xls, .ods, .csv) and what it holds."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), row)
        self.kind_combo = QComboBox()
        for kind in wizard.kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        form.addRow(self.tr("It holds:"), self.kind_combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        form.addRow(self.message)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), self.path_edit.text(), FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path_edit.text().strip()) and self.kind_combo.count() > 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.message.clear()
        return self.wiz.open_file(self.path_edit.text().strip(), self.kind())


# -- 2. sheet and header row ------------------------------------------------------------------


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("Where the data is. Choose another sheet if this is not the right one."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet:")))
        self.sheet_combo = QComboBox()
        row.addWidget(self.sheet_combo, 1)
        lay.addLayout(row)
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        lay.addWidget(self.header_label)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.sheet_combo.activated.connect(self._sheet_chosen)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        book = self.wiz.book
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in book.sheet_names:
            self.sheet_combo.addItem(name, name)
        if self.wiz.det is not None:
            self.sheet_combo.setCurrentIndex(book.sheet_names.index(self.wiz.det.sheet))
        self.sheet_combo.blockSignals(False)
        self.show_sheet()

    def _sheet_chosen(self, _index: int) -> None:
        self.wiz.detect(self.sheet_combo.currentData())
        self.show_sheet()
        self.completeChanged.emit()

    def show_sheet(self) -> None:
        det, book = self.wiz.det, self.wiz.book
        name = self.sheet_combo.currentData()
        if det is None or det.sheet != name:
            self.header_label.setText(self.wiz.detect_error or self.tr("No header row found in this sheet."))
            self.header_label.setStyleSheet("color: #a40000;")
        else:
            self.header_label.setStyleSheet("")
            self.header_label.setText(self.tr("Header row: row {0}. Data starts below it.").format(det.header_row))
        head = book.head(name, 30)
        width = max((len(r) for r in head.rows), default=0)
        self.table.clear()
        self.table.setRowCount(len(head.rows))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([excel.col_letter(head.col_offset + j) for j in range(width)])
        self.table.setVerticalHeaderLabels([str(head.excel_row(i)) for i in range(len(head.rows))])
        for i, r in enumerate(head.rows):
            for j, v in enumerate(r):
                it = _item(_shown(v))
                if det is not None and det.sheet == name and i == det.header_index:
                    it.setBackground(QBrush(HEADER_ROW))
                self.table.setItem(i, j, it)
        self.table.resizeColumnsToContents()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.det is not None


# -- 3. mapping -----------------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which column holds which field. Columns set to “not imported” are ignored."))
        lay = QVBoxLayout(self)
        self.profile_label = QLabel()
        lay.addWidget(self.profile_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                              self.tr("First values"), self.tr("Imported as")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a40000;")
        lay.addWidget(self.missing_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save this mapping as:")))
        self.profile_edit = QLineEdit()
        self.profile_edit.setPlaceholderText(self.tr("e.g. the customer's name"))
        self.save_profile_button = QPushButton(self.tr("Save mapping"))
        row.addWidget(self.profile_edit, 1)
        row.addWidget(self.save_profile_button)
        lay.addLayout(row)
        self.panel = _TaskPanel()
        lay.addWidget(self.panel)
        self.combos: list[QComboBox] = []
        self._indexes: list[int] = []
        self.save_profile_button.clicked.connect(self.save_profile)
        self._ready = False
        self._validating = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._ready = False
        det = self.wiz.det
        spec = det.spec
        cols = det.columns()
        self.combos, self._indexes = [], []
        self.table.setRowCount(len(cols))
        for r, c in enumerate(cols):
            self.table.setItem(r, 0, _item(c.letter))
            self.table.setItem(r, 1, _item(c.header))
            self.table.setItem(r, 2, _item(" · ".join(c.samples[:3])))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for f in spec.fields:
                combo.addItem(field_label(spec, f.name) + (" *" if f.required else ""), f.name)
            combo.setCurrentIndex(max(0, combo.findData(c.field)) if c.field else 0)
            combo.activated.connect(lambda _i, col=c.index, cb=combo: self._remapped(col, cb))
            self.table.setCellWidget(r, 3, combo)
            self.combos.append(combo)
            self._indexes.append(c.index)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 200))
        self.profile_label.setText(self.tr("Saved mapping applied: {0}").format(det.profile) if det.profile else "")
        self._show_missing()

    def set_field(self, column_index: int, field: str | None) -> None:
        """Map a file column (its index in the sheet) to a field (tests, keyboard users)."""
        k = self._indexes.index(column_index)
        combo = self.combos[k]
        combo.setCurrentIndex(combo.findData(field) if field else 0)
        self._remapped(column_index, combo)

    def _remapped(self, column_index: int, combo: QComboBox) -> None:
        self.wiz.det = self.wiz.det.remap({column_index: combo.currentData()})
        self.wiz.invalidate()
        mapping = self.wiz.det.mapping
        for k, cb in zip(self._indexes, self.combos, strict=True):  # a field moved elsewhere
            want = mapping.get(k)
            if cb.currentData() != want:
                cb.setCurrentIndex(cb.findData(want) if want else 0)
        self._ready = False
        self._show_missing()
        self.completeChanged.emit()

    def _show_missing(self) -> None:
        det = self.wiz.det
        missing = det.missing()
        self.missing_label.setText(self.tr("Still to map: {0}").format(
            ", ".join(" / ".join(field_label(det.spec, n) for n in m.split(" / ")) for m in missing)) if missing else "")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.det is not None and not self.wiz.det.missing() and self.panel.state is None

    def save_profile(self) -> None:
        name = self.profile_edit.text().strip()
        det = self.wiz.det
        self.wiz.ctx.mutate(lambda s, a: imports.save_profile(s, a, name, det), Changes(),
                            lambda p: self.profile_label.setText(self.tr("Mapping saved as {0}").format(p.name)),
                            parent=self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._ready:
            return True
        if self.panel.state is not None:
            return False
        self._validating = True
        try:
            self.wiz.check(self.panel, self._checked)
        finally:
            self._validating = False
        return self._ready

    def _checked(self, ok: bool) -> None:
        self._ready = ok
        self.completeChanged.emit()
        if ok and not self._validating:
            self.wiz.next()


# -- 4. preview and errors --------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        lay = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        lay.addWidget(self.summary_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split.addWidget(self.preview)
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        erow = QHBoxLayout()
        self.errors_label = QLabel()
        self.errors_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.save_errors_button = QPushButton(self.tr("Save errors workbook…"))
        erow.addWidget(self.errors_label, 1)
        erow.addWidget(self.save_errors_button)
        bl.addLayout(erow)
        self.errors = QTableWidget(0, 5)
        self.errors.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                               self.tr("Value"), self.tr("Problem")])
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        bl.addWidget(self.errors, 1)
        self.error_box = box
        split.addWidget(box)
        lay.addWidget(split, 1)
        self.panel = _TaskPanel()
        lay.addWidget(self.panel)
        self.save_errors_button.clicked.connect(self.save_errors)
        self.errors.cellDoubleClicked.connect(self._goto_error)
        self._row_of: dict[int, int] = {}
        self._col_of: dict[str, int] = {}
        self._validating = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        parsed, result = self.wiz.parsed, self.wiz.dry
        spec = excel.spec_for(parsed.kind)
        errs = result.errors
        if errs:
            self.summary_label.setText(self.tr(
                "{0} rows read. Nothing can be imported until the file is corrected: fix the cells "
                "listed below in the file (or save the errors workbook, where they are marked red) "
                "and start again.").format(result.rows_read))
        else:
            self.summary_label.setText(self.tr(
                "{rows} rows read: {ins} new, {upd} changed, {same} unchanged, {skip} skipped. "
                "Press Import to write them.").format(rows=result.rows_read, ins=result.inserted,
                                                      upd=result.updated, same=result.unchanged,
                                                      skip=result.skipped))
        fields = [f.name for f in spec.fields if f.name in parsed.columns]
        self._col_of = {f: k for k, f in enumerate(fields)}
        rows = parsed.preview(0, PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(fields))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([field_label(spec, f) for f in fields])
        self.preview.setVerticalHeaderLabels([str(r[0]) for r in rows])
        self._row_of = {r[0]: i for i, r in enumerate(rows)}
        raw = parsed.raw
        zh_labels = {f: spec.field(f).labels for f in fields} if is_zh() else {}
        for i, (_excel_row, values, _row_errors) in enumerate(rows):
            for k, f in enumerate(fields):
                value = values.get(f)
                if zh_labels.get(f) and value in zh_labels[f]:  # a status or kind: its Chinese name
                    value = zh_labels[f][value]
                self.preview.setItem(i, k, _item(_shown(value)))
        for e in errs:  # mark every bad cell that is in the preview (database errors too)
            i, k = self._row_of.get(e.row), self._col_of.get(e.field)
            if i is None or k is None:
                continue
            it = self.preview.item(i, k)
            if it.text() == "" and e.field in raw:
                idx = parsed.row_numbers.index(e.row)
                it.setText(_shown(raw[e.field][idx]))
            it.setBackground(QBrush(BAD))
            it.setToolTip(cell_message(e.message))
        self.preview.resizeColumnsToContents()
        self.errors.setRowCount(len(errs))
        for i, e in enumerate(errs):
            for k, v in enumerate((e.sheet, e.row, e.column, _shown(e.value), cell_message(e.message))):
                self.errors.setItem(i, k, _item(v))
        self.errors.resizeColumnsToContents()
        self.errors_label.setText(self.tr("{0} problems found").format(len(errs)))
        self.error_box.setVisible(bool(errs))

    def _goto_error(self, row: int, _col: int) -> None:
        e = self.wiz.dry.errors[row]
        i, k = self._row_of.get(e.row), self._col_of.get(e.field)
        if i is not None:
            self.preview.setCurrentCell(i, k or 0)
            self.preview.scrollToItem(self.preview.item(i, k or 0))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.dry is not None and not self.wiz.dry.errors and self.panel.state is None

    def save_errors(self, _checked=False, path: str | None = None) -> None:
        if path is None:
            default = str(Path(self.wiz.path).with_name(Path(self.wiz.path).stem + "_errors.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save errors workbook"), default, "Excel (*.xlsx)")
            if not path:
                return
        parsed, errs = self.wiz.parsed, list(self.wiz.dry.errors)
        self.wiz.ctx.runner.run(lambda: excel.write_error_workbook(path, parsed, errs),
                                lambda _r: self.errors_label.setText(self.tr("Errors saved to {0}").format(path)),
                                lambda exc: self.wiz.ctx.show_error(self, exc))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.wiz.result is not None:
            return True
        if self.panel.state is not None:
            return False
        self._validating = True
        try:
            self.wiz.commit(self.panel, self._committed)
        finally:
            self._validating = False
        return self.wiz.result is not None

    def _committed(self) -> None:
        self.completeChanged.emit()
        if self.wiz.result is not None and not self._validating:
            self.wiz.next()


# -- 5. summary -----------------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        self.setFinalPage(True)
        lay = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import"))
        row.addWidget(self.undo_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.undo_button.clicked.connect(self.undo)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        r = self.wiz.result
        lines = [self.tr("{0}: {1}").format(kind_label(r.kind), r.file),
                 self.tr("Rows read: {0}").format(r.rows_read),
                 self.tr("New: {0}").format(r.inserted), self.tr("Changed: {0}").format(r.updated),
                 self.tr("Unchanged: {0}").format(r.unchanged), self.tr("Skipped: {0}").format(r.skipped)]
        for what, n in (r.created or {}).items():
            names = r.created_names.get(what)
            if names:
                lines.append(self.tr("Created along with it ({0}): {1} — {2}").format(
                    kind_label(what), n, "、".join(names) if is_zh() else ", ".join(names)))
            else:
                lines.append(self.tr("Created along with it ({0}): {1}").format(kind_label(what), n))
        lines.append(self.tr("Batch: {0}").format(r.batch_id) if r.batch_id else
                     self.tr("Nothing changed: the database already held these values."))
        self.text.setText("\n".join(lines))
        self.undo_button.setVisible(r.batch_id is not None)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        batch_id = self.wiz.result.batch_id
        self.undo_button.setEnabled(False)

        def done(counts):
            self.text.setText(self.text.text() + "\n\n" + self.tr("The import was undone."))

        def failed(exc):
            self.undo_button.setEnabled(True)
            self.wiz.ctx.show_error(self, exc)

        self.wiz.ctx.mutate(lambda s, a: imports.undo_batch(s, a, batch_id), Changes(orders=True, stock=True), done,
                            parent=self, on_error=failed)


# -- the wizard -----------------------------------------------------------------------------


class ImportWizard(QWizard):
    """State: the context, the kinds offered, and per stage the opened book, the detection
    (with the user's mapping), the parsed file, the dry-run result and the import result.
    sig_imported(result) after a committed import."""

    sig_imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = importable_kinds(ctx.actor)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the import is done
        self.resize(1100, 720)
        self.path = ""
        self.kind = ""
        self.book = None
        self.det = None
        self.detect_error: str | None = None
        self.parsed = None
        self.dry = None
        self.result = None
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.finished.connect(self._close_book)

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) while a stage runs stops that stage first;
        the wizard stays open until the worker has stopped, so nothing is left half done."""
        running = [p for p in (self.mapping_page.panel, self.preview_page.panel) if p.state is not None]
        if running:
            for panel in running:
                panel.cancel()
            return
        super().reject()

    def invalidate(self) -> None:
        self.parsed = self.dry = None

    # stage 1: open + detect (first rows only)
    def open_file(self, path: str, kind: str) -> bool:
        self._close_book()
        self.path, self.kind = path, kind
        self.det = self.result = None
        self.invalidate()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.book = excel.open_workbook(path)
            self.detect(None)
        except excel.FileRefused as exc:
            self.file_page.message.setText(self.tr("This file cannot be imported: {0}").format(exc.message))
            return False
        except BaseException as exc:  # noqa: BLE001 - shown, never a traceback
            self.ctx.show_error(self, exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def detect(self, sheet: str | None) -> None:
        book, kind = self.book, self.kind
        self.invalidate()
        self.detect_error = None
        try:
            with self.ctx.db.write(self.ctx.actor) as s:
                self.det = imports.detect_for(s, self.ctx.actor, book, kind, sheet=sheet)
        except excel.HeaderNotFound:
            self.det = None
            spec = excel.spec_for(kind)
            expected = "、".join(field_label(spec, f.name) for f in spec.fields if f.required)
            self.detect_error = self.tr("No header row for {0} found in this sheet: expected columns such as {1}.").format(
                kind_label(kind), expected if is_zh() else expected.replace("、", ", "))

    # stage 3: parse + dry run in the background
    def check(self, panel: _TaskPanel, on_done) -> None:
        ctx, book, det = self.ctx, self.book, self.det

        def work(state):
            panel.state = state  # the Cancel button reaches the worker at once

            def progress(x):
                state.set_progress("parse", 0.7 * x)
            parsed = excel.parse(book, det, progress, state.is_interruption_requested)
            with ctx.db.read() as s:
                dry = imports.import_parsed(s, ctx.actor, parsed, dry_run=True,
                                            progress=lambda x: state.set_progress("check", 0.7 + 0.3 * x),
                                            is_cancelled=state.is_interruption_requested)
                s.rollback()
            return parsed, dry

        def done(res):
            panel.stop()
            self.parsed, self.dry = res
            on_done(True)

        def failed(exc):
            panel.stop()
            if isinstance(exc, excel.ImportCancelled | Cancelled):
                self.mapping_page.missing_label.setText(self.tr("Cancelled. Press Next to read the file again."))
            else:
                ctx.show_error(self, exc)
            on_done(False)

        panel.start(self.tr("Reading the rows…"))
        self._run(panel, work, done, failed)

    # stage 5: the import, all or nothing
    def commit(self, panel: _TaskPanel, on_done) -> None:
        ctx, parsed = self.ctx, self.parsed

        def work(state):
            panel.state = state
            with ctx.db.write(ctx.actor) as s:
                return imports.import_parsed(s, ctx.actor, parsed, dry_run=False,
                                             progress=lambda x: state.set_progress("import", x),
                                             is_cancelled=state.is_interruption_requested)

        def done(result):
            panel.stop()
            if result.errors:  # the database changed since the check: show them
                self.dry = result
                self.preview_page.initializePage()
            else:
                self.result = result
                ctx.bus.apply(Changes(orders=True, stock=True), self)
                self.sig_imported.emit(result)
            on_done()

        def failed(exc):
            panel.stop()
            if isinstance(exc, excel.ImportCancelled | Cancelled):
                self.preview_page.summary_label.setText(self.tr("Import cancelled: nothing was written."))
            else:
                ctx.show_error(self, exc)
            on_done()

        panel.start(self.tr("Importing…"))
        self._run(panel, work, done, failed)

    def _run(self, panel: _TaskPanel, work, done, failed) -> None:
        finished = []

        def ok(res):
            finished.append(True)
            done(res)

        def bad(exc):
            finished.append(True)
            failed(exc)

        state = self.ctx.runner.run(work, ok, bad, with_state=True, on_progress=panel.progress)
        panel.state = None if finished else state  # a synchronous runner is done already

    def _close_book(self, *_args) -> None:
        if self.book is not None:
            try:
                self.book.close()
            except Exception:  # noqa: BLE001
                log.warning("closing the workbook failed", exc_info=True)
            self.book = None
