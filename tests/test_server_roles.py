"""Per-person logins and roles the PostgreSQL server enforces (`sopdesk db init-server`).

A throw-away database and roles with a unique prefix, dropped after. The test server trusts
127.0.0.1, so a wrong password is not refused here; the passwords are still stored as SCRAM
verifiers and used for every connection.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sopdesk.db import Database, migrate, server_roles
from sopdesk.models.enums import Role
from sopdesk.services import users
from sopdesk.services.permissions import SYSTEM
from tests.conftest import PG_ADMIN_URL

TAG = uuid.uuid4().hex[:6]
PREFIX = f"t{TAG}"
PASSWORD = "secret-1"
LOGINS = {r: f"u{TAG}_{r.value}" for r in Role}


@pytest.fixture(scope="module")
def server():
    admin_url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg")
    name = f"sopdesk_roles_{TAG}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name)
    try:
        first = server_roles.init_server(url, PREFIX)
        acl_before = _acls(url)
        second = server_roles.init_server(url, PREFIX)
        db = Database(url)
        with db.write(SYSTEM) as s:
            for role, login in LOGINS.items():
                users.create_user(s, SYSTEM, login, role, PASSWORD)
        yield {"url": url, "db": db, "first": first, "second": second, "acl_before": acl_before}
        db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :a OR rolname LIKE :b"),
                                 {"a": f"u{TAG}\\_%", "b": f"{PREFIX}\\_%"}).scalars().all()
            for role in sorted(roles, key=lambda r: r.startswith(PREFIX)):  # logins before their groups
                conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def _acls(url) -> dict:
    engine = create_engine(url)
    with engine.connect() as conn:
        out = dict(conn.execute(text(
            "SELECT c.relname, c.relacl::text || coalesce((SELECT string_agg(a.attname || a.attacl::text, ',' "
            "ORDER BY a.attname) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL), '') "
            "FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'")).all())
        out["policies"] = conn.execute(text("SELECT string_agg(policyname || qual || coalesce(with_check, ''), ',' "
                                            "ORDER BY tablename, policyname) FROM pg_policies")).scalar()
    engine.dispose()
    return out


def _connect(server, role: Role) -> psycopg.Connection:
    url = server["url"]
    return psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database, user=LOGINS[role],
                           password=PASSWORD)


@pytest.fixture(scope="module")
def conns(server):
    out = {r: _connect(server, r) for r in Role}
    yield out
    for c in out.values():
        c.close()


def _allowed(conn: psycopg.Connection, sql: str) -> bool:
    """Run sql in a savepoint: False when the server refuses it for lack of a privilege."""
    with conn.transaction():
        try:
            with conn.transaction():
                conn.execute(sql)
        except psycopg.errors.InsufficientPrivilege:
            return False
    return True


def test_init_server_twice_is_idempotent(server):
    assert {f"{PREFIX}_owner", f"{PREFIX}_sales", f"{PREFIX}_admin"} <= set(server["first"].created_roles)
    assert server["second"].created_roles == ()
    assert server["second"].tables == server["first"].tables > 40
    assert _acls(server["url"]) == server["acl_before"]
    engine = create_engine(server["url"])
    with engine.connect() as conn:
        owners = set(conn.execute(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                     .scalars())
        owner_login = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :o"),
                                   {"o": f"{PREFIX}_owner"}).scalar()
    engine.dispose()
    assert owners == {f"{PREFIX}_owner"} and owner_login is False


def test_every_table_has_rules_and_the_app_roles_write_something():
    from sopdesk.models import Base

    assert set(server_roles.TABLE_RULES) == set(Base.metadata.tables)
    m = server_roles.matrix()
    assert m["audit_log"]["update"] == m["audit_log"]["delete"] == frozenset()
    assert m["stock_move"]["update"] == m["stock_move"]["delete"] == frozenset()
    assert Role.SALES not in m["stock_move"]["insert"] and Role.SHOPFLOOR in m["production_report"]["insert"]


CASES = [(role, table, op) for table in sorted(server_roles.matrix()) for role in Role for op in server_roles.OPS]


@pytest.mark.parametrize(("role", "table", "op"), CASES, ids=[f"{r.value}-{t}-{o}" for r, t, o in CASES])
def test_the_server_enforces_the_matrix(conns, role, table, op):
    conn = conns[role]
    expected = role in server_roles.matrix()[table][op]
    t = f'"{table}"'
    if op == "select":
        assert _allowed(conn, f"SELECT * FROM {t} LIMIT 0") is expected
    elif op == "insert":
        assert _allowed(conn, f"INSERT INTO {t} SELECT * FROM {t} WHERE false") is expected
    elif op == "delete":
        assert _allowed(conn, f"DELETE FROM {t} WHERE false") is expected
    else:
        columns = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_schema = 'public' AND table_name = %s", (table,))]
        conn.rollback()
        allowed = server_roles.update_columns().get((table, role)) if expected else ()
        allowed = columns if allowed is None else allowed
        for c in columns:
            assert _allowed(conn, f'UPDATE {t} SET "{c}" = "{c}" WHERE false') is (c in allowed), c


@pytest.mark.parametrize("table", ["audit_log", "stock_move", "production_report", "order_status_change"])
def test_nobody_rewrites_the_audit_log_or_the_ledgers(conns, table):
    for role in Role:
        assert not _allowed(conns[role], f"UPDATE {table} SET id = id")
        assert not _allowed(conns[role], f"DELETE FROM {table}")


def _move(conn, move_type: str) -> str:
    """'rls' when row-level security refuses the move type, else what failed next."""
    try:
        with conn.transaction():
            conn.execute("INSERT INTO stock_move (id, item_id, location_id, qty, move_type, moved_at, posted_at) "
                         "VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 1, %s, now(), now())",
                         (move_type,))
    except psycopg.errors.InsufficientPrivilege as exc:
        return "rls" if "row-level security" in str(exc) else "grant"
    except psycopg.errors.ForeignKeyViolation:
        return "passed"
    return "inserted"


def test_each_role_posts_only_its_move_types(conns):
    assert _move(conns[Role.SUPPLY], "receipt") == "passed"
    assert _move(conns[Role.SUPPLY], "issue") == "rls"
    assert _move(conns[Role.SHOPFLOOR], "output") == "passed"
    assert _move(conns[Role.SHOPFLOOR], "adjustment") == "rls"
    assert _move(conns[Role.PRODUCTION], "shipment") == "rls"
    assert _move(conns[Role.SALES], "receipt") == "grant"
    for role in Role:
        types = server_roles.move_types()[role]
        for t in types:
            assert _move(conns[role], t) == "passed", (role, t)


def test_audit_rows_only_in_ones_own_name(conns):
    conn = conns[Role.SALES]
    other = LOGINS[Role.ADMIN]
    assert not _allowed(conn, "INSERT INTO audit_log (at, username, table_name, record_id, action, changes) "
                              f"VALUES (now(), '{other}', 'item', 'x', 'update', '{{}}')")


def test_a_change_made_in_psql_is_audited_with_the_login(server, conns):
    conn = conns[Role.SUPPLY]
    with conn.transaction():
        conn.execute("INSERT INTO customer (id, code, name, active, is_key_account, version, created_at, updated_at) "
                     "VALUES (gen_random_uuid(), %s, 'psql customer', true, false, 1, now(), now())", (f"C{TAG}",))
        conn.execute("UPDATE customer SET name = 'renamed', version = version + 1 WHERE code = %s", (f"C{TAG}",))
    rows = conn.execute("SELECT a.username, a.action, a.changes::text, a.user_id = u.id FROM audit_log a "
                        "JOIN customer c ON a.record_id = c.id::text LEFT JOIN app_user u ON u.username = a.username "
                        "WHERE a.table_name = 'customer' AND c.code = %s ORDER BY a.id", (f"C{TAG}",)).fetchall()
    conn.rollback()
    assert [(r[0], r[1], r[3]) for r in rows] == [(LOGINS[Role.SUPPLY], "insert", True),
                                                  (LOGINS[Role.SUPPLY], "update", True)]
    assert '"name": ["psql customer", "renamed"]' in rows[1][2] and '"version": [1, 2]' in rows[1][2]


def _pg_roles(server, login):
    engine = create_engine(server["url"])
    with engine.connect() as conn:
        row = conn.execute(text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :n"), {"n": login}).one()
        groups = set(conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": login}).scalars())
    engine.dispose()
    return row.rolcanlogin, row.rolpassword, groups


def test_user_add_role_change_and_deactivation_are_pg_roles(server):
    db = server["db"]
    login = f"u{TAG}_moving"
    with db.write(SYSTEM) as s:
        info = users.create_user(s, SYSTEM, login, Role.SALES, PASSWORD)
    can, verifier, groups = _pg_roles(server, login)
    assert can and verifier.startswith("SCRAM-SHA-256$") and groups == {f"{PREFIX}_sales"}
    with db.write(SYSTEM) as s:
        users.change_role(s, SYSTEM, info.id, Role.SUPPLY)
    assert _pg_roles(server, login)[2] == {f"{PREFIX}_supply"}
    with db.write(SYSTEM) as s:
        users.set_active(s, SYSTEM, info.id, False)
    assert _pg_roles(server, login)[0] is False
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(host=server["url"].host, dbname=server["url"].database, user=login, password=PASSWORD)
    with db.write(SYSTEM) as s:
        users.set_active(s, SYSTEM, info.id, True)
        users.reset_password(s, SYSTEM, info.id, "another-2")
    can, new_verifier, _ = _pg_roles(server, login)
    assert can and new_verifier != verifier and new_verifier.startswith("SCRAM-SHA-256$")


def test_an_existing_login_of_someone_else_is_not_taken_over(server):
    with pytest.raises(Exception, match="exists already and is not a sopdesk user"), server["db"].write(SYSTEM) as s:
        users.create_user(s, SYSTEM, "postgres", Role.ADMIN, PASSWORD)


def test_the_app_signs_in_as_the_persons_login(server):
    url = server["url"].set(username=None)
    db = Database(url)
    try:
        actor = server_roles.sign_in(db, LOGINS[Role.PRODUCTION], PASSWORD, write=True)
        assert actor.role == Role.PRODUCTION and db.url.username == LOGINS[Role.PRODUCTION]
        with db.read() as s:
            assert s.scalar(text("SELECT session_user")) == LOGINS[Role.PRODUCTION]
        from sopdesk.models import Customer
        from sopdesk.services.errors import AuthenticationFailed

        # the app forbids it, so does the server
        with pytest.raises(Exception, match="permission denied"), db.write(actor) as s:
            s.add(Customer(code=f"X{TAG}", name="not mine"))
        other = Database(url)
        with pytest.raises(AuthenticationFailed):  # a login without a sopdesk account
            server_roles.sign_in(other, "postgres", "x")
        other.dispose()
    finally:
        db.dispose()


def test_the_schema_owner_migrates(server):
    db = Database(server["url"])
    try:
        assert migrate.upgrade(db) is None  # current: nothing to do, and no error as the owner
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f'SET LOCAL ROLE "{PREFIX}_owner"')
            server_roles.apply_privileges(conn, PREFIX)
            assert conn.scalar(text("SELECT current_user")) == f"{PREFIX}_owner"
    finally:
        db.dispose()


def _as(server, role: Role):
    """A Database signed in as the role's person (their own PostgreSQL login) and the actor."""
    db = Database(server["url"].set(username=None))
    return db, server_roles.sign_in(db, LOGINS[role], PASSWORD, write=True)

def _factory(server):
    """Master data of one test's own (the module's database is shared: codes tagged per call),
    as the administrator keeps it: a supplier, a customer, a line, a made product of one
    material, a raw and a finished store."""
    import datetime as dt  # noqa: F401
    from decimal import Decimal
    from types import SimpleNamespace

    from sopdesk.models import (
        BomLine,
        Customer,
        Item,
        ItemKind,
        Location,
        LocationKind,
        Supplier,
        WorkCenter,
    )

    tag = uuid.uuid4().hex[:6]
    with server["db"].write(SYSTEM) as s:
        supplier = Supplier(code=f"S{tag}", name="恒达机械", lead_days=10)
        customer = Customer(code=f"C{tag}", name="东方机电")
        line = WorkCenter(code=f"L{tag}", name="总装线", capacity_per_day=Decimal(50))
        s.add_all([supplier, customer, line])
        s.flush()
        product = Item(code=f"F{tag}", name="泵体总成", kind=ItemKind.FINISHED, unit="套", is_core=True,
                       sales_price=Decimal("120.50"), standard_cost=Decimal("80"), work_center_id=line.id,
                       rate_per_day=Decimal(50), production_lead_days=5)
        material = Item(code=f"R{tag}", name="铸铁", kind=ItemKind.RAW, unit="kg", standard_cost=Decimal("6.3"),
                        default_supplier_id=supplier.id, purchase_lead_days=10)
        raw = Location(code=f"RAW{tag}", name="原材料仓", kind=LocationKind.RAW)
        fin = Location(code=f"FG{tag}", name="成品仓", kind=LocationKind.FINISHED)
        s.add_all([product, material, raw, fin])
        s.flush()
        s.add(BomLine(parent_id=product.id, component_id=material.id, qty_per=Decimal(2)))
    return SimpleNamespace(tag=tag, supplier=supplier, customer=customer, line=line, product=product,
                           material=material, raw=raw, fin=fin)


def test_each_roles_daily_work_goes_through_its_own_login(server):
    """The matrix is not only right table by table: each role's everyday writes, made by the
    services as that person's login, are all granted (a missing grant fails here first)."""
    import datetime as dt
    from decimal import Decimal

    from sopdesk.models import Department
    from sopdesk.models.enums import POStatus
    from sopdesk.services import (
        demand_review,
        demand_review_production,
        demand_review_supply,
        orders,
        purchasing,
        review,
        shop_floor,
        work_orders,
    )

    f = _factory(server)
    supplier, customer, line, product, material, raw, fin = (
        f.supplier, f.customer, f.line, f.product, f.material, f.raw, f.fin)
    opened = []
    try:
        db, sales = _as(server, Role.SALES)
        opened.append(db)
        with db.write(sales) as s:
            order = orders.create_order(s, sales, orders.OrderInput(
                customer_id=customer.id, order_date=dt.date(2026, 11, 2), requested_date=dt.date(2026, 12, 1),
                lines=[orders.OrderLineInput(item_id=product.id, qty=Decimal(10))]))
        db, supply = _as(server, Role.SUPPLY)
        opened.append(db)
        with db.write(supply) as s:
            po = purchasing.create_po(s, supply, purchasing.POInput(supplier.id, [purchasing.POLineInput(
                material.id, Decimal(100), dt.date(2026, 11, 12))], order_date=dt.date(2026, 11, 2)))
            po = purchasing.set_status(s, supply, po.id, po.version, POStatus.CONFIRMED)
            po = purchasing.receive_line(s, supply, po.lines[0].id, Decimal(100), raw.id)
        assert po.lines[0].received_qty == 100
        db, production = _as(server, Role.PRODUCTION)
        opened.append(db)
        with db.write(production) as s:
            wo = work_orders.create(s, production, work_orders.WorkOrderInput(
                product.id, Decimal(20), line.id, dt.date(2026, 11, 3), dt.date(2026, 11, 5)), today=dt.date(2026, 11, 2))
            work_orders.release(s, production, wo.id)
        db, floor = _as(server, Role.SHOPFLOOR)
        opened.append(db)
        with db.write(floor) as s:
            done = shop_floor.report(s, floor, wo.id, good_qty=Decimal(20), location_id=fin.id, minutes=90,
                                     finish=True)
        assert done.wo_status.value == "done"
        db, manager = _as(server, Role.MANAGER)
        opened.append(db)
        with db.write(manager) as s:
            cycle = demand_review.open_cycle(s, manager, dt.date(2027, 2, 1), dt.datetime(2027, 1, 2, tzinfo=dt.UTC))
        # the custom-order review: sales starts it, production and supply answer, sales confirms
        db = opened[0]
        with db.write(sales) as s:
            custom = orders.create_order(s, sales, orders.OrderInput(
                customer_id=customer.id, order_date=dt.date(2026, 11, 2), requested_date=dt.date(2026, 12, 20),
                is_custom=True, lines=[orders.OrderLineInput(item_id=product.id, qty=Decimal(5))]))
            tasks = {t.department: t for t in review.start_review(s, sales, custom.id, custom.version).tasks}
        for role, dept, kw in ((Role.PRODUCTION, Department.PRODUCTION, {"lead_days": 7}),
                               (Role.SUPPLY, Department.SUPPLY, {"material_arrival_date": dt.date(2026, 11, 20)})):
            db = opened[[Role.SALES, Role.SUPPLY, Role.PRODUCTION].index(role)]
            with db.write(db_actor := {Role.PRODUCTION: production, Role.SUPPLY: supply}[role]) as s:
                review.answer(s, db_actor, tasks[dept].id, tasks[dept].version, True, **kw)
        # the demand review: supply and production save their inputs
        with opened[1].write(supply) as s:
            [mat] = demand_review_supply.materials(s, supply, cycle.id)
            demand_review_supply.save_materials(s, supply, cycle.id, [demand_review_supply.MaterialInput(
                mat.item_id, mat.version, 12, None, True, Decimal("6.5"), "可保证")])
        with opened[2].write(production) as s:
            cap = demand_review_production.capacities(s, production, cycle.id)[0]
            demand_review_production.save_capacities(s, production, cycle.id, [
                demand_review_production.CapacityEntry(cap.work_center_id, cap.month, cap.version, cap.max_qty)])
        # everyone changes their own password (and back: the module's logins use it)
        for _role, db, actor in ((Role.SALES, opened[0], sales), (Role.SUPPLY, opened[1], supply),
                                (Role.PRODUCTION, opened[2], production), (Role.SHOPFLOOR, opened[3], floor),
                                (Role.MANAGER, opened[4], manager)):
            for old_pw, new_pw in ((PASSWORD, PASSWORD + "x"), (PASSWORD + "x", PASSWORD)):
                with db.write(actor) as s:
                    users.change_own_password(s, actor, old_pw, new_pw)
        with server["db"].read() as s:
            assert orders.get_order(s, SYSTEM, order.id).lines[0].qty == 10
            assert demand_review.get_cycle(s, SYSTEM, cycle.id).period == dt.date(2027, 2, 1)
            who = set(s.execute(text("SELECT DISTINCT table_name, username FROM audit_log WHERE record_id IN "
                                     "(:o, :p, :w)"), {"o": str(order.id), "p": str(po.id), "w": str(wo.id)}).all())
        assert who == {("sales_order", LOGINS[Role.SALES]), ("purchase_order", LOGINS[Role.SUPPLY]),
                       ("work_order", LOGINS[Role.PRODUCTION]), ("work_order", LOGINS[Role.SHOPFLOOR])}
    finally:
        for db in opened:
            db.dispose()


def test_shipping_issue_plan_forecast_inbox_and_presence_through_own_logins(server):
    """More everyday work as each person's login: supply ships, the shop floor issues
    material, production runs the plan and releases it, sales enters the forecast, everyone
    reads their inbox and shows presence."""
    import datetime as dt
    from decimal import Decimal

    from sqlalchemy import select

    from sopdesk.models import (
        MoveType,
        PlannedOrder,
        WorkOrder,
        WorkOrderStatus,
    )
    from sopdesk.services import (
        demand_review,
        demand_review_sales,
        inbox,
        ledger,
        orders,
        planning,
        planning_release,
        presence,
        settings,
        shipping,
        shop_floor,
    )
    from sopdesk.services.ledger import MoveRequest
    from sopdesk.services.stock_ops import IssueLine

    f = _factory(server)
    customer, line, product, material, raw, fin = f.customer, f.line, f.product, f.material, f.raw, f.fin
    tag = f.tag
    with server["db"].write(SYSTEM) as s:
        ledger.post_moves(s, SYSTEM, [MoveRequest(product.id, fin.id, Decimal(30), MoveType.OPENING),
                                      MoveRequest(material.id, raw.id, Decimal(100), MoveType.OPENING)])
        wo = WorkOrder(number=f"WO-{tag}", item_id=product.id, qty=Decimal(10), work_center_id=line.id,
                       planned_start=dt.date(2026, 12, 1), planned_end=dt.date(2026, 12, 3),
                       status=WorkOrderStatus.RELEASED)
        s.add(wo)
    opened = []

    def login(role):
        db, actor = _as(server, role)
        opened.append(db)
        return db, actor

    try:
        db, sales = login(Role.SALES)
        with db.write(sales) as s:
            order = orders.create_order(s, sales, orders.OrderInput(
                customer_id=customer.id, order_date=dt.date(2026, 11, 2), requested_date=dt.date(2027, 3, 1),
                promised_date=dt.date(2027, 3, 1), lines=[orders.OrderLineInput(item_id=product.id, qty=Decimal(80))]))
            orders.change_status(s, sales, order.id, order.version, orders.OrderStatus.CONFIRMED)
            presence.enter(s, sales, "pc-sales", "sales_order", order.id, order.number)
            inbox.mark_all_read(s, sales)
        db, supply = login(Role.SUPPLY)
        with db.write(supply) as s:
            line_id = orders.get_order(s, supply, order.id).lines[0].id
            shipment = shipping.post_shipment(s, supply, [shipping.ShipLineInput(line_id, Decimal(20))], fin.id)
            inbox.mark_all_read(s, supply)
        assert shipment.lines[0].qty == 20
        db, floor = login(Role.SHOPFLOOR)
        with db.write(floor) as s:
            issued = shop_floor.issue_material(s, floor, wo.id, [IssueLine(material.id, raw.id, Decimal(20))])
            presence.heartbeat(s, floor, "pc-floor", "work_order", wo.id, wo.number)
        assert len(issued.moves) == 1
        db, production = login(Role.PRODUCTION)
        with db.write(production) as s:
            summary = planning.run_plan(s, production, start=dt.date(2026, 12, 7), weeks=26)
        assert summary.planned >= 1
        with server["db"].read() as s:
            planned = s.execute(select(PlannedOrder.id, PlannedOrder.version)).all()
        with db.write(production) as s:
            released = planning_release.release(s, production, [p[0] for p in planned], dict(planned),
                                                today=dt.date(2026, 12, 7))
        assert released.document_numbers
        db, manager = login(Role.MANAGER)
        with db.write(manager) as s:
            cycle = demand_review.open_cycle(s, manager, dt.date(2027, 3, 1), dt.datetime(2027, 2, 2, tzinfo=dt.UTC))
        with opened[0].write(sales) as s:
            grid = demand_review_sales.sales_grid(s, sales, cycle.id)
            row = next(r for r in grid.rows if r.item_id == product.id)
            demand_review_sales.save_forecast(s, sales, cycle.id, [demand_review_sales.ForecastCellInput(
                row.item_id, row.cells[0].month, Decimal(90), "两家客户", row.cells[0].version)])
        db, admin = login(Role.ADMIN)  # a new time zone rebuilds the months of the ledger
        with db.write(admin) as s:
            view = settings.read_settings(s, admin)
            settings.save_settings(s, admin, {"factory.timezone": "Asia/Urumqi"},
                                   {"factory.timezone": view.versions["factory.timezone"]})
        with db.write(admin) as s:
            view = settings.read_settings(s, admin)
            settings.save_settings(s, admin, {"factory.timezone": "Asia/Shanghai"},
                                   {"factory.timezone": view.versions["factory.timezone"]})
    finally:
        for d in opened:
            d.dispose()
