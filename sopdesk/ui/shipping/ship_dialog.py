"""The ship dialog (发货): the open lines of one or more orders of one customer, a location
(each line's on-hand there shown), a ship date and the quantities to ship, posted as one
shipment document (services/shipping.post_shipment).

Each quantity starts at min(open, on hand at the location); a line left empty or at 0 is not
shipped. The post carries a client operation id that is kept until it succeeds: pressing Ship
again after a lost answer (network, database busy) sends the same id, so it counts once. A
refusal by the service (more than is open, not enough stock) is shown next to its line and
the next press is a new shipment. After posting, `sig_posted(ShipmentView)` is emitted and
the dialog closes; the caller offers the delivery note.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import LocationKind
from sopdesk.services import locations, settings, shipping
from sopdesk.services.errors import ServiceError
from sopdesk.services.locations import LocationChoice
from sopdesk.services.shipping import OpenLine, ShipmentView
from sopdesk.ui import errors
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext

from .messages import line_of, qty_text, sentence

COLUMNS = [
    QT_TRANSLATE_NOOP("Shipping", "Order"), QT_TRANSLATE_NOOP("Shipping", "Line"),
    QT_TRANSLATE_NOOP("Shipping", "Item"), QT_TRANSLATE_NOOP("Shipping", "Unit"),
    QT_TRANSLATE_NOOP("Shipping", "Promised"), QT_TRANSLATE_NOOP("Shipping", "Open"),
    QT_TRANSLATE_NOOP("Shipping", "On hand"), QT_TRANSLATE_NOOP("Shipping", "To ship"),
    QT_TRANSLATE_NOOP("Shipping", "Message"),
]
COL_ORDER, COL_LINE, COL_ITEM, COL_UNIT, COL_PROMISED, COL_OPEN, COL_ON_HAND, COL_SHIP, COL_MESSAGE = range(9)
SHORT_BG, SHORT_FG, ERROR_FG = "#fff1d6", "#a15c00", "#b42318"


@dataclass(frozen=True)
class ShipData:
    """What the dialog shows, read in one go: the open lines, the active locations, each
    location's on-hand of the lines' items, the factory's today."""

    lines: list[OpenLine]
    locations: list[LocationChoice]
    on_hand: dict[uuid.UUID, dict[uuid.UUID, Decimal]]  # location -> item -> qty
    today: dt.date

    def default_location(self) -> uuid.UUID | None:
        """The location that can ship the most of the open quantities; a finished-goods one
        first when several can ship as much."""
        def score(loc: LocationChoice):
            held = self.on_hand.get(loc.id, {})
            ships = sum((min(ln.open_qty, max(held.get(ln.item_id, Decimal(0)), Decimal(0))) for ln in self.lines),
                        Decimal(0))
            return (ships, loc.kind == LocationKind.FINISHED)
        best = max(self.locations, key=score, default=None)
        return best.id if best else None


def load_ship_data(session, actor, order_ids: list[uuid.UUID]) -> ShipData:
    lines = shipping.open_lines(session, actor, order_ids=order_ids)
    locs = locations.location_choices(session, actor)
    items = [ln.item_id for ln in lines]
    on_hand = {loc.id: shipping.on_hand_at(session, actor, items, loc.id) for loc in locs} if items else {}
    return ShipData(lines, locs, on_hand, settings.factory_today(session))


def shipped_at_for(day: dt.date, tz_now: dt.datetime) -> dt.datetime:
    """The moment a shipment dated `day` is posted at: now for today, the end of that day
    (factory time) for another date."""
    if day == tz_now.date():
        return tz_now
    return dt.datetime.combine(day, dt.time(23, 59, 59), tz_now.tzinfo)


def post(session, actor, lines, location_id, day: dt.date, note: str, op_id: uuid.UUID) -> ShipmentView:
    """One user action, one transaction (runs in a worker)."""
    tz = settings.factory_tz(session)
    now = dt.datetime.now(tz)
    return shipping.post_shipment(session, actor, lines, location_id,
                                  shipped_at=shipped_at_for(day, now), note=note, op_id=op_id)


def _is_zero(text: str) -> bool:
    try:
        return Decimal(text) == 0
    except (InvalidOperation, ValueError):
        return False


class ShipDialog(QDialog):
    """State: the orders asked for, the loaded ShipData, the quantity editors (one per open
    line), the pending client op id with the input it was made for, whether a post is under
    way. `result_view` holds the posted ShipmentView."""

    sig_posted = Signal(object)

    def __init__(self, ctx: AppContext, order_ids: list[uuid.UUID], parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.today = today  # None: the factory's today (tests pass a date)
        self.ctx = ctx
        self.order_ids = list(order_ids)
        self.data: ShipData | None = None
        self.qty_edits: list[QLineEdit] = []
        self._defaults: list[str] = []
        self._op: uuid.UUID | None = None
        self._op_key: tuple | None = None
        self._busy = False
        self._sent_rows: list[int] = []  # the table row of each line posted, in order
        self.result_view: ShipmentView | None = None
        self.setWindowTitle(self.tr("Ship"))
        self.resize(980, 520)

        self.customer = QLabel()
        self.customer.setStyleSheet("font-weight: 600;")
        self.location = QComboBox()
        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setMinimumWidth(520)
        self.note.setPlaceholderText(self.tr("Printed on the delivery note (vehicle, driver, ...)"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Shipping", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Each quantity starts at what is open and in stock at the location. "
                                   "Leave a line empty or at 0 to keep it for later."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #57606a;")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.ship_button = QPushButton(self.tr("Ship"))
        self.ship_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)

        for w in (self.location, self.date):
            w.setMinimumWidth(260)
        self.location.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Ship from"), self.location)
        form.addRow(self.tr("Ship date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.ship_button)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.hint)
        lay.addLayout(buttons)

        self.location.currentIndexChanged.connect(lambda _i: self._location_changed())
        self.ship_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.ship_button.setEnabled(False)
        ids = self.order_ids
        ctx.query(lambda s, a: load_ship_data(s, a, ids), self._loaded, parent=self)

    # -- filling ------------------------------------------------------------------------

    def _loaded(self, data: ShipData) -> None:
        self.data = data
        day = self.today or data.today
        today = QDate(day.year, day.month, day.day)
        self.date.setMaximumDate(today)
        self.date.setDate(today)
        names = sorted({ln.customer_name for ln in data.lines})
        self.customer.setText(", ".join(names))
        numbers = sorted({ln.order_number for ln in data.lines})
        if numbers:
            self.setWindowTitle(self.tr("Ship {0}").format(", ".join(numbers)))
        self.location.blockSignals(True)
        self.location.clear()
        for loc in data.locations:
            self.location.addItem(loc.label, str(loc.id))
        default = data.default_location()
        if default is not None:
            self.location.setCurrentIndex(self.location.findData(str(default)))
        self.location.blockSignals(False)
        self.table.setRowCount(len(data.lines))
        self.qty_edits = []
        for row, ln in enumerate(data.lines):
            promised = ln.promised_date.isoformat() if ln.promised_date else ""
            cells = [(COL_ORDER, ln.order_number), (COL_LINE, str(ln.line_no)),
                     (COL_ITEM, f"{ln.item_code} {ln.item_name}"), (COL_UNIT, ln.unit), (COL_PROMISED, promised),
                     (COL_OPEN, qty_text(ln.open_qty))]
            for col, text in cells:
                item = QTableWidgetItem(text)
                if col in (COL_LINE, COL_OPEN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            self.table.setItem(row, COL_MESSAGE, QTableWidgetItem(""))
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(lambda _t: self._update_button())
            self.table.setCellWidget(row, COL_SHIP, edit)
            self.qty_edits.append(edit)
        self._defaults = [""] * len(data.lines)
        self._location_changed()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_SHIP, max(self.table.columnWidth(COL_SHIP), 110))
        self.table.horizontalHeader().setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        if not data.lines:
            self._say(self.tr("Nothing is left to ship on these orders."), ERROR_FG)
        elif not data.locations:
            self._say(self.tr("There is no active stock location to ship from."), ERROR_FG)
        self._update_button()
        if self.qty_edits:
            self.qty_edits[0].setFocus()
            self.qty_edits[0].selectAll()

    def location_id(self) -> uuid.UUID | None:
        value = self.location.currentData()
        return uuid.UUID(value) if value else None

    def on_hand(self, row: int) -> Decimal:
        held = self.data.on_hand.get(self.location_id(), {}) if self.data else {}
        return held.get(self.data.lines[row].item_id, Decimal(0))

    def _location_changed(self) -> None:
        """Show on-hand at the new location; a quantity the user has not changed follows
        the new default, min(open, on hand) — the stock of an item shared out over its lines
        in order, so two lines of one item do not both count the same stock."""
        if self.data is None:
            return
        left: dict[uuid.UUID, Decimal] = {}
        for row, ln in enumerate(self.data.lines):
            have = self.on_hand(row)
            free = left.setdefault(ln.item_id, max(have, Decimal(0)))
            item = QTableWidgetItem(qty_text(have))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if have < ln.open_qty:
                item.setBackground(QBrush(QColor(SHORT_BG)))
                item.setForeground(QBrush(QColor(SHORT_FG)))
                item.setToolTip(self.tr("Less in stock here than is open"))
            self.table.setItem(row, COL_ON_HAND, item)
            take = min(ln.open_qty, free)
            left[ln.item_id] = free - take
            default = qty_text(take)
            edit = self.qty_edits[row]
            if edit.text().strip() == self._defaults[row]:
                edit.setText(default)
            self._defaults[row] = default
        self.clear_messages()

    # -- posting ------------------------------------------------------------------------

    def chosen(self) -> list[tuple[int, shipping.ShipLineInput]]:
        """(table row, input) of each line with a quantity to ship, in table order."""
        out = []
        for row, edit in enumerate(self.qty_edits):
            text = edit.text().strip()
            if text and not _is_zero(text):
                out.append((row, shipping.ShipLineInput(self.data.lines[row].line_id, text)))
        return out

    def _update_button(self) -> None:
        self.ship_button.setEnabled(not self._busy and self.data is not None and self.location_id() is not None
                                    and bool(self.chosen()))

    def form_key(self) -> tuple:
        return (self.location.currentData(), self.date.date().toString("yyyy-MM-dd"), self.note.text(),
                tuple((r, i.qty) for r, i in self.chosen()))

    def op_id_for_submit(self) -> uuid.UUID:
        """The client op id: kept while the same input is sent again (a retry)."""
        key = self.form_key()
        if self._op is None or key != self._op_key:
            self._op, self._op_key = uuid.uuid4(), key
        return self._op

    def submit(self) -> None:
        if self._busy or self.data is None or not self.ship_button.isEnabled():
            return
        self.clear_messages()
        picked = self.chosen()
        self._sent_rows = [r for r, _ in picked]
        lines = [i for _, i in picked]
        location_id = self.location_id()
        qd = self.date.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        note, op = self.note.text(), self.op_id_for_submit()
        self._busy = True
        self._update_button()
        self._say(self.tr("Posting…"), "#57606a")
        self.ctx.mutate(lambda s, a: post(s, a, lines, location_id, day, note, op), Changes(orders=True, stock=True),
                        self._posted, parent=self, initiator=self, on_error=self._failed)

    def _posted(self, view: ShipmentView) -> None:
        self._busy = False
        self._op = self._op_key = None
        self.result_view = view
        self.sig_posted.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_button()
        if isinstance(exc, ServiceError):
            self._op = self._op_key = None  # refused: nothing posted, the next press is a new shipment
            self.show_error(exc)
            return
        info = errors.describe(exc)
        if info.is_bug:
            self._op = self._op_key = None
            self._say("", ERROR_FG)
            self.ctx.show_error(self, exc)
            return
        # the answer was lost: it may have been posted; the same op id goes with the next press
        self._say(self.tr("Not confirmed: {0} Press Ship again — it will count once.").format(info.text), ERROR_FG)

    def show_error(self, exc: ServiceError) -> None:
        text = sentence(exc)
        rows = []
        n = line_of(exc)
        if n is not None and 1 <= n <= len(self._sent_rows):
            rows = [self._sent_rows[n - 1]]
        elif exc.code == "insufficient_stock" and exc.details.get("item"):
            rows = [r for r in self._sent_rows if self.data.lines[r].item_code == exc.details["item"]]
        for row in rows:
            self.set_message(row, text)
        if rows:
            self.table.selectRow(rows[0])
            self.qty_edits[rows[0]].setFocus()
            self._say(self.tr("Not shipped: check the line marked in red."), ERROR_FG)
        else:
            self._say(self.tr("Not shipped: {0}").format(text), ERROR_FG)

    def set_message(self, row: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setForeground(QBrush(QColor(ERROR_FG)))
        item.setToolTip(text)
        self.table.setItem(row, COL_MESSAGE, item)

    def message(self, row: int) -> str:
        item = self.table.item(row, COL_MESSAGE)
        return item.text() if item else ""

    def clear_messages(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.setItem(row, COL_MESSAGE, QTableWidgetItem(""))
        self._say("", ERROR_FG)

    def _say(self, text: str, colour: str) -> None:
        self.feedback.setStyleSheet(f"color: {colour};")
        self.feedback.setText(text)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        # Enter in a quantity ships (the default button) only when the button is enabled
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)
