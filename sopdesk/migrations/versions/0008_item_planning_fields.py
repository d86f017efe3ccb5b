"""item planning fields

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

Planning data on items (issue 12): production lead days (生产提前期), the work center that
makes the item (产线) with its rate — units per working day (日产能) or hours per unit
(单件工时) against the center's hours per day — and the lot rule, minimum lot (最小批量) and
lot multiple (批量倍数). Existing rows get 0 lead days, no work center, no rate and no lot
rule (lot-for-lot).

On SQLite the columns are added and dropped with plain ALTER TABLE (recreate='never'), their
CHECK and REFERENCES clauses inline on the column: rebuilding `item`, which every table
refers to, fails its foreign keys (see 0006). SQLite 3.35+ drops a column whose own
column-level constraints name only it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_QTY = sopdesk.models.types.ExactDecimal(scale=4, precision=18)
_FK = 'fk_item_work_center_id_work_center'
_CHECKS = {  # column -> its CHECK, named ck_item_<column>_nonneg as in the model
    'production_lead_days': 'production_lead_days >= 0',
    'rate_per_day': 'rate_per_day IS NULL OR rate_per_day >= 0',
    'hours_per_unit': 'hours_per_unit IS NULL OR hours_per_unit >= 0',
    'min_lot': 'min_lot >= 0',
    'lot_multiple': 'lot_multiple >= 0',
}


def _ck(column: str) -> str:
    return f'ck_item_{column}_nonneg'


def _columns() -> list[sa.Column]:
    return [
        sa.Column('production_lead_days', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('work_center_id', sa.Uuid(), nullable=True),
        sa.Column('rate_per_day', _QTY, nullable=True),
        sa.Column('hours_per_unit', _QTY, nullable=True),
        sa.Column('min_lot', _QTY, nullable=False, server_default='0'),
        sa.Column('lot_multiple', _QTY, nullable=False, server_default='0'),
    ]


def _sqlite_add_column(column: sa.Column) -> str:
    """ALTER TABLE … ADD COLUMN with the column's CHECK and REFERENCES inline: Alembic would
    add them as separate constraints, which SQLite cannot do without rebuilding the table."""
    spec = sa.schema.CreateColumn(column).compile(dialect=op.get_bind().dialect)
    sql = f'ALTER TABLE item ADD COLUMN {spec}'
    if column.name in _CHECKS:
        sql += f' CONSTRAINT {_ck(column.name)} CHECK ({_CHECKS[column.name]})'
    if column.name == 'work_center_id':
        sql += f' CONSTRAINT {_FK} REFERENCES work_center (id)'
    return sql


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for column in _columns():
            op.execute(_sqlite_add_column(column))
        return
    with op.batch_alter_table('item', schema=None) as batch_op:
        for column in _columns():
            batch_op.add_column(column)
    for name, sql in _CHECKS.items():
        op.create_check_constraint(op.f(_ck(name)), 'item', sql)
    op.create_foreign_key(op.f(_FK), 'item', 'work_center', ['work_center_id'], ['id'])


def downgrade() -> None:
    # on SQLite a plain ALTER TABLE … DROP COLUMN (3.35+): each constraint is the column's own
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint(op.f(_FK), 'item', type_='foreignkey')
        for name in _CHECKS:
            op.drop_constraint(op.f(_ck(name)), 'item', type_='check')
    with op.batch_alter_table('item', schema=None, recreate='never') as batch_op:
        for column in reversed(_columns()):
            batch_op.drop_column(column.name)
