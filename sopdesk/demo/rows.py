"""Building blocks for bulk generation: deterministic ids, cached Decimals, local times,
and a writer that appends rows to the database inside the caller's transaction.

Small tables use a Core ``insert()``; large ones go through sopdesk.db.bulk (each
column's own bind processor, once per distinct value, then executemany or COPY), so the
stored values are exactly what the ORM would store.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from operator import itemgetter
from zoneinfo import ZoneInfo

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from sopdesk.db import bulk

Q = 10_000  # quantities are simulated as integers in units of 0.0001 (the Qty scale)

_V4_MASK = ((1 << 128) - 1) & ~((0xF000 << 64) | (0xC000 << 48))
_V4_BITS = (0x4000 << 64) | (0x8000 << 48)
_SAFE = uuid.SafeUUID.unknown


class Ids:
    """Version-4 UUIDs from a seeded generator: the same seed gives the same ids."""

    def __init__(self, seed: int):
        self._bits = random.Random(f"sopdesk-demo-ids-{seed}").getrandbits

    def __call__(self, _new=object.__new__, _set=object.__setattr__, _cls=uuid.UUID) -> uuid.UUID:
        # uuid.UUID(int=..., version=4) does the same, several times slower.
        u = _new(_cls)
        _set(u, "int", (self._bits(128) & _V4_MASK) | _V4_BITS)
        _set(u, "is_safe", _SAFE)
        return u


class Dec:
    """Scaled integer (units of 0.0001) -> Decimal, one shared object per value."""

    def __init__(self):
        self._cache: dict[int, Decimal] = {}

    def __call__(self, scaled: int) -> Decimal:
        d = self._cache.get(scaled)
        if d is None:
            d = self._cache[scaled] = Decimal(scaled).scaleb(-4)
        return d


def money(value: float | str, places: int = 2) -> Decimal:
    """A price rounded to `places` decimals (floats only pass through their repr)."""
    return Decimal(repr(value) if isinstance(value, float) else value).quantize(Decimal(1).scaleb(-places))


class Clock:
    """Factory-local day and minute -> aware UTC datetime (cached per day)."""

    def __init__(self, tz: ZoneInfo):
        self.tz = tz
        self._days: dict[dt.date, dt.datetime] = {}
        self._cache: dict[tuple[dt.date, int], dt.datetime] = {}

    def at(self, day: dt.date, minute: int) -> dt.datetime:
        key = (day, minute)
        t = self._cache.get(key)
        if t is None:
            base = self._days.get(day)
            if base is None:
                base = self._days[day] = dt.datetime(day.year, day.month, day.day, tzinfo=self.tz)
            t = self._cache[key] = (base + dt.timedelta(minutes=minute)).astimezone(dt.UTC)
        return t


def stamp(row: dict, created: dt.datetime, by: uuid.UUID | None,
          updated: dt.datetime | None = None) -> dict:
    """The columns every Versioned record needs."""
    row["version"] = 1
    row["created_at"] = created
    row["updated_at"] = updated or created
    row["created_by_id"] = by
    row["updated_by_id"] = by
    return row


class Writer:
    """Appends rows through one connection (the caller's transaction) and counts them.

    insert() takes dicts (all with the same keys); insert_tuples() takes tuples in the order
    of `columns`. Both choose Core for a few rows and the column-wise fast path otherwise.
    """

    FAST_FROM = 500

    def __init__(self, conn: Connection, chunk: int = 25_000):
        self.conn = conn
        self.chunk = chunk
        self.dialect = conn.dialect
        self.counts: dict[str, int] = {}

    def insert(self, table: Table, rows: Sequence[dict], *, fast: bool | None = None) -> None:
        if not rows:
            return
        columns = tuple(rows[0])
        if fast is None:
            fast = len(rows) >= self.FAST_FROM
        if not fast:
            for start in range(0, len(rows), self.chunk):
                self.conn.execute(table.insert(), list(rows[start:start + self.chunk]))
            self._count(table, len(rows))
            return
        get = itemgetter(*columns)
        self.insert_tuples(table, columns, [get(r) for r in rows])

    def insert_tuples(self, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        if not rows:
            return
        for start in range(0, len(rows), self.chunk):
            chunk = list(zip(*rows[start:start + self.chunk], strict=True))
            bulk.insert_columns(self.conn, table, dict(zip(columns, chunk, strict=True)))
        self._count(table, len(rows))

    @contextmanager
    def deferred_indexes(self, *tables: Table) -> Iterator[None]:
        """On SQLite, build the tables' plain secondary indexes after the load instead of
        row by row (stock_move loads about twice as fast). Same transaction: a failure rolls
        the drop back with everything else. Unique indexes and constraints stay in place."""
        plain: list[tuple[str, str]] = []
        if self.dialect.name == "sqlite":
            for table in tables:
                found = self.conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql IS NOT NULL ORDER BY name", (table.name,)).all()
                plain += [(name, sql) for name, sql in found
                          if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
        for name, _ in plain:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        yield
        for _, sql in plain:
            self.conn.exec_driver_sql(sql)

    def _count(self, table: Table, n: int) -> None:
        self.counts[table.name] = self.counts.get(table.name, 0) + n
