"""Listing sales order lines for the orders table: paged, sorted and filtered in SQL.

Made for 100,000 lines: `count_lines` and `fetch_lines(offset, limit)` run one query each,
joins only to the small master tables, and return frozen `OrderLineRow` values (no ORM
objects leave the session). The default order (newest order number first) walks the unique
index on sales_order.number, so the first page costs milliseconds whatever the table size.

Delivery risk (交期风险) is a SQL CASE over the line's promised date (the line's own, else
the order's), shipments, today's date in the factory time zone and the order's review:

- cancelled        the order was cancelled
- delivered_late   fully shipped after the promised date
- delivered        fully shipped (or shipped/closed) on time
- late             promised date passed and not fully shipped
- at_risk          promised within `AT_RISK_DAYS`, or a review task still open, or the
                   review answers' earliest possible date (review.suggested_promise_date's
                   rule) is after the promise
- no_date          no promised date yet (at_risk instead if a review task is overdue)
- on_time          everything else
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, and_, case, exists, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import ColumnElement, Join
from sqlalchemy.sql.functions import FunctionElement

from sopdesk.models import (
    AppUser,
    Customer,
    Department,
    Item,
    ItemKind,
    OrderReviewTask,
    OrderStatus,
    ReviewTaskStatus,
    SalesOrder,
    SalesOrderLine,
)

from . import settings
from .orders import line_amount
from .permissions import Actor, Permission, require

AT_RISK_DAYS = 3  # a promise this close (in days) counts as at risk
MAX_PAGE = 1000


class DeliveryRisk(StrEnum):
    LATE = "late"
    AT_RISK = "at_risk"
    NO_DATE = "no_date"
    ON_TIME = "on_time"
    DELIVERED_LATE = "delivered_late"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


# Sorting by risk puts the urgent ones first.
RISK_RANK = {r: n for n, r in enumerate(DeliveryRisk)}
STATUS_RANK = {s: n for n, s in enumerate(OrderStatus)}

SORT_KEYS = (
    "number", "customer", "product", "qty", "unit", "amount", "order_date", "requested_date",
    "promised_date", "status", "custom", "salesperson", "risk",
)


@dataclass(frozen=True)
class OrderLineRow:
    order_id: uuid.UUID
    number: str
    version: int
    line_id: uuid.UUID
    line_no: int
    customer_code: str
    customer_name: str
    item_code: str
    item_name: str
    qty: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    shipped_qty: Decimal
    order_date: dt.date
    requested_date: dt.date | None
    promised_date: dt.date | None
    status: OrderStatus
    is_custom: bool
    salesperson: str | None
    risk: DeliveryRisk


@dataclass(frozen=True)
class OrderLineFilter:
    """What the user asked to see. Empty sets and None mean "any"."""

    search: str = ""
    statuses: frozenset[OrderStatus] = field(default_factory=frozenset)
    customer_id: uuid.UUID | None = None
    date_from: dt.date | None = None  # order date, inclusive
    date_to: dt.date | None = None
    custom: bool | None = None
    risks: frozenset[DeliveryRisk] = field(default_factory=frozenset)


@dataclass(frozen=True)
class OrderLineSort:
    key: str = "number"
    descending: bool = True


@dataclass(frozen=True)
class Choice:
    """A customer or product for completion in entry forms."""

    id: uuid.UUID
    code: str
    name: str
    unit: str = ""
    price: Decimal | None = None


# -- portable date arithmetic -------------------------------------------------------------


class add_days(FunctionElement):  # noqa: N801 - reads like a SQL function
    """date_or_timestamp + n days, as a DATE."""

    type = Date()
    inherit_cache = True
    name = "add_days"


@compiles(add_days)
def _add_days_pg(element, compiler, **kw):
    value, days = list(element.clauses)
    return f"(CAST({compiler.process(value, **kw)} AS DATE) + {compiler.process(days, **kw)})"


@compiles(add_days, "sqlite")
def _add_days_sqlite(element, compiler, **kw):
    value, days = list(element.clauses)
    return (f"date({compiler.process(value, **kw)}, "
            f"'+' || {compiler.process(days, **kw)} || ' days')")


# -- the query ----------------------------------------------------------------------------

O, L, C, I, U = SalesOrder, SalesOrderLine, Customer, Item, AppUser  # noqa: E741
T = OrderReviewTask


def promised_expr() -> ColumnElement:
    return func.coalesce(L.promised_date, O.promised_date)


def requested_expr() -> ColumnElement:
    return func.coalesce(L.requested_date, O.requested_date)


def review_summary(now: dt.datetime):
    """One row per order with a review: open task?, overdue open task?, supply's arrival
    date and production's lead days (current round: cancelled tasks left out). Joined
    once instead of correlated subqueries on every line: sorting 100,000 lines by risk
    stays a single hash join."""
    live = T.status != ReviewTaskStatus.CANCELLED
    answered = T.status == ReviewTaskStatus.ANSWERED
    return (
        select(
            T.order_id.label("order_id"),
            func.max(case((T.status == ReviewTaskStatus.OPEN, 1), else_=0)).label("open"),
            func.max(case((and_(T.status == ReviewTaskStatus.OPEN, T.due_at < now), 1),
                          else_=0)).label("overdue"),
            func.max(case((and_(answered, T.department == Department.SUPPLY),
                           T.material_arrival_date))).label("arrival"),
            func.max(case((and_(answered, T.department == Department.PRODUCTION),
                           T.lead_days))).label("lead"),
        )
        .where(live)
        .group_by(T.order_id)
        .subquery("review_summary")
    )


@dataclass(frozen=True)
class RiskExpr:
    """The delivery-risk CASE and the review summary it reads (outer-joined on the order),
    or no summary when the CASE reads the review tasks through correlated subqueries."""

    expr: ColumnElement
    summary: object | None


class _CorrelatedReview:
    """The same four facts as review_summary, as correlated subqueries evaluated only when
    the CASE reaches them. SQLite's planner runs these lazily per row (closed lines never
    touch the review table); PostgreSQL evaluates them far slower than one hash join."""

    def __init__(self, now: dt.datetime):
        answered = T.status == ReviewTaskStatus.ANSWERED

        def scalar(col, *conds):
            return select(col).where(T.order_id == O.id, *conds).correlate(O).scalar_subquery()

        self.open = exists().where(T.order_id == O.id, T.status == ReviewTaskStatus.OPEN).correlate(O)
        self.overdue = exists().where(T.order_id == O.id, T.status == ReviewTaskStatus.OPEN,
                                      T.due_at < now).correlate(O)
        self.arrival = scalar(func.max(T.material_arrival_date), answered, T.department == Department.SUPPLY)
        self.lead = scalar(func.max(T.lead_days), answered, T.department == Department.PRODUCTION)


def review_earliest_after(promised: ColumnElement, arrival, lead, today: dt.date) -> ColumnElement:
    """True when the answers say the order cannot be ready by `promised` (the rule of
    review.suggested_promise_date): supply's material arrives after it, or production's
    lead days, counted from the latest of the order date, today and the material arrival,
    end after it."""
    today_value = literal(today, Date())
    # max(a, b, c) + lead > promised  <=>  a + lead > promised or b + ... or c + ...
    prod_late = and_(lead.is_not(None), or_(
        add_days(today_value, lead) > promised,
        add_days(O.order_date, lead) > promised,
        and_(arrival.is_not(None), add_days(arrival, lead) > promised)))
    supply_late = and_(arrival.is_not(None), arrival > promised)
    return or_(supply_late, prod_late)


def risk_expr(today: dt.date, now: dt.datetime, at_risk_days: int = AT_RISK_DAYS, *,
              correlated: bool = False) -> RiskExpr:
    """The risk CASE. `correlated` (used on SQLite) reads the review tasks through
    correlated subqueries; otherwise through the joined review_summary."""
    if correlated:
        rv = None
        facts = _CorrelatedReview(now)
        open_review, overdue_review, arrival, lead = facts.open, facts.overdue, facts.arrival, facts.lead
    else:
        rv = review_summary(now)
        open_review, overdue_review = rv.c.open == 1, rv.c.overdue == 1
        arrival, lead = rv.c.arrival, rv.c.lead
    promised = promised_expr()
    horizon = today + dt.timedelta(days=at_risk_days)
    fully_shipped = L.shipped_qty + L.short_closed_qty >= L.qty  # nothing left to ship
    R = DeliveryRisk
    expr = case(
        (O.status == OrderStatus.CANCELLED, literal(R.CANCELLED.value)),
        (and_(fully_shipped, L.delivered_date.is_not(None), promised.is_not(None),
              L.delivered_date > promised), literal(R.DELIVERED_LATE.value)),
        (or_(fully_shipped, O.status.in_([OrderStatus.SHIPPED, OrderStatus.CLOSED])),
         literal(R.DELIVERED.value)),
        (promised.is_(None), case((overdue_review, literal(R.AT_RISK.value)),
                                  else_=literal(R.NO_DATE.value))),
        (promised < today, literal(R.LATE.value)),
        (or_(promised <= horizon, open_review, review_earliest_after(promised, arrival, lead, today)),
         literal(R.AT_RISK.value)),
        else_=literal(R.ON_TIME.value),
    )
    return RiskExpr(expr, rv)


def _like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(flt: OrderLineFilter, risk: ColumnElement) -> list[ColumnElement]:
    conds: list[ColumnElement] = []
    for token in (flt.search or "").split():
        # Customers and products matching the word are found in their small tables first;
        # the lines are then filtered by id (no LIKE on the joined names of 100,000 rows).
        pattern = _like_pattern(token)

        def like(col, pattern=pattern):
            return col.ilike(pattern, escape="\\")

        O2 = aliased(O)
        orders = select(O2.id).where(or_(
            like(O2.number), like(O2.customer_po),
            O2.customer_id.in_(select(C.id).where(or_(like(C.code), like(C.name))))))
        conds.append(or_(L.order_id.in_(orders),
                         L.item_id.in_(select(I.id).where(or_(like(I.code), like(I.name))))))
    if flt.statuses:
        conds.append(O.status.in_(sorted(flt.statuses)))
    if flt.customer_id is not None:
        conds.append(O.customer_id == flt.customer_id)
    if flt.date_from is not None:
        conds.append(O.order_date >= flt.date_from)
    if flt.date_to is not None:
        conds.append(O.order_date <= flt.date_to)
    if flt.custom is not None:
        conds.append(O.is_custom.is_(flt.custom))
    if flt.risks:
        conds.append(risk.in_(sorted(r.value for r in flt.risks)))
    return conds


def _rank(expr: ColumnElement, ranks: dict) -> ColumnElement:
    return case({getattr(k, "value", k): v for k, v in ranks.items()}, value=expr, else_=len(ranks))


def _order_by(sort: OrderLineSort, risk: ColumnElement) -> list:
    keys = {
        "number": O.number,
        "customer": C.name,
        "product": I.code,
        "qty": L.qty,
        "unit": I.unit,
        "amount": L.qty * L.unit_price,  # same order on SQLite's scaled integers
        "order_date": O.order_date,
        "requested_date": requested_expr(),
        "promised_date": promised_expr(),
        "status": _rank(O.status, STATUS_RANK),
        "custom": O.is_custom,
        "salesperson": U.display_name,
        "risk": _rank(risk, RISK_RANK),
    }
    if sort.key not in keys:
        raise ValueError(f"cannot sort by {sort.key!r}")
    nullable = {"requested_date", "promised_date", "salesperson"}
    primary = keys[sort.key].desc() if sort.descending else keys[sort.key].asc()
    if sort.key in nullable:
        primary = primary.nulls_last()
    if sort.key == "number":
        return [primary, L.line_no.asc()]
    tie = O.number.desc() if sort.descending else O.number.asc()
    return [primary, tie, L.line_no.asc()]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _clock(session: Session, today: dt.date | None, now: dt.datetime | None):
    now = now or dt.datetime.now(dt.UTC)
    return (today or settings.factory_today(session, now)), now


class _OrdersFirst(Join):
    """sales_order JOIN sales_order_line, with the orders scanned first.

    Without statistics SQLite's planner scans the lines and sorts all of them even for the
    default order (newest order number first); its CROSS JOIN keeps the written order, so
    the unique index on sales_order.number drives the query: the first page of 100,000
    lines takes about a millisecond instead of half a second. Other databases get a plain
    JOIN (PostgreSQL plans from statistics)."""

    inherit_cache = True


@compiles(_OrdersFirst)
def _orders_first(join, compiler, **kw):
    return compiler.visit_join(join, **kw)


@compiles(_OrdersFirst, "sqlite")
def _orders_first_sqlite(join, compiler, **kw):
    return compiler.visit_join(join, **kw).replace(" JOIN ", " CROSS JOIN ", 1)


def _base(flt: OrderLineFilter, risk: RiskExpr, columns: list, *, minimal: bool = False):
    """SELECT columns FROM the lines and what they need. `minimal` (for counting) joins only
    the tables the filter uses."""
    needs_order = not minimal or any((
        flt.statuses, flt.customer_id is not None, flt.date_from, flt.date_to,
        flt.custom is not None, flt.risks))
    from_ = _OrdersFirst(O, L, O.id == L.order_id) if needs_order else L
    if not minimal:
        from_ = from_.join(C, C.id == O.customer_id).join(I, I.id == L.item_id)
    if risk.summary is not None and (not minimal or flt.risks):
        from_ = from_.outerjoin(risk.summary, risk.summary.c.order_id == O.id)
    return select(*columns).select_from(from_).where(*_where(flt, risk.expr))


def count_lines(
    session: Session, actor: Actor, flt: OrderLineFilter = OrderLineFilter(),
    *, today: dt.date | None = None, now: dt.datetime | None = None,
) -> int:
    require(actor, Permission.ORDER_VIEW)
    today, now = _clock(session, today, now)
    risk = risk_expr(today, now, correlated=_is_sqlite(session))
    return session.scalar(_base(flt, risk, [func.count()], minimal=True)) or 0


def fetch_lines(
    session: Session, actor: Actor, flt: OrderLineFilter = OrderLineFilter(),
    sort: OrderLineSort = OrderLineSort(), offset: int = 0, limit: int = 200,
    *, today: dt.date | None = None, now: dt.datetime | None = None,
) -> list[OrderLineRow]:
    """Rows offset..offset+limit of the filtered, sorted listing."""
    require(actor, Permission.ORDER_VIEW)
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ValueError(f"bad page offset={offset} limit={limit}")
    today, now = _clock(session, today, now)
    risk_parts = risk_expr(today, now, correlated=_is_sqlite(session))
    risk = risk_parts.expr.label("risk")
    columns = [
        O.id, O.number, O.version, L.id.label("line_id"), L.line_no, C.code.label("ccode"),
        C.name.label("cname"), I.code.label("icode"), I.name.label("iname"), L.qty, I.unit,
        L.unit_price, L.shipped_qty, O.order_date, requested_expr().label("requested"),
        promised_expr().label("promised"), O.status, O.is_custom, U.display_name, risk,
    ]
    stmt = (
        _base(flt, risk_parts, columns)
        .outerjoin(U, U.id == O.salesperson_id)
        .order_by(*_order_by(sort, risk))
        .offset(offset).limit(limit)
    )
    rows = []
    for r in session.execute(stmt):
        rows.append(OrderLineRow(
            order_id=r[0], number=r[1], version=r[2], line_id=r[3], line_no=r[4],
            customer_code=r[5], customer_name=r[6], item_code=r[7], item_name=r[8], qty=r[9],
            unit=r[10], unit_price=r[11], amount=line_amount(r[9], r[11]), shipped_qty=r[12],
            order_date=r[13], requested_date=_as_date(r[14]), promised_date=_as_date(r[15]),
            status=OrderStatus(r[16]), is_custom=bool(r[17]), salesperson=r[18],
            risk=DeliveryRisk(r[19]),
        ))
    return rows


def _as_date(value) -> dt.date | None:
    """coalesce() of two DATE columns comes back as text on SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# -- choices for entry forms --------------------------------------------------------------


def customer_choices(session: Session, actor: Actor) -> list[Choice]:
    require(actor, Permission.ORDER_VIEW)
    rows = session.execute(
        select(C.id, C.code, C.name).where(C.active.is_(True)).order_by(C.code)
    )
    return [Choice(r.id, r.code, r.name) for r in rows]


def product_choices(session: Session, actor: Actor) -> list[Choice]:
    """Active finished and semi-finished items: what a sales order can sell."""
    require(actor, Permission.ORDER_VIEW)
    rows = session.execute(
        select(I.id, I.code, I.name, I.unit, I.sales_price)
        .where(I.active.is_(True), I.kind.in_([ItemKind.FINISHED, ItemKind.SEMI]))
        .order_by(I.code)
    )
    return [Choice(r.id, r.code, r.name, r.unit, r.sales_price) for r in rows]


# -- reviews waiting for sales ------------------------------------------------------------


@dataclass(frozen=True)
class AwaitingConfirmationRow:
    """A custom order in review whose tasks are all answered: sales confirms it next."""

    order_id: uuid.UUID
    number: str
    version: int
    customer_name: str
    salesperson: str | None
    last_answer_at: dt.datetime | None
    feasible: bool  # False when an answer says "not feasible"


def reviews_awaiting_confirmation(session: Session, actor: Actor) -> list[AwaitingConfirmationRow]:
    """Orders in review with every current task answered, oldest answer first."""
    require(actor, Permission.ORDER_VIEW)
    live = T.status != ReviewTaskStatus.CANCELLED
    open_task = exists().where(T.order_id == O.id, T.status == ReviewTaskStatus.OPEN).correlate(O)
    not_feasible = func.sum(case((T.feasible.is_(False), 1), else_=0))
    stmt = (
        select(O.id, O.number, O.version, C.name, U.display_name, func.max(T.answered_at),
               not_feasible)
        .join(T, and_(T.order_id == O.id, live))
        .join(C, C.id == O.customer_id)
        .outerjoin(U, U.id == O.salesperson_id)
        .where(O.status == OrderStatus.IN_REVIEW, O.is_custom.is_(True), ~open_task)
        .group_by(O.id, O.number, O.version, C.name, U.display_name)
        .order_by(func.max(T.answered_at), O.number)
    )
    return [
        AwaitingConfirmationRow(r[0], r[1], r[2], r[3], r[4], _as_utc(r[5]), not r[6])
        for r in session.execute(stmt)
    ]


def _as_utc(value) -> dt.datetime | None:
    """max() of a UTC timestamp comes back naive (or as text) on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
