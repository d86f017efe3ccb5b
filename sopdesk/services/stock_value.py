"""stock_month_value: stock_month valued at today's standard cost, per month and kind of item.

The monthly turnover report reads it (reports/inventory_kpi.py: a few dozen rows instead of
a join of every month and item with its cost). It is kept in the caller's transaction:

- add(): by the ledger, after its stock_month upserts: each (month, item) delta times the
  item's cost, summed per (month, kind). On PostgreSQL the posting takes the table's ROW
  EXCLUSIVE lock before it reads the costs (not FOR SHARE on the items: that needs UPDATE on
  item, which the shop floor's and sales' logins rightly lack), and the rows are added
  atomically (ON CONFLICT … + excluded). A cost change's rebuild takes SHARE ROW EXCLUSIVE,
  which conflicts with it: a posting that comes after a rebuild began waits for its commit
  and reads the new costs; one that came before is in stock_month when the waiting rebuild
  recomputes every row at the new costs. On SQLite,
  where one transaction writes at a time (BEGIN IMMEDIATE), the rows are read, added up in
  Python and written back: the sums may pass 64 bits.
- rebuild(): from stock_month and today's costs. Run at commit by any transaction that
  changed an item's standard cost or kind: ORM changes are noticed here (before_flush);
  bulk updates below the ORM (imports, import undo) call note_cost_change(). Also run by the
  time-zone rebuild of stock_month and by the demo generator.
- migration 0004 fills it once (its own copy of the arithmetic).

On PostgreSQL note_cost_change() and rebuild() lock the table (SHARE ROW EXCLUSIVE) before
the costs change: postings that already wrote value rows finish first, later ones wait for
the commit, and the rebuild sees no value row change under it.

Values are computed as Python integers of 10**-8 (a quantity of 10**-4 times a cost of
10**-4): exact at any size.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import delete, event, inspect, select, text
from sqlalchemy.orm import Session

from sopdesk.db.dialect import upsert_insert
from sopdesk.models import Item, ItemKind, StockMonth, StockMonthValue
from sopdesk.models.types import PRICE_SCALE, QTY_SCALE

from .inventory_common import RawNumbers

VALUE_SCALE = QTY_SCALE + PRICE_SCALE
SMV = StockMonthValue
_PENDING = "sopdesk.stock_value.rebuild"  # session.info key: rebuild at commit
ROWS_PER_STATEMENT = 1000


def costs(session: Session, item_ids) -> dict[uuid.UUID, tuple[int, ItemKind]]:
    """id -> (standard cost in 10**-4 units, kind) of the items that exist among item_ids.
    On PostgreSQL the value table is locked ROW EXCLUSIVE first (see the module's docstring):
    a posting that meets a rebuild waits for it, then values its moves at the new cost."""
    ids = sorted(set(item_ids), key=lambda i: i.int)
    if not ids:
        return {}
    stmt = select(Item.id, Item.standard_cost, Item.kind).where(Item.id.in_(ids)).order_by(Item.id)
    if _is_postgresql(session):
        session.execute(text("LOCK TABLE stock_month_value IN ROW EXCLUSIVE MODE"))
    return {row[0]: (units(row[1], PRICE_SCALE), ItemKind(row[2])) for row in session.execute(stmt)}


def add(session: Session, sums: dict[tuple[int, uuid.UUID], list[Decimal]],
        item_costs: dict[uuid.UUID, tuple[int, ItemKind]] | None = None) -> None:
    """Add (month, item) -> [net, shipped, issued] quantity deltas, valued at each item's
    standard cost, to their (month, kind) rows. item_costs: what costs() returned for these
    items in this transaction, if the caller has it already."""
    if not sums:
        return
    if item_costs is None:
        item_costs = costs(session, (item_id for _, item_id in sums))
    deltas: dict[tuple[int, ItemKind], list[int]] = {}
    for (month, item_id), quantities in sums.items():
        cost, kind = item_costs[item_id]
        _accumulate(deltas, month, kind, cost, (units(q, QTY_SCALE) for q in quantities))
    rows = _sorted(deltas)
    if _is_postgresql(session):
        _upsert(session, rows, add=True)
        return
    months = sorted({month for (month, _), _ in rows})
    have = {
        (r[0], ItemKind(r[1])): [units(v, VALUE_SCALE) for v in r[2:]]
        for r in session.execute(select(SMV.month, SMV.kind, SMV.net_value, SMV.shipped_value,
                                        SMV.issued_value).where(SMV.month.in_(months)))
    }
    _upsert(session, [(key, [a + b for a, b in zip(have.get(key, (0, 0, 0)), values, strict=True)])
                      for key, values in rows], add=False)


def _accumulate(totals: dict, month: int, kind: ItemKind, cost: int, quantities) -> None:
    row = totals.setdefault((month, kind), [0, 0, 0])
    for n, q in enumerate(quantities):
        row[n] += q * cost


def _sorted(totals: dict) -> list[tuple[tuple[int, ItemKind], list[int]]]:
    """By (month, kind): one lock order for every writer."""
    return sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1].value))


def _upsert(session: Session, rows: list[tuple[tuple[int, ItemKind], list[int]]], *, add: bool) -> None:
    """Insert the (month, kind) rows, or on conflict add these values to the stored ones
    (add=True: atomic, PostgreSQL's exact NUMERIC) or replace them with these totals."""
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        chunk = [_row(month, kind, values) for (month, kind), values in rows[start:start + ROWS_PER_STATEMENT]]
        ins = upsert_insert(session)(SMV).values(chunk)
        columns = ("net_value", "shipped_value", "issued_value")
        new = {c: getattr(ins.excluded, c) + getattr(SMV, c) if add else getattr(ins.excluded, c) for c in columns}
        session.execute(ins.on_conflict_do_update(index_elements=[SMV.month, SMV.kind], set_=new))


def rebuild(session: Session) -> int:
    """Empty the table and fill it from stock_month and today's costs; returns its rows."""
    if _is_postgresql(session):
        _lock(session)
    session.execute(delete(SMV).execution_options(synchronize_session=False))
    raw = RawNumbers(session)
    items = {key: (cost, ItemKind(kind)) for key, cost, kind in session.connection().execute(
        select(raw.key(Item.id), raw.number(Item.standard_cost, PRICE_SCALE), Item.kind))}
    totals: dict[tuple[int, ItemKind], list[int]] = {}
    sm = select(StockMonth.month, raw.key(StockMonth.item_id), raw.number(StockMonth.net),
                raw.number(StockMonth.shipped), raw.number(StockMonth.issued))
    for month, key, *quantities in session.connection().execute(sm):
        cost, kind = items[key]
        _accumulate(totals, month, kind, cost, quantities)
    _upsert(session, _sorted(totals), add=False)
    return len(totals)


def note_cost_change(session: Session) -> None:
    """An item's standard cost or kind is about to change in this transaction: rebuild the
    table when it commits (and, on PostgreSQL, hold postings off the table until then)."""
    if session.info.get(_PENDING):
        return
    session.info[_PENDING] = True
    if _is_postgresql(session):
        _lock(session)


def _lock(session: Session) -> None:
    session.connection().execute(text("LOCK TABLE stock_month_value IN SHARE ROW EXCLUSIVE MODE"))


@event.listens_for(Session, "before_flush")
def _notice_cost_changes(session: Session, _flush_context, _instances) -> None:
    if session.info.get(_PENDING):
        return
    for obj in session.dirty:
        if isinstance(obj, Item):
            attrs = inspect(obj).attrs
            if attrs.standard_cost.history.has_changes() or attrs.kind.history.has_changes():
                note_cost_change(session)
                return


@event.listens_for(Session, "before_commit")
def _rebuild_if_costs_changed(session: Session) -> None:
    if session.info.get(_PENDING):
        session.flush()  # the new costs must be in the database before they are read
        rebuild(session)
        session.info.pop(_PENDING, None)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _row(month: int, kind: ItemKind, values: list[int]) -> dict:
    net, shipped, issued = (_decimal(v) for v in values)
    return dict(month=month, kind=kind, net_value=net, shipped_value=shipped, issued_value=issued)


def units(value, scale: int) -> int:
    """An exact decimal (or a raw integer) as an integer of 10**-scale, without rounding."""
    if isinstance(value, int):
        return value
    sign, digits, exponent = Decimal(value).as_tuple()
    n = int("".join(map(str, digits)) or "0") * (-1 if sign else 1)
    shift = exponent + scale
    if shift >= 0:
        return n * 10**shift
    whole, rest = divmod(abs(n), 10**-shift)
    if rest:
        raise ValueError(f"{value} has more than {scale} decimal places")
    return whole if n >= 0 else -whole


def value_units(value) -> int:
    """A stock_month_value value as an exact integer of 10**-8."""
    return units(value, VALUE_SCALE)


def _decimal(n: int) -> Decimal:
    """An integer of 10**-VALUE_SCALE as an exact Decimal (from its text: no rounding)."""
    return Decimal(f"{n}E-{VALUE_SCALE}")


def _is_postgresql(session: Session) -> bool:
    return session.bind.dialect.name == "postgresql"
