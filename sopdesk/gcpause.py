"""Pausing Python's cyclic garbage collector around a bulk stage: an import's parse and
write, a plan run, a capable-to-promise query.

Reading a ledger of 100,000 rows makes well over a million objects that all stay alive (the
cells, then the typed columns, then the rows to write), and makes no reference cycles. With
the collector on, every few hundred allocations start a collection, and the older
generations are walked again and again over those same live objects: about a quarter of the
parse time and a tenth of the write. A plan run of the 3,100-item benchmark plan spent 0.3 s
of 1.2 s the same way (docs/BENCHMARKS.md). The stages run with it paused; it is switched
back on (if it was on) when the last paused stage ends, in whichever thread, so nested and
concurrent pauses (a plan run on the task runner while the order dialog asks for a promise)
share one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused_gc(fn: Callable) -> Callable:
    """The decorator form of gc_paused()."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with gc_paused():
            return fn(*args, **kwargs)

    return wrapper
