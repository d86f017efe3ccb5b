"""stock_month: the moves summed per factory-local month and item (net, shipped, issued).

The ledger (services/ledger.py) keeps it in step with every move, in the same transaction.
A month is the one whose edges (reports/periods.py: midnight on the 1st in the factory time
zone) hold moved_at, and its key is yyyymm. Changing the factory time zone moves those edges,
so services/settings.py rebuilds the table from the moves in the same transaction as the
change (rebuild_stock_month, which rebuilds stock_month_value after it). The migration that created the table (0003) fills it with its
own copy of the same SQL: a migration must keep doing what it did when the models change.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, delete, func, insert, literal, select, text
from sqlalchemy.orm import Session

from sopdesk.models import MoveType, StockMonth, StockMove
from sopdesk.models.types import Qty
from sopdesk.reports.periods import Month

from . import settings, stock_value
from .inventory_common import BY_DATE, indexed_by


def key_of(month: Month) -> int:
    """The stock_month.month value of a Month: yyyymm."""
    return month.year * 100 + month.month


def month_of_key(key: int) -> Month:
    return Month(key // 100, key % 100)


def month_containing(moment: dt.datetime, tz: ZoneInfo) -> Month:
    """The factory month whose edges (Month.start) hold the moment. The local date's month,
    except where a clock change at midnight on the 1st makes the two disagree: the edges
    decide, so the table and the reports bucket every move alike."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass a time zone")
    local = moment.astimezone(tz)
    month = Month(local.year, local.month)
    if moment < month.start(tz):
        month = Month(local.year - (local.month == 1), (local.month - 2) % 12 + 1)
    elif moment >= month.next().start(tz):
        month = month.next()
    return month


def month_key(moment: dt.datetime, tz: ZoneInfo) -> int:
    return key_of(month_containing(moment, tz))


def rebuild_stock_month(session: Session) -> int:
    """Empty stock_month and fill it again from the moves, in the factory time zone as the
    session sees it now; returns the number of rows. The caller owns the transaction.

    One INSERT ... SELECT per month that has moves, a range over the index (moved_at, item_id,
    move_type, qty): month edges are computed here with zoneinfo, so the SQL is the same on
    SQLite and PostgreSQL (neither needs a time-zone function)."""
    if session.bind.dialect.name == "postgresql":
        # Writers queue behind this transaction (SQLite's BEGIN IMMEDIATE does it there): a
        # posting takes ROW EXCLUSIVE on stock_month before it reads the time zone
        # (ledger._apply_month_deltas), so SHARE mode here waits for every posting that got
        # that far (their moves are committed, and counted below) and holds the later ones
        # until this commits; they then read the new zone. A posting whose moves are in but
        # not yet that lock is not seen below and adds its own months after. Readers go on.
        # (Not stock_move: SHARE on it needs UPDATE there, and nobody may update the ledger.)
        session.execute(text("LOCK TABLE stock_month IN SHARE MODE"))
    tz = settings.factory_tz(session)
    session.execute(delete(StockMonth).execution_options(synchronize_session=False))
    M = StockMove
    zero = literal(Decimal(0), Qty)
    shipped = func.sum(case((M.move_type == MoveType.SHIPMENT, M.qty), else_=zero))
    issued = func.sum(case((M.move_type == MoveType.ISSUE, M.qty), else_=zero))
    columns = ["month", "item_id", "net", "shipped", "issued"]
    first = session.scalar(select(func.min(M.moved_at)))
    while first is not None:
        month = month_containing(first, tz)
        lo, hi = month.start(tz), month.next().start(tz)
        sums = (
            select(literal(key_of(month), Integer), M.item_id, func.sum(M.qty), shipped, issued)
            .where(M.moved_at >= lo, M.moved_at < hi)
            .group_by(M.item_id)
        )
        session.execute(insert(StockMonth).from_select(columns, indexed_by(sums, M, BY_DATE)))
        # the next month that has moves (months without any are skipped, not scanned)
        first = session.scalar(select(func.min(M.moved_at)).where(M.moved_at >= hi))
    stock_value.rebuild(session)  # the valued months follow the new month edges
    return session.scalar(select(func.count()).select_from(StockMonth))
