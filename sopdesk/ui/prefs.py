"""What the app remembers on this PC (QSettings): last user, database, language, layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "zh_CN", "en")


class Prefs:
    """A thin typed wrapper over QSettings. State: the QSettings object."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qs = qsettings if qsettings is not None else QSettings("sopdesk", "sopdesk")

    @classmethod
    def at_path(cls, path: str) -> Prefs:
        """An ini file (tests, selftest): never touches the user's real settings."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def _str(self, key: str, default: str = "") -> str:
        value = self.qs.value(key, default)
        return str(value) if value is not None else default

    @property
    def last_user(self) -> str:
        return self._str("signin/last_user")

    @last_user.setter
    def last_user(self, value: str) -> None:
        self.qs.setValue("signin/last_user", value)

    @property
    def db_url(self) -> str:
        return self._str("database/url")

    @db_url.setter
    def db_url(self, value: str) -> None:
        self.qs.setValue("database/url", value)

    @property
    def language(self) -> str:
        value = self._str("ui/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value if value in LANGUAGES else "system")

    def geometry(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(f"geometry/{key}", value)

    def sync(self) -> None:
        self.qs.sync()
