"""Bulk inserts below the ORM, for imports and the demo generator.

Values go through each column type's own SQLAlchemy bind processor (ExactDecimal,
UTCDateTime, Uuid, Enum...), so the stored values are exactly what the ORM would store, but
column by column and once per distinct value: a ledger repeats its dates, prices and product
ids, and SQLAlchemy's per-row parameter handling costs several times the insert itself. The
converted rows go to the driver's executemany (SQLite) or COPY (PostgreSQL), inside the
caller's transaction.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import Enum
from operator import itemgetter

from sqlalchemy import Table, Uuid, bindparam, insert
from sqlalchemy.engine import Connection

from sopdesk.models.types import ExactDecimal


def insert_columns(conn: Connection, table: Table, data: dict[str, list]) -> int:
    """Insert the rows given as columns of equal length; returns how many. Missing columns,
    and None in a NOT NULL column that has a default, take the column's default."""
    if not data:
        return 0
    dialect = conn.dialect
    keys = list(data)
    columns = [list(data[k]) for k in keys]
    n = len(columns[0])
    if n == 0:
        return 0
    defaults = {
        col.key: col.default.arg if col.default.is_scalar else col.default.arg(None)
        for col in table.c if col.default is not None
    }
    for key, default in defaults.items():
        if key not in data:
            keys.append(key)
            columns.append([default] * n)
    for j, key in enumerate(keys):
        col = table.c[key]
        values = columns[j]
        if key in defaults and not col.nullable and None in values:
            values = [defaults[key] if v is None else v for v in values]
        columns[j] = _converted(col, values, dialect.name, col.type._cached_bind_processor(dialect))
    if dialect.name == "postgresql":
        # COPY: psycopg's executemany spends ~100 µs of Python per row
        quote = dialect.identifier_preparer.quote
        sql = f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN"
        with conn.connection.dbapi_connection.cursor() as cur, cur.copy(sql) as copy:
            for row in zip(*columns, strict=True):
                copy.write_row(row)
        return n
    stmt = insert(table).values({k: bindparam(k) for k in keys}).compile(dialect=dialect)
    if stmt.positiontup is not None:
        order = [keys.index(name) for name in stmt.positiontup]
        params = list(zip(*(columns[j] for j in order), strict=True))
    else:
        params = [dict(zip(keys, t, strict=True)) for t in zip(*columns, strict=True)]
    conn.exec_driver_sql(stmt.string, params)
    return n


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> int:
    """The same from dict rows (rows may leave out different optional keys)."""
    if not rows:
        return 0
    keys = list(dict.fromkeys(k for r in rows for k in r))
    if len(keys) > 1 and all(len(r) == len(keys) for r in rows):  # uniform rows: the fast way
        columns = [list(c) for c in zip(*map(itemgetter(*keys), rows), strict=True)]
    else:
        columns = [[r.get(k) for r in rows] for k in keys]
    return insert_columns(conn, table, dict(zip(keys, columns, strict=True)))


def _converted(col, values: list, dialect_name: str, proc) -> list:
    is_uuid = isinstance(col.type, Uuid)
    if proc is None or (is_uuid and dialect_name == "postgresql"):
        return values  # COPY takes UUID objects and hex strings alike
    if isinstance(col.type, ExactDecimal) and dialect_name == "sqlite":
        done = {v: _scaled(v, col.type, proc) for v in set(values)}
        return list(map(done.__getitem__, values))
    if col.primary_key or col.unique:  # all distinct: nothing to share
        return [v if v is None or (is_uuid and v.__class__ is str) else proc(v) for v in values]
    if _hashes_slowly(col.type):
        # UUIDs and enum members hash in Python; callers share one object per value, so
        # keying by identity finds the repeats cheaply
        ids = list(map(id, values))
        done = {k: (v if v is None or (is_uuid and v.__class__ is str) else proc(v))
                for k, v in dict(zip(ids, values, strict=True)).items()}
        return list(map(done.__getitem__, ids))
    done = {v: (None if v is None else proc(v)) for v in set(values)}
    return list(map(done.__getitem__, values))


def _scaled(v, type_: ExactDecimal, proc):
    """ExactDecimal's SQLite form (an integer scaled by 10**scale), straight from a Decimal
    already checked by the caller; anything else goes the type's own way."""
    if v.__class__ is Decimal:
        q = v.scaleb(type_.scale)
        if q == q.to_integral_value():
            return int(q)
    return None if v is None else proc(v)


def _hashes_slowly(sqltype) -> bool:
    try:
        kind = sqltype.python_type
    except NotImplementedError:  # types without a Python equivalent
        return False
    return kind is uuid.UUID or (isinstance(kind, type) and issubclass(kind, Enum))
