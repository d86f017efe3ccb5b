"""stock total

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

The stock_total table: on-hand per item over all locations, kept by the ledger with
stock_balance. Filled here from stock_balance (sums of stored values: the same SQL on both
databases, SQLite's scaled integers add up as they are).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stock_total',
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('qty', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_stock_total_item_id_item')),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_stock_total')),
    sqlite_with_rowid=False
    )
    op.execute('INSERT INTO stock_total (item_id, qty) SELECT item_id, SUM(qty) FROM stock_balance GROUP BY item_id')


def downgrade() -> None:
    op.drop_table('stock_total')
