"""Size limits checked before a spreadsheet is parsed, so a hostile or broken file is refused
with a clear message instead of exhausting memory.

An .xlsx or .ods is a zip of XML: a 674 kB file can expand to 172 MB of XML (a "zip bomb").
The zip directory tells the uncompressed size of every member without inflating anything,
so the check costs milliseconds.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

MB = 1024 * 1024


class FileRefused(Exception):
    """The file is too large, too compressed or not a spreadsheet we can read.

    code: "too_large", "too_many_cells", "zip_bomb", "unreadable", "unsupported", "encrypted".
    """

    def __init__(self, message: str, code: str = "unreadable"):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Limits:
    """Configurable ceilings; the defaults fit a factory's largest real ledgers many times."""

    max_file_bytes: int = 50 * MB
    max_uncompressed_bytes: int = 200 * MB
    max_ratio: float = 100.0  # uncompressed / compressed, over the whole zip
    max_member_ratio: float = 1000.0  # any single member (tiny members compress oddly)
    max_cells: int = 5_000_000  # rows x columns of the sheet being read


DEFAULT_LIMITS = Limits()


def check_file_size(path: str | os.PathLike, limits: Limits) -> int:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise FileRefused(f"cannot open {os.fspath(path)}: {exc.strerror or exc}", "unreadable") from None
    if size > limits.max_file_bytes:
        raise FileRefused(
            f"the file is {size / MB:.1f} MB; files over {limits.max_file_bytes / MB:.0f} MB are "
            "not imported (split it, or raise the limit)", "too_large",
        )
    return size


def check_zip(path: str | os.PathLike, limits: Limits) -> None:
    """Refuse a zip container (xlsx, ods) whose contents would expand beyond the limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, NotImplementedError, ...)
        raise FileRefused(f"the file is damaged (not a readable zip): {exc}", "unreadable") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileRefused("the file is password-protected; save it without a password", "encrypted")
    if total > limits.max_uncompressed_bytes:
        raise FileRefused(
            f"the file expands to {total / MB:.0f} MB of data; the limit is "
            f"{limits.max_uncompressed_bytes / MB:.0f} MB", "zip_bomb",
        )
    if packed and total / packed > limits.max_ratio and total > 10 * MB:
        raise FileRefused(
            f"the file is compressed {total / packed:.0f} times (over {limits.max_ratio:.0f}): "
            "refused as a possible zip bomb", "zip_bomb",
        )
    for i in infos:
        if i.compress_size and i.file_size > 1 * MB and i.file_size / i.compress_size > limits.max_member_ratio:
            raise FileRefused(
                f"{i.filename} is compressed {i.file_size / i.compress_size:.0f} times: "
                "refused as a possible zip bomb", "zip_bomb",
            )


def check_cells(rows: int, columns: int, limits: Limits, sheet: str) -> None:
    if rows * columns > limits.max_cells:
        raise FileRefused(
            f"sheet {sheet} has {rows:,} rows x {columns:,} columns; the limit is "
            f"{limits.max_cells:,} cells", "too_many_cells",
        )
