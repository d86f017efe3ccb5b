"""The Settings page of the Administration tab: factory name, time zone (the IANA names
zoneinfo knows), working week, order review deadline, negative stock, demand-review day.

Only what the user changed is saved, with the versions loaded (services/settings.
save_settings): a setting another PC changed meanwhile is refused with who changed it and
the page shows what is stored now; an untouched setting is never written back. Each
service error shows under its field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sopdesk.services import settings
from sopdesk.services.errors import ServiceError
from sopdesk.ui.changes import Changes
from sopdesk.ui.errors import sentence
from sopdesk.ui.widgets import FieldError

from .common import SETTING_TITLES, tr

translate = QCoreApplication.translate
# the review deadline changes the clocks of reviews; the time zone and the negative-stock
# policy what the stock lists count
SETTINGS_CHANGES = Changes(reviews=True, stock=True)


def _weekday(n: int) -> str:
    return (translate("Admin", "Mon"), translate("Admin", "Tue"), translate("Admin", "Wed"),
            translate("Admin", "Thu"), translate("Admin", "Fri"), translate("Admin", "Sat"),
            translate("Admin", "Sun"))[n]


class SettingsPage(QWidget):
    """State: the context, the settings as loaded (values and versions), the widgets and
    error labels by key. sig_loaded(count of settings) after each load."""

    sig_loaded = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: settings.SettingsView | None = None
        self.errors: dict[str, FieldError] = {}

        self.factory_name = QLineEdit()
        self.factory_name.setMaxLength(settings.FACTORY_NAME_MAX)
        self.factory_name.setPlaceholderText(translate("Admin", "shown on printed sheets and the window title"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(list(settings.time_zones()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(settings.time_zones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone.setMinimumContentsLength(24)
        self.workdays = [QCheckBox(_weekday(n)) for n in range(7)]
        week = QWidget()
        week_lay = QHBoxLayout(week)
        week_lay.setContentsMargins(0, 0, 0, 0)
        for box in self.workdays:
            week_lay.addWidget(box)
        week_lay.addStretch(1)
        self.due_hours = QSpinBox()
        self.due_hours.setRange(1, 24 * 14)
        self.due_hours.setSuffix(" " + translate("Admin", "hours"))
        self.allow_negative = QCheckBox(translate(
            "Admin", "Allow negative stock where a location refuses it (not recommended)"))
        self.review_day = QSpinBox()
        self.review_day.setRange(1, 28)
        self.review_day.setPrefix(translate("Admin", "day "))

        form = QFormLayout()
        for key, widget, hint in (
            ("factory.name", self.factory_name, None),
            ("factory.timezone", self.timezone, translate(
                "Admin", "Dates, month ends and deadlines follow this zone. Changing it recounts the monthly "
                "stock figures.")),
            ("calendar.workdays", week, translate("Admin", "The default week; holidays and extra working days "
                                                  "are in Master data → Working calendar.")),
            ("review.due_hours", self.due_hours, translate(
                "Admin", "Production and supply answer a custom order's review within this time (24 h by default).")),
            ("inventory.allow_negative", self.allow_negative, None),
            ("demand_review.day", self.review_day, translate("Admin", "The monthly demand review meeting (需求评审会).")),
        ):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            if hint:
                label = QLabel(hint)
                label.setWordWrap(True)
                label.setStyleSheet("color: #4b5563;")
                v.addWidget(label)
            error = FieldError()
            v.addWidget(error)
            self.errors[key] = error
            form.addRow(tr(SETTING_TITLES[key]), box)

        self.save_button = QPushButton(translate("Admin", "Save settings"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(translate("Admin", "Undo my changes"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        inner.setMaximumWidth(760)
        inner_lay = QVBoxLayout(inner)
        inner_lay.addLayout(form)
        inner_lay.addLayout(buttons)
        lay = QHBoxLayout(self)
        lay.addWidget(inner, 0, Qt.AlignmentFlag.AlignTop)
        lay.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.show_values(self.loaded) if self.loaded else None)
        self.factory_name.textChanged.connect(self._edited)
        self.timezone.currentTextChanged.connect(self._edited)
        for box in self.workdays:
            box.toggled.connect(self._edited)
        self.due_hours.valueChanged.connect(self._edited)
        self.allow_negative.toggled.connect(self._edited)
        self.review_day.valueChanged.connect(self._edited)
        self._edited()

    # -- loading ------------------------------------------------------------------------

    def load(self, message: str = "") -> None:
        self.ctx.query(lambda s, a: settings.read_settings(s, a), lambda view: self._loaded(view, message),
                       parent=self)

    def _loaded(self, view: settings.SettingsView, message: str) -> None:
        self.loaded = view
        self.show_values(view)
        self.message.setStyleSheet("color: #1e7b3c;")
        self.message.setText(message)
        self.sig_loaded.emit(len(view.values))

    def show_values(self, view: settings.SettingsView) -> None:
        v = view.values
        widgets = (self.factory_name, self.timezone, *self.workdays, self.due_hours, self.allow_negative,
                   self.review_day)
        for w in widgets:
            w.blockSignals(True)
        self.factory_name.setText(v["factory.name"] or "")
        self.timezone.setCurrentText(v["factory.timezone"])
        for n, box in enumerate(self.workdays):
            box.setChecked(n in (v["calendar.workdays"] or []))
        self.due_hours.setValue(int(v["review.due_hours"]))
        self.allow_negative.setChecked(bool(v["inventory.allow_negative"]))
        self.review_day.setValue(int(v["demand_review.day"]))
        for w in widgets:
            w.blockSignals(False)
        self.clear_errors()
        self._edited()

    # -- what changed -------------------------------------------------------------------

    def values(self) -> dict:
        return {
            "factory.name": self.factory_name.text().strip(),
            "factory.timezone": self.timezone.currentText().strip(),
            "calendar.workdays": [n for n, box in enumerate(self.workdays) if box.isChecked()],
            "review.due_hours": self.due_hours.value(),
            "inventory.allow_negative": self.allow_negative.isChecked(),
            "demand_review.day": self.review_day.value(),
        }

    def changed(self) -> dict:
        """The settings the user changed since the page loaded (only these are saved)."""
        if self.loaded is None:
            return {}
        stored = dict(self.loaded.values)
        stored["factory.name"] = stored["factory.name"] or ""
        stored["calendar.workdays"] = sorted(stored["calendar.workdays"] or [])
        return {k: v for k, v in self.values().items() if v != stored[k]}

    def _edited(self, *_args) -> None:
        dirty = bool(self.changed())
        self.save_button.setEnabled(dirty and self.loaded is not None)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.message.clear()

    def clear_errors(self) -> None:
        for e in self.errors.values():
            e.clear_message()

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        changes, loaded = self.changed(), self.loaded
        if not changes or loaded is None:
            return
        self.clear_errors()
        versions = {k: loaded.versions[k] for k in changes}
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._edited()
            if isinstance(exc, ServiceError) and exc.code != "conflict" and exc.field in self.errors:
                self.errors[exc.field].show_message(sentence(exc))
                return
            self.ctx.show_error(self, exc)
            if isinstance(exc, ServiceError) and exc.code == "conflict":
                self.load()  # what the other PC saved; the user's edits are shown again by them

        self.ctx.mutate(lambda s, a: settings.save_settings(s, a, changes, versions), SETTINGS_CHANGES,
                        lambda view: self._loaded(view, translate("Admin", "Settings saved.")),
                        parent=self, initiator=self, on_error=failed)
