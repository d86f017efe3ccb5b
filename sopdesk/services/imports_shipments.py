"""Planning an import of a factory's shipments (发货记录 / 发货台账): order no., line no. or item
code, quantity, ship date, location, optionally the shipment's own number (发货单号).

The rows become the same documents the ship dialog posts (services/shipping.post_shipment):
rows with the same shipment number are one document; without a number, the rows of one
customer, ship date and location are. Two rows of one order line in one document add up.

Everything is checked before anything is written, each problem named by row and column: an
unknown order, an order whose status cannot ship, a line number the order does not have (or
an item code that is on none of its lines, or on several still open: then the line number
is needed), more than is open on the line (counting the file's earlier rows), a location
that does not exist, a date after today, more than the location holds (when it may not go
negative), a shipment number already used by another shipment, or one number whose rows
name different customers, dates or locations.

Each document carries an operation id made from what it holds, so the same file imported
again changes nothing (its shipments count as unchanged). Undo reverses every move the
import posted; the order lines and statuses follow (services/stock_ops.reverse).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import (
    ImportBatch,
    Item,
    Location,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    StockBalance,
)

from . import settings, shipping
from .imports_plan import _Plan, _select_in, cell_error
from .permissions import Actor

OP_NAMESPACE = uuid.UUID("6f1c0f5e-2b9a-4a57-9a55-0d6c5b1f7e21")  # op ids of imported shipments
UNDO_MOVES = "moves"  # undo data: the moves posted, reversed with their document effect by an undo


@dataclass
class _Doc:
    """One shipment to post: its rows (file order), lines (order line -> qty), the key."""

    number: str | None
    customer_id: Any
    ship_date: dt.date
    location_id: Any
    rows: list[int] = field(default_factory=list)
    qty: dict[Any, Decimal] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def op_id(self) -> uuid.UUID:
        lines = ";".join(sorted(f"{k}={v.normalize():f}" for k, v in self.qty.items()))
        return uuid.uuid5(OP_NAMESPACE, f"{self.number or ''}|{self.customer_id}|{self.ship_date.isoformat()}|"
                                        f"{self.location_id}|{lines}")


def _norm(code: str | None) -> str:
    return (code or "").strip().casefold()


def plan_shipments(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    cols = parsed.columns
    n = len(parsed)
    order_nos = cols["order_no"]
    line_nos = cols.get("line_no") or [None] * n
    item_codes = cols.get("item_code") or [None] * n
    qtys, dates, loc_codes = cols["qty"], cols["ship_date"], cols["location"]
    numbers = cols.get("shipment_no") or [None] * n
    notes = cols.get("note") or [None] * n
    bad = {e.row for e in parsed.errors}
    row_no = parsed.row_numbers
    today = settings.factory_today(session)

    orders = {_norm(r.number): r for r in _select_in(
        session, [SalesOrder.id, SalesOrder.number, SalesOrder.status, SalesOrder.customer_id], SalesOrder.number,
        sorted({no.strip() for no in order_nos if no}))}
    lines_of: dict[Any, list[Any]] = defaultdict(list)
    for r in _select_in(session, [SalesOrderLine.id, SalesOrderLine.order_id, SalesOrderLine.line_no,
                                  SalesOrderLine.item_id, SalesOrderLine.qty, SalesOrderLine.shipped_qty,
                                  SalesOrderLine.short_closed_qty],
                        SalesOrderLine.order_id, [o.id for o in orders.values()]):
        lines_of[r.order_id].append(r)
    for ls in lines_of.values():
        ls.sort(key=lambda r: r.line_no)
    items = {_norm(r.code): r for r in _select_in(session, [Item.id, Item.code], Item.code,
                                                    sorted({c for c in item_codes if c}))}
    item_code_of = {r.id: r.code for r in _select_in(
        session, [Item.id, Item.code], Item.id, sorted({ln.item_id for ls in lines_of.values() for ln in ls}))}
    locs = {_norm(r.code): r for r in session.execute(
        select(Location.id, Location.code, Location.active, Location.non_negative))}
    open_left = {ln.id: ln.qty - ln.shipped_qty - ln.short_closed_qty for ls in lines_of.values() for ln in ls}

    # 1. each row: its order, line and location
    picked: list[tuple[int, Any, Any, Any]] = []  # (row, order, line, location)
    for i in range(n):
        if row_no[i] in bad or order_nos[i] is None or qtys[i] is None or dates[i] is None or loc_codes[i] is None:
            continue
        no = order_nos[i].strip()
        order = orders.get(_norm(no))
        if order is None:
            plan.errors.append(cell_error(parsed, i, "order_no", "unknown_order", "unknown order {number}", number=no))
            continue
        if order.status not in shipping.SHIPPABLE:
            plan.errors.append(cell_error(parsed, i, "order_no", "not_shippable", "{number} is {status} and cannot be "
                                          "shipped", number=order.number, status=order.status.value))
            continue
        line = _line(parsed, plan, i, order, lines_of[order.id], line_nos[i], item_codes[i], items, item_code_of,
                     open_left)
        loc = locs.get(_norm(loc_codes[i]))
        if loc is None:
            plan.errors.append(cell_error(parsed, i, "location", "unknown_location", "unknown location {code}",
                                          code=loc_codes[i]))
        elif not loc.active:
            plan.errors.append(cell_error(parsed, i, "location", "inactive", "location {code} is inactive",
                                          code=loc.code))
        if dates[i] > today:
            plan.errors.append(cell_error(parsed, i, "ship_date", "future_date", "{date} is after today",
                                          date=dates[i].isoformat()))
            continue
        if line is not None and loc is not None and loc.active:
            picked.append((i, order, line, loc))

    # 2. the documents: by shipment number, else by customer, date and location
    docs: dict[tuple, _Doc] = {}
    for i, order, line, loc in picked:
        number = numbers[i].strip() if numbers[i] else None
        key = ("no", number.casefold()) if number else ("by", order.customer_id, dates[i], loc.id)
        doc = docs.get(key)
        if doc is None:
            doc = docs[key] = _Doc(number, order.customer_id, dates[i], loc.id)
        elif (doc.customer_id, doc.ship_date, doc.location_id) != (order.customer_id, dates[i], loc.id):
            plan.errors.append(_differs(parsed, i, doc, order, dates[i], number, row_no[doc.rows[0]]))
            continue
        doc.rows.append(i)
        doc.qty[line.id] = doc.qty.get(line.id, Decimal(0)) + qtys[i]
        if notes[i] and notes[i] not in doc.notes:
            doc.notes.append(notes[i])

    # 3. imported (or exported) before: the same documents count as unchanged; a number used
    # by a shipment that holds something else is an error
    done = set(session.scalars(select(Shipment.op_id).where(
        Shipment.op_id.in_([d.op_id() for d in docs.values()])))) if docs else set()
    stored = _stored(session, [d.number for d in docs.values() if d.number])
    todo: list[_Doc] = []
    for doc in docs.values():
        same = stored.get(_norm(doc.number)) if doc.number else None
        if doc.op_id() in done or (same is not None and same == _content(doc)):
            plan.unchanged += len(doc.rows)
            continue
        if same is not None:
            for i in doc.rows:
                plan.errors.append(cell_error(parsed, i, "shipment_no", "duplicate_shipment",
                                              "shipment number {number} exists already with other lines",
                                              number=doc.number))
            continue
        todo.append(doc)

    # 4. quantities: never more than is open (earlier rows count), never more than the stock
    order_of = {o.id: o for o in orders.values()}
    picked_line = {i: line for i, _o, line, _l in picked}
    need: dict[tuple, Decimal] = defaultdict(Decimal)
    last_row: dict[tuple, int] = {}
    for doc in sorted(todo, key=lambda d: (d.ship_date, d.rows[0])):
        for i in doc.rows:
            line = picked_line[i]
            left = open_left[line.id]
            if qtys[i] > left:
                o = order_of[line.order_id]
                plan.errors.append(cell_error(parsed, i, "qty", "over_shipment",
                                              "only {qty} left to ship on {number} line {line_no}",
                                              qty=f"{left.normalize():f}", number=o.number, line_no=line.line_no))
                open_left[line.id] = Decimal(0)
                continue
            open_left[line.id] = left - qtys[i]
            key = (line.item_id, doc.location_id)
            need[key] += qtys[i]
            last_row[key] = i
    if need and not settings.get(session, "inventory.allow_negative"):
        held = {(r.item_id, r.location_id): r.qty for r in session.execute(
            select(StockBalance.item_id, StockBalance.location_id, StockBalance.qty)
            .where(StockBalance.item_id.in_(sorted({k[0] for k in need}, key=str))))}
        loc_by_id = {loc.id: loc for loc in locs.values()}
        for (item_id, loc_id), qty in need.items():
            loc = loc_by_id[loc_id]
            have = held.get((item_id, loc_id), Decimal(0))
            if loc.non_negative and qty > have:
                plan.errors.append(cell_error(parsed, last_row[(item_id, loc_id)], "qty", "insufficient_stock",
                                              "{item} at {location}: the file ships {qty}, on hand {on_hand}",
                                              item=item_code_of.get(item_id, ""), location=loc.code,
                                              qty=f"{qty.normalize():f}", on_hand=f"{have.normalize():f}"))
    if plan.errors:
        return
    plan.inserted = sum(len(d.qty) for d in todo)
    plan.counts["shipments_created"] = len(todo)
    if todo:
        plan.after_write.append(lambda s, batch_id: _post(s, actor, todo, parsed.file_name, batch_id))


def _differs(parsed: ParsedFile, i: int, doc: _Doc, order, ship_date: dt.date, number: str, first_row: int):
    """Row i has the shipment number of an earlier row but another customer, date or location."""
    if doc.customer_id != order.customer_id:
        return cell_error(parsed, i, "shipment_no", "shipment_differs",
                          "shipment {number} has another customer on row {row}", number=number, row=first_row)
    if doc.ship_date != ship_date:
        return cell_error(parsed, i, "shipment_no", "shipment_differs",
                          "shipment {number} has another ship date on row {row}", number=number, row=first_row)
    return cell_error(parsed, i, "shipment_no", "shipment_differs",
                      "shipment {number} has another location on row {row}", number=number, row=first_row)


def _content(doc: _Doc) -> tuple:
    return (doc.customer_id, doc.ship_date, doc.location_id,
            frozenset((k, v.normalize()) for k, v in doc.qty.items()))


def _stored(session: Session, numbers: list[str]) -> dict[str, tuple]:
    """What the shipments of these numbers hold, as _content() says it."""
    if not numbers:
        return {}
    out: dict[str, tuple] = {}
    for sh in session.scalars(select(Shipment).where(Shipment.number.in_(numbers))):
        qty: dict[Any, Decimal] = defaultdict(Decimal)
        for sl in sh.lines:
            qty[sl.order_line_id] += sl.qty
        out[_norm(sh.number)] = (sh.customer_id, sh.ship_date, sh.location_id,
                                 frozenset((k, v.normalize()) for k, v in qty.items()))
    return out


def _line(parsed: ParsedFile, plan: _Plan, i: int, order, lines: list, line_no, item_code, items: dict,
          item_code_of: dict, open_left: dict):
    """The order line a row ships: by its number (its item checked when both are given), or
    by the item code when the order has one open line of it."""
    if line_no is not None:
        line = next((ln for ln in lines if ln.line_no == line_no), None)
        if line is None:
            plan.errors.append(cell_error(parsed, i, "line_no", "unknown_line", "{number} has no line {line_no}",
                                          number=order.number, line_no=line_no))
            return None
        if item_code and _norm(item_code) != _norm(item_code_of.get(line.item_id)):
            plan.errors.append(cell_error(parsed, i, "item_code", "other_item",
                                          "line {line_no} of {number} is {item}, not {code}", line_no=line_no,
                                          number=order.number, item=item_code_of.get(line.item_id), code=item_code))
            return None
        return line
    item = items.get(_norm(item_code))
    of_item = [ln for ln in lines if item is not None and ln.item_id == item.id]
    if not of_item:
        plan.errors.append(cell_error(parsed, i, "item_code", "no_line_for_item", "{number} has no line of {code}",
                                      number=order.number, code=item_code))
        return None
    still_open = [ln for ln in of_item if open_left[ln.id] > 0]
    if len(still_open) > 1:
        plan.errors.append(cell_error(parsed, i, "item_code", "ambiguous_line",
                                      "{number} has {count} open lines of {code}: add a line number column",
                                      number=order.number, count=len(still_open), code=item_code))
        return None
    return (still_open or of_item)[0]


def _post(session: Session, actor: Actor, docs: list[_Doc], file_name: str, batch_id: uuid.UUID) -> None:
    """Post the documents (oldest first) and keep their moves in the batch's undo data."""
    from .imports_documents import _advance_sequence

    tz = settings.factory_tz(session)
    now = dt.datetime.now(dt.UTC)
    moves: list[str] = []
    for doc in sorted(docs, key=lambda d: (d.ship_date, d.rows[0])):
        end = dt.datetime.combine(doc.ship_date, dt.time(23, 59, 59), tz).astimezone(dt.UTC)
        note = "; ".join(doc.notes) or f"import {file_name}"
        view = shipping.post_shipment(
            session, actor, [shipping.ShipLineInput(line_id, qty) for line_id, qty in doc.qty.items()],
            doc.location_id, shipped_at=min(end, now), note=note[:300], op_id=doc.op_id(), number=doc.number)
        moves += [str(sl.move_id) for sl in session.get(Shipment, view.id).lines]
    _advance_sequence(session, "FH", [d.number for d in docs if d.number])
    undo = session.scalar(select(ImportBatch.undo_data).where(ImportBatch.id == batch_id)) or {}
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(undo_data={**undo, UNDO_MOVES: moves}))


PLANNERS = {"shipments": plan_shipments}
TABLES: dict = {}
