"""What the app remembers on this PC (QSettings): last user, database, language, layout.
A database password is never written here: it goes to the OS password store (ui/dbpassword)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "zh_CN", "en")


class Prefs:
    """A thin typed wrapper over QSettings. State: the QSettings object."""

    def __init__(self, qsettings: QSettings | None = None):
        self.qs = qsettings if qsettings is not None else QSettings("sopdesk", "sopdesk")
        self._unsaved: dict[str, str] = {}  # keyring account -> password no store could keep

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
        """The saved database URL with its password from the password store (ui/dbpassword).
        A password still written in the settings by an older version is moved to the store
        on this first read, or dropped from the file where there is no store (it is still
        used for this run)."""
        stored = self._str("database/url")
        if "://" not in stored:
            return stored
        from . import dbpassword

        bare, password, account = dbpassword.split_password(stored)
        if account is None:
            return stored
        if password:  # plain text in the settings file: never again
            if not dbpassword.save(account, password):
                self._unsaved[account] = password
            self.qs.setValue("database/url", bare)
            self.qs.sync()
        else:
            password = self._unsaved.get(account) or dbpassword.load(account)
        return dbpassword.with_password(bare, password)

    @db_url.setter
    def db_url(self, value: str) -> None:
        self.save_db_url(value)

    def save_db_url(self, value: str) -> bool:
        """Save the URL without its password, the password in the store. False when the URL
        has a password that no store could keep (it is kept in memory for this run only)."""
        from . import dbpassword

        bare, password, account = dbpassword.split_password(value or "")
        self.qs.setValue("database/url", bare)
        if account is None:
            return True
        saved = dbpassword.save(account, password)
        if password and not saved:
            self._unsaved[account] = password
            return False
        self._unsaved.pop(account, None)
        return True

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
