"""Master data of the demo factory: rows for the database and a compact model for the
simulation (items indexed by position, quantities as integers of 0.0001)."""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sopdesk.models import ItemKind, LocationKind

from . import catalog as cat
from .rows import Ids, Q, money, stamp

WORKDAYS_PER_MONTH = 24


@dataclass
class PItem:
    """One item as the simulation sees it."""

    idx: int
    code: str
    id: uuid.UUID
    kind: ItemKind
    loc: int  # 0 raw, 1 wip, 2 finished
    unit: str
    std_cost: Decimal
    price: Decimal
    wc: int | None = None
    rate: int = 0  # units per shift on one cell
    scrap: float = 0.0
    comps: list[tuple[int, int]] = field(default_factory=list)  # (item idx, scaled qty per unit)
    monthly_use: float = 0.0  # scaled quantity used (or sold) per month at the current level
    safety: int = 0  # scaled
    lead_days: int = 0
    supplier: int | None = None
    pack: int = Q  # scaled order multiple
    is_core: bool = False
    mto: bool = False  # made to order (one work order per order line)
    line_qty: int = 0  # typical order-line quantity in units (finished goods)
    name: str = ""
    spec: str = ""


@dataclass
class PWorkCenter:
    idx: int
    code: str
    name: str
    id: uuid.UUID
    per_day: int  # units
    cells: int


@dataclass
class Plant:
    items: list[PItem]
    by_code: dict[str, PItem]
    work_centers: list[PWorkCenter]
    wc_by_code: dict[str, PWorkCenter]
    location_ids: list[uuid.UUID]
    supplier_ids: list[uuid.UUID]
    supplier_lead: list[int]
    supplier_names: list[str]
    customer_ids: list[uuid.UUID]
    customer_names: list[str]
    customer_weight: list[float]
    customer_key: list[bool]
    buyers: dict[int, list[int]]  # finished item idx -> customer indexes
    holidays: dict[dt.date, str]
    maintenance: list[tuple[int, dt.date, dt.date, Decimal, str]]
    rows: dict[str, list[dict]]  # table name -> rows, in insertion order

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 6 and day not in self.holidays

    def capacity_factor(self, wc: int, day: dt.date) -> float:
        for w, start, end, factor, _ in self.maintenance:
            if w == wc and start <= day <= end:
                return float(factor)
        return 1.0


def holidays_for(years: range) -> dict[dt.date, str]:
    days: dict[dt.date, str] = {}
    for y in years:
        days[dt.date(y, 1, 1)] = "元旦"
        cny = cat.SPRING_FESTIVAL.get(y, dt.date(y, 2, 1))
        for k in range(-2, 7):
            days[cny + dt.timedelta(days=k)] = "春节"
        for k in range(1, 6):
            days[dt.date(y, 5, k)] = "劳动节"
        for k in range(1, 8):
            days[dt.date(y, 10, k)] = "国庆节"
    return dict(sorted(days.items()))


def build(ids: Ids, rng: random.Random, volume: float, n_customers: int, start: dt.date,
          today: dt.date, created: dt.datetime, admin: uuid.UUID | None) -> Plant:
    rows: dict[str, list[dict]] = {}

    def versioned(table: str, row: dict) -> dict:
        rows.setdefault(table, []).append(stamp(row, created, admin))
        return row

    sup_index = {}
    for i, (code, name, contact, phone, addr, lead) in enumerate(cat.SUPPLIERS):
        versioned("supplier", dict(id=ids(), code=code, name=name, contact=contact, phone=phone,
                                   address=addr, lead_days=lead, active=True, note=None))
        sup_index[code] = i
    suppliers = rows["supplier"]

    customers = [list(c) for c in cat.CUSTOMERS]
    seen = {c[1] for c in customers}
    while len(customers) < n_customers:
        city, brand, trade = rng.choice(cat.CITIES), rng.choice(cat.BRANDS), rng.choice(cat.TRADES)
        name = f"{city}{brand}{trade}有限公司"
        if name in seen:
            continue
        seen.add(name)
        n = len(customers) + 1
        customers.append([f"C{n:03d}", name, "采购部", f"0{rng.randint(510, 579)}-{rng.randint(5000000, 8999999)}",
                          f"{city}市", rng.random() < 0.08])
    weights = []
    for code, name, contact, phone, city, key in customers:
        versioned("customer", dict(id=ids(), code=code, name=name, contact=contact, phone=phone,
                                   address=city, is_key_account=key, active=True, note=None))
        weights.append((3.0 if key else 1.0) * rng.uniform(0.5, 1.5))

    loc_rows = [("RAW", "原材料仓", LocationKind.RAW), ("WIP", "半成品仓", LocationKind.WIP),
                ("FINISHED", "成品仓", LocationKind.FINISHED)]
    for code, name, kind in loc_rows:
        versioned("location", dict(id=ids(), code=code, name=name, kind=kind, non_negative=True,
                                   active=True))

    wcs = []
    for i, (code, name, per_day, cells) in enumerate(cat.WORK_CENTERS):
        per_day = int(round(per_day * volume))
        wc = PWorkCenter(i, code, name, ids(), per_day, max(1, math.ceil(cells * volume)))
        wcs.append(wc)
        versioned("work_center", dict(id=wc.id, code=code, name=name, capacity_per_day=Decimal(per_day),
                                      capacity_unit="件", hours_per_day=Decimal(cat.HOURS_PER_DAY), active=True))
    wc_by_code = {w.code: w for w in wcs}

    items: list[PItem] = []
    for code, name, spec, unit, cost, sup, pack in cat.RAW:
        items.append(PItem(len(items), code, ids(), ItemKind.RAW, 0, unit, money(cost), Decimal(0),
                           supplier=sup_index[sup], lead_days=cat.SUPPLIERS[sup_index[sup]][5],
                           pack=pack * Q, name=name, spec=spec))
    for code, kind, name, spec, unit, cost, price, wc, rate, scrap in cat.MADE:
        kind = ItemKind(kind)
        it = PItem(len(items), code, ids(), kind, 2 if kind == ItemKind.FINISHED else 1, unit,
                   money(cost), money(price), wc=wc_by_code[wc].idx, rate=rate, scrap=float(scrap),
                   is_core=code in cat.CORE, name=name, spec=spec)
        if kind == ItemKind.FINISHED:
            it.mto = not it.is_core
            base, it.line_qty = cat.FG_DEMAND[code]
            it.monthly_use = base * volume * Q
        items.append(it)
    by_code = {it.code: it for it in items}

    bom_rows = []
    for parent, comps in cat.BOM.items():
        p = by_code[parent]
        for comp, qty_per, scrap in comps:
            c = by_code[comp]
            p.comps.append((c.idx, int(Decimal(qty_per) * Q)))
            bom_rows.append(stamp(dict(id=ids(), parent_id=p.id, component_id=c.id,
                                       qty_per=Decimal(qty_per), scrap_rate=Decimal(scrap)), created, admin))
    # usage of every component at the current demand level, finished goods first
    level = {ItemKind.FINISHED: 0, ItemKind.SEMI: 1, ItemKind.RAW: 2}
    for it in sorted(items, key=lambda x: (level[x.kind], -int(x.code[1:]))):  # F, S2xx, S1xx, R
        for c, qp in it.comps:
            items[c].monthly_use += it.monthly_use * qp / Q

    for it in items:
        daily = it.monthly_use / WORKDAYS_PER_MONTH
        if it.kind == ItemKind.RAW:
            it.safety = _round_up(daily * 4, it.pack // 10 or Q)
        elif it.kind == ItemKind.SEMI:
            it.safety = _round_up(daily * 3, 10 * Q)
        elif it.is_core:
            it.safety = _round_up(daily * 4, 10 * Q)
        sup = suppliers[it.supplier]["id"] if it.supplier is not None else None
        versioned("item", dict(
            id=it.id, code=it.code, name=it.name, spec=it.spec, unit=it.unit, kind=it.kind,
            safety_stock=Decimal(it.safety).scaleb(-4), standard_cost=it.std_cost,
            sales_price=it.price, purchase_lead_days=it.lead_days, default_supplier_id=sup,
            is_core=it.is_core, active=True, **_planning_data(it, wcs),
            note="核心产品：先跑通需求评审与计划" if it.is_core else None))
    rows["bom_line"] = bom_rows

    buyers: dict[int, list[int]] = {}
    fgs = [it for it in items if it.kind == ItemKind.FINISHED]
    for ci in range(len(customers)):
        n = rng.randint(2, 5)
        for it in rng.sample(fgs, n):
            buyers.setdefault(it.idx, []).append(ci)
    for it in fgs:  # every product has at least three buyers, key accounts buy core products
        pool = buyers.setdefault(it.idx, [])
        for ci in rng.sample(range(len(customers)), 3):
            if ci not in pool:
                pool.append(ci)
        if it.is_core:
            for ci, c in enumerate(customers):
                if c[5] and ci not in pool:
                    pool.append(ci)
        pool.sort()

    holidays = holidays_for(range(start.year - 1, today.year + 2))
    rows["calendar_day"] = [dict(id=ids(), work_center_id=None, day=d, is_workday=False, note=n)
                            for d, n in holidays.items() if start.year <= d.year <= today.year + 1]
    maintenance = []
    for wc_code, offset, length, factor, reason in cat.MAINTENANCE:
        wc = wc_by_code[wc_code]
        first = today + dt.timedelta(days=offset)
        last = first + dt.timedelta(days=length - 1)
        maintenance.append((wc.idx, first, last, Decimal(factor), reason))
        versioned("maintenance_window", dict(id=ids(), work_center_id=wc.id, start_date=first,
                                             end_date=last, capacity_factor=Decimal(factor),
                                             reason=reason))
    return Plant(
        items=items, by_code=by_code, work_centers=wcs, wc_by_code=wc_by_code,
        location_ids=[r["id"] for r in rows["location"]],
        supplier_ids=[r["id"] for r in suppliers], supplier_lead=[s[5] for s in cat.SUPPLIERS],
        supplier_names=[s[1] for s in cat.SUPPLIERS],
        customer_ids=[r["id"] for r in rows["customer"]], customer_names=[c[1] for c in customers],
        customer_weight=weights, customer_key=[c[5] for c in customers], buyers=buyers,
        holidays=holidays, maintenance=maintenance, rows=rows,
    )


def _planning_data(it: PItem, wcs: list[PWorkCenter]) -> dict:
    """An item's production lead days, work center, rate and lot rule (catalog.py says why)."""
    if it.kind == ItemKind.RAW:
        packs = cat.MOQ_PACKS.get(cat.SUPPLIERS[it.supplier][0], 0)
        return dict(production_lead_days=0, work_center_id=None, rate_per_day=None, hours_per_unit=None,
                    min_lot=Decimal(it.pack * packs).scaleb(-4), lot_multiple=Decimal(it.pack).scaleb(-4))
    wc = wcs[it.wc]
    per_day = it.rate * cat.SHIFTS_PER_DAY
    hours = wc.code in cat.HOURS_PER_UNIT_CENTERS
    if it.kind == ItemKind.SEMI and wc.code == "WC-CAST":
        min_lot, multiple = _round_up(per_day, 10), 10
    elif it.kind == ItemKind.FINISHED and it.is_core:
        min_lot, multiple = _round_up(2 * it.line_qty, 10), 10
    else:
        min_lot, multiple = 0, 0
    return dict(
        production_lead_days=cat.PRODUCTION_LEAD_OVERRIDE.get(it.code, cat.PRODUCTION_LEAD_DAYS[wc.code]),
        work_center_id=wc.id, rate_per_day=None if hours else Decimal(per_day),
        hours_per_unit=(Decimal(cat.HOURS_PER_DAY) / per_day).quantize(Decimal("0.0001")) if hours else None,
        min_lot=Decimal(min_lot), lot_multiple=Decimal(multiple))


def _round_up(value: float, step: int) -> int:
    return max(step, int(math.ceil(value / step)) * step)
