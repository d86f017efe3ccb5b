"""Property tests of the sales order state machine.

First without a database: hypothesis walks random sequences of target statuses through
check_transition / allowed_next and checks the invariants after every step. Then on SQLite
and PostgreSQL: random sequences through services.orders.change_status on real orders, with
the review tasks and promised dates changing on the way; the order_status_change history must
replay exactly the transitions that were accepted.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sopdesk.models import Department, OrderReviewTask, OrderStatus, ReviewTaskStatus, Role
from sopdesk.services import orders
from sopdesk.services.errors import InvalidTransition
from sopdesk.services.order_states import (
    BY_DOCUMENTS,
    TERMINAL,
    TRANSITIONS,
    allowed_next,
    check_transition,
)
from tests.factories import make_basics

S = OrderStatus
ALL = list(OrderStatus)


def refusal(current, target, *, is_custom, has_date, reviews) -> str | None:
    """The business rules restated: None if current -> target is allowed, else the field the
    refusal must name. (The graph itself is TRANSITIONS; its shape is tested separately.)"""
    if target not in TRANSITIONS[current]:
        return "status"
    if target == S.IN_REVIEW and not is_custom:
        return "status"  # only custom orders are reviewed
    if target == S.CONFIRMED:
        if is_custom and not (current == S.IN_REVIEW and reviews):
            return "status"  # custom: only from a finished review
        if not has_date:
            return "promised_date"
    return None


def _try(current, target, is_custom, has_date, reviews) -> InvalidTransition | None:
    try:
        check_transition(current, target, is_custom=is_custom, has_promised_date=has_date,
                         reviews_complete=reviews)
    except InvalidTransition as exc:
        return exc
    return None


# -- pure: the graph and every single decision ----------------------------------------------


def test_graph_shape():
    assert {S.CLOSED, S.CANCELLED} == TERMINAL
    assert set(TRANSITIONS) == set(ALL)
    for status, nxt in TRANSITIONS.items():
        assert status not in nxt  # no self-loops
        assert nxt <= set(ALL)
    # cancelled from every open status; closed only after shipping
    assert {s for s in ALL if S.CANCELLED in TRANSITIONS[s]} == {
        S.DRAFT, S.IN_REVIEW, S.CONFIRMED, S.IN_PRODUCTION}
    assert {s for s in ALL if S.CLOSED in TRANSITIONS[s]} == {S.SHIPPED}
    # shipping states are reached by shipment documents only; the rest by hand from draft
    assert not any(nxt & BY_DOCUMENTS for nxt in TRANSITIONS.values())
    seen, todo = {S.DRAFT}, [S.DRAFT]
    while todo:
        for nxt in TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(ALL) - BY_DOCUMENTS - {S.CLOSED}  # closed follows shipped


def test_every_decision_exhaustively():
    """All 7 x 7 x 2 x 2 x 2 combinations: accepted exactly when the rules say so, and a
    refusal is an InvalidTransition naming the field and the two statuses."""
    for current, target, custom, has_date, reviews in itertools.product(
        ALL, ALL, *[(False, True)] * 3
    ):
        want = refusal(current, target, is_custom=custom, has_date=has_date, reviews=reviews)
        err = _try(current, target, custom, has_date, reviews)
        case = (current, target, custom, has_date, reviews)
        if want is None:
            assert err is None, case
        else:
            assert err is not None, case
            assert err.field == want, case
            assert err.details == {"current": current.value, "target": target.value}


def test_allowed_next_is_what_some_circumstances_allow():
    """allowed_next (what a screen offers) = the targets that check_transition accepts when
    the date and review conditions are met; it never offers a move that cannot succeed."""
    for current, custom in itertools.product(ALL, (False, True)):
        possible = {t for t in ALL
                    if any(_try(current, t, custom, d, r) is None
                           for d, r in itertools.product((False, True), repeat=2))}
        assert allowed_next(current, is_custom=custom) == possible, (current, custom)


# -- pure: random walks ---------------------------------------------------------------------

steps = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(ALL), st.integers(0, 10)),  # a status, or pick from allowed_next
        st.booleans(),  # has a promised date at this moment
        st.booleans(),  # production and supply have both answered the review
    ),
    max_size=40,
)


@settings(max_examples=250, deadline=None)
@given(is_custom=st.booleans(), walk=steps)
def test_random_walks_keep_the_invariants(is_custom, walk):
    current = S.DRAFT
    path = [(None, S.DRAFT, None)]  # (from, to, reviews_complete when it was accepted)
    for choice, has_date, reviews in walk:
        if isinstance(choice, int):
            offered = sorted(allowed_next(current, is_custom=is_custom))
            if not offered:
                assert current in TERMINAL
                continue
            target = offered[choice % len(offered)]
        else:
            target = choice
        err = _try(current, target, is_custom, has_date, reviews)
        if isinstance(choice, int) and has_date and reviews:
            assert err is None  # what allowed_next offers succeeds once the conditions hold
        event("accepted" if err is None else f"refused: {err.field}")
        if err is not None:
            assert isinstance(err, InvalidTransition)
            assert err.field in {"status", "promised_date"} and err.message
            continue
        assert current not in TERMINAL  # closed and cancelled never move
        assert target in TRANSITIONS[current]
        assert target in allowed_next(current, is_custom=is_custom)
        if target == S.CONFIRMED:
            assert has_date  # never confirmed without a promised date
            if is_custom:
                assert current == S.IN_REVIEW and reviews
        if target == S.IN_REVIEW:
            assert is_custom
        path.append((current, target, reviews))
        current = target
    # the whole path: consecutive, and a custom order reaches confirmed only from a
    # completed review
    for (_, to, _), (frm, _, _) in itertools.pairwise(path):
        assert frm == to
    for frm, to, reviews in path[1:]:
        if to == S.CONFIRMED and is_custom:
            assert frm == S.IN_REVIEW and reviews
    terminal_at = next((i for i, (_, to, _) in enumerate(path) if to in TERMINAL), None)
    if terminal_at is not None:
        assert terminal_at == len(path) - 1  # nothing after a terminal status


# -- on the database: change_status and its history -----------------------------------------

ORDER_DATE = dt.date(2026, 11, 2)
PROMISED = dt.date(2026, 12, 5)

db_steps = st.lists(
    st.one_of(
        st.tuples(st.just("status"), st.sampled_from(ALL)),  # anything, mostly refused
        st.tuples(st.just("next"), st.integers(0, 10)),  # forward along allowed_next
        st.tuples(st.just("next"), st.integers(0, 10)),
        st.tuples(st.just("next"), st.integers(0, 10)),
        st.tuples(st.just("answer"), st.sampled_from([Department.PRODUCTION, Department.SUPPLY])),
        st.tuples(st.just("promise"), st.sampled_from([None, "header", "lines", "header"])),
    ),
    min_size=3, max_size=14,
)
review_tasks = st.one_of(
    st.just({Department.PRODUCTION: ReviewTaskStatus.OPEN, Department.SUPPLY: ReviewTaskStatus.OPEN}),
    st.dictionaries(st.sampled_from([Department.PRODUCTION, Department.SUPPLY]),
                    st.sampled_from(list(ReviewTaskStatus)), max_size=2),
)


@pytest.fixture
def basics(db):
    return make_basics(db)


def _order_input(b, is_custom: bool, promise: str | None, line_id=None) -> orders.OrderInput:
    return orders.OrderInput(
        customer_id=b.customer.id, order_date=ORDER_DATE, requested_date=dt.date(2026, 12, 1),
        promised_date=PROMISED if promise == "header" else None, is_custom=is_custom,
        lines=[orders.OrderLineInput(item_id=b.product.id, qty=Decimal("5"), line_id=line_id,
                                     promised_date=PROMISED if promise == "lines" else None)],
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    is_custom=st.booleans(),
    promise=st.sampled_from([None, "header", "lines"]),
    tasks=review_tasks,  # created with the order: department -> status (missing: no task)
    role=st.sampled_from([Role.SALES, Role.MANAGER]),
    walk=db_steps,
)
def test_change_status_history_replays_the_accepted_transitions(
    db, basics, is_custom, promise, tasks, role, walk
):
    b = basics
    actor = b[role]
    with db.write(actor) as s:
        view = orders.create_order(s, actor, _order_input(b, is_custom, promise))
        task_ids = {}
        for dept, status in tasks.items():
            task = OrderReviewTask(order_id=view.id, department=dept, status=status,
                                   due_at=dt.datetime(2026, 11, 3, tzinfo=dt.UTC))
            s.add(task)
            s.flush()
            task_ids[dept] = task.id
    task_status = dict(tasks)
    expected = [(None, S.DRAFT)]
    for step in walk:
        current = view.status
        has_date = promise is not None
        active = [st_ for st_ in task_status.values() if st_ != ReviewTaskStatus.CANCELLED]
        reviews = bool(active) and all(st_ == ReviewTaskStatus.ANSWERED for st_ in active)
        if step[0] == "answer":
            dept = step[1]
            if dept in task_ids and task_status[dept] == ReviewTaskStatus.OPEN:
                with db.write(actor) as s:
                    s.get(OrderReviewTask, task_ids[dept]).status = ReviewTaskStatus.ANSWERED
                task_status[dept] = ReviewTaskStatus.ANSWERED
            continue
        if step[0] == "promise":
            if current in (S.DRAFT, S.IN_REVIEW):  # the date is agreed before confirming
                with db.write(actor) as s:
                    view = orders.update_order(
                        s, actor, view.id, view.version,
                        _order_input(b, is_custom, step[1], line_id=view.lines[0].id))
                promise = step[1]
            continue
        if step[0] == "next":  # forward: cancelling is left to the "status" steps
            offered = sorted(allowed_next(current, is_custom=is_custom) - {S.CANCELLED})
            if not offered:
                continue
            target = offered[step[1] % len(offered)]
        else:
            target = step[1]
        want = refusal(current, target, is_custom=is_custom, has_date=has_date, reviews=reviews)
        if want is None:
            with db.write(actor) as s:
                new = orders.change_status(s, actor, view.id, view.version, target, note=f"to {target}")
            assert new.status == target and new.version == view.version + 1
            expected.append((current, target))
            view = new
        else:
            with pytest.raises(InvalidTransition) as err, db.write(actor) as s:
                orders.change_status(s, actor, view.id, view.version, target)
            assert err.value.field == want
            with db.read() as s:
                again = orders.get_order(s, actor, view.id)
            assert (again.status, again.version) == (view.status, view.version)
    with db.read() as s:
        history = orders.status_history(s, actor, view.id)
        final = orders.get_order(s, actor, view.id)
    assert [(h[1], h[2]) for h in history] == expected
    assert all(h[3] == actor.username for h in history)
    assert [h[4] for h in history] == [None] + [f"to {to}" for _, to in expected[1:]]
    times = [h[0] for h in history]
    assert times == sorted(times)
    assert final.status == expected[-1][1]
    event(f"db walk: {len(expected) - 1} accepted transitions, final {final.status}")
    if is_custom:  # confirmed only ever straight after the review
        assert all(frm == S.IN_REVIEW for frm, to in expected if to == S.CONFIRMED)
        if (S.IN_REVIEW, S.CONFIRMED) in expected:
            event("db walk: custom order confirmed after its review")
