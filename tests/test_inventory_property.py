"""Property tests of the inventory layer on SQLite and PostgreSQL.

Hypothesis draws sequences of document operations (adjustments, transfers between a store
and quarantine, issues to a work order, stock counts now or back-dated, reversals of earlier
moves) at business times spread over November 2026. Each is applied through
services/stock_ops.py and, independently, to a plain Python model: a list of
(item, location, qty, moved_at). After every operation:

- fetch_stock's on-hand and stock_by_location equal the model's sums after every operation;
  at the end, fetch_stock_as_of (at every time used, and a microsecond before it; all
  locations and one) equals the model's sum of moves at or before that time;
- the per-item on-hand that inventory_value prices, at a drawn moment, equals the model's;
- a count posts exactly counted - on-hand at the count's moment, and afterwards the
  location holds the counted quantity at that moment;
- a reversal takes the original quantity back out (both legs for a transfer), so on-hand
  is what it was before that move;
- allocated (work-order needs) is the need minus the model's net issues;
- a move that would take a location below zero is refused and leaves no trace.

Each example makes its own items, so examples share one database without truncating it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sopdesk.models import BomLine, Item, ItemKind, Role
from sopdesk.reports.inventory_kpi import on_hand_by_item_at
from sopdesk.services import inventory as inv
from sopdesk.services import stock_ops
from sopdesk.services.errors import InsufficientStock
from sopdesk.services.permissions import SYSTEM
from sopdesk.services.stock_ops import IssueLine, TransferLine
from tests.test_inventory_world import make_world, work_order

D = Decimal
BASE = dt.datetime(2026, 11, 2, 0, 0, tzinfo=dt.UTC)
US = dt.timedelta(microseconds=1)
COUNTER = itertools.count()

times = st.integers(min_value=0, max_value=20 * 24).map(lambda h: BASE + dt.timedelta(hours=h))
qtys = st.decimals(min_value=D("0.0001"), max_value=D("500"), places=4)
item_ix = st.integers(min_value=0, max_value=1)
loc_ix = st.integers(min_value=0, max_value=1)

ops = st.one_of(
    st.tuples(st.just("adjust"), item_ix, loc_ix, qtys, st.booleans(), times),
    st.tuples(st.just("transfer"), item_ix, loc_ix, qtys, times),
    st.tuples(st.just("issue"), item_ix, qtys, times),
    st.tuples(st.just("count"), item_ix, loc_ix, st.decimals(min_value=0, max_value=D(800), places=4),
              st.one_of(st.none(), times)),
    st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=10**6)),
)

PROPERTY_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
)


class Model:
    def __init__(self):
        self.moves: list[dict] = []  # item, loc, qty, at, id, reversible, ref, kind

    def qty(self, item=None, loc=None, at=None) -> Decimal:
        return sum((m["qty"] for m in self.moves
                    if (item is None or m["item"] == item) and (loc is None or m["loc"] == loc)
                    and (at is None or m["at"] <= at)), D(0))

    def add(self, result, reversible=True, kind=""):
        for m in result.moves:
            self.moves.append({"item": m.item_id, "loc": m.location_id, "qty": m.qty, "at": m.moved_at,
                               "id": m.id, "reversible": reversible and m.reversal_of_id is None,
                               "ref": m.ref_id, "kind": kind})


@pytest.fixture
def world(db):
    return make_world(db)


@PROPERTY_SETTINGS
@given(sequence=st.lists(ops, min_size=1, max_size=12), probe=times,
       start=st.sampled_from(["0.0001", "150", "600"]))
def test_inventory_views_equal_the_sum_of_moves(db, world, sequence, probe, start):
    n = next(COUNTER)
    tag = f"PX{n}U{uuid.uuid4().hex[:4]}"
    with db.write(SYSTEM) as s:
        items = [Item(code=f"{tag}-{k}", name=f"性质 {k}", kind=ItemKind.RAW, standard_cost=D(k + 1) / 4)
                 for k in range(2)]
        product = Item(code=f"{tag}-P", name="产品", kind=ItemKind.FINISHED)
        s.add_all(items + [product])
        s.flush()
        s.add(BomLine(parent_id=product.id, component_id=items[0].id, qty_per=D(1)))
    wo = work_order(db, f"WO-{tag}", product, "1000", dt.date(2026, 11, 2), dt.date(2026, 11, 30))
    item_ids = [i.id for i in items]
    locs = [world.raw.id, world.qc.id]
    supply, prod = world[Role.SUPPLY], world[Role.PRODUCTION]
    model = Model()
    used_times = [probe]
    with db.write(supply) as s:  # some stock to start with, so most operations can post
        for item in item_ids:
            for loc in locs:
                model.add(stock_ops.adjust(s, supply, item, loc, D(start), "期初", moved_at=BASE))

    def attempt(deltas, actor, operation, *args, **kwargs):
        """Apply operation(session, actor, *args, **kwargs); expect a refusal exactly when
        the model says a balance would go below zero."""
        negative = any(model.qty(i, loc) + d < 0 for (i, loc), d in deltas.items())
        event(f"{operation.__name__} {'refused' if negative else 'posted'}")
        if negative:
            with pytest.raises(InsufficientStock), db.write(actor) as s:
                operation(s, actor, *args, **kwargs)
            return None
        with db.write(actor) as s:
            return operation(s, actor, *args, **kwargs)

    for op in sequence:
        kind = op[0]
        if kind == "adjust":
            _, i, loc, q, up, at = op
            q = q if up else -q
            r = attempt({(item_ids[i], locs[loc]): q}, supply, stock_ops.adjust, item_ids[i], locs[loc], q,
                        "性质测试", moved_at=at)
            if r:
                model.add(r)
            used_times.append(at)
        elif kind == "transfer":
            _, i, src, q, at = op
            frm, to = locs[src], locs[1 - src]
            r = attempt({(item_ids[i], frm): -q, (item_ids[i], to): q}, supply, stock_ops.transfer, frm, to,
                        [TransferLine(item_ids[i], q)], moved_at=at)
            if r:
                assert sorted(m.qty for m in r.moves) == [-q, q]
                model.add(r, kind="transfer")
            used_times.append(at)
        elif kind == "issue":
            _, i, q, at = op
            r = attempt({(item_ids[i], locs[0]): -q}, prod, stock_ops.issue_to_work_order, wo,
                        [IssueLine(item_ids[i], locs[0], q)], issued_at=at)
            if r:
                model.add(r, kind="issue")
            used_times.append(at)
        elif kind == "count":
            _, i, loc, counted, at = op
            book = model.qty(item_ids[i], locs[loc], at)
            diff = counted - book
            r = attempt({(item_ids[i], locs[loc]): diff}, supply, stock_ops.post_stock_count, locs[loc],
                        {item_ids[i]: counted}, counted_at=at)
            if r:
                assert (r.lines[0].book_qty, r.lines[0].difference) == (book, diff)
                assert [m.qty for m in r.moves] == ([diff] if diff else [])
                model.add(r)
                moment = r.moves[0].moved_at if r.moves else at
                if moment is not None:
                    assert model.qty(item_ids[i], locs[loc], moment) == counted
            if at is not None:
                used_times.append(at)
        else:
            candidates = [m for m in model.moves if m["reversible"]]
            if not candidates:
                continue
            target = candidates[op[1] % len(candidates)]
            legs = [target]
            if target["kind"] == "transfer":  # both legs of that item go back together
                legs = [m for m in candidates if m["ref"] == target["ref"] and m["item"] == target["item"]]
            actor = prod if target["kind"] == "issue" else supply
            before = {(m["item"], m["loc"]): model.qty(m["item"], m["loc"]) for m in legs}
            r = attempt({(m["item"], m["loc"]): -m["qty"] for m in legs}, actor, stock_ops.reverse,
                        target["id"], "性质测试冲销")
            if r:
                assert sorted(m.qty for m in r.moves) == sorted(-m["qty"] for m in legs)
                for m in legs:
                    m["reversible"] = False
                model.add(r, reversible=False, kind=target["kind"])
                for m in legs:  # on-hand is what it was before the reversed move
                    assert model.qty(m["item"], m["loc"]) == before[(m["item"], m["loc"])] - m["qty"]
        _check_now(db, world, tag, item_ids, locs, model)
    _check_as_of(db, world, tag, item_ids, locs, model, used_times)


def _check_now(db, world, tag, item_ids, locs, model: Model) -> None:
    viewer = world[Role.SALES]
    with db.read() as s:
        rows = {r.item_id: r for r in inv.fetch_stock(s, viewer, inv.StockFilter(search=tag))}
        for item in item_ids:
            assert rows[item].on_hand == model.qty(item), "current on-hand"
            by_loc = {r.location_id: r.qty for r in inv.stock_by_location(s, viewer, item)}
            for loc in locs:
                assert by_loc.get(loc, D(0)) == model.qty(item, loc), "per location"
    issued = -sum((m["qty"] for m in model.moves if m["kind"] == "issue" and m["item"] == item_ids[0]), D(0))
    assert rows[item_ids[0]].allocated == max(D(0), D(1000) - issued)


def _check_as_of(db, world, tag, item_ids, locs, model: Model, used_times) -> None:
    viewer = world[Role.SALES]
    flt = inv.StockFilter(search=tag)
    with db.read() as s:
        for t in sorted(set(used_times)):
            for moment in (t, t - US):
                as_of = {r.item_id: r.qty for r in inv.fetch_stock_as_of(s, viewer, moment, flt)}
                at_raw = {r.item_id: r.qty for r in inv.fetch_stock_as_of(s, viewer, moment, flt,
                                                                          location_id=locs[0])}
                for item in item_ids:
                    assert as_of[item] == model.qty(item, at=moment), f"as of {moment}"
                    assert at_raw[item] == model.qty(item, locs[0], moment), f"at RAW as of {moment}"
        probe = used_times[0]
        valued = on_hand_by_item_at(s, probe)  # what inventory_value multiplies by cost
    for item in item_ids:
        assert valued.get(item, D(0)) == model.qty(item, at=probe)
