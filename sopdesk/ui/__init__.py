"""The desktop app (PySide6). The only package that imports Qt.

Entry points: `sopdesk.ui.app.run_app` (the `sopdesk` command) and
`sopdesk.ui.selftest.run_selftest` (`sopdesk selftest`).
"""
