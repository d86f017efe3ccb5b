"""`sopdesk db watch [--json] [--seconds N]`: the change feed as it arrives (for IT staff, and
for checks): one line per committed write transaction of any PC, naming the tables and
record ids it touched (db/changefeed.py).

It does not sign in: like `db check` it reads no business data, only table names, record
ids and the user name of each change, and it needs only the database URL (on PostgreSQL the
server's own login decides who may connect). Status (listening, offline — retrying) goes to
standard error; standard output holds only the events.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time

EXIT_OK, EXIT_FAIL = 0, 1


def add_parser(dbsub) -> None:
    w = dbsub.add_parser("watch", help="print the changes every PC commits, as they arrive (no sign-in: "
                         "only table names, record ids and user names are shown)")
    w.add_argument("--json", action="store_true", help="one JSON object per change and line")
    w.add_argument("--seconds", metavar="N", type=float, help="stop after N seconds (default: until Ctrl+C)")


def describe(ev) -> str:
    from sopdesk.db import changefeed

    when = time.strftime("%H:%M:%S", time.localtime(ev.received)) + f".{int(ev.received * 1000) % 1000:03d}"
    if ev.reload:
        return f"{when} reconnected: changes may have been missed, reload everything"
    parts = []
    for table, ids in sorted(ev.tables.items()):
        if ids == changefeed.ALL:
            parts.append(f"{table} (all)")
        else:
            shown = ", ".join(ids[:5]) + (f" … {len(ids)} in all" if len(ids) > 5 else "")
            parts.append(f"{table} {shown}")
    return f"{when} {ev.user or '-'} #{ev.txid}: " + "; ".join(parts)


def run(db, args) -> int:
    from sopdesk.db import changefeed

    listener = changefeed.listener_for(db)
    if listener is None:
        print("sopdesk: an in-memory database has no other connections to watch", file=sys.stderr)
        return EXIT_FAIL
    stop = threading.Event()
    lock = threading.Lock()

    def on_event(ev) -> None:
        with lock:
            print(ev.as_json() if args.json else describe(ev), flush=True)

    def on_status(status: str) -> None:
        text = "listening" if status == changefeed.ONLINE else "offline — retrying"
        print(f"sopdesk: {db.description}: {text}", file=sys.stderr, flush=True)

    worker = threading.Thread(target=listener.run, args=(on_event, on_status, stop), daemon=True,
                              name="sopdesk-watch")
    worker.start()
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait(args.seconds)
    stop.set()
    worker.join(timeout=5)
    return EXIT_OK
