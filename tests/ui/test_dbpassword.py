"""The PostgreSQL password of the saved settings: in the OS password store (a fake in-memory
keyring here), never in the settings file; moved out of a file an older version wrote; not
saved, and said so on the database settings dialog, where there is no store."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from sopdesk.ui import dbpassword
from sopdesk.ui.dbsettings import DatabaseSettingsDialog
from sopdesk.ui.prefs import Prefs
from sopdesk.ui.tasks import SyncTaskRunner

URL = "postgresql+psycopg://sales:S3cret-pw@192.168.1.10:5432/sopdesk"
BARE = "postgresql+psycopg://sales@192.168.1.10:5432/sopdesk"


class MemoryKeyring(KeyringBackend):
    """A password store that lives in this process only."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def store():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_store():
    """As on a Linux PC without a desktop session: keyring's fail backend."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _file(tmp_path) -> str:
    return (tmp_path / "settings.ini").read_text(encoding="utf-8")


def _prefs(tmp_path) -> Prefs:
    return Prefs.at_path(tmp_path / "settings.ini")


def test_the_password_goes_to_the_store_and_the_url_without_it_to_the_file(tmp_path, store):
    prefs = _prefs(tmp_path)
    assert prefs.save_db_url(URL) is True
    prefs.sync()
    assert "S3cret-pw" not in _file(tmp_path) and "sales@192.168.1.10" in _file(tmp_path)
    assert store.saved == {("sopdesk", BARE): "S3cret-pw"}
    assert _prefs(tmp_path).db_url == URL  # the next start connects with it
    # the same server saved without a password forgets the stored one
    prefs.db_url = BARE
    assert store.saved == {} and _prefs(tmp_path).db_url == BARE


def test_without_a_store_the_password_is_not_saved(tmp_path, no_store):
    assert not dbpassword.store_available()
    prefs = _prefs(tmp_path)
    assert prefs.save_db_url(URL) is False
    prefs.sync()
    assert "S3cret-pw" not in _file(tmp_path)
    assert prefs.db_url == URL  # this run goes on with what was typed
    assert _prefs(tmp_path).db_url == BARE  # the next start asks for it again


@pytest.mark.parametrize("has_store", [True, False])
def test_a_plain_text_password_is_moved_out_of_the_file_on_first_read(tmp_path, request, has_store):
    memory = request.getfixturevalue("store") if has_store else request.getfixturevalue("no_store")
    old = _prefs(tmp_path)
    old.qs.setValue("database/url", URL)  # as an older version saved it
    old.sync()
    assert "S3cret-pw" in _file(tmp_path)
    prefs = _prefs(tmp_path)
    assert prefs.db_url == URL
    assert "S3cret-pw" not in _file(tmp_path)
    if has_store:
        assert memory.saved == {("sopdesk", BARE): "S3cret-pw"}
        assert _prefs(tmp_path).db_url == URL
    else:
        assert _prefs(tmp_path).db_url == BARE  # dropped: nowhere to keep it


def test_a_sqlite_file_never_loads_the_store(tmp_path, monkeypatch):
    def no(*_a):
        raise AssertionError("the password store was consulted for a SQLite file")

    monkeypatch.setattr(dbpassword, "_keyring", no)
    prefs = _prefs(tmp_path)
    prefs.db_url = str(tmp_path / "sopdesk.db")
    assert prefs.db_url == str(tmp_path / "sopdesk.db")
    prefs.db_url = "postgresql+psycopg://192.168.1.10/sopdesk"  # no user: no password to keep
    assert prefs.db_url == "postgresql+psycopg://192.168.1.10/sopdesk"


@pytest.mark.parametrize("has_store", [True, False])
def test_the_dialog_says_where_the_password_goes(qapp, qtbot, request, has_store):
    request.getfixturevalue("store" if has_store else "no_store")
    dialog = DatabaseSettingsDialog(URL, "en", SyncTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.use_server.isChecked() and dialog.password.text() == "S3cret-pw"
    note = dialog.password_note.text()
    if has_store:
        assert note == (f"The password is kept in this PC's password store ({dbpassword.store_name()}), "
                        "not in the settings file.")
    else:
        assert note == ("This PC has no password store: the password is not saved. "
                        "Enter it here again after each start.")
    assert dialog.url() == URL  # what was typed connects this run either way
    dialog.use_file.setChecked(True)
    dialog.use_server.setChecked(True)
    assert dialog.password_note.text() == note
