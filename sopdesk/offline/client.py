"""The shop floor's client side of offline work: queue, cache refresh and sync.

`ShopFloorClient(db, store, actor)` is what the screen and `sopdesk shopfloor` use:

- `queue_report(...)` / `queue_issue(...)` check what needs no server
  (shop_floor.check_report_input) and append the operation to the outbox with a new client
  op id, the user and the time it happened. Nothing else: accepted means on this PC's disk.
- `sync()` sends the pending operations of this server in the order they happened, each in
  its own transaction, with its op id: the server applies it once and answers a retried id
  with its first result (replayed). A network error ends the run with the operation still
  pending (its answer may have been lost: it is simply sent again next time). A refusal by
  a rule ends that operation as a conflict for a person to look at; the queue goes on.
- `refresh_cache()` reads what the line needs (its work orders with their versions and
  what was issued to them, items, BOMs, locations, lines) into the local cache; `probe()` is
  one `SELECT 1`. `proposed_issue(work_order_id)` is the material issue proposed from the
  cache (the server's formula, less the issues still waiting here) for the screen offline.

Reports are physical facts: they are sent with record_flagged=True (a closed work order or
a quantity above the released one is recorded and flagged, state "flagged"), and a finish
carries the work order version the user saw (a changed work order: the pieces are
recorded, the finish waits in the conflict inbox, state "conflict").
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from sopdesk.models import AppUser, BomLine, Item, LocationKind, WorkOrder
from sopdesk.services import locations, settings, shop_floor
from sopdesk.services import work_orders as wo_service
from sopdesk.services.conflicts import conflict_error
from sopdesk.services.errors import ConflictError, PermissionDenied, ServiceError, ValidationError
from sopdesk.services.permissions import Actor
from sopdesk.services.stock_ops import IssueLine

from .store import CONFLICT, FLAGGED, REPLAYED, SENT, LocalStore, Operation

REPORT, ISSUE, FINISH = "report", "issue", "finish"
TRANSIENT_TRIES = 6  # a report racing another PC's on the same work order is tried again
CACHE_DAYS = 3660  # every open work order of the line, whatever its planned dates


def server_key(db) -> str:
    """Which server an outbox row belongs to: the database URL without its password."""
    return db.url.render_as_string(hide_password=True)


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


@dataclass(frozen=True)
class SyncResult:
    sent: int = 0
    replayed: int = 0
    flagged: int = 0
    conflicts: int = 0
    left: int = 0  # still pending after the run
    reachable: bool = True
    error: str | None = None  # why the run stopped early (the server was not reachable)

    def as_json(self) -> dict:
        return {"sent": self.sent, "replayed": self.replayed, "flagged": self.flagged, "left": self.left,
                "conflicts": self.conflicts}


class ShopFloorClient:
    """State: db (the server), store (this PC's file), actor (who is signed in), server."""

    def __init__(self, db, store: LocalStore, actor: Actor):
        self.db = db
        self.store = store
        self.actor = actor
        self.server = server_key(db)

    # -- queueing -----------------------------------------------------------------------

    def queue_report(self, work_order_id: uuid.UUID, *, good_qty, location_id: uuid.UUID | None,
                     scrap_qty=Decimal(0), scrap_reason: str | None = None, minutes=0, downtime_minutes=0,
                     downtime_reason: str | None = None, finish: bool = False,
                     material_location_id: uuid.UUID | None = None, base_version: int | None = None,
                     happened_at: dt.datetime | None = None, op_id: uuid.UUID | None = None) -> Operation:
        """Accept a report into the outbox (the screen's and the CLI's one way to report)."""
        checked = shop_floor.check_report_input(good_qty, scrap_qty, scrap_reason, minutes, downtime_minutes,
                                                downtime_reason)
        if location_id is None:
            raise ValidationError("choose where the output goes", field="location_id")
        payload = {
            "work_order_id": str(work_order_id), "good_qty": _text(checked.good_qty),
            "scrap_qty": _text(checked.scrap_qty), "scrap_reason": checked.scrap_reason,
            "minutes": checked.minutes, "downtime_minutes": checked.downtime_minutes,
            "downtime_reason": checked.downtime_reason, "location_id": str(location_id),
            "material_location_id": str(material_location_id) if material_location_id else None,
            "finish": bool(finish), "base_version": base_version if finish else None,
        }
        return self.store.add(self.server, REPORT, payload, user_id=self.actor.user_id,
                              username=self.actor.username, happened_at=happened_at, op_id=op_id)

    def queue_issue(self, work_order_id: uuid.UUID, lines: list[IssueLine], *,
                    happened_at: dt.datetime | None = None, op_id: uuid.UUID | None = None) -> Operation:
        payload = {"work_order_id": str(work_order_id),
                   "lines": [{"item_id": str(ln.item_id), "location_id": str(ln.location_id),
                              "qty": _text(Decimal(str(ln.qty)))} for ln in lines]}
        return self.store.add(self.server, ISSUE, payload, user_id=self.actor.user_id,
                              username=self.actor.username, happened_at=happened_at, op_id=op_id)

    def cached_locations(self) -> list[locations.LocationChoice]:
        """The locations as the last refresh read them, by code (the screen's choices offline)."""
        return sorted((locations.LocationChoice(uuid.UUID(x["id"]), x["code"], x["name"], LocationKind(x["kind"]))
                       for x in self.store.cached("location").values()), key=lambda c: c.code)

    def proposed_issue(self, work_order_id: uuid.UUID) -> list[shop_floor.ProposedMaterial]:
        """The material issue proposed for a cached work order while the server is away:
        wo_service.required_qty per BOM line, less what the server had issued at the last
        refresh and what waits in this PC's outbox. [] for a work order not in the cache."""
        wo = self.store.cached("work_order").get(str(work_order_id))
        if wo is None:
            return []
        issued = {k: Decimal(v) for k, v in wo.get("issued", {}).items()}
        for op in self.store.pending(self.server):
            if op.kind == ISSUE and op.payload["work_order_id"] == wo["id"]:
                for ln in op.payload["lines"]:
                    issued[ln["item_id"]] = issued.get(ln["item_id"], Decimal(0)) + Decimal(ln["qty"])
        out = []
        for ln in self.store.cached("bom").get(wo["item_id"], {}).get("lines", []):
            required = wo_service.required_qty(Decimal(wo["qty"]), Decimal(ln["qty_per"]), Decimal(ln["scrap_rate"]))
            done = issued.get(ln["component_id"], Decimal(0))
            out.append(shop_floor.ProposedMaterial(
                uuid.UUID(ln["component_id"]), ln["code"], ln["name"], ln["unit"],
                max(required - done, Decimal(0)), done))
        return out

    def queue_finish(self, work_order_id: uuid.UUID) -> Operation:
        """The conflict inbox's "finish it now": finish the work order as it is now."""
        return self.store.add(self.server, FINISH, {"work_order_id": str(work_order_id)},
                              user_id=self.actor.user_id, username=self.actor.username)

    # -- conflicts ----------------------------------------------------------------------

    def resolve(self, op: Operation, choice: str) -> Operation | None:
        """A plain resolution of a conflict: "finish" (finish the work order now), "leave_open"
        (the pieces stay recorded, the work order open), "send_again" (a refused operation is
        queued again, e.g. after the stock was corrected), "discard" (it is dropped)."""
        if choice == "finish":
            queued = self.queue_finish(uuid.UUID(op.payload["work_order_id"]))
            self.store.resolve(op.op_id, "finished")
            return queued
        if choice == "send_again":
            self.store.resolve(op.op_id, "", send_again=True)
            return None
        if choice not in ("leave_open", "discard"):
            raise ValueError(choice)
        self.store.resolve(op.op_id, choice)
        return None

    # -- server -------------------------------------------------------------------------

    def probe(self) -> bool:
        """Cheap reachability check: one SELECT 1 on a fresh or pooled connection."""
        try:
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except (SQLAlchemyError, OSError):
            return False

    def refresh_cache(self, today: dt.date | None = None) -> bool:
        """Read what the line needs into the cache; False (cache unchanged) when unreachable."""
        try:
            with self.db.read() as s:
                rows, meta = self._snapshot(s, today)
        except (SQLAlchemyError, OSError):
            return False
        self.store.replace_cache(self.server, rows, meta)
        return True

    def _snapshot(self, s, today: dt.date | None) -> tuple[dict, dict]:
        day = today or settings.factory_today(s)
        data = shop_floor.my_work_orders(s, self.actor, today=day, days=CACHE_DAYS)
        ids = [c.id for c in data.cards]
        versions = dict(s.execute(select(WorkOrder.id, WorkOrder.version).where(WorkOrder.id.in_(ids))).all())
        issued = wo_service.issued_by_work_order(s, ids)
        work_orders = {}
        for c in data.cards:
            work_orders[str(c.id)] = {
                "id": str(c.id), "number": c.number, "item_id": str(c.item_id), "item_code": c.item_code,
                "item_name": c.item_name, "unit": c.unit, "qty": _text(c.qty), "good_qty": _text(c.good_qty),
                "scrap_qty": _text(c.scrap_qty), "planned_start": c.planned_start.isoformat(),
                "planned_end": c.planned_end.isoformat(), "status": c.status.value,
                "work_center_id": str(c.work_center_id) if c.work_center_id else None,
                "work_center_code": c.work_center_code, "backflush": c.backflush, "version": versions[c.id],
                "issued": {str(k): _text(v) for k, v in issued.get(c.id, {}).items()},
            }
        item_ids = {c.item_id for c in data.cards}
        boms: dict[str, dict] = {}
        for parent_id, component_id, qty_per, scrap_rate, code, name, unit in s.execute(
            select(BomLine.parent_id, BomLine.component_id, BomLine.qty_per, BomLine.scrap_rate,
                   Item.code, Item.name, Item.unit)
            .join(Item, Item.id == BomLine.component_id).where(BomLine.parent_id.in_(item_ids))
            .order_by(Item.code)
        ):
            boms.setdefault(str(parent_id), {"lines": []})["lines"].append({
                "component_id": str(component_id), "code": code, "name": name, "unit": unit,
                "qty_per": _text(qty_per), "scrap_rate": _text(scrap_rate or Decimal(0))})
        locs = {str(c.id): {"id": str(c.id), "code": c.code, "name": c.name, "kind": c.kind.value,
                            "label": c.label}
                for c in locations.location_choices(s, self.actor)}
        lines = {str(ln.id): {"id": str(ln.id), "code": ln.code, "name": ln.name, "label": ln.label}
                 for ln in shop_floor.line_choices(s, self.actor)}
        meta = {
            "refreshed_at": dt.datetime.now(dt.UTC).isoformat(), "today": day.isoformat(),
            "until": data.until.isoformat(), "user": self.actor.username,
            "line_id": str(data.line.id) if data.line else "", "line_label": data.line.label if data.line else "",
            "assigned_id": str(data.assigned.id) if data.assigned else "",
        }
        return {"work_order": work_orders, "bom": boms, "location": locs, "line": lines}, meta

    def find_work_order(self, number: str) -> dict | None:
        """A cached work order by its number (refreshing the cache first when online)."""
        number = number.strip()
        for _ in range(2):
            for wo in self.store.cached("work_order").values():
                if wo["number"] == number:
                    return wo
            if not self.refresh_cache():
                return None
        return None

    # -- sync ---------------------------------------------------------------------------

    def sync(self, *, limit: int | None = None) -> SyncResult:
        """Send the pending operations in order, each once; see the module's docstring."""
        counts = {SENT: 0, REPLAYED: 0, FLAGGED: 0, CONFLICT: 0}
        error = None
        for n, op in enumerate(self.store.pending(self.server)):
            if limit is not None and n >= limit:
                break
            outcome = self._send(op)
            if isinstance(outcome, str):  # unreachable: stop, the rest waits in order
                error = outcome
                self.store.failed_attempt(op.op_id, outcome)
                break
            state, answer = outcome
            self.store.finish(op.op_id, state, answer)
            counts[state] += 1
        left, _ = self.store.waiting(self.server)
        return SyncResult(sent=counts[SENT], replayed=counts[REPLAYED], flagged=counts[FLAGGED],
                          conflicts=counts[CONFLICT], left=left, reachable=error is None, error=error)

    def _send(self, op: Operation) -> tuple[str, dict] | str:
        """(state, answer), or the error text when the server could not be reached."""
        for attempt in range(TRANSIENT_TRIES):
            try:
                with self.db.write(self.actor) as s:
                    return self._apply(s, self._actor_for(s, op), op)
            except (ConflictError, IntegrityError) as exc:
                # another PC wrote the same work order or balance row at the same moment
                if attempt == TRANSIENT_TRIES - 1:
                    return f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}"
            except ServiceError as exc:
                return CONFLICT, {"refused": {"code": exc.code, "message": exc.message, "template": exc.template,
                                              "field": exc.field,
                                              "params": {k: str(v) for k, v in exc.params.items()}}}
            except (SQLAlchemyError, OSError) as exc:
                return f"{exc.__class__.__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
            except Exception as exc:  # noqa: BLE001 - one bad operation never blocks the queue
                return CONFLICT, {"refused": {"code": "internal", "message": f"{exc.__class__.__name__}: {exc}",
                                              "field": None, "params": {}}}
        raise AssertionError("unreachable")

    def _actor_for(self, s, op: Operation) -> Actor:
        """The operation is posted as the user who typed it (signed in on this PC then)."""
        if op.user_id is None or op.user_id == self.actor.user_id:
            return self.actor
        user = s.get(AppUser, op.user_id)
        if user is None or not user.active:
            raise PermissionDenied("the account {username} is not active", username=op.username)
        return Actor(user.id, user.username, user.role, user.display_name)

    def _apply(self, s, actor: Actor, op: Operation) -> tuple[str, dict]:
        p = op.payload
        wo_id = uuid.UUID(p["work_order_id"])
        if op.kind == REPORT:
            res = shop_floor.report(
                s, actor, wo_id, good_qty=Decimal(p["good_qty"]), location_id=uuid.UUID(p["location_id"]),
                scrap_qty=Decimal(p["scrap_qty"]), scrap_reason=p["scrap_reason"], minutes=p["minutes"],
                downtime_minutes=p["downtime_minutes"], downtime_reason=p["downtime_reason"],
                finish=p["finish"], reported_at=op.happened_at,
                material_location_id=uuid.UUID(p["material_location_id"]) if p["material_location_id"] else None,
                op_id=op.op_id, record_flagged=True, finish_base_version=p.get("base_version"),
            )
            answer = {"report_id": str(res.report_id), "work_order_number": res.work_order_number,
                      "good_qty": _text(res.good_qty), "scrap_qty": _text(res.scrap_qty),
                      "wo_good_qty": _text(res.wo_good_qty), "wo_qty": _text(res.wo_qty),
                      "wo_status": res.wo_status.value, "unit": res.unit, "replayed": res.replayed,
                      "flags": list(res.flags)}
            if shop_floor.FLAG_FINISH_CONFLICT in res.flags:
                wo = s.get(WorkOrder, wo_id)
                info = conflict_error(s, wo, p["base_version"]).info
                answer["changes"] = [{"field": c.field, "before": _plain(c.before), "after": _plain(c.after),
                                      "changed_by": c.changed_by} for c in (info.changes if info else [])
                                     if c.field not in shop_floor.REPORT_FIELDS
                                     and not (c.field == "status" and c.after == "in_progress")]
                return CONFLICT, answer
            if res.flags:
                return FLAGGED, answer
            return (REPLAYED if res.replayed else SENT), answer
        if op.kind == ISSUE:
            lines = [IssueLine(uuid.UUID(ln["item_id"]), uuid.UUID(ln["location_id"]), Decimal(ln["qty"]))
                     for ln in p["lines"]]
            res = shop_floor.issue_material(s, actor, wo_id, lines, issued_at=op.happened_at, op_id=op.op_id)
            return (REPLAYED if res.replayed else SENT), {"moves": len(res.moves), "replayed": res.replayed}
        if op.kind == FINISH:
            status = shop_floor.finish_work_order(s, actor, wo_id)
            return SENT, {"wo_status": status.value}
        raise ValueError("unknown operation kind", op.kind)


def _plain(value):
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)
