"""plan results

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

A saved plan (issue 12): each run's header, its planned orders with what they serve
(pegging, with the weekly grid per item) and the exceptions. Derived data: a new run replaces
the previous run's rows; the run headers stay.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_QTY = sopdesk.models.types.ExactDecimal(scale=4, precision=18)
_UTC = sopdesk.models.types.UTCDateTime


def upgrade() -> None:
    op.create_table('plan_run',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('run_at', _UTC(), nullable=False),
    sa.Column('run_by_id', sa.Uuid(), nullable=True),
    sa.Column('start_week', sa.Date(), nullable=False),
    sa.Column('weeks', sa.Integer(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('planned_count', sa.Integer(), nullable=False),
    sa.Column('exception_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['run_by_id'], ['app_user.id'], name=op.f('fk_plan_run_run_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_run'))
    )
    op.create_table('plan_exception',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=True),
    sa.Column('work_center_id', sa.Uuid(), nullable=True),
    sa.Column('week', sa.Date(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_plan_exception_item_id_item')),
    sa.ForeignKeyConstraint(['run_id'], ['plan_run.id'], name=op.f('fk_plan_exception_run_id_plan_run')),
    sa.ForeignKeyConstraint(['work_center_id'], ['work_center.id'],
                            name=op.f('fk_plan_exception_work_center_id_work_center')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_exception'))
    )
    op.create_index('ix_plan_exception_run', 'plan_exception', ['run_id'], unique=False)
    op.create_table('plan_item_weeks',
    sa.Column('run_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('on_hand', _QTY, nullable=False),
    sa.Column('weeks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_plan_item_weeks_item_id_item')),
    sa.ForeignKeyConstraint(['run_id'], ['plan_run.id'], name=op.f('fk_plan_item_weeks_run_id_plan_run')),
    sa.PrimaryKeyConstraint('run_id', 'item_id', name=op.f('pk_plan_item_weeks'))
    )
    op.create_table('planned_order',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('run_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('qty', _QTY, nullable=False),
    sa.Column('release_week', sa.Date(), nullable=False),
    sa.Column('due_week', sa.Date(), nullable=False),
    sa.Column('past_due', sa.Boolean(), nullable=False),
    sa.Column('supplier_id', sa.Uuid(), nullable=True),
    sa.Column('work_center_id', sa.Uuid(), nullable=True),
    sa.Column('released_number', sa.String(length=40), nullable=True),
    sa.Column('released_at', _UTC(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', _UTC(), nullable=False),
    sa.Column('updated_at', _UTC(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('updated_by_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_planned_order_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_planned_order_item_id_item')),
    sa.ForeignKeyConstraint(['run_id'], ['plan_run.id'], name=op.f('fk_planned_order_run_id_plan_run')),
    sa.ForeignKeyConstraint(['supplier_id'], ['supplier.id'], name=op.f('fk_planned_order_supplier_id_supplier')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f('fk_planned_order_updated_by_id_app_user')),
    sa.ForeignKeyConstraint(['work_center_id'], ['work_center.id'],
                            name=op.f('fk_planned_order_work_center_id_work_center')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_order'))
    )
    op.create_index('ix_planned_order_run', 'planned_order', ['run_id', 'item_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_planned_order_run', table_name='planned_order')
    op.drop_table('planned_order')
    op.drop_table('plan_item_weeks')
    op.drop_index('ix_plan_exception_run', table_name='plan_exception')
    op.drop_table('plan_exception')
    op.drop_table('plan_run')
