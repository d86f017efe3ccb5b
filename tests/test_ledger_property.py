"""Property tests of the stock ledger, on SQLite and PostgreSQL.

Hypothesis draws a sequence of operations (batches of moves of every type, reversals,
retries of an op_id, stock counts) with signed quantities of up to 4 decimals and business
times spread over a few days in several time zones. Each operation is applied through the
ledger service and, independently, to a plain Python model (a list of Decimal moves). After
every operation and at the end of the example the database must agree with the model:

- stock_balance equals SUM(qty) GROUP BY (item, location) and the model's sum;
- on_hand(as_of=t) equals the model's sum of moves with moved_at <= t, at every t used;
- a move that would take a non-negative location's current balance below zero raises
  InsufficientStock and leaves no trace, unless inventory.allow_negative is on (the guard is
  on the current balance: a back-dated move may still make a past on-hand negative);
- a reversal takes exactly the original quantity back out; post-then-reverse restores on-hand;
- a count posts exactly counted - on_hand (as of the count's time).

Each example creates its own items and locations, so examples share the database without
truncating it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sopdesk.models import MoveType, Role, StockBalance, StockMove
from sopdesk.services import ledger
from sopdesk.services.errors import InsufficientStock, ValidationError
from sopdesk.services.ledger import MoveRequest
from sopdesk.services.permissions import SYSTEM
from tests.factories import make_basics
from tests.test_ledger import (
    balances_by_key,
    move_count,
    new_item,
    new_location,
    set_allow_negative,
    sums_by_key,
)

N_ITEMS = 2  # keep in step with the sampled indexes in move_specs
# non_negative flag per location: two guarded stores and one that may go below zero
LOCATION_GUARDS = (True, True, False)
BASE = dt.datetime(2026, 3, 2, 0, 0, tzinfo=dt.UTC)
SPAN_US = 3 * 24 * 3600 * 10**6  # three days, in microseconds
ZONES = [dt.UTC, ZoneInfo("Asia/Shanghai"), dt.timezone(dt.timedelta(hours=-5))]
ONE_US = dt.timedelta(microseconds=1)
# the sign rules as the business states them (not read from ledger.py)
POSITIVE_ONLY = {MoveType.RECEIPT, MoveType.OUTPUT}
NEGATIVE_ONLY = {MoveType.ISSUE, MoveType.SHIPMENT}
ZERO = Decimal("0.0000")

PROPERTY_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# -- strategies -----------------------------------------------------------------------------

# a few fixed instants so that several moves share a moved_at (the <= boundary)
_POOL = [BASE + dt.timedelta(hours=h) for h in (0, 7, 31, 55)]
instants = st.one_of(
    st.sampled_from(_POOL),
    st.integers(0, SPAN_US).map(lambda us: BASE + dt.timedelta(microseconds=us)),
)
business_times = st.builds(lambda t, tz: t.astimezone(tz), instants, st.sampled_from(ZONES))
magnitudes = st.one_of(
    st.integers(1, 9999),  # below one unit: 0.0001 .. 0.9999
    st.integers(1, 2_000_000),  # up to 200.0000
).map(lambda n: Decimal(n).scaleb(-4))


@st.composite
def move_specs(draw):
    move_type = draw(st.sampled_from(list(MoveType)))
    qty = draw(magnitudes)
    if move_type in NEGATIVE_ONLY or (move_type not in POSITIVE_ONLY and draw(st.booleans())):
        qty = -qty
    return {
        # biased towards item 0 in the first guarded store, so that moves meet on one key
        "item": draw(st.sampled_from([0, 0, 1])),
        "loc": draw(st.sampled_from([0, 0, 1, 2])),
        "qty": qty,
        "type": move_type,
        # None: the service stamps the current time
        "moved_at": draw(st.one_of(business_times, business_times, business_times, st.none())),
        "op_id": draw(st.booleans()),  # True: World gives it a fresh op_id
    }


operations = st.one_of(
    st.tuples(st.just("batch"), st.lists(move_specs(), min_size=1, max_size=4)),
    st.tuples(st.just("batch"), st.lists(move_specs(), min_size=1, max_size=1)),
    st.tuples(st.just("reverse"), st.integers(0, 1000)),
    st.tuples(st.just("post_and_reverse"), move_specs()),
    st.tuples(st.just("retry"), st.integers(0, 1000)),
    st.tuples(
        st.just("count"), st.integers(0, N_ITEMS - 1), st.integers(0, len(LOCATION_GUARDS) - 1),
        st.integers(0, 3_000_000).map(lambda n: Decimal(n).scaleb(-4)),
        st.one_of(st.none(), business_times),
    ),
)

# -- the model ------------------------------------------------------------------------------


@dataclass
class Posted:
    id: uuid.UUID
    key: tuple[int, int]
    qty: Decimal
    moved_at: dt.datetime
    request: MoveRequest | None = None  # None for reversals and counts
    reversal_of: uuid.UUID | None = None
    reversed: bool = False


@dataclass
class Model:
    guards: tuple[bool, ...]
    allow_negative: bool
    moves: list[Posted] = field(default_factory=list)

    def on_hand(self, key, as_of=None) -> Decimal:
        return sum((m.qty for m in self.moves
                    if m.key == key and (as_of is None or m.moved_at <= as_of)), ZERO)

    def refuses(self, deltas: dict[tuple[int, int], Decimal]) -> bool:
        """Would the ledger refuse these net changes (InsufficientStock)?"""
        if self.allow_negative:
            return False
        return any(d < 0 and self.guards[key[1]] and self.on_hand(key) + d < 0
                   for key, d in deltas.items())


class World:
    """One example's fresh items and locations, the model, and checks against the db."""

    def __init__(self, db, actor, allow_negative: bool):
        self.db = db
        self.actor = actor
        with db.write(SYSTEM) as s:
            self.items = [new_item(s, "P").id for _ in range(N_ITEMS)]
            self.locs = [new_location(s, non_negative=g, prefix="PL").id for g in LOCATION_GUARDS]
        set_allow_negative(db, actor, allow_negative)
        self.model = Model(LOCATION_GUARDS, allow_negative)

    def ids(self, key):
        return self.items[key[0]], self.locs[key[1]]

    def request(self, spec) -> MoveRequest:
        return MoveRequest(
            self.items[spec["item"]], self.locs[spec["loc"]], spec["qty"], spec["type"],
            moved_at=spec["moved_at"], reason="property test",
            op_id=uuid.uuid4() if spec["op_id"] else None,
        )

    # -- state checks -------------------------------------------------------------------

    def snapshot(self, s):
        return (move_count(s, self.items), balances_by_key(s, self.items))

    def check_keys(self, s, keys) -> None:
        for key in keys:
            item_id, loc_id = self.ids(key)
            assert ledger.on_hand(s, item_id, loc_id) == self.model.on_hand(key), key

    def check_all(self) -> None:
        m = self.model
        keys = {p.key for p in m.moves}
        with self.db.read() as s:
            assert move_count(s, self.items) == len(m.moves)
            sql_sums = sums_by_key(s, self.items)
            balances = balances_by_key(s, self.items)
            expected = {self.ids(k): m.on_hand(k) for k in keys}
            assert sql_sums == expected  # GROUP BY over the moves
            assert balances == expected  # the running balance table
            for key in keys:
                last = max(p.moved_at for p in m.moves if p.key == key)
                row = s.get(StockBalance, self.ids(key))
                assert row.last_move_at == last, key
            times = sorted({p.moved_at for p in m.moves})
            probes = [t for at in times for t in (at - ONE_US, at)] + [BASE - ONE_US]
            for t in probes:
                for key in keys:
                    item_id, loc_id = self.ids(key)
                    assert ledger.on_hand(s, item_id, loc_id, as_of=t) == m.on_hand(key, t), (key, t)
                for i, item_id in enumerate(self.items):  # all locations together
                    want = sum((m.on_hand((i, j), t) for j in range(len(self.locs))), ZERO)
                    assert ledger.on_hand(s, item_id, as_of=t) == want

    # -- operations ---------------------------------------------------------------------

    def batch(self, specs) -> list[Posted]:
        reqs = [self.request(sp) for sp in specs]
        deltas: dict[tuple[int, int], Decimal] = {}
        for sp in specs:
            deltas[(sp["item"], sp["loc"])] = deltas.get((sp["item"], sp["loc"]), ZERO) + sp["qty"]
        refused = self.model.refuses(deltas)
        event(f"batch {'refused' if refused else 'posted'}")
        with self.db.write(self.actor) as s:
            before = self.snapshot(s)  # same transaction: nobody else writes these items
            if refused:
                with pytest.raises(InsufficientStock) as err:
                    ledger.post_moves(s, self.actor, reqs)
                assert err.value.field == "qty"
                # the transaction goes on and commits: the savepoint must have left nothing
            else:
                moves = ledger.post_moves(s, self.actor, reqs)
        with self.db.read() as s:
            if refused:
                assert self.snapshot(s) == before
                return []
            assert len(moves) == len(reqs)
            posted = []
            for sp, req, mv in zip(specs, reqs, moves, strict=True):
                assert mv.qty == sp["qty"] and mv.move_type == sp["type"]
                if sp["moved_at"] is not None:
                    assert mv.moved_at == sp["moved_at"]
                p = Posted(mv.id, (sp["item"], sp["loc"]), mv.qty, mv.moved_at, request=req)
                self.model.moves.append(p)
                posted.append(p)
            self.check_keys(s, deltas)
            return posted

    def reverse(self, index: int) -> None:
        if not self.model.moves:
            return
        original = self.model.moves[index % len(self.model.moves)]
        before = self.model.on_hand(original.key)
        if original.reversal_of is not None or original.reversed:
            event("reverse refused: reversal or already reversed")
            with self.db.write(self.actor) as s:
                with pytest.raises(ValidationError) as err:
                    ledger.reverse_move(s, self.actor, original.id, "property test")
                assert err.value.field == "move_id"
            return
        refused = self.model.refuses({original.key: -original.qty})
        event(f"reverse {'refused: stock' if refused else 'posted'}")
        with self.db.write(self.actor) as s:
            snap = self.snapshot(s)
            if refused:
                with pytest.raises(InsufficientStock):
                    ledger.reverse_move(s, self.actor, original.id, "property test")
            else:
                counter = ledger.reverse_move(s, self.actor, original.id, "property test")
        with self.db.read() as s:
            if refused:
                assert self.snapshot(s) == snap
                return
            assert counter.qty == -original.qty and counter.reversal_of_id == original.id
            original.reversed = True
            self.model.moves.append(Posted(counter.id, original.key, counter.qty, counter.moved_at,
                                           reversal_of=original.id))
            self.check_keys(s, [original.key])
            assert ledger.on_hand(s, *self.ids(original.key)) == before - original.qty

    def post_and_reverse(self, spec) -> None:
        key = (spec["item"], spec["loc"])
        before = self.model.on_hand(key)
        posted = self.batch([spec])
        if posted:
            self.reverse(self.model.moves.index(posted[0]))
            with self.db.read() as s:
                assert ledger.on_hand(s, *self.ids(key)) == before  # exactly as it was

    def retry(self, index: int) -> None:
        done = [p for p in self.model.moves if p.request is not None and p.request.op_id is not None]
        if not done:
            return
        p = done[index % len(done)]
        event("op_id retried")
        with self.db.write(self.actor) as s:
            snap = self.snapshot(s)
            [again] = ledger.post_moves(s, self.actor, [p.request])
        assert again.id == p.id
        with self.db.read() as s:
            assert self.snapshot(s) == snap  # applied once, not twice

    def count(self, item: int, loc: int, counted: Decimal, counted_at) -> None:
        key = (item, loc)
        diff = counted - self.model.on_hand(key, counted_at)
        refused = diff != 0 and self.model.refuses({key: diff})
        event(f"count {'refused' if refused else 'zero' if diff == 0 else 'posted'}"
              f"{' back-dated' if counted_at is not None else ''}")
        with self.db.write(self.actor) as s:
            snap = self.snapshot(s)
            if refused:
                with pytest.raises(InsufficientStock):
                    ledger.post_count(s, self.actor, self.locs[loc], {self.items[item]: counted},
                                      counted_at=counted_at)
            else:
                moves = ledger.post_count(s, self.actor, self.locs[loc], {self.items[item]: counted},
                                          counted_at=counted_at)
        with self.db.read() as s:
            if refused:
                assert self.snapshot(s) == snap
                return
            if diff == 0:
                assert moves == [] and self.snapshot(s) == snap
                return
            [mv] = moves
            assert mv.qty == diff and mv.move_type == MoveType.COUNT
            if counted_at is not None:
                assert mv.moved_at == counted_at
            self.model.moves.append(Posted(mv.id, key, mv.qty, mv.moved_at))
            item_id, loc_id = self.ids(key)
            assert ledger.on_hand(s, item_id, loc_id, as_of=counted_at) == counted
            self.check_keys(s, [key])


@pytest.fixture
def basics(db):
    return make_basics(db)


@PROPERTY_SETTINGS
@given(
    ops=st.lists(operations, min_size=3, max_size=14),
    allow_negative=st.sampled_from([False, False, False, True]),
    role=st.sampled_from([Role.MANAGER, Role.ADMIN]),
)
def test_ledger_agrees_with_a_decimal_model(db, basics, ops, allow_negative, role):
    world = World(db, basics[role], allow_negative)
    for op in ops:
        getattr(world, op[0])(*op[1:])
    world.check_all()
    event(f"moves in the ledger: {len(world.model.moves) // 5 * 5}+")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quantities=st.lists(magnitudes, min_size=1, max_size=20),
    issues=st.lists(st.integers(0, 19), max_size=20),
)
def test_guarded_location_never_goes_negative(db, basics, quantities, issues):
    """Receipts then issues against a non-negative store: whatever is refused, the balance
    stays >= 0, equals the sum of the accepted moves, and refused issues leave no move."""
    production, supply = basics[Role.PRODUCTION], basics[Role.SUPPLY]
    with db.write(SYSTEM) as s:
        item = new_item(s, "G").id
        loc = new_location(s, non_negative=True, prefix="GL").id
    set_allow_negative(db, basics[Role.MANAGER], False)
    accepted = ZERO
    with db.write(supply) as s:
        for q in quantities[: len(quantities) // 2 or 1]:
            ledger.post_moves(s, supply, [MoveRequest(item, loc, q, MoveType.RECEIPT)])
            accepted += q
    with db.write(production) as s:  # all issues in one transaction, refusals caught
        for i in issues:
            q = quantities[i % len(quantities)]
            if q <= accepted:
                ledger.post_moves(s, production, [MoveRequest(item, loc, -q, MoveType.ISSUE)])
                accepted -= q
            else:
                with pytest.raises(InsufficientStock):
                    ledger.post_moves(s, production, [MoveRequest(item, loc, -q, MoveType.ISSUE)])
    with db.read() as s:
        on_hand = ledger.on_hand(s, item, loc)
        assert on_hand == accepted and on_hand >= 0
        assert s.scalar(select(func.sum(StockMove.qty)).where(StockMove.item_id == item)) == accepted
