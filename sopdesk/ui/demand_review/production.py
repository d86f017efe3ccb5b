"""Production's page of the Demand review tab: per work center and month the working days,
the capacity without and after maintenance (the windows of the month listed) and the most
each product could come to; production confirms or corrects the capacity after maintenance
(services.demand_review_production.save_capacities)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sopdesk.services import demand_review_production as prod_svc
from sopdesk.services.demand_review_common import INPUT_STATUSES, load_cycle
from sopdesk.services.demand_review_production import CapacityEntry
from sopdesk.services.permissions import Permission

from .common import cell
from .inputs import InputPage
from .messages import month_text, parse_qty, qty


class ProductionPage(InputPage):
    COLUMNS = (
        QT_TRANSLATE_NOOP("DemandReview", "Work center"), QT_TRANSLATE_NOOP("DemandReview", "Month"),
        QT_TRANSLATE_NOOP("DemandReview", "Working days"), QT_TRANSLATE_NOOP("DemandReview", "Capacity"),
        QT_TRANSLATE_NOOP("DemandReview", "After maintenance"), QT_TRANSLATE_NOOP("DemandReview", "Maintenance"),
        QT_TRANSLATE_NOOP("DemandReview", "Max output per product"), QT_TRANSLATE_NOOP("DemandReview", "Confirmed by"),
        QT_TRANSLATE_NOOP("DemandReview", "Note"),
    )
    EDITABLE = frozenset({4, 8})
    REFRESH_TEXT = QT_TRANSLATE_NOOP("DemandReview", "Take today's calendar and maintenance")
    REFRESH_TIP = QT_TRANSLATE_NOOP("DemandReview", "The rows nobody confirmed are computed again from the calendar and the maintenance windows as they are now")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, ctx.actor.can(Permission.DEMAND_SUBMIT_PRODUCTION), parent)

    @staticmethod
    def refresh_call(s, a, cycle_id):
        return prod_svc.refresh(s, a, cycle_id)

    @staticmethod
    def fetch(s, a, cycle_id):
        return prod_svc.capacities(s, a, cycle_id), load_cycle(s, cycle_id).status in INPUT_STATUSES

    def fill_row(self, c, editable):
        windows = "; ".join(self.tr("{first}..{last} at {percent} %").format(
            first=f"{w.first:%m-%d}", last=f"{w.last:%m-%d}", percent=qty(w.percent)) + (f" ({w.reason})" if w.reason
                                                                                        else "")
            for w in c.maintenance)
        outputs = ", ".join(f"{p.code} ≤ {qty(p.max_output)}" for p in c.products)
        confirmed = (c.submitted_by_name or "") if c.confirmed else self.tr("proposal")
        return [cell(c.code, tip=c.name), cell(month_text(c.month)),
                cell("" if c.working_days is None else str(c.working_days), right=True),
                cell(f"{qty(c.max_qty)} {c.unit}", right=True),
                cell(qty(c.available_qty), editable=editable, right=True, tip=c.unit),
                cell(windows, tip=windows or None), cell(outputs, tip=outputs or None), cell(confirmed),
                cell(c.maintenance_note or "", editable=editable)]

    def entry(self, r: int) -> CapacityEntry:
        c = self.rows[r]
        return CapacityEntry(c.work_center_id, c.month, c.version, parse_qty(self.text(r, 4)), self.text(r, 8))

    @staticmethod
    def save_call(s, a, cycle_id, entries):
        return prod_svc.save_capacities(s, a, cycle_id, entries)

    def no_permission_text(self) -> str:
        return self.tr("Only production and managers confirm the capacity")

    def hint_text(self) -> str:
        if not self.rows:
            return self.tr("No work centers: the products in scope are not assigned to a work center with a "
                           "capacity.")
        return self.tr("The capacity after maintenance is what the month can make; correct it if you know better "
                       "and save. Products on one work center share it.")
