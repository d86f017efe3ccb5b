"""The guard against PySide6 builds that drop references to None and True."""

import sys

from PySide6.QtCore import QObject, Signal

from sopdesk.ui import qtcompat


class _Emitter(QObject):
    sig = Signal(str, float)


def test_many_qt_calls_and_emits_do_not_exhaust_none_or_true(qapp):
    assert qtcompat.install() == qtcompat.installed  # idempotent
    obj = _Emitter()
    for _ in range(60_000):  # more than None and True hold in a whole app (~33,000 / ~7,000)
        obj.setObjectName("x")
        obj.sig.emit("x", 0.5)
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
    if sys.version_info < (3, 12) and qtcompat.leaks_references():
        assert qtcompat.installed and sys.getrefcount(None) > qtcompat.IMMORTAL // 2
