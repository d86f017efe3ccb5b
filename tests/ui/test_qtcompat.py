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


def test_the_cheaper_feature_scan_answers_as_pysides_own_check():
    """PySide6 asks of every imported module whether it uses PySide; sopdesk.ui swaps the
    inspect.getsource check for a byte search: same answers, less start-up."""
    import json
    import sys

    import sopdesk.models
    import sopdesk.ui.mainwindow
    from sopdesk.ui import qtcompat

    feature = sys.modules["shibokensupport.feature"]
    swapped = feature._mod_uses_pyside
    assert getattr(swapped, "sopdesk_bytes", False), "sopdesk.ui did not install the byte search"
    assert qtcompat.cheaper_feature_scan() is True  # idempotent
    assert feature._mod_uses_pyside is swapped
    original = swapped.original  # PySide's own check, kept as the fallback
    for module in (sopdesk.ui.mainwindow, sopdesk.ui.qtcompat, sopdesk.models, json, sys):
        assert swapped(module) == original(module), module.__name__
    assert swapped(sopdesk.ui.mainwindow) is True and swapped(sopdesk.models) is False
