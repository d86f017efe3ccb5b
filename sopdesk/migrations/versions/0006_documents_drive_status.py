"""documents drive status

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Documents drive status: shipment documents (发货单) and their lines; a short-closed remainder
with its reason on sales and purchase order lines; backflush on items; scrap and downtime
reasons on shop-floor reports; the line each shop-floor user reports for. Existing rows get
the defaults (nothing closed short, no backflush, no downtime).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('shipment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('location_id', sa.Uuid(), nullable=False),
    sa.Column('shipped_at', sopdesk.models.types.UTCDateTime(), nullable=False),
    sa.Column('ship_date', sa.Date(), nullable=False),
    sa.Column('posted_by_id', sa.Uuid(), nullable=True),
    sa.Column('op_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_shipment_customer_id_customer')),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_shipment_location_id_location')),
    sa.ForeignKeyConstraint(['posted_by_id'], ['app_user.id'], name=op.f('fk_shipment_posted_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment')),
    sa.UniqueConstraint('number', name=op.f('uq_shipment_number')),
    sa.UniqueConstraint('op_id', name=op.f('uq_shipment_op_id'))
    )
    with op.batch_alter_table('shipment', schema=None) as batch_op:
        batch_op.create_index('ix_shipment_customer', ['customer_id', 'ship_date'], unique=False)

    op.create_table('user_work_center',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('work_center_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_work_center_user_id_app_user')),
    sa.ForeignKeyConstraint(['work_center_id'], ['work_center.id'], name=op.f('fk_user_work_center_work_center_id_work_center')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_work_center'))
    )
    op.create_table('shipment_line',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('shipment_id', sa.Uuid(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('qty', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False),
    sa.Column('move_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_shipment_line_item_id_item')),
    sa.ForeignKeyConstraint(['move_id'], ['stock_move.id'], name=op.f('fk_shipment_line_move_id_stock_move')),
    sa.ForeignKeyConstraint(['order_line_id'], ['sales_order_line.id'], name=op.f('fk_shipment_line_order_line_id_sales_order_line')),
    sa.ForeignKeyConstraint(['shipment_id'], ['shipment.id'], name=op.f('fk_shipment_line_shipment_id_shipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_line')),
    sa.UniqueConstraint('shipment_id', 'line_no', name=op.f('uq_shipment_line_shipment_id_line_no'))
    )
    with op.batch_alter_table('shipment_line', schema=None) as batch_op:
        batch_op.create_index('ix_shipment_line_order_line', ['order_line_id'], unique=False)

    with op.batch_alter_table('item', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('backflush', sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table('production_report', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('scrap_reason', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('downtime_minutes', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('downtime_reason', sa.String(length=200), nullable=True))

    with op.batch_alter_table('purchase_order_line', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('short_closed_qty', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('close_reason', sa.String(length=300), nullable=True))

    with op.batch_alter_table('sales_order_line', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('short_closed_qty', sopdesk.models.types.ExactDecimal(scale=4, precision=18), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('close_reason', sa.String(length=300), nullable=True))



def downgrade() -> None:
    # recreate='never': plain ALTER TABLE … DROP COLUMN (SQLite 3.35+); rebuilding `item` on
    # SQLite would drop a table every other table refers to
    with op.batch_alter_table('sales_order_line', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('close_reason')
        batch_op.drop_column('short_closed_qty')

    with op.batch_alter_table('purchase_order_line', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('close_reason')
        batch_op.drop_column('short_closed_qty')

    with op.batch_alter_table('production_report', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('downtime_reason')
        batch_op.drop_column('downtime_minutes')
        batch_op.drop_column('scrap_reason')

    with op.batch_alter_table('item', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('backflush')

    with op.batch_alter_table('shipment_line', schema=None) as batch_op:
        batch_op.drop_index('ix_shipment_line_order_line')

    op.drop_table('shipment_line')
    op.drop_table('user_work_center')
    with op.batch_alter_table('shipment', schema=None) as batch_op:
        batch_op.drop_index('ix_shipment_customer')

    op.drop_table('shipment')
