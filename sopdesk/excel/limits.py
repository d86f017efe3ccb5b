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

    code: "too_large", "too_many_cells", "zip_bomb", "unreadable", "unsupported", "encrypted",
    "encoding". `template` is the message with {placeholders} and `params` their values (for a
    translation); `message` is the English sentence.
    """

    def __init__(self, template: str, code: str = "unreadable", **params):
        try:
            message = template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            message = template
        super().__init__(message)
        self.message = message
        self.template = template
        self.params = params
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
        raise FileRefused("cannot open {path}: {reason}", "unreadable", path=os.fspath(path),
                          reason=exc.strerror or str(exc)) from None
    if size > limits.max_file_bytes:
        raise FileRefused(
            "the file is {size_mb:.1f} MB; files over {limit_mb:.0f} MB are not imported (split it, or raise "
            "the limit)", "too_large", size_mb=size / MB, limit_mb=limits.max_file_bytes / MB,
        )
    return size


def check_zip(path: str | os.PathLike, limits: Limits) -> None:
    """Refuse a zip container (xlsx, ods) whose contents would expand beyond the limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds (BadZipFile, NotImplementedError, ...)
        raise FileRefused("the file is damaged (not a readable zip): {detail}", "unreadable",
                          detail=str(exc)[:200]) from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileRefused("the file is password-protected; save it without a password", "encrypted")
    if total > limits.max_uncompressed_bytes:
        raise FileRefused(
            "the file expands to {size_mb:.0f} MB of data; the limit is {limit_mb:.0f} MB", "zip_bomb",
            size_mb=total / MB, limit_mb=limits.max_uncompressed_bytes / MB,
        )
    if packed and total / packed > limits.max_ratio and total > 10 * MB:
        raise FileRefused(
            "the file is compressed {ratio:.0f} times (over {limit:.0f}): refused as a possible zip bomb",
            "zip_bomb", ratio=total / packed, limit=limits.max_ratio,
        )
    for i in infos:
        if i.compress_size and i.file_size > 1 * MB and i.file_size / i.compress_size > limits.max_member_ratio:
            raise FileRefused(
                "{member} is compressed {ratio:.0f} times: refused as a possible zip bomb", "zip_bomb",
                member=i.filename, ratio=i.file_size / i.compress_size,
            )
        if i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise FileRefused("{member} is compressed with method {method}, which is not read", "unsupported",
                              member=i.filename, method=i.compress_type)


def check_cells(rows: int, columns: int, limits: Limits, sheet: str) -> None:
    """rows and columns: the sheet's size counted from A1 (the last row and column, 1-based)."""
    if rows * columns > limits.max_cells:
        raise FileRefused(
            "sheet {sheet} spans {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit is "
            "{limit:,} cells", "too_many_cells",
            sheet=sheet, rows=rows, columns=columns, grid=rows * columns, limit=limits.max_cells,
        )
