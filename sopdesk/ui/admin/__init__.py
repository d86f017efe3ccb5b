"""The Administration tab (管理, ui/admin/tab.py: users, settings, import history, audit
log) and the change-my-password dialog every user opens from the File menu
(ui/admin/password.py)."""
