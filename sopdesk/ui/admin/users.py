"""The Users page of the Administration tab: every account with its role and state; add a
user with a role and an initial password, change a role, deactivate or reactivate, reset a
forgotten password. The services decide (services/users.py); the buttons are enabled only
where the action can work: never on one's own account, never to leave the factory without
an active administrator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.models import Role
from sopdesk.services import users
from sopdesk.services.errors import ServiceError
from sopdesk.ui import labels
from sopdesk.ui.changes import Changes
from sopdesk.ui.errors import sentence
from sopdesk.ui.widgets import FieldError

translate = QCoreApplication.translate
USER_CHANGES = Changes(reviews=True, inbox=True)  # names and roles show in reviews and notices


def _role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(labels.role(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(Role(current).value))
    return combo


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FormDialog(QDialog):
    """A form whose service errors show under their field (else under the form).
    State: the context, the fields' error labels, the saved result."""

    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.field_errors: dict[str, FieldError] = {}
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.result_value = None

    def add_field(self, name: str, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        error = FieldError()
        v.addWidget(error)
        self.field_errors[name] = error
        self.form.addRow(title, box)
        return widget

    def add_hint(self, text: str) -> None:
        """A grey note under the fields (what the action does)."""
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4b5563;")
        self.form.addRow(hint)

    def clear_errors(self) -> None:
        self.error.clear_message()
        for e in self.field_errors.values():
            e.clear_message()

    def show_field_error(self, field: str | None, text: str) -> None:
        target = self.field_errors.get(field or "", self.error)
        target.show_message(text)

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError) and exc.code != "conflict":
            self.show_field_error(exc.field, sentence(exc))
            return
        self.ctx.show_error(self, exc)
        if isinstance(exc, ServiceError):
            self.reject()  # a conflict: the list reloads and shows what the other PC saved

    def done_with(self, result) -> None:
        self.result_value = result
        self.accept()

    def submit(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def passwords_match(self, first: QLineEdit, again: QLineEdit) -> bool:
        if first.text() != again.text():
            self.show_field_error("password_again", translate("Admin", "The two passwords differ."))
            return False
        return True


class AddUserDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, translate("Admin", "Add user"), parent)
        self.username = self.add_field("username", translate("Admin", "User name"), QLineEdit())
        self.username.setPlaceholderText(translate("Admin", "e.g. wang.fang (used to sign in)"))
        self.display_name = self.add_field("display_name", translate("Admin", "Display name"), QLineEdit())
        self.display_name.setPlaceholderText(translate("Admin", "e.g. 王芳"))
        self.role = self.add_field("role", translate("Admin", "Role"), _role_combo(Role.SALES))
        self.password = self.add_field("password", translate("Admin", "Initial password"), password_edit())
        self.password_again = self.add_field("password_again", translate("Admin", "Password again"), password_edit())
        self.add_hint(translate("Admin", "Tell the user this password; they can change it from the File menu after signing in."))
        self.resize(440, 0)

    def submit(self) -> None:
        self.clear_errors()
        if not self.passwords_match(self.password, self.password_again):
            return
        username, display, role, password = (self.username.text(), self.display_name.text(),
                                             self.role.currentData(), self.password.text())
        self.ctx.mutate(lambda s, a: users.create_user(s, a, username, role, password, display),
                        USER_CHANGES, self.done_with, parent=self, on_error=self.failed)


class RoleDialog(FormDialog):
    def __init__(self, ctx, user: users.UserInfo, parent=None):
        super().__init__(ctx, translate("Admin", "Change role: {0}").format(user.username), parent)
        self.user = user
        self.form.addRow(translate("Admin", "User"), QLabel(f"{user.username} · {user.display_name}"))
        self.role = self.add_field("role", translate("Admin", "New role"), _role_combo(user.role))
        self.resize(380, 0)

    def submit(self) -> None:
        self.clear_errors()
        user, role = self.user, self.role.currentData()
        self.ctx.mutate(lambda s, a: users.change_role(s, a, user.id, role, user.version),
                        USER_CHANGES, self.done_with, parent=self, on_error=self.failed)


class RenameDialog(FormDialog):
    def __init__(self, ctx, user: users.UserInfo, parent=None):
        super().__init__(ctx, translate("Admin", "Change display name: {0}").format(user.username), parent)
        self.user = user
        self.form.addRow(translate("Admin", "User name"), QLabel(user.username))
        self.display_name = self.add_field("display_name", translate("Admin", "Display name"),
                                           QLineEdit(user.display_name))
        self.display_name.selectAll()
        self.add_hint(translate("Admin", "The name shown on documents and lists. The user name used to sign in stays."))
        self.resize(420, 0)

    def submit(self) -> None:
        self.clear_errors()
        user, display = self.user, self.display_name.text()
        self.ctx.mutate(lambda s, a: users.rename(s, a, user.id, display, user.version),
                        USER_CHANGES, self.done_with, parent=self, on_error=self.failed)


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx, user: users.UserInfo, parent=None):
        super().__init__(ctx, translate("Admin", "Reset password: {0}").format(user.username), parent)
        self.user = user
        self.form.addRow(translate("Admin", "User"), QLabel(f"{user.username} · {user.display_name}"))
        self.password = self.add_field("password", translate("Admin", "New password"), password_edit())
        self.password_again = self.add_field("password_again", translate("Admin", "Password again"), password_edit())
        self.add_hint(translate("Admin", "The old password stops working at once. Tell the user the new one."))
        self.resize(420, 0)

    def submit(self) -> None:
        self.clear_errors()
        if not self.passwords_match(self.password, self.password_again):
            return
        user, password = self.user, self.password.text()
        self.ctx.mutate(lambda s, a: users.reset_password(s, a, user.id, password, user.version),
                        USER_CHANGES, self.done_with, parent=self, on_error=self.failed)


class UsersPage(QWidget):
    """State: the context, the accounts loaded, the dialog open (if any).
    sig_loaded(count) after each load."""

    sig_loaded = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: list[users.UserInfo] = []
        self.dialog: QDialog | None = None
        self.add_button = QPushButton(translate("Admin", "Add user…"))
        self.role_button = QPushButton(translate("Admin", "Change role…"))
        self.rename_button = QPushButton(translate("Admin", "Change display name…"))
        self.deactivate_button = QPushButton(translate("Admin", "Deactivate"))
        self.reactivate_button = QPushButton(translate("Admin", "Reactivate"))
        self.reset_button = QPushButton(translate("Admin", "Reset password…"))
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #4b5563;")
        self.reason.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for b in (self.add_button, self.role_button, self.rename_button, self.deactivate_button, self.reactivate_button,
                  self.reset_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addStretch(1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([translate("Admin", "User name"), translate("Admin", "Display name"), translate("Admin", "Role"), translate("Admin", "State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.reason)
        lay.addWidget(self.message)

        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.rename_button.clicked.connect(self.rename)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        self.reset_button.clicked.connect(self.reset_password)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------

    def load(self, select_id=None, message: str = "") -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        self.ctx.query(lambda s, a: users.list_accounts(s, a), lambda rows: self._loaded(rows, keep, message),
                       parent=self)

    def _loaded(self, rows: list[users.UserInfo], keep, message: str) -> None:
        self.accounts = rows
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            me = u.id == self.ctx.actor.user_id
            cells = [u.username + ("  " + translate("Admin", "(you)") if me else ""), u.display_name, labels.role(u.role),
                     translate("Admin", "Active") if u.active else translate("Admin", "Deactivated")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(c, max(self.table.columnWidth(c) + 24, 120))
        row = next((i for i, u in enumerate(rows) if u.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._selection_changed()
        self.message.setStyleSheet("color: #1e7b3c;")
        self.message.setText(message)
        self.sig_loaded.emit(len(rows))

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows and rows[0].row() < len(self.accounts) else None

    def _last_active_admin(self, user: users.UserInfo) -> bool:
        return user.role == Role.ADMIN and user.active and not any(
            u.role == Role.ADMIN and u.active and u.id != user.id for u in self.accounts)

    def _selection_changed(self) -> None:
        user = self.selected()
        me = user is not None and user.id == self.ctx.actor.user_id
        last = user is not None and self._last_active_admin(user)
        self.role_button.setEnabled(user is not None and not me and not last)
        self.deactivate_button.setEnabled(user is not None and user.active and not me and not last)
        self.reactivate_button.setEnabled(user is not None and not user.active)
        self.reset_button.setEnabled(user is not None)
        self.rename_button.setEnabled(user is not None)
        if me:
            self.reason.setText(translate("Admin", "This is your own account: its role and state are changed by another "
                                   "administrator. Change your password from the File menu."))
        elif last:
            self.reason.setText(translate("Admin", "The last active administrator keeps the role and stays active: make "
                                   "another user administrator first."))
        else:
            self.reason.setText("")

    # -- actions ------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done_message) -> QDialog:
        self.dialog = dialog
        self.message.clear()

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.result_value is not None:
                self.load(select_id=dialog.result_value.id, message=done_message(dialog.result_value))
            else:
                self.load()  # a conflict closed it: show what is stored now

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        return self._open(AddUserDialog(self.ctx, self), lambda u: translate("Admin", "User {0} added.").format(u.username))

    def change_role(self) -> QDialog | None:
        user = self.selected()
        if user is None or not self.role_button.isEnabled():
            return None
        return self._open(RoleDialog(self.ctx, user, self),
                          lambda u: translate("Admin", "{0} is now {1}.").format(u.username, labels.role(u.role)))

    def rename(self) -> QDialog | None:
        user = self.selected()
        if user is None:
            return None
        return self._open(RenameDialog(self.ctx, user, self),
                          lambda u: translate("Admin", "{0} is now shown as {1}.").format(u.username, u.display_name))

    def reset_password(self) -> QDialog | None:
        user = self.selected()
        if user is None:
            return None
        return self._open(ResetPasswordDialog(self.ctx, user, self),
                          lambda u: translate("Admin", "The password of {0} was reset.").format(u.username))

    def set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return
        done = translate("Admin", "{0} was reactivated.") if active else translate("Admin", "{0} was deactivated: they can no longer sign in.")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError) and exc.code != "conflict":
                self.message.setStyleSheet("color: #b42318;")
                self.message.setText(sentence(exc))
            else:
                self.ctx.show_error(self, exc)
            self.load()

        self.ctx.mutate(lambda s, a: users.set_active(s, a, user.id, active, user.version), USER_CHANGES,
                        lambda u: self.load(select_id=u.id, message=done.format(u.username)),
                        parent=self, initiator=self, on_error=failed)
