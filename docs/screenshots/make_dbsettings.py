"""Screenshots of the database settings dialog with a PostgreSQL server, zh and en: where
the password goes. With a password store (an in-memory keyring standing in for Windows
Credential Manager; the dialog names this system's store) and without one (keyring's fail
backend, as on a Linux PC without a desktop session).

    python docs/screenshots/make_dbsettings.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import settle, shoot  # noqa: E402

URL = "postgresql+psycopg://sales:S3cret-pw@192.168.1.10:5432/sopdesk"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(p.parse_args(argv).out)
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    from sopdesk.ui.app import make_application
    from sopdesk.ui.dbsettings import DatabaseSettingsDialog
    from sopdesk.ui.i18n import Translations
    from sopdesk.ui.tasks import SyncTaskRunner

    class MemoryKeyring(KeyringBackend):
        priority = 1
        saved: dict = {}

        def get_password(self, service, username):
            return self.saved.get((service, username))

        def set_password(self, service, username, password):
            self.saved[(service, username)] = password

        def delete_password(self, service, username):
            self.saved.pop((service, username), None)

    app = make_application()
    translations = Translations(app)
    for lang in ("zh", "en"):
        translations.apply("zh_CN" if lang == "zh" else "en")
        for name, backend in (("store", MemoryKeyring()), ("nostore", fail.Keyring())):
            keyring.set_keyring(backend)
            dialog = DatabaseSettingsDialog(URL, "zh_CN" if lang == "zh" else "en", SyncTaskRunner())
            dialog.show()
            settle(app)
            shoot(dialog, out / f"dbsettings_{name}_{lang}.png")
            dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
