"""How long ago this process started, read from the operating system.

Start-up figures count from the real process start (interpreter and imports included),
not from when our code first ran: Linux /proc/self/stat, Windows GetProcessTimes, macOS
proc_pidinfo (falling back to `ps -o lstart`). No Qt here; the selftest and the
benchmark use it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def process_age() -> float:
    """Seconds since this process was created (falls back to 0.0 if unknown)."""
    try:
        if sys.platform.startswith("linux"):
            return _linux_age()
        if sys.platform == "win32":
            return _windows_age()
        if sys.platform == "darwin":
            return _macos_age()
    except Exception:  # noqa: BLE001 - a measurement, never a reason to fail
        pass
    return 0.0


def _linux_age() -> float:
    with open("/proc/self/stat", "rb") as f:
        stat = f.read().decode()
    # the command name (field 2) may contain spaces and parentheses: split after the last ')'
    fields = stat[stat.rindex(")") + 2:].split()
    start_ticks = int(fields[19])  # field 22 overall: starttime, clock ticks after boot
    ticks = os.sysconf("SC_CLK_TCK")
    since_boot = time.clock_gettime(time.CLOCK_BOOTTIME) if hasattr(time, "CLOCK_BOOTTIME") else _uptime()
    return max(0.0, since_boot - start_ticks / ticks)


def _uptime() -> float:
    with open("/proc/uptime") as f:
        return float(f.read().split()[0])


def _windows_age() -> float:
    import ctypes
    from ctypes import wintypes

    k32 = ctypes.windll.kernel32
    creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
    k32.GetCurrentProcess.restype = wintypes.HANDLE
    if not k32.GetProcessTimes(k32.GetCurrentProcess(), ctypes.byref(creation), ctypes.byref(exit_),
                               ctypes.byref(kernel), ctypes.byref(user)):
        return 0.0
    now = wintypes.FILETIME()
    k32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def as_int(ft):
        return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

    return max(0.0, (as_int(now) - as_int(creation)) / 1e7)  # 100 ns units


def _macos_age() -> float:
    import ctypes
    import ctypes.util

    class ProcBsdInfo(ctypes.Structure):  # struct proc_bsdinfo (sys/proc_info.h)
        _fields_ = [
            ("pbi_flags", ctypes.c_uint32), ("pbi_status", ctypes.c_uint32),
            ("pbi_xstatus", ctypes.c_uint32), ("pbi_pid", ctypes.c_uint32),
            ("pbi_ppid", ctypes.c_uint32), ("pbi_uid", ctypes.c_uint32),
            ("pbi_gid", ctypes.c_uint32), ("pbi_ruid", ctypes.c_uint32),
            ("pbi_rgid", ctypes.c_uint32), ("pbi_svuid", ctypes.c_uint32),
            ("pbi_svgid", ctypes.c_uint32), ("rfu_1", ctypes.c_uint32),
            ("pbi_comm", ctypes.c_char * 16), ("pbi_name", ctypes.c_char * 32),
            ("pbi_nfiles", ctypes.c_uint32), ("pbi_pgid", ctypes.c_uint32),
            ("pbi_pjobc", ctypes.c_uint32), ("e_tdev", ctypes.c_uint32),
            ("e_tpgid", ctypes.c_uint32), ("pbi_nice", ctypes.c_int32),
            ("pbi_start_tvsec", ctypes.c_uint64), ("pbi_start_tvusec", ctypes.c_uint64),
        ]

    try:
        lib = ctypes.CDLL(ctypes.util.find_library("proc") or "/usr/lib/libproc.dylib")
        info = ProcBsdInfo()
        size = lib.proc_pidinfo(os.getpid(), 3, 0, ctypes.byref(info), ctypes.sizeof(info))  # PROC_PIDTBSDINFO
        if size == ctypes.sizeof(info):
            return max(0.0, time.time() - (info.pbi_start_tvsec + info.pbi_start_tvusec / 1e6))
    except OSError:
        pass
    out = subprocess.run(["ps", "-o", "lstart=", "-p", str(os.getpid())],
                         capture_output=True, text=True, check=True).stdout.strip()
    started = time.mktime(time.strptime(out, "%a %b %d %H:%M:%S %Y"))
    return max(0.0, time.time() - started)


if __name__ == "__main__":
    print(f"{process_age():.3f}")
