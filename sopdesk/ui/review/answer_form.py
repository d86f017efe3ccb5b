"""A department's answer to its review task: feasible or not, lead days (production) or
material arrival date (supply), and a comment. The service checks the answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from sopdesk.models import Department
from sopdesk.services.review import MAX_LEAD_DAYS, ReviewTaskView
from sopdesk.ui import labels
from sopdesk.ui.widgets import FieldError, date_edit, from_qdate, to_qdate


class AnswerForm(QGroupBox):
    """State: the department, the task being answered (with its version) and the inputs.
    sig_submit(task, feasible, lead_days, arrival_date, comment, revise)."""

    sig_submit = Signal(object, bool, object, object, str, bool)

    def __init__(self, department: Department, parent: QWidget | None = None):
        super().__init__(parent)
        self.department = department
        self.task: ReviewTaskView | None = None
        self.setTitle(self.tr("Answer for {0}").format(labels.department(department)))
        self.yes = QRadioButton(self.tr("Feasible"))
        self.no = QRadioButton(self.tr("Not feasible"))
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        self.yes.setChecked(True)
        self.lead_days = QSpinBox()
        self.lead_days.setRange(0, MAX_LEAD_DAYS)
        self.lead_days.setValue(10)
        self.lead_days.setSuffix(self.tr(" days"))
        self.arrival = date_edit(dt.date.today() + dt.timedelta(days=7))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Required when not feasible"))
        self.send = QPushButton(self.tr("Send answer"))
        self.send.setAutoDefault(False)
        self.error = FieldError()

        feasible = QHBoxLayout()
        feasible.addWidget(self.yes)
        feasible.addWidget(self.no)
        feasible.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Can it be done?"), feasible)
        if department == Department.PRODUCTION:
            form.addRow(self.tr("Days to make it"), self.lead_days)
        else:
            form.addRow(self.tr("Material arrives on"), self.arrival)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.error)
        form.addRow("", self.send)
        self.send.clicked.connect(self._submit)
        self.yes.toggled.connect(self._feasible_toggled)
        self.comment.returnPressed.connect(self._submit)

    def _feasible_toggled(self, yes: bool) -> None:
        self.lead_days.setEnabled(yes)
        self.arrival.setEnabled(yes)

    def set_task(self, task: ReviewTaskView | None, today: dt.date | None = None) -> None:
        """Prefill from the task: its answer when revising, sensible defaults otherwise."""
        self.task = task
        self.error.clear_message()
        if task is None:
            return
        revising = task.answered_at is not None
        self.send.setText(self.tr("Revise answer") if revising else self.tr("Send answer"))
        if revising:
            (self.yes if task.feasible else self.no).setChecked(True)
            if task.lead_days is not None:
                self.lead_days.setValue(task.lead_days)
            if task.material_arrival_date:
                self.arrival.setDate(to_qdate(task.material_arrival_date))
            self.comment.setText(task.comment or "")
        else:
            self.yes.setChecked(True)
            self.comment.clear()
            if today:
                self.arrival.setDate(to_qdate(today + dt.timedelta(days=7)))

    def _submit(self) -> None:
        if self.task is None or not self.send.isEnabled():
            return
        feasible = self.yes.isChecked()
        lead = self.lead_days.value() if feasible and self.department == Department.PRODUCTION else None
        arrival = (from_qdate(self.arrival.date())
                   if feasible and self.department == Department.SUPPLY else None)
        self.error.clear_message()
        self.sig_submit.emit(self.task, feasible, lead, arrival, self.comment.text(),
                             self.task.answered_at is not None)
