"""The command line as a user types it: exit codes and one-line errors."""

import io

import pytest

from sopdesk.cli.main import main
from sopdesk.db import migrate


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("sopdesk ")


def test_db_check_on_a_fresh_file_fails_then_upgrade_fixes_it(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["--db", url, "db", "check"]) == 1
    assert "run 'sopdesk db upgrade'" in capsys.readouterr().err
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert main(["--db", url, "db", "check"]) == 0
    assert "schema current" in capsys.readouterr().out


def test_db_check_and_users_on_both_databases(db, capsys, monkeypatch):
    url = _url(db)
    assert main(["--db", url, "db", "check"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["--db", url, "user", "add", "li.na", "--role", "sales", "--password-stdin"]) == 0
    assert main(["--db", url, "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "li.na" in out and "sales" in out


def test_user_mistakes_are_one_line_errors(db, capsys, monkeypatch):
    url = _url(db)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["--db", url, "user", "add", "x1", "--role", "boss", "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown role boss" in err and "Traceback" not in err
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--db", url, "user", "add", "x2", "--role", "sales", "--password-stdin"]) == 1
    assert "password: at least 6 characters" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["--db", url, "user", "add", "x3", "--role", "sales", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["--db", url, "user", "add", "x3", "--role", "sales", "--password-stdin"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_unreachable_server_is_one_line(capsys):
    code = main(["--db", "postgresql://nobody@127.0.0.1:1/none", "db", "check"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("sopdesk: cannot use the database:") and err.count("\n") == 1


def test_unsupported_url(capsys):
    assert main(["--db", "mysql://u@h/db", "db", "check"]) == 1
    assert "unsupported database" in capsys.readouterr().err


def test_backup_sqlite(tmp_path, capsys):
    import sqlite3

    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["--db", url, "db", "upgrade"]) == 0
    target = tmp_path / "copies" / "backup.db"
    assert main(["--db", url, "db", "backup", str(target)]) == 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()


def test_backup_postgresql(pg_db, tmp_path):
    import shutil

    db = pg_db
    assert shutil.which("pg_dump"), "pg_dump is part of the PostgreSQL client CI installs"
    target = tmp_path / "pg.dump"
    assert main(["--db", _url(db), "db", "backup", str(target)]) == 0
    assert target.read_bytes()[:5] == b"PGDMP"


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["db", "nonsense"])
    assert exit_.value.code == 2


def test_a_file_that_is_not_a_database_gets_one_line_and_is_left_alone(tmp_path, capsys):
    notes = tmp_path / "notes.db"
    notes.write_text("进货记录：周三到 200 kg\n", encoding="utf-8")
    for command in (["db", "upgrade"], ["db", "check"]):
        assert main(["--db", f"sqlite:///{notes}", *command]) == 1
        err = capsys.readouterr().err
        assert err == f"sopdesk: {notes} is not a sopdesk database (not an SQLite file); it was left as it is\n"
    assert notes.read_text(encoding="utf-8") == "进货记录：周三到 200 kg\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no backup copy, no journal
