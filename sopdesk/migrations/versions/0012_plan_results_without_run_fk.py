"""plan results without a foreign key to their run

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

planned_order, plan_exception and plan_item_weeks keep run_id (and its index) but no longer
check it against plan_run: the results are one run's snapshot, deleted whole and written
again under the plan lock in the same transaction as their run (services/planning.py), and
no code deletes a run. The check ran once per row written (30,000 per run of the benchmark
plan) and was 0.11 s of a 1 s run on PostgreSQL (docs/BENCHMARKS.md, "Plan end to end").
The references to items, suppliers and work centers stay checked.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ('planned_order', 'plan_exception', 'plan_item_weeks')


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'fk_{table}_run_id_plan_run', type_='foreignkey')


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_foreign_key(f'fk_{table}_run_id_plan_run', 'plan_run', ['run_id'], ['id'])
