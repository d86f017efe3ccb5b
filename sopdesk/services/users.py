"""User accounts: create, list, sign in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.models import AppUser, Role

from .errors import AuthenticationFailed, DuplicateError, NotFound, ValidationError
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


def _info(u: AppUser) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, u.role, u.active)


def create_user(
    session: Session, actor: Actor, username: str, role: Role | str, password: str,
    display_name: str = "",
) -> UserInfo:
    require(actor, Permission.USER_ADMIN)
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "2–60 letters, digits, '.', '-' or '_'", field="username", value=username
        )
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError(
            f"unknown role {role!r}; one of {', '.join(r.value for r in Role)}", field="role"
        ) from None
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(f"at least {MIN_PASSWORD} characters", field="password")
    if session.scalar(select(AppUser.id).where(AppUser.username == username)):
        raise DuplicateError(f"user {username} already exists", field="username")
    user = AppUser(
        username=username, display_name=display_name or username, role=role,
        password_hash=hash_password(password), created_by_id=actor.user_id,
        updated_by_id=actor.user_id,
    )
    session.add(user)
    session.flush()
    return _info(user)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(AppUser).order_by(AppUser.username))]


def actor_for(session: Session, username: str) -> Actor:
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    if user is None:
        raise NotFound(f"no user {username}", field="username")
    return Actor(user.id, user.username, user.role, user.display_name)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """The signed-in actor, or AuthenticationFailed (same message for a wrong name or
    password, so the dialog does not reveal which users exist)."""
    user = session.scalar(select(AppUser).where(AppUser.username == (username or "").strip()))
    if user is None or not user.active or not verify_password(user.password_hash, password):
        raise AuthenticationFailed("wrong user name or password")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return Actor(user.id, user.username, user.role, user.display_name)


def set_password(session: Session, actor: Actor, username: str, password: str) -> None:
    if actor.username != username:
        require(actor, Permission.USER_ADMIN)
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(f"at least {MIN_PASSWORD} characters", field="password")
    user = session.scalar(select(AppUser).where(AppUser.username == username))
    if user is None:
        raise NotFound(f"no user {username}", field="username")
    user.password_hash = hash_password(password)
    user.updated_by_id = actor.user_id


__all__ = ["SYSTEM", "UserInfo", "actor_for", "authenticate", "create_user", "list_users", "set_password"]
