"""The Plan tab (计划): runs the plan (services.planning.run_plan, on the task runner with a
busy bar, so the window never freezes) and shows the current one: its header (run at, by,
start, weeks), the planned orders with what each serves, the weekly grid per item and the
exceptions as sentences. Selected planned orders are released into purchase orders (one per
supplier) and work orders in one step (services.planning_release).

Running needs plan.edit; releasing a purchase planned order po.edit, a make one plan.edit
(the buttons say so and stay disabled; the services check again)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import planning, planning_release, planning_sources, planning_views, settings
from sopdesk.services.errors import ConflictError, InvalidTransition, NotFound
from sopdesk.services.permissions import Permission
from sopdesk.services.planning_views import PlanView
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext
from sopdesk.ui.widgets import date_edit, from_qdate, to_qdate

from .grid import WeeklyGrid
from .messages import EXCEPTION_KINDS, GRID_ROWS, exception_sentence, kind_text, tr, week_label
from .orders import PlannedOrdersPanel, week_text
from .sources import SourcesDialog

CTX = "PlanTab"
EXC_COLUMNS = (
    QT_TRANSLATE_NOOP("PlanTab", "Week"), QT_TRANSLATE_NOOP("PlanTab", "Kind"),
    QT_TRANSLATE_NOOP("PlanTab", "Item / line"), QT_TRANSLATE_NOOP("PlanTab", "What"),
)
EXC_FG = {"past_due": QColor("#b42318"), "overload": QColor("#b42318"), "below_safety": QColor("#a15c00")}
RELEASE_CHANGES = Changes(stock=True, orders=True)  # POs are open supply, work orders show on Production
DEFAULT_WEEKS = 26


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class PlanTab(QWidget):
    """State: the context, what the role may do, the current plan (None before the first
    run), the item whose grid shows, whether a run is going, whether the first load
    happened. sig_ready(planned orders) after each load of the plan."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # None: the factory's today (tests pass a date)
        actor = ctx.actor
        self.can_run = actor.can(Permission.PLAN_EDIT)
        self.can_release = {"purchase": actor.can(Permission.PO_EDIT), "make": actor.can(Permission.PLAN_EDIT)}
        self.plan: PlanView | None = None
        self.grid_item: uuid.UUID | None = None
        self.running = False
        self.released: planning_release.Released | None = None
        self._activated = False
        self._start_set = False
        self.tz = None  # the factory's time zone (the run's time is shown in it)

        self.run_button = QPushButton(self.tr("Run plan"))
        self.run_button.setAutoDefault(False)
        self.start = date_edit(today)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, planning.MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: the run reports no fractions
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        if not self.can_run:
            for w in (self.run_button, self.start, self.weeks):
                w.setEnabled(False)
            self.run_button.setToolTip(self.tr("Only production planners and managers run the plan"))
        else:
            self.run_button.setToolTip(self.tr("Plan the weeks from the week of the start date and save it as "
                                               "the current plan for everyone"))
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(self.weeks)
        top.addWidget(self.busy)
        top.addSpacing(12)
        top.addWidget(self.header, 1)

        self.release_button = QPushButton(self.tr("Release selected"))
        self.release_button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale = QLabel()
        self.stale.setStyleSheet("color: #a15c00;")
        self.stale.setWordWrap(True)
        self.stale.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.release_button)
        actions.addWidget(self.message, 1)

        self.orders = PlannedOrdersPanel(ctx)
        self.grid = WeeklyGrid()
        self.sources_dialog: SourcesDialog | None = None
        self.exceptions = QTableWidget(0, len(EXC_COLUMNS))
        self.exceptions.setHorizontalHeaderLabels([_t(c) for c in EXC_COLUMNS])
        self.exceptions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptions.setAlternatingRowColors(True)
        self.exceptions.verticalHeader().hide()
        self.exceptions.setWordWrap(False)
        self.exc_kind = QComboBox()
        self.exc_kind.addItem(self.tr("All kinds"), None)
        for key in EXCEPTION_KINDS:
            self.exc_kind.addItem(kind_text(EXCEPTION_KINDS, key), key)
        self.exc_rows: list = []  # the exceptions listed (by the kind filter)
        self.exceptions_page = QWidget()
        exc_bar = QHBoxLayout()
        exc_bar.addWidget(QLabel(self.tr("Kind")))
        exc_bar.addWidget(self.exc_kind)
        exc_bar.addStretch(1)
        exc_bar.addWidget(QLabel(self.tr("Double-click a row for its item's weekly grid")))
        exc_lay = QVBoxLayout(self.exceptions_page)
        exc_lay.addLayout(exc_bar)
        exc_lay.addWidget(self.exceptions, 1)
        orders_page = QWidget()
        orders_lay = QVBoxLayout(orders_page)
        orders_lay.addLayout(actions)
        orders_lay.addWidget(self.orders, 1)
        self.pages = QTabWidget()
        self.pages.addTab(orders_page, self.tr("Planned orders"))
        self.pages.addTab(self.grid, self.tr("Weekly grid"))
        self.pages.addTab(self.exceptions_page, self.tr("Exceptions"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.stale)
        lay.addWidget(self.empty)
        lay.addWidget(self.pages, 1)

        self.run_button.clicked.connect(self.run_plan)
        self.release_button.clicked.connect(self.release_selected)
        self.orders.sig_selection_changed.connect(self._selection_changed)
        self.orders.sig_item.connect(self.show_item)
        self.grid.sig_item_chosen.connect(self.show_item)
        self.grid.sig_week_clicked.connect(self._grid_clicked)
        self.grid.sig_figure_opened.connect(self.open_figure)
        self.exceptions.cellDoubleClicked.connect(self._exception_opened)
        self.exc_kind.currentIndexChanged.connect(lambda _i: self._fill_exceptions(self.plan))
        ctx.bus.sig_changes_applied.connect(self.on_changes)
        self._show_plan(None)

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.load()

    def load(self) -> None:
        today = self.today

        def work(s, a):
            plan = planning_views.current_plan(s, a)
            items = planning_views.plan_items(s, a, plan.run_id) if plan else []
            return plan, items, today or settings.factory_today(s), settings.factory_tz(s)

        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        plan, items, today, self.tz = result
        if not self._start_set:
            self._start_set = True
            self.start.setDate(to_qdate(today))
            if plan is not None:
                self.weeks.setValue(plan.weeks)
        self._show_plan(plan, items)
        self.sig_ready.emit(len(plan.planned) if plan else 0)

    def _show_plan(self, plan: PlanView | None, items=()) -> None:
        self.plan = plan
        self.pages.setVisible(plan is not None)
        self.empty.setVisible(plan is None)
        if plan is None:
            self.header.setText(self.tr("No plan yet."))
            self.empty.setText(self.tr("No plan has been run yet. Run plan computes what to buy and make, week by "
                                       "week, from the open orders, stock, purchase orders and work orders.")
                               if self.can_run else self.tr("No plan has been run yet: production runs it."))
            self.orders.set_orders([])
            self._selection_changed()
            return
        run_at = plan.run_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        self.header.setText(self.tr("Plan run {run_at} by {by} · from {start} ({week}) · {weeks} weeks · {items} "
                                    "items").format(run_at=run_at, by=plan.run_by or self.tr("the system"),
                                                    start=plan.start.isoformat(), week=week_label(plan.start),
                                                    weeks=plan.weeks, items=plan.items))
        self.stale.hide()
        mondays = [plan.start + dt.timedelta(weeks=k) for k in range(plan.weeks)]
        keep, self.grid_item = self.grid_item, None
        self.grid.set_items(list(items), mondays)
        self.orders.set_orders(plan.planned)  # a planned order still selected shows its item's grid
        self._fill_exceptions(plan)
        self.pages.setTabText(0, self.tr("Planned orders ({0})").format(len(plan.planned)))
        self.pages.setTabText(2, self.tr("Exceptions ({0})").format(len(plan.exceptions)))
        if self.grid_item is None and keep is not None and any(it.id == keep for it in items):
            self.show_item(keep)
        self._selection_changed()

    def _fill_exceptions(self, plan: PlanView | None) -> None:
        if plan is None:
            return
        view = self.exceptions
        kind = self.exc_kind.currentData()
        self.exc_rows = [e for e in plan.exceptions if kind is None or e.kind == kind]
        view.setRowCount(len(self.exc_rows))
        for n, e in enumerate(self.exc_rows):
            cells = [week_text(e.week), kind_text(EXCEPTION_KINDS, e.kind), e.item_code or e.work_center_code or "",
                     exception_sentence(e.kind, e.params)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if e.kind in EXC_FG and c == 1:
                    item.setForeground(EXC_FG[e.kind])
                if c == 3:
                    item.setToolTip(text)
                view.setItem(n, c, item)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def exception_texts(self) -> list[str]:
        return [self.exceptions.item(n, 3).text() for n in range(self.exceptions.rowCount())]

    def on_changes(self, changes: Changes, initiator) -> None:
        """Orders, stock, POs or work orders changed elsewhere: the saved plan does not follow
        until it is run again, and says so."""
        if self._activated and initiator is not self and self.plan is not None and (changes.orders or changes.stock):
            self.stale.setText(self.tr("Orders, stock, purchase orders or work orders changed since this plan was "
                                       "run: run the plan again to see them in it."))
            self.stale.show()

    # -- the grid -----------------------------------------------------------------------

    def show_item(self, item_id: uuid.UUID) -> None:
        if self.plan is None or item_id == self.grid_item:
            return
        self.grid_item = item_id
        run_id = self.plan.run_id
        self.grid.choose(item_id)
        self.ctx.query(lambda s, a: planning_views.item_weeks(s, a, run_id, item_id), self.grid.show_grid, parent=self)

    def _grid_clicked(self, item_id, key: str, week: int) -> None:
        if self.plan is None:
            return
        monday = self.plan.start + dt.timedelta(weeks=week)
        field = "due_week" if key == "receipts" else "release_week"
        ids = [o.id for o in self.plan.planned if o.item_id == item_id and getattr(o, field) == monday]
        if ids:
            self.pages.setCurrentIndex(0)
            self.orders.select_ids(ids)

    def open_figure(self, item_id, key: str, week: int) -> None:
        """The documents behind a week's gross demand or scheduled receipts."""
        grid = self.grid.grid
        if self.plan is None or grid is None or grid.item_id != item_id:
            return
        run_id, monday = self.plan.run_id, self.plan.start + dt.timedelta(weeks=week)
        label = tr(dict(GRID_ROWS)[key])
        total = grid.rows[key][week]

        def show(sources) -> None:
            dialog = SourcesDialog(self.ctx, grid.code, key, label, monday, total, sources, self)
            dialog.sig_planned_order.connect(lambda order_id: (self.pages.setCurrentIndex(0),
                                                               self.orders.select_ids([order_id])))
            self.sources_dialog = dialog
            dialog.open()

        self.ctx.query(lambda s, a: planning_sources.week_sources(s, a, run_id, item_id, week, key), show,
                       parent=self)

    def _exception_opened(self, row: int, _column: int) -> None:
        if self.plan is None or row >= len(self.exc_rows):
            return
        e = self.exc_rows[row]
        item_id = next((it.id for it in self.grid.items if it.code == e.item_code), None)
        if item_id is not None:
            self.pages.setCurrentWidget(self.grid)
            self.show_item(item_id)

    # -- running ------------------------------------------------------------------------

    def run_plan(self) -> None:
        if not self.can_run or self.running:
            return
        start, weeks = from_qdate(self.start.date()), self.weeks.value()
        self._set_running(True)
        self.message.clear()
        self.ctx.mutate(lambda s, a: planning.run_plan(s, a, start=start, weeks=weeks), Changes(), self._ran,
                        parent=self, initiator=self, on_error=self._run_failed)

    def _set_running(self, on: bool) -> None:
        self.running = on
        self.busy.setVisible(on)
        self.run_button.setEnabled(self.can_run and not on)
        self.run_button.setText(self.tr("Planning…") if on else self.tr("Run plan"))
        self._selection_changed()

    def _ran(self, summary) -> None:
        self._set_running(False)
        self.message.setText(self.tr("Planned {weeks} weeks from {start}: {planned} planned orders, {exceptions} "
                                     "exceptions.").format(weeks=summary.weeks, start=summary.start.isoformat(),
                                                           planned=summary.planned, exceptions=summary.exceptions))
        self.load()

    def _run_failed(self, exc) -> None:
        self._set_running(False)
        self.ctx.show_error(self, exc)

    # -- releasing ----------------------------------------------------------------------

    def _release_blocker(self) -> str | None:
        """Why the selection cannot be released (None: it can)."""
        chosen = self.orders.selected()
        if not any(self.can_release.values()):
            return self.tr("Only supply (purchase orders) and production (work orders) release planned orders")
        if not chosen:
            return self.tr("Select the planned orders to release (Ctrl or Shift for several)")
        if any(o.released_number for o in chosen):
            return self.tr("Some of the selected planned orders are released already")
        if any(not self.can_release[o.kind] for o in chosen):
            return (self.tr("Your role may not create purchase orders") if not self.can_release["purchase"]
                    else self.tr("Your role may not create work orders"))
        if any(o.kind == "purchase" and not o.supplier_code for o in chosen):
            return self.tr("An item without a supplier: give it a default supplier and run the plan again")
        return None

    def _selection_changed(self) -> None:
        blocker = self._release_blocker()
        self.release_button.setEnabled(blocker is None and not self.running)
        self.release_button.setToolTip(blocker or self.tr("Purchase orders (one per supplier, confirmed) and "
                                                          "work orders for the selected planned orders"))

    def release_selected(self) -> None:
        if self._release_blocker() is not None or self.running:
            return
        chosen = self.orders.selected()
        ids = [o.id for o in chosen]
        versions = {o.id: o.version for o in chosen}
        today = self.today
        self.ctx.mutate(lambda s, a: planning_release.release(s, a, ids, versions, today=today), RELEASE_CHANGES,
                        self._released, parent=self, initiator=self, on_error=self._release_failed)

    def _released(self, result: planning_release.Released) -> None:
        self.released = result
        self.message.setText(self.tr("Released: {0}.").format(", ".join(result.document_numbers)))
        self.load()

    def _release_failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        if isinstance(exc, ConflictError | InvalidTransition | NotFound):
            self.load()  # released or re-planned meanwhile: show the plan as it is now
