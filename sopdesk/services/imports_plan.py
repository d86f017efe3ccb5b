"""What an import will write, and the helpers every kind's planner shares.

A planner (sopdesk.services.imports.PLANNERS) checks the parsed rows against the database
and fills a _Plan: rows to insert (dicts, or columns for the big tables), rows to update
with their values before, errors. Nothing is written while planning.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from sopdesk.excel import CellError, ParsedFile
from sopdesk.models import Item
from sopdesk.models.types import ExactDecimal, UTCDateTime

from .permissions import Actor

if TYPE_CHECKING:
    from .ledger import MoveRequest

CHUNK = 900  # keys per IN (...) and rows per executemany: under SQLite's variable limit


# -- JSON for undo data -----------------------------------------------------------------------


def _j(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def _unj(column, value: Any) -> Any:
    if value is None:
        return None
    t = column.type
    if isinstance(t, ExactDecimal):
        return Decimal(value)
    if isinstance(t, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(t, Date):
        return dt.date.fromisoformat(value)
    if column.name.endswith("_id") or column.name == "id":
        return uuid.UUID(value)
    return value


# -- the write plan ---------------------------------------------------------------------------


@dataclass
class _Plan:
    """Rows to insert and update, table by table, in the order they must be written."""

    kind: str
    errors: list[CellError] = field(default_factory=list)
    inserts: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    before: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    order: list[str] = field(default_factory=list)  # table names, parents first
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    created: dict[str, int] = field(default_factory=dict)
    created_names: dict[str, list[str]] = field(default_factory=dict)  # kind -> codes, for the summary
    moves: list[MoveRequest] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # big inserts kept as columns (no dict per row): table -> {column: list of values}
    columnar: dict[str, dict[str, list]] = field(default_factory=dict)
    after_write: list[Callable[[Session, uuid.UUID], None]] = field(default_factory=list)

    def table(self, name: str) -> None:
        if name not in self.order:
            self.order.append(name)

    def add(self, table: str, row: dict) -> None:
        self.table(table)
        self.inserts[table].append(row)

    def change(self, table: str, row: dict, before: dict) -> None:
        self.table(table)
        self.updates[table].append(row)
        self.before[table].append(before)


def cell_error(parsed: ParsedFile, i: int, fieldname: str, code: str, template: str, /, **params: Any) -> CellError:
    """The problem a planner found with row i's cell of `fieldname`: `template` a plain string
    literal (never an f-string: the UI translates it), its {parameters} as keywords, as for a
    service error; a ServiceError caught on the way passes on as (exc.template, **exc.params)."""
    raw = parsed.raw.get(fieldname)
    value = raw[i] if raw is not None and i < len(raw) else parsed.columns.get(fieldname, [None] * (i + 1))[i]
    from sopdesk.excel.rows import _jsonable

    header, col = parsed.cell_at(fieldname, i)
    return CellError(parsed.sheet, parsed.row_numbers[i], header, _jsonable(value), template, params, code,
                     fieldname, col)


def _chunks(seq: list, size: int = CHUNK):
    for k in range(0, len(seq), size):
        yield seq[k:k + size]


def _select_in(session: Session, columns: list, key_col, keys) -> list:
    """Rows of select(*columns) whose key_col is one of `keys`: one query with = ANY(array)
    on PostgreSQL (a round trip and a parse per 900 keys cost more than the look-up), IN (...)
    in chunks under SQLite's variable limit."""
    keys = [k for k in keys if k is not None]
    if not keys:
        return []
    if session.get_bind().dialect.name == "postgresql":
        stmt = select(*columns).where(key_col == any_(bindparam("keys", type_=ARRAY(key_col.type))))
        return session.execute(stmt, {"keys": keys}).all()
    out = []
    for chunk in _chunks(keys):
        out += session.execute(select(*columns).where(key_col.in_(chunk))).all()
    return out


def _rows_by_key(session: Session, table, key_col, keys, columns) -> dict:
    """{key: row} for the given keys."""
    name = key_col.key
    return {r._mapping[name]: r for r in _select_in(session, columns, key_col, keys)}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_seq = [int.from_bytes(os.urandom(8), "big") >> 5]  # a random start for this process
_node = int.from_bytes(os.urandom(2), "big") & 0xFFF
_prefix: list = [None, ""]


def new_id() -> str:
    """A time-ordered UUID (version 7 layout) as 32 hex digits, which SQLite stores as is and
    PostgreSQL accepts. Ids that grow in time land at the end of the primary-key index instead
    of at random places in it: bulk inserts of 100,000 rows go markedly faster on both databases.
    Millisecond time, a per-process random 12 bits and a counter from a random start make a
    clash between two PCs importing in the same millisecond practically impossible."""
    _seq[0] += 1
    ms = time.time_ns() // 1_000_000
    if ms != _prefix[0]:
        _prefix[0], _prefix[1] = ms, f"{ms & 0xFFFFFFFFFFFF:012x}7{_node:03x}8"
    return f"{_prefix[1]}{_seq[0] & 0xFFFFFFFFFFFFFFF:015x}"


def new_ids(n: int) -> list[str]:
    """n ids as new_id() makes them, in one go."""
    ms = time.time_ns() // 1_000_000
    prefix = f"{ms & 0xFFFFFFFFFFFF:012x}7{_node:03x}8"
    start = _seq[0] + 1
    _seq[0] += n
    return [f"{prefix}{v & 0xFFFFFFFFFFFFFFF:015x}" for v in range(start, start + n)]


def _stamp_new(row: dict, actor: Actor, now: dt.datetime) -> dict:
    if "id" not in row:
        row["id"] = new_id()
    row.update(version=1, created_at=now, updated_at=now, created_by_id=actor.user_id,
               updated_by_id=actor.user_id)
    return row


def _differs(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is not b
    if isinstance(a, Enum):
        a = a.value
    if isinstance(b, Enum):
        b = b.value
    return a != b



def _error_rows(parsed: ParsedFile, fieldname: str) -> list[tuple[int, CellError]]:
    """(row index, error) of the cell errors parse found in one column."""
    index = {r: i for i, r in enumerate(parsed.row_numbers)}
    return [(index[e.row], e) for e in parsed.errors if e.field == fieldname and e.row in index]


def _code_allocator(session: Session, model, prefix: str) -> Callable[[], str]:
    """Codes for records created without one: C0001, C0002, ... after the highest in use."""
    pattern = re.compile(rf"^{prefix}(\d+)$")
    highest, width = 0, 4
    for code in session.scalars(select(model.code).where(model.code.like(f"{prefix}%"))):
        m = pattern.match(code)
        if m and int(m.group(1)) >= highest:
            highest, width = int(m.group(1)), max(len(m.group(1)), 3)
    counter = [highest]

    def next_code() -> str:
        counter[0] += 1
        return f"{prefix}{counter[0]:0{width}d}"
    return next_code



def _item_ids(session: Session, codes: set[str]) -> dict[str, Any]:
    return {r.code.casefold(): r for r in _rows_by_key(
        session, Item.__table__, Item.__table__.c.code, codes,
        [Item.id, Item.code, Item.active, Item.sales_price, Item.standard_cost, Item.kind]).values()}


def _resolve_items(session: Session, parsed: ParsedFile, plan: _Plan, fieldname: str) -> list[Any]:
    """The item row of each row's code (None where blank or unknown; unknown is an error)."""
    codes = parsed.columns[fieldname]
    distinct = {c for c in set(codes) if c}
    found = _item_ids(session, distinct)
    by_code = {c: found.get(c.casefold()) for c in distinct}
    unknown = {c for c, r in by_code.items() if r is None}
    if unknown:
        for i, c in enumerate(codes):
            if c in unknown:
                plan.errors.append(cell_error(parsed, i, fieldname, "unknown_item", "unknown product code {code}",
                                                code=c))
    return list(map(by_code.get, codes))
