"""Bulk inserts below the ORM, for imports and the demo generator.

Values go through each column type's own SQLAlchemy bind processor (ExactDecimal,
UTCDateTime, Uuid, Enum...), so the stored values are exactly what the ORM would store, but
column by column and once per distinct value: a ledger repeats its dates, prices and product
ids, and SQLAlchemy's per-row parameter handling costs several times the insert itself. The
converted rows go to the driver's executemany (SQLite) or COPY (PostgreSQL), inside the
caller's transaction.

PostgreSQL: one COPY per call, streamed in blocks of COPY_BLOCK rows. Each distinct value
is turned into its COPY text once (bind processor, then psycopg's own text dumper, then
COPY's escapes), and the rows are joined from those bytes, so no Python code runs per cell.
The server checks foreign keys and fills indexes while the next block is being prepared.
"""

from __future__ import annotations

import contextlib
import operator
import re
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from itertools import repeat
from operator import itemgetter

from sqlalchemy import Table, Uuid, bindparam, insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from sopdesk.models.types import ExactDecimal

Progress = Callable[[int], None]  # called with the number of rows just written

COPY_BLOCK = 10_000  # rows per COPY data message (PostgreSQL)
EXECUTEMANY_CHUNK = 5_000  # rows per executemany (SQLite)
BULK_CACHE_KIB = 64 * 1024  # SQLite page cache while bulk writing (see bulk_writing)


def insert_columns(conn: Connection, table: Table, data: dict[str, list], *,
                   progress: Progress | None = None) -> int:
    """Insert the rows given as columns of equal length; returns how many. Missing columns,
    and None in a NOT NULL column that has a default, take the column's default.
    `progress(rows)` is called after each block written."""
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
    for j, key in enumerate(keys):  # None looked for by identity: `None in` a list of Decimals
        col = table.c[key]         # costs an abstract-class check per value
        if key in defaults and not col.nullable and any(map(operator.is_, columns[j], repeat(None))):
            columns[j] = [defaults[key] if v is None else v for v in columns[j]]
    if dialect.name == "postgresql":
        _copy(conn, table, keys, columns, n, progress)
        return n
    for j, key in enumerate(keys):
        col = table.c[key]
        columns[j] = _converted(col, columns[j], dialect.name, col.type._cached_bind_processor(dialect))
    stmt = insert(table).values({k: bindparam(k) for k in keys}).compile(dialect=dialect)
    if stmt.positiontup is not None:
        order = [keys.index(name) for name in stmt.positiontup]
        params = list(zip(*(columns[j] for j in order), strict=True))
    else:
        params = [dict(zip(keys, t, strict=True)) for t in zip(*columns, strict=True)]
    for start in range(0, n, EXECUTEMANY_CHUNK):
        chunk = params[start:start + EXECUTEMANY_CHUNK]
        conn.exec_driver_sql(stmt.string, chunk)
        if progress is not None:
            progress(len(chunk))
    return n


def insert_rows(conn: Connection, table: Table, rows: list[dict], *, progress: Progress | None = None) -> int:
    """The same from dict rows (rows may leave out different optional keys)."""
    if not rows:
        return 0
    keys = list(dict.fromkeys(k for r in rows for k in r))
    if len(keys) > 1 and all(len(r) == len(keys) for r in rows):  # uniform rows: the fast way
        columns = [list(c) for c in zip(*map(itemgetter(*keys), rows), strict=True)]
    else:
        columns = [[r.get(k) for r in rows] for k in keys]
    return insert_columns(conn, table, dict(zip(keys, columns, strict=True)), progress=progress)


@contextlib.contextmanager
def bulk_writing(conn: Connection, cache_kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """Around a large write on SQLite: a bigger page cache for this connection (restored
    after), so index pages stay in memory instead of spilling to the WAL mid-transaction.
    Nothing on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    current_kib = -old if old < 0 else old * (conn.exec_driver_sql("PRAGMA page_size").scalar() // 1024)
    if current_kib >= cache_kib:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
    try:
        yield
    finally:
        with contextlib.suppress(DBAPIError):  # a broken connection is discarded anyway
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old)}")


# -- SQLite: driver parameters ----------------------------------------------------------------


def _converted(col, values: list, dialect_name: str, proc) -> list:
    is_uuid = isinstance(col.type, Uuid)
    if proc is None or (is_uuid and dialect_name == "postgresql"):
        return values
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


# -- PostgreSQL: COPY text ------------------------------------------------------------------

_NULL = b"\\N"
# COPY's text format: a backslash, the delimiter (tab) and line ends must be escaped; the
# same set psycopg's own write_row() escapes
_SPECIAL = re.compile(rb"[\b\t\n\v\f\r\\]")
_ESCAPES = {b"\b": b"\\b", b"\t": b"\\t", b"\n": b"\\n", b"\v": b"\\v", b"\f": b"\\f", b"\r": b"\\r",
            b"\\": b"\\\\"}


def _escape(data: bytes) -> bytes:
    return _SPECIAL.sub(lambda m: _ESCAPES[m.group(0)], data) if _SPECIAL.search(data) else data


def _copy(conn: Connection, table: Table, keys: list[str], columns: list[list], n: int,
          progress: Progress | None) -> None:
    from psycopg.adapt import PyFormat, Transformer

    dialect = conn.dialect
    raw = conn.connection.dbapi_connection
    quote = dialect.identifier_preparer.quote
    sql = f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN"
    encoding = raw.info.encoding
    with raw.cursor() as cur:
        tx = Transformer.from_context(cur)

        def text_of(value) -> bytes:
            # psycopg's text dumper for the value's class: what write_row() would send
            if value is None:
                return _NULL
            dumped = tx.get_dumper(value, PyFormat.TEXT).dump(value)
            return _NULL if dumped is None else _escape(bytes(dumped))

        fields = [_CopyField(table.c[k], values, dialect, text_of, encoding) for k, values in
                  zip(keys, columns, strict=True)]
        with cur.copy(sql) as copy:
            for start in range(0, n, COPY_BLOCK):
                end = min(start + COPY_BLOCK, n)
                cells = [f.block(start, end) for f in fields]
                copy.write(b"\n".join(map(b"\t".join, zip(*cells, strict=True))) + b"\n")
                if progress is not None:
                    progress(end - start)


class _CopyField:
    """One column's values as COPY text, block by block; each distinct value converted once
    (by identity for types that hash in Python, UUIDs and enum members)."""

    def __init__(self, col, values: list, dialect, text_of: Callable, encoding: str):
        self.values = values
        if isinstance(col.type, Uuid):  # COPY reads a UUID's hex digits; no bind processor needed
            def convert(v):
                if v.__class__ is str:
                    return _escape(v.encode(encoding))
                if v.__class__ is uuid.UUID:
                    return v.hex.encode()  # what psycopg's UUID dumper sends
                return text_of(v)
        elif (proc := col.type._cached_bind_processor(dialect)) is not None:
            def convert(v):
                return _NULL if v is None else text_of(proc(v))
        else:
            convert = text_of
        self.convert = convert
        self.distinct = not (col.primary_key or col.unique)
        self.by_identity = _hashes_slowly(col.type)
        self.done: dict = {}

    def block(self, start: int, end: int) -> list[bytes]:
        values = self.values[start:end]
        if not self.distinct:  # all different: nothing to share
            return list(map(self.convert, values))
        done = self.done
        keys = list(map(id, values)) if self.by_identity else values
        for k, v in dict(zip(keys, values, strict=True)).items():
            if k not in done:
                done[k] = self.convert(v)
        return list(map(done.__getitem__, keys))
