"""stock_month: the moves summed per factory month and item, on SQLite and PostgreSQL.

The expected table is always computed here, independently of sopdesk: each move's month is
the local date's month of moved_at in the factory time zone (zoneinfo; the zones used have
no clock change at midnight, where the two definitions could differ), and the sums are
plain Decimal additions in Python, over a model of the posted moves or over the stock_move
rows read back. Checked:

- after any sequence of posted batches (every move type, dates on both sides of month edges
  in several zones), reversals, refused batches, retried op_ids and time-zone changes, the
  table equals the GROUP BY of the moves (property test); the as-of on-hand and the month
  sums the KPIs read from it equal the model's;
- migration 0003 fills it from the moves of an existing database in the stored zone;
- changing factory.timezone rebuilds it in the same transaction (rolled back with it);
- the demo factory's table equals the GROUP BY of its moves (tests/test_demo.py calls
  assert_matches_moves on the small demo);
- concurrent writers on PostgreSQL lose no increment, and a post and a time-zone change
  running at the same time wait for each other instead of bucketing a move in the old zone.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sopdesk.db import Database, migrate
from sopdesk.models import (
    Item,
    ItemKind,
    MoveType,
    Setting,
    StockBalance,
    StockMonth,
    StockMonthValue,
    StockMove,
    StockTotal,
)
from sopdesk.reports.inventory_kpi import month_sums, on_hand_by_item_at
from sopdesk.reports.periods import Month
from sopdesk.services import ledger
from sopdesk.services import settings as factory_settings
from sopdesk.services.errors import InsufficientStock
from sopdesk.services.inventory_common import sum_qty
from sopdesk.services.ledger import MoveRequest
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.stock_month import month_containing, rebuild_stock_month
from tests.pg_waits import wait_until_blocked
from tests.test_ledger import new_item, new_location

ZERO = Decimal("0.0000")
ZONES = ["Asia/Shanghai", "UTC", "America/New_York", "Asia/Kolkata"]
POSITIVE_ONLY = {MoveType.RECEIPT, MoveType.OUTPUT}
NEGATIVE_ONLY = {MoveType.ISSUE, MoveType.SHIPMENT}
ONE_US = dt.timedelta(microseconds=1)


# -- the independent expectation --------------------------------------------------------------


def local_month(moment: dt.datetime, zone: str) -> int:
    local = moment.astimezone(ZoneInfo(zone))
    return local.year * 100 + local.month


def expected_rows(moves, zone: str) -> dict[tuple[int, uuid.UUID], tuple[Decimal, Decimal, Decimal]]:
    """(month, item) -> (net, shipped, issued) from (item_id, qty, move_type, moved_at)."""
    sums: dict[tuple[int, uuid.UUID], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for item_id, qty, move_type, moved_at in moves:
        row = sums[(local_month(moved_at, zone), item_id)]
        row[0] += qty
        if move_type == MoveType.SHIPMENT:
            row[1] += qty
        if move_type == MoveType.ISSUE:
            row[2] += qty
    return {k: tuple(v) for k, v in sums.items()}


def table_rows(s, item_ids=None) -> dict[tuple[int, uuid.UUID], tuple[Decimal, Decimal, Decimal]]:
    stmt = select(StockMonth.month, StockMonth.item_id, StockMonth.net, StockMonth.shipped, StockMonth.issued)
    if item_ids is not None:
        stmt = stmt.where(StockMonth.item_id.in_(list(item_ids)))
    return {(m, i): (n, sh, iss) for m, i, n, sh, iss in s.execute(stmt)}


def moves_in_db(s, item_ids=None) -> list[tuple]:
    stmt = select(StockMove.item_id, StockMove.qty, StockMove.move_type, StockMove.moved_at)
    if item_ids is not None:
        stmt = stmt.where(StockMove.item_id.in_(list(item_ids)))
    return list(s.execute(stmt))


def assert_matches_moves(s, item_ids=None) -> int:
    """stock_month equals the moves grouped in Python by local month and item; returns the
    number of rows."""
    zone = factory_settings.get(s, "factory.timezone")
    want = expected_rows(moves_in_db(s, item_ids), zone)
    assert table_rows(s, item_ids) == want
    return len(want)


class _RolledBack(Exception):
    pass


def value_rows(s) -> dict[tuple[int, ItemKind], tuple[Decimal, Decimal, Decimal]]:
    """stock_month_value, rows of all zeros left out (a move and its reversal)."""
    rows = s.execute(select(StockMonthValue.month, StockMonthValue.kind, StockMonthValue.net_value,
                            StockMonthValue.shipped_value, StockMonthValue.issued_value))
    return {(m, ItemKind(k)): (n, sh, iss) for m, k, n, sh, iss in rows if n or sh or iss}


def expected_values(s) -> dict[tuple[int, ItemKind], tuple[Decimal, Decimal, Decimal]]:
    """stock_month x today's item costs, summed per month and kind in Python (exact)."""
    items = {i: (cost, ItemKind(kind)) for i, cost, kind in s.execute(select(Item.id, Item.standard_cost, Item.kind))}
    sums: dict[tuple[int, ItemKind], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
    with localcontext() as ctx:
        ctx.prec = 80
        for (month, item_id), quantities in table_rows(s).items():
            cost, kind = items[item_id]
            row = sums[(month, kind)]
            for n, q in enumerate(quantities):
                row[n] += q * cost
    return {k: tuple(v) for k, v in sums.items() if any(v)}


def assert_values_match(s) -> None:
    assert value_rows(s) == expected_values(s)


def assert_totals_match(s) -> None:
    """stock_total is stock_balance summed over the locations, item by item."""
    want = dict(s.execute(select(StockBalance.item_id, sum_qty(StockBalance.qty)).group_by(StockBalance.item_id)).all())
    assert dict(s.execute(select(StockTotal.item_id, StockTotal.qty)).all()) == want


# -- month keys -------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 12, 31),
                        timezones=st.just(dt.UTC)),
    zone=st.sampled_from(ZONES + ["America/Havana", "America/Santiago", "Asia/Beirut", "Europe/Lisbon"]),
)
def test_a_moment_falls_between_its_months_edges(moment, zone):
    """The month of a move is the one whose report edges (Month.start) hold it, also in zones
    whose clocks change at midnight; elsewhere it is the local date's month."""
    tz = ZoneInfo(zone)
    month = month_containing(moment, tz)
    assert month.start(tz) <= moment < month.next().start(tz)
    if zone in ZONES:
        assert month.year * 100 + month.month == local_month(moment, zone)


# -- property test: posted moves --------------------------------------------------------------

# Instants on both sides of the month edges of Dec 2025 - Apr 2026 in every zone used, and
# anywhere in between; None: the service stamps the current time.
_EDGES = [Month(y, m).start(ZoneInfo(z)) for z in ZONES for y, m in ((2026, 1), (2026, 2), (2026, 3), (2026, 4))]
_NEAR_EDGES = sorted({e + d for e in _EDGES for d in (-ONE_US, dt.timedelta(0), ONE_US)})
_SPAN = (dt.datetime(2025, 12, 20, tzinfo=dt.UTC), dt.datetime(2026, 4, 10, tzinfo=dt.UTC))
instants = st.one_of(
    st.sampled_from(_NEAR_EDGES),
    st.sampled_from(_NEAR_EDGES),
    st.datetimes(min_value=_SPAN[0].replace(tzinfo=None), max_value=_SPAN[1].replace(tzinfo=None),
                 timezones=st.just(dt.UTC)),
)
magnitudes = st.integers(1, 2_000_000).map(lambda n: Decimal(n).scaleb(-4))


@st.composite
def move_specs(draw):
    move_type = draw(st.sampled_from(list(MoveType)))
    qty = draw(magnitudes)
    if move_type in NEGATIVE_ONLY or (move_type not in POSITIVE_ONLY and draw(st.booleans())):
        qty = -qty
    return {"item": draw(st.integers(0, 2)), "loc": draw(st.sampled_from([0, 1, 1, 1])), "qty": qty,
            "type": move_type, "moved_at": draw(st.one_of(instants, instants, st.none())),
            "op_id": draw(st.booleans())}


batches = st.tuples(st.just("batch"), st.lists(move_specs(), min_size=1, max_size=6))
operations = st.one_of(
    batches, batches, batches,
    st.tuples(st.just("reverse"), st.integers(0, 1000)),
    st.tuples(st.just("retry"), st.integers(0, 1000)),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
    st.tuples(st.just("revalue"), st.integers(0, 2), st.sampled_from([Decimal("0.0001"), Decimal("7.5"),
                                                                      Decimal("12345.6789")]),
              st.sampled_from(list(ItemKind)), st.booleans()),
)


@dataclass
class Posted:
    id: uuid.UUID
    item: int
    loc: int
    qty: Decimal
    move_type: MoveType
    moved_at: dt.datetime
    request: MoveRequest | None = None
    reversible: bool = True


@dataclass
class World:
    """One example's own items and locations (location 0 refuses to go negative, location 1
    does not), the posted moves as the model knows them, checks against the database."""

    db: Database
    items: list[uuid.UUID] = field(default_factory=list)
    locs: list[uuid.UUID] = field(default_factory=list)
    moves: list[Posted] = field(default_factory=list)

    def __post_init__(self):
        with self.db.write(SYSTEM) as s:
            items = [new_item(s, "SM") for _ in range(3)]
            for item, cost, kind in zip(items, (Decimal("12.3456"), Decimal("0.5"), Decimal("987")),
                                        (ItemKind.RAW, ItemKind.FINISHED, ItemKind.SEMI), strict=True):
                item.standard_cost, item.kind = cost, kind
            self.items = [item.id for item in items]
            self.locs = [new_location(s, non_negative=True, prefix="SM").id,
                         new_location(s, non_negative=False, prefix="SM").id]

    def on_hand(self, item: int, loc: int, at: dt.datetime | None = None) -> Decimal:
        return sum((m.qty for m in self.moves
                    if (m.item, m.loc) == (item, loc) and (at is None or m.moved_at <= at)), ZERO)

    def refused(self, deltas) -> bool:
        return any(d < 0 and loc == 0 and self.on_hand(item, loc) + d < 0 for (item, loc), d in deltas.items())

    def snapshot(self):
        with self.db.read() as s:
            return table_rows(s, self.items)

    def batch(self, specs) -> None:
        reqs = [MoveRequest(self.items[sp["item"]], self.locs[sp["loc"]], sp["qty"], sp["type"],
                            moved_at=sp["moved_at"], reason="property test",
                            op_id=uuid.uuid4() if sp["op_id"] else None) for sp in specs]
        deltas: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        for sp in specs:
            deltas[(sp["item"], sp["loc"])] += sp["qty"]
        if self.refused(deltas):
            event("batch refused")
            before = self.snapshot()
            # the transaction goes on and commits
            with self.db.write(SYSTEM) as s, pytest.raises(InsufficientStock):
                ledger.post_moves(s, SYSTEM, reqs)
            assert self.snapshot() == before  # the savepoint took the month sums back too
            return
        with self.db.write(SYSTEM) as s:
            posted = ledger.post_moves(s, SYSTEM, reqs)
        for sp, req, mv in zip(specs, reqs, posted, strict=True):
            self.moves.append(Posted(mv.id, sp["item"], sp["loc"], mv.qty, mv.move_type, mv.moved_at, req))

    def reverse(self, index: int) -> None:
        candidates = [m for m in self.moves if m.reversible]
        if not candidates:
            return
        original = candidates[index % len(candidates)]
        if self.refused({(original.item, original.loc): -original.qty}):
            event("reversal refused")
            before = self.snapshot()
            with self.db.write(SYSTEM) as s, pytest.raises(InsufficientStock):
                ledger.reverse_move(s, SYSTEM, original.id, "property test")
            assert self.snapshot() == before
            return
        with self.db.write(SYSTEM) as s:
            counter = ledger.reverse_move(s, SYSTEM, original.id, "property test")
        event("reversed")
        original.reversible = False
        self.moves.append(Posted(counter.id, original.item, original.loc, counter.qty, counter.move_type,
                                 counter.moved_at, reversible=False))

    def retry(self, index: int) -> None:
        done = [m for m in self.moves if m.request is not None and m.request.op_id is not None]
        if not done:
            return
        event("op_id retried")
        before = self.snapshot()
        with self.db.write(SYSTEM) as s:
            [again] = ledger.post_moves(s, SYSTEM, [done[index % len(done)].request])
        assert again.id == done[index % len(done)].id
        assert self.snapshot() == before  # applied once, not twice

    def revalue(self, index: int, cost: Decimal, kind: ItemKind, commit: bool) -> None:
        """A new standard cost and kind for an item (through the ORM): stock_month_value is
        rebuilt when that commits, and left as it was when it rolls back."""
        before = None if commit else self.values()
        with pytest.raises(_RolledBack) if not commit else nullcontext(), self.db.write(SYSTEM) as s:
            item = s.get(Item, self.items[index])
            item.standard_cost, item.kind = cost, kind
            s.flush()
            if not commit:
                raise _RolledBack
        if before is not None:
            assert self.values() == before
        event("revalued" if commit else "revaluation rolled back")

    def values(self):
        with self.db.read() as s:
            return value_rows(s)

    def zone(self, name: str) -> None:
        with self.db.write(SYSTEM) as s:
            changed = factory_settings.get(s, "factory.timezone") != name
            factory_settings.set_value(s, SYSTEM, "factory.timezone", name)
        event(f"time zone {'changed' if changed else 'kept'}")

    def check(self) -> None:
        with self.db.read() as s:
            zone = factory_settings.get(s, "factory.timezone")
            model = [(self.items[m.item], m.qty, m.move_type, m.moved_at) for m in self.moves]
            want = expected_rows(model, zone)
            assert table_rows(s, self.items) == want  # the model's moves, grouped
            assert_values_match(s)  # and valued per month and kind, as the ledger kept it
            assert_totals_match(s)  # and on-hand per item
            assert expected_rows(moves_in_db(s, self.items), zone) == want  # the ledger's moves
            # what the KPIs read from it: the month sums of the months drawn and the net of
            # the months after them, and on-hand as of instants around the month edges
            # (balance minus stock_month and a part of one month's moves)
            drawn = [Month(2025, 12), Month(2026, 1), Month(2026, 2), Month(2026, 3), Month(2026, 4)]
            buckets, after = month_sums(s, drawn[0], drawn[-1])
            got = {(month.year * 100 + month.month, typed_id(k)): tuple(map(typed_qty, v))
                   for month, bucket in zip(drawn, buckets, strict=True) for k, v in bucket.items()}
            assert {k: v for k, v in got.items() if k[1] in self.items} == {
                k: v for k, v in want.items() if 202512 <= k[0] <= 202604}
            later: dict[uuid.UUID, Decimal] = defaultdict(Decimal)
            for (month, item_id), (net, _, _) in want.items():
                if month > 202604:
                    later[item_id] += net
            got_later = {typed_id(k): typed_qty(v) for k, v in after.items()}
            assert {k: v for k, v in got_later.items() if k in self.items} == later
            tz = ZoneInfo(zone)
            edges = [m.start(tz) for m in drawn]
            probes = [e + d for e in edges for d in (-ONE_US, dt.timedelta(0), ONE_US)]
            probes += [dt.datetime(2026, 2, 14, 3, tzinfo=dt.UTC), dt.datetime(2026, 2, 25, tzinfo=dt.UTC),
                       *_SPAN, *(m.moved_at for m in self.moves[:4])]
            for at in probes:
                valued = on_hand_by_item_at(s, at)
                for i, item_id in enumerate(self.items):
                    assert valued.get(item_id, ZERO) == self.on_hand(i, 0, at) + self.on_hand(i, 1, at), (at, i)


def typed_id(raw_key) -> uuid.UUID:
    """An item id as month_sums reads it (RawNumbers: text on both databases, the stored
    hex on SQLite, the cast UUID on PostgreSQL)."""
    assert isinstance(raw_key, str), raw_key
    return uuid.UUID(raw_key)


def typed_qty(raw) -> Decimal:
    """A quantity as month_sums reads it (RawNumbers: an exact integer of 10**-4 units on
    both databases)."""
    assert isinstance(raw, int), raw
    return Decimal(raw).scaleb(-4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operations, min_size=4, max_size=14))
def test_stock_month_is_the_group_by_of_the_moves(db, ops):
    world = World(db)
    # opening stock in the guarded store, so that not every issue from it is refused
    world.batch([{"item": i, "loc": 0, "qty": Decimal(150), "type": MoveType.OPENING,
                  "moved_at": _SPAN[0], "op_id": False} for i in range(3)])
    for op in ops:
        getattr(world, op[0])(*op[1:])
    world.check()
    event(f"moves: {len(world.moves) // 5 * 5}+")


# -- migration, time-zone change, demo, concurrent writers ------------------------------------


def _edge_moves(db) -> list[uuid.UUID]:
    """Two items with moves of every kind on both sides of month edges in Shanghai, UTC and
    New York (and one exactly on the Shanghai edge)."""
    with db.write(SYSTEM) as s:
        items = [new_item(s, "SE").id for _ in range(2)]
        loc = new_location(s, non_negative=False, prefix="SE").id
    shanghai_mar = Month(2026, 3).start(ZoneInfo("Asia/Shanghai"))  # 2026-02-28 16:00 UTC
    times = [shanghai_mar - ONE_US, shanghai_mar, shanghai_mar + dt.timedelta(hours=7, minutes=59),
             dt.datetime(2026, 3, 1, 3, tzinfo=dt.UTC), dt.datetime(2026, 3, 1, 6, tzinfo=dt.UTC),
             dt.datetime(2026, 1, 31, 23, 30, tzinfo=dt.UTC), dt.datetime(2026, 2, 10, tzinfo=dt.UTC)]
    kinds = [MoveType.RECEIPT, MoveType.SHIPMENT, MoveType.ISSUE, MoveType.OUTPUT, MoveType.ADJUSTMENT,
             MoveType.ISSUE, MoveType.SHIPMENT]
    with db.write(SYSTEM) as s:
        for n, (at, kind) in enumerate(zip(times, kinds, strict=True)):
            qty = Decimal(n + 1) + Decimal("0.0001") * n
            qty = -qty if kind in NEGATIVE_ONLY else qty
            reqs = [MoveRequest(item, loc, qty, kind, moved_at=at, reason="edge") for item in items]
            ledger.post_moves(s, SYSTEM, reqs)
    return items


def _alembic(db, action, revision: str) -> None:
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        action(cfg, revision)


@pytest.mark.parametrize("zone", [None, "America/New_York"])
def test_migration_fills_the_table_from_existing_moves(db, zone):
    """Back to 0002 (the table is dropped) and up again: the backfill groups the existing
    moves by month in the stored factory zone (the default zone when none is stored)."""
    if zone is not None:
        with db.write(SYSTEM) as s:
            factory_settings.set_value(s, SYSTEM, "factory.timezone", zone)
    items = _edge_moves(db)
    with db.read() as s:
        kept = table_rows(s)
    _alembic(db, command.downgrade, "0002")
    try:
        with db.engine.connect() as conn:
            assert "stock_month" not in conn.dialect.get_table_names(conn)
    finally:  # the PostgreSQL database is shared by the whole run: always back to head
        _alembic(db, command.upgrade, "head")
    assert migrate.check(db).ok
    with db.read() as s:
        assert factory_settings.get(s, "factory.timezone") == (zone or "Asia/Shanghai")
        # Shanghai: February and March; New York: January too (23:30 UTC on 31 January)
        assert assert_matches_moves(s, items) == (6 if zone == "America/New_York" else 4)
        assert table_rows(s) == kept  # what the ledger had kept move by move
        assert_values_match(s)  # 0004 valued it again


def test_changing_the_time_zone_rebuilds_the_table_in_the_same_transaction(db):
    items = _edge_moves(db)
    with db.read() as s:
        shanghai = table_rows(s, items)
        assert_matches_moves(s, items)
    with db.write(SYSTEM) as s:
        factory_settings.set_value(s, SYSTEM, "factory.timezone", "UTC")
    with db.read() as s:
        in_utc = table_rows(s, items)
        assert_matches_moves(s, items)
    assert in_utc != shanghai
    # in UTC the moves from 16:00 on 28 Feb to 08:00 on 1 Mar are February's, in Shanghai March's
    item = items[0]
    assert shanghai[(202603, item)][0] - in_utc[(202603, item)][0] == Decimal("-2.0001") + Decimal("-3.0002")

    # a failure later in the same transaction takes the rebuilt table back with the setting
    with pytest.raises(RuntimeError), db.write(SYSTEM) as s:
        factory_settings.set_value(s, SYSTEM, "factory.timezone", "America/New_York")
        assert table_rows(s, items) != in_utc  # rebuilt inside the transaction...
        raise RuntimeError("something else failed")
    with db.read() as s:
        assert factory_settings.get(s, "factory.timezone") == "UTC"
        assert table_rows(s, items) == in_utc  # ...and rolled back with it

    with db.write(SYSTEM) as s:  # back to the start: the same rows as the ledger wrote
        factory_settings.set_value(s, SYSTEM, "factory.timezone", "Asia/Shanghai")
    with db.read() as s:
        assert table_rows(s, items) == shanghai


def test_rebuild_gives_what_the_ledger_kept(db):
    items = _edge_moves(db)
    with db.read() as s:
        kept = table_rows(s)
    with db.write(SYSTEM) as s:
        assert rebuild_stock_month(s) == len(kept) == 4
    with db.read() as s:
        assert table_rows(s) == kept
        assert_matches_moves(s, items)
        assert_values_match(s)


def test_concurrent_writers_lose_no_increment(pg_db):
    """Four PCs post into the same month rows at once: every increment lands (each upsert
    adds to the row as it is when it runs, never to a value read earlier)."""
    with pg_db.write(SYSTEM) as s:
        items = [new_item(s, "CC").id for _ in range(2)]
        loc = new_location(s, non_negative=False, prefix="CC").id
    at = dt.datetime(2026, 5, 10, 4, tzinfo=dt.UTC)
    errors: list[Exception] = []
    barrier = threading.Barrier(4)

    def pc(n: int) -> None:
        db = Database(pg_db.url)
        try:
            barrier.wait()
            for k in range(10):
                with db.write(SYSTEM) as s:
                    ledger.post_moves(s, SYSTEM, [
                        MoveRequest(items[0], loc, Decimal(n + 1), MoveType.RECEIPT, moved_at=at),
                        MoveRequest(items[1], loc, -Decimal(k + 1), MoveType.SHIPMENT, moved_at=at),
                    ])
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=pc, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with pg_db.read() as s:
        assert table_rows(s, items) == {
            (202605, items[0]): (Decimal(10 * (1 + 2 + 3 + 4)), ZERO, ZERO),
            (202605, items[1]): (Decimal(-4 * 55), Decimal(-4 * 55), ZERO),
        }
        assert s.scalar(select(func.count()).select_from(StockMove).where(StockMove.item_id.in_(items))) == 80


def _post_in_thread(db_url, item, loc, at, done: list) -> threading.Thread:
    def post():
        db = Database(db_url)
        try:
            with db.write(SYSTEM) as s:
                # the session holds the setting as it was before the change committed
                held = s.get(Setting, "factory.timezone")
                ledger.post_moves(s, SYSTEM, [MoveRequest(item, loc, Decimal(7), MoveType.RECEIPT, moved_at=at)])
                assert held.value == "UTC"
            done.append("posted")
        except Exception as exc:  # noqa: BLE001 - asserted by the test
            done.append(exc)
        finally:
            db.dispose()

    thread = threading.Thread(target=post)
    thread.start()
    return thread


def test_a_post_waits_for_a_time_zone_change_and_uses_the_new_zone(pg_db):
    """PostgreSQL: a move posted while the time-zone change is uncommitted waits for it, then
    lands in the month of the new zone (14:00 UTC on 31 March: April in Shanghai)."""
    with pg_db.write(SYSTEM) as s:
        item, loc = new_item(s, "TZ").id, new_location(s, non_negative=False, prefix="TZ").id
        factory_settings.set_value(s, SYSTEM, "factory.timezone", "UTC")
    at = dt.datetime(2026, 3, 31, 20, tzinfo=dt.UTC)
    done: list = []
    with pg_db.write(SYSTEM) as s:
        factory_settings.set_value(s, SYSTEM, "factory.timezone", "Asia/Shanghai")
        thread = _post_in_thread(pg_db.url, item, loc, at, done)
        wait_until_blocked(pg_db.url)
        assert done == []  # queued behind the change
    thread.join(10)
    assert done == ["posted"]
    with pg_db.read() as s:
        assert table_rows(s, [item]) == {(202604, item): (Decimal(7), ZERO, ZERO)}
        assert_matches_moves(s)


def start_writer(url, work, done: list, outcome: str) -> threading.Thread:
    """work(session) in a transaction of its own connection, in a thread; `done` gets
    `outcome` once it has committed, or the exception."""

    def run():
        db = Database(url)
        try:
            with db.write(SYSTEM) as s:
                work(s)
            done.append(outcome)
        except Exception as exc:  # noqa: BLE001 - the test asserts on `done`
            done.append(exc)
        finally:
            db.dispose()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_time_zone_change_waits_for_a_post_in_progress_and_counts_it(pg_db):
    """PostgreSQL: a post that has written its move (month from the old zone) and not yet
    committed holds the change back; the rebuild then counts the move in the new zone."""
    with pg_db.write(SYSTEM) as s:
        item, loc = new_item(s, "TZ").id, new_location(s, non_negative=False, prefix="TZ").id
    at = dt.datetime(2026, 3, 31, 20, tzinfo=dt.UTC)  # April in Shanghai, March in UTC
    changed: list = []
    with pg_db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [MoveRequest(item, loc, Decimal(7), MoveType.RECEIPT, moved_at=at)])
        assert table_rows(s, [item]) == {(202604, item): (Decimal(7), ZERO, ZERO)}
        thread = start_writer(pg_db.url, lambda s: factory_settings.set_value(s, SYSTEM, "factory.timezone", "UTC"),
                              changed, "changed")
        wait_until_blocked(pg_db.url)
        assert changed == []  # the change waits for this post
    thread.join(10)
    assert changed == ["changed"]
    with pg_db.read() as s:
        assert table_rows(s, [item]) == {(202603, item): (Decimal(7), ZERO, ZERO)}
        assert_matches_moves(s)


def test_turnover_stays_exact_beyond_64_bit_products(db):
    """stock_month_value holds sums of quantity x cost far beyond 64 bits (SQLite keeps them
    as text, PostgreSQL as NUMERIC): the figures stay exact to the cent, and equal to the
    independent path that multiplies per item in Python."""
    from sopdesk.models import Item, ItemKind
    from sopdesk.reports import inventory_kpi
    from sopdesk.services.inventory_common import RawNumbers
    cost, opening, shipped = Decimal("90000.0001"), Decimal("300000000000.0003"), Decimal("100000000000.0001")
    with db.write(SYSTEM) as s:
        small = Item(code="X-SMALL", name="小", kind=ItemKind.RAW, standard_cost=Decimal("2.5"))
        big = Item(code="X-BIG", name="大", kind=ItemKind.FINISHED, standard_cost=cost)
        s.add_all([small, big])
        s.flush()
        loc = new_location(s, non_negative=False, prefix="XB").id
        ledger.post_moves(s, SYSTEM, [
            MoveRequest(small.id, loc, Decimal(10), MoveType.OPENING, moved_at=dt.datetime(2026, 8, 15, tzinfo=dt.UTC)),
            MoveRequest(small.id, loc, Decimal(-4), MoveType.ISSUE, moved_at=dt.datetime(2026, 9, 10, tzinfo=dt.UTC)),
        ])
    sep = Month(2026, 9)
    with db.read() as s:
        [row] = inventory_kpi.monthly_turnover(s, SYSTEM, sep, sep, ItemKind.RAW)
    assert (row.opening_value, row.closing_value, row.issued_cost) == (Decimal(25), Decimal(15), Decimal(10))

    with db.write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [
            MoveRequest(big.id, loc, opening, MoveType.OPENING, moved_at=dt.datetime(2026, 8, 15, tzinfo=dt.UTC)),
            MoveRequest(big.id, loc, -shipped, MoveType.SHIPMENT, moved_at=dt.datetime(2026, 9, 20, tzinfo=dt.UTC)),
        ])
    with db.read() as s:
        [row] = inventory_kpi.monthly_turnover(s, SYSTEM, sep, sep)
        [fin] = inventory_kpi.monthly_turnover(s, SYSTEM, sep, sep, ItemKind.FINISHED)
    cents = Decimal("0.01")
    want_opening = (opening * cost + 25).quantize(cents)
    want_closing = ((opening - shipped) * cost + 15).quantize(cents)
    assert (row.opening_value, row.closing_value, row.shipped_cost) == (
        want_opening, want_closing, (shipped * cost).quantize(cents))
    assert (fin.opening_value, fin.outflow_cost) == ((opening * cost).quantize(cents), (shipped * cost).quantize(cents))
    # 300000000000.0003 x 90000.0001 = 27000000030000027.00000003, plus 25 of the small item
    assert row.opening_value == Decimal("27000000030000052.00")
    with db.read() as s:
        for kind in (None, *ItemKind):
            assert inventory_kpi.month_values(s, sep, sep, kind) == inventory_kpi._month_values_in_python(
                s, sep, sep, kind, RawNumbers(s)), kind


def test_turnover_stays_exact_when_a_sum_passes_64_bits(db):
    """Each product fits in 64 bits (in SQLite's 10**-8 units) but their sum does not: the
    valued months are added up in Python on SQLite and stay exact."""
    from sopdesk.models import Item, ItemKind
    from sopdesk.reports import inventory_kpi
    qty, cost = Decimal(6_000_000), Decimal(10_000)  # 6e10 a product: 6e18 in SQLite's 10**-8 units
    with db.write(SYSTEM) as s:
        items = [Item(code=f"X-{n}", name="大", kind=ItemKind.RAW, standard_cost=cost) for n in range(2)]
        s.add_all(items)
        s.flush()
        loc = new_location(s, non_negative=False, prefix="XS").id
        ledger.post_moves(s, SYSTEM, [MoveRequest(it.id, loc, qty, MoveType.OPENING,
                                                  moved_at=dt.datetime(2026, 8, 15, tzinfo=dt.UTC)) for it in items])
    with db.read() as s:
        [row] = inventory_kpi.monthly_turnover(s, SYSTEM, Month(2026, 9), Month(2026, 9))
    assert (row.opening_value, row.closing_value) == (Decimal(120_000_000_000), Decimal(120_000_000_000))
