"""File → Print KPI sheet… (打印 KPI 看板表): choose the month, the language and the pages
(one per department, one for the manager; the user's own department first), then print
through the native print dialog or save as PDF. The figures are read through the task
runner (reports/kpi.py) and drawn by ui/reports/kpi_sheet.py on the printer or PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import Role
from sopdesk.reports.kpi import kpi_history
from sopdesk.reports.kpi_sheet import PAGE_NAMES, build
from sopdesk.reports.periods import Month
from sopdesk.services import settings
from sopdesk.ui.context import AppContext

from .kpi_sheet import paint, write_pdf

OWN_PAGE = {Role.SALES: "sales", Role.PRODUCTION: "production", Role.SHOPFLOOR: "production",
            Role.SUPPLY: "supply"}
MONTHS_OFFERED = 12


class KpiSheetDialog(QDialog):
    """State: the context, the choices; `done_path` / `printed` after an action (tests read
    them). `ask_save_path` and `ask_printer` are the questions put to the user (tests replace
    them)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.done_path: Path | None = None
        self.printed = False
        self.today_of = settings.factory_today  # (session) -> date; tests fix it
        self.setWindowTitle(self.tr("Print KPI sheet"))
        today = today or dt.date.today()
        self.month = QComboBox()
        m = Month.of(today)
        for _ in range(MONTHS_OFFERED):
            self.month.addItem(str(m), str(m))
            m = m.prev()
        self.month.setCurrentIndex(1)  # the last finished month: what goes on the wall
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        if QLocale().language() != QLocale.Language.Chinese:  # the sheet in the language of the window
            self.lang.setCurrentIndex(1)
        own = OWN_PAGE.get(ctx.actor.role)
        names = {"sales": self.tr("Sales"), "production": self.tr("Production"), "supply": self.tr("Supply chain"),
                 "manager": self.tr("Manager (all KPIs)")}
        self.pages = {}
        pages_box = QVBoxLayout()
        for page in sorted(PAGE_NAMES, key=lambda p: p != own):
            box = QCheckBox(names[page])
            box.setChecked(page == own or own is None)
            self.pages[page] = box
            pages_box.addWidget(box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (self.print_button, self.pdf_button, self.close_button):
            b.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Pages"), pages_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.print_button.clicked.connect(lambda: self._make(self._print))
        self.pdf_button.clicked.connect(lambda: self._make(self._save))
        self.close_button.clicked.connect(self.reject)
        for box in self.pages.values():
            box.toggled.connect(self._update)
        self._update()

    def chosen_pages(self) -> tuple[str, ...]:
        return tuple(p for p in PAGE_NAMES if self.pages[p].isChecked())

    def _update(self) -> None:
        ok = bool(self.chosen_pages())
        self.print_button.setEnabled(ok)
        self.pdf_button.setEnabled(ok)
        self.message.setText("" if ok else self.tr("Choose at least one page."))

    def _make(self, then) -> None:
        month, lang, pages = Month.parse(self.month.currentData()), self.lang.currentData(), self.chosen_pages()

        today_of = self.today_of

        def work(s, a):
            today = today_of(s)
            history = kpi_history(s, a, month, 5, today=today)
            return build(history, lang=lang, factory_name=settings.get(s, "factory.name") or "", today=today,
                         pages=pages)

        self.message.setText(self.tr("Reading the figures…"))
        self.ctx.query(work, then, parent=self, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.clear()
        self.ctx.show_error(self, exc)

    def _save(self, sheets) -> None:
        path = self.ask_save_path(sheets.file_name)
        if not path:
            self.message.clear()
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.done_path = write_pdf(sheets, path)
        self.message.setText(self.tr("Saved {0}.").format(self.done_path))

    def _print(self, sheets) -> None:
        printer = self.ask_printer()
        if printer is None:
            self.message.clear()
            return
        printer.setDocName(sheets.title)
        paint(sheets, printer)
        self.printed = True
        self.message.setText(self.tr("Sent to the printer."))

    def ask_save_path(self, suggested: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save KPI sheet"), str(Path(folder) / suggested),
                                              "PDF (*.pdf)")
        return path or None

    def ask_printer(self):
        from sopdesk.ui.shipping.printing import ask_printer

        return ask_printer(self)
