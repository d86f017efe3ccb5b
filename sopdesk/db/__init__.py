from .engine import Database
from .url import BadDatabaseURL, default_sqlite_path, describe, resolve_url

__all__ = ["BadDatabaseURL", "Database", "default_sqlite_path", "describe", "resolve_url"]
