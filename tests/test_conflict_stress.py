"""20 PCs (real processes) x 50 read-think-write cycles on one order, on each database:
no update is lost, nothing fails but the conflict, and every conflict names another user;
and one PC saving 100 times in a row from what each save answered: no false conflict."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sopdesk.models import Role
from sopdesk.services import orders, users
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics
from tests.test_conflicts import _order_input

WORKERS, CYCLES = 20, 50
ROOT = Path(__file__).resolve().parent.parent


def test_twenty_pcs_editing_one_order_lose_no_update(db, tmp_path):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        for n in range(WORKERS):
            users.create_user(s, SYSTEM, f"pc{n:02d}", Role.SALES, "secret1", display_name=f"PC {n:02d}")
    sales = b[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, _order_input(b, "1"))
    go = tmp_path / "go"
    url = db.url.render_as_string(hide_password=False)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.conflict_worker", url, f"pc{n:02d}", str(view.id), str(CYCLES), str(go)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(WORKERS)
    ]
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    commits = sum(r["commits"] for r in results)
    named = [(r["user"], who) for r in results for who in r["conflicts_named"]]
    assert [e for r in results for e in r["errors"]] == []
    assert commits + len(named) == WORKERS * CYCLES
    assert commits >= 1
    assert all(who is not None and who != me for me, who in named)  # the other user, by name
    with db.read() as s:
        final = orders.get_order(s, sales, view.id)
    # every committed +1 is there: a lost update would leave the quantity short
    assert final.lines[0].qty == Decimal(1 + commits)
    assert final.version == 1 + commits
    print(f"\n{db.url.get_backend_name()}: {commits} commits, {len(named)} conflicts")


def test_a_hundred_saves_in_a_row_without_reload_are_no_conflict(db, tmp_path):
    b = make_basics(db)
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "pc00", Role.SALES, "secret1", display_name="PC 00")
    sales = b[Role.SALES]
    with db.write(sales) as s:
        view = orders.create_order(s, sales, _order_input(b, "1"))
    go = tmp_path / "go"
    go.touch()
    url = db.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "tests.conflict_worker", url, "pc00", str(view.id), "100", str(go), "--no-reload"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["commits"], result["conflicts_named"], result["errors"]) == (100, [], [])
    with db.read() as s:
        final = orders.get_order(s, sales, view.id)
    assert (final.lines[0].qty, final.version) == (Decimal(101), 101)
