"""stock month value

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The stock_month_value table: stock_month valued at the items' standard cost, summed per
month and kind of item (net, shipped, issued), kept by the ledger and rebuilt when costs
change (services/stock_value.py). Filled here from stock_month and item.
"""
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stock_month_value',
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('finished', 'semi', 'raw', name='itemkind', native_enum=False, length=20), nullable=False),
    sa.Column('net_value', sopdesk.models.types.BigDecimal(), nullable=False),
    sa.Column('shipped_value', sopdesk.models.types.BigDecimal(), nullable=False),
    sa.Column('issued_value', sopdesk.models.types.BigDecimal(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'kind', name=op.f('pk_stock_month_value')),
    sqlite_with_rowid=False
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table('stock_month_value')


# -- backfill ------------------------------------------------------------------------------
#
# The arithmetic of services/stock_value.py (rebuild), copied on purpose (a migration must
# keep doing what it did when the services change): quantities and costs as exact integers
# of 10**-4, their products summed per month and kind in Python (exact at any size), stored
# as BigDecimal.

def _units(value) -> int:
    """An exact decimal of at most 4 places as an integer of 10**-4."""
    sign, digits, exponent = Decimal(value).as_tuple()
    n = int(''.join(map(str, digits)) or '0') * (-1 if sign else 1)
    if exponent + 4 < 0:
        raise ValueError(f'{value} has more than 4 decimal places')
    return n * 10**(exponent + 4)


def _backfill(conn) -> None:
    qty = sopdesk.models.types.ExactDecimal(scale=4, precision=18)
    item = sa.table('item', sa.column('id', sa.Uuid()), sa.column('standard_cost', qty), sa.column('kind', sa.String()))
    month = sa.table('stock_month', sa.column('month', sa.Integer()), sa.column('item_id', sa.Uuid()),
                     sa.column('net', qty), sa.column('shipped', qty), sa.column('issued', qty))
    value = sa.table('stock_month_value', sa.column('month', sa.Integer()), sa.column('kind', sa.String()),
                     *(sa.column(c, sopdesk.models.types.BigDecimal())
                       for c in ('net_value', 'shipped_value', 'issued_value')))
    items = {r[0]: (_units(r[1]), r[2]) for r in conn.execute(sa.select(item.c.id, item.c.standard_cost, item.c.kind))}
    totals: dict[tuple[int, str], list[int]] = {}
    for m, item_id, net, shipped, issued in conn.execute(sa.select(month)):
        cost, kind = items[item_id]
        row = totals.setdefault((m, kind), [0, 0, 0])
        for n, q in enumerate((net, shipped, issued)):
            row[n] += _units(q) * cost
    rows = [{'month': m, 'kind': kind, 'net_value': Decimal(f'{v[0]}E-8'), 'shipped_value': Decimal(f'{v[1]}E-8'),
             'issued_value': Decimal(f'{v[2]}E-8')} for (m, kind), v in sorted(totals.items())]
    for start in range(0, len(rows), 1000):
        conn.execute(value.insert(), rows[start:start + 1000])
