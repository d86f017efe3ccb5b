"""Supply's page of the Demand review tab: the key materials of the products in scope with
the computed proposal (on hand, open POs, lead time, from when new orders arrive, how much a
month, guaranteed or not, price) for supply to confirm or correct
(services.demand_review_supply.save_materials; submitting confirms every row as it stands)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sopdesk.services import demand_review_supply as supply_svc
from sopdesk.services.demand_review_common import INPUT_STATUSES, load_cycle
from sopdesk.services.demand_review_supply import MaterialInput
from sopdesk.services.permissions import Permission

from .common import cell
from .inputs import InputPage
from .messages import parse_qty, qty, tr

YES, NO = QT_TRANSLATE_NOOP("DemandReview", "yes"), QT_TRANSLATE_NOOP("DemandReview", "no")


class SupplyPage(InputPage):
    COLUMNS = (
        QT_TRANSLATE_NOOP("DemandReview", "Material"), QT_TRANSLATE_NOOP("DemandReview", "Name"),
        QT_TRANSLATE_NOOP("DemandReview", "Supplier"), QT_TRANSLATE_NOOP("DemandReview", "On hand"),
        QT_TRANSLATE_NOOP("DemandReview", "Open POs"), QT_TRANSLATE_NOOP("DemandReview", "Lead days"),
        QT_TRANSLATE_NOOP("DemandReview", "New orders from"), QT_TRANSLATE_NOOP("DemandReview", "Per month"),
        QT_TRANSLATE_NOOP("DemandReview", "Guaranteed"), QT_TRANSLATE_NOOP("DemandReview", "Unit price"),
        QT_TRANSLATE_NOOP("DemandReview", "Used by"), QT_TRANSLATE_NOOP("DemandReview", "Confirmed by"),
        QT_TRANSLATE_NOOP("DemandReview", "Note"),
    )
    EDITABLE = frozenset({5, 7, 8, 9, 12})
    REFRESH_TEXT = QT_TRANSLATE_NOOP("DemandReview", "Take today's stock and POs")
    REFRESH_TIP = QT_TRANSLATE_NOOP("DemandReview", "Every row gets today's on-hand and open purchase orders; the rows nobody confirmed get a new proposal")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, ctx.actor.can(Permission.DEMAND_SUBMIT_SUPPLY), parent)

    @staticmethod
    def refresh_call(s, a, cycle_id):
        return supply_svc.refresh(s, a, cycle_id)

    @staticmethod
    def fetch(s, a, cycle_id):
        return supply_svc.materials(s, a, cycle_id), load_cycle(s, cycle_id).status in INPUT_STATUSES

    def fill_row(self, m, editable):
        guaranteed = "" if m.guaranteed is None else tr(YES if m.guaranteed else NO)
        used = ", ".join(f"{code} ×{qty(per)}" for code, per in m.products)
        confirmed = (m.submitted_by_name or "") if m.confirmed else self.tr("proposal")
        return [cell(m.code), cell(m.name, tip=m.unit), cell(m.supplier_name or ""), cell(qty(m.on_hand), right=True),
                cell(qty(m.open_po), right=True,
                     tip=", ".join(f"{d:%Y-%m}: {qty(q)}" for d, q in m.arrivals) or None),
                cell("" if m.lead_days is None else str(m.lead_days), editable=editable, right=True),
                cell(m.available_date.isoformat() if m.available_date else ""),
                cell(qty(m.available_qty), editable=editable, right=True,
                     tip=self.tr("Empty: new orders are not limited")),
                cell(guaranteed, editable=editable, tip=self.tr("yes, no or empty (not said)")),
                cell(qty(m.unit_price), editable=editable, right=True), cell(used), cell(confirmed),
                cell(m.comment or "", editable=editable)]

    def entry(self, r: int) -> MaterialInput:
        m = self.rows[r]
        lead = self.text(r, 5)
        guaranteed = self.text(r, 8).lower()
        yes, no = {"yes", "y", tr(YES).lower(), "是"}, {"no", "n", tr(NO).lower(), "否"}
        if guaranteed and guaranteed not in yes | no:
            raise ValueError(self.tr("{0}: guaranteed is yes, no or empty").format(m.code))
        if lead and not lead.isdigit():
            raise ValueError(self.tr("{0}: lead days is a whole number of days").format(m.code))
        return MaterialInput(m.item_id, m.version, int(lead) if lead else None, parse_qty(self.text(r, 7)),
                             None if not guaranteed else guaranteed in yes, parse_qty(self.text(r, 9)),
                             self.text(r, 12) or None)

    @staticmethod
    def save_call(s, a, cycle_id, entries):
        return supply_svc.save_materials(s, a, cycle_id, entries)

    def no_permission_text(self) -> str:
        return self.tr("Only supply and managers confirm the key materials")

    def hint_text(self) -> str:
        if not self.rows:
            return self.tr("No key materials: the products in scope have no bought components in their bills of "
                           "materials.")
        return self.tr("Correct the lead time, what new orders can bring a month, whether supply guarantees it, the "
                       "price or the note, then save; rows nobody corrected count as confirmed when supply submits.")
