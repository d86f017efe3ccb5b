"""`sopdesk shopfloor report WORK_ORDER --good N [--scrap N --scrap-reason TEXT] [--minutes N]
[--finish]` queues a report in this PC's outbox exactly as the shop-floor screen does (for
barcode scanners and scripts), then tries one sync; `sopdesk shopfloor sync [--json]` runs
one sync and prints what was sent, replayed, flagged and left:
{"sent", "replayed", "flagged", "left", "conflicts"}.

Signing in is the other commands' (cli/signin.py). When the server cannot be reached, a user
who signed in at this PC before is checked against the local hash kept then
(LocalStore.remember_sign_in), so reports are queued during an outage too. The outbox file is
--store FILE, else $SOPDESK_SHOPFLOOR_STORE, else shopfloor.sqlite in the user data folder.
"""

from __future__ import annotations

import json
import os
import sys

from sopdesk.cli import signin

EXIT_OK, EXIT_FAIL = 0, 1
ENV_STORE = "SOPDESK_SHOPFLOOR_STORE"


def add_parsers(sub) -> None:
    sf = sub.add_parser("shopfloor", help="the shop floor's offline queue: report, sync")
    ssub = sf.add_subparsers(dest="shopfloor_command", metavar="ACTION", required=True)
    rep = ssub.add_parser("report", help="queue a report (报工) of a work order and try to send it",
                          description="Queue a shop-floor report in this PC's outbox, as the screen does; "
                          "it is sent now if the server is reachable, else by the next sync.")
    rep.add_argument("work_order", metavar="WORK_ORDER", help="the work order number, e.g. WO-2026-00042")
    rep.add_argument("--good", required=True, metavar="N", help="good quantity made")
    rep.add_argument("--scrap", default="0", metavar="N", help="scrap quantity (needs --scrap-reason)")
    rep.add_argument("--scrap-reason", default=None, metavar="TEXT")
    rep.add_argument("--minutes", default="0", metavar="N", help="minutes worked")
    rep.add_argument("--finish", action="store_true", help="the work order is finished (last report)")
    rep.add_argument("--location", metavar="CODE", help="where the output goes (default: the first finished-goods "
                     "or WIP location)")
    sy = ssub.add_parser("sync", help="send the queued operations once; print sent, replayed, flagged, left")
    sy.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    for p in (rep, sy):
        p.add_argument("--store", metavar="FILE", help=f"this PC's outbox file (default: ${ENV_STORE}, else "
                       "shopfloor.sqlite in the user data folder)")
        signin.add_arguments(p, what="sign in as this user, who needs production.report")


def _store(args):
    from sopdesk.offline import LocalStore

    return LocalStore(args.store or os.environ.get(ENV_STORE) or None)


def _sign_in(db, args, store):
    """Signed in by the server; when it is away, by this PC's memory of an earlier sign-in."""
    from sqlalchemy.exc import SQLAlchemyError

    name, password = signin.credentials(args)
    try:
        actor = signin.authenticate(db, name, password)
    except (SQLAlchemyError, OSError):
        actor = store.offline_actor(name, password)
        if actor is None:
            raise signin.SignInError("the server cannot be reached and this user has not signed in at this PC "
                                     "before (or the password differs)") from None
        return actor, False
    store.remember_sign_in(actor, password)
    return actor, True


def run_command(db, args) -> int:
    from sopdesk.offline import ShopFloorClient

    store = _store(args)
    actor, online = _sign_in(db, args, store)
    client = ShopFloorClient(db, store, actor)
    if args.shopfloor_command == "report":
        return _report(client, args, online)
    result = client.sync()
    if result.reachable:
        client.refresh_cache()  # the cache follows the server whenever it is reachable
    if args.json:
        print(json.dumps(result.as_json()))
    else:
        print(_summary(result, client))
    return EXIT_OK


def _summary(result, client) -> str:
    text = (f"sent {result.sent}, replayed {result.replayed}, flagged {result.flagged}, "
            f"conflicts {result.conflicts}, left {result.left}")
    if result.left:
        n, oldest = client.store.waiting(client.server)
        text += f" (waiting since {oldest:%Y-%m-%d %H:%M} UTC)"
    if result.error:
        text += f"; the server could not be reached: {result.error}"
    return text


def _report(client, args, online: bool) -> int:
    import uuid

    from sopdesk.services.errors import ServiceError

    wo = client.find_work_order(args.work_order) if online else _cached(client, args.work_order)
    if wo is None:
        print(f"sopdesk: {args.work_order.strip()} is not among the released work orders of your line "
              "in this PC's cache", file=sys.stderr)
        return EXIT_FAIL
    locs = list(client.store.cached("location").values())
    if args.location:
        loc = next((c for c in locs if c["code"] == args.location.strip()), None)
        if loc is None:
            print(f"sopdesk: no location {args.location.strip()} in this PC's cache", file=sys.stderr)
            return EXIT_FAIL
    else:
        loc = next((c for c in locs if c["kind"] in ("finished", "wip")), locs[0] if locs else None)
    material = None
    if wo["backflush"]:
        material = next((c for c in locs if c["kind"] in ("raw", "wip")), None)
    try:
        op = client.queue_report(
            uuid.UUID(wo["id"]), good_qty=args.good, location_id=uuid.UUID(loc["id"]) if loc else None,
            scrap_qty=args.scrap, scrap_reason=args.scrap_reason, minutes=args.minutes, finish=args.finish,
            material_location_id=uuid.UUID(material["id"]) if material else None,
            base_version=wo["version"] if args.finish else None)
    except ServiceError as exc:
        print(f"sopdesk: not queued: {exc.field + ': ' if exc.field else ''}{exc}", file=sys.stderr)
        return EXIT_FAIL
    result = client.sync() if online else None
    if result is not None and result.reachable:
        client.refresh_cache()
    state = client.store.get(op.op_id).state
    print(json.dumps({"queued": wo["number"], "op_id": str(op.op_id), "state": state,
                      "left": result.left if result else client.store.waiting(client.server)[0]}))
    return EXIT_OK


def _cached(client, number: str) -> dict | None:
    return next((w for w in client.store.cached("work_order").values() if w["number"] == number.strip()), None)
