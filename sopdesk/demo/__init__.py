"""The demo factory (演示工厂): a believable small maker of machined and cast parts with a year
or two of consistent history, generated into an empty database.

    summary = generate(db, scale="small", seed=1)

Same seed and same `today` give the same data, ids included (the user accounts' own ids
excepted: services.users.create_user draws them at random). "small" (13 months, about 2,000
order lines and 45,000 stock moves) takes seconds; "large" (two years, 100,000+ order lines,
1,000,000+ stock moves) is the stress test for screens and reports.

How it is made: master.py builds the catalogue (catalog.py holds the fixed names, BOMs and
work centers); simulate.py runs the factory day by day (sales.py, plant.py, purchasing.py)
and appends every stock move in time order, so on-hand never goes below zero and the
balances (stock_balance) and month sums (stock_month) are the sums of the moves; review.py
adds the monthly demand reviews; rows.py writes it all through one connection in one
transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from sopdesk.db import Database
from sopdesk.models import AppUser, Base, Item, SalesOrder, StockBalance, StockMonth
from sopdesk.services import ledger, settings, stock_value
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.users import create_user

from . import master, review
from . import plant as production
from . import sales as sales_mod
from .catalog import DEMO_USERS, FACTORY_NAME
from .rows import Clock, Ids, Writer
from .simulate import Sim

__all__ = ["DEMO_USERS", "SCALES", "DemoError", "DemoSummary", "Scale", "generate"]


class DemoError(Exception):
    """The demo cannot be generated (the message is one sentence for the user)."""


@dataclass(frozen=True)
class Scale:
    volume: float  # demand and capacity relative to the small factory
    months: int  # full months of history before the current one
    customers: int


SCALES = {
    "small": Scale(volume=1.0, months=13, customers=15),
    "large": Scale(volume=28.5, months=24, customers=60),
}


# tables whose plain indexes are built after the load on SQLite
BIG_TABLES = ("stock_move", "sales_order", "sales_order_line", "order_status_change",
              "work_order", "production_report")


@dataclass
class DemoSummary:
    counts: dict[str, int]
    seconds: float
    users: list[tuple[str, str, str]] = field(default_factory=list)  # (username, password, role)


def generate(db: Database, scale: str = "small", seed: int = 1,
             progress: Callable[[str, float], None] | None = None,
             today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with the demo factory, in one transaction."""
    if scale not in SCALES:
        raise DemoError(f"Unknown demo scale {scale!r}: choose one of {', '.join(SCALES)}.")
    began = time.perf_counter()
    cfg = SCALES[scale]
    today = today or dt.date.today()
    start = review.add_months(today.replace(day=1), -cfg.months)
    report = progress or (lambda _stage, _fraction: None)
    rng = random.Random(seed)
    ids = Ids(seed)

    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of new objects: cyclic GC passes over them cost a quarter of the time
    try:
        return _generate(db, cfg, today, start, report, rng, ids, began)
    finally:
        if gc_was_enabled:
            gc.enable()


def _generate(db, cfg, today, start, report, rng, ids, began) -> DemoSummary:
    with db.write(SYSTEM) as session:
        conn = session.connection()
        if (conn.scalar(select(Item.id).limit(1)) is not None
                or conn.scalar(select(SalesOrder.id).limit(1)) is not None):
            raise DemoError("This database already holds items or orders; the demo factory "
                            "can only be generated into an empty database.")
        report("users", 0.0)
        users, created_users = _users(session)
        if not settings.get(session, "factory.name"):
            settings.set_value(session, SYSTEM, "factory.name", FACTORY_NAME)
        session.flush()
        clock = Clock(settings.factory_tz(session))

        restore = None
        if db.is_sqlite:  # the whole load is one transaction: keep its pages in memory
            restore = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size=-524288")
        try:
            writer = Writer(conn)
            report("master data", 0.03)
            plant = master.build(ids, rng, cfg.volume, cfg.customers, start, today,
                                 clock.at(start - dt.timedelta(days=30), 9 * 60), users["admin"])
            for table in ("supplier", "customer", "work_center", "item", "bom_line", "location",
                          "calendar_day", "maintenance_window"):  # items name their work center
                writer.insert(_table(table), plant.rows[table])

            with writer.deferred_indexes(*(_table(t) for t in BIG_TABLES)):
                _history(writer, plant, ids, rng, clock, users, start, today, cfg, report)
            ledger.rebuild_item_totals(session)  # on-hand per item, from the balances
            stock_value.rebuild(session)  # stock_month valued per month and kind
        finally:
            if restore is not None:
                with contextlib.suppress(SQLAlchemyError):  # never hide the first error
                    conn.exec_driver_sql(f"PRAGMA cache_size={int(restore)}")
        report("committing", 0.98)

    report("statistics", 0.99)
    _analyze(db)
    counts = {"app_user": len(created_users), **writer.counts}
    report("done", 1.0)
    return DemoSummary(counts=counts, seconds=time.perf_counter() - began, users=created_users)


def _analyze(db) -> None:
    """Fresh planner statistics after a bulk load: without them SQLite guesses join orders
    for the order list badly, and PostgreSQL's autovacuum would only catch up later."""
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT") if not db.is_sqlite else conn
        conn.exec_driver_sql("ANALYZE")
        if db.is_sqlite:
            conn.commit()


def _history(writer, plant, ids, rng, clock, users, start, today, cfg, report) -> None:
    """Simulate from the opening stock to today, then write every document."""
    plan_ids = review.plan_line_ids(plant, ids, start, today)
    sim = Sim(plant, writer, ids, rng, clock, users, start, today, cfg.volume, plan_ids, report)
    sim.run()  # stock moves are written while the simulation runs

    report("orders", 0.82)
    rows = sales_mod.rows(sim.sales, users)
    writer.insert(_table("sales_order"), rows["sales_order"])
    writer.insert(_table("sales_order_line"), rows["sales_order_line"])
    writer.insert_tuples(_table("order_status_change"), sales_mod.CHANGE_COLUMNS,
                         rows["order_status_change"])
    writer.insert(_table("order_review_task"), rows["order_review_task"])
    writer.insert(_table("shipment"), sim.sales.shipments)
    writer.insert(_table("shipment_line"), sim.sales.shipment_lines)
    po_rows, po_lines = sim.purchasing.rows(users)
    writer.insert(_table("purchase_order"), po_rows)
    writer.insert(_table("purchase_order_line"), po_lines)

    report("demand reviews", 0.88)
    demand = review.build(sim, plan_ids)
    for table in ("demand_review_cycle", "forecast_line", "material_constraint",
                  "capacity_submission", "consensus_line", "production_plan_line",
                  "action_item"):
        writer.insert(_table(table), demand[table])

    report("work orders", 0.92)
    writer.insert(_table("work_order"), sim.production.rows(users))
    writer.insert_tuples(_table("production_report"), production.REPORT_COLUMNS,
                         sim.production.reports)
    writer.insert(StockBalance.__table__, _balances(sim))
    writer.insert(StockMonth.__table__, _months(sim))
    writer.insert(_table("notification"), demand["notification"])
    writer.insert(_table("doc_sequence"), [
        dict(prefix=p, year=y, next_value=n + 1) for (p, y), n in sorted(sim.seq.items())])
    report("indexes", 0.95)


def _table(name: str):
    return Base.metadata.tables[name]


def _users(session) -> tuple[dict[str, uuid.UUID], list[tuple[str, str, str]]]:
    """One user per role; a username that exists already is kept as it is."""
    ids, created = {}, []
    for username, password, role, display in DEMO_USERS:
        existing = session.scalar(select(AppUser.id).where(AppUser.username == username))
        if existing is not None:
            ids[role] = existing
            continue
        info = create_user(session, SYSTEM, username, role, password, display)
        ids[role] = info.id
        created.append((username, password, role))
    return ids, created


def _balances(sim: Sim) -> list[dict]:
    locations = sim.plant.location_ids
    return [dict(item_id=it.id, location_id=locations[it.loc], qty=sim.dec(sim.stock[it.idx]),
                 last_move_at=sim.last[it.idx])
            for it in sim.items if sim.last[it.idx] is not None]


def _months(sim: Sim) -> list[dict]:
    """stock_month, summed while the simulation appended the moves: about 0.25 s of CPU in
    the large demo, where services.stock_month.rebuild_stock_month over the 1.15 M written
    moves took 0.5 s on SQLite. tests/test_demo.py checks that both give the same rows."""
    dec = sim.dec
    return [dict(month=month, item_id=it.id, net=dec(net[it.idx]), shipped=dec(shipped[it.idx]),
                 issued=dec(issued[it.idx]))
            for month, (net, shipped, issued, moved) in sorted(sim.month_sums.items())
            for it in sim.items if moved[it.idx]]
