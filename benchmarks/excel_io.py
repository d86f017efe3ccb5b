"""Excel import and export against pandas + openpyxl, on the same data, in one run.

Builds a 100,000-row x 12-column sales order ledger (.xlsx, one row per order line, the
order number repeated), a database holding its products and customers, then times whole
processes (python start-up included), each the median of --runs:

  baseline read    python -c "pandas.read_excel(FILE, engine='openpyxl')"
  sopdesk import   sopdesk import orders FILE  (parse, validate, write: a fresh database
                   copy each run, so every run inserts all 100,000 lines)
  baseline write   DataFrame.to_excel(engine="openpyxl") of the exported rows
  sopdesk export   sopdesk export orders OUT   (query + write)

and prints the ratios with the targets: import <= 0.35 x baseline read, export <= 0.5 x
baseline write. Also reports the peak memory (max RSS) and the CPU time (user + system) of
each process: on a loaded machine the CPU-time ratio moves less than the wall-clock one.
With --pg the PostgreSQL server's own work (COPY, foreign-key checks, indexes) is in the
import's wall-clock time but not in its CPU time.

    python benchmarks/excel_io.py [--rows 100000] [--runs 3] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = ["订单号", "行号", "客户名称", "下单日期", "产品编码", "产品名称", "数量", "单位", "单价", "金额",
           "要求交期", "备注"]
N_ITEMS, N_CUSTOMERS = 2000, 300


def build_ledger(path: Path, rows: int, seed: int = 7) -> None:
    import datetime as dt

    import xlsxwriter

    rnd = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("订单台账")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, HEADERS)
    base = dt.date(2026, 1, 5)
    epoch = dt.date(1899, 12, 30)
    line = 0
    order = 0
    r = 1
    while r <= rows:
        order += 1
        n_lines = rnd.randint(1, 7)
        number = f"SO-2026-{order:05d}"
        customer = f"客户{rnd.randrange(N_CUSTOMERS):03d}有限公司"
        day = base + dt.timedelta(days=rnd.randrange(300))
        for ln in range(1, n_lines + 1):
            if r > rows:
                break
            item = rnd.randrange(N_ITEMS)
            qty = rnd.choice((10, 20, 50, 100, 200, 500, 1000, 1500)) * rnd.randint(1, 4)
            price = rnd.randint(500, 99999) / 100
            ws.write_string(r, 0, number)
            ws.write_number(r, 1, ln)
            ws.write_string(r, 2, customer)
            ws.write_number(r, 3, (day - epoch).days, datef)
            ws.write_string(r, 4, f"FG-{item:04d}")
            ws.write_string(r, 5, f"产品{item:04d}")
            ws.write_number(r, 6, qty)
            ws.write_string(r, 7, "件")
            ws.write_number(r, 8, price)
            ws.write_number(r, 9, round(qty * price, 2))
            ws.write_number(r, 10, (day + dt.timedelta(days=rnd.choice((15, 20, 30, 45))) - epoch).days, datef)
            if rnd.random() < 0.1:
                ws.write_string(r, 11, rnd.choice(("加急", "分批发货", "=SUM(A1)", "客户自提")))
            r += 1
            line += 1
    wb.close()


def build_database(url: str) -> None:
    import uuid
    from decimal import Decimal

    from sqlalchemy import insert

    from sopdesk.db import Database, migrate
    from sopdesk.models import Customer, Item, ItemKind

    db = Database(url)
    migrate.upgrade(db)
    with db.write() as s:
        s.execute(insert(Item.__table__), [
            {"id": uuid.uuid4(), "code": f"FG-{i:04d}", "name": f"产品{i:04d}", "unit": "件", "kind": ItemKind.FINISHED,
             "safety_stock": Decimal(0), "standard_cost": Decimal("10"), "sales_price": Decimal("12.5"),
             "purchase_lead_days": 0, "is_core": False, "active": True, "version": 1}
            for i in range(N_ITEMS)])
        s.execute(insert(Customer.__table__), [
            {"id": uuid.uuid4(), "code": f"C{i:04d}", "name": f"客户{i:03d}有限公司", "is_key_account": False,
             "active": True, "version": 1}
            for i in range(N_CUSTOMERS)])
    db.dispose()
    ensure_user(url)


# the command line signs in (sopdesk/cli/signin.py): every timed import and export pays for
# one Argon2 check with the product's parameters, as a user's would
BENCH_USER = {"SOPDESK_USER": "bench", "SOPDESK_PASSWORD": "bench-secret1"}


def ensure_user(url: str) -> None:
    from sqlalchemy import select

    from sopdesk.db import Database
    from sopdesk.models import AppUser
    from sopdesk.services import users
    from sopdesk.services.permissions import SYSTEM

    db = Database(url)
    with db.write(SYSTEM) as s:
        if s.scalar(select(AppUser.id).where(AppUser.username == BENCH_USER["SOPDESK_USER"])) is None:
            users.create_user(s, SYSTEM, BENCH_USER["SOPDESK_USER"], "admin", BENCH_USER["SOPDESK_PASSWORD"])
    db.dispose()


def timed(cmd: list[str], env=None) -> tuple[float, float, float, subprocess.CompletedProcess]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, text=True)
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - t
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        proc = subprocess.CompletedProcess(cmd, child.returncode, out.read(), err.read())
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, proc


def _loadavg() -> str:
    try:
        with open("/proc/loadavg") as fh:
            return " ".join(fh.read().split()[:3])
    except OSError:  # not Linux
        return "n/a"


def _pg_fresh(url: str) -> str:
    """A new empty PostgreSQL database on the same server; returns its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"sopdesk_bench_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _pg_drop(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    u = make_url(url)
    admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)'))
    admin.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pg", metavar="URL", help="also (instead) import into PostgreSQL at this server URL")
    ap.add_argument("--workdir", help="keep files here (default: a temporary folder)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    load_at_start = _loadavg()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="sopdesk_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    ledger = work / f"ledger_{args.rows}.xlsx"
    if not ledger.exists():
        t = time.perf_counter()
        build_ledger(ledger, args.rows)
        print(f"built {ledger.name} ({ledger.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s",
              file=sys.stderr)
    template = work / "template.db"
    if not template.exists():
        build_database(f"sqlite:///{template}")
    ensure_user(f"sqlite:///{template}")  # a template kept from before the CLI signed in
    py = sys.executable
    env = {**os.environ, "PYTHONPATH": str(ROOT), **BENCH_USER}
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in
                                                     ("baseline_read", "import", "baseline_write", "export")}
    read_cmd = [py, "-c", f"import pandas; df = pandas.read_excel({str(ledger)!r}, engine='openpyxl'); "
                "print(len(df))"]
    # warm-up: the OS file cache and Python's bytecode cache, for both sides alike
    timed(read_cmd, env)
    db_for_export = None
    for run in range(args.runs):
        results["baseline_read"].append(timed(read_cmd, env)[:3])
        if args.pg:
            url = _pg_fresh(args.pg)
            build_database(url)
        else:
            copy = work / f"run{run}.db"
            shutil.copy(template, copy)
            url = f"sqlite:///{copy}"
        wall, peak, cpu, proc = timed([py, "-m", "sopdesk", "--db", url, "import", "orders", str(ledger), "--json"],
                                      env)
        out = json.loads(proc.stdout)
        assert out["committed"] and out["inserted"] == args.rows, out
        results["import"].append((wall, peak, cpu))
        if db_for_export and args.pg:
            _pg_drop(db_for_export)
        db_for_export = url

    # the exported rows, pickled once, are what the pandas baseline writes
    rows_pickle = work / "rows.pickle"
    from sopdesk.db import Database
    from sopdesk.services import exports
    from sopdesk.services.permissions import SYSTEM

    db = Database(db_for_export)
    with db.read() as s:
        exp = exports.export_rows(s, SYSTEM, "orders")
        data = [tuple(float(v) if hasattr(v, "as_tuple") else v for v in r) for r in exp.rows]
        headers = [c.header for c in exp.columns]
    db.dispose()
    with open(rows_pickle, "wb") as fh:
        pickle.dump((headers, data), fh)
    out_xlsx = str(work / "baseline_out.xlsx")
    write_cmd = [py, "-c", f"import pickle, pandas; h, d = pickle.load(open({str(rows_pickle)!r}, 'rb')); "
                 f"pandas.DataFrame(d, columns=h).to_excel({out_xlsx!r}, engine='openpyxl', index=False)"]
    for _run in range(args.runs):
        results["baseline_write"].append(timed(write_cmd, env)[:3])
        out_path = work / "export.xlsx"
        results["export"].append(timed([py, "-m", "sopdesk", "--db", db_for_export, "export", "orders",
                                        str(out_path)], env)[:3])
    # the export must import back unchanged
    wall, _peak, _cpu, proc = timed([py, "-m", "sopdesk", "--db", db_for_export, "import", "orders", str(work / "export.xlsx"),
                               "--json"], env)
    back = json.loads(proc.stdout)
    if args.pg:
        _pg_drop(db_for_export)

    med = {k: statistics.median(w for w, _, _ in v) for k, v in results.items()}
    peak = {k: max(p for _, p, _ in v) for k, v in results.items()}
    cpu = {k: statistics.median(c for _, _, c in v) for k, v in results.items()}
    report = {
        "rows": args.rows, "runs": args.runs, "database": "postgresql" if args.pg else "sqlite",
        "seconds": {k: round(v, 2) for k, v in med.items()},
        "cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
        "load_average": {"start": load_at_start, "end": _loadavg()},
        "peak_mib": {k: round(v) for k, v in peak.items()},
        "import_ratio": round(med["import"] / med["baseline_read"], 3), "import_target": 0.35,
        "export_ratio": round(med["export"] / med["baseline_write"], 3), "export_target": 0.5,
        "import_cpu_ratio": round(cpu["import"] / cpu["baseline_read"], 3),
        "export_cpu_ratio": round(cpu["export"] / cpu["baseline_write"], 3),
        "reimport_of_export": {"seconds": round(wall, 2), "unchanged": back["unchanged"],
                               "inserted": back["inserted"], "updated": back["updated"]},
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        s, c = report["seconds"], report["cpu_seconds"]
        print(f"{args.rows:,} rows x 12 columns, {report['database']}, median of {args.runs} (whole processes), "
              f"load average {report['load_average']['start']} -> {report['load_average']['end']}")
        print(f"  pandas+openpyxl read   {s['baseline_read']:7.2f} s  cpu {c['baseline_read']:6.2f} s"
              f"  peak {peak['baseline_read']:.0f} MiB")
        print(f"  sopdesk import         {s['import']:7.2f} s  cpu {c['import']:6.2f} s  peak {peak['import']:.0f} MiB"
              f"   ratio {report['import_ratio']:.3f} (target <= 0.35), cpu {report['import_cpu_ratio']:.3f}")
        print(f"  pandas+openpyxl write  {s['baseline_write']:7.2f} s  cpu {c['baseline_write']:6.2f} s"
              f"  peak {peak['baseline_write']:.0f} MiB")
        print(f"  sopdesk export         {s['export']:7.2f} s  cpu {c['export']:6.2f} s  peak {peak['export']:.0f} MiB"
              f"   ratio {report['export_ratio']:.3f} (target <= 0.5), cpu {report['export_cpu_ratio']:.3f}")
        r = report["reimport_of_export"]
        print(f"  re-import of the export: {r['seconds']:.2f} s, {r['unchanged']:,} unchanged, "
              f"{r['inserted']} inserted, {r['updated']} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
