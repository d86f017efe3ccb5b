"""The PostgreSQL password of the saved database URL: kept in the operating system's password
store (the keyring package: Windows Credential Manager, macOS Keychain, the Secret Service
on Linux desktops), never in the settings file.

The settings keep the URL without its password; the password is stored under the service
"sopdesk" and, as the account, that URL (postgresql+psycopg://user@host:port/db), so two
servers or two users keep two passwords. Where no store is available (a Linux PC without a
desktop session: keyring's "fail" backend) the password is not saved anywhere and the
database settings dialog says so: it is asked for again after each start.

keyring is imported only for a URL that has a user name to keep a password for: loading it
costs about 0.3 s (its backends are found through package metadata), which a SQLite user
never pays.
"""

from __future__ import annotations

import logging
import sys

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "sopdesk"


def split_password(url_text: str) -> tuple[str, str | None, str | None]:
    """(URL text without its password, the password or None, the keyring account or None).
    A SQLite path, or a text that is no URL, comes back as it is."""
    if "://" not in (url_text or ""):
        return url_text, None, None
    try:
        url = make_url(url_text)
    except Exception:  # noqa: BLE001 - not a URL: kept as typed, nothing to hide
        return url_text, None, None
    if url.get_backend_name() != "postgresql" or not url.username:
        return url_text, None, None
    bare = url._replace(password=None)  # URL.set() leaves a None argument unchanged
    text = bare.render_as_string(hide_password=False)
    return text, url.password, text


def with_password(url_text: str, password: str | None) -> str:
    if not password:
        return url_text
    url: URL = make_url(url_text).set(password=password)
    return url.render_as_string(hide_password=False)


def _keyring():
    """The keyring module with a usable backend, or None."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # pragma: no cover - a runtime dependency; a broken install saves nothing
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a store that cannot even be chosen is no store
        log.warning("no password store: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def store_available() -> bool:
    return _keyring() is not None


def store_name() -> str:
    """What the store is called on this system, for the settings dialog (a product name:
    Windows shows it under this name in either language)."""
    if sys.platform == "win32":
        return "Windows Credential Manager"
    if sys.platform == "darwin":
        return "macOS Keychain"
    return "Secret Service"


def save(account: str, password: str | None) -> bool:
    """Keep (or, with no password, forget) the password of `account`. False when no store
    could keep it."""
    keyring = _keyring()
    if keyring is None:
        return False
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            if keyring.get_password(SERVICE, account) != password:
                keyring.set_password(SERVICE, account, password)
        elif keyring.get_password(SERVICE, account) is not None:
            keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return True
    except KeyringError as exc:
        log.warning("the password store refused the password: %s", exc)
        return False
    return True


def load(account: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        log.warning("the password store could not be read: %s", exc)
        return None
