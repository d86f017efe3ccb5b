"""User accounts: create, list, sign in; the administrator's user management (change role or
display name, deactivate/reactivate, reset a password) and every user's own password change.

Rules checked here, whatever the screen shows: only an administrator who is still an
active administrator in the database manages users; nobody changes their own role or
deactivates themselves; the last active administrator keeps the role and stays active (on
PostgreSQL the active administrators' rows are locked while that is counted, so two
administrators demoting each other at the same moment cannot both succeed). A save over a
newer version of the account raises the conflict naming who changed what.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sopdesk.db import server_roles
from sopdesk.models import AppUser, Role

from .conflicts import conflict_error
from .errors import (
    AuthenticationFailed,
    DuplicateError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from .passwords import hash_password, needs_rehash, verify_password
from .permissions import SYSTEM, Actor, Permission, require

USERNAME_RE = re.compile(r"^[\w.\-]{2,60}$")
MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    version: int = 1


def _info(u: AppUser) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, u.role, u.active, u.version)


def create_user(
    session: Session, actor: Actor, username: str, role: Role | str, password: str,
    display_name: str = "",
) -> UserInfo:
    _require_admin(session, actor)
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "2 to 60 letters, digits, '.', '-' or '_'", field="username", value=username
        )
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError("unknown role {role}; one of {roles}", field="role", role=str(role),
                              roles=", ".join(r.value for r in Role)) from None
    _check_password(password)
    display_name = _clean_display_name(display_name)
    if session.scalar(select(AppUser.id).where(AppUser.username == username)):
        raise DuplicateError("user {username} already exists", field="username", username=username)
    on_server = _server_logins(session)
    user = AppUser(
        username=username, display_name=display_name or username, role=role,
        password_hash=server_roles.NO_APP_PASSWORD if on_server else hash_password(password),
        created_by_id=actor.user_id, updated_by_id=actor.user_id,
    )
    session.add(user)
    session.flush()
    if on_server:  # the person's PostgreSQL login, in the role's group (SCRAM)
        server_roles.manage_login(session, username, role, password, True)
    return _info(user)


def _server_logins(session: Session) -> bool:
    """A PostgreSQL database set up with `db init-server`: every user is a login of its own."""
    return server_roles.prefix_of(session) is not None


def create_first_admin(session: Session, username: str, password: str, display_name: str = "") -> UserInfo:
    """The very first account of a database that has none: its administrator, created
    without anyone signed in (the command line's `user add` on a new database; the app's
    first-start dialog does the same). Refused as soon as any account exists: from then on
    only an administrator adds users. On PostgreSQL the table is locked while it is
    counted, so two first starts at once cannot both succeed (SQLite's write transaction
    holds the database already)."""
    if session.bind.dialect.name == "postgresql":
        session.execute(text("LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE"))
    if session.scalar(select(func.count()).select_from(AppUser)):
        raise PermissionDenied("this database has users already: adding one needs an administrator's "
                               "sign-in", permission=Permission.USER_ADMIN.value, rule="not_first_user")
    return create_user(session, SYSTEM, username, Role.ADMIN, password, display_name)


def _clean_display_name(display_name: str | None) -> str:
    display_name = (display_name or "").strip()
    if len(display_name) > 120:
        raise ValidationError("at most 120 characters", field="display_name", max_len=120)
    return display_name


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(AppUser).order_by(AppUser.username))]


def actor_for(session: Session, username: str) -> Actor:
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    if user is None:
        raise NotFound("no user {username}", field="username", username=username)
    return Actor(user.id, user.username, user.role, user.display_name)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The signed-in actor, or AuthenticationFailed (same message for a wrong name or
    password, so the dialog does not reveal which users exist)."""
    user = session.scalar(select(AppUser).where(AppUser.username == (username or "").strip()))
    if _server_logins(session):  # PostgreSQL checked the password: the session is that login's
        if user is None or not user.active or session.scalar(text("SELECT session_user")) != user.username:
            raise AuthenticationFailed("wrong user name or password")
        return Actor(user.id, user.username, user.role, user.display_name)
    if user is None or not user.active or not verify_password(user.password_hash, password):
        raise AuthenticationFailed("wrong user name or password")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return Actor(user.id, user.username, user.role, user.display_name)


def set_password(session: Session, actor: Actor, username: str, password: str) -> None:
    """The command line's and the demo's password setter (SYSTEM, or a user for their own
    account). On screen: reset_password (administrator) and change_own_password."""
    if actor.username != username:
        require(actor, Permission.USER_ADMIN)
    _check_password(password)
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    if user is None:
        raise NotFound("no user {username}", field="username", username=username)
    _set_password(session, user, password)
    user.updated_by_id = actor.user_id


# -- the administrator's user management ----------------------------------------------------


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("at least {min_len} characters", field="password", min_len=MIN_PASSWORD)


def _require_admin(session: Session, actor: Actor) -> None:
    """The role's permission, and (for a signed-in user, not SYSTEM) that the account is
    still an active administrator: one demoted or deactivated on another PC a minute ago
    may not go on managing users from the window left open."""
    require(actor, Permission.USER_ADMIN)
    if actor.user_id is None:
        return
    row = session.execute(select(AppUser.role, AppUser.active).where(AppUser.id == actor.user_id)).first()
    if row is None or not row.active or row.role != Role.ADMIN:
        raise PermissionDenied("{username} is no longer an active administrator", username=actor.username,
                               permission=Permission.USER_ADMIN.value, role=actor.role.value, rule="not_admin_now")


def _locked_user(session: Session, user_id: uuid.UUID, expected_version: int | None) -> AppUser:
    """The account, read again under a row lock (PostgreSQL; SQLite's write transaction
    holds the database already), so the version compared is the committed one."""
    user = session.scalar(select(AppUser).where(AppUser.id == user_id).with_for_update()
                          .execution_options(populate_existing=True))
    if user is None:
        raise NotFound("no user {user_id}", field="user_id", user_id=str(user_id))
    if expected_version is not None and user.version != expected_version:
        raise conflict_error(session, user, expected_version)
    return user


def _other_active_admins(session: Session, user: AppUser) -> int:
    """Active administrators other than `user`, counted with their rows locked."""
    ids = session.scalars(select(AppUser.id).where(AppUser.role == Role.ADMIN, AppUser.active.is_(True))
                          .with_for_update()).all()
    return sum(1 for i in ids if i != user.id)


def list_accounts(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[UserInfo]:
    """Every account with its version, for the administrator's user list."""
    _require_admin(session, actor)
    stmt = select(AppUser).order_by(AppUser.active.desc(), AppUser.username)
    if not include_inactive:
        stmt = stmt.where(AppUser.active.is_(True))
    return [_info(u) for u in session.scalars(stmt)]


def get_account(session: Session, actor: Actor, user_id: uuid.UUID) -> UserInfo:
    _require_admin(session, actor)
    user = session.get(AppUser, user_id)
    if user is None:
        raise NotFound("no user {user_id}", field="user_id", user_id=str(user_id))
    return _info(user)


def change_role(session: Session, actor: Actor, user_id: uuid.UUID, role: Role | str,
                expected_version: int | None = None) -> UserInfo:
    """Give an account another role. Not one's own, and never the last active
    administrator's."""
    _require_admin(session, actor)
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError("unknown role {role}; one of {roles}", field="role", role=str(role),
                              roles=", ".join(r.value for r in Role)) from None
    user = _locked_user(session, user_id, expected_version)
    if user.role == role:
        return _info(user)
    if user.id == actor.user_id:
        raise ValidationError("you cannot change your own role", field="role", rule="own_role")
    if user.role == Role.ADMIN and user.active and not _other_active_admins(session, user):
        raise ValidationError("the last active administrator keeps the administrator role", field="role",
                              rule="last_admin")
    user.role = role
    user.updated_by_id = actor.user_id
    session.flush()
    if _server_logins(session):
        server_roles.manage_login(session, user.username, role)
    return _info(user)


def rename(session: Session, actor: Actor, user_id: uuid.UUID, display_name: str,
           expected_version: int | None = None) -> UserInfo:
    """Correct the name shown on documents and lists (王芳 for wang.fang); the user name used
    to sign in stays. Empty means the user name."""
    _require_admin(session, actor)
    display_name = _clean_display_name(display_name)
    user = _locked_user(session, user_id, expected_version)
    display_name = display_name or user.username
    if user.display_name == display_name:
        return _info(user)
    user.display_name = display_name
    user.updated_by_id = actor.user_id
    session.flush()
    return _info(user)


def set_active(session: Session, actor: Actor, user_id: uuid.UUID, active: bool,
               expected_version: int | None = None) -> UserInfo:
    """Deactivate an account (it can no longer sign in; its name stays on what it did) or
    reactivate it. Not one's own account, and never the last active administrator."""
    _require_admin(session, actor)
    user = _locked_user(session, user_id, expected_version)
    if user.active == bool(active):
        return _info(user)
    if not active:
        if user.id == actor.user_id:
            raise ValidationError("you cannot deactivate your own account", field="active", rule="own_account")
        if user.role == Role.ADMIN and not _other_active_admins(session, user):
            raise ValidationError("the last active administrator cannot be deactivated", field="active",
                                  rule="last_admin")
    user.active = bool(active)
    user.updated_by_id = actor.user_id
    session.flush()
    if _server_logins(session):  # deactivated: NOLOGIN, so psql refuses it too
        server_roles.manage_login(session, user.username, active=bool(active))
    return _info(user)


def reset_password(session: Session, actor: Actor, user_id: uuid.UUID, password: str,
                   expected_version: int | None = None) -> UserInfo:
    """An administrator sets a new password for someone who forgot theirs (tell it to them;
    they can change it themselves after signing in)."""
    _require_admin(session, actor)
    _check_password(password)
    user = _locked_user(session, user_id, expected_version)
    _set_password(session, user, password)
    user.updated_by_id = actor.user_id
    session.flush()
    return _info(user)


def _set_password(session: Session, user: AppUser, password: str) -> None:
    if _server_logins(session):
        server_roles.manage_login(session, user.username, password=password)
    else:
        user.password_hash = hash_password(password)


def change_own_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """Any signed-in user changes their own password; the current one is asked first, so a
    PC left signed in does not hand the account over."""
    on_server = _server_logins(session)
    stmt = select(AppUser).where(AppUser.id == actor.user_id)
    if not on_server:  # the hash is written here; on the server it is ALTER ROLE (no UPDATE on app_user)
        stmt = stmt.with_for_update()
    user = session.scalar(stmt) if actor.user_id is not None else None
    if user is None or not user.active:
        raise NotFound("no active user {username}", field="username", username=actor.username)
    if not (server_roles.password_works(session, user.username, old_password or "") if on_server
            else verify_password(user.password_hash, old_password or "")):
        raise ValidationError("the current password is wrong", field="old_password", rule="old_password")
    _check_password(new_password)
    if new_password == old_password:
        raise ValidationError("the new password is the same as the current one", field="password",
                              rule="same_password")
    if on_server:
        server_roles.change_own_password(session, user.username, new_password)
        return
    user.password_hash = hash_password(new_password)
    user.updated_by_id = actor.user_id
    session.flush()


__all__ = ["SYSTEM", "UserInfo", "actor_for", "authenticate", "change_own_password", "change_role",
           "create_first_admin", "create_user", "get_account", "list_accounts", "list_users", "reset_password", "set_active",
           "set_password"]
