"""Change my password (File menu, every user): the current password, then the new one
twice; services/users.change_own_password checks the current one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from sopdesk.services import users
from sopdesk.ui.changes import Changes

from .users import FormDialog, password_edit

translate = QCoreApplication.translate


class ChangePasswordDialog(FormDialog):
    """State (besides the form's): whether the change went through."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, translate("Admin", "Change my password"), parent)
        actor = ctx.actor
        self.form.addRow(translate("Admin", "User"), QLabel(f"{actor.username} · {actor.display_name}"))
        self.old_password: QLineEdit = self.add_field("old_password", translate("Admin", "Current password"),
                                                      password_edit())
        self.password: QLineEdit = self.add_field("password", translate("Admin", "New password"), password_edit())
        self.password_again: QLineEdit = self.add_field("password_again", translate("Admin", "New password again"),
                                                        password_edit())
        self.changed = False
        self.resize(420, 0)

    def submit(self) -> None:
        self.clear_errors()
        if not self.passwords_match(self.password, self.password_again):
            return
        old, new = self.old_password.text(), self.password.text()

        def done(_result) -> None:
            self.changed = True
            self.accept()

        self.ctx.mutate(lambda s, a: users.change_own_password(s, a, old, new), Changes(), done,
                        parent=self, on_error=self.failed)
