"""Planning an import of sales orders or purchase orders (one row per line, the order
number repeated): new documents and their lines, changed lines of documents still open,
customers named in an order file that do not exist yet."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from sopdesk.excel import ParsedFile
from sopdesk.models import (
    Customer,
    DocSequence,
    OrderStatus,
    OrderStatusChange,
    POStatus,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    SalesOrderLine,
    Supplier,
)

from .imports_plan import (
    _chunks,
    _code_allocator,
    _differs,
    _err,
    _j,
    _now,
    _Plan,
    _resolve_items,
    _rows_by_key,
    _stamp_new,
    new_id,
    new_ids,
)
from .order_states import EDITABLE as ORDER_EDITABLE
from .permissions import Actor

PO_EDITABLE = frozenset({POStatus.DRAFT, POStatus.CONFIRMED})


# -- sales and purchase orders --------------------------------------------------------------


@dataclass
class _DocKind:
    header: Any  # model
    line: Any
    party_field: str  # customer / supplier
    party_model: Any
    number_prefix: str
    editable: frozenset
    status_enum: type
    default_price: str  # item column used when the file has no price
    line_fields: dict[str, str]  # file field -> line column
    header_fields: dict[str, str]  # file field -> header column
    locked_qty: str  # shipped_qty / received_qty: the line cannot go below it


ORDER_DOC = _DocKind(
    SalesOrder, SalesOrderLine, "customer", Customer, "SO", ORDER_EDITABLE, OrderStatus, "sales_price",
    {"qty": "qty", "unit_price": "unit_price", "requested_date": "requested_date",
     "promised_date": "promised_date", "note": "note"},
    {"order_date": "order_date", "is_custom": "is_custom", "customer_po": "customer_po"},
    "shipped_qty",
)
PO_DOC = _DocKind(
    PurchaseOrder, PurchaseOrderLine, "supplier", Supplier, "PO", PO_EDITABLE, POStatus, "standard_cost",
    {"qty": "qty", "unit_price": "unit_price", "expected_date": "expected_date", "note": "note"},
    {"order_date": "order_date"},
    "received_qty",
)


def _resolve_parties(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan, doc: _DocKind) -> list[Any]:
    """Customer or supplier of each row, by code else by name. Customers that do not exist
    yet are created (a code from the file, else a generated one); suppliers must exist."""
    model = doc.party_model
    codes = parsed.columns.get(f"{doc.party_field}_code") or [None] * len(parsed)
    names = parsed.columns.get(f"{doc.party_field}_name") or [None] * len(parsed)
    rows = session.execute(select(model.id, model.code, model.name, model.active)).all()
    by_code = {r.code.casefold(): r for r in rows}
    by_name: dict[str, Any] = {}
    for r in rows:
        by_name.setdefault(r.name.strip().casefold(), r)
    created: dict[str, Any] = {}
    out: list[Any] = []
    allocate = None
    now = _now()
    memo: dict[tuple, Any] = {}
    for i, (code, name) in enumerate(zip(codes, names, strict=True)):
        hit = memo.get((code, name))
        if hit is not None:  # the same customer as an earlier row: already resolved
            out.append(hit)
            continue
        r = by_code.get(code.casefold()) if code else (by_name.get(name.strip().casefold()) if name else None)
        if r is None and (code or name):
            key = (code or "").casefold() or "name:" + name.strip().casefold()
            r = created.get(key)
            if r is None:
                if doc.party_model is Supplier:
                    plan.errors.append(_err(parsed, i, "supplier_code" if code else "supplier_name", "unknown_supplier",
                                            f"unknown supplier {code or name}"))
                elif code and not name:
                    plan.errors.append(_err(parsed, i, "customer_code", "unknown_customer",
                                            f"unknown customer code {code} (add a customer name column to create it)"))
                else:
                    if not code:
                        allocate = allocate or _code_allocator(session, Customer, "C")
                        new_code = allocate()
                    else:
                        new_code = code
                    row = _stamp_new({"code": new_code, "name": name.strip()}, actor, now)
                    plan.add(Customer.__table__.name, row)
                    plan.created["customers"] = plan.created.get("customers", 0) + 1
                    r = created[key] = _Party(row["id"], new_code, name.strip(), True)
        elif r is not None and not r.active:
            plan.errors.append(_err(parsed, i, f"{doc.party_field}_code" if code else f"{doc.party_field}_name",
                                    "inactive", f"{r.name} is inactive"))
        elif r is not None:
            memo[(code, name)] = r
        out.append(r)
    return out


@dataclass
class _Party:
    id: uuid.UUID
    code: str
    name: str
    active: bool


def _plan_documents(session: Session, actor: Actor, parsed: ParsedFile, plan: _Plan) -> None:
    doc = ORDER_DOC if parsed.kind == "orders" else PO_DOC
    cols = parsed.columns
    n = len(parsed)
    number_field = "order_no" if parsed.kind == "orders" else "po_no"
    numbers = cols[number_field]
    line_nos = cols["line_no"]
    items = _resolve_items(session, parsed, plan, "item_code")
    parties = _resolve_parties(session, actor, parsed, plan, doc)
    for i, it in enumerate(items):
        if it is not None and not it.active:
            plan.errors.append(_err(parsed, i, "item_code", "inactive", f"{it.code} is inactive"))
    H, L = doc.header.__table__, doc.line.__table__
    party_col = f"{doc.party_field}_id"
    header_cols = [H.c.id, H.c.version, H.c.number, H.c.status, H.c[party_col],
                   *[H.c[c] for c in doc.header_fields.values()]]
    if parsed.kind == "orders":  # a line without its own dates inherits the order's
        header_cols += [H.c.requested_date, H.c.promised_date]
    headers = _rows_by_key(session, H, H.c.number, set(numbers), header_cols)
    line_cols = [L.c.id, L.c.version, L.c.order_id, L.c.line_no, L.c.item_id, L.c[doc.locked_qty],
                 *[L.c[c] for c in doc.line_fields.values()]]
    lines: dict[tuple[uuid.UUID, int], Any] = {}
    for chunk in _chunks([h.id for h in headers.values()]):
        for r in session.execute(select(*line_cols).where(L.c.order_id.in_(chunk))):
            lines[(r.order_id, r.line_no)] = r
    given_line = [f for f in doc.line_fields if f in cols]
    given_head = [f for f in doc.header_fields if f in cols]
    status_col = cols.get("status")
    now = _now()
    new_docs: dict[str, dict] = {}
    changed_docs: dict[uuid.UUID, dict] = {}
    bad_rows = {e.row for e in plan.errors}
    draft = doc.status_enum("draft").value
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": actor.user_id,
             "updated_by_id": actor.user_id}
    # every new line has the same keys (executemany wants that): the file's value or None
    line_keys = [(doc.line_fields[f], cols[f]) for f in given_line]
    line_template = {**stamp, **{c: None for c in doc.line_fields.values()}}
    price_attr = doc.default_price
    # lines of new documents, the bulk of a first import, are gathered as columns
    fast = {c: [] for c in ("id", "order_id", "line_no", "item_id", *doc.line_fields.values())}
    f_order, f_line, f_item = fast["order_id"], fast["line_no"], fast["item_id"]
    f_given = [(fast[c], col) for c, col in line_keys if c != "unit_price"]
    f_price, price_col = fast["unit_price"], cols.get("unit_price")
    n_new = 0
    row_numbers = parsed.row_numbers
    for i in range(n):
        no, ln, item, party = numbers[i], line_nos[i], items[i], parties[i]
        if no is None or ln is None or item is None or party is None or (bad_rows and row_numbers[i] in bad_rows):
            continue
        head = headers.get(no)
        status = status_col[i] if status_col else None
        if head is None:
            hdr = new_docs.get(no)
            if hdr is None:
                if parsed.kind == "purchase-orders" and status in (POStatus.PARTIAL.value, POStatus.RECEIVED.value):
                    plan.errors.append(_err(parsed, i, "status", "status_needs_receipts",
                                            "receipts are posted in sopdesk; import the order as confirmed"))
                    continue
                hdr = {"number": no, party_col: party.id, "status": status or draft}
                for f in given_head:
                    if cols[f][i] is not None:
                        hdr[doc.header_fields[f]] = cols[f][i]
                if parsed.kind == "orders":
                    hdr["salesperson_id"] = actor.user_id
                else:
                    hdr["buyer_id"] = actor.user_id
                hdr = new_docs[no] = _stamp_new(hdr, actor, now)
            f_order.append(hdr["id"])
            f_line.append(ln)
            f_item.append(item.id)
            for target, col in f_given:
                target.append(col[i])
            price = price_col[i] if price_col is not None else None
            f_price.append(getattr(item, price_attr) if price is None else price)
            n_new += 1
            continue
        # an existing document: what would change?
        problems = []
        head_changes = {}
        if _differs(getattr(head, party_col), party.id):
            head_changes[party_col] = party.id
        for f in given_head:
            v = cols[f][i]
            c = doc.header_fields[f]
            if v is not None and _differs(getattr(head, c), v):
                head_changes[c] = v
        if status is not None and _differs(head.status, status):
            problems.append(("status", "status_change",
                             f"{no} is {head.status.value if isinstance(head.status, Enum) else head.status} in "
                             "sopdesk; change its status there, not by import"))
        old = lines.get((head.id, ln))
        line_changes = {}
        if old is None:
            line_changes = {"__new__": True}
        else:
            if _differs(old.item_id, item.id):
                line_changes["item_id"] = item.id
                if getattr(old, doc.locked_qty):
                    problems.append(("item_code", "has_movements",
                                     f"line {ln} has {'shipments' if parsed.kind == 'orders' else 'receipts'}: "
                                     "its product cannot change"))
            for f in given_line:
                v = cols[f][i]
                c = doc.line_fields[f]
                current = getattr(old, c)
                if c in ("requested_date", "promised_date") and current is None:
                    current = getattr(head, c, None) if c in head._mapping else current
                if v is not None and _differs(current, v):
                    line_changes[c] = v
            if "qty" in line_changes and line_changes["qty"] < getattr(old, doc.locked_qty):
                problems.append(("qty", "below_moved", f"{getattr(old, doc.locked_qty)} already "
                                 f"{'shipped' if parsed.kind == 'orders' else 'received'} on line {ln}"))
        if (head_changes or line_changes) and _status(head) not in {s.value for s in doc.editable}:
            problems.append((number_field, "not_editable", f"{no} is {_status(head)} and can no longer be changed"))
        if problems:
            for f, code, msg in problems:
                plan.errors.append(_err(parsed, i, f if f in cols else number_field, code, msg))
            continue
        if head_changes:
            prev = changed_docs.setdefault(head.id, {"row": head, "changes": {}})
            prev["changes"].update(head_changes)
        if not line_changes:
            if not head_changes:
                plan.unchanged += 1
            else:
                plan.updated += 1
            continue
        changed_docs.setdefault(head.id, {"row": head, "changes": {}})
        if line_changes.pop("__new__", None):
            line = {**line_template, "id": new_id(), "order_id": head.id, "line_no": ln, "item_id": item.id}
            for c, col in line_keys:
                line[c] = col[i]
            if line["unit_price"] is None:
                line["unit_price"] = getattr(item, price_attr)
            plan.add(L.name, line)
            plan.inserted += 1
            continue
        full = {c: line_changes.get(c, getattr(old, c)) for c in ["item_id", *doc.line_fields.values()]}
        before = {c: _j(getattr(old, c)) for c in full}
        plan.change(L.name, {"_id": old.id, "_version": old.version, **full},
                    {"id": str(old.id), "version": old.version + 1, "values": before})
        plan.updated += 1
    if n_new:
        fast["id"] = new_ids(n_new)
        for c in doc.line_fields.values():
            if len(fast[c]) < n_new:  # a field the file does not have
                fast[c] = [None] * n_new
        fast.update({k: [v] * n_new for k, v in stamp.items()})
        plan.columnar[L.name] = fast
        plan.inserted += n_new
        plan.table(L.name)
    # headers first: insert new documents, and bump the version of any document whose
    # lines or header changed (a stale save in the app is then refused, as for edits)
    plan.order.insert(0, H.name)
    if "customers" in plan.created:
        plan.order.remove(Customer.__table__.name)
        plan.order.insert(0, Customer.__table__.name)
    for hdr in new_docs.values():
        plan.inserts[H.name].append(hdr)
    head_names = [party_col, *doc.header_fields.values()]
    for doc_id, info in changed_docs.items():
        head = info["row"]
        full = {c: info["changes"].get(c, getattr(head, c)) for c in head_names}
        plan.change(H.name, {"_id": doc_id, "_version": head.version, **full},
                    {"id": str(doc_id), "version": head.version + 1, "values": {c: _j(getattr(head, c)) for c in head_names}})
    plan.counts["documents_created"] = len(new_docs)
    if parsed.kind == "orders" and new_docs:
        history = [{"id": new_id(), "order_id": h["id"], "from_status": None, "to_status": h["status"],
                    "changed_at": now, "changed_by_id": actor.user_id, "note": f"import {parsed.file_name}"[:200]}
                   for h in new_docs.values()]
        plan.inserts[OrderStatusChange.__tablename__] = history
        plan.table(OrderStatusChange.__tablename__)
    plan.after_write.append(lambda s, _b: _advance_sequence(s, doc.number_prefix, list(new_docs)))


def _status(head) -> str:
    return head.status.value if isinstance(head.status, Enum) else str(head.status)


_NUMBER = re.compile(r"^([A-Z]{2})-(\d{4})-(\d+)$")


def _advance_sequence(session: Session, prefix: str, numbers: list[str]) -> None:
    """Imported numbers in sopdesk's own format (SO-2026-00042) move the numbering past them,
    so the next order typed in does not collide with an imported one."""
    highest: dict[int, int] = {}
    for no in numbers:
        m = _NUMBER.match(no)
        if m and m.group(1) == prefix:
            year, value = int(m.group(2)), int(m.group(3))
            highest[year] = max(highest.get(year, 0), value)
    for year, value in highest.items():
        current = session.scalar(select(DocSequence.next_value).where(
            DocSequence.prefix == prefix, DocSequence.year == year))
        if current is None:
            session.execute(insert(DocSequence.__table__), [{"prefix": prefix, "year": year, "next_value": value + 1}])
        elif current <= value:
            session.execute(update(DocSequence.__table__).where(
                DocSequence.prefix == prefix, DocSequence.year == year).values(next_value=value + 1))
