"""Turning cells as people type them into typed values, a whole column at a time.

A ledger of 100,000 lines holds few distinct values per column (a few hundred dates, a few
thousand product codes and quantities), so each column is converted through a cache of its
distinct values: the parsing rules (regular expressions, date arithmetic) run once per
distinct value, and each cell costs one dictionary look-up. Blank cells become None.

Each converter returns (values, errors) where errors maps the index in the column to the
CellProblem found there (a code, a message template and its parameters); the caller adds
sheet, row and header.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import operator
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from itertools import repeat
from typing import Any

from .fields import Field

EXCEL_EPOCH = dt.date(1899, 12, 30)
MIN_SERIAL, MAX_SERIAL = 20_000, 80_000  # 1954 .. 2119: a bare number in a date column
MAX_ABS = Decimal("99999999999999")  # NUMERIC(18, 4)
SCALE = {"qty": 4, "price": 4, "rate": 4}

_NUM = re.compile(
    r"^(?P<sign>[+-])?[¥$€]?(?P<num>\d{1,3}(?:[,，\s]\d{3})+(?:\.\d*)?|\d*\.\d+|\d+\.?)"
    r"(?P<pct>%)?(?P<unit>[a-zA-Z\u3400-\u9fff]{1,6})?\.?$"
)
_PAREN_NEG = re.compile(r"^\((.+)\)$")
_DATE_YMD = re.compile(
    r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_DATE_COMPACT = re.compile(r"^(?P<y>(?:19|20|21)\d{2})(?P<m>\d{2})(?P<d>\d{2})$")
_DATE_MDY = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls except tab and newlines
_MONTH = re.compile(r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*月?(?:份)?$")
_COMPACT_MONTH = re.compile(r"^(?P<y>(?:19|20|21)\d{2})(?P<m>\d{2})$")

TRUE_WORDS = {"是", "y", "yes", "true", "t", "√", "✓", "✔", "1", "定制", "定制款", "重点", "核心", "启用",
              "有效", "在用", "对", "有", "x", "ok"}
FALSE_WORDS = {"否", "n", "no", "false", "f", "×", "✗", "✘", "0", "标准", "标准款", "非定制", "停用", "无效",
               "禁用", "不是", "无", "-"}

Result = tuple[list[Any], dict[int, "CellProblem"]]


def is_blank(value) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def has_none(values: list) -> bool:
    """None in values, by identity: `None in values` compares with ==, and a Decimal
    compared with None goes through an abstract-class check, 0.15 µs a cell."""
    return any(map(operator.is_, values, repeat(None)))


def cell_text(value) -> str:
    """A cell shown to people (error lists): dates as ISO, whole floats without .0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _fold(text: str) -> str:
    if text.isascii():  # NFKC leaves ASCII alone
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()


def convert(field: Field, values: list[Any]) -> Result:
    """Convert one column for `field` (see the module docstring).

    The distinct values are found with a set and parsed once each; the column is then
    rebuilt with map() over a dictionary, so no Python code runs per cell. (A column holding
    a yes/no cell next to 1 or 0, which hash alike, takes the careful per-cell path.)"""
    one = _CONVERTERS[field.type](field)
    try:
        distinct = set(values)
    except TypeError:  # unhashable: never from calamine or csv, but be safe
        distinct = None
    if distinct is None or (True in distinct or False in distinct) and any(type(v) is bool for v in distinct):
        return _convert_per_cell(one, values)
    table: dict[Any, Any] = {}
    bad: dict[Any, CellProblem] = {}
    for v in distinct:  # _safe() inlined: this loop runs once per distinct value of the file
        if v is None or v == "" or (isinstance(v, str) and not v.strip()):  # is_blank(v)
            table[v] = None
            continue
        try:
            table[v] = one(v)
        except CellProblem as p:
            table[v], bad[v] = None, p
        except (ValueError, OverflowError, ArithmeticError, TypeError):
            table[v], bad[v] = None, CellProblem("invalid", "not a value this column can hold")
    out = list(map(table.__getitem__, values))
    errors: dict[int, CellProblem] = {}
    if bad:
        errors = {i: bad[v] for i, v in enumerate(values) if v in bad}
    return out, errors


def _convert_per_cell(one: Callable, values: list[Any]) -> Result:
    out: list[Any] = [None] * len(values)
    errors: dict[int, CellProblem] = {}
    cache: dict[Any, tuple[Any, CellProblem | None]] = {}
    for i, v in enumerate(values):
        key = ("b", v) if v is True or v is False else v
        try:
            hit = cache[key]
        except KeyError:
            hit = cache[key] = _safe(one, v)
        except TypeError:
            hit = _safe(one, v)
        if hit[1] is None:
            out[i] = hit[0]
        else:
            errors[i] = hit[1]
    return out, errors


def _safe(one: Callable, v) -> tuple[Any, CellProblem | None]:
    if is_blank(v):
        return None, None
    try:
        return one(v), None
    except CellProblem as p:
        return None, p
    except (ValueError, OverflowError, ArithmeticError, TypeError):
        return None, CellProblem("invalid", "not a value this column can hold")


def render(template: str, params: dict[str, Any]) -> str:
    """`template` with its {name} parameters filled in; the template itself when it does not
    fit them (as sopdesk.services.errors.render, which the engine does not import)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


class CellProblem(Exception):
    """What is wrong with one value: a stable code, a message template (a plain literal) and
    its parameters, as for a service error; `.message` is the English sentence."""

    def __init__(self, code: str, template: str, /, **params: Any):
        self.code = code
        self.template = template
        self.params = params
        self.message = render(template, params)
        super().__init__(self.message)


# -- text and codes -------------------------------------------------------------------------


def _text(field: Field) -> Callable:
    limit = field.max_len

    def one(v):
        s = cell_text(v).strip() if not isinstance(v, str) else v.strip()
        s = _CONTROL.sub("", s.replace("\r\n", "\n"))
        if limit and len(s) > limit:
            raise CellProblem("too_long", "longer than {limit} characters", limit=limit)
        return s or None
    return one


def _code(field: Field) -> Callable:
    limit = field.max_len

    def one(v):
        if isinstance(v, float):
            if not math.isfinite(v):
                raise CellProblem("invalid", "not a code")
            s = str(int(v)) if v == int(v) else repr(v)
        elif isinstance(v, bool):
            raise CellProblem("invalid", "a yes/no value is not a code")
        else:
            s = _fold(v if isinstance(v, str) else cell_text(v))
        if "  " in s or "\n" in s or "\t" in s:
            s = " ".join(s.split())
        if _CONTROL.search(s):
            raise CellProblem("invalid", "contains control characters")
        if limit and len(s) > limit:
            raise CellProblem("too_long", "longer than {limit} characters", limit=limit)
        return s or None
    return one


# -- numbers --------------------------------------------------------------------------------


def parse_number(v, *, allow_percent: bool = False) -> Decimal:
    """1,000 / " 50 " / 100件 / 20套 / ¥12.50 / (30) / 5% -> Decimal. Raises CellProblem."""
    if isinstance(v, bool):
        raise CellProblem("not_a_number", "a yes/no value is not a number")
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise CellProblem("not_a_number", "not a number")
        # Excel keeps 15 significant digits; a computed cell may carry binary noise
        return Decimal(repr(round(v, 9))) if abs(v) < 1e15 else Decimal(repr(v))
    if isinstance(v, dt.date | dt.time | dt.timedelta):
        raise CellProblem("not_a_number", "a date is not a number")
    s = _fold(str(v)).replace(" ", "").replace("\u3000", "")
    negative = False
    m = _PAREN_NEG.match(s)
    if m:
        negative, s = True, m.group(1)
    m = _NUM.match(s)
    if not m:
        raise CellProblem("not_a_number", "not a number")
    num = re.sub(r"[,，\s]", "", m.group("num"))
    try:
        d = Decimal(num)
    except InvalidOperation:
        raise CellProblem("not_a_number", "not a number") from None
    if m.group("sign") == "-" or negative:
        d = -d
    if m.group("pct"):
        if not allow_percent:
            raise CellProblem("not_a_number", "a percentage is not allowed here")
        d = d / 100
    return d


def _decimal(field: Field) -> Callable:
    scale = SCALE.get(field.type, 4)
    quantum = Decimal(1).scaleb(-scale)
    allow_percent = field.type == "rate"
    min_value = field.min_value

    def one(v):
        if type(v) is float and field.type != "rate":  # the common case, made cheap
            r = repr(v)
            dot = r.find(".")
            if "e" not in r and "n" not in r and (dot < 0 or len(r) - dot - 1 <= scale):
                d = Decimal(r)
                if min_value is not None and (d < 0 or (min_value == 1 and d == 0)):
                    pass  # fall through to the full checks for the message
                elif abs(d) <= MAX_ABS:
                    return d
        d = parse_number(v, allow_percent=allow_percent)
        if abs(d) > MAX_ABS:
            raise CellProblem("too_large", "the number is too large")
        q = d.quantize(quantum)
        if q != d:
            raise CellProblem("too_many_places", "more than {scale} decimal places", scale=scale)
        if field.type == "rate" and not (0 <= q < 1):
            raise CellProblem("out_of_range", "a rate must be from 0 to below 100%")
        if min_value == 0 and q < 0:
            raise CellProblem("negative", "cannot be negative")
        if min_value == 1 and q < 0:
            raise CellProblem("negative", "cannot be negative")
        if min_value == 1 and q == 0:
            raise CellProblem("zero", "must be greater than zero")
        return q
    return one


def _int(field: Field) -> Callable:
    def one(v):
        d = parse_number(v)
        if d != d.to_integral_value():
            raise CellProblem("not_whole", "must be a whole number")
        n = int(d)
        if field.min_value is not None and n < field.min_value:
            raise CellProblem("negative" if n < 0 else "too_small", "must be at least {minimum}",
                              minimum=field.min_value)
        if abs(n) > 2_000_000_000:
            raise CellProblem("too_large", "the number is too large")
        return n
    return one


# -- dates ----------------------------------------------------------------------------------


def _ymd(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise CellProblem("impossible_date", "impossible date {date}", date=f"{y}-{m:02d}-{d:02d}") from None


def parse_date(v) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, bool):
        raise CellProblem("not_a_date", "not a date")
    if isinstance(v, int | float):
        if isinstance(v, float) and not math.isfinite(v):
            raise CellProblem("not_a_date", "not a date")
        if v == int(v) and 19000101 <= v <= 21991231:
            s = str(int(v))
            return _ymd(int(s[:4]), int(s[4:6]), int(s[6:]))
        if MIN_SERIAL <= v < MAX_SERIAL:
            return EXCEL_EPOCH + dt.timedelta(days=int(v))
        raise CellProblem("not_a_date", "not a date")
    if isinstance(v, dt.time | dt.timedelta):
        raise CellProblem("not_a_date", "a time of day is not a date")
    s = _fold(str(v))
    for pattern in (_DATE_YMD, _DATE_COMPACT, _DATE_MDY):
        m = pattern.match(s)
        if m:
            return _ymd(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    try:
        serial = float(s)
    except ValueError:
        raise CellProblem("not_a_date", "not a date") from None
    return parse_date(serial)


def _date(field: Field) -> Callable:
    def one(v):
        d = parse_date(v)
        if not 1900 <= d.year <= 2199:
            raise CellProblem("impossible_date", "the year {year} is not plausible", year=d.year)
        return d
    return one


def _period(field: Field) -> Callable:
    """A month (2026-07, 2026年7月, 202607) -> (first day, last day); a date -> (date, None)."""
    def one(v):
        if isinstance(v, str):
            s = _fold(v)
            m = _MONTH.match(s) or _COMPACT_MONTH.match(s)
            if m:
                y, mo = int(m.group("y")), int(m.group("m"))
                if not 1 <= mo <= 12 or not 1900 <= y <= 2199:
                    raise CellProblem("impossible_date", "impossible month {month}", month=f"{y}-{mo:02d}")
                return (dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]))
        d = _date(field)(v)
        return (d, None)
    return one


# -- flags and choices ----------------------------------------------------------------------


def _bool(field: Field) -> Callable:
    def one(v):
        if isinstance(v, bool):
            return v
        if isinstance(v, int | float):
            if v in (0, 1):
                return bool(v)
            raise CellProblem("not_a_flag", "not yes or no (是/否, Y/N, √)")
        s = _fold(str(v)).lower()
        if s in TRUE_WORDS:
            return True
        if s in FALSE_WORDS:
            return False
        raise CellProblem("not_a_flag", "not yes or no (是/否, Y/N, √)")
    return one


def _enum(field: Field) -> Callable:
    from .fields import norm_header

    choices = field.choices or {}
    shown = ", ".join(sorted(set((field.labels or {}).values()))) or ", ".join(sorted(set(choices.values())))

    def one(v):
        key = norm_header(cell_text(v))
        if key in choices:
            return choices[key]
        raise CellProblem("unknown_choice", "not one of: {choices}", choices=shown)
    return one


def _month(field: Field) -> Callable:
    """A month, with or without its year (excel/months.py)."""
    from .months import month_converter

    return month_converter(field)


_CONVERTERS: dict[str, Callable[[Field], Callable]] = {
    "text": _text, "code": _code, "int": _int, "qty": _decimal, "price": _decimal, "rate": _decimal,
    "date": _date, "period": _period, "bool": _bool, "enum": _enum,
    "month": _month,
}
