"""stock month

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

The stock_month table: the moves summed per factory-local month (yyyymm) and item (net,
shipped, issued), kept by the ledger like stock_balance. Filled here from the moves of an
existing database, in the factory time zone stored in the setting table. And a covering
index on item (id, standard_cost, kind) for valuing it.
"""
import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_TIMEZONE = 'Asia/Shanghai'  # services/settings.py DEFAULTS["factory.timezone"]


def upgrade() -> None:
    op.create_table('stock_month',
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('net', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False),
    sa.Column('shipped', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False),
    sa.Column('issued', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_stock_month_item_id_item')),
    sa.PrimaryKeyConstraint('month', 'item_id', name=op.f('pk_stock_month')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index('ix_item_valuation', ['id', 'standard_cost', 'kind'], unique=False)
    _backfill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index('ix_item_valuation')
    op.drop_table('stock_month')


# -- backfill ------------------------------------------------------------------------------
#
# The same SQL as sopdesk/services/stock_month.py (rebuild_stock_month), copied on purpose:
# the service is written against today's models and settings code and will change with
# them, while this step must keep producing the 0003 table from a 0002 database (a later
# column on StockMonth would make the service's INSERT fail here). Only the column types,
# which never change meaning, are imported. Plain SQL, the same on SQLite and PostgreSQL:
# month edges are computed here with zoneinfo, so neither database needs time-zone support.

_FILL = """
INSERT INTO stock_month (month, item_id, net, shipped, issued)
SELECT :month, item_id, SUM(qty),
       SUM(CASE WHEN move_type = 'shipment' THEN qty ELSE 0 END),
       SUM(CASE WHEN move_type = 'issue' THEN qty ELSE 0 END)
FROM stock_move {hint}
WHERE moved_at >= :lo AND moved_at < :hi
GROUP BY item_id
"""
# SQLite's planner, given ANALYZE statistics, may pick a skip-scan of the item index for a
# date range (services/inventory_common.py): the covering date index is named
_SQLITE_HINT = 'INDEXED BY ix_stock_move_date_item'
_NEXT = 'SELECT MIN(moved_at) FROM stock_move WHERE moved_at >= :at'
_FIRST = 'SELECT MIN(moved_at) FROM stock_move'


def _at(name: str):
    return sa.bindparam(name, type_=sopdesk.models.types.UTCDateTime())


def _factory_tz(conn) -> ZoneInfo:
    setting = sa.table('setting', sa.column('key', sa.String(80)), sa.column('value', sa.JSON()))
    value = conn.execute(sa.select(setting.c.value).where(setting.c.key == 'factory.timezone')).scalar()
    return ZoneInfo(value or DEFAULT_TIMEZONE)


def _month_start(year: int, month: int, tz: ZoneInfo) -> dt.datetime:
    """Midnight on the 1st in the factory zone, in UTC (reports/periods.py Month.start)."""
    return dt.datetime(year, month, 1, tzinfo=tz).astimezone(dt.UTC)


def _next(year: int, month: int) -> tuple[int, int]:
    return year + month // 12, month % 12 + 1


def _month_containing(moment: dt.datetime, tz: ZoneInfo) -> tuple[int, int]:
    """The month whose edges hold the moment (services/stock_month.py month_containing)."""
    local = moment.astimezone(tz)
    year, month = local.year, local.month
    if moment < _month_start(year, month, tz):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif moment >= _month_start(*_next(year, month), tz):
        year, month = _next(year, month)
    return year, month


def _backfill(conn) -> None:
    """One INSERT ... SELECT per month that has moves; months without moves are skipped."""
    tz = _factory_tz(conn)
    at = sopdesk.models.types.UTCDateTime()
    fill = sa.text(_FILL.format(hint=_SQLITE_HINT if conn.dialect.name == 'sqlite' else '')).bindparams(
        sa.bindparam('month', type_=sa.Integer()), _at('lo'), _at('hi'))
    first = conn.execute(sa.text(_FIRST).columns(sa.column('moved_at', at))).scalar()
    following = sa.text(_NEXT).bindparams(_at('at')).columns(sa.column('moved_at', at))
    while first is not None:
        year, month = _month_containing(first, tz)
        lo, hi = _month_start(year, month, tz), _month_start(*_next(year, month), tz)
        conn.execute(fill, {'month': year * 100 + month, 'lo': lo, 'hi': hi})
        first = conn.execute(following, {'at': hi}).scalar()
