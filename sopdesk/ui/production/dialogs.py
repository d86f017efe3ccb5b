"""Production dialogs: a new work order, output report (完工入库), and a work order's detail
with the issue and output moves posted against it."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sopdesk.models import LocationKind, WorkOrderStatus
from sopdesk.services import shop_floor, work_orders
from sopdesk.services.errors import ServiceError
from sopdesk.ui import errors
from sopdesk.ui.changes import Changes

STATUS = {
    WorkOrderStatus.PLANNED: QT_TRANSLATE_NOOP("Production", "Planned"),
    WorkOrderStatus.RELEASED: QT_TRANSLATE_NOOP("Production", "Released"),
    WorkOrderStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Production", "In progress"),
    WorkOrderStatus.DONE: QT_TRANSLATE_NOOP("Production", "Done"),
    WorkOrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Production", "Cancelled"),
}
MOVE = {"issue": QT_TRANSLATE_NOOP("Production", "Material issue"),
        "output": QT_TRANSLATE_NOOP("Production", "Output")}


def status_text(value) -> str:
    return QCoreApplication.translate("Production", STATUS[WorkOrderStatus(value)])


def qty_text(value) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _uuid(value) -> uuid.UUID | None:
    """A combo box's data (ids are kept as text: QVariant cannot compare UUID objects)."""
    return uuid.UUID(value) if value else None


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class _FormDialog(QDialog):
    """A form with OK/Cancel whose service errors show in one line under the form."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.result_value = None

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.error.setText(errors.describe(exc).text)
            return
        self.ctx.show_error(self, exc)

    def _done(self, result) -> None:
        self.result_value = result
        self.accept()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class NewWorkOrderDialog(_FormDialog):
    """Product, quantity, line, planned start and end; prefilled from a proposal when given."""

    def __init__(self, ctx, products, lines, today: dt.date, proposal=None, parent=None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New work order"))
        self.proposal = proposal
        self.product = QComboBox()
        for p in products:
            self.product.addItem(f"{p.code} {p.name}", str(p.id))
        self.qty = QLineEdit()
        self.line = QComboBox()
        self.line.addItem(self.tr("(no line)"), None)
        for ln in lines:
            self.line.addItem(ln.label, str(ln.id))
        self.start = QDateEdit(_qdate(today))
        self.end = QDateEdit(_qdate(today + dt.timedelta(days=3)))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        if proposal is not None:
            data = proposal.as_input(today)
            self.product.setCurrentIndex(max(self.product.findData(str(data.item_id)), 0))
            self.product.setEnabled(False)
            self.qty.setText(qty_text(data.qty))
            self.start.setDate(_qdate(data.planned_start))
            self.end.setDate(_qdate(data.planned_end))
            self.form.addRow(self.tr("Sales order"), QLabel(f"{proposal.order_number} / {proposal.line_no}"))
        self.form.addRow(self.tr("Product"), self.product)
        self.form.addRow(self.tr("Quantity"), self.qty)
        self.form.addRow(self.tr("Line"), self.line)
        self.form.addRow(self.tr("Planned start"), self.start)
        self.form.addRow(self.tr("Planned end"), self.end)
        self.resize(420, 0)

    def submit(self) -> None:
        data = work_orders.WorkOrderInput(
            item_id=_uuid(self.product.currentData()), qty=self.qty.text().strip(),
            work_center_id=_uuid(self.line.currentData()),
            planned_start=_pydate(self.start.date()), planned_end=_pydate(self.end.date()),
            sales_order_line_id=self.proposal.sales_order_line_id if self.proposal else None,
        )
        self.ctx.mutate(lambda s, a: work_orders.create(s, a, data), Changes(orders=True), self._done,
                        parent=self, on_error=self._failed)


class ReportDialog(_FormDialog):
    """Output (完工入库): good quantity into a location, scrap with a reason, finish. Posted
    through the shop-floor report with a client op id kept until it succeeds."""

    def __init__(self, ctx, row: work_orders.WorkOrderRow, locations, backflush: bool, parent=None):
        super().__init__(ctx, parent)
        self.row = row
        self._op: uuid.UUID | None = None
        self._op_key = None
        self.setWindowTitle(self.tr("Report output — {0}").format(row.number))
        self.good = QLineEdit(qty_text(max(row.qty - row.good_qty, 0)))
        self.scrap = QLineEdit("0")
        self.reason = QLineEdit()
        self.location = QComboBox()
        self.material_location = QComboBox()
        finished = [c for c in locations if c.kind == LocationKind.FINISHED]
        for c in finished + [c for c in locations if c not in finished]:
            self.location.addItem(c.label, str(c.id))
        raw = [c for c in locations if c.kind == LocationKind.RAW]
        for c in raw + [c for c in locations if c not in raw]:
            self.material_location.addItem(c.label, str(c.id))
        self.finish = QCheckBox(self.tr("Finished: the work order is done"))
        self.form.addRow(self.tr("Work order"), QLabel(f"{row.number} · {row.item_code} {row.item_name}"))
        self.form.addRow(self.tr("Made so far"), QLabel(f"{qty_text(row.good_qty)} / {qty_text(row.qty)} {row.unit}"))
        self.form.addRow(self.tr("Good quantity"), self.good)
        self.form.addRow(self.tr("Into"), self.location)
        self.form.addRow(self.tr("Scrap"), self.scrap)
        self.form.addRow(self.tr("Scrap reason"), self.reason)
        self.backflush = backflush
        if backflush:
            self.form.addRow(self.tr("Materials from"), self.material_location)
        self.form.addRow("", self.finish)
        self.resize(460, 0)

    def submit(self) -> None:
        key = (self.good.text(), self.scrap.text(), self.reason.text(), self.location.currentData(),
               self.finish.isChecked())
        if self._op is None or key != self._op_key:
            self._op, self._op_key = uuid.uuid4(), key
        op, wo_id = self._op, self.row.id
        kw = dict(good_qty=self.good.text().strip(), scrap_qty=self.scrap.text().strip() or "0",
                  scrap_reason=self.reason.text(), location_id=_uuid(self.location.currentData()),
                  finish=self.finish.isChecked(), op_id=op,
                  material_location_id=_uuid(self.material_location.currentData()) if self.backflush else None)
        self.ctx.mutate(lambda s, a: shop_floor.report(s, a, wo_id, **kw), Changes(stock=True, orders=True),
                        self._done, parent=self, on_error=self._report_failed)

    def _report_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self._op = None
        self._failed(exc)


class WorkOrderDialog(QDialog):
    """A work order: its figures and the issue and output moves posted against it."""

    def __init__(self, ctx, detail: work_orders.WorkOrderDetail, parent=None):
        super().__init__(parent)
        r = detail.row
        self.setWindowTitle(self.tr("Work order {0}").format(r.number))
        form = QFormLayout()
        form.addRow(self.tr("Product"), QLabel(f"{r.item_code} {r.item_name}"))
        form.addRow(self.tr("Status"), QLabel(status_text(r.status)))
        form.addRow(self.tr("Line"), QLabel(r.work_center_code or "—"))
        form.addRow(self.tr("Planned"), QLabel(f"{r.planned_start:%Y-%m-%d} → {r.planned_end:%Y-%m-%d}"))
        form.addRow(self.tr("Good / planned"), QLabel(
            f"{qty_text(r.good_qty)} / {qty_text(r.qty)} {r.unit} ({r.progress:.0%})"))
        form.addRow(self.tr("Scrap"), QLabel(f"{qty_text(r.scrap_qty)} {r.unit}"))
        if r.sales_order_number:
            form.addRow(self.tr("Sales order"), QLabel(r.sales_order_number))
        self.moves = QTableWidget(len(detail.moves), 6)
        self.moves.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("Item"),
                                              self.tr("Location"), self.tr("Quantity"), self.tr("Document")])
        self.moves.verticalHeader().hide()
        self.moves.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for n, m in enumerate(detail.moves):
            kind = QCoreApplication.translate("Production", MOVE.get(m.move_type.value, m.move_type.value))
            if m.reversal:
                kind += " " + self.tr("(reversal)")
            cells = [f"{m.moved_at.astimezone():%Y-%m-%d %H:%M}", kind, f"{m.item_code} {m.item_name}",
                     m.location_code, qty_text(m.qty), m.ref_number or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.moves.setItem(n, c, item)
        self.moves.resizeColumnsToContents()
        self.moves.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Issues and output")))
        lay.addWidget(self.moves, 1)
        lay.addWidget(buttons)
        self.resize(720, 460)
