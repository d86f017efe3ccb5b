"""A guard against PySide6 builds that drop references to None and True.

Seen with PySide6-Essentials 6.12.0 (cp310-abi3 wheel) on Python 3.11: every call of a
Qt method returning nothing hands back None without a new reference, and every
`Signal.emit()` hands back True without one. Python 3.12 and later make None/True/False
immortal, so nothing happens there; on 3.11 the counts fall by one per call and the
interpreter aborts ("deallocating None") after some ten thousand calls, i.e. minutes into
a working session.

`install()` detects the leak with a few probe calls and, only if present, does what 3.12
does: makes the three singletons effectively immortal by raising their reference counts
by 2**40 (they are never freed anyway; their deallocation is a fatal error). Imported by
sopdesk.ui, so every window, test and selftest is covered.

`cheaper_feature_scan()`: PySide6 hooks every import made after it is loaded and asks
whether the new module uses PySide (for `from __feature__ import snake_case`), by reading
the module's whole source through inspect.getsource, i.e. tokenising every file of
SQLAlchemy and the app once more: measured 0.08–0.19 s of the start-up here. The
replacement asks the same question of the raw file bytes and falls back to PySide's own
check for anything that is not a plain .py file.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

IMMORTAL = 1 << 40
PROBES = 16
installed = False


def leaks_references() -> bool:
    """True if void Qt calls or Signal.emit() drop a reference (the probes cost 16 of each)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        sig = Signal()

    probe = _Probe()
    none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.setObjectName("probe")
        probe.sig.emit()
    none1, true1 = sys.getrefcount(None), sys.getrefcount(True)
    return none1 <= none0 - PROBES // 2 or true1 <= true0 - PROBES // 2


def cheaper_feature_scan() -> bool:
    """Swap PySide6's per-import source check for a byte search; True if swapped."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "sopdesk_bytes", False):
        return original is not None

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()  # source encodings are ASCII-compatible
            except OSError:
                pass
        return original(module)

    uses_pyside.sopdesk_bytes = True
    uses_pyside.original = original
    feature._mod_uses_pyside = uses_pyside
    return True


def install() -> bool:
    """Apply the guard if this Python and PySide6 need it; returns whether it did."""
    global installed
    if installed or sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return installed
    if not leaks_references():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11
        ctypes.c_ssize_t.from_address(id(obj)).value += IMMORTAL
    installed = True
    log.warning("this PySide6 build drops references to None/True; guarded (see sopdesk.ui.qtcompat)")
    return True
