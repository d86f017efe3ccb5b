"""The kept balances against the stock ledger, for `sopdesk db check`: read only.

The ledger (services/ledger.py) writes stock_balance, stock_total, stock_month and
stock_month_value in the same transaction as each move, so each always equals what the moves
(for the values: at today's standard costs) add up to. Someone editing the
database by hand, or a bug, breaks that silently: every screen and report would read the
wrong figure. find_differences() recomputes each from its source and lists every row that
disagrees (a missing row counts as zero: a month whose moves cancel out may have none).

Sums are exact integers (RawNumbers: units of 10**-4, values 10**-8) and everything is read
in one snapshot (SQLite: one read transaction; PostgreSQL: REPEATABLE READ), so a posting on
another PC while the check runs cannot show up as a difference.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from sopdesk.models import (
    Item,
    ItemKind,
    Location,
    MoveType,
    StockBalance,
    StockMonth,
    StockMonthValue,
    StockMove,
    StockTotal,
)
from sopdesk.models.types import PRICE_SCALE, Qty

from . import settings, stock_value
from .inventory_common import RawNumbers
from .stock_month import key_of, month_containing


@dataclass(frozen=True)
class Difference:
    """One kept figure that is not what its source adds up to. `where` names the row (item
    code, location code, month yyyy-mm, kind), `column` the figure."""

    table: str
    where: str
    column: str
    stored: Decimal
    expected: Decimal

    def sentence(self) -> str:
        source = ("its moves at today's standard costs add up to" if self.table == "stock_month_value"
                  else "its moves add up to")
        return (f"{self.table} {self.where}: {self.column} {_text(self.stored)} but {source} "
                f"{_text(self.expected)}")


def _text(d: Decimal) -> str:
    """40.0000 -> 40, 2.5000 -> 2.5 (never 4E+1)."""
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def find_differences(session: Session) -> list[Difference]:
    if session.bind.dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    raw = RawNumbers(session)
    conn = session.connection()
    items = dict(conn.execute(select(raw.key(Item.id), Item.code)).all())
    locations = dict(conn.execute(select(raw.key(Location.id), Location.code)).all())
    item = lambda k: items.get(k, k)  # noqa: E731 - a moved item always exists (foreign key)
    M = StockMove
    moves = {(i, loc): q for i, loc, q in conn.execute(
        select(raw.key(M.item_id), raw.key(M.location_id), raw.number(func.sum(M.qty)))
        .group_by(M.item_id, M.location_id))}
    out: list[Difference] = []

    balances = {(i, loc): q for i, loc, q in conn.execute(
        select(raw.key(StockBalance.item_id), raw.key(StockBalance.location_id), raw.number(StockBalance.qty)))}
    for key in sorted(set(moves) | set(balances), key=lambda k: (item(k[0]), locations.get(k[1], k[1]))):
        stored, expected = balances.get(key, 0), moves.get(key, 0)
        if stored != expected:
            out.append(Difference("stock_balance", f"{item(key[0])} at {locations.get(key[1], key[1])}", "qty",
                                  raw.qty(stored), raw.qty(expected)))

    per_item: dict[str, int] = {}
    for (i, _loc), q in moves.items():
        per_item[i] = per_item.get(i, 0) + q
    totals = dict(conn.execute(select(raw.key(StockTotal.item_id), raw.number(StockTotal.qty))).all())
    for key in sorted(set(per_item) | set(totals), key=item):
        stored, expected = totals.get(key, 0), per_item.get(key, 0)
        if stored != expected:
            out.append(Difference("stock_total", item(key), "qty", raw.qty(stored), raw.qty(expected)))

    stored_months = {(m, i): (n, s, iss) for m, i, n, s, iss in conn.execute(
        select(StockMonth.month, raw.key(StockMonth.item_id), raw.number(StockMonth.net),
               raw.number(StockMonth.shipped), raw.number(StockMonth.issued)))}
    expected_months = _months_from_moves(session, raw)
    for key in sorted(set(stored_months) | set(expected_months), key=lambda k: (k[0], item(k[1]))):
        stored, expected = stored_months.get(key, (0, 0, 0)), expected_months.get(key, (0, 0, 0))
        for column, s, e in zip(("net", "shipped", "issued"), stored, expected, strict=True):
            if s != e:
                out.append(Difference("stock_month", f"{_month(key[0])} {item(key[1])}", column,
                                      raw.qty(s), raw.qty(e)))

    out.extend(_value_differences(session, raw, expected_months))
    return out


def _months_from_moves(session: Session, raw: RawNumbers) -> dict[tuple[int, str], tuple[int, int, int]]:
    """(yyyymm, item key) -> (net, shipped, issued) summed from the moves, month by month in
    the factory time zone, as services/stock_month.rebuild_stock_month fills the table."""
    M = StockMove
    conn = session.connection()
    tz = settings.factory_tz(session)
    zero = literal(Decimal(0), Qty)
    shipped = func.sum(case((M.move_type == MoveType.SHIPMENT, M.qty), else_=zero))
    issued = func.sum(case((M.move_type == MoveType.ISSUE, M.qty), else_=zero))
    out = {}
    first = conn.scalar(select(func.min(M.moved_at)))
    while first is not None:
        month = month_containing(first, tz)
        lo, hi = month.start(tz), month.next().start(tz)
        key = key_of(month)
        for i, n, s, iss in conn.execute(
                select(raw.key(M.item_id), raw.number(func.sum(M.qty)), raw.number(shipped), raw.number(issued))
                .where(M.moved_at >= lo, M.moved_at < hi).group_by(M.item_id)):
            out[(key, i)] = (n, s, iss)
        first = conn.scalar(select(func.min(M.moved_at)).where(M.moved_at >= hi))
    return out


def _value_differences(session: Session, raw: RawNumbers, months: dict) -> list[Difference]:
    """stock_month_value against the moves' months times today's costs (as stock_value.rebuild
    computes it from a correct stock_month): a wrong stock_month row is reported on its own,
    not once more here."""
    conn = session.connection()
    costs = {k: (cost, ItemKind(kind)) for k, cost, kind in conn.execute(
        select(raw.key(Item.id), raw.number(Item.standard_cost, PRICE_SCALE), Item.kind))}
    expected: dict[tuple[int, ItemKind], list[int]] = {}
    for (month, key), quantities in months.items():
        cost, kind = costs[key]
        stock_value._accumulate(expected, month, kind, cost, quantities)
    V = StockMonthValue
    stored = {(m, ItemKind(k)): [stock_value.value_units(v) for v in values] for m, k, *values in session.execute(
        select(V.month, V.kind, V.net_value, V.shipped_value, V.issued_value))}
    out = []
    for key in sorted(set(expected) | set(stored), key=lambda k: (k[0], k[1].value)):
        s, e = stored.get(key, [0, 0, 0]), expected.get(key, [0, 0, 0])
        for column, a, b in zip(("net_value", "shipped_value", "issued_value"), s, e, strict=True):
            if a != b:
                out.append(Difference("stock_month_value", f"{_month(key[0])} {key[1].value}", column,
                                      stock_value._decimal(a), stock_value._decimal(b)))
    return out


def _month(key: int) -> str:
    return f"{key // 100:04d}-{key % 100:02d}"
