"""Exports of the Inventory tab's lists as they are on screen (services.exports.FILTERED).

The screen hands File → Export an `ExportRequest(kind, filters)`; `filters` is a plain dict
(strings, booleans, lists), built and read by the functions below so that the screen and
its export agree on every key:

- "on-hand"    search, kinds (item kinds), below_safety_only, short_only, with_stock_only,
               sort, descending (services.inventory.StockFilter / StockSort). The stock-count
               layout, one row per item and location, items in the list's order: it
               re-imports as a count with no difference. An item with no stock anywhere has
               no location to count at and has no row. No filters: every balance.
- "health"     search, below_safety_only, slow_only, excess_only, classes, sort, descending,
               now (ISO moment the screen computed at, so the figures are the same).
- "shortages"  search, uncovered_only, cure ("buy" / "make"): the shortage rows on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.excel import Column
from sopdesk.excel.writer import columns_for
from sopdesk.models import ItemKind, Location, StockBalance

from . import inventory, inventory_health
from .exports import ITEM_KIND_LABELS, SHORTAGE_COLUMNS, Export
from .inventory_common import MAX_PAGE
from .inventory_drilldown import ShortageFilter, shortage_list
from .inventory_health import HealthFilter, HealthSort
from .inventory_shortage import ShortageRow
from .permissions import Actor, Permission, require

# -- the filters on screen as plain values ---------------------------------------------------


def stock_filters(flt: inventory.StockFilter, sort: inventory.StockSort) -> dict[str, Any]:
    return {"search": flt.search, "kinds": sorted(str(k) for k in flt.kinds), "core_only": flt.core_only,
            "below_safety_only": flt.below_safety_only, "short_only": flt.short_only,
            "with_stock_only": flt.with_stock_only, "sort": sort.key, "descending": sort.descending}


def stock_query(filters: Mapping[str, Any]) -> tuple[inventory.StockFilter, inventory.StockSort]:
    flt = inventory.StockFilter(
        search=str(filters.get("search") or ""), kinds=frozenset(ItemKind(k) for k in filters.get("kinds") or ()),
        core_only=bool(filters.get("core_only")), below_safety_only=bool(filters.get("below_safety_only")),
        short_only=bool(filters.get("short_only")), with_stock_only=bool(filters.get("with_stock_only")))
    return flt, inventory.StockSort(str(filters.get("sort") or "code"), bool(filters.get("descending")))


def health_filters(flt: HealthFilter, sort: HealthSort, now: dt.datetime) -> dict[str, Any]:
    return {"search": flt.search, "below_safety_only": flt.below_safety_only, "slow_only": flt.slow_only,
            "excess_only": flt.excess_only, "classes": sorted(flt.classes), "sort": sort.key,
            "descending": sort.descending, "now": now.isoformat()}


def health_query(filters: Mapping[str, Any]) -> tuple[HealthFilter, HealthSort, dt.datetime | None]:
    flt = HealthFilter(
        search=str(filters.get("search") or ""), below_safety_only=bool(filters.get("below_safety_only")),
        slow_only=bool(filters.get("slow_only")), excess_only=bool(filters.get("excess_only")),
        classes=frozenset(filters.get("classes") or ()))
    now = filters.get("now")
    return (flt, HealthSort(str(filters.get("sort") or "code"), bool(filters.get("descending"))),
            dt.datetime.fromisoformat(now) if now else None)


def shortage_filters(flt: ShortageFilter) -> dict[str, Any]:
    return {"search": flt.search, "uncovered_only": flt.uncovered_only, "cure": flt.cure}


def shortage_query(filters: Mapping[str, Any]) -> ShortageFilter:
    return ShortageFilter(search=str(filters.get("search") or ""),
                          uncovered_only=bool(filters.get("uncovered_only")), cure=str(filters.get("cure") or ""))


# -- builders (fn(session, actor, filters) -> Export) ----------------------------------------


def _all_stock(session: Session, actor: Actor, flt, sort) -> list[inventory.StockRow]:
    rows: list[inventory.StockRow] = []
    while True:
        page = inventory.fetch_stock(session, actor, flt, sort, len(rows), MAX_PAGE)
        rows.extend(page)
        if len(page) < MAX_PAGE:
            return rows


def export_on_hand(session: Session, actor: Actor, filters: Mapping[str, Any]) -> Export:
    require(actor, Permission.STOCK_VIEW)
    if not filters:  # the whole list (the command line): every balance, streamed
        from .exports import _QUERIES, _count, _stream

        stmt, convert = _QUERIES["on-hand"]()
        return Export("on-hand", columns_for("stock-count"), (convert(r) for r in _stream(session, stmt)),
                      _count(session, stmt))
    flt, sort = stock_query(filters)
    items = _all_stock(session, actor, flt, sort)
    by_item: dict = {}
    ids = [r.item_id for r in items]
    for start in range(0, len(ids), 500):
        stmt = (select(StockBalance.item_id, Location.code, StockBalance.qty)
                .join(Location, Location.id == StockBalance.location_id)
                .where(StockBalance.item_id.in_(ids[start:start + 500])).order_by(Location.code))
        for item_id, location, qty in session.execute(stmt):
            by_item.setdefault(item_id, []).append((location, qty))
    out = [(r.code, r.name, r.unit, location, qty, None, None)
           for r in items for location, qty in by_item.get(r.item_id, ())]
    return Export("on-hand", columns_for("stock-count"), iter(out), len(out))


HEALTH_COLUMNS = [
    Column("code", "物料编码"), Column("name", "物料名称"), Column("kind", "类别", "enum", ITEM_KIND_LABELS),
    Column("unit", "单位"), Column("on_hand", "现存量", "qty"), Column("safety_stock", "安全库存", "qty"),
    Column("below_safety", "低于安全库存", "bool"), Column("shortfall", "安全库存缺口", "qty"),
    Column("daily_use", "日均消耗", "qty"), Column("days_of_supply", "可用天数", "qty"),
    Column("last_move_at", "最后出入库日期", "date"), Column("slow_moving", "呆滞", "bool"),
    Column("excess_qty", "超储数量", "qty"), Column("value", "库存金额", "price"), Column("abc", "ABC分类"),
]


def _health_rows(session: Session, actor: Actor, flt, sort, now) -> Iterator[tuple]:
    offset = 0
    while True:
        page = inventory_health.fetch_health(session, actor, flt, sort, offset, MAX_PAGE, now=now)
        for r in page:
            last = r.last_move_at.astimezone().date() if r.last_move_at else None
            yield (r.code, r.name, str(r.kind), r.unit, r.on_hand, r.safety_stock, r.below_safety, r.shortfall,
                   r.daily_use, r.days_of_supply, last, r.slow_moving, r.excess_qty, r.value, r.abc)
        if len(page) < MAX_PAGE:
            return
        offset += MAX_PAGE


def export_health(session: Session, actor: Actor, filters: Mapping[str, Any]) -> Export:
    require(actor, Permission.STOCK_VIEW)
    flt, sort, now = health_query(filters)
    now = now or dt.datetime.now(dt.UTC)
    total = inventory_health.count_health(session, actor, flt, now=now)
    return Export("health", HEALTH_COLUMNS, _health_rows(session, actor, flt, sort, now), total)


def shortage_tuple(r: ShortageRow) -> tuple:
    return (r.code, r.name, str(r.kind), r.unit, "自制" if r.make else "采购", r.required, r.available, r.short_qty,
            r.covered_qty, r.uncovered_qty, r.first_need_date, r.covered_by, r.late,
            ", ".join(f"{c.number} {c.date:%Y-%m-%d}" for c in r.covers),
            ", ".join(sorted({d.number for d in r.demands})))


def export_shortages(session: Session, actor: Actor, filters: Mapping[str, Any]) -> Export:
    rows = [shortage_tuple(r) for r in shortage_list(session, actor, shortage_query(filters))]
    return Export("shortages", SHORTAGE_COLUMNS, iter(rows), len(rows))

