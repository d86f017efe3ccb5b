"""One PC in the conflict stress test: `cycles` read-think-write rounds on one order.

Run as `python -m tests.conflict_worker URL USERNAME ORDER_ID CYCLES GO_FILE [--no-reload]`;
waits for GO_FILE so all workers start together, adds 1 to the order's line quantity each
round and prints one JSON line: commits, the names conflicts gave for the other user, other
errors. With --no-reload the order is read once and every round edits the view the last
save answered (as a dialog kept open does): no round may be a conflict.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import uuid

from sopdesk.db import Database
from sopdesk.services import orders, users
from sopdesk.services.errors import ConflictError


def _edit(view: orders.OrderView) -> orders.OrderInput:
    return orders.OrderInput(
        customer_id=view.customer_id, order_date=view.order_date, requested_date=view.requested_date,
        promised_date=view.promised_date, is_custom=view.is_custom, customer_po=view.customer_po,
        note=view.note,
        lines=[orders.OrderLineInput(item_id=ln.item_id, qty=ln.qty + 1, unit_price=ln.unit_price,
                                     requested_date=ln.requested_date, promised_date=ln.promised_date,
                                     note=ln.note, line_id=ln.id) for ln in view.lines],
    )


def main(url: str, username: str, order_id: str, cycles: int, go_file: str, reload: bool = True) -> dict:
    db = Database(url)
    with db.read() as s:
        actor = users.actor_for(s, username)
    result = {"user": actor.display_name, "commits": 0, "conflicts_named": [], "errors": []}
    while not os.path.exists(go_file):
        time.sleep(0.005)
    rng = random.Random(username)
    view = None
    for _ in range(cycles):
        if reload or view is None:
            with db.read() as s:
                view = orders.get_order(s, actor, uuid.UUID(order_id))
        time.sleep(rng.uniform(0, 0.003))  # the user thinks; widens the window, decides nothing
        try:
            with db.write(actor) as s:
                view = orders.update_order(s, actor, view.id, view.version, _edit(view))
            result["commits"] += 1
        except ConflictError as exc:
            result["conflicts_named"].append(exc.info.changed_by if exc.info else None)
        except Exception as exc:  # noqa: BLE001 - counted: the test asserts there are none
            result["errors"].append(f"{type(exc).__name__}: {str(exc)[:200]}")
    db.dispose()
    return result


if __name__ == "__main__":
    url, username, order_id, cycles, go_file = sys.argv[1:6]
    print(json.dumps(main(url, username, order_id, int(cycles), go_file, reload="--no-reload" not in sys.argv[6:])))
