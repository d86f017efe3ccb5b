"""The command line as a user types it: exit codes and one-line errors."""

import io

import pytest

from sopdesk.cli.main import main
from sopdesk.db import migrate
from tests.cli_signin import sign_in_cli


@pytest.fixture
def basics_cli(db):
    """One account per role (user name = role, password secret1) and a little master data."""
    from tests.factories import make_basics

    return make_basics(db)


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


def _stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_db_check_and_users_on_both_databases(db, capsys, monkeypatch):
    url = _url(db)
    assert main(["--db", url, "db", "check"]) == 0
    _stdin(monkeypatch, "boss-pw-1")  # the very first user: no sign-in, and an administrator
    assert main(["--db", url, "user", "add", "boss", "--role", "admin", "--password-stdin"]) == 0
    _stdin(monkeypatch, "boss-pw-1", "s3cret-pw")  # the administrator's password, then the new one
    assert main(["--db", url, "user", "add", "li.na", "--role", "sales", "--admin", "boss",
                 "--password-stdin"]) == 0
    _stdin(monkeypatch, "boss-pw-1")
    assert main(["--db", url, "user", "list", "--user", "boss", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "li.na" in out and "sales" in out and "boss" in out
    with db.read() as s:
        from sopdesk.services import users

        assert users.authenticate(s, "li.na", "s3cret-pw").role.value == "sales"


def test_the_first_user_is_an_administrator_added_without_signing_in(db, capsys, monkeypatch):
    url = _url(db)
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "add", "li.na", "--role", "sales", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no users yet: the first one is its administrator" in err
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "add", "boss", "--role", "admin", "--password-stdin"]) == 0
    # from now on an administrator signs in: without one, nobody adds an administrator
    _stdin(monkeypatch, "other-pw-1")
    assert main(["--db", url, "user", "add", "mallory", "--role", "admin", "--password-stdin"]) == 3
    assert "sign in first: --admin NAME" in capsys.readouterr().err
    from sopdesk.services import users

    with db.read() as s:
        assert [u.username for u in users.list_users(s)] == ["boss"]


def test_the_first_user_service_refuses_once_a_user_exists(db):
    from sopdesk.services import users
    from sopdesk.services.errors import PermissionDenied

    with db.write() as s:
        assert users.create_first_admin(s, "boss", "s3cret-pw").role.value == "admin"
    with pytest.raises(PermissionDenied, match="has users already"), db.write() as s:
        users.create_first_admin(s, "mallory", "s3cret-pw")


def test_user_add_by_a_non_administrator_is_refused(db, cli_admin, capsys, monkeypatch):
    url = _url(db)
    _stdin(monkeypatch, "s3cret-pw")  # the administrator signs in from the environment
    assert main(["--db", url, "user", "add", "li.na", "--role", "sales", "--password-stdin"]) == 0
    monkeypatch.delenv("SOPDESK_USER")
    monkeypatch.delenv("SOPDESK_PASSWORD")
    capsys.readouterr()
    _stdin(monkeypatch, "s3cret-pw", "mallory-pw")
    assert main(["--db", url, "user", "add", "mallory", "--role", "admin", "--admin", "li.na",
                 "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err == "sopdesk: role sales may not user.admin\n"
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "list", "--user", "li.na", "--password-stdin"]) == 1
    assert "may not user.admin" in capsys.readouterr().err
    _stdin(monkeypatch, "wrong-pw", "mallory-pw")
    assert main(["--db", url, "user", "add", "mallory", "--role", "admin", "--admin", cli_admin,
                 "--password-stdin"]) == 3
    assert capsys.readouterr().err == "sopdesk: sign-in refused: wrong user name or password\n"
    from sopdesk.services import users

    with db.read() as s:
        assert "mallory" not in {u.username for u in users.list_users(s)}


def test_user_mistakes_are_one_line_errors(db, cli_admin, capsys, monkeypatch):
    url = _url(db)
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "add", "x1", "--role", "boss", "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown role boss" in err and "Traceback" not in err
    _stdin(monkeypatch, "short")
    assert main(["--db", url, "user", "add", "x2", "--role", "sales", "--password-stdin"]) == 1
    assert "password: at least 6 characters" in capsys.readouterr().err
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "add", "x3", "--role", "sales", "--password-stdin"]) == 0
    _stdin(monkeypatch, "s3cret-pw")
    assert main(["--db", url, "user", "add", "x3", "--role", "sales", "--password-stdin"]) == 1
    assert "already exists" in capsys.readouterr().err
    _stdin(monkeypatch)
    assert main(["--db", url, "user", "add", "x4", "--role", "sales", "--password-stdin"]) == 2
    assert "standard input has no line for the new user's password" in capsys.readouterr().err


def _items_csv(tmp_path):
    path = tmp_path / "items.csv"
    path.write_text("物料编码,物料名称,类别,单位\nRM-9,铜线,原材料,kg\n", encoding="utf-8")
    return path


def _item_codes(db) -> set[str]:
    from sqlalchemy import select

    from sopdesk.models import Item

    with db.read() as s:
        return set(s.scalars(select(Item.code)))


def test_an_import_without_signing_in_is_refused_and_writes_nothing(db, cli_admin, tmp_path, capsys,
                                                                   monkeypatch):
    url, path = _url(db), _items_csv(tmp_path)
    monkeypatch.delenv("SOPDESK_USER")
    monkeypatch.delenv("SOPDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    for command in (["import", "items", str(path)], ["export", "items", str(tmp_path / "o.xlsx")],
                    ["plan", "run"], ["plan", "promise", "RM-9", "1"], ["db", "reopen-order", "SO-1"]):
        assert main(["--db", url, *command]) == 3, command
        err = capsys.readouterr().err
        assert err.startswith("sopdesk: sign in first: --user NAME (or set SOPDESK_USER)") and err.count("\n") == 1
    assert main(["--db", url, "import", "items", str(path), "--user", cli_admin]) == 3
    assert capsys.readouterr().err.startswith(f"sopdesk: no password for {cli_admin}: use --password-stdin")
    assert _item_codes(db) == set()
    assert not (tmp_path / "o.xlsx").exists()


def test_a_wrong_password_or_unknown_user_is_refused_alike(db, cli_admin, tmp_path, capsys, monkeypatch):
    url, path = _url(db), _items_csv(tmp_path)
    monkeypatch.setenv("SOPDESK_PASSWORD", "not-it")
    assert main(["--db", url, "import", "items", str(path)]) == 3
    wrong = capsys.readouterr().err
    assert wrong == "sopdesk: sign-in refused: wrong user name or password\n"
    monkeypatch.delenv("SOPDESK_USER")
    monkeypatch.delenv("SOPDESK_PASSWORD")
    _stdin(monkeypatch, "cli-secret1")
    assert main(["--db", url, "import", "items", str(path), "--user", "nobody", "--password-stdin"]) == 3
    assert capsys.readouterr().err == wrong  # the same line: it does not tell which users exist
    assert _item_codes(db) == set()
    # SOPDESK_PASSWORD is SOPDESK_USER's: it is not tried for another --user
    sign_in_cli(monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", url, "import", "items", str(path), "--user", "someone.else"]) == 3
    assert "no password for someone.else" in capsys.readouterr().err
    monkeypatch.delenv("SOPDESK_USER")
    monkeypatch.delenv("SOPDESK_PASSWORD")
    _stdin(monkeypatch, "cli-secret1")
    assert main(["--db", url, "import", "items", str(path), "--user", cli_admin, "--password-stdin"]) == 0
    assert _item_codes(db) == {"RM-9"}


def test_an_inactive_account_cannot_sign_in(db, cli_admin, tmp_path, capsys, monkeypatch):
    from sopdesk.services import users
    from sopdesk.services.permissions import SYSTEM

    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "gone", "supply", "gone-pw-1")
        gone = users.actor_for(s, "gone")
        users.set_active(s, SYSTEM, gone.user_id, False)
    sign_in_cli(monkeypatch, "gone", "gone-pw-1")
    assert main(["--db", _url(db), "import", "items", str(_items_csv(tmp_path))]) == 3
    assert "wrong user name or password" in capsys.readouterr().err


def test_the_service_refuses_what_the_signed_in_role_may_not_do(db, basics_cli, tmp_path, capsys,
                                                               monkeypatch):
    url = _url(db)
    count = tmp_path / "count.csv"
    count.write_text("物料编码,库位,盘点数量\nRM-001,RAW,10\n", encoding="utf-8")
    sign_in_cli(monkeypatch, "sales", "secret1")  # sales imports orders, not stock counts
    assert main(["--db", url, "import", "stock-count", str(count)]) == 1
    assert capsys.readouterr().err == "sopdesk: role sales may not stock.adjust\n"
    sign_in_cli(monkeypatch, "shopfloor", "secret1")  # the shop floor imports nothing
    assert main(["--db", url, "import", "items", str(_items_csv(tmp_path))]) == 1
    assert capsys.readouterr().err == "sopdesk: role shopfloor may not import.data\n"
    sign_in_cli(monkeypatch, "sales", "secret1")
    assert main(["--db", url, "plan", "run"]) == 1
    assert capsys.readouterr().err == "sopdesk: role sales may not plan.edit\n"
    assert _item_codes(db) == {"FG-100", "RM-001"}
    sign_in_cli(monkeypatch, "supply", "secret1")
    assert main(["--db", url, "import", "stock-count", str(count)]) == 0
    from sqlalchemy import select

    from sopdesk.models import ImportBatch

    with db.read() as s:
        batch = s.scalars(select(ImportBatch)).one()
        assert batch.user_id == basics_cli["supply"].user_id  # recorded as the signed-in user


def test_demo_refuses_a_database_that_has_users_or_data(db, cli_admin, capsys):
    assert main(["--db", _url(db), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already has 1 user account(s)" in err
    from sopdesk.services import users

    with db.read() as s:
        assert [u.username for u in users.list_users(s)] == [cli_admin]  # no demo123 accounts


def test_the_password_is_asked_on_a_terminal(db, cli_admin, tmp_path, monkeypatch):
    monkeypatch.delenv("SOPDESK_PASSWORD")
    asked = []

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "cli-secret1")
    assert main(["--db", _url(db), "import", "items", str(_items_csv(tmp_path))]) == 0
    assert asked == [f"{cli_admin}'s password: "]
    assert _item_codes(db) == {"RM-9"}


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
