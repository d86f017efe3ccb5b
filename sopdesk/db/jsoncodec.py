"""How JSON columns are written: orjson, with the standard library for the rare value orjson
refuses (an integer beyond 64 bits, a dict with non-text keys). Read with the standard
library, which keeps every integer exact (orjson reads one beyond 64 bits as a float).

The plan's weekly grid is JSON (models/planning.PlanItemWeeks: 6 MB for the 3,100-item
benchmark plan); json.dumps spent 70 ms of each run writing it, orjson about 10 ms. Its
text is compact (no spaces) and non-ASCII stays UTF-8, which every reader parses the same.
"""

from __future__ import annotations

import json

import orjson


def dumps(value) -> str:
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(value)

