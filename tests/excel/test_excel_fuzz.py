"""Corrupt and random workbooks: always a clean error, never a crash or a partial write."""

import datetime as dt
import io
import random
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sopdesk.excel import FileRefused, HeaderNotFound, ImportCancelled, detect, open_workbook, parse
from sopdesk.models import Customer, ImportBatch, Item, Role, SalesOrder, SalesOrderLine
from sopdesk.services import imports
from tests.excel.helpers import ORDER_HEADERS, write_xlsx
from tests.factories import make_basics

CLEAN = (FileRefused, HeaderNotFound)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _read_all(path) -> None:
    try:
        book = open_workbook(path)
        for kind in ("orders", "items"):
            try:
                parsed = parse(book, detect(book, kind))
            except HeaderNotFound:
                continue
            for e in parsed.errors:
                assert e.message
    except CLEAN as exc:
        assert exc.message


@FUZZ
@given(st.binary(max_size=4000), st.sampled_from(["x.xlsx", "x.xls", "x.ods", "x.csv", "x"]))
def test_random_bytes(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("fz") / name
    path.write_bytes(data)
    _read_all(path)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]))
def test_random_csv_text(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("fz") / "x.csv"
    path.write_bytes(("订单号,客户名称,下单日期,产品编码,数量\n" + text).encode(encoding, errors="replace"))
    _read_all(path)


_GOOD: list[bytes] = []


def _valid_xlsx(tmp) -> bytes:
    """Made once: xlsxwriter stamps the time into the file, and the damage must be repeatable."""
    if not _GOOD:
        rows = [["台账"], ORDER_HEADERS, ["SO-1", "甲", "2026-07-01", "FG-100", "", 5, 1, "", ""]]
        _GOOD.append(write_xlsx(tmp / "v.xlsx", {"订单": rows}).read_bytes())
    return _GOOD[0]


@FUZZ
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=40))
def test_corrupted_xlsx(tmp_path_factory, seed, flips):
    rnd = random.Random(seed)
    tmp = tmp_path_factory.mktemp("fz")
    good = _valid_xlsx(tmp)
    if rnd.random() < 0.5:  # damage the bytes of the zip itself
        data = bytearray(good)
        for _ in range(flips):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        out = bytes(data)
    else:  # damage the XML inside a well-formed zip
        src = zipfile.ZipFile(io.BytesIO(good))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                content = bytearray(src.read(info))
                if info.filename.endswith(".xml") and content and rnd.random() < 0.6:
                    for _ in range(flips):
                        content[rnd.randrange(len(content))] = rnd.randrange(32, 127)
                dst.writestr(info.filename, bytes(content))
        out = buf.getvalue()
    path = tmp / "c.xlsx"
    path.write_bytes(out)
    _read_all(path)


CELL = st.one_of(
    st.none(), st.text(max_size=12), st.integers(-10**6, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(dt.date(1890, 1, 1), dt.date(2300, 1, 1)), st.booleans(),
    st.sampled_from(["FG-100", "RM-001", "NOPE", "=1+2", "1,000", "100件", "2026/7/5", "2026-02-30", "是", "合计",
                     "宁波东方机电有限公司", "SO-1", "-5", "0", "√", "草稿", "已发货"]),
)


def _counts(db):
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (SalesOrder, SalesOrderLine, Customer, ImportBatch, Item))


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(CELL, min_size=9, max_size=9), min_size=1, max_size=8), st.booleans())
def test_random_ledgers_import_all_or_nothing(db, tmp_path_factory, rows, cancel_late):
    if not hasattr(db, "_fuzz_basics"):
        db._fuzz_basics = make_basics(db)
    actor = db._fuzz_basics[Role.SALES]
    tmp = tmp_path_factory.mktemp("fz")
    path = write_xlsx(tmp / "r.xlsx", {"订单": [["台账"], ORDER_HEADERS, *rows]})
    before = _counts(db)
    book = open_workbook(path)
    parsed = parse(book, detect(book, "orders"))
    calls = [0]

    def is_cancelled():
        calls[0] += 1
        return cancel_late and calls[0] > 2

    try:
        with db.write(actor) as s:
            result = imports.import_parsed(s, actor, parsed, is_cancelled=is_cancelled)
    except ImportCancelled:
        assert _counts(db) == before
        return
    if result.errors:
        assert not result.committed and _counts(db) == before
        for e in result.errors:
            assert e.sheet == "订单" and (e.row is None or e.row >= 2) and e.message
    else:
        assert result.committed
