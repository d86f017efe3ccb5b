"""The offline shop floor's acceptance at full size, on PostgreSQL (tests/test_offline_network.py
runs the same scenarios smaller in the suite):

- 500 operations from two shop-floor PCs (processes, 250 each) through tests/tcp_proxy.py
  losing 15 % of the COMMIT requests and 15 % of their answers and cutting 1 % of all chunks;
  baseline: the same 500 through the proxy losing nothing, in the same run; ratio printed;
- a PC's sync killed with SIGKILL 50 times at random moments, then one more sync.

Each asserts 0 duplicates, 0 lost, on-hand = the sum of the reports, outbox = server.

    python benchmarks/offline_sync.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
        [--ops 250] [--kills 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from sopdesk.db import Database, migrate  # noqa: E402
from tests.test_offline_network import run_kills, run_two_pcs  # noqa: E402


def _fresh(admin_url):
    name = f"sopdesk_offline_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name)
    db = Database(url)
    migrate.upgrade(db)
    return admin, name, url, db


def _drop(admin, name, db) -> None:
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--ops", type=int, default=250, help="operations per PC (two PCs)")
    parser.add_argument("--kills", type=int, default=50)
    args = parser.parse_args()
    admin_url = make_url(args.pg).set(drivername="postgresql+psycopg")
    results = {}
    for label, kwargs in (("baseline, no loss", {"drop": 0.0, "cut": 0.0}), ("15 % lost each way", {})):
        admin, name, url, db = _fresh(admin_url)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                results[label] = run_two_pcs(db, url, Path(tmp), args.ops, **kwargs)
        finally:
            _drop(admin, name, db)
        r = results[label]
        print(f"{2 * args.ops} operations, 2 PCs, {label}: {r['seconds']:.1f} s; proxy {dict(r['proxy'])}; "
              f"replayed {r['replayed']}; 0 duplicates, 0 lost, on-hand = reports")
    ratio = results["15 % lost each way"]["seconds"] / results["baseline, no loss"]["seconds"]
    print(f"bad line / good line: {ratio:.2f}x")
    admin, name, url, db = _fresh(admin_url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            k = run_kills(db, url, Path(tmp), args.kills)
    finally:
        _drop(admin, name, db)
    print(f"kill -9 x{args.kills}: {k['operations']} operations, {k['sent_by_killed_processes']} sent by the "
          f"killed processes, final sync {k['final_sync']}, replayed {k['replayed']}, {k['seconds']:.1f} s; "
          "outbox = server, nothing applied twice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
