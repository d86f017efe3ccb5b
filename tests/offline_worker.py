"""A shop-floor PC as a separate process, for the offline acceptance tests and benchmark.

python -m tests.offline_worker queue URL STORE USER COUNT SEED LOCATION WO_ID [WO_ID...]
    queue COUNT reports (good 1-9, by seed) over the work orders in this PC's outbox, then
    sync until nothing is left; prints {"queued", "good", "runs", "sent", "replayed", "flagged"}.
python -m tests.offline_worker sync URL STORE USER
    prints "ready", then syncs until nothing is left (the kill -9 test kills it meanwhile).
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid


def _client(url: str, store_path: str, username: str):
    from sopdesk.db import Database
    from sopdesk.offline import LocalStore, ShopFloorClient
    from sopdesk.services import users

    db = Database(url)
    for _ in range(200):  # the sign-in itself crosses the flaky line
        try:
            with db.read() as s:
                actor = users.actor_for(s, username)
            break
        except Exception:  # noqa: BLE001 - a dropped connection: try again
            time.sleep(0.01)
    else:
        raise SystemExit("could not reach the server")
    return ShopFloorClient(db, LocalStore(store_path), actor)


def _sync_until_empty(client, deadline: float) -> dict:
    totals = {"runs": 0, "sent": 0, "replayed": 0, "flagged": 0}
    while time.monotonic() < deadline:
        result = client.sync()
        totals["runs"] += 1
        for key in ("sent", "replayed", "flagged"):
            totals[key] += getattr(result, key)
        if result.left == 0:
            return totals
        time.sleep(0.005)
    raise SystemExit(f"still {client.store.waiting(client.server)[0]} left at the deadline")


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "queue":
        url, store_path, username, count, seed, location = argv[1:7]
        wo_ids = [uuid.UUID(x) for x in argv[7:]]
        client = _client(url, store_path, username)
        rnd = random.Random(int(seed))
        good = 0
        for _ in range(int(count)):
            qty = rnd.randint(1, 9)
            good += qty
            client.queue_report(rnd.choice(wo_ids), good_qty=qty, location_id=uuid.UUID(location))
        totals = _sync_until_empty(client, time.monotonic() + 600)
        print(json.dumps({"queued": int(count), "good": good, **totals}), flush=True)
        return 0
    if mode == "sync":
        url, store_path, username = argv[1:4]
        client = _client(url, store_path, username)
        print("ready", flush=True)
        _sync_until_empty(client, time.monotonic() + 600)
        print("done", flush=True)
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
