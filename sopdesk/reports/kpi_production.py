"""Output value (产量), the production department's own KPI.

The good quantity reported in the month (OUTPUT moves: a shop-floor report 报工 or a
completion 完工入库, net of reversals, dated in the month) valued at the item's standard cost
(today's, as the inventory value is). detail["by_product"] lists each product's quantity and
value, largest value first. Summed per month and item on the ledger's date index, multiplied
in Python (exact).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from sopdesk.models import Item, MoveType, StockMove
from sopdesk.models.types import PRICE_SCALE
from sopdesk.services.inventory_common import BY_DATE, RawNumbers, indexed_by

from .kpi_common import NO_STOCK_YET, Figure, edges, month_index, stock_recorded_by

M = StockMove
OUTPUT_FORMULA = "good quantity reported in {month} x standard cost = {output}, {products} products"


@dataclass(frozen=True)
class ProductOutput:
    code: str
    name: str
    unit: str
    qty: Decimal
    value: Decimal


def output_value(ctx, months) -> list[Figure]:
    raw = RawNumbers(ctx.session)
    edge = edges(ctx)
    idx = month_index(M.moved_at, edge)
    stmt = (select(idx, raw.key(M.item_id), raw.number(func.sum(M.qty)))
            .where(M.moved_at >= edge[0], M.moved_at < edge[-1], M.move_type == MoveType.OUTPUT)
            .group_by(idx, M.item_id))
    rows = ctx.session.connection().execute(indexed_by(stmt, M, BY_DATE)).all()
    keys = {key for _k, key, _q in rows}
    items = {}
    if keys:
        for key, cost, code, name, unit in ctx.session.connection().execute(
                select(raw.key(Item.id), raw.number(Item.standard_cost, PRICE_SCALE), Item.code, Item.name,
                       Item.unit)):
            if key in keys:
                items[key] = (cost, code, name, unit)
    per_month: list[dict] = [{} for _ in months]
    for k, key, qty in rows:
        per_month[k][key] = qty
    out = []
    for k, month in enumerate(months):
        if not stock_recorded_by(ctx, k):
            out.append(Figure(None, missing=NO_STOCK_YET, missing_params={"month": str(month)}))
            continue
        products = []
        total = 0
        for key, qty in per_month[k].items():
            cost, code, name, unit = items[key]
            total += qty * cost
            if qty:
                products.append(ProductOutput(code, name, unit, raw.qty(qty), raw.money(qty * cost)))
        products.sort(key=lambda p: (-p.value, p.code))
        value = raw.money(total)
        out.append(Figure(value, numerator=value, params={"output": value, "products": len(products)},
                          detail={"by_product": products}))
    return out
