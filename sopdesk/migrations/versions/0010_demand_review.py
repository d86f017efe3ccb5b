"""demand review

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09

The monthly demand review's services (issue 13): a cycle's scope (months in scope, core
products or all) and revision (sign-offs hold for one revision), who agreed it and when;
the facts of supply's computed proposal (on hand, open POs and their arrivals by month, the
date new orders arrive); production's working days; a comment on a consensus line; action
items of two kinds (a department's submission, a meeting follow-up) with who closed them and
when they were reported overdue; the department heads' sign-offs (demand_signoff) and each
product's own flex band (demand_flex).

On SQLite the columns are added with plain ALTER TABLE, their REFERENCES inline (see 0008).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_QTY = sopdesk.models.types.ExactDecimal(scale=4, precision=18)
_UTC = sopdesk.models.types.UTCDateTime


def _columns() -> dict[str, list[sa.Column]]:
    return {
        'demand_review_cycle': [
            sa.Column('months', sa.Integer(), nullable=False, server_default='3'),
            sa.Column('all_products', sa.Boolean(), nullable=False, server_default=sa.false()),
            sa.Column('revision', sa.Integer(), nullable=False, server_default='0'),
            sa.Column('agreed_by_id', sa.Uuid(), nullable=True),
            sa.Column('agreed_at', _UTC(), nullable=True),
        ],
        'material_constraint': [
            sa.Column('on_hand_qty', _QTY, nullable=True),
            sa.Column('open_po_qty', _QTY, nullable=True),
            sa.Column('arrivals', sa.JSON(), nullable=True),
            sa.Column('available_date', sa.Date(), nullable=True),
        ],
        'capacity_submission': [sa.Column('working_days', sa.Integer(), nullable=True)],
        'consensus_line': [sa.Column('comment', sa.Text(), nullable=True)],
        'action_item': [
            sa.Column('kind', sa.String(length=20), nullable=False, server_default='follow_up'),
            sa.Column('done_by_id', sa.Uuid(), nullable=True),
            sa.Column('escalated_at', _UTC(), nullable=True),
        ],
    }


_FKS = {  # (table, column) -> constraint name, all to app_user.id
    ('demand_review_cycle', 'agreed_by_id'): 'fk_demand_review_cycle_agreed_by_id_app_user',
    ('action_item', 'done_by_id'): 'fk_action_item_done_by_id_app_user',
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, columns in _columns().items():
        for column in columns:
            if sqlite:
                spec = sa.schema.CreateColumn(column).compile(dialect=op.get_bind().dialect)
                sql = f'ALTER TABLE {table} ADD COLUMN {spec}'
                if (table, column.name) in _FKS:
                    sql += f' CONSTRAINT {_FKS[table, column.name]} REFERENCES app_user (id)'
                op.execute(sql)
            else:
                op.add_column(table, column)
    if not sqlite:
        for (table, column), name in _FKS.items():
            op.create_foreign_key(op.f(name), table, 'app_user', [column], ['id'])
    op.create_table('demand_signoff',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('cycle_id', sa.Uuid(), nullable=False),
    sa.Column('department', sa.Enum('sales', 'production', 'supply', 'management', name='department',
                                     native_enum=False, length=20), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('signed_at', _UTC(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cycle_id'], ['demand_review_cycle.id'],
                            name=op.f('fk_demand_signoff_cycle_id_demand_review_cycle')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_demand_signoff_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_signoff')),
    sa.UniqueConstraint('cycle_id', 'department', name=op.f('uq_demand_signoff_cycle_id_department'))
    )
    op.create_table('demand_flex',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('production_flex', _QTY, nullable=False),
    sa.Column('supply_flex', _QTY, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', _UTC(), nullable=False),
    sa.Column('updated_at', _UTC(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('updated_by_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('production_flex >= 0', name=op.f('ck_demand_flex_production_flex_nonneg')),
    sa.CheckConstraint('supply_flex >= 0', name=op.f('ck_demand_flex_supply_flex_nonneg')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_demand_flex_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_demand_flex_item_id_item')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f('fk_demand_flex_updated_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_flex')),
    sa.UniqueConstraint('item_id', name=op.f('uq_demand_flex_item_id'))
    )


def downgrade() -> None:
    op.drop_table('demand_flex')
    op.drop_table('demand_signoff')
    if op.get_bind().dialect.name != 'sqlite':
        for (table, _column), name in _FKS.items():
            op.drop_constraint(op.f(name), table, type_='foreignkey')
    for table, columns in _columns().items():
        with op.batch_alter_table(table, schema=None, recreate='never') as batch_op:
            for column in reversed(columns):
                batch_op.drop_column(column.name)
