"""change feed and presence

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-12

Live refresh between PCs (issue 15): change_log is SQLite's change feed (one row per
committed write transaction, the tables and record ids it touched, pruned by age;
PostgreSQL sends the same as NOTIFY sopdesk_changes instead). presence records who has
which document open for editing, with a heartbeat; old heartbeats count as gone.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sopdesk.models.types

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sopdesk.models.types.UTCDateTime


def upgrade() -> None:
    op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', _UTC(), nullable=False),
        sa.Column('username', sa.String(length=60), nullable=True),
        sa.Column('client', sa.String(length=40), nullable=True),
        sa.Column('tables', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    )
    op.create_index('ix_change_log_at', 'change_log', ['at'], unique=False)
    op.create_table(
        'presence',
        sa.Column('client', sa.String(length=40), nullable=False),
        sa.Column('doc_kind', sa.String(length=30), nullable=False),
        sa.Column('doc_id', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=True),
        sa.Column('display_name', sa.String(length=120), nullable=False),
        sa.Column('doc_label', sa.String(length=60), nullable=False),
        sa.Column('since', _UTC(), nullable=False),
        sa.Column('heartbeat', _UTC(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_presence_user_id_app_user'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('client', 'doc_kind', 'doc_id', name=op.f('pk_presence')),
    )
    op.create_index('ix_presence_doc', 'presence', ['doc_kind', 'doc_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_presence_doc', table_name='presence')
    op.drop_table('presence')
    op.drop_index('ix_change_log_at', table_name='change_log')
    op.drop_table('change_log')
