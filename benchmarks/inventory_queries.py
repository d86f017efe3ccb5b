"""Inventory queries on 1,000,000 stock moves: SQLite and PostgreSQL against pandas.

Fills a fresh database per backend (5,000 items, 4 locations, 1,000,000 moves over the 24
months up to 2026-11-25) with a Core bulk insert, builds stock_balance (and stock_total) from the moves in one
INSERT ... SELECT and stock_month with services.stock_month.rebuild_stock_month (what the
ledger keeps up to date move by move), runs ANALYZE, then loads the same moves into a
pandas DataFrame (item and type as categoricals, qty as exact scaled integers, moved_at as
UTC datetime64). Loading is reported but not timed as the operation.

Timed, median of --runs after one warm-up, operation only:

  on-hand, all items     SQL: stock_total (on-hand per item, kept by the ledger), read as the KPIs read it
                         (services.inventory_common.RawNumbers: exact scaled integers on
                         SQLite, shifted BIGINT on PostgreSQL, ids as text);
                         pandas: df.groupby(item).qty.sum() over the moves
  monthly turnover,      SQL: reports.inventory_kpi.monthly_turnover for 12 months, the KPI
  a year                 service: stock_month_value (stock_month valued per month and kind
                         of item, kept by the ledger; month_values: one read), opening,
                         closing, shipped and issued value, turnover and days per month;
                         pandas: the same figures from the moves: each move valued at its
                         item's cost (a lookup by category code), today's value the sum of
                         them all; the year's moves (a boolean mask) bucketed by month
                         (searchsorted) and grouped on (month, move type); today's value
                         rolled back month by month. Checked equal, figure for figure.
                         The groupby of quantities per (month, item, type) that values
                         nothing, the baseline before, is still printed for reference.
  also (SQL only)        month_values alone; per item and month from stock_month
                         (month_sums, which the independent check multiplies in Python,
                         `_month_values_in_python`, asserted equal); the same sums from
                         stock_move (the path before stock_month); typed reads, on-hand from
                         the moves without stock_balance, as of 30 days ago, and the service
                         calls the Inventory tab and the KPI screen make

    python benchmarks/inventory_queries.py [--moves 1000000] [--items 5000] [--runs 5]
        [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--only sqlite|postgresql]
        [--keep DIR] [--data synthetic|demo]

--data demo fills each database with the large demo factory (sopdesk.demo, 84 items and
about 1,150,000 moves) instead: fewer items, so far fewer (month, item) groups.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sqlalchemy import case, create_engine, func, literal, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from sopdesk.db import Database, migrate  # noqa: E402
from sopdesk.models import (  # noqa: E402
    Item,
    ItemKind,
    Location,
    LocationKind,
    MoveType,
    StockBalance,
    StockMove,
    StockTotal,
)
from sopdesk.reports.inventory_kpi import (  # noqa: E402
    _balances,
    _month_values_in_python,
    inventory_value,
    month_sums,
    month_values,
    monthly_turnover,
    on_hand_by_item_at,
)
from sopdesk.reports.periods import Month, bounds, months  # noqa: E402
from sopdesk.services import inventory, inventory_health, inventory_moves, settings  # noqa: E402
from sopdesk.services.inventory_common import BY_DATE, RawNumbers, indexed_by, sum_qty  # noqa: E402
from sopdesk.services.permissions import SYSTEM  # noqa: E402
from sopdesk.services.stock_month import rebuild_stock_month  # noqa: E402

TZ_NAME = "Asia/Shanghai"
END = dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC)
START = END - dt.timedelta(days=730)
YEAR = (Month(2025, 12), Month(2026, 11))
YEAR_MONTHS = months(*YEAR)
# (move type, share of operations, sign); a transfer writes two moves
MIX = [(MoveType.RECEIPT, 0.20, 1), (MoveType.ISSUE, 0.30, -1), (MoveType.OUTPUT, 0.10, 1),
       (MoveType.SHIPMENT, 0.16, -1), (MoveType.TRANSFER, 0.12, 0), (MoveType.ADJUSTMENT, 0.06, 0),
       (MoveType.COUNT, 0.06, 0)]
CHUNK = 20_000


# -- data ---------------------------------------------------------------------------------


def masters(rnd: random.Random, n_items: int):
    kinds = [ItemKind.RAW] * 6 + [ItemKind.SEMI] * 2 + [ItemKind.FINISHED] * 2
    items = [
        {"id": uuid.UUID(int=rnd.getrandbits(128)), "code": f"B{n:05d}", "name": f"物料 {n}",
         "kind": kinds[n % 10], "unit": "件", "safety_stock": Decimal(rnd.randint(0, 200)),
         "standard_cost": Decimal(rnd.randint(50, 50_000)) / 100, "sales_price": Decimal(0),
         "purchase_lead_days": 7, "is_core": n < 5, "active": True, "version": 1}
        for n in range(n_items)
    ]
    locations = [
        {"id": uuid.UUID(int=rnd.getrandbits(128)), "code": code, "name": code, "kind": kind,
         "non_negative": False, "active": True, "version": 1}
        for code, kind in (("RAW", LocationKind.RAW), ("WIP", LocationKind.WIP),
                           ("FG", LocationKind.FINISHED), ("QC", LocationKind.QUARANTINE))
    ]
    return items, locations


def moves(rnd: random.Random, items, locations, n_moves: int):
    """Yield lists of move dicts; deterministic for a seed."""
    types = [m[0] for m in MIX]
    weights = [m[1] for m in MIX]
    signs = {m[0]: m[2] for m in MIX}
    span = (END - START).total_seconds()
    item_ids = [i["id"] for i in items]
    loc_ids = [loc["id"] for loc in locations]
    made = 0
    chunk: list[dict] = []
    while made < n_moves:
        kind = rnd.choices(types, weights)[0]
        item = rnd.choice(item_ids)
        # in time order, as a ledger grows (jittered within each slot)
        at = START + dt.timedelta(seconds=(made + rnd.random()) * span / n_moves)
        qty = Decimal(rnd.randint(1, 20_000)) / 100
        common = {"item_id": item, "move_type": kind, "moved_at": at, "posted_at": at}
        if kind == MoveType.TRANSFER and made + 2 <= n_moves:
            a, b = rnd.sample(loc_ids, 2)
            ref = uuid.UUID(int=rnd.getrandbits(128))
            chunk.append({**common, "id": uuid.UUID(int=rnd.getrandbits(128)), "location_id": a, "qty": -qty,
                          "ref_type": "transfer", "ref_id": ref})
            chunk.append({**common, "id": uuid.UUID(int=rnd.getrandbits(128)), "location_id": b, "qty": qty,
                          "ref_type": "transfer", "ref_id": ref})
            made += 2
        else:
            kind = MoveType.ADJUSTMENT if kind == MoveType.TRANSFER else kind
            sign = signs[kind] or rnd.choice((-1, 1))
            # receipts outweigh issues a little, so balances stay mostly positive
            qty = qty * Decimal("1.3") if sign > 0 else qty
            chunk.append({**common, "move_type": kind, "id": uuid.UUID(int=rnd.getrandbits(128)),
                          "location_id": rnd.choice(loc_ids), "qty": sign * qty.quantize(Decimal("0.01")),
                          "ref_type": None, "ref_id": None})
            made += 1
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def fill(db: Database, n_items: int, n_moves: int, seed: int) -> float:
    rnd = random.Random(seed)
    items, locations = masters(rnd, n_items)
    table = StockMove.__table__
    secondary = [ix for ix in table.indexes if ix.name.startswith("ix_stock_move")]
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        if db.is_sqlite:  # a big page cache for the load only (random UUID keys)
            conn.exec_driver_sql("PRAGMA cache_size=-1000000")
        conn.execute(Item.__table__.insert(), items)
        conn.execute(Location.__table__.insert(), locations)
        for ix in secondary:  # the usual bulk load: build the indexes once, afterwards
            ix.drop(conn)
        for chunk in moves(rnd, items, locations, n_moves):
            conn.execute(table.insert(), chunk)
        for ix in secondary:
            ix.create(conn)
        # what the ledger maintains move by move, built here in one statement
        conn.execute(StockBalance.__table__.insert().from_select(
            ["item_id", "location_id", "qty", "last_move_at"],
            select(StockMove.item_id, StockMove.location_id, func.sum(StockMove.qty), func.max(StockMove.moved_at))
            .group_by(StockMove.item_id, StockMove.location_id),
        ))
        conn.execute(StockTotal.__table__.insert().from_select(  # and per item, as the ledger keeps it
            ["item_id", "qty"], select(StockBalance.item_id, func.sum(StockBalance.qty)).group_by(StockBalance.item_id)))
    analyze(db)
    return time.perf_counter() - t0


def fill_demo(db: Database, seed: int) -> float:
    """The large demo factory (sopdesk.demo): 84 items, about 1,150,000 moves over two years."""
    from sopdesk.demo import generate

    t0 = time.perf_counter()
    generate(db, scale="large", seed=seed, today=END.astimezone(ZoneInfo(TZ_NAME)).date())
    analyze(db)
    return time.perf_counter() - t0


def build_stock_month(db: Database) -> float:
    """stock_month (and from it stock_month_value) from the moves, by the function a
    time-zone change runs (the ledger keeps both move by move; the bulk load above bypassed
    the ledger)."""
    t0 = time.perf_counter()
    with db.write(SYSTEM) as s:
        rebuild_stock_month(s)
    analyze(db, "stock_month")
    analyze(db, "stock_month_value")
    return time.perf_counter() - t0


def analyze(db: Database, table: str = "") -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL also vacuums, outside a
    transaction as it must)."""
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"ANALYZE {table}".strip())
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM ANALYZE {table}".strip())


def sums_from_moves(session, edges: list[dt.datetime]):
    """The path monthly_turnover took before stock_month, kept as a reference: one range
    query per month over the index (moved_at, item_id, move_type, qty), in raw numbers; the
    last bucket holds everything from edges[-1] on."""
    raw = RawNumbers(session)
    M = StockMove
    zero = raw.zero()
    shipped = case((M.move_type == MoveType.SHIPMENT, M.qty), else_=literal(zero, M.qty.type))
    issued = case((M.move_type == MoveType.ISSUE, M.qty), else_=literal(zero, M.qty.type))
    buckets = []
    for lo, hi in zip(edges, edges[1:] + [None], strict=True):
        stmt = (select(raw.key(M.item_id), raw.number(func.sum(M.qty)), raw.number(func.sum(shipped)),
                       raw.number(func.sum(issued)))
                .where(M.moved_at >= lo).group_by(M.item_id))
        if hi is not None:
            stmt = stmt.where(M.moved_at < hi)
        buckets.append({r[0]: (r[1], r[2], r[3]) for r in session.execute(indexed_by(stmt, M, BY_DATE))})
    return buckets


def load_frame(db: Database) -> tuple[pd.DataFrame, np.ndarray, float]:
    """The moves as a DataFrame, and each item category's standard cost (exact, 10**-4
    units) in the frame's category order: what a pandas user holds in memory."""
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        rows = conn.execute(select(StockMove.item_id, StockMove.location_id, StockMove.qty, StockMove.move_type,
                                   StockMove.moved_at)).all()
        costs = {str(i): int(c.scaleb(4)) for i, c in conn.execute(select(Item.id, Item.standard_cost))}
    df = pd.DataFrame(rows, columns=["item_id", "location_id", "qty", "move_type", "moved_at"])
    df["item_id"] = df["item_id"].astype(str).astype("category")
    df["location_id"] = df["location_id"].astype(str).astype("category")
    df["move_type"] = df["move_type"].astype(str).astype("category")
    df["qty"] = (df["qty"].map(lambda d: int(d.scaleb(4)))).astype("int64")  # exact, 0.0001 units
    df["moved_at"] = pd.to_datetime(df["moved_at"], utc=True)
    cost = np.array([costs[c] for c in df["item_id"].cat.categories], dtype="int64")
    return df, cost, time.perf_counter() - t0


# -- timing -------------------------------------------------------------------------------


def timed(fn, runs: int) -> tuple[float, object]:
    result = fn()  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples), result


def sql_cases(db: Database, edges: list[dt.datetime]):
    as_of = END - dt.timedelta(days=30)
    M = StockMove

    def session_call(fn):
        def go():
            with db.read() as s:
                return fn(s)
        return go

    return {
        ON_HAND: session_call(lambda s: _balances(s, RawNumbers(s))),
        "  same, typed rows (UUID, Decimal per value)": session_call(
            lambda s: s.execute(select(StockTotal.item_id, StockTotal.qty)).all()),
        "  SUM(qty) per item over stock_balance (before stock_total)": session_call(
            lambda s: balances_grouped(s)),
        "  same, without stock_balance (sum of moves)": session_call(
            lambda s: s.execute(select(M.item_id, sum_qty(M.qty)).group_by(M.item_id)).all()),
        "  as of 30 days ago (balance - later moves)": session_call(lambda s: on_hand_by_item_at(s, as_of)),
        MONTHLY: session_call(lambda s: monthly_turnover(s, SYSTEM, *YEAR)),
        VALUES: session_call(lambda s: month_values(s, *YEAR)),
        PER_ITEM: session_call(lambda s: month_sums(s, *YEAR)),
        FROM_MOVES: session_call(lambda s: sums_from_moves(s, edges)),
        "service monthly_turnover, 12 months, raw material": session_call(
            lambda s: monthly_turnover(s, SYSTEM, *YEAR, ItemKind.RAW)),
        "service inventory_value, now": session_call(lambda s: inventory_value(s, SYSTEM)),
        "service inventory_value, at 2026-10-01 (month edge)": session_call(
            lambda s: inventory_value(s, SYSTEM, edges[-3])),
        "service inventory_value, a year ago (mid-month)": session_call(
            lambda s: inventory_value(s, SYSTEM, END - dt.timedelta(days=365))),
        "service fetch_stock, page 1 by available": session_call(lambda s: inventory.fetch_stock(
            s, SYSTEM, sort=inventory.StockSort("available"), limit=200)),
        "service count_stock": session_call(lambda s: inventory.count_stock(s, SYSTEM)),
        "service fetch_stock_as_of, page 1, 30 days ago": session_call(lambda s: inventory.fetch_stock_as_of(
            s, SYSTEM, as_of, limit=200)),
        "service fetch_health, page 1 by days of supply": session_call(lambda s: inventory_health.fetch_health(
            s, SYSTEM, sort=inventory_health.HealthSort("days_of_supply"), limit=200, now=END)),
        "service health_summary (all items)": session_call(
            lambda s: inventory_health.health_summary(s, SYSTEM, now=END)),
        "service fetch_moves, one item, page 1": session_call(lambda s: inventory_moves.fetch_moves(
            s, SYSTEM, inventory_moves.MoveFilter(item_id=s.scalar(select(Item.id).limit(1))), limit=200)),
    }


def balances_grouped(session):
    """On-hand per item the way the KPIs read it before stock_total: stock_balance grouped."""
    raw = RawNumbers(session)
    stmt = select(raw.key(StockBalance.item_id), raw.number(func.sum(StockBalance.qty))).group_by(StockBalance.item_id)
    return session.connection().execute(stmt).all()


def pandas_cases(df: pd.DataFrame, cost: np.ndarray, edges: list[dt.datetime]):
    cuts = np.array([e.replace(tzinfo=None) for e in edges], dtype="datetime64[ns]")

    def on_hand():
        return df.groupby("item_id", observed=True)["qty"].sum()

    def month_sums():
        sel = df[df["moved_at"] >= edges[0]]
        bucket = np.searchsorted(cuts, sel["moved_at"].to_numpy(dtype="datetime64[ns]"), side="right") - 1
        return sel.groupby([bucket, sel["item_id"], sel["move_type"]], observed=True)["qty"].sum()

    def turnover():
        """The figures monthly_turnover returns, from the moves: each move valued at its
        item's standard cost (exact, 10**-8 units), summed per month and move type with a
        groupby; the value at each month edge rolled back from today's (the sum of all
        moves); then opening, closing, average, shipped and issued cost, turnover, days."""
        value = df["qty"] * cost[df["item_id"].cat.codes.to_numpy()]
        today = int(value.sum())
        year = df["moved_at"] >= edges[0]  # the year's moves and any after it
        bucket = np.searchsorted(cuts, df.loc[year, "moved_at"].to_numpy(dtype="datetime64[ns]"), side="right") - 1
        sums = value[year].groupby([bucket, df.loc[year, "move_type"]], observed=True).sum()
        net = sums.groupby(level=0).sum()
        by_type = sums.unstack(fill_value=0)
        shipped = by_type.get(str(MoveType.SHIPMENT), pd.Series(0, index=by_type.index))
        issued = by_type.get(str(MoveType.ISSUE), pd.Series(0, index=by_type.index))
        n = len(edges) - 1
        edge = [0] * (n + 1)
        edge[n] = today - int(net.get(n, 0))  # today's value less what came after the year
        for k in range(n - 1, -1, -1):
            edge[k] = edge[k + 1] - int(net.get(k, 0))
        return [_turnover_row(k, edge[k], edge[k + 1], -int(shipped.get(k, 0)), -int(issued.get(k, 0)))
                for k in range(n)]

    return {ON_HAND: on_hand, MONTHLY: turnover, QTY_ONLY: month_sums}


def _turnover_row(k: int, opening: int, closing: int, shipped: int, issued: int) -> tuple:
    """(month index, opening, closing, average, shipped, issued, turnover, days) as
    Decimals, from raw values in 10**-8 units (all items: the outflow is what was shipped)."""
    def money(raw: int) -> Decimal:
        return (Decimal(raw) / 10**8).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    o, c, s, i = money(opening), money(closing), money(shipped), money(issued)
    average = ((o + c) / 2).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    days_in_month = YEAR_MONTHS[k].days
    turnover = (s / average).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP) if average else None
    days = (days_in_month * average / s).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if s else None
    return k, o, c, average, s, i, turnover, days


ON_HAND = "on-hand, all items (stock_total)"
MONTHLY = "monthly_turnover, a year (stock_month_value)"
QTY_ONLY = "  pandas: quantities per month, item, type only"
VALUES = "  month_values: read stock_month_value"
PER_ITEM = "  month_sums: per month and item (the check's input)"
FROM_MOVES = "  per month and item from stock_move (before 0003)"


# -- main ---------------------------------------------------------------------------------


def make_db(backend: str, pg_url: str, workdir: Path) -> tuple[Database, Callable[[], None]]:
    if backend == "sqlite":
        path = workdir / "bench.db"
        path.unlink(missing_ok=True)
        db = Database(str(path))
        return db, lambda: None
    admin_url = make_url(pg_url)
    name = f"sopdesk_bench_{uuid.uuid4().hex[:6]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(admin_url.set(database=name))

    def drop():
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return db, drop


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--moves", type=int, default=1_000_000)
    ap.add_argument("--items", type=int, default=5_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    ap.add_argument("--keep", help="directory for the SQLite file (kept afterwards)")
    ap.add_argument("--data", choices=["synthetic", "demo"], default="synthetic",
                    help="synthetic: --items items and --moves moves (default); demo: sopdesk.demo large")
    args = ap.parse_args()

    edges = bounds(*YEAR, ZoneInfo(TZ_NAME))
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    backends = [args.only] if args.only else ["sqlite", "postgresql"]
    results: dict[str, dict[str, float]] = {}
    pandas_times: dict[str, float] = {}
    for backend in backends:
        db, drop = make_db(backend, args.pg, workdir)
        try:
            migrate.upgrade(db)
            if args.data == "demo":
                fill_s = fill_demo(db, args.seed)
            else:
                with db.write(SYSTEM) as s:
                    settings.set_value(s, SYSTEM, "factory.timezone", TZ_NAME)
                fill_s = fill(db, args.items, args.moves, args.seed)
            summary_s = build_stock_month(db) if args.data == "synthetic" else None
            with db.read() as s:
                n = s.scalar(select(func.count()).select_from(StockMove))
                n_items = s.scalar(select(func.count()).select_from(Item))
            built = (f" (stock_month and stock_month_value rebuilt from the moves in {summary_s:.1f} s)"
                     if summary_s is not None else " (stock_month and its values written by the generator)")
            print(f"\n[{backend}, {args.data}] {n:,} moves, {n_items:,} items: filled in {fill_s:.1f} s{built}",
                  flush=True)
            results[backend] = {}
            for name, fn in sql_cases(db, edges).items():
                seconds, _ = timed(fn, args.runs)
                results[backend][name] = seconds
                print(f"  {name:<52} {seconds * 1000:9.1f} ms", flush=True)
            _check_stock_month(db, edges)
            if not pandas_times:
                df, cost, load_s = load_frame(db)
                print(f"[pandas] loaded {len(df):,} moves in {load_s:.1f} s "
                      f"({df.memory_usage(deep=True).sum() / 2**20:.0f} MiB); not part of the timings")
                pcases = pandas_cases(df, cost, edges)
                for name, fn in pcases.items():
                    seconds, _ = timed(fn, args.runs)
                    pandas_times[name] = seconds
                    print(f"  {name:<52} {seconds * 1000:9.1f} ms", flush=True)
                _check_same(db, edges, pcases)
                del df
        finally:
            if backend == "postgresql":
                drop()
            else:
                db.dispose()

    print("\nsummary: median ms (database / pandas; target <= 1.00)")
    print(f"  {'query':<52}" + "".join(f"{b:>22}" for b in results) + f"{'pandas':>10}")
    pairs = [(ON_HAND, ON_HAND), (MONTHLY, MONTHLY), (VALUES, MONTHLY), (PER_ITEM, MONTHLY),
             (FROM_MOVES, MONTHLY)]
    for name, pandas_name in pairs:
        line = f"  {name:<52}"
        for backend in results:
            db_s = results[backend][name]
            line += f"{db_s * 1000:12.1f} ({db_s / pandas_times[pandas_name]:5.2f})"
        print(line + f"{pandas_times[pandas_name] * 1000:10.1f}")
    print(f"  {QTY_ONLY:<52}" + " " * 22 * len(results) + f"{pandas_times[QTY_ONLY] * 1000:10.1f}")
    print("  (pandas monthly_turnover: the same twelve rows of figures, from the moves; the\n"
          "   quantities-only groupby, which values nothing, is shown for reference)")


def _raw_int(v) -> int:
    return v if isinstance(v, int) else int(v.scaleb(4))


def _totals(buckets, after=None) -> dict[int, int]:
    """Net per bucket in 0.0001 units; `after` (a month_sums tail) is the last bucket."""
    totals = {k: sum(_raw_int(v[0]) for v in b.values()) for k, b in enumerate(buckets)}
    if after is not None:
        totals[len(buckets)] = sum(_raw_int(v) for v in after.values())
    return totals


def _check_same(db: Database, edges, pcases) -> None:
    """The database and pandas computed the same figures (a benchmark of wrong answers is
    worth nothing)."""
    with db.read() as s:
        sql_total = s.scalar(select(sum_qty(StockBalance.qty)))
        assert s.scalar(select(sum_qty(StockTotal.qty))) == sql_total, "stock_total differs from stock_balance"
        buckets, after = month_sums(s, *YEAR)
        service = monthly_turnover(s, SYSTEM, *YEAR)
    assert int(sql_total.scaleb(4)) == int(pcases[ON_HAND]().sum()), "on-hand differs"
    pd_by_bucket = pcases[QTY_ONLY]().groupby(level=0).sum().to_dict()
    sql_by_bucket = {k: v for k, v in _totals(buckets, after).items() if v or k in pd_by_bucket}
    assert sql_by_bucket == {int(k): int(v) for k, v in pd_by_bucket.items()}, "monthly sums differ"
    mine = [(k, r.opening_value, r.closing_value, r.average_value, r.shipped_cost, r.issued_cost, r.turnover,
             r.days) for k, r in enumerate(service)]
    assert mine == pcases[MONTHLY](), "monthly turnover differs"
    print("  (checked: database and pandas agree on the on-hand total, every month's net and "
          "every figure of the monthly turnover)")


def _check_stock_month(db: Database, edges) -> None:
    """stock_month gives, per month and item, exactly what summing the moves gives, and its
    values priced in SQL are exactly those multiplied in Python."""
    with db.read() as s:
        buckets, after = month_sums(s, *YEAR)
        from_moves = sums_from_moves(s, edges)
        raw = RawNumbers(s)
        for kind in (None, *ItemKind):
            assert month_values(s, *YEAR, kind) == _month_values_in_python(s, *YEAR, kind, raw), kind
    assert buckets == from_moves[:-1], "stock_month differs from the moves"
    assert {k: v for k, v in after.items() if v} == {k: v[0] for k, v in from_moves[-1].items() if v[0]}


if __name__ == "__main__":
    main()
