"""Months as factories write them, in a month column or as the headers of a wide sheet (one
column per month): 2027-01, 2027/01, 2027.1, 2027年1月, 202701, Jan-27, Jan 2027, January 2027,
a date cell (its month), and a month without a year: 1月, 一月, Jan.

`month_of(value)` returns (year, month), the year None when the cell names none (the
importer places such a month: services/imports_forecast.py), or None when the value is not
a month at all. A number cell is a month only as yyyymm (202701): 2027.1 typed as a number
cannot be told from 2027.10, so only the text "2027.1" means January.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .values import CellProblem

_YM = re.compile(r"^(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:月份?)?$")
_YMD = re.compile(r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?:[ T][\d:.]+)?$")
_COMPACT = re.compile(r"^(?P<y>(?:19|20|21)\d{2})(?P<m>0[1-9]|1[0-2])$")
_BARE = re.compile(r"^(?P<m>\d{1,2})\s*月份?$")
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_EN = re.compile(r"^(?P<name>[a-z]{3,9})\.?(?:\s*[-/ '’.]\s*(?P<y>\d{2}|\d{4}))?$")
_EN_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})\s*[-/ ]\s*(?P<name>[a-z]{3,9})\.?$")
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_ZH = re.compile(r"^(?P<m>[一二三四五六七八九十]{1,3})月份?$")

Month = tuple[int | None, int]


def _en_month(name: str) -> int | None:
    for k, full in enumerate(_NAMES, start=1):
        if name == full or name == full[:3] or (k == 9 and name == "sept"):
            return k
    return None


def _checked(y: int | None, m: int) -> Month | None:
    if not 1 <= m <= 12 or (y is not None and not 1900 <= y <= 2199):
        return None
    return (y, m)


def month_of(value) -> Month | None:
    """(year or None, month) of a cell that names a month; None otherwise."""
    if isinstance(value, dt.datetime | dt.date):
        return (value.year, value.month)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if value == int(value) and 190001 <= value <= 219912:
            return _checked(int(value) // 100, int(value) % 100)
        return None
    s = unicodedata.normalize("NFKC", str(value)).strip()
    if not s or len(s) > 20:
        return None
    for pattern in (_YM, _YMD, _COMPACT):
        m = pattern.match(s)
        if m:
            return _checked(int(m.group("y")), int(m.group("m")))
    m = _BARE.match(s)
    if m:
        return _checked(None, int(m.group("m")))
    m = _ZH.match(s)
    if m:
        k = _ZH_DIGITS.get(m.group("m"))
        return (None, k) if k else None
    low = s.lower()
    m = _EN.match(low) or _EN_YEAR_FIRST.match(low)
    if m:
        k = _en_month(m.group("name"))
        if k is None:
            return None
        y = m.group("y")
        if y is None:
            return (None, k)
        return _checked(int(y) + 2000 if len(y) == 2 else int(y), k)
    return None


def month_converter(_field):
    """The converter of a "month" field (excel/values.py): (year or None, month)."""
    def one(v):
        got = month_of(v)
        if got is None:
            raise CellProblem("not_a_month", "not a month (2027-01, 2027年1月, 1月, Jan-27)")
        return got
    return one
