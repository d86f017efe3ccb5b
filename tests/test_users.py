import pytest

from sopdesk.models import AppUser, AuditLog, Role
from sopdesk.services import numbering, settings, users
from sopdesk.services.errors import (
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from sopdesk.services.permissions import SYSTEM, Permission, require


def test_sign_in_with_hashed_password(db):
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "wang.fang", Role.SALES, "good-pass", "王芳")
    with db.read() as s:
        stored = s.query(AppUser).filter_by(username="wang.fang").one().password_hash
    assert stored.startswith("$argon2id$") and "good-pass" not in stored
    with db.write() as s:
        actor = users.authenticate(s, "wang.fang", "good-pass")
    assert actor.role == Role.SALES and actor.display_name == "王芳"
    for name, pw in [("wang.fang", "bad-pass"), ("nobody", "good-pass")]:
        with pytest.raises(AuthenticationFailed) as err, db.write() as s:
            users.authenticate(s, name, pw)
        assert str(err.value) == "wrong user name or password"


def test_inactive_users_cannot_sign_in(db):
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "gone", Role.SUPPLY, "good-pass")
        s.query(AppUser).filter_by(username="gone").one().active = False
    with pytest.raises(AuthenticationFailed), db.write() as s:
        users.authenticate(s, "gone", "good-pass")


def test_only_admins_manage_users(db):
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "boss", Role.MANAGER, "good-pass")
        manager = users.actor_for(s, "boss")
    with pytest.raises(PermissionDenied), db.write(manager) as s:
        users.create_user(s, manager, "new", Role.SALES, "good-pass")


@pytest.mark.parametrize("name", ["", "a", "has space", "x" * 61])
def test_bad_user_names(db, name):
    with pytest.raises(ValidationError) as err, db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, name, Role.SALES, "good-pass")
    assert err.value.field == "username"


def test_user_changes_are_audited_without_the_hash(db):
    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "li", Role.SALES, "good-pass")
    with db.write(SYSTEM) as s:
        users.set_password(s, SYSTEM, "li", "other-pass")
    with db.read() as s:
        entries = s.query(AuditLog).filter_by(table_name="app_user").all()
    assert entries and all("password_hash" not in e.changes for e in entries)


def test_role_permissions_matrix():
    from sopdesk.services.permissions import ROLE_PERMISSIONS

    assert Permission.PO_EDIT not in ROLE_PERMISSIONS[Role.SALES]
    assert Permission.ORDER_EDIT not in ROLE_PERMISSIONS[Role.PRODUCTION]
    assert ROLE_PERMISSIONS[Role.SHOPFLOOR] == {Permission.PLAN_VIEW, Permission.PRODUCTION_REPORT, Permission.STOCK_VIEW,
                                              Permission.STOCK_PRODUCTION}
    assert Permission.USER_ADMIN in ROLE_PERMISSIONS[Role.ADMIN]
    with pytest.raises(PermissionDenied):
        require(SYSTEM.__class__(None, "x", Role.SHOPFLOOR), Permission.ORDER_EDIT)


def test_document_numbers_are_sequential_per_prefix_and_year(db):
    with db.write(SYSTEM) as s:
        got = [numbering.next_number(s, "SO", 2026) for _ in range(3)]
        got.append(numbering.next_number(s, "PO", 2026))
        got.append(numbering.next_number(s, "SO", 2027))
    assert got == ["SO-2026-00001", "SO-2026-00002", "SO-2026-00003", "PO-2026-00001", "SO-2027-00001"]
    with db.write(SYSTEM) as s:
        first = numbering.reserve_block(s, "SO", 2026, 100)
        assert first == 4
        assert numbering.next_number(s, "SO", 2026) == "SO-2026-00104"


def test_settings_defaults_validation_and_factory_day(db):
    import datetime as dt

    with db.read() as s:
        assert settings.get(s, "review.due_hours") == 24
        assert settings.get(s, "factory.timezone") == "Asia/Shanghai"
        # 17:00 UTC is already the next day in Shanghai
        assert settings.factory_today(s, dt.datetime(2026, 3, 1, 17, 0, tzinfo=dt.UTC)) == dt.date(2026, 3, 2)
    with db.write(SYSTEM) as s:
        settings.set_value(s, SYSTEM, "review.due_hours", 48)
        with pytest.raises(ValidationError):
            settings.set_value(s, SYSTEM, "factory.timezone", "Mars/Olympus")
    with db.read() as s:
        assert settings.get(s, "review.due_hours") == 48


def test_two_pcs_taking_the_first_number_of_a_year_both_succeed(pg_db):
    import threading

    barrier = threading.Barrier(2)
    got, errors = [], []

    def take():
        try:
            with pg_db.write(SYSTEM) as s:
                barrier.wait(timeout=10)
                got.append(numbering.next_number(s, "SO", 2031))
        except Exception as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=take) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(got) == ["SO-2031-00001", "SO-2031-00002"]


def test_the_first_start_creates_the_first_administrator_only_once(db):
    from sopdesk.ui.firststart import create_admin

    made = create_admin(db, "boss", "厂长", "first-pass-1", "first-pass-1")
    assert made.role == Role.ADMIN
    with pytest.raises(PermissionDenied) as err:  # a second PC's first-start dialog, left open
        create_admin(db, "boss2", "副厂长", "first-pass-2", "first-pass-2")
    assert err.value.details["rule"] == "not_first_user"
    with db.read() as s:
        assert [u.username for u in users.list_users(s)] == ["boss"]
