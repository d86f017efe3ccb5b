"""sopdesk.db.bulk against Core inserts: the same stored values, on SQLite (executemany) and
PostgreSQL (binary COPY fields built once per distinct value, streamed in blocks)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from sopdesk.db import bulk
from sopdesk.models import Customer, Item, ItemKind, OrderStatus, SalesOrder, SalesOrderLine

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 3, 1, 8, 30, 15, 250, tzinfo=SHANGHAI)
# what COPY's text format would have to escape (tab, newline, CR, backslash, "\N" its NULL,
# other control characters) and CJK and emoji: binary COPY must store them as they are
AWKWARD = ["普通文本", "tab\there", "two\nlines", "cr\r\nlf", "back\\slash", "\\N", "\\", "bell\b\f\v",
           "emoji 🙂", "  spaced  ", "", "'quoted' \"double\"", "tail\\"]


def _items(prefix: str, supplier_id=None) -> list[dict]:
    kinds = [ItemKind.FINISHED, ItemKind.RAW, ItemKind.SEMI]
    rows = []
    for k, text in enumerate(AWKWARD * 3):
        rows.append({
            "id": uuid.uuid4() if k % 2 else uuid.uuid4().hex,  # UUID objects and hex strings alike
            "code": f"{prefix}{k:03d}", "name": text or "x", "spec": None if k % 3 == 0 else text,
            "unit": "件", "kind": kinds[k % 3] if k % 4 else kinds[k % 3].value,  # members and values
            "safety_stock": Decimal("1E+3") if k % 5 == 0 else Decimal(k) / 4,
            "standard_cost": Decimal("0.0001") * k, "sales_price": Decimal("-12.5") if k == 7 else Decimal("99999.9999"),
            "purchase_lead_days": k, "default_supplier_id": supplier_id, "is_core": k % 2 == 0,
            "active": True, "note": text if k % 2 else None, "version": 1,
            "created_at": NOW, "updated_at": NOW + dt.timedelta(microseconds=k),
        })
    return rows


def _raw(conn, table: str, order_by: str, prefix_col: str, prefix: str) -> list[tuple]:
    """The stored values as the driver returns them, the prefix and the id left out."""
    rows = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE substr({prefix_col}, 1, {len(prefix)}) = '{prefix}' "
                                f"ORDER BY {order_by}").all()
    keys = list(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE 1 = 0").keys())
    out = []
    for r in rows:
        d = dict(zip(keys, r, strict=True))
        d.pop("id")
        d[prefix_col] = d[prefix_col][len(prefix):]
        out.append(tuple(sorted(d.items())))
    return out


@pytest.mark.parametrize("block", [4, bulk.COPY_BLOCK])
def test_bulk_rows_equal_core_rows(db, monkeypatch, block):
    """Awkward text, NULLs, enum members and values, UUID objects and hex strings, decimals
    of every scale, time zones: bulk stores exactly what a Core insert stores. A block of 4
    rows makes the COPY stream (and its per-value cache) cross many block boundaries."""
    monkeypatch.setattr(bulk, "COPY_BLOCK", block)
    monkeypatch.setattr(bulk, "EXECUTEMANY_CHUNK", block)
    done = []
    with db.engine.begin() as conn:
        conn.execute(Item.__table__.insert(), [{**r, "id": uuid.UUID(str(r["id"]))} for r in _items("C-")])
        n = bulk.insert_rows(conn, Item.__table__, _items("B-"), progress=done.append)
        assert n == len(AWKWARD) * 3
        assert sum(done) == n and max(done) <= block
        assert _raw(conn, "item", "code", "code", "B-") == _raw(conn, "item", "code", "code", "C-")
        back = conn.execute(select(Item.name, Item.note, Item.kind, Item.safety_stock, Item.updated_at)
                            .where(Item.code.like("B-%")).order_by(Item.code)).all()
    assert [b.name for b in back] == [t or "x" for t in AWKWARD * 3]
    assert [b.note for b in back] == [t if k % 2 else None for k, t in enumerate(AWKWARD * 3)]
    assert back[0].kind == ItemKind.FINISHED and back[0].safety_stock == Decimal("1000.0000")
    assert back[5].updated_at == (NOW + dt.timedelta(microseconds=5)).astimezone(dt.UTC)


def test_bulk_columns_with_defaults_and_foreign_keys(db):
    """insert_columns fills defaults (missing columns, None in a NOT NULL column with a
    default); a document with its lines goes in parents first, ids shared by object."""
    customer, item = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(Customer.__table__.insert(), [{"id": customer, "code": "C1", "name": "客户", "active": True,
                                                    "is_key_account": False, "version": 1}])
        conn.execute(Item.__table__.insert(), [{**_items("I-")[1], "id": item}])
        orders = [uuid.uuid4().hex for _ in range(3)]
        bulk.insert_columns(conn, SalesOrder.__table__, {
            "id": orders, "number": ["SO-1", "SO-2", "SO-3"], "customer_id": [customer] * 3,
            "order_date": [dt.date(2026, 1, 5)] * 3, "is_custom": [None, True, False],
            "status": ["draft", OrderStatus.CONFIRMED, None], "customer_po": ["PO\t1", None, "\\N"],
        })
        n = 25
        bulk.insert_columns(conn, SalesOrderLine.__table__, {
            "id": [uuid.uuid4() for _ in range(n)], "order_id": [orders[k % 3] for k in range(n)],
            "line_no": list(range(1, n + 1)), "item_id": [item] * n,
            "qty": [Decimal(k) / 8 for k in range(1, n + 1)], "unit_price": [None] * n,
            "requested_date": [dt.date(2026, 2, 1) + dt.timedelta(days=k % 4) for k in range(n)],
        })
        heads = conn.execute(select(SalesOrder.number, SalesOrder.is_custom, SalesOrder.status,
                                    SalesOrder.customer_po, SalesOrder.version)
                             .order_by(SalesOrder.number)).all()
        lines = conn.execute(select(SalesOrderLine.line_no, SalesOrderLine.qty, SalesOrderLine.unit_price,
                                    SalesOrderLine.shipped_qty, SalesOrderLine.requested_date,
                                    SalesOrderLine.order_id).order_by(SalesOrderLine.line_no)).all()
    assert [tuple(h) for h in heads] == [("SO-1", False, OrderStatus.DRAFT, "PO\t1", 1),
                                         ("SO-2", True, OrderStatus.CONFIRMED, None, 1),
                                         ("SO-3", False, OrderStatus.DRAFT, "\\N", 1)]
    assert [ln.qty for ln in lines] == [Decimal(k) / 8 for k in range(1, n + 1)]
    assert {ln.unit_price for ln in lines} == {ln.shipped_qty for ln in lines} == {Decimal(0)}
    assert [ln.requested_date for ln in lines] == [dt.date(2026, 2, 1) + dt.timedelta(days=k % 4) for k in range(n)]
    assert [ln.order_id.hex for ln in lines] == [orders[k % 3] for k in range(n)]


def test_a_bad_value_stops_the_bulk_write(db):
    """A value the column refuses (more places than it keeps) raises before anything is
    stored, on either path."""
    rows = _items("X-")
    rows[-1]["standard_cost"] = Decimal("1.00001")
    with pytest.raises(ValueError, match="decimal places"), db.engine.begin() as conn:
        bulk.insert_rows(conn, Item.__table__, rows)
    with db.engine.connect() as conn:
        assert conn.execute(select(Item.id)).all() == []


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("sNaN")])
def test_a_number_that_is_not_finite_stops_the_bulk_write(db, value):
    rows = _items("Y-")
    rows[3]["sales_price"] = value
    with pytest.raises(ValueError, match="not a finite number"), db.engine.begin() as conn:
        bulk.insert_rows(conn, Item.__table__, rows)
    with db.engine.connect() as conn:
        assert conn.execute(select(Item.id)).all() == []


def test_bulk_writing_enlarges_the_sqlite_cache_and_restores_it(db):
    with db.engine.begin() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar() if db.is_sqlite else None
        with bulk.bulk_writing(conn):
            if db.is_sqlite:
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -bulk.BULK_CACHE_KIB
            bulk.insert_rows(conn, Item.__table__, _items("W-"))
        if db.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
        assert len(conn.execute(select(Item.id)).all()) == len(AWKWARD) * 3
