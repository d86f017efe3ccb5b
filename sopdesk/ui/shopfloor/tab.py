"""The shop-floor tab (车间报工): the line's work orders as cards with progress, the report
form and a big keypad.

Each submit carries a client operation id (uuid4) that is kept until the report succeeds:
pressing Submit again after a network error sends the same id, so the report applies once
(services/shop_floor.report). Changing the input makes it a new report with a new id.

With an outbox (`outbox=ShopFloorClient`, the app's default: sopdesk/offline/), a submit is
queued on this PC and sent by the OfflineBar (ui/shopfloor/offline.py) at once and by its
timer: nobody is asked to retry. When the server cannot be reached the cards come from the
PC's cache, with the reports still waiting added to their progress.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import LocationKind
from sopdesk.services import locations, settings, shop_floor
from sopdesk.services.errors import ServiceError
from sopdesk.services.permissions import Permission
from sopdesk.ui import errors
from sopdesk.ui.changes import Changes
from sopdesk.ui.widgets import FieldError

from .keypad import Keypad

CTX = "ShopFloor"
TOUCH = 48  # px: the minimum height of anything a finger presses

STYLE = f"""
ShopFloorTab {{ font-size: 17px; }}
ShopFloorTab QPushButton, ShopFloorTab QComboBox, ShopFloorTab QLineEdit {{ min-height: {TOUCH}px; }}
ShopFloorTab QLineEdit {{ font-size: 22px; padding: 0 8px; }}
ShopFloorTab QCheckBox::indicator {{ width: 32px; height: 32px; }}
QPushButton[reason="true"] {{ padding: 0 10px; }}
QPushButton[reason="true"]:checked {{ background: #1f6feb; color: white; border: 1px solid #1a5fd0; }}
QFrame#card {{ border: 1px solid #c8ccd2; border-radius: 6px; background: #ffffff; }}
QFrame#card[selected="true"] {{ border: 3px solid #1f6feb; background: #eef4ff; }}
QPushButton#submit {{ background: #1a7f37; color: white; font-size: 22px; font-weight: 600; }}
QPushButton#submit:disabled {{ background: #9bbfa6; }}
"""

# preset reasons (big buttons); free text is allowed too
SCRAP_REASONS = [
    QT_TRANSLATE_NOOP("ShopFloor", "Out of tolerance"),
    QT_TRANSLATE_NOOP("ShopFloor", "Surface defect"),
    QT_TRANSLATE_NOOP("ShopFloor", "Material defect"),
    QT_TRANSLATE_NOOP("ShopFloor", "Setup piece"),
]
DOWNTIME_REASONS = [
    QT_TRANSLATE_NOOP("ShopFloor", "Waiting for material"),
    QT_TRANSLATE_NOOP("ShopFloor", "Machine breakdown"),
    QT_TRANSLATE_NOOP("ShopFloor", "Changeover"),
    QT_TRANSLATE_NOOP("ShopFloor", "Power cut"),
]

# the shop-floor service's messages, in words (shown next to the field)
_MESSAGES = {
    "scrap needs a reason": QT_TRANSLATE_NOOP("ShopFloor", "Scrap needs a reason: press one or type it."),
    "downtime needs a reason": QT_TRANSLATE_NOOP("ShopFloor", "Downtime needs a reason: press one or type it."),
    "scrap cannot be negative": QT_TRANSLATE_NOOP("ShopFloor", "Scrap cannot be negative."),
    "cannot be negative": QT_TRANSLATE_NOOP("ShopFloor", "Cannot be negative."),
    "whole minutes": QT_TRANSLATE_NOOP("ShopFloor", "Whole minutes, no decimals."),
    "not a number": QT_TRANSLATE_NOOP("ShopFloor", "Not a number."),
    "at most 1440 minutes (one day) in one report":
        QT_TRANSLATE_NOOP("ShopFloor", "At most 1440 minutes (one day) in one report."),
    "at most 200 characters": QT_TRANSLATE_NOOP("ShopFloor", "At most 200 characters."),
    "choose where the output goes": QT_TRANSLATE_NOOP("ShopFloor", "Choose where the output goes."),
    "the product is backflushed: choose where its materials are taken from":
        QT_TRANSLATE_NOOP("ShopFloor", "The product's materials are issued at output: choose where they are taken from."),
}
_STATUS_MESSAGE = QT_TRANSLATE_NOOP(
    "ShopFloor", "This work order is no longer open for reports (finished or closed). Refresh the list.")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def qty_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def error_sentence(exc: ServiceError) -> str:
    if exc.message in _MESSAGES:
        return _t(_MESSAGES[exc.message])
    if exc.field == "status":
        return _t(_STATUS_MESSAGE)
    return errors.sentence(exc)


class WorkOrderCard(QFrame):
    """One work order: number, product, done of planned with a progress bar, dates."""

    sig_clicked = Signal(object)

    def __init__(self, card: shop_floor.WorkOrderCard, parent=None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(96)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(4)
        top = QHBoxLayout()
        number = QLabel(f"<b>{card.number}</b>")
        top.addWidget(number)
        top.addStretch(1)
        if card.late:
            late = QLabel(self.tr("Late"))
            late.setStyleSheet("color: white; background: #b42318; border-radius: 4px; padding: 1px 6px;")
            top.addWidget(late)
        if card.work_center_code:
            top.addWidget(QLabel(card.work_center_code))
        lay.addLayout(top)
        item = QLabel(f"{card.item_code} {card.item_name}")
        item.setWordWrap(True)
        lay.addWidget(item)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(min(100, int(card.progress * 100)))
        self.bar.setFormat(self.tr("{0} of {1} {2}").format(qty_text(card.good_qty), qty_text(card.qty), card.unit))
        self.bar.setMinimumHeight(26)
        lay.addWidget(self.bar)
        dates = QLabel(self.tr("Planned {0} – {1}").format(
            card.planned_start.strftime("%m-%d"), card.planned_end.strftime("%m-%d")))
        dates.setStyleSheet("color: #57606a; font-size: 15px;")
        lay.addWidget(dates)

    def set_selected(self, on: bool) -> None:
        self.setProperty("selected", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event):  # noqa: N802 - Qt API
        self.sig_clicked.emit(self.card)
        super().mousePressEvent(event)


class ReasonPicker(QWidget):
    """Preset reasons as big toggle buttons plus a free-text field; text() is the reason."""

    def __init__(self, presets: list[str], placeholder: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for source in presets:
            b = QPushButton(_t(source))
            b.setProperty("reason", "true")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.toggled.connect(lambda on, btn=b: self._toggled(btn, on))
            self.group.addButton(b)
            self.buttons.append(b)
            row.addWidget(b)
        lay.addLayout(row)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setStyleSheet("font-size: 17px;")
        self.edit.textEdited.connect(lambda _t: self._uncheck_all())
        lay.addWidget(self.edit)

    def _toggled(self, button: QPushButton, on: bool) -> None:
        if on:
            for other in self.buttons:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
            self.edit.setText(button.text())
        elif self.edit.text() == button.text():
            self.edit.setText("")

    def _uncheck_all(self) -> None:
        for b in self.buttons:
            b.blockSignals(True)
            b.setChecked(b.text() == self.edit.text())
            b.blockSignals(False)

    def text(self) -> str:
        return self.edit.text().strip()

    def clear(self) -> None:
        self.edit.setText("")
        self._uncheck_all()


class ShopFloorTab(QWidget):
    """sig_ready(cards) once the work orders are shown; sig_reported(result) after a report."""

    sig_ready = Signal(int)
    sig_reported = Signal(object)

    def __init__(self, ctx, parent=None, *, today: dt.date | None = None, outbox=None):
        super().__init__(parent)
        self.ctx = ctx
        self.outbox = outbox  # ShopFloorClient or None (reports go straight to the server)
        self.offline_bar = None
        self.today = today  # None: the factory's today (tests pass a date)
        self._activated = False
        self.data: shop_floor.MyWorkOrders | None = None
        self.cards: list[WorkOrderCard] = []
        self.selected: shop_floor.WorkOrderCard | None = None
        self.view_line_id: uuid.UUID | None = None  # the line chosen for this session
        self._lines: list[shop_floor.LineChoice] = []
        self._pending_op: uuid.UUID | None = None
        self._pending_key: tuple | None = None
        self.setObjectName("ShopFloorTab")
        self.setStyleSheet(STYLE)
        self._build()
        ctx.bus.sig_changes_applied.connect(self.on_changes)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.line_label = QLabel()
        self.line_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        top.addWidget(self.line_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show line")))
        self.line_combo = QComboBox()
        self.line_combo.setMinimumWidth(180)
        self.line_combo.activated.connect(self._line_chosen)
        top.addWidget(self.line_combo)
        self.assign_button = QPushButton(self.tr("Make it my line"))
        self.assign_button.setToolTip(self.tr("Save the line shown as the line this user reports for"))
        self.assign_button.clicked.connect(self.assign_line)
        self.assign_button.setVisible(self.ctx.actor.can(Permission.USER_ADMIN) or self.ctx.actor.can(Permission.PLAN_EDIT))
        top.addWidget(self.assign_button)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        root.addLayout(top)
        if self.outbox is not None:
            from .offline import OfflineBar

            self.offline_bar = OfflineBar(self.ctx, self.outbox, self)
            self.offline_bar.sig_synced.connect(lambda _r: self.refresh())
            root.addWidget(self.offline_bar)

        body = QHBoxLayout()
        body.setSpacing(10)
        # work order cards
        left = QVBoxLayout()
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        left.addWidget(self.list_label)
        self.card_area = QScrollArea()
        self.card_area.setWidgetResizable(True)
        self.card_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.card_box = QVBoxLayout(holder)
        self.card_box.setContentsMargins(0, 0, 6, 0)
        self.card_box.setSpacing(8)
        self.card_box.addStretch(1)
        self.card_area.setWidget(holder)
        left.addWidget(self.card_area, 1)
        left_w = QWidget()
        left_w.setLayout(left)
        left_w.setMinimumWidth(250)
        left_w.setMaximumWidth(340)
        body.addWidget(left_w, 3)

        # report form
        form_w = QWidget()
        form = QGridLayout(form_w)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(4)
        self.wo_title = QLabel()
        self.wo_title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.wo_title.setWordWrap(True)
        form.addWidget(self.wo_title, 0, 0, 1, 2)

        self.good = self._qty_edit()
        self.scrap = self._qty_edit()
        self.minutes = self._qty_edit()
        self.downtime = self._qty_edit()
        self.field_errors: dict[str, FieldError] = {}
        self._add_field(form, 1, 0, self.tr("Good quantity"), self.good, "good_qty")
        self._add_field(form, 1, 1, self.tr("Scrap quantity"), self.scrap, "scrap_qty")
        self.scrap_reason = ReasonPicker([s for s in SCRAP_REASONS], self.tr("Other scrap reason"))
        self._add_field(form, 4, 0, self.tr("Scrap reason"), self.scrap_reason, "scrap_reason", span=2)
        self._add_field(form, 7, 0, self.tr("Minutes worked"), self.minutes, "minutes")
        self._add_field(form, 7, 1, self.tr("Downtime minutes"), self.downtime, "downtime_minutes")
        self.downtime_reason = ReasonPicker([s for s in DOWNTIME_REASONS], self.tr("Other downtime reason"))
        self._add_field(form, 10, 0, self.tr("Downtime reason"), self.downtime_reason, "downtime_reason", span=2)
        self.location = QComboBox()
        self.material_location = QComboBox()
        self._add_field(form, 13, 0, self.tr("Output to"), self.location, "location_id")
        self._add_field(form, 13, 1, self.tr("Materials from"), self.material_location, "material_location_id")
        self.finish = QCheckBox(self.tr("Work order finished (last report)"))
        self.finish.setMinimumHeight(TOUCH)
        form.addWidget(self.finish, 16, 0, 1, 2)
        buttons = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("Material issue…"))
        self.issue_button.clicked.connect(self.material_issue)
        buttons.addWidget(self.issue_button, 1)
        self.submit_button = QPushButton(self.tr("Report"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setMinimumHeight(60)
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button, 2)
        form.addLayout(buttons, 17, 0, 1, 2)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(64)  # two lines of the big answer: its height stays when it wraps
        form.addWidget(self.feedback, 18, 0, 1, 2)
        form.setRowStretch(19, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_w)
        self.form_scroll = scroll
        body.addWidget(scroll, 6)

        self.keypad = Keypad()
        for edit in (self.good, self.scrap, self.minutes, self.downtime):
            self.keypad.add_target(edit)
        pad = QVBoxLayout()
        pad.addWidget(self.keypad, 3)
        pad.addStretch(1)
        pad_w = QWidget()
        pad_w.setLayout(pad)
        pad_w.setMinimumWidth(220)
        pad_w.setMaximumWidth(300)
        body.addWidget(pad_w, 2)
        root.addLayout(body, 1)
        self._show_selected()

    def _qty_edit(self) -> QLineEdit:
        e = QLineEdit()
        e.setAlignment(Qt.AlignmentFlag.AlignRight)
        e.setMinimumHeight(56)
        e.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        e.textEdited.connect(lambda _t: self._clear_feedback())
        return e

    def _add_field(self, grid: QGridLayout, row: int, col: int, label: str, widget: QWidget, field: str,
                   span: int = 1) -> None:
        caption = QLabel(label)
        caption.setStyleSheet("color: #3d444d; font-size: 15px;")
        grid.addWidget(caption, row, col, 1, span)
        grid.addWidget(widget, row + 1, col, 1, span)
        err = FieldError()
        grid.addWidget(err, row + 2, col, 1, span)
        self.field_errors[field] = err

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.ctx.query(lambda s, a: (shop_floor.line_choices(s, a), locations.location_choices(s, a)),
                           self._choices_loaded, parent=self,
                           on_error=self._choices_from_cache if self.outbox is not None else None)
            self.refresh()
            if self.offline_bar is not None:
                self.offline_bar.sync_now()  # what waits goes now; the cache follows the server

    def _choices_loaded(self, result) -> None:
        self._lines, locs = result
        self._fill_lines()
        self.location.clear()
        self.material_location.clear()
        for kinds, combo in (((LocationKind.FINISHED, LocationKind.WIP), self.location),
                             ((LocationKind.RAW, LocationKind.WIP), self.material_location)):
            ordered = [c for c in locs if c.kind in kinds] + [c for c in locs if c.kind not in kinds]
            for c in ordered:
                combo.addItem(c.label, c.id)

    def _fill_lines(self) -> None:
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        self.line_combo.addItem(self.tr("All lines"), None)
        for line in self._lines:
            self.line_combo.addItem(line.label, str(line.id))
        shown = str(self.data.line.id) if self.data and self.data.line else None
        self.line_combo.setCurrentIndex(max(0, self.line_combo.findData(shown)) if shown else 0)
        self.line_combo.blockSignals(False)

    def refresh(self) -> None:
        today, line_id, all_lines = self.today, self.view_line_id, self._all_lines_chosen()

        def fetch(s, a):
            day = today or settings.factory_today(s)
            return shop_floor.my_work_orders(s, a, today=day, work_center_id=line_id, all_lines=all_lines)

        self.ctx.query(fetch, self._loaded, parent=self,
                       on_error=self._load_cached if self.outbox is not None else None)

    # -- offline: the PC's cache ----------------------------------------------------------

    def _choices_from_cache(self, _exc=None) -> None:
        store = self.outbox.store
        lines = [shop_floor.LineChoice(uuid.UUID(x["id"]), x["code"], x["name"]) for x in store.cached("line").values()]
        self._choices_loaded((lines, self.outbox.cached_locations()))

    def _load_cached(self, _exc=None) -> None:
        """The server is away: the cards as the cache has them, plus what waits to be sent."""
        store = self.outbox.store
        meta = store.meta()
        waiting: dict[str, Decimal] = {}
        for op in store.pending(self.outbox.server):
            if op.kind == "report":
                wo = op.payload["work_order_id"]
                waiting[wo] = waiting.get(wo, Decimal(0)) + Decimal(op.payload["good_qty"])
        today = dt.date.fromisoformat(meta["today"]) if meta.get("today") else (self.today or dt.date.today())
        cards = tuple(
            shop_floor.WorkOrderCard(
                id=uuid.UUID(w["id"]), number=w["number"], item_id=uuid.UUID(w["item_id"]), item_code=w["item_code"],
                item_name=w["item_name"], unit=w["unit"], qty=Decimal(w["qty"]),
                good_qty=Decimal(w["good_qty"]) + waiting.get(w["id"], Decimal(0)), scrap_qty=Decimal(w["scrap_qty"]),
                planned_start=dt.date.fromisoformat(w["planned_start"]),
                planned_end=dt.date.fromisoformat(w["planned_end"]), status=shop_floor.WorkOrderStatus(w["status"]),
                work_center_id=uuid.UUID(w["work_center_id"]) if w["work_center_id"] else None,
                work_center_code=w["work_center_code"], backflush=w["backflush"],
                late=dt.date.fromisoformat(w["planned_end"]) < today)
            for w in sorted(store.cached("work_order").values(),
                            key=lambda w: (w["planned_start"], w["planned_end"], w["number"])))
        line = (shop_floor.LineChoice(uuid.UUID(meta["line_id"]), *meta["line_label"].split(" ", 1))
                if meta.get("line_id") else None)
        self._loaded(shop_floor.MyWorkOrders(line=line, assigned=line, all_lines=line is None, today=today,
                                             until=dt.date.fromisoformat(meta.get("until") or today.isoformat()),
                                             cards=cards))
        if self.offline_bar is not None:
            self.offline_bar.online = False
            self.offline_bar.show_state()
        stamp = meta.get("refreshed_at")
        self.list_label.setText(self.list_label.text() + "\n" + self.tr(
            "Offline: the work orders as this PC last saw them ({0}).").format(
            dt.datetime.fromisoformat(stamp).astimezone().strftime("%m-%d %H:%M") if stamp else "—"))

    def _all_lines_chosen(self) -> bool:
        return self.view_line_id is None and getattr(self, "_chose_all", False)

    def _loaded(self, data: shop_floor.MyWorkOrders) -> None:
        self.data = data
        if data.line is not None:
            self.line_label.setText(self.tr("Line {0}").format(data.line.label))
        else:
            self.line_label.setText(self.tr("All lines"))
        if data.assigned is None:
            note = self.tr("No line is set for you: showing all lines. Choose the line to show above"
                           "; an administrator or the planner can make it yours.")
        elif data.line is None or data.line.id != data.assigned.id:
            note = self.tr("Your line is {0}; showing another choice for this session.").format(data.assigned.label)
        else:
            note = ""
        count = self.tr("{0} work orders, {1} to {2}").format(
            len(data.cards), data.today.strftime("%m-%d"), data.until.strftime("%m-%d"))
        self.list_label.setText(count + ("\n" + note if note else ""))
        if self._lines:
            self._fill_lines()
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for c in data.cards:
            w = WorkOrderCard(c)
            w.sig_clicked.connect(self.select)
            self.card_box.insertWidget(self.card_box.count() - 1, w)
            self.cards.append(w)
        if not data.cards:
            empty = QLabel(self.tr("No released work orders for these days."))
            empty.setWordWrap(True)
            self.card_box.insertWidget(0, empty)
            self.cards.append(empty)  # removed with the cards on the next load
        keep = self.selected.id if self.selected else None
        match = next((c for c in data.cards if c.id == keep), None)
        self.select(match or (data.cards[0] if data.cards else None), keep_feedback=True)
        self.sig_ready.emit(len(data.cards))

    def on_changes(self, changes: Changes, initiator) -> None:
        if changes.stock and self._activated and initiator is not self:
            self.refresh()

    # -- line choice --------------------------------------------------------------------

    def _line_chosen(self, index: int) -> None:
        data = self.line_combo.itemData(index)
        self.view_line_id = uuid.UUID(data) if data else None
        self._chose_all = self.view_line_id is None
        self.refresh()

    def assign_line(self) -> None:
        data = self.line_combo.currentData()
        line_id = uuid.UUID(data) if data else None
        user_id = self.ctx.actor.user_id
        self.ctx.mutate(lambda s, a: shop_floor.set_user_line(s, a, user_id, line_id), Changes(),
                        lambda _r: self.refresh(), parent=self)

    # -- selection and report -----------------------------------------------------------

    def select(self, card: shop_floor.WorkOrderCard | None, keep_feedback: bool = False) -> None:
        changed = (card.id if card else None) != (self.selected.id if self.selected else None)
        self.selected = card
        for w in self.cards:
            if isinstance(w, WorkOrderCard):
                w.set_selected(card is not None and w.card.id == card.id)
        if changed:
            self._reset_form()
            if not keep_feedback:
                self._clear_feedback()
        self._show_selected()

    def _show_selected(self) -> None:
        card = self.selected
        enabled = card is not None
        for w in (self.good, self.scrap, self.minutes, self.downtime, self.scrap_reason, self.downtime_reason,
                  self.location, self.finish, self.submit_button, self.issue_button):
            w.setEnabled(enabled)
        self.material_location.setEnabled(enabled and card.backflush)
        if card is None:
            self.wo_title.setText(self.tr("Choose a work order on the left"))
            return
        self.wo_title.setText(self.tr("{0} · {1} {2} — {3} of {4} {5} done").format(
            card.number, card.item_code, card.item_name, qty_text(card.good_qty), qty_text(card.qty), card.unit))

    def _reset_form(self) -> None:
        for e in (self.good, self.scrap, self.minutes, self.downtime):
            e.clear()
        self.scrap_reason.clear()
        self.downtime_reason.clear()
        self.finish.setChecked(False)
        self._pending_op = None
        self._pending_key = None
        for err in self.field_errors.values():
            err.clear_message()

    def _say(self, text: str) -> None:
        """The answer under the Report button, scrolled into view on a short screen."""
        self.feedback.setText(text)
        if text:
            QTimer.singleShot(0, self, self._scroll_to_feedback)  # after the label's new height is laid out

    def _scroll_to_feedback(self) -> None:
        self.form_scroll.ensureWidgetVisible(self.feedback, 0, 8)

    def _clear_feedback(self) -> None:
        self.feedback.setText("")

    def form_key(self) -> tuple:
        return (self.selected.id if self.selected else None, self.good.text().strip(), self.scrap.text().strip(),
                self.scrap_reason.text(), self.minutes.text().strip(), self.downtime.text().strip(),
                self.downtime_reason.text(), self.location.currentData(), self.material_location.currentData(),
                self.finish.isChecked())

    def op_id_for_submit(self) -> uuid.UUID:
        """The client op id: kept while the same input is sent again (a retry)."""
        key = self.form_key()
        if self._pending_op is None or key != self._pending_key:
            self._pending_op = uuid.uuid4()
            self._pending_key = key
        return self._pending_op

    def submit(self) -> None:
        card = self.selected
        if card is None:
            return
        for err in self.field_errors.values():
            err.clear_message()
        op = self.op_id_for_submit()
        wo_id = card.id
        good, scrap = self.good.text().strip(), self.scrap.text().strip() or "0"
        minutes, down = self.minutes.text().strip() or "0", self.downtime.text().strip() or "0"
        scrap_reason, down_reason = self.scrap_reason.text(), self.downtime_reason.text()
        location_id = self.location.currentData()
        material_id = self.material_location.currentData() if card.backflush else None
        finish = self.finish.isChecked()
        if self.outbox is not None:
            self._queue(card, good, scrap, scrap_reason, minutes, down, down_reason, location_id, material_id, finish)
            return

        def work(s, a):
            return shop_floor.report(
                s, a, wo_id, good_qty=good or "0", location_id=location_id, scrap_qty=scrap,
                scrap_reason=scrap_reason, minutes=minutes, downtime_minutes=down,
                downtime_reason=down_reason, finish=finish, material_location_id=material_id, op_id=op)

        self.submit_button.setEnabled(False)
        self.feedback.setStyleSheet("color: #57606a;")
        self._say(self.tr("Sending…"))
        self.ctx.mutate(work, Changes(stock=True), self._reported, parent=self, initiator=self,
                        on_error=self._failed)

    def _queue(self, card, good, scrap, scrap_reason, minutes, down, down_reason, location_id, material_id,
               finish) -> None:
        """Accepted into this PC's outbox (durable), then sent by the OfflineBar."""
        cached = self.outbox.store.cached("work_order").get(str(card.id))
        try:
            self.outbox.queue_report(
                card.id, good_qty=good or "0", location_id=location_id, scrap_qty=scrap, scrap_reason=scrap_reason,
                minutes=minutes, downtime_minutes=down, downtime_reason=down_reason, finish=finish,
                material_location_id=material_id, base_version=cached["version"] if cached and finish else None)
        except ServiceError as exc:
            self._failed(exc)
            return
        self._pending_op = None
        self._pending_key = None
        for e in (self.good, self.scrap, self.minutes, self.downtime):
            e.clear()
        self.scrap_reason.clear()
        self.downtime_reason.clear()
        self.finish.setChecked(False)
        self.feedback.setStyleSheet("color: #1a7f37; font-size: 22px; font-weight: 600;")
        self._say("✔ " + self.tr("Accepted {0} {1} for {2}: kept on this PC, being sent").format(
            qty_text(Decimal(good)), card.unit, card.number))
        self.offline_bar.show_state()
        self.offline_bar.sync_now()

    def _reported(self, result: shop_floor.ReportResult) -> None:
        self.submit_button.setEnabled(True)
        self._pending_op = None
        self._pending_key = None
        text = self.tr("Reported {0} {1}").format(qty_text(result.good_qty), result.unit)
        if result.scrap_qty:
            text += self.tr(", scrap {0}").format(qty_text(result.scrap_qty))
        if result.replayed:
            text = self.tr("Already reported: {0} (sent again, applied once)").format(text)
        text += " — " + self.tr("{0}: {1} of {2} done").format(
            result.work_order_number, qty_text(result.wo_good_qty), qty_text(result.wo_qty))
        if result.wo_status.value == "done":
            text += " · " + self.tr("work order finished")
        for e in (self.good, self.scrap, self.minutes, self.downtime):
            e.clear()
        self.scrap_reason.clear()
        self.downtime_reason.clear()
        self.finish.setChecked(False)
        self.feedback.setStyleSheet("color: #1a7f37; font-size: 22px; font-weight: 600;")
        self._say("✔ " + text)
        self.sig_reported.emit(result)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(self.selected is not None)
        self.feedback.setStyleSheet("color: #b42318; font-size: 18px;")
        if isinstance(exc, ServiceError):
            # the report was refused: nothing posted, the next submit is a new report
            self._pending_op = None
            self._pending_key = None
            sentence = error_sentence(exc)
            err = self.field_errors.get(exc.field or "")
            if err is not None:
                err.show_message(sentence)
                self._say(self.tr("Not reported: check the field marked in red."))
            else:
                self._say(self.tr("Not reported: {0}").format(sentence))
            return
        info = errors.describe(exc)
        if info.is_bug:
            self._pending_op = None
            self._say("")
            self.ctx.show_error(self, exc)
            return
        # a network or database error: it may or may not have arrived; the same op id is kept
        self._say(self.tr("Not confirmed: {0} Press Report again — it will count once.").format(info.text))

    # -- material issue -----------------------------------------------------------------

    def material_issue(self) -> None:
        if self.selected is None:
            return
        from .issue_dialog import IssueDialog

        bar = self.offline_bar
        dialog = IssueDialog(self.ctx, self.selected, self, outbox=self.outbox,
                             on_queued=(lambda: (bar.show_state(), bar.sync_now())) if bar is not None else None)
        dialog.open()
        self.issue_dialog = dialog



def offline_client(ctx):
    """The app's outbox for this screen: this PC's file in the user data folder, or next to
    the settings file when the settings are an ini file of their own (tests, selftest)."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from sopdesk.offline import LocalStore, ShopFloorClient
    from sopdesk.offline.store import FILE_NAME

    qs = ctx.prefs.qs
    path = Path(qs.fileName()).parent / FILE_NAME if qs.format() == QSettings.Format.IniFormat else None
    return ShopFloorClient(ctx.db, LocalStore(path), ctx.actor)
