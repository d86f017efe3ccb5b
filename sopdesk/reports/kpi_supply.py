"""Supply KPIs.

purchase_cost (采购成本)
    the value received in the month at the purchase order price: RECEIPT moves against PO
    lines (ref purchase_order_line) dated in the month, net of reversals, times
    PurchaseOrderLine.unit_price. Receipts without a PO line are not purchases and not counted.
on_time_arrival (原材料及时到货率)
    PO lines due (expected_date) in the month, of confirmed POs or later, fully received by
    their expected date, over those received or overdue: reports/supplier_kpi.py with no
    grace days (pending lines are not counted).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from sopdesk.models import MoveType, PurchaseOrderLine, StockMove
from sopdesk.models.types import PRICE_SCALE
from sopdesk.services.inventory_common import BY_DATE, RawNumbers, indexed_by

from .kpi_common import NO_STOCK_YET, Figure, edges, month_index, percent, stock_recorded_by
from .supplier_kpi import supplier_on_time

M, PL = StockMove, PurchaseOrderLine
REF_PO_LINE = "purchase_order_line"
PURCHASE_FORMULA = "received in {month} x purchase order price = {purchase}"
ARRIVAL_FORMULA = ("PO lines due in {month} fully received by the expected date "
                   "{on_time} / ({on_time} + late {late}) x 100")
NO_PO_LINES_DUE = "no purchase order lines are due in {month}"
PO_NOT_DUE_YET = "{pending} purchase order lines due in {month} are not due yet"


def purchase_cost(ctx, months) -> list[Figure]:
    raw = RawNumbers(ctx.session)
    edge = edges(ctx)
    idx = month_index(M.moved_at, edge)
    stmt = (select(idx, raw.number(PL.unit_price, PRICE_SCALE), raw.number(func.sum(M.qty)))
            .select_from(M).join(PL, PL.id == M.ref_id)
            .where(M.moved_at >= edge[0], M.moved_at < edge[-1], M.move_type == MoveType.RECEIPT,
                   M.ref_type == REF_PO_LINE)
            .group_by(idx, PL.unit_price))
    totals = [0] * len(months)
    for k, price, qty in ctx.session.connection().execute(indexed_by(stmt, M, BY_DATE)):
        totals[k] += qty * price
    out = []
    for k, month in enumerate(months):
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        value = raw.money(totals[k])
        out.append(Figure(value, numerator=value, params={"purchase": value}))
    return out


def on_time_arrival(ctx, months) -> list[Figure]:
    report = supplier_on_time(ctx.session, ctx.actor, months[0], months[-1], today=ctx.today)
    out = []
    for month, row in zip(months, report.totals, strict=True):
        params = {"on_time": row.on_time, "late": row.late, "pending": row.pending}
        if not row.counted:
            why = PO_NOT_DUE_YET if row.pending else NO_PO_LINES_DUE
            out.append(Figure(None, params=params, missing=why,
                              missing_params={"month": str(month), "pending": row.pending}, detail=params))
            continue
        out.append(Figure(percent(row.on_time, row.counted), numerator=Decimal(row.on_time),
                          denominator=Decimal(row.counted), params=params, detail=dict(params)))
    return out
