"""The KPI report (reports/kpi.kpi_history: a month and the 5 before it, every KPI) on the
large demo factory (100,000+ order lines, 1,000,000+ stock moves) against its target of 2 s,
with a baseline in the same run: the same revenue, output value, purchase cost, on-time
delivery and order lead time computed by pandas from the tables read whole (stock moves of
the six months, order lines and orders, PO lines, items), checked equal to the service's.

    python benchmarks/kpi_report.py [--db URL] [--runs 5]

Without --db the large demo is generated once into a temporary SQLite file and kept
(sopdesk-kpi-large.db in the temporary directory). Median of --runs after a warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
from sqlalchemy import text  # noqa: E402

from sopdesk.db import Database, migrate  # noqa: E402
from sopdesk.reports.kpi import kpi_history  # noqa: E402
from sopdesk.reports.periods import Month, bounds  # noqa: E402
from sopdesk.services import settings  # noqa: E402
from sopdesk.services.permissions import SYSTEM  # noqa: E402

TARGET = 2.0
DEFAULT_DB = Path(tempfile.gettempdir()) / "sopdesk-kpi-large.db"


def large_db(url: str | None) -> str:
    if url:
        return url
    if not DEFAULT_DB.exists():
        from sopdesk.demo import generate

        print(f"building the large demo at {DEFAULT_DB} (about a minute, once)…", file=sys.stderr)
        db = Database(str(DEFAULT_DB))
        migrate.upgrade(db)
        generate(db, scale="large", seed=1)
        db.dispose()
    return str(DEFAULT_DB)


def by_pandas(db: Database, month: Month, today) -> dict:
    """revenue, output value, purchase cost, on-time delivery %, lead time days per month."""
    first = month
    for _ in range(5):
        first = first.prev()
    with db.read() as s:
        tz = settings.factory_tz(s)
    edges = bounds(first, month, tz)
    ms = [first]
    while ms[-1] < month:
        ms.append(ms[-1].next())
    labels = [str(m) for m in ms]
    def stamp(at):  # SQLite keeps UTC text; PostgreSQL compares timestamptz (a text would be session time)
        return at if db.engine.dialect.name == "postgresql" else at.strftime("%Y-%m-%d %H:%M:%S")

    with db.engine.connect() as conn:
        moves = pd.read_sql(text("SELECT moved_at, item_id, move_type, qty, ref_type, ref_id FROM stock_move "
                                 "WHERE moved_at >= :a AND moved_at < :b AND move_type IN "
                                 "('shipment', 'output', 'receipt')"),
                            conn, params={"a": stamp(edges[0]), "b": stamp(edges[-1])})
        lines = pd.read_sql(text("SELECT l.id, l.qty, l.unit_price, l.shipped_qty, l.delivered_date, "
                                 "l.promised_date, l.requested_date, o.promised_date AS o_promised, "
                                 "o.requested_date AS o_requested, o.order_date, o.status "
                                 "FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id"), conn)
        po_lines = pd.read_sql(text("SELECT id, unit_price FROM purchase_order_line"), conn)
        items = pd.read_sql(text("SELECT id, standard_cost FROM item"), conn)
    scale = 10 ** 4  # SQLite stores Qty and Price as integers of 10**-4
    if db.engine.dialect.name == "postgresql":  # numerics, dates and uuids as SQLite gives them
        for df, cols in ((moves, ("qty",)), (lines, ("qty", "unit_price", "shipped_qty")),
                         (po_lines, ("unit_price",)), (items, ("standard_cost",))):
            for c in cols:
                df[c] = df[c].map(lambda v: None if v is None or pd.isna(v) else round(float(v) * scale)).astype("Int64")
        for df, cols in ((moves, ("item_id", "ref_id")), (lines, ("id",)), (po_lines, ("id",)), (items, ("id",))):
            for c in cols:
                df[c] = df[c].map(lambda v: None if v is None else str(v).replace("-", ""))
        for c in ("delivered_date", "promised_date", "requested_date", "o_promised", "o_requested", "order_date"):
            lines[c] = lines[c].map(lambda v: None if v is None or pd.isna(v) else v.isoformat())
    edge_ts = pd.to_datetime([e.astimezone(dt.UTC).replace(tzinfo=None) for e in edges])
    moved = pd.to_datetime(moves["moved_at"], utc=True).dt.tz_localize(None)
    moves["m"] = pd.cut(moved, edge_ts, right=False, labels=labels)
    out: dict = {lb: {} for lb in labels}
    ship = moves[moves.move_type == "shipment"].merge(lines[["id", "unit_price"]], left_on="ref_id", right_on="id")
    for lb, v in (-(ship.qty * ship.unit_price)).groupby(ship.m, observed=False).sum().items():
        out[lb]["revenue"] = Decimal(int(v)) / scale / scale
    outp = moves[moves.move_type == "output"].merge(items, left_on="item_id", right_on="id")
    for lb, v in (outp.qty * outp.standard_cost).groupby(outp.m, observed=False).sum().items():
        out[lb]["output_value"] = Decimal(int(v)) / scale / scale
    rec = moves[(moves.move_type == "receipt") & (moves.ref_type == "purchase_order_line")].merge(
        po_lines, left_on="ref_id", right_on="id")
    for lb, v in (rec.qty * rec.unit_price).groupby(rec.m, observed=False).sum().items():
        out[lb]["purchase_cost"] = Decimal(int(v)) / scale / scale
    counted = lines[~lines.status.isin(["draft", "in_review", "cancelled"])].copy()
    due = counted.promised_date.fillna(counted.o_promised).fillna(counted.requested_date).fillna(counted.o_requested)
    counted["due"] = due
    counted = counted[counted.due.notna()]
    counted["dm"] = counted.due.str.slice(0, 7)
    full = counted.shipped_qty >= counted.qty
    on_time = full & (counted.delivered_date <= counted.due)
    late = (full & ~on_time) | (~full & (counted.due < today.isoformat()))
    for lb in labels:
        sel = counted.dm == lb
        n_on, n_late = int((on_time & sel).sum()), int((late & sel).sum())
        out[lb]["on_time_delivery"] = (Decimal(100 * n_on) / (n_on + n_late)) if n_on + n_late else None
    dl = lines[(lines.status != "cancelled") & lines.delivered_date.notna()].copy()
    dl["dm"] = dl.delivered_date.str.slice(0, 7)
    dl["days"] = (pd.to_datetime(dl.delivered_date) - pd.to_datetime(dl.order_date)).dt.days
    for lb, v in dl[dl.dm.isin(labels)].groupby("dm").days.mean().items():
        out[lb]["order_lead_time_days"] = Decimal(str(v))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    db = Database(large_db(args.db))
    with db.engine.connect() as conn:
        n_lines = conn.execute(text("SELECT count(*) FROM sales_order_line")).scalar()
        n_moves = conn.execute(text("SELECT count(*) FROM stock_move")).scalar()
    with db.read() as s:
        today = settings.factory_today(s)
    month = Month.of(today).prev()  # the last whole month
    print(f"database {db.description}: {n_lines:,} order lines, {n_moves:,} stock moves; month {month}")

    def service():
        with db.read() as s:
            return kpi_history(s, SYSTEM, month, 5, today=today)

    def timed(fn):
        fn()
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times), result

    t_kpi, history = timed(service)
    t_pd, frame = timed(lambda: by_pandas(db, month, today))
    for km in history:
        want = frame[str(km.month)]
        for kpi, places in (("revenue", "0.01"), ("output_value", "0.01"), ("purchase_cost", "0.01"),
                            ("on_time_delivery", "0.01"), ("order_lead_time_days", "0.1")):
            got = km.get(kpi).value
            ref = want.get(kpi)
            ref = None if ref is None else ref.quantize(Decimal(places))
            assert got == ref, (str(km.month), kpi, got, ref)
    print(f"KPI report, 6 months x 10 KPIs (service):  {t_kpi * 1000:8.0f} ms   target {TARGET:.1f} s: "
          f"{'met' if t_kpi <= TARGET else 'MISSED'}")
    print(f"baseline, 5 of those KPIs by pandas:       {t_pd * 1000:8.0f} ms   (figures checked equal)")
    print(f"ratio baseline / service:                  {t_pd / t_kpi:8.1f} x")
    return 0 if t_kpi <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
