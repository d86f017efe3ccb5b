"""An import takes the database's write lock only for its write (issue 18): while the file is
parsed another PC writes (SQLite: without waiting for the lock), and a dry run or a file
with cell errors never takes it. The other writer runs from the import's own progress
callback, at a known point of the parse, with a busy timeout of 0.1 s: no sleeps."""

from __future__ import annotations

import uuid

from sqlalchemy import func, insert, select

from sopdesk.db import Database
from sopdesk.models import Customer, Item
from sopdesk.services import imports
from sopdesk.services.permissions import SYSTEM
from tests.excel.helpers import write_xlsx


def _other_pc(db) -> Database:
    return Database(db.url)


def _write_from_another_connection(other: Database, code: str) -> None:
    """A short write on a connection of its own that gives up after 0.1 s of waiting."""
    with other.engine.connect() as conn:
        if other.is_sqlite:
            conn.exec_driver_sql("PRAGMA busy_timeout=100")
            conn.commit()
        with conn.begin():
            conn.execute(insert(Customer.__table__).values(id=uuid.uuid4(), code=code, name=f"客户{code}",
                                                           is_key_account=False, active=True, version=1))


def _items_file(tmp_path, rows: int, bad: bool = False):
    body = [["物料编码", "物料名称", "类别", "单位"]]
    body += [[f"RM-{i:05d}", f"物料{i}", "原材料", "kg"] for i in range(rows)]
    if bad:
        body.append(["RM-BAD", "坏行", "不存在的类别", "kg"])
    return write_xlsx(tmp_path / "items.xlsx", {"物料": body})


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_another_pc_writes_while_the_file_is_parsed(db, tmp_path):
    path = _items_file(tmp_path, 3000)
    other = _other_pc(db)
    during_parse: list[float] = []

    def progress(x: float) -> None:
        if not during_parse and x < 0.5:  # run_import maps the parse to 0 .. 0.5
            _write_from_another_connection(other, "C-DURING")
            during_parse.append(x)

    try:
        result, _parsed = imports.run_import(db, SYSTEM, "items", path, progress=progress)
    finally:
        other.dispose()
    assert during_parse, "the parse reported no progress"
    assert result.committed and result.inserted == 3000
    assert _count(db, Item) == 3000 and _count(db, Customer) == 1


def test_a_dry_run_and_a_file_with_cell_errors_never_take_the_lock(db, tmp_path):
    other = _other_pc(db)
    writes: list[str] = []

    def progress_for(tag):
        def progress(x: float) -> None:
            if x >= 0.5 and tag not in writes:  # the database check after the parse
                _write_from_another_connection(other, tag)
                writes.append(tag)
        return progress

    try:
        clean = _items_file(tmp_path, 50)
        result, _ = imports.run_import(db, SYSTEM, "items", clean, dry_run=True, progress=progress_for("C-DRY"))
        assert not result.committed and result.inserted == 50 and not result.errors
        bad = _items_file(tmp_path, 50, bad=True)
        result, _ = imports.run_import(db, SYSTEM, "items", bad, progress=progress_for("C-BAD"))
        assert not result.committed and [e.row for e in result.errors] == [52]
    finally:
        other.dispose()
    assert writes == ["C-DRY", "C-BAD"]
    assert _count(db, Item) == 0 and _count(db, Customer) == 2
