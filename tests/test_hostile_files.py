"""Issue 18's hostile files: every one goes through the real command line (`sopdesk import`)
in its own process with its address space capped at 300 MiB, and must be refused with one
clear sentence and the bad-input exit code, no traceback, nothing written to the database.

The corpus is made by tests/excel/hostile.py: sparse extremes (A1 + XFD1048576, a <dimension>
that lies, cells without references, prefixed tags), a zip bomb, deep XML, billion laughs,
a truncated zip, an .ods of repeated cells, .xls files with a far cell, a huge DIMENSIONS
claim and a lying string count, Excel 2003 XML and HTML ".xls" that expand, and CSVs too
wide or in an encoding that is not read."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.excel import hostile

ROOT = Path(__file__).resolve().parent.parent
CAP = 300 * 1024 * 1024
EXIT_USAGE = 2  # sopdesk/cli/excel_cmds.py: a file that cannot be used


def _capped():
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


SIGNED_IN = {"SOPDESK_USER": "boss", "SOPDESK_PASSWORD": "boss-secret1"}  # the command line signs in


def sopdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sopdesk.cli.main", *args], capture_output=True, text=True,
                          cwd=ROOT, preexec_fn=_capped, timeout=120, input=stdin,
                          env={**os.environ, **SIGNED_IN})


def _rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "sopdesk.db"
    done = sopdesk("--db", str(db), "user", "add", "boss", "--role", "admin", "--password-stdin",
                   stdin=SIGNED_IN["SOPDESK_PASSWORD"] + "\n")  # the first user: the schema comes with it
    assert done.returncode == 0, done.stderr
    return db


def test_the_cap_leaves_room_for_a_real_import(database, tmp_path):
    """The control: under the same cap a good file imports (so a refusal is the reader's)."""
    path = tmp_path / "items.csv"
    path.write_text("物料编码,物料名称,类别,单位\nFG-1,成品一,成品,件\n", encoding="gbk")
    done = sopdesk("--db", str(database), "import", "items", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["inserted"] == 1


@pytest.mark.parametrize("make,code", hostile.CORPUS, ids=[m.__name__ for m, _ in hostile.CORPUS])
def test_a_hostile_file_is_refused_cleanly(database, tmp_path, make, code):
    path = make(tmp_path)
    before = _rows(database)
    done = sopdesk("--db", str(database), "import", "orders", str(path), "--json")
    assert done.returncode == EXIT_USAGE, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr
    out = json.loads(done.stdout)
    assert out["committed"] is False and out["error"]
    if code is not None:
        assert out["code"] == code, out
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [f"sopdesk: {path}: {out['error']}"]
    assert _rows(database) == before


def test_the_sparse_file_names_its_real_size_and_the_limit(tmp_path):
    done = sopdesk("--db", str(tmp_path / "x.db"), "import", "orders", str(hostile.sparse_xfd1048576(tmp_path)),
                   "--dry-run", "--json")
    assert json.loads(done.stdout)["error"] == (
        "sheet 订单 spans 1,048,576 rows x 16,384 columns (17,179,869,184 cells); the limit is 5,000,000 cells")
    assert hostile.sparse_xfd1048576(tmp_path).stat().st_size < 6000
