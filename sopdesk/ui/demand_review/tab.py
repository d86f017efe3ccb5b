"""The Demand review tab (需求评审, PRACTICES §1): the monthly demand review meeting.

The bar on top: the month planned for (the cycles there are, and the next one), its status
and meeting day, opening it (a manager: the months in scope and the core/all switch), the
departments' submissions (each hands in its own input), moving the cycle (collecting →
meeting → agreed → closed, and back) and the minutes (会议纪要, print or PDF, zh or en).
The pages: sales' forecast grid, supply's key materials, production's capacity, the
feasibility table and the meeting (consensus, sign-offs, action items).

Everything goes through the services (ctx.query / ctx.mutate); what a role may not do is
disabled with the reason in its tooltip, and the services check again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import CycleStatus, Department
from sopdesk.services import demand_review as review_svc
from sopdesk.services import demand_review_meeting as meeting_svc
from sopdesk.services import settings
from sopdesk.services.demand_review import SUBMIT_PERMISSION, CycleView
from sopdesk.services.demand_review_common import MAX_MONTHS, MIN_MONTHS
from sopdesk.services.permissions import ROLE_DEPARTMENT, Permission
from sopdesk.ui.changes import Changes

from .accuracy import AccuracyPage
from .feasibility import FeasibilityPage
from .meeting import MeetingPage
from .messages import department, month_text, status_word
from .minutes_print import MinutesActions
from .production import ProductionPage
from .sales import SalesPage
from .supply import SupplyPage

CHANGES = Changes(inbox=True)  # submissions and actions are inbox items


class DemandReviewTab(QWidget):
    """State: the context, what the role may do, the cycles there are, the month chosen,
    its cycle (None: not open), the factory's time zone. sig_ready(products) after a load."""

    sig_ready = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.may_agree = actor.can(Permission.DEMAND_AGREE)
        self.dept = ROLE_DEPARTMENT[actor.role]
        self.may_submit = self.dept in SUBMIT_PERMISSION and actor.can(SUBMIT_PERMISSION[self.dept])
        self.cycle: CycleView | None = None
        self.cycles: list[CycleView] = []
        self.next_period: dt.date | None = None
        self.tz = dt.UTC
        self._activated = False
        self._filling = False

        self.month = QComboBox()
        self.month.setMinimumContentsLength(16)
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.months = QSpinBox()
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setValue(3)
        self.months.setSuffix(self.tr(" months"))
        self.all_products = QCheckBox(self.tr("All products"))
        self.all_products.setToolTip(self.tr("Off: the core products only (the pilot scope)"))
        self.months.valueChanged.connect(lambda _v: self._scope_changed())
        self.all_products.toggled.connect(lambda _v: self._scope_changed())
        self.open_button = QPushButton(self.tr("Open review"))
        self.forward_button = QPushButton()
        self.back_button = QPushButton()
        self.submit_button = QPushButton(self.tr("Submit my input"))
        for b in (self.open_button, self.forward_button, self.back_button, self.submit_button):
            b.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_review)
        self.forward_button.clicked.connect(lambda: self.move(forward=True))
        self.back_button.clicked.connect(lambda: self.move(forward=False))
        self.submit_button.clicked.connect(self.submit)
        self.minutes = MinutesActions(ctx, self)
        self.submissions = QLabel()
        self.submissions.setWordWrap(True)
        self.submissions.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.months)
        top.addWidget(self.all_products)
        top.addWidget(self.open_button)
        top.addSpacing(8)
        top.addWidget(self.status, 1)
        top.addWidget(self.submit_button)
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        second = QHBoxLayout()
        second.addWidget(self.submissions, 1)
        second.addWidget(self.minutes)

        self.sales = SalesPage(ctx)
        self.supply = SupplyPage(ctx)
        self.production = ProductionPage(ctx)
        self.feasibility = FeasibilityPage(ctx)
        self.meeting = MeetingPage(ctx)
        self.accuracy = AccuracyPage(ctx)
        self.pages = QTabWidget()
        self.pages.addTab(self.sales, self.tr("Sales forecast"))
        self.pages.addTab(self.supply, self.tr("Supply: key materials"))
        self.pages.addTab(self.production, self.tr("Production: capacity"))
        self.pages.addTab(self.feasibility, self.tr("Feasibility"))
        self.pages.addTab(self.meeting, self.tr("Meeting"))
        self.pages.addTab(self.accuracy, self.tr("Accuracy"))
        self.pages.currentChanged.connect(lambda _i: self.accuracy.load()
                                          if self.pages.currentWidget() is self.accuracy else None)
        for page in (self.sales, self.supply, self.production):
            page.sig_saved.connect(self.reload)
        self.meeting.sig_changed.connect(self.reload)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.empty)
        lay.addWidget(self.pages, 1)
        ctx.bus.sig_changes_applied.connect(self.on_changes)
        self._show(None)

    # -- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.reload()

    def chosen_period(self) -> dt.date | None:
        return self.month.currentData()

    def reload(self, period: dt.date | None = None) -> None:
        period = period or self.chosen_period()

        def work(s, a):
            cycles = review_svc.list_cycles(s, a)
            nxt = review_svc.next_period(s)
            want = period or (nxt if any(c.period == nxt for c in cycles) or not cycles else cycles[0].period)
            return cycles, nxt, want, settings.factory_tz(s)

        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        self.cycles, self.next_period, want, self.tz = result
        self.meeting.tz = self.tz
        periods = sorted({c.period for c in self.cycles} | {self.next_period}, reverse=True)
        self._filling = True
        self.month.clear()
        by_period = {c.period: c for c in self.cycles}
        for p in periods:
            c = by_period.get(p)
            label = month_text(p) + ("" if c else self.tr(" (not open)"))
            self.month.addItem(label, p)
        # findData does not match dates (PySide compares the QVariant): look for it by hand
        self.month.setCurrentIndex(next((i for i in range(self.month.count()) if self.month.itemData(i) == want), 0))
        self._filling = False
        self._show(by_period.get(self.chosen_period()))

    def _month_chosen(self, _index: int) -> None:
        if not self._filling:
            self._show(next((c for c in self.cycles if c.period == self.chosen_period()), None))

    def _show(self, cycle: CycleView | None) -> None:
        self.cycle = cycle
        self.pages.setVisible(cycle is not None)
        self.empty.setVisible(cycle is None)
        self.minutes.set_cycle(cycle)
        self._filling = True
        if cycle is not None:
            self.months.setValue(len(cycle.months))
            self.all_products.setChecked(cycle.all_products)
        self._filling = False
        period = self.chosen_period()
        if cycle is None:
            self.status.setText(self.tr("Not open yet.") if period else "")
            self.submissions.clear()
            self.empty.setText(
                self.tr("The {0} demand review is not open. Open it to compute the statistical baseline, the key "
                        "materials and the capacity; each department then gets its task in the inbox.").format(
                    month_text(period)) if period and self.may_agree else
                self.tr("The demand review of this month is not open yet: the manager opens it (it also opens by "
                        "itself a week before the meeting day)."))
        else:
            self.status.setText(self.tr("{month}: {status} · meeting {meeting} · months {first} to {last} · revision "
                                        "{revision}").format(
                month=month_text(cycle.period), status=status_word(cycle.status_word),
                meeting=cycle.meeting_date.isoformat(), first=month_text(cycle.months[0]),
                last=month_text(cycle.months[-1]), revision=cycle.revision))
            self.submissions.setText(self._submission_text(cycle))
            self.sales.load(cycle.id)
            self.supply.load(cycle.id)
            self.production.load(cycle.id)
            self.feasibility.load(cycle.id)
            self.meeting.load(cycle)
        self._update_buttons()
        self.sig_ready.emit(0 if cycle is None else len(self.sales.grid.rows) if self.sales.grid else 0)

    def _submission_text(self, cycle: CycleView) -> str:
        parts = []
        for s in cycle.submissions:
            if s.status.value == "done":
                parts.append(self.tr("{dept}: submitted by {who}").format(dept=department(s.department),
                                                                            who=s.done_by_name or "?"))
            else:
                due = s.due_at.astimezone(self.tz).strftime("%m-%d %H:%M")
                text = self.tr("{dept}: waiting (due {due})").format(dept=department(s.department), due=due)
                parts.append(text + (self.tr(", overdue") if s.overdue else ""))
        return self.tr("Inputs: {0}").format(" · ".join(parts)) if parts else ""

    # -- what may be done -----------------------------------------------------------------

    def open_blocker(self) -> str | None:
        if not self.may_agree:
            return self.tr("Only a manager opens the demand review")
        if self.cycle is not None:
            return self.tr("This month's review is open")
        if self.chosen_period() is None:
            return self.tr("Choose a month")
        return None

    def submit_blocker(self) -> str | None:
        if not self.may_submit:
            return self.tr("Sales, production and supply each submit their own input")
        c = self.cycle
        if c is None:
            return self.tr("The review is not open")
        if c.status not in (CycleStatus.DRAFT, CycleStatus.MEETING):
            return self.tr("The review's inputs can no longer change")
        if self.dept not in c.waiting:
            return self.tr("{0} has submitted already").format(department(self.dept))
        return None

    def _moves(self) -> tuple[tuple[CycleStatus, str] | None, tuple[CycleStatus, str] | None]:
        c = self.cycle
        if c is None:
            return None, None
        return {
            CycleStatus.DRAFT: ((CycleStatus.MEETING, self.tr("Start meeting")), None),
            CycleStatus.MEETING: ((CycleStatus.AGREED, self.tr("Agree")),
                                  (CycleStatus.DRAFT, self.tr("Back to collecting"))),
            CycleStatus.AGREED: ((CycleStatus.CLOSED, self.tr("Close review")),
                                 (CycleStatus.MEETING, self.tr("Reopen meeting"))),
            CycleStatus.CLOSED: (None, None),
        }[c.status]

    def move_blocker(self, target: CycleStatus) -> str | None:
        c = self.cycle
        if not self.may_agree:
            return self.tr("Only a manager runs the meeting")
        if target == CycleStatus.MEETING and c.status == CycleStatus.DRAFT and c.waiting:
            return self.tr("Waiting for: {0}").format(", ".join(department(d) for d in c.waiting))
        if target == CycleStatus.AGREED and c.missing_sign_offs:
            return self.tr("Sign-offs missing: {0}").format(", ".join(department(d) for d in c.missing_sign_offs))
        return None

    def _update_buttons(self) -> None:
        blocker = self.open_blocker()
        self.open_button.setVisible(self.cycle is None)
        self.open_button.setEnabled(blocker is None)
        self.open_button.setToolTip(blocker or self.tr("Open the review and compute the proposals"))
        scope_ok = self.may_agree and (self.cycle is None or self.cycle.status == CycleStatus.DRAFT)
        for w in (self.months, self.all_products):
            w.setEnabled(scope_ok)
            if not scope_ok:
                w.setToolTip(self.tr("The scope is set by a manager while the review collects its inputs"))
        blocker = self.submit_blocker()
        self.submit_button.setVisible(self.cycle is not None)
        self.submit_button.setEnabled(blocker is None)
        if self.dept in SUBMIT_PERMISSION:
            self.submit_button.setText(self.tr("Submit {0} input").format(department(self.dept)))
        self.submit_button.setToolTip(blocker or self.tr("Hand in your department's input: the task in the inbox "
                                                         "is done"))
        forward, back = self._moves()
        for button, move in ((self.forward_button, forward), (self.back_button, back)):
            button.setVisible(move is not None)
            if move is not None:
                button.setText(move[1])
                blocker = self.move_blocker(move[0])
                button.setEnabled(blocker is None)
                button.setToolTip(blocker or move[1])

    # -- doing ----------------------------------------------------------------------------

    def open_review(self) -> None:
        if self.open_blocker() is not None:
            return
        period, months, all_products = self.chosen_period(), self.months.value(), self.all_products.isChecked()
        self.ctx.mutate(lambda s, a: review_svc.open_cycle(s, a, period, months=months, all_products=all_products),
                        CHANGES, lambda view: self.reload(view.period), parent=self, initiator=self)

    def _scope_changed(self) -> None:
        c = self.cycle
        if self._filling or c is None or not self.may_agree or c.status != CycleStatus.DRAFT:
            return
        cid, version, months, all_products = c.id, c.version, self.months.value(), self.all_products.isChecked()
        self.ctx.mutate(lambda s, a: review_svc.set_scope(s, a, cid, version, months=months, all_products=all_products),
                        Changes(), lambda view: self.reload(view.period), parent=self, initiator=self,
                        on_error=self._failed)

    def submit(self) -> None:
        if self.submit_blocker() is not None:
            return
        c, dept = self.cycle, Department(self.dept)
        task = next(s for s in c.submissions if s.department == dept)
        self.ctx.mutate(lambda s, a: review_svc.submit(s, a, c.id, dept, task.version), CHANGES,
                        lambda view: self.reload(view.period), parent=self, initiator=self, on_error=self._failed)

    def move(self, *, forward: bool) -> None:
        forward_move, back_move = self._moves()
        move = forward_move if forward else back_move
        if move is None or self.move_blocker(move[0]) is not None:
            return
        c, target = self.cycle, move[0]
        self.ctx.mutate(lambda s, a: meeting_svc.change_status(s, a, c.id, c.version, target), CHANGES,
                        lambda view: self.reload(view.period), parent=self, initiator=self, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        self.reload()

    def on_changes(self, changes: Changes, initiator) -> None:
        if self._activated and initiator is not self and changes.inbox and initiator not in (
                self.sales, self.meeting, self.meeting.consensus, self.supply, self.production):
            self.reload()
