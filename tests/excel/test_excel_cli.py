"""`sopdesk import` and `sopdesk export` as a user types them: JSON, exit codes."""

import io
import json

import pytest
from sqlalchemy import func, select

from sopdesk.cli.main import main
from sopdesk.models import SalesOrderLine
from tests.cli_signin import sign_in_cli
from tests.excel.helpers import ORDER_HEADERS, write_xlsx
from tests.factories import make_basics

KEYS = {"kind", "file", "rows_read", "inserted", "updated", "unchanged", "skipped", "created", "errors", "committed"}


@pytest.fixture(autouse=True)
def _signed_in(monkeypatch):
    """The command line signs in as make_basics' administrator (admin / secret1)."""
    sign_in_cli(monkeypatch, "admin", "secret1")


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _ledger(tmp_path, qty="10"):
    rows = [["台账"], ORDER_HEADERS, ["SO-1", "宁波东方机电有限公司", "2026-07-01", "FG-100", "", qty, 1, "", ""],
            ["SO-1", "", "", "RM-001", "", "5", 1, "", ""]]
    return write_xlsx(tmp_path / "l.xlsx", {"订单": rows})


def test_import_json_and_exit_codes(db, tmp_path, capsys):
    make_basics(db)
    url = _url(db)
    path = _ledger(tmp_path)
    assert main(["--db", url, "import", "orders", str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= KEYS and out["committed"] is False and out["inserted"] == 2
    assert main(["--db", url, "import", "orders", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["committed"] is True and out["inserted"] == 2 and out["errors"] == [] and out["rows_read"] == 2
    assert main(["--db", url, "import", "orders", str(path)]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    bad = _ledger(tmp_path, qty="-1")
    errors_file = tmp_path / "errors.xlsx"
    assert main(["--db", url, "import", "orders", str(bad), "--json", "--errors-file", str(errors_file)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["committed"] is False
    assert out["errors"] == [{"sheet": "订单", "row": 3, "column": "数量", "value": "-1", "message": "cannot be negative"}]
    assert errors_file.exists()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrderLine)) == 2


def test_unreadable_files_and_usage_exit_2(db, tmp_path, capsys):
    make_basics(db)
    url = _url(db)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert main(["--db", url, "import", "orders", str(junk), "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["committed"] is False and "damaged" in captured.err
    assert main(["--db", url, "import", "orders", str(tmp_path / "missing.xlsx")]) == 2
    nohead = write_xlsx(tmp_path / "n.xlsx", {"S": [["hello", "world"], [1, 2]]})
    assert main(["--db", url, "import", "orders", str(nohead)]) == 2
    assert "no header row" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", url, "import", "widgets", str(nohead)])
    assert exit_.value.code == 2


def test_export_and_templates(db, tmp_path, capsys):
    make_basics(db)
    url = _url(db)
    out = tmp_path / "items.xlsx"
    assert main(["--db", url, "export", "items", str(out)]) == 0
    assert "exported 2 items rows" in capsys.readouterr().out
    assert main(["--db", url, "import", "items", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 2
    tpl = tmp_path / "tpl.xlsx"
    assert main(["--db", url, "export", "orders", str(tpl), "--template"]) == 0
    assert main(["--db", url, "export", "on-hand", str(tmp_path / "oh.xlsx")]) == 0
    assert main(["--db", url, "export", "on-hand", str(tpl), "--template"]) == 2


def test_shortages_export(db, tmp_path, capsys):
    import openpyxl

    make_basics(db)
    url = _url(db)
    rows = [["订单号", "客户编码", "下单日期", "产品编码", "数量", "承诺交期", "状态"],
            ["SO-S1", "C001", "2026-11-20", "FG-100", 30, "2026-12-10", "已确认"]]
    assert main(["--db", url, "import", "orders", str(write_xlsx(tmp_path / "o.xlsx", {"S": rows}))]) == 0
    out = tmp_path / "short.xlsx"
    assert main(["--db", url, "export", "shortages", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("物料编码", "物料名称", "类别")
    fg = next(r for r in rows[1:] if r[0] == "FG-100")
    assert fg[7] == 30 and fg[12] == "是" and "SO-S1/1" in fg[14]


def test_import_brings_the_schema_up_to_date_only_when_needed(db, tmp_path, capsys, monkeypatch):
    """The import command reads the stored revision and skips Alembic when it is the newest;
    a new database file is created and migrated before the import."""
    import sopdesk.cli.main as cli_main
    from sopdesk.db import Database, migrate

    calls = []
    real = cli_main.ensure_schema
    monkeypatch.setattr(cli_main, "ensure_schema", lambda d: (calls.append(d.url), real(d)))
    make_basics(db)
    path = _ledger(tmp_path)
    assert main(["--db", _url(db), "import", "orders", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["inserted"] == 2 and calls == []  # current: no Alembic

    # a new database file: its first user (which creates and migrates it) signs the import in
    fresh = tmp_path / "new.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("secret1\n"))
    assert main(["--db", str(fresh), "user", "add", "admin", "--role", "admin", "--password-stdin"]) == 0
    assert len(calls) == 1
    capsys.readouterr()
    people = write_xlsx(tmp_path / "c.xlsx", {"客户": [["客户名称", "电话"], ["宁波东方机电有限公司", "0574-1"]]})
    assert main(["--db", str(fresh), "import", "customers", str(people), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["committed"] is True and out["inserted"] == 1 and len(calls) == 1
    new_db = Database(str(fresh))
    try:
        assert migrate.current_revision(new_db) == migrate.head_revision()
    finally:
        new_db.dispose()


def test_the_process_entry_point_commits_flushes_and_exits_with_the_code(db, tmp_path):
    """`python -m sopdesk import/export` end the process without freeing the heap object by
    object (cli.main.run): the rows are committed, the database closed, every line of output
    printed and the exit code kept, for a clean file, a file with errors and an export."""
    import subprocess
    import sys

    make_basics(db)
    url = _url(db)

    def sopdesk(*args):
        return subprocess.run([sys.executable, "-m", "sopdesk", "--db", url, *args], capture_output=True,
                              text=True, timeout=120)

    done = sopdesk("import", "orders", str(_ledger(tmp_path)), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["committed"] is True
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrderLine)) == 2
    bad = sopdesk("import", "orders", str(_ledger(tmp_path, qty="-1")), "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["errors"][0]["message"] == "cannot be negative"
    out = tmp_path / "orders.xlsx"
    exported = sopdesk("export", "orders", str(out))
    assert exported.returncode == 0 and "exported 2 orders rows" in exported.stdout
    again = sopdesk("import", "orders", str(out), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["unchanged"] == 2
