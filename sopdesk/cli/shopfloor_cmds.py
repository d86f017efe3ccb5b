"""`sopdesk shopfloor report WORK_ORDER --good N [--scrap N --scrap-reason TEXT] [--minutes N]
[--finish]` queues a report in this PC's outbox exactly as the shop-floor screen does (for
barcode scanners and scripts), then tries one sync; `sopdesk shopfloor issue WORK_ORDER
[--qty CODE=N ...] [--location CODE]` queues a material issue (领料) the same way, the
quantities proposed as the screen proposes them (by the server, or from this PC's cache while
it is away) unless given; `sopdesk shopfloor sync [--json]` runs one sync and prints what was
sent, replayed, flagged and left: {"sent", "replayed", "flagged", "left", "conflicts"}.

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
    sf = sub.add_parser("shopfloor", help="the shop floor's offline queue: report, issue, sync")
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
    iss = ssub.add_parser("issue", help="queue a material issue (领料) for a work order and try to send it",
                          description="Queue a material issue in this PC's outbox, as the screen does: the "
                          "proposed quantities (from the server, or this PC's cache while it is away) unless "
                          "--qty gives one; it is sent now if the server is reachable, else by the next sync.")
    iss.add_argument("work_order", metavar="WORK_ORDER", help="the work order number, e.g. WO-2026-00042")
    iss.add_argument("--qty", action="append", default=[], metavar="CODE=N",
                     help="issue N of material CODE instead of the proposal (0 leaves it out); repeatable")
    iss.add_argument("--location", metavar="CODE", help="where the material is taken from (default: the first "
                     "raw-material location)")
    sy = ssub.add_parser("sync", help="send the queued operations once; print sent, replayed, flagged, left")
    sy.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    for p in (rep, iss, sy):
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
    if args.shopfloor_command == "issue":
        return _issue(db, client, args, online)
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

    from sopdesk.models import LocationKind
    from sopdesk.services.errors import ServiceError

    wo = _work_order(client, args.work_order, online)
    if wo is None:
        return EXIT_FAIL
    locs = client.cached_locations()
    loc = _location(locs, args.location, (LocationKind.FINISHED, LocationKind.WIP))
    if loc is False:
        return EXIT_FAIL
    material = None
    if wo["backflush"]:
        material = next((c for c in locs if c.kind in (LocationKind.RAW, LocationKind.WIP)), None)
    try:
        op = client.queue_report(
            uuid.UUID(wo["id"]), good_qty=args.good, location_id=loc.id if loc else None,
            scrap_qty=args.scrap, scrap_reason=args.scrap_reason, minutes=args.minutes, finish=args.finish,
            material_location_id=material.id if material else None,
            base_version=wo["version"] if args.finish else None)
    except ServiceError as exc:
        print(f"sopdesk: not queued: {exc.field + ': ' if exc.field else ''}{exc}", file=sys.stderr)
        return EXIT_FAIL
    _send_and_say(client, op, online, {"queued": wo["number"]})
    return EXIT_OK


def _issue(db, client, args, online: bool) -> int:
    import uuid

    from sqlalchemy.exc import SQLAlchemyError

    from sopdesk.models import LocationKind
    from sopdesk.services import shop_floor
    from sopdesk.services.stock_ops import IssueLine

    wo = _work_order(client, args.work_order, online)
    if wo is None:
        return EXIT_FAIL
    wo_id = uuid.UUID(wo["id"])
    proposed = None
    if online:
        try:
            with db.read() as s:
                proposed = shop_floor.proposed_issue(s, client.actor, wo_id)
        except (SQLAlchemyError, OSError):  # gone since the sign-in: as the screen does, the cache
            online = False
    if proposed is None:
        proposed = client.proposed_issue(wo_id)
    wanted = _quantities({p.item_code: p.qty for p in proposed}, args.qty, wo["number"])
    if wanted is None:
        return EXIT_FAIL
    loc = _location(client.cached_locations(), args.location, (LocationKind.RAW,))
    if loc is False:
        return EXIT_FAIL
    if loc is None:
        print("sopdesk: this PC's cache has no locations yet (sync once while the server is reachable)",
              file=sys.stderr)
        return EXIT_FAIL
    lines = [IssueLine(p.item_id, loc.id, wanted[p.item_code]) for p in proposed if wanted[p.item_code]]
    if not lines:
        print(f"sopdesk: nothing to issue for {wo['number']}: every quantity is 0", file=sys.stderr)
        return EXIT_FAIL
    op = client.queue_issue(wo_id, lines)
    codes = {p.item_id: p.item_code for p in proposed}
    _send_and_say(client, op, online, {
        "queued": wo["number"], "location": loc.code,
        "lines": [{"item": codes[ln.item_id], "qty": format(ln.qty.normalize(), "f")} for ln in lines]})
    return EXIT_OK


def _work_order(client, number: str, online: bool) -> dict | None:
    """The released work order of the user's line by number (the cache refreshed first when
    online); None, said on stderr, when it is not there."""
    wo = client.find_work_order(number) if online else _cached(client, number)
    if wo is None:
        print(f"sopdesk: {number.strip()} is not among the released work orders of your line "
              "in this PC's cache", file=sys.stderr)
    return wo


def _location(locs, code: str | None, kinds: tuple):
    """The cached location named by --location, else the first of `kinds` (else the first
    of all; None when the cache has none). False, said on stderr, for a code not cached."""
    if code:
        loc = next((c for c in locs if c.code == code.strip()), None)
        if loc is None:
            print(f"sopdesk: no location {code.strip()} in this PC's cache", file=sys.stderr)
            return False
        return loc
    return next((c for c in locs if c.kind in kinds), locs[0] if locs else None)


def _quantities(wanted: dict, given: list[str], number: str) -> dict | None:
    """The proposal with each --qty CODE=N in place of its material's figure; None, said on
    stderr, for a code not proposed or a figure that is not a quantity of 0 or more."""
    from decimal import Decimal, InvalidOperation

    wanted = dict(wanted)
    for text in given:
        code, sep, figure = (part.strip() for part in text.partition("="))
        if not sep or code not in wanted:
            print(f"sopdesk: --qty {text}: not CODE=N for a material of {number} "
                  f"({', '.join(wanted) or 'none'})", file=sys.stderr)
            return None
        try:
            qty = Decimal(figure)
        except InvalidOperation:
            qty = None
        if qty is None or not qty.is_finite() or qty < 0:
            print(f"sopdesk: --qty {text}: {figure!r} is not a quantity of 0 or more", file=sys.stderr)
            return None
        wanted[code] = qty
    return wanted


def _send_and_say(client, op, online: bool, head: dict) -> None:
    """Send what waits when the server is reachable (the cache follows it), then print the
    operation's state and how many wait."""
    result = client.sync() if online else None
    if result is not None and result.reachable:
        client.refresh_cache()
    state = client.store.get(op.op_id).state
    left = result.left if result else client.store.waiting(client.server)[0]
    print(json.dumps(head | {"op_id": str(op.op_id), "state": state, "left": left}))


def _cached(client, number: str) -> dict | None:
    return next((w for w in client.store.cached("work_order").values() if w["number"] == number.strip()), None)
