"""`run_plan` end to end (database load, MRP, pegging, rough-cut capacity, save) and a
capable-to-promise query, on SQLite and PostgreSQL, against issue 12's targets: ≤ 1 s for the
run, ≤ 100 ms for the promise's engine part, on 500 finished goods, 600 subassemblies, 2,000
materials, a 3-level BOM and 26 weeks, with 3,000 open sales order lines, 1,500 open PO
lines and 600 open work orders.

Baseline, in the same run: the same pipeline with the engine's straightforward pure-Python
versions (`reference_plan`, `reference_peg`, `reference_rough_cut`) in place of the numpy
ones. Prints the best of --runs and the ratio.

    python benchmarks/plan_end_to_end.py [--runs 3] [--pg postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from decimal import Decimal

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from sopdesk.db import Database, migrate  # noqa: E402
from sopdesk.db.bulk import insert_rows  # noqa: E402
from sopdesk.models import (  # noqa: E402
    BomLine,
    Customer,
    Item,
    ItemKind,
    Location,
    LocationKind,
    OrderStatus,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    StockBalance,
    Supplier,
    WorkCenter,
    WorkOrder,
    WorkOrderStatus,
)
from sopdesk.planning import capacity, mrp, pegging  # noqa: E402
from sopdesk.services import planning, planning_load, planning_peg, planning_promise  # noqa: E402
from sopdesk.services.permissions import SYSTEM  # noqa: E402

FINISHED, SEMI, MATERIALS, WEEKS, CENTERS = 500, 600, 2000, 26, 20
START = dt.date(2027, 1, 4)


def _rows(seed: int) -> dict:
    rng = random.Random(seed)
    ids = [uuid.uuid4() for _ in range(FINISHED + SEMI + MATERIALS)]
    centers = [{"id": uuid.uuid4(), "code": f"WC{c:02d}", "name": f"线{c}", "capacity_per_day": Decimal(400)}
               for c in range(CENTERS)]
    supplier = {"id": uuid.uuid4(), "code": "S1", "name": "供应商"}
    items = []
    for i, item_id in enumerate(ids):
        made = i < FINISHED + SEMI
        items.append({
            "id": item_id, "code": f"I{i:05d}", "name": f"物料{i}",
            "kind": ItemKind.FINISHED if i < FINISHED else ItemKind.SEMI if made else ItemKind.RAW,
            "safety_stock": Decimal(rng.choice([0, 0, 50])), "standard_cost": Decimal(1), "sales_price": Decimal(2),
            "purchase_lead_days": 0 if made else rng.randint(0, 28),
            "production_lead_days": rng.randint(0, 14) if made else 0,
            "work_center_id": centers[i % CENTERS]["id"] if made else None,
            "default_supplier_id": None if made else supplier["id"],
            "min_lot": Decimal(rng.choice([0, 100])), "lot_multiple": Decimal(rng.choice([0, 0, 25])),
        })
    bom = []
    for p in range(FINISHED):
        for s in rng.sample(range(FINISHED, FINISHED + SEMI), rng.randint(2, 4)):
            bom.append((p, s, Decimal(rng.randint(1, 3))))
        for m in rng.sample(range(FINISHED + SEMI, len(ids)), rng.randint(1, 3)):
            bom.append((p, m, Decimal(rng.randint(1, 20_000)) / 10_000))
    for s in range(FINISHED, FINISHED + SEMI):
        for m in rng.sample(range(FINISHED + SEMI, len(ids)), rng.randint(3, 6)):
            bom.append((s, m, Decimal(rng.randint(1, 50_000)) / 10_000))
    location = {"id": uuid.uuid4(), "code": "WH", "name": "仓库", "kind": LocationKind.FINISHED}
    stock = [{"item_id": ids[i], "location_id": location["id"], "qty": Decimal(rng.randint(0, 300))}
             for i in range(len(ids)) if rng.random() < 0.6]
    customer = {"id": uuid.uuid4(), "code": "C1", "name": "客户"}
    orders, lines = [], []
    for k in range(1000):
        order_id = uuid.uuid4()
        orders.append({"id": order_id, "number": f"SO-2027-{k:05d}", "customer_id": customer["id"],
                       "order_date": START, "status": OrderStatus.CONFIRMED})
        for n in range(3):
            lines.append({"id": uuid.uuid4(), "order_id": order_id, "line_no": n + 1,
                          "item_id": ids[rng.randrange(FINISHED)], "qty": Decimal(rng.randint(5, 200)),
                          "promised_date": START + dt.timedelta(days=rng.randint(0, 7 * WEEKS - 1))})
    pos, po_lines = [], []
    for k in range(500):
        po_id = uuid.uuid4()
        pos.append({"id": po_id, "number": f"PO-2027-{k:05d}", "supplier_id": supplier["id"], "order_date": START,
                    "status": POStatus.CONFIRMED})
        for n in range(3):
            po_lines.append({"id": uuid.uuid4(), "order_id": po_id, "line_no": n + 1,
                             "item_id": ids[rng.randrange(FINISHED + SEMI, len(ids))],
                             "qty": Decimal(rng.randint(100, 2000)),
                             "expected_date": START + dt.timedelta(days=rng.randint(0, 60))})
    wos = [{"id": uuid.uuid4(), "number": f"WO-2027-{k:05d}", "item_id": ids[rng.randrange(FINISHED + SEMI)],
            "qty": Decimal(rng.randint(50, 500)), "planned_start": START + dt.timedelta(days=rng.randint(0, 20)),
            "planned_end": START + dt.timedelta(days=rng.randint(21, 40)), "status": WorkOrderStatus.RELEASED}
           for k in range(600)]
    return {
        WorkCenter: centers, Supplier: [supplier], Customer: [customer], Item: items,
        BomLine: [{"id": uuid.uuid4(), "parent_id": ids[p], "component_id": ids[c], "qty_per": q,
                   "scrap_rate": Decimal(0)} for p, c, q in bom],
        Location: [location], StockBalance: stock, SalesOrder: orders, SalesOrderLine: lines,
        PurchaseOrder: pos, PurchaseOrderLine: po_lines, WorkOrder: wos,
    }


def _fill(db: Database, seed: int) -> None:
    migrate.upgrade(db)
    with db.write(SYSTEM) as s:
        conn = s.connection()
        for model, rows in _rows(seed).items():
            insert_rows(conn, model.__table__, rows)


@contextlib.contextmanager
def _reference_engine():
    """The pipeline with the pure-Python engine functions (the baseline)."""
    saved = planning_load.plan, planning.rough_cut, planning_peg.pegging.peg
    planning_load.plan, planning.rough_cut = mrp.reference_plan, capacity.reference_rough_cut
    planning_peg.pegging.peg = pegging.reference_peg
    try:
        yield
    finally:
        planning_load.plan, planning.rough_cut, planning_peg.pegging.peg = saved


def _best(runs: int, fn) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def measure(db: Database, runs: int) -> dict:
    def run():
        with db.write(SYSTEM) as s:
            return planning.run_plan(s, SYSTEM, start=START, weeks=WEEKS)

    def ask():
        with db.read() as s:
            return planning_promise.promise(s, SYSTEM, "I00007", Decimal(150), start=START, weeks=WEEKS)

    fast, summary = _best(runs, run)
    with _reference_engine():
        slow, ref = _best(1, run)
    assert (summary.planned, summary.exceptions) == (ref.planned, ref.exceptions), "reference disagrees"
    promise_s, answer = _best(runs, ask)
    return {"run": fast, "reference": slow, "promise": promise_s, "planned": summary.planned,
            "exceptions": summary.exceptions, "answer": answer}


def _report(name: str, m: dict) -> None:
    print(f"{name:<10} run_plan {m['run'] * 1000:7.0f} ms  (reference engine {m['reference'] * 1000:7.0f} ms, "
          f"{m['reference'] / m['run']:.1f}x)  planned orders {m['planned']:,}, exceptions {m['exceptions']:,}")
    a = m["answer"]
    print(f"{'':<10} promise  {m['promise'] * 1000:7.0f} ms  (load + plan + capacity + CTP): "
          f"{a.item} x {a.qty} -> {a.earliest} ({a.binding})")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pg", default=os.environ.get("SOPDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test"))
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(os.path.join(tmp, "plan.db"))
        _fill(db, args.seed)
        _report("SQLite", measure(db, args.runs))
        db.dispose()
    admin_url = make_url(args.pg).set(drivername="postgresql+psycopg")
    name = f"sopdesk_bench_plan_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database(admin_url.set(database=name))
        _fill(db, args.seed)
        _report("PostgreSQL", measure(db, args.runs))
        db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
