"""A Qt application for drawing PDFs from the command line, without a window (offscreen):
a QApplication, not a bare QGuiApplication, kept for the life of the process, so that a
window made later in the same process (the app after a command, or the next test) finds the
kind of application widgets need — a QWidget under a QGuiApplication aborts the process."""

from __future__ import annotations

_APP = None


def ensure_app():
    global _APP
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _APP = app = QApplication([])
    return app
