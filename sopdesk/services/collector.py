"""The cyclic garbage collector held off for the length of one large computation.

A plan run makes about a million short-lived objects (rows, decimals, planned orders, the
grid's lists). None of them form reference cycles, so reference counting frees each as soon
as it is done with; but every 700 allocations Python also starts the cycle collector, and its
full passes walk every object the program holds. On the 3,100-item benchmark plan those
passes cost 0.3 s of a 1.2 s run (benchmarks/plan_end_to_end.py, docs/BENCHMARKS.md).
Holding the collector off until the computation ends, then letting it run as usual, removes
that without changing what is computed. Nested or concurrent holds (a plan run on the task
runner while the order dialog asks for a promise) share one pause: the collector is enabled
again when the last ends, and only if it was enabled before the first began.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator

_lock = threading.Lock()
_holds = 0
_was_enabled = False


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            if _holds == 0 and _was_enabled:
                gc.enable()


def holds_collector(fn: Callable) -> Callable:
    """The decorator form of collector_held()."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with collector_held():
            return fn(*args, **kwargs)

    return wrapper
