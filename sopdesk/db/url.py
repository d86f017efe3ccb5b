"""Turning what a user typed (--db, SOPDESK_DB, settings) into a database URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "sopdesk"
ENV_VAR = "SOPDESK_DB"


class BadDatabaseURL(ValueError):
    """A database address sopdesk cannot use: a message template with named parameters,
    like the services' errors (the UI translates the template)."""

    def __init__(self, message: str, **params):
        from sopdesk.services.errors import render

        self.template = message
        self.params = params
        self.message = render(message, params)
        super().__init__(self.message)


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "sopdesk.db"


def resolve_url(text: str | None = None) -> URL:
    """--db first, then $SOPDESK_DB, then the embedded SQLite file in the data directory.

    A bare file path means SQLite; postgresql:// and postgres:// use psycopg 3.
    """
    text = text or os.environ.get(ENV_VAR) or str(default_sqlite_path())
    text = text.strip()
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise BadDatabaseURL("not a database URL: {text}", text=text) from exc
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            return url.set(drivername="sqlite", database=str(Path(url.database).expanduser().resolve()))
        return url.set(drivername="sqlite")
    raise BadDatabaseURL("unsupported database {backend!r}: use a SQLite file or postgresql://", backend=backend)


def is_network_path(path: str) -> bool:
    """True for a UNC path, a mapped network drive on Windows, or an NFS/SMB mount on Unix.

    WAL needs shared memory that network file systems do not provide.
    """
    if path.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0]
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    return _unix_fs_type(path) in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p"}


def _unix_fs_type(path: str) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = os.path.realpath(os.path.dirname(os.path.abspath(path)) or ".")
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1], parts[2]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type


def describe(url: URL) -> str:
    """What the status bar and CLI show: the file, or the server without the password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)
