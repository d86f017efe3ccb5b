"""PostgreSQL roles the server itself enforces: one login per person, a group role per
sopdesk role, GRANTs and row-level security from one permission matrix.

`sopdesk db init-server ADMIN_URL` (IT, once, as a superuser) runs init_server():

- the schema owner `<prefix>_owner` (NOLOGIN, CREATEROLE) owns every table, sequence and
  function of the schema; migrations run as it (`SET ROLE`, migrate.upgrade does that);
- a group role per sopdesk role, `<prefix>_sales` ... `<prefix>_admin` (NOLOGIN), with
  CONNECT on the database, USAGE on the schema and the sequences;
- the GRANTs of MATRIX (table -> operation -> roles), UPDATE per column where a role may
  change only some columns (UPDATE_COLUMNS), derived from services/permissions.py through
  TABLE_RULES (which permission writes which table);
- row-level security on stock_move (a role posts only the move types services/ledger.py
  lets it post, WITH CHECK) and audit_log (insert-only for everyone, in one's own name);
- on every audited table a trigger writing the audit row with session_user (psql changes
  are audited too); the app's own audit hook leaves those tables to it on such a server;
- sopdesk_manage_login(), SECURITY DEFINER, EXECUTE for the admin group only: creates a
  person's login (SCRAM verifier made on the client), moves it between groups, LOGIN or
  NOLOGIN; sopdesk_server_prefix() marks the database as initialised.

Roles are cluster-wide: the prefix (default "sopdesk") keeps two factories' databases on
one server apart. Idempotent: run it again after an upgrade or to repair the grants.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine

DEFAULT_PREFIX = "sopdesk"
PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
INFO_KEY = "sopdesk_server_prefix"  # on each pooled connection's info: the prefix, or None
NO_APP_PASSWORD = "!server-login"  # app_user.password_hash on such a server: PostgreSQL checks
OPS = ("select", "insert", "update", "delete")


class ServerSetupError(RuntimeError):
    pass


# -- the permission matrix ------------------------------------------------------------------
#
# TABLE_RULES: table -> operation -> the permissions whose use cases write it ("*": every
# role). An import needs import.data and the permission of what it imports
# (services/imports_common.require_import), so the latter is what writes the tables. A role holds the operation when its ROLE_PERMISSIONS has one of them. UPDATE given
# by a permission listed in COLUMN_RULES is limited to those columns. Every role reads every
# table (one shared set of data, PRACTICES §2); password_hash holds no secret on such a
# server (NO_APP_PASSWORD: PostgreSQL checks the password).

ALL = "*"
_STAMPS = ("version", "updated_at", "updated_by_id")  # every versioned UPDATE sets them

TABLE_RULES: dict[str, dict[str, tuple[str, ...]]] = {}
COLUMN_RULES: dict[tuple[str, str], tuple[str, ...]] = {}


def _rule(tables: str, **ops: tuple[str, ...] | str) -> None:
    for table in tables.split():
        entry = TABLE_RULES.setdefault(table, {})
        for op, perms in ops.items():
            perms = (perms,) if isinstance(perms, str) else perms
            entry[op] = tuple(dict.fromkeys(entry.get(op, ()) + perms))


def _columns(table: str, permission: str, *columns: str) -> None:
    """`permission` may UPDATE only these columns of `table` (and the version stamps)."""
    COLUMN_RULES[(table, permission)] = tuple(dict.fromkeys(columns + _STAMPS))
    _rule(table, update=permission)


_STOCK = ("stock.receive", "stock.adjust", "stock.production", "stock.ship")
_ANY_WRITE = ("order.edit", "po.edit", "plan.edit", "master.edit", "settings.edit", "user.admin",
              "review.answer.production", "review.answer.supply", "production.report",
              "demand.submit.sales", "demand.submit.supply", "demand.submit.production", "demand.agree") + _STOCK

_rule("app_user", insert="user.admin", update="user.admin")
_rule("audit_log", insert=ALL)  # never UPDATE or DELETE; RLS: in one's own name
_rule("notification applied_operation change_log", insert=ALL, update=ALL)
_rule("presence", insert=ALL, update=ALL, delete=ALL)
_rule("doc_sequence", insert=_ANY_WRITE, update=_ANY_WRITE)
_rule("stock_move", insert=_STOCK)  # RLS: the move types of the role (MOVE_TYPES)
_rule("stock_balance stock_total stock_month stock_month_value", insert=_STOCK, update=_STOCK)
_rule("stock_month_value", delete=_STOCK)  # a month's value is recomputed: deleted and written again
# a new factory time zone empties the months and fills them again from the moves
_rule("stock_month stock_month_value", insert="settings.edit", update="settings.edit", delete="settings.edit")
_rule("item customer supplier location bom_line", insert="master.edit",
      update="master.edit", delete="master.edit")
_rule("work_center calendar_day", insert=("plan.edit", "master.edit", "settings.edit"),
      update=("plan.edit", "master.edit", "settings.edit"), delete=("plan.edit", "settings.edit"))
_rule("user_work_center", insert=("production.report", "user.admin"), update=("production.report", "user.admin"),
      delete=("production.report", "user.admin"))
_rule("setting", insert="settings.edit", update="settings.edit")
_rule("import_batch import_profile", insert="import.data", update="import.data", delete="import.data")
_rule("sales_order sales_order_line", insert="order.edit", update="order.edit",
      delete="order.edit")
_columns("sales_order", "stock.ship", "status")
_columns("sales_order_line", "stock.ship", "shipped_qty", "delivered_date")
_rule("order_status_change", insert=("order.edit", "stock.ship"))
_rule("order_review_task", insert="order.edit", update="order.edit", delete="order.edit")
_ANSWER = ("status", "feasible", "lead_days", "material_arrival_date", "comment", "answered_by_id", "answered_at")
_columns("order_review_task", "review.answer.production", *_ANSWER)
_columns("order_review_task", "review.answer.supply", *_ANSWER)
_rule("shipment shipment_line", insert="stock.ship", update="stock.ship", delete="stock.ship")
_rule("purchase_order purchase_order_line", insert="po.edit", update="po.edit",
      delete="po.edit")
_columns("purchase_order", "stock.receive", "status")
_columns("purchase_order_line", "stock.receive", "received_qty", "first_receipt_date", "actual_arrival_date")
_rule("work_order", insert="plan.edit", update="plan.edit", delete="plan.edit")
_columns("work_order", "production.report", "status", "good_qty", "scrap_qty", "actual_end")
_columns("work_order", "stock.production", "status", "good_qty", "scrap_qty", "actual_end")
_rule("production_report", insert="production.report")
_rule("production_plan_line", insert="plan.edit", update="plan.edit",
      delete="plan.edit")
_rule("plan_run plan_exception plan_item_weeks planned_order", insert="plan.edit", update="plan.edit",
      delete="plan.edit")
_rule("demand_review_cycle", insert="demand.agree", update=("demand.agree", "demand.submit.sales",
      "demand.submit.supply", "demand.submit.production"))
_rule("forecast_line", insert="demand.submit.sales", update="demand.submit.sales", delete="demand.submit.sales")
_rule("material_constraint", insert="demand.submit.supply", update="demand.submit.supply",
      delete="demand.submit.supply")
_rule("capacity_submission maintenance_window", insert="demand.submit.production",
      update="demand.submit.production", delete="demand.submit.production")
_rule("consensus_line demand_flex", insert="demand.agree", update="demand.agree", delete="demand.agree")
_rule("demand_signoff", insert=("demand.agree", "demand.submit.sales", "demand.submit.supply",
      "demand.submit.production"), delete="demand.agree")
_rule("action_item", insert="demand.agree", update=ALL)


def _roles():
    from sopdesk.models.enums import Role

    return list(Role)


def _holds(role, perms: tuple[str, ...]) -> bool:
    from sopdesk.services.permissions import ROLE_PERMISSIONS

    return ALL in perms or any(p in {q.value for q in ROLE_PERMISSIONS[role]} for p in perms)


@functools.cache
def matrix() -> dict[str, dict[str, frozenset]]:
    """table -> operation -> the roles that hold it (select: every role)."""
    from sopdesk.models import Base

    out: dict[str, dict[str, frozenset]] = {}
    for table in sorted(Base.metadata.tables):
        rules = TABLE_RULES.get(table, {})
        out[table] = {"select": frozenset(_roles())}
        for op in OPS[1:]:
            out[table][op] = frozenset(r for r in _roles() if _holds(r, rules.get(op, ())))
    return out


@functools.cache
def update_columns() -> dict[tuple[str, object], tuple[str, ...] | None]:
    """(table, role) -> the columns the role may UPDATE (None: every column), for the
    roles holding UPDATE on the table."""
    from sopdesk.services.permissions import ROLE_PERMISSIONS

    out = {}
    for table, ops in matrix().items():
        for role in ops["update"]:
            perms = TABLE_RULES[table]["update"]
            held = [p for p in perms if p == ALL or p in {q.value for q in ROLE_PERMISSIONS[role]}]
            if any((table, p) not in COLUMN_RULES for p in held):
                out[(table, role)] = None
            else:
                out[(table, role)] = tuple(dict.fromkeys(c for p in held for c in COLUMN_RULES[(table, p)]))
    return out


@functools.cache
def move_types() -> dict[object, tuple[str, ...]]:
    """role -> the stock move types it may post (services/ledger.MOVE_PERMISSION)."""
    from sopdesk.services.ledger import MOVE_PERMISSION
    from sopdesk.services.permissions import ROLE_PERMISSIONS

    return {r: tuple(sorted(mt.value for mt, p in MOVE_PERMISSION.items() if p in ROLE_PERMISSIONS[r]))
            for r in _roles()}


def group_role(prefix: str, role) -> str:
    return f"{prefix}_{getattr(role, 'value', role)}"


def owner_role(prefix: str) -> str:
    return f"{prefix}_owner"


# -- detection on every new connection ------------------------------------------------------


def watch(engine: Engine) -> None:
    """Note on each new PostgreSQL connection whether the database was initialised with
    init-server (its prefix in connection.info[INFO_KEY], else None)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, record):
        record.info[INFO_KEY] = read_prefix(dbapi_conn)


def read_prefix(dbapi_conn) -> str | None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("SELECT to_regprocedure('public.sopdesk_server_prefix()') IS NOT NULL")
        found = cur.fetchone()[0]
        prefix = None
        if found:
            cur.execute("SELECT public.sopdesk_server_prefix()")
            prefix = cur.fetchone()[0]
    finally:
        cur.close()
        dbapi_conn.rollback()
    return prefix


def prefix_of(session_or_conn) -> str | None:
    """The prefix of the database a session or connection uses; None for SQLite or a
    PostgreSQL database without per-person logins."""
    conn = session_or_conn.connection() if hasattr(session_or_conn, "get_bind") else session_or_conn
    if conn.dialect.name != "postgresql":
        return None
    return conn.info.get(INFO_KEY) if INFO_KEY in conn.info else _read_now(conn)


def _read_now(conn: Connection) -> str | None:
    found = conn.execute(text("SELECT to_regprocedure('public.sopdesk_server_prefix()') IS NOT NULL")).scalar()
    prefix = conn.execute(text("SELECT public.sopdesk_server_prefix()")).scalar() if found else None
    conn.info[INFO_KEY] = prefix
    return prefix


# -- init-server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InitReport:
    database: str
    prefix: str
    created_roles: tuple[str, ...]
    tables: int
    audited: int


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def init_server(admin_url: URL | str, prefix: str = DEFAULT_PREFIX) -> InitReport:
    """Create (or repair) roles, ownership, grants, policies and triggers; migrates the
    schema as its owner first. Runs in one transaction: all or nothing."""
    from .url import resolve_url

    if not PREFIX_RE.match(prefix):
        raise ServerSetupError(f"prefix {prefix!r}: lower-case letters, digits and '_', starting with a letter")
    url = admin_url if isinstance(admin_url, URL) else resolve_url(admin_url)
    if url.get_backend_name() != "postgresql":
        raise ServerSetupError("init-server is for PostgreSQL: SQLite keeps the passwords in the app")
    engine = create_engine(url)
    created: list[str] = []
    try:
        with engine.begin() as conn:
            me = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")).one()
            if not (me.rolsuper or me.rolcreaterole):
                raise ServerSetupError("init-server needs a superuser (or a role with CREATEROLE that owns the "
                                       "database)")
            owner = owner_role(prefix)
            for name, opts in [(owner, "NOLOGIN CREATEROLE")] + [(group_role(prefix, r), "NOLOGIN") for r in _roles()]:
                if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
                    conn.execute(text(f"CREATE ROLE {_q(conn, name)} {opts}"))
                    created.append(name)
            conn.execute(text(f"ALTER ROLE {_q(conn, owner)} NOLOGIN CREATEROLE"))
            if not me.rolsuper:
                conn.execute(text(f"GRANT {_q(conn, owner)} TO CURRENT_USER"))
            db_name = conn.execute(text("SELECT current_database()")).scalar()
            conn.execute(text(f"GRANT CREATE, USAGE ON SCHEMA public TO {_q(conn, owner)}"))
            conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_q(conn, db_name)} FROM PUBLIC"))
            conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(conn, db_name)} TO {_q(conn, owner)}"))
            for r in _roles():
                conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(conn, db_name)} TO {_q(conn, group_role(prefix, r))}"))
            _own_everything(conn, owner)
            conn.execute(text(f"SET LOCAL ROLE {_q(conn, owner)}"))
            _migrate(conn)  # what it creates belongs to the owner
            tables, audited = apply_privileges(conn, prefix)
    finally:
        engine.dispose()
    return InitReport(db_name, prefix, tuple(created), tables, audited)


def _own_everything(conn: Connection, owner: str) -> None:
    q = _q(conn, owner)
    for (name,) in conn.execute(text(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY 1")):
        conn.execute(text(f"ALTER TABLE {_q(conn, name)} OWNER TO {q}"))
    for (name,) in conn.execute(text(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))")):
        conn.execute(text(f"ALTER SEQUENCE {_q(conn, name)} OWNER TO {q}"))
    for (sig,) in conn.execute(text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')")):
        conn.execute(text(f"ALTER FUNCTION {sig} OWNER TO {q}"))


def _migrate(conn: Connection) -> None:
    from alembic import command

    from .migrate import alembic_config

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def apply_privileges(conn: Connection, prefix: str) -> tuple[int, int]:
    """GRANTs, policies, audit triggers and functions from the matrix; run as the owner (or a
    superuser). Returns (tables granted, tables audited)."""

    groups = {r: _q(conn, group_role(prefix, r)) for r in _roles()}
    everyone = ", ".join(groups.values())
    existing = set(conn.execute(text(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")).scalars())
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    conn.execute(text(f"REVOKE ALL ON alembic_version FROM PUBLIC, {everyone}"))
    conn.execute(text(f"GRANT SELECT ON alembic_version TO {everyone}"))
    n = 0
    for table, ops in matrix().items():
        if table not in existing:
            continue
        n += 1
        t = _q(conn, table)
        conn.execute(text(f"REVOKE ALL ON {t} FROM PUBLIC, {everyone}"))
        for op in ("select", "insert", "delete"):
            holders = [groups[r] for r in _roles() if r in ops[op]]
            if holders:
                conn.execute(text(f"GRANT {op.upper()} ON {t} TO {', '.join(holders)}"))
        for role in _roles():
            if role not in ops["update"]:
                continue
            cols = update_columns()[(table, role)]
            what = "UPDATE" if cols is None else "UPDATE (" + ", ".join(_q(conn, c) for c in cols) + ")"
            conn.execute(text(f"GRANT {what} ON {t} TO {groups[role]}"))
    _policies(conn, prefix, groups)
    audited = _audit_triggers(conn, existing)
    _functions(conn, prefix)
    return n, audited


def _policies(conn: Connection, prefix: str, groups: dict) -> None:
    for table in ("stock_move", "audit_log"):
        for (name,) in conn.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                                         "AND tablename = :t"), {"t": table}).all():
            conn.execute(text(f"DROP POLICY {_q(conn, name)} ON {table}"))
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"CREATE POLICY read_all ON {table} FOR SELECT USING (true)"))
    ops = matrix()
    for role in _roles():
        types = move_types()[role]
        if role in ops["stock_move"]["insert"] and types:
            conn.execute(text(f"CREATE POLICY {_q(conn, 'post_' + role.value)} ON stock_move FOR INSERT "
                              f"TO {groups[role]} WITH CHECK (move_type IN ({', '.join(_lit(t) for t in types)}))"))
    conn.execute(text("CREATE POLICY own_name ON audit_log FOR INSERT WITH CHECK (username = session_user AND "
                      "(user_id IS NULL OR user_id = (SELECT u.id FROM app_user u WHERE u.username = session_user)))"))


AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION sopdesk_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
  pk text[] := string_to_array(TG_ARGV[0], ',');
  nums text[] := string_to_array(nullif(TG_ARGV[1], ''), ',');
  skip text[] := ARRAY['version', 'created_at', 'updated_at', 'created_by_id', 'updated_by_id', 'password_hash'];
  o jsonb; n jsonb; ch jsonb := '{}'; k text; v jsonb; rid text;
BEGIN
  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
  FOREACH k IN ARRAY coalesce(nums, '{}') LOOP  -- amounts as text, as the app writes a Decimal
    IF o IS NOT NULL AND o->k <> 'null' THEN o := jsonb_set(o, ARRAY[k], to_jsonb(o->>k)); END IF;
    IF n IS NOT NULL AND n->k <> 'null' THEN n := jsonb_set(n, ARRAY[k], to_jsonb(n->>k)); END IF;
  END LOOP;
  SELECT string_agg(coalesce(n, o)->>c, ',' ORDER BY i) INTO rid FROM unnest(pk) WITH ORDINALITY AS u(c, i);
  IF TG_OP = 'INSERT' THEN
    FOR k, v IN SELECT * FROM jsonb_each(n) LOOP
      IF NOT k = ANY(skip) AND v <> 'null' THEN ch := ch || jsonb_build_object(k, jsonb_build_array(null, v)); END IF;
    END LOOP;
  ELSIF TG_OP = 'UPDATE' THEN
    FOR k, v IN SELECT * FROM jsonb_each(n) LOOP
      IF NOT k = ANY(skip) AND v IS DISTINCT FROM o->k THEN
        ch := ch || jsonb_build_object(k, jsonb_build_array(o->k, v));
      END IF;
    END LOOP;
    IF n ? 'password_hash' AND n->'password_hash' IS DISTINCT FROM o->'password_hash' THEN
      ch := ch || '{"password_changed": [false, true]}';
    END IF;
    IF ch = '{}' THEN RETURN NULL; END IF;
    IF n ? 'version' THEN ch := ch || jsonb_build_object('version', jsonb_build_array(o->'version', n->'version')); END IF;
  ELSE
    FOR k, v IN SELECT * FROM jsonb_each(o) LOOP
      IF NOT k = ANY(skip) THEN ch := ch || jsonb_build_object(k, jsonb_build_array(v, null)); END IF;
    END LOOP;
  END IF;
  INSERT INTO audit_log (at, user_id, username, table_name, record_id, action, changes)
  VALUES (now(), (SELECT u.id FROM app_user u WHERE u.username = session_user), session_user, TG_TABLE_NAME,
          rid, lower(TG_OP), ch);
  RETURN NULL;
END $fn$
"""


def audited_tables() -> list:
    from sopdesk.models import Base

    return sorted((m.class_.__table__ for m in Base.registry.mappers if getattr(m.class_, "__audited__", False)),
                  key=lambda t: t.name)


def _audit_triggers(conn: Connection, existing: set[str]) -> int:
    from sqlalchemy import Numeric

    conn.execute(text(AUDIT_FUNCTION))
    conn.execute(text("REVOKE ALL ON FUNCTION sopdesk_audit_row() FROM PUBLIC"))
    n = 0
    for table in audited_tables():
        if table.name not in existing:
            continue
        pk = ",".join(c.name for c in table.primary_key.columns)
        nums = ",".join(c.name for c in table.columns if isinstance(c.type, Numeric) and c.type.asdecimal)
        conn.execute(text(f"DROP TRIGGER IF EXISTS sopdesk_audit ON {_q(conn, table.name)}"))
        conn.execute(text(f"CREATE TRIGGER sopdesk_audit AFTER INSERT OR UPDATE OR DELETE ON {_q(conn, table.name)} "
                          f"FOR EACH ROW EXECUTE FUNCTION sopdesk_audit_row({_lit(pk)}, {_lit(nums)})"))
        n += 1
    return n


def _functions(conn: Connection, prefix: str) -> None:
    admin = group_role(prefix, "admin")
    groups = ", ".join(_lit(group_role(prefix, r)) for r in _roles())
    conn.execute(text(f"""
CREATE OR REPLACE FUNCTION sopdesk_server_prefix() RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT {_lit(prefix)}::text
$fn$"""))
    conn.execute(text("GRANT EXECUTE ON FUNCTION sopdesk_server_prefix() TO PUBLIC"))
    conn.execute(text(f"""
CREATE OR REPLACE FUNCTION sopdesk_manage_login(login text, app_role text, verifier text, can_login boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  groups text[] := ARRAY[{groups}];
  grp text := CASE WHEN app_role IS NULL THEN NULL ELSE {_lit(prefix + '_')} || app_role END;
  g text;
  r record;
BEGIN
  IF NOT (pg_has_role(session_user, {_lit(admin)}, 'MEMBER')
          OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
    RAISE EXCEPTION 'only a sopdesk administrator manages logins' USING ERRCODE = '42501';
  END IF;
  IF grp IS NOT NULL AND NOT grp = ANY(groups) THEN
    RAISE EXCEPTION 'unknown sopdesk role %', app_role USING ERRCODE = '22023';
  END IF;
  IF login LIKE 'pg\\_%' OR login LIKE {_lit(prefix.replace('_', chr(92) + '_') + chr(92) + '_%')}
     OR octet_length(login) > 63 THEN
    RAISE EXCEPTION 'login name % is not allowed', login USING ERRCODE = '22023';
  END IF;
  SELECT rolsuper, EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
                           WHERE m.member = pr.oid AND gr.rolname = ANY(groups)) AS ours
    INTO r FROM pg_roles pr WHERE pr.rolname = login;
  IF NOT FOUND THEN
    IF verifier IS NULL OR grp IS NULL THEN
      RAISE EXCEPTION 'no login %', login USING ERRCODE = '42704';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier, grp);
  ELSIF r.rolsuper OR NOT r.ours THEN
    RAISE EXCEPTION 'a database login % exists already and is not a sopdesk user', login USING ERRCODE = '42710';
  END IF;
  IF grp IS NOT NULL THEN
    FOREACH g IN ARRAY groups LOOP
      IF g <> grp AND pg_has_role(login, g, 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', g, login); END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, login);
  END IF;
  IF verifier IS NOT NULL THEN EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier); END IF;
  IF can_login IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
  END IF;
END $fn$"""))
    conn.execute(text("REVOKE ALL ON FUNCTION sopdesk_manage_login(text, text, text, boolean) FROM PUBLIC"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION sopdesk_manage_login(text, text, text, boolean) TO {_q(conn, admin)}"))


# -- logins (used by services/users.py on such a server) ------------------------------------


def scram_verifier(session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed by libpq on the client: the
    password itself never reaches the server or its log."""
    pgconn = session.connection().connection.dbapi_connection.pgconn
    return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def manage_login(session, login: str, role=None, password: str | None = None, active: bool | None = None) -> None:
    verifier = scram_verifier(session, login, password) if password is not None else None
    session.execute(text("SELECT sopdesk_manage_login(:l, :r, :v, :a)"),
                    {"l": login, "r": getattr(role, "value", role), "v": verifier, "a": active})


def change_own_password(session, login: str, password: str) -> None:
    verifier = scram_verifier(session, login, password)
    # not text(): a verifier's "…:Abc" would be read as a bind parameter
    conn = session.connection()
    conn.exec_driver_sql(f"ALTER ROLE {_q(conn, login)} PASSWORD {_lit(verifier)}")


def login_url(url: URL, username: str, password: str) -> URL:
    return url.set(username=username, password=password)


def password_works(session, login: str, password: str) -> bool:
    """Does the server accept this password for this login? (A user's own password change
    asks for the current one.)"""
    import psycopg

    url = session.get_bind().url
    try:
        psycopg.connect(host=url.host or "localhost", port=url.port or 5432, dbname=url.database,
                        user=login, password=password, connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


def _refused_login(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    message = str(orig)
    return state in ("28P01", "28000") or any(s in message for s in (
        "password authentication failed", "does not exist", "not permitted to log in", "no password supplied"))


def sign_in(db, username: str, password: str, *, write: bool = False):
    """The signed-in Actor. On PostgreSQL, detected here: a database set up with
    `db init-server` (or a URL without a user name) is used from now on as the person's own
    login with their password, which the server checks (SCRAM); any other database goes on
    with the URL's shared login and the app's own password check, as before."""
    from sqlalchemy.exc import OperationalError

    from sopdesk.services import users
    from sopdesk.services.errors import AuthenticationFailed

    username = (username or "").strip()
    if not db.is_sqlite and username and db.url.username != username:
        original = db.url
        prefix = None
        if original.username:
            with db.engine.connect() as conn:
                prefix = prefix_of(conn)
        if prefix or not original.username:
            db.use_login(username, password)
            try:
                with db.engine.connect() as conn:
                    prefix = prefix_of(conn)
            except OperationalError as exc:
                if not _refused_login(exc):
                    raise
                if original.username:
                    raise AuthenticationFailed("wrong user name or password") from None
                db.use_login(original.username, original.password)  # no such login: the shared one
                db.url = original
    with (db.write() if write else db.read()) as s:
        return users.authenticate(s, username, password)
