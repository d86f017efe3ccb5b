"""The filter bar above the orders table: quick search and the filters, as one value."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import OrderStatus
from sopdesk.services.order_queries import Choice, DeliveryRisk, OrderLineFilter
from sopdesk.ui import labels
from sopdesk.ui.widgets import ChoiceEdit, OptionalDateEdit

SEARCH_DELAY_MS = 300
OPEN_STATUSES = frozenset({OrderStatus.DRAFT, OrderStatus.IN_REVIEW, OrderStatus.CONFIRMED,
                           OrderStatus.IN_PRODUCTION, OrderStatus.PARTIALLY_SHIPPED})


class FilterBar(QWidget):
    """State: the widgets; current() builds the OrderLineFilter they describe.
    sig_filter_changed(OrderLineFilter) after any change (typing is debounced)."""

    sig_filter_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search order no., customer or product"))
        self.search.setMinimumWidth(200)

        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_actions = {}
        for status in OrderStatus:
            act = self.status_menu.addAction(labels.status(status))
            act.setCheckable(True)
            act.toggled.connect(self._status_toggled)
            self.status_actions[status] = act
        self.status_menu.addSeparator()
        self.status_menu.addAction(self.tr("Open orders only"), self._open_only)
        self.status_menu.addAction(self.tr("All statuses"), self._all_statuses)
        self.status_button.setMenu(self.status_menu)

        self.customer = ChoiceEdit()
        self.customer.setPlaceholderText(self.tr("All customers"))
        self.customer.setClearButtonEnabled(True)
        self.customer.setMinimumWidth(160)

        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.custom = QComboBox()
        self.custom.addItem(self.tr("Custom and standard"), None)
        self.custom.addItem(self.tr("Custom orders only"), True)
        self.custom.addItem(self.tr("Standard orders only"), False)
        self.risk = QComboBox()
        self.risk.addItem(self.tr("Any delivery risk"), frozenset())
        self.risk.addItem(self.tr("Late or at risk"), frozenset({DeliveryRisk.LATE, DeliveryRisk.AT_RISK}))
        for r in (DeliveryRisk.LATE, DeliveryRisk.AT_RISK, DeliveryRisk.NO_DATE,
                  DeliveryRisk.ON_TIME, DeliveryRisk.DELIVERED_LATE):
            self.risk.addItem(labels.risk(r), frozenset({r}))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)

        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        first.addWidget(self.status_button)
        first.addWidget(self.customer, 2)
        first.addWidget(self.custom)
        first.addWidget(self.risk)
        self.second_row = QHBoxLayout()  # the tab adds its row count at the end
        self.second_row.addWidget(QLabel(self.tr("Order date")))
        self.second_row.addWidget(self.date_from)
        self.second_row.addWidget(QLabel("–"))
        self.second_row.addWidget(self.date_to)
        self.second_row.addWidget(self.clear_button)
        self.second_row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(first)
        lay.addLayout(self.second_row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        self.customer.sig_choice_changed.connect(lambda _c: self._emit())
        self.customer.textChanged.connect(self._customer_cleared)
        self.date_from.sig_changed.connect(self._emit)
        self.date_to.sig_changed.connect(self._emit)
        self.custom.currentIndexChanged.connect(lambda _i: self._emit())
        self.risk.currentIndexChanged.connect(lambda _i: self._emit())
        self.clear_button.clicked.connect(self.clear)
        self._last: OrderLineFilter | None = None
        self._update_status_text()

    def set_customers(self, choices: list[Choice]) -> None:
        self.customer.set_choices(choices)

    def current(self) -> OrderLineFilter:
        customer = self.customer.choice()
        return OrderLineFilter(
            search=self.search.text().strip(),
            statuses=frozenset(s for s, a in self.status_actions.items() if a.isChecked()),
            customer_id=customer.id if customer else None,
            date_from=self.date_from.date_value(),
            date_to=self.date_to.date_value(),
            custom=self.custom.currentData(),
            risks=self.risk.currentData() or frozenset(),
        )

    def clear(self) -> None:
        self.blockSignals(True)
        for w in (self.search, self.customer):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for act in self.status_actions.values():
            act.blockSignals(True)
            act.setChecked(False)
            act.blockSignals(False)
        for w in (self.date_from, self.date_to):
            w.blockSignals(True)
            w.set_date_value(None)
            w.blockSignals(False)
        for w in (self.custom, self.risk):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.blockSignals(False)
        self._update_status_text()
        self._emit()

    def _customer_cleared(self, text: str) -> None:
        if not text:
            self._emit()

    def _status_toggled(self, _on: bool) -> None:
        self._update_status_text()
        self._emit()

    def _set_statuses(self, wanted) -> None:
        for status, act in self.status_actions.items():
            act.blockSignals(True)
            act.setChecked(status in wanted)
            act.blockSignals(False)
        self._update_status_text()
        self._emit()

    def _open_only(self) -> None:
        self._set_statuses(OPEN_STATUSES)

    def _all_statuses(self) -> None:
        self._set_statuses(())

    def _update_status_text(self) -> None:
        chosen = [s for s, a in self.status_actions.items() if a.isChecked()]
        if not chosen:
            text = self.tr("All statuses")
        elif set(chosen) == OPEN_STATUSES:
            text = self.tr("Open orders")
        elif len(chosen) <= 2:
            text = ", ".join(labels.status(s) for s in chosen)
        else:
            text = self.tr("{0} statuses").format(len(chosen))
        self.status_button.setText(text + " ")
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _emit(self) -> None:
        self._timer.stop()
        flt = self.current()
        if flt != self._last:
            self._last = flt
            self.sig_filter_changed.emit(flt)
