"""Another PC writing: `python -m tests.change_writer URL COUNT [PAUSE_S]` commits COUNT
transactions, each saving one setting `live.N` (N = 0..COUNT-1), then prints one JSON line
with the keys in commit order."""

from __future__ import annotations

import json
import sys
import time

from sopdesk.db import Database
from sopdesk.models import Setting
from sopdesk.services.permissions import SYSTEM


def main(url: str, count: int, pause: float) -> list[str]:
    db = Database(url)
    keys = []
    for n in range(count):
        with db.write(SYSTEM) as s:
            s.add(Setting(key=f"live.{n}", value=n))
        keys.append(f"live.{n}")
        if pause:
            time.sleep(pause)
    db.dispose()
    return keys


if __name__ == "__main__":
    url, count = sys.argv[1], int(sys.argv[2])
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    print(json.dumps(main(url, count, pause)))
