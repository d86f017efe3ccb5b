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

from sopdesk.excel import CellError, ParsedFile
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
    _code_allocator,
    _differs,
    _j,
    _now,
    _Plan,
    _resolve_items,
    _rows_by_key,
    _select_in,
    _stamp_new,
    cell_error,
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

    @property
    def number_field(self) -> str:
        return "order_no" if self.header is SalesOrder else "po_no"

    @property
    def party_col(self) -> str:
        return f"{self.party_field}_id"


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
                    plan.errors.append(cell_error(parsed, i, "supplier_code" if code else "supplier_name",
                                                  "unknown_supplier", "unknown supplier {supplier}",
                                                  supplier=code or name))
                elif code and not name:
                    plan.errors.append(cell_error(parsed, i, "customer_code", "unknown_customer",
                                                  "unknown customer code {code} (add a customer name column to "
                                                  "create it)", code=code))
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
            plan.errors.append(cell_error(parsed, i, f"{doc.party_field}_code" if code else f"{doc.party_field}_name",
                                          "inactive", "{name} is inactive", name=r.name))
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
    numbers = cols[doc.number_field]
    line_nos = cols["line_no"]
    items = _resolve_items(session, parsed, plan, "item_code")
    parties = _resolve_parties(session, actor, parsed, plan, doc)
    for i, it in enumerate(items):
        if it is not None and not it.active:
            plan.errors.append(cell_error(parsed, i, "item_code", "inactive", "{name} is inactive", name=it.code))
    H, L = doc.header.__table__, doc.line.__table__
    header_cols = [H.c.id, H.c.version, H.c.number, H.c.status, H.c[doc.party_col],
                   *[H.c[c] for c in doc.header_fields.values()]]
    if parsed.kind == "orders":  # a line without its own dates inherits the order's
        header_cols += [H.c.requested_date, H.c.promised_date]
    headers = _rows_by_key(session, H, H.c.number, set(numbers), header_cols)
    # the rows that make a line: every key known and no bad cell
    rows = [i for i, (no, ln, it, party) in enumerate(zip(numbers, line_nos, items, parties, strict=True))
            if no is not None and ln is not None and it is not None and party is not None]
    bad_rows = {e.row for e in plan.errors}
    if bad_rows:
        row_numbers = parsed.row_numbers
        rows = [i for i in rows if row_numbers[i] not in bad_rows]
    now = _now()
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": actor.user_id,
             "updated_by_id": actor.user_id}
    created = _plan_new_documents(actor, parsed, plan, doc, [i for i in rows if numbers[i] not in headers]
                                  if headers else rows, items, parties, stamp)
    if headers:
        _plan_existing_documents(session, parsed, plan, doc, [i for i in rows if numbers[i] in headers],
                                 headers, items, parties, stamp)
    # parents first: customers created by the file, then the documents (new ones inserted,
    # and the version of any document whose lines or header changed is bumped, so a stale
    # save in the app is refused as for edits), their lines, the status history
    order = [Customer.__tablename__] if Customer.__tablename__ in plan.order else []
    order.append(H.name)
    order += [name for name in (L.name, OrderStatusChange.__tablename__) if name in plan.order]
    plan.order = order
    plan.counts["documents_created"] = len(created)
    plan.after_write.append(lambda s, _b: _advance_sequence(s, doc.number_prefix, created))


def _plan_new_documents(actor: Actor, parsed: ParsedFile, plan: _Plan, doc: _DocKind, rows: list[int],
                        items: list, parties: list, stamp: dict) -> list[str]:
    """Documents not in the database yet, with their lines, gathered as columns: the bulk of
    a first import, so nothing here runs per row but list building. Returns their numbers."""
    cols = parsed.columns
    numbers = cols[doc.number_field]
    status_col = cols.get("status")
    # Documents drive status: a status that only receipts or shipments can set is refused.
    refused = {
        "purchase-orders": (POStatus.PARTIAL.value, POStatus.RECEIVED.value),
        "orders": (OrderStatus.PARTIALLY_SHIPPED.value, OrderStatus.SHIPPED.value),
    }.get(parsed.kind)
    if refused is not None and status_col is not None:
        kept, opened = [], set()
        for i in rows:
            no = numbers[i]
            if no not in opened:
                if status_col[i] in refused:
                    plan.errors.append(
                        cell_error(parsed, i, "status", "status_needs_shipments", "shipments are posted in sopdesk "
                                   "(or imported as shipments); import the order as confirmed")
                        if parsed.kind == "orders" else
                        cell_error(parsed, i, "status", "status_needs_receipts",
                                   "receipts are posted in sopdesk; import the order as confirmed"))
                    continue
                opened.add(no)
            kept.append(i)
        rows = kept
    if not rows:
        return []
    first: dict[str, int] = {}  # number -> its first row, in file order
    for i in rows:
        first.setdefault(numbers[i], i)
    firsts = list(first.values())
    created = list(first)
    d = len(created)
    H, L = doc.header.__table__, doc.line.__table__
    ids = new_ids(d)
    draft = doc.status_enum("draft").value
    header = {"id": ids, "number": created, doc.party_col: [parties[i].id for i in firsts],
              "status": [status_col[i] or draft for i in firsts] if status_col is not None else [draft] * d,
              # a blank header cell is left to the column's default, as when it is not given
              **{doc.header_fields[f]: [cols[f][i] for i in firsts] for f in doc.header_fields if f in cols},
              "salesperson_id" if parsed.kind == "orders" else "buyer_id": [actor.user_id] * d,
              **{k: [v] * d for k, v in stamp.items()}}
    plan.columnar[H.name] = header
    plan.table(H.name)

    m = len(rows)
    pick = (lambda col: list(col)) if m == len(parsed) else (lambda col: list(map(col.__getitem__, rows)))
    line_items = pick(items)
    id_of = dict(zip(created, ids, strict=True))
    lines = {"id": new_ids(m), "order_id": list(map(id_of.__getitem__, pick(numbers))),
             "line_no": pick(cols["line_no"]), "item_id": [it.id for it in line_items]}
    for f, c in doc.line_fields.items():
        lines[c] = pick(cols[f]) if f in cols else [None] * m
    price_attr = doc.default_price
    lines["unit_price"] = [getattr(it, price_attr) if p is None else p
                           for p, it in zip(lines["unit_price"], line_items, strict=True)]
    lines.update({k: [v] * m for k, v in stamp.items()})
    plan.columnar[L.name] = lines
    plan.table(L.name)
    plan.inserted += m
    if parsed.kind == "orders":
        plan.columnar[OrderStatusChange.__tablename__] = {
            "id": new_ids(d), "order_id": ids, "from_status": [None] * d, "to_status": header["status"],
            "changed_at": [stamp["created_at"]] * d, "changed_by_id": [actor.user_id] * d,
            "note": [f"import {parsed.file_name}"[:200]] * d}
        plan.table(OrderStatusChange.__tablename__)
    return created


def _plan_existing_documents(session: Session, parsed: ParsedFile, plan: _Plan, doc: _DocKind, rows: list[int],
                             headers: dict, items: list, parties: list, stamp: dict) -> None:
    """Rows of documents already in the database: new lines, changed lines and headers (only
    while the document may still change), unchanged rows counted."""
    cols = parsed.columns
    numbers = cols[doc.number_field]
    line_nos = cols["line_no"]
    number_field, party_col = doc.number_field, doc.party_col
    H, L = doc.header.__table__, doc.line.__table__
    line_cols = [L.c.id, L.c.version, L.c.order_id, L.c.line_no, L.c.item_id, L.c[doc.locked_qty],
                 *[L.c[c] for c in doc.line_fields.values()]]
    lines = {(r.order_id, r.line_no): r for r in _select_in(session, line_cols, L.c.order_id,
                                                             [h.id for h in headers.values()])}
    given_line = [f for f in doc.line_fields if f in cols]
    given_head = [f for f in doc.header_fields if f in cols]
    status_col = cols.get("status")
    changed_docs: dict[uuid.UUID, dict] = {}
    # every new line has the same keys (executemany wants that): the file's value or None
    line_keys = [(doc.line_fields[f], cols[f]) for f in given_line]
    line_template = {**stamp, **{c: None for c in doc.line_fields.values()}}
    price_attr = doc.default_price
    editable = {s.value for s in doc.editable}
    for i in rows:
        no, ln, item, party = numbers[i], line_nos[i], items[i], parties[i]
        head = headers[no]
        status = status_col[i] if status_col else None
        problems: list[CellError] = []

        def at(fieldname: str) -> str:
            return fieldname if fieldname in cols else number_field

        head_changes = {}
        if _differs(getattr(head, party_col), party.id):
            head_changes[party_col] = party.id
        for f in given_head:
            v = cols[f][i]
            c = doc.header_fields[f]
            if v is not None and _differs(getattr(head, c), v):
                head_changes[c] = v
        if status is not None and _differs(head.status, status):
            problems.append(cell_error(parsed, i, at("status"), "status_change", "{number} is {status} in sopdesk; "
                                       "change its status there, not by import", number=no, status=_status(head)))
        old = lines.get((head.id, ln))
        line_changes = {}
        if old is None:
            line_changes = {"__new__": True}
        else:
            if _differs(old.item_id, item.id):
                line_changes["item_id"] = item.id
                if getattr(old, doc.locked_qty):
                    problems.append(
                        cell_error(parsed, i, at("item_code"), "has_movements",
                                   "line {line_no} has shipments: its product cannot change", line_no=ln)
                        if parsed.kind == "orders" else
                        cell_error(parsed, i, at("item_code"), "has_movements",
                                   "line {line_no} has receipts: its product cannot change", line_no=ln))
            for f in given_line:
                v = cols[f][i]
                c = doc.line_fields[f]
                current = getattr(old, c)
                if c in ("requested_date", "promised_date") and current is None:
                    current = getattr(head, c, None) if c in head._mapping else current
                if v is not None and _differs(current, v):
                    line_changes[c] = v
            if "qty" in line_changes and line_changes["qty"] < getattr(old, doc.locked_qty):
                moved = str(getattr(old, doc.locked_qty))
                problems.append(
                    cell_error(parsed, i, at("qty"), "below_moved", "{qty} already shipped on line {line_no}",
                               qty=moved, line_no=ln)
                    if parsed.kind == "orders" else
                    cell_error(parsed, i, at("qty"), "below_moved", "{qty} already received on line {line_no}",
                               qty=moved, line_no=ln))
        if (head_changes or line_changes) and _status(head) not in editable:
            problems.append(cell_error(parsed, i, number_field, "not_editable",
                                       "{number} is {status} and can no longer be changed", number=no,
                                       status=_status(head)))
        if problems:
            plan.errors.extend(problems)
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
    head_names = [party_col, *doc.header_fields.values()]
    for doc_id, info in changed_docs.items():
        head = info["row"]
        full = {c: info["changes"].get(c, getattr(head, c)) for c in head_names}
        plan.change(H.name, {"_id": doc_id, "_version": head.version, **full},
                    {"id": str(doc_id), "version": head.version + 1, "values": {c: _j(getattr(head, c)) for c in head_names}})


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
