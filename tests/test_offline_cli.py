"""`sopdesk shopfloor report` and `sopdesk shopfloor sync`: queued as the screen does, signed in
like the other commands (and from this PC's memory of a sign-in while the server is away)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from sopdesk.cli.main import main
from sopdesk.models import ProductionReport, WorkOrder, WorkOrderStatus
from sopdesk.offline import LocalStore
from sopdesk.services import ledger
from tests.cli_signin import sign_in_cli
from tests.factories import make_basics
from tests.shopfloor_factory import make_floor

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/nowhere"


@pytest.fixture
def world(db, monkeypatch, tmp_path):
    b = make_basics(db)
    f = make_floor(db, b)
    sign_in_cli(monkeypatch, "shopfloor", "secret1")
    monkeypatch.setenv("SOPDESK_SHOPFLOOR_STORE", str(tmp_path / "pc.sqlite"))
    return b, f, db.url.render_as_string(hide_password=False)


def _json(capsys):
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_report_queues_and_sends_at_once_when_online(db, world, capsys):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "report", "WO-2026-00001", "--good", "120", "--scrap", "2",
                 "--scrap-reason", "毛刺", "--minutes", "90"]) == 0
    out = _json(capsys)
    assert (out["queued"], out["state"], out["left"]) == ("WO-2026-00001", "flagged", 0)
    with db.read() as s:
        [row] = s.scalars(select(ProductionReport)).all()
        assert (str(row.op_id), row.good_qty, row.scrap_qty, row.minutes, row.scrap_reason) == (
            out["op_id"], 120, 2, 90, "毛刺")
        assert ledger.on_hand(s, b.product.id, b.finished_store.id) == 120
        assert row.note == "flags: over_released"  # 120 of 100 released: recorded and flagged
    assert main(["--db", url, "shopfloor", "sync", "--json"]) == 0
    assert _json(capsys) == {"sent": 0, "replayed": 0, "flagged": 0, "left": 0, "conflicts": 0}


def test_offline_report_waits_in_the_outbox(db, world, capsys, tmp_path):
    b, f, url = world
    # one sign-in while online fills the cache and remembers the user at this PC
    assert main(["--db", url, "shopfloor", "sync"]) == 0
    assert "sent 0" in capsys.readouterr().out
    assert main(["--db", UNREACHABLE, "shopfloor", "report", "WO-2026-00003", "--good", "5"]) == 0
    out = _json(capsys)
    assert (out["state"], out["left"]) == ("pending", 1)
    [op] = LocalStore(tmp_path / "pc.sqlite").operations()
    assert (op.username, op.payload["good_qty"], op.state) == ("shopfloor", "5", "pending")
    assert main(["--db", UNREACHABLE, "shopfloor", "sync", "--json"]) == 0
    assert _json(capsys) == {"sent": 0, "replayed": 0, "flagged": 0, "left": 1, "conflicts": 0}
    with db.read() as s:
        assert s.scalars(select(ProductionReport)).all() == []


def test_offline_report_by_a_user_never_signed_in_here_is_refused(world, capsys):
    assert main(["--db", UNREACHABLE, "shopfloor", "report", "WO-2026-00003", "--good", "5"]) == 3
    assert "has not signed in at this PC" in capsys.readouterr().err


def test_sync_json_counts_sent_and_finish(db, world, capsys):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "report", "WO-2026-00003", "--good", "20", "--finish"]) == 0
    assert _json(capsys)["state"] == "sent"
    with db.read() as s:
        assert s.get(WorkOrder, f.wo_b.id).status == WorkOrderStatus.DONE


def test_report_refuses_what_the_screen_refuses(world, capsys):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "report", "WO-2026-00001", "--good", "3", "--scrap", "1"]) == 1
    assert "scrap_reason" in capsys.readouterr().err
    assert main(["--db", url, "shopfloor", "report", "WO-1999-00009", "--good", "3"]) == 1
    assert "not among the released work orders" in capsys.readouterr().err


def test_issue_takes_the_proposal_and_sends_it_when_online(db, world, capsys):
    b, f, url = world
    # FG-300 ×50: 2 kg RM-001 (+5 %) and 1 housing each, as the screen proposes them
    assert main(["--db", url, "shopfloor", "issue", "WO-2026-00002"]) == 0
    out = _json(capsys)
    assert (out["queued"], out["state"], out["left"]) == ("WO-2026-00002", "sent", 0)
    assert sorted((ln["item"], ln["qty"]) for ln in out["lines"]) == [
        (b.material.code, "105"), ("RM-010", "50")]
    with db.read() as s:
        assert ledger.on_hand(s, b.material.id, b.raw_store.id) == 895
        assert ledger.on_hand(s, f.housing.id, b.raw_store.id) == 450
    # what is issued is no longer proposed: a second issue has nothing left to take
    assert main(["--db", url, "shopfloor", "issue", "WO-2026-00002"]) == 1
    assert "nothing to issue" in capsys.readouterr().err


def test_offline_issue_is_proposed_from_the_cache_and_waits(db, world, capsys, tmp_path):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "sync"]) == 0  # fills the cache, remembers the sign-in
    capsys.readouterr()
    assert main(["--db", UNREACHABLE, "shopfloor", "issue", "WO-2026-00002", "--qty", "RM-010=40"]) == 0
    out = _json(capsys)
    assert (out["state"], out["left"]) == ("pending", 1)
    assert sorted((ln["item"], ln["qty"]) for ln in out["lines"]) == [(b.material.code, "105"), ("RM-010", "40")]
    [op] = LocalStore(tmp_path / "pc.sqlite").operations()
    assert (op.kind, op.state, op.username) == ("issue", "pending", "shopfloor")
    assert op.payload["work_order_id"] == str(f.wo_flush.id)
    assert sorted(ln["qty"] for ln in op.payload["lines"]) == ["105", "40"]
    assert {ln["location_id"] for ln in op.payload["lines"]} == {str(b.raw_store.id)}
    with db.read() as s:
        assert ledger.on_hand(s, f.housing.id, b.raw_store.id) == 500  # nothing moved yet
    # (a queued issue sent once the server is back: tests/test_offline_sync.py, the same client)


@pytest.mark.parametrize(("qty", "message"), [
    ("RM-999=5", "not CODE=N for a material of WO-2026-00002"),
    ("RM-010", "not CODE=N"),
    ("RM-010=abc", "is not a quantity of 0 or more"),
    ("RM-010=-3", "is not a quantity of 0 or more"),
])
def test_issue_refuses_a_quantity_it_cannot_use(world, capsys, qty, message):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "issue", "WO-2026-00002", "--qty", qty]) == 1
    assert message in capsys.readouterr().err


def test_issue_names_an_unknown_location(world, capsys):
    b, f, url = world
    assert main(["--db", url, "shopfloor", "issue", "WO-2026-00002", "--location", "NOWHERE"]) == 1
    assert "no location NOWHERE" in capsys.readouterr().err
