"""The 看板 Dashboard tab: the role's KPIs beside the shared ones (../shared/PRACTICES.md §4),
the order delivery panorama (订单交付全景), inventory health (库存健康度) and the improvement
tracker (order lead time and inventory value against the baseline month).

Three loads run on the task runner at once (ctx.query; the window never waits): the order
panorama, the inventory health and the KPI series; each section paints when its part
arrives. sig_ready(n) once all three are painted (n: open order lines). Every bar and month
point drills down to the list behind it (ui/dashboard/drill.py), whose document numbers open
through ui/documents.OPENERS.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import OrderStatus, Role
from sopdesk.reports.periods import Month
from sopdesk.services import dashboard, settings
from sopdesk.services.dashboard import INVENTORY_REDUCTION_PCT, OPEN_RISKS, SUPPLY_BUCKETS
from sopdesk.services.errors import ConflictError
from sopdesk.services.order_queries import DeliveryRisk
from sopdesk.services.permissions import Permission
from sopdesk.ui import labels
from sopdesk.ui.changes import Changes
from sopdesk.ui.context import AppContext

from . import texts
from .charts import BASELINE, TARGET, Bar, BarChart, LineChart, Point, Reference, Segment
from .drill import DrillPanel

TREND_MONTHS = 12
CHART_KPIS = ("on_time_delivery", "order_lead_time_days", "inventory_value")
# each department's own KPI beside its shared one, and the company's shared lead time; sales
# also sees how good its own forecast was (the shared forecast accuracy)
ROLE_KPIS: dict[Role, tuple[str, ...]] = {
    Role.SALES: ("revenue", "on_time_delivery", "order_lead_time_days", "forecast_accuracy"),
    Role.PRODUCTION: ("output_value", "inventory_turnover", "order_lead_time_days"),
    Role.SUPPLY: ("purchase_cost", "on_time_arrival", "order_lead_time_days"),
}
ALL_KPIS = ("revenue", "on_time_delivery", "on_time_delivery_requested", "output_value", "inventory_turnover",
            "days_of_inventory", "purchase_cost", "on_time_arrival", "order_lead_time_days", "inventory_value",
            "forecast_accuracy")
RISK_COLORS = {DeliveryRisk.LATE: QColor("#d92d20"), DeliveryRisk.AT_RISK: QColor("#f79009"),
               DeliveryRisk.NO_DATE: QColor("#98a2b3"), DeliveryRisk.ON_TIME: QColor("#12b76a")}
STATUS_SHADE = {s: 100 + 22 * n for n, s in enumerate(dashboard.OPEN_STATUSES)}
CLASS_COLORS = {"A": QColor("#1570ef"), "B": QColor("#53b1fd"), "C": QColor("#b2ddff")}


def role_kpis(role: Role) -> tuple[str, ...]:
    return ROLE_KPIS.get(role, ALL_KPIS)


def _money(v) -> str:
    return texts.number(v, 0)


class KpiTile(QFrame):
    """One KPI: this month (to date), its target, last month, how it is counted or why it is
    missing. Clicking it lists its months (drill-down)."""

    sig_picked = Signal(str)

    def __init__(self, kpi_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kpi_id = kpi_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(texts.name(kpi_id))
        self.title.setStyleSheet("color: #475467;")
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.side = QLabel()
        self.side.setStyleSheet("color: #475467;")
        self.side.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #667085; font-size: 11px;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.side)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.setMinimumWidth(200)

    def show_values(self, current, previous) -> None:
        self.title.setText(texts.department(current.department) + " · " + texts.name(self.kpi_id))
        self.title.setToolTip(self.title.text())
        if current.value is None:
            self.value.setText(self.tr("missing"))
            self.value.setStyleSheet("font-size: 20px; font-weight: bold; color: #a15c00;")
        else:
            self.value.setText(texts.value_text(current))
            color = {True: "#067647", False: "#b42318"}.get(current.on_target, "#101828")
            self.value.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {color};")
        side = [self.tr("{month} to date").format(month=str(current.month)) if current.partial else str(current.month)]
        if current.target is not None:
            side.append(self.tr("target {target}").format(target=texts.target_text(current)))
        if previous is not None:
            side.append(self.tr("{month}: {value}").format(month=str(previous.month), value=texts.value_text(previous)))
        self.side.setText(" · ".join(side[:2]) + ("\n" + side[2] if len(side) > 2 else ""))
        self.note.setText(texts.explain(current))
        self.setToolTip(texts.explain(current) + ("\n" + texts.explain(previous) if previous is not None else ""))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_picked.emit(self.kpi_id)
        super().mousePressEvent(event)


def _section(title: str, *widgets_and_titles) -> QGroupBox:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    for n, (caption, widget) in enumerate(widgets_and_titles):
        cap = QLabel(caption)
        cap.setStyleSheet("font-weight: bold;")
        grid.addWidget(cap, 0, n)
        grid.addWidget(widget, 1, n)
        grid.setColumnStretch(n, 1)
    grid.setRowStretch(1, 1)
    return box


class DashboardTab(QWidget):
    """State: the context, the KPIs the role's view shows, the loaded parts (panorama,
    inventory, KPI series, baseline), which are still loading."""

    sig_ready = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None,
                 now: dt.datetime | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today, self.now = today, now  # None: the factory's today (tests pass them)
        self.kpi_ids = role_kpis(ctx.actor.role)
        self.can_edit_baseline = ctx.actor.can(Permission.SETTINGS_EDIT)
        self.panorama: dashboard.Panorama | None = None
        self.inventory: dashboard.InventoryHealth | None = None
        self.series: dict | None = None
        self.baseline: dashboard.Baseline | None = None
        self.factory_today: dt.date | None = None
        self.pending: set[str] = set()
        self._activated = False

        self.header = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.refresh_button)

        self.tiles = {k: KpiTile(k) for k in self.kpi_ids}
        tiles = QGridLayout()
        per_row = 5
        for n, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, n // per_row, n % per_row)
            tile.sig_picked.connect(self.drill_kpi)

        self.risk_chart = BarChart()
        self.risk_chart.empty_text = self.tr("Loading…")
        self.on_time_chart = LineChart()
        self.on_time_chart.empty_text = self.tr("Loading…")
        self.class_chart = BarChart()
        self.supply_chart = BarChart()
        self.problem_chart = BarChart()
        for c in (self.class_chart, self.supply_chart, self.problem_chart):
            c.empty_text = self.tr("Loading…")
        self.lead_chart = LineChart()
        self.value_chart = LineChart()
        for c in (self.lead_chart, self.value_chart):
            c.empty_text = self.tr("Loading…")

        self.baseline_box = QComboBox()
        self.baseline_box.setEnabled(False)
        self.baseline_save = QPushButton(self.tr("Set baseline"))
        self.baseline_save.setAutoDefault(False)
        self.baseline_save.setEnabled(False)
        self.baseline_save.clicked.connect(self.save_baseline)
        self.baseline_box.currentIndexChanged.connect(self._baseline_edited)
        if not self.can_edit_baseline:
            self.baseline_save.setToolTip(self.tr("Only the manager and the administrator change the settings"))
        self.tracker_note = QLabel()
        self.tracker_note.setWordWrap(True)
        baseline_row = QHBoxLayout()
        baseline_row.addWidget(QLabel(self.tr("Baseline month")))
        baseline_row.addWidget(self.baseline_box)
        baseline_row.addWidget(self.baseline_save)
        baseline_row.addWidget(self.tracker_note, 1)

        delivery = _section(self.tr("Order delivery panorama (open order lines by risk, late first)"),
                            (self.tr("Open order lines by delivery risk (shade: order status)"), self.risk_chart),
                            (self.tr("On-time delivery by month"), self.on_time_chart))
        health = _section(self.tr("Inventory health"),
                          (self.tr("Stock value by ABC class"), self.class_chart),
                          (self.tr("Items in stock by days of supply"), self.supply_chart),
                          (self.tr("Slow-moving, excess, below safety (items)"), self.problem_chart))
        tracker = _section(self.tr("Improvement tracker (against the baseline month)"),
                           (self.tr("Order lead time (days)"), self.lead_chart),
                           (self.tr("Inventory value at month end"), self.value_chart))
        tracker.layout().addLayout(baseline_row, 2, 0, 1, 2)

        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.addLayout(tiles)
        body_lay.addWidget(delivery, 3)
        body_lay.addWidget(health, 2)
        body_lay.addWidget(tracker, 3)
        for box in (delivery, tracker):
            box.setMinimumHeight(240)
        health.setMinimumHeight(190)
        health.setMaximumHeight(230)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.drill = DrillPanel(ctx)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.drill)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 170])
        self.splitter = splitter
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(splitter, 1)

        self.risk_chart.sig_picked.connect(self.drill_risk)
        self.on_time_chart.sig_picked.connect(self.drill_on_time)
        self.class_chart.sig_picked.connect(lambda key: self.drill_health("class", key))
        self.supply_chart.sig_picked.connect(lambda key: self.drill_health("supply", key))
        self.problem_chart.sig_picked.connect(lambda key: self.drill_health(key, ""))
        self.lead_chart.sig_picked.connect(self.drill_lead_time)
        self.value_chart.sig_picked.connect(self.drill_inventory_value)

    # -- loading ---------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.load()

    def on_changes(self, changes, initiator) -> None:
        if self._activated and (changes.orders or changes.stock):
            self.load()

    def load(self) -> None:
        today, now = self.today, self.now
        kpi_ids = self.kpi_ids
        self.pending = {"panorama", "inventory", "kpis"}
        self.header.setText(self.tr("Loading…"))

        def kpis(s, a):
            day = today or settings.factory_today(s)
            base = dashboard.baseline_month(s)
            last = Month.of(day)
            first = last
            for _ in range(TREND_MONTHS - 1):
                first = first.prev()
            if base.month is not None and base.month < first:
                first = base.month
            series = dashboard.kpi_values(s, a, first, last, CHART_KPIS, today=day)
            tiles = [k for k in kpi_ids if k not in CHART_KPIS]
            if tiles:
                series.update(dashboard.kpi_values(s, a, last.prev(), last, tuple(tiles), today=day))
            return day, base, series

        self.ctx.query(lambda s, a: dashboard.order_panorama(s, a, today=today, now=now),
                       lambda r: self._part("panorama", r), parent=self)
        self.ctx.query(lambda s, a: dashboard.inventory_overview(s, a, now=now),
                       lambda r: self._part("inventory", r), parent=self)
        self.ctx.query(kpis, lambda r: self._part("kpis", r), parent=self)

    def _part(self, name: str, result) -> None:
        if name == "panorama":
            self.panorama = result
            self._show_panorama()
        elif name == "inventory":
            self.inventory = result
            self._show_inventory()
        else:
            self.factory_today, self.baseline, self.series = result
            self._show_kpis()
        self.pending.discard(name)
        if not self.pending:
            self._show_header()
            if self.drill.kind is None and self.panorama is not None:  # the most urgent lines first
                first = next((r for r in OPEN_RISKS if self.panorama.total(r)), DeliveryRisk.LATE)
                self.drill_risk(first)
            self.sig_ready.emit(sum(self.panorama.total(r) for r in OPEN_RISKS) if self.panorama else 0)

    def _show_header(self) -> None:
        day = self.factory_today or (self.panorama.today if self.panorama else None)
        self.header.setText(self.tr("As of {today} · click a bar or a month for the list behind it")
                            .format(today=day.isoformat() if day else ""))

    # -- the sections ------------------------------------------------------------------

    def _show_panorama(self) -> None:
        p = self.panorama
        bars = []
        for risk in OPEN_RISKS:
            base = RISK_COLORS[risk]
            segments = tuple(
                Segment((risk, status), n, base.darker(STATUS_SHADE[status]) if n else base,
                        self.tr("{risk} · {status}: {lines} lines").format(
                            risk=labels.risk(risk), status=labels.status(status), lines=n))
                for status, n in p.lines[risk].items() if n)
            bars.append(Bar((risk, None), labels.risk(risk), segments,
                            self.tr("{lines} lines · {orders} orders").format(lines=p.total(risk), orders=p.orders[risk]),
                            self.tr("Promised within {days} days counts as at risk").format(days=p.at_risk_days)))
        self.risk_chart.set_bars(bars)

    def _points(self, kpi_id: str, text=texts.value_text) -> list[Point]:
        return [Point(v.month, str(v.month), None if v.value is None else float(v.value), text(v), texts.explain(v))
                for v in self.series[kpi_id]]

    def _show_kpis(self) -> None:
        for kpi_id, tile in self.tiles.items():
            values = self.series[kpi_id]
            tile.show_values(values[-1], values[-2] if len(values) > 1 else None)
        trend = self.series["on_time_delivery"][-TREND_MONTHS:]
        refs = []
        if trend and trend[-1].target is not None:
            refs.append(Reference(float(trend[-1].target), self.tr("target {target}").format(
                target=texts.target_text(trend[-1]))))
        self.on_time_chart.set_points(self._points("on_time_delivery")[-TREND_MONTHS:], refs,
                                      axis_text=lambda v: f"{v:g} %", ceiling=100.0)
        self._show_tracker()

    def _baseline_value(self, kpi_id: str):
        if self.baseline is None or self.baseline.month is None:
            return None
        return next((v for v in self.series[kpi_id] if v.month == self.baseline.month), None)

    def _show_tracker(self) -> None:
        base_month = self.baseline.month if self.baseline else None
        lead = self.series["order_lead_time_days"]
        value = self.series["inventory_value"]
        first = base_month if base_month is not None and base_month < lead[-TREND_MONTHS].month else None
        shown = [v for v in lead if first is None or v.month >= first][-max(TREND_MONTHS, len(lead)):]
        lead_refs, value_refs = [], []
        if lead[-1].target is not None:
            lead_refs.append(Reference(float(lead[-1].target), self.tr("target {target}").format(
                target=texts.target_text(lead[-1]))))
        b_lead, b_value = self._baseline_value("order_lead_time_days"), self._baseline_value("inventory_value")
        notes = []
        if base_month is None:
            notes.append(self.tr("No baseline month chosen yet."))
        else:
            if b_lead is not None and b_lead.value is not None:
                lead_refs.append(Reference(float(b_lead.value), self.tr("baseline {month}: {value}").format(
                    month=str(base_month), value=texts.value_text(b_lead)), BASELINE))
            if b_value is not None and b_value.value is not None:
                goal = dashboard.inventory_goal(b_value.value, INVENTORY_REDUCTION_PCT)
                value_refs.append(Reference(float(b_value.value), self.tr("baseline {month}: {value}").format(
                    month=str(base_month), value=_money(b_value.value)), BASELINE))
                value_refs.append(Reference(float(goal), self.tr("goal −{pct} %: {value}").format(
                    pct=texts.number(INVENTORY_REDUCTION_PCT), value=_money(goal)), TARGET))
                now = value[-1]
                if now.value is not None and b_value.value:
                    change = (now.value - b_value.value) * 100 / b_value.value
                    notes.append(self.tr("Inventory {change} % against {month}.").format(
                        change=texts.number(change, 1), month=str(base_month)))
            else:
                why = texts.explain(b_value) if b_value is not None else ""
                notes.append(self.tr("The baseline month's inventory value is missing: {why}").format(why=why))
            if b_lead is not None and b_lead.value is None:
                notes.append(self.tr("The baseline month's lead time is missing: {why}").format(
                    why=texts.explain(b_lead)))
            elif b_lead is not None and lead[-1].value is not None:
                notes.append(self.tr("Lead time {now} days now, {base} days in {month}, target {target}.").format(
                    now=texts.number(lead[-1].value, 1), base=texts.number(b_lead.value, 1), month=str(base_month),
                    target=texts.target_text(lead[-1]) or "—"))
        self.tracker_note.setText(" ".join(notes))
        months = {v.month for v in shown}
        self.lead_chart.set_points([p for p in self._points("order_lead_time_days") if p.key in months], lead_refs,
                                   axis_text=lambda v: f"{v:g}", highlight=base_month)
        money_points = [Point(v.month, str(v.month), None if v.value is None else float(v.value), _money(v.value)
                              if v.value is not None else "—", texts.explain(v)) for v in value if v.month in months]
        self.value_chart.set_points(money_points, value_refs, axis_text=lambda v: _money(round(v)),
                                    highlight=base_month)
        self._fill_baseline_box()

    def _fill_baseline_box(self) -> None:
        self.baseline_box.blockSignals(True)
        self.baseline_box.clear()
        self.baseline_box.addItem(self.tr("(none)"), None)
        month = Month.of(self.factory_today)
        for _ in range(36):
            month = month.prev()
            self.baseline_box.addItem(str(month), month)
        current = self.baseline.month if self.baseline else None
        idx = self.baseline_index(current)
        if idx < 0:
            self.baseline_box.addItem(str(current), current)
            idx = self.baseline_box.count() - 1
        self.baseline_box.setCurrentIndex(idx)
        self.baseline_box.blockSignals(False)
        self.baseline_box.setEnabled(self.can_edit_baseline)
        self.baseline_save.setEnabled(False)

    def baseline_index(self, month: Month | None) -> int:
        """The combo row of `month` (findData does not compare Python values), -1 if absent."""
        return next((n for n in range(self.baseline_box.count()) if self.baseline_box.itemData(n) == month), -1)

    def _baseline_edited(self, _index: int) -> None:
        current = self.baseline.month if self.baseline else None
        self.baseline_save.setEnabled(self.can_edit_baseline and self.baseline_box.currentData() != current)

    def save_baseline(self) -> None:
        month = self.baseline_box.currentData()
        version = self.baseline.version if self.baseline else None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConflictError):
                self.tracker_note.setText(self.tr("Someone else changed the baseline month just now: it is shown "
                                                  "again as saved."))
                self.load()
                return
            self.ctx.show_error(self, exc)

        self.baseline_save.setEnabled(False)
        self.ctx.mutate(lambda s, a: dashboard.set_baseline_month(s, a, month, version), Changes(),
                        lambda _r: self.load(), parent=self, initiator=self, on_error=failed)

    def _show_inventory(self) -> None:
        inv = self.inventory
        s = inv.summary
        self.class_chart.set_bars([
            Bar(k, self.tr("Class {abc}").format(abc=k),
                (Segment(k, float(s.abc_value[k]), CLASS_COLORS[k]),),
                self.tr("{value} · {items} items").format(value=_money(s.abc_value[k]), items=s.abc_items[k]))
            for k in "ABC"])
        names = {"none": self.tr("no use in 90 days"), "0-7": self.tr("under 7 days"), "7-30": self.tr("7–30 days"),
                 "30-90": self.tr("30–90 days"), "90+": self.tr("90 days or more")}
        self.supply_chart.set_bars([
            Bar(b, names[b], (Segment(b, inv.bucket_items[b], QColor("#7a5af8")),),
                self.tr("{items} items · {value}").format(items=inv.bucket_items[b], value=_money(inv.bucket_value[b])))
            for b in SUPPLY_BUCKETS])
        self.problem_chart.set_bars([
            Bar("slow", self.tr("Slow-moving"), (Segment("slow", s.slow_moving, QColor("#f79009")),),
                self.tr("{items} items · {value}").format(items=s.slow_moving, value=_money(s.slow_value))),
            Bar("excess", self.tr("Excess"), (Segment("excess", s.excess, QColor("#dc6803")),),
                self.tr("{items} items · {value} excess").format(items=s.excess, value=_money(s.excess_value))),
            Bar("below_safety", self.tr("Below safety stock"), (Segment("below_safety", s.below_safety,
                                                                          QColor("#d92d20")),),
                self.tr("{items} items").format(items=s.below_safety)),
        ])

    # -- drill-down --------------------------------------------------------------------

    def drill_risk(self, key) -> None:
        risk, status = key if isinstance(key, tuple) else (key, None)
        today, now = self.today, self.now
        title = labels.risk(risk) + (" · " + labels.status(status) if status else "")
        self.drill.show_orders(title, lambda s, a: dashboard.panorama_lines(s, a, DeliveryRisk(risk),
                                                                            OrderStatus(status) if status else None,
                                                                            today=today, now=now))

    def drill_on_time(self, month: Month) -> None:
        today = self.today
        self.drill.show_due(self.tr("Order lines due in {month}").format(month=str(month)),
                            lambda s, a: dashboard.lines_due(s, a, month, today=today))

    def drill_lead_time(self, month: Month) -> None:
        self.drill.show_delivered(self.tr("Order lines delivered in {month}").format(month=str(month)),
                                  lambda s, a: dashboard.lines_delivered(s, a, month))

    def drill_inventory_value(self, month: Month) -> None:
        today = self.today
        self.drill.show_stock(self.tr("Stock at the end of {month} at standard cost").format(month=str(month)),
                              lambda s, a: dashboard.month_end_stock(s, a, month, today=today))

    def drill_health(self, kind: str, key: str) -> None:
        now = self.now
        titles = {"class": self.tr("Items of class {abc}").format(abc=key), "slow": self.tr("Slow-moving items"),
                  "excess": self.tr("Items with excess stock"), "below_safety": self.tr("Items below safety stock"),
                  "supply": self.tr("Items in stock by days of supply: {range}").format(range=key)}
        self.drill.show_items(titles[kind], lambda s, a: dashboard.health_list(s, a, kind, key, now=now))

    def drill_kpi(self, kpi_id: str) -> None:
        if self.series is None:
            return
        self.drill.show_kpi(texts.name(kpi_id), self.series[kpi_id])
