"""The meeting page of the Demand review tab: the consensus (consensus.py), the sign-offs of
the sales, production and supply heads and the manager (each signs for their own
department, on the revision they see), and the action items agreed in the meeting (owner,
deadline; done or cancelled with a result), next to the departments' submission tasks, and
the meeting's notes (notes.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import ActionStatus, CycleStatus, Department
from sopdesk.services import demand_review_actions as actions_svc
from sopdesk.services import demand_review_meeting as meeting_svc
from sopdesk.services import users as users_svc
from sopdesk.services.demand_review import SIGN_PERMISSION, CycleView
from sopdesk.services.demand_review_actions import DEPARTMENT_PERMISSION
from sopdesk.services.permissions import ROLE_DEPARTMENT, ROLE_PERMISSIONS, Permission
from sopdesk.ui.changes import Changes
from sopdesk.ui.widgets import date_edit, from_qdate

from .common import cell, table
from .consensus import ConsensusPanel
from .messages import SIGN_DEPARTMENTS, SUBMISSION_WORDS, action_status, department, tr
from .notes import NotesBox

SIGN_COLUMNS = (QT_TRANSLATE_NOOP("DemandReview", "Department"), QT_TRANSLATE_NOOP("DemandReview", "Signed by"),
                QT_TRANSLATE_NOOP("DemandReview", "At"), QT_TRANSLATE_NOOP("DemandReview", "Holds"))
ACTION_COLUMNS = (QT_TRANSLATE_NOOP("DemandReview", "Department"), QT_TRANSLATE_NOOP("DemandReview", "Owner"),
                  QT_TRANSLATE_NOOP("DemandReview", "What"), QT_TRANSLATE_NOOP("DemandReview", "Deadline"),
                  QT_TRANSLATE_NOOP("DemandReview", "Status"), QT_TRANSLATE_NOOP("DemandReview", "Result"))
CHANGES = Changes(inbox=True)  # action items are in the inbox
DEADLINE_TIME = dt.time(18, 0)  # a deadline chosen as a day: the end of that working day


def action_text(a) -> str:
    """A submission task in the user's language; a follow-up as the meeting wrote it."""
    if a.kind == "submission" and a.department in SUBMISSION_WORDS:
        return tr(SUBMISSION_WORDS[a.department])
    return a.description


class MeetingPage(QWidget):
    """State: the cycle (None before one is loaded), the action items, the factory's time
    zone, the users who can own an item. sig_changed() after a sign-off or an action."""

    sig_changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, *, tz=None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.tz = tz or dt.UTC
        self.dept = ROLE_DEPARTMENT[actor.role]
        self.may_sign = self.dept in SIGN_PERMISSION and actor.can(SIGN_PERMISSION[self.dept])
        self.may_agree = actor.can(Permission.DEMAND_AGREE)
        self.cycle: CycleView | None = None
        self.actions: list = []
        self.people: list = []
        self.consensus = ConsensusPanel(ctx)
        self.consensus.sig_saved.connect(self.sig_changed)

        self.signs = table(len(SIGN_COLUMNS))
        self.signs.setHorizontalHeaderLabels([tr(c) for c in SIGN_COLUMNS])
        self.signs.setEditTriggers(self.signs.EditTrigger.NoEditTriggers)
        self.signs.setRowCount(len(SIGN_DEPARTMENTS))
        self.sign_button = QPushButton(self.tr("Sign off"))
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_off)
        sign_box = QGroupBox(self.tr("Sign-offs"))
        sl = QVBoxLayout(sign_box)
        sl.addWidget(self.signs)
        sl.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.action_view = table(len(ACTION_COLUMNS))
        self.action_view.setHorizontalHeaderLabels([tr(c) for c in ACTION_COLUMNS])
        self.action_view.setEditTriggers(self.action_view.EditTrigger.NoEditTriggers)
        self.action_view.setSelectionBehavior(self.action_view.SelectionBehavior.SelectRows)
        self.action_view.setSelectionMode(self.action_view.SelectionMode.SingleSelection)
        self.action_view.itemSelectionChanged.connect(self._update_buttons)
        self.new_dept = QComboBox()
        for d in (Department.SALES, Department.PRODUCTION, Department.SUPPLY, Department.MANAGEMENT):
            self.new_dept.addItem(department(d), d)
        self.new_dept.currentIndexChanged.connect(lambda _i: self._fill_owners())
        self.new_owner = QComboBox()
        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(self.tr("What is to be done, e.g. talk to the key customers about delivery"))
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.new_due = date_edit(None)
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_action)
        add_row = QHBoxLayout()
        for w, stretch in ((self.new_dept, 0), (self.new_owner, 0), (self.new_text, 1), (self.new_due, 0),
                           (self.add_button, 0)):
            add_row.addWidget(w, stretch)
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("What came of it (required to close)"))
        self.result.textChanged.connect(lambda _t: self._update_buttons())
        self.done_button = QPushButton(self.tr("Done"))
        self.cancel_button = QPushButton(self.tr("Cancel action"))
        for b in (self.done_button, self.cancel_button):
            b.setAutoDefault(False)
        self.done_button.clicked.connect(lambda: self.close_action(ActionStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.close_action(ActionStatus.CANCELLED))
        close_row = QHBoxLayout()
        close_row.addWidget(QLabel(self.tr("Result")))
        close_row.addWidget(self.result, 1)
        close_row.addWidget(self.done_button)
        close_row.addWidget(self.cancel_button)
        action_box = QGroupBox(self.tr("Action items"))
        al = QVBoxLayout(action_box)
        al.addWidget(self.action_view, 1)
        al.addLayout(add_row)
        al.addLayout(close_row)

        self.notes = NotesBox(ctx)
        self.notes.sig_saved.connect(self.sig_changed)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(sign_box)
        lower.addWidget(action_box)
        lower.addWidget(self.notes)
        lower.setStretchFactor(1, 3)
        lower.setStretchFactor(2, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.consensus)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(split, 1)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------

    def load(self, cycle: CycleView) -> None:
        self.cycle = cycle
        self._show_sign_offs()
        self.notes.load(cycle)
        self.consensus.load(cycle.id, cycle.status)
        cycle_id = cycle.id

        def work(s, a):
            return actions_svc.list_actions(s, a, cycle_id), [u for u in users_svc.list_users(s) if u.active]

        self.ctx.query(work, self._loaded, parent=self)

    def _loaded(self, result) -> None:
        self.actions, self.people = result
        self._fill_owners()
        view = self.action_view
        view.setRowCount(len(self.actions))
        for r, a in enumerate(self.actions):
            due = a.due_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
            status = action_status(a.status)
            if a.overdue:
                status = self.tr("{0}, overdue").format(status)
            items = [cell(department(a.department)), cell(a.owner_name or self.tr("(the department)")),
                     cell(action_text(a), tip=a.description), cell(due), cell(status), cell(a.result or "",
                                                                                            tip=a.result)]
            if a.overdue:
                items[4].setForeground(Qt.GlobalColor.red)
            for k, it in enumerate(items):
                view.setItem(r, k, it)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _fill_owners(self) -> None:
        dept = self.new_dept.currentData()
        keep = self.new_owner.currentData()
        self.new_owner.clear()
        self.new_owner.addItem(self.tr("The whole department"), None)
        for u in self.people:
            if ROLE_DEPARTMENT[u.role] == dept and DEPARTMENT_PERMISSION[dept] in ROLE_PERMISSIONS[u.role]:
                self.new_owner.addItem(u.display_name or u.username, str(u.id))  # text: findData matches it
        k = self.new_owner.findData(keep)
        self.new_owner.setCurrentIndex(max(k, 0))

    def _show_sign_offs(self) -> None:
        cycle = self.cycle
        signed = {s.department: s for s in cycle.sign_offs}
        for r, d in enumerate(SIGN_DEPARTMENTS):
            s = signed.get(d)
            holds = "" if s is None else (self.tr("Yes") if s.valid else self.tr("No: changed since"))
            at = "" if s is None else s.signed_at.astimezone(self.tz).strftime("%m-%d %H:%M")
            items = [cell(department(d)), cell((s.user_name or "") if s else self.tr("not yet")), cell(at), cell(holds)]
            if s is not None and not s.valid:
                items[3].setForeground(Qt.GlobalColor.red)
            for k, it in enumerate(items):
                self.signs.setItem(r, k, it)
        self.signs.resizeColumnsToContents()
        self._update_buttons()

    # -- what may be done -------------------------------------------------------------------

    def sign_blocker(self) -> str | None:
        if not self.may_sign:
            return self.tr("Your role does not sign the demand review")
        if self.cycle is None or self.cycle.status != CycleStatus.MEETING:
            return self.tr("The sign-offs are given in the meeting")
        if self.dept not in self.cycle.missing_sign_offs:
            return self.tr("{0} has signed this revision already").format(department(self.dept))
        return None

    def add_blocker(self) -> str | None:
        if not self.may_agree:
            return self.tr("Only a manager adds the meeting's action items")
        if self.cycle is None or self.cycle.status not in (CycleStatus.MEETING, CycleStatus.AGREED):
            return self.tr("Action items are agreed in the meeting")
        if not self.new_text.text().strip():
            return self.tr("Say what is to be done")
        return None

    def selected_action(self):
        rows = {i.row() for i in self.action_view.selectedItems()}
        return self.actions[rows.pop()] if len(rows) == 1 else None

    def close_blocker(self) -> str | None:
        a = self.selected_action()
        actor = self.ctx.actor
        if a is None:
            return self.tr("Select an action item")
        if a.kind == "submission":
            return self.tr("A submission task is done when its department submits its input")
        if a.status != ActionStatus.OPEN:
            return self.tr("This action item is closed already")
        mine = actor.user_id is not None and a.owner_id == actor.user_id
        dept_ok = self.dept == a.department and actor.can(DEPARTMENT_PERMISSION[a.department])
        if not (mine or dept_ok or self.may_agree):
            return self.tr("Only its owner, its department or a manager closes it")
        if not self.result.text().strip():
            return self.tr("Say what came of it")
        return None

    def _update_buttons(self) -> None:
        for button, blocker, tip in (
                (self.sign_button, self.sign_blocker(), self.tr("Sign the consensus as it stands for {0}").format(
                    department(self.dept))),
                (self.add_button, self.add_blocker(), self.tr("Add the action item; it shows in the owner's inbox")),
                (self.done_button, self.close_blocker(), self.tr("Close the selected action item as done")),
                (self.cancel_button, self.close_blocker(), self.tr("Close the selected action item as cancelled"))):
            button.setEnabled(blocker is None)
            button.setToolTip(blocker or tip)
        may = self.may_agree and self.cycle is not None and self.cycle.status in (CycleStatus.MEETING,
                                                                                  CycleStatus.AGREED)
        for w in (self.new_dept, self.new_owner, self.new_text, self.new_due):
            w.setEnabled(may)

    # -- doing ------------------------------------------------------------------------------

    def sign_off(self) -> None:
        if self.sign_blocker() is not None:
            return
        cycle_id, version = self.cycle.id, self.cycle.version
        self.ctx.mutate(lambda s, a: meeting_svc.sign_off(s, a, cycle_id, version), CHANGES,
                        lambda _v: self.sig_changed.emit(), parent=self, initiator=self,
                        on_error=self._failed)

    def add_action(self) -> None:
        if self.add_blocker() is not None:
            return
        cycle_id, dept, owner = self.cycle.id, self.new_dept.currentData(), self.new_owner.currentData()
        owner = uuid.UUID(owner) if owner else None
        text = self.new_text.text().strip()
        due = dt.datetime.combine(from_qdate(self.new_due.date()), DEADLINE_TIME, self.tz)

        def done(_view):
            self.new_text.clear()
            self.sig_changed.emit()

        self.ctx.mutate(lambda s, a: actions_svc.add_action(s, a, cycle_id, dept, text, due, owner), CHANGES, done,
                        parent=self, initiator=self)

    def close_action(self, status: ActionStatus) -> None:
        if self.close_blocker() is not None:
            return
        a, result = self.selected_action(), self.result.text().strip()

        def done(_view):
            self.result.clear()
            self.sig_changed.emit()

        self.ctx.mutate(lambda s, actor: actions_svc.close_action(s, actor, a.id, a.version, status, result),
                        CHANGES, done, parent=self, initiator=self, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.ctx.show_error(self, exc)
        self.sig_changed.emit()  # reload: what changed meanwhile shows
